// The report without a browser: reading rows (diagnostics with positions), the data block and
// its golden structure, determinism, escaping, the Markdown summary, the CLI's exit codes.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { componentClass } from '../../cost/report/classes.js';
import { estimate, inventory, loadTech } from '../../cost/index.js';
import { presetDesign, VARIANTS, type Architecture, type Variant } from '../../ir/index.js';
import { buildSweepData, escapeHtml, jsonForScript, nonDominated, parseRows, REPORT_CODES } from '../../report/index.js';
import { areaByClass } from '../../cost/report/classes.js';
import { dataBlock, FIXTURE_FILES, fixtureRows, ROOT, run, sectionIds } from './helpers.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const tmp = () => mkdtempSync(join(tmpdir(), 'tpe-report-'));
const XSS = '</script><script>alert(1)</script>';

/** The shape of a value: keys and array lengths kept, numbers replaced (for a structure golden). */
function skeleton(v: unknown): unknown {
  if (Array.isArray(v)) return v.length === 0 ? [] : [`${v.length} x`, skeleton(v[0])];
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.keys(v).map((k) => [k, skeleton((v as Record<string, unknown>)[k])]));
  return typeof v === 'number' ? '<number>' : v;
}

function golden(name: string, got: unknown) {
  const p = join(GOLDEN, name);
  const text = JSON.stringify(got, null, 1) + '\n';
  if (process.env.UPDATE_GOLDEN) writeFileSync(p, text);
  expect(text).toBe(readFileSync(p, 'utf8'));
}

describe('reading rows', () => {
  it('takes the issue-12 row format and ignores fields it does not know', () => {
    const r = parseRows(
      '{"key":"k1","status":"ok","level":"fast","design":{"name":"a","file":"a.tpe"},"params":{"x":1},"workload":"w","metrics":{"areaUm2":5,"cycles":"many"},"extra":{"y":2}}\n',
      'r.jsonl',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.rows[0].row.metrics).toEqual({ areaUm2: 5 });
    expect(r.rows[0].line).toBe(1);
  });

  it('reports a line that is not JSON with its line and column, and goes on', () => {
    const text =
      '{"key":"k","status":"ok","level":"fast","design":{"name":"a","file":"a"},"params":{},"workload":"w","metrics":{}}\n{"key": tru}\n';
    const r = parseRows(text, 'r.jsonl');
    expect(r.rows).toHaveLength(1);
    expect(r.diagnostics.map((d) => [d.code, d.span?.start.line, d.span?.start.col])).toEqual([[REPORT_CODES.badJson, 2, 12]]);
  });

  it('names the missing field and points at it', () => {
    const r = parseRows('{"key":"k","status":"done","level":"fast"}\n', 'r.jsonl');
    expect(r.diagnostics[0].code).toBe(REPORT_CODES.badField);
    expect(r.diagnostics[0].message).toContain('"status"');
    expect(r.diagnostics[0].span?.start.col).toBe(12);
  });

  it('reads rows as `tpe sweep` writes them (sweep/row.ts: id, detail, workload set/gemm, null metrics)', () => {
    // One real fixture row (Llama-3-8B decode qkv on sa_os) restated in that shape.
    const f = fixtureRows(['test/report/fixtures/sweep.jsonl']).find((r) => r.workload.layer === 'qkv')!;
    const macs = f.workload.M * f.workload.N * f.workload.K;
    const row = {
      key: f.key.slice(0, 16),
      id: 'abcdef0123456789',
      index: 7,
      status: 'ok',
      level: 'fast',
      design: f.design,
      params: { rows: 8 },
      workload: {
        set: 'llama-3-8b:decode:batch=8',
        gemm: 'qkv',
        M: f.workload.M,
        N: f.workload.N,
        K: f.workload.K,
        count: 32,
        data: 'normal:0,20',
      },
      metrics: { ...f.metrics, macs, energyNj: (f.metrics.energyPerMacPj * macs) / 1000, powerMw: null },
      detail: {
        architecture: f.architecture,
        opts: f.opts,
        array: [8, 8, 1],
        technology: 'ihp-sg13g2',
        clockNs: 2,
        limiting: f.limiting,
        area: Object.entries(f.breakdown.area),
        energy: Object.entries(f.breakdown.energy),
        cyclesExact: true,
      },
    };
    const r = parseRows(`${JSON.stringify(row)}\n`, 'rows.jsonl');
    expect(r.diagnostics).toEqual([]);
    const got = r.rows[0].row;
    expect(got).toMatchObject({
      id: row.id,
      architecture: 'systolic-os',
      opts: [],
      array: { rows: 8, cols: 8, depth: 1 },
      limiting: f.limiting,
    });
    expect(got.workload).toEqual({
      model: 'llama-3-8b:decode:batch=8',
      layer: 'qkv',
      M: f.workload.M,
      N: f.workload.N,
      K: f.workload.K,
      count: 32,
      data: 'normal:0,20',
    });
    expect(got.breakdown?.area).toEqual(f.breakdown.area);
    expect(got.metrics.powerMw).toBeUndefined();
    const d = buildSweepData({ files: ['rows.jsonl'], rows: r.rows }, { generator: 't' });
    expect(d.layers).toHaveLength(1);
    expect(Math.abs(d.layers[0].total.energyPj! / (32 * f.metrics.energyPerMacPj * macs) - 1)).toBeLessThan(1e-5);
    expect(d.dict.workload).toEqual([`llama-3-8b:decode:batch=8 qkv (${f.workload.M}x${f.workload.N}x${f.workload.K}), normal:0,20`]);
  });

  it('reads every fixture row', () => {
    for (const f of FIXTURE_FILES) {
      const r = parseRows(readFileSync(join(ROOT, f), 'utf8'), f);
      expect(r.diagnostics).toEqual([]);
      expect(r.rows.length).toBeGreaterThan(5);
    }
  });
});

