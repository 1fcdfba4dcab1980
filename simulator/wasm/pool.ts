// Runs the GEMM kernel's tasks on all cores: the calling thread plus (threads - 1) worker
// threads, all instantiating the same compiled module on one shared WebAssembly.Memory per job.
//
// The workers are started from source text (`eval: true`), built here from the two functions
// below with Function.prototype.toString(). There is no worker entry file to locate, so the
// same code runs from the TypeScript sources (tsx, vitest), from tsc output and from the esbuild
// bundles in dist/ without any path resolution. The functions use only globals, and reach
// node:worker_threads through globalThis.require (an eval worker's CommonJS require): a bare
// `require(...)` would be rewritten by the bundler into a helper the worker does not have.
// A worker that fails marks itself dead in the control block and the caller throws instead of
// waiting for it.
//
// Synchronous by design (simulate() is): the caller posts the job's memory to each worker,
// bumps a generation counter in a shared control block and takes tasks itself; tasks are
// claimed with an atomic counter (so a core slowed by other load simply takes fewer); the
// caller then blocks in Atomics.wait until every worker has reported. Workers are unref()'d
// and wait in Atomics.wait between jobs, so they never keep the process alive.
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { MR, NR, gemmModuleBytes } from './gemm-module.js';

/** Control block (Int32 words of a SharedArrayBuffer). */
export const CTRL = {
  GEN: 0,
  NEXT: 1,
  DONE: 2,
  TASKS: 3,
  KERNEL: 4,
  A: 5,
  B: 6,
  C: 7,
  FLAGS: 8,
  KPAIRS: 9,
  LP: 10,
  NMT: 11,
  NPANELS: 12,
  MT: 13,
  PT: 14,
  NTJ: 15,
  CROW: 16,
  DIGITS: 17,
  LO_L: 18,
  LO_H: 19,
  HI_L: 20,
  HI_H: 21,
  MR: 22,
  NR: 23,
  ERROR: 24,
  /** Worker i waits on word WAKE + i (its own generation counter) and sets DEAD + i if it fails; at most MAX_WORKERS. */
  WAKE: 32,
  DEAD: 96,
  SIZE: 160,
} as const;
const MAX_WORKERS = 64;

interface Exports {
  [name: string]: (...args: (number | bigint)[]) => void;
}

/**
 * Claims and runs tasks until none are left. Task t is a block of MT micro-tile rows by PT
 * column panels of C; inside it, k chunks of LP pairs outer, panels, then micro-tiles (in the
 * kernel), so a panel's chunk of B stays in L1 while the rows stream past it.
 * Runs in the caller and (as source text) in the workers: no closures, no imports.
 */
export function taskLoop(ex: Exports, ctrl: Int32Array): void {
  const C = {
    NEXT: 1,
    TASKS: 3,
    KERNEL: 4,
    A: 5,
    B: 6,
    C: 7,
    FLAGS: 8,
    KPAIRS: 9,
    LP: 10,
    NMT: 11,
    NPANELS: 12,
    MT: 13,
    PT: 14,
    NTJ: 15,
    CROW: 16,
    DIGITS: 17,
    LO_L: 18,
    LO_H: 19,
    HI_L: 20,
    HI_H: 21,
    MR: 22,
    NR: 23,
  };
  const names = ['gemm_d1_plain', 'gemm_d1_check', 'gemm_d2_plain', 'gemm_d2_check'];
  const kern = ex[names[ctrl[C.KERNEL]]];
  const tasks = ctrl[C.TASKS],
    kp = ctrl[C.KPAIRS],
    lp = ctrl[C.LP],
    nmtAll = ctrl[C.NMT],
    nPanels = ctrl[C.NPANELS];
  const MT = ctrl[C.MT],
    PT = ctrl[C.PT],
    nTj = ctrl[C.NTJ],
    cRow = ctrl[C.CROW],
    digits = ctrl[C.DIGITS],
    mr = ctrl[C.MR],
    nr = ctrl[C.NR];
  const lo = (BigInt(ctrl[C.LO_H]) << 32n) | BigInt(ctrl[C.LO_L] >>> 0),
    hi = (BigInt(ctrl[C.HI_H]) << 32n) | BigInt(ctrl[C.HI_L] >>> 0);
  const aBase = ctrl[C.A],
    bBase = ctrl[C.B],
    cBase = ctrl[C.C],
    fBase = ctrl[C.FLAGS];
  const aMt = kp * mr * 4,
    cMt = (mr / digits) * cRow;
  for (;;) {
    const t = Atomics.add(ctrl, C.NEXT, 1);
    if (t >= tasks) return;
    const ti = Math.floor(t / nTj),
      tj = t - ti * nTj;
    const mt0 = ti * MT,
      nmt = Math.min(MT, nmtAll - mt0),
      p0 = tj * PT,
      np = Math.min(PT, nPanels - p0);
    for (let c = 0; c < kp; c += lp) {
      const pairs = Math.min(lp, kp - c);
      for (let j = p0; j < p0 + np; j++) {
        kern(
          aBase + (mt0 * kp + c) * mr * 4,
          aMt,
          nmt,
          bBase + (j * kp + c) * nr * 4,
          pairs,
          cBase + mt0 * cMt + j * nr * 8,
          cRow,
          cMt,
          fBase + (mt0 * nPanels + j) * 4,
          nPanels * 4,
          lo,
          hi,
        );
      }
    }
  }
}

