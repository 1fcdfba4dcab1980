// A sweep worker thread: evaluates batches of point indexes and posts their row lines back.
// `TPE_SWEEP_CRASH_INDEX` (tests only) makes the worker die on that point, to check that the
// runner turns a crash into an `error` row and carries on.
import { parentPort, workerData } from 'node:worker_threads';
import { Evaluator, type EvalSpec } from './evaluate.js';

export interface WorkerJob {
  id: number;
  indexes: number[];
  /** The buffer of a reply already written, handed back to be reused. */
  spare?: ArrayBuffer;
}
/**
 * Rows of a batch as the file's bytes (newline-terminated UTF-8 lines, encoded here and
 * transferred, not copied: the main thread only writes them) and their status counts.
 */
export type WorkerReply = { id: number; bytes: Uint8Array; count: number; ok: number; invalid: number; error: number } | { ready: true };

const ev = new Evaluator((workerData as { spec: EvalSpec }).spec);
const crashAt = process.env.TPE_SWEEP_CRASH_INDEX !== undefined ? Number(process.env.TPE_SWEEP_CRASH_INDEX) : -1;

parentPort!.on('message', (job: WorkerJob) => {
  if (crashAt >= 0 && job.indexes.includes(crashAt)) process.exit(70);
  if (job.spare) ev.spare(job.spare);
  void ev.batch(job.indexes).then(({ bytes, count, ok, invalid, error }) => {
    // The evaluator wrote the rows as bytes and counted the statuses as it built them.
    parentPort!.postMessage({ id: job.id, bytes, count, ok, invalid, error } satisfies WorkerReply, [bytes.buffer as ArrayBuffer]);
  });
});
parentPort!.postMessage({ ready: true } satisfies WorkerReply);
