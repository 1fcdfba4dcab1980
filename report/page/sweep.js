// @ts-check
// The views of a sweep report, drawn from the data block (report/sweep-data.ts builds it):
// summary, Pareto scatter with brushing, the rows table, baseline-vs-OPT ratios, breakdown bars
// of the selected row, per-layer totals, estimate-vs-synthesis accuracy, changes, problems.

/**
 * @typedef {{ variant: number, baseline: number, r: Record<string, number>, published?: { source: string, ratios: Record<string, number> } }} RatioPair
 * @typedef {{ label: string, model: string, phase: string, rows: number[], counts: number[], energyPj: (number|null)[], total: { cycles: number, energyPj: number|null, macs: number|null, utilization: number|null, gemms: number } }} LayerGroup
 * @typedef {{ row: number, synRow: number, metric: string, est: number, syn: number, errPct: number }} AccuracyPair
 * @typedef {{ row: number, metric: string, base: number, now: number, pct: number }} Change
 * @typedef {{
 *   kind: 'sweep', title: string, inputs: string[], counts: { rows: number, ok: number, invalid: number, error: number },
 *   metrics: MetricDef[],
 *   dict: { design: string[], file: string[], arch: string[], opts: string[], level: string[], workload: string[], params: string[], limiting: string[], cls: string[] },
 *   rows: { n: number, key: string[], design: number[], file: number[], arch: number[], opts: number[], level: number[], workload: number[], params: number[], src: number[], line: number[],
 *           m: Record<string, (number|null)[]>, bdArea: number[], bdEnergy: number[], bdEnergySum: (number|null)[], limiting: number[], verdict?: (string|null)[] },
 *   breakdowns: { area: [number, number][][], energy: [number, number][][] },
 *   problems: { total: number, shown: { file: string, line: number, status: string, design: string, workload: string, diagnostic: string }[] },
 *   ratios: { pairs: RatioPair[], ambiguousFamilies: number },
 *   layers: LayerGroup[], accuracy: AccuracyPair[],
 *   changes?: { baseline: string[], matched: number, unmatched: number, top: Change[] },
 *   verdicts?: Record<string, number>, gate?: { limits: string, points: { row: number, verdict: string, design: string, workload: string, reason: string }[] }, sections: string[]
 * }} SweepData
 */

const ATTRS = /** @type {const} */ (['arch', 'opts', 'design', 'level', 'workload']);
const ATTR_LABEL = { arch: 'architecture', opts: 'OPT', design: 'design', level: 'level', workload: 'workload' };

/** @param {SweepData} data */
function renderSweep(data) {
  const R = data.rows;
  const D = data.dict;
  /** @param {typeof ATTRS[number]} a @param {number} i */
  const attr = (a, i) => D[a][R[a][i]];
  /** @param {string} id */
  const metric = (id) => /** @type {MetricDef} */ (data.metrics.find((m) => m.id === id));
  const all = d3.range(R.n);
  /** @type {{ selected: number | null, listeners: ((i: number | null) => void)[] }} */
  const state = { selected: null, listeners: [] };
  /** @param {number | null} i */
  const select = (i) => {
    state.selected = i;
    for (const f of state.listeners) f(i);
  };

  /** The title and lines of a row's tooltip. @param {number} i */
  const rowLines = (i) => {
    const lines = [];
    const o = attr('opts', i);
    lines.push(`${D.file[R.file[i]]}${o ? ` · ${o}` : ''}${attr('arch', i) ? ` · ${attr('arch', i)}` : ''}`);
    const p = D.params[R.params[i]];
    if (p) lines.push(p);
    lines.push(`workload ${attr('workload', i)} · level ${attr('level', i)}`);
    for (const m of data.metrics) {
      const v = R.m[m.id][i];
      if (v !== null) lines.push(`${m.label}: ${fmt(v)}${m.unit ? ` ${m.unit}` : ''}`);
    }
    if (R.verdict && R.verdict[i]) lines.push(`gate: ${R.verdict[i]}`);
    lines.push(`key ${R.key[i]}`);
    return { title: attr('design', i), lines };
  };

  summaryView(data);
  const table = data.sections.includes('table') ? tableView(data, attr, select) : null;
  if (table) state.listeners.push((i) => table.select(i));
  if (data.sections.includes('pareto')) paretoView(data, attr, metric, rowLines, select, state, (ids) => table?.setRows(ids));
  else table?.setRows(all);
  if (data.sections.includes('ratios')) ratiosView(data, attr, metric);
  if (data.sections.includes('breakdown')) breakdownView(data, attr, state, select);
  if (data.sections.includes('layers')) layersView(data);
  if (data.sections.includes('accuracy')) accuracyView(data, attr);
  if (data.sections.includes('changes')) changesView(data, attr, metric);
  if (data.sections.includes('problems')) problemsView(data);
}

