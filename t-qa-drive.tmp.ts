import { readFileSync } from 'node:fs';
import { main } from './cli/main.ts';
const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
const max = Number(process.env.MAXC ?? 600);
const realOut = process.stdout.write.bind(process.stdout);
const realErr = process.stderr.write.bind(process.stderr);
for (const line of lines) {
  const argv = line.match(/'[^']*'|\S+/g)!.map((s) => s.replace(/^'|'$/g, ''));
  let out = '', err = '', leak = '';
  (process.stdout as any).write = (s: any) => { leak += '[LEAK-OUT]' + String(s); return true; };
  (process.stderr as any).write = (s: any) => { leak += '[LEAK-ERR]' + String(s); return true; };
  let rc: number | string;
  const t0 = Date.now();
  try { rc = await main(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, cwd: process.cwd(), isTTY: false }); }
  catch (e) { rc = 'THROW ' + (e instanceof Error ? e.stack : String(e)); }
  process.stdout.write = realOut; process.stderr.write = realErr;
  const ms = Date.now() - t0;
  realOut(`\n=== tpe ${line}\n--- rc=${rc} ${ms}ms\n`);
  if (out) realOut(`--- stdout:\n${out.slice(0, max)}${out.length > max ? `...[${out.length}]` : ''}\n`);
  if (err) realOut(`--- stderr:\n${err.slice(0, max)}${err.length > max ? `...[${err.length}]` : ''}\n`);
  if (leak) realOut(`--- LEAK:\n${leak.slice(0, max)}\n`);
}
