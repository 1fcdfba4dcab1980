// Writing emitted RTL to a folder: files replaced byte for byte; .v files there that this design
// wrote earlier but no longer has are removed (stale modules). A folder may hold the Verilog of
// several designs (`tpe emit a.tpe -o rtl && tpe emit b.tpe -o rtl`): every generated file names
// its design in its header (`// Source design: NAME (file)`), and only files of this design are
// ever replaced or removed. A file of another design, or one without the generated mark, that
// has the name of a module to write is a conflict: nothing is written.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmittedRtl } from './index.js';
import { commentText } from './render.js';
import { ensureDir } from '../util/fs.js';

export const GENERATED_MARK = 'generated — do not edit';

export interface WriteRtlResult {
  written: string[];
  removed: string[];
  /** Files in the way (another design's, or not generated); when non-empty nothing was written. */
  conflicts: { file: string; owner?: string }[];
}

const SOURCE_LINE = /^\/\/ Source design: (.*) \(.*\)\. TPE Toolkit [^\n]*$/m;

/**
 * The design a generated file belongs to, from its header; undefined for other files. The name
 * is read up to the last " (" of the line, so a source path holding " (" makes it longer than the
 * real name: such a file then looks like another design's, which fails safe (kept, a conflict).
 */
export function rtlOwner(text: string): string | undefined {
  const head = text.slice(0, 4096);
  if (!head.includes(GENERATED_MARK)) return undefined;
  return SOURCE_LINE.exec(head)?.[1];
}

/** The header line without the toolkit version (same design from the same file). */
const sourceLine = (text: string) => SOURCE_LINE.exec(text.slice(0, 4096))?.[0].replace(/ TPE Toolkit [^\n]*$/, '');

export function writeRtl(dir: string, e: EmittedRtl): WriteRtlResult {
  ensureDir(dir);
  const me = commentText(e.design);
  const myLine = e.files.length > 0 ? sourceLine(e.files[0].text) : undefined;
  const mine = (text: string) => {
    const o = rtlOwner(text);
    return o !== undefined && (o === me || (myLine !== undefined && sourceLine(text) === myLine));
  };
  const names = new Set(e.files.map((f) => f.name));
  const conflicts: WriteRtlResult['conflicts'] = [];
  const stale: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.v')) continue;
    const p = join(dir, f);
    let text: string;
    try {
      text = readFileSync(p, 'utf8');
    } catch {
      continue;
    } // a folder named x.v, unreadable: not ours
    if (mine(text)) {
      if (!names.has(f)) stale.push(f);
      continue;
    }
    if (names.has(f)) conflicts.push({ file: f, ...(rtlOwner(text) !== undefined ? { owner: rtlOwner(text) } : {}) });
  }
  if (conflicts.length > 0) return { written: [], removed: [], conflicts };
  for (const f of stale) rmSync(join(dir, f));
  const written: string[] = [];
  for (const f of e.files) {
    const p = join(dir, f.name);
    if (existsSync(p) && readFileSync(p, 'utf8') === f.text) continue;
    writeFileSync(p, f.text);
    written.push(f.name);
  }
  return { written, removed: stale, conflicts: [] };
}