/** @param {SweepData} data */
function summaryView(data) {
  const body = viewBody('summary');
  if (!body) return;
  const c = data.counts;
  const cards = body.appendChild(el('div', undefined, { class: 'cards' }));
  /** @param {string} k @param {string} v */
  const card = (k, v) => {
    const e = cards.appendChild(el('div', undefined, { class: 'card' }));
    e.appendChild(el('div', k, { class: 'k' }));
    e.appendChild(el('div', v, { class: 'v' }));
  };
  card('rows', String(c.rows));
  card('ok', String(c.ok));
  if (c.invalid) card('invalid', String(c.invalid));
  if (c.error) card('error', String(c.error));
  card('designs', String(data.dict.design.length));
  card('workloads', String(data.dict.workload.length));
  if (data.verdicts) for (const v of Object.keys(data.verdicts)) card(`gate ${v}`, String(data.verdicts[v] ?? 0));
  const facts = body.appendChild(el('dl', undefined, { class: 'facts' }));
  /** @param {string} k @param {string} v */
  const fact = (k, v) => {
    facts.appendChild(el('dt', k));
    facts.appendChild(el('dd', v));
  };
  fact(data.inputs.length === 1 ? 'input' : 'inputs', data.inputs.join(', '));
  fact('levels', data.dict.level.join(', '));
  fact('metrics', data.metrics.map((m) => m.label).join(', '));
  const g = data.gate;
  if (g) {
    if (g.limits) fact('gate limits', g.limits);
    const pts = g.points.filter((p) => p.verdict !== 'PASS');
    if (pts.length) {
      body.appendChild(el('h3', 'Points that did not pass the gate'));
      const R = data.rows,
        D = data.dict;
      const t = makeTable(
        body,
        [
          { key: 'v', label: 'verdict', value: (k) => pts[k].verdict, cls: (k) => (pts[k].verdict === 'NEW' ? '' : 'bad') },
          {
            key: 'd',
            label: 'point',
            value: (k) => (pts[k].row >= 0 ? `${D.design[R.design[pts[k].row]]} ${D.params[R.params[pts[k].row]]}` : pts[k].design),
          },
          { key: 'w', label: 'workload', value: (k) => (pts[k].row >= 0 ? D.workload[R.workload[pts[k].row]] : pts[k].workload) },
          { key: 'r', label: 'why', value: (k) => pts[k].reason },
        ],
        { id: 'gate-table', caption: (n, all) => `${all} point(s)${all > n ? `, first ${n} shown` : ''}` },
      );
      t.setRows(d3.range(pts.length));
    }
  }
}

/**
 * @param {SweepData} data
 * @param {(a: typeof ATTRS[number], i: number) => string} attr
 * @param {(i: number | null) => void} select
 */
function tableView(data, attr, select) {
  const R = data.rows,
    D = data.dict;
  const body = /** @type {HTMLElement} */ (viewBody('table'));
  /** @type {Column[]} */
  const cols = [
    { key: 'design', label: 'design', value: (i) => attr('design', i) },
    { key: 'opts', label: 'OPT', value: (i) => attr('opts', i) },
    { key: 'params', label: 'parameters', value: (i) => D.params[R.params[i]] },
    { key: 'workload', label: 'workload', value: (i) => attr('workload', i) },
    { key: 'level', label: 'level', value: (i) => attr('level', i) },
    ...data.metrics.map((m) => /** @type {Column} */ ({ key: `m:${m.id}`, label: metricTitle(m), num: true, value: (i) => R.m[m.id][i] })),
  ];
  if (R.verdict) {
    const v = R.verdict;
    cols.push({
      key: 'verdict',
      label: 'gate',
      value: (i) => v[i],
      cls: (i) => (v[i] === 'FAIL' || v[i] === 'ERROR' ? 'bad' : v[i] === 'PASS' ? 'good' : ''),
    });
  }
  cols.push({ key: 'src', label: 'line', nowrap: true, value: (i) => `${data.inputs[R.src[i]]}:${R.line[i]}` });
  /** @type {string} */
  let why = '';
  const t = makeTable(body, cols, {
    id: 'rows-table',
    onRow: (i) => select(i),
    caption: (shown, total) =>
      `${total} of ${R.n} rows${why}${total > shown ? ` — first ${shown} shown; sort by a column to see others` : ''}`,
  });
  return {
    /** @param {number[]} ids @param {string} [reason] */
    setRows(ids, reason) {
      why = reason ?? '';
      t.setRows(ids);
    },
    /** @param {number | null} i */
    select(i) {
      t.select(i);
    },
  };
}

