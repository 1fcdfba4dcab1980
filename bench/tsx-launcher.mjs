// The launcher bin/tpe.js was before the build step (the sources through tsx's loader): the
// baseline of bench/startup.ts.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
