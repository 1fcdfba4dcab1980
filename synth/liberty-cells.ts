// Just enough of a liberty file for synthesis reports: each cell's area and whether it is
// sequential (has an ff/latch group), so sequential area can be split out. The cost model has
// its own full parser (cost/liberty); synth keeps this small scan to stay independent of it.

export interface LibertyCellInfo {
  area: number;
  sequential: boolean;
  /**
   * An integrated clock-gating cell (`clock_gating_integrated_cell`, e.g. "latch_posedge") and its
   * enable, clock and gated-clock pins (`clock_gate_enable_pin`, `_clock_pin`, `_out_pin`).
   */
  icg?: { kind: string; gate: string; clock: string; out: string; dontUse: boolean };
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
    const info: LibertyCellInfo = {
      area: a ? Number(a[1]) : NaN,
      sequential: /\b(ff|latch|ff_bank|latch_bank|statetable)\s*\(/.test(body),
    };
    const icg = /\bclock_gating_integrated_cell\s*:\s*"?([A-Za-z_]+)"?/.exec(body);
    if (icg) {
      const pinWith = (flag: string) => {
        const at = body.search(new RegExp(`\\b${flag}\\s*:\\s*true`));
        if (at < 0) return undefined;
        const pins = [...body.slice(0, at).matchAll(/\bpin\s*\(\s*"?([A-Za-z0-9_]+)"?\s*\)/g)];
        return pins[pins.length - 1]?.[1];
      };
      const gate = pinWith('clock_gate_enable_pin');
      const clock = pinWith('clock_gate_clock_pin');
      const out = pinWith('clock_gate_out_pin');
      if (gate && clock && out) info.icg = { kind: icg[1], gate, clock, out, dontUse: /\bdont_use\s*:\s*true/.test(body) };
    }
    cells.set(heads[i].name, info);
  }
  return cells.size > 0 ? cells : undefined;
}
