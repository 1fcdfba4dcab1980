// Reading result files named on the command line (JSON Lines), with coded diagnostics.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../ir/index.js';
import { parseRows, REPORT_CODES, type SourcedRow } from './rows.js';

export function readRowFiles(files: readonly string[], cwd: string): { rows: SourcedRow[]; diagnostics: Diagnostic[] } {
  const rows: SourcedRow[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const f of files) {
    let text: string;
    try { text = readFileSync(resolve(cwd, f), 'utf8'); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      diagnostics.push({
        code: REPORT_CODES.unreadable, severity: 'error', message: `cannot read ${f}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code ?? String(e)}`,
        expected: 'a JSON Lines file of sweep results', hint: code === 'EISDIR' ? 'merge a results folder first: tpe merge results/ -o all.jsonl' : 'check the path',
      });
      continue;
    }
    const r = parseRows(text, f);
    rows.push(...r.rows);
    diagnostics.push(...r.diagnostics);
  }
  if (diagnostics.length === 0 && rows.length === 0) {
    diagnostics.push({ code: REPORT_CODES.empty, severity: 'error', message: `no rows in ${files.join(', ')}`, expected: 'at least one JSON Lines row', hint: 'did the sweep run? `tpe sweep spec.yaml -o results/` writes the rows' });
  }
  return { rows, diagnostics };
}
