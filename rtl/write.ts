// Writing emitted RTL to a folder: files replaced byte for byte; .v files there that this
// toolkit generated earlier but the design no longer has are removed (stale modules).
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmittedRtl } from './index.js';
import { ensureDir } from '../util/fs.js';

export const GENERATED_MARK = 'generated — do not edit';

export function writeRtl(dir: string, e: EmittedRtl): { written: string[]; removed: string[] } {
  ensureDir(dir);
  const names = new Set(e.files.map((f) => f.name));
  const removed: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.v') || names.has(f)) continue;
    const text = readFileSync(join(dir, f), 'utf8');
    if (text.includes(GENERATED_MARK)) { rmSync(join(dir, f)); removed.push(f); }
  }
  const written: string[] = [];
  for (const f of e.files) {
    const p = join(dir, f.name);
    if (existsSync(p) && readFileSync(p, 'utf8') === f.text) continue;
    writeFileSync(p, f.text);
    written.push(f.name);
  }
  return { written, removed };
}
