// Short, stable labels of a row's parts: what the table, the legend and the Markdown show.
import type { ResultRow, RowWorkload } from './rows.js';

/** Canonical JSON: keys sorted at every level, so equal values give equal strings. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

export function workloadLabel(w: RowWorkload | string): string {
  if (typeof w === 'string') return w;
  const base = workloadBase(w);
  return w.data ? `${base}, ${w.data}` : base;
}

function workloadBase(w: RowWorkload): string {
  const shape = w.M !== undefined && w.N !== undefined && w.K !== undefined ? `${w.M}x${w.N}x${w.K}` : undefined;
  const head = [w.model, w.phase, w.layer].filter((s) => s !== undefined).join(' ');
  if (head) return shape ? `${head} (${shape})` : head;
  if (w.name !== undefined) return shape && !w.name.includes(shape) ? `${w.name} (${shape})` : w.name;
  return shape ?? 'workload';
}

/** "a=1, b=x" in key order; "" for no parameters. */
export function paramsLabel(p: Record<string, unknown>): string {
  return Object.keys(p)
    .sort()
    .map((k) => `${k}=${typeof p[k] === 'string' ? p[k] : canonical(p[k])}`)
    .join(', ');
}

/** OPT passes of a row: "baseline" for none, "" when the row does not say. */
export function optsLabel(r: ResultRow): string {
  if (r.opts) return r.opts.length === 0 ? 'baseline' : r.opts.join('+');
  for (const k of ['opts', 'opt', 'variant']) {
    const v = r.params[k];
    if (typeof v === 'string') return v === '' || v === 'none' ? 'baseline' : v;
    if (Array.isArray(v)) return v.length === 0 ? 'baseline' : v.join('+');
  }
  return '';
}

/** What one point is, independent of which level produced it: design, parameters, workload. */
export function pointIdentity(r: ResultRow): string {
  return canonical([r.design.file, r.design.name, r.params, typeof r.workload === 'string' ? r.workload : workloadLabel(r.workload)]);
}
