// cube_mac_8x8x8_opt2: cube of MAC PEs 8x8x8 array top
// Source design: cube_mac_8x8x8_opt2 (examples/cube_mac_8x8x8_opt2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// cube-mac array, 8 x 8 x 8; drain: per-pe-drain.
// Protocol: pulse start with cfg_k = k steps of the tile; the array requests step a_idx/b_idx
// (operands are expected in the same cycle); out_vld marks results (latency 10 after the last step).
module cube_mac_8x8x8_opt2 (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_k,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [511:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [511:0] b_in,
  output wire [63:0] out_vld,
  output wire [2047:0] out_data
);
  // Controller: one request per k step. The first / last flags are registered a step ahead
  // (krem counts the steps left), so no arithmetic compare with cfg_k sits on the per-cycle path.
  wire f_vld;
  wire f_first;
  wire f_last;
  wire [11:0] r0_l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r0_l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r0_l1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r0_l1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r0_l2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r0_l2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r0_l3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r0_l3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r0_l4_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r0_l4_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r0_l5_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r0_l5_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r0_l6_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r0_l6_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r0_l7_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r0_l7_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r1_l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r1_l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r1_l1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r1_l1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r1_l2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r1_l2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r1_l3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r1_l3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r1_l4_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r1_l4_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r1_l5_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r1_l5_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r1_l6_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r1_l6_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r1_l7_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r1_l7_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r2_l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r2_l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r2_l1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r2_l1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r2_l2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r2_l2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r2_l3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r2_l3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r2_l4_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r2_l4_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r2_l5_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r2_l5_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r2_l6_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r2_l6_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r2_l7_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r2_l7_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r3_l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r3_l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r3_l1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r3_l1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r3_l2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r3_l2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r3_l3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r3_l3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r3_l4_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r3_l4_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r3_l5_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r3_l5_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r3_l6_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r3_l6_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r3_l7_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r3_l7_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r4_l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r4_l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r4_l1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r4_l1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r4_l2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r4_l2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r4_l3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r4_l3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r4_l4_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r4_l4_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r4_l5_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r4_l5_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r4_l6_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r4_l6_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r4_l7_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r4_l7_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r5_l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r5_l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r5_l1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r5_l1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r5_l2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r5_l2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r5_l3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r5_l3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r5_l4_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r5_l4_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r5_l5_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r5_l5_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r5_l6_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r5_l6_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r5_l7_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r5_l7_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r6_l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r6_l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r6_l1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r6_l1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r6_l2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r6_l2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r6_l3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r6_l3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r6_l4_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r6_l4_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r6_l5_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r6_l5_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r6_l6_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r6_l6_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r6_l7_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r6_l7_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r7_l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r7_l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r7_l1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r7_l1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r7_l2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r7_l2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r7_l3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r7_l3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r7_l4_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r7_l4_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r7_l5_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r7_l5_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r7_l6_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r7_l6_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r7_l7_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r7_l7_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o0_0;
  wire [31:0] o0_1;
  wire [31:0] o0_2;
  wire [31:0] o0_3;
  wire [31:0] o0_4;
  wire [31:0] o0_5;
  wire [31:0] o0_6;
  wire [31:0] o0_7;
  wire [31:0] o1_0;
  wire [31:0] o1_1;
  wire [31:0] o1_2;
  wire [31:0] o1_3;
  wire [31:0] o1_4;
  wire [31:0] o1_5;
  wire [31:0] o1_6;
  wire [31:0] o1_7;
  wire [31:0] o2_0;
  wire [31:0] o2_1;
  wire [31:0] o2_2;
  wire [31:0] o2_3;
  wire [31:0] o2_4;
  wire [31:0] o2_5;
  wire [31:0] o2_6;
  wire [31:0] o2_7;
  wire [31:0] o3_0;
  wire [31:0] o3_1;
  wire [31:0] o3_2;
  wire [31:0] o3_3;
  wire [31:0] o3_4;
  wire [31:0] o3_5;
  wire [31:0] o3_6;
  wire [31:0] o3_7;
  wire [31:0] o4_0;
  wire [31:0] o4_1;
  wire [31:0] o4_2;
  wire [31:0] o4_3;
  wire [31:0] o4_4;
  wire [31:0] o4_5;
  wire [31:0] o4_6;
  wire [31:0] o4_7;
  wire [31:0] o5_0;
  wire [31:0] o5_1;
  wire [31:0] o5_2;
  wire [31:0] o5_3;
  wire [31:0] o5_4;
  wire [31:0] o5_5;
  wire [31:0] o5_6;
  wire [31:0] o5_7;
  wire [31:0] o6_0;
  wire [31:0] o6_1;
  wire [31:0] o6_2;
  wire [31:0] o6_3;
  wire [31:0] o6_4;
  wire [31:0] o6_5;
  wire [31:0] o6_6;
  wire [31:0] o6_7;
  wire [31:0] o7_0;
  wire [31:0] o7_1;
  wire [31:0] o7_2;
  wire [31:0] o7_3;
  wire [31:0] o7_4;
  wire [31:0] o7_5;
  wire [31:0] o7_6;
  wire [31:0] o7_7;
  reg run;
  reg [31:0] kcnt;
  reg [31:0] krem;
  reg k_first;
  reg k_last;
  reg [11:0] sk_a0_1_0;
  reg [11:0] sk_a0_2_0;
  reg [11:0] sk_a0_2_1;
  reg [11:0] sk_a0_3_0;
  reg [11:0] sk_a0_3_1;
  reg [11:0] sk_a0_3_2;
  reg [11:0] sk_a0_4_0;
  reg [11:0] sk_a0_4_1;
  reg [11:0] sk_a0_4_2;
  reg [11:0] sk_a0_4_3;
  reg [11:0] sk_a0_5_0;
  reg [11:0] sk_a0_5_1;
  reg [11:0] sk_a0_5_2;
  reg [11:0] sk_a0_5_3;
  reg [11:0] sk_a0_5_4;
  reg [11:0] sk_a0_6_0;
  reg [11:0] sk_a0_6_1;
  reg [11:0] sk_a0_6_2;
  reg [11:0] sk_a0_6_3;
  reg [11:0] sk_a0_6_4;
  reg [11:0] sk_a0_6_5;
  reg [11:0] sk_a0_7_0;
  reg [11:0] sk_a0_7_1;
  reg [11:0] sk_a0_7_2;
  reg [11:0] sk_a0_7_3;
  reg [11:0] sk_a0_7_4;
  reg [11:0] sk_a0_7_5;
  reg [11:0] sk_a0_7_6;
  reg [11:0] sk_a1_1_0;
  reg [11:0] sk_a1_2_0;
  reg [11:0] sk_a1_2_1;
  reg [11:0] sk_a1_3_0;
  reg [11:0] sk_a1_3_1;
  reg [11:0] sk_a1_3_2;
  reg [11:0] sk_a1_4_0;
  reg [11:0] sk_a1_4_1;
  reg [11:0] sk_a1_4_2;
  reg [11:0] sk_a1_4_3;
  reg [11:0] sk_a1_5_0;
  reg [11:0] sk_a1_5_1;
  reg [11:0] sk_a1_5_2;
  reg [11:0] sk_a1_5_3;
  reg [11:0] sk_a1_5_4;
  reg [11:0] sk_a1_6_0;
  reg [11:0] sk_a1_6_1;
  reg [11:0] sk_a1_6_2;
  reg [11:0] sk_a1_6_3;
  reg [11:0] sk_a1_6_4;
  reg [11:0] sk_a1_6_5;
  reg [11:0] sk_a1_7_0;
  reg [11:0] sk_a1_7_1;
  reg [11:0] sk_a1_7_2;
  reg [11:0] sk_a1_7_3;
  reg [11:0] sk_a1_7_4;
  reg [11:0] sk_a1_7_5;
  reg [11:0] sk_a1_7_6;
  reg [11:0] sk_a2_1_0;
  reg [11:0] sk_a2_2_0;
  reg [11:0] sk_a2_2_1;
  reg [11:0] sk_a2_3_0;
  reg [11:0] sk_a2_3_1;
  reg [11:0] sk_a2_3_2;
  reg [11:0] sk_a2_4_0;
  reg [11:0] sk_a2_4_1;
  reg [11:0] sk_a2_4_2;
  reg [11:0] sk_a2_4_3;
  reg [11:0] sk_a2_5_0;
  reg [11:0] sk_a2_5_1;
  reg [11:0] sk_a2_5_2;
  reg [11:0] sk_a2_5_3;
  reg [11:0] sk_a2_5_4;
  reg [11:0] sk_a2_6_0;
  reg [11:0] sk_a2_6_1;
  reg [11:0] sk_a2_6_2;
  reg [11:0] sk_a2_6_3;
  reg [11:0] sk_a2_6_4;
  reg [11:0] sk_a2_6_5;
  reg [11:0] sk_a2_7_0;
  reg [11:0] sk_a2_7_1;
  reg [11:0] sk_a2_7_2;
  reg [11:0] sk_a2_7_3;
  reg [11:0] sk_a2_7_4;
  reg [11:0] sk_a2_7_5;
  reg [11:0] sk_a2_7_6;
  reg [11:0] sk_a3_1_0;
  reg [11:0] sk_a3_2_0;
  reg [11:0] sk_a3_2_1;
  reg [11:0] sk_a3_3_0;
  reg [11:0] sk_a3_3_1;
  reg [11:0] sk_a3_3_2;
  reg [11:0] sk_a3_4_0;
  reg [11:0] sk_a3_4_1;
  reg [11:0] sk_a3_4_2;
  reg [11:0] sk_a3_4_3;
  reg [11:0] sk_a3_5_0;
  reg [11:0] sk_a3_5_1;
  reg [11:0] sk_a3_5_2;
  reg [11:0] sk_a3_5_3;
  reg [11:0] sk_a3_5_4;
  reg [11:0] sk_a3_6_0;
  reg [11:0] sk_a3_6_1;
  reg [11:0] sk_a3_6_2;
  reg [11:0] sk_a3_6_3;
  reg [11:0] sk_a3_6_4;
  reg [11:0] sk_a3_6_5;
  reg [11:0] sk_a3_7_0;
  reg [11:0] sk_a3_7_1;
  reg [11:0] sk_a3_7_2;
  reg [11:0] sk_a3_7_3;
  reg [11:0] sk_a3_7_4;
  reg [11:0] sk_a3_7_5;
  reg [11:0] sk_a3_7_6;
  reg [11:0] sk_a4_1_0;
  reg [11:0] sk_a4_2_0;
  reg [11:0] sk_a4_2_1;
  reg [11:0] sk_a4_3_0;
  reg [11:0] sk_a4_3_1;
  reg [11:0] sk_a4_3_2;
  reg [11:0] sk_a4_4_0;
  reg [11:0] sk_a4_4_1;
  reg [11:0] sk_a4_4_2;
  reg [11:0] sk_a4_4_3;
  reg [11:0] sk_a4_5_0;
  reg [11:0] sk_a4_5_1;
  reg [11:0] sk_a4_5_2;
  reg [11:0] sk_a4_5_3;
  reg [11:0] sk_a4_5_4;
  reg [11:0] sk_a4_6_0;
  reg [11:0] sk_a4_6_1;
  reg [11:0] sk_a4_6_2;
  reg [11:0] sk_a4_6_3;
  reg [11:0] sk_a4_6_4;
  reg [11:0] sk_a4_6_5;
  reg [11:0] sk_a4_7_0;
  reg [11:0] sk_a4_7_1;
  reg [11:0] sk_a4_7_2;
  reg [11:0] sk_a4_7_3;
  reg [11:0] sk_a4_7_4;
  reg [11:0] sk_a4_7_5;
  reg [11:0] sk_a4_7_6;
  reg [11:0] sk_a5_1_0;
  reg [11:0] sk_a5_2_0;
  reg [11:0] sk_a5_2_1;
  reg [11:0] sk_a5_3_0;
  reg [11:0] sk_a5_3_1;
  reg [11:0] sk_a5_3_2;
  reg [11:0] sk_a5_4_0;
  reg [11:0] sk_a5_4_1;
  reg [11:0] sk_a5_4_2;
  reg [11:0] sk_a5_4_3;
  reg [11:0] sk_a5_5_0;
  reg [11:0] sk_a5_5_1;
  reg [11:0] sk_a5_5_2;
  reg [11:0] sk_a5_5_3;
  reg [11:0] sk_a5_5_4;
  reg [11:0] sk_a5_6_0;
  reg [11:0] sk_a5_6_1;
  reg [11:0] sk_a5_6_2;
  reg [11:0] sk_a5_6_3;
  reg [11:0] sk_a5_6_4;
  reg [11:0] sk_a5_6_5;
  reg [11:0] sk_a5_7_0;
  reg [11:0] sk_a5_7_1;
  reg [11:0] sk_a5_7_2;
  reg [11:0] sk_a5_7_3;
  reg [11:0] sk_a5_7_4;
  reg [11:0] sk_a5_7_5;
  reg [11:0] sk_a5_7_6;
  reg [11:0] sk_a6_1_0;
  reg [11:0] sk_a6_2_0;
  reg [11:0] sk_a6_2_1;
  reg [11:0] sk_a6_3_0;
  reg [11:0] sk_a6_3_1;
  reg [11:0] sk_a6_3_2;
  reg [11:0] sk_a6_4_0;
  reg [11:0] sk_a6_4_1;
  reg [11:0] sk_a6_4_2;
  reg [11:0] sk_a6_4_3;
  reg [11:0] sk_a6_5_0;
  reg [11:0] sk_a6_5_1;
  reg [11:0] sk_a6_5_2;
  reg [11:0] sk_a6_5_3;
  reg [11:0] sk_a6_5_4;
  reg [11:0] sk_a6_6_0;
  reg [11:0] sk_a6_6_1;
  reg [11:0] sk_a6_6_2;
  reg [11:0] sk_a6_6_3;
  reg [11:0] sk_a6_6_4;
  reg [11:0] sk_a6_6_5;
  reg [11:0] sk_a6_7_0;
  reg [11:0] sk_a6_7_1;
  reg [11:0] sk_a6_7_2;
  reg [11:0] sk_a6_7_3;
  reg [11:0] sk_a6_7_4;
  reg [11:0] sk_a6_7_5;
  reg [11:0] sk_a6_7_6;
  reg [11:0] sk_a7_1_0;
  reg [11:0] sk_a7_2_0;
  reg [11:0] sk_a7_2_1;
  reg [11:0] sk_a7_3_0;
  reg [11:0] sk_a7_3_1;
  reg [11:0] sk_a7_3_2;
  reg [11:0] sk_a7_4_0;
  reg [11:0] sk_a7_4_1;
  reg [11:0] sk_a7_4_2;
  reg [11:0] sk_a7_4_3;
  reg [11:0] sk_a7_5_0;
  reg [11:0] sk_a7_5_1;
  reg [11:0] sk_a7_5_2;
  reg [11:0] sk_a7_5_3;
  reg [11:0] sk_a7_5_4;
  reg [11:0] sk_a7_6_0;
  reg [11:0] sk_a7_6_1;
  reg [11:0] sk_a7_6_2;
  reg [11:0] sk_a7_6_3;
  reg [11:0] sk_a7_6_4;
  reg [11:0] sk_a7_6_5;
  reg [11:0] sk_a7_7_0;
  reg [11:0] sk_a7_7_1;
  reg [11:0] sk_a7_7_2;
  reg [11:0] sk_a7_7_3;
  reg [11:0] sk_a7_7_4;
  reg [11:0] sk_a7_7_5;
  reg [11:0] sk_a7_7_6;
  reg [7:0] sk_b0_1_0;
  reg [7:0] sk_b0_2_0;
  reg [7:0] sk_b0_2_1;
  reg [7:0] sk_b0_3_0;
  reg [7:0] sk_b0_3_1;
  reg [7:0] sk_b0_3_2;
  reg [7:0] sk_b0_4_0;
  reg [7:0] sk_b0_4_1;
  reg [7:0] sk_b0_4_2;
  reg [7:0] sk_b0_4_3;
  reg [7:0] sk_b0_5_0;
  reg [7:0] sk_b0_5_1;
  reg [7:0] sk_b0_5_2;
  reg [7:0] sk_b0_5_3;
  reg [7:0] sk_b0_5_4;
  reg [7:0] sk_b0_6_0;
  reg [7:0] sk_b0_6_1;
  reg [7:0] sk_b0_6_2;
  reg [7:0] sk_b0_6_3;
  reg [7:0] sk_b0_6_4;
  reg [7:0] sk_b0_6_5;
  reg [7:0] sk_b0_7_0;
  reg [7:0] sk_b0_7_1;
  reg [7:0] sk_b0_7_2;
  reg [7:0] sk_b0_7_3;
  reg [7:0] sk_b0_7_4;
  reg [7:0] sk_b0_7_5;
  reg [7:0] sk_b0_7_6;
  reg [7:0] sk_b1_1_0;
  reg [7:0] sk_b1_2_0;
  reg [7:0] sk_b1_2_1;
  reg [7:0] sk_b1_3_0;
  reg [7:0] sk_b1_3_1;
  reg [7:0] sk_b1_3_2;
  reg [7:0] sk_b1_4_0;
  reg [7:0] sk_b1_4_1;
  reg [7:0] sk_b1_4_2;
  reg [7:0] sk_b1_4_3;
  reg [7:0] sk_b1_5_0;
  reg [7:0] sk_b1_5_1;
  reg [7:0] sk_b1_5_2;
  reg [7:0] sk_b1_5_3;
  reg [7:0] sk_b1_5_4;
  reg [7:0] sk_b1_6_0;
  reg [7:0] sk_b1_6_1;
  reg [7:0] sk_b1_6_2;
  reg [7:0] sk_b1_6_3;
  reg [7:0] sk_b1_6_4;
  reg [7:0] sk_b1_6_5;
  reg [7:0] sk_b1_7_0;
  reg [7:0] sk_b1_7_1;
  reg [7:0] sk_b1_7_2;
  reg [7:0] sk_b1_7_3;
  reg [7:0] sk_b1_7_4;
  reg [7:0] sk_b1_7_5;
  reg [7:0] sk_b1_7_6;
  reg [7:0] sk_b2_1_0;
  reg [7:0] sk_b2_2_0;
  reg [7:0] sk_b2_2_1;
  reg [7:0] sk_b2_3_0;
  reg [7:0] sk_b2_3_1;
  reg [7:0] sk_b2_3_2;
  reg [7:0] sk_b2_4_0;
  reg [7:0] sk_b2_4_1;
  reg [7:0] sk_b2_4_2;
  reg [7:0] sk_b2_4_3;
  reg [7:0] sk_b2_5_0;
  reg [7:0] sk_b2_5_1;
  reg [7:0] sk_b2_5_2;
  reg [7:0] sk_b2_5_3;
  reg [7:0] sk_b2_5_4;
  reg [7:0] sk_b2_6_0;
  reg [7:0] sk_b2_6_1;
  reg [7:0] sk_b2_6_2;
  reg [7:0] sk_b2_6_3;
  reg [7:0] sk_b2_6_4;
  reg [7:0] sk_b2_6_5;
  reg [7:0] sk_b2_7_0;
  reg [7:0] sk_b2_7_1;
  reg [7:0] sk_b2_7_2;
  reg [7:0] sk_b2_7_3;
  reg [7:0] sk_b2_7_4;
  reg [7:0] sk_b2_7_5;
  reg [7:0] sk_b2_7_6;
  reg [7:0] sk_b3_1_0;
  reg [7:0] sk_b3_2_0;
  reg [7:0] sk_b3_2_1;
  reg [7:0] sk_b3_3_0;
  reg [7:0] sk_b3_3_1;
  reg [7:0] sk_b3_3_2;
  reg [7:0] sk_b3_4_0;
  reg [7:0] sk_b3_4_1;
  reg [7:0] sk_b3_4_2;
  reg [7:0] sk_b3_4_3;
  reg [7:0] sk_b3_5_0;
  reg [7:0] sk_b3_5_1;
  reg [7:0] sk_b3_5_2;
  reg [7:0] sk_b3_5_3;
  reg [7:0] sk_b3_5_4;
  reg [7:0] sk_b3_6_0;
  reg [7:0] sk_b3_6_1;
  reg [7:0] sk_b3_6_2;
  reg [7:0] sk_b3_6_3;
  reg [7:0] sk_b3_6_4;
  reg [7:0] sk_b3_6_5;
  reg [7:0] sk_b3_7_0;
  reg [7:0] sk_b3_7_1;
  reg [7:0] sk_b3_7_2;
  reg [7:0] sk_b3_7_3;
  reg [7:0] sk_b3_7_4;
  reg [7:0] sk_b3_7_5;
  reg [7:0] sk_b3_7_6;
  reg [7:0] sk_b4_1_0;
  reg [7:0] sk_b4_2_0;
  reg [7:0] sk_b4_2_1;
  reg [7:0] sk_b4_3_0;
  reg [7:0] sk_b4_3_1;
  reg [7:0] sk_b4_3_2;
  reg [7:0] sk_b4_4_0;
  reg [7:0] sk_b4_4_1;
  reg [7:0] sk_b4_4_2;
  reg [7:0] sk_b4_4_3;
  reg [7:0] sk_b4_5_0;
  reg [7:0] sk_b4_5_1;
  reg [7:0] sk_b4_5_2;
  reg [7:0] sk_b4_5_3;
  reg [7:0] sk_b4_5_4;
  reg [7:0] sk_b4_6_0;
  reg [7:0] sk_b4_6_1;
  reg [7:0] sk_b4_6_2;
  reg [7:0] sk_b4_6_3;
  reg [7:0] sk_b4_6_4;
  reg [7:0] sk_b4_6_5;
  reg [7:0] sk_b4_7_0;
  reg [7:0] sk_b4_7_1;
  reg [7:0] sk_b4_7_2;
  reg [7:0] sk_b4_7_3;
  reg [7:0] sk_b4_7_4;
  reg [7:0] sk_b4_7_5;
  reg [7:0] sk_b4_7_6;
  reg [7:0] sk_b5_1_0;
  reg [7:0] sk_b5_2_0;
  reg [7:0] sk_b5_2_1;
  reg [7:0] sk_b5_3_0;
  reg [7:0] sk_b5_3_1;
  reg [7:0] sk_b5_3_2;
  reg [7:0] sk_b5_4_0;
  reg [7:0] sk_b5_4_1;
  reg [7:0] sk_b5_4_2;
  reg [7:0] sk_b5_4_3;
  reg [7:0] sk_b5_5_0;
  reg [7:0] sk_b5_5_1;
  reg [7:0] sk_b5_5_2;
  reg [7:0] sk_b5_5_3;
  reg [7:0] sk_b5_5_4;
  reg [7:0] sk_b5_6_0;
  reg [7:0] sk_b5_6_1;
  reg [7:0] sk_b5_6_2;
  reg [7:0] sk_b5_6_3;
  reg [7:0] sk_b5_6_4;
  reg [7:0] sk_b5_6_5;
  reg [7:0] sk_b5_7_0;
  reg [7:0] sk_b5_7_1;
  reg [7:0] sk_b5_7_2;
  reg [7:0] sk_b5_7_3;
  reg [7:0] sk_b5_7_4;
  reg [7:0] sk_b5_7_5;
  reg [7:0] sk_b5_7_6;
  reg [7:0] sk_b6_1_0;
  reg [7:0] sk_b6_2_0;
  reg [7:0] sk_b6_2_1;
  reg [7:0] sk_b6_3_0;
  reg [7:0] sk_b6_3_1;
  reg [7:0] sk_b6_3_2;
  reg [7:0] sk_b6_4_0;
  reg [7:0] sk_b6_4_1;
  reg [7:0] sk_b6_4_2;
  reg [7:0] sk_b6_4_3;
  reg [7:0] sk_b6_5_0;
  reg [7:0] sk_b6_5_1;
  reg [7:0] sk_b6_5_2;
  reg [7:0] sk_b6_5_3;
  reg [7:0] sk_b6_5_4;
  reg [7:0] sk_b6_6_0;
  reg [7:0] sk_b6_6_1;
  reg [7:0] sk_b6_6_2;
  reg [7:0] sk_b6_6_3;
  reg [7:0] sk_b6_6_4;
  reg [7:0] sk_b6_6_5;
  reg [7:0] sk_b6_7_0;
  reg [7:0] sk_b6_7_1;
  reg [7:0] sk_b6_7_2;
  reg [7:0] sk_b6_7_3;
  reg [7:0] sk_b6_7_4;
  reg [7:0] sk_b6_7_5;
  reg [7:0] sk_b6_7_6;
  reg [7:0] sk_b7_1_0;
  reg [7:0] sk_b7_2_0;
  reg [7:0] sk_b7_2_1;
  reg [7:0] sk_b7_3_0;
  reg [7:0] sk_b7_3_1;
  reg [7:0] sk_b7_3_2;
  reg [7:0] sk_b7_4_0;
  reg [7:0] sk_b7_4_1;
  reg [7:0] sk_b7_4_2;
  reg [7:0] sk_b7_4_3;
  reg [7:0] sk_b7_5_0;
  reg [7:0] sk_b7_5_1;
  reg [7:0] sk_b7_5_2;
  reg [7:0] sk_b7_5_3;
  reg [7:0] sk_b7_5_4;
  reg [7:0] sk_b7_6_0;
  reg [7:0] sk_b7_6_1;
  reg [7:0] sk_b7_6_2;
  reg [7:0] sk_b7_6_3;
  reg [7:0] sk_b7_6_4;
  reg [7:0] sk_b7_6_5;
  reg [7:0] sk_b7_7_0;
  reg [7:0] sk_b7_7_1;
  reg [7:0] sk_b7_7_2;
  reg [7:0] sk_b7_7_3;
  reg [7:0] sk_b7_7_4;
  reg [7:0] sk_b7_7_5;
  reg [7:0] sk_b7_7_6;
  reg af_f_vld_q0;
  reg af_f_first_q0;
  reg af_af_f_vld_q1;
  reg af_af_f_first_q1;
  reg af_af_af_f_vld_q2;
  reg af_af_af_f_first_q2;
  reg af_af_af_af_f_vld_q3;
  reg af_af_af_af_f_first_q3;
  reg af_af_af_af_af_f_vld_q4;
  reg af_af_af_af_af_f_first_q4;
  reg af_af_af_af_af_af_f_vld_q5;
  reg af_af_af_af_af_af_f_first_q5;
  reg af_af_af_af_af_af_af_f_vld_q6;
  reg af_af_af_af_af_af_af_f_first_q6;
  reg af_af_af_af_af_af_af_af_f_vld_q7;
  reg af_af_af_af_af_af_af_af_f_first_q7;
  reg dl_f_last_q0;
  reg dl_dl_f_last_q1;
  reg dl_dl_dl_f_last_q2;
  reg dl_dl_dl_dl_f_last_q3;
  reg dl_dl_dl_dl_dl_f_last_q4;
  reg dl_dl_dl_dl_dl_dl_f_last_q5;
  reg dl_dl_dl_dl_dl_dl_dl_f_last_q6;
  reg dl_dl_dl_dl_dl_dl_dl_dl_f_last_q7;
  reg dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q8;
  reg dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q9;
  assign f_vld = run;
  assign f_first = run & k_first;
  assign f_last = run & k_last;
  assign a_rd = run;
  assign a_idx = kcnt;
  assign b_rd = run;
  assign b_idx = kcnt;
  assign out_vld = {64{dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q9}};
  assign out_data = {o7_7, o7_6, o7_5, o7_4, o7_3, o7_2, o7_1, o7_0, o6_7, o6_6, o6_5, o6_4, o6_3, o6_2, o6_1, o6_0, o5_7, o5_6, o5_5, o5_4, o5_3, o5_2, o5_1, o5_0, o4_7, o4_6, o4_5, o4_4, o4_3, o4_2, o4_1, o4_0, o3_7, o3_6, o3_5, o3_4, o3_3, o3_2, o3_1, o3_0, o2_7, o2_6, o2_5, o2_4, o2_3, o2_2, o2_1, o2_0, o1_7, o1_6, o1_5, o1_4, o1_3, o1_2, o1_1, o1_0, o0_7, o0_6, o0_5, o0_4, o0_3, o0_2, o0_1, o0_0};
  cube_mac_8x8x8_opt2_enc_booth4_s8 r0_l0_u_enc (
    .a(a_in[7:0]),
    .dig(r0_l0_dig),
    .nz(r0_l0_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r0_l1_u_enc (
    .a(a_in[15:8]),
    .dig(r0_l1_dig),
    .nz(r0_l1_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r0_l2_u_enc (
    .a(a_in[23:16]),
    .dig(r0_l2_dig),
    .nz(r0_l2_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r0_l3_u_enc (
    .a(a_in[31:24]),
    .dig(r0_l3_dig),
    .nz(r0_l3_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r0_l4_u_enc (
    .a(a_in[39:32]),
    .dig(r0_l4_dig),
    .nz(r0_l4_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r0_l5_u_enc (
    .a(a_in[47:40]),
    .dig(r0_l5_dig),
    .nz(r0_l5_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r0_l6_u_enc (
    .a(a_in[55:48]),
    .dig(r0_l6_dig),
    .nz(r0_l6_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r0_l7_u_enc (
    .a(a_in[63:56]),
    .dig(r0_l7_dig),
    .nz(r0_l7_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r1_l0_u_enc (
    .a(a_in[71:64]),
    .dig(r1_l0_dig),
    .nz(r1_l0_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r1_l1_u_enc (
    .a(a_in[79:72]),
    .dig(r1_l1_dig),
    .nz(r1_l1_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r1_l2_u_enc (
    .a(a_in[87:80]),
    .dig(r1_l2_dig),
    .nz(r1_l2_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r1_l3_u_enc (
    .a(a_in[95:88]),
    .dig(r1_l3_dig),
    .nz(r1_l3_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r1_l4_u_enc (
    .a(a_in[103:96]),
    .dig(r1_l4_dig),
    .nz(r1_l4_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r1_l5_u_enc (
    .a(a_in[111:104]),
    .dig(r1_l5_dig),
    .nz(r1_l5_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r1_l6_u_enc (
    .a(a_in[119:112]),
    .dig(r1_l6_dig),
    .nz(r1_l6_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r1_l7_u_enc (
    .a(a_in[127:120]),
    .dig(r1_l7_dig),
    .nz(r1_l7_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r2_l0_u_enc (
    .a(a_in[135:128]),
    .dig(r2_l0_dig),
    .nz(r2_l0_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r2_l1_u_enc (
    .a(a_in[143:136]),
    .dig(r2_l1_dig),
    .nz(r2_l1_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r2_l2_u_enc (
    .a(a_in[151:144]),
    .dig(r2_l2_dig),
    .nz(r2_l2_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r2_l3_u_enc (
    .a(a_in[159:152]),
    .dig(r2_l3_dig),
    .nz(r2_l3_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r2_l4_u_enc (
    .a(a_in[167:160]),
    .dig(r2_l4_dig),
    .nz(r2_l4_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r2_l5_u_enc (
    .a(a_in[175:168]),
    .dig(r2_l5_dig),
    .nz(r2_l5_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r2_l6_u_enc (
    .a(a_in[183:176]),
    .dig(r2_l6_dig),
    .nz(r2_l6_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r2_l7_u_enc (
    .a(a_in[191:184]),
    .dig(r2_l7_dig),
    .nz(r2_l7_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r3_l0_u_enc (
    .a(a_in[199:192]),
    .dig(r3_l0_dig),
    .nz(r3_l0_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r3_l1_u_enc (
    .a(a_in[207:200]),
    .dig(r3_l1_dig),
    .nz(r3_l1_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r3_l2_u_enc (
    .a(a_in[215:208]),
    .dig(r3_l2_dig),
    .nz(r3_l2_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r3_l3_u_enc (
    .a(a_in[223:216]),
    .dig(r3_l3_dig),
    .nz(r3_l3_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r3_l4_u_enc (
    .a(a_in[231:224]),
    .dig(r3_l4_dig),
    .nz(r3_l4_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r3_l5_u_enc (
    .a(a_in[239:232]),
    .dig(r3_l5_dig),
    .nz(r3_l5_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r3_l6_u_enc (
    .a(a_in[247:240]),
    .dig(r3_l6_dig),
    .nz(r3_l6_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r3_l7_u_enc (
    .a(a_in[255:248]),
    .dig(r3_l7_dig),
    .nz(r3_l7_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r4_l0_u_enc (
    .a(a_in[263:256]),
    .dig(r4_l0_dig),
    .nz(r4_l0_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r4_l1_u_enc (
    .a(a_in[271:264]),
    .dig(r4_l1_dig),
    .nz(r4_l1_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r4_l2_u_enc (
    .a(a_in[279:272]),
    .dig(r4_l2_dig),
    .nz(r4_l2_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r4_l3_u_enc (
    .a(a_in[287:280]),
    .dig(r4_l3_dig),
    .nz(r4_l3_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r4_l4_u_enc (
    .a(a_in[295:288]),
    .dig(r4_l4_dig),
    .nz(r4_l4_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r4_l5_u_enc (
    .a(a_in[303:296]),
    .dig(r4_l5_dig),
    .nz(r4_l5_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r4_l6_u_enc (
    .a(a_in[311:304]),
    .dig(r4_l6_dig),
    .nz(r4_l6_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r4_l7_u_enc (
    .a(a_in[319:312]),
    .dig(r4_l7_dig),
    .nz(r4_l7_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r5_l0_u_enc (
    .a(a_in[327:320]),
    .dig(r5_l0_dig),
    .nz(r5_l0_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r5_l1_u_enc (
    .a(a_in[335:328]),
    .dig(r5_l1_dig),
    .nz(r5_l1_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r5_l2_u_enc (
    .a(a_in[343:336]),
    .dig(r5_l2_dig),
    .nz(r5_l2_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r5_l3_u_enc (
    .a(a_in[351:344]),
    .dig(r5_l3_dig),
    .nz(r5_l3_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r5_l4_u_enc (
    .a(a_in[359:352]),
    .dig(r5_l4_dig),
    .nz(r5_l4_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r5_l5_u_enc (
    .a(a_in[367:360]),
    .dig(r5_l5_dig),
    .nz(r5_l5_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r5_l6_u_enc (
    .a(a_in[375:368]),
    .dig(r5_l6_dig),
    .nz(r5_l6_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r5_l7_u_enc (
    .a(a_in[383:376]),
    .dig(r5_l7_dig),
    .nz(r5_l7_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r6_l0_u_enc (
    .a(a_in[391:384]),
    .dig(r6_l0_dig),
    .nz(r6_l0_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r6_l1_u_enc (
    .a(a_in[399:392]),
    .dig(r6_l1_dig),
    .nz(r6_l1_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r6_l2_u_enc (
    .a(a_in[407:400]),
    .dig(r6_l2_dig),
    .nz(r6_l2_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r6_l3_u_enc (
    .a(a_in[415:408]),
    .dig(r6_l3_dig),
    .nz(r6_l3_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r6_l4_u_enc (
    .a(a_in[423:416]),
    .dig(r6_l4_dig),
    .nz(r6_l4_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r6_l5_u_enc (
    .a(a_in[431:424]),
    .dig(r6_l5_dig),
    .nz(r6_l5_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r6_l6_u_enc (
    .a(a_in[439:432]),
    .dig(r6_l6_dig),
    .nz(r6_l6_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r6_l7_u_enc (
    .a(a_in[447:440]),
    .dig(r6_l7_dig),
    .nz(r6_l7_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r7_l0_u_enc (
    .a(a_in[455:448]),
    .dig(r7_l0_dig),
    .nz(r7_l0_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r7_l1_u_enc (
    .a(a_in[463:456]),
    .dig(r7_l1_dig),
    .nz(r7_l1_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r7_l2_u_enc (
    .a(a_in[471:464]),
    .dig(r7_l2_dig),
    .nz(r7_l2_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r7_l3_u_enc (
    .a(a_in[479:472]),
    .dig(r7_l3_dig),
    .nz(r7_l3_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r7_l4_u_enc (
    .a(a_in[487:480]),
    .dig(r7_l4_dig),
    .nz(r7_l4_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r7_l5_u_enc (
    .a(a_in[495:488]),
    .dig(r7_l5_dig),
    .nz(r7_l5_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r7_l6_u_enc (
    .a(a_in[503:496]),
    .dig(r7_l6_dig),
    .nz(r7_l6_nz)
  );
  cube_mac_8x8x8_opt2_enc_booth4_s8 r7_l7_u_enc (
    .a(a_in[511:504]),
    .dig(r7_l7_dig),
    .nz(r7_l7_nz)
  );
  cube_mac_8x8x8_opt2_chain ch0_0 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, r0_l0_dig}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o0_0)
  );
  cube_mac_8x8x8_opt2_chain ch0_1 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, r0_l0_dig}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o0_1)
  );
  cube_mac_8x8x8_opt2_chain ch0_2 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, r0_l0_dig}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o0_2)
  );
  cube_mac_8x8x8_opt2_chain ch0_3 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, r0_l0_dig}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o0_3)
  );
  cube_mac_8x8x8_opt2_chain ch0_4 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, r0_l0_dig}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o0_4)
  );
  cube_mac_8x8x8_opt2_chain ch0_5 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, r0_l0_dig}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o0_5)
  );
  cube_mac_8x8x8_opt2_chain ch0_6 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, r0_l0_dig}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o0_6)
  );
  cube_mac_8x8x8_opt2_chain ch0_7 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, r0_l0_dig}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o0_7)
  );
  cube_mac_8x8x8_opt2_chain ch1_0 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, r1_l0_dig}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o1_0)
  );
  cube_mac_8x8x8_opt2_chain ch1_1 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, r1_l0_dig}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o1_1)
  );
  cube_mac_8x8x8_opt2_chain ch1_2 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, r1_l0_dig}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o1_2)
  );
  cube_mac_8x8x8_opt2_chain ch1_3 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, r1_l0_dig}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o1_3)
  );
  cube_mac_8x8x8_opt2_chain ch1_4 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, r1_l0_dig}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o1_4)
  );
  cube_mac_8x8x8_opt2_chain ch1_5 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, r1_l0_dig}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o1_5)
  );
  cube_mac_8x8x8_opt2_chain ch1_6 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, r1_l0_dig}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o1_6)
  );
  cube_mac_8x8x8_opt2_chain ch1_7 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, r1_l0_dig}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o1_7)
  );
  cube_mac_8x8x8_opt2_chain ch2_0 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, r2_l0_dig}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o2_0)
  );
  cube_mac_8x8x8_opt2_chain ch2_1 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, r2_l0_dig}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o2_1)
  );
  cube_mac_8x8x8_opt2_chain ch2_2 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, r2_l0_dig}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o2_2)
  );
  cube_mac_8x8x8_opt2_chain ch2_3 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, r2_l0_dig}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o2_3)
  );
  cube_mac_8x8x8_opt2_chain ch2_4 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, r2_l0_dig}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o2_4)
  );
  cube_mac_8x8x8_opt2_chain ch2_5 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, r2_l0_dig}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o2_5)
  );
  cube_mac_8x8x8_opt2_chain ch2_6 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, r2_l0_dig}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o2_6)
  );
  cube_mac_8x8x8_opt2_chain ch2_7 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, r2_l0_dig}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o2_7)
  );
  cube_mac_8x8x8_opt2_chain ch3_0 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, r3_l0_dig}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o3_0)
  );
  cube_mac_8x8x8_opt2_chain ch3_1 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, r3_l0_dig}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o3_1)
  );
  cube_mac_8x8x8_opt2_chain ch3_2 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, r3_l0_dig}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o3_2)
  );
  cube_mac_8x8x8_opt2_chain ch3_3 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, r3_l0_dig}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o3_3)
  );
  cube_mac_8x8x8_opt2_chain ch3_4 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, r3_l0_dig}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o3_4)
  );
  cube_mac_8x8x8_opt2_chain ch3_5 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, r3_l0_dig}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o3_5)
  );
  cube_mac_8x8x8_opt2_chain ch3_6 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, r3_l0_dig}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o3_6)
  );
  cube_mac_8x8x8_opt2_chain ch3_7 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, r3_l0_dig}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o3_7)
  );
  cube_mac_8x8x8_opt2_chain ch4_0 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, r4_l0_dig}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o4_0)
  );
  cube_mac_8x8x8_opt2_chain ch4_1 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, r4_l0_dig}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o4_1)
  );
  cube_mac_8x8x8_opt2_chain ch4_2 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, r4_l0_dig}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o4_2)
  );
  cube_mac_8x8x8_opt2_chain ch4_3 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, r4_l0_dig}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o4_3)
  );
  cube_mac_8x8x8_opt2_chain ch4_4 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, r4_l0_dig}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o4_4)
  );
  cube_mac_8x8x8_opt2_chain ch4_5 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, r4_l0_dig}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o4_5)
  );
  cube_mac_8x8x8_opt2_chain ch4_6 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, r4_l0_dig}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o4_6)
  );
  cube_mac_8x8x8_opt2_chain ch4_7 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, r4_l0_dig}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o4_7)
  );
  cube_mac_8x8x8_opt2_chain ch5_0 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, r5_l0_dig}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o5_0)
  );
  cube_mac_8x8x8_opt2_chain ch5_1 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, r5_l0_dig}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o5_1)
  );
  cube_mac_8x8x8_opt2_chain ch5_2 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, r5_l0_dig}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o5_2)
  );
  cube_mac_8x8x8_opt2_chain ch5_3 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, r5_l0_dig}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o5_3)
  );
  cube_mac_8x8x8_opt2_chain ch5_4 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, r5_l0_dig}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o5_4)
  );
  cube_mac_8x8x8_opt2_chain ch5_5 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, r5_l0_dig}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o5_5)
  );
  cube_mac_8x8x8_opt2_chain ch5_6 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, r5_l0_dig}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o5_6)
  );
  cube_mac_8x8x8_opt2_chain ch5_7 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, r5_l0_dig}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o5_7)
  );
  cube_mac_8x8x8_opt2_chain ch6_0 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, r6_l0_dig}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o6_0)
  );
  cube_mac_8x8x8_opt2_chain ch6_1 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, r6_l0_dig}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o6_1)
  );
  cube_mac_8x8x8_opt2_chain ch6_2 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, r6_l0_dig}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o6_2)
  );
  cube_mac_8x8x8_opt2_chain ch6_3 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, r6_l0_dig}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o6_3)
  );
  cube_mac_8x8x8_opt2_chain ch6_4 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, r6_l0_dig}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o6_4)
  );
  cube_mac_8x8x8_opt2_chain ch6_5 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, r6_l0_dig}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o6_5)
  );
  cube_mac_8x8x8_opt2_chain ch6_6 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, r6_l0_dig}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o6_6)
  );
  cube_mac_8x8x8_opt2_chain ch6_7 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, r6_l0_dig}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o6_7)
  );
  cube_mac_8x8x8_opt2_chain ch7_0 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, r7_l0_dig}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o7_0)
  );
  cube_mac_8x8x8_opt2_chain ch7_1 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, r7_l0_dig}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o7_1)
  );
  cube_mac_8x8x8_opt2_chain ch7_2 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, r7_l0_dig}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o7_2)
  );
  cube_mac_8x8x8_opt2_chain ch7_3 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, r7_l0_dig}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o7_3)
  );
  cube_mac_8x8x8_opt2_chain ch7_4 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, r7_l0_dig}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o7_4)
  );
  cube_mac_8x8x8_opt2_chain ch7_5 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, r7_l0_dig}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o7_5)
  );
  cube_mac_8x8x8_opt2_chain ch7_6 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, r7_l0_dig}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o7_6)
  );
  cube_mac_8x8x8_opt2_chain ch7_7 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, r7_l0_dig}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .res_out(o7_7)
  );
  always @(posedge clk) if (rst) run <= 1'b0; else run <= start | (run & ~f_last);
  always @(posedge clk) if (rst) kcnt <= 32'd0; else if (start | run) kcnt <= start ? 32'd0 : kcnt + 32'd1;
  always @(posedge clk) if (rst) krem <= 32'd0; else if (start | run) krem <= start ? cfg_k : krem - 32'd1;
  always @(posedge clk) if (rst) k_first <= 1'b0; else if (start | run) k_first <= start;
  always @(posedge clk) if (rst) k_last <= 1'b0; else if (start | run) k_last <= start ? cfg_k == 32'd1 : krem == 32'd2;
  always @(posedge clk) sk_a0_1_0 <= r0_l1_dig;
  always @(posedge clk) sk_a0_2_0 <= r0_l2_dig;
  always @(posedge clk) sk_a0_2_1 <= sk_a0_2_0;
  always @(posedge clk) sk_a0_3_0 <= r0_l3_dig;
  always @(posedge clk) sk_a0_3_1 <= sk_a0_3_0;
  always @(posedge clk) sk_a0_3_2 <= sk_a0_3_1;
  always @(posedge clk) sk_a0_4_0 <= r0_l4_dig;
  always @(posedge clk) sk_a0_4_1 <= sk_a0_4_0;
  always @(posedge clk) sk_a0_4_2 <= sk_a0_4_1;
  always @(posedge clk) sk_a0_4_3 <= sk_a0_4_2;
  always @(posedge clk) sk_a0_5_0 <= r0_l5_dig;
  always @(posedge clk) sk_a0_5_1 <= sk_a0_5_0;
  always @(posedge clk) sk_a0_5_2 <= sk_a0_5_1;
  always @(posedge clk) sk_a0_5_3 <= sk_a0_5_2;
  always @(posedge clk) sk_a0_5_4 <= sk_a0_5_3;
  always @(posedge clk) sk_a0_6_0 <= r0_l6_dig;
  always @(posedge clk) sk_a0_6_1 <= sk_a0_6_0;
  always @(posedge clk) sk_a0_6_2 <= sk_a0_6_1;
  always @(posedge clk) sk_a0_6_3 <= sk_a0_6_2;
  always @(posedge clk) sk_a0_6_4 <= sk_a0_6_3;
  always @(posedge clk) sk_a0_6_5 <= sk_a0_6_4;
  always @(posedge clk) sk_a0_7_0 <= r0_l7_dig;
  always @(posedge clk) sk_a0_7_1 <= sk_a0_7_0;
  always @(posedge clk) sk_a0_7_2 <= sk_a0_7_1;
  always @(posedge clk) sk_a0_7_3 <= sk_a0_7_2;
  always @(posedge clk) sk_a0_7_4 <= sk_a0_7_3;
  always @(posedge clk) sk_a0_7_5 <= sk_a0_7_4;
  always @(posedge clk) sk_a0_7_6 <= sk_a0_7_5;
  always @(posedge clk) sk_a1_1_0 <= r1_l1_dig;
  always @(posedge clk) sk_a1_2_0 <= r1_l2_dig;
  always @(posedge clk) sk_a1_2_1 <= sk_a1_2_0;
  always @(posedge clk) sk_a1_3_0 <= r1_l3_dig;
  always @(posedge clk) sk_a1_3_1 <= sk_a1_3_0;
  always @(posedge clk) sk_a1_3_2 <= sk_a1_3_1;
  always @(posedge clk) sk_a1_4_0 <= r1_l4_dig;
  always @(posedge clk) sk_a1_4_1 <= sk_a1_4_0;
  always @(posedge clk) sk_a1_4_2 <= sk_a1_4_1;
  always @(posedge clk) sk_a1_4_3 <= sk_a1_4_2;
  always @(posedge clk) sk_a1_5_0 <= r1_l5_dig;
  always @(posedge clk) sk_a1_5_1 <= sk_a1_5_0;
  always @(posedge clk) sk_a1_5_2 <= sk_a1_5_1;
  always @(posedge clk) sk_a1_5_3 <= sk_a1_5_2;
  always @(posedge clk) sk_a1_5_4 <= sk_a1_5_3;
  always @(posedge clk) sk_a1_6_0 <= r1_l6_dig;
  always @(posedge clk) sk_a1_6_1 <= sk_a1_6_0;
  always @(posedge clk) sk_a1_6_2 <= sk_a1_6_1;
  always @(posedge clk) sk_a1_6_3 <= sk_a1_6_2;
  always @(posedge clk) sk_a1_6_4 <= sk_a1_6_3;
  always @(posedge clk) sk_a1_6_5 <= sk_a1_6_4;
  always @(posedge clk) sk_a1_7_0 <= r1_l7_dig;
  always @(posedge clk) sk_a1_7_1 <= sk_a1_7_0;
  always @(posedge clk) sk_a1_7_2 <= sk_a1_7_1;
  always @(posedge clk) sk_a1_7_3 <= sk_a1_7_2;
  always @(posedge clk) sk_a1_7_4 <= sk_a1_7_3;
  always @(posedge clk) sk_a1_7_5 <= sk_a1_7_4;
  always @(posedge clk) sk_a1_7_6 <= sk_a1_7_5;
  always @(posedge clk) sk_a2_1_0 <= r2_l1_dig;
  always @(posedge clk) sk_a2_2_0 <= r2_l2_dig;
  always @(posedge clk) sk_a2_2_1 <= sk_a2_2_0;
  always @(posedge clk) sk_a2_3_0 <= r2_l3_dig;
  always @(posedge clk) sk_a2_3_1 <= sk_a2_3_0;
  always @(posedge clk) sk_a2_3_2 <= sk_a2_3_1;
  always @(posedge clk) sk_a2_4_0 <= r2_l4_dig;
  always @(posedge clk) sk_a2_4_1 <= sk_a2_4_0;
  always @(posedge clk) sk_a2_4_2 <= sk_a2_4_1;
  always @(posedge clk) sk_a2_4_3 <= sk_a2_4_2;
  always @(posedge clk) sk_a2_5_0 <= r2_l5_dig;
  always @(posedge clk) sk_a2_5_1 <= sk_a2_5_0;
  always @(posedge clk) sk_a2_5_2 <= sk_a2_5_1;
  always @(posedge clk) sk_a2_5_3 <= sk_a2_5_2;
  always @(posedge clk) sk_a2_5_4 <= sk_a2_5_3;
  always @(posedge clk) sk_a2_6_0 <= r2_l6_dig;
  always @(posedge clk) sk_a2_6_1 <= sk_a2_6_0;
  always @(posedge clk) sk_a2_6_2 <= sk_a2_6_1;
  always @(posedge clk) sk_a2_6_3 <= sk_a2_6_2;
  always @(posedge clk) sk_a2_6_4 <= sk_a2_6_3;
  always @(posedge clk) sk_a2_6_5 <= sk_a2_6_4;
  always @(posedge clk) sk_a2_7_0 <= r2_l7_dig;
  always @(posedge clk) sk_a2_7_1 <= sk_a2_7_0;
  always @(posedge clk) sk_a2_7_2 <= sk_a2_7_1;
  always @(posedge clk) sk_a2_7_3 <= sk_a2_7_2;
  always @(posedge clk) sk_a2_7_4 <= sk_a2_7_3;
  always @(posedge clk) sk_a2_7_5 <= sk_a2_7_4;
  always @(posedge clk) sk_a2_7_6 <= sk_a2_7_5;
  always @(posedge clk) sk_a3_1_0 <= r3_l1_dig;
  always @(posedge clk) sk_a3_2_0 <= r3_l2_dig;
  always @(posedge clk) sk_a3_2_1 <= sk_a3_2_0;
  always @(posedge clk) sk_a3_3_0 <= r3_l3_dig;
  always @(posedge clk) sk_a3_3_1 <= sk_a3_3_0;
  always @(posedge clk) sk_a3_3_2 <= sk_a3_3_1;
  always @(posedge clk) sk_a3_4_0 <= r3_l4_dig;
  always @(posedge clk) sk_a3_4_1 <= sk_a3_4_0;
  always @(posedge clk) sk_a3_4_2 <= sk_a3_4_1;
  always @(posedge clk) sk_a3_4_3 <= sk_a3_4_2;
  always @(posedge clk) sk_a3_5_0 <= r3_l5_dig;
  always @(posedge clk) sk_a3_5_1 <= sk_a3_5_0;
  always @(posedge clk) sk_a3_5_2 <= sk_a3_5_1;
  always @(posedge clk) sk_a3_5_3 <= sk_a3_5_2;
  always @(posedge clk) sk_a3_5_4 <= sk_a3_5_3;
  always @(posedge clk) sk_a3_6_0 <= r3_l6_dig;
  always @(posedge clk) sk_a3_6_1 <= sk_a3_6_0;
  always @(posedge clk) sk_a3_6_2 <= sk_a3_6_1;
  always @(posedge clk) sk_a3_6_3 <= sk_a3_6_2;
  always @(posedge clk) sk_a3_6_4 <= sk_a3_6_3;
  always @(posedge clk) sk_a3_6_5 <= sk_a3_6_4;
  always @(posedge clk) sk_a3_7_0 <= r3_l7_dig;
  always @(posedge clk) sk_a3_7_1 <= sk_a3_7_0;
  always @(posedge clk) sk_a3_7_2 <= sk_a3_7_1;
  always @(posedge clk) sk_a3_7_3 <= sk_a3_7_2;
  always @(posedge clk) sk_a3_7_4 <= sk_a3_7_3;
  always @(posedge clk) sk_a3_7_5 <= sk_a3_7_4;
  always @(posedge clk) sk_a3_7_6 <= sk_a3_7_5;
  always @(posedge clk) sk_a4_1_0 <= r4_l1_dig;
  always @(posedge clk) sk_a4_2_0 <= r4_l2_dig;
  always @(posedge clk) sk_a4_2_1 <= sk_a4_2_0;
  always @(posedge clk) sk_a4_3_0 <= r4_l3_dig;
  always @(posedge clk) sk_a4_3_1 <= sk_a4_3_0;
  always @(posedge clk) sk_a4_3_2 <= sk_a4_3_1;
  always @(posedge clk) sk_a4_4_0 <= r4_l4_dig;
  always @(posedge clk) sk_a4_4_1 <= sk_a4_4_0;
  always @(posedge clk) sk_a4_4_2 <= sk_a4_4_1;
  always @(posedge clk) sk_a4_4_3 <= sk_a4_4_2;
  always @(posedge clk) sk_a4_5_0 <= r4_l5_dig;
  always @(posedge clk) sk_a4_5_1 <= sk_a4_5_0;
  always @(posedge clk) sk_a4_5_2 <= sk_a4_5_1;
  always @(posedge clk) sk_a4_5_3 <= sk_a4_5_2;
  always @(posedge clk) sk_a4_5_4 <= sk_a4_5_3;
  always @(posedge clk) sk_a4_6_0 <= r4_l6_dig;
  always @(posedge clk) sk_a4_6_1 <= sk_a4_6_0;
  always @(posedge clk) sk_a4_6_2 <= sk_a4_6_1;
  always @(posedge clk) sk_a4_6_3 <= sk_a4_6_2;
  always @(posedge clk) sk_a4_6_4 <= sk_a4_6_3;
  always @(posedge clk) sk_a4_6_5 <= sk_a4_6_4;
  always @(posedge clk) sk_a4_7_0 <= r4_l7_dig;
  always @(posedge clk) sk_a4_7_1 <= sk_a4_7_0;
  always @(posedge clk) sk_a4_7_2 <= sk_a4_7_1;
  always @(posedge clk) sk_a4_7_3 <= sk_a4_7_2;
  always @(posedge clk) sk_a4_7_4 <= sk_a4_7_3;
  always @(posedge clk) sk_a4_7_5 <= sk_a4_7_4;
  always @(posedge clk) sk_a4_7_6 <= sk_a4_7_5;
  always @(posedge clk) sk_a5_1_0 <= r5_l1_dig;
  always @(posedge clk) sk_a5_2_0 <= r5_l2_dig;
  always @(posedge clk) sk_a5_2_1 <= sk_a5_2_0;
  always @(posedge clk) sk_a5_3_0 <= r5_l3_dig;
  always @(posedge clk) sk_a5_3_1 <= sk_a5_3_0;
  always @(posedge clk) sk_a5_3_2 <= sk_a5_3_1;
  always @(posedge clk) sk_a5_4_0 <= r5_l4_dig;
  always @(posedge clk) sk_a5_4_1 <= sk_a5_4_0;
  always @(posedge clk) sk_a5_4_2 <= sk_a5_4_1;
  always @(posedge clk) sk_a5_4_3 <= sk_a5_4_2;
  always @(posedge clk) sk_a5_5_0 <= r5_l5_dig;
  always @(posedge clk) sk_a5_5_1 <= sk_a5_5_0;
  always @(posedge clk) sk_a5_5_2 <= sk_a5_5_1;
  always @(posedge clk) sk_a5_5_3 <= sk_a5_5_2;
  always @(posedge clk) sk_a5_5_4 <= sk_a5_5_3;
  always @(posedge clk) sk_a5_6_0 <= r5_l6_dig;
  always @(posedge clk) sk_a5_6_1 <= sk_a5_6_0;
  always @(posedge clk) sk_a5_6_2 <= sk_a5_6_1;
  always @(posedge clk) sk_a5_6_3 <= sk_a5_6_2;
  always @(posedge clk) sk_a5_6_4 <= sk_a5_6_3;
  always @(posedge clk) sk_a5_6_5 <= sk_a5_6_4;
  always @(posedge clk) sk_a5_7_0 <= r5_l7_dig;
  always @(posedge clk) sk_a5_7_1 <= sk_a5_7_0;
  always @(posedge clk) sk_a5_7_2 <= sk_a5_7_1;
  always @(posedge clk) sk_a5_7_3 <= sk_a5_7_2;
  always @(posedge clk) sk_a5_7_4 <= sk_a5_7_3;
  always @(posedge clk) sk_a5_7_5 <= sk_a5_7_4;
  always @(posedge clk) sk_a5_7_6 <= sk_a5_7_5;
  always @(posedge clk) sk_a6_1_0 <= r6_l1_dig;
  always @(posedge clk) sk_a6_2_0 <= r6_l2_dig;
  always @(posedge clk) sk_a6_2_1 <= sk_a6_2_0;
  always @(posedge clk) sk_a6_3_0 <= r6_l3_dig;
  always @(posedge clk) sk_a6_3_1 <= sk_a6_3_0;
  always @(posedge clk) sk_a6_3_2 <= sk_a6_3_1;
  always @(posedge clk) sk_a6_4_0 <= r6_l4_dig;
  always @(posedge clk) sk_a6_4_1 <= sk_a6_4_0;
  always @(posedge clk) sk_a6_4_2 <= sk_a6_4_1;
  always @(posedge clk) sk_a6_4_3 <= sk_a6_4_2;
  always @(posedge clk) sk_a6_5_0 <= r6_l5_dig;
  always @(posedge clk) sk_a6_5_1 <= sk_a6_5_0;
  always @(posedge clk) sk_a6_5_2 <= sk_a6_5_1;
  always @(posedge clk) sk_a6_5_3 <= sk_a6_5_2;
  always @(posedge clk) sk_a6_5_4 <= sk_a6_5_3;
  always @(posedge clk) sk_a6_6_0 <= r6_l6_dig;
  always @(posedge clk) sk_a6_6_1 <= sk_a6_6_0;
  always @(posedge clk) sk_a6_6_2 <= sk_a6_6_1;
  always @(posedge clk) sk_a6_6_3 <= sk_a6_6_2;
  always @(posedge clk) sk_a6_6_4 <= sk_a6_6_3;
  always @(posedge clk) sk_a6_6_5 <= sk_a6_6_4;
  always @(posedge clk) sk_a6_7_0 <= r6_l7_dig;
  always @(posedge clk) sk_a6_7_1 <= sk_a6_7_0;
  always @(posedge clk) sk_a6_7_2 <= sk_a6_7_1;
  always @(posedge clk) sk_a6_7_3 <= sk_a6_7_2;
  always @(posedge clk) sk_a6_7_4 <= sk_a6_7_3;
  always @(posedge clk) sk_a6_7_5 <= sk_a6_7_4;
  always @(posedge clk) sk_a6_7_6 <= sk_a6_7_5;
  always @(posedge clk) sk_a7_1_0 <= r7_l1_dig;
  always @(posedge clk) sk_a7_2_0 <= r7_l2_dig;
  always @(posedge clk) sk_a7_2_1 <= sk_a7_2_0;
  always @(posedge clk) sk_a7_3_0 <= r7_l3_dig;
  always @(posedge clk) sk_a7_3_1 <= sk_a7_3_0;
  always @(posedge clk) sk_a7_3_2 <= sk_a7_3_1;
  always @(posedge clk) sk_a7_4_0 <= r7_l4_dig;
  always @(posedge clk) sk_a7_4_1 <= sk_a7_4_0;
  always @(posedge clk) sk_a7_4_2 <= sk_a7_4_1;
  always @(posedge clk) sk_a7_4_3 <= sk_a7_4_2;
  always @(posedge clk) sk_a7_5_0 <= r7_l5_dig;
  always @(posedge clk) sk_a7_5_1 <= sk_a7_5_0;
  always @(posedge clk) sk_a7_5_2 <= sk_a7_5_1;
  always @(posedge clk) sk_a7_5_3 <= sk_a7_5_2;
  always @(posedge clk) sk_a7_5_4 <= sk_a7_5_3;
  always @(posedge clk) sk_a7_6_0 <= r7_l6_dig;
  always @(posedge clk) sk_a7_6_1 <= sk_a7_6_0;
  always @(posedge clk) sk_a7_6_2 <= sk_a7_6_1;
  always @(posedge clk) sk_a7_6_3 <= sk_a7_6_2;
  always @(posedge clk) sk_a7_6_4 <= sk_a7_6_3;
  always @(posedge clk) sk_a7_6_5 <= sk_a7_6_4;
  always @(posedge clk) sk_a7_7_0 <= r7_l7_dig;
  always @(posedge clk) sk_a7_7_1 <= sk_a7_7_0;
  always @(posedge clk) sk_a7_7_2 <= sk_a7_7_1;
  always @(posedge clk) sk_a7_7_3 <= sk_a7_7_2;
  always @(posedge clk) sk_a7_7_4 <= sk_a7_7_3;
  always @(posedge clk) sk_a7_7_5 <= sk_a7_7_4;
  always @(posedge clk) sk_a7_7_6 <= sk_a7_7_5;
  always @(posedge clk) sk_b0_1_0 <= b_in[15:8];
  always @(posedge clk) sk_b0_2_0 <= b_in[23:16];
  always @(posedge clk) sk_b0_2_1 <= sk_b0_2_0;
  always @(posedge clk) sk_b0_3_0 <= b_in[31:24];
  always @(posedge clk) sk_b0_3_1 <= sk_b0_3_0;
  always @(posedge clk) sk_b0_3_2 <= sk_b0_3_1;
  always @(posedge clk) sk_b0_4_0 <= b_in[39:32];
  always @(posedge clk) sk_b0_4_1 <= sk_b0_4_0;
  always @(posedge clk) sk_b0_4_2 <= sk_b0_4_1;
  always @(posedge clk) sk_b0_4_3 <= sk_b0_4_2;
  always @(posedge clk) sk_b0_5_0 <= b_in[47:40];
  always @(posedge clk) sk_b0_5_1 <= sk_b0_5_0;
  always @(posedge clk) sk_b0_5_2 <= sk_b0_5_1;
  always @(posedge clk) sk_b0_5_3 <= sk_b0_5_2;
  always @(posedge clk) sk_b0_5_4 <= sk_b0_5_3;
  always @(posedge clk) sk_b0_6_0 <= b_in[55:48];
  always @(posedge clk) sk_b0_6_1 <= sk_b0_6_0;
  always @(posedge clk) sk_b0_6_2 <= sk_b0_6_1;
  always @(posedge clk) sk_b0_6_3 <= sk_b0_6_2;
  always @(posedge clk) sk_b0_6_4 <= sk_b0_6_3;
  always @(posedge clk) sk_b0_6_5 <= sk_b0_6_4;
  always @(posedge clk) sk_b0_7_0 <= b_in[63:56];
  always @(posedge clk) sk_b0_7_1 <= sk_b0_7_0;
  always @(posedge clk) sk_b0_7_2 <= sk_b0_7_1;
  always @(posedge clk) sk_b0_7_3 <= sk_b0_7_2;
  always @(posedge clk) sk_b0_7_4 <= sk_b0_7_3;
  always @(posedge clk) sk_b0_7_5 <= sk_b0_7_4;
  always @(posedge clk) sk_b0_7_6 <= sk_b0_7_5;
  always @(posedge clk) sk_b1_1_0 <= b_in[79:72];
  always @(posedge clk) sk_b1_2_0 <= b_in[87:80];
  always @(posedge clk) sk_b1_2_1 <= sk_b1_2_0;
  always @(posedge clk) sk_b1_3_0 <= b_in[95:88];
  always @(posedge clk) sk_b1_3_1 <= sk_b1_3_0;
  always @(posedge clk) sk_b1_3_2 <= sk_b1_3_1;
  always @(posedge clk) sk_b1_4_0 <= b_in[103:96];
  always @(posedge clk) sk_b1_4_1 <= sk_b1_4_0;
  always @(posedge clk) sk_b1_4_2 <= sk_b1_4_1;
  always @(posedge clk) sk_b1_4_3 <= sk_b1_4_2;
  always @(posedge clk) sk_b1_5_0 <= b_in[111:104];
  always @(posedge clk) sk_b1_5_1 <= sk_b1_5_0;
  always @(posedge clk) sk_b1_5_2 <= sk_b1_5_1;
  always @(posedge clk) sk_b1_5_3 <= sk_b1_5_2;
  always @(posedge clk) sk_b1_5_4 <= sk_b1_5_3;
  always @(posedge clk) sk_b1_6_0 <= b_in[119:112];
  always @(posedge clk) sk_b1_6_1 <= sk_b1_6_0;
  always @(posedge clk) sk_b1_6_2 <= sk_b1_6_1;
  always @(posedge clk) sk_b1_6_3 <= sk_b1_6_2;
  always @(posedge clk) sk_b1_6_4 <= sk_b1_6_3;
  always @(posedge clk) sk_b1_6_5 <= sk_b1_6_4;
  always @(posedge clk) sk_b1_7_0 <= b_in[127:120];
  always @(posedge clk) sk_b1_7_1 <= sk_b1_7_0;
  always @(posedge clk) sk_b1_7_2 <= sk_b1_7_1;
  always @(posedge clk) sk_b1_7_3 <= sk_b1_7_2;
  always @(posedge clk) sk_b1_7_4 <= sk_b1_7_3;
  always @(posedge clk) sk_b1_7_5 <= sk_b1_7_4;
  always @(posedge clk) sk_b1_7_6 <= sk_b1_7_5;
  always @(posedge clk) sk_b2_1_0 <= b_in[143:136];
  always @(posedge clk) sk_b2_2_0 <= b_in[151:144];
  always @(posedge clk) sk_b2_2_1 <= sk_b2_2_0;
  always @(posedge clk) sk_b2_3_0 <= b_in[159:152];
  always @(posedge clk) sk_b2_3_1 <= sk_b2_3_0;
  always @(posedge clk) sk_b2_3_2 <= sk_b2_3_1;
  always @(posedge clk) sk_b2_4_0 <= b_in[167:160];
  always @(posedge clk) sk_b2_4_1 <= sk_b2_4_0;
  always @(posedge clk) sk_b2_4_2 <= sk_b2_4_1;
  always @(posedge clk) sk_b2_4_3 <= sk_b2_4_2;
  always @(posedge clk) sk_b2_5_0 <= b_in[175:168];
  always @(posedge clk) sk_b2_5_1 <= sk_b2_5_0;
  always @(posedge clk) sk_b2_5_2 <= sk_b2_5_1;
  always @(posedge clk) sk_b2_5_3 <= sk_b2_5_2;
  always @(posedge clk) sk_b2_5_4 <= sk_b2_5_3;
  always @(posedge clk) sk_b2_6_0 <= b_in[183:176];
  always @(posedge clk) sk_b2_6_1 <= sk_b2_6_0;
  always @(posedge clk) sk_b2_6_2 <= sk_b2_6_1;
  always @(posedge clk) sk_b2_6_3 <= sk_b2_6_2;
  always @(posedge clk) sk_b2_6_4 <= sk_b2_6_3;
  always @(posedge clk) sk_b2_6_5 <= sk_b2_6_4;
  always @(posedge clk) sk_b2_7_0 <= b_in[191:184];
  always @(posedge clk) sk_b2_7_1 <= sk_b2_7_0;
  always @(posedge clk) sk_b2_7_2 <= sk_b2_7_1;
  always @(posedge clk) sk_b2_7_3 <= sk_b2_7_2;
  always @(posedge clk) sk_b2_7_4 <= sk_b2_7_3;
  always @(posedge clk) sk_b2_7_5 <= sk_b2_7_4;
  always @(posedge clk) sk_b2_7_6 <= sk_b2_7_5;
  always @(posedge clk) sk_b3_1_0 <= b_in[207:200];
  always @(posedge clk) sk_b3_2_0 <= b_in[215:208];
  always @(posedge clk) sk_b3_2_1 <= sk_b3_2_0;
  always @(posedge clk) sk_b3_3_0 <= b_in[223:216];
  always @(posedge clk) sk_b3_3_1 <= sk_b3_3_0;
  always @(posedge clk) sk_b3_3_2 <= sk_b3_3_1;
  always @(posedge clk) sk_b3_4_0 <= b_in[231:224];
  always @(posedge clk) sk_b3_4_1 <= sk_b3_4_0;
  always @(posedge clk) sk_b3_4_2 <= sk_b3_4_1;
  always @(posedge clk) sk_b3_4_3 <= sk_b3_4_2;
  always @(posedge clk) sk_b3_5_0 <= b_in[239:232];
  always @(posedge clk) sk_b3_5_1 <= sk_b3_5_0;
  always @(posedge clk) sk_b3_5_2 <= sk_b3_5_1;
  always @(posedge clk) sk_b3_5_3 <= sk_b3_5_2;
  always @(posedge clk) sk_b3_5_4 <= sk_b3_5_3;
  always @(posedge clk) sk_b3_6_0 <= b_in[247:240];
  always @(posedge clk) sk_b3_6_1 <= sk_b3_6_0;
  always @(posedge clk) sk_b3_6_2 <= sk_b3_6_1;
  always @(posedge clk) sk_b3_6_3 <= sk_b3_6_2;
  always @(posedge clk) sk_b3_6_4 <= sk_b3_6_3;
  always @(posedge clk) sk_b3_6_5 <= sk_b3_6_4;
  always @(posedge clk) sk_b3_7_0 <= b_in[255:248];
  always @(posedge clk) sk_b3_7_1 <= sk_b3_7_0;
  always @(posedge clk) sk_b3_7_2 <= sk_b3_7_1;
  always @(posedge clk) sk_b3_7_3 <= sk_b3_7_2;
  always @(posedge clk) sk_b3_7_4 <= sk_b3_7_3;
  always @(posedge clk) sk_b3_7_5 <= sk_b3_7_4;
  always @(posedge clk) sk_b3_7_6 <= sk_b3_7_5;
  always @(posedge clk) sk_b4_1_0 <= b_in[271:264];
  always @(posedge clk) sk_b4_2_0 <= b_in[279:272];
  always @(posedge clk) sk_b4_2_1 <= sk_b4_2_0;
  always @(posedge clk) sk_b4_3_0 <= b_in[287:280];
  always @(posedge clk) sk_b4_3_1 <= sk_b4_3_0;
  always @(posedge clk) sk_b4_3_2 <= sk_b4_3_1;
  always @(posedge clk) sk_b4_4_0 <= b_in[295:288];
  always @(posedge clk) sk_b4_4_1 <= sk_b4_4_0;
  always @(posedge clk) sk_b4_4_2 <= sk_b4_4_1;
  always @(posedge clk) sk_b4_4_3 <= sk_b4_4_2;
  always @(posedge clk) sk_b4_5_0 <= b_in[303:296];
  always @(posedge clk) sk_b4_5_1 <= sk_b4_5_0;
  always @(posedge clk) sk_b4_5_2 <= sk_b4_5_1;
  always @(posedge clk) sk_b4_5_3 <= sk_b4_5_2;
  always @(posedge clk) sk_b4_5_4 <= sk_b4_5_3;
  always @(posedge clk) sk_b4_6_0 <= b_in[311:304];
  always @(posedge clk) sk_b4_6_1 <= sk_b4_6_0;
  always @(posedge clk) sk_b4_6_2 <= sk_b4_6_1;
  always @(posedge clk) sk_b4_6_3 <= sk_b4_6_2;
  always @(posedge clk) sk_b4_6_4 <= sk_b4_6_3;
  always @(posedge clk) sk_b4_6_5 <= sk_b4_6_4;
  always @(posedge clk) sk_b4_7_0 <= b_in[319:312];
  always @(posedge clk) sk_b4_7_1 <= sk_b4_7_0;
  always @(posedge clk) sk_b4_7_2 <= sk_b4_7_1;
  always @(posedge clk) sk_b4_7_3 <= sk_b4_7_2;
  always @(posedge clk) sk_b4_7_4 <= sk_b4_7_3;
  always @(posedge clk) sk_b4_7_5 <= sk_b4_7_4;
  always @(posedge clk) sk_b4_7_6 <= sk_b4_7_5;
  always @(posedge clk) sk_b5_1_0 <= b_in[335:328];
  always @(posedge clk) sk_b5_2_0 <= b_in[343:336];
  always @(posedge clk) sk_b5_2_1 <= sk_b5_2_0;
  always @(posedge clk) sk_b5_3_0 <= b_in[351:344];
  always @(posedge clk) sk_b5_3_1 <= sk_b5_3_0;
  always @(posedge clk) sk_b5_3_2 <= sk_b5_3_1;
  always @(posedge clk) sk_b5_4_0 <= b_in[359:352];
  always @(posedge clk) sk_b5_4_1 <= sk_b5_4_0;
  always @(posedge clk) sk_b5_4_2 <= sk_b5_4_1;
  always @(posedge clk) sk_b5_4_3 <= sk_b5_4_2;
  always @(posedge clk) sk_b5_5_0 <= b_in[367:360];
  always @(posedge clk) sk_b5_5_1 <= sk_b5_5_0;
  always @(posedge clk) sk_b5_5_2 <= sk_b5_5_1;
  always @(posedge clk) sk_b5_5_3 <= sk_b5_5_2;
  always @(posedge clk) sk_b5_5_4 <= sk_b5_5_3;
  always @(posedge clk) sk_b5_6_0 <= b_in[375:368];
  always @(posedge clk) sk_b5_6_1 <= sk_b5_6_0;
  always @(posedge clk) sk_b5_6_2 <= sk_b5_6_1;
  always @(posedge clk) sk_b5_6_3 <= sk_b5_6_2;
  always @(posedge clk) sk_b5_6_4 <= sk_b5_6_3;
  always @(posedge clk) sk_b5_6_5 <= sk_b5_6_4;
  always @(posedge clk) sk_b5_7_0 <= b_in[383:376];
  always @(posedge clk) sk_b5_7_1 <= sk_b5_7_0;
  always @(posedge clk) sk_b5_7_2 <= sk_b5_7_1;
  always @(posedge clk) sk_b5_7_3 <= sk_b5_7_2;
  always @(posedge clk) sk_b5_7_4 <= sk_b5_7_3;
  always @(posedge clk) sk_b5_7_5 <= sk_b5_7_4;
  always @(posedge clk) sk_b5_7_6 <= sk_b5_7_5;
  always @(posedge clk) sk_b6_1_0 <= b_in[399:392];
  always @(posedge clk) sk_b6_2_0 <= b_in[407:400];
  always @(posedge clk) sk_b6_2_1 <= sk_b6_2_0;
  always @(posedge clk) sk_b6_3_0 <= b_in[415:408];
  always @(posedge clk) sk_b6_3_1 <= sk_b6_3_0;
  always @(posedge clk) sk_b6_3_2 <= sk_b6_3_1;
  always @(posedge clk) sk_b6_4_0 <= b_in[423:416];
  always @(posedge clk) sk_b6_4_1 <= sk_b6_4_0;
  always @(posedge clk) sk_b6_4_2 <= sk_b6_4_1;
  always @(posedge clk) sk_b6_4_3 <= sk_b6_4_2;
  always @(posedge clk) sk_b6_5_0 <= b_in[431:424];
  always @(posedge clk) sk_b6_5_1 <= sk_b6_5_0;
  always @(posedge clk) sk_b6_5_2 <= sk_b6_5_1;
  always @(posedge clk) sk_b6_5_3 <= sk_b6_5_2;
  always @(posedge clk) sk_b6_5_4 <= sk_b6_5_3;
  always @(posedge clk) sk_b6_6_0 <= b_in[439:432];
  always @(posedge clk) sk_b6_6_1 <= sk_b6_6_0;
  always @(posedge clk) sk_b6_6_2 <= sk_b6_6_1;
  always @(posedge clk) sk_b6_6_3 <= sk_b6_6_2;
  always @(posedge clk) sk_b6_6_4 <= sk_b6_6_3;
  always @(posedge clk) sk_b6_6_5 <= sk_b6_6_4;
  always @(posedge clk) sk_b6_7_0 <= b_in[447:440];
  always @(posedge clk) sk_b6_7_1 <= sk_b6_7_0;
  always @(posedge clk) sk_b6_7_2 <= sk_b6_7_1;
  always @(posedge clk) sk_b6_7_3 <= sk_b6_7_2;
  always @(posedge clk) sk_b6_7_4 <= sk_b6_7_3;
  always @(posedge clk) sk_b6_7_5 <= sk_b6_7_4;
  always @(posedge clk) sk_b6_7_6 <= sk_b6_7_5;
  always @(posedge clk) sk_b7_1_0 <= b_in[463:456];
  always @(posedge clk) sk_b7_2_0 <= b_in[471:464];
  always @(posedge clk) sk_b7_2_1 <= sk_b7_2_0;
  always @(posedge clk) sk_b7_3_0 <= b_in[479:472];
  always @(posedge clk) sk_b7_3_1 <= sk_b7_3_0;
  always @(posedge clk) sk_b7_3_2 <= sk_b7_3_1;
  always @(posedge clk) sk_b7_4_0 <= b_in[487:480];
  always @(posedge clk) sk_b7_4_1 <= sk_b7_4_0;
  always @(posedge clk) sk_b7_4_2 <= sk_b7_4_1;
  always @(posedge clk) sk_b7_4_3 <= sk_b7_4_2;
  always @(posedge clk) sk_b7_5_0 <= b_in[495:488];
  always @(posedge clk) sk_b7_5_1 <= sk_b7_5_0;
  always @(posedge clk) sk_b7_5_2 <= sk_b7_5_1;
  always @(posedge clk) sk_b7_5_3 <= sk_b7_5_2;
  always @(posedge clk) sk_b7_5_4 <= sk_b7_5_3;
  always @(posedge clk) sk_b7_6_0 <= b_in[503:496];
  always @(posedge clk) sk_b7_6_1 <= sk_b7_6_0;
  always @(posedge clk) sk_b7_6_2 <= sk_b7_6_1;
  always @(posedge clk) sk_b7_6_3 <= sk_b7_6_2;
  always @(posedge clk) sk_b7_6_4 <= sk_b7_6_3;
  always @(posedge clk) sk_b7_6_5 <= sk_b7_6_4;
  always @(posedge clk) sk_b7_7_0 <= b_in[511:504];
  always @(posedge clk) sk_b7_7_1 <= sk_b7_7_0;
  always @(posedge clk) sk_b7_7_2 <= sk_b7_7_1;
  always @(posedge clk) sk_b7_7_3 <= sk_b7_7_2;
  always @(posedge clk) sk_b7_7_4 <= sk_b7_7_3;
  always @(posedge clk) sk_b7_7_5 <= sk_b7_7_4;
  always @(posedge clk) sk_b7_7_6 <= sk_b7_7_5;
  always @(posedge clk) if (rst) af_f_vld_q0 <= 1'b0; else af_f_vld_q0 <= f_vld;
  always @(posedge clk) if (rst) af_f_first_q0 <= 1'b0; else af_f_first_q0 <= f_first;
  always @(posedge clk) if (rst) af_af_f_vld_q1 <= 1'b0; else af_af_f_vld_q1 <= af_f_vld_q0;
  always @(posedge clk) if (rst) af_af_f_first_q1 <= 1'b0; else af_af_f_first_q1 <= af_f_first_q0;
  always @(posedge clk) if (rst) af_af_af_f_vld_q2 <= 1'b0; else af_af_af_f_vld_q2 <= af_af_f_vld_q1;
  always @(posedge clk) if (rst) af_af_af_f_first_q2 <= 1'b0; else af_af_af_f_first_q2 <= af_af_f_first_q1;
  always @(posedge clk) if (rst) af_af_af_af_f_vld_q3 <= 1'b0; else af_af_af_af_f_vld_q3 <= af_af_af_f_vld_q2;
  always @(posedge clk) if (rst) af_af_af_af_f_first_q3 <= 1'b0; else af_af_af_af_f_first_q3 <= af_af_af_f_first_q2;
  always @(posedge clk) if (rst) af_af_af_af_af_f_vld_q4 <= 1'b0; else af_af_af_af_af_f_vld_q4 <= af_af_af_af_f_vld_q3;
  always @(posedge clk) if (rst) af_af_af_af_af_f_first_q4 <= 1'b0; else af_af_af_af_af_f_first_q4 <= af_af_af_af_f_first_q3;
  always @(posedge clk) if (rst) af_af_af_af_af_af_f_vld_q5 <= 1'b0; else af_af_af_af_af_af_f_vld_q5 <= af_af_af_af_af_f_vld_q4;
  always @(posedge clk) if (rst) af_af_af_af_af_af_f_first_q5 <= 1'b0; else af_af_af_af_af_af_f_first_q5 <= af_af_af_af_af_f_first_q4;
  always @(posedge clk) if (rst) af_af_af_af_af_af_af_f_vld_q6 <= 1'b0; else af_af_af_af_af_af_af_f_vld_q6 <= af_af_af_af_af_af_f_vld_q5;
  always @(posedge clk) if (rst) af_af_af_af_af_af_af_f_first_q6 <= 1'b0; else af_af_af_af_af_af_af_f_first_q6 <= af_af_af_af_af_af_f_first_q5;
  always @(posedge clk) if (rst) af_af_af_af_af_af_af_af_f_vld_q7 <= 1'b0; else af_af_af_af_af_af_af_af_f_vld_q7 <= af_af_af_af_af_af_af_f_vld_q6;
  always @(posedge clk) if (rst) af_af_af_af_af_af_af_af_f_first_q7 <= 1'b0; else af_af_af_af_af_af_af_af_f_first_q7 <= af_af_af_af_af_af_af_f_first_q6;
  always @(posedge clk) if (rst) dl_f_last_q0 <= 1'b0; else dl_f_last_q0 <= f_last;
  always @(posedge clk) if (rst) dl_dl_f_last_q1 <= 1'b0; else dl_dl_f_last_q1 <= dl_f_last_q0;
  always @(posedge clk) if (rst) dl_dl_dl_f_last_q2 <= 1'b0; else dl_dl_dl_f_last_q2 <= dl_dl_f_last_q1;
  always @(posedge clk) if (rst) dl_dl_dl_dl_f_last_q3 <= 1'b0; else dl_dl_dl_dl_f_last_q3 <= dl_dl_dl_f_last_q2;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_f_last_q4 <= 1'b0; else dl_dl_dl_dl_dl_f_last_q4 <= dl_dl_dl_dl_f_last_q3;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_f_last_q5 <= 1'b0; else dl_dl_dl_dl_dl_dl_f_last_q5 <= dl_dl_dl_dl_dl_f_last_q4;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_dl_f_last_q6 <= 1'b0; else dl_dl_dl_dl_dl_dl_dl_f_last_q6 <= dl_dl_dl_dl_dl_dl_f_last_q5;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_dl_dl_f_last_q7 <= 1'b0; else dl_dl_dl_dl_dl_dl_dl_dl_f_last_q7 <= dl_dl_dl_dl_dl_dl_dl_f_last_q6;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q8 <= 1'b0; else dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q8 <= dl_dl_dl_dl_dl_dl_dl_dl_f_last_q7;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q9 <= 1'b0; else dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q9 <= dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q8;
endmodule
