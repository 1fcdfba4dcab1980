// `tpe verify --vcd DIR`: waveforms of failing (and chosen) cases for GTKWave, from a tracing
// build of the same RTL on either simulator (Verilator --trace, CXXRTL's vcd_writer).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { printDesign } from '../../dsl/index.js';
import { presetDesign } from '../../ir/index.js';
import { verifyDesign } from '../../rtl/verify.js';
import { verilatorStatus } from '../../rtl/sim/tools.js';
import { CACHE, ROOT, shape } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'tpe-vcd-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Timestamps and the names of the scopes and variables of a VCD file. */
function readVcd(file: string): { times: number[]; scopes: string[]; vars: string[] } {
  const t = readFileSync(file, 'utf8');
  return {
    times: [...t.matchAll(/^#(\d+)$/gm)].map((m) => Number(m[1])),
    scopes: [...t.matchAll(/\$scope module (\S+) \$end/g)].map((m) => m[1]),
    vars: [...t.matchAll(/\$var \S+ +\d+ \S+ (\S+)/g)].map((m) => m[1]),
  };
}

// The accumulator CPA subtracts: every case with nonzero products fails.
const broken = (fs: { name: string; text: string }[]) =>
  fs.map((f) => (f.name.endsWith('_cpa_w32.v') ? { ...f, text: f.text.replace('assign s = x + y;', 'assign s = x - y;') } : f));

describe('waveforms of failing cases', () => {
  // Not skipped in CI, where .ci/run installs Verilator.
  it.skipIf(!verilatorStatus().ok && !process.env.CI)(
    'verilator: one VCD per failing case, two samples per cycle, PE registers inside',
    async () => {
      const d = presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2 });
      const dir = join(tmp, 'vl');
      const r = await verifyDesign(d, {
        shapes: [shape(3, 3, 4)],
        trials: 0,
        seed: 1,
        backend: 'verilator',
        cacheDir: CACHE,
        patchFiles: broken,
        vcd: { dir },
      });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const failing = r.report.cases.map((c, i) => (c.mismatches.length + c.more > 0 ? i + 1 : 0)).filter((i) => i > 0);
      expect(failing.length).toBeGreaterThan(0);
      expect(r.report.vcd!.map((v) => v.case)).toEqual(failing);
      expect(readdirSync(dir).sort()).toEqual(r.report.vcd!.map((v) => v.file.slice(dir.length + 1)).sort());
      const w = readVcd(r.report.vcd![0].file);
      const cycles = r.report.cases[failing[0] - 1].rtlCycles;
      expect(w.times.length).toBeGreaterThanOrEqual(2 * cycles);
      expect(w.scopes).toEqual(expect.arrayContaining(['TOP', 'systolic_os_baseline']));
      expect(w.vars).toEqual(expect.arrayContaining(['clk', 'out_vld', 'a_in']));
      expect(w.scopes.some((x) => /^pe\d+_\d+$/.test(x))).toBe(true);
    },
  );

  it('cxxrtl: --vcd-case through the CLI writes the chosen case of a passing run', async () => {
    const f = join(tmp, 'os2.tpe');
    writeFileSync(f, printDesign(presetDesign('systolic-os', 'opt1', { rows: 2, cols: 2, name: 'os2' })));
    let out = '',
      err = '';
    // Relative to tmp, so the emitted header (and the build cache key) is the same every run.
    const code = await main(
      [
        'verify',
        'os2.tpe',
        '--gemm',
        '3x3x4',
        '--trials',
        '1',
        '--sim',
        'cxxrtl',
        '--vcd',
        join(tmp, 'cx'),
        '--vcd-case',
        '5',
        '--cache',
        CACHE,
      ],
      {
        stdout: (s) => {
          out += s;
        },
        stderr: (s) => {
          err += s;
        },
        cwd: tmp,
        isTTY: false,
      },
    );
    expect(code, err).toBe(0);
    expect(out).toMatch(/^ok {3}5 3x3x4 random#0/m);
    const files = readdirSync(join(tmp, 'cx'));
    expect(files).toEqual([expect.stringMatching(/^5-3x3x4-random-0-seed-\d+\.vcd$/)]);
    expect(out).toContain(`waveform of case 5 (3x3x4 random#0`);
    const w = readVcd(join(tmp, 'cx', files[0]));
    expect(w.scopes).toEqual(expect.arrayContaining(['pe0_0', 'pe1_1']));
    expect(w.vars).toEqual(expect.arrayContaining(['acc_s', 'acc_c', 'clk']));
    expect(w.times.length).toBeGreaterThan(20);
  });

  it('--vcd-case without --vcd, or a bad number, is a usage error', async () => {
    const run = async (argv: string[]) => {
      let err = '';
      const code = await main(argv, {
        stdout: () => {},
        stderr: (s) => {
          err += s;
        },
        cwd: ROOT,
        isTTY: false,
      });
      return { code, err };
    };
    expect((await run(['verify', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--vcd-case', '1'])).err).toContain('--vcd-case needs --vcd');
    expect((await run(['verify', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--vcd', tmp, '--vcd-case', '0'])).code).toBe(2);
  });
});
