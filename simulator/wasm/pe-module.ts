// WebAssembly kernels for the stepped engines' toggle counting (built by builder.ts). A PE's
// registers depend only on its own operand streams (and, in a WS column, on the partial sums
// of the PE above), so each PE's whole window is one loop here, with native popcount instead
// of table lookups. The engines run a tile this way when toggles are counted and no trace is
// asked for; they lay the tile's operand streams out in this module's memory first:
//  - a stream is one row (or column) of operands as i32, zero padded: entry k at
//    base + (row * LS + pad + k) * 4, with `pad` zeros before entry 0 and zeros after the data;
//  - a key stream holds, alongside, the operand's part of the multiplier-table key (the
//    engines' packed two-word tables: the words of key j at table + j * 4, read as one i64).
// Counts are sums, so they do not depend on the order PEs are visited in; the engines call
// these only for tiles whose values stay in range (an overflow returns 1 and the engine steps
// that tile cycle by cycle, which orders overflow records by cycle).
import { FuncBuilder, I32, I64, buildModule } from './builder.js';

export const PE_MAX_PAGES = 65536;

/** Parameters of `stationary` in order (all i32 except the i64 ones). */
export const STATIONARY_PARAMS = [
  'R',
  'C',
  'K',
  'lanes',
  'nSteps',
  'tEnd',
  'skew',
  'LS',
  'pad',
  'wv',
  'wk',
  'nv',
  'nk',
  'pt',
  'prodMask',
  'cs',
  'csMask',
  'mask64',
  'lo',
  'hi',
  'accOut',
  'sOut',
  'cOut',
  'res',
] as const;
const I64_PARAMS = new Set(['mask64', 'lo', 'hi']);

/**
 * Stationary accumulators (systolic OS, 2D-Matrix, cube): PE (r, c) multiplies west row r with
 * north column c, `lanes` products per step (cube depth; 1 otherwise) summed and accumulated,
 * the previous pair of a multiplier being `lanes` entries back. It visits steps 0 .. min(nSteps,
 * tEnd - skew * (r + c)) (skew 1: the systolic skew; the step after the data returns the
 * operands to zero). res: i64 partial-product, product and accumulator toggles.
 */