/**
 * @param {SweepData} data
 * @param {(a: typeof ATTRS[number], i: number) => string} attr
 * @param {(id: string) => MetricDef} metric
 * @param {(i: number) => { title: string, lines: string[] }} rowLines
 * @param {(i: number | null) => void} select
 * @param {{ selected: number | null, listeners: ((i: number | null) => void)[] }} state
 * @param {(ids: number[], reason?: string) => void} setTable
 */
function paretoView(data, attr, metric, rowLines, select, state, setTable) {
  const R = data.rows,
    D = data.dict;
  const body = /** @type {HTMLElement} */ (viewBody('pareto'));
  const ids = data.metrics.map((m) => m.id);
  /** @param {string[]} pref @param {string} [not] */
  const pick = (pref, not) => pref.find((p) => ids.includes(p) && p !== not) ?? ids.find((p) => p !== not) ?? ids[0];
  const opt = {
    x: pick(['areaUm2']),
    y: '',
    colour: /** @type {string} */ (
      ATTRS.find((a) => a === 'opts' && D.opts.length > 1) ?? ATTRS.find((a) => a !== 'workload' && D[a].length > 1) ?? 'design'
    ),
    workload: -1,
    logX: false,
    logY: false,
  };
  opt.y = pick(['energyPerMacPj', 'topsPerW', 'cycles'], opt.x);
  const controls = body.appendChild(el('div', undefined, { class: 'controls' }));
  /**
   * @param {string} name @param {[string, string][]} options @param {string} value @param {(v: string) => void} on
   */
  const selectBox = (name, options, value, on) => {
    const lab = controls.appendChild(el('label', `${name} `));
    const s = lab.appendChild(el('select', undefined, { 'data-control': name }));
    for (const [v, t] of options) {
      const o = s.appendChild(el('option', t, { value: v }));
      if (v === value) o.selected = true;
    }
    s.addEventListener('change', () => on(s.value));
    return s;
  };
  const metricOptions = /** @type {[string, string][]} */ (data.metrics.map((m) => [m.id, metricTitle(m)]));
  selectBox('x', metricOptions, opt.x, (v) => {
    opt.x = v;
    opt.logX = autoLog(v);
    draw();
  });
  selectBox('y', metricOptions, opt.y, (v) => {
    opt.y = v;
    opt.logY = autoLog(v);
    draw();
  });
  const colourOptions = /** @type {[string, string][]} */ (
    ATTRS.filter((a) => D[a].length > 1 || a === opt.colour).map((a) => [a, ATTR_LABEL[a]])
  );
  selectBox('colour', colourOptions, opt.colour, (v) => {
    opt.colour = v;
    draw();
  });
  if (D.workload.length > 1) {
    selectBox(
      'workload',
      [['-1', 'all workloads'], ...D.workload.map((w, i) => /** @type {[string, string]} */ ([String(i), w]))],
      '-1',
      (v) => {
        opt.workload = Number(v);
        draw();
      },
    );
  }
  /** @param {string} name @param {'logX' | 'logY'} k */
  const check = (name, k) => {
    const lab = controls.appendChild(el('label'));
    const c = lab.appendChild(el('input', undefined, { type: 'checkbox', 'data-control': name }));
    lab.appendChild(document.createTextNode(name));
    c.addEventListener('change', () => {
      opt[k] = c.checked;
      draw();
    });
    return c;
  };
  const logXBox = check('log x', 'logX');
  const logYBox = check('log y', 'logY');
  const clear = controls.appendChild(el('button', 'clear brush', { type: 'button' }));
  const legend = body.appendChild(el('div', undefined, { class: 'legend' }));
  const note = body.appendChild(el('p', '', { class: 'note' }));
  const W = 900,
    H = 470,
    M = { top: 12, right: 20, bottom: 50, left: 74 };
  const w = W - M.left - M.right,
    h = H - M.top - M.bottom;
  const svg = d3
    .select(body)
    .append('svg')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('id', 'pareto-plot')
    .attr('role', 'img')
    .attr('aria-label', 'Pareto scatter');
  /** @param {string} id */
  function autoLog(id) {
    return wantsLog(/** @type {number[]} */ (R.m[id].filter((v) => v !== null)));
  }
  opt.logX = autoLog(opt.x);
  opt.logY = autoLog(opt.y);
  /** @type {Set<number> | null} */
  let brushed = null;
  /** @type {() => void} */
  let clearBrush = () => {};
  clear.addEventListener('click', () => clearBrush());

  function draw() {
    logXBox.checked = opt.logX;
    logYBox.checked = opt.logY;
    svg.selectAll('*').remove();
    hideTooltip();
    const mx = metric(opt.x),
      my = metric(opt.y);
    const xs = R.m[opt.x],
      ys = R.m[opt.y];
    const inWorkload = (/** @type {number} */ i) => opt.workload < 0 || R.workload[i] === opt.workload;
    const logX = opt.logX && d3.range(R.n).every((i) => xs[i] === null || /** @type {number} */ (xs[i]) > 0);
    const logY = opt.logY && d3.range(R.n).every((i) => ys[i] === null || /** @type {number} */ (ys[i]) > 0);
    const rowsShown = d3.range(R.n).filter(inWorkload);
    const pts = rowsShown.filter((i) => xs[i] !== null && ys[i] !== null);
    const xv = pts.map((i) => /** @type {number} */ (xs[i])),
      yv = pts.map((i) => /** @type {number} */ (ys[i]));
    const x = metricScale(xv, [0, w], logX),
      y = metricScale(yv, [h, 0], logY);
    const g = svg.append('g').attr('transform', `translate(${M.left},${M.top})`);
    drawAxes(g, x, y, w, h, `${metricTitle(mx)} — ${betterWord(mx)}`, `${metricTitle(my)} — ${betterWord(my)}`);
    const sign = (/** @type {MetricDef} */ m) => (m.better === 'max' ? -1 : 1);
    const frontLocal = nonDominated(pts.map((i) => [sign(mx) * /** @type {number} */ (xs[i]), sign(my) * /** @type {number} */ (ys[i])]));
    const front = new Set(frontLocal.map((k) => pts[k]));
    /** @type {(i: number) => string} */
    const colourKey = (i) => attr(/** @type {typeof ATTRS[number]} */ (opt.colour), i) || '(none)';
    const cats = [...new Set(pts.map(colourKey))].sort();
    const palette = d3.schemeTableau10;
    const colour = (/** @type {string} */ c) => palette[cats.indexOf(c) % palette.length];
    legend.replaceChildren(
      ...cats.slice(0, 24).map((c) => {
        const s = el('span');
        s.appendChild(el('span', '', { class: 'sw', style: `background:${colour(c)}` }));
        s.appendChild(document.createTextNode(c));
        return s;
      }),
      ...(cats.length > 24 ? [el('span', `… ${cats.length - 24} more`)] : []),
    );
    const frontSorted = [...front].sort(
      (a, b) =>
        /** @type {number} */ (xs[a]) - /** @type {number} */ (xs[b]) || /** @type {number} */ (ys[a]) - /** @type {number} */ (ys[b]),
    );
    g.append('path')
      .attr('class', 'front-line')
      .attr(
        'd',
        d3.line().curve(mx.better === my.better ? d3.curveStepAfter : d3.curveStepBefore)(
          frontSorted.map((i) => [x(/** @type {number} */ (xs[i])), y(/** @type {number} */ (ys[i]))]),
        ),
      );
    // Front points last, so they are drawn on top.
    const order = pts.slice().sort((a, b) => Number(front.has(a)) - Number(front.has(b)) || a - b);
    const marks = g
      .append('g')
      .attr('class', 'marks')
      .selectAll('circle')
      .data(order)
      .join('circle')
      .attr('class', (i) => `mark${front.has(i) ? ' front' : ''}${i === state.selected ? ' selected' : ''}`)
      .attr('data-row', (i) => i)
      .attr('cx', (i) => x(/** @type {number} */ (xs[i])))
      .attr('cy', (i) => y(/** @type {number} */ (ys[i])))
      .attr('r', (i) => (front.has(i) ? 5 : 3.6))
      .attr('fill', (i) => colour(colourKey(i)));
    const px = pts.map((i) => x(/** @type {number} */ (xs[i]))),
      py = pts.map((i) => y(/** @type {number} */ (ys[i])));
    const delaunay = d3.Delaunay.from(
      pts,
      (_, k) => px[k],
      (_, k) => py[k],
    );
    /** Nearest point within 14 px of the pointer, or null. @param {MouseEvent} ev */
    const nearest = (ev) => {
      if (pts.length === 0) return null;
      const [mxp, myp] = d3.pointer(ev, g.node());
      const k = delaunay.find(mxp, myp);
      return Math.hypot(px[k] - mxp, py[k] - myp) <= 14 ? pts[k] : null;
    };
    const applyBrush = () => {
      marks.classed('dim', (i) => brushed !== null && !brushed.has(i));
      if (brushed)
        setTable(
          rowsShown.filter((i) => brushed?.has(i)),
          ' in the brushed region',
        );
      else setTable(rowsShown, opt.workload >= 0 ? ` for workload ${D.workload[opt.workload]}` : '');
    };
    const brush = d3
      .brush()
      .extent([
        [0, 0],
        [w, h],
      ])
      .on('end', (ev) => {
        const s = /** @type {[[number, number], [number, number]] | null} */ (ev.selection);
        if (!s) {
          brushed = null;
          // A click without a drag selects the nearest point.
          if (ev.sourceEvent instanceof MouseEvent) {
            const i = nearest(ev.sourceEvent);
            if (i !== null) select(i);
          }
        } else {
          const [[x0, y0], [x1, y1]] = s;
          brushed = new Set(pts.filter((_, k) => px[k] >= x0 && px[k] <= x1 && py[k] >= y0 && py[k] <= y1));
        }
        applyBrush();
      });
    const bg = g.append('g').attr('class', 'brush').call(brush);
    bg.on('mousemove.tip', (ev) => {
      const i = nearest(ev);
      if (i === null) {
        hideTooltip();
        return;
      }
      const t = rowLines(i);
      showTooltip(t.title, t.lines, ev);
    }).on('mouseleave.tip', () => hideTooltip());
    clearBrush = () => {
      bg.call(brush.move, null);
      brushed = null;
      applyBrush();
    };
    brushed = null;
    applyBrush();
    note.textContent =
      `${pts.length} points of ${rowsShown.length} rows (rows without both metrics are not plotted); ` +
      `${front.size} non-dominated (outlined, joined by the dashed line). Drag to brush a region: the table below keeps the rows inside it. ` +
      'Click a point to select it.';
    window.tpeReport = Object.assign(window.tpeReport ?? { ready: false, renderMs: 0, paintMs: 0, fmt }, {
      front: [...front].sort((a, b) => a - b),
    });
    state.listeners = state.listeners.filter((f) => f !== markSelected);
    state.listeners.push(markSelected);
    function markSelected(/** @type {number | null} */ s) {
      marks.classed('selected', (i) => i === s);
    }
  }
  draw();
}

