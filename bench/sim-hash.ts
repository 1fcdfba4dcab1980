// `npx tsx bench/sim-hash.ts [--write] [--only ARCH]`: a hash of the whole simulate() result
// (C, cycles, tiles, utilization, busy, toggles, overflows, diagnostics, and the trace on a
// subset) over a fixed sweep of configurations per engine. Engine speed-ups must leave every
// hash unchanged: the hashes of the engines as they were are in bench/sim-hash.baseline.json
// (`--write` records the current ones there; without it the run compares and exits 1 on any
// difference).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  ARCHITECTURES,
  PIPELINE_STAGES,
  VARIANTS,
  intRange,
  presetDesign,
  type Architecture,
  type Design,
  type IntMatrix,
  type IntType,
  type PipelineStage,
} from '../ir/index.js';
import { generateMatrix, simulate } from '../simulator/index.js';

const BASELINE = new URL('./sim-hash.baseline.json', import.meta.url);
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

type Fill = 'uniform' | 'normal' | 'extreme' | 'sparse';

function operand(rows: number, cols: number, t: IntType, fill: Fill, seed: number): IntMatrix {
  if (fill === 'uniform') return generateMatrix(rows, cols, t, { kind: 'uniform' }, seed);
  if (fill === 'normal') return generateMatrix(rows, cols, t, { kind: 'normal', mean: 0, std: 3 }, seed);
  const r = intRange(t),
    lo = Number(r.min),
    hi = Number(r.max);
  const data = new Int32Array(rows * cols);
  for (let i = 0; i < data.length; i++) {
    const h = (Math.imul(i + 1, 2654435761) ^ seed) >>> 0;
    data[i] = fill === 'extreme' ? (h % 3 === 0 ? lo : h % 3 === 1 ? hi : 0) : h % 5 === 0 ? lo + (h % (hi - lo + 1)) : 0;
  }
  return { rows, cols, data };
}

/** Deterministic JSON of a result: typed arrays as arrays, bigints as strings. */
function canon(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (ArrayBuffer.isView(v))
      return Array.from(v as unknown as ArrayLike<number | bigint>, (e) => (typeof e === 'bigint' ? e.toString() : e));
    return v;
  });
}

const TYPES: [IntType, IntType][] = [
  [
    { signed: true, bits: 8 },
    { signed: true, bits: 8 },
  ],
  [
    { signed: false, bits: 4 },
    { signed: true, bits: 6 },
  ],
  [
    { signed: false, bits: 8 },
    { signed: false, bits: 8 },
  ],
  [
    { signed: true, bits: 16 },
    { signed: true, bits: 12 },
  ],
];
const SHAPES: [number, number, number][] = [
  [1, 1, 1],
  [3, 5, 7],
  [6, 4, 9],
  [9, 7, 20],
  [17, 13, 33],
];
const ARRAYS: [number, number, number][] = [
  [1, 1, 1],
  [2, 3, 2],
  [4, 4, 3],
];
const PIPES: PipelineStage[][] = [[], ['operands'], [...PIPELINE_STAGES]];

function designs(arch: Architecture): Design[] {
  const out: Design[] = [];
  for (const variant of VARIANTS[arch]) {
    for (const [rows, cols, depth] of ARRAYS) {
      for (const pipeline of PIPES) {
        for (const encoding of ['ent', 'booth4', 'binary'] as const) {
          for (const [A, B] of TYPES) {
            for (const accKind of ['tight', 32, 40] as const) {
              const signed = A.signed || B.signed;
              // A tight accumulator overflows on the larger shapes (exercises overflow and wrap).
              const acc: IntType = { signed, bits: accKind === 'tight' ? A.bits + B.bits : accKind };
              out.push(presetDesign(arch, variant, { rows, cols, depth, groupSize: 1 + (rows % 3), pipeline, encoding, A, B, acc }));
            }
          }
        }
      }
    }
  }
  return out;
}

const current: Record<string, { configs: number; hash: string }> = {};
const t0 = performance.now();
for (const arch of ARCHITECTURES) {
  if (only && arch !== only) continue;
  const h = createHash('sha256');
  let configs = 0,
    errors = 0,
    wrapped = 0;
  for (const d of designs(arch)) {
    for (const [M, N, K] of SHAPES) {
      for (const fill of ['uniform', 'normal', 'extreme', 'sparse'] as Fill[]) {
        const seed = configs % 997;
        const a = operand(M, K, d.types.A, fill, seed),
          b = operand(K, N, d.types.B, fill, seed + 1);
        for (const wrap of [false, true]) {
          for (const activity of [true, false]) {
            // The trace on a subset (one line per cycle: expensive to hash everywhere).
            const lines: string[] = [];
            const traced = configs % 17 === 0;
            const r = simulate(d, a, b, { wrap, activity, ...(traced ? { trace: (l: string) => lines.push(l) } : {}) });
            h.update(canon({ v: r.value, d: r.diagnostics.map((x) => [x.code, x.severity, x.message, x.hint ?? '']) }));
            if (traced) h.update(lines.join('\n'));
            if (!r.value) errors++;
            else if (r.value.overflowCount > 0) wrapped++;
            configs++;
          }
        }
      }
    }
  }
  current[arch] = { configs, hash: h.digest('hex') };
  console.log(
    `${arch.padEnd(12)} ${String(configs).padStart(6)} configurations (${errors} end in a diagnostic, ${wrapped} wrap an overflow)  ${current[arch].hash}`,
  );
}
console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);

if (args.includes('--write')) {
  writeFileSync(BASELINE, JSON.stringify(current, null, 2) + '\n');
  console.log(`wrote ${BASELINE.pathname}`);
} else {
  const base = JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, { configs: number; hash: string }>;
  let bad = 0;
  for (const [arch, v] of Object.entries(current)) {
    const b = base[arch];
    const same = b !== undefined && b.hash === v.hash && b.configs === v.configs;
    if (!same) bad++;
    console.log(`${arch.padEnd(12)} ${same ? 'identical to the baseline' : `DIFFERS from the baseline (${b?.hash ?? 'none'})`}`);
  }
  if (bad > 0) process.exit(1);
}
