// Locating the external tools (Verilator, g++) and the npm Yosys. A missing tool is reported as
// data with the fix, never as a stack trace.
import { spawnSync } from 'node:child_process';

export interface ToolStatus {
  readonly ok: boolean;
  readonly version?: string;
  readonly fix?: string;
}

const memo = new Map<string, ToolStatus>();

function probe(cmd: string, args: string[], fix: string): ToolStatus {
  const key = `${cmd} ${args.join(' ')}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  const st: ToolStatus = r.status === 0 ? { ok: true, version: (r.stdout || r.stderr).split('\n')[0].trim() } : { ok: false, fix };
  memo.set(key, st);
  return st;
}

export function verilatorStatus(): ToolStatus {
  return probe('verilator', ['--version'], 'install Verilator (Debian/Ubuntu: `apt-get install verilator`), or use `--sim cxxrtl`');
}

export function cxxStatus(): ToolStatus {
  return probe(process.env.CXX ?? 'g++', ['--version'], 'install a C++ compiler (Debian/Ubuntu: `apt-get install g++`) or set CXX');
}

export async function yosysWasmVersion(): Promise<string> {
  const m = await import('@yowasp/yosys');
  return `yowasp-yosys ${m.version}`;
}
