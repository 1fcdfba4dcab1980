// Zero-skip statistics: the average nonzero digits per int8 value, counted directly on generated
// data, equals the distribution's expectation, and lands where DESIGN.md says (EN-T ~2.1 of 4 on
// normal(0, 20), Booth ~2.3; uniform ~2.9 / 3.0).
import { describe, expect, it } from 'vitest';
import { encodeDigits, generateMatrix, meanNonzeroDigits, type Dist } from '../../simulator/index.js';

const INT8 = { signed: true, bits: 8 };

function directCount(dist: Dist, scheme: 'ent' | 'booth4'): number {
  const m = generateMatrix(1, 50_000, INT8, dist, 42);
  let n = 0;
  for (const v of m.data) n += encodeDigits(v, INT8, scheme).nonzero;
  return n / m.data.length;
}

describe('nonzero digits per int8 value', () => {
  const normal: Dist = { kind: 'normal', mean: 0, std: 20 };
  const uniform: Dist = { kind: 'uniform' };
  it.each([
    ['normal(0,20)', normal, 'ent', 2.1],
    ['normal(0,20)', normal, 'booth4', 2.3],
    ['uniform', uniform, 'ent', 2.9],
    ['uniform', uniform, 'booth4', 3.0],
  ] as const)('%s %s: about %f', (name, dist, scheme, paper) => {
    const direct = directCount(dist, scheme);
    const expected = meanNonzeroDigits(INT8, scheme, dist);
    console.log(`[digits] ${name} ${scheme}: direct ${direct.toFixed(3)}, expected ${expected.toFixed(3)}, DESIGN.md ~${paper}`);
    expect(Math.abs(direct - expected)).toBeLessThan(0.02);
    expect(Math.abs(expected - paper)).toBeLessThan(0.05);
  });

  it('EN-T beats Booth on bell-shaped data', () => {
    expect(meanNonzeroDigits(INT8, 'ent', { kind: 'normal', mean: 0, std: 20 })).toBeLessThan(
      meanNonzeroDigits(INT8, 'booth4', { kind: 'normal', mean: 0, std: 20 }) - 0.1,
    );
  });
});
