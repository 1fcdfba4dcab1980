// The short Markdown summary (`tpe report ... --format md`) for a pull-request comment or a CI
// step summary: the gate's verdicts, the Pareto set, the biggest changes, what failed.
import type { DesignData } from './design-data.js';
import { escapeMd } from './escape.js';
import { fmt, metricDef } from './metrics.js';
import { nonDominated } from './pareto.js';
import type { SweepData } from './sweep-data.js';

const MAX_FRONT = 15;
const MAX_WORKLOADS = 8;
const MAX_CHANGES = 10;
const MAX_PROBLEMS = 5;

function table(head: string[], rows: string[][], numeric: boolean[]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${numeric.map((n) => (n ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** The objectives of the Markdown's Pareto set: those of area, energy per MAC and throughput the rows have. */
export function summaryObjectives(d: SweepData): string[] {
  const have = new Set(d.metrics.map((m) => m.id));
  const o = ['areaUm2', 'energyPerMacPj', 'throughputTops'].filter((m) => have.has(m));
  return o.length >= 2 ? o : d.metrics.slice(0, 2).map((m) => m.id);
}

/** Non-dominated rows of one workload (all rows when w < 0) under the summary objectives. */
export function summaryFront(d: SweepData, w: number, objectives: string[]): number[] {
  const R = d.rows;
  const ids: number[] = [];
  for (let i = 0; i < R.n; i++) if ((w < 0 || R.workload[i] === w) && objectives.every((m) => R.m[m][i] !== null)) ids.push(i);
  const pts = ids.map((i) => objectives.map((m) => (metricDef(m).better === 'max' ? -1 : 1) * (R.m[m][i] as number)));
  return nonDominated(pts).map((k) => ids[k]);
}

export function sweepMarkdown(d: SweepData): string {
  const R = d.rows,
    D = d.dict;
  const c = d.counts;
  const out: string[] = [`## ${escapeMd(d.title)}`, ''];
  out.push(
    `${c.rows} rows from ${d.inputs.map((f) => `\`${f.replace(/`/g, "'")}\``).join(', ')}: ${c.ok} ok, ${c.invalid} invalid, ${c.error} error; ` +
      `${D.design.length} design(s), ${D.workload.length} workload(s), level(s) ${D.level.join(', ')}.`,
    '',
  );
  if (d.verdicts) {
    out.push('### Gate verdicts', '');
    if (d.gate?.limits) out.push(`Limits: ${escapeMd(d.gate.limits)}`, '');
    const keys = Object.keys(d.verdicts);
    out.push(
      ...table(
        keys,
        [keys.map((k) => String(d.verdicts?.[k] ?? 0))],
        keys.map(() => true),
      ),
      '',
    );
    const listed = d.gate
      ? d.gate.points
          .filter((p) => p.verdict !== 'PASS' && p.verdict !== 'NEW')
          .map(
            (p) =>
              `- **${p.verdict}** ${escapeMd(p.row >= 0 ? `${D.design[R.design[p.row]]} ${D.params[R.params[p.row]]}` : p.design)} on ${escapeMd(p.row >= 0 ? D.workload[R.workload[p.row]] : p.workload)}${p.reason ? `: ${escapeMd(p.reason)}` : ''}`,
          )
      : (R.verdict ?? [])
          .map((x, i) =>
            x === 'FAIL' || x === 'ERROR' || x === 'INCONCLUSIVE'
              ? `- **${x}** ${escapeMd(D.design[R.design[i]])} ${escapeMd(D.params[R.params[i]])} on ${escapeMd(D.workload[R.workload[i]])}`
              : '',
          )
          .filter((x) => x !== '');
    if (listed.length) {
      out.push(...listed.slice(0, 10));
      if (listed.length > 10) out.push(`- … and ${listed.length - 10} more`);
      out.push('');
    }
  }
  if (R.n > 0) {
    const obj = summaryObjectives(d);
    const defs = obj.map(metricDef);
    out.push(`### Pareto set (${defs.map((m) => `${m.label} ${m.better === 'min' ? '↓' : '↑'}`).join(', ')})`, '');
    const workloads = D.workload.length > 1 ? D.workload.map((_, i) => i) : [-1];
    for (const w of workloads.slice(0, MAX_WORKLOADS)) {
      const front = summaryFront(d, w, obj);
      if (w >= 0) out.push(`**${escapeMd(D.workload[w])}**: ${front.length} non-dominated`, '');
      const head = ['design', 'OPT', 'parameters', ...defs.map((m) => `${m.label}${m.unit ? ` (${m.unit})` : ''}`)];
      const rows = front
        .slice(0, MAX_FRONT)
        .map((i) => [
          escapeMd(D.design[R.design[i]]),
          escapeMd(D.opts[R.opts[i]] || '–'),
          escapeMd(D.params[R.params[i]] || '–'),
          ...obj.map((m) => fmt(R.m[m][i])),
        ]);
      out.push(...table(head, rows, [false, false, false, ...obj.map(() => true)]));
      if (front.length > MAX_FRONT) out.push('', `… ${front.length - MAX_FRONT} more in the HTML report`);
      out.push('');
    }
    if (workloads.length > MAX_WORKLOADS) out.push(`… ${workloads.length - MAX_WORKLOADS} more workload(s) in the HTML report`, '');
  }
  if (d.changes) {
    const ch = d.changes;
    out.push(`### Biggest changes against ${ch.baseline.map((f) => `\`${f.replace(/`/g, "'")}\``).join(', ')}`, '');
    out.push(`${ch.matched} point(s) matched, ${ch.unmatched} new.`, '');
    if (ch.top.length) {
      out.push(
        ...table(
          ['design', 'parameters', 'workload', 'metric', 'baseline', 'now', 'change'],
          ch.top.slice(0, MAX_CHANGES).map((x) => {
            const m = metricDef(x.metric);
            const worse = x.pct > 0 !== (m.better === 'max');
            return [
              escapeMd(D.design[R.design[x.row]]),
              escapeMd(D.params[R.params[x.row]] || '–'),
              escapeMd(D.workload[R.workload[x.row]]),
              escapeMd(m.label),
              fmt(x.base),
              fmt(x.now),
              `${x.pct > 0 ? '+' : ''}${fmt(x.pct)}% ${worse ? '(worse)' : '(better)'}`,
            ];
          }),
          [false, false, false, false, true, true, true],
        ),
        '',
      );
    } else out.push('No metric changed.', '');
  }
  if (d.ratios.pairs.length) {
    out.push('### Baseline vs OPT (geometric mean of variant / baseline)', '');
    const groups = new Map<string, number[]>();
    for (const p of d.ratios.pairs) {
      const k = D.opts[R.opts[p.variant]];
      groups.set(k, [...(groups.get(k) ?? []), d.ratios.pairs.indexOf(p)]);
    }
    const ms = ['areaUm2', 'fmaxMHz', 'energyPerMacPj', 'topsPerMm2', 'topsPerW'].filter((m) =>
      d.ratios.pairs.some((p) => p.r[m] !== undefined),
    );
    const gm = (v: number[]) => (v.length ? Math.exp(v.reduce((a, x) => a + Math.log(x), 0) / v.length) : undefined);
    out.push(
      ...table(
        ['OPT', 'pairs', ...ms.map((m) => metricDef(m).label)],
        [...groups.keys()].sort().map((k) => {
          const ps = (groups.get(k) ?? []).map((j) => d.ratios.pairs[j]);
          return [
            escapeMd(k),
            String(ps.length),
            ...ms.map((m) => {
              const v = gm(ps.map((p) => p.r[m]).filter((x): x is number => x !== undefined));
              return v === undefined ? '–' : `${v.toFixed(3)}×`;
            }),
          ];
        }),
        [false, true, ...ms.map(() => true)],
      ),
      '',
    );
    // Pairs held against published ratios (`tpe reproduce`, issue 11): each one, ours beside theirs.
    const held = d.ratios.pairs.filter((p) => p.published);
    if (held.length) {
      const pm = [...new Set(held.flatMap((p) => Object.keys(p.published!.ratios)))].sort();
      out.push('### Measured vs published (variant / baseline)', '');
      out.push(
        ...table(
          ['variant', 'baseline', 'level', ...pm.flatMap((m) => [`${metricDef(m).label}`, 'published'])],
          held.map((p) => [
            escapeMd(D.design[R.design[p.variant]]),
            escapeMd(D.design[R.design[p.baseline]]),
            escapeMd(D.level[R.level[p.variant]] ?? ''),
            ...pm.flatMap((m) => [
              p.r[m] === undefined ? '–' : `${p.r[m].toFixed(2)}×`,
              p.published!.ratios[m] === undefined ? '–' : `${p.published!.ratios[m].toFixed(2)}×`,
            ]),
          ]),
          [false, false, false, ...pm.flatMap(() => [true, true])],
        ),
        '',
      );
      out.push(`Published: ${escapeMd([...new Set(held.map((p) => p.published!.source))].join('; '))}.`, '');
    }
  }
  if (d.problems.total) {
    out.push(`### Not ok: ${d.problems.total} row(s)`, '');
    out.push(
      ...d.problems.shown
        .slice(0, MAX_PROBLEMS)
        .map(
          (p) =>
            `- \`${p.file.replace(/`/g, "'")}:${p.line}\` ${p.status}: ${escapeMd(p.design)} on ${escapeMd(p.workload)}: ${escapeMd(p.diagnostic)}`,
        ),
    );
    if (d.problems.total > MAX_PROBLEMS) out.push(`- … and ${d.problems.total - MAX_PROBLEMS} more`);
    out.push('');
  }
  return out.join('\n');
}

