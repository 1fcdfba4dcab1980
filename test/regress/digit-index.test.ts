// Regression: `encode(A, k)` and `pp[k]` were silently read as `encode(A, j)` and `pp[j]`: the
// digit index of an encoded operand and of the partial products is the bit-weight loop.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../dsl/index.js';
import { ROOT } from './helpers.js';

const os = readFileSync(join(ROOT, 'examples', 'sa_os.tpe'), 'utf8');
const bitslice = readFileSync(join(ROOT, 'examples', 'bitslice.tpe'), 'utf8');

function errorsOf(text: string) {
  return parseDesign(text, 'x.tpe')
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => ({ code: d.code, line: d.span?.start.line, col: d.span?.start.col, message: d.message }));
}

describe('digit indices are the bit-weight loop', () => {
  it('encode(A, k) is an error at the k', () => {
    const e = errorsOf(os.replace('encode(A, j)', 'encode(A, k)'));
    expect(e).toEqual([{ code: 'E0217', line: 16, col: 53, message: '`encode(A, k)` indexes the digits of A by `k`' }]);
  });
  it('pp[k] is an error at the k', () => {
    const e = errorsOf(os.replace('pp[j] =', 'pp[k] ='));
    expect(e).toEqual([{ code: 'E0217', line: 16, col: 25, message: 'the partial products are indexed by `k`' }]);
  });
  it('the second encoder of a bit-slice design must use i', () => {
    expect(bitslice).toContain('encode(B, i)');
    const e = errorsOf(bitslice.replace('encode(B, i)', 'encode(B, m)'));
    expect(e.map((x) => x.code)).toEqual(['E0217']);
    expect(e[0].message).toBe('`encode(B, m)` indexes the digits of B by `m`');
  });
  it('the examples are unaffected', () => {
    expect(errorsOf(os)).toEqual([]);
    expect(errorsOf(bitslice)).toEqual([]);
  });
});
