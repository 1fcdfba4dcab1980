// The array controllers, as netlist registers and wires (rendered by the netlist partial like
// the datapath, and read like it by the cost model). First / last flags are registered a step
// ahead (a steps-left counter), so no compare with cfg_k / cfg_m sits on the per-cycle path.
import type { Net } from './netlist.js';

export const CONTROL = { name: 'controller', scope: 'array', role: 'control' } as const;

/**
 * The k-step controller of the output-stationary and bit-slice tops: a run flag, the step
 * counter (the request index), the steps-left counter and the first / last flags. A step ends in
 * a cycle where `stepEnd` holds (1'b1: every cycle); `first` / `last` are ANDed into the tile's
 * first / last flags (f_first, f_last). `prefetch`: the operands (`A`, or `AB` both) are fetched a
 * step ahead: the cycle after start (pre) requests step 0, and while step s runs the array
 * requests step s + 1, loaded into the edge's registers when the step ends (dload). `vld`: the
 * tile's valid flag (f_vld) is used (default true).
 */
export function stepController(net: Net, opt: { stepEnd?: string; first?: string; prefetch?: 'A' | 'AB'; vld?: boolean } = {}): void {
  net.in(CONTROL, () => {
    const end = opt.stepEnd;
    if (opt.vld ?? true) net.wire('f_vld', 1, 'run');
    net.wire('f_first', 1, `run & k_first${opt.first ? ` & ${opt.first}` : ''}`);
    net.wire('f_last', 1, `run & ${end ? `${end} & ` : ''}k_last`);
    const step = end ? `start | (run & ${end})` : 'start | run';
    if (opt.prefetch) {
      net.reg('pre', 1, 'start', { init: "1'b0" });
      net.reg('run', 1, '~start & (pre | (run & ~f_last))', { init: "1'b0" });
      net.wire('dload', 1, `pre | (run${end ? ` & ${end}` : ''})`);
    } else net.reg('run', 1, 'start | (run & ~f_last)', { init: "1'b0" });
    net.reg('kcnt', 32, "start ? 32'd0 : kcnt + 32'd1", { en: step, init: "32'd0" });
    net.reg('krem', 32, "start ? cfg_k : krem - 32'd1", { en: step, init: "32'd0" });
    net.reg('k_first', 1, 'start', { en: step, init: "1'b0" });
    net.reg('k_last', 1, "start ? cfg_k == 32'd1 : krem == 32'd2", { en: step, init: "1'b0" });
    for (const x of ['a', 'b'] as const) {
      const ahead = opt.prefetch === 'AB' || (opt.prefetch === 'A' && x === 'a');
      net.assign(`${x}_rd`, ahead ? 'pre | (run & ~k_last)' : 'run');
      net.assign(`${x}_idx`, ahead ? "pre ? 32'd0 : kcnt + 32'd1" : 'kcnt');
    }
  });
}

/**
 * The controller of the weight-stationary tops: phase 1 loads the weight rows (`rows` cycles,
 * last row first: they shift down the columns), phase 2 requests one row of A per cycle.
 */
export function weightController(net: Net, rows: number): void {
  net.in(CONTROL, () => {
    const last = rows - 1;
    net.wire('load', 1, "phase == 2'd1");
    net.wire('f_vld', 1, "phase == 2'd2");
    net.wire('load_last', 1, `load & (cnt == 32'd${last})`);
    net.wire('f_last', 1, 'f_vld & m_last');
    net.reg('phase', 2, "start ? 2'd1 : load_last ? 2'd2 : 2'd0", { en: 'start | load_last | f_last', init: "2'd0" });
    net.reg('cnt', 32, "(start | load_last) ? 32'd0 : cnt + 32'd1", { en: 'start | load | f_vld', init: "32'd0" });
    net.reg('mrem', 32, "start ? cfg_m : mrem - 32'd1", { en: 'start | f_vld', init: "32'd0" });
    net.reg('m_last', 1, "start ? cfg_m == 32'd1 : mrem == 32'd2", { en: 'start | f_vld', init: "1'b0" });
    net.assign('b_rd', 'load');
    net.assign('b_idx', `32'd${last} - cnt`);
    net.assign('a_rd', 'f_vld');
    net.assign('a_idx', 'cnt');
  });
}
