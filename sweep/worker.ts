// A sweep worker thread: evaluates batches of point indexes and posts their row lines back.
// `TPE_SWEEP_CRASH_INDEX` (tests only) makes the worker die on that point, to check that the
// runner turns a crash into an `error` row and carries on.
import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { Evaluator, type EvalSpec } from './evaluate.js';

export interface WorkerJob {
  id: number;
  indexes: number[];
}
/**
 * Rows of a batch as the file's bytes (newline-terminated UTF-8 lines, encoded here and
 * transferred, not copied: the main thread only writes them) and their status counts.
 */
export type WorkerReply = { id: number; bytes: Uint8Array; count: number; ok: number; invalid: number; error: number } | { ready: true };

/**
 * The lines as UTF-8, each followed by a newline: written one by one into a buffer of the
 * worst-case size (3 bytes per UTF-16 unit), which costs half of a join and then an encode.
 */
export function encodeLines(lines: readonly string[]): Uint8Array {
  let max = 0;
  for (const l of lines) max += 3 * l.length + 1;
  const buf = Buffer.allocUnsafeSlow(max);
  let at = 0;
  for (const l of lines) {
    at += buf.write(l, at);
    buf[at++] = 10;
  }
  return buf.subarray(0, at);
}

const ev = new Evaluator((workerData as { spec: EvalSpec }).spec);
const crashAt = process.env.TPE_SWEEP_CRASH_INDEX !== undefined ? Number(process.env.TPE_SWEEP_CRASH_INDEX) : -1;

parentPort!.on('message', (job: WorkerJob) => {
  if (crashAt >= 0 && job.indexes.includes(crashAt)) process.exit(70);
  void ev.countedRows(job.indexes).then(({ lines, ok, invalid, error }) => {
    // The evaluator counted the statuses as it built the rows (reading them back costs a copy of each).
    const bytes = encodeLines(lines);
    parentPort!.postMessage({ id: job.id, bytes, count: lines.length, ok, invalid, error } satisfies WorkerReply, [
      bytes.buffer as ArrayBuffer,
    ]);
  });
});
parentPort!.postMessage({ ready: true } satisfies WorkerReply);