describe('non-dominated set', () => {
  it('keeps equal points and drops dominated ones', () => {
    expect(
      nonDominated([
        [1, 5],
        [2, 2],
        [2, 2],
        [3, 1],
        [3, 3],
        [1, 6],
      ]),
    ).toEqual([0, 1, 2, 3]);
  });

  it('equals the brute-force definition (seeded)', () => {
    const seed = 1313;
    console.info(`non-dominated property: fast-check seed ${seed}`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), {
          maxLength: 40,
        }),
        (pts) => {
          const brute = pts
            .map((p, i) => i)
            .filter((i) => !pts.some((q) => q.every((v, d) => v <= pts[i][d]) && q.some((v, d) => v < pts[i][d])));
          expect(nonDominated(pts)).toEqual(brute);
        },
      ),
      { seed, numRuns: 300 },
    );
  });
});

describe('component classes', () => {
  it('every inventory item of every preset falls in a named class, and the classes add up to the area', () => {
    const tech = loadTech('ihp-sg13g2').value!;
    for (const arch of Object.keys(VARIANTS) as Architecture[])
      for (const v of VARIANTS[arch]) {
        const d = presetDesign(arch, v as Variant);
        for (const i of inventory(d).items) expect(componentClass(i), `${d.name}: ${i.block}`).not.toBe('other logic');
        const e = estimate(d, { tech }).value!;
        const sum = areaByClass(e).reduce((s, [, a]) => s + a, 0);
        expect(Math.abs(sum - e.area.total)).toBeLessThan(0.01 * areaByClass(e).length + 1e-6);
      }
  });
});

