// adder_tree_k16_opt2: adder-tree 16x16 array top, k reduction in 3 register stages (cuts after 2, 4 of 4 levels)
// Source design: adder_tree_k16_opt2 (examples/adder_tree_k16_opt2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// adder-tree array, 16 (k) x 16 (n); k reduction form: perj.
// Protocol: pulse start with cfg_m = rows of A; the array first requests the 16 weight rows
// (b_idx, last row first: they shift down the columns), then one row of A per cycle (a_idx = m).
// out_vld[c] marks C[m][c] for successive m at the bottom of column c.
module adder_tree_k16_opt2 (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_m,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [127:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [127:0] b_in,
  output wire [15:0] out_vld,
  output wire [511:0] out_data
);
  // Controller: phase 1 loads weights (16 cycles), phase 2 feeds rows of A. The last-row
  // flag is registered a row ahead (mrem counts the rows left): no compare with cfg_m per cycle.
  wire load;
  wire f_vld;
  wire load_last;
  wire f_last;
  wire [11:0] r0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r4_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r4_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r5_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r5_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r6_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r6_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r7_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r7_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r8_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r8_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r9_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r9_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r10_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r10_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r11_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r11_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r12_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r12_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r13_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r13_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r14_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r14_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r15_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r15_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] ng0_0_x0;
  wire [2:0] ng0_0_x1;
  wire [2:0] ng0_0_x2;
  wire [2:0] ng0_0_x3;
  wire [2:0] ng0_0_t0_0s;
  wire [2:0] ng0_0_t0_0c;
  wire [2:0] ng0_0_cnt;
  wire [2:0] ng0_1_x0;
  wire [2:0] ng0_1_x1;
  wire [2:0] ng0_1_x2;
  wire [2:0] ng0_1_x3;
  wire [2:0] ng0_1_t0_0s;
  wire [2:0] ng0_1_t0_0c;
  wire [2:0] ng0_1_cnt;
  wire [2:0] ng0_2_x0;
  wire [2:0] ng0_2_x1;
  wire [2:0] ng0_2_x2;
  wire [2:0] ng0_2_x3;
  wire [2:0] ng0_2_t0_0s;
  wire [2:0] ng0_2_t0_0c;
  wire [2:0] ng0_2_cnt;
  wire [2:0] ng0_3_x0;
  wire [2:0] ng0_3_x1;
  wire [2:0] ng0_3_x2;
  wire [2:0] ng0_3_x3;
  wire [2:0] ng0_3_t0_0s;
  wire [2:0] ng0_3_t0_0c;
  wire [2:0] ng0_3_cnt;
  wire [2:0] ng1_0_x0;
  wire [2:0] ng1_0_x1;
  wire [2:0] ng1_0_x2;
  wire [2:0] ng1_0_x3;
  wire [2:0] ng1_0_t0_0s;
  wire [2:0] ng1_0_t0_0c;
  wire [2:0] ng1_0_cnt;
  wire [2:0] ng1_1_x0;
  wire [2:0] ng1_1_x1;
  wire [2:0] ng1_1_x2;
  wire [2:0] ng1_1_x3;
  wire [2:0] ng1_1_t0_0s;
  wire [2:0] ng1_1_t0_0c;
  wire [2:0] ng1_1_cnt;
  wire [2:0] ng1_2_x0;
  wire [2:0] ng1_2_x1;
  wire [2:0] ng1_2_x2;
  wire [2:0] ng1_2_x3;
  wire [2:0] ng1_2_t0_0s;
  wire [2:0] ng1_2_t0_0c;
  wire [2:0] ng1_2_cnt;
  wire [2:0] ng1_3_x0;
  wire [2:0] ng1_3_x1;
  wire [2:0] ng1_3_x2;
  wire [2:0] ng1_3_x3;
  wire [2:0] ng1_3_t0_0s;
  wire [2:0] ng1_3_t0_0c;
  wire [2:0] ng1_3_cnt;
  wire [2:0] ng2_0_x0;
  wire [2:0] ng2_0_x1;
  wire [2:0] ng2_0_x2;
  wire [2:0] ng2_0_x3;
  wire [2:0] ng2_0_t0_0s;
  wire [2:0] ng2_0_t0_0c;
  wire [2:0] ng2_0_cnt;
  wire [2:0] ng2_1_x0;
  wire [2:0] ng2_1_x1;
  wire [2:0] ng2_1_x2;
  wire [2:0] ng2_1_x3;
  wire [2:0] ng2_1_t0_0s;
  wire [2:0] ng2_1_t0_0c;
  wire [2:0] ng2_1_cnt;
  wire [2:0] ng2_2_x0;
  wire [2:0] ng2_2_x1;
  wire [2:0] ng2_2_x2;
  wire [2:0] ng2_2_x3;
  wire [2:0] ng2_2_t0_0s;
  wire [2:0] ng2_2_t0_0c;
  wire [2:0] ng2_2_cnt;
  wire [2:0] ng2_3_x0;
  wire [2:0] ng2_3_x1;
  wire [2:0] ng2_3_x2;
  wire [2:0] ng2_3_x3;
  wire [2:0] ng2_3_t0_0s;
  wire [2:0] ng2_3_t0_0c;
  wire [2:0] ng2_3_cnt;
  wire [2:0] ng3_0_x0;
  wire [2:0] ng3_0_x1;
  wire [2:0] ng3_0_x2;
  wire [2:0] ng3_0_x3;
  wire [2:0] ng3_0_t0_0s;
  wire [2:0] ng3_0_t0_0c;
  wire [2:0] ng3_0_cnt;
  wire [2:0] ng3_1_x0;
  wire [2:0] ng3_1_x1;
  wire [2:0] ng3_1_x2;
  wire [2:0] ng3_1_x3;
  wire [2:0] ng3_1_t0_0s;
  wire [2:0] ng3_1_t0_0c;
  wire [2:0] ng3_1_cnt;
  wire [2:0] ng3_2_x0;
  wire [2:0] ng3_2_x1;
  wire [2:0] ng3_2_x2;
  wire [2:0] ng3_2_x3;
  wire [2:0] ng3_2_t0_0s;
  wire [2:0] ng3_2_t0_0c;
  wire [2:0] ng3_2_cnt;
  wire [2:0] ng3_3_x0;
  wire [2:0] ng3_3_x1;
  wire [2:0] ng3_3_x2;
  wire [2:0] ng3_3_x3;
  wire [2:0] ng3_3_t0_0s;
  wire [2:0] ng3_3_t0_0c;
  wire [2:0] ng3_3_cnt;
  wire [8:0] p0_0_p0;
  wire [8:0] p0_0_p1;
  wire [8:0] p0_0_p2;
  wire [8:0] p0_0_p3;
  wire [8:0] p1_0_p0;
  wire [8:0] p1_0_p1;
  wire [8:0] p1_0_p2;
  wire [8:0] p1_0_p3;
  wire [8:0] p2_0_p0;
  wire [8:0] p2_0_p1;
  wire [8:0] p2_0_p2;
  wire [8:0] p2_0_p3;
  wire [8:0] p3_0_p0;
  wire [8:0] p3_0_p1;
  wire [8:0] p3_0_p2;
  wire [8:0] p3_0_p3;
  wire [8:0] p4_0_p0;
  wire [8:0] p4_0_p1;
  wire [8:0] p4_0_p2;
  wire [8:0] p4_0_p3;
  wire [8:0] p5_0_p0;
  wire [8:0] p5_0_p1;
  wire [8:0] p5_0_p2;
  wire [8:0] p5_0_p3;
  wire [8:0] p6_0_p0;
  wire [8:0] p6_0_p1;
  wire [8:0] p6_0_p2;
  wire [8:0] p6_0_p3;
  wire [8:0] p7_0_p0;
  wire [8:0] p7_0_p1;
  wire [8:0] p7_0_p2;
  wire [8:0] p7_0_p3;
  wire [8:0] p8_0_p0;
  wire [8:0] p8_0_p1;
  wire [8:0] p8_0_p2;
  wire [8:0] p8_0_p3;
  wire [8:0] p9_0_p0;
  wire [8:0] p9_0_p1;
  wire [8:0] p9_0_p2;
  wire [8:0] p9_0_p3;
  wire [8:0] p10_0_p0;
  wire [8:0] p10_0_p1;
  wire [8:0] p10_0_p2;
  wire [8:0] p10_0_p3;
  wire [8:0] p11_0_p0;
  wire [8:0] p11_0_p1;
  wire [8:0] p11_0_p2;
  wire [8:0] p11_0_p3;
  wire [8:0] p12_0_p0;
  wire [8:0] p12_0_p1;
  wire [8:0] p12_0_p2;
  wire [8:0] p12_0_p3;
  wire [8:0] p13_0_p0;
  wire [8:0] p13_0_p1;
  wire [8:0] p13_0_p2;
  wire [8:0] p13_0_p3;
  wire [8:0] p14_0_p0;
  wire [8:0] p14_0_p1;
  wire [8:0] p14_0_p2;
  wire [8:0] p14_0_p3;
  wire [8:0] p15_0_p0;
  wire [8:0] p15_0_p1;
  wire [8:0] p15_0_p2;
  wire [8:0] p15_0_p3;
  wire [11:0] c0_j0_l0_g0_x0;
  wire [11:0] c0_j0_l0_g0_x1;
  wire [11:0] c0_j0_l0_g0_x2;
  wire [11:0] c0_j0_l0_g0_x3;
  wire [11:0] c0_j0_l0_g0_x4;
  wire [11:0] c0_j0_l0_g0_t0_0s;
  wire [11:0] c0_j0_l0_g0_t0_0c;
  wire [11:0] c0_j0_l0_g0_t1_0s;
  wire [11:0] c0_j0_l0_g0_t1_0c;
  wire [11:0] c0_j0_l0_g0_sum;
  wire [11:0] c0_j0_l0_g1_x0;
  wire [11:0] c0_j0_l0_g1_x1;
  wire [11:0] c0_j0_l0_g1_x2;
  wire [11:0] c0_j0_l0_g1_x3;
  wire [11:0] c0_j0_l0_g1_x4;
  wire [11:0] c0_j0_l0_g1_t0_0s;
  wire [11:0] c0_j0_l0_g1_t0_0c;
  wire [11:0] c0_j0_l0_g1_t1_0s;
  wire [11:0] c0_j0_l0_g1_t1_0c;
  wire [11:0] c0_j0_l0_g1_sum;
  wire [11:0] c0_j0_l0_g2_x0;
  wire [11:0] c0_j0_l0_g2_x1;
  wire [11:0] c0_j0_l0_g2_x2;
  wire [11:0] c0_j0_l0_g2_x3;
  wire [11:0] c0_j0_l0_g2_x4;
  wire [11:0] c0_j0_l0_g2_t0_0s;
  wire [11:0] c0_j0_l0_g2_t0_0c;
  wire [11:0] c0_j0_l0_g2_t1_0s;
  wire [11:0] c0_j0_l0_g2_t1_0c;
  wire [11:0] c0_j0_l0_g2_sum;
  wire [11:0] c0_j0_l0_g3_x0;
  wire [11:0] c0_j0_l0_g3_x1;
  wire [11:0] c0_j0_l0_g3_x2;
  wire [11:0] c0_j0_l0_g3_x3;
  wire [11:0] c0_j0_l0_g3_x4;
  wire [11:0] c0_j0_l0_g3_t0_0s;
  wire [11:0] c0_j0_l0_g3_t0_0c;
  wire [11:0] c0_j0_l0_g3_t1_0s;
  wire [11:0] c0_j0_l0_g3_t1_0c;
  wire [11:0] c0_j0_l0_g3_sum;
  wire [13:0] c0_j0_l1_g0_x0;
  wire [13:0] c0_j0_l1_g0_x1;
  wire [13:0] c0_j0_l1_g0_x2;
  wire [13:0] c0_j0_l1_g0_x3;
  wire [13:0] c0_j0_l1_g0_t0_0s;
  wire [13:0] c0_j0_l1_g0_t0_0c;
  wire [13:0] c0_j0_l1_g0_sum;
  wire [19:0] c0_v0;
  wire [11:0] c0_j1_l0_g0_x0;
  wire [11:0] c0_j1_l0_g0_x1;
  wire [11:0] c0_j1_l0_g0_x2;
  wire [11:0] c0_j1_l0_g0_x3;
  wire [11:0] c0_j1_l0_g0_x4;
  wire [11:0] c0_j1_l0_g0_t0_0s;
  wire [11:0] c0_j1_l0_g0_t0_0c;
  wire [11:0] c0_j1_l0_g0_t1_0s;
  wire [11:0] c0_j1_l0_g0_t1_0c;
  wire [11:0] c0_j1_l0_g0_sum;
  wire [11:0] c0_j1_l0_g1_x0;
  wire [11:0] c0_j1_l0_g1_x1;
  wire [11:0] c0_j1_l0_g1_x2;
  wire [11:0] c0_j1_l0_g1_x3;
  wire [11:0] c0_j1_l0_g1_x4;
  wire [11:0] c0_j1_l0_g1_t0_0s;
  wire [11:0] c0_j1_l0_g1_t0_0c;
  wire [11:0] c0_j1_l0_g1_t1_0s;
  wire [11:0] c0_j1_l0_g1_t1_0c;
  wire [11:0] c0_j1_l0_g1_sum;
  wire [11:0] c0_j1_l0_g2_x0;
  wire [11:0] c0_j1_l0_g2_x1;
  wire [11:0] c0_j1_l0_g2_x2;
  wire [11:0] c0_j1_l0_g2_x3;
  wire [11:0] c0_j1_l0_g2_x4;
  wire [11:0] c0_j1_l0_g2_t0_0s;
  wire [11:0] c0_j1_l0_g2_t0_0c;
  wire [11:0] c0_j1_l0_g2_t1_0s;
  wire [11:0] c0_j1_l0_g2_t1_0c;
  wire [11:0] c0_j1_l0_g2_sum;
  wire [11:0] c0_j1_l0_g3_x0;
  wire [11:0] c0_j1_l0_g3_x1;
  wire [11:0] c0_j1_l0_g3_x2;
  wire [11:0] c0_j1_l0_g3_x3;
  wire [11:0] c0_j1_l0_g3_x4;
  wire [11:0] c0_j1_l0_g3_t0_0s;
  wire [11:0] c0_j1_l0_g3_t0_0c;
  wire [11:0] c0_j1_l0_g3_t1_0s;
  wire [11:0] c0_j1_l0_g3_t1_0c;
  wire [11:0] c0_j1_l0_g3_sum;
  wire [13:0] c0_j1_l1_g0_x0;
  wire [13:0] c0_j1_l1_g0_x1;
  wire [13:0] c0_j1_l1_g0_x2;
  wire [13:0] c0_j1_l1_g0_x3;
  wire [13:0] c0_j1_l1_g0_t0_0s;
  wire [13:0] c0_j1_l1_g0_t0_0c;
  wire [13:0] c0_j1_l1_g0_sum;
  wire [19:0] c0_v1;
  wire [11:0] c0_j2_l0_g0_x0;
  wire [11:0] c0_j2_l0_g0_x1;
  wire [11:0] c0_j2_l0_g0_x2;
  wire [11:0] c0_j2_l0_g0_x3;
  wire [11:0] c0_j2_l0_g0_x4;
  wire [11:0] c0_j2_l0_g0_t0_0s;
  wire [11:0] c0_j2_l0_g0_t0_0c;
  wire [11:0] c0_j2_l0_g0_t1_0s;
  wire [11:0] c0_j2_l0_g0_t1_0c;
  wire [11:0] c0_j2_l0_g0_sum;
  wire [11:0] c0_j2_l0_g1_x0;
  wire [11:0] c0_j2_l0_g1_x1;
  wire [11:0] c0_j2_l0_g1_x2;
  wire [11:0] c0_j2_l0_g1_x3;
  wire [11:0] c0_j2_l0_g1_x4;
  wire [11:0] c0_j2_l0_g1_t0_0s;
  wire [11:0] c0_j2_l0_g1_t0_0c;
  wire [11:0] c0_j2_l0_g1_t1_0s;
  wire [11:0] c0_j2_l0_g1_t1_0c;
  wire [11:0] c0_j2_l0_g1_sum;
  wire [11:0] c0_j2_l0_g2_x0;
  wire [11:0] c0_j2_l0_g2_x1;
  wire [11:0] c0_j2_l0_g2_x2;
  wire [11:0] c0_j2_l0_g2_x3;
  wire [11:0] c0_j2_l0_g2_x4;
  wire [11:0] c0_j2_l0_g2_t0_0s;
  wire [11:0] c0_j2_l0_g2_t0_0c;
  wire [11:0] c0_j2_l0_g2_t1_0s;
  wire [11:0] c0_j2_l0_g2_t1_0c;
  wire [11:0] c0_j2_l0_g2_sum;
  wire [11:0] c0_j2_l0_g3_x0;
  wire [11:0] c0_j2_l0_g3_x1;
  wire [11:0] c0_j2_l0_g3_x2;
  wire [11:0] c0_j2_l0_g3_x3;
  wire [11:0] c0_j2_l0_g3_x4;
  wire [11:0] c0_j2_l0_g3_t0_0s;
  wire [11:0] c0_j2_l0_g3_t0_0c;
  wire [11:0] c0_j2_l0_g3_t1_0s;
  wire [11:0] c0_j2_l0_g3_t1_0c;
  wire [11:0] c0_j2_l0_g3_sum;
  wire [13:0] c0_j2_l1_g0_x0;
  wire [13:0] c0_j2_l1_g0_x1;
  wire [13:0] c0_j2_l1_g0_x2;
  wire [13:0] c0_j2_l1_g0_x3;
  wire [13:0] c0_j2_l1_g0_t0_0s;
  wire [13:0] c0_j2_l1_g0_t0_0c;
  wire [13:0] c0_j2_l1_g0_sum;
  wire [19:0] c0_v2;
  wire [11:0] c0_j3_l0_g0_x0;
  wire [11:0] c0_j3_l0_g0_x1;
  wire [11:0] c0_j3_l0_g0_x2;
  wire [11:0] c0_j3_l0_g0_x3;
  wire [11:0] c0_j3_l0_g0_x4;
  wire [11:0] c0_j3_l0_g0_t0_0s;
  wire [11:0] c0_j3_l0_g0_t0_0c;
  wire [11:0] c0_j3_l0_g0_t1_0s;
  wire [11:0] c0_j3_l0_g0_t1_0c;
  wire [11:0] c0_j3_l0_g0_sum;
  wire [11:0] c0_j3_l0_g1_x0;
  wire [11:0] c0_j3_l0_g1_x1;
  wire [11:0] c0_j3_l0_g1_x2;
  wire [11:0] c0_j3_l0_g1_x3;
  wire [11:0] c0_j3_l0_g1_x4;
  wire [11:0] c0_j3_l0_g1_t0_0s;
  wire [11:0] c0_j3_l0_g1_t0_0c;
  wire [11:0] c0_j3_l0_g1_t1_0s;
  wire [11:0] c0_j3_l0_g1_t1_0c;
  wire [11:0] c0_j3_l0_g1_sum;
  wire [11:0] c0_j3_l0_g2_x0;
  wire [11:0] c0_j3_l0_g2_x1;
  wire [11:0] c0_j3_l0_g2_x2;
  wire [11:0] c0_j3_l0_g2_x3;
  wire [11:0] c0_j3_l0_g2_x4;
  wire [11:0] c0_j3_l0_g2_t0_0s;
  wire [11:0] c0_j3_l0_g2_t0_0c;
  wire [11:0] c0_j3_l0_g2_t1_0s;
  wire [11:0] c0_j3_l0_g2_t1_0c;
  wire [11:0] c0_j3_l0_g2_sum;
  wire [11:0] c0_j3_l0_g3_x0;
  wire [11:0] c0_j3_l0_g3_x1;
  wire [11:0] c0_j3_l0_g3_x2;
  wire [11:0] c0_j3_l0_g3_x3;
  wire [11:0] c0_j3_l0_g3_x4;
  wire [11:0] c0_j3_l0_g3_t0_0s;
  wire [11:0] c0_j3_l0_g3_t0_0c;
  wire [11:0] c0_j3_l0_g3_t1_0s;
  wire [11:0] c0_j3_l0_g3_t1_0c;
  wire [11:0] c0_j3_l0_g3_sum;
  wire [13:0] c0_j3_l1_g0_x0;
  wire [13:0] c0_j3_l1_g0_x1;
  wire [13:0] c0_j3_l1_g0_x2;
  wire [13:0] c0_j3_l1_g0_x3;
  wire [13:0] c0_j3_l1_g0_t0_0s;
  wire [13:0] c0_j3_l1_g0_t0_0c;
  wire [13:0] c0_j3_l1_g0_sum;
  wire [19:0] c0_v3;
  wire [19:0] col0_t0_0s;
  wire [19:0] col0_t0_0c;
  wire [19:0] col0_sum;
  wire [8:0] p0_1_p0;
  wire [8:0] p0_1_p1;
  wire [8:0] p0_1_p2;
  wire [8:0] p0_1_p3;
  wire [8:0] p1_1_p0;
  wire [8:0] p1_1_p1;
  wire [8:0] p1_1_p2;
  wire [8:0] p1_1_p3;
  wire [8:0] p2_1_p0;
  wire [8:0] p2_1_p1;
  wire [8:0] p2_1_p2;
  wire [8:0] p2_1_p3;
  wire [8:0] p3_1_p0;
  wire [8:0] p3_1_p1;
  wire [8:0] p3_1_p2;
  wire [8:0] p3_1_p3;
  wire [8:0] p4_1_p0;
  wire [8:0] p4_1_p1;
  wire [8:0] p4_1_p2;
  wire [8:0] p4_1_p3;
  wire [8:0] p5_1_p0;
  wire [8:0] p5_1_p1;
  wire [8:0] p5_1_p2;
  wire [8:0] p5_1_p3;
  wire [8:0] p6_1_p0;
  wire [8:0] p6_1_p1;
  wire [8:0] p6_1_p2;
  wire [8:0] p6_1_p3;
  wire [8:0] p7_1_p0;
  wire [8:0] p7_1_p1;
  wire [8:0] p7_1_p2;
  wire [8:0] p7_1_p3;
  wire [8:0] p8_1_p0;
  wire [8:0] p8_1_p1;
  wire [8:0] p8_1_p2;
  wire [8:0] p8_1_p3;
  wire [8:0] p9_1_p0;
  wire [8:0] p9_1_p1;
  wire [8:0] p9_1_p2;
  wire [8:0] p9_1_p3;
  wire [8:0] p10_1_p0;
  wire [8:0] p10_1_p1;
  wire [8:0] p10_1_p2;
  wire [8:0] p10_1_p3;
  wire [8:0] p11_1_p0;
  wire [8:0] p11_1_p1;
  wire [8:0] p11_1_p2;
  wire [8:0] p11_1_p3;
  wire [8:0] p12_1_p0;
  wire [8:0] p12_1_p1;
  wire [8:0] p12_1_p2;
  wire [8:0] p12_1_p3;
  wire [8:0] p13_1_p0;
  wire [8:0] p13_1_p1;
  wire [8:0] p13_1_p2;
  wire [8:0] p13_1_p3;
  wire [8:0] p14_1_p0;
  wire [8:0] p14_1_p1;
  wire [8:0] p14_1_p2;
  wire [8:0] p14_1_p3;
  wire [8:0] p15_1_p0;
  wire [8:0] p15_1_p1;
  wire [8:0] p15_1_p2;
  wire [8:0] p15_1_p3;
  wire [11:0] c1_j0_l0_g0_x0;
  wire [11:0] c1_j0_l0_g0_x1;
  wire [11:0] c1_j0_l0_g0_x2;
  wire [11:0] c1_j0_l0_g0_x3;
  wire [11:0] c1_j0_l0_g0_x4;
  wire [11:0] c1_j0_l0_g0_t0_0s;
  wire [11:0] c1_j0_l0_g0_t0_0c;
  wire [11:0] c1_j0_l0_g0_t1_0s;
  wire [11:0] c1_j0_l0_g0_t1_0c;
  wire [11:0] c1_j0_l0_g0_sum;
  wire [11:0] c1_j0_l0_g1_x0;
  wire [11:0] c1_j0_l0_g1_x1;
  wire [11:0] c1_j0_l0_g1_x2;
  wire [11:0] c1_j0_l0_g1_x3;
  wire [11:0] c1_j0_l0_g1_x4;
  wire [11:0] c1_j0_l0_g1_t0_0s;
  wire [11:0] c1_j0_l0_g1_t0_0c;
  wire [11:0] c1_j0_l0_g1_t1_0s;
  wire [11:0] c1_j0_l0_g1_t1_0c;
  wire [11:0] c1_j0_l0_g1_sum;
  wire [11:0] c1_j0_l0_g2_x0;
  wire [11:0] c1_j0_l0_g2_x1;
  wire [11:0] c1_j0_l0_g2_x2;
  wire [11:0] c1_j0_l0_g2_x3;
  wire [11:0] c1_j0_l0_g2_x4;
  wire [11:0] c1_j0_l0_g2_t0_0s;
  wire [11:0] c1_j0_l0_g2_t0_0c;
  wire [11:0] c1_j0_l0_g2_t1_0s;
  wire [11:0] c1_j0_l0_g2_t1_0c;
  wire [11:0] c1_j0_l0_g2_sum;
  wire [11:0] c1_j0_l0_g3_x0;
  wire [11:0] c1_j0_l0_g3_x1;
  wire [11:0] c1_j0_l0_g3_x2;
  wire [11:0] c1_j0_l0_g3_x3;
  wire [11:0] c1_j0_l0_g3_x4;
  wire [11:0] c1_j0_l0_g3_t0_0s;
  wire [11:0] c1_j0_l0_g3_t0_0c;
  wire [11:0] c1_j0_l0_g3_t1_0s;
  wire [11:0] c1_j0_l0_g3_t1_0c;
  wire [11:0] c1_j0_l0_g3_sum;
  wire [13:0] c1_j0_l1_g0_x0;
  wire [13:0] c1_j0_l1_g0_x1;
  wire [13:0] c1_j0_l1_g0_x2;
  wire [13:0] c1_j0_l1_g0_x3;
  wire [13:0] c1_j0_l1_g0_t0_0s;
  wire [13:0] c1_j0_l1_g0_t0_0c;
  wire [13:0] c1_j0_l1_g0_sum;
  wire [19:0] c1_v0;
  wire [11:0] c1_j1_l0_g0_x0;
  wire [11:0] c1_j1_l0_g0_x1;
  wire [11:0] c1_j1_l0_g0_x2;
  wire [11:0] c1_j1_l0_g0_x3;
  wire [11:0] c1_j1_l0_g0_x4;
  wire [11:0] c1_j1_l0_g0_t0_0s;
  wire [11:0] c1_j1_l0_g0_t0_0c;
  wire [11:0] c1_j1_l0_g0_t1_0s;
  wire [11:0] c1_j1_l0_g0_t1_0c;
  wire [11:0] c1_j1_l0_g0_sum;
  wire [11:0] c1_j1_l0_g1_x0;
  wire [11:0] c1_j1_l0_g1_x1;
  wire [11:0] c1_j1_l0_g1_x2;
  wire [11:0] c1_j1_l0_g1_x3;
  wire [11:0] c1_j1_l0_g1_x4;
  wire [11:0] c1_j1_l0_g1_t0_0s;
  wire [11:0] c1_j1_l0_g1_t0_0c;
  wire [11:0] c1_j1_l0_g1_t1_0s;
  wire [11:0] c1_j1_l0_g1_t1_0c;
  wire [11:0] c1_j1_l0_g1_sum;
  wire [11:0] c1_j1_l0_g2_x0;
  wire [11:0] c1_j1_l0_g2_x1;
  wire [11:0] c1_j1_l0_g2_x2;
  wire [11:0] c1_j1_l0_g2_x3;
  wire [11:0] c1_j1_l0_g2_x4;
  wire [11:0] c1_j1_l0_g2_t0_0s;
  wire [11:0] c1_j1_l0_g2_t0_0c;
  wire [11:0] c1_j1_l0_g2_t1_0s;
  wire [11:0] c1_j1_l0_g2_t1_0c;
  wire [11:0] c1_j1_l0_g2_sum;
  wire [11:0] c1_j1_l0_g3_x0;
  wire [11:0] c1_j1_l0_g3_x1;
  wire [11:0] c1_j1_l0_g3_x2;
  wire [11:0] c1_j1_l0_g3_x3;
  wire [11:0] c1_j1_l0_g3_x4;
  wire [11:0] c1_j1_l0_g3_t0_0s;
  wire [11:0] c1_j1_l0_g3_t0_0c;
  wire [11:0] c1_j1_l0_g3_t1_0s;
  wire [11:0] c1_j1_l0_g3_t1_0c;
  wire [11:0] c1_j1_l0_g3_sum;
  wire [13:0] c1_j1_l1_g0_x0;
  wire [13:0] c1_j1_l1_g0_x1;
  wire [13:0] c1_j1_l1_g0_x2;
  wire [13:0] c1_j1_l1_g0_x3;
  wire [13:0] c1_j1_l1_g0_t0_0s;
  wire [13:0] c1_j1_l1_g0_t0_0c;
  wire [13:0] c1_j1_l1_g0_sum;
  wire [19:0] c1_v1;
  wire [11:0] c1_j2_l0_g0_x0;
  wire [11:0] c1_j2_l0_g0_x1;
  wire [11:0] c1_j2_l0_g0_x2;
  wire [11:0] c1_j2_l0_g0_x3;
  wire [11:0] c1_j2_l0_g0_x4;
  wire [11:0] c1_j2_l0_g0_t0_0s;
  wire [11:0] c1_j2_l0_g0_t0_0c;
  wire [11:0] c1_j2_l0_g0_t1_0s;
  wire [11:0] c1_j2_l0_g0_t1_0c;
  wire [11:0] c1_j2_l0_g0_sum;
  wire [11:0] c1_j2_l0_g1_x0;
  wire [11:0] c1_j2_l0_g1_x1;
  wire [11:0] c1_j2_l0_g1_x2;
  wire [11:0] c1_j2_l0_g1_x3;
  wire [11:0] c1_j2_l0_g1_x4;
  wire [11:0] c1_j2_l0_g1_t0_0s;
  wire [11:0] c1_j2_l0_g1_t0_0c;
  wire [11:0] c1_j2_l0_g1_t1_0s;
  wire [11:0] c1_j2_l0_g1_t1_0c;
  wire [11:0] c1_j2_l0_g1_sum;
  wire [11:0] c1_j2_l0_g2_x0;
  wire [11:0] c1_j2_l0_g2_x1;
  wire [11:0] c1_j2_l0_g2_x2;
  wire [11:0] c1_j2_l0_g2_x3;
  wire [11:0] c1_j2_l0_g2_x4;
  wire [11:0] c1_j2_l0_g2_t0_0s;
  wire [11:0] c1_j2_l0_g2_t0_0c;
  wire [11:0] c1_j2_l0_g2_t1_0s;
  wire [11:0] c1_j2_l0_g2_t1_0c;
  wire [11:0] c1_j2_l0_g2_sum;
  wire [11:0] c1_j2_l0_g3_x0;
  wire [11:0] c1_j2_l0_g3_x1;
  wire [11:0] c1_j2_l0_g3_x2;
  wire [11:0] c1_j2_l0_g3_x3;
  wire [11:0] c1_j2_l0_g3_x4;
  wire [11:0] c1_j2_l0_g3_t0_0s;
  wire [11:0] c1_j2_l0_g3_t0_0c;
  wire [11:0] c1_j2_l0_g3_t1_0s;
  wire [11:0] c1_j2_l0_g3_t1_0c;
  wire [11:0] c1_j2_l0_g3_sum;
  wire [13:0] c1_j2_l1_g0_x0;
  wire [13:0] c1_j2_l1_g0_x1;
  wire [13:0] c1_j2_l1_g0_x2;
  wire [13:0] c1_j2_l1_g0_x3;
  wire [13:0] c1_j2_l1_g0_t0_0s;
  wire [13:0] c1_j2_l1_g0_t0_0c;
  wire [13:0] c1_j2_l1_g0_sum;
  wire [19:0] c1_v2;
  wire [11:0] c1_j3_l0_g0_x0;
  wire [11:0] c1_j3_l0_g0_x1;
  wire [11:0] c1_j3_l0_g0_x2;
  wire [11:0] c1_j3_l0_g0_x3;
  wire [11:0] c1_j3_l0_g0_x4;
  wire [11:0] c1_j3_l0_g0_t0_0s;
  wire [11:0] c1_j3_l0_g0_t0_0c;
  wire [11:0] c1_j3_l0_g0_t1_0s;
  wire [11:0] c1_j3_l0_g0_t1_0c;
  wire [11:0] c1_j3_l0_g0_sum;
  wire [11:0] c1_j3_l0_g1_x0;
  wire [11:0] c1_j3_l0_g1_x1;
  wire [11:0] c1_j3_l0_g1_x2;
  wire [11:0] c1_j3_l0_g1_x3;
  wire [11:0] c1_j3_l0_g1_x4;
  wire [11:0] c1_j3_l0_g1_t0_0s;
  wire [11:0] c1_j3_l0_g1_t0_0c;
  wire [11:0] c1_j3_l0_g1_t1_0s;
  wire [11:0] c1_j3_l0_g1_t1_0c;
  wire [11:0] c1_j3_l0_g1_sum;
  wire [11:0] c1_j3_l0_g2_x0;
  wire [11:0] c1_j3_l0_g2_x1;
  wire [11:0] c1_j3_l0_g2_x2;
  wire [11:0] c1_j3_l0_g2_x3;
  wire [11:0] c1_j3_l0_g2_x4;
  wire [11:0] c1_j3_l0_g2_t0_0s;
  wire [11:0] c1_j3_l0_g2_t0_0c;
  wire [11:0] c1_j3_l0_g2_t1_0s;
  wire [11:0] c1_j3_l0_g2_t1_0c;
  wire [11:0] c1_j3_l0_g2_sum;
  wire [11:0] c1_j3_l0_g3_x0;
  wire [11:0] c1_j3_l0_g3_x1;
  wire [11:0] c1_j3_l0_g3_x2;
  wire [11:0] c1_j3_l0_g3_x3;
  wire [11:0] c1_j3_l0_g3_x4;
  wire [11:0] c1_j3_l0_g3_t0_0s;
  wire [11:0] c1_j3_l0_g3_t0_0c;
  wire [11:0] c1_j3_l0_g3_t1_0s;
  wire [11:0] c1_j3_l0_g3_t1_0c;
  wire [11:0] c1_j3_l0_g3_sum;
  wire [13:0] c1_j3_l1_g0_x0;
  wire [13:0] c1_j3_l1_g0_x1;
  wire [13:0] c1_j3_l1_g0_x2;
  wire [13:0] c1_j3_l1_g0_x3;
  wire [13:0] c1_j3_l1_g0_t0_0s;
  wire [13:0] c1_j3_l1_g0_t0_0c;
  wire [13:0] c1_j3_l1_g0_sum;
  wire [19:0] c1_v3;
  wire [19:0] col1_t0_0s;
  wire [19:0] col1_t0_0c;
  wire [19:0] col1_sum;
  wire [8:0] p0_2_p0;
  wire [8:0] p0_2_p1;
  wire [8:0] p0_2_p2;
  wire [8:0] p0_2_p3;
  wire [8:0] p1_2_p0;
  wire [8:0] p1_2_p1;
  wire [8:0] p1_2_p2;
  wire [8:0] p1_2_p3;
  wire [8:0] p2_2_p0;
  wire [8:0] p2_2_p1;
  wire [8:0] p2_2_p2;
  wire [8:0] p2_2_p3;
  wire [8:0] p3_2_p0;
  wire [8:0] p3_2_p1;
  wire [8:0] p3_2_p2;
  wire [8:0] p3_2_p3;
  wire [8:0] p4_2_p0;
  wire [8:0] p4_2_p1;
  wire [8:0] p4_2_p2;
  wire [8:0] p4_2_p3;
  wire [8:0] p5_2_p0;
  wire [8:0] p5_2_p1;
  wire [8:0] p5_2_p2;
  wire [8:0] p5_2_p3;
  wire [8:0] p6_2_p0;
  wire [8:0] p6_2_p1;
  wire [8:0] p6_2_p2;
  wire [8:0] p6_2_p3;
  wire [8:0] p7_2_p0;
  wire [8:0] p7_2_p1;
  wire [8:0] p7_2_p2;
  wire [8:0] p7_2_p3;
  wire [8:0] p8_2_p0;
  wire [8:0] p8_2_p1;
  wire [8:0] p8_2_p2;
  wire [8:0] p8_2_p3;
  wire [8:0] p9_2_p0;
  wire [8:0] p9_2_p1;
  wire [8:0] p9_2_p2;
  wire [8:0] p9_2_p3;
  wire [8:0] p10_2_p0;
  wire [8:0] p10_2_p1;
  wire [8:0] p10_2_p2;
  wire [8:0] p10_2_p3;
  wire [8:0] p11_2_p0;
  wire [8:0] p11_2_p1;
  wire [8:0] p11_2_p2;
  wire [8:0] p11_2_p3;
  wire [8:0] p12_2_p0;
  wire [8:0] p12_2_p1;
  wire [8:0] p12_2_p2;
  wire [8:0] p12_2_p3;
  wire [8:0] p13_2_p0;
  wire [8:0] p13_2_p1;
  wire [8:0] p13_2_p2;
  wire [8:0] p13_2_p3;
  wire [8:0] p14_2_p0;
  wire [8:0] p14_2_p1;
  wire [8:0] p14_2_p2;
  wire [8:0] p14_2_p3;
  wire [8:0] p15_2_p0;
  wire [8:0] p15_2_p1;
  wire [8:0] p15_2_p2;
  wire [8:0] p15_2_p3;
  wire [11:0] c2_j0_l0_g0_x0;
  wire [11:0] c2_j0_l0_g0_x1;
  wire [11:0] c2_j0_l0_g0_x2;
  wire [11:0] c2_j0_l0_g0_x3;
  wire [11:0] c2_j0_l0_g0_x4;
  wire [11:0] c2_j0_l0_g0_t0_0s;
  wire [11:0] c2_j0_l0_g0_t0_0c;
  wire [11:0] c2_j0_l0_g0_t1_0s;
  wire [11:0] c2_j0_l0_g0_t1_0c;
  wire [11:0] c2_j0_l0_g0_sum;
  wire [11:0] c2_j0_l0_g1_x0;
  wire [11:0] c2_j0_l0_g1_x1;
  wire [11:0] c2_j0_l0_g1_x2;
  wire [11:0] c2_j0_l0_g1_x3;
  wire [11:0] c2_j0_l0_g1_x4;
  wire [11:0] c2_j0_l0_g1_t0_0s;
  wire [11:0] c2_j0_l0_g1_t0_0c;
  wire [11:0] c2_j0_l0_g1_t1_0s;
  wire [11:0] c2_j0_l0_g1_t1_0c;
  wire [11:0] c2_j0_l0_g1_sum;
  wire [11:0] c2_j0_l0_g2_x0;
  wire [11:0] c2_j0_l0_g2_x1;
  wire [11:0] c2_j0_l0_g2_x2;
  wire [11:0] c2_j0_l0_g2_x3;
  wire [11:0] c2_j0_l0_g2_x4;
  wire [11:0] c2_j0_l0_g2_t0_0s;
  wire [11:0] c2_j0_l0_g2_t0_0c;
  wire [11:0] c2_j0_l0_g2_t1_0s;
  wire [11:0] c2_j0_l0_g2_t1_0c;
  wire [11:0] c2_j0_l0_g2_sum;
  wire [11:0] c2_j0_l0_g3_x0;
  wire [11:0] c2_j0_l0_g3_x1;
  wire [11:0] c2_j0_l0_g3_x2;
  wire [11:0] c2_j0_l0_g3_x3;
  wire [11:0] c2_j0_l0_g3_x4;
  wire [11:0] c2_j0_l0_g3_t0_0s;
  wire [11:0] c2_j0_l0_g3_t0_0c;
  wire [11:0] c2_j0_l0_g3_t1_0s;
  wire [11:0] c2_j0_l0_g3_t1_0c;
  wire [11:0] c2_j0_l0_g3_sum;
  wire [13:0] c2_j0_l1_g0_x0;
  wire [13:0] c2_j0_l1_g0_x1;
  wire [13:0] c2_j0_l1_g0_x2;
  wire [13:0] c2_j0_l1_g0_x3;
  wire [13:0] c2_j0_l1_g0_t0_0s;
  wire [13:0] c2_j0_l1_g0_t0_0c;
  wire [13:0] c2_j0_l1_g0_sum;
  wire [19:0] c2_v0;
  wire [11:0] c2_j1_l0_g0_x0;
  wire [11:0] c2_j1_l0_g0_x1;
  wire [11:0] c2_j1_l0_g0_x2;
  wire [11:0] c2_j1_l0_g0_x3;
  wire [11:0] c2_j1_l0_g0_x4;
  wire [11:0] c2_j1_l0_g0_t0_0s;
  wire [11:0] c2_j1_l0_g0_t0_0c;
  wire [11:0] c2_j1_l0_g0_t1_0s;
  wire [11:0] c2_j1_l0_g0_t1_0c;
  wire [11:0] c2_j1_l0_g0_sum;
  wire [11:0] c2_j1_l0_g1_x0;
  wire [11:0] c2_j1_l0_g1_x1;
  wire [11:0] c2_j1_l0_g1_x2;
  wire [11:0] c2_j1_l0_g1_x3;
  wire [11:0] c2_j1_l0_g1_x4;
  wire [11:0] c2_j1_l0_g1_t0_0s;
  wire [11:0] c2_j1_l0_g1_t0_0c;
  wire [11:0] c2_j1_l0_g1_t1_0s;
  wire [11:0] c2_j1_l0_g1_t1_0c;
  wire [11:0] c2_j1_l0_g1_sum;
  wire [11:0] c2_j1_l0_g2_x0;
  wire [11:0] c2_j1_l0_g2_x1;
  wire [11:0] c2_j1_l0_g2_x2;
  wire [11:0] c2_j1_l0_g2_x3;
  wire [11:0] c2_j1_l0_g2_x4;
  wire [11:0] c2_j1_l0_g2_t0_0s;
  wire [11:0] c2_j1_l0_g2_t0_0c;
  wire [11:0] c2_j1_l0_g2_t1_0s;
  wire [11:0] c2_j1_l0_g2_t1_0c;
  wire [11:0] c2_j1_l0_g2_sum;
  wire [11:0] c2_j1_l0_g3_x0;
  wire [11:0] c2_j1_l0_g3_x1;
  wire [11:0] c2_j1_l0_g3_x2;
  wire [11:0] c2_j1_l0_g3_x3;
  wire [11:0] c2_j1_l0_g3_x4;
  wire [11:0] c2_j1_l0_g3_t0_0s;
  wire [11:0] c2_j1_l0_g3_t0_0c;
  wire [11:0] c2_j1_l0_g3_t1_0s;
  wire [11:0] c2_j1_l0_g3_t1_0c;
  wire [11:0] c2_j1_l0_g3_sum;
  wire [13:0] c2_j1_l1_g0_x0;
  wire [13:0] c2_j1_l1_g0_x1;
  wire [13:0] c2_j1_l1_g0_x2;
  wire [13:0] c2_j1_l1_g0_x3;
  wire [13:0] c2_j1_l1_g0_t0_0s;
  wire [13:0] c2_j1_l1_g0_t0_0c;
  wire [13:0] c2_j1_l1_g0_sum;
  wire [19:0] c2_v1;
  wire [11:0] c2_j2_l0_g0_x0;
  wire [11:0] c2_j2_l0_g0_x1;
  wire [11:0] c2_j2_l0_g0_x2;
  wire [11:0] c2_j2_l0_g0_x3;
  wire [11:0] c2_j2_l0_g0_x4;
  wire [11:0] c2_j2_l0_g0_t0_0s;
  wire [11:0] c2_j2_l0_g0_t0_0c;
  wire [11:0] c2_j2_l0_g0_t1_0s;
  wire [11:0] c2_j2_l0_g0_t1_0c;
  wire [11:0] c2_j2_l0_g0_sum;
  wire [11:0] c2_j2_l0_g1_x0;
  wire [11:0] c2_j2_l0_g1_x1;
  wire [11:0] c2_j2_l0_g1_x2;
  wire [11:0] c2_j2_l0_g1_x3;
  wire [11:0] c2_j2_l0_g1_x4;
  wire [11:0] c2_j2_l0_g1_t0_0s;
  wire [11:0] c2_j2_l0_g1_t0_0c;
  wire [11:0] c2_j2_l0_g1_t1_0s;
  wire [11:0] c2_j2_l0_g1_t1_0c;
  wire [11:0] c2_j2_l0_g1_sum;
  wire [11:0] c2_j2_l0_g2_x0;
  wire [11:0] c2_j2_l0_g2_x1;
  wire [11:0] c2_j2_l0_g2_x2;
  wire [11:0] c2_j2_l0_g2_x3;
  wire [11:0] c2_j2_l0_g2_x4;
  wire [11:0] c2_j2_l0_g2_t0_0s;
  wire [11:0] c2_j2_l0_g2_t0_0c;
  wire [11:0] c2_j2_l0_g2_t1_0s;
  wire [11:0] c2_j2_l0_g2_t1_0c;
  wire [11:0] c2_j2_l0_g2_sum;
  wire [11:0] c2_j2_l0_g3_x0;
  wire [11:0] c2_j2_l0_g3_x1;
  wire [11:0] c2_j2_l0_g3_x2;
  wire [11:0] c2_j2_l0_g3_x3;
  wire [11:0] c2_j2_l0_g3_x4;
  wire [11:0] c2_j2_l0_g3_t0_0s;
  wire [11:0] c2_j2_l0_g3_t0_0c;
  wire [11:0] c2_j2_l0_g3_t1_0s;
  wire [11:0] c2_j2_l0_g3_t1_0c;
  wire [11:0] c2_j2_l0_g3_sum;
  wire [13:0] c2_j2_l1_g0_x0;
  wire [13:0] c2_j2_l1_g0_x1;
  wire [13:0] c2_j2_l1_g0_x2;
  wire [13:0] c2_j2_l1_g0_x3;
  wire [13:0] c2_j2_l1_g0_t0_0s;
  wire [13:0] c2_j2_l1_g0_t0_0c;
  wire [13:0] c2_j2_l1_g0_sum;
  wire [19:0] c2_v2;
  wire [11:0] c2_j3_l0_g0_x0;
  wire [11:0] c2_j3_l0_g0_x1;
  wire [11:0] c2_j3_l0_g0_x2;
  wire [11:0] c2_j3_l0_g0_x3;
  wire [11:0] c2_j3_l0_g0_x4;
  wire [11:0] c2_j3_l0_g0_t0_0s;
  wire [11:0] c2_j3_l0_g0_t0_0c;
  wire [11:0] c2_j3_l0_g0_t1_0s;
  wire [11:0] c2_j3_l0_g0_t1_0c;
  wire [11:0] c2_j3_l0_g0_sum;
  wire [11:0] c2_j3_l0_g1_x0;
  wire [11:0] c2_j3_l0_g1_x1;
  wire [11:0] c2_j3_l0_g1_x2;
  wire [11:0] c2_j3_l0_g1_x3;
  wire [11:0] c2_j3_l0_g1_x4;
  wire [11:0] c2_j3_l0_g1_t0_0s;
  wire [11:0] c2_j3_l0_g1_t0_0c;
  wire [11:0] c2_j3_l0_g1_t1_0s;
  wire [11:0] c2_j3_l0_g1_t1_0c;
  wire [11:0] c2_j3_l0_g1_sum;
  wire [11:0] c2_j3_l0_g2_x0;
  wire [11:0] c2_j3_l0_g2_x1;
  wire [11:0] c2_j3_l0_g2_x2;
  wire [11:0] c2_j3_l0_g2_x3;
  wire [11:0] c2_j3_l0_g2_x4;
  wire [11:0] c2_j3_l0_g2_t0_0s;
  wire [11:0] c2_j3_l0_g2_t0_0c;
  wire [11:0] c2_j3_l0_g2_t1_0s;
  wire [11:0] c2_j3_l0_g2_t1_0c;
  wire [11:0] c2_j3_l0_g2_sum;
  wire [11:0] c2_j3_l0_g3_x0;
  wire [11:0] c2_j3_l0_g3_x1;
  wire [11:0] c2_j3_l0_g3_x2;
  wire [11:0] c2_j3_l0_g3_x3;
  wire [11:0] c2_j3_l0_g3_x4;
  wire [11:0] c2_j3_l0_g3_t0_0s;
  wire [11:0] c2_j3_l0_g3_t0_0c;
  wire [11:0] c2_j3_l0_g3_t1_0s;
  wire [11:0] c2_j3_l0_g3_t1_0c;
  wire [11:0] c2_j3_l0_g3_sum;
  wire [13:0] c2_j3_l1_g0_x0;
  wire [13:0] c2_j3_l1_g0_x1;
  wire [13:0] c2_j3_l1_g0_x2;
  wire [13:0] c2_j3_l1_g0_x3;
  wire [13:0] c2_j3_l1_g0_t0_0s;
  wire [13:0] c2_j3_l1_g0_t0_0c;
  wire [13:0] c2_j3_l1_g0_sum;
  wire [19:0] c2_v3;
  wire [19:0] col2_t0_0s;
  wire [19:0] col2_t0_0c;
  wire [19:0] col2_sum;
  wire [8:0] p0_3_p0;
  wire [8:0] p0_3_p1;
  wire [8:0] p0_3_p2;
  wire [8:0] p0_3_p3;
  wire [8:0] p1_3_p0;
  wire [8:0] p1_3_p1;
  wire [8:0] p1_3_p2;
  wire [8:0] p1_3_p3;
  wire [8:0] p2_3_p0;
  wire [8:0] p2_3_p1;
  wire [8:0] p2_3_p2;
  wire [8:0] p2_3_p3;
  wire [8:0] p3_3_p0;
  wire [8:0] p3_3_p1;
  wire [8:0] p3_3_p2;
  wire [8:0] p3_3_p3;
  wire [8:0] p4_3_p0;
  wire [8:0] p4_3_p1;
  wire [8:0] p4_3_p2;
  wire [8:0] p4_3_p3;
  wire [8:0] p5_3_p0;
  wire [8:0] p5_3_p1;
  wire [8:0] p5_3_p2;
  wire [8:0] p5_3_p3;
  wire [8:0] p6_3_p0;
  wire [8:0] p6_3_p1;
  wire [8:0] p6_3_p2;
  wire [8:0] p6_3_p3;
  wire [8:0] p7_3_p0;
  wire [8:0] p7_3_p1;
  wire [8:0] p7_3_p2;
  wire [8:0] p7_3_p3;
  wire [8:0] p8_3_p0;
  wire [8:0] p8_3_p1;
  wire [8:0] p8_3_p2;
  wire [8:0] p8_3_p3;
  wire [8:0] p9_3_p0;
  wire [8:0] p9_3_p1;
  wire [8:0] p9_3_p2;
  wire [8:0] p9_3_p3;
  wire [8:0] p10_3_p0;
  wire [8:0] p10_3_p1;
  wire [8:0] p10_3_p2;
  wire [8:0] p10_3_p3;
  wire [8:0] p11_3_p0;
  wire [8:0] p11_3_p1;
  wire [8:0] p11_3_p2;
  wire [8:0] p11_3_p3;
  wire [8:0] p12_3_p0;
  wire [8:0] p12_3_p1;
  wire [8:0] p12_3_p2;
  wire [8:0] p12_3_p3;
  wire [8:0] p13_3_p0;
  wire [8:0] p13_3_p1;
  wire [8:0] p13_3_p2;
  wire [8:0] p13_3_p3;
  wire [8:0] p14_3_p0;
  wire [8:0] p14_3_p1;
  wire [8:0] p14_3_p2;
  wire [8:0] p14_3_p3;
  wire [8:0] p15_3_p0;
  wire [8:0] p15_3_p1;
  wire [8:0] p15_3_p2;
  wire [8:0] p15_3_p3;
  wire [11:0] c3_j0_l0_g0_x0;
  wire [11:0] c3_j0_l0_g0_x1;
  wire [11:0] c3_j0_l0_g0_x2;
  wire [11:0] c3_j0_l0_g0_x3;
  wire [11:0] c3_j0_l0_g0_x4;
  wire [11:0] c3_j0_l0_g0_t0_0s;
  wire [11:0] c3_j0_l0_g0_t0_0c;
  wire [11:0] c3_j0_l0_g0_t1_0s;
  wire [11:0] c3_j0_l0_g0_t1_0c;
  wire [11:0] c3_j0_l0_g0_sum;
  wire [11:0] c3_j0_l0_g1_x0;
  wire [11:0] c3_j0_l0_g1_x1;
  wire [11:0] c3_j0_l0_g1_x2;
  wire [11:0] c3_j0_l0_g1_x3;
  wire [11:0] c3_j0_l0_g1_x4;
  wire [11:0] c3_j0_l0_g1_t0_0s;
  wire [11:0] c3_j0_l0_g1_t0_0c;
  wire [11:0] c3_j0_l0_g1_t1_0s;
  wire [11:0] c3_j0_l0_g1_t1_0c;
  wire [11:0] c3_j0_l0_g1_sum;
  wire [11:0] c3_j0_l0_g2_x0;
  wire [11:0] c3_j0_l0_g2_x1;
  wire [11:0] c3_j0_l0_g2_x2;
  wire [11:0] c3_j0_l0_g2_x3;
  wire [11:0] c3_j0_l0_g2_x4;
  wire [11:0] c3_j0_l0_g2_t0_0s;
  wire [11:0] c3_j0_l0_g2_t0_0c;
  wire [11:0] c3_j0_l0_g2_t1_0s;
  wire [11:0] c3_j0_l0_g2_t1_0c;
  wire [11:0] c3_j0_l0_g2_sum;
  wire [11:0] c3_j0_l0_g3_x0;
  wire [11:0] c3_j0_l0_g3_x1;
  wire [11:0] c3_j0_l0_g3_x2;
  wire [11:0] c3_j0_l0_g3_x3;
  wire [11:0] c3_j0_l0_g3_x4;
  wire [11:0] c3_j0_l0_g3_t0_0s;
  wire [11:0] c3_j0_l0_g3_t0_0c;
  wire [11:0] c3_j0_l0_g3_t1_0s;
  wire [11:0] c3_j0_l0_g3_t1_0c;
  wire [11:0] c3_j0_l0_g3_sum;
  wire [13:0] c3_j0_l1_g0_x0;
  wire [13:0] c3_j0_l1_g0_x1;
  wire [13:0] c3_j0_l1_g0_x2;
  wire [13:0] c3_j0_l1_g0_x3;
  wire [13:0] c3_j0_l1_g0_t0_0s;
  wire [13:0] c3_j0_l1_g0_t0_0c;
  wire [13:0] c3_j0_l1_g0_sum;
  wire [19:0] c3_v0;
  wire [11:0] c3_j1_l0_g0_x0;
  wire [11:0] c3_j1_l0_g0_x1;
  wire [11:0] c3_j1_l0_g0_x2;
  wire [11:0] c3_j1_l0_g0_x3;
  wire [11:0] c3_j1_l0_g0_x4;
  wire [11:0] c3_j1_l0_g0_t0_0s;
  wire [11:0] c3_j1_l0_g0_t0_0c;
  wire [11:0] c3_j1_l0_g0_t1_0s;
  wire [11:0] c3_j1_l0_g0_t1_0c;
  wire [11:0] c3_j1_l0_g0_sum;
  wire [11:0] c3_j1_l0_g1_x0;
  wire [11:0] c3_j1_l0_g1_x1;
  wire [11:0] c3_j1_l0_g1_x2;
  wire [11:0] c3_j1_l0_g1_x3;
  wire [11:0] c3_j1_l0_g1_x4;
  wire [11:0] c3_j1_l0_g1_t0_0s;
  wire [11:0] c3_j1_l0_g1_t0_0c;
  wire [11:0] c3_j1_l0_g1_t1_0s;
  wire [11:0] c3_j1_l0_g1_t1_0c;
  wire [11:0] c3_j1_l0_g1_sum;
  wire [11:0] c3_j1_l0_g2_x0;
  wire [11:0] c3_j1_l0_g2_x1;
  wire [11:0] c3_j1_l0_g2_x2;
  wire [11:0] c3_j1_l0_g2_x3;
  wire [11:0] c3_j1_l0_g2_x4;
  wire [11:0] c3_j1_l0_g2_t0_0s;
  wire [11:0] c3_j1_l0_g2_t0_0c;
  wire [11:0] c3_j1_l0_g2_t1_0s;
  wire [11:0] c3_j1_l0_g2_t1_0c;
  wire [11:0] c3_j1_l0_g2_sum;
  wire [11:0] c3_j1_l0_g3_x0;
  wire [11:0] c3_j1_l0_g3_x1;
  wire [11:0] c3_j1_l0_g3_x2;
  wire [11:0] c3_j1_l0_g3_x3;
  wire [11:0] c3_j1_l0_g3_x4;
  wire [11:0] c3_j1_l0_g3_t0_0s;
  wire [11:0] c3_j1_l0_g3_t0_0c;
  wire [11:0] c3_j1_l0_g3_t1_0s;
  wire [11:0] c3_j1_l0_g3_t1_0c;
  wire [11:0] c3_j1_l0_g3_sum;
  wire [13:0] c3_j1_l1_g0_x0;
  wire [13:0] c3_j1_l1_g0_x1;
  wire [13:0] c3_j1_l1_g0_x2;
  wire [13:0] c3_j1_l1_g0_x3;
  wire [13:0] c3_j1_l1_g0_t0_0s;
  wire [13:0] c3_j1_l1_g0_t0_0c;
  wire [13:0] c3_j1_l1_g0_sum;
  wire [19:0] c3_v1;
  wire [11:0] c3_j2_l0_g0_x0;
  wire [11:0] c3_j2_l0_g0_x1;
  wire [11:0] c3_j2_l0_g0_x2;
  wire [11:0] c3_j2_l0_g0_x3;
  wire [11:0] c3_j2_l0_g0_x4;
  wire [11:0] c3_j2_l0_g0_t0_0s;
  wire [11:0] c3_j2_l0_g0_t0_0c;
  wire [11:0] c3_j2_l0_g0_t1_0s;
  wire [11:0] c3_j2_l0_g0_t1_0c;
  wire [11:0] c3_j2_l0_g0_sum;
  wire [11:0] c3_j2_l0_g1_x0;
  wire [11:0] c3_j2_l0_g1_x1;
  wire [11:0] c3_j2_l0_g1_x2;
  wire [11:0] c3_j2_l0_g1_x3;
  wire [11:0] c3_j2_l0_g1_x4;
  wire [11:0] c3_j2_l0_g1_t0_0s;
  wire [11:0] c3_j2_l0_g1_t0_0c;
  wire [11:0] c3_j2_l0_g1_t1_0s;
  wire [11:0] c3_j2_l0_g1_t1_0c;
  wire [11:0] c3_j2_l0_g1_sum;
  wire [11:0] c3_j2_l0_g2_x0;
  wire [11:0] c3_j2_l0_g2_x1;
  wire [11:0] c3_j2_l0_g2_x2;
  wire [11:0] c3_j2_l0_g2_x3;
  wire [11:0] c3_j2_l0_g2_x4;
  wire [11:0] c3_j2_l0_g2_t0_0s;
  wire [11:0] c3_j2_l0_g2_t0_0c;
  wire [11:0] c3_j2_l0_g2_t1_0s;
  wire [11:0] c3_j2_l0_g2_t1_0c;
  wire [11:0] c3_j2_l0_g2_sum;
  wire [11:0] c3_j2_l0_g3_x0;
  wire [11:0] c3_j2_l0_g3_x1;
  wire [11:0] c3_j2_l0_g3_x2;
  wire [11:0] c3_j2_l0_g3_x3;
  wire [11:0] c3_j2_l0_g3_x4;
  wire [11:0] c3_j2_l0_g3_t0_0s;
  wire [11:0] c3_j2_l0_g3_t0_0c;
  wire [11:0] c3_j2_l0_g3_t1_0s;
  wire [11:0] c3_j2_l0_g3_t1_0c;
  wire [11:0] c3_j2_l0_g3_sum;
  wire [13:0] c3_j2_l1_g0_x0;
  wire [13:0] c3_j2_l1_g0_x1;
  wire [13:0] c3_j2_l1_g0_x2;
  wire [13:0] c3_j2_l1_g0_x3;
  wire [13:0] c3_j2_l1_g0_t0_0s;
  wire [13:0] c3_j2_l1_g0_t0_0c;
  wire [13:0] c3_j2_l1_g0_sum;
  wire [19:0] c3_v2;
  wire [11:0] c3_j3_l0_g0_x0;
  wire [11:0] c3_j3_l0_g0_x1;
  wire [11:0] c3_j3_l0_g0_x2;
  wire [11:0] c3_j3_l0_g0_x3;
  wire [11:0] c3_j3_l0_g0_x4;
  wire [11:0] c3_j3_l0_g0_t0_0s;
  wire [11:0] c3_j3_l0_g0_t0_0c;
  wire [11:0] c3_j3_l0_g0_t1_0s;
  wire [11:0] c3_j3_l0_g0_t1_0c;
  wire [11:0] c3_j3_l0_g0_sum;
  wire [11:0] c3_j3_l0_g1_x0;
  wire [11:0] c3_j3_l0_g1_x1;
  wire [11:0] c3_j3_l0_g1_x2;
  wire [11:0] c3_j3_l0_g1_x3;
  wire [11:0] c3_j3_l0_g1_x4;
  wire [11:0] c3_j3_l0_g1_t0_0s;
  wire [11:0] c3_j3_l0_g1_t0_0c;
  wire [11:0] c3_j3_l0_g1_t1_0s;
  wire [11:0] c3_j3_l0_g1_t1_0c;
  wire [11:0] c3_j3_l0_g1_sum;
  wire [11:0] c3_j3_l0_g2_x0;
  wire [11:0] c3_j3_l0_g2_x1;
  wire [11:0] c3_j3_l0_g2_x2;
  wire [11:0] c3_j3_l0_g2_x3;
  wire [11:0] c3_j3_l0_g2_x4;
  wire [11:0] c3_j3_l0_g2_t0_0s;
  wire [11:0] c3_j3_l0_g2_t0_0c;
  wire [11:0] c3_j3_l0_g2_t1_0s;
  wire [11:0] c3_j3_l0_g2_t1_0c;
  wire [11:0] c3_j3_l0_g2_sum;
  wire [11:0] c3_j3_l0_g3_x0;
  wire [11:0] c3_j3_l0_g3_x1;
  wire [11:0] c3_j3_l0_g3_x2;
  wire [11:0] c3_j3_l0_g3_x3;
  wire [11:0] c3_j3_l0_g3_x4;
  wire [11:0] c3_j3_l0_g3_t0_0s;
  wire [11:0] c3_j3_l0_g3_t0_0c;
  wire [11:0] c3_j3_l0_g3_t1_0s;
  wire [11:0] c3_j3_l0_g3_t1_0c;
  wire [11:0] c3_j3_l0_g3_sum;
  wire [13:0] c3_j3_l1_g0_x0;
  wire [13:0] c3_j3_l1_g0_x1;
  wire [13:0] c3_j3_l1_g0_x2;
  wire [13:0] c3_j3_l1_g0_x3;
  wire [13:0] c3_j3_l1_g0_t0_0s;
  wire [13:0] c3_j3_l1_g0_t0_0c;
  wire [13:0] c3_j3_l1_g0_sum;
  wire [19:0] c3_v3;
  wire [19:0] col3_t0_0s;
  wire [19:0] col3_t0_0c;
  wire [19:0] col3_sum;
  wire [8:0] p0_4_p0;
  wire [8:0] p0_4_p1;
  wire [8:0] p0_4_p2;
  wire [8:0] p0_4_p3;
  wire [8:0] p1_4_p0;
  wire [8:0] p1_4_p1;
  wire [8:0] p1_4_p2;
  wire [8:0] p1_4_p3;
  wire [8:0] p2_4_p0;
  wire [8:0] p2_4_p1;
  wire [8:0] p2_4_p2;
  wire [8:0] p2_4_p3;
  wire [8:0] p3_4_p0;
  wire [8:0] p3_4_p1;
  wire [8:0] p3_4_p2;
  wire [8:0] p3_4_p3;
  wire [8:0] p4_4_p0;
  wire [8:0] p4_4_p1;
  wire [8:0] p4_4_p2;
  wire [8:0] p4_4_p3;
  wire [8:0] p5_4_p0;
  wire [8:0] p5_4_p1;
  wire [8:0] p5_4_p2;
  wire [8:0] p5_4_p3;
  wire [8:0] p6_4_p0;
  wire [8:0] p6_4_p1;
  wire [8:0] p6_4_p2;
  wire [8:0] p6_4_p3;
  wire [8:0] p7_4_p0;
  wire [8:0] p7_4_p1;
  wire [8:0] p7_4_p2;
  wire [8:0] p7_4_p3;
  wire [8:0] p8_4_p0;
  wire [8:0] p8_4_p1;
  wire [8:0] p8_4_p2;
  wire [8:0] p8_4_p3;
  wire [8:0] p9_4_p0;
  wire [8:0] p9_4_p1;
  wire [8:0] p9_4_p2;
  wire [8:0] p9_4_p3;
  wire [8:0] p10_4_p0;
  wire [8:0] p10_4_p1;
  wire [8:0] p10_4_p2;
  wire [8:0] p10_4_p3;
  wire [8:0] p11_4_p0;
  wire [8:0] p11_4_p1;
  wire [8:0] p11_4_p2;
  wire [8:0] p11_4_p3;
  wire [8:0] p12_4_p0;
  wire [8:0] p12_4_p1;
  wire [8:0] p12_4_p2;
  wire [8:0] p12_4_p3;
  wire [8:0] p13_4_p0;
  wire [8:0] p13_4_p1;
  wire [8:0] p13_4_p2;
  wire [8:0] p13_4_p3;
  wire [8:0] p14_4_p0;
  wire [8:0] p14_4_p1;
  wire [8:0] p14_4_p2;
  wire [8:0] p14_4_p3;
  wire [8:0] p15_4_p0;
  wire [8:0] p15_4_p1;
  wire [8:0] p15_4_p2;
  wire [8:0] p15_4_p3;
  wire [11:0] c4_j0_l0_g0_x0;
  wire [11:0] c4_j0_l0_g0_x1;
  wire [11:0] c4_j0_l0_g0_x2;
  wire [11:0] c4_j0_l0_g0_x3;
  wire [11:0] c4_j0_l0_g0_x4;
  wire [11:0] c4_j0_l0_g0_t0_0s;
  wire [11:0] c4_j0_l0_g0_t0_0c;
  wire [11:0] c4_j0_l0_g0_t1_0s;
  wire [11:0] c4_j0_l0_g0_t1_0c;
  wire [11:0] c4_j0_l0_g0_sum;
  wire [11:0] c4_j0_l0_g1_x0;
  wire [11:0] c4_j0_l0_g1_x1;
  wire [11:0] c4_j0_l0_g1_x2;
  wire [11:0] c4_j0_l0_g1_x3;
  wire [11:0] c4_j0_l0_g1_x4;
  wire [11:0] c4_j0_l0_g1_t0_0s;
  wire [11:0] c4_j0_l0_g1_t0_0c;
  wire [11:0] c4_j0_l0_g1_t1_0s;
  wire [11:0] c4_j0_l0_g1_t1_0c;
  wire [11:0] c4_j0_l0_g1_sum;
  wire [11:0] c4_j0_l0_g2_x0;
  wire [11:0] c4_j0_l0_g2_x1;
  wire [11:0] c4_j0_l0_g2_x2;
  wire [11:0] c4_j0_l0_g2_x3;
  wire [11:0] c4_j0_l0_g2_x4;
  wire [11:0] c4_j0_l0_g2_t0_0s;
  wire [11:0] c4_j0_l0_g2_t0_0c;
  wire [11:0] c4_j0_l0_g2_t1_0s;
  wire [11:0] c4_j0_l0_g2_t1_0c;
  wire [11:0] c4_j0_l0_g2_sum;
  wire [11:0] c4_j0_l0_g3_x0;
  wire [11:0] c4_j0_l0_g3_x1;
  wire [11:0] c4_j0_l0_g3_x2;
  wire [11:0] c4_j0_l0_g3_x3;
  wire [11:0] c4_j0_l0_g3_x4;
  wire [11:0] c4_j0_l0_g3_t0_0s;
  wire [11:0] c4_j0_l0_g3_t0_0c;
  wire [11:0] c4_j0_l0_g3_t1_0s;
  wire [11:0] c4_j0_l0_g3_t1_0c;
  wire [11:0] c4_j0_l0_g3_sum;
  wire [13:0] c4_j0_l1_g0_x0;
  wire [13:0] c4_j0_l1_g0_x1;
  wire [13:0] c4_j0_l1_g0_x2;
  wire [13:0] c4_j0_l1_g0_x3;
  wire [13:0] c4_j0_l1_g0_t0_0s;
  wire [13:0] c4_j0_l1_g0_t0_0c;
  wire [13:0] c4_j0_l1_g0_sum;
  wire [19:0] c4_v0;
  wire [11:0] c4_j1_l0_g0_x0;
  wire [11:0] c4_j1_l0_g0_x1;
  wire [11:0] c4_j1_l0_g0_x2;
  wire [11:0] c4_j1_l0_g0_x3;
  wire [11:0] c4_j1_l0_g0_x4;
  wire [11:0] c4_j1_l0_g0_t0_0s;
  wire [11:0] c4_j1_l0_g0_t0_0c;
  wire [11:0] c4_j1_l0_g0_t1_0s;
  wire [11:0] c4_j1_l0_g0_t1_0c;
  wire [11:0] c4_j1_l0_g0_sum;
  wire [11:0] c4_j1_l0_g1_x0;
  wire [11:0] c4_j1_l0_g1_x1;
  wire [11:0] c4_j1_l0_g1_x2;
  wire [11:0] c4_j1_l0_g1_x3;
  wire [11:0] c4_j1_l0_g1_x4;
  wire [11:0] c4_j1_l0_g1_t0_0s;
  wire [11:0] c4_j1_l0_g1_t0_0c;
  wire [11:0] c4_j1_l0_g1_t1_0s;
  wire [11:0] c4_j1_l0_g1_t1_0c;
  wire [11:0] c4_j1_l0_g1_sum;
  wire [11:0] c4_j1_l0_g2_x0;
  wire [11:0] c4_j1_l0_g2_x1;
  wire [11:0] c4_j1_l0_g2_x2;
  wire [11:0] c4_j1_l0_g2_x3;
  wire [11:0] c4_j1_l0_g2_x4;
  wire [11:0] c4_j1_l0_g2_t0_0s;
  wire [11:0] c4_j1_l0_g2_t0_0c;
  wire [11:0] c4_j1_l0_g2_t1_0s;
  wire [11:0] c4_j1_l0_g2_t1_0c;
  wire [11:0] c4_j1_l0_g2_sum;
  wire [11:0] c4_j1_l0_g3_x0;
  wire [11:0] c4_j1_l0_g3_x1;
  wire [11:0] c4_j1_l0_g3_x2;
  wire [11:0] c4_j1_l0_g3_x3;
  wire [11:0] c4_j1_l0_g3_x4;
  wire [11:0] c4_j1_l0_g3_t0_0s;
  wire [11:0] c4_j1_l0_g3_t0_0c;
  wire [11:0] c4_j1_l0_g3_t1_0s;
  wire [11:0] c4_j1_l0_g3_t1_0c;
  wire [11:0] c4_j1_l0_g3_sum;
  wire [13:0] c4_j1_l1_g0_x0;
  wire [13:0] c4_j1_l1_g0_x1;
  wire [13:0] c4_j1_l1_g0_x2;
  wire [13:0] c4_j1_l1_g0_x3;
  wire [13:0] c4_j1_l1_g0_t0_0s;
  wire [13:0] c4_j1_l1_g0_t0_0c;
  wire [13:0] c4_j1_l1_g0_sum;
  wire [19:0] c4_v1;
  wire [11:0] c4_j2_l0_g0_x0;
  wire [11:0] c4_j2_l0_g0_x1;
  wire [11:0] c4_j2_l0_g0_x2;
  wire [11:0] c4_j2_l0_g0_x3;
  wire [11:0] c4_j2_l0_g0_x4;
  wire [11:0] c4_j2_l0_g0_t0_0s;
  wire [11:0] c4_j2_l0_g0_t0_0c;
  wire [11:0] c4_j2_l0_g0_t1_0s;
  wire [11:0] c4_j2_l0_g0_t1_0c;
  wire [11:0] c4_j2_l0_g0_sum;
  wire [11:0] c4_j2_l0_g1_x0;
  wire [11:0] c4_j2_l0_g1_x1;
  wire [11:0] c4_j2_l0_g1_x2;
  wire [11:0] c4_j2_l0_g1_x3;
  wire [11:0] c4_j2_l0_g1_x4;
  wire [11:0] c4_j2_l0_g1_t0_0s;
  wire [11:0] c4_j2_l0_g1_t0_0c;
  wire [11:0] c4_j2_l0_g1_t1_0s;
  wire [11:0] c4_j2_l0_g1_t1_0c;
  wire [11:0] c4_j2_l0_g1_sum;
  wire [11:0] c4_j2_l0_g2_x0;
  wire [11:0] c4_j2_l0_g2_x1;
  wire [11:0] c4_j2_l0_g2_x2;
  wire [11:0] c4_j2_l0_g2_x3;
  wire [11:0] c4_j2_l0_g2_x4;
  wire [11:0] c4_j2_l0_g2_t0_0s;
  wire [11:0] c4_j2_l0_g2_t0_0c;
  wire [11:0] c4_j2_l0_g2_t1_0s;
  wire [11:0] c4_j2_l0_g2_t1_0c;
  wire [11:0] c4_j2_l0_g2_sum;
  wire [11:0] c4_j2_l0_g3_x0;
  wire [11:0] c4_j2_l0_g3_x1;
  wire [11:0] c4_j2_l0_g3_x2;
  wire [11:0] c4_j2_l0_g3_x3;
  wire [11:0] c4_j2_l0_g3_x4;
  wire [11:0] c4_j2_l0_g3_t0_0s;
  wire [11:0] c4_j2_l0_g3_t0_0c;
  wire [11:0] c4_j2_l0_g3_t1_0s;
  wire [11:0] c4_j2_l0_g3_t1_0c;
  wire [11:0] c4_j2_l0_g3_sum;
  wire [13:0] c4_j2_l1_g0_x0;
  wire [13:0] c4_j2_l1_g0_x1;
  wire [13:0] c4_j2_l1_g0_x2;
  wire [13:0] c4_j2_l1_g0_x3;
  wire [13:0] c4_j2_l1_g0_t0_0s;
  wire [13:0] c4_j2_l1_g0_t0_0c;
  wire [13:0] c4_j2_l1_g0_sum;
  wire [19:0] c4_v2;
  wire [11:0] c4_j3_l0_g0_x0;
  wire [11:0] c4_j3_l0_g0_x1;
  wire [11:0] c4_j3_l0_g0_x2;
  wire [11:0] c4_j3_l0_g0_x3;
  wire [11:0] c4_j3_l0_g0_x4;
  wire [11:0] c4_j3_l0_g0_t0_0s;
  wire [11:0] c4_j3_l0_g0_t0_0c;
  wire [11:0] c4_j3_l0_g0_t1_0s;
  wire [11:0] c4_j3_l0_g0_t1_0c;
  wire [11:0] c4_j3_l0_g0_sum;
  wire [11:0] c4_j3_l0_g1_x0;
  wire [11:0] c4_j3_l0_g1_x1;
  wire [11:0] c4_j3_l0_g1_x2;
  wire [11:0] c4_j3_l0_g1_x3;
  wire [11:0] c4_j3_l0_g1_x4;
  wire [11:0] c4_j3_l0_g1_t0_0s;
  wire [11:0] c4_j3_l0_g1_t0_0c;
  wire [11:0] c4_j3_l0_g1_t1_0s;
  wire [11:0] c4_j3_l0_g1_t1_0c;
  wire [11:0] c4_j3_l0_g1_sum;
  wire [11:0] c4_j3_l0_g2_x0;
  wire [11:0] c4_j3_l0_g2_x1;
  wire [11:0] c4_j3_l0_g2_x2;
  wire [11:0] c4_j3_l0_g2_x3;
  wire [11:0] c4_j3_l0_g2_x4;
  wire [11:0] c4_j3_l0_g2_t0_0s;
  wire [11:0] c4_j3_l0_g2_t0_0c;
  wire [11:0] c4_j3_l0_g2_t1_0s;
  wire [11:0] c4_j3_l0_g2_t1_0c;
  wire [11:0] c4_j3_l0_g2_sum;
  wire [11:0] c4_j3_l0_g3_x0;
  wire [11:0] c4_j3_l0_g3_x1;
  wire [11:0] c4_j3_l0_g3_x2;
  wire [11:0] c4_j3_l0_g3_x3;
  wire [11:0] c4_j3_l0_g3_x4;
  wire [11:0] c4_j3_l0_g3_t0_0s;
  wire [11:0] c4_j3_l0_g3_t0_0c;
  wire [11:0] c4_j3_l0_g3_t1_0s;
  wire [11:0] c4_j3_l0_g3_t1_0c;
  wire [11:0] c4_j3_l0_g3_sum;
  wire [13:0] c4_j3_l1_g0_x0;
  wire [13:0] c4_j3_l1_g0_x1;
  wire [13:0] c4_j3_l1_g0_x2;
  wire [13:0] c4_j3_l1_g0_x3;
  wire [13:0] c4_j3_l1_g0_t0_0s;
  wire [13:0] c4_j3_l1_g0_t0_0c;
  wire [13:0] c4_j3_l1_g0_sum;
  wire [19:0] c4_v3;
  wire [19:0] col4_t0_0s;
  wire [19:0] col4_t0_0c;
  wire [19:0] col4_sum;
  wire [8:0] p0_5_p0;
  wire [8:0] p0_5_p1;
  wire [8:0] p0_5_p2;
  wire [8:0] p0_5_p3;
  wire [8:0] p1_5_p0;
  wire [8:0] p1_5_p1;
  wire [8:0] p1_5_p2;
  wire [8:0] p1_5_p3;
  wire [8:0] p2_5_p0;
  wire [8:0] p2_5_p1;
  wire [8:0] p2_5_p2;
  wire [8:0] p2_5_p3;
  wire [8:0] p3_5_p0;
  wire [8:0] p3_5_p1;
  wire [8:0] p3_5_p2;
  wire [8:0] p3_5_p3;
  wire [8:0] p4_5_p0;
  wire [8:0] p4_5_p1;
  wire [8:0] p4_5_p2;
  wire [8:0] p4_5_p3;
  wire [8:0] p5_5_p0;
  wire [8:0] p5_5_p1;
  wire [8:0] p5_5_p2;
  wire [8:0] p5_5_p3;
  wire [8:0] p6_5_p0;
  wire [8:0] p6_5_p1;
  wire [8:0] p6_5_p2;
  wire [8:0] p6_5_p3;
  wire [8:0] p7_5_p0;
  wire [8:0] p7_5_p1;
  wire [8:0] p7_5_p2;
  wire [8:0] p7_5_p3;
  wire [8:0] p8_5_p0;
  wire [8:0] p8_5_p1;
  wire [8:0] p8_5_p2;
  wire [8:0] p8_5_p3;
  wire [8:0] p9_5_p0;
  wire [8:0] p9_5_p1;
  wire [8:0] p9_5_p2;
  wire [8:0] p9_5_p3;
  wire [8:0] p10_5_p0;
  wire [8:0] p10_5_p1;
  wire [8:0] p10_5_p2;
  wire [8:0] p10_5_p3;
  wire [8:0] p11_5_p0;
  wire [8:0] p11_5_p1;
  wire [8:0] p11_5_p2;
  wire [8:0] p11_5_p3;
  wire [8:0] p12_5_p0;
  wire [8:0] p12_5_p1;
  wire [8:0] p12_5_p2;
  wire [8:0] p12_5_p3;
  wire [8:0] p13_5_p0;
  wire [8:0] p13_5_p1;
  wire [8:0] p13_5_p2;
  wire [8:0] p13_5_p3;
  wire [8:0] p14_5_p0;
  wire [8:0] p14_5_p1;
  wire [8:0] p14_5_p2;
  wire [8:0] p14_5_p3;
  wire [8:0] p15_5_p0;
  wire [8:0] p15_5_p1;
  wire [8:0] p15_5_p2;
  wire [8:0] p15_5_p3;
  wire [11:0] c5_j0_l0_g0_x0;
  wire [11:0] c5_j0_l0_g0_x1;
  wire [11:0] c5_j0_l0_g0_x2;
  wire [11:0] c5_j0_l0_g0_x3;
  wire [11:0] c5_j0_l0_g0_x4;
  wire [11:0] c5_j0_l0_g0_t0_0s;
  wire [11:0] c5_j0_l0_g0_t0_0c;
  wire [11:0] c5_j0_l0_g0_t1_0s;
  wire [11:0] c5_j0_l0_g0_t1_0c;
  wire [11:0] c5_j0_l0_g0_sum;
  wire [11:0] c5_j0_l0_g1_x0;
  wire [11:0] c5_j0_l0_g1_x1;
  wire [11:0] c5_j0_l0_g1_x2;
  wire [11:0] c5_j0_l0_g1_x3;
  wire [11:0] c5_j0_l0_g1_x4;
  wire [11:0] c5_j0_l0_g1_t0_0s;
  wire [11:0] c5_j0_l0_g1_t0_0c;
  wire [11:0] c5_j0_l0_g1_t1_0s;
  wire [11:0] c5_j0_l0_g1_t1_0c;
  wire [11:0] c5_j0_l0_g1_sum;
  wire [11:0] c5_j0_l0_g2_x0;
  wire [11:0] c5_j0_l0_g2_x1;
  wire [11:0] c5_j0_l0_g2_x2;
  wire [11:0] c5_j0_l0_g2_x3;
  wire [11:0] c5_j0_l0_g2_x4;
  wire [11:0] c5_j0_l0_g2_t0_0s;
  wire [11:0] c5_j0_l0_g2_t0_0c;
  wire [11:0] c5_j0_l0_g2_t1_0s;
  wire [11:0] c5_j0_l0_g2_t1_0c;
  wire [11:0] c5_j0_l0_g2_sum;
  wire [11:0] c5_j0_l0_g3_x0;
  wire [11:0] c5_j0_l0_g3_x1;
  wire [11:0] c5_j0_l0_g3_x2;
  wire [11:0] c5_j0_l0_g3_x3;
  wire [11:0] c5_j0_l0_g3_x4;
  wire [11:0] c5_j0_l0_g3_t0_0s;
  wire [11:0] c5_j0_l0_g3_t0_0c;
  wire [11:0] c5_j0_l0_g3_t1_0s;
  wire [11:0] c5_j0_l0_g3_t1_0c;
  wire [11:0] c5_j0_l0_g3_sum;
  wire [13:0] c5_j0_l1_g0_x0;
  wire [13:0] c5_j0_l1_g0_x1;
  wire [13:0] c5_j0_l1_g0_x2;
  wire [13:0] c5_j0_l1_g0_x3;
  wire [13:0] c5_j0_l1_g0_t0_0s;
  wire [13:0] c5_j0_l1_g0_t0_0c;
  wire [13:0] c5_j0_l1_g0_sum;
  wire [19:0] c5_v0;
  wire [11:0] c5_j1_l0_g0_x0;
  wire [11:0] c5_j1_l0_g0_x1;
  wire [11:0] c5_j1_l0_g0_x2;
  wire [11:0] c5_j1_l0_g0_x3;
  wire [11:0] c5_j1_l0_g0_x4;
  wire [11:0] c5_j1_l0_g0_t0_0s;
  wire [11:0] c5_j1_l0_g0_t0_0c;
  wire [11:0] c5_j1_l0_g0_t1_0s;
  wire [11:0] c5_j1_l0_g0_t1_0c;
  wire [11:0] c5_j1_l0_g0_sum;
  wire [11:0] c5_j1_l0_g1_x0;
  wire [11:0] c5_j1_l0_g1_x1;
  wire [11:0] c5_j1_l0_g1_x2;
  wire [11:0] c5_j1_l0_g1_x3;
  wire [11:0] c5_j1_l0_g1_x4;
  wire [11:0] c5_j1_l0_g1_t0_0s;
  wire [11:0] c5_j1_l0_g1_t0_0c;
  wire [11:0] c5_j1_l0_g1_t1_0s;
  wire [11:0] c5_j1_l0_g1_t1_0c;
  wire [11:0] c5_j1_l0_g1_sum;
  wire [11:0] c5_j1_l0_g2_x0;
  wire [11:0] c5_j1_l0_g2_x1;
  wire [11:0] c5_j1_l0_g2_x2;
  wire [11:0] c5_j1_l0_g2_x3;
  wire [11:0] c5_j1_l0_g2_x4;
  wire [11:0] c5_j1_l0_g2_t0_0s;
  wire [11:0] c5_j1_l0_g2_t0_0c;
  wire [11:0] c5_j1_l0_g2_t1_0s;
  wire [11:0] c5_j1_l0_g2_t1_0c;
  wire [11:0] c5_j1_l0_g2_sum;
  wire [11:0] c5_j1_l0_g3_x0;
  wire [11:0] c5_j1_l0_g3_x1;
  wire [11:0] c5_j1_l0_g3_x2;
  wire [11:0] c5_j1_l0_g3_x3;
  wire [11:0] c5_j1_l0_g3_x4;
  wire [11:0] c5_j1_l0_g3_t0_0s;
  wire [11:0] c5_j1_l0_g3_t0_0c;
  wire [11:0] c5_j1_l0_g3_t1_0s;
  wire [11:0] c5_j1_l0_g3_t1_0c;
  wire [11:0] c5_j1_l0_g3_sum;
  wire [13:0] c5_j1_l1_g0_x0;
  wire [13:0] c5_j1_l1_g0_x1;
  wire [13:0] c5_j1_l1_g0_x2;
  wire [13:0] c5_j1_l1_g0_x3;
  wire [13:0] c5_j1_l1_g0_t0_0s;
  wire [13:0] c5_j1_l1_g0_t0_0c;
  wire [13:0] c5_j1_l1_g0_sum;
  wire [19:0] c5_v1;
  wire [11:0] c5_j2_l0_g0_x0;
  wire [11:0] c5_j2_l0_g0_x1;
  wire [11:0] c5_j2_l0_g0_x2;
  wire [11:0] c5_j2_l0_g0_x3;
  wire [11:0] c5_j2_l0_g0_x4;
  wire [11:0] c5_j2_l0_g0_t0_0s;
  wire [11:0] c5_j2_l0_g0_t0_0c;
  wire [11:0] c5_j2_l0_g0_t1_0s;
  wire [11:0] c5_j2_l0_g0_t1_0c;
  wire [11:0] c5_j2_l0_g0_sum;
  wire [11:0] c5_j2_l0_g1_x0;
  wire [11:0] c5_j2_l0_g1_x1;
  wire [11:0] c5_j2_l0_g1_x2;
  wire [11:0] c5_j2_l0_g1_x3;
  wire [11:0] c5_j2_l0_g1_x4;
  wire [11:0] c5_j2_l0_g1_t0_0s;
  wire [11:0] c5_j2_l0_g1_t0_0c;
  wire [11:0] c5_j2_l0_g1_t1_0s;
  wire [11:0] c5_j2_l0_g1_t1_0c;
  wire [11:0] c5_j2_l0_g1_sum;
  wire [11:0] c5_j2_l0_g2_x0;
  wire [11:0] c5_j2_l0_g2_x1;
  wire [11:0] c5_j2_l0_g2_x2;
  wire [11:0] c5_j2_l0_g2_x3;
  wire [11:0] c5_j2_l0_g2_x4;
  wire [11:0] c5_j2_l0_g2_t0_0s;
  wire [11:0] c5_j2_l0_g2_t0_0c;
  wire [11:0] c5_j2_l0_g2_t1_0s;
  wire [11:0] c5_j2_l0_g2_t1_0c;
  wire [11:0] c5_j2_l0_g2_sum;
  wire [11:0] c5_j2_l0_g3_x0;
  wire [11:0] c5_j2_l0_g3_x1;
  wire [11:0] c5_j2_l0_g3_x2;
  wire [11:0] c5_j2_l0_g3_x3;
  wire [11:0] c5_j2_l0_g3_x4;
  wire [11:0] c5_j2_l0_g3_t0_0s;
  wire [11:0] c5_j2_l0_g3_t0_0c;
  wire [11:0] c5_j2_l0_g3_t1_0s;
  wire [11:0] c5_j2_l0_g3_t1_0c;
  wire [11:0] c5_j2_l0_g3_sum;
  wire [13:0] c5_j2_l1_g0_x0;
  wire [13:0] c5_j2_l1_g0_x1;
  wire [13:0] c5_j2_l1_g0_x2;
  wire [13:0] c5_j2_l1_g0_x3;
  wire [13:0] c5_j2_l1_g0_t0_0s;
  wire [13:0] c5_j2_l1_g0_t0_0c;
  wire [13:0] c5_j2_l1_g0_sum;
  wire [19:0] c5_v2;
  wire [11:0] c5_j3_l0_g0_x0;
  wire [11:0] c5_j3_l0_g0_x1;
  wire [11:0] c5_j3_l0_g0_x2;
  wire [11:0] c5_j3_l0_g0_x3;
  wire [11:0] c5_j3_l0_g0_x4;
  wire [11:0] c5_j3_l0_g0_t0_0s;
  wire [11:0] c5_j3_l0_g0_t0_0c;
  wire [11:0] c5_j3_l0_g0_t1_0s;
  wire [11:0] c5_j3_l0_g0_t1_0c;
  wire [11:0] c5_j3_l0_g0_sum;
  wire [11:0] c5_j3_l0_g1_x0;
  wire [11:0] c5_j3_l0_g1_x1;
  wire [11:0] c5_j3_l0_g1_x2;
  wire [11:0] c5_j3_l0_g1_x3;
  wire [11:0] c5_j3_l0_g1_x4;
  wire [11:0] c5_j3_l0_g1_t0_0s;
  wire [11:0] c5_j3_l0_g1_t0_0c;
  wire [11:0] c5_j3_l0_g1_t1_0s;
  wire [11:0] c5_j3_l0_g1_t1_0c;
  wire [11:0] c5_j3_l0_g1_sum;
  wire [11:0] c5_j3_l0_g2_x0;
  wire [11:0] c5_j3_l0_g2_x1;
  wire [11:0] c5_j3_l0_g2_x2;
  wire [11:0] c5_j3_l0_g2_x3;
  wire [11:0] c5_j3_l0_g2_x4;
  wire [11:0] c5_j3_l0_g2_t0_0s;
  wire [11:0] c5_j3_l0_g2_t0_0c;
  wire [11:0] c5_j3_l0_g2_t1_0s;
  wire [11:0] c5_j3_l0_g2_t1_0c;
  wire [11:0] c5_j3_l0_g2_sum;
  wire [11:0] c5_j3_l0_g3_x0;
  wire [11:0] c5_j3_l0_g3_x1;
  wire [11:0] c5_j3_l0_g3_x2;
  wire [11:0] c5_j3_l0_g3_x3;
  wire [11:0] c5_j3_l0_g3_x4;
  wire [11:0] c5_j3_l0_g3_t0_0s;
  wire [11:0] c5_j3_l0_g3_t0_0c;
  wire [11:0] c5_j3_l0_g3_t1_0s;
  wire [11:0] c5_j3_l0_g3_t1_0c;
  wire [11:0] c5_j3_l0_g3_sum;
  wire [13:0] c5_j3_l1_g0_x0;
  wire [13:0] c5_j3_l1_g0_x1;
  wire [13:0] c5_j3_l1_g0_x2;
  wire [13:0] c5_j3_l1_g0_x3;
  wire [13:0] c5_j3_l1_g0_t0_0s;
  wire [13:0] c5_j3_l1_g0_t0_0c;
  wire [13:0] c5_j3_l1_g0_sum;
  wire [19:0] c5_v3;
  wire [19:0] col5_t0_0s;
  wire [19:0] col5_t0_0c;
  wire [19:0] col5_sum;
  wire [8:0] p0_6_p0;
  wire [8:0] p0_6_p1;
  wire [8:0] p0_6_p2;
  wire [8:0] p0_6_p3;
  wire [8:0] p1_6_p0;
  wire [8:0] p1_6_p1;
  wire [8:0] p1_6_p2;
  wire [8:0] p1_6_p3;
  wire [8:0] p2_6_p0;
  wire [8:0] p2_6_p1;
  wire [8:0] p2_6_p2;
  wire [8:0] p2_6_p3;
  wire [8:0] p3_6_p0;
  wire [8:0] p3_6_p1;
  wire [8:0] p3_6_p2;
  wire [8:0] p3_6_p3;
  wire [8:0] p4_6_p0;
  wire [8:0] p4_6_p1;
  wire [8:0] p4_6_p2;
  wire [8:0] p4_6_p3;
  wire [8:0] p5_6_p0;
  wire [8:0] p5_6_p1;
  wire [8:0] p5_6_p2;
  wire [8:0] p5_6_p3;
  wire [8:0] p6_6_p0;
  wire [8:0] p6_6_p1;
  wire [8:0] p6_6_p2;
  wire [8:0] p6_6_p3;
  wire [8:0] p7_6_p0;
  wire [8:0] p7_6_p1;
  wire [8:0] p7_6_p2;
  wire [8:0] p7_6_p3;
  wire [8:0] p8_6_p0;
  wire [8:0] p8_6_p1;
  wire [8:0] p8_6_p2;
  wire [8:0] p8_6_p3;
  wire [8:0] p9_6_p0;
  wire [8:0] p9_6_p1;
  wire [8:0] p9_6_p2;
  wire [8:0] p9_6_p3;
  wire [8:0] p10_6_p0;
  wire [8:0] p10_6_p1;
  wire [8:0] p10_6_p2;
  wire [8:0] p10_6_p3;
  wire [8:0] p11_6_p0;
  wire [8:0] p11_6_p1;
  wire [8:0] p11_6_p2;
  wire [8:0] p11_6_p3;
  wire [8:0] p12_6_p0;
  wire [8:0] p12_6_p1;
  wire [8:0] p12_6_p2;
  wire [8:0] p12_6_p3;
  wire [8:0] p13_6_p0;
  wire [8:0] p13_6_p1;
  wire [8:0] p13_6_p2;
  wire [8:0] p13_6_p3;
  wire [8:0] p14_6_p0;
  wire [8:0] p14_6_p1;
  wire [8:0] p14_6_p2;
  wire [8:0] p14_6_p3;
  wire [8:0] p15_6_p0;
  wire [8:0] p15_6_p1;
  wire [8:0] p15_6_p2;
  wire [8:0] p15_6_p3;
  wire [11:0] c6_j0_l0_g0_x0;
  wire [11:0] c6_j0_l0_g0_x1;
  wire [11:0] c6_j0_l0_g0_x2;
  wire [11:0] c6_j0_l0_g0_x3;
  wire [11:0] c6_j0_l0_g0_x4;
  wire [11:0] c6_j0_l0_g0_t0_0s;
  wire [11:0] c6_j0_l0_g0_t0_0c;
  wire [11:0] c6_j0_l0_g0_t1_0s;
  wire [11:0] c6_j0_l0_g0_t1_0c;
  wire [11:0] c6_j0_l0_g0_sum;
  wire [11:0] c6_j0_l0_g1_x0;
  wire [11:0] c6_j0_l0_g1_x1;
  wire [11:0] c6_j0_l0_g1_x2;
  wire [11:0] c6_j0_l0_g1_x3;
  wire [11:0] c6_j0_l0_g1_x4;
  wire [11:0] c6_j0_l0_g1_t0_0s;
  wire [11:0] c6_j0_l0_g1_t0_0c;
  wire [11:0] c6_j0_l0_g1_t1_0s;
  wire [11:0] c6_j0_l0_g1_t1_0c;
  wire [11:0] c6_j0_l0_g1_sum;
  wire [11:0] c6_j0_l0_g2_x0;
  wire [11:0] c6_j0_l0_g2_x1;
  wire [11:0] c6_j0_l0_g2_x2;
  wire [11:0] c6_j0_l0_g2_x3;
  wire [11:0] c6_j0_l0_g2_x4;
  wire [11:0] c6_j0_l0_g2_t0_0s;
  wire [11:0] c6_j0_l0_g2_t0_0c;
  wire [11:0] c6_j0_l0_g2_t1_0s;
  wire [11:0] c6_j0_l0_g2_t1_0c;
  wire [11:0] c6_j0_l0_g2_sum;
  wire [11:0] c6_j0_l0_g3_x0;
  wire [11:0] c6_j0_l0_g3_x1;
  wire [11:0] c6_j0_l0_g3_x2;
  wire [11:0] c6_j0_l0_g3_x3;
  wire [11:0] c6_j0_l0_g3_x4;
  wire [11:0] c6_j0_l0_g3_t0_0s;
  wire [11:0] c6_j0_l0_g3_t0_0c;
  wire [11:0] c6_j0_l0_g3_t1_0s;
  wire [11:0] c6_j0_l0_g3_t1_0c;
  wire [11:0] c6_j0_l0_g3_sum;
  wire [13:0] c6_j0_l1_g0_x0;
  wire [13:0] c6_j0_l1_g0_x1;
  wire [13:0] c6_j0_l1_g0_x2;
  wire [13:0] c6_j0_l1_g0_x3;
  wire [13:0] c6_j0_l1_g0_t0_0s;
  wire [13:0] c6_j0_l1_g0_t0_0c;
  wire [13:0] c6_j0_l1_g0_sum;
  wire [19:0] c6_v0;
  wire [11:0] c6_j1_l0_g0_x0;
  wire [11:0] c6_j1_l0_g0_x1;
  wire [11:0] c6_j1_l0_g0_x2;
  wire [11:0] c6_j1_l0_g0_x3;
  wire [11:0] c6_j1_l0_g0_x4;
  wire [11:0] c6_j1_l0_g0_t0_0s;
  wire [11:0] c6_j1_l0_g0_t0_0c;
  wire [11:0] c6_j1_l0_g0_t1_0s;
  wire [11:0] c6_j1_l0_g0_t1_0c;
  wire [11:0] c6_j1_l0_g0_sum;
  wire [11:0] c6_j1_l0_g1_x0;
  wire [11:0] c6_j1_l0_g1_x1;
  wire [11:0] c6_j1_l0_g1_x2;
  wire [11:0] c6_j1_l0_g1_x3;
  wire [11:0] c6_j1_l0_g1_x4;
  wire [11:0] c6_j1_l0_g1_t0_0s;
  wire [11:0] c6_j1_l0_g1_t0_0c;
  wire [11:0] c6_j1_l0_g1_t1_0s;
  wire [11:0] c6_j1_l0_g1_t1_0c;
  wire [11:0] c6_j1_l0_g1_sum;
  wire [11:0] c6_j1_l0_g2_x0;
  wire [11:0] c6_j1_l0_g2_x1;
  wire [11:0] c6_j1_l0_g2_x2;
  wire [11:0] c6_j1_l0_g2_x3;
  wire [11:0] c6_j1_l0_g2_x4;
  wire [11:0] c6_j1_l0_g2_t0_0s;
  wire [11:0] c6_j1_l0_g2_t0_0c;
  wire [11:0] c6_j1_l0_g2_t1_0s;
  wire [11:0] c6_j1_l0_g2_t1_0c;
  wire [11:0] c6_j1_l0_g2_sum;
  wire [11:0] c6_j1_l0_g3_x0;
  wire [11:0] c6_j1_l0_g3_x1;
  wire [11:0] c6_j1_l0_g3_x2;
  wire [11:0] c6_j1_l0_g3_x3;
  wire [11:0] c6_j1_l0_g3_x4;
  wire [11:0] c6_j1_l0_g3_t0_0s;
  wire [11:0] c6_j1_l0_g3_t0_0c;
  wire [11:0] c6_j1_l0_g3_t1_0s;
  wire [11:0] c6_j1_l0_g3_t1_0c;
  wire [11:0] c6_j1_l0_g3_sum;
  wire [13:0] c6_j1_l1_g0_x0;
  wire [13:0] c6_j1_l1_g0_x1;
  wire [13:0] c6_j1_l1_g0_x2;
  wire [13:0] c6_j1_l1_g0_x3;
  wire [13:0] c6_j1_l1_g0_t0_0s;
  wire [13:0] c6_j1_l1_g0_t0_0c;
  wire [13:0] c6_j1_l1_g0_sum;
  wire [19:0] c6_v1;
  wire [11:0] c6_j2_l0_g0_x0;
  wire [11:0] c6_j2_l0_g0_x1;
  wire [11:0] c6_j2_l0_g0_x2;
  wire [11:0] c6_j2_l0_g0_x3;
  wire [11:0] c6_j2_l0_g0_x4;
  wire [11:0] c6_j2_l0_g0_t0_0s;
  wire [11:0] c6_j2_l0_g0_t0_0c;
  wire [11:0] c6_j2_l0_g0_t1_0s;
  wire [11:0] c6_j2_l0_g0_t1_0c;
  wire [11:0] c6_j2_l0_g0_sum;
  wire [11:0] c6_j2_l0_g1_x0;
  wire [11:0] c6_j2_l0_g1_x1;
  wire [11:0] c6_j2_l0_g1_x2;
  wire [11:0] c6_j2_l0_g1_x3;
  wire [11:0] c6_j2_l0_g1_x4;
  wire [11:0] c6_j2_l0_g1_t0_0s;
  wire [11:0] c6_j2_l0_g1_t0_0c;
  wire [11:0] c6_j2_l0_g1_t1_0s;
  wire [11:0] c6_j2_l0_g1_t1_0c;
  wire [11:0] c6_j2_l0_g1_sum;
  wire [11:0] c6_j2_l0_g2_x0;
  wire [11:0] c6_j2_l0_g2_x1;
  wire [11:0] c6_j2_l0_g2_x2;
  wire [11:0] c6_j2_l0_g2_x3;
  wire [11:0] c6_j2_l0_g2_x4;
  wire [11:0] c6_j2_l0_g2_t0_0s;
  wire [11:0] c6_j2_l0_g2_t0_0c;
  wire [11:0] c6_j2_l0_g2_t1_0s;
  wire [11:0] c6_j2_l0_g2_t1_0c;
  wire [11:0] c6_j2_l0_g2_sum;
  wire [11:0] c6_j2_l0_g3_x0;
  wire [11:0] c6_j2_l0_g3_x1;
  wire [11:0] c6_j2_l0_g3_x2;
  wire [11:0] c6_j2_l0_g3_x3;
  wire [11:0] c6_j2_l0_g3_x4;
  wire [11:0] c6_j2_l0_g3_t0_0s;
  wire [11:0] c6_j2_l0_g3_t0_0c;
  wire [11:0] c6_j2_l0_g3_t1_0s;
  wire [11:0] c6_j2_l0_g3_t1_0c;
  wire [11:0] c6_j2_l0_g3_sum;
  wire [13:0] c6_j2_l1_g0_x0;
  wire [13:0] c6_j2_l1_g0_x1;
  wire [13:0] c6_j2_l1_g0_x2;
  wire [13:0] c6_j2_l1_g0_x3;
  wire [13:0] c6_j2_l1_g0_t0_0s;
  wire [13:0] c6_j2_l1_g0_t0_0c;
  wire [13:0] c6_j2_l1_g0_sum;
  wire [19:0] c6_v2;
  wire [11:0] c6_j3_l0_g0_x0;
  wire [11:0] c6_j3_l0_g0_x1;
  wire [11:0] c6_j3_l0_g0_x2;
  wire [11:0] c6_j3_l0_g0_x3;
  wire [11:0] c6_j3_l0_g0_x4;
  wire [11:0] c6_j3_l0_g0_t0_0s;
  wire [11:0] c6_j3_l0_g0_t0_0c;
  wire [11:0] c6_j3_l0_g0_t1_0s;
  wire [11:0] c6_j3_l0_g0_t1_0c;
  wire [11:0] c6_j3_l0_g0_sum;
  wire [11:0] c6_j3_l0_g1_x0;
  wire [11:0] c6_j3_l0_g1_x1;
  wire [11:0] c6_j3_l0_g1_x2;
  wire [11:0] c6_j3_l0_g1_x3;
  wire [11:0] c6_j3_l0_g1_x4;
  wire [11:0] c6_j3_l0_g1_t0_0s;
  wire [11:0] c6_j3_l0_g1_t0_0c;
  wire [11:0] c6_j3_l0_g1_t1_0s;
  wire [11:0] c6_j3_l0_g1_t1_0c;
  wire [11:0] c6_j3_l0_g1_sum;
  wire [11:0] c6_j3_l0_g2_x0;
  wire [11:0] c6_j3_l0_g2_x1;
  wire [11:0] c6_j3_l0_g2_x2;
  wire [11:0] c6_j3_l0_g2_x3;
  wire [11:0] c6_j3_l0_g2_x4;
  wire [11:0] c6_j3_l0_g2_t0_0s;
  wire [11:0] c6_j3_l0_g2_t0_0c;
  wire [11:0] c6_j3_l0_g2_t1_0s;
  wire [11:0] c6_j3_l0_g2_t1_0c;
  wire [11:0] c6_j3_l0_g2_sum;
  wire [11:0] c6_j3_l0_g3_x0;
  wire [11:0] c6_j3_l0_g3_x1;
  wire [11:0] c6_j3_l0_g3_x2;
  wire [11:0] c6_j3_l0_g3_x3;
  wire [11:0] c6_j3_l0_g3_x4;
  wire [11:0] c6_j3_l0_g3_t0_0s;
  wire [11:0] c6_j3_l0_g3_t0_0c;
  wire [11:0] c6_j3_l0_g3_t1_0s;
  wire [11:0] c6_j3_l0_g3_t1_0c;
  wire [11:0] c6_j3_l0_g3_sum;
  wire [13:0] c6_j3_l1_g0_x0;
  wire [13:0] c6_j3_l1_g0_x1;
  wire [13:0] c6_j3_l1_g0_x2;
  wire [13:0] c6_j3_l1_g0_x3;
  wire [13:0] c6_j3_l1_g0_t0_0s;
  wire [13:0] c6_j3_l1_g0_t0_0c;
  wire [13:0] c6_j3_l1_g0_sum;
  wire [19:0] c6_v3;
  wire [19:0] col6_t0_0s;
  wire [19:0] col6_t0_0c;
  wire [19:0] col6_sum;
  wire [8:0] p0_7_p0;
  wire [8:0] p0_7_p1;
  wire [8:0] p0_7_p2;
  wire [8:0] p0_7_p3;
  wire [8:0] p1_7_p0;
  wire [8:0] p1_7_p1;
  wire [8:0] p1_7_p2;
  wire [8:0] p1_7_p3;
  wire [8:0] p2_7_p0;
  wire [8:0] p2_7_p1;
  wire [8:0] p2_7_p2;
  wire [8:0] p2_7_p3;
  wire [8:0] p3_7_p0;
  wire [8:0] p3_7_p1;
  wire [8:0] p3_7_p2;
  wire [8:0] p3_7_p3;
  wire [8:0] p4_7_p0;
  wire [8:0] p4_7_p1;
  wire [8:0] p4_7_p2;
  wire [8:0] p4_7_p3;
  wire [8:0] p5_7_p0;
  wire [8:0] p5_7_p1;
  wire [8:0] p5_7_p2;
  wire [8:0] p5_7_p3;
  wire [8:0] p6_7_p0;
  wire [8:0] p6_7_p1;
  wire [8:0] p6_7_p2;
  wire [8:0] p6_7_p3;
  wire [8:0] p7_7_p0;
  wire [8:0] p7_7_p1;
  wire [8:0] p7_7_p2;
  wire [8:0] p7_7_p3;
  wire [8:0] p8_7_p0;
  wire [8:0] p8_7_p1;
  wire [8:0] p8_7_p2;
  wire [8:0] p8_7_p3;
  wire [8:0] p9_7_p0;
  wire [8:0] p9_7_p1;
  wire [8:0] p9_7_p2;
  wire [8:0] p9_7_p3;
  wire [8:0] p10_7_p0;
  wire [8:0] p10_7_p1;
  wire [8:0] p10_7_p2;
  wire [8:0] p10_7_p3;
  wire [8:0] p11_7_p0;
  wire [8:0] p11_7_p1;
  wire [8:0] p11_7_p2;
  wire [8:0] p11_7_p3;
  wire [8:0] p12_7_p0;
  wire [8:0] p12_7_p1;
  wire [8:0] p12_7_p2;
  wire [8:0] p12_7_p3;
  wire [8:0] p13_7_p0;
  wire [8:0] p13_7_p1;
  wire [8:0] p13_7_p2;
  wire [8:0] p13_7_p3;
  wire [8:0] p14_7_p0;
  wire [8:0] p14_7_p1;
  wire [8:0] p14_7_p2;
  wire [8:0] p14_7_p3;
  wire [8:0] p15_7_p0;
  wire [8:0] p15_7_p1;
  wire [8:0] p15_7_p2;
  wire [8:0] p15_7_p3;
  wire [11:0] c7_j0_l0_g0_x0;
  wire [11:0] c7_j0_l0_g0_x1;
  wire [11:0] c7_j0_l0_g0_x2;
  wire [11:0] c7_j0_l0_g0_x3;
  wire [11:0] c7_j0_l0_g0_x4;
  wire [11:0] c7_j0_l0_g0_t0_0s;
  wire [11:0] c7_j0_l0_g0_t0_0c;
  wire [11:0] c7_j0_l0_g0_t1_0s;
  wire [11:0] c7_j0_l0_g0_t1_0c;
  wire [11:0] c7_j0_l0_g0_sum;
  wire [11:0] c7_j0_l0_g1_x0;
  wire [11:0] c7_j0_l0_g1_x1;
  wire [11:0] c7_j0_l0_g1_x2;
  wire [11:0] c7_j0_l0_g1_x3;
  wire [11:0] c7_j0_l0_g1_x4;
  wire [11:0] c7_j0_l0_g1_t0_0s;
  wire [11:0] c7_j0_l0_g1_t0_0c;
  wire [11:0] c7_j0_l0_g1_t1_0s;
  wire [11:0] c7_j0_l0_g1_t1_0c;
  wire [11:0] c7_j0_l0_g1_sum;
  wire [11:0] c7_j0_l0_g2_x0;
  wire [11:0] c7_j0_l0_g2_x1;
  wire [11:0] c7_j0_l0_g2_x2;
  wire [11:0] c7_j0_l0_g2_x3;
  wire [11:0] c7_j0_l0_g2_x4;
  wire [11:0] c7_j0_l0_g2_t0_0s;
  wire [11:0] c7_j0_l0_g2_t0_0c;
  wire [11:0] c7_j0_l0_g2_t1_0s;
  wire [11:0] c7_j0_l0_g2_t1_0c;
  wire [11:0] c7_j0_l0_g2_sum;
  wire [11:0] c7_j0_l0_g3_x0;
  wire [11:0] c7_j0_l0_g3_x1;
  wire [11:0] c7_j0_l0_g3_x2;
  wire [11:0] c7_j0_l0_g3_x3;
  wire [11:0] c7_j0_l0_g3_x4;
  wire [11:0] c7_j0_l0_g3_t0_0s;
  wire [11:0] c7_j0_l0_g3_t0_0c;
  wire [11:0] c7_j0_l0_g3_t1_0s;
  wire [11:0] c7_j0_l0_g3_t1_0c;
  wire [11:0] c7_j0_l0_g3_sum;
  wire [13:0] c7_j0_l1_g0_x0;
  wire [13:0] c7_j0_l1_g0_x1;
  wire [13:0] c7_j0_l1_g0_x2;
  wire [13:0] c7_j0_l1_g0_x3;
  wire [13:0] c7_j0_l1_g0_t0_0s;
  wire [13:0] c7_j0_l1_g0_t0_0c;
  wire [13:0] c7_j0_l1_g0_sum;
  wire [19:0] c7_v0;
  wire [11:0] c7_j1_l0_g0_x0;
  wire [11:0] c7_j1_l0_g0_x1;
  wire [11:0] c7_j1_l0_g0_x2;
  wire [11:0] c7_j1_l0_g0_x3;
  wire [11:0] c7_j1_l0_g0_x4;
  wire [11:0] c7_j1_l0_g0_t0_0s;
  wire [11:0] c7_j1_l0_g0_t0_0c;
  wire [11:0] c7_j1_l0_g0_t1_0s;
  wire [11:0] c7_j1_l0_g0_t1_0c;
  wire [11:0] c7_j1_l0_g0_sum;
  wire [11:0] c7_j1_l0_g1_x0;
  wire [11:0] c7_j1_l0_g1_x1;
  wire [11:0] c7_j1_l0_g1_x2;
  wire [11:0] c7_j1_l0_g1_x3;
  wire [11:0] c7_j1_l0_g1_x4;
  wire [11:0] c7_j1_l0_g1_t0_0s;
  wire [11:0] c7_j1_l0_g1_t0_0c;
  wire [11:0] c7_j1_l0_g1_t1_0s;
  wire [11:0] c7_j1_l0_g1_t1_0c;
  wire [11:0] c7_j1_l0_g1_sum;
  wire [11:0] c7_j1_l0_g2_x0;
  wire [11:0] c7_j1_l0_g2_x1;
  wire [11:0] c7_j1_l0_g2_x2;
  wire [11:0] c7_j1_l0_g2_x3;
  wire [11:0] c7_j1_l0_g2_x4;
  wire [11:0] c7_j1_l0_g2_t0_0s;
  wire [11:0] c7_j1_l0_g2_t0_0c;
  wire [11:0] c7_j1_l0_g2_t1_0s;
  wire [11:0] c7_j1_l0_g2_t1_0c;
  wire [11:0] c7_j1_l0_g2_sum;
  wire [11:0] c7_j1_l0_g3_x0;
  wire [11:0] c7_j1_l0_g3_x1;
  wire [11:0] c7_j1_l0_g3_x2;
  wire [11:0] c7_j1_l0_g3_x3;
  wire [11:0] c7_j1_l0_g3_x4;
  wire [11:0] c7_j1_l0_g3_t0_0s;
  wire [11:0] c7_j1_l0_g3_t0_0c;
  wire [11:0] c7_j1_l0_g3_t1_0s;
  wire [11:0] c7_j1_l0_g3_t1_0c;
  wire [11:0] c7_j1_l0_g3_sum;
  wire [13:0] c7_j1_l1_g0_x0;
  wire [13:0] c7_j1_l1_g0_x1;
  wire [13:0] c7_j1_l1_g0_x2;
  wire [13:0] c7_j1_l1_g0_x3;
  wire [13:0] c7_j1_l1_g0_t0_0s;
  wire [13:0] c7_j1_l1_g0_t0_0c;
  wire [13:0] c7_j1_l1_g0_sum;
  wire [19:0] c7_v1;
  wire [11:0] c7_j2_l0_g0_x0;
  wire [11:0] c7_j2_l0_g0_x1;
  wire [11:0] c7_j2_l0_g0_x2;
  wire [11:0] c7_j2_l0_g0_x3;
  wire [11:0] c7_j2_l0_g0_x4;
  wire [11:0] c7_j2_l0_g0_t0_0s;
  wire [11:0] c7_j2_l0_g0_t0_0c;
  wire [11:0] c7_j2_l0_g0_t1_0s;
  wire [11:0] c7_j2_l0_g0_t1_0c;
  wire [11:0] c7_j2_l0_g0_sum;
  wire [11:0] c7_j2_l0_g1_x0;
  wire [11:0] c7_j2_l0_g1_x1;
  wire [11:0] c7_j2_l0_g1_x2;
  wire [11:0] c7_j2_l0_g1_x3;
  wire [11:0] c7_j2_l0_g1_x4;
  wire [11:0] c7_j2_l0_g1_t0_0s;
  wire [11:0] c7_j2_l0_g1_t0_0c;
  wire [11:0] c7_j2_l0_g1_t1_0s;
  wire [11:0] c7_j2_l0_g1_t1_0c;
  wire [11:0] c7_j2_l0_g1_sum;
  wire [11:0] c7_j2_l0_g2_x0;
  wire [11:0] c7_j2_l0_g2_x1;
  wire [11:0] c7_j2_l0_g2_x2;
  wire [11:0] c7_j2_l0_g2_x3;
  wire [11:0] c7_j2_l0_g2_x4;
  wire [11:0] c7_j2_l0_g2_t0_0s;
  wire [11:0] c7_j2_l0_g2_t0_0c;
  wire [11:0] c7_j2_l0_g2_t1_0s;
  wire [11:0] c7_j2_l0_g2_t1_0c;
  wire [11:0] c7_j2_l0_g2_sum;
  wire [11:0] c7_j2_l0_g3_x0;
  wire [11:0] c7_j2_l0_g3_x1;
  wire [11:0] c7_j2_l0_g3_x2;
  wire [11:0] c7_j2_l0_g3_x3;
  wire [11:0] c7_j2_l0_g3_x4;
  wire [11:0] c7_j2_l0_g3_t0_0s;
  wire [11:0] c7_j2_l0_g3_t0_0c;
  wire [11:0] c7_j2_l0_g3_t1_0s;
  wire [11:0] c7_j2_l0_g3_t1_0c;
  wire [11:0] c7_j2_l0_g3_sum;
  wire [13:0] c7_j2_l1_g0_x0;
  wire [13:0] c7_j2_l1_g0_x1;
  wire [13:0] c7_j2_l1_g0_x2;
  wire [13:0] c7_j2_l1_g0_x3;
  wire [13:0] c7_j2_l1_g0_t0_0s;
  wire [13:0] c7_j2_l1_g0_t0_0c;
  wire [13:0] c7_j2_l1_g0_sum;
  wire [19:0] c7_v2;
  wire [11:0] c7_j3_l0_g0_x0;
  wire [11:0] c7_j3_l0_g0_x1;
  wire [11:0] c7_j3_l0_g0_x2;
  wire [11:0] c7_j3_l0_g0_x3;
  wire [11:0] c7_j3_l0_g0_x4;
  wire [11:0] c7_j3_l0_g0_t0_0s;
  wire [11:0] c7_j3_l0_g0_t0_0c;
  wire [11:0] c7_j3_l0_g0_t1_0s;
  wire [11:0] c7_j3_l0_g0_t1_0c;
  wire [11:0] c7_j3_l0_g0_sum;
  wire [11:0] c7_j3_l0_g1_x0;
  wire [11:0] c7_j3_l0_g1_x1;
  wire [11:0] c7_j3_l0_g1_x2;
  wire [11:0] c7_j3_l0_g1_x3;
  wire [11:0] c7_j3_l0_g1_x4;
  wire [11:0] c7_j3_l0_g1_t0_0s;
  wire [11:0] c7_j3_l0_g1_t0_0c;
  wire [11:0] c7_j3_l0_g1_t1_0s;
  wire [11:0] c7_j3_l0_g1_t1_0c;
  wire [11:0] c7_j3_l0_g1_sum;
  wire [11:0] c7_j3_l0_g2_x0;
  wire [11:0] c7_j3_l0_g2_x1;
  wire [11:0] c7_j3_l0_g2_x2;
  wire [11:0] c7_j3_l0_g2_x3;
  wire [11:0] c7_j3_l0_g2_x4;
  wire [11:0] c7_j3_l0_g2_t0_0s;
  wire [11:0] c7_j3_l0_g2_t0_0c;
  wire [11:0] c7_j3_l0_g2_t1_0s;
  wire [11:0] c7_j3_l0_g2_t1_0c;
  wire [11:0] c7_j3_l0_g2_sum;
  wire [11:0] c7_j3_l0_g3_x0;
  wire [11:0] c7_j3_l0_g3_x1;
  wire [11:0] c7_j3_l0_g3_x2;
  wire [11:0] c7_j3_l0_g3_x3;
  wire [11:0] c7_j3_l0_g3_x4;
  wire [11:0] c7_j3_l0_g3_t0_0s;
  wire [11:0] c7_j3_l0_g3_t0_0c;
  wire [11:0] c7_j3_l0_g3_t1_0s;
  wire [11:0] c7_j3_l0_g3_t1_0c;
  wire [11:0] c7_j3_l0_g3_sum;
  wire [13:0] c7_j3_l1_g0_x0;
  wire [13:0] c7_j3_l1_g0_x1;
  wire [13:0] c7_j3_l1_g0_x2;
  wire [13:0] c7_j3_l1_g0_x3;
  wire [13:0] c7_j3_l1_g0_t0_0s;
  wire [13:0] c7_j3_l1_g0_t0_0c;
  wire [13:0] c7_j3_l1_g0_sum;
  wire [19:0] c7_v3;
  wire [19:0] col7_t0_0s;
  wire [19:0] col7_t0_0c;
  wire [19:0] col7_sum;
  wire [8:0] p0_8_p0;
  wire [8:0] p0_8_p1;
  wire [8:0] p0_8_p2;
  wire [8:0] p0_8_p3;
  wire [8:0] p1_8_p0;
  wire [8:0] p1_8_p1;
  wire [8:0] p1_8_p2;
  wire [8:0] p1_8_p3;
  wire [8:0] p2_8_p0;
  wire [8:0] p2_8_p1;
  wire [8:0] p2_8_p2;
  wire [8:0] p2_8_p3;
  wire [8:0] p3_8_p0;
  wire [8:0] p3_8_p1;
  wire [8:0] p3_8_p2;
  wire [8:0] p3_8_p3;
  wire [8:0] p4_8_p0;
  wire [8:0] p4_8_p1;
  wire [8:0] p4_8_p2;
  wire [8:0] p4_8_p3;
  wire [8:0] p5_8_p0;
  wire [8:0] p5_8_p1;
  wire [8:0] p5_8_p2;
  wire [8:0] p5_8_p3;
  wire [8:0] p6_8_p0;
  wire [8:0] p6_8_p1;
  wire [8:0] p6_8_p2;
  wire [8:0] p6_8_p3;
  wire [8:0] p7_8_p0;
  wire [8:0] p7_8_p1;
  wire [8:0] p7_8_p2;
  wire [8:0] p7_8_p3;
  wire [8:0] p8_8_p0;
  wire [8:0] p8_8_p1;
  wire [8:0] p8_8_p2;
  wire [8:0] p8_8_p3;
  wire [8:0] p9_8_p0;
  wire [8:0] p9_8_p1;
  wire [8:0] p9_8_p2;
  wire [8:0] p9_8_p3;
  wire [8:0] p10_8_p0;
  wire [8:0] p10_8_p1;
  wire [8:0] p10_8_p2;
  wire [8:0] p10_8_p3;
  wire [8:0] p11_8_p0;
  wire [8:0] p11_8_p1;
  wire [8:0] p11_8_p2;
  wire [8:0] p11_8_p3;
  wire [8:0] p12_8_p0;
  wire [8:0] p12_8_p1;
  wire [8:0] p12_8_p2;
  wire [8:0] p12_8_p3;
  wire [8:0] p13_8_p0;
  wire [8:0] p13_8_p1;
  wire [8:0] p13_8_p2;
  wire [8:0] p13_8_p3;
  wire [8:0] p14_8_p0;
  wire [8:0] p14_8_p1;
  wire [8:0] p14_8_p2;
  wire [8:0] p14_8_p3;
  wire [8:0] p15_8_p0;
  wire [8:0] p15_8_p1;
  wire [8:0] p15_8_p2;
  wire [8:0] p15_8_p3;
  wire [11:0] c8_j0_l0_g0_x0;
  wire [11:0] c8_j0_l0_g0_x1;
  wire [11:0] c8_j0_l0_g0_x2;
  wire [11:0] c8_j0_l0_g0_x3;
  wire [11:0] c8_j0_l0_g0_x4;
  wire [11:0] c8_j0_l0_g0_t0_0s;
  wire [11:0] c8_j0_l0_g0_t0_0c;
  wire [11:0] c8_j0_l0_g0_t1_0s;
  wire [11:0] c8_j0_l0_g0_t1_0c;
  wire [11:0] c8_j0_l0_g0_sum;
  wire [11:0] c8_j0_l0_g1_x0;
  wire [11:0] c8_j0_l0_g1_x1;
  wire [11:0] c8_j0_l0_g1_x2;
  wire [11:0] c8_j0_l0_g1_x3;
  wire [11:0] c8_j0_l0_g1_x4;
  wire [11:0] c8_j0_l0_g1_t0_0s;
  wire [11:0] c8_j0_l0_g1_t0_0c;
  wire [11:0] c8_j0_l0_g1_t1_0s;
  wire [11:0] c8_j0_l0_g1_t1_0c;
  wire [11:0] c8_j0_l0_g1_sum;
  wire [11:0] c8_j0_l0_g2_x0;
  wire [11:0] c8_j0_l0_g2_x1;
  wire [11:0] c8_j0_l0_g2_x2;
  wire [11:0] c8_j0_l0_g2_x3;
  wire [11:0] c8_j0_l0_g2_x4;
  wire [11:0] c8_j0_l0_g2_t0_0s;
  wire [11:0] c8_j0_l0_g2_t0_0c;
  wire [11:0] c8_j0_l0_g2_t1_0s;
  wire [11:0] c8_j0_l0_g2_t1_0c;
  wire [11:0] c8_j0_l0_g2_sum;
  wire [11:0] c8_j0_l0_g3_x0;
  wire [11:0] c8_j0_l0_g3_x1;
  wire [11:0] c8_j0_l0_g3_x2;
  wire [11:0] c8_j0_l0_g3_x3;
  wire [11:0] c8_j0_l0_g3_x4;
  wire [11:0] c8_j0_l0_g3_t0_0s;
  wire [11:0] c8_j0_l0_g3_t0_0c;
  wire [11:0] c8_j0_l0_g3_t1_0s;
  wire [11:0] c8_j0_l0_g3_t1_0c;
  wire [11:0] c8_j0_l0_g3_sum;
  wire [13:0] c8_j0_l1_g0_x0;
  wire [13:0] c8_j0_l1_g0_x1;
  wire [13:0] c8_j0_l1_g0_x2;
  wire [13:0] c8_j0_l1_g0_x3;
  wire [13:0] c8_j0_l1_g0_t0_0s;
  wire [13:0] c8_j0_l1_g0_t0_0c;
  wire [13:0] c8_j0_l1_g0_sum;
  wire [19:0] c8_v0;
  wire [11:0] c8_j1_l0_g0_x0;
  wire [11:0] c8_j1_l0_g0_x1;
  wire [11:0] c8_j1_l0_g0_x2;
  wire [11:0] c8_j1_l0_g0_x3;
  wire [11:0] c8_j1_l0_g0_x4;
  wire [11:0] c8_j1_l0_g0_t0_0s;
  wire [11:0] c8_j1_l0_g0_t0_0c;
  wire [11:0] c8_j1_l0_g0_t1_0s;
  wire [11:0] c8_j1_l0_g0_t1_0c;
  wire [11:0] c8_j1_l0_g0_sum;
  wire [11:0] c8_j1_l0_g1_x0;
  wire [11:0] c8_j1_l0_g1_x1;
  wire [11:0] c8_j1_l0_g1_x2;
  wire [11:0] c8_j1_l0_g1_x3;
  wire [11:0] c8_j1_l0_g1_x4;
  wire [11:0] c8_j1_l0_g1_t0_0s;
  wire [11:0] c8_j1_l0_g1_t0_0c;
  wire [11:0] c8_j1_l0_g1_t1_0s;
  wire [11:0] c8_j1_l0_g1_t1_0c;
  wire [11:0] c8_j1_l0_g1_sum;
  wire [11:0] c8_j1_l0_g2_x0;
  wire [11:0] c8_j1_l0_g2_x1;
  wire [11:0] c8_j1_l0_g2_x2;
  wire [11:0] c8_j1_l0_g2_x3;
  wire [11:0] c8_j1_l0_g2_x4;
  wire [11:0] c8_j1_l0_g2_t0_0s;
  wire [11:0] c8_j1_l0_g2_t0_0c;
  wire [11:0] c8_j1_l0_g2_t1_0s;
  wire [11:0] c8_j1_l0_g2_t1_0c;
  wire [11:0] c8_j1_l0_g2_sum;
  wire [11:0] c8_j1_l0_g3_x0;
  wire [11:0] c8_j1_l0_g3_x1;
  wire [11:0] c8_j1_l0_g3_x2;
  wire [11:0] c8_j1_l0_g3_x3;
  wire [11:0] c8_j1_l0_g3_x4;
  wire [11:0] c8_j1_l0_g3_t0_0s;
  wire [11:0] c8_j1_l0_g3_t0_0c;
  wire [11:0] c8_j1_l0_g3_t1_0s;
  wire [11:0] c8_j1_l0_g3_t1_0c;
  wire [11:0] c8_j1_l0_g3_sum;
  wire [13:0] c8_j1_l1_g0_x0;
  wire [13:0] c8_j1_l1_g0_x1;
  wire [13:0] c8_j1_l1_g0_x2;
  wire [13:0] c8_j1_l1_g0_x3;
  wire [13:0] c8_j1_l1_g0_t0_0s;
  wire [13:0] c8_j1_l1_g0_t0_0c;
  wire [13:0] c8_j1_l1_g0_sum;
  wire [19:0] c8_v1;
  wire [11:0] c8_j2_l0_g0_x0;
  wire [11:0] c8_j2_l0_g0_x1;
  wire [11:0] c8_j2_l0_g0_x2;
  wire [11:0] c8_j2_l0_g0_x3;
  wire [11:0] c8_j2_l0_g0_x4;
  wire [11:0] c8_j2_l0_g0_t0_0s;
  wire [11:0] c8_j2_l0_g0_t0_0c;
  wire [11:0] c8_j2_l0_g0_t1_0s;
  wire [11:0] c8_j2_l0_g0_t1_0c;
  wire [11:0] c8_j2_l0_g0_sum;
  wire [11:0] c8_j2_l0_g1_x0;
  wire [11:0] c8_j2_l0_g1_x1;
  wire [11:0] c8_j2_l0_g1_x2;
  wire [11:0] c8_j2_l0_g1_x3;
  wire [11:0] c8_j2_l0_g1_x4;
  wire [11:0] c8_j2_l0_g1_t0_0s;
  wire [11:0] c8_j2_l0_g1_t0_0c;
  wire [11:0] c8_j2_l0_g1_t1_0s;
  wire [11:0] c8_j2_l0_g1_t1_0c;
  wire [11:0] c8_j2_l0_g1_sum;
  wire [11:0] c8_j2_l0_g2_x0;
  wire [11:0] c8_j2_l0_g2_x1;
  wire [11:0] c8_j2_l0_g2_x2;
  wire [11:0] c8_j2_l0_g2_x3;
  wire [11:0] c8_j2_l0_g2_x4;
  wire [11:0] c8_j2_l0_g2_t0_0s;
  wire [11:0] c8_j2_l0_g2_t0_0c;
  wire [11:0] c8_j2_l0_g2_t1_0s;
  wire [11:0] c8_j2_l0_g2_t1_0c;
  wire [11:0] c8_j2_l0_g2_sum;
  wire [11:0] c8_j2_l0_g3_x0;
  wire [11:0] c8_j2_l0_g3_x1;
  wire [11:0] c8_j2_l0_g3_x2;
  wire [11:0] c8_j2_l0_g3_x3;
  wire [11:0] c8_j2_l0_g3_x4;
  wire [11:0] c8_j2_l0_g3_t0_0s;
  wire [11:0] c8_j2_l0_g3_t0_0c;
  wire [11:0] c8_j2_l0_g3_t1_0s;
  wire [11:0] c8_j2_l0_g3_t1_0c;
  wire [11:0] c8_j2_l0_g3_sum;
  wire [13:0] c8_j2_l1_g0_x0;
  wire [13:0] c8_j2_l1_g0_x1;
  wire [13:0] c8_j2_l1_g0_x2;
  wire [13:0] c8_j2_l1_g0_x3;
  wire [13:0] c8_j2_l1_g0_t0_0s;
  wire [13:0] c8_j2_l1_g0_t0_0c;
  wire [13:0] c8_j2_l1_g0_sum;
  wire [19:0] c8_v2;
  wire [11:0] c8_j3_l0_g0_x0;
  wire [11:0] c8_j3_l0_g0_x1;
  wire [11:0] c8_j3_l0_g0_x2;
  wire [11:0] c8_j3_l0_g0_x3;
  wire [11:0] c8_j3_l0_g0_x4;
  wire [11:0] c8_j3_l0_g0_t0_0s;
  wire [11:0] c8_j3_l0_g0_t0_0c;
  wire [11:0] c8_j3_l0_g0_t1_0s;
  wire [11:0] c8_j3_l0_g0_t1_0c;
  wire [11:0] c8_j3_l0_g0_sum;
  wire [11:0] c8_j3_l0_g1_x0;
  wire [11:0] c8_j3_l0_g1_x1;
  wire [11:0] c8_j3_l0_g1_x2;
  wire [11:0] c8_j3_l0_g1_x3;
  wire [11:0] c8_j3_l0_g1_x4;
  wire [11:0] c8_j3_l0_g1_t0_0s;
  wire [11:0] c8_j3_l0_g1_t0_0c;
  wire [11:0] c8_j3_l0_g1_t1_0s;
  wire [11:0] c8_j3_l0_g1_t1_0c;
  wire [11:0] c8_j3_l0_g1_sum;
  wire [11:0] c8_j3_l0_g2_x0;
  wire [11:0] c8_j3_l0_g2_x1;
  wire [11:0] c8_j3_l0_g2_x2;
  wire [11:0] c8_j3_l0_g2_x3;
  wire [11:0] c8_j3_l0_g2_x4;
  wire [11:0] c8_j3_l0_g2_t0_0s;
  wire [11:0] c8_j3_l0_g2_t0_0c;
  wire [11:0] c8_j3_l0_g2_t1_0s;
  wire [11:0] c8_j3_l0_g2_t1_0c;
  wire [11:0] c8_j3_l0_g2_sum;
  wire [11:0] c8_j3_l0_g3_x0;
  wire [11:0] c8_j3_l0_g3_x1;
  wire [11:0] c8_j3_l0_g3_x2;
  wire [11:0] c8_j3_l0_g3_x3;
  wire [11:0] c8_j3_l0_g3_x4;
  wire [11:0] c8_j3_l0_g3_t0_0s;
  wire [11:0] c8_j3_l0_g3_t0_0c;
  wire [11:0] c8_j3_l0_g3_t1_0s;
  wire [11:0] c8_j3_l0_g3_t1_0c;
  wire [11:0] c8_j3_l0_g3_sum;
  wire [13:0] c8_j3_l1_g0_x0;
  wire [13:0] c8_j3_l1_g0_x1;
  wire [13:0] c8_j3_l1_g0_x2;
  wire [13:0] c8_j3_l1_g0_x3;
  wire [13:0] c8_j3_l1_g0_t0_0s;
  wire [13:0] c8_j3_l1_g0_t0_0c;
  wire [13:0] c8_j3_l1_g0_sum;
  wire [19:0] c8_v3;
  wire [19:0] col8_t0_0s;
  wire [19:0] col8_t0_0c;
  wire [19:0] col8_sum;
  wire [8:0] p0_9_p0;
  wire [8:0] p0_9_p1;
  wire [8:0] p0_9_p2;
  wire [8:0] p0_9_p3;
  wire [8:0] p1_9_p0;
  wire [8:0] p1_9_p1;
  wire [8:0] p1_9_p2;
  wire [8:0] p1_9_p3;
  wire [8:0] p2_9_p0;
  wire [8:0] p2_9_p1;
  wire [8:0] p2_9_p2;
  wire [8:0] p2_9_p3;
  wire [8:0] p3_9_p0;
  wire [8:0] p3_9_p1;
  wire [8:0] p3_9_p2;
  wire [8:0] p3_9_p3;
  wire [8:0] p4_9_p0;
  wire [8:0] p4_9_p1;
  wire [8:0] p4_9_p2;
  wire [8:0] p4_9_p3;
  wire [8:0] p5_9_p0;
  wire [8:0] p5_9_p1;
  wire [8:0] p5_9_p2;
  wire [8:0] p5_9_p3;
  wire [8:0] p6_9_p0;
  wire [8:0] p6_9_p1;
  wire [8:0] p6_9_p2;
  wire [8:0] p6_9_p3;
  wire [8:0] p7_9_p0;
  wire [8:0] p7_9_p1;
  wire [8:0] p7_9_p2;
  wire [8:0] p7_9_p3;
  wire [8:0] p8_9_p0;
  wire [8:0] p8_9_p1;
  wire [8:0] p8_9_p2;
  wire [8:0] p8_9_p3;
  wire [8:0] p9_9_p0;
  wire [8:0] p9_9_p1;
  wire [8:0] p9_9_p2;
  wire [8:0] p9_9_p3;
  wire [8:0] p10_9_p0;
  wire [8:0] p10_9_p1;
  wire [8:0] p10_9_p2;
  wire [8:0] p10_9_p3;
  wire [8:0] p11_9_p0;
  wire [8:0] p11_9_p1;
  wire [8:0] p11_9_p2;
  wire [8:0] p11_9_p3;
  wire [8:0] p12_9_p0;
  wire [8:0] p12_9_p1;
  wire [8:0] p12_9_p2;
  wire [8:0] p12_9_p3;
  wire [8:0] p13_9_p0;
  wire [8:0] p13_9_p1;
  wire [8:0] p13_9_p2;
  wire [8:0] p13_9_p3;
  wire [8:0] p14_9_p0;
  wire [8:0] p14_9_p1;
  wire [8:0] p14_9_p2;
  wire [8:0] p14_9_p3;
  wire [8:0] p15_9_p0;
  wire [8:0] p15_9_p1;
  wire [8:0] p15_9_p2;
  wire [8:0] p15_9_p3;
  wire [11:0] c9_j0_l0_g0_x0;
  wire [11:0] c9_j0_l0_g0_x1;
  wire [11:0] c9_j0_l0_g0_x2;
  wire [11:0] c9_j0_l0_g0_x3;
  wire [11:0] c9_j0_l0_g0_x4;
  wire [11:0] c9_j0_l0_g0_t0_0s;
  wire [11:0] c9_j0_l0_g0_t0_0c;
  wire [11:0] c9_j0_l0_g0_t1_0s;
  wire [11:0] c9_j0_l0_g0_t1_0c;
  wire [11:0] c9_j0_l0_g0_sum;
  wire [11:0] c9_j0_l0_g1_x0;
  wire [11:0] c9_j0_l0_g1_x1;
  wire [11:0] c9_j0_l0_g1_x2;
  wire [11:0] c9_j0_l0_g1_x3;
  wire [11:0] c9_j0_l0_g1_x4;
  wire [11:0] c9_j0_l0_g1_t0_0s;
  wire [11:0] c9_j0_l0_g1_t0_0c;
  wire [11:0] c9_j0_l0_g1_t1_0s;
  wire [11:0] c9_j0_l0_g1_t1_0c;
  wire [11:0] c9_j0_l0_g1_sum;
  wire [11:0] c9_j0_l0_g2_x0;
  wire [11:0] c9_j0_l0_g2_x1;
  wire [11:0] c9_j0_l0_g2_x2;
  wire [11:0] c9_j0_l0_g2_x3;
  wire [11:0] c9_j0_l0_g2_x4;
  wire [11:0] c9_j0_l0_g2_t0_0s;
  wire [11:0] c9_j0_l0_g2_t0_0c;
  wire [11:0] c9_j0_l0_g2_t1_0s;
  wire [11:0] c9_j0_l0_g2_t1_0c;
  wire [11:0] c9_j0_l0_g2_sum;
  wire [11:0] c9_j0_l0_g3_x0;
  wire [11:0] c9_j0_l0_g3_x1;
  wire [11:0] c9_j0_l0_g3_x2;
  wire [11:0] c9_j0_l0_g3_x3;
  wire [11:0] c9_j0_l0_g3_x4;
  wire [11:0] c9_j0_l0_g3_t0_0s;
  wire [11:0] c9_j0_l0_g3_t0_0c;
  wire [11:0] c9_j0_l0_g3_t1_0s;
  wire [11:0] c9_j0_l0_g3_t1_0c;
  wire [11:0] c9_j0_l0_g3_sum;
  wire [13:0] c9_j0_l1_g0_x0;
  wire [13:0] c9_j0_l1_g0_x1;
  wire [13:0] c9_j0_l1_g0_x2;
  wire [13:0] c9_j0_l1_g0_x3;
  wire [13:0] c9_j0_l1_g0_t0_0s;
  wire [13:0] c9_j0_l1_g0_t0_0c;
  wire [13:0] c9_j0_l1_g0_sum;
  wire [19:0] c9_v0;
  wire [11:0] c9_j1_l0_g0_x0;
  wire [11:0] c9_j1_l0_g0_x1;
  wire [11:0] c9_j1_l0_g0_x2;
  wire [11:0] c9_j1_l0_g0_x3;
  wire [11:0] c9_j1_l0_g0_x4;
  wire [11:0] c9_j1_l0_g0_t0_0s;
  wire [11:0] c9_j1_l0_g0_t0_0c;
  wire [11:0] c9_j1_l0_g0_t1_0s;
  wire [11:0] c9_j1_l0_g0_t1_0c;
  wire [11:0] c9_j1_l0_g0_sum;
  wire [11:0] c9_j1_l0_g1_x0;
  wire [11:0] c9_j1_l0_g1_x1;
  wire [11:0] c9_j1_l0_g1_x2;
  wire [11:0] c9_j1_l0_g1_x3;
  wire [11:0] c9_j1_l0_g1_x4;
  wire [11:0] c9_j1_l0_g1_t0_0s;
  wire [11:0] c9_j1_l0_g1_t0_0c;
  wire [11:0] c9_j1_l0_g1_t1_0s;
  wire [11:0] c9_j1_l0_g1_t1_0c;
  wire [11:0] c9_j1_l0_g1_sum;
  wire [11:0] c9_j1_l0_g2_x0;
  wire [11:0] c9_j1_l0_g2_x1;
  wire [11:0] c9_j1_l0_g2_x2;
  wire [11:0] c9_j1_l0_g2_x3;
  wire [11:0] c9_j1_l0_g2_x4;
  wire [11:0] c9_j1_l0_g2_t0_0s;
  wire [11:0] c9_j1_l0_g2_t0_0c;
  wire [11:0] c9_j1_l0_g2_t1_0s;
  wire [11:0] c9_j1_l0_g2_t1_0c;
  wire [11:0] c9_j1_l0_g2_sum;
  wire [11:0] c9_j1_l0_g3_x0;
  wire [11:0] c9_j1_l0_g3_x1;
  wire [11:0] c9_j1_l0_g3_x2;
  wire [11:0] c9_j1_l0_g3_x3;
  wire [11:0] c9_j1_l0_g3_x4;
  wire [11:0] c9_j1_l0_g3_t0_0s;
  wire [11:0] c9_j1_l0_g3_t0_0c;
  wire [11:0] c9_j1_l0_g3_t1_0s;
  wire [11:0] c9_j1_l0_g3_t1_0c;
  wire [11:0] c9_j1_l0_g3_sum;
  wire [13:0] c9_j1_l1_g0_x0;
  wire [13:0] c9_j1_l1_g0_x1;
  wire [13:0] c9_j1_l1_g0_x2;
  wire [13:0] c9_j1_l1_g0_x3;
  wire [13:0] c9_j1_l1_g0_t0_0s;
  wire [13:0] c9_j1_l1_g0_t0_0c;
  wire [13:0] c9_j1_l1_g0_sum;
  wire [19:0] c9_v1;
  wire [11:0] c9_j2_l0_g0_x0;
  wire [11:0] c9_j2_l0_g0_x1;
  wire [11:0] c9_j2_l0_g0_x2;
  wire [11:0] c9_j2_l0_g0_x3;
  wire [11:0] c9_j2_l0_g0_x4;
  wire [11:0] c9_j2_l0_g0_t0_0s;
  wire [11:0] c9_j2_l0_g0_t0_0c;
  wire [11:0] c9_j2_l0_g0_t1_0s;
  wire [11:0] c9_j2_l0_g0_t1_0c;
  wire [11:0] c9_j2_l0_g0_sum;
  wire [11:0] c9_j2_l0_g1_x0;
  wire [11:0] c9_j2_l0_g1_x1;
  wire [11:0] c9_j2_l0_g1_x2;
  wire [11:0] c9_j2_l0_g1_x3;
  wire [11:0] c9_j2_l0_g1_x4;
  wire [11:0] c9_j2_l0_g1_t0_0s;
  wire [11:0] c9_j2_l0_g1_t0_0c;
  wire [11:0] c9_j2_l0_g1_t1_0s;
  wire [11:0] c9_j2_l0_g1_t1_0c;
  wire [11:0] c9_j2_l0_g1_sum;
  wire [11:0] c9_j2_l0_g2_x0;
  wire [11:0] c9_j2_l0_g2_x1;
  wire [11:0] c9_j2_l0_g2_x2;
  wire [11:0] c9_j2_l0_g2_x3;
  wire [11:0] c9_j2_l0_g2_x4;
  wire [11:0] c9_j2_l0_g2_t0_0s;
  wire [11:0] c9_j2_l0_g2_t0_0c;
  wire [11:0] c9_j2_l0_g2_t1_0s;
  wire [11:0] c9_j2_l0_g2_t1_0c;
  wire [11:0] c9_j2_l0_g2_sum;
  wire [11:0] c9_j2_l0_g3_x0;
  wire [11:0] c9_j2_l0_g3_x1;
  wire [11:0] c9_j2_l0_g3_x2;
  wire [11:0] c9_j2_l0_g3_x3;
  wire [11:0] c9_j2_l0_g3_x4;
  wire [11:0] c9_j2_l0_g3_t0_0s;
  wire [11:0] c9_j2_l0_g3_t0_0c;
  wire [11:0] c9_j2_l0_g3_t1_0s;
  wire [11:0] c9_j2_l0_g3_t1_0c;
  wire [11:0] c9_j2_l0_g3_sum;
  wire [13:0] c9_j2_l1_g0_x0;
  wire [13:0] c9_j2_l1_g0_x1;
  wire [13:0] c9_j2_l1_g0_x2;
  wire [13:0] c9_j2_l1_g0_x3;
  wire [13:0] c9_j2_l1_g0_t0_0s;
  wire [13:0] c9_j2_l1_g0_t0_0c;
  wire [13:0] c9_j2_l1_g0_sum;
  wire [19:0] c9_v2;
  wire [11:0] c9_j3_l0_g0_x0;
  wire [11:0] c9_j3_l0_g0_x1;
  wire [11:0] c9_j3_l0_g0_x2;
  wire [11:0] c9_j3_l0_g0_x3;
  wire [11:0] c9_j3_l0_g0_x4;
  wire [11:0] c9_j3_l0_g0_t0_0s;
  wire [11:0] c9_j3_l0_g0_t0_0c;
  wire [11:0] c9_j3_l0_g0_t1_0s;
  wire [11:0] c9_j3_l0_g0_t1_0c;
  wire [11:0] c9_j3_l0_g0_sum;
  wire [11:0] c9_j3_l0_g1_x0;
  wire [11:0] c9_j3_l0_g1_x1;
  wire [11:0] c9_j3_l0_g1_x2;
  wire [11:0] c9_j3_l0_g1_x3;
  wire [11:0] c9_j3_l0_g1_x4;
  wire [11:0] c9_j3_l0_g1_t0_0s;
  wire [11:0] c9_j3_l0_g1_t0_0c;
  wire [11:0] c9_j3_l0_g1_t1_0s;
  wire [11:0] c9_j3_l0_g1_t1_0c;
  wire [11:0] c9_j3_l0_g1_sum;
  wire [11:0] c9_j3_l0_g2_x0;
  wire [11:0] c9_j3_l0_g2_x1;
  wire [11:0] c9_j3_l0_g2_x2;
  wire [11:0] c9_j3_l0_g2_x3;
  wire [11:0] c9_j3_l0_g2_x4;
  wire [11:0] c9_j3_l0_g2_t0_0s;
  wire [11:0] c9_j3_l0_g2_t0_0c;
  wire [11:0] c9_j3_l0_g2_t1_0s;
  wire [11:0] c9_j3_l0_g2_t1_0c;
  wire [11:0] c9_j3_l0_g2_sum;
  wire [11:0] c9_j3_l0_g3_x0;
  wire [11:0] c9_j3_l0_g3_x1;
  wire [11:0] c9_j3_l0_g3_x2;
  wire [11:0] c9_j3_l0_g3_x3;
  wire [11:0] c9_j3_l0_g3_x4;
  wire [11:0] c9_j3_l0_g3_t0_0s;
  wire [11:0] c9_j3_l0_g3_t0_0c;
  wire [11:0] c9_j3_l0_g3_t1_0s;
  wire [11:0] c9_j3_l0_g3_t1_0c;
  wire [11:0] c9_j3_l0_g3_sum;
  wire [13:0] c9_j3_l1_g0_x0;
  wire [13:0] c9_j3_l1_g0_x1;
  wire [13:0] c9_j3_l1_g0_x2;
  wire [13:0] c9_j3_l1_g0_x3;
  wire [13:0] c9_j3_l1_g0_t0_0s;
  wire [13:0] c9_j3_l1_g0_t0_0c;
  wire [13:0] c9_j3_l1_g0_sum;
  wire [19:0] c9_v3;
  wire [19:0] col9_t0_0s;
  wire [19:0] col9_t0_0c;
  wire [19:0] col9_sum;
  wire [8:0] p0_10_p0;
  wire [8:0] p0_10_p1;
  wire [8:0] p0_10_p2;
  wire [8:0] p0_10_p3;
  wire [8:0] p1_10_p0;
  wire [8:0] p1_10_p1;
  wire [8:0] p1_10_p2;
  wire [8:0] p1_10_p3;
  wire [8:0] p2_10_p0;
  wire [8:0] p2_10_p1;
  wire [8:0] p2_10_p2;
  wire [8:0] p2_10_p3;
  wire [8:0] p3_10_p0;
  wire [8:0] p3_10_p1;
  wire [8:0] p3_10_p2;
  wire [8:0] p3_10_p3;
  wire [8:0] p4_10_p0;
  wire [8:0] p4_10_p1;
  wire [8:0] p4_10_p2;
  wire [8:0] p4_10_p3;
  wire [8:0] p5_10_p0;
  wire [8:0] p5_10_p1;
  wire [8:0] p5_10_p2;
  wire [8:0] p5_10_p3;
  wire [8:0] p6_10_p0;
  wire [8:0] p6_10_p1;
  wire [8:0] p6_10_p2;
  wire [8:0] p6_10_p3;
  wire [8:0] p7_10_p0;
  wire [8:0] p7_10_p1;
  wire [8:0] p7_10_p2;
  wire [8:0] p7_10_p3;
  wire [8:0] p8_10_p0;
  wire [8:0] p8_10_p1;
  wire [8:0] p8_10_p2;
  wire [8:0] p8_10_p3;
  wire [8:0] p9_10_p0;
  wire [8:0] p9_10_p1;
  wire [8:0] p9_10_p2;
  wire [8:0] p9_10_p3;
  wire [8:0] p10_10_p0;
  wire [8:0] p10_10_p1;
  wire [8:0] p10_10_p2;
  wire [8:0] p10_10_p3;
  wire [8:0] p11_10_p0;
  wire [8:0] p11_10_p1;
  wire [8:0] p11_10_p2;
  wire [8:0] p11_10_p3;
  wire [8:0] p12_10_p0;
  wire [8:0] p12_10_p1;
  wire [8:0] p12_10_p2;
  wire [8:0] p12_10_p3;
  wire [8:0] p13_10_p0;
  wire [8:0] p13_10_p1;
  wire [8:0] p13_10_p2;
  wire [8:0] p13_10_p3;
  wire [8:0] p14_10_p0;
  wire [8:0] p14_10_p1;
  wire [8:0] p14_10_p2;
  wire [8:0] p14_10_p3;
  wire [8:0] p15_10_p0;
  wire [8:0] p15_10_p1;
  wire [8:0] p15_10_p2;
  wire [8:0] p15_10_p3;
  wire [11:0] c10_j0_l0_g0_x0;
  wire [11:0] c10_j0_l0_g0_x1;
  wire [11:0] c10_j0_l0_g0_x2;
  wire [11:0] c10_j0_l0_g0_x3;
  wire [11:0] c10_j0_l0_g0_x4;
  wire [11:0] c10_j0_l0_g0_t0_0s;
  wire [11:0] c10_j0_l0_g0_t0_0c;
  wire [11:0] c10_j0_l0_g0_t1_0s;
  wire [11:0] c10_j0_l0_g0_t1_0c;
  wire [11:0] c10_j0_l0_g0_sum;
  wire [11:0] c10_j0_l0_g1_x0;
  wire [11:0] c10_j0_l0_g1_x1;
  wire [11:0] c10_j0_l0_g1_x2;
  wire [11:0] c10_j0_l0_g1_x3;
  wire [11:0] c10_j0_l0_g1_x4;
  wire [11:0] c10_j0_l0_g1_t0_0s;
  wire [11:0] c10_j0_l0_g1_t0_0c;
  wire [11:0] c10_j0_l0_g1_t1_0s;
  wire [11:0] c10_j0_l0_g1_t1_0c;
  wire [11:0] c10_j0_l0_g1_sum;
  wire [11:0] c10_j0_l0_g2_x0;
  wire [11:0] c10_j0_l0_g2_x1;
  wire [11:0] c10_j0_l0_g2_x2;
  wire [11:0] c10_j0_l0_g2_x3;
  wire [11:0] c10_j0_l0_g2_x4;
  wire [11:0] c10_j0_l0_g2_t0_0s;
  wire [11:0] c10_j0_l0_g2_t0_0c;
  wire [11:0] c10_j0_l0_g2_t1_0s;
  wire [11:0] c10_j0_l0_g2_t1_0c;
  wire [11:0] c10_j0_l0_g2_sum;
  wire [11:0] c10_j0_l0_g3_x0;
  wire [11:0] c10_j0_l0_g3_x1;
  wire [11:0] c10_j0_l0_g3_x2;
  wire [11:0] c10_j0_l0_g3_x3;
  wire [11:0] c10_j0_l0_g3_x4;
  wire [11:0] c10_j0_l0_g3_t0_0s;
  wire [11:0] c10_j0_l0_g3_t0_0c;
  wire [11:0] c10_j0_l0_g3_t1_0s;
  wire [11:0] c10_j0_l0_g3_t1_0c;
  wire [11:0] c10_j0_l0_g3_sum;
  wire [13:0] c10_j0_l1_g0_x0;
  wire [13:0] c10_j0_l1_g0_x1;
  wire [13:0] c10_j0_l1_g0_x2;
  wire [13:0] c10_j0_l1_g0_x3;
  wire [13:0] c10_j0_l1_g0_t0_0s;
  wire [13:0] c10_j0_l1_g0_t0_0c;
  wire [13:0] c10_j0_l1_g0_sum;
  wire [19:0] c10_v0;
  wire [11:0] c10_j1_l0_g0_x0;
  wire [11:0] c10_j1_l0_g0_x1;
  wire [11:0] c10_j1_l0_g0_x2;
  wire [11:0] c10_j1_l0_g0_x3;
  wire [11:0] c10_j1_l0_g0_x4;
  wire [11:0] c10_j1_l0_g0_t0_0s;
  wire [11:0] c10_j1_l0_g0_t0_0c;
  wire [11:0] c10_j1_l0_g0_t1_0s;
  wire [11:0] c10_j1_l0_g0_t1_0c;
  wire [11:0] c10_j1_l0_g0_sum;
  wire [11:0] c10_j1_l0_g1_x0;
  wire [11:0] c10_j1_l0_g1_x1;
  wire [11:0] c10_j1_l0_g1_x2;
  wire [11:0] c10_j1_l0_g1_x3;
  wire [11:0] c10_j1_l0_g1_x4;
  wire [11:0] c10_j1_l0_g1_t0_0s;
  wire [11:0] c10_j1_l0_g1_t0_0c;
  wire [11:0] c10_j1_l0_g1_t1_0s;
  wire [11:0] c10_j1_l0_g1_t1_0c;
  wire [11:0] c10_j1_l0_g1_sum;
  wire [11:0] c10_j1_l0_g2_x0;
  wire [11:0] c10_j1_l0_g2_x1;
  wire [11:0] c10_j1_l0_g2_x2;
  wire [11:0] c10_j1_l0_g2_x3;
  wire [11:0] c10_j1_l0_g2_x4;
  wire [11:0] c10_j1_l0_g2_t0_0s;
  wire [11:0] c10_j1_l0_g2_t0_0c;
  wire [11:0] c10_j1_l0_g2_t1_0s;
  wire [11:0] c10_j1_l0_g2_t1_0c;
  wire [11:0] c10_j1_l0_g2_sum;
  wire [11:0] c10_j1_l0_g3_x0;
  wire [11:0] c10_j1_l0_g3_x1;
  wire [11:0] c10_j1_l0_g3_x2;
  wire [11:0] c10_j1_l0_g3_x3;
  wire [11:0] c10_j1_l0_g3_x4;
  wire [11:0] c10_j1_l0_g3_t0_0s;
  wire [11:0] c10_j1_l0_g3_t0_0c;
  wire [11:0] c10_j1_l0_g3_t1_0s;
  wire [11:0] c10_j1_l0_g3_t1_0c;
  wire [11:0] c10_j1_l0_g3_sum;
  wire [13:0] c10_j1_l1_g0_x0;
  wire [13:0] c10_j1_l1_g0_x1;
  wire [13:0] c10_j1_l1_g0_x2;
  wire [13:0] c10_j1_l1_g0_x3;
  wire [13:0] c10_j1_l1_g0_t0_0s;
  wire [13:0] c10_j1_l1_g0_t0_0c;
  wire [13:0] c10_j1_l1_g0_sum;
  wire [19:0] c10_v1;
  wire [11:0] c10_j2_l0_g0_x0;
  wire [11:0] c10_j2_l0_g0_x1;
  wire [11:0] c10_j2_l0_g0_x2;
  wire [11:0] c10_j2_l0_g0_x3;
  wire [11:0] c10_j2_l0_g0_x4;
  wire [11:0] c10_j2_l0_g0_t0_0s;
  wire [11:0] c10_j2_l0_g0_t0_0c;
  wire [11:0] c10_j2_l0_g0_t1_0s;
  wire [11:0] c10_j2_l0_g0_t1_0c;
  wire [11:0] c10_j2_l0_g0_sum;
  wire [11:0] c10_j2_l0_g1_x0;
  wire [11:0] c10_j2_l0_g1_x1;
  wire [11:0] c10_j2_l0_g1_x2;
  wire [11:0] c10_j2_l0_g1_x3;
  wire [11:0] c10_j2_l0_g1_x4;
  wire [11:0] c10_j2_l0_g1_t0_0s;
  wire [11:0] c10_j2_l0_g1_t0_0c;
  wire [11:0] c10_j2_l0_g1_t1_0s;
  wire [11:0] c10_j2_l0_g1_t1_0c;
  wire [11:0] c10_j2_l0_g1_sum;
  wire [11:0] c10_j2_l0_g2_x0;
  wire [11:0] c10_j2_l0_g2_x1;
  wire [11:0] c10_j2_l0_g2_x2;
  wire [11:0] c10_j2_l0_g2_x3;
  wire [11:0] c10_j2_l0_g2_x4;
  wire [11:0] c10_j2_l0_g2_t0_0s;
  wire [11:0] c10_j2_l0_g2_t0_0c;
  wire [11:0] c10_j2_l0_g2_t1_0s;
  wire [11:0] c10_j2_l0_g2_t1_0c;
  wire [11:0] c10_j2_l0_g2_sum;
  wire [11:0] c10_j2_l0_g3_x0;
  wire [11:0] c10_j2_l0_g3_x1;
  wire [11:0] c10_j2_l0_g3_x2;
  wire [11:0] c10_j2_l0_g3_x3;
  wire [11:0] c10_j2_l0_g3_x4;
  wire [11:0] c10_j2_l0_g3_t0_0s;
  wire [11:0] c10_j2_l0_g3_t0_0c;
  wire [11:0] c10_j2_l0_g3_t1_0s;
  wire [11:0] c10_j2_l0_g3_t1_0c;
  wire [11:0] c10_j2_l0_g3_sum;
  wire [13:0] c10_j2_l1_g0_x0;
  wire [13:0] c10_j2_l1_g0_x1;
  wire [13:0] c10_j2_l1_g0_x2;
  wire [13:0] c10_j2_l1_g0_x3;
  wire [13:0] c10_j2_l1_g0_t0_0s;
  wire [13:0] c10_j2_l1_g0_t0_0c;
  wire [13:0] c10_j2_l1_g0_sum;
  wire [19:0] c10_v2;
  wire [11:0] c10_j3_l0_g0_x0;
  wire [11:0] c10_j3_l0_g0_x1;
  wire [11:0] c10_j3_l0_g0_x2;
  wire [11:0] c10_j3_l0_g0_x3;
  wire [11:0] c10_j3_l0_g0_x4;
  wire [11:0] c10_j3_l0_g0_t0_0s;
  wire [11:0] c10_j3_l0_g0_t0_0c;
  wire [11:0] c10_j3_l0_g0_t1_0s;
  wire [11:0] c10_j3_l0_g0_t1_0c;
  wire [11:0] c10_j3_l0_g0_sum;
  wire [11:0] c10_j3_l0_g1_x0;
  wire [11:0] c10_j3_l0_g1_x1;
  wire [11:0] c10_j3_l0_g1_x2;
  wire [11:0] c10_j3_l0_g1_x3;
  wire [11:0] c10_j3_l0_g1_x4;
  wire [11:0] c10_j3_l0_g1_t0_0s;
  wire [11:0] c10_j3_l0_g1_t0_0c;
  wire [11:0] c10_j3_l0_g1_t1_0s;
  wire [11:0] c10_j3_l0_g1_t1_0c;
  wire [11:0] c10_j3_l0_g1_sum;
  wire [11:0] c10_j3_l0_g2_x0;
  wire [11:0] c10_j3_l0_g2_x1;
  wire [11:0] c10_j3_l0_g2_x2;
  wire [11:0] c10_j3_l0_g2_x3;
  wire [11:0] c10_j3_l0_g2_x4;
  wire [11:0] c10_j3_l0_g2_t0_0s;
  wire [11:0] c10_j3_l0_g2_t0_0c;
  wire [11:0] c10_j3_l0_g2_t1_0s;
  wire [11:0] c10_j3_l0_g2_t1_0c;
  wire [11:0] c10_j3_l0_g2_sum;
  wire [11:0] c10_j3_l0_g3_x0;
  wire [11:0] c10_j3_l0_g3_x1;
  wire [11:0] c10_j3_l0_g3_x2;
  wire [11:0] c10_j3_l0_g3_x3;
  wire [11:0] c10_j3_l0_g3_x4;
  wire [11:0] c10_j3_l0_g3_t0_0s;
  wire [11:0] c10_j3_l0_g3_t0_0c;
  wire [11:0] c10_j3_l0_g3_t1_0s;
  wire [11:0] c10_j3_l0_g3_t1_0c;
  wire [11:0] c10_j3_l0_g3_sum;
  wire [13:0] c10_j3_l1_g0_x0;
  wire [13:0] c10_j3_l1_g0_x1;
  wire [13:0] c10_j3_l1_g0_x2;
  wire [13:0] c10_j3_l1_g0_x3;
  wire [13:0] c10_j3_l1_g0_t0_0s;
  wire [13:0] c10_j3_l1_g0_t0_0c;
  wire [13:0] c10_j3_l1_g0_sum;
  wire [19:0] c10_v3;
  wire [19:0] col10_t0_0s;
  wire [19:0] col10_t0_0c;
  wire [19:0] col10_sum;
  wire [8:0] p0_11_p0;
  wire [8:0] p0_11_p1;
  wire [8:0] p0_11_p2;
  wire [8:0] p0_11_p3;
  wire [8:0] p1_11_p0;
  wire [8:0] p1_11_p1;
  wire [8:0] p1_11_p2;
  wire [8:0] p1_11_p3;
  wire [8:0] p2_11_p0;
  wire [8:0] p2_11_p1;
  wire [8:0] p2_11_p2;
  wire [8:0] p2_11_p3;
  wire [8:0] p3_11_p0;
  wire [8:0] p3_11_p1;
  wire [8:0] p3_11_p2;
  wire [8:0] p3_11_p3;
  wire [8:0] p4_11_p0;
  wire [8:0] p4_11_p1;
  wire [8:0] p4_11_p2;
  wire [8:0] p4_11_p3;
  wire [8:0] p5_11_p0;
  wire [8:0] p5_11_p1;
  wire [8:0] p5_11_p2;
  wire [8:0] p5_11_p3;
  wire [8:0] p6_11_p0;
  wire [8:0] p6_11_p1;
  wire [8:0] p6_11_p2;
  wire [8:0] p6_11_p3;
  wire [8:0] p7_11_p0;
  wire [8:0] p7_11_p1;
  wire [8:0] p7_11_p2;
  wire [8:0] p7_11_p3;
  wire [8:0] p8_11_p0;
  wire [8:0] p8_11_p1;
  wire [8:0] p8_11_p2;
  wire [8:0] p8_11_p3;
  wire [8:0] p9_11_p0;
  wire [8:0] p9_11_p1;
  wire [8:0] p9_11_p2;
  wire [8:0] p9_11_p3;
  wire [8:0] p10_11_p0;
  wire [8:0] p10_11_p1;
  wire [8:0] p10_11_p2;
  wire [8:0] p10_11_p3;
  wire [8:0] p11_11_p0;
  wire [8:0] p11_11_p1;
  wire [8:0] p11_11_p2;
  wire [8:0] p11_11_p3;
  wire [8:0] p12_11_p0;
  wire [8:0] p12_11_p1;
  wire [8:0] p12_11_p2;
  wire [8:0] p12_11_p3;
  wire [8:0] p13_11_p0;
  wire [8:0] p13_11_p1;
  wire [8:0] p13_11_p2;
  wire [8:0] p13_11_p3;
  wire [8:0] p14_11_p0;
  wire [8:0] p14_11_p1;
  wire [8:0] p14_11_p2;
  wire [8:0] p14_11_p3;
  wire [8:0] p15_11_p0;
  wire [8:0] p15_11_p1;
  wire [8:0] p15_11_p2;
  wire [8:0] p15_11_p3;
  wire [11:0] c11_j0_l0_g0_x0;
  wire [11:0] c11_j0_l0_g0_x1;
  wire [11:0] c11_j0_l0_g0_x2;
  wire [11:0] c11_j0_l0_g0_x3;
  wire [11:0] c11_j0_l0_g0_x4;
  wire [11:0] c11_j0_l0_g0_t0_0s;
  wire [11:0] c11_j0_l0_g0_t0_0c;
  wire [11:0] c11_j0_l0_g0_t1_0s;
  wire [11:0] c11_j0_l0_g0_t1_0c;
  wire [11:0] c11_j0_l0_g0_sum;
  wire [11:0] c11_j0_l0_g1_x0;
  wire [11:0] c11_j0_l0_g1_x1;
  wire [11:0] c11_j0_l0_g1_x2;
  wire [11:0] c11_j0_l0_g1_x3;
  wire [11:0] c11_j0_l0_g1_x4;
  wire [11:0] c11_j0_l0_g1_t0_0s;
  wire [11:0] c11_j0_l0_g1_t0_0c;
  wire [11:0] c11_j0_l0_g1_t1_0s;
  wire [11:0] c11_j0_l0_g1_t1_0c;
  wire [11:0] c11_j0_l0_g1_sum;
  wire [11:0] c11_j0_l0_g2_x0;
  wire [11:0] c11_j0_l0_g2_x1;
  wire [11:0] c11_j0_l0_g2_x2;
  wire [11:0] c11_j0_l0_g2_x3;
  wire [11:0] c11_j0_l0_g2_x4;
  wire [11:0] c11_j0_l0_g2_t0_0s;
  wire [11:0] c11_j0_l0_g2_t0_0c;
  wire [11:0] c11_j0_l0_g2_t1_0s;
  wire [11:0] c11_j0_l0_g2_t1_0c;
  wire [11:0] c11_j0_l0_g2_sum;
  wire [11:0] c11_j0_l0_g3_x0;
  wire [11:0] c11_j0_l0_g3_x1;
  wire [11:0] c11_j0_l0_g3_x2;
  wire [11:0] c11_j0_l0_g3_x3;
  wire [11:0] c11_j0_l0_g3_x4;
  wire [11:0] c11_j0_l0_g3_t0_0s;
  wire [11:0] c11_j0_l0_g3_t0_0c;
  wire [11:0] c11_j0_l0_g3_t1_0s;
  wire [11:0] c11_j0_l0_g3_t1_0c;
  wire [11:0] c11_j0_l0_g3_sum;
  wire [13:0] c11_j0_l1_g0_x0;
  wire [13:0] c11_j0_l1_g0_x1;
  wire [13:0] c11_j0_l1_g0_x2;
  wire [13:0] c11_j0_l1_g0_x3;
  wire [13:0] c11_j0_l1_g0_t0_0s;
  wire [13:0] c11_j0_l1_g0_t0_0c;
  wire [13:0] c11_j0_l1_g0_sum;
  wire [19:0] c11_v0;
  wire [11:0] c11_j1_l0_g0_x0;
  wire [11:0] c11_j1_l0_g0_x1;
  wire [11:0] c11_j1_l0_g0_x2;
  wire [11:0] c11_j1_l0_g0_x3;
  wire [11:0] c11_j1_l0_g0_x4;
  wire [11:0] c11_j1_l0_g0_t0_0s;
  wire [11:0] c11_j1_l0_g0_t0_0c;
  wire [11:0] c11_j1_l0_g0_t1_0s;
  wire [11:0] c11_j1_l0_g0_t1_0c;
  wire [11:0] c11_j1_l0_g0_sum;
  wire [11:0] c11_j1_l0_g1_x0;
  wire [11:0] c11_j1_l0_g1_x1;
  wire [11:0] c11_j1_l0_g1_x2;
  wire [11:0] c11_j1_l0_g1_x3;
  wire [11:0] c11_j1_l0_g1_x4;
  wire [11:0] c11_j1_l0_g1_t0_0s;
  wire [11:0] c11_j1_l0_g1_t0_0c;
  wire [11:0] c11_j1_l0_g1_t1_0s;
  wire [11:0] c11_j1_l0_g1_t1_0c;
  wire [11:0] c11_j1_l0_g1_sum;
  wire [11:0] c11_j1_l0_g2_x0;
  wire [11:0] c11_j1_l0_g2_x1;
  wire [11:0] c11_j1_l0_g2_x2;
  wire [11:0] c11_j1_l0_g2_x3;
  wire [11:0] c11_j1_l0_g2_x4;
  wire [11:0] c11_j1_l0_g2_t0_0s;
  wire [11:0] c11_j1_l0_g2_t0_0c;
  wire [11:0] c11_j1_l0_g2_t1_0s;
  wire [11:0] c11_j1_l0_g2_t1_0c;
  wire [11:0] c11_j1_l0_g2_sum;
  wire [11:0] c11_j1_l0_g3_x0;
  wire [11:0] c11_j1_l0_g3_x1;
  wire [11:0] c11_j1_l0_g3_x2;
  wire [11:0] c11_j1_l0_g3_x3;
  wire [11:0] c11_j1_l0_g3_x4;
  wire [11:0] c11_j1_l0_g3_t0_0s;
  wire [11:0] c11_j1_l0_g3_t0_0c;
  wire [11:0] c11_j1_l0_g3_t1_0s;
  wire [11:0] c11_j1_l0_g3_t1_0c;
  wire [11:0] c11_j1_l0_g3_sum;
  wire [13:0] c11_j1_l1_g0_x0;
  wire [13:0] c11_j1_l1_g0_x1;
  wire [13:0] c11_j1_l1_g0_x2;
  wire [13:0] c11_j1_l1_g0_x3;
  wire [13:0] c11_j1_l1_g0_t0_0s;
  wire [13:0] c11_j1_l1_g0_t0_0c;
  wire [13:0] c11_j1_l1_g0_sum;
  wire [19:0] c11_v1;
  wire [11:0] c11_j2_l0_g0_x0;
  wire [11:0] c11_j2_l0_g0_x1;
  wire [11:0] c11_j2_l0_g0_x2;
  wire [11:0] c11_j2_l0_g0_x3;
  wire [11:0] c11_j2_l0_g0_x4;
  wire [11:0] c11_j2_l0_g0_t0_0s;
  wire [11:0] c11_j2_l0_g0_t0_0c;
  wire [11:0] c11_j2_l0_g0_t1_0s;
  wire [11:0] c11_j2_l0_g0_t1_0c;
  wire [11:0] c11_j2_l0_g0_sum;
  wire [11:0] c11_j2_l0_g1_x0;
  wire [11:0] c11_j2_l0_g1_x1;
  wire [11:0] c11_j2_l0_g1_x2;
  wire [11:0] c11_j2_l0_g1_x3;
  wire [11:0] c11_j2_l0_g1_x4;
  wire [11:0] c11_j2_l0_g1_t0_0s;
  wire [11:0] c11_j2_l0_g1_t0_0c;
  wire [11:0] c11_j2_l0_g1_t1_0s;
  wire [11:0] c11_j2_l0_g1_t1_0c;
  wire [11:0] c11_j2_l0_g1_sum;
  wire [11:0] c11_j2_l0_g2_x0;
  wire [11:0] c11_j2_l0_g2_x1;
  wire [11:0] c11_j2_l0_g2_x2;
  wire [11:0] c11_j2_l0_g2_x3;
  wire [11:0] c11_j2_l0_g2_x4;
  wire [11:0] c11_j2_l0_g2_t0_0s;
  wire [11:0] c11_j2_l0_g2_t0_0c;
  wire [11:0] c11_j2_l0_g2_t1_0s;
  wire [11:0] c11_j2_l0_g2_t1_0c;
  wire [11:0] c11_j2_l0_g2_sum;
  wire [11:0] c11_j2_l0_g3_x0;
  wire [11:0] c11_j2_l0_g3_x1;
  wire [11:0] c11_j2_l0_g3_x2;
  wire [11:0] c11_j2_l0_g3_x3;
  wire [11:0] c11_j2_l0_g3_x4;
  wire [11:0] c11_j2_l0_g3_t0_0s;
  wire [11:0] c11_j2_l0_g3_t0_0c;
  wire [11:0] c11_j2_l0_g3_t1_0s;
  wire [11:0] c11_j2_l0_g3_t1_0c;
  wire [11:0] c11_j2_l0_g3_sum;
  wire [13:0] c11_j2_l1_g0_x0;
  wire [13:0] c11_j2_l1_g0_x1;
  wire [13:0] c11_j2_l1_g0_x2;
  wire [13:0] c11_j2_l1_g0_x3;
  wire [13:0] c11_j2_l1_g0_t0_0s;
  wire [13:0] c11_j2_l1_g0_t0_0c;
  wire [13:0] c11_j2_l1_g0_sum;
  wire [19:0] c11_v2;
  wire [11:0] c11_j3_l0_g0_x0;
  wire [11:0] c11_j3_l0_g0_x1;
  wire [11:0] c11_j3_l0_g0_x2;
  wire [11:0] c11_j3_l0_g0_x3;
  wire [11:0] c11_j3_l0_g0_x4;
  wire [11:0] c11_j3_l0_g0_t0_0s;
  wire [11:0] c11_j3_l0_g0_t0_0c;
  wire [11:0] c11_j3_l0_g0_t1_0s;
  wire [11:0] c11_j3_l0_g0_t1_0c;
  wire [11:0] c11_j3_l0_g0_sum;
  wire [11:0] c11_j3_l0_g1_x0;
  wire [11:0] c11_j3_l0_g1_x1;
  wire [11:0] c11_j3_l0_g1_x2;
  wire [11:0] c11_j3_l0_g1_x3;
  wire [11:0] c11_j3_l0_g1_x4;
  wire [11:0] c11_j3_l0_g1_t0_0s;
  wire [11:0] c11_j3_l0_g1_t0_0c;
  wire [11:0] c11_j3_l0_g1_t1_0s;
  wire [11:0] c11_j3_l0_g1_t1_0c;
  wire [11:0] c11_j3_l0_g1_sum;
  wire [11:0] c11_j3_l0_g2_x0;
  wire [11:0] c11_j3_l0_g2_x1;
  wire [11:0] c11_j3_l0_g2_x2;
  wire [11:0] c11_j3_l0_g2_x3;
  wire [11:0] c11_j3_l0_g2_x4;
  wire [11:0] c11_j3_l0_g2_t0_0s;
  wire [11:0] c11_j3_l0_g2_t0_0c;
  wire [11:0] c11_j3_l0_g2_t1_0s;
  wire [11:0] c11_j3_l0_g2_t1_0c;
  wire [11:0] c11_j3_l0_g2_sum;
  wire [11:0] c11_j3_l0_g3_x0;
  wire [11:0] c11_j3_l0_g3_x1;
  wire [11:0] c11_j3_l0_g3_x2;
  wire [11:0] c11_j3_l0_g3_x3;
  wire [11:0] c11_j3_l0_g3_x4;
  wire [11:0] c11_j3_l0_g3_t0_0s;
  wire [11:0] c11_j3_l0_g3_t0_0c;
  wire [11:0] c11_j3_l0_g3_t1_0s;
  wire [11:0] c11_j3_l0_g3_t1_0c;
  wire [11:0] c11_j3_l0_g3_sum;
  wire [13:0] c11_j3_l1_g0_x0;
  wire [13:0] c11_j3_l1_g0_x1;
  wire [13:0] c11_j3_l1_g0_x2;
  wire [13:0] c11_j3_l1_g0_x3;
  wire [13:0] c11_j3_l1_g0_t0_0s;
  wire [13:0] c11_j3_l1_g0_t0_0c;
  wire [13:0] c11_j3_l1_g0_sum;
  wire [19:0] c11_v3;
  wire [19:0] col11_t0_0s;
  wire [19:0] col11_t0_0c;
  wire [19:0] col11_sum;
  wire [8:0] p0_12_p0;
  wire [8:0] p0_12_p1;
  wire [8:0] p0_12_p2;
  wire [8:0] p0_12_p3;
  wire [8:0] p1_12_p0;
  wire [8:0] p1_12_p1;
  wire [8:0] p1_12_p2;
  wire [8:0] p1_12_p3;
  wire [8:0] p2_12_p0;
  wire [8:0] p2_12_p1;
  wire [8:0] p2_12_p2;
  wire [8:0] p2_12_p3;
  wire [8:0] p3_12_p0;
  wire [8:0] p3_12_p1;
  wire [8:0] p3_12_p2;
  wire [8:0] p3_12_p3;
  wire [8:0] p4_12_p0;
  wire [8:0] p4_12_p1;
  wire [8:0] p4_12_p2;
  wire [8:0] p4_12_p3;
  wire [8:0] p5_12_p0;
  wire [8:0] p5_12_p1;
  wire [8:0] p5_12_p2;
  wire [8:0] p5_12_p3;
  wire [8:0] p6_12_p0;
  wire [8:0] p6_12_p1;
  wire [8:0] p6_12_p2;
  wire [8:0] p6_12_p3;
  wire [8:0] p7_12_p0;
  wire [8:0] p7_12_p1;
  wire [8:0] p7_12_p2;
  wire [8:0] p7_12_p3;
  wire [8:0] p8_12_p0;
  wire [8:0] p8_12_p1;
  wire [8:0] p8_12_p2;
  wire [8:0] p8_12_p3;
  wire [8:0] p9_12_p0;
  wire [8:0] p9_12_p1;
  wire [8:0] p9_12_p2;
  wire [8:0] p9_12_p3;
  wire [8:0] p10_12_p0;
  wire [8:0] p10_12_p1;
  wire [8:0] p10_12_p2;
  wire [8:0] p10_12_p3;
  wire [8:0] p11_12_p0;
  wire [8:0] p11_12_p1;
  wire [8:0] p11_12_p2;
  wire [8:0] p11_12_p3;
  wire [8:0] p12_12_p0;
  wire [8:0] p12_12_p1;
  wire [8:0] p12_12_p2;
  wire [8:0] p12_12_p3;
  wire [8:0] p13_12_p0;
  wire [8:0] p13_12_p1;
  wire [8:0] p13_12_p2;
  wire [8:0] p13_12_p3;
  wire [8:0] p14_12_p0;
  wire [8:0] p14_12_p1;
  wire [8:0] p14_12_p2;
  wire [8:0] p14_12_p3;
  wire [8:0] p15_12_p0;
  wire [8:0] p15_12_p1;
  wire [8:0] p15_12_p2;
  wire [8:0] p15_12_p3;
  wire [11:0] c12_j0_l0_g0_x0;
  wire [11:0] c12_j0_l0_g0_x1;
  wire [11:0] c12_j0_l0_g0_x2;
  wire [11:0] c12_j0_l0_g0_x3;
  wire [11:0] c12_j0_l0_g0_x4;
  wire [11:0] c12_j0_l0_g0_t0_0s;
  wire [11:0] c12_j0_l0_g0_t0_0c;
  wire [11:0] c12_j0_l0_g0_t1_0s;
  wire [11:0] c12_j0_l0_g0_t1_0c;
  wire [11:0] c12_j0_l0_g0_sum;
  wire [11:0] c12_j0_l0_g1_x0;
  wire [11:0] c12_j0_l0_g1_x1;
  wire [11:0] c12_j0_l0_g1_x2;
  wire [11:0] c12_j0_l0_g1_x3;
  wire [11:0] c12_j0_l0_g1_x4;
  wire [11:0] c12_j0_l0_g1_t0_0s;
  wire [11:0] c12_j0_l0_g1_t0_0c;
  wire [11:0] c12_j0_l0_g1_t1_0s;
  wire [11:0] c12_j0_l0_g1_t1_0c;
  wire [11:0] c12_j0_l0_g1_sum;
  wire [11:0] c12_j0_l0_g2_x0;
  wire [11:0] c12_j0_l0_g2_x1;
  wire [11:0] c12_j0_l0_g2_x2;
  wire [11:0] c12_j0_l0_g2_x3;
  wire [11:0] c12_j0_l0_g2_x4;
  wire [11:0] c12_j0_l0_g2_t0_0s;
  wire [11:0] c12_j0_l0_g2_t0_0c;
  wire [11:0] c12_j0_l0_g2_t1_0s;
  wire [11:0] c12_j0_l0_g2_t1_0c;
  wire [11:0] c12_j0_l0_g2_sum;
  wire [11:0] c12_j0_l0_g3_x0;
  wire [11:0] c12_j0_l0_g3_x1;
  wire [11:0] c12_j0_l0_g3_x2;
  wire [11:0] c12_j0_l0_g3_x3;
  wire [11:0] c12_j0_l0_g3_x4;
  wire [11:0] c12_j0_l0_g3_t0_0s;
  wire [11:0] c12_j0_l0_g3_t0_0c;
  wire [11:0] c12_j0_l0_g3_t1_0s;
  wire [11:0] c12_j0_l0_g3_t1_0c;
  wire [11:0] c12_j0_l0_g3_sum;
  wire [13:0] c12_j0_l1_g0_x0;
  wire [13:0] c12_j0_l1_g0_x1;
  wire [13:0] c12_j0_l1_g0_x2;
  wire [13:0] c12_j0_l1_g0_x3;
  wire [13:0] c12_j0_l1_g0_t0_0s;
  wire [13:0] c12_j0_l1_g0_t0_0c;
  wire [13:0] c12_j0_l1_g0_sum;
  wire [19:0] c12_v0;
  wire [11:0] c12_j1_l0_g0_x0;
  wire [11:0] c12_j1_l0_g0_x1;
  wire [11:0] c12_j1_l0_g0_x2;
  wire [11:0] c12_j1_l0_g0_x3;
  wire [11:0] c12_j1_l0_g0_x4;
  wire [11:0] c12_j1_l0_g0_t0_0s;
  wire [11:0] c12_j1_l0_g0_t0_0c;
  wire [11:0] c12_j1_l0_g0_t1_0s;
  wire [11:0] c12_j1_l0_g0_t1_0c;
  wire [11:0] c12_j1_l0_g0_sum;
  wire [11:0] c12_j1_l0_g1_x0;
  wire [11:0] c12_j1_l0_g1_x1;
  wire [11:0] c12_j1_l0_g1_x2;
  wire [11:0] c12_j1_l0_g1_x3;
  wire [11:0] c12_j1_l0_g1_x4;
  wire [11:0] c12_j1_l0_g1_t0_0s;
  wire [11:0] c12_j1_l0_g1_t0_0c;
  wire [11:0] c12_j1_l0_g1_t1_0s;
  wire [11:0] c12_j1_l0_g1_t1_0c;
  wire [11:0] c12_j1_l0_g1_sum;
  wire [11:0] c12_j1_l0_g2_x0;
  wire [11:0] c12_j1_l0_g2_x1;
  wire [11:0] c12_j1_l0_g2_x2;
  wire [11:0] c12_j1_l0_g2_x3;
  wire [11:0] c12_j1_l0_g2_x4;
  wire [11:0] c12_j1_l0_g2_t0_0s;
  wire [11:0] c12_j1_l0_g2_t0_0c;
  wire [11:0] c12_j1_l0_g2_t1_0s;
  wire [11:0] c12_j1_l0_g2_t1_0c;
  wire [11:0] c12_j1_l0_g2_sum;
  wire [11:0] c12_j1_l0_g3_x0;
  wire [11:0] c12_j1_l0_g3_x1;
  wire [11:0] c12_j1_l0_g3_x2;
  wire [11:0] c12_j1_l0_g3_x3;
  wire [11:0] c12_j1_l0_g3_x4;
  wire [11:0] c12_j1_l0_g3_t0_0s;
  wire [11:0] c12_j1_l0_g3_t0_0c;
  wire [11:0] c12_j1_l0_g3_t1_0s;
  wire [11:0] c12_j1_l0_g3_t1_0c;
  wire [11:0] c12_j1_l0_g3_sum;
  wire [13:0] c12_j1_l1_g0_x0;
  wire [13:0] c12_j1_l1_g0_x1;
  wire [13:0] c12_j1_l1_g0_x2;
  wire [13:0] c12_j1_l1_g0_x3;
  wire [13:0] c12_j1_l1_g0_t0_0s;
  wire [13:0] c12_j1_l1_g0_t0_0c;
  wire [13:0] c12_j1_l1_g0_sum;
  wire [19:0] c12_v1;
  wire [11:0] c12_j2_l0_g0_x0;
  wire [11:0] c12_j2_l0_g0_x1;
  wire [11:0] c12_j2_l0_g0_x2;
  wire [11:0] c12_j2_l0_g0_x3;
  wire [11:0] c12_j2_l0_g0_x4;
  wire [11:0] c12_j2_l0_g0_t0_0s;
  wire [11:0] c12_j2_l0_g0_t0_0c;
  wire [11:0] c12_j2_l0_g0_t1_0s;
  wire [11:0] c12_j2_l0_g0_t1_0c;
  wire [11:0] c12_j2_l0_g0_sum;
  wire [11:0] c12_j2_l0_g1_x0;
  wire [11:0] c12_j2_l0_g1_x1;
  wire [11:0] c12_j2_l0_g1_x2;
  wire [11:0] c12_j2_l0_g1_x3;
  wire [11:0] c12_j2_l0_g1_x4;
  wire [11:0] c12_j2_l0_g1_t0_0s;
  wire [11:0] c12_j2_l0_g1_t0_0c;
  wire [11:0] c12_j2_l0_g1_t1_0s;
  wire [11:0] c12_j2_l0_g1_t1_0c;
  wire [11:0] c12_j2_l0_g1_sum;
  wire [11:0] c12_j2_l0_g2_x0;
  wire [11:0] c12_j2_l0_g2_x1;
  wire [11:0] c12_j2_l0_g2_x2;
  wire [11:0] c12_j2_l0_g2_x3;
  wire [11:0] c12_j2_l0_g2_x4;
  wire [11:0] c12_j2_l0_g2_t0_0s;
  wire [11:0] c12_j2_l0_g2_t0_0c;
  wire [11:0] c12_j2_l0_g2_t1_0s;
  wire [11:0] c12_j2_l0_g2_t1_0c;
  wire [11:0] c12_j2_l0_g2_sum;
  wire [11:0] c12_j2_l0_g3_x0;
  wire [11:0] c12_j2_l0_g3_x1;
  wire [11:0] c12_j2_l0_g3_x2;
  wire [11:0] c12_j2_l0_g3_x3;
  wire [11:0] c12_j2_l0_g3_x4;
  wire [11:0] c12_j2_l0_g3_t0_0s;
  wire [11:0] c12_j2_l0_g3_t0_0c;
  wire [11:0] c12_j2_l0_g3_t1_0s;
  wire [11:0] c12_j2_l0_g3_t1_0c;
  wire [11:0] c12_j2_l0_g3_sum;
  wire [13:0] c12_j2_l1_g0_x0;
  wire [13:0] c12_j2_l1_g0_x1;
  wire [13:0] c12_j2_l1_g0_x2;
  wire [13:0] c12_j2_l1_g0_x3;
  wire [13:0] c12_j2_l1_g0_t0_0s;
  wire [13:0] c12_j2_l1_g0_t0_0c;
  wire [13:0] c12_j2_l1_g0_sum;
  wire [19:0] c12_v2;
  wire [11:0] c12_j3_l0_g0_x0;
  wire [11:0] c12_j3_l0_g0_x1;
  wire [11:0] c12_j3_l0_g0_x2;
  wire [11:0] c12_j3_l0_g0_x3;
  wire [11:0] c12_j3_l0_g0_x4;
  wire [11:0] c12_j3_l0_g0_t0_0s;
  wire [11:0] c12_j3_l0_g0_t0_0c;
  wire [11:0] c12_j3_l0_g0_t1_0s;
  wire [11:0] c12_j3_l0_g0_t1_0c;
  wire [11:0] c12_j3_l0_g0_sum;
  wire [11:0] c12_j3_l0_g1_x0;
  wire [11:0] c12_j3_l0_g1_x1;
  wire [11:0] c12_j3_l0_g1_x2;
  wire [11:0] c12_j3_l0_g1_x3;
  wire [11:0] c12_j3_l0_g1_x4;
  wire [11:0] c12_j3_l0_g1_t0_0s;
  wire [11:0] c12_j3_l0_g1_t0_0c;
  wire [11:0] c12_j3_l0_g1_t1_0s;
  wire [11:0] c12_j3_l0_g1_t1_0c;
  wire [11:0] c12_j3_l0_g1_sum;
  wire [11:0] c12_j3_l0_g2_x0;
  wire [11:0] c12_j3_l0_g2_x1;
  wire [11:0] c12_j3_l0_g2_x2;
  wire [11:0] c12_j3_l0_g2_x3;
  wire [11:0] c12_j3_l0_g2_x4;
  wire [11:0] c12_j3_l0_g2_t0_0s;
  wire [11:0] c12_j3_l0_g2_t0_0c;
  wire [11:0] c12_j3_l0_g2_t1_0s;
  wire [11:0] c12_j3_l0_g2_t1_0c;
  wire [11:0] c12_j3_l0_g2_sum;
  wire [11:0] c12_j3_l0_g3_x0;
  wire [11:0] c12_j3_l0_g3_x1;
  wire [11:0] c12_j3_l0_g3_x2;
  wire [11:0] c12_j3_l0_g3_x3;
  wire [11:0] c12_j3_l0_g3_x4;
  wire [11:0] c12_j3_l0_g3_t0_0s;
  wire [11:0] c12_j3_l0_g3_t0_0c;
  wire [11:0] c12_j3_l0_g3_t1_0s;
  wire [11:0] c12_j3_l0_g3_t1_0c;
  wire [11:0] c12_j3_l0_g3_sum;
  wire [13:0] c12_j3_l1_g0_x0;
  wire [13:0] c12_j3_l1_g0_x1;
  wire [13:0] c12_j3_l1_g0_x2;
  wire [13:0] c12_j3_l1_g0_x3;
  wire [13:0] c12_j3_l1_g0_t0_0s;
  wire [13:0] c12_j3_l1_g0_t0_0c;
  wire [13:0] c12_j3_l1_g0_sum;
  wire [19:0] c12_v3;
  wire [19:0] col12_t0_0s;
  wire [19:0] col12_t0_0c;
  wire [19:0] col12_sum;
  wire [8:0] p0_13_p0;
  wire [8:0] p0_13_p1;
  wire [8:0] p0_13_p2;
  wire [8:0] p0_13_p3;
  wire [8:0] p1_13_p0;
  wire [8:0] p1_13_p1;
  wire [8:0] p1_13_p2;
  wire [8:0] p1_13_p3;
  wire [8:0] p2_13_p0;
  wire [8:0] p2_13_p1;
  wire [8:0] p2_13_p2;
  wire [8:0] p2_13_p3;
  wire [8:0] p3_13_p0;
  wire [8:0] p3_13_p1;
  wire [8:0] p3_13_p2;
  wire [8:0] p3_13_p3;
  wire [8:0] p4_13_p0;
  wire [8:0] p4_13_p1;
  wire [8:0] p4_13_p2;
  wire [8:0] p4_13_p3;
  wire [8:0] p5_13_p0;
  wire [8:0] p5_13_p1;
  wire [8:0] p5_13_p2;
  wire [8:0] p5_13_p3;
  wire [8:0] p6_13_p0;
  wire [8:0] p6_13_p1;
  wire [8:0] p6_13_p2;
  wire [8:0] p6_13_p3;
  wire [8:0] p7_13_p0;
  wire [8:0] p7_13_p1;
  wire [8:0] p7_13_p2;
  wire [8:0] p7_13_p3;
  wire [8:0] p8_13_p0;
  wire [8:0] p8_13_p1;
  wire [8:0] p8_13_p2;
  wire [8:0] p8_13_p3;
  wire [8:0] p9_13_p0;
  wire [8:0] p9_13_p1;
  wire [8:0] p9_13_p2;
  wire [8:0] p9_13_p3;
  wire [8:0] p10_13_p0;
  wire [8:0] p10_13_p1;
  wire [8:0] p10_13_p2;
  wire [8:0] p10_13_p3;
  wire [8:0] p11_13_p0;
  wire [8:0] p11_13_p1;
  wire [8:0] p11_13_p2;
  wire [8:0] p11_13_p3;
  wire [8:0] p12_13_p0;
  wire [8:0] p12_13_p1;
  wire [8:0] p12_13_p2;
  wire [8:0] p12_13_p3;
  wire [8:0] p13_13_p0;
  wire [8:0] p13_13_p1;
  wire [8:0] p13_13_p2;
  wire [8:0] p13_13_p3;
  wire [8:0] p14_13_p0;
  wire [8:0] p14_13_p1;
  wire [8:0] p14_13_p2;
  wire [8:0] p14_13_p3;
  wire [8:0] p15_13_p0;
  wire [8:0] p15_13_p1;
  wire [8:0] p15_13_p2;
  wire [8:0] p15_13_p3;
  wire [11:0] c13_j0_l0_g0_x0;
  wire [11:0] c13_j0_l0_g0_x1;
  wire [11:0] c13_j0_l0_g0_x2;
  wire [11:0] c13_j0_l0_g0_x3;
  wire [11:0] c13_j0_l0_g0_x4;
  wire [11:0] c13_j0_l0_g0_t0_0s;
  wire [11:0] c13_j0_l0_g0_t0_0c;
  wire [11:0] c13_j0_l0_g0_t1_0s;
  wire [11:0] c13_j0_l0_g0_t1_0c;
  wire [11:0] c13_j0_l0_g0_sum;
  wire [11:0] c13_j0_l0_g1_x0;
  wire [11:0] c13_j0_l0_g1_x1;
  wire [11:0] c13_j0_l0_g1_x2;
  wire [11:0] c13_j0_l0_g1_x3;
  wire [11:0] c13_j0_l0_g1_x4;
  wire [11:0] c13_j0_l0_g1_t0_0s;
  wire [11:0] c13_j0_l0_g1_t0_0c;
  wire [11:0] c13_j0_l0_g1_t1_0s;
  wire [11:0] c13_j0_l0_g1_t1_0c;
  wire [11:0] c13_j0_l0_g1_sum;
  wire [11:0] c13_j0_l0_g2_x0;
  wire [11:0] c13_j0_l0_g2_x1;
  wire [11:0] c13_j0_l0_g2_x2;
  wire [11:0] c13_j0_l0_g2_x3;
  wire [11:0] c13_j0_l0_g2_x4;
  wire [11:0] c13_j0_l0_g2_t0_0s;
  wire [11:0] c13_j0_l0_g2_t0_0c;
  wire [11:0] c13_j0_l0_g2_t1_0s;
  wire [11:0] c13_j0_l0_g2_t1_0c;
  wire [11:0] c13_j0_l0_g2_sum;
  wire [11:0] c13_j0_l0_g3_x0;
  wire [11:0] c13_j0_l0_g3_x1;
  wire [11:0] c13_j0_l0_g3_x2;
  wire [11:0] c13_j0_l0_g3_x3;
  wire [11:0] c13_j0_l0_g3_x4;
  wire [11:0] c13_j0_l0_g3_t0_0s;
  wire [11:0] c13_j0_l0_g3_t0_0c;
  wire [11:0] c13_j0_l0_g3_t1_0s;
  wire [11:0] c13_j0_l0_g3_t1_0c;
  wire [11:0] c13_j0_l0_g3_sum;
  wire [13:0] c13_j0_l1_g0_x0;
  wire [13:0] c13_j0_l1_g0_x1;
  wire [13:0] c13_j0_l1_g0_x2;
  wire [13:0] c13_j0_l1_g0_x3;
  wire [13:0] c13_j0_l1_g0_t0_0s;
  wire [13:0] c13_j0_l1_g0_t0_0c;
  wire [13:0] c13_j0_l1_g0_sum;
  wire [19:0] c13_v0;
  wire [11:0] c13_j1_l0_g0_x0;
  wire [11:0] c13_j1_l0_g0_x1;
  wire [11:0] c13_j1_l0_g0_x2;
  wire [11:0] c13_j1_l0_g0_x3;
  wire [11:0] c13_j1_l0_g0_x4;
  wire [11:0] c13_j1_l0_g0_t0_0s;
  wire [11:0] c13_j1_l0_g0_t0_0c;
  wire [11:0] c13_j1_l0_g0_t1_0s;
  wire [11:0] c13_j1_l0_g0_t1_0c;
  wire [11:0] c13_j1_l0_g0_sum;
  wire [11:0] c13_j1_l0_g1_x0;
  wire [11:0] c13_j1_l0_g1_x1;
  wire [11:0] c13_j1_l0_g1_x2;
  wire [11:0] c13_j1_l0_g1_x3;
  wire [11:0] c13_j1_l0_g1_x4;
  wire [11:0] c13_j1_l0_g1_t0_0s;
  wire [11:0] c13_j1_l0_g1_t0_0c;
  wire [11:0] c13_j1_l0_g1_t1_0s;
  wire [11:0] c13_j1_l0_g1_t1_0c;
  wire [11:0] c13_j1_l0_g1_sum;
  wire [11:0] c13_j1_l0_g2_x0;
  wire [11:0] c13_j1_l0_g2_x1;
  wire [11:0] c13_j1_l0_g2_x2;
  wire [11:0] c13_j1_l0_g2_x3;
  wire [11:0] c13_j1_l0_g2_x4;
  wire [11:0] c13_j1_l0_g2_t0_0s;
  wire [11:0] c13_j1_l0_g2_t0_0c;
  wire [11:0] c13_j1_l0_g2_t1_0s;
  wire [11:0] c13_j1_l0_g2_t1_0c;
  wire [11:0] c13_j1_l0_g2_sum;
  wire [11:0] c13_j1_l0_g3_x0;
  wire [11:0] c13_j1_l0_g3_x1;
  wire [11:0] c13_j1_l0_g3_x2;
  wire [11:0] c13_j1_l0_g3_x3;
  wire [11:0] c13_j1_l0_g3_x4;
  wire [11:0] c13_j1_l0_g3_t0_0s;
  wire [11:0] c13_j1_l0_g3_t0_0c;
  wire [11:0] c13_j1_l0_g3_t1_0s;
  wire [11:0] c13_j1_l0_g3_t1_0c;
  wire [11:0] c13_j1_l0_g3_sum;
  wire [13:0] c13_j1_l1_g0_x0;
  wire [13:0] c13_j1_l1_g0_x1;
  wire [13:0] c13_j1_l1_g0_x2;
  wire [13:0] c13_j1_l1_g0_x3;
  wire [13:0] c13_j1_l1_g0_t0_0s;
  wire [13:0] c13_j1_l1_g0_t0_0c;
  wire [13:0] c13_j1_l1_g0_sum;
  wire [19:0] c13_v1;
  wire [11:0] c13_j2_l0_g0_x0;
  wire [11:0] c13_j2_l0_g0_x1;
  wire [11:0] c13_j2_l0_g0_x2;
  wire [11:0] c13_j2_l0_g0_x3;
  wire [11:0] c13_j2_l0_g0_x4;
  wire [11:0] c13_j2_l0_g0_t0_0s;
  wire [11:0] c13_j2_l0_g0_t0_0c;
  wire [11:0] c13_j2_l0_g0_t1_0s;
  wire [11:0] c13_j2_l0_g0_t1_0c;
  wire [11:0] c13_j2_l0_g0_sum;
  wire [11:0] c13_j2_l0_g1_x0;
  wire [11:0] c13_j2_l0_g1_x1;
  wire [11:0] c13_j2_l0_g1_x2;
  wire [11:0] c13_j2_l0_g1_x3;
  wire [11:0] c13_j2_l0_g1_x4;
  wire [11:0] c13_j2_l0_g1_t0_0s;
  wire [11:0] c13_j2_l0_g1_t0_0c;
  wire [11:0] c13_j2_l0_g1_t1_0s;
  wire [11:0] c13_j2_l0_g1_t1_0c;
  wire [11:0] c13_j2_l0_g1_sum;
  wire [11:0] c13_j2_l0_g2_x0;
  wire [11:0] c13_j2_l0_g2_x1;
  wire [11:0] c13_j2_l0_g2_x2;
  wire [11:0] c13_j2_l0_g2_x3;
  wire [11:0] c13_j2_l0_g2_x4;
  wire [11:0] c13_j2_l0_g2_t0_0s;
  wire [11:0] c13_j2_l0_g2_t0_0c;
  wire [11:0] c13_j2_l0_g2_t1_0s;
  wire [11:0] c13_j2_l0_g2_t1_0c;
  wire [11:0] c13_j2_l0_g2_sum;
  wire [11:0] c13_j2_l0_g3_x0;
  wire [11:0] c13_j2_l0_g3_x1;
  wire [11:0] c13_j2_l0_g3_x2;
  wire [11:0] c13_j2_l0_g3_x3;
  wire [11:0] c13_j2_l0_g3_x4;
  wire [11:0] c13_j2_l0_g3_t0_0s;
  wire [11:0] c13_j2_l0_g3_t0_0c;
  wire [11:0] c13_j2_l0_g3_t1_0s;
  wire [11:0] c13_j2_l0_g3_t1_0c;
  wire [11:0] c13_j2_l0_g3_sum;
  wire [13:0] c13_j2_l1_g0_x0;
  wire [13:0] c13_j2_l1_g0_x1;
  wire [13:0] c13_j2_l1_g0_x2;
  wire [13:0] c13_j2_l1_g0_x3;
  wire [13:0] c13_j2_l1_g0_t0_0s;
  wire [13:0] c13_j2_l1_g0_t0_0c;
  wire [13:0] c13_j2_l1_g0_sum;
  wire [19:0] c13_v2;
  wire [11:0] c13_j3_l0_g0_x0;
  wire [11:0] c13_j3_l0_g0_x1;
  wire [11:0] c13_j3_l0_g0_x2;
  wire [11:0] c13_j3_l0_g0_x3;
  wire [11:0] c13_j3_l0_g0_x4;
  wire [11:0] c13_j3_l0_g0_t0_0s;
  wire [11:0] c13_j3_l0_g0_t0_0c;
  wire [11:0] c13_j3_l0_g0_t1_0s;
  wire [11:0] c13_j3_l0_g0_t1_0c;
  wire [11:0] c13_j3_l0_g0_sum;
  wire [11:0] c13_j3_l0_g1_x0;
  wire [11:0] c13_j3_l0_g1_x1;
  wire [11:0] c13_j3_l0_g1_x2;
  wire [11:0] c13_j3_l0_g1_x3;
  wire [11:0] c13_j3_l0_g1_x4;
  wire [11:0] c13_j3_l0_g1_t0_0s;
  wire [11:0] c13_j3_l0_g1_t0_0c;
  wire [11:0] c13_j3_l0_g1_t1_0s;
  wire [11:0] c13_j3_l0_g1_t1_0c;
  wire [11:0] c13_j3_l0_g1_sum;
  wire [11:0] c13_j3_l0_g2_x0;
  wire [11:0] c13_j3_l0_g2_x1;
  wire [11:0] c13_j3_l0_g2_x2;
  wire [11:0] c13_j3_l0_g2_x3;
  wire [11:0] c13_j3_l0_g2_x4;
  wire [11:0] c13_j3_l0_g2_t0_0s;
  wire [11:0] c13_j3_l0_g2_t0_0c;
  wire [11:0] c13_j3_l0_g2_t1_0s;
  wire [11:0] c13_j3_l0_g2_t1_0c;
  wire [11:0] c13_j3_l0_g2_sum;
  wire [11:0] c13_j3_l0_g3_x0;
  wire [11:0] c13_j3_l0_g3_x1;
  wire [11:0] c13_j3_l0_g3_x2;
  wire [11:0] c13_j3_l0_g3_x3;
  wire [11:0] c13_j3_l0_g3_x4;
  wire [11:0] c13_j3_l0_g3_t0_0s;
  wire [11:0] c13_j3_l0_g3_t0_0c;
  wire [11:0] c13_j3_l0_g3_t1_0s;
  wire [11:0] c13_j3_l0_g3_t1_0c;
  wire [11:0] c13_j3_l0_g3_sum;
  wire [13:0] c13_j3_l1_g0_x0;
  wire [13:0] c13_j3_l1_g0_x1;
  wire [13:0] c13_j3_l1_g0_x2;
  wire [13:0] c13_j3_l1_g0_x3;
  wire [13:0] c13_j3_l1_g0_t0_0s;
  wire [13:0] c13_j3_l1_g0_t0_0c;
  wire [13:0] c13_j3_l1_g0_sum;
  wire [19:0] c13_v3;
  wire [19:0] col13_t0_0s;
  wire [19:0] col13_t0_0c;
  wire [19:0] col13_sum;
  wire [8:0] p0_14_p0;
  wire [8:0] p0_14_p1;
  wire [8:0] p0_14_p2;
  wire [8:0] p0_14_p3;
  wire [8:0] p1_14_p0;
  wire [8:0] p1_14_p1;
  wire [8:0] p1_14_p2;
  wire [8:0] p1_14_p3;
  wire [8:0] p2_14_p0;
  wire [8:0] p2_14_p1;
  wire [8:0] p2_14_p2;
  wire [8:0] p2_14_p3;
  wire [8:0] p3_14_p0;
  wire [8:0] p3_14_p1;
  wire [8:0] p3_14_p2;
  wire [8:0] p3_14_p3;
  wire [8:0] p4_14_p0;
  wire [8:0] p4_14_p1;
  wire [8:0] p4_14_p2;
  wire [8:0] p4_14_p3;
  wire [8:0] p5_14_p0;
  wire [8:0] p5_14_p1;
  wire [8:0] p5_14_p2;
  wire [8:0] p5_14_p3;
  wire [8:0] p6_14_p0;
  wire [8:0] p6_14_p1;
  wire [8:0] p6_14_p2;
  wire [8:0] p6_14_p3;
  wire [8:0] p7_14_p0;
  wire [8:0] p7_14_p1;
  wire [8:0] p7_14_p2;
  wire [8:0] p7_14_p3;
  wire [8:0] p8_14_p0;
  wire [8:0] p8_14_p1;
  wire [8:0] p8_14_p2;
  wire [8:0] p8_14_p3;
  wire [8:0] p9_14_p0;
  wire [8:0] p9_14_p1;
  wire [8:0] p9_14_p2;
  wire [8:0] p9_14_p3;
  wire [8:0] p10_14_p0;
  wire [8:0] p10_14_p1;
  wire [8:0] p10_14_p2;
  wire [8:0] p10_14_p3;
  wire [8:0] p11_14_p0;
  wire [8:0] p11_14_p1;
  wire [8:0] p11_14_p2;
  wire [8:0] p11_14_p3;
  wire [8:0] p12_14_p0;
  wire [8:0] p12_14_p1;
  wire [8:0] p12_14_p2;
  wire [8:0] p12_14_p3;
  wire [8:0] p13_14_p0;
  wire [8:0] p13_14_p1;
  wire [8:0] p13_14_p2;
  wire [8:0] p13_14_p3;
  wire [8:0] p14_14_p0;
  wire [8:0] p14_14_p1;
  wire [8:0] p14_14_p2;
  wire [8:0] p14_14_p3;
  wire [8:0] p15_14_p0;
  wire [8:0] p15_14_p1;
  wire [8:0] p15_14_p2;
  wire [8:0] p15_14_p3;
  wire [11:0] c14_j0_l0_g0_x0;
  wire [11:0] c14_j0_l0_g0_x1;
  wire [11:0] c14_j0_l0_g0_x2;
  wire [11:0] c14_j0_l0_g0_x3;
  wire [11:0] c14_j0_l0_g0_x4;
  wire [11:0] c14_j0_l0_g0_t0_0s;
  wire [11:0] c14_j0_l0_g0_t0_0c;
  wire [11:0] c14_j0_l0_g0_t1_0s;
  wire [11:0] c14_j0_l0_g0_t1_0c;
  wire [11:0] c14_j0_l0_g0_sum;
  wire [11:0] c14_j0_l0_g1_x0;
  wire [11:0] c14_j0_l0_g1_x1;
  wire [11:0] c14_j0_l0_g1_x2;
  wire [11:0] c14_j0_l0_g1_x3;
  wire [11:0] c14_j0_l0_g1_x4;
  wire [11:0] c14_j0_l0_g1_t0_0s;
  wire [11:0] c14_j0_l0_g1_t0_0c;
  wire [11:0] c14_j0_l0_g1_t1_0s;
  wire [11:0] c14_j0_l0_g1_t1_0c;
  wire [11:0] c14_j0_l0_g1_sum;
  wire [11:0] c14_j0_l0_g2_x0;
  wire [11:0] c14_j0_l0_g2_x1;
  wire [11:0] c14_j0_l0_g2_x2;
  wire [11:0] c14_j0_l0_g2_x3;
  wire [11:0] c14_j0_l0_g2_x4;
  wire [11:0] c14_j0_l0_g2_t0_0s;
  wire [11:0] c14_j0_l0_g2_t0_0c;
  wire [11:0] c14_j0_l0_g2_t1_0s;
  wire [11:0] c14_j0_l0_g2_t1_0c;
  wire [11:0] c14_j0_l0_g2_sum;
  wire [11:0] c14_j0_l0_g3_x0;
  wire [11:0] c14_j0_l0_g3_x1;
  wire [11:0] c14_j0_l0_g3_x2;
  wire [11:0] c14_j0_l0_g3_x3;
  wire [11:0] c14_j0_l0_g3_x4;
  wire [11:0] c14_j0_l0_g3_t0_0s;
  wire [11:0] c14_j0_l0_g3_t0_0c;
  wire [11:0] c14_j0_l0_g3_t1_0s;
  wire [11:0] c14_j0_l0_g3_t1_0c;
  wire [11:0] c14_j0_l0_g3_sum;
  wire [13:0] c14_j0_l1_g0_x0;
  wire [13:0] c14_j0_l1_g0_x1;
  wire [13:0] c14_j0_l1_g0_x2;
  wire [13:0] c14_j0_l1_g0_x3;
  wire [13:0] c14_j0_l1_g0_t0_0s;
  wire [13:0] c14_j0_l1_g0_t0_0c;
  wire [13:0] c14_j0_l1_g0_sum;
  wire [19:0] c14_v0;
  wire [11:0] c14_j1_l0_g0_x0;
  wire [11:0] c14_j1_l0_g0_x1;
  wire [11:0] c14_j1_l0_g0_x2;
  wire [11:0] c14_j1_l0_g0_x3;
  wire [11:0] c14_j1_l0_g0_x4;
  wire [11:0] c14_j1_l0_g0_t0_0s;
  wire [11:0] c14_j1_l0_g0_t0_0c;
  wire [11:0] c14_j1_l0_g0_t1_0s;
  wire [11:0] c14_j1_l0_g0_t1_0c;
  wire [11:0] c14_j1_l0_g0_sum;
  wire [11:0] c14_j1_l0_g1_x0;
  wire [11:0] c14_j1_l0_g1_x1;
  wire [11:0] c14_j1_l0_g1_x2;
  wire [11:0] c14_j1_l0_g1_x3;
  wire [11:0] c14_j1_l0_g1_x4;
  wire [11:0] c14_j1_l0_g1_t0_0s;
  wire [11:0] c14_j1_l0_g1_t0_0c;
  wire [11:0] c14_j1_l0_g1_t1_0s;
  wire [11:0] c14_j1_l0_g1_t1_0c;
  wire [11:0] c14_j1_l0_g1_sum;
  wire [11:0] c14_j1_l0_g2_x0;
  wire [11:0] c14_j1_l0_g2_x1;
  wire [11:0] c14_j1_l0_g2_x2;
  wire [11:0] c14_j1_l0_g2_x3;
  wire [11:0] c14_j1_l0_g2_x4;
  wire [11:0] c14_j1_l0_g2_t0_0s;
  wire [11:0] c14_j1_l0_g2_t0_0c;
  wire [11:0] c14_j1_l0_g2_t1_0s;
  wire [11:0] c14_j1_l0_g2_t1_0c;
  wire [11:0] c14_j1_l0_g2_sum;
  wire [11:0] c14_j1_l0_g3_x0;
  wire [11:0] c14_j1_l0_g3_x1;
  wire [11:0] c14_j1_l0_g3_x2;
  wire [11:0] c14_j1_l0_g3_x3;
  wire [11:0] c14_j1_l0_g3_x4;
  wire [11:0] c14_j1_l0_g3_t0_0s;
  wire [11:0] c14_j1_l0_g3_t0_0c;
  wire [11:0] c14_j1_l0_g3_t1_0s;
  wire [11:0] c14_j1_l0_g3_t1_0c;
  wire [11:0] c14_j1_l0_g3_sum;
  wire [13:0] c14_j1_l1_g0_x0;
  wire [13:0] c14_j1_l1_g0_x1;
  wire [13:0] c14_j1_l1_g0_x2;
  wire [13:0] c14_j1_l1_g0_x3;
  wire [13:0] c14_j1_l1_g0_t0_0s;
  wire [13:0] c14_j1_l1_g0_t0_0c;
  wire [13:0] c14_j1_l1_g0_sum;
  wire [19:0] c14_v1;
  wire [11:0] c14_j2_l0_g0_x0;
  wire [11:0] c14_j2_l0_g0_x1;
  wire [11:0] c14_j2_l0_g0_x2;
  wire [11:0] c14_j2_l0_g0_x3;
  wire [11:0] c14_j2_l0_g0_x4;
  wire [11:0] c14_j2_l0_g0_t0_0s;
  wire [11:0] c14_j2_l0_g0_t0_0c;
  wire [11:0] c14_j2_l0_g0_t1_0s;
  wire [11:0] c14_j2_l0_g0_t1_0c;
  wire [11:0] c14_j2_l0_g0_sum;
  wire [11:0] c14_j2_l0_g1_x0;
  wire [11:0] c14_j2_l0_g1_x1;
  wire [11:0] c14_j2_l0_g1_x2;
  wire [11:0] c14_j2_l0_g1_x3;
  wire [11:0] c14_j2_l0_g1_x4;
  wire [11:0] c14_j2_l0_g1_t0_0s;
  wire [11:0] c14_j2_l0_g1_t0_0c;
  wire [11:0] c14_j2_l0_g1_t1_0s;
  wire [11:0] c14_j2_l0_g1_t1_0c;
  wire [11:0] c14_j2_l0_g1_sum;
  wire [11:0] c14_j2_l0_g2_x0;
  wire [11:0] c14_j2_l0_g2_x1;
  wire [11:0] c14_j2_l0_g2_x2;
  wire [11:0] c14_j2_l0_g2_x3;
  wire [11:0] c14_j2_l0_g2_x4;
  wire [11:0] c14_j2_l0_g2_t0_0s;
  wire [11:0] c14_j2_l0_g2_t0_0c;
  wire [11:0] c14_j2_l0_g2_t1_0s;
  wire [11:0] c14_j2_l0_g2_t1_0c;
  wire [11:0] c14_j2_l0_g2_sum;
  wire [11:0] c14_j2_l0_g3_x0;
  wire [11:0] c14_j2_l0_g3_x1;
  wire [11:0] c14_j2_l0_g3_x2;
  wire [11:0] c14_j2_l0_g3_x3;
  wire [11:0] c14_j2_l0_g3_x4;
  wire [11:0] c14_j2_l0_g3_t0_0s;
  wire [11:0] c14_j2_l0_g3_t0_0c;
  wire [11:0] c14_j2_l0_g3_t1_0s;
  wire [11:0] c14_j2_l0_g3_t1_0c;
  wire [11:0] c14_j2_l0_g3_sum;
  wire [13:0] c14_j2_l1_g0_x0;
  wire [13:0] c14_j2_l1_g0_x1;
  wire [13:0] c14_j2_l1_g0_x2;
  wire [13:0] c14_j2_l1_g0_x3;
  wire [13:0] c14_j2_l1_g0_t0_0s;
  wire [13:0] c14_j2_l1_g0_t0_0c;
  wire [13:0] c14_j2_l1_g0_sum;
  wire [19:0] c14_v2;
  wire [11:0] c14_j3_l0_g0_x0;
  wire [11:0] c14_j3_l0_g0_x1;
  wire [11:0] c14_j3_l0_g0_x2;
  wire [11:0] c14_j3_l0_g0_x3;
  wire [11:0] c14_j3_l0_g0_x4;
  wire [11:0] c14_j3_l0_g0_t0_0s;
  wire [11:0] c14_j3_l0_g0_t0_0c;
  wire [11:0] c14_j3_l0_g0_t1_0s;
  wire [11:0] c14_j3_l0_g0_t1_0c;
  wire [11:0] c14_j3_l0_g0_sum;
  wire [11:0] c14_j3_l0_g1_x0;
  wire [11:0] c14_j3_l0_g1_x1;
  wire [11:0] c14_j3_l0_g1_x2;
  wire [11:0] c14_j3_l0_g1_x3;
  wire [11:0] c14_j3_l0_g1_x4;
  wire [11:0] c14_j3_l0_g1_t0_0s;
  wire [11:0] c14_j3_l0_g1_t0_0c;
  wire [11:0] c14_j3_l0_g1_t1_0s;
  wire [11:0] c14_j3_l0_g1_t1_0c;
  wire [11:0] c14_j3_l0_g1_sum;
  wire [11:0] c14_j3_l0_g2_x0;
  wire [11:0] c14_j3_l0_g2_x1;
  wire [11:0] c14_j3_l0_g2_x2;
  wire [11:0] c14_j3_l0_g2_x3;
  wire [11:0] c14_j3_l0_g2_x4;
  wire [11:0] c14_j3_l0_g2_t0_0s;
  wire [11:0] c14_j3_l0_g2_t0_0c;
  wire [11:0] c14_j3_l0_g2_t1_0s;
  wire [11:0] c14_j3_l0_g2_t1_0c;
  wire [11:0] c14_j3_l0_g2_sum;
  wire [11:0] c14_j3_l0_g3_x0;
  wire [11:0] c14_j3_l0_g3_x1;
  wire [11:0] c14_j3_l0_g3_x2;
  wire [11:0] c14_j3_l0_g3_x3;
  wire [11:0] c14_j3_l0_g3_x4;
  wire [11:0] c14_j3_l0_g3_t0_0s;
  wire [11:0] c14_j3_l0_g3_t0_0c;
  wire [11:0] c14_j3_l0_g3_t1_0s;
  wire [11:0] c14_j3_l0_g3_t1_0c;
  wire [11:0] c14_j3_l0_g3_sum;
  wire [13:0] c14_j3_l1_g0_x0;
  wire [13:0] c14_j3_l1_g0_x1;
  wire [13:0] c14_j3_l1_g0_x2;
  wire [13:0] c14_j3_l1_g0_x3;
  wire [13:0] c14_j3_l1_g0_t0_0s;
  wire [13:0] c14_j3_l1_g0_t0_0c;
  wire [13:0] c14_j3_l1_g0_sum;
  wire [19:0] c14_v3;
  wire [19:0] col14_t0_0s;
  wire [19:0] col14_t0_0c;
  wire [19:0] col14_sum;
  wire [8:0] p0_15_p0;
  wire [8:0] p0_15_p1;
  wire [8:0] p0_15_p2;
  wire [8:0] p0_15_p3;
  wire [8:0] p1_15_p0;
  wire [8:0] p1_15_p1;
  wire [8:0] p1_15_p2;
  wire [8:0] p1_15_p3;
  wire [8:0] p2_15_p0;
  wire [8:0] p2_15_p1;
  wire [8:0] p2_15_p2;
  wire [8:0] p2_15_p3;
  wire [8:0] p3_15_p0;
  wire [8:0] p3_15_p1;
  wire [8:0] p3_15_p2;
  wire [8:0] p3_15_p3;
  wire [8:0] p4_15_p0;
  wire [8:0] p4_15_p1;
  wire [8:0] p4_15_p2;
  wire [8:0] p4_15_p3;
  wire [8:0] p5_15_p0;
  wire [8:0] p5_15_p1;
  wire [8:0] p5_15_p2;
  wire [8:0] p5_15_p3;
  wire [8:0] p6_15_p0;
  wire [8:0] p6_15_p1;
  wire [8:0] p6_15_p2;
  wire [8:0] p6_15_p3;
  wire [8:0] p7_15_p0;
  wire [8:0] p7_15_p1;
  wire [8:0] p7_15_p2;
  wire [8:0] p7_15_p3;
  wire [8:0] p8_15_p0;
  wire [8:0] p8_15_p1;
  wire [8:0] p8_15_p2;
  wire [8:0] p8_15_p3;
  wire [8:0] p9_15_p0;
  wire [8:0] p9_15_p1;
  wire [8:0] p9_15_p2;
  wire [8:0] p9_15_p3;
  wire [8:0] p10_15_p0;
  wire [8:0] p10_15_p1;
  wire [8:0] p10_15_p2;
  wire [8:0] p10_15_p3;
  wire [8:0] p11_15_p0;
  wire [8:0] p11_15_p1;
  wire [8:0] p11_15_p2;
  wire [8:0] p11_15_p3;
  wire [8:0] p12_15_p0;
  wire [8:0] p12_15_p1;
  wire [8:0] p12_15_p2;
  wire [8:0] p12_15_p3;
  wire [8:0] p13_15_p0;
  wire [8:0] p13_15_p1;
  wire [8:0] p13_15_p2;
  wire [8:0] p13_15_p3;
  wire [8:0] p14_15_p0;
  wire [8:0] p14_15_p1;
  wire [8:0] p14_15_p2;
  wire [8:0] p14_15_p3;
  wire [8:0] p15_15_p0;
  wire [8:0] p15_15_p1;
  wire [8:0] p15_15_p2;
  wire [8:0] p15_15_p3;
  wire [11:0] c15_j0_l0_g0_x0;
  wire [11:0] c15_j0_l0_g0_x1;
  wire [11:0] c15_j0_l0_g0_x2;
  wire [11:0] c15_j0_l0_g0_x3;
  wire [11:0] c15_j0_l0_g0_x4;
  wire [11:0] c15_j0_l0_g0_t0_0s;
  wire [11:0] c15_j0_l0_g0_t0_0c;
  wire [11:0] c15_j0_l0_g0_t1_0s;
  wire [11:0] c15_j0_l0_g0_t1_0c;
  wire [11:0] c15_j0_l0_g0_sum;
  wire [11:0] c15_j0_l0_g1_x0;
  wire [11:0] c15_j0_l0_g1_x1;
  wire [11:0] c15_j0_l0_g1_x2;
  wire [11:0] c15_j0_l0_g1_x3;
  wire [11:0] c15_j0_l0_g1_x4;
  wire [11:0] c15_j0_l0_g1_t0_0s;
  wire [11:0] c15_j0_l0_g1_t0_0c;
  wire [11:0] c15_j0_l0_g1_t1_0s;
  wire [11:0] c15_j0_l0_g1_t1_0c;
  wire [11:0] c15_j0_l0_g1_sum;
  wire [11:0] c15_j0_l0_g2_x0;
  wire [11:0] c15_j0_l0_g2_x1;
  wire [11:0] c15_j0_l0_g2_x2;
  wire [11:0] c15_j0_l0_g2_x3;
  wire [11:0] c15_j0_l0_g2_x4;
  wire [11:0] c15_j0_l0_g2_t0_0s;
  wire [11:0] c15_j0_l0_g2_t0_0c;
  wire [11:0] c15_j0_l0_g2_t1_0s;
  wire [11:0] c15_j0_l0_g2_t1_0c;
  wire [11:0] c15_j0_l0_g2_sum;
  wire [11:0] c15_j0_l0_g3_x0;
  wire [11:0] c15_j0_l0_g3_x1;
  wire [11:0] c15_j0_l0_g3_x2;
  wire [11:0] c15_j0_l0_g3_x3;
  wire [11:0] c15_j0_l0_g3_x4;
  wire [11:0] c15_j0_l0_g3_t0_0s;
  wire [11:0] c15_j0_l0_g3_t0_0c;
  wire [11:0] c15_j0_l0_g3_t1_0s;
  wire [11:0] c15_j0_l0_g3_t1_0c;
  wire [11:0] c15_j0_l0_g3_sum;
  wire [13:0] c15_j0_l1_g0_x0;
  wire [13:0] c15_j0_l1_g0_x1;
  wire [13:0] c15_j0_l1_g0_x2;
  wire [13:0] c15_j0_l1_g0_x3;
  wire [13:0] c15_j0_l1_g0_t0_0s;
  wire [13:0] c15_j0_l1_g0_t0_0c;
  wire [13:0] c15_j0_l1_g0_sum;
  wire [19:0] c15_v0;
  wire [11:0] c15_j1_l0_g0_x0;
  wire [11:0] c15_j1_l0_g0_x1;
  wire [11:0] c15_j1_l0_g0_x2;
  wire [11:0] c15_j1_l0_g0_x3;
  wire [11:0] c15_j1_l0_g0_x4;
  wire [11:0] c15_j1_l0_g0_t0_0s;
  wire [11:0] c15_j1_l0_g0_t0_0c;
  wire [11:0] c15_j1_l0_g0_t1_0s;
  wire [11:0] c15_j1_l0_g0_t1_0c;
  wire [11:0] c15_j1_l0_g0_sum;
  wire [11:0] c15_j1_l0_g1_x0;
  wire [11:0] c15_j1_l0_g1_x1;
  wire [11:0] c15_j1_l0_g1_x2;
  wire [11:0] c15_j1_l0_g1_x3;
  wire [11:0] c15_j1_l0_g1_x4;
  wire [11:0] c15_j1_l0_g1_t0_0s;
  wire [11:0] c15_j1_l0_g1_t0_0c;
  wire [11:0] c15_j1_l0_g1_t1_0s;
  wire [11:0] c15_j1_l0_g1_t1_0c;
  wire [11:0] c15_j1_l0_g1_sum;
  wire [11:0] c15_j1_l0_g2_x0;
  wire [11:0] c15_j1_l0_g2_x1;
  wire [11:0] c15_j1_l0_g2_x2;
  wire [11:0] c15_j1_l0_g2_x3;
  wire [11:0] c15_j1_l0_g2_x4;
  wire [11:0] c15_j1_l0_g2_t0_0s;
  wire [11:0] c15_j1_l0_g2_t0_0c;
  wire [11:0] c15_j1_l0_g2_t1_0s;
  wire [11:0] c15_j1_l0_g2_t1_0c;
  wire [11:0] c15_j1_l0_g2_sum;
  wire [11:0] c15_j1_l0_g3_x0;
  wire [11:0] c15_j1_l0_g3_x1;
  wire [11:0] c15_j1_l0_g3_x2;
  wire [11:0] c15_j1_l0_g3_x3;
  wire [11:0] c15_j1_l0_g3_x4;
  wire [11:0] c15_j1_l0_g3_t0_0s;
  wire [11:0] c15_j1_l0_g3_t0_0c;
  wire [11:0] c15_j1_l0_g3_t1_0s;
  wire [11:0] c15_j1_l0_g3_t1_0c;
  wire [11:0] c15_j1_l0_g3_sum;
  wire [13:0] c15_j1_l1_g0_x0;
  wire [13:0] c15_j1_l1_g0_x1;
  wire [13:0] c15_j1_l1_g0_x2;
  wire [13:0] c15_j1_l1_g0_x3;
  wire [13:0] c15_j1_l1_g0_t0_0s;
  wire [13:0] c15_j1_l1_g0_t0_0c;
  wire [13:0] c15_j1_l1_g0_sum;
  wire [19:0] c15_v1;
  wire [11:0] c15_j2_l0_g0_x0;
  wire [11:0] c15_j2_l0_g0_x1;
  wire [11:0] c15_j2_l0_g0_x2;
  wire [11:0] c15_j2_l0_g0_x3;
  wire [11:0] c15_j2_l0_g0_x4;
  wire [11:0] c15_j2_l0_g0_t0_0s;
  wire [11:0] c15_j2_l0_g0_t0_0c;
  wire [11:0] c15_j2_l0_g0_t1_0s;
  wire [11:0] c15_j2_l0_g0_t1_0c;
  wire [11:0] c15_j2_l0_g0_sum;
  wire [11:0] c15_j2_l0_g1_x0;
  wire [11:0] c15_j2_l0_g1_x1;
  wire [11:0] c15_j2_l0_g1_x2;
  wire [11:0] c15_j2_l0_g1_x3;
  wire [11:0] c15_j2_l0_g1_x4;
  wire [11:0] c15_j2_l0_g1_t0_0s;
  wire [11:0] c15_j2_l0_g1_t0_0c;
  wire [11:0] c15_j2_l0_g1_t1_0s;
  wire [11:0] c15_j2_l0_g1_t1_0c;
  wire [11:0] c15_j2_l0_g1_sum;
  wire [11:0] c15_j2_l0_g2_x0;
  wire [11:0] c15_j2_l0_g2_x1;
  wire [11:0] c15_j2_l0_g2_x2;
  wire [11:0] c15_j2_l0_g2_x3;
  wire [11:0] c15_j2_l0_g2_x4;
  wire [11:0] c15_j2_l0_g2_t0_0s;
  wire [11:0] c15_j2_l0_g2_t0_0c;
  wire [11:0] c15_j2_l0_g2_t1_0s;
  wire [11:0] c15_j2_l0_g2_t1_0c;
  wire [11:0] c15_j2_l0_g2_sum;
  wire [11:0] c15_j2_l0_g3_x0;
  wire [11:0] c15_j2_l0_g3_x1;
  wire [11:0] c15_j2_l0_g3_x2;
  wire [11:0] c15_j2_l0_g3_x3;
  wire [11:0] c15_j2_l0_g3_x4;
  wire [11:0] c15_j2_l0_g3_t0_0s;
  wire [11:0] c15_j2_l0_g3_t0_0c;
  wire [11:0] c15_j2_l0_g3_t1_0s;
  wire [11:0] c15_j2_l0_g3_t1_0c;
  wire [11:0] c15_j2_l0_g3_sum;
  wire [13:0] c15_j2_l1_g0_x0;
  wire [13:0] c15_j2_l1_g0_x1;
  wire [13:0] c15_j2_l1_g0_x2;
  wire [13:0] c15_j2_l1_g0_x3;
  wire [13:0] c15_j2_l1_g0_t0_0s;
  wire [13:0] c15_j2_l1_g0_t0_0c;
  wire [13:0] c15_j2_l1_g0_sum;
  wire [19:0] c15_v2;
  wire [11:0] c15_j3_l0_g0_x0;
  wire [11:0] c15_j3_l0_g0_x1;
  wire [11:0] c15_j3_l0_g0_x2;
  wire [11:0] c15_j3_l0_g0_x3;
  wire [11:0] c15_j3_l0_g0_x4;
  wire [11:0] c15_j3_l0_g0_t0_0s;
  wire [11:0] c15_j3_l0_g0_t0_0c;
  wire [11:0] c15_j3_l0_g0_t1_0s;
  wire [11:0] c15_j3_l0_g0_t1_0c;
  wire [11:0] c15_j3_l0_g0_sum;
  wire [11:0] c15_j3_l0_g1_x0;
  wire [11:0] c15_j3_l0_g1_x1;
  wire [11:0] c15_j3_l0_g1_x2;
  wire [11:0] c15_j3_l0_g1_x3;
  wire [11:0] c15_j3_l0_g1_x4;
  wire [11:0] c15_j3_l0_g1_t0_0s;
  wire [11:0] c15_j3_l0_g1_t0_0c;
  wire [11:0] c15_j3_l0_g1_t1_0s;
  wire [11:0] c15_j3_l0_g1_t1_0c;
  wire [11:0] c15_j3_l0_g1_sum;
  wire [11:0] c15_j3_l0_g2_x0;
  wire [11:0] c15_j3_l0_g2_x1;
  wire [11:0] c15_j3_l0_g2_x2;
  wire [11:0] c15_j3_l0_g2_x3;
  wire [11:0] c15_j3_l0_g2_x4;
  wire [11:0] c15_j3_l0_g2_t0_0s;
  wire [11:0] c15_j3_l0_g2_t0_0c;
  wire [11:0] c15_j3_l0_g2_t1_0s;
  wire [11:0] c15_j3_l0_g2_t1_0c;
  wire [11:0] c15_j3_l0_g2_sum;
  wire [11:0] c15_j3_l0_g3_x0;
  wire [11:0] c15_j3_l0_g3_x1;
  wire [11:0] c15_j3_l0_g3_x2;
  wire [11:0] c15_j3_l0_g3_x3;
  wire [11:0] c15_j3_l0_g3_x4;
  wire [11:0] c15_j3_l0_g3_t0_0s;
  wire [11:0] c15_j3_l0_g3_t0_0c;
  wire [11:0] c15_j3_l0_g3_t1_0s;
  wire [11:0] c15_j3_l0_g3_t1_0c;
  wire [11:0] c15_j3_l0_g3_sum;
  wire [13:0] c15_j3_l1_g0_x0;
  wire [13:0] c15_j3_l1_g0_x1;
  wire [13:0] c15_j3_l1_g0_x2;
  wire [13:0] c15_j3_l1_g0_x3;
  wire [13:0] c15_j3_l1_g0_t0_0s;
  wire [13:0] c15_j3_l1_g0_t0_0c;
  wire [13:0] c15_j3_l1_g0_sum;
  wire [19:0] c15_v3;
  wire [19:0] col15_t0_0s;
  wire [19:0] col15_t0_0c;
  wire [19:0] col15_sum;
  reg [1:0] phase;
  reg [31:0] cnt;
  reg [31:0] mrem;
  reg m_last;
  reg [7:0] w0_0;
  reg [7:0] w0_1;
  reg [7:0] w0_2;
  reg [7:0] w0_3;
  reg [7:0] w0_4;
  reg [7:0] w0_5;
  reg [7:0] w0_6;
  reg [7:0] w0_7;
  reg [7:0] w0_8;
  reg [7:0] w0_9;
  reg [7:0] w0_10;
  reg [7:0] w0_11;
  reg [7:0] w0_12;
  reg [7:0] w0_13;
  reg [7:0] w0_14;
  reg [7:0] w0_15;
  reg [7:0] w1_0;
  reg [7:0] w1_1;
  reg [7:0] w1_2;
  reg [7:0] w1_3;
  reg [7:0] w1_4;
  reg [7:0] w1_5;
  reg [7:0] w1_6;
  reg [7:0] w1_7;
  reg [7:0] w1_8;
  reg [7:0] w1_9;
  reg [7:0] w1_10;
  reg [7:0] w1_11;
  reg [7:0] w1_12;
  reg [7:0] w1_13;
  reg [7:0] w1_14;
  reg [7:0] w1_15;
  reg [7:0] w2_0;
  reg [7:0] w2_1;
  reg [7:0] w2_2;
  reg [7:0] w2_3;
  reg [7:0] w2_4;
  reg [7:0] w2_5;
  reg [7:0] w2_6;
  reg [7:0] w2_7;
  reg [7:0] w2_8;
  reg [7:0] w2_9;
  reg [7:0] w2_10;
  reg [7:0] w2_11;
  reg [7:0] w2_12;
  reg [7:0] w2_13;
  reg [7:0] w2_14;
  reg [7:0] w2_15;
  reg [7:0] w3_0;
  reg [7:0] w3_1;
  reg [7:0] w3_2;
  reg [7:0] w3_3;
  reg [7:0] w3_4;
  reg [7:0] w3_5;
  reg [7:0] w3_6;
  reg [7:0] w3_7;
  reg [7:0] w3_8;
  reg [7:0] w3_9;
  reg [7:0] w3_10;
  reg [7:0] w3_11;
  reg [7:0] w3_12;
  reg [7:0] w3_13;
  reg [7:0] w3_14;
  reg [7:0] w3_15;
  reg [7:0] w4_0;
  reg [7:0] w4_1;
  reg [7:0] w4_2;
  reg [7:0] w4_3;
  reg [7:0] w4_4;
  reg [7:0] w4_5;
  reg [7:0] w4_6;
  reg [7:0] w4_7;
  reg [7:0] w4_8;
  reg [7:0] w4_9;
  reg [7:0] w4_10;
  reg [7:0] w4_11;
  reg [7:0] w4_12;
  reg [7:0] w4_13;
  reg [7:0] w4_14;
  reg [7:0] w4_15;
  reg [7:0] w5_0;
  reg [7:0] w5_1;
  reg [7:0] w5_2;
  reg [7:0] w5_3;
  reg [7:0] w5_4;
  reg [7:0] w5_5;
  reg [7:0] w5_6;
  reg [7:0] w5_7;
  reg [7:0] w5_8;
  reg [7:0] w5_9;
  reg [7:0] w5_10;
  reg [7:0] w5_11;
  reg [7:0] w5_12;
  reg [7:0] w5_13;
  reg [7:0] w5_14;
  reg [7:0] w5_15;
  reg [7:0] w6_0;
  reg [7:0] w6_1;
  reg [7:0] w6_2;
  reg [7:0] w6_3;
  reg [7:0] w6_4;
  reg [7:0] w6_5;
  reg [7:0] w6_6;
  reg [7:0] w6_7;
  reg [7:0] w6_8;
  reg [7:0] w6_9;
  reg [7:0] w6_10;
  reg [7:0] w6_11;
  reg [7:0] w6_12;
  reg [7:0] w6_13;
  reg [7:0] w6_14;
  reg [7:0] w6_15;
  reg [7:0] w7_0;
  reg [7:0] w7_1;
  reg [7:0] w7_2;
  reg [7:0] w7_3;
  reg [7:0] w7_4;
  reg [7:0] w7_5;
  reg [7:0] w7_6;
  reg [7:0] w7_7;
  reg [7:0] w7_8;
  reg [7:0] w7_9;
  reg [7:0] w7_10;
  reg [7:0] w7_11;
  reg [7:0] w7_12;
  reg [7:0] w7_13;
  reg [7:0] w7_14;
  reg [7:0] w7_15;
  reg [7:0] w8_0;
  reg [7:0] w8_1;
  reg [7:0] w8_2;
  reg [7:0] w8_3;
  reg [7:0] w8_4;
  reg [7:0] w8_5;
  reg [7:0] w8_6;
  reg [7:0] w8_7;
  reg [7:0] w8_8;
  reg [7:0] w8_9;
  reg [7:0] w8_10;
  reg [7:0] w8_11;
  reg [7:0] w8_12;
  reg [7:0] w8_13;
  reg [7:0] w8_14;
  reg [7:0] w8_15;
  reg [7:0] w9_0;
  reg [7:0] w9_1;
  reg [7:0] w9_2;
  reg [7:0] w9_3;
  reg [7:0] w9_4;
  reg [7:0] w9_5;
  reg [7:0] w9_6;
  reg [7:0] w9_7;
  reg [7:0] w9_8;
  reg [7:0] w9_9;
  reg [7:0] w9_10;
  reg [7:0] w9_11;
  reg [7:0] w9_12;
  reg [7:0] w9_13;
  reg [7:0] w9_14;
  reg [7:0] w9_15;
  reg [7:0] w10_0;
  reg [7:0] w10_1;
  reg [7:0] w10_2;
  reg [7:0] w10_3;
  reg [7:0] w10_4;
  reg [7:0] w10_5;
  reg [7:0] w10_6;
  reg [7:0] w10_7;
  reg [7:0] w10_8;
  reg [7:0] w10_9;
  reg [7:0] w10_10;
  reg [7:0] w10_11;
  reg [7:0] w10_12;
  reg [7:0] w10_13;
  reg [7:0] w10_14;
  reg [7:0] w10_15;
  reg [7:0] w11_0;
  reg [7:0] w11_1;
  reg [7:0] w11_2;
  reg [7:0] w11_3;
  reg [7:0] w11_4;
  reg [7:0] w11_5;
  reg [7:0] w11_6;
  reg [7:0] w11_7;
  reg [7:0] w11_8;
  reg [7:0] w11_9;
  reg [7:0] w11_10;
  reg [7:0] w11_11;
  reg [7:0] w11_12;
  reg [7:0] w11_13;
  reg [7:0] w11_14;
  reg [7:0] w11_15;
  reg [7:0] w12_0;
  reg [7:0] w12_1;
  reg [7:0] w12_2;
  reg [7:0] w12_3;
  reg [7:0] w12_4;
  reg [7:0] w12_5;
  reg [7:0] w12_6;
  reg [7:0] w12_7;
  reg [7:0] w12_8;
  reg [7:0] w12_9;
  reg [7:0] w12_10;
  reg [7:0] w12_11;
  reg [7:0] w12_12;
  reg [7:0] w12_13;
  reg [7:0] w12_14;
  reg [7:0] w12_15;
  reg [7:0] w13_0;
  reg [7:0] w13_1;
  reg [7:0] w13_2;
  reg [7:0] w13_3;
  reg [7:0] w13_4;
  reg [7:0] w13_5;
  reg [7:0] w13_6;
  reg [7:0] w13_7;
  reg [7:0] w13_8;
  reg [7:0] w13_9;
  reg [7:0] w13_10;
  reg [7:0] w13_11;
  reg [7:0] w13_12;
  reg [7:0] w13_13;
  reg [7:0] w13_14;
  reg [7:0] w13_15;
  reg [7:0] w14_0;
  reg [7:0] w14_1;
  reg [7:0] w14_2;
  reg [7:0] w14_3;
  reg [7:0] w14_4;
  reg [7:0] w14_5;
  reg [7:0] w14_6;
  reg [7:0] w14_7;
  reg [7:0] w14_8;
  reg [7:0] w14_9;
  reg [7:0] w14_10;
  reg [7:0] w14_11;
  reg [7:0] w14_12;
  reg [7:0] w14_13;
  reg [7:0] w14_14;
  reg [7:0] w14_15;
  reg [7:0] w15_0;
  reg [7:0] w15_1;
  reg [7:0] w15_2;
  reg [7:0] w15_3;
  reg [7:0] w15_4;
  reg [7:0] w15_5;
  reg [7:0] w15_6;
  reg [7:0] w15_7;
  reg [7:0] w15_8;
  reg [7:0] w15_9;
  reg [7:0] w15_10;
  reg [7:0] w15_11;
  reg [7:0] w15_12;
  reg [7:0] w15_13;
  reg [7:0] w15_14;
  reg [7:0] w15_15;
  reg [2:0] ng0_0_cnt_q0;
  reg [2:0] ng0_1_cnt_q0;
  reg [2:0] ng0_2_cnt_q0;
  reg [2:0] ng0_3_cnt_q0;
  reg [2:0] ng1_0_cnt_q0;
  reg [2:0] ng1_1_cnt_q0;
  reg [2:0] ng1_2_cnt_q0;
  reg [2:0] ng1_3_cnt_q0;
  reg [2:0] ng2_0_cnt_q0;
  reg [2:0] ng2_1_cnt_q0;
  reg [2:0] ng2_2_cnt_q0;
  reg [2:0] ng2_3_cnt_q0;
  reg [2:0] ng3_0_cnt_q0;
  reg [2:0] ng3_1_cnt_q0;
  reg [2:0] ng3_2_cnt_q0;
  reg [2:0] ng3_3_cnt_q0;
  reg [11:0] c0_j0_q0_c0_j0_l0_g0_sum_q0;
  reg [11:0] c0_j0_q0_c0_j0_l0_g1_sum_q0;
  reg [11:0] c0_j0_q0_c0_j0_l0_g2_sum_q0;
  reg [11:0] c0_j0_q0_c0_j0_l0_g3_sum_q0;
  reg [13:0] c0_j0_q1_c0_j0_l1_g0_sum_q0;
  reg [11:0] c0_j1_q0_c0_j1_l0_g0_sum_q0;
  reg [11:0] c0_j1_q0_c0_j1_l0_g1_sum_q0;
  reg [11:0] c0_j1_q0_c0_j1_l0_g2_sum_q0;
  reg [11:0] c0_j1_q0_c0_j1_l0_g3_sum_q0;
  reg [13:0] c0_j1_q1_c0_j1_l1_g0_sum_q0;
  reg [11:0] c0_j2_q0_c0_j2_l0_g0_sum_q0;
  reg [11:0] c0_j2_q0_c0_j2_l0_g1_sum_q0;
  reg [11:0] c0_j2_q0_c0_j2_l0_g2_sum_q0;
  reg [11:0] c0_j2_q0_c0_j2_l0_g3_sum_q0;
  reg [13:0] c0_j2_q1_c0_j2_l1_g0_sum_q0;
  reg [11:0] c0_j3_q0_c0_j3_l0_g0_sum_q0;
  reg [11:0] c0_j3_q0_c0_j3_l0_g1_sum_q0;
  reg [11:0] c0_j3_q0_c0_j3_l0_g2_sum_q0;
  reg [11:0] c0_j3_q0_c0_j3_l0_g3_sum_q0;
  reg [13:0] c0_j3_q1_c0_j3_l1_g0_sum_q0;
  reg [19:0] res0;
  reg [11:0] c1_j0_q0_c1_j0_l0_g0_sum_q0;
  reg [11:0] c1_j0_q0_c1_j0_l0_g1_sum_q0;
  reg [11:0] c1_j0_q0_c1_j0_l0_g2_sum_q0;
  reg [11:0] c1_j0_q0_c1_j0_l0_g3_sum_q0;
  reg [13:0] c1_j0_q1_c1_j0_l1_g0_sum_q0;
  reg [11:0] c1_j1_q0_c1_j1_l0_g0_sum_q0;
  reg [11:0] c1_j1_q0_c1_j1_l0_g1_sum_q0;
  reg [11:0] c1_j1_q0_c1_j1_l0_g2_sum_q0;
  reg [11:0] c1_j1_q0_c1_j1_l0_g3_sum_q0;
  reg [13:0] c1_j1_q1_c1_j1_l1_g0_sum_q0;
  reg [11:0] c1_j2_q0_c1_j2_l0_g0_sum_q0;
  reg [11:0] c1_j2_q0_c1_j2_l0_g1_sum_q0;
  reg [11:0] c1_j2_q0_c1_j2_l0_g2_sum_q0;
  reg [11:0] c1_j2_q0_c1_j2_l0_g3_sum_q0;
  reg [13:0] c1_j2_q1_c1_j2_l1_g0_sum_q0;
  reg [11:0] c1_j3_q0_c1_j3_l0_g0_sum_q0;
  reg [11:0] c1_j3_q0_c1_j3_l0_g1_sum_q0;
  reg [11:0] c1_j3_q0_c1_j3_l0_g2_sum_q0;
  reg [11:0] c1_j3_q0_c1_j3_l0_g3_sum_q0;
  reg [13:0] c1_j3_q1_c1_j3_l1_g0_sum_q0;
  reg [19:0] res1;
  reg [11:0] c2_j0_q0_c2_j0_l0_g0_sum_q0;
  reg [11:0] c2_j0_q0_c2_j0_l0_g1_sum_q0;
  reg [11:0] c2_j0_q0_c2_j0_l0_g2_sum_q0;
  reg [11:0] c2_j0_q0_c2_j0_l0_g3_sum_q0;
  reg [13:0] c2_j0_q1_c2_j0_l1_g0_sum_q0;
  reg [11:0] c2_j1_q0_c2_j1_l0_g0_sum_q0;
  reg [11:0] c2_j1_q0_c2_j1_l0_g1_sum_q0;
  reg [11:0] c2_j1_q0_c2_j1_l0_g2_sum_q0;
  reg [11:0] c2_j1_q0_c2_j1_l0_g3_sum_q0;
  reg [13:0] c2_j1_q1_c2_j1_l1_g0_sum_q0;
  reg [11:0] c2_j2_q0_c2_j2_l0_g0_sum_q0;
  reg [11:0] c2_j2_q0_c2_j2_l0_g1_sum_q0;
  reg [11:0] c2_j2_q0_c2_j2_l0_g2_sum_q0;
  reg [11:0] c2_j2_q0_c2_j2_l0_g3_sum_q0;
  reg [13:0] c2_j2_q1_c2_j2_l1_g0_sum_q0;
  reg [11:0] c2_j3_q0_c2_j3_l0_g0_sum_q0;
  reg [11:0] c2_j3_q0_c2_j3_l0_g1_sum_q0;
  reg [11:0] c2_j3_q0_c2_j3_l0_g2_sum_q0;
  reg [11:0] c2_j3_q0_c2_j3_l0_g3_sum_q0;
  reg [13:0] c2_j3_q1_c2_j3_l1_g0_sum_q0;
  reg [19:0] res2;
  reg [11:0] c3_j0_q0_c3_j0_l0_g0_sum_q0;
  reg [11:0] c3_j0_q0_c3_j0_l0_g1_sum_q0;
  reg [11:0] c3_j0_q0_c3_j0_l0_g2_sum_q0;
  reg [11:0] c3_j0_q0_c3_j0_l0_g3_sum_q0;
  reg [13:0] c3_j0_q1_c3_j0_l1_g0_sum_q0;
  reg [11:0] c3_j1_q0_c3_j1_l0_g0_sum_q0;
  reg [11:0] c3_j1_q0_c3_j1_l0_g1_sum_q0;
  reg [11:0] c3_j1_q0_c3_j1_l0_g2_sum_q0;
  reg [11:0] c3_j1_q0_c3_j1_l0_g3_sum_q0;
  reg [13:0] c3_j1_q1_c3_j1_l1_g0_sum_q0;
  reg [11:0] c3_j2_q0_c3_j2_l0_g0_sum_q0;
  reg [11:0] c3_j2_q0_c3_j2_l0_g1_sum_q0;
  reg [11:0] c3_j2_q0_c3_j2_l0_g2_sum_q0;
  reg [11:0] c3_j2_q0_c3_j2_l0_g3_sum_q0;
  reg [13:0] c3_j2_q1_c3_j2_l1_g0_sum_q0;
  reg [11:0] c3_j3_q0_c3_j3_l0_g0_sum_q0;
  reg [11:0] c3_j3_q0_c3_j3_l0_g1_sum_q0;
  reg [11:0] c3_j3_q0_c3_j3_l0_g2_sum_q0;
  reg [11:0] c3_j3_q0_c3_j3_l0_g3_sum_q0;
  reg [13:0] c3_j3_q1_c3_j3_l1_g0_sum_q0;
  reg [19:0] res3;
  reg [11:0] c4_j0_q0_c4_j0_l0_g0_sum_q0;
  reg [11:0] c4_j0_q0_c4_j0_l0_g1_sum_q0;
  reg [11:0] c4_j0_q0_c4_j0_l0_g2_sum_q0;
  reg [11:0] c4_j0_q0_c4_j0_l0_g3_sum_q0;
  reg [13:0] c4_j0_q1_c4_j0_l1_g0_sum_q0;
  reg [11:0] c4_j1_q0_c4_j1_l0_g0_sum_q0;
  reg [11:0] c4_j1_q0_c4_j1_l0_g1_sum_q0;
  reg [11:0] c4_j1_q0_c4_j1_l0_g2_sum_q0;
  reg [11:0] c4_j1_q0_c4_j1_l0_g3_sum_q0;
  reg [13:0] c4_j1_q1_c4_j1_l1_g0_sum_q0;
  reg [11:0] c4_j2_q0_c4_j2_l0_g0_sum_q0;
  reg [11:0] c4_j2_q0_c4_j2_l0_g1_sum_q0;
  reg [11:0] c4_j2_q0_c4_j2_l0_g2_sum_q0;
  reg [11:0] c4_j2_q0_c4_j2_l0_g3_sum_q0;
  reg [13:0] c4_j2_q1_c4_j2_l1_g0_sum_q0;
  reg [11:0] c4_j3_q0_c4_j3_l0_g0_sum_q0;
  reg [11:0] c4_j3_q0_c4_j3_l0_g1_sum_q0;
  reg [11:0] c4_j3_q0_c4_j3_l0_g2_sum_q0;
  reg [11:0] c4_j3_q0_c4_j3_l0_g3_sum_q0;
  reg [13:0] c4_j3_q1_c4_j3_l1_g0_sum_q0;
  reg [19:0] res4;
  reg [11:0] c5_j0_q0_c5_j0_l0_g0_sum_q0;
  reg [11:0] c5_j0_q0_c5_j0_l0_g1_sum_q0;
  reg [11:0] c5_j0_q0_c5_j0_l0_g2_sum_q0;
  reg [11:0] c5_j0_q0_c5_j0_l0_g3_sum_q0;
  reg [13:0] c5_j0_q1_c5_j0_l1_g0_sum_q0;
  reg [11:0] c5_j1_q0_c5_j1_l0_g0_sum_q0;
  reg [11:0] c5_j1_q0_c5_j1_l0_g1_sum_q0;
  reg [11:0] c5_j1_q0_c5_j1_l0_g2_sum_q0;
  reg [11:0] c5_j1_q0_c5_j1_l0_g3_sum_q0;
  reg [13:0] c5_j1_q1_c5_j1_l1_g0_sum_q0;
  reg [11:0] c5_j2_q0_c5_j2_l0_g0_sum_q0;
  reg [11:0] c5_j2_q0_c5_j2_l0_g1_sum_q0;
  reg [11:0] c5_j2_q0_c5_j2_l0_g2_sum_q0;
  reg [11:0] c5_j2_q0_c5_j2_l0_g3_sum_q0;
  reg [13:0] c5_j2_q1_c5_j2_l1_g0_sum_q0;
  reg [11:0] c5_j3_q0_c5_j3_l0_g0_sum_q0;
  reg [11:0] c5_j3_q0_c5_j3_l0_g1_sum_q0;
  reg [11:0] c5_j3_q0_c5_j3_l0_g2_sum_q0;
  reg [11:0] c5_j3_q0_c5_j3_l0_g3_sum_q0;
  reg [13:0] c5_j3_q1_c5_j3_l1_g0_sum_q0;
  reg [19:0] res5;
  reg [11:0] c6_j0_q0_c6_j0_l0_g0_sum_q0;
  reg [11:0] c6_j0_q0_c6_j0_l0_g1_sum_q0;
  reg [11:0] c6_j0_q0_c6_j0_l0_g2_sum_q0;
  reg [11:0] c6_j0_q0_c6_j0_l0_g3_sum_q0;
  reg [13:0] c6_j0_q1_c6_j0_l1_g0_sum_q0;
  reg [11:0] c6_j1_q0_c6_j1_l0_g0_sum_q0;
  reg [11:0] c6_j1_q0_c6_j1_l0_g1_sum_q0;
  reg [11:0] c6_j1_q0_c6_j1_l0_g2_sum_q0;
  reg [11:0] c6_j1_q0_c6_j1_l0_g3_sum_q0;
  reg [13:0] c6_j1_q1_c6_j1_l1_g0_sum_q0;
  reg [11:0] c6_j2_q0_c6_j2_l0_g0_sum_q0;
  reg [11:0] c6_j2_q0_c6_j2_l0_g1_sum_q0;
  reg [11:0] c6_j2_q0_c6_j2_l0_g2_sum_q0;
  reg [11:0] c6_j2_q0_c6_j2_l0_g3_sum_q0;
  reg [13:0] c6_j2_q1_c6_j2_l1_g0_sum_q0;
  reg [11:0] c6_j3_q0_c6_j3_l0_g0_sum_q0;
  reg [11:0] c6_j3_q0_c6_j3_l0_g1_sum_q0;
  reg [11:0] c6_j3_q0_c6_j3_l0_g2_sum_q0;
  reg [11:0] c6_j3_q0_c6_j3_l0_g3_sum_q0;
  reg [13:0] c6_j3_q1_c6_j3_l1_g0_sum_q0;
  reg [19:0] res6;
  reg [11:0] c7_j0_q0_c7_j0_l0_g0_sum_q0;
  reg [11:0] c7_j0_q0_c7_j0_l0_g1_sum_q0;
  reg [11:0] c7_j0_q0_c7_j0_l0_g2_sum_q0;
  reg [11:0] c7_j0_q0_c7_j0_l0_g3_sum_q0;
  reg [13:0] c7_j0_q1_c7_j0_l1_g0_sum_q0;
  reg [11:0] c7_j1_q0_c7_j1_l0_g0_sum_q0;
  reg [11:0] c7_j1_q0_c7_j1_l0_g1_sum_q0;
  reg [11:0] c7_j1_q0_c7_j1_l0_g2_sum_q0;
  reg [11:0] c7_j1_q0_c7_j1_l0_g3_sum_q0;
  reg [13:0] c7_j1_q1_c7_j1_l1_g0_sum_q0;
  reg [11:0] c7_j2_q0_c7_j2_l0_g0_sum_q0;
  reg [11:0] c7_j2_q0_c7_j2_l0_g1_sum_q0;
  reg [11:0] c7_j2_q0_c7_j2_l0_g2_sum_q0;
  reg [11:0] c7_j2_q0_c7_j2_l0_g3_sum_q0;
  reg [13:0] c7_j2_q1_c7_j2_l1_g0_sum_q0;
  reg [11:0] c7_j3_q0_c7_j3_l0_g0_sum_q0;
  reg [11:0] c7_j3_q0_c7_j3_l0_g1_sum_q0;
  reg [11:0] c7_j3_q0_c7_j3_l0_g2_sum_q0;
  reg [11:0] c7_j3_q0_c7_j3_l0_g3_sum_q0;
  reg [13:0] c7_j3_q1_c7_j3_l1_g0_sum_q0;
  reg [19:0] res7;
  reg [11:0] c8_j0_q0_c8_j0_l0_g0_sum_q0;
  reg [11:0] c8_j0_q0_c8_j0_l0_g1_sum_q0;
  reg [11:0] c8_j0_q0_c8_j0_l0_g2_sum_q0;
  reg [11:0] c8_j0_q0_c8_j0_l0_g3_sum_q0;
  reg [13:0] c8_j0_q1_c8_j0_l1_g0_sum_q0;
  reg [11:0] c8_j1_q0_c8_j1_l0_g0_sum_q0;
  reg [11:0] c8_j1_q0_c8_j1_l0_g1_sum_q0;
  reg [11:0] c8_j1_q0_c8_j1_l0_g2_sum_q0;
  reg [11:0] c8_j1_q0_c8_j1_l0_g3_sum_q0;
  reg [13:0] c8_j1_q1_c8_j1_l1_g0_sum_q0;
  reg [11:0] c8_j2_q0_c8_j2_l0_g0_sum_q0;
  reg [11:0] c8_j2_q0_c8_j2_l0_g1_sum_q0;
  reg [11:0] c8_j2_q0_c8_j2_l0_g2_sum_q0;
  reg [11:0] c8_j2_q0_c8_j2_l0_g3_sum_q0;
  reg [13:0] c8_j2_q1_c8_j2_l1_g0_sum_q0;
  reg [11:0] c8_j3_q0_c8_j3_l0_g0_sum_q0;
  reg [11:0] c8_j3_q0_c8_j3_l0_g1_sum_q0;
  reg [11:0] c8_j3_q0_c8_j3_l0_g2_sum_q0;
  reg [11:0] c8_j3_q0_c8_j3_l0_g3_sum_q0;
  reg [13:0] c8_j3_q1_c8_j3_l1_g0_sum_q0;
  reg [19:0] res8;
  reg [11:0] c9_j0_q0_c9_j0_l0_g0_sum_q0;
  reg [11:0] c9_j0_q0_c9_j0_l0_g1_sum_q0;
  reg [11:0] c9_j0_q0_c9_j0_l0_g2_sum_q0;
  reg [11:0] c9_j0_q0_c9_j0_l0_g3_sum_q0;
  reg [13:0] c9_j0_q1_c9_j0_l1_g0_sum_q0;
  reg [11:0] c9_j1_q0_c9_j1_l0_g0_sum_q0;
  reg [11:0] c9_j1_q0_c9_j1_l0_g1_sum_q0;
  reg [11:0] c9_j1_q0_c9_j1_l0_g2_sum_q0;
  reg [11:0] c9_j1_q0_c9_j1_l0_g3_sum_q0;
  reg [13:0] c9_j1_q1_c9_j1_l1_g0_sum_q0;
  reg [11:0] c9_j2_q0_c9_j2_l0_g0_sum_q0;
  reg [11:0] c9_j2_q0_c9_j2_l0_g1_sum_q0;
  reg [11:0] c9_j2_q0_c9_j2_l0_g2_sum_q0;
  reg [11:0] c9_j2_q0_c9_j2_l0_g3_sum_q0;
  reg [13:0] c9_j2_q1_c9_j2_l1_g0_sum_q0;
  reg [11:0] c9_j3_q0_c9_j3_l0_g0_sum_q0;
  reg [11:0] c9_j3_q0_c9_j3_l0_g1_sum_q0;
  reg [11:0] c9_j3_q0_c9_j3_l0_g2_sum_q0;
  reg [11:0] c9_j3_q0_c9_j3_l0_g3_sum_q0;
  reg [13:0] c9_j3_q1_c9_j3_l1_g0_sum_q0;
  reg [19:0] res9;
  reg [11:0] c10_j0_q0_c10_j0_l0_g0_sum_q0;
  reg [11:0] c10_j0_q0_c10_j0_l0_g1_sum_q0;
  reg [11:0] c10_j0_q0_c10_j0_l0_g2_sum_q0;
  reg [11:0] c10_j0_q0_c10_j0_l0_g3_sum_q0;
  reg [13:0] c10_j0_q1_c10_j0_l1_g0_sum_q0;
  reg [11:0] c10_j1_q0_c10_j1_l0_g0_sum_q0;
  reg [11:0] c10_j1_q0_c10_j1_l0_g1_sum_q0;
  reg [11:0] c10_j1_q0_c10_j1_l0_g2_sum_q0;
  reg [11:0] c10_j1_q0_c10_j1_l0_g3_sum_q0;
  reg [13:0] c10_j1_q1_c10_j1_l1_g0_sum_q0;
  reg [11:0] c10_j2_q0_c10_j2_l0_g0_sum_q0;
  reg [11:0] c10_j2_q0_c10_j2_l0_g1_sum_q0;
  reg [11:0] c10_j2_q0_c10_j2_l0_g2_sum_q0;
  reg [11:0] c10_j2_q0_c10_j2_l0_g3_sum_q0;
  reg [13:0] c10_j2_q1_c10_j2_l1_g0_sum_q0;
  reg [11:0] c10_j3_q0_c10_j3_l0_g0_sum_q0;
  reg [11:0] c10_j3_q0_c10_j3_l0_g1_sum_q0;
  reg [11:0] c10_j3_q0_c10_j3_l0_g2_sum_q0;
  reg [11:0] c10_j3_q0_c10_j3_l0_g3_sum_q0;
  reg [13:0] c10_j3_q1_c10_j3_l1_g0_sum_q0;
  reg [19:0] res10;
  reg [11:0] c11_j0_q0_c11_j0_l0_g0_sum_q0;
  reg [11:0] c11_j0_q0_c11_j0_l0_g1_sum_q0;
  reg [11:0] c11_j0_q0_c11_j0_l0_g2_sum_q0;
  reg [11:0] c11_j0_q0_c11_j0_l0_g3_sum_q0;
  reg [13:0] c11_j0_q1_c11_j0_l1_g0_sum_q0;
  reg [11:0] c11_j1_q0_c11_j1_l0_g0_sum_q0;
  reg [11:0] c11_j1_q0_c11_j1_l0_g1_sum_q0;
  reg [11:0] c11_j1_q0_c11_j1_l0_g2_sum_q0;
  reg [11:0] c11_j1_q0_c11_j1_l0_g3_sum_q0;
  reg [13:0] c11_j1_q1_c11_j1_l1_g0_sum_q0;
  reg [11:0] c11_j2_q0_c11_j2_l0_g0_sum_q0;
  reg [11:0] c11_j2_q0_c11_j2_l0_g1_sum_q0;
  reg [11:0] c11_j2_q0_c11_j2_l0_g2_sum_q0;
  reg [11:0] c11_j2_q0_c11_j2_l0_g3_sum_q0;
  reg [13:0] c11_j2_q1_c11_j2_l1_g0_sum_q0;
  reg [11:0] c11_j3_q0_c11_j3_l0_g0_sum_q0;
  reg [11:0] c11_j3_q0_c11_j3_l0_g1_sum_q0;
  reg [11:0] c11_j3_q0_c11_j3_l0_g2_sum_q0;
  reg [11:0] c11_j3_q0_c11_j3_l0_g3_sum_q0;
  reg [13:0] c11_j3_q1_c11_j3_l1_g0_sum_q0;
  reg [19:0] res11;
  reg [11:0] c12_j0_q0_c12_j0_l0_g0_sum_q0;
  reg [11:0] c12_j0_q0_c12_j0_l0_g1_sum_q0;
  reg [11:0] c12_j0_q0_c12_j0_l0_g2_sum_q0;
  reg [11:0] c12_j0_q0_c12_j0_l0_g3_sum_q0;
  reg [13:0] c12_j0_q1_c12_j0_l1_g0_sum_q0;
  reg [11:0] c12_j1_q0_c12_j1_l0_g0_sum_q0;
  reg [11:0] c12_j1_q0_c12_j1_l0_g1_sum_q0;
  reg [11:0] c12_j1_q0_c12_j1_l0_g2_sum_q0;
  reg [11:0] c12_j1_q0_c12_j1_l0_g3_sum_q0;
  reg [13:0] c12_j1_q1_c12_j1_l1_g0_sum_q0;
  reg [11:0] c12_j2_q0_c12_j2_l0_g0_sum_q0;
  reg [11:0] c12_j2_q0_c12_j2_l0_g1_sum_q0;
  reg [11:0] c12_j2_q0_c12_j2_l0_g2_sum_q0;
  reg [11:0] c12_j2_q0_c12_j2_l0_g3_sum_q0;
  reg [13:0] c12_j2_q1_c12_j2_l1_g0_sum_q0;
  reg [11:0] c12_j3_q0_c12_j3_l0_g0_sum_q0;
  reg [11:0] c12_j3_q0_c12_j3_l0_g1_sum_q0;
  reg [11:0] c12_j3_q0_c12_j3_l0_g2_sum_q0;
  reg [11:0] c12_j3_q0_c12_j3_l0_g3_sum_q0;
  reg [13:0] c12_j3_q1_c12_j3_l1_g0_sum_q0;
  reg [19:0] res12;
  reg [11:0] c13_j0_q0_c13_j0_l0_g0_sum_q0;
  reg [11:0] c13_j0_q0_c13_j0_l0_g1_sum_q0;
  reg [11:0] c13_j0_q0_c13_j0_l0_g2_sum_q0;
  reg [11:0] c13_j0_q0_c13_j0_l0_g3_sum_q0;
  reg [13:0] c13_j0_q1_c13_j0_l1_g0_sum_q0;
  reg [11:0] c13_j1_q0_c13_j1_l0_g0_sum_q0;
  reg [11:0] c13_j1_q0_c13_j1_l0_g1_sum_q0;
  reg [11:0] c13_j1_q0_c13_j1_l0_g2_sum_q0;
  reg [11:0] c13_j1_q0_c13_j1_l0_g3_sum_q0;
  reg [13:0] c13_j1_q1_c13_j1_l1_g0_sum_q0;
  reg [11:0] c13_j2_q0_c13_j2_l0_g0_sum_q0;
  reg [11:0] c13_j2_q0_c13_j2_l0_g1_sum_q0;
  reg [11:0] c13_j2_q0_c13_j2_l0_g2_sum_q0;
  reg [11:0] c13_j2_q0_c13_j2_l0_g3_sum_q0;
  reg [13:0] c13_j2_q1_c13_j2_l1_g0_sum_q0;
  reg [11:0] c13_j3_q0_c13_j3_l0_g0_sum_q0;
  reg [11:0] c13_j3_q0_c13_j3_l0_g1_sum_q0;
  reg [11:0] c13_j3_q0_c13_j3_l0_g2_sum_q0;
  reg [11:0] c13_j3_q0_c13_j3_l0_g3_sum_q0;
  reg [13:0] c13_j3_q1_c13_j3_l1_g0_sum_q0;
  reg [19:0] res13;
  reg [11:0] c14_j0_q0_c14_j0_l0_g0_sum_q0;
  reg [11:0] c14_j0_q0_c14_j0_l0_g1_sum_q0;
  reg [11:0] c14_j0_q0_c14_j0_l0_g2_sum_q0;
  reg [11:0] c14_j0_q0_c14_j0_l0_g3_sum_q0;
  reg [13:0] c14_j0_q1_c14_j0_l1_g0_sum_q0;
  reg [11:0] c14_j1_q0_c14_j1_l0_g0_sum_q0;
  reg [11:0] c14_j1_q0_c14_j1_l0_g1_sum_q0;
  reg [11:0] c14_j1_q0_c14_j1_l0_g2_sum_q0;
  reg [11:0] c14_j1_q0_c14_j1_l0_g3_sum_q0;
  reg [13:0] c14_j1_q1_c14_j1_l1_g0_sum_q0;
  reg [11:0] c14_j2_q0_c14_j2_l0_g0_sum_q0;
  reg [11:0] c14_j2_q0_c14_j2_l0_g1_sum_q0;
  reg [11:0] c14_j2_q0_c14_j2_l0_g2_sum_q0;
  reg [11:0] c14_j2_q0_c14_j2_l0_g3_sum_q0;
  reg [13:0] c14_j2_q1_c14_j2_l1_g0_sum_q0;
  reg [11:0] c14_j3_q0_c14_j3_l0_g0_sum_q0;
  reg [11:0] c14_j3_q0_c14_j3_l0_g1_sum_q0;
  reg [11:0] c14_j3_q0_c14_j3_l0_g2_sum_q0;
  reg [11:0] c14_j3_q0_c14_j3_l0_g3_sum_q0;
  reg [13:0] c14_j3_q1_c14_j3_l1_g0_sum_q0;
  reg [19:0] res14;
  reg [11:0] c15_j0_q0_c15_j0_l0_g0_sum_q0;
  reg [11:0] c15_j0_q0_c15_j0_l0_g1_sum_q0;
  reg [11:0] c15_j0_q0_c15_j0_l0_g2_sum_q0;
  reg [11:0] c15_j0_q0_c15_j0_l0_g3_sum_q0;
  reg [13:0] c15_j0_q1_c15_j0_l1_g0_sum_q0;
  reg [11:0] c15_j1_q0_c15_j1_l0_g0_sum_q0;
  reg [11:0] c15_j1_q0_c15_j1_l0_g1_sum_q0;
  reg [11:0] c15_j1_q0_c15_j1_l0_g2_sum_q0;
  reg [11:0] c15_j1_q0_c15_j1_l0_g3_sum_q0;
  reg [13:0] c15_j1_q1_c15_j1_l1_g0_sum_q0;
  reg [11:0] c15_j2_q0_c15_j2_l0_g0_sum_q0;
  reg [11:0] c15_j2_q0_c15_j2_l0_g1_sum_q0;
  reg [11:0] c15_j2_q0_c15_j2_l0_g2_sum_q0;
  reg [11:0] c15_j2_q0_c15_j2_l0_g3_sum_q0;
  reg [13:0] c15_j2_q1_c15_j2_l1_g0_sum_q0;
  reg [11:0] c15_j3_q0_c15_j3_l0_g0_sum_q0;
  reg [11:0] c15_j3_q0_c15_j3_l0_g1_sum_q0;
  reg [11:0] c15_j3_q0_c15_j3_l0_g2_sum_q0;
  reg [11:0] c15_j3_q0_c15_j3_l0_g3_sum_q0;
  reg [13:0] c15_j3_q1_c15_j3_l1_g0_sum_q0;
  reg [19:0] res15;
  reg dv_f_vld_q0;
  reg dv_dv_f_vld_q1;
  reg dv_dv_dv_f_vld_q2;
  reg dv_dv_dv_dv_f_vld_q3;
  assign load = phase == 2'd1;
  assign f_vld = phase == 2'd2;
  assign load_last = load & (cnt == 32'd15);
  assign f_last = f_vld & m_last;
  assign b_rd = load;
  assign b_idx = 32'd15 - cnt;
  assign a_rd = f_vld;
  assign a_idx = cnt;
  assign ng0_0_x0 = {{2{1'b0}}, r0_dig[2]};
  assign ng0_0_x1 = {{2{1'b0}}, r1_dig[2]};
  assign ng0_0_x2 = {{2{1'b0}}, r2_dig[2]};
  assign ng0_0_x3 = {{2{1'b0}}, r3_dig[2]};
  assign ng0_1_x0 = {{2{1'b0}}, r4_dig[2]};
  assign ng0_1_x1 = {{2{1'b0}}, r5_dig[2]};
  assign ng0_1_x2 = {{2{1'b0}}, r6_dig[2]};
  assign ng0_1_x3 = {{2{1'b0}}, r7_dig[2]};
  assign ng0_2_x0 = {{2{1'b0}}, r8_dig[2]};
  assign ng0_2_x1 = {{2{1'b0}}, r9_dig[2]};
  assign ng0_2_x2 = {{2{1'b0}}, r10_dig[2]};
  assign ng0_2_x3 = {{2{1'b0}}, r11_dig[2]};
  assign ng0_3_x0 = {{2{1'b0}}, r12_dig[2]};
  assign ng0_3_x1 = {{2{1'b0}}, r13_dig[2]};
  assign ng0_3_x2 = {{2{1'b0}}, r14_dig[2]};
  assign ng0_3_x3 = {{2{1'b0}}, r15_dig[2]};
  assign ng1_0_x0 = {{2{1'b0}}, r0_dig[5]};
  assign ng1_0_x1 = {{2{1'b0}}, r1_dig[5]};
  assign ng1_0_x2 = {{2{1'b0}}, r2_dig[5]};
  assign ng1_0_x3 = {{2{1'b0}}, r3_dig[5]};
  assign ng1_1_x0 = {{2{1'b0}}, r4_dig[5]};
  assign ng1_1_x1 = {{2{1'b0}}, r5_dig[5]};
  assign ng1_1_x2 = {{2{1'b0}}, r6_dig[5]};
  assign ng1_1_x3 = {{2{1'b0}}, r7_dig[5]};
  assign ng1_2_x0 = {{2{1'b0}}, r8_dig[5]};
  assign ng1_2_x1 = {{2{1'b0}}, r9_dig[5]};
  assign ng1_2_x2 = {{2{1'b0}}, r10_dig[5]};
  assign ng1_2_x3 = {{2{1'b0}}, r11_dig[5]};
  assign ng1_3_x0 = {{2{1'b0}}, r12_dig[5]};
  assign ng1_3_x1 = {{2{1'b0}}, r13_dig[5]};
  assign ng1_3_x2 = {{2{1'b0}}, r14_dig[5]};
  assign ng1_3_x3 = {{2{1'b0}}, r15_dig[5]};
  assign ng2_0_x0 = {{2{1'b0}}, r0_dig[8]};
  assign ng2_0_x1 = {{2{1'b0}}, r1_dig[8]};
  assign ng2_0_x2 = {{2{1'b0}}, r2_dig[8]};
  assign ng2_0_x3 = {{2{1'b0}}, r3_dig[8]};
  assign ng2_1_x0 = {{2{1'b0}}, r4_dig[8]};
  assign ng2_1_x1 = {{2{1'b0}}, r5_dig[8]};
  assign ng2_1_x2 = {{2{1'b0}}, r6_dig[8]};
  assign ng2_1_x3 = {{2{1'b0}}, r7_dig[8]};
  assign ng2_2_x0 = {{2{1'b0}}, r8_dig[8]};
  assign ng2_2_x1 = {{2{1'b0}}, r9_dig[8]};
  assign ng2_2_x2 = {{2{1'b0}}, r10_dig[8]};
  assign ng2_2_x3 = {{2{1'b0}}, r11_dig[8]};
  assign ng2_3_x0 = {{2{1'b0}}, r12_dig[8]};
  assign ng2_3_x1 = {{2{1'b0}}, r13_dig[8]};
  assign ng2_3_x2 = {{2{1'b0}}, r14_dig[8]};
  assign ng2_3_x3 = {{2{1'b0}}, r15_dig[8]};
  assign ng3_0_x0 = {{2{1'b0}}, r0_dig[11]};
  assign ng3_0_x1 = {{2{1'b0}}, r1_dig[11]};
  assign ng3_0_x2 = {{2{1'b0}}, r2_dig[11]};
  assign ng3_0_x3 = {{2{1'b0}}, r3_dig[11]};
  assign ng3_1_x0 = {{2{1'b0}}, r4_dig[11]};
  assign ng3_1_x1 = {{2{1'b0}}, r5_dig[11]};
  assign ng3_1_x2 = {{2{1'b0}}, r6_dig[11]};
  assign ng3_1_x3 = {{2{1'b0}}, r7_dig[11]};
  assign ng3_2_x0 = {{2{1'b0}}, r8_dig[11]};
  assign ng3_2_x1 = {{2{1'b0}}, r9_dig[11]};
  assign ng3_2_x2 = {{2{1'b0}}, r10_dig[11]};
  assign ng3_2_x3 = {{2{1'b0}}, r11_dig[11]};
  assign ng3_3_x0 = {{2{1'b0}}, r12_dig[11]};
  assign ng3_3_x1 = {{2{1'b0}}, r13_dig[11]};
  assign ng3_3_x2 = {{2{1'b0}}, r14_dig[11]};
  assign ng3_3_x3 = {{2{1'b0}}, r15_dig[11]};
  assign c0_j0_l0_g0_x0 = {{3{p0_0_p0[8]}}, p0_0_p0};
  assign c0_j0_l0_g0_x1 = {{3{p1_0_p0[8]}}, p1_0_p0};
  assign c0_j0_l0_g0_x2 = {{3{p2_0_p0[8]}}, p2_0_p0};
  assign c0_j0_l0_g0_x3 = {{3{p3_0_p0[8]}}, p3_0_p0};
  assign c0_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c0_j0_l0_g1_x0 = {{3{p4_0_p0[8]}}, p4_0_p0};
  assign c0_j0_l0_g1_x1 = {{3{p5_0_p0[8]}}, p5_0_p0};
  assign c0_j0_l0_g1_x2 = {{3{p6_0_p0[8]}}, p6_0_p0};
  assign c0_j0_l0_g1_x3 = {{3{p7_0_p0[8]}}, p7_0_p0};
  assign c0_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c0_j0_l0_g2_x0 = {{3{p8_0_p0[8]}}, p8_0_p0};
  assign c0_j0_l0_g2_x1 = {{3{p9_0_p0[8]}}, p9_0_p0};
  assign c0_j0_l0_g2_x2 = {{3{p10_0_p0[8]}}, p10_0_p0};
  assign c0_j0_l0_g2_x3 = {{3{p11_0_p0[8]}}, p11_0_p0};
  assign c0_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c0_j0_l0_g3_x0 = {{3{p12_0_p0[8]}}, p12_0_p0};
  assign c0_j0_l0_g3_x1 = {{3{p13_0_p0[8]}}, p13_0_p0};
  assign c0_j0_l0_g3_x2 = {{3{p14_0_p0[8]}}, p14_0_p0};
  assign c0_j0_l0_g3_x3 = {{3{p15_0_p0[8]}}, p15_0_p0};
  assign c0_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c0_j0_l1_g0_x0 = {{2{c0_j0_q0_c0_j0_l0_g0_sum_q0[11]}}, c0_j0_q0_c0_j0_l0_g0_sum_q0};
  assign c0_j0_l1_g0_x1 = {{2{c0_j0_q0_c0_j0_l0_g1_sum_q0[11]}}, c0_j0_q0_c0_j0_l0_g1_sum_q0};
  assign c0_j0_l1_g0_x2 = {{2{c0_j0_q0_c0_j0_l0_g2_sum_q0[11]}}, c0_j0_q0_c0_j0_l0_g2_sum_q0};
  assign c0_j0_l1_g0_x3 = {{2{c0_j0_q0_c0_j0_l0_g3_sum_q0[11]}}, c0_j0_q0_c0_j0_l0_g3_sum_q0};
  assign c0_v0 = {{6{c0_j0_q1_c0_j0_l1_g0_sum_q0[13]}}, c0_j0_q1_c0_j0_l1_g0_sum_q0};
  assign c0_j1_l0_g0_x0 = {{3{p0_0_p1[8]}}, p0_0_p1};
  assign c0_j1_l0_g0_x1 = {{3{p1_0_p1[8]}}, p1_0_p1};
  assign c0_j1_l0_g0_x2 = {{3{p2_0_p1[8]}}, p2_0_p1};
  assign c0_j1_l0_g0_x3 = {{3{p3_0_p1[8]}}, p3_0_p1};
  assign c0_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c0_j1_l0_g1_x0 = {{3{p4_0_p1[8]}}, p4_0_p1};
  assign c0_j1_l0_g1_x1 = {{3{p5_0_p1[8]}}, p5_0_p1};
  assign c0_j1_l0_g1_x2 = {{3{p6_0_p1[8]}}, p6_0_p1};
  assign c0_j1_l0_g1_x3 = {{3{p7_0_p1[8]}}, p7_0_p1};
  assign c0_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c0_j1_l0_g2_x0 = {{3{p8_0_p1[8]}}, p8_0_p1};
  assign c0_j1_l0_g2_x1 = {{3{p9_0_p1[8]}}, p9_0_p1};
  assign c0_j1_l0_g2_x2 = {{3{p10_0_p1[8]}}, p10_0_p1};
  assign c0_j1_l0_g2_x3 = {{3{p11_0_p1[8]}}, p11_0_p1};
  assign c0_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c0_j1_l0_g3_x0 = {{3{p12_0_p1[8]}}, p12_0_p1};
  assign c0_j1_l0_g3_x1 = {{3{p13_0_p1[8]}}, p13_0_p1};
  assign c0_j1_l0_g3_x2 = {{3{p14_0_p1[8]}}, p14_0_p1};
  assign c0_j1_l0_g3_x3 = {{3{p15_0_p1[8]}}, p15_0_p1};
  assign c0_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c0_j1_l1_g0_x0 = {{2{c0_j1_q0_c0_j1_l0_g0_sum_q0[11]}}, c0_j1_q0_c0_j1_l0_g0_sum_q0};
  assign c0_j1_l1_g0_x1 = {{2{c0_j1_q0_c0_j1_l0_g1_sum_q0[11]}}, c0_j1_q0_c0_j1_l0_g1_sum_q0};
  assign c0_j1_l1_g0_x2 = {{2{c0_j1_q0_c0_j1_l0_g2_sum_q0[11]}}, c0_j1_q0_c0_j1_l0_g2_sum_q0};
  assign c0_j1_l1_g0_x3 = {{2{c0_j1_q0_c0_j1_l0_g3_sum_q0[11]}}, c0_j1_q0_c0_j1_l0_g3_sum_q0};
  assign c0_v1 = {{{4{c0_j1_q1_c0_j1_l1_g0_sum_q0[13]}}, c0_j1_q1_c0_j1_l1_g0_sum_q0}, 2'b0};
  assign c0_j2_l0_g0_x0 = {{3{p0_0_p2[8]}}, p0_0_p2};
  assign c0_j2_l0_g0_x1 = {{3{p1_0_p2[8]}}, p1_0_p2};
  assign c0_j2_l0_g0_x2 = {{3{p2_0_p2[8]}}, p2_0_p2};
  assign c0_j2_l0_g0_x3 = {{3{p3_0_p2[8]}}, p3_0_p2};
  assign c0_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c0_j2_l0_g1_x0 = {{3{p4_0_p2[8]}}, p4_0_p2};
  assign c0_j2_l0_g1_x1 = {{3{p5_0_p2[8]}}, p5_0_p2};
  assign c0_j2_l0_g1_x2 = {{3{p6_0_p2[8]}}, p6_0_p2};
  assign c0_j2_l0_g1_x3 = {{3{p7_0_p2[8]}}, p7_0_p2};
  assign c0_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c0_j2_l0_g2_x0 = {{3{p8_0_p2[8]}}, p8_0_p2};
  assign c0_j2_l0_g2_x1 = {{3{p9_0_p2[8]}}, p9_0_p2};
  assign c0_j2_l0_g2_x2 = {{3{p10_0_p2[8]}}, p10_0_p2};
  assign c0_j2_l0_g2_x3 = {{3{p11_0_p2[8]}}, p11_0_p2};
  assign c0_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c0_j2_l0_g3_x0 = {{3{p12_0_p2[8]}}, p12_0_p2};
  assign c0_j2_l0_g3_x1 = {{3{p13_0_p2[8]}}, p13_0_p2};
  assign c0_j2_l0_g3_x2 = {{3{p14_0_p2[8]}}, p14_0_p2};
  assign c0_j2_l0_g3_x3 = {{3{p15_0_p2[8]}}, p15_0_p2};
  assign c0_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c0_j2_l1_g0_x0 = {{2{c0_j2_q0_c0_j2_l0_g0_sum_q0[11]}}, c0_j2_q0_c0_j2_l0_g0_sum_q0};
  assign c0_j2_l1_g0_x1 = {{2{c0_j2_q0_c0_j2_l0_g1_sum_q0[11]}}, c0_j2_q0_c0_j2_l0_g1_sum_q0};
  assign c0_j2_l1_g0_x2 = {{2{c0_j2_q0_c0_j2_l0_g2_sum_q0[11]}}, c0_j2_q0_c0_j2_l0_g2_sum_q0};
  assign c0_j2_l1_g0_x3 = {{2{c0_j2_q0_c0_j2_l0_g3_sum_q0[11]}}, c0_j2_q0_c0_j2_l0_g3_sum_q0};
  assign c0_v2 = {{{2{c0_j2_q1_c0_j2_l1_g0_sum_q0[13]}}, c0_j2_q1_c0_j2_l1_g0_sum_q0}, 4'b0};
  assign c0_j3_l0_g0_x0 = {{3{p0_0_p3[8]}}, p0_0_p3};
  assign c0_j3_l0_g0_x1 = {{3{p1_0_p3[8]}}, p1_0_p3};
  assign c0_j3_l0_g0_x2 = {{3{p2_0_p3[8]}}, p2_0_p3};
  assign c0_j3_l0_g0_x3 = {{3{p3_0_p3[8]}}, p3_0_p3};
  assign c0_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c0_j3_l0_g1_x0 = {{3{p4_0_p3[8]}}, p4_0_p3};
  assign c0_j3_l0_g1_x1 = {{3{p5_0_p3[8]}}, p5_0_p3};
  assign c0_j3_l0_g1_x2 = {{3{p6_0_p3[8]}}, p6_0_p3};
  assign c0_j3_l0_g1_x3 = {{3{p7_0_p3[8]}}, p7_0_p3};
  assign c0_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c0_j3_l0_g2_x0 = {{3{p8_0_p3[8]}}, p8_0_p3};
  assign c0_j3_l0_g2_x1 = {{3{p9_0_p3[8]}}, p9_0_p3};
  assign c0_j3_l0_g2_x2 = {{3{p10_0_p3[8]}}, p10_0_p3};
  assign c0_j3_l0_g2_x3 = {{3{p11_0_p3[8]}}, p11_0_p3};
  assign c0_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c0_j3_l0_g3_x0 = {{3{p12_0_p3[8]}}, p12_0_p3};
  assign c0_j3_l0_g3_x1 = {{3{p13_0_p3[8]}}, p13_0_p3};
  assign c0_j3_l0_g3_x2 = {{3{p14_0_p3[8]}}, p14_0_p3};
  assign c0_j3_l0_g3_x3 = {{3{p15_0_p3[8]}}, p15_0_p3};
  assign c0_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c0_j3_l1_g0_x0 = {{2{c0_j3_q0_c0_j3_l0_g0_sum_q0[11]}}, c0_j3_q0_c0_j3_l0_g0_sum_q0};
  assign c0_j3_l1_g0_x1 = {{2{c0_j3_q0_c0_j3_l0_g1_sum_q0[11]}}, c0_j3_q0_c0_j3_l0_g1_sum_q0};
  assign c0_j3_l1_g0_x2 = {{2{c0_j3_q0_c0_j3_l0_g2_sum_q0[11]}}, c0_j3_q0_c0_j3_l0_g2_sum_q0};
  assign c0_j3_l1_g0_x3 = {{2{c0_j3_q0_c0_j3_l0_g3_sum_q0[11]}}, c0_j3_q0_c0_j3_l0_g3_sum_q0};
  assign c0_v3 = {c0_j3_q1_c0_j3_l1_g0_sum_q0, 6'b0};
  assign c1_j0_l0_g0_x0 = {{3{p0_1_p0[8]}}, p0_1_p0};
  assign c1_j0_l0_g0_x1 = {{3{p1_1_p0[8]}}, p1_1_p0};
  assign c1_j0_l0_g0_x2 = {{3{p2_1_p0[8]}}, p2_1_p0};
  assign c1_j0_l0_g0_x3 = {{3{p3_1_p0[8]}}, p3_1_p0};
  assign c1_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c1_j0_l0_g1_x0 = {{3{p4_1_p0[8]}}, p4_1_p0};
  assign c1_j0_l0_g1_x1 = {{3{p5_1_p0[8]}}, p5_1_p0};
  assign c1_j0_l0_g1_x2 = {{3{p6_1_p0[8]}}, p6_1_p0};
  assign c1_j0_l0_g1_x3 = {{3{p7_1_p0[8]}}, p7_1_p0};
  assign c1_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c1_j0_l0_g2_x0 = {{3{p8_1_p0[8]}}, p8_1_p0};
  assign c1_j0_l0_g2_x1 = {{3{p9_1_p0[8]}}, p9_1_p0};
  assign c1_j0_l0_g2_x2 = {{3{p10_1_p0[8]}}, p10_1_p0};
  assign c1_j0_l0_g2_x3 = {{3{p11_1_p0[8]}}, p11_1_p0};
  assign c1_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c1_j0_l0_g3_x0 = {{3{p12_1_p0[8]}}, p12_1_p0};
  assign c1_j0_l0_g3_x1 = {{3{p13_1_p0[8]}}, p13_1_p0};
  assign c1_j0_l0_g3_x2 = {{3{p14_1_p0[8]}}, p14_1_p0};
  assign c1_j0_l0_g3_x3 = {{3{p15_1_p0[8]}}, p15_1_p0};
  assign c1_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c1_j0_l1_g0_x0 = {{2{c1_j0_q0_c1_j0_l0_g0_sum_q0[11]}}, c1_j0_q0_c1_j0_l0_g0_sum_q0};
  assign c1_j0_l1_g0_x1 = {{2{c1_j0_q0_c1_j0_l0_g1_sum_q0[11]}}, c1_j0_q0_c1_j0_l0_g1_sum_q0};
  assign c1_j0_l1_g0_x2 = {{2{c1_j0_q0_c1_j0_l0_g2_sum_q0[11]}}, c1_j0_q0_c1_j0_l0_g2_sum_q0};
  assign c1_j0_l1_g0_x3 = {{2{c1_j0_q0_c1_j0_l0_g3_sum_q0[11]}}, c1_j0_q0_c1_j0_l0_g3_sum_q0};
  assign c1_v0 = {{6{c1_j0_q1_c1_j0_l1_g0_sum_q0[13]}}, c1_j0_q1_c1_j0_l1_g0_sum_q0};
  assign c1_j1_l0_g0_x0 = {{3{p0_1_p1[8]}}, p0_1_p1};
  assign c1_j1_l0_g0_x1 = {{3{p1_1_p1[8]}}, p1_1_p1};
  assign c1_j1_l0_g0_x2 = {{3{p2_1_p1[8]}}, p2_1_p1};
  assign c1_j1_l0_g0_x3 = {{3{p3_1_p1[8]}}, p3_1_p1};
  assign c1_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c1_j1_l0_g1_x0 = {{3{p4_1_p1[8]}}, p4_1_p1};
  assign c1_j1_l0_g1_x1 = {{3{p5_1_p1[8]}}, p5_1_p1};
  assign c1_j1_l0_g1_x2 = {{3{p6_1_p1[8]}}, p6_1_p1};
  assign c1_j1_l0_g1_x3 = {{3{p7_1_p1[8]}}, p7_1_p1};
  assign c1_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c1_j1_l0_g2_x0 = {{3{p8_1_p1[8]}}, p8_1_p1};
  assign c1_j1_l0_g2_x1 = {{3{p9_1_p1[8]}}, p9_1_p1};
  assign c1_j1_l0_g2_x2 = {{3{p10_1_p1[8]}}, p10_1_p1};
  assign c1_j1_l0_g2_x3 = {{3{p11_1_p1[8]}}, p11_1_p1};
  assign c1_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c1_j1_l0_g3_x0 = {{3{p12_1_p1[8]}}, p12_1_p1};
  assign c1_j1_l0_g3_x1 = {{3{p13_1_p1[8]}}, p13_1_p1};
  assign c1_j1_l0_g3_x2 = {{3{p14_1_p1[8]}}, p14_1_p1};
  assign c1_j1_l0_g3_x3 = {{3{p15_1_p1[8]}}, p15_1_p1};
  assign c1_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c1_j1_l1_g0_x0 = {{2{c1_j1_q0_c1_j1_l0_g0_sum_q0[11]}}, c1_j1_q0_c1_j1_l0_g0_sum_q0};
  assign c1_j1_l1_g0_x1 = {{2{c1_j1_q0_c1_j1_l0_g1_sum_q0[11]}}, c1_j1_q0_c1_j1_l0_g1_sum_q0};
  assign c1_j1_l1_g0_x2 = {{2{c1_j1_q0_c1_j1_l0_g2_sum_q0[11]}}, c1_j1_q0_c1_j1_l0_g2_sum_q0};
  assign c1_j1_l1_g0_x3 = {{2{c1_j1_q0_c1_j1_l0_g3_sum_q0[11]}}, c1_j1_q0_c1_j1_l0_g3_sum_q0};
  assign c1_v1 = {{{4{c1_j1_q1_c1_j1_l1_g0_sum_q0[13]}}, c1_j1_q1_c1_j1_l1_g0_sum_q0}, 2'b0};
  assign c1_j2_l0_g0_x0 = {{3{p0_1_p2[8]}}, p0_1_p2};
  assign c1_j2_l0_g0_x1 = {{3{p1_1_p2[8]}}, p1_1_p2};
  assign c1_j2_l0_g0_x2 = {{3{p2_1_p2[8]}}, p2_1_p2};
  assign c1_j2_l0_g0_x3 = {{3{p3_1_p2[8]}}, p3_1_p2};
  assign c1_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c1_j2_l0_g1_x0 = {{3{p4_1_p2[8]}}, p4_1_p2};
  assign c1_j2_l0_g1_x1 = {{3{p5_1_p2[8]}}, p5_1_p2};
  assign c1_j2_l0_g1_x2 = {{3{p6_1_p2[8]}}, p6_1_p2};
  assign c1_j2_l0_g1_x3 = {{3{p7_1_p2[8]}}, p7_1_p2};
  assign c1_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c1_j2_l0_g2_x0 = {{3{p8_1_p2[8]}}, p8_1_p2};
  assign c1_j2_l0_g2_x1 = {{3{p9_1_p2[8]}}, p9_1_p2};
  assign c1_j2_l0_g2_x2 = {{3{p10_1_p2[8]}}, p10_1_p2};
  assign c1_j2_l0_g2_x3 = {{3{p11_1_p2[8]}}, p11_1_p2};
  assign c1_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c1_j2_l0_g3_x0 = {{3{p12_1_p2[8]}}, p12_1_p2};
  assign c1_j2_l0_g3_x1 = {{3{p13_1_p2[8]}}, p13_1_p2};
  assign c1_j2_l0_g3_x2 = {{3{p14_1_p2[8]}}, p14_1_p2};
  assign c1_j2_l0_g3_x3 = {{3{p15_1_p2[8]}}, p15_1_p2};
  assign c1_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c1_j2_l1_g0_x0 = {{2{c1_j2_q0_c1_j2_l0_g0_sum_q0[11]}}, c1_j2_q0_c1_j2_l0_g0_sum_q0};
  assign c1_j2_l1_g0_x1 = {{2{c1_j2_q0_c1_j2_l0_g1_sum_q0[11]}}, c1_j2_q0_c1_j2_l0_g1_sum_q0};
  assign c1_j2_l1_g0_x2 = {{2{c1_j2_q0_c1_j2_l0_g2_sum_q0[11]}}, c1_j2_q0_c1_j2_l0_g2_sum_q0};
  assign c1_j2_l1_g0_x3 = {{2{c1_j2_q0_c1_j2_l0_g3_sum_q0[11]}}, c1_j2_q0_c1_j2_l0_g3_sum_q0};
  assign c1_v2 = {{{2{c1_j2_q1_c1_j2_l1_g0_sum_q0[13]}}, c1_j2_q1_c1_j2_l1_g0_sum_q0}, 4'b0};
  assign c1_j3_l0_g0_x0 = {{3{p0_1_p3[8]}}, p0_1_p3};
  assign c1_j3_l0_g0_x1 = {{3{p1_1_p3[8]}}, p1_1_p3};
  assign c1_j3_l0_g0_x2 = {{3{p2_1_p3[8]}}, p2_1_p3};
  assign c1_j3_l0_g0_x3 = {{3{p3_1_p3[8]}}, p3_1_p3};
  assign c1_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c1_j3_l0_g1_x0 = {{3{p4_1_p3[8]}}, p4_1_p3};
  assign c1_j3_l0_g1_x1 = {{3{p5_1_p3[8]}}, p5_1_p3};
  assign c1_j3_l0_g1_x2 = {{3{p6_1_p3[8]}}, p6_1_p3};
  assign c1_j3_l0_g1_x3 = {{3{p7_1_p3[8]}}, p7_1_p3};
  assign c1_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c1_j3_l0_g2_x0 = {{3{p8_1_p3[8]}}, p8_1_p3};
  assign c1_j3_l0_g2_x1 = {{3{p9_1_p3[8]}}, p9_1_p3};
  assign c1_j3_l0_g2_x2 = {{3{p10_1_p3[8]}}, p10_1_p3};
  assign c1_j3_l0_g2_x3 = {{3{p11_1_p3[8]}}, p11_1_p3};
  assign c1_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c1_j3_l0_g3_x0 = {{3{p12_1_p3[8]}}, p12_1_p3};
  assign c1_j3_l0_g3_x1 = {{3{p13_1_p3[8]}}, p13_1_p3};
  assign c1_j3_l0_g3_x2 = {{3{p14_1_p3[8]}}, p14_1_p3};
  assign c1_j3_l0_g3_x3 = {{3{p15_1_p3[8]}}, p15_1_p3};
  assign c1_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c1_j3_l1_g0_x0 = {{2{c1_j3_q0_c1_j3_l0_g0_sum_q0[11]}}, c1_j3_q0_c1_j3_l0_g0_sum_q0};
  assign c1_j3_l1_g0_x1 = {{2{c1_j3_q0_c1_j3_l0_g1_sum_q0[11]}}, c1_j3_q0_c1_j3_l0_g1_sum_q0};
  assign c1_j3_l1_g0_x2 = {{2{c1_j3_q0_c1_j3_l0_g2_sum_q0[11]}}, c1_j3_q0_c1_j3_l0_g2_sum_q0};
  assign c1_j3_l1_g0_x3 = {{2{c1_j3_q0_c1_j3_l0_g3_sum_q0[11]}}, c1_j3_q0_c1_j3_l0_g3_sum_q0};
  assign c1_v3 = {c1_j3_q1_c1_j3_l1_g0_sum_q0, 6'b0};
  assign c2_j0_l0_g0_x0 = {{3{p0_2_p0[8]}}, p0_2_p0};
  assign c2_j0_l0_g0_x1 = {{3{p1_2_p0[8]}}, p1_2_p0};
  assign c2_j0_l0_g0_x2 = {{3{p2_2_p0[8]}}, p2_2_p0};
  assign c2_j0_l0_g0_x3 = {{3{p3_2_p0[8]}}, p3_2_p0};
  assign c2_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c2_j0_l0_g1_x0 = {{3{p4_2_p0[8]}}, p4_2_p0};
  assign c2_j0_l0_g1_x1 = {{3{p5_2_p0[8]}}, p5_2_p0};
  assign c2_j0_l0_g1_x2 = {{3{p6_2_p0[8]}}, p6_2_p0};
  assign c2_j0_l0_g1_x3 = {{3{p7_2_p0[8]}}, p7_2_p0};
  assign c2_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c2_j0_l0_g2_x0 = {{3{p8_2_p0[8]}}, p8_2_p0};
  assign c2_j0_l0_g2_x1 = {{3{p9_2_p0[8]}}, p9_2_p0};
  assign c2_j0_l0_g2_x2 = {{3{p10_2_p0[8]}}, p10_2_p0};
  assign c2_j0_l0_g2_x3 = {{3{p11_2_p0[8]}}, p11_2_p0};
  assign c2_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c2_j0_l0_g3_x0 = {{3{p12_2_p0[8]}}, p12_2_p0};
  assign c2_j0_l0_g3_x1 = {{3{p13_2_p0[8]}}, p13_2_p0};
  assign c2_j0_l0_g3_x2 = {{3{p14_2_p0[8]}}, p14_2_p0};
  assign c2_j0_l0_g3_x3 = {{3{p15_2_p0[8]}}, p15_2_p0};
  assign c2_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c2_j0_l1_g0_x0 = {{2{c2_j0_q0_c2_j0_l0_g0_sum_q0[11]}}, c2_j0_q0_c2_j0_l0_g0_sum_q0};
  assign c2_j0_l1_g0_x1 = {{2{c2_j0_q0_c2_j0_l0_g1_sum_q0[11]}}, c2_j0_q0_c2_j0_l0_g1_sum_q0};
  assign c2_j0_l1_g0_x2 = {{2{c2_j0_q0_c2_j0_l0_g2_sum_q0[11]}}, c2_j0_q0_c2_j0_l0_g2_sum_q0};
  assign c2_j0_l1_g0_x3 = {{2{c2_j0_q0_c2_j0_l0_g3_sum_q0[11]}}, c2_j0_q0_c2_j0_l0_g3_sum_q0};
  assign c2_v0 = {{6{c2_j0_q1_c2_j0_l1_g0_sum_q0[13]}}, c2_j0_q1_c2_j0_l1_g0_sum_q0};
  assign c2_j1_l0_g0_x0 = {{3{p0_2_p1[8]}}, p0_2_p1};
  assign c2_j1_l0_g0_x1 = {{3{p1_2_p1[8]}}, p1_2_p1};
  assign c2_j1_l0_g0_x2 = {{3{p2_2_p1[8]}}, p2_2_p1};
  assign c2_j1_l0_g0_x3 = {{3{p3_2_p1[8]}}, p3_2_p1};
  assign c2_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c2_j1_l0_g1_x0 = {{3{p4_2_p1[8]}}, p4_2_p1};
  assign c2_j1_l0_g1_x1 = {{3{p5_2_p1[8]}}, p5_2_p1};
  assign c2_j1_l0_g1_x2 = {{3{p6_2_p1[8]}}, p6_2_p1};
  assign c2_j1_l0_g1_x3 = {{3{p7_2_p1[8]}}, p7_2_p1};
  assign c2_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c2_j1_l0_g2_x0 = {{3{p8_2_p1[8]}}, p8_2_p1};
  assign c2_j1_l0_g2_x1 = {{3{p9_2_p1[8]}}, p9_2_p1};
  assign c2_j1_l0_g2_x2 = {{3{p10_2_p1[8]}}, p10_2_p1};
  assign c2_j1_l0_g2_x3 = {{3{p11_2_p1[8]}}, p11_2_p1};
  assign c2_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c2_j1_l0_g3_x0 = {{3{p12_2_p1[8]}}, p12_2_p1};
  assign c2_j1_l0_g3_x1 = {{3{p13_2_p1[8]}}, p13_2_p1};
  assign c2_j1_l0_g3_x2 = {{3{p14_2_p1[8]}}, p14_2_p1};
  assign c2_j1_l0_g3_x3 = {{3{p15_2_p1[8]}}, p15_2_p1};
  assign c2_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c2_j1_l1_g0_x0 = {{2{c2_j1_q0_c2_j1_l0_g0_sum_q0[11]}}, c2_j1_q0_c2_j1_l0_g0_sum_q0};
  assign c2_j1_l1_g0_x1 = {{2{c2_j1_q0_c2_j1_l0_g1_sum_q0[11]}}, c2_j1_q0_c2_j1_l0_g1_sum_q0};
  assign c2_j1_l1_g0_x2 = {{2{c2_j1_q0_c2_j1_l0_g2_sum_q0[11]}}, c2_j1_q0_c2_j1_l0_g2_sum_q0};
  assign c2_j1_l1_g0_x3 = {{2{c2_j1_q0_c2_j1_l0_g3_sum_q0[11]}}, c2_j1_q0_c2_j1_l0_g3_sum_q0};
  assign c2_v1 = {{{4{c2_j1_q1_c2_j1_l1_g0_sum_q0[13]}}, c2_j1_q1_c2_j1_l1_g0_sum_q0}, 2'b0};
  assign c2_j2_l0_g0_x0 = {{3{p0_2_p2[8]}}, p0_2_p2};
  assign c2_j2_l0_g0_x1 = {{3{p1_2_p2[8]}}, p1_2_p2};
  assign c2_j2_l0_g0_x2 = {{3{p2_2_p2[8]}}, p2_2_p2};
  assign c2_j2_l0_g0_x3 = {{3{p3_2_p2[8]}}, p3_2_p2};
  assign c2_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c2_j2_l0_g1_x0 = {{3{p4_2_p2[8]}}, p4_2_p2};
  assign c2_j2_l0_g1_x1 = {{3{p5_2_p2[8]}}, p5_2_p2};
  assign c2_j2_l0_g1_x2 = {{3{p6_2_p2[8]}}, p6_2_p2};
  assign c2_j2_l0_g1_x3 = {{3{p7_2_p2[8]}}, p7_2_p2};
  assign c2_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c2_j2_l0_g2_x0 = {{3{p8_2_p2[8]}}, p8_2_p2};
  assign c2_j2_l0_g2_x1 = {{3{p9_2_p2[8]}}, p9_2_p2};
  assign c2_j2_l0_g2_x2 = {{3{p10_2_p2[8]}}, p10_2_p2};
  assign c2_j2_l0_g2_x3 = {{3{p11_2_p2[8]}}, p11_2_p2};
  assign c2_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c2_j2_l0_g3_x0 = {{3{p12_2_p2[8]}}, p12_2_p2};
  assign c2_j2_l0_g3_x1 = {{3{p13_2_p2[8]}}, p13_2_p2};
  assign c2_j2_l0_g3_x2 = {{3{p14_2_p2[8]}}, p14_2_p2};
  assign c2_j2_l0_g3_x3 = {{3{p15_2_p2[8]}}, p15_2_p2};
  assign c2_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c2_j2_l1_g0_x0 = {{2{c2_j2_q0_c2_j2_l0_g0_sum_q0[11]}}, c2_j2_q0_c2_j2_l0_g0_sum_q0};
  assign c2_j2_l1_g0_x1 = {{2{c2_j2_q0_c2_j2_l0_g1_sum_q0[11]}}, c2_j2_q0_c2_j2_l0_g1_sum_q0};
  assign c2_j2_l1_g0_x2 = {{2{c2_j2_q0_c2_j2_l0_g2_sum_q0[11]}}, c2_j2_q0_c2_j2_l0_g2_sum_q0};
  assign c2_j2_l1_g0_x3 = {{2{c2_j2_q0_c2_j2_l0_g3_sum_q0[11]}}, c2_j2_q0_c2_j2_l0_g3_sum_q0};
  assign c2_v2 = {{{2{c2_j2_q1_c2_j2_l1_g0_sum_q0[13]}}, c2_j2_q1_c2_j2_l1_g0_sum_q0}, 4'b0};
  assign c2_j3_l0_g0_x0 = {{3{p0_2_p3[8]}}, p0_2_p3};
  assign c2_j3_l0_g0_x1 = {{3{p1_2_p3[8]}}, p1_2_p3};
  assign c2_j3_l0_g0_x2 = {{3{p2_2_p3[8]}}, p2_2_p3};
  assign c2_j3_l0_g0_x3 = {{3{p3_2_p3[8]}}, p3_2_p3};
  assign c2_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c2_j3_l0_g1_x0 = {{3{p4_2_p3[8]}}, p4_2_p3};
  assign c2_j3_l0_g1_x1 = {{3{p5_2_p3[8]}}, p5_2_p3};
  assign c2_j3_l0_g1_x2 = {{3{p6_2_p3[8]}}, p6_2_p3};
  assign c2_j3_l0_g1_x3 = {{3{p7_2_p3[8]}}, p7_2_p3};
  assign c2_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c2_j3_l0_g2_x0 = {{3{p8_2_p3[8]}}, p8_2_p3};
  assign c2_j3_l0_g2_x1 = {{3{p9_2_p3[8]}}, p9_2_p3};
  assign c2_j3_l0_g2_x2 = {{3{p10_2_p3[8]}}, p10_2_p3};
  assign c2_j3_l0_g2_x3 = {{3{p11_2_p3[8]}}, p11_2_p3};
  assign c2_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c2_j3_l0_g3_x0 = {{3{p12_2_p3[8]}}, p12_2_p3};
  assign c2_j3_l0_g3_x1 = {{3{p13_2_p3[8]}}, p13_2_p3};
  assign c2_j3_l0_g3_x2 = {{3{p14_2_p3[8]}}, p14_2_p3};
  assign c2_j3_l0_g3_x3 = {{3{p15_2_p3[8]}}, p15_2_p3};
  assign c2_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c2_j3_l1_g0_x0 = {{2{c2_j3_q0_c2_j3_l0_g0_sum_q0[11]}}, c2_j3_q0_c2_j3_l0_g0_sum_q0};
  assign c2_j3_l1_g0_x1 = {{2{c2_j3_q0_c2_j3_l0_g1_sum_q0[11]}}, c2_j3_q0_c2_j3_l0_g1_sum_q0};
  assign c2_j3_l1_g0_x2 = {{2{c2_j3_q0_c2_j3_l0_g2_sum_q0[11]}}, c2_j3_q0_c2_j3_l0_g2_sum_q0};
  assign c2_j3_l1_g0_x3 = {{2{c2_j3_q0_c2_j3_l0_g3_sum_q0[11]}}, c2_j3_q0_c2_j3_l0_g3_sum_q0};
  assign c2_v3 = {c2_j3_q1_c2_j3_l1_g0_sum_q0, 6'b0};
  assign c3_j0_l0_g0_x0 = {{3{p0_3_p0[8]}}, p0_3_p0};
  assign c3_j0_l0_g0_x1 = {{3{p1_3_p0[8]}}, p1_3_p0};
  assign c3_j0_l0_g0_x2 = {{3{p2_3_p0[8]}}, p2_3_p0};
  assign c3_j0_l0_g0_x3 = {{3{p3_3_p0[8]}}, p3_3_p0};
  assign c3_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c3_j0_l0_g1_x0 = {{3{p4_3_p0[8]}}, p4_3_p0};
  assign c3_j0_l0_g1_x1 = {{3{p5_3_p0[8]}}, p5_3_p0};
  assign c3_j0_l0_g1_x2 = {{3{p6_3_p0[8]}}, p6_3_p0};
  assign c3_j0_l0_g1_x3 = {{3{p7_3_p0[8]}}, p7_3_p0};
  assign c3_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c3_j0_l0_g2_x0 = {{3{p8_3_p0[8]}}, p8_3_p0};
  assign c3_j0_l0_g2_x1 = {{3{p9_3_p0[8]}}, p9_3_p0};
  assign c3_j0_l0_g2_x2 = {{3{p10_3_p0[8]}}, p10_3_p0};
  assign c3_j0_l0_g2_x3 = {{3{p11_3_p0[8]}}, p11_3_p0};
  assign c3_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c3_j0_l0_g3_x0 = {{3{p12_3_p0[8]}}, p12_3_p0};
  assign c3_j0_l0_g3_x1 = {{3{p13_3_p0[8]}}, p13_3_p0};
  assign c3_j0_l0_g3_x2 = {{3{p14_3_p0[8]}}, p14_3_p0};
  assign c3_j0_l0_g3_x3 = {{3{p15_3_p0[8]}}, p15_3_p0};
  assign c3_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c3_j0_l1_g0_x0 = {{2{c3_j0_q0_c3_j0_l0_g0_sum_q0[11]}}, c3_j0_q0_c3_j0_l0_g0_sum_q0};
  assign c3_j0_l1_g0_x1 = {{2{c3_j0_q0_c3_j0_l0_g1_sum_q0[11]}}, c3_j0_q0_c3_j0_l0_g1_sum_q0};
  assign c3_j0_l1_g0_x2 = {{2{c3_j0_q0_c3_j0_l0_g2_sum_q0[11]}}, c3_j0_q0_c3_j0_l0_g2_sum_q0};
  assign c3_j0_l1_g0_x3 = {{2{c3_j0_q0_c3_j0_l0_g3_sum_q0[11]}}, c3_j0_q0_c3_j0_l0_g3_sum_q0};
  assign c3_v0 = {{6{c3_j0_q1_c3_j0_l1_g0_sum_q0[13]}}, c3_j0_q1_c3_j0_l1_g0_sum_q0};
  assign c3_j1_l0_g0_x0 = {{3{p0_3_p1[8]}}, p0_3_p1};
  assign c3_j1_l0_g0_x1 = {{3{p1_3_p1[8]}}, p1_3_p1};
  assign c3_j1_l0_g0_x2 = {{3{p2_3_p1[8]}}, p2_3_p1};
  assign c3_j1_l0_g0_x3 = {{3{p3_3_p1[8]}}, p3_3_p1};
  assign c3_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c3_j1_l0_g1_x0 = {{3{p4_3_p1[8]}}, p4_3_p1};
  assign c3_j1_l0_g1_x1 = {{3{p5_3_p1[8]}}, p5_3_p1};
  assign c3_j1_l0_g1_x2 = {{3{p6_3_p1[8]}}, p6_3_p1};
  assign c3_j1_l0_g1_x3 = {{3{p7_3_p1[8]}}, p7_3_p1};
  assign c3_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c3_j1_l0_g2_x0 = {{3{p8_3_p1[8]}}, p8_3_p1};
  assign c3_j1_l0_g2_x1 = {{3{p9_3_p1[8]}}, p9_3_p1};
  assign c3_j1_l0_g2_x2 = {{3{p10_3_p1[8]}}, p10_3_p1};
  assign c3_j1_l0_g2_x3 = {{3{p11_3_p1[8]}}, p11_3_p1};
  assign c3_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c3_j1_l0_g3_x0 = {{3{p12_3_p1[8]}}, p12_3_p1};
  assign c3_j1_l0_g3_x1 = {{3{p13_3_p1[8]}}, p13_3_p1};
  assign c3_j1_l0_g3_x2 = {{3{p14_3_p1[8]}}, p14_3_p1};
  assign c3_j1_l0_g3_x3 = {{3{p15_3_p1[8]}}, p15_3_p1};
  assign c3_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c3_j1_l1_g0_x0 = {{2{c3_j1_q0_c3_j1_l0_g0_sum_q0[11]}}, c3_j1_q0_c3_j1_l0_g0_sum_q0};
  assign c3_j1_l1_g0_x1 = {{2{c3_j1_q0_c3_j1_l0_g1_sum_q0[11]}}, c3_j1_q0_c3_j1_l0_g1_sum_q0};
  assign c3_j1_l1_g0_x2 = {{2{c3_j1_q0_c3_j1_l0_g2_sum_q0[11]}}, c3_j1_q0_c3_j1_l0_g2_sum_q0};
  assign c3_j1_l1_g0_x3 = {{2{c3_j1_q0_c3_j1_l0_g3_sum_q0[11]}}, c3_j1_q0_c3_j1_l0_g3_sum_q0};
  assign c3_v1 = {{{4{c3_j1_q1_c3_j1_l1_g0_sum_q0[13]}}, c3_j1_q1_c3_j1_l1_g0_sum_q0}, 2'b0};
  assign c3_j2_l0_g0_x0 = {{3{p0_3_p2[8]}}, p0_3_p2};
  assign c3_j2_l0_g0_x1 = {{3{p1_3_p2[8]}}, p1_3_p2};
  assign c3_j2_l0_g0_x2 = {{3{p2_3_p2[8]}}, p2_3_p2};
  assign c3_j2_l0_g0_x3 = {{3{p3_3_p2[8]}}, p3_3_p2};
  assign c3_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c3_j2_l0_g1_x0 = {{3{p4_3_p2[8]}}, p4_3_p2};
  assign c3_j2_l0_g1_x1 = {{3{p5_3_p2[8]}}, p5_3_p2};
  assign c3_j2_l0_g1_x2 = {{3{p6_3_p2[8]}}, p6_3_p2};
  assign c3_j2_l0_g1_x3 = {{3{p7_3_p2[8]}}, p7_3_p2};
  assign c3_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c3_j2_l0_g2_x0 = {{3{p8_3_p2[8]}}, p8_3_p2};
  assign c3_j2_l0_g2_x1 = {{3{p9_3_p2[8]}}, p9_3_p2};
  assign c3_j2_l0_g2_x2 = {{3{p10_3_p2[8]}}, p10_3_p2};
  assign c3_j2_l0_g2_x3 = {{3{p11_3_p2[8]}}, p11_3_p2};
  assign c3_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c3_j2_l0_g3_x0 = {{3{p12_3_p2[8]}}, p12_3_p2};
  assign c3_j2_l0_g3_x1 = {{3{p13_3_p2[8]}}, p13_3_p2};
  assign c3_j2_l0_g3_x2 = {{3{p14_3_p2[8]}}, p14_3_p2};
  assign c3_j2_l0_g3_x3 = {{3{p15_3_p2[8]}}, p15_3_p2};
  assign c3_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c3_j2_l1_g0_x0 = {{2{c3_j2_q0_c3_j2_l0_g0_sum_q0[11]}}, c3_j2_q0_c3_j2_l0_g0_sum_q0};
  assign c3_j2_l1_g0_x1 = {{2{c3_j2_q0_c3_j2_l0_g1_sum_q0[11]}}, c3_j2_q0_c3_j2_l0_g1_sum_q0};
  assign c3_j2_l1_g0_x2 = {{2{c3_j2_q0_c3_j2_l0_g2_sum_q0[11]}}, c3_j2_q0_c3_j2_l0_g2_sum_q0};
  assign c3_j2_l1_g0_x3 = {{2{c3_j2_q0_c3_j2_l0_g3_sum_q0[11]}}, c3_j2_q0_c3_j2_l0_g3_sum_q0};
  assign c3_v2 = {{{2{c3_j2_q1_c3_j2_l1_g0_sum_q0[13]}}, c3_j2_q1_c3_j2_l1_g0_sum_q0}, 4'b0};
  assign c3_j3_l0_g0_x0 = {{3{p0_3_p3[8]}}, p0_3_p3};
  assign c3_j3_l0_g0_x1 = {{3{p1_3_p3[8]}}, p1_3_p3};
  assign c3_j3_l0_g0_x2 = {{3{p2_3_p3[8]}}, p2_3_p3};
  assign c3_j3_l0_g0_x3 = {{3{p3_3_p3[8]}}, p3_3_p3};
  assign c3_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c3_j3_l0_g1_x0 = {{3{p4_3_p3[8]}}, p4_3_p3};
  assign c3_j3_l0_g1_x1 = {{3{p5_3_p3[8]}}, p5_3_p3};
  assign c3_j3_l0_g1_x2 = {{3{p6_3_p3[8]}}, p6_3_p3};
  assign c3_j3_l0_g1_x3 = {{3{p7_3_p3[8]}}, p7_3_p3};
  assign c3_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c3_j3_l0_g2_x0 = {{3{p8_3_p3[8]}}, p8_3_p3};
  assign c3_j3_l0_g2_x1 = {{3{p9_3_p3[8]}}, p9_3_p3};
  assign c3_j3_l0_g2_x2 = {{3{p10_3_p3[8]}}, p10_3_p3};
  assign c3_j3_l0_g2_x3 = {{3{p11_3_p3[8]}}, p11_3_p3};
  assign c3_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c3_j3_l0_g3_x0 = {{3{p12_3_p3[8]}}, p12_3_p3};
  assign c3_j3_l0_g3_x1 = {{3{p13_3_p3[8]}}, p13_3_p3};
  assign c3_j3_l0_g3_x2 = {{3{p14_3_p3[8]}}, p14_3_p3};
  assign c3_j3_l0_g3_x3 = {{3{p15_3_p3[8]}}, p15_3_p3};
  assign c3_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c3_j3_l1_g0_x0 = {{2{c3_j3_q0_c3_j3_l0_g0_sum_q0[11]}}, c3_j3_q0_c3_j3_l0_g0_sum_q0};
  assign c3_j3_l1_g0_x1 = {{2{c3_j3_q0_c3_j3_l0_g1_sum_q0[11]}}, c3_j3_q0_c3_j3_l0_g1_sum_q0};
  assign c3_j3_l1_g0_x2 = {{2{c3_j3_q0_c3_j3_l0_g2_sum_q0[11]}}, c3_j3_q0_c3_j3_l0_g2_sum_q0};
  assign c3_j3_l1_g0_x3 = {{2{c3_j3_q0_c3_j3_l0_g3_sum_q0[11]}}, c3_j3_q0_c3_j3_l0_g3_sum_q0};
  assign c3_v3 = {c3_j3_q1_c3_j3_l1_g0_sum_q0, 6'b0};
  assign c4_j0_l0_g0_x0 = {{3{p0_4_p0[8]}}, p0_4_p0};
  assign c4_j0_l0_g0_x1 = {{3{p1_4_p0[8]}}, p1_4_p0};
  assign c4_j0_l0_g0_x2 = {{3{p2_4_p0[8]}}, p2_4_p0};
  assign c4_j0_l0_g0_x3 = {{3{p3_4_p0[8]}}, p3_4_p0};
  assign c4_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c4_j0_l0_g1_x0 = {{3{p4_4_p0[8]}}, p4_4_p0};
  assign c4_j0_l0_g1_x1 = {{3{p5_4_p0[8]}}, p5_4_p0};
  assign c4_j0_l0_g1_x2 = {{3{p6_4_p0[8]}}, p6_4_p0};
  assign c4_j0_l0_g1_x3 = {{3{p7_4_p0[8]}}, p7_4_p0};
  assign c4_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c4_j0_l0_g2_x0 = {{3{p8_4_p0[8]}}, p8_4_p0};
  assign c4_j0_l0_g2_x1 = {{3{p9_4_p0[8]}}, p9_4_p0};
  assign c4_j0_l0_g2_x2 = {{3{p10_4_p0[8]}}, p10_4_p0};
  assign c4_j0_l0_g2_x3 = {{3{p11_4_p0[8]}}, p11_4_p0};
  assign c4_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c4_j0_l0_g3_x0 = {{3{p12_4_p0[8]}}, p12_4_p0};
  assign c4_j0_l0_g3_x1 = {{3{p13_4_p0[8]}}, p13_4_p0};
  assign c4_j0_l0_g3_x2 = {{3{p14_4_p0[8]}}, p14_4_p0};
  assign c4_j0_l0_g3_x3 = {{3{p15_4_p0[8]}}, p15_4_p0};
  assign c4_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c4_j0_l1_g0_x0 = {{2{c4_j0_q0_c4_j0_l0_g0_sum_q0[11]}}, c4_j0_q0_c4_j0_l0_g0_sum_q0};
  assign c4_j0_l1_g0_x1 = {{2{c4_j0_q0_c4_j0_l0_g1_sum_q0[11]}}, c4_j0_q0_c4_j0_l0_g1_sum_q0};
  assign c4_j0_l1_g0_x2 = {{2{c4_j0_q0_c4_j0_l0_g2_sum_q0[11]}}, c4_j0_q0_c4_j0_l0_g2_sum_q0};
  assign c4_j0_l1_g0_x3 = {{2{c4_j0_q0_c4_j0_l0_g3_sum_q0[11]}}, c4_j0_q0_c4_j0_l0_g3_sum_q0};
  assign c4_v0 = {{6{c4_j0_q1_c4_j0_l1_g0_sum_q0[13]}}, c4_j0_q1_c4_j0_l1_g0_sum_q0};
  assign c4_j1_l0_g0_x0 = {{3{p0_4_p1[8]}}, p0_4_p1};
  assign c4_j1_l0_g0_x1 = {{3{p1_4_p1[8]}}, p1_4_p1};
  assign c4_j1_l0_g0_x2 = {{3{p2_4_p1[8]}}, p2_4_p1};
  assign c4_j1_l0_g0_x3 = {{3{p3_4_p1[8]}}, p3_4_p1};
  assign c4_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c4_j1_l0_g1_x0 = {{3{p4_4_p1[8]}}, p4_4_p1};
  assign c4_j1_l0_g1_x1 = {{3{p5_4_p1[8]}}, p5_4_p1};
  assign c4_j1_l0_g1_x2 = {{3{p6_4_p1[8]}}, p6_4_p1};
  assign c4_j1_l0_g1_x3 = {{3{p7_4_p1[8]}}, p7_4_p1};
  assign c4_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c4_j1_l0_g2_x0 = {{3{p8_4_p1[8]}}, p8_4_p1};
  assign c4_j1_l0_g2_x1 = {{3{p9_4_p1[8]}}, p9_4_p1};
  assign c4_j1_l0_g2_x2 = {{3{p10_4_p1[8]}}, p10_4_p1};
  assign c4_j1_l0_g2_x3 = {{3{p11_4_p1[8]}}, p11_4_p1};
  assign c4_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c4_j1_l0_g3_x0 = {{3{p12_4_p1[8]}}, p12_4_p1};
  assign c4_j1_l0_g3_x1 = {{3{p13_4_p1[8]}}, p13_4_p1};
  assign c4_j1_l0_g3_x2 = {{3{p14_4_p1[8]}}, p14_4_p1};
  assign c4_j1_l0_g3_x3 = {{3{p15_4_p1[8]}}, p15_4_p1};
  assign c4_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c4_j1_l1_g0_x0 = {{2{c4_j1_q0_c4_j1_l0_g0_sum_q0[11]}}, c4_j1_q0_c4_j1_l0_g0_sum_q0};
  assign c4_j1_l1_g0_x1 = {{2{c4_j1_q0_c4_j1_l0_g1_sum_q0[11]}}, c4_j1_q0_c4_j1_l0_g1_sum_q0};
  assign c4_j1_l1_g0_x2 = {{2{c4_j1_q0_c4_j1_l0_g2_sum_q0[11]}}, c4_j1_q0_c4_j1_l0_g2_sum_q0};
  assign c4_j1_l1_g0_x3 = {{2{c4_j1_q0_c4_j1_l0_g3_sum_q0[11]}}, c4_j1_q0_c4_j1_l0_g3_sum_q0};
  assign c4_v1 = {{{4{c4_j1_q1_c4_j1_l1_g0_sum_q0[13]}}, c4_j1_q1_c4_j1_l1_g0_sum_q0}, 2'b0};
  assign c4_j2_l0_g0_x0 = {{3{p0_4_p2[8]}}, p0_4_p2};
  assign c4_j2_l0_g0_x1 = {{3{p1_4_p2[8]}}, p1_4_p2};
  assign c4_j2_l0_g0_x2 = {{3{p2_4_p2[8]}}, p2_4_p2};
  assign c4_j2_l0_g0_x3 = {{3{p3_4_p2[8]}}, p3_4_p2};
  assign c4_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c4_j2_l0_g1_x0 = {{3{p4_4_p2[8]}}, p4_4_p2};
  assign c4_j2_l0_g1_x1 = {{3{p5_4_p2[8]}}, p5_4_p2};
  assign c4_j2_l0_g1_x2 = {{3{p6_4_p2[8]}}, p6_4_p2};
  assign c4_j2_l0_g1_x3 = {{3{p7_4_p2[8]}}, p7_4_p2};
  assign c4_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c4_j2_l0_g2_x0 = {{3{p8_4_p2[8]}}, p8_4_p2};
  assign c4_j2_l0_g2_x1 = {{3{p9_4_p2[8]}}, p9_4_p2};
  assign c4_j2_l0_g2_x2 = {{3{p10_4_p2[8]}}, p10_4_p2};
  assign c4_j2_l0_g2_x3 = {{3{p11_4_p2[8]}}, p11_4_p2};
  assign c4_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c4_j2_l0_g3_x0 = {{3{p12_4_p2[8]}}, p12_4_p2};
  assign c4_j2_l0_g3_x1 = {{3{p13_4_p2[8]}}, p13_4_p2};
  assign c4_j2_l0_g3_x2 = {{3{p14_4_p2[8]}}, p14_4_p2};
  assign c4_j2_l0_g3_x3 = {{3{p15_4_p2[8]}}, p15_4_p2};
  assign c4_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c4_j2_l1_g0_x0 = {{2{c4_j2_q0_c4_j2_l0_g0_sum_q0[11]}}, c4_j2_q0_c4_j2_l0_g0_sum_q0};
  assign c4_j2_l1_g0_x1 = {{2{c4_j2_q0_c4_j2_l0_g1_sum_q0[11]}}, c4_j2_q0_c4_j2_l0_g1_sum_q0};
  assign c4_j2_l1_g0_x2 = {{2{c4_j2_q0_c4_j2_l0_g2_sum_q0[11]}}, c4_j2_q0_c4_j2_l0_g2_sum_q0};
  assign c4_j2_l1_g0_x3 = {{2{c4_j2_q0_c4_j2_l0_g3_sum_q0[11]}}, c4_j2_q0_c4_j2_l0_g3_sum_q0};
  assign c4_v2 = {{{2{c4_j2_q1_c4_j2_l1_g0_sum_q0[13]}}, c4_j2_q1_c4_j2_l1_g0_sum_q0}, 4'b0};
  assign c4_j3_l0_g0_x0 = {{3{p0_4_p3[8]}}, p0_4_p3};
  assign c4_j3_l0_g0_x1 = {{3{p1_4_p3[8]}}, p1_4_p3};
  assign c4_j3_l0_g0_x2 = {{3{p2_4_p3[8]}}, p2_4_p3};
  assign c4_j3_l0_g0_x3 = {{3{p3_4_p3[8]}}, p3_4_p3};
  assign c4_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c4_j3_l0_g1_x0 = {{3{p4_4_p3[8]}}, p4_4_p3};
  assign c4_j3_l0_g1_x1 = {{3{p5_4_p3[8]}}, p5_4_p3};
  assign c4_j3_l0_g1_x2 = {{3{p6_4_p3[8]}}, p6_4_p3};
  assign c4_j3_l0_g1_x3 = {{3{p7_4_p3[8]}}, p7_4_p3};
  assign c4_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c4_j3_l0_g2_x0 = {{3{p8_4_p3[8]}}, p8_4_p3};
  assign c4_j3_l0_g2_x1 = {{3{p9_4_p3[8]}}, p9_4_p3};
  assign c4_j3_l0_g2_x2 = {{3{p10_4_p3[8]}}, p10_4_p3};
  assign c4_j3_l0_g2_x3 = {{3{p11_4_p3[8]}}, p11_4_p3};
  assign c4_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c4_j3_l0_g3_x0 = {{3{p12_4_p3[8]}}, p12_4_p3};
  assign c4_j3_l0_g3_x1 = {{3{p13_4_p3[8]}}, p13_4_p3};
  assign c4_j3_l0_g3_x2 = {{3{p14_4_p3[8]}}, p14_4_p3};
  assign c4_j3_l0_g3_x3 = {{3{p15_4_p3[8]}}, p15_4_p3};
  assign c4_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c4_j3_l1_g0_x0 = {{2{c4_j3_q0_c4_j3_l0_g0_sum_q0[11]}}, c4_j3_q0_c4_j3_l0_g0_sum_q0};
  assign c4_j3_l1_g0_x1 = {{2{c4_j3_q0_c4_j3_l0_g1_sum_q0[11]}}, c4_j3_q0_c4_j3_l0_g1_sum_q0};
  assign c4_j3_l1_g0_x2 = {{2{c4_j3_q0_c4_j3_l0_g2_sum_q0[11]}}, c4_j3_q0_c4_j3_l0_g2_sum_q0};
  assign c4_j3_l1_g0_x3 = {{2{c4_j3_q0_c4_j3_l0_g3_sum_q0[11]}}, c4_j3_q0_c4_j3_l0_g3_sum_q0};
  assign c4_v3 = {c4_j3_q1_c4_j3_l1_g0_sum_q0, 6'b0};
  assign c5_j0_l0_g0_x0 = {{3{p0_5_p0[8]}}, p0_5_p0};
  assign c5_j0_l0_g0_x1 = {{3{p1_5_p0[8]}}, p1_5_p0};
  assign c5_j0_l0_g0_x2 = {{3{p2_5_p0[8]}}, p2_5_p0};
  assign c5_j0_l0_g0_x3 = {{3{p3_5_p0[8]}}, p3_5_p0};
  assign c5_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c5_j0_l0_g1_x0 = {{3{p4_5_p0[8]}}, p4_5_p0};
  assign c5_j0_l0_g1_x1 = {{3{p5_5_p0[8]}}, p5_5_p0};
  assign c5_j0_l0_g1_x2 = {{3{p6_5_p0[8]}}, p6_5_p0};
  assign c5_j0_l0_g1_x3 = {{3{p7_5_p0[8]}}, p7_5_p0};
  assign c5_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c5_j0_l0_g2_x0 = {{3{p8_5_p0[8]}}, p8_5_p0};
  assign c5_j0_l0_g2_x1 = {{3{p9_5_p0[8]}}, p9_5_p0};
  assign c5_j0_l0_g2_x2 = {{3{p10_5_p0[8]}}, p10_5_p0};
  assign c5_j0_l0_g2_x3 = {{3{p11_5_p0[8]}}, p11_5_p0};
  assign c5_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c5_j0_l0_g3_x0 = {{3{p12_5_p0[8]}}, p12_5_p0};
  assign c5_j0_l0_g3_x1 = {{3{p13_5_p0[8]}}, p13_5_p0};
  assign c5_j0_l0_g3_x2 = {{3{p14_5_p0[8]}}, p14_5_p0};
  assign c5_j0_l0_g3_x3 = {{3{p15_5_p0[8]}}, p15_5_p0};
  assign c5_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c5_j0_l1_g0_x0 = {{2{c5_j0_q0_c5_j0_l0_g0_sum_q0[11]}}, c5_j0_q0_c5_j0_l0_g0_sum_q0};
  assign c5_j0_l1_g0_x1 = {{2{c5_j0_q0_c5_j0_l0_g1_sum_q0[11]}}, c5_j0_q0_c5_j0_l0_g1_sum_q0};
  assign c5_j0_l1_g0_x2 = {{2{c5_j0_q0_c5_j0_l0_g2_sum_q0[11]}}, c5_j0_q0_c5_j0_l0_g2_sum_q0};
  assign c5_j0_l1_g0_x3 = {{2{c5_j0_q0_c5_j0_l0_g3_sum_q0[11]}}, c5_j0_q0_c5_j0_l0_g3_sum_q0};
  assign c5_v0 = {{6{c5_j0_q1_c5_j0_l1_g0_sum_q0[13]}}, c5_j0_q1_c5_j0_l1_g0_sum_q0};
  assign c5_j1_l0_g0_x0 = {{3{p0_5_p1[8]}}, p0_5_p1};
  assign c5_j1_l0_g0_x1 = {{3{p1_5_p1[8]}}, p1_5_p1};
  assign c5_j1_l0_g0_x2 = {{3{p2_5_p1[8]}}, p2_5_p1};
  assign c5_j1_l0_g0_x3 = {{3{p3_5_p1[8]}}, p3_5_p1};
  assign c5_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c5_j1_l0_g1_x0 = {{3{p4_5_p1[8]}}, p4_5_p1};
  assign c5_j1_l0_g1_x1 = {{3{p5_5_p1[8]}}, p5_5_p1};
  assign c5_j1_l0_g1_x2 = {{3{p6_5_p1[8]}}, p6_5_p1};
  assign c5_j1_l0_g1_x3 = {{3{p7_5_p1[8]}}, p7_5_p1};
  assign c5_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c5_j1_l0_g2_x0 = {{3{p8_5_p1[8]}}, p8_5_p1};
  assign c5_j1_l0_g2_x1 = {{3{p9_5_p1[8]}}, p9_5_p1};
  assign c5_j1_l0_g2_x2 = {{3{p10_5_p1[8]}}, p10_5_p1};
  assign c5_j1_l0_g2_x3 = {{3{p11_5_p1[8]}}, p11_5_p1};
  assign c5_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c5_j1_l0_g3_x0 = {{3{p12_5_p1[8]}}, p12_5_p1};
  assign c5_j1_l0_g3_x1 = {{3{p13_5_p1[8]}}, p13_5_p1};
  assign c5_j1_l0_g3_x2 = {{3{p14_5_p1[8]}}, p14_5_p1};
  assign c5_j1_l0_g3_x3 = {{3{p15_5_p1[8]}}, p15_5_p1};
  assign c5_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c5_j1_l1_g0_x0 = {{2{c5_j1_q0_c5_j1_l0_g0_sum_q0[11]}}, c5_j1_q0_c5_j1_l0_g0_sum_q0};
  assign c5_j1_l1_g0_x1 = {{2{c5_j1_q0_c5_j1_l0_g1_sum_q0[11]}}, c5_j1_q0_c5_j1_l0_g1_sum_q0};
  assign c5_j1_l1_g0_x2 = {{2{c5_j1_q0_c5_j1_l0_g2_sum_q0[11]}}, c5_j1_q0_c5_j1_l0_g2_sum_q0};
  assign c5_j1_l1_g0_x3 = {{2{c5_j1_q0_c5_j1_l0_g3_sum_q0[11]}}, c5_j1_q0_c5_j1_l0_g3_sum_q0};
  assign c5_v1 = {{{4{c5_j1_q1_c5_j1_l1_g0_sum_q0[13]}}, c5_j1_q1_c5_j1_l1_g0_sum_q0}, 2'b0};
  assign c5_j2_l0_g0_x0 = {{3{p0_5_p2[8]}}, p0_5_p2};
  assign c5_j2_l0_g0_x1 = {{3{p1_5_p2[8]}}, p1_5_p2};
  assign c5_j2_l0_g0_x2 = {{3{p2_5_p2[8]}}, p2_5_p2};
  assign c5_j2_l0_g0_x3 = {{3{p3_5_p2[8]}}, p3_5_p2};
  assign c5_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c5_j2_l0_g1_x0 = {{3{p4_5_p2[8]}}, p4_5_p2};
  assign c5_j2_l0_g1_x1 = {{3{p5_5_p2[8]}}, p5_5_p2};
  assign c5_j2_l0_g1_x2 = {{3{p6_5_p2[8]}}, p6_5_p2};
  assign c5_j2_l0_g1_x3 = {{3{p7_5_p2[8]}}, p7_5_p2};
  assign c5_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c5_j2_l0_g2_x0 = {{3{p8_5_p2[8]}}, p8_5_p2};
  assign c5_j2_l0_g2_x1 = {{3{p9_5_p2[8]}}, p9_5_p2};
  assign c5_j2_l0_g2_x2 = {{3{p10_5_p2[8]}}, p10_5_p2};
  assign c5_j2_l0_g2_x3 = {{3{p11_5_p2[8]}}, p11_5_p2};
  assign c5_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c5_j2_l0_g3_x0 = {{3{p12_5_p2[8]}}, p12_5_p2};
  assign c5_j2_l0_g3_x1 = {{3{p13_5_p2[8]}}, p13_5_p2};
  assign c5_j2_l0_g3_x2 = {{3{p14_5_p2[8]}}, p14_5_p2};
  assign c5_j2_l0_g3_x3 = {{3{p15_5_p2[8]}}, p15_5_p2};
  assign c5_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c5_j2_l1_g0_x0 = {{2{c5_j2_q0_c5_j2_l0_g0_sum_q0[11]}}, c5_j2_q0_c5_j2_l0_g0_sum_q0};
  assign c5_j2_l1_g0_x1 = {{2{c5_j2_q0_c5_j2_l0_g1_sum_q0[11]}}, c5_j2_q0_c5_j2_l0_g1_sum_q0};
  assign c5_j2_l1_g0_x2 = {{2{c5_j2_q0_c5_j2_l0_g2_sum_q0[11]}}, c5_j2_q0_c5_j2_l0_g2_sum_q0};
  assign c5_j2_l1_g0_x3 = {{2{c5_j2_q0_c5_j2_l0_g3_sum_q0[11]}}, c5_j2_q0_c5_j2_l0_g3_sum_q0};
  assign c5_v2 = {{{2{c5_j2_q1_c5_j2_l1_g0_sum_q0[13]}}, c5_j2_q1_c5_j2_l1_g0_sum_q0}, 4'b0};
  assign c5_j3_l0_g0_x0 = {{3{p0_5_p3[8]}}, p0_5_p3};
  assign c5_j3_l0_g0_x1 = {{3{p1_5_p3[8]}}, p1_5_p3};
  assign c5_j3_l0_g0_x2 = {{3{p2_5_p3[8]}}, p2_5_p3};
  assign c5_j3_l0_g0_x3 = {{3{p3_5_p3[8]}}, p3_5_p3};
  assign c5_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c5_j3_l0_g1_x0 = {{3{p4_5_p3[8]}}, p4_5_p3};
  assign c5_j3_l0_g1_x1 = {{3{p5_5_p3[8]}}, p5_5_p3};
  assign c5_j3_l0_g1_x2 = {{3{p6_5_p3[8]}}, p6_5_p3};
  assign c5_j3_l0_g1_x3 = {{3{p7_5_p3[8]}}, p7_5_p3};
  assign c5_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c5_j3_l0_g2_x0 = {{3{p8_5_p3[8]}}, p8_5_p3};
  assign c5_j3_l0_g2_x1 = {{3{p9_5_p3[8]}}, p9_5_p3};
  assign c5_j3_l0_g2_x2 = {{3{p10_5_p3[8]}}, p10_5_p3};
  assign c5_j3_l0_g2_x3 = {{3{p11_5_p3[8]}}, p11_5_p3};
  assign c5_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c5_j3_l0_g3_x0 = {{3{p12_5_p3[8]}}, p12_5_p3};
  assign c5_j3_l0_g3_x1 = {{3{p13_5_p3[8]}}, p13_5_p3};
  assign c5_j3_l0_g3_x2 = {{3{p14_5_p3[8]}}, p14_5_p3};
  assign c5_j3_l0_g3_x3 = {{3{p15_5_p3[8]}}, p15_5_p3};
  assign c5_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c5_j3_l1_g0_x0 = {{2{c5_j3_q0_c5_j3_l0_g0_sum_q0[11]}}, c5_j3_q0_c5_j3_l0_g0_sum_q0};
  assign c5_j3_l1_g0_x1 = {{2{c5_j3_q0_c5_j3_l0_g1_sum_q0[11]}}, c5_j3_q0_c5_j3_l0_g1_sum_q0};
  assign c5_j3_l1_g0_x2 = {{2{c5_j3_q0_c5_j3_l0_g2_sum_q0[11]}}, c5_j3_q0_c5_j3_l0_g2_sum_q0};
  assign c5_j3_l1_g0_x3 = {{2{c5_j3_q0_c5_j3_l0_g3_sum_q0[11]}}, c5_j3_q0_c5_j3_l0_g3_sum_q0};
  assign c5_v3 = {c5_j3_q1_c5_j3_l1_g0_sum_q0, 6'b0};
  assign c6_j0_l0_g0_x0 = {{3{p0_6_p0[8]}}, p0_6_p0};
  assign c6_j0_l0_g0_x1 = {{3{p1_6_p0[8]}}, p1_6_p0};
  assign c6_j0_l0_g0_x2 = {{3{p2_6_p0[8]}}, p2_6_p0};
  assign c6_j0_l0_g0_x3 = {{3{p3_6_p0[8]}}, p3_6_p0};
  assign c6_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c6_j0_l0_g1_x0 = {{3{p4_6_p0[8]}}, p4_6_p0};
  assign c6_j0_l0_g1_x1 = {{3{p5_6_p0[8]}}, p5_6_p0};
  assign c6_j0_l0_g1_x2 = {{3{p6_6_p0[8]}}, p6_6_p0};
  assign c6_j0_l0_g1_x3 = {{3{p7_6_p0[8]}}, p7_6_p0};
  assign c6_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c6_j0_l0_g2_x0 = {{3{p8_6_p0[8]}}, p8_6_p0};
  assign c6_j0_l0_g2_x1 = {{3{p9_6_p0[8]}}, p9_6_p0};
  assign c6_j0_l0_g2_x2 = {{3{p10_6_p0[8]}}, p10_6_p0};
  assign c6_j0_l0_g2_x3 = {{3{p11_6_p0[8]}}, p11_6_p0};
  assign c6_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c6_j0_l0_g3_x0 = {{3{p12_6_p0[8]}}, p12_6_p0};
  assign c6_j0_l0_g3_x1 = {{3{p13_6_p0[8]}}, p13_6_p0};
  assign c6_j0_l0_g3_x2 = {{3{p14_6_p0[8]}}, p14_6_p0};
  assign c6_j0_l0_g3_x3 = {{3{p15_6_p0[8]}}, p15_6_p0};
  assign c6_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c6_j0_l1_g0_x0 = {{2{c6_j0_q0_c6_j0_l0_g0_sum_q0[11]}}, c6_j0_q0_c6_j0_l0_g0_sum_q0};
  assign c6_j0_l1_g0_x1 = {{2{c6_j0_q0_c6_j0_l0_g1_sum_q0[11]}}, c6_j0_q0_c6_j0_l0_g1_sum_q0};
  assign c6_j0_l1_g0_x2 = {{2{c6_j0_q0_c6_j0_l0_g2_sum_q0[11]}}, c6_j0_q0_c6_j0_l0_g2_sum_q0};
  assign c6_j0_l1_g0_x3 = {{2{c6_j0_q0_c6_j0_l0_g3_sum_q0[11]}}, c6_j0_q0_c6_j0_l0_g3_sum_q0};
  assign c6_v0 = {{6{c6_j0_q1_c6_j0_l1_g0_sum_q0[13]}}, c6_j0_q1_c6_j0_l1_g0_sum_q0};
  assign c6_j1_l0_g0_x0 = {{3{p0_6_p1[8]}}, p0_6_p1};
  assign c6_j1_l0_g0_x1 = {{3{p1_6_p1[8]}}, p1_6_p1};
  assign c6_j1_l0_g0_x2 = {{3{p2_6_p1[8]}}, p2_6_p1};
  assign c6_j1_l0_g0_x3 = {{3{p3_6_p1[8]}}, p3_6_p1};
  assign c6_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c6_j1_l0_g1_x0 = {{3{p4_6_p1[8]}}, p4_6_p1};
  assign c6_j1_l0_g1_x1 = {{3{p5_6_p1[8]}}, p5_6_p1};
  assign c6_j1_l0_g1_x2 = {{3{p6_6_p1[8]}}, p6_6_p1};
  assign c6_j1_l0_g1_x3 = {{3{p7_6_p1[8]}}, p7_6_p1};
  assign c6_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c6_j1_l0_g2_x0 = {{3{p8_6_p1[8]}}, p8_6_p1};
  assign c6_j1_l0_g2_x1 = {{3{p9_6_p1[8]}}, p9_6_p1};
  assign c6_j1_l0_g2_x2 = {{3{p10_6_p1[8]}}, p10_6_p1};
  assign c6_j1_l0_g2_x3 = {{3{p11_6_p1[8]}}, p11_6_p1};
  assign c6_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c6_j1_l0_g3_x0 = {{3{p12_6_p1[8]}}, p12_6_p1};
  assign c6_j1_l0_g3_x1 = {{3{p13_6_p1[8]}}, p13_6_p1};
  assign c6_j1_l0_g3_x2 = {{3{p14_6_p1[8]}}, p14_6_p1};
  assign c6_j1_l0_g3_x3 = {{3{p15_6_p1[8]}}, p15_6_p1};
  assign c6_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c6_j1_l1_g0_x0 = {{2{c6_j1_q0_c6_j1_l0_g0_sum_q0[11]}}, c6_j1_q0_c6_j1_l0_g0_sum_q0};
  assign c6_j1_l1_g0_x1 = {{2{c6_j1_q0_c6_j1_l0_g1_sum_q0[11]}}, c6_j1_q0_c6_j1_l0_g1_sum_q0};
  assign c6_j1_l1_g0_x2 = {{2{c6_j1_q0_c6_j1_l0_g2_sum_q0[11]}}, c6_j1_q0_c6_j1_l0_g2_sum_q0};
  assign c6_j1_l1_g0_x3 = {{2{c6_j1_q0_c6_j1_l0_g3_sum_q0[11]}}, c6_j1_q0_c6_j1_l0_g3_sum_q0};
  assign c6_v1 = {{{4{c6_j1_q1_c6_j1_l1_g0_sum_q0[13]}}, c6_j1_q1_c6_j1_l1_g0_sum_q0}, 2'b0};
  assign c6_j2_l0_g0_x0 = {{3{p0_6_p2[8]}}, p0_6_p2};
  assign c6_j2_l0_g0_x1 = {{3{p1_6_p2[8]}}, p1_6_p2};
  assign c6_j2_l0_g0_x2 = {{3{p2_6_p2[8]}}, p2_6_p2};
  assign c6_j2_l0_g0_x3 = {{3{p3_6_p2[8]}}, p3_6_p2};
  assign c6_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c6_j2_l0_g1_x0 = {{3{p4_6_p2[8]}}, p4_6_p2};
  assign c6_j2_l0_g1_x1 = {{3{p5_6_p2[8]}}, p5_6_p2};
  assign c6_j2_l0_g1_x2 = {{3{p6_6_p2[8]}}, p6_6_p2};
  assign c6_j2_l0_g1_x3 = {{3{p7_6_p2[8]}}, p7_6_p2};
  assign c6_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c6_j2_l0_g2_x0 = {{3{p8_6_p2[8]}}, p8_6_p2};
  assign c6_j2_l0_g2_x1 = {{3{p9_6_p2[8]}}, p9_6_p2};
  assign c6_j2_l0_g2_x2 = {{3{p10_6_p2[8]}}, p10_6_p2};
  assign c6_j2_l0_g2_x3 = {{3{p11_6_p2[8]}}, p11_6_p2};
  assign c6_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c6_j2_l0_g3_x0 = {{3{p12_6_p2[8]}}, p12_6_p2};
  assign c6_j2_l0_g3_x1 = {{3{p13_6_p2[8]}}, p13_6_p2};
  assign c6_j2_l0_g3_x2 = {{3{p14_6_p2[8]}}, p14_6_p2};
  assign c6_j2_l0_g3_x3 = {{3{p15_6_p2[8]}}, p15_6_p2};
  assign c6_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c6_j2_l1_g0_x0 = {{2{c6_j2_q0_c6_j2_l0_g0_sum_q0[11]}}, c6_j2_q0_c6_j2_l0_g0_sum_q0};
  assign c6_j2_l1_g0_x1 = {{2{c6_j2_q0_c6_j2_l0_g1_sum_q0[11]}}, c6_j2_q0_c6_j2_l0_g1_sum_q0};
  assign c6_j2_l1_g0_x2 = {{2{c6_j2_q0_c6_j2_l0_g2_sum_q0[11]}}, c6_j2_q0_c6_j2_l0_g2_sum_q0};
  assign c6_j2_l1_g0_x3 = {{2{c6_j2_q0_c6_j2_l0_g3_sum_q0[11]}}, c6_j2_q0_c6_j2_l0_g3_sum_q0};
  assign c6_v2 = {{{2{c6_j2_q1_c6_j2_l1_g0_sum_q0[13]}}, c6_j2_q1_c6_j2_l1_g0_sum_q0}, 4'b0};
  assign c6_j3_l0_g0_x0 = {{3{p0_6_p3[8]}}, p0_6_p3};
  assign c6_j3_l0_g0_x1 = {{3{p1_6_p3[8]}}, p1_6_p3};
  assign c6_j3_l0_g0_x2 = {{3{p2_6_p3[8]}}, p2_6_p3};
  assign c6_j3_l0_g0_x3 = {{3{p3_6_p3[8]}}, p3_6_p3};
  assign c6_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c6_j3_l0_g1_x0 = {{3{p4_6_p3[8]}}, p4_6_p3};
  assign c6_j3_l0_g1_x1 = {{3{p5_6_p3[8]}}, p5_6_p3};
  assign c6_j3_l0_g1_x2 = {{3{p6_6_p3[8]}}, p6_6_p3};
  assign c6_j3_l0_g1_x3 = {{3{p7_6_p3[8]}}, p7_6_p3};
  assign c6_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c6_j3_l0_g2_x0 = {{3{p8_6_p3[8]}}, p8_6_p3};
  assign c6_j3_l0_g2_x1 = {{3{p9_6_p3[8]}}, p9_6_p3};
  assign c6_j3_l0_g2_x2 = {{3{p10_6_p3[8]}}, p10_6_p3};
  assign c6_j3_l0_g2_x3 = {{3{p11_6_p3[8]}}, p11_6_p3};
  assign c6_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c6_j3_l0_g3_x0 = {{3{p12_6_p3[8]}}, p12_6_p3};
  assign c6_j3_l0_g3_x1 = {{3{p13_6_p3[8]}}, p13_6_p3};
  assign c6_j3_l0_g3_x2 = {{3{p14_6_p3[8]}}, p14_6_p3};
  assign c6_j3_l0_g3_x3 = {{3{p15_6_p3[8]}}, p15_6_p3};
  assign c6_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c6_j3_l1_g0_x0 = {{2{c6_j3_q0_c6_j3_l0_g0_sum_q0[11]}}, c6_j3_q0_c6_j3_l0_g0_sum_q0};
  assign c6_j3_l1_g0_x1 = {{2{c6_j3_q0_c6_j3_l0_g1_sum_q0[11]}}, c6_j3_q0_c6_j3_l0_g1_sum_q0};
  assign c6_j3_l1_g0_x2 = {{2{c6_j3_q0_c6_j3_l0_g2_sum_q0[11]}}, c6_j3_q0_c6_j3_l0_g2_sum_q0};
  assign c6_j3_l1_g0_x3 = {{2{c6_j3_q0_c6_j3_l0_g3_sum_q0[11]}}, c6_j3_q0_c6_j3_l0_g3_sum_q0};
  assign c6_v3 = {c6_j3_q1_c6_j3_l1_g0_sum_q0, 6'b0};
  assign c7_j0_l0_g0_x0 = {{3{p0_7_p0[8]}}, p0_7_p0};
  assign c7_j0_l0_g0_x1 = {{3{p1_7_p0[8]}}, p1_7_p0};
  assign c7_j0_l0_g0_x2 = {{3{p2_7_p0[8]}}, p2_7_p0};
  assign c7_j0_l0_g0_x3 = {{3{p3_7_p0[8]}}, p3_7_p0};
  assign c7_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c7_j0_l0_g1_x0 = {{3{p4_7_p0[8]}}, p4_7_p0};
  assign c7_j0_l0_g1_x1 = {{3{p5_7_p0[8]}}, p5_7_p0};
  assign c7_j0_l0_g1_x2 = {{3{p6_7_p0[8]}}, p6_7_p0};
  assign c7_j0_l0_g1_x3 = {{3{p7_7_p0[8]}}, p7_7_p0};
  assign c7_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c7_j0_l0_g2_x0 = {{3{p8_7_p0[8]}}, p8_7_p0};
  assign c7_j0_l0_g2_x1 = {{3{p9_7_p0[8]}}, p9_7_p0};
  assign c7_j0_l0_g2_x2 = {{3{p10_7_p0[8]}}, p10_7_p0};
  assign c7_j0_l0_g2_x3 = {{3{p11_7_p0[8]}}, p11_7_p0};
  assign c7_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c7_j0_l0_g3_x0 = {{3{p12_7_p0[8]}}, p12_7_p0};
  assign c7_j0_l0_g3_x1 = {{3{p13_7_p0[8]}}, p13_7_p0};
  assign c7_j0_l0_g3_x2 = {{3{p14_7_p0[8]}}, p14_7_p0};
  assign c7_j0_l0_g3_x3 = {{3{p15_7_p0[8]}}, p15_7_p0};
  assign c7_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c7_j0_l1_g0_x0 = {{2{c7_j0_q0_c7_j0_l0_g0_sum_q0[11]}}, c7_j0_q0_c7_j0_l0_g0_sum_q0};
  assign c7_j0_l1_g0_x1 = {{2{c7_j0_q0_c7_j0_l0_g1_sum_q0[11]}}, c7_j0_q0_c7_j0_l0_g1_sum_q0};
  assign c7_j0_l1_g0_x2 = {{2{c7_j0_q0_c7_j0_l0_g2_sum_q0[11]}}, c7_j0_q0_c7_j0_l0_g2_sum_q0};
  assign c7_j0_l1_g0_x3 = {{2{c7_j0_q0_c7_j0_l0_g3_sum_q0[11]}}, c7_j0_q0_c7_j0_l0_g3_sum_q0};
  assign c7_v0 = {{6{c7_j0_q1_c7_j0_l1_g0_sum_q0[13]}}, c7_j0_q1_c7_j0_l1_g0_sum_q0};
  assign c7_j1_l0_g0_x0 = {{3{p0_7_p1[8]}}, p0_7_p1};
  assign c7_j1_l0_g0_x1 = {{3{p1_7_p1[8]}}, p1_7_p1};
  assign c7_j1_l0_g0_x2 = {{3{p2_7_p1[8]}}, p2_7_p1};
  assign c7_j1_l0_g0_x3 = {{3{p3_7_p1[8]}}, p3_7_p1};
  assign c7_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c7_j1_l0_g1_x0 = {{3{p4_7_p1[8]}}, p4_7_p1};
  assign c7_j1_l0_g1_x1 = {{3{p5_7_p1[8]}}, p5_7_p1};
  assign c7_j1_l0_g1_x2 = {{3{p6_7_p1[8]}}, p6_7_p1};
  assign c7_j1_l0_g1_x3 = {{3{p7_7_p1[8]}}, p7_7_p1};
  assign c7_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c7_j1_l0_g2_x0 = {{3{p8_7_p1[8]}}, p8_7_p1};
  assign c7_j1_l0_g2_x1 = {{3{p9_7_p1[8]}}, p9_7_p1};
  assign c7_j1_l0_g2_x2 = {{3{p10_7_p1[8]}}, p10_7_p1};
  assign c7_j1_l0_g2_x3 = {{3{p11_7_p1[8]}}, p11_7_p1};
  assign c7_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c7_j1_l0_g3_x0 = {{3{p12_7_p1[8]}}, p12_7_p1};
  assign c7_j1_l0_g3_x1 = {{3{p13_7_p1[8]}}, p13_7_p1};
  assign c7_j1_l0_g3_x2 = {{3{p14_7_p1[8]}}, p14_7_p1};
  assign c7_j1_l0_g3_x3 = {{3{p15_7_p1[8]}}, p15_7_p1};
  assign c7_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c7_j1_l1_g0_x0 = {{2{c7_j1_q0_c7_j1_l0_g0_sum_q0[11]}}, c7_j1_q0_c7_j1_l0_g0_sum_q0};
  assign c7_j1_l1_g0_x1 = {{2{c7_j1_q0_c7_j1_l0_g1_sum_q0[11]}}, c7_j1_q0_c7_j1_l0_g1_sum_q0};
  assign c7_j1_l1_g0_x2 = {{2{c7_j1_q0_c7_j1_l0_g2_sum_q0[11]}}, c7_j1_q0_c7_j1_l0_g2_sum_q0};
  assign c7_j1_l1_g0_x3 = {{2{c7_j1_q0_c7_j1_l0_g3_sum_q0[11]}}, c7_j1_q0_c7_j1_l0_g3_sum_q0};
  assign c7_v1 = {{{4{c7_j1_q1_c7_j1_l1_g0_sum_q0[13]}}, c7_j1_q1_c7_j1_l1_g0_sum_q0}, 2'b0};
  assign c7_j2_l0_g0_x0 = {{3{p0_7_p2[8]}}, p0_7_p2};
  assign c7_j2_l0_g0_x1 = {{3{p1_7_p2[8]}}, p1_7_p2};
  assign c7_j2_l0_g0_x2 = {{3{p2_7_p2[8]}}, p2_7_p2};
  assign c7_j2_l0_g0_x3 = {{3{p3_7_p2[8]}}, p3_7_p2};
  assign c7_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c7_j2_l0_g1_x0 = {{3{p4_7_p2[8]}}, p4_7_p2};
  assign c7_j2_l0_g1_x1 = {{3{p5_7_p2[8]}}, p5_7_p2};
  assign c7_j2_l0_g1_x2 = {{3{p6_7_p2[8]}}, p6_7_p2};
  assign c7_j2_l0_g1_x3 = {{3{p7_7_p2[8]}}, p7_7_p2};
  assign c7_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c7_j2_l0_g2_x0 = {{3{p8_7_p2[8]}}, p8_7_p2};
  assign c7_j2_l0_g2_x1 = {{3{p9_7_p2[8]}}, p9_7_p2};
  assign c7_j2_l0_g2_x2 = {{3{p10_7_p2[8]}}, p10_7_p2};
  assign c7_j2_l0_g2_x3 = {{3{p11_7_p2[8]}}, p11_7_p2};
  assign c7_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c7_j2_l0_g3_x0 = {{3{p12_7_p2[8]}}, p12_7_p2};
  assign c7_j2_l0_g3_x1 = {{3{p13_7_p2[8]}}, p13_7_p2};
  assign c7_j2_l0_g3_x2 = {{3{p14_7_p2[8]}}, p14_7_p2};
  assign c7_j2_l0_g3_x3 = {{3{p15_7_p2[8]}}, p15_7_p2};
  assign c7_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c7_j2_l1_g0_x0 = {{2{c7_j2_q0_c7_j2_l0_g0_sum_q0[11]}}, c7_j2_q0_c7_j2_l0_g0_sum_q0};
  assign c7_j2_l1_g0_x1 = {{2{c7_j2_q0_c7_j2_l0_g1_sum_q0[11]}}, c7_j2_q0_c7_j2_l0_g1_sum_q0};
  assign c7_j2_l1_g0_x2 = {{2{c7_j2_q0_c7_j2_l0_g2_sum_q0[11]}}, c7_j2_q0_c7_j2_l0_g2_sum_q0};
  assign c7_j2_l1_g0_x3 = {{2{c7_j2_q0_c7_j2_l0_g3_sum_q0[11]}}, c7_j2_q0_c7_j2_l0_g3_sum_q0};
  assign c7_v2 = {{{2{c7_j2_q1_c7_j2_l1_g0_sum_q0[13]}}, c7_j2_q1_c7_j2_l1_g0_sum_q0}, 4'b0};
  assign c7_j3_l0_g0_x0 = {{3{p0_7_p3[8]}}, p0_7_p3};
  assign c7_j3_l0_g0_x1 = {{3{p1_7_p3[8]}}, p1_7_p3};
  assign c7_j3_l0_g0_x2 = {{3{p2_7_p3[8]}}, p2_7_p3};
  assign c7_j3_l0_g0_x3 = {{3{p3_7_p3[8]}}, p3_7_p3};
  assign c7_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c7_j3_l0_g1_x0 = {{3{p4_7_p3[8]}}, p4_7_p3};
  assign c7_j3_l0_g1_x1 = {{3{p5_7_p3[8]}}, p5_7_p3};
  assign c7_j3_l0_g1_x2 = {{3{p6_7_p3[8]}}, p6_7_p3};
  assign c7_j3_l0_g1_x3 = {{3{p7_7_p3[8]}}, p7_7_p3};
  assign c7_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c7_j3_l0_g2_x0 = {{3{p8_7_p3[8]}}, p8_7_p3};
  assign c7_j3_l0_g2_x1 = {{3{p9_7_p3[8]}}, p9_7_p3};
  assign c7_j3_l0_g2_x2 = {{3{p10_7_p3[8]}}, p10_7_p3};
  assign c7_j3_l0_g2_x3 = {{3{p11_7_p3[8]}}, p11_7_p3};
  assign c7_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c7_j3_l0_g3_x0 = {{3{p12_7_p3[8]}}, p12_7_p3};
  assign c7_j3_l0_g3_x1 = {{3{p13_7_p3[8]}}, p13_7_p3};
  assign c7_j3_l0_g3_x2 = {{3{p14_7_p3[8]}}, p14_7_p3};
  assign c7_j3_l0_g3_x3 = {{3{p15_7_p3[8]}}, p15_7_p3};
  assign c7_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c7_j3_l1_g0_x0 = {{2{c7_j3_q0_c7_j3_l0_g0_sum_q0[11]}}, c7_j3_q0_c7_j3_l0_g0_sum_q0};
  assign c7_j3_l1_g0_x1 = {{2{c7_j3_q0_c7_j3_l0_g1_sum_q0[11]}}, c7_j3_q0_c7_j3_l0_g1_sum_q0};
  assign c7_j3_l1_g0_x2 = {{2{c7_j3_q0_c7_j3_l0_g2_sum_q0[11]}}, c7_j3_q0_c7_j3_l0_g2_sum_q0};
  assign c7_j3_l1_g0_x3 = {{2{c7_j3_q0_c7_j3_l0_g3_sum_q0[11]}}, c7_j3_q0_c7_j3_l0_g3_sum_q0};
  assign c7_v3 = {c7_j3_q1_c7_j3_l1_g0_sum_q0, 6'b0};
  assign c8_j0_l0_g0_x0 = {{3{p0_8_p0[8]}}, p0_8_p0};
  assign c8_j0_l0_g0_x1 = {{3{p1_8_p0[8]}}, p1_8_p0};
  assign c8_j0_l0_g0_x2 = {{3{p2_8_p0[8]}}, p2_8_p0};
  assign c8_j0_l0_g0_x3 = {{3{p3_8_p0[8]}}, p3_8_p0};
  assign c8_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c8_j0_l0_g1_x0 = {{3{p4_8_p0[8]}}, p4_8_p0};
  assign c8_j0_l0_g1_x1 = {{3{p5_8_p0[8]}}, p5_8_p0};
  assign c8_j0_l0_g1_x2 = {{3{p6_8_p0[8]}}, p6_8_p0};
  assign c8_j0_l0_g1_x3 = {{3{p7_8_p0[8]}}, p7_8_p0};
  assign c8_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c8_j0_l0_g2_x0 = {{3{p8_8_p0[8]}}, p8_8_p0};
  assign c8_j0_l0_g2_x1 = {{3{p9_8_p0[8]}}, p9_8_p0};
  assign c8_j0_l0_g2_x2 = {{3{p10_8_p0[8]}}, p10_8_p0};
  assign c8_j0_l0_g2_x3 = {{3{p11_8_p0[8]}}, p11_8_p0};
  assign c8_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c8_j0_l0_g3_x0 = {{3{p12_8_p0[8]}}, p12_8_p0};
  assign c8_j0_l0_g3_x1 = {{3{p13_8_p0[8]}}, p13_8_p0};
  assign c8_j0_l0_g3_x2 = {{3{p14_8_p0[8]}}, p14_8_p0};
  assign c8_j0_l0_g3_x3 = {{3{p15_8_p0[8]}}, p15_8_p0};
  assign c8_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c8_j0_l1_g0_x0 = {{2{c8_j0_q0_c8_j0_l0_g0_sum_q0[11]}}, c8_j0_q0_c8_j0_l0_g0_sum_q0};
  assign c8_j0_l1_g0_x1 = {{2{c8_j0_q0_c8_j0_l0_g1_sum_q0[11]}}, c8_j0_q0_c8_j0_l0_g1_sum_q0};
  assign c8_j0_l1_g0_x2 = {{2{c8_j0_q0_c8_j0_l0_g2_sum_q0[11]}}, c8_j0_q0_c8_j0_l0_g2_sum_q0};
  assign c8_j0_l1_g0_x3 = {{2{c8_j0_q0_c8_j0_l0_g3_sum_q0[11]}}, c8_j0_q0_c8_j0_l0_g3_sum_q0};
  assign c8_v0 = {{6{c8_j0_q1_c8_j0_l1_g0_sum_q0[13]}}, c8_j0_q1_c8_j0_l1_g0_sum_q0};
  assign c8_j1_l0_g0_x0 = {{3{p0_8_p1[8]}}, p0_8_p1};
  assign c8_j1_l0_g0_x1 = {{3{p1_8_p1[8]}}, p1_8_p1};
  assign c8_j1_l0_g0_x2 = {{3{p2_8_p1[8]}}, p2_8_p1};
  assign c8_j1_l0_g0_x3 = {{3{p3_8_p1[8]}}, p3_8_p1};
  assign c8_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c8_j1_l0_g1_x0 = {{3{p4_8_p1[8]}}, p4_8_p1};
  assign c8_j1_l0_g1_x1 = {{3{p5_8_p1[8]}}, p5_8_p1};
  assign c8_j1_l0_g1_x2 = {{3{p6_8_p1[8]}}, p6_8_p1};
  assign c8_j1_l0_g1_x3 = {{3{p7_8_p1[8]}}, p7_8_p1};
  assign c8_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c8_j1_l0_g2_x0 = {{3{p8_8_p1[8]}}, p8_8_p1};
  assign c8_j1_l0_g2_x1 = {{3{p9_8_p1[8]}}, p9_8_p1};
  assign c8_j1_l0_g2_x2 = {{3{p10_8_p1[8]}}, p10_8_p1};
  assign c8_j1_l0_g2_x3 = {{3{p11_8_p1[8]}}, p11_8_p1};
  assign c8_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c8_j1_l0_g3_x0 = {{3{p12_8_p1[8]}}, p12_8_p1};
  assign c8_j1_l0_g3_x1 = {{3{p13_8_p1[8]}}, p13_8_p1};
  assign c8_j1_l0_g3_x2 = {{3{p14_8_p1[8]}}, p14_8_p1};
  assign c8_j1_l0_g3_x3 = {{3{p15_8_p1[8]}}, p15_8_p1};
  assign c8_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c8_j1_l1_g0_x0 = {{2{c8_j1_q0_c8_j1_l0_g0_sum_q0[11]}}, c8_j1_q0_c8_j1_l0_g0_sum_q0};
  assign c8_j1_l1_g0_x1 = {{2{c8_j1_q0_c8_j1_l0_g1_sum_q0[11]}}, c8_j1_q0_c8_j1_l0_g1_sum_q0};
  assign c8_j1_l1_g0_x2 = {{2{c8_j1_q0_c8_j1_l0_g2_sum_q0[11]}}, c8_j1_q0_c8_j1_l0_g2_sum_q0};
  assign c8_j1_l1_g0_x3 = {{2{c8_j1_q0_c8_j1_l0_g3_sum_q0[11]}}, c8_j1_q0_c8_j1_l0_g3_sum_q0};
  assign c8_v1 = {{{4{c8_j1_q1_c8_j1_l1_g0_sum_q0[13]}}, c8_j1_q1_c8_j1_l1_g0_sum_q0}, 2'b0};
  assign c8_j2_l0_g0_x0 = {{3{p0_8_p2[8]}}, p0_8_p2};
  assign c8_j2_l0_g0_x1 = {{3{p1_8_p2[8]}}, p1_8_p2};
  assign c8_j2_l0_g0_x2 = {{3{p2_8_p2[8]}}, p2_8_p2};
  assign c8_j2_l0_g0_x3 = {{3{p3_8_p2[8]}}, p3_8_p2};
  assign c8_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c8_j2_l0_g1_x0 = {{3{p4_8_p2[8]}}, p4_8_p2};
  assign c8_j2_l0_g1_x1 = {{3{p5_8_p2[8]}}, p5_8_p2};
  assign c8_j2_l0_g1_x2 = {{3{p6_8_p2[8]}}, p6_8_p2};
  assign c8_j2_l0_g1_x3 = {{3{p7_8_p2[8]}}, p7_8_p2};
  assign c8_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c8_j2_l0_g2_x0 = {{3{p8_8_p2[8]}}, p8_8_p2};
  assign c8_j2_l0_g2_x1 = {{3{p9_8_p2[8]}}, p9_8_p2};
  assign c8_j2_l0_g2_x2 = {{3{p10_8_p2[8]}}, p10_8_p2};
  assign c8_j2_l0_g2_x3 = {{3{p11_8_p2[8]}}, p11_8_p2};
  assign c8_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c8_j2_l0_g3_x0 = {{3{p12_8_p2[8]}}, p12_8_p2};
  assign c8_j2_l0_g3_x1 = {{3{p13_8_p2[8]}}, p13_8_p2};
  assign c8_j2_l0_g3_x2 = {{3{p14_8_p2[8]}}, p14_8_p2};
  assign c8_j2_l0_g3_x3 = {{3{p15_8_p2[8]}}, p15_8_p2};
  assign c8_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c8_j2_l1_g0_x0 = {{2{c8_j2_q0_c8_j2_l0_g0_sum_q0[11]}}, c8_j2_q0_c8_j2_l0_g0_sum_q0};
  assign c8_j2_l1_g0_x1 = {{2{c8_j2_q0_c8_j2_l0_g1_sum_q0[11]}}, c8_j2_q0_c8_j2_l0_g1_sum_q0};
  assign c8_j2_l1_g0_x2 = {{2{c8_j2_q0_c8_j2_l0_g2_sum_q0[11]}}, c8_j2_q0_c8_j2_l0_g2_sum_q0};
  assign c8_j2_l1_g0_x3 = {{2{c8_j2_q0_c8_j2_l0_g3_sum_q0[11]}}, c8_j2_q0_c8_j2_l0_g3_sum_q0};
  assign c8_v2 = {{{2{c8_j2_q1_c8_j2_l1_g0_sum_q0[13]}}, c8_j2_q1_c8_j2_l1_g0_sum_q0}, 4'b0};
  assign c8_j3_l0_g0_x0 = {{3{p0_8_p3[8]}}, p0_8_p3};
  assign c8_j3_l0_g0_x1 = {{3{p1_8_p3[8]}}, p1_8_p3};
  assign c8_j3_l0_g0_x2 = {{3{p2_8_p3[8]}}, p2_8_p3};
  assign c8_j3_l0_g0_x3 = {{3{p3_8_p3[8]}}, p3_8_p3};
  assign c8_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c8_j3_l0_g1_x0 = {{3{p4_8_p3[8]}}, p4_8_p3};
  assign c8_j3_l0_g1_x1 = {{3{p5_8_p3[8]}}, p5_8_p3};
  assign c8_j3_l0_g1_x2 = {{3{p6_8_p3[8]}}, p6_8_p3};
  assign c8_j3_l0_g1_x3 = {{3{p7_8_p3[8]}}, p7_8_p3};
  assign c8_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c8_j3_l0_g2_x0 = {{3{p8_8_p3[8]}}, p8_8_p3};
  assign c8_j3_l0_g2_x1 = {{3{p9_8_p3[8]}}, p9_8_p3};
  assign c8_j3_l0_g2_x2 = {{3{p10_8_p3[8]}}, p10_8_p3};
  assign c8_j3_l0_g2_x3 = {{3{p11_8_p3[8]}}, p11_8_p3};
  assign c8_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c8_j3_l0_g3_x0 = {{3{p12_8_p3[8]}}, p12_8_p3};
  assign c8_j3_l0_g3_x1 = {{3{p13_8_p3[8]}}, p13_8_p3};
  assign c8_j3_l0_g3_x2 = {{3{p14_8_p3[8]}}, p14_8_p3};
  assign c8_j3_l0_g3_x3 = {{3{p15_8_p3[8]}}, p15_8_p3};
  assign c8_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c8_j3_l1_g0_x0 = {{2{c8_j3_q0_c8_j3_l0_g0_sum_q0[11]}}, c8_j3_q0_c8_j3_l0_g0_sum_q0};
  assign c8_j3_l1_g0_x1 = {{2{c8_j3_q0_c8_j3_l0_g1_sum_q0[11]}}, c8_j3_q0_c8_j3_l0_g1_sum_q0};
  assign c8_j3_l1_g0_x2 = {{2{c8_j3_q0_c8_j3_l0_g2_sum_q0[11]}}, c8_j3_q0_c8_j3_l0_g2_sum_q0};
  assign c8_j3_l1_g0_x3 = {{2{c8_j3_q0_c8_j3_l0_g3_sum_q0[11]}}, c8_j3_q0_c8_j3_l0_g3_sum_q0};
  assign c8_v3 = {c8_j3_q1_c8_j3_l1_g0_sum_q0, 6'b0};
  assign c9_j0_l0_g0_x0 = {{3{p0_9_p0[8]}}, p0_9_p0};
  assign c9_j0_l0_g0_x1 = {{3{p1_9_p0[8]}}, p1_9_p0};
  assign c9_j0_l0_g0_x2 = {{3{p2_9_p0[8]}}, p2_9_p0};
  assign c9_j0_l0_g0_x3 = {{3{p3_9_p0[8]}}, p3_9_p0};
  assign c9_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c9_j0_l0_g1_x0 = {{3{p4_9_p0[8]}}, p4_9_p0};
  assign c9_j0_l0_g1_x1 = {{3{p5_9_p0[8]}}, p5_9_p0};
  assign c9_j0_l0_g1_x2 = {{3{p6_9_p0[8]}}, p6_9_p0};
  assign c9_j0_l0_g1_x3 = {{3{p7_9_p0[8]}}, p7_9_p0};
  assign c9_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c9_j0_l0_g2_x0 = {{3{p8_9_p0[8]}}, p8_9_p0};
  assign c9_j0_l0_g2_x1 = {{3{p9_9_p0[8]}}, p9_9_p0};
  assign c9_j0_l0_g2_x2 = {{3{p10_9_p0[8]}}, p10_9_p0};
  assign c9_j0_l0_g2_x3 = {{3{p11_9_p0[8]}}, p11_9_p0};
  assign c9_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c9_j0_l0_g3_x0 = {{3{p12_9_p0[8]}}, p12_9_p0};
  assign c9_j0_l0_g3_x1 = {{3{p13_9_p0[8]}}, p13_9_p0};
  assign c9_j0_l0_g3_x2 = {{3{p14_9_p0[8]}}, p14_9_p0};
  assign c9_j0_l0_g3_x3 = {{3{p15_9_p0[8]}}, p15_9_p0};
  assign c9_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c9_j0_l1_g0_x0 = {{2{c9_j0_q0_c9_j0_l0_g0_sum_q0[11]}}, c9_j0_q0_c9_j0_l0_g0_sum_q0};
  assign c9_j0_l1_g0_x1 = {{2{c9_j0_q0_c9_j0_l0_g1_sum_q0[11]}}, c9_j0_q0_c9_j0_l0_g1_sum_q0};
  assign c9_j0_l1_g0_x2 = {{2{c9_j0_q0_c9_j0_l0_g2_sum_q0[11]}}, c9_j0_q0_c9_j0_l0_g2_sum_q0};
  assign c9_j0_l1_g0_x3 = {{2{c9_j0_q0_c9_j0_l0_g3_sum_q0[11]}}, c9_j0_q0_c9_j0_l0_g3_sum_q0};
  assign c9_v0 = {{6{c9_j0_q1_c9_j0_l1_g0_sum_q0[13]}}, c9_j0_q1_c9_j0_l1_g0_sum_q0};
  assign c9_j1_l0_g0_x0 = {{3{p0_9_p1[8]}}, p0_9_p1};
  assign c9_j1_l0_g0_x1 = {{3{p1_9_p1[8]}}, p1_9_p1};
  assign c9_j1_l0_g0_x2 = {{3{p2_9_p1[8]}}, p2_9_p1};
  assign c9_j1_l0_g0_x3 = {{3{p3_9_p1[8]}}, p3_9_p1};
  assign c9_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c9_j1_l0_g1_x0 = {{3{p4_9_p1[8]}}, p4_9_p1};
  assign c9_j1_l0_g1_x1 = {{3{p5_9_p1[8]}}, p5_9_p1};
  assign c9_j1_l0_g1_x2 = {{3{p6_9_p1[8]}}, p6_9_p1};
  assign c9_j1_l0_g1_x3 = {{3{p7_9_p1[8]}}, p7_9_p1};
  assign c9_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c9_j1_l0_g2_x0 = {{3{p8_9_p1[8]}}, p8_9_p1};
  assign c9_j1_l0_g2_x1 = {{3{p9_9_p1[8]}}, p9_9_p1};
  assign c9_j1_l0_g2_x2 = {{3{p10_9_p1[8]}}, p10_9_p1};
  assign c9_j1_l0_g2_x3 = {{3{p11_9_p1[8]}}, p11_9_p1};
  assign c9_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c9_j1_l0_g3_x0 = {{3{p12_9_p1[8]}}, p12_9_p1};
  assign c9_j1_l0_g3_x1 = {{3{p13_9_p1[8]}}, p13_9_p1};
  assign c9_j1_l0_g3_x2 = {{3{p14_9_p1[8]}}, p14_9_p1};
  assign c9_j1_l0_g3_x3 = {{3{p15_9_p1[8]}}, p15_9_p1};
  assign c9_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c9_j1_l1_g0_x0 = {{2{c9_j1_q0_c9_j1_l0_g0_sum_q0[11]}}, c9_j1_q0_c9_j1_l0_g0_sum_q0};
  assign c9_j1_l1_g0_x1 = {{2{c9_j1_q0_c9_j1_l0_g1_sum_q0[11]}}, c9_j1_q0_c9_j1_l0_g1_sum_q0};
  assign c9_j1_l1_g0_x2 = {{2{c9_j1_q0_c9_j1_l0_g2_sum_q0[11]}}, c9_j1_q0_c9_j1_l0_g2_sum_q0};
  assign c9_j1_l1_g0_x3 = {{2{c9_j1_q0_c9_j1_l0_g3_sum_q0[11]}}, c9_j1_q0_c9_j1_l0_g3_sum_q0};
  assign c9_v1 = {{{4{c9_j1_q1_c9_j1_l1_g0_sum_q0[13]}}, c9_j1_q1_c9_j1_l1_g0_sum_q0}, 2'b0};
  assign c9_j2_l0_g0_x0 = {{3{p0_9_p2[8]}}, p0_9_p2};
  assign c9_j2_l0_g0_x1 = {{3{p1_9_p2[8]}}, p1_9_p2};
  assign c9_j2_l0_g0_x2 = {{3{p2_9_p2[8]}}, p2_9_p2};
  assign c9_j2_l0_g0_x3 = {{3{p3_9_p2[8]}}, p3_9_p2};
  assign c9_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c9_j2_l0_g1_x0 = {{3{p4_9_p2[8]}}, p4_9_p2};
  assign c9_j2_l0_g1_x1 = {{3{p5_9_p2[8]}}, p5_9_p2};
  assign c9_j2_l0_g1_x2 = {{3{p6_9_p2[8]}}, p6_9_p2};
  assign c9_j2_l0_g1_x3 = {{3{p7_9_p2[8]}}, p7_9_p2};
  assign c9_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c9_j2_l0_g2_x0 = {{3{p8_9_p2[8]}}, p8_9_p2};
  assign c9_j2_l0_g2_x1 = {{3{p9_9_p2[8]}}, p9_9_p2};
  assign c9_j2_l0_g2_x2 = {{3{p10_9_p2[8]}}, p10_9_p2};
  assign c9_j2_l0_g2_x3 = {{3{p11_9_p2[8]}}, p11_9_p2};
  assign c9_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c9_j2_l0_g3_x0 = {{3{p12_9_p2[8]}}, p12_9_p2};
  assign c9_j2_l0_g3_x1 = {{3{p13_9_p2[8]}}, p13_9_p2};
  assign c9_j2_l0_g3_x2 = {{3{p14_9_p2[8]}}, p14_9_p2};
  assign c9_j2_l0_g3_x3 = {{3{p15_9_p2[8]}}, p15_9_p2};
  assign c9_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c9_j2_l1_g0_x0 = {{2{c9_j2_q0_c9_j2_l0_g0_sum_q0[11]}}, c9_j2_q0_c9_j2_l0_g0_sum_q0};
  assign c9_j2_l1_g0_x1 = {{2{c9_j2_q0_c9_j2_l0_g1_sum_q0[11]}}, c9_j2_q0_c9_j2_l0_g1_sum_q0};
  assign c9_j2_l1_g0_x2 = {{2{c9_j2_q0_c9_j2_l0_g2_sum_q0[11]}}, c9_j2_q0_c9_j2_l0_g2_sum_q0};
  assign c9_j2_l1_g0_x3 = {{2{c9_j2_q0_c9_j2_l0_g3_sum_q0[11]}}, c9_j2_q0_c9_j2_l0_g3_sum_q0};
  assign c9_v2 = {{{2{c9_j2_q1_c9_j2_l1_g0_sum_q0[13]}}, c9_j2_q1_c9_j2_l1_g0_sum_q0}, 4'b0};
  assign c9_j3_l0_g0_x0 = {{3{p0_9_p3[8]}}, p0_9_p3};
  assign c9_j3_l0_g0_x1 = {{3{p1_9_p3[8]}}, p1_9_p3};
  assign c9_j3_l0_g0_x2 = {{3{p2_9_p3[8]}}, p2_9_p3};
  assign c9_j3_l0_g0_x3 = {{3{p3_9_p3[8]}}, p3_9_p3};
  assign c9_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c9_j3_l0_g1_x0 = {{3{p4_9_p3[8]}}, p4_9_p3};
  assign c9_j3_l0_g1_x1 = {{3{p5_9_p3[8]}}, p5_9_p3};
  assign c9_j3_l0_g1_x2 = {{3{p6_9_p3[8]}}, p6_9_p3};
  assign c9_j3_l0_g1_x3 = {{3{p7_9_p3[8]}}, p7_9_p3};
  assign c9_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c9_j3_l0_g2_x0 = {{3{p8_9_p3[8]}}, p8_9_p3};
  assign c9_j3_l0_g2_x1 = {{3{p9_9_p3[8]}}, p9_9_p3};
  assign c9_j3_l0_g2_x2 = {{3{p10_9_p3[8]}}, p10_9_p3};
  assign c9_j3_l0_g2_x3 = {{3{p11_9_p3[8]}}, p11_9_p3};
  assign c9_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c9_j3_l0_g3_x0 = {{3{p12_9_p3[8]}}, p12_9_p3};
  assign c9_j3_l0_g3_x1 = {{3{p13_9_p3[8]}}, p13_9_p3};
  assign c9_j3_l0_g3_x2 = {{3{p14_9_p3[8]}}, p14_9_p3};
  assign c9_j3_l0_g3_x3 = {{3{p15_9_p3[8]}}, p15_9_p3};
  assign c9_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c9_j3_l1_g0_x0 = {{2{c9_j3_q0_c9_j3_l0_g0_sum_q0[11]}}, c9_j3_q0_c9_j3_l0_g0_sum_q0};
  assign c9_j3_l1_g0_x1 = {{2{c9_j3_q0_c9_j3_l0_g1_sum_q0[11]}}, c9_j3_q0_c9_j3_l0_g1_sum_q0};
  assign c9_j3_l1_g0_x2 = {{2{c9_j3_q0_c9_j3_l0_g2_sum_q0[11]}}, c9_j3_q0_c9_j3_l0_g2_sum_q0};
  assign c9_j3_l1_g0_x3 = {{2{c9_j3_q0_c9_j3_l0_g3_sum_q0[11]}}, c9_j3_q0_c9_j3_l0_g3_sum_q0};
  assign c9_v3 = {c9_j3_q1_c9_j3_l1_g0_sum_q0, 6'b0};
  assign c10_j0_l0_g0_x0 = {{3{p0_10_p0[8]}}, p0_10_p0};
  assign c10_j0_l0_g0_x1 = {{3{p1_10_p0[8]}}, p1_10_p0};
  assign c10_j0_l0_g0_x2 = {{3{p2_10_p0[8]}}, p2_10_p0};
  assign c10_j0_l0_g0_x3 = {{3{p3_10_p0[8]}}, p3_10_p0};
  assign c10_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c10_j0_l0_g1_x0 = {{3{p4_10_p0[8]}}, p4_10_p0};
  assign c10_j0_l0_g1_x1 = {{3{p5_10_p0[8]}}, p5_10_p0};
  assign c10_j0_l0_g1_x2 = {{3{p6_10_p0[8]}}, p6_10_p0};
  assign c10_j0_l0_g1_x3 = {{3{p7_10_p0[8]}}, p7_10_p0};
  assign c10_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c10_j0_l0_g2_x0 = {{3{p8_10_p0[8]}}, p8_10_p0};
  assign c10_j0_l0_g2_x1 = {{3{p9_10_p0[8]}}, p9_10_p0};
  assign c10_j0_l0_g2_x2 = {{3{p10_10_p0[8]}}, p10_10_p0};
  assign c10_j0_l0_g2_x3 = {{3{p11_10_p0[8]}}, p11_10_p0};
  assign c10_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c10_j0_l0_g3_x0 = {{3{p12_10_p0[8]}}, p12_10_p0};
  assign c10_j0_l0_g3_x1 = {{3{p13_10_p0[8]}}, p13_10_p0};
  assign c10_j0_l0_g3_x2 = {{3{p14_10_p0[8]}}, p14_10_p0};
  assign c10_j0_l0_g3_x3 = {{3{p15_10_p0[8]}}, p15_10_p0};
  assign c10_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c10_j0_l1_g0_x0 = {{2{c10_j0_q0_c10_j0_l0_g0_sum_q0[11]}}, c10_j0_q0_c10_j0_l0_g0_sum_q0};
  assign c10_j0_l1_g0_x1 = {{2{c10_j0_q0_c10_j0_l0_g1_sum_q0[11]}}, c10_j0_q0_c10_j0_l0_g1_sum_q0};
  assign c10_j0_l1_g0_x2 = {{2{c10_j0_q0_c10_j0_l0_g2_sum_q0[11]}}, c10_j0_q0_c10_j0_l0_g2_sum_q0};
  assign c10_j0_l1_g0_x3 = {{2{c10_j0_q0_c10_j0_l0_g3_sum_q0[11]}}, c10_j0_q0_c10_j0_l0_g3_sum_q0};
  assign c10_v0 = {{6{c10_j0_q1_c10_j0_l1_g0_sum_q0[13]}}, c10_j0_q1_c10_j0_l1_g0_sum_q0};
  assign c10_j1_l0_g0_x0 = {{3{p0_10_p1[8]}}, p0_10_p1};
  assign c10_j1_l0_g0_x1 = {{3{p1_10_p1[8]}}, p1_10_p1};
  assign c10_j1_l0_g0_x2 = {{3{p2_10_p1[8]}}, p2_10_p1};
  assign c10_j1_l0_g0_x3 = {{3{p3_10_p1[8]}}, p3_10_p1};
  assign c10_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c10_j1_l0_g1_x0 = {{3{p4_10_p1[8]}}, p4_10_p1};
  assign c10_j1_l0_g1_x1 = {{3{p5_10_p1[8]}}, p5_10_p1};
  assign c10_j1_l0_g1_x2 = {{3{p6_10_p1[8]}}, p6_10_p1};
  assign c10_j1_l0_g1_x3 = {{3{p7_10_p1[8]}}, p7_10_p1};
  assign c10_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c10_j1_l0_g2_x0 = {{3{p8_10_p1[8]}}, p8_10_p1};
  assign c10_j1_l0_g2_x1 = {{3{p9_10_p1[8]}}, p9_10_p1};
  assign c10_j1_l0_g2_x2 = {{3{p10_10_p1[8]}}, p10_10_p1};
  assign c10_j1_l0_g2_x3 = {{3{p11_10_p1[8]}}, p11_10_p1};
  assign c10_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c10_j1_l0_g3_x0 = {{3{p12_10_p1[8]}}, p12_10_p1};
  assign c10_j1_l0_g3_x1 = {{3{p13_10_p1[8]}}, p13_10_p1};
  assign c10_j1_l0_g3_x2 = {{3{p14_10_p1[8]}}, p14_10_p1};
  assign c10_j1_l0_g3_x3 = {{3{p15_10_p1[8]}}, p15_10_p1};
  assign c10_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c10_j1_l1_g0_x0 = {{2{c10_j1_q0_c10_j1_l0_g0_sum_q0[11]}}, c10_j1_q0_c10_j1_l0_g0_sum_q0};
  assign c10_j1_l1_g0_x1 = {{2{c10_j1_q0_c10_j1_l0_g1_sum_q0[11]}}, c10_j1_q0_c10_j1_l0_g1_sum_q0};
  assign c10_j1_l1_g0_x2 = {{2{c10_j1_q0_c10_j1_l0_g2_sum_q0[11]}}, c10_j1_q0_c10_j1_l0_g2_sum_q0};
  assign c10_j1_l1_g0_x3 = {{2{c10_j1_q0_c10_j1_l0_g3_sum_q0[11]}}, c10_j1_q0_c10_j1_l0_g3_sum_q0};
  assign c10_v1 = {{{4{c10_j1_q1_c10_j1_l1_g0_sum_q0[13]}}, c10_j1_q1_c10_j1_l1_g0_sum_q0}, 2'b0};
  assign c10_j2_l0_g0_x0 = {{3{p0_10_p2[8]}}, p0_10_p2};
  assign c10_j2_l0_g0_x1 = {{3{p1_10_p2[8]}}, p1_10_p2};
  assign c10_j2_l0_g0_x2 = {{3{p2_10_p2[8]}}, p2_10_p2};
  assign c10_j2_l0_g0_x3 = {{3{p3_10_p2[8]}}, p3_10_p2};
  assign c10_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c10_j2_l0_g1_x0 = {{3{p4_10_p2[8]}}, p4_10_p2};
  assign c10_j2_l0_g1_x1 = {{3{p5_10_p2[8]}}, p5_10_p2};
  assign c10_j2_l0_g1_x2 = {{3{p6_10_p2[8]}}, p6_10_p2};
  assign c10_j2_l0_g1_x3 = {{3{p7_10_p2[8]}}, p7_10_p2};
  assign c10_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c10_j2_l0_g2_x0 = {{3{p8_10_p2[8]}}, p8_10_p2};
  assign c10_j2_l0_g2_x1 = {{3{p9_10_p2[8]}}, p9_10_p2};
  assign c10_j2_l0_g2_x2 = {{3{p10_10_p2[8]}}, p10_10_p2};
  assign c10_j2_l0_g2_x3 = {{3{p11_10_p2[8]}}, p11_10_p2};
  assign c10_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c10_j2_l0_g3_x0 = {{3{p12_10_p2[8]}}, p12_10_p2};
  assign c10_j2_l0_g3_x1 = {{3{p13_10_p2[8]}}, p13_10_p2};
  assign c10_j2_l0_g3_x2 = {{3{p14_10_p2[8]}}, p14_10_p2};
  assign c10_j2_l0_g3_x3 = {{3{p15_10_p2[8]}}, p15_10_p2};
  assign c10_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c10_j2_l1_g0_x0 = {{2{c10_j2_q0_c10_j2_l0_g0_sum_q0[11]}}, c10_j2_q0_c10_j2_l0_g0_sum_q0};
  assign c10_j2_l1_g0_x1 = {{2{c10_j2_q0_c10_j2_l0_g1_sum_q0[11]}}, c10_j2_q0_c10_j2_l0_g1_sum_q0};
  assign c10_j2_l1_g0_x2 = {{2{c10_j2_q0_c10_j2_l0_g2_sum_q0[11]}}, c10_j2_q0_c10_j2_l0_g2_sum_q0};
  assign c10_j2_l1_g0_x3 = {{2{c10_j2_q0_c10_j2_l0_g3_sum_q0[11]}}, c10_j2_q0_c10_j2_l0_g3_sum_q0};
  assign c10_v2 = {{{2{c10_j2_q1_c10_j2_l1_g0_sum_q0[13]}}, c10_j2_q1_c10_j2_l1_g0_sum_q0}, 4'b0};
  assign c10_j3_l0_g0_x0 = {{3{p0_10_p3[8]}}, p0_10_p3};
  assign c10_j3_l0_g0_x1 = {{3{p1_10_p3[8]}}, p1_10_p3};
  assign c10_j3_l0_g0_x2 = {{3{p2_10_p3[8]}}, p2_10_p3};
  assign c10_j3_l0_g0_x3 = {{3{p3_10_p3[8]}}, p3_10_p3};
  assign c10_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c10_j3_l0_g1_x0 = {{3{p4_10_p3[8]}}, p4_10_p3};
  assign c10_j3_l0_g1_x1 = {{3{p5_10_p3[8]}}, p5_10_p3};
  assign c10_j3_l0_g1_x2 = {{3{p6_10_p3[8]}}, p6_10_p3};
  assign c10_j3_l0_g1_x3 = {{3{p7_10_p3[8]}}, p7_10_p3};
  assign c10_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c10_j3_l0_g2_x0 = {{3{p8_10_p3[8]}}, p8_10_p3};
  assign c10_j3_l0_g2_x1 = {{3{p9_10_p3[8]}}, p9_10_p3};
  assign c10_j3_l0_g2_x2 = {{3{p10_10_p3[8]}}, p10_10_p3};
  assign c10_j3_l0_g2_x3 = {{3{p11_10_p3[8]}}, p11_10_p3};
  assign c10_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c10_j3_l0_g3_x0 = {{3{p12_10_p3[8]}}, p12_10_p3};
  assign c10_j3_l0_g3_x1 = {{3{p13_10_p3[8]}}, p13_10_p3};
  assign c10_j3_l0_g3_x2 = {{3{p14_10_p3[8]}}, p14_10_p3};
  assign c10_j3_l0_g3_x3 = {{3{p15_10_p3[8]}}, p15_10_p3};
  assign c10_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c10_j3_l1_g0_x0 = {{2{c10_j3_q0_c10_j3_l0_g0_sum_q0[11]}}, c10_j3_q0_c10_j3_l0_g0_sum_q0};
  assign c10_j3_l1_g0_x1 = {{2{c10_j3_q0_c10_j3_l0_g1_sum_q0[11]}}, c10_j3_q0_c10_j3_l0_g1_sum_q0};
  assign c10_j3_l1_g0_x2 = {{2{c10_j3_q0_c10_j3_l0_g2_sum_q0[11]}}, c10_j3_q0_c10_j3_l0_g2_sum_q0};
  assign c10_j3_l1_g0_x3 = {{2{c10_j3_q0_c10_j3_l0_g3_sum_q0[11]}}, c10_j3_q0_c10_j3_l0_g3_sum_q0};
  assign c10_v3 = {c10_j3_q1_c10_j3_l1_g0_sum_q0, 6'b0};
  assign c11_j0_l0_g0_x0 = {{3{p0_11_p0[8]}}, p0_11_p0};
  assign c11_j0_l0_g0_x1 = {{3{p1_11_p0[8]}}, p1_11_p0};
  assign c11_j0_l0_g0_x2 = {{3{p2_11_p0[8]}}, p2_11_p0};
  assign c11_j0_l0_g0_x3 = {{3{p3_11_p0[8]}}, p3_11_p0};
  assign c11_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c11_j0_l0_g1_x0 = {{3{p4_11_p0[8]}}, p4_11_p0};
  assign c11_j0_l0_g1_x1 = {{3{p5_11_p0[8]}}, p5_11_p0};
  assign c11_j0_l0_g1_x2 = {{3{p6_11_p0[8]}}, p6_11_p0};
  assign c11_j0_l0_g1_x3 = {{3{p7_11_p0[8]}}, p7_11_p0};
  assign c11_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c11_j0_l0_g2_x0 = {{3{p8_11_p0[8]}}, p8_11_p0};
  assign c11_j0_l0_g2_x1 = {{3{p9_11_p0[8]}}, p9_11_p0};
  assign c11_j0_l0_g2_x2 = {{3{p10_11_p0[8]}}, p10_11_p0};
  assign c11_j0_l0_g2_x3 = {{3{p11_11_p0[8]}}, p11_11_p0};
  assign c11_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c11_j0_l0_g3_x0 = {{3{p12_11_p0[8]}}, p12_11_p0};
  assign c11_j0_l0_g3_x1 = {{3{p13_11_p0[8]}}, p13_11_p0};
  assign c11_j0_l0_g3_x2 = {{3{p14_11_p0[8]}}, p14_11_p0};
  assign c11_j0_l0_g3_x3 = {{3{p15_11_p0[8]}}, p15_11_p0};
  assign c11_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c11_j0_l1_g0_x0 = {{2{c11_j0_q0_c11_j0_l0_g0_sum_q0[11]}}, c11_j0_q0_c11_j0_l0_g0_sum_q0};
  assign c11_j0_l1_g0_x1 = {{2{c11_j0_q0_c11_j0_l0_g1_sum_q0[11]}}, c11_j0_q0_c11_j0_l0_g1_sum_q0};
  assign c11_j0_l1_g0_x2 = {{2{c11_j0_q0_c11_j0_l0_g2_sum_q0[11]}}, c11_j0_q0_c11_j0_l0_g2_sum_q0};
  assign c11_j0_l1_g0_x3 = {{2{c11_j0_q0_c11_j0_l0_g3_sum_q0[11]}}, c11_j0_q0_c11_j0_l0_g3_sum_q0};
  assign c11_v0 = {{6{c11_j0_q1_c11_j0_l1_g0_sum_q0[13]}}, c11_j0_q1_c11_j0_l1_g0_sum_q0};
  assign c11_j1_l0_g0_x0 = {{3{p0_11_p1[8]}}, p0_11_p1};
  assign c11_j1_l0_g0_x1 = {{3{p1_11_p1[8]}}, p1_11_p1};
  assign c11_j1_l0_g0_x2 = {{3{p2_11_p1[8]}}, p2_11_p1};
  assign c11_j1_l0_g0_x3 = {{3{p3_11_p1[8]}}, p3_11_p1};
  assign c11_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c11_j1_l0_g1_x0 = {{3{p4_11_p1[8]}}, p4_11_p1};
  assign c11_j1_l0_g1_x1 = {{3{p5_11_p1[8]}}, p5_11_p1};
  assign c11_j1_l0_g1_x2 = {{3{p6_11_p1[8]}}, p6_11_p1};
  assign c11_j1_l0_g1_x3 = {{3{p7_11_p1[8]}}, p7_11_p1};
  assign c11_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c11_j1_l0_g2_x0 = {{3{p8_11_p1[8]}}, p8_11_p1};
  assign c11_j1_l0_g2_x1 = {{3{p9_11_p1[8]}}, p9_11_p1};
  assign c11_j1_l0_g2_x2 = {{3{p10_11_p1[8]}}, p10_11_p1};
  assign c11_j1_l0_g2_x3 = {{3{p11_11_p1[8]}}, p11_11_p1};
  assign c11_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c11_j1_l0_g3_x0 = {{3{p12_11_p1[8]}}, p12_11_p1};
  assign c11_j1_l0_g3_x1 = {{3{p13_11_p1[8]}}, p13_11_p1};
  assign c11_j1_l0_g3_x2 = {{3{p14_11_p1[8]}}, p14_11_p1};
  assign c11_j1_l0_g3_x3 = {{3{p15_11_p1[8]}}, p15_11_p1};
  assign c11_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c11_j1_l1_g0_x0 = {{2{c11_j1_q0_c11_j1_l0_g0_sum_q0[11]}}, c11_j1_q0_c11_j1_l0_g0_sum_q0};
  assign c11_j1_l1_g0_x1 = {{2{c11_j1_q0_c11_j1_l0_g1_sum_q0[11]}}, c11_j1_q0_c11_j1_l0_g1_sum_q0};
  assign c11_j1_l1_g0_x2 = {{2{c11_j1_q0_c11_j1_l0_g2_sum_q0[11]}}, c11_j1_q0_c11_j1_l0_g2_sum_q0};
  assign c11_j1_l1_g0_x3 = {{2{c11_j1_q0_c11_j1_l0_g3_sum_q0[11]}}, c11_j1_q0_c11_j1_l0_g3_sum_q0};
  assign c11_v1 = {{{4{c11_j1_q1_c11_j1_l1_g0_sum_q0[13]}}, c11_j1_q1_c11_j1_l1_g0_sum_q0}, 2'b0};
  assign c11_j2_l0_g0_x0 = {{3{p0_11_p2[8]}}, p0_11_p2};
  assign c11_j2_l0_g0_x1 = {{3{p1_11_p2[8]}}, p1_11_p2};
  assign c11_j2_l0_g0_x2 = {{3{p2_11_p2[8]}}, p2_11_p2};
  assign c11_j2_l0_g0_x3 = {{3{p3_11_p2[8]}}, p3_11_p2};
  assign c11_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c11_j2_l0_g1_x0 = {{3{p4_11_p2[8]}}, p4_11_p2};
  assign c11_j2_l0_g1_x1 = {{3{p5_11_p2[8]}}, p5_11_p2};
  assign c11_j2_l0_g1_x2 = {{3{p6_11_p2[8]}}, p6_11_p2};
  assign c11_j2_l0_g1_x3 = {{3{p7_11_p2[8]}}, p7_11_p2};
  assign c11_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c11_j2_l0_g2_x0 = {{3{p8_11_p2[8]}}, p8_11_p2};
  assign c11_j2_l0_g2_x1 = {{3{p9_11_p2[8]}}, p9_11_p2};
  assign c11_j2_l0_g2_x2 = {{3{p10_11_p2[8]}}, p10_11_p2};
  assign c11_j2_l0_g2_x3 = {{3{p11_11_p2[8]}}, p11_11_p2};
  assign c11_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c11_j2_l0_g3_x0 = {{3{p12_11_p2[8]}}, p12_11_p2};
  assign c11_j2_l0_g3_x1 = {{3{p13_11_p2[8]}}, p13_11_p2};
  assign c11_j2_l0_g3_x2 = {{3{p14_11_p2[8]}}, p14_11_p2};
  assign c11_j2_l0_g3_x3 = {{3{p15_11_p2[8]}}, p15_11_p2};
  assign c11_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c11_j2_l1_g0_x0 = {{2{c11_j2_q0_c11_j2_l0_g0_sum_q0[11]}}, c11_j2_q0_c11_j2_l0_g0_sum_q0};
  assign c11_j2_l1_g0_x1 = {{2{c11_j2_q0_c11_j2_l0_g1_sum_q0[11]}}, c11_j2_q0_c11_j2_l0_g1_sum_q0};
  assign c11_j2_l1_g0_x2 = {{2{c11_j2_q0_c11_j2_l0_g2_sum_q0[11]}}, c11_j2_q0_c11_j2_l0_g2_sum_q0};
  assign c11_j2_l1_g0_x3 = {{2{c11_j2_q0_c11_j2_l0_g3_sum_q0[11]}}, c11_j2_q0_c11_j2_l0_g3_sum_q0};
  assign c11_v2 = {{{2{c11_j2_q1_c11_j2_l1_g0_sum_q0[13]}}, c11_j2_q1_c11_j2_l1_g0_sum_q0}, 4'b0};
  assign c11_j3_l0_g0_x0 = {{3{p0_11_p3[8]}}, p0_11_p3};
  assign c11_j3_l0_g0_x1 = {{3{p1_11_p3[8]}}, p1_11_p3};
  assign c11_j3_l0_g0_x2 = {{3{p2_11_p3[8]}}, p2_11_p3};
  assign c11_j3_l0_g0_x3 = {{3{p3_11_p3[8]}}, p3_11_p3};
  assign c11_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c11_j3_l0_g1_x0 = {{3{p4_11_p3[8]}}, p4_11_p3};
  assign c11_j3_l0_g1_x1 = {{3{p5_11_p3[8]}}, p5_11_p3};
  assign c11_j3_l0_g1_x2 = {{3{p6_11_p3[8]}}, p6_11_p3};
  assign c11_j3_l0_g1_x3 = {{3{p7_11_p3[8]}}, p7_11_p3};
  assign c11_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c11_j3_l0_g2_x0 = {{3{p8_11_p3[8]}}, p8_11_p3};
  assign c11_j3_l0_g2_x1 = {{3{p9_11_p3[8]}}, p9_11_p3};
  assign c11_j3_l0_g2_x2 = {{3{p10_11_p3[8]}}, p10_11_p3};
  assign c11_j3_l0_g2_x3 = {{3{p11_11_p3[8]}}, p11_11_p3};
  assign c11_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c11_j3_l0_g3_x0 = {{3{p12_11_p3[8]}}, p12_11_p3};
  assign c11_j3_l0_g3_x1 = {{3{p13_11_p3[8]}}, p13_11_p3};
  assign c11_j3_l0_g3_x2 = {{3{p14_11_p3[8]}}, p14_11_p3};
  assign c11_j3_l0_g3_x3 = {{3{p15_11_p3[8]}}, p15_11_p3};
  assign c11_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c11_j3_l1_g0_x0 = {{2{c11_j3_q0_c11_j3_l0_g0_sum_q0[11]}}, c11_j3_q0_c11_j3_l0_g0_sum_q0};
  assign c11_j3_l1_g0_x1 = {{2{c11_j3_q0_c11_j3_l0_g1_sum_q0[11]}}, c11_j3_q0_c11_j3_l0_g1_sum_q0};
  assign c11_j3_l1_g0_x2 = {{2{c11_j3_q0_c11_j3_l0_g2_sum_q0[11]}}, c11_j3_q0_c11_j3_l0_g2_sum_q0};
  assign c11_j3_l1_g0_x3 = {{2{c11_j3_q0_c11_j3_l0_g3_sum_q0[11]}}, c11_j3_q0_c11_j3_l0_g3_sum_q0};
  assign c11_v3 = {c11_j3_q1_c11_j3_l1_g0_sum_q0, 6'b0};
  assign c12_j0_l0_g0_x0 = {{3{p0_12_p0[8]}}, p0_12_p0};
  assign c12_j0_l0_g0_x1 = {{3{p1_12_p0[8]}}, p1_12_p0};
  assign c12_j0_l0_g0_x2 = {{3{p2_12_p0[8]}}, p2_12_p0};
  assign c12_j0_l0_g0_x3 = {{3{p3_12_p0[8]}}, p3_12_p0};
  assign c12_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c12_j0_l0_g1_x0 = {{3{p4_12_p0[8]}}, p4_12_p0};
  assign c12_j0_l0_g1_x1 = {{3{p5_12_p0[8]}}, p5_12_p0};
  assign c12_j0_l0_g1_x2 = {{3{p6_12_p0[8]}}, p6_12_p0};
  assign c12_j0_l0_g1_x3 = {{3{p7_12_p0[8]}}, p7_12_p0};
  assign c12_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c12_j0_l0_g2_x0 = {{3{p8_12_p0[8]}}, p8_12_p0};
  assign c12_j0_l0_g2_x1 = {{3{p9_12_p0[8]}}, p9_12_p0};
  assign c12_j0_l0_g2_x2 = {{3{p10_12_p0[8]}}, p10_12_p0};
  assign c12_j0_l0_g2_x3 = {{3{p11_12_p0[8]}}, p11_12_p0};
  assign c12_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c12_j0_l0_g3_x0 = {{3{p12_12_p0[8]}}, p12_12_p0};
  assign c12_j0_l0_g3_x1 = {{3{p13_12_p0[8]}}, p13_12_p0};
  assign c12_j0_l0_g3_x2 = {{3{p14_12_p0[8]}}, p14_12_p0};
  assign c12_j0_l0_g3_x3 = {{3{p15_12_p0[8]}}, p15_12_p0};
  assign c12_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c12_j0_l1_g0_x0 = {{2{c12_j0_q0_c12_j0_l0_g0_sum_q0[11]}}, c12_j0_q0_c12_j0_l0_g0_sum_q0};
  assign c12_j0_l1_g0_x1 = {{2{c12_j0_q0_c12_j0_l0_g1_sum_q0[11]}}, c12_j0_q0_c12_j0_l0_g1_sum_q0};
  assign c12_j0_l1_g0_x2 = {{2{c12_j0_q0_c12_j0_l0_g2_sum_q0[11]}}, c12_j0_q0_c12_j0_l0_g2_sum_q0};
  assign c12_j0_l1_g0_x3 = {{2{c12_j0_q0_c12_j0_l0_g3_sum_q0[11]}}, c12_j0_q0_c12_j0_l0_g3_sum_q0};
  assign c12_v0 = {{6{c12_j0_q1_c12_j0_l1_g0_sum_q0[13]}}, c12_j0_q1_c12_j0_l1_g0_sum_q0};
  assign c12_j1_l0_g0_x0 = {{3{p0_12_p1[8]}}, p0_12_p1};
  assign c12_j1_l0_g0_x1 = {{3{p1_12_p1[8]}}, p1_12_p1};
  assign c12_j1_l0_g0_x2 = {{3{p2_12_p1[8]}}, p2_12_p1};
  assign c12_j1_l0_g0_x3 = {{3{p3_12_p1[8]}}, p3_12_p1};
  assign c12_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c12_j1_l0_g1_x0 = {{3{p4_12_p1[8]}}, p4_12_p1};
  assign c12_j1_l0_g1_x1 = {{3{p5_12_p1[8]}}, p5_12_p1};
  assign c12_j1_l0_g1_x2 = {{3{p6_12_p1[8]}}, p6_12_p1};
  assign c12_j1_l0_g1_x3 = {{3{p7_12_p1[8]}}, p7_12_p1};
  assign c12_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c12_j1_l0_g2_x0 = {{3{p8_12_p1[8]}}, p8_12_p1};
  assign c12_j1_l0_g2_x1 = {{3{p9_12_p1[8]}}, p9_12_p1};
  assign c12_j1_l0_g2_x2 = {{3{p10_12_p1[8]}}, p10_12_p1};
  assign c12_j1_l0_g2_x3 = {{3{p11_12_p1[8]}}, p11_12_p1};
  assign c12_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c12_j1_l0_g3_x0 = {{3{p12_12_p1[8]}}, p12_12_p1};
  assign c12_j1_l0_g3_x1 = {{3{p13_12_p1[8]}}, p13_12_p1};
  assign c12_j1_l0_g3_x2 = {{3{p14_12_p1[8]}}, p14_12_p1};
  assign c12_j1_l0_g3_x3 = {{3{p15_12_p1[8]}}, p15_12_p1};
  assign c12_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c12_j1_l1_g0_x0 = {{2{c12_j1_q0_c12_j1_l0_g0_sum_q0[11]}}, c12_j1_q0_c12_j1_l0_g0_sum_q0};
  assign c12_j1_l1_g0_x1 = {{2{c12_j1_q0_c12_j1_l0_g1_sum_q0[11]}}, c12_j1_q0_c12_j1_l0_g1_sum_q0};
  assign c12_j1_l1_g0_x2 = {{2{c12_j1_q0_c12_j1_l0_g2_sum_q0[11]}}, c12_j1_q0_c12_j1_l0_g2_sum_q0};
  assign c12_j1_l1_g0_x3 = {{2{c12_j1_q0_c12_j1_l0_g3_sum_q0[11]}}, c12_j1_q0_c12_j1_l0_g3_sum_q0};
  assign c12_v1 = {{{4{c12_j1_q1_c12_j1_l1_g0_sum_q0[13]}}, c12_j1_q1_c12_j1_l1_g0_sum_q0}, 2'b0};
  assign c12_j2_l0_g0_x0 = {{3{p0_12_p2[8]}}, p0_12_p2};
  assign c12_j2_l0_g0_x1 = {{3{p1_12_p2[8]}}, p1_12_p2};
  assign c12_j2_l0_g0_x2 = {{3{p2_12_p2[8]}}, p2_12_p2};
  assign c12_j2_l0_g0_x3 = {{3{p3_12_p2[8]}}, p3_12_p2};
  assign c12_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c12_j2_l0_g1_x0 = {{3{p4_12_p2[8]}}, p4_12_p2};
  assign c12_j2_l0_g1_x1 = {{3{p5_12_p2[8]}}, p5_12_p2};
  assign c12_j2_l0_g1_x2 = {{3{p6_12_p2[8]}}, p6_12_p2};
  assign c12_j2_l0_g1_x3 = {{3{p7_12_p2[8]}}, p7_12_p2};
  assign c12_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c12_j2_l0_g2_x0 = {{3{p8_12_p2[8]}}, p8_12_p2};
  assign c12_j2_l0_g2_x1 = {{3{p9_12_p2[8]}}, p9_12_p2};
  assign c12_j2_l0_g2_x2 = {{3{p10_12_p2[8]}}, p10_12_p2};
  assign c12_j2_l0_g2_x3 = {{3{p11_12_p2[8]}}, p11_12_p2};
  assign c12_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c12_j2_l0_g3_x0 = {{3{p12_12_p2[8]}}, p12_12_p2};
  assign c12_j2_l0_g3_x1 = {{3{p13_12_p2[8]}}, p13_12_p2};
  assign c12_j2_l0_g3_x2 = {{3{p14_12_p2[8]}}, p14_12_p2};
  assign c12_j2_l0_g3_x3 = {{3{p15_12_p2[8]}}, p15_12_p2};
  assign c12_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c12_j2_l1_g0_x0 = {{2{c12_j2_q0_c12_j2_l0_g0_sum_q0[11]}}, c12_j2_q0_c12_j2_l0_g0_sum_q0};
  assign c12_j2_l1_g0_x1 = {{2{c12_j2_q0_c12_j2_l0_g1_sum_q0[11]}}, c12_j2_q0_c12_j2_l0_g1_sum_q0};
  assign c12_j2_l1_g0_x2 = {{2{c12_j2_q0_c12_j2_l0_g2_sum_q0[11]}}, c12_j2_q0_c12_j2_l0_g2_sum_q0};
  assign c12_j2_l1_g0_x3 = {{2{c12_j2_q0_c12_j2_l0_g3_sum_q0[11]}}, c12_j2_q0_c12_j2_l0_g3_sum_q0};
  assign c12_v2 = {{{2{c12_j2_q1_c12_j2_l1_g0_sum_q0[13]}}, c12_j2_q1_c12_j2_l1_g0_sum_q0}, 4'b0};
  assign c12_j3_l0_g0_x0 = {{3{p0_12_p3[8]}}, p0_12_p3};
  assign c12_j3_l0_g0_x1 = {{3{p1_12_p3[8]}}, p1_12_p3};
  assign c12_j3_l0_g0_x2 = {{3{p2_12_p3[8]}}, p2_12_p3};
  assign c12_j3_l0_g0_x3 = {{3{p3_12_p3[8]}}, p3_12_p3};
  assign c12_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c12_j3_l0_g1_x0 = {{3{p4_12_p3[8]}}, p4_12_p3};
  assign c12_j3_l0_g1_x1 = {{3{p5_12_p3[8]}}, p5_12_p3};
  assign c12_j3_l0_g1_x2 = {{3{p6_12_p3[8]}}, p6_12_p3};
  assign c12_j3_l0_g1_x3 = {{3{p7_12_p3[8]}}, p7_12_p3};
  assign c12_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c12_j3_l0_g2_x0 = {{3{p8_12_p3[8]}}, p8_12_p3};
  assign c12_j3_l0_g2_x1 = {{3{p9_12_p3[8]}}, p9_12_p3};
  assign c12_j3_l0_g2_x2 = {{3{p10_12_p3[8]}}, p10_12_p3};
  assign c12_j3_l0_g2_x3 = {{3{p11_12_p3[8]}}, p11_12_p3};
  assign c12_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c12_j3_l0_g3_x0 = {{3{p12_12_p3[8]}}, p12_12_p3};
  assign c12_j3_l0_g3_x1 = {{3{p13_12_p3[8]}}, p13_12_p3};
  assign c12_j3_l0_g3_x2 = {{3{p14_12_p3[8]}}, p14_12_p3};
  assign c12_j3_l0_g3_x3 = {{3{p15_12_p3[8]}}, p15_12_p3};
  assign c12_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c12_j3_l1_g0_x0 = {{2{c12_j3_q0_c12_j3_l0_g0_sum_q0[11]}}, c12_j3_q0_c12_j3_l0_g0_sum_q0};
  assign c12_j3_l1_g0_x1 = {{2{c12_j3_q0_c12_j3_l0_g1_sum_q0[11]}}, c12_j3_q0_c12_j3_l0_g1_sum_q0};
  assign c12_j3_l1_g0_x2 = {{2{c12_j3_q0_c12_j3_l0_g2_sum_q0[11]}}, c12_j3_q0_c12_j3_l0_g2_sum_q0};
  assign c12_j3_l1_g0_x3 = {{2{c12_j3_q0_c12_j3_l0_g3_sum_q0[11]}}, c12_j3_q0_c12_j3_l0_g3_sum_q0};
  assign c12_v3 = {c12_j3_q1_c12_j3_l1_g0_sum_q0, 6'b0};
  assign c13_j0_l0_g0_x0 = {{3{p0_13_p0[8]}}, p0_13_p0};
  assign c13_j0_l0_g0_x1 = {{3{p1_13_p0[8]}}, p1_13_p0};
  assign c13_j0_l0_g0_x2 = {{3{p2_13_p0[8]}}, p2_13_p0};
  assign c13_j0_l0_g0_x3 = {{3{p3_13_p0[8]}}, p3_13_p0};
  assign c13_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c13_j0_l0_g1_x0 = {{3{p4_13_p0[8]}}, p4_13_p0};
  assign c13_j0_l0_g1_x1 = {{3{p5_13_p0[8]}}, p5_13_p0};
  assign c13_j0_l0_g1_x2 = {{3{p6_13_p0[8]}}, p6_13_p0};
  assign c13_j0_l0_g1_x3 = {{3{p7_13_p0[8]}}, p7_13_p0};
  assign c13_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c13_j0_l0_g2_x0 = {{3{p8_13_p0[8]}}, p8_13_p0};
  assign c13_j0_l0_g2_x1 = {{3{p9_13_p0[8]}}, p9_13_p0};
  assign c13_j0_l0_g2_x2 = {{3{p10_13_p0[8]}}, p10_13_p0};
  assign c13_j0_l0_g2_x3 = {{3{p11_13_p0[8]}}, p11_13_p0};
  assign c13_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c13_j0_l0_g3_x0 = {{3{p12_13_p0[8]}}, p12_13_p0};
  assign c13_j0_l0_g3_x1 = {{3{p13_13_p0[8]}}, p13_13_p0};
  assign c13_j0_l0_g3_x2 = {{3{p14_13_p0[8]}}, p14_13_p0};
  assign c13_j0_l0_g3_x3 = {{3{p15_13_p0[8]}}, p15_13_p0};
  assign c13_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c13_j0_l1_g0_x0 = {{2{c13_j0_q0_c13_j0_l0_g0_sum_q0[11]}}, c13_j0_q0_c13_j0_l0_g0_sum_q0};
  assign c13_j0_l1_g0_x1 = {{2{c13_j0_q0_c13_j0_l0_g1_sum_q0[11]}}, c13_j0_q0_c13_j0_l0_g1_sum_q0};
  assign c13_j0_l1_g0_x2 = {{2{c13_j0_q0_c13_j0_l0_g2_sum_q0[11]}}, c13_j0_q0_c13_j0_l0_g2_sum_q0};
  assign c13_j0_l1_g0_x3 = {{2{c13_j0_q0_c13_j0_l0_g3_sum_q0[11]}}, c13_j0_q0_c13_j0_l0_g3_sum_q0};
  assign c13_v0 = {{6{c13_j0_q1_c13_j0_l1_g0_sum_q0[13]}}, c13_j0_q1_c13_j0_l1_g0_sum_q0};
  assign c13_j1_l0_g0_x0 = {{3{p0_13_p1[8]}}, p0_13_p1};
  assign c13_j1_l0_g0_x1 = {{3{p1_13_p1[8]}}, p1_13_p1};
  assign c13_j1_l0_g0_x2 = {{3{p2_13_p1[8]}}, p2_13_p1};
  assign c13_j1_l0_g0_x3 = {{3{p3_13_p1[8]}}, p3_13_p1};
  assign c13_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c13_j1_l0_g1_x0 = {{3{p4_13_p1[8]}}, p4_13_p1};
  assign c13_j1_l0_g1_x1 = {{3{p5_13_p1[8]}}, p5_13_p1};
  assign c13_j1_l0_g1_x2 = {{3{p6_13_p1[8]}}, p6_13_p1};
  assign c13_j1_l0_g1_x3 = {{3{p7_13_p1[8]}}, p7_13_p1};
  assign c13_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c13_j1_l0_g2_x0 = {{3{p8_13_p1[8]}}, p8_13_p1};
  assign c13_j1_l0_g2_x1 = {{3{p9_13_p1[8]}}, p9_13_p1};
  assign c13_j1_l0_g2_x2 = {{3{p10_13_p1[8]}}, p10_13_p1};
  assign c13_j1_l0_g2_x3 = {{3{p11_13_p1[8]}}, p11_13_p1};
  assign c13_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c13_j1_l0_g3_x0 = {{3{p12_13_p1[8]}}, p12_13_p1};
  assign c13_j1_l0_g3_x1 = {{3{p13_13_p1[8]}}, p13_13_p1};
  assign c13_j1_l0_g3_x2 = {{3{p14_13_p1[8]}}, p14_13_p1};
  assign c13_j1_l0_g3_x3 = {{3{p15_13_p1[8]}}, p15_13_p1};
  assign c13_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c13_j1_l1_g0_x0 = {{2{c13_j1_q0_c13_j1_l0_g0_sum_q0[11]}}, c13_j1_q0_c13_j1_l0_g0_sum_q0};
  assign c13_j1_l1_g0_x1 = {{2{c13_j1_q0_c13_j1_l0_g1_sum_q0[11]}}, c13_j1_q0_c13_j1_l0_g1_sum_q0};
  assign c13_j1_l1_g0_x2 = {{2{c13_j1_q0_c13_j1_l0_g2_sum_q0[11]}}, c13_j1_q0_c13_j1_l0_g2_sum_q0};
  assign c13_j1_l1_g0_x3 = {{2{c13_j1_q0_c13_j1_l0_g3_sum_q0[11]}}, c13_j1_q0_c13_j1_l0_g3_sum_q0};
  assign c13_v1 = {{{4{c13_j1_q1_c13_j1_l1_g0_sum_q0[13]}}, c13_j1_q1_c13_j1_l1_g0_sum_q0}, 2'b0};
  assign c13_j2_l0_g0_x0 = {{3{p0_13_p2[8]}}, p0_13_p2};
  assign c13_j2_l0_g0_x1 = {{3{p1_13_p2[8]}}, p1_13_p2};
  assign c13_j2_l0_g0_x2 = {{3{p2_13_p2[8]}}, p2_13_p2};
  assign c13_j2_l0_g0_x3 = {{3{p3_13_p2[8]}}, p3_13_p2};
  assign c13_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c13_j2_l0_g1_x0 = {{3{p4_13_p2[8]}}, p4_13_p2};
  assign c13_j2_l0_g1_x1 = {{3{p5_13_p2[8]}}, p5_13_p2};
  assign c13_j2_l0_g1_x2 = {{3{p6_13_p2[8]}}, p6_13_p2};
  assign c13_j2_l0_g1_x3 = {{3{p7_13_p2[8]}}, p7_13_p2};
  assign c13_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c13_j2_l0_g2_x0 = {{3{p8_13_p2[8]}}, p8_13_p2};
  assign c13_j2_l0_g2_x1 = {{3{p9_13_p2[8]}}, p9_13_p2};
  assign c13_j2_l0_g2_x2 = {{3{p10_13_p2[8]}}, p10_13_p2};
  assign c13_j2_l0_g2_x3 = {{3{p11_13_p2[8]}}, p11_13_p2};
  assign c13_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c13_j2_l0_g3_x0 = {{3{p12_13_p2[8]}}, p12_13_p2};
  assign c13_j2_l0_g3_x1 = {{3{p13_13_p2[8]}}, p13_13_p2};
  assign c13_j2_l0_g3_x2 = {{3{p14_13_p2[8]}}, p14_13_p2};
  assign c13_j2_l0_g3_x3 = {{3{p15_13_p2[8]}}, p15_13_p2};
  assign c13_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c13_j2_l1_g0_x0 = {{2{c13_j2_q0_c13_j2_l0_g0_sum_q0[11]}}, c13_j2_q0_c13_j2_l0_g0_sum_q0};
  assign c13_j2_l1_g0_x1 = {{2{c13_j2_q0_c13_j2_l0_g1_sum_q0[11]}}, c13_j2_q0_c13_j2_l0_g1_sum_q0};
  assign c13_j2_l1_g0_x2 = {{2{c13_j2_q0_c13_j2_l0_g2_sum_q0[11]}}, c13_j2_q0_c13_j2_l0_g2_sum_q0};
  assign c13_j2_l1_g0_x3 = {{2{c13_j2_q0_c13_j2_l0_g3_sum_q0[11]}}, c13_j2_q0_c13_j2_l0_g3_sum_q0};
  assign c13_v2 = {{{2{c13_j2_q1_c13_j2_l1_g0_sum_q0[13]}}, c13_j2_q1_c13_j2_l1_g0_sum_q0}, 4'b0};
  assign c13_j3_l0_g0_x0 = {{3{p0_13_p3[8]}}, p0_13_p3};
  assign c13_j3_l0_g0_x1 = {{3{p1_13_p3[8]}}, p1_13_p3};
  assign c13_j3_l0_g0_x2 = {{3{p2_13_p3[8]}}, p2_13_p3};
  assign c13_j3_l0_g0_x3 = {{3{p3_13_p3[8]}}, p3_13_p3};
  assign c13_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c13_j3_l0_g1_x0 = {{3{p4_13_p3[8]}}, p4_13_p3};
  assign c13_j3_l0_g1_x1 = {{3{p5_13_p3[8]}}, p5_13_p3};
  assign c13_j3_l0_g1_x2 = {{3{p6_13_p3[8]}}, p6_13_p3};
  assign c13_j3_l0_g1_x3 = {{3{p7_13_p3[8]}}, p7_13_p3};
  assign c13_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c13_j3_l0_g2_x0 = {{3{p8_13_p3[8]}}, p8_13_p3};
  assign c13_j3_l0_g2_x1 = {{3{p9_13_p3[8]}}, p9_13_p3};
  assign c13_j3_l0_g2_x2 = {{3{p10_13_p3[8]}}, p10_13_p3};
  assign c13_j3_l0_g2_x3 = {{3{p11_13_p3[8]}}, p11_13_p3};
  assign c13_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c13_j3_l0_g3_x0 = {{3{p12_13_p3[8]}}, p12_13_p3};
  assign c13_j3_l0_g3_x1 = {{3{p13_13_p3[8]}}, p13_13_p3};
  assign c13_j3_l0_g3_x2 = {{3{p14_13_p3[8]}}, p14_13_p3};
  assign c13_j3_l0_g3_x3 = {{3{p15_13_p3[8]}}, p15_13_p3};
  assign c13_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c13_j3_l1_g0_x0 = {{2{c13_j3_q0_c13_j3_l0_g0_sum_q0[11]}}, c13_j3_q0_c13_j3_l0_g0_sum_q0};
  assign c13_j3_l1_g0_x1 = {{2{c13_j3_q0_c13_j3_l0_g1_sum_q0[11]}}, c13_j3_q0_c13_j3_l0_g1_sum_q0};
  assign c13_j3_l1_g0_x2 = {{2{c13_j3_q0_c13_j3_l0_g2_sum_q0[11]}}, c13_j3_q0_c13_j3_l0_g2_sum_q0};
  assign c13_j3_l1_g0_x3 = {{2{c13_j3_q0_c13_j3_l0_g3_sum_q0[11]}}, c13_j3_q0_c13_j3_l0_g3_sum_q0};
  assign c13_v3 = {c13_j3_q1_c13_j3_l1_g0_sum_q0, 6'b0};
  assign c14_j0_l0_g0_x0 = {{3{p0_14_p0[8]}}, p0_14_p0};
  assign c14_j0_l0_g0_x1 = {{3{p1_14_p0[8]}}, p1_14_p0};
  assign c14_j0_l0_g0_x2 = {{3{p2_14_p0[8]}}, p2_14_p0};
  assign c14_j0_l0_g0_x3 = {{3{p3_14_p0[8]}}, p3_14_p0};
  assign c14_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c14_j0_l0_g1_x0 = {{3{p4_14_p0[8]}}, p4_14_p0};
  assign c14_j0_l0_g1_x1 = {{3{p5_14_p0[8]}}, p5_14_p0};
  assign c14_j0_l0_g1_x2 = {{3{p6_14_p0[8]}}, p6_14_p0};
  assign c14_j0_l0_g1_x3 = {{3{p7_14_p0[8]}}, p7_14_p0};
  assign c14_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c14_j0_l0_g2_x0 = {{3{p8_14_p0[8]}}, p8_14_p0};
  assign c14_j0_l0_g2_x1 = {{3{p9_14_p0[8]}}, p9_14_p0};
  assign c14_j0_l0_g2_x2 = {{3{p10_14_p0[8]}}, p10_14_p0};
  assign c14_j0_l0_g2_x3 = {{3{p11_14_p0[8]}}, p11_14_p0};
  assign c14_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c14_j0_l0_g3_x0 = {{3{p12_14_p0[8]}}, p12_14_p0};
  assign c14_j0_l0_g3_x1 = {{3{p13_14_p0[8]}}, p13_14_p0};
  assign c14_j0_l0_g3_x2 = {{3{p14_14_p0[8]}}, p14_14_p0};
  assign c14_j0_l0_g3_x3 = {{3{p15_14_p0[8]}}, p15_14_p0};
  assign c14_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c14_j0_l1_g0_x0 = {{2{c14_j0_q0_c14_j0_l0_g0_sum_q0[11]}}, c14_j0_q0_c14_j0_l0_g0_sum_q0};
  assign c14_j0_l1_g0_x1 = {{2{c14_j0_q0_c14_j0_l0_g1_sum_q0[11]}}, c14_j0_q0_c14_j0_l0_g1_sum_q0};
  assign c14_j0_l1_g0_x2 = {{2{c14_j0_q0_c14_j0_l0_g2_sum_q0[11]}}, c14_j0_q0_c14_j0_l0_g2_sum_q0};
  assign c14_j0_l1_g0_x3 = {{2{c14_j0_q0_c14_j0_l0_g3_sum_q0[11]}}, c14_j0_q0_c14_j0_l0_g3_sum_q0};
  assign c14_v0 = {{6{c14_j0_q1_c14_j0_l1_g0_sum_q0[13]}}, c14_j0_q1_c14_j0_l1_g0_sum_q0};
  assign c14_j1_l0_g0_x0 = {{3{p0_14_p1[8]}}, p0_14_p1};
  assign c14_j1_l0_g0_x1 = {{3{p1_14_p1[8]}}, p1_14_p1};
  assign c14_j1_l0_g0_x2 = {{3{p2_14_p1[8]}}, p2_14_p1};
  assign c14_j1_l0_g0_x3 = {{3{p3_14_p1[8]}}, p3_14_p1};
  assign c14_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c14_j1_l0_g1_x0 = {{3{p4_14_p1[8]}}, p4_14_p1};
  assign c14_j1_l0_g1_x1 = {{3{p5_14_p1[8]}}, p5_14_p1};
  assign c14_j1_l0_g1_x2 = {{3{p6_14_p1[8]}}, p6_14_p1};
  assign c14_j1_l0_g1_x3 = {{3{p7_14_p1[8]}}, p7_14_p1};
  assign c14_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c14_j1_l0_g2_x0 = {{3{p8_14_p1[8]}}, p8_14_p1};
  assign c14_j1_l0_g2_x1 = {{3{p9_14_p1[8]}}, p9_14_p1};
  assign c14_j1_l0_g2_x2 = {{3{p10_14_p1[8]}}, p10_14_p1};
  assign c14_j1_l0_g2_x3 = {{3{p11_14_p1[8]}}, p11_14_p1};
  assign c14_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c14_j1_l0_g3_x0 = {{3{p12_14_p1[8]}}, p12_14_p1};
  assign c14_j1_l0_g3_x1 = {{3{p13_14_p1[8]}}, p13_14_p1};
  assign c14_j1_l0_g3_x2 = {{3{p14_14_p1[8]}}, p14_14_p1};
  assign c14_j1_l0_g3_x3 = {{3{p15_14_p1[8]}}, p15_14_p1};
  assign c14_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c14_j1_l1_g0_x0 = {{2{c14_j1_q0_c14_j1_l0_g0_sum_q0[11]}}, c14_j1_q0_c14_j1_l0_g0_sum_q0};
  assign c14_j1_l1_g0_x1 = {{2{c14_j1_q0_c14_j1_l0_g1_sum_q0[11]}}, c14_j1_q0_c14_j1_l0_g1_sum_q0};
  assign c14_j1_l1_g0_x2 = {{2{c14_j1_q0_c14_j1_l0_g2_sum_q0[11]}}, c14_j1_q0_c14_j1_l0_g2_sum_q0};
  assign c14_j1_l1_g0_x3 = {{2{c14_j1_q0_c14_j1_l0_g3_sum_q0[11]}}, c14_j1_q0_c14_j1_l0_g3_sum_q0};
  assign c14_v1 = {{{4{c14_j1_q1_c14_j1_l1_g0_sum_q0[13]}}, c14_j1_q1_c14_j1_l1_g0_sum_q0}, 2'b0};
  assign c14_j2_l0_g0_x0 = {{3{p0_14_p2[8]}}, p0_14_p2};
  assign c14_j2_l0_g0_x1 = {{3{p1_14_p2[8]}}, p1_14_p2};
  assign c14_j2_l0_g0_x2 = {{3{p2_14_p2[8]}}, p2_14_p2};
  assign c14_j2_l0_g0_x3 = {{3{p3_14_p2[8]}}, p3_14_p2};
  assign c14_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c14_j2_l0_g1_x0 = {{3{p4_14_p2[8]}}, p4_14_p2};
  assign c14_j2_l0_g1_x1 = {{3{p5_14_p2[8]}}, p5_14_p2};
  assign c14_j2_l0_g1_x2 = {{3{p6_14_p2[8]}}, p6_14_p2};
  assign c14_j2_l0_g1_x3 = {{3{p7_14_p2[8]}}, p7_14_p2};
  assign c14_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c14_j2_l0_g2_x0 = {{3{p8_14_p2[8]}}, p8_14_p2};
  assign c14_j2_l0_g2_x1 = {{3{p9_14_p2[8]}}, p9_14_p2};
  assign c14_j2_l0_g2_x2 = {{3{p10_14_p2[8]}}, p10_14_p2};
  assign c14_j2_l0_g2_x3 = {{3{p11_14_p2[8]}}, p11_14_p2};
  assign c14_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c14_j2_l0_g3_x0 = {{3{p12_14_p2[8]}}, p12_14_p2};
  assign c14_j2_l0_g3_x1 = {{3{p13_14_p2[8]}}, p13_14_p2};
  assign c14_j2_l0_g3_x2 = {{3{p14_14_p2[8]}}, p14_14_p2};
  assign c14_j2_l0_g3_x3 = {{3{p15_14_p2[8]}}, p15_14_p2};
  assign c14_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c14_j2_l1_g0_x0 = {{2{c14_j2_q0_c14_j2_l0_g0_sum_q0[11]}}, c14_j2_q0_c14_j2_l0_g0_sum_q0};
  assign c14_j2_l1_g0_x1 = {{2{c14_j2_q0_c14_j2_l0_g1_sum_q0[11]}}, c14_j2_q0_c14_j2_l0_g1_sum_q0};
  assign c14_j2_l1_g0_x2 = {{2{c14_j2_q0_c14_j2_l0_g2_sum_q0[11]}}, c14_j2_q0_c14_j2_l0_g2_sum_q0};
  assign c14_j2_l1_g0_x3 = {{2{c14_j2_q0_c14_j2_l0_g3_sum_q0[11]}}, c14_j2_q0_c14_j2_l0_g3_sum_q0};
  assign c14_v2 = {{{2{c14_j2_q1_c14_j2_l1_g0_sum_q0[13]}}, c14_j2_q1_c14_j2_l1_g0_sum_q0}, 4'b0};
  assign c14_j3_l0_g0_x0 = {{3{p0_14_p3[8]}}, p0_14_p3};
  assign c14_j3_l0_g0_x1 = {{3{p1_14_p3[8]}}, p1_14_p3};
  assign c14_j3_l0_g0_x2 = {{3{p2_14_p3[8]}}, p2_14_p3};
  assign c14_j3_l0_g0_x3 = {{3{p3_14_p3[8]}}, p3_14_p3};
  assign c14_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c14_j3_l0_g1_x0 = {{3{p4_14_p3[8]}}, p4_14_p3};
  assign c14_j3_l0_g1_x1 = {{3{p5_14_p3[8]}}, p5_14_p3};
  assign c14_j3_l0_g1_x2 = {{3{p6_14_p3[8]}}, p6_14_p3};
  assign c14_j3_l0_g1_x3 = {{3{p7_14_p3[8]}}, p7_14_p3};
  assign c14_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c14_j3_l0_g2_x0 = {{3{p8_14_p3[8]}}, p8_14_p3};
  assign c14_j3_l0_g2_x1 = {{3{p9_14_p3[8]}}, p9_14_p3};
  assign c14_j3_l0_g2_x2 = {{3{p10_14_p3[8]}}, p10_14_p3};
  assign c14_j3_l0_g2_x3 = {{3{p11_14_p3[8]}}, p11_14_p3};
  assign c14_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c14_j3_l0_g3_x0 = {{3{p12_14_p3[8]}}, p12_14_p3};
  assign c14_j3_l0_g3_x1 = {{3{p13_14_p3[8]}}, p13_14_p3};
  assign c14_j3_l0_g3_x2 = {{3{p14_14_p3[8]}}, p14_14_p3};
  assign c14_j3_l0_g3_x3 = {{3{p15_14_p3[8]}}, p15_14_p3};
  assign c14_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c14_j3_l1_g0_x0 = {{2{c14_j3_q0_c14_j3_l0_g0_sum_q0[11]}}, c14_j3_q0_c14_j3_l0_g0_sum_q0};
  assign c14_j3_l1_g0_x1 = {{2{c14_j3_q0_c14_j3_l0_g1_sum_q0[11]}}, c14_j3_q0_c14_j3_l0_g1_sum_q0};
  assign c14_j3_l1_g0_x2 = {{2{c14_j3_q0_c14_j3_l0_g2_sum_q0[11]}}, c14_j3_q0_c14_j3_l0_g2_sum_q0};
  assign c14_j3_l1_g0_x3 = {{2{c14_j3_q0_c14_j3_l0_g3_sum_q0[11]}}, c14_j3_q0_c14_j3_l0_g3_sum_q0};
  assign c14_v3 = {c14_j3_q1_c14_j3_l1_g0_sum_q0, 6'b0};
  assign c15_j0_l0_g0_x0 = {{3{p0_15_p0[8]}}, p0_15_p0};
  assign c15_j0_l0_g0_x1 = {{3{p1_15_p0[8]}}, p1_15_p0};
  assign c15_j0_l0_g0_x2 = {{3{p2_15_p0[8]}}, p2_15_p0};
  assign c15_j0_l0_g0_x3 = {{3{p3_15_p0[8]}}, p3_15_p0};
  assign c15_j0_l0_g0_x4 = {{9{1'b0}}, ng0_0_cnt_q0};
  assign c15_j0_l0_g1_x0 = {{3{p4_15_p0[8]}}, p4_15_p0};
  assign c15_j0_l0_g1_x1 = {{3{p5_15_p0[8]}}, p5_15_p0};
  assign c15_j0_l0_g1_x2 = {{3{p6_15_p0[8]}}, p6_15_p0};
  assign c15_j0_l0_g1_x3 = {{3{p7_15_p0[8]}}, p7_15_p0};
  assign c15_j0_l0_g1_x4 = {{9{1'b0}}, ng0_1_cnt_q0};
  assign c15_j0_l0_g2_x0 = {{3{p8_15_p0[8]}}, p8_15_p0};
  assign c15_j0_l0_g2_x1 = {{3{p9_15_p0[8]}}, p9_15_p0};
  assign c15_j0_l0_g2_x2 = {{3{p10_15_p0[8]}}, p10_15_p0};
  assign c15_j0_l0_g2_x3 = {{3{p11_15_p0[8]}}, p11_15_p0};
  assign c15_j0_l0_g2_x4 = {{9{1'b0}}, ng0_2_cnt_q0};
  assign c15_j0_l0_g3_x0 = {{3{p12_15_p0[8]}}, p12_15_p0};
  assign c15_j0_l0_g3_x1 = {{3{p13_15_p0[8]}}, p13_15_p0};
  assign c15_j0_l0_g3_x2 = {{3{p14_15_p0[8]}}, p14_15_p0};
  assign c15_j0_l0_g3_x3 = {{3{p15_15_p0[8]}}, p15_15_p0};
  assign c15_j0_l0_g3_x4 = {{9{1'b0}}, ng0_3_cnt_q0};
  assign c15_j0_l1_g0_x0 = {{2{c15_j0_q0_c15_j0_l0_g0_sum_q0[11]}}, c15_j0_q0_c15_j0_l0_g0_sum_q0};
  assign c15_j0_l1_g0_x1 = {{2{c15_j0_q0_c15_j0_l0_g1_sum_q0[11]}}, c15_j0_q0_c15_j0_l0_g1_sum_q0};
  assign c15_j0_l1_g0_x2 = {{2{c15_j0_q0_c15_j0_l0_g2_sum_q0[11]}}, c15_j0_q0_c15_j0_l0_g2_sum_q0};
  assign c15_j0_l1_g0_x3 = {{2{c15_j0_q0_c15_j0_l0_g3_sum_q0[11]}}, c15_j0_q0_c15_j0_l0_g3_sum_q0};
  assign c15_v0 = {{6{c15_j0_q1_c15_j0_l1_g0_sum_q0[13]}}, c15_j0_q1_c15_j0_l1_g0_sum_q0};
  assign c15_j1_l0_g0_x0 = {{3{p0_15_p1[8]}}, p0_15_p1};
  assign c15_j1_l0_g0_x1 = {{3{p1_15_p1[8]}}, p1_15_p1};
  assign c15_j1_l0_g0_x2 = {{3{p2_15_p1[8]}}, p2_15_p1};
  assign c15_j1_l0_g0_x3 = {{3{p3_15_p1[8]}}, p3_15_p1};
  assign c15_j1_l0_g0_x4 = {{9{1'b0}}, ng1_0_cnt_q0};
  assign c15_j1_l0_g1_x0 = {{3{p4_15_p1[8]}}, p4_15_p1};
  assign c15_j1_l0_g1_x1 = {{3{p5_15_p1[8]}}, p5_15_p1};
  assign c15_j1_l0_g1_x2 = {{3{p6_15_p1[8]}}, p6_15_p1};
  assign c15_j1_l0_g1_x3 = {{3{p7_15_p1[8]}}, p7_15_p1};
  assign c15_j1_l0_g1_x4 = {{9{1'b0}}, ng1_1_cnt_q0};
  assign c15_j1_l0_g2_x0 = {{3{p8_15_p1[8]}}, p8_15_p1};
  assign c15_j1_l0_g2_x1 = {{3{p9_15_p1[8]}}, p9_15_p1};
  assign c15_j1_l0_g2_x2 = {{3{p10_15_p1[8]}}, p10_15_p1};
  assign c15_j1_l0_g2_x3 = {{3{p11_15_p1[8]}}, p11_15_p1};
  assign c15_j1_l0_g2_x4 = {{9{1'b0}}, ng1_2_cnt_q0};
  assign c15_j1_l0_g3_x0 = {{3{p12_15_p1[8]}}, p12_15_p1};
  assign c15_j1_l0_g3_x1 = {{3{p13_15_p1[8]}}, p13_15_p1};
  assign c15_j1_l0_g3_x2 = {{3{p14_15_p1[8]}}, p14_15_p1};
  assign c15_j1_l0_g3_x3 = {{3{p15_15_p1[8]}}, p15_15_p1};
  assign c15_j1_l0_g3_x4 = {{9{1'b0}}, ng1_3_cnt_q0};
  assign c15_j1_l1_g0_x0 = {{2{c15_j1_q0_c15_j1_l0_g0_sum_q0[11]}}, c15_j1_q0_c15_j1_l0_g0_sum_q0};
  assign c15_j1_l1_g0_x1 = {{2{c15_j1_q0_c15_j1_l0_g1_sum_q0[11]}}, c15_j1_q0_c15_j1_l0_g1_sum_q0};
  assign c15_j1_l1_g0_x2 = {{2{c15_j1_q0_c15_j1_l0_g2_sum_q0[11]}}, c15_j1_q0_c15_j1_l0_g2_sum_q0};
  assign c15_j1_l1_g0_x3 = {{2{c15_j1_q0_c15_j1_l0_g3_sum_q0[11]}}, c15_j1_q0_c15_j1_l0_g3_sum_q0};
  assign c15_v1 = {{{4{c15_j1_q1_c15_j1_l1_g0_sum_q0[13]}}, c15_j1_q1_c15_j1_l1_g0_sum_q0}, 2'b0};
  assign c15_j2_l0_g0_x0 = {{3{p0_15_p2[8]}}, p0_15_p2};
  assign c15_j2_l0_g0_x1 = {{3{p1_15_p2[8]}}, p1_15_p2};
  assign c15_j2_l0_g0_x2 = {{3{p2_15_p2[8]}}, p2_15_p2};
  assign c15_j2_l0_g0_x3 = {{3{p3_15_p2[8]}}, p3_15_p2};
  assign c15_j2_l0_g0_x4 = {{9{1'b0}}, ng2_0_cnt_q0};
  assign c15_j2_l0_g1_x0 = {{3{p4_15_p2[8]}}, p4_15_p2};
  assign c15_j2_l0_g1_x1 = {{3{p5_15_p2[8]}}, p5_15_p2};
  assign c15_j2_l0_g1_x2 = {{3{p6_15_p2[8]}}, p6_15_p2};
  assign c15_j2_l0_g1_x3 = {{3{p7_15_p2[8]}}, p7_15_p2};
  assign c15_j2_l0_g1_x4 = {{9{1'b0}}, ng2_1_cnt_q0};
  assign c15_j2_l0_g2_x0 = {{3{p8_15_p2[8]}}, p8_15_p2};
  assign c15_j2_l0_g2_x1 = {{3{p9_15_p2[8]}}, p9_15_p2};
  assign c15_j2_l0_g2_x2 = {{3{p10_15_p2[8]}}, p10_15_p2};
  assign c15_j2_l0_g2_x3 = {{3{p11_15_p2[8]}}, p11_15_p2};
  assign c15_j2_l0_g2_x4 = {{9{1'b0}}, ng2_2_cnt_q0};
  assign c15_j2_l0_g3_x0 = {{3{p12_15_p2[8]}}, p12_15_p2};
  assign c15_j2_l0_g3_x1 = {{3{p13_15_p2[8]}}, p13_15_p2};
  assign c15_j2_l0_g3_x2 = {{3{p14_15_p2[8]}}, p14_15_p2};
  assign c15_j2_l0_g3_x3 = {{3{p15_15_p2[8]}}, p15_15_p2};
  assign c15_j2_l0_g3_x4 = {{9{1'b0}}, ng2_3_cnt_q0};
  assign c15_j2_l1_g0_x0 = {{2{c15_j2_q0_c15_j2_l0_g0_sum_q0[11]}}, c15_j2_q0_c15_j2_l0_g0_sum_q0};
  assign c15_j2_l1_g0_x1 = {{2{c15_j2_q0_c15_j2_l0_g1_sum_q0[11]}}, c15_j2_q0_c15_j2_l0_g1_sum_q0};
  assign c15_j2_l1_g0_x2 = {{2{c15_j2_q0_c15_j2_l0_g2_sum_q0[11]}}, c15_j2_q0_c15_j2_l0_g2_sum_q0};
  assign c15_j2_l1_g0_x3 = {{2{c15_j2_q0_c15_j2_l0_g3_sum_q0[11]}}, c15_j2_q0_c15_j2_l0_g3_sum_q0};
  assign c15_v2 = {{{2{c15_j2_q1_c15_j2_l1_g0_sum_q0[13]}}, c15_j2_q1_c15_j2_l1_g0_sum_q0}, 4'b0};
  assign c15_j3_l0_g0_x0 = {{3{p0_15_p3[8]}}, p0_15_p3};
  assign c15_j3_l0_g0_x1 = {{3{p1_15_p3[8]}}, p1_15_p3};
  assign c15_j3_l0_g0_x2 = {{3{p2_15_p3[8]}}, p2_15_p3};
  assign c15_j3_l0_g0_x3 = {{3{p3_15_p3[8]}}, p3_15_p3};
  assign c15_j3_l0_g0_x4 = {{9{1'b0}}, ng3_0_cnt_q0};
  assign c15_j3_l0_g1_x0 = {{3{p4_15_p3[8]}}, p4_15_p3};
  assign c15_j3_l0_g1_x1 = {{3{p5_15_p3[8]}}, p5_15_p3};
  assign c15_j3_l0_g1_x2 = {{3{p6_15_p3[8]}}, p6_15_p3};
  assign c15_j3_l0_g1_x3 = {{3{p7_15_p3[8]}}, p7_15_p3};
  assign c15_j3_l0_g1_x4 = {{9{1'b0}}, ng3_1_cnt_q0};
  assign c15_j3_l0_g2_x0 = {{3{p8_15_p3[8]}}, p8_15_p3};
  assign c15_j3_l0_g2_x1 = {{3{p9_15_p3[8]}}, p9_15_p3};
  assign c15_j3_l0_g2_x2 = {{3{p10_15_p3[8]}}, p10_15_p3};
  assign c15_j3_l0_g2_x3 = {{3{p11_15_p3[8]}}, p11_15_p3};
  assign c15_j3_l0_g2_x4 = {{9{1'b0}}, ng3_2_cnt_q0};
  assign c15_j3_l0_g3_x0 = {{3{p12_15_p3[8]}}, p12_15_p3};
  assign c15_j3_l0_g3_x1 = {{3{p13_15_p3[8]}}, p13_15_p3};
  assign c15_j3_l0_g3_x2 = {{3{p14_15_p3[8]}}, p14_15_p3};
  assign c15_j3_l0_g3_x3 = {{3{p15_15_p3[8]}}, p15_15_p3};
  assign c15_j3_l0_g3_x4 = {{9{1'b0}}, ng3_3_cnt_q0};
  assign c15_j3_l1_g0_x0 = {{2{c15_j3_q0_c15_j3_l0_g0_sum_q0[11]}}, c15_j3_q0_c15_j3_l0_g0_sum_q0};
  assign c15_j3_l1_g0_x1 = {{2{c15_j3_q0_c15_j3_l0_g1_sum_q0[11]}}, c15_j3_q0_c15_j3_l0_g1_sum_q0};
  assign c15_j3_l1_g0_x2 = {{2{c15_j3_q0_c15_j3_l0_g2_sum_q0[11]}}, c15_j3_q0_c15_j3_l0_g2_sum_q0};
  assign c15_j3_l1_g0_x3 = {{2{c15_j3_q0_c15_j3_l0_g3_sum_q0[11]}}, c15_j3_q0_c15_j3_l0_g3_sum_q0};
  assign c15_v3 = {c15_j3_q1_c15_j3_l1_g0_sum_q0, 6'b0};
  assign out_vld = {16{dv_dv_dv_dv_f_vld_q3}};
  assign out_data = {{{12{res15[19]}}, res15}, {{12{res14[19]}}, res14}, {{12{res13[19]}}, res13}, {{12{res12[19]}}, res12}, {{12{res11[19]}}, res11}, {{12{res10[19]}}, res10}, {{12{res9[19]}}, res9}, {{12{res8[19]}}, res8}, {{12{res7[19]}}, res7}, {{12{res6[19]}}, res6}, {{12{res5[19]}}, res5}, {{12{res4[19]}}, res4}, {{12{res3[19]}}, res3}, {{12{res2[19]}}, res2}, {{12{res1[19]}}, res1}, {{12{res0[19]}}, res0}};
  adder_tree_k16_opt2_enc_booth4_s8 r0_u_enc (
    .a(a_in[7:0]),
    .dig(r0_dig),
    .nz(r0_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r1_u_enc (
    .a(a_in[15:8]),
    .dig(r1_dig),
    .nz(r1_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r2_u_enc (
    .a(a_in[23:16]),
    .dig(r2_dig),
    .nz(r2_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r3_u_enc (
    .a(a_in[31:24]),
    .dig(r3_dig),
    .nz(r3_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r4_u_enc (
    .a(a_in[39:32]),
    .dig(r4_dig),
    .nz(r4_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r5_u_enc (
    .a(a_in[47:40]),
    .dig(r5_dig),
    .nz(r5_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r6_u_enc (
    .a(a_in[55:48]),
    .dig(r6_dig),
    .nz(r6_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r7_u_enc (
    .a(a_in[63:56]),
    .dig(r7_dig),
    .nz(r7_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r8_u_enc (
    .a(a_in[71:64]),
    .dig(r8_dig),
    .nz(r8_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r9_u_enc (
    .a(a_in[79:72]),
    .dig(r9_dig),
    .nz(r9_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r10_u_enc (
    .a(a_in[87:80]),
    .dig(r10_dig),
    .nz(r10_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r11_u_enc (
    .a(a_in[95:88]),
    .dig(r11_dig),
    .nz(r11_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r12_u_enc (
    .a(a_in[103:96]),
    .dig(r12_dig),
    .nz(r12_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r13_u_enc (
    .a(a_in[111:104]),
    .dig(r13_dig),
    .nz(r13_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r14_u_enc (
    .a(a_in[119:112]),
    .dig(r14_dig),
    .nz(r14_nz)
  );
  adder_tree_k16_opt2_enc_booth4_s8 r15_u_enc (
    .a(a_in[127:120]),
    .dig(r15_dig),
    .nz(r15_nz)
  );
  adder_tree_k16_opt2_csa42_w3 ng0_0_u_t0_0 (
    .x0(ng0_0_x0),
    .x1(ng0_0_x1),
    .x2(ng0_0_x2),
    .x3(ng0_0_x3),
    .s(ng0_0_t0_0s),
    .c(ng0_0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng0_0_cnt (
    .x(ng0_0_t0_0s),
    .y(ng0_0_t0_0c),
    .s(ng0_0_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng0_1_u_t0_0 (
    .x0(ng0_1_x0),
    .x1(ng0_1_x1),
    .x2(ng0_1_x2),
    .x3(ng0_1_x3),
    .s(ng0_1_t0_0s),
    .c(ng0_1_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng0_1_cnt (
    .x(ng0_1_t0_0s),
    .y(ng0_1_t0_0c),
    .s(ng0_1_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng0_2_u_t0_0 (
    .x0(ng0_2_x0),
    .x1(ng0_2_x1),
    .x2(ng0_2_x2),
    .x3(ng0_2_x3),
    .s(ng0_2_t0_0s),
    .c(ng0_2_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng0_2_cnt (
    .x(ng0_2_t0_0s),
    .y(ng0_2_t0_0c),
    .s(ng0_2_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng0_3_u_t0_0 (
    .x0(ng0_3_x0),
    .x1(ng0_3_x1),
    .x2(ng0_3_x2),
    .x3(ng0_3_x3),
    .s(ng0_3_t0_0s),
    .c(ng0_3_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng0_3_cnt (
    .x(ng0_3_t0_0s),
    .y(ng0_3_t0_0c),
    .s(ng0_3_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng1_0_u_t0_0 (
    .x0(ng1_0_x0),
    .x1(ng1_0_x1),
    .x2(ng1_0_x2),
    .x3(ng1_0_x3),
    .s(ng1_0_t0_0s),
    .c(ng1_0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng1_0_cnt (
    .x(ng1_0_t0_0s),
    .y(ng1_0_t0_0c),
    .s(ng1_0_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng1_1_u_t0_0 (
    .x0(ng1_1_x0),
    .x1(ng1_1_x1),
    .x2(ng1_1_x2),
    .x3(ng1_1_x3),
    .s(ng1_1_t0_0s),
    .c(ng1_1_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng1_1_cnt (
    .x(ng1_1_t0_0s),
    .y(ng1_1_t0_0c),
    .s(ng1_1_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng1_2_u_t0_0 (
    .x0(ng1_2_x0),
    .x1(ng1_2_x1),
    .x2(ng1_2_x2),
    .x3(ng1_2_x3),
    .s(ng1_2_t0_0s),
    .c(ng1_2_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng1_2_cnt (
    .x(ng1_2_t0_0s),
    .y(ng1_2_t0_0c),
    .s(ng1_2_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng1_3_u_t0_0 (
    .x0(ng1_3_x0),
    .x1(ng1_3_x1),
    .x2(ng1_3_x2),
    .x3(ng1_3_x3),
    .s(ng1_3_t0_0s),
    .c(ng1_3_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng1_3_cnt (
    .x(ng1_3_t0_0s),
    .y(ng1_3_t0_0c),
    .s(ng1_3_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng2_0_u_t0_0 (
    .x0(ng2_0_x0),
    .x1(ng2_0_x1),
    .x2(ng2_0_x2),
    .x3(ng2_0_x3),
    .s(ng2_0_t0_0s),
    .c(ng2_0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng2_0_cnt (
    .x(ng2_0_t0_0s),
    .y(ng2_0_t0_0c),
    .s(ng2_0_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng2_1_u_t0_0 (
    .x0(ng2_1_x0),
    .x1(ng2_1_x1),
    .x2(ng2_1_x2),
    .x3(ng2_1_x3),
    .s(ng2_1_t0_0s),
    .c(ng2_1_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng2_1_cnt (
    .x(ng2_1_t0_0s),
    .y(ng2_1_t0_0c),
    .s(ng2_1_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng2_2_u_t0_0 (
    .x0(ng2_2_x0),
    .x1(ng2_2_x1),
    .x2(ng2_2_x2),
    .x3(ng2_2_x3),
    .s(ng2_2_t0_0s),
    .c(ng2_2_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng2_2_cnt (
    .x(ng2_2_t0_0s),
    .y(ng2_2_t0_0c),
    .s(ng2_2_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng2_3_u_t0_0 (
    .x0(ng2_3_x0),
    .x1(ng2_3_x1),
    .x2(ng2_3_x2),
    .x3(ng2_3_x3),
    .s(ng2_3_t0_0s),
    .c(ng2_3_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng2_3_cnt (
    .x(ng2_3_t0_0s),
    .y(ng2_3_t0_0c),
    .s(ng2_3_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng3_0_u_t0_0 (
    .x0(ng3_0_x0),
    .x1(ng3_0_x1),
    .x2(ng3_0_x2),
    .x3(ng3_0_x3),
    .s(ng3_0_t0_0s),
    .c(ng3_0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng3_0_cnt (
    .x(ng3_0_t0_0s),
    .y(ng3_0_t0_0c),
    .s(ng3_0_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng3_1_u_t0_0 (
    .x0(ng3_1_x0),
    .x1(ng3_1_x1),
    .x2(ng3_1_x2),
    .x3(ng3_1_x3),
    .s(ng3_1_t0_0s),
    .c(ng3_1_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng3_1_cnt (
    .x(ng3_1_t0_0s),
    .y(ng3_1_t0_0c),
    .s(ng3_1_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng3_2_u_t0_0 (
    .x0(ng3_2_x0),
    .x1(ng3_2_x1),
    .x2(ng3_2_x2),
    .x3(ng3_2_x3),
    .s(ng3_2_t0_0s),
    .c(ng3_2_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng3_2_cnt (
    .x(ng3_2_t0_0s),
    .y(ng3_2_t0_0c),
    .s(ng3_2_cnt)
  );
  adder_tree_k16_opt2_csa42_w3 ng3_3_u_t0_0 (
    .x0(ng3_3_x0),
    .x1(ng3_3_x1),
    .x2(ng3_3_x2),
    .x3(ng3_3_x3),
    .s(ng3_3_t0_0s),
    .c(ng3_3_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w3 u_ng3_3_cnt (
    .x(ng3_3_t0_0s),
    .y(ng3_3_t0_0c),
    .s(ng3_3_cnt)
  );
  adder_tree_k16_opt2_pe pe0_0 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_0),
    .p0_out(p0_0_p0),
    .p1_out(p0_0_p1),
    .p2_out(p0_0_p2),
    .p3_out(p0_0_p3)
  );
  adder_tree_k16_opt2_pe pe1_0 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_0),
    .p0_out(p1_0_p0),
    .p1_out(p1_0_p1),
    .p2_out(p1_0_p2),
    .p3_out(p1_0_p3)
  );
  adder_tree_k16_opt2_pe pe2_0 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_0),
    .p0_out(p2_0_p0),
    .p1_out(p2_0_p1),
    .p2_out(p2_0_p2),
    .p3_out(p2_0_p3)
  );
  adder_tree_k16_opt2_pe pe3_0 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_0),
    .p0_out(p3_0_p0),
    .p1_out(p3_0_p1),
    .p2_out(p3_0_p2),
    .p3_out(p3_0_p3)
  );
  adder_tree_k16_opt2_pe pe4_0 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_0),
    .p0_out(p4_0_p0),
    .p1_out(p4_0_p1),
    .p2_out(p4_0_p2),
    .p3_out(p4_0_p3)
  );
  adder_tree_k16_opt2_pe pe5_0 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_0),
    .p0_out(p5_0_p0),
    .p1_out(p5_0_p1),
    .p2_out(p5_0_p2),
    .p3_out(p5_0_p3)
  );
  adder_tree_k16_opt2_pe pe6_0 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_0),
    .p0_out(p6_0_p0),
    .p1_out(p6_0_p1),
    .p2_out(p6_0_p2),
    .p3_out(p6_0_p3)
  );
  adder_tree_k16_opt2_pe pe7_0 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_0),
    .p0_out(p7_0_p0),
    .p1_out(p7_0_p1),
    .p2_out(p7_0_p2),
    .p3_out(p7_0_p3)
  );
  adder_tree_k16_opt2_pe pe8_0 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_0),
    .p0_out(p8_0_p0),
    .p1_out(p8_0_p1),
    .p2_out(p8_0_p2),
    .p3_out(p8_0_p3)
  );
  adder_tree_k16_opt2_pe pe9_0 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_0),
    .p0_out(p9_0_p0),
    .p1_out(p9_0_p1),
    .p2_out(p9_0_p2),
    .p3_out(p9_0_p3)
  );
  adder_tree_k16_opt2_pe pe10_0 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_0),
    .p0_out(p10_0_p0),
    .p1_out(p10_0_p1),
    .p2_out(p10_0_p2),
    .p3_out(p10_0_p3)
  );
  adder_tree_k16_opt2_pe pe11_0 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_0),
    .p0_out(p11_0_p0),
    .p1_out(p11_0_p1),
    .p2_out(p11_0_p2),
    .p3_out(p11_0_p3)
  );
  adder_tree_k16_opt2_pe pe12_0 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_0),
    .p0_out(p12_0_p0),
    .p1_out(p12_0_p1),
    .p2_out(p12_0_p2),
    .p3_out(p12_0_p3)
  );
  adder_tree_k16_opt2_pe pe13_0 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_0),
    .p0_out(p13_0_p0),
    .p1_out(p13_0_p1),
    .p2_out(p13_0_p2),
    .p3_out(p13_0_p3)
  );
  adder_tree_k16_opt2_pe pe14_0 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_0),
    .p0_out(p14_0_p0),
    .p1_out(p14_0_p1),
    .p2_out(p14_0_p2),
    .p3_out(p14_0_p3)
  );
  adder_tree_k16_opt2_pe pe15_0 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_0),
    .p0_out(p15_0_p0),
    .p1_out(p15_0_p1),
    .p2_out(p15_0_p2),
    .p3_out(p15_0_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j0_l0_g0_u_t0_0 (
    .x0(c0_j0_l0_g0_x0),
    .x1(c0_j0_l0_g0_x1),
    .x2(c0_j0_l0_g0_x2),
    .x3(c0_j0_l0_g0_x3),
    .s(c0_j0_l0_g0_t0_0s),
    .c(c0_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j0_l0_g0_u_t1_0 (
    .x(c0_j0_l0_g0_t0_0s),
    .y(c0_j0_l0_g0_t0_0c),
    .z(c0_j0_l0_g0_x4),
    .s(c0_j0_l0_g0_t1_0s),
    .c(c0_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j0_l0_g0_sum (
    .x(c0_j0_l0_g0_t1_0s),
    .y(c0_j0_l0_g0_t1_0c),
    .s(c0_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j0_l0_g1_u_t0_0 (
    .x0(c0_j0_l0_g1_x0),
    .x1(c0_j0_l0_g1_x1),
    .x2(c0_j0_l0_g1_x2),
    .x3(c0_j0_l0_g1_x3),
    .s(c0_j0_l0_g1_t0_0s),
    .c(c0_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j0_l0_g1_u_t1_0 (
    .x(c0_j0_l0_g1_t0_0s),
    .y(c0_j0_l0_g1_t0_0c),
    .z(c0_j0_l0_g1_x4),
    .s(c0_j0_l0_g1_t1_0s),
    .c(c0_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j0_l0_g1_sum (
    .x(c0_j0_l0_g1_t1_0s),
    .y(c0_j0_l0_g1_t1_0c),
    .s(c0_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j0_l0_g2_u_t0_0 (
    .x0(c0_j0_l0_g2_x0),
    .x1(c0_j0_l0_g2_x1),
    .x2(c0_j0_l0_g2_x2),
    .x3(c0_j0_l0_g2_x3),
    .s(c0_j0_l0_g2_t0_0s),
    .c(c0_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j0_l0_g2_u_t1_0 (
    .x(c0_j0_l0_g2_t0_0s),
    .y(c0_j0_l0_g2_t0_0c),
    .z(c0_j0_l0_g2_x4),
    .s(c0_j0_l0_g2_t1_0s),
    .c(c0_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j0_l0_g2_sum (
    .x(c0_j0_l0_g2_t1_0s),
    .y(c0_j0_l0_g2_t1_0c),
    .s(c0_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j0_l0_g3_u_t0_0 (
    .x0(c0_j0_l0_g3_x0),
    .x1(c0_j0_l0_g3_x1),
    .x2(c0_j0_l0_g3_x2),
    .x3(c0_j0_l0_g3_x3),
    .s(c0_j0_l0_g3_t0_0s),
    .c(c0_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j0_l0_g3_u_t1_0 (
    .x(c0_j0_l0_g3_t0_0s),
    .y(c0_j0_l0_g3_t0_0c),
    .z(c0_j0_l0_g3_x4),
    .s(c0_j0_l0_g3_t1_0s),
    .c(c0_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j0_l0_g3_sum (
    .x(c0_j0_l0_g3_t1_0s),
    .y(c0_j0_l0_g3_t1_0c),
    .s(c0_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c0_j0_l1_g0_u_t0_0 (
    .x0(c0_j0_l1_g0_x0),
    .x1(c0_j0_l1_g0_x1),
    .x2(c0_j0_l1_g0_x2),
    .x3(c0_j0_l1_g0_x3),
    .s(c0_j0_l1_g0_t0_0s),
    .c(c0_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c0_j0_l1_g0_sum (
    .x(c0_j0_l1_g0_t0_0s),
    .y(c0_j0_l1_g0_t0_0c),
    .s(c0_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j1_l0_g0_u_t0_0 (
    .x0(c0_j1_l0_g0_x0),
    .x1(c0_j1_l0_g0_x1),
    .x2(c0_j1_l0_g0_x2),
    .x3(c0_j1_l0_g0_x3),
    .s(c0_j1_l0_g0_t0_0s),
    .c(c0_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j1_l0_g0_u_t1_0 (
    .x(c0_j1_l0_g0_t0_0s),
    .y(c0_j1_l0_g0_t0_0c),
    .z(c0_j1_l0_g0_x4),
    .s(c0_j1_l0_g0_t1_0s),
    .c(c0_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j1_l0_g0_sum (
    .x(c0_j1_l0_g0_t1_0s),
    .y(c0_j1_l0_g0_t1_0c),
    .s(c0_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j1_l0_g1_u_t0_0 (
    .x0(c0_j1_l0_g1_x0),
    .x1(c0_j1_l0_g1_x1),
    .x2(c0_j1_l0_g1_x2),
    .x3(c0_j1_l0_g1_x3),
    .s(c0_j1_l0_g1_t0_0s),
    .c(c0_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j1_l0_g1_u_t1_0 (
    .x(c0_j1_l0_g1_t0_0s),
    .y(c0_j1_l0_g1_t0_0c),
    .z(c0_j1_l0_g1_x4),
    .s(c0_j1_l0_g1_t1_0s),
    .c(c0_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j1_l0_g1_sum (
    .x(c0_j1_l0_g1_t1_0s),
    .y(c0_j1_l0_g1_t1_0c),
    .s(c0_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j1_l0_g2_u_t0_0 (
    .x0(c0_j1_l0_g2_x0),
    .x1(c0_j1_l0_g2_x1),
    .x2(c0_j1_l0_g2_x2),
    .x3(c0_j1_l0_g2_x3),
    .s(c0_j1_l0_g2_t0_0s),
    .c(c0_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j1_l0_g2_u_t1_0 (
    .x(c0_j1_l0_g2_t0_0s),
    .y(c0_j1_l0_g2_t0_0c),
    .z(c0_j1_l0_g2_x4),
    .s(c0_j1_l0_g2_t1_0s),
    .c(c0_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j1_l0_g2_sum (
    .x(c0_j1_l0_g2_t1_0s),
    .y(c0_j1_l0_g2_t1_0c),
    .s(c0_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j1_l0_g3_u_t0_0 (
    .x0(c0_j1_l0_g3_x0),
    .x1(c0_j1_l0_g3_x1),
    .x2(c0_j1_l0_g3_x2),
    .x3(c0_j1_l0_g3_x3),
    .s(c0_j1_l0_g3_t0_0s),
    .c(c0_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j1_l0_g3_u_t1_0 (
    .x(c0_j1_l0_g3_t0_0s),
    .y(c0_j1_l0_g3_t0_0c),
    .z(c0_j1_l0_g3_x4),
    .s(c0_j1_l0_g3_t1_0s),
    .c(c0_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j1_l0_g3_sum (
    .x(c0_j1_l0_g3_t1_0s),
    .y(c0_j1_l0_g3_t1_0c),
    .s(c0_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c0_j1_l1_g0_u_t0_0 (
    .x0(c0_j1_l1_g0_x0),
    .x1(c0_j1_l1_g0_x1),
    .x2(c0_j1_l1_g0_x2),
    .x3(c0_j1_l1_g0_x3),
    .s(c0_j1_l1_g0_t0_0s),
    .c(c0_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c0_j1_l1_g0_sum (
    .x(c0_j1_l1_g0_t0_0s),
    .y(c0_j1_l1_g0_t0_0c),
    .s(c0_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j2_l0_g0_u_t0_0 (
    .x0(c0_j2_l0_g0_x0),
    .x1(c0_j2_l0_g0_x1),
    .x2(c0_j2_l0_g0_x2),
    .x3(c0_j2_l0_g0_x3),
    .s(c0_j2_l0_g0_t0_0s),
    .c(c0_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j2_l0_g0_u_t1_0 (
    .x(c0_j2_l0_g0_t0_0s),
    .y(c0_j2_l0_g0_t0_0c),
    .z(c0_j2_l0_g0_x4),
    .s(c0_j2_l0_g0_t1_0s),
    .c(c0_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j2_l0_g0_sum (
    .x(c0_j2_l0_g0_t1_0s),
    .y(c0_j2_l0_g0_t1_0c),
    .s(c0_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j2_l0_g1_u_t0_0 (
    .x0(c0_j2_l0_g1_x0),
    .x1(c0_j2_l0_g1_x1),
    .x2(c0_j2_l0_g1_x2),
    .x3(c0_j2_l0_g1_x3),
    .s(c0_j2_l0_g1_t0_0s),
    .c(c0_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j2_l0_g1_u_t1_0 (
    .x(c0_j2_l0_g1_t0_0s),
    .y(c0_j2_l0_g1_t0_0c),
    .z(c0_j2_l0_g1_x4),
    .s(c0_j2_l0_g1_t1_0s),
    .c(c0_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j2_l0_g1_sum (
    .x(c0_j2_l0_g1_t1_0s),
    .y(c0_j2_l0_g1_t1_0c),
    .s(c0_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j2_l0_g2_u_t0_0 (
    .x0(c0_j2_l0_g2_x0),
    .x1(c0_j2_l0_g2_x1),
    .x2(c0_j2_l0_g2_x2),
    .x3(c0_j2_l0_g2_x3),
    .s(c0_j2_l0_g2_t0_0s),
    .c(c0_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j2_l0_g2_u_t1_0 (
    .x(c0_j2_l0_g2_t0_0s),
    .y(c0_j2_l0_g2_t0_0c),
    .z(c0_j2_l0_g2_x4),
    .s(c0_j2_l0_g2_t1_0s),
    .c(c0_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j2_l0_g2_sum (
    .x(c0_j2_l0_g2_t1_0s),
    .y(c0_j2_l0_g2_t1_0c),
    .s(c0_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j2_l0_g3_u_t0_0 (
    .x0(c0_j2_l0_g3_x0),
    .x1(c0_j2_l0_g3_x1),
    .x2(c0_j2_l0_g3_x2),
    .x3(c0_j2_l0_g3_x3),
    .s(c0_j2_l0_g3_t0_0s),
    .c(c0_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j2_l0_g3_u_t1_0 (
    .x(c0_j2_l0_g3_t0_0s),
    .y(c0_j2_l0_g3_t0_0c),
    .z(c0_j2_l0_g3_x4),
    .s(c0_j2_l0_g3_t1_0s),
    .c(c0_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j2_l0_g3_sum (
    .x(c0_j2_l0_g3_t1_0s),
    .y(c0_j2_l0_g3_t1_0c),
    .s(c0_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c0_j2_l1_g0_u_t0_0 (
    .x0(c0_j2_l1_g0_x0),
    .x1(c0_j2_l1_g0_x1),
    .x2(c0_j2_l1_g0_x2),
    .x3(c0_j2_l1_g0_x3),
    .s(c0_j2_l1_g0_t0_0s),
    .c(c0_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c0_j2_l1_g0_sum (
    .x(c0_j2_l1_g0_t0_0s),
    .y(c0_j2_l1_g0_t0_0c),
    .s(c0_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j3_l0_g0_u_t0_0 (
    .x0(c0_j3_l0_g0_x0),
    .x1(c0_j3_l0_g0_x1),
    .x2(c0_j3_l0_g0_x2),
    .x3(c0_j3_l0_g0_x3),
    .s(c0_j3_l0_g0_t0_0s),
    .c(c0_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j3_l0_g0_u_t1_0 (
    .x(c0_j3_l0_g0_t0_0s),
    .y(c0_j3_l0_g0_t0_0c),
    .z(c0_j3_l0_g0_x4),
    .s(c0_j3_l0_g0_t1_0s),
    .c(c0_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j3_l0_g0_sum (
    .x(c0_j3_l0_g0_t1_0s),
    .y(c0_j3_l0_g0_t1_0c),
    .s(c0_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j3_l0_g1_u_t0_0 (
    .x0(c0_j3_l0_g1_x0),
    .x1(c0_j3_l0_g1_x1),
    .x2(c0_j3_l0_g1_x2),
    .x3(c0_j3_l0_g1_x3),
    .s(c0_j3_l0_g1_t0_0s),
    .c(c0_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j3_l0_g1_u_t1_0 (
    .x(c0_j3_l0_g1_t0_0s),
    .y(c0_j3_l0_g1_t0_0c),
    .z(c0_j3_l0_g1_x4),
    .s(c0_j3_l0_g1_t1_0s),
    .c(c0_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j3_l0_g1_sum (
    .x(c0_j3_l0_g1_t1_0s),
    .y(c0_j3_l0_g1_t1_0c),
    .s(c0_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j3_l0_g2_u_t0_0 (
    .x0(c0_j3_l0_g2_x0),
    .x1(c0_j3_l0_g2_x1),
    .x2(c0_j3_l0_g2_x2),
    .x3(c0_j3_l0_g2_x3),
    .s(c0_j3_l0_g2_t0_0s),
    .c(c0_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j3_l0_g2_u_t1_0 (
    .x(c0_j3_l0_g2_t0_0s),
    .y(c0_j3_l0_g2_t0_0c),
    .z(c0_j3_l0_g2_x4),
    .s(c0_j3_l0_g2_t1_0s),
    .c(c0_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j3_l0_g2_sum (
    .x(c0_j3_l0_g2_t1_0s),
    .y(c0_j3_l0_g2_t1_0c),
    .s(c0_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c0_j3_l0_g3_u_t0_0 (
    .x0(c0_j3_l0_g3_x0),
    .x1(c0_j3_l0_g3_x1),
    .x2(c0_j3_l0_g3_x2),
    .x3(c0_j3_l0_g3_x3),
    .s(c0_j3_l0_g3_t0_0s),
    .c(c0_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c0_j3_l0_g3_u_t1_0 (
    .x(c0_j3_l0_g3_t0_0s),
    .y(c0_j3_l0_g3_t0_0c),
    .z(c0_j3_l0_g3_x4),
    .s(c0_j3_l0_g3_t1_0s),
    .c(c0_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c0_j3_l0_g3_sum (
    .x(c0_j3_l0_g3_t1_0s),
    .y(c0_j3_l0_g3_t1_0c),
    .s(c0_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c0_j3_l1_g0_u_t0_0 (
    .x0(c0_j3_l1_g0_x0),
    .x1(c0_j3_l1_g0_x1),
    .x2(c0_j3_l1_g0_x2),
    .x3(c0_j3_l1_g0_x3),
    .s(c0_j3_l1_g0_t0_0s),
    .c(c0_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c0_j3_l1_g0_sum (
    .x(c0_j3_l1_g0_t0_0s),
    .y(c0_j3_l1_g0_t0_0c),
    .s(c0_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col0_u_t0_0 (
    .x0(c0_v0),
    .x1(c0_v1),
    .x2(c0_v2),
    .x3(c0_v3),
    .s(col0_t0_0s),
    .c(col0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col0_sum (
    .x(col0_t0_0s),
    .y(col0_t0_0c),
    .s(col0_sum)
  );
  adder_tree_k16_opt2_pe pe0_1 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_1),
    .p0_out(p0_1_p0),
    .p1_out(p0_1_p1),
    .p2_out(p0_1_p2),
    .p3_out(p0_1_p3)
  );
  adder_tree_k16_opt2_pe pe1_1 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_1),
    .p0_out(p1_1_p0),
    .p1_out(p1_1_p1),
    .p2_out(p1_1_p2),
    .p3_out(p1_1_p3)
  );
  adder_tree_k16_opt2_pe pe2_1 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_1),
    .p0_out(p2_1_p0),
    .p1_out(p2_1_p1),
    .p2_out(p2_1_p2),
    .p3_out(p2_1_p3)
  );
  adder_tree_k16_opt2_pe pe3_1 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_1),
    .p0_out(p3_1_p0),
    .p1_out(p3_1_p1),
    .p2_out(p3_1_p2),
    .p3_out(p3_1_p3)
  );
  adder_tree_k16_opt2_pe pe4_1 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_1),
    .p0_out(p4_1_p0),
    .p1_out(p4_1_p1),
    .p2_out(p4_1_p2),
    .p3_out(p4_1_p3)
  );
  adder_tree_k16_opt2_pe pe5_1 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_1),
    .p0_out(p5_1_p0),
    .p1_out(p5_1_p1),
    .p2_out(p5_1_p2),
    .p3_out(p5_1_p3)
  );
  adder_tree_k16_opt2_pe pe6_1 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_1),
    .p0_out(p6_1_p0),
    .p1_out(p6_1_p1),
    .p2_out(p6_1_p2),
    .p3_out(p6_1_p3)
  );
  adder_tree_k16_opt2_pe pe7_1 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_1),
    .p0_out(p7_1_p0),
    .p1_out(p7_1_p1),
    .p2_out(p7_1_p2),
    .p3_out(p7_1_p3)
  );
  adder_tree_k16_opt2_pe pe8_1 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_1),
    .p0_out(p8_1_p0),
    .p1_out(p8_1_p1),
    .p2_out(p8_1_p2),
    .p3_out(p8_1_p3)
  );
  adder_tree_k16_opt2_pe pe9_1 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_1),
    .p0_out(p9_1_p0),
    .p1_out(p9_1_p1),
    .p2_out(p9_1_p2),
    .p3_out(p9_1_p3)
  );
  adder_tree_k16_opt2_pe pe10_1 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_1),
    .p0_out(p10_1_p0),
    .p1_out(p10_1_p1),
    .p2_out(p10_1_p2),
    .p3_out(p10_1_p3)
  );
  adder_tree_k16_opt2_pe pe11_1 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_1),
    .p0_out(p11_1_p0),
    .p1_out(p11_1_p1),
    .p2_out(p11_1_p2),
    .p3_out(p11_1_p3)
  );
  adder_tree_k16_opt2_pe pe12_1 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_1),
    .p0_out(p12_1_p0),
    .p1_out(p12_1_p1),
    .p2_out(p12_1_p2),
    .p3_out(p12_1_p3)
  );
  adder_tree_k16_opt2_pe pe13_1 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_1),
    .p0_out(p13_1_p0),
    .p1_out(p13_1_p1),
    .p2_out(p13_1_p2),
    .p3_out(p13_1_p3)
  );
  adder_tree_k16_opt2_pe pe14_1 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_1),
    .p0_out(p14_1_p0),
    .p1_out(p14_1_p1),
    .p2_out(p14_1_p2),
    .p3_out(p14_1_p3)
  );
  adder_tree_k16_opt2_pe pe15_1 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_1),
    .p0_out(p15_1_p0),
    .p1_out(p15_1_p1),
    .p2_out(p15_1_p2),
    .p3_out(p15_1_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j0_l0_g0_u_t0_0 (
    .x0(c1_j0_l0_g0_x0),
    .x1(c1_j0_l0_g0_x1),
    .x2(c1_j0_l0_g0_x2),
    .x3(c1_j0_l0_g0_x3),
    .s(c1_j0_l0_g0_t0_0s),
    .c(c1_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j0_l0_g0_u_t1_0 (
    .x(c1_j0_l0_g0_t0_0s),
    .y(c1_j0_l0_g0_t0_0c),
    .z(c1_j0_l0_g0_x4),
    .s(c1_j0_l0_g0_t1_0s),
    .c(c1_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j0_l0_g0_sum (
    .x(c1_j0_l0_g0_t1_0s),
    .y(c1_j0_l0_g0_t1_0c),
    .s(c1_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j0_l0_g1_u_t0_0 (
    .x0(c1_j0_l0_g1_x0),
    .x1(c1_j0_l0_g1_x1),
    .x2(c1_j0_l0_g1_x2),
    .x3(c1_j0_l0_g1_x3),
    .s(c1_j0_l0_g1_t0_0s),
    .c(c1_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j0_l0_g1_u_t1_0 (
    .x(c1_j0_l0_g1_t0_0s),
    .y(c1_j0_l0_g1_t0_0c),
    .z(c1_j0_l0_g1_x4),
    .s(c1_j0_l0_g1_t1_0s),
    .c(c1_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j0_l0_g1_sum (
    .x(c1_j0_l0_g1_t1_0s),
    .y(c1_j0_l0_g1_t1_0c),
    .s(c1_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j0_l0_g2_u_t0_0 (
    .x0(c1_j0_l0_g2_x0),
    .x1(c1_j0_l0_g2_x1),
    .x2(c1_j0_l0_g2_x2),
    .x3(c1_j0_l0_g2_x3),
    .s(c1_j0_l0_g2_t0_0s),
    .c(c1_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j0_l0_g2_u_t1_0 (
    .x(c1_j0_l0_g2_t0_0s),
    .y(c1_j0_l0_g2_t0_0c),
    .z(c1_j0_l0_g2_x4),
    .s(c1_j0_l0_g2_t1_0s),
    .c(c1_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j0_l0_g2_sum (
    .x(c1_j0_l0_g2_t1_0s),
    .y(c1_j0_l0_g2_t1_0c),
    .s(c1_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j0_l0_g3_u_t0_0 (
    .x0(c1_j0_l0_g3_x0),
    .x1(c1_j0_l0_g3_x1),
    .x2(c1_j0_l0_g3_x2),
    .x3(c1_j0_l0_g3_x3),
    .s(c1_j0_l0_g3_t0_0s),
    .c(c1_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j0_l0_g3_u_t1_0 (
    .x(c1_j0_l0_g3_t0_0s),
    .y(c1_j0_l0_g3_t0_0c),
    .z(c1_j0_l0_g3_x4),
    .s(c1_j0_l0_g3_t1_0s),
    .c(c1_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j0_l0_g3_sum (
    .x(c1_j0_l0_g3_t1_0s),
    .y(c1_j0_l0_g3_t1_0c),
    .s(c1_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c1_j0_l1_g0_u_t0_0 (
    .x0(c1_j0_l1_g0_x0),
    .x1(c1_j0_l1_g0_x1),
    .x2(c1_j0_l1_g0_x2),
    .x3(c1_j0_l1_g0_x3),
    .s(c1_j0_l1_g0_t0_0s),
    .c(c1_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c1_j0_l1_g0_sum (
    .x(c1_j0_l1_g0_t0_0s),
    .y(c1_j0_l1_g0_t0_0c),
    .s(c1_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j1_l0_g0_u_t0_0 (
    .x0(c1_j1_l0_g0_x0),
    .x1(c1_j1_l0_g0_x1),
    .x2(c1_j1_l0_g0_x2),
    .x3(c1_j1_l0_g0_x3),
    .s(c1_j1_l0_g0_t0_0s),
    .c(c1_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j1_l0_g0_u_t1_0 (
    .x(c1_j1_l0_g0_t0_0s),
    .y(c1_j1_l0_g0_t0_0c),
    .z(c1_j1_l0_g0_x4),
    .s(c1_j1_l0_g0_t1_0s),
    .c(c1_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j1_l0_g0_sum (
    .x(c1_j1_l0_g0_t1_0s),
    .y(c1_j1_l0_g0_t1_0c),
    .s(c1_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j1_l0_g1_u_t0_0 (
    .x0(c1_j1_l0_g1_x0),
    .x1(c1_j1_l0_g1_x1),
    .x2(c1_j1_l0_g1_x2),
    .x3(c1_j1_l0_g1_x3),
    .s(c1_j1_l0_g1_t0_0s),
    .c(c1_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j1_l0_g1_u_t1_0 (
    .x(c1_j1_l0_g1_t0_0s),
    .y(c1_j1_l0_g1_t0_0c),
    .z(c1_j1_l0_g1_x4),
    .s(c1_j1_l0_g1_t1_0s),
    .c(c1_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j1_l0_g1_sum (
    .x(c1_j1_l0_g1_t1_0s),
    .y(c1_j1_l0_g1_t1_0c),
    .s(c1_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j1_l0_g2_u_t0_0 (
    .x0(c1_j1_l0_g2_x0),
    .x1(c1_j1_l0_g2_x1),
    .x2(c1_j1_l0_g2_x2),
    .x3(c1_j1_l0_g2_x3),
    .s(c1_j1_l0_g2_t0_0s),
    .c(c1_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j1_l0_g2_u_t1_0 (
    .x(c1_j1_l0_g2_t0_0s),
    .y(c1_j1_l0_g2_t0_0c),
    .z(c1_j1_l0_g2_x4),
    .s(c1_j1_l0_g2_t1_0s),
    .c(c1_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j1_l0_g2_sum (
    .x(c1_j1_l0_g2_t1_0s),
    .y(c1_j1_l0_g2_t1_0c),
    .s(c1_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j1_l0_g3_u_t0_0 (
    .x0(c1_j1_l0_g3_x0),
    .x1(c1_j1_l0_g3_x1),
    .x2(c1_j1_l0_g3_x2),
    .x3(c1_j1_l0_g3_x3),
    .s(c1_j1_l0_g3_t0_0s),
    .c(c1_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j1_l0_g3_u_t1_0 (
    .x(c1_j1_l0_g3_t0_0s),
    .y(c1_j1_l0_g3_t0_0c),
    .z(c1_j1_l0_g3_x4),
    .s(c1_j1_l0_g3_t1_0s),
    .c(c1_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j1_l0_g3_sum (
    .x(c1_j1_l0_g3_t1_0s),
    .y(c1_j1_l0_g3_t1_0c),
    .s(c1_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c1_j1_l1_g0_u_t0_0 (
    .x0(c1_j1_l1_g0_x0),
    .x1(c1_j1_l1_g0_x1),
    .x2(c1_j1_l1_g0_x2),
    .x3(c1_j1_l1_g0_x3),
    .s(c1_j1_l1_g0_t0_0s),
    .c(c1_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c1_j1_l1_g0_sum (
    .x(c1_j1_l1_g0_t0_0s),
    .y(c1_j1_l1_g0_t0_0c),
    .s(c1_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j2_l0_g0_u_t0_0 (
    .x0(c1_j2_l0_g0_x0),
    .x1(c1_j2_l0_g0_x1),
    .x2(c1_j2_l0_g0_x2),
    .x3(c1_j2_l0_g0_x3),
    .s(c1_j2_l0_g0_t0_0s),
    .c(c1_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j2_l0_g0_u_t1_0 (
    .x(c1_j2_l0_g0_t0_0s),
    .y(c1_j2_l0_g0_t0_0c),
    .z(c1_j2_l0_g0_x4),
    .s(c1_j2_l0_g0_t1_0s),
    .c(c1_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j2_l0_g0_sum (
    .x(c1_j2_l0_g0_t1_0s),
    .y(c1_j2_l0_g0_t1_0c),
    .s(c1_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j2_l0_g1_u_t0_0 (
    .x0(c1_j2_l0_g1_x0),
    .x1(c1_j2_l0_g1_x1),
    .x2(c1_j2_l0_g1_x2),
    .x3(c1_j2_l0_g1_x3),
    .s(c1_j2_l0_g1_t0_0s),
    .c(c1_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j2_l0_g1_u_t1_0 (
    .x(c1_j2_l0_g1_t0_0s),
    .y(c1_j2_l0_g1_t0_0c),
    .z(c1_j2_l0_g1_x4),
    .s(c1_j2_l0_g1_t1_0s),
    .c(c1_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j2_l0_g1_sum (
    .x(c1_j2_l0_g1_t1_0s),
    .y(c1_j2_l0_g1_t1_0c),
    .s(c1_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j2_l0_g2_u_t0_0 (
    .x0(c1_j2_l0_g2_x0),
    .x1(c1_j2_l0_g2_x1),
    .x2(c1_j2_l0_g2_x2),
    .x3(c1_j2_l0_g2_x3),
    .s(c1_j2_l0_g2_t0_0s),
    .c(c1_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j2_l0_g2_u_t1_0 (
    .x(c1_j2_l0_g2_t0_0s),
    .y(c1_j2_l0_g2_t0_0c),
    .z(c1_j2_l0_g2_x4),
    .s(c1_j2_l0_g2_t1_0s),
    .c(c1_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j2_l0_g2_sum (
    .x(c1_j2_l0_g2_t1_0s),
    .y(c1_j2_l0_g2_t1_0c),
    .s(c1_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j2_l0_g3_u_t0_0 (
    .x0(c1_j2_l0_g3_x0),
    .x1(c1_j2_l0_g3_x1),
    .x2(c1_j2_l0_g3_x2),
    .x3(c1_j2_l0_g3_x3),
    .s(c1_j2_l0_g3_t0_0s),
    .c(c1_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j2_l0_g3_u_t1_0 (
    .x(c1_j2_l0_g3_t0_0s),
    .y(c1_j2_l0_g3_t0_0c),
    .z(c1_j2_l0_g3_x4),
    .s(c1_j2_l0_g3_t1_0s),
    .c(c1_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j2_l0_g3_sum (
    .x(c1_j2_l0_g3_t1_0s),
    .y(c1_j2_l0_g3_t1_0c),
    .s(c1_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c1_j2_l1_g0_u_t0_0 (
    .x0(c1_j2_l1_g0_x0),
    .x1(c1_j2_l1_g0_x1),
    .x2(c1_j2_l1_g0_x2),
    .x3(c1_j2_l1_g0_x3),
    .s(c1_j2_l1_g0_t0_0s),
    .c(c1_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c1_j2_l1_g0_sum (
    .x(c1_j2_l1_g0_t0_0s),
    .y(c1_j2_l1_g0_t0_0c),
    .s(c1_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j3_l0_g0_u_t0_0 (
    .x0(c1_j3_l0_g0_x0),
    .x1(c1_j3_l0_g0_x1),
    .x2(c1_j3_l0_g0_x2),
    .x3(c1_j3_l0_g0_x3),
    .s(c1_j3_l0_g0_t0_0s),
    .c(c1_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j3_l0_g0_u_t1_0 (
    .x(c1_j3_l0_g0_t0_0s),
    .y(c1_j3_l0_g0_t0_0c),
    .z(c1_j3_l0_g0_x4),
    .s(c1_j3_l0_g0_t1_0s),
    .c(c1_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j3_l0_g0_sum (
    .x(c1_j3_l0_g0_t1_0s),
    .y(c1_j3_l0_g0_t1_0c),
    .s(c1_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j3_l0_g1_u_t0_0 (
    .x0(c1_j3_l0_g1_x0),
    .x1(c1_j3_l0_g1_x1),
    .x2(c1_j3_l0_g1_x2),
    .x3(c1_j3_l0_g1_x3),
    .s(c1_j3_l0_g1_t0_0s),
    .c(c1_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j3_l0_g1_u_t1_0 (
    .x(c1_j3_l0_g1_t0_0s),
    .y(c1_j3_l0_g1_t0_0c),
    .z(c1_j3_l0_g1_x4),
    .s(c1_j3_l0_g1_t1_0s),
    .c(c1_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j3_l0_g1_sum (
    .x(c1_j3_l0_g1_t1_0s),
    .y(c1_j3_l0_g1_t1_0c),
    .s(c1_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j3_l0_g2_u_t0_0 (
    .x0(c1_j3_l0_g2_x0),
    .x1(c1_j3_l0_g2_x1),
    .x2(c1_j3_l0_g2_x2),
    .x3(c1_j3_l0_g2_x3),
    .s(c1_j3_l0_g2_t0_0s),
    .c(c1_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j3_l0_g2_u_t1_0 (
    .x(c1_j3_l0_g2_t0_0s),
    .y(c1_j3_l0_g2_t0_0c),
    .z(c1_j3_l0_g2_x4),
    .s(c1_j3_l0_g2_t1_0s),
    .c(c1_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j3_l0_g2_sum (
    .x(c1_j3_l0_g2_t1_0s),
    .y(c1_j3_l0_g2_t1_0c),
    .s(c1_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c1_j3_l0_g3_u_t0_0 (
    .x0(c1_j3_l0_g3_x0),
    .x1(c1_j3_l0_g3_x1),
    .x2(c1_j3_l0_g3_x2),
    .x3(c1_j3_l0_g3_x3),
    .s(c1_j3_l0_g3_t0_0s),
    .c(c1_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c1_j3_l0_g3_u_t1_0 (
    .x(c1_j3_l0_g3_t0_0s),
    .y(c1_j3_l0_g3_t0_0c),
    .z(c1_j3_l0_g3_x4),
    .s(c1_j3_l0_g3_t1_0s),
    .c(c1_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c1_j3_l0_g3_sum (
    .x(c1_j3_l0_g3_t1_0s),
    .y(c1_j3_l0_g3_t1_0c),
    .s(c1_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c1_j3_l1_g0_u_t0_0 (
    .x0(c1_j3_l1_g0_x0),
    .x1(c1_j3_l1_g0_x1),
    .x2(c1_j3_l1_g0_x2),
    .x3(c1_j3_l1_g0_x3),
    .s(c1_j3_l1_g0_t0_0s),
    .c(c1_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c1_j3_l1_g0_sum (
    .x(c1_j3_l1_g0_t0_0s),
    .y(c1_j3_l1_g0_t0_0c),
    .s(c1_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col1_u_t0_0 (
    .x0(c1_v0),
    .x1(c1_v1),
    .x2(c1_v2),
    .x3(c1_v3),
    .s(col1_t0_0s),
    .c(col1_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col1_sum (
    .x(col1_t0_0s),
    .y(col1_t0_0c),
    .s(col1_sum)
  );
  adder_tree_k16_opt2_pe pe0_2 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_2),
    .p0_out(p0_2_p0),
    .p1_out(p0_2_p1),
    .p2_out(p0_2_p2),
    .p3_out(p0_2_p3)
  );
  adder_tree_k16_opt2_pe pe1_2 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_2),
    .p0_out(p1_2_p0),
    .p1_out(p1_2_p1),
    .p2_out(p1_2_p2),
    .p3_out(p1_2_p3)
  );
  adder_tree_k16_opt2_pe pe2_2 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_2),
    .p0_out(p2_2_p0),
    .p1_out(p2_2_p1),
    .p2_out(p2_2_p2),
    .p3_out(p2_2_p3)
  );
  adder_tree_k16_opt2_pe pe3_2 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_2),
    .p0_out(p3_2_p0),
    .p1_out(p3_2_p1),
    .p2_out(p3_2_p2),
    .p3_out(p3_2_p3)
  );
  adder_tree_k16_opt2_pe pe4_2 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_2),
    .p0_out(p4_2_p0),
    .p1_out(p4_2_p1),
    .p2_out(p4_2_p2),
    .p3_out(p4_2_p3)
  );
  adder_tree_k16_opt2_pe pe5_2 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_2),
    .p0_out(p5_2_p0),
    .p1_out(p5_2_p1),
    .p2_out(p5_2_p2),
    .p3_out(p5_2_p3)
  );
  adder_tree_k16_opt2_pe pe6_2 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_2),
    .p0_out(p6_2_p0),
    .p1_out(p6_2_p1),
    .p2_out(p6_2_p2),
    .p3_out(p6_2_p3)
  );
  adder_tree_k16_opt2_pe pe7_2 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_2),
    .p0_out(p7_2_p0),
    .p1_out(p7_2_p1),
    .p2_out(p7_2_p2),
    .p3_out(p7_2_p3)
  );
  adder_tree_k16_opt2_pe pe8_2 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_2),
    .p0_out(p8_2_p0),
    .p1_out(p8_2_p1),
    .p2_out(p8_2_p2),
    .p3_out(p8_2_p3)
  );
  adder_tree_k16_opt2_pe pe9_2 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_2),
    .p0_out(p9_2_p0),
    .p1_out(p9_2_p1),
    .p2_out(p9_2_p2),
    .p3_out(p9_2_p3)
  );
  adder_tree_k16_opt2_pe pe10_2 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_2),
    .p0_out(p10_2_p0),
    .p1_out(p10_2_p1),
    .p2_out(p10_2_p2),
    .p3_out(p10_2_p3)
  );
  adder_tree_k16_opt2_pe pe11_2 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_2),
    .p0_out(p11_2_p0),
    .p1_out(p11_2_p1),
    .p2_out(p11_2_p2),
    .p3_out(p11_2_p3)
  );
  adder_tree_k16_opt2_pe pe12_2 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_2),
    .p0_out(p12_2_p0),
    .p1_out(p12_2_p1),
    .p2_out(p12_2_p2),
    .p3_out(p12_2_p3)
  );
  adder_tree_k16_opt2_pe pe13_2 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_2),
    .p0_out(p13_2_p0),
    .p1_out(p13_2_p1),
    .p2_out(p13_2_p2),
    .p3_out(p13_2_p3)
  );
  adder_tree_k16_opt2_pe pe14_2 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_2),
    .p0_out(p14_2_p0),
    .p1_out(p14_2_p1),
    .p2_out(p14_2_p2),
    .p3_out(p14_2_p3)
  );
  adder_tree_k16_opt2_pe pe15_2 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_2),
    .p0_out(p15_2_p0),
    .p1_out(p15_2_p1),
    .p2_out(p15_2_p2),
    .p3_out(p15_2_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j0_l0_g0_u_t0_0 (
    .x0(c2_j0_l0_g0_x0),
    .x1(c2_j0_l0_g0_x1),
    .x2(c2_j0_l0_g0_x2),
    .x3(c2_j0_l0_g0_x3),
    .s(c2_j0_l0_g0_t0_0s),
    .c(c2_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j0_l0_g0_u_t1_0 (
    .x(c2_j0_l0_g0_t0_0s),
    .y(c2_j0_l0_g0_t0_0c),
    .z(c2_j0_l0_g0_x4),
    .s(c2_j0_l0_g0_t1_0s),
    .c(c2_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j0_l0_g0_sum (
    .x(c2_j0_l0_g0_t1_0s),
    .y(c2_j0_l0_g0_t1_0c),
    .s(c2_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j0_l0_g1_u_t0_0 (
    .x0(c2_j0_l0_g1_x0),
    .x1(c2_j0_l0_g1_x1),
    .x2(c2_j0_l0_g1_x2),
    .x3(c2_j0_l0_g1_x3),
    .s(c2_j0_l0_g1_t0_0s),
    .c(c2_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j0_l0_g1_u_t1_0 (
    .x(c2_j0_l0_g1_t0_0s),
    .y(c2_j0_l0_g1_t0_0c),
    .z(c2_j0_l0_g1_x4),
    .s(c2_j0_l0_g1_t1_0s),
    .c(c2_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j0_l0_g1_sum (
    .x(c2_j0_l0_g1_t1_0s),
    .y(c2_j0_l0_g1_t1_0c),
    .s(c2_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j0_l0_g2_u_t0_0 (
    .x0(c2_j0_l0_g2_x0),
    .x1(c2_j0_l0_g2_x1),
    .x2(c2_j0_l0_g2_x2),
    .x3(c2_j0_l0_g2_x3),
    .s(c2_j0_l0_g2_t0_0s),
    .c(c2_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j0_l0_g2_u_t1_0 (
    .x(c2_j0_l0_g2_t0_0s),
    .y(c2_j0_l0_g2_t0_0c),
    .z(c2_j0_l0_g2_x4),
    .s(c2_j0_l0_g2_t1_0s),
    .c(c2_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j0_l0_g2_sum (
    .x(c2_j0_l0_g2_t1_0s),
    .y(c2_j0_l0_g2_t1_0c),
    .s(c2_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j0_l0_g3_u_t0_0 (
    .x0(c2_j0_l0_g3_x0),
    .x1(c2_j0_l0_g3_x1),
    .x2(c2_j0_l0_g3_x2),
    .x3(c2_j0_l0_g3_x3),
    .s(c2_j0_l0_g3_t0_0s),
    .c(c2_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j0_l0_g3_u_t1_0 (
    .x(c2_j0_l0_g3_t0_0s),
    .y(c2_j0_l0_g3_t0_0c),
    .z(c2_j0_l0_g3_x4),
    .s(c2_j0_l0_g3_t1_0s),
    .c(c2_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j0_l0_g3_sum (
    .x(c2_j0_l0_g3_t1_0s),
    .y(c2_j0_l0_g3_t1_0c),
    .s(c2_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c2_j0_l1_g0_u_t0_0 (
    .x0(c2_j0_l1_g0_x0),
    .x1(c2_j0_l1_g0_x1),
    .x2(c2_j0_l1_g0_x2),
    .x3(c2_j0_l1_g0_x3),
    .s(c2_j0_l1_g0_t0_0s),
    .c(c2_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c2_j0_l1_g0_sum (
    .x(c2_j0_l1_g0_t0_0s),
    .y(c2_j0_l1_g0_t0_0c),
    .s(c2_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j1_l0_g0_u_t0_0 (
    .x0(c2_j1_l0_g0_x0),
    .x1(c2_j1_l0_g0_x1),
    .x2(c2_j1_l0_g0_x2),
    .x3(c2_j1_l0_g0_x3),
    .s(c2_j1_l0_g0_t0_0s),
    .c(c2_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j1_l0_g0_u_t1_0 (
    .x(c2_j1_l0_g0_t0_0s),
    .y(c2_j1_l0_g0_t0_0c),
    .z(c2_j1_l0_g0_x4),
    .s(c2_j1_l0_g0_t1_0s),
    .c(c2_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j1_l0_g0_sum (
    .x(c2_j1_l0_g0_t1_0s),
    .y(c2_j1_l0_g0_t1_0c),
    .s(c2_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j1_l0_g1_u_t0_0 (
    .x0(c2_j1_l0_g1_x0),
    .x1(c2_j1_l0_g1_x1),
    .x2(c2_j1_l0_g1_x2),
    .x3(c2_j1_l0_g1_x3),
    .s(c2_j1_l0_g1_t0_0s),
    .c(c2_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j1_l0_g1_u_t1_0 (
    .x(c2_j1_l0_g1_t0_0s),
    .y(c2_j1_l0_g1_t0_0c),
    .z(c2_j1_l0_g1_x4),
    .s(c2_j1_l0_g1_t1_0s),
    .c(c2_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j1_l0_g1_sum (
    .x(c2_j1_l0_g1_t1_0s),
    .y(c2_j1_l0_g1_t1_0c),
    .s(c2_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j1_l0_g2_u_t0_0 (
    .x0(c2_j1_l0_g2_x0),
    .x1(c2_j1_l0_g2_x1),
    .x2(c2_j1_l0_g2_x2),
    .x3(c2_j1_l0_g2_x3),
    .s(c2_j1_l0_g2_t0_0s),
    .c(c2_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j1_l0_g2_u_t1_0 (
    .x(c2_j1_l0_g2_t0_0s),
    .y(c2_j1_l0_g2_t0_0c),
    .z(c2_j1_l0_g2_x4),
    .s(c2_j1_l0_g2_t1_0s),
    .c(c2_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j1_l0_g2_sum (
    .x(c2_j1_l0_g2_t1_0s),
    .y(c2_j1_l0_g2_t1_0c),
    .s(c2_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j1_l0_g3_u_t0_0 (
    .x0(c2_j1_l0_g3_x0),
    .x1(c2_j1_l0_g3_x1),
    .x2(c2_j1_l0_g3_x2),
    .x3(c2_j1_l0_g3_x3),
    .s(c2_j1_l0_g3_t0_0s),
    .c(c2_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j1_l0_g3_u_t1_0 (
    .x(c2_j1_l0_g3_t0_0s),
    .y(c2_j1_l0_g3_t0_0c),
    .z(c2_j1_l0_g3_x4),
    .s(c2_j1_l0_g3_t1_0s),
    .c(c2_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j1_l0_g3_sum (
    .x(c2_j1_l0_g3_t1_0s),
    .y(c2_j1_l0_g3_t1_0c),
    .s(c2_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c2_j1_l1_g0_u_t0_0 (
    .x0(c2_j1_l1_g0_x0),
    .x1(c2_j1_l1_g0_x1),
    .x2(c2_j1_l1_g0_x2),
    .x3(c2_j1_l1_g0_x3),
    .s(c2_j1_l1_g0_t0_0s),
    .c(c2_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c2_j1_l1_g0_sum (
    .x(c2_j1_l1_g0_t0_0s),
    .y(c2_j1_l1_g0_t0_0c),
    .s(c2_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j2_l0_g0_u_t0_0 (
    .x0(c2_j2_l0_g0_x0),
    .x1(c2_j2_l0_g0_x1),
    .x2(c2_j2_l0_g0_x2),
    .x3(c2_j2_l0_g0_x3),
    .s(c2_j2_l0_g0_t0_0s),
    .c(c2_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j2_l0_g0_u_t1_0 (
    .x(c2_j2_l0_g0_t0_0s),
    .y(c2_j2_l0_g0_t0_0c),
    .z(c2_j2_l0_g0_x4),
    .s(c2_j2_l0_g0_t1_0s),
    .c(c2_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j2_l0_g0_sum (
    .x(c2_j2_l0_g0_t1_0s),
    .y(c2_j2_l0_g0_t1_0c),
    .s(c2_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j2_l0_g1_u_t0_0 (
    .x0(c2_j2_l0_g1_x0),
    .x1(c2_j2_l0_g1_x1),
    .x2(c2_j2_l0_g1_x2),
    .x3(c2_j2_l0_g1_x3),
    .s(c2_j2_l0_g1_t0_0s),
    .c(c2_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j2_l0_g1_u_t1_0 (
    .x(c2_j2_l0_g1_t0_0s),
    .y(c2_j2_l0_g1_t0_0c),
    .z(c2_j2_l0_g1_x4),
    .s(c2_j2_l0_g1_t1_0s),
    .c(c2_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j2_l0_g1_sum (
    .x(c2_j2_l0_g1_t1_0s),
    .y(c2_j2_l0_g1_t1_0c),
    .s(c2_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j2_l0_g2_u_t0_0 (
    .x0(c2_j2_l0_g2_x0),
    .x1(c2_j2_l0_g2_x1),
    .x2(c2_j2_l0_g2_x2),
    .x3(c2_j2_l0_g2_x3),
    .s(c2_j2_l0_g2_t0_0s),
    .c(c2_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j2_l0_g2_u_t1_0 (
    .x(c2_j2_l0_g2_t0_0s),
    .y(c2_j2_l0_g2_t0_0c),
    .z(c2_j2_l0_g2_x4),
    .s(c2_j2_l0_g2_t1_0s),
    .c(c2_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j2_l0_g2_sum (
    .x(c2_j2_l0_g2_t1_0s),
    .y(c2_j2_l0_g2_t1_0c),
    .s(c2_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j2_l0_g3_u_t0_0 (
    .x0(c2_j2_l0_g3_x0),
    .x1(c2_j2_l0_g3_x1),
    .x2(c2_j2_l0_g3_x2),
    .x3(c2_j2_l0_g3_x3),
    .s(c2_j2_l0_g3_t0_0s),
    .c(c2_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j2_l0_g3_u_t1_0 (
    .x(c2_j2_l0_g3_t0_0s),
    .y(c2_j2_l0_g3_t0_0c),
    .z(c2_j2_l0_g3_x4),
    .s(c2_j2_l0_g3_t1_0s),
    .c(c2_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j2_l0_g3_sum (
    .x(c2_j2_l0_g3_t1_0s),
    .y(c2_j2_l0_g3_t1_0c),
    .s(c2_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c2_j2_l1_g0_u_t0_0 (
    .x0(c2_j2_l1_g0_x0),
    .x1(c2_j2_l1_g0_x1),
    .x2(c2_j2_l1_g0_x2),
    .x3(c2_j2_l1_g0_x3),
    .s(c2_j2_l1_g0_t0_0s),
    .c(c2_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c2_j2_l1_g0_sum (
    .x(c2_j2_l1_g0_t0_0s),
    .y(c2_j2_l1_g0_t0_0c),
    .s(c2_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j3_l0_g0_u_t0_0 (
    .x0(c2_j3_l0_g0_x0),
    .x1(c2_j3_l0_g0_x1),
    .x2(c2_j3_l0_g0_x2),
    .x3(c2_j3_l0_g0_x3),
    .s(c2_j3_l0_g0_t0_0s),
    .c(c2_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j3_l0_g0_u_t1_0 (
    .x(c2_j3_l0_g0_t0_0s),
    .y(c2_j3_l0_g0_t0_0c),
    .z(c2_j3_l0_g0_x4),
    .s(c2_j3_l0_g0_t1_0s),
    .c(c2_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j3_l0_g0_sum (
    .x(c2_j3_l0_g0_t1_0s),
    .y(c2_j3_l0_g0_t1_0c),
    .s(c2_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j3_l0_g1_u_t0_0 (
    .x0(c2_j3_l0_g1_x0),
    .x1(c2_j3_l0_g1_x1),
    .x2(c2_j3_l0_g1_x2),
    .x3(c2_j3_l0_g1_x3),
    .s(c2_j3_l0_g1_t0_0s),
    .c(c2_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j3_l0_g1_u_t1_0 (
    .x(c2_j3_l0_g1_t0_0s),
    .y(c2_j3_l0_g1_t0_0c),
    .z(c2_j3_l0_g1_x4),
    .s(c2_j3_l0_g1_t1_0s),
    .c(c2_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j3_l0_g1_sum (
    .x(c2_j3_l0_g1_t1_0s),
    .y(c2_j3_l0_g1_t1_0c),
    .s(c2_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j3_l0_g2_u_t0_0 (
    .x0(c2_j3_l0_g2_x0),
    .x1(c2_j3_l0_g2_x1),
    .x2(c2_j3_l0_g2_x2),
    .x3(c2_j3_l0_g2_x3),
    .s(c2_j3_l0_g2_t0_0s),
    .c(c2_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j3_l0_g2_u_t1_0 (
    .x(c2_j3_l0_g2_t0_0s),
    .y(c2_j3_l0_g2_t0_0c),
    .z(c2_j3_l0_g2_x4),
    .s(c2_j3_l0_g2_t1_0s),
    .c(c2_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j3_l0_g2_sum (
    .x(c2_j3_l0_g2_t1_0s),
    .y(c2_j3_l0_g2_t1_0c),
    .s(c2_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c2_j3_l0_g3_u_t0_0 (
    .x0(c2_j3_l0_g3_x0),
    .x1(c2_j3_l0_g3_x1),
    .x2(c2_j3_l0_g3_x2),
    .x3(c2_j3_l0_g3_x3),
    .s(c2_j3_l0_g3_t0_0s),
    .c(c2_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c2_j3_l0_g3_u_t1_0 (
    .x(c2_j3_l0_g3_t0_0s),
    .y(c2_j3_l0_g3_t0_0c),
    .z(c2_j3_l0_g3_x4),
    .s(c2_j3_l0_g3_t1_0s),
    .c(c2_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c2_j3_l0_g3_sum (
    .x(c2_j3_l0_g3_t1_0s),
    .y(c2_j3_l0_g3_t1_0c),
    .s(c2_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c2_j3_l1_g0_u_t0_0 (
    .x0(c2_j3_l1_g0_x0),
    .x1(c2_j3_l1_g0_x1),
    .x2(c2_j3_l1_g0_x2),
    .x3(c2_j3_l1_g0_x3),
    .s(c2_j3_l1_g0_t0_0s),
    .c(c2_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c2_j3_l1_g0_sum (
    .x(c2_j3_l1_g0_t0_0s),
    .y(c2_j3_l1_g0_t0_0c),
    .s(c2_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col2_u_t0_0 (
    .x0(c2_v0),
    .x1(c2_v1),
    .x2(c2_v2),
    .x3(c2_v3),
    .s(col2_t0_0s),
    .c(col2_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col2_sum (
    .x(col2_t0_0s),
    .y(col2_t0_0c),
    .s(col2_sum)
  );
  adder_tree_k16_opt2_pe pe0_3 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_3),
    .p0_out(p0_3_p0),
    .p1_out(p0_3_p1),
    .p2_out(p0_3_p2),
    .p3_out(p0_3_p3)
  );
  adder_tree_k16_opt2_pe pe1_3 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_3),
    .p0_out(p1_3_p0),
    .p1_out(p1_3_p1),
    .p2_out(p1_3_p2),
    .p3_out(p1_3_p3)
  );
  adder_tree_k16_opt2_pe pe2_3 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_3),
    .p0_out(p2_3_p0),
    .p1_out(p2_3_p1),
    .p2_out(p2_3_p2),
    .p3_out(p2_3_p3)
  );
  adder_tree_k16_opt2_pe pe3_3 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_3),
    .p0_out(p3_3_p0),
    .p1_out(p3_3_p1),
    .p2_out(p3_3_p2),
    .p3_out(p3_3_p3)
  );
  adder_tree_k16_opt2_pe pe4_3 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_3),
    .p0_out(p4_3_p0),
    .p1_out(p4_3_p1),
    .p2_out(p4_3_p2),
    .p3_out(p4_3_p3)
  );
  adder_tree_k16_opt2_pe pe5_3 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_3),
    .p0_out(p5_3_p0),
    .p1_out(p5_3_p1),
    .p2_out(p5_3_p2),
    .p3_out(p5_3_p3)
  );
  adder_tree_k16_opt2_pe pe6_3 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_3),
    .p0_out(p6_3_p0),
    .p1_out(p6_3_p1),
    .p2_out(p6_3_p2),
    .p3_out(p6_3_p3)
  );
  adder_tree_k16_opt2_pe pe7_3 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_3),
    .p0_out(p7_3_p0),
    .p1_out(p7_3_p1),
    .p2_out(p7_3_p2),
    .p3_out(p7_3_p3)
  );
  adder_tree_k16_opt2_pe pe8_3 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_3),
    .p0_out(p8_3_p0),
    .p1_out(p8_3_p1),
    .p2_out(p8_3_p2),
    .p3_out(p8_3_p3)
  );
  adder_tree_k16_opt2_pe pe9_3 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_3),
    .p0_out(p9_3_p0),
    .p1_out(p9_3_p1),
    .p2_out(p9_3_p2),
    .p3_out(p9_3_p3)
  );
  adder_tree_k16_opt2_pe pe10_3 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_3),
    .p0_out(p10_3_p0),
    .p1_out(p10_3_p1),
    .p2_out(p10_3_p2),
    .p3_out(p10_3_p3)
  );
  adder_tree_k16_opt2_pe pe11_3 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_3),
    .p0_out(p11_3_p0),
    .p1_out(p11_3_p1),
    .p2_out(p11_3_p2),
    .p3_out(p11_3_p3)
  );
  adder_tree_k16_opt2_pe pe12_3 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_3),
    .p0_out(p12_3_p0),
    .p1_out(p12_3_p1),
    .p2_out(p12_3_p2),
    .p3_out(p12_3_p3)
  );
  adder_tree_k16_opt2_pe pe13_3 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_3),
    .p0_out(p13_3_p0),
    .p1_out(p13_3_p1),
    .p2_out(p13_3_p2),
    .p3_out(p13_3_p3)
  );
  adder_tree_k16_opt2_pe pe14_3 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_3),
    .p0_out(p14_3_p0),
    .p1_out(p14_3_p1),
    .p2_out(p14_3_p2),
    .p3_out(p14_3_p3)
  );
  adder_tree_k16_opt2_pe pe15_3 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_3),
    .p0_out(p15_3_p0),
    .p1_out(p15_3_p1),
    .p2_out(p15_3_p2),
    .p3_out(p15_3_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j0_l0_g0_u_t0_0 (
    .x0(c3_j0_l0_g0_x0),
    .x1(c3_j0_l0_g0_x1),
    .x2(c3_j0_l0_g0_x2),
    .x3(c3_j0_l0_g0_x3),
    .s(c3_j0_l0_g0_t0_0s),
    .c(c3_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j0_l0_g0_u_t1_0 (
    .x(c3_j0_l0_g0_t0_0s),
    .y(c3_j0_l0_g0_t0_0c),
    .z(c3_j0_l0_g0_x4),
    .s(c3_j0_l0_g0_t1_0s),
    .c(c3_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j0_l0_g0_sum (
    .x(c3_j0_l0_g0_t1_0s),
    .y(c3_j0_l0_g0_t1_0c),
    .s(c3_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j0_l0_g1_u_t0_0 (
    .x0(c3_j0_l0_g1_x0),
    .x1(c3_j0_l0_g1_x1),
    .x2(c3_j0_l0_g1_x2),
    .x3(c3_j0_l0_g1_x3),
    .s(c3_j0_l0_g1_t0_0s),
    .c(c3_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j0_l0_g1_u_t1_0 (
    .x(c3_j0_l0_g1_t0_0s),
    .y(c3_j0_l0_g1_t0_0c),
    .z(c3_j0_l0_g1_x4),
    .s(c3_j0_l0_g1_t1_0s),
    .c(c3_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j0_l0_g1_sum (
    .x(c3_j0_l0_g1_t1_0s),
    .y(c3_j0_l0_g1_t1_0c),
    .s(c3_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j0_l0_g2_u_t0_0 (
    .x0(c3_j0_l0_g2_x0),
    .x1(c3_j0_l0_g2_x1),
    .x2(c3_j0_l0_g2_x2),
    .x3(c3_j0_l0_g2_x3),
    .s(c3_j0_l0_g2_t0_0s),
    .c(c3_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j0_l0_g2_u_t1_0 (
    .x(c3_j0_l0_g2_t0_0s),
    .y(c3_j0_l0_g2_t0_0c),
    .z(c3_j0_l0_g2_x4),
    .s(c3_j0_l0_g2_t1_0s),
    .c(c3_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j0_l0_g2_sum (
    .x(c3_j0_l0_g2_t1_0s),
    .y(c3_j0_l0_g2_t1_0c),
    .s(c3_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j0_l0_g3_u_t0_0 (
    .x0(c3_j0_l0_g3_x0),
    .x1(c3_j0_l0_g3_x1),
    .x2(c3_j0_l0_g3_x2),
    .x3(c3_j0_l0_g3_x3),
    .s(c3_j0_l0_g3_t0_0s),
    .c(c3_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j0_l0_g3_u_t1_0 (
    .x(c3_j0_l0_g3_t0_0s),
    .y(c3_j0_l0_g3_t0_0c),
    .z(c3_j0_l0_g3_x4),
    .s(c3_j0_l0_g3_t1_0s),
    .c(c3_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j0_l0_g3_sum (
    .x(c3_j0_l0_g3_t1_0s),
    .y(c3_j0_l0_g3_t1_0c),
    .s(c3_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c3_j0_l1_g0_u_t0_0 (
    .x0(c3_j0_l1_g0_x0),
    .x1(c3_j0_l1_g0_x1),
    .x2(c3_j0_l1_g0_x2),
    .x3(c3_j0_l1_g0_x3),
    .s(c3_j0_l1_g0_t0_0s),
    .c(c3_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c3_j0_l1_g0_sum (
    .x(c3_j0_l1_g0_t0_0s),
    .y(c3_j0_l1_g0_t0_0c),
    .s(c3_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j1_l0_g0_u_t0_0 (
    .x0(c3_j1_l0_g0_x0),
    .x1(c3_j1_l0_g0_x1),
    .x2(c3_j1_l0_g0_x2),
    .x3(c3_j1_l0_g0_x3),
    .s(c3_j1_l0_g0_t0_0s),
    .c(c3_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j1_l0_g0_u_t1_0 (
    .x(c3_j1_l0_g0_t0_0s),
    .y(c3_j1_l0_g0_t0_0c),
    .z(c3_j1_l0_g0_x4),
    .s(c3_j1_l0_g0_t1_0s),
    .c(c3_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j1_l0_g0_sum (
    .x(c3_j1_l0_g0_t1_0s),
    .y(c3_j1_l0_g0_t1_0c),
    .s(c3_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j1_l0_g1_u_t0_0 (
    .x0(c3_j1_l0_g1_x0),
    .x1(c3_j1_l0_g1_x1),
    .x2(c3_j1_l0_g1_x2),
    .x3(c3_j1_l0_g1_x3),
    .s(c3_j1_l0_g1_t0_0s),
    .c(c3_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j1_l0_g1_u_t1_0 (
    .x(c3_j1_l0_g1_t0_0s),
    .y(c3_j1_l0_g1_t0_0c),
    .z(c3_j1_l0_g1_x4),
    .s(c3_j1_l0_g1_t1_0s),
    .c(c3_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j1_l0_g1_sum (
    .x(c3_j1_l0_g1_t1_0s),
    .y(c3_j1_l0_g1_t1_0c),
    .s(c3_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j1_l0_g2_u_t0_0 (
    .x0(c3_j1_l0_g2_x0),
    .x1(c3_j1_l0_g2_x1),
    .x2(c3_j1_l0_g2_x2),
    .x3(c3_j1_l0_g2_x3),
    .s(c3_j1_l0_g2_t0_0s),
    .c(c3_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j1_l0_g2_u_t1_0 (
    .x(c3_j1_l0_g2_t0_0s),
    .y(c3_j1_l0_g2_t0_0c),
    .z(c3_j1_l0_g2_x4),
    .s(c3_j1_l0_g2_t1_0s),
    .c(c3_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j1_l0_g2_sum (
    .x(c3_j1_l0_g2_t1_0s),
    .y(c3_j1_l0_g2_t1_0c),
    .s(c3_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j1_l0_g3_u_t0_0 (
    .x0(c3_j1_l0_g3_x0),
    .x1(c3_j1_l0_g3_x1),
    .x2(c3_j1_l0_g3_x2),
    .x3(c3_j1_l0_g3_x3),
    .s(c3_j1_l0_g3_t0_0s),
    .c(c3_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j1_l0_g3_u_t1_0 (
    .x(c3_j1_l0_g3_t0_0s),
    .y(c3_j1_l0_g3_t0_0c),
    .z(c3_j1_l0_g3_x4),
    .s(c3_j1_l0_g3_t1_0s),
    .c(c3_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j1_l0_g3_sum (
    .x(c3_j1_l0_g3_t1_0s),
    .y(c3_j1_l0_g3_t1_0c),
    .s(c3_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c3_j1_l1_g0_u_t0_0 (
    .x0(c3_j1_l1_g0_x0),
    .x1(c3_j1_l1_g0_x1),
    .x2(c3_j1_l1_g0_x2),
    .x3(c3_j1_l1_g0_x3),
    .s(c3_j1_l1_g0_t0_0s),
    .c(c3_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c3_j1_l1_g0_sum (
    .x(c3_j1_l1_g0_t0_0s),
    .y(c3_j1_l1_g0_t0_0c),
    .s(c3_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j2_l0_g0_u_t0_0 (
    .x0(c3_j2_l0_g0_x0),
    .x1(c3_j2_l0_g0_x1),
    .x2(c3_j2_l0_g0_x2),
    .x3(c3_j2_l0_g0_x3),
    .s(c3_j2_l0_g0_t0_0s),
    .c(c3_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j2_l0_g0_u_t1_0 (
    .x(c3_j2_l0_g0_t0_0s),
    .y(c3_j2_l0_g0_t0_0c),
    .z(c3_j2_l0_g0_x4),
    .s(c3_j2_l0_g0_t1_0s),
    .c(c3_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j2_l0_g0_sum (
    .x(c3_j2_l0_g0_t1_0s),
    .y(c3_j2_l0_g0_t1_0c),
    .s(c3_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j2_l0_g1_u_t0_0 (
    .x0(c3_j2_l0_g1_x0),
    .x1(c3_j2_l0_g1_x1),
    .x2(c3_j2_l0_g1_x2),
    .x3(c3_j2_l0_g1_x3),
    .s(c3_j2_l0_g1_t0_0s),
    .c(c3_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j2_l0_g1_u_t1_0 (
    .x(c3_j2_l0_g1_t0_0s),
    .y(c3_j2_l0_g1_t0_0c),
    .z(c3_j2_l0_g1_x4),
    .s(c3_j2_l0_g1_t1_0s),
    .c(c3_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j2_l0_g1_sum (
    .x(c3_j2_l0_g1_t1_0s),
    .y(c3_j2_l0_g1_t1_0c),
    .s(c3_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j2_l0_g2_u_t0_0 (
    .x0(c3_j2_l0_g2_x0),
    .x1(c3_j2_l0_g2_x1),
    .x2(c3_j2_l0_g2_x2),
    .x3(c3_j2_l0_g2_x3),
    .s(c3_j2_l0_g2_t0_0s),
    .c(c3_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j2_l0_g2_u_t1_0 (
    .x(c3_j2_l0_g2_t0_0s),
    .y(c3_j2_l0_g2_t0_0c),
    .z(c3_j2_l0_g2_x4),
    .s(c3_j2_l0_g2_t1_0s),
    .c(c3_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j2_l0_g2_sum (
    .x(c3_j2_l0_g2_t1_0s),
    .y(c3_j2_l0_g2_t1_0c),
    .s(c3_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j2_l0_g3_u_t0_0 (
    .x0(c3_j2_l0_g3_x0),
    .x1(c3_j2_l0_g3_x1),
    .x2(c3_j2_l0_g3_x2),
    .x3(c3_j2_l0_g3_x3),
    .s(c3_j2_l0_g3_t0_0s),
    .c(c3_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j2_l0_g3_u_t1_0 (
    .x(c3_j2_l0_g3_t0_0s),
    .y(c3_j2_l0_g3_t0_0c),
    .z(c3_j2_l0_g3_x4),
    .s(c3_j2_l0_g3_t1_0s),
    .c(c3_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j2_l0_g3_sum (
    .x(c3_j2_l0_g3_t1_0s),
    .y(c3_j2_l0_g3_t1_0c),
    .s(c3_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c3_j2_l1_g0_u_t0_0 (
    .x0(c3_j2_l1_g0_x0),
    .x1(c3_j2_l1_g0_x1),
    .x2(c3_j2_l1_g0_x2),
    .x3(c3_j2_l1_g0_x3),
    .s(c3_j2_l1_g0_t0_0s),
    .c(c3_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c3_j2_l1_g0_sum (
    .x(c3_j2_l1_g0_t0_0s),
    .y(c3_j2_l1_g0_t0_0c),
    .s(c3_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j3_l0_g0_u_t0_0 (
    .x0(c3_j3_l0_g0_x0),
    .x1(c3_j3_l0_g0_x1),
    .x2(c3_j3_l0_g0_x2),
    .x3(c3_j3_l0_g0_x3),
    .s(c3_j3_l0_g0_t0_0s),
    .c(c3_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j3_l0_g0_u_t1_0 (
    .x(c3_j3_l0_g0_t0_0s),
    .y(c3_j3_l0_g0_t0_0c),
    .z(c3_j3_l0_g0_x4),
    .s(c3_j3_l0_g0_t1_0s),
    .c(c3_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j3_l0_g0_sum (
    .x(c3_j3_l0_g0_t1_0s),
    .y(c3_j3_l0_g0_t1_0c),
    .s(c3_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j3_l0_g1_u_t0_0 (
    .x0(c3_j3_l0_g1_x0),
    .x1(c3_j3_l0_g1_x1),
    .x2(c3_j3_l0_g1_x2),
    .x3(c3_j3_l0_g1_x3),
    .s(c3_j3_l0_g1_t0_0s),
    .c(c3_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j3_l0_g1_u_t1_0 (
    .x(c3_j3_l0_g1_t0_0s),
    .y(c3_j3_l0_g1_t0_0c),
    .z(c3_j3_l0_g1_x4),
    .s(c3_j3_l0_g1_t1_0s),
    .c(c3_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j3_l0_g1_sum (
    .x(c3_j3_l0_g1_t1_0s),
    .y(c3_j3_l0_g1_t1_0c),
    .s(c3_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j3_l0_g2_u_t0_0 (
    .x0(c3_j3_l0_g2_x0),
    .x1(c3_j3_l0_g2_x1),
    .x2(c3_j3_l0_g2_x2),
    .x3(c3_j3_l0_g2_x3),
    .s(c3_j3_l0_g2_t0_0s),
    .c(c3_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j3_l0_g2_u_t1_0 (
    .x(c3_j3_l0_g2_t0_0s),
    .y(c3_j3_l0_g2_t0_0c),
    .z(c3_j3_l0_g2_x4),
    .s(c3_j3_l0_g2_t1_0s),
    .c(c3_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j3_l0_g2_sum (
    .x(c3_j3_l0_g2_t1_0s),
    .y(c3_j3_l0_g2_t1_0c),
    .s(c3_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c3_j3_l0_g3_u_t0_0 (
    .x0(c3_j3_l0_g3_x0),
    .x1(c3_j3_l0_g3_x1),
    .x2(c3_j3_l0_g3_x2),
    .x3(c3_j3_l0_g3_x3),
    .s(c3_j3_l0_g3_t0_0s),
    .c(c3_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c3_j3_l0_g3_u_t1_0 (
    .x(c3_j3_l0_g3_t0_0s),
    .y(c3_j3_l0_g3_t0_0c),
    .z(c3_j3_l0_g3_x4),
    .s(c3_j3_l0_g3_t1_0s),
    .c(c3_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c3_j3_l0_g3_sum (
    .x(c3_j3_l0_g3_t1_0s),
    .y(c3_j3_l0_g3_t1_0c),
    .s(c3_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c3_j3_l1_g0_u_t0_0 (
    .x0(c3_j3_l1_g0_x0),
    .x1(c3_j3_l1_g0_x1),
    .x2(c3_j3_l1_g0_x2),
    .x3(c3_j3_l1_g0_x3),
    .s(c3_j3_l1_g0_t0_0s),
    .c(c3_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c3_j3_l1_g0_sum (
    .x(c3_j3_l1_g0_t0_0s),
    .y(c3_j3_l1_g0_t0_0c),
    .s(c3_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col3_u_t0_0 (
    .x0(c3_v0),
    .x1(c3_v1),
    .x2(c3_v2),
    .x3(c3_v3),
    .s(col3_t0_0s),
    .c(col3_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col3_sum (
    .x(col3_t0_0s),
    .y(col3_t0_0c),
    .s(col3_sum)
  );
  adder_tree_k16_opt2_pe pe0_4 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_4),
    .p0_out(p0_4_p0),
    .p1_out(p0_4_p1),
    .p2_out(p0_4_p2),
    .p3_out(p0_4_p3)
  );
  adder_tree_k16_opt2_pe pe1_4 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_4),
    .p0_out(p1_4_p0),
    .p1_out(p1_4_p1),
    .p2_out(p1_4_p2),
    .p3_out(p1_4_p3)
  );
  adder_tree_k16_opt2_pe pe2_4 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_4),
    .p0_out(p2_4_p0),
    .p1_out(p2_4_p1),
    .p2_out(p2_4_p2),
    .p3_out(p2_4_p3)
  );
  adder_tree_k16_opt2_pe pe3_4 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_4),
    .p0_out(p3_4_p0),
    .p1_out(p3_4_p1),
    .p2_out(p3_4_p2),
    .p3_out(p3_4_p3)
  );
  adder_tree_k16_opt2_pe pe4_4 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_4),
    .p0_out(p4_4_p0),
    .p1_out(p4_4_p1),
    .p2_out(p4_4_p2),
    .p3_out(p4_4_p3)
  );
  adder_tree_k16_opt2_pe pe5_4 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_4),
    .p0_out(p5_4_p0),
    .p1_out(p5_4_p1),
    .p2_out(p5_4_p2),
    .p3_out(p5_4_p3)
  );
  adder_tree_k16_opt2_pe pe6_4 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_4),
    .p0_out(p6_4_p0),
    .p1_out(p6_4_p1),
    .p2_out(p6_4_p2),
    .p3_out(p6_4_p3)
  );
  adder_tree_k16_opt2_pe pe7_4 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_4),
    .p0_out(p7_4_p0),
    .p1_out(p7_4_p1),
    .p2_out(p7_4_p2),
    .p3_out(p7_4_p3)
  );
  adder_tree_k16_opt2_pe pe8_4 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_4),
    .p0_out(p8_4_p0),
    .p1_out(p8_4_p1),
    .p2_out(p8_4_p2),
    .p3_out(p8_4_p3)
  );
  adder_tree_k16_opt2_pe pe9_4 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_4),
    .p0_out(p9_4_p0),
    .p1_out(p9_4_p1),
    .p2_out(p9_4_p2),
    .p3_out(p9_4_p3)
  );
  adder_tree_k16_opt2_pe pe10_4 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_4),
    .p0_out(p10_4_p0),
    .p1_out(p10_4_p1),
    .p2_out(p10_4_p2),
    .p3_out(p10_4_p3)
  );
  adder_tree_k16_opt2_pe pe11_4 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_4),
    .p0_out(p11_4_p0),
    .p1_out(p11_4_p1),
    .p2_out(p11_4_p2),
    .p3_out(p11_4_p3)
  );
  adder_tree_k16_opt2_pe pe12_4 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_4),
    .p0_out(p12_4_p0),
    .p1_out(p12_4_p1),
    .p2_out(p12_4_p2),
    .p3_out(p12_4_p3)
  );
  adder_tree_k16_opt2_pe pe13_4 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_4),
    .p0_out(p13_4_p0),
    .p1_out(p13_4_p1),
    .p2_out(p13_4_p2),
    .p3_out(p13_4_p3)
  );
  adder_tree_k16_opt2_pe pe14_4 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_4),
    .p0_out(p14_4_p0),
    .p1_out(p14_4_p1),
    .p2_out(p14_4_p2),
    .p3_out(p14_4_p3)
  );
  adder_tree_k16_opt2_pe pe15_4 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_4),
    .p0_out(p15_4_p0),
    .p1_out(p15_4_p1),
    .p2_out(p15_4_p2),
    .p3_out(p15_4_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j0_l0_g0_u_t0_0 (
    .x0(c4_j0_l0_g0_x0),
    .x1(c4_j0_l0_g0_x1),
    .x2(c4_j0_l0_g0_x2),
    .x3(c4_j0_l0_g0_x3),
    .s(c4_j0_l0_g0_t0_0s),
    .c(c4_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j0_l0_g0_u_t1_0 (
    .x(c4_j0_l0_g0_t0_0s),
    .y(c4_j0_l0_g0_t0_0c),
    .z(c4_j0_l0_g0_x4),
    .s(c4_j0_l0_g0_t1_0s),
    .c(c4_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j0_l0_g0_sum (
    .x(c4_j0_l0_g0_t1_0s),
    .y(c4_j0_l0_g0_t1_0c),
    .s(c4_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j0_l0_g1_u_t0_0 (
    .x0(c4_j0_l0_g1_x0),
    .x1(c4_j0_l0_g1_x1),
    .x2(c4_j0_l0_g1_x2),
    .x3(c4_j0_l0_g1_x3),
    .s(c4_j0_l0_g1_t0_0s),
    .c(c4_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j0_l0_g1_u_t1_0 (
    .x(c4_j0_l0_g1_t0_0s),
    .y(c4_j0_l0_g1_t0_0c),
    .z(c4_j0_l0_g1_x4),
    .s(c4_j0_l0_g1_t1_0s),
    .c(c4_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j0_l0_g1_sum (
    .x(c4_j0_l0_g1_t1_0s),
    .y(c4_j0_l0_g1_t1_0c),
    .s(c4_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j0_l0_g2_u_t0_0 (
    .x0(c4_j0_l0_g2_x0),
    .x1(c4_j0_l0_g2_x1),
    .x2(c4_j0_l0_g2_x2),
    .x3(c4_j0_l0_g2_x3),
    .s(c4_j0_l0_g2_t0_0s),
    .c(c4_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j0_l0_g2_u_t1_0 (
    .x(c4_j0_l0_g2_t0_0s),
    .y(c4_j0_l0_g2_t0_0c),
    .z(c4_j0_l0_g2_x4),
    .s(c4_j0_l0_g2_t1_0s),
    .c(c4_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j0_l0_g2_sum (
    .x(c4_j0_l0_g2_t1_0s),
    .y(c4_j0_l0_g2_t1_0c),
    .s(c4_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j0_l0_g3_u_t0_0 (
    .x0(c4_j0_l0_g3_x0),
    .x1(c4_j0_l0_g3_x1),
    .x2(c4_j0_l0_g3_x2),
    .x3(c4_j0_l0_g3_x3),
    .s(c4_j0_l0_g3_t0_0s),
    .c(c4_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j0_l0_g3_u_t1_0 (
    .x(c4_j0_l0_g3_t0_0s),
    .y(c4_j0_l0_g3_t0_0c),
    .z(c4_j0_l0_g3_x4),
    .s(c4_j0_l0_g3_t1_0s),
    .c(c4_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j0_l0_g3_sum (
    .x(c4_j0_l0_g3_t1_0s),
    .y(c4_j0_l0_g3_t1_0c),
    .s(c4_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c4_j0_l1_g0_u_t0_0 (
    .x0(c4_j0_l1_g0_x0),
    .x1(c4_j0_l1_g0_x1),
    .x2(c4_j0_l1_g0_x2),
    .x3(c4_j0_l1_g0_x3),
    .s(c4_j0_l1_g0_t0_0s),
    .c(c4_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c4_j0_l1_g0_sum (
    .x(c4_j0_l1_g0_t0_0s),
    .y(c4_j0_l1_g0_t0_0c),
    .s(c4_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j1_l0_g0_u_t0_0 (
    .x0(c4_j1_l0_g0_x0),
    .x1(c4_j1_l0_g0_x1),
    .x2(c4_j1_l0_g0_x2),
    .x3(c4_j1_l0_g0_x3),
    .s(c4_j1_l0_g0_t0_0s),
    .c(c4_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j1_l0_g0_u_t1_0 (
    .x(c4_j1_l0_g0_t0_0s),
    .y(c4_j1_l0_g0_t0_0c),
    .z(c4_j1_l0_g0_x4),
    .s(c4_j1_l0_g0_t1_0s),
    .c(c4_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j1_l0_g0_sum (
    .x(c4_j1_l0_g0_t1_0s),
    .y(c4_j1_l0_g0_t1_0c),
    .s(c4_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j1_l0_g1_u_t0_0 (
    .x0(c4_j1_l0_g1_x0),
    .x1(c4_j1_l0_g1_x1),
    .x2(c4_j1_l0_g1_x2),
    .x3(c4_j1_l0_g1_x3),
    .s(c4_j1_l0_g1_t0_0s),
    .c(c4_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j1_l0_g1_u_t1_0 (
    .x(c4_j1_l0_g1_t0_0s),
    .y(c4_j1_l0_g1_t0_0c),
    .z(c4_j1_l0_g1_x4),
    .s(c4_j1_l0_g1_t1_0s),
    .c(c4_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j1_l0_g1_sum (
    .x(c4_j1_l0_g1_t1_0s),
    .y(c4_j1_l0_g1_t1_0c),
    .s(c4_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j1_l0_g2_u_t0_0 (
    .x0(c4_j1_l0_g2_x0),
    .x1(c4_j1_l0_g2_x1),
    .x2(c4_j1_l0_g2_x2),
    .x3(c4_j1_l0_g2_x3),
    .s(c4_j1_l0_g2_t0_0s),
    .c(c4_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j1_l0_g2_u_t1_0 (
    .x(c4_j1_l0_g2_t0_0s),
    .y(c4_j1_l0_g2_t0_0c),
    .z(c4_j1_l0_g2_x4),
    .s(c4_j1_l0_g2_t1_0s),
    .c(c4_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j1_l0_g2_sum (
    .x(c4_j1_l0_g2_t1_0s),
    .y(c4_j1_l0_g2_t1_0c),
    .s(c4_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j1_l0_g3_u_t0_0 (
    .x0(c4_j1_l0_g3_x0),
    .x1(c4_j1_l0_g3_x1),
    .x2(c4_j1_l0_g3_x2),
    .x3(c4_j1_l0_g3_x3),
    .s(c4_j1_l0_g3_t0_0s),
    .c(c4_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j1_l0_g3_u_t1_0 (
    .x(c4_j1_l0_g3_t0_0s),
    .y(c4_j1_l0_g3_t0_0c),
    .z(c4_j1_l0_g3_x4),
    .s(c4_j1_l0_g3_t1_0s),
    .c(c4_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j1_l0_g3_sum (
    .x(c4_j1_l0_g3_t1_0s),
    .y(c4_j1_l0_g3_t1_0c),
    .s(c4_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c4_j1_l1_g0_u_t0_0 (
    .x0(c4_j1_l1_g0_x0),
    .x1(c4_j1_l1_g0_x1),
    .x2(c4_j1_l1_g0_x2),
    .x3(c4_j1_l1_g0_x3),
    .s(c4_j1_l1_g0_t0_0s),
    .c(c4_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c4_j1_l1_g0_sum (
    .x(c4_j1_l1_g0_t0_0s),
    .y(c4_j1_l1_g0_t0_0c),
    .s(c4_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j2_l0_g0_u_t0_0 (
    .x0(c4_j2_l0_g0_x0),
    .x1(c4_j2_l0_g0_x1),
    .x2(c4_j2_l0_g0_x2),
    .x3(c4_j2_l0_g0_x3),
    .s(c4_j2_l0_g0_t0_0s),
    .c(c4_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j2_l0_g0_u_t1_0 (
    .x(c4_j2_l0_g0_t0_0s),
    .y(c4_j2_l0_g0_t0_0c),
    .z(c4_j2_l0_g0_x4),
    .s(c4_j2_l0_g0_t1_0s),
    .c(c4_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j2_l0_g0_sum (
    .x(c4_j2_l0_g0_t1_0s),
    .y(c4_j2_l0_g0_t1_0c),
    .s(c4_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j2_l0_g1_u_t0_0 (
    .x0(c4_j2_l0_g1_x0),
    .x1(c4_j2_l0_g1_x1),
    .x2(c4_j2_l0_g1_x2),
    .x3(c4_j2_l0_g1_x3),
    .s(c4_j2_l0_g1_t0_0s),
    .c(c4_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j2_l0_g1_u_t1_0 (
    .x(c4_j2_l0_g1_t0_0s),
    .y(c4_j2_l0_g1_t0_0c),
    .z(c4_j2_l0_g1_x4),
    .s(c4_j2_l0_g1_t1_0s),
    .c(c4_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j2_l0_g1_sum (
    .x(c4_j2_l0_g1_t1_0s),
    .y(c4_j2_l0_g1_t1_0c),
    .s(c4_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j2_l0_g2_u_t0_0 (
    .x0(c4_j2_l0_g2_x0),
    .x1(c4_j2_l0_g2_x1),
    .x2(c4_j2_l0_g2_x2),
    .x3(c4_j2_l0_g2_x3),
    .s(c4_j2_l0_g2_t0_0s),
    .c(c4_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j2_l0_g2_u_t1_0 (
    .x(c4_j2_l0_g2_t0_0s),
    .y(c4_j2_l0_g2_t0_0c),
    .z(c4_j2_l0_g2_x4),
    .s(c4_j2_l0_g2_t1_0s),
    .c(c4_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j2_l0_g2_sum (
    .x(c4_j2_l0_g2_t1_0s),
    .y(c4_j2_l0_g2_t1_0c),
    .s(c4_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j2_l0_g3_u_t0_0 (
    .x0(c4_j2_l0_g3_x0),
    .x1(c4_j2_l0_g3_x1),
    .x2(c4_j2_l0_g3_x2),
    .x3(c4_j2_l0_g3_x3),
    .s(c4_j2_l0_g3_t0_0s),
    .c(c4_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j2_l0_g3_u_t1_0 (
    .x(c4_j2_l0_g3_t0_0s),
    .y(c4_j2_l0_g3_t0_0c),
    .z(c4_j2_l0_g3_x4),
    .s(c4_j2_l0_g3_t1_0s),
    .c(c4_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j2_l0_g3_sum (
    .x(c4_j2_l0_g3_t1_0s),
    .y(c4_j2_l0_g3_t1_0c),
    .s(c4_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c4_j2_l1_g0_u_t0_0 (
    .x0(c4_j2_l1_g0_x0),
    .x1(c4_j2_l1_g0_x1),
    .x2(c4_j2_l1_g0_x2),
    .x3(c4_j2_l1_g0_x3),
    .s(c4_j2_l1_g0_t0_0s),
    .c(c4_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c4_j2_l1_g0_sum (
    .x(c4_j2_l1_g0_t0_0s),
    .y(c4_j2_l1_g0_t0_0c),
    .s(c4_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j3_l0_g0_u_t0_0 (
    .x0(c4_j3_l0_g0_x0),
    .x1(c4_j3_l0_g0_x1),
    .x2(c4_j3_l0_g0_x2),
    .x3(c4_j3_l0_g0_x3),
    .s(c4_j3_l0_g0_t0_0s),
    .c(c4_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j3_l0_g0_u_t1_0 (
    .x(c4_j3_l0_g0_t0_0s),
    .y(c4_j3_l0_g0_t0_0c),
    .z(c4_j3_l0_g0_x4),
    .s(c4_j3_l0_g0_t1_0s),
    .c(c4_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j3_l0_g0_sum (
    .x(c4_j3_l0_g0_t1_0s),
    .y(c4_j3_l0_g0_t1_0c),
    .s(c4_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j3_l0_g1_u_t0_0 (
    .x0(c4_j3_l0_g1_x0),
    .x1(c4_j3_l0_g1_x1),
    .x2(c4_j3_l0_g1_x2),
    .x3(c4_j3_l0_g1_x3),
    .s(c4_j3_l0_g1_t0_0s),
    .c(c4_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j3_l0_g1_u_t1_0 (
    .x(c4_j3_l0_g1_t0_0s),
    .y(c4_j3_l0_g1_t0_0c),
    .z(c4_j3_l0_g1_x4),
    .s(c4_j3_l0_g1_t1_0s),
    .c(c4_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j3_l0_g1_sum (
    .x(c4_j3_l0_g1_t1_0s),
    .y(c4_j3_l0_g1_t1_0c),
    .s(c4_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j3_l0_g2_u_t0_0 (
    .x0(c4_j3_l0_g2_x0),
    .x1(c4_j3_l0_g2_x1),
    .x2(c4_j3_l0_g2_x2),
    .x3(c4_j3_l0_g2_x3),
    .s(c4_j3_l0_g2_t0_0s),
    .c(c4_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j3_l0_g2_u_t1_0 (
    .x(c4_j3_l0_g2_t0_0s),
    .y(c4_j3_l0_g2_t0_0c),
    .z(c4_j3_l0_g2_x4),
    .s(c4_j3_l0_g2_t1_0s),
    .c(c4_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j3_l0_g2_sum (
    .x(c4_j3_l0_g2_t1_0s),
    .y(c4_j3_l0_g2_t1_0c),
    .s(c4_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c4_j3_l0_g3_u_t0_0 (
    .x0(c4_j3_l0_g3_x0),
    .x1(c4_j3_l0_g3_x1),
    .x2(c4_j3_l0_g3_x2),
    .x3(c4_j3_l0_g3_x3),
    .s(c4_j3_l0_g3_t0_0s),
    .c(c4_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c4_j3_l0_g3_u_t1_0 (
    .x(c4_j3_l0_g3_t0_0s),
    .y(c4_j3_l0_g3_t0_0c),
    .z(c4_j3_l0_g3_x4),
    .s(c4_j3_l0_g3_t1_0s),
    .c(c4_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c4_j3_l0_g3_sum (
    .x(c4_j3_l0_g3_t1_0s),
    .y(c4_j3_l0_g3_t1_0c),
    .s(c4_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c4_j3_l1_g0_u_t0_0 (
    .x0(c4_j3_l1_g0_x0),
    .x1(c4_j3_l1_g0_x1),
    .x2(c4_j3_l1_g0_x2),
    .x3(c4_j3_l1_g0_x3),
    .s(c4_j3_l1_g0_t0_0s),
    .c(c4_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c4_j3_l1_g0_sum (
    .x(c4_j3_l1_g0_t0_0s),
    .y(c4_j3_l1_g0_t0_0c),
    .s(c4_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col4_u_t0_0 (
    .x0(c4_v0),
    .x1(c4_v1),
    .x2(c4_v2),
    .x3(c4_v3),
    .s(col4_t0_0s),
    .c(col4_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col4_sum (
    .x(col4_t0_0s),
    .y(col4_t0_0c),
    .s(col4_sum)
  );
  adder_tree_k16_opt2_pe pe0_5 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_5),
    .p0_out(p0_5_p0),
    .p1_out(p0_5_p1),
    .p2_out(p0_5_p2),
    .p3_out(p0_5_p3)
  );
  adder_tree_k16_opt2_pe pe1_5 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_5),
    .p0_out(p1_5_p0),
    .p1_out(p1_5_p1),
    .p2_out(p1_5_p2),
    .p3_out(p1_5_p3)
  );
  adder_tree_k16_opt2_pe pe2_5 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_5),
    .p0_out(p2_5_p0),
    .p1_out(p2_5_p1),
    .p2_out(p2_5_p2),
    .p3_out(p2_5_p3)
  );
  adder_tree_k16_opt2_pe pe3_5 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_5),
    .p0_out(p3_5_p0),
    .p1_out(p3_5_p1),
    .p2_out(p3_5_p2),
    .p3_out(p3_5_p3)
  );
  adder_tree_k16_opt2_pe pe4_5 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_5),
    .p0_out(p4_5_p0),
    .p1_out(p4_5_p1),
    .p2_out(p4_5_p2),
    .p3_out(p4_5_p3)
  );
  adder_tree_k16_opt2_pe pe5_5 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_5),
    .p0_out(p5_5_p0),
    .p1_out(p5_5_p1),
    .p2_out(p5_5_p2),
    .p3_out(p5_5_p3)
  );
  adder_tree_k16_opt2_pe pe6_5 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_5),
    .p0_out(p6_5_p0),
    .p1_out(p6_5_p1),
    .p2_out(p6_5_p2),
    .p3_out(p6_5_p3)
  );
  adder_tree_k16_opt2_pe pe7_5 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_5),
    .p0_out(p7_5_p0),
    .p1_out(p7_5_p1),
    .p2_out(p7_5_p2),
    .p3_out(p7_5_p3)
  );
  adder_tree_k16_opt2_pe pe8_5 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_5),
    .p0_out(p8_5_p0),
    .p1_out(p8_5_p1),
    .p2_out(p8_5_p2),
    .p3_out(p8_5_p3)
  );
  adder_tree_k16_opt2_pe pe9_5 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_5),
    .p0_out(p9_5_p0),
    .p1_out(p9_5_p1),
    .p2_out(p9_5_p2),
    .p3_out(p9_5_p3)
  );
  adder_tree_k16_opt2_pe pe10_5 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_5),
    .p0_out(p10_5_p0),
    .p1_out(p10_5_p1),
    .p2_out(p10_5_p2),
    .p3_out(p10_5_p3)
  );
  adder_tree_k16_opt2_pe pe11_5 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_5),
    .p0_out(p11_5_p0),
    .p1_out(p11_5_p1),
    .p2_out(p11_5_p2),
    .p3_out(p11_5_p3)
  );
  adder_tree_k16_opt2_pe pe12_5 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_5),
    .p0_out(p12_5_p0),
    .p1_out(p12_5_p1),
    .p2_out(p12_5_p2),
    .p3_out(p12_5_p3)
  );
  adder_tree_k16_opt2_pe pe13_5 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_5),
    .p0_out(p13_5_p0),
    .p1_out(p13_5_p1),
    .p2_out(p13_5_p2),
    .p3_out(p13_5_p3)
  );
  adder_tree_k16_opt2_pe pe14_5 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_5),
    .p0_out(p14_5_p0),
    .p1_out(p14_5_p1),
    .p2_out(p14_5_p2),
    .p3_out(p14_5_p3)
  );
  adder_tree_k16_opt2_pe pe15_5 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_5),
    .p0_out(p15_5_p0),
    .p1_out(p15_5_p1),
    .p2_out(p15_5_p2),
    .p3_out(p15_5_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j0_l0_g0_u_t0_0 (
    .x0(c5_j0_l0_g0_x0),
    .x1(c5_j0_l0_g0_x1),
    .x2(c5_j0_l0_g0_x2),
    .x3(c5_j0_l0_g0_x3),
    .s(c5_j0_l0_g0_t0_0s),
    .c(c5_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j0_l0_g0_u_t1_0 (
    .x(c5_j0_l0_g0_t0_0s),
    .y(c5_j0_l0_g0_t0_0c),
    .z(c5_j0_l0_g0_x4),
    .s(c5_j0_l0_g0_t1_0s),
    .c(c5_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j0_l0_g0_sum (
    .x(c5_j0_l0_g0_t1_0s),
    .y(c5_j0_l0_g0_t1_0c),
    .s(c5_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j0_l0_g1_u_t0_0 (
    .x0(c5_j0_l0_g1_x0),
    .x1(c5_j0_l0_g1_x1),
    .x2(c5_j0_l0_g1_x2),
    .x3(c5_j0_l0_g1_x3),
    .s(c5_j0_l0_g1_t0_0s),
    .c(c5_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j0_l0_g1_u_t1_0 (
    .x(c5_j0_l0_g1_t0_0s),
    .y(c5_j0_l0_g1_t0_0c),
    .z(c5_j0_l0_g1_x4),
    .s(c5_j0_l0_g1_t1_0s),
    .c(c5_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j0_l0_g1_sum (
    .x(c5_j0_l0_g1_t1_0s),
    .y(c5_j0_l0_g1_t1_0c),
    .s(c5_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j0_l0_g2_u_t0_0 (
    .x0(c5_j0_l0_g2_x0),
    .x1(c5_j0_l0_g2_x1),
    .x2(c5_j0_l0_g2_x2),
    .x3(c5_j0_l0_g2_x3),
    .s(c5_j0_l0_g2_t0_0s),
    .c(c5_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j0_l0_g2_u_t1_0 (
    .x(c5_j0_l0_g2_t0_0s),
    .y(c5_j0_l0_g2_t0_0c),
    .z(c5_j0_l0_g2_x4),
    .s(c5_j0_l0_g2_t1_0s),
    .c(c5_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j0_l0_g2_sum (
    .x(c5_j0_l0_g2_t1_0s),
    .y(c5_j0_l0_g2_t1_0c),
    .s(c5_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j0_l0_g3_u_t0_0 (
    .x0(c5_j0_l0_g3_x0),
    .x1(c5_j0_l0_g3_x1),
    .x2(c5_j0_l0_g3_x2),
    .x3(c5_j0_l0_g3_x3),
    .s(c5_j0_l0_g3_t0_0s),
    .c(c5_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j0_l0_g3_u_t1_0 (
    .x(c5_j0_l0_g3_t0_0s),
    .y(c5_j0_l0_g3_t0_0c),
    .z(c5_j0_l0_g3_x4),
    .s(c5_j0_l0_g3_t1_0s),
    .c(c5_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j0_l0_g3_sum (
    .x(c5_j0_l0_g3_t1_0s),
    .y(c5_j0_l0_g3_t1_0c),
    .s(c5_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c5_j0_l1_g0_u_t0_0 (
    .x0(c5_j0_l1_g0_x0),
    .x1(c5_j0_l1_g0_x1),
    .x2(c5_j0_l1_g0_x2),
    .x3(c5_j0_l1_g0_x3),
    .s(c5_j0_l1_g0_t0_0s),
    .c(c5_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c5_j0_l1_g0_sum (
    .x(c5_j0_l1_g0_t0_0s),
    .y(c5_j0_l1_g0_t0_0c),
    .s(c5_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j1_l0_g0_u_t0_0 (
    .x0(c5_j1_l0_g0_x0),
    .x1(c5_j1_l0_g0_x1),
    .x2(c5_j1_l0_g0_x2),
    .x3(c5_j1_l0_g0_x3),
    .s(c5_j1_l0_g0_t0_0s),
    .c(c5_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j1_l0_g0_u_t1_0 (
    .x(c5_j1_l0_g0_t0_0s),
    .y(c5_j1_l0_g0_t0_0c),
    .z(c5_j1_l0_g0_x4),
    .s(c5_j1_l0_g0_t1_0s),
    .c(c5_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j1_l0_g0_sum (
    .x(c5_j1_l0_g0_t1_0s),
    .y(c5_j1_l0_g0_t1_0c),
    .s(c5_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j1_l0_g1_u_t0_0 (
    .x0(c5_j1_l0_g1_x0),
    .x1(c5_j1_l0_g1_x1),
    .x2(c5_j1_l0_g1_x2),
    .x3(c5_j1_l0_g1_x3),
    .s(c5_j1_l0_g1_t0_0s),
    .c(c5_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j1_l0_g1_u_t1_0 (
    .x(c5_j1_l0_g1_t0_0s),
    .y(c5_j1_l0_g1_t0_0c),
    .z(c5_j1_l0_g1_x4),
    .s(c5_j1_l0_g1_t1_0s),
    .c(c5_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j1_l0_g1_sum (
    .x(c5_j1_l0_g1_t1_0s),
    .y(c5_j1_l0_g1_t1_0c),
    .s(c5_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j1_l0_g2_u_t0_0 (
    .x0(c5_j1_l0_g2_x0),
    .x1(c5_j1_l0_g2_x1),
    .x2(c5_j1_l0_g2_x2),
    .x3(c5_j1_l0_g2_x3),
    .s(c5_j1_l0_g2_t0_0s),
    .c(c5_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j1_l0_g2_u_t1_0 (
    .x(c5_j1_l0_g2_t0_0s),
    .y(c5_j1_l0_g2_t0_0c),
    .z(c5_j1_l0_g2_x4),
    .s(c5_j1_l0_g2_t1_0s),
    .c(c5_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j1_l0_g2_sum (
    .x(c5_j1_l0_g2_t1_0s),
    .y(c5_j1_l0_g2_t1_0c),
    .s(c5_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j1_l0_g3_u_t0_0 (
    .x0(c5_j1_l0_g3_x0),
    .x1(c5_j1_l0_g3_x1),
    .x2(c5_j1_l0_g3_x2),
    .x3(c5_j1_l0_g3_x3),
    .s(c5_j1_l0_g3_t0_0s),
    .c(c5_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j1_l0_g3_u_t1_0 (
    .x(c5_j1_l0_g3_t0_0s),
    .y(c5_j1_l0_g3_t0_0c),
    .z(c5_j1_l0_g3_x4),
    .s(c5_j1_l0_g3_t1_0s),
    .c(c5_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j1_l0_g3_sum (
    .x(c5_j1_l0_g3_t1_0s),
    .y(c5_j1_l0_g3_t1_0c),
    .s(c5_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c5_j1_l1_g0_u_t0_0 (
    .x0(c5_j1_l1_g0_x0),
    .x1(c5_j1_l1_g0_x1),
    .x2(c5_j1_l1_g0_x2),
    .x3(c5_j1_l1_g0_x3),
    .s(c5_j1_l1_g0_t0_0s),
    .c(c5_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c5_j1_l1_g0_sum (
    .x(c5_j1_l1_g0_t0_0s),
    .y(c5_j1_l1_g0_t0_0c),
    .s(c5_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j2_l0_g0_u_t0_0 (
    .x0(c5_j2_l0_g0_x0),
    .x1(c5_j2_l0_g0_x1),
    .x2(c5_j2_l0_g0_x2),
    .x3(c5_j2_l0_g0_x3),
    .s(c5_j2_l0_g0_t0_0s),
    .c(c5_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j2_l0_g0_u_t1_0 (
    .x(c5_j2_l0_g0_t0_0s),
    .y(c5_j2_l0_g0_t0_0c),
    .z(c5_j2_l0_g0_x4),
    .s(c5_j2_l0_g0_t1_0s),
    .c(c5_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j2_l0_g0_sum (
    .x(c5_j2_l0_g0_t1_0s),
    .y(c5_j2_l0_g0_t1_0c),
    .s(c5_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j2_l0_g1_u_t0_0 (
    .x0(c5_j2_l0_g1_x0),
    .x1(c5_j2_l0_g1_x1),
    .x2(c5_j2_l0_g1_x2),
    .x3(c5_j2_l0_g1_x3),
    .s(c5_j2_l0_g1_t0_0s),
    .c(c5_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j2_l0_g1_u_t1_0 (
    .x(c5_j2_l0_g1_t0_0s),
    .y(c5_j2_l0_g1_t0_0c),
    .z(c5_j2_l0_g1_x4),
    .s(c5_j2_l0_g1_t1_0s),
    .c(c5_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j2_l0_g1_sum (
    .x(c5_j2_l0_g1_t1_0s),
    .y(c5_j2_l0_g1_t1_0c),
    .s(c5_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j2_l0_g2_u_t0_0 (
    .x0(c5_j2_l0_g2_x0),
    .x1(c5_j2_l0_g2_x1),
    .x2(c5_j2_l0_g2_x2),
    .x3(c5_j2_l0_g2_x3),
    .s(c5_j2_l0_g2_t0_0s),
    .c(c5_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j2_l0_g2_u_t1_0 (
    .x(c5_j2_l0_g2_t0_0s),
    .y(c5_j2_l0_g2_t0_0c),
    .z(c5_j2_l0_g2_x4),
    .s(c5_j2_l0_g2_t1_0s),
    .c(c5_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j2_l0_g2_sum (
    .x(c5_j2_l0_g2_t1_0s),
    .y(c5_j2_l0_g2_t1_0c),
    .s(c5_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j2_l0_g3_u_t0_0 (
    .x0(c5_j2_l0_g3_x0),
    .x1(c5_j2_l0_g3_x1),
    .x2(c5_j2_l0_g3_x2),
    .x3(c5_j2_l0_g3_x3),
    .s(c5_j2_l0_g3_t0_0s),
    .c(c5_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j2_l0_g3_u_t1_0 (
    .x(c5_j2_l0_g3_t0_0s),
    .y(c5_j2_l0_g3_t0_0c),
    .z(c5_j2_l0_g3_x4),
    .s(c5_j2_l0_g3_t1_0s),
    .c(c5_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j2_l0_g3_sum (
    .x(c5_j2_l0_g3_t1_0s),
    .y(c5_j2_l0_g3_t1_0c),
    .s(c5_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c5_j2_l1_g0_u_t0_0 (
    .x0(c5_j2_l1_g0_x0),
    .x1(c5_j2_l1_g0_x1),
    .x2(c5_j2_l1_g0_x2),
    .x3(c5_j2_l1_g0_x3),
    .s(c5_j2_l1_g0_t0_0s),
    .c(c5_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c5_j2_l1_g0_sum (
    .x(c5_j2_l1_g0_t0_0s),
    .y(c5_j2_l1_g0_t0_0c),
    .s(c5_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j3_l0_g0_u_t0_0 (
    .x0(c5_j3_l0_g0_x0),
    .x1(c5_j3_l0_g0_x1),
    .x2(c5_j3_l0_g0_x2),
    .x3(c5_j3_l0_g0_x3),
    .s(c5_j3_l0_g0_t0_0s),
    .c(c5_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j3_l0_g0_u_t1_0 (
    .x(c5_j3_l0_g0_t0_0s),
    .y(c5_j3_l0_g0_t0_0c),
    .z(c5_j3_l0_g0_x4),
    .s(c5_j3_l0_g0_t1_0s),
    .c(c5_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j3_l0_g0_sum (
    .x(c5_j3_l0_g0_t1_0s),
    .y(c5_j3_l0_g0_t1_0c),
    .s(c5_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j3_l0_g1_u_t0_0 (
    .x0(c5_j3_l0_g1_x0),
    .x1(c5_j3_l0_g1_x1),
    .x2(c5_j3_l0_g1_x2),
    .x3(c5_j3_l0_g1_x3),
    .s(c5_j3_l0_g1_t0_0s),
    .c(c5_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j3_l0_g1_u_t1_0 (
    .x(c5_j3_l0_g1_t0_0s),
    .y(c5_j3_l0_g1_t0_0c),
    .z(c5_j3_l0_g1_x4),
    .s(c5_j3_l0_g1_t1_0s),
    .c(c5_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j3_l0_g1_sum (
    .x(c5_j3_l0_g1_t1_0s),
    .y(c5_j3_l0_g1_t1_0c),
    .s(c5_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j3_l0_g2_u_t0_0 (
    .x0(c5_j3_l0_g2_x0),
    .x1(c5_j3_l0_g2_x1),
    .x2(c5_j3_l0_g2_x2),
    .x3(c5_j3_l0_g2_x3),
    .s(c5_j3_l0_g2_t0_0s),
    .c(c5_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j3_l0_g2_u_t1_0 (
    .x(c5_j3_l0_g2_t0_0s),
    .y(c5_j3_l0_g2_t0_0c),
    .z(c5_j3_l0_g2_x4),
    .s(c5_j3_l0_g2_t1_0s),
    .c(c5_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j3_l0_g2_sum (
    .x(c5_j3_l0_g2_t1_0s),
    .y(c5_j3_l0_g2_t1_0c),
    .s(c5_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c5_j3_l0_g3_u_t0_0 (
    .x0(c5_j3_l0_g3_x0),
    .x1(c5_j3_l0_g3_x1),
    .x2(c5_j3_l0_g3_x2),
    .x3(c5_j3_l0_g3_x3),
    .s(c5_j3_l0_g3_t0_0s),
    .c(c5_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c5_j3_l0_g3_u_t1_0 (
    .x(c5_j3_l0_g3_t0_0s),
    .y(c5_j3_l0_g3_t0_0c),
    .z(c5_j3_l0_g3_x4),
    .s(c5_j3_l0_g3_t1_0s),
    .c(c5_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c5_j3_l0_g3_sum (
    .x(c5_j3_l0_g3_t1_0s),
    .y(c5_j3_l0_g3_t1_0c),
    .s(c5_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c5_j3_l1_g0_u_t0_0 (
    .x0(c5_j3_l1_g0_x0),
    .x1(c5_j3_l1_g0_x1),
    .x2(c5_j3_l1_g0_x2),
    .x3(c5_j3_l1_g0_x3),
    .s(c5_j3_l1_g0_t0_0s),
    .c(c5_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c5_j3_l1_g0_sum (
    .x(c5_j3_l1_g0_t0_0s),
    .y(c5_j3_l1_g0_t0_0c),
    .s(c5_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col5_u_t0_0 (
    .x0(c5_v0),
    .x1(c5_v1),
    .x2(c5_v2),
    .x3(c5_v3),
    .s(col5_t0_0s),
    .c(col5_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col5_sum (
    .x(col5_t0_0s),
    .y(col5_t0_0c),
    .s(col5_sum)
  );
  adder_tree_k16_opt2_pe pe0_6 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_6),
    .p0_out(p0_6_p0),
    .p1_out(p0_6_p1),
    .p2_out(p0_6_p2),
    .p3_out(p0_6_p3)
  );
  adder_tree_k16_opt2_pe pe1_6 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_6),
    .p0_out(p1_6_p0),
    .p1_out(p1_6_p1),
    .p2_out(p1_6_p2),
    .p3_out(p1_6_p3)
  );
  adder_tree_k16_opt2_pe pe2_6 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_6),
    .p0_out(p2_6_p0),
    .p1_out(p2_6_p1),
    .p2_out(p2_6_p2),
    .p3_out(p2_6_p3)
  );
  adder_tree_k16_opt2_pe pe3_6 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_6),
    .p0_out(p3_6_p0),
    .p1_out(p3_6_p1),
    .p2_out(p3_6_p2),
    .p3_out(p3_6_p3)
  );
  adder_tree_k16_opt2_pe pe4_6 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_6),
    .p0_out(p4_6_p0),
    .p1_out(p4_6_p1),
    .p2_out(p4_6_p2),
    .p3_out(p4_6_p3)
  );
  adder_tree_k16_opt2_pe pe5_6 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_6),
    .p0_out(p5_6_p0),
    .p1_out(p5_6_p1),
    .p2_out(p5_6_p2),
    .p3_out(p5_6_p3)
  );
  adder_tree_k16_opt2_pe pe6_6 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_6),
    .p0_out(p6_6_p0),
    .p1_out(p6_6_p1),
    .p2_out(p6_6_p2),
    .p3_out(p6_6_p3)
  );
  adder_tree_k16_opt2_pe pe7_6 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_6),
    .p0_out(p7_6_p0),
    .p1_out(p7_6_p1),
    .p2_out(p7_6_p2),
    .p3_out(p7_6_p3)
  );
  adder_tree_k16_opt2_pe pe8_6 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_6),
    .p0_out(p8_6_p0),
    .p1_out(p8_6_p1),
    .p2_out(p8_6_p2),
    .p3_out(p8_6_p3)
  );
  adder_tree_k16_opt2_pe pe9_6 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_6),
    .p0_out(p9_6_p0),
    .p1_out(p9_6_p1),
    .p2_out(p9_6_p2),
    .p3_out(p9_6_p3)
  );
  adder_tree_k16_opt2_pe pe10_6 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_6),
    .p0_out(p10_6_p0),
    .p1_out(p10_6_p1),
    .p2_out(p10_6_p2),
    .p3_out(p10_6_p3)
  );
  adder_tree_k16_opt2_pe pe11_6 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_6),
    .p0_out(p11_6_p0),
    .p1_out(p11_6_p1),
    .p2_out(p11_6_p2),
    .p3_out(p11_6_p3)
  );
  adder_tree_k16_opt2_pe pe12_6 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_6),
    .p0_out(p12_6_p0),
    .p1_out(p12_6_p1),
    .p2_out(p12_6_p2),
    .p3_out(p12_6_p3)
  );
  adder_tree_k16_opt2_pe pe13_6 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_6),
    .p0_out(p13_6_p0),
    .p1_out(p13_6_p1),
    .p2_out(p13_6_p2),
    .p3_out(p13_6_p3)
  );
  adder_tree_k16_opt2_pe pe14_6 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_6),
    .p0_out(p14_6_p0),
    .p1_out(p14_6_p1),
    .p2_out(p14_6_p2),
    .p3_out(p14_6_p3)
  );
  adder_tree_k16_opt2_pe pe15_6 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_6),
    .p0_out(p15_6_p0),
    .p1_out(p15_6_p1),
    .p2_out(p15_6_p2),
    .p3_out(p15_6_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j0_l0_g0_u_t0_0 (
    .x0(c6_j0_l0_g0_x0),
    .x1(c6_j0_l0_g0_x1),
    .x2(c6_j0_l0_g0_x2),
    .x3(c6_j0_l0_g0_x3),
    .s(c6_j0_l0_g0_t0_0s),
    .c(c6_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j0_l0_g0_u_t1_0 (
    .x(c6_j0_l0_g0_t0_0s),
    .y(c6_j0_l0_g0_t0_0c),
    .z(c6_j0_l0_g0_x4),
    .s(c6_j0_l0_g0_t1_0s),
    .c(c6_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j0_l0_g0_sum (
    .x(c6_j0_l0_g0_t1_0s),
    .y(c6_j0_l0_g0_t1_0c),
    .s(c6_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j0_l0_g1_u_t0_0 (
    .x0(c6_j0_l0_g1_x0),
    .x1(c6_j0_l0_g1_x1),
    .x2(c6_j0_l0_g1_x2),
    .x3(c6_j0_l0_g1_x3),
    .s(c6_j0_l0_g1_t0_0s),
    .c(c6_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j0_l0_g1_u_t1_0 (
    .x(c6_j0_l0_g1_t0_0s),
    .y(c6_j0_l0_g1_t0_0c),
    .z(c6_j0_l0_g1_x4),
    .s(c6_j0_l0_g1_t1_0s),
    .c(c6_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j0_l0_g1_sum (
    .x(c6_j0_l0_g1_t1_0s),
    .y(c6_j0_l0_g1_t1_0c),
    .s(c6_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j0_l0_g2_u_t0_0 (
    .x0(c6_j0_l0_g2_x0),
    .x1(c6_j0_l0_g2_x1),
    .x2(c6_j0_l0_g2_x2),
    .x3(c6_j0_l0_g2_x3),
    .s(c6_j0_l0_g2_t0_0s),
    .c(c6_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j0_l0_g2_u_t1_0 (
    .x(c6_j0_l0_g2_t0_0s),
    .y(c6_j0_l0_g2_t0_0c),
    .z(c6_j0_l0_g2_x4),
    .s(c6_j0_l0_g2_t1_0s),
    .c(c6_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j0_l0_g2_sum (
    .x(c6_j0_l0_g2_t1_0s),
    .y(c6_j0_l0_g2_t1_0c),
    .s(c6_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j0_l0_g3_u_t0_0 (
    .x0(c6_j0_l0_g3_x0),
    .x1(c6_j0_l0_g3_x1),
    .x2(c6_j0_l0_g3_x2),
    .x3(c6_j0_l0_g3_x3),
    .s(c6_j0_l0_g3_t0_0s),
    .c(c6_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j0_l0_g3_u_t1_0 (
    .x(c6_j0_l0_g3_t0_0s),
    .y(c6_j0_l0_g3_t0_0c),
    .z(c6_j0_l0_g3_x4),
    .s(c6_j0_l0_g3_t1_0s),
    .c(c6_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j0_l0_g3_sum (
    .x(c6_j0_l0_g3_t1_0s),
    .y(c6_j0_l0_g3_t1_0c),
    .s(c6_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c6_j0_l1_g0_u_t0_0 (
    .x0(c6_j0_l1_g0_x0),
    .x1(c6_j0_l1_g0_x1),
    .x2(c6_j0_l1_g0_x2),
    .x3(c6_j0_l1_g0_x3),
    .s(c6_j0_l1_g0_t0_0s),
    .c(c6_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c6_j0_l1_g0_sum (
    .x(c6_j0_l1_g0_t0_0s),
    .y(c6_j0_l1_g0_t0_0c),
    .s(c6_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j1_l0_g0_u_t0_0 (
    .x0(c6_j1_l0_g0_x0),
    .x1(c6_j1_l0_g0_x1),
    .x2(c6_j1_l0_g0_x2),
    .x3(c6_j1_l0_g0_x3),
    .s(c6_j1_l0_g0_t0_0s),
    .c(c6_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j1_l0_g0_u_t1_0 (
    .x(c6_j1_l0_g0_t0_0s),
    .y(c6_j1_l0_g0_t0_0c),
    .z(c6_j1_l0_g0_x4),
    .s(c6_j1_l0_g0_t1_0s),
    .c(c6_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j1_l0_g0_sum (
    .x(c6_j1_l0_g0_t1_0s),
    .y(c6_j1_l0_g0_t1_0c),
    .s(c6_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j1_l0_g1_u_t0_0 (
    .x0(c6_j1_l0_g1_x0),
    .x1(c6_j1_l0_g1_x1),
    .x2(c6_j1_l0_g1_x2),
    .x3(c6_j1_l0_g1_x3),
    .s(c6_j1_l0_g1_t0_0s),
    .c(c6_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j1_l0_g1_u_t1_0 (
    .x(c6_j1_l0_g1_t0_0s),
    .y(c6_j1_l0_g1_t0_0c),
    .z(c6_j1_l0_g1_x4),
    .s(c6_j1_l0_g1_t1_0s),
    .c(c6_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j1_l0_g1_sum (
    .x(c6_j1_l0_g1_t1_0s),
    .y(c6_j1_l0_g1_t1_0c),
    .s(c6_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j1_l0_g2_u_t0_0 (
    .x0(c6_j1_l0_g2_x0),
    .x1(c6_j1_l0_g2_x1),
    .x2(c6_j1_l0_g2_x2),
    .x3(c6_j1_l0_g2_x3),
    .s(c6_j1_l0_g2_t0_0s),
    .c(c6_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j1_l0_g2_u_t1_0 (
    .x(c6_j1_l0_g2_t0_0s),
    .y(c6_j1_l0_g2_t0_0c),
    .z(c6_j1_l0_g2_x4),
    .s(c6_j1_l0_g2_t1_0s),
    .c(c6_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j1_l0_g2_sum (
    .x(c6_j1_l0_g2_t1_0s),
    .y(c6_j1_l0_g2_t1_0c),
    .s(c6_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j1_l0_g3_u_t0_0 (
    .x0(c6_j1_l0_g3_x0),
    .x1(c6_j1_l0_g3_x1),
    .x2(c6_j1_l0_g3_x2),
    .x3(c6_j1_l0_g3_x3),
    .s(c6_j1_l0_g3_t0_0s),
    .c(c6_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j1_l0_g3_u_t1_0 (
    .x(c6_j1_l0_g3_t0_0s),
    .y(c6_j1_l0_g3_t0_0c),
    .z(c6_j1_l0_g3_x4),
    .s(c6_j1_l0_g3_t1_0s),
    .c(c6_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j1_l0_g3_sum (
    .x(c6_j1_l0_g3_t1_0s),
    .y(c6_j1_l0_g3_t1_0c),
    .s(c6_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c6_j1_l1_g0_u_t0_0 (
    .x0(c6_j1_l1_g0_x0),
    .x1(c6_j1_l1_g0_x1),
    .x2(c6_j1_l1_g0_x2),
    .x3(c6_j1_l1_g0_x3),
    .s(c6_j1_l1_g0_t0_0s),
    .c(c6_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c6_j1_l1_g0_sum (
    .x(c6_j1_l1_g0_t0_0s),
    .y(c6_j1_l1_g0_t0_0c),
    .s(c6_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j2_l0_g0_u_t0_0 (
    .x0(c6_j2_l0_g0_x0),
    .x1(c6_j2_l0_g0_x1),
    .x2(c6_j2_l0_g0_x2),
    .x3(c6_j2_l0_g0_x3),
    .s(c6_j2_l0_g0_t0_0s),
    .c(c6_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j2_l0_g0_u_t1_0 (
    .x(c6_j2_l0_g0_t0_0s),
    .y(c6_j2_l0_g0_t0_0c),
    .z(c6_j2_l0_g0_x4),
    .s(c6_j2_l0_g0_t1_0s),
    .c(c6_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j2_l0_g0_sum (
    .x(c6_j2_l0_g0_t1_0s),
    .y(c6_j2_l0_g0_t1_0c),
    .s(c6_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j2_l0_g1_u_t0_0 (
    .x0(c6_j2_l0_g1_x0),
    .x1(c6_j2_l0_g1_x1),
    .x2(c6_j2_l0_g1_x2),
    .x3(c6_j2_l0_g1_x3),
    .s(c6_j2_l0_g1_t0_0s),
    .c(c6_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j2_l0_g1_u_t1_0 (
    .x(c6_j2_l0_g1_t0_0s),
    .y(c6_j2_l0_g1_t0_0c),
    .z(c6_j2_l0_g1_x4),
    .s(c6_j2_l0_g1_t1_0s),
    .c(c6_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j2_l0_g1_sum (
    .x(c6_j2_l0_g1_t1_0s),
    .y(c6_j2_l0_g1_t1_0c),
    .s(c6_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j2_l0_g2_u_t0_0 (
    .x0(c6_j2_l0_g2_x0),
    .x1(c6_j2_l0_g2_x1),
    .x2(c6_j2_l0_g2_x2),
    .x3(c6_j2_l0_g2_x3),
    .s(c6_j2_l0_g2_t0_0s),
    .c(c6_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j2_l0_g2_u_t1_0 (
    .x(c6_j2_l0_g2_t0_0s),
    .y(c6_j2_l0_g2_t0_0c),
    .z(c6_j2_l0_g2_x4),
    .s(c6_j2_l0_g2_t1_0s),
    .c(c6_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j2_l0_g2_sum (
    .x(c6_j2_l0_g2_t1_0s),
    .y(c6_j2_l0_g2_t1_0c),
    .s(c6_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j2_l0_g3_u_t0_0 (
    .x0(c6_j2_l0_g3_x0),
    .x1(c6_j2_l0_g3_x1),
    .x2(c6_j2_l0_g3_x2),
    .x3(c6_j2_l0_g3_x3),
    .s(c6_j2_l0_g3_t0_0s),
    .c(c6_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j2_l0_g3_u_t1_0 (
    .x(c6_j2_l0_g3_t0_0s),
    .y(c6_j2_l0_g3_t0_0c),
    .z(c6_j2_l0_g3_x4),
    .s(c6_j2_l0_g3_t1_0s),
    .c(c6_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j2_l0_g3_sum (
    .x(c6_j2_l0_g3_t1_0s),
    .y(c6_j2_l0_g3_t1_0c),
    .s(c6_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c6_j2_l1_g0_u_t0_0 (
    .x0(c6_j2_l1_g0_x0),
    .x1(c6_j2_l1_g0_x1),
    .x2(c6_j2_l1_g0_x2),
    .x3(c6_j2_l1_g0_x3),
    .s(c6_j2_l1_g0_t0_0s),
    .c(c6_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c6_j2_l1_g0_sum (
    .x(c6_j2_l1_g0_t0_0s),
    .y(c6_j2_l1_g0_t0_0c),
    .s(c6_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j3_l0_g0_u_t0_0 (
    .x0(c6_j3_l0_g0_x0),
    .x1(c6_j3_l0_g0_x1),
    .x2(c6_j3_l0_g0_x2),
    .x3(c6_j3_l0_g0_x3),
    .s(c6_j3_l0_g0_t0_0s),
    .c(c6_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j3_l0_g0_u_t1_0 (
    .x(c6_j3_l0_g0_t0_0s),
    .y(c6_j3_l0_g0_t0_0c),
    .z(c6_j3_l0_g0_x4),
    .s(c6_j3_l0_g0_t1_0s),
    .c(c6_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j3_l0_g0_sum (
    .x(c6_j3_l0_g0_t1_0s),
    .y(c6_j3_l0_g0_t1_0c),
    .s(c6_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j3_l0_g1_u_t0_0 (
    .x0(c6_j3_l0_g1_x0),
    .x1(c6_j3_l0_g1_x1),
    .x2(c6_j3_l0_g1_x2),
    .x3(c6_j3_l0_g1_x3),
    .s(c6_j3_l0_g1_t0_0s),
    .c(c6_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j3_l0_g1_u_t1_0 (
    .x(c6_j3_l0_g1_t0_0s),
    .y(c6_j3_l0_g1_t0_0c),
    .z(c6_j3_l0_g1_x4),
    .s(c6_j3_l0_g1_t1_0s),
    .c(c6_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j3_l0_g1_sum (
    .x(c6_j3_l0_g1_t1_0s),
    .y(c6_j3_l0_g1_t1_0c),
    .s(c6_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j3_l0_g2_u_t0_0 (
    .x0(c6_j3_l0_g2_x0),
    .x1(c6_j3_l0_g2_x1),
    .x2(c6_j3_l0_g2_x2),
    .x3(c6_j3_l0_g2_x3),
    .s(c6_j3_l0_g2_t0_0s),
    .c(c6_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j3_l0_g2_u_t1_0 (
    .x(c6_j3_l0_g2_t0_0s),
    .y(c6_j3_l0_g2_t0_0c),
    .z(c6_j3_l0_g2_x4),
    .s(c6_j3_l0_g2_t1_0s),
    .c(c6_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j3_l0_g2_sum (
    .x(c6_j3_l0_g2_t1_0s),
    .y(c6_j3_l0_g2_t1_0c),
    .s(c6_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c6_j3_l0_g3_u_t0_0 (
    .x0(c6_j3_l0_g3_x0),
    .x1(c6_j3_l0_g3_x1),
    .x2(c6_j3_l0_g3_x2),
    .x3(c6_j3_l0_g3_x3),
    .s(c6_j3_l0_g3_t0_0s),
    .c(c6_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c6_j3_l0_g3_u_t1_0 (
    .x(c6_j3_l0_g3_t0_0s),
    .y(c6_j3_l0_g3_t0_0c),
    .z(c6_j3_l0_g3_x4),
    .s(c6_j3_l0_g3_t1_0s),
    .c(c6_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c6_j3_l0_g3_sum (
    .x(c6_j3_l0_g3_t1_0s),
    .y(c6_j3_l0_g3_t1_0c),
    .s(c6_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c6_j3_l1_g0_u_t0_0 (
    .x0(c6_j3_l1_g0_x0),
    .x1(c6_j3_l1_g0_x1),
    .x2(c6_j3_l1_g0_x2),
    .x3(c6_j3_l1_g0_x3),
    .s(c6_j3_l1_g0_t0_0s),
    .c(c6_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c6_j3_l1_g0_sum (
    .x(c6_j3_l1_g0_t0_0s),
    .y(c6_j3_l1_g0_t0_0c),
    .s(c6_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col6_u_t0_0 (
    .x0(c6_v0),
    .x1(c6_v1),
    .x2(c6_v2),
    .x3(c6_v3),
    .s(col6_t0_0s),
    .c(col6_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col6_sum (
    .x(col6_t0_0s),
    .y(col6_t0_0c),
    .s(col6_sum)
  );
  adder_tree_k16_opt2_pe pe0_7 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_7),
    .p0_out(p0_7_p0),
    .p1_out(p0_7_p1),
    .p2_out(p0_7_p2),
    .p3_out(p0_7_p3)
  );
  adder_tree_k16_opt2_pe pe1_7 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_7),
    .p0_out(p1_7_p0),
    .p1_out(p1_7_p1),
    .p2_out(p1_7_p2),
    .p3_out(p1_7_p3)
  );
  adder_tree_k16_opt2_pe pe2_7 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_7),
    .p0_out(p2_7_p0),
    .p1_out(p2_7_p1),
    .p2_out(p2_7_p2),
    .p3_out(p2_7_p3)
  );
  adder_tree_k16_opt2_pe pe3_7 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_7),
    .p0_out(p3_7_p0),
    .p1_out(p3_7_p1),
    .p2_out(p3_7_p2),
    .p3_out(p3_7_p3)
  );
  adder_tree_k16_opt2_pe pe4_7 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_7),
    .p0_out(p4_7_p0),
    .p1_out(p4_7_p1),
    .p2_out(p4_7_p2),
    .p3_out(p4_7_p3)
  );
  adder_tree_k16_opt2_pe pe5_7 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_7),
    .p0_out(p5_7_p0),
    .p1_out(p5_7_p1),
    .p2_out(p5_7_p2),
    .p3_out(p5_7_p3)
  );
  adder_tree_k16_opt2_pe pe6_7 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_7),
    .p0_out(p6_7_p0),
    .p1_out(p6_7_p1),
    .p2_out(p6_7_p2),
    .p3_out(p6_7_p3)
  );
  adder_tree_k16_opt2_pe pe7_7 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_7),
    .p0_out(p7_7_p0),
    .p1_out(p7_7_p1),
    .p2_out(p7_7_p2),
    .p3_out(p7_7_p3)
  );
  adder_tree_k16_opt2_pe pe8_7 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_7),
    .p0_out(p8_7_p0),
    .p1_out(p8_7_p1),
    .p2_out(p8_7_p2),
    .p3_out(p8_7_p3)
  );
  adder_tree_k16_opt2_pe pe9_7 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_7),
    .p0_out(p9_7_p0),
    .p1_out(p9_7_p1),
    .p2_out(p9_7_p2),
    .p3_out(p9_7_p3)
  );
  adder_tree_k16_opt2_pe pe10_7 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_7),
    .p0_out(p10_7_p0),
    .p1_out(p10_7_p1),
    .p2_out(p10_7_p2),
    .p3_out(p10_7_p3)
  );
  adder_tree_k16_opt2_pe pe11_7 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_7),
    .p0_out(p11_7_p0),
    .p1_out(p11_7_p1),
    .p2_out(p11_7_p2),
    .p3_out(p11_7_p3)
  );
  adder_tree_k16_opt2_pe pe12_7 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_7),
    .p0_out(p12_7_p0),
    .p1_out(p12_7_p1),
    .p2_out(p12_7_p2),
    .p3_out(p12_7_p3)
  );
  adder_tree_k16_opt2_pe pe13_7 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_7),
    .p0_out(p13_7_p0),
    .p1_out(p13_7_p1),
    .p2_out(p13_7_p2),
    .p3_out(p13_7_p3)
  );
  adder_tree_k16_opt2_pe pe14_7 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_7),
    .p0_out(p14_7_p0),
    .p1_out(p14_7_p1),
    .p2_out(p14_7_p2),
    .p3_out(p14_7_p3)
  );
  adder_tree_k16_opt2_pe pe15_7 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_7),
    .p0_out(p15_7_p0),
    .p1_out(p15_7_p1),
    .p2_out(p15_7_p2),
    .p3_out(p15_7_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j0_l0_g0_u_t0_0 (
    .x0(c7_j0_l0_g0_x0),
    .x1(c7_j0_l0_g0_x1),
    .x2(c7_j0_l0_g0_x2),
    .x3(c7_j0_l0_g0_x3),
    .s(c7_j0_l0_g0_t0_0s),
    .c(c7_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j0_l0_g0_u_t1_0 (
    .x(c7_j0_l0_g0_t0_0s),
    .y(c7_j0_l0_g0_t0_0c),
    .z(c7_j0_l0_g0_x4),
    .s(c7_j0_l0_g0_t1_0s),
    .c(c7_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j0_l0_g0_sum (
    .x(c7_j0_l0_g0_t1_0s),
    .y(c7_j0_l0_g0_t1_0c),
    .s(c7_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j0_l0_g1_u_t0_0 (
    .x0(c7_j0_l0_g1_x0),
    .x1(c7_j0_l0_g1_x1),
    .x2(c7_j0_l0_g1_x2),
    .x3(c7_j0_l0_g1_x3),
    .s(c7_j0_l0_g1_t0_0s),
    .c(c7_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j0_l0_g1_u_t1_0 (
    .x(c7_j0_l0_g1_t0_0s),
    .y(c7_j0_l0_g1_t0_0c),
    .z(c7_j0_l0_g1_x4),
    .s(c7_j0_l0_g1_t1_0s),
    .c(c7_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j0_l0_g1_sum (
    .x(c7_j0_l0_g1_t1_0s),
    .y(c7_j0_l0_g1_t1_0c),
    .s(c7_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j0_l0_g2_u_t0_0 (
    .x0(c7_j0_l0_g2_x0),
    .x1(c7_j0_l0_g2_x1),
    .x2(c7_j0_l0_g2_x2),
    .x3(c7_j0_l0_g2_x3),
    .s(c7_j0_l0_g2_t0_0s),
    .c(c7_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j0_l0_g2_u_t1_0 (
    .x(c7_j0_l0_g2_t0_0s),
    .y(c7_j0_l0_g2_t0_0c),
    .z(c7_j0_l0_g2_x4),
    .s(c7_j0_l0_g2_t1_0s),
    .c(c7_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j0_l0_g2_sum (
    .x(c7_j0_l0_g2_t1_0s),
    .y(c7_j0_l0_g2_t1_0c),
    .s(c7_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j0_l0_g3_u_t0_0 (
    .x0(c7_j0_l0_g3_x0),
    .x1(c7_j0_l0_g3_x1),
    .x2(c7_j0_l0_g3_x2),
    .x3(c7_j0_l0_g3_x3),
    .s(c7_j0_l0_g3_t0_0s),
    .c(c7_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j0_l0_g3_u_t1_0 (
    .x(c7_j0_l0_g3_t0_0s),
    .y(c7_j0_l0_g3_t0_0c),
    .z(c7_j0_l0_g3_x4),
    .s(c7_j0_l0_g3_t1_0s),
    .c(c7_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j0_l0_g3_sum (
    .x(c7_j0_l0_g3_t1_0s),
    .y(c7_j0_l0_g3_t1_0c),
    .s(c7_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c7_j0_l1_g0_u_t0_0 (
    .x0(c7_j0_l1_g0_x0),
    .x1(c7_j0_l1_g0_x1),
    .x2(c7_j0_l1_g0_x2),
    .x3(c7_j0_l1_g0_x3),
    .s(c7_j0_l1_g0_t0_0s),
    .c(c7_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c7_j0_l1_g0_sum (
    .x(c7_j0_l1_g0_t0_0s),
    .y(c7_j0_l1_g0_t0_0c),
    .s(c7_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j1_l0_g0_u_t0_0 (
    .x0(c7_j1_l0_g0_x0),
    .x1(c7_j1_l0_g0_x1),
    .x2(c7_j1_l0_g0_x2),
    .x3(c7_j1_l0_g0_x3),
    .s(c7_j1_l0_g0_t0_0s),
    .c(c7_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j1_l0_g0_u_t1_0 (
    .x(c7_j1_l0_g0_t0_0s),
    .y(c7_j1_l0_g0_t0_0c),
    .z(c7_j1_l0_g0_x4),
    .s(c7_j1_l0_g0_t1_0s),
    .c(c7_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j1_l0_g0_sum (
    .x(c7_j1_l0_g0_t1_0s),
    .y(c7_j1_l0_g0_t1_0c),
    .s(c7_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j1_l0_g1_u_t0_0 (
    .x0(c7_j1_l0_g1_x0),
    .x1(c7_j1_l0_g1_x1),
    .x2(c7_j1_l0_g1_x2),
    .x3(c7_j1_l0_g1_x3),
    .s(c7_j1_l0_g1_t0_0s),
    .c(c7_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j1_l0_g1_u_t1_0 (
    .x(c7_j1_l0_g1_t0_0s),
    .y(c7_j1_l0_g1_t0_0c),
    .z(c7_j1_l0_g1_x4),
    .s(c7_j1_l0_g1_t1_0s),
    .c(c7_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j1_l0_g1_sum (
    .x(c7_j1_l0_g1_t1_0s),
    .y(c7_j1_l0_g1_t1_0c),
    .s(c7_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j1_l0_g2_u_t0_0 (
    .x0(c7_j1_l0_g2_x0),
    .x1(c7_j1_l0_g2_x1),
    .x2(c7_j1_l0_g2_x2),
    .x3(c7_j1_l0_g2_x3),
    .s(c7_j1_l0_g2_t0_0s),
    .c(c7_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j1_l0_g2_u_t1_0 (
    .x(c7_j1_l0_g2_t0_0s),
    .y(c7_j1_l0_g2_t0_0c),
    .z(c7_j1_l0_g2_x4),
    .s(c7_j1_l0_g2_t1_0s),
    .c(c7_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j1_l0_g2_sum (
    .x(c7_j1_l0_g2_t1_0s),
    .y(c7_j1_l0_g2_t1_0c),
    .s(c7_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j1_l0_g3_u_t0_0 (
    .x0(c7_j1_l0_g3_x0),
    .x1(c7_j1_l0_g3_x1),
    .x2(c7_j1_l0_g3_x2),
    .x3(c7_j1_l0_g3_x3),
    .s(c7_j1_l0_g3_t0_0s),
    .c(c7_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j1_l0_g3_u_t1_0 (
    .x(c7_j1_l0_g3_t0_0s),
    .y(c7_j1_l0_g3_t0_0c),
    .z(c7_j1_l0_g3_x4),
    .s(c7_j1_l0_g3_t1_0s),
    .c(c7_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j1_l0_g3_sum (
    .x(c7_j1_l0_g3_t1_0s),
    .y(c7_j1_l0_g3_t1_0c),
    .s(c7_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c7_j1_l1_g0_u_t0_0 (
    .x0(c7_j1_l1_g0_x0),
    .x1(c7_j1_l1_g0_x1),
    .x2(c7_j1_l1_g0_x2),
    .x3(c7_j1_l1_g0_x3),
    .s(c7_j1_l1_g0_t0_0s),
    .c(c7_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c7_j1_l1_g0_sum (
    .x(c7_j1_l1_g0_t0_0s),
    .y(c7_j1_l1_g0_t0_0c),
    .s(c7_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j2_l0_g0_u_t0_0 (
    .x0(c7_j2_l0_g0_x0),
    .x1(c7_j2_l0_g0_x1),
    .x2(c7_j2_l0_g0_x2),
    .x3(c7_j2_l0_g0_x3),
    .s(c7_j2_l0_g0_t0_0s),
    .c(c7_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j2_l0_g0_u_t1_0 (
    .x(c7_j2_l0_g0_t0_0s),
    .y(c7_j2_l0_g0_t0_0c),
    .z(c7_j2_l0_g0_x4),
    .s(c7_j2_l0_g0_t1_0s),
    .c(c7_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j2_l0_g0_sum (
    .x(c7_j2_l0_g0_t1_0s),
    .y(c7_j2_l0_g0_t1_0c),
    .s(c7_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j2_l0_g1_u_t0_0 (
    .x0(c7_j2_l0_g1_x0),
    .x1(c7_j2_l0_g1_x1),
    .x2(c7_j2_l0_g1_x2),
    .x3(c7_j2_l0_g1_x3),
    .s(c7_j2_l0_g1_t0_0s),
    .c(c7_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j2_l0_g1_u_t1_0 (
    .x(c7_j2_l0_g1_t0_0s),
    .y(c7_j2_l0_g1_t0_0c),
    .z(c7_j2_l0_g1_x4),
    .s(c7_j2_l0_g1_t1_0s),
    .c(c7_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j2_l0_g1_sum (
    .x(c7_j2_l0_g1_t1_0s),
    .y(c7_j2_l0_g1_t1_0c),
    .s(c7_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j2_l0_g2_u_t0_0 (
    .x0(c7_j2_l0_g2_x0),
    .x1(c7_j2_l0_g2_x1),
    .x2(c7_j2_l0_g2_x2),
    .x3(c7_j2_l0_g2_x3),
    .s(c7_j2_l0_g2_t0_0s),
    .c(c7_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j2_l0_g2_u_t1_0 (
    .x(c7_j2_l0_g2_t0_0s),
    .y(c7_j2_l0_g2_t0_0c),
    .z(c7_j2_l0_g2_x4),
    .s(c7_j2_l0_g2_t1_0s),
    .c(c7_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j2_l0_g2_sum (
    .x(c7_j2_l0_g2_t1_0s),
    .y(c7_j2_l0_g2_t1_0c),
    .s(c7_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j2_l0_g3_u_t0_0 (
    .x0(c7_j2_l0_g3_x0),
    .x1(c7_j2_l0_g3_x1),
    .x2(c7_j2_l0_g3_x2),
    .x3(c7_j2_l0_g3_x3),
    .s(c7_j2_l0_g3_t0_0s),
    .c(c7_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j2_l0_g3_u_t1_0 (
    .x(c7_j2_l0_g3_t0_0s),
    .y(c7_j2_l0_g3_t0_0c),
    .z(c7_j2_l0_g3_x4),
    .s(c7_j2_l0_g3_t1_0s),
    .c(c7_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j2_l0_g3_sum (
    .x(c7_j2_l0_g3_t1_0s),
    .y(c7_j2_l0_g3_t1_0c),
    .s(c7_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c7_j2_l1_g0_u_t0_0 (
    .x0(c7_j2_l1_g0_x0),
    .x1(c7_j2_l1_g0_x1),
    .x2(c7_j2_l1_g0_x2),
    .x3(c7_j2_l1_g0_x3),
    .s(c7_j2_l1_g0_t0_0s),
    .c(c7_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c7_j2_l1_g0_sum (
    .x(c7_j2_l1_g0_t0_0s),
    .y(c7_j2_l1_g0_t0_0c),
    .s(c7_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j3_l0_g0_u_t0_0 (
    .x0(c7_j3_l0_g0_x0),
    .x1(c7_j3_l0_g0_x1),
    .x2(c7_j3_l0_g0_x2),
    .x3(c7_j3_l0_g0_x3),
    .s(c7_j3_l0_g0_t0_0s),
    .c(c7_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j3_l0_g0_u_t1_0 (
    .x(c7_j3_l0_g0_t0_0s),
    .y(c7_j3_l0_g0_t0_0c),
    .z(c7_j3_l0_g0_x4),
    .s(c7_j3_l0_g0_t1_0s),
    .c(c7_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j3_l0_g0_sum (
    .x(c7_j3_l0_g0_t1_0s),
    .y(c7_j3_l0_g0_t1_0c),
    .s(c7_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j3_l0_g1_u_t0_0 (
    .x0(c7_j3_l0_g1_x0),
    .x1(c7_j3_l0_g1_x1),
    .x2(c7_j3_l0_g1_x2),
    .x3(c7_j3_l0_g1_x3),
    .s(c7_j3_l0_g1_t0_0s),
    .c(c7_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j3_l0_g1_u_t1_0 (
    .x(c7_j3_l0_g1_t0_0s),
    .y(c7_j3_l0_g1_t0_0c),
    .z(c7_j3_l0_g1_x4),
    .s(c7_j3_l0_g1_t1_0s),
    .c(c7_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j3_l0_g1_sum (
    .x(c7_j3_l0_g1_t1_0s),
    .y(c7_j3_l0_g1_t1_0c),
    .s(c7_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j3_l0_g2_u_t0_0 (
    .x0(c7_j3_l0_g2_x0),
    .x1(c7_j3_l0_g2_x1),
    .x2(c7_j3_l0_g2_x2),
    .x3(c7_j3_l0_g2_x3),
    .s(c7_j3_l0_g2_t0_0s),
    .c(c7_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j3_l0_g2_u_t1_0 (
    .x(c7_j3_l0_g2_t0_0s),
    .y(c7_j3_l0_g2_t0_0c),
    .z(c7_j3_l0_g2_x4),
    .s(c7_j3_l0_g2_t1_0s),
    .c(c7_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j3_l0_g2_sum (
    .x(c7_j3_l0_g2_t1_0s),
    .y(c7_j3_l0_g2_t1_0c),
    .s(c7_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c7_j3_l0_g3_u_t0_0 (
    .x0(c7_j3_l0_g3_x0),
    .x1(c7_j3_l0_g3_x1),
    .x2(c7_j3_l0_g3_x2),
    .x3(c7_j3_l0_g3_x3),
    .s(c7_j3_l0_g3_t0_0s),
    .c(c7_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c7_j3_l0_g3_u_t1_0 (
    .x(c7_j3_l0_g3_t0_0s),
    .y(c7_j3_l0_g3_t0_0c),
    .z(c7_j3_l0_g3_x4),
    .s(c7_j3_l0_g3_t1_0s),
    .c(c7_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c7_j3_l0_g3_sum (
    .x(c7_j3_l0_g3_t1_0s),
    .y(c7_j3_l0_g3_t1_0c),
    .s(c7_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c7_j3_l1_g0_u_t0_0 (
    .x0(c7_j3_l1_g0_x0),
    .x1(c7_j3_l1_g0_x1),
    .x2(c7_j3_l1_g0_x2),
    .x3(c7_j3_l1_g0_x3),
    .s(c7_j3_l1_g0_t0_0s),
    .c(c7_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c7_j3_l1_g0_sum (
    .x(c7_j3_l1_g0_t0_0s),
    .y(c7_j3_l1_g0_t0_0c),
    .s(c7_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col7_u_t0_0 (
    .x0(c7_v0),
    .x1(c7_v1),
    .x2(c7_v2),
    .x3(c7_v3),
    .s(col7_t0_0s),
    .c(col7_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col7_sum (
    .x(col7_t0_0s),
    .y(col7_t0_0c),
    .s(col7_sum)
  );
  adder_tree_k16_opt2_pe pe0_8 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_8),
    .p0_out(p0_8_p0),
    .p1_out(p0_8_p1),
    .p2_out(p0_8_p2),
    .p3_out(p0_8_p3)
  );
  adder_tree_k16_opt2_pe pe1_8 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_8),
    .p0_out(p1_8_p0),
    .p1_out(p1_8_p1),
    .p2_out(p1_8_p2),
    .p3_out(p1_8_p3)
  );
  adder_tree_k16_opt2_pe pe2_8 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_8),
    .p0_out(p2_8_p0),
    .p1_out(p2_8_p1),
    .p2_out(p2_8_p2),
    .p3_out(p2_8_p3)
  );
  adder_tree_k16_opt2_pe pe3_8 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_8),
    .p0_out(p3_8_p0),
    .p1_out(p3_8_p1),
    .p2_out(p3_8_p2),
    .p3_out(p3_8_p3)
  );
  adder_tree_k16_opt2_pe pe4_8 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_8),
    .p0_out(p4_8_p0),
    .p1_out(p4_8_p1),
    .p2_out(p4_8_p2),
    .p3_out(p4_8_p3)
  );
  adder_tree_k16_opt2_pe pe5_8 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_8),
    .p0_out(p5_8_p0),
    .p1_out(p5_8_p1),
    .p2_out(p5_8_p2),
    .p3_out(p5_8_p3)
  );
  adder_tree_k16_opt2_pe pe6_8 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_8),
    .p0_out(p6_8_p0),
    .p1_out(p6_8_p1),
    .p2_out(p6_8_p2),
    .p3_out(p6_8_p3)
  );
  adder_tree_k16_opt2_pe pe7_8 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_8),
    .p0_out(p7_8_p0),
    .p1_out(p7_8_p1),
    .p2_out(p7_8_p2),
    .p3_out(p7_8_p3)
  );
  adder_tree_k16_opt2_pe pe8_8 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_8),
    .p0_out(p8_8_p0),
    .p1_out(p8_8_p1),
    .p2_out(p8_8_p2),
    .p3_out(p8_8_p3)
  );
  adder_tree_k16_opt2_pe pe9_8 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_8),
    .p0_out(p9_8_p0),
    .p1_out(p9_8_p1),
    .p2_out(p9_8_p2),
    .p3_out(p9_8_p3)
  );
  adder_tree_k16_opt2_pe pe10_8 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_8),
    .p0_out(p10_8_p0),
    .p1_out(p10_8_p1),
    .p2_out(p10_8_p2),
    .p3_out(p10_8_p3)
  );
  adder_tree_k16_opt2_pe pe11_8 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_8),
    .p0_out(p11_8_p0),
    .p1_out(p11_8_p1),
    .p2_out(p11_8_p2),
    .p3_out(p11_8_p3)
  );
  adder_tree_k16_opt2_pe pe12_8 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_8),
    .p0_out(p12_8_p0),
    .p1_out(p12_8_p1),
    .p2_out(p12_8_p2),
    .p3_out(p12_8_p3)
  );
  adder_tree_k16_opt2_pe pe13_8 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_8),
    .p0_out(p13_8_p0),
    .p1_out(p13_8_p1),
    .p2_out(p13_8_p2),
    .p3_out(p13_8_p3)
  );
  adder_tree_k16_opt2_pe pe14_8 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_8),
    .p0_out(p14_8_p0),
    .p1_out(p14_8_p1),
    .p2_out(p14_8_p2),
    .p3_out(p14_8_p3)
  );
  adder_tree_k16_opt2_pe pe15_8 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_8),
    .p0_out(p15_8_p0),
    .p1_out(p15_8_p1),
    .p2_out(p15_8_p2),
    .p3_out(p15_8_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j0_l0_g0_u_t0_0 (
    .x0(c8_j0_l0_g0_x0),
    .x1(c8_j0_l0_g0_x1),
    .x2(c8_j0_l0_g0_x2),
    .x3(c8_j0_l0_g0_x3),
    .s(c8_j0_l0_g0_t0_0s),
    .c(c8_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j0_l0_g0_u_t1_0 (
    .x(c8_j0_l0_g0_t0_0s),
    .y(c8_j0_l0_g0_t0_0c),
    .z(c8_j0_l0_g0_x4),
    .s(c8_j0_l0_g0_t1_0s),
    .c(c8_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j0_l0_g0_sum (
    .x(c8_j0_l0_g0_t1_0s),
    .y(c8_j0_l0_g0_t1_0c),
    .s(c8_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j0_l0_g1_u_t0_0 (
    .x0(c8_j0_l0_g1_x0),
    .x1(c8_j0_l0_g1_x1),
    .x2(c8_j0_l0_g1_x2),
    .x3(c8_j0_l0_g1_x3),
    .s(c8_j0_l0_g1_t0_0s),
    .c(c8_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j0_l0_g1_u_t1_0 (
    .x(c8_j0_l0_g1_t0_0s),
    .y(c8_j0_l0_g1_t0_0c),
    .z(c8_j0_l0_g1_x4),
    .s(c8_j0_l0_g1_t1_0s),
    .c(c8_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j0_l0_g1_sum (
    .x(c8_j0_l0_g1_t1_0s),
    .y(c8_j0_l0_g1_t1_0c),
    .s(c8_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j0_l0_g2_u_t0_0 (
    .x0(c8_j0_l0_g2_x0),
    .x1(c8_j0_l0_g2_x1),
    .x2(c8_j0_l0_g2_x2),
    .x3(c8_j0_l0_g2_x3),
    .s(c8_j0_l0_g2_t0_0s),
    .c(c8_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j0_l0_g2_u_t1_0 (
    .x(c8_j0_l0_g2_t0_0s),
    .y(c8_j0_l0_g2_t0_0c),
    .z(c8_j0_l0_g2_x4),
    .s(c8_j0_l0_g2_t1_0s),
    .c(c8_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j0_l0_g2_sum (
    .x(c8_j0_l0_g2_t1_0s),
    .y(c8_j0_l0_g2_t1_0c),
    .s(c8_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j0_l0_g3_u_t0_0 (
    .x0(c8_j0_l0_g3_x0),
    .x1(c8_j0_l0_g3_x1),
    .x2(c8_j0_l0_g3_x2),
    .x3(c8_j0_l0_g3_x3),
    .s(c8_j0_l0_g3_t0_0s),
    .c(c8_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j0_l0_g3_u_t1_0 (
    .x(c8_j0_l0_g3_t0_0s),
    .y(c8_j0_l0_g3_t0_0c),
    .z(c8_j0_l0_g3_x4),
    .s(c8_j0_l0_g3_t1_0s),
    .c(c8_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j0_l0_g3_sum (
    .x(c8_j0_l0_g3_t1_0s),
    .y(c8_j0_l0_g3_t1_0c),
    .s(c8_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c8_j0_l1_g0_u_t0_0 (
    .x0(c8_j0_l1_g0_x0),
    .x1(c8_j0_l1_g0_x1),
    .x2(c8_j0_l1_g0_x2),
    .x3(c8_j0_l1_g0_x3),
    .s(c8_j0_l1_g0_t0_0s),
    .c(c8_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c8_j0_l1_g0_sum (
    .x(c8_j0_l1_g0_t0_0s),
    .y(c8_j0_l1_g0_t0_0c),
    .s(c8_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j1_l0_g0_u_t0_0 (
    .x0(c8_j1_l0_g0_x0),
    .x1(c8_j1_l0_g0_x1),
    .x2(c8_j1_l0_g0_x2),
    .x3(c8_j1_l0_g0_x3),
    .s(c8_j1_l0_g0_t0_0s),
    .c(c8_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j1_l0_g0_u_t1_0 (
    .x(c8_j1_l0_g0_t0_0s),
    .y(c8_j1_l0_g0_t0_0c),
    .z(c8_j1_l0_g0_x4),
    .s(c8_j1_l0_g0_t1_0s),
    .c(c8_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j1_l0_g0_sum (
    .x(c8_j1_l0_g0_t1_0s),
    .y(c8_j1_l0_g0_t1_0c),
    .s(c8_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j1_l0_g1_u_t0_0 (
    .x0(c8_j1_l0_g1_x0),
    .x1(c8_j1_l0_g1_x1),
    .x2(c8_j1_l0_g1_x2),
    .x3(c8_j1_l0_g1_x3),
    .s(c8_j1_l0_g1_t0_0s),
    .c(c8_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j1_l0_g1_u_t1_0 (
    .x(c8_j1_l0_g1_t0_0s),
    .y(c8_j1_l0_g1_t0_0c),
    .z(c8_j1_l0_g1_x4),
    .s(c8_j1_l0_g1_t1_0s),
    .c(c8_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j1_l0_g1_sum (
    .x(c8_j1_l0_g1_t1_0s),
    .y(c8_j1_l0_g1_t1_0c),
    .s(c8_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j1_l0_g2_u_t0_0 (
    .x0(c8_j1_l0_g2_x0),
    .x1(c8_j1_l0_g2_x1),
    .x2(c8_j1_l0_g2_x2),
    .x3(c8_j1_l0_g2_x3),
    .s(c8_j1_l0_g2_t0_0s),
    .c(c8_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j1_l0_g2_u_t1_0 (
    .x(c8_j1_l0_g2_t0_0s),
    .y(c8_j1_l0_g2_t0_0c),
    .z(c8_j1_l0_g2_x4),
    .s(c8_j1_l0_g2_t1_0s),
    .c(c8_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j1_l0_g2_sum (
    .x(c8_j1_l0_g2_t1_0s),
    .y(c8_j1_l0_g2_t1_0c),
    .s(c8_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j1_l0_g3_u_t0_0 (
    .x0(c8_j1_l0_g3_x0),
    .x1(c8_j1_l0_g3_x1),
    .x2(c8_j1_l0_g3_x2),
    .x3(c8_j1_l0_g3_x3),
    .s(c8_j1_l0_g3_t0_0s),
    .c(c8_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j1_l0_g3_u_t1_0 (
    .x(c8_j1_l0_g3_t0_0s),
    .y(c8_j1_l0_g3_t0_0c),
    .z(c8_j1_l0_g3_x4),
    .s(c8_j1_l0_g3_t1_0s),
    .c(c8_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j1_l0_g3_sum (
    .x(c8_j1_l0_g3_t1_0s),
    .y(c8_j1_l0_g3_t1_0c),
    .s(c8_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c8_j1_l1_g0_u_t0_0 (
    .x0(c8_j1_l1_g0_x0),
    .x1(c8_j1_l1_g0_x1),
    .x2(c8_j1_l1_g0_x2),
    .x3(c8_j1_l1_g0_x3),
    .s(c8_j1_l1_g0_t0_0s),
    .c(c8_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c8_j1_l1_g0_sum (
    .x(c8_j1_l1_g0_t0_0s),
    .y(c8_j1_l1_g0_t0_0c),
    .s(c8_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j2_l0_g0_u_t0_0 (
    .x0(c8_j2_l0_g0_x0),
    .x1(c8_j2_l0_g0_x1),
    .x2(c8_j2_l0_g0_x2),
    .x3(c8_j2_l0_g0_x3),
    .s(c8_j2_l0_g0_t0_0s),
    .c(c8_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j2_l0_g0_u_t1_0 (
    .x(c8_j2_l0_g0_t0_0s),
    .y(c8_j2_l0_g0_t0_0c),
    .z(c8_j2_l0_g0_x4),
    .s(c8_j2_l0_g0_t1_0s),
    .c(c8_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j2_l0_g0_sum (
    .x(c8_j2_l0_g0_t1_0s),
    .y(c8_j2_l0_g0_t1_0c),
    .s(c8_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j2_l0_g1_u_t0_0 (
    .x0(c8_j2_l0_g1_x0),
    .x1(c8_j2_l0_g1_x1),
    .x2(c8_j2_l0_g1_x2),
    .x3(c8_j2_l0_g1_x3),
    .s(c8_j2_l0_g1_t0_0s),
    .c(c8_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j2_l0_g1_u_t1_0 (
    .x(c8_j2_l0_g1_t0_0s),
    .y(c8_j2_l0_g1_t0_0c),
    .z(c8_j2_l0_g1_x4),
    .s(c8_j2_l0_g1_t1_0s),
    .c(c8_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j2_l0_g1_sum (
    .x(c8_j2_l0_g1_t1_0s),
    .y(c8_j2_l0_g1_t1_0c),
    .s(c8_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j2_l0_g2_u_t0_0 (
    .x0(c8_j2_l0_g2_x0),
    .x1(c8_j2_l0_g2_x1),
    .x2(c8_j2_l0_g2_x2),
    .x3(c8_j2_l0_g2_x3),
    .s(c8_j2_l0_g2_t0_0s),
    .c(c8_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j2_l0_g2_u_t1_0 (
    .x(c8_j2_l0_g2_t0_0s),
    .y(c8_j2_l0_g2_t0_0c),
    .z(c8_j2_l0_g2_x4),
    .s(c8_j2_l0_g2_t1_0s),
    .c(c8_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j2_l0_g2_sum (
    .x(c8_j2_l0_g2_t1_0s),
    .y(c8_j2_l0_g2_t1_0c),
    .s(c8_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j2_l0_g3_u_t0_0 (
    .x0(c8_j2_l0_g3_x0),
    .x1(c8_j2_l0_g3_x1),
    .x2(c8_j2_l0_g3_x2),
    .x3(c8_j2_l0_g3_x3),
    .s(c8_j2_l0_g3_t0_0s),
    .c(c8_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j2_l0_g3_u_t1_0 (
    .x(c8_j2_l0_g3_t0_0s),
    .y(c8_j2_l0_g3_t0_0c),
    .z(c8_j2_l0_g3_x4),
    .s(c8_j2_l0_g3_t1_0s),
    .c(c8_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j2_l0_g3_sum (
    .x(c8_j2_l0_g3_t1_0s),
    .y(c8_j2_l0_g3_t1_0c),
    .s(c8_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c8_j2_l1_g0_u_t0_0 (
    .x0(c8_j2_l1_g0_x0),
    .x1(c8_j2_l1_g0_x1),
    .x2(c8_j2_l1_g0_x2),
    .x3(c8_j2_l1_g0_x3),
    .s(c8_j2_l1_g0_t0_0s),
    .c(c8_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c8_j2_l1_g0_sum (
    .x(c8_j2_l1_g0_t0_0s),
    .y(c8_j2_l1_g0_t0_0c),
    .s(c8_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j3_l0_g0_u_t0_0 (
    .x0(c8_j3_l0_g0_x0),
    .x1(c8_j3_l0_g0_x1),
    .x2(c8_j3_l0_g0_x2),
    .x3(c8_j3_l0_g0_x3),
    .s(c8_j3_l0_g0_t0_0s),
    .c(c8_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j3_l0_g0_u_t1_0 (
    .x(c8_j3_l0_g0_t0_0s),
    .y(c8_j3_l0_g0_t0_0c),
    .z(c8_j3_l0_g0_x4),
    .s(c8_j3_l0_g0_t1_0s),
    .c(c8_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j3_l0_g0_sum (
    .x(c8_j3_l0_g0_t1_0s),
    .y(c8_j3_l0_g0_t1_0c),
    .s(c8_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j3_l0_g1_u_t0_0 (
    .x0(c8_j3_l0_g1_x0),
    .x1(c8_j3_l0_g1_x1),
    .x2(c8_j3_l0_g1_x2),
    .x3(c8_j3_l0_g1_x3),
    .s(c8_j3_l0_g1_t0_0s),
    .c(c8_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j3_l0_g1_u_t1_0 (
    .x(c8_j3_l0_g1_t0_0s),
    .y(c8_j3_l0_g1_t0_0c),
    .z(c8_j3_l0_g1_x4),
    .s(c8_j3_l0_g1_t1_0s),
    .c(c8_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j3_l0_g1_sum (
    .x(c8_j3_l0_g1_t1_0s),
    .y(c8_j3_l0_g1_t1_0c),
    .s(c8_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j3_l0_g2_u_t0_0 (
    .x0(c8_j3_l0_g2_x0),
    .x1(c8_j3_l0_g2_x1),
    .x2(c8_j3_l0_g2_x2),
    .x3(c8_j3_l0_g2_x3),
    .s(c8_j3_l0_g2_t0_0s),
    .c(c8_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j3_l0_g2_u_t1_0 (
    .x(c8_j3_l0_g2_t0_0s),
    .y(c8_j3_l0_g2_t0_0c),
    .z(c8_j3_l0_g2_x4),
    .s(c8_j3_l0_g2_t1_0s),
    .c(c8_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j3_l0_g2_sum (
    .x(c8_j3_l0_g2_t1_0s),
    .y(c8_j3_l0_g2_t1_0c),
    .s(c8_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c8_j3_l0_g3_u_t0_0 (
    .x0(c8_j3_l0_g3_x0),
    .x1(c8_j3_l0_g3_x1),
    .x2(c8_j3_l0_g3_x2),
    .x3(c8_j3_l0_g3_x3),
    .s(c8_j3_l0_g3_t0_0s),
    .c(c8_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c8_j3_l0_g3_u_t1_0 (
    .x(c8_j3_l0_g3_t0_0s),
    .y(c8_j3_l0_g3_t0_0c),
    .z(c8_j3_l0_g3_x4),
    .s(c8_j3_l0_g3_t1_0s),
    .c(c8_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c8_j3_l0_g3_sum (
    .x(c8_j3_l0_g3_t1_0s),
    .y(c8_j3_l0_g3_t1_0c),
    .s(c8_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c8_j3_l1_g0_u_t0_0 (
    .x0(c8_j3_l1_g0_x0),
    .x1(c8_j3_l1_g0_x1),
    .x2(c8_j3_l1_g0_x2),
    .x3(c8_j3_l1_g0_x3),
    .s(c8_j3_l1_g0_t0_0s),
    .c(c8_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c8_j3_l1_g0_sum (
    .x(c8_j3_l1_g0_t0_0s),
    .y(c8_j3_l1_g0_t0_0c),
    .s(c8_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col8_u_t0_0 (
    .x0(c8_v0),
    .x1(c8_v1),
    .x2(c8_v2),
    .x3(c8_v3),
    .s(col8_t0_0s),
    .c(col8_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col8_sum (
    .x(col8_t0_0s),
    .y(col8_t0_0c),
    .s(col8_sum)
  );
  adder_tree_k16_opt2_pe pe0_9 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_9),
    .p0_out(p0_9_p0),
    .p1_out(p0_9_p1),
    .p2_out(p0_9_p2),
    .p3_out(p0_9_p3)
  );
  adder_tree_k16_opt2_pe pe1_9 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_9),
    .p0_out(p1_9_p0),
    .p1_out(p1_9_p1),
    .p2_out(p1_9_p2),
    .p3_out(p1_9_p3)
  );
  adder_tree_k16_opt2_pe pe2_9 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_9),
    .p0_out(p2_9_p0),
    .p1_out(p2_9_p1),
    .p2_out(p2_9_p2),
    .p3_out(p2_9_p3)
  );
  adder_tree_k16_opt2_pe pe3_9 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_9),
    .p0_out(p3_9_p0),
    .p1_out(p3_9_p1),
    .p2_out(p3_9_p2),
    .p3_out(p3_9_p3)
  );
  adder_tree_k16_opt2_pe pe4_9 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_9),
    .p0_out(p4_9_p0),
    .p1_out(p4_9_p1),
    .p2_out(p4_9_p2),
    .p3_out(p4_9_p3)
  );
  adder_tree_k16_opt2_pe pe5_9 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_9),
    .p0_out(p5_9_p0),
    .p1_out(p5_9_p1),
    .p2_out(p5_9_p2),
    .p3_out(p5_9_p3)
  );
  adder_tree_k16_opt2_pe pe6_9 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_9),
    .p0_out(p6_9_p0),
    .p1_out(p6_9_p1),
    .p2_out(p6_9_p2),
    .p3_out(p6_9_p3)
  );
  adder_tree_k16_opt2_pe pe7_9 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_9),
    .p0_out(p7_9_p0),
    .p1_out(p7_9_p1),
    .p2_out(p7_9_p2),
    .p3_out(p7_9_p3)
  );
  adder_tree_k16_opt2_pe pe8_9 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_9),
    .p0_out(p8_9_p0),
    .p1_out(p8_9_p1),
    .p2_out(p8_9_p2),
    .p3_out(p8_9_p3)
  );
  adder_tree_k16_opt2_pe pe9_9 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_9),
    .p0_out(p9_9_p0),
    .p1_out(p9_9_p1),
    .p2_out(p9_9_p2),
    .p3_out(p9_9_p3)
  );
  adder_tree_k16_opt2_pe pe10_9 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_9),
    .p0_out(p10_9_p0),
    .p1_out(p10_9_p1),
    .p2_out(p10_9_p2),
    .p3_out(p10_9_p3)
  );
  adder_tree_k16_opt2_pe pe11_9 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_9),
    .p0_out(p11_9_p0),
    .p1_out(p11_9_p1),
    .p2_out(p11_9_p2),
    .p3_out(p11_9_p3)
  );
  adder_tree_k16_opt2_pe pe12_9 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_9),
    .p0_out(p12_9_p0),
    .p1_out(p12_9_p1),
    .p2_out(p12_9_p2),
    .p3_out(p12_9_p3)
  );
  adder_tree_k16_opt2_pe pe13_9 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_9),
    .p0_out(p13_9_p0),
    .p1_out(p13_9_p1),
    .p2_out(p13_9_p2),
    .p3_out(p13_9_p3)
  );
  adder_tree_k16_opt2_pe pe14_9 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_9),
    .p0_out(p14_9_p0),
    .p1_out(p14_9_p1),
    .p2_out(p14_9_p2),
    .p3_out(p14_9_p3)
  );
  adder_tree_k16_opt2_pe pe15_9 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_9),
    .p0_out(p15_9_p0),
    .p1_out(p15_9_p1),
    .p2_out(p15_9_p2),
    .p3_out(p15_9_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j0_l0_g0_u_t0_0 (
    .x0(c9_j0_l0_g0_x0),
    .x1(c9_j0_l0_g0_x1),
    .x2(c9_j0_l0_g0_x2),
    .x3(c9_j0_l0_g0_x3),
    .s(c9_j0_l0_g0_t0_0s),
    .c(c9_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j0_l0_g0_u_t1_0 (
    .x(c9_j0_l0_g0_t0_0s),
    .y(c9_j0_l0_g0_t0_0c),
    .z(c9_j0_l0_g0_x4),
    .s(c9_j0_l0_g0_t1_0s),
    .c(c9_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j0_l0_g0_sum (
    .x(c9_j0_l0_g0_t1_0s),
    .y(c9_j0_l0_g0_t1_0c),
    .s(c9_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j0_l0_g1_u_t0_0 (
    .x0(c9_j0_l0_g1_x0),
    .x1(c9_j0_l0_g1_x1),
    .x2(c9_j0_l0_g1_x2),
    .x3(c9_j0_l0_g1_x3),
    .s(c9_j0_l0_g1_t0_0s),
    .c(c9_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j0_l0_g1_u_t1_0 (
    .x(c9_j0_l0_g1_t0_0s),
    .y(c9_j0_l0_g1_t0_0c),
    .z(c9_j0_l0_g1_x4),
    .s(c9_j0_l0_g1_t1_0s),
    .c(c9_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j0_l0_g1_sum (
    .x(c9_j0_l0_g1_t1_0s),
    .y(c9_j0_l0_g1_t1_0c),
    .s(c9_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j0_l0_g2_u_t0_0 (
    .x0(c9_j0_l0_g2_x0),
    .x1(c9_j0_l0_g2_x1),
    .x2(c9_j0_l0_g2_x2),
    .x3(c9_j0_l0_g2_x3),
    .s(c9_j0_l0_g2_t0_0s),
    .c(c9_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j0_l0_g2_u_t1_0 (
    .x(c9_j0_l0_g2_t0_0s),
    .y(c9_j0_l0_g2_t0_0c),
    .z(c9_j0_l0_g2_x4),
    .s(c9_j0_l0_g2_t1_0s),
    .c(c9_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j0_l0_g2_sum (
    .x(c9_j0_l0_g2_t1_0s),
    .y(c9_j0_l0_g2_t1_0c),
    .s(c9_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j0_l0_g3_u_t0_0 (
    .x0(c9_j0_l0_g3_x0),
    .x1(c9_j0_l0_g3_x1),
    .x2(c9_j0_l0_g3_x2),
    .x3(c9_j0_l0_g3_x3),
    .s(c9_j0_l0_g3_t0_0s),
    .c(c9_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j0_l0_g3_u_t1_0 (
    .x(c9_j0_l0_g3_t0_0s),
    .y(c9_j0_l0_g3_t0_0c),
    .z(c9_j0_l0_g3_x4),
    .s(c9_j0_l0_g3_t1_0s),
    .c(c9_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j0_l0_g3_sum (
    .x(c9_j0_l0_g3_t1_0s),
    .y(c9_j0_l0_g3_t1_0c),
    .s(c9_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c9_j0_l1_g0_u_t0_0 (
    .x0(c9_j0_l1_g0_x0),
    .x1(c9_j0_l1_g0_x1),
    .x2(c9_j0_l1_g0_x2),
    .x3(c9_j0_l1_g0_x3),
    .s(c9_j0_l1_g0_t0_0s),
    .c(c9_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c9_j0_l1_g0_sum (
    .x(c9_j0_l1_g0_t0_0s),
    .y(c9_j0_l1_g0_t0_0c),
    .s(c9_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j1_l0_g0_u_t0_0 (
    .x0(c9_j1_l0_g0_x0),
    .x1(c9_j1_l0_g0_x1),
    .x2(c9_j1_l0_g0_x2),
    .x3(c9_j1_l0_g0_x3),
    .s(c9_j1_l0_g0_t0_0s),
    .c(c9_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j1_l0_g0_u_t1_0 (
    .x(c9_j1_l0_g0_t0_0s),
    .y(c9_j1_l0_g0_t0_0c),
    .z(c9_j1_l0_g0_x4),
    .s(c9_j1_l0_g0_t1_0s),
    .c(c9_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j1_l0_g0_sum (
    .x(c9_j1_l0_g0_t1_0s),
    .y(c9_j1_l0_g0_t1_0c),
    .s(c9_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j1_l0_g1_u_t0_0 (
    .x0(c9_j1_l0_g1_x0),
    .x1(c9_j1_l0_g1_x1),
    .x2(c9_j1_l0_g1_x2),
    .x3(c9_j1_l0_g1_x3),
    .s(c9_j1_l0_g1_t0_0s),
    .c(c9_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j1_l0_g1_u_t1_0 (
    .x(c9_j1_l0_g1_t0_0s),
    .y(c9_j1_l0_g1_t0_0c),
    .z(c9_j1_l0_g1_x4),
    .s(c9_j1_l0_g1_t1_0s),
    .c(c9_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j1_l0_g1_sum (
    .x(c9_j1_l0_g1_t1_0s),
    .y(c9_j1_l0_g1_t1_0c),
    .s(c9_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j1_l0_g2_u_t0_0 (
    .x0(c9_j1_l0_g2_x0),
    .x1(c9_j1_l0_g2_x1),
    .x2(c9_j1_l0_g2_x2),
    .x3(c9_j1_l0_g2_x3),
    .s(c9_j1_l0_g2_t0_0s),
    .c(c9_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j1_l0_g2_u_t1_0 (
    .x(c9_j1_l0_g2_t0_0s),
    .y(c9_j1_l0_g2_t0_0c),
    .z(c9_j1_l0_g2_x4),
    .s(c9_j1_l0_g2_t1_0s),
    .c(c9_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j1_l0_g2_sum (
    .x(c9_j1_l0_g2_t1_0s),
    .y(c9_j1_l0_g2_t1_0c),
    .s(c9_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j1_l0_g3_u_t0_0 (
    .x0(c9_j1_l0_g3_x0),
    .x1(c9_j1_l0_g3_x1),
    .x2(c9_j1_l0_g3_x2),
    .x3(c9_j1_l0_g3_x3),
    .s(c9_j1_l0_g3_t0_0s),
    .c(c9_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j1_l0_g3_u_t1_0 (
    .x(c9_j1_l0_g3_t0_0s),
    .y(c9_j1_l0_g3_t0_0c),
    .z(c9_j1_l0_g3_x4),
    .s(c9_j1_l0_g3_t1_0s),
    .c(c9_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j1_l0_g3_sum (
    .x(c9_j1_l0_g3_t1_0s),
    .y(c9_j1_l0_g3_t1_0c),
    .s(c9_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c9_j1_l1_g0_u_t0_0 (
    .x0(c9_j1_l1_g0_x0),
    .x1(c9_j1_l1_g0_x1),
    .x2(c9_j1_l1_g0_x2),
    .x3(c9_j1_l1_g0_x3),
    .s(c9_j1_l1_g0_t0_0s),
    .c(c9_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c9_j1_l1_g0_sum (
    .x(c9_j1_l1_g0_t0_0s),
    .y(c9_j1_l1_g0_t0_0c),
    .s(c9_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j2_l0_g0_u_t0_0 (
    .x0(c9_j2_l0_g0_x0),
    .x1(c9_j2_l0_g0_x1),
    .x2(c9_j2_l0_g0_x2),
    .x3(c9_j2_l0_g0_x3),
    .s(c9_j2_l0_g0_t0_0s),
    .c(c9_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j2_l0_g0_u_t1_0 (
    .x(c9_j2_l0_g0_t0_0s),
    .y(c9_j2_l0_g0_t0_0c),
    .z(c9_j2_l0_g0_x4),
    .s(c9_j2_l0_g0_t1_0s),
    .c(c9_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j2_l0_g0_sum (
    .x(c9_j2_l0_g0_t1_0s),
    .y(c9_j2_l0_g0_t1_0c),
    .s(c9_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j2_l0_g1_u_t0_0 (
    .x0(c9_j2_l0_g1_x0),
    .x1(c9_j2_l0_g1_x1),
    .x2(c9_j2_l0_g1_x2),
    .x3(c9_j2_l0_g1_x3),
    .s(c9_j2_l0_g1_t0_0s),
    .c(c9_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j2_l0_g1_u_t1_0 (
    .x(c9_j2_l0_g1_t0_0s),
    .y(c9_j2_l0_g1_t0_0c),
    .z(c9_j2_l0_g1_x4),
    .s(c9_j2_l0_g1_t1_0s),
    .c(c9_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j2_l0_g1_sum (
    .x(c9_j2_l0_g1_t1_0s),
    .y(c9_j2_l0_g1_t1_0c),
    .s(c9_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j2_l0_g2_u_t0_0 (
    .x0(c9_j2_l0_g2_x0),
    .x1(c9_j2_l0_g2_x1),
    .x2(c9_j2_l0_g2_x2),
    .x3(c9_j2_l0_g2_x3),
    .s(c9_j2_l0_g2_t0_0s),
    .c(c9_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j2_l0_g2_u_t1_0 (
    .x(c9_j2_l0_g2_t0_0s),
    .y(c9_j2_l0_g2_t0_0c),
    .z(c9_j2_l0_g2_x4),
    .s(c9_j2_l0_g2_t1_0s),
    .c(c9_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j2_l0_g2_sum (
    .x(c9_j2_l0_g2_t1_0s),
    .y(c9_j2_l0_g2_t1_0c),
    .s(c9_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j2_l0_g3_u_t0_0 (
    .x0(c9_j2_l0_g3_x0),
    .x1(c9_j2_l0_g3_x1),
    .x2(c9_j2_l0_g3_x2),
    .x3(c9_j2_l0_g3_x3),
    .s(c9_j2_l0_g3_t0_0s),
    .c(c9_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j2_l0_g3_u_t1_0 (
    .x(c9_j2_l0_g3_t0_0s),
    .y(c9_j2_l0_g3_t0_0c),
    .z(c9_j2_l0_g3_x4),
    .s(c9_j2_l0_g3_t1_0s),
    .c(c9_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j2_l0_g3_sum (
    .x(c9_j2_l0_g3_t1_0s),
    .y(c9_j2_l0_g3_t1_0c),
    .s(c9_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c9_j2_l1_g0_u_t0_0 (
    .x0(c9_j2_l1_g0_x0),
    .x1(c9_j2_l1_g0_x1),
    .x2(c9_j2_l1_g0_x2),
    .x3(c9_j2_l1_g0_x3),
    .s(c9_j2_l1_g0_t0_0s),
    .c(c9_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c9_j2_l1_g0_sum (
    .x(c9_j2_l1_g0_t0_0s),
    .y(c9_j2_l1_g0_t0_0c),
    .s(c9_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j3_l0_g0_u_t0_0 (
    .x0(c9_j3_l0_g0_x0),
    .x1(c9_j3_l0_g0_x1),
    .x2(c9_j3_l0_g0_x2),
    .x3(c9_j3_l0_g0_x3),
    .s(c9_j3_l0_g0_t0_0s),
    .c(c9_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j3_l0_g0_u_t1_0 (
    .x(c9_j3_l0_g0_t0_0s),
    .y(c9_j3_l0_g0_t0_0c),
    .z(c9_j3_l0_g0_x4),
    .s(c9_j3_l0_g0_t1_0s),
    .c(c9_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j3_l0_g0_sum (
    .x(c9_j3_l0_g0_t1_0s),
    .y(c9_j3_l0_g0_t1_0c),
    .s(c9_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j3_l0_g1_u_t0_0 (
    .x0(c9_j3_l0_g1_x0),
    .x1(c9_j3_l0_g1_x1),
    .x2(c9_j3_l0_g1_x2),
    .x3(c9_j3_l0_g1_x3),
    .s(c9_j3_l0_g1_t0_0s),
    .c(c9_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j3_l0_g1_u_t1_0 (
    .x(c9_j3_l0_g1_t0_0s),
    .y(c9_j3_l0_g1_t0_0c),
    .z(c9_j3_l0_g1_x4),
    .s(c9_j3_l0_g1_t1_0s),
    .c(c9_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j3_l0_g1_sum (
    .x(c9_j3_l0_g1_t1_0s),
    .y(c9_j3_l0_g1_t1_0c),
    .s(c9_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j3_l0_g2_u_t0_0 (
    .x0(c9_j3_l0_g2_x0),
    .x1(c9_j3_l0_g2_x1),
    .x2(c9_j3_l0_g2_x2),
    .x3(c9_j3_l0_g2_x3),
    .s(c9_j3_l0_g2_t0_0s),
    .c(c9_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j3_l0_g2_u_t1_0 (
    .x(c9_j3_l0_g2_t0_0s),
    .y(c9_j3_l0_g2_t0_0c),
    .z(c9_j3_l0_g2_x4),
    .s(c9_j3_l0_g2_t1_0s),
    .c(c9_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j3_l0_g2_sum (
    .x(c9_j3_l0_g2_t1_0s),
    .y(c9_j3_l0_g2_t1_0c),
    .s(c9_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c9_j3_l0_g3_u_t0_0 (
    .x0(c9_j3_l0_g3_x0),
    .x1(c9_j3_l0_g3_x1),
    .x2(c9_j3_l0_g3_x2),
    .x3(c9_j3_l0_g3_x3),
    .s(c9_j3_l0_g3_t0_0s),
    .c(c9_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c9_j3_l0_g3_u_t1_0 (
    .x(c9_j3_l0_g3_t0_0s),
    .y(c9_j3_l0_g3_t0_0c),
    .z(c9_j3_l0_g3_x4),
    .s(c9_j3_l0_g3_t1_0s),
    .c(c9_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c9_j3_l0_g3_sum (
    .x(c9_j3_l0_g3_t1_0s),
    .y(c9_j3_l0_g3_t1_0c),
    .s(c9_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c9_j3_l1_g0_u_t0_0 (
    .x0(c9_j3_l1_g0_x0),
    .x1(c9_j3_l1_g0_x1),
    .x2(c9_j3_l1_g0_x2),
    .x3(c9_j3_l1_g0_x3),
    .s(c9_j3_l1_g0_t0_0s),
    .c(c9_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c9_j3_l1_g0_sum (
    .x(c9_j3_l1_g0_t0_0s),
    .y(c9_j3_l1_g0_t0_0c),
    .s(c9_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col9_u_t0_0 (
    .x0(c9_v0),
    .x1(c9_v1),
    .x2(c9_v2),
    .x3(c9_v3),
    .s(col9_t0_0s),
    .c(col9_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col9_sum (
    .x(col9_t0_0s),
    .y(col9_t0_0c),
    .s(col9_sum)
  );
  adder_tree_k16_opt2_pe pe0_10 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_10),
    .p0_out(p0_10_p0),
    .p1_out(p0_10_p1),
    .p2_out(p0_10_p2),
    .p3_out(p0_10_p3)
  );
  adder_tree_k16_opt2_pe pe1_10 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_10),
    .p0_out(p1_10_p0),
    .p1_out(p1_10_p1),
    .p2_out(p1_10_p2),
    .p3_out(p1_10_p3)
  );
  adder_tree_k16_opt2_pe pe2_10 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_10),
    .p0_out(p2_10_p0),
    .p1_out(p2_10_p1),
    .p2_out(p2_10_p2),
    .p3_out(p2_10_p3)
  );
  adder_tree_k16_opt2_pe pe3_10 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_10),
    .p0_out(p3_10_p0),
    .p1_out(p3_10_p1),
    .p2_out(p3_10_p2),
    .p3_out(p3_10_p3)
  );
  adder_tree_k16_opt2_pe pe4_10 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_10),
    .p0_out(p4_10_p0),
    .p1_out(p4_10_p1),
    .p2_out(p4_10_p2),
    .p3_out(p4_10_p3)
  );
  adder_tree_k16_opt2_pe pe5_10 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_10),
    .p0_out(p5_10_p0),
    .p1_out(p5_10_p1),
    .p2_out(p5_10_p2),
    .p3_out(p5_10_p3)
  );
  adder_tree_k16_opt2_pe pe6_10 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_10),
    .p0_out(p6_10_p0),
    .p1_out(p6_10_p1),
    .p2_out(p6_10_p2),
    .p3_out(p6_10_p3)
  );
  adder_tree_k16_opt2_pe pe7_10 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_10),
    .p0_out(p7_10_p0),
    .p1_out(p7_10_p1),
    .p2_out(p7_10_p2),
    .p3_out(p7_10_p3)
  );
  adder_tree_k16_opt2_pe pe8_10 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_10),
    .p0_out(p8_10_p0),
    .p1_out(p8_10_p1),
    .p2_out(p8_10_p2),
    .p3_out(p8_10_p3)
  );
  adder_tree_k16_opt2_pe pe9_10 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_10),
    .p0_out(p9_10_p0),
    .p1_out(p9_10_p1),
    .p2_out(p9_10_p2),
    .p3_out(p9_10_p3)
  );
  adder_tree_k16_opt2_pe pe10_10 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_10),
    .p0_out(p10_10_p0),
    .p1_out(p10_10_p1),
    .p2_out(p10_10_p2),
    .p3_out(p10_10_p3)
  );
  adder_tree_k16_opt2_pe pe11_10 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_10),
    .p0_out(p11_10_p0),
    .p1_out(p11_10_p1),
    .p2_out(p11_10_p2),
    .p3_out(p11_10_p3)
  );
  adder_tree_k16_opt2_pe pe12_10 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_10),
    .p0_out(p12_10_p0),
    .p1_out(p12_10_p1),
    .p2_out(p12_10_p2),
    .p3_out(p12_10_p3)
  );
  adder_tree_k16_opt2_pe pe13_10 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_10),
    .p0_out(p13_10_p0),
    .p1_out(p13_10_p1),
    .p2_out(p13_10_p2),
    .p3_out(p13_10_p3)
  );
  adder_tree_k16_opt2_pe pe14_10 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_10),
    .p0_out(p14_10_p0),
    .p1_out(p14_10_p1),
    .p2_out(p14_10_p2),
    .p3_out(p14_10_p3)
  );
  adder_tree_k16_opt2_pe pe15_10 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_10),
    .p0_out(p15_10_p0),
    .p1_out(p15_10_p1),
    .p2_out(p15_10_p2),
    .p3_out(p15_10_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j0_l0_g0_u_t0_0 (
    .x0(c10_j0_l0_g0_x0),
    .x1(c10_j0_l0_g0_x1),
    .x2(c10_j0_l0_g0_x2),
    .x3(c10_j0_l0_g0_x3),
    .s(c10_j0_l0_g0_t0_0s),
    .c(c10_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j0_l0_g0_u_t1_0 (
    .x(c10_j0_l0_g0_t0_0s),
    .y(c10_j0_l0_g0_t0_0c),
    .z(c10_j0_l0_g0_x4),
    .s(c10_j0_l0_g0_t1_0s),
    .c(c10_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j0_l0_g0_sum (
    .x(c10_j0_l0_g0_t1_0s),
    .y(c10_j0_l0_g0_t1_0c),
    .s(c10_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j0_l0_g1_u_t0_0 (
    .x0(c10_j0_l0_g1_x0),
    .x1(c10_j0_l0_g1_x1),
    .x2(c10_j0_l0_g1_x2),
    .x3(c10_j0_l0_g1_x3),
    .s(c10_j0_l0_g1_t0_0s),
    .c(c10_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j0_l0_g1_u_t1_0 (
    .x(c10_j0_l0_g1_t0_0s),
    .y(c10_j0_l0_g1_t0_0c),
    .z(c10_j0_l0_g1_x4),
    .s(c10_j0_l0_g1_t1_0s),
    .c(c10_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j0_l0_g1_sum (
    .x(c10_j0_l0_g1_t1_0s),
    .y(c10_j0_l0_g1_t1_0c),
    .s(c10_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j0_l0_g2_u_t0_0 (
    .x0(c10_j0_l0_g2_x0),
    .x1(c10_j0_l0_g2_x1),
    .x2(c10_j0_l0_g2_x2),
    .x3(c10_j0_l0_g2_x3),
    .s(c10_j0_l0_g2_t0_0s),
    .c(c10_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j0_l0_g2_u_t1_0 (
    .x(c10_j0_l0_g2_t0_0s),
    .y(c10_j0_l0_g2_t0_0c),
    .z(c10_j0_l0_g2_x4),
    .s(c10_j0_l0_g2_t1_0s),
    .c(c10_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j0_l0_g2_sum (
    .x(c10_j0_l0_g2_t1_0s),
    .y(c10_j0_l0_g2_t1_0c),
    .s(c10_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j0_l0_g3_u_t0_0 (
    .x0(c10_j0_l0_g3_x0),
    .x1(c10_j0_l0_g3_x1),
    .x2(c10_j0_l0_g3_x2),
    .x3(c10_j0_l0_g3_x3),
    .s(c10_j0_l0_g3_t0_0s),
    .c(c10_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j0_l0_g3_u_t1_0 (
    .x(c10_j0_l0_g3_t0_0s),
    .y(c10_j0_l0_g3_t0_0c),
    .z(c10_j0_l0_g3_x4),
    .s(c10_j0_l0_g3_t1_0s),
    .c(c10_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j0_l0_g3_sum (
    .x(c10_j0_l0_g3_t1_0s),
    .y(c10_j0_l0_g3_t1_0c),
    .s(c10_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c10_j0_l1_g0_u_t0_0 (
    .x0(c10_j0_l1_g0_x0),
    .x1(c10_j0_l1_g0_x1),
    .x2(c10_j0_l1_g0_x2),
    .x3(c10_j0_l1_g0_x3),
    .s(c10_j0_l1_g0_t0_0s),
    .c(c10_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c10_j0_l1_g0_sum (
    .x(c10_j0_l1_g0_t0_0s),
    .y(c10_j0_l1_g0_t0_0c),
    .s(c10_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j1_l0_g0_u_t0_0 (
    .x0(c10_j1_l0_g0_x0),
    .x1(c10_j1_l0_g0_x1),
    .x2(c10_j1_l0_g0_x2),
    .x3(c10_j1_l0_g0_x3),
    .s(c10_j1_l0_g0_t0_0s),
    .c(c10_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j1_l0_g0_u_t1_0 (
    .x(c10_j1_l0_g0_t0_0s),
    .y(c10_j1_l0_g0_t0_0c),
    .z(c10_j1_l0_g0_x4),
    .s(c10_j1_l0_g0_t1_0s),
    .c(c10_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j1_l0_g0_sum (
    .x(c10_j1_l0_g0_t1_0s),
    .y(c10_j1_l0_g0_t1_0c),
    .s(c10_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j1_l0_g1_u_t0_0 (
    .x0(c10_j1_l0_g1_x0),
    .x1(c10_j1_l0_g1_x1),
    .x2(c10_j1_l0_g1_x2),
    .x3(c10_j1_l0_g1_x3),
    .s(c10_j1_l0_g1_t0_0s),
    .c(c10_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j1_l0_g1_u_t1_0 (
    .x(c10_j1_l0_g1_t0_0s),
    .y(c10_j1_l0_g1_t0_0c),
    .z(c10_j1_l0_g1_x4),
    .s(c10_j1_l0_g1_t1_0s),
    .c(c10_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j1_l0_g1_sum (
    .x(c10_j1_l0_g1_t1_0s),
    .y(c10_j1_l0_g1_t1_0c),
    .s(c10_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j1_l0_g2_u_t0_0 (
    .x0(c10_j1_l0_g2_x0),
    .x1(c10_j1_l0_g2_x1),
    .x2(c10_j1_l0_g2_x2),
    .x3(c10_j1_l0_g2_x3),
    .s(c10_j1_l0_g2_t0_0s),
    .c(c10_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j1_l0_g2_u_t1_0 (
    .x(c10_j1_l0_g2_t0_0s),
    .y(c10_j1_l0_g2_t0_0c),
    .z(c10_j1_l0_g2_x4),
    .s(c10_j1_l0_g2_t1_0s),
    .c(c10_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j1_l0_g2_sum (
    .x(c10_j1_l0_g2_t1_0s),
    .y(c10_j1_l0_g2_t1_0c),
    .s(c10_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j1_l0_g3_u_t0_0 (
    .x0(c10_j1_l0_g3_x0),
    .x1(c10_j1_l0_g3_x1),
    .x2(c10_j1_l0_g3_x2),
    .x3(c10_j1_l0_g3_x3),
    .s(c10_j1_l0_g3_t0_0s),
    .c(c10_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j1_l0_g3_u_t1_0 (
    .x(c10_j1_l0_g3_t0_0s),
    .y(c10_j1_l0_g3_t0_0c),
    .z(c10_j1_l0_g3_x4),
    .s(c10_j1_l0_g3_t1_0s),
    .c(c10_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j1_l0_g3_sum (
    .x(c10_j1_l0_g3_t1_0s),
    .y(c10_j1_l0_g3_t1_0c),
    .s(c10_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c10_j1_l1_g0_u_t0_0 (
    .x0(c10_j1_l1_g0_x0),
    .x1(c10_j1_l1_g0_x1),
    .x2(c10_j1_l1_g0_x2),
    .x3(c10_j1_l1_g0_x3),
    .s(c10_j1_l1_g0_t0_0s),
    .c(c10_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c10_j1_l1_g0_sum (
    .x(c10_j1_l1_g0_t0_0s),
    .y(c10_j1_l1_g0_t0_0c),
    .s(c10_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j2_l0_g0_u_t0_0 (
    .x0(c10_j2_l0_g0_x0),
    .x1(c10_j2_l0_g0_x1),
    .x2(c10_j2_l0_g0_x2),
    .x3(c10_j2_l0_g0_x3),
    .s(c10_j2_l0_g0_t0_0s),
    .c(c10_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j2_l0_g0_u_t1_0 (
    .x(c10_j2_l0_g0_t0_0s),
    .y(c10_j2_l0_g0_t0_0c),
    .z(c10_j2_l0_g0_x4),
    .s(c10_j2_l0_g0_t1_0s),
    .c(c10_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j2_l0_g0_sum (
    .x(c10_j2_l0_g0_t1_0s),
    .y(c10_j2_l0_g0_t1_0c),
    .s(c10_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j2_l0_g1_u_t0_0 (
    .x0(c10_j2_l0_g1_x0),
    .x1(c10_j2_l0_g1_x1),
    .x2(c10_j2_l0_g1_x2),
    .x3(c10_j2_l0_g1_x3),
    .s(c10_j2_l0_g1_t0_0s),
    .c(c10_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j2_l0_g1_u_t1_0 (
    .x(c10_j2_l0_g1_t0_0s),
    .y(c10_j2_l0_g1_t0_0c),
    .z(c10_j2_l0_g1_x4),
    .s(c10_j2_l0_g1_t1_0s),
    .c(c10_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j2_l0_g1_sum (
    .x(c10_j2_l0_g1_t1_0s),
    .y(c10_j2_l0_g1_t1_0c),
    .s(c10_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j2_l0_g2_u_t0_0 (
    .x0(c10_j2_l0_g2_x0),
    .x1(c10_j2_l0_g2_x1),
    .x2(c10_j2_l0_g2_x2),
    .x3(c10_j2_l0_g2_x3),
    .s(c10_j2_l0_g2_t0_0s),
    .c(c10_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j2_l0_g2_u_t1_0 (
    .x(c10_j2_l0_g2_t0_0s),
    .y(c10_j2_l0_g2_t0_0c),
    .z(c10_j2_l0_g2_x4),
    .s(c10_j2_l0_g2_t1_0s),
    .c(c10_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j2_l0_g2_sum (
    .x(c10_j2_l0_g2_t1_0s),
    .y(c10_j2_l0_g2_t1_0c),
    .s(c10_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j2_l0_g3_u_t0_0 (
    .x0(c10_j2_l0_g3_x0),
    .x1(c10_j2_l0_g3_x1),
    .x2(c10_j2_l0_g3_x2),
    .x3(c10_j2_l0_g3_x3),
    .s(c10_j2_l0_g3_t0_0s),
    .c(c10_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j2_l0_g3_u_t1_0 (
    .x(c10_j2_l0_g3_t0_0s),
    .y(c10_j2_l0_g3_t0_0c),
    .z(c10_j2_l0_g3_x4),
    .s(c10_j2_l0_g3_t1_0s),
    .c(c10_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j2_l0_g3_sum (
    .x(c10_j2_l0_g3_t1_0s),
    .y(c10_j2_l0_g3_t1_0c),
    .s(c10_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c10_j2_l1_g0_u_t0_0 (
    .x0(c10_j2_l1_g0_x0),
    .x1(c10_j2_l1_g0_x1),
    .x2(c10_j2_l1_g0_x2),
    .x3(c10_j2_l1_g0_x3),
    .s(c10_j2_l1_g0_t0_0s),
    .c(c10_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c10_j2_l1_g0_sum (
    .x(c10_j2_l1_g0_t0_0s),
    .y(c10_j2_l1_g0_t0_0c),
    .s(c10_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j3_l0_g0_u_t0_0 (
    .x0(c10_j3_l0_g0_x0),
    .x1(c10_j3_l0_g0_x1),
    .x2(c10_j3_l0_g0_x2),
    .x3(c10_j3_l0_g0_x3),
    .s(c10_j3_l0_g0_t0_0s),
    .c(c10_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j3_l0_g0_u_t1_0 (
    .x(c10_j3_l0_g0_t0_0s),
    .y(c10_j3_l0_g0_t0_0c),
    .z(c10_j3_l0_g0_x4),
    .s(c10_j3_l0_g0_t1_0s),
    .c(c10_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j3_l0_g0_sum (
    .x(c10_j3_l0_g0_t1_0s),
    .y(c10_j3_l0_g0_t1_0c),
    .s(c10_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j3_l0_g1_u_t0_0 (
    .x0(c10_j3_l0_g1_x0),
    .x1(c10_j3_l0_g1_x1),
    .x2(c10_j3_l0_g1_x2),
    .x3(c10_j3_l0_g1_x3),
    .s(c10_j3_l0_g1_t0_0s),
    .c(c10_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j3_l0_g1_u_t1_0 (
    .x(c10_j3_l0_g1_t0_0s),
    .y(c10_j3_l0_g1_t0_0c),
    .z(c10_j3_l0_g1_x4),
    .s(c10_j3_l0_g1_t1_0s),
    .c(c10_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j3_l0_g1_sum (
    .x(c10_j3_l0_g1_t1_0s),
    .y(c10_j3_l0_g1_t1_0c),
    .s(c10_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j3_l0_g2_u_t0_0 (
    .x0(c10_j3_l0_g2_x0),
    .x1(c10_j3_l0_g2_x1),
    .x2(c10_j3_l0_g2_x2),
    .x3(c10_j3_l0_g2_x3),
    .s(c10_j3_l0_g2_t0_0s),
    .c(c10_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j3_l0_g2_u_t1_0 (
    .x(c10_j3_l0_g2_t0_0s),
    .y(c10_j3_l0_g2_t0_0c),
    .z(c10_j3_l0_g2_x4),
    .s(c10_j3_l0_g2_t1_0s),
    .c(c10_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j3_l0_g2_sum (
    .x(c10_j3_l0_g2_t1_0s),
    .y(c10_j3_l0_g2_t1_0c),
    .s(c10_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c10_j3_l0_g3_u_t0_0 (
    .x0(c10_j3_l0_g3_x0),
    .x1(c10_j3_l0_g3_x1),
    .x2(c10_j3_l0_g3_x2),
    .x3(c10_j3_l0_g3_x3),
    .s(c10_j3_l0_g3_t0_0s),
    .c(c10_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c10_j3_l0_g3_u_t1_0 (
    .x(c10_j3_l0_g3_t0_0s),
    .y(c10_j3_l0_g3_t0_0c),
    .z(c10_j3_l0_g3_x4),
    .s(c10_j3_l0_g3_t1_0s),
    .c(c10_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c10_j3_l0_g3_sum (
    .x(c10_j3_l0_g3_t1_0s),
    .y(c10_j3_l0_g3_t1_0c),
    .s(c10_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c10_j3_l1_g0_u_t0_0 (
    .x0(c10_j3_l1_g0_x0),
    .x1(c10_j3_l1_g0_x1),
    .x2(c10_j3_l1_g0_x2),
    .x3(c10_j3_l1_g0_x3),
    .s(c10_j3_l1_g0_t0_0s),
    .c(c10_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c10_j3_l1_g0_sum (
    .x(c10_j3_l1_g0_t0_0s),
    .y(c10_j3_l1_g0_t0_0c),
    .s(c10_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col10_u_t0_0 (
    .x0(c10_v0),
    .x1(c10_v1),
    .x2(c10_v2),
    .x3(c10_v3),
    .s(col10_t0_0s),
    .c(col10_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col10_sum (
    .x(col10_t0_0s),
    .y(col10_t0_0c),
    .s(col10_sum)
  );
  adder_tree_k16_opt2_pe pe0_11 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_11),
    .p0_out(p0_11_p0),
    .p1_out(p0_11_p1),
    .p2_out(p0_11_p2),
    .p3_out(p0_11_p3)
  );
  adder_tree_k16_opt2_pe pe1_11 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_11),
    .p0_out(p1_11_p0),
    .p1_out(p1_11_p1),
    .p2_out(p1_11_p2),
    .p3_out(p1_11_p3)
  );
  adder_tree_k16_opt2_pe pe2_11 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_11),
    .p0_out(p2_11_p0),
    .p1_out(p2_11_p1),
    .p2_out(p2_11_p2),
    .p3_out(p2_11_p3)
  );
  adder_tree_k16_opt2_pe pe3_11 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_11),
    .p0_out(p3_11_p0),
    .p1_out(p3_11_p1),
    .p2_out(p3_11_p2),
    .p3_out(p3_11_p3)
  );
  adder_tree_k16_opt2_pe pe4_11 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_11),
    .p0_out(p4_11_p0),
    .p1_out(p4_11_p1),
    .p2_out(p4_11_p2),
    .p3_out(p4_11_p3)
  );
  adder_tree_k16_opt2_pe pe5_11 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_11),
    .p0_out(p5_11_p0),
    .p1_out(p5_11_p1),
    .p2_out(p5_11_p2),
    .p3_out(p5_11_p3)
  );
  adder_tree_k16_opt2_pe pe6_11 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_11),
    .p0_out(p6_11_p0),
    .p1_out(p6_11_p1),
    .p2_out(p6_11_p2),
    .p3_out(p6_11_p3)
  );
  adder_tree_k16_opt2_pe pe7_11 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_11),
    .p0_out(p7_11_p0),
    .p1_out(p7_11_p1),
    .p2_out(p7_11_p2),
    .p3_out(p7_11_p3)
  );
  adder_tree_k16_opt2_pe pe8_11 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_11),
    .p0_out(p8_11_p0),
    .p1_out(p8_11_p1),
    .p2_out(p8_11_p2),
    .p3_out(p8_11_p3)
  );
  adder_tree_k16_opt2_pe pe9_11 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_11),
    .p0_out(p9_11_p0),
    .p1_out(p9_11_p1),
    .p2_out(p9_11_p2),
    .p3_out(p9_11_p3)
  );
  adder_tree_k16_opt2_pe pe10_11 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_11),
    .p0_out(p10_11_p0),
    .p1_out(p10_11_p1),
    .p2_out(p10_11_p2),
    .p3_out(p10_11_p3)
  );
  adder_tree_k16_opt2_pe pe11_11 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_11),
    .p0_out(p11_11_p0),
    .p1_out(p11_11_p1),
    .p2_out(p11_11_p2),
    .p3_out(p11_11_p3)
  );
  adder_tree_k16_opt2_pe pe12_11 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_11),
    .p0_out(p12_11_p0),
    .p1_out(p12_11_p1),
    .p2_out(p12_11_p2),
    .p3_out(p12_11_p3)
  );
  adder_tree_k16_opt2_pe pe13_11 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_11),
    .p0_out(p13_11_p0),
    .p1_out(p13_11_p1),
    .p2_out(p13_11_p2),
    .p3_out(p13_11_p3)
  );
  adder_tree_k16_opt2_pe pe14_11 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_11),
    .p0_out(p14_11_p0),
    .p1_out(p14_11_p1),
    .p2_out(p14_11_p2),
    .p3_out(p14_11_p3)
  );
  adder_tree_k16_opt2_pe pe15_11 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_11),
    .p0_out(p15_11_p0),
    .p1_out(p15_11_p1),
    .p2_out(p15_11_p2),
    .p3_out(p15_11_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j0_l0_g0_u_t0_0 (
    .x0(c11_j0_l0_g0_x0),
    .x1(c11_j0_l0_g0_x1),
    .x2(c11_j0_l0_g0_x2),
    .x3(c11_j0_l0_g0_x3),
    .s(c11_j0_l0_g0_t0_0s),
    .c(c11_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j0_l0_g0_u_t1_0 (
    .x(c11_j0_l0_g0_t0_0s),
    .y(c11_j0_l0_g0_t0_0c),
    .z(c11_j0_l0_g0_x4),
    .s(c11_j0_l0_g0_t1_0s),
    .c(c11_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j0_l0_g0_sum (
    .x(c11_j0_l0_g0_t1_0s),
    .y(c11_j0_l0_g0_t1_0c),
    .s(c11_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j0_l0_g1_u_t0_0 (
    .x0(c11_j0_l0_g1_x0),
    .x1(c11_j0_l0_g1_x1),
    .x2(c11_j0_l0_g1_x2),
    .x3(c11_j0_l0_g1_x3),
    .s(c11_j0_l0_g1_t0_0s),
    .c(c11_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j0_l0_g1_u_t1_0 (
    .x(c11_j0_l0_g1_t0_0s),
    .y(c11_j0_l0_g1_t0_0c),
    .z(c11_j0_l0_g1_x4),
    .s(c11_j0_l0_g1_t1_0s),
    .c(c11_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j0_l0_g1_sum (
    .x(c11_j0_l0_g1_t1_0s),
    .y(c11_j0_l0_g1_t1_0c),
    .s(c11_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j0_l0_g2_u_t0_0 (
    .x0(c11_j0_l0_g2_x0),
    .x1(c11_j0_l0_g2_x1),
    .x2(c11_j0_l0_g2_x2),
    .x3(c11_j0_l0_g2_x3),
    .s(c11_j0_l0_g2_t0_0s),
    .c(c11_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j0_l0_g2_u_t1_0 (
    .x(c11_j0_l0_g2_t0_0s),
    .y(c11_j0_l0_g2_t0_0c),
    .z(c11_j0_l0_g2_x4),
    .s(c11_j0_l0_g2_t1_0s),
    .c(c11_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j0_l0_g2_sum (
    .x(c11_j0_l0_g2_t1_0s),
    .y(c11_j0_l0_g2_t1_0c),
    .s(c11_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j0_l0_g3_u_t0_0 (
    .x0(c11_j0_l0_g3_x0),
    .x1(c11_j0_l0_g3_x1),
    .x2(c11_j0_l0_g3_x2),
    .x3(c11_j0_l0_g3_x3),
    .s(c11_j0_l0_g3_t0_0s),
    .c(c11_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j0_l0_g3_u_t1_0 (
    .x(c11_j0_l0_g3_t0_0s),
    .y(c11_j0_l0_g3_t0_0c),
    .z(c11_j0_l0_g3_x4),
    .s(c11_j0_l0_g3_t1_0s),
    .c(c11_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j0_l0_g3_sum (
    .x(c11_j0_l0_g3_t1_0s),
    .y(c11_j0_l0_g3_t1_0c),
    .s(c11_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c11_j0_l1_g0_u_t0_0 (
    .x0(c11_j0_l1_g0_x0),
    .x1(c11_j0_l1_g0_x1),
    .x2(c11_j0_l1_g0_x2),
    .x3(c11_j0_l1_g0_x3),
    .s(c11_j0_l1_g0_t0_0s),
    .c(c11_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c11_j0_l1_g0_sum (
    .x(c11_j0_l1_g0_t0_0s),
    .y(c11_j0_l1_g0_t0_0c),
    .s(c11_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j1_l0_g0_u_t0_0 (
    .x0(c11_j1_l0_g0_x0),
    .x1(c11_j1_l0_g0_x1),
    .x2(c11_j1_l0_g0_x2),
    .x3(c11_j1_l0_g0_x3),
    .s(c11_j1_l0_g0_t0_0s),
    .c(c11_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j1_l0_g0_u_t1_0 (
    .x(c11_j1_l0_g0_t0_0s),
    .y(c11_j1_l0_g0_t0_0c),
    .z(c11_j1_l0_g0_x4),
    .s(c11_j1_l0_g0_t1_0s),
    .c(c11_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j1_l0_g0_sum (
    .x(c11_j1_l0_g0_t1_0s),
    .y(c11_j1_l0_g0_t1_0c),
    .s(c11_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j1_l0_g1_u_t0_0 (
    .x0(c11_j1_l0_g1_x0),
    .x1(c11_j1_l0_g1_x1),
    .x2(c11_j1_l0_g1_x2),
    .x3(c11_j1_l0_g1_x3),
    .s(c11_j1_l0_g1_t0_0s),
    .c(c11_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j1_l0_g1_u_t1_0 (
    .x(c11_j1_l0_g1_t0_0s),
    .y(c11_j1_l0_g1_t0_0c),
    .z(c11_j1_l0_g1_x4),
    .s(c11_j1_l0_g1_t1_0s),
    .c(c11_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j1_l0_g1_sum (
    .x(c11_j1_l0_g1_t1_0s),
    .y(c11_j1_l0_g1_t1_0c),
    .s(c11_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j1_l0_g2_u_t0_0 (
    .x0(c11_j1_l0_g2_x0),
    .x1(c11_j1_l0_g2_x1),
    .x2(c11_j1_l0_g2_x2),
    .x3(c11_j1_l0_g2_x3),
    .s(c11_j1_l0_g2_t0_0s),
    .c(c11_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j1_l0_g2_u_t1_0 (
    .x(c11_j1_l0_g2_t0_0s),
    .y(c11_j1_l0_g2_t0_0c),
    .z(c11_j1_l0_g2_x4),
    .s(c11_j1_l0_g2_t1_0s),
    .c(c11_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j1_l0_g2_sum (
    .x(c11_j1_l0_g2_t1_0s),
    .y(c11_j1_l0_g2_t1_0c),
    .s(c11_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j1_l0_g3_u_t0_0 (
    .x0(c11_j1_l0_g3_x0),
    .x1(c11_j1_l0_g3_x1),
    .x2(c11_j1_l0_g3_x2),
    .x3(c11_j1_l0_g3_x3),
    .s(c11_j1_l0_g3_t0_0s),
    .c(c11_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j1_l0_g3_u_t1_0 (
    .x(c11_j1_l0_g3_t0_0s),
    .y(c11_j1_l0_g3_t0_0c),
    .z(c11_j1_l0_g3_x4),
    .s(c11_j1_l0_g3_t1_0s),
    .c(c11_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j1_l0_g3_sum (
    .x(c11_j1_l0_g3_t1_0s),
    .y(c11_j1_l0_g3_t1_0c),
    .s(c11_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c11_j1_l1_g0_u_t0_0 (
    .x0(c11_j1_l1_g0_x0),
    .x1(c11_j1_l1_g0_x1),
    .x2(c11_j1_l1_g0_x2),
    .x3(c11_j1_l1_g0_x3),
    .s(c11_j1_l1_g0_t0_0s),
    .c(c11_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c11_j1_l1_g0_sum (
    .x(c11_j1_l1_g0_t0_0s),
    .y(c11_j1_l1_g0_t0_0c),
    .s(c11_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j2_l0_g0_u_t0_0 (
    .x0(c11_j2_l0_g0_x0),
    .x1(c11_j2_l0_g0_x1),
    .x2(c11_j2_l0_g0_x2),
    .x3(c11_j2_l0_g0_x3),
    .s(c11_j2_l0_g0_t0_0s),
    .c(c11_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j2_l0_g0_u_t1_0 (
    .x(c11_j2_l0_g0_t0_0s),
    .y(c11_j2_l0_g0_t0_0c),
    .z(c11_j2_l0_g0_x4),
    .s(c11_j2_l0_g0_t1_0s),
    .c(c11_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j2_l0_g0_sum (
    .x(c11_j2_l0_g0_t1_0s),
    .y(c11_j2_l0_g0_t1_0c),
    .s(c11_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j2_l0_g1_u_t0_0 (
    .x0(c11_j2_l0_g1_x0),
    .x1(c11_j2_l0_g1_x1),
    .x2(c11_j2_l0_g1_x2),
    .x3(c11_j2_l0_g1_x3),
    .s(c11_j2_l0_g1_t0_0s),
    .c(c11_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j2_l0_g1_u_t1_0 (
    .x(c11_j2_l0_g1_t0_0s),
    .y(c11_j2_l0_g1_t0_0c),
    .z(c11_j2_l0_g1_x4),
    .s(c11_j2_l0_g1_t1_0s),
    .c(c11_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j2_l0_g1_sum (
    .x(c11_j2_l0_g1_t1_0s),
    .y(c11_j2_l0_g1_t1_0c),
    .s(c11_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j2_l0_g2_u_t0_0 (
    .x0(c11_j2_l0_g2_x0),
    .x1(c11_j2_l0_g2_x1),
    .x2(c11_j2_l0_g2_x2),
    .x3(c11_j2_l0_g2_x3),
    .s(c11_j2_l0_g2_t0_0s),
    .c(c11_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j2_l0_g2_u_t1_0 (
    .x(c11_j2_l0_g2_t0_0s),
    .y(c11_j2_l0_g2_t0_0c),
    .z(c11_j2_l0_g2_x4),
    .s(c11_j2_l0_g2_t1_0s),
    .c(c11_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j2_l0_g2_sum (
    .x(c11_j2_l0_g2_t1_0s),
    .y(c11_j2_l0_g2_t1_0c),
    .s(c11_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j2_l0_g3_u_t0_0 (
    .x0(c11_j2_l0_g3_x0),
    .x1(c11_j2_l0_g3_x1),
    .x2(c11_j2_l0_g3_x2),
    .x3(c11_j2_l0_g3_x3),
    .s(c11_j2_l0_g3_t0_0s),
    .c(c11_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j2_l0_g3_u_t1_0 (
    .x(c11_j2_l0_g3_t0_0s),
    .y(c11_j2_l0_g3_t0_0c),
    .z(c11_j2_l0_g3_x4),
    .s(c11_j2_l0_g3_t1_0s),
    .c(c11_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j2_l0_g3_sum (
    .x(c11_j2_l0_g3_t1_0s),
    .y(c11_j2_l0_g3_t1_0c),
    .s(c11_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c11_j2_l1_g0_u_t0_0 (
    .x0(c11_j2_l1_g0_x0),
    .x1(c11_j2_l1_g0_x1),
    .x2(c11_j2_l1_g0_x2),
    .x3(c11_j2_l1_g0_x3),
    .s(c11_j2_l1_g0_t0_0s),
    .c(c11_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c11_j2_l1_g0_sum (
    .x(c11_j2_l1_g0_t0_0s),
    .y(c11_j2_l1_g0_t0_0c),
    .s(c11_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j3_l0_g0_u_t0_0 (
    .x0(c11_j3_l0_g0_x0),
    .x1(c11_j3_l0_g0_x1),
    .x2(c11_j3_l0_g0_x2),
    .x3(c11_j3_l0_g0_x3),
    .s(c11_j3_l0_g0_t0_0s),
    .c(c11_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j3_l0_g0_u_t1_0 (
    .x(c11_j3_l0_g0_t0_0s),
    .y(c11_j3_l0_g0_t0_0c),
    .z(c11_j3_l0_g0_x4),
    .s(c11_j3_l0_g0_t1_0s),
    .c(c11_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j3_l0_g0_sum (
    .x(c11_j3_l0_g0_t1_0s),
    .y(c11_j3_l0_g0_t1_0c),
    .s(c11_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j3_l0_g1_u_t0_0 (
    .x0(c11_j3_l0_g1_x0),
    .x1(c11_j3_l0_g1_x1),
    .x2(c11_j3_l0_g1_x2),
    .x3(c11_j3_l0_g1_x3),
    .s(c11_j3_l0_g1_t0_0s),
    .c(c11_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j3_l0_g1_u_t1_0 (
    .x(c11_j3_l0_g1_t0_0s),
    .y(c11_j3_l0_g1_t0_0c),
    .z(c11_j3_l0_g1_x4),
    .s(c11_j3_l0_g1_t1_0s),
    .c(c11_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j3_l0_g1_sum (
    .x(c11_j3_l0_g1_t1_0s),
    .y(c11_j3_l0_g1_t1_0c),
    .s(c11_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j3_l0_g2_u_t0_0 (
    .x0(c11_j3_l0_g2_x0),
    .x1(c11_j3_l0_g2_x1),
    .x2(c11_j3_l0_g2_x2),
    .x3(c11_j3_l0_g2_x3),
    .s(c11_j3_l0_g2_t0_0s),
    .c(c11_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j3_l0_g2_u_t1_0 (
    .x(c11_j3_l0_g2_t0_0s),
    .y(c11_j3_l0_g2_t0_0c),
    .z(c11_j3_l0_g2_x4),
    .s(c11_j3_l0_g2_t1_0s),
    .c(c11_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j3_l0_g2_sum (
    .x(c11_j3_l0_g2_t1_0s),
    .y(c11_j3_l0_g2_t1_0c),
    .s(c11_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c11_j3_l0_g3_u_t0_0 (
    .x0(c11_j3_l0_g3_x0),
    .x1(c11_j3_l0_g3_x1),
    .x2(c11_j3_l0_g3_x2),
    .x3(c11_j3_l0_g3_x3),
    .s(c11_j3_l0_g3_t0_0s),
    .c(c11_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c11_j3_l0_g3_u_t1_0 (
    .x(c11_j3_l0_g3_t0_0s),
    .y(c11_j3_l0_g3_t0_0c),
    .z(c11_j3_l0_g3_x4),
    .s(c11_j3_l0_g3_t1_0s),
    .c(c11_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c11_j3_l0_g3_sum (
    .x(c11_j3_l0_g3_t1_0s),
    .y(c11_j3_l0_g3_t1_0c),
    .s(c11_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c11_j3_l1_g0_u_t0_0 (
    .x0(c11_j3_l1_g0_x0),
    .x1(c11_j3_l1_g0_x1),
    .x2(c11_j3_l1_g0_x2),
    .x3(c11_j3_l1_g0_x3),
    .s(c11_j3_l1_g0_t0_0s),
    .c(c11_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c11_j3_l1_g0_sum (
    .x(c11_j3_l1_g0_t0_0s),
    .y(c11_j3_l1_g0_t0_0c),
    .s(c11_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col11_u_t0_0 (
    .x0(c11_v0),
    .x1(c11_v1),
    .x2(c11_v2),
    .x3(c11_v3),
    .s(col11_t0_0s),
    .c(col11_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col11_sum (
    .x(col11_t0_0s),
    .y(col11_t0_0c),
    .s(col11_sum)
  );
  adder_tree_k16_opt2_pe pe0_12 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_12),
    .p0_out(p0_12_p0),
    .p1_out(p0_12_p1),
    .p2_out(p0_12_p2),
    .p3_out(p0_12_p3)
  );
  adder_tree_k16_opt2_pe pe1_12 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_12),
    .p0_out(p1_12_p0),
    .p1_out(p1_12_p1),
    .p2_out(p1_12_p2),
    .p3_out(p1_12_p3)
  );
  adder_tree_k16_opt2_pe pe2_12 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_12),
    .p0_out(p2_12_p0),
    .p1_out(p2_12_p1),
    .p2_out(p2_12_p2),
    .p3_out(p2_12_p3)
  );
  adder_tree_k16_opt2_pe pe3_12 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_12),
    .p0_out(p3_12_p0),
    .p1_out(p3_12_p1),
    .p2_out(p3_12_p2),
    .p3_out(p3_12_p3)
  );
  adder_tree_k16_opt2_pe pe4_12 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_12),
    .p0_out(p4_12_p0),
    .p1_out(p4_12_p1),
    .p2_out(p4_12_p2),
    .p3_out(p4_12_p3)
  );
  adder_tree_k16_opt2_pe pe5_12 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_12),
    .p0_out(p5_12_p0),
    .p1_out(p5_12_p1),
    .p2_out(p5_12_p2),
    .p3_out(p5_12_p3)
  );
  adder_tree_k16_opt2_pe pe6_12 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_12),
    .p0_out(p6_12_p0),
    .p1_out(p6_12_p1),
    .p2_out(p6_12_p2),
    .p3_out(p6_12_p3)
  );
  adder_tree_k16_opt2_pe pe7_12 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_12),
    .p0_out(p7_12_p0),
    .p1_out(p7_12_p1),
    .p2_out(p7_12_p2),
    .p3_out(p7_12_p3)
  );
  adder_tree_k16_opt2_pe pe8_12 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_12),
    .p0_out(p8_12_p0),
    .p1_out(p8_12_p1),
    .p2_out(p8_12_p2),
    .p3_out(p8_12_p3)
  );
  adder_tree_k16_opt2_pe pe9_12 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_12),
    .p0_out(p9_12_p0),
    .p1_out(p9_12_p1),
    .p2_out(p9_12_p2),
    .p3_out(p9_12_p3)
  );
  adder_tree_k16_opt2_pe pe10_12 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_12),
    .p0_out(p10_12_p0),
    .p1_out(p10_12_p1),
    .p2_out(p10_12_p2),
    .p3_out(p10_12_p3)
  );
  adder_tree_k16_opt2_pe pe11_12 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_12),
    .p0_out(p11_12_p0),
    .p1_out(p11_12_p1),
    .p2_out(p11_12_p2),
    .p3_out(p11_12_p3)
  );
  adder_tree_k16_opt2_pe pe12_12 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_12),
    .p0_out(p12_12_p0),
    .p1_out(p12_12_p1),
    .p2_out(p12_12_p2),
    .p3_out(p12_12_p3)
  );
  adder_tree_k16_opt2_pe pe13_12 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_12),
    .p0_out(p13_12_p0),
    .p1_out(p13_12_p1),
    .p2_out(p13_12_p2),
    .p3_out(p13_12_p3)
  );
  adder_tree_k16_opt2_pe pe14_12 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_12),
    .p0_out(p14_12_p0),
    .p1_out(p14_12_p1),
    .p2_out(p14_12_p2),
    .p3_out(p14_12_p3)
  );
  adder_tree_k16_opt2_pe pe15_12 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_12),
    .p0_out(p15_12_p0),
    .p1_out(p15_12_p1),
    .p2_out(p15_12_p2),
    .p3_out(p15_12_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j0_l0_g0_u_t0_0 (
    .x0(c12_j0_l0_g0_x0),
    .x1(c12_j0_l0_g0_x1),
    .x2(c12_j0_l0_g0_x2),
    .x3(c12_j0_l0_g0_x3),
    .s(c12_j0_l0_g0_t0_0s),
    .c(c12_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j0_l0_g0_u_t1_0 (
    .x(c12_j0_l0_g0_t0_0s),
    .y(c12_j0_l0_g0_t0_0c),
    .z(c12_j0_l0_g0_x4),
    .s(c12_j0_l0_g0_t1_0s),
    .c(c12_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j0_l0_g0_sum (
    .x(c12_j0_l0_g0_t1_0s),
    .y(c12_j0_l0_g0_t1_0c),
    .s(c12_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j0_l0_g1_u_t0_0 (
    .x0(c12_j0_l0_g1_x0),
    .x1(c12_j0_l0_g1_x1),
    .x2(c12_j0_l0_g1_x2),
    .x3(c12_j0_l0_g1_x3),
    .s(c12_j0_l0_g1_t0_0s),
    .c(c12_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j0_l0_g1_u_t1_0 (
    .x(c12_j0_l0_g1_t0_0s),
    .y(c12_j0_l0_g1_t0_0c),
    .z(c12_j0_l0_g1_x4),
    .s(c12_j0_l0_g1_t1_0s),
    .c(c12_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j0_l0_g1_sum (
    .x(c12_j0_l0_g1_t1_0s),
    .y(c12_j0_l0_g1_t1_0c),
    .s(c12_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j0_l0_g2_u_t0_0 (
    .x0(c12_j0_l0_g2_x0),
    .x1(c12_j0_l0_g2_x1),
    .x2(c12_j0_l0_g2_x2),
    .x3(c12_j0_l0_g2_x3),
    .s(c12_j0_l0_g2_t0_0s),
    .c(c12_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j0_l0_g2_u_t1_0 (
    .x(c12_j0_l0_g2_t0_0s),
    .y(c12_j0_l0_g2_t0_0c),
    .z(c12_j0_l0_g2_x4),
    .s(c12_j0_l0_g2_t1_0s),
    .c(c12_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j0_l0_g2_sum (
    .x(c12_j0_l0_g2_t1_0s),
    .y(c12_j0_l0_g2_t1_0c),
    .s(c12_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j0_l0_g3_u_t0_0 (
    .x0(c12_j0_l0_g3_x0),
    .x1(c12_j0_l0_g3_x1),
    .x2(c12_j0_l0_g3_x2),
    .x3(c12_j0_l0_g3_x3),
    .s(c12_j0_l0_g3_t0_0s),
    .c(c12_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j0_l0_g3_u_t1_0 (
    .x(c12_j0_l0_g3_t0_0s),
    .y(c12_j0_l0_g3_t0_0c),
    .z(c12_j0_l0_g3_x4),
    .s(c12_j0_l0_g3_t1_0s),
    .c(c12_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j0_l0_g3_sum (
    .x(c12_j0_l0_g3_t1_0s),
    .y(c12_j0_l0_g3_t1_0c),
    .s(c12_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c12_j0_l1_g0_u_t0_0 (
    .x0(c12_j0_l1_g0_x0),
    .x1(c12_j0_l1_g0_x1),
    .x2(c12_j0_l1_g0_x2),
    .x3(c12_j0_l1_g0_x3),
    .s(c12_j0_l1_g0_t0_0s),
    .c(c12_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c12_j0_l1_g0_sum (
    .x(c12_j0_l1_g0_t0_0s),
    .y(c12_j0_l1_g0_t0_0c),
    .s(c12_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j1_l0_g0_u_t0_0 (
    .x0(c12_j1_l0_g0_x0),
    .x1(c12_j1_l0_g0_x1),
    .x2(c12_j1_l0_g0_x2),
    .x3(c12_j1_l0_g0_x3),
    .s(c12_j1_l0_g0_t0_0s),
    .c(c12_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j1_l0_g0_u_t1_0 (
    .x(c12_j1_l0_g0_t0_0s),
    .y(c12_j1_l0_g0_t0_0c),
    .z(c12_j1_l0_g0_x4),
    .s(c12_j1_l0_g0_t1_0s),
    .c(c12_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j1_l0_g0_sum (
    .x(c12_j1_l0_g0_t1_0s),
    .y(c12_j1_l0_g0_t1_0c),
    .s(c12_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j1_l0_g1_u_t0_0 (
    .x0(c12_j1_l0_g1_x0),
    .x1(c12_j1_l0_g1_x1),
    .x2(c12_j1_l0_g1_x2),
    .x3(c12_j1_l0_g1_x3),
    .s(c12_j1_l0_g1_t0_0s),
    .c(c12_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j1_l0_g1_u_t1_0 (
    .x(c12_j1_l0_g1_t0_0s),
    .y(c12_j1_l0_g1_t0_0c),
    .z(c12_j1_l0_g1_x4),
    .s(c12_j1_l0_g1_t1_0s),
    .c(c12_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j1_l0_g1_sum (
    .x(c12_j1_l0_g1_t1_0s),
    .y(c12_j1_l0_g1_t1_0c),
    .s(c12_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j1_l0_g2_u_t0_0 (
    .x0(c12_j1_l0_g2_x0),
    .x1(c12_j1_l0_g2_x1),
    .x2(c12_j1_l0_g2_x2),
    .x3(c12_j1_l0_g2_x3),
    .s(c12_j1_l0_g2_t0_0s),
    .c(c12_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j1_l0_g2_u_t1_0 (
    .x(c12_j1_l0_g2_t0_0s),
    .y(c12_j1_l0_g2_t0_0c),
    .z(c12_j1_l0_g2_x4),
    .s(c12_j1_l0_g2_t1_0s),
    .c(c12_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j1_l0_g2_sum (
    .x(c12_j1_l0_g2_t1_0s),
    .y(c12_j1_l0_g2_t1_0c),
    .s(c12_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j1_l0_g3_u_t0_0 (
    .x0(c12_j1_l0_g3_x0),
    .x1(c12_j1_l0_g3_x1),
    .x2(c12_j1_l0_g3_x2),
    .x3(c12_j1_l0_g3_x3),
    .s(c12_j1_l0_g3_t0_0s),
    .c(c12_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j1_l0_g3_u_t1_0 (
    .x(c12_j1_l0_g3_t0_0s),
    .y(c12_j1_l0_g3_t0_0c),
    .z(c12_j1_l0_g3_x4),
    .s(c12_j1_l0_g3_t1_0s),
    .c(c12_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j1_l0_g3_sum (
    .x(c12_j1_l0_g3_t1_0s),
    .y(c12_j1_l0_g3_t1_0c),
    .s(c12_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c12_j1_l1_g0_u_t0_0 (
    .x0(c12_j1_l1_g0_x0),
    .x1(c12_j1_l1_g0_x1),
    .x2(c12_j1_l1_g0_x2),
    .x3(c12_j1_l1_g0_x3),
    .s(c12_j1_l1_g0_t0_0s),
    .c(c12_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c12_j1_l1_g0_sum (
    .x(c12_j1_l1_g0_t0_0s),
    .y(c12_j1_l1_g0_t0_0c),
    .s(c12_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j2_l0_g0_u_t0_0 (
    .x0(c12_j2_l0_g0_x0),
    .x1(c12_j2_l0_g0_x1),
    .x2(c12_j2_l0_g0_x2),
    .x3(c12_j2_l0_g0_x3),
    .s(c12_j2_l0_g0_t0_0s),
    .c(c12_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j2_l0_g0_u_t1_0 (
    .x(c12_j2_l0_g0_t0_0s),
    .y(c12_j2_l0_g0_t0_0c),
    .z(c12_j2_l0_g0_x4),
    .s(c12_j2_l0_g0_t1_0s),
    .c(c12_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j2_l0_g0_sum (
    .x(c12_j2_l0_g0_t1_0s),
    .y(c12_j2_l0_g0_t1_0c),
    .s(c12_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j2_l0_g1_u_t0_0 (
    .x0(c12_j2_l0_g1_x0),
    .x1(c12_j2_l0_g1_x1),
    .x2(c12_j2_l0_g1_x2),
    .x3(c12_j2_l0_g1_x3),
    .s(c12_j2_l0_g1_t0_0s),
    .c(c12_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j2_l0_g1_u_t1_0 (
    .x(c12_j2_l0_g1_t0_0s),
    .y(c12_j2_l0_g1_t0_0c),
    .z(c12_j2_l0_g1_x4),
    .s(c12_j2_l0_g1_t1_0s),
    .c(c12_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j2_l0_g1_sum (
    .x(c12_j2_l0_g1_t1_0s),
    .y(c12_j2_l0_g1_t1_0c),
    .s(c12_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j2_l0_g2_u_t0_0 (
    .x0(c12_j2_l0_g2_x0),
    .x1(c12_j2_l0_g2_x1),
    .x2(c12_j2_l0_g2_x2),
    .x3(c12_j2_l0_g2_x3),
    .s(c12_j2_l0_g2_t0_0s),
    .c(c12_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j2_l0_g2_u_t1_0 (
    .x(c12_j2_l0_g2_t0_0s),
    .y(c12_j2_l0_g2_t0_0c),
    .z(c12_j2_l0_g2_x4),
    .s(c12_j2_l0_g2_t1_0s),
    .c(c12_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j2_l0_g2_sum (
    .x(c12_j2_l0_g2_t1_0s),
    .y(c12_j2_l0_g2_t1_0c),
    .s(c12_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j2_l0_g3_u_t0_0 (
    .x0(c12_j2_l0_g3_x0),
    .x1(c12_j2_l0_g3_x1),
    .x2(c12_j2_l0_g3_x2),
    .x3(c12_j2_l0_g3_x3),
    .s(c12_j2_l0_g3_t0_0s),
    .c(c12_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j2_l0_g3_u_t1_0 (
    .x(c12_j2_l0_g3_t0_0s),
    .y(c12_j2_l0_g3_t0_0c),
    .z(c12_j2_l0_g3_x4),
    .s(c12_j2_l0_g3_t1_0s),
    .c(c12_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j2_l0_g3_sum (
    .x(c12_j2_l0_g3_t1_0s),
    .y(c12_j2_l0_g3_t1_0c),
    .s(c12_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c12_j2_l1_g0_u_t0_0 (
    .x0(c12_j2_l1_g0_x0),
    .x1(c12_j2_l1_g0_x1),
    .x2(c12_j2_l1_g0_x2),
    .x3(c12_j2_l1_g0_x3),
    .s(c12_j2_l1_g0_t0_0s),
    .c(c12_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c12_j2_l1_g0_sum (
    .x(c12_j2_l1_g0_t0_0s),
    .y(c12_j2_l1_g0_t0_0c),
    .s(c12_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j3_l0_g0_u_t0_0 (
    .x0(c12_j3_l0_g0_x0),
    .x1(c12_j3_l0_g0_x1),
    .x2(c12_j3_l0_g0_x2),
    .x3(c12_j3_l0_g0_x3),
    .s(c12_j3_l0_g0_t0_0s),
    .c(c12_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j3_l0_g0_u_t1_0 (
    .x(c12_j3_l0_g0_t0_0s),
    .y(c12_j3_l0_g0_t0_0c),
    .z(c12_j3_l0_g0_x4),
    .s(c12_j3_l0_g0_t1_0s),
    .c(c12_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j3_l0_g0_sum (
    .x(c12_j3_l0_g0_t1_0s),
    .y(c12_j3_l0_g0_t1_0c),
    .s(c12_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j3_l0_g1_u_t0_0 (
    .x0(c12_j3_l0_g1_x0),
    .x1(c12_j3_l0_g1_x1),
    .x2(c12_j3_l0_g1_x2),
    .x3(c12_j3_l0_g1_x3),
    .s(c12_j3_l0_g1_t0_0s),
    .c(c12_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j3_l0_g1_u_t1_0 (
    .x(c12_j3_l0_g1_t0_0s),
    .y(c12_j3_l0_g1_t0_0c),
    .z(c12_j3_l0_g1_x4),
    .s(c12_j3_l0_g1_t1_0s),
    .c(c12_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j3_l0_g1_sum (
    .x(c12_j3_l0_g1_t1_0s),
    .y(c12_j3_l0_g1_t1_0c),
    .s(c12_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j3_l0_g2_u_t0_0 (
    .x0(c12_j3_l0_g2_x0),
    .x1(c12_j3_l0_g2_x1),
    .x2(c12_j3_l0_g2_x2),
    .x3(c12_j3_l0_g2_x3),
    .s(c12_j3_l0_g2_t0_0s),
    .c(c12_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j3_l0_g2_u_t1_0 (
    .x(c12_j3_l0_g2_t0_0s),
    .y(c12_j3_l0_g2_t0_0c),
    .z(c12_j3_l0_g2_x4),
    .s(c12_j3_l0_g2_t1_0s),
    .c(c12_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j3_l0_g2_sum (
    .x(c12_j3_l0_g2_t1_0s),
    .y(c12_j3_l0_g2_t1_0c),
    .s(c12_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c12_j3_l0_g3_u_t0_0 (
    .x0(c12_j3_l0_g3_x0),
    .x1(c12_j3_l0_g3_x1),
    .x2(c12_j3_l0_g3_x2),
    .x3(c12_j3_l0_g3_x3),
    .s(c12_j3_l0_g3_t0_0s),
    .c(c12_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c12_j3_l0_g3_u_t1_0 (
    .x(c12_j3_l0_g3_t0_0s),
    .y(c12_j3_l0_g3_t0_0c),
    .z(c12_j3_l0_g3_x4),
    .s(c12_j3_l0_g3_t1_0s),
    .c(c12_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c12_j3_l0_g3_sum (
    .x(c12_j3_l0_g3_t1_0s),
    .y(c12_j3_l0_g3_t1_0c),
    .s(c12_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c12_j3_l1_g0_u_t0_0 (
    .x0(c12_j3_l1_g0_x0),
    .x1(c12_j3_l1_g0_x1),
    .x2(c12_j3_l1_g0_x2),
    .x3(c12_j3_l1_g0_x3),
    .s(c12_j3_l1_g0_t0_0s),
    .c(c12_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c12_j3_l1_g0_sum (
    .x(c12_j3_l1_g0_t0_0s),
    .y(c12_j3_l1_g0_t0_0c),
    .s(c12_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col12_u_t0_0 (
    .x0(c12_v0),
    .x1(c12_v1),
    .x2(c12_v2),
    .x3(c12_v3),
    .s(col12_t0_0s),
    .c(col12_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col12_sum (
    .x(col12_t0_0s),
    .y(col12_t0_0c),
    .s(col12_sum)
  );
  adder_tree_k16_opt2_pe pe0_13 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_13),
    .p0_out(p0_13_p0),
    .p1_out(p0_13_p1),
    .p2_out(p0_13_p2),
    .p3_out(p0_13_p3)
  );
  adder_tree_k16_opt2_pe pe1_13 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_13),
    .p0_out(p1_13_p0),
    .p1_out(p1_13_p1),
    .p2_out(p1_13_p2),
    .p3_out(p1_13_p3)
  );
  adder_tree_k16_opt2_pe pe2_13 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_13),
    .p0_out(p2_13_p0),
    .p1_out(p2_13_p1),
    .p2_out(p2_13_p2),
    .p3_out(p2_13_p3)
  );
  adder_tree_k16_opt2_pe pe3_13 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_13),
    .p0_out(p3_13_p0),
    .p1_out(p3_13_p1),
    .p2_out(p3_13_p2),
    .p3_out(p3_13_p3)
  );
  adder_tree_k16_opt2_pe pe4_13 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_13),
    .p0_out(p4_13_p0),
    .p1_out(p4_13_p1),
    .p2_out(p4_13_p2),
    .p3_out(p4_13_p3)
  );
  adder_tree_k16_opt2_pe pe5_13 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_13),
    .p0_out(p5_13_p0),
    .p1_out(p5_13_p1),
    .p2_out(p5_13_p2),
    .p3_out(p5_13_p3)
  );
  adder_tree_k16_opt2_pe pe6_13 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_13),
    .p0_out(p6_13_p0),
    .p1_out(p6_13_p1),
    .p2_out(p6_13_p2),
    .p3_out(p6_13_p3)
  );
  adder_tree_k16_opt2_pe pe7_13 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_13),
    .p0_out(p7_13_p0),
    .p1_out(p7_13_p1),
    .p2_out(p7_13_p2),
    .p3_out(p7_13_p3)
  );
  adder_tree_k16_opt2_pe pe8_13 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_13),
    .p0_out(p8_13_p0),
    .p1_out(p8_13_p1),
    .p2_out(p8_13_p2),
    .p3_out(p8_13_p3)
  );
  adder_tree_k16_opt2_pe pe9_13 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_13),
    .p0_out(p9_13_p0),
    .p1_out(p9_13_p1),
    .p2_out(p9_13_p2),
    .p3_out(p9_13_p3)
  );
  adder_tree_k16_opt2_pe pe10_13 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_13),
    .p0_out(p10_13_p0),
    .p1_out(p10_13_p1),
    .p2_out(p10_13_p2),
    .p3_out(p10_13_p3)
  );
  adder_tree_k16_opt2_pe pe11_13 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_13),
    .p0_out(p11_13_p0),
    .p1_out(p11_13_p1),
    .p2_out(p11_13_p2),
    .p3_out(p11_13_p3)
  );
  adder_tree_k16_opt2_pe pe12_13 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_13),
    .p0_out(p12_13_p0),
    .p1_out(p12_13_p1),
    .p2_out(p12_13_p2),
    .p3_out(p12_13_p3)
  );
  adder_tree_k16_opt2_pe pe13_13 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_13),
    .p0_out(p13_13_p0),
    .p1_out(p13_13_p1),
    .p2_out(p13_13_p2),
    .p3_out(p13_13_p3)
  );
  adder_tree_k16_opt2_pe pe14_13 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_13),
    .p0_out(p14_13_p0),
    .p1_out(p14_13_p1),
    .p2_out(p14_13_p2),
    .p3_out(p14_13_p3)
  );
  adder_tree_k16_opt2_pe pe15_13 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_13),
    .p0_out(p15_13_p0),
    .p1_out(p15_13_p1),
    .p2_out(p15_13_p2),
    .p3_out(p15_13_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j0_l0_g0_u_t0_0 (
    .x0(c13_j0_l0_g0_x0),
    .x1(c13_j0_l0_g0_x1),
    .x2(c13_j0_l0_g0_x2),
    .x3(c13_j0_l0_g0_x3),
    .s(c13_j0_l0_g0_t0_0s),
    .c(c13_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j0_l0_g0_u_t1_0 (
    .x(c13_j0_l0_g0_t0_0s),
    .y(c13_j0_l0_g0_t0_0c),
    .z(c13_j0_l0_g0_x4),
    .s(c13_j0_l0_g0_t1_0s),
    .c(c13_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j0_l0_g0_sum (
    .x(c13_j0_l0_g0_t1_0s),
    .y(c13_j0_l0_g0_t1_0c),
    .s(c13_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j0_l0_g1_u_t0_0 (
    .x0(c13_j0_l0_g1_x0),
    .x1(c13_j0_l0_g1_x1),
    .x2(c13_j0_l0_g1_x2),
    .x3(c13_j0_l0_g1_x3),
    .s(c13_j0_l0_g1_t0_0s),
    .c(c13_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j0_l0_g1_u_t1_0 (
    .x(c13_j0_l0_g1_t0_0s),
    .y(c13_j0_l0_g1_t0_0c),
    .z(c13_j0_l0_g1_x4),
    .s(c13_j0_l0_g1_t1_0s),
    .c(c13_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j0_l0_g1_sum (
    .x(c13_j0_l0_g1_t1_0s),
    .y(c13_j0_l0_g1_t1_0c),
    .s(c13_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j0_l0_g2_u_t0_0 (
    .x0(c13_j0_l0_g2_x0),
    .x1(c13_j0_l0_g2_x1),
    .x2(c13_j0_l0_g2_x2),
    .x3(c13_j0_l0_g2_x3),
    .s(c13_j0_l0_g2_t0_0s),
    .c(c13_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j0_l0_g2_u_t1_0 (
    .x(c13_j0_l0_g2_t0_0s),
    .y(c13_j0_l0_g2_t0_0c),
    .z(c13_j0_l0_g2_x4),
    .s(c13_j0_l0_g2_t1_0s),
    .c(c13_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j0_l0_g2_sum (
    .x(c13_j0_l0_g2_t1_0s),
    .y(c13_j0_l0_g2_t1_0c),
    .s(c13_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j0_l0_g3_u_t0_0 (
    .x0(c13_j0_l0_g3_x0),
    .x1(c13_j0_l0_g3_x1),
    .x2(c13_j0_l0_g3_x2),
    .x3(c13_j0_l0_g3_x3),
    .s(c13_j0_l0_g3_t0_0s),
    .c(c13_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j0_l0_g3_u_t1_0 (
    .x(c13_j0_l0_g3_t0_0s),
    .y(c13_j0_l0_g3_t0_0c),
    .z(c13_j0_l0_g3_x4),
    .s(c13_j0_l0_g3_t1_0s),
    .c(c13_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j0_l0_g3_sum (
    .x(c13_j0_l0_g3_t1_0s),
    .y(c13_j0_l0_g3_t1_0c),
    .s(c13_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c13_j0_l1_g0_u_t0_0 (
    .x0(c13_j0_l1_g0_x0),
    .x1(c13_j0_l1_g0_x1),
    .x2(c13_j0_l1_g0_x2),
    .x3(c13_j0_l1_g0_x3),
    .s(c13_j0_l1_g0_t0_0s),
    .c(c13_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c13_j0_l1_g0_sum (
    .x(c13_j0_l1_g0_t0_0s),
    .y(c13_j0_l1_g0_t0_0c),
    .s(c13_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j1_l0_g0_u_t0_0 (
    .x0(c13_j1_l0_g0_x0),
    .x1(c13_j1_l0_g0_x1),
    .x2(c13_j1_l0_g0_x2),
    .x3(c13_j1_l0_g0_x3),
    .s(c13_j1_l0_g0_t0_0s),
    .c(c13_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j1_l0_g0_u_t1_0 (
    .x(c13_j1_l0_g0_t0_0s),
    .y(c13_j1_l0_g0_t0_0c),
    .z(c13_j1_l0_g0_x4),
    .s(c13_j1_l0_g0_t1_0s),
    .c(c13_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j1_l0_g0_sum (
    .x(c13_j1_l0_g0_t1_0s),
    .y(c13_j1_l0_g0_t1_0c),
    .s(c13_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j1_l0_g1_u_t0_0 (
    .x0(c13_j1_l0_g1_x0),
    .x1(c13_j1_l0_g1_x1),
    .x2(c13_j1_l0_g1_x2),
    .x3(c13_j1_l0_g1_x3),
    .s(c13_j1_l0_g1_t0_0s),
    .c(c13_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j1_l0_g1_u_t1_0 (
    .x(c13_j1_l0_g1_t0_0s),
    .y(c13_j1_l0_g1_t0_0c),
    .z(c13_j1_l0_g1_x4),
    .s(c13_j1_l0_g1_t1_0s),
    .c(c13_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j1_l0_g1_sum (
    .x(c13_j1_l0_g1_t1_0s),
    .y(c13_j1_l0_g1_t1_0c),
    .s(c13_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j1_l0_g2_u_t0_0 (
    .x0(c13_j1_l0_g2_x0),
    .x1(c13_j1_l0_g2_x1),
    .x2(c13_j1_l0_g2_x2),
    .x3(c13_j1_l0_g2_x3),
    .s(c13_j1_l0_g2_t0_0s),
    .c(c13_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j1_l0_g2_u_t1_0 (
    .x(c13_j1_l0_g2_t0_0s),
    .y(c13_j1_l0_g2_t0_0c),
    .z(c13_j1_l0_g2_x4),
    .s(c13_j1_l0_g2_t1_0s),
    .c(c13_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j1_l0_g2_sum (
    .x(c13_j1_l0_g2_t1_0s),
    .y(c13_j1_l0_g2_t1_0c),
    .s(c13_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j1_l0_g3_u_t0_0 (
    .x0(c13_j1_l0_g3_x0),
    .x1(c13_j1_l0_g3_x1),
    .x2(c13_j1_l0_g3_x2),
    .x3(c13_j1_l0_g3_x3),
    .s(c13_j1_l0_g3_t0_0s),
    .c(c13_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j1_l0_g3_u_t1_0 (
    .x(c13_j1_l0_g3_t0_0s),
    .y(c13_j1_l0_g3_t0_0c),
    .z(c13_j1_l0_g3_x4),
    .s(c13_j1_l0_g3_t1_0s),
    .c(c13_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j1_l0_g3_sum (
    .x(c13_j1_l0_g3_t1_0s),
    .y(c13_j1_l0_g3_t1_0c),
    .s(c13_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c13_j1_l1_g0_u_t0_0 (
    .x0(c13_j1_l1_g0_x0),
    .x1(c13_j1_l1_g0_x1),
    .x2(c13_j1_l1_g0_x2),
    .x3(c13_j1_l1_g0_x3),
    .s(c13_j1_l1_g0_t0_0s),
    .c(c13_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c13_j1_l1_g0_sum (
    .x(c13_j1_l1_g0_t0_0s),
    .y(c13_j1_l1_g0_t0_0c),
    .s(c13_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j2_l0_g0_u_t0_0 (
    .x0(c13_j2_l0_g0_x0),
    .x1(c13_j2_l0_g0_x1),
    .x2(c13_j2_l0_g0_x2),
    .x3(c13_j2_l0_g0_x3),
    .s(c13_j2_l0_g0_t0_0s),
    .c(c13_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j2_l0_g0_u_t1_0 (
    .x(c13_j2_l0_g0_t0_0s),
    .y(c13_j2_l0_g0_t0_0c),
    .z(c13_j2_l0_g0_x4),
    .s(c13_j2_l0_g0_t1_0s),
    .c(c13_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j2_l0_g0_sum (
    .x(c13_j2_l0_g0_t1_0s),
    .y(c13_j2_l0_g0_t1_0c),
    .s(c13_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j2_l0_g1_u_t0_0 (
    .x0(c13_j2_l0_g1_x0),
    .x1(c13_j2_l0_g1_x1),
    .x2(c13_j2_l0_g1_x2),
    .x3(c13_j2_l0_g1_x3),
    .s(c13_j2_l0_g1_t0_0s),
    .c(c13_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j2_l0_g1_u_t1_0 (
    .x(c13_j2_l0_g1_t0_0s),
    .y(c13_j2_l0_g1_t0_0c),
    .z(c13_j2_l0_g1_x4),
    .s(c13_j2_l0_g1_t1_0s),
    .c(c13_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j2_l0_g1_sum (
    .x(c13_j2_l0_g1_t1_0s),
    .y(c13_j2_l0_g1_t1_0c),
    .s(c13_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j2_l0_g2_u_t0_0 (
    .x0(c13_j2_l0_g2_x0),
    .x1(c13_j2_l0_g2_x1),
    .x2(c13_j2_l0_g2_x2),
    .x3(c13_j2_l0_g2_x3),
    .s(c13_j2_l0_g2_t0_0s),
    .c(c13_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j2_l0_g2_u_t1_0 (
    .x(c13_j2_l0_g2_t0_0s),
    .y(c13_j2_l0_g2_t0_0c),
    .z(c13_j2_l0_g2_x4),
    .s(c13_j2_l0_g2_t1_0s),
    .c(c13_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j2_l0_g2_sum (
    .x(c13_j2_l0_g2_t1_0s),
    .y(c13_j2_l0_g2_t1_0c),
    .s(c13_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j2_l0_g3_u_t0_0 (
    .x0(c13_j2_l0_g3_x0),
    .x1(c13_j2_l0_g3_x1),
    .x2(c13_j2_l0_g3_x2),
    .x3(c13_j2_l0_g3_x3),
    .s(c13_j2_l0_g3_t0_0s),
    .c(c13_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j2_l0_g3_u_t1_0 (
    .x(c13_j2_l0_g3_t0_0s),
    .y(c13_j2_l0_g3_t0_0c),
    .z(c13_j2_l0_g3_x4),
    .s(c13_j2_l0_g3_t1_0s),
    .c(c13_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j2_l0_g3_sum (
    .x(c13_j2_l0_g3_t1_0s),
    .y(c13_j2_l0_g3_t1_0c),
    .s(c13_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c13_j2_l1_g0_u_t0_0 (
    .x0(c13_j2_l1_g0_x0),
    .x1(c13_j2_l1_g0_x1),
    .x2(c13_j2_l1_g0_x2),
    .x3(c13_j2_l1_g0_x3),
    .s(c13_j2_l1_g0_t0_0s),
    .c(c13_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c13_j2_l1_g0_sum (
    .x(c13_j2_l1_g0_t0_0s),
    .y(c13_j2_l1_g0_t0_0c),
    .s(c13_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j3_l0_g0_u_t0_0 (
    .x0(c13_j3_l0_g0_x0),
    .x1(c13_j3_l0_g0_x1),
    .x2(c13_j3_l0_g0_x2),
    .x3(c13_j3_l0_g0_x3),
    .s(c13_j3_l0_g0_t0_0s),
    .c(c13_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j3_l0_g0_u_t1_0 (
    .x(c13_j3_l0_g0_t0_0s),
    .y(c13_j3_l0_g0_t0_0c),
    .z(c13_j3_l0_g0_x4),
    .s(c13_j3_l0_g0_t1_0s),
    .c(c13_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j3_l0_g0_sum (
    .x(c13_j3_l0_g0_t1_0s),
    .y(c13_j3_l0_g0_t1_0c),
    .s(c13_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j3_l0_g1_u_t0_0 (
    .x0(c13_j3_l0_g1_x0),
    .x1(c13_j3_l0_g1_x1),
    .x2(c13_j3_l0_g1_x2),
    .x3(c13_j3_l0_g1_x3),
    .s(c13_j3_l0_g1_t0_0s),
    .c(c13_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j3_l0_g1_u_t1_0 (
    .x(c13_j3_l0_g1_t0_0s),
    .y(c13_j3_l0_g1_t0_0c),
    .z(c13_j3_l0_g1_x4),
    .s(c13_j3_l0_g1_t1_0s),
    .c(c13_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j3_l0_g1_sum (
    .x(c13_j3_l0_g1_t1_0s),
    .y(c13_j3_l0_g1_t1_0c),
    .s(c13_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j3_l0_g2_u_t0_0 (
    .x0(c13_j3_l0_g2_x0),
    .x1(c13_j3_l0_g2_x1),
    .x2(c13_j3_l0_g2_x2),
    .x3(c13_j3_l0_g2_x3),
    .s(c13_j3_l0_g2_t0_0s),
    .c(c13_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j3_l0_g2_u_t1_0 (
    .x(c13_j3_l0_g2_t0_0s),
    .y(c13_j3_l0_g2_t0_0c),
    .z(c13_j3_l0_g2_x4),
    .s(c13_j3_l0_g2_t1_0s),
    .c(c13_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j3_l0_g2_sum (
    .x(c13_j3_l0_g2_t1_0s),
    .y(c13_j3_l0_g2_t1_0c),
    .s(c13_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c13_j3_l0_g3_u_t0_0 (
    .x0(c13_j3_l0_g3_x0),
    .x1(c13_j3_l0_g3_x1),
    .x2(c13_j3_l0_g3_x2),
    .x3(c13_j3_l0_g3_x3),
    .s(c13_j3_l0_g3_t0_0s),
    .c(c13_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c13_j3_l0_g3_u_t1_0 (
    .x(c13_j3_l0_g3_t0_0s),
    .y(c13_j3_l0_g3_t0_0c),
    .z(c13_j3_l0_g3_x4),
    .s(c13_j3_l0_g3_t1_0s),
    .c(c13_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c13_j3_l0_g3_sum (
    .x(c13_j3_l0_g3_t1_0s),
    .y(c13_j3_l0_g3_t1_0c),
    .s(c13_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c13_j3_l1_g0_u_t0_0 (
    .x0(c13_j3_l1_g0_x0),
    .x1(c13_j3_l1_g0_x1),
    .x2(c13_j3_l1_g0_x2),
    .x3(c13_j3_l1_g0_x3),
    .s(c13_j3_l1_g0_t0_0s),
    .c(c13_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c13_j3_l1_g0_sum (
    .x(c13_j3_l1_g0_t0_0s),
    .y(c13_j3_l1_g0_t0_0c),
    .s(c13_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col13_u_t0_0 (
    .x0(c13_v0),
    .x1(c13_v1),
    .x2(c13_v2),
    .x3(c13_v3),
    .s(col13_t0_0s),
    .c(col13_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col13_sum (
    .x(col13_t0_0s),
    .y(col13_t0_0c),
    .s(col13_sum)
  );
  adder_tree_k16_opt2_pe pe0_14 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_14),
    .p0_out(p0_14_p0),
    .p1_out(p0_14_p1),
    .p2_out(p0_14_p2),
    .p3_out(p0_14_p3)
  );
  adder_tree_k16_opt2_pe pe1_14 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_14),
    .p0_out(p1_14_p0),
    .p1_out(p1_14_p1),
    .p2_out(p1_14_p2),
    .p3_out(p1_14_p3)
  );
  adder_tree_k16_opt2_pe pe2_14 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_14),
    .p0_out(p2_14_p0),
    .p1_out(p2_14_p1),
    .p2_out(p2_14_p2),
    .p3_out(p2_14_p3)
  );
  adder_tree_k16_opt2_pe pe3_14 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_14),
    .p0_out(p3_14_p0),
    .p1_out(p3_14_p1),
    .p2_out(p3_14_p2),
    .p3_out(p3_14_p3)
  );
  adder_tree_k16_opt2_pe pe4_14 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_14),
    .p0_out(p4_14_p0),
    .p1_out(p4_14_p1),
    .p2_out(p4_14_p2),
    .p3_out(p4_14_p3)
  );
  adder_tree_k16_opt2_pe pe5_14 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_14),
    .p0_out(p5_14_p0),
    .p1_out(p5_14_p1),
    .p2_out(p5_14_p2),
    .p3_out(p5_14_p3)
  );
  adder_tree_k16_opt2_pe pe6_14 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_14),
    .p0_out(p6_14_p0),
    .p1_out(p6_14_p1),
    .p2_out(p6_14_p2),
    .p3_out(p6_14_p3)
  );
  adder_tree_k16_opt2_pe pe7_14 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_14),
    .p0_out(p7_14_p0),
    .p1_out(p7_14_p1),
    .p2_out(p7_14_p2),
    .p3_out(p7_14_p3)
  );
  adder_tree_k16_opt2_pe pe8_14 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_14),
    .p0_out(p8_14_p0),
    .p1_out(p8_14_p1),
    .p2_out(p8_14_p2),
    .p3_out(p8_14_p3)
  );
  adder_tree_k16_opt2_pe pe9_14 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_14),
    .p0_out(p9_14_p0),
    .p1_out(p9_14_p1),
    .p2_out(p9_14_p2),
    .p3_out(p9_14_p3)
  );
  adder_tree_k16_opt2_pe pe10_14 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_14),
    .p0_out(p10_14_p0),
    .p1_out(p10_14_p1),
    .p2_out(p10_14_p2),
    .p3_out(p10_14_p3)
  );
  adder_tree_k16_opt2_pe pe11_14 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_14),
    .p0_out(p11_14_p0),
    .p1_out(p11_14_p1),
    .p2_out(p11_14_p2),
    .p3_out(p11_14_p3)
  );
  adder_tree_k16_opt2_pe pe12_14 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_14),
    .p0_out(p12_14_p0),
    .p1_out(p12_14_p1),
    .p2_out(p12_14_p2),
    .p3_out(p12_14_p3)
  );
  adder_tree_k16_opt2_pe pe13_14 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_14),
    .p0_out(p13_14_p0),
    .p1_out(p13_14_p1),
    .p2_out(p13_14_p2),
    .p3_out(p13_14_p3)
  );
  adder_tree_k16_opt2_pe pe14_14 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_14),
    .p0_out(p14_14_p0),
    .p1_out(p14_14_p1),
    .p2_out(p14_14_p2),
    .p3_out(p14_14_p3)
  );
  adder_tree_k16_opt2_pe pe15_14 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_14),
    .p0_out(p15_14_p0),
    .p1_out(p15_14_p1),
    .p2_out(p15_14_p2),
    .p3_out(p15_14_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j0_l0_g0_u_t0_0 (
    .x0(c14_j0_l0_g0_x0),
    .x1(c14_j0_l0_g0_x1),
    .x2(c14_j0_l0_g0_x2),
    .x3(c14_j0_l0_g0_x3),
    .s(c14_j0_l0_g0_t0_0s),
    .c(c14_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j0_l0_g0_u_t1_0 (
    .x(c14_j0_l0_g0_t0_0s),
    .y(c14_j0_l0_g0_t0_0c),
    .z(c14_j0_l0_g0_x4),
    .s(c14_j0_l0_g0_t1_0s),
    .c(c14_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j0_l0_g0_sum (
    .x(c14_j0_l0_g0_t1_0s),
    .y(c14_j0_l0_g0_t1_0c),
    .s(c14_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j0_l0_g1_u_t0_0 (
    .x0(c14_j0_l0_g1_x0),
    .x1(c14_j0_l0_g1_x1),
    .x2(c14_j0_l0_g1_x2),
    .x3(c14_j0_l0_g1_x3),
    .s(c14_j0_l0_g1_t0_0s),
    .c(c14_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j0_l0_g1_u_t1_0 (
    .x(c14_j0_l0_g1_t0_0s),
    .y(c14_j0_l0_g1_t0_0c),
    .z(c14_j0_l0_g1_x4),
    .s(c14_j0_l0_g1_t1_0s),
    .c(c14_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j0_l0_g1_sum (
    .x(c14_j0_l0_g1_t1_0s),
    .y(c14_j0_l0_g1_t1_0c),
    .s(c14_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j0_l0_g2_u_t0_0 (
    .x0(c14_j0_l0_g2_x0),
    .x1(c14_j0_l0_g2_x1),
    .x2(c14_j0_l0_g2_x2),
    .x3(c14_j0_l0_g2_x3),
    .s(c14_j0_l0_g2_t0_0s),
    .c(c14_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j0_l0_g2_u_t1_0 (
    .x(c14_j0_l0_g2_t0_0s),
    .y(c14_j0_l0_g2_t0_0c),
    .z(c14_j0_l0_g2_x4),
    .s(c14_j0_l0_g2_t1_0s),
    .c(c14_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j0_l0_g2_sum (
    .x(c14_j0_l0_g2_t1_0s),
    .y(c14_j0_l0_g2_t1_0c),
    .s(c14_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j0_l0_g3_u_t0_0 (
    .x0(c14_j0_l0_g3_x0),
    .x1(c14_j0_l0_g3_x1),
    .x2(c14_j0_l0_g3_x2),
    .x3(c14_j0_l0_g3_x3),
    .s(c14_j0_l0_g3_t0_0s),
    .c(c14_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j0_l0_g3_u_t1_0 (
    .x(c14_j0_l0_g3_t0_0s),
    .y(c14_j0_l0_g3_t0_0c),
    .z(c14_j0_l0_g3_x4),
    .s(c14_j0_l0_g3_t1_0s),
    .c(c14_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j0_l0_g3_sum (
    .x(c14_j0_l0_g3_t1_0s),
    .y(c14_j0_l0_g3_t1_0c),
    .s(c14_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c14_j0_l1_g0_u_t0_0 (
    .x0(c14_j0_l1_g0_x0),
    .x1(c14_j0_l1_g0_x1),
    .x2(c14_j0_l1_g0_x2),
    .x3(c14_j0_l1_g0_x3),
    .s(c14_j0_l1_g0_t0_0s),
    .c(c14_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c14_j0_l1_g0_sum (
    .x(c14_j0_l1_g0_t0_0s),
    .y(c14_j0_l1_g0_t0_0c),
    .s(c14_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j1_l0_g0_u_t0_0 (
    .x0(c14_j1_l0_g0_x0),
    .x1(c14_j1_l0_g0_x1),
    .x2(c14_j1_l0_g0_x2),
    .x3(c14_j1_l0_g0_x3),
    .s(c14_j1_l0_g0_t0_0s),
    .c(c14_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j1_l0_g0_u_t1_0 (
    .x(c14_j1_l0_g0_t0_0s),
    .y(c14_j1_l0_g0_t0_0c),
    .z(c14_j1_l0_g0_x4),
    .s(c14_j1_l0_g0_t1_0s),
    .c(c14_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j1_l0_g0_sum (
    .x(c14_j1_l0_g0_t1_0s),
    .y(c14_j1_l0_g0_t1_0c),
    .s(c14_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j1_l0_g1_u_t0_0 (
    .x0(c14_j1_l0_g1_x0),
    .x1(c14_j1_l0_g1_x1),
    .x2(c14_j1_l0_g1_x2),
    .x3(c14_j1_l0_g1_x3),
    .s(c14_j1_l0_g1_t0_0s),
    .c(c14_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j1_l0_g1_u_t1_0 (
    .x(c14_j1_l0_g1_t0_0s),
    .y(c14_j1_l0_g1_t0_0c),
    .z(c14_j1_l0_g1_x4),
    .s(c14_j1_l0_g1_t1_0s),
    .c(c14_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j1_l0_g1_sum (
    .x(c14_j1_l0_g1_t1_0s),
    .y(c14_j1_l0_g1_t1_0c),
    .s(c14_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j1_l0_g2_u_t0_0 (
    .x0(c14_j1_l0_g2_x0),
    .x1(c14_j1_l0_g2_x1),
    .x2(c14_j1_l0_g2_x2),
    .x3(c14_j1_l0_g2_x3),
    .s(c14_j1_l0_g2_t0_0s),
    .c(c14_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j1_l0_g2_u_t1_0 (
    .x(c14_j1_l0_g2_t0_0s),
    .y(c14_j1_l0_g2_t0_0c),
    .z(c14_j1_l0_g2_x4),
    .s(c14_j1_l0_g2_t1_0s),
    .c(c14_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j1_l0_g2_sum (
    .x(c14_j1_l0_g2_t1_0s),
    .y(c14_j1_l0_g2_t1_0c),
    .s(c14_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j1_l0_g3_u_t0_0 (
    .x0(c14_j1_l0_g3_x0),
    .x1(c14_j1_l0_g3_x1),
    .x2(c14_j1_l0_g3_x2),
    .x3(c14_j1_l0_g3_x3),
    .s(c14_j1_l0_g3_t0_0s),
    .c(c14_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j1_l0_g3_u_t1_0 (
    .x(c14_j1_l0_g3_t0_0s),
    .y(c14_j1_l0_g3_t0_0c),
    .z(c14_j1_l0_g3_x4),
    .s(c14_j1_l0_g3_t1_0s),
    .c(c14_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j1_l0_g3_sum (
    .x(c14_j1_l0_g3_t1_0s),
    .y(c14_j1_l0_g3_t1_0c),
    .s(c14_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c14_j1_l1_g0_u_t0_0 (
    .x0(c14_j1_l1_g0_x0),
    .x1(c14_j1_l1_g0_x1),
    .x2(c14_j1_l1_g0_x2),
    .x3(c14_j1_l1_g0_x3),
    .s(c14_j1_l1_g0_t0_0s),
    .c(c14_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c14_j1_l1_g0_sum (
    .x(c14_j1_l1_g0_t0_0s),
    .y(c14_j1_l1_g0_t0_0c),
    .s(c14_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j2_l0_g0_u_t0_0 (
    .x0(c14_j2_l0_g0_x0),
    .x1(c14_j2_l0_g0_x1),
    .x2(c14_j2_l0_g0_x2),
    .x3(c14_j2_l0_g0_x3),
    .s(c14_j2_l0_g0_t0_0s),
    .c(c14_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j2_l0_g0_u_t1_0 (
    .x(c14_j2_l0_g0_t0_0s),
    .y(c14_j2_l0_g0_t0_0c),
    .z(c14_j2_l0_g0_x4),
    .s(c14_j2_l0_g0_t1_0s),
    .c(c14_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j2_l0_g0_sum (
    .x(c14_j2_l0_g0_t1_0s),
    .y(c14_j2_l0_g0_t1_0c),
    .s(c14_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j2_l0_g1_u_t0_0 (
    .x0(c14_j2_l0_g1_x0),
    .x1(c14_j2_l0_g1_x1),
    .x2(c14_j2_l0_g1_x2),
    .x3(c14_j2_l0_g1_x3),
    .s(c14_j2_l0_g1_t0_0s),
    .c(c14_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j2_l0_g1_u_t1_0 (
    .x(c14_j2_l0_g1_t0_0s),
    .y(c14_j2_l0_g1_t0_0c),
    .z(c14_j2_l0_g1_x4),
    .s(c14_j2_l0_g1_t1_0s),
    .c(c14_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j2_l0_g1_sum (
    .x(c14_j2_l0_g1_t1_0s),
    .y(c14_j2_l0_g1_t1_0c),
    .s(c14_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j2_l0_g2_u_t0_0 (
    .x0(c14_j2_l0_g2_x0),
    .x1(c14_j2_l0_g2_x1),
    .x2(c14_j2_l0_g2_x2),
    .x3(c14_j2_l0_g2_x3),
    .s(c14_j2_l0_g2_t0_0s),
    .c(c14_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j2_l0_g2_u_t1_0 (
    .x(c14_j2_l0_g2_t0_0s),
    .y(c14_j2_l0_g2_t0_0c),
    .z(c14_j2_l0_g2_x4),
    .s(c14_j2_l0_g2_t1_0s),
    .c(c14_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j2_l0_g2_sum (
    .x(c14_j2_l0_g2_t1_0s),
    .y(c14_j2_l0_g2_t1_0c),
    .s(c14_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j2_l0_g3_u_t0_0 (
    .x0(c14_j2_l0_g3_x0),
    .x1(c14_j2_l0_g3_x1),
    .x2(c14_j2_l0_g3_x2),
    .x3(c14_j2_l0_g3_x3),
    .s(c14_j2_l0_g3_t0_0s),
    .c(c14_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j2_l0_g3_u_t1_0 (
    .x(c14_j2_l0_g3_t0_0s),
    .y(c14_j2_l0_g3_t0_0c),
    .z(c14_j2_l0_g3_x4),
    .s(c14_j2_l0_g3_t1_0s),
    .c(c14_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j2_l0_g3_sum (
    .x(c14_j2_l0_g3_t1_0s),
    .y(c14_j2_l0_g3_t1_0c),
    .s(c14_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c14_j2_l1_g0_u_t0_0 (
    .x0(c14_j2_l1_g0_x0),
    .x1(c14_j2_l1_g0_x1),
    .x2(c14_j2_l1_g0_x2),
    .x3(c14_j2_l1_g0_x3),
    .s(c14_j2_l1_g0_t0_0s),
    .c(c14_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c14_j2_l1_g0_sum (
    .x(c14_j2_l1_g0_t0_0s),
    .y(c14_j2_l1_g0_t0_0c),
    .s(c14_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j3_l0_g0_u_t0_0 (
    .x0(c14_j3_l0_g0_x0),
    .x1(c14_j3_l0_g0_x1),
    .x2(c14_j3_l0_g0_x2),
    .x3(c14_j3_l0_g0_x3),
    .s(c14_j3_l0_g0_t0_0s),
    .c(c14_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j3_l0_g0_u_t1_0 (
    .x(c14_j3_l0_g0_t0_0s),
    .y(c14_j3_l0_g0_t0_0c),
    .z(c14_j3_l0_g0_x4),
    .s(c14_j3_l0_g0_t1_0s),
    .c(c14_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j3_l0_g0_sum (
    .x(c14_j3_l0_g0_t1_0s),
    .y(c14_j3_l0_g0_t1_0c),
    .s(c14_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j3_l0_g1_u_t0_0 (
    .x0(c14_j3_l0_g1_x0),
    .x1(c14_j3_l0_g1_x1),
    .x2(c14_j3_l0_g1_x2),
    .x3(c14_j3_l0_g1_x3),
    .s(c14_j3_l0_g1_t0_0s),
    .c(c14_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j3_l0_g1_u_t1_0 (
    .x(c14_j3_l0_g1_t0_0s),
    .y(c14_j3_l0_g1_t0_0c),
    .z(c14_j3_l0_g1_x4),
    .s(c14_j3_l0_g1_t1_0s),
    .c(c14_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j3_l0_g1_sum (
    .x(c14_j3_l0_g1_t1_0s),
    .y(c14_j3_l0_g1_t1_0c),
    .s(c14_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j3_l0_g2_u_t0_0 (
    .x0(c14_j3_l0_g2_x0),
    .x1(c14_j3_l0_g2_x1),
    .x2(c14_j3_l0_g2_x2),
    .x3(c14_j3_l0_g2_x3),
    .s(c14_j3_l0_g2_t0_0s),
    .c(c14_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j3_l0_g2_u_t1_0 (
    .x(c14_j3_l0_g2_t0_0s),
    .y(c14_j3_l0_g2_t0_0c),
    .z(c14_j3_l0_g2_x4),
    .s(c14_j3_l0_g2_t1_0s),
    .c(c14_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j3_l0_g2_sum (
    .x(c14_j3_l0_g2_t1_0s),
    .y(c14_j3_l0_g2_t1_0c),
    .s(c14_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c14_j3_l0_g3_u_t0_0 (
    .x0(c14_j3_l0_g3_x0),
    .x1(c14_j3_l0_g3_x1),
    .x2(c14_j3_l0_g3_x2),
    .x3(c14_j3_l0_g3_x3),
    .s(c14_j3_l0_g3_t0_0s),
    .c(c14_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c14_j3_l0_g3_u_t1_0 (
    .x(c14_j3_l0_g3_t0_0s),
    .y(c14_j3_l0_g3_t0_0c),
    .z(c14_j3_l0_g3_x4),
    .s(c14_j3_l0_g3_t1_0s),
    .c(c14_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c14_j3_l0_g3_sum (
    .x(c14_j3_l0_g3_t1_0s),
    .y(c14_j3_l0_g3_t1_0c),
    .s(c14_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c14_j3_l1_g0_u_t0_0 (
    .x0(c14_j3_l1_g0_x0),
    .x1(c14_j3_l1_g0_x1),
    .x2(c14_j3_l1_g0_x2),
    .x3(c14_j3_l1_g0_x3),
    .s(c14_j3_l1_g0_t0_0s),
    .c(c14_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c14_j3_l1_g0_sum (
    .x(c14_j3_l1_g0_t0_0s),
    .y(c14_j3_l1_g0_t0_0c),
    .s(c14_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col14_u_t0_0 (
    .x0(c14_v0),
    .x1(c14_v1),
    .x2(c14_v2),
    .x3(c14_v3),
    .s(col14_t0_0s),
    .c(col14_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col14_sum (
    .x(col14_t0_0s),
    .y(col14_t0_0c),
    .s(col14_sum)
  );
  adder_tree_k16_opt2_pe pe0_15 (
    .clk(clk),
    .a(r0_dig),
    .b(w0_15),
    .p0_out(p0_15_p0),
    .p1_out(p0_15_p1),
    .p2_out(p0_15_p2),
    .p3_out(p0_15_p3)
  );
  adder_tree_k16_opt2_pe pe1_15 (
    .clk(clk),
    .a(r1_dig),
    .b(w1_15),
    .p0_out(p1_15_p0),
    .p1_out(p1_15_p1),
    .p2_out(p1_15_p2),
    .p3_out(p1_15_p3)
  );
  adder_tree_k16_opt2_pe pe2_15 (
    .clk(clk),
    .a(r2_dig),
    .b(w2_15),
    .p0_out(p2_15_p0),
    .p1_out(p2_15_p1),
    .p2_out(p2_15_p2),
    .p3_out(p2_15_p3)
  );
  adder_tree_k16_opt2_pe pe3_15 (
    .clk(clk),
    .a(r3_dig),
    .b(w3_15),
    .p0_out(p3_15_p0),
    .p1_out(p3_15_p1),
    .p2_out(p3_15_p2),
    .p3_out(p3_15_p3)
  );
  adder_tree_k16_opt2_pe pe4_15 (
    .clk(clk),
    .a(r4_dig),
    .b(w4_15),
    .p0_out(p4_15_p0),
    .p1_out(p4_15_p1),
    .p2_out(p4_15_p2),
    .p3_out(p4_15_p3)
  );
  adder_tree_k16_opt2_pe pe5_15 (
    .clk(clk),
    .a(r5_dig),
    .b(w5_15),
    .p0_out(p5_15_p0),
    .p1_out(p5_15_p1),
    .p2_out(p5_15_p2),
    .p3_out(p5_15_p3)
  );
  adder_tree_k16_opt2_pe pe6_15 (
    .clk(clk),
    .a(r6_dig),
    .b(w6_15),
    .p0_out(p6_15_p0),
    .p1_out(p6_15_p1),
    .p2_out(p6_15_p2),
    .p3_out(p6_15_p3)
  );
  adder_tree_k16_opt2_pe pe7_15 (
    .clk(clk),
    .a(r7_dig),
    .b(w7_15),
    .p0_out(p7_15_p0),
    .p1_out(p7_15_p1),
    .p2_out(p7_15_p2),
    .p3_out(p7_15_p3)
  );
  adder_tree_k16_opt2_pe pe8_15 (
    .clk(clk),
    .a(r8_dig),
    .b(w8_15),
    .p0_out(p8_15_p0),
    .p1_out(p8_15_p1),
    .p2_out(p8_15_p2),
    .p3_out(p8_15_p3)
  );
  adder_tree_k16_opt2_pe pe9_15 (
    .clk(clk),
    .a(r9_dig),
    .b(w9_15),
    .p0_out(p9_15_p0),
    .p1_out(p9_15_p1),
    .p2_out(p9_15_p2),
    .p3_out(p9_15_p3)
  );
  adder_tree_k16_opt2_pe pe10_15 (
    .clk(clk),
    .a(r10_dig),
    .b(w10_15),
    .p0_out(p10_15_p0),
    .p1_out(p10_15_p1),
    .p2_out(p10_15_p2),
    .p3_out(p10_15_p3)
  );
  adder_tree_k16_opt2_pe pe11_15 (
    .clk(clk),
    .a(r11_dig),
    .b(w11_15),
    .p0_out(p11_15_p0),
    .p1_out(p11_15_p1),
    .p2_out(p11_15_p2),
    .p3_out(p11_15_p3)
  );
  adder_tree_k16_opt2_pe pe12_15 (
    .clk(clk),
    .a(r12_dig),
    .b(w12_15),
    .p0_out(p12_15_p0),
    .p1_out(p12_15_p1),
    .p2_out(p12_15_p2),
    .p3_out(p12_15_p3)
  );
  adder_tree_k16_opt2_pe pe13_15 (
    .clk(clk),
    .a(r13_dig),
    .b(w13_15),
    .p0_out(p13_15_p0),
    .p1_out(p13_15_p1),
    .p2_out(p13_15_p2),
    .p3_out(p13_15_p3)
  );
  adder_tree_k16_opt2_pe pe14_15 (
    .clk(clk),
    .a(r14_dig),
    .b(w14_15),
    .p0_out(p14_15_p0),
    .p1_out(p14_15_p1),
    .p2_out(p14_15_p2),
    .p3_out(p14_15_p3)
  );
  adder_tree_k16_opt2_pe pe15_15 (
    .clk(clk),
    .a(r15_dig),
    .b(w15_15),
    .p0_out(p15_15_p0),
    .p1_out(p15_15_p1),
    .p2_out(p15_15_p2),
    .p3_out(p15_15_p3)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j0_l0_g0_u_t0_0 (
    .x0(c15_j0_l0_g0_x0),
    .x1(c15_j0_l0_g0_x1),
    .x2(c15_j0_l0_g0_x2),
    .x3(c15_j0_l0_g0_x3),
    .s(c15_j0_l0_g0_t0_0s),
    .c(c15_j0_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j0_l0_g0_u_t1_0 (
    .x(c15_j0_l0_g0_t0_0s),
    .y(c15_j0_l0_g0_t0_0c),
    .z(c15_j0_l0_g0_x4),
    .s(c15_j0_l0_g0_t1_0s),
    .c(c15_j0_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j0_l0_g0_sum (
    .x(c15_j0_l0_g0_t1_0s),
    .y(c15_j0_l0_g0_t1_0c),
    .s(c15_j0_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j0_l0_g1_u_t0_0 (
    .x0(c15_j0_l0_g1_x0),
    .x1(c15_j0_l0_g1_x1),
    .x2(c15_j0_l0_g1_x2),
    .x3(c15_j0_l0_g1_x3),
    .s(c15_j0_l0_g1_t0_0s),
    .c(c15_j0_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j0_l0_g1_u_t1_0 (
    .x(c15_j0_l0_g1_t0_0s),
    .y(c15_j0_l0_g1_t0_0c),
    .z(c15_j0_l0_g1_x4),
    .s(c15_j0_l0_g1_t1_0s),
    .c(c15_j0_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j0_l0_g1_sum (
    .x(c15_j0_l0_g1_t1_0s),
    .y(c15_j0_l0_g1_t1_0c),
    .s(c15_j0_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j0_l0_g2_u_t0_0 (
    .x0(c15_j0_l0_g2_x0),
    .x1(c15_j0_l0_g2_x1),
    .x2(c15_j0_l0_g2_x2),
    .x3(c15_j0_l0_g2_x3),
    .s(c15_j0_l0_g2_t0_0s),
    .c(c15_j0_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j0_l0_g2_u_t1_0 (
    .x(c15_j0_l0_g2_t0_0s),
    .y(c15_j0_l0_g2_t0_0c),
    .z(c15_j0_l0_g2_x4),
    .s(c15_j0_l0_g2_t1_0s),
    .c(c15_j0_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j0_l0_g2_sum (
    .x(c15_j0_l0_g2_t1_0s),
    .y(c15_j0_l0_g2_t1_0c),
    .s(c15_j0_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j0_l0_g3_u_t0_0 (
    .x0(c15_j0_l0_g3_x0),
    .x1(c15_j0_l0_g3_x1),
    .x2(c15_j0_l0_g3_x2),
    .x3(c15_j0_l0_g3_x3),
    .s(c15_j0_l0_g3_t0_0s),
    .c(c15_j0_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j0_l0_g3_u_t1_0 (
    .x(c15_j0_l0_g3_t0_0s),
    .y(c15_j0_l0_g3_t0_0c),
    .z(c15_j0_l0_g3_x4),
    .s(c15_j0_l0_g3_t1_0s),
    .c(c15_j0_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j0_l0_g3_sum (
    .x(c15_j0_l0_g3_t1_0s),
    .y(c15_j0_l0_g3_t1_0c),
    .s(c15_j0_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c15_j0_l1_g0_u_t0_0 (
    .x0(c15_j0_l1_g0_x0),
    .x1(c15_j0_l1_g0_x1),
    .x2(c15_j0_l1_g0_x2),
    .x3(c15_j0_l1_g0_x3),
    .s(c15_j0_l1_g0_t0_0s),
    .c(c15_j0_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c15_j0_l1_g0_sum (
    .x(c15_j0_l1_g0_t0_0s),
    .y(c15_j0_l1_g0_t0_0c),
    .s(c15_j0_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j1_l0_g0_u_t0_0 (
    .x0(c15_j1_l0_g0_x0),
    .x1(c15_j1_l0_g0_x1),
    .x2(c15_j1_l0_g0_x2),
    .x3(c15_j1_l0_g0_x3),
    .s(c15_j1_l0_g0_t0_0s),
    .c(c15_j1_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j1_l0_g0_u_t1_0 (
    .x(c15_j1_l0_g0_t0_0s),
    .y(c15_j1_l0_g0_t0_0c),
    .z(c15_j1_l0_g0_x4),
    .s(c15_j1_l0_g0_t1_0s),
    .c(c15_j1_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j1_l0_g0_sum (
    .x(c15_j1_l0_g0_t1_0s),
    .y(c15_j1_l0_g0_t1_0c),
    .s(c15_j1_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j1_l0_g1_u_t0_0 (
    .x0(c15_j1_l0_g1_x0),
    .x1(c15_j1_l0_g1_x1),
    .x2(c15_j1_l0_g1_x2),
    .x3(c15_j1_l0_g1_x3),
    .s(c15_j1_l0_g1_t0_0s),
    .c(c15_j1_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j1_l0_g1_u_t1_0 (
    .x(c15_j1_l0_g1_t0_0s),
    .y(c15_j1_l0_g1_t0_0c),
    .z(c15_j1_l0_g1_x4),
    .s(c15_j1_l0_g1_t1_0s),
    .c(c15_j1_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j1_l0_g1_sum (
    .x(c15_j1_l0_g1_t1_0s),
    .y(c15_j1_l0_g1_t1_0c),
    .s(c15_j1_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j1_l0_g2_u_t0_0 (
    .x0(c15_j1_l0_g2_x0),
    .x1(c15_j1_l0_g2_x1),
    .x2(c15_j1_l0_g2_x2),
    .x3(c15_j1_l0_g2_x3),
    .s(c15_j1_l0_g2_t0_0s),
    .c(c15_j1_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j1_l0_g2_u_t1_0 (
    .x(c15_j1_l0_g2_t0_0s),
    .y(c15_j1_l0_g2_t0_0c),
    .z(c15_j1_l0_g2_x4),
    .s(c15_j1_l0_g2_t1_0s),
    .c(c15_j1_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j1_l0_g2_sum (
    .x(c15_j1_l0_g2_t1_0s),
    .y(c15_j1_l0_g2_t1_0c),
    .s(c15_j1_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j1_l0_g3_u_t0_0 (
    .x0(c15_j1_l0_g3_x0),
    .x1(c15_j1_l0_g3_x1),
    .x2(c15_j1_l0_g3_x2),
    .x3(c15_j1_l0_g3_x3),
    .s(c15_j1_l0_g3_t0_0s),
    .c(c15_j1_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j1_l0_g3_u_t1_0 (
    .x(c15_j1_l0_g3_t0_0s),
    .y(c15_j1_l0_g3_t0_0c),
    .z(c15_j1_l0_g3_x4),
    .s(c15_j1_l0_g3_t1_0s),
    .c(c15_j1_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j1_l0_g3_sum (
    .x(c15_j1_l0_g3_t1_0s),
    .y(c15_j1_l0_g3_t1_0c),
    .s(c15_j1_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c15_j1_l1_g0_u_t0_0 (
    .x0(c15_j1_l1_g0_x0),
    .x1(c15_j1_l1_g0_x1),
    .x2(c15_j1_l1_g0_x2),
    .x3(c15_j1_l1_g0_x3),
    .s(c15_j1_l1_g0_t0_0s),
    .c(c15_j1_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c15_j1_l1_g0_sum (
    .x(c15_j1_l1_g0_t0_0s),
    .y(c15_j1_l1_g0_t0_0c),
    .s(c15_j1_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j2_l0_g0_u_t0_0 (
    .x0(c15_j2_l0_g0_x0),
    .x1(c15_j2_l0_g0_x1),
    .x2(c15_j2_l0_g0_x2),
    .x3(c15_j2_l0_g0_x3),
    .s(c15_j2_l0_g0_t0_0s),
    .c(c15_j2_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j2_l0_g0_u_t1_0 (
    .x(c15_j2_l0_g0_t0_0s),
    .y(c15_j2_l0_g0_t0_0c),
    .z(c15_j2_l0_g0_x4),
    .s(c15_j2_l0_g0_t1_0s),
    .c(c15_j2_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j2_l0_g0_sum (
    .x(c15_j2_l0_g0_t1_0s),
    .y(c15_j2_l0_g0_t1_0c),
    .s(c15_j2_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j2_l0_g1_u_t0_0 (
    .x0(c15_j2_l0_g1_x0),
    .x1(c15_j2_l0_g1_x1),
    .x2(c15_j2_l0_g1_x2),
    .x3(c15_j2_l0_g1_x3),
    .s(c15_j2_l0_g1_t0_0s),
    .c(c15_j2_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j2_l0_g1_u_t1_0 (
    .x(c15_j2_l0_g1_t0_0s),
    .y(c15_j2_l0_g1_t0_0c),
    .z(c15_j2_l0_g1_x4),
    .s(c15_j2_l0_g1_t1_0s),
    .c(c15_j2_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j2_l0_g1_sum (
    .x(c15_j2_l0_g1_t1_0s),
    .y(c15_j2_l0_g1_t1_0c),
    .s(c15_j2_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j2_l0_g2_u_t0_0 (
    .x0(c15_j2_l0_g2_x0),
    .x1(c15_j2_l0_g2_x1),
    .x2(c15_j2_l0_g2_x2),
    .x3(c15_j2_l0_g2_x3),
    .s(c15_j2_l0_g2_t0_0s),
    .c(c15_j2_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j2_l0_g2_u_t1_0 (
    .x(c15_j2_l0_g2_t0_0s),
    .y(c15_j2_l0_g2_t0_0c),
    .z(c15_j2_l0_g2_x4),
    .s(c15_j2_l0_g2_t1_0s),
    .c(c15_j2_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j2_l0_g2_sum (
    .x(c15_j2_l0_g2_t1_0s),
    .y(c15_j2_l0_g2_t1_0c),
    .s(c15_j2_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j2_l0_g3_u_t0_0 (
    .x0(c15_j2_l0_g3_x0),
    .x1(c15_j2_l0_g3_x1),
    .x2(c15_j2_l0_g3_x2),
    .x3(c15_j2_l0_g3_x3),
    .s(c15_j2_l0_g3_t0_0s),
    .c(c15_j2_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j2_l0_g3_u_t1_0 (
    .x(c15_j2_l0_g3_t0_0s),
    .y(c15_j2_l0_g3_t0_0c),
    .z(c15_j2_l0_g3_x4),
    .s(c15_j2_l0_g3_t1_0s),
    .c(c15_j2_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j2_l0_g3_sum (
    .x(c15_j2_l0_g3_t1_0s),
    .y(c15_j2_l0_g3_t1_0c),
    .s(c15_j2_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c15_j2_l1_g0_u_t0_0 (
    .x0(c15_j2_l1_g0_x0),
    .x1(c15_j2_l1_g0_x1),
    .x2(c15_j2_l1_g0_x2),
    .x3(c15_j2_l1_g0_x3),
    .s(c15_j2_l1_g0_t0_0s),
    .c(c15_j2_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c15_j2_l1_g0_sum (
    .x(c15_j2_l1_g0_t0_0s),
    .y(c15_j2_l1_g0_t0_0c),
    .s(c15_j2_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j3_l0_g0_u_t0_0 (
    .x0(c15_j3_l0_g0_x0),
    .x1(c15_j3_l0_g0_x1),
    .x2(c15_j3_l0_g0_x2),
    .x3(c15_j3_l0_g0_x3),
    .s(c15_j3_l0_g0_t0_0s),
    .c(c15_j3_l0_g0_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j3_l0_g0_u_t1_0 (
    .x(c15_j3_l0_g0_t0_0s),
    .y(c15_j3_l0_g0_t0_0c),
    .z(c15_j3_l0_g0_x4),
    .s(c15_j3_l0_g0_t1_0s),
    .c(c15_j3_l0_g0_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j3_l0_g0_sum (
    .x(c15_j3_l0_g0_t1_0s),
    .y(c15_j3_l0_g0_t1_0c),
    .s(c15_j3_l0_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j3_l0_g1_u_t0_0 (
    .x0(c15_j3_l0_g1_x0),
    .x1(c15_j3_l0_g1_x1),
    .x2(c15_j3_l0_g1_x2),
    .x3(c15_j3_l0_g1_x3),
    .s(c15_j3_l0_g1_t0_0s),
    .c(c15_j3_l0_g1_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j3_l0_g1_u_t1_0 (
    .x(c15_j3_l0_g1_t0_0s),
    .y(c15_j3_l0_g1_t0_0c),
    .z(c15_j3_l0_g1_x4),
    .s(c15_j3_l0_g1_t1_0s),
    .c(c15_j3_l0_g1_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j3_l0_g1_sum (
    .x(c15_j3_l0_g1_t1_0s),
    .y(c15_j3_l0_g1_t1_0c),
    .s(c15_j3_l0_g1_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j3_l0_g2_u_t0_0 (
    .x0(c15_j3_l0_g2_x0),
    .x1(c15_j3_l0_g2_x1),
    .x2(c15_j3_l0_g2_x2),
    .x3(c15_j3_l0_g2_x3),
    .s(c15_j3_l0_g2_t0_0s),
    .c(c15_j3_l0_g2_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j3_l0_g2_u_t1_0 (
    .x(c15_j3_l0_g2_t0_0s),
    .y(c15_j3_l0_g2_t0_0c),
    .z(c15_j3_l0_g2_x4),
    .s(c15_j3_l0_g2_t1_0s),
    .c(c15_j3_l0_g2_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j3_l0_g2_sum (
    .x(c15_j3_l0_g2_t1_0s),
    .y(c15_j3_l0_g2_t1_0c),
    .s(c15_j3_l0_g2_sum)
  );
  adder_tree_k16_opt2_csa42_w12 c15_j3_l0_g3_u_t0_0 (
    .x0(c15_j3_l0_g3_x0),
    .x1(c15_j3_l0_g3_x1),
    .x2(c15_j3_l0_g3_x2),
    .x3(c15_j3_l0_g3_x3),
    .s(c15_j3_l0_g3_t0_0s),
    .c(c15_j3_l0_g3_t0_0c)
  );
  adder_tree_k16_opt2_csa3_w12 c15_j3_l0_g3_u_t1_0 (
    .x(c15_j3_l0_g3_t0_0s),
    .y(c15_j3_l0_g3_t0_0c),
    .z(c15_j3_l0_g3_x4),
    .s(c15_j3_l0_g3_t1_0s),
    .c(c15_j3_l0_g3_t1_0c)
  );
  adder_tree_k16_opt2_cpa_w12 u_c15_j3_l0_g3_sum (
    .x(c15_j3_l0_g3_t1_0s),
    .y(c15_j3_l0_g3_t1_0c),
    .s(c15_j3_l0_g3_sum)
  );
  adder_tree_k16_opt2_csa42_w14 c15_j3_l1_g0_u_t0_0 (
    .x0(c15_j3_l1_g0_x0),
    .x1(c15_j3_l1_g0_x1),
    .x2(c15_j3_l1_g0_x2),
    .x3(c15_j3_l1_g0_x3),
    .s(c15_j3_l1_g0_t0_0s),
    .c(c15_j3_l1_g0_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w14 u_c15_j3_l1_g0_sum (
    .x(c15_j3_l1_g0_t0_0s),
    .y(c15_j3_l1_g0_t0_0c),
    .s(c15_j3_l1_g0_sum)
  );
  adder_tree_k16_opt2_csa42_w20 col15_u_t0_0 (
    .x0(c15_v0),
    .x1(c15_v1),
    .x2(c15_v2),
    .x3(c15_v3),
    .s(col15_t0_0s),
    .c(col15_t0_0c)
  );
  adder_tree_k16_opt2_cpa_w20 u_col15_sum (
    .x(col15_t0_0s),
    .y(col15_t0_0c),
    .s(col15_sum)
  );
  always @(posedge clk) if (rst) phase <= 2'd0; else if (start | load_last | f_last) phase <= start ? 2'd1 : load_last ? 2'd2 : 2'd0;
  always @(posedge clk) if (rst) cnt <= 32'd0; else if (start | load | f_vld) cnt <= (start | load_last) ? 32'd0 : cnt + 32'd1;
  always @(posedge clk) if (rst) mrem <= 32'd0; else if (start | f_vld) mrem <= start ? cfg_m : mrem - 32'd1;
  always @(posedge clk) if (rst) m_last <= 1'b0; else if (start | f_vld) m_last <= start ? cfg_m == 32'd1 : mrem == 32'd2;
  always @(posedge clk) if (load) w0_0 <= b_in[7:0];
  always @(posedge clk) if (load) w0_1 <= b_in[15:8];
  always @(posedge clk) if (load) w0_2 <= b_in[23:16];
  always @(posedge clk) if (load) w0_3 <= b_in[31:24];
  always @(posedge clk) if (load) w0_4 <= b_in[39:32];
  always @(posedge clk) if (load) w0_5 <= b_in[47:40];
  always @(posedge clk) if (load) w0_6 <= b_in[55:48];
  always @(posedge clk) if (load) w0_7 <= b_in[63:56];
  always @(posedge clk) if (load) w0_8 <= b_in[71:64];
  always @(posedge clk) if (load) w0_9 <= b_in[79:72];
  always @(posedge clk) if (load) w0_10 <= b_in[87:80];
  always @(posedge clk) if (load) w0_11 <= b_in[95:88];
  always @(posedge clk) if (load) w0_12 <= b_in[103:96];
  always @(posedge clk) if (load) w0_13 <= b_in[111:104];
  always @(posedge clk) if (load) w0_14 <= b_in[119:112];
  always @(posedge clk) if (load) w0_15 <= b_in[127:120];
  always @(posedge clk) if (load) w1_0 <= w0_0;
  always @(posedge clk) if (load) w1_1 <= w0_1;
  always @(posedge clk) if (load) w1_2 <= w0_2;
  always @(posedge clk) if (load) w1_3 <= w0_3;
  always @(posedge clk) if (load) w1_4 <= w0_4;
  always @(posedge clk) if (load) w1_5 <= w0_5;
  always @(posedge clk) if (load) w1_6 <= w0_6;
  always @(posedge clk) if (load) w1_7 <= w0_7;
  always @(posedge clk) if (load) w1_8 <= w0_8;
  always @(posedge clk) if (load) w1_9 <= w0_9;
  always @(posedge clk) if (load) w1_10 <= w0_10;
  always @(posedge clk) if (load) w1_11 <= w0_11;
  always @(posedge clk) if (load) w1_12 <= w0_12;
  always @(posedge clk) if (load) w1_13 <= w0_13;
  always @(posedge clk) if (load) w1_14 <= w0_14;
  always @(posedge clk) if (load) w1_15 <= w0_15;
  always @(posedge clk) if (load) w2_0 <= w1_0;
  always @(posedge clk) if (load) w2_1 <= w1_1;
  always @(posedge clk) if (load) w2_2 <= w1_2;
  always @(posedge clk) if (load) w2_3 <= w1_3;
  always @(posedge clk) if (load) w2_4 <= w1_4;
  always @(posedge clk) if (load) w2_5 <= w1_5;
  always @(posedge clk) if (load) w2_6 <= w1_6;
  always @(posedge clk) if (load) w2_7 <= w1_7;
  always @(posedge clk) if (load) w2_8 <= w1_8;
  always @(posedge clk) if (load) w2_9 <= w1_9;
  always @(posedge clk) if (load) w2_10 <= w1_10;
  always @(posedge clk) if (load) w2_11 <= w1_11;
  always @(posedge clk) if (load) w2_12 <= w1_12;
  always @(posedge clk) if (load) w2_13 <= w1_13;
  always @(posedge clk) if (load) w2_14 <= w1_14;
  always @(posedge clk) if (load) w2_15 <= w1_15;
  always @(posedge clk) if (load) w3_0 <= w2_0;
  always @(posedge clk) if (load) w3_1 <= w2_1;
  always @(posedge clk) if (load) w3_2 <= w2_2;
  always @(posedge clk) if (load) w3_3 <= w2_3;
  always @(posedge clk) if (load) w3_4 <= w2_4;
  always @(posedge clk) if (load) w3_5 <= w2_5;
  always @(posedge clk) if (load) w3_6 <= w2_6;
  always @(posedge clk) if (load) w3_7 <= w2_7;
  always @(posedge clk) if (load) w3_8 <= w2_8;
  always @(posedge clk) if (load) w3_9 <= w2_9;
  always @(posedge clk) if (load) w3_10 <= w2_10;
  always @(posedge clk) if (load) w3_11 <= w2_11;
  always @(posedge clk) if (load) w3_12 <= w2_12;
  always @(posedge clk) if (load) w3_13 <= w2_13;
  always @(posedge clk) if (load) w3_14 <= w2_14;
  always @(posedge clk) if (load) w3_15 <= w2_15;
  always @(posedge clk) if (load) w4_0 <= w3_0;
  always @(posedge clk) if (load) w4_1 <= w3_1;
  always @(posedge clk) if (load) w4_2 <= w3_2;
  always @(posedge clk) if (load) w4_3 <= w3_3;
  always @(posedge clk) if (load) w4_4 <= w3_4;
  always @(posedge clk) if (load) w4_5 <= w3_5;
  always @(posedge clk) if (load) w4_6 <= w3_6;
  always @(posedge clk) if (load) w4_7 <= w3_7;
  always @(posedge clk) if (load) w4_8 <= w3_8;
  always @(posedge clk) if (load) w4_9 <= w3_9;
  always @(posedge clk) if (load) w4_10 <= w3_10;
  always @(posedge clk) if (load) w4_11 <= w3_11;
  always @(posedge clk) if (load) w4_12 <= w3_12;
  always @(posedge clk) if (load) w4_13 <= w3_13;
  always @(posedge clk) if (load) w4_14 <= w3_14;
  always @(posedge clk) if (load) w4_15 <= w3_15;
  always @(posedge clk) if (load) w5_0 <= w4_0;
  always @(posedge clk) if (load) w5_1 <= w4_1;
  always @(posedge clk) if (load) w5_2 <= w4_2;
  always @(posedge clk) if (load) w5_3 <= w4_3;
  always @(posedge clk) if (load) w5_4 <= w4_4;
  always @(posedge clk) if (load) w5_5 <= w4_5;
  always @(posedge clk) if (load) w5_6 <= w4_6;
  always @(posedge clk) if (load) w5_7 <= w4_7;
  always @(posedge clk) if (load) w5_8 <= w4_8;
  always @(posedge clk) if (load) w5_9 <= w4_9;
  always @(posedge clk) if (load) w5_10 <= w4_10;
  always @(posedge clk) if (load) w5_11 <= w4_11;
  always @(posedge clk) if (load) w5_12 <= w4_12;
  always @(posedge clk) if (load) w5_13 <= w4_13;
  always @(posedge clk) if (load) w5_14 <= w4_14;
  always @(posedge clk) if (load) w5_15 <= w4_15;
  always @(posedge clk) if (load) w6_0 <= w5_0;
  always @(posedge clk) if (load) w6_1 <= w5_1;
  always @(posedge clk) if (load) w6_2 <= w5_2;
  always @(posedge clk) if (load) w6_3 <= w5_3;
  always @(posedge clk) if (load) w6_4 <= w5_4;
  always @(posedge clk) if (load) w6_5 <= w5_5;
  always @(posedge clk) if (load) w6_6 <= w5_6;
  always @(posedge clk) if (load) w6_7 <= w5_7;
  always @(posedge clk) if (load) w6_8 <= w5_8;
  always @(posedge clk) if (load) w6_9 <= w5_9;
  always @(posedge clk) if (load) w6_10 <= w5_10;
  always @(posedge clk) if (load) w6_11 <= w5_11;
  always @(posedge clk) if (load) w6_12 <= w5_12;
  always @(posedge clk) if (load) w6_13 <= w5_13;
  always @(posedge clk) if (load) w6_14 <= w5_14;
  always @(posedge clk) if (load) w6_15 <= w5_15;
  always @(posedge clk) if (load) w7_0 <= w6_0;
  always @(posedge clk) if (load) w7_1 <= w6_1;
  always @(posedge clk) if (load) w7_2 <= w6_2;
  always @(posedge clk) if (load) w7_3 <= w6_3;
  always @(posedge clk) if (load) w7_4 <= w6_4;
  always @(posedge clk) if (load) w7_5 <= w6_5;
  always @(posedge clk) if (load) w7_6 <= w6_6;
  always @(posedge clk) if (load) w7_7 <= w6_7;
  always @(posedge clk) if (load) w7_8 <= w6_8;
  always @(posedge clk) if (load) w7_9 <= w6_9;
  always @(posedge clk) if (load) w7_10 <= w6_10;
  always @(posedge clk) if (load) w7_11 <= w6_11;
  always @(posedge clk) if (load) w7_12 <= w6_12;
  always @(posedge clk) if (load) w7_13 <= w6_13;
  always @(posedge clk) if (load) w7_14 <= w6_14;
  always @(posedge clk) if (load) w7_15 <= w6_15;
  always @(posedge clk) if (load) w8_0 <= w7_0;
  always @(posedge clk) if (load) w8_1 <= w7_1;
  always @(posedge clk) if (load) w8_2 <= w7_2;
  always @(posedge clk) if (load) w8_3 <= w7_3;
  always @(posedge clk) if (load) w8_4 <= w7_4;
  always @(posedge clk) if (load) w8_5 <= w7_5;
  always @(posedge clk) if (load) w8_6 <= w7_6;
  always @(posedge clk) if (load) w8_7 <= w7_7;
  always @(posedge clk) if (load) w8_8 <= w7_8;
  always @(posedge clk) if (load) w8_9 <= w7_9;
  always @(posedge clk) if (load) w8_10 <= w7_10;
  always @(posedge clk) if (load) w8_11 <= w7_11;
  always @(posedge clk) if (load) w8_12 <= w7_12;
  always @(posedge clk) if (load) w8_13 <= w7_13;
  always @(posedge clk) if (load) w8_14 <= w7_14;
  always @(posedge clk) if (load) w8_15 <= w7_15;
  always @(posedge clk) if (load) w9_0 <= w8_0;
  always @(posedge clk) if (load) w9_1 <= w8_1;
  always @(posedge clk) if (load) w9_2 <= w8_2;
  always @(posedge clk) if (load) w9_3 <= w8_3;
  always @(posedge clk) if (load) w9_4 <= w8_4;
  always @(posedge clk) if (load) w9_5 <= w8_5;
  always @(posedge clk) if (load) w9_6 <= w8_6;
  always @(posedge clk) if (load) w9_7 <= w8_7;
  always @(posedge clk) if (load) w9_8 <= w8_8;
  always @(posedge clk) if (load) w9_9 <= w8_9;
  always @(posedge clk) if (load) w9_10 <= w8_10;
  always @(posedge clk) if (load) w9_11 <= w8_11;
  always @(posedge clk) if (load) w9_12 <= w8_12;
  always @(posedge clk) if (load) w9_13 <= w8_13;
  always @(posedge clk) if (load) w9_14 <= w8_14;
  always @(posedge clk) if (load) w9_15 <= w8_15;
  always @(posedge clk) if (load) w10_0 <= w9_0;
  always @(posedge clk) if (load) w10_1 <= w9_1;
  always @(posedge clk) if (load) w10_2 <= w9_2;
  always @(posedge clk) if (load) w10_3 <= w9_3;
  always @(posedge clk) if (load) w10_4 <= w9_4;
  always @(posedge clk) if (load) w10_5 <= w9_5;
  always @(posedge clk) if (load) w10_6 <= w9_6;
  always @(posedge clk) if (load) w10_7 <= w9_7;
  always @(posedge clk) if (load) w10_8 <= w9_8;
  always @(posedge clk) if (load) w10_9 <= w9_9;
  always @(posedge clk) if (load) w10_10 <= w9_10;
  always @(posedge clk) if (load) w10_11 <= w9_11;
  always @(posedge clk) if (load) w10_12 <= w9_12;
  always @(posedge clk) if (load) w10_13 <= w9_13;
  always @(posedge clk) if (load) w10_14 <= w9_14;
  always @(posedge clk) if (load) w10_15 <= w9_15;
  always @(posedge clk) if (load) w11_0 <= w10_0;
  always @(posedge clk) if (load) w11_1 <= w10_1;
  always @(posedge clk) if (load) w11_2 <= w10_2;
  always @(posedge clk) if (load) w11_3 <= w10_3;
  always @(posedge clk) if (load) w11_4 <= w10_4;
  always @(posedge clk) if (load) w11_5 <= w10_5;
  always @(posedge clk) if (load) w11_6 <= w10_6;
  always @(posedge clk) if (load) w11_7 <= w10_7;
  always @(posedge clk) if (load) w11_8 <= w10_8;
  always @(posedge clk) if (load) w11_9 <= w10_9;
  always @(posedge clk) if (load) w11_10 <= w10_10;
  always @(posedge clk) if (load) w11_11 <= w10_11;
  always @(posedge clk) if (load) w11_12 <= w10_12;
  always @(posedge clk) if (load) w11_13 <= w10_13;
  always @(posedge clk) if (load) w11_14 <= w10_14;
  always @(posedge clk) if (load) w11_15 <= w10_15;
  always @(posedge clk) if (load) w12_0 <= w11_0;
  always @(posedge clk) if (load) w12_1 <= w11_1;
  always @(posedge clk) if (load) w12_2 <= w11_2;
  always @(posedge clk) if (load) w12_3 <= w11_3;
  always @(posedge clk) if (load) w12_4 <= w11_4;
  always @(posedge clk) if (load) w12_5 <= w11_5;
  always @(posedge clk) if (load) w12_6 <= w11_6;
  always @(posedge clk) if (load) w12_7 <= w11_7;
  always @(posedge clk) if (load) w12_8 <= w11_8;
  always @(posedge clk) if (load) w12_9 <= w11_9;
  always @(posedge clk) if (load) w12_10 <= w11_10;
  always @(posedge clk) if (load) w12_11 <= w11_11;
  always @(posedge clk) if (load) w12_12 <= w11_12;
  always @(posedge clk) if (load) w12_13 <= w11_13;
  always @(posedge clk) if (load) w12_14 <= w11_14;
  always @(posedge clk) if (load) w12_15 <= w11_15;
  always @(posedge clk) if (load) w13_0 <= w12_0;
  always @(posedge clk) if (load) w13_1 <= w12_1;
  always @(posedge clk) if (load) w13_2 <= w12_2;
  always @(posedge clk) if (load) w13_3 <= w12_3;
  always @(posedge clk) if (load) w13_4 <= w12_4;
  always @(posedge clk) if (load) w13_5 <= w12_5;
  always @(posedge clk) if (load) w13_6 <= w12_6;
  always @(posedge clk) if (load) w13_7 <= w12_7;
  always @(posedge clk) if (load) w13_8 <= w12_8;
  always @(posedge clk) if (load) w13_9 <= w12_9;
  always @(posedge clk) if (load) w13_10 <= w12_10;
  always @(posedge clk) if (load) w13_11 <= w12_11;
  always @(posedge clk) if (load) w13_12 <= w12_12;
  always @(posedge clk) if (load) w13_13 <= w12_13;
  always @(posedge clk) if (load) w13_14 <= w12_14;
  always @(posedge clk) if (load) w13_15 <= w12_15;
  always @(posedge clk) if (load) w14_0 <= w13_0;
  always @(posedge clk) if (load) w14_1 <= w13_1;
  always @(posedge clk) if (load) w14_2 <= w13_2;
  always @(posedge clk) if (load) w14_3 <= w13_3;
  always @(posedge clk) if (load) w14_4 <= w13_4;
  always @(posedge clk) if (load) w14_5 <= w13_5;
  always @(posedge clk) if (load) w14_6 <= w13_6;
  always @(posedge clk) if (load) w14_7 <= w13_7;
  always @(posedge clk) if (load) w14_8 <= w13_8;
  always @(posedge clk) if (load) w14_9 <= w13_9;
  always @(posedge clk) if (load) w14_10 <= w13_10;
  always @(posedge clk) if (load) w14_11 <= w13_11;
  always @(posedge clk) if (load) w14_12 <= w13_12;
  always @(posedge clk) if (load) w14_13 <= w13_13;
  always @(posedge clk) if (load) w14_14 <= w13_14;
  always @(posedge clk) if (load) w14_15 <= w13_15;
  always @(posedge clk) if (load) w15_0 <= w14_0;
  always @(posedge clk) if (load) w15_1 <= w14_1;
  always @(posedge clk) if (load) w15_2 <= w14_2;
  always @(posedge clk) if (load) w15_3 <= w14_3;
  always @(posedge clk) if (load) w15_4 <= w14_4;
  always @(posedge clk) if (load) w15_5 <= w14_5;
  always @(posedge clk) if (load) w15_6 <= w14_6;
  always @(posedge clk) if (load) w15_7 <= w14_7;
  always @(posedge clk) if (load) w15_8 <= w14_8;
  always @(posedge clk) if (load) w15_9 <= w14_9;
  always @(posedge clk) if (load) w15_10 <= w14_10;
  always @(posedge clk) if (load) w15_11 <= w14_11;
  always @(posedge clk) if (load) w15_12 <= w14_12;
  always @(posedge clk) if (load) w15_13 <= w14_13;
  always @(posedge clk) if (load) w15_14 <= w14_14;
  always @(posedge clk) if (load) w15_15 <= w14_15;
  always @(posedge clk) ng0_0_cnt_q0 <= ng0_0_cnt;
  always @(posedge clk) ng0_1_cnt_q0 <= ng0_1_cnt;
  always @(posedge clk) ng0_2_cnt_q0 <= ng0_2_cnt;
  always @(posedge clk) ng0_3_cnt_q0 <= ng0_3_cnt;
  always @(posedge clk) ng1_0_cnt_q0 <= ng1_0_cnt;
  always @(posedge clk) ng1_1_cnt_q0 <= ng1_1_cnt;
  always @(posedge clk) ng1_2_cnt_q0 <= ng1_2_cnt;
  always @(posedge clk) ng1_3_cnt_q0 <= ng1_3_cnt;
  always @(posedge clk) ng2_0_cnt_q0 <= ng2_0_cnt;
  always @(posedge clk) ng2_1_cnt_q0 <= ng2_1_cnt;
  always @(posedge clk) ng2_2_cnt_q0 <= ng2_2_cnt;
  always @(posedge clk) ng2_3_cnt_q0 <= ng2_3_cnt;
  always @(posedge clk) ng3_0_cnt_q0 <= ng3_0_cnt;
  always @(posedge clk) ng3_1_cnt_q0 <= ng3_1_cnt;
  always @(posedge clk) ng3_2_cnt_q0 <= ng3_2_cnt;
  always @(posedge clk) ng3_3_cnt_q0 <= ng3_3_cnt;
  always @(posedge clk) c0_j0_q0_c0_j0_l0_g0_sum_q0 <= c0_j0_l0_g0_sum;
  always @(posedge clk) c0_j0_q0_c0_j0_l0_g1_sum_q0 <= c0_j0_l0_g1_sum;
  always @(posedge clk) c0_j0_q0_c0_j0_l0_g2_sum_q0 <= c0_j0_l0_g2_sum;
  always @(posedge clk) c0_j0_q0_c0_j0_l0_g3_sum_q0 <= c0_j0_l0_g3_sum;
  always @(posedge clk) c0_j0_q1_c0_j0_l1_g0_sum_q0 <= c0_j0_l1_g0_sum;
  always @(posedge clk) c0_j1_q0_c0_j1_l0_g0_sum_q0 <= c0_j1_l0_g0_sum;
  always @(posedge clk) c0_j1_q0_c0_j1_l0_g1_sum_q0 <= c0_j1_l0_g1_sum;
  always @(posedge clk) c0_j1_q0_c0_j1_l0_g2_sum_q0 <= c0_j1_l0_g2_sum;
  always @(posedge clk) c0_j1_q0_c0_j1_l0_g3_sum_q0 <= c0_j1_l0_g3_sum;
  always @(posedge clk) c0_j1_q1_c0_j1_l1_g0_sum_q0 <= c0_j1_l1_g0_sum;
  always @(posedge clk) c0_j2_q0_c0_j2_l0_g0_sum_q0 <= c0_j2_l0_g0_sum;
  always @(posedge clk) c0_j2_q0_c0_j2_l0_g1_sum_q0 <= c0_j2_l0_g1_sum;
  always @(posedge clk) c0_j2_q0_c0_j2_l0_g2_sum_q0 <= c0_j2_l0_g2_sum;
  always @(posedge clk) c0_j2_q0_c0_j2_l0_g3_sum_q0 <= c0_j2_l0_g3_sum;
  always @(posedge clk) c0_j2_q1_c0_j2_l1_g0_sum_q0 <= c0_j2_l1_g0_sum;
  always @(posedge clk) c0_j3_q0_c0_j3_l0_g0_sum_q0 <= c0_j3_l0_g0_sum;
  always @(posedge clk) c0_j3_q0_c0_j3_l0_g1_sum_q0 <= c0_j3_l0_g1_sum;
  always @(posedge clk) c0_j3_q0_c0_j3_l0_g2_sum_q0 <= c0_j3_l0_g2_sum;
  always @(posedge clk) c0_j3_q0_c0_j3_l0_g3_sum_q0 <= c0_j3_l0_g3_sum;
  always @(posedge clk) c0_j3_q1_c0_j3_l1_g0_sum_q0 <= c0_j3_l1_g0_sum;
  always @(posedge clk) res0 <= col0_sum;
  always @(posedge clk) c1_j0_q0_c1_j0_l0_g0_sum_q0 <= c1_j0_l0_g0_sum;
  always @(posedge clk) c1_j0_q0_c1_j0_l0_g1_sum_q0 <= c1_j0_l0_g1_sum;
  always @(posedge clk) c1_j0_q0_c1_j0_l0_g2_sum_q0 <= c1_j0_l0_g2_sum;
  always @(posedge clk) c1_j0_q0_c1_j0_l0_g3_sum_q0 <= c1_j0_l0_g3_sum;
  always @(posedge clk) c1_j0_q1_c1_j0_l1_g0_sum_q0 <= c1_j0_l1_g0_sum;
  always @(posedge clk) c1_j1_q0_c1_j1_l0_g0_sum_q0 <= c1_j1_l0_g0_sum;
  always @(posedge clk) c1_j1_q0_c1_j1_l0_g1_sum_q0 <= c1_j1_l0_g1_sum;
  always @(posedge clk) c1_j1_q0_c1_j1_l0_g2_sum_q0 <= c1_j1_l0_g2_sum;
  always @(posedge clk) c1_j1_q0_c1_j1_l0_g3_sum_q0 <= c1_j1_l0_g3_sum;
  always @(posedge clk) c1_j1_q1_c1_j1_l1_g0_sum_q0 <= c1_j1_l1_g0_sum;
  always @(posedge clk) c1_j2_q0_c1_j2_l0_g0_sum_q0 <= c1_j2_l0_g0_sum;
  always @(posedge clk) c1_j2_q0_c1_j2_l0_g1_sum_q0 <= c1_j2_l0_g1_sum;
  always @(posedge clk) c1_j2_q0_c1_j2_l0_g2_sum_q0 <= c1_j2_l0_g2_sum;
  always @(posedge clk) c1_j2_q0_c1_j2_l0_g3_sum_q0 <= c1_j2_l0_g3_sum;
  always @(posedge clk) c1_j2_q1_c1_j2_l1_g0_sum_q0 <= c1_j2_l1_g0_sum;
  always @(posedge clk) c1_j3_q0_c1_j3_l0_g0_sum_q0 <= c1_j3_l0_g0_sum;
  always @(posedge clk) c1_j3_q0_c1_j3_l0_g1_sum_q0 <= c1_j3_l0_g1_sum;
  always @(posedge clk) c1_j3_q0_c1_j3_l0_g2_sum_q0 <= c1_j3_l0_g2_sum;
  always @(posedge clk) c1_j3_q0_c1_j3_l0_g3_sum_q0 <= c1_j3_l0_g3_sum;
  always @(posedge clk) c1_j3_q1_c1_j3_l1_g0_sum_q0 <= c1_j3_l1_g0_sum;
  always @(posedge clk) res1 <= col1_sum;
  always @(posedge clk) c2_j0_q0_c2_j0_l0_g0_sum_q0 <= c2_j0_l0_g0_sum;
  always @(posedge clk) c2_j0_q0_c2_j0_l0_g1_sum_q0 <= c2_j0_l0_g1_sum;
  always @(posedge clk) c2_j0_q0_c2_j0_l0_g2_sum_q0 <= c2_j0_l0_g2_sum;
  always @(posedge clk) c2_j0_q0_c2_j0_l0_g3_sum_q0 <= c2_j0_l0_g3_sum;
  always @(posedge clk) c2_j0_q1_c2_j0_l1_g0_sum_q0 <= c2_j0_l1_g0_sum;
  always @(posedge clk) c2_j1_q0_c2_j1_l0_g0_sum_q0 <= c2_j1_l0_g0_sum;
  always @(posedge clk) c2_j1_q0_c2_j1_l0_g1_sum_q0 <= c2_j1_l0_g1_sum;
  always @(posedge clk) c2_j1_q0_c2_j1_l0_g2_sum_q0 <= c2_j1_l0_g2_sum;
  always @(posedge clk) c2_j1_q0_c2_j1_l0_g3_sum_q0 <= c2_j1_l0_g3_sum;
  always @(posedge clk) c2_j1_q1_c2_j1_l1_g0_sum_q0 <= c2_j1_l1_g0_sum;
  always @(posedge clk) c2_j2_q0_c2_j2_l0_g0_sum_q0 <= c2_j2_l0_g0_sum;
  always @(posedge clk) c2_j2_q0_c2_j2_l0_g1_sum_q0 <= c2_j2_l0_g1_sum;
  always @(posedge clk) c2_j2_q0_c2_j2_l0_g2_sum_q0 <= c2_j2_l0_g2_sum;
  always @(posedge clk) c2_j2_q0_c2_j2_l0_g3_sum_q0 <= c2_j2_l0_g3_sum;
  always @(posedge clk) c2_j2_q1_c2_j2_l1_g0_sum_q0 <= c2_j2_l1_g0_sum;
  always @(posedge clk) c2_j3_q0_c2_j3_l0_g0_sum_q0 <= c2_j3_l0_g0_sum;
  always @(posedge clk) c2_j3_q0_c2_j3_l0_g1_sum_q0 <= c2_j3_l0_g1_sum;
  always @(posedge clk) c2_j3_q0_c2_j3_l0_g2_sum_q0 <= c2_j3_l0_g2_sum;
  always @(posedge clk) c2_j3_q0_c2_j3_l0_g3_sum_q0 <= c2_j3_l0_g3_sum;
  always @(posedge clk) c2_j3_q1_c2_j3_l1_g0_sum_q0 <= c2_j3_l1_g0_sum;
  always @(posedge clk) res2 <= col2_sum;
  always @(posedge clk) c3_j0_q0_c3_j0_l0_g0_sum_q0 <= c3_j0_l0_g0_sum;
  always @(posedge clk) c3_j0_q0_c3_j0_l0_g1_sum_q0 <= c3_j0_l0_g1_sum;
  always @(posedge clk) c3_j0_q0_c3_j0_l0_g2_sum_q0 <= c3_j0_l0_g2_sum;
  always @(posedge clk) c3_j0_q0_c3_j0_l0_g3_sum_q0 <= c3_j0_l0_g3_sum;
  always @(posedge clk) c3_j0_q1_c3_j0_l1_g0_sum_q0 <= c3_j0_l1_g0_sum;
  always @(posedge clk) c3_j1_q0_c3_j1_l0_g0_sum_q0 <= c3_j1_l0_g0_sum;
  always @(posedge clk) c3_j1_q0_c3_j1_l0_g1_sum_q0 <= c3_j1_l0_g1_sum;
  always @(posedge clk) c3_j1_q0_c3_j1_l0_g2_sum_q0 <= c3_j1_l0_g2_sum;
  always @(posedge clk) c3_j1_q0_c3_j1_l0_g3_sum_q0 <= c3_j1_l0_g3_sum;
  always @(posedge clk) c3_j1_q1_c3_j1_l1_g0_sum_q0 <= c3_j1_l1_g0_sum;
  always @(posedge clk) c3_j2_q0_c3_j2_l0_g0_sum_q0 <= c3_j2_l0_g0_sum;
  always @(posedge clk) c3_j2_q0_c3_j2_l0_g1_sum_q0 <= c3_j2_l0_g1_sum;
  always @(posedge clk) c3_j2_q0_c3_j2_l0_g2_sum_q0 <= c3_j2_l0_g2_sum;
  always @(posedge clk) c3_j2_q0_c3_j2_l0_g3_sum_q0 <= c3_j2_l0_g3_sum;
  always @(posedge clk) c3_j2_q1_c3_j2_l1_g0_sum_q0 <= c3_j2_l1_g0_sum;
  always @(posedge clk) c3_j3_q0_c3_j3_l0_g0_sum_q0 <= c3_j3_l0_g0_sum;
  always @(posedge clk) c3_j3_q0_c3_j3_l0_g1_sum_q0 <= c3_j3_l0_g1_sum;
  always @(posedge clk) c3_j3_q0_c3_j3_l0_g2_sum_q0 <= c3_j3_l0_g2_sum;
  always @(posedge clk) c3_j3_q0_c3_j3_l0_g3_sum_q0 <= c3_j3_l0_g3_sum;
  always @(posedge clk) c3_j3_q1_c3_j3_l1_g0_sum_q0 <= c3_j3_l1_g0_sum;
  always @(posedge clk) res3 <= col3_sum;
  always @(posedge clk) c4_j0_q0_c4_j0_l0_g0_sum_q0 <= c4_j0_l0_g0_sum;
  always @(posedge clk) c4_j0_q0_c4_j0_l0_g1_sum_q0 <= c4_j0_l0_g1_sum;
  always @(posedge clk) c4_j0_q0_c4_j0_l0_g2_sum_q0 <= c4_j0_l0_g2_sum;
  always @(posedge clk) c4_j0_q0_c4_j0_l0_g3_sum_q0 <= c4_j0_l0_g3_sum;
  always @(posedge clk) c4_j0_q1_c4_j0_l1_g0_sum_q0 <= c4_j0_l1_g0_sum;
  always @(posedge clk) c4_j1_q0_c4_j1_l0_g0_sum_q0 <= c4_j1_l0_g0_sum;
  always @(posedge clk) c4_j1_q0_c4_j1_l0_g1_sum_q0 <= c4_j1_l0_g1_sum;
  always @(posedge clk) c4_j1_q0_c4_j1_l0_g2_sum_q0 <= c4_j1_l0_g2_sum;
  always @(posedge clk) c4_j1_q0_c4_j1_l0_g3_sum_q0 <= c4_j1_l0_g3_sum;
  always @(posedge clk) c4_j1_q1_c4_j1_l1_g0_sum_q0 <= c4_j1_l1_g0_sum;
  always @(posedge clk) c4_j2_q0_c4_j2_l0_g0_sum_q0 <= c4_j2_l0_g0_sum;
  always @(posedge clk) c4_j2_q0_c4_j2_l0_g1_sum_q0 <= c4_j2_l0_g1_sum;
  always @(posedge clk) c4_j2_q0_c4_j2_l0_g2_sum_q0 <= c4_j2_l0_g2_sum;
  always @(posedge clk) c4_j2_q0_c4_j2_l0_g3_sum_q0 <= c4_j2_l0_g3_sum;
  always @(posedge clk) c4_j2_q1_c4_j2_l1_g0_sum_q0 <= c4_j2_l1_g0_sum;
  always @(posedge clk) c4_j3_q0_c4_j3_l0_g0_sum_q0 <= c4_j3_l0_g0_sum;
  always @(posedge clk) c4_j3_q0_c4_j3_l0_g1_sum_q0 <= c4_j3_l0_g1_sum;
  always @(posedge clk) c4_j3_q0_c4_j3_l0_g2_sum_q0 <= c4_j3_l0_g2_sum;
  always @(posedge clk) c4_j3_q0_c4_j3_l0_g3_sum_q0 <= c4_j3_l0_g3_sum;
  always @(posedge clk) c4_j3_q1_c4_j3_l1_g0_sum_q0 <= c4_j3_l1_g0_sum;
  always @(posedge clk) res4 <= col4_sum;
  always @(posedge clk) c5_j0_q0_c5_j0_l0_g0_sum_q0 <= c5_j0_l0_g0_sum;
  always @(posedge clk) c5_j0_q0_c5_j0_l0_g1_sum_q0 <= c5_j0_l0_g1_sum;
  always @(posedge clk) c5_j0_q0_c5_j0_l0_g2_sum_q0 <= c5_j0_l0_g2_sum;
  always @(posedge clk) c5_j0_q0_c5_j0_l0_g3_sum_q0 <= c5_j0_l0_g3_sum;
  always @(posedge clk) c5_j0_q1_c5_j0_l1_g0_sum_q0 <= c5_j0_l1_g0_sum;
  always @(posedge clk) c5_j1_q0_c5_j1_l0_g0_sum_q0 <= c5_j1_l0_g0_sum;
  always @(posedge clk) c5_j1_q0_c5_j1_l0_g1_sum_q0 <= c5_j1_l0_g1_sum;
  always @(posedge clk) c5_j1_q0_c5_j1_l0_g2_sum_q0 <= c5_j1_l0_g2_sum;
  always @(posedge clk) c5_j1_q0_c5_j1_l0_g3_sum_q0 <= c5_j1_l0_g3_sum;
  always @(posedge clk) c5_j1_q1_c5_j1_l1_g0_sum_q0 <= c5_j1_l1_g0_sum;
  always @(posedge clk) c5_j2_q0_c5_j2_l0_g0_sum_q0 <= c5_j2_l0_g0_sum;
  always @(posedge clk) c5_j2_q0_c5_j2_l0_g1_sum_q0 <= c5_j2_l0_g1_sum;
  always @(posedge clk) c5_j2_q0_c5_j2_l0_g2_sum_q0 <= c5_j2_l0_g2_sum;
  always @(posedge clk) c5_j2_q0_c5_j2_l0_g3_sum_q0 <= c5_j2_l0_g3_sum;
  always @(posedge clk) c5_j2_q1_c5_j2_l1_g0_sum_q0 <= c5_j2_l1_g0_sum;
  always @(posedge clk) c5_j3_q0_c5_j3_l0_g0_sum_q0 <= c5_j3_l0_g0_sum;
  always @(posedge clk) c5_j3_q0_c5_j3_l0_g1_sum_q0 <= c5_j3_l0_g1_sum;
  always @(posedge clk) c5_j3_q0_c5_j3_l0_g2_sum_q0 <= c5_j3_l0_g2_sum;
  always @(posedge clk) c5_j3_q0_c5_j3_l0_g3_sum_q0 <= c5_j3_l0_g3_sum;
  always @(posedge clk) c5_j3_q1_c5_j3_l1_g0_sum_q0 <= c5_j3_l1_g0_sum;
  always @(posedge clk) res5 <= col5_sum;
  always @(posedge clk) c6_j0_q0_c6_j0_l0_g0_sum_q0 <= c6_j0_l0_g0_sum;
  always @(posedge clk) c6_j0_q0_c6_j0_l0_g1_sum_q0 <= c6_j0_l0_g1_sum;
  always @(posedge clk) c6_j0_q0_c6_j0_l0_g2_sum_q0 <= c6_j0_l0_g2_sum;
  always @(posedge clk) c6_j0_q0_c6_j0_l0_g3_sum_q0 <= c6_j0_l0_g3_sum;
  always @(posedge clk) c6_j0_q1_c6_j0_l1_g0_sum_q0 <= c6_j0_l1_g0_sum;
  always @(posedge clk) c6_j1_q0_c6_j1_l0_g0_sum_q0 <= c6_j1_l0_g0_sum;
  always @(posedge clk) c6_j1_q0_c6_j1_l0_g1_sum_q0 <= c6_j1_l0_g1_sum;
  always @(posedge clk) c6_j1_q0_c6_j1_l0_g2_sum_q0 <= c6_j1_l0_g2_sum;
  always @(posedge clk) c6_j1_q0_c6_j1_l0_g3_sum_q0 <= c6_j1_l0_g3_sum;
  always @(posedge clk) c6_j1_q1_c6_j1_l1_g0_sum_q0 <= c6_j1_l1_g0_sum;
  always @(posedge clk) c6_j2_q0_c6_j2_l0_g0_sum_q0 <= c6_j2_l0_g0_sum;
  always @(posedge clk) c6_j2_q0_c6_j2_l0_g1_sum_q0 <= c6_j2_l0_g1_sum;
  always @(posedge clk) c6_j2_q0_c6_j2_l0_g2_sum_q0 <= c6_j2_l0_g2_sum;
  always @(posedge clk) c6_j2_q0_c6_j2_l0_g3_sum_q0 <= c6_j2_l0_g3_sum;
  always @(posedge clk) c6_j2_q1_c6_j2_l1_g0_sum_q0 <= c6_j2_l1_g0_sum;
  always @(posedge clk) c6_j3_q0_c6_j3_l0_g0_sum_q0 <= c6_j3_l0_g0_sum;
  always @(posedge clk) c6_j3_q0_c6_j3_l0_g1_sum_q0 <= c6_j3_l0_g1_sum;
  always @(posedge clk) c6_j3_q0_c6_j3_l0_g2_sum_q0 <= c6_j3_l0_g2_sum;
  always @(posedge clk) c6_j3_q0_c6_j3_l0_g3_sum_q0 <= c6_j3_l0_g3_sum;
  always @(posedge clk) c6_j3_q1_c6_j3_l1_g0_sum_q0 <= c6_j3_l1_g0_sum;
  always @(posedge clk) res6 <= col6_sum;
  always @(posedge clk) c7_j0_q0_c7_j0_l0_g0_sum_q0 <= c7_j0_l0_g0_sum;
  always @(posedge clk) c7_j0_q0_c7_j0_l0_g1_sum_q0 <= c7_j0_l0_g1_sum;
  always @(posedge clk) c7_j0_q0_c7_j0_l0_g2_sum_q0 <= c7_j0_l0_g2_sum;
  always @(posedge clk) c7_j0_q0_c7_j0_l0_g3_sum_q0 <= c7_j0_l0_g3_sum;
  always @(posedge clk) c7_j0_q1_c7_j0_l1_g0_sum_q0 <= c7_j0_l1_g0_sum;
  always @(posedge clk) c7_j1_q0_c7_j1_l0_g0_sum_q0 <= c7_j1_l0_g0_sum;
  always @(posedge clk) c7_j1_q0_c7_j1_l0_g1_sum_q0 <= c7_j1_l0_g1_sum;
  always @(posedge clk) c7_j1_q0_c7_j1_l0_g2_sum_q0 <= c7_j1_l0_g2_sum;
  always @(posedge clk) c7_j1_q0_c7_j1_l0_g3_sum_q0 <= c7_j1_l0_g3_sum;
  always @(posedge clk) c7_j1_q1_c7_j1_l1_g0_sum_q0 <= c7_j1_l1_g0_sum;
  always @(posedge clk) c7_j2_q0_c7_j2_l0_g0_sum_q0 <= c7_j2_l0_g0_sum;
  always @(posedge clk) c7_j2_q0_c7_j2_l0_g1_sum_q0 <= c7_j2_l0_g1_sum;
  always @(posedge clk) c7_j2_q0_c7_j2_l0_g2_sum_q0 <= c7_j2_l0_g2_sum;
  always @(posedge clk) c7_j2_q0_c7_j2_l0_g3_sum_q0 <= c7_j2_l0_g3_sum;
  always @(posedge clk) c7_j2_q1_c7_j2_l1_g0_sum_q0 <= c7_j2_l1_g0_sum;
  always @(posedge clk) c7_j3_q0_c7_j3_l0_g0_sum_q0 <= c7_j3_l0_g0_sum;
  always @(posedge clk) c7_j3_q0_c7_j3_l0_g1_sum_q0 <= c7_j3_l0_g1_sum;
  always @(posedge clk) c7_j3_q0_c7_j3_l0_g2_sum_q0 <= c7_j3_l0_g2_sum;
  always @(posedge clk) c7_j3_q0_c7_j3_l0_g3_sum_q0 <= c7_j3_l0_g3_sum;
  always @(posedge clk) c7_j3_q1_c7_j3_l1_g0_sum_q0 <= c7_j3_l1_g0_sum;
  always @(posedge clk) res7 <= col7_sum;
  always @(posedge clk) c8_j0_q0_c8_j0_l0_g0_sum_q0 <= c8_j0_l0_g0_sum;
  always @(posedge clk) c8_j0_q0_c8_j0_l0_g1_sum_q0 <= c8_j0_l0_g1_sum;
  always @(posedge clk) c8_j0_q0_c8_j0_l0_g2_sum_q0 <= c8_j0_l0_g2_sum;
  always @(posedge clk) c8_j0_q0_c8_j0_l0_g3_sum_q0 <= c8_j0_l0_g3_sum;
  always @(posedge clk) c8_j0_q1_c8_j0_l1_g0_sum_q0 <= c8_j0_l1_g0_sum;
  always @(posedge clk) c8_j1_q0_c8_j1_l0_g0_sum_q0 <= c8_j1_l0_g0_sum;
  always @(posedge clk) c8_j1_q0_c8_j1_l0_g1_sum_q0 <= c8_j1_l0_g1_sum;
  always @(posedge clk) c8_j1_q0_c8_j1_l0_g2_sum_q0 <= c8_j1_l0_g2_sum;
  always @(posedge clk) c8_j1_q0_c8_j1_l0_g3_sum_q0 <= c8_j1_l0_g3_sum;
  always @(posedge clk) c8_j1_q1_c8_j1_l1_g0_sum_q0 <= c8_j1_l1_g0_sum;
  always @(posedge clk) c8_j2_q0_c8_j2_l0_g0_sum_q0 <= c8_j2_l0_g0_sum;
  always @(posedge clk) c8_j2_q0_c8_j2_l0_g1_sum_q0 <= c8_j2_l0_g1_sum;
  always @(posedge clk) c8_j2_q0_c8_j2_l0_g2_sum_q0 <= c8_j2_l0_g2_sum;
  always @(posedge clk) c8_j2_q0_c8_j2_l0_g3_sum_q0 <= c8_j2_l0_g3_sum;
  always @(posedge clk) c8_j2_q1_c8_j2_l1_g0_sum_q0 <= c8_j2_l1_g0_sum;
  always @(posedge clk) c8_j3_q0_c8_j3_l0_g0_sum_q0 <= c8_j3_l0_g0_sum;
  always @(posedge clk) c8_j3_q0_c8_j3_l0_g1_sum_q0 <= c8_j3_l0_g1_sum;
  always @(posedge clk) c8_j3_q0_c8_j3_l0_g2_sum_q0 <= c8_j3_l0_g2_sum;
  always @(posedge clk) c8_j3_q0_c8_j3_l0_g3_sum_q0 <= c8_j3_l0_g3_sum;
  always @(posedge clk) c8_j3_q1_c8_j3_l1_g0_sum_q0 <= c8_j3_l1_g0_sum;
  always @(posedge clk) res8 <= col8_sum;
  always @(posedge clk) c9_j0_q0_c9_j0_l0_g0_sum_q0 <= c9_j0_l0_g0_sum;
  always @(posedge clk) c9_j0_q0_c9_j0_l0_g1_sum_q0 <= c9_j0_l0_g1_sum;
  always @(posedge clk) c9_j0_q0_c9_j0_l0_g2_sum_q0 <= c9_j0_l0_g2_sum;
  always @(posedge clk) c9_j0_q0_c9_j0_l0_g3_sum_q0 <= c9_j0_l0_g3_sum;
  always @(posedge clk) c9_j0_q1_c9_j0_l1_g0_sum_q0 <= c9_j0_l1_g0_sum;
  always @(posedge clk) c9_j1_q0_c9_j1_l0_g0_sum_q0 <= c9_j1_l0_g0_sum;
  always @(posedge clk) c9_j1_q0_c9_j1_l0_g1_sum_q0 <= c9_j1_l0_g1_sum;
  always @(posedge clk) c9_j1_q0_c9_j1_l0_g2_sum_q0 <= c9_j1_l0_g2_sum;
  always @(posedge clk) c9_j1_q0_c9_j1_l0_g3_sum_q0 <= c9_j1_l0_g3_sum;
  always @(posedge clk) c9_j1_q1_c9_j1_l1_g0_sum_q0 <= c9_j1_l1_g0_sum;
  always @(posedge clk) c9_j2_q0_c9_j2_l0_g0_sum_q0 <= c9_j2_l0_g0_sum;
  always @(posedge clk) c9_j2_q0_c9_j2_l0_g1_sum_q0 <= c9_j2_l0_g1_sum;
  always @(posedge clk) c9_j2_q0_c9_j2_l0_g2_sum_q0 <= c9_j2_l0_g2_sum;
  always @(posedge clk) c9_j2_q0_c9_j2_l0_g3_sum_q0 <= c9_j2_l0_g3_sum;
  always @(posedge clk) c9_j2_q1_c9_j2_l1_g0_sum_q0 <= c9_j2_l1_g0_sum;
  always @(posedge clk) c9_j3_q0_c9_j3_l0_g0_sum_q0 <= c9_j3_l0_g0_sum;
  always @(posedge clk) c9_j3_q0_c9_j3_l0_g1_sum_q0 <= c9_j3_l0_g1_sum;
  always @(posedge clk) c9_j3_q0_c9_j3_l0_g2_sum_q0 <= c9_j3_l0_g2_sum;
  always @(posedge clk) c9_j3_q0_c9_j3_l0_g3_sum_q0 <= c9_j3_l0_g3_sum;
  always @(posedge clk) c9_j3_q1_c9_j3_l1_g0_sum_q0 <= c9_j3_l1_g0_sum;
  always @(posedge clk) res9 <= col9_sum;
  always @(posedge clk) c10_j0_q0_c10_j0_l0_g0_sum_q0 <= c10_j0_l0_g0_sum;
  always @(posedge clk) c10_j0_q0_c10_j0_l0_g1_sum_q0 <= c10_j0_l0_g1_sum;
  always @(posedge clk) c10_j0_q0_c10_j0_l0_g2_sum_q0 <= c10_j0_l0_g2_sum;
  always @(posedge clk) c10_j0_q0_c10_j0_l0_g3_sum_q0 <= c10_j0_l0_g3_sum;
  always @(posedge clk) c10_j0_q1_c10_j0_l1_g0_sum_q0 <= c10_j0_l1_g0_sum;
  always @(posedge clk) c10_j1_q0_c10_j1_l0_g0_sum_q0 <= c10_j1_l0_g0_sum;
  always @(posedge clk) c10_j1_q0_c10_j1_l0_g1_sum_q0 <= c10_j1_l0_g1_sum;
  always @(posedge clk) c10_j1_q0_c10_j1_l0_g2_sum_q0 <= c10_j1_l0_g2_sum;
  always @(posedge clk) c10_j1_q0_c10_j1_l0_g3_sum_q0 <= c10_j1_l0_g3_sum;
  always @(posedge clk) c10_j1_q1_c10_j1_l1_g0_sum_q0 <= c10_j1_l1_g0_sum;
  always @(posedge clk) c10_j2_q0_c10_j2_l0_g0_sum_q0 <= c10_j2_l0_g0_sum;
  always @(posedge clk) c10_j2_q0_c10_j2_l0_g1_sum_q0 <= c10_j2_l0_g1_sum;
  always @(posedge clk) c10_j2_q0_c10_j2_l0_g2_sum_q0 <= c10_j2_l0_g2_sum;
  always @(posedge clk) c10_j2_q0_c10_j2_l0_g3_sum_q0 <= c10_j2_l0_g3_sum;
  always @(posedge clk) c10_j2_q1_c10_j2_l1_g0_sum_q0 <= c10_j2_l1_g0_sum;
  always @(posedge clk) c10_j3_q0_c10_j3_l0_g0_sum_q0 <= c10_j3_l0_g0_sum;
  always @(posedge clk) c10_j3_q0_c10_j3_l0_g1_sum_q0 <= c10_j3_l0_g1_sum;
  always @(posedge clk) c10_j3_q0_c10_j3_l0_g2_sum_q0 <= c10_j3_l0_g2_sum;
  always @(posedge clk) c10_j3_q0_c10_j3_l0_g3_sum_q0 <= c10_j3_l0_g3_sum;
  always @(posedge clk) c10_j3_q1_c10_j3_l1_g0_sum_q0 <= c10_j3_l1_g0_sum;
  always @(posedge clk) res10 <= col10_sum;
  always @(posedge clk) c11_j0_q0_c11_j0_l0_g0_sum_q0 <= c11_j0_l0_g0_sum;
  always @(posedge clk) c11_j0_q0_c11_j0_l0_g1_sum_q0 <= c11_j0_l0_g1_sum;
  always @(posedge clk) c11_j0_q0_c11_j0_l0_g2_sum_q0 <= c11_j0_l0_g2_sum;
  always @(posedge clk) c11_j0_q0_c11_j0_l0_g3_sum_q0 <= c11_j0_l0_g3_sum;
  always @(posedge clk) c11_j0_q1_c11_j0_l1_g0_sum_q0 <= c11_j0_l1_g0_sum;
  always @(posedge clk) c11_j1_q0_c11_j1_l0_g0_sum_q0 <= c11_j1_l0_g0_sum;
  always @(posedge clk) c11_j1_q0_c11_j1_l0_g1_sum_q0 <= c11_j1_l0_g1_sum;
  always @(posedge clk) c11_j1_q0_c11_j1_l0_g2_sum_q0 <= c11_j1_l0_g2_sum;
  always @(posedge clk) c11_j1_q0_c11_j1_l0_g3_sum_q0 <= c11_j1_l0_g3_sum;
  always @(posedge clk) c11_j1_q1_c11_j1_l1_g0_sum_q0 <= c11_j1_l1_g0_sum;
  always @(posedge clk) c11_j2_q0_c11_j2_l0_g0_sum_q0 <= c11_j2_l0_g0_sum;
  always @(posedge clk) c11_j2_q0_c11_j2_l0_g1_sum_q0 <= c11_j2_l0_g1_sum;
  always @(posedge clk) c11_j2_q0_c11_j2_l0_g2_sum_q0 <= c11_j2_l0_g2_sum;
  always @(posedge clk) c11_j2_q0_c11_j2_l0_g3_sum_q0 <= c11_j2_l0_g3_sum;
  always @(posedge clk) c11_j2_q1_c11_j2_l1_g0_sum_q0 <= c11_j2_l1_g0_sum;
  always @(posedge clk) c11_j3_q0_c11_j3_l0_g0_sum_q0 <= c11_j3_l0_g0_sum;
  always @(posedge clk) c11_j3_q0_c11_j3_l0_g1_sum_q0 <= c11_j3_l0_g1_sum;
  always @(posedge clk) c11_j3_q0_c11_j3_l0_g2_sum_q0 <= c11_j3_l0_g2_sum;
  always @(posedge clk) c11_j3_q0_c11_j3_l0_g3_sum_q0 <= c11_j3_l0_g3_sum;
  always @(posedge clk) c11_j3_q1_c11_j3_l1_g0_sum_q0 <= c11_j3_l1_g0_sum;
  always @(posedge clk) res11 <= col11_sum;
  always @(posedge clk) c12_j0_q0_c12_j0_l0_g0_sum_q0 <= c12_j0_l0_g0_sum;
  always @(posedge clk) c12_j0_q0_c12_j0_l0_g1_sum_q0 <= c12_j0_l0_g1_sum;
  always @(posedge clk) c12_j0_q0_c12_j0_l0_g2_sum_q0 <= c12_j0_l0_g2_sum;
  always @(posedge clk) c12_j0_q0_c12_j0_l0_g3_sum_q0 <= c12_j0_l0_g3_sum;
  always @(posedge clk) c12_j0_q1_c12_j0_l1_g0_sum_q0 <= c12_j0_l1_g0_sum;
  always @(posedge clk) c12_j1_q0_c12_j1_l0_g0_sum_q0 <= c12_j1_l0_g0_sum;
  always @(posedge clk) c12_j1_q0_c12_j1_l0_g1_sum_q0 <= c12_j1_l0_g1_sum;
  always @(posedge clk) c12_j1_q0_c12_j1_l0_g2_sum_q0 <= c12_j1_l0_g2_sum;
  always @(posedge clk) c12_j1_q0_c12_j1_l0_g3_sum_q0 <= c12_j1_l0_g3_sum;
  always @(posedge clk) c12_j1_q1_c12_j1_l1_g0_sum_q0 <= c12_j1_l1_g0_sum;
  always @(posedge clk) c12_j2_q0_c12_j2_l0_g0_sum_q0 <= c12_j2_l0_g0_sum;
  always @(posedge clk) c12_j2_q0_c12_j2_l0_g1_sum_q0 <= c12_j2_l0_g1_sum;
  always @(posedge clk) c12_j2_q0_c12_j2_l0_g2_sum_q0 <= c12_j2_l0_g2_sum;
  always @(posedge clk) c12_j2_q0_c12_j2_l0_g3_sum_q0 <= c12_j2_l0_g3_sum;
  always @(posedge clk) c12_j2_q1_c12_j2_l1_g0_sum_q0 <= c12_j2_l1_g0_sum;
  always @(posedge clk) c12_j3_q0_c12_j3_l0_g0_sum_q0 <= c12_j3_l0_g0_sum;
  always @(posedge clk) c12_j3_q0_c12_j3_l0_g1_sum_q0 <= c12_j3_l0_g1_sum;
  always @(posedge clk) c12_j3_q0_c12_j3_l0_g2_sum_q0 <= c12_j3_l0_g2_sum;
  always @(posedge clk) c12_j3_q0_c12_j3_l0_g3_sum_q0 <= c12_j3_l0_g3_sum;
  always @(posedge clk) c12_j3_q1_c12_j3_l1_g0_sum_q0 <= c12_j3_l1_g0_sum;
  always @(posedge clk) res12 <= col12_sum;
  always @(posedge clk) c13_j0_q0_c13_j0_l0_g0_sum_q0 <= c13_j0_l0_g0_sum;
  always @(posedge clk) c13_j0_q0_c13_j0_l0_g1_sum_q0 <= c13_j0_l0_g1_sum;
  always @(posedge clk) c13_j0_q0_c13_j0_l0_g2_sum_q0 <= c13_j0_l0_g2_sum;
  always @(posedge clk) c13_j0_q0_c13_j0_l0_g3_sum_q0 <= c13_j0_l0_g3_sum;
  always @(posedge clk) c13_j0_q1_c13_j0_l1_g0_sum_q0 <= c13_j0_l1_g0_sum;
  always @(posedge clk) c13_j1_q0_c13_j1_l0_g0_sum_q0 <= c13_j1_l0_g0_sum;
  always @(posedge clk) c13_j1_q0_c13_j1_l0_g1_sum_q0 <= c13_j1_l0_g1_sum;
  always @(posedge clk) c13_j1_q0_c13_j1_l0_g2_sum_q0 <= c13_j1_l0_g2_sum;
  always @(posedge clk) c13_j1_q0_c13_j1_l0_g3_sum_q0 <= c13_j1_l0_g3_sum;
  always @(posedge clk) c13_j1_q1_c13_j1_l1_g0_sum_q0 <= c13_j1_l1_g0_sum;
  always @(posedge clk) c13_j2_q0_c13_j2_l0_g0_sum_q0 <= c13_j2_l0_g0_sum;
  always @(posedge clk) c13_j2_q0_c13_j2_l0_g1_sum_q0 <= c13_j2_l0_g1_sum;
  always @(posedge clk) c13_j2_q0_c13_j2_l0_g2_sum_q0 <= c13_j2_l0_g2_sum;
  always @(posedge clk) c13_j2_q0_c13_j2_l0_g3_sum_q0 <= c13_j2_l0_g3_sum;
  always @(posedge clk) c13_j2_q1_c13_j2_l1_g0_sum_q0 <= c13_j2_l1_g0_sum;
  always @(posedge clk) c13_j3_q0_c13_j3_l0_g0_sum_q0 <= c13_j3_l0_g0_sum;
  always @(posedge clk) c13_j3_q0_c13_j3_l0_g1_sum_q0 <= c13_j3_l0_g1_sum;
  always @(posedge clk) c13_j3_q0_c13_j3_l0_g2_sum_q0 <= c13_j3_l0_g2_sum;
  always @(posedge clk) c13_j3_q0_c13_j3_l0_g3_sum_q0 <= c13_j3_l0_g3_sum;
  always @(posedge clk) c13_j3_q1_c13_j3_l1_g0_sum_q0 <= c13_j3_l1_g0_sum;
  always @(posedge clk) res13 <= col13_sum;
  always @(posedge clk) c14_j0_q0_c14_j0_l0_g0_sum_q0 <= c14_j0_l0_g0_sum;
  always @(posedge clk) c14_j0_q0_c14_j0_l0_g1_sum_q0 <= c14_j0_l0_g1_sum;
  always @(posedge clk) c14_j0_q0_c14_j0_l0_g2_sum_q0 <= c14_j0_l0_g2_sum;
  always @(posedge clk) c14_j0_q0_c14_j0_l0_g3_sum_q0 <= c14_j0_l0_g3_sum;
  always @(posedge clk) c14_j0_q1_c14_j0_l1_g0_sum_q0 <= c14_j0_l1_g0_sum;
  always @(posedge clk) c14_j1_q0_c14_j1_l0_g0_sum_q0 <= c14_j1_l0_g0_sum;
  always @(posedge clk) c14_j1_q0_c14_j1_l0_g1_sum_q0 <= c14_j1_l0_g1_sum;
  always @(posedge clk) c14_j1_q0_c14_j1_l0_g2_sum_q0 <= c14_j1_l0_g2_sum;
  always @(posedge clk) c14_j1_q0_c14_j1_l0_g3_sum_q0 <= c14_j1_l0_g3_sum;
  always @(posedge clk) c14_j1_q1_c14_j1_l1_g0_sum_q0 <= c14_j1_l1_g0_sum;
  always @(posedge clk) c14_j2_q0_c14_j2_l0_g0_sum_q0 <= c14_j2_l0_g0_sum;
  always @(posedge clk) c14_j2_q0_c14_j2_l0_g1_sum_q0 <= c14_j2_l0_g1_sum;
  always @(posedge clk) c14_j2_q0_c14_j2_l0_g2_sum_q0 <= c14_j2_l0_g2_sum;
  always @(posedge clk) c14_j2_q0_c14_j2_l0_g3_sum_q0 <= c14_j2_l0_g3_sum;
  always @(posedge clk) c14_j2_q1_c14_j2_l1_g0_sum_q0 <= c14_j2_l1_g0_sum;
  always @(posedge clk) c14_j3_q0_c14_j3_l0_g0_sum_q0 <= c14_j3_l0_g0_sum;
  always @(posedge clk) c14_j3_q0_c14_j3_l0_g1_sum_q0 <= c14_j3_l0_g1_sum;
  always @(posedge clk) c14_j3_q0_c14_j3_l0_g2_sum_q0 <= c14_j3_l0_g2_sum;
  always @(posedge clk) c14_j3_q0_c14_j3_l0_g3_sum_q0 <= c14_j3_l0_g3_sum;
  always @(posedge clk) c14_j3_q1_c14_j3_l1_g0_sum_q0 <= c14_j3_l1_g0_sum;
  always @(posedge clk) res14 <= col14_sum;
  always @(posedge clk) c15_j0_q0_c15_j0_l0_g0_sum_q0 <= c15_j0_l0_g0_sum;
  always @(posedge clk) c15_j0_q0_c15_j0_l0_g1_sum_q0 <= c15_j0_l0_g1_sum;
  always @(posedge clk) c15_j0_q0_c15_j0_l0_g2_sum_q0 <= c15_j0_l0_g2_sum;
  always @(posedge clk) c15_j0_q0_c15_j0_l0_g3_sum_q0 <= c15_j0_l0_g3_sum;
  always @(posedge clk) c15_j0_q1_c15_j0_l1_g0_sum_q0 <= c15_j0_l1_g0_sum;
  always @(posedge clk) c15_j1_q0_c15_j1_l0_g0_sum_q0 <= c15_j1_l0_g0_sum;
  always @(posedge clk) c15_j1_q0_c15_j1_l0_g1_sum_q0 <= c15_j1_l0_g1_sum;
  always @(posedge clk) c15_j1_q0_c15_j1_l0_g2_sum_q0 <= c15_j1_l0_g2_sum;
  always @(posedge clk) c15_j1_q0_c15_j1_l0_g3_sum_q0 <= c15_j1_l0_g3_sum;
  always @(posedge clk) c15_j1_q1_c15_j1_l1_g0_sum_q0 <= c15_j1_l1_g0_sum;
  always @(posedge clk) c15_j2_q0_c15_j2_l0_g0_sum_q0 <= c15_j2_l0_g0_sum;
  always @(posedge clk) c15_j2_q0_c15_j2_l0_g1_sum_q0 <= c15_j2_l0_g1_sum;
  always @(posedge clk) c15_j2_q0_c15_j2_l0_g2_sum_q0 <= c15_j2_l0_g2_sum;
  always @(posedge clk) c15_j2_q0_c15_j2_l0_g3_sum_q0 <= c15_j2_l0_g3_sum;
  always @(posedge clk) c15_j2_q1_c15_j2_l1_g0_sum_q0 <= c15_j2_l1_g0_sum;
  always @(posedge clk) c15_j3_q0_c15_j3_l0_g0_sum_q0 <= c15_j3_l0_g0_sum;
  always @(posedge clk) c15_j3_q0_c15_j3_l0_g1_sum_q0 <= c15_j3_l0_g1_sum;
  always @(posedge clk) c15_j3_q0_c15_j3_l0_g2_sum_q0 <= c15_j3_l0_g2_sum;
  always @(posedge clk) c15_j3_q0_c15_j3_l0_g3_sum_q0 <= c15_j3_l0_g3_sum;
  always @(posedge clk) c15_j3_q1_c15_j3_l1_g0_sum_q0 <= c15_j3_l1_g0_sum;
  always @(posedge clk) res15 <= col15_sum;
  always @(posedge clk) if (rst) dv_f_vld_q0 <= 1'b0; else dv_f_vld_q0 <= f_vld;
  always @(posedge clk) if (rst) dv_dv_f_vld_q1 <= 1'b0; else dv_dv_f_vld_q1 <= dv_f_vld_q0;
  always @(posedge clk) if (rst) dv_dv_dv_f_vld_q2 <= 1'b0; else dv_dv_dv_f_vld_q2 <= dv_dv_f_vld_q1;
  always @(posedge clk) if (rst) dv_dv_dv_dv_f_vld_q3 <= 1'b0; else dv_dv_dv_dv_f_vld_q3 <= dv_dv_dv_f_vld_q2;
endmodule