/**
 * @param {SweepData} data
 * @param {(a: typeof ATTRS[number], i: number) => string} attr
 * @param {(id: string) => MetricDef} metric
 */
function ratiosView(data, attr, metric) {
  const body = /** @type {HTMLElement} */ (viewBody('ratios'));
  const pairs = data.ratios.pairs;
  const R = data.rows,
    D = data.dict;
  const ms = ['areaUm2', 'fmaxMHz', 'energyPerMacPj', 'cycles', 'topsPerMm2', 'topsPerW'].filter((m) =>
    pairs.some((p) => p.r[m] !== undefined),
  );
  const pub = [...new Set(pairs.flatMap((p) => (p.published ? Object.keys(p.published.ratios) : [])))].sort();
  /** @param {string} m @param {number} v */
  const cls = (m, v) => {
    const d = metric(m);
    if (!d || v === 1) return '';
    return v > 1 === (d.better === 'max') ? 'good' : 'bad';
  };
  // One line per OPT: the geometric mean of each ratio over its pairs.
  const byOpt = d3.group(pairs, (p) => attr('opts', p.variant));
  body.appendChild(el('h3', 'Geometric mean per OPT'));
  const sumRows = [...byOpt.keys()].sort();
  const summary = makeTable(
    body,
    [
      { key: 'opt', label: 'OPT', value: (k) => sumRows[k] },
      { key: 'n', label: 'pairs', num: true, value: (k) => /** @type {RatioPair[]} */ (byOpt.get(sumRows[k])).length },
      ...ms.map(
        (m) =>
          /** @type {Column} */ ({
            key: m,
            label: `${metric(m).label} ×`,
            num: true,
            value: (k) => geomean(/** @type {RatioPair[]} */ (byOpt.get(sumRows[k])).map((p) => p.r[m]).filter((v) => v !== undefined)),
            show: (k) => {
              const v = geomean(/** @type {RatioPair[]} */ (byOpt.get(sumRows[k])).map((p) => p.r[m]).filter((v) => v !== undefined));
              return v === null ? '–' : fmtRatio(v);
            },
            cls: (k) => {
              const v = geomean(/** @type {RatioPair[]} */ (byOpt.get(sumRows[k])).map((p) => p.r[m]).filter((v) => v !== undefined));
              return v === null ? '' : cls(m, v);
            },
          }),
      ),
    ],
    { caption: (s) => `${s} OPT group(s); ratio = variant / its baseline, green where the variant is better` },
  );
  summary.setRows(d3.range(sumRows.length));
  body.appendChild(el('h3', 'Every pair'));
  /** @type {Column[]} */
  const cols = [
    { key: 'variant', label: 'variant', value: (k) => attr('design', pairs[k].variant) },
    { key: 'opt', label: 'OPT', value: (k) => attr('opts', pairs[k].variant) },
    { key: 'baseline', label: 'baseline', value: (k) => attr('design', pairs[k].baseline) },
    { key: 'params', label: 'parameters', value: (k) => D.params[R.params[pairs[k].variant]] },
    { key: 'workload', label: 'workload', value: (k) => attr('workload', pairs[k].variant) },
    ...ms.map(
      (m) =>
        /** @type {Column} */ ({
          key: m,
          label: `${metric(m).label} ×`,
          num: true,
          value: (k) => pairs[k].r[m] ?? null,
          show: (k) => (pairs[k].r[m] === undefined ? '–' : fmtRatio(pairs[k].r[m])),
          cls: (k) => (pairs[k].r[m] === undefined ? '' : cls(m, pairs[k].r[m])),
        }),
    ),
    ...pub.map(
      (m) =>
        /** @type {Column} */ ({
          key: `pub:${m}`,
          label: `${metric(m)?.label ?? m} × published`,
          num: true,
          value: (k) => pairs[k].published?.ratios[m] ?? null,
          show: (k) => {
            const v = pairs[k].published?.ratios[m];
            return v === undefined ? '–' : fmtRatio(v);
          },
        }),
    ),
  ];
  if (pub.length) cols.push({ key: 'source', label: 'published in', value: (k) => pairs[k].published?.source ?? '' });
  const t = makeTable(body, cols, {
    id: 'ratios-table',
    caption: (s, n) =>
      `${n} pair(s)${n > s ? `, first ${s} shown` : ''}${data.ratios.ambiguousFamilies ? `; ${data.ratios.ambiguousFamilies} famil${data.ratios.ambiguousFamilies === 1 ? 'y' : 'ies'} with more than one baseline left unpaired` : ''}`,
  });
  t.setRows(d3.range(pairs.length));
}

