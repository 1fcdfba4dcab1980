// Reading the Liberty file a user names: a missing or unreadable file is a diagnostic with a
// code, what was expected and where the IHP liberty lives, not a bare errno.
import { resolve } from 'node:path';
import type { Diagnostic, Result } from '../ir/index.js';
import { readBounded } from '../util/fs.js';
import { IHP_LIBERTY } from './paths.js';

/** Larger than any real liberty (the IHP one is 1.7 MB), and bounded: `/dev/zero` is refused. */
export const MAX_LIBERTY_BYTES = 512 << 20;

export interface LibertyText {
  /** As the user wrote it (reports and messages stay machine independent). */
  name: string;
  text: string;
}

const REASON: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EFBIG: `larger than ${MAX_LIBERTY_BYTES} bytes`,
  EBINARY: 'it holds NUL bytes, not text (a binary file or a device)',
};

/** Reads `file` (relative to cwd). Code E0910. */
export function readLiberty(file: string, cwd: string): Result<LibertyText> {
  try {
    return {
      value: { name: file, text: readBounded(resolve(cwd, file), MAX_LIBERTY_BYTES, { text: true }).toString('utf8') },
      diagnostics: [],
    };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = (code && REASON[code]) ?? code ?? String(e);
    const d: Diagnostic = {
      code: 'E0910',
      severity: 'error',
      message: `cannot read liberty ${file}: ${why}`,
      expected: 'a readable Liberty (.lib) timing library',
      hint: `the IHP SG13G2 liberty is third_party/ihp-sg13g2/${IHP_LIBERTY} in the toolkit`,
    };
    return { diagnostics: [d] };
  }
}
