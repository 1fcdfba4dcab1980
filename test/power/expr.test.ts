// Liberty expressions: the parser, truth tables, OpenSTA's probability algebra and its inferred
// sensitization, on the forms the IHP liberty uses.
import { describe, expect, it } from 'vitest';
import { exprString, exprVars, inferredWhen, parseExpr, probability, truthTable, type Expr } from '../../power/expr.js';

const p = (s: string): Expr => {
  const e = parseExpr(s);
  if (typeof e === 'string') throw new Error(e);
  return e;
};

describe('liberty expressions', () => {
  it('parses not, and, or, xor with Liberty precedence, juxtaposition and postfix not', () => {
    expect(exprString(p('!((A1*A2)+B1)'))).toBe('!((A1*A2)+B1)');
    expect(exprString(p('A&B&!C'))).toBe('((A*B)*!C)');
    expect(exprString(p('A B + C'))).toBe('((A*B)+C)');
    expect(exprString(p("A' | B ^ C"))).toBe('(!A+(B^C))');
    expect(exprVars(p('(D * RESET_B * !Q)'))).toEqual(['D', 'RESET_B', 'Q']);
    expect(typeof parseExpr('A + ')).toBe('string');
    expect(typeof parseExpr('(A')).toBe('string');
  });

  it('truth tables index inputs by bit position', () => {
    expect([...truthTable(p('!(A*B)'), ['A', 'B'])]).toEqual([1, 1, 1, 0]);
    expect([...truthTable(p('(A^B)'), ['A', 'B'])]).toEqual([0, 1, 1, 0]);
    // a21oi: !((A1*A2)+B1); index = A1 | A2<<1 | B1<<2.
    expect([...truthTable(p('!((A1*A2)+B1)'), ['A1', 'A2', 'B1'])]).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
    expect([...truthTable(p('1'), [])]).toEqual([1]);
  });

  it('signal probabilities follow OpenSTA 2.0.17 (independent inputs)', () => {
    const half = () => 0.5;
    expect(probability(p('(D*RESET_B)*Q'), half)).toBeCloseTo(0.125);
    expect(probability(p('!(A1*A2)'), half)).toBeCloseTo(0.75);
    expect(probability(p('A^B'), (n) => (n === 'A' ? 0.2 : 0.5))).toBeCloseTo(0.5);
  });

  it('inferred sensitization: NAND input, a21oi OR input, none for an AND inside an OR', () => {
    expect(exprString(inferredWhen(p('!(A*B)'), 'A')!)).toBe('B');
    expect(exprString(inferredWhen(p('!((A1*A2)+B1)'), 'B1')!)).toBe('!(A1*A2)');
    expect(inferredWhen(p('!((A1*A2)+B1)'), 'A1')).toBeUndefined();
    expect(exprString(inferredWhen(p('!A'), 'A')!)).toBe('1');
  });
});
