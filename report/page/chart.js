// @ts-check
// Drawing helpers shared by the views: the tooltip, axes with grid lines, horizontal bars and a
// sortable table that shows at most a fixed number of rows.

const TABLE_LIMIT = 200;

/**
 * Shows the tooltip near the pointer: a bold title line and plain lines (text only).
 * @param {string} title
 * @param {string[]} lines
 * @param {{ clientX: number, clientY: number }} at
 */
function showTooltip(title, lines, at) {
  const tip = /** @type {HTMLElement} */ (document.getElementById('tooltip'));
  tip.replaceChildren(el('div', title, { class: 't' }), ...lines.map((l) => el('div', l)));
  tip.hidden = false;
  const w = tip.offsetWidth,
    h = tip.offsetHeight;
  const x = Math.min(at.clientX + 14, window.innerWidth - w - 6);
  const y = at.clientY + 14 + h > window.innerHeight ? at.clientY - h - 10 : at.clientY + 14;
  tip.style.left = `${Math.max(4, x)}px`;
  tip.style.top = `${Math.max(4, y)}px`;
}

function hideTooltip() {
  const tip = document.getElementById('tooltip');
  if (tip) tip.hidden = true;
}

/**
 * A scale for values of one metric: logarithmic when asked and every value is positive.
 * @param {number[]} values
 * @param {[number, number]} range
 * @param {boolean} log
 */
function metricScale(values, range, log) {
  const ext = d3.extent(values);
  let lo = ext[0] ?? 0,
    hi = ext[1] ?? 1;
  if (log && lo > 0) {
    if (lo === hi) {
      lo /= 1.5;
      hi *= 1.5;
    }
    return d3
      .scaleLog()
      .domain([lo / 1.08, hi * 1.08])
      .range(range);
  }
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const pad = (hi - lo) * 0.05;
  return d3
    .scaleLinear()
    .domain([lo - pad, hi + pad])
    .range(range)
    .nice();
}

/** Whether a log axis reads better: all positive and spread over more than 30x. @param {number[]} v */
function wantsLog(v) {
  const ext = d3.extent(v);
  return ext[0] !== undefined && ext[1] !== undefined && ext[0] > 0 && ext[1] / ext[0] > 30;
}

/**
 * Axes and grid of a plot in a <g> translated to the plot area.
 * @param {import('d3').Selection<SVGGElement, unknown, null, undefined>} g
 * @param {any} x
 * @param {any} y
 * @param {number} w
 * @param {number} h
 * @param {string} xLabel
 * @param {string} yLabel
 */
