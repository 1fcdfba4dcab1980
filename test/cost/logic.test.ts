// The reading's bit-level netlist (cost/inventory/logic.ts) and the reading of a model by node
// kinds alone (cost/inventory/rtl-reading.ts): a hand-made module that is no architecture's.
import { describe, expect, it } from 'vitest';
import { F, Logic, T, not } from '../../cost/inventory/logic.js';
import { readModel } from '../../cost/inventory/rtl-reading.js';
import { parseExpr } from '../../rtl/model/expr.js';
import { Net, inp, mod, outp } from '../../rtl/model/netlist.js';
import type { RtlModel } from '../../rtl/model/types.js';

const costs = (L: Logic, roots: number[]) => {
  const live = L.live(roots);
  const out: Record<string, number> = {};
  L.cells.forEach((c, i) => {
    if (live.cells[i]) for (const x of c.cost(live.used, c.outs)) out[x.component] = (out[x.component] ?? 0) + x.count;
  });
  return out;
};

describe('bit-level cells', () => {
  it('constants make full adders half adders or wires; identical inputs build one cell', () => {
    const L = new Logic();
    const [a, b, c] = L.inputs(3);
    expect(L.add3(a, b, F)).toEqual(L.add2(a, b));
    expect(L.add3(a, F, F)).toEqual([a, F]);
    expect(L.add3(a, b, T)[1]).toBe(L.or(a, b));
    expect(L.add3(a, a, c)).toEqual([c, a]);
    expect(L.add3(a, not(a), c)).toEqual([not(c), c]);
    const s1 = L.add3(a, b, c);
    expect(L.add3(c, b, a)).toEqual(s1);
    expect(L.cells.filter((x) => x.kind === 'fa').length).toBe(1);
  });

  it('an adder whose carry leaves the word is priced as its sum XORs', () => {
    const L = new Logic();
    const [a, b, c] = L.inputs(3);
    const [s] = L.add3(a, b, c);
    expect(costs(L, [s])).toEqual({ xor2: 2 });
    const [s2, c2] = L.add2(a, b);
    expect(costs(L, [s2, c2])).toEqual({ ha: 1 });
  });

  it('selects fold: constant data inputs are gates, equal ones a wire', () => {
    const L = new Logic();
    const [s, x] = L.inputs(2);
    expect(L.mux(s, x, x)).toBe(x);
    expect(L.mux(T, x, s)).toBe(x);
    const g = L.mux(s, F, x);
    expect(L.cells[L.cells.length - 1].kind).toBe('and');
    expect(L.mux(s, not(x), x)).toBe(L.xor(s, x));
    expect(g).toBe(L.and(not(s), x));
  });

  it('logic no output uses is not counted', () => {
    const L = new Logic();
    const [a, b] = L.inputs(2);
    const used = L.xor(a, b);
    L.and(a, b);
    expect(costs(L, [used])).toEqual({ xor2: 1 });
  });
});

describe('expressions', () => {
  it('parses with Verilog precedence and reads part selects, concatenations and replications', () => {
    expect(parseExpr('a + b << 1')).toEqual({
      k: 'bin',
      op: '<<',
      l: { k: 'bin', op: '+', l: { k: 'id', name: 'a' }, r: { k: 'id', name: 'b' } },
      r: { k: 'lit', width: 32, value: 1n },
    });
    expect(parseExpr("s ? {2{x[3:2]}} : 4'd0").k).toBe('cond');
    expect(parseExpr("a == 2'd1 | b").k).toBe('bin');
    expect(() => parseExpr('a +')).toThrow(/expected/);
  });
});

describe('reading a module by its node kinds', () => {
  // A counter with enable and reset, an adder of two inputs into a register, the same register
  // twice (one flip-flop), and logic whose result is unused.
  const net = new Net(['clk', 'rst', 'en', 'a', 'b', 'y', 'q']);
  net.at({ name: 'counter', role: 'control' });
  net.reg('cnt', 4, "cnt + 4'd1", { en: 'en', init: "4'd0" });
  net.at('sum');
  net.wire('s', 5, "{1'b0, a} + {1'b0, b}");
  net.reg('r1', 5, 's');
  net.reg('r2', 5, 's');
  net.wire('dead', 4, 'a & b');
  net.at(undefined);
  net.assign('y', "r1 ^ r2 ^ {1'b0, cnt}");
  net.assign('q', 'r2');
  const top = mod(
    't',
    'top-test',
    'a test module',
    [inp('clk', 1), inp('rst', 1), inp('en', 1), inp('a', 4), inp('b', 4), outp('y', 5), outp('q', 5)],
    net,
  );
  const model = { design: 't', top: 't', modules: [top], tb: undefined } as unknown as RtlModel;
  const r = readModel(model);
  const c = (block: string, component: string) =>
    r.items.filter((i) => i.block === block && i.component === component).reduce((s, i) => s + i.perUnit * i.units, 0);

  it('prices what each node kind is made of', () => {
    // cnt + 1: bit 0 an inverter (free), bits 1-3 a half-adder chain (the top one's carry unused).
    expect(c('counter', 'ha') + c('counter', 'xor2')).toBe(3);
    expect([c('counter', 'dff'), c('counter enable', 'mux2'), c('counter reset', 'and2')]).toEqual([4, 4, 4]);
    // a + b, 4 bits and a carry out: a half adder and three full adders.
    expect([c('sum', 'ha'), c('sum', 'fa')]).toEqual([1, 3]);
    // r1 and r2 hold the same bits: 5 flip-flops, not 10; r1 ^ r2 is zero.
    expect(c('sum', 'dff')).toBe(5);
    expect(r.items.some((i) => i.block === 'sum' && i.component === 'and2')).toBe(false);
    expect(r.undriven).toEqual([]);
  });
});
