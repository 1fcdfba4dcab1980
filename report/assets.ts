// What a report inlines: d3's minified build from the installed d3 package (a runtime
// dependency, resolved by Node from this module: a checkout, the bundle in dist/ or an installed
// package), the page scripts (report/page/*.js, classic scripts run in one function scope), the
// stylesheet and the layout template (the toolkit's own files, util/assets).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { assetPath } from '../util/assets.js';

/** Page scripts in the order they are concatenated (later ones use earlier ones' functions). */
export const PAGE_SCRIPTS = ['format.js', 'pareto.js', 'chart.js', 'sweep.js', 'design.js', 'main.js'] as const;

export interface Assets {
  d3: string;
  d3Version: string;
  page: string;
  css: string;
  template: string;
}

/** The report/ folder holding page/ and templates/ (package.json "files" ships both). */
function reportDir(): string {
  const d = assetPath('report');
  if (existsSync(join(d, 'page', 'main.js')) && existsSync(join(d, 'templates', 'report.html'))) return d;
  throw new Error(`report assets not found in ${d} (expected page/ and templates/): incomplete installation`);
}

/** d3's package folder, found through Node's resolution from this module (dependencies hoisted or not). */
function d3Dir(): string {
  const entry = createRequire(import.meta.url).resolve('d3');
  let d = dirname(entry);
  for (let i = 0; i < 6; i++) {
    const pj = join(d, 'package.json');
    if (existsSync(pj) && (JSON.parse(readFileSync(pj, 'utf8')) as { name?: string }).name === 'd3') return d;
    d = dirname(d);
  }
  throw new Error(`d3's package.json not found above ${entry}`);
}

/** Script text must not close its <script> element or open an HTML comment inside it. */
function checkInline(name: string, text: string, closer: string): string {
  if (text.toLowerCase().includes(closer) || text.includes('<!--'))
    throw new Error(`${name} contains ${closer} or <!--: it cannot be inlined`);
  return text;
}

let cached: Assets | undefined;

export function loadAssets(): Assets {
  if (cached) return cached;
  const dir = d3Dir();
  const d3Version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const d3 = checkInline('d3.min.js', readFileSync(join(dir, 'dist', 'd3.min.js'), 'utf8').trimEnd(), '</script');
  const rd = reportDir();
  const parts = PAGE_SCRIPTS.map(
    (f) =>
      `// ---- report/page/${f}\n${readFileSync(join(rd, 'page', f), 'utf8')
        .replace(/^\/\/ @ts-check\n/, '')
        .trimEnd()}`,
  );
  const page = checkInline('page scripts', `(function () {\n'use strict';\n${parts.join('\n')}\n})();`, '</script');
  const css = checkInline('style.css', readFileSync(join(rd, 'page', 'style.css'), 'utf8').trimEnd(), '</style');
  const template = readFileSync(join(rd, 'templates', 'report.html'), 'utf8');
  cached = { d3, d3Version, page, css, template };
  return cached;
}
