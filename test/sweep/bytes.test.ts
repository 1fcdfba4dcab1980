import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { ByteSink, fragment } from '../../sweep/bytes.js';
import { fix, sig } from '../../sweep/emit.js';

describe('ByteSink', () => {
  it('writes text as UTF-8 (non-ASCII, astral characters and lone surrogates too), as TextEncoder would', () => {
    const texts = [
      '',
      '{"a":1}',
      'x',
      'aé€😀',
      'abc\u00ff',
      '\ud800lone',
      '\u{10FFFF}'.repeat(100),
      'ü'.repeat(5000),
      'a'.repeat(64) + 'é',
      'k'.repeat(200),
    ];
    const s = new ByteSink();
    for (const t of texts) {
      s.text(t);
      s.byte(10);
    }
    const want = new TextEncoder().encode(texts.join('\n') + '\n');
    expect(Buffer.from(s.take()).equals(Buffer.from(want))).toBe(true);
    expect(s.take().length).toBe(0);
  });

  it('writes numbers as JavaScript prints them, fragments, and rewinds a half-written row', () => {
    const nums = [0, -0, 7, 10, 99, 100, 12345, 2 ** 53 - 1, 2 ** 53, 1e21, 1.5, -3, -0.25, 1e-7, 274105.4, NaN, Infinity, null];
    const s = new ByteSink();
    for (const n of nums) {
      s.num(n);
      s.byte(44);
    }
    const mark = s.at;
    s.bytes(fragment('{"dropped":"é"}'.repeat(10)));
    s.rewind(mark);
    s.bytes(fragment('{"k":"€"}'));
    s.bytes(fragment('y'.repeat(100_000)));
    const want = nums.map((n) => `${n}`).join(',') + ',{"k":"€"}' + 'y'.repeat(100_000);
    expect(Buffer.from(s.take()).toString('utf8')).toBe(want);
  });

  it('writes fix(x, d) and sig(x) exactly as JavaScript prints them (random values over 30 decades, ties, edges)', () => {
    let seed = 12345;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const xs: number[] = [
      0,
      -0,
      1,
      -1,
      0.5,
      1.5,
      2.5,
      -2.5,
      0.1 + 0.2,
      1e-6,
      1e-7,
      9.99999e-7,
      5e-9,
      1e15,
      1e15 - 1,
      1e16,
      2 ** 53,
      1e21,
      1e22,
      NaN,
      Infinity,
      -Infinity,
    ];
    for (let i = 0; i < 60_000; i++) {
      const e = Math.floor(rnd() * 30) - 12;
      const m = rnd() * 10;
      const v = rnd() < 0.1 ? Math.round(m * 1000) / 1000 : m;
      xs.push((rnd() < 0.3 ? -1 : 1) * v * 10 ** e);
    }
    // Around each power of ten (where sig's decimals change), and halves at each precision (where rounding ties).
    for (let e = -9; e <= 6; e++)
      for (const f of [0.999, 0.99951, 0.9999999999, 1, 1.0000000001, 1.0004, 1.00049, 1.001, 1.0013, 9.99, 9.9951, 9.999999])
        xs.push(f * 10 ** e, -f * 10 ** e);
    for (let d = 0; d <= 8; d++) for (let k = 0; k < 50; k++) xs.push((2 * k + 1) / 2 / 10 ** d, (k * 37 + 0.5) / 10 ** d);
    const s = new ByteSink();
    const want: string[] = [];
    for (const x of xs) {
      for (let d = 0; d <= 8; d++) {
        s.fixed(x, d);
        s.byte(32);
        want.push(`${fix(x, d)}`);
      }
      s.sig(x);
      s.byte(32);
      want.push(`${sig(x)}`);
    }
    const got = Buffer.from(s.take()).toString('latin1').split(' ');
    got.pop();
    expect(got.length).toBe(want.length);
    const bad = got.map((g, i) => [g, want[i]]).filter(([g, w]) => g !== w);
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
