// What the regression tests share: the CLI in-process (main) and as a real process (bin/tpe.js,
// the compiled CLI that test/global-setup.ts rebuilt), and a scratch folder.
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'tpe.js');

export function scratch(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `tpe-${prefix}-`));
  chmodSync(d, 0o755); // readable by the unprivileged user of asUser()
  return d;
}

export async function run(argv: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '',
    err = '';
  const code = await main(argv, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    cwd,
    isTTY: false,
  });
  return { code, out, err };
}

/** `tpe argv...` as a process; as root it runs as the unprivileged `nobody` (65534), so file permissions apply. */
export function proc(argv: string[], o: { cwd?: string; asUser?: boolean; timeout?: number } = {}) {
  const opts: SpawnSyncOptions = { cwd: o.cwd ?? ROOT, encoding: 'utf8', timeout: o.timeout ?? 60_000 };
  if (o.asUser && process.getuid?.() === 0) Object.assign(opts, { uid: 65534, gid: 65534 });
  const r = spawnSync(process.execPath, [BIN, ...argv], opts);
  return { code: r.status, signal: r.signal, out: String(r.stdout ?? ''), err: String(r.stderr ?? '') };
}

/** `tpe argv...` with stdout closed after the first line, like `| head -1`. */
export function procFirstLine(argv: string[], cwd = ROOT): Promise<{ code: number | null; first: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let first = '',
      err = '',
      done = false;
    p.stdout.on('data', (b: Buffer) => {
      if (done) return;
      first += b.toString();
      const nl = first.indexOf('\n');
      if (nl >= 0) {
        done = true;
        first = first.slice(0, nl + 1);
        p.stdout.destroy();
      }
    });
    p.stderr.on('data', (b: Buffer) => {
      err += b.toString();
    });
    p.on('close', (code) => resolve({ code, first, err }));
  });
}
