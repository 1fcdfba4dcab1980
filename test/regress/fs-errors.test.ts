// Regression: ordinary file-system errors — a read-only file for `fmt --write`, `tech derive -o`
// into a directory — ended as "internal error". They are the user's situation: exit 1, the file
// and the reason, a hint. Run as a process (as an unprivileged user when the tests run as root,
// so that file permissions apply).
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, proc, run, scratch } from './helpers.js';

const dir = scratch('fs');

describe('file-system errors are input errors', () => {
  it('fmt --write on a read-only file: exit 1, the file and the reason', () => {
    const f = join(dir, 'ro.tpe');
    writeFileSync(f, readFileSync(join(ROOT, 'examples', 'sa_os.tpe'), 'utf8').replace('  A: int8', '  A:int8'));
    chmodSync(f, 0o444);
    const r = proc(['fmt', '--write', f], { asUser: true });
    expect(r.err).not.toContain('internal error');
    expect(r.err).toContain(`cannot write ${f}: permission denied (EACCES)`);
    expect(r.code).toBe(1);
  });

  it('tech derive -o a directory: exit 1, "it is a folder"', async () => {
    mkdirSync(join(dir, 'out.json'));
    const r = await run(['tech', 'derive', '-o', join(dir, 'out.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('it is a folder (EISDIR)');
    expect(r.err).not.toContain('internal error');
  });

  it('tech derive -o into a missing folder: exit 1', async () => {
    const r = await run(['tech', 'derive', '-o', join(dir, 'nosuch', 't.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no such file or folder (ENOENT)');
  });

  it('emit into a read-only folder: exit 1, not an internal error', () => {
    const out = join(dir, 'ro-out');
    mkdirSync(out);
    chmodSync(out, 0o555);
    const r = proc(['emit', 'examples/sa_os.tpe', '-o', out], { asUser: true });
    expect(r.err).not.toContain('internal error');
    expect(r.err).toContain('permission denied (EACCES)');
    expect(r.code).toBe(1);
  });

  it('sim --out onto a read-only file: exit 1', () => {
    const f = join(dir, 'c.npy');
    copyFileSync(join(ROOT, 'package.json'), f);
    chmodSync(f, 0o444);
    const r = proc(['sim', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--out', f], { asUser: true });
    expect(r.err).not.toContain('internal error');
    expect(r.code).toBe(1);
  });
});
