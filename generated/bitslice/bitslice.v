// bitslice: bit-slice 8 (n) x 8 (m) term-pair array top
// Source design: bitslice (examples/bitslice.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Bit-slice array, 8 (n) x 8 (m), zero terms skipped.
// Protocol: pulse start with cfg_k = K; the array requests k (a_idx/b_idx) and holds the request
// for max(1, maxA * maxB) cycles (maxA: most nonzero A digits among the columns, maxB: among
// the rows); out_vld marks the tile's results.
module bitslice (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_k,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [63:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [63:0] b_in,
  output wire [63:0] out_vld,
  output wire [2047:0] out_data
);
  // Controller: term-pair counters (ci over A digits, cj over B digits) inside each k step. The
  // first / last k flags are registered a step ahead (krem counts the k steps left), so no
  // compare with cfg_k sits on the per-cycle path.
  wire f_vld;
  wire f_first;
  wire f_last;
  wire none;
  wire ea;
  wire eb;
  wire k_end;
  /* verilator lint_off UNUSEDSIGNAL */ // only the first row's counts feed the controller
  wire [3:0] nza0;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first row's counts feed the controller
  wire [3:0] nza1;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first row's counts feed the controller
  wire [3:0] nza2;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first row's counts feed the controller
  wire [3:0] nza3;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first row's counts feed the controller
  wire [3:0] nza4;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first row's counts feed the controller
  wire [3:0] nza5;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first row's counts feed the controller
  wire [3:0] nza6;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first row's counts feed the controller
  wire [3:0] nza7;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first column's counts feed the controller
  wire [3:0] nzb0;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first column's counts feed the controller
  wire [3:0] nzb1;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first column's counts feed the controller
  wire [3:0] nzb2;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first column's counts feed the controller
  wire [3:0] nzb3;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first column's counts feed the controller
  wire [3:0] nzb4;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first column's counts feed the controller
  wire [3:0] nzb5;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first column's counts feed the controller
  wire [3:0] nzb6;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // only the first column's counts feed the controller
  wire [3:0] nzb7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o0_0;
  wire [31:0] o0_1;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_0_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o0_2;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_0_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o0_3;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_0_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o0_4;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_0_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o0_5;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_0_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o0_6;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_0_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o0_7;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_0_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_0;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_1_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_1;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_1_1;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_1_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_2;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_1_2;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_1_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_3;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_1_3;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_1_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_4;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_1_4;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_1_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_5;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_1_5;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_1_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_6;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_1_6;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_1_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_7;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_1_7;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_1_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_0;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_2_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_1;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_2_1;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_2_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_2;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_2_2;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_2_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_3;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_2_3;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_2_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_4;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_2_4;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_2_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_5;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_2_5;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_2_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_6;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_2_6;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_2_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_7;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_2_7;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_2_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_0;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_3_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_1;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_3_1;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_3_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_2;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_3_2;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_3_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_3;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_3_3;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_3_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_4;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_3_4;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_3_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_5;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_3_5;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_3_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_6;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_3_6;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_3_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_7;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_3_7;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_3_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_0;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_4_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_1;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_4_1;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_4_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_2;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_4_2;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_4_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_3;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_4_3;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_4_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_4;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_4_4;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_4_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_5;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_4_5;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_4_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_6;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_4_6;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_4_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_7;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_4_7;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_4_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_0;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_5_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_1;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_5_1;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_5_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_2;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_5_2;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_5_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_3;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_5_3;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_5_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_4;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_5_4;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_5_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_5;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_5_5;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_5_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_6;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_5_6;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_5_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_7;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_5_7;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_5_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_0;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_6_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_1;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_6_1;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_6_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_2;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_6_2;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_6_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_3;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_6_3;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_6_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_4;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_6_4;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_6_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_5;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_6_5;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_6_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_6;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_6_6;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_6_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_7;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_6_7;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_6_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_0;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_7_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_1;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_7_1;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_7_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_2;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_7_2;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_7_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_3;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_7_3;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_7_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_4;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_7_4;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_7_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_5;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_7_5;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_7_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_6;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_7_6;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_7_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_7;
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nza_7_7;
  /* verilator lint_on UNUSEDSIGNAL */
  /* verilator lint_off UNUSEDSIGNAL */ // interior PEs' digit flags are not needed by the controller
  wire [3:0] nzb_7_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [3:0] cnta0;
  wire [3:0] cnta1;
  wire [3:0] cnta2;
  wire [3:0] cnta3;
  wire [3:0] cnta4;
  wire [3:0] cnta5;
  wire [3:0] cnta6;
  wire [3:0] cnta7;
  wire [3:0] a_max0_0;
  wire [3:0] a_max0_1;
  wire [3:0] a_max0_2;
  wire [3:0] a_max0_3;
  wire [3:0] a_max1_0;
  wire [3:0] a_max1_1;
  wire [3:0] a_max2_0;
  wire [3:0] max_a;
  wire [3:0] cntb0;
  wire [3:0] cntb1;
  wire [3:0] cntb2;
  wire [3:0] cntb3;
  wire [3:0] cntb4;
  wire [3:0] cntb5;
  wire [3:0] cntb6;
  wire [3:0] cntb7;
  wire [3:0] b_max0_0;
  wire [3:0] b_max0_1;
  wire [3:0] b_max0_2;
  wire [3:0] b_max0_3;
  wire [3:0] b_max1_0;
  wire [3:0] b_max1_1;
  wire [3:0] b_max2_0;
  wire [3:0] max_b;
  reg run;
  reg [31:0] kcnt;
  reg [31:0] krem;
  reg k_first;
  reg k_last;
  reg [3:0] ci;
  reg [3:0] cj;
  reg dl_f_last_q0;
  reg dl_dl_f_last_q1;
  assign f_vld = run;
  assign f_first = run & k_first & (ci == 4'd0) & (cj == 4'd0);
  assign f_last = run & k_end & k_last;
  assign a_rd = run;
  assign a_idx = kcnt;
  assign b_rd = run;
  assign b_idx = kcnt;
  assign none = (max_a == 4'd0) | (max_b == 4'd0);
  assign ea = none | (ci + 4'd1 >= max_a);
  assign eb = none | (cj + 4'd1 >= max_b);
  assign k_end = ea & eb;
  assign cnta0 = {3'd0, nza0[0]} + {3'd0, nza0[1]} + {3'd0, nza0[2]} + {3'd0, nza0[3]};
  assign cnta1 = {3'd0, nza1[0]} + {3'd0, nza1[1]} + {3'd0, nza1[2]} + {3'd0, nza1[3]};
  assign cnta2 = {3'd0, nza2[0]} + {3'd0, nza2[1]} + {3'd0, nza2[2]} + {3'd0, nza2[3]};
  assign cnta3 = {3'd0, nza3[0]} + {3'd0, nza3[1]} + {3'd0, nza3[2]} + {3'd0, nza3[3]};
  assign cnta4 = {3'd0, nza4[0]} + {3'd0, nza4[1]} + {3'd0, nza4[2]} + {3'd0, nza4[3]};
  assign cnta5 = {3'd0, nza5[0]} + {3'd0, nza5[1]} + {3'd0, nza5[2]} + {3'd0, nza5[3]};
  assign cnta6 = {3'd0, nza6[0]} + {3'd0, nza6[1]} + {3'd0, nza6[2]} + {3'd0, nza6[3]};
  assign cnta7 = {3'd0, nza7[0]} + {3'd0, nza7[1]} + {3'd0, nza7[2]} + {3'd0, nza7[3]};
  assign a_max0_0 = (cnta1 > cnta0) ? cnta1 : cnta0;
  assign a_max0_1 = (cnta3 > cnta2) ? cnta3 : cnta2;
  assign a_max0_2 = (cnta5 > cnta4) ? cnta5 : cnta4;
  assign a_max0_3 = (cnta7 > cnta6) ? cnta7 : cnta6;
  assign a_max1_0 = (a_max0_1 > a_max0_0) ? a_max0_1 : a_max0_0;
  assign a_max1_1 = (a_max0_3 > a_max0_2) ? a_max0_3 : a_max0_2;
  assign a_max2_0 = (a_max1_1 > a_max1_0) ? a_max1_1 : a_max1_0;
  assign max_a = a_max2_0;
  assign cntb0 = {3'd0, nzb0[0]} + {3'd0, nzb0[1]} + {3'd0, nzb0[2]} + {3'd0, nzb0[3]};
  assign cntb1 = {3'd0, nzb1[0]} + {3'd0, nzb1[1]} + {3'd0, nzb1[2]} + {3'd0, nzb1[3]};
  assign cntb2 = {3'd0, nzb2[0]} + {3'd0, nzb2[1]} + {3'd0, nzb2[2]} + {3'd0, nzb2[3]};
  assign cntb3 = {3'd0, nzb3[0]} + {3'd0, nzb3[1]} + {3'd0, nzb3[2]} + {3'd0, nzb3[3]};
  assign cntb4 = {3'd0, nzb4[0]} + {3'd0, nzb4[1]} + {3'd0, nzb4[2]} + {3'd0, nzb4[3]};
  assign cntb5 = {3'd0, nzb5[0]} + {3'd0, nzb5[1]} + {3'd0, nzb5[2]} + {3'd0, nzb5[3]};
  assign cntb6 = {3'd0, nzb6[0]} + {3'd0, nzb6[1]} + {3'd0, nzb6[2]} + {3'd0, nzb6[3]};
  assign cntb7 = {3'd0, nzb7[0]} + {3'd0, nzb7[1]} + {3'd0, nzb7[2]} + {3'd0, nzb7[3]};
  assign b_max0_0 = (cntb1 > cntb0) ? cntb1 : cntb0;
  assign b_max0_1 = (cntb3 > cntb2) ? cntb3 : cntb2;
  assign b_max0_2 = (cntb5 > cntb4) ? cntb5 : cntb4;
  assign b_max0_3 = (cntb7 > cntb6) ? cntb7 : cntb6;
  assign b_max1_0 = (b_max0_1 > b_max0_0) ? b_max0_1 : b_max0_0;
  assign b_max1_1 = (b_max0_3 > b_max0_2) ? b_max0_3 : b_max0_2;
  assign b_max2_0 = (b_max1_1 > b_max1_0) ? b_max1_1 : b_max1_0;
  assign max_b = b_max2_0;
  assign out_vld = {64{dl_dl_f_last_q1}};
  assign out_data = {o7_7, o7_6, o7_5, o7_4, o7_3, o7_2, o7_1, o7_0, o6_7, o6_6, o6_5, o6_4, o6_3, o6_2, o6_1, o6_0, o5_7, o5_6, o5_5, o5_4, o5_3, o5_2, o5_1, o5_0, o4_7, o4_6, o4_5, o4_4, o4_3, o4_2, o4_1, o4_0, o3_7, o3_6, o3_5, o3_4, o3_3, o3_2, o3_1, o3_0, o2_7, o2_6, o2_5, o2_4, o2_3, o2_2, o2_1, o2_0, o1_7, o1_6, o1_5, o1_4, o1_3, o1_2, o1_1, o1_0, o0_7, o0_6, o0_5, o0_4, o0_3, o0_2, o0_1, o0_0};
  bitslice_pe pe0_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[7:0]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza0),
    .nz_b(nzb0),
    .res_out(o0_0)
  );
  bitslice_pe pe0_1 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[7:0]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza1),
    .nz_b(nzb_0_1),
    .res_out(o0_1)
  );
  bitslice_pe pe0_2 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[7:0]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza2),
    .nz_b(nzb_0_2),
    .res_out(o0_2)
  );
  bitslice_pe pe0_3 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[7:0]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza3),
    .nz_b(nzb_0_3),
    .res_out(o0_3)
  );
  bitslice_pe pe0_4 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[7:0]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza4),
    .nz_b(nzb_0_4),
    .res_out(o0_4)
  );
  bitslice_pe pe0_5 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[7:0]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza5),
    .nz_b(nzb_0_5),
    .res_out(o0_5)
  );
  bitslice_pe pe0_6 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[7:0]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza6),
    .nz_b(nzb_0_6),
    .res_out(o0_6)
  );
  bitslice_pe pe0_7 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[7:0]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza7),
    .nz_b(nzb_0_7),
    .res_out(o0_7)
  );
  bitslice_pe pe1_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[15:8]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_1_0),
    .nz_b(nzb1),
    .res_out(o1_0)
  );
  bitslice_pe pe1_1 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[15:8]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_1_1),
    .nz_b(nzb_1_1),
    .res_out(o1_1)
  );
  bitslice_pe pe1_2 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[15:8]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_1_2),
    .nz_b(nzb_1_2),
    .res_out(o1_2)
  );
  bitslice_pe pe1_3 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[15:8]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_1_3),
    .nz_b(nzb_1_3),
    .res_out(o1_3)
  );
  bitslice_pe pe1_4 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[15:8]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_1_4),
    .nz_b(nzb_1_4),
    .res_out(o1_4)
  );
  bitslice_pe pe1_5 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[15:8]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_1_5),
    .nz_b(nzb_1_5),
    .res_out(o1_5)
  );
  bitslice_pe pe1_6 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[15:8]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_1_6),
    .nz_b(nzb_1_6),
    .res_out(o1_6)
  );
  bitslice_pe pe1_7 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[15:8]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_1_7),
    .nz_b(nzb_1_7),
    .res_out(o1_7)
  );
  bitslice_pe pe2_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[23:16]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_2_0),
    .nz_b(nzb2),
    .res_out(o2_0)
  );
  bitslice_pe pe2_1 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[23:16]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_2_1),
    .nz_b(nzb_2_1),
    .res_out(o2_1)
  );
  bitslice_pe pe2_2 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[23:16]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_2_2),
    .nz_b(nzb_2_2),
    .res_out(o2_2)
  );
  bitslice_pe pe2_3 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[23:16]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_2_3),
    .nz_b(nzb_2_3),
    .res_out(o2_3)
  );
  bitslice_pe pe2_4 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[23:16]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_2_4),
    .nz_b(nzb_2_4),
    .res_out(o2_4)
  );
  bitslice_pe pe2_5 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[23:16]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_2_5),
    .nz_b(nzb_2_5),
    .res_out(o2_5)
  );
  bitslice_pe pe2_6 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[23:16]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_2_6),
    .nz_b(nzb_2_6),
    .res_out(o2_6)
  );
  bitslice_pe pe2_7 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[23:16]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_2_7),
    .nz_b(nzb_2_7),
    .res_out(o2_7)
  );
  bitslice_pe pe3_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[31:24]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_3_0),
    .nz_b(nzb3),
    .res_out(o3_0)
  );
  bitslice_pe pe3_1 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[31:24]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_3_1),
    .nz_b(nzb_3_1),
    .res_out(o3_1)
  );
  bitslice_pe pe3_2 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[31:24]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_3_2),
    .nz_b(nzb_3_2),
    .res_out(o3_2)
  );
  bitslice_pe pe3_3 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[31:24]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_3_3),
    .nz_b(nzb_3_3),
    .res_out(o3_3)
  );
  bitslice_pe pe3_4 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[31:24]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_3_4),
    .nz_b(nzb_3_4),
    .res_out(o3_4)
  );
  bitslice_pe pe3_5 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[31:24]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_3_5),
    .nz_b(nzb_3_5),
    .res_out(o3_5)
  );
  bitslice_pe pe3_6 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[31:24]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_3_6),
    .nz_b(nzb_3_6),
    .res_out(o3_6)
  );
  bitslice_pe pe3_7 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[31:24]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_3_7),
    .nz_b(nzb_3_7),
    .res_out(o3_7)
  );
  bitslice_pe pe4_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[39:32]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_4_0),
    .nz_b(nzb4),
    .res_out(o4_0)
  );
  bitslice_pe pe4_1 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[39:32]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_4_1),
    .nz_b(nzb_4_1),
    .res_out(o4_1)
  );
  bitslice_pe pe4_2 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[39:32]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_4_2),
    .nz_b(nzb_4_2),
    .res_out(o4_2)
  );
  bitslice_pe pe4_3 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[39:32]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_4_3),
    .nz_b(nzb_4_3),
    .res_out(o4_3)
  );
  bitslice_pe pe4_4 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[39:32]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_4_4),
    .nz_b(nzb_4_4),
    .res_out(o4_4)
  );
  bitslice_pe pe4_5 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[39:32]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_4_5),
    .nz_b(nzb_4_5),
    .res_out(o4_5)
  );
  bitslice_pe pe4_6 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[39:32]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_4_6),
    .nz_b(nzb_4_6),
    .res_out(o4_6)
  );
  bitslice_pe pe4_7 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[39:32]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_4_7),
    .nz_b(nzb_4_7),
    .res_out(o4_7)
  );
  bitslice_pe pe5_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[47:40]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_5_0),
    .nz_b(nzb5),
    .res_out(o5_0)
  );
  bitslice_pe pe5_1 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[47:40]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_5_1),
    .nz_b(nzb_5_1),
    .res_out(o5_1)
  );
  bitslice_pe pe5_2 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[47:40]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_5_2),
    .nz_b(nzb_5_2),
    .res_out(o5_2)
  );
  bitslice_pe pe5_3 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[47:40]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_5_3),
    .nz_b(nzb_5_3),
    .res_out(o5_3)
  );
  bitslice_pe pe5_4 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[47:40]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_5_4),
    .nz_b(nzb_5_4),
    .res_out(o5_4)
  );
  bitslice_pe pe5_5 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[47:40]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_5_5),
    .nz_b(nzb_5_5),
    .res_out(o5_5)
  );
  bitslice_pe pe5_6 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[47:40]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_5_6),
    .nz_b(nzb_5_6),
    .res_out(o5_6)
  );
  bitslice_pe pe5_7 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[47:40]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_5_7),
    .nz_b(nzb_5_7),
    .res_out(o5_7)
  );
  bitslice_pe pe6_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[55:48]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_6_0),
    .nz_b(nzb6),
    .res_out(o6_0)
  );
  bitslice_pe pe6_1 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[55:48]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_6_1),
    .nz_b(nzb_6_1),
    .res_out(o6_1)
  );
  bitslice_pe pe6_2 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[55:48]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_6_2),
    .nz_b(nzb_6_2),
    .res_out(o6_2)
  );
  bitslice_pe pe6_3 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[55:48]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_6_3),
    .nz_b(nzb_6_3),
    .res_out(o6_3)
  );
  bitslice_pe pe6_4 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[55:48]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_6_4),
    .nz_b(nzb_6_4),
    .res_out(o6_4)
  );
  bitslice_pe pe6_5 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[55:48]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_6_5),
    .nz_b(nzb_6_5),
    .res_out(o6_5)
  );
  bitslice_pe pe6_6 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[55:48]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_6_6),
    .nz_b(nzb_6_6),
    .res_out(o6_6)
  );
  bitslice_pe pe6_7 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[55:48]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_6_7),
    .nz_b(nzb_6_7),
    .res_out(o6_7)
  );
  bitslice_pe pe7_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[63:56]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_7_0),
    .nz_b(nzb7),
    .res_out(o7_0)
  );
  bitslice_pe pe7_1 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[63:56]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_7_1),
    .nz_b(nzb_7_1),
    .res_out(o7_1)
  );
  bitslice_pe pe7_2 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[63:56]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_7_2),
    .nz_b(nzb_7_2),
    .res_out(o7_2)
  );
  bitslice_pe pe7_3 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[63:56]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_7_3),
    .nz_b(nzb_7_3),
    .res_out(o7_3)
  );
  bitslice_pe pe7_4 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[63:56]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_7_4),
    .nz_b(nzb_7_4),
    .res_out(o7_4)
  );
  bitslice_pe pe7_5 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[63:56]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_7_5),
    .nz_b(nzb_7_5),
    .res_out(o7_5)
  );
  bitslice_pe pe7_6 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[63:56]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_7_6),
    .nz_b(nzb_7_6),
    .res_out(o7_6)
  );
  bitslice_pe pe7_7 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[63:56]),
    .ci(ci),
    .cj(cj),
    .vld(f_vld),
    .first(f_first),
    .nz_a(nza_7_7),
    .nz_b(nzb_7_7),
    .res_out(o7_7)
  );
  always @(posedge clk) if (rst) run <= 1'b0; else run <= start | (run & ~f_last);
  always @(posedge clk) if (rst) kcnt <= 32'd0; else if (start | (run & k_end)) kcnt <= start ? 32'd0 : kcnt + 32'd1;
  always @(posedge clk) if (rst) krem <= 32'd0; else if (start | (run & k_end)) krem <= start ? cfg_k : krem - 32'd1;
  always @(posedge clk) if (rst) k_first <= 1'b0; else if (start | (run & k_end)) k_first <= start;
  always @(posedge clk) if (rst) k_last <= 1'b0; else if (start | (run & k_end)) k_last <= start ? cfg_k == 32'd1 : krem == 32'd2;
  always @(posedge clk) if (rst) ci <= 4'd0; else if (start | (run & eb)) ci <= (start | ea) ? 4'd0 : ci + 4'd1;
  always @(posedge clk) if (rst) cj <= 4'd0; else if (start | run) cj <= (start | eb) ? 4'd0 : cj + 4'd1;
  always @(posedge clk) if (rst) dl_f_last_q0 <= 1'b0; else dl_f_last_q0 <= f_last;
  always @(posedge clk) if (rst) dl_dl_f_last_q1 <= 1'b0; else dl_dl_f_last_q1 <= dl_f_last_q0;
endmodule
