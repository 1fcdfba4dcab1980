// Just enough of a liberty file for synthesis reports: each cell's area and whether it is
// sequential (has an ff/latch group), so sequential area can be split out. The cost model has
// its own full parser (cost/liberty); synth keeps this small scan to stay independent of it.

export interface LibertyCellInfo {
  area: number;
  sequential: boolean;
}

/** Scans `cell (name) { ... }` groups; returns undefined when no cell is found (not a liberty). */
export function scanLibertyCells(text: string): Map<string, LibertyCellInfo> | undefined {
  const cells = new Map<string, LibertyCellInfo>();
  const re = /\bcell\s*\(\s*"?([A-Za-z0-9_$.\-]+)"?\s*\)\s*\{/g;
  const heads: { name: string; at: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) heads.push({ name: m[1], at: m.index });
  for (let i = 0; i < heads.length; i++) {
    const body = text.slice(heads[i].at, i + 1 < heads.length ? heads[i + 1].at : text.length);
    const a = /\barea\s*:\s*([0-9.eE+-]+)/.exec(body);
    cells.set(heads[i].name, { area: a ? Number(a[1]) : NaN, sequential: /\b(ff|latch|ff_bank|latch_bank)\s*\(/.test(body) });
  }
  return cells.size > 0 ? cells : undefined;
}
