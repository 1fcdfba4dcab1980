// Lint of emitted RTL: `verilator --lint-only -Wall` (no waivers beyond the commented ones in the
// templates) and Yosys reading the design and synthesizing it (`synth -top`), with the system
// yosys when installed, else the npm @yowasp/yosys.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmittedRtl } from './index.js';
import { verilatorStatus } from './sim/tools.js';
import { ensureDir } from '../util/fs.js';

export interface LintStep {
  readonly tool: string;
  readonly ok: boolean;
  /** Tool missing: the fix. */
  readonly missing?: string;
  readonly output: string;
  readonly seconds: number;
}

function stageFiles(e: EmittedRtl, cacheDir: string): string {
  const h = createHash('sha256');
  for (const f of e.files) h.update(`${f.name}\n${f.text}\n`);
  const dir = join(cacheDir, 'lint', `${e.top}-${h.digest('hex').slice(0, 16)}`);
  rmSync(dir, { recursive: true, force: true });
  ensureDir(dir);
  for (const f of e.files) writeFileSync(join(dir, f.name), f.text);
  return dir;
}

export function verilatorLint(e: EmittedRtl, cacheDir: string): LintStep {
  const st = verilatorStatus();
  if (!st.ok) return { tool: 'verilator', ok: false, missing: st.fix!, output: '', seconds: 0 };
  const dir = stageFiles(e, cacheDir);
  const t0 = Date.now();
  const r = spawnSync('verilator', ['--lint-only', '-Wall', '--top-module', e.top, ...e.files.map((f) => f.name).sort()], {
    cwd: dir,
    encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  return {
    tool: `verilator --lint-only -Wall (${st.version})`,
    ok: r.status === 0 && output === '',
    output,
    seconds: (Date.now() - t0) / 1000,
  };
}

function systemYosys(): string | undefined {
  const r = spawnSync('yosys', ['-V'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Yosys reads the design (hierarchy -check) and, with synth, runs `synth -top`. */
export async function yosysCheck(e: EmittedRtl, cacheDir: string, synth: boolean): Promise<LintStep> {
  const files = e.files.map((f) => f.name).sort();
  const script = `read_verilog ${files.join(' ')}; hierarchy -check -top ${e.top}; ${synth ? `synth -top ${e.top}; ` : 'proc; '}check -assert`;
  const t0 = Date.now();
  const sys = systemYosys();
  if (sys) {
    const dir = stageFiles(e, cacheDir);
    const r = spawnSync('yosys', ['-q', '-p', script], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
    rmSync(dir, { recursive: true, force: true });
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
    return { tool: `${sys} (${synth ? 'synth' : 'read'})`, ok: r.status === 0, output, seconds: (Date.now() - t0) / 1000 };
  }
  const { runYosys, version } = await import('@yowasp/yosys');
  const tree: Record<string, string> = {};
  for (const f of e.files) tree[f.name] = f.text;
  let out = '';
  const dec = new TextDecoder();
  try {
    await runYosys(['-q', '-p', script], tree, {
      stdout: (b) => {
        if (b) out += dec.decode(b);
      },
      stderr: (b) => {
        if (b) out += dec.decode(b);
      },
    });
    return {
      tool: `yowasp-yosys ${version} (${synth ? 'synth' : 'read'})`,
      ok: true,
      output: out.trim(),
      seconds: (Date.now() - t0) / 1000,
    };
  } catch (err) {
    return {
      tool: `yowasp-yosys ${version}`,
      ok: false,
      output: `${out}${err instanceof Error ? err.message : String(err)}`.trim(),
      seconds: (Date.now() - t0) / 1000,
    };
  }
}
