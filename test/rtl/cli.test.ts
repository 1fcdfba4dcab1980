// The RTL commands through the real CLI: emit (deterministic, stale files removed), verify
// (exit codes, .npy inputs, a clear message when the simulator tool is missing), lint.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeNpy } from '../../simulator/index.js';
import { intMatrix } from '../../ir/index.js';
import { verilatorStatus } from '../../rtl/sim/tools.js';
import { ROOT } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'tpe-rtl-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tpe(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'tpe.js'), ...args], { cwd: ROOT, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('tpe emit', () => {
  it('writes the same bytes every time and removes stale generated modules', () => {
    const out = join(tmp, 'emit');
    expect(tpe(['emit', 'examples/sa_os_opt1.tpe', '-o', out]).code).toBe(0);
    const first = readdirSync(out)
      .sort()
      .map((f) => readFileSync(join(out, f), 'utf8'));
    // A module this design had in an earlier version (its header names the design) is stale.
    writeFileSync(
      join(out, 'old_module.v'),
      '// old_module: gone\n// Source design: sa_os_opt1 (examples/sa_os_opt1.tpe). TPE Toolkit 0.0.9.\n// generated — do not edit\nmodule old_module; endmodule\n',
    );
    writeFileSync(join(out, 'mine.v'), 'module mine; endmodule\n');
    const r = tpe(['emit', 'examples/sa_os_opt1.tpe', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 written, 1 stale removed/);
    const again = readdirSync(out)
      .filter((f) => f !== 'mine.v')
      .sort()
      .map((f) => readFileSync(join(out, f), 'utf8'));
    expect(again).toEqual(first);
  });

  it('fails with a located diagnostic for a design no template covers', () => {
    const src = readFileSync(join(ROOT, 'examples', 'cube_opt1.tpe'), 'utf8').replace('at drain per pe ', 'at drain per row');
    const f = join(tmp, 'cube_row.tpe');
    writeFileSync(f, src);
    const r = tpe(['emit', f, '-o', join(tmp, 'nope')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cube_row\.tpe:2:1: error\[E0601\]: no RTL template covers this design: cube .*per-row/);
  });
});

describe('tpe verify', () => {
  it.skipIf(!verilatorStatus().ok)('passes an example on non-multiple shapes and reads .npy operands', () => {
    // The mixed-precision example shrunk to a 3x2 array (builds in seconds).
    const small = join(tmp, 'a8w4_small.tpe');
    writeFileSync(
      small,
      readFileSync(join(ROOT, 'examples', 'sa_os_a8w4.tpe'), 'utf8')
        .replace('forall m 8', 'forall m 3')
        .replace('forall n 8', 'forall n 2'),
    );
    const r = tpe(['verify', small, '--gemm', '5x7x9,17x3x33', '--trials', '1', '--seed', '4']);
    // Nothing on stderr but the progress lines of a step that ran past two seconds (a cold build).
    expect(r.err.split('\n').filter((l) => l !== '' && !/^(build|run|compare) .*: (started|ok|cached)\b/.test(l))).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/10 case\(s\), 0 mismatch\(es\)/);
    const a = intMatrix(3, 5, (i, j) => ((i * 37 + j * 11) % 256) - 128);
    const b = intMatrix(5, 4, (i, j) => ((i * 5 + j * 3) % 16) - 8);
    writeFileSync(join(tmp, 'a.npy'), writeNpy(a, 'int8'));
    writeFileSync(join(tmp, 'b.npy'), writeNpy(b, 'int8'));
    const n = tpe(['verify', small, '--a', join(tmp, 'a.npy'), '--b', join(tmp, 'b.npy')]);
    expect(n.code).toBe(0);
    expect(n.out).toMatch(/ok {3}1 inputs: cycles rtl (\d+) \/ sim \1/);
  });

  it('exits 3 with the fix when the simulator tool is missing', () => {
    // A PATH holding node and nothing else.
    const bin = join(tmp, 'bin');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    const env = { ...process.env, PATH: bin };
    const r = tpe(['verify', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--sim', 'verilator'], env);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/verilator not found: install Verilator \(Debian\/Ubuntu: `apt-get install verilator`\)/);
  });

  it('rejects a malformed shape as a usage error', () => {
    expect(tpe(['verify', 'examples/sa_os.tpe', '--gemm', '5x7']).code).toBe(2);
  });
});
