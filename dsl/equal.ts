// Comparing designs "modulo spans": spans say where text was, not what it means. Flows are a
// set (one movement per operand and loop), so they compare in a canonical order (lowering
// already emits them in ir/architectures.ts order; this also covers hand-built designs); an
// explicit `skipZeros: false` means the same as an absent one. `typeSpans`, `nameSpan` and
// `technologySpan` are spans too.
import type { Design } from '../ir/types.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function strip(x: unknown): Json {
  if (Array.isArray(x)) return x.map(strip);
  if (x !== null && typeof x === 'object') {
    const o: { [k: string]: Json } = {};
    for (const k of Object.keys(x).sort()) {
      const v = (x as Record<string, unknown>)[k];
      if (k === 'span' || k === 'typeSpans' || k === 'nameSpan' || k === 'technologySpan' || v === undefined) continue;
      if (k === 'skipZeros' && v === false) continue;
      o[k] = strip(v);
    }
    return o;
  }
  return x as Json;
}

/** The design as plain JSON without spans, keys sorted, flows in canonical order. */
export function stripSpans(d: Design, opts: { ignoreName?: boolean; ignoreDoc?: boolean } = {}): Json {
  const o = strip(d) as { [k: string]: Json };
  if (Array.isArray(o.flows)) {
    o.flows = [...o.flows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));
  }
  if (opts.ignoreName) delete o.name;
  if (opts.ignoreDoc) delete o.doc;
  return o;
}

export function equalModuloSpans(a: Design, b: Design, opts: { ignoreName?: boolean; ignoreDoc?: boolean } = {}): boolean {
  return JSON.stringify(stripSpans(a, opts)) === JSON.stringify(stripSpans(b, opts));
}
