// Reading result files named on the command line (JSON Lines), with coded diagnostics.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../ir/index.js';
import { fsReason } from '../util/fs.js';
import { isReproduction, reproductionRows } from './reproduce.js';
import { parseRows, REPORT_CODES, type SourcedRow } from './rows.js';

/** The rows file a command-line name means: a results folder of `tpe sweep -o dir` holds dir/rows.jsonl. */
export function rowsPath(f: string, cwd: string): string {
  try {
    if (statSync(resolve(cwd, f)).isDirectory()) return join(f, 'rows.jsonl');
  } catch {
    /* reported when read */
  }
  return f;
}

export function readRowFiles(names: readonly string[], cwd: string): { rows: SourcedRow[]; diagnostics: Diagnostic[] } {
  const rows: SourcedRow[] = [];
  const diagnostics: Diagnostic[] = [];
  const files = names.map((f) => rowsPath(f, cwd));
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(resolve(cwd, f), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      diagnostics.push({
        code: REPORT_CODES.unreadable,
        severity: 'error',
        message: `cannot read ${f}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : fsReason(e)}`,
        expected: 'a JSON Lines file of sweep results, or a results folder holding rows.jsonl',
        hint: 'check the path; shards are joined with tpe merge results-*/ -o all.jsonl',
      });
      continue;
    }
    // `tpe reproduce --json` output is one JSON document, not JSON Lines (report/reproduce.ts).
    const doc = text.trimStart().startsWith('{') ? parseWhole(text) : undefined;
    const r = isReproduction(doc) ? reproductionRows(doc as Parameters<typeof reproductionRows>[0], f) : parseRows(text, f);
    rows.push(...r.rows);
    diagnostics.push(...r.diagnostics);
  }
  if (diagnostics.length === 0 && rows.length === 0) {
    diagnostics.push({
      code: REPORT_CODES.empty,
      severity: 'error',
      message: `no rows in ${files.join(', ')}`,
      expected: 'at least one JSON Lines row',
      hint: 'did the sweep run? `tpe sweep spec.yaml -o results/` writes the rows',
    });
  }
  return { rows, diagnostics };
}

function parseWhole(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
