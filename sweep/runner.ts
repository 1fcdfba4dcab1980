// `tpe sweep`: evaluates a spec's points (or one shard of them) on a pool of worker threads and
// appends each row to <out>/rows.jsonl as it comes back, beside <out>/manifest.json. Killed at
// any moment and started again with the same spec and output folder, it resumes: the torn last
// line (if any) is cut, the indexes already written are skipped (a bit set: memory flat in the
// number of points), nothing is lost or written twice. A worker that dies takes its batch with
// it: the batch's points are retried one by one on a fresh worker, and a point that kills a
// worker again becomes an `error` row; the sweep goes on.
import { availableParallelism } from 'node:os';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../ir/index.js';
import { ensureDir } from '../util/fs.js';
import { startProgress, type ProgressOptions } from '../util/progress.js';
import { rowLine, sha16 } from './emit.js';
import { Evaluator, loadBases, pointIdentity, rowWorkload, type EvalSpec } from './evaluate.js';
import { BitSet, forEachLine, repairTail, rowHead } from './jsonl.js';
import { startWorker } from './pool.js';
import { PointSpace, type Shard } from './points.js';
import { ROW_FORMAT, type SweepManifest, type SweepRow } from './row.js';
import { normalized, type SweepSpec } from './spec.js';
import type { WorkerJob, WorkerReply } from './worker.js';

export const ROWS_FILE = 'rows.jsonl';
export const MANIFEST_FILE = 'manifest.json';
const LOCK_FILE = '.lock';

export interface RunOptions {
  readonly spec: SweepSpec;
  /** Output folder (created). */
  readonly out: string;
  readonly shard?: Shard;
  /** Worker threads (default: the cores); 0 evaluates in this thread. */
  readonly workers?: number;
  /** Points per batch sent to a worker (default by level: fast 512, sim 4, synth 1). */
  readonly batch?: number;
  /** Throw the output away and start over instead of resuming. */
  readonly restart?: boolean;
  readonly progress?: ProgressOptions;
}

export interface RunResult {
  readonly points: number;
  /** Rows already present (resumed). */
  readonly resumed: number;
  readonly written: number;
  readonly counts: { ok: number; invalid: number; error: number };
  /** Bytes of a torn last line that were cut. */
  readonly repairedBytes: number;
}

const runErr = (code: string, message: string, hint?: string): Diagnostic => ({
  code,
  severity: 'error',
  message,
  ...(hint ? { hint } : {}),
});