function stationary(): FuncBuilder {
  const f = new FuncBuilder(
    'stationary',
    STATIONARY_PARAMS.map((n) => [n, I64_PARAMS.has(n) ? I64 : I32] as [string, typeof I32]),
    [I32],
  );
  for (const n of ['r', 'c', 'vis', 'st', 'e', 'kb', 'wrow', 'wkrow', 'ncol', 'nkcol', 'prod', 'sw', 'cw', 'ns', 'nc', 'x', 'back'])
    f.local(n, I32);
  for (const n of ['o', 'q', 'v', 'ppT', 'prT', 'accT']) f.local(n, I64);
  const ld = (ptr: string, plus?: string) => {
    f.get(ptr).get('kb').op('i32.add');
    if (plus) f.get(plus).op('i32.sub');
    f.mem('i32.load');
  };
  f.get('lanes').i32(2).op('i32.shl').set('back');
  f.i32(0).set('r');
  f.open('loop'); // rows
  f.i32(0).set('c');
  f.open('loop'); // columns
  // vis = min(nSteps, tEnd - skew * (r + c)) + 1
  f.get('tEnd').get('skew').get('r').get('c').op('i32.add').op('i32.mul').op('i32.sub').set('vis');
  f.get('nSteps').get('vis').get('vis').get('nSteps').op('i32.gt_s').op('select').i32(1).op('i32.add').set('vis');
  f.get('r').get('LS').op('i32.mul').get('pad').op('i32.add').i32(2).op('i32.shl').tee('x');
  f.get('wv').op('i32.add').set('wrow');
  f.get('x').get('wk').op('i32.add').set('wkrow');
  f.get('c').get('LS').op('i32.mul').get('pad').op('i32.add').i32(2).op('i32.shl').tee('x');
  f.get('nv').op('i32.add').set('ncol');
  f.get('x').get('nk').op('i32.add').set('nkcol');
  f.i64(0n).set('o');
  f.i32(0).set('sw');
  f.i32(0).set('cw');
  f.i32(0).set('st');
  f.i32(0).set('kb');
  f.open('loop'); // steps
  f.i64(0n).set('q');
  f.i32(0).set('e');
  f.open('loop'); // lanes
  ld('wrow');
  ld('ncol');
  f.op('i32.mul').set('prod');
  // Partial products: table words of this pair against the lane's previous pair.
  f.get('ppT');
  f.get('pt');
  ld('wkrow');
  ld('nkcol');
  f.op('i32.add').i32(2).op('i32.shl').op('i32.add').mem('i64.load');
  f.get('pt');
  ld('wkrow', 'back');
  ld('nkcol', 'back');
  f.op('i32.add').i32(2).op('i32.shl').op('i32.add').mem('i64.load');
  f.op('i64.xor').op('i64.popcnt').op('i64.add').set('ppT');
  // Product word.
  f.get('prT').get('prod');
  ld('wrow', 'back');
  ld('ncol', 'back');
  f.op('i32.mul').op('i32.xor').get('prodMask').op('i32.and').op('i32.popcnt').op('i64.extend_i32_u').op('i64.add').set('prT');
  f.get('q').get('prod').op('i64.extend_i32_s').op('i64.add').set('q');
  f.get('kb').i32(4).op('i32.add').set('kb');
  f.get('e').i32(1).op('i32.add').tee('e').get('lanes').op('i32.lt_s').brIf(0);
  f.end();
  // Accumulate the step (a real step with a nonzero sum).
  f.get('st').get('nSteps').op('i32.lt_s').get('q').op('i64.eqz').op('i32.eqz').op('i32.and').open('if');
  f.get('o')
    .get('q')
    .op('i64.add')
    .tee('v')
    .get('lo')
    .op('i64.lt_s')
    .get('v')
    .get('hi')
    .op('i64.gt_s')
    .op('i32.or')
    .open('if')
    .i32(1)
    .op('return')
    .end();
  f.get('cs').open('if');
  f.get('q').op('i32.wrap_i64').set('x');
  f.get('sw').get('cw').op('i32.xor').get('x').op('i32.xor').get('csMask').op('i32.and').set('ns');
  f.get('sw')
    .get('cw')
    .op('i32.and')
    .get('sw')
    .get('x')
    .op('i32.and')
    .op('i32.or')
    .get('cw')
    .get('x')
    .op('i32.and')
    .op('i32.or')
    .i32(1)
    .op('i32.shl')
    .get('csMask')
    .op('i32.and')
    .set('nc');
  f.get('accT')
    .get('sw')
    .get('ns')
    .op('i32.xor')
    .op('i32.popcnt')
    .get('cw')
    .get('nc')
    .op('i32.xor')
    .op('i32.popcnt')
    .op('i32.add')
    .op('i64.extend_i32_u')
    .op('i64.add')
    .set('accT');
  f.get('ns').set('sw');
  f.get('nc').set('cw');
  f.else();
  f.get('accT').get('o').get('v').op('i64.xor').get('mask64').op('i64.and').op('i64.popcnt').op('i64.add').set('accT');
  f.end();
  f.get('v').set('o');
  f.end();
  f.get('st').i32(1).op('i32.add').tee('st').get('vis').op('i32.lt_s').brIf(0);
  f.end();
  // Store the PE's accumulator (exact in f64: inside the range) and carry-save words.
  f.get('r').get('C').op('i32.mul').get('c').op('i32.add').tee('x');
  f.i32(3).op('i32.shl').get('accOut').op('i32.add').get('o').op('f64.convert_i64_s').mem('f64.store');
  f.get('x').i32(2).op('i32.shl').tee('x').get('sOut').op('i32.add').get('sw').mem('i32.store');
  f.get('x').get('cOut').op('i32.add').get('cw').mem('i32.store');
  f.get('c').i32(1).op('i32.add').tee('c').get('C').op('i32.lt_s').brIf(0);
  f.end();
  f.get('r').i32(1).op('i32.add').tee('r').get('R').op('i32.lt_s').brIf(0);
  f.end();
  f.get('res').get('ppT').mem('i64.store');
  f.get('res').get('prT').mem('i64.store', 8);
  f.get('res').get('accT').mem('i64.store', 16);
  f.i32(0);
  return f;
}

