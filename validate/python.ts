// Runs gpu/tpe_gpu (`python3 -m tpe_gpu run request.json`) and reads its result. The interpreter
// is `python3` unless TPE_PYTHON names another; the package folder goes on PYTHONPATH.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Result } from '../ir/index.js';
import { assetPath } from '../util/assets.js';
import { vError } from './diagnostics.js';
import type { GpuBackend, GpuRequest, GpuResult } from './protocol.js';

/** The folder holding the tpe_gpu package (gpu/ at the toolkit's root). */
export function gpuPackageDir(): string {
  return assetPath('gpu');
}

export function pythonCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.TPE_PYTHON && env.TPE_PYTHON.length > 0 ? env.TPE_PYTHON : 'python3';
}

export interface RunOptions {
  readonly backend: GpuBackend;
  /** Where request.json and the .npy outputs go. */
  readonly dir: string;
  readonly timeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
}

/** Writes the request into opts.dir, runs it, returns the parsed result (ok or not). */
export function runGpuRequest(req: GpuRequest, opts: RunOptions): Result<GpuResult> {
  const path = join(opts.dir, 'request.json');
  writeFileSync(path, JSON.stringify(req, null, 1) + '\n');
  return runGpuRequestFile(path, opts);
}

export function runGpuRequestFile(path: string, opts: RunOptions): Result<GpuResult> {
  const env = { ...(opts.env ?? process.env) };
  const py = pythonCommand(env);
  env.PYTHONPATH = env.PYTHONPATH ? `${gpuPackageDir()}${delimiter}${env.PYTHONPATH}` : gpuPackageDir();
  env.PYTHONUNBUFFERED = '1';
  const r = spawnSync(py, ['-m', 'tpe_gpu', 'run', path, '--backend', opts.backend], {
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: opts.timeoutMs ?? 30 * 60_000,
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return {
        diagnostics: [
          vError('V0201', `the Python interpreter '${py}' was not found`, {
            hint: 'install python3 and numpy (Debian: apt-get install python3-numpy), or set TPE_PYTHON to an interpreter',
          }),
        ],
      };
    }
    return { diagnostics: [vError('V0204', `running '${py} -m tpe_gpu' failed: ${code ?? r.error.message}`)] };
  }
  let res: GpuResult | undefined;
  try {
    res = JSON.parse(r.stdout) as GpuResult;
  } catch {
    res = undefined;
  }
  if (!res || typeof res !== 'object' || res.version !== 1) {
    const tail = (r.stderr ?? '').trim().split('\n').slice(-6).join('\n');
    if (/No module named ['"]?tpe_gpu/.test(r.stderr ?? '')) {
      return {
        diagnostics: [
          vError('V0204', `'${py}' cannot import tpe_gpu from ${gpuPackageDir()}`, {
            hint: 'the gpu/ folder of the toolkit must be present next to the sources',
          }),
        ],
      };
    }
    return {
      diagnostics: [
        vError('V0204', `'${py} -m tpe_gpu run' exited with ${r.status ?? r.signal} and no result${tail ? `:\n${tail}` : ''}`, {
          hint: 'this is a bug in the reference; please report it with the request file',
        }),
      ],
    };
  }
  if (!res.ok && res.error) {
    const e = res.error;
    const code = e.code === 'G0001' ? 'V0202' : e.code === 'G0002' ? 'V0203' : e.code === 'G0900' ? 'V0204' : 'V0104';
    return {
      value: res,
      diagnostics: [
        vError(
          code,
          `reference (${py}, ${opts.backend}): ${e.code} ${e.where ? `${e.where}: ` : ''}${e.message}`,
          e.hint ? { hint: e.hint } : {},
        ),
      ],
    };
  }
  return { value: res, diagnostics: [] };
}
