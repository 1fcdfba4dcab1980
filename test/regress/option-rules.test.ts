// Regression: option rules differed between commands. `tpe flow --seed -7` ran while `tpe sim
// --seed -7` was a usage error; "B uses seed + 1" was written in three commands; `tpe verify`
// reported an unreadable .npy as E0610 and `tpe sim` as S0108; sim generated uniform data by
// default while estimate and flow used normal(0,20). One rule each now (pipeline/operands.ts).
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';

const ROOT = new URL('../..', import.meta.url).pathname;
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '',
    err = '';
  const code = await main(args, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    cwd: ROOT,
    isTTY: false,
  });
  return { code, out, err };
}
const ex = 'examples/sa_os.tpe';
const COMMANDS: string[][] = [
  ['sim', ex, '--gemm', '2x2x2'],
  ['estimate', ex, '--gemm', '2x2x2'],
  ['flow', ex, '--gemm', '2x2x2', '--no-verify', '-o', 'tpe-out/option-rules'],
  ['verify', ex, '--gemm', '2x2x2'],
];

describe('one seed rule', () => {
  for (const c of COMMANDS) {
    it(`${c[0]} --seed -7 is a usage error (S0111)`, async () => {
      const r = await run([...c, '--seed', '-7']);
      expect(r.code).toBe(2);
      expect(r.err).toContain('error[S0111]: --seed expects an integer in 0..4294967294, got "-7"');
    });
  }
});

describe('one --gemm parser and size limit', () => {
  for (const c of COMMANDS) {
    it(`${c[0]}: a malformed or too large --gemm is S0106, exit 2`, async () => {
      const at = c.indexOf('--gemm') + 1;
      for (const g of ['0x1x1', '99999999999x2x2']) {
        const r = await run(c.map((x, i) => (i === at ? g : x)));
        expect(r.code, g).toBe(2);
        expect(r.err, g).toContain('error[S0106]');
      }
    });
  }
});

describe('one .npy reader', () => {
  for (const cmd of ['sim', 'verify']) {
    it(`${cmd}: an unreadable operand is S0108`, async () => {
      const r = await run([cmd, ex, '--a', 'nope.npy', '--b', 'nope.npy']);
      expect(r.code).toBe(1);
      expect(r.err).toContain('error[S0108]: cannot read A from nope.npy: no such file');
    });
  }
});

describe('one default distribution', () => {
  it('sim, like estimate and flow, generates normal(0,20) data by default', async () => {
    const r = await run(['sim', ex, '--gemm', '2x3x4', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { input: string }).input).toBe('normal:0,20 seed 1');
    const explicit = await run(['sim', ex, '--gemm', '2x3x4', '--json', '--dist', 'normal:0,20', '--seed', '1']);
    expect(explicit.out).toBe(r.out);
  });
});
