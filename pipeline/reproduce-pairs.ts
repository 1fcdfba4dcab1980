// The comparisons `tpe reproduce` regenerates (issue 11): one line per baseline / OPT pair, with
// the published ratios it is held against. Adding a comparison is one line here. The files are
// examples/ names; `small` names the CI forms (2x2, cube 2x2x2) where the examples hold them,
// otherwise the pair's own files are shrunk to that size (pipeline/reproduce.ts `shrink`).

/** Published effect of the optimizations (RTL at a 28 nm node; docs/DESIGN.md section 2). */
export const PUBLISHED_SOURCE = 'published RTL results (28 nm), docs/DESIGN.md section 2';

export interface ReproducePair {
  /** The architecture as the paper names it. */
  architecture: string;
  /** Example file names (examples/), the baseline and the OPT variant. */
  baseline: string;
  variant: string;
  /** Published ratios variant / baseline: area efficiency and energy efficiency. */
  published: { areaEfficiency: number; energyEfficiency: number };
  /** CI-sized files of the same pair, where examples/ has them. */
  small?: { baseline: string; variant: string };
}

const SYSTOLIC = { areaEfficiency: 1.27, energyEfficiency: 1.04 };
const CUBE = { areaEfficiency: 1.28, energyEfficiency: 1.56 };
const TREE = { areaEfficiency: 1.56, energyEfficiency: 1.49 };
const MATRIX = { areaEfficiency: 1.44, energyEfficiency: 1.2 };
const BITSLICE = { areaEfficiency: 2.85, energyEfficiency: 12.1 };

export const REPRODUCE_PAIRS: readonly ReproducePair[] = [
  // The paper's forms at the published sizes: OPT1 on the output-stationary arrays keeps only the
  // (sum, carry) pair in the PE and resolves outputs in a shared stage of CPA lanes outside the
  // array; the 3D-Cube is the grid of registered MAC PEs chaining partial sums along k.
  { architecture: 'systolic OS, OPT1', baseline: 'sa_os_16x16.tpe', variant: 'sa_os_16x16_opt1_shared.tpe', published: SYSTOLIC },
  { architecture: '3D-Cube, OPT1', baseline: 'cube_mac_8x8x8.tpe', variant: 'cube_mac_8x8x8_opt1_shared.tpe', published: CUBE },
  { architecture: '3D-Cube, OPT2', baseline: 'cube_mac_8x8x8.tpe', variant: 'cube_mac_8x8x8_opt2.tpe', published: CUBE },
  {
    architecture: 'multiplier-adder tree, OPT2',
    baseline: 'adder_tree_k16.tpe',
    variant: 'adder_tree_k16_opt2.tpe',
    published: TREE,
    small: { baseline: 'adder_tree_k4.tpe', variant: 'adder_tree_k4_opt2.tpe' },
  },
  { architecture: '2D-Matrix, OPT1', baseline: 'matrix2d_16x16.tpe', variant: 'matrix2d_16x16_opt1_shared.tpe', published: MATRIX },
  { architecture: 'bit-slice, OPT3', baseline: 'bitslice.tpe', variant: 'bitslice_opt3.tpe', published: BITSLICE },
  { architecture: 'bit-slice, OPT3 + OPT4C', baseline: 'bitslice.tpe', variant: 'bitslice_opt4c.tpe', published: BITSLICE },
  // The published comparison: the bit-slice column against the Laconic-class baseline (16 PEs of
  // 16 term-pair lanes, and 32).
  {
    architecture: 'bit-slice column of 16 vs Laconic-class, OPT3',
    baseline: 'laconic_c16.tpe',
    variant: 'bitslice_c16_opt3.tpe',
    published: BITSLICE,
  },
  {
    architecture: 'bit-slice column of 16 vs Laconic-class, OPT3 + OPT4C',
    baseline: 'laconic_c16.tpe',
    variant: 'bitslice_c16_opt4c.tpe',
    published: BITSLICE,
  },
  {
    architecture: 'bit-slice column of 32 vs Laconic-class, OPT3 + OPT4C',
    baseline: 'laconic_c32.tpe',
    variant: 'bitslice_c32_opt4c.tpe',
    published: BITSLICE,
  },
  // The earlier forms, kept as a design choice a sweep can compare: OPT1 with a drain CPA and
  // result register in every PE (8x8), and the cube of dot-product PEs (4x4x4).
  { architecture: 'systolic OS 8x8, OPT1 with a drain CPA per PE', baseline: 'sa_os.tpe', variant: 'sa_os_opt1.tpe', published: SYSTOLIC },
  { architecture: '3D-Cube of dot-product PEs 4x4x4, OPT1', baseline: 'cube.tpe', variant: 'cube_opt1.tpe', published: CUBE },
  { architecture: '3D-Cube of dot-product PEs 4x4x4, OPT2', baseline: 'cube.tpe', variant: 'cube_opt2.tpe', published: CUBE },
  {
    architecture: '2D-Matrix 8x8, OPT1 with a drain CPA per PE',
    baseline: 'matrix2d.tpe',
    variant: 'matrix2d_opt1.tpe',
    published: MATRIX,
  },
];
