// @ts-check
// Number and text helpers of the page. Every string that reaches the page goes through
// textContent (d3's .text()), never innerHTML: a design named like a closing script tag is text.

/**
 * Numbers as the report shows them (the same rule as report/metrics.ts fmt): integers as they
 * are, others to 4 significant digits.
 * @param {number | null | undefined} x
 */
function fmt(x) {
  if (x === undefined || x === null || !Number.isFinite(x)) return '–';
  if (Number.isInteger(x) && Math.abs(x) < 1e9) return String(x);
  return String(Number(x.toPrecision(4)));
}

/** @param {number} x */
function fmtPct(x) {
  return `${fmt(100 * x)}%`;
}

/** @param {number} x */
function fmtRatio(x) {
  return `${x.toFixed(3)}×`;
}

/**
 * @typedef {{ id: string, label: string, unit: string, better: 'min' | 'max', known: boolean }} MetricDef
 */

/** @param {MetricDef} m */
function metricTitle(m) {
  const unit = m.unit ? ` (${m.unit})` : '';
  return `${m.label}${unit}`;
}

/** @param {MetricDef} m */
function betterWord(m) {
  return m.known ? (m.better === 'min' ? 'lower is better' : 'higher is better') : 'lower assumed better';
}

/**
 * A new element with text; attributes set as attributes (never as HTML).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} [text]
 * @param {Record<string, string>} [attrs]
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(tag, text, attrs) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (attrs) for (const k of Object.keys(attrs)) e.setAttribute(k, attrs[k]);
  return e;
}

/**
 * The body element of a section, where its view draws.
 * @param {string} id
 * @returns {HTMLElement | null}
 */
function viewBody(id) {
  return document.querySelector(`section#${id} .body`);
}
