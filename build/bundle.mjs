// The JavaScript half of `npm run build`: the CLI (dist/cli.js) and the library (dist/index.js)
// as ESM bundles with esbuild, sharing chunks, each command's module in its own chunk.
//
// Why a bundle and not tsc's one-file-per-module output: start-up. Node's ESM loader pays per
// file, and chevrotain alone is ~600 files (lodash-es): `tpe check` cost 0.40 s of CPU from tsc
// output, under 0.1 s bundled (README "Start-up"). Types come from tsc (build/build.mjs).
//
// The rule for npm packages: package.json "dependencies" are what the package loads from
// node_modules at run time, so they stay outside the bundle (@yowasp/yosys: WebAssembly and
// resource files, imported only by the commands that run Yosys; a package that reads its own files,
// such as a browser driver, belongs there too). Everything else the code imports (chevrotain,
// commander, handlebars, ajv) is a devDependency and bundled in, so it costs no start-up and no
// install. If the shipped .d.ts ever reference such a package's types, the pack test's
// type-check fails (test/package/pack.test.ts) and the package must move to "dependencies".
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** package.json "dependencies": loaded from node_modules at run time, never bundled. */
export function runtimeDependencies() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return Object.keys(pkg.dependencies ?? {}).sort();
}

/** The esbuild options of the bundles (test/cli/startup-imports.test.ts inspects their graph). */
export function bundleOptions() {
  return {
    absWorkingDir: ROOT,
    // sweep-worker: the entry of `tpe sweep`'s worker threads (sweep/pool.ts starts dist/sweep-worker.js).
    entryPoints: { cli: 'cli/bin.ts', index: 'api/index.ts', 'sweep-worker': 'sweep/worker.ts' },
    outdir: 'dist',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: runtimeDependencies(),
    // CommonJS dependencies (handlebars, ajv) call require() for Node built-ins.
    banner: { js: "import { createRequire as __tpeRequire } from 'node:module'; const require = __tpeRequire(import.meta.url);" },
    // Licences of bundled packages go to dist/THIRD-PARTY-LICENSES.txt (see bundle()).
    legalComments: 'none',
    logLevel: 'warning',
  };
}

/**
 * Writes dist/cli.js, dist/index.js and dist/chunks/, then removes chunks of earlier builds.
 * Each file is replaced by a rename, never deleted first: a `tpe` process started by a test
 * while another test rebuilds (test/global-setup.ts, the pack test) always finds its chunks.
 */
export async function bundle() {
  const r = await build({ ...bundleOptions(), write: false, metafile: true });
  const outputs = [...r.outputFiles, { path: join(ROOT, 'dist', 'THIRD-PARTY-LICENSES.txt'), contents: Buffer.from(licenses(r.metafile)) }];
  const keep = new Set();
  for (const f of outputs) {
    keep.add(f.path);
    mkdirSync(dirname(f.path), { recursive: true });
    let same = false;
    try {
      same = readFileSync(f.path).equals(Buffer.from(f.contents));
    } catch {
      /* new file */
    }
    if (same) continue;
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
  }
  const chunks = join(ROOT, 'dist', 'chunks');
  for (const f of readdirSync(chunks)) if (!keep.has(join(chunks, f))) rmSync(join(chunks, f), { force: true });
}

/** The package folder of a bundled input (`node_modules/@scope/name/...` -> its folder). */
function packageDir(input) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return m ? m[1] : undefined;
}

/** Name, version and licence text of every npm package inside the bundles, sorted by name. */
function licenses(meta) {
  const dirs = [...new Set(Object.keys(meta.inputs).map(packageDir).filter(Boolean))];
  const parts = dirs
    .map((d) => {
      const pkg = JSON.parse(readFileSync(join(ROOT, d, 'package.json'), 'utf8'));
      const file = readdirSync(join(ROOT, d))
        .filter((f) => /^licen[cs]e/i.test(f))
        .sort()[0];
      const text = file
        ? readFileSync(join(ROOT, d, file), 'utf8').trim()
        : `(no licence file; package.json says ${pkg.license ?? 'nothing'})`;
      return { name: pkg.name, text: `${pkg.name}@${pkg.version} (${pkg.license ?? 'unknown'})\n\n${text}\n` };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return 'Third-party packages bundled into dist/ (their licences follow).\n\n' + parts.map((p) => p.text).join(`\n${'-'.repeat(72)}\n\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundle();
