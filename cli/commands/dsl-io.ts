// What the DSL commands share: loading a design with its text (for caret snippets) and
// printing diagnostics. Files are named as the user gave them; reads resolve against ctx.cwd.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDesign, renderDiagnostics, type ParsedDesign } from '../../dsl/index.js';
import type { Diagnostic } from '../../ir/index.js';
import { ensureDir } from '../../util/fs.js';
import { EXIT, raise, type CommandContext } from '../context.js';

export function load(ctx: CommandContext, file: string): ParsedDesign {
  return loadDesign(file, { cwd: ctx.cwd });
}

export function printDiagnostics(ctx: CommandContext, diags: readonly Diagnostic[]): void {
  if (diags.length === 0) return;
  const cache = new Map<string, string | undefined>();
  ctx.stderr(
    renderDiagnostics(diags, (f) => {
      if (!cache.has(f)) {
        try {
          cache.set(f, readFileSync(resolve(ctx.cwd, f), 'utf8'));
        } catch {
          cache.set(f, undefined);
        }
      }
      return cache.get(f);
    }),
  );
}

export const errorCount = (d: readonly Diagnostic[]) => d.filter((x) => x.severity === 'error').length;
export const warningCount = (d: readonly Diagnostic[]) => d.filter((x) => x.severity === 'warning').length;

/**
 * Creates an output or cache folder the user named; on failure prints why and sets exit 1.
 * Returns false when the command should stop.
 */
export function prepareDir(ctx: CommandContext, dir: string, what: string): boolean {
  try {
    ensureDir(resolve(ctx.cwd, dir));
    return true;
  } catch (e) {
    ctx.stderr(`error: ${(e as Error).message}\n  = hint: choose a writable ${what} folder\n`);
    raise(ctx, EXIT.INPUT);
    return false;
  }
}