/** The worker's body: wait for a job, instantiate on its memory, run tasks, report. */
function workerMain(): void {
  const req = (globalThis as unknown as { require: (id: string) => unknown }).require;
  const wt = req('node:worker_threads') as typeof import('node:worker_threads');
  const data = wt.workerData as { ctrl: SharedArrayBuffer; port: MessagePort; module: WebAssembly.Module; wake: number; dead: number };
  const ctrl = new Int32Array(data.ctrl);
  let gen = 0;
  for (;;) {
    Atomics.wait(ctrl, data.wake, gen);
    gen = Atomics.load(ctrl, data.wake);
    // The job's memory was posted before the wake-up; a message is queued synchronously, the
    // short wait only covers a delivery that is not.
    let msg = wt.receiveMessageOnPort(data.port);
    while (msg === undefined) {
      Atomics.wait(ctrl, 31, 0, 1);
      msg = wt.receiveMessageOnPort(data.port);
    }
    try {
      const mem = (msg.message as { memory: WebAssembly.Memory }).memory;
      const inst = new WebAssembly.Instance(data.module, { env: { mem } });
      taskLoop(inst.exports as unknown as Exports, ctrl);
    } catch (e) {
      Atomics.store(ctrl, 24, 1);
      // The caller reports the failure; keep the message for debugging.
      console.error(`tpe fast GEMM worker: ${String(e)}`);
    }
    Atomics.add(ctrl, 2, 1);
    Atomics.notify(ctrl, 2);
  }
}

let compiled: WebAssembly.Module | undefined;
export function gemmModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(gemmModuleBytes());
  return compiled;
}

interface Pool {
  workers: Worker[];
  ports: MessagePort[];
  ctrl: Int32Array;
}
let pool: Pool | undefined;

function workerSource(): string {
  // `__name` is what esbuild (tsx, vitest) may insert to keep function names.
  // A failure before the loop (or outside a task) marks the worker dead: workerData.dead is its word.
  return (
    `'use strict';\nvar __name = (f) => f;\n${taskLoop.toString()}\ntry { (${workerMain.toString()})(); } catch (e) {\n` +
    `  const c = new Int32Array(globalThis.require('node:worker_threads').workerData.ctrl), d = globalThis.require('node:worker_threads').workerData.dead;\n` +
    `  Atomics.store(c, d, 1); Atomics.notify(c, 2); console.error('tpe fast GEMM worker: ' + String(e && e.stack || e));\n}\n`
  );
}

function getPool(workers: number): Pool {
  if (pool && pool.workers.length >= workers) return pool;
  const ctrl = pool?.ctrl ?? new Int32Array(new SharedArrayBuffer(CTRL.SIZE * 4));
  const p: Pool = pool ?? { workers: [], ports: [], ctrl };
  const src = workerSource();
  while (p.workers.length < workers) {
    const { port1, port2 } = new MessageChannel();
    const i = p.workers.length;
    const w = new Worker(src, {
      eval: true,
      workerData: { ctrl: ctrl.buffer, port: port2, module: gemmModule(), wake: CTRL.WAKE + i, dead: CTRL.DEAD + i },
      transferList: [port2],
    });
    w.unref();
    port1.unref();
    p.workers.push(w);
    p.ports.push(port1);
  }
  pool = p;
  return p;
}

/** Threads used by default: every core the process may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export interface Job {
  memory: WebAssembly.Memory;
  /** Control words (CTRL indices) of the job, other than the counters. */
  params: Partial<Record<keyof typeof CTRL, number>>;
  threads: number;
}

/** Runs one job's tasks on `threads` threads (the caller included); throws if a worker failed. */
export function runJob(job: Job): void {
  const helpers = Math.min(MAX_WORKERS, Math.max(0, job.threads - 1));
  const p = helpers > 0 ? getPool(helpers) : undefined;
  const ctrl = p?.ctrl ?? new Int32Array(new SharedArrayBuffer(CTRL.SIZE * 4));
  for (const [k, v] of Object.entries(job.params)) ctrl[CTRL[k as keyof typeof CTRL]] = v;
  ctrl[CTRL.MR] = MR;
  ctrl[CTRL.NR] = NR;
  Atomics.store(ctrl, CTRL.NEXT, 0);
  Atomics.store(ctrl, CTRL.DONE, 0);
  Atomics.store(ctrl, CTRL.ERROR, 0);
  if (p) {
    // Only the first `helpers` workers take part (a pool grows to the largest job, never shrinks).
    for (let i = 0; i < helpers; i++) {
      p.ports[i].postMessage({ memory: job.memory });
      Atomics.add(ctrl, CTRL.WAKE + i, 1);
      Atomics.notify(ctrl, CTRL.WAKE + i);
    }
  }
  const inst = new WebAssembly.Instance(gemmModule(), { env: { mem: job.memory } });
  taskLoop(inst.exports as unknown as Exports, ctrl);
  if (p) {
    for (;;) {
      const done = Atomics.load(ctrl, CTRL.DONE);
      if (done >= helpers) break;
      for (let i = 0; i < helpers; i++) {
        if (Atomics.load(ctrl, CTRL.DEAD + i) !== 0) {
          // Not reusable: the next job starts a fresh pool.
          pool = undefined;
          for (const w of p.workers) void w.terminate();
          throw new Error('fast GEMM: a worker thread failed (see its message above)');
        }
      }
      Atomics.wait(ctrl, CTRL.DONE, done, 200);
    }
    if (ctrl[CTRL.ERROR] !== 0) throw new Error('fast GEMM: a worker thread failed (see its message above)');
  }
}

/** Exports of an instance on `memory` in this thread (the wrap pass, tests). */
export function instance(memory: WebAssembly.Memory): Exports {
  return new WebAssembly.Instance(gemmModule(), { env: { mem: memory } }).exports as unknown as Exports;
}
