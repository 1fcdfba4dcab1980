// `tpe merge results-*/ -o all.jsonl`: joins the rows of a spec's shards (or of any runs of
// the same spec) into one file in point order, checking that every point is present exactly
// once and naming the missing ones. Rows are located by byte offset in a first pass and copied
// in index order in a second, so memory is 16 bytes per row whatever the row size.
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic } from '../ir/index.js';
import { BitSet, rowHead } from './jsonl.js';
import { PointSpace } from './points.js';
import type { SweepManifest } from './row.js';
import { MANIFEST_FILE, ROWS_FILE } from './runner.js';
import type { NormalizedSpec } from './spec.js';

export interface MergeInput {
  rows: string;
  manifest: string;
  shown: string;
}

const mErr = (code: string, message: string, hint?: string): Diagnostic => ({
  code,
  severity: 'error',
  message,
  ...(hint ? { hint } : {}),
});

/** A results folder (rows.jsonl + manifest.json) or a rows file with its manifest beside it. */
export function resolveInput(p: string, shown: string): MergeInput | Diagnostic {
  if (existsSync(p) && statSync(p).isDirectory()) {
    const rows = join(p, ROWS_FILE),
      manifest = join(p, MANIFEST_FILE);
    if (!existsSync(manifest))
      return mErr('Y0601', `${shown}: no ${MANIFEST_FILE} (not a tpe sweep output folder)`, 'pass the folders given to tpe sweep -o');
    return { rows, manifest, shown };
  }
  if (!existsSync(p)) return mErr('Y0601', `${shown}: no such file or folder`);
  const manifest = basename(p) === ROWS_FILE ? join(dirname(p), MANIFEST_FILE) : p.replace(/\.jsonl$/, '') + '.manifest.json';
  if (!existsSync(manifest))
    return mErr(
      'Y0601',
      `${shown}: no manifest beside it (${basename(manifest)})`,
      'merge the output folders of tpe sweep, or files written by tpe merge',
    );
  return { rows: p, manifest, shown };
}

export interface MergeResult {
  readonly points: number;
  readonly rows: number;
  readonly missing: number;
  /** The first missing points, described. */
  readonly missingShown: string[];
  readonly duplicates: number;
}

/** Describes a point of a normalized spec (for "missing" messages). */
export function describePoint(spec: NormalizedSpec, index: number): string {
  const sp = new PointSpace(spec);
  const p = sp.point(index);
  const w = spec.workloads[p.workload];
  const params = Object.entries(sp.params(p))
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return `#${index}: ${spec.designs[p.design].file}${params ? ` ${params}` : ''} on ${w.set} ${w.gemm} (${w.M}x${w.N}x${w.K})`;
}

export function mergeResults(inputs: readonly MergeInput[], outPath: string): { result?: MergeResult; diagnostics: Diagnostic[] } {
  if (inputs.length === 0) return { diagnostics: [mErr('Y0601', 'nothing to merge')] };
  let ref: SweepManifest | undefined;
  for (const i of inputs) {
    let m: SweepManifest;
    try {
      m = JSON.parse(readFileSync(i.manifest, 'utf8')) as SweepManifest;
    } catch (e) {
      return { diagnostics: [mErr('Y0601', `${i.shown}: unreadable manifest (${(e as Error).message})`)] };
    }
    if (!ref) {
      ref = m;
      continue;
    }
    if (m.spec !== ref.spec || m.toolkit !== ref.toolkit) {
      return {
        diagnostics: [
          mErr(
            'Y0602',
            `${i.shown} holds rows of another sweep (spec ${m.spec}, toolkit ${m.toolkit}; ${inputs[0].shown} has ${ref.spec}, ${ref.toolkit})`,
            'merge only the shards of one spec and toolkit version',
          ),
        ],
      };
    }
  }
  const points = ref!.points;
  // Pass 1: where each index's row is.
  const files: number[] = [],
    offs: number[] = [],
    lens: number[] = [];
  const where = new Float64Array(points).fill(-1);
  const seen = new BitSet();
  let duplicates = 0;
  const conflicts: number[] = [];
  for (let f = 0; f < inputs.length; f++) {
    if (!existsSync(inputs[f].rows)) continue;
    const fd = openSync(inputs[f].rows, 'r');
    try {
      const size = statSync(inputs[f].rows).size;
      const buf = Buffer.alloc(1 << 20);
      let pos = 0,
        carry = Buffer.alloc(0),
        carryStart = 0,
        lineNo = 0;
      while (pos < size) {
        const n = readSync(fd, buf, 0, Math.min(buf.length, size - pos), pos);
        const chunk = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
        const chunkStart = carry.length ? carryStart : pos;
        pos += n;
        let start = 0;
        for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, start)) {
          lineNo++;
          const line = chunk.toString('utf8', start, i);
          const h = rowHead(line);
          if (!h || h.index >= points) return { diagnostics: [mErr('Y0603', `${inputs[f].shown}:${lineNo}: not a row of this sweep`)] };
          if (seen.has(h.index)) {
            duplicates++;
            const prev = where[h.index];
            if (readLine(inputs, files[prev], offs[prev], lens[prev]) !== line) conflicts.push(h.index);
          } else {
            seen.add(h.index);
            where[h.index] = files.length;
            files.push(f);
            offs.push(chunkStart + start);
            lens.push(i - start);
          }
          start = i + 1;
        }
        carry = Buffer.from(chunk.subarray(start));
        carryStart = chunkStart + start;
      }
    } finally {
      closeSync(fd);
    }
  }
  if (conflicts.length) {
    return {
      diagnostics: [
        mErr(
          'Y0604',
          `${conflicts.length} point(s) have two different rows (first: ${describePoint(ref!.normalized as NormalizedSpec, conflicts[0])})`,
          'the inputs come from different runs that disagree: rerun the shard',
        ),
      ],
    };
  }
  const missingIdx: number[] = [];
  let missing = 0;
  for (let i = 0; i < points; i++)
    if (where[i] < 0) {
      missing++;
      if (missingIdx.length < 20) missingIdx.push(i);
    }
  // Pass 2: rows in index order.
  const out = openSync(outPath, 'w');
  try {
    let pending: string[] = [];
    for (let i = 0; i < points; i++) {
      const k = where[i];
      if (k < 0) continue;
      pending.push(readLine(inputs, files[k], offs[k], lens[k]));
      if (pending.length >= 4096) {
        writeSync(out, pending.join('\n') + '\n');
        pending = [];
      }
    }
    if (pending.length) writeSync(out, pending.join('\n') + '\n');
  } finally {
    closeSync(out);
    closeAll();
  }
  const man: SweepManifest = { ...ref!, shard: { index: 1, count: 1 } };
  writeFileSync(outPath.replace(/\.jsonl$/, '') + '.manifest.json', JSON.stringify(man, null, 1) + '\n');
  return {
    result: {
      points,
      rows: files.length,
      missing,
      missingShown: missingIdx.map((i) => describePoint(ref!.normalized as NormalizedSpec, i)),
      duplicates,
    },
    diagnostics: [],
  };
}

const fds = new Map<string, number>();
function closeAll(): void {
  for (const fd of fds.values()) closeSync(fd);
  fds.clear();
}
function readLine(inputs: readonly MergeInput[], f: number, off: number, len: number): string {
  const p = inputs[f].rows;
  let fd = fds.get(p);
  if (fd === undefined) {
    fd = openSync(p, 'r');
    fds.set(p, fd);
  }
  const b = Buffer.alloc(len);
  readSync(fd, b, 0, len, off);
  return b.toString('utf8');
}
