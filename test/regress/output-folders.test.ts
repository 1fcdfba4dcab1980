// Regressions: an output or cache folder that cannot be made used to hang the tool (Node 20's
// recursive mkdir loops forever under /proc) or end in "internal error"; a huge --gemm ended in
// "Invalid typed array length". Each is now a clear message and exit 1 (folders) or 2 (usage).
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { ensureDir } from '../../util/fs.js';

const ROOT = join(import.meta.dirname, '..', '..');

async function run(argv: string[]): Promise<{ code: number; err: string }> {
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
}

describe('ensureDir', () => {
  it('creates nested folders and accepts existing ones', () => {
    const base = mkdtempSync(join(tmpdir(), 'tpe-dirs-'));
    ensureDir(join(base, 'a', 'b', 'c'));
    ensureDir(join(base, 'a', 'b', 'c'));
    expect(statSync(join(base, 'a', 'b', 'c')).isDirectory()).toBe(true);
  });
  it('refuses a file in the way, naming it', () => {
    const base = mkdtempSync(join(tmpdir(), 'tpe-dirs-'));
    writeFileSync(join(base, 'f'), 'x');
    expect(() => ensureDir(join(base, 'f', 'sub'))).toThrow(/is a file, not a folder/);
  });
  it('returns (does not hang) under /proc', () => {
    expect(() => ensureDir('/proc/tpe-no/such')).toThrow(/does not accept new folders/);
    expect(existsSync('/proc/tpe-no')).toBe(false);
  });
});

describe('commands with unwritable folders', () => {
  for (const argv of [
    ['emit', 'examples/sa_os.tpe', '-o', '/proc/x/y'],
    ['emit', 'examples/sa_os.tpe', '-o', 'examples/sa_os.tpe'],
    ['lint', 'examples/sa_os.tpe', '--cache', '/proc/x/y'],
    ['verify', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--cache', '/proc/x/y'],
    ['flow', 'examples/sa_os.tpe', '-o', '/proc/x/y', '--no-verify'],
  ]) {
    it(argv.join(' '), async () => {
      const r = await run(argv);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/cannot create folder .*\n {2}= hint: choose a writable/);
      expect(r.err).not.toContain('internal error');
    });
  }
});

describe('a --gemm too large to hold', () => {
  for (const cmd of ['estimate', 'verify', 'flow', 'sim']) {
    it(cmd, async () => {
      const r = await run([cmd, 'examples/sa_os.tpe', '--gemm', '99999999999x2x2']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/too large/);
    });
  }
});