function drawAxes(g, x, y, w, h, xLabel, yLabel) {
  /** Tick labels; on a log axis only at 1, 2 and 5 of each decade, so they do not crowd. @param {any} s */
  const tickFmt = (s) => (/** @type {import('d3').AxisDomain} */ v) => {
    const n = Number(v);
    if (typeof s.base === 'function' && n > 0) {
      const m = Math.round(n / 10 ** Math.floor(Math.log10(n) + 1e-9));
      if (m !== 1 && m !== 2 && m !== 5) return '';
    }
    return fmt(n);
  };
  const xa = d3.axisBottom(x).ticks(7).tickFormat(tickFmt(x));
  const ya = d3.axisLeft(y).ticks(6).tickFormat(tickFmt(y));
  g.append('g')
    .attr('class', 'grid')
    .attr('transform', `translate(0,${h})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(7)
        .tickSize(-h)
        .tickFormat(() => ''),
    );
  g.append('g')
    .attr('class', 'grid')
    .call(
      d3
        .axisLeft(y)
        .ticks(6)
        .tickSize(-w)
        .tickFormat(() => ''),
    );
  g.append('g').attr('class', 'axis x').attr('transform', `translate(0,${h})`).call(xa);
  g.append('g').attr('class', 'axis y').call(ya);
  g.append('text')
    .attr('class', 'axis-label')
    .attr('x', w)
    .attr('y', h + 38)
    .attr('text-anchor', 'end')
    .text(xLabel);
  g.append('text')
    .attr('class', 'axis-label')
    .attr('transform', 'rotate(-90)')
    .attr('x', 0)
    .attr('y', -58)
    .attr('text-anchor', 'end')
    .text(yLabel);
}

/**
 * Horizontal bars, largest first, with value and share labels.
 * @param {HTMLElement} parent
 * @param {string} title
 * @param {{ label: string, value: number, strong?: boolean }[]} items
 * @param {string} unit
 * @param {string} colour
 */
function hbars(parent, title, items, unit, colour) {
  const box = parent.appendChild(el('div', undefined, { class: 'bars', 'data-bars': title }));
  box.appendChild(el('h3', title));
  const total = d3.sum(items, (d) => d.value);
  const sorted = items.slice().sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : 1));
  const W = 560,
    rowH = 22,
    left = 210,
    right = 170;
  const H = sorted.length * rowH + 8;
  const x = d3
    .scaleLinear()
    .domain([0, d3.max(sorted, (d) => d.value) || 1])
    .range([0, W - left - right]);
  const svg = d3
    .select(box)
    .append('svg')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('role', 'img')
    .attr('aria-label', title)
    .style('max-width', `${W * 1.25}px`);
  const row = svg
    .selectAll('g.bar')
    .data(sorted)
    .join('g')
    .attr('class', 'bar')
    .attr('transform', (_, i) => `translate(0,${i * rowH + 4})`);
  row
    .append('text')
    .attr('x', left - 8)
    .attr('y', 14)
    .attr('text-anchor', 'end')
    .attr('font-weight', (d) => (d.strong ? 700 : 400))
    .text((d) => d.label);
  row
    .append('rect')
    .attr('x', left)
    .attr('y', 3)
    .attr('height', rowH - 7)
    .attr('width', (d) => Math.max(0.5, x(d.value)))
    .attr('fill', colour);
  row
    .append('text')
    .attr('x', (d) => left + x(d.value) + 6)
    .attr('y', 14)
    .text((d) => `${fmt(d.value)}${unit ? ` ${unit}` : ''}${total > 0 ? ` (${fmt((100 * d.value) / total)}%)` : ''}`);
  return box;
}

/**
 * @typedef {{ key: string, label: string, num?: boolean, nowrap?: boolean, value: (i: number) => string | number | null, show?: (i: number) => string, cls?: (i: number) => string }} Column
 */

/**
 * A table over row ids: click a header to sort, at most TABLE_LIMIT rows drawn.
 * @param {HTMLElement} parent
 * @param {Column[]} columns
 * @param {{ caption?: (shown: number, total: number) => string, onRow?: (i: number) => void, limit?: number, id?: string }} [opts]
 */
function makeTable(parent, columns, opts = {}) {
  const limit = opts.limit ?? TABLE_LIMIT;
  const cap = parent.appendChild(el('p', '', { class: 'caption' }));
  const wrap = parent.appendChild(el('div', undefined, { class: 'table-wrap' }));
  const table = wrap.appendChild(el('table', undefined, opts.id ? { id: opts.id } : {}));
  const head = table.appendChild(el('thead')).appendChild(el('tr'));
  const body = table.appendChild(el('tbody'));
  /** @type {number[]} */
  let ids = [];
  /** @type {{ key: string, dir: number } | null} */
  let sort = null;
  /** @type {number | null} */
  let selected = null;
  for (const c of columns) {
    const th = head.appendChild(el('th', c.label, { class: `sortable${c.num ? ' num' : ''}`, 'data-col': c.key, title: 'sort' }));
    th.addEventListener('click', () => {
      sort = sort && sort.key === c.key ? { key: c.key, dir: -sort.dir } : { key: c.key, dir: 1 };
      draw();
    });
  }
  function draw() {
    let order = ids;
    if (sort) {
      const col = /** @type {Column} */ (columns.find((c) => c.key === sort?.key));
      const dir = sort.dir;
      order = ids.slice().sort((a, b) => {
        const va = col.value(a),
          vb = col.value(b);
        if (va === vb) return a - b;
        if (va === null) return 1;
        if (vb === null) return -1;
        return (va < vb ? -1 : 1) * dir;
      });
    }
    const shown = order.slice(0, limit);
    body.replaceChildren(
      ...shown.map((i) => {
        const tr = el('tr', undefined, { 'data-row': String(i) });
        if (i === selected) tr.className = 'selected';
        for (const c of columns) {
          const v = c.value(i);
          const text = c.show ? c.show(i) : typeof v === 'number' ? fmt(v) : (v ?? '–');
          const extra = c.cls ? c.cls(i) : '';
          tr.appendChild(el('td', text, { class: `${c.num ? 'num' : c.nowrap ? 'nowrap' : 'text'}${extra ? ` ${extra}` : ''}` }));
        }
        if (opts.onRow) tr.addEventListener('click', () => opts.onRow?.(i));
        return tr;
      }),
    );
    cap.textContent = opts.caption
      ? opts.caption(shown.length, ids.length)
      : `${ids.length} rows${ids.length > shown.length ? ` (first ${shown.length} shown)` : ''}`;
  }
  return {
    /** @param {number[]} next */
    setRows(next) {
      ids = next;
      draw();
    },
    /** @param {number | null} i */
    select(i) {
      selected = i;
      draw();
    },
  };
}
