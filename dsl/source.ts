// Reading a .tpe file: whole-file problems (missing, empty, binary, enormous, not UTF-8) are
// diagnostics without a span, never exceptions.
import { statSync } from 'node:fs';
import { readBounded } from '../util/fs.js';
import type { Result } from '../ir/diagnostic.js';
import { diag } from './messages.js';

/** .tpe files describe one engine; anything larger is almost surely the wrong file. */
export const MAX_SOURCE_BYTES = 1_000_000;

export function decodeSource(bytes: Uint8Array, file: string): Result<string> {
  // Whole-file problems have no span, so the message itself names the file.
  if (bytes.length > MAX_SOURCE_BYTES)
    return { diagnostics: [diag('E0003', undefined, { file, size: bytes.length, limit: MAX_SOURCE_BYTES })] };
  if (bytes.includes(0)) return { diagnostics: [diag('E0002', undefined, { file })] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { diagnostics: [diag('E0004', undefined, { file, offset: firstBadUtf8(bytes) })] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM is not content
  if (text.trim().length === 0) return { diagnostics: [diag('E0001', undefined, { file })] };
  return { value: text, diagnostics: [] };
}

/**
 * `shown` is how messages name the file (as the user wrote it). Reads at most MAX_SOURCE_BYTES
 * whatever the file is (util/fs.ts readBounded: `/dev/zero` and pipes report size 0).
 */
export function readSource(path: string, shown = path): Result<string> {
  try {
    return decodeSource(readBounded(path, MAX_SOURCE_BYTES), shown);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EFBIG') {
      let size: number | string = `more than ${MAX_SOURCE_BYTES}`;
      try {
        const st = statSync(path);
        if (st.isFile()) size = st.size;
      } catch {
        /* keep the bound */
      }
      return { diagnostics: [diag('E0003', undefined, { file: shown, size, limit: MAX_SOURCE_BYTES })] };
    }
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : (code ?? 'read failed');
    return { diagnostics: [diag('E0005', undefined, { file: shown, reason })] };
  }
}

/** Offset of the first byte that breaks UTF-8 (for the message). */
function firstBadUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i];
    const n = x < 0x80 ? 0 : (x & 0xe0) === 0xc0 ? 1 : (x & 0xf0) === 0xe0 ? 2 : (x & 0xf8) === 0xf0 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}
