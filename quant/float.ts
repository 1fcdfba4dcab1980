// IEEE float helpers that reproduce numpy / PyTorch float32 steps bit for bit: Math.fround after
// every operation (a double op rounded to float32 equals the float32 op for + - * /), round
// half to even, and rounding to bfloat16 / float16.

export const f32 = Math.fround;

/** Round half to even (numpy.rint, torch.round). */
export function rne(x: number): number {
  const r = Math.round(x); // half up
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const fbuf = new Float32Array(1);
const ubuf = new Uint32Array(fbuf.buffer);

/** A float32 value rounded to the nearest bfloat16 (ties to even), as a number. */
export function bf16(x: number): number {
  fbuf[0] = x;
  const u = ubuf[0];
  ubuf[0] = (u + 0x7fff + ((u >>> 16) & 1)) & 0xffff0000;
  return fbuf[0];
}

/** A value rounded to the nearest IEEE half (ties to even, subnormals, overflow to infinity). */
export function f16(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a >= 65520) return x > 0 ? Infinity : -Infinity;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  const q = e < -14 ? 2 ** -24 : 2 ** (e - 10);
  return Math.sign(x) * rne(a / q) * q;
}

export type LowPrecision = 'bf16' | 'fp16';

export function roundTo(x: number, t: LowPrecision): number {
  return t === 'bf16' ? bf16(x) : f16(x);
}
