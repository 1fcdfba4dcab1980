// The reports in real headless Chromium (Debian `chromium`, driven by playwright-core): no
// console error or failed request, one mark per plotted row, hover shows the row's numbers,
// brushing filters the table, the page is not blank, hostile strings render as text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fmt, nonDominated } from '../../report/index.js';
import { chromiumAvailable, CHROMIUM, launch, openPage, type Page, type Session } from '../../bench/chromium.js';
import { CI, FIXTURE_FILES, fixtureRows, run } from './helpers.js';

const HAVE = chromiumAvailable();
if (!HAVE) {
  if (CI) throw new Error(`${CHROMIUM} is missing: CI must run the browser tests (.ci/run installs chromium)`);
  console.info(`test/report/browser skipped: ${CHROMIUM} not found (apt-get install chromium); CI never skips it`);
}

const XSS = '</script><script>alert(1)</script>';
const dir = mkdtempSync(join(tmpdir(), 'tpe-report-browser-'));
const url = (f: string) => pathToFileURL(join(dir, f)).href;
let s: Session;

type Box = { i: number; x: number; y: number };

/** Centre of every mark of the Pareto plot in viewport coordinates (plot scrolled into view), with its row. */
async function markCentres(page: Page): Promise<Box[]> {
  await page.locator('#pareto-plot').scrollIntoViewIfNeeded();
  return page.$$eval('#pareto-plot circle.mark', (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { i: Number(e.getAttribute('data-row')), x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }),
  );
}

/** Fraction of pixels that differ between two PNG screenshots (decoded by the browser itself). */
async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([pa, pb]) => {
      const load = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, c.width, c.height);
      };
      const [x, y] = [await load(pa), await load(pb)];
      const n = Math.min(x.data.length, y.data.length) / 4;
      let diff = 0;
      for (let p = 0; p < n; p++) {
        const k = 4 * p;
        if (Math.abs(x.data[k] - y.data[k]) + Math.abs(x.data[k + 1] - y.data[k + 1]) + Math.abs(x.data[k + 2] - y.data[k + 2]) > 30)
          diff++;
      }
      return diff / n;
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

