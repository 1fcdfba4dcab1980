// Rows written as the file's bytes (UTF-8) straight into one growing buffer: per-design and
// per-workload fragments are encoded once, numbers and hashes are written as their ASCII text,
// so a fast-level row is never a string to be flattened and encoded afterwards.

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

/** A text fragment as UTF-8 bytes (encoded once by the caller and kept). */
export const fragment = utf8;

export class ByteSink {
  private buf = Buffer.allocUnsafeSlow(1 << 16);
  /** Bytes written. */
  at = 0;

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const b = Buffer.allocUnsafeSlow(Math.max(2 * this.buf.length, this.at + n));
    b.set(this.buf.subarray(0, this.at));
    this.buf = b;
  }

  /** A string's UTF-8 bytes (the bytes Buffer.write gives, lone surrogates as U+FFFD). */
  text(s: string): void {
    // An ASCII string byte by byte (the common case: numbers, hashes, keys); otherwise the encoder.
    const n = s.length;
    if (n <= 64) {
      this.room(n);
      const b = this.buf;
      let at = this.at;
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        b[at++] = c;
      }
      if (i === n) {
        this.at = at;
        return;
      }
    }
    this.room(3 * n);
    this.at += this.buf.write(s, this.at);
  }

  /** Bytes of a fragment. */
  bytes(u: Uint8Array): void {
    const n = u.length;
    this.room(n);
    if (n < 24) {
      const b = this.buf;
      let at = this.at;
      for (let i = 0; i < n; i++) b[at++] = u[i];
      this.at = at;
    } else {
      this.buf.set(u, this.at);
      this.at += n;
    }
  }

  /** One byte (ASCII). */
  byte(c: number): void {
    this.room(1);
    this.buf[this.at++] = c;
  }

  /** A number as JSON writes it (`${x}`); null as null. */
  num(x: number | null): void {
    if (x === null) this.text('null');
    else if (Number.isSafeInteger(x) && x >= 0) this.uint(x);
    else this.text(`${x}`);
  }

  /** A non-negative safe integer's decimal digits. */
  uint(x: number): void {
    this.room(16);
    const b = this.buf;
    if (x < 10) {
      b[this.at++] = 48 + x;
      return;
    }
    let n = 0;
    for (let y = x; y >= 1; y = Math.floor(y / 10)) n++;
    let at = this.at + n;
    this.at = at;
    for (let y = x; y >= 1; y = Math.floor(y / 10)) b[--at] = 48 + (y % 10);
  }

  /** Drops what was written after `mark` (a row that failed half-way). */
  rewind(mark: number): void {
    this.at = mark;
  }

  /** A copy of the bytes written (its own buffer, transferable), and the sink emptied. */
  take(): Uint8Array {
    const out = new Uint8Array(this.at);
    out.set(this.buf.subarray(0, this.at));
    this.at = 0;
    return out;
  }
}
