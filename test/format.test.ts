// The sources are formatted by prettier (.prettierrc, .prettierignore): a file that is not is a
// test failure naming it, with the command that fixes it. Code only (TypeScript and JavaScript):
// Markdown, YAML and JSON hold hand-laid tables and goldens, templates and Verilog are output.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
export const FORMAT_GLOBS = ['**/*.ts', '**/*.mts', '**/*.mjs', '**/*.js'];

it('every TypeScript / JavaScript source is prettier-formatted (fix: npm run format)', () => {
  let out = '';
  try {
    execFileSync(process.execPath, [resolve(ROOT, 'node_modules/prettier/bin/prettier.cjs'), '--list-different', ...FORMAT_GLOBS], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    // prettier exits 1 when files differ (listed on stdout), 2 on its own errors.
    if (err.status !== 1) throw new Error(`prettier failed: ${err.stderr ?? String(e)}`);
    out = err.stdout ?? '';
  }
  expect(out.split('\n').filter(Boolean), 'files not formatted: run npm run format').toEqual([]);
}, 120_000);
