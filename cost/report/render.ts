// Readable tables of an estimate and of a comparison. Fixed number formatting, no locale.
import type { Estimate } from '../estimate.js';

function fmt(x: number | undefined, digits = 1): string {
  if (x === undefined || !Number.isFinite(x)) return '-';
  return x.toFixed(digits);
}

function table(head: string[], rows: string[][], leftCols = 1): string[] {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < leftCols ? c.padEnd(w[i]) : c.padStart(w[i])))
      .join('  ')
      .trimEnd();
  return [line(head), line(w.map((n) => '-'.repeat(n))), ...rows.map(line)];
}

export function renderEstimate(e: Estimate, header: string): string {
  const u = e.units;
  const out: string[] = [header, ''];
  out.push(
    `Area: ${fmt(e.area.total)} ${u.area} (combinational ${fmt(e.area.combinational)}, sequential ${fmt(e.area.sequential)}), ${e.pes} PEs, ${e.macsPerCycle} MAC/cycle, ${fmt(e.area.perMac)} ${u.area} per MAC`,
  );
  out.push(
    ...table(
      ['block', 'component', 'scope', 'count', `area ${u.area}`, '%'],
      e.area.lines.map((l) => [l.block, l.component, l.scope, String(l.count), fmt(l.area), fmt((100 * l.area) / e.area.total)]),
      3,
    ).map((s) => `  ${s}`),
  );
  out.push('');
  const fm = e.timing.fmaxMHz !== undefined ? `, fmax ${fmt(e.timing.fmaxMHz)} MHz` : '';
  out.push(
    `Timing: limiting stage "${e.timing.limiting}": logic ${fmt(e.timing.logic)} ${u.delay}, period ${fmt(e.timing.period)} ${u.delay} with register overhead${fm}`,
  );
  for (const s of e.timing.stages) {
    out.push(`  ${s.name}: logic ${fmt(s.logic)}, period ${fmt(s.period)}`);
    for (const el of s.elements) out.push(`      ${fmt(el.delay).padStart(8)}  ${el.what}`);
  }
  const a = e.atClock;
  if (a) {
    out.push('');
    out.push(
      `At the clock ${a.clockNs} ns (${fmt(a.clock)} ${u.delay}): ${a.meetsClock ? 'met' : 'MISSED'} with ${a.adder} adders: area ${fmt(a.area)} ${u.area}, ` +
        `limiting stage "${a.limiting}", period ${fmt(a.period)} ${u.delay}${a.fmaxMHz !== undefined ? ` (fmax ${fmt(a.fmaxMHz)} MHz)` : ''}, slack ${fmt(a.slack)}`,
    );
    out.push('  what synthesis picks by the clock (smallest area that meets it; the fastest when none does):');
    for (const c of a.curve)
      out.push(`    ${c.adder.padEnd(12)} area ${fmt(c.area).padStart(12)}  period ${fmt(c.period).padStart(9)}  (${c.limiting})`);
  }
  if (e.power) {
    for (const [label, p] of [
      ['at fmax', e.power.atFmax],
      ['at the clock', e.power.atClock],
      ['at --freq', e.power.atFreq],
    ] as const) {
      if (!p) continue;
      out.push('');
      out.push(
        `Power ${label} (${fmt(p.freqMHz)} MHz): ${fmt(p.total, 0)} ${u.energy} for the workload, ${fmt(p.perMac, 3)} ${u.energy} per MAC` +
          (p.averagePowerMw !== undefined ? `, average ${fmt(p.averagePowerMw, 3)} mW` : '') +
          (p.topsPerW !== undefined ? `, ${fmt(p.topsPerW, 3)} TOPS/W` : ''),
      );
      out.push(
        ...table(
          ['part', `energy ${u.energy}`, '%'],
          p.breakdown.map((b) => [b.what, fmt(b.energy, 0), fmt((100 * b.energy) / p.total)]),
        ).map((s) => `  ${s}`),
      );
    }
  }
  out.push('');
  const f = e.figures;
  out.push(`Figures: area per MAC ${fmt(f.areaPerMac)} ${u.area}; utilization ${fmt(100 * f.utilization)}%`);
  if (f.topsPerMm2AtFmax !== undefined)
    out.push(
      `  TOPS/mm2 at fmax ${fmt(f.topsPerMm2AtFmax, 4)}` +
        (f.topsPerMm2AtFreq !== undefined ? `, at --freq ${fmt(f.topsPerMm2AtFreq, 4)}` : ''),
    );
  if (f.topsPerWAtFmax !== undefined)
    out.push(
      `  TOPS/W at fmax ${fmt(f.topsPerWAtFmax, 4)}` + (f.topsPerWAtFreq !== undefined ? `, at --freq ${fmt(f.topsPerWAtFreq, 4)}` : ''),
    );
  for (const n of e.notes) out.push(`note: ${n}`);
  return out.join('\n') + '\n';
}

/** Every comparable figure of an estimate, flat. */
export function figureList(e: Estimate): [string, number | undefined][] {
  return [
    ['area total', e.area.total],
    ['area combinational', e.area.combinational],
    ['area sequential', e.area.sequential],
    ['area per MAC', e.area.perMac],
    ['critical logic delay', e.timing.logic],
    ['clock period', e.timing.period],
    ['fmax MHz', e.timing.fmaxMHz],
    ['area at the clock', e.atClock?.area],
    ['meets the clock (1 yes)', e.atClock ? (e.atClock.meetsClock ? 1 : 0) : undefined],
    ['energy per MAC at the clock', e.power?.atClock?.perMac],
    ['utilization', e.figures.utilization],
    ['energy per MAC at fmax', e.power?.atFmax?.perMac],
    ['energy per MAC at --freq', e.power?.atFreq?.perMac],
    ['average power mW at fmax', e.power?.atFmax?.averagePowerMw],
    ['TOPS/mm2 at fmax', e.figures.topsPerMm2AtFmax],
    ['TOPS/mm2 at --freq', e.figures.topsPerMm2AtFreq],
    ['TOPS/W at fmax', e.figures.topsPerWAtFmax],
    ['TOPS/W at --freq', e.figures.topsPerWAtFreq],
  ];
}

export function renderComparison(names: string[], ests: Estimate[]): string {
  const lists = ests.map(figureList);
  const head = ['figure', ...names.map((n, i) => (i === 0 ? n : `${n} (x first)`))];
  const rows = lists[0].map(([label], k) => [
    label,
    ...lists.map((l, i) => {
      const v = l[k][1];
      const base = lists[0][k][1];
      if (v === undefined) return '-';
      const digits = Math.abs(v) < 10 ? 4 : 1;
      return i === 0 || base === undefined || base === 0 ? v.toFixed(digits) : `${v.toFixed(digits)} (${(v / base).toFixed(3)})`;
    }),
  ]);
  return table(head, rows).join('\n') + '\n';
}