/** Parameters of `wsTile` in order. */
export const WS_PARAMS = [
  'R',
  'C',
  'M',
  'tEnd',
  'LS',
  'pad',
  'av',
  'ak',
  'wv',
  'wk',
  'pt',
  'prodMask',
  'cs',
  'csMask',
  'mask64',
  'lo',
  'hi',
  'ps',
  'sArr',
  'cArr',
  'out',
  'res',
] as const;

/**
 * Weight-stationary systolic tile (R k-rows x C columns, M rows of A streamed): for each column,
 * rows top to bottom; PE (r, c) multiplies A column r (a stream over m) by its weight and adds
 * the partial sum the PE above made for the same m (ps/sArr/cArr hold the row above's values
 * per m and are overwritten with this row's). It visits m entries 0 .. min(M, tEnd - R - r - c)
 * (the entry M returns the operand to zero). out[c * M + m]: the column's result per m (f64).
 * Returns 1 when a partial sum leaves [lo, hi], 2 when a carry-save pair does not resolve to
 * the partial sum (a simulator bug).
 */
function wsTile(): FuncBuilder {
  const f = new FuncBuilder(
    'wsTile',
    WS_PARAMS.map((n) => [n, I64_PARAMS.has(n) ? I64 : I32] as [string, typeof I32]),
    [I32],
  );
  for (const n of ['r', 'c', 'vis', 'm', 'mb', 'arow', 'akrow', 'w', 'wkey', 'prod', 'sOwn', 'cOwn', 'sa', 'ca', 'ns', 'nc', 'x', 'key0'])
    f.local(n, I32);
  for (const n of ['v', 'pOwn', 'ppT', 'prT', 'accT']) f.local(n, I64);
  const la = (base: string, back = false) => {
    f.get(base).get('mb').op('i32.add');
    if (back) f.i32(4).op('i32.sub');
    f.mem('i32.load');
  };
  f.i32(0).set('c');
  f.open('loop'); // columns
  f.i32(0).set('r');
  f.open('loop'); // rows
  f.get('tEnd').get('R').op('i32.sub').get('r').op('i32.sub').get('c').op('i32.sub').set('vis');
  f.get('M').get('vis').get('vis').get('M').op('i32.gt_s').op('select').i32(1).op('i32.add').set('vis');
  f.get('r').get('LS').op('i32.mul').get('pad').op('i32.add').i32(2).op('i32.shl').tee('x');
  f.get('av').op('i32.add').set('arow');
  f.get('x').get('ak').op('i32.add').set('akrow');
  f.get('r').get('C').op('i32.mul').get('c').op('i32.add').i32(2).op('i32.shl').tee('x');
  f.get('wv').op('i32.add').mem('i32.load').set('w');
  f.get('x').get('wk').op('i32.add').mem('i32.load').set('wkey');
  f.i64(0n).set('pOwn');
  f.i32(0).set('sOwn');
  f.i32(0).set('cOwn');
  f.i32(0).set('m');
  f.i32(0).set('mb');
  f.open('block');
  f.open('loop'); // m (the multiplier's entries and the adds, in m order)
  f.get('m').get('vis').op('i32.ge_s').brIf(1);
  la('arow');
  f.get('w').op('i32.mul').set('prod');
  f.get('ppT');
  f.get('pt');
  la('akrow');
  f.get('wkey').op('i32.add').i32(2).op('i32.shl').op('i32.add').mem('i64.load');
  f.get('pt');
  la('akrow', true);
  f.get('wkey').op('i32.add').i32(2).op('i32.shl').op('i32.add').mem('i64.load');
  f.op('i64.xor').op('i64.popcnt').op('i64.add').set('ppT');
  f.get('prT').get('prod');
  la('arow', true);
  f.get('w').op('i32.mul').op('i32.xor').get('prodMask').op('i32.and').op('i32.popcnt').op('i64.extend_i32_u').op('i64.add').set('prT');
  f.get('m').get('M').op('i32.lt_s').open('if');
  // v = above + q (above: the row above's value for this m, 0 on row 0)
  f.get('prod').op('i64.extend_i32_s');
  f.get('r').open('if', I64);
  f.get('ps').get('mb').i32(1).op('i32.shl').op('i32.add').mem('i64.load');
  f.else().i64(0n).end();
  f.op('i64.add').tee('v').get('lo').op('i64.lt_s').get('v').get('hi').op('i64.gt_s').op('i32.or').open('if').i32(1).op('return').end();
  f.get('cs').open('if');
  f.get('r').open('if');
  f.get('sArr').get('mb').op('i32.add').mem('i32.load').set('sa');
  f.get('cArr').get('mb').op('i32.add').mem('i32.load').set('ca');
  f.else().i32(0).set('sa').i32(0).set('ca').end();
  f.get('prod').set('x');
  f.get('sa').get('ca').op('i32.xor').get('x').op('i32.xor').get('csMask').op('i32.and').set('ns');
  f.get('sa')
    .get('ca')
    .op('i32.and')
    .get('sa')
    .get('x')
    .op('i32.and')
    .op('i32.or')
    .get('ca')
    .get('x')
    .op('i32.and')
    .op('i32.or')
    .i32(1)
    .op('i32.shl')
    .get('csMask')
    .op('i32.and')
    .set('nc');
  f.get('accT')
    .get('sOwn')
    .get('ns')
    .op('i32.xor')
    .get('csMask')
    .op('i32.and')
    .op('i32.popcnt')
    .get('cOwn')
    .get('nc')
    .op('i32.xor')
    .get('csMask')
    .op('i32.and')
    .op('i32.popcnt')
    .op('i32.add')
    .op('i64.extend_i32_u')
    .op('i64.add')
    .set('accT');
  f.get('ns').set('sOwn');
  f.get('nc').set('cOwn');
  f.get('sArr').get('mb').op('i32.add').get('ns').mem('i32.store');
  f.get('cArr').get('mb').op('i32.add').get('nc').mem('i32.store');
  f.else();
  f.get('accT').get('pOwn').get('v').op('i64.xor').get('mask64').op('i64.and').op('i64.popcnt').op('i64.add').set('accT');
  f.end();
  f.get('v').set('pOwn');
  f.get('ps').get('mb').i32(1).op('i32.shl').op('i32.add').get('v').mem('i64.store');
  // The bottom row: the column's result (and the carry-save self-check).
  f.get('r').get('R').i32(1).op('i32.sub').op('i32.eq').open('if');
  f.get('out')
    .get('c')
    .get('M')
    .op('i32.mul')
    .get('m')
    .op('i32.add')
    .i32(3)
    .op('i32.shl')
    .op('i32.add')
    .get('v')
    .op('f64.convert_i64_s')
    .mem('f64.store');
  f.get('cs').open('if');
  f.get('ns')
    .get('nc')
    .op('i32.add')
    .get('v')
    .op('i32.wrap_i64')
    .op('i32.xor')
    .get('csMask')
    .op('i32.and')
    .open('if')
    .i32(2)
    .op('return')
    .end();
  f.end();
  f.end();
  f.end(); // m < M
  f.get('mb').i32(4).op('i32.add').set('mb');
  f.get('m').i32(1).op('i32.add').set('m');
  f.br(0);
  f.end();
  f.end();
  f.get('r').i32(1).op('i32.add').tee('r').get('R').op('i32.lt_s').brIf(0);
  f.end();
  f.get('c').i32(1).op('i32.add').tee('c').get('C').op('i32.lt_s').brIf(0);
  f.end();
  f.get('res').get('ppT').mem('i64.store');
  f.get('res').get('prT').mem('i64.store', 8);
  f.get('res').get('accT').mem('i64.store', 16);
  f.i32(0);
  return f;
}

