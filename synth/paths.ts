// Where the repository and the shared liberty live. CI clones the repo next to a copy of
// shared/, so the IHP liberty is resolved as <repo>/../shared/liberty/<file>.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const IHP_LIBERTY = 'sg13g2_stdcell_typ_1p20V_25C.lib';

/** The shared liberty path, or undefined when the shared folder is absent. */
export function sharedLibertyPath(file = IHP_LIBERTY): string | undefined {
  const p = resolve(repoRoot, '..', 'shared', 'liberty', file);
  return existsSync(p) ? p : undefined;
}
