// Where the toolkit's own files live (rtl-templates/, tech/, dsl/ir.schema.json, third_party/,
// examples/), the same way from the TypeScript sources (vitest, tsx), from the bundle in dist/
// and from an installed package: the nearest folder above this module whose package.json is
// the toolkit's. One helper, so no module counts `..` from where it happens to be compiled.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'tpe-toolkit';

let root: string | undefined;

/** The toolkit's root folder (holds package.json, rtl-templates/, tech/, ...). */
export function toolkitRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME) return (root = dir);
      } catch {
        /* not ours; keep looking */
      }
    }
    const up = dirname(dir);
    if (up === dir)
      throw new Error(`cannot find the ${PACKAGE_NAME} folder above ${fileURLToPath(import.meta.url)} (incomplete installation)`);
    dir = up;
  }
}

/** A path inside the toolkit, e.g. `assetPath('tech', 'generic.json')`. */
export function assetPath(...parts: string[]): string {
  return resolve(toolkitRoot(), ...parts);
}
