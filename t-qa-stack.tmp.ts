import { main } from './cli/main.ts';
const orig = console.error;
const argv = process.argv.slice(2);
// surface the stack of internal errors
const rc = await main(argv, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
console.log('rc', rc);
