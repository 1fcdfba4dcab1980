// Reading figures out of Yosys output. Cell counts come from `stat -json` (stable across
// versions); chip area from the JSON where present (0.55) or the text report (0.23 prints it
// only as text); the critical path from ABC's `stime -p` lines.

export interface StatFigures {
  cellsByType: Record<string, number>;
  cellCount: number;
  /** µm² (liberty units) when a liberty was given. */
  area?: number;
  /** Yosys's CMOS estimate without a liberty; `transistorsLowerBound` when some cells had none. */
  transistors?: number;
  transistorsLowerBound?: boolean;
}

export interface PathStep {
  cell: string;
  /** Arrival time at this cell's output, ps. */
  arrivalPs: number;
}

export interface AbcTiming {
  delayPs: number;
  path: PathStep[];
  startPoint?: string;
  endPoint?: string;
}

/** Parses `stat -json` output for module `top` (falls back to the design total). */
export function parseStatJson(json: string, top: string): StatFigures | string {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return `stat -json output is not JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  const d = doc as { modules?: Record<string, Record<string, unknown>>; design?: Record<string, unknown> };
  const mod = d.modules?.[`\\${top}`] ?? d.design;
  if (!mod) return `stat -json output has no module "${top}"`;
  const byType = (mod.num_cells_by_type ?? {}) as Record<string, number>;
  const cellsByType: Record<string, number> = {};
  for (const k of Object.keys(byType).sort()) cellsByType[k] = Number(byType[k]);
  const out: StatFigures = { cellsByType, cellCount: Number(mod.num_cells ?? 0) };
  if (typeof mod.area === 'number') out.area = mod.area;
  const tr = mod.estimated_num_transistors;
  if (tr !== undefined) {
    const s = String(tr);
    out.transistors = Number.parseInt(s, 10);
    out.transistorsLowerBound = s.endsWith('+');
  }
  return out;
}

/** "Chip area for module '\top': 123.4" (0.23) or "Chip area for top module '\top': ..." (newer). */
export function parseChipArea(log: string, top: string): number | undefined {
  const re = /Chip area for (?:top )?module '\\?([^']+)':\s*([0-9.eE+-]+)/g;
  let found: number | undefined;
  for (let m = re.exec(log); m; m = re.exec(log)) if (m[1] === top) found = Number(m[2]);
  return found;
}

/** The last `stime -p` report in the log: total delay and the path cell by cell. */
export function parseAbcTiming(log: string): AbcTiming | undefined {
  const lines = log.split('\n');
  let lastIdx = -1;
  for (let i = 0; i < lines.length; i++) if (/Delay\s*=\s*[0-9.]+\s*ps/.test(lines[i])) lastIdx = i;
  if (lastIdx < 0) return undefined;
  const delayPs = Number(/Delay\s*=\s*([0-9.]+)\s*ps/.exec(lines[lastIdx])![1]);
  const path: PathStep[] = [];
  let startPoint: string | undefined;
  let endPoint: string | undefined;
  for (let i = lastIdx + 1; i < lines.length; i++) {
    const l = lines[i];
    const pm = /Path\s+\d+\s+--\s+\d+\s*:\s*\d+\s+\d+\s+(\S+)\s+A\s*=\s*[0-9.]+\s+Df\s*=\s*([0-9.]+)/.exec(l);
    if (pm) {
      if (pm[1] !== 'pi') path.push({ cell: pm[1], arrivalPs: Number(pm[2]) });
      continue;
    }
    const sp = /Start-point\s*=\s*(.*?)\.\s+End-point\s*=\s*(.*?)\.?\s*$/.exec(l);
    if (sp) {
      startPoint = sp[1];
      endPoint = sp[2];
      break;
    }
    if (!/^ABC:/.test(l)) break;
  }
  return { delayPs, path, startPoint, endPoint };
}

/** Yosys error lines ("ERROR: ...") to quote in a diagnostic. */
export function yosysErrors(log: string): string[] {
  return log
    .split('\n')
    .filter((l) => /^ERROR:/.test(l.trim()))
    .map((l) => l.trim());
}
