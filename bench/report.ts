// `npx tsx bench/report.ts [--rows N] [--keep DIR]` (after `npm run build`: it runs bin/tpe.js):
// the report's budgets (issue 13).
//   - a 10,000-row sweep report: file size (< 2 MB) and time to render in headless Chromium (< 2 s)
//   - the single-design report: file size (< 500 KB) and render time
// Rows come from real estimates (scripts/report-fixtures.ts --bench). Render time = the page's
// performance.now() in the first frame after every view is drawn (navigation start to painted;
// report/page/main.js), median of 3 loads, next to the same measure for a blank page and for a page that only parses the inlined
// d3, measured in the same run (load from other processes skews absolute times; the ratios less).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, type Session } from './chromium.js';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROWS = Number(opt('--rows') ?? 10000);
const dir = opt('--keep') ?? mkdtempSync(join(tmpdir(), 'tpe-bench-report-'));
mkdirSync(dir, { recursive: true });

const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const tpe = (argv: string[]) => {
  const t0 = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'bin', 'tpe.js'), ...argv], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t0;
};
const median = (v: number[]) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)];
const kb = (f: string) => statSync(f).size / 1024;

// Inputs.
const rowsFile = join(dir, 'rows.jsonl');
let t0 = performance.now();
execFileSync(process.execPath, [tsx, join(ROOT, 'scripts', 'report-fixtures.ts'), '--bench', String(ROWS), '-o', rowsFile], {
  cwd: ROOT,
  stdio: 'inherit',
});
const genMs = performance.now() - t0;
const nRows = readFileSync(rowsFile, 'utf8')
  .split('\n')
  .filter((l) => l !== '').length;

const sweepHtml = join(dir, 'sweep.html');
const designHtml = join(dir, 'design.html');
const bigDesignHtml = join(dir, 'design-big.html');
const sweepCliMs = tpe(['report', rowsFile, '-o', sweepHtml]);
const designCliMs = tpe(['report', 'examples/sa_os_opt1.tpe', '--gemm', '64x64x64', '--tech', 'ihp-sg13g2', '-o', designHtml]);
// The largest single-design data: many tiles (256 drawn) and the biggest example array.
tpe(['report', 'examples/sa_ws_opt2.tpe', '--gemm', '300x200x300', '--tech', 'ihp-sg13g2', '-o', bigDesignHtml]);

// Baselines: a blank page, and a page that parses the same inlined d3 and does nothing else.
const blank = join(dir, 'blank.html');
const readyScript =
  '<script>window.tpeReport={ready:false};requestAnimationFrame(()=>setTimeout(()=>{window.tpeReport={ready:true,paintMs:performance.now()}},0))</script>';
writeFileSync(blank, `<!DOCTYPE html><html><body>${readyScript}</body></html>`);
const d3only = join(dir, 'd3-only.html');
const d3 = readFileSync(join(ROOT, 'node_modules', 'd3', 'dist', 'd3.min.js'), 'utf8');
writeFileSync(d3only, `<!DOCTYPE html><html><body><script>${d3}</script>${readyScript}</body></html>`);

async function renderMs(s: Session, file: string, loads = 3): Promise<{ page: number; wall: number }> {
  const page: number[] = [],
    wall: number[] = [];
  for (let i = 0; i < loads; i++) {
    const t = performance.now();
    const { page: p, log } = await openPage(s, pathToFileURL(file).href);
    wall.push(performance.now() - t);
    if (log.errors.length || log.failed.length) throw new Error(`${file}: ${[...log.errors, ...log.failed].join('; ')}`);
    page.push(await p.evaluate(() => (window as unknown as { tpeReport: { paintMs: number } }).tpeReport.paintMs));
    await p.close();
  }
  return { page: median(page), wall: median(wall) };
}

const s = await launch();
const r: Record<string, { page: number; wall: number }> = {};
for (const [k, f] of [
  ['blank', blank],
  ['d3 only', d3only],
  ['single design', designHtml],
  ['single design, big', bigDesignHtml],
  [`sweep, ${nRows} rows`, sweepHtml],
] as const)
  r[k] = await renderMs(s, f);
const marks = await (async () => {
  const { page } = await openPage(s, pathToFileURL(sweepHtml).href);
  const n = await page.$$eval('#pareto-plot circle.mark', (e) => e.length);
  await page.close();
  return n;
})();
await s.close();

const line = (k: string, v: { page: number; wall: number }) =>
  `  ${k.padEnd(22)} ${v.page.toFixed(0).padStart(6)} ms to painted (page clock)  ${v.wall.toFixed(0).padStart(6)} ms load + ready (driver)  ${(v.page / r['blank'].page).toFixed(1).padStart(6)}x blank  ${(v.page / r['d3 only'].page).toFixed(1).padStart(6)}x d3-only`;
const out = [
  `report benchmark (${new Date().toISOString().slice(0, 10)}; files in ${dir})`,
  `  rows generated: ${nRows} from real estimates in ${(genMs / 1000).toFixed(1)} s (not part of the budget)`,
  `  tpe report ${nRows} rows: ${(sweepCliMs / 1000).toFixed(2)} s wall (node start included), ${kb(sweepHtml).toFixed(0)} KB = ${(statSync(sweepHtml).size / 1048576).toFixed(2)} MB  (budget 2 MB)  ${kb(sweepHtml) < 2048 ? 'OK' : 'OVER'}`,
  `  tpe report design (64x64x64): ${(designCliMs / 1000).toFixed(2)} s wall, ${kb(designHtml).toFixed(0)} KB  (budget 500 KB)  ${kb(designHtml) < 500 ? 'OK' : 'OVER'}`,
  `  tpe report design (sa_ws_opt2, 300x200x300, 256 tiles drawn): ${kb(bigDesignHtml).toFixed(0)} KB  (budget 500 KB)  ${kb(bigDesignHtml) < 500 ? 'OK' : 'OVER'}`,
  `  marks drawn in the ${nRows}-row scatter: ${marks}`,
  'render in headless Chromium (median of 3):',
  ...Object.entries(r).map(([k, v]) => line(k, v)),
  `  budget: ${nRows}-row report painted in under 2000 ms: ${r[`sweep, ${nRows} rows`].page < 2000 ? 'OK' : 'OVER'} (${r[`sweep, ${nRows} rows`].page.toFixed(0)} ms)`,
];
console.log(out.join('\n'));
