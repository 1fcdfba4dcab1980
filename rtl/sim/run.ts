// Runs a built simulation binary on a batch of GEMMs (one process for all of them).
import { spawn } from 'node:child_process';
import type { IntMatrix } from '../../ir/index.js';

export interface RtlRun {
  readonly cycles: number;
  readonly tiles: number[];
  /** Row-major C as the RTL produced it (acc type, sign-extended). */
  readonly c: BigInt64Array;
}

export type RunResult = { ok: true; runs: RtlRun[] } | { ok: false; message: string };

/** `args`: passed to the binary (a trace build takes the VCD path). */
export function runSim(binary: string, cases: readonly { a: IntMatrix; b: IntMatrix }[], args: readonly string[] = []): Promise<RunResult> {
  const parts: string[] = [`${cases.length}\n`];
  for (const { a, b } of cases) {
    parts.push(`${a.rows} ${b.cols} ${a.cols}\n`, a.data.join(' '), '\n', b.data.join(' '), '\n');
  }
  return new Promise((resolve) => {
    const p = spawn(binary, [...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
    });
    p.stderr.setEncoding('utf8').on('data', (s: string) => {
      err += s;
    });
    p.on('error', (e) => resolve({ ok: false, message: String(e) }));
    p.on('close', (code) => {
      if (code !== 0) return resolve({ ok: false, message: `simulation exited with ${code}: ${err.trim() || out.slice(-500)}` });
      const lines = out.split('\n');
      const runs: RtlRun[] = [];
      for (let i = 0; i < cases.length; i++) {
        const cyc = /^cycles (\d+)$/.exec(lines[3 * i] ?? '');
        const tl = (lines[3 * i + 1] ?? '').split(' ');
        const cl = (lines[3 * i + 2] ?? '').split(' ');
        if (!cyc || tl[0] !== 'tiles' || cl[0] !== 'C') return resolve({ ok: false, message: `unreadable simulation output at case ${i}` });
        const c = new BigInt64Array(cl.length - 1);
        for (let j = 1; j < cl.length; j++) c[j - 1] = BigInt.asIntN(64, BigInt(cl[j]));
        runs.push({ cycles: Number(cyc[1]), tiles: tl.slice(1).map(Number), c });
      }
      resolve({ ok: true, runs });
    });
    p.stdin.on('error', () => {
      /* reported through close */
    });
    p.stdin.end(parts.join(''));
  });
}