/** Parameters of `pairsConst` in order. */
export const PAIRS_PARAMS = ['R', 'C', 'vis', 'LS', 'pad', 'av', 'ak', 'wv', 'wk', 'pt', 'prodMask', 'res'] as const;

/**
 * Multipliers with a fixed weight (adder tree after its weight load): PE (r, c) multiplies
 * entries 0 .. vis - 1 of A stream r by its weight. res: i64 partial-product and product toggles.
 */
function pairsConst(): FuncBuilder {
  const f = new FuncBuilder(
    'pairsConst',
    PAIRS_PARAMS.map((n) => [n, I32] as [string, typeof I32]),
  );
  for (const n of ['r', 'c', 'm', 'ap', 'akp', 'w', 'wkey', 'x', 'prod', 'pprod', 'key', 'pkey']) f.local(n, I32);
  for (const n of ['ppT', 'prT']) f.local(n, I64);
  f.i32(0).set('r');
  f.open('loop'); // rows
  f.i32(0).set('c');
  f.open('loop'); // columns
  f.get('r').get('C').op('i32.mul').get('c').op('i32.add').i32(2).op('i32.shl').tee('x');
  f.get('wv').op('i32.add').mem('i32.load').set('w');
  f.get('x').get('wk').op('i32.add').mem('i32.load').set('wkey');
  // ap / akp: entry m of the row's streams, starting at m = 0 (the entry before is the reset state).
  f.get('r').get('LS').op('i32.mul').get('pad').op('i32.add').i32(2).op('i32.shl').tee('x');
  f.get('av').op('i32.add').set('ap');
  f.get('x').get('ak').op('i32.add').set('akp');
  f.get('akp').i32(4).op('i32.sub').mem('i32.load').get('wkey').op('i32.add').set('pkey');
  f.get('ap').i32(4).op('i32.sub').mem('i32.load').get('w').op('i32.mul').set('pprod');
  f.i32(0).set('m');
  f.open('loop'); // entries
  f.get('akp').mem('i32.load').get('wkey').op('i32.add').set('key');
  f.get('ppT').get('pt').get('key').i32(2).op('i32.shl').op('i32.add').mem('i64.load');
  f.get('pt').get('pkey').i32(2).op('i32.shl').op('i32.add').mem('i64.load');
  f.op('i64.xor').op('i64.popcnt').op('i64.add').set('ppT');
  f.get('ap').mem('i32.load').get('w').op('i32.mul').set('prod');
  f.get('prT')
    .get('prod')
    .get('pprod')
    .op('i32.xor')
    .get('prodMask')
    .op('i32.and')
    .op('i32.popcnt')
    .op('i64.extend_i32_u')
    .op('i64.add')
    .set('prT');
  f.get('key').set('pkey');
  f.get('prod').set('pprod');
  f.get('ap').i32(4).op('i32.add').set('ap');
  f.get('akp').i32(4).op('i32.add').set('akp');
  f.get('m').i32(1).op('i32.add').tee('m').get('vis').op('i32.lt_s').brIf(0);
  f.end();
  f.get('c').i32(1).op('i32.add').tee('c').get('C').op('i32.lt_s').brIf(0);
  f.end();
  f.get('r').i32(1).op('i32.add').tee('r').get('R').op('i32.lt_s').brIf(0);
  f.end();
  f.get('res').get('ppT').mem('i64.store');
  f.get('res').get('prT').mem('i64.store', 8);
  return f;
}

export function peModuleBytes(): Uint8Array<ArrayBuffer> {
  return buildModule([stationary(), wsTile(), pairsConst()], { min: 1, max: PE_MAX_PAGES, shared: false });
}