describe.skipIf(!HAVE)('reports in headless Chromium', () => {
  beforeAll(async () => {
    const r = await run(['report', ...FIXTURE_FILES, '-o', join(dir, 'sweep.html')]);
    expect(r.code).toBe(0);
    const d = await run([
      'report',
      'examples/sa_os_opt1.tpe',
      '--gemm',
      '40x20x48',
      '--tech',
      'ihp-sg13g2',
      '-o',
      join(dir, 'design.html'),
    ]);
    expect(d.code).toBe(0);
    // A hostile design name, file name, parameter value, workload name and title.
    const row = fixtureRows()[0];
    const rows = [
      { ...row, key: 'xss-1', design: { name: XSS, file: `${XSS}.tpe` }, params: { note: XSS }, workload: { name: XSS } },
      { ...row, key: 'xss-2', status: 'error', diagnostic: `<img src=x onerror=alert(2)>${XSS}` },
    ];
    writeFileSync(join(dir, 'xss.jsonl'), rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
    expect((await run(['report', join(dir, 'xss.jsonl'), '--title', XSS, '-o', join(dir, 'xss.html')])).code).toBe(0);
    expect((await run(['report', 'examples/sa_ws.tpe', '--gemm', '9x9x9', '--title', XSS, '-o', join(dir, 'xss-design.html')])).code).toBe(
      0,
    );
    // A real sweep's rows (the CI spec at the fast level), not a fixture.
    expect((await run(['sweep', 'examples/sweeps/ci.yaml', '-o', join(dir, 'sweep-ci')])).code).toBe(0);
    expect((await run(['report', join(dir, 'sweep-ci', 'rows.jsonl'), '-o', join(dir, 'real.html')])).code).toBe(0);
    writeFileSync(join(dir, 'blank.html'), '<!DOCTYPE html><html><body></body></html>');
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the sweep report loads with no console error and no request but the file itself', async () => {
    const { page, log } = await openPage(s, url('sweep.html'));
    expect(log.errors).toEqual([]);
    expect(log.failed).toEqual([]);
    expect(log.requests).toEqual([url('sweep.html')]);
    expect(await page.$$eval('section', (e) => e.map((x) => x.id))).toEqual([
      'summary',
      'pareto',
      'table',
      'ratios',
      'breakdown',
      'layers',
      'accuracy',
      'problems',
    ]);
    await page.close();
  });

  it('a report of a real `tpe sweep` run: no console error, one mark per ok row, the invalid rows listed', async () => {
    const { page, log } = await openPage(s, url('real.html'));
    expect(log.errors).toEqual([]);
    expect(log.failed).toEqual([]);
    const rows = readFileSync(join(dir, 'sweep-ci', 'rows.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const ok = rows.filter((r) => r.status === 'ok');
    expect(ok.length).toBeGreaterThan(100);
    expect(ok.length).toBeLessThan(rows.length);
    expect((await markCentres(page)).length).toBe(ok.length);
    const problems = await page.locator('#problems').innerText();
    for (const r of rows.filter((x) => x.status === 'invalid').slice(0, 3)) expect(problems).toContain(r.diagnostic.message.slice(0, 40));
    await page.close();
  });

  it('one mark per row that has both metrics, for every workload chosen; the outlined set is the non-dominated one', async () => {
    const { page } = await openPage(s, url('sweep.html'));
    const ok = fixtureRows().filter((r) => r.status === 'ok');
    const plotted = ok.map((r, i) => i).filter((i) => ok[i].metrics.areaUm2 !== undefined && ok[i].metrics.energyPerMacPj !== undefined);
    expect(plotted.length).toBeGreaterThan(50);
    expect((await markCentres(page)).map((m) => m.i).sort((a, b) => a - b)).toEqual(plotted);
    const front = nonDominated(plotted.map((i) => [ok[i].metrics.areaUm2, ok[i].metrics.energyPerMacPj])).map((k) => plotted[k]);
    expect(await page.evaluate(() => (window as any).tpeReport.front)).toEqual(front);
    expect(
      await page.$$eval('#pareto-plot circle.mark.front', (e) => e.map((x) => Number(x.getAttribute('data-row'))).sort((a, b) => a - b)),
    ).toEqual(front);
    // Choose one workload: marks are that workload's rows only.
    const label = 'llama-3-8b decode qkv (8x6144x4096)';
    await page.selectOption('select[data-control="workload"]', { label });
    const want = plotted.filter((i) => ok[i].workload.layer === 'qkv');
    expect(want.length).toBe(4);
    expect((await markCentres(page)).map((m) => m.i).sort((a, b) => a - b)).toEqual(want);
    // Other axes: TOPS/W against fmax.
    await page.selectOption('select[data-control="workload"]', { label: 'all workloads' });
    await page.selectOption('select[data-control="x"]', 'fmaxMHz');
    await page.selectOption('select[data-control="y"]', 'topsPerW');
    const both = ok.map((r, i) => i).filter((i) => ok[i].metrics.fmaxMHz !== undefined && ok[i].metrics.topsPerW !== undefined);
    expect((await markCentres(page)).length).toBe(both.length);
    await page.close();
  });

  it("hovering a mark shows that row's design and numbers", async () => {
    const { page } = await openPage(s, url('sweep.html'));
    const ok = fixtureRows().filter((r) => r.status === 'ok');
    const marks = await markCentres(page);
    // A mark with no other mark within 6 px, so the nearest point is unambiguous.
    const lonely = marks.filter((m) => marks.every((o) => o === m || Math.hypot(o.x - m.x, o.y - m.y) > 6));
    expect(lonely.length).toBeGreaterThan(10);
    for (const m of [lonely[0], lonely[Math.floor(lonely.length / 2)], lonely[lonely.length - 1]]) {
      await page.mouse.move(m.x, m.y);
      const tip = page.locator('#tooltip');
      await tip.waitFor({ state: 'visible' });
      const text = await tip.innerText();
      const r = ok[m.i];
      expect(text).toContain(r.design.name);
      for (const k of ['areaUm2', 'energyPerMacPj', 'cycles', 'fmaxMHz', 'topsPerW'])
        if (r.metrics[k] !== undefined) expect(text).toContain(fmt(r.metrics[k]));
      expect(text).toContain(r.key.slice(0, 8));
    }
    // A click selects the point: the breakdown shows its classes and names its limiting stage.
    const m = lonely[1];
    const r = ok[m.i];
    await page.mouse.click(m.x, m.y);
    const cap = await page.locator('#breakdown .caption').first().innerText();
    expect(cap).toContain(r.design.name);
    expect(cap).toContain(`limiting timing stage: ${r.limiting}`);
    const bars = await page.$$eval('#breakdown [data-bars^="area"] g.bar text', (e) => e.map((x) => x.textContent));
    for (const c of Object.keys(r.breakdown.area)) expect(bars).toContain(c);
    expect(await page.$$eval('#pareto-plot circle.mark.selected', (e) => e.map((x) => Number(x.getAttribute('data-row'))))).toEqual([m.i]);
    await page.close();
  });

  it('brushing a region keeps exactly the rows inside it in the table; clearing restores all', async () => {
    const { page } = await openPage(s, url('sweep.html'));
    const marks = await markCentres(page);
    const box = (await page.locator('#pareto-plot .brush .overlay').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    // The left 45% and the lower 70% of the plot.
    const x0 = box.x + 2,
      y0 = box.y + box.height * 0.3,
      x1 = box.x + box.width * 0.45,
      y1 = box.y + box.height - 2;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, { steps: 4 });
    await page.mouse.move(x1, y1, { steps: 4 });
    await page.mouse.up();
    const inside = marks
      .filter((m) => m.x >= x0 && m.x <= x1 && m.y >= y0 && m.y <= y1)
      .map((m) => m.i)
      .sort((a, b) => a - b);
    expect(inside.length).toBeGreaterThan(3);
    expect(inside.length).toBeLessThan(marks.length);
    const rowsInTable = async () =>
      (await page.$$eval('#rows-table tbody tr', (e) => e.map((x) => Number(x.getAttribute('data-row'))))).sort((a, b) => a - b);
    // A mark on the brush's edge may fall either way by a fraction of a pixel: allow none.
    expect(await rowsInTable()).toEqual(inside);
    expect(await page.locator('#table .caption').innerText()).toContain(`${inside.length} of `);
    expect(await page.$$eval('#pareto-plot circle.mark.dim', (e) => e.length)).toBe(marks.length - inside.length);
    await page.click('text=clear brush');
    const total = fixtureRows().filter((r) => r.status === 'ok').length;
    expect((await rowsInTable()).length).toBe(Math.min(200, total));
    await page.close();
  });

  it('the screenshot is not blank: it differs from a rendered blank page', async () => {
    const blank = await openPage(s, url('blank.html'), false);
    const b = await blank.page.screenshot();
    // TPE_REPORT_SHOTS=folder keeps full-page screenshots to look at.
    const keep = process.env.TPE_REPORT_SHOTS;
    for (const f of ['sweep.html', 'design.html']) {
      const { page, log } = await openPage(s, url(f));
      expect(log.errors).toEqual([]);
      const shot = await page.screenshot();
      expect(await pixelDifference(blank.page, shot, b)).toBeGreaterThan(0.05);
      if (keep) await page.screenshot({ path: join(keep, f.replace('.html', '.png')), fullPage: true });
      await page.close();
    }
    await blank.page.close();
  });

  it('printable: on an A4-wide page in print media nothing is wider than the page and the controls are hidden', async () => {
    for (const f of ['sweep.html', 'design.html']) {
      const { page } = await openPage(s, url(f));
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 794, height: 1123 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(794);
      expect(await page.locator('nav').isVisible()).toBe(false);
      await page.close();
    }
  });

  it('the single-design report: heat map cell per PE, a bar per tile, the limiting stage named', async () => {
    const { page, log } = await openPage(s, url('design.html'));
    expect(log.errors).toEqual([]);
    expect(log.failed).toEqual([]);
    expect(log.requests).toEqual([url('design.html')]);
    const data = JSON.parse(
      readFileSync(join(dir, 'design.html'), 'utf8').match(/<script type="application\/json" id="tpe-data">([\s\S]*?)<\/script>/)![1],
    );
    expect(await page.$$eval('#heatmap rect.pe', (e) => e.length)).toBe(data.pe.rows * data.pe.cols);
    expect(await page.$$eval('#timeline g.tile', (e) => e.length)).toBe(data.tiles.shown.length);
    expect(await page.locator('#limiting-stage').innerText()).toBe(data.timing.limiting);
    const pe = page.locator('#heatmap rect.pe').nth(9);
    await pe.hover();
    const busy = data.pe.busy[9];
    expect(await page.locator('#tooltip').innerText()).toContain(`busy ${busy} of ${data.cycles.total} cycles`);
    await page.close();
  });

  it('a design named </script><script>alert(1)</script> renders as text and no dialog opens', async () => {
    for (const f of ['xss.html', 'xss-design.html']) {
      const { page, log } = await openPage(s, url(f));
      await page.waitForTimeout(300);
      expect(log.dialogs).toEqual([]);
      expect(log.errors).toEqual([]);
      expect(await page.locator('h1').innerText()).toBe(XSS);
      expect(await page.title()).toBe(XSS);
      expect(await page.$$eval('script', (e) => e.length)).toBe(3);
      expect(await page.$$eval('img', (e) => e.length)).toBe(0);
      if (f === 'xss.html') {
        expect(await page.locator('#rows-table tbody td', { hasText: XSS }).first().innerText()).toBe(XSS);
        expect(await page.locator('#problems-table').innerText()).toContain('<img src=x onerror=alert(2)>');
        const m = (await markCentres(page))[0];
        await page.mouse.move(m.x, m.y);
        expect(await page.locator('#tooltip').innerText()).toContain(XSS);
        expect(log.dialogs).toEqual([]);
      }
      await page.close();
    }
  });
});