function manifestOf(spec: SweepSpec, space: PointSpace, shard: Shard): SweepManifest {
  return {
    format: ROW_FORMAT,
    toolkit: spec.toolkit,
    spec: spec.hash,
    name: spec.name,
    level: spec.level,
    points: space.points,
    shard: { index: shard.index, count: shard.count },
    normalized: normalized(spec),
  };
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The row of a point whose evaluation killed its worker twice. */
export function crashRow(spec: EvalSpec, space: PointSpace, index: number, why: string): string {
  const p = space.point(index);
  const params = space.params(p);
  const file = spec.designs[p.design].file;
  const w = spec.workloads[p.workload];
  const row: SweepRow = {
    key: sha16(`crash|${file}|${JSON.stringify(params)}|${w.set}|${w.gemm}|${w.M}x${w.N}x${w.K}|${w.data}|${spec.level}|${spec.toolkit}`),
    id: pointIdentity(file, params, w, spec.level),
    index,
    status: 'error',
    level: spec.level,
    design: { name: file, file },
    params,
    workload: rowWorkload(w, w.data),
    diagnostic: {
      code: 'Y0298',
      message: `the worker evaluating this point died (${why})`,
      hint: 'a crash in the toolkit or out of memory: rerun this point alone (--workers 0) to see it',
    },
  };
  return rowLine(row);
}

export async function runSweep(o: RunOptions): Promise<{ result?: RunResult; diagnostics: Diagnostic[] }> {
  const spec = o.spec;
  const shard = o.shard ?? { index: 1, count: 1 };
  const space = new PointSpace(spec);
  const out = resolve(o.out);
  const rowsPath = join(out, ROWS_FILE),
    manPath = join(out, MANIFEST_FILE),
    lockPath = join(out, LOCK_FILE);
  try {
    ensureDir(out);
  } catch (e) {
    return { diagnostics: [runErr('Y0501', (e as Error).message, 'choose a writable output folder')] };
  }
  if (existsSync(lockPath)) {
    const pid = Number(readFileSync(lockPath, 'utf8'));
    if (pid !== process.pid && pidAlive(pid))
      return {
        diagnostics: [
          runErr('Y0502', `${o.out} is in use by another tpe sweep (pid ${pid})`, 'wait for it, or give each run its own output folder'),
        ],
      };
  }
  const man = manifestOf(spec, space, shard);
  if (o.restart) {
    rmSync(rowsPath, { force: true });
    rmSync(manPath, { force: true });
  }
  if (existsSync(manPath)) {
    let old: SweepManifest | undefined;
    try {
      old = JSON.parse(readFileSync(manPath, 'utf8')) as SweepManifest;
    } catch {
      old = undefined;
    }
    const same =
      old && old.spec === man.spec && old.shard.index === shard.index && old.shard.count === shard.count && old.toolkit === man.toolkit;
    if (!same) {
      const why = !old
        ? 'its manifest.json is unreadable'
        : old.spec !== man.spec
          ? `it holds rows of another spec (${old.spec}, this one is ${man.spec})`
          : old.toolkit !== man.toolkit
            ? `it was written by toolkit ${old.toolkit}`
            : `it holds shard ${old.shard.index}/${old.shard.count}`;
      return {
        diagnostics: [
          runErr('Y0503', `cannot resume into ${o.out}: ${why}`, 'use another output folder, or --restart to throw its rows away'),
        ],
      };
    }
  } else if (existsSync(rowsPath)) {
    return {
      diagnostics: [
        runErr(
          'Y0503',
          `cannot resume into ${o.out}: ${ROWS_FILE} exists without ${MANIFEST_FILE}`,
          'use another output folder, or --restart',
        ),
      ],
    };
  }
  writeFileSync(lockPath, String(process.pid));
  try {
    writeFileSync(manPath, JSON.stringify(man, null, 1) + '\n');
    // Resume: cut a torn tail, then mark every index already written.
    const repairedBytes = repairTail(rowsPath);
    const done = new BitSet();
    const counts = { ok: 0, invalid: 0, error: 0 };
    let resumed = 0;
    let bad: Diagnostic | undefined;
    forEachLine(rowsPath, (line, n) => {
      const h = rowHead(line);
      if (!h || h.index >= space.points || !space.inShard(h.index, shard)) {
        bad = runErr(
          'Y0504',
          `${o.out}/${ROWS_FILE}:${n}: not a row of this sweep`,
          'the file was edited or mixed with another run: use --restart',
        );
        return false;
      }
      if (done.has(h.index)) return; // a duplicate from a run that was not ours: kept once
      done.add(h.index);
      counts[h.status]++;
      resumed++;
    });
    if (bad) return { diagnostics: [bad] };
    const total = space.shardSize(shard);
    const fd = openSync(rowsPath, 'a');
    let written = 0;
    const progress = o.progress
      ? startProgress(`sweep ${spec.name}${shard.count > 1 ? ` shard ${shard.index}/${shard.count}` : ''}`, total, o.progress)
      : undefined;
    progress?.update(resumed);
    const write = (b: Batch) => {
      if (b.count === 0) return;
      if ('bytes' in b) for (let at = 0; at < b.bytes.length;) at += writeSync(fd, b.bytes, at);
      else writeSync(fd, b.text);
      counts.ok += b.ok;
      counts.invalid += b.invalid;
      counts.error += b.error;
      written += b.count;
      progress?.tick(b.count);
    };
    try {
      const batch = o.batch ?? (spec.level === 'fast' ? 512 : spec.level === 'sim' ? 4 : 1);
      const pending = (function* () {
        for (const i of space.indexes(shard)) if (!done.has(i)) yield i;
      })();
      const evalSpec: EvalSpec = { ...spec, bases: await loadBases(spec) };
      const nWorkers = o.workers ?? availableParallelism();
      if (nWorkers <= 0) {
        const ev = new Evaluator(evalSpec);
        // The evaluator counts the statuses as it builds the rows (batchOf would read each back).
        const inThread = async (b: number[]) => {
          write(await ev.batch(b));
        };
        let b: number[] = [];
        for (const i of pending) {
          b.push(i);
          if (b.length >= batch) {
            await inThread(b);
            b = [];
          }
        }
        if (b.length) await inThread(b);
      } else {
        await runPool(evalSpec, space, pending, batch, nWorkers, write);
      }
    } finally {
      closeSync(fd);
      progress?.done(counts.error > 0 ? `${counts.error} errors` : 'ok');
    }
    return { result: { points: total, resumed, written, counts, repairedBytes }, diagnostics: [] };
  } finally {
    rmSync(lockPath, { force: true });
  }
}

/** Rows of a batch as the file takes them (text, or a worker's UTF-8 bytes), with status counts. */
export type Batch = ({ text: string } | { bytes: Uint8Array }) & { count: number; ok: number; invalid: number; error: number };

export function batchOf(lines: readonly string[]): Batch {
  const b: Batch & { text: string } = {
    text: lines.length ? lines.join('\n') + '\n' : '',
    count: lines.length,
    ok: 0,
    invalid: 0,
    error: 0,
  };
  for (const l of lines) {
    const h = rowHead(l);
    if (h) b[h.status]++;
  }
  return b;
}

async function runPool(
  spec: EvalSpec,
  space: PointSpace,
  pending: Iterator<number>,
  batch: number,
  n: number,
  write: (b: Batch) => void,
): Promise<void> {
  const retry: number[][] = [];
  let exhausted = false;
  let nextId = 1;
  // Each worker gets the points of "its" design combinations (combo mod workers), so a design is
  // built, estimated and sampled by one worker only; at the end idle workers steal. Combinations
  // that differ only in clock or technology share one structure (a worker reads its RTL once for
  // all of them, cost/inventory/rtl-reading.ts): with enough structures, the lane is the
  // structure's number mod workers instead.
  const byCombo = space.combos >= 2 * n;
  const ignored = spec.axes.map((a) => a.name === 'clock' || a.name === 'technology');
  const byStructure = byCombo && ignored.includes(true) && space.structures(ignored) >= 2 * n;
  const lanes: number[][] = Array.from({ length: n }, () => []);
  let heads = Array.from({ length: n }, () => 0);
  let lastCombo = -1,
    lastLane = 0;
  const comboLane = (c: number) => {
    if (c !== lastCombo) {
      lastCombo = c;
      lastLane = (byStructure ? space.structure(c, ignored) : c) % n;
    }
    return lastLane;
  };
  const laneOf = (i: number) => (byCombo ? comboLane(Math.floor(i / space.workloads)) : Math.floor(i / batch) % n);
  const lanePending = (j: number) => lanes[j].length - heads[j];
  const takeLane = (j: number): number[] => {
    const b = lanes[j].slice(heads[j], heads[j] + batch);
    heads[j] += b.length;
    if (heads[j] > 65536 && heads[j] * 2 > lanes[j].length) {
      lanes[j] = lanes[j].slice(heads[j]);
      heads = heads.map((h, x) => (x === j ? 0 : h));
    }
    return b;
  };
  const take = (j: number): number[] | undefined => {
    if (retry.length) return retry.shift();
    while (!exhausted && lanePending(j) < batch) {
      const r = pending.next();
      if (r.done) {
        exhausted = true;
        break;
      }
      lanes[laneOf(r.value)].push(r.value);
    }
    if (lanePending(j) > 0) return takeLane(j);
    // Nothing left for this lane: steal from the fullest one, at its far end. The owner works
    // forward from the head, the thief backward from the tail: they meet in one combination,
    // so only that one is read (RTL reading, estimate) by both workers.
    let best = -1;
    for (let x = 0; x < n; x++) if (lanePending(x) > 0 && (best < 0 || lanePending(x) > lanePending(best))) best = x;
    return best >= 0 ? stealLane(best) : undefined;
  };
  const stealLane = (j: number): number[] => {
    const end = lanes[j].length;
    let from = Math.max(heads[j], end - batch);
    // Cut at a combination boundary: a stolen batch holds one combination (the thief then
    // builds each once, not again after a batch that crossed into the previous one).
    const comboOf = (i: number) => Math.floor(i / space.workloads);
    const last = comboOf(lanes[j][end - 1]);
    while (comboOf(lanes[j][from]) !== last) from++;
    const b = lanes[j].slice(from, end);
    lanes[j].length = from;
    return b;
  };
  interface Slot {
    w: Worker;
    inflight: Map<number, number[]>;
    dead: boolean;
    ready: boolean;
    lane: number;
    /** Buffers of replies written, to hand back with the next jobs. */
    spares: ArrayBuffer[];
  }
  let startFailures = 0;
  const slots: Slot[] = [];
  await new Promise<void>((resolveAll, rejectAll) => {
    let finished = false;
    const finishIfDone = () => {
      if (finished) return;
      if (retry.length === 0 && exhausted && lanes.every((_, j) => lanePending(j) === 0) && slots.every((s) => s.inflight.size === 0)) {
        finished = true;
        Promise.all(slots.map((s) => s.w.terminate())).then(() => resolveAll(), rejectAll);
      }
    };
    const feed = (s: Slot) => {
      while (!s.dead && s.inflight.size < 2) {
        const b = take(s.lane);
        if (!b) break;
        const id = nextId++;
        s.inflight.set(id, b);
        const spare = s.spares.pop();
        if (spare) s.w.postMessage({ id, indexes: b, spare } satisfies WorkerJob, [spare]);
        else s.w.postMessage({ id, indexes: b } satisfies WorkerJob);
      }
      finishIfDone();
    };
    const spawn = (lane: number): Slot => {
      const s: Slot = { w: startWorker({ spec }), inflight: new Map(), dead: false, ready: false, lane, spares: [] };
      s.w.on('message', (m: WorkerReply) => {
        if ('ready' in m) {
          s.ready = true;
          startFailures = 0;
          feed(s);
          return;
        }
        s.inflight.delete(m.id);
        write(m);
        // Written (synchronously): the buffer goes back to the worker with its next job.
        if (s.spares.length < 2) s.spares.push(m.bytes.buffer as ArrayBuffer);
        feed(s);
      });
      const die = (why: string) => {
        if (s.dead) return;
        s.dead = true;
        const lost = [...s.inflight.values()];
        s.inflight.clear();
        // A worker takes its batches in order: the first was being evaluated when it died. Its
        // points are retried one by one (a single point that kills a worker is an error row);
        // batches it had not started go back as they are.
        lost.forEach((b, k) => {
          if (k > 0) retry.push(b);
          else if (b.length > 1) for (const i of b) retry.push([i]);
          else write(batchOf([crashRow(spec, space, b[0], why)]));
        });
        if (finished) return;
        if (!s.ready && ++startFailures >= 3) {
          finished = true;
          void Promise.all(slots.map((x) => x.w.terminate())).then(() => rejectAll(new Error(`sweep workers fail to start: ${why}`)));
          return;
        }
        const i = slots.indexOf(s);
        slots[i] = spawn(s.lane);
      };
      s.w.on('error', (e) => die(e instanceof Error ? e.message : String(e)));
      s.w.on('exit', (code) => {
        if (!finished) die(`exit code ${code}`);
      });
      return s;
    };
    for (let i = 0; i < n; i++) slots.push(spawn(i));
  });
}
