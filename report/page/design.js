// @ts-check
// The views of a single-design report (report/design-data.ts builds the data): figures, area
// and energy breakdown with the limiting stage, stage timing, the PE utilization heat map, the
// cycle timeline per tile and the area lines.

/**
 * @typedef {{
 *   kind: 'design', title: string,
 *   design: { name: string, file: string, architecture: string, array: { rows: number, cols: number, depth: number }, types: Record<string, string>, opts: string[], technology: string, pipeline: string[] },
 *   workload: { M: number, N: number, K: number, dist: string, seed: number },
 *   units: { area: string, delay: string, energy: string },
 *   figures: { label: string, value: number | null, unit: string }[],
 *   area: { total: number, classes: [string, number][], lines: { block: string, component: string, scope: string, count: number, area: number }[] },
 *   energy: { perMac: number, freqMHz: number | null, total: number, parts: [string, number][] } | null,
 *   timing: { limiting: string, logic: number, period: number, fmaxMHz: number | null, stages: { name: string, logic: number, period: number }[] },
 *   cycles: { total: number, fill: number, steady: number, drain: number, stalls: number },
 *   tiles: { count: number, shown: [number, number, number, number, number, number, number][] },
 *   pe: { rows: number, cols: number, busy: number[] },
 *   utilization: number,
 *   flow: { step: string, ok: boolean, text: string }[],
 *   notes: string[], sections: string[]
 * }} DesignData
 */

const PHASES = /** @type {const} */ ([
  ['fill', '#76b7b2'],
  ['steady', '#4e79a7'],
  ['stalls', '#e15759'],
  ['drain', '#edc948'],
]);

/** @param {DesignData} data */
function renderDesign(data) {
  designSummary(data);
  if (data.sections.includes('breakdown')) designBreakdown(data);
  if (data.sections.includes('heatmap')) heatmap(data);
  if (data.sections.includes('timeline')) timeline(data);
  if (data.sections.includes('lines')) areaLines(data);
}

/** @param {DesignData} data */
function designSummary(data) {
  const body = /** @type {HTMLElement} */ (viewBody('summary'));
  const cards = body.appendChild(el('div', undefined, { class: 'cards', id: 'figures' }));
  for (const f of data.figures) {
    const c = cards.appendChild(el('div', undefined, { class: 'card', 'data-figure': f.label }));
    c.appendChild(el('div', f.label, { class: 'k' }));
    c.appendChild(el('div', f.value === null ? '–' : `${fmt(f.value)}${f.unit ? ` ${f.unit}` : ''}`, { class: 'v' }));
  }
  const d = data.design,
    w = data.workload;
  const facts = body.appendChild(el('dl', undefined, { class: 'facts' }));
  /** @param {string} k @param {string} v */
  const fact = (k, v) => {
    facts.appendChild(el('dt', k));
    facts.appendChild(el('dd', v));
  };
  fact('design', `${d.name} (${d.file})`);
  fact('architecture', `${d.architecture}, ${d.array.rows}x${d.array.cols}${d.array.depth > 1 ? `x${d.array.depth}` : ''} PEs`);
  fact(
    'operands',
    Object.entries(d.types)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  );
  fact('OPT passes', d.opts.length ? d.opts.join(', ') : 'none (baseline)');
  fact('pipeline', d.pipeline.length ? d.pipeline.join(', ') : 'none');
  fact('technology', d.technology);
  fact('workload', `GEMM ${w.M}x${w.N}x${w.K}, operands ${w.dist}, seed ${w.seed}`);
  fact('limiting stage', `${data.timing.limiting} (${fmt(data.timing.period)} ${data.units.delay} with register overhead)`);
  if (data.flow.length) {
    body.appendChild(el('h3', 'flow steps'));
    const t = body.appendChild(el('table', undefined, { id: 'flow-steps' }));
    const tb = t.appendChild(el('tbody'));
    for (const s of data.flow) {
      const tr = tb.appendChild(el('tr'));
      tr.appendChild(el('td', s.ok ? 'ok' : 'FAIL', { class: s.ok ? 'good' : 'bad' }));
      tr.appendChild(el('td', s.step));
      tr.appendChild(el('td', s.text, { class: 'text' }));
    }
  }
  for (const n of data.notes) body.appendChild(el('p', `note: ${n}`, { class: 'note' }));
}