/** @param {number[]} v */
function geomean(v) {
  return v.length ? Math.exp(d3.mean(v, (x) => Math.log(x)) ?? 0) : null;
}

/**
 * @param {SweepData} data
 * @param {(a: typeof ATTRS[number], i: number) => string} attr
 * @param {{ selected: number | null, listeners: ((i: number | null) => void)[] }} state
 * @param {(i: number | null) => void} select
 */
function breakdownView(data, attr, state, select) {
  const body = /** @type {HTMLElement} */ (viewBody('breakdown'));
  const R = data.rows;
  const head = body.appendChild(el('p', '', { class: 'caption' }));
  const area = body.appendChild(el('div', undefined, { class: 'two' }));
  /** @param {number | null} i */
  function draw(i) {
    area.replaceChildren();
    if (i === null) {
      head.textContent = 'Click a point or a table row to show its breakdown.';
      return;
    }
    head.replaceChildren(
      document.createTextNode(
        `${attr('design', i)} — ${data.dict.params[R.params[i]] || 'no parameters'}, ${attr('workload', i)}, ${attr('level', i)}`,
      ),
    );
    const lim = R.limiting[i];
    if (lim >= 0) {
      head.appendChild(document.createTextNode(' · limiting timing stage: '));
      head.appendChild(el('span', data.dict.limiting[lim], { class: 'limiting' }));
    }
    const a = R.bdArea[i],
      e = R.bdEnergy[i];
    if (a >= 0)
      hbars(
        area,
        'area by component class (µm²)',
        data.breakdowns.area[a].map(([c, v]) => ({ label: data.dict.cls[c], value: v })),
        'µm²',
        '#4e79a7',
      );
    const sum = R.bdEnergySum[i] ?? 0;
    if (e >= 0)
      hbars(
        area,
        'energy by part (pJ per MAC)',
        data.breakdowns.energy[e].map(([c, v]) => ({ label: data.dict.cls[c], value: (v / 1000) * sum })),
        'pJ',
        '#f28e2b',
      );
    if (a < 0 && e < 0) area.appendChild(el('p', 'This row carries no breakdown.', { class: 'note' }));
  }
  state.listeners.push(draw);
  const first = d3.range(R.n).find((i) => R.bdArea[i] >= 0 || R.bdEnergy[i] >= 0);
  if (first !== undefined) select(first);
  else draw(null);
}

