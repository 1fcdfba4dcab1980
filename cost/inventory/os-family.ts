// The timing stages of the output-stationary family (ir/architectures.ts): the accumulating MAC
// PE of rtl/model/pe-mac.ts in the array top of rtl/model/top-os.ts. Their components are read
// from the RTL model (rtl-reading.ts); the paths here follow the model's structure, with the
// depth of its word trees read from it.
import { movementOf, resolveSchedule } from '../../ir/index.js';
import { clog2, selectPath, treePath } from '../blocks.js';
import type { PathElement } from '../types.js';
import { controlFanoutStage, controller, operandLines, type Ctx } from './context.js';

export function osFamily(c: Ctx): void {
  const { des, o, R, Kp } = c;
  const systolic = movementOf(des, 'A') === 'systolic';
  const atEdge = (des.encoders[0]?.placement ?? 'pe') !== 'pe';
  const W = o.wacc;
  const perRow = des.reduction.finalCpa === 'per-row';
  const perPe = des.reduction.finalCpa === 'per-pe-drain';
  controller(c);
  const front = selectPath(o, !atEdge);
  // 3:2 rows of the PE's word trees, read from the RTL model.
  const depth = c.rtl.depthIn(`${c.rtl.model.top}_pe`);
  if (des.reduction.k !== 'carry-save') {
    const TW = Math.min(o.wp, W);
    const back: PathElement[] = [{ kind: 'cpa', width: TW, what: 'product CPA' }];
    // Kp > 1 (cube): a binary tree of CPAs over the sign-extended products; above the operands'
    // width their sum bits are copies of one sign, so level l adds TW + l bits.
    let wTop = TW;
    for (let n = Kp; n > 1; n = Math.ceil(n / 2)) {
      wTop = Math.min(W, wTop + 1);
      back.push({ kind: 'cpa', width: wTop, what: `product adder level ${wTop - TW}` });
    }
    // The sum's sign bit extends into every upper bit of the accumulator adder (propagate and
    // generate) and of the restart select.
    if (W > wTop)
      back.push({ kind: 'fanout', loads: 3 * (W - wTop), what: 'product sign extension into the accumulator adder and restart select' });
    // Above the product's width the adder adds the all-sign word plus the low bits' carry:
    // acc + cin (sign 0) or acc - 1 + cin (sign 1). The carries of those upper bits are prefix
    // ANDs of the accumulator's own bits (ones for an increment, zeros for a decrement), ready
    // from the register early; the late sign and low carry only select among them: one AO21
    // and the sum XOR after the sign's fan-out (the buffered synthesis paths show this).
    back.push(
      ...(W > wTop
        ? [
            {
              kind: 'component' as const,
              component: 'ao21' as const,
              times: 1,
              what: `accumulator adder, upper ${W - wTop} bits (carry select)`,
            },
            { kind: 'component' as const, component: 'xor2' as const, times: 1, what: 'accumulator sum bit' },
          ]
        : [{ kind: 'cpa' as const, width: W, what: 'accumulator adder' }]),
      { kind: 'component', component: 'mux2', times: 1, what: 'enable select' },
    );
    staged(c, front, treePath(depth, 'product tree'), back, 'product CPA + accumulate', undefined, front.length - 1);
    controlFanoutStage(c, (systolic ? 1 : c.pes) * W + (systolic ? 1 : R), 'select');
  } else {
    // The word tree, then the 4:2 into the sum/carry accumulator registers (its last two rows).
    staged(
      c,
      front,
      treePath(depth, 'compressor tree + 4:2 accumulate'),
      [{ kind: 'component', component: 'mux2', times: 1, what: 'enable select' }],
      'compress + accumulate',
      undefined,
      front.length - 1,
    );
    controlFanoutStage(c, (systolic ? 1 : c.pes) * 2 * W + (systolic ? 1 : R), 'select');
    if (perPe) c.stages.push({ name: 'drain CPA', path: [{ kind: 'cpa', width: W, what: 'drain CPA' }] });
    if (resolveSchedule(des)) resolveStage(c);
    if (perRow) {
      const C = c.C;
      c.stages.push({
        name: 'row drain',
        path: [
          { kind: 'fanout', loads: 2 * W * R, what: 'column select to every row mux' },
          // The RTL writes a chain of `sel == c ?` but the compares are exclusive: synthesis
          // builds a one-hot AND-OR (4-input AND-OR cells), not a priority chain.
          C <= 2
            ? { kind: 'component', component: 'mux2', times: 1, what: '2:1 select' }
            : { kind: 'component', component: 'nand2', times: 1 + Math.ceil(clog2(C) / 2), what: `${C}:1 one-hot AND-OR select` },
          { kind: 'cpa', width: W, what: 'row CPA' },
        ],
      });
    }
  }
}

/**
 * The two register-to-register paths of the shared resolve stage outside the array
 * (rtl/model/top-os.ts buildResolve; its components are read from the model): a step token
 * fanned out to the lanes' one-hot selects into the pair registers, and a lane's CPA into its
 * result register.
 */
export function resolveStage(c: Ctx): void {
  const sched = resolveSchedule(c.des)!;
  const W = c.o.wacc;
  const S = sched.steps;
  if (S > 1) {
    c.stages.push({
      name: 'resolve select',
      path: [
        { kind: 'fanout', loads: 2 * W * sched.lanes, what: "step token to the lanes' selects" },
        S <= 2
          ? { kind: 'component', component: 'mux2', times: 1, what: '2:1 select' }
          : { kind: 'component', component: 'nand2', times: 1 + Math.ceil(clog2(S) / 2), what: `${S}:1 one-hot AND-OR select` },
      ],
    });
  }
  c.stages.push({ name: 'resolve CPA', path: [{ kind: 'cpa', width: W, what: 'resolve lane CPA' }] });
}

/** Splits operand-to-accumulator logic at the design's pipeline registers into stages. */
export function staged(
  c: Ctx,
  front: PathElement[],
  tree: PathElement[],
  back: PathElement[],
  backName: string,
  lineLoads?: number,
  bJoin?: number,
): void {
  const p = c.des.pipeline;
  const lines = operandLines(c);
  // With bJoin (the index in `front` where B meets the path: its selectors), A's line leads
  // into the encoder while B's line runs in parallel with it: two paths, each with its own line.
  const split = lineLoads === undefined && bJoin !== undefined;
  const cut = (bl: number, head: PathElement[], suffix: string) => {
    const segs: { name: string; path: PathElement[] }[] = [];
    let cur: PathElement[] = bl > 0 ? [{ kind: 'fanout', loads: bl, what: suffix ? 'B broadcast line' : 'broadcast operand line' }] : [];
    if (p.includes('operands')) {
      segs.push({ name: 'operand entry', path: cur });
      cur = [];
    }
    cur.push(...head);
    if (p.includes('partial-products')) {
      segs.push({ name: 'encode + select', path: cur });
      cur = [];
    }
    cur.push(...tree);
    if (p.includes('tree')) {
      segs.push({ name: 'compressor tree', path: cur });
      cur = [];
    }
    cur.push(...back);
    segs.push({ name: backName, path: cur });
    return segs.map((sg) => ({ name: sg.name + suffix, path: sg.path }));
  };
  for (const s of cut(lineLoads ?? (split ? lines.A : Math.max(lines.A, lines.B)), front, '')) if (s.path.length) c.stages.push(s);
  if (split && lines.B > 0) {
    // Only B's first segment differs from the main path's.
    const [first] = cut(lines.B, front.slice(bJoin), ' (B line)');
    if (first.path.length) c.stages.push(first);
  }
}
