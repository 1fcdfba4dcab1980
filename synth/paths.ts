// Where the repository and the vendored IHP SG13G2 liberty live. The liberty (Apache-2.0) is
// carried in third_party/ so that synthesis, calibration and tests need nothing outside the repo.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const IHP_LIBERTY = 'sg13g2_stdcell_typ_1p20V_25C.lib';

/** The vendored liberty folder (liberty, cell models, licence). */
export const IHP_DIR = resolve(repoRoot, 'third_party', 'ihp-sg13g2');

/** The vendored liberty path, or undefined if the file is missing from this installation. */
export function sharedLibertyPath(file = IHP_LIBERTY): string | undefined {
  const p = resolve(IHP_DIR, file);
  return existsSync(p) ? p : undefined;
}
