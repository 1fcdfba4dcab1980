import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { ByteSink, fragment } from '../../sweep/bytes.js';

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
});
