#!/usr/bin/env node
// The `tpe` command: the compiled CLI in dist/ (built by `npm run build`, which `npm ci` runs).
try {
  await import('../dist/cli.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/cli.js')) throw e;
  process.stderr.write('tpe: the compiled CLI (dist/cli.js) is missing: run `npm run build` in the toolkit folder (npm ci does it)\n');
  process.exitCode = 3;
}
