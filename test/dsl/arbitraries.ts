// fast-check generators of valid designs: presetDesign with random architecture, variant,
// sizes, types, encodings, pipeline, clock, technology, name and doc. Seeds are fixed and
// printed so a failure can be replayed (FC_SEED=... overrides).
import fc from 'fast-check';
import {
  ARCHITECTURES,
  presetDesign,
  VARIANTS,
  type Design,
  type DigitEncoding,
  type IntType,
  type PipelineStage,
} from '../../ir/index.js';

export const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261126;
export const RUNS = 150;

/** fc.assert with the suite's seed, printed once per property. FC_RUNS overrides every bound. */
export function check<T>(name: string, prop: fc.IProperty<T> | fc.IAsyncProperty<T>, runs = RUNS): void | Promise<void> {
  const numRuns = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : runs;
  console.log(`[fast-check] ${name}: seed=${SEED} numRuns=${numRuns}`);
  return fc.assert(prop as fc.IProperty<T>, { seed: SEED, numRuns });
}

const intType = (signed: fc.Arbitrary<boolean>) => fc.record({ signed, bits: fc.integer({ min: 2, max: 16 }) }) as fc.Arbitrary<IntType>;
const docLine = fc.stringMatching(/^[A-Za-z0-9 ,.;:()*/'`+=<>-]{0,40}$/).map((s) => s.trimEnd());

export const designArb: fc.Arbitrary<Design> = fc
  .record({
    arch: fc.constantFrom(...ARCHITECTURES),
    variantPick: fc.nat(),
    rows: fc.integer({ min: 1, max: 32 }),
    cols: fc.integer({ min: 1, max: 32 }),
    depth: fc.integer({ min: 2, max: 8 }),
    A: intType(fc.boolean()),
    B: intType(fc.boolean()),
    accBits: fc.integer({ min: 16, max: 64 }),
    encoding: fc.constantFrom<DigitEncoding | undefined>(undefined, 'binary', 'booth4', 'ent'),
    pipeline: fc.subarray<PipelineStage>(['operands', 'partial-products', 'tree']),
    clockNs: fc.oneof(fc.constantFrom(0.5, 1, 2, 2.5, 10), fc.double({ min: 0.05, max: 50, noNaN: true })),
    technology: fc.constantFrom('generic', 'ihp-sg13g2', 'tech/my table.json', 'x-y_z'),
    groupSize: fc.integer({ min: 1, max: 8 }),
    name: fc.oneof(fc.stringMatching(/^[a-z_][a-z0-9_]{0,12}$/), fc.string({ minLength: 1, maxLength: 12 })),
    doc: fc.option(
      fc.array(docLine, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n')),
      { nil: undefined },
    ),
  })
  .map((r) => {
    const variants = VARIANTS[r.arch];
    const variant = variants[r.variantPick % variants.length];
    const acc = { signed: r.A.signed || r.B.signed, bits: r.accBits };
    const d = presetDesign(r.arch, variant, {
      rows: r.rows,
      cols: r.cols,
      depth: r.depth,
      A: r.A,
      B: r.B,
      acc,
      encoding: r.encoding,
      pipeline: r.pipeline,
      clockNs: r.clockNs,
      technology: r.technology,
      groupSize: r.groupSize,
      name: r.name,
    });
    return r.doc !== undefined ? { ...d, doc: r.doc } : d;
  });

/** Baselines only, for chains of transformations. */
export const baselineArb: fc.Arbitrary<Design> = designArb.map((d) =>
  presetDesign(d.architecture, 'baseline', {
    rows: d.loops.find((l) => l.var === 'm')?.size ?? 4,
    cols: d.loops.find((l) => l.var === 'n')?.size ?? 4,
    A: d.types.A,
    B: d.types.B,
    acc: d.types.acc,
    pipeline: [...d.pipeline],
    clockNs: d.clockNs,
  }),
);
