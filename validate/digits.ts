// `tpe digits`: the digit statistics of a real tensor as the zero-skip engines consume it
// (nonzero EN-T / Booth / binary digits per value, per digit position, per group of k), computed
// in process (workload/ tensorDigitStats) and/or by gpu/tpe_gpu on numpy or PyTorch, which must
// agree field for field.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IntMatrix, IntType, Result } from '../ir/index.js';
import { writeNpy } from '../simulator/index.js';
import { tensorDigitStats, type TensorDigitStats } from '../workload/index.js';
import { vError } from './diagnostics.js';
import type { GpuBackend, GpuRequest } from './protocol.js';
import { runGpuRequest } from './python.js';

export type DigitScheme = TensorDigitStats['scheme'];
export const DIGIT_SCHEMES: readonly DigitScheme[] = ['ent', 'booth4', 'binary'];
export type DigitRef = GpuBackend | 'ts';

export interface DigitRun {
  readonly ref: DigitRef;
  readonly stats: readonly TensorDigitStats[];
  readonly backend?: string;
  readonly seconds: number;
}

export interface DigitComparison {
  readonly runs: readonly DigitRun[];
  /** The first field where a reference differs from the first one. */
  readonly difference?: {
    readonly ref: DigitRef;
    readonly scheme: DigitScheme;
    readonly field: string;
    readonly first: string;
    readonly other: string;
  };
}

const FIELDS = [
  'digits',
  'group',
  'values',
  'groups',
  'valueHist',
  'positionNonzero',
  'meanNonzero',
  'groupPositionHist',
  'groupCyclesHist',
  'meanGroupCycles',
] as const;

/** The statistics of x [rows, K] (k along the columns) by every reference in `refs`. */
export function digitStatsByRefs(
  x: IntMatrix,
  t: IntType,
  schemes: readonly DigitScheme[],
  group: number,
  refs: readonly DigitRef[],
  workDir: string,
): Result<DigitComparison> {
  const runs: DigitRun[] = [];
  for (const ref of refs) {
    const t0 = performance.now();
    if (ref === 'ts') {
      runs.push({ ref, stats: schemes.map((s) => tensorDigitStats(x, t, s, group)), seconds: (performance.now() - t0) / 1000 });
      continue;
    }
    mkdirSync(workDir, { recursive: true });
    const type = `${t.signed ? '' : 'u'}int${t.bits}`;
    writeFileSync(
      join(workDir, 'x.npy'),
      writeNpy(x, t.bits <= 8 ? (t.signed ? 'int8' : 'uint8') : t.bits < 16 || t.signed ? 'int16' : 'int32'),
    );
    const requests: GpuRequest[] = schemes.map((scheme) => ({
      version: 1,
      kind: 'digits',
      scheme,
      group,
      shape: { rows: x.rows, cols: x.cols },
      x: { type, file: 'x.npy' },
    }));
    const r = runGpuRequest({ version: 1, kind: 'batch', requests }, { backend: ref, dir: workDir });
    if (!r.value) return { diagnostics: r.diagnostics };
    const results = r.value.results ?? [];
    const bad = results.find((x) => !x.ok || !x.stats);
    if (bad || results.length !== schemes.length) {
      const e = bad?.error;
      return {
        diagnostics: [
          vError(
            e?.code === 'G0002' ? 'V0203' : 'V0104',
            `reference (${ref}): ${e ? `${e.code} ${e.message}` : 'missing statistics'}`,
            e?.hint ? { hint: e.hint } : {},
          ),
        ],
      };
    }
    const b = results[0].backend;
    runs.push({
      ref,
      stats: results.map((x) => x.stats as unknown as TensorDigitStats),
      ...(b ? { backend: `${b.backend} ${b.backend === 'torch' ? b.torch : b.numpy} on ${b.gpu ?? b.device}` } : {}),
      seconds: (performance.now() - t0) / 1000,
    });
  }
  let difference: DigitComparison['difference'];
  for (const run of runs.slice(1)) {
    for (let i = 0; i < schemes.length && !difference; i++) {
      for (const f of FIELDS) {
        const a = JSON.stringify(runs[0].stats[i][f]),
          b = JSON.stringify(run.stats[i][f]);
        if (a !== b) {
          difference = { ref: run.ref, scheme: schemes[i], field: f, first: a, other: b };
          break;
        }
      }
    }
  }
  return { value: { runs, ...(difference ? { difference } : {}) }, diagnostics: [] };
}

const pct = (n: number, total: number) => `${total ? ((100 * n) / total).toFixed(1) : '0.0'}%`;

/** The text report (deterministic unless `timing`). */
export function renderDigitStats(c: DigitComparison, head: readonly [string, string][], timing: boolean): string {
  const rows: [string, string][] = [...head];
  const refs = c.runs.map((r) => (r.backend ? `${r.ref} (${r.backend})` : r.ref === 'ts' ? 'ts (in process)' : r.ref));
  rows.push(['reference', c.runs.length > 1 ? `${refs.join(', ')}: ${c.difference ? 'DIFFERENT' : 'equal statistics'}` : refs[0]]);
  if (timing) rows.push(['time', c.runs.map((r) => `${r.ref} ${r.seconds.toFixed(2)} s`).join(', ')]);
  const w = Math.max(...rows.map(([k]) => k.length));
  let out = rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n') + '\n\n';
  const stats = c.runs[0].stats;
  const table = [['encoding', 'digits', 'nonzero/value', 'P(digit p nonzero), p = 0 first', `cycles/group of ${stats[0]?.group ?? 4}`]];
  for (const s of stats) {
    table.push([
      s.scheme,
      String(s.digits),
      s.meanNonzero.toFixed(3),
      s.positionNonzero.map((n) => (s.values ? n / s.values : 0).toFixed(3)).join(' '),
      `${s.meanGroupCycles.toFixed(3)} (${s.digits}..${s.digits * s.group})`,
    ]);
  }
  const cw = table[0].map((_, j) => Math.max(...table.map((r) => r[j].length)));
  out += table.map((r) => r.map((v, j) => (j === r.length - 1 ? v : v.padEnd(cw[j]))).join('  ')).join('\n') + '\n';
  out += `(cycles of a group: the sum over digit positions of max(1, values with that digit nonzero), one lane per group)\n`;
  for (const s of stats) {
    const hist = (h: readonly number[], total: number) =>
      h
        .map((n, i) => [i, n] as const)
        .filter(([, n]) => n > 0)
        .map(([i, n]) => `${i}: ${pct(n, total)}`)
        .join(', ');
    out += `\n${s.scheme}: values by nonzero digits  ${hist(s.valueHist, s.values)}\n`;
    s.groupPositionHist.forEach((h, p) => {
      out += `${s.scheme}: groups of ${s.group} by how many values have digit ${p} nonzero  ${hist(h, s.groups)}\n`;
    });
    out += `${s.scheme}: groups of ${s.group} by zero-skip cycles  ${hist(s.groupCyclesHist, s.groups)}\n`;
  }
  if (c.difference) {
    const d = c.difference;
    out += `\nMISMATCH: ${d.ref} differs from ${c.runs[0].ref} in ${d.scheme} ${d.field}: ${d.other} against ${d.first}\n`;
  }
  return out;
}