/** @param {DesignData} data */
function designBreakdown(data) {
  const body = /** @type {HTMLElement} */ (viewBody('breakdown'));
  const lead = body.appendChild(el('p', '', { class: 'caption' }));
  lead.appendChild(document.createTextNode('Limiting timing stage: '));
  lead.appendChild(el('span', data.timing.limiting, { class: 'limiting', id: 'limiting-stage' }));
  lead.appendChild(
    document.createTextNode(
      ` — logic ${fmt(data.timing.logic)} ${data.units.delay}, period ${fmt(data.timing.period)} ${data.units.delay}${data.timing.fmaxMHz !== null ? `, fmax ${fmt(data.timing.fmaxMHz)} MHz` : ''}`,
    ),
  );
  const two = body.appendChild(el('div', undefined, { class: 'two' }));
  hbars(
    two,
    `area by component class (${data.units.area})`,
    data.area.classes.map(([c, v]) => ({ label: c, value: v })),
    data.units.area,
    '#4e79a7',
  );
  if (data.energy)
    hbars(
      two,
      `energy by part (${data.units.energy} per MAC${data.energy.freqMHz !== null ? ` at ${fmt(data.energy.freqMHz)} MHz` : ''})`,
      data.energy.parts.map(([c, v]) => ({ label: c, value: v })),
      data.units.energy,
      '#f28e2b',
    );
  const st = body.appendChild(el('div'));
  hbars(
    st,
    `register-to-register stages (period, ${data.units.delay})`,
    data.timing.stages.map((s) => ({ label: s.name, value: s.period, strong: s.name === data.timing.limiting })),
    data.units.delay,
    '#9c755f',
  );
}

/** @param {DesignData} data */
function heatmap(data) {
  const body = /** @type {HTMLElement} */ (viewBody('heatmap'));
  const { rows, cols, busy } = data.pe;
  const total = data.cycles.total;
  const util = busy.map((b) => (total > 0 ? b / total : 0));
  const cell = Math.max(6, Math.min(44, Math.floor(640 / Math.max(rows, cols))));
  const M = { top: 22, right: 16, bottom: 16, left: 44 };
  const W = M.left + cols * cell + M.right + 90,
    H = M.top + rows * cell + M.bottom;
  // A fixed 0..100% scale: equal colours mean equal utilization across reports.
  const hi = 1;
  const colour = d3.scaleSequential(d3.interpolateViridis).domain([0, hi]);
  body.appendChild(
    el(
      'p',
      `${rows} x ${cols} PEs; colour = cycles with useful work / ${total} total cycles (mean ${fmtPct(d3.mean(util) ?? 0)}, array utilization ${fmtPct(data.utilization)}).`,
      { class: 'caption' },
    ),
  );
  const svg = d3
    .select(body)
    .append('svg')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('id', 'heatmap')
    .attr('role', 'img')
    .attr('aria-label', 'PE utilization heat map')
    .style('max-width', `${W * 1.3}px`);
  const g = svg.append('g').attr('transform', `translate(${M.left},${M.top})`);
  g.selectAll('rect.pe')
    .data(d3.range(rows * cols))
    .join('rect')
    .attr('class', 'pe')
    .attr('x', (i) => (i % cols) * cell)
    .attr('y', (i) => Math.floor(i / cols) * cell)
    .attr('width', cell - 1)
    .attr('height', cell - 1)
    .attr('fill', (i) => colour(util[i]))
    .on('mousemove', (ev, i) =>
      showTooltip(
        `PE row ${Math.floor(i / cols)}, column ${i % cols}`,
        [`busy ${busy[i]} of ${total} cycles`, `utilization ${fmtPct(util[i])}`],
        ev,
      ),
    )
    .on('mouseleave', () => hideTooltip());
  const step = Math.max(1, Math.ceil(Math.max(rows, cols) / 16));
  g.selectAll('text.rl')
    .data(d3.range(0, rows, step))
    .join('text')
    .attr('class', 'rl axis-label')
    .attr('x', -6)
    .attr('y', (r) => r * cell + cell / 2 + 4)
    .attr('text-anchor', 'end')
    .text((r) => String(r));
  g.selectAll('text.cl')
    .data(d3.range(0, cols, step))
    .join('text')
    .attr('class', 'cl axis-label')
    .attr('x', (c) => c * cell + cell / 2)
    .attr('y', -6)
    .attr('text-anchor', 'middle')
    .text((c) => String(c));
  // Legend: a vertical ramp from 0 to the highest PE utilization.
  const lx = cols * cell + 24,
    lh = Math.min(rows * cell, 220);
  const ramp = d3.range(0, 21).map((k) => k / 20);
  g.selectAll('rect.lg')
    .data(ramp)
    .join('rect')
    .attr('class', 'lg')
    .attr('x', lx)
    .attr('y', (t) => (1 - t) * (lh - lh / 21))
    .attr('width', 14)
    .attr('height', lh / 21 + 0.5)
    .attr('fill', (t) => colour(t * hi));
  g.append('text')
    .attr('class', 'axis-label')
    .attr('x', lx + 20)
    .attr('y', 10)
    .text(fmtPct(hi));
  g.append('text')
    .attr('class', 'axis-label')
    .attr('x', lx + 20)
    .attr('y', lh)
    .text('0%');
}

