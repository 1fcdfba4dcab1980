// JSON Lines files of rows: streamed line by line (memory flat in the file size), a torn last
// line (a run killed mid-write) cut off, and a quick structural check of each line that does not
// parse it whole (resume reads every line of files of millions of rows).
import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../ir/index.js';
import type { SweepRow } from './row.js';

/** Calls `f(line, lineNo)` for each complete line (without its newline); returns bytes of complete lines. */
export function forEachLine(path: string, f: (line: string, lineNo: number) => void | false): { bytes: number; tail: number } {
  if (!existsSync(path)) return { bytes: 0, tail: 0 };
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.alloc(1 << 20);
    let pos = 0,
      carry = Buffer.alloc(0),
      lineNo = 0,
      complete = 0;
    while (pos < size) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, size - pos), pos);
      if (n <= 0) break;
      pos += n;
      let chunk = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      let start = 0;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, start)) {
        lineNo++;
        const stop = f(chunk.toString('utf8', start, i), lineNo);
        complete += i + 1 - start;
        start = i + 1;
        if (stop === false) return { bytes: complete, tail: size - complete };
      }
      carry = Buffer.from(chunk.subarray(start));
      chunk = Buffer.alloc(0);
    }
    return { bytes: complete, tail: carry.length };
  } finally {
    closeSync(fd);
  }
}

/** Cuts a torn last line (bytes after the last newline). Returns how many bytes were cut. */
export function repairTail(path: string): number {
  if (!existsSync(path)) return 0;
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return 0;
    // Scan back for the last newline.
    const step = 1 << 16;
    const buf = Buffer.alloc(step);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - step);
      const n = readSync(fd, buf, 0, end - start, start);
      const i = buf.subarray(0, n).lastIndexOf(10);
      if (i >= 0) {
        const keep = start + i + 1;
        if (keep < size) ftruncateSync(fd, keep);
        return size - keep;
      }
      end = start;
    }
    ftruncateSync(fd, 0);
    return size;
  } finally {
    closeSync(fd);
  }
}

const INDEX = /^\{"key":"[0-9a-f]{16}","id":"[0-9a-f]{16}","index":(\d+),"status":"(ok|invalid|error)"/;

/** The index and status of a row line written by sweep/emit.ts, or undefined when it is not one. */
export function rowHead(line: string): { index: number; status: 'ok' | 'invalid' | 'error' } | undefined {
  const m = INDEX.exec(line);
  if (!m || line.charCodeAt(line.length - 1) !== 125 /* } */) return undefined;
  return { index: Number(m[1]), status: m[2] as 'ok' | 'invalid' | 'error' };
}

/** A growable bit set over point indexes (memory: one bit per point). */
export class BitSet {
  private bits = new Uint8Array(1024);
  has(i: number): boolean {
    return i >> 3 < this.bits.length && (this.bits[i >> 3] & (1 << (i & 7))) !== 0;
  }
  add(i: number): void {
    if (i >> 3 >= this.bits.length) {
      const b = new Uint8Array(Math.max(this.bits.length * 2, (i >> 3) + 1));
      b.set(this.bits);
      this.bits = b;
    }
    this.bits[i >> 3] |= 1 << (i & 7);
  }
}

/** A rows file that is not sweep rows (Y0603), with the line and column when one is at fault. */
export class RowsError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function rowsError(file: string, message: string, hint: string, line?: number, col = 1): RowsError {
  return new RowsError({
    code: 'Y0603',
    severity: 'error',
    message,
    expected: 'one sweep row (a JSON object with id, status, design, params and workload) per line',
    hint,
    ...(line !== undefined ? { span: { file, start: { line, col, offset: 0 }, end: { line, col: col + 1, offset: 0 } } } : {}),
  });
}

/**
 * Calls `f(row, line)` for each row of a rows file, checked (throws RowsError): every line a JSON
 * object with the fields the readers draw, no torn last line and at least one row. Unlike a
 * resuming sweep, a reader that ranks or gates must not drop what an interrupted run left.
 * `file` is the name shown in messages.
 */
export function forEachRow(path: string, file: string, f: (row: SweepRow, line: string) => void, o: { allowEmpty?: boolean } = {}): number {
  let rows = 0,
    last = 0;
  const one = (line: string, lineNo: number) => {
    last = lineNo;
    if (line.trim() === '') return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      const msg = (e as Error).message;
      const at = /position (\d+)/.exec(msg);
      throw rowsError(
        file,
        `line ${lineNo} is not valid JSON (${msg.replace(/, ".*" is not valid JSON$/, '').replace(/ in JSON at position \d+.*$/, '')})`,
        'each row must be one complete JSON object on its own line, as tpe sweep and tpe merge write them',
        lineNo,
        at ? Number(at[1]) + 1 : 1,
      );
    }
    const missing = !isObj(v)
      ? 'it is not a JSON object'
      : typeof v.id !== 'string'
        ? 'no "id"'
        : !['ok', 'invalid', 'error'].includes(v.status as string)
          ? '"status" is not ok, invalid or error'
          : !isObj(v.design) || !isObj(v.params) || !isObj(v.workload)
            ? 'no "design", "params" or "workload" object'
            : undefined;
    if (missing)
      throw rowsError(file, `line ${lineNo} is not a sweep row: ${missing}`, 'was the file written by `tpe sweep` or `tpe merge`?', lineNo);
    rows++;
    f(v as unknown as SweepRow, line);
  };
  const { bytes, tail } = forEachLine(path, one);
  if (tail > 0) {
    // A last line without its newline: a complete row (a file edited by hand) counts; anything
    // else is what an interrupted writer leaves.
    const text = readTail(path, bytes, tail);
    let whole = false;
    try {
      JSON.parse(text);
      whole = true;
    } catch {
      /* torn */
    }
    if (!whole)
      throw rowsError(
        file,
        `line ${last + 1} is torn (${tail} bytes without a newline, not a complete row): the sweep that wrote ${file} was interrupted`,
        'resume it with the same `tpe sweep` command (it repairs the file and evaluates the rest), then try again',
        last + 1,
      );
    one(text, last + 1);
  }
  if (rows === 0 && !o.allowEmpty)
    throw rowsError(file, `${file} holds no rows`, 'give the rows.jsonl of a finished `tpe sweep` (or `tpe merge`)');
  return rows;
}

function readTail(path: string, from: number, n: number): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    readSync(fd, buf, 0, n, from);
    return buf.toString('utf8');
  } finally {
    closeSync(fd);
  }
}
