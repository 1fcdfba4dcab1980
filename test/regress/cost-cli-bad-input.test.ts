// Regressions from the QA pass over the cost commands' bad input: compare printed each option
// error once per design; --freq 1e400 (Infinity) and an unused bad --dist were accepted; a
// 20-digit seed was "not an integer"; a missing liberty was a bare errno; calibrate --help
// showed an absolute cache path.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { main } from '../../cli/main.js';

const ROOT = join(import.meta.dirname, '..', '..');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '',
    err = '';
  const code = await main(argv, {
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

const count = (s: string, sub: string): number => s.split(sub).length - 1;
const PAIR = ['compare', 'examples/sa_os.tpe', 'examples/sa_os_opt1.tpe'];

describe('tpe compare reports a bad option once, not once per design', () => {
  for (const [flag, value, code, msg] of [
    ['--freq', '-1', 2, '--freq expects a finite positive number of MHz'],
    ['--tech', 'nosuch', 1, 'error[E1010]: unknown technology "nosuch"'],
    ['--gemm', 'abc', 2, '--gemm expects MxNxK'],
    ['--seed', 'x', 2, '--seed expects an integer in 0..4294967294'],
  ] as const) {
    it(`${flag} ${value}`, async () => {
      const r = await run([...PAIR, flag, value]);
      expect(r.code).toBe(code);
      expect(count(r.err, msg)).toBe(1);
      expect(count(r.err, 'error')).toBe(1);
      expect(r.out).toBe('');
    });
  }
});

describe('tpe estimate option values', () => {
  it('--freq 1e400 (Infinity) is a usage error', async () => {
    const r = await run(['estimate', 'examples/sa_os.tpe', '--freq', '1e400']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--freq expects a finite positive number of MHz, got "1e400"');
    expect(r.out).toBe('');
  });
  it('--dist is checked even without --gemm', async () => {
    const r = await run(['estimate', 'examples/sa_os.tpe', '--dist', 'foo']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("error[S0107]: unknown distribution 'foo'");
    expect(r.err).toContain('= expected: uniform');
    expect(r.out).toBe('');
  });
  it('a seed out of range names the range, the same one tpe sim uses', async () => {
    const r = await run(['estimate', 'examples/sa_os.tpe', '--seed', '99999999999999999999']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--seed expects an integer in 0..4294967294, got "99999999999999999999"');
    const s = await run(['sim', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--seed', '4294967295']);
    expect(s.err).toContain('--seed expects an integer in 0..4294967294');
    expect((await run(['estimate', 'examples/sa_os.tpe', '--seed', '-1'])).code).toBe(2);
    expect((await run(['estimate', 'examples/sa_os.tpe', '--seed', '4294967295'])).code).toBe(2);
    expect((await run(['estimate', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--seed', '4294967294'])).code).toBe(0);
  });
});

describe('tpe synth --liberty', () => {
  it('a missing liberty is a coded diagnostic with what was expected and a hint', async () => {
    const r = await run(['synth', 'examples/sa_os.tpe', '--liberty', 'nosuch.lib']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error[E0910]: cannot read liberty nosuch.lib: no such file');
    expect(r.err).toContain('= expected: a readable Liberty (.lib) timing library');
    expect(r.err).toContain('= hint: the IHP SG13G2 liberty is third_party/ihp-sg13g2/sg13g2_stdcell_typ_1p20V_25C.lib');
    expect(r.err).not.toContain('ENOENT');
  });
});

describe('tpe calibrate --help', () => {
  it('shows a relative cache default, the same on every machine', async () => {
    const r = await run(['calibrate', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('(default: ".tpe-cache/synth")');
    expect(r.out).not.toContain(ROOT);
  });
});

describe('tpe calibrate --subset --all', () => {
  it('is a usage error naming both options, before any synthesis', async () => {
    const r = await run(['calibrate', '--subset', '--all']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--subset and --all exclude each other');
    expect(r.out).toBe('');
  });
});
