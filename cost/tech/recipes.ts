// Components of the cost model as compositions of standard cells. The derivation (derive.ts)
// prices each recipe from a liberty: area and leakage add over `cells`; the delay is the sum
// over `path` (the component's slowest input-to-output arc); energy per output toggle adds the
// internal energy of every cell plus the switching energy of one operating-point load per cell
// (all cells of a component are assumed to toggle once when its output does).
// Cells are named by function; `LIB_CELL` maps them to a library's cell names (IHP SG13G2 by
// default, overridable for other libraries by the --map option of `tpe tech derive`).

export const COMPONENTS = [
  'inv',
  'nand2',
  'nor2',
  'and2',
  'or2',
  'xor2',
  'mux2',
  'ao21',
  'fa',
  'ha',
  'dff',
  'booth_enc',
  'booth_sel',
  'ent_enc',
  'sparse_enc',
  'cpa_bit',
  'cpa_level',
  'ripple_bit',
  'prefix_merge',
] as const;
export type ComponentId = (typeof COMPONENTS)[number];

export type FunctionCell =
  'inv' | 'nand2' | 'nor2' | 'and2' | 'or2' | 'xor2' | 'xnor2' | 'mux2' | 'a21o' | 'a21oi' | 'a22oi' | 'o21ai' | 'dff';

export const IHP_CELL: Record<FunctionCell, string> = {
  inv: 'sg13g2_inv_1',
  nand2: 'sg13g2_nand2_1',
  nor2: 'sg13g2_nor2_1',
  and2: 'sg13g2_and2_1',
  or2: 'sg13g2_or2_1',
  xor2: 'sg13g2_xor2_1',
  xnor2: 'sg13g2_xnor2_1',
  mux2: 'sg13g2_mux2_1',
  a21o: 'sg13g2_a21o_1',
  a21oi: 'sg13g2_a21oi_1',
  a22oi: 'sg13g2_a22oi_1',
  o21ai: 'sg13g2_o21ai_1',
  dff: 'sg13g2_dfrbpq_1',
};

export interface Recipe {
  readonly what: string;
  readonly cells: Partial<Record<FunctionCell, number>>;
  readonly path: readonly FunctionCell[];
}

export const RECIPES: Record<ComponentId, Recipe> = {
  inv: { what: 'inverter', cells: { inv: 1 }, path: ['inv'] },
  nand2: { what: '2-input NAND (the NAND2-equivalent unit)', cells: { nand2: 1 }, path: ['nand2'] },
  nor2: { what: '2-input NOR', cells: { nor2: 1 }, path: ['nor2'] },
  and2: { what: '2-input AND', cells: { and2: 1 }, path: ['and2'] },
  or2: { what: '2-input OR', cells: { or2: 1 }, path: ['or2'] },
  xor2: { what: '2-input XOR', cells: { xor2: 1 }, path: ['xor2'] },
  mux2: { what: '2:1 multiplexer bit', cells: { mux2: 1 }, path: ['mux2'] },
  ao21: { what: 'AND-OR (a prefix-adder carry merge)', cells: { a21o: 1 }, path: ['a21o'] },
  fa: {
    what: 'full adder = 3:2 counter bit: two XORs for the sum, a NAND-NAND majority for the carry',
    cells: { xor2: 2, nand2: 3 },
    path: ['xor2', 'xor2'],
  },
  ha: { what: 'half adder: XOR sum, AND carry', cells: { xor2: 1, and2: 1 }, path: ['xor2'] },
  dff: { what: 'D flip-flop with reset (one register bit)', cells: { dff: 1 }, path: [] },
  booth_enc: {
    what: 'radix-4 Booth digit encoder (one digit: neg, one, two from a 3-bit window)',
    cells: { xor2: 2, a21oi: 1, inv: 1 },
    path: ['xor2', 'a21oi'],
  },
  booth_sel: {
    what: 'Booth partial-product bit: select B[i] or B[i-1] by one/two, then conditional invert',
    cells: { a22oi: 1, xnor2: 1 },
    path: ['a22oi', 'xnor2'],
  },
  ent_enc: {
    what: 'EN-T digit encoder (one radix-4 digit: magnitude bits, carry ripple, digit and zero flag)',
    cells: { xor2: 3, and2: 2, a21oi: 1, nor2: 1 },
    path: ['xor2', 'a21oi', 'xor2'],
  },
  sparse_enc: {
    what: 'zero-skip issue logic per digit lane (nonzero flag, priority pick, one-hot mask update)',
    cells: { nor2: 2, and2: 2, a21oi: 1, mux2: 1 },
    path: ['nor2', 'a21oi', 'mux2'],
  },
  cpa_bit: {
    what: 'carry-propagate adder, per bit: propagate/generate, about one prefix merge, sum XOR',
    cells: { xor2: 2, and2: 1, a21o: 1 },
    path: ['xor2', 'xor2'],
  },
  cpa_level: { what: 'one level of the carry-prefix network (delay only; area is in cpa_bit)', cells: {}, path: ['a21o'] },
  // For the estimate at a clock (cost/at-clock.ts): the carry network of another adder architecture.
  ripple_bit: {
    what: 'one bit of a ripple carry chain: an inverting carry merge (synthesis alternates AOI21 / OAI21)',
    cells: { a21oi: 1 },
    path: ['a21oi'],
  },
  prefix_merge: {
    what: 'one node of a parallel-prefix carry network: generate merge (AND-OR) and propagate merge (AND)',
    cells: { a21o: 1, and2: 1 },
    path: ['a21o'],
  },
};
