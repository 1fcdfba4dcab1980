// Rows written as the file's bytes (UTF-8) straight into one growing buffer: per-design and
// per-workload fragments are encoded once, numbers and hashes are written as their ASCII text,
// so a fast-level row is never a string to be flattened and encoded afterwards.

import { POW, fix, sig, sigDecimals } from './emit.js';

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

/** A text fragment as UTF-8 bytes (encoded once by the caller and kept). */
export const fragment = utf8;

export class ByteSink {
  private buf: Buffer = Buffer.allocUnsafeSlow(1 << 16);
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

  /**
   * `${fix(x, d)}` (d in 0..8): x rounded to d decimals as JavaScript prints it, without making
   * the string. fix's value is the double nearest k / 10^d (k = round(x 10^d); the division is
   * correctly rounded); with at most 15 significant digits that decimal is the shortest text that
   * reads back as the double, so it is what JavaScript prints, unless below 1e-6 (exponent form).
   */
  fixed(x: number, d: number): void {
    if (Number.isFinite(x)) {
      const p = POW[d];
      const k = Math.round(x * p);
      if (k === 0) return this.byte(48);
      const a = k < 0 ? -k : k;
      if (a / p >= 1e-6) {
        if (a < 2147483648) return this.fixedInt(k < 0, a, d);
        if (a < 1e15) return this.fixedBig(k < 0, a, p, d);
      }
    }
    this.text(`${fix(x, d)}`);
  }

  private readonly tmp = new Uint8Array(24);
  /** `fixed` for |k| < 2^31 in 32-bit integer steps: digits right to left into `tmp`, then copied. */
  private fixedInt(neg: boolean, a: number, d: number): void {
    let v = a | 0;
    while (d > 0 && v % 10 === 0) {
      v = (v / 10) | 0;
      d--;
    }
    const t = this.tmp;
    let pos = 24;
    for (let i = 0; i < d; i++) {
      const q = (v / 10) | 0;
      t[--pos] = 48 + v - 10 * q;
      v = q;
    }
    if (d > 0) t[--pos] = 46; // .
    do {
      const q = (v / 10) | 0;
      t[--pos] = 48 + v - 10 * q;
      v = q;
    } while (v > 0);
    if (neg) t[--pos] = 45; // -
    this.room(24 - pos);
    const b = this.buf;
    let at = this.at;
    for (let i = pos; i < 24; i++) b[at++] = t[i];
    this.at = at;
  }

  private fixedBig(neg: boolean, a: number, p: number, d: number): void {
    if (neg) this.byte(45); // -
    const ip = Math.floor(a / p);
    this.uint(ip);
    let frac = a - ip * p;
    if (frac === 0) return;
    let n = d;
    while (frac % 10 === 0) {
      frac /= 10;
      n--;
    }
    this.room(n + 1);
    const b = this.buf;
    b[this.at] = 46; // .
    let at = this.at + n;
    this.at = at + 1;
    for (let i = 0; i < n; i++, frac = Math.floor(frac / 10)) b[at--] = 48 + (frac % 10);
  }

  /** `${sig(x)}` (4 significant digits), as `fixed` writes it where sig rounds to decimals. */
  sig(x: number): void {
    if (x !== 0 && Number.isFinite(x)) {
      const a = x < 0 ? -x : x;
      // Well inside a decade floor(log10 |x|) is known without the logarithm (the margins are
      // far wider than log10's rounding); near a power of ten sigDecimals decides.
      const d =
        a >= 1.001e3
          ? 0
          : a >= 1.001e2 && a < 9.99e2
            ? 1
            : a >= 1.001e1 && a < 9.99e1
              ? 2
              : a >= 1.001 && a < 9.99
                ? 3
                : a >= 1.001e-1 && a < 9.99e-1
                  ? 4
                  : a >= 1.001e-2 && a < 9.99e-2
                    ? 5
                    : sigDecimals(x);
      if (d <= 8) return this.fixed(x, d);
    }
    this.text(`${sig(x)}`);
  }

  /** A non-negative safe integer's decimal digits. */
  uint(x: number): void {
    if (x < 2147483648) return this.fixedInt(false, x, 0);
    this.room(16);
    const b = this.buf;
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

  /**
   * The bytes written, in a buffer of their own (transferable), and the sink emptied: it goes on
   * in a spare buffer given back (`spare`) if there is one large enough, else a fresh one.
   */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.at);
    let next: Buffer | undefined;
    while (!next && this.spares.length) {
      const b = this.spares.pop()!;
      if (b.byteLength >= this.buf.length) next = Buffer.from(b);
    }
    this.buf = next ?? Buffer.allocUnsafeSlow(this.buf.length);
    this.at = 0;
    return out;
  }

  private readonly spares: ArrayBuffer[] = [];
  /** A buffer `take` gave out, given back once its bytes are written (fewer allocations to collect). */
  spare(b: ArrayBuffer): void {
    if (this.spares.length < 4) this.spares.push(b);
  }
}
