// Timing-driven synthesis at a clock target, as a real flow does it: every adder's carry network
// is chosen by the constraint (the smallest architecture that meets it, as DesignWare picks a
// ripple adder with slack and a parallel-prefix one without), ABC maps to the delay target,
// buffers high-fan-out nets and sizes gates (`&nf -D`, `buffer`, `upsize -D`, `dnsize -D`), and
// OpenSTA signs off the result. Architectures are tried smallest first; one that ABC maps within
// its target but OpenSTA finds late (by less than 15% of the clock) is mapped once more to a target
// tightened by the miss (over-constraining, as designers do: ABC's delay model is optimistic about
// register outputs and slews); the
// first netlist whose OpenSTA slack is not negative is kept; when none meets the clock, the
// fastest (least area on a tie within 0.5%) is kept and `met` is false.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Result } from '../ir/index.js';
import { ADDER_ARCHS, type AdderArch } from './adders.js';
import { runSta, type StaReport } from './sta.js';
import { synthesize, type SynthReport, type VerilogFile } from './synthesize.js';
import type { YosysKind } from './yosys-run.js';

export interface AtClockOptions {
  liberty: { name: string; text: string };
  clockNs: number;
  /** Clock-to-Q plus setup of the library's flip-flop, ps: ABC's target is the clock minus this. */
  registerOverheadPs: number;
  /** What ABC assumes drives register outputs and loads register inputs. */
  constraints?: { drivingCell: string; loadFf: number };
  archs?: readonly AdderArch[];
  /** Architectures known not to reach this clock (a sweep skips what missed a looser clock by far). */
  skip?: ReadonlySet<AdderArch>;
  yosys?: YosysKind;
  cacheDir?: string;
  onProgress?: (step: string) => void;
  /** Automatic clock gating (SynthOptions.clockGating). */
  clockGating?: boolean;
}

export interface AtClockAttempt {
  adder: AdderArch;
  /** ABC's delay target, ps. */
  targetPs: number;
  areaUm2: number;
  /** ABC's register-to-register delay (register outputs driven by the constraint's cell), ps. */
  abcDelayPs: number;
  staCriticalPathPs: number;
  staSlackPs: number;
  met: boolean;
  synthSeconds: number;
}

export interface AtClockReport {
  clockNs: number;
  met: boolean;
  adder: AdderArch;
  synth: SynthReport;
  sta: StaReport;
  /** ABC's view: delay plus the register overhead, and the slack at the clock, ps. */
  abcCriticalPathPs: number;
  abcSlackPs: number;
  registerOverheadPs: number;
  attempts: AtClockAttempt[];
}

const d = (code: string, message: string): Diagnostic => ({ code, severity: 'error', message });

async function staCached(netlist: string, top: string, o: AtClockOptions): Promise<Result<StaReport>> {
  let file: string | undefined;
  if (o.cacheDir) {
    const h = createHash('sha256')
      .update(`sta\0${o.clockNs}\0${top}\0`)
      .update(netlist)
      .update('\0')
      .update(o.liberty.text)
      .digest('hex')
      .slice(0, 32);
    file = join(o.cacheDir, `sta-${h}.json`);
    try {
      return { value: JSON.parse(readFileSync(file, 'utf8')) as StaReport, diagnostics: [] };
    } catch {
      /* not cached */
    }
  }
  const r = await runSta({ netlist, top, liberty: o.liberty, clockNs: o.clockNs });
  if (r.value && file) {
    try {
      mkdirSync(o.cacheDir!, { recursive: true });
      writeFileSync(file, JSON.stringify(r.value));
    } catch {
      /* only slower */
    }
  }
  return r;
}

export async function synthesizeAtClock(files: VerilogFile[], top: string, o: AtClockOptions): Promise<Result<AtClockReport>> {
  if (!(o.clockNs > 0 && Number.isFinite(o.clockNs)))
    return { diagnostics: [d('E0923', `clock period must be a positive number of ns, got ${o.clockNs}`)] };
  const target = o.clockNs * 1000 - o.registerOverheadPs;
  const attempts: AtClockAttempt[] = [];
  const results: { syn: SynthReport; sta: StaReport }[] = [];
  const clockPs = o.clockNs * 1000;
  outer: for (const adder of o.archs ?? ADDER_ARCHS) {
    if (o.skip?.has(adder)) continue;
    let D = target;
    for (let tryNo = 0; tryNo < 2; tryNo++) {
      o.onProgress?.(`${adder} adders at ${o.clockNs} ns${tryNo ? ' (tightened)' : ''}`);
      const syn = await synthesize(files, top, {
        liberty: o.liberty,
        adder,
        delayTargetPs: D,
        ...(o.constraints ? { constraints: o.constraints } : {}),
        netlist: true,
        ...(o.clockGating ? { clockGating: true } : {}),
        yosys: o.yosys ?? 'wasm',
        ...(o.cacheDir ? { cacheDir: o.cacheDir } : {}),
      });
      if (!syn.value) return { diagnostics: syn.diagnostics };
      o.onProgress?.(`OpenSTA on the ${adder} netlist`);
      const sta = await staCached(syn.value.netlist!.verilog, top, o);
      if (!sta.value) return { diagnostics: sta.diagnostics };
      const met = sta.value.slackPs >= 0;
      attempts.push({
        adder,
        targetPs: Math.max(1, Math.round(D)),
        areaUm2: syn.value.area ?? 0,
        abcDelayPs: syn.value.criticalPathPs ?? NaN,
        staCriticalPathPs: sta.value.criticalPathPs,
        staSlackPs: sta.value.slackPs,
        met,
        synthSeconds: Math.round(syn.value.elapsedMs / 100) / 10,
      });
      results.push({ syn: syn.value, sta: sta.value });
      if (met) break outer;
      // Tighten only where ABC met its own target (its model is what was optimistic) and the miss is small.
      if (-sta.value.slackPs > 0.15 * clockPs || !((syn.value.criticalPathPs ?? Infinity) <= D)) break;
      D = D + sta.value.slackPs - 0.01 * clockPs;
      if (D < 1) break;
    }
  }
  if (results.length === 0) return { diagnostics: [d('E0923', 'no adder architecture left to try')] };
  let pick = results.findIndex((r) => r.sta.slackPs >= 0);
  if (pick < 0) {
    const best = Math.min(...results.map((r) => r.sta.criticalPathPs));
    pick = results.findIndex((r) => r.sta.criticalPathPs <= best * 1.005);
    for (let i = 0; i < results.length; i++) {
      if (results[i].sta.criticalPathPs <= best * 1.005 && (results[i].syn.area ?? 0) < (results[pick].syn.area ?? 0)) pick = i;
    }
  }
  const r = results[pick];
  const abcCp = (r.syn.criticalPathPs ?? 0) + o.registerOverheadPs;
  return {
    value: {
      clockNs: o.clockNs,
      met: r.sta.slackPs >= 0,
      adder: attempts[pick].adder,
      synth: r.syn,
      sta: r.sta,
      abcCriticalPathPs: Math.round(abcCp * 10) / 10,
      abcSlackPs: Math.round((o.clockNs * 1000 - abcCp) * 10) / 10,
      registerOverheadPs: o.registerOverheadPs,
      attempts,
    },
    diagnostics: [],
  };
}
