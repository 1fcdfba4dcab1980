// Where the vendored IHP SG13G2 liberty lives. The liberty (Apache-2.0) is carried in
// third_party/ so that synthesis, calibration and tests need nothing outside the repo; it is the
// default of every `--liberty`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { assetPath, toolkitRoot } from '../util/assets.js';

/** The toolkit's root folder (the repository, or the installed package). */
export const repoRoot = (): string => toolkitRoot();

export const IHP_LIBERTY = 'sg13g2_stdcell_typ_1p20V_25C.lib';

/** The vendored liberty folder (liberty, cell models, licence). */
export const ihpDir = (): string => assetPath('third_party', 'ihp-sg13g2');

/** The vendored liberty path, or undefined if the file is missing from this installation. */
export function sharedLibertyPath(file = IHP_LIBERTY): string | undefined {
  const p = resolve(ihpDir(), file);
  return existsSync(p) ? p : undefined;
}