/** @param {SweepData} data */
function layersView(data) {
  const body = /** @type {HTMLElement} */ (viewBody('layers'));
  const R = data.rows,
    D = data.dict;
  const controls = body.appendChild(el('div', undefined, { class: 'controls' }));
  const lab = controls.appendChild(el('label', 'design and model '));
  const s = lab.appendChild(el('select', undefined, { 'data-control': 'layers' }));
  data.layers.forEach((g, k) => s.appendChild(el('option', g.label, { value: String(k) })));
  const cards = body.appendChild(el('div', undefined, { class: 'cards' }));
  const bars = body.appendChild(el('div', undefined, { class: 'two' }));
  const tableBox = body.appendChild(el('div'));
  /** @param {number} k */
  function draw(k) {
    const g = data.layers[k];
    cards.replaceChildren();
    /** @param {string} a @param {string} b */
    const card = (a, b) => {
      const e = cards.appendChild(el('div', undefined, { class: 'card' }));
      e.appendChild(el('div', a, { class: 'k' }));
      e.appendChild(el('div', b, { class: 'v' }));
    };
    card('GEMMs per pass', String(g.total.gemms));
    card('cycles per pass', fmt(g.total.cycles));
    if (g.total.energyPj !== null) card('energy per pass', `${fmt(g.total.energyPj / 1e6)} µJ`);
    if (g.total.utilization !== null) card('utilization', fmtPct(g.total.utilization));
    bars.replaceChildren();
    const name = (/** @type {number} */ i) => D.workload[R.workload[i]];
    const count = (/** @type {number} */ i) => g.counts[g.rows.indexOf(i)];
    hbars(
      bars,
      'cycles per pass by GEMM (count × cycles)',
      g.rows.map((i) => ({ label: shortLayer(name(i)), value: count(i) * (R.m.cycles?.[i] ?? 0) })),
      '',
      '#59a14f',
    );
    if (g.energyPj.some((e) => e !== null))
      hbars(
        bars,
        'energy per pass by GEMM (µJ)',
        g.rows.map((i, j) => ({ label: shortLayer(name(i)), value: (count(i) * (g.energyPj[j] ?? 0)) / 1e6 })),
        'µJ',
        '#e15759',
      );
    tableBox.replaceChildren();
    const t = makeTable(
      tableBox,
      [
        { key: 'w', label: 'GEMM', value: (j) => name(g.rows[j]) },
        { key: 'count', label: 'count', num: true, value: (j) => count(g.rows[j]) },
        { key: 'cycles', label: 'cycles', num: true, value: (j) => R.m.cycles?.[g.rows[j]] ?? null },
        {
          key: 'energy',
          label: 'energy (µJ)',
          num: true,
          value: (j) => {
            const e = g.energyPj[j];
            return e === null ? null : e / 1e6;
          },
        },
        {
          key: 'util',
          label: 'utilization',
          num: true,
          value: (j) => R.m.utilization?.[g.rows[j]] ?? null,
          show: (j) => {
            const u = R.m.utilization?.[g.rows[j]];
            return u === null || u === undefined ? '–' : fmtPct(u);
          },
        },
      ],
      { id: 'layers-table', caption: (n) => `${n} GEMM(s); totals weight each GEMM by its count per forward pass` },
    );
    t.setRows(d3.range(g.rows.length));
  }
  s.addEventListener('change', () => draw(Number(s.value)));
  draw(0);
}

