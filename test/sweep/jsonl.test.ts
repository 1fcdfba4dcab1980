import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { encodeLines } from '../../sweep/jsonl.js';

describe('encodeLines', () => {
  it('gives the bytes of the joined, newline-terminated text in UTF-8 (non-ASCII and lone surrogates too)', () => {
    for (const lines of [[], [''], ['{"a":1}', 'x'], ['aé€😀', '\ud800lone', '\u{10FFFF}'.repeat(100), 'ü'.repeat(5000)]]) {
      const want = new TextEncoder().encode(lines.length ? lines.join('\n') + '\n' : '');
      expect(Buffer.from(encodeLines(lines)).equals(Buffer.from(want))).toBe(true);
    }
  });
});
