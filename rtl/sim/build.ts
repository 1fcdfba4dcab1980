// Builds a simulation binary for an emitted design, cached under .tpe-cache/rtl/<hash>, the
// hash covering the Verilog, the testbench, the backend and the tool versions: a second run of
// the same design does not recompile.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Backend } from './testbench.js';
import { cxxStatus, verilatorStatus, yosysWasmVersion } from './tools.js';
import { ensureDir } from '../../util/fs.js';

/**
 * Light flags: the C++ compile dominates a verification run (the runs themselves take well under
 * a second), so the model is compiled without C++ optimization (about 20% faster to build).
 */
const VERILATOR_FLAGS = [
  '--cc',
  '--exe',
  '--build',
  '-O1',
  '-Wno-fatal',
  '--x-assign',
  'fast',
  '--x-initial',
  'fast',
  '-j',
  '2',
  '-CFLAGS',
  '-O0',
  '-MAKEFLAGS',
  'OPT_FAST=-O0 OPT_SLOW=-O0 OPT_GLOBAL=-O0',
];
const CXX_FLAGS = ['-std=c++14', '-O1', '-w'];

export interface BuildInput {
  readonly top: string;
  readonly files: readonly { name: string; text: string }[];
  readonly testbench: string;
  readonly backend: Backend;
  /** Cache root (default <cwd>/.tpe-cache). */
  readonly cacheDir: string;
  readonly log?: (line: string) => void;
  /** A waveform-writing build (testbenchSource(..., trace = true)): Verilator --trace, CXXRTL -g2. */
  readonly trace?: boolean;
}

export interface BuildOutput {
  readonly binary: string;
  readonly cached: boolean;
  readonly seconds: number;
}

export type BuildResult = { ok: true; value: BuildOutput } | { ok: false; tool?: boolean; message: string };

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd });
    let out = '';
    p.stdout.on('data', (b) => {
      out += b;
    });
    p.stderr.on('data', (b) => {
      out += b;
    });
    p.on('error', (e) => resolve({ code: 127, out: String(e) }));
    p.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

let runtimeWritten: string | undefined;

/** Writes the CXXRTL runtime headers from the @yowasp/yosys resource bundle into the cache. */
async function cxxrtlRuntime(cacheDir: string, version: string): Promise<string> {
  const dir = resolve(cacheDir, 'cxxrtl-runtime', version.replace(/[^A-Za-z0-9.]/g, '_'));
  if (runtimeWritten === dir || existsSync(join(dir, 'cxxrtl', 'cxxrtl.h'))) return (runtimeWritten = dir);
  // Beside the package's entry (gen/bundle.js), wherever npm put the package: a path relative to
  // this module would break once it is bundled into dist/ or installed under another project.
  const res = (await import(new URL('resources-yosys.js', import.meta.resolve('@yowasp/yosys')).href)) as {
    filesystem: Record<string, unknown>;
  };
  let node: unknown = res.filesystem;
  for (const k of ['share', 'include', 'backends', 'cxxrtl', 'runtime']) node = (node as Record<string, unknown>)[k];
  const write = (t: Record<string, unknown>, p: string) => {
    ensureDir(p);
    for (const [k, v] of Object.entries(t)) {
      if (typeof v === 'string' || v instanceof Uint8Array) writeFileSync(join(p, k), v);
      else write(v as Record<string, unknown>, join(p, k));
    }
  };
  const tmp = `${dir}.tmp${process.pid}`;
  write(node as Record<string, unknown>, tmp);
  ensureDir(join(dir, '..'));
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true });
  }
  return (runtimeWritten = dir);
}

