// Regressions from the QA pass over bad input: clear message, right exit code, no stack trace.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'tpe-regress-'));
writeFileSync(join(dir, 'empty.tpe'), '');
writeFileSync(join(dir, 'bin.tpe'), new Uint8Array([0x65, 0x00, 0x01]));
mkdirSync(join(dir, 'sub'));

async function run(argv: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '',
    err = '';
  const code = await main(argv, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    cwd,
    isTTY: false,
  });
  return { code, out, err };
}

describe('whole-file problems name the file', () => {
  it('fmt / show on several bad files say which file is which', async () => {
    const r = await run(['fmt', 'empty.tpe', 'bin.tpe'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error[E0001]: empty.tpe is empty');
    expect(r.err).toContain('error[E0002]: bin.tpe looks binary');
  });
});

describe('tpe transform -o', () => {
  it('an unwritable output is exit 1 with a reason, not an internal error', async () => {
    const r = await run(['transform', '--apply', 'opt1', 'examples/sa_os.tpe', '-o', join(dir, 'nosuch', 'x.tpe')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('cannot write');
    expect(r.err).toContain('its folder does not exist');
    expect(r.err).not.toContain('internal error');
    const d = await run(['transform', '--apply', 'opt1', 'examples/sa_os.tpe', '-o', join(dir, 'sub')]);
    expect(d.code).toBe(1);
    expect(d.err).toContain('it is a directory');
  });
});

describe('tpe sim option values', () => {
  it('a GEMM too large to hold is a usage error, not a RangeError', async () => {
    const r = await run(['sim', 'examples/sa_os.tpe', '--gemm', '99999999999x2x2']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('error[S0106]');
    expect(r.err).toContain('too large');
    expect(r.err).not.toContain('internal error');
  });
  it('bad --gemm and --dist exit 2 like the other usage errors', async () => {
    expect((await run(['sim', 'examples/sa_os.tpe', '--gemm', '0x1x1'])).code).toBe(2);
    const d = await run(['sim', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--dist', 'normal:abc']);
    expect(d.code).toBe(2);
    expect(d.err).toContain('S0107');
  });
  it('seeds past the 32-bit PRNG are refused instead of aliasing', async () => {
    const r = await run(['sim', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--seed', '4294967296']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--seed expects an integer in 0..4294967294');
    expect((await run(['sim', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--seed', '4294967294'])).code).toBe(0);
  });
  it('a wrapped C is not called equal to the plain GEMM', async () => {
    writeFileSync(
      join(dir, 'acc4.tpe'),
      (await import('node:fs'))
        .readFileSync(join(ROOT, 'examples/sa_os.tpe'), 'utf8')
        .replace('C: int32', 'C: int16')
        .replace('workload K <= 4096', 'workload K <= 1'),
    );
    const r = await run(['sim', 'acc4.tpe', '--gemm', '2x2x64', '--wrap', '--dist', 'uniform', '--seed', '3'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/overflow +\d+ wrapped/);
    expect(r.out).toContain('equal to the plain integer GEMM wrapped to int16');
  });
  it('a directory as --a says so', async () => {
    const r = await run(['sim', 'examples/sa_os.tpe', '--a', dir, '--b', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('it is a directory');
  });
});
