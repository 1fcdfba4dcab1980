// Reading the Liberty file a user names: a missing or unreadable file is a diagnostic with a
// code, what was expected and where the IHP liberty lives, not a bare errno.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic, Result } from '../ir/index.js';
import { IHP_LIBERTY } from './paths.js';

export interface LibertyText {
  /** As the user wrote it (reports and messages stay machine independent). */
  name: string;
  text: string;
}

const REASON: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

/** Reads `file` (relative to cwd). Code E0910. */
export function readLiberty(file: string, cwd: string): Result<LibertyText> {
  try {
    return { value: { name: file, text: readFileSync(resolve(cwd, file), 'utf8') }, diagnostics: [] };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = (code && REASON[code]) ?? code ?? String(e);
    const d: Diagnostic = {
      code: 'E0910', severity: 'error', message: `cannot read liberty ${file}: ${why}`,
      expected: 'a readable Liberty (.lib) timing library',
      hint: `the IHP SG13G2 liberty is third_party/ihp-sg13g2/${IHP_LIBERTY} in the toolkit`,
    };
    return { diagnostics: [d] };
  }
}
