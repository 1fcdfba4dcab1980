// Shared by the sweep tests: specs written into a temporary folder, the CLI as a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseSpecText, type SweepSpec } from '../../sweep/spec.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXAMPLES = join(ROOT, 'examples');
export const TPE = join(ROOT, 'bin', 'tpe.js');

export function tempDir(tag: string): string {
  return mkdtempSync(join(tmpdir(), `tpe-${tag}-`));
}

/** A spec over the examples (absolute paths) with the given body lines after `designs:`. */
export function specYaml(designs: string[], body: string): string {
  return `designs: [${designs.map((d) => join(EXAMPLES, d)).join(', ')}]\n${body}`;
}

export async function specOf(text: string, file = 'spec.yaml'): Promise<SweepSpec> {
  const r = await parseSpecText(text, file, EXAMPLES);
  if (!r.spec) throw new Error(`spec did not load: ${JSON.stringify(r.diagnostics)}`);
  return r.spec;
}

export function writeSpec(dir: string, text: string, name = 'spec.yaml'): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

export function tpe(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [TPE, ...args], { cwd: opts.cwd ?? ROOT, encoding: 'utf8', env: { ...process.env, ...opts.env } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

export const lines = (p: string): string[] =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0);
