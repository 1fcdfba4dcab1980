// Programmatic construction of canonical designs: the baseline of every architecture and its
// optimized variants, as the examples state them (the nests come from ir/architectures.ts).
// Used by tests and random-design generators; the DSL is the user-facing way to write the same IR.
import { ARCHITECTURE_DEFS, ARCHITECTURES, intType, type Architecture, type Variant } from './architectures.js';
import { syntheticSpan } from './diagnostic.js';
import { digitCount } from './derive.js';
import type { Design, DigitEncoding, IntType, PipelineStage } from './types.js';

export type { Variant };

export interface PresetOptions {
  name?: string;
  rows?: number;
  cols?: number;
  /** Spatial k extent (cube depth, adder-tree height is `rows`), or the OPT4E group. */
  depth?: number;
  A?: IntType;
  B?: IntType;
  acc?: IntType;
  encoding?: DigitEncoding;
  pipeline?: PipelineStage[];
  clockNs?: number;
  technology?: string;
  groupSize?: number;
  /** OPT1 with a shared resolve stage: its CPA lanes (default: one per row). */
  lanes?: number;
  /** The declared K bound (`workload K <= n`). */
  workload?: number;
}

/** Which variants each architecture supports (DESIGN.md: OPT1/2 on classic, OPT3/4 on bit-slice). */
export const VARIANTS = Object.fromEntries(ARCHITECTURES.map((a) => [a, [...ARCHITECTURE_DEFS[a].variants]])) as Record<
  Architecture,
  Variant[]
>;

export function presetDesign(arch: Architecture, variant: Variant = 'baseline', o: PresetOptions = {}): Design {
  const def = ARCHITECTURE_DEFS[arch];
  if (!(def.variants as readonly Variant[]).includes(variant)) throw new Error(`variant ${variant} does not apply to ${arch}`);
  const A = o.A ?? intType(8);
  const B = o.B ?? intType(8);
  const acc = o.acc ?? intType(32, A.signed || B.signed);
  const scheme = o.encoding ?? def.preset.encoding(variant);
  const nest = def.nest(variant, {
    rows: o.rows ?? def.preset.rows,
    cols: o.cols ?? def.preset.cols,
    depth: o.depth ?? def.preset.depth,
    scheme,
    digits: digitCount(A, scheme),
    groupSize: o.groupSize ?? 4,
    lanes: o.lanes ?? o.rows ?? def.preset.rows,
  });
  return {
    irVersion: 1,
    name: o.name ?? `${arch.replace(/-/g, '_')}_${variant.replace(/-/g, '_')}`,
    architecture: arch,
    types: { A, B, acc },
    encoders: nest.encoders,
    loops: nest.loops,
    flows: nest.flows,
    reduction: nest.reduction,
    ...(nest.sparse ? { sparse: nest.sparse } : {}),
    ...(nest.peGroup !== undefined ? { peGroup: nest.peGroup } : {}),
    pipeline: o.pipeline ?? [],
    clockNs: o.clockNs ?? 2.0,
    technology: o.technology ?? 'generic',
    ...(o.workload !== undefined ? { workload: { k: o.workload, span: syntheticSpan() } } : {}),
    span: syntheticSpan(),
  };
}
