// Runs Yosys either as WebAssembly (@yowasp/yosys, no system install) or as the system binary.
// Both take a script and a flat set of input files and return the log and the files written.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type YosysKind = 'wasm' | 'native';

export interface YosysRun {
  /** Exit status; 0 on success. */
  code: number;
  /** stdout and stderr interleaved as they arrived. */
  log: string;
  /** Contents of the requested output files that exist after the run. */
  outputs: Map<string, string>;
  /** "Yosys 0.55 (...)" as the tool reports it, when found in the log. */
  version?: string;
}

export interface YosysRunOptions {
  kind: YosysKind;
  script: string;
  inputs: Map<string, string | Uint8Array>;
  outputNames: string[];
  /** Called with each complete log line (for progress display). */
  onLine?: (line: string) => void;
}

export class YosysUnavailable extends Error {}

function lineSplitter(onLine?: (l: string) => void) {
  let buf = '';
  let all = '';
  return {
    push(chunk: string) {
      all += chunk;
      if (!onLine) return;
      buf += chunk;
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        onLine(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    },
    text: () => all,
  };
}

function versionOf(log: string): string | undefined {
  return /Yosys \d+\.\d+[^\n]*?\)/.exec(log)?.[0];
}

async function runWasm(o: YosysRunOptions): Promise<YosysRun> {
  let mod: typeof import('@yowasp/yosys');
  try {
    mod = await import('@yowasp/yosys');
  } catch (e) {
    throw new YosysUnavailable(`@yowasp/yosys is not installed (${e instanceof Error ? e.message : String(e)}); run npm install`);
  }
  const tree: Record<string, string | Uint8Array> = {};
  for (const [k, v] of o.inputs) tree[k] = v;
  const sink = lineSplitter(o.onLine);
  const dec = new TextDecoder();
  const out = (b: Uint8Array | null) => {
    if (b) sink.push(dec.decode(b, { stream: true }));
  };
  let files: Record<string, unknown> = {};
  let code = 0;
  try {
    files = ((await mod.runYosys(['-p', o.script], tree, { stdout: out, stderr: out })) ?? {}) as Record<string, unknown>;
  } catch (e) {
    // Yosys exits non-zero through an Exit exception that still carries the file tree.
    const ex = e as { code?: number; files?: Record<string, unknown> };
    if (typeof ex.code !== 'number') throw e;
    code = ex.code;
    files = ex.files ?? {};
  }
  const outputs = new Map<string, string>();
  for (const n of o.outputNames) {
    const f = files[n];
    if (typeof f === 'string') outputs.set(n, f);
    else if (f instanceof Uint8Array) outputs.set(n, dec.decode(f));
  }
  const log = sink.text();
  return { code, log, outputs, version: versionOf(log) };
}

async function runNative(o: YosysRunOptions): Promise<YosysRun> {
  const dir = await mkdtemp(join(tmpdir(), 'tpe-yosys-'));
  try {
    for (const [k, v] of o.inputs) await writeFile(join(dir, k), v);
    const sink = lineSplitter(o.onLine);
    const code = await new Promise<number>((resolve, reject) => {
      const p = spawn('yosys', ['-p', o.script], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      p.stdout.setEncoding('utf8').on('data', (s: string) => sink.push(s));
      p.stderr.setEncoding('utf8').on('data', (s: string) => sink.push(s));
      p.on('error', (e: NodeJS.ErrnoException) =>
        reject(
          e.code === 'ENOENT' ? new YosysUnavailable('the yosys binary is not on PATH (apt-get install yosys, or use --yosys wasm)') : e,
        ),
      );
      p.on('close', (c) => resolve(c ?? 1));
    });
    const outputs = new Map<string, string>();
    for (const n of o.outputNames) {
      try {
        outputs.set(n, await readFile(join(dir, n), 'utf8'));
      } catch {
        /* not written: the caller reports it */
      }
    }
    const log = sink.text();
    return { code, log, outputs, version: versionOf(log) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function runYosysScript(o: YosysRunOptions): Promise<YosysRun> {
  return o.kind === 'wasm' ? runWasm(o) : runNative(o);
}