/** "llama-3-8b decode qkv (8x6144x4096)" -> "qkv (8x6144x4096)". @param {string} s */
function shortLayer(s) {
  const p = s.split(' ');
  return p.length > 3 ? p.slice(2).join(' ') : s;
}

/**
 * @param {SweepData} data
 * @param {(a: typeof ATTRS[number], i: number) => string} attr
 */
function accuracyView(data, attr) {
  const body = /** @type {HTMLElement} */ (viewBody('accuracy'));
  const byMetric = d3.group(data.accuracy, (p) => p.metric);
  const grid = body.appendChild(el('div', undefined, { class: 'two' }));
  for (const [m, list] of [...byMetric].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const def = data.metrics.find((x) => x.id === m) ?? { id: m, label: m, unit: '', better: 'min', known: false };
    const box = grid.appendChild(el('div', undefined, { 'data-accuracy': m }));
    const in10 = list.filter((p) => Math.abs(p.errPct) <= 10).length,
      in15 = list.filter((p) => Math.abs(p.errPct) <= 15).length;
    const rms = Math.sqrt(d3.mean(list, (p) => p.errPct * p.errPct) ?? 0);
    box.appendChild(el('h3', `${metricTitle(def)}: estimate vs synthesis`));
    box.appendChild(
      el('p', `${list.length} designs; within ±10%: ${in10}, within ±15%: ${in15}; rms error ${fmt(rms)}%`, { class: 'caption' }),
    );
    const W = 440,
      H = 360,
      M = { top: 10, right: 14, bottom: 50, left: 74 };
    const w = W - M.left - M.right,
      h = H - M.top - M.bottom;
    const vals = list.flatMap((p) => [p.est, p.syn]);
    const lo = /** @type {number} */ (d3.min(vals)) / 1.2,
      hi = /** @type {number} */ (d3.max(vals)) * 1.2;
    const x = d3.scaleLinear().domain([lo, hi]).range([0, w]).nice(),
      y = d3.scaleLinear().domain(x.domain()).range([h, 0]);
    const svg = d3
      .select(box)
      .append('svg')
      .attr('viewBox', `0 0 ${W} ${H}`)
      .attr('role', 'img')
      .attr('aria-label', `${def.label} accuracy`);
    const g = svg.append('g').attr('transform', `translate(${M.left},${M.top})`);
    drawAxes(g, x, y, w, h, `synthesis ${metricTitle(def)}`, `estimate ${metricTitle(def)}`);
    const [d0, d1] = x.domain();
    for (const [band, fill] of /** @type {[number, string][]} */ ([
      [0.15, '#f1f8e9'],
      [0.1, '#dcedc8'],
    ])) {
      g.append('path')
        .attr('fill', fill)
        .attr('opacity', 0.9)
        .attr(
          'd',
          `M${x(d0)},${y(d0 * (1 + band))}L${x(d1)},${y(d1 * (1 + band))}L${x(d1)},${y(d1 * (1 - band))}L${x(d0)},${y(d0 * (1 - band))}Z`,
        );
      g.append('text')
        .attr('x', x(d1) - 4)
        .attr('y', y(d1 * (1 - band)) + 14)
        .attr('text-anchor', 'end')
        .attr('class', 'axis-label')
        .text(`−${band * 100}%`);
    }
    g.append('line')
      .attr('x1', x(d0))
      .attr('y1', y(d0))
      .attr('x2', x(d1))
      .attr('y2', y(d1))
      .attr('stroke', '#57606a')
      .attr('stroke-dasharray', '3 3');
    g.append('g')
      .selectAll('circle')
      .data(list)
      .join('circle')
      .attr('class', 'mark acc')
      .attr('cx', (p) => x(p.syn))
      .attr('cy', (p) => y(p.est))
      .attr('r', 4.5)
      .attr('fill', (p) => (Math.abs(p.errPct) <= 10 ? '#4e79a7' : Math.abs(p.errPct) <= 15 ? '#f28e2b' : '#e15759'))
      .on('mousemove', (ev, p) =>
        showTooltip(
          attr('design', p.row),
          [
            `${data.dict.params[data.rows.params[p.row]]}`,
            `estimate ${fmt(p.est)} ${def.unit}`,
            `synthesis ${fmt(p.syn)} ${def.unit}`,
            `error ${fmt(p.errPct)}%`,
          ],
          ev,
        ),
      )
      .on('mouseleave', () => hideTooltip());
  }
}

