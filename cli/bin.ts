// The `tpe` process: bundled to dist/cli.js (build/build.mjs) and started by bin/tpe.js.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
