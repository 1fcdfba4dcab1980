// pipeline/operands.ts: one --gemm parser with one size limit, one seed rule, the B seed rule,
// one .npy reader with one error code.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intMatrix, MAX_MATRIX_ELEMENTS, presetDesign } from '../../ir/index.js';
import {
  DEFAULT_DIST,
  generateOperands,
  parseDistribution,
  parseGemm,
  parseGemmList,
  parseSeed,
  readOperand,
  readOperands,
} from '../../pipeline/index.js';
import { generateMatrix, MAX_SEED, writeNpy } from '../../simulator/index.js';

describe('--gemm', () => {
  it('parses MxNxK and refuses anything else with S0106', () => {
    expect(parseGemm('17x9x33').value).toEqual({ M: 17, N: 9, K: 33 });
    for (const bad of ['0x1x1', '2x2', 'abc', '-1x2x3', '1.5x2x3'])
      expect(
        parseGemm(bad).diagnostics.map((d) => d.code),
        bad,
      ).toEqual(['S0106']);
  });
  it('one size limit: no matrix past MAX_MATRIX_ELEMENTS', () => {
    const side = Math.sqrt(MAX_MATRIX_ELEMENTS);
    expect(parseGemm(`${side}x1x${side}`).value).toBeDefined();
    const r = parseGemm(`${side + 1}x1x${side}`);
    expect(r.diagnostics[0].code).toBe('S0106');
    expect(r.diagnostics[0].message).toContain('too large');
  });
  it('lists are comma separated', () => {
    expect(parseGemmList('5x7x9,17x3x33').value).toEqual([
      { M: 5, N: 7, K: 9 },
      { M: 17, N: 3, K: 33 },
    ]);
    expect(parseGemmList('5x7x9,nope').diagnostics.map((d) => d.code)).toEqual(['S0106']);
  });
});

describe('the seed rule', () => {
  it('an integer 0..MAX_SEED, or S0111', () => {
    expect(parseSeed('0').value).toBe(0);
    expect(parseSeed(String(MAX_SEED)).value).toBe(MAX_SEED);
    for (const bad of ['-7', String(MAX_SEED + 1), 'x', '1.5', ''])
      expect(
        parseSeed(bad).diagnostics.map((d) => d.code),
        bad,
      ).toEqual(['S0111']);
  });
  it('A is drawn with the seed, B with seed + 1, from the default distribution normal(0,20)', () => {
    expect(DEFAULT_DIST).toBe('normal:0,20');
    const d = presetDesign('systolic-os');
    const dist = parseDistribution().value!;
    expect(dist).toEqual({ kind: 'normal', mean: 0, std: 20 });
    const { a, b } = generateOperands(d, { M: 3, N: 4, K: 5 }, dist, 9);
    expect(Array.from(a.data)).toEqual(Array.from(generateMatrix(3, 5, d.types.A, dist, 9).data));
    expect(Array.from(b.data)).toEqual(Array.from(generateMatrix(5, 4, d.types.B, dist, 10).data));
  });
});

describe('.npy operands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tpe-operands-'));
  it('reads 2-D integer arrays', () => {
    writeFileSync(
      join(dir, 'a.npy'),
      writeNpy(
        intMatrix(2, 3, (r, c) => r - c),
        'int8',
      ),
    );
    expect(Array.from(readOperand('a.npy', 'A', dir).value!.data)).toEqual([0, -1, -2, 1, 0, -1]);
  });
  it('every problem is S0108: missing file, folder, not .npy; both operands reported together', () => {
    writeFileSync(join(dir, 'junk.npy'), 'not an npy file');
    expect(readOperand('nope.npy', 'A', dir).diagnostics.map((d) => d.code)).toEqual(['S0108']);
    expect(readOperand('.', 'B', dir).diagnostics[0].message).toContain('it is a directory');
    expect(readOperand('junk.npy', 'A', dir).diagnostics.map((d) => d.code)).toEqual(['S0108']);
    expect(readOperands('nope.npy', 'junk.npy', dir).diagnostics.map((d) => d.code)).toEqual(['S0108', 'S0108']);
  });
});