describe('escaping', () => {
  it('the data block cannot close its script tag and reads back the same', () => {
    const v = { s: `${XSS}<!-- & \u2028` };
    const j = jsonForScript(v);
    expect(j).not.toMatch(/<\/script|<!--|[<>&\u2028]/i);
    expect(JSON.parse(j)).toEqual(v);
    expect(escapeHtml(XSS)).toBe('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('a hostile design name, file, parameter, workload, title and diagnostic stay inside the data block, escaped', async () => {
    const row = fixtureRows()[0];
    const bad = { ...row, key: 'x1', design: { name: XSS, file: `${XSS}.tpe` }, params: { p: XSS }, workload: { name: XSS } };
    const err = { ...bad, key: 'x2', status: 'error', diagnostic: XSS };
    const dir = tmp();
    writeFileSync(join(dir, 'x.jsonl'), `${JSON.stringify(bad)}\n${JSON.stringify(err)}\n`);
    for (const format of ['html', 'md']) {
      const r = await run(['report', 'x.jsonl', '--title', XSS, '--format', format, '-o', `x.${format}`], dir);
      expect(r.code).toBe(0);
      const text = readFileSync(join(dir, `x.${format}`), 'utf8');
      expect(text).not.toContain('<script>alert(1)');
      expect(text).not.toContain('</script><script>alert');
      if (format === 'html') expect(text.match(/<script/g)).toHaveLength(3);
    }
  });
});

describe('sweep report', () => {
  it('golden structure: the data block and the section list of the fixtures', async () => {
    const dir = tmp();
    const r = await run(['report', ...FIXTURE_FILES, '-o', join(dir, 'r.html')]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    const data = dataBlock(html);
    expect(sectionIds(html)).toEqual(data.sections);
    expect(data.sections).toEqual(['summary', 'pareto', 'table', 'ratios', 'breakdown', 'layers', 'accuracy', 'problems']);
    golden('sweep-data.json', data);
  });

  it('same input, same bytes; no absolute paths or times in the file', async () => {
    const dir = tmp();
    await run(['report', ...FIXTURE_FILES, '-o', join(dir, 'a.html')]);
    await run(['report', ...FIXTURE_FILES, '-o', join(dir, 'b.html')]);
    const a = readFileSync(join(dir, 'a.html'), 'utf8');
    expect(a).toBe(readFileSync(join(dir, 'b.html'), 'utf8'));
    expect(a).not.toContain(ROOT);
    // Nothing to fetch: no external script, style, image or link (Chromium's request log checks the rest).
    expect(a).not.toMatch(/(src|href|action)\s*=\s*["']?(https?:)?\/\//i);
    expect(a).not.toMatch(/<link|@import|<iframe|<img/i);
  });

  it('pairs each OPT row with its baseline and carries the published ratios', async () => {
    const dir = tmp();
    await run(['report', 'test/report/fixtures/reproduce.jsonl', '-o', join(dir, 'r.html')]);
    const d = dataBlock(readFileSync(join(dir, 'r.html'), 'utf8')) as any;
    expect(d.ratios.pairs).toHaveLength(5);
    const rows = fixtureRows(['test/report/fixtures/reproduce.jsonl']);
    for (const p of d.ratios.pairs) {
      const v = rows[p.variant],
        b = rows[p.baseline];
      expect(v.baseline).toBe(b.key);
      expect(p.r.areaUm2).toBeCloseTo(v.metrics.areaUm2 / b.metrics.areaUm2, 3);
      expect(p.published.ratios).toEqual(v.published.ratios);
    }
  });

  it('per-layer totals weight each GEMM by its count', async () => {
    const dir = tmp();
    await run(['report', 'test/report/fixtures/sweep.jsonl', '-o', join(dir, 'r.html')]);
    const d = dataBlock(readFileSync(join(dir, 'r.html'), 'utf8')) as any;
    const rows = fixtureRows(['test/report/fixtures/sweep.jsonl']).filter((r) => r.status === 'ok');
    expect(d.layers).toHaveLength(4);
    for (const g of d.layers) {
      const rs = g.rows.map((i: number) => rows[i]);
      expect(g.total.cycles).toBe(rs.reduce((s: number, r: any) => s + r.workload.count * r.metrics.cycles, 0));
      const macs = rs.reduce((s: number, r: any) => s + r.workload.count * r.workload.M * r.workload.N * r.workload.K, 0);
      expect(g.total.macs).toBe(macs);
      const e = rs.reduce(
        (s: number, r: any) => s + r.workload.count * r.metrics.energyPerMacPj * r.workload.M * r.workload.N * r.workload.K,
        0,
      );
      expect(Math.abs(g.total.energyPj - e) / e).toBeLessThan(1e-5);
    }
  });

  it('pairs estimates with synthesis rows of the same point', async () => {
    const dir = tmp();
    await run(['report', 'test/report/fixtures/accuracy.jsonl', '-o', join(dir, 'r.html')]);
    const d = dataBlock(readFileSync(join(dir, 'r.html'), 'utf8')) as any;
    const rows = fixtureRows(['test/report/fixtures/accuracy.jsonl']);
    expect(d.accuracy.length).toBe(2 * rows.filter((r) => r.level === 'synth').length);
    for (const p of d.accuracy) {
      expect(rows[p.row].design).toEqual(rows[p.synRow].design);
      expect(rows[p.synRow].level).toBe('synth');
      expect(p.syn).toBe(rows[p.synRow].metrics[p.metric]);
    }
  });

  it('--baseline lists the biggest changes', async () => {
    const dir = tmp();
    const rows = fixtureRows(['test/report/fixtures/sweep.jsonl']);
    const changed = rows.map((r, i) => (i === 3 ? { ...r, metrics: { ...r.metrics, areaUm2: r.metrics.areaUm2 * 1.5 } } : r));
    writeFileSync(join(dir, 'now.jsonl'), changed.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = await run(['report', join(dir, 'now.jsonl'), '--baseline', 'test/report/fixtures/sweep.jsonl', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('### Biggest changes against');
    expect(r.out).toMatch(/\| area \| [\d.]+ \| [\d.]+ \| \+50% \(worse\) \|/);
  });

  it('--format md: counts, the Pareto set, the ratios and what failed', async () => {
    const r = await run(['report', ...FIXTURE_FILES, '--format', 'md']);
    expect(r.code).toBe(0);
    for (const s of [
      '## Sweep report',
      '### Pareto set (area ↓, energy per MAC ↓, throughput ↑)',
      '### Baseline vs OPT',
      '### Not ok: 3 row(s)',
      'E1013',
    ])
      expect(r.out).toContain(s);
  });

  it('--gate: the counts and the points that did not pass, from `tpe gate --json`, matched by id', async () => {
    const dir = tmp();
    const rows: Record<string, any>[] = fixtureRows(['test/report/fixtures/reproduce.jsonl']).map((r, i) => ({ ...r, id: `id${i}` }));
    writeFileSync(join(dir, 'r.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const gate = {
      counts: { PASS: 8, FAIL: 1, INCONCLUSIVE: 1, ERROR: 0, NEW: 0, REMOVED: 2 },
      exitCode: 1,
      limits: [
        { metric: 'areaUm2', max: 0.01 },
        { metric: 'cycles', max: 0 },
      ],
      points: [
        {
          id: 'id3',
          index: 3,
          design: 'x',
          params: {},
          workload: 'w',
          verdict: 'FAIL',
          changes: [{ metric: 'areaUm2', base: 1, now: 1.2, worse: 0.2, noise: 0, verdict: 'FAIL' }],
        },
        { id: 'id5', index: 5, design: 'x', params: {}, workload: 'w', verdict: 'INCONCLUSIVE', changes: [] },
      ],
    };
    writeFileSync(join(dir, 'gate.json'), JSON.stringify(gate));
    const md = await run(['report', 'r.jsonl', '--gate', 'gate.json', '--format', 'md'], dir);
    expect(md.code).toBe(0);
    expect(md.out).toContain('| PASS | FAIL | INCONCLUSIVE | ERROR | NEW | REMOVED |');
    expect(md.out).toContain('| 8 | 1 | 1 | 0 | 0 | 2 |');
    expect(md.out).toContain('Limits: areaUm2=1%, cycles=0%');
    expect(md.out).toContain(`- **FAIL** ${rows[3].design.name.replace(/_/g, '\\_')}`);
    expect(md.out).toContain('areaUm2 20.00% worse');
    const h = await run(['report', 'r.jsonl', '--gate', 'gate.json', '-o', 'r.html'], dir);
    expect(h.code).toBe(0);
    const d = dataBlock(readFileSync(join(dir, 'r.html'), 'utf8')) as any;
    expect(d.rows.verdict[3]).toBe('FAIL');
    expect(d.rows.verdict[5]).toBe('INCONCLUSIVE');
    expect(d.rows.verdict[0]).toBeNull();
    const bad = await run(['report', 'r.jsonl', '--gate', 'r.jsonl'], dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(REPORT_CODES.badGate);
  });

  it('gate verdicts when the rows carry them', async () => {
    const dir = tmp();
    const rows = fixtureRows(['test/report/fixtures/reproduce.jsonl']).map((r, i) => ({ ...r, verdict: i === 1 ? 'FAIL' : 'PASS' }));
    writeFileSync(join(dir, 'g.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = await run(['report', 'g.jsonl', '--format', 'md'], dir);
    expect(r.out).toContain('### Gate verdicts');
    expect(r.out).toContain('| 9 | 1 | 0 | 0 |');
    expect(r.out).toContain(String.raw`- **FAIL** systolic\_os\_opt1`);
  });
});

describe('single-design report', () => {
  it('golden structure: data block shape and sections', async () => {
    const dir = tmp();
    const r = await run(['report', 'examples/sa_os_opt1.tpe', '--gemm', '20x12x30', '--tech', 'ihp-sg13g2', '-o', join(dir, 'd.html')]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'd.html'), 'utf8');
    const data = dataBlock(html) as any;
    expect(sectionIds(html)).toEqual(['summary', 'breakdown', 'heatmap', 'timeline', 'lines']);
    expect(data.pe.busy).toHaveLength(64);
    expect(data.tiles.shown).toHaveLength(data.tiles.count);
    golden('design-skeleton.json', skeleton(data));
    expect(html.length).toBeLessThan(500 * 1024);
    await run(['report', 'examples/sa_os_opt1.tpe', '--gemm', '20x12x30', '--tech', 'ihp-sg13g2', '-o', join(dir, 'again.html')]);
    expect(readFileSync(join(dir, 'again.html'), 'utf8')).toBe(html);
  });

  it('tpe flow --report writes the report with the flow steps', async () => {
    const dir = tmp();
    const r = await run(
      ['flow', join(ROOT, 'examples/sa_ws.tpe'), '--gemm', '9x5x7', '--no-verify', '-o', join(dir, 'v'), '--report'],
      dir,
    );
    expect(r.code).toBe(0);
    const p = join(dir, 'v', 'report.html');
    expect(existsSync(p)).toBe(true);
    const d = dataBlock(readFileSync(p, 'utf8')) as any;
    expect(d.flow.map((s: any) => s.step)).toEqual(['check', 'simulate', 'estimate', 'emit']);
  });
});

describe('the command line', () => {
  it('bad rows: every problem with file:line:col, exit 1', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.jsonl'), '{"key":"k","status":"ok"}\n{oops\n');
    const r = await run(['report', 'bad.jsonl', '-o', 'r.html'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.jsonl:1:');
    expect(r.err).toContain('bad.jsonl:2:2');
    expect(r.err).toContain(REPORT_CODES.badJson);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(join(dir, 'r.html'))).toBe(false);
  });

  it('a results folder (tpe sweep -o dir) means its rows.jsonl', async () => {
    const dir = tmp();
    const { mkdirSync, copyFileSync } = await import('node:fs');
    mkdirSync(join(dir, 'results'));
    copyFileSync(join(ROOT, 'test/report/fixtures/reproduce.jsonl'), join(dir, 'results', 'rows.jsonl'));
    const r = await run(['report', 'results', '--format', 'md'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('`results/rows.jsonl`');
  });

  it('usage errors exit 2, a missing file exits 1', async () => {
    expect((await run(['report', ...FIXTURE_FILES, '--format', 'pdf'])).code).toBe(2);
    expect((await run(['report', 'examples/sa_os.tpe', 'test/report/fixtures/sweep.jsonl'])).code).toBe(2);
    expect((await run(['report', 'examples/sa_os.tpe', '--gemm', '0x1x1'])).code).toBe(2);
    const m = await run(['report', 'no-such.jsonl']);
    expect(m.code).toBe(1);
    expect(m.err).toContain(REPORT_CODES.unreadable);
  });

  it('the page scripts type-check (report/page/tsconfig.json)', () => {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() =>
      execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'report', 'page', 'tsconfig.json')], { encoding: 'utf8' }),
    ).not.toThrow();
  });
});