export function designMarkdown(d: DesignData): string {
  const out: string[] = [`## ${escapeMd(d.title)}`, ''];
  const w = d.workload;
  out.push(
    `${escapeMd(d.design.name)} (${escapeMd(d.design.architecture)}, ${d.design.array.rows}x${d.design.array.cols}${d.design.array.depth > 1 ? `x${d.design.array.depth}` : ''}, ` +
      `OPT ${escapeMd(d.design.opts.join('+') || 'none')}, technology ${escapeMd(d.design.technology)}) on GEMM ${w.M}x${w.N}x${w.K}.`,
    '',
  );
  out.push(
    ...table(
      ['figure', 'value'],
      d.figures.map((f) => [escapeMd(f.label), f.value === null ? '–' : `${fmt(f.value)}${f.unit ? ` ${escapeMd(f.unit)}` : ''}`]),
      [false, true],
    ),
    '',
  );
  out.push(`Limiting stage: **${escapeMd(d.timing.limiting)}** (period ${fmt(d.timing.period)} ${escapeMd(d.units.delay)}).`, '');
  const total = d.area.total;
  out.push(
    ...table(
      ['area class', `${escapeMd(d.units.area)}`, '%'],
      d.area.classes
        .slice()
        .sort((a, b) => b[1] - a[1])
        .map(([c, v]) => [escapeMd(c), fmt(v), fmt((100 * v) / total)]),
      [false, true, true],
    ),
    '',
  );
  if (d.flow.length) out.push(...d.flow.map((s) => `- ${s.ok ? 'ok' : '**FAIL**'} ${escapeMd(s.step)}: ${escapeMd(s.text)}`), '');
  return out.join('\n');
}
