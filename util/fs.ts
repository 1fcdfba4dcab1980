// File-system helpers shared by every back end. Imports nothing of ours.
import { closeSync, fstatSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// Reasons in words for the errors of ordinary file operations (cli/files.ts prints them too).
const REASON: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'it already exists',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EFBIG: 'larger than the limit for this kind of file',
  EBINARY: 'it holds NUL bytes, not text (a binary file or a device)',
};

/** Why a file operation failed, in words ("permission denied (EACCES)"). */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code) return REASON[code] ? `${REASON[code]} (${code})` : code;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Creates a folder and its missing parents, one level at a time. Why not
 * mkdirSync(p, { recursive: true })? On Node 20 it never returns for paths under /proc (it
 * retries ENOENT forever), so a bad `-o /proc/x` would hang the tool. Throws an Error whose
 * message names the folder and the reason.
 */
export function ensureDir(path: string): void {
  const target = resolve(path);
  const missing: string[] = [];
  let p = target;
  for (;;) {
    let st;
    try {
      st = statSync(p);
    } catch {
      st = undefined;
    }
    if (st) {
      if (!st.isDirectory()) throw new Error(`cannot create folder ${path}: ${p} is a file, not a folder`);
      break;
    }
    missing.push(p);
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && statSync(dir).isDirectory()) continue;
      throw new Error(
        `cannot create folder ${path}: ${code === 'ENOENT' ? `${dirname(dir)} does not accept new folders` : `${dir === target ? '' : `${dir}: `}${fsReason(e)}`}`,
      );
    }
  }
}

/**
 * Reads a whole file, but never more than `maxBytes`: a device or a pipe (`/dev/zero`) reports
 * size 0, so a plain readFileSync of it never returns. Throws an Error with code 'EFBIG' (and
 * `syscall: 'read'`, `path`) past the limit, like the file system's own errors. `text: true`
 * stops at the first NUL byte with code 'EBINARY' (a text format never holds one), so a device
 * or a binary file fails at once instead of after `maxBytes`.
 */
export function readBounded(path: string, maxBytes: number, o: { text?: boolean } = {}): Buffer {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isDirectory())
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR', syscall: 'read', path });
    const tooBig = () =>
      Object.assign(new Error(`EFBIG: ${path} is larger than ${maxBytes} bytes`), { code: 'EFBIG', syscall: 'read', path });
    if (st.isFile() && st.size > maxBytes) throw tooBig();
    const cap = st.isFile() ? st.size + 1 : Math.min(maxBytes + 1, 1 << 20);
    let buf = Buffer.allocUnsafe(cap);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > maxBytes) throw tooBig();
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buf.length * 2));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      if (o.text && buf.subarray(n, n + r).includes(0)) {
        throw Object.assign(new Error(`EBINARY: ${path} holds NUL bytes, not text`), { code: 'EBINARY', syscall: 'read', path });
      }
      n += r;
    }
    if (n > maxBytes) throw tooBig();
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
