// `npm run build` (also run by `npm ci` / `npm install` through "prepare", and before `npm pack`):
// the bundles (build/bundle.mjs), then the library's .d.ts with tsc (tsconfig.build.json).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { bundle, ROOT } from './bundle.mjs';

await bundle();
rmSync(join(ROOT, 'dist', 'types'), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
