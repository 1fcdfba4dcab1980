// File-system helpers shared by every back end. Imports nothing of ours.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

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
    try { st = statSync(p); } catch { st = undefined; }
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
      throw new Error(`cannot create folder ${path}: ${code === 'ENOENT' ? `${dirname(dir)} does not accept new folders` : (e as Error).message}`);
    }
  }
}