/**
 * @param {SweepData} data
 * @param {(a: typeof ATTRS[number], i: number) => string} attr
 * @param {(id: string) => MetricDef} metric
 */
function changesView(data, attr, metric) {
  const body = /** @type {HTMLElement} */ (viewBody('changes'));
  const c = /** @type {NonNullable<SweepData['changes']>} */ (data.changes);
  const R = data.rows,
    D = data.dict;
  body.appendChild(el('p', `against ${c.baseline.join(', ')}: ${c.matched} row(s) matched, ${c.unmatched} new`, { class: 'caption' }));
  const t = makeTable(
    body,
    [
      { key: 'design', label: 'design', value: (k) => attr('design', c.top[k].row) },
      { key: 'params', label: 'parameters', value: (k) => D.params[R.params[c.top[k].row]] },
      { key: 'workload', label: 'workload', value: (k) => attr('workload', c.top[k].row) },
      { key: 'metric', label: 'metric', value: (k) => metric(c.top[k].metric)?.label ?? c.top[k].metric },
      { key: 'base', label: 'baseline', num: true, value: (k) => c.top[k].base },
      { key: 'now', label: 'now', num: true, value: (k) => c.top[k].now },
      {
        key: 'pct',
        label: 'change',
        num: true,
        value: (k) => c.top[k].pct,
        show: (k) => `${c.top[k].pct > 0 ? '+' : ''}${fmt(c.top[k].pct)}%`,
        cls: (k) => {
          const m = metric(c.top[k].metric);
          if (!m) return '';
          return c.top[k].pct > 0 === (m.better === 'max') ? 'good' : 'bad';
        },
      },
    ],
    { id: 'changes-table', caption: (n) => `the ${n} biggest changes` },
  );
  t.setRows(d3.range(c.top.length));
}

/** @param {SweepData} data */
function problemsView(data) {
  const body = /** @type {HTMLElement} */ (viewBody('problems'));
  const p = data.problems;
  const t = makeTable(
    body,
    [
      { key: 'where', label: 'line', nowrap: true, value: (k) => `${p.shown[k].file}:${p.shown[k].line}` },
      { key: 'status', label: 'status', value: (k) => p.shown[k].status, cls: () => 'bad' },
      { key: 'design', label: 'design', value: (k) => p.shown[k].design },
      { key: 'workload', label: 'workload', value: (k) => p.shown[k].workload },
      { key: 'diag', label: 'diagnostic', value: (k) => p.shown[k].diagnostic },
    ],
    { id: 'problems-table', caption: (n) => `${p.total} row(s) not ok${p.total > n ? `, first ${n} listed` : ''}` },
  );
  t.setRows(d3.range(p.shown.length));
}