/** @param {DesignData} data */
function timeline(data) {
  const body = /** @type {HTMLElement} */ (viewBody('timeline'));
  const t = data.tiles;
  const c = data.cycles;
  body.appendChild(
    el(
      'p',
      `${t.count} tile(s), ${c.total} cycles: fill ${c.fill}, steady ${c.steady}, stalls ${c.stalls}, drain ${c.drain}` +
        `${t.count > t.shown.length ? ` — the first ${t.shown.length} tiles are drawn` : ''}. Stall cycles are interleaved with issue; they are drawn after the steady part of each tile.`,
      { class: 'caption' },
    ),
  );
  const legend = body.appendChild(el('div', undefined, { class: 'legend' }));
  for (const [name, col] of PHASES) {
    const s = legend.appendChild(el('span'));
    s.appendChild(el('span', '', { class: 'sw box', style: `background:${col}` }));
    s.appendChild(document.createTextNode(name));
  }
  const rowH = t.shown.length > 40 ? 8 : 16;
  const M = { top: 6, right: 20, bottom: 40, left: 60 };
  const W = 900,
    h = t.shown.length * rowH,
    H = M.top + h + M.bottom;
  const end = d3.max(t.shown, (s) => s[1] + s[6]) ?? 1;
  const x = d3
    .scaleLinear()
    .domain([/** @type {number} */ (d3.min(t.shown, (s) => s[1])) ?? 0, end])
    .range([0, W - M.left - M.right]);
  const svg = d3
    .select(body)
    .append('svg')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('id', 'timeline')
    .attr('role', 'img')
    .attr('aria-label', 'cycle timeline per tile');
  const g = svg.append('g').attr('transform', `translate(${M.left},${M.top})`);
  g.append('g')
    .attr('class', 'axis x')
    .attr('transform', `translate(0,${h})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(8)
        .tickFormat((/** @type {import('d3').AxisDomain} */ v) => fmt(Number(v))),
    );
  g.append('text')
    .attr('class', 'axis-label')
    .attr('x', W - M.left - M.right)
    .attr('y', h + 34)
    .attr('text-anchor', 'end')
    .text('cycle');
  const rowsG = g
    .selectAll('g.tile')
    .data(t.shown)
    .join('g')
    .attr('class', 'tile')
    .attr('transform', (_, k) => `translate(0,${k * rowH})`);
  rowsG.each(function (s) {
    const [index, start, fill, steady, drain, stalls, cycles] = s;
    let at = start;
    const parts = /** @type {[string, number][]} */ ([
      ['fill', fill],
      ['steady', steady],
      ['stalls', stalls],
      ['drain', drain],
    ]);
    const row = d3.select(this);
    for (const [name, len] of parts) {
      if (len <= 0) continue;
      row
        .append('rect')
        .attr('class', `ph ${name}`)
        .attr('x', x(at))
        .attr('y', 1)
        .attr('height', rowH - 2)
        .attr('width', Math.max(0.5, x(at + len) - x(at)))
        .attr('fill', /** @type {[string, string]} */ (PHASES.find((p) => p[0] === name))[1]);
      at += len;
    }
    row
      .append('rect')
      .attr('x', x(start))
      .attr('y', 0)
      .attr('height', rowH)
      .attr('width', Math.max(1, x(start + cycles) - x(start)))
      .attr('fill', 'transparent')
      .on('mousemove', (ev) =>
        showTooltip(
          `tile ${index}`,
          [`cycles ${start}–${start + cycles} (${cycles})`, `fill ${fill}, steady ${steady}, stalls ${stalls}, drain ${drain}`],
          ev,
        ),
      )
      .on('mouseleave', () => hideTooltip());
    if (rowH >= 12)
      row
        .append('text')
        .attr('class', 'axis-label')
        .attr('x', -6)
        .attr('y', rowH - 4)
        .attr('text-anchor', 'end')
        .text(`tile ${index}`);
  });
}

/** @param {DesignData} data */
function areaLines(data) {
  const body = /** @type {HTMLElement} */ (viewBody('lines'));
  const L = data.area.lines;
  const t = makeTable(
    body,
    [
      { key: 'block', label: 'block', value: (i) => L[i].block },
      { key: 'component', label: 'component', value: (i) => L[i].component },
      { key: 'scope', label: 'scope', value: (i) => L[i].scope },
      { key: 'count', label: 'count', num: true, value: (i) => L[i].count },
      { key: 'area', label: `area (${data.units.area})`, num: true, value: (i) => L[i].area },
      { key: 'pct', label: '%', num: true, value: (i) => (100 * L[i].area) / data.area.total },
    ],
    { id: 'lines-table', caption: (n) => `${n} inventory lines, total ${fmt(data.area.total)} ${data.units.area}` },
  );
  t.setRows(d3.range(L.length));
}
