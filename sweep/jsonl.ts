// JSON Lines files of rows: streamed line by line (memory flat in the file size), a torn last
// line (a run killed mid-write) cut off, and a quick structural check of each line that does not
// parse it whole (resume reads every line of files of millions of rows).
import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readSync } from 'node:fs';

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
