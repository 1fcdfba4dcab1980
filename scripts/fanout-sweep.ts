// The buffered fan-out reference behind the technology table's `corrections.fanoutBuffered`
// (docs/TECH.md): one flag register selecting every bit of an N-bit register (the restart-select
// shape of an accumulator), synthesized timing-driven at a clock no N meets (ABC buffers and sizes
// at full effort) and timed by OpenSTA; the fan-out's cost is each N's period minus N = 4's.
//   npx tsx scripts/fanout-sweep.ts [--clock 0.6] [N ...]      (needs `npm run build`, sta)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const ci = args.indexOf('--clock');
const clock = ci >= 0 ? args.splice(ci, 2)[1] : '0.6';
const sizes = args.length ? args.map(Number) : [4, 16, 64, 256, 1024, 4096];
const tpe = resolve(import.meta.dirname, '..', 'bin', 'tpe.js');
const dir = mkdtempSync(join(tmpdir(), 'tpe-fanout-'));
const rows: { n: number; ps: number }[] = [];
try {
  for (const n of sizes) {
    const file = join(dir, `fo${n}.v`);
    writeFileSync(
      file,
      [
        `module fo${n} (input wire clk, input wire en, input wire [${n - 1}:0] d, output reg [${n - 1}:0] q);`,
        '  reg f;',
        '  always @(posedge clk) f <= en;',
        '  always @(posedge clk) q <= f ? d : q ^ d;',
        'endmodule',
        '',
      ].join('\n'),
    );
    let out: string;
    try {
      out = execFileSync(process.execPath, [tpe, 'synth', file, '--top', `fo${n}`, '--clock', clock, '--json', '--no-cache'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? ''); // a missed clock exits 1 with the report
    }
    const r = JSON.parse(out) as { opensta: { criticalPathPs: number } };
    rows.push({ n, ps: r.opensta.criticalPathPs });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const base = rows[0].ps;
console.log(`fan-out N | OpenSTA period ps | fan-out cost ps (minus N = ${rows[0].n})`);
for (const r of rows) console.log(`${r.n} | ${r.ps.toFixed(0)} | ${(r.ps - base).toFixed(0)}`);