export async function buildSim(inp: BuildInput): Promise<BuildResult> {
  const v = inp.backend === 'verilator' ? verilatorStatus() : undefined;
  if (v && !v.ok) return { ok: false, tool: true, message: `verilator not found: ${v.fix}` };
  const cxx = cxxStatus();
  if (!cxx.ok) return { ok: false, tool: true, message: `C++ compiler not found: ${cxx.fix}` };
  let toolVersion: string;
  if (v) {
    toolVersion = `${v.version} / ${cxx.version}`;
  } else {
    toolVersion = `${await yosysWasmVersion()} / ${cxx.version}`;
  }
  const h = createHash('sha256');
  h.update(
    `${inp.backend}\n${toolVersion}\n${VERILATOR_FLAGS.join(' ')}\n${CXX_FLAGS.join(' ')}\n${inp.top}\n${inp.trace ? 'trace\n' : ''}`,
  );
  for (const f of [...inp.files].sort((a, b) => (a.name < b.name ? -1 : 1))) h.update(`${f.name}\n${f.text}\n`);
  h.update(inp.testbench);
  const key = h.digest('hex').slice(0, 24);
  const dir = join(inp.cacheDir, 'rtl', `${inp.top}-${inp.backend}${inp.trace ? '-trace' : ''}-${key}`);
  const binary = join(dir, 'sim');
  if (existsSync(binary)) return { ok: true, value: { binary, cached: true, seconds: 0 } };
  const t0 = Date.now();
  const work = `${dir}.build${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  ensureDir(join(work, 'src'));
  for (const f of inp.files) writeFileSync(join(work, 'src', f.name), f.text);
  writeFileSync(join(work, 'tb.cpp'), inp.testbench);
  const srcs = inp.files.map((f) => join('src', f.name)).sort();
  inp.log?.(`building ${inp.top} with ${inp.backend}...`);
  if (inp.backend === 'verilator') {
    // Light flags: build time dominates short verification runs.
    const r = await run(
      'verilator',
      [...VERILATOR_FLAGS, ...(inp.trace ? ['--trace'] : []), '--top-module', inp.top, '-Mdir', 'obj', '-o', 'sim', ...srcs, 'tb.cpp'],
      work,
    );
    if (r.code !== 0) return { ok: false, message: `verilator build failed:\n${r.out.slice(-4000)}` };
    renameSync(join(work, 'obj', 'sim'), join(work, 'sim'));
    rmSync(join(work, 'obj'), { recursive: true, force: true });
  } else {
    const { runYosys } = await import('@yowasp/yosys');
    const tree: Record<string, string> = {};
    for (const f of inp.files) tree[f.name] = f.text;
    const script = `read_verilog ${inp.files
      .map((f) => f.name)
      .sort()
      .join(' ')}; hierarchy -top ${inp.top}; proc; opt_clean; write_cxxrtl -noflatten ${inp.trace ? '-g2' : '-g0'} design.cc`;
    let outTree: Record<string, unknown>;
    try {
      outTree = (await runYosys(['-q', '-p', script], tree, { stdout: null, stderr: null, synchronously: false })) as Record<
        string,
        unknown
      >;
    } catch (e) {
      return { ok: false, message: `yosys write_cxxrtl failed: ${e instanceof Error ? e.message : String(e)}` };
    }
    const cc = outTree['design.cc'];
    if (typeof cc !== 'string' && !(cc instanceof Uint8Array)) return { ok: false, message: 'yosys did not write design.cc' };
    writeFileSync(join(work, 'design.cc'), cc);
    const rt = await cxxrtlRuntime(inp.cacheDir, toolVersion.split(' / ')[0]);
    const r = await run(process.env.CXX ?? 'g++', [...CXX_FLAGS, `-I${rt}`, '-o', 'sim', 'tb.cpp'], work);
    if (r.code !== 0) return { ok: false, message: `C++ build of the CXXRTL model failed:\n${r.out.slice(-4000)}` };
  }
  ensureDir(join(inp.cacheDir, 'rtl'));
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(work, dir);
  } catch {
    rmSync(work, { recursive: true, force: true });
  }
  return { ok: true, value: { binary, cached: false, seconds: (Date.now() - t0) / 1000 } };
}
