// A bounded, seeded fast-check batch: random valid designs (architecture, variant, array sizes
// 1..4, operand/accumulator types, encoding, pipeline) and random GEMM shapes, each emitted,
// linted by construction of the build, simulated with Verilator and compared with the exact
// reference and the simulator's cycle count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDesign } from '../../dsl/index.js';
import {
  ARCHITECTURES,
  VARIANTS,
  presetDesign,
  type Architecture,
  type IntType,
  type PipelineStage,
  type Variant,
} from '../../ir/index.js';
import { verilatorStatus } from '../../rtl/sim/tools.js';
import { failures, shape, verifyOk } from './helpers.js';

const SEED = Number(process.env.TPE_FC_SEED ?? 20261126);
const RUNS = Number(process.env.TPE_FC_RUNS ?? 6);

const intType = (lo: number, hi: number) => fc.record({ signed: fc.boolean(), bits: fc.integer({ min: lo, max: hi }) });

const designArb = fc.record({
  arch: fc.constantFrom(...ARCHITECTURES),
  vIdx: fc.nat(),
  rows: fc.integer({ min: 1, max: 4 }),
  cols: fc.integer({ min: 1, max: 4 }),
  depth: fc.integer({ min: 1, max: 4 }),
  A: intType(3, 10),
  B: intType(3, 10),
  accExtra: fc.integer({ min: -4, max: 12 }),
  encoding: fc.constantFrom('binary' as const, 'booth4' as const, 'ent' as const),
  pipeline: fc.subarray(['operands', 'partial-products', 'tree'] as PipelineStage[]),
  groupSize: fc.integer({ min: 1, max: 4 }),
  M: fc.integer({ min: 1, max: 9 }),
  N: fc.integer({ min: 1, max: 9 }),
  K: fc.integer({ min: 1, max: 11 }),
});

describe('random valid designs verify with verilator', () => {
  it.skipIf(!verilatorStatus().ok)(
    `fast-check batch (seed ${SEED}, ${RUNS} runs)`,
    async () => {
      // eslint-disable-next-line no-console
      console.log(`rtl property seed ${SEED} (TPE_FC_SEED to replay), runs ${RUNS}`);
      await fc.assert(
        fc.asyncProperty(designArb, async (x) => {
          const arch = x.arch as Architecture;
          const variant = VARIANTS[arch][x.vIdx % VARIANTS[arch].length] as Variant;
          const A: IntType = x.A,
            B: IntType = x.B;
          const acc: IntType = { signed: A.signed || B.signed, bits: Math.max(4, Math.min(64, A.bits + B.bits + x.accExtra)) };
          const encoding = arch === 'bitslice' && variant !== 'baseline' ? 'ent' : x.encoding;
          const d = presetDesign(arch, variant, {
            rows: x.rows,
            cols: x.cols,
            depth: arch === 'bitslice' && variant === 'opt4e' ? Math.max(2, x.depth) : x.depth,
            A,
            B,
            acc,
            encoding,
            pipeline: x.pipeline,
            groupSize: x.groupSize,
          });
          fc.pre(checkDesign(d).every((g) => g.severity !== 'error'));
          const rep = await verifyOk(d, [shape(x.M, x.N, x.K)], 'verilator', 1, x.M + x.N + x.K);
          expect(failures(rep), `${arch}/${variant} ${JSON.stringify(x)}`).toEqual([]);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    },
    600_000,
  );
});
