// laconic_c16: Laconic-class 16 (n) x 1 (m) array top, 16 term-pair lanes per PE
// Source design: laconic_c16 (examples/laconic_c16.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Laconic-class bit-slice array, 16 (n) x 1 (m), 16 term-pair lanes per PE.
// Protocol: pulse start with cfg_k = steps of the tile (ceil(K / 16)); the array requests
// step a_idx/b_idx (lane l holds k = 16 * step + l) and holds the request until every
// lane has issued its term pairs (k_end); out_vld marks the tile's results.
module laconic_c16 (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_k,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [127:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [2047:0] b_in,
  output wire [15:0] out_vld,
  output wire [511:0] out_data
);
  // Controller: step counter; the lanes' term-pair counters beside it. The first / last step flags
  // are registered a step ahead (krem counts the steps left): no compare with cfg_k per cycle.
  // With the prefetch, both operands are fetched a step ahead: the cycle after start fetches step 0
  // (pre); while step s runs the array requests step s + 1, whose digits and term counts are
  // registered when the step ends (dload).
  wire f_first;
  wire f_last;
  wire dload;
  wire [11:0] a0_l0_digits;
  wire [3:0] a0_l0_nzs;
  wire [3:0] a0_l0_cnt;
  wire a0_l0_h0;
  wire [3:0] a0_l0_n0;
  wire a0_l0_h1;
  wire [3:0] a0_l0_n1;
  wire a0_l0_h2;
  wire [3:0] a0_l0_n2;
  wire a0_l0_h3;
  wire a0_l0_hit;
  wire [1:0] a0_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l0_e;
  wire [4:0] a0_l0_t;
  wire [11:0] a0_l1_digits;
  wire [3:0] a0_l1_nzs;
  wire [3:0] a0_l1_cnt;
  wire a0_l1_h0;
  wire [3:0] a0_l1_n0;
  wire a0_l1_h1;
  wire [3:0] a0_l1_n1;
  wire a0_l1_h2;
  wire [3:0] a0_l1_n2;
  wire a0_l1_h3;
  wire a0_l1_hit;
  wire [1:0] a0_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l1_e;
  wire [4:0] a0_l1_t;
  wire [11:0] a0_l2_digits;
  wire [3:0] a0_l2_nzs;
  wire [3:0] a0_l2_cnt;
  wire a0_l2_h0;
  wire [3:0] a0_l2_n0;
  wire a0_l2_h1;
  wire [3:0] a0_l2_n1;
  wire a0_l2_h2;
  wire [3:0] a0_l2_n2;
  wire a0_l2_h3;
  wire a0_l2_hit;
  wire [1:0] a0_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l2_e;
  wire [4:0] a0_l2_t;
  wire [11:0] a0_l3_digits;
  wire [3:0] a0_l3_nzs;
  wire [3:0] a0_l3_cnt;
  wire a0_l3_h0;
  wire [3:0] a0_l3_n0;
  wire a0_l3_h1;
  wire [3:0] a0_l3_n1;
  wire a0_l3_h2;
  wire [3:0] a0_l3_n2;
  wire a0_l3_h3;
  wire a0_l3_hit;
  wire [1:0] a0_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l3_e;
  wire [4:0] a0_l3_t;
  wire [11:0] a0_l4_digits;
  wire [3:0] a0_l4_nzs;
  wire [3:0] a0_l4_cnt;
  wire a0_l4_h0;
  wire [3:0] a0_l4_n0;
  wire a0_l4_h1;
  wire [3:0] a0_l4_n1;
  wire a0_l4_h2;
  wire [3:0] a0_l4_n2;
  wire a0_l4_h3;
  wire a0_l4_hit;
  wire [1:0] a0_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l4_e;
  wire [4:0] a0_l4_t;
  wire [11:0] a0_l5_digits;
  wire [3:0] a0_l5_nzs;
  wire [3:0] a0_l5_cnt;
  wire a0_l5_h0;
  wire [3:0] a0_l5_n0;
  wire a0_l5_h1;
  wire [3:0] a0_l5_n1;
  wire a0_l5_h2;
  wire [3:0] a0_l5_n2;
  wire a0_l5_h3;
  wire a0_l5_hit;
  wire [1:0] a0_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l5_e;
  wire [4:0] a0_l5_t;
  wire [11:0] a0_l6_digits;
  wire [3:0] a0_l6_nzs;
  wire [3:0] a0_l6_cnt;
  wire a0_l6_h0;
  wire [3:0] a0_l6_n0;
  wire a0_l6_h1;
  wire [3:0] a0_l6_n1;
  wire a0_l6_h2;
  wire [3:0] a0_l6_n2;
  wire a0_l6_h3;
  wire a0_l6_hit;
  wire [1:0] a0_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l6_e;
  wire [4:0] a0_l6_t;
  wire [11:0] a0_l7_digits;
  wire [3:0] a0_l7_nzs;
  wire [3:0] a0_l7_cnt;
  wire a0_l7_h0;
  wire [3:0] a0_l7_n0;
  wire a0_l7_h1;
  wire [3:0] a0_l7_n1;
  wire a0_l7_h2;
  wire [3:0] a0_l7_n2;
  wire a0_l7_h3;
  wire a0_l7_hit;
  wire [1:0] a0_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l7_e;
  wire [4:0] a0_l7_t;
  wire [11:0] a0_l8_digits;
  wire [3:0] a0_l8_nzs;
  wire [3:0] a0_l8_cnt;
  wire a0_l8_h0;
  wire [3:0] a0_l8_n0;
  wire a0_l8_h1;
  wire [3:0] a0_l8_n1;
  wire a0_l8_h2;
  wire [3:0] a0_l8_n2;
  wire a0_l8_h3;
  wire a0_l8_hit;
  wire [1:0] a0_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l8_e;
  wire [4:0] a0_l8_t;
  wire [11:0] a0_l9_digits;
  wire [3:0] a0_l9_nzs;
  wire [3:0] a0_l9_cnt;
  wire a0_l9_h0;
  wire [3:0] a0_l9_n0;
  wire a0_l9_h1;
  wire [3:0] a0_l9_n1;
  wire a0_l9_h2;
  wire [3:0] a0_l9_n2;
  wire a0_l9_h3;
  wire a0_l9_hit;
  wire [1:0] a0_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l9_e;
  wire [4:0] a0_l9_t;
  wire [11:0] a0_l10_digits;
  wire [3:0] a0_l10_nzs;
  wire [3:0] a0_l10_cnt;
  wire a0_l10_h0;
  wire [3:0] a0_l10_n0;
  wire a0_l10_h1;
  wire [3:0] a0_l10_n1;
  wire a0_l10_h2;
  wire [3:0] a0_l10_n2;
  wire a0_l10_h3;
  wire a0_l10_hit;
  wire [1:0] a0_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l10_e;
  wire [4:0] a0_l10_t;
  wire [11:0] a0_l11_digits;
  wire [3:0] a0_l11_nzs;
  wire [3:0] a0_l11_cnt;
  wire a0_l11_h0;
  wire [3:0] a0_l11_n0;
  wire a0_l11_h1;
  wire [3:0] a0_l11_n1;
  wire a0_l11_h2;
  wire [3:0] a0_l11_n2;
  wire a0_l11_h3;
  wire a0_l11_hit;
  wire [1:0] a0_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l11_e;
  wire [4:0] a0_l11_t;
  wire [11:0] a0_l12_digits;
  wire [3:0] a0_l12_nzs;
  wire [3:0] a0_l12_cnt;
  wire a0_l12_h0;
  wire [3:0] a0_l12_n0;
  wire a0_l12_h1;
  wire [3:0] a0_l12_n1;
  wire a0_l12_h2;
  wire [3:0] a0_l12_n2;
  wire a0_l12_h3;
  wire a0_l12_hit;
  wire [1:0] a0_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l12_e;
  wire [4:0] a0_l12_t;
  wire [11:0] a0_l13_digits;
  wire [3:0] a0_l13_nzs;
  wire [3:0] a0_l13_cnt;
  wire a0_l13_h0;
  wire [3:0] a0_l13_n0;
  wire a0_l13_h1;
  wire [3:0] a0_l13_n1;
  wire a0_l13_h2;
  wire [3:0] a0_l13_n2;
  wire a0_l13_h3;
  wire a0_l13_hit;
  wire [1:0] a0_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l13_e;
  wire [4:0] a0_l13_t;
  wire [11:0] a0_l14_digits;
  wire [3:0] a0_l14_nzs;
  wire [3:0] a0_l14_cnt;
  wire a0_l14_h0;
  wire [3:0] a0_l14_n0;
  wire a0_l14_h1;
  wire [3:0] a0_l14_n1;
  wire a0_l14_h2;
  wire [3:0] a0_l14_n2;
  wire a0_l14_h3;
  wire a0_l14_hit;
  wire [1:0] a0_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l14_e;
  wire [4:0] a0_l14_t;
  wire [11:0] a0_l15_digits;
  wire [3:0] a0_l15_nzs;
  wire [3:0] a0_l15_cnt;
  wire a0_l15_h0;
  wire [3:0] a0_l15_n0;
  wire a0_l15_h1;
  wire [3:0] a0_l15_n1;
  wire a0_l15_h2;
  wire [3:0] a0_l15_n2;
  wire a0_l15_h3;
  wire a0_l15_hit;
  wire [1:0] a0_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a0_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a0_l15_e;
  wire [4:0] a0_l15_t;
  wire [11:0] b0_l0_digits;
  wire [3:0] b0_l0_nzs;
  wire [3:0] b0_l0_cnt;
  wire b0_l0_h0;
  wire [3:0] b0_l0_n0;
  wire b0_l0_h1;
  wire [3:0] b0_l0_n1;
  wire b0_l0_h2;
  wire [3:0] b0_l0_n2;
  wire b0_l0_h3;
  wire b0_l0_hit;
  wire [1:0] b0_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l0_e;
  wire [4:0] b0_l0_t;
  wire [11:0] b0_l1_digits;
  wire [3:0] b0_l1_nzs;
  wire [3:0] b0_l1_cnt;
  wire b0_l1_h0;
  wire [3:0] b0_l1_n0;
  wire b0_l1_h1;
  wire [3:0] b0_l1_n1;
  wire b0_l1_h2;
  wire [3:0] b0_l1_n2;
  wire b0_l1_h3;
  wire b0_l1_hit;
  wire [1:0] b0_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l1_e;
  wire [4:0] b0_l1_t;
  wire [11:0] b0_l2_digits;
  wire [3:0] b0_l2_nzs;
  wire [3:0] b0_l2_cnt;
  wire b0_l2_h0;
  wire [3:0] b0_l2_n0;
  wire b0_l2_h1;
  wire [3:0] b0_l2_n1;
  wire b0_l2_h2;
  wire [3:0] b0_l2_n2;
  wire b0_l2_h3;
  wire b0_l2_hit;
  wire [1:0] b0_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l2_e;
  wire [4:0] b0_l2_t;
  wire [11:0] b0_l3_digits;
  wire [3:0] b0_l3_nzs;
  wire [3:0] b0_l3_cnt;
  wire b0_l3_h0;
  wire [3:0] b0_l3_n0;
  wire b0_l3_h1;
  wire [3:0] b0_l3_n1;
  wire b0_l3_h2;
  wire [3:0] b0_l3_n2;
  wire b0_l3_h3;
  wire b0_l3_hit;
  wire [1:0] b0_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l3_e;
  wire [4:0] b0_l3_t;
  wire [11:0] b0_l4_digits;
  wire [3:0] b0_l4_nzs;
  wire [3:0] b0_l4_cnt;
  wire b0_l4_h0;
  wire [3:0] b0_l4_n0;
  wire b0_l4_h1;
  wire [3:0] b0_l4_n1;
  wire b0_l4_h2;
  wire [3:0] b0_l4_n2;
  wire b0_l4_h3;
  wire b0_l4_hit;
  wire [1:0] b0_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l4_e;
  wire [4:0] b0_l4_t;
  wire [11:0] b0_l5_digits;
  wire [3:0] b0_l5_nzs;
  wire [3:0] b0_l5_cnt;
  wire b0_l5_h0;
  wire [3:0] b0_l5_n0;
  wire b0_l5_h1;
  wire [3:0] b0_l5_n1;
  wire b0_l5_h2;
  wire [3:0] b0_l5_n2;
  wire b0_l5_h3;
  wire b0_l5_hit;
  wire [1:0] b0_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l5_e;
  wire [4:0] b0_l5_t;
  wire [11:0] b0_l6_digits;
  wire [3:0] b0_l6_nzs;
  wire [3:0] b0_l6_cnt;
  wire b0_l6_h0;
  wire [3:0] b0_l6_n0;
  wire b0_l6_h1;
  wire [3:0] b0_l6_n1;
  wire b0_l6_h2;
  wire [3:0] b0_l6_n2;
  wire b0_l6_h3;
  wire b0_l6_hit;
  wire [1:0] b0_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l6_e;
  wire [4:0] b0_l6_t;
  wire [11:0] b0_l7_digits;
  wire [3:0] b0_l7_nzs;
  wire [3:0] b0_l7_cnt;
  wire b0_l7_h0;
  wire [3:0] b0_l7_n0;
  wire b0_l7_h1;
  wire [3:0] b0_l7_n1;
  wire b0_l7_h2;
  wire [3:0] b0_l7_n2;
  wire b0_l7_h3;
  wire b0_l7_hit;
  wire [1:0] b0_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l7_e;
  wire [4:0] b0_l7_t;
  wire [11:0] b0_l8_digits;
  wire [3:0] b0_l8_nzs;
  wire [3:0] b0_l8_cnt;
  wire b0_l8_h0;
  wire [3:0] b0_l8_n0;
  wire b0_l8_h1;
  wire [3:0] b0_l8_n1;
  wire b0_l8_h2;
  wire [3:0] b0_l8_n2;
  wire b0_l8_h3;
  wire b0_l8_hit;
  wire [1:0] b0_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l8_e;
  wire [4:0] b0_l8_t;
  wire [11:0] b0_l9_digits;
  wire [3:0] b0_l9_nzs;
  wire [3:0] b0_l9_cnt;
  wire b0_l9_h0;
  wire [3:0] b0_l9_n0;
  wire b0_l9_h1;
  wire [3:0] b0_l9_n1;
  wire b0_l9_h2;
  wire [3:0] b0_l9_n2;
  wire b0_l9_h3;
  wire b0_l9_hit;
  wire [1:0] b0_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l9_e;
  wire [4:0] b0_l9_t;
  wire [11:0] b0_l10_digits;
  wire [3:0] b0_l10_nzs;
  wire [3:0] b0_l10_cnt;
  wire b0_l10_h0;
  wire [3:0] b0_l10_n0;
  wire b0_l10_h1;
  wire [3:0] b0_l10_n1;
  wire b0_l10_h2;
  wire [3:0] b0_l10_n2;
  wire b0_l10_h3;
  wire b0_l10_hit;
  wire [1:0] b0_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l10_e;
  wire [4:0] b0_l10_t;
  wire [11:0] b0_l11_digits;
  wire [3:0] b0_l11_nzs;
  wire [3:0] b0_l11_cnt;
  wire b0_l11_h0;
  wire [3:0] b0_l11_n0;
  wire b0_l11_h1;
  wire [3:0] b0_l11_n1;
  wire b0_l11_h2;
  wire [3:0] b0_l11_n2;
  wire b0_l11_h3;
  wire b0_l11_hit;
  wire [1:0] b0_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l11_e;
  wire [4:0] b0_l11_t;
  wire [11:0] b0_l12_digits;
  wire [3:0] b0_l12_nzs;
  wire [3:0] b0_l12_cnt;
  wire b0_l12_h0;
  wire [3:0] b0_l12_n0;
  wire b0_l12_h1;
  wire [3:0] b0_l12_n1;
  wire b0_l12_h2;
  wire [3:0] b0_l12_n2;
  wire b0_l12_h3;
  wire b0_l12_hit;
  wire [1:0] b0_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l12_e;
  wire [4:0] b0_l12_t;
  wire [11:0] b0_l13_digits;
  wire [3:0] b0_l13_nzs;
  wire [3:0] b0_l13_cnt;
  wire b0_l13_h0;
  wire [3:0] b0_l13_n0;
  wire b0_l13_h1;
  wire [3:0] b0_l13_n1;
  wire b0_l13_h2;
  wire [3:0] b0_l13_n2;
  wire b0_l13_h3;
  wire b0_l13_hit;
  wire [1:0] b0_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l13_e;
  wire [4:0] b0_l13_t;
  wire [11:0] b0_l14_digits;
  wire [3:0] b0_l14_nzs;
  wire [3:0] b0_l14_cnt;
  wire b0_l14_h0;
  wire [3:0] b0_l14_n0;
  wire b0_l14_h1;
  wire [3:0] b0_l14_n1;
  wire b0_l14_h2;
  wire [3:0] b0_l14_n2;
  wire b0_l14_h3;
  wire b0_l14_hit;
  wire [1:0] b0_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l14_e;
  wire [4:0] b0_l14_t;
  wire [11:0] b0_l15_digits;
  wire [3:0] b0_l15_nzs;
  wire [3:0] b0_l15_cnt;
  wire b0_l15_h0;
  wire [3:0] b0_l15_n0;
  wire b0_l15_h1;
  wire [3:0] b0_l15_n1;
  wire b0_l15_h2;
  wire [3:0] b0_l15_n2;
  wire b0_l15_h3;
  wire b0_l15_hit;
  wire [1:0] b0_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b0_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b0_l15_e;
  wire [4:0] b0_l15_t;
  wire [11:0] b1_l0_digits;
  wire [3:0] b1_l0_nzs;
  wire [3:0] b1_l0_cnt;
  wire b1_l0_h0;
  wire [3:0] b1_l0_n0;
  wire b1_l0_h1;
  wire [3:0] b1_l0_n1;
  wire b1_l0_h2;
  wire [3:0] b1_l0_n2;
  wire b1_l0_h3;
  wire b1_l0_hit;
  wire [1:0] b1_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l0_e;
  wire [4:0] b1_l0_t;
  wire [11:0] b1_l1_digits;
  wire [3:0] b1_l1_nzs;
  wire [3:0] b1_l1_cnt;
  wire b1_l1_h0;
  wire [3:0] b1_l1_n0;
  wire b1_l1_h1;
  wire [3:0] b1_l1_n1;
  wire b1_l1_h2;
  wire [3:0] b1_l1_n2;
  wire b1_l1_h3;
  wire b1_l1_hit;
  wire [1:0] b1_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l1_e;
  wire [4:0] b1_l1_t;
  wire [11:0] b1_l2_digits;
  wire [3:0] b1_l2_nzs;
  wire [3:0] b1_l2_cnt;
  wire b1_l2_h0;
  wire [3:0] b1_l2_n0;
  wire b1_l2_h1;
  wire [3:0] b1_l2_n1;
  wire b1_l2_h2;
  wire [3:0] b1_l2_n2;
  wire b1_l2_h3;
  wire b1_l2_hit;
  wire [1:0] b1_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l2_e;
  wire [4:0] b1_l2_t;
  wire [11:0] b1_l3_digits;
  wire [3:0] b1_l3_nzs;
  wire [3:0] b1_l3_cnt;
  wire b1_l3_h0;
  wire [3:0] b1_l3_n0;
  wire b1_l3_h1;
  wire [3:0] b1_l3_n1;
  wire b1_l3_h2;
  wire [3:0] b1_l3_n2;
  wire b1_l3_h3;
  wire b1_l3_hit;
  wire [1:0] b1_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l3_e;
  wire [4:0] b1_l3_t;
  wire [11:0] b1_l4_digits;
  wire [3:0] b1_l4_nzs;
  wire [3:0] b1_l4_cnt;
  wire b1_l4_h0;
  wire [3:0] b1_l4_n0;
  wire b1_l4_h1;
  wire [3:0] b1_l4_n1;
  wire b1_l4_h2;
  wire [3:0] b1_l4_n2;
  wire b1_l4_h3;
  wire b1_l4_hit;
  wire [1:0] b1_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l4_e;
  wire [4:0] b1_l4_t;
  wire [11:0] b1_l5_digits;
  wire [3:0] b1_l5_nzs;
  wire [3:0] b1_l5_cnt;
  wire b1_l5_h0;
  wire [3:0] b1_l5_n0;
  wire b1_l5_h1;
  wire [3:0] b1_l5_n1;
  wire b1_l5_h2;
  wire [3:0] b1_l5_n2;
  wire b1_l5_h3;
  wire b1_l5_hit;
  wire [1:0] b1_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l5_e;
  wire [4:0] b1_l5_t;
  wire [11:0] b1_l6_digits;
  wire [3:0] b1_l6_nzs;
  wire [3:0] b1_l6_cnt;
  wire b1_l6_h0;
  wire [3:0] b1_l6_n0;
  wire b1_l6_h1;
  wire [3:0] b1_l6_n1;
  wire b1_l6_h2;
  wire [3:0] b1_l6_n2;
  wire b1_l6_h3;
  wire b1_l6_hit;
  wire [1:0] b1_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l6_e;
  wire [4:0] b1_l6_t;
  wire [11:0] b1_l7_digits;
  wire [3:0] b1_l7_nzs;
  wire [3:0] b1_l7_cnt;
  wire b1_l7_h0;
  wire [3:0] b1_l7_n0;
  wire b1_l7_h1;
  wire [3:0] b1_l7_n1;
  wire b1_l7_h2;
  wire [3:0] b1_l7_n2;
  wire b1_l7_h3;
  wire b1_l7_hit;
  wire [1:0] b1_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l7_e;
  wire [4:0] b1_l7_t;
  wire [11:0] b1_l8_digits;
  wire [3:0] b1_l8_nzs;
  wire [3:0] b1_l8_cnt;
  wire b1_l8_h0;
  wire [3:0] b1_l8_n0;
  wire b1_l8_h1;
  wire [3:0] b1_l8_n1;
  wire b1_l8_h2;
  wire [3:0] b1_l8_n2;
  wire b1_l8_h3;
  wire b1_l8_hit;
  wire [1:0] b1_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l8_e;
  wire [4:0] b1_l8_t;
  wire [11:0] b1_l9_digits;
  wire [3:0] b1_l9_nzs;
  wire [3:0] b1_l9_cnt;
  wire b1_l9_h0;
  wire [3:0] b1_l9_n0;
  wire b1_l9_h1;
  wire [3:0] b1_l9_n1;
  wire b1_l9_h2;
  wire [3:0] b1_l9_n2;
  wire b1_l9_h3;
  wire b1_l9_hit;
  wire [1:0] b1_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l9_e;
  wire [4:0] b1_l9_t;
  wire [11:0] b1_l10_digits;
  wire [3:0] b1_l10_nzs;
  wire [3:0] b1_l10_cnt;
  wire b1_l10_h0;
  wire [3:0] b1_l10_n0;
  wire b1_l10_h1;
  wire [3:0] b1_l10_n1;
  wire b1_l10_h2;
  wire [3:0] b1_l10_n2;
  wire b1_l10_h3;
  wire b1_l10_hit;
  wire [1:0] b1_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l10_e;
  wire [4:0] b1_l10_t;
  wire [11:0] b1_l11_digits;
  wire [3:0] b1_l11_nzs;
  wire [3:0] b1_l11_cnt;
  wire b1_l11_h0;
  wire [3:0] b1_l11_n0;
  wire b1_l11_h1;
  wire [3:0] b1_l11_n1;
  wire b1_l11_h2;
  wire [3:0] b1_l11_n2;
  wire b1_l11_h3;
  wire b1_l11_hit;
  wire [1:0] b1_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l11_e;
  wire [4:0] b1_l11_t;
  wire [11:0] b1_l12_digits;
  wire [3:0] b1_l12_nzs;
  wire [3:0] b1_l12_cnt;
  wire b1_l12_h0;
  wire [3:0] b1_l12_n0;
  wire b1_l12_h1;
  wire [3:0] b1_l12_n1;
  wire b1_l12_h2;
  wire [3:0] b1_l12_n2;
  wire b1_l12_h3;
  wire b1_l12_hit;
  wire [1:0] b1_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l12_e;
  wire [4:0] b1_l12_t;
  wire [11:0] b1_l13_digits;
  wire [3:0] b1_l13_nzs;
  wire [3:0] b1_l13_cnt;
  wire b1_l13_h0;
  wire [3:0] b1_l13_n0;
  wire b1_l13_h1;
  wire [3:0] b1_l13_n1;
  wire b1_l13_h2;
  wire [3:0] b1_l13_n2;
  wire b1_l13_h3;
  wire b1_l13_hit;
  wire [1:0] b1_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l13_e;
  wire [4:0] b1_l13_t;
  wire [11:0] b1_l14_digits;
  wire [3:0] b1_l14_nzs;
  wire [3:0] b1_l14_cnt;
  wire b1_l14_h0;
  wire [3:0] b1_l14_n0;
  wire b1_l14_h1;
  wire [3:0] b1_l14_n1;
  wire b1_l14_h2;
  wire [3:0] b1_l14_n2;
  wire b1_l14_h3;
  wire b1_l14_hit;
  wire [1:0] b1_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l14_e;
  wire [4:0] b1_l14_t;
  wire [11:0] b1_l15_digits;
  wire [3:0] b1_l15_nzs;
  wire [3:0] b1_l15_cnt;
  wire b1_l15_h0;
  wire [3:0] b1_l15_n0;
  wire b1_l15_h1;
  wire [3:0] b1_l15_n1;
  wire b1_l15_h2;
  wire [3:0] b1_l15_n2;
  wire b1_l15_h3;
  wire b1_l15_hit;
  wire [1:0] b1_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b1_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b1_l15_e;
  wire [4:0] b1_l15_t;
  wire [11:0] b2_l0_digits;
  wire [3:0] b2_l0_nzs;
  wire [3:0] b2_l0_cnt;
  wire b2_l0_h0;
  wire [3:0] b2_l0_n0;
  wire b2_l0_h1;
  wire [3:0] b2_l0_n1;
  wire b2_l0_h2;
  wire [3:0] b2_l0_n2;
  wire b2_l0_h3;
  wire b2_l0_hit;
  wire [1:0] b2_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l0_e;
  wire [4:0] b2_l0_t;
  wire [11:0] b2_l1_digits;
  wire [3:0] b2_l1_nzs;
  wire [3:0] b2_l1_cnt;
  wire b2_l1_h0;
  wire [3:0] b2_l1_n0;
  wire b2_l1_h1;
  wire [3:0] b2_l1_n1;
  wire b2_l1_h2;
  wire [3:0] b2_l1_n2;
  wire b2_l1_h3;
  wire b2_l1_hit;
  wire [1:0] b2_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l1_e;
  wire [4:0] b2_l1_t;
  wire [11:0] b2_l2_digits;
  wire [3:0] b2_l2_nzs;
  wire [3:0] b2_l2_cnt;
  wire b2_l2_h0;
  wire [3:0] b2_l2_n0;
  wire b2_l2_h1;
  wire [3:0] b2_l2_n1;
  wire b2_l2_h2;
  wire [3:0] b2_l2_n2;
  wire b2_l2_h3;
  wire b2_l2_hit;
  wire [1:0] b2_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l2_e;
  wire [4:0] b2_l2_t;
  wire [11:0] b2_l3_digits;
  wire [3:0] b2_l3_nzs;
  wire [3:0] b2_l3_cnt;
  wire b2_l3_h0;
  wire [3:0] b2_l3_n0;
  wire b2_l3_h1;
  wire [3:0] b2_l3_n1;
  wire b2_l3_h2;
  wire [3:0] b2_l3_n2;
  wire b2_l3_h3;
  wire b2_l3_hit;
  wire [1:0] b2_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l3_e;
  wire [4:0] b2_l3_t;
  wire [11:0] b2_l4_digits;
  wire [3:0] b2_l4_nzs;
  wire [3:0] b2_l4_cnt;
  wire b2_l4_h0;
  wire [3:0] b2_l4_n0;
  wire b2_l4_h1;
  wire [3:0] b2_l4_n1;
  wire b2_l4_h2;
  wire [3:0] b2_l4_n2;
  wire b2_l4_h3;
  wire b2_l4_hit;
  wire [1:0] b2_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l4_e;
  wire [4:0] b2_l4_t;
  wire [11:0] b2_l5_digits;
  wire [3:0] b2_l5_nzs;
  wire [3:0] b2_l5_cnt;
  wire b2_l5_h0;
  wire [3:0] b2_l5_n0;
  wire b2_l5_h1;
  wire [3:0] b2_l5_n1;
  wire b2_l5_h2;
  wire [3:0] b2_l5_n2;
  wire b2_l5_h3;
  wire b2_l5_hit;
  wire [1:0] b2_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l5_e;
  wire [4:0] b2_l5_t;
  wire [11:0] b2_l6_digits;
  wire [3:0] b2_l6_nzs;
  wire [3:0] b2_l6_cnt;
  wire b2_l6_h0;
  wire [3:0] b2_l6_n0;
  wire b2_l6_h1;
  wire [3:0] b2_l6_n1;
  wire b2_l6_h2;
  wire [3:0] b2_l6_n2;
  wire b2_l6_h3;
  wire b2_l6_hit;
  wire [1:0] b2_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l6_e;
  wire [4:0] b2_l6_t;
  wire [11:0] b2_l7_digits;
  wire [3:0] b2_l7_nzs;
  wire [3:0] b2_l7_cnt;
  wire b2_l7_h0;
  wire [3:0] b2_l7_n0;
  wire b2_l7_h1;
  wire [3:0] b2_l7_n1;
  wire b2_l7_h2;
  wire [3:0] b2_l7_n2;
  wire b2_l7_h3;
  wire b2_l7_hit;
  wire [1:0] b2_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l7_e;
  wire [4:0] b2_l7_t;
  wire [11:0] b2_l8_digits;
  wire [3:0] b2_l8_nzs;
  wire [3:0] b2_l8_cnt;
  wire b2_l8_h0;
  wire [3:0] b2_l8_n0;
  wire b2_l8_h1;
  wire [3:0] b2_l8_n1;
  wire b2_l8_h2;
  wire [3:0] b2_l8_n2;
  wire b2_l8_h3;
  wire b2_l8_hit;
  wire [1:0] b2_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l8_e;
  wire [4:0] b2_l8_t;
  wire [11:0] b2_l9_digits;
  wire [3:0] b2_l9_nzs;
  wire [3:0] b2_l9_cnt;
  wire b2_l9_h0;
  wire [3:0] b2_l9_n0;
  wire b2_l9_h1;
  wire [3:0] b2_l9_n1;
  wire b2_l9_h2;
  wire [3:0] b2_l9_n2;
  wire b2_l9_h3;
  wire b2_l9_hit;
  wire [1:0] b2_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l9_e;
  wire [4:0] b2_l9_t;
  wire [11:0] b2_l10_digits;
  wire [3:0] b2_l10_nzs;
  wire [3:0] b2_l10_cnt;
  wire b2_l10_h0;
  wire [3:0] b2_l10_n0;
  wire b2_l10_h1;
  wire [3:0] b2_l10_n1;
  wire b2_l10_h2;
  wire [3:0] b2_l10_n2;
  wire b2_l10_h3;
  wire b2_l10_hit;
  wire [1:0] b2_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l10_e;
  wire [4:0] b2_l10_t;
  wire [11:0] b2_l11_digits;
  wire [3:0] b2_l11_nzs;
  wire [3:0] b2_l11_cnt;
  wire b2_l11_h0;
  wire [3:0] b2_l11_n0;
  wire b2_l11_h1;
  wire [3:0] b2_l11_n1;
  wire b2_l11_h2;
  wire [3:0] b2_l11_n2;
  wire b2_l11_h3;
  wire b2_l11_hit;
  wire [1:0] b2_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l11_e;
  wire [4:0] b2_l11_t;
  wire [11:0] b2_l12_digits;
  wire [3:0] b2_l12_nzs;
  wire [3:0] b2_l12_cnt;
  wire b2_l12_h0;
  wire [3:0] b2_l12_n0;
  wire b2_l12_h1;
  wire [3:0] b2_l12_n1;
  wire b2_l12_h2;
  wire [3:0] b2_l12_n2;
  wire b2_l12_h3;
  wire b2_l12_hit;
  wire [1:0] b2_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l12_e;
  wire [4:0] b2_l12_t;
  wire [11:0] b2_l13_digits;
  wire [3:0] b2_l13_nzs;
  wire [3:0] b2_l13_cnt;
  wire b2_l13_h0;
  wire [3:0] b2_l13_n0;
  wire b2_l13_h1;
  wire [3:0] b2_l13_n1;
  wire b2_l13_h2;
  wire [3:0] b2_l13_n2;
  wire b2_l13_h3;
  wire b2_l13_hit;
  wire [1:0] b2_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l13_e;
  wire [4:0] b2_l13_t;
  wire [11:0] b2_l14_digits;
  wire [3:0] b2_l14_nzs;
  wire [3:0] b2_l14_cnt;
  wire b2_l14_h0;
  wire [3:0] b2_l14_n0;
  wire b2_l14_h1;
  wire [3:0] b2_l14_n1;
  wire b2_l14_h2;
  wire [3:0] b2_l14_n2;
  wire b2_l14_h3;
  wire b2_l14_hit;
  wire [1:0] b2_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l14_e;
  wire [4:0] b2_l14_t;
  wire [11:0] b2_l15_digits;
  wire [3:0] b2_l15_nzs;
  wire [3:0] b2_l15_cnt;
  wire b2_l15_h0;
  wire [3:0] b2_l15_n0;
  wire b2_l15_h1;
  wire [3:0] b2_l15_n1;
  wire b2_l15_h2;
  wire [3:0] b2_l15_n2;
  wire b2_l15_h3;
  wire b2_l15_hit;
  wire [1:0] b2_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b2_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b2_l15_e;
  wire [4:0] b2_l15_t;
  wire [11:0] b3_l0_digits;
  wire [3:0] b3_l0_nzs;
  wire [3:0] b3_l0_cnt;
  wire b3_l0_h0;
  wire [3:0] b3_l0_n0;
  wire b3_l0_h1;
  wire [3:0] b3_l0_n1;
  wire b3_l0_h2;
  wire [3:0] b3_l0_n2;
  wire b3_l0_h3;
  wire b3_l0_hit;
  wire [1:0] b3_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l0_e;
  wire [4:0] b3_l0_t;
  wire [11:0] b3_l1_digits;
  wire [3:0] b3_l1_nzs;
  wire [3:0] b3_l1_cnt;
  wire b3_l1_h0;
  wire [3:0] b3_l1_n0;
  wire b3_l1_h1;
  wire [3:0] b3_l1_n1;
  wire b3_l1_h2;
  wire [3:0] b3_l1_n2;
  wire b3_l1_h3;
  wire b3_l1_hit;
  wire [1:0] b3_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l1_e;
  wire [4:0] b3_l1_t;
  wire [11:0] b3_l2_digits;
  wire [3:0] b3_l2_nzs;
  wire [3:0] b3_l2_cnt;
  wire b3_l2_h0;
  wire [3:0] b3_l2_n0;
  wire b3_l2_h1;
  wire [3:0] b3_l2_n1;
  wire b3_l2_h2;
  wire [3:0] b3_l2_n2;
  wire b3_l2_h3;
  wire b3_l2_hit;
  wire [1:0] b3_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l2_e;
  wire [4:0] b3_l2_t;
  wire [11:0] b3_l3_digits;
  wire [3:0] b3_l3_nzs;
  wire [3:0] b3_l3_cnt;
  wire b3_l3_h0;
  wire [3:0] b3_l3_n0;
  wire b3_l3_h1;
  wire [3:0] b3_l3_n1;
  wire b3_l3_h2;
  wire [3:0] b3_l3_n2;
  wire b3_l3_h3;
  wire b3_l3_hit;
  wire [1:0] b3_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l3_e;
  wire [4:0] b3_l3_t;
  wire [11:0] b3_l4_digits;
  wire [3:0] b3_l4_nzs;
  wire [3:0] b3_l4_cnt;
  wire b3_l4_h0;
  wire [3:0] b3_l4_n0;
  wire b3_l4_h1;
  wire [3:0] b3_l4_n1;
  wire b3_l4_h2;
  wire [3:0] b3_l4_n2;
  wire b3_l4_h3;
  wire b3_l4_hit;
  wire [1:0] b3_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l4_e;
  wire [4:0] b3_l4_t;
  wire [11:0] b3_l5_digits;
  wire [3:0] b3_l5_nzs;
  wire [3:0] b3_l5_cnt;
  wire b3_l5_h0;
  wire [3:0] b3_l5_n0;
  wire b3_l5_h1;
  wire [3:0] b3_l5_n1;
  wire b3_l5_h2;
  wire [3:0] b3_l5_n2;
  wire b3_l5_h3;
  wire b3_l5_hit;
  wire [1:0] b3_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l5_e;
  wire [4:0] b3_l5_t;
  wire [11:0] b3_l6_digits;
  wire [3:0] b3_l6_nzs;
  wire [3:0] b3_l6_cnt;
  wire b3_l6_h0;
  wire [3:0] b3_l6_n0;
  wire b3_l6_h1;
  wire [3:0] b3_l6_n1;
  wire b3_l6_h2;
  wire [3:0] b3_l6_n2;
  wire b3_l6_h3;
  wire b3_l6_hit;
  wire [1:0] b3_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l6_e;
  wire [4:0] b3_l6_t;
  wire [11:0] b3_l7_digits;
  wire [3:0] b3_l7_nzs;
  wire [3:0] b3_l7_cnt;
  wire b3_l7_h0;
  wire [3:0] b3_l7_n0;
  wire b3_l7_h1;
  wire [3:0] b3_l7_n1;
  wire b3_l7_h2;
  wire [3:0] b3_l7_n2;
  wire b3_l7_h3;
  wire b3_l7_hit;
  wire [1:0] b3_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l7_e;
  wire [4:0] b3_l7_t;
  wire [11:0] b3_l8_digits;
  wire [3:0] b3_l8_nzs;
  wire [3:0] b3_l8_cnt;
  wire b3_l8_h0;
  wire [3:0] b3_l8_n0;
  wire b3_l8_h1;
  wire [3:0] b3_l8_n1;
  wire b3_l8_h2;
  wire [3:0] b3_l8_n2;
  wire b3_l8_h3;
  wire b3_l8_hit;
  wire [1:0] b3_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l8_e;
  wire [4:0] b3_l8_t;
  wire [11:0] b3_l9_digits;
  wire [3:0] b3_l9_nzs;
  wire [3:0] b3_l9_cnt;
  wire b3_l9_h0;
  wire [3:0] b3_l9_n0;
  wire b3_l9_h1;
  wire [3:0] b3_l9_n1;
  wire b3_l9_h2;
  wire [3:0] b3_l9_n2;
  wire b3_l9_h3;
  wire b3_l9_hit;
  wire [1:0] b3_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l9_e;
  wire [4:0] b3_l9_t;
  wire [11:0] b3_l10_digits;
  wire [3:0] b3_l10_nzs;
  wire [3:0] b3_l10_cnt;
  wire b3_l10_h0;
  wire [3:0] b3_l10_n0;
  wire b3_l10_h1;
  wire [3:0] b3_l10_n1;
  wire b3_l10_h2;
  wire [3:0] b3_l10_n2;
  wire b3_l10_h3;
  wire b3_l10_hit;
  wire [1:0] b3_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l10_e;
  wire [4:0] b3_l10_t;
  wire [11:0] b3_l11_digits;
  wire [3:0] b3_l11_nzs;
  wire [3:0] b3_l11_cnt;
  wire b3_l11_h0;
  wire [3:0] b3_l11_n0;
  wire b3_l11_h1;
  wire [3:0] b3_l11_n1;
  wire b3_l11_h2;
  wire [3:0] b3_l11_n2;
  wire b3_l11_h3;
  wire b3_l11_hit;
  wire [1:0] b3_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l11_e;
  wire [4:0] b3_l11_t;
  wire [11:0] b3_l12_digits;
  wire [3:0] b3_l12_nzs;
  wire [3:0] b3_l12_cnt;
  wire b3_l12_h0;
  wire [3:0] b3_l12_n0;
  wire b3_l12_h1;
  wire [3:0] b3_l12_n1;
  wire b3_l12_h2;
  wire [3:0] b3_l12_n2;
  wire b3_l12_h3;
  wire b3_l12_hit;
  wire [1:0] b3_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l12_e;
  wire [4:0] b3_l12_t;
  wire [11:0] b3_l13_digits;
  wire [3:0] b3_l13_nzs;
  wire [3:0] b3_l13_cnt;
  wire b3_l13_h0;
  wire [3:0] b3_l13_n0;
  wire b3_l13_h1;
  wire [3:0] b3_l13_n1;
  wire b3_l13_h2;
  wire [3:0] b3_l13_n2;
  wire b3_l13_h3;
  wire b3_l13_hit;
  wire [1:0] b3_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l13_e;
  wire [4:0] b3_l13_t;
  wire [11:0] b3_l14_digits;
  wire [3:0] b3_l14_nzs;
  wire [3:0] b3_l14_cnt;
  wire b3_l14_h0;
  wire [3:0] b3_l14_n0;
  wire b3_l14_h1;
  wire [3:0] b3_l14_n1;
  wire b3_l14_h2;
  wire [3:0] b3_l14_n2;
  wire b3_l14_h3;
  wire b3_l14_hit;
  wire [1:0] b3_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l14_e;
  wire [4:0] b3_l14_t;
  wire [11:0] b3_l15_digits;
  wire [3:0] b3_l15_nzs;
  wire [3:0] b3_l15_cnt;
  wire b3_l15_h0;
  wire [3:0] b3_l15_n0;
  wire b3_l15_h1;
  wire [3:0] b3_l15_n1;
  wire b3_l15_h2;
  wire [3:0] b3_l15_n2;
  wire b3_l15_h3;
  wire b3_l15_hit;
  wire [1:0] b3_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b3_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b3_l15_e;
  wire [4:0] b3_l15_t;
  wire [11:0] b4_l0_digits;
  wire [3:0] b4_l0_nzs;
  wire [3:0] b4_l0_cnt;
  wire b4_l0_h0;
  wire [3:0] b4_l0_n0;
  wire b4_l0_h1;
  wire [3:0] b4_l0_n1;
  wire b4_l0_h2;
  wire [3:0] b4_l0_n2;
  wire b4_l0_h3;
  wire b4_l0_hit;
  wire [1:0] b4_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l0_e;
  wire [4:0] b4_l0_t;
  wire [11:0] b4_l1_digits;
  wire [3:0] b4_l1_nzs;
  wire [3:0] b4_l1_cnt;
  wire b4_l1_h0;
  wire [3:0] b4_l1_n0;
  wire b4_l1_h1;
  wire [3:0] b4_l1_n1;
  wire b4_l1_h2;
  wire [3:0] b4_l1_n2;
  wire b4_l1_h3;
  wire b4_l1_hit;
  wire [1:0] b4_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l1_e;
  wire [4:0] b4_l1_t;
  wire [11:0] b4_l2_digits;
  wire [3:0] b4_l2_nzs;
  wire [3:0] b4_l2_cnt;
  wire b4_l2_h0;
  wire [3:0] b4_l2_n0;
  wire b4_l2_h1;
  wire [3:0] b4_l2_n1;
  wire b4_l2_h2;
  wire [3:0] b4_l2_n2;
  wire b4_l2_h3;
  wire b4_l2_hit;
  wire [1:0] b4_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l2_e;
  wire [4:0] b4_l2_t;
  wire [11:0] b4_l3_digits;
  wire [3:0] b4_l3_nzs;
  wire [3:0] b4_l3_cnt;
  wire b4_l3_h0;
  wire [3:0] b4_l3_n0;
  wire b4_l3_h1;
  wire [3:0] b4_l3_n1;
  wire b4_l3_h2;
  wire [3:0] b4_l3_n2;
  wire b4_l3_h3;
  wire b4_l3_hit;
  wire [1:0] b4_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l3_e;
  wire [4:0] b4_l3_t;
  wire [11:0] b4_l4_digits;
  wire [3:0] b4_l4_nzs;
  wire [3:0] b4_l4_cnt;
  wire b4_l4_h0;
  wire [3:0] b4_l4_n0;
  wire b4_l4_h1;
  wire [3:0] b4_l4_n1;
  wire b4_l4_h2;
  wire [3:0] b4_l4_n2;
  wire b4_l4_h3;
  wire b4_l4_hit;
  wire [1:0] b4_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l4_e;
  wire [4:0] b4_l4_t;
  wire [11:0] b4_l5_digits;
  wire [3:0] b4_l5_nzs;
  wire [3:0] b4_l5_cnt;
  wire b4_l5_h0;
  wire [3:0] b4_l5_n0;
  wire b4_l5_h1;
  wire [3:0] b4_l5_n1;
  wire b4_l5_h2;
  wire [3:0] b4_l5_n2;
  wire b4_l5_h3;
  wire b4_l5_hit;
  wire [1:0] b4_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l5_e;
  wire [4:0] b4_l5_t;
  wire [11:0] b4_l6_digits;
  wire [3:0] b4_l6_nzs;
  wire [3:0] b4_l6_cnt;
  wire b4_l6_h0;
  wire [3:0] b4_l6_n0;
  wire b4_l6_h1;
  wire [3:0] b4_l6_n1;
  wire b4_l6_h2;
  wire [3:0] b4_l6_n2;
  wire b4_l6_h3;
  wire b4_l6_hit;
  wire [1:0] b4_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l6_e;
  wire [4:0] b4_l6_t;
  wire [11:0] b4_l7_digits;
  wire [3:0] b4_l7_nzs;
  wire [3:0] b4_l7_cnt;
  wire b4_l7_h0;
  wire [3:0] b4_l7_n0;
  wire b4_l7_h1;
  wire [3:0] b4_l7_n1;
  wire b4_l7_h2;
  wire [3:0] b4_l7_n2;
  wire b4_l7_h3;
  wire b4_l7_hit;
  wire [1:0] b4_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l7_e;
  wire [4:0] b4_l7_t;
  wire [11:0] b4_l8_digits;
  wire [3:0] b4_l8_nzs;
  wire [3:0] b4_l8_cnt;
  wire b4_l8_h0;
  wire [3:0] b4_l8_n0;
  wire b4_l8_h1;
  wire [3:0] b4_l8_n1;
  wire b4_l8_h2;
  wire [3:0] b4_l8_n2;
  wire b4_l8_h3;
  wire b4_l8_hit;
  wire [1:0] b4_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l8_e;
  wire [4:0] b4_l8_t;
  wire [11:0] b4_l9_digits;
  wire [3:0] b4_l9_nzs;
  wire [3:0] b4_l9_cnt;
  wire b4_l9_h0;
  wire [3:0] b4_l9_n0;
  wire b4_l9_h1;
  wire [3:0] b4_l9_n1;
  wire b4_l9_h2;
  wire [3:0] b4_l9_n2;
  wire b4_l9_h3;
  wire b4_l9_hit;
  wire [1:0] b4_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l9_e;
  wire [4:0] b4_l9_t;
  wire [11:0] b4_l10_digits;
  wire [3:0] b4_l10_nzs;
  wire [3:0] b4_l10_cnt;
  wire b4_l10_h0;
  wire [3:0] b4_l10_n0;
  wire b4_l10_h1;
  wire [3:0] b4_l10_n1;
  wire b4_l10_h2;
  wire [3:0] b4_l10_n2;
  wire b4_l10_h3;
  wire b4_l10_hit;
  wire [1:0] b4_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l10_e;
  wire [4:0] b4_l10_t;
  wire [11:0] b4_l11_digits;
  wire [3:0] b4_l11_nzs;
  wire [3:0] b4_l11_cnt;
  wire b4_l11_h0;
  wire [3:0] b4_l11_n0;
  wire b4_l11_h1;
  wire [3:0] b4_l11_n1;
  wire b4_l11_h2;
  wire [3:0] b4_l11_n2;
  wire b4_l11_h3;
  wire b4_l11_hit;
  wire [1:0] b4_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l11_e;
  wire [4:0] b4_l11_t;
  wire [11:0] b4_l12_digits;
  wire [3:0] b4_l12_nzs;
  wire [3:0] b4_l12_cnt;
  wire b4_l12_h0;
  wire [3:0] b4_l12_n0;
  wire b4_l12_h1;
  wire [3:0] b4_l12_n1;
  wire b4_l12_h2;
  wire [3:0] b4_l12_n2;
  wire b4_l12_h3;
  wire b4_l12_hit;
  wire [1:0] b4_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l12_e;
  wire [4:0] b4_l12_t;
  wire [11:0] b4_l13_digits;
  wire [3:0] b4_l13_nzs;
  wire [3:0] b4_l13_cnt;
  wire b4_l13_h0;
  wire [3:0] b4_l13_n0;
  wire b4_l13_h1;
  wire [3:0] b4_l13_n1;
  wire b4_l13_h2;
  wire [3:0] b4_l13_n2;
  wire b4_l13_h3;
  wire b4_l13_hit;
  wire [1:0] b4_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l13_e;
  wire [4:0] b4_l13_t;
  wire [11:0] b4_l14_digits;
  wire [3:0] b4_l14_nzs;
  wire [3:0] b4_l14_cnt;
  wire b4_l14_h0;
  wire [3:0] b4_l14_n0;
  wire b4_l14_h1;
  wire [3:0] b4_l14_n1;
  wire b4_l14_h2;
  wire [3:0] b4_l14_n2;
  wire b4_l14_h3;
  wire b4_l14_hit;
  wire [1:0] b4_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l14_e;
  wire [4:0] b4_l14_t;
  wire [11:0] b4_l15_digits;
  wire [3:0] b4_l15_nzs;
  wire [3:0] b4_l15_cnt;
  wire b4_l15_h0;
  wire [3:0] b4_l15_n0;
  wire b4_l15_h1;
  wire [3:0] b4_l15_n1;
  wire b4_l15_h2;
  wire [3:0] b4_l15_n2;
  wire b4_l15_h3;
  wire b4_l15_hit;
  wire [1:0] b4_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b4_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b4_l15_e;
  wire [4:0] b4_l15_t;
  wire [11:0] b5_l0_digits;
  wire [3:0] b5_l0_nzs;
  wire [3:0] b5_l0_cnt;
  wire b5_l0_h0;
  wire [3:0] b5_l0_n0;
  wire b5_l0_h1;
  wire [3:0] b5_l0_n1;
  wire b5_l0_h2;
  wire [3:0] b5_l0_n2;
  wire b5_l0_h3;
  wire b5_l0_hit;
  wire [1:0] b5_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l0_e;
  wire [4:0] b5_l0_t;
  wire [11:0] b5_l1_digits;
  wire [3:0] b5_l1_nzs;
  wire [3:0] b5_l1_cnt;
  wire b5_l1_h0;
  wire [3:0] b5_l1_n0;
  wire b5_l1_h1;
  wire [3:0] b5_l1_n1;
  wire b5_l1_h2;
  wire [3:0] b5_l1_n2;
  wire b5_l1_h3;
  wire b5_l1_hit;
  wire [1:0] b5_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l1_e;
  wire [4:0] b5_l1_t;
  wire [11:0] b5_l2_digits;
  wire [3:0] b5_l2_nzs;
  wire [3:0] b5_l2_cnt;
  wire b5_l2_h0;
  wire [3:0] b5_l2_n0;
  wire b5_l2_h1;
  wire [3:0] b5_l2_n1;
  wire b5_l2_h2;
  wire [3:0] b5_l2_n2;
  wire b5_l2_h3;
  wire b5_l2_hit;
  wire [1:0] b5_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l2_e;
  wire [4:0] b5_l2_t;
  wire [11:0] b5_l3_digits;
  wire [3:0] b5_l3_nzs;
  wire [3:0] b5_l3_cnt;
  wire b5_l3_h0;
  wire [3:0] b5_l3_n0;
  wire b5_l3_h1;
  wire [3:0] b5_l3_n1;
  wire b5_l3_h2;
  wire [3:0] b5_l3_n2;
  wire b5_l3_h3;
  wire b5_l3_hit;
  wire [1:0] b5_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l3_e;
  wire [4:0] b5_l3_t;
  wire [11:0] b5_l4_digits;
  wire [3:0] b5_l4_nzs;
  wire [3:0] b5_l4_cnt;
  wire b5_l4_h0;
  wire [3:0] b5_l4_n0;
  wire b5_l4_h1;
  wire [3:0] b5_l4_n1;
  wire b5_l4_h2;
  wire [3:0] b5_l4_n2;
  wire b5_l4_h3;
  wire b5_l4_hit;
  wire [1:0] b5_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l4_e;
  wire [4:0] b5_l4_t;
  wire [11:0] b5_l5_digits;
  wire [3:0] b5_l5_nzs;
  wire [3:0] b5_l5_cnt;
  wire b5_l5_h0;
  wire [3:0] b5_l5_n0;
  wire b5_l5_h1;
  wire [3:0] b5_l5_n1;
  wire b5_l5_h2;
  wire [3:0] b5_l5_n2;
  wire b5_l5_h3;
  wire b5_l5_hit;
  wire [1:0] b5_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l5_e;
  wire [4:0] b5_l5_t;
  wire [11:0] b5_l6_digits;
  wire [3:0] b5_l6_nzs;
  wire [3:0] b5_l6_cnt;
  wire b5_l6_h0;
  wire [3:0] b5_l6_n0;
  wire b5_l6_h1;
  wire [3:0] b5_l6_n1;
  wire b5_l6_h2;
  wire [3:0] b5_l6_n2;
  wire b5_l6_h3;
  wire b5_l6_hit;
  wire [1:0] b5_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l6_e;
  wire [4:0] b5_l6_t;
  wire [11:0] b5_l7_digits;
  wire [3:0] b5_l7_nzs;
  wire [3:0] b5_l7_cnt;
  wire b5_l7_h0;
  wire [3:0] b5_l7_n0;
  wire b5_l7_h1;
  wire [3:0] b5_l7_n1;
  wire b5_l7_h2;
  wire [3:0] b5_l7_n2;
  wire b5_l7_h3;
  wire b5_l7_hit;
  wire [1:0] b5_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l7_e;
  wire [4:0] b5_l7_t;
  wire [11:0] b5_l8_digits;
  wire [3:0] b5_l8_nzs;
  wire [3:0] b5_l8_cnt;
  wire b5_l8_h0;
  wire [3:0] b5_l8_n0;
  wire b5_l8_h1;
  wire [3:0] b5_l8_n1;
  wire b5_l8_h2;
  wire [3:0] b5_l8_n2;
  wire b5_l8_h3;
  wire b5_l8_hit;
  wire [1:0] b5_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l8_e;
  wire [4:0] b5_l8_t;
  wire [11:0] b5_l9_digits;
  wire [3:0] b5_l9_nzs;
  wire [3:0] b5_l9_cnt;
  wire b5_l9_h0;
  wire [3:0] b5_l9_n0;
  wire b5_l9_h1;
  wire [3:0] b5_l9_n1;
  wire b5_l9_h2;
  wire [3:0] b5_l9_n2;
  wire b5_l9_h3;
  wire b5_l9_hit;
  wire [1:0] b5_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l9_e;
  wire [4:0] b5_l9_t;
  wire [11:0] b5_l10_digits;
  wire [3:0] b5_l10_nzs;
  wire [3:0] b5_l10_cnt;
  wire b5_l10_h0;
  wire [3:0] b5_l10_n0;
  wire b5_l10_h1;
  wire [3:0] b5_l10_n1;
  wire b5_l10_h2;
  wire [3:0] b5_l10_n2;
  wire b5_l10_h3;
  wire b5_l10_hit;
  wire [1:0] b5_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l10_e;
  wire [4:0] b5_l10_t;
  wire [11:0] b5_l11_digits;
  wire [3:0] b5_l11_nzs;
  wire [3:0] b5_l11_cnt;
  wire b5_l11_h0;
  wire [3:0] b5_l11_n0;
  wire b5_l11_h1;
  wire [3:0] b5_l11_n1;
  wire b5_l11_h2;
  wire [3:0] b5_l11_n2;
  wire b5_l11_h3;
  wire b5_l11_hit;
  wire [1:0] b5_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l11_e;
  wire [4:0] b5_l11_t;
  wire [11:0] b5_l12_digits;
  wire [3:0] b5_l12_nzs;
  wire [3:0] b5_l12_cnt;
  wire b5_l12_h0;
  wire [3:0] b5_l12_n0;
  wire b5_l12_h1;
  wire [3:0] b5_l12_n1;
  wire b5_l12_h2;
  wire [3:0] b5_l12_n2;
  wire b5_l12_h3;
  wire b5_l12_hit;
  wire [1:0] b5_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l12_e;
  wire [4:0] b5_l12_t;
  wire [11:0] b5_l13_digits;
  wire [3:0] b5_l13_nzs;
  wire [3:0] b5_l13_cnt;
  wire b5_l13_h0;
  wire [3:0] b5_l13_n0;
  wire b5_l13_h1;
  wire [3:0] b5_l13_n1;
  wire b5_l13_h2;
  wire [3:0] b5_l13_n2;
  wire b5_l13_h3;
  wire b5_l13_hit;
  wire [1:0] b5_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l13_e;
  wire [4:0] b5_l13_t;
  wire [11:0] b5_l14_digits;
  wire [3:0] b5_l14_nzs;
  wire [3:0] b5_l14_cnt;
  wire b5_l14_h0;
  wire [3:0] b5_l14_n0;
  wire b5_l14_h1;
  wire [3:0] b5_l14_n1;
  wire b5_l14_h2;
  wire [3:0] b5_l14_n2;
  wire b5_l14_h3;
  wire b5_l14_hit;
  wire [1:0] b5_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l14_e;
  wire [4:0] b5_l14_t;
  wire [11:0] b5_l15_digits;
  wire [3:0] b5_l15_nzs;
  wire [3:0] b5_l15_cnt;
  wire b5_l15_h0;
  wire [3:0] b5_l15_n0;
  wire b5_l15_h1;
  wire [3:0] b5_l15_n1;
  wire b5_l15_h2;
  wire [3:0] b5_l15_n2;
  wire b5_l15_h3;
  wire b5_l15_hit;
  wire [1:0] b5_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b5_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b5_l15_e;
  wire [4:0] b5_l15_t;
  wire [11:0] b6_l0_digits;
  wire [3:0] b6_l0_nzs;
  wire [3:0] b6_l0_cnt;
  wire b6_l0_h0;
  wire [3:0] b6_l0_n0;
  wire b6_l0_h1;
  wire [3:0] b6_l0_n1;
  wire b6_l0_h2;
  wire [3:0] b6_l0_n2;
  wire b6_l0_h3;
  wire b6_l0_hit;
  wire [1:0] b6_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l0_e;
  wire [4:0] b6_l0_t;
  wire [11:0] b6_l1_digits;
  wire [3:0] b6_l1_nzs;
  wire [3:0] b6_l1_cnt;
  wire b6_l1_h0;
  wire [3:0] b6_l1_n0;
  wire b6_l1_h1;
  wire [3:0] b6_l1_n1;
  wire b6_l1_h2;
  wire [3:0] b6_l1_n2;
  wire b6_l1_h3;
  wire b6_l1_hit;
  wire [1:0] b6_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l1_e;
  wire [4:0] b6_l1_t;
  wire [11:0] b6_l2_digits;
  wire [3:0] b6_l2_nzs;
  wire [3:0] b6_l2_cnt;
  wire b6_l2_h0;
  wire [3:0] b6_l2_n0;
  wire b6_l2_h1;
  wire [3:0] b6_l2_n1;
  wire b6_l2_h2;
  wire [3:0] b6_l2_n2;
  wire b6_l2_h3;
  wire b6_l2_hit;
  wire [1:0] b6_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l2_e;
  wire [4:0] b6_l2_t;
  wire [11:0] b6_l3_digits;
  wire [3:0] b6_l3_nzs;
  wire [3:0] b6_l3_cnt;
  wire b6_l3_h0;
  wire [3:0] b6_l3_n0;
  wire b6_l3_h1;
  wire [3:0] b6_l3_n1;
  wire b6_l3_h2;
  wire [3:0] b6_l3_n2;
  wire b6_l3_h3;
  wire b6_l3_hit;
  wire [1:0] b6_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l3_e;
  wire [4:0] b6_l3_t;
  wire [11:0] b6_l4_digits;
  wire [3:0] b6_l4_nzs;
  wire [3:0] b6_l4_cnt;
  wire b6_l4_h0;
  wire [3:0] b6_l4_n0;
  wire b6_l4_h1;
  wire [3:0] b6_l4_n1;
  wire b6_l4_h2;
  wire [3:0] b6_l4_n2;
  wire b6_l4_h3;
  wire b6_l4_hit;
  wire [1:0] b6_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l4_e;
  wire [4:0] b6_l4_t;
  wire [11:0] b6_l5_digits;
  wire [3:0] b6_l5_nzs;
  wire [3:0] b6_l5_cnt;
  wire b6_l5_h0;
  wire [3:0] b6_l5_n0;
  wire b6_l5_h1;
  wire [3:0] b6_l5_n1;
  wire b6_l5_h2;
  wire [3:0] b6_l5_n2;
  wire b6_l5_h3;
  wire b6_l5_hit;
  wire [1:0] b6_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l5_e;
  wire [4:0] b6_l5_t;
  wire [11:0] b6_l6_digits;
  wire [3:0] b6_l6_nzs;
  wire [3:0] b6_l6_cnt;
  wire b6_l6_h0;
  wire [3:0] b6_l6_n0;
  wire b6_l6_h1;
  wire [3:0] b6_l6_n1;
  wire b6_l6_h2;
  wire [3:0] b6_l6_n2;
  wire b6_l6_h3;
  wire b6_l6_hit;
  wire [1:0] b6_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l6_e;
  wire [4:0] b6_l6_t;
  wire [11:0] b6_l7_digits;
  wire [3:0] b6_l7_nzs;
  wire [3:0] b6_l7_cnt;
  wire b6_l7_h0;
  wire [3:0] b6_l7_n0;
  wire b6_l7_h1;
  wire [3:0] b6_l7_n1;
  wire b6_l7_h2;
  wire [3:0] b6_l7_n2;
  wire b6_l7_h3;
  wire b6_l7_hit;
  wire [1:0] b6_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l7_e;
  wire [4:0] b6_l7_t;
  wire [11:0] b6_l8_digits;
  wire [3:0] b6_l8_nzs;
  wire [3:0] b6_l8_cnt;
  wire b6_l8_h0;
  wire [3:0] b6_l8_n0;
  wire b6_l8_h1;
  wire [3:0] b6_l8_n1;
  wire b6_l8_h2;
  wire [3:0] b6_l8_n2;
  wire b6_l8_h3;
  wire b6_l8_hit;
  wire [1:0] b6_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l8_e;
  wire [4:0] b6_l8_t;
  wire [11:0] b6_l9_digits;
  wire [3:0] b6_l9_nzs;
  wire [3:0] b6_l9_cnt;
  wire b6_l9_h0;
  wire [3:0] b6_l9_n0;
  wire b6_l9_h1;
  wire [3:0] b6_l9_n1;
  wire b6_l9_h2;
  wire [3:0] b6_l9_n2;
  wire b6_l9_h3;
  wire b6_l9_hit;
  wire [1:0] b6_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l9_e;
  wire [4:0] b6_l9_t;
  wire [11:0] b6_l10_digits;
  wire [3:0] b6_l10_nzs;
  wire [3:0] b6_l10_cnt;
  wire b6_l10_h0;
  wire [3:0] b6_l10_n0;
  wire b6_l10_h1;
  wire [3:0] b6_l10_n1;
  wire b6_l10_h2;
  wire [3:0] b6_l10_n2;
  wire b6_l10_h3;
  wire b6_l10_hit;
  wire [1:0] b6_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l10_e;
  wire [4:0] b6_l10_t;
  wire [11:0] b6_l11_digits;
  wire [3:0] b6_l11_nzs;
  wire [3:0] b6_l11_cnt;
  wire b6_l11_h0;
  wire [3:0] b6_l11_n0;
  wire b6_l11_h1;
  wire [3:0] b6_l11_n1;
  wire b6_l11_h2;
  wire [3:0] b6_l11_n2;
  wire b6_l11_h3;
  wire b6_l11_hit;
  wire [1:0] b6_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l11_e;
  wire [4:0] b6_l11_t;
  wire [11:0] b6_l12_digits;
  wire [3:0] b6_l12_nzs;
  wire [3:0] b6_l12_cnt;
  wire b6_l12_h0;
  wire [3:0] b6_l12_n0;
  wire b6_l12_h1;
  wire [3:0] b6_l12_n1;
  wire b6_l12_h2;
  wire [3:0] b6_l12_n2;
  wire b6_l12_h3;
  wire b6_l12_hit;
  wire [1:0] b6_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l12_e;
  wire [4:0] b6_l12_t;
  wire [11:0] b6_l13_digits;
  wire [3:0] b6_l13_nzs;
  wire [3:0] b6_l13_cnt;
  wire b6_l13_h0;
  wire [3:0] b6_l13_n0;
  wire b6_l13_h1;
  wire [3:0] b6_l13_n1;
  wire b6_l13_h2;
  wire [3:0] b6_l13_n2;
  wire b6_l13_h3;
  wire b6_l13_hit;
  wire [1:0] b6_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l13_e;
  wire [4:0] b6_l13_t;
  wire [11:0] b6_l14_digits;
  wire [3:0] b6_l14_nzs;
  wire [3:0] b6_l14_cnt;
  wire b6_l14_h0;
  wire [3:0] b6_l14_n0;
  wire b6_l14_h1;
  wire [3:0] b6_l14_n1;
  wire b6_l14_h2;
  wire [3:0] b6_l14_n2;
  wire b6_l14_h3;
  wire b6_l14_hit;
  wire [1:0] b6_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l14_e;
  wire [4:0] b6_l14_t;
  wire [11:0] b6_l15_digits;
  wire [3:0] b6_l15_nzs;
  wire [3:0] b6_l15_cnt;
  wire b6_l15_h0;
  wire [3:0] b6_l15_n0;
  wire b6_l15_h1;
  wire [3:0] b6_l15_n1;
  wire b6_l15_h2;
  wire [3:0] b6_l15_n2;
  wire b6_l15_h3;
  wire b6_l15_hit;
  wire [1:0] b6_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b6_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b6_l15_e;
  wire [4:0] b6_l15_t;
  wire [11:0] b7_l0_digits;
  wire [3:0] b7_l0_nzs;
  wire [3:0] b7_l0_cnt;
  wire b7_l0_h0;
  wire [3:0] b7_l0_n0;
  wire b7_l0_h1;
  wire [3:0] b7_l0_n1;
  wire b7_l0_h2;
  wire [3:0] b7_l0_n2;
  wire b7_l0_h3;
  wire b7_l0_hit;
  wire [1:0] b7_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l0_e;
  wire [4:0] b7_l0_t;
  wire [11:0] b7_l1_digits;
  wire [3:0] b7_l1_nzs;
  wire [3:0] b7_l1_cnt;
  wire b7_l1_h0;
  wire [3:0] b7_l1_n0;
  wire b7_l1_h1;
  wire [3:0] b7_l1_n1;
  wire b7_l1_h2;
  wire [3:0] b7_l1_n2;
  wire b7_l1_h3;
  wire b7_l1_hit;
  wire [1:0] b7_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l1_e;
  wire [4:0] b7_l1_t;
  wire [11:0] b7_l2_digits;
  wire [3:0] b7_l2_nzs;
  wire [3:0] b7_l2_cnt;
  wire b7_l2_h0;
  wire [3:0] b7_l2_n0;
  wire b7_l2_h1;
  wire [3:0] b7_l2_n1;
  wire b7_l2_h2;
  wire [3:0] b7_l2_n2;
  wire b7_l2_h3;
  wire b7_l2_hit;
  wire [1:0] b7_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l2_e;
  wire [4:0] b7_l2_t;
  wire [11:0] b7_l3_digits;
  wire [3:0] b7_l3_nzs;
  wire [3:0] b7_l3_cnt;
  wire b7_l3_h0;
  wire [3:0] b7_l3_n0;
  wire b7_l3_h1;
  wire [3:0] b7_l3_n1;
  wire b7_l3_h2;
  wire [3:0] b7_l3_n2;
  wire b7_l3_h3;
  wire b7_l3_hit;
  wire [1:0] b7_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l3_e;
  wire [4:0] b7_l3_t;
  wire [11:0] b7_l4_digits;
  wire [3:0] b7_l4_nzs;
  wire [3:0] b7_l4_cnt;
  wire b7_l4_h0;
  wire [3:0] b7_l4_n0;
  wire b7_l4_h1;
  wire [3:0] b7_l4_n1;
  wire b7_l4_h2;
  wire [3:0] b7_l4_n2;
  wire b7_l4_h3;
  wire b7_l4_hit;
  wire [1:0] b7_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l4_e;
  wire [4:0] b7_l4_t;
  wire [11:0] b7_l5_digits;
  wire [3:0] b7_l5_nzs;
  wire [3:0] b7_l5_cnt;
  wire b7_l5_h0;
  wire [3:0] b7_l5_n0;
  wire b7_l5_h1;
  wire [3:0] b7_l5_n1;
  wire b7_l5_h2;
  wire [3:0] b7_l5_n2;
  wire b7_l5_h3;
  wire b7_l5_hit;
  wire [1:0] b7_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l5_e;
  wire [4:0] b7_l5_t;
  wire [11:0] b7_l6_digits;
  wire [3:0] b7_l6_nzs;
  wire [3:0] b7_l6_cnt;
  wire b7_l6_h0;
  wire [3:0] b7_l6_n0;
  wire b7_l6_h1;
  wire [3:0] b7_l6_n1;
  wire b7_l6_h2;
  wire [3:0] b7_l6_n2;
  wire b7_l6_h3;
  wire b7_l6_hit;
  wire [1:0] b7_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l6_e;
  wire [4:0] b7_l6_t;
  wire [11:0] b7_l7_digits;
  wire [3:0] b7_l7_nzs;
  wire [3:0] b7_l7_cnt;
  wire b7_l7_h0;
  wire [3:0] b7_l7_n0;
  wire b7_l7_h1;
  wire [3:0] b7_l7_n1;
  wire b7_l7_h2;
  wire [3:0] b7_l7_n2;
  wire b7_l7_h3;
  wire b7_l7_hit;
  wire [1:0] b7_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l7_e;
  wire [4:0] b7_l7_t;
  wire [11:0] b7_l8_digits;
  wire [3:0] b7_l8_nzs;
  wire [3:0] b7_l8_cnt;
  wire b7_l8_h0;
  wire [3:0] b7_l8_n0;
  wire b7_l8_h1;
  wire [3:0] b7_l8_n1;
  wire b7_l8_h2;
  wire [3:0] b7_l8_n2;
  wire b7_l8_h3;
  wire b7_l8_hit;
  wire [1:0] b7_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l8_e;
  wire [4:0] b7_l8_t;
  wire [11:0] b7_l9_digits;
  wire [3:0] b7_l9_nzs;
  wire [3:0] b7_l9_cnt;
  wire b7_l9_h0;
  wire [3:0] b7_l9_n0;
  wire b7_l9_h1;
  wire [3:0] b7_l9_n1;
  wire b7_l9_h2;
  wire [3:0] b7_l9_n2;
  wire b7_l9_h3;
  wire b7_l9_hit;
  wire [1:0] b7_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l9_e;
  wire [4:0] b7_l9_t;
  wire [11:0] b7_l10_digits;
  wire [3:0] b7_l10_nzs;
  wire [3:0] b7_l10_cnt;
  wire b7_l10_h0;
  wire [3:0] b7_l10_n0;
  wire b7_l10_h1;
  wire [3:0] b7_l10_n1;
  wire b7_l10_h2;
  wire [3:0] b7_l10_n2;
  wire b7_l10_h3;
  wire b7_l10_hit;
  wire [1:0] b7_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l10_e;
  wire [4:0] b7_l10_t;
  wire [11:0] b7_l11_digits;
  wire [3:0] b7_l11_nzs;
  wire [3:0] b7_l11_cnt;
  wire b7_l11_h0;
  wire [3:0] b7_l11_n0;
  wire b7_l11_h1;
  wire [3:0] b7_l11_n1;
  wire b7_l11_h2;
  wire [3:0] b7_l11_n2;
  wire b7_l11_h3;
  wire b7_l11_hit;
  wire [1:0] b7_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l11_e;
  wire [4:0] b7_l11_t;
  wire [11:0] b7_l12_digits;
  wire [3:0] b7_l12_nzs;
  wire [3:0] b7_l12_cnt;
  wire b7_l12_h0;
  wire [3:0] b7_l12_n0;
  wire b7_l12_h1;
  wire [3:0] b7_l12_n1;
  wire b7_l12_h2;
  wire [3:0] b7_l12_n2;
  wire b7_l12_h3;
  wire b7_l12_hit;
  wire [1:0] b7_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l12_e;
  wire [4:0] b7_l12_t;
  wire [11:0] b7_l13_digits;
  wire [3:0] b7_l13_nzs;
  wire [3:0] b7_l13_cnt;
  wire b7_l13_h0;
  wire [3:0] b7_l13_n0;
  wire b7_l13_h1;
  wire [3:0] b7_l13_n1;
  wire b7_l13_h2;
  wire [3:0] b7_l13_n2;
  wire b7_l13_h3;
  wire b7_l13_hit;
  wire [1:0] b7_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l13_e;
  wire [4:0] b7_l13_t;
  wire [11:0] b7_l14_digits;
  wire [3:0] b7_l14_nzs;
  wire [3:0] b7_l14_cnt;
  wire b7_l14_h0;
  wire [3:0] b7_l14_n0;
  wire b7_l14_h1;
  wire [3:0] b7_l14_n1;
  wire b7_l14_h2;
  wire [3:0] b7_l14_n2;
  wire b7_l14_h3;
  wire b7_l14_hit;
  wire [1:0] b7_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l14_e;
  wire [4:0] b7_l14_t;
  wire [11:0] b7_l15_digits;
  wire [3:0] b7_l15_nzs;
  wire [3:0] b7_l15_cnt;
  wire b7_l15_h0;
  wire [3:0] b7_l15_n0;
  wire b7_l15_h1;
  wire [3:0] b7_l15_n1;
  wire b7_l15_h2;
  wire [3:0] b7_l15_n2;
  wire b7_l15_h3;
  wire b7_l15_hit;
  wire [1:0] b7_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b7_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b7_l15_e;
  wire [4:0] b7_l15_t;
  wire [11:0] b8_l0_digits;
  wire [3:0] b8_l0_nzs;
  wire [3:0] b8_l0_cnt;
  wire b8_l0_h0;
  wire [3:0] b8_l0_n0;
  wire b8_l0_h1;
  wire [3:0] b8_l0_n1;
  wire b8_l0_h2;
  wire [3:0] b8_l0_n2;
  wire b8_l0_h3;
  wire b8_l0_hit;
  wire [1:0] b8_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l0_e;
  wire [4:0] b8_l0_t;
  wire [11:0] b8_l1_digits;
  wire [3:0] b8_l1_nzs;
  wire [3:0] b8_l1_cnt;
  wire b8_l1_h0;
  wire [3:0] b8_l1_n0;
  wire b8_l1_h1;
  wire [3:0] b8_l1_n1;
  wire b8_l1_h2;
  wire [3:0] b8_l1_n2;
  wire b8_l1_h3;
  wire b8_l1_hit;
  wire [1:0] b8_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l1_e;
  wire [4:0] b8_l1_t;
  wire [11:0] b8_l2_digits;
  wire [3:0] b8_l2_nzs;
  wire [3:0] b8_l2_cnt;
  wire b8_l2_h0;
  wire [3:0] b8_l2_n0;
  wire b8_l2_h1;
  wire [3:0] b8_l2_n1;
  wire b8_l2_h2;
  wire [3:0] b8_l2_n2;
  wire b8_l2_h3;
  wire b8_l2_hit;
  wire [1:0] b8_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l2_e;
  wire [4:0] b8_l2_t;
  wire [11:0] b8_l3_digits;
  wire [3:0] b8_l3_nzs;
  wire [3:0] b8_l3_cnt;
  wire b8_l3_h0;
  wire [3:0] b8_l3_n0;
  wire b8_l3_h1;
  wire [3:0] b8_l3_n1;
  wire b8_l3_h2;
  wire [3:0] b8_l3_n2;
  wire b8_l3_h3;
  wire b8_l3_hit;
  wire [1:0] b8_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l3_e;
  wire [4:0] b8_l3_t;
  wire [11:0] b8_l4_digits;
  wire [3:0] b8_l4_nzs;
  wire [3:0] b8_l4_cnt;
  wire b8_l4_h0;
  wire [3:0] b8_l4_n0;
  wire b8_l4_h1;
  wire [3:0] b8_l4_n1;
  wire b8_l4_h2;
  wire [3:0] b8_l4_n2;
  wire b8_l4_h3;
  wire b8_l4_hit;
  wire [1:0] b8_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l4_e;
  wire [4:0] b8_l4_t;
  wire [11:0] b8_l5_digits;
  wire [3:0] b8_l5_nzs;
  wire [3:0] b8_l5_cnt;
  wire b8_l5_h0;
  wire [3:0] b8_l5_n0;
  wire b8_l5_h1;
  wire [3:0] b8_l5_n1;
  wire b8_l5_h2;
  wire [3:0] b8_l5_n2;
  wire b8_l5_h3;
  wire b8_l5_hit;
  wire [1:0] b8_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l5_e;
  wire [4:0] b8_l5_t;
  wire [11:0] b8_l6_digits;
  wire [3:0] b8_l6_nzs;
  wire [3:0] b8_l6_cnt;
  wire b8_l6_h0;
  wire [3:0] b8_l6_n0;
  wire b8_l6_h1;
  wire [3:0] b8_l6_n1;
  wire b8_l6_h2;
  wire [3:0] b8_l6_n2;
  wire b8_l6_h3;
  wire b8_l6_hit;
  wire [1:0] b8_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l6_e;
  wire [4:0] b8_l6_t;
  wire [11:0] b8_l7_digits;
  wire [3:0] b8_l7_nzs;
  wire [3:0] b8_l7_cnt;
  wire b8_l7_h0;
  wire [3:0] b8_l7_n0;
  wire b8_l7_h1;
  wire [3:0] b8_l7_n1;
  wire b8_l7_h2;
  wire [3:0] b8_l7_n2;
  wire b8_l7_h3;
  wire b8_l7_hit;
  wire [1:0] b8_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l7_e;
  wire [4:0] b8_l7_t;
  wire [11:0] b8_l8_digits;
  wire [3:0] b8_l8_nzs;
  wire [3:0] b8_l8_cnt;
  wire b8_l8_h0;
  wire [3:0] b8_l8_n0;
  wire b8_l8_h1;
  wire [3:0] b8_l8_n1;
  wire b8_l8_h2;
  wire [3:0] b8_l8_n2;
  wire b8_l8_h3;
  wire b8_l8_hit;
  wire [1:0] b8_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l8_e;
  wire [4:0] b8_l8_t;
  wire [11:0] b8_l9_digits;
  wire [3:0] b8_l9_nzs;
  wire [3:0] b8_l9_cnt;
  wire b8_l9_h0;
  wire [3:0] b8_l9_n0;
  wire b8_l9_h1;
  wire [3:0] b8_l9_n1;
  wire b8_l9_h2;
  wire [3:0] b8_l9_n2;
  wire b8_l9_h3;
  wire b8_l9_hit;
  wire [1:0] b8_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l9_e;
  wire [4:0] b8_l9_t;
  wire [11:0] b8_l10_digits;
  wire [3:0] b8_l10_nzs;
  wire [3:0] b8_l10_cnt;
  wire b8_l10_h0;
  wire [3:0] b8_l10_n0;
  wire b8_l10_h1;
  wire [3:0] b8_l10_n1;
  wire b8_l10_h2;
  wire [3:0] b8_l10_n2;
  wire b8_l10_h3;
  wire b8_l10_hit;
  wire [1:0] b8_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l10_e;
  wire [4:0] b8_l10_t;
  wire [11:0] b8_l11_digits;
  wire [3:0] b8_l11_nzs;
  wire [3:0] b8_l11_cnt;
  wire b8_l11_h0;
  wire [3:0] b8_l11_n0;
  wire b8_l11_h1;
  wire [3:0] b8_l11_n1;
  wire b8_l11_h2;
  wire [3:0] b8_l11_n2;
  wire b8_l11_h3;
  wire b8_l11_hit;
  wire [1:0] b8_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l11_e;
  wire [4:0] b8_l11_t;
  wire [11:0] b8_l12_digits;
  wire [3:0] b8_l12_nzs;
  wire [3:0] b8_l12_cnt;
  wire b8_l12_h0;
  wire [3:0] b8_l12_n0;
  wire b8_l12_h1;
  wire [3:0] b8_l12_n1;
  wire b8_l12_h2;
  wire [3:0] b8_l12_n2;
  wire b8_l12_h3;
  wire b8_l12_hit;
  wire [1:0] b8_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l12_e;
  wire [4:0] b8_l12_t;
  wire [11:0] b8_l13_digits;
  wire [3:0] b8_l13_nzs;
  wire [3:0] b8_l13_cnt;
  wire b8_l13_h0;
  wire [3:0] b8_l13_n0;
  wire b8_l13_h1;
  wire [3:0] b8_l13_n1;
  wire b8_l13_h2;
  wire [3:0] b8_l13_n2;
  wire b8_l13_h3;
  wire b8_l13_hit;
  wire [1:0] b8_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l13_e;
  wire [4:0] b8_l13_t;
  wire [11:0] b8_l14_digits;
  wire [3:0] b8_l14_nzs;
  wire [3:0] b8_l14_cnt;
  wire b8_l14_h0;
  wire [3:0] b8_l14_n0;
  wire b8_l14_h1;
  wire [3:0] b8_l14_n1;
  wire b8_l14_h2;
  wire [3:0] b8_l14_n2;
  wire b8_l14_h3;
  wire b8_l14_hit;
  wire [1:0] b8_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l14_e;
  wire [4:0] b8_l14_t;
  wire [11:0] b8_l15_digits;
  wire [3:0] b8_l15_nzs;
  wire [3:0] b8_l15_cnt;
  wire b8_l15_h0;
  wire [3:0] b8_l15_n0;
  wire b8_l15_h1;
  wire [3:0] b8_l15_n1;
  wire b8_l15_h2;
  wire [3:0] b8_l15_n2;
  wire b8_l15_h3;
  wire b8_l15_hit;
  wire [1:0] b8_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b8_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b8_l15_e;
  wire [4:0] b8_l15_t;
  wire [11:0] b9_l0_digits;
  wire [3:0] b9_l0_nzs;
  wire [3:0] b9_l0_cnt;
  wire b9_l0_h0;
  wire [3:0] b9_l0_n0;
  wire b9_l0_h1;
  wire [3:0] b9_l0_n1;
  wire b9_l0_h2;
  wire [3:0] b9_l0_n2;
  wire b9_l0_h3;
  wire b9_l0_hit;
  wire [1:0] b9_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l0_e;
  wire [4:0] b9_l0_t;
  wire [11:0] b9_l1_digits;
  wire [3:0] b9_l1_nzs;
  wire [3:0] b9_l1_cnt;
  wire b9_l1_h0;
  wire [3:0] b9_l1_n0;
  wire b9_l1_h1;
  wire [3:0] b9_l1_n1;
  wire b9_l1_h2;
  wire [3:0] b9_l1_n2;
  wire b9_l1_h3;
  wire b9_l1_hit;
  wire [1:0] b9_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l1_e;
  wire [4:0] b9_l1_t;
  wire [11:0] b9_l2_digits;
  wire [3:0] b9_l2_nzs;
  wire [3:0] b9_l2_cnt;
  wire b9_l2_h0;
  wire [3:0] b9_l2_n0;
  wire b9_l2_h1;
  wire [3:0] b9_l2_n1;
  wire b9_l2_h2;
  wire [3:0] b9_l2_n2;
  wire b9_l2_h3;
  wire b9_l2_hit;
  wire [1:0] b9_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l2_e;
  wire [4:0] b9_l2_t;
  wire [11:0] b9_l3_digits;
  wire [3:0] b9_l3_nzs;
  wire [3:0] b9_l3_cnt;
  wire b9_l3_h0;
  wire [3:0] b9_l3_n0;
  wire b9_l3_h1;
  wire [3:0] b9_l3_n1;
  wire b9_l3_h2;
  wire [3:0] b9_l3_n2;
  wire b9_l3_h3;
  wire b9_l3_hit;
  wire [1:0] b9_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l3_e;
  wire [4:0] b9_l3_t;
  wire [11:0] b9_l4_digits;
  wire [3:0] b9_l4_nzs;
  wire [3:0] b9_l4_cnt;
  wire b9_l4_h0;
  wire [3:0] b9_l4_n0;
  wire b9_l4_h1;
  wire [3:0] b9_l4_n1;
  wire b9_l4_h2;
  wire [3:0] b9_l4_n2;
  wire b9_l4_h3;
  wire b9_l4_hit;
  wire [1:0] b9_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l4_e;
  wire [4:0] b9_l4_t;
  wire [11:0] b9_l5_digits;
  wire [3:0] b9_l5_nzs;
  wire [3:0] b9_l5_cnt;
  wire b9_l5_h0;
  wire [3:0] b9_l5_n0;
  wire b9_l5_h1;
  wire [3:0] b9_l5_n1;
  wire b9_l5_h2;
  wire [3:0] b9_l5_n2;
  wire b9_l5_h3;
  wire b9_l5_hit;
  wire [1:0] b9_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l5_e;
  wire [4:0] b9_l5_t;
  wire [11:0] b9_l6_digits;
  wire [3:0] b9_l6_nzs;
  wire [3:0] b9_l6_cnt;
  wire b9_l6_h0;
  wire [3:0] b9_l6_n0;
  wire b9_l6_h1;
  wire [3:0] b9_l6_n1;
  wire b9_l6_h2;
  wire [3:0] b9_l6_n2;
  wire b9_l6_h3;
  wire b9_l6_hit;
  wire [1:0] b9_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l6_e;
  wire [4:0] b9_l6_t;
  wire [11:0] b9_l7_digits;
  wire [3:0] b9_l7_nzs;
  wire [3:0] b9_l7_cnt;
  wire b9_l7_h0;
  wire [3:0] b9_l7_n0;
  wire b9_l7_h1;
  wire [3:0] b9_l7_n1;
  wire b9_l7_h2;
  wire [3:0] b9_l7_n2;
  wire b9_l7_h3;
  wire b9_l7_hit;
  wire [1:0] b9_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l7_e;
  wire [4:0] b9_l7_t;
  wire [11:0] b9_l8_digits;
  wire [3:0] b9_l8_nzs;
  wire [3:0] b9_l8_cnt;
  wire b9_l8_h0;
  wire [3:0] b9_l8_n0;
  wire b9_l8_h1;
  wire [3:0] b9_l8_n1;
  wire b9_l8_h2;
  wire [3:0] b9_l8_n2;
  wire b9_l8_h3;
  wire b9_l8_hit;
  wire [1:0] b9_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l8_e;
  wire [4:0] b9_l8_t;
  wire [11:0] b9_l9_digits;
  wire [3:0] b9_l9_nzs;
  wire [3:0] b9_l9_cnt;
  wire b9_l9_h0;
  wire [3:0] b9_l9_n0;
  wire b9_l9_h1;
  wire [3:0] b9_l9_n1;
  wire b9_l9_h2;
  wire [3:0] b9_l9_n2;
  wire b9_l9_h3;
  wire b9_l9_hit;
  wire [1:0] b9_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l9_e;
  wire [4:0] b9_l9_t;
  wire [11:0] b9_l10_digits;
  wire [3:0] b9_l10_nzs;
  wire [3:0] b9_l10_cnt;
  wire b9_l10_h0;
  wire [3:0] b9_l10_n0;
  wire b9_l10_h1;
  wire [3:0] b9_l10_n1;
  wire b9_l10_h2;
  wire [3:0] b9_l10_n2;
  wire b9_l10_h3;
  wire b9_l10_hit;
  wire [1:0] b9_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l10_e;
  wire [4:0] b9_l10_t;
  wire [11:0] b9_l11_digits;
  wire [3:0] b9_l11_nzs;
  wire [3:0] b9_l11_cnt;
  wire b9_l11_h0;
  wire [3:0] b9_l11_n0;
  wire b9_l11_h1;
  wire [3:0] b9_l11_n1;
  wire b9_l11_h2;
  wire [3:0] b9_l11_n2;
  wire b9_l11_h3;
  wire b9_l11_hit;
  wire [1:0] b9_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l11_e;
  wire [4:0] b9_l11_t;
  wire [11:0] b9_l12_digits;
  wire [3:0] b9_l12_nzs;
  wire [3:0] b9_l12_cnt;
  wire b9_l12_h0;
  wire [3:0] b9_l12_n0;
  wire b9_l12_h1;
  wire [3:0] b9_l12_n1;
  wire b9_l12_h2;
  wire [3:0] b9_l12_n2;
  wire b9_l12_h3;
  wire b9_l12_hit;
  wire [1:0] b9_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l12_e;
  wire [4:0] b9_l12_t;
  wire [11:0] b9_l13_digits;
  wire [3:0] b9_l13_nzs;
  wire [3:0] b9_l13_cnt;
  wire b9_l13_h0;
  wire [3:0] b9_l13_n0;
  wire b9_l13_h1;
  wire [3:0] b9_l13_n1;
  wire b9_l13_h2;
  wire [3:0] b9_l13_n2;
  wire b9_l13_h3;
  wire b9_l13_hit;
  wire [1:0] b9_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l13_e;
  wire [4:0] b9_l13_t;
  wire [11:0] b9_l14_digits;
  wire [3:0] b9_l14_nzs;
  wire [3:0] b9_l14_cnt;
  wire b9_l14_h0;
  wire [3:0] b9_l14_n0;
  wire b9_l14_h1;
  wire [3:0] b9_l14_n1;
  wire b9_l14_h2;
  wire [3:0] b9_l14_n2;
  wire b9_l14_h3;
  wire b9_l14_hit;
  wire [1:0] b9_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l14_e;
  wire [4:0] b9_l14_t;
  wire [11:0] b9_l15_digits;
  wire [3:0] b9_l15_nzs;
  wire [3:0] b9_l15_cnt;
  wire b9_l15_h0;
  wire [3:0] b9_l15_n0;
  wire b9_l15_h1;
  wire [3:0] b9_l15_n1;
  wire b9_l15_h2;
  wire [3:0] b9_l15_n2;
  wire b9_l15_h3;
  wire b9_l15_hit;
  wire [1:0] b9_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b9_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b9_l15_e;
  wire [4:0] b9_l15_t;
  wire [11:0] b10_l0_digits;
  wire [3:0] b10_l0_nzs;
  wire [3:0] b10_l0_cnt;
  wire b10_l0_h0;
  wire [3:0] b10_l0_n0;
  wire b10_l0_h1;
  wire [3:0] b10_l0_n1;
  wire b10_l0_h2;
  wire [3:0] b10_l0_n2;
  wire b10_l0_h3;
  wire b10_l0_hit;
  wire [1:0] b10_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l0_e;
  wire [4:0] b10_l0_t;
  wire [11:0] b10_l1_digits;
  wire [3:0] b10_l1_nzs;
  wire [3:0] b10_l1_cnt;
  wire b10_l1_h0;
  wire [3:0] b10_l1_n0;
  wire b10_l1_h1;
  wire [3:0] b10_l1_n1;
  wire b10_l1_h2;
  wire [3:0] b10_l1_n2;
  wire b10_l1_h3;
  wire b10_l1_hit;
  wire [1:0] b10_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l1_e;
  wire [4:0] b10_l1_t;
  wire [11:0] b10_l2_digits;
  wire [3:0] b10_l2_nzs;
  wire [3:0] b10_l2_cnt;
  wire b10_l2_h0;
  wire [3:0] b10_l2_n0;
  wire b10_l2_h1;
  wire [3:0] b10_l2_n1;
  wire b10_l2_h2;
  wire [3:0] b10_l2_n2;
  wire b10_l2_h3;
  wire b10_l2_hit;
  wire [1:0] b10_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l2_e;
  wire [4:0] b10_l2_t;
  wire [11:0] b10_l3_digits;
  wire [3:0] b10_l3_nzs;
  wire [3:0] b10_l3_cnt;
  wire b10_l3_h0;
  wire [3:0] b10_l3_n0;
  wire b10_l3_h1;
  wire [3:0] b10_l3_n1;
  wire b10_l3_h2;
  wire [3:0] b10_l3_n2;
  wire b10_l3_h3;
  wire b10_l3_hit;
  wire [1:0] b10_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l3_e;
  wire [4:0] b10_l3_t;
  wire [11:0] b10_l4_digits;
  wire [3:0] b10_l4_nzs;
  wire [3:0] b10_l4_cnt;
  wire b10_l4_h0;
  wire [3:0] b10_l4_n0;
  wire b10_l4_h1;
  wire [3:0] b10_l4_n1;
  wire b10_l4_h2;
  wire [3:0] b10_l4_n2;
  wire b10_l4_h3;
  wire b10_l4_hit;
  wire [1:0] b10_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l4_e;
  wire [4:0] b10_l4_t;
  wire [11:0] b10_l5_digits;
  wire [3:0] b10_l5_nzs;
  wire [3:0] b10_l5_cnt;
  wire b10_l5_h0;
  wire [3:0] b10_l5_n0;
  wire b10_l5_h1;
  wire [3:0] b10_l5_n1;
  wire b10_l5_h2;
  wire [3:0] b10_l5_n2;
  wire b10_l5_h3;
  wire b10_l5_hit;
  wire [1:0] b10_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l5_e;
  wire [4:0] b10_l5_t;
  wire [11:0] b10_l6_digits;
  wire [3:0] b10_l6_nzs;
  wire [3:0] b10_l6_cnt;
  wire b10_l6_h0;
  wire [3:0] b10_l6_n0;
  wire b10_l6_h1;
  wire [3:0] b10_l6_n1;
  wire b10_l6_h2;
  wire [3:0] b10_l6_n2;
  wire b10_l6_h3;
  wire b10_l6_hit;
  wire [1:0] b10_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l6_e;
  wire [4:0] b10_l6_t;
  wire [11:0] b10_l7_digits;
  wire [3:0] b10_l7_nzs;
  wire [3:0] b10_l7_cnt;
  wire b10_l7_h0;
  wire [3:0] b10_l7_n0;
  wire b10_l7_h1;
  wire [3:0] b10_l7_n1;
  wire b10_l7_h2;
  wire [3:0] b10_l7_n2;
  wire b10_l7_h3;
  wire b10_l7_hit;
  wire [1:0] b10_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l7_e;
  wire [4:0] b10_l7_t;
  wire [11:0] b10_l8_digits;
  wire [3:0] b10_l8_nzs;
  wire [3:0] b10_l8_cnt;
  wire b10_l8_h0;
  wire [3:0] b10_l8_n0;
  wire b10_l8_h1;
  wire [3:0] b10_l8_n1;
  wire b10_l8_h2;
  wire [3:0] b10_l8_n2;
  wire b10_l8_h3;
  wire b10_l8_hit;
  wire [1:0] b10_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l8_e;
  wire [4:0] b10_l8_t;
  wire [11:0] b10_l9_digits;
  wire [3:0] b10_l9_nzs;
  wire [3:0] b10_l9_cnt;
  wire b10_l9_h0;
  wire [3:0] b10_l9_n0;
  wire b10_l9_h1;
  wire [3:0] b10_l9_n1;
  wire b10_l9_h2;
  wire [3:0] b10_l9_n2;
  wire b10_l9_h3;
  wire b10_l9_hit;
  wire [1:0] b10_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l9_e;
  wire [4:0] b10_l9_t;
  wire [11:0] b10_l10_digits;
  wire [3:0] b10_l10_nzs;
  wire [3:0] b10_l10_cnt;
  wire b10_l10_h0;
  wire [3:0] b10_l10_n0;
  wire b10_l10_h1;
  wire [3:0] b10_l10_n1;
  wire b10_l10_h2;
  wire [3:0] b10_l10_n2;
  wire b10_l10_h3;
  wire b10_l10_hit;
  wire [1:0] b10_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l10_e;
  wire [4:0] b10_l10_t;
  wire [11:0] b10_l11_digits;
  wire [3:0] b10_l11_nzs;
  wire [3:0] b10_l11_cnt;
  wire b10_l11_h0;
  wire [3:0] b10_l11_n0;
  wire b10_l11_h1;
  wire [3:0] b10_l11_n1;
  wire b10_l11_h2;
  wire [3:0] b10_l11_n2;
  wire b10_l11_h3;
  wire b10_l11_hit;
  wire [1:0] b10_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l11_e;
  wire [4:0] b10_l11_t;
  wire [11:0] b10_l12_digits;
  wire [3:0] b10_l12_nzs;
  wire [3:0] b10_l12_cnt;
  wire b10_l12_h0;
  wire [3:0] b10_l12_n0;
  wire b10_l12_h1;
  wire [3:0] b10_l12_n1;
  wire b10_l12_h2;
  wire [3:0] b10_l12_n2;
  wire b10_l12_h3;
  wire b10_l12_hit;
  wire [1:0] b10_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l12_e;
  wire [4:0] b10_l12_t;
  wire [11:0] b10_l13_digits;
  wire [3:0] b10_l13_nzs;
  wire [3:0] b10_l13_cnt;
  wire b10_l13_h0;
  wire [3:0] b10_l13_n0;
  wire b10_l13_h1;
  wire [3:0] b10_l13_n1;
  wire b10_l13_h2;
  wire [3:0] b10_l13_n2;
  wire b10_l13_h3;
  wire b10_l13_hit;
  wire [1:0] b10_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l13_e;
  wire [4:0] b10_l13_t;
  wire [11:0] b10_l14_digits;
  wire [3:0] b10_l14_nzs;
  wire [3:0] b10_l14_cnt;
  wire b10_l14_h0;
  wire [3:0] b10_l14_n0;
  wire b10_l14_h1;
  wire [3:0] b10_l14_n1;
  wire b10_l14_h2;
  wire [3:0] b10_l14_n2;
  wire b10_l14_h3;
  wire b10_l14_hit;
  wire [1:0] b10_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l14_e;
  wire [4:0] b10_l14_t;
  wire [11:0] b10_l15_digits;
  wire [3:0] b10_l15_nzs;
  wire [3:0] b10_l15_cnt;
  wire b10_l15_h0;
  wire [3:0] b10_l15_n0;
  wire b10_l15_h1;
  wire [3:0] b10_l15_n1;
  wire b10_l15_h2;
  wire [3:0] b10_l15_n2;
  wire b10_l15_h3;
  wire b10_l15_hit;
  wire [1:0] b10_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b10_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b10_l15_e;
  wire [4:0] b10_l15_t;
  wire [11:0] b11_l0_digits;
  wire [3:0] b11_l0_nzs;
  wire [3:0] b11_l0_cnt;
  wire b11_l0_h0;
  wire [3:0] b11_l0_n0;
  wire b11_l0_h1;
  wire [3:0] b11_l0_n1;
  wire b11_l0_h2;
  wire [3:0] b11_l0_n2;
  wire b11_l0_h3;
  wire b11_l0_hit;
  wire [1:0] b11_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l0_e;
  wire [4:0] b11_l0_t;
  wire [11:0] b11_l1_digits;
  wire [3:0] b11_l1_nzs;
  wire [3:0] b11_l1_cnt;
  wire b11_l1_h0;
  wire [3:0] b11_l1_n0;
  wire b11_l1_h1;
  wire [3:0] b11_l1_n1;
  wire b11_l1_h2;
  wire [3:0] b11_l1_n2;
  wire b11_l1_h3;
  wire b11_l1_hit;
  wire [1:0] b11_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l1_e;
  wire [4:0] b11_l1_t;
  wire [11:0] b11_l2_digits;
  wire [3:0] b11_l2_nzs;
  wire [3:0] b11_l2_cnt;
  wire b11_l2_h0;
  wire [3:0] b11_l2_n0;
  wire b11_l2_h1;
  wire [3:0] b11_l2_n1;
  wire b11_l2_h2;
  wire [3:0] b11_l2_n2;
  wire b11_l2_h3;
  wire b11_l2_hit;
  wire [1:0] b11_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l2_e;
  wire [4:0] b11_l2_t;
  wire [11:0] b11_l3_digits;
  wire [3:0] b11_l3_nzs;
  wire [3:0] b11_l3_cnt;
  wire b11_l3_h0;
  wire [3:0] b11_l3_n0;
  wire b11_l3_h1;
  wire [3:0] b11_l3_n1;
  wire b11_l3_h2;
  wire [3:0] b11_l3_n2;
  wire b11_l3_h3;
  wire b11_l3_hit;
  wire [1:0] b11_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l3_e;
  wire [4:0] b11_l3_t;
  wire [11:0] b11_l4_digits;
  wire [3:0] b11_l4_nzs;
  wire [3:0] b11_l4_cnt;
  wire b11_l4_h0;
  wire [3:0] b11_l4_n0;
  wire b11_l4_h1;
  wire [3:0] b11_l4_n1;
  wire b11_l4_h2;
  wire [3:0] b11_l4_n2;
  wire b11_l4_h3;
  wire b11_l4_hit;
  wire [1:0] b11_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l4_e;
  wire [4:0] b11_l4_t;
  wire [11:0] b11_l5_digits;
  wire [3:0] b11_l5_nzs;
  wire [3:0] b11_l5_cnt;
  wire b11_l5_h0;
  wire [3:0] b11_l5_n0;
  wire b11_l5_h1;
  wire [3:0] b11_l5_n1;
  wire b11_l5_h2;
  wire [3:0] b11_l5_n2;
  wire b11_l5_h3;
  wire b11_l5_hit;
  wire [1:0] b11_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l5_e;
  wire [4:0] b11_l5_t;
  wire [11:0] b11_l6_digits;
  wire [3:0] b11_l6_nzs;
  wire [3:0] b11_l6_cnt;
  wire b11_l6_h0;
  wire [3:0] b11_l6_n0;
  wire b11_l6_h1;
  wire [3:0] b11_l6_n1;
  wire b11_l6_h2;
  wire [3:0] b11_l6_n2;
  wire b11_l6_h3;
  wire b11_l6_hit;
  wire [1:0] b11_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l6_e;
  wire [4:0] b11_l6_t;
  wire [11:0] b11_l7_digits;
  wire [3:0] b11_l7_nzs;
  wire [3:0] b11_l7_cnt;
  wire b11_l7_h0;
  wire [3:0] b11_l7_n0;
  wire b11_l7_h1;
  wire [3:0] b11_l7_n1;
  wire b11_l7_h2;
  wire [3:0] b11_l7_n2;
  wire b11_l7_h3;
  wire b11_l7_hit;
  wire [1:0] b11_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l7_e;
  wire [4:0] b11_l7_t;
  wire [11:0] b11_l8_digits;
  wire [3:0] b11_l8_nzs;
  wire [3:0] b11_l8_cnt;
  wire b11_l8_h0;
  wire [3:0] b11_l8_n0;
  wire b11_l8_h1;
  wire [3:0] b11_l8_n1;
  wire b11_l8_h2;
  wire [3:0] b11_l8_n2;
  wire b11_l8_h3;
  wire b11_l8_hit;
  wire [1:0] b11_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l8_e;
  wire [4:0] b11_l8_t;
  wire [11:0] b11_l9_digits;
  wire [3:0] b11_l9_nzs;
  wire [3:0] b11_l9_cnt;
  wire b11_l9_h0;
  wire [3:0] b11_l9_n0;
  wire b11_l9_h1;
  wire [3:0] b11_l9_n1;
  wire b11_l9_h2;
  wire [3:0] b11_l9_n2;
  wire b11_l9_h3;
  wire b11_l9_hit;
  wire [1:0] b11_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l9_e;
  wire [4:0] b11_l9_t;
  wire [11:0] b11_l10_digits;
  wire [3:0] b11_l10_nzs;
  wire [3:0] b11_l10_cnt;
  wire b11_l10_h0;
  wire [3:0] b11_l10_n0;
  wire b11_l10_h1;
  wire [3:0] b11_l10_n1;
  wire b11_l10_h2;
  wire [3:0] b11_l10_n2;
  wire b11_l10_h3;
  wire b11_l10_hit;
  wire [1:0] b11_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l10_e;
  wire [4:0] b11_l10_t;
  wire [11:0] b11_l11_digits;
  wire [3:0] b11_l11_nzs;
  wire [3:0] b11_l11_cnt;
  wire b11_l11_h0;
  wire [3:0] b11_l11_n0;
  wire b11_l11_h1;
  wire [3:0] b11_l11_n1;
  wire b11_l11_h2;
  wire [3:0] b11_l11_n2;
  wire b11_l11_h3;
  wire b11_l11_hit;
  wire [1:0] b11_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l11_e;
  wire [4:0] b11_l11_t;
  wire [11:0] b11_l12_digits;
  wire [3:0] b11_l12_nzs;
  wire [3:0] b11_l12_cnt;
  wire b11_l12_h0;
  wire [3:0] b11_l12_n0;
  wire b11_l12_h1;
  wire [3:0] b11_l12_n1;
  wire b11_l12_h2;
  wire [3:0] b11_l12_n2;
  wire b11_l12_h3;
  wire b11_l12_hit;
  wire [1:0] b11_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l12_e;
  wire [4:0] b11_l12_t;
  wire [11:0] b11_l13_digits;
  wire [3:0] b11_l13_nzs;
  wire [3:0] b11_l13_cnt;
  wire b11_l13_h0;
  wire [3:0] b11_l13_n0;
  wire b11_l13_h1;
  wire [3:0] b11_l13_n1;
  wire b11_l13_h2;
  wire [3:0] b11_l13_n2;
  wire b11_l13_h3;
  wire b11_l13_hit;
  wire [1:0] b11_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l13_e;
  wire [4:0] b11_l13_t;
  wire [11:0] b11_l14_digits;
  wire [3:0] b11_l14_nzs;
  wire [3:0] b11_l14_cnt;
  wire b11_l14_h0;
  wire [3:0] b11_l14_n0;
  wire b11_l14_h1;
  wire [3:0] b11_l14_n1;
  wire b11_l14_h2;
  wire [3:0] b11_l14_n2;
  wire b11_l14_h3;
  wire b11_l14_hit;
  wire [1:0] b11_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l14_e;
  wire [4:0] b11_l14_t;
  wire [11:0] b11_l15_digits;
  wire [3:0] b11_l15_nzs;
  wire [3:0] b11_l15_cnt;
  wire b11_l15_h0;
  wire [3:0] b11_l15_n0;
  wire b11_l15_h1;
  wire [3:0] b11_l15_n1;
  wire b11_l15_h2;
  wire [3:0] b11_l15_n2;
  wire b11_l15_h3;
  wire b11_l15_hit;
  wire [1:0] b11_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b11_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b11_l15_e;
  wire [4:0] b11_l15_t;
  wire [11:0] b12_l0_digits;
  wire [3:0] b12_l0_nzs;
  wire [3:0] b12_l0_cnt;
  wire b12_l0_h0;
  wire [3:0] b12_l0_n0;
  wire b12_l0_h1;
  wire [3:0] b12_l0_n1;
  wire b12_l0_h2;
  wire [3:0] b12_l0_n2;
  wire b12_l0_h3;
  wire b12_l0_hit;
  wire [1:0] b12_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l0_e;
  wire [4:0] b12_l0_t;
  wire [11:0] b12_l1_digits;
  wire [3:0] b12_l1_nzs;
  wire [3:0] b12_l1_cnt;
  wire b12_l1_h0;
  wire [3:0] b12_l1_n0;
  wire b12_l1_h1;
  wire [3:0] b12_l1_n1;
  wire b12_l1_h2;
  wire [3:0] b12_l1_n2;
  wire b12_l1_h3;
  wire b12_l1_hit;
  wire [1:0] b12_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l1_e;
  wire [4:0] b12_l1_t;
  wire [11:0] b12_l2_digits;
  wire [3:0] b12_l2_nzs;
  wire [3:0] b12_l2_cnt;
  wire b12_l2_h0;
  wire [3:0] b12_l2_n0;
  wire b12_l2_h1;
  wire [3:0] b12_l2_n1;
  wire b12_l2_h2;
  wire [3:0] b12_l2_n2;
  wire b12_l2_h3;
  wire b12_l2_hit;
  wire [1:0] b12_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l2_e;
  wire [4:0] b12_l2_t;
  wire [11:0] b12_l3_digits;
  wire [3:0] b12_l3_nzs;
  wire [3:0] b12_l3_cnt;
  wire b12_l3_h0;
  wire [3:0] b12_l3_n0;
  wire b12_l3_h1;
  wire [3:0] b12_l3_n1;
  wire b12_l3_h2;
  wire [3:0] b12_l3_n2;
  wire b12_l3_h3;
  wire b12_l3_hit;
  wire [1:0] b12_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l3_e;
  wire [4:0] b12_l3_t;
  wire [11:0] b12_l4_digits;
  wire [3:0] b12_l4_nzs;
  wire [3:0] b12_l4_cnt;
  wire b12_l4_h0;
  wire [3:0] b12_l4_n0;
  wire b12_l4_h1;
  wire [3:0] b12_l4_n1;
  wire b12_l4_h2;
  wire [3:0] b12_l4_n2;
  wire b12_l4_h3;
  wire b12_l4_hit;
  wire [1:0] b12_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l4_e;
  wire [4:0] b12_l4_t;
  wire [11:0] b12_l5_digits;
  wire [3:0] b12_l5_nzs;
  wire [3:0] b12_l5_cnt;
  wire b12_l5_h0;
  wire [3:0] b12_l5_n0;
  wire b12_l5_h1;
  wire [3:0] b12_l5_n1;
  wire b12_l5_h2;
  wire [3:0] b12_l5_n2;
  wire b12_l5_h3;
  wire b12_l5_hit;
  wire [1:0] b12_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l5_e;
  wire [4:0] b12_l5_t;
  wire [11:0] b12_l6_digits;
  wire [3:0] b12_l6_nzs;
  wire [3:0] b12_l6_cnt;
  wire b12_l6_h0;
  wire [3:0] b12_l6_n0;
  wire b12_l6_h1;
  wire [3:0] b12_l6_n1;
  wire b12_l6_h2;
  wire [3:0] b12_l6_n2;
  wire b12_l6_h3;
  wire b12_l6_hit;
  wire [1:0] b12_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l6_e;
  wire [4:0] b12_l6_t;
  wire [11:0] b12_l7_digits;
  wire [3:0] b12_l7_nzs;
  wire [3:0] b12_l7_cnt;
  wire b12_l7_h0;
  wire [3:0] b12_l7_n0;
  wire b12_l7_h1;
  wire [3:0] b12_l7_n1;
  wire b12_l7_h2;
  wire [3:0] b12_l7_n2;
  wire b12_l7_h3;
  wire b12_l7_hit;
  wire [1:0] b12_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l7_e;
  wire [4:0] b12_l7_t;
  wire [11:0] b12_l8_digits;
  wire [3:0] b12_l8_nzs;
  wire [3:0] b12_l8_cnt;
  wire b12_l8_h0;
  wire [3:0] b12_l8_n0;
  wire b12_l8_h1;
  wire [3:0] b12_l8_n1;
  wire b12_l8_h2;
  wire [3:0] b12_l8_n2;
  wire b12_l8_h3;
  wire b12_l8_hit;
  wire [1:0] b12_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l8_e;
  wire [4:0] b12_l8_t;
  wire [11:0] b12_l9_digits;
  wire [3:0] b12_l9_nzs;
  wire [3:0] b12_l9_cnt;
  wire b12_l9_h0;
  wire [3:0] b12_l9_n0;
  wire b12_l9_h1;
  wire [3:0] b12_l9_n1;
  wire b12_l9_h2;
  wire [3:0] b12_l9_n2;
  wire b12_l9_h3;
  wire b12_l9_hit;
  wire [1:0] b12_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l9_e;
  wire [4:0] b12_l9_t;
  wire [11:0] b12_l10_digits;
  wire [3:0] b12_l10_nzs;
  wire [3:0] b12_l10_cnt;
  wire b12_l10_h0;
  wire [3:0] b12_l10_n0;
  wire b12_l10_h1;
  wire [3:0] b12_l10_n1;
  wire b12_l10_h2;
  wire [3:0] b12_l10_n2;
  wire b12_l10_h3;
  wire b12_l10_hit;
  wire [1:0] b12_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l10_e;
  wire [4:0] b12_l10_t;
  wire [11:0] b12_l11_digits;
  wire [3:0] b12_l11_nzs;
  wire [3:0] b12_l11_cnt;
  wire b12_l11_h0;
  wire [3:0] b12_l11_n0;
  wire b12_l11_h1;
  wire [3:0] b12_l11_n1;
  wire b12_l11_h2;
  wire [3:0] b12_l11_n2;
  wire b12_l11_h3;
  wire b12_l11_hit;
  wire [1:0] b12_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l11_e;
  wire [4:0] b12_l11_t;
  wire [11:0] b12_l12_digits;
  wire [3:0] b12_l12_nzs;
  wire [3:0] b12_l12_cnt;
  wire b12_l12_h0;
  wire [3:0] b12_l12_n0;
  wire b12_l12_h1;
  wire [3:0] b12_l12_n1;
  wire b12_l12_h2;
  wire [3:0] b12_l12_n2;
  wire b12_l12_h3;
  wire b12_l12_hit;
  wire [1:0] b12_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l12_e;
  wire [4:0] b12_l12_t;
  wire [11:0] b12_l13_digits;
  wire [3:0] b12_l13_nzs;
  wire [3:0] b12_l13_cnt;
  wire b12_l13_h0;
  wire [3:0] b12_l13_n0;
  wire b12_l13_h1;
  wire [3:0] b12_l13_n1;
  wire b12_l13_h2;
  wire [3:0] b12_l13_n2;
  wire b12_l13_h3;
  wire b12_l13_hit;
  wire [1:0] b12_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l13_e;
  wire [4:0] b12_l13_t;
  wire [11:0] b12_l14_digits;
  wire [3:0] b12_l14_nzs;
  wire [3:0] b12_l14_cnt;
  wire b12_l14_h0;
  wire [3:0] b12_l14_n0;
  wire b12_l14_h1;
  wire [3:0] b12_l14_n1;
  wire b12_l14_h2;
  wire [3:0] b12_l14_n2;
  wire b12_l14_h3;
  wire b12_l14_hit;
  wire [1:0] b12_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l14_e;
  wire [4:0] b12_l14_t;
  wire [11:0] b12_l15_digits;
  wire [3:0] b12_l15_nzs;
  wire [3:0] b12_l15_cnt;
  wire b12_l15_h0;
  wire [3:0] b12_l15_n0;
  wire b12_l15_h1;
  wire [3:0] b12_l15_n1;
  wire b12_l15_h2;
  wire [3:0] b12_l15_n2;
  wire b12_l15_h3;
  wire b12_l15_hit;
  wire [1:0] b12_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b12_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b12_l15_e;
  wire [4:0] b12_l15_t;
  wire [11:0] b13_l0_digits;
  wire [3:0] b13_l0_nzs;
  wire [3:0] b13_l0_cnt;
  wire b13_l0_h0;
  wire [3:0] b13_l0_n0;
  wire b13_l0_h1;
  wire [3:0] b13_l0_n1;
  wire b13_l0_h2;
  wire [3:0] b13_l0_n2;
  wire b13_l0_h3;
  wire b13_l0_hit;
  wire [1:0] b13_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l0_e;
  wire [4:0] b13_l0_t;
  wire [11:0] b13_l1_digits;
  wire [3:0] b13_l1_nzs;
  wire [3:0] b13_l1_cnt;
  wire b13_l1_h0;
  wire [3:0] b13_l1_n0;
  wire b13_l1_h1;
  wire [3:0] b13_l1_n1;
  wire b13_l1_h2;
  wire [3:0] b13_l1_n2;
  wire b13_l1_h3;
  wire b13_l1_hit;
  wire [1:0] b13_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l1_e;
  wire [4:0] b13_l1_t;
  wire [11:0] b13_l2_digits;
  wire [3:0] b13_l2_nzs;
  wire [3:0] b13_l2_cnt;
  wire b13_l2_h0;
  wire [3:0] b13_l2_n0;
  wire b13_l2_h1;
  wire [3:0] b13_l2_n1;
  wire b13_l2_h2;
  wire [3:0] b13_l2_n2;
  wire b13_l2_h3;
  wire b13_l2_hit;
  wire [1:0] b13_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l2_e;
  wire [4:0] b13_l2_t;
  wire [11:0] b13_l3_digits;
  wire [3:0] b13_l3_nzs;
  wire [3:0] b13_l3_cnt;
  wire b13_l3_h0;
  wire [3:0] b13_l3_n0;
  wire b13_l3_h1;
  wire [3:0] b13_l3_n1;
  wire b13_l3_h2;
  wire [3:0] b13_l3_n2;
  wire b13_l3_h3;
  wire b13_l3_hit;
  wire [1:0] b13_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l3_e;
  wire [4:0] b13_l3_t;
  wire [11:0] b13_l4_digits;
  wire [3:0] b13_l4_nzs;
  wire [3:0] b13_l4_cnt;
  wire b13_l4_h0;
  wire [3:0] b13_l4_n0;
  wire b13_l4_h1;
  wire [3:0] b13_l4_n1;
  wire b13_l4_h2;
  wire [3:0] b13_l4_n2;
  wire b13_l4_h3;
  wire b13_l4_hit;
  wire [1:0] b13_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l4_e;
  wire [4:0] b13_l4_t;
  wire [11:0] b13_l5_digits;
  wire [3:0] b13_l5_nzs;
  wire [3:0] b13_l5_cnt;
  wire b13_l5_h0;
  wire [3:0] b13_l5_n0;
  wire b13_l5_h1;
  wire [3:0] b13_l5_n1;
  wire b13_l5_h2;
  wire [3:0] b13_l5_n2;
  wire b13_l5_h3;
  wire b13_l5_hit;
  wire [1:0] b13_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l5_e;
  wire [4:0] b13_l5_t;
  wire [11:0] b13_l6_digits;
  wire [3:0] b13_l6_nzs;
  wire [3:0] b13_l6_cnt;
  wire b13_l6_h0;
  wire [3:0] b13_l6_n0;
  wire b13_l6_h1;
  wire [3:0] b13_l6_n1;
  wire b13_l6_h2;
  wire [3:0] b13_l6_n2;
  wire b13_l6_h3;
  wire b13_l6_hit;
  wire [1:0] b13_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l6_e;
  wire [4:0] b13_l6_t;
  wire [11:0] b13_l7_digits;
  wire [3:0] b13_l7_nzs;
  wire [3:0] b13_l7_cnt;
  wire b13_l7_h0;
  wire [3:0] b13_l7_n0;
  wire b13_l7_h1;
  wire [3:0] b13_l7_n1;
  wire b13_l7_h2;
  wire [3:0] b13_l7_n2;
  wire b13_l7_h3;
  wire b13_l7_hit;
  wire [1:0] b13_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l7_e;
  wire [4:0] b13_l7_t;
  wire [11:0] b13_l8_digits;
  wire [3:0] b13_l8_nzs;
  wire [3:0] b13_l8_cnt;
  wire b13_l8_h0;
  wire [3:0] b13_l8_n0;
  wire b13_l8_h1;
  wire [3:0] b13_l8_n1;
  wire b13_l8_h2;
  wire [3:0] b13_l8_n2;
  wire b13_l8_h3;
  wire b13_l8_hit;
  wire [1:0] b13_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l8_e;
  wire [4:0] b13_l8_t;
  wire [11:0] b13_l9_digits;
  wire [3:0] b13_l9_nzs;
  wire [3:0] b13_l9_cnt;
  wire b13_l9_h0;
  wire [3:0] b13_l9_n0;
  wire b13_l9_h1;
  wire [3:0] b13_l9_n1;
  wire b13_l9_h2;
  wire [3:0] b13_l9_n2;
  wire b13_l9_h3;
  wire b13_l9_hit;
  wire [1:0] b13_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l9_e;
  wire [4:0] b13_l9_t;
  wire [11:0] b13_l10_digits;
  wire [3:0] b13_l10_nzs;
  wire [3:0] b13_l10_cnt;
  wire b13_l10_h0;
  wire [3:0] b13_l10_n0;
  wire b13_l10_h1;
  wire [3:0] b13_l10_n1;
  wire b13_l10_h2;
  wire [3:0] b13_l10_n2;
  wire b13_l10_h3;
  wire b13_l10_hit;
  wire [1:0] b13_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l10_e;
  wire [4:0] b13_l10_t;
  wire [11:0] b13_l11_digits;
  wire [3:0] b13_l11_nzs;
  wire [3:0] b13_l11_cnt;
  wire b13_l11_h0;
  wire [3:0] b13_l11_n0;
  wire b13_l11_h1;
  wire [3:0] b13_l11_n1;
  wire b13_l11_h2;
  wire [3:0] b13_l11_n2;
  wire b13_l11_h3;
  wire b13_l11_hit;
  wire [1:0] b13_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l11_e;
  wire [4:0] b13_l11_t;
  wire [11:0] b13_l12_digits;
  wire [3:0] b13_l12_nzs;
  wire [3:0] b13_l12_cnt;
  wire b13_l12_h0;
  wire [3:0] b13_l12_n0;
  wire b13_l12_h1;
  wire [3:0] b13_l12_n1;
  wire b13_l12_h2;
  wire [3:0] b13_l12_n2;
  wire b13_l12_h3;
  wire b13_l12_hit;
  wire [1:0] b13_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l12_e;
  wire [4:0] b13_l12_t;
  wire [11:0] b13_l13_digits;
  wire [3:0] b13_l13_nzs;
  wire [3:0] b13_l13_cnt;
  wire b13_l13_h0;
  wire [3:0] b13_l13_n0;
  wire b13_l13_h1;
  wire [3:0] b13_l13_n1;
  wire b13_l13_h2;
  wire [3:0] b13_l13_n2;
  wire b13_l13_h3;
  wire b13_l13_hit;
  wire [1:0] b13_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l13_e;
  wire [4:0] b13_l13_t;
  wire [11:0] b13_l14_digits;
  wire [3:0] b13_l14_nzs;
  wire [3:0] b13_l14_cnt;
  wire b13_l14_h0;
  wire [3:0] b13_l14_n0;
  wire b13_l14_h1;
  wire [3:0] b13_l14_n1;
  wire b13_l14_h2;
  wire [3:0] b13_l14_n2;
  wire b13_l14_h3;
  wire b13_l14_hit;
  wire [1:0] b13_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l14_e;
  wire [4:0] b13_l14_t;
  wire [11:0] b13_l15_digits;
  wire [3:0] b13_l15_nzs;
  wire [3:0] b13_l15_cnt;
  wire b13_l15_h0;
  wire [3:0] b13_l15_n0;
  wire b13_l15_h1;
  wire [3:0] b13_l15_n1;
  wire b13_l15_h2;
  wire [3:0] b13_l15_n2;
  wire b13_l15_h3;
  wire b13_l15_hit;
  wire [1:0] b13_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b13_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b13_l15_e;
  wire [4:0] b13_l15_t;
  wire [11:0] b14_l0_digits;
  wire [3:0] b14_l0_nzs;
  wire [3:0] b14_l0_cnt;
  wire b14_l0_h0;
  wire [3:0] b14_l0_n0;
  wire b14_l0_h1;
  wire [3:0] b14_l0_n1;
  wire b14_l0_h2;
  wire [3:0] b14_l0_n2;
  wire b14_l0_h3;
  wire b14_l0_hit;
  wire [1:0] b14_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l0_e;
  wire [4:0] b14_l0_t;
  wire [11:0] b14_l1_digits;
  wire [3:0] b14_l1_nzs;
  wire [3:0] b14_l1_cnt;
  wire b14_l1_h0;
  wire [3:0] b14_l1_n0;
  wire b14_l1_h1;
  wire [3:0] b14_l1_n1;
  wire b14_l1_h2;
  wire [3:0] b14_l1_n2;
  wire b14_l1_h3;
  wire b14_l1_hit;
  wire [1:0] b14_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l1_e;
  wire [4:0] b14_l1_t;
  wire [11:0] b14_l2_digits;
  wire [3:0] b14_l2_nzs;
  wire [3:0] b14_l2_cnt;
  wire b14_l2_h0;
  wire [3:0] b14_l2_n0;
  wire b14_l2_h1;
  wire [3:0] b14_l2_n1;
  wire b14_l2_h2;
  wire [3:0] b14_l2_n2;
  wire b14_l2_h3;
  wire b14_l2_hit;
  wire [1:0] b14_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l2_e;
  wire [4:0] b14_l2_t;
  wire [11:0] b14_l3_digits;
  wire [3:0] b14_l3_nzs;
  wire [3:0] b14_l3_cnt;
  wire b14_l3_h0;
  wire [3:0] b14_l3_n0;
  wire b14_l3_h1;
  wire [3:0] b14_l3_n1;
  wire b14_l3_h2;
  wire [3:0] b14_l3_n2;
  wire b14_l3_h3;
  wire b14_l3_hit;
  wire [1:0] b14_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l3_e;
  wire [4:0] b14_l3_t;
  wire [11:0] b14_l4_digits;
  wire [3:0] b14_l4_nzs;
  wire [3:0] b14_l4_cnt;
  wire b14_l4_h0;
  wire [3:0] b14_l4_n0;
  wire b14_l4_h1;
  wire [3:0] b14_l4_n1;
  wire b14_l4_h2;
  wire [3:0] b14_l4_n2;
  wire b14_l4_h3;
  wire b14_l4_hit;
  wire [1:0] b14_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l4_e;
  wire [4:0] b14_l4_t;
  wire [11:0] b14_l5_digits;
  wire [3:0] b14_l5_nzs;
  wire [3:0] b14_l5_cnt;
  wire b14_l5_h0;
  wire [3:0] b14_l5_n0;
  wire b14_l5_h1;
  wire [3:0] b14_l5_n1;
  wire b14_l5_h2;
  wire [3:0] b14_l5_n2;
  wire b14_l5_h3;
  wire b14_l5_hit;
  wire [1:0] b14_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l5_e;
  wire [4:0] b14_l5_t;
  wire [11:0] b14_l6_digits;
  wire [3:0] b14_l6_nzs;
  wire [3:0] b14_l6_cnt;
  wire b14_l6_h0;
  wire [3:0] b14_l6_n0;
  wire b14_l6_h1;
  wire [3:0] b14_l6_n1;
  wire b14_l6_h2;
  wire [3:0] b14_l6_n2;
  wire b14_l6_h3;
  wire b14_l6_hit;
  wire [1:0] b14_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l6_e;
  wire [4:0] b14_l6_t;
  wire [11:0] b14_l7_digits;
  wire [3:0] b14_l7_nzs;
  wire [3:0] b14_l7_cnt;
  wire b14_l7_h0;
  wire [3:0] b14_l7_n0;
  wire b14_l7_h1;
  wire [3:0] b14_l7_n1;
  wire b14_l7_h2;
  wire [3:0] b14_l7_n2;
  wire b14_l7_h3;
  wire b14_l7_hit;
  wire [1:0] b14_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l7_e;
  wire [4:0] b14_l7_t;
  wire [11:0] b14_l8_digits;
  wire [3:0] b14_l8_nzs;
  wire [3:0] b14_l8_cnt;
  wire b14_l8_h0;
  wire [3:0] b14_l8_n0;
  wire b14_l8_h1;
  wire [3:0] b14_l8_n1;
  wire b14_l8_h2;
  wire [3:0] b14_l8_n2;
  wire b14_l8_h3;
  wire b14_l8_hit;
  wire [1:0] b14_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l8_e;
  wire [4:0] b14_l8_t;
  wire [11:0] b14_l9_digits;
  wire [3:0] b14_l9_nzs;
  wire [3:0] b14_l9_cnt;
  wire b14_l9_h0;
  wire [3:0] b14_l9_n0;
  wire b14_l9_h1;
  wire [3:0] b14_l9_n1;
  wire b14_l9_h2;
  wire [3:0] b14_l9_n2;
  wire b14_l9_h3;
  wire b14_l9_hit;
  wire [1:0] b14_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l9_e;
  wire [4:0] b14_l9_t;
  wire [11:0] b14_l10_digits;
  wire [3:0] b14_l10_nzs;
  wire [3:0] b14_l10_cnt;
  wire b14_l10_h0;
  wire [3:0] b14_l10_n0;
  wire b14_l10_h1;
  wire [3:0] b14_l10_n1;
  wire b14_l10_h2;
  wire [3:0] b14_l10_n2;
  wire b14_l10_h3;
  wire b14_l10_hit;
  wire [1:0] b14_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l10_e;
  wire [4:0] b14_l10_t;
  wire [11:0] b14_l11_digits;
  wire [3:0] b14_l11_nzs;
  wire [3:0] b14_l11_cnt;
  wire b14_l11_h0;
  wire [3:0] b14_l11_n0;
  wire b14_l11_h1;
  wire [3:0] b14_l11_n1;
  wire b14_l11_h2;
  wire [3:0] b14_l11_n2;
  wire b14_l11_h3;
  wire b14_l11_hit;
  wire [1:0] b14_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l11_e;
  wire [4:0] b14_l11_t;
  wire [11:0] b14_l12_digits;
  wire [3:0] b14_l12_nzs;
  wire [3:0] b14_l12_cnt;
  wire b14_l12_h0;
  wire [3:0] b14_l12_n0;
  wire b14_l12_h1;
  wire [3:0] b14_l12_n1;
  wire b14_l12_h2;
  wire [3:0] b14_l12_n2;
  wire b14_l12_h3;
  wire b14_l12_hit;
  wire [1:0] b14_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l12_e;
  wire [4:0] b14_l12_t;
  wire [11:0] b14_l13_digits;
  wire [3:0] b14_l13_nzs;
  wire [3:0] b14_l13_cnt;
  wire b14_l13_h0;
  wire [3:0] b14_l13_n0;
  wire b14_l13_h1;
  wire [3:0] b14_l13_n1;
  wire b14_l13_h2;
  wire [3:0] b14_l13_n2;
  wire b14_l13_h3;
  wire b14_l13_hit;
  wire [1:0] b14_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l13_e;
  wire [4:0] b14_l13_t;
  wire [11:0] b14_l14_digits;
  wire [3:0] b14_l14_nzs;
  wire [3:0] b14_l14_cnt;
  wire b14_l14_h0;
  wire [3:0] b14_l14_n0;
  wire b14_l14_h1;
  wire [3:0] b14_l14_n1;
  wire b14_l14_h2;
  wire [3:0] b14_l14_n2;
  wire b14_l14_h3;
  wire b14_l14_hit;
  wire [1:0] b14_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l14_e;
  wire [4:0] b14_l14_t;
  wire [11:0] b14_l15_digits;
  wire [3:0] b14_l15_nzs;
  wire [3:0] b14_l15_cnt;
  wire b14_l15_h0;
  wire [3:0] b14_l15_n0;
  wire b14_l15_h1;
  wire [3:0] b14_l15_n1;
  wire b14_l15_h2;
  wire [3:0] b14_l15_n2;
  wire b14_l15_h3;
  wire b14_l15_hit;
  wire [1:0] b14_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b14_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b14_l15_e;
  wire [4:0] b14_l15_t;
  wire [11:0] b15_l0_digits;
  wire [3:0] b15_l0_nzs;
  wire [3:0] b15_l0_cnt;
  wire b15_l0_h0;
  wire [3:0] b15_l0_n0;
  wire b15_l0_h1;
  wire [3:0] b15_l0_n1;
  wire b15_l0_h2;
  wire [3:0] b15_l0_n2;
  wire b15_l0_h3;
  wire b15_l0_hit;
  wire [1:0] b15_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l0_e;
  wire [4:0] b15_l0_t;
  wire [11:0] b15_l1_digits;
  wire [3:0] b15_l1_nzs;
  wire [3:0] b15_l1_cnt;
  wire b15_l1_h0;
  wire [3:0] b15_l1_n0;
  wire b15_l1_h1;
  wire [3:0] b15_l1_n1;
  wire b15_l1_h2;
  wire [3:0] b15_l1_n2;
  wire b15_l1_h3;
  wire b15_l1_hit;
  wire [1:0] b15_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l1_e;
  wire [4:0] b15_l1_t;
  wire [11:0] b15_l2_digits;
  wire [3:0] b15_l2_nzs;
  wire [3:0] b15_l2_cnt;
  wire b15_l2_h0;
  wire [3:0] b15_l2_n0;
  wire b15_l2_h1;
  wire [3:0] b15_l2_n1;
  wire b15_l2_h2;
  wire [3:0] b15_l2_n2;
  wire b15_l2_h3;
  wire b15_l2_hit;
  wire [1:0] b15_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l2_e;
  wire [4:0] b15_l2_t;
  wire [11:0] b15_l3_digits;
  wire [3:0] b15_l3_nzs;
  wire [3:0] b15_l3_cnt;
  wire b15_l3_h0;
  wire [3:0] b15_l3_n0;
  wire b15_l3_h1;
  wire [3:0] b15_l3_n1;
  wire b15_l3_h2;
  wire [3:0] b15_l3_n2;
  wire b15_l3_h3;
  wire b15_l3_hit;
  wire [1:0] b15_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l3_e;
  wire [4:0] b15_l3_t;
  wire [11:0] b15_l4_digits;
  wire [3:0] b15_l4_nzs;
  wire [3:0] b15_l4_cnt;
  wire b15_l4_h0;
  wire [3:0] b15_l4_n0;
  wire b15_l4_h1;
  wire [3:0] b15_l4_n1;
  wire b15_l4_h2;
  wire [3:0] b15_l4_n2;
  wire b15_l4_h3;
  wire b15_l4_hit;
  wire [1:0] b15_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l4_e;
  wire [4:0] b15_l4_t;
  wire [11:0] b15_l5_digits;
  wire [3:0] b15_l5_nzs;
  wire [3:0] b15_l5_cnt;
  wire b15_l5_h0;
  wire [3:0] b15_l5_n0;
  wire b15_l5_h1;
  wire [3:0] b15_l5_n1;
  wire b15_l5_h2;
  wire [3:0] b15_l5_n2;
  wire b15_l5_h3;
  wire b15_l5_hit;
  wire [1:0] b15_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l5_e;
  wire [4:0] b15_l5_t;
  wire [11:0] b15_l6_digits;
  wire [3:0] b15_l6_nzs;
  wire [3:0] b15_l6_cnt;
  wire b15_l6_h0;
  wire [3:0] b15_l6_n0;
  wire b15_l6_h1;
  wire [3:0] b15_l6_n1;
  wire b15_l6_h2;
  wire [3:0] b15_l6_n2;
  wire b15_l6_h3;
  wire b15_l6_hit;
  wire [1:0] b15_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l6_e;
  wire [4:0] b15_l6_t;
  wire [11:0] b15_l7_digits;
  wire [3:0] b15_l7_nzs;
  wire [3:0] b15_l7_cnt;
  wire b15_l7_h0;
  wire [3:0] b15_l7_n0;
  wire b15_l7_h1;
  wire [3:0] b15_l7_n1;
  wire b15_l7_h2;
  wire [3:0] b15_l7_n2;
  wire b15_l7_h3;
  wire b15_l7_hit;
  wire [1:0] b15_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l7_e;
  wire [4:0] b15_l7_t;
  wire [11:0] b15_l8_digits;
  wire [3:0] b15_l8_nzs;
  wire [3:0] b15_l8_cnt;
  wire b15_l8_h0;
  wire [3:0] b15_l8_n0;
  wire b15_l8_h1;
  wire [3:0] b15_l8_n1;
  wire b15_l8_h2;
  wire [3:0] b15_l8_n2;
  wire b15_l8_h3;
  wire b15_l8_hit;
  wire [1:0] b15_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l8_e;
  wire [4:0] b15_l8_t;
  wire [11:0] b15_l9_digits;
  wire [3:0] b15_l9_nzs;
  wire [3:0] b15_l9_cnt;
  wire b15_l9_h0;
  wire [3:0] b15_l9_n0;
  wire b15_l9_h1;
  wire [3:0] b15_l9_n1;
  wire b15_l9_h2;
  wire [3:0] b15_l9_n2;
  wire b15_l9_h3;
  wire b15_l9_hit;
  wire [1:0] b15_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l9_e;
  wire [4:0] b15_l9_t;
  wire [11:0] b15_l10_digits;
  wire [3:0] b15_l10_nzs;
  wire [3:0] b15_l10_cnt;
  wire b15_l10_h0;
  wire [3:0] b15_l10_n0;
  wire b15_l10_h1;
  wire [3:0] b15_l10_n1;
  wire b15_l10_h2;
  wire [3:0] b15_l10_n2;
  wire b15_l10_h3;
  wire b15_l10_hit;
  wire [1:0] b15_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l10_e;
  wire [4:0] b15_l10_t;
  wire [11:0] b15_l11_digits;
  wire [3:0] b15_l11_nzs;
  wire [3:0] b15_l11_cnt;
  wire b15_l11_h0;
  wire [3:0] b15_l11_n0;
  wire b15_l11_h1;
  wire [3:0] b15_l11_n1;
  wire b15_l11_h2;
  wire [3:0] b15_l11_n2;
  wire b15_l11_h3;
  wire b15_l11_hit;
  wire [1:0] b15_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l11_e;
  wire [4:0] b15_l11_t;
  wire [11:0] b15_l12_digits;
  wire [3:0] b15_l12_nzs;
  wire [3:0] b15_l12_cnt;
  wire b15_l12_h0;
  wire [3:0] b15_l12_n0;
  wire b15_l12_h1;
  wire [3:0] b15_l12_n1;
  wire b15_l12_h2;
  wire [3:0] b15_l12_n2;
  wire b15_l12_h3;
  wire b15_l12_hit;
  wire [1:0] b15_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l12_e;
  wire [4:0] b15_l12_t;
  wire [11:0] b15_l13_digits;
  wire [3:0] b15_l13_nzs;
  wire [3:0] b15_l13_cnt;
  wire b15_l13_h0;
  wire [3:0] b15_l13_n0;
  wire b15_l13_h1;
  wire [3:0] b15_l13_n1;
  wire b15_l13_h2;
  wire [3:0] b15_l13_n2;
  wire b15_l13_h3;
  wire b15_l13_hit;
  wire [1:0] b15_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l13_e;
  wire [4:0] b15_l13_t;
  wire [11:0] b15_l14_digits;
  wire [3:0] b15_l14_nzs;
  wire [3:0] b15_l14_cnt;
  wire b15_l14_h0;
  wire [3:0] b15_l14_n0;
  wire b15_l14_h1;
  wire [3:0] b15_l14_n1;
  wire b15_l14_h2;
  wire [3:0] b15_l14_n2;
  wire b15_l14_h3;
  wire b15_l14_hit;
  wire [1:0] b15_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l14_e;
  wire [4:0] b15_l14_t;
  wire [11:0] b15_l15_digits;
  wire [3:0] b15_l15_nzs;
  wire [3:0] b15_l15_cnt;
  wire b15_l15_h0;
  wire [3:0] b15_l15_n0;
  wire b15_l15_h1;
  wire [3:0] b15_l15_n1;
  wire b15_l15_h2;
  wire [3:0] b15_l15_n2;
  wire b15_l15_h3;
  wire b15_l15_hit;
  wire [1:0] b15_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b15_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b15_l15_e;
  wire [4:0] b15_l15_t;
  wire [3:0] max_a0_next;
  wire [3:0] b0_max0_0;
  wire [3:0] b0_max0_1;
  wire [3:0] b0_max0_2;
  wire [3:0] b0_max0_3;
  wire [3:0] b0_max0_4;
  wire [3:0] b0_max0_5;
  wire [3:0] b0_max0_6;
  wire [3:0] b0_max0_7;
  wire [3:0] b0_max1_0;
  wire [3:0] b0_max1_1;
  wire [3:0] b0_max1_2;
  wire [3:0] b0_max1_3;
  wire [3:0] b0_max2_0;
  wire [3:0] b0_max2_1;
  wire [3:0] b0_max3_0;
  wire [3:0] max_b0_next;
  wire none0;
  wire ea0;
  wire eb0;
  wire last0;
  wire [3:0] max_a1_next;
  wire [3:0] b1_max0_0;
  wire [3:0] b1_max0_1;
  wire [3:0] b1_max0_2;
  wire [3:0] b1_max0_3;
  wire [3:0] b1_max0_4;
  wire [3:0] b1_max0_5;
  wire [3:0] b1_max0_6;
  wire [3:0] b1_max0_7;
  wire [3:0] b1_max1_0;
  wire [3:0] b1_max1_1;
  wire [3:0] b1_max1_2;
  wire [3:0] b1_max1_3;
  wire [3:0] b1_max2_0;
  wire [3:0] b1_max2_1;
  wire [3:0] b1_max3_0;
  wire [3:0] max_b1_next;
  wire none1;
  wire ea1;
  wire eb1;
  wire last1;
  wire [3:0] max_a2_next;
  wire [3:0] b2_max0_0;
  wire [3:0] b2_max0_1;
  wire [3:0] b2_max0_2;
  wire [3:0] b2_max0_3;
  wire [3:0] b2_max0_4;
  wire [3:0] b2_max0_5;
  wire [3:0] b2_max0_6;
  wire [3:0] b2_max0_7;
  wire [3:0] b2_max1_0;
  wire [3:0] b2_max1_1;
  wire [3:0] b2_max1_2;
  wire [3:0] b2_max1_3;
  wire [3:0] b2_max2_0;
  wire [3:0] b2_max2_1;
  wire [3:0] b2_max3_0;
  wire [3:0] max_b2_next;
  wire none2;
  wire ea2;
  wire eb2;
  wire last2;
  wire [3:0] max_a3_next;
  wire [3:0] b3_max0_0;
  wire [3:0] b3_max0_1;
  wire [3:0] b3_max0_2;
  wire [3:0] b3_max0_3;
  wire [3:0] b3_max0_4;
  wire [3:0] b3_max0_5;
  wire [3:0] b3_max0_6;
  wire [3:0] b3_max0_7;
  wire [3:0] b3_max1_0;
  wire [3:0] b3_max1_1;
  wire [3:0] b3_max1_2;
  wire [3:0] b3_max1_3;
  wire [3:0] b3_max2_0;
  wire [3:0] b3_max2_1;
  wire [3:0] b3_max3_0;
  wire [3:0] max_b3_next;
  wire none3;
  wire ea3;
  wire eb3;
  wire last3;
  wire [3:0] max_a4_next;
  wire [3:0] b4_max0_0;
  wire [3:0] b4_max0_1;
  wire [3:0] b4_max0_2;
  wire [3:0] b4_max0_3;
  wire [3:0] b4_max0_4;
  wire [3:0] b4_max0_5;
  wire [3:0] b4_max0_6;
  wire [3:0] b4_max0_7;
  wire [3:0] b4_max1_0;
  wire [3:0] b4_max1_1;
  wire [3:0] b4_max1_2;
  wire [3:0] b4_max1_3;
  wire [3:0] b4_max2_0;
  wire [3:0] b4_max2_1;
  wire [3:0] b4_max3_0;
  wire [3:0] max_b4_next;
  wire none4;
  wire ea4;
  wire eb4;
  wire last4;
  wire [3:0] max_a5_next;
  wire [3:0] b5_max0_0;
  wire [3:0] b5_max0_1;
  wire [3:0] b5_max0_2;
  wire [3:0] b5_max0_3;
  wire [3:0] b5_max0_4;
  wire [3:0] b5_max0_5;
  wire [3:0] b5_max0_6;
  wire [3:0] b5_max0_7;
  wire [3:0] b5_max1_0;
  wire [3:0] b5_max1_1;
  wire [3:0] b5_max1_2;
  wire [3:0] b5_max1_3;
  wire [3:0] b5_max2_0;
  wire [3:0] b5_max2_1;
  wire [3:0] b5_max3_0;
  wire [3:0] max_b5_next;
  wire none5;
  wire ea5;
  wire eb5;
  wire last5;
  wire [3:0] max_a6_next;
  wire [3:0] b6_max0_0;
  wire [3:0] b6_max0_1;
  wire [3:0] b6_max0_2;
  wire [3:0] b6_max0_3;
  wire [3:0] b6_max0_4;
  wire [3:0] b6_max0_5;
  wire [3:0] b6_max0_6;
  wire [3:0] b6_max0_7;
  wire [3:0] b6_max1_0;
  wire [3:0] b6_max1_1;
  wire [3:0] b6_max1_2;
  wire [3:0] b6_max1_3;
  wire [3:0] b6_max2_0;
  wire [3:0] b6_max2_1;
  wire [3:0] b6_max3_0;
  wire [3:0] max_b6_next;
  wire none6;
  wire ea6;
  wire eb6;
  wire last6;
  wire [3:0] max_a7_next;
  wire [3:0] b7_max0_0;
  wire [3:0] b7_max0_1;
  wire [3:0] b7_max0_2;
  wire [3:0] b7_max0_3;
  wire [3:0] b7_max0_4;
  wire [3:0] b7_max0_5;
  wire [3:0] b7_max0_6;
  wire [3:0] b7_max0_7;
  wire [3:0] b7_max1_0;
  wire [3:0] b7_max1_1;
  wire [3:0] b7_max1_2;
  wire [3:0] b7_max1_3;
  wire [3:0] b7_max2_0;
  wire [3:0] b7_max2_1;
  wire [3:0] b7_max3_0;
  wire [3:0] max_b7_next;
  wire none7;
  wire ea7;
  wire eb7;
  wire last7;
  wire [3:0] max_a8_next;
  wire [3:0] b8_max0_0;
  wire [3:0] b8_max0_1;
  wire [3:0] b8_max0_2;
  wire [3:0] b8_max0_3;
  wire [3:0] b8_max0_4;
  wire [3:0] b8_max0_5;
  wire [3:0] b8_max0_6;
  wire [3:0] b8_max0_7;
  wire [3:0] b8_max1_0;
  wire [3:0] b8_max1_1;
  wire [3:0] b8_max1_2;
  wire [3:0] b8_max1_3;
  wire [3:0] b8_max2_0;
  wire [3:0] b8_max2_1;
  wire [3:0] b8_max3_0;
  wire [3:0] max_b8_next;
  wire none8;
  wire ea8;
  wire eb8;
  wire last8;
  wire [3:0] max_a9_next;
  wire [3:0] b9_max0_0;
  wire [3:0] b9_max0_1;
  wire [3:0] b9_max0_2;
  wire [3:0] b9_max0_3;
  wire [3:0] b9_max0_4;
  wire [3:0] b9_max0_5;
  wire [3:0] b9_max0_6;
  wire [3:0] b9_max0_7;
  wire [3:0] b9_max1_0;
  wire [3:0] b9_max1_1;
  wire [3:0] b9_max1_2;
  wire [3:0] b9_max1_3;
  wire [3:0] b9_max2_0;
  wire [3:0] b9_max2_1;
  wire [3:0] b9_max3_0;
  wire [3:0] max_b9_next;
  wire none9;
  wire ea9;
  wire eb9;
  wire last9;
  wire [3:0] max_a10_next;
  wire [3:0] b10_max0_0;
  wire [3:0] b10_max0_1;
  wire [3:0] b10_max0_2;
  wire [3:0] b10_max0_3;
  wire [3:0] b10_max0_4;
  wire [3:0] b10_max0_5;
  wire [3:0] b10_max0_6;
  wire [3:0] b10_max0_7;
  wire [3:0] b10_max1_0;
  wire [3:0] b10_max1_1;
  wire [3:0] b10_max1_2;
  wire [3:0] b10_max1_3;
  wire [3:0] b10_max2_0;
  wire [3:0] b10_max2_1;
  wire [3:0] b10_max3_0;
  wire [3:0] max_b10_next;
  wire none10;
  wire ea10;
  wire eb10;
  wire last10;
  wire [3:0] max_a11_next;
  wire [3:0] b11_max0_0;
  wire [3:0] b11_max0_1;
  wire [3:0] b11_max0_2;
  wire [3:0] b11_max0_3;
  wire [3:0] b11_max0_4;
  wire [3:0] b11_max0_5;
  wire [3:0] b11_max0_6;
  wire [3:0] b11_max0_7;
  wire [3:0] b11_max1_0;
  wire [3:0] b11_max1_1;
  wire [3:0] b11_max1_2;
  wire [3:0] b11_max1_3;
  wire [3:0] b11_max2_0;
  wire [3:0] b11_max2_1;
  wire [3:0] b11_max3_0;
  wire [3:0] max_b11_next;
  wire none11;
  wire ea11;
  wire eb11;
  wire last11;
  wire [3:0] max_a12_next;
  wire [3:0] b12_max0_0;
  wire [3:0] b12_max0_1;
  wire [3:0] b12_max0_2;
  wire [3:0] b12_max0_3;
  wire [3:0] b12_max0_4;
  wire [3:0] b12_max0_5;
  wire [3:0] b12_max0_6;
  wire [3:0] b12_max0_7;
  wire [3:0] b12_max1_0;
  wire [3:0] b12_max1_1;
  wire [3:0] b12_max1_2;
  wire [3:0] b12_max1_3;
  wire [3:0] b12_max2_0;
  wire [3:0] b12_max2_1;
  wire [3:0] b12_max3_0;
  wire [3:0] max_b12_next;
  wire none12;
  wire ea12;
  wire eb12;
  wire last12;
  wire [3:0] max_a13_next;
  wire [3:0] b13_max0_0;
  wire [3:0] b13_max0_1;
  wire [3:0] b13_max0_2;
  wire [3:0] b13_max0_3;
  wire [3:0] b13_max0_4;
  wire [3:0] b13_max0_5;
  wire [3:0] b13_max0_6;
  wire [3:0] b13_max0_7;
  wire [3:0] b13_max1_0;
  wire [3:0] b13_max1_1;
  wire [3:0] b13_max1_2;
  wire [3:0] b13_max1_3;
  wire [3:0] b13_max2_0;
  wire [3:0] b13_max2_1;
  wire [3:0] b13_max3_0;
  wire [3:0] max_b13_next;
  wire none13;
  wire ea13;
  wire eb13;
  wire last13;
  wire [3:0] max_a14_next;
  wire [3:0] b14_max0_0;
  wire [3:0] b14_max0_1;
  wire [3:0] b14_max0_2;
  wire [3:0] b14_max0_3;
  wire [3:0] b14_max0_4;
  wire [3:0] b14_max0_5;
  wire [3:0] b14_max0_6;
  wire [3:0] b14_max0_7;
  wire [3:0] b14_max1_0;
  wire [3:0] b14_max1_1;
  wire [3:0] b14_max1_2;
  wire [3:0] b14_max1_3;
  wire [3:0] b14_max2_0;
  wire [3:0] b14_max2_1;
  wire [3:0] b14_max3_0;
  wire [3:0] max_b14_next;
  wire none14;
  wire ea14;
  wire eb14;
  wire last14;
  wire [3:0] max_a15_next;
  wire [3:0] b15_max0_0;
  wire [3:0] b15_max0_1;
  wire [3:0] b15_max0_2;
  wire [3:0] b15_max0_3;
  wire [3:0] b15_max0_4;
  wire [3:0] b15_max0_5;
  wire [3:0] b15_max0_6;
  wire [3:0] b15_max0_7;
  wire [3:0] b15_max1_0;
  wire [3:0] b15_max1_1;
  wire [3:0] b15_max1_2;
  wire [3:0] b15_max1_3;
  wire [3:0] b15_max2_0;
  wire [3:0] b15_max2_1;
  wire [3:0] b15_max3_0;
  wire [3:0] max_b15_next;
  wire none15;
  wire ea15;
  wire eb15;
  wire last15;
  wire k_end;
  wire [15:0] act;
  wire [31:0] o0_0;
  wire [31:0] o1_0;
  wire [31:0] o2_0;
  wire [31:0] o3_0;
  wire [31:0] o4_0;
  wire [31:0] o5_0;
  wire [31:0] o6_0;
  wire [31:0] o7_0;
  wire [31:0] o8_0;
  wire [31:0] o9_0;
  wire [31:0] o10_0;
  wire [31:0] o11_0;
  wire [31:0] o12_0;
  wire [31:0] o13_0;
  wire [31:0] o14_0;
  wire [31:0] o15_0;
  reg pre;
  reg run;
  reg [31:0] kcnt;
  reg [31:0] krem;
  reg k_first;
  reg k_last;
  reg [11:0] a0_l0_dq;
  reg [3:0] a0_l0_nq;
  reg [11:0] a0_l1_dq;
  reg [3:0] a0_l1_nq;
  reg [11:0] a0_l2_dq;
  reg [3:0] a0_l2_nq;
  reg [11:0] a0_l3_dq;
  reg [3:0] a0_l3_nq;
  reg [11:0] a0_l4_dq;
  reg [3:0] a0_l4_nq;
  reg [11:0] a0_l5_dq;
  reg [3:0] a0_l5_nq;
  reg [11:0] a0_l6_dq;
  reg [3:0] a0_l6_nq;
  reg [11:0] a0_l7_dq;
  reg [3:0] a0_l7_nq;
  reg [11:0] a0_l8_dq;
  reg [3:0] a0_l8_nq;
  reg [11:0] a0_l9_dq;
  reg [3:0] a0_l9_nq;
  reg [11:0] a0_l10_dq;
  reg [3:0] a0_l10_nq;
  reg [11:0] a0_l11_dq;
  reg [3:0] a0_l11_nq;
  reg [11:0] a0_l12_dq;
  reg [3:0] a0_l12_nq;
  reg [11:0] a0_l13_dq;
  reg [3:0] a0_l13_nq;
  reg [11:0] a0_l14_dq;
  reg [3:0] a0_l14_nq;
  reg [11:0] a0_l15_dq;
  reg [3:0] a0_l15_nq;
  reg [11:0] b0_l0_dq;
  reg [3:0] b0_l0_nq;
  reg [11:0] b0_l1_dq;
  reg [3:0] b0_l1_nq;
  reg [11:0] b0_l2_dq;
  reg [3:0] b0_l2_nq;
  reg [11:0] b0_l3_dq;
  reg [3:0] b0_l3_nq;
  reg [11:0] b0_l4_dq;
  reg [3:0] b0_l4_nq;
  reg [11:0] b0_l5_dq;
  reg [3:0] b0_l5_nq;
  reg [11:0] b0_l6_dq;
  reg [3:0] b0_l6_nq;
  reg [11:0] b0_l7_dq;
  reg [3:0] b0_l7_nq;
  reg [11:0] b0_l8_dq;
  reg [3:0] b0_l8_nq;
  reg [11:0] b0_l9_dq;
  reg [3:0] b0_l9_nq;
  reg [11:0] b0_l10_dq;
  reg [3:0] b0_l10_nq;
  reg [11:0] b0_l11_dq;
  reg [3:0] b0_l11_nq;
  reg [11:0] b0_l12_dq;
  reg [3:0] b0_l12_nq;
  reg [11:0] b0_l13_dq;
  reg [3:0] b0_l13_nq;
  reg [11:0] b0_l14_dq;
  reg [3:0] b0_l14_nq;
  reg [11:0] b0_l15_dq;
  reg [3:0] b0_l15_nq;
  reg [11:0] b1_l0_dq;
  reg [3:0] b1_l0_nq;
  reg [11:0] b1_l1_dq;
  reg [3:0] b1_l1_nq;
  reg [11:0] b1_l2_dq;
  reg [3:0] b1_l2_nq;
  reg [11:0] b1_l3_dq;
  reg [3:0] b1_l3_nq;
  reg [11:0] b1_l4_dq;
  reg [3:0] b1_l4_nq;
  reg [11:0] b1_l5_dq;
  reg [3:0] b1_l5_nq;
  reg [11:0] b1_l6_dq;
  reg [3:0] b1_l6_nq;
  reg [11:0] b1_l7_dq;
  reg [3:0] b1_l7_nq;
  reg [11:0] b1_l8_dq;
  reg [3:0] b1_l8_nq;
  reg [11:0] b1_l9_dq;
  reg [3:0] b1_l9_nq;
  reg [11:0] b1_l10_dq;
  reg [3:0] b1_l10_nq;
  reg [11:0] b1_l11_dq;
  reg [3:0] b1_l11_nq;
  reg [11:0] b1_l12_dq;
  reg [3:0] b1_l12_nq;
  reg [11:0] b1_l13_dq;
  reg [3:0] b1_l13_nq;
  reg [11:0] b1_l14_dq;
  reg [3:0] b1_l14_nq;
  reg [11:0] b1_l15_dq;
  reg [3:0] b1_l15_nq;
  reg [11:0] b2_l0_dq;
  reg [3:0] b2_l0_nq;
  reg [11:0] b2_l1_dq;
  reg [3:0] b2_l1_nq;
  reg [11:0] b2_l2_dq;
  reg [3:0] b2_l2_nq;
  reg [11:0] b2_l3_dq;
  reg [3:0] b2_l3_nq;
  reg [11:0] b2_l4_dq;
  reg [3:0] b2_l4_nq;
  reg [11:0] b2_l5_dq;
  reg [3:0] b2_l5_nq;
  reg [11:0] b2_l6_dq;
  reg [3:0] b2_l6_nq;
  reg [11:0] b2_l7_dq;
  reg [3:0] b2_l7_nq;
  reg [11:0] b2_l8_dq;
  reg [3:0] b2_l8_nq;
  reg [11:0] b2_l9_dq;
  reg [3:0] b2_l9_nq;
  reg [11:0] b2_l10_dq;
  reg [3:0] b2_l10_nq;
  reg [11:0] b2_l11_dq;
  reg [3:0] b2_l11_nq;
  reg [11:0] b2_l12_dq;
  reg [3:0] b2_l12_nq;
  reg [11:0] b2_l13_dq;
  reg [3:0] b2_l13_nq;
  reg [11:0] b2_l14_dq;
  reg [3:0] b2_l14_nq;
  reg [11:0] b2_l15_dq;
  reg [3:0] b2_l15_nq;
  reg [11:0] b3_l0_dq;
  reg [3:0] b3_l0_nq;
  reg [11:0] b3_l1_dq;
  reg [3:0] b3_l1_nq;
  reg [11:0] b3_l2_dq;
  reg [3:0] b3_l2_nq;
  reg [11:0] b3_l3_dq;
  reg [3:0] b3_l3_nq;
  reg [11:0] b3_l4_dq;
  reg [3:0] b3_l4_nq;
  reg [11:0] b3_l5_dq;
  reg [3:0] b3_l5_nq;
  reg [11:0] b3_l6_dq;
  reg [3:0] b3_l6_nq;
  reg [11:0] b3_l7_dq;
  reg [3:0] b3_l7_nq;
  reg [11:0] b3_l8_dq;
  reg [3:0] b3_l8_nq;
  reg [11:0] b3_l9_dq;
  reg [3:0] b3_l9_nq;
  reg [11:0] b3_l10_dq;
  reg [3:0] b3_l10_nq;
  reg [11:0] b3_l11_dq;
  reg [3:0] b3_l11_nq;
  reg [11:0] b3_l12_dq;
  reg [3:0] b3_l12_nq;
  reg [11:0] b3_l13_dq;
  reg [3:0] b3_l13_nq;
  reg [11:0] b3_l14_dq;
  reg [3:0] b3_l14_nq;
  reg [11:0] b3_l15_dq;
  reg [3:0] b3_l15_nq;
  reg [11:0] b4_l0_dq;
  reg [3:0] b4_l0_nq;
  reg [11:0] b4_l1_dq;
  reg [3:0] b4_l1_nq;
  reg [11:0] b4_l2_dq;
  reg [3:0] b4_l2_nq;
  reg [11:0] b4_l3_dq;
  reg [3:0] b4_l3_nq;
  reg [11:0] b4_l4_dq;
  reg [3:0] b4_l4_nq;
  reg [11:0] b4_l5_dq;
  reg [3:0] b4_l5_nq;
  reg [11:0] b4_l6_dq;
  reg [3:0] b4_l6_nq;
  reg [11:0] b4_l7_dq;
  reg [3:0] b4_l7_nq;
  reg [11:0] b4_l8_dq;
  reg [3:0] b4_l8_nq;
  reg [11:0] b4_l9_dq;
  reg [3:0] b4_l9_nq;
  reg [11:0] b4_l10_dq;
  reg [3:0] b4_l10_nq;
  reg [11:0] b4_l11_dq;
  reg [3:0] b4_l11_nq;
  reg [11:0] b4_l12_dq;
  reg [3:0] b4_l12_nq;
  reg [11:0] b4_l13_dq;
  reg [3:0] b4_l13_nq;
  reg [11:0] b4_l14_dq;
  reg [3:0] b4_l14_nq;
  reg [11:0] b4_l15_dq;
  reg [3:0] b4_l15_nq;
  reg [11:0] b5_l0_dq;
  reg [3:0] b5_l0_nq;
  reg [11:0] b5_l1_dq;
  reg [3:0] b5_l1_nq;
  reg [11:0] b5_l2_dq;
  reg [3:0] b5_l2_nq;
  reg [11:0] b5_l3_dq;
  reg [3:0] b5_l3_nq;
  reg [11:0] b5_l4_dq;
  reg [3:0] b5_l4_nq;
  reg [11:0] b5_l5_dq;
  reg [3:0] b5_l5_nq;
  reg [11:0] b5_l6_dq;
  reg [3:0] b5_l6_nq;
  reg [11:0] b5_l7_dq;
  reg [3:0] b5_l7_nq;
  reg [11:0] b5_l8_dq;
  reg [3:0] b5_l8_nq;
  reg [11:0] b5_l9_dq;
  reg [3:0] b5_l9_nq;
  reg [11:0] b5_l10_dq;
  reg [3:0] b5_l10_nq;
  reg [11:0] b5_l11_dq;
  reg [3:0] b5_l11_nq;
  reg [11:0] b5_l12_dq;
  reg [3:0] b5_l12_nq;
  reg [11:0] b5_l13_dq;
  reg [3:0] b5_l13_nq;
  reg [11:0] b5_l14_dq;
  reg [3:0] b5_l14_nq;
  reg [11:0] b5_l15_dq;
  reg [3:0] b5_l15_nq;
  reg [11:0] b6_l0_dq;
  reg [3:0] b6_l0_nq;
  reg [11:0] b6_l1_dq;
  reg [3:0] b6_l1_nq;
  reg [11:0] b6_l2_dq;
  reg [3:0] b6_l2_nq;
  reg [11:0] b6_l3_dq;
  reg [3:0] b6_l3_nq;
  reg [11:0] b6_l4_dq;
  reg [3:0] b6_l4_nq;
  reg [11:0] b6_l5_dq;
  reg [3:0] b6_l5_nq;
  reg [11:0] b6_l6_dq;
  reg [3:0] b6_l6_nq;
  reg [11:0] b6_l7_dq;
  reg [3:0] b6_l7_nq;
  reg [11:0] b6_l8_dq;
  reg [3:0] b6_l8_nq;
  reg [11:0] b6_l9_dq;
  reg [3:0] b6_l9_nq;
  reg [11:0] b6_l10_dq;
  reg [3:0] b6_l10_nq;
  reg [11:0] b6_l11_dq;
  reg [3:0] b6_l11_nq;
  reg [11:0] b6_l12_dq;
  reg [3:0] b6_l12_nq;
  reg [11:0] b6_l13_dq;
  reg [3:0] b6_l13_nq;
  reg [11:0] b6_l14_dq;
  reg [3:0] b6_l14_nq;
  reg [11:0] b6_l15_dq;
  reg [3:0] b6_l15_nq;
  reg [11:0] b7_l0_dq;
  reg [3:0] b7_l0_nq;
  reg [11:0] b7_l1_dq;
  reg [3:0] b7_l1_nq;
  reg [11:0] b7_l2_dq;
  reg [3:0] b7_l2_nq;
  reg [11:0] b7_l3_dq;
  reg [3:0] b7_l3_nq;
  reg [11:0] b7_l4_dq;
  reg [3:0] b7_l4_nq;
  reg [11:0] b7_l5_dq;
  reg [3:0] b7_l5_nq;
  reg [11:0] b7_l6_dq;
  reg [3:0] b7_l6_nq;
  reg [11:0] b7_l7_dq;
  reg [3:0] b7_l7_nq;
  reg [11:0] b7_l8_dq;
  reg [3:0] b7_l8_nq;
  reg [11:0] b7_l9_dq;
  reg [3:0] b7_l9_nq;
  reg [11:0] b7_l10_dq;
  reg [3:0] b7_l10_nq;
  reg [11:0] b7_l11_dq;
  reg [3:0] b7_l11_nq;
  reg [11:0] b7_l12_dq;
  reg [3:0] b7_l12_nq;
  reg [11:0] b7_l13_dq;
  reg [3:0] b7_l13_nq;
  reg [11:0] b7_l14_dq;
  reg [3:0] b7_l14_nq;
  reg [11:0] b7_l15_dq;
  reg [3:0] b7_l15_nq;
  reg [11:0] b8_l0_dq;
  reg [3:0] b8_l0_nq;
  reg [11:0] b8_l1_dq;
  reg [3:0] b8_l1_nq;
  reg [11:0] b8_l2_dq;
  reg [3:0] b8_l2_nq;
  reg [11:0] b8_l3_dq;
  reg [3:0] b8_l3_nq;
  reg [11:0] b8_l4_dq;
  reg [3:0] b8_l4_nq;
  reg [11:0] b8_l5_dq;
  reg [3:0] b8_l5_nq;
  reg [11:0] b8_l6_dq;
  reg [3:0] b8_l6_nq;
  reg [11:0] b8_l7_dq;
  reg [3:0] b8_l7_nq;
  reg [11:0] b8_l8_dq;
  reg [3:0] b8_l8_nq;
  reg [11:0] b8_l9_dq;
  reg [3:0] b8_l9_nq;
  reg [11:0] b8_l10_dq;
  reg [3:0] b8_l10_nq;
  reg [11:0] b8_l11_dq;
  reg [3:0] b8_l11_nq;
  reg [11:0] b8_l12_dq;
  reg [3:0] b8_l12_nq;
  reg [11:0] b8_l13_dq;
  reg [3:0] b8_l13_nq;
  reg [11:0] b8_l14_dq;
  reg [3:0] b8_l14_nq;
  reg [11:0] b8_l15_dq;
  reg [3:0] b8_l15_nq;
  reg [11:0] b9_l0_dq;
  reg [3:0] b9_l0_nq;
  reg [11:0] b9_l1_dq;
  reg [3:0] b9_l1_nq;
  reg [11:0] b9_l2_dq;
  reg [3:0] b9_l2_nq;
  reg [11:0] b9_l3_dq;
  reg [3:0] b9_l3_nq;
  reg [11:0] b9_l4_dq;
  reg [3:0] b9_l4_nq;
  reg [11:0] b9_l5_dq;
  reg [3:0] b9_l5_nq;
  reg [11:0] b9_l6_dq;
  reg [3:0] b9_l6_nq;
  reg [11:0] b9_l7_dq;
  reg [3:0] b9_l7_nq;
  reg [11:0] b9_l8_dq;
  reg [3:0] b9_l8_nq;
  reg [11:0] b9_l9_dq;
  reg [3:0] b9_l9_nq;
  reg [11:0] b9_l10_dq;
  reg [3:0] b9_l10_nq;
  reg [11:0] b9_l11_dq;
  reg [3:0] b9_l11_nq;
  reg [11:0] b9_l12_dq;
  reg [3:0] b9_l12_nq;
  reg [11:0] b9_l13_dq;
  reg [3:0] b9_l13_nq;
  reg [11:0] b9_l14_dq;
  reg [3:0] b9_l14_nq;
  reg [11:0] b9_l15_dq;
  reg [3:0] b9_l15_nq;
  reg [11:0] b10_l0_dq;
  reg [3:0] b10_l0_nq;
  reg [11:0] b10_l1_dq;
  reg [3:0] b10_l1_nq;
  reg [11:0] b10_l2_dq;
  reg [3:0] b10_l2_nq;
  reg [11:0] b10_l3_dq;
  reg [3:0] b10_l3_nq;
  reg [11:0] b10_l4_dq;
  reg [3:0] b10_l4_nq;
  reg [11:0] b10_l5_dq;
  reg [3:0] b10_l5_nq;
  reg [11:0] b10_l6_dq;
  reg [3:0] b10_l6_nq;
  reg [11:0] b10_l7_dq;
  reg [3:0] b10_l7_nq;
  reg [11:0] b10_l8_dq;
  reg [3:0] b10_l8_nq;
  reg [11:0] b10_l9_dq;
  reg [3:0] b10_l9_nq;
  reg [11:0] b10_l10_dq;
  reg [3:0] b10_l10_nq;
  reg [11:0] b10_l11_dq;
  reg [3:0] b10_l11_nq;
  reg [11:0] b10_l12_dq;
  reg [3:0] b10_l12_nq;
  reg [11:0] b10_l13_dq;
  reg [3:0] b10_l13_nq;
  reg [11:0] b10_l14_dq;
  reg [3:0] b10_l14_nq;
  reg [11:0] b10_l15_dq;
  reg [3:0] b10_l15_nq;
  reg [11:0] b11_l0_dq;
  reg [3:0] b11_l0_nq;
  reg [11:0] b11_l1_dq;
  reg [3:0] b11_l1_nq;
  reg [11:0] b11_l2_dq;
  reg [3:0] b11_l2_nq;
  reg [11:0] b11_l3_dq;
  reg [3:0] b11_l3_nq;
  reg [11:0] b11_l4_dq;
  reg [3:0] b11_l4_nq;
  reg [11:0] b11_l5_dq;
  reg [3:0] b11_l5_nq;
  reg [11:0] b11_l6_dq;
  reg [3:0] b11_l6_nq;
  reg [11:0] b11_l7_dq;
  reg [3:0] b11_l7_nq;
  reg [11:0] b11_l8_dq;
  reg [3:0] b11_l8_nq;
  reg [11:0] b11_l9_dq;
  reg [3:0] b11_l9_nq;
  reg [11:0] b11_l10_dq;
  reg [3:0] b11_l10_nq;
  reg [11:0] b11_l11_dq;
  reg [3:0] b11_l11_nq;
  reg [11:0] b11_l12_dq;
  reg [3:0] b11_l12_nq;
  reg [11:0] b11_l13_dq;
  reg [3:0] b11_l13_nq;
  reg [11:0] b11_l14_dq;
  reg [3:0] b11_l14_nq;
  reg [11:0] b11_l15_dq;
  reg [3:0] b11_l15_nq;
  reg [11:0] b12_l0_dq;
  reg [3:0] b12_l0_nq;
  reg [11:0] b12_l1_dq;
  reg [3:0] b12_l1_nq;
  reg [11:0] b12_l2_dq;
  reg [3:0] b12_l2_nq;
  reg [11:0] b12_l3_dq;
  reg [3:0] b12_l3_nq;
  reg [11:0] b12_l4_dq;
  reg [3:0] b12_l4_nq;
  reg [11:0] b12_l5_dq;
  reg [3:0] b12_l5_nq;
  reg [11:0] b12_l6_dq;
  reg [3:0] b12_l6_nq;
  reg [11:0] b12_l7_dq;
  reg [3:0] b12_l7_nq;
  reg [11:0] b12_l8_dq;
  reg [3:0] b12_l8_nq;
  reg [11:0] b12_l9_dq;
  reg [3:0] b12_l9_nq;
  reg [11:0] b12_l10_dq;
  reg [3:0] b12_l10_nq;
  reg [11:0] b12_l11_dq;
  reg [3:0] b12_l11_nq;
  reg [11:0] b12_l12_dq;
  reg [3:0] b12_l12_nq;
  reg [11:0] b12_l13_dq;
  reg [3:0] b12_l13_nq;
  reg [11:0] b12_l14_dq;
  reg [3:0] b12_l14_nq;
  reg [11:0] b12_l15_dq;
  reg [3:0] b12_l15_nq;
  reg [11:0] b13_l0_dq;
  reg [3:0] b13_l0_nq;
  reg [11:0] b13_l1_dq;
  reg [3:0] b13_l1_nq;
  reg [11:0] b13_l2_dq;
  reg [3:0] b13_l2_nq;
  reg [11:0] b13_l3_dq;
  reg [3:0] b13_l3_nq;
  reg [11:0] b13_l4_dq;
  reg [3:0] b13_l4_nq;
  reg [11:0] b13_l5_dq;
  reg [3:0] b13_l5_nq;
  reg [11:0] b13_l6_dq;
  reg [3:0] b13_l6_nq;
  reg [11:0] b13_l7_dq;
  reg [3:0] b13_l7_nq;
  reg [11:0] b13_l8_dq;
  reg [3:0] b13_l8_nq;
  reg [11:0] b13_l9_dq;
  reg [3:0] b13_l9_nq;
  reg [11:0] b13_l10_dq;
  reg [3:0] b13_l10_nq;
  reg [11:0] b13_l11_dq;
  reg [3:0] b13_l11_nq;
  reg [11:0] b13_l12_dq;
  reg [3:0] b13_l12_nq;
  reg [11:0] b13_l13_dq;
  reg [3:0] b13_l13_nq;
  reg [11:0] b13_l14_dq;
  reg [3:0] b13_l14_nq;
  reg [11:0] b13_l15_dq;
  reg [3:0] b13_l15_nq;
  reg [11:0] b14_l0_dq;
  reg [3:0] b14_l0_nq;
  reg [11:0] b14_l1_dq;
  reg [3:0] b14_l1_nq;
  reg [11:0] b14_l2_dq;
  reg [3:0] b14_l2_nq;
  reg [11:0] b14_l3_dq;
  reg [3:0] b14_l3_nq;
  reg [11:0] b14_l4_dq;
  reg [3:0] b14_l4_nq;
  reg [11:0] b14_l5_dq;
  reg [3:0] b14_l5_nq;
  reg [11:0] b14_l6_dq;
  reg [3:0] b14_l6_nq;
  reg [11:0] b14_l7_dq;
  reg [3:0] b14_l7_nq;
  reg [11:0] b14_l8_dq;
  reg [3:0] b14_l8_nq;
  reg [11:0] b14_l9_dq;
  reg [3:0] b14_l9_nq;
  reg [11:0] b14_l10_dq;
  reg [3:0] b14_l10_nq;
  reg [11:0] b14_l11_dq;
  reg [3:0] b14_l11_nq;
  reg [11:0] b14_l12_dq;
  reg [3:0] b14_l12_nq;
  reg [11:0] b14_l13_dq;
  reg [3:0] b14_l13_nq;
  reg [11:0] b14_l14_dq;
  reg [3:0] b14_l14_nq;
  reg [11:0] b14_l15_dq;
  reg [3:0] b14_l15_nq;
  reg [11:0] b15_l0_dq;
  reg [3:0] b15_l0_nq;
  reg [11:0] b15_l1_dq;
  reg [3:0] b15_l1_nq;
  reg [11:0] b15_l2_dq;
  reg [3:0] b15_l2_nq;
  reg [11:0] b15_l3_dq;
  reg [3:0] b15_l3_nq;
  reg [11:0] b15_l4_dq;
  reg [3:0] b15_l4_nq;
  reg [11:0] b15_l5_dq;
  reg [3:0] b15_l5_nq;
  reg [11:0] b15_l6_dq;
  reg [3:0] b15_l6_nq;
  reg [11:0] b15_l7_dq;
  reg [3:0] b15_l7_nq;
  reg [11:0] b15_l8_dq;
  reg [3:0] b15_l8_nq;
  reg [11:0] b15_l9_dq;
  reg [3:0] b15_l9_nq;
  reg [11:0] b15_l10_dq;
  reg [3:0] b15_l10_nq;
  reg [11:0] b15_l11_dq;
  reg [3:0] b15_l11_nq;
  reg [11:0] b15_l12_dq;
  reg [3:0] b15_l12_nq;
  reg [11:0] b15_l13_dq;
  reg [3:0] b15_l13_nq;
  reg [11:0] b15_l14_dq;
  reg [3:0] b15_l14_nq;
  reg [11:0] b15_l15_dq;
  reg [3:0] b15_l15_nq;
  reg [3:0] max_a0;
  reg [3:0] max_b0;
  reg [3:0] ci0;
  reg [3:0] cj0;
  reg done0;
  reg [3:0] max_a1;
  reg [3:0] max_b1;
  reg [3:0] ci1;
  reg [3:0] cj1;
  reg done1;
  reg [3:0] max_a2;
  reg [3:0] max_b2;
  reg [3:0] ci2;
  reg [3:0] cj2;
  reg done2;
  reg [3:0] max_a3;
  reg [3:0] max_b3;
  reg [3:0] ci3;
  reg [3:0] cj3;
  reg done3;
  reg [3:0] max_a4;
  reg [3:0] max_b4;
  reg [3:0] ci4;
  reg [3:0] cj4;
  reg done4;
  reg [3:0] max_a5;
  reg [3:0] max_b5;
  reg [3:0] ci5;
  reg [3:0] cj5;
  reg done5;
  reg [3:0] max_a6;
  reg [3:0] max_b6;
  reg [3:0] ci6;
  reg [3:0] cj6;
  reg done6;
  reg [3:0] max_a7;
  reg [3:0] max_b7;
  reg [3:0] ci7;
  reg [3:0] cj7;
  reg done7;
  reg [3:0] max_a8;
  reg [3:0] max_b8;
  reg [3:0] ci8;
  reg [3:0] cj8;
  reg done8;
  reg [3:0] max_a9;
  reg [3:0] max_b9;
  reg [3:0] ci9;
  reg [3:0] cj9;
  reg done9;
  reg [3:0] max_a10;
  reg [3:0] max_b10;
  reg [3:0] ci10;
  reg [3:0] cj10;
  reg done10;
  reg [3:0] max_a11;
  reg [3:0] max_b11;
  reg [3:0] ci11;
  reg [3:0] cj11;
  reg done11;
  reg [3:0] max_a12;
  reg [3:0] max_b12;
  reg [3:0] ci12;
  reg [3:0] cj12;
  reg done12;
  reg [3:0] max_a13;
  reg [3:0] max_b13;
  reg [3:0] ci13;
  reg [3:0] cj13;
  reg done13;
  reg [3:0] max_a14;
  reg [3:0] max_b14;
  reg [3:0] ci14;
  reg [3:0] cj14;
  reg done14;
  reg [3:0] max_a15;
  reg [3:0] max_b15;
  reg [3:0] ci15;
  reg [3:0] cj15;
  reg done15;
  reg sfirst;
  reg dl_f_last_q0;
  reg dl_dl_f_last_q1;
  reg dl_dl_dl_f_last_q2;
  reg dl_dl_dl_dl_f_last_q3;
  reg dl_dl_dl_dl_dl_f_last_q4;
  assign f_first = run & k_first & sfirst;
  assign f_last = run & k_end & k_last;
  assign dload = pre | (run & k_end);
  assign a_rd = pre | (run & ~k_last);
  assign a_idx = pre ? 32'd0 : kcnt + 32'd1;
  assign b_rd = pre | (run & ~k_last);
  assign b_idx = pre ? 32'd0 : kcnt + 32'd1;
  assign a0_l0_cnt = {3'd0, a0_l0_nzs[0]} + {3'd0, a0_l0_nzs[1]} + {3'd0, a0_l0_nzs[2]} + {3'd0, a0_l0_nzs[3]};
  assign a0_l0_h0 = a0_l0_nq[0] & (4'd0 == ci0);
  assign a0_l0_n0 = 4'd0 + {3'd0, a0_l0_nq[0]};
  assign a0_l0_h1 = a0_l0_nq[1] & (a0_l0_n0 == ci0);
  assign a0_l0_n1 = a0_l0_n0 + {3'd0, a0_l0_nq[1]};
  assign a0_l0_h2 = a0_l0_nq[2] & (a0_l0_n1 == ci0);
  assign a0_l0_n2 = a0_l0_n1 + {3'd0, a0_l0_nq[2]};
  assign a0_l0_h3 = a0_l0_nq[3] & (a0_l0_n2 == ci0);
  assign a0_l0_hit = a0_l0_h0 | a0_l0_h1 | a0_l0_h2 | a0_l0_h3;
  assign a0_l0_pos = ((a0_l0_h0 ? 2'd0 : 2'd0) | (a0_l0_h1 ? 2'd1 : 2'd0) | (a0_l0_h2 ? 2'd2 : 2'd0) | (a0_l0_h3 ? 2'd3 : 2'd0));
  assign a0_l0_dig = (({3{a0_l0_h0}} & a0_l0_dq[2:0]) | ({3{a0_l0_h1}} & a0_l0_dq[5:3]) | ({3{a0_l0_h2}} & a0_l0_dq[8:6]) | ({3{a0_l0_h3}} & a0_l0_dq[11:9]));
  assign a0_l0_e = {a0_l0_pos, a0_l0_dig[1]};
  assign a0_l0_t = {a0_l0_hit, a0_l0_dig[2], a0_l0_e};
  assign a0_l1_cnt = {3'd0, a0_l1_nzs[0]} + {3'd0, a0_l1_nzs[1]} + {3'd0, a0_l1_nzs[2]} + {3'd0, a0_l1_nzs[3]};
  assign a0_l1_h0 = a0_l1_nq[0] & (4'd0 == ci1);
  assign a0_l1_n0 = 4'd0 + {3'd0, a0_l1_nq[0]};
  assign a0_l1_h1 = a0_l1_nq[1] & (a0_l1_n0 == ci1);
  assign a0_l1_n1 = a0_l1_n0 + {3'd0, a0_l1_nq[1]};
  assign a0_l1_h2 = a0_l1_nq[2] & (a0_l1_n1 == ci1);
  assign a0_l1_n2 = a0_l1_n1 + {3'd0, a0_l1_nq[2]};
  assign a0_l1_h3 = a0_l1_nq[3] & (a0_l1_n2 == ci1);
  assign a0_l1_hit = a0_l1_h0 | a0_l1_h1 | a0_l1_h2 | a0_l1_h3;
  assign a0_l1_pos = ((a0_l1_h0 ? 2'd0 : 2'd0) | (a0_l1_h1 ? 2'd1 : 2'd0) | (a0_l1_h2 ? 2'd2 : 2'd0) | (a0_l1_h3 ? 2'd3 : 2'd0));
  assign a0_l1_dig = (({3{a0_l1_h0}} & a0_l1_dq[2:0]) | ({3{a0_l1_h1}} & a0_l1_dq[5:3]) | ({3{a0_l1_h2}} & a0_l1_dq[8:6]) | ({3{a0_l1_h3}} & a0_l1_dq[11:9]));
  assign a0_l1_e = {a0_l1_pos, a0_l1_dig[1]};
  assign a0_l1_t = {a0_l1_hit, a0_l1_dig[2], a0_l1_e};
  assign a0_l2_cnt = {3'd0, a0_l2_nzs[0]} + {3'd0, a0_l2_nzs[1]} + {3'd0, a0_l2_nzs[2]} + {3'd0, a0_l2_nzs[3]};
  assign a0_l2_h0 = a0_l2_nq[0] & (4'd0 == ci2);
  assign a0_l2_n0 = 4'd0 + {3'd0, a0_l2_nq[0]};
  assign a0_l2_h1 = a0_l2_nq[1] & (a0_l2_n0 == ci2);
  assign a0_l2_n1 = a0_l2_n0 + {3'd0, a0_l2_nq[1]};
  assign a0_l2_h2 = a0_l2_nq[2] & (a0_l2_n1 == ci2);
  assign a0_l2_n2 = a0_l2_n1 + {3'd0, a0_l2_nq[2]};
  assign a0_l2_h3 = a0_l2_nq[3] & (a0_l2_n2 == ci2);
  assign a0_l2_hit = a0_l2_h0 | a0_l2_h1 | a0_l2_h2 | a0_l2_h3;
  assign a0_l2_pos = ((a0_l2_h0 ? 2'd0 : 2'd0) | (a0_l2_h1 ? 2'd1 : 2'd0) | (a0_l2_h2 ? 2'd2 : 2'd0) | (a0_l2_h3 ? 2'd3 : 2'd0));
  assign a0_l2_dig = (({3{a0_l2_h0}} & a0_l2_dq[2:0]) | ({3{a0_l2_h1}} & a0_l2_dq[5:3]) | ({3{a0_l2_h2}} & a0_l2_dq[8:6]) | ({3{a0_l2_h3}} & a0_l2_dq[11:9]));
  assign a0_l2_e = {a0_l2_pos, a0_l2_dig[1]};
  assign a0_l2_t = {a0_l2_hit, a0_l2_dig[2], a0_l2_e};
  assign a0_l3_cnt = {3'd0, a0_l3_nzs[0]} + {3'd0, a0_l3_nzs[1]} + {3'd0, a0_l3_nzs[2]} + {3'd0, a0_l3_nzs[3]};
  assign a0_l3_h0 = a0_l3_nq[0] & (4'd0 == ci3);
  assign a0_l3_n0 = 4'd0 + {3'd0, a0_l3_nq[0]};
  assign a0_l3_h1 = a0_l3_nq[1] & (a0_l3_n0 == ci3);
  assign a0_l3_n1 = a0_l3_n0 + {3'd0, a0_l3_nq[1]};
  assign a0_l3_h2 = a0_l3_nq[2] & (a0_l3_n1 == ci3);
  assign a0_l3_n2 = a0_l3_n1 + {3'd0, a0_l3_nq[2]};
  assign a0_l3_h3 = a0_l3_nq[3] & (a0_l3_n2 == ci3);
  assign a0_l3_hit = a0_l3_h0 | a0_l3_h1 | a0_l3_h2 | a0_l3_h3;
  assign a0_l3_pos = ((a0_l3_h0 ? 2'd0 : 2'd0) | (a0_l3_h1 ? 2'd1 : 2'd0) | (a0_l3_h2 ? 2'd2 : 2'd0) | (a0_l3_h3 ? 2'd3 : 2'd0));
  assign a0_l3_dig = (({3{a0_l3_h0}} & a0_l3_dq[2:0]) | ({3{a0_l3_h1}} & a0_l3_dq[5:3]) | ({3{a0_l3_h2}} & a0_l3_dq[8:6]) | ({3{a0_l3_h3}} & a0_l3_dq[11:9]));
  assign a0_l3_e = {a0_l3_pos, a0_l3_dig[1]};
  assign a0_l3_t = {a0_l3_hit, a0_l3_dig[2], a0_l3_e};
  assign a0_l4_cnt = {3'd0, a0_l4_nzs[0]} + {3'd0, a0_l4_nzs[1]} + {3'd0, a0_l4_nzs[2]} + {3'd0, a0_l4_nzs[3]};
  assign a0_l4_h0 = a0_l4_nq[0] & (4'd0 == ci4);
  assign a0_l4_n0 = 4'd0 + {3'd0, a0_l4_nq[0]};
  assign a0_l4_h1 = a0_l4_nq[1] & (a0_l4_n0 == ci4);
  assign a0_l4_n1 = a0_l4_n0 + {3'd0, a0_l4_nq[1]};
  assign a0_l4_h2 = a0_l4_nq[2] & (a0_l4_n1 == ci4);
  assign a0_l4_n2 = a0_l4_n1 + {3'd0, a0_l4_nq[2]};
  assign a0_l4_h3 = a0_l4_nq[3] & (a0_l4_n2 == ci4);
  assign a0_l4_hit = a0_l4_h0 | a0_l4_h1 | a0_l4_h2 | a0_l4_h3;
  assign a0_l4_pos = ((a0_l4_h0 ? 2'd0 : 2'd0) | (a0_l4_h1 ? 2'd1 : 2'd0) | (a0_l4_h2 ? 2'd2 : 2'd0) | (a0_l4_h3 ? 2'd3 : 2'd0));
  assign a0_l4_dig = (({3{a0_l4_h0}} & a0_l4_dq[2:0]) | ({3{a0_l4_h1}} & a0_l4_dq[5:3]) | ({3{a0_l4_h2}} & a0_l4_dq[8:6]) | ({3{a0_l4_h3}} & a0_l4_dq[11:9]));
  assign a0_l4_e = {a0_l4_pos, a0_l4_dig[1]};
  assign a0_l4_t = {a0_l4_hit, a0_l4_dig[2], a0_l4_e};
  assign a0_l5_cnt = {3'd0, a0_l5_nzs[0]} + {3'd0, a0_l5_nzs[1]} + {3'd0, a0_l5_nzs[2]} + {3'd0, a0_l5_nzs[3]};
  assign a0_l5_h0 = a0_l5_nq[0] & (4'd0 == ci5);
  assign a0_l5_n0 = 4'd0 + {3'd0, a0_l5_nq[0]};
  assign a0_l5_h1 = a0_l5_nq[1] & (a0_l5_n0 == ci5);
  assign a0_l5_n1 = a0_l5_n0 + {3'd0, a0_l5_nq[1]};
  assign a0_l5_h2 = a0_l5_nq[2] & (a0_l5_n1 == ci5);
  assign a0_l5_n2 = a0_l5_n1 + {3'd0, a0_l5_nq[2]};
  assign a0_l5_h3 = a0_l5_nq[3] & (a0_l5_n2 == ci5);
  assign a0_l5_hit = a0_l5_h0 | a0_l5_h1 | a0_l5_h2 | a0_l5_h3;
  assign a0_l5_pos = ((a0_l5_h0 ? 2'd0 : 2'd0) | (a0_l5_h1 ? 2'd1 : 2'd0) | (a0_l5_h2 ? 2'd2 : 2'd0) | (a0_l5_h3 ? 2'd3 : 2'd0));
  assign a0_l5_dig = (({3{a0_l5_h0}} & a0_l5_dq[2:0]) | ({3{a0_l5_h1}} & a0_l5_dq[5:3]) | ({3{a0_l5_h2}} & a0_l5_dq[8:6]) | ({3{a0_l5_h3}} & a0_l5_dq[11:9]));
  assign a0_l5_e = {a0_l5_pos, a0_l5_dig[1]};
  assign a0_l5_t = {a0_l5_hit, a0_l5_dig[2], a0_l5_e};
  assign a0_l6_cnt = {3'd0, a0_l6_nzs[0]} + {3'd0, a0_l6_nzs[1]} + {3'd0, a0_l6_nzs[2]} + {3'd0, a0_l6_nzs[3]};
  assign a0_l6_h0 = a0_l6_nq[0] & (4'd0 == ci6);
  assign a0_l6_n0 = 4'd0 + {3'd0, a0_l6_nq[0]};
  assign a0_l6_h1 = a0_l6_nq[1] & (a0_l6_n0 == ci6);
  assign a0_l6_n1 = a0_l6_n0 + {3'd0, a0_l6_nq[1]};
  assign a0_l6_h2 = a0_l6_nq[2] & (a0_l6_n1 == ci6);
  assign a0_l6_n2 = a0_l6_n1 + {3'd0, a0_l6_nq[2]};
  assign a0_l6_h3 = a0_l6_nq[3] & (a0_l6_n2 == ci6);
  assign a0_l6_hit = a0_l6_h0 | a0_l6_h1 | a0_l6_h2 | a0_l6_h3;
  assign a0_l6_pos = ((a0_l6_h0 ? 2'd0 : 2'd0) | (a0_l6_h1 ? 2'd1 : 2'd0) | (a0_l6_h2 ? 2'd2 : 2'd0) | (a0_l6_h3 ? 2'd3 : 2'd0));
  assign a0_l6_dig = (({3{a0_l6_h0}} & a0_l6_dq[2:0]) | ({3{a0_l6_h1}} & a0_l6_dq[5:3]) | ({3{a0_l6_h2}} & a0_l6_dq[8:6]) | ({3{a0_l6_h3}} & a0_l6_dq[11:9]));
  assign a0_l6_e = {a0_l6_pos, a0_l6_dig[1]};
  assign a0_l6_t = {a0_l6_hit, a0_l6_dig[2], a0_l6_e};
  assign a0_l7_cnt = {3'd0, a0_l7_nzs[0]} + {3'd0, a0_l7_nzs[1]} + {3'd0, a0_l7_nzs[2]} + {3'd0, a0_l7_nzs[3]};
  assign a0_l7_h0 = a0_l7_nq[0] & (4'd0 == ci7);
  assign a0_l7_n0 = 4'd0 + {3'd0, a0_l7_nq[0]};
  assign a0_l7_h1 = a0_l7_nq[1] & (a0_l7_n0 == ci7);
  assign a0_l7_n1 = a0_l7_n0 + {3'd0, a0_l7_nq[1]};
  assign a0_l7_h2 = a0_l7_nq[2] & (a0_l7_n1 == ci7);
  assign a0_l7_n2 = a0_l7_n1 + {3'd0, a0_l7_nq[2]};
  assign a0_l7_h3 = a0_l7_nq[3] & (a0_l7_n2 == ci7);
  assign a0_l7_hit = a0_l7_h0 | a0_l7_h1 | a0_l7_h2 | a0_l7_h3;
  assign a0_l7_pos = ((a0_l7_h0 ? 2'd0 : 2'd0) | (a0_l7_h1 ? 2'd1 : 2'd0) | (a0_l7_h2 ? 2'd2 : 2'd0) | (a0_l7_h3 ? 2'd3 : 2'd0));
  assign a0_l7_dig = (({3{a0_l7_h0}} & a0_l7_dq[2:0]) | ({3{a0_l7_h1}} & a0_l7_dq[5:3]) | ({3{a0_l7_h2}} & a0_l7_dq[8:6]) | ({3{a0_l7_h3}} & a0_l7_dq[11:9]));
  assign a0_l7_e = {a0_l7_pos, a0_l7_dig[1]};
  assign a0_l7_t = {a0_l7_hit, a0_l7_dig[2], a0_l7_e};
  assign a0_l8_cnt = {3'd0, a0_l8_nzs[0]} + {3'd0, a0_l8_nzs[1]} + {3'd0, a0_l8_nzs[2]} + {3'd0, a0_l8_nzs[3]};
  assign a0_l8_h0 = a0_l8_nq[0] & (4'd0 == ci8);
  assign a0_l8_n0 = 4'd0 + {3'd0, a0_l8_nq[0]};
  assign a0_l8_h1 = a0_l8_nq[1] & (a0_l8_n0 == ci8);
  assign a0_l8_n1 = a0_l8_n0 + {3'd0, a0_l8_nq[1]};
  assign a0_l8_h2 = a0_l8_nq[2] & (a0_l8_n1 == ci8);
  assign a0_l8_n2 = a0_l8_n1 + {3'd0, a0_l8_nq[2]};
  assign a0_l8_h3 = a0_l8_nq[3] & (a0_l8_n2 == ci8);
  assign a0_l8_hit = a0_l8_h0 | a0_l8_h1 | a0_l8_h2 | a0_l8_h3;
  assign a0_l8_pos = ((a0_l8_h0 ? 2'd0 : 2'd0) | (a0_l8_h1 ? 2'd1 : 2'd0) | (a0_l8_h2 ? 2'd2 : 2'd0) | (a0_l8_h3 ? 2'd3 : 2'd0));
  assign a0_l8_dig = (({3{a0_l8_h0}} & a0_l8_dq[2:0]) | ({3{a0_l8_h1}} & a0_l8_dq[5:3]) | ({3{a0_l8_h2}} & a0_l8_dq[8:6]) | ({3{a0_l8_h3}} & a0_l8_dq[11:9]));
  assign a0_l8_e = {a0_l8_pos, a0_l8_dig[1]};
  assign a0_l8_t = {a0_l8_hit, a0_l8_dig[2], a0_l8_e};
  assign a0_l9_cnt = {3'd0, a0_l9_nzs[0]} + {3'd0, a0_l9_nzs[1]} + {3'd0, a0_l9_nzs[2]} + {3'd0, a0_l9_nzs[3]};
  assign a0_l9_h0 = a0_l9_nq[0] & (4'd0 == ci9);
  assign a0_l9_n0 = 4'd0 + {3'd0, a0_l9_nq[0]};
  assign a0_l9_h1 = a0_l9_nq[1] & (a0_l9_n0 == ci9);
  assign a0_l9_n1 = a0_l9_n0 + {3'd0, a0_l9_nq[1]};
  assign a0_l9_h2 = a0_l9_nq[2] & (a0_l9_n1 == ci9);
  assign a0_l9_n2 = a0_l9_n1 + {3'd0, a0_l9_nq[2]};
  assign a0_l9_h3 = a0_l9_nq[3] & (a0_l9_n2 == ci9);
  assign a0_l9_hit = a0_l9_h0 | a0_l9_h1 | a0_l9_h2 | a0_l9_h3;
  assign a0_l9_pos = ((a0_l9_h0 ? 2'd0 : 2'd0) | (a0_l9_h1 ? 2'd1 : 2'd0) | (a0_l9_h2 ? 2'd2 : 2'd0) | (a0_l9_h3 ? 2'd3 : 2'd0));
  assign a0_l9_dig = (({3{a0_l9_h0}} & a0_l9_dq[2:0]) | ({3{a0_l9_h1}} & a0_l9_dq[5:3]) | ({3{a0_l9_h2}} & a0_l9_dq[8:6]) | ({3{a0_l9_h3}} & a0_l9_dq[11:9]));
  assign a0_l9_e = {a0_l9_pos, a0_l9_dig[1]};
  assign a0_l9_t = {a0_l9_hit, a0_l9_dig[2], a0_l9_e};
  assign a0_l10_cnt = {3'd0, a0_l10_nzs[0]} + {3'd0, a0_l10_nzs[1]} + {3'd0, a0_l10_nzs[2]} + {3'd0, a0_l10_nzs[3]};
  assign a0_l10_h0 = a0_l10_nq[0] & (4'd0 == ci10);
  assign a0_l10_n0 = 4'd0 + {3'd0, a0_l10_nq[0]};
  assign a0_l10_h1 = a0_l10_nq[1] & (a0_l10_n0 == ci10);
  assign a0_l10_n1 = a0_l10_n0 + {3'd0, a0_l10_nq[1]};
  assign a0_l10_h2 = a0_l10_nq[2] & (a0_l10_n1 == ci10);
  assign a0_l10_n2 = a0_l10_n1 + {3'd0, a0_l10_nq[2]};
  assign a0_l10_h3 = a0_l10_nq[3] & (a0_l10_n2 == ci10);
  assign a0_l10_hit = a0_l10_h0 | a0_l10_h1 | a0_l10_h2 | a0_l10_h3;
  assign a0_l10_pos = ((a0_l10_h0 ? 2'd0 : 2'd0) | (a0_l10_h1 ? 2'd1 : 2'd0) | (a0_l10_h2 ? 2'd2 : 2'd0) | (a0_l10_h3 ? 2'd3 : 2'd0));
  assign a0_l10_dig = (({3{a0_l10_h0}} & a0_l10_dq[2:0]) | ({3{a0_l10_h1}} & a0_l10_dq[5:3]) | ({3{a0_l10_h2}} & a0_l10_dq[8:6]) | ({3{a0_l10_h3}} & a0_l10_dq[11:9]));
  assign a0_l10_e = {a0_l10_pos, a0_l10_dig[1]};
  assign a0_l10_t = {a0_l10_hit, a0_l10_dig[2], a0_l10_e};
  assign a0_l11_cnt = {3'd0, a0_l11_nzs[0]} + {3'd0, a0_l11_nzs[1]} + {3'd0, a0_l11_nzs[2]} + {3'd0, a0_l11_nzs[3]};
  assign a0_l11_h0 = a0_l11_nq[0] & (4'd0 == ci11);
  assign a0_l11_n0 = 4'd0 + {3'd0, a0_l11_nq[0]};
  assign a0_l11_h1 = a0_l11_nq[1] & (a0_l11_n0 == ci11);
  assign a0_l11_n1 = a0_l11_n0 + {3'd0, a0_l11_nq[1]};
  assign a0_l11_h2 = a0_l11_nq[2] & (a0_l11_n1 == ci11);
  assign a0_l11_n2 = a0_l11_n1 + {3'd0, a0_l11_nq[2]};
  assign a0_l11_h3 = a0_l11_nq[3] & (a0_l11_n2 == ci11);
  assign a0_l11_hit = a0_l11_h0 | a0_l11_h1 | a0_l11_h2 | a0_l11_h3;
  assign a0_l11_pos = ((a0_l11_h0 ? 2'd0 : 2'd0) | (a0_l11_h1 ? 2'd1 : 2'd0) | (a0_l11_h2 ? 2'd2 : 2'd0) | (a0_l11_h3 ? 2'd3 : 2'd0));
  assign a0_l11_dig = (({3{a0_l11_h0}} & a0_l11_dq[2:0]) | ({3{a0_l11_h1}} & a0_l11_dq[5:3]) | ({3{a0_l11_h2}} & a0_l11_dq[8:6]) | ({3{a0_l11_h3}} & a0_l11_dq[11:9]));
  assign a0_l11_e = {a0_l11_pos, a0_l11_dig[1]};
  assign a0_l11_t = {a0_l11_hit, a0_l11_dig[2], a0_l11_e};
  assign a0_l12_cnt = {3'd0, a0_l12_nzs[0]} + {3'd0, a0_l12_nzs[1]} + {3'd0, a0_l12_nzs[2]} + {3'd0, a0_l12_nzs[3]};
  assign a0_l12_h0 = a0_l12_nq[0] & (4'd0 == ci12);
  assign a0_l12_n0 = 4'd0 + {3'd0, a0_l12_nq[0]};
  assign a0_l12_h1 = a0_l12_nq[1] & (a0_l12_n0 == ci12);
  assign a0_l12_n1 = a0_l12_n0 + {3'd0, a0_l12_nq[1]};
  assign a0_l12_h2 = a0_l12_nq[2] & (a0_l12_n1 == ci12);
  assign a0_l12_n2 = a0_l12_n1 + {3'd0, a0_l12_nq[2]};
  assign a0_l12_h3 = a0_l12_nq[3] & (a0_l12_n2 == ci12);
  assign a0_l12_hit = a0_l12_h0 | a0_l12_h1 | a0_l12_h2 | a0_l12_h3;
  assign a0_l12_pos = ((a0_l12_h0 ? 2'd0 : 2'd0) | (a0_l12_h1 ? 2'd1 : 2'd0) | (a0_l12_h2 ? 2'd2 : 2'd0) | (a0_l12_h3 ? 2'd3 : 2'd0));
  assign a0_l12_dig = (({3{a0_l12_h0}} & a0_l12_dq[2:0]) | ({3{a0_l12_h1}} & a0_l12_dq[5:3]) | ({3{a0_l12_h2}} & a0_l12_dq[8:6]) | ({3{a0_l12_h3}} & a0_l12_dq[11:9]));
  assign a0_l12_e = {a0_l12_pos, a0_l12_dig[1]};
  assign a0_l12_t = {a0_l12_hit, a0_l12_dig[2], a0_l12_e};
  assign a0_l13_cnt = {3'd0, a0_l13_nzs[0]} + {3'd0, a0_l13_nzs[1]} + {3'd0, a0_l13_nzs[2]} + {3'd0, a0_l13_nzs[3]};
  assign a0_l13_h0 = a0_l13_nq[0] & (4'd0 == ci13);
  assign a0_l13_n0 = 4'd0 + {3'd0, a0_l13_nq[0]};
  assign a0_l13_h1 = a0_l13_nq[1] & (a0_l13_n0 == ci13);
  assign a0_l13_n1 = a0_l13_n0 + {3'd0, a0_l13_nq[1]};
  assign a0_l13_h2 = a0_l13_nq[2] & (a0_l13_n1 == ci13);
  assign a0_l13_n2 = a0_l13_n1 + {3'd0, a0_l13_nq[2]};
  assign a0_l13_h3 = a0_l13_nq[3] & (a0_l13_n2 == ci13);
  assign a0_l13_hit = a0_l13_h0 | a0_l13_h1 | a0_l13_h2 | a0_l13_h3;
  assign a0_l13_pos = ((a0_l13_h0 ? 2'd0 : 2'd0) | (a0_l13_h1 ? 2'd1 : 2'd0) | (a0_l13_h2 ? 2'd2 : 2'd0) | (a0_l13_h3 ? 2'd3 : 2'd0));
  assign a0_l13_dig = (({3{a0_l13_h0}} & a0_l13_dq[2:0]) | ({3{a0_l13_h1}} & a0_l13_dq[5:3]) | ({3{a0_l13_h2}} & a0_l13_dq[8:6]) | ({3{a0_l13_h3}} & a0_l13_dq[11:9]));
  assign a0_l13_e = {a0_l13_pos, a0_l13_dig[1]};
  assign a0_l13_t = {a0_l13_hit, a0_l13_dig[2], a0_l13_e};
  assign a0_l14_cnt = {3'd0, a0_l14_nzs[0]} + {3'd0, a0_l14_nzs[1]} + {3'd0, a0_l14_nzs[2]} + {3'd0, a0_l14_nzs[3]};
  assign a0_l14_h0 = a0_l14_nq[0] & (4'd0 == ci14);
  assign a0_l14_n0 = 4'd0 + {3'd0, a0_l14_nq[0]};
  assign a0_l14_h1 = a0_l14_nq[1] & (a0_l14_n0 == ci14);
  assign a0_l14_n1 = a0_l14_n0 + {3'd0, a0_l14_nq[1]};
  assign a0_l14_h2 = a0_l14_nq[2] & (a0_l14_n1 == ci14);
  assign a0_l14_n2 = a0_l14_n1 + {3'd0, a0_l14_nq[2]};
  assign a0_l14_h3 = a0_l14_nq[3] & (a0_l14_n2 == ci14);
  assign a0_l14_hit = a0_l14_h0 | a0_l14_h1 | a0_l14_h2 | a0_l14_h3;
  assign a0_l14_pos = ((a0_l14_h0 ? 2'd0 : 2'd0) | (a0_l14_h1 ? 2'd1 : 2'd0) | (a0_l14_h2 ? 2'd2 : 2'd0) | (a0_l14_h3 ? 2'd3 : 2'd0));
  assign a0_l14_dig = (({3{a0_l14_h0}} & a0_l14_dq[2:0]) | ({3{a0_l14_h1}} & a0_l14_dq[5:3]) | ({3{a0_l14_h2}} & a0_l14_dq[8:6]) | ({3{a0_l14_h3}} & a0_l14_dq[11:9]));
  assign a0_l14_e = {a0_l14_pos, a0_l14_dig[1]};
  assign a0_l14_t = {a0_l14_hit, a0_l14_dig[2], a0_l14_e};
  assign a0_l15_cnt = {3'd0, a0_l15_nzs[0]} + {3'd0, a0_l15_nzs[1]} + {3'd0, a0_l15_nzs[2]} + {3'd0, a0_l15_nzs[3]};
  assign a0_l15_h0 = a0_l15_nq[0] & (4'd0 == ci15);
  assign a0_l15_n0 = 4'd0 + {3'd0, a0_l15_nq[0]};
  assign a0_l15_h1 = a0_l15_nq[1] & (a0_l15_n0 == ci15);
  assign a0_l15_n1 = a0_l15_n0 + {3'd0, a0_l15_nq[1]};
  assign a0_l15_h2 = a0_l15_nq[2] & (a0_l15_n1 == ci15);
  assign a0_l15_n2 = a0_l15_n1 + {3'd0, a0_l15_nq[2]};
  assign a0_l15_h3 = a0_l15_nq[3] & (a0_l15_n2 == ci15);
  assign a0_l15_hit = a0_l15_h0 | a0_l15_h1 | a0_l15_h2 | a0_l15_h3;
  assign a0_l15_pos = ((a0_l15_h0 ? 2'd0 : 2'd0) | (a0_l15_h1 ? 2'd1 : 2'd0) | (a0_l15_h2 ? 2'd2 : 2'd0) | (a0_l15_h3 ? 2'd3 : 2'd0));
  assign a0_l15_dig = (({3{a0_l15_h0}} & a0_l15_dq[2:0]) | ({3{a0_l15_h1}} & a0_l15_dq[5:3]) | ({3{a0_l15_h2}} & a0_l15_dq[8:6]) | ({3{a0_l15_h3}} & a0_l15_dq[11:9]));
  assign a0_l15_e = {a0_l15_pos, a0_l15_dig[1]};
  assign a0_l15_t = {a0_l15_hit, a0_l15_dig[2], a0_l15_e};
  assign b0_l0_cnt = {3'd0, b0_l0_nzs[0]} + {3'd0, b0_l0_nzs[1]} + {3'd0, b0_l0_nzs[2]} + {3'd0, b0_l0_nzs[3]};
  assign b0_l0_h0 = b0_l0_nq[0] & (4'd0 == cj0);
  assign b0_l0_n0 = 4'd0 + {3'd0, b0_l0_nq[0]};
  assign b0_l0_h1 = b0_l0_nq[1] & (b0_l0_n0 == cj0);
  assign b0_l0_n1 = b0_l0_n0 + {3'd0, b0_l0_nq[1]};
  assign b0_l0_h2 = b0_l0_nq[2] & (b0_l0_n1 == cj0);
  assign b0_l0_n2 = b0_l0_n1 + {3'd0, b0_l0_nq[2]};
  assign b0_l0_h3 = b0_l0_nq[3] & (b0_l0_n2 == cj0);
  assign b0_l0_hit = b0_l0_h0 | b0_l0_h1 | b0_l0_h2 | b0_l0_h3;
  assign b0_l0_pos = ((b0_l0_h0 ? 2'd0 : 2'd0) | (b0_l0_h1 ? 2'd1 : 2'd0) | (b0_l0_h2 ? 2'd2 : 2'd0) | (b0_l0_h3 ? 2'd3 : 2'd0));
  assign b0_l0_dig = (({3{b0_l0_h0}} & b0_l0_dq[2:0]) | ({3{b0_l0_h1}} & b0_l0_dq[5:3]) | ({3{b0_l0_h2}} & b0_l0_dq[8:6]) | ({3{b0_l0_h3}} & b0_l0_dq[11:9]));
  assign b0_l0_e = {b0_l0_pos, b0_l0_dig[1]};
  assign b0_l0_t = {b0_l0_hit, b0_l0_dig[2], b0_l0_e};
  assign b0_l1_cnt = {3'd0, b0_l1_nzs[0]} + {3'd0, b0_l1_nzs[1]} + {3'd0, b0_l1_nzs[2]} + {3'd0, b0_l1_nzs[3]};
  assign b0_l1_h0 = b0_l1_nq[0] & (4'd0 == cj1);
  assign b0_l1_n0 = 4'd0 + {3'd0, b0_l1_nq[0]};
  assign b0_l1_h1 = b0_l1_nq[1] & (b0_l1_n0 == cj1);
  assign b0_l1_n1 = b0_l1_n0 + {3'd0, b0_l1_nq[1]};
  assign b0_l1_h2 = b0_l1_nq[2] & (b0_l1_n1 == cj1);
  assign b0_l1_n2 = b0_l1_n1 + {3'd0, b0_l1_nq[2]};
  assign b0_l1_h3 = b0_l1_nq[3] & (b0_l1_n2 == cj1);
  assign b0_l1_hit = b0_l1_h0 | b0_l1_h1 | b0_l1_h2 | b0_l1_h3;
  assign b0_l1_pos = ((b0_l1_h0 ? 2'd0 : 2'd0) | (b0_l1_h1 ? 2'd1 : 2'd0) | (b0_l1_h2 ? 2'd2 : 2'd0) | (b0_l1_h3 ? 2'd3 : 2'd0));
  assign b0_l1_dig = (({3{b0_l1_h0}} & b0_l1_dq[2:0]) | ({3{b0_l1_h1}} & b0_l1_dq[5:3]) | ({3{b0_l1_h2}} & b0_l1_dq[8:6]) | ({3{b0_l1_h3}} & b0_l1_dq[11:9]));
  assign b0_l1_e = {b0_l1_pos, b0_l1_dig[1]};
  assign b0_l1_t = {b0_l1_hit, b0_l1_dig[2], b0_l1_e};
  assign b0_l2_cnt = {3'd0, b0_l2_nzs[0]} + {3'd0, b0_l2_nzs[1]} + {3'd0, b0_l2_nzs[2]} + {3'd0, b0_l2_nzs[3]};
  assign b0_l2_h0 = b0_l2_nq[0] & (4'd0 == cj2);
  assign b0_l2_n0 = 4'd0 + {3'd0, b0_l2_nq[0]};
  assign b0_l2_h1 = b0_l2_nq[1] & (b0_l2_n0 == cj2);
  assign b0_l2_n1 = b0_l2_n0 + {3'd0, b0_l2_nq[1]};
  assign b0_l2_h2 = b0_l2_nq[2] & (b0_l2_n1 == cj2);
  assign b0_l2_n2 = b0_l2_n1 + {3'd0, b0_l2_nq[2]};
  assign b0_l2_h3 = b0_l2_nq[3] & (b0_l2_n2 == cj2);
  assign b0_l2_hit = b0_l2_h0 | b0_l2_h1 | b0_l2_h2 | b0_l2_h3;
  assign b0_l2_pos = ((b0_l2_h0 ? 2'd0 : 2'd0) | (b0_l2_h1 ? 2'd1 : 2'd0) | (b0_l2_h2 ? 2'd2 : 2'd0) | (b0_l2_h3 ? 2'd3 : 2'd0));
  assign b0_l2_dig = (({3{b0_l2_h0}} & b0_l2_dq[2:0]) | ({3{b0_l2_h1}} & b0_l2_dq[5:3]) | ({3{b0_l2_h2}} & b0_l2_dq[8:6]) | ({3{b0_l2_h3}} & b0_l2_dq[11:9]));
  assign b0_l2_e = {b0_l2_pos, b0_l2_dig[1]};
  assign b0_l2_t = {b0_l2_hit, b0_l2_dig[2], b0_l2_e};
  assign b0_l3_cnt = {3'd0, b0_l3_nzs[0]} + {3'd0, b0_l3_nzs[1]} + {3'd0, b0_l3_nzs[2]} + {3'd0, b0_l3_nzs[3]};
  assign b0_l3_h0 = b0_l3_nq[0] & (4'd0 == cj3);
  assign b0_l3_n0 = 4'd0 + {3'd0, b0_l3_nq[0]};
  assign b0_l3_h1 = b0_l3_nq[1] & (b0_l3_n0 == cj3);
  assign b0_l3_n1 = b0_l3_n0 + {3'd0, b0_l3_nq[1]};
  assign b0_l3_h2 = b0_l3_nq[2] & (b0_l3_n1 == cj3);
  assign b0_l3_n2 = b0_l3_n1 + {3'd0, b0_l3_nq[2]};
  assign b0_l3_h3 = b0_l3_nq[3] & (b0_l3_n2 == cj3);
  assign b0_l3_hit = b0_l3_h0 | b0_l3_h1 | b0_l3_h2 | b0_l3_h3;
  assign b0_l3_pos = ((b0_l3_h0 ? 2'd0 : 2'd0) | (b0_l3_h1 ? 2'd1 : 2'd0) | (b0_l3_h2 ? 2'd2 : 2'd0) | (b0_l3_h3 ? 2'd3 : 2'd0));
  assign b0_l3_dig = (({3{b0_l3_h0}} & b0_l3_dq[2:0]) | ({3{b0_l3_h1}} & b0_l3_dq[5:3]) | ({3{b0_l3_h2}} & b0_l3_dq[8:6]) | ({3{b0_l3_h3}} & b0_l3_dq[11:9]));
  assign b0_l3_e = {b0_l3_pos, b0_l3_dig[1]};
  assign b0_l3_t = {b0_l3_hit, b0_l3_dig[2], b0_l3_e};
  assign b0_l4_cnt = {3'd0, b0_l4_nzs[0]} + {3'd0, b0_l4_nzs[1]} + {3'd0, b0_l4_nzs[2]} + {3'd0, b0_l4_nzs[3]};
  assign b0_l4_h0 = b0_l4_nq[0] & (4'd0 == cj4);
  assign b0_l4_n0 = 4'd0 + {3'd0, b0_l4_nq[0]};
  assign b0_l4_h1 = b0_l4_nq[1] & (b0_l4_n0 == cj4);
  assign b0_l4_n1 = b0_l4_n0 + {3'd0, b0_l4_nq[1]};
  assign b0_l4_h2 = b0_l4_nq[2] & (b0_l4_n1 == cj4);
  assign b0_l4_n2 = b0_l4_n1 + {3'd0, b0_l4_nq[2]};
  assign b0_l4_h3 = b0_l4_nq[3] & (b0_l4_n2 == cj4);
  assign b0_l4_hit = b0_l4_h0 | b0_l4_h1 | b0_l4_h2 | b0_l4_h3;
  assign b0_l4_pos = ((b0_l4_h0 ? 2'd0 : 2'd0) | (b0_l4_h1 ? 2'd1 : 2'd0) | (b0_l4_h2 ? 2'd2 : 2'd0) | (b0_l4_h3 ? 2'd3 : 2'd0));
  assign b0_l4_dig = (({3{b0_l4_h0}} & b0_l4_dq[2:0]) | ({3{b0_l4_h1}} & b0_l4_dq[5:3]) | ({3{b0_l4_h2}} & b0_l4_dq[8:6]) | ({3{b0_l4_h3}} & b0_l4_dq[11:9]));
  assign b0_l4_e = {b0_l4_pos, b0_l4_dig[1]};
  assign b0_l4_t = {b0_l4_hit, b0_l4_dig[2], b0_l4_e};
  assign b0_l5_cnt = {3'd0, b0_l5_nzs[0]} + {3'd0, b0_l5_nzs[1]} + {3'd0, b0_l5_nzs[2]} + {3'd0, b0_l5_nzs[3]};
  assign b0_l5_h0 = b0_l5_nq[0] & (4'd0 == cj5);
  assign b0_l5_n0 = 4'd0 + {3'd0, b0_l5_nq[0]};
  assign b0_l5_h1 = b0_l5_nq[1] & (b0_l5_n0 == cj5);
  assign b0_l5_n1 = b0_l5_n0 + {3'd0, b0_l5_nq[1]};
  assign b0_l5_h2 = b0_l5_nq[2] & (b0_l5_n1 == cj5);
  assign b0_l5_n2 = b0_l5_n1 + {3'd0, b0_l5_nq[2]};
  assign b0_l5_h3 = b0_l5_nq[3] & (b0_l5_n2 == cj5);
  assign b0_l5_hit = b0_l5_h0 | b0_l5_h1 | b0_l5_h2 | b0_l5_h3;
  assign b0_l5_pos = ((b0_l5_h0 ? 2'd0 : 2'd0) | (b0_l5_h1 ? 2'd1 : 2'd0) | (b0_l5_h2 ? 2'd2 : 2'd0) | (b0_l5_h3 ? 2'd3 : 2'd0));
  assign b0_l5_dig = (({3{b0_l5_h0}} & b0_l5_dq[2:0]) | ({3{b0_l5_h1}} & b0_l5_dq[5:3]) | ({3{b0_l5_h2}} & b0_l5_dq[8:6]) | ({3{b0_l5_h3}} & b0_l5_dq[11:9]));
  assign b0_l5_e = {b0_l5_pos, b0_l5_dig[1]};
  assign b0_l5_t = {b0_l5_hit, b0_l5_dig[2], b0_l5_e};
  assign b0_l6_cnt = {3'd0, b0_l6_nzs[0]} + {3'd0, b0_l6_nzs[1]} + {3'd0, b0_l6_nzs[2]} + {3'd0, b0_l6_nzs[3]};
  assign b0_l6_h0 = b0_l6_nq[0] & (4'd0 == cj6);
  assign b0_l6_n0 = 4'd0 + {3'd0, b0_l6_nq[0]};
  assign b0_l6_h1 = b0_l6_nq[1] & (b0_l6_n0 == cj6);
  assign b0_l6_n1 = b0_l6_n0 + {3'd0, b0_l6_nq[1]};
  assign b0_l6_h2 = b0_l6_nq[2] & (b0_l6_n1 == cj6);
  assign b0_l6_n2 = b0_l6_n1 + {3'd0, b0_l6_nq[2]};
  assign b0_l6_h3 = b0_l6_nq[3] & (b0_l6_n2 == cj6);
  assign b0_l6_hit = b0_l6_h0 | b0_l6_h1 | b0_l6_h2 | b0_l6_h3;
  assign b0_l6_pos = ((b0_l6_h0 ? 2'd0 : 2'd0) | (b0_l6_h1 ? 2'd1 : 2'd0) | (b0_l6_h2 ? 2'd2 : 2'd0) | (b0_l6_h3 ? 2'd3 : 2'd0));
  assign b0_l6_dig = (({3{b0_l6_h0}} & b0_l6_dq[2:0]) | ({3{b0_l6_h1}} & b0_l6_dq[5:3]) | ({3{b0_l6_h2}} & b0_l6_dq[8:6]) | ({3{b0_l6_h3}} & b0_l6_dq[11:9]));
  assign b0_l6_e = {b0_l6_pos, b0_l6_dig[1]};
  assign b0_l6_t = {b0_l6_hit, b0_l6_dig[2], b0_l6_e};
  assign b0_l7_cnt = {3'd0, b0_l7_nzs[0]} + {3'd0, b0_l7_nzs[1]} + {3'd0, b0_l7_nzs[2]} + {3'd0, b0_l7_nzs[3]};
  assign b0_l7_h0 = b0_l7_nq[0] & (4'd0 == cj7);
  assign b0_l7_n0 = 4'd0 + {3'd0, b0_l7_nq[0]};
  assign b0_l7_h1 = b0_l7_nq[1] & (b0_l7_n0 == cj7);
  assign b0_l7_n1 = b0_l7_n0 + {3'd0, b0_l7_nq[1]};
  assign b0_l7_h2 = b0_l7_nq[2] & (b0_l7_n1 == cj7);
  assign b0_l7_n2 = b0_l7_n1 + {3'd0, b0_l7_nq[2]};
  assign b0_l7_h3 = b0_l7_nq[3] & (b0_l7_n2 == cj7);
  assign b0_l7_hit = b0_l7_h0 | b0_l7_h1 | b0_l7_h2 | b0_l7_h3;
  assign b0_l7_pos = ((b0_l7_h0 ? 2'd0 : 2'd0) | (b0_l7_h1 ? 2'd1 : 2'd0) | (b0_l7_h2 ? 2'd2 : 2'd0) | (b0_l7_h3 ? 2'd3 : 2'd0));
  assign b0_l7_dig = (({3{b0_l7_h0}} & b0_l7_dq[2:0]) | ({3{b0_l7_h1}} & b0_l7_dq[5:3]) | ({3{b0_l7_h2}} & b0_l7_dq[8:6]) | ({3{b0_l7_h3}} & b0_l7_dq[11:9]));
  assign b0_l7_e = {b0_l7_pos, b0_l7_dig[1]};
  assign b0_l7_t = {b0_l7_hit, b0_l7_dig[2], b0_l7_e};
  assign b0_l8_cnt = {3'd0, b0_l8_nzs[0]} + {3'd0, b0_l8_nzs[1]} + {3'd0, b0_l8_nzs[2]} + {3'd0, b0_l8_nzs[3]};
  assign b0_l8_h0 = b0_l8_nq[0] & (4'd0 == cj8);
  assign b0_l8_n0 = 4'd0 + {3'd0, b0_l8_nq[0]};
  assign b0_l8_h1 = b0_l8_nq[1] & (b0_l8_n0 == cj8);
  assign b0_l8_n1 = b0_l8_n0 + {3'd0, b0_l8_nq[1]};
  assign b0_l8_h2 = b0_l8_nq[2] & (b0_l8_n1 == cj8);
  assign b0_l8_n2 = b0_l8_n1 + {3'd0, b0_l8_nq[2]};
  assign b0_l8_h3 = b0_l8_nq[3] & (b0_l8_n2 == cj8);
  assign b0_l8_hit = b0_l8_h0 | b0_l8_h1 | b0_l8_h2 | b0_l8_h3;
  assign b0_l8_pos = ((b0_l8_h0 ? 2'd0 : 2'd0) | (b0_l8_h1 ? 2'd1 : 2'd0) | (b0_l8_h2 ? 2'd2 : 2'd0) | (b0_l8_h3 ? 2'd3 : 2'd0));
  assign b0_l8_dig = (({3{b0_l8_h0}} & b0_l8_dq[2:0]) | ({3{b0_l8_h1}} & b0_l8_dq[5:3]) | ({3{b0_l8_h2}} & b0_l8_dq[8:6]) | ({3{b0_l8_h3}} & b0_l8_dq[11:9]));
  assign b0_l8_e = {b0_l8_pos, b0_l8_dig[1]};
  assign b0_l8_t = {b0_l8_hit, b0_l8_dig[2], b0_l8_e};
  assign b0_l9_cnt = {3'd0, b0_l9_nzs[0]} + {3'd0, b0_l9_nzs[1]} + {3'd0, b0_l9_nzs[2]} + {3'd0, b0_l9_nzs[3]};
  assign b0_l9_h0 = b0_l9_nq[0] & (4'd0 == cj9);
  assign b0_l9_n0 = 4'd0 + {3'd0, b0_l9_nq[0]};
  assign b0_l9_h1 = b0_l9_nq[1] & (b0_l9_n0 == cj9);
  assign b0_l9_n1 = b0_l9_n0 + {3'd0, b0_l9_nq[1]};
  assign b0_l9_h2 = b0_l9_nq[2] & (b0_l9_n1 == cj9);
  assign b0_l9_n2 = b0_l9_n1 + {3'd0, b0_l9_nq[2]};
  assign b0_l9_h3 = b0_l9_nq[3] & (b0_l9_n2 == cj9);
  assign b0_l9_hit = b0_l9_h0 | b0_l9_h1 | b0_l9_h2 | b0_l9_h3;
  assign b0_l9_pos = ((b0_l9_h0 ? 2'd0 : 2'd0) | (b0_l9_h1 ? 2'd1 : 2'd0) | (b0_l9_h2 ? 2'd2 : 2'd0) | (b0_l9_h3 ? 2'd3 : 2'd0));
  assign b0_l9_dig = (({3{b0_l9_h0}} & b0_l9_dq[2:0]) | ({3{b0_l9_h1}} & b0_l9_dq[5:3]) | ({3{b0_l9_h2}} & b0_l9_dq[8:6]) | ({3{b0_l9_h3}} & b0_l9_dq[11:9]));
  assign b0_l9_e = {b0_l9_pos, b0_l9_dig[1]};
  assign b0_l9_t = {b0_l9_hit, b0_l9_dig[2], b0_l9_e};
  assign b0_l10_cnt = {3'd0, b0_l10_nzs[0]} + {3'd0, b0_l10_nzs[1]} + {3'd0, b0_l10_nzs[2]} + {3'd0, b0_l10_nzs[3]};
  assign b0_l10_h0 = b0_l10_nq[0] & (4'd0 == cj10);
  assign b0_l10_n0 = 4'd0 + {3'd0, b0_l10_nq[0]};
  assign b0_l10_h1 = b0_l10_nq[1] & (b0_l10_n0 == cj10);
  assign b0_l10_n1 = b0_l10_n0 + {3'd0, b0_l10_nq[1]};
  assign b0_l10_h2 = b0_l10_nq[2] & (b0_l10_n1 == cj10);
  assign b0_l10_n2 = b0_l10_n1 + {3'd0, b0_l10_nq[2]};
  assign b0_l10_h3 = b0_l10_nq[3] & (b0_l10_n2 == cj10);
  assign b0_l10_hit = b0_l10_h0 | b0_l10_h1 | b0_l10_h2 | b0_l10_h3;
  assign b0_l10_pos = ((b0_l10_h0 ? 2'd0 : 2'd0) | (b0_l10_h1 ? 2'd1 : 2'd0) | (b0_l10_h2 ? 2'd2 : 2'd0) | (b0_l10_h3 ? 2'd3 : 2'd0));
  assign b0_l10_dig = (({3{b0_l10_h0}} & b0_l10_dq[2:0]) | ({3{b0_l10_h1}} & b0_l10_dq[5:3]) | ({3{b0_l10_h2}} & b0_l10_dq[8:6]) | ({3{b0_l10_h3}} & b0_l10_dq[11:9]));
  assign b0_l10_e = {b0_l10_pos, b0_l10_dig[1]};
  assign b0_l10_t = {b0_l10_hit, b0_l10_dig[2], b0_l10_e};
  assign b0_l11_cnt = {3'd0, b0_l11_nzs[0]} + {3'd0, b0_l11_nzs[1]} + {3'd0, b0_l11_nzs[2]} + {3'd0, b0_l11_nzs[3]};
  assign b0_l11_h0 = b0_l11_nq[0] & (4'd0 == cj11);
  assign b0_l11_n0 = 4'd0 + {3'd0, b0_l11_nq[0]};
  assign b0_l11_h1 = b0_l11_nq[1] & (b0_l11_n0 == cj11);
  assign b0_l11_n1 = b0_l11_n0 + {3'd0, b0_l11_nq[1]};
  assign b0_l11_h2 = b0_l11_nq[2] & (b0_l11_n1 == cj11);
  assign b0_l11_n2 = b0_l11_n1 + {3'd0, b0_l11_nq[2]};
  assign b0_l11_h3 = b0_l11_nq[3] & (b0_l11_n2 == cj11);
  assign b0_l11_hit = b0_l11_h0 | b0_l11_h1 | b0_l11_h2 | b0_l11_h3;
  assign b0_l11_pos = ((b0_l11_h0 ? 2'd0 : 2'd0) | (b0_l11_h1 ? 2'd1 : 2'd0) | (b0_l11_h2 ? 2'd2 : 2'd0) | (b0_l11_h3 ? 2'd3 : 2'd0));
  assign b0_l11_dig = (({3{b0_l11_h0}} & b0_l11_dq[2:0]) | ({3{b0_l11_h1}} & b0_l11_dq[5:3]) | ({3{b0_l11_h2}} & b0_l11_dq[8:6]) | ({3{b0_l11_h3}} & b0_l11_dq[11:9]));
  assign b0_l11_e = {b0_l11_pos, b0_l11_dig[1]};
  assign b0_l11_t = {b0_l11_hit, b0_l11_dig[2], b0_l11_e};
  assign b0_l12_cnt = {3'd0, b0_l12_nzs[0]} + {3'd0, b0_l12_nzs[1]} + {3'd0, b0_l12_nzs[2]} + {3'd0, b0_l12_nzs[3]};
  assign b0_l12_h0 = b0_l12_nq[0] & (4'd0 == cj12);
  assign b0_l12_n0 = 4'd0 + {3'd0, b0_l12_nq[0]};
  assign b0_l12_h1 = b0_l12_nq[1] & (b0_l12_n0 == cj12);
  assign b0_l12_n1 = b0_l12_n0 + {3'd0, b0_l12_nq[1]};
  assign b0_l12_h2 = b0_l12_nq[2] & (b0_l12_n1 == cj12);
  assign b0_l12_n2 = b0_l12_n1 + {3'd0, b0_l12_nq[2]};
  assign b0_l12_h3 = b0_l12_nq[3] & (b0_l12_n2 == cj12);
  assign b0_l12_hit = b0_l12_h0 | b0_l12_h1 | b0_l12_h2 | b0_l12_h3;
  assign b0_l12_pos = ((b0_l12_h0 ? 2'd0 : 2'd0) | (b0_l12_h1 ? 2'd1 : 2'd0) | (b0_l12_h2 ? 2'd2 : 2'd0) | (b0_l12_h3 ? 2'd3 : 2'd0));
  assign b0_l12_dig = (({3{b0_l12_h0}} & b0_l12_dq[2:0]) | ({3{b0_l12_h1}} & b0_l12_dq[5:3]) | ({3{b0_l12_h2}} & b0_l12_dq[8:6]) | ({3{b0_l12_h3}} & b0_l12_dq[11:9]));
  assign b0_l12_e = {b0_l12_pos, b0_l12_dig[1]};
  assign b0_l12_t = {b0_l12_hit, b0_l12_dig[2], b0_l12_e};
  assign b0_l13_cnt = {3'd0, b0_l13_nzs[0]} + {3'd0, b0_l13_nzs[1]} + {3'd0, b0_l13_nzs[2]} + {3'd0, b0_l13_nzs[3]};
  assign b0_l13_h0 = b0_l13_nq[0] & (4'd0 == cj13);
  assign b0_l13_n0 = 4'd0 + {3'd0, b0_l13_nq[0]};
  assign b0_l13_h1 = b0_l13_nq[1] & (b0_l13_n0 == cj13);
  assign b0_l13_n1 = b0_l13_n0 + {3'd0, b0_l13_nq[1]};
  assign b0_l13_h2 = b0_l13_nq[2] & (b0_l13_n1 == cj13);
  assign b0_l13_n2 = b0_l13_n1 + {3'd0, b0_l13_nq[2]};
  assign b0_l13_h3 = b0_l13_nq[3] & (b0_l13_n2 == cj13);
  assign b0_l13_hit = b0_l13_h0 | b0_l13_h1 | b0_l13_h2 | b0_l13_h3;
  assign b0_l13_pos = ((b0_l13_h0 ? 2'd0 : 2'd0) | (b0_l13_h1 ? 2'd1 : 2'd0) | (b0_l13_h2 ? 2'd2 : 2'd0) | (b0_l13_h3 ? 2'd3 : 2'd0));
  assign b0_l13_dig = (({3{b0_l13_h0}} & b0_l13_dq[2:0]) | ({3{b0_l13_h1}} & b0_l13_dq[5:3]) | ({3{b0_l13_h2}} & b0_l13_dq[8:6]) | ({3{b0_l13_h3}} & b0_l13_dq[11:9]));
  assign b0_l13_e = {b0_l13_pos, b0_l13_dig[1]};
  assign b0_l13_t = {b0_l13_hit, b0_l13_dig[2], b0_l13_e};
  assign b0_l14_cnt = {3'd0, b0_l14_nzs[0]} + {3'd0, b0_l14_nzs[1]} + {3'd0, b0_l14_nzs[2]} + {3'd0, b0_l14_nzs[3]};
  assign b0_l14_h0 = b0_l14_nq[0] & (4'd0 == cj14);
  assign b0_l14_n0 = 4'd0 + {3'd0, b0_l14_nq[0]};
  assign b0_l14_h1 = b0_l14_nq[1] & (b0_l14_n0 == cj14);
  assign b0_l14_n1 = b0_l14_n0 + {3'd0, b0_l14_nq[1]};
  assign b0_l14_h2 = b0_l14_nq[2] & (b0_l14_n1 == cj14);
  assign b0_l14_n2 = b0_l14_n1 + {3'd0, b0_l14_nq[2]};
  assign b0_l14_h3 = b0_l14_nq[3] & (b0_l14_n2 == cj14);
  assign b0_l14_hit = b0_l14_h0 | b0_l14_h1 | b0_l14_h2 | b0_l14_h3;
  assign b0_l14_pos = ((b0_l14_h0 ? 2'd0 : 2'd0) | (b0_l14_h1 ? 2'd1 : 2'd0) | (b0_l14_h2 ? 2'd2 : 2'd0) | (b0_l14_h3 ? 2'd3 : 2'd0));
  assign b0_l14_dig = (({3{b0_l14_h0}} & b0_l14_dq[2:0]) | ({3{b0_l14_h1}} & b0_l14_dq[5:3]) | ({3{b0_l14_h2}} & b0_l14_dq[8:6]) | ({3{b0_l14_h3}} & b0_l14_dq[11:9]));
  assign b0_l14_e = {b0_l14_pos, b0_l14_dig[1]};
  assign b0_l14_t = {b0_l14_hit, b0_l14_dig[2], b0_l14_e};
  assign b0_l15_cnt = {3'd0, b0_l15_nzs[0]} + {3'd0, b0_l15_nzs[1]} + {3'd0, b0_l15_nzs[2]} + {3'd0, b0_l15_nzs[3]};
  assign b0_l15_h0 = b0_l15_nq[0] & (4'd0 == cj15);
  assign b0_l15_n0 = 4'd0 + {3'd0, b0_l15_nq[0]};
  assign b0_l15_h1 = b0_l15_nq[1] & (b0_l15_n0 == cj15);
  assign b0_l15_n1 = b0_l15_n0 + {3'd0, b0_l15_nq[1]};
  assign b0_l15_h2 = b0_l15_nq[2] & (b0_l15_n1 == cj15);
  assign b0_l15_n2 = b0_l15_n1 + {3'd0, b0_l15_nq[2]};
  assign b0_l15_h3 = b0_l15_nq[3] & (b0_l15_n2 == cj15);
  assign b0_l15_hit = b0_l15_h0 | b0_l15_h1 | b0_l15_h2 | b0_l15_h3;
  assign b0_l15_pos = ((b0_l15_h0 ? 2'd0 : 2'd0) | (b0_l15_h1 ? 2'd1 : 2'd0) | (b0_l15_h2 ? 2'd2 : 2'd0) | (b0_l15_h3 ? 2'd3 : 2'd0));
  assign b0_l15_dig = (({3{b0_l15_h0}} & b0_l15_dq[2:0]) | ({3{b0_l15_h1}} & b0_l15_dq[5:3]) | ({3{b0_l15_h2}} & b0_l15_dq[8:6]) | ({3{b0_l15_h3}} & b0_l15_dq[11:9]));
  assign b0_l15_e = {b0_l15_pos, b0_l15_dig[1]};
  assign b0_l15_t = {b0_l15_hit, b0_l15_dig[2], b0_l15_e};
  assign b1_l0_cnt = {3'd0, b1_l0_nzs[0]} + {3'd0, b1_l0_nzs[1]} + {3'd0, b1_l0_nzs[2]} + {3'd0, b1_l0_nzs[3]};
  assign b1_l0_h0 = b1_l0_nq[0] & (4'd0 == cj0);
  assign b1_l0_n0 = 4'd0 + {3'd0, b1_l0_nq[0]};
  assign b1_l0_h1 = b1_l0_nq[1] & (b1_l0_n0 == cj0);
  assign b1_l0_n1 = b1_l0_n0 + {3'd0, b1_l0_nq[1]};
  assign b1_l0_h2 = b1_l0_nq[2] & (b1_l0_n1 == cj0);
  assign b1_l0_n2 = b1_l0_n1 + {3'd0, b1_l0_nq[2]};
  assign b1_l0_h3 = b1_l0_nq[3] & (b1_l0_n2 == cj0);
  assign b1_l0_hit = b1_l0_h0 | b1_l0_h1 | b1_l0_h2 | b1_l0_h3;
  assign b1_l0_pos = ((b1_l0_h0 ? 2'd0 : 2'd0) | (b1_l0_h1 ? 2'd1 : 2'd0) | (b1_l0_h2 ? 2'd2 : 2'd0) | (b1_l0_h3 ? 2'd3 : 2'd0));
  assign b1_l0_dig = (({3{b1_l0_h0}} & b1_l0_dq[2:0]) | ({3{b1_l0_h1}} & b1_l0_dq[5:3]) | ({3{b1_l0_h2}} & b1_l0_dq[8:6]) | ({3{b1_l0_h3}} & b1_l0_dq[11:9]));
  assign b1_l0_e = {b1_l0_pos, b1_l0_dig[1]};
  assign b1_l0_t = {b1_l0_hit, b1_l0_dig[2], b1_l0_e};
  assign b1_l1_cnt = {3'd0, b1_l1_nzs[0]} + {3'd0, b1_l1_nzs[1]} + {3'd0, b1_l1_nzs[2]} + {3'd0, b1_l1_nzs[3]};
  assign b1_l1_h0 = b1_l1_nq[0] & (4'd0 == cj1);
  assign b1_l1_n0 = 4'd0 + {3'd0, b1_l1_nq[0]};
  assign b1_l1_h1 = b1_l1_nq[1] & (b1_l1_n0 == cj1);
  assign b1_l1_n1 = b1_l1_n0 + {3'd0, b1_l1_nq[1]};
  assign b1_l1_h2 = b1_l1_nq[2] & (b1_l1_n1 == cj1);
  assign b1_l1_n2 = b1_l1_n1 + {3'd0, b1_l1_nq[2]};
  assign b1_l1_h3 = b1_l1_nq[3] & (b1_l1_n2 == cj1);
  assign b1_l1_hit = b1_l1_h0 | b1_l1_h1 | b1_l1_h2 | b1_l1_h3;
  assign b1_l1_pos = ((b1_l1_h0 ? 2'd0 : 2'd0) | (b1_l1_h1 ? 2'd1 : 2'd0) | (b1_l1_h2 ? 2'd2 : 2'd0) | (b1_l1_h3 ? 2'd3 : 2'd0));
  assign b1_l1_dig = (({3{b1_l1_h0}} & b1_l1_dq[2:0]) | ({3{b1_l1_h1}} & b1_l1_dq[5:3]) | ({3{b1_l1_h2}} & b1_l1_dq[8:6]) | ({3{b1_l1_h3}} & b1_l1_dq[11:9]));
  assign b1_l1_e = {b1_l1_pos, b1_l1_dig[1]};
  assign b1_l1_t = {b1_l1_hit, b1_l1_dig[2], b1_l1_e};
  assign b1_l2_cnt = {3'd0, b1_l2_nzs[0]} + {3'd0, b1_l2_nzs[1]} + {3'd0, b1_l2_nzs[2]} + {3'd0, b1_l2_nzs[3]};
  assign b1_l2_h0 = b1_l2_nq[0] & (4'd0 == cj2);
  assign b1_l2_n0 = 4'd0 + {3'd0, b1_l2_nq[0]};
  assign b1_l2_h1 = b1_l2_nq[1] & (b1_l2_n0 == cj2);
  assign b1_l2_n1 = b1_l2_n0 + {3'd0, b1_l2_nq[1]};
  assign b1_l2_h2 = b1_l2_nq[2] & (b1_l2_n1 == cj2);
  assign b1_l2_n2 = b1_l2_n1 + {3'd0, b1_l2_nq[2]};
  assign b1_l2_h3 = b1_l2_nq[3] & (b1_l2_n2 == cj2);
  assign b1_l2_hit = b1_l2_h0 | b1_l2_h1 | b1_l2_h2 | b1_l2_h3;
  assign b1_l2_pos = ((b1_l2_h0 ? 2'd0 : 2'd0) | (b1_l2_h1 ? 2'd1 : 2'd0) | (b1_l2_h2 ? 2'd2 : 2'd0) | (b1_l2_h3 ? 2'd3 : 2'd0));
  assign b1_l2_dig = (({3{b1_l2_h0}} & b1_l2_dq[2:0]) | ({3{b1_l2_h1}} & b1_l2_dq[5:3]) | ({3{b1_l2_h2}} & b1_l2_dq[8:6]) | ({3{b1_l2_h3}} & b1_l2_dq[11:9]));
  assign b1_l2_e = {b1_l2_pos, b1_l2_dig[1]};
  assign b1_l2_t = {b1_l2_hit, b1_l2_dig[2], b1_l2_e};
  assign b1_l3_cnt = {3'd0, b1_l3_nzs[0]} + {3'd0, b1_l3_nzs[1]} + {3'd0, b1_l3_nzs[2]} + {3'd0, b1_l3_nzs[3]};
  assign b1_l3_h0 = b1_l3_nq[0] & (4'd0 == cj3);
  assign b1_l3_n0 = 4'd0 + {3'd0, b1_l3_nq[0]};
  assign b1_l3_h1 = b1_l3_nq[1] & (b1_l3_n0 == cj3);
  assign b1_l3_n1 = b1_l3_n0 + {3'd0, b1_l3_nq[1]};
  assign b1_l3_h2 = b1_l3_nq[2] & (b1_l3_n1 == cj3);
  assign b1_l3_n2 = b1_l3_n1 + {3'd0, b1_l3_nq[2]};
  assign b1_l3_h3 = b1_l3_nq[3] & (b1_l3_n2 == cj3);
  assign b1_l3_hit = b1_l3_h0 | b1_l3_h1 | b1_l3_h2 | b1_l3_h3;
  assign b1_l3_pos = ((b1_l3_h0 ? 2'd0 : 2'd0) | (b1_l3_h1 ? 2'd1 : 2'd0) | (b1_l3_h2 ? 2'd2 : 2'd0) | (b1_l3_h3 ? 2'd3 : 2'd0));
  assign b1_l3_dig = (({3{b1_l3_h0}} & b1_l3_dq[2:0]) | ({3{b1_l3_h1}} & b1_l3_dq[5:3]) | ({3{b1_l3_h2}} & b1_l3_dq[8:6]) | ({3{b1_l3_h3}} & b1_l3_dq[11:9]));
  assign b1_l3_e = {b1_l3_pos, b1_l3_dig[1]};
  assign b1_l3_t = {b1_l3_hit, b1_l3_dig[2], b1_l3_e};
  assign b1_l4_cnt = {3'd0, b1_l4_nzs[0]} + {3'd0, b1_l4_nzs[1]} + {3'd0, b1_l4_nzs[2]} + {3'd0, b1_l4_nzs[3]};
  assign b1_l4_h0 = b1_l4_nq[0] & (4'd0 == cj4);
  assign b1_l4_n0 = 4'd0 + {3'd0, b1_l4_nq[0]};
  assign b1_l4_h1 = b1_l4_nq[1] & (b1_l4_n0 == cj4);
  assign b1_l4_n1 = b1_l4_n0 + {3'd0, b1_l4_nq[1]};
  assign b1_l4_h2 = b1_l4_nq[2] & (b1_l4_n1 == cj4);
  assign b1_l4_n2 = b1_l4_n1 + {3'd0, b1_l4_nq[2]};
  assign b1_l4_h3 = b1_l4_nq[3] & (b1_l4_n2 == cj4);
  assign b1_l4_hit = b1_l4_h0 | b1_l4_h1 | b1_l4_h2 | b1_l4_h3;
  assign b1_l4_pos = ((b1_l4_h0 ? 2'd0 : 2'd0) | (b1_l4_h1 ? 2'd1 : 2'd0) | (b1_l4_h2 ? 2'd2 : 2'd0) | (b1_l4_h3 ? 2'd3 : 2'd0));
  assign b1_l4_dig = (({3{b1_l4_h0}} & b1_l4_dq[2:0]) | ({3{b1_l4_h1}} & b1_l4_dq[5:3]) | ({3{b1_l4_h2}} & b1_l4_dq[8:6]) | ({3{b1_l4_h3}} & b1_l4_dq[11:9]));
  assign b1_l4_e = {b1_l4_pos, b1_l4_dig[1]};
  assign b1_l4_t = {b1_l4_hit, b1_l4_dig[2], b1_l4_e};
  assign b1_l5_cnt = {3'd0, b1_l5_nzs[0]} + {3'd0, b1_l5_nzs[1]} + {3'd0, b1_l5_nzs[2]} + {3'd0, b1_l5_nzs[3]};
  assign b1_l5_h0 = b1_l5_nq[0] & (4'd0 == cj5);
  assign b1_l5_n0 = 4'd0 + {3'd0, b1_l5_nq[0]};
  assign b1_l5_h1 = b1_l5_nq[1] & (b1_l5_n0 == cj5);
  assign b1_l5_n1 = b1_l5_n0 + {3'd0, b1_l5_nq[1]};
  assign b1_l5_h2 = b1_l5_nq[2] & (b1_l5_n1 == cj5);
  assign b1_l5_n2 = b1_l5_n1 + {3'd0, b1_l5_nq[2]};
  assign b1_l5_h3 = b1_l5_nq[3] & (b1_l5_n2 == cj5);
  assign b1_l5_hit = b1_l5_h0 | b1_l5_h1 | b1_l5_h2 | b1_l5_h3;
  assign b1_l5_pos = ((b1_l5_h0 ? 2'd0 : 2'd0) | (b1_l5_h1 ? 2'd1 : 2'd0) | (b1_l5_h2 ? 2'd2 : 2'd0) | (b1_l5_h3 ? 2'd3 : 2'd0));
  assign b1_l5_dig = (({3{b1_l5_h0}} & b1_l5_dq[2:0]) | ({3{b1_l5_h1}} & b1_l5_dq[5:3]) | ({3{b1_l5_h2}} & b1_l5_dq[8:6]) | ({3{b1_l5_h3}} & b1_l5_dq[11:9]));
  assign b1_l5_e = {b1_l5_pos, b1_l5_dig[1]};
  assign b1_l5_t = {b1_l5_hit, b1_l5_dig[2], b1_l5_e};
  assign b1_l6_cnt = {3'd0, b1_l6_nzs[0]} + {3'd0, b1_l6_nzs[1]} + {3'd0, b1_l6_nzs[2]} + {3'd0, b1_l6_nzs[3]};
  assign b1_l6_h0 = b1_l6_nq[0] & (4'd0 == cj6);
  assign b1_l6_n0 = 4'd0 + {3'd0, b1_l6_nq[0]};
  assign b1_l6_h1 = b1_l6_nq[1] & (b1_l6_n0 == cj6);
  assign b1_l6_n1 = b1_l6_n0 + {3'd0, b1_l6_nq[1]};
  assign b1_l6_h2 = b1_l6_nq[2] & (b1_l6_n1 == cj6);
  assign b1_l6_n2 = b1_l6_n1 + {3'd0, b1_l6_nq[2]};
  assign b1_l6_h3 = b1_l6_nq[3] & (b1_l6_n2 == cj6);
  assign b1_l6_hit = b1_l6_h0 | b1_l6_h1 | b1_l6_h2 | b1_l6_h3;
  assign b1_l6_pos = ((b1_l6_h0 ? 2'd0 : 2'd0) | (b1_l6_h1 ? 2'd1 : 2'd0) | (b1_l6_h2 ? 2'd2 : 2'd0) | (b1_l6_h3 ? 2'd3 : 2'd0));
  assign b1_l6_dig = (({3{b1_l6_h0}} & b1_l6_dq[2:0]) | ({3{b1_l6_h1}} & b1_l6_dq[5:3]) | ({3{b1_l6_h2}} & b1_l6_dq[8:6]) | ({3{b1_l6_h3}} & b1_l6_dq[11:9]));
  assign b1_l6_e = {b1_l6_pos, b1_l6_dig[1]};
  assign b1_l6_t = {b1_l6_hit, b1_l6_dig[2], b1_l6_e};
  assign b1_l7_cnt = {3'd0, b1_l7_nzs[0]} + {3'd0, b1_l7_nzs[1]} + {3'd0, b1_l7_nzs[2]} + {3'd0, b1_l7_nzs[3]};
  assign b1_l7_h0 = b1_l7_nq[0] & (4'd0 == cj7);
  assign b1_l7_n0 = 4'd0 + {3'd0, b1_l7_nq[0]};
  assign b1_l7_h1 = b1_l7_nq[1] & (b1_l7_n0 == cj7);
  assign b1_l7_n1 = b1_l7_n0 + {3'd0, b1_l7_nq[1]};
  assign b1_l7_h2 = b1_l7_nq[2] & (b1_l7_n1 == cj7);
  assign b1_l7_n2 = b1_l7_n1 + {3'd0, b1_l7_nq[2]};
  assign b1_l7_h3 = b1_l7_nq[3] & (b1_l7_n2 == cj7);
  assign b1_l7_hit = b1_l7_h0 | b1_l7_h1 | b1_l7_h2 | b1_l7_h3;
  assign b1_l7_pos = ((b1_l7_h0 ? 2'd0 : 2'd0) | (b1_l7_h1 ? 2'd1 : 2'd0) | (b1_l7_h2 ? 2'd2 : 2'd0) | (b1_l7_h3 ? 2'd3 : 2'd0));
  assign b1_l7_dig = (({3{b1_l7_h0}} & b1_l7_dq[2:0]) | ({3{b1_l7_h1}} & b1_l7_dq[5:3]) | ({3{b1_l7_h2}} & b1_l7_dq[8:6]) | ({3{b1_l7_h3}} & b1_l7_dq[11:9]));
  assign b1_l7_e = {b1_l7_pos, b1_l7_dig[1]};
  assign b1_l7_t = {b1_l7_hit, b1_l7_dig[2], b1_l7_e};
  assign b1_l8_cnt = {3'd0, b1_l8_nzs[0]} + {3'd0, b1_l8_nzs[1]} + {3'd0, b1_l8_nzs[2]} + {3'd0, b1_l8_nzs[3]};
  assign b1_l8_h0 = b1_l8_nq[0] & (4'd0 == cj8);
  assign b1_l8_n0 = 4'd0 + {3'd0, b1_l8_nq[0]};
  assign b1_l8_h1 = b1_l8_nq[1] & (b1_l8_n0 == cj8);
  assign b1_l8_n1 = b1_l8_n0 + {3'd0, b1_l8_nq[1]};
  assign b1_l8_h2 = b1_l8_nq[2] & (b1_l8_n1 == cj8);
  assign b1_l8_n2 = b1_l8_n1 + {3'd0, b1_l8_nq[2]};
  assign b1_l8_h3 = b1_l8_nq[3] & (b1_l8_n2 == cj8);
  assign b1_l8_hit = b1_l8_h0 | b1_l8_h1 | b1_l8_h2 | b1_l8_h3;
  assign b1_l8_pos = ((b1_l8_h0 ? 2'd0 : 2'd0) | (b1_l8_h1 ? 2'd1 : 2'd0) | (b1_l8_h2 ? 2'd2 : 2'd0) | (b1_l8_h3 ? 2'd3 : 2'd0));
  assign b1_l8_dig = (({3{b1_l8_h0}} & b1_l8_dq[2:0]) | ({3{b1_l8_h1}} & b1_l8_dq[5:3]) | ({3{b1_l8_h2}} & b1_l8_dq[8:6]) | ({3{b1_l8_h3}} & b1_l8_dq[11:9]));
  assign b1_l8_e = {b1_l8_pos, b1_l8_dig[1]};
  assign b1_l8_t = {b1_l8_hit, b1_l8_dig[2], b1_l8_e};
  assign b1_l9_cnt = {3'd0, b1_l9_nzs[0]} + {3'd0, b1_l9_nzs[1]} + {3'd0, b1_l9_nzs[2]} + {3'd0, b1_l9_nzs[3]};
  assign b1_l9_h0 = b1_l9_nq[0] & (4'd0 == cj9);
  assign b1_l9_n0 = 4'd0 + {3'd0, b1_l9_nq[0]};
  assign b1_l9_h1 = b1_l9_nq[1] & (b1_l9_n0 == cj9);
  assign b1_l9_n1 = b1_l9_n0 + {3'd0, b1_l9_nq[1]};
  assign b1_l9_h2 = b1_l9_nq[2] & (b1_l9_n1 == cj9);
  assign b1_l9_n2 = b1_l9_n1 + {3'd0, b1_l9_nq[2]};
  assign b1_l9_h3 = b1_l9_nq[3] & (b1_l9_n2 == cj9);
  assign b1_l9_hit = b1_l9_h0 | b1_l9_h1 | b1_l9_h2 | b1_l9_h3;
  assign b1_l9_pos = ((b1_l9_h0 ? 2'd0 : 2'd0) | (b1_l9_h1 ? 2'd1 : 2'd0) | (b1_l9_h2 ? 2'd2 : 2'd0) | (b1_l9_h3 ? 2'd3 : 2'd0));
  assign b1_l9_dig = (({3{b1_l9_h0}} & b1_l9_dq[2:0]) | ({3{b1_l9_h1}} & b1_l9_dq[5:3]) | ({3{b1_l9_h2}} & b1_l9_dq[8:6]) | ({3{b1_l9_h3}} & b1_l9_dq[11:9]));
  assign b1_l9_e = {b1_l9_pos, b1_l9_dig[1]};
  assign b1_l9_t = {b1_l9_hit, b1_l9_dig[2], b1_l9_e};
  assign b1_l10_cnt = {3'd0, b1_l10_nzs[0]} + {3'd0, b1_l10_nzs[1]} + {3'd0, b1_l10_nzs[2]} + {3'd0, b1_l10_nzs[3]};
  assign b1_l10_h0 = b1_l10_nq[0] & (4'd0 == cj10);
  assign b1_l10_n0 = 4'd0 + {3'd0, b1_l10_nq[0]};
  assign b1_l10_h1 = b1_l10_nq[1] & (b1_l10_n0 == cj10);
  assign b1_l10_n1 = b1_l10_n0 + {3'd0, b1_l10_nq[1]};
  assign b1_l10_h2 = b1_l10_nq[2] & (b1_l10_n1 == cj10);
  assign b1_l10_n2 = b1_l10_n1 + {3'd0, b1_l10_nq[2]};
  assign b1_l10_h3 = b1_l10_nq[3] & (b1_l10_n2 == cj10);
  assign b1_l10_hit = b1_l10_h0 | b1_l10_h1 | b1_l10_h2 | b1_l10_h3;
  assign b1_l10_pos = ((b1_l10_h0 ? 2'd0 : 2'd0) | (b1_l10_h1 ? 2'd1 : 2'd0) | (b1_l10_h2 ? 2'd2 : 2'd0) | (b1_l10_h3 ? 2'd3 : 2'd0));
  assign b1_l10_dig = (({3{b1_l10_h0}} & b1_l10_dq[2:0]) | ({3{b1_l10_h1}} & b1_l10_dq[5:3]) | ({3{b1_l10_h2}} & b1_l10_dq[8:6]) | ({3{b1_l10_h3}} & b1_l10_dq[11:9]));
  assign b1_l10_e = {b1_l10_pos, b1_l10_dig[1]};
  assign b1_l10_t = {b1_l10_hit, b1_l10_dig[2], b1_l10_e};
  assign b1_l11_cnt = {3'd0, b1_l11_nzs[0]} + {3'd0, b1_l11_nzs[1]} + {3'd0, b1_l11_nzs[2]} + {3'd0, b1_l11_nzs[3]};
  assign b1_l11_h0 = b1_l11_nq[0] & (4'd0 == cj11);
  assign b1_l11_n0 = 4'd0 + {3'd0, b1_l11_nq[0]};
  assign b1_l11_h1 = b1_l11_nq[1] & (b1_l11_n0 == cj11);
  assign b1_l11_n1 = b1_l11_n0 + {3'd0, b1_l11_nq[1]};
  assign b1_l11_h2 = b1_l11_nq[2] & (b1_l11_n1 == cj11);
  assign b1_l11_n2 = b1_l11_n1 + {3'd0, b1_l11_nq[2]};
  assign b1_l11_h3 = b1_l11_nq[3] & (b1_l11_n2 == cj11);
  assign b1_l11_hit = b1_l11_h0 | b1_l11_h1 | b1_l11_h2 | b1_l11_h3;
  assign b1_l11_pos = ((b1_l11_h0 ? 2'd0 : 2'd0) | (b1_l11_h1 ? 2'd1 : 2'd0) | (b1_l11_h2 ? 2'd2 : 2'd0) | (b1_l11_h3 ? 2'd3 : 2'd0));
  assign b1_l11_dig = (({3{b1_l11_h0}} & b1_l11_dq[2:0]) | ({3{b1_l11_h1}} & b1_l11_dq[5:3]) | ({3{b1_l11_h2}} & b1_l11_dq[8:6]) | ({3{b1_l11_h3}} & b1_l11_dq[11:9]));
  assign b1_l11_e = {b1_l11_pos, b1_l11_dig[1]};
  assign b1_l11_t = {b1_l11_hit, b1_l11_dig[2], b1_l11_e};
  assign b1_l12_cnt = {3'd0, b1_l12_nzs[0]} + {3'd0, b1_l12_nzs[1]} + {3'd0, b1_l12_nzs[2]} + {3'd0, b1_l12_nzs[3]};
  assign b1_l12_h0 = b1_l12_nq[0] & (4'd0 == cj12);
  assign b1_l12_n0 = 4'd0 + {3'd0, b1_l12_nq[0]};
  assign b1_l12_h1 = b1_l12_nq[1] & (b1_l12_n0 == cj12);
  assign b1_l12_n1 = b1_l12_n0 + {3'd0, b1_l12_nq[1]};
  assign b1_l12_h2 = b1_l12_nq[2] & (b1_l12_n1 == cj12);
  assign b1_l12_n2 = b1_l12_n1 + {3'd0, b1_l12_nq[2]};
  assign b1_l12_h3 = b1_l12_nq[3] & (b1_l12_n2 == cj12);
  assign b1_l12_hit = b1_l12_h0 | b1_l12_h1 | b1_l12_h2 | b1_l12_h3;
  assign b1_l12_pos = ((b1_l12_h0 ? 2'd0 : 2'd0) | (b1_l12_h1 ? 2'd1 : 2'd0) | (b1_l12_h2 ? 2'd2 : 2'd0) | (b1_l12_h3 ? 2'd3 : 2'd0));
  assign b1_l12_dig = (({3{b1_l12_h0}} & b1_l12_dq[2:0]) | ({3{b1_l12_h1}} & b1_l12_dq[5:3]) | ({3{b1_l12_h2}} & b1_l12_dq[8:6]) | ({3{b1_l12_h3}} & b1_l12_dq[11:9]));
  assign b1_l12_e = {b1_l12_pos, b1_l12_dig[1]};
  assign b1_l12_t = {b1_l12_hit, b1_l12_dig[2], b1_l12_e};
  assign b1_l13_cnt = {3'd0, b1_l13_nzs[0]} + {3'd0, b1_l13_nzs[1]} + {3'd0, b1_l13_nzs[2]} + {3'd0, b1_l13_nzs[3]};
  assign b1_l13_h0 = b1_l13_nq[0] & (4'd0 == cj13);
  assign b1_l13_n0 = 4'd0 + {3'd0, b1_l13_nq[0]};
  assign b1_l13_h1 = b1_l13_nq[1] & (b1_l13_n0 == cj13);
  assign b1_l13_n1 = b1_l13_n0 + {3'd0, b1_l13_nq[1]};
  assign b1_l13_h2 = b1_l13_nq[2] & (b1_l13_n1 == cj13);
  assign b1_l13_n2 = b1_l13_n1 + {3'd0, b1_l13_nq[2]};
  assign b1_l13_h3 = b1_l13_nq[3] & (b1_l13_n2 == cj13);
  assign b1_l13_hit = b1_l13_h0 | b1_l13_h1 | b1_l13_h2 | b1_l13_h3;
  assign b1_l13_pos = ((b1_l13_h0 ? 2'd0 : 2'd0) | (b1_l13_h1 ? 2'd1 : 2'd0) | (b1_l13_h2 ? 2'd2 : 2'd0) | (b1_l13_h3 ? 2'd3 : 2'd0));
  assign b1_l13_dig = (({3{b1_l13_h0}} & b1_l13_dq[2:0]) | ({3{b1_l13_h1}} & b1_l13_dq[5:3]) | ({3{b1_l13_h2}} & b1_l13_dq[8:6]) | ({3{b1_l13_h3}} & b1_l13_dq[11:9]));
  assign b1_l13_e = {b1_l13_pos, b1_l13_dig[1]};
  assign b1_l13_t = {b1_l13_hit, b1_l13_dig[2], b1_l13_e};
  assign b1_l14_cnt = {3'd0, b1_l14_nzs[0]} + {3'd0, b1_l14_nzs[1]} + {3'd0, b1_l14_nzs[2]} + {3'd0, b1_l14_nzs[3]};
  assign b1_l14_h0 = b1_l14_nq[0] & (4'd0 == cj14);
  assign b1_l14_n0 = 4'd0 + {3'd0, b1_l14_nq[0]};
  assign b1_l14_h1 = b1_l14_nq[1] & (b1_l14_n0 == cj14);
  assign b1_l14_n1 = b1_l14_n0 + {3'd0, b1_l14_nq[1]};
  assign b1_l14_h2 = b1_l14_nq[2] & (b1_l14_n1 == cj14);
  assign b1_l14_n2 = b1_l14_n1 + {3'd0, b1_l14_nq[2]};
  assign b1_l14_h3 = b1_l14_nq[3] & (b1_l14_n2 == cj14);
  assign b1_l14_hit = b1_l14_h0 | b1_l14_h1 | b1_l14_h2 | b1_l14_h3;
  assign b1_l14_pos = ((b1_l14_h0 ? 2'd0 : 2'd0) | (b1_l14_h1 ? 2'd1 : 2'd0) | (b1_l14_h2 ? 2'd2 : 2'd0) | (b1_l14_h3 ? 2'd3 : 2'd0));
  assign b1_l14_dig = (({3{b1_l14_h0}} & b1_l14_dq[2:0]) | ({3{b1_l14_h1}} & b1_l14_dq[5:3]) | ({3{b1_l14_h2}} & b1_l14_dq[8:6]) | ({3{b1_l14_h3}} & b1_l14_dq[11:9]));
  assign b1_l14_e = {b1_l14_pos, b1_l14_dig[1]};
  assign b1_l14_t = {b1_l14_hit, b1_l14_dig[2], b1_l14_e};
  assign b1_l15_cnt = {3'd0, b1_l15_nzs[0]} + {3'd0, b1_l15_nzs[1]} + {3'd0, b1_l15_nzs[2]} + {3'd0, b1_l15_nzs[3]};
  assign b1_l15_h0 = b1_l15_nq[0] & (4'd0 == cj15);
  assign b1_l15_n0 = 4'd0 + {3'd0, b1_l15_nq[0]};
  assign b1_l15_h1 = b1_l15_nq[1] & (b1_l15_n0 == cj15);
  assign b1_l15_n1 = b1_l15_n0 + {3'd0, b1_l15_nq[1]};
  assign b1_l15_h2 = b1_l15_nq[2] & (b1_l15_n1 == cj15);
  assign b1_l15_n2 = b1_l15_n1 + {3'd0, b1_l15_nq[2]};
  assign b1_l15_h3 = b1_l15_nq[3] & (b1_l15_n2 == cj15);
  assign b1_l15_hit = b1_l15_h0 | b1_l15_h1 | b1_l15_h2 | b1_l15_h3;
  assign b1_l15_pos = ((b1_l15_h0 ? 2'd0 : 2'd0) | (b1_l15_h1 ? 2'd1 : 2'd0) | (b1_l15_h2 ? 2'd2 : 2'd0) | (b1_l15_h3 ? 2'd3 : 2'd0));
  assign b1_l15_dig = (({3{b1_l15_h0}} & b1_l15_dq[2:0]) | ({3{b1_l15_h1}} & b1_l15_dq[5:3]) | ({3{b1_l15_h2}} & b1_l15_dq[8:6]) | ({3{b1_l15_h3}} & b1_l15_dq[11:9]));
  assign b1_l15_e = {b1_l15_pos, b1_l15_dig[1]};
  assign b1_l15_t = {b1_l15_hit, b1_l15_dig[2], b1_l15_e};
  assign b2_l0_cnt = {3'd0, b2_l0_nzs[0]} + {3'd0, b2_l0_nzs[1]} + {3'd0, b2_l0_nzs[2]} + {3'd0, b2_l0_nzs[3]};
  assign b2_l0_h0 = b2_l0_nq[0] & (4'd0 == cj0);
  assign b2_l0_n0 = 4'd0 + {3'd0, b2_l0_nq[0]};
  assign b2_l0_h1 = b2_l0_nq[1] & (b2_l0_n0 == cj0);
  assign b2_l0_n1 = b2_l0_n0 + {3'd0, b2_l0_nq[1]};
  assign b2_l0_h2 = b2_l0_nq[2] & (b2_l0_n1 == cj0);
  assign b2_l0_n2 = b2_l0_n1 + {3'd0, b2_l0_nq[2]};
  assign b2_l0_h3 = b2_l0_nq[3] & (b2_l0_n2 == cj0);
  assign b2_l0_hit = b2_l0_h0 | b2_l0_h1 | b2_l0_h2 | b2_l0_h3;
  assign b2_l0_pos = ((b2_l0_h0 ? 2'd0 : 2'd0) | (b2_l0_h1 ? 2'd1 : 2'd0) | (b2_l0_h2 ? 2'd2 : 2'd0) | (b2_l0_h3 ? 2'd3 : 2'd0));
  assign b2_l0_dig = (({3{b2_l0_h0}} & b2_l0_dq[2:0]) | ({3{b2_l0_h1}} & b2_l0_dq[5:3]) | ({3{b2_l0_h2}} & b2_l0_dq[8:6]) | ({3{b2_l0_h3}} & b2_l0_dq[11:9]));
  assign b2_l0_e = {b2_l0_pos, b2_l0_dig[1]};
  assign b2_l0_t = {b2_l0_hit, b2_l0_dig[2], b2_l0_e};
  assign b2_l1_cnt = {3'd0, b2_l1_nzs[0]} + {3'd0, b2_l1_nzs[1]} + {3'd0, b2_l1_nzs[2]} + {3'd0, b2_l1_nzs[3]};
  assign b2_l1_h0 = b2_l1_nq[0] & (4'd0 == cj1);
  assign b2_l1_n0 = 4'd0 + {3'd0, b2_l1_nq[0]};
  assign b2_l1_h1 = b2_l1_nq[1] & (b2_l1_n0 == cj1);
  assign b2_l1_n1 = b2_l1_n0 + {3'd0, b2_l1_nq[1]};
  assign b2_l1_h2 = b2_l1_nq[2] & (b2_l1_n1 == cj1);
  assign b2_l1_n2 = b2_l1_n1 + {3'd0, b2_l1_nq[2]};
  assign b2_l1_h3 = b2_l1_nq[3] & (b2_l1_n2 == cj1);
  assign b2_l1_hit = b2_l1_h0 | b2_l1_h1 | b2_l1_h2 | b2_l1_h3;
  assign b2_l1_pos = ((b2_l1_h0 ? 2'd0 : 2'd0) | (b2_l1_h1 ? 2'd1 : 2'd0) | (b2_l1_h2 ? 2'd2 : 2'd0) | (b2_l1_h3 ? 2'd3 : 2'd0));
  assign b2_l1_dig = (({3{b2_l1_h0}} & b2_l1_dq[2:0]) | ({3{b2_l1_h1}} & b2_l1_dq[5:3]) | ({3{b2_l1_h2}} & b2_l1_dq[8:6]) | ({3{b2_l1_h3}} & b2_l1_dq[11:9]));
  assign b2_l1_e = {b2_l1_pos, b2_l1_dig[1]};
  assign b2_l1_t = {b2_l1_hit, b2_l1_dig[2], b2_l1_e};
  assign b2_l2_cnt = {3'd0, b2_l2_nzs[0]} + {3'd0, b2_l2_nzs[1]} + {3'd0, b2_l2_nzs[2]} + {3'd0, b2_l2_nzs[3]};
  assign b2_l2_h0 = b2_l2_nq[0] & (4'd0 == cj2);
  assign b2_l2_n0 = 4'd0 + {3'd0, b2_l2_nq[0]};
  assign b2_l2_h1 = b2_l2_nq[1] & (b2_l2_n0 == cj2);
  assign b2_l2_n1 = b2_l2_n0 + {3'd0, b2_l2_nq[1]};
  assign b2_l2_h2 = b2_l2_nq[2] & (b2_l2_n1 == cj2);
  assign b2_l2_n2 = b2_l2_n1 + {3'd0, b2_l2_nq[2]};
  assign b2_l2_h3 = b2_l2_nq[3] & (b2_l2_n2 == cj2);
  assign b2_l2_hit = b2_l2_h0 | b2_l2_h1 | b2_l2_h2 | b2_l2_h3;
  assign b2_l2_pos = ((b2_l2_h0 ? 2'd0 : 2'd0) | (b2_l2_h1 ? 2'd1 : 2'd0) | (b2_l2_h2 ? 2'd2 : 2'd0) | (b2_l2_h3 ? 2'd3 : 2'd0));
  assign b2_l2_dig = (({3{b2_l2_h0}} & b2_l2_dq[2:0]) | ({3{b2_l2_h1}} & b2_l2_dq[5:3]) | ({3{b2_l2_h2}} & b2_l2_dq[8:6]) | ({3{b2_l2_h3}} & b2_l2_dq[11:9]));
  assign b2_l2_e = {b2_l2_pos, b2_l2_dig[1]};
  assign b2_l2_t = {b2_l2_hit, b2_l2_dig[2], b2_l2_e};
  assign b2_l3_cnt = {3'd0, b2_l3_nzs[0]} + {3'd0, b2_l3_nzs[1]} + {3'd0, b2_l3_nzs[2]} + {3'd0, b2_l3_nzs[3]};
  assign b2_l3_h0 = b2_l3_nq[0] & (4'd0 == cj3);
  assign b2_l3_n0 = 4'd0 + {3'd0, b2_l3_nq[0]};
  assign b2_l3_h1 = b2_l3_nq[1] & (b2_l3_n0 == cj3);
  assign b2_l3_n1 = b2_l3_n0 + {3'd0, b2_l3_nq[1]};
  assign b2_l3_h2 = b2_l3_nq[2] & (b2_l3_n1 == cj3);
  assign b2_l3_n2 = b2_l3_n1 + {3'd0, b2_l3_nq[2]};
  assign b2_l3_h3 = b2_l3_nq[3] & (b2_l3_n2 == cj3);
  assign b2_l3_hit = b2_l3_h0 | b2_l3_h1 | b2_l3_h2 | b2_l3_h3;
  assign b2_l3_pos = ((b2_l3_h0 ? 2'd0 : 2'd0) | (b2_l3_h1 ? 2'd1 : 2'd0) | (b2_l3_h2 ? 2'd2 : 2'd0) | (b2_l3_h3 ? 2'd3 : 2'd0));
  assign b2_l3_dig = (({3{b2_l3_h0}} & b2_l3_dq[2:0]) | ({3{b2_l3_h1}} & b2_l3_dq[5:3]) | ({3{b2_l3_h2}} & b2_l3_dq[8:6]) | ({3{b2_l3_h3}} & b2_l3_dq[11:9]));
  assign b2_l3_e = {b2_l3_pos, b2_l3_dig[1]};
  assign b2_l3_t = {b2_l3_hit, b2_l3_dig[2], b2_l3_e};
  assign b2_l4_cnt = {3'd0, b2_l4_nzs[0]} + {3'd0, b2_l4_nzs[1]} + {3'd0, b2_l4_nzs[2]} + {3'd0, b2_l4_nzs[3]};
  assign b2_l4_h0 = b2_l4_nq[0] & (4'd0 == cj4);
  assign b2_l4_n0 = 4'd0 + {3'd0, b2_l4_nq[0]};
  assign b2_l4_h1 = b2_l4_nq[1] & (b2_l4_n0 == cj4);
  assign b2_l4_n1 = b2_l4_n0 + {3'd0, b2_l4_nq[1]};
  assign b2_l4_h2 = b2_l4_nq[2] & (b2_l4_n1 == cj4);
  assign b2_l4_n2 = b2_l4_n1 + {3'd0, b2_l4_nq[2]};
  assign b2_l4_h3 = b2_l4_nq[3] & (b2_l4_n2 == cj4);
  assign b2_l4_hit = b2_l4_h0 | b2_l4_h1 | b2_l4_h2 | b2_l4_h3;
  assign b2_l4_pos = ((b2_l4_h0 ? 2'd0 : 2'd0) | (b2_l4_h1 ? 2'd1 : 2'd0) | (b2_l4_h2 ? 2'd2 : 2'd0) | (b2_l4_h3 ? 2'd3 : 2'd0));
  assign b2_l4_dig = (({3{b2_l4_h0}} & b2_l4_dq[2:0]) | ({3{b2_l4_h1}} & b2_l4_dq[5:3]) | ({3{b2_l4_h2}} & b2_l4_dq[8:6]) | ({3{b2_l4_h3}} & b2_l4_dq[11:9]));
  assign b2_l4_e = {b2_l4_pos, b2_l4_dig[1]};
  assign b2_l4_t = {b2_l4_hit, b2_l4_dig[2], b2_l4_e};
  assign b2_l5_cnt = {3'd0, b2_l5_nzs[0]} + {3'd0, b2_l5_nzs[1]} + {3'd0, b2_l5_nzs[2]} + {3'd0, b2_l5_nzs[3]};
  assign b2_l5_h0 = b2_l5_nq[0] & (4'd0 == cj5);
  assign b2_l5_n0 = 4'd0 + {3'd0, b2_l5_nq[0]};
  assign b2_l5_h1 = b2_l5_nq[1] & (b2_l5_n0 == cj5);
  assign b2_l5_n1 = b2_l5_n0 + {3'd0, b2_l5_nq[1]};
  assign b2_l5_h2 = b2_l5_nq[2] & (b2_l5_n1 == cj5);
  assign b2_l5_n2 = b2_l5_n1 + {3'd0, b2_l5_nq[2]};
  assign b2_l5_h3 = b2_l5_nq[3] & (b2_l5_n2 == cj5);
  assign b2_l5_hit = b2_l5_h0 | b2_l5_h1 | b2_l5_h2 | b2_l5_h3;
  assign b2_l5_pos = ((b2_l5_h0 ? 2'd0 : 2'd0) | (b2_l5_h1 ? 2'd1 : 2'd0) | (b2_l5_h2 ? 2'd2 : 2'd0) | (b2_l5_h3 ? 2'd3 : 2'd0));
  assign b2_l5_dig = (({3{b2_l5_h0}} & b2_l5_dq[2:0]) | ({3{b2_l5_h1}} & b2_l5_dq[5:3]) | ({3{b2_l5_h2}} & b2_l5_dq[8:6]) | ({3{b2_l5_h3}} & b2_l5_dq[11:9]));
  assign b2_l5_e = {b2_l5_pos, b2_l5_dig[1]};
  assign b2_l5_t = {b2_l5_hit, b2_l5_dig[2], b2_l5_e};
  assign b2_l6_cnt = {3'd0, b2_l6_nzs[0]} + {3'd0, b2_l6_nzs[1]} + {3'd0, b2_l6_nzs[2]} + {3'd0, b2_l6_nzs[3]};
  assign b2_l6_h0 = b2_l6_nq[0] & (4'd0 == cj6);
  assign b2_l6_n0 = 4'd0 + {3'd0, b2_l6_nq[0]};
  assign b2_l6_h1 = b2_l6_nq[1] & (b2_l6_n0 == cj6);
  assign b2_l6_n1 = b2_l6_n0 + {3'd0, b2_l6_nq[1]};
  assign b2_l6_h2 = b2_l6_nq[2] & (b2_l6_n1 == cj6);
  assign b2_l6_n2 = b2_l6_n1 + {3'd0, b2_l6_nq[2]};
  assign b2_l6_h3 = b2_l6_nq[3] & (b2_l6_n2 == cj6);
  assign b2_l6_hit = b2_l6_h0 | b2_l6_h1 | b2_l6_h2 | b2_l6_h3;
  assign b2_l6_pos = ((b2_l6_h0 ? 2'd0 : 2'd0) | (b2_l6_h1 ? 2'd1 : 2'd0) | (b2_l6_h2 ? 2'd2 : 2'd0) | (b2_l6_h3 ? 2'd3 : 2'd0));
  assign b2_l6_dig = (({3{b2_l6_h0}} & b2_l6_dq[2:0]) | ({3{b2_l6_h1}} & b2_l6_dq[5:3]) | ({3{b2_l6_h2}} & b2_l6_dq[8:6]) | ({3{b2_l6_h3}} & b2_l6_dq[11:9]));
  assign b2_l6_e = {b2_l6_pos, b2_l6_dig[1]};
  assign b2_l6_t = {b2_l6_hit, b2_l6_dig[2], b2_l6_e};
  assign b2_l7_cnt = {3'd0, b2_l7_nzs[0]} + {3'd0, b2_l7_nzs[1]} + {3'd0, b2_l7_nzs[2]} + {3'd0, b2_l7_nzs[3]};
  assign b2_l7_h0 = b2_l7_nq[0] & (4'd0 == cj7);
  assign b2_l7_n0 = 4'd0 + {3'd0, b2_l7_nq[0]};
  assign b2_l7_h1 = b2_l7_nq[1] & (b2_l7_n0 == cj7);
  assign b2_l7_n1 = b2_l7_n0 + {3'd0, b2_l7_nq[1]};
  assign b2_l7_h2 = b2_l7_nq[2] & (b2_l7_n1 == cj7);
  assign b2_l7_n2 = b2_l7_n1 + {3'd0, b2_l7_nq[2]};
  assign b2_l7_h3 = b2_l7_nq[3] & (b2_l7_n2 == cj7);
  assign b2_l7_hit = b2_l7_h0 | b2_l7_h1 | b2_l7_h2 | b2_l7_h3;
  assign b2_l7_pos = ((b2_l7_h0 ? 2'd0 : 2'd0) | (b2_l7_h1 ? 2'd1 : 2'd0) | (b2_l7_h2 ? 2'd2 : 2'd0) | (b2_l7_h3 ? 2'd3 : 2'd0));
  assign b2_l7_dig = (({3{b2_l7_h0}} & b2_l7_dq[2:0]) | ({3{b2_l7_h1}} & b2_l7_dq[5:3]) | ({3{b2_l7_h2}} & b2_l7_dq[8:6]) | ({3{b2_l7_h3}} & b2_l7_dq[11:9]));
  assign b2_l7_e = {b2_l7_pos, b2_l7_dig[1]};
  assign b2_l7_t = {b2_l7_hit, b2_l7_dig[2], b2_l7_e};
  assign b2_l8_cnt = {3'd0, b2_l8_nzs[0]} + {3'd0, b2_l8_nzs[1]} + {3'd0, b2_l8_nzs[2]} + {3'd0, b2_l8_nzs[3]};
  assign b2_l8_h0 = b2_l8_nq[0] & (4'd0 == cj8);
  assign b2_l8_n0 = 4'd0 + {3'd0, b2_l8_nq[0]};
  assign b2_l8_h1 = b2_l8_nq[1] & (b2_l8_n0 == cj8);
  assign b2_l8_n1 = b2_l8_n0 + {3'd0, b2_l8_nq[1]};
  assign b2_l8_h2 = b2_l8_nq[2] & (b2_l8_n1 == cj8);
  assign b2_l8_n2 = b2_l8_n1 + {3'd0, b2_l8_nq[2]};
  assign b2_l8_h3 = b2_l8_nq[3] & (b2_l8_n2 == cj8);
  assign b2_l8_hit = b2_l8_h0 | b2_l8_h1 | b2_l8_h2 | b2_l8_h3;
  assign b2_l8_pos = ((b2_l8_h0 ? 2'd0 : 2'd0) | (b2_l8_h1 ? 2'd1 : 2'd0) | (b2_l8_h2 ? 2'd2 : 2'd0) | (b2_l8_h3 ? 2'd3 : 2'd0));
  assign b2_l8_dig = (({3{b2_l8_h0}} & b2_l8_dq[2:0]) | ({3{b2_l8_h1}} & b2_l8_dq[5:3]) | ({3{b2_l8_h2}} & b2_l8_dq[8:6]) | ({3{b2_l8_h3}} & b2_l8_dq[11:9]));
  assign b2_l8_e = {b2_l8_pos, b2_l8_dig[1]};
  assign b2_l8_t = {b2_l8_hit, b2_l8_dig[2], b2_l8_e};
  assign b2_l9_cnt = {3'd0, b2_l9_nzs[0]} + {3'd0, b2_l9_nzs[1]} + {3'd0, b2_l9_nzs[2]} + {3'd0, b2_l9_nzs[3]};
  assign b2_l9_h0 = b2_l9_nq[0] & (4'd0 == cj9);
  assign b2_l9_n0 = 4'd0 + {3'd0, b2_l9_nq[0]};
  assign b2_l9_h1 = b2_l9_nq[1] & (b2_l9_n0 == cj9);
  assign b2_l9_n1 = b2_l9_n0 + {3'd0, b2_l9_nq[1]};
  assign b2_l9_h2 = b2_l9_nq[2] & (b2_l9_n1 == cj9);
  assign b2_l9_n2 = b2_l9_n1 + {3'd0, b2_l9_nq[2]};
  assign b2_l9_h3 = b2_l9_nq[3] & (b2_l9_n2 == cj9);
  assign b2_l9_hit = b2_l9_h0 | b2_l9_h1 | b2_l9_h2 | b2_l9_h3;
  assign b2_l9_pos = ((b2_l9_h0 ? 2'd0 : 2'd0) | (b2_l9_h1 ? 2'd1 : 2'd0) | (b2_l9_h2 ? 2'd2 : 2'd0) | (b2_l9_h3 ? 2'd3 : 2'd0));
  assign b2_l9_dig = (({3{b2_l9_h0}} & b2_l9_dq[2:0]) | ({3{b2_l9_h1}} & b2_l9_dq[5:3]) | ({3{b2_l9_h2}} & b2_l9_dq[8:6]) | ({3{b2_l9_h3}} & b2_l9_dq[11:9]));
  assign b2_l9_e = {b2_l9_pos, b2_l9_dig[1]};
  assign b2_l9_t = {b2_l9_hit, b2_l9_dig[2], b2_l9_e};
  assign b2_l10_cnt = {3'd0, b2_l10_nzs[0]} + {3'd0, b2_l10_nzs[1]} + {3'd0, b2_l10_nzs[2]} + {3'd0, b2_l10_nzs[3]};
  assign b2_l10_h0 = b2_l10_nq[0] & (4'd0 == cj10);
  assign b2_l10_n0 = 4'd0 + {3'd0, b2_l10_nq[0]};
  assign b2_l10_h1 = b2_l10_nq[1] & (b2_l10_n0 == cj10);
  assign b2_l10_n1 = b2_l10_n0 + {3'd0, b2_l10_nq[1]};
  assign b2_l10_h2 = b2_l10_nq[2] & (b2_l10_n1 == cj10);
  assign b2_l10_n2 = b2_l10_n1 + {3'd0, b2_l10_nq[2]};
  assign b2_l10_h3 = b2_l10_nq[3] & (b2_l10_n2 == cj10);
  assign b2_l10_hit = b2_l10_h0 | b2_l10_h1 | b2_l10_h2 | b2_l10_h3;
  assign b2_l10_pos = ((b2_l10_h0 ? 2'd0 : 2'd0) | (b2_l10_h1 ? 2'd1 : 2'd0) | (b2_l10_h2 ? 2'd2 : 2'd0) | (b2_l10_h3 ? 2'd3 : 2'd0));
  assign b2_l10_dig = (({3{b2_l10_h0}} & b2_l10_dq[2:0]) | ({3{b2_l10_h1}} & b2_l10_dq[5:3]) | ({3{b2_l10_h2}} & b2_l10_dq[8:6]) | ({3{b2_l10_h3}} & b2_l10_dq[11:9]));
  assign b2_l10_e = {b2_l10_pos, b2_l10_dig[1]};
  assign b2_l10_t = {b2_l10_hit, b2_l10_dig[2], b2_l10_e};
  assign b2_l11_cnt = {3'd0, b2_l11_nzs[0]} + {3'd0, b2_l11_nzs[1]} + {3'd0, b2_l11_nzs[2]} + {3'd0, b2_l11_nzs[3]};
  assign b2_l11_h0 = b2_l11_nq[0] & (4'd0 == cj11);
  assign b2_l11_n0 = 4'd0 + {3'd0, b2_l11_nq[0]};
  assign b2_l11_h1 = b2_l11_nq[1] & (b2_l11_n0 == cj11);
  assign b2_l11_n1 = b2_l11_n0 + {3'd0, b2_l11_nq[1]};
  assign b2_l11_h2 = b2_l11_nq[2] & (b2_l11_n1 == cj11);
  assign b2_l11_n2 = b2_l11_n1 + {3'd0, b2_l11_nq[2]};
  assign b2_l11_h3 = b2_l11_nq[3] & (b2_l11_n2 == cj11);
  assign b2_l11_hit = b2_l11_h0 | b2_l11_h1 | b2_l11_h2 | b2_l11_h3;
  assign b2_l11_pos = ((b2_l11_h0 ? 2'd0 : 2'd0) | (b2_l11_h1 ? 2'd1 : 2'd0) | (b2_l11_h2 ? 2'd2 : 2'd0) | (b2_l11_h3 ? 2'd3 : 2'd0));
  assign b2_l11_dig = (({3{b2_l11_h0}} & b2_l11_dq[2:0]) | ({3{b2_l11_h1}} & b2_l11_dq[5:3]) | ({3{b2_l11_h2}} & b2_l11_dq[8:6]) | ({3{b2_l11_h3}} & b2_l11_dq[11:9]));
  assign b2_l11_e = {b2_l11_pos, b2_l11_dig[1]};
  assign b2_l11_t = {b2_l11_hit, b2_l11_dig[2], b2_l11_e};
  assign b2_l12_cnt = {3'd0, b2_l12_nzs[0]} + {3'd0, b2_l12_nzs[1]} + {3'd0, b2_l12_nzs[2]} + {3'd0, b2_l12_nzs[3]};
  assign b2_l12_h0 = b2_l12_nq[0] & (4'd0 == cj12);
  assign b2_l12_n0 = 4'd0 + {3'd0, b2_l12_nq[0]};
  assign b2_l12_h1 = b2_l12_nq[1] & (b2_l12_n0 == cj12);
  assign b2_l12_n1 = b2_l12_n0 + {3'd0, b2_l12_nq[1]};
  assign b2_l12_h2 = b2_l12_nq[2] & (b2_l12_n1 == cj12);
  assign b2_l12_n2 = b2_l12_n1 + {3'd0, b2_l12_nq[2]};
  assign b2_l12_h3 = b2_l12_nq[3] & (b2_l12_n2 == cj12);
  assign b2_l12_hit = b2_l12_h0 | b2_l12_h1 | b2_l12_h2 | b2_l12_h3;
  assign b2_l12_pos = ((b2_l12_h0 ? 2'd0 : 2'd0) | (b2_l12_h1 ? 2'd1 : 2'd0) | (b2_l12_h2 ? 2'd2 : 2'd0) | (b2_l12_h3 ? 2'd3 : 2'd0));
  assign b2_l12_dig = (({3{b2_l12_h0}} & b2_l12_dq[2:0]) | ({3{b2_l12_h1}} & b2_l12_dq[5:3]) | ({3{b2_l12_h2}} & b2_l12_dq[8:6]) | ({3{b2_l12_h3}} & b2_l12_dq[11:9]));
  assign b2_l12_e = {b2_l12_pos, b2_l12_dig[1]};
  assign b2_l12_t = {b2_l12_hit, b2_l12_dig[2], b2_l12_e};
  assign b2_l13_cnt = {3'd0, b2_l13_nzs[0]} + {3'd0, b2_l13_nzs[1]} + {3'd0, b2_l13_nzs[2]} + {3'd0, b2_l13_nzs[3]};
  assign b2_l13_h0 = b2_l13_nq[0] & (4'd0 == cj13);
  assign b2_l13_n0 = 4'd0 + {3'd0, b2_l13_nq[0]};
  assign b2_l13_h1 = b2_l13_nq[1] & (b2_l13_n0 == cj13);
  assign b2_l13_n1 = b2_l13_n0 + {3'd0, b2_l13_nq[1]};
  assign b2_l13_h2 = b2_l13_nq[2] & (b2_l13_n1 == cj13);
  assign b2_l13_n2 = b2_l13_n1 + {3'd0, b2_l13_nq[2]};
  assign b2_l13_h3 = b2_l13_nq[3] & (b2_l13_n2 == cj13);
  assign b2_l13_hit = b2_l13_h0 | b2_l13_h1 | b2_l13_h2 | b2_l13_h3;
  assign b2_l13_pos = ((b2_l13_h0 ? 2'd0 : 2'd0) | (b2_l13_h1 ? 2'd1 : 2'd0) | (b2_l13_h2 ? 2'd2 : 2'd0) | (b2_l13_h3 ? 2'd3 : 2'd0));
  assign b2_l13_dig = (({3{b2_l13_h0}} & b2_l13_dq[2:0]) | ({3{b2_l13_h1}} & b2_l13_dq[5:3]) | ({3{b2_l13_h2}} & b2_l13_dq[8:6]) | ({3{b2_l13_h3}} & b2_l13_dq[11:9]));
  assign b2_l13_e = {b2_l13_pos, b2_l13_dig[1]};
  assign b2_l13_t = {b2_l13_hit, b2_l13_dig[2], b2_l13_e};
  assign b2_l14_cnt = {3'd0, b2_l14_nzs[0]} + {3'd0, b2_l14_nzs[1]} + {3'd0, b2_l14_nzs[2]} + {3'd0, b2_l14_nzs[3]};
  assign b2_l14_h0 = b2_l14_nq[0] & (4'd0 == cj14);
  assign b2_l14_n0 = 4'd0 + {3'd0, b2_l14_nq[0]};
  assign b2_l14_h1 = b2_l14_nq[1] & (b2_l14_n0 == cj14);
  assign b2_l14_n1 = b2_l14_n0 + {3'd0, b2_l14_nq[1]};
  assign b2_l14_h2 = b2_l14_nq[2] & (b2_l14_n1 == cj14);
  assign b2_l14_n2 = b2_l14_n1 + {3'd0, b2_l14_nq[2]};
  assign b2_l14_h3 = b2_l14_nq[3] & (b2_l14_n2 == cj14);
  assign b2_l14_hit = b2_l14_h0 | b2_l14_h1 | b2_l14_h2 | b2_l14_h3;
  assign b2_l14_pos = ((b2_l14_h0 ? 2'd0 : 2'd0) | (b2_l14_h1 ? 2'd1 : 2'd0) | (b2_l14_h2 ? 2'd2 : 2'd0) | (b2_l14_h3 ? 2'd3 : 2'd0));
  assign b2_l14_dig = (({3{b2_l14_h0}} & b2_l14_dq[2:0]) | ({3{b2_l14_h1}} & b2_l14_dq[5:3]) | ({3{b2_l14_h2}} & b2_l14_dq[8:6]) | ({3{b2_l14_h3}} & b2_l14_dq[11:9]));
  assign b2_l14_e = {b2_l14_pos, b2_l14_dig[1]};
  assign b2_l14_t = {b2_l14_hit, b2_l14_dig[2], b2_l14_e};
  assign b2_l15_cnt = {3'd0, b2_l15_nzs[0]} + {3'd0, b2_l15_nzs[1]} + {3'd0, b2_l15_nzs[2]} + {3'd0, b2_l15_nzs[3]};
  assign b2_l15_h0 = b2_l15_nq[0] & (4'd0 == cj15);
  assign b2_l15_n0 = 4'd0 + {3'd0, b2_l15_nq[0]};
  assign b2_l15_h1 = b2_l15_nq[1] & (b2_l15_n0 == cj15);
  assign b2_l15_n1 = b2_l15_n0 + {3'd0, b2_l15_nq[1]};
  assign b2_l15_h2 = b2_l15_nq[2] & (b2_l15_n1 == cj15);
  assign b2_l15_n2 = b2_l15_n1 + {3'd0, b2_l15_nq[2]};
  assign b2_l15_h3 = b2_l15_nq[3] & (b2_l15_n2 == cj15);
  assign b2_l15_hit = b2_l15_h0 | b2_l15_h1 | b2_l15_h2 | b2_l15_h3;
  assign b2_l15_pos = ((b2_l15_h0 ? 2'd0 : 2'd0) | (b2_l15_h1 ? 2'd1 : 2'd0) | (b2_l15_h2 ? 2'd2 : 2'd0) | (b2_l15_h3 ? 2'd3 : 2'd0));
  assign b2_l15_dig = (({3{b2_l15_h0}} & b2_l15_dq[2:0]) | ({3{b2_l15_h1}} & b2_l15_dq[5:3]) | ({3{b2_l15_h2}} & b2_l15_dq[8:6]) | ({3{b2_l15_h3}} & b2_l15_dq[11:9]));
  assign b2_l15_e = {b2_l15_pos, b2_l15_dig[1]};
  assign b2_l15_t = {b2_l15_hit, b2_l15_dig[2], b2_l15_e};
  assign b3_l0_cnt = {3'd0, b3_l0_nzs[0]} + {3'd0, b3_l0_nzs[1]} + {3'd0, b3_l0_nzs[2]} + {3'd0, b3_l0_nzs[3]};
  assign b3_l0_h0 = b3_l0_nq[0] & (4'd0 == cj0);
  assign b3_l0_n0 = 4'd0 + {3'd0, b3_l0_nq[0]};
  assign b3_l0_h1 = b3_l0_nq[1] & (b3_l0_n0 == cj0);
  assign b3_l0_n1 = b3_l0_n0 + {3'd0, b3_l0_nq[1]};
  assign b3_l0_h2 = b3_l0_nq[2] & (b3_l0_n1 == cj0);
  assign b3_l0_n2 = b3_l0_n1 + {3'd0, b3_l0_nq[2]};
  assign b3_l0_h3 = b3_l0_nq[3] & (b3_l0_n2 == cj0);
  assign b3_l0_hit = b3_l0_h0 | b3_l0_h1 | b3_l0_h2 | b3_l0_h3;
  assign b3_l0_pos = ((b3_l0_h0 ? 2'd0 : 2'd0) | (b3_l0_h1 ? 2'd1 : 2'd0) | (b3_l0_h2 ? 2'd2 : 2'd0) | (b3_l0_h3 ? 2'd3 : 2'd0));
  assign b3_l0_dig = (({3{b3_l0_h0}} & b3_l0_dq[2:0]) | ({3{b3_l0_h1}} & b3_l0_dq[5:3]) | ({3{b3_l0_h2}} & b3_l0_dq[8:6]) | ({3{b3_l0_h3}} & b3_l0_dq[11:9]));
  assign b3_l0_e = {b3_l0_pos, b3_l0_dig[1]};
  assign b3_l0_t = {b3_l0_hit, b3_l0_dig[2], b3_l0_e};
  assign b3_l1_cnt = {3'd0, b3_l1_nzs[0]} + {3'd0, b3_l1_nzs[1]} + {3'd0, b3_l1_nzs[2]} + {3'd0, b3_l1_nzs[3]};
  assign b3_l1_h0 = b3_l1_nq[0] & (4'd0 == cj1);
  assign b3_l1_n0 = 4'd0 + {3'd0, b3_l1_nq[0]};
  assign b3_l1_h1 = b3_l1_nq[1] & (b3_l1_n0 == cj1);
  assign b3_l1_n1 = b3_l1_n0 + {3'd0, b3_l1_nq[1]};
  assign b3_l1_h2 = b3_l1_nq[2] & (b3_l1_n1 == cj1);
  assign b3_l1_n2 = b3_l1_n1 + {3'd0, b3_l1_nq[2]};
  assign b3_l1_h3 = b3_l1_nq[3] & (b3_l1_n2 == cj1);
  assign b3_l1_hit = b3_l1_h0 | b3_l1_h1 | b3_l1_h2 | b3_l1_h3;
  assign b3_l1_pos = ((b3_l1_h0 ? 2'd0 : 2'd0) | (b3_l1_h1 ? 2'd1 : 2'd0) | (b3_l1_h2 ? 2'd2 : 2'd0) | (b3_l1_h3 ? 2'd3 : 2'd0));
  assign b3_l1_dig = (({3{b3_l1_h0}} & b3_l1_dq[2:0]) | ({3{b3_l1_h1}} & b3_l1_dq[5:3]) | ({3{b3_l1_h2}} & b3_l1_dq[8:6]) | ({3{b3_l1_h3}} & b3_l1_dq[11:9]));
  assign b3_l1_e = {b3_l1_pos, b3_l1_dig[1]};
  assign b3_l1_t = {b3_l1_hit, b3_l1_dig[2], b3_l1_e};
  assign b3_l2_cnt = {3'd0, b3_l2_nzs[0]} + {3'd0, b3_l2_nzs[1]} + {3'd0, b3_l2_nzs[2]} + {3'd0, b3_l2_nzs[3]};
  assign b3_l2_h0 = b3_l2_nq[0] & (4'd0 == cj2);
  assign b3_l2_n0 = 4'd0 + {3'd0, b3_l2_nq[0]};
  assign b3_l2_h1 = b3_l2_nq[1] & (b3_l2_n0 == cj2);
  assign b3_l2_n1 = b3_l2_n0 + {3'd0, b3_l2_nq[1]};
  assign b3_l2_h2 = b3_l2_nq[2] & (b3_l2_n1 == cj2);
  assign b3_l2_n2 = b3_l2_n1 + {3'd0, b3_l2_nq[2]};
  assign b3_l2_h3 = b3_l2_nq[3] & (b3_l2_n2 == cj2);
  assign b3_l2_hit = b3_l2_h0 | b3_l2_h1 | b3_l2_h2 | b3_l2_h3;
  assign b3_l2_pos = ((b3_l2_h0 ? 2'd0 : 2'd0) | (b3_l2_h1 ? 2'd1 : 2'd0) | (b3_l2_h2 ? 2'd2 : 2'd0) | (b3_l2_h3 ? 2'd3 : 2'd0));
  assign b3_l2_dig = (({3{b3_l2_h0}} & b3_l2_dq[2:0]) | ({3{b3_l2_h1}} & b3_l2_dq[5:3]) | ({3{b3_l2_h2}} & b3_l2_dq[8:6]) | ({3{b3_l2_h3}} & b3_l2_dq[11:9]));
  assign b3_l2_e = {b3_l2_pos, b3_l2_dig[1]};
  assign b3_l2_t = {b3_l2_hit, b3_l2_dig[2], b3_l2_e};
  assign b3_l3_cnt = {3'd0, b3_l3_nzs[0]} + {3'd0, b3_l3_nzs[1]} + {3'd0, b3_l3_nzs[2]} + {3'd0, b3_l3_nzs[3]};
  assign b3_l3_h0 = b3_l3_nq[0] & (4'd0 == cj3);
  assign b3_l3_n0 = 4'd0 + {3'd0, b3_l3_nq[0]};
  assign b3_l3_h1 = b3_l3_nq[1] & (b3_l3_n0 == cj3);
  assign b3_l3_n1 = b3_l3_n0 + {3'd0, b3_l3_nq[1]};
  assign b3_l3_h2 = b3_l3_nq[2] & (b3_l3_n1 == cj3);
  assign b3_l3_n2 = b3_l3_n1 + {3'd0, b3_l3_nq[2]};
  assign b3_l3_h3 = b3_l3_nq[3] & (b3_l3_n2 == cj3);
  assign b3_l3_hit = b3_l3_h0 | b3_l3_h1 | b3_l3_h2 | b3_l3_h3;
  assign b3_l3_pos = ((b3_l3_h0 ? 2'd0 : 2'd0) | (b3_l3_h1 ? 2'd1 : 2'd0) | (b3_l3_h2 ? 2'd2 : 2'd0) | (b3_l3_h3 ? 2'd3 : 2'd0));
  assign b3_l3_dig = (({3{b3_l3_h0}} & b3_l3_dq[2:0]) | ({3{b3_l3_h1}} & b3_l3_dq[5:3]) | ({3{b3_l3_h2}} & b3_l3_dq[8:6]) | ({3{b3_l3_h3}} & b3_l3_dq[11:9]));
  assign b3_l3_e = {b3_l3_pos, b3_l3_dig[1]};
  assign b3_l3_t = {b3_l3_hit, b3_l3_dig[2], b3_l3_e};
  assign b3_l4_cnt = {3'd0, b3_l4_nzs[0]} + {3'd0, b3_l4_nzs[1]} + {3'd0, b3_l4_nzs[2]} + {3'd0, b3_l4_nzs[3]};
  assign b3_l4_h0 = b3_l4_nq[0] & (4'd0 == cj4);
  assign b3_l4_n0 = 4'd0 + {3'd0, b3_l4_nq[0]};
  assign b3_l4_h1 = b3_l4_nq[1] & (b3_l4_n0 == cj4);
  assign b3_l4_n1 = b3_l4_n0 + {3'd0, b3_l4_nq[1]};
  assign b3_l4_h2 = b3_l4_nq[2] & (b3_l4_n1 == cj4);
  assign b3_l4_n2 = b3_l4_n1 + {3'd0, b3_l4_nq[2]};
  assign b3_l4_h3 = b3_l4_nq[3] & (b3_l4_n2 == cj4);
  assign b3_l4_hit = b3_l4_h0 | b3_l4_h1 | b3_l4_h2 | b3_l4_h3;
  assign b3_l4_pos = ((b3_l4_h0 ? 2'd0 : 2'd0) | (b3_l4_h1 ? 2'd1 : 2'd0) | (b3_l4_h2 ? 2'd2 : 2'd0) | (b3_l4_h3 ? 2'd3 : 2'd0));
  assign b3_l4_dig = (({3{b3_l4_h0}} & b3_l4_dq[2:0]) | ({3{b3_l4_h1}} & b3_l4_dq[5:3]) | ({3{b3_l4_h2}} & b3_l4_dq[8:6]) | ({3{b3_l4_h3}} & b3_l4_dq[11:9]));
  assign b3_l4_e = {b3_l4_pos, b3_l4_dig[1]};
  assign b3_l4_t = {b3_l4_hit, b3_l4_dig[2], b3_l4_e};
  assign b3_l5_cnt = {3'd0, b3_l5_nzs[0]} + {3'd0, b3_l5_nzs[1]} + {3'd0, b3_l5_nzs[2]} + {3'd0, b3_l5_nzs[3]};
  assign b3_l5_h0 = b3_l5_nq[0] & (4'd0 == cj5);
  assign b3_l5_n0 = 4'd0 + {3'd0, b3_l5_nq[0]};
  assign b3_l5_h1 = b3_l5_nq[1] & (b3_l5_n0 == cj5);
  assign b3_l5_n1 = b3_l5_n0 + {3'd0, b3_l5_nq[1]};
  assign b3_l5_h2 = b3_l5_nq[2] & (b3_l5_n1 == cj5);
  assign b3_l5_n2 = b3_l5_n1 + {3'd0, b3_l5_nq[2]};
  assign b3_l5_h3 = b3_l5_nq[3] & (b3_l5_n2 == cj5);
  assign b3_l5_hit = b3_l5_h0 | b3_l5_h1 | b3_l5_h2 | b3_l5_h3;
  assign b3_l5_pos = ((b3_l5_h0 ? 2'd0 : 2'd0) | (b3_l5_h1 ? 2'd1 : 2'd0) | (b3_l5_h2 ? 2'd2 : 2'd0) | (b3_l5_h3 ? 2'd3 : 2'd0));
  assign b3_l5_dig = (({3{b3_l5_h0}} & b3_l5_dq[2:0]) | ({3{b3_l5_h1}} & b3_l5_dq[5:3]) | ({3{b3_l5_h2}} & b3_l5_dq[8:6]) | ({3{b3_l5_h3}} & b3_l5_dq[11:9]));
  assign b3_l5_e = {b3_l5_pos, b3_l5_dig[1]};
  assign b3_l5_t = {b3_l5_hit, b3_l5_dig[2], b3_l5_e};
  assign b3_l6_cnt = {3'd0, b3_l6_nzs[0]} + {3'd0, b3_l6_nzs[1]} + {3'd0, b3_l6_nzs[2]} + {3'd0, b3_l6_nzs[3]};
  assign b3_l6_h0 = b3_l6_nq[0] & (4'd0 == cj6);
  assign b3_l6_n0 = 4'd0 + {3'd0, b3_l6_nq[0]};
  assign b3_l6_h1 = b3_l6_nq[1] & (b3_l6_n0 == cj6);
  assign b3_l6_n1 = b3_l6_n0 + {3'd0, b3_l6_nq[1]};
  assign b3_l6_h2 = b3_l6_nq[2] & (b3_l6_n1 == cj6);
  assign b3_l6_n2 = b3_l6_n1 + {3'd0, b3_l6_nq[2]};
  assign b3_l6_h3 = b3_l6_nq[3] & (b3_l6_n2 == cj6);
  assign b3_l6_hit = b3_l6_h0 | b3_l6_h1 | b3_l6_h2 | b3_l6_h3;
  assign b3_l6_pos = ((b3_l6_h0 ? 2'd0 : 2'd0) | (b3_l6_h1 ? 2'd1 : 2'd0) | (b3_l6_h2 ? 2'd2 : 2'd0) | (b3_l6_h3 ? 2'd3 : 2'd0));
  assign b3_l6_dig = (({3{b3_l6_h0}} & b3_l6_dq[2:0]) | ({3{b3_l6_h1}} & b3_l6_dq[5:3]) | ({3{b3_l6_h2}} & b3_l6_dq[8:6]) | ({3{b3_l6_h3}} & b3_l6_dq[11:9]));
  assign b3_l6_e = {b3_l6_pos, b3_l6_dig[1]};
  assign b3_l6_t = {b3_l6_hit, b3_l6_dig[2], b3_l6_e};
  assign b3_l7_cnt = {3'd0, b3_l7_nzs[0]} + {3'd0, b3_l7_nzs[1]} + {3'd0, b3_l7_nzs[2]} + {3'd0, b3_l7_nzs[3]};
  assign b3_l7_h0 = b3_l7_nq[0] & (4'd0 == cj7);
  assign b3_l7_n0 = 4'd0 + {3'd0, b3_l7_nq[0]};
  assign b3_l7_h1 = b3_l7_nq[1] & (b3_l7_n0 == cj7);
  assign b3_l7_n1 = b3_l7_n0 + {3'd0, b3_l7_nq[1]};
  assign b3_l7_h2 = b3_l7_nq[2] & (b3_l7_n1 == cj7);
  assign b3_l7_n2 = b3_l7_n1 + {3'd0, b3_l7_nq[2]};
  assign b3_l7_h3 = b3_l7_nq[3] & (b3_l7_n2 == cj7);
  assign b3_l7_hit = b3_l7_h0 | b3_l7_h1 | b3_l7_h2 | b3_l7_h3;
  assign b3_l7_pos = ((b3_l7_h0 ? 2'd0 : 2'd0) | (b3_l7_h1 ? 2'd1 : 2'd0) | (b3_l7_h2 ? 2'd2 : 2'd0) | (b3_l7_h3 ? 2'd3 : 2'd0));
  assign b3_l7_dig = (({3{b3_l7_h0}} & b3_l7_dq[2:0]) | ({3{b3_l7_h1}} & b3_l7_dq[5:3]) | ({3{b3_l7_h2}} & b3_l7_dq[8:6]) | ({3{b3_l7_h3}} & b3_l7_dq[11:9]));
  assign b3_l7_e = {b3_l7_pos, b3_l7_dig[1]};
  assign b3_l7_t = {b3_l7_hit, b3_l7_dig[2], b3_l7_e};
  assign b3_l8_cnt = {3'd0, b3_l8_nzs[0]} + {3'd0, b3_l8_nzs[1]} + {3'd0, b3_l8_nzs[2]} + {3'd0, b3_l8_nzs[3]};
  assign b3_l8_h0 = b3_l8_nq[0] & (4'd0 == cj8);
  assign b3_l8_n0 = 4'd0 + {3'd0, b3_l8_nq[0]};
  assign b3_l8_h1 = b3_l8_nq[1] & (b3_l8_n0 == cj8);
  assign b3_l8_n1 = b3_l8_n0 + {3'd0, b3_l8_nq[1]};
  assign b3_l8_h2 = b3_l8_nq[2] & (b3_l8_n1 == cj8);
  assign b3_l8_n2 = b3_l8_n1 + {3'd0, b3_l8_nq[2]};
  assign b3_l8_h3 = b3_l8_nq[3] & (b3_l8_n2 == cj8);
  assign b3_l8_hit = b3_l8_h0 | b3_l8_h1 | b3_l8_h2 | b3_l8_h3;
  assign b3_l8_pos = ((b3_l8_h0 ? 2'd0 : 2'd0) | (b3_l8_h1 ? 2'd1 : 2'd0) | (b3_l8_h2 ? 2'd2 : 2'd0) | (b3_l8_h3 ? 2'd3 : 2'd0));
  assign b3_l8_dig = (({3{b3_l8_h0}} & b3_l8_dq[2:0]) | ({3{b3_l8_h1}} & b3_l8_dq[5:3]) | ({3{b3_l8_h2}} & b3_l8_dq[8:6]) | ({3{b3_l8_h3}} & b3_l8_dq[11:9]));
  assign b3_l8_e = {b3_l8_pos, b3_l8_dig[1]};
  assign b3_l8_t = {b3_l8_hit, b3_l8_dig[2], b3_l8_e};
  assign b3_l9_cnt = {3'd0, b3_l9_nzs[0]} + {3'd0, b3_l9_nzs[1]} + {3'd0, b3_l9_nzs[2]} + {3'd0, b3_l9_nzs[3]};
  assign b3_l9_h0 = b3_l9_nq[0] & (4'd0 == cj9);
  assign b3_l9_n0 = 4'd0 + {3'd0, b3_l9_nq[0]};
  assign b3_l9_h1 = b3_l9_nq[1] & (b3_l9_n0 == cj9);
  assign b3_l9_n1 = b3_l9_n0 + {3'd0, b3_l9_nq[1]};
  assign b3_l9_h2 = b3_l9_nq[2] & (b3_l9_n1 == cj9);
  assign b3_l9_n2 = b3_l9_n1 + {3'd0, b3_l9_nq[2]};
  assign b3_l9_h3 = b3_l9_nq[3] & (b3_l9_n2 == cj9);
  assign b3_l9_hit = b3_l9_h0 | b3_l9_h1 | b3_l9_h2 | b3_l9_h3;
  assign b3_l9_pos = ((b3_l9_h0 ? 2'd0 : 2'd0) | (b3_l9_h1 ? 2'd1 : 2'd0) | (b3_l9_h2 ? 2'd2 : 2'd0) | (b3_l9_h3 ? 2'd3 : 2'd0));
  assign b3_l9_dig = (({3{b3_l9_h0}} & b3_l9_dq[2:0]) | ({3{b3_l9_h1}} & b3_l9_dq[5:3]) | ({3{b3_l9_h2}} & b3_l9_dq[8:6]) | ({3{b3_l9_h3}} & b3_l9_dq[11:9]));
  assign b3_l9_e = {b3_l9_pos, b3_l9_dig[1]};
  assign b3_l9_t = {b3_l9_hit, b3_l9_dig[2], b3_l9_e};
  assign b3_l10_cnt = {3'd0, b3_l10_nzs[0]} + {3'd0, b3_l10_nzs[1]} + {3'd0, b3_l10_nzs[2]} + {3'd0, b3_l10_nzs[3]};
  assign b3_l10_h0 = b3_l10_nq[0] & (4'd0 == cj10);
  assign b3_l10_n0 = 4'd0 + {3'd0, b3_l10_nq[0]};
  assign b3_l10_h1 = b3_l10_nq[1] & (b3_l10_n0 == cj10);
  assign b3_l10_n1 = b3_l10_n0 + {3'd0, b3_l10_nq[1]};
  assign b3_l10_h2 = b3_l10_nq[2] & (b3_l10_n1 == cj10);
  assign b3_l10_n2 = b3_l10_n1 + {3'd0, b3_l10_nq[2]};
  assign b3_l10_h3 = b3_l10_nq[3] & (b3_l10_n2 == cj10);
  assign b3_l10_hit = b3_l10_h0 | b3_l10_h1 | b3_l10_h2 | b3_l10_h3;
  assign b3_l10_pos = ((b3_l10_h0 ? 2'd0 : 2'd0) | (b3_l10_h1 ? 2'd1 : 2'd0) | (b3_l10_h2 ? 2'd2 : 2'd0) | (b3_l10_h3 ? 2'd3 : 2'd0));
  assign b3_l10_dig = (({3{b3_l10_h0}} & b3_l10_dq[2:0]) | ({3{b3_l10_h1}} & b3_l10_dq[5:3]) | ({3{b3_l10_h2}} & b3_l10_dq[8:6]) | ({3{b3_l10_h3}} & b3_l10_dq[11:9]));
  assign b3_l10_e = {b3_l10_pos, b3_l10_dig[1]};
  assign b3_l10_t = {b3_l10_hit, b3_l10_dig[2], b3_l10_e};
  assign b3_l11_cnt = {3'd0, b3_l11_nzs[0]} + {3'd0, b3_l11_nzs[1]} + {3'd0, b3_l11_nzs[2]} + {3'd0, b3_l11_nzs[3]};
  assign b3_l11_h0 = b3_l11_nq[0] & (4'd0 == cj11);
  assign b3_l11_n0 = 4'd0 + {3'd0, b3_l11_nq[0]};
  assign b3_l11_h1 = b3_l11_nq[1] & (b3_l11_n0 == cj11);
  assign b3_l11_n1 = b3_l11_n0 + {3'd0, b3_l11_nq[1]};
  assign b3_l11_h2 = b3_l11_nq[2] & (b3_l11_n1 == cj11);
  assign b3_l11_n2 = b3_l11_n1 + {3'd0, b3_l11_nq[2]};
  assign b3_l11_h3 = b3_l11_nq[3] & (b3_l11_n2 == cj11);
  assign b3_l11_hit = b3_l11_h0 | b3_l11_h1 | b3_l11_h2 | b3_l11_h3;
  assign b3_l11_pos = ((b3_l11_h0 ? 2'd0 : 2'd0) | (b3_l11_h1 ? 2'd1 : 2'd0) | (b3_l11_h2 ? 2'd2 : 2'd0) | (b3_l11_h3 ? 2'd3 : 2'd0));
  assign b3_l11_dig = (({3{b3_l11_h0}} & b3_l11_dq[2:0]) | ({3{b3_l11_h1}} & b3_l11_dq[5:3]) | ({3{b3_l11_h2}} & b3_l11_dq[8:6]) | ({3{b3_l11_h3}} & b3_l11_dq[11:9]));
  assign b3_l11_e = {b3_l11_pos, b3_l11_dig[1]};
  assign b3_l11_t = {b3_l11_hit, b3_l11_dig[2], b3_l11_e};
  assign b3_l12_cnt = {3'd0, b3_l12_nzs[0]} + {3'd0, b3_l12_nzs[1]} + {3'd0, b3_l12_nzs[2]} + {3'd0, b3_l12_nzs[3]};
  assign b3_l12_h0 = b3_l12_nq[0] & (4'd0 == cj12);
  assign b3_l12_n0 = 4'd0 + {3'd0, b3_l12_nq[0]};
  assign b3_l12_h1 = b3_l12_nq[1] & (b3_l12_n0 == cj12);
  assign b3_l12_n1 = b3_l12_n0 + {3'd0, b3_l12_nq[1]};
  assign b3_l12_h2 = b3_l12_nq[2] & (b3_l12_n1 == cj12);
  assign b3_l12_n2 = b3_l12_n1 + {3'd0, b3_l12_nq[2]};
  assign b3_l12_h3 = b3_l12_nq[3] & (b3_l12_n2 == cj12);
  assign b3_l12_hit = b3_l12_h0 | b3_l12_h1 | b3_l12_h2 | b3_l12_h3;
  assign b3_l12_pos = ((b3_l12_h0 ? 2'd0 : 2'd0) | (b3_l12_h1 ? 2'd1 : 2'd0) | (b3_l12_h2 ? 2'd2 : 2'd0) | (b3_l12_h3 ? 2'd3 : 2'd0));
  assign b3_l12_dig = (({3{b3_l12_h0}} & b3_l12_dq[2:0]) | ({3{b3_l12_h1}} & b3_l12_dq[5:3]) | ({3{b3_l12_h2}} & b3_l12_dq[8:6]) | ({3{b3_l12_h3}} & b3_l12_dq[11:9]));
  assign b3_l12_e = {b3_l12_pos, b3_l12_dig[1]};
  assign b3_l12_t = {b3_l12_hit, b3_l12_dig[2], b3_l12_e};
  assign b3_l13_cnt = {3'd0, b3_l13_nzs[0]} + {3'd0, b3_l13_nzs[1]} + {3'd0, b3_l13_nzs[2]} + {3'd0, b3_l13_nzs[3]};
  assign b3_l13_h0 = b3_l13_nq[0] & (4'd0 == cj13);
  assign b3_l13_n0 = 4'd0 + {3'd0, b3_l13_nq[0]};
  assign b3_l13_h1 = b3_l13_nq[1] & (b3_l13_n0 == cj13);
  assign b3_l13_n1 = b3_l13_n0 + {3'd0, b3_l13_nq[1]};
  assign b3_l13_h2 = b3_l13_nq[2] & (b3_l13_n1 == cj13);
  assign b3_l13_n2 = b3_l13_n1 + {3'd0, b3_l13_nq[2]};
  assign b3_l13_h3 = b3_l13_nq[3] & (b3_l13_n2 == cj13);
  assign b3_l13_hit = b3_l13_h0 | b3_l13_h1 | b3_l13_h2 | b3_l13_h3;
  assign b3_l13_pos = ((b3_l13_h0 ? 2'd0 : 2'd0) | (b3_l13_h1 ? 2'd1 : 2'd0) | (b3_l13_h2 ? 2'd2 : 2'd0) | (b3_l13_h3 ? 2'd3 : 2'd0));
  assign b3_l13_dig = (({3{b3_l13_h0}} & b3_l13_dq[2:0]) | ({3{b3_l13_h1}} & b3_l13_dq[5:3]) | ({3{b3_l13_h2}} & b3_l13_dq[8:6]) | ({3{b3_l13_h3}} & b3_l13_dq[11:9]));
  assign b3_l13_e = {b3_l13_pos, b3_l13_dig[1]};
  assign b3_l13_t = {b3_l13_hit, b3_l13_dig[2], b3_l13_e};
  assign b3_l14_cnt = {3'd0, b3_l14_nzs[0]} + {3'd0, b3_l14_nzs[1]} + {3'd0, b3_l14_nzs[2]} + {3'd0, b3_l14_nzs[3]};
  assign b3_l14_h0 = b3_l14_nq[0] & (4'd0 == cj14);
  assign b3_l14_n0 = 4'd0 + {3'd0, b3_l14_nq[0]};
  assign b3_l14_h1 = b3_l14_nq[1] & (b3_l14_n0 == cj14);
  assign b3_l14_n1 = b3_l14_n0 + {3'd0, b3_l14_nq[1]};
  assign b3_l14_h2 = b3_l14_nq[2] & (b3_l14_n1 == cj14);
  assign b3_l14_n2 = b3_l14_n1 + {3'd0, b3_l14_nq[2]};
  assign b3_l14_h3 = b3_l14_nq[3] & (b3_l14_n2 == cj14);
  assign b3_l14_hit = b3_l14_h0 | b3_l14_h1 | b3_l14_h2 | b3_l14_h3;
  assign b3_l14_pos = ((b3_l14_h0 ? 2'd0 : 2'd0) | (b3_l14_h1 ? 2'd1 : 2'd0) | (b3_l14_h2 ? 2'd2 : 2'd0) | (b3_l14_h3 ? 2'd3 : 2'd0));
  assign b3_l14_dig = (({3{b3_l14_h0}} & b3_l14_dq[2:0]) | ({3{b3_l14_h1}} & b3_l14_dq[5:3]) | ({3{b3_l14_h2}} & b3_l14_dq[8:6]) | ({3{b3_l14_h3}} & b3_l14_dq[11:9]));
  assign b3_l14_e = {b3_l14_pos, b3_l14_dig[1]};
  assign b3_l14_t = {b3_l14_hit, b3_l14_dig[2], b3_l14_e};
  assign b3_l15_cnt = {3'd0, b3_l15_nzs[0]} + {3'd0, b3_l15_nzs[1]} + {3'd0, b3_l15_nzs[2]} + {3'd0, b3_l15_nzs[3]};
  assign b3_l15_h0 = b3_l15_nq[0] & (4'd0 == cj15);
  assign b3_l15_n0 = 4'd0 + {3'd0, b3_l15_nq[0]};
  assign b3_l15_h1 = b3_l15_nq[1] & (b3_l15_n0 == cj15);
  assign b3_l15_n1 = b3_l15_n0 + {3'd0, b3_l15_nq[1]};
  assign b3_l15_h2 = b3_l15_nq[2] & (b3_l15_n1 == cj15);
  assign b3_l15_n2 = b3_l15_n1 + {3'd0, b3_l15_nq[2]};
  assign b3_l15_h3 = b3_l15_nq[3] & (b3_l15_n2 == cj15);
  assign b3_l15_hit = b3_l15_h0 | b3_l15_h1 | b3_l15_h2 | b3_l15_h3;
  assign b3_l15_pos = ((b3_l15_h0 ? 2'd0 : 2'd0) | (b3_l15_h1 ? 2'd1 : 2'd0) | (b3_l15_h2 ? 2'd2 : 2'd0) | (b3_l15_h3 ? 2'd3 : 2'd0));
  assign b3_l15_dig = (({3{b3_l15_h0}} & b3_l15_dq[2:0]) | ({3{b3_l15_h1}} & b3_l15_dq[5:3]) | ({3{b3_l15_h2}} & b3_l15_dq[8:6]) | ({3{b3_l15_h3}} & b3_l15_dq[11:9]));
  assign b3_l15_e = {b3_l15_pos, b3_l15_dig[1]};
  assign b3_l15_t = {b3_l15_hit, b3_l15_dig[2], b3_l15_e};
  assign b4_l0_cnt = {3'd0, b4_l0_nzs[0]} + {3'd0, b4_l0_nzs[1]} + {3'd0, b4_l0_nzs[2]} + {3'd0, b4_l0_nzs[3]};
  assign b4_l0_h0 = b4_l0_nq[0] & (4'd0 == cj0);
  assign b4_l0_n0 = 4'd0 + {3'd0, b4_l0_nq[0]};
  assign b4_l0_h1 = b4_l0_nq[1] & (b4_l0_n0 == cj0);
  assign b4_l0_n1 = b4_l0_n0 + {3'd0, b4_l0_nq[1]};
  assign b4_l0_h2 = b4_l0_nq[2] & (b4_l0_n1 == cj0);
  assign b4_l0_n2 = b4_l0_n1 + {3'd0, b4_l0_nq[2]};
  assign b4_l0_h3 = b4_l0_nq[3] & (b4_l0_n2 == cj0);
  assign b4_l0_hit = b4_l0_h0 | b4_l0_h1 | b4_l0_h2 | b4_l0_h3;
  assign b4_l0_pos = ((b4_l0_h0 ? 2'd0 : 2'd0) | (b4_l0_h1 ? 2'd1 : 2'd0) | (b4_l0_h2 ? 2'd2 : 2'd0) | (b4_l0_h3 ? 2'd3 : 2'd0));
  assign b4_l0_dig = (({3{b4_l0_h0}} & b4_l0_dq[2:0]) | ({3{b4_l0_h1}} & b4_l0_dq[5:3]) | ({3{b4_l0_h2}} & b4_l0_dq[8:6]) | ({3{b4_l0_h3}} & b4_l0_dq[11:9]));
  assign b4_l0_e = {b4_l0_pos, b4_l0_dig[1]};
  assign b4_l0_t = {b4_l0_hit, b4_l0_dig[2], b4_l0_e};
  assign b4_l1_cnt = {3'd0, b4_l1_nzs[0]} + {3'd0, b4_l1_nzs[1]} + {3'd0, b4_l1_nzs[2]} + {3'd0, b4_l1_nzs[3]};
  assign b4_l1_h0 = b4_l1_nq[0] & (4'd0 == cj1);
  assign b4_l1_n0 = 4'd0 + {3'd0, b4_l1_nq[0]};
  assign b4_l1_h1 = b4_l1_nq[1] & (b4_l1_n0 == cj1);
  assign b4_l1_n1 = b4_l1_n0 + {3'd0, b4_l1_nq[1]};
  assign b4_l1_h2 = b4_l1_nq[2] & (b4_l1_n1 == cj1);
  assign b4_l1_n2 = b4_l1_n1 + {3'd0, b4_l1_nq[2]};
  assign b4_l1_h3 = b4_l1_nq[3] & (b4_l1_n2 == cj1);
  assign b4_l1_hit = b4_l1_h0 | b4_l1_h1 | b4_l1_h2 | b4_l1_h3;
  assign b4_l1_pos = ((b4_l1_h0 ? 2'd0 : 2'd0) | (b4_l1_h1 ? 2'd1 : 2'd0) | (b4_l1_h2 ? 2'd2 : 2'd0) | (b4_l1_h3 ? 2'd3 : 2'd0));
  assign b4_l1_dig = (({3{b4_l1_h0}} & b4_l1_dq[2:0]) | ({3{b4_l1_h1}} & b4_l1_dq[5:3]) | ({3{b4_l1_h2}} & b4_l1_dq[8:6]) | ({3{b4_l1_h3}} & b4_l1_dq[11:9]));
  assign b4_l1_e = {b4_l1_pos, b4_l1_dig[1]};
  assign b4_l1_t = {b4_l1_hit, b4_l1_dig[2], b4_l1_e};
  assign b4_l2_cnt = {3'd0, b4_l2_nzs[0]} + {3'd0, b4_l2_nzs[1]} + {3'd0, b4_l2_nzs[2]} + {3'd0, b4_l2_nzs[3]};
  assign b4_l2_h0 = b4_l2_nq[0] & (4'd0 == cj2);
  assign b4_l2_n0 = 4'd0 + {3'd0, b4_l2_nq[0]};
  assign b4_l2_h1 = b4_l2_nq[1] & (b4_l2_n0 == cj2);
  assign b4_l2_n1 = b4_l2_n0 + {3'd0, b4_l2_nq[1]};
  assign b4_l2_h2 = b4_l2_nq[2] & (b4_l2_n1 == cj2);
  assign b4_l2_n2 = b4_l2_n1 + {3'd0, b4_l2_nq[2]};
  assign b4_l2_h3 = b4_l2_nq[3] & (b4_l2_n2 == cj2);
  assign b4_l2_hit = b4_l2_h0 | b4_l2_h1 | b4_l2_h2 | b4_l2_h3;
  assign b4_l2_pos = ((b4_l2_h0 ? 2'd0 : 2'd0) | (b4_l2_h1 ? 2'd1 : 2'd0) | (b4_l2_h2 ? 2'd2 : 2'd0) | (b4_l2_h3 ? 2'd3 : 2'd0));
  assign b4_l2_dig = (({3{b4_l2_h0}} & b4_l2_dq[2:0]) | ({3{b4_l2_h1}} & b4_l2_dq[5:3]) | ({3{b4_l2_h2}} & b4_l2_dq[8:6]) | ({3{b4_l2_h3}} & b4_l2_dq[11:9]));
  assign b4_l2_e = {b4_l2_pos, b4_l2_dig[1]};
  assign b4_l2_t = {b4_l2_hit, b4_l2_dig[2], b4_l2_e};
  assign b4_l3_cnt = {3'd0, b4_l3_nzs[0]} + {3'd0, b4_l3_nzs[1]} + {3'd0, b4_l3_nzs[2]} + {3'd0, b4_l3_nzs[3]};
  assign b4_l3_h0 = b4_l3_nq[0] & (4'd0 == cj3);
  assign b4_l3_n0 = 4'd0 + {3'd0, b4_l3_nq[0]};
  assign b4_l3_h1 = b4_l3_nq[1] & (b4_l3_n0 == cj3);
  assign b4_l3_n1 = b4_l3_n0 + {3'd0, b4_l3_nq[1]};
  assign b4_l3_h2 = b4_l3_nq[2] & (b4_l3_n1 == cj3);
  assign b4_l3_n2 = b4_l3_n1 + {3'd0, b4_l3_nq[2]};
  assign b4_l3_h3 = b4_l3_nq[3] & (b4_l3_n2 == cj3);
  assign b4_l3_hit = b4_l3_h0 | b4_l3_h1 | b4_l3_h2 | b4_l3_h3;
  assign b4_l3_pos = ((b4_l3_h0 ? 2'd0 : 2'd0) | (b4_l3_h1 ? 2'd1 : 2'd0) | (b4_l3_h2 ? 2'd2 : 2'd0) | (b4_l3_h3 ? 2'd3 : 2'd0));
  assign b4_l3_dig = (({3{b4_l3_h0}} & b4_l3_dq[2:0]) | ({3{b4_l3_h1}} & b4_l3_dq[5:3]) | ({3{b4_l3_h2}} & b4_l3_dq[8:6]) | ({3{b4_l3_h3}} & b4_l3_dq[11:9]));
  assign b4_l3_e = {b4_l3_pos, b4_l3_dig[1]};
  assign b4_l3_t = {b4_l3_hit, b4_l3_dig[2], b4_l3_e};
  assign b4_l4_cnt = {3'd0, b4_l4_nzs[0]} + {3'd0, b4_l4_nzs[1]} + {3'd0, b4_l4_nzs[2]} + {3'd0, b4_l4_nzs[3]};
  assign b4_l4_h0 = b4_l4_nq[0] & (4'd0 == cj4);
  assign b4_l4_n0 = 4'd0 + {3'd0, b4_l4_nq[0]};
  assign b4_l4_h1 = b4_l4_nq[1] & (b4_l4_n0 == cj4);
  assign b4_l4_n1 = b4_l4_n0 + {3'd0, b4_l4_nq[1]};
  assign b4_l4_h2 = b4_l4_nq[2] & (b4_l4_n1 == cj4);
  assign b4_l4_n2 = b4_l4_n1 + {3'd0, b4_l4_nq[2]};
  assign b4_l4_h3 = b4_l4_nq[3] & (b4_l4_n2 == cj4);
  assign b4_l4_hit = b4_l4_h0 | b4_l4_h1 | b4_l4_h2 | b4_l4_h3;
  assign b4_l4_pos = ((b4_l4_h0 ? 2'd0 : 2'd0) | (b4_l4_h1 ? 2'd1 : 2'd0) | (b4_l4_h2 ? 2'd2 : 2'd0) | (b4_l4_h3 ? 2'd3 : 2'd0));
  assign b4_l4_dig = (({3{b4_l4_h0}} & b4_l4_dq[2:0]) | ({3{b4_l4_h1}} & b4_l4_dq[5:3]) | ({3{b4_l4_h2}} & b4_l4_dq[8:6]) | ({3{b4_l4_h3}} & b4_l4_dq[11:9]));
  assign b4_l4_e = {b4_l4_pos, b4_l4_dig[1]};
  assign b4_l4_t = {b4_l4_hit, b4_l4_dig[2], b4_l4_e};
  assign b4_l5_cnt = {3'd0, b4_l5_nzs[0]} + {3'd0, b4_l5_nzs[1]} + {3'd0, b4_l5_nzs[2]} + {3'd0, b4_l5_nzs[3]};
  assign b4_l5_h0 = b4_l5_nq[0] & (4'd0 == cj5);
  assign b4_l5_n0 = 4'd0 + {3'd0, b4_l5_nq[0]};
  assign b4_l5_h1 = b4_l5_nq[1] & (b4_l5_n0 == cj5);
  assign b4_l5_n1 = b4_l5_n0 + {3'd0, b4_l5_nq[1]};
  assign b4_l5_h2 = b4_l5_nq[2] & (b4_l5_n1 == cj5);
  assign b4_l5_n2 = b4_l5_n1 + {3'd0, b4_l5_nq[2]};
  assign b4_l5_h3 = b4_l5_nq[3] & (b4_l5_n2 == cj5);
  assign b4_l5_hit = b4_l5_h0 | b4_l5_h1 | b4_l5_h2 | b4_l5_h3;
  assign b4_l5_pos = ((b4_l5_h0 ? 2'd0 : 2'd0) | (b4_l5_h1 ? 2'd1 : 2'd0) | (b4_l5_h2 ? 2'd2 : 2'd0) | (b4_l5_h3 ? 2'd3 : 2'd0));
  assign b4_l5_dig = (({3{b4_l5_h0}} & b4_l5_dq[2:0]) | ({3{b4_l5_h1}} & b4_l5_dq[5:3]) | ({3{b4_l5_h2}} & b4_l5_dq[8:6]) | ({3{b4_l5_h3}} & b4_l5_dq[11:9]));
  assign b4_l5_e = {b4_l5_pos, b4_l5_dig[1]};
  assign b4_l5_t = {b4_l5_hit, b4_l5_dig[2], b4_l5_e};
  assign b4_l6_cnt = {3'd0, b4_l6_nzs[0]} + {3'd0, b4_l6_nzs[1]} + {3'd0, b4_l6_nzs[2]} + {3'd0, b4_l6_nzs[3]};
  assign b4_l6_h0 = b4_l6_nq[0] & (4'd0 == cj6);
  assign b4_l6_n0 = 4'd0 + {3'd0, b4_l6_nq[0]};
  assign b4_l6_h1 = b4_l6_nq[1] & (b4_l6_n0 == cj6);
  assign b4_l6_n1 = b4_l6_n0 + {3'd0, b4_l6_nq[1]};
  assign b4_l6_h2 = b4_l6_nq[2] & (b4_l6_n1 == cj6);
  assign b4_l6_n2 = b4_l6_n1 + {3'd0, b4_l6_nq[2]};
  assign b4_l6_h3 = b4_l6_nq[3] & (b4_l6_n2 == cj6);
  assign b4_l6_hit = b4_l6_h0 | b4_l6_h1 | b4_l6_h2 | b4_l6_h3;
  assign b4_l6_pos = ((b4_l6_h0 ? 2'd0 : 2'd0) | (b4_l6_h1 ? 2'd1 : 2'd0) | (b4_l6_h2 ? 2'd2 : 2'd0) | (b4_l6_h3 ? 2'd3 : 2'd0));
  assign b4_l6_dig = (({3{b4_l6_h0}} & b4_l6_dq[2:0]) | ({3{b4_l6_h1}} & b4_l6_dq[5:3]) | ({3{b4_l6_h2}} & b4_l6_dq[8:6]) | ({3{b4_l6_h3}} & b4_l6_dq[11:9]));
  assign b4_l6_e = {b4_l6_pos, b4_l6_dig[1]};
  assign b4_l6_t = {b4_l6_hit, b4_l6_dig[2], b4_l6_e};
  assign b4_l7_cnt = {3'd0, b4_l7_nzs[0]} + {3'd0, b4_l7_nzs[1]} + {3'd0, b4_l7_nzs[2]} + {3'd0, b4_l7_nzs[3]};
  assign b4_l7_h0 = b4_l7_nq[0] & (4'd0 == cj7);
  assign b4_l7_n0 = 4'd0 + {3'd0, b4_l7_nq[0]};
  assign b4_l7_h1 = b4_l7_nq[1] & (b4_l7_n0 == cj7);
  assign b4_l7_n1 = b4_l7_n0 + {3'd0, b4_l7_nq[1]};
  assign b4_l7_h2 = b4_l7_nq[2] & (b4_l7_n1 == cj7);
  assign b4_l7_n2 = b4_l7_n1 + {3'd0, b4_l7_nq[2]};
  assign b4_l7_h3 = b4_l7_nq[3] & (b4_l7_n2 == cj7);
  assign b4_l7_hit = b4_l7_h0 | b4_l7_h1 | b4_l7_h2 | b4_l7_h3;
  assign b4_l7_pos = ((b4_l7_h0 ? 2'd0 : 2'd0) | (b4_l7_h1 ? 2'd1 : 2'd0) | (b4_l7_h2 ? 2'd2 : 2'd0) | (b4_l7_h3 ? 2'd3 : 2'd0));
  assign b4_l7_dig = (({3{b4_l7_h0}} & b4_l7_dq[2:0]) | ({3{b4_l7_h1}} & b4_l7_dq[5:3]) | ({3{b4_l7_h2}} & b4_l7_dq[8:6]) | ({3{b4_l7_h3}} & b4_l7_dq[11:9]));
  assign b4_l7_e = {b4_l7_pos, b4_l7_dig[1]};
  assign b4_l7_t = {b4_l7_hit, b4_l7_dig[2], b4_l7_e};
  assign b4_l8_cnt = {3'd0, b4_l8_nzs[0]} + {3'd0, b4_l8_nzs[1]} + {3'd0, b4_l8_nzs[2]} + {3'd0, b4_l8_nzs[3]};
  assign b4_l8_h0 = b4_l8_nq[0] & (4'd0 == cj8);
  assign b4_l8_n0 = 4'd0 + {3'd0, b4_l8_nq[0]};
  assign b4_l8_h1 = b4_l8_nq[1] & (b4_l8_n0 == cj8);
  assign b4_l8_n1 = b4_l8_n0 + {3'd0, b4_l8_nq[1]};
  assign b4_l8_h2 = b4_l8_nq[2] & (b4_l8_n1 == cj8);
  assign b4_l8_n2 = b4_l8_n1 + {3'd0, b4_l8_nq[2]};
  assign b4_l8_h3 = b4_l8_nq[3] & (b4_l8_n2 == cj8);
  assign b4_l8_hit = b4_l8_h0 | b4_l8_h1 | b4_l8_h2 | b4_l8_h3;
  assign b4_l8_pos = ((b4_l8_h0 ? 2'd0 : 2'd0) | (b4_l8_h1 ? 2'd1 : 2'd0) | (b4_l8_h2 ? 2'd2 : 2'd0) | (b4_l8_h3 ? 2'd3 : 2'd0));
  assign b4_l8_dig = (({3{b4_l8_h0}} & b4_l8_dq[2:0]) | ({3{b4_l8_h1}} & b4_l8_dq[5:3]) | ({3{b4_l8_h2}} & b4_l8_dq[8:6]) | ({3{b4_l8_h3}} & b4_l8_dq[11:9]));
  assign b4_l8_e = {b4_l8_pos, b4_l8_dig[1]};
  assign b4_l8_t = {b4_l8_hit, b4_l8_dig[2], b4_l8_e};
  assign b4_l9_cnt = {3'd0, b4_l9_nzs[0]} + {3'd0, b4_l9_nzs[1]} + {3'd0, b4_l9_nzs[2]} + {3'd0, b4_l9_nzs[3]};
  assign b4_l9_h0 = b4_l9_nq[0] & (4'd0 == cj9);
  assign b4_l9_n0 = 4'd0 + {3'd0, b4_l9_nq[0]};
  assign b4_l9_h1 = b4_l9_nq[1] & (b4_l9_n0 == cj9);
  assign b4_l9_n1 = b4_l9_n0 + {3'd0, b4_l9_nq[1]};
  assign b4_l9_h2 = b4_l9_nq[2] & (b4_l9_n1 == cj9);
  assign b4_l9_n2 = b4_l9_n1 + {3'd0, b4_l9_nq[2]};
  assign b4_l9_h3 = b4_l9_nq[3] & (b4_l9_n2 == cj9);
  assign b4_l9_hit = b4_l9_h0 | b4_l9_h1 | b4_l9_h2 | b4_l9_h3;
  assign b4_l9_pos = ((b4_l9_h0 ? 2'd0 : 2'd0) | (b4_l9_h1 ? 2'd1 : 2'd0) | (b4_l9_h2 ? 2'd2 : 2'd0) | (b4_l9_h3 ? 2'd3 : 2'd0));
  assign b4_l9_dig = (({3{b4_l9_h0}} & b4_l9_dq[2:0]) | ({3{b4_l9_h1}} & b4_l9_dq[5:3]) | ({3{b4_l9_h2}} & b4_l9_dq[8:6]) | ({3{b4_l9_h3}} & b4_l9_dq[11:9]));
  assign b4_l9_e = {b4_l9_pos, b4_l9_dig[1]};
  assign b4_l9_t = {b4_l9_hit, b4_l9_dig[2], b4_l9_e};
  assign b4_l10_cnt = {3'd0, b4_l10_nzs[0]} + {3'd0, b4_l10_nzs[1]} + {3'd0, b4_l10_nzs[2]} + {3'd0, b4_l10_nzs[3]};
  assign b4_l10_h0 = b4_l10_nq[0] & (4'd0 == cj10);
  assign b4_l10_n0 = 4'd0 + {3'd0, b4_l10_nq[0]};
  assign b4_l10_h1 = b4_l10_nq[1] & (b4_l10_n0 == cj10);
  assign b4_l10_n1 = b4_l10_n0 + {3'd0, b4_l10_nq[1]};
  assign b4_l10_h2 = b4_l10_nq[2] & (b4_l10_n1 == cj10);
  assign b4_l10_n2 = b4_l10_n1 + {3'd0, b4_l10_nq[2]};
  assign b4_l10_h3 = b4_l10_nq[3] & (b4_l10_n2 == cj10);
  assign b4_l10_hit = b4_l10_h0 | b4_l10_h1 | b4_l10_h2 | b4_l10_h3;
  assign b4_l10_pos = ((b4_l10_h0 ? 2'd0 : 2'd0) | (b4_l10_h1 ? 2'd1 : 2'd0) | (b4_l10_h2 ? 2'd2 : 2'd0) | (b4_l10_h3 ? 2'd3 : 2'd0));
  assign b4_l10_dig = (({3{b4_l10_h0}} & b4_l10_dq[2:0]) | ({3{b4_l10_h1}} & b4_l10_dq[5:3]) | ({3{b4_l10_h2}} & b4_l10_dq[8:6]) | ({3{b4_l10_h3}} & b4_l10_dq[11:9]));
  assign b4_l10_e = {b4_l10_pos, b4_l10_dig[1]};
  assign b4_l10_t = {b4_l10_hit, b4_l10_dig[2], b4_l10_e};
  assign b4_l11_cnt = {3'd0, b4_l11_nzs[0]} + {3'd0, b4_l11_nzs[1]} + {3'd0, b4_l11_nzs[2]} + {3'd0, b4_l11_nzs[3]};
  assign b4_l11_h0 = b4_l11_nq[0] & (4'd0 == cj11);
  assign b4_l11_n0 = 4'd0 + {3'd0, b4_l11_nq[0]};
  assign b4_l11_h1 = b4_l11_nq[1] & (b4_l11_n0 == cj11);
  assign b4_l11_n1 = b4_l11_n0 + {3'd0, b4_l11_nq[1]};
  assign b4_l11_h2 = b4_l11_nq[2] & (b4_l11_n1 == cj11);
  assign b4_l11_n2 = b4_l11_n1 + {3'd0, b4_l11_nq[2]};
  assign b4_l11_h3 = b4_l11_nq[3] & (b4_l11_n2 == cj11);
  assign b4_l11_hit = b4_l11_h0 | b4_l11_h1 | b4_l11_h2 | b4_l11_h3;
  assign b4_l11_pos = ((b4_l11_h0 ? 2'd0 : 2'd0) | (b4_l11_h1 ? 2'd1 : 2'd0) | (b4_l11_h2 ? 2'd2 : 2'd0) | (b4_l11_h3 ? 2'd3 : 2'd0));
  assign b4_l11_dig = (({3{b4_l11_h0}} & b4_l11_dq[2:0]) | ({3{b4_l11_h1}} & b4_l11_dq[5:3]) | ({3{b4_l11_h2}} & b4_l11_dq[8:6]) | ({3{b4_l11_h3}} & b4_l11_dq[11:9]));
  assign b4_l11_e = {b4_l11_pos, b4_l11_dig[1]};
  assign b4_l11_t = {b4_l11_hit, b4_l11_dig[2], b4_l11_e};
  assign b4_l12_cnt = {3'd0, b4_l12_nzs[0]} + {3'd0, b4_l12_nzs[1]} + {3'd0, b4_l12_nzs[2]} + {3'd0, b4_l12_nzs[3]};
  assign b4_l12_h0 = b4_l12_nq[0] & (4'd0 == cj12);
  assign b4_l12_n0 = 4'd0 + {3'd0, b4_l12_nq[0]};
  assign b4_l12_h1 = b4_l12_nq[1] & (b4_l12_n0 == cj12);
  assign b4_l12_n1 = b4_l12_n0 + {3'd0, b4_l12_nq[1]};
  assign b4_l12_h2 = b4_l12_nq[2] & (b4_l12_n1 == cj12);
  assign b4_l12_n2 = b4_l12_n1 + {3'd0, b4_l12_nq[2]};
  assign b4_l12_h3 = b4_l12_nq[3] & (b4_l12_n2 == cj12);
  assign b4_l12_hit = b4_l12_h0 | b4_l12_h1 | b4_l12_h2 | b4_l12_h3;
  assign b4_l12_pos = ((b4_l12_h0 ? 2'd0 : 2'd0) | (b4_l12_h1 ? 2'd1 : 2'd0) | (b4_l12_h2 ? 2'd2 : 2'd0) | (b4_l12_h3 ? 2'd3 : 2'd0));
  assign b4_l12_dig = (({3{b4_l12_h0}} & b4_l12_dq[2:0]) | ({3{b4_l12_h1}} & b4_l12_dq[5:3]) | ({3{b4_l12_h2}} & b4_l12_dq[8:6]) | ({3{b4_l12_h3}} & b4_l12_dq[11:9]));
  assign b4_l12_e = {b4_l12_pos, b4_l12_dig[1]};
  assign b4_l12_t = {b4_l12_hit, b4_l12_dig[2], b4_l12_e};
  assign b4_l13_cnt = {3'd0, b4_l13_nzs[0]} + {3'd0, b4_l13_nzs[1]} + {3'd0, b4_l13_nzs[2]} + {3'd0, b4_l13_nzs[3]};
  assign b4_l13_h0 = b4_l13_nq[0] & (4'd0 == cj13);
  assign b4_l13_n0 = 4'd0 + {3'd0, b4_l13_nq[0]};
  assign b4_l13_h1 = b4_l13_nq[1] & (b4_l13_n0 == cj13);
  assign b4_l13_n1 = b4_l13_n0 + {3'd0, b4_l13_nq[1]};
  assign b4_l13_h2 = b4_l13_nq[2] & (b4_l13_n1 == cj13);
  assign b4_l13_n2 = b4_l13_n1 + {3'd0, b4_l13_nq[2]};
  assign b4_l13_h3 = b4_l13_nq[3] & (b4_l13_n2 == cj13);
  assign b4_l13_hit = b4_l13_h0 | b4_l13_h1 | b4_l13_h2 | b4_l13_h3;
  assign b4_l13_pos = ((b4_l13_h0 ? 2'd0 : 2'd0) | (b4_l13_h1 ? 2'd1 : 2'd0) | (b4_l13_h2 ? 2'd2 : 2'd0) | (b4_l13_h3 ? 2'd3 : 2'd0));
  assign b4_l13_dig = (({3{b4_l13_h0}} & b4_l13_dq[2:0]) | ({3{b4_l13_h1}} & b4_l13_dq[5:3]) | ({3{b4_l13_h2}} & b4_l13_dq[8:6]) | ({3{b4_l13_h3}} & b4_l13_dq[11:9]));
  assign b4_l13_e = {b4_l13_pos, b4_l13_dig[1]};
  assign b4_l13_t = {b4_l13_hit, b4_l13_dig[2], b4_l13_e};
  assign b4_l14_cnt = {3'd0, b4_l14_nzs[0]} + {3'd0, b4_l14_nzs[1]} + {3'd0, b4_l14_nzs[2]} + {3'd0, b4_l14_nzs[3]};
  assign b4_l14_h0 = b4_l14_nq[0] & (4'd0 == cj14);
  assign b4_l14_n0 = 4'd0 + {3'd0, b4_l14_nq[0]};
  assign b4_l14_h1 = b4_l14_nq[1] & (b4_l14_n0 == cj14);
  assign b4_l14_n1 = b4_l14_n0 + {3'd0, b4_l14_nq[1]};
  assign b4_l14_h2 = b4_l14_nq[2] & (b4_l14_n1 == cj14);
  assign b4_l14_n2 = b4_l14_n1 + {3'd0, b4_l14_nq[2]};
  assign b4_l14_h3 = b4_l14_nq[3] & (b4_l14_n2 == cj14);
  assign b4_l14_hit = b4_l14_h0 | b4_l14_h1 | b4_l14_h2 | b4_l14_h3;
  assign b4_l14_pos = ((b4_l14_h0 ? 2'd0 : 2'd0) | (b4_l14_h1 ? 2'd1 : 2'd0) | (b4_l14_h2 ? 2'd2 : 2'd0) | (b4_l14_h3 ? 2'd3 : 2'd0));
  assign b4_l14_dig = (({3{b4_l14_h0}} & b4_l14_dq[2:0]) | ({3{b4_l14_h1}} & b4_l14_dq[5:3]) | ({3{b4_l14_h2}} & b4_l14_dq[8:6]) | ({3{b4_l14_h3}} & b4_l14_dq[11:9]));
  assign b4_l14_e = {b4_l14_pos, b4_l14_dig[1]};
  assign b4_l14_t = {b4_l14_hit, b4_l14_dig[2], b4_l14_e};
  assign b4_l15_cnt = {3'd0, b4_l15_nzs[0]} + {3'd0, b4_l15_nzs[1]} + {3'd0, b4_l15_nzs[2]} + {3'd0, b4_l15_nzs[3]};
  assign b4_l15_h0 = b4_l15_nq[0] & (4'd0 == cj15);
  assign b4_l15_n0 = 4'd0 + {3'd0, b4_l15_nq[0]};
  assign b4_l15_h1 = b4_l15_nq[1] & (b4_l15_n0 == cj15);
  assign b4_l15_n1 = b4_l15_n0 + {3'd0, b4_l15_nq[1]};
  assign b4_l15_h2 = b4_l15_nq[2] & (b4_l15_n1 == cj15);
  assign b4_l15_n2 = b4_l15_n1 + {3'd0, b4_l15_nq[2]};
  assign b4_l15_h3 = b4_l15_nq[3] & (b4_l15_n2 == cj15);
  assign b4_l15_hit = b4_l15_h0 | b4_l15_h1 | b4_l15_h2 | b4_l15_h3;
  assign b4_l15_pos = ((b4_l15_h0 ? 2'd0 : 2'd0) | (b4_l15_h1 ? 2'd1 : 2'd0) | (b4_l15_h2 ? 2'd2 : 2'd0) | (b4_l15_h3 ? 2'd3 : 2'd0));
  assign b4_l15_dig = (({3{b4_l15_h0}} & b4_l15_dq[2:0]) | ({3{b4_l15_h1}} & b4_l15_dq[5:3]) | ({3{b4_l15_h2}} & b4_l15_dq[8:6]) | ({3{b4_l15_h3}} & b4_l15_dq[11:9]));
  assign b4_l15_e = {b4_l15_pos, b4_l15_dig[1]};
  assign b4_l15_t = {b4_l15_hit, b4_l15_dig[2], b4_l15_e};
  assign b5_l0_cnt = {3'd0, b5_l0_nzs[0]} + {3'd0, b5_l0_nzs[1]} + {3'd0, b5_l0_nzs[2]} + {3'd0, b5_l0_nzs[3]};
  assign b5_l0_h0 = b5_l0_nq[0] & (4'd0 == cj0);
  assign b5_l0_n0 = 4'd0 + {3'd0, b5_l0_nq[0]};
  assign b5_l0_h1 = b5_l0_nq[1] & (b5_l0_n0 == cj0);
  assign b5_l0_n1 = b5_l0_n0 + {3'd0, b5_l0_nq[1]};
  assign b5_l0_h2 = b5_l0_nq[2] & (b5_l0_n1 == cj0);
  assign b5_l0_n2 = b5_l0_n1 + {3'd0, b5_l0_nq[2]};
  assign b5_l0_h3 = b5_l0_nq[3] & (b5_l0_n2 == cj0);
  assign b5_l0_hit = b5_l0_h0 | b5_l0_h1 | b5_l0_h2 | b5_l0_h3;
  assign b5_l0_pos = ((b5_l0_h0 ? 2'd0 : 2'd0) | (b5_l0_h1 ? 2'd1 : 2'd0) | (b5_l0_h2 ? 2'd2 : 2'd0) | (b5_l0_h3 ? 2'd3 : 2'd0));
  assign b5_l0_dig = (({3{b5_l0_h0}} & b5_l0_dq[2:0]) | ({3{b5_l0_h1}} & b5_l0_dq[5:3]) | ({3{b5_l0_h2}} & b5_l0_dq[8:6]) | ({3{b5_l0_h3}} & b5_l0_dq[11:9]));
  assign b5_l0_e = {b5_l0_pos, b5_l0_dig[1]};
  assign b5_l0_t = {b5_l0_hit, b5_l0_dig[2], b5_l0_e};
  assign b5_l1_cnt = {3'd0, b5_l1_nzs[0]} + {3'd0, b5_l1_nzs[1]} + {3'd0, b5_l1_nzs[2]} + {3'd0, b5_l1_nzs[3]};
  assign b5_l1_h0 = b5_l1_nq[0] & (4'd0 == cj1);
  assign b5_l1_n0 = 4'd0 + {3'd0, b5_l1_nq[0]};
  assign b5_l1_h1 = b5_l1_nq[1] & (b5_l1_n0 == cj1);
  assign b5_l1_n1 = b5_l1_n0 + {3'd0, b5_l1_nq[1]};
  assign b5_l1_h2 = b5_l1_nq[2] & (b5_l1_n1 == cj1);
  assign b5_l1_n2 = b5_l1_n1 + {3'd0, b5_l1_nq[2]};
  assign b5_l1_h3 = b5_l1_nq[3] & (b5_l1_n2 == cj1);
  assign b5_l1_hit = b5_l1_h0 | b5_l1_h1 | b5_l1_h2 | b5_l1_h3;
  assign b5_l1_pos = ((b5_l1_h0 ? 2'd0 : 2'd0) | (b5_l1_h1 ? 2'd1 : 2'd0) | (b5_l1_h2 ? 2'd2 : 2'd0) | (b5_l1_h3 ? 2'd3 : 2'd0));
  assign b5_l1_dig = (({3{b5_l1_h0}} & b5_l1_dq[2:0]) | ({3{b5_l1_h1}} & b5_l1_dq[5:3]) | ({3{b5_l1_h2}} & b5_l1_dq[8:6]) | ({3{b5_l1_h3}} & b5_l1_dq[11:9]));
  assign b5_l1_e = {b5_l1_pos, b5_l1_dig[1]};
  assign b5_l1_t = {b5_l1_hit, b5_l1_dig[2], b5_l1_e};
  assign b5_l2_cnt = {3'd0, b5_l2_nzs[0]} + {3'd0, b5_l2_nzs[1]} + {3'd0, b5_l2_nzs[2]} + {3'd0, b5_l2_nzs[3]};
  assign b5_l2_h0 = b5_l2_nq[0] & (4'd0 == cj2);
  assign b5_l2_n0 = 4'd0 + {3'd0, b5_l2_nq[0]};
  assign b5_l2_h1 = b5_l2_nq[1] & (b5_l2_n0 == cj2);
  assign b5_l2_n1 = b5_l2_n0 + {3'd0, b5_l2_nq[1]};
  assign b5_l2_h2 = b5_l2_nq[2] & (b5_l2_n1 == cj2);
  assign b5_l2_n2 = b5_l2_n1 + {3'd0, b5_l2_nq[2]};
  assign b5_l2_h3 = b5_l2_nq[3] & (b5_l2_n2 == cj2);
  assign b5_l2_hit = b5_l2_h0 | b5_l2_h1 | b5_l2_h2 | b5_l2_h3;
  assign b5_l2_pos = ((b5_l2_h0 ? 2'd0 : 2'd0) | (b5_l2_h1 ? 2'd1 : 2'd0) | (b5_l2_h2 ? 2'd2 : 2'd0) | (b5_l2_h3 ? 2'd3 : 2'd0));
  assign b5_l2_dig = (({3{b5_l2_h0}} & b5_l2_dq[2:0]) | ({3{b5_l2_h1}} & b5_l2_dq[5:3]) | ({3{b5_l2_h2}} & b5_l2_dq[8:6]) | ({3{b5_l2_h3}} & b5_l2_dq[11:9]));
  assign b5_l2_e = {b5_l2_pos, b5_l2_dig[1]};
  assign b5_l2_t = {b5_l2_hit, b5_l2_dig[2], b5_l2_e};
  assign b5_l3_cnt = {3'd0, b5_l3_nzs[0]} + {3'd0, b5_l3_nzs[1]} + {3'd0, b5_l3_nzs[2]} + {3'd0, b5_l3_nzs[3]};
  assign b5_l3_h0 = b5_l3_nq[0] & (4'd0 == cj3);
  assign b5_l3_n0 = 4'd0 + {3'd0, b5_l3_nq[0]};
  assign b5_l3_h1 = b5_l3_nq[1] & (b5_l3_n0 == cj3);
  assign b5_l3_n1 = b5_l3_n0 + {3'd0, b5_l3_nq[1]};
  assign b5_l3_h2 = b5_l3_nq[2] & (b5_l3_n1 == cj3);
  assign b5_l3_n2 = b5_l3_n1 + {3'd0, b5_l3_nq[2]};
  assign b5_l3_h3 = b5_l3_nq[3] & (b5_l3_n2 == cj3);
  assign b5_l3_hit = b5_l3_h0 | b5_l3_h1 | b5_l3_h2 | b5_l3_h3;
  assign b5_l3_pos = ((b5_l3_h0 ? 2'd0 : 2'd0) | (b5_l3_h1 ? 2'd1 : 2'd0) | (b5_l3_h2 ? 2'd2 : 2'd0) | (b5_l3_h3 ? 2'd3 : 2'd0));
  assign b5_l3_dig = (({3{b5_l3_h0}} & b5_l3_dq[2:0]) | ({3{b5_l3_h1}} & b5_l3_dq[5:3]) | ({3{b5_l3_h2}} & b5_l3_dq[8:6]) | ({3{b5_l3_h3}} & b5_l3_dq[11:9]));
  assign b5_l3_e = {b5_l3_pos, b5_l3_dig[1]};
  assign b5_l3_t = {b5_l3_hit, b5_l3_dig[2], b5_l3_e};
  assign b5_l4_cnt = {3'd0, b5_l4_nzs[0]} + {3'd0, b5_l4_nzs[1]} + {3'd0, b5_l4_nzs[2]} + {3'd0, b5_l4_nzs[3]};
  assign b5_l4_h0 = b5_l4_nq[0] & (4'd0 == cj4);
  assign b5_l4_n0 = 4'd0 + {3'd0, b5_l4_nq[0]};
  assign b5_l4_h1 = b5_l4_nq[1] & (b5_l4_n0 == cj4);
  assign b5_l4_n1 = b5_l4_n0 + {3'd0, b5_l4_nq[1]};
  assign b5_l4_h2 = b5_l4_nq[2] & (b5_l4_n1 == cj4);
  assign b5_l4_n2 = b5_l4_n1 + {3'd0, b5_l4_nq[2]};
  assign b5_l4_h3 = b5_l4_nq[3] & (b5_l4_n2 == cj4);
  assign b5_l4_hit = b5_l4_h0 | b5_l4_h1 | b5_l4_h2 | b5_l4_h3;
  assign b5_l4_pos = ((b5_l4_h0 ? 2'd0 : 2'd0) | (b5_l4_h1 ? 2'd1 : 2'd0) | (b5_l4_h2 ? 2'd2 : 2'd0) | (b5_l4_h3 ? 2'd3 : 2'd0));
  assign b5_l4_dig = (({3{b5_l4_h0}} & b5_l4_dq[2:0]) | ({3{b5_l4_h1}} & b5_l4_dq[5:3]) | ({3{b5_l4_h2}} & b5_l4_dq[8:6]) | ({3{b5_l4_h3}} & b5_l4_dq[11:9]));
  assign b5_l4_e = {b5_l4_pos, b5_l4_dig[1]};
  assign b5_l4_t = {b5_l4_hit, b5_l4_dig[2], b5_l4_e};
  assign b5_l5_cnt = {3'd0, b5_l5_nzs[0]} + {3'd0, b5_l5_nzs[1]} + {3'd0, b5_l5_nzs[2]} + {3'd0, b5_l5_nzs[3]};
  assign b5_l5_h0 = b5_l5_nq[0] & (4'd0 == cj5);
  assign b5_l5_n0 = 4'd0 + {3'd0, b5_l5_nq[0]};
  assign b5_l5_h1 = b5_l5_nq[1] & (b5_l5_n0 == cj5);
  assign b5_l5_n1 = b5_l5_n0 + {3'd0, b5_l5_nq[1]};
  assign b5_l5_h2 = b5_l5_nq[2] & (b5_l5_n1 == cj5);
  assign b5_l5_n2 = b5_l5_n1 + {3'd0, b5_l5_nq[2]};
  assign b5_l5_h3 = b5_l5_nq[3] & (b5_l5_n2 == cj5);
  assign b5_l5_hit = b5_l5_h0 | b5_l5_h1 | b5_l5_h2 | b5_l5_h3;
  assign b5_l5_pos = ((b5_l5_h0 ? 2'd0 : 2'd0) | (b5_l5_h1 ? 2'd1 : 2'd0) | (b5_l5_h2 ? 2'd2 : 2'd0) | (b5_l5_h3 ? 2'd3 : 2'd0));
  assign b5_l5_dig = (({3{b5_l5_h0}} & b5_l5_dq[2:0]) | ({3{b5_l5_h1}} & b5_l5_dq[5:3]) | ({3{b5_l5_h2}} & b5_l5_dq[8:6]) | ({3{b5_l5_h3}} & b5_l5_dq[11:9]));
  assign b5_l5_e = {b5_l5_pos, b5_l5_dig[1]};
  assign b5_l5_t = {b5_l5_hit, b5_l5_dig[2], b5_l5_e};
  assign b5_l6_cnt = {3'd0, b5_l6_nzs[0]} + {3'd0, b5_l6_nzs[1]} + {3'd0, b5_l6_nzs[2]} + {3'd0, b5_l6_nzs[3]};
  assign b5_l6_h0 = b5_l6_nq[0] & (4'd0 == cj6);
  assign b5_l6_n0 = 4'd0 + {3'd0, b5_l6_nq[0]};
  assign b5_l6_h1 = b5_l6_nq[1] & (b5_l6_n0 == cj6);
  assign b5_l6_n1 = b5_l6_n0 + {3'd0, b5_l6_nq[1]};
  assign b5_l6_h2 = b5_l6_nq[2] & (b5_l6_n1 == cj6);
  assign b5_l6_n2 = b5_l6_n1 + {3'd0, b5_l6_nq[2]};
  assign b5_l6_h3 = b5_l6_nq[3] & (b5_l6_n2 == cj6);
  assign b5_l6_hit = b5_l6_h0 | b5_l6_h1 | b5_l6_h2 | b5_l6_h3;
  assign b5_l6_pos = ((b5_l6_h0 ? 2'd0 : 2'd0) | (b5_l6_h1 ? 2'd1 : 2'd0) | (b5_l6_h2 ? 2'd2 : 2'd0) | (b5_l6_h3 ? 2'd3 : 2'd0));
  assign b5_l6_dig = (({3{b5_l6_h0}} & b5_l6_dq[2:0]) | ({3{b5_l6_h1}} & b5_l6_dq[5:3]) | ({3{b5_l6_h2}} & b5_l6_dq[8:6]) | ({3{b5_l6_h3}} & b5_l6_dq[11:9]));
  assign b5_l6_e = {b5_l6_pos, b5_l6_dig[1]};
  assign b5_l6_t = {b5_l6_hit, b5_l6_dig[2], b5_l6_e};
  assign b5_l7_cnt = {3'd0, b5_l7_nzs[0]} + {3'd0, b5_l7_nzs[1]} + {3'd0, b5_l7_nzs[2]} + {3'd0, b5_l7_nzs[3]};
  assign b5_l7_h0 = b5_l7_nq[0] & (4'd0 == cj7);
  assign b5_l7_n0 = 4'd0 + {3'd0, b5_l7_nq[0]};
  assign b5_l7_h1 = b5_l7_nq[1] & (b5_l7_n0 == cj7);
  assign b5_l7_n1 = b5_l7_n0 + {3'd0, b5_l7_nq[1]};
  assign b5_l7_h2 = b5_l7_nq[2] & (b5_l7_n1 == cj7);
  assign b5_l7_n2 = b5_l7_n1 + {3'd0, b5_l7_nq[2]};
  assign b5_l7_h3 = b5_l7_nq[3] & (b5_l7_n2 == cj7);
  assign b5_l7_hit = b5_l7_h0 | b5_l7_h1 | b5_l7_h2 | b5_l7_h3;
  assign b5_l7_pos = ((b5_l7_h0 ? 2'd0 : 2'd0) | (b5_l7_h1 ? 2'd1 : 2'd0) | (b5_l7_h2 ? 2'd2 : 2'd0) | (b5_l7_h3 ? 2'd3 : 2'd0));
  assign b5_l7_dig = (({3{b5_l7_h0}} & b5_l7_dq[2:0]) | ({3{b5_l7_h1}} & b5_l7_dq[5:3]) | ({3{b5_l7_h2}} & b5_l7_dq[8:6]) | ({3{b5_l7_h3}} & b5_l7_dq[11:9]));
  assign b5_l7_e = {b5_l7_pos, b5_l7_dig[1]};
  assign b5_l7_t = {b5_l7_hit, b5_l7_dig[2], b5_l7_e};
  assign b5_l8_cnt = {3'd0, b5_l8_nzs[0]} + {3'd0, b5_l8_nzs[1]} + {3'd0, b5_l8_nzs[2]} + {3'd0, b5_l8_nzs[3]};
  assign b5_l8_h0 = b5_l8_nq[0] & (4'd0 == cj8);
  assign b5_l8_n0 = 4'd0 + {3'd0, b5_l8_nq[0]};
  assign b5_l8_h1 = b5_l8_nq[1] & (b5_l8_n0 == cj8);
  assign b5_l8_n1 = b5_l8_n0 + {3'd0, b5_l8_nq[1]};
  assign b5_l8_h2 = b5_l8_nq[2] & (b5_l8_n1 == cj8);
  assign b5_l8_n2 = b5_l8_n1 + {3'd0, b5_l8_nq[2]};
  assign b5_l8_h3 = b5_l8_nq[3] & (b5_l8_n2 == cj8);
  assign b5_l8_hit = b5_l8_h0 | b5_l8_h1 | b5_l8_h2 | b5_l8_h3;
  assign b5_l8_pos = ((b5_l8_h0 ? 2'd0 : 2'd0) | (b5_l8_h1 ? 2'd1 : 2'd0) | (b5_l8_h2 ? 2'd2 : 2'd0) | (b5_l8_h3 ? 2'd3 : 2'd0));
  assign b5_l8_dig = (({3{b5_l8_h0}} & b5_l8_dq[2:0]) | ({3{b5_l8_h1}} & b5_l8_dq[5:3]) | ({3{b5_l8_h2}} & b5_l8_dq[8:6]) | ({3{b5_l8_h3}} & b5_l8_dq[11:9]));
  assign b5_l8_e = {b5_l8_pos, b5_l8_dig[1]};
  assign b5_l8_t = {b5_l8_hit, b5_l8_dig[2], b5_l8_e};
  assign b5_l9_cnt = {3'd0, b5_l9_nzs[0]} + {3'd0, b5_l9_nzs[1]} + {3'd0, b5_l9_nzs[2]} + {3'd0, b5_l9_nzs[3]};
  assign b5_l9_h0 = b5_l9_nq[0] & (4'd0 == cj9);
  assign b5_l9_n0 = 4'd0 + {3'd0, b5_l9_nq[0]};
  assign b5_l9_h1 = b5_l9_nq[1] & (b5_l9_n0 == cj9);
  assign b5_l9_n1 = b5_l9_n0 + {3'd0, b5_l9_nq[1]};
  assign b5_l9_h2 = b5_l9_nq[2] & (b5_l9_n1 == cj9);
  assign b5_l9_n2 = b5_l9_n1 + {3'd0, b5_l9_nq[2]};
  assign b5_l9_h3 = b5_l9_nq[3] & (b5_l9_n2 == cj9);
  assign b5_l9_hit = b5_l9_h0 | b5_l9_h1 | b5_l9_h2 | b5_l9_h3;
  assign b5_l9_pos = ((b5_l9_h0 ? 2'd0 : 2'd0) | (b5_l9_h1 ? 2'd1 : 2'd0) | (b5_l9_h2 ? 2'd2 : 2'd0) | (b5_l9_h3 ? 2'd3 : 2'd0));
  assign b5_l9_dig = (({3{b5_l9_h0}} & b5_l9_dq[2:0]) | ({3{b5_l9_h1}} & b5_l9_dq[5:3]) | ({3{b5_l9_h2}} & b5_l9_dq[8:6]) | ({3{b5_l9_h3}} & b5_l9_dq[11:9]));
  assign b5_l9_e = {b5_l9_pos, b5_l9_dig[1]};
  assign b5_l9_t = {b5_l9_hit, b5_l9_dig[2], b5_l9_e};
  assign b5_l10_cnt = {3'd0, b5_l10_nzs[0]} + {3'd0, b5_l10_nzs[1]} + {3'd0, b5_l10_nzs[2]} + {3'd0, b5_l10_nzs[3]};
  assign b5_l10_h0 = b5_l10_nq[0] & (4'd0 == cj10);
  assign b5_l10_n0 = 4'd0 + {3'd0, b5_l10_nq[0]};
  assign b5_l10_h1 = b5_l10_nq[1] & (b5_l10_n0 == cj10);
  assign b5_l10_n1 = b5_l10_n0 + {3'd0, b5_l10_nq[1]};
  assign b5_l10_h2 = b5_l10_nq[2] & (b5_l10_n1 == cj10);
  assign b5_l10_n2 = b5_l10_n1 + {3'd0, b5_l10_nq[2]};
  assign b5_l10_h3 = b5_l10_nq[3] & (b5_l10_n2 == cj10);
  assign b5_l10_hit = b5_l10_h0 | b5_l10_h1 | b5_l10_h2 | b5_l10_h3;
  assign b5_l10_pos = ((b5_l10_h0 ? 2'd0 : 2'd0) | (b5_l10_h1 ? 2'd1 : 2'd0) | (b5_l10_h2 ? 2'd2 : 2'd0) | (b5_l10_h3 ? 2'd3 : 2'd0));
  assign b5_l10_dig = (({3{b5_l10_h0}} & b5_l10_dq[2:0]) | ({3{b5_l10_h1}} & b5_l10_dq[5:3]) | ({3{b5_l10_h2}} & b5_l10_dq[8:6]) | ({3{b5_l10_h3}} & b5_l10_dq[11:9]));
  assign b5_l10_e = {b5_l10_pos, b5_l10_dig[1]};
  assign b5_l10_t = {b5_l10_hit, b5_l10_dig[2], b5_l10_e};
  assign b5_l11_cnt = {3'd0, b5_l11_nzs[0]} + {3'd0, b5_l11_nzs[1]} + {3'd0, b5_l11_nzs[2]} + {3'd0, b5_l11_nzs[3]};
  assign b5_l11_h0 = b5_l11_nq[0] & (4'd0 == cj11);
  assign b5_l11_n0 = 4'd0 + {3'd0, b5_l11_nq[0]};
  assign b5_l11_h1 = b5_l11_nq[1] & (b5_l11_n0 == cj11);
  assign b5_l11_n1 = b5_l11_n0 + {3'd0, b5_l11_nq[1]};
  assign b5_l11_h2 = b5_l11_nq[2] & (b5_l11_n1 == cj11);
  assign b5_l11_n2 = b5_l11_n1 + {3'd0, b5_l11_nq[2]};
  assign b5_l11_h3 = b5_l11_nq[3] & (b5_l11_n2 == cj11);
  assign b5_l11_hit = b5_l11_h0 | b5_l11_h1 | b5_l11_h2 | b5_l11_h3;
  assign b5_l11_pos = ((b5_l11_h0 ? 2'd0 : 2'd0) | (b5_l11_h1 ? 2'd1 : 2'd0) | (b5_l11_h2 ? 2'd2 : 2'd0) | (b5_l11_h3 ? 2'd3 : 2'd0));
  assign b5_l11_dig = (({3{b5_l11_h0}} & b5_l11_dq[2:0]) | ({3{b5_l11_h1}} & b5_l11_dq[5:3]) | ({3{b5_l11_h2}} & b5_l11_dq[8:6]) | ({3{b5_l11_h3}} & b5_l11_dq[11:9]));
  assign b5_l11_e = {b5_l11_pos, b5_l11_dig[1]};
  assign b5_l11_t = {b5_l11_hit, b5_l11_dig[2], b5_l11_e};
  assign b5_l12_cnt = {3'd0, b5_l12_nzs[0]} + {3'd0, b5_l12_nzs[1]} + {3'd0, b5_l12_nzs[2]} + {3'd0, b5_l12_nzs[3]};
  assign b5_l12_h0 = b5_l12_nq[0] & (4'd0 == cj12);
  assign b5_l12_n0 = 4'd0 + {3'd0, b5_l12_nq[0]};
  assign b5_l12_h1 = b5_l12_nq[1] & (b5_l12_n0 == cj12);
  assign b5_l12_n1 = b5_l12_n0 + {3'd0, b5_l12_nq[1]};
  assign b5_l12_h2 = b5_l12_nq[2] & (b5_l12_n1 == cj12);
  assign b5_l12_n2 = b5_l12_n1 + {3'd0, b5_l12_nq[2]};
  assign b5_l12_h3 = b5_l12_nq[3] & (b5_l12_n2 == cj12);
  assign b5_l12_hit = b5_l12_h0 | b5_l12_h1 | b5_l12_h2 | b5_l12_h3;
  assign b5_l12_pos = ((b5_l12_h0 ? 2'd0 : 2'd0) | (b5_l12_h1 ? 2'd1 : 2'd0) | (b5_l12_h2 ? 2'd2 : 2'd0) | (b5_l12_h3 ? 2'd3 : 2'd0));
  assign b5_l12_dig = (({3{b5_l12_h0}} & b5_l12_dq[2:0]) | ({3{b5_l12_h1}} & b5_l12_dq[5:3]) | ({3{b5_l12_h2}} & b5_l12_dq[8:6]) | ({3{b5_l12_h3}} & b5_l12_dq[11:9]));
  assign b5_l12_e = {b5_l12_pos, b5_l12_dig[1]};
  assign b5_l12_t = {b5_l12_hit, b5_l12_dig[2], b5_l12_e};
  assign b5_l13_cnt = {3'd0, b5_l13_nzs[0]} + {3'd0, b5_l13_nzs[1]} + {3'd0, b5_l13_nzs[2]} + {3'd0, b5_l13_nzs[3]};
  assign b5_l13_h0 = b5_l13_nq[0] & (4'd0 == cj13);
  assign b5_l13_n0 = 4'd0 + {3'd0, b5_l13_nq[0]};
  assign b5_l13_h1 = b5_l13_nq[1] & (b5_l13_n0 == cj13);
  assign b5_l13_n1 = b5_l13_n0 + {3'd0, b5_l13_nq[1]};
  assign b5_l13_h2 = b5_l13_nq[2] & (b5_l13_n1 == cj13);
  assign b5_l13_n2 = b5_l13_n1 + {3'd0, b5_l13_nq[2]};
  assign b5_l13_h3 = b5_l13_nq[3] & (b5_l13_n2 == cj13);
  assign b5_l13_hit = b5_l13_h0 | b5_l13_h1 | b5_l13_h2 | b5_l13_h3;
  assign b5_l13_pos = ((b5_l13_h0 ? 2'd0 : 2'd0) | (b5_l13_h1 ? 2'd1 : 2'd0) | (b5_l13_h2 ? 2'd2 : 2'd0) | (b5_l13_h3 ? 2'd3 : 2'd0));
  assign b5_l13_dig = (({3{b5_l13_h0}} & b5_l13_dq[2:0]) | ({3{b5_l13_h1}} & b5_l13_dq[5:3]) | ({3{b5_l13_h2}} & b5_l13_dq[8:6]) | ({3{b5_l13_h3}} & b5_l13_dq[11:9]));
  assign b5_l13_e = {b5_l13_pos, b5_l13_dig[1]};
  assign b5_l13_t = {b5_l13_hit, b5_l13_dig[2], b5_l13_e};
  assign b5_l14_cnt = {3'd0, b5_l14_nzs[0]} + {3'd0, b5_l14_nzs[1]} + {3'd0, b5_l14_nzs[2]} + {3'd0, b5_l14_nzs[3]};
  assign b5_l14_h0 = b5_l14_nq[0] & (4'd0 == cj14);
  assign b5_l14_n0 = 4'd0 + {3'd0, b5_l14_nq[0]};
  assign b5_l14_h1 = b5_l14_nq[1] & (b5_l14_n0 == cj14);
  assign b5_l14_n1 = b5_l14_n0 + {3'd0, b5_l14_nq[1]};
  assign b5_l14_h2 = b5_l14_nq[2] & (b5_l14_n1 == cj14);
  assign b5_l14_n2 = b5_l14_n1 + {3'd0, b5_l14_nq[2]};
  assign b5_l14_h3 = b5_l14_nq[3] & (b5_l14_n2 == cj14);
  assign b5_l14_hit = b5_l14_h0 | b5_l14_h1 | b5_l14_h2 | b5_l14_h3;
  assign b5_l14_pos = ((b5_l14_h0 ? 2'd0 : 2'd0) | (b5_l14_h1 ? 2'd1 : 2'd0) | (b5_l14_h2 ? 2'd2 : 2'd0) | (b5_l14_h3 ? 2'd3 : 2'd0));
  assign b5_l14_dig = (({3{b5_l14_h0}} & b5_l14_dq[2:0]) | ({3{b5_l14_h1}} & b5_l14_dq[5:3]) | ({3{b5_l14_h2}} & b5_l14_dq[8:6]) | ({3{b5_l14_h3}} & b5_l14_dq[11:9]));
  assign b5_l14_e = {b5_l14_pos, b5_l14_dig[1]};
  assign b5_l14_t = {b5_l14_hit, b5_l14_dig[2], b5_l14_e};
  assign b5_l15_cnt = {3'd0, b5_l15_nzs[0]} + {3'd0, b5_l15_nzs[1]} + {3'd0, b5_l15_nzs[2]} + {3'd0, b5_l15_nzs[3]};
  assign b5_l15_h0 = b5_l15_nq[0] & (4'd0 == cj15);
  assign b5_l15_n0 = 4'd0 + {3'd0, b5_l15_nq[0]};
  assign b5_l15_h1 = b5_l15_nq[1] & (b5_l15_n0 == cj15);
  assign b5_l15_n1 = b5_l15_n0 + {3'd0, b5_l15_nq[1]};
  assign b5_l15_h2 = b5_l15_nq[2] & (b5_l15_n1 == cj15);
  assign b5_l15_n2 = b5_l15_n1 + {3'd0, b5_l15_nq[2]};
  assign b5_l15_h3 = b5_l15_nq[3] & (b5_l15_n2 == cj15);
  assign b5_l15_hit = b5_l15_h0 | b5_l15_h1 | b5_l15_h2 | b5_l15_h3;
  assign b5_l15_pos = ((b5_l15_h0 ? 2'd0 : 2'd0) | (b5_l15_h1 ? 2'd1 : 2'd0) | (b5_l15_h2 ? 2'd2 : 2'd0) | (b5_l15_h3 ? 2'd3 : 2'd0));
  assign b5_l15_dig = (({3{b5_l15_h0}} & b5_l15_dq[2:0]) | ({3{b5_l15_h1}} & b5_l15_dq[5:3]) | ({3{b5_l15_h2}} & b5_l15_dq[8:6]) | ({3{b5_l15_h3}} & b5_l15_dq[11:9]));
  assign b5_l15_e = {b5_l15_pos, b5_l15_dig[1]};
  assign b5_l15_t = {b5_l15_hit, b5_l15_dig[2], b5_l15_e};
  assign b6_l0_cnt = {3'd0, b6_l0_nzs[0]} + {3'd0, b6_l0_nzs[1]} + {3'd0, b6_l0_nzs[2]} + {3'd0, b6_l0_nzs[3]};
  assign b6_l0_h0 = b6_l0_nq[0] & (4'd0 == cj0);
  assign b6_l0_n0 = 4'd0 + {3'd0, b6_l0_nq[0]};
  assign b6_l0_h1 = b6_l0_nq[1] & (b6_l0_n0 == cj0);
  assign b6_l0_n1 = b6_l0_n0 + {3'd0, b6_l0_nq[1]};
  assign b6_l0_h2 = b6_l0_nq[2] & (b6_l0_n1 == cj0);
  assign b6_l0_n2 = b6_l0_n1 + {3'd0, b6_l0_nq[2]};
  assign b6_l0_h3 = b6_l0_nq[3] & (b6_l0_n2 == cj0);
  assign b6_l0_hit = b6_l0_h0 | b6_l0_h1 | b6_l0_h2 | b6_l0_h3;
  assign b6_l0_pos = ((b6_l0_h0 ? 2'd0 : 2'd0) | (b6_l0_h1 ? 2'd1 : 2'd0) | (b6_l0_h2 ? 2'd2 : 2'd0) | (b6_l0_h3 ? 2'd3 : 2'd0));
  assign b6_l0_dig = (({3{b6_l0_h0}} & b6_l0_dq[2:0]) | ({3{b6_l0_h1}} & b6_l0_dq[5:3]) | ({3{b6_l0_h2}} & b6_l0_dq[8:6]) | ({3{b6_l0_h3}} & b6_l0_dq[11:9]));
  assign b6_l0_e = {b6_l0_pos, b6_l0_dig[1]};
  assign b6_l0_t = {b6_l0_hit, b6_l0_dig[2], b6_l0_e};
  assign b6_l1_cnt = {3'd0, b6_l1_nzs[0]} + {3'd0, b6_l1_nzs[1]} + {3'd0, b6_l1_nzs[2]} + {3'd0, b6_l1_nzs[3]};
  assign b6_l1_h0 = b6_l1_nq[0] & (4'd0 == cj1);
  assign b6_l1_n0 = 4'd0 + {3'd0, b6_l1_nq[0]};
  assign b6_l1_h1 = b6_l1_nq[1] & (b6_l1_n0 == cj1);
  assign b6_l1_n1 = b6_l1_n0 + {3'd0, b6_l1_nq[1]};
  assign b6_l1_h2 = b6_l1_nq[2] & (b6_l1_n1 == cj1);
  assign b6_l1_n2 = b6_l1_n1 + {3'd0, b6_l1_nq[2]};
  assign b6_l1_h3 = b6_l1_nq[3] & (b6_l1_n2 == cj1);
  assign b6_l1_hit = b6_l1_h0 | b6_l1_h1 | b6_l1_h2 | b6_l1_h3;
  assign b6_l1_pos = ((b6_l1_h0 ? 2'd0 : 2'd0) | (b6_l1_h1 ? 2'd1 : 2'd0) | (b6_l1_h2 ? 2'd2 : 2'd0) | (b6_l1_h3 ? 2'd3 : 2'd0));
  assign b6_l1_dig = (({3{b6_l1_h0}} & b6_l1_dq[2:0]) | ({3{b6_l1_h1}} & b6_l1_dq[5:3]) | ({3{b6_l1_h2}} & b6_l1_dq[8:6]) | ({3{b6_l1_h3}} & b6_l1_dq[11:9]));
  assign b6_l1_e = {b6_l1_pos, b6_l1_dig[1]};
  assign b6_l1_t = {b6_l1_hit, b6_l1_dig[2], b6_l1_e};
  assign b6_l2_cnt = {3'd0, b6_l2_nzs[0]} + {3'd0, b6_l2_nzs[1]} + {3'd0, b6_l2_nzs[2]} + {3'd0, b6_l2_nzs[3]};
  assign b6_l2_h0 = b6_l2_nq[0] & (4'd0 == cj2);
  assign b6_l2_n0 = 4'd0 + {3'd0, b6_l2_nq[0]};
  assign b6_l2_h1 = b6_l2_nq[1] & (b6_l2_n0 == cj2);
  assign b6_l2_n1 = b6_l2_n0 + {3'd0, b6_l2_nq[1]};
  assign b6_l2_h2 = b6_l2_nq[2] & (b6_l2_n1 == cj2);
  assign b6_l2_n2 = b6_l2_n1 + {3'd0, b6_l2_nq[2]};
  assign b6_l2_h3 = b6_l2_nq[3] & (b6_l2_n2 == cj2);
  assign b6_l2_hit = b6_l2_h0 | b6_l2_h1 | b6_l2_h2 | b6_l2_h3;
  assign b6_l2_pos = ((b6_l2_h0 ? 2'd0 : 2'd0) | (b6_l2_h1 ? 2'd1 : 2'd0) | (b6_l2_h2 ? 2'd2 : 2'd0) | (b6_l2_h3 ? 2'd3 : 2'd0));
  assign b6_l2_dig = (({3{b6_l2_h0}} & b6_l2_dq[2:0]) | ({3{b6_l2_h1}} & b6_l2_dq[5:3]) | ({3{b6_l2_h2}} & b6_l2_dq[8:6]) | ({3{b6_l2_h3}} & b6_l2_dq[11:9]));
  assign b6_l2_e = {b6_l2_pos, b6_l2_dig[1]};
  assign b6_l2_t = {b6_l2_hit, b6_l2_dig[2], b6_l2_e};
  assign b6_l3_cnt = {3'd0, b6_l3_nzs[0]} + {3'd0, b6_l3_nzs[1]} + {3'd0, b6_l3_nzs[2]} + {3'd0, b6_l3_nzs[3]};
  assign b6_l3_h0 = b6_l3_nq[0] & (4'd0 == cj3);
  assign b6_l3_n0 = 4'd0 + {3'd0, b6_l3_nq[0]};
  assign b6_l3_h1 = b6_l3_nq[1] & (b6_l3_n0 == cj3);
  assign b6_l3_n1 = b6_l3_n0 + {3'd0, b6_l3_nq[1]};
  assign b6_l3_h2 = b6_l3_nq[2] & (b6_l3_n1 == cj3);
  assign b6_l3_n2 = b6_l3_n1 + {3'd0, b6_l3_nq[2]};
  assign b6_l3_h3 = b6_l3_nq[3] & (b6_l3_n2 == cj3);
  assign b6_l3_hit = b6_l3_h0 | b6_l3_h1 | b6_l3_h2 | b6_l3_h3;
  assign b6_l3_pos = ((b6_l3_h0 ? 2'd0 : 2'd0) | (b6_l3_h1 ? 2'd1 : 2'd0) | (b6_l3_h2 ? 2'd2 : 2'd0) | (b6_l3_h3 ? 2'd3 : 2'd0));
  assign b6_l3_dig = (({3{b6_l3_h0}} & b6_l3_dq[2:0]) | ({3{b6_l3_h1}} & b6_l3_dq[5:3]) | ({3{b6_l3_h2}} & b6_l3_dq[8:6]) | ({3{b6_l3_h3}} & b6_l3_dq[11:9]));
  assign b6_l3_e = {b6_l3_pos, b6_l3_dig[1]};
  assign b6_l3_t = {b6_l3_hit, b6_l3_dig[2], b6_l3_e};
  assign b6_l4_cnt = {3'd0, b6_l4_nzs[0]} + {3'd0, b6_l4_nzs[1]} + {3'd0, b6_l4_nzs[2]} + {3'd0, b6_l4_nzs[3]};
  assign b6_l4_h0 = b6_l4_nq[0] & (4'd0 == cj4);
  assign b6_l4_n0 = 4'd0 + {3'd0, b6_l4_nq[0]};
  assign b6_l4_h1 = b6_l4_nq[1] & (b6_l4_n0 == cj4);
  assign b6_l4_n1 = b6_l4_n0 + {3'd0, b6_l4_nq[1]};
  assign b6_l4_h2 = b6_l4_nq[2] & (b6_l4_n1 == cj4);
  assign b6_l4_n2 = b6_l4_n1 + {3'd0, b6_l4_nq[2]};
  assign b6_l4_h3 = b6_l4_nq[3] & (b6_l4_n2 == cj4);
  assign b6_l4_hit = b6_l4_h0 | b6_l4_h1 | b6_l4_h2 | b6_l4_h3;
  assign b6_l4_pos = ((b6_l4_h0 ? 2'd0 : 2'd0) | (b6_l4_h1 ? 2'd1 : 2'd0) | (b6_l4_h2 ? 2'd2 : 2'd0) | (b6_l4_h3 ? 2'd3 : 2'd0));
  assign b6_l4_dig = (({3{b6_l4_h0}} & b6_l4_dq[2:0]) | ({3{b6_l4_h1}} & b6_l4_dq[5:3]) | ({3{b6_l4_h2}} & b6_l4_dq[8:6]) | ({3{b6_l4_h3}} & b6_l4_dq[11:9]));
  assign b6_l4_e = {b6_l4_pos, b6_l4_dig[1]};
  assign b6_l4_t = {b6_l4_hit, b6_l4_dig[2], b6_l4_e};
  assign b6_l5_cnt = {3'd0, b6_l5_nzs[0]} + {3'd0, b6_l5_nzs[1]} + {3'd0, b6_l5_nzs[2]} + {3'd0, b6_l5_nzs[3]};
  assign b6_l5_h0 = b6_l5_nq[0] & (4'd0 == cj5);
  assign b6_l5_n0 = 4'd0 + {3'd0, b6_l5_nq[0]};
  assign b6_l5_h1 = b6_l5_nq[1] & (b6_l5_n0 == cj5);
  assign b6_l5_n1 = b6_l5_n0 + {3'd0, b6_l5_nq[1]};
  assign b6_l5_h2 = b6_l5_nq[2] & (b6_l5_n1 == cj5);
  assign b6_l5_n2 = b6_l5_n1 + {3'd0, b6_l5_nq[2]};
  assign b6_l5_h3 = b6_l5_nq[3] & (b6_l5_n2 == cj5);
  assign b6_l5_hit = b6_l5_h0 | b6_l5_h1 | b6_l5_h2 | b6_l5_h3;
  assign b6_l5_pos = ((b6_l5_h0 ? 2'd0 : 2'd0) | (b6_l5_h1 ? 2'd1 : 2'd0) | (b6_l5_h2 ? 2'd2 : 2'd0) | (b6_l5_h3 ? 2'd3 : 2'd0));
  assign b6_l5_dig = (({3{b6_l5_h0}} & b6_l5_dq[2:0]) | ({3{b6_l5_h1}} & b6_l5_dq[5:3]) | ({3{b6_l5_h2}} & b6_l5_dq[8:6]) | ({3{b6_l5_h3}} & b6_l5_dq[11:9]));
  assign b6_l5_e = {b6_l5_pos, b6_l5_dig[1]};
  assign b6_l5_t = {b6_l5_hit, b6_l5_dig[2], b6_l5_e};
  assign b6_l6_cnt = {3'd0, b6_l6_nzs[0]} + {3'd0, b6_l6_nzs[1]} + {3'd0, b6_l6_nzs[2]} + {3'd0, b6_l6_nzs[3]};
  assign b6_l6_h0 = b6_l6_nq[0] & (4'd0 == cj6);
  assign b6_l6_n0 = 4'd0 + {3'd0, b6_l6_nq[0]};
  assign b6_l6_h1 = b6_l6_nq[1] & (b6_l6_n0 == cj6);
  assign b6_l6_n1 = b6_l6_n0 + {3'd0, b6_l6_nq[1]};
  assign b6_l6_h2 = b6_l6_nq[2] & (b6_l6_n1 == cj6);
  assign b6_l6_n2 = b6_l6_n1 + {3'd0, b6_l6_nq[2]};
  assign b6_l6_h3 = b6_l6_nq[3] & (b6_l6_n2 == cj6);
  assign b6_l6_hit = b6_l6_h0 | b6_l6_h1 | b6_l6_h2 | b6_l6_h3;
  assign b6_l6_pos = ((b6_l6_h0 ? 2'd0 : 2'd0) | (b6_l6_h1 ? 2'd1 : 2'd0) | (b6_l6_h2 ? 2'd2 : 2'd0) | (b6_l6_h3 ? 2'd3 : 2'd0));
  assign b6_l6_dig = (({3{b6_l6_h0}} & b6_l6_dq[2:0]) | ({3{b6_l6_h1}} & b6_l6_dq[5:3]) | ({3{b6_l6_h2}} & b6_l6_dq[8:6]) | ({3{b6_l6_h3}} & b6_l6_dq[11:9]));
  assign b6_l6_e = {b6_l6_pos, b6_l6_dig[1]};
  assign b6_l6_t = {b6_l6_hit, b6_l6_dig[2], b6_l6_e};
  assign b6_l7_cnt = {3'd0, b6_l7_nzs[0]} + {3'd0, b6_l7_nzs[1]} + {3'd0, b6_l7_nzs[2]} + {3'd0, b6_l7_nzs[3]};
  assign b6_l7_h0 = b6_l7_nq[0] & (4'd0 == cj7);
  assign b6_l7_n0 = 4'd0 + {3'd0, b6_l7_nq[0]};
  assign b6_l7_h1 = b6_l7_nq[1] & (b6_l7_n0 == cj7);
  assign b6_l7_n1 = b6_l7_n0 + {3'd0, b6_l7_nq[1]};
  assign b6_l7_h2 = b6_l7_nq[2] & (b6_l7_n1 == cj7);
  assign b6_l7_n2 = b6_l7_n1 + {3'd0, b6_l7_nq[2]};
  assign b6_l7_h3 = b6_l7_nq[3] & (b6_l7_n2 == cj7);
  assign b6_l7_hit = b6_l7_h0 | b6_l7_h1 | b6_l7_h2 | b6_l7_h3;
  assign b6_l7_pos = ((b6_l7_h0 ? 2'd0 : 2'd0) | (b6_l7_h1 ? 2'd1 : 2'd0) | (b6_l7_h2 ? 2'd2 : 2'd0) | (b6_l7_h3 ? 2'd3 : 2'd0));
  assign b6_l7_dig = (({3{b6_l7_h0}} & b6_l7_dq[2:0]) | ({3{b6_l7_h1}} & b6_l7_dq[5:3]) | ({3{b6_l7_h2}} & b6_l7_dq[8:6]) | ({3{b6_l7_h3}} & b6_l7_dq[11:9]));
  assign b6_l7_e = {b6_l7_pos, b6_l7_dig[1]};
  assign b6_l7_t = {b6_l7_hit, b6_l7_dig[2], b6_l7_e};
  assign b6_l8_cnt = {3'd0, b6_l8_nzs[0]} + {3'd0, b6_l8_nzs[1]} + {3'd0, b6_l8_nzs[2]} + {3'd0, b6_l8_nzs[3]};
  assign b6_l8_h0 = b6_l8_nq[0] & (4'd0 == cj8);
  assign b6_l8_n0 = 4'd0 + {3'd0, b6_l8_nq[0]};
  assign b6_l8_h1 = b6_l8_nq[1] & (b6_l8_n0 == cj8);
  assign b6_l8_n1 = b6_l8_n0 + {3'd0, b6_l8_nq[1]};
  assign b6_l8_h2 = b6_l8_nq[2] & (b6_l8_n1 == cj8);
  assign b6_l8_n2 = b6_l8_n1 + {3'd0, b6_l8_nq[2]};
  assign b6_l8_h3 = b6_l8_nq[3] & (b6_l8_n2 == cj8);
  assign b6_l8_hit = b6_l8_h0 | b6_l8_h1 | b6_l8_h2 | b6_l8_h3;
  assign b6_l8_pos = ((b6_l8_h0 ? 2'd0 : 2'd0) | (b6_l8_h1 ? 2'd1 : 2'd0) | (b6_l8_h2 ? 2'd2 : 2'd0) | (b6_l8_h3 ? 2'd3 : 2'd0));
  assign b6_l8_dig = (({3{b6_l8_h0}} & b6_l8_dq[2:0]) | ({3{b6_l8_h1}} & b6_l8_dq[5:3]) | ({3{b6_l8_h2}} & b6_l8_dq[8:6]) | ({3{b6_l8_h3}} & b6_l8_dq[11:9]));
  assign b6_l8_e = {b6_l8_pos, b6_l8_dig[1]};
  assign b6_l8_t = {b6_l8_hit, b6_l8_dig[2], b6_l8_e};
  assign b6_l9_cnt = {3'd0, b6_l9_nzs[0]} + {3'd0, b6_l9_nzs[1]} + {3'd0, b6_l9_nzs[2]} + {3'd0, b6_l9_nzs[3]};
  assign b6_l9_h0 = b6_l9_nq[0] & (4'd0 == cj9);
  assign b6_l9_n0 = 4'd0 + {3'd0, b6_l9_nq[0]};
  assign b6_l9_h1 = b6_l9_nq[1] & (b6_l9_n0 == cj9);
  assign b6_l9_n1 = b6_l9_n0 + {3'd0, b6_l9_nq[1]};
  assign b6_l9_h2 = b6_l9_nq[2] & (b6_l9_n1 == cj9);
  assign b6_l9_n2 = b6_l9_n1 + {3'd0, b6_l9_nq[2]};
  assign b6_l9_h3 = b6_l9_nq[3] & (b6_l9_n2 == cj9);
  assign b6_l9_hit = b6_l9_h0 | b6_l9_h1 | b6_l9_h2 | b6_l9_h3;
  assign b6_l9_pos = ((b6_l9_h0 ? 2'd0 : 2'd0) | (b6_l9_h1 ? 2'd1 : 2'd0) | (b6_l9_h2 ? 2'd2 : 2'd0) | (b6_l9_h3 ? 2'd3 : 2'd0));
  assign b6_l9_dig = (({3{b6_l9_h0}} & b6_l9_dq[2:0]) | ({3{b6_l9_h1}} & b6_l9_dq[5:3]) | ({3{b6_l9_h2}} & b6_l9_dq[8:6]) | ({3{b6_l9_h3}} & b6_l9_dq[11:9]));
  assign b6_l9_e = {b6_l9_pos, b6_l9_dig[1]};
  assign b6_l9_t = {b6_l9_hit, b6_l9_dig[2], b6_l9_e};
  assign b6_l10_cnt = {3'd0, b6_l10_nzs[0]} + {3'd0, b6_l10_nzs[1]} + {3'd0, b6_l10_nzs[2]} + {3'd0, b6_l10_nzs[3]};
  assign b6_l10_h0 = b6_l10_nq[0] & (4'd0 == cj10);
  assign b6_l10_n0 = 4'd0 + {3'd0, b6_l10_nq[0]};
  assign b6_l10_h1 = b6_l10_nq[1] & (b6_l10_n0 == cj10);
  assign b6_l10_n1 = b6_l10_n0 + {3'd0, b6_l10_nq[1]};
  assign b6_l10_h2 = b6_l10_nq[2] & (b6_l10_n1 == cj10);
  assign b6_l10_n2 = b6_l10_n1 + {3'd0, b6_l10_nq[2]};
  assign b6_l10_h3 = b6_l10_nq[3] & (b6_l10_n2 == cj10);
  assign b6_l10_hit = b6_l10_h0 | b6_l10_h1 | b6_l10_h2 | b6_l10_h3;
  assign b6_l10_pos = ((b6_l10_h0 ? 2'd0 : 2'd0) | (b6_l10_h1 ? 2'd1 : 2'd0) | (b6_l10_h2 ? 2'd2 : 2'd0) | (b6_l10_h3 ? 2'd3 : 2'd0));
  assign b6_l10_dig = (({3{b6_l10_h0}} & b6_l10_dq[2:0]) | ({3{b6_l10_h1}} & b6_l10_dq[5:3]) | ({3{b6_l10_h2}} & b6_l10_dq[8:6]) | ({3{b6_l10_h3}} & b6_l10_dq[11:9]));
  assign b6_l10_e = {b6_l10_pos, b6_l10_dig[1]};
  assign b6_l10_t = {b6_l10_hit, b6_l10_dig[2], b6_l10_e};
  assign b6_l11_cnt = {3'd0, b6_l11_nzs[0]} + {3'd0, b6_l11_nzs[1]} + {3'd0, b6_l11_nzs[2]} + {3'd0, b6_l11_nzs[3]};
  assign b6_l11_h0 = b6_l11_nq[0] & (4'd0 == cj11);
  assign b6_l11_n0 = 4'd0 + {3'd0, b6_l11_nq[0]};
  assign b6_l11_h1 = b6_l11_nq[1] & (b6_l11_n0 == cj11);
  assign b6_l11_n1 = b6_l11_n0 + {3'd0, b6_l11_nq[1]};
  assign b6_l11_h2 = b6_l11_nq[2] & (b6_l11_n1 == cj11);
  assign b6_l11_n2 = b6_l11_n1 + {3'd0, b6_l11_nq[2]};
  assign b6_l11_h3 = b6_l11_nq[3] & (b6_l11_n2 == cj11);
  assign b6_l11_hit = b6_l11_h0 | b6_l11_h1 | b6_l11_h2 | b6_l11_h3;
  assign b6_l11_pos = ((b6_l11_h0 ? 2'd0 : 2'd0) | (b6_l11_h1 ? 2'd1 : 2'd0) | (b6_l11_h2 ? 2'd2 : 2'd0) | (b6_l11_h3 ? 2'd3 : 2'd0));
  assign b6_l11_dig = (({3{b6_l11_h0}} & b6_l11_dq[2:0]) | ({3{b6_l11_h1}} & b6_l11_dq[5:3]) | ({3{b6_l11_h2}} & b6_l11_dq[8:6]) | ({3{b6_l11_h3}} & b6_l11_dq[11:9]));
  assign b6_l11_e = {b6_l11_pos, b6_l11_dig[1]};
  assign b6_l11_t = {b6_l11_hit, b6_l11_dig[2], b6_l11_e};
  assign b6_l12_cnt = {3'd0, b6_l12_nzs[0]} + {3'd0, b6_l12_nzs[1]} + {3'd0, b6_l12_nzs[2]} + {3'd0, b6_l12_nzs[3]};
  assign b6_l12_h0 = b6_l12_nq[0] & (4'd0 == cj12);
  assign b6_l12_n0 = 4'd0 + {3'd0, b6_l12_nq[0]};
  assign b6_l12_h1 = b6_l12_nq[1] & (b6_l12_n0 == cj12);
  assign b6_l12_n1 = b6_l12_n0 + {3'd0, b6_l12_nq[1]};
  assign b6_l12_h2 = b6_l12_nq[2] & (b6_l12_n1 == cj12);
  assign b6_l12_n2 = b6_l12_n1 + {3'd0, b6_l12_nq[2]};
  assign b6_l12_h3 = b6_l12_nq[3] & (b6_l12_n2 == cj12);
  assign b6_l12_hit = b6_l12_h0 | b6_l12_h1 | b6_l12_h2 | b6_l12_h3;
  assign b6_l12_pos = ((b6_l12_h0 ? 2'd0 : 2'd0) | (b6_l12_h1 ? 2'd1 : 2'd0) | (b6_l12_h2 ? 2'd2 : 2'd0) | (b6_l12_h3 ? 2'd3 : 2'd0));
  assign b6_l12_dig = (({3{b6_l12_h0}} & b6_l12_dq[2:0]) | ({3{b6_l12_h1}} & b6_l12_dq[5:3]) | ({3{b6_l12_h2}} & b6_l12_dq[8:6]) | ({3{b6_l12_h3}} & b6_l12_dq[11:9]));
  assign b6_l12_e = {b6_l12_pos, b6_l12_dig[1]};
  assign b6_l12_t = {b6_l12_hit, b6_l12_dig[2], b6_l12_e};
  assign b6_l13_cnt = {3'd0, b6_l13_nzs[0]} + {3'd0, b6_l13_nzs[1]} + {3'd0, b6_l13_nzs[2]} + {3'd0, b6_l13_nzs[3]};
  assign b6_l13_h0 = b6_l13_nq[0] & (4'd0 == cj13);
  assign b6_l13_n0 = 4'd0 + {3'd0, b6_l13_nq[0]};
  assign b6_l13_h1 = b6_l13_nq[1] & (b6_l13_n0 == cj13);
  assign b6_l13_n1 = b6_l13_n0 + {3'd0, b6_l13_nq[1]};
  assign b6_l13_h2 = b6_l13_nq[2] & (b6_l13_n1 == cj13);
  assign b6_l13_n2 = b6_l13_n1 + {3'd0, b6_l13_nq[2]};
  assign b6_l13_h3 = b6_l13_nq[3] & (b6_l13_n2 == cj13);
  assign b6_l13_hit = b6_l13_h0 | b6_l13_h1 | b6_l13_h2 | b6_l13_h3;
  assign b6_l13_pos = ((b6_l13_h0 ? 2'd0 : 2'd0) | (b6_l13_h1 ? 2'd1 : 2'd0) | (b6_l13_h2 ? 2'd2 : 2'd0) | (b6_l13_h3 ? 2'd3 : 2'd0));
  assign b6_l13_dig = (({3{b6_l13_h0}} & b6_l13_dq[2:0]) | ({3{b6_l13_h1}} & b6_l13_dq[5:3]) | ({3{b6_l13_h2}} & b6_l13_dq[8:6]) | ({3{b6_l13_h3}} & b6_l13_dq[11:9]));
  assign b6_l13_e = {b6_l13_pos, b6_l13_dig[1]};
  assign b6_l13_t = {b6_l13_hit, b6_l13_dig[2], b6_l13_e};
  assign b6_l14_cnt = {3'd0, b6_l14_nzs[0]} + {3'd0, b6_l14_nzs[1]} + {3'd0, b6_l14_nzs[2]} + {3'd0, b6_l14_nzs[3]};
  assign b6_l14_h0 = b6_l14_nq[0] & (4'd0 == cj14);
  assign b6_l14_n0 = 4'd0 + {3'd0, b6_l14_nq[0]};
  assign b6_l14_h1 = b6_l14_nq[1] & (b6_l14_n0 == cj14);
  assign b6_l14_n1 = b6_l14_n0 + {3'd0, b6_l14_nq[1]};
  assign b6_l14_h2 = b6_l14_nq[2] & (b6_l14_n1 == cj14);
  assign b6_l14_n2 = b6_l14_n1 + {3'd0, b6_l14_nq[2]};
  assign b6_l14_h3 = b6_l14_nq[3] & (b6_l14_n2 == cj14);
  assign b6_l14_hit = b6_l14_h0 | b6_l14_h1 | b6_l14_h2 | b6_l14_h3;
  assign b6_l14_pos = ((b6_l14_h0 ? 2'd0 : 2'd0) | (b6_l14_h1 ? 2'd1 : 2'd0) | (b6_l14_h2 ? 2'd2 : 2'd0) | (b6_l14_h3 ? 2'd3 : 2'd0));
  assign b6_l14_dig = (({3{b6_l14_h0}} & b6_l14_dq[2:0]) | ({3{b6_l14_h1}} & b6_l14_dq[5:3]) | ({3{b6_l14_h2}} & b6_l14_dq[8:6]) | ({3{b6_l14_h3}} & b6_l14_dq[11:9]));
  assign b6_l14_e = {b6_l14_pos, b6_l14_dig[1]};
  assign b6_l14_t = {b6_l14_hit, b6_l14_dig[2], b6_l14_e};
  assign b6_l15_cnt = {3'd0, b6_l15_nzs[0]} + {3'd0, b6_l15_nzs[1]} + {3'd0, b6_l15_nzs[2]} + {3'd0, b6_l15_nzs[3]};
  assign b6_l15_h0 = b6_l15_nq[0] & (4'd0 == cj15);
  assign b6_l15_n0 = 4'd0 + {3'd0, b6_l15_nq[0]};
  assign b6_l15_h1 = b6_l15_nq[1] & (b6_l15_n0 == cj15);
  assign b6_l15_n1 = b6_l15_n0 + {3'd0, b6_l15_nq[1]};
  assign b6_l15_h2 = b6_l15_nq[2] & (b6_l15_n1 == cj15);
  assign b6_l15_n2 = b6_l15_n1 + {3'd0, b6_l15_nq[2]};
  assign b6_l15_h3 = b6_l15_nq[3] & (b6_l15_n2 == cj15);
  assign b6_l15_hit = b6_l15_h0 | b6_l15_h1 | b6_l15_h2 | b6_l15_h3;
  assign b6_l15_pos = ((b6_l15_h0 ? 2'd0 : 2'd0) | (b6_l15_h1 ? 2'd1 : 2'd0) | (b6_l15_h2 ? 2'd2 : 2'd0) | (b6_l15_h3 ? 2'd3 : 2'd0));
  assign b6_l15_dig = (({3{b6_l15_h0}} & b6_l15_dq[2:0]) | ({3{b6_l15_h1}} & b6_l15_dq[5:3]) | ({3{b6_l15_h2}} & b6_l15_dq[8:6]) | ({3{b6_l15_h3}} & b6_l15_dq[11:9]));
  assign b6_l15_e = {b6_l15_pos, b6_l15_dig[1]};
  assign b6_l15_t = {b6_l15_hit, b6_l15_dig[2], b6_l15_e};
  assign b7_l0_cnt = {3'd0, b7_l0_nzs[0]} + {3'd0, b7_l0_nzs[1]} + {3'd0, b7_l0_nzs[2]} + {3'd0, b7_l0_nzs[3]};
  assign b7_l0_h0 = b7_l0_nq[0] & (4'd0 == cj0);
  assign b7_l0_n0 = 4'd0 + {3'd0, b7_l0_nq[0]};
  assign b7_l0_h1 = b7_l0_nq[1] & (b7_l0_n0 == cj0);
  assign b7_l0_n1 = b7_l0_n0 + {3'd0, b7_l0_nq[1]};
  assign b7_l0_h2 = b7_l0_nq[2] & (b7_l0_n1 == cj0);
  assign b7_l0_n2 = b7_l0_n1 + {3'd0, b7_l0_nq[2]};
  assign b7_l0_h3 = b7_l0_nq[3] & (b7_l0_n2 == cj0);
  assign b7_l0_hit = b7_l0_h0 | b7_l0_h1 | b7_l0_h2 | b7_l0_h3;
  assign b7_l0_pos = ((b7_l0_h0 ? 2'd0 : 2'd0) | (b7_l0_h1 ? 2'd1 : 2'd0) | (b7_l0_h2 ? 2'd2 : 2'd0) | (b7_l0_h3 ? 2'd3 : 2'd0));
  assign b7_l0_dig = (({3{b7_l0_h0}} & b7_l0_dq[2:0]) | ({3{b7_l0_h1}} & b7_l0_dq[5:3]) | ({3{b7_l0_h2}} & b7_l0_dq[8:6]) | ({3{b7_l0_h3}} & b7_l0_dq[11:9]));
  assign b7_l0_e = {b7_l0_pos, b7_l0_dig[1]};
  assign b7_l0_t = {b7_l0_hit, b7_l0_dig[2], b7_l0_e};
  assign b7_l1_cnt = {3'd0, b7_l1_nzs[0]} + {3'd0, b7_l1_nzs[1]} + {3'd0, b7_l1_nzs[2]} + {3'd0, b7_l1_nzs[3]};
  assign b7_l1_h0 = b7_l1_nq[0] & (4'd0 == cj1);
  assign b7_l1_n0 = 4'd0 + {3'd0, b7_l1_nq[0]};
  assign b7_l1_h1 = b7_l1_nq[1] & (b7_l1_n0 == cj1);
  assign b7_l1_n1 = b7_l1_n0 + {3'd0, b7_l1_nq[1]};
  assign b7_l1_h2 = b7_l1_nq[2] & (b7_l1_n1 == cj1);
  assign b7_l1_n2 = b7_l1_n1 + {3'd0, b7_l1_nq[2]};
  assign b7_l1_h3 = b7_l1_nq[3] & (b7_l1_n2 == cj1);
  assign b7_l1_hit = b7_l1_h0 | b7_l1_h1 | b7_l1_h2 | b7_l1_h3;
  assign b7_l1_pos = ((b7_l1_h0 ? 2'd0 : 2'd0) | (b7_l1_h1 ? 2'd1 : 2'd0) | (b7_l1_h2 ? 2'd2 : 2'd0) | (b7_l1_h3 ? 2'd3 : 2'd0));
  assign b7_l1_dig = (({3{b7_l1_h0}} & b7_l1_dq[2:0]) | ({3{b7_l1_h1}} & b7_l1_dq[5:3]) | ({3{b7_l1_h2}} & b7_l1_dq[8:6]) | ({3{b7_l1_h3}} & b7_l1_dq[11:9]));
  assign b7_l1_e = {b7_l1_pos, b7_l1_dig[1]};
  assign b7_l1_t = {b7_l1_hit, b7_l1_dig[2], b7_l1_e};
  assign b7_l2_cnt = {3'd0, b7_l2_nzs[0]} + {3'd0, b7_l2_nzs[1]} + {3'd0, b7_l2_nzs[2]} + {3'd0, b7_l2_nzs[3]};
  assign b7_l2_h0 = b7_l2_nq[0] & (4'd0 == cj2);
  assign b7_l2_n0 = 4'd0 + {3'd0, b7_l2_nq[0]};
  assign b7_l2_h1 = b7_l2_nq[1] & (b7_l2_n0 == cj2);
  assign b7_l2_n1 = b7_l2_n0 + {3'd0, b7_l2_nq[1]};
  assign b7_l2_h2 = b7_l2_nq[2] & (b7_l2_n1 == cj2);
  assign b7_l2_n2 = b7_l2_n1 + {3'd0, b7_l2_nq[2]};
  assign b7_l2_h3 = b7_l2_nq[3] & (b7_l2_n2 == cj2);
  assign b7_l2_hit = b7_l2_h0 | b7_l2_h1 | b7_l2_h2 | b7_l2_h3;
  assign b7_l2_pos = ((b7_l2_h0 ? 2'd0 : 2'd0) | (b7_l2_h1 ? 2'd1 : 2'd0) | (b7_l2_h2 ? 2'd2 : 2'd0) | (b7_l2_h3 ? 2'd3 : 2'd0));
  assign b7_l2_dig = (({3{b7_l2_h0}} & b7_l2_dq[2:0]) | ({3{b7_l2_h1}} & b7_l2_dq[5:3]) | ({3{b7_l2_h2}} & b7_l2_dq[8:6]) | ({3{b7_l2_h3}} & b7_l2_dq[11:9]));
  assign b7_l2_e = {b7_l2_pos, b7_l2_dig[1]};
  assign b7_l2_t = {b7_l2_hit, b7_l2_dig[2], b7_l2_e};
  assign b7_l3_cnt = {3'd0, b7_l3_nzs[0]} + {3'd0, b7_l3_nzs[1]} + {3'd0, b7_l3_nzs[2]} + {3'd0, b7_l3_nzs[3]};
  assign b7_l3_h0 = b7_l3_nq[0] & (4'd0 == cj3);
  assign b7_l3_n0 = 4'd0 + {3'd0, b7_l3_nq[0]};
  assign b7_l3_h1 = b7_l3_nq[1] & (b7_l3_n0 == cj3);
  assign b7_l3_n1 = b7_l3_n0 + {3'd0, b7_l3_nq[1]};
  assign b7_l3_h2 = b7_l3_nq[2] & (b7_l3_n1 == cj3);
  assign b7_l3_n2 = b7_l3_n1 + {3'd0, b7_l3_nq[2]};
  assign b7_l3_h3 = b7_l3_nq[3] & (b7_l3_n2 == cj3);
  assign b7_l3_hit = b7_l3_h0 | b7_l3_h1 | b7_l3_h2 | b7_l3_h3;
  assign b7_l3_pos = ((b7_l3_h0 ? 2'd0 : 2'd0) | (b7_l3_h1 ? 2'd1 : 2'd0) | (b7_l3_h2 ? 2'd2 : 2'd0) | (b7_l3_h3 ? 2'd3 : 2'd0));
  assign b7_l3_dig = (({3{b7_l3_h0}} & b7_l3_dq[2:0]) | ({3{b7_l3_h1}} & b7_l3_dq[5:3]) | ({3{b7_l3_h2}} & b7_l3_dq[8:6]) | ({3{b7_l3_h3}} & b7_l3_dq[11:9]));
  assign b7_l3_e = {b7_l3_pos, b7_l3_dig[1]};
  assign b7_l3_t = {b7_l3_hit, b7_l3_dig[2], b7_l3_e};
  assign b7_l4_cnt = {3'd0, b7_l4_nzs[0]} + {3'd0, b7_l4_nzs[1]} + {3'd0, b7_l4_nzs[2]} + {3'd0, b7_l4_nzs[3]};
  assign b7_l4_h0 = b7_l4_nq[0] & (4'd0 == cj4);
  assign b7_l4_n0 = 4'd0 + {3'd0, b7_l4_nq[0]};
  assign b7_l4_h1 = b7_l4_nq[1] & (b7_l4_n0 == cj4);
  assign b7_l4_n1 = b7_l4_n0 + {3'd0, b7_l4_nq[1]};
  assign b7_l4_h2 = b7_l4_nq[2] & (b7_l4_n1 == cj4);
  assign b7_l4_n2 = b7_l4_n1 + {3'd0, b7_l4_nq[2]};
  assign b7_l4_h3 = b7_l4_nq[3] & (b7_l4_n2 == cj4);
  assign b7_l4_hit = b7_l4_h0 | b7_l4_h1 | b7_l4_h2 | b7_l4_h3;
  assign b7_l4_pos = ((b7_l4_h0 ? 2'd0 : 2'd0) | (b7_l4_h1 ? 2'd1 : 2'd0) | (b7_l4_h2 ? 2'd2 : 2'd0) | (b7_l4_h3 ? 2'd3 : 2'd0));
  assign b7_l4_dig = (({3{b7_l4_h0}} & b7_l4_dq[2:0]) | ({3{b7_l4_h1}} & b7_l4_dq[5:3]) | ({3{b7_l4_h2}} & b7_l4_dq[8:6]) | ({3{b7_l4_h3}} & b7_l4_dq[11:9]));
  assign b7_l4_e = {b7_l4_pos, b7_l4_dig[1]};
  assign b7_l4_t = {b7_l4_hit, b7_l4_dig[2], b7_l4_e};
  assign b7_l5_cnt = {3'd0, b7_l5_nzs[0]} + {3'd0, b7_l5_nzs[1]} + {3'd0, b7_l5_nzs[2]} + {3'd0, b7_l5_nzs[3]};
  assign b7_l5_h0 = b7_l5_nq[0] & (4'd0 == cj5);
  assign b7_l5_n0 = 4'd0 + {3'd0, b7_l5_nq[0]};
  assign b7_l5_h1 = b7_l5_nq[1] & (b7_l5_n0 == cj5);
  assign b7_l5_n1 = b7_l5_n0 + {3'd0, b7_l5_nq[1]};
  assign b7_l5_h2 = b7_l5_nq[2] & (b7_l5_n1 == cj5);
  assign b7_l5_n2 = b7_l5_n1 + {3'd0, b7_l5_nq[2]};
  assign b7_l5_h3 = b7_l5_nq[3] & (b7_l5_n2 == cj5);
  assign b7_l5_hit = b7_l5_h0 | b7_l5_h1 | b7_l5_h2 | b7_l5_h3;
  assign b7_l5_pos = ((b7_l5_h0 ? 2'd0 : 2'd0) | (b7_l5_h1 ? 2'd1 : 2'd0) | (b7_l5_h2 ? 2'd2 : 2'd0) | (b7_l5_h3 ? 2'd3 : 2'd0));
  assign b7_l5_dig = (({3{b7_l5_h0}} & b7_l5_dq[2:0]) | ({3{b7_l5_h1}} & b7_l5_dq[5:3]) | ({3{b7_l5_h2}} & b7_l5_dq[8:6]) | ({3{b7_l5_h3}} & b7_l5_dq[11:9]));
  assign b7_l5_e = {b7_l5_pos, b7_l5_dig[1]};
  assign b7_l5_t = {b7_l5_hit, b7_l5_dig[2], b7_l5_e};
  assign b7_l6_cnt = {3'd0, b7_l6_nzs[0]} + {3'd0, b7_l6_nzs[1]} + {3'd0, b7_l6_nzs[2]} + {3'd0, b7_l6_nzs[3]};
  assign b7_l6_h0 = b7_l6_nq[0] & (4'd0 == cj6);
  assign b7_l6_n0 = 4'd0 + {3'd0, b7_l6_nq[0]};
  assign b7_l6_h1 = b7_l6_nq[1] & (b7_l6_n0 == cj6);
  assign b7_l6_n1 = b7_l6_n0 + {3'd0, b7_l6_nq[1]};
  assign b7_l6_h2 = b7_l6_nq[2] & (b7_l6_n1 == cj6);
  assign b7_l6_n2 = b7_l6_n1 + {3'd0, b7_l6_nq[2]};
  assign b7_l6_h3 = b7_l6_nq[3] & (b7_l6_n2 == cj6);
  assign b7_l6_hit = b7_l6_h0 | b7_l6_h1 | b7_l6_h2 | b7_l6_h3;
  assign b7_l6_pos = ((b7_l6_h0 ? 2'd0 : 2'd0) | (b7_l6_h1 ? 2'd1 : 2'd0) | (b7_l6_h2 ? 2'd2 : 2'd0) | (b7_l6_h3 ? 2'd3 : 2'd0));
  assign b7_l6_dig = (({3{b7_l6_h0}} & b7_l6_dq[2:0]) | ({3{b7_l6_h1}} & b7_l6_dq[5:3]) | ({3{b7_l6_h2}} & b7_l6_dq[8:6]) | ({3{b7_l6_h3}} & b7_l6_dq[11:9]));
  assign b7_l6_e = {b7_l6_pos, b7_l6_dig[1]};
  assign b7_l6_t = {b7_l6_hit, b7_l6_dig[2], b7_l6_e};
  assign b7_l7_cnt = {3'd0, b7_l7_nzs[0]} + {3'd0, b7_l7_nzs[1]} + {3'd0, b7_l7_nzs[2]} + {3'd0, b7_l7_nzs[3]};
  assign b7_l7_h0 = b7_l7_nq[0] & (4'd0 == cj7);
  assign b7_l7_n0 = 4'd0 + {3'd0, b7_l7_nq[0]};
  assign b7_l7_h1 = b7_l7_nq[1] & (b7_l7_n0 == cj7);
  assign b7_l7_n1 = b7_l7_n0 + {3'd0, b7_l7_nq[1]};
  assign b7_l7_h2 = b7_l7_nq[2] & (b7_l7_n1 == cj7);
  assign b7_l7_n2 = b7_l7_n1 + {3'd0, b7_l7_nq[2]};
  assign b7_l7_h3 = b7_l7_nq[3] & (b7_l7_n2 == cj7);
  assign b7_l7_hit = b7_l7_h0 | b7_l7_h1 | b7_l7_h2 | b7_l7_h3;
  assign b7_l7_pos = ((b7_l7_h0 ? 2'd0 : 2'd0) | (b7_l7_h1 ? 2'd1 : 2'd0) | (b7_l7_h2 ? 2'd2 : 2'd0) | (b7_l7_h3 ? 2'd3 : 2'd0));
  assign b7_l7_dig = (({3{b7_l7_h0}} & b7_l7_dq[2:0]) | ({3{b7_l7_h1}} & b7_l7_dq[5:3]) | ({3{b7_l7_h2}} & b7_l7_dq[8:6]) | ({3{b7_l7_h3}} & b7_l7_dq[11:9]));
  assign b7_l7_e = {b7_l7_pos, b7_l7_dig[1]};
  assign b7_l7_t = {b7_l7_hit, b7_l7_dig[2], b7_l7_e};
  assign b7_l8_cnt = {3'd0, b7_l8_nzs[0]} + {3'd0, b7_l8_nzs[1]} + {3'd0, b7_l8_nzs[2]} + {3'd0, b7_l8_nzs[3]};
  assign b7_l8_h0 = b7_l8_nq[0] & (4'd0 == cj8);
  assign b7_l8_n0 = 4'd0 + {3'd0, b7_l8_nq[0]};
  assign b7_l8_h1 = b7_l8_nq[1] & (b7_l8_n0 == cj8);
  assign b7_l8_n1 = b7_l8_n0 + {3'd0, b7_l8_nq[1]};
  assign b7_l8_h2 = b7_l8_nq[2] & (b7_l8_n1 == cj8);
  assign b7_l8_n2 = b7_l8_n1 + {3'd0, b7_l8_nq[2]};
  assign b7_l8_h3 = b7_l8_nq[3] & (b7_l8_n2 == cj8);
  assign b7_l8_hit = b7_l8_h0 | b7_l8_h1 | b7_l8_h2 | b7_l8_h3;
  assign b7_l8_pos = ((b7_l8_h0 ? 2'd0 : 2'd0) | (b7_l8_h1 ? 2'd1 : 2'd0) | (b7_l8_h2 ? 2'd2 : 2'd0) | (b7_l8_h3 ? 2'd3 : 2'd0));
  assign b7_l8_dig = (({3{b7_l8_h0}} & b7_l8_dq[2:0]) | ({3{b7_l8_h1}} & b7_l8_dq[5:3]) | ({3{b7_l8_h2}} & b7_l8_dq[8:6]) | ({3{b7_l8_h3}} & b7_l8_dq[11:9]));
  assign b7_l8_e = {b7_l8_pos, b7_l8_dig[1]};
  assign b7_l8_t = {b7_l8_hit, b7_l8_dig[2], b7_l8_e};
  assign b7_l9_cnt = {3'd0, b7_l9_nzs[0]} + {3'd0, b7_l9_nzs[1]} + {3'd0, b7_l9_nzs[2]} + {3'd0, b7_l9_nzs[3]};
  assign b7_l9_h0 = b7_l9_nq[0] & (4'd0 == cj9);
  assign b7_l9_n0 = 4'd0 + {3'd0, b7_l9_nq[0]};
  assign b7_l9_h1 = b7_l9_nq[1] & (b7_l9_n0 == cj9);
  assign b7_l9_n1 = b7_l9_n0 + {3'd0, b7_l9_nq[1]};
  assign b7_l9_h2 = b7_l9_nq[2] & (b7_l9_n1 == cj9);
  assign b7_l9_n2 = b7_l9_n1 + {3'd0, b7_l9_nq[2]};
  assign b7_l9_h3 = b7_l9_nq[3] & (b7_l9_n2 == cj9);
  assign b7_l9_hit = b7_l9_h0 | b7_l9_h1 | b7_l9_h2 | b7_l9_h3;
  assign b7_l9_pos = ((b7_l9_h0 ? 2'd0 : 2'd0) | (b7_l9_h1 ? 2'd1 : 2'd0) | (b7_l9_h2 ? 2'd2 : 2'd0) | (b7_l9_h3 ? 2'd3 : 2'd0));
  assign b7_l9_dig = (({3{b7_l9_h0}} & b7_l9_dq[2:0]) | ({3{b7_l9_h1}} & b7_l9_dq[5:3]) | ({3{b7_l9_h2}} & b7_l9_dq[8:6]) | ({3{b7_l9_h3}} & b7_l9_dq[11:9]));
  assign b7_l9_e = {b7_l9_pos, b7_l9_dig[1]};
  assign b7_l9_t = {b7_l9_hit, b7_l9_dig[2], b7_l9_e};
  assign b7_l10_cnt = {3'd0, b7_l10_nzs[0]} + {3'd0, b7_l10_nzs[1]} + {3'd0, b7_l10_nzs[2]} + {3'd0, b7_l10_nzs[3]};
  assign b7_l10_h0 = b7_l10_nq[0] & (4'd0 == cj10);
  assign b7_l10_n0 = 4'd0 + {3'd0, b7_l10_nq[0]};
  assign b7_l10_h1 = b7_l10_nq[1] & (b7_l10_n0 == cj10);
  assign b7_l10_n1 = b7_l10_n0 + {3'd0, b7_l10_nq[1]};
  assign b7_l10_h2 = b7_l10_nq[2] & (b7_l10_n1 == cj10);
  assign b7_l10_n2 = b7_l10_n1 + {3'd0, b7_l10_nq[2]};
  assign b7_l10_h3 = b7_l10_nq[3] & (b7_l10_n2 == cj10);
  assign b7_l10_hit = b7_l10_h0 | b7_l10_h1 | b7_l10_h2 | b7_l10_h3;
  assign b7_l10_pos = ((b7_l10_h0 ? 2'd0 : 2'd0) | (b7_l10_h1 ? 2'd1 : 2'd0) | (b7_l10_h2 ? 2'd2 : 2'd0) | (b7_l10_h3 ? 2'd3 : 2'd0));
  assign b7_l10_dig = (({3{b7_l10_h0}} & b7_l10_dq[2:0]) | ({3{b7_l10_h1}} & b7_l10_dq[5:3]) | ({3{b7_l10_h2}} & b7_l10_dq[8:6]) | ({3{b7_l10_h3}} & b7_l10_dq[11:9]));
  assign b7_l10_e = {b7_l10_pos, b7_l10_dig[1]};
  assign b7_l10_t = {b7_l10_hit, b7_l10_dig[2], b7_l10_e};
  assign b7_l11_cnt = {3'd0, b7_l11_nzs[0]} + {3'd0, b7_l11_nzs[1]} + {3'd0, b7_l11_nzs[2]} + {3'd0, b7_l11_nzs[3]};
  assign b7_l11_h0 = b7_l11_nq[0] & (4'd0 == cj11);
  assign b7_l11_n0 = 4'd0 + {3'd0, b7_l11_nq[0]};
  assign b7_l11_h1 = b7_l11_nq[1] & (b7_l11_n0 == cj11);
  assign b7_l11_n1 = b7_l11_n0 + {3'd0, b7_l11_nq[1]};
  assign b7_l11_h2 = b7_l11_nq[2] & (b7_l11_n1 == cj11);
  assign b7_l11_n2 = b7_l11_n1 + {3'd0, b7_l11_nq[2]};
  assign b7_l11_h3 = b7_l11_nq[3] & (b7_l11_n2 == cj11);
  assign b7_l11_hit = b7_l11_h0 | b7_l11_h1 | b7_l11_h2 | b7_l11_h3;
  assign b7_l11_pos = ((b7_l11_h0 ? 2'd0 : 2'd0) | (b7_l11_h1 ? 2'd1 : 2'd0) | (b7_l11_h2 ? 2'd2 : 2'd0) | (b7_l11_h3 ? 2'd3 : 2'd0));
  assign b7_l11_dig = (({3{b7_l11_h0}} & b7_l11_dq[2:0]) | ({3{b7_l11_h1}} & b7_l11_dq[5:3]) | ({3{b7_l11_h2}} & b7_l11_dq[8:6]) | ({3{b7_l11_h3}} & b7_l11_dq[11:9]));
  assign b7_l11_e = {b7_l11_pos, b7_l11_dig[1]};
  assign b7_l11_t = {b7_l11_hit, b7_l11_dig[2], b7_l11_e};
  assign b7_l12_cnt = {3'd0, b7_l12_nzs[0]} + {3'd0, b7_l12_nzs[1]} + {3'd0, b7_l12_nzs[2]} + {3'd0, b7_l12_nzs[3]};
  assign b7_l12_h0 = b7_l12_nq[0] & (4'd0 == cj12);
  assign b7_l12_n0 = 4'd0 + {3'd0, b7_l12_nq[0]};
  assign b7_l12_h1 = b7_l12_nq[1] & (b7_l12_n0 == cj12);
  assign b7_l12_n1 = b7_l12_n0 + {3'd0, b7_l12_nq[1]};
  assign b7_l12_h2 = b7_l12_nq[2] & (b7_l12_n1 == cj12);
  assign b7_l12_n2 = b7_l12_n1 + {3'd0, b7_l12_nq[2]};
  assign b7_l12_h3 = b7_l12_nq[3] & (b7_l12_n2 == cj12);
  assign b7_l12_hit = b7_l12_h0 | b7_l12_h1 | b7_l12_h2 | b7_l12_h3;
  assign b7_l12_pos = ((b7_l12_h0 ? 2'd0 : 2'd0) | (b7_l12_h1 ? 2'd1 : 2'd0) | (b7_l12_h2 ? 2'd2 : 2'd0) | (b7_l12_h3 ? 2'd3 : 2'd0));
  assign b7_l12_dig = (({3{b7_l12_h0}} & b7_l12_dq[2:0]) | ({3{b7_l12_h1}} & b7_l12_dq[5:3]) | ({3{b7_l12_h2}} & b7_l12_dq[8:6]) | ({3{b7_l12_h3}} & b7_l12_dq[11:9]));
  assign b7_l12_e = {b7_l12_pos, b7_l12_dig[1]};
  assign b7_l12_t = {b7_l12_hit, b7_l12_dig[2], b7_l12_e};
  assign b7_l13_cnt = {3'd0, b7_l13_nzs[0]} + {3'd0, b7_l13_nzs[1]} + {3'd0, b7_l13_nzs[2]} + {3'd0, b7_l13_nzs[3]};
  assign b7_l13_h0 = b7_l13_nq[0] & (4'd0 == cj13);
  assign b7_l13_n0 = 4'd0 + {3'd0, b7_l13_nq[0]};
  assign b7_l13_h1 = b7_l13_nq[1] & (b7_l13_n0 == cj13);
  assign b7_l13_n1 = b7_l13_n0 + {3'd0, b7_l13_nq[1]};
  assign b7_l13_h2 = b7_l13_nq[2] & (b7_l13_n1 == cj13);
  assign b7_l13_n2 = b7_l13_n1 + {3'd0, b7_l13_nq[2]};
  assign b7_l13_h3 = b7_l13_nq[3] & (b7_l13_n2 == cj13);
  assign b7_l13_hit = b7_l13_h0 | b7_l13_h1 | b7_l13_h2 | b7_l13_h3;
  assign b7_l13_pos = ((b7_l13_h0 ? 2'd0 : 2'd0) | (b7_l13_h1 ? 2'd1 : 2'd0) | (b7_l13_h2 ? 2'd2 : 2'd0) | (b7_l13_h3 ? 2'd3 : 2'd0));
  assign b7_l13_dig = (({3{b7_l13_h0}} & b7_l13_dq[2:0]) | ({3{b7_l13_h1}} & b7_l13_dq[5:3]) | ({3{b7_l13_h2}} & b7_l13_dq[8:6]) | ({3{b7_l13_h3}} & b7_l13_dq[11:9]));
  assign b7_l13_e = {b7_l13_pos, b7_l13_dig[1]};
  assign b7_l13_t = {b7_l13_hit, b7_l13_dig[2], b7_l13_e};
  assign b7_l14_cnt = {3'd0, b7_l14_nzs[0]} + {3'd0, b7_l14_nzs[1]} + {3'd0, b7_l14_nzs[2]} + {3'd0, b7_l14_nzs[3]};
  assign b7_l14_h0 = b7_l14_nq[0] & (4'd0 == cj14);
  assign b7_l14_n0 = 4'd0 + {3'd0, b7_l14_nq[0]};
  assign b7_l14_h1 = b7_l14_nq[1] & (b7_l14_n0 == cj14);
  assign b7_l14_n1 = b7_l14_n0 + {3'd0, b7_l14_nq[1]};
  assign b7_l14_h2 = b7_l14_nq[2] & (b7_l14_n1 == cj14);
  assign b7_l14_n2 = b7_l14_n1 + {3'd0, b7_l14_nq[2]};
  assign b7_l14_h3 = b7_l14_nq[3] & (b7_l14_n2 == cj14);
  assign b7_l14_hit = b7_l14_h0 | b7_l14_h1 | b7_l14_h2 | b7_l14_h3;
  assign b7_l14_pos = ((b7_l14_h0 ? 2'd0 : 2'd0) | (b7_l14_h1 ? 2'd1 : 2'd0) | (b7_l14_h2 ? 2'd2 : 2'd0) | (b7_l14_h3 ? 2'd3 : 2'd0));
  assign b7_l14_dig = (({3{b7_l14_h0}} & b7_l14_dq[2:0]) | ({3{b7_l14_h1}} & b7_l14_dq[5:3]) | ({3{b7_l14_h2}} & b7_l14_dq[8:6]) | ({3{b7_l14_h3}} & b7_l14_dq[11:9]));
  assign b7_l14_e = {b7_l14_pos, b7_l14_dig[1]};
  assign b7_l14_t = {b7_l14_hit, b7_l14_dig[2], b7_l14_e};
  assign b7_l15_cnt = {3'd0, b7_l15_nzs[0]} + {3'd0, b7_l15_nzs[1]} + {3'd0, b7_l15_nzs[2]} + {3'd0, b7_l15_nzs[3]};
  assign b7_l15_h0 = b7_l15_nq[0] & (4'd0 == cj15);
  assign b7_l15_n0 = 4'd0 + {3'd0, b7_l15_nq[0]};
  assign b7_l15_h1 = b7_l15_nq[1] & (b7_l15_n0 == cj15);
  assign b7_l15_n1 = b7_l15_n0 + {3'd0, b7_l15_nq[1]};
  assign b7_l15_h2 = b7_l15_nq[2] & (b7_l15_n1 == cj15);
  assign b7_l15_n2 = b7_l15_n1 + {3'd0, b7_l15_nq[2]};
  assign b7_l15_h3 = b7_l15_nq[3] & (b7_l15_n2 == cj15);
  assign b7_l15_hit = b7_l15_h0 | b7_l15_h1 | b7_l15_h2 | b7_l15_h3;
  assign b7_l15_pos = ((b7_l15_h0 ? 2'd0 : 2'd0) | (b7_l15_h1 ? 2'd1 : 2'd0) | (b7_l15_h2 ? 2'd2 : 2'd0) | (b7_l15_h3 ? 2'd3 : 2'd0));
  assign b7_l15_dig = (({3{b7_l15_h0}} & b7_l15_dq[2:0]) | ({3{b7_l15_h1}} & b7_l15_dq[5:3]) | ({3{b7_l15_h2}} & b7_l15_dq[8:6]) | ({3{b7_l15_h3}} & b7_l15_dq[11:9]));
  assign b7_l15_e = {b7_l15_pos, b7_l15_dig[1]};
  assign b7_l15_t = {b7_l15_hit, b7_l15_dig[2], b7_l15_e};
  assign b8_l0_cnt = {3'd0, b8_l0_nzs[0]} + {3'd0, b8_l0_nzs[1]} + {3'd0, b8_l0_nzs[2]} + {3'd0, b8_l0_nzs[3]};
  assign b8_l0_h0 = b8_l0_nq[0] & (4'd0 == cj0);
  assign b8_l0_n0 = 4'd0 + {3'd0, b8_l0_nq[0]};
  assign b8_l0_h1 = b8_l0_nq[1] & (b8_l0_n0 == cj0);
  assign b8_l0_n1 = b8_l0_n0 + {3'd0, b8_l0_nq[1]};
  assign b8_l0_h2 = b8_l0_nq[2] & (b8_l0_n1 == cj0);
  assign b8_l0_n2 = b8_l0_n1 + {3'd0, b8_l0_nq[2]};
  assign b8_l0_h3 = b8_l0_nq[3] & (b8_l0_n2 == cj0);
  assign b8_l0_hit = b8_l0_h0 | b8_l0_h1 | b8_l0_h2 | b8_l0_h3;
  assign b8_l0_pos = ((b8_l0_h0 ? 2'd0 : 2'd0) | (b8_l0_h1 ? 2'd1 : 2'd0) | (b8_l0_h2 ? 2'd2 : 2'd0) | (b8_l0_h3 ? 2'd3 : 2'd0));
  assign b8_l0_dig = (({3{b8_l0_h0}} & b8_l0_dq[2:0]) | ({3{b8_l0_h1}} & b8_l0_dq[5:3]) | ({3{b8_l0_h2}} & b8_l0_dq[8:6]) | ({3{b8_l0_h3}} & b8_l0_dq[11:9]));
  assign b8_l0_e = {b8_l0_pos, b8_l0_dig[1]};
  assign b8_l0_t = {b8_l0_hit, b8_l0_dig[2], b8_l0_e};
  assign b8_l1_cnt = {3'd0, b8_l1_nzs[0]} + {3'd0, b8_l1_nzs[1]} + {3'd0, b8_l1_nzs[2]} + {3'd0, b8_l1_nzs[3]};
  assign b8_l1_h0 = b8_l1_nq[0] & (4'd0 == cj1);
  assign b8_l1_n0 = 4'd0 + {3'd0, b8_l1_nq[0]};
  assign b8_l1_h1 = b8_l1_nq[1] & (b8_l1_n0 == cj1);
  assign b8_l1_n1 = b8_l1_n0 + {3'd0, b8_l1_nq[1]};
  assign b8_l1_h2 = b8_l1_nq[2] & (b8_l1_n1 == cj1);
  assign b8_l1_n2 = b8_l1_n1 + {3'd0, b8_l1_nq[2]};
  assign b8_l1_h3 = b8_l1_nq[3] & (b8_l1_n2 == cj1);
  assign b8_l1_hit = b8_l1_h0 | b8_l1_h1 | b8_l1_h2 | b8_l1_h3;
  assign b8_l1_pos = ((b8_l1_h0 ? 2'd0 : 2'd0) | (b8_l1_h1 ? 2'd1 : 2'd0) | (b8_l1_h2 ? 2'd2 : 2'd0) | (b8_l1_h3 ? 2'd3 : 2'd0));
  assign b8_l1_dig = (({3{b8_l1_h0}} & b8_l1_dq[2:0]) | ({3{b8_l1_h1}} & b8_l1_dq[5:3]) | ({3{b8_l1_h2}} & b8_l1_dq[8:6]) | ({3{b8_l1_h3}} & b8_l1_dq[11:9]));
  assign b8_l1_e = {b8_l1_pos, b8_l1_dig[1]};
  assign b8_l1_t = {b8_l1_hit, b8_l1_dig[2], b8_l1_e};
  assign b8_l2_cnt = {3'd0, b8_l2_nzs[0]} + {3'd0, b8_l2_nzs[1]} + {3'd0, b8_l2_nzs[2]} + {3'd0, b8_l2_nzs[3]};
  assign b8_l2_h0 = b8_l2_nq[0] & (4'd0 == cj2);
  assign b8_l2_n0 = 4'd0 + {3'd0, b8_l2_nq[0]};
  assign b8_l2_h1 = b8_l2_nq[1] & (b8_l2_n0 == cj2);
  assign b8_l2_n1 = b8_l2_n0 + {3'd0, b8_l2_nq[1]};
  assign b8_l2_h2 = b8_l2_nq[2] & (b8_l2_n1 == cj2);
  assign b8_l2_n2 = b8_l2_n1 + {3'd0, b8_l2_nq[2]};
  assign b8_l2_h3 = b8_l2_nq[3] & (b8_l2_n2 == cj2);
  assign b8_l2_hit = b8_l2_h0 | b8_l2_h1 | b8_l2_h2 | b8_l2_h3;
  assign b8_l2_pos = ((b8_l2_h0 ? 2'd0 : 2'd0) | (b8_l2_h1 ? 2'd1 : 2'd0) | (b8_l2_h2 ? 2'd2 : 2'd0) | (b8_l2_h3 ? 2'd3 : 2'd0));
  assign b8_l2_dig = (({3{b8_l2_h0}} & b8_l2_dq[2:0]) | ({3{b8_l2_h1}} & b8_l2_dq[5:3]) | ({3{b8_l2_h2}} & b8_l2_dq[8:6]) | ({3{b8_l2_h3}} & b8_l2_dq[11:9]));
  assign b8_l2_e = {b8_l2_pos, b8_l2_dig[1]};
  assign b8_l2_t = {b8_l2_hit, b8_l2_dig[2], b8_l2_e};
  assign b8_l3_cnt = {3'd0, b8_l3_nzs[0]} + {3'd0, b8_l3_nzs[1]} + {3'd0, b8_l3_nzs[2]} + {3'd0, b8_l3_nzs[3]};
  assign b8_l3_h0 = b8_l3_nq[0] & (4'd0 == cj3);
  assign b8_l3_n0 = 4'd0 + {3'd0, b8_l3_nq[0]};
  assign b8_l3_h1 = b8_l3_nq[1] & (b8_l3_n0 == cj3);
  assign b8_l3_n1 = b8_l3_n0 + {3'd0, b8_l3_nq[1]};
  assign b8_l3_h2 = b8_l3_nq[2] & (b8_l3_n1 == cj3);
  assign b8_l3_n2 = b8_l3_n1 + {3'd0, b8_l3_nq[2]};
  assign b8_l3_h3 = b8_l3_nq[3] & (b8_l3_n2 == cj3);
  assign b8_l3_hit = b8_l3_h0 | b8_l3_h1 | b8_l3_h2 | b8_l3_h3;
  assign b8_l3_pos = ((b8_l3_h0 ? 2'd0 : 2'd0) | (b8_l3_h1 ? 2'd1 : 2'd0) | (b8_l3_h2 ? 2'd2 : 2'd0) | (b8_l3_h3 ? 2'd3 : 2'd0));
  assign b8_l3_dig = (({3{b8_l3_h0}} & b8_l3_dq[2:0]) | ({3{b8_l3_h1}} & b8_l3_dq[5:3]) | ({3{b8_l3_h2}} & b8_l3_dq[8:6]) | ({3{b8_l3_h3}} & b8_l3_dq[11:9]));
  assign b8_l3_e = {b8_l3_pos, b8_l3_dig[1]};
  assign b8_l3_t = {b8_l3_hit, b8_l3_dig[2], b8_l3_e};
  assign b8_l4_cnt = {3'd0, b8_l4_nzs[0]} + {3'd0, b8_l4_nzs[1]} + {3'd0, b8_l4_nzs[2]} + {3'd0, b8_l4_nzs[3]};
  assign b8_l4_h0 = b8_l4_nq[0] & (4'd0 == cj4);
  assign b8_l4_n0 = 4'd0 + {3'd0, b8_l4_nq[0]};
  assign b8_l4_h1 = b8_l4_nq[1] & (b8_l4_n0 == cj4);
  assign b8_l4_n1 = b8_l4_n0 + {3'd0, b8_l4_nq[1]};
  assign b8_l4_h2 = b8_l4_nq[2] & (b8_l4_n1 == cj4);
  assign b8_l4_n2 = b8_l4_n1 + {3'd0, b8_l4_nq[2]};
  assign b8_l4_h3 = b8_l4_nq[3] & (b8_l4_n2 == cj4);
  assign b8_l4_hit = b8_l4_h0 | b8_l4_h1 | b8_l4_h2 | b8_l4_h3;
  assign b8_l4_pos = ((b8_l4_h0 ? 2'd0 : 2'd0) | (b8_l4_h1 ? 2'd1 : 2'd0) | (b8_l4_h2 ? 2'd2 : 2'd0) | (b8_l4_h3 ? 2'd3 : 2'd0));
  assign b8_l4_dig = (({3{b8_l4_h0}} & b8_l4_dq[2:0]) | ({3{b8_l4_h1}} & b8_l4_dq[5:3]) | ({3{b8_l4_h2}} & b8_l4_dq[8:6]) | ({3{b8_l4_h3}} & b8_l4_dq[11:9]));
  assign b8_l4_e = {b8_l4_pos, b8_l4_dig[1]};
  assign b8_l4_t = {b8_l4_hit, b8_l4_dig[2], b8_l4_e};
  assign b8_l5_cnt = {3'd0, b8_l5_nzs[0]} + {3'd0, b8_l5_nzs[1]} + {3'd0, b8_l5_nzs[2]} + {3'd0, b8_l5_nzs[3]};
  assign b8_l5_h0 = b8_l5_nq[0] & (4'd0 == cj5);
  assign b8_l5_n0 = 4'd0 + {3'd0, b8_l5_nq[0]};
  assign b8_l5_h1 = b8_l5_nq[1] & (b8_l5_n0 == cj5);
  assign b8_l5_n1 = b8_l5_n0 + {3'd0, b8_l5_nq[1]};
  assign b8_l5_h2 = b8_l5_nq[2] & (b8_l5_n1 == cj5);
  assign b8_l5_n2 = b8_l5_n1 + {3'd0, b8_l5_nq[2]};
  assign b8_l5_h3 = b8_l5_nq[3] & (b8_l5_n2 == cj5);
  assign b8_l5_hit = b8_l5_h0 | b8_l5_h1 | b8_l5_h2 | b8_l5_h3;
  assign b8_l5_pos = ((b8_l5_h0 ? 2'd0 : 2'd0) | (b8_l5_h1 ? 2'd1 : 2'd0) | (b8_l5_h2 ? 2'd2 : 2'd0) | (b8_l5_h3 ? 2'd3 : 2'd0));
  assign b8_l5_dig = (({3{b8_l5_h0}} & b8_l5_dq[2:0]) | ({3{b8_l5_h1}} & b8_l5_dq[5:3]) | ({3{b8_l5_h2}} & b8_l5_dq[8:6]) | ({3{b8_l5_h3}} & b8_l5_dq[11:9]));
  assign b8_l5_e = {b8_l5_pos, b8_l5_dig[1]};
  assign b8_l5_t = {b8_l5_hit, b8_l5_dig[2], b8_l5_e};
  assign b8_l6_cnt = {3'd0, b8_l6_nzs[0]} + {3'd0, b8_l6_nzs[1]} + {3'd0, b8_l6_nzs[2]} + {3'd0, b8_l6_nzs[3]};
  assign b8_l6_h0 = b8_l6_nq[0] & (4'd0 == cj6);
  assign b8_l6_n0 = 4'd0 + {3'd0, b8_l6_nq[0]};
  assign b8_l6_h1 = b8_l6_nq[1] & (b8_l6_n0 == cj6);
  assign b8_l6_n1 = b8_l6_n0 + {3'd0, b8_l6_nq[1]};
  assign b8_l6_h2 = b8_l6_nq[2] & (b8_l6_n1 == cj6);
  assign b8_l6_n2 = b8_l6_n1 + {3'd0, b8_l6_nq[2]};
  assign b8_l6_h3 = b8_l6_nq[3] & (b8_l6_n2 == cj6);
  assign b8_l6_hit = b8_l6_h0 | b8_l6_h1 | b8_l6_h2 | b8_l6_h3;
  assign b8_l6_pos = ((b8_l6_h0 ? 2'd0 : 2'd0) | (b8_l6_h1 ? 2'd1 : 2'd0) | (b8_l6_h2 ? 2'd2 : 2'd0) | (b8_l6_h3 ? 2'd3 : 2'd0));
  assign b8_l6_dig = (({3{b8_l6_h0}} & b8_l6_dq[2:0]) | ({3{b8_l6_h1}} & b8_l6_dq[5:3]) | ({3{b8_l6_h2}} & b8_l6_dq[8:6]) | ({3{b8_l6_h3}} & b8_l6_dq[11:9]));
  assign b8_l6_e = {b8_l6_pos, b8_l6_dig[1]};
  assign b8_l6_t = {b8_l6_hit, b8_l6_dig[2], b8_l6_e};
  assign b8_l7_cnt = {3'd0, b8_l7_nzs[0]} + {3'd0, b8_l7_nzs[1]} + {3'd0, b8_l7_nzs[2]} + {3'd0, b8_l7_nzs[3]};
  assign b8_l7_h0 = b8_l7_nq[0] & (4'd0 == cj7);
  assign b8_l7_n0 = 4'd0 + {3'd0, b8_l7_nq[0]};
  assign b8_l7_h1 = b8_l7_nq[1] & (b8_l7_n0 == cj7);
  assign b8_l7_n1 = b8_l7_n0 + {3'd0, b8_l7_nq[1]};
  assign b8_l7_h2 = b8_l7_nq[2] & (b8_l7_n1 == cj7);
  assign b8_l7_n2 = b8_l7_n1 + {3'd0, b8_l7_nq[2]};
  assign b8_l7_h3 = b8_l7_nq[3] & (b8_l7_n2 == cj7);
  assign b8_l7_hit = b8_l7_h0 | b8_l7_h1 | b8_l7_h2 | b8_l7_h3;
  assign b8_l7_pos = ((b8_l7_h0 ? 2'd0 : 2'd0) | (b8_l7_h1 ? 2'd1 : 2'd0) | (b8_l7_h2 ? 2'd2 : 2'd0) | (b8_l7_h3 ? 2'd3 : 2'd0));
  assign b8_l7_dig = (({3{b8_l7_h0}} & b8_l7_dq[2:0]) | ({3{b8_l7_h1}} & b8_l7_dq[5:3]) | ({3{b8_l7_h2}} & b8_l7_dq[8:6]) | ({3{b8_l7_h3}} & b8_l7_dq[11:9]));
  assign b8_l7_e = {b8_l7_pos, b8_l7_dig[1]};
  assign b8_l7_t = {b8_l7_hit, b8_l7_dig[2], b8_l7_e};
  assign b8_l8_cnt = {3'd0, b8_l8_nzs[0]} + {3'd0, b8_l8_nzs[1]} + {3'd0, b8_l8_nzs[2]} + {3'd0, b8_l8_nzs[3]};
  assign b8_l8_h0 = b8_l8_nq[0] & (4'd0 == cj8);
  assign b8_l8_n0 = 4'd0 + {3'd0, b8_l8_nq[0]};
  assign b8_l8_h1 = b8_l8_nq[1] & (b8_l8_n0 == cj8);
  assign b8_l8_n1 = b8_l8_n0 + {3'd0, b8_l8_nq[1]};
  assign b8_l8_h2 = b8_l8_nq[2] & (b8_l8_n1 == cj8);
  assign b8_l8_n2 = b8_l8_n1 + {3'd0, b8_l8_nq[2]};
  assign b8_l8_h3 = b8_l8_nq[3] & (b8_l8_n2 == cj8);
  assign b8_l8_hit = b8_l8_h0 | b8_l8_h1 | b8_l8_h2 | b8_l8_h3;
  assign b8_l8_pos = ((b8_l8_h0 ? 2'd0 : 2'd0) | (b8_l8_h1 ? 2'd1 : 2'd0) | (b8_l8_h2 ? 2'd2 : 2'd0) | (b8_l8_h3 ? 2'd3 : 2'd0));
  assign b8_l8_dig = (({3{b8_l8_h0}} & b8_l8_dq[2:0]) | ({3{b8_l8_h1}} & b8_l8_dq[5:3]) | ({3{b8_l8_h2}} & b8_l8_dq[8:6]) | ({3{b8_l8_h3}} & b8_l8_dq[11:9]));
  assign b8_l8_e = {b8_l8_pos, b8_l8_dig[1]};
  assign b8_l8_t = {b8_l8_hit, b8_l8_dig[2], b8_l8_e};
  assign b8_l9_cnt = {3'd0, b8_l9_nzs[0]} + {3'd0, b8_l9_nzs[1]} + {3'd0, b8_l9_nzs[2]} + {3'd0, b8_l9_nzs[3]};
  assign b8_l9_h0 = b8_l9_nq[0] & (4'd0 == cj9);
  assign b8_l9_n0 = 4'd0 + {3'd0, b8_l9_nq[0]};
  assign b8_l9_h1 = b8_l9_nq[1] & (b8_l9_n0 == cj9);
  assign b8_l9_n1 = b8_l9_n0 + {3'd0, b8_l9_nq[1]};
  assign b8_l9_h2 = b8_l9_nq[2] & (b8_l9_n1 == cj9);
  assign b8_l9_n2 = b8_l9_n1 + {3'd0, b8_l9_nq[2]};
  assign b8_l9_h3 = b8_l9_nq[3] & (b8_l9_n2 == cj9);
  assign b8_l9_hit = b8_l9_h0 | b8_l9_h1 | b8_l9_h2 | b8_l9_h3;
  assign b8_l9_pos = ((b8_l9_h0 ? 2'd0 : 2'd0) | (b8_l9_h1 ? 2'd1 : 2'd0) | (b8_l9_h2 ? 2'd2 : 2'd0) | (b8_l9_h3 ? 2'd3 : 2'd0));
  assign b8_l9_dig = (({3{b8_l9_h0}} & b8_l9_dq[2:0]) | ({3{b8_l9_h1}} & b8_l9_dq[5:3]) | ({3{b8_l9_h2}} & b8_l9_dq[8:6]) | ({3{b8_l9_h3}} & b8_l9_dq[11:9]));
  assign b8_l9_e = {b8_l9_pos, b8_l9_dig[1]};
  assign b8_l9_t = {b8_l9_hit, b8_l9_dig[2], b8_l9_e};
  assign b8_l10_cnt = {3'd0, b8_l10_nzs[0]} + {3'd0, b8_l10_nzs[1]} + {3'd0, b8_l10_nzs[2]} + {3'd0, b8_l10_nzs[3]};
  assign b8_l10_h0 = b8_l10_nq[0] & (4'd0 == cj10);
  assign b8_l10_n0 = 4'd0 + {3'd0, b8_l10_nq[0]};
  assign b8_l10_h1 = b8_l10_nq[1] & (b8_l10_n0 == cj10);
  assign b8_l10_n1 = b8_l10_n0 + {3'd0, b8_l10_nq[1]};
  assign b8_l10_h2 = b8_l10_nq[2] & (b8_l10_n1 == cj10);
  assign b8_l10_n2 = b8_l10_n1 + {3'd0, b8_l10_nq[2]};
  assign b8_l10_h3 = b8_l10_nq[3] & (b8_l10_n2 == cj10);
  assign b8_l10_hit = b8_l10_h0 | b8_l10_h1 | b8_l10_h2 | b8_l10_h3;
  assign b8_l10_pos = ((b8_l10_h0 ? 2'd0 : 2'd0) | (b8_l10_h1 ? 2'd1 : 2'd0) | (b8_l10_h2 ? 2'd2 : 2'd0) | (b8_l10_h3 ? 2'd3 : 2'd0));
  assign b8_l10_dig = (({3{b8_l10_h0}} & b8_l10_dq[2:0]) | ({3{b8_l10_h1}} & b8_l10_dq[5:3]) | ({3{b8_l10_h2}} & b8_l10_dq[8:6]) | ({3{b8_l10_h3}} & b8_l10_dq[11:9]));
  assign b8_l10_e = {b8_l10_pos, b8_l10_dig[1]};
  assign b8_l10_t = {b8_l10_hit, b8_l10_dig[2], b8_l10_e};
  assign b8_l11_cnt = {3'd0, b8_l11_nzs[0]} + {3'd0, b8_l11_nzs[1]} + {3'd0, b8_l11_nzs[2]} + {3'd0, b8_l11_nzs[3]};
  assign b8_l11_h0 = b8_l11_nq[0] & (4'd0 == cj11);
  assign b8_l11_n0 = 4'd0 + {3'd0, b8_l11_nq[0]};
  assign b8_l11_h1 = b8_l11_nq[1] & (b8_l11_n0 == cj11);
  assign b8_l11_n1 = b8_l11_n0 + {3'd0, b8_l11_nq[1]};
  assign b8_l11_h2 = b8_l11_nq[2] & (b8_l11_n1 == cj11);
  assign b8_l11_n2 = b8_l11_n1 + {3'd0, b8_l11_nq[2]};
  assign b8_l11_h3 = b8_l11_nq[3] & (b8_l11_n2 == cj11);
  assign b8_l11_hit = b8_l11_h0 | b8_l11_h1 | b8_l11_h2 | b8_l11_h3;
  assign b8_l11_pos = ((b8_l11_h0 ? 2'd0 : 2'd0) | (b8_l11_h1 ? 2'd1 : 2'd0) | (b8_l11_h2 ? 2'd2 : 2'd0) | (b8_l11_h3 ? 2'd3 : 2'd0));
  assign b8_l11_dig = (({3{b8_l11_h0}} & b8_l11_dq[2:0]) | ({3{b8_l11_h1}} & b8_l11_dq[5:3]) | ({3{b8_l11_h2}} & b8_l11_dq[8:6]) | ({3{b8_l11_h3}} & b8_l11_dq[11:9]));
  assign b8_l11_e = {b8_l11_pos, b8_l11_dig[1]};
  assign b8_l11_t = {b8_l11_hit, b8_l11_dig[2], b8_l11_e};
  assign b8_l12_cnt = {3'd0, b8_l12_nzs[0]} + {3'd0, b8_l12_nzs[1]} + {3'd0, b8_l12_nzs[2]} + {3'd0, b8_l12_nzs[3]};
  assign b8_l12_h0 = b8_l12_nq[0] & (4'd0 == cj12);
  assign b8_l12_n0 = 4'd0 + {3'd0, b8_l12_nq[0]};
  assign b8_l12_h1 = b8_l12_nq[1] & (b8_l12_n0 == cj12);
  assign b8_l12_n1 = b8_l12_n0 + {3'd0, b8_l12_nq[1]};
  assign b8_l12_h2 = b8_l12_nq[2] & (b8_l12_n1 == cj12);
  assign b8_l12_n2 = b8_l12_n1 + {3'd0, b8_l12_nq[2]};
  assign b8_l12_h3 = b8_l12_nq[3] & (b8_l12_n2 == cj12);
  assign b8_l12_hit = b8_l12_h0 | b8_l12_h1 | b8_l12_h2 | b8_l12_h3;
  assign b8_l12_pos = ((b8_l12_h0 ? 2'd0 : 2'd0) | (b8_l12_h1 ? 2'd1 : 2'd0) | (b8_l12_h2 ? 2'd2 : 2'd0) | (b8_l12_h3 ? 2'd3 : 2'd0));
  assign b8_l12_dig = (({3{b8_l12_h0}} & b8_l12_dq[2:0]) | ({3{b8_l12_h1}} & b8_l12_dq[5:3]) | ({3{b8_l12_h2}} & b8_l12_dq[8:6]) | ({3{b8_l12_h3}} & b8_l12_dq[11:9]));
  assign b8_l12_e = {b8_l12_pos, b8_l12_dig[1]};
  assign b8_l12_t = {b8_l12_hit, b8_l12_dig[2], b8_l12_e};
  assign b8_l13_cnt = {3'd0, b8_l13_nzs[0]} + {3'd0, b8_l13_nzs[1]} + {3'd0, b8_l13_nzs[2]} + {3'd0, b8_l13_nzs[3]};
  assign b8_l13_h0 = b8_l13_nq[0] & (4'd0 == cj13);
  assign b8_l13_n0 = 4'd0 + {3'd0, b8_l13_nq[0]};
  assign b8_l13_h1 = b8_l13_nq[1] & (b8_l13_n0 == cj13);
  assign b8_l13_n1 = b8_l13_n0 + {3'd0, b8_l13_nq[1]};
  assign b8_l13_h2 = b8_l13_nq[2] & (b8_l13_n1 == cj13);
  assign b8_l13_n2 = b8_l13_n1 + {3'd0, b8_l13_nq[2]};
  assign b8_l13_h3 = b8_l13_nq[3] & (b8_l13_n2 == cj13);
  assign b8_l13_hit = b8_l13_h0 | b8_l13_h1 | b8_l13_h2 | b8_l13_h3;
  assign b8_l13_pos = ((b8_l13_h0 ? 2'd0 : 2'd0) | (b8_l13_h1 ? 2'd1 : 2'd0) | (b8_l13_h2 ? 2'd2 : 2'd0) | (b8_l13_h3 ? 2'd3 : 2'd0));
  assign b8_l13_dig = (({3{b8_l13_h0}} & b8_l13_dq[2:0]) | ({3{b8_l13_h1}} & b8_l13_dq[5:3]) | ({3{b8_l13_h2}} & b8_l13_dq[8:6]) | ({3{b8_l13_h3}} & b8_l13_dq[11:9]));
  assign b8_l13_e = {b8_l13_pos, b8_l13_dig[1]};
  assign b8_l13_t = {b8_l13_hit, b8_l13_dig[2], b8_l13_e};
  assign b8_l14_cnt = {3'd0, b8_l14_nzs[0]} + {3'd0, b8_l14_nzs[1]} + {3'd0, b8_l14_nzs[2]} + {3'd0, b8_l14_nzs[3]};
  assign b8_l14_h0 = b8_l14_nq[0] & (4'd0 == cj14);
  assign b8_l14_n0 = 4'd0 + {3'd0, b8_l14_nq[0]};
  assign b8_l14_h1 = b8_l14_nq[1] & (b8_l14_n0 == cj14);
  assign b8_l14_n1 = b8_l14_n0 + {3'd0, b8_l14_nq[1]};
  assign b8_l14_h2 = b8_l14_nq[2] & (b8_l14_n1 == cj14);
  assign b8_l14_n2 = b8_l14_n1 + {3'd0, b8_l14_nq[2]};
  assign b8_l14_h3 = b8_l14_nq[3] & (b8_l14_n2 == cj14);
  assign b8_l14_hit = b8_l14_h0 | b8_l14_h1 | b8_l14_h2 | b8_l14_h3;
  assign b8_l14_pos = ((b8_l14_h0 ? 2'd0 : 2'd0) | (b8_l14_h1 ? 2'd1 : 2'd0) | (b8_l14_h2 ? 2'd2 : 2'd0) | (b8_l14_h3 ? 2'd3 : 2'd0));
  assign b8_l14_dig = (({3{b8_l14_h0}} & b8_l14_dq[2:0]) | ({3{b8_l14_h1}} & b8_l14_dq[5:3]) | ({3{b8_l14_h2}} & b8_l14_dq[8:6]) | ({3{b8_l14_h3}} & b8_l14_dq[11:9]));
  assign b8_l14_e = {b8_l14_pos, b8_l14_dig[1]};
  assign b8_l14_t = {b8_l14_hit, b8_l14_dig[2], b8_l14_e};
  assign b8_l15_cnt = {3'd0, b8_l15_nzs[0]} + {3'd0, b8_l15_nzs[1]} + {3'd0, b8_l15_nzs[2]} + {3'd0, b8_l15_nzs[3]};
  assign b8_l15_h0 = b8_l15_nq[0] & (4'd0 == cj15);
  assign b8_l15_n0 = 4'd0 + {3'd0, b8_l15_nq[0]};
  assign b8_l15_h1 = b8_l15_nq[1] & (b8_l15_n0 == cj15);
  assign b8_l15_n1 = b8_l15_n0 + {3'd0, b8_l15_nq[1]};
  assign b8_l15_h2 = b8_l15_nq[2] & (b8_l15_n1 == cj15);
  assign b8_l15_n2 = b8_l15_n1 + {3'd0, b8_l15_nq[2]};
  assign b8_l15_h3 = b8_l15_nq[3] & (b8_l15_n2 == cj15);
  assign b8_l15_hit = b8_l15_h0 | b8_l15_h1 | b8_l15_h2 | b8_l15_h3;
  assign b8_l15_pos = ((b8_l15_h0 ? 2'd0 : 2'd0) | (b8_l15_h1 ? 2'd1 : 2'd0) | (b8_l15_h2 ? 2'd2 : 2'd0) | (b8_l15_h3 ? 2'd3 : 2'd0));
  assign b8_l15_dig = (({3{b8_l15_h0}} & b8_l15_dq[2:0]) | ({3{b8_l15_h1}} & b8_l15_dq[5:3]) | ({3{b8_l15_h2}} & b8_l15_dq[8:6]) | ({3{b8_l15_h3}} & b8_l15_dq[11:9]));
  assign b8_l15_e = {b8_l15_pos, b8_l15_dig[1]};
  assign b8_l15_t = {b8_l15_hit, b8_l15_dig[2], b8_l15_e};
  assign b9_l0_cnt = {3'd0, b9_l0_nzs[0]} + {3'd0, b9_l0_nzs[1]} + {3'd0, b9_l0_nzs[2]} + {3'd0, b9_l0_nzs[3]};
  assign b9_l0_h0 = b9_l0_nq[0] & (4'd0 == cj0);
  assign b9_l0_n0 = 4'd0 + {3'd0, b9_l0_nq[0]};
  assign b9_l0_h1 = b9_l0_nq[1] & (b9_l0_n0 == cj0);
  assign b9_l0_n1 = b9_l0_n0 + {3'd0, b9_l0_nq[1]};
  assign b9_l0_h2 = b9_l0_nq[2] & (b9_l0_n1 == cj0);
  assign b9_l0_n2 = b9_l0_n1 + {3'd0, b9_l0_nq[2]};
  assign b9_l0_h3 = b9_l0_nq[3] & (b9_l0_n2 == cj0);
  assign b9_l0_hit = b9_l0_h0 | b9_l0_h1 | b9_l0_h2 | b9_l0_h3;
  assign b9_l0_pos = ((b9_l0_h0 ? 2'd0 : 2'd0) | (b9_l0_h1 ? 2'd1 : 2'd0) | (b9_l0_h2 ? 2'd2 : 2'd0) | (b9_l0_h3 ? 2'd3 : 2'd0));
  assign b9_l0_dig = (({3{b9_l0_h0}} & b9_l0_dq[2:0]) | ({3{b9_l0_h1}} & b9_l0_dq[5:3]) | ({3{b9_l0_h2}} & b9_l0_dq[8:6]) | ({3{b9_l0_h3}} & b9_l0_dq[11:9]));
  assign b9_l0_e = {b9_l0_pos, b9_l0_dig[1]};
  assign b9_l0_t = {b9_l0_hit, b9_l0_dig[2], b9_l0_e};
  assign b9_l1_cnt = {3'd0, b9_l1_nzs[0]} + {3'd0, b9_l1_nzs[1]} + {3'd0, b9_l1_nzs[2]} + {3'd0, b9_l1_nzs[3]};
  assign b9_l1_h0 = b9_l1_nq[0] & (4'd0 == cj1);
  assign b9_l1_n0 = 4'd0 + {3'd0, b9_l1_nq[0]};
  assign b9_l1_h1 = b9_l1_nq[1] & (b9_l1_n0 == cj1);
  assign b9_l1_n1 = b9_l1_n0 + {3'd0, b9_l1_nq[1]};
  assign b9_l1_h2 = b9_l1_nq[2] & (b9_l1_n1 == cj1);
  assign b9_l1_n2 = b9_l1_n1 + {3'd0, b9_l1_nq[2]};
  assign b9_l1_h3 = b9_l1_nq[3] & (b9_l1_n2 == cj1);
  assign b9_l1_hit = b9_l1_h0 | b9_l1_h1 | b9_l1_h2 | b9_l1_h3;
  assign b9_l1_pos = ((b9_l1_h0 ? 2'd0 : 2'd0) | (b9_l1_h1 ? 2'd1 : 2'd0) | (b9_l1_h2 ? 2'd2 : 2'd0) | (b9_l1_h3 ? 2'd3 : 2'd0));
  assign b9_l1_dig = (({3{b9_l1_h0}} & b9_l1_dq[2:0]) | ({3{b9_l1_h1}} & b9_l1_dq[5:3]) | ({3{b9_l1_h2}} & b9_l1_dq[8:6]) | ({3{b9_l1_h3}} & b9_l1_dq[11:9]));
  assign b9_l1_e = {b9_l1_pos, b9_l1_dig[1]};
  assign b9_l1_t = {b9_l1_hit, b9_l1_dig[2], b9_l1_e};
  assign b9_l2_cnt = {3'd0, b9_l2_nzs[0]} + {3'd0, b9_l2_nzs[1]} + {3'd0, b9_l2_nzs[2]} + {3'd0, b9_l2_nzs[3]};
  assign b9_l2_h0 = b9_l2_nq[0] & (4'd0 == cj2);
  assign b9_l2_n0 = 4'd0 + {3'd0, b9_l2_nq[0]};
  assign b9_l2_h1 = b9_l2_nq[1] & (b9_l2_n0 == cj2);
  assign b9_l2_n1 = b9_l2_n0 + {3'd0, b9_l2_nq[1]};
  assign b9_l2_h2 = b9_l2_nq[2] & (b9_l2_n1 == cj2);
  assign b9_l2_n2 = b9_l2_n1 + {3'd0, b9_l2_nq[2]};
  assign b9_l2_h3 = b9_l2_nq[3] & (b9_l2_n2 == cj2);
  assign b9_l2_hit = b9_l2_h0 | b9_l2_h1 | b9_l2_h2 | b9_l2_h3;
  assign b9_l2_pos = ((b9_l2_h0 ? 2'd0 : 2'd0) | (b9_l2_h1 ? 2'd1 : 2'd0) | (b9_l2_h2 ? 2'd2 : 2'd0) | (b9_l2_h3 ? 2'd3 : 2'd0));
  assign b9_l2_dig = (({3{b9_l2_h0}} & b9_l2_dq[2:0]) | ({3{b9_l2_h1}} & b9_l2_dq[5:3]) | ({3{b9_l2_h2}} & b9_l2_dq[8:6]) | ({3{b9_l2_h3}} & b9_l2_dq[11:9]));
  assign b9_l2_e = {b9_l2_pos, b9_l2_dig[1]};
  assign b9_l2_t = {b9_l2_hit, b9_l2_dig[2], b9_l2_e};
  assign b9_l3_cnt = {3'd0, b9_l3_nzs[0]} + {3'd0, b9_l3_nzs[1]} + {3'd0, b9_l3_nzs[2]} + {3'd0, b9_l3_nzs[3]};
  assign b9_l3_h0 = b9_l3_nq[0] & (4'd0 == cj3);
  assign b9_l3_n0 = 4'd0 + {3'd0, b9_l3_nq[0]};
  assign b9_l3_h1 = b9_l3_nq[1] & (b9_l3_n0 == cj3);
  assign b9_l3_n1 = b9_l3_n0 + {3'd0, b9_l3_nq[1]};
  assign b9_l3_h2 = b9_l3_nq[2] & (b9_l3_n1 == cj3);
  assign b9_l3_n2 = b9_l3_n1 + {3'd0, b9_l3_nq[2]};
  assign b9_l3_h3 = b9_l3_nq[3] & (b9_l3_n2 == cj3);
  assign b9_l3_hit = b9_l3_h0 | b9_l3_h1 | b9_l3_h2 | b9_l3_h3;
  assign b9_l3_pos = ((b9_l3_h0 ? 2'd0 : 2'd0) | (b9_l3_h1 ? 2'd1 : 2'd0) | (b9_l3_h2 ? 2'd2 : 2'd0) | (b9_l3_h3 ? 2'd3 : 2'd0));
  assign b9_l3_dig = (({3{b9_l3_h0}} & b9_l3_dq[2:0]) | ({3{b9_l3_h1}} & b9_l3_dq[5:3]) | ({3{b9_l3_h2}} & b9_l3_dq[8:6]) | ({3{b9_l3_h3}} & b9_l3_dq[11:9]));
  assign b9_l3_e = {b9_l3_pos, b9_l3_dig[1]};
  assign b9_l3_t = {b9_l3_hit, b9_l3_dig[2], b9_l3_e};
  assign b9_l4_cnt = {3'd0, b9_l4_nzs[0]} + {3'd0, b9_l4_nzs[1]} + {3'd0, b9_l4_nzs[2]} + {3'd0, b9_l4_nzs[3]};
  assign b9_l4_h0 = b9_l4_nq[0] & (4'd0 == cj4);
  assign b9_l4_n0 = 4'd0 + {3'd0, b9_l4_nq[0]};
  assign b9_l4_h1 = b9_l4_nq[1] & (b9_l4_n0 == cj4);
  assign b9_l4_n1 = b9_l4_n0 + {3'd0, b9_l4_nq[1]};
  assign b9_l4_h2 = b9_l4_nq[2] & (b9_l4_n1 == cj4);
  assign b9_l4_n2 = b9_l4_n1 + {3'd0, b9_l4_nq[2]};
  assign b9_l4_h3 = b9_l4_nq[3] & (b9_l4_n2 == cj4);
  assign b9_l4_hit = b9_l4_h0 | b9_l4_h1 | b9_l4_h2 | b9_l4_h3;
  assign b9_l4_pos = ((b9_l4_h0 ? 2'd0 : 2'd0) | (b9_l4_h1 ? 2'd1 : 2'd0) | (b9_l4_h2 ? 2'd2 : 2'd0) | (b9_l4_h3 ? 2'd3 : 2'd0));
  assign b9_l4_dig = (({3{b9_l4_h0}} & b9_l4_dq[2:0]) | ({3{b9_l4_h1}} & b9_l4_dq[5:3]) | ({3{b9_l4_h2}} & b9_l4_dq[8:6]) | ({3{b9_l4_h3}} & b9_l4_dq[11:9]));
  assign b9_l4_e = {b9_l4_pos, b9_l4_dig[1]};
  assign b9_l4_t = {b9_l4_hit, b9_l4_dig[2], b9_l4_e};
  assign b9_l5_cnt = {3'd0, b9_l5_nzs[0]} + {3'd0, b9_l5_nzs[1]} + {3'd0, b9_l5_nzs[2]} + {3'd0, b9_l5_nzs[3]};
  assign b9_l5_h0 = b9_l5_nq[0] & (4'd0 == cj5);
  assign b9_l5_n0 = 4'd0 + {3'd0, b9_l5_nq[0]};
  assign b9_l5_h1 = b9_l5_nq[1] & (b9_l5_n0 == cj5);
  assign b9_l5_n1 = b9_l5_n0 + {3'd0, b9_l5_nq[1]};
  assign b9_l5_h2 = b9_l5_nq[2] & (b9_l5_n1 == cj5);
  assign b9_l5_n2 = b9_l5_n1 + {3'd0, b9_l5_nq[2]};
  assign b9_l5_h3 = b9_l5_nq[3] & (b9_l5_n2 == cj5);
  assign b9_l5_hit = b9_l5_h0 | b9_l5_h1 | b9_l5_h2 | b9_l5_h3;
  assign b9_l5_pos = ((b9_l5_h0 ? 2'd0 : 2'd0) | (b9_l5_h1 ? 2'd1 : 2'd0) | (b9_l5_h2 ? 2'd2 : 2'd0) | (b9_l5_h3 ? 2'd3 : 2'd0));
  assign b9_l5_dig = (({3{b9_l5_h0}} & b9_l5_dq[2:0]) | ({3{b9_l5_h1}} & b9_l5_dq[5:3]) | ({3{b9_l5_h2}} & b9_l5_dq[8:6]) | ({3{b9_l5_h3}} & b9_l5_dq[11:9]));
  assign b9_l5_e = {b9_l5_pos, b9_l5_dig[1]};
  assign b9_l5_t = {b9_l5_hit, b9_l5_dig[2], b9_l5_e};
  assign b9_l6_cnt = {3'd0, b9_l6_nzs[0]} + {3'd0, b9_l6_nzs[1]} + {3'd0, b9_l6_nzs[2]} + {3'd0, b9_l6_nzs[3]};
  assign b9_l6_h0 = b9_l6_nq[0] & (4'd0 == cj6);
  assign b9_l6_n0 = 4'd0 + {3'd0, b9_l6_nq[0]};
  assign b9_l6_h1 = b9_l6_nq[1] & (b9_l6_n0 == cj6);
  assign b9_l6_n1 = b9_l6_n0 + {3'd0, b9_l6_nq[1]};
  assign b9_l6_h2 = b9_l6_nq[2] & (b9_l6_n1 == cj6);
  assign b9_l6_n2 = b9_l6_n1 + {3'd0, b9_l6_nq[2]};
  assign b9_l6_h3 = b9_l6_nq[3] & (b9_l6_n2 == cj6);
  assign b9_l6_hit = b9_l6_h0 | b9_l6_h1 | b9_l6_h2 | b9_l6_h3;
  assign b9_l6_pos = ((b9_l6_h0 ? 2'd0 : 2'd0) | (b9_l6_h1 ? 2'd1 : 2'd0) | (b9_l6_h2 ? 2'd2 : 2'd0) | (b9_l6_h3 ? 2'd3 : 2'd0));
  assign b9_l6_dig = (({3{b9_l6_h0}} & b9_l6_dq[2:0]) | ({3{b9_l6_h1}} & b9_l6_dq[5:3]) | ({3{b9_l6_h2}} & b9_l6_dq[8:6]) | ({3{b9_l6_h3}} & b9_l6_dq[11:9]));
  assign b9_l6_e = {b9_l6_pos, b9_l6_dig[1]};
  assign b9_l6_t = {b9_l6_hit, b9_l6_dig[2], b9_l6_e};
  assign b9_l7_cnt = {3'd0, b9_l7_nzs[0]} + {3'd0, b9_l7_nzs[1]} + {3'd0, b9_l7_nzs[2]} + {3'd0, b9_l7_nzs[3]};
  assign b9_l7_h0 = b9_l7_nq[0] & (4'd0 == cj7);
  assign b9_l7_n0 = 4'd0 + {3'd0, b9_l7_nq[0]};
  assign b9_l7_h1 = b9_l7_nq[1] & (b9_l7_n0 == cj7);
  assign b9_l7_n1 = b9_l7_n0 + {3'd0, b9_l7_nq[1]};
  assign b9_l7_h2 = b9_l7_nq[2] & (b9_l7_n1 == cj7);
  assign b9_l7_n2 = b9_l7_n1 + {3'd0, b9_l7_nq[2]};
  assign b9_l7_h3 = b9_l7_nq[3] & (b9_l7_n2 == cj7);
  assign b9_l7_hit = b9_l7_h0 | b9_l7_h1 | b9_l7_h2 | b9_l7_h3;
  assign b9_l7_pos = ((b9_l7_h0 ? 2'd0 : 2'd0) | (b9_l7_h1 ? 2'd1 : 2'd0) | (b9_l7_h2 ? 2'd2 : 2'd0) | (b9_l7_h3 ? 2'd3 : 2'd0));
  assign b9_l7_dig = (({3{b9_l7_h0}} & b9_l7_dq[2:0]) | ({3{b9_l7_h1}} & b9_l7_dq[5:3]) | ({3{b9_l7_h2}} & b9_l7_dq[8:6]) | ({3{b9_l7_h3}} & b9_l7_dq[11:9]));
  assign b9_l7_e = {b9_l7_pos, b9_l7_dig[1]};
  assign b9_l7_t = {b9_l7_hit, b9_l7_dig[2], b9_l7_e};
  assign b9_l8_cnt = {3'd0, b9_l8_nzs[0]} + {3'd0, b9_l8_nzs[1]} + {3'd0, b9_l8_nzs[2]} + {3'd0, b9_l8_nzs[3]};
  assign b9_l8_h0 = b9_l8_nq[0] & (4'd0 == cj8);
  assign b9_l8_n0 = 4'd0 + {3'd0, b9_l8_nq[0]};
  assign b9_l8_h1 = b9_l8_nq[1] & (b9_l8_n0 == cj8);
  assign b9_l8_n1 = b9_l8_n0 + {3'd0, b9_l8_nq[1]};
  assign b9_l8_h2 = b9_l8_nq[2] & (b9_l8_n1 == cj8);
  assign b9_l8_n2 = b9_l8_n1 + {3'd0, b9_l8_nq[2]};
  assign b9_l8_h3 = b9_l8_nq[3] & (b9_l8_n2 == cj8);
  assign b9_l8_hit = b9_l8_h0 | b9_l8_h1 | b9_l8_h2 | b9_l8_h3;
  assign b9_l8_pos = ((b9_l8_h0 ? 2'd0 : 2'd0) | (b9_l8_h1 ? 2'd1 : 2'd0) | (b9_l8_h2 ? 2'd2 : 2'd0) | (b9_l8_h3 ? 2'd3 : 2'd0));
  assign b9_l8_dig = (({3{b9_l8_h0}} & b9_l8_dq[2:0]) | ({3{b9_l8_h1}} & b9_l8_dq[5:3]) | ({3{b9_l8_h2}} & b9_l8_dq[8:6]) | ({3{b9_l8_h3}} & b9_l8_dq[11:9]));
  assign b9_l8_e = {b9_l8_pos, b9_l8_dig[1]};
  assign b9_l8_t = {b9_l8_hit, b9_l8_dig[2], b9_l8_e};
  assign b9_l9_cnt = {3'd0, b9_l9_nzs[0]} + {3'd0, b9_l9_nzs[1]} + {3'd0, b9_l9_nzs[2]} + {3'd0, b9_l9_nzs[3]};
  assign b9_l9_h0 = b9_l9_nq[0] & (4'd0 == cj9);
  assign b9_l9_n0 = 4'd0 + {3'd0, b9_l9_nq[0]};
  assign b9_l9_h1 = b9_l9_nq[1] & (b9_l9_n0 == cj9);
  assign b9_l9_n1 = b9_l9_n0 + {3'd0, b9_l9_nq[1]};
  assign b9_l9_h2 = b9_l9_nq[2] & (b9_l9_n1 == cj9);
  assign b9_l9_n2 = b9_l9_n1 + {3'd0, b9_l9_nq[2]};
  assign b9_l9_h3 = b9_l9_nq[3] & (b9_l9_n2 == cj9);
  assign b9_l9_hit = b9_l9_h0 | b9_l9_h1 | b9_l9_h2 | b9_l9_h3;
  assign b9_l9_pos = ((b9_l9_h0 ? 2'd0 : 2'd0) | (b9_l9_h1 ? 2'd1 : 2'd0) | (b9_l9_h2 ? 2'd2 : 2'd0) | (b9_l9_h3 ? 2'd3 : 2'd0));
  assign b9_l9_dig = (({3{b9_l9_h0}} & b9_l9_dq[2:0]) | ({3{b9_l9_h1}} & b9_l9_dq[5:3]) | ({3{b9_l9_h2}} & b9_l9_dq[8:6]) | ({3{b9_l9_h3}} & b9_l9_dq[11:9]));
  assign b9_l9_e = {b9_l9_pos, b9_l9_dig[1]};
  assign b9_l9_t = {b9_l9_hit, b9_l9_dig[2], b9_l9_e};
  assign b9_l10_cnt = {3'd0, b9_l10_nzs[0]} + {3'd0, b9_l10_nzs[1]} + {3'd0, b9_l10_nzs[2]} + {3'd0, b9_l10_nzs[3]};
  assign b9_l10_h0 = b9_l10_nq[0] & (4'd0 == cj10);
  assign b9_l10_n0 = 4'd0 + {3'd0, b9_l10_nq[0]};
  assign b9_l10_h1 = b9_l10_nq[1] & (b9_l10_n0 == cj10);
  assign b9_l10_n1 = b9_l10_n0 + {3'd0, b9_l10_nq[1]};
  assign b9_l10_h2 = b9_l10_nq[2] & (b9_l10_n1 == cj10);
  assign b9_l10_n2 = b9_l10_n1 + {3'd0, b9_l10_nq[2]};
  assign b9_l10_h3 = b9_l10_nq[3] & (b9_l10_n2 == cj10);
  assign b9_l10_hit = b9_l10_h0 | b9_l10_h1 | b9_l10_h2 | b9_l10_h3;
  assign b9_l10_pos = ((b9_l10_h0 ? 2'd0 : 2'd0) | (b9_l10_h1 ? 2'd1 : 2'd0) | (b9_l10_h2 ? 2'd2 : 2'd0) | (b9_l10_h3 ? 2'd3 : 2'd0));
  assign b9_l10_dig = (({3{b9_l10_h0}} & b9_l10_dq[2:0]) | ({3{b9_l10_h1}} & b9_l10_dq[5:3]) | ({3{b9_l10_h2}} & b9_l10_dq[8:6]) | ({3{b9_l10_h3}} & b9_l10_dq[11:9]));
  assign b9_l10_e = {b9_l10_pos, b9_l10_dig[1]};
  assign b9_l10_t = {b9_l10_hit, b9_l10_dig[2], b9_l10_e};
  assign b9_l11_cnt = {3'd0, b9_l11_nzs[0]} + {3'd0, b9_l11_nzs[1]} + {3'd0, b9_l11_nzs[2]} + {3'd0, b9_l11_nzs[3]};
  assign b9_l11_h0 = b9_l11_nq[0] & (4'd0 == cj11);
  assign b9_l11_n0 = 4'd0 + {3'd0, b9_l11_nq[0]};
  assign b9_l11_h1 = b9_l11_nq[1] & (b9_l11_n0 == cj11);
  assign b9_l11_n1 = b9_l11_n0 + {3'd0, b9_l11_nq[1]};
  assign b9_l11_h2 = b9_l11_nq[2] & (b9_l11_n1 == cj11);
  assign b9_l11_n2 = b9_l11_n1 + {3'd0, b9_l11_nq[2]};
  assign b9_l11_h3 = b9_l11_nq[3] & (b9_l11_n2 == cj11);
  assign b9_l11_hit = b9_l11_h0 | b9_l11_h1 | b9_l11_h2 | b9_l11_h3;
  assign b9_l11_pos = ((b9_l11_h0 ? 2'd0 : 2'd0) | (b9_l11_h1 ? 2'd1 : 2'd0) | (b9_l11_h2 ? 2'd2 : 2'd0) | (b9_l11_h3 ? 2'd3 : 2'd0));
  assign b9_l11_dig = (({3{b9_l11_h0}} & b9_l11_dq[2:0]) | ({3{b9_l11_h1}} & b9_l11_dq[5:3]) | ({3{b9_l11_h2}} & b9_l11_dq[8:6]) | ({3{b9_l11_h3}} & b9_l11_dq[11:9]));
  assign b9_l11_e = {b9_l11_pos, b9_l11_dig[1]};
  assign b9_l11_t = {b9_l11_hit, b9_l11_dig[2], b9_l11_e};
  assign b9_l12_cnt = {3'd0, b9_l12_nzs[0]} + {3'd0, b9_l12_nzs[1]} + {3'd0, b9_l12_nzs[2]} + {3'd0, b9_l12_nzs[3]};
  assign b9_l12_h0 = b9_l12_nq[0] & (4'd0 == cj12);
  assign b9_l12_n0 = 4'd0 + {3'd0, b9_l12_nq[0]};
  assign b9_l12_h1 = b9_l12_nq[1] & (b9_l12_n0 == cj12);
  assign b9_l12_n1 = b9_l12_n0 + {3'd0, b9_l12_nq[1]};
  assign b9_l12_h2 = b9_l12_nq[2] & (b9_l12_n1 == cj12);
  assign b9_l12_n2 = b9_l12_n1 + {3'd0, b9_l12_nq[2]};
  assign b9_l12_h3 = b9_l12_nq[3] & (b9_l12_n2 == cj12);
  assign b9_l12_hit = b9_l12_h0 | b9_l12_h1 | b9_l12_h2 | b9_l12_h3;
  assign b9_l12_pos = ((b9_l12_h0 ? 2'd0 : 2'd0) | (b9_l12_h1 ? 2'd1 : 2'd0) | (b9_l12_h2 ? 2'd2 : 2'd0) | (b9_l12_h3 ? 2'd3 : 2'd0));
  assign b9_l12_dig = (({3{b9_l12_h0}} & b9_l12_dq[2:0]) | ({3{b9_l12_h1}} & b9_l12_dq[5:3]) | ({3{b9_l12_h2}} & b9_l12_dq[8:6]) | ({3{b9_l12_h3}} & b9_l12_dq[11:9]));
  assign b9_l12_e = {b9_l12_pos, b9_l12_dig[1]};
  assign b9_l12_t = {b9_l12_hit, b9_l12_dig[2], b9_l12_e};
  assign b9_l13_cnt = {3'd0, b9_l13_nzs[0]} + {3'd0, b9_l13_nzs[1]} + {3'd0, b9_l13_nzs[2]} + {3'd0, b9_l13_nzs[3]};
  assign b9_l13_h0 = b9_l13_nq[0] & (4'd0 == cj13);
  assign b9_l13_n0 = 4'd0 + {3'd0, b9_l13_nq[0]};
  assign b9_l13_h1 = b9_l13_nq[1] & (b9_l13_n0 == cj13);
  assign b9_l13_n1 = b9_l13_n0 + {3'd0, b9_l13_nq[1]};
  assign b9_l13_h2 = b9_l13_nq[2] & (b9_l13_n1 == cj13);
  assign b9_l13_n2 = b9_l13_n1 + {3'd0, b9_l13_nq[2]};
  assign b9_l13_h3 = b9_l13_nq[3] & (b9_l13_n2 == cj13);
  assign b9_l13_hit = b9_l13_h0 | b9_l13_h1 | b9_l13_h2 | b9_l13_h3;
  assign b9_l13_pos = ((b9_l13_h0 ? 2'd0 : 2'd0) | (b9_l13_h1 ? 2'd1 : 2'd0) | (b9_l13_h2 ? 2'd2 : 2'd0) | (b9_l13_h3 ? 2'd3 : 2'd0));
  assign b9_l13_dig = (({3{b9_l13_h0}} & b9_l13_dq[2:0]) | ({3{b9_l13_h1}} & b9_l13_dq[5:3]) | ({3{b9_l13_h2}} & b9_l13_dq[8:6]) | ({3{b9_l13_h3}} & b9_l13_dq[11:9]));
  assign b9_l13_e = {b9_l13_pos, b9_l13_dig[1]};
  assign b9_l13_t = {b9_l13_hit, b9_l13_dig[2], b9_l13_e};
  assign b9_l14_cnt = {3'd0, b9_l14_nzs[0]} + {3'd0, b9_l14_nzs[1]} + {3'd0, b9_l14_nzs[2]} + {3'd0, b9_l14_nzs[3]};
  assign b9_l14_h0 = b9_l14_nq[0] & (4'd0 == cj14);
  assign b9_l14_n0 = 4'd0 + {3'd0, b9_l14_nq[0]};
  assign b9_l14_h1 = b9_l14_nq[1] & (b9_l14_n0 == cj14);
  assign b9_l14_n1 = b9_l14_n0 + {3'd0, b9_l14_nq[1]};
  assign b9_l14_h2 = b9_l14_nq[2] & (b9_l14_n1 == cj14);
  assign b9_l14_n2 = b9_l14_n1 + {3'd0, b9_l14_nq[2]};
  assign b9_l14_h3 = b9_l14_nq[3] & (b9_l14_n2 == cj14);
  assign b9_l14_hit = b9_l14_h0 | b9_l14_h1 | b9_l14_h2 | b9_l14_h3;
  assign b9_l14_pos = ((b9_l14_h0 ? 2'd0 : 2'd0) | (b9_l14_h1 ? 2'd1 : 2'd0) | (b9_l14_h2 ? 2'd2 : 2'd0) | (b9_l14_h3 ? 2'd3 : 2'd0));
  assign b9_l14_dig = (({3{b9_l14_h0}} & b9_l14_dq[2:0]) | ({3{b9_l14_h1}} & b9_l14_dq[5:3]) | ({3{b9_l14_h2}} & b9_l14_dq[8:6]) | ({3{b9_l14_h3}} & b9_l14_dq[11:9]));
  assign b9_l14_e = {b9_l14_pos, b9_l14_dig[1]};
  assign b9_l14_t = {b9_l14_hit, b9_l14_dig[2], b9_l14_e};
  assign b9_l15_cnt = {3'd0, b9_l15_nzs[0]} + {3'd0, b9_l15_nzs[1]} + {3'd0, b9_l15_nzs[2]} + {3'd0, b9_l15_nzs[3]};
  assign b9_l15_h0 = b9_l15_nq[0] & (4'd0 == cj15);
  assign b9_l15_n0 = 4'd0 + {3'd0, b9_l15_nq[0]};
  assign b9_l15_h1 = b9_l15_nq[1] & (b9_l15_n0 == cj15);
  assign b9_l15_n1 = b9_l15_n0 + {3'd0, b9_l15_nq[1]};
  assign b9_l15_h2 = b9_l15_nq[2] & (b9_l15_n1 == cj15);
  assign b9_l15_n2 = b9_l15_n1 + {3'd0, b9_l15_nq[2]};
  assign b9_l15_h3 = b9_l15_nq[3] & (b9_l15_n2 == cj15);
  assign b9_l15_hit = b9_l15_h0 | b9_l15_h1 | b9_l15_h2 | b9_l15_h3;
  assign b9_l15_pos = ((b9_l15_h0 ? 2'd0 : 2'd0) | (b9_l15_h1 ? 2'd1 : 2'd0) | (b9_l15_h2 ? 2'd2 : 2'd0) | (b9_l15_h3 ? 2'd3 : 2'd0));
  assign b9_l15_dig = (({3{b9_l15_h0}} & b9_l15_dq[2:0]) | ({3{b9_l15_h1}} & b9_l15_dq[5:3]) | ({3{b9_l15_h2}} & b9_l15_dq[8:6]) | ({3{b9_l15_h3}} & b9_l15_dq[11:9]));
  assign b9_l15_e = {b9_l15_pos, b9_l15_dig[1]};
  assign b9_l15_t = {b9_l15_hit, b9_l15_dig[2], b9_l15_e};
  assign b10_l0_cnt = {3'd0, b10_l0_nzs[0]} + {3'd0, b10_l0_nzs[1]} + {3'd0, b10_l0_nzs[2]} + {3'd0, b10_l0_nzs[3]};
  assign b10_l0_h0 = b10_l0_nq[0] & (4'd0 == cj0);
  assign b10_l0_n0 = 4'd0 + {3'd0, b10_l0_nq[0]};
  assign b10_l0_h1 = b10_l0_nq[1] & (b10_l0_n0 == cj0);
  assign b10_l0_n1 = b10_l0_n0 + {3'd0, b10_l0_nq[1]};
  assign b10_l0_h2 = b10_l0_nq[2] & (b10_l0_n1 == cj0);
  assign b10_l0_n2 = b10_l0_n1 + {3'd0, b10_l0_nq[2]};
  assign b10_l0_h3 = b10_l0_nq[3] & (b10_l0_n2 == cj0);
  assign b10_l0_hit = b10_l0_h0 | b10_l0_h1 | b10_l0_h2 | b10_l0_h3;
  assign b10_l0_pos = ((b10_l0_h0 ? 2'd0 : 2'd0) | (b10_l0_h1 ? 2'd1 : 2'd0) | (b10_l0_h2 ? 2'd2 : 2'd0) | (b10_l0_h3 ? 2'd3 : 2'd0));
  assign b10_l0_dig = (({3{b10_l0_h0}} & b10_l0_dq[2:0]) | ({3{b10_l0_h1}} & b10_l0_dq[5:3]) | ({3{b10_l0_h2}} & b10_l0_dq[8:6]) | ({3{b10_l0_h3}} & b10_l0_dq[11:9]));
  assign b10_l0_e = {b10_l0_pos, b10_l0_dig[1]};
  assign b10_l0_t = {b10_l0_hit, b10_l0_dig[2], b10_l0_e};
  assign b10_l1_cnt = {3'd0, b10_l1_nzs[0]} + {3'd0, b10_l1_nzs[1]} + {3'd0, b10_l1_nzs[2]} + {3'd0, b10_l1_nzs[3]};
  assign b10_l1_h0 = b10_l1_nq[0] & (4'd0 == cj1);
  assign b10_l1_n0 = 4'd0 + {3'd0, b10_l1_nq[0]};
  assign b10_l1_h1 = b10_l1_nq[1] & (b10_l1_n0 == cj1);
  assign b10_l1_n1 = b10_l1_n0 + {3'd0, b10_l1_nq[1]};
  assign b10_l1_h2 = b10_l1_nq[2] & (b10_l1_n1 == cj1);
  assign b10_l1_n2 = b10_l1_n1 + {3'd0, b10_l1_nq[2]};
  assign b10_l1_h3 = b10_l1_nq[3] & (b10_l1_n2 == cj1);
  assign b10_l1_hit = b10_l1_h0 | b10_l1_h1 | b10_l1_h2 | b10_l1_h3;
  assign b10_l1_pos = ((b10_l1_h0 ? 2'd0 : 2'd0) | (b10_l1_h1 ? 2'd1 : 2'd0) | (b10_l1_h2 ? 2'd2 : 2'd0) | (b10_l1_h3 ? 2'd3 : 2'd0));
  assign b10_l1_dig = (({3{b10_l1_h0}} & b10_l1_dq[2:0]) | ({3{b10_l1_h1}} & b10_l1_dq[5:3]) | ({3{b10_l1_h2}} & b10_l1_dq[8:6]) | ({3{b10_l1_h3}} & b10_l1_dq[11:9]));
  assign b10_l1_e = {b10_l1_pos, b10_l1_dig[1]};
  assign b10_l1_t = {b10_l1_hit, b10_l1_dig[2], b10_l1_e};
  assign b10_l2_cnt = {3'd0, b10_l2_nzs[0]} + {3'd0, b10_l2_nzs[1]} + {3'd0, b10_l2_nzs[2]} + {3'd0, b10_l2_nzs[3]};
  assign b10_l2_h0 = b10_l2_nq[0] & (4'd0 == cj2);
  assign b10_l2_n0 = 4'd0 + {3'd0, b10_l2_nq[0]};
  assign b10_l2_h1 = b10_l2_nq[1] & (b10_l2_n0 == cj2);
  assign b10_l2_n1 = b10_l2_n0 + {3'd0, b10_l2_nq[1]};
  assign b10_l2_h2 = b10_l2_nq[2] & (b10_l2_n1 == cj2);
  assign b10_l2_n2 = b10_l2_n1 + {3'd0, b10_l2_nq[2]};
  assign b10_l2_h3 = b10_l2_nq[3] & (b10_l2_n2 == cj2);
  assign b10_l2_hit = b10_l2_h0 | b10_l2_h1 | b10_l2_h2 | b10_l2_h3;
  assign b10_l2_pos = ((b10_l2_h0 ? 2'd0 : 2'd0) | (b10_l2_h1 ? 2'd1 : 2'd0) | (b10_l2_h2 ? 2'd2 : 2'd0) | (b10_l2_h3 ? 2'd3 : 2'd0));
  assign b10_l2_dig = (({3{b10_l2_h0}} & b10_l2_dq[2:0]) | ({3{b10_l2_h1}} & b10_l2_dq[5:3]) | ({3{b10_l2_h2}} & b10_l2_dq[8:6]) | ({3{b10_l2_h3}} & b10_l2_dq[11:9]));
  assign b10_l2_e = {b10_l2_pos, b10_l2_dig[1]};
  assign b10_l2_t = {b10_l2_hit, b10_l2_dig[2], b10_l2_e};
  assign b10_l3_cnt = {3'd0, b10_l3_nzs[0]} + {3'd0, b10_l3_nzs[1]} + {3'd0, b10_l3_nzs[2]} + {3'd0, b10_l3_nzs[3]};
  assign b10_l3_h0 = b10_l3_nq[0] & (4'd0 == cj3);
  assign b10_l3_n0 = 4'd0 + {3'd0, b10_l3_nq[0]};
  assign b10_l3_h1 = b10_l3_nq[1] & (b10_l3_n0 == cj3);
  assign b10_l3_n1 = b10_l3_n0 + {3'd0, b10_l3_nq[1]};
  assign b10_l3_h2 = b10_l3_nq[2] & (b10_l3_n1 == cj3);
  assign b10_l3_n2 = b10_l3_n1 + {3'd0, b10_l3_nq[2]};
  assign b10_l3_h3 = b10_l3_nq[3] & (b10_l3_n2 == cj3);
  assign b10_l3_hit = b10_l3_h0 | b10_l3_h1 | b10_l3_h2 | b10_l3_h3;
  assign b10_l3_pos = ((b10_l3_h0 ? 2'd0 : 2'd0) | (b10_l3_h1 ? 2'd1 : 2'd0) | (b10_l3_h2 ? 2'd2 : 2'd0) | (b10_l3_h3 ? 2'd3 : 2'd0));
  assign b10_l3_dig = (({3{b10_l3_h0}} & b10_l3_dq[2:0]) | ({3{b10_l3_h1}} & b10_l3_dq[5:3]) | ({3{b10_l3_h2}} & b10_l3_dq[8:6]) | ({3{b10_l3_h3}} & b10_l3_dq[11:9]));
  assign b10_l3_e = {b10_l3_pos, b10_l3_dig[1]};
  assign b10_l3_t = {b10_l3_hit, b10_l3_dig[2], b10_l3_e};
  assign b10_l4_cnt = {3'd0, b10_l4_nzs[0]} + {3'd0, b10_l4_nzs[1]} + {3'd0, b10_l4_nzs[2]} + {3'd0, b10_l4_nzs[3]};
  assign b10_l4_h0 = b10_l4_nq[0] & (4'd0 == cj4);
  assign b10_l4_n0 = 4'd0 + {3'd0, b10_l4_nq[0]};
  assign b10_l4_h1 = b10_l4_nq[1] & (b10_l4_n0 == cj4);
  assign b10_l4_n1 = b10_l4_n0 + {3'd0, b10_l4_nq[1]};
  assign b10_l4_h2 = b10_l4_nq[2] & (b10_l4_n1 == cj4);
  assign b10_l4_n2 = b10_l4_n1 + {3'd0, b10_l4_nq[2]};
  assign b10_l4_h3 = b10_l4_nq[3] & (b10_l4_n2 == cj4);
  assign b10_l4_hit = b10_l4_h0 | b10_l4_h1 | b10_l4_h2 | b10_l4_h3;
  assign b10_l4_pos = ((b10_l4_h0 ? 2'd0 : 2'd0) | (b10_l4_h1 ? 2'd1 : 2'd0) | (b10_l4_h2 ? 2'd2 : 2'd0) | (b10_l4_h3 ? 2'd3 : 2'd0));
  assign b10_l4_dig = (({3{b10_l4_h0}} & b10_l4_dq[2:0]) | ({3{b10_l4_h1}} & b10_l4_dq[5:3]) | ({3{b10_l4_h2}} & b10_l4_dq[8:6]) | ({3{b10_l4_h3}} & b10_l4_dq[11:9]));
  assign b10_l4_e = {b10_l4_pos, b10_l4_dig[1]};
  assign b10_l4_t = {b10_l4_hit, b10_l4_dig[2], b10_l4_e};
  assign b10_l5_cnt = {3'd0, b10_l5_nzs[0]} + {3'd0, b10_l5_nzs[1]} + {3'd0, b10_l5_nzs[2]} + {3'd0, b10_l5_nzs[3]};
  assign b10_l5_h0 = b10_l5_nq[0] & (4'd0 == cj5);
  assign b10_l5_n0 = 4'd0 + {3'd0, b10_l5_nq[0]};
  assign b10_l5_h1 = b10_l5_nq[1] & (b10_l5_n0 == cj5);
  assign b10_l5_n1 = b10_l5_n0 + {3'd0, b10_l5_nq[1]};
  assign b10_l5_h2 = b10_l5_nq[2] & (b10_l5_n1 == cj5);
  assign b10_l5_n2 = b10_l5_n1 + {3'd0, b10_l5_nq[2]};
  assign b10_l5_h3 = b10_l5_nq[3] & (b10_l5_n2 == cj5);
  assign b10_l5_hit = b10_l5_h0 | b10_l5_h1 | b10_l5_h2 | b10_l5_h3;
  assign b10_l5_pos = ((b10_l5_h0 ? 2'd0 : 2'd0) | (b10_l5_h1 ? 2'd1 : 2'd0) | (b10_l5_h2 ? 2'd2 : 2'd0) | (b10_l5_h3 ? 2'd3 : 2'd0));
  assign b10_l5_dig = (({3{b10_l5_h0}} & b10_l5_dq[2:0]) | ({3{b10_l5_h1}} & b10_l5_dq[5:3]) | ({3{b10_l5_h2}} & b10_l5_dq[8:6]) | ({3{b10_l5_h3}} & b10_l5_dq[11:9]));
  assign b10_l5_e = {b10_l5_pos, b10_l5_dig[1]};
  assign b10_l5_t = {b10_l5_hit, b10_l5_dig[2], b10_l5_e};
  assign b10_l6_cnt = {3'd0, b10_l6_nzs[0]} + {3'd0, b10_l6_nzs[1]} + {3'd0, b10_l6_nzs[2]} + {3'd0, b10_l6_nzs[3]};
  assign b10_l6_h0 = b10_l6_nq[0] & (4'd0 == cj6);
  assign b10_l6_n0 = 4'd0 + {3'd0, b10_l6_nq[0]};
  assign b10_l6_h1 = b10_l6_nq[1] & (b10_l6_n0 == cj6);
  assign b10_l6_n1 = b10_l6_n0 + {3'd0, b10_l6_nq[1]};
  assign b10_l6_h2 = b10_l6_nq[2] & (b10_l6_n1 == cj6);
  assign b10_l6_n2 = b10_l6_n1 + {3'd0, b10_l6_nq[2]};
  assign b10_l6_h3 = b10_l6_nq[3] & (b10_l6_n2 == cj6);
  assign b10_l6_hit = b10_l6_h0 | b10_l6_h1 | b10_l6_h2 | b10_l6_h3;
  assign b10_l6_pos = ((b10_l6_h0 ? 2'd0 : 2'd0) | (b10_l6_h1 ? 2'd1 : 2'd0) | (b10_l6_h2 ? 2'd2 : 2'd0) | (b10_l6_h3 ? 2'd3 : 2'd0));
  assign b10_l6_dig = (({3{b10_l6_h0}} & b10_l6_dq[2:0]) | ({3{b10_l6_h1}} & b10_l6_dq[5:3]) | ({3{b10_l6_h2}} & b10_l6_dq[8:6]) | ({3{b10_l6_h3}} & b10_l6_dq[11:9]));
  assign b10_l6_e = {b10_l6_pos, b10_l6_dig[1]};
  assign b10_l6_t = {b10_l6_hit, b10_l6_dig[2], b10_l6_e};
  assign b10_l7_cnt = {3'd0, b10_l7_nzs[0]} + {3'd0, b10_l7_nzs[1]} + {3'd0, b10_l7_nzs[2]} + {3'd0, b10_l7_nzs[3]};
  assign b10_l7_h0 = b10_l7_nq[0] & (4'd0 == cj7);
  assign b10_l7_n0 = 4'd0 + {3'd0, b10_l7_nq[0]};
  assign b10_l7_h1 = b10_l7_nq[1] & (b10_l7_n0 == cj7);
  assign b10_l7_n1 = b10_l7_n0 + {3'd0, b10_l7_nq[1]};
  assign b10_l7_h2 = b10_l7_nq[2] & (b10_l7_n1 == cj7);
  assign b10_l7_n2 = b10_l7_n1 + {3'd0, b10_l7_nq[2]};
  assign b10_l7_h3 = b10_l7_nq[3] & (b10_l7_n2 == cj7);
  assign b10_l7_hit = b10_l7_h0 | b10_l7_h1 | b10_l7_h2 | b10_l7_h3;
  assign b10_l7_pos = ((b10_l7_h0 ? 2'd0 : 2'd0) | (b10_l7_h1 ? 2'd1 : 2'd0) | (b10_l7_h2 ? 2'd2 : 2'd0) | (b10_l7_h3 ? 2'd3 : 2'd0));
  assign b10_l7_dig = (({3{b10_l7_h0}} & b10_l7_dq[2:0]) | ({3{b10_l7_h1}} & b10_l7_dq[5:3]) | ({3{b10_l7_h2}} & b10_l7_dq[8:6]) | ({3{b10_l7_h3}} & b10_l7_dq[11:9]));
  assign b10_l7_e = {b10_l7_pos, b10_l7_dig[1]};
  assign b10_l7_t = {b10_l7_hit, b10_l7_dig[2], b10_l7_e};
  assign b10_l8_cnt = {3'd0, b10_l8_nzs[0]} + {3'd0, b10_l8_nzs[1]} + {3'd0, b10_l8_nzs[2]} + {3'd0, b10_l8_nzs[3]};
  assign b10_l8_h0 = b10_l8_nq[0] & (4'd0 == cj8);
  assign b10_l8_n0 = 4'd0 + {3'd0, b10_l8_nq[0]};
  assign b10_l8_h1 = b10_l8_nq[1] & (b10_l8_n0 == cj8);
  assign b10_l8_n1 = b10_l8_n0 + {3'd0, b10_l8_nq[1]};
  assign b10_l8_h2 = b10_l8_nq[2] & (b10_l8_n1 == cj8);
  assign b10_l8_n2 = b10_l8_n1 + {3'd0, b10_l8_nq[2]};
  assign b10_l8_h3 = b10_l8_nq[3] & (b10_l8_n2 == cj8);
  assign b10_l8_hit = b10_l8_h0 | b10_l8_h1 | b10_l8_h2 | b10_l8_h3;
  assign b10_l8_pos = ((b10_l8_h0 ? 2'd0 : 2'd0) | (b10_l8_h1 ? 2'd1 : 2'd0) | (b10_l8_h2 ? 2'd2 : 2'd0) | (b10_l8_h3 ? 2'd3 : 2'd0));
  assign b10_l8_dig = (({3{b10_l8_h0}} & b10_l8_dq[2:0]) | ({3{b10_l8_h1}} & b10_l8_dq[5:3]) | ({3{b10_l8_h2}} & b10_l8_dq[8:6]) | ({3{b10_l8_h3}} & b10_l8_dq[11:9]));
  assign b10_l8_e = {b10_l8_pos, b10_l8_dig[1]};
  assign b10_l8_t = {b10_l8_hit, b10_l8_dig[2], b10_l8_e};
  assign b10_l9_cnt = {3'd0, b10_l9_nzs[0]} + {3'd0, b10_l9_nzs[1]} + {3'd0, b10_l9_nzs[2]} + {3'd0, b10_l9_nzs[3]};
  assign b10_l9_h0 = b10_l9_nq[0] & (4'd0 == cj9);
  assign b10_l9_n0 = 4'd0 + {3'd0, b10_l9_nq[0]};
  assign b10_l9_h1 = b10_l9_nq[1] & (b10_l9_n0 == cj9);
  assign b10_l9_n1 = b10_l9_n0 + {3'd0, b10_l9_nq[1]};
  assign b10_l9_h2 = b10_l9_nq[2] & (b10_l9_n1 == cj9);
  assign b10_l9_n2 = b10_l9_n1 + {3'd0, b10_l9_nq[2]};
  assign b10_l9_h3 = b10_l9_nq[3] & (b10_l9_n2 == cj9);
  assign b10_l9_hit = b10_l9_h0 | b10_l9_h1 | b10_l9_h2 | b10_l9_h3;
  assign b10_l9_pos = ((b10_l9_h0 ? 2'd0 : 2'd0) | (b10_l9_h1 ? 2'd1 : 2'd0) | (b10_l9_h2 ? 2'd2 : 2'd0) | (b10_l9_h3 ? 2'd3 : 2'd0));
  assign b10_l9_dig = (({3{b10_l9_h0}} & b10_l9_dq[2:0]) | ({3{b10_l9_h1}} & b10_l9_dq[5:3]) | ({3{b10_l9_h2}} & b10_l9_dq[8:6]) | ({3{b10_l9_h3}} & b10_l9_dq[11:9]));
  assign b10_l9_e = {b10_l9_pos, b10_l9_dig[1]};
  assign b10_l9_t = {b10_l9_hit, b10_l9_dig[2], b10_l9_e};
  assign b10_l10_cnt = {3'd0, b10_l10_nzs[0]} + {3'd0, b10_l10_nzs[1]} + {3'd0, b10_l10_nzs[2]} + {3'd0, b10_l10_nzs[3]};
  assign b10_l10_h0 = b10_l10_nq[0] & (4'd0 == cj10);
  assign b10_l10_n0 = 4'd0 + {3'd0, b10_l10_nq[0]};
  assign b10_l10_h1 = b10_l10_nq[1] & (b10_l10_n0 == cj10);
  assign b10_l10_n1 = b10_l10_n0 + {3'd0, b10_l10_nq[1]};
  assign b10_l10_h2 = b10_l10_nq[2] & (b10_l10_n1 == cj10);
  assign b10_l10_n2 = b10_l10_n1 + {3'd0, b10_l10_nq[2]};
  assign b10_l10_h3 = b10_l10_nq[3] & (b10_l10_n2 == cj10);
  assign b10_l10_hit = b10_l10_h0 | b10_l10_h1 | b10_l10_h2 | b10_l10_h3;
  assign b10_l10_pos = ((b10_l10_h0 ? 2'd0 : 2'd0) | (b10_l10_h1 ? 2'd1 : 2'd0) | (b10_l10_h2 ? 2'd2 : 2'd0) | (b10_l10_h3 ? 2'd3 : 2'd0));
  assign b10_l10_dig = (({3{b10_l10_h0}} & b10_l10_dq[2:0]) | ({3{b10_l10_h1}} & b10_l10_dq[5:3]) | ({3{b10_l10_h2}} & b10_l10_dq[8:6]) | ({3{b10_l10_h3}} & b10_l10_dq[11:9]));
  assign b10_l10_e = {b10_l10_pos, b10_l10_dig[1]};
  assign b10_l10_t = {b10_l10_hit, b10_l10_dig[2], b10_l10_e};
  assign b10_l11_cnt = {3'd0, b10_l11_nzs[0]} + {3'd0, b10_l11_nzs[1]} + {3'd0, b10_l11_nzs[2]} + {3'd0, b10_l11_nzs[3]};
  assign b10_l11_h0 = b10_l11_nq[0] & (4'd0 == cj11);
  assign b10_l11_n0 = 4'd0 + {3'd0, b10_l11_nq[0]};
  assign b10_l11_h1 = b10_l11_nq[1] & (b10_l11_n0 == cj11);
  assign b10_l11_n1 = b10_l11_n0 + {3'd0, b10_l11_nq[1]};
  assign b10_l11_h2 = b10_l11_nq[2] & (b10_l11_n1 == cj11);
  assign b10_l11_n2 = b10_l11_n1 + {3'd0, b10_l11_nq[2]};
  assign b10_l11_h3 = b10_l11_nq[3] & (b10_l11_n2 == cj11);
  assign b10_l11_hit = b10_l11_h0 | b10_l11_h1 | b10_l11_h2 | b10_l11_h3;
  assign b10_l11_pos = ((b10_l11_h0 ? 2'd0 : 2'd0) | (b10_l11_h1 ? 2'd1 : 2'd0) | (b10_l11_h2 ? 2'd2 : 2'd0) | (b10_l11_h3 ? 2'd3 : 2'd0));
  assign b10_l11_dig = (({3{b10_l11_h0}} & b10_l11_dq[2:0]) | ({3{b10_l11_h1}} & b10_l11_dq[5:3]) | ({3{b10_l11_h2}} & b10_l11_dq[8:6]) | ({3{b10_l11_h3}} & b10_l11_dq[11:9]));
  assign b10_l11_e = {b10_l11_pos, b10_l11_dig[1]};
  assign b10_l11_t = {b10_l11_hit, b10_l11_dig[2], b10_l11_e};
  assign b10_l12_cnt = {3'd0, b10_l12_nzs[0]} + {3'd0, b10_l12_nzs[1]} + {3'd0, b10_l12_nzs[2]} + {3'd0, b10_l12_nzs[3]};
  assign b10_l12_h0 = b10_l12_nq[0] & (4'd0 == cj12);
  assign b10_l12_n0 = 4'd0 + {3'd0, b10_l12_nq[0]};
  assign b10_l12_h1 = b10_l12_nq[1] & (b10_l12_n0 == cj12);
  assign b10_l12_n1 = b10_l12_n0 + {3'd0, b10_l12_nq[1]};
  assign b10_l12_h2 = b10_l12_nq[2] & (b10_l12_n1 == cj12);
  assign b10_l12_n2 = b10_l12_n1 + {3'd0, b10_l12_nq[2]};
  assign b10_l12_h3 = b10_l12_nq[3] & (b10_l12_n2 == cj12);
  assign b10_l12_hit = b10_l12_h0 | b10_l12_h1 | b10_l12_h2 | b10_l12_h3;
  assign b10_l12_pos = ((b10_l12_h0 ? 2'd0 : 2'd0) | (b10_l12_h1 ? 2'd1 : 2'd0) | (b10_l12_h2 ? 2'd2 : 2'd0) | (b10_l12_h3 ? 2'd3 : 2'd0));
  assign b10_l12_dig = (({3{b10_l12_h0}} & b10_l12_dq[2:0]) | ({3{b10_l12_h1}} & b10_l12_dq[5:3]) | ({3{b10_l12_h2}} & b10_l12_dq[8:6]) | ({3{b10_l12_h3}} & b10_l12_dq[11:9]));
  assign b10_l12_e = {b10_l12_pos, b10_l12_dig[1]};
  assign b10_l12_t = {b10_l12_hit, b10_l12_dig[2], b10_l12_e};
  assign b10_l13_cnt = {3'd0, b10_l13_nzs[0]} + {3'd0, b10_l13_nzs[1]} + {3'd0, b10_l13_nzs[2]} + {3'd0, b10_l13_nzs[3]};
  assign b10_l13_h0 = b10_l13_nq[0] & (4'd0 == cj13);
  assign b10_l13_n0 = 4'd0 + {3'd0, b10_l13_nq[0]};
  assign b10_l13_h1 = b10_l13_nq[1] & (b10_l13_n0 == cj13);
  assign b10_l13_n1 = b10_l13_n0 + {3'd0, b10_l13_nq[1]};
  assign b10_l13_h2 = b10_l13_nq[2] & (b10_l13_n1 == cj13);
  assign b10_l13_n2 = b10_l13_n1 + {3'd0, b10_l13_nq[2]};
  assign b10_l13_h3 = b10_l13_nq[3] & (b10_l13_n2 == cj13);
  assign b10_l13_hit = b10_l13_h0 | b10_l13_h1 | b10_l13_h2 | b10_l13_h3;
  assign b10_l13_pos = ((b10_l13_h0 ? 2'd0 : 2'd0) | (b10_l13_h1 ? 2'd1 : 2'd0) | (b10_l13_h2 ? 2'd2 : 2'd0) | (b10_l13_h3 ? 2'd3 : 2'd0));
  assign b10_l13_dig = (({3{b10_l13_h0}} & b10_l13_dq[2:0]) | ({3{b10_l13_h1}} & b10_l13_dq[5:3]) | ({3{b10_l13_h2}} & b10_l13_dq[8:6]) | ({3{b10_l13_h3}} & b10_l13_dq[11:9]));
  assign b10_l13_e = {b10_l13_pos, b10_l13_dig[1]};
  assign b10_l13_t = {b10_l13_hit, b10_l13_dig[2], b10_l13_e};
  assign b10_l14_cnt = {3'd0, b10_l14_nzs[0]} + {3'd0, b10_l14_nzs[1]} + {3'd0, b10_l14_nzs[2]} + {3'd0, b10_l14_nzs[3]};
  assign b10_l14_h0 = b10_l14_nq[0] & (4'd0 == cj14);
  assign b10_l14_n0 = 4'd0 + {3'd0, b10_l14_nq[0]};
  assign b10_l14_h1 = b10_l14_nq[1] & (b10_l14_n0 == cj14);
  assign b10_l14_n1 = b10_l14_n0 + {3'd0, b10_l14_nq[1]};
  assign b10_l14_h2 = b10_l14_nq[2] & (b10_l14_n1 == cj14);
  assign b10_l14_n2 = b10_l14_n1 + {3'd0, b10_l14_nq[2]};
  assign b10_l14_h3 = b10_l14_nq[3] & (b10_l14_n2 == cj14);
  assign b10_l14_hit = b10_l14_h0 | b10_l14_h1 | b10_l14_h2 | b10_l14_h3;
  assign b10_l14_pos = ((b10_l14_h0 ? 2'd0 : 2'd0) | (b10_l14_h1 ? 2'd1 : 2'd0) | (b10_l14_h2 ? 2'd2 : 2'd0) | (b10_l14_h3 ? 2'd3 : 2'd0));
  assign b10_l14_dig = (({3{b10_l14_h0}} & b10_l14_dq[2:0]) | ({3{b10_l14_h1}} & b10_l14_dq[5:3]) | ({3{b10_l14_h2}} & b10_l14_dq[8:6]) | ({3{b10_l14_h3}} & b10_l14_dq[11:9]));
  assign b10_l14_e = {b10_l14_pos, b10_l14_dig[1]};
  assign b10_l14_t = {b10_l14_hit, b10_l14_dig[2], b10_l14_e};
  assign b10_l15_cnt = {3'd0, b10_l15_nzs[0]} + {3'd0, b10_l15_nzs[1]} + {3'd0, b10_l15_nzs[2]} + {3'd0, b10_l15_nzs[3]};
  assign b10_l15_h0 = b10_l15_nq[0] & (4'd0 == cj15);
  assign b10_l15_n0 = 4'd0 + {3'd0, b10_l15_nq[0]};
  assign b10_l15_h1 = b10_l15_nq[1] & (b10_l15_n0 == cj15);
  assign b10_l15_n1 = b10_l15_n0 + {3'd0, b10_l15_nq[1]};
  assign b10_l15_h2 = b10_l15_nq[2] & (b10_l15_n1 == cj15);
  assign b10_l15_n2 = b10_l15_n1 + {3'd0, b10_l15_nq[2]};
  assign b10_l15_h3 = b10_l15_nq[3] & (b10_l15_n2 == cj15);
  assign b10_l15_hit = b10_l15_h0 | b10_l15_h1 | b10_l15_h2 | b10_l15_h3;
  assign b10_l15_pos = ((b10_l15_h0 ? 2'd0 : 2'd0) | (b10_l15_h1 ? 2'd1 : 2'd0) | (b10_l15_h2 ? 2'd2 : 2'd0) | (b10_l15_h3 ? 2'd3 : 2'd0));
  assign b10_l15_dig = (({3{b10_l15_h0}} & b10_l15_dq[2:0]) | ({3{b10_l15_h1}} & b10_l15_dq[5:3]) | ({3{b10_l15_h2}} & b10_l15_dq[8:6]) | ({3{b10_l15_h3}} & b10_l15_dq[11:9]));
  assign b10_l15_e = {b10_l15_pos, b10_l15_dig[1]};
  assign b10_l15_t = {b10_l15_hit, b10_l15_dig[2], b10_l15_e};
  assign b11_l0_cnt = {3'd0, b11_l0_nzs[0]} + {3'd0, b11_l0_nzs[1]} + {3'd0, b11_l0_nzs[2]} + {3'd0, b11_l0_nzs[3]};
  assign b11_l0_h0 = b11_l0_nq[0] & (4'd0 == cj0);
  assign b11_l0_n0 = 4'd0 + {3'd0, b11_l0_nq[0]};
  assign b11_l0_h1 = b11_l0_nq[1] & (b11_l0_n0 == cj0);
  assign b11_l0_n1 = b11_l0_n0 + {3'd0, b11_l0_nq[1]};
  assign b11_l0_h2 = b11_l0_nq[2] & (b11_l0_n1 == cj0);
  assign b11_l0_n2 = b11_l0_n1 + {3'd0, b11_l0_nq[2]};
  assign b11_l0_h3 = b11_l0_nq[3] & (b11_l0_n2 == cj0);
  assign b11_l0_hit = b11_l0_h0 | b11_l0_h1 | b11_l0_h2 | b11_l0_h3;
  assign b11_l0_pos = ((b11_l0_h0 ? 2'd0 : 2'd0) | (b11_l0_h1 ? 2'd1 : 2'd0) | (b11_l0_h2 ? 2'd2 : 2'd0) | (b11_l0_h3 ? 2'd3 : 2'd0));
  assign b11_l0_dig = (({3{b11_l0_h0}} & b11_l0_dq[2:0]) | ({3{b11_l0_h1}} & b11_l0_dq[5:3]) | ({3{b11_l0_h2}} & b11_l0_dq[8:6]) | ({3{b11_l0_h3}} & b11_l0_dq[11:9]));
  assign b11_l0_e = {b11_l0_pos, b11_l0_dig[1]};
  assign b11_l0_t = {b11_l0_hit, b11_l0_dig[2], b11_l0_e};
  assign b11_l1_cnt = {3'd0, b11_l1_nzs[0]} + {3'd0, b11_l1_nzs[1]} + {3'd0, b11_l1_nzs[2]} + {3'd0, b11_l1_nzs[3]};
  assign b11_l1_h0 = b11_l1_nq[0] & (4'd0 == cj1);
  assign b11_l1_n0 = 4'd0 + {3'd0, b11_l1_nq[0]};
  assign b11_l1_h1 = b11_l1_nq[1] & (b11_l1_n0 == cj1);
  assign b11_l1_n1 = b11_l1_n0 + {3'd0, b11_l1_nq[1]};
  assign b11_l1_h2 = b11_l1_nq[2] & (b11_l1_n1 == cj1);
  assign b11_l1_n2 = b11_l1_n1 + {3'd0, b11_l1_nq[2]};
  assign b11_l1_h3 = b11_l1_nq[3] & (b11_l1_n2 == cj1);
  assign b11_l1_hit = b11_l1_h0 | b11_l1_h1 | b11_l1_h2 | b11_l1_h3;
  assign b11_l1_pos = ((b11_l1_h0 ? 2'd0 : 2'd0) | (b11_l1_h1 ? 2'd1 : 2'd0) | (b11_l1_h2 ? 2'd2 : 2'd0) | (b11_l1_h3 ? 2'd3 : 2'd0));
  assign b11_l1_dig = (({3{b11_l1_h0}} & b11_l1_dq[2:0]) | ({3{b11_l1_h1}} & b11_l1_dq[5:3]) | ({3{b11_l1_h2}} & b11_l1_dq[8:6]) | ({3{b11_l1_h3}} & b11_l1_dq[11:9]));
  assign b11_l1_e = {b11_l1_pos, b11_l1_dig[1]};
  assign b11_l1_t = {b11_l1_hit, b11_l1_dig[2], b11_l1_e};
  assign b11_l2_cnt = {3'd0, b11_l2_nzs[0]} + {3'd0, b11_l2_nzs[1]} + {3'd0, b11_l2_nzs[2]} + {3'd0, b11_l2_nzs[3]};
  assign b11_l2_h0 = b11_l2_nq[0] & (4'd0 == cj2);
  assign b11_l2_n0 = 4'd0 + {3'd0, b11_l2_nq[0]};
  assign b11_l2_h1 = b11_l2_nq[1] & (b11_l2_n0 == cj2);
  assign b11_l2_n1 = b11_l2_n0 + {3'd0, b11_l2_nq[1]};
  assign b11_l2_h2 = b11_l2_nq[2] & (b11_l2_n1 == cj2);
  assign b11_l2_n2 = b11_l2_n1 + {3'd0, b11_l2_nq[2]};
  assign b11_l2_h3 = b11_l2_nq[3] & (b11_l2_n2 == cj2);
  assign b11_l2_hit = b11_l2_h0 | b11_l2_h1 | b11_l2_h2 | b11_l2_h3;
  assign b11_l2_pos = ((b11_l2_h0 ? 2'd0 : 2'd0) | (b11_l2_h1 ? 2'd1 : 2'd0) | (b11_l2_h2 ? 2'd2 : 2'd0) | (b11_l2_h3 ? 2'd3 : 2'd0));
  assign b11_l2_dig = (({3{b11_l2_h0}} & b11_l2_dq[2:0]) | ({3{b11_l2_h1}} & b11_l2_dq[5:3]) | ({3{b11_l2_h2}} & b11_l2_dq[8:6]) | ({3{b11_l2_h3}} & b11_l2_dq[11:9]));
  assign b11_l2_e = {b11_l2_pos, b11_l2_dig[1]};
  assign b11_l2_t = {b11_l2_hit, b11_l2_dig[2], b11_l2_e};
  assign b11_l3_cnt = {3'd0, b11_l3_nzs[0]} + {3'd0, b11_l3_nzs[1]} + {3'd0, b11_l3_nzs[2]} + {3'd0, b11_l3_nzs[3]};
  assign b11_l3_h0 = b11_l3_nq[0] & (4'd0 == cj3);
  assign b11_l3_n0 = 4'd0 + {3'd0, b11_l3_nq[0]};
  assign b11_l3_h1 = b11_l3_nq[1] & (b11_l3_n0 == cj3);
  assign b11_l3_n1 = b11_l3_n0 + {3'd0, b11_l3_nq[1]};
  assign b11_l3_h2 = b11_l3_nq[2] & (b11_l3_n1 == cj3);
  assign b11_l3_n2 = b11_l3_n1 + {3'd0, b11_l3_nq[2]};
  assign b11_l3_h3 = b11_l3_nq[3] & (b11_l3_n2 == cj3);
  assign b11_l3_hit = b11_l3_h0 | b11_l3_h1 | b11_l3_h2 | b11_l3_h3;
  assign b11_l3_pos = ((b11_l3_h0 ? 2'd0 : 2'd0) | (b11_l3_h1 ? 2'd1 : 2'd0) | (b11_l3_h2 ? 2'd2 : 2'd0) | (b11_l3_h3 ? 2'd3 : 2'd0));
  assign b11_l3_dig = (({3{b11_l3_h0}} & b11_l3_dq[2:0]) | ({3{b11_l3_h1}} & b11_l3_dq[5:3]) | ({3{b11_l3_h2}} & b11_l3_dq[8:6]) | ({3{b11_l3_h3}} & b11_l3_dq[11:9]));
  assign b11_l3_e = {b11_l3_pos, b11_l3_dig[1]};
  assign b11_l3_t = {b11_l3_hit, b11_l3_dig[2], b11_l3_e};
  assign b11_l4_cnt = {3'd0, b11_l4_nzs[0]} + {3'd0, b11_l4_nzs[1]} + {3'd0, b11_l4_nzs[2]} + {3'd0, b11_l4_nzs[3]};
  assign b11_l4_h0 = b11_l4_nq[0] & (4'd0 == cj4);
  assign b11_l4_n0 = 4'd0 + {3'd0, b11_l4_nq[0]};
  assign b11_l4_h1 = b11_l4_nq[1] & (b11_l4_n0 == cj4);
  assign b11_l4_n1 = b11_l4_n0 + {3'd0, b11_l4_nq[1]};
  assign b11_l4_h2 = b11_l4_nq[2] & (b11_l4_n1 == cj4);
  assign b11_l4_n2 = b11_l4_n1 + {3'd0, b11_l4_nq[2]};
  assign b11_l4_h3 = b11_l4_nq[3] & (b11_l4_n2 == cj4);
  assign b11_l4_hit = b11_l4_h0 | b11_l4_h1 | b11_l4_h2 | b11_l4_h3;
  assign b11_l4_pos = ((b11_l4_h0 ? 2'd0 : 2'd0) | (b11_l4_h1 ? 2'd1 : 2'd0) | (b11_l4_h2 ? 2'd2 : 2'd0) | (b11_l4_h3 ? 2'd3 : 2'd0));
  assign b11_l4_dig = (({3{b11_l4_h0}} & b11_l4_dq[2:0]) | ({3{b11_l4_h1}} & b11_l4_dq[5:3]) | ({3{b11_l4_h2}} & b11_l4_dq[8:6]) | ({3{b11_l4_h3}} & b11_l4_dq[11:9]));
  assign b11_l4_e = {b11_l4_pos, b11_l4_dig[1]};
  assign b11_l4_t = {b11_l4_hit, b11_l4_dig[2], b11_l4_e};
  assign b11_l5_cnt = {3'd0, b11_l5_nzs[0]} + {3'd0, b11_l5_nzs[1]} + {3'd0, b11_l5_nzs[2]} + {3'd0, b11_l5_nzs[3]};
  assign b11_l5_h0 = b11_l5_nq[0] & (4'd0 == cj5);
  assign b11_l5_n0 = 4'd0 + {3'd0, b11_l5_nq[0]};
  assign b11_l5_h1 = b11_l5_nq[1] & (b11_l5_n0 == cj5);
  assign b11_l5_n1 = b11_l5_n0 + {3'd0, b11_l5_nq[1]};
  assign b11_l5_h2 = b11_l5_nq[2] & (b11_l5_n1 == cj5);
  assign b11_l5_n2 = b11_l5_n1 + {3'd0, b11_l5_nq[2]};
  assign b11_l5_h3 = b11_l5_nq[3] & (b11_l5_n2 == cj5);
  assign b11_l5_hit = b11_l5_h0 | b11_l5_h1 | b11_l5_h2 | b11_l5_h3;
  assign b11_l5_pos = ((b11_l5_h0 ? 2'd0 : 2'd0) | (b11_l5_h1 ? 2'd1 : 2'd0) | (b11_l5_h2 ? 2'd2 : 2'd0) | (b11_l5_h3 ? 2'd3 : 2'd0));
  assign b11_l5_dig = (({3{b11_l5_h0}} & b11_l5_dq[2:0]) | ({3{b11_l5_h1}} & b11_l5_dq[5:3]) | ({3{b11_l5_h2}} & b11_l5_dq[8:6]) | ({3{b11_l5_h3}} & b11_l5_dq[11:9]));
  assign b11_l5_e = {b11_l5_pos, b11_l5_dig[1]};
  assign b11_l5_t = {b11_l5_hit, b11_l5_dig[2], b11_l5_e};
  assign b11_l6_cnt = {3'd0, b11_l6_nzs[0]} + {3'd0, b11_l6_nzs[1]} + {3'd0, b11_l6_nzs[2]} + {3'd0, b11_l6_nzs[3]};
  assign b11_l6_h0 = b11_l6_nq[0] & (4'd0 == cj6);
  assign b11_l6_n0 = 4'd0 + {3'd0, b11_l6_nq[0]};
  assign b11_l6_h1 = b11_l6_nq[1] & (b11_l6_n0 == cj6);
  assign b11_l6_n1 = b11_l6_n0 + {3'd0, b11_l6_nq[1]};
  assign b11_l6_h2 = b11_l6_nq[2] & (b11_l6_n1 == cj6);
  assign b11_l6_n2 = b11_l6_n1 + {3'd0, b11_l6_nq[2]};
  assign b11_l6_h3 = b11_l6_nq[3] & (b11_l6_n2 == cj6);
  assign b11_l6_hit = b11_l6_h0 | b11_l6_h1 | b11_l6_h2 | b11_l6_h3;
  assign b11_l6_pos = ((b11_l6_h0 ? 2'd0 : 2'd0) | (b11_l6_h1 ? 2'd1 : 2'd0) | (b11_l6_h2 ? 2'd2 : 2'd0) | (b11_l6_h3 ? 2'd3 : 2'd0));
  assign b11_l6_dig = (({3{b11_l6_h0}} & b11_l6_dq[2:0]) | ({3{b11_l6_h1}} & b11_l6_dq[5:3]) | ({3{b11_l6_h2}} & b11_l6_dq[8:6]) | ({3{b11_l6_h3}} & b11_l6_dq[11:9]));
  assign b11_l6_e = {b11_l6_pos, b11_l6_dig[1]};
  assign b11_l6_t = {b11_l6_hit, b11_l6_dig[2], b11_l6_e};
  assign b11_l7_cnt = {3'd0, b11_l7_nzs[0]} + {3'd0, b11_l7_nzs[1]} + {3'd0, b11_l7_nzs[2]} + {3'd0, b11_l7_nzs[3]};
  assign b11_l7_h0 = b11_l7_nq[0] & (4'd0 == cj7);
  assign b11_l7_n0 = 4'd0 + {3'd0, b11_l7_nq[0]};
  assign b11_l7_h1 = b11_l7_nq[1] & (b11_l7_n0 == cj7);
  assign b11_l7_n1 = b11_l7_n0 + {3'd0, b11_l7_nq[1]};
  assign b11_l7_h2 = b11_l7_nq[2] & (b11_l7_n1 == cj7);
  assign b11_l7_n2 = b11_l7_n1 + {3'd0, b11_l7_nq[2]};
  assign b11_l7_h3 = b11_l7_nq[3] & (b11_l7_n2 == cj7);
  assign b11_l7_hit = b11_l7_h0 | b11_l7_h1 | b11_l7_h2 | b11_l7_h3;
  assign b11_l7_pos = ((b11_l7_h0 ? 2'd0 : 2'd0) | (b11_l7_h1 ? 2'd1 : 2'd0) | (b11_l7_h2 ? 2'd2 : 2'd0) | (b11_l7_h3 ? 2'd3 : 2'd0));
  assign b11_l7_dig = (({3{b11_l7_h0}} & b11_l7_dq[2:0]) | ({3{b11_l7_h1}} & b11_l7_dq[5:3]) | ({3{b11_l7_h2}} & b11_l7_dq[8:6]) | ({3{b11_l7_h3}} & b11_l7_dq[11:9]));
  assign b11_l7_e = {b11_l7_pos, b11_l7_dig[1]};
  assign b11_l7_t = {b11_l7_hit, b11_l7_dig[2], b11_l7_e};
  assign b11_l8_cnt = {3'd0, b11_l8_nzs[0]} + {3'd0, b11_l8_nzs[1]} + {3'd0, b11_l8_nzs[2]} + {3'd0, b11_l8_nzs[3]};
  assign b11_l8_h0 = b11_l8_nq[0] & (4'd0 == cj8);
  assign b11_l8_n0 = 4'd0 + {3'd0, b11_l8_nq[0]};
  assign b11_l8_h1 = b11_l8_nq[1] & (b11_l8_n0 == cj8);
  assign b11_l8_n1 = b11_l8_n0 + {3'd0, b11_l8_nq[1]};
  assign b11_l8_h2 = b11_l8_nq[2] & (b11_l8_n1 == cj8);
  assign b11_l8_n2 = b11_l8_n1 + {3'd0, b11_l8_nq[2]};
  assign b11_l8_h3 = b11_l8_nq[3] & (b11_l8_n2 == cj8);
  assign b11_l8_hit = b11_l8_h0 | b11_l8_h1 | b11_l8_h2 | b11_l8_h3;
  assign b11_l8_pos = ((b11_l8_h0 ? 2'd0 : 2'd0) | (b11_l8_h1 ? 2'd1 : 2'd0) | (b11_l8_h2 ? 2'd2 : 2'd0) | (b11_l8_h3 ? 2'd3 : 2'd0));
  assign b11_l8_dig = (({3{b11_l8_h0}} & b11_l8_dq[2:0]) | ({3{b11_l8_h1}} & b11_l8_dq[5:3]) | ({3{b11_l8_h2}} & b11_l8_dq[8:6]) | ({3{b11_l8_h3}} & b11_l8_dq[11:9]));
  assign b11_l8_e = {b11_l8_pos, b11_l8_dig[1]};
  assign b11_l8_t = {b11_l8_hit, b11_l8_dig[2], b11_l8_e};
  assign b11_l9_cnt = {3'd0, b11_l9_nzs[0]} + {3'd0, b11_l9_nzs[1]} + {3'd0, b11_l9_nzs[2]} + {3'd0, b11_l9_nzs[3]};
  assign b11_l9_h0 = b11_l9_nq[0] & (4'd0 == cj9);
  assign b11_l9_n0 = 4'd0 + {3'd0, b11_l9_nq[0]};
  assign b11_l9_h1 = b11_l9_nq[1] & (b11_l9_n0 == cj9);
  assign b11_l9_n1 = b11_l9_n0 + {3'd0, b11_l9_nq[1]};
  assign b11_l9_h2 = b11_l9_nq[2] & (b11_l9_n1 == cj9);
  assign b11_l9_n2 = b11_l9_n1 + {3'd0, b11_l9_nq[2]};
  assign b11_l9_h3 = b11_l9_nq[3] & (b11_l9_n2 == cj9);
  assign b11_l9_hit = b11_l9_h0 | b11_l9_h1 | b11_l9_h2 | b11_l9_h3;
  assign b11_l9_pos = ((b11_l9_h0 ? 2'd0 : 2'd0) | (b11_l9_h1 ? 2'd1 : 2'd0) | (b11_l9_h2 ? 2'd2 : 2'd0) | (b11_l9_h3 ? 2'd3 : 2'd0));
  assign b11_l9_dig = (({3{b11_l9_h0}} & b11_l9_dq[2:0]) | ({3{b11_l9_h1}} & b11_l9_dq[5:3]) | ({3{b11_l9_h2}} & b11_l9_dq[8:6]) | ({3{b11_l9_h3}} & b11_l9_dq[11:9]));
  assign b11_l9_e = {b11_l9_pos, b11_l9_dig[1]};
  assign b11_l9_t = {b11_l9_hit, b11_l9_dig[2], b11_l9_e};
  assign b11_l10_cnt = {3'd0, b11_l10_nzs[0]} + {3'd0, b11_l10_nzs[1]} + {3'd0, b11_l10_nzs[2]} + {3'd0, b11_l10_nzs[3]};
  assign b11_l10_h0 = b11_l10_nq[0] & (4'd0 == cj10);
  assign b11_l10_n0 = 4'd0 + {3'd0, b11_l10_nq[0]};
  assign b11_l10_h1 = b11_l10_nq[1] & (b11_l10_n0 == cj10);
  assign b11_l10_n1 = b11_l10_n0 + {3'd0, b11_l10_nq[1]};
  assign b11_l10_h2 = b11_l10_nq[2] & (b11_l10_n1 == cj10);
  assign b11_l10_n2 = b11_l10_n1 + {3'd0, b11_l10_nq[2]};
  assign b11_l10_h3 = b11_l10_nq[3] & (b11_l10_n2 == cj10);
  assign b11_l10_hit = b11_l10_h0 | b11_l10_h1 | b11_l10_h2 | b11_l10_h3;
  assign b11_l10_pos = ((b11_l10_h0 ? 2'd0 : 2'd0) | (b11_l10_h1 ? 2'd1 : 2'd0) | (b11_l10_h2 ? 2'd2 : 2'd0) | (b11_l10_h3 ? 2'd3 : 2'd0));
  assign b11_l10_dig = (({3{b11_l10_h0}} & b11_l10_dq[2:0]) | ({3{b11_l10_h1}} & b11_l10_dq[5:3]) | ({3{b11_l10_h2}} & b11_l10_dq[8:6]) | ({3{b11_l10_h3}} & b11_l10_dq[11:9]));
  assign b11_l10_e = {b11_l10_pos, b11_l10_dig[1]};
  assign b11_l10_t = {b11_l10_hit, b11_l10_dig[2], b11_l10_e};
  assign b11_l11_cnt = {3'd0, b11_l11_nzs[0]} + {3'd0, b11_l11_nzs[1]} + {3'd0, b11_l11_nzs[2]} + {3'd0, b11_l11_nzs[3]};
  assign b11_l11_h0 = b11_l11_nq[0] & (4'd0 == cj11);
  assign b11_l11_n0 = 4'd0 + {3'd0, b11_l11_nq[0]};
  assign b11_l11_h1 = b11_l11_nq[1] & (b11_l11_n0 == cj11);
  assign b11_l11_n1 = b11_l11_n0 + {3'd0, b11_l11_nq[1]};
  assign b11_l11_h2 = b11_l11_nq[2] & (b11_l11_n1 == cj11);
  assign b11_l11_n2 = b11_l11_n1 + {3'd0, b11_l11_nq[2]};
  assign b11_l11_h3 = b11_l11_nq[3] & (b11_l11_n2 == cj11);
  assign b11_l11_hit = b11_l11_h0 | b11_l11_h1 | b11_l11_h2 | b11_l11_h3;
  assign b11_l11_pos = ((b11_l11_h0 ? 2'd0 : 2'd0) | (b11_l11_h1 ? 2'd1 : 2'd0) | (b11_l11_h2 ? 2'd2 : 2'd0) | (b11_l11_h3 ? 2'd3 : 2'd0));
  assign b11_l11_dig = (({3{b11_l11_h0}} & b11_l11_dq[2:0]) | ({3{b11_l11_h1}} & b11_l11_dq[5:3]) | ({3{b11_l11_h2}} & b11_l11_dq[8:6]) | ({3{b11_l11_h3}} & b11_l11_dq[11:9]));
  assign b11_l11_e = {b11_l11_pos, b11_l11_dig[1]};
  assign b11_l11_t = {b11_l11_hit, b11_l11_dig[2], b11_l11_e};
  assign b11_l12_cnt = {3'd0, b11_l12_nzs[0]} + {3'd0, b11_l12_nzs[1]} + {3'd0, b11_l12_nzs[2]} + {3'd0, b11_l12_nzs[3]};
  assign b11_l12_h0 = b11_l12_nq[0] & (4'd0 == cj12);
  assign b11_l12_n0 = 4'd0 + {3'd0, b11_l12_nq[0]};
  assign b11_l12_h1 = b11_l12_nq[1] & (b11_l12_n0 == cj12);
  assign b11_l12_n1 = b11_l12_n0 + {3'd0, b11_l12_nq[1]};
  assign b11_l12_h2 = b11_l12_nq[2] & (b11_l12_n1 == cj12);
  assign b11_l12_n2 = b11_l12_n1 + {3'd0, b11_l12_nq[2]};
  assign b11_l12_h3 = b11_l12_nq[3] & (b11_l12_n2 == cj12);
  assign b11_l12_hit = b11_l12_h0 | b11_l12_h1 | b11_l12_h2 | b11_l12_h3;
  assign b11_l12_pos = ((b11_l12_h0 ? 2'd0 : 2'd0) | (b11_l12_h1 ? 2'd1 : 2'd0) | (b11_l12_h2 ? 2'd2 : 2'd0) | (b11_l12_h3 ? 2'd3 : 2'd0));
  assign b11_l12_dig = (({3{b11_l12_h0}} & b11_l12_dq[2:0]) | ({3{b11_l12_h1}} & b11_l12_dq[5:3]) | ({3{b11_l12_h2}} & b11_l12_dq[8:6]) | ({3{b11_l12_h3}} & b11_l12_dq[11:9]));
  assign b11_l12_e = {b11_l12_pos, b11_l12_dig[1]};
  assign b11_l12_t = {b11_l12_hit, b11_l12_dig[2], b11_l12_e};
  assign b11_l13_cnt = {3'd0, b11_l13_nzs[0]} + {3'd0, b11_l13_nzs[1]} + {3'd0, b11_l13_nzs[2]} + {3'd0, b11_l13_nzs[3]};
  assign b11_l13_h0 = b11_l13_nq[0] & (4'd0 == cj13);
  assign b11_l13_n0 = 4'd0 + {3'd0, b11_l13_nq[0]};
  assign b11_l13_h1 = b11_l13_nq[1] & (b11_l13_n0 == cj13);
  assign b11_l13_n1 = b11_l13_n0 + {3'd0, b11_l13_nq[1]};
  assign b11_l13_h2 = b11_l13_nq[2] & (b11_l13_n1 == cj13);
  assign b11_l13_n2 = b11_l13_n1 + {3'd0, b11_l13_nq[2]};
  assign b11_l13_h3 = b11_l13_nq[3] & (b11_l13_n2 == cj13);
  assign b11_l13_hit = b11_l13_h0 | b11_l13_h1 | b11_l13_h2 | b11_l13_h3;
  assign b11_l13_pos = ((b11_l13_h0 ? 2'd0 : 2'd0) | (b11_l13_h1 ? 2'd1 : 2'd0) | (b11_l13_h2 ? 2'd2 : 2'd0) | (b11_l13_h3 ? 2'd3 : 2'd0));
  assign b11_l13_dig = (({3{b11_l13_h0}} & b11_l13_dq[2:0]) | ({3{b11_l13_h1}} & b11_l13_dq[5:3]) | ({3{b11_l13_h2}} & b11_l13_dq[8:6]) | ({3{b11_l13_h3}} & b11_l13_dq[11:9]));
  assign b11_l13_e = {b11_l13_pos, b11_l13_dig[1]};
  assign b11_l13_t = {b11_l13_hit, b11_l13_dig[2], b11_l13_e};
  assign b11_l14_cnt = {3'd0, b11_l14_nzs[0]} + {3'd0, b11_l14_nzs[1]} + {3'd0, b11_l14_nzs[2]} + {3'd0, b11_l14_nzs[3]};
  assign b11_l14_h0 = b11_l14_nq[0] & (4'd0 == cj14);
  assign b11_l14_n0 = 4'd0 + {3'd0, b11_l14_nq[0]};
  assign b11_l14_h1 = b11_l14_nq[1] & (b11_l14_n0 == cj14);
  assign b11_l14_n1 = b11_l14_n0 + {3'd0, b11_l14_nq[1]};
  assign b11_l14_h2 = b11_l14_nq[2] & (b11_l14_n1 == cj14);
  assign b11_l14_n2 = b11_l14_n1 + {3'd0, b11_l14_nq[2]};
  assign b11_l14_h3 = b11_l14_nq[3] & (b11_l14_n2 == cj14);
  assign b11_l14_hit = b11_l14_h0 | b11_l14_h1 | b11_l14_h2 | b11_l14_h3;
  assign b11_l14_pos = ((b11_l14_h0 ? 2'd0 : 2'd0) | (b11_l14_h1 ? 2'd1 : 2'd0) | (b11_l14_h2 ? 2'd2 : 2'd0) | (b11_l14_h3 ? 2'd3 : 2'd0));
  assign b11_l14_dig = (({3{b11_l14_h0}} & b11_l14_dq[2:0]) | ({3{b11_l14_h1}} & b11_l14_dq[5:3]) | ({3{b11_l14_h2}} & b11_l14_dq[8:6]) | ({3{b11_l14_h3}} & b11_l14_dq[11:9]));
  assign b11_l14_e = {b11_l14_pos, b11_l14_dig[1]};
  assign b11_l14_t = {b11_l14_hit, b11_l14_dig[2], b11_l14_e};
  assign b11_l15_cnt = {3'd0, b11_l15_nzs[0]} + {3'd0, b11_l15_nzs[1]} + {3'd0, b11_l15_nzs[2]} + {3'd0, b11_l15_nzs[3]};
  assign b11_l15_h0 = b11_l15_nq[0] & (4'd0 == cj15);
  assign b11_l15_n0 = 4'd0 + {3'd0, b11_l15_nq[0]};
  assign b11_l15_h1 = b11_l15_nq[1] & (b11_l15_n0 == cj15);
  assign b11_l15_n1 = b11_l15_n0 + {3'd0, b11_l15_nq[1]};
  assign b11_l15_h2 = b11_l15_nq[2] & (b11_l15_n1 == cj15);
  assign b11_l15_n2 = b11_l15_n1 + {3'd0, b11_l15_nq[2]};
  assign b11_l15_h3 = b11_l15_nq[3] & (b11_l15_n2 == cj15);
  assign b11_l15_hit = b11_l15_h0 | b11_l15_h1 | b11_l15_h2 | b11_l15_h3;
  assign b11_l15_pos = ((b11_l15_h0 ? 2'd0 : 2'd0) | (b11_l15_h1 ? 2'd1 : 2'd0) | (b11_l15_h2 ? 2'd2 : 2'd0) | (b11_l15_h3 ? 2'd3 : 2'd0));
  assign b11_l15_dig = (({3{b11_l15_h0}} & b11_l15_dq[2:0]) | ({3{b11_l15_h1}} & b11_l15_dq[5:3]) | ({3{b11_l15_h2}} & b11_l15_dq[8:6]) | ({3{b11_l15_h3}} & b11_l15_dq[11:9]));
  assign b11_l15_e = {b11_l15_pos, b11_l15_dig[1]};
  assign b11_l15_t = {b11_l15_hit, b11_l15_dig[2], b11_l15_e};
  assign b12_l0_cnt = {3'd0, b12_l0_nzs[0]} + {3'd0, b12_l0_nzs[1]} + {3'd0, b12_l0_nzs[2]} + {3'd0, b12_l0_nzs[3]};
  assign b12_l0_h0 = b12_l0_nq[0] & (4'd0 == cj0);
  assign b12_l0_n0 = 4'd0 + {3'd0, b12_l0_nq[0]};
  assign b12_l0_h1 = b12_l0_nq[1] & (b12_l0_n0 == cj0);
  assign b12_l0_n1 = b12_l0_n0 + {3'd0, b12_l0_nq[1]};
  assign b12_l0_h2 = b12_l0_nq[2] & (b12_l0_n1 == cj0);
  assign b12_l0_n2 = b12_l0_n1 + {3'd0, b12_l0_nq[2]};
  assign b12_l0_h3 = b12_l0_nq[3] & (b12_l0_n2 == cj0);
  assign b12_l0_hit = b12_l0_h0 | b12_l0_h1 | b12_l0_h2 | b12_l0_h3;
  assign b12_l0_pos = ((b12_l0_h0 ? 2'd0 : 2'd0) | (b12_l0_h1 ? 2'd1 : 2'd0) | (b12_l0_h2 ? 2'd2 : 2'd0) | (b12_l0_h3 ? 2'd3 : 2'd0));
  assign b12_l0_dig = (({3{b12_l0_h0}} & b12_l0_dq[2:0]) | ({3{b12_l0_h1}} & b12_l0_dq[5:3]) | ({3{b12_l0_h2}} & b12_l0_dq[8:6]) | ({3{b12_l0_h3}} & b12_l0_dq[11:9]));
  assign b12_l0_e = {b12_l0_pos, b12_l0_dig[1]};
  assign b12_l0_t = {b12_l0_hit, b12_l0_dig[2], b12_l0_e};
  assign b12_l1_cnt = {3'd0, b12_l1_nzs[0]} + {3'd0, b12_l1_nzs[1]} + {3'd0, b12_l1_nzs[2]} + {3'd0, b12_l1_nzs[3]};
  assign b12_l1_h0 = b12_l1_nq[0] & (4'd0 == cj1);
  assign b12_l1_n0 = 4'd0 + {3'd0, b12_l1_nq[0]};
  assign b12_l1_h1 = b12_l1_nq[1] & (b12_l1_n0 == cj1);
  assign b12_l1_n1 = b12_l1_n0 + {3'd0, b12_l1_nq[1]};
  assign b12_l1_h2 = b12_l1_nq[2] & (b12_l1_n1 == cj1);
  assign b12_l1_n2 = b12_l1_n1 + {3'd0, b12_l1_nq[2]};
  assign b12_l1_h3 = b12_l1_nq[3] & (b12_l1_n2 == cj1);
  assign b12_l1_hit = b12_l1_h0 | b12_l1_h1 | b12_l1_h2 | b12_l1_h3;
  assign b12_l1_pos = ((b12_l1_h0 ? 2'd0 : 2'd0) | (b12_l1_h1 ? 2'd1 : 2'd0) | (b12_l1_h2 ? 2'd2 : 2'd0) | (b12_l1_h3 ? 2'd3 : 2'd0));
  assign b12_l1_dig = (({3{b12_l1_h0}} & b12_l1_dq[2:0]) | ({3{b12_l1_h1}} & b12_l1_dq[5:3]) | ({3{b12_l1_h2}} & b12_l1_dq[8:6]) | ({3{b12_l1_h3}} & b12_l1_dq[11:9]));
  assign b12_l1_e = {b12_l1_pos, b12_l1_dig[1]};
  assign b12_l1_t = {b12_l1_hit, b12_l1_dig[2], b12_l1_e};
  assign b12_l2_cnt = {3'd0, b12_l2_nzs[0]} + {3'd0, b12_l2_nzs[1]} + {3'd0, b12_l2_nzs[2]} + {3'd0, b12_l2_nzs[3]};
  assign b12_l2_h0 = b12_l2_nq[0] & (4'd0 == cj2);
  assign b12_l2_n0 = 4'd0 + {3'd0, b12_l2_nq[0]};
  assign b12_l2_h1 = b12_l2_nq[1] & (b12_l2_n0 == cj2);
  assign b12_l2_n1 = b12_l2_n0 + {3'd0, b12_l2_nq[1]};
  assign b12_l2_h2 = b12_l2_nq[2] & (b12_l2_n1 == cj2);
  assign b12_l2_n2 = b12_l2_n1 + {3'd0, b12_l2_nq[2]};
  assign b12_l2_h3 = b12_l2_nq[3] & (b12_l2_n2 == cj2);
  assign b12_l2_hit = b12_l2_h0 | b12_l2_h1 | b12_l2_h2 | b12_l2_h3;
  assign b12_l2_pos = ((b12_l2_h0 ? 2'd0 : 2'd0) | (b12_l2_h1 ? 2'd1 : 2'd0) | (b12_l2_h2 ? 2'd2 : 2'd0) | (b12_l2_h3 ? 2'd3 : 2'd0));
  assign b12_l2_dig = (({3{b12_l2_h0}} & b12_l2_dq[2:0]) | ({3{b12_l2_h1}} & b12_l2_dq[5:3]) | ({3{b12_l2_h2}} & b12_l2_dq[8:6]) | ({3{b12_l2_h3}} & b12_l2_dq[11:9]));
  assign b12_l2_e = {b12_l2_pos, b12_l2_dig[1]};
  assign b12_l2_t = {b12_l2_hit, b12_l2_dig[2], b12_l2_e};
  assign b12_l3_cnt = {3'd0, b12_l3_nzs[0]} + {3'd0, b12_l3_nzs[1]} + {3'd0, b12_l3_nzs[2]} + {3'd0, b12_l3_nzs[3]};
  assign b12_l3_h0 = b12_l3_nq[0] & (4'd0 == cj3);
  assign b12_l3_n0 = 4'd0 + {3'd0, b12_l3_nq[0]};
  assign b12_l3_h1 = b12_l3_nq[1] & (b12_l3_n0 == cj3);
  assign b12_l3_n1 = b12_l3_n0 + {3'd0, b12_l3_nq[1]};
  assign b12_l3_h2 = b12_l3_nq[2] & (b12_l3_n1 == cj3);
  assign b12_l3_n2 = b12_l3_n1 + {3'd0, b12_l3_nq[2]};
  assign b12_l3_h3 = b12_l3_nq[3] & (b12_l3_n2 == cj3);
  assign b12_l3_hit = b12_l3_h0 | b12_l3_h1 | b12_l3_h2 | b12_l3_h3;
  assign b12_l3_pos = ((b12_l3_h0 ? 2'd0 : 2'd0) | (b12_l3_h1 ? 2'd1 : 2'd0) | (b12_l3_h2 ? 2'd2 : 2'd0) | (b12_l3_h3 ? 2'd3 : 2'd0));
  assign b12_l3_dig = (({3{b12_l3_h0}} & b12_l3_dq[2:0]) | ({3{b12_l3_h1}} & b12_l3_dq[5:3]) | ({3{b12_l3_h2}} & b12_l3_dq[8:6]) | ({3{b12_l3_h3}} & b12_l3_dq[11:9]));
  assign b12_l3_e = {b12_l3_pos, b12_l3_dig[1]};
  assign b12_l3_t = {b12_l3_hit, b12_l3_dig[2], b12_l3_e};
  assign b12_l4_cnt = {3'd0, b12_l4_nzs[0]} + {3'd0, b12_l4_nzs[1]} + {3'd0, b12_l4_nzs[2]} + {3'd0, b12_l4_nzs[3]};
  assign b12_l4_h0 = b12_l4_nq[0] & (4'd0 == cj4);
  assign b12_l4_n0 = 4'd0 + {3'd0, b12_l4_nq[0]};
  assign b12_l4_h1 = b12_l4_nq[1] & (b12_l4_n0 == cj4);
  assign b12_l4_n1 = b12_l4_n0 + {3'd0, b12_l4_nq[1]};
  assign b12_l4_h2 = b12_l4_nq[2] & (b12_l4_n1 == cj4);
  assign b12_l4_n2 = b12_l4_n1 + {3'd0, b12_l4_nq[2]};
  assign b12_l4_h3 = b12_l4_nq[3] & (b12_l4_n2 == cj4);
  assign b12_l4_hit = b12_l4_h0 | b12_l4_h1 | b12_l4_h2 | b12_l4_h3;
  assign b12_l4_pos = ((b12_l4_h0 ? 2'd0 : 2'd0) | (b12_l4_h1 ? 2'd1 : 2'd0) | (b12_l4_h2 ? 2'd2 : 2'd0) | (b12_l4_h3 ? 2'd3 : 2'd0));
  assign b12_l4_dig = (({3{b12_l4_h0}} & b12_l4_dq[2:0]) | ({3{b12_l4_h1}} & b12_l4_dq[5:3]) | ({3{b12_l4_h2}} & b12_l4_dq[8:6]) | ({3{b12_l4_h3}} & b12_l4_dq[11:9]));
  assign b12_l4_e = {b12_l4_pos, b12_l4_dig[1]};
  assign b12_l4_t = {b12_l4_hit, b12_l4_dig[2], b12_l4_e};
  assign b12_l5_cnt = {3'd0, b12_l5_nzs[0]} + {3'd0, b12_l5_nzs[1]} + {3'd0, b12_l5_nzs[2]} + {3'd0, b12_l5_nzs[3]};
  assign b12_l5_h0 = b12_l5_nq[0] & (4'd0 == cj5);
  assign b12_l5_n0 = 4'd0 + {3'd0, b12_l5_nq[0]};
  assign b12_l5_h1 = b12_l5_nq[1] & (b12_l5_n0 == cj5);
  assign b12_l5_n1 = b12_l5_n0 + {3'd0, b12_l5_nq[1]};
  assign b12_l5_h2 = b12_l5_nq[2] & (b12_l5_n1 == cj5);
  assign b12_l5_n2 = b12_l5_n1 + {3'd0, b12_l5_nq[2]};
  assign b12_l5_h3 = b12_l5_nq[3] & (b12_l5_n2 == cj5);
  assign b12_l5_hit = b12_l5_h0 | b12_l5_h1 | b12_l5_h2 | b12_l5_h3;
  assign b12_l5_pos = ((b12_l5_h0 ? 2'd0 : 2'd0) | (b12_l5_h1 ? 2'd1 : 2'd0) | (b12_l5_h2 ? 2'd2 : 2'd0) | (b12_l5_h3 ? 2'd3 : 2'd0));
  assign b12_l5_dig = (({3{b12_l5_h0}} & b12_l5_dq[2:0]) | ({3{b12_l5_h1}} & b12_l5_dq[5:3]) | ({3{b12_l5_h2}} & b12_l5_dq[8:6]) | ({3{b12_l5_h3}} & b12_l5_dq[11:9]));
  assign b12_l5_e = {b12_l5_pos, b12_l5_dig[1]};
  assign b12_l5_t = {b12_l5_hit, b12_l5_dig[2], b12_l5_e};
  assign b12_l6_cnt = {3'd0, b12_l6_nzs[0]} + {3'd0, b12_l6_nzs[1]} + {3'd0, b12_l6_nzs[2]} + {3'd0, b12_l6_nzs[3]};
  assign b12_l6_h0 = b12_l6_nq[0] & (4'd0 == cj6);
  assign b12_l6_n0 = 4'd0 + {3'd0, b12_l6_nq[0]};
  assign b12_l6_h1 = b12_l6_nq[1] & (b12_l6_n0 == cj6);
  assign b12_l6_n1 = b12_l6_n0 + {3'd0, b12_l6_nq[1]};
  assign b12_l6_h2 = b12_l6_nq[2] & (b12_l6_n1 == cj6);
  assign b12_l6_n2 = b12_l6_n1 + {3'd0, b12_l6_nq[2]};
  assign b12_l6_h3 = b12_l6_nq[3] & (b12_l6_n2 == cj6);
  assign b12_l6_hit = b12_l6_h0 | b12_l6_h1 | b12_l6_h2 | b12_l6_h3;
  assign b12_l6_pos = ((b12_l6_h0 ? 2'd0 : 2'd0) | (b12_l6_h1 ? 2'd1 : 2'd0) | (b12_l6_h2 ? 2'd2 : 2'd0) | (b12_l6_h3 ? 2'd3 : 2'd0));
  assign b12_l6_dig = (({3{b12_l6_h0}} & b12_l6_dq[2:0]) | ({3{b12_l6_h1}} & b12_l6_dq[5:3]) | ({3{b12_l6_h2}} & b12_l6_dq[8:6]) | ({3{b12_l6_h3}} & b12_l6_dq[11:9]));
  assign b12_l6_e = {b12_l6_pos, b12_l6_dig[1]};
  assign b12_l6_t = {b12_l6_hit, b12_l6_dig[2], b12_l6_e};
  assign b12_l7_cnt = {3'd0, b12_l7_nzs[0]} + {3'd0, b12_l7_nzs[1]} + {3'd0, b12_l7_nzs[2]} + {3'd0, b12_l7_nzs[3]};
  assign b12_l7_h0 = b12_l7_nq[0] & (4'd0 == cj7);
  assign b12_l7_n0 = 4'd0 + {3'd0, b12_l7_nq[0]};
  assign b12_l7_h1 = b12_l7_nq[1] & (b12_l7_n0 == cj7);
  assign b12_l7_n1 = b12_l7_n0 + {3'd0, b12_l7_nq[1]};
  assign b12_l7_h2 = b12_l7_nq[2] & (b12_l7_n1 == cj7);
  assign b12_l7_n2 = b12_l7_n1 + {3'd0, b12_l7_nq[2]};
  assign b12_l7_h3 = b12_l7_nq[3] & (b12_l7_n2 == cj7);
  assign b12_l7_hit = b12_l7_h0 | b12_l7_h1 | b12_l7_h2 | b12_l7_h3;
  assign b12_l7_pos = ((b12_l7_h0 ? 2'd0 : 2'd0) | (b12_l7_h1 ? 2'd1 : 2'd0) | (b12_l7_h2 ? 2'd2 : 2'd0) | (b12_l7_h3 ? 2'd3 : 2'd0));
  assign b12_l7_dig = (({3{b12_l7_h0}} & b12_l7_dq[2:0]) | ({3{b12_l7_h1}} & b12_l7_dq[5:3]) | ({3{b12_l7_h2}} & b12_l7_dq[8:6]) | ({3{b12_l7_h3}} & b12_l7_dq[11:9]));
  assign b12_l7_e = {b12_l7_pos, b12_l7_dig[1]};
  assign b12_l7_t = {b12_l7_hit, b12_l7_dig[2], b12_l7_e};
  assign b12_l8_cnt = {3'd0, b12_l8_nzs[0]} + {3'd0, b12_l8_nzs[1]} + {3'd0, b12_l8_nzs[2]} + {3'd0, b12_l8_nzs[3]};
  assign b12_l8_h0 = b12_l8_nq[0] & (4'd0 == cj8);
  assign b12_l8_n0 = 4'd0 + {3'd0, b12_l8_nq[0]};
  assign b12_l8_h1 = b12_l8_nq[1] & (b12_l8_n0 == cj8);
  assign b12_l8_n1 = b12_l8_n0 + {3'd0, b12_l8_nq[1]};
  assign b12_l8_h2 = b12_l8_nq[2] & (b12_l8_n1 == cj8);
  assign b12_l8_n2 = b12_l8_n1 + {3'd0, b12_l8_nq[2]};
  assign b12_l8_h3 = b12_l8_nq[3] & (b12_l8_n2 == cj8);
  assign b12_l8_hit = b12_l8_h0 | b12_l8_h1 | b12_l8_h2 | b12_l8_h3;
  assign b12_l8_pos = ((b12_l8_h0 ? 2'd0 : 2'd0) | (b12_l8_h1 ? 2'd1 : 2'd0) | (b12_l8_h2 ? 2'd2 : 2'd0) | (b12_l8_h3 ? 2'd3 : 2'd0));
  assign b12_l8_dig = (({3{b12_l8_h0}} & b12_l8_dq[2:0]) | ({3{b12_l8_h1}} & b12_l8_dq[5:3]) | ({3{b12_l8_h2}} & b12_l8_dq[8:6]) | ({3{b12_l8_h3}} & b12_l8_dq[11:9]));
  assign b12_l8_e = {b12_l8_pos, b12_l8_dig[1]};
  assign b12_l8_t = {b12_l8_hit, b12_l8_dig[2], b12_l8_e};
  assign b12_l9_cnt = {3'd0, b12_l9_nzs[0]} + {3'd0, b12_l9_nzs[1]} + {3'd0, b12_l9_nzs[2]} + {3'd0, b12_l9_nzs[3]};
  assign b12_l9_h0 = b12_l9_nq[0] & (4'd0 == cj9);
  assign b12_l9_n0 = 4'd0 + {3'd0, b12_l9_nq[0]};
  assign b12_l9_h1 = b12_l9_nq[1] & (b12_l9_n0 == cj9);
  assign b12_l9_n1 = b12_l9_n0 + {3'd0, b12_l9_nq[1]};
  assign b12_l9_h2 = b12_l9_nq[2] & (b12_l9_n1 == cj9);
  assign b12_l9_n2 = b12_l9_n1 + {3'd0, b12_l9_nq[2]};
  assign b12_l9_h3 = b12_l9_nq[3] & (b12_l9_n2 == cj9);
  assign b12_l9_hit = b12_l9_h0 | b12_l9_h1 | b12_l9_h2 | b12_l9_h3;
  assign b12_l9_pos = ((b12_l9_h0 ? 2'd0 : 2'd0) | (b12_l9_h1 ? 2'd1 : 2'd0) | (b12_l9_h2 ? 2'd2 : 2'd0) | (b12_l9_h3 ? 2'd3 : 2'd0));
  assign b12_l9_dig = (({3{b12_l9_h0}} & b12_l9_dq[2:0]) | ({3{b12_l9_h1}} & b12_l9_dq[5:3]) | ({3{b12_l9_h2}} & b12_l9_dq[8:6]) | ({3{b12_l9_h3}} & b12_l9_dq[11:9]));
  assign b12_l9_e = {b12_l9_pos, b12_l9_dig[1]};
  assign b12_l9_t = {b12_l9_hit, b12_l9_dig[2], b12_l9_e};
  assign b12_l10_cnt = {3'd0, b12_l10_nzs[0]} + {3'd0, b12_l10_nzs[1]} + {3'd0, b12_l10_nzs[2]} + {3'd0, b12_l10_nzs[3]};
  assign b12_l10_h0 = b12_l10_nq[0] & (4'd0 == cj10);
  assign b12_l10_n0 = 4'd0 + {3'd0, b12_l10_nq[0]};
  assign b12_l10_h1 = b12_l10_nq[1] & (b12_l10_n0 == cj10);
  assign b12_l10_n1 = b12_l10_n0 + {3'd0, b12_l10_nq[1]};
  assign b12_l10_h2 = b12_l10_nq[2] & (b12_l10_n1 == cj10);
  assign b12_l10_n2 = b12_l10_n1 + {3'd0, b12_l10_nq[2]};
  assign b12_l10_h3 = b12_l10_nq[3] & (b12_l10_n2 == cj10);
  assign b12_l10_hit = b12_l10_h0 | b12_l10_h1 | b12_l10_h2 | b12_l10_h3;
  assign b12_l10_pos = ((b12_l10_h0 ? 2'd0 : 2'd0) | (b12_l10_h1 ? 2'd1 : 2'd0) | (b12_l10_h2 ? 2'd2 : 2'd0) | (b12_l10_h3 ? 2'd3 : 2'd0));
  assign b12_l10_dig = (({3{b12_l10_h0}} & b12_l10_dq[2:0]) | ({3{b12_l10_h1}} & b12_l10_dq[5:3]) | ({3{b12_l10_h2}} & b12_l10_dq[8:6]) | ({3{b12_l10_h3}} & b12_l10_dq[11:9]));
  assign b12_l10_e = {b12_l10_pos, b12_l10_dig[1]};
  assign b12_l10_t = {b12_l10_hit, b12_l10_dig[2], b12_l10_e};
  assign b12_l11_cnt = {3'd0, b12_l11_nzs[0]} + {3'd0, b12_l11_nzs[1]} + {3'd0, b12_l11_nzs[2]} + {3'd0, b12_l11_nzs[3]};
  assign b12_l11_h0 = b12_l11_nq[0] & (4'd0 == cj11);
  assign b12_l11_n0 = 4'd0 + {3'd0, b12_l11_nq[0]};
  assign b12_l11_h1 = b12_l11_nq[1] & (b12_l11_n0 == cj11);
  assign b12_l11_n1 = b12_l11_n0 + {3'd0, b12_l11_nq[1]};
  assign b12_l11_h2 = b12_l11_nq[2] & (b12_l11_n1 == cj11);
  assign b12_l11_n2 = b12_l11_n1 + {3'd0, b12_l11_nq[2]};
  assign b12_l11_h3 = b12_l11_nq[3] & (b12_l11_n2 == cj11);
  assign b12_l11_hit = b12_l11_h0 | b12_l11_h1 | b12_l11_h2 | b12_l11_h3;
  assign b12_l11_pos = ((b12_l11_h0 ? 2'd0 : 2'd0) | (b12_l11_h1 ? 2'd1 : 2'd0) | (b12_l11_h2 ? 2'd2 : 2'd0) | (b12_l11_h3 ? 2'd3 : 2'd0));
  assign b12_l11_dig = (({3{b12_l11_h0}} & b12_l11_dq[2:0]) | ({3{b12_l11_h1}} & b12_l11_dq[5:3]) | ({3{b12_l11_h2}} & b12_l11_dq[8:6]) | ({3{b12_l11_h3}} & b12_l11_dq[11:9]));
  assign b12_l11_e = {b12_l11_pos, b12_l11_dig[1]};
  assign b12_l11_t = {b12_l11_hit, b12_l11_dig[2], b12_l11_e};
  assign b12_l12_cnt = {3'd0, b12_l12_nzs[0]} + {3'd0, b12_l12_nzs[1]} + {3'd0, b12_l12_nzs[2]} + {3'd0, b12_l12_nzs[3]};
  assign b12_l12_h0 = b12_l12_nq[0] & (4'd0 == cj12);
  assign b12_l12_n0 = 4'd0 + {3'd0, b12_l12_nq[0]};
  assign b12_l12_h1 = b12_l12_nq[1] & (b12_l12_n0 == cj12);
  assign b12_l12_n1 = b12_l12_n0 + {3'd0, b12_l12_nq[1]};
  assign b12_l12_h2 = b12_l12_nq[2] & (b12_l12_n1 == cj12);
  assign b12_l12_n2 = b12_l12_n1 + {3'd0, b12_l12_nq[2]};
  assign b12_l12_h3 = b12_l12_nq[3] & (b12_l12_n2 == cj12);
  assign b12_l12_hit = b12_l12_h0 | b12_l12_h1 | b12_l12_h2 | b12_l12_h3;
  assign b12_l12_pos = ((b12_l12_h0 ? 2'd0 : 2'd0) | (b12_l12_h1 ? 2'd1 : 2'd0) | (b12_l12_h2 ? 2'd2 : 2'd0) | (b12_l12_h3 ? 2'd3 : 2'd0));
  assign b12_l12_dig = (({3{b12_l12_h0}} & b12_l12_dq[2:0]) | ({3{b12_l12_h1}} & b12_l12_dq[5:3]) | ({3{b12_l12_h2}} & b12_l12_dq[8:6]) | ({3{b12_l12_h3}} & b12_l12_dq[11:9]));
  assign b12_l12_e = {b12_l12_pos, b12_l12_dig[1]};
  assign b12_l12_t = {b12_l12_hit, b12_l12_dig[2], b12_l12_e};
  assign b12_l13_cnt = {3'd0, b12_l13_nzs[0]} + {3'd0, b12_l13_nzs[1]} + {3'd0, b12_l13_nzs[2]} + {3'd0, b12_l13_nzs[3]};
  assign b12_l13_h0 = b12_l13_nq[0] & (4'd0 == cj13);
  assign b12_l13_n0 = 4'd0 + {3'd0, b12_l13_nq[0]};
  assign b12_l13_h1 = b12_l13_nq[1] & (b12_l13_n0 == cj13);
  assign b12_l13_n1 = b12_l13_n0 + {3'd0, b12_l13_nq[1]};
  assign b12_l13_h2 = b12_l13_nq[2] & (b12_l13_n1 == cj13);
  assign b12_l13_n2 = b12_l13_n1 + {3'd0, b12_l13_nq[2]};
  assign b12_l13_h3 = b12_l13_nq[3] & (b12_l13_n2 == cj13);
  assign b12_l13_hit = b12_l13_h0 | b12_l13_h1 | b12_l13_h2 | b12_l13_h3;
  assign b12_l13_pos = ((b12_l13_h0 ? 2'd0 : 2'd0) | (b12_l13_h1 ? 2'd1 : 2'd0) | (b12_l13_h2 ? 2'd2 : 2'd0) | (b12_l13_h3 ? 2'd3 : 2'd0));
  assign b12_l13_dig = (({3{b12_l13_h0}} & b12_l13_dq[2:0]) | ({3{b12_l13_h1}} & b12_l13_dq[5:3]) | ({3{b12_l13_h2}} & b12_l13_dq[8:6]) | ({3{b12_l13_h3}} & b12_l13_dq[11:9]));
  assign b12_l13_e = {b12_l13_pos, b12_l13_dig[1]};
  assign b12_l13_t = {b12_l13_hit, b12_l13_dig[2], b12_l13_e};
  assign b12_l14_cnt = {3'd0, b12_l14_nzs[0]} + {3'd0, b12_l14_nzs[1]} + {3'd0, b12_l14_nzs[2]} + {3'd0, b12_l14_nzs[3]};
  assign b12_l14_h0 = b12_l14_nq[0] & (4'd0 == cj14);
  assign b12_l14_n0 = 4'd0 + {3'd0, b12_l14_nq[0]};
  assign b12_l14_h1 = b12_l14_nq[1] & (b12_l14_n0 == cj14);
  assign b12_l14_n1 = b12_l14_n0 + {3'd0, b12_l14_nq[1]};
  assign b12_l14_h2 = b12_l14_nq[2] & (b12_l14_n1 == cj14);
  assign b12_l14_n2 = b12_l14_n1 + {3'd0, b12_l14_nq[2]};
  assign b12_l14_h3 = b12_l14_nq[3] & (b12_l14_n2 == cj14);
  assign b12_l14_hit = b12_l14_h0 | b12_l14_h1 | b12_l14_h2 | b12_l14_h3;
  assign b12_l14_pos = ((b12_l14_h0 ? 2'd0 : 2'd0) | (b12_l14_h1 ? 2'd1 : 2'd0) | (b12_l14_h2 ? 2'd2 : 2'd0) | (b12_l14_h3 ? 2'd3 : 2'd0));
  assign b12_l14_dig = (({3{b12_l14_h0}} & b12_l14_dq[2:0]) | ({3{b12_l14_h1}} & b12_l14_dq[5:3]) | ({3{b12_l14_h2}} & b12_l14_dq[8:6]) | ({3{b12_l14_h3}} & b12_l14_dq[11:9]));
  assign b12_l14_e = {b12_l14_pos, b12_l14_dig[1]};
  assign b12_l14_t = {b12_l14_hit, b12_l14_dig[2], b12_l14_e};
  assign b12_l15_cnt = {3'd0, b12_l15_nzs[0]} + {3'd0, b12_l15_nzs[1]} + {3'd0, b12_l15_nzs[2]} + {3'd0, b12_l15_nzs[3]};
  assign b12_l15_h0 = b12_l15_nq[0] & (4'd0 == cj15);
  assign b12_l15_n0 = 4'd0 + {3'd0, b12_l15_nq[0]};
  assign b12_l15_h1 = b12_l15_nq[1] & (b12_l15_n0 == cj15);
  assign b12_l15_n1 = b12_l15_n0 + {3'd0, b12_l15_nq[1]};
  assign b12_l15_h2 = b12_l15_nq[2] & (b12_l15_n1 == cj15);
  assign b12_l15_n2 = b12_l15_n1 + {3'd0, b12_l15_nq[2]};
  assign b12_l15_h3 = b12_l15_nq[3] & (b12_l15_n2 == cj15);
  assign b12_l15_hit = b12_l15_h0 | b12_l15_h1 | b12_l15_h2 | b12_l15_h3;
  assign b12_l15_pos = ((b12_l15_h0 ? 2'd0 : 2'd0) | (b12_l15_h1 ? 2'd1 : 2'd0) | (b12_l15_h2 ? 2'd2 : 2'd0) | (b12_l15_h3 ? 2'd3 : 2'd0));
  assign b12_l15_dig = (({3{b12_l15_h0}} & b12_l15_dq[2:0]) | ({3{b12_l15_h1}} & b12_l15_dq[5:3]) | ({3{b12_l15_h2}} & b12_l15_dq[8:6]) | ({3{b12_l15_h3}} & b12_l15_dq[11:9]));
  assign b12_l15_e = {b12_l15_pos, b12_l15_dig[1]};
  assign b12_l15_t = {b12_l15_hit, b12_l15_dig[2], b12_l15_e};
  assign b13_l0_cnt = {3'd0, b13_l0_nzs[0]} + {3'd0, b13_l0_nzs[1]} + {3'd0, b13_l0_nzs[2]} + {3'd0, b13_l0_nzs[3]};
  assign b13_l0_h0 = b13_l0_nq[0] & (4'd0 == cj0);
  assign b13_l0_n0 = 4'd0 + {3'd0, b13_l0_nq[0]};
  assign b13_l0_h1 = b13_l0_nq[1] & (b13_l0_n0 == cj0);
  assign b13_l0_n1 = b13_l0_n0 + {3'd0, b13_l0_nq[1]};
  assign b13_l0_h2 = b13_l0_nq[2] & (b13_l0_n1 == cj0);
  assign b13_l0_n2 = b13_l0_n1 + {3'd0, b13_l0_nq[2]};
  assign b13_l0_h3 = b13_l0_nq[3] & (b13_l0_n2 == cj0);
  assign b13_l0_hit = b13_l0_h0 | b13_l0_h1 | b13_l0_h2 | b13_l0_h3;
  assign b13_l0_pos = ((b13_l0_h0 ? 2'd0 : 2'd0) | (b13_l0_h1 ? 2'd1 : 2'd0) | (b13_l0_h2 ? 2'd2 : 2'd0) | (b13_l0_h3 ? 2'd3 : 2'd0));
  assign b13_l0_dig = (({3{b13_l0_h0}} & b13_l0_dq[2:0]) | ({3{b13_l0_h1}} & b13_l0_dq[5:3]) | ({3{b13_l0_h2}} & b13_l0_dq[8:6]) | ({3{b13_l0_h3}} & b13_l0_dq[11:9]));
  assign b13_l0_e = {b13_l0_pos, b13_l0_dig[1]};
  assign b13_l0_t = {b13_l0_hit, b13_l0_dig[2], b13_l0_e};
  assign b13_l1_cnt = {3'd0, b13_l1_nzs[0]} + {3'd0, b13_l1_nzs[1]} + {3'd0, b13_l1_nzs[2]} + {3'd0, b13_l1_nzs[3]};
  assign b13_l1_h0 = b13_l1_nq[0] & (4'd0 == cj1);
  assign b13_l1_n0 = 4'd0 + {3'd0, b13_l1_nq[0]};
  assign b13_l1_h1 = b13_l1_nq[1] & (b13_l1_n0 == cj1);
  assign b13_l1_n1 = b13_l1_n0 + {3'd0, b13_l1_nq[1]};
  assign b13_l1_h2 = b13_l1_nq[2] & (b13_l1_n1 == cj1);
  assign b13_l1_n2 = b13_l1_n1 + {3'd0, b13_l1_nq[2]};
  assign b13_l1_h3 = b13_l1_nq[3] & (b13_l1_n2 == cj1);
  assign b13_l1_hit = b13_l1_h0 | b13_l1_h1 | b13_l1_h2 | b13_l1_h3;
  assign b13_l1_pos = ((b13_l1_h0 ? 2'd0 : 2'd0) | (b13_l1_h1 ? 2'd1 : 2'd0) | (b13_l1_h2 ? 2'd2 : 2'd0) | (b13_l1_h3 ? 2'd3 : 2'd0));
  assign b13_l1_dig = (({3{b13_l1_h0}} & b13_l1_dq[2:0]) | ({3{b13_l1_h1}} & b13_l1_dq[5:3]) | ({3{b13_l1_h2}} & b13_l1_dq[8:6]) | ({3{b13_l1_h3}} & b13_l1_dq[11:9]));
  assign b13_l1_e = {b13_l1_pos, b13_l1_dig[1]};
  assign b13_l1_t = {b13_l1_hit, b13_l1_dig[2], b13_l1_e};
  assign b13_l2_cnt = {3'd0, b13_l2_nzs[0]} + {3'd0, b13_l2_nzs[1]} + {3'd0, b13_l2_nzs[2]} + {3'd0, b13_l2_nzs[3]};
  assign b13_l2_h0 = b13_l2_nq[0] & (4'd0 == cj2);
  assign b13_l2_n0 = 4'd0 + {3'd0, b13_l2_nq[0]};
  assign b13_l2_h1 = b13_l2_nq[1] & (b13_l2_n0 == cj2);
  assign b13_l2_n1 = b13_l2_n0 + {3'd0, b13_l2_nq[1]};
  assign b13_l2_h2 = b13_l2_nq[2] & (b13_l2_n1 == cj2);
  assign b13_l2_n2 = b13_l2_n1 + {3'd0, b13_l2_nq[2]};
  assign b13_l2_h3 = b13_l2_nq[3] & (b13_l2_n2 == cj2);
  assign b13_l2_hit = b13_l2_h0 | b13_l2_h1 | b13_l2_h2 | b13_l2_h3;
  assign b13_l2_pos = ((b13_l2_h0 ? 2'd0 : 2'd0) | (b13_l2_h1 ? 2'd1 : 2'd0) | (b13_l2_h2 ? 2'd2 : 2'd0) | (b13_l2_h3 ? 2'd3 : 2'd0));
  assign b13_l2_dig = (({3{b13_l2_h0}} & b13_l2_dq[2:0]) | ({3{b13_l2_h1}} & b13_l2_dq[5:3]) | ({3{b13_l2_h2}} & b13_l2_dq[8:6]) | ({3{b13_l2_h3}} & b13_l2_dq[11:9]));
  assign b13_l2_e = {b13_l2_pos, b13_l2_dig[1]};
  assign b13_l2_t = {b13_l2_hit, b13_l2_dig[2], b13_l2_e};
  assign b13_l3_cnt = {3'd0, b13_l3_nzs[0]} + {3'd0, b13_l3_nzs[1]} + {3'd0, b13_l3_nzs[2]} + {3'd0, b13_l3_nzs[3]};
  assign b13_l3_h0 = b13_l3_nq[0] & (4'd0 == cj3);
  assign b13_l3_n0 = 4'd0 + {3'd0, b13_l3_nq[0]};
  assign b13_l3_h1 = b13_l3_nq[1] & (b13_l3_n0 == cj3);
  assign b13_l3_n1 = b13_l3_n0 + {3'd0, b13_l3_nq[1]};
  assign b13_l3_h2 = b13_l3_nq[2] & (b13_l3_n1 == cj3);
  assign b13_l3_n2 = b13_l3_n1 + {3'd0, b13_l3_nq[2]};
  assign b13_l3_h3 = b13_l3_nq[3] & (b13_l3_n2 == cj3);
  assign b13_l3_hit = b13_l3_h0 | b13_l3_h1 | b13_l3_h2 | b13_l3_h3;
  assign b13_l3_pos = ((b13_l3_h0 ? 2'd0 : 2'd0) | (b13_l3_h1 ? 2'd1 : 2'd0) | (b13_l3_h2 ? 2'd2 : 2'd0) | (b13_l3_h3 ? 2'd3 : 2'd0));
  assign b13_l3_dig = (({3{b13_l3_h0}} & b13_l3_dq[2:0]) | ({3{b13_l3_h1}} & b13_l3_dq[5:3]) | ({3{b13_l3_h2}} & b13_l3_dq[8:6]) | ({3{b13_l3_h3}} & b13_l3_dq[11:9]));
  assign b13_l3_e = {b13_l3_pos, b13_l3_dig[1]};
  assign b13_l3_t = {b13_l3_hit, b13_l3_dig[2], b13_l3_e};
  assign b13_l4_cnt = {3'd0, b13_l4_nzs[0]} + {3'd0, b13_l4_nzs[1]} + {3'd0, b13_l4_nzs[2]} + {3'd0, b13_l4_nzs[3]};
  assign b13_l4_h0 = b13_l4_nq[0] & (4'd0 == cj4);
  assign b13_l4_n0 = 4'd0 + {3'd0, b13_l4_nq[0]};
  assign b13_l4_h1 = b13_l4_nq[1] & (b13_l4_n0 == cj4);
  assign b13_l4_n1 = b13_l4_n0 + {3'd0, b13_l4_nq[1]};
  assign b13_l4_h2 = b13_l4_nq[2] & (b13_l4_n1 == cj4);
  assign b13_l4_n2 = b13_l4_n1 + {3'd0, b13_l4_nq[2]};
  assign b13_l4_h3 = b13_l4_nq[3] & (b13_l4_n2 == cj4);
  assign b13_l4_hit = b13_l4_h0 | b13_l4_h1 | b13_l4_h2 | b13_l4_h3;
  assign b13_l4_pos = ((b13_l4_h0 ? 2'd0 : 2'd0) | (b13_l4_h1 ? 2'd1 : 2'd0) | (b13_l4_h2 ? 2'd2 : 2'd0) | (b13_l4_h3 ? 2'd3 : 2'd0));
  assign b13_l4_dig = (({3{b13_l4_h0}} & b13_l4_dq[2:0]) | ({3{b13_l4_h1}} & b13_l4_dq[5:3]) | ({3{b13_l4_h2}} & b13_l4_dq[8:6]) | ({3{b13_l4_h3}} & b13_l4_dq[11:9]));
  assign b13_l4_e = {b13_l4_pos, b13_l4_dig[1]};
  assign b13_l4_t = {b13_l4_hit, b13_l4_dig[2], b13_l4_e};
  assign b13_l5_cnt = {3'd0, b13_l5_nzs[0]} + {3'd0, b13_l5_nzs[1]} + {3'd0, b13_l5_nzs[2]} + {3'd0, b13_l5_nzs[3]};
  assign b13_l5_h0 = b13_l5_nq[0] & (4'd0 == cj5);
  assign b13_l5_n0 = 4'd0 + {3'd0, b13_l5_nq[0]};
  assign b13_l5_h1 = b13_l5_nq[1] & (b13_l5_n0 == cj5);
  assign b13_l5_n1 = b13_l5_n0 + {3'd0, b13_l5_nq[1]};
  assign b13_l5_h2 = b13_l5_nq[2] & (b13_l5_n1 == cj5);
  assign b13_l5_n2 = b13_l5_n1 + {3'd0, b13_l5_nq[2]};
  assign b13_l5_h3 = b13_l5_nq[3] & (b13_l5_n2 == cj5);
  assign b13_l5_hit = b13_l5_h0 | b13_l5_h1 | b13_l5_h2 | b13_l5_h3;
  assign b13_l5_pos = ((b13_l5_h0 ? 2'd0 : 2'd0) | (b13_l5_h1 ? 2'd1 : 2'd0) | (b13_l5_h2 ? 2'd2 : 2'd0) | (b13_l5_h3 ? 2'd3 : 2'd0));
  assign b13_l5_dig = (({3{b13_l5_h0}} & b13_l5_dq[2:0]) | ({3{b13_l5_h1}} & b13_l5_dq[5:3]) | ({3{b13_l5_h2}} & b13_l5_dq[8:6]) | ({3{b13_l5_h3}} & b13_l5_dq[11:9]));
  assign b13_l5_e = {b13_l5_pos, b13_l5_dig[1]};
  assign b13_l5_t = {b13_l5_hit, b13_l5_dig[2], b13_l5_e};
  assign b13_l6_cnt = {3'd0, b13_l6_nzs[0]} + {3'd0, b13_l6_nzs[1]} + {3'd0, b13_l6_nzs[2]} + {3'd0, b13_l6_nzs[3]};
  assign b13_l6_h0 = b13_l6_nq[0] & (4'd0 == cj6);
  assign b13_l6_n0 = 4'd0 + {3'd0, b13_l6_nq[0]};
  assign b13_l6_h1 = b13_l6_nq[1] & (b13_l6_n0 == cj6);
  assign b13_l6_n1 = b13_l6_n0 + {3'd0, b13_l6_nq[1]};
  assign b13_l6_h2 = b13_l6_nq[2] & (b13_l6_n1 == cj6);
  assign b13_l6_n2 = b13_l6_n1 + {3'd0, b13_l6_nq[2]};
  assign b13_l6_h3 = b13_l6_nq[3] & (b13_l6_n2 == cj6);
  assign b13_l6_hit = b13_l6_h0 | b13_l6_h1 | b13_l6_h2 | b13_l6_h3;
  assign b13_l6_pos = ((b13_l6_h0 ? 2'd0 : 2'd0) | (b13_l6_h1 ? 2'd1 : 2'd0) | (b13_l6_h2 ? 2'd2 : 2'd0) | (b13_l6_h3 ? 2'd3 : 2'd0));
  assign b13_l6_dig = (({3{b13_l6_h0}} & b13_l6_dq[2:0]) | ({3{b13_l6_h1}} & b13_l6_dq[5:3]) | ({3{b13_l6_h2}} & b13_l6_dq[8:6]) | ({3{b13_l6_h3}} & b13_l6_dq[11:9]));
  assign b13_l6_e = {b13_l6_pos, b13_l6_dig[1]};
  assign b13_l6_t = {b13_l6_hit, b13_l6_dig[2], b13_l6_e};
  assign b13_l7_cnt = {3'd0, b13_l7_nzs[0]} + {3'd0, b13_l7_nzs[1]} + {3'd0, b13_l7_nzs[2]} + {3'd0, b13_l7_nzs[3]};
  assign b13_l7_h0 = b13_l7_nq[0] & (4'd0 == cj7);
  assign b13_l7_n0 = 4'd0 + {3'd0, b13_l7_nq[0]};
  assign b13_l7_h1 = b13_l7_nq[1] & (b13_l7_n0 == cj7);
  assign b13_l7_n1 = b13_l7_n0 + {3'd0, b13_l7_nq[1]};
  assign b13_l7_h2 = b13_l7_nq[2] & (b13_l7_n1 == cj7);
  assign b13_l7_n2 = b13_l7_n1 + {3'd0, b13_l7_nq[2]};
  assign b13_l7_h3 = b13_l7_nq[3] & (b13_l7_n2 == cj7);
  assign b13_l7_hit = b13_l7_h0 | b13_l7_h1 | b13_l7_h2 | b13_l7_h3;
  assign b13_l7_pos = ((b13_l7_h0 ? 2'd0 : 2'd0) | (b13_l7_h1 ? 2'd1 : 2'd0) | (b13_l7_h2 ? 2'd2 : 2'd0) | (b13_l7_h3 ? 2'd3 : 2'd0));
  assign b13_l7_dig = (({3{b13_l7_h0}} & b13_l7_dq[2:0]) | ({3{b13_l7_h1}} & b13_l7_dq[5:3]) | ({3{b13_l7_h2}} & b13_l7_dq[8:6]) | ({3{b13_l7_h3}} & b13_l7_dq[11:9]));
  assign b13_l7_e = {b13_l7_pos, b13_l7_dig[1]};
  assign b13_l7_t = {b13_l7_hit, b13_l7_dig[2], b13_l7_e};
  assign b13_l8_cnt = {3'd0, b13_l8_nzs[0]} + {3'd0, b13_l8_nzs[1]} + {3'd0, b13_l8_nzs[2]} + {3'd0, b13_l8_nzs[3]};
  assign b13_l8_h0 = b13_l8_nq[0] & (4'd0 == cj8);
  assign b13_l8_n0 = 4'd0 + {3'd0, b13_l8_nq[0]};
  assign b13_l8_h1 = b13_l8_nq[1] & (b13_l8_n0 == cj8);
  assign b13_l8_n1 = b13_l8_n0 + {3'd0, b13_l8_nq[1]};
  assign b13_l8_h2 = b13_l8_nq[2] & (b13_l8_n1 == cj8);
  assign b13_l8_n2 = b13_l8_n1 + {3'd0, b13_l8_nq[2]};
  assign b13_l8_h3 = b13_l8_nq[3] & (b13_l8_n2 == cj8);
  assign b13_l8_hit = b13_l8_h0 | b13_l8_h1 | b13_l8_h2 | b13_l8_h3;
  assign b13_l8_pos = ((b13_l8_h0 ? 2'd0 : 2'd0) | (b13_l8_h1 ? 2'd1 : 2'd0) | (b13_l8_h2 ? 2'd2 : 2'd0) | (b13_l8_h3 ? 2'd3 : 2'd0));
  assign b13_l8_dig = (({3{b13_l8_h0}} & b13_l8_dq[2:0]) | ({3{b13_l8_h1}} & b13_l8_dq[5:3]) | ({3{b13_l8_h2}} & b13_l8_dq[8:6]) | ({3{b13_l8_h3}} & b13_l8_dq[11:9]));
  assign b13_l8_e = {b13_l8_pos, b13_l8_dig[1]};
  assign b13_l8_t = {b13_l8_hit, b13_l8_dig[2], b13_l8_e};
  assign b13_l9_cnt = {3'd0, b13_l9_nzs[0]} + {3'd0, b13_l9_nzs[1]} + {3'd0, b13_l9_nzs[2]} + {3'd0, b13_l9_nzs[3]};
  assign b13_l9_h0 = b13_l9_nq[0] & (4'd0 == cj9);
  assign b13_l9_n0 = 4'd0 + {3'd0, b13_l9_nq[0]};
  assign b13_l9_h1 = b13_l9_nq[1] & (b13_l9_n0 == cj9);
  assign b13_l9_n1 = b13_l9_n0 + {3'd0, b13_l9_nq[1]};
  assign b13_l9_h2 = b13_l9_nq[2] & (b13_l9_n1 == cj9);
  assign b13_l9_n2 = b13_l9_n1 + {3'd0, b13_l9_nq[2]};
  assign b13_l9_h3 = b13_l9_nq[3] & (b13_l9_n2 == cj9);
  assign b13_l9_hit = b13_l9_h0 | b13_l9_h1 | b13_l9_h2 | b13_l9_h3;
  assign b13_l9_pos = ((b13_l9_h0 ? 2'd0 : 2'd0) | (b13_l9_h1 ? 2'd1 : 2'd0) | (b13_l9_h2 ? 2'd2 : 2'd0) | (b13_l9_h3 ? 2'd3 : 2'd0));
  assign b13_l9_dig = (({3{b13_l9_h0}} & b13_l9_dq[2:0]) | ({3{b13_l9_h1}} & b13_l9_dq[5:3]) | ({3{b13_l9_h2}} & b13_l9_dq[8:6]) | ({3{b13_l9_h3}} & b13_l9_dq[11:9]));
  assign b13_l9_e = {b13_l9_pos, b13_l9_dig[1]};
  assign b13_l9_t = {b13_l9_hit, b13_l9_dig[2], b13_l9_e};
  assign b13_l10_cnt = {3'd0, b13_l10_nzs[0]} + {3'd0, b13_l10_nzs[1]} + {3'd0, b13_l10_nzs[2]} + {3'd0, b13_l10_nzs[3]};
  assign b13_l10_h0 = b13_l10_nq[0] & (4'd0 == cj10);
  assign b13_l10_n0 = 4'd0 + {3'd0, b13_l10_nq[0]};
  assign b13_l10_h1 = b13_l10_nq[1] & (b13_l10_n0 == cj10);
  assign b13_l10_n1 = b13_l10_n0 + {3'd0, b13_l10_nq[1]};
  assign b13_l10_h2 = b13_l10_nq[2] & (b13_l10_n1 == cj10);
  assign b13_l10_n2 = b13_l10_n1 + {3'd0, b13_l10_nq[2]};
  assign b13_l10_h3 = b13_l10_nq[3] & (b13_l10_n2 == cj10);
  assign b13_l10_hit = b13_l10_h0 | b13_l10_h1 | b13_l10_h2 | b13_l10_h3;
  assign b13_l10_pos = ((b13_l10_h0 ? 2'd0 : 2'd0) | (b13_l10_h1 ? 2'd1 : 2'd0) | (b13_l10_h2 ? 2'd2 : 2'd0) | (b13_l10_h3 ? 2'd3 : 2'd0));
  assign b13_l10_dig = (({3{b13_l10_h0}} & b13_l10_dq[2:0]) | ({3{b13_l10_h1}} & b13_l10_dq[5:3]) | ({3{b13_l10_h2}} & b13_l10_dq[8:6]) | ({3{b13_l10_h3}} & b13_l10_dq[11:9]));
  assign b13_l10_e = {b13_l10_pos, b13_l10_dig[1]};
  assign b13_l10_t = {b13_l10_hit, b13_l10_dig[2], b13_l10_e};
  assign b13_l11_cnt = {3'd0, b13_l11_nzs[0]} + {3'd0, b13_l11_nzs[1]} + {3'd0, b13_l11_nzs[2]} + {3'd0, b13_l11_nzs[3]};
  assign b13_l11_h0 = b13_l11_nq[0] & (4'd0 == cj11);
  assign b13_l11_n0 = 4'd0 + {3'd0, b13_l11_nq[0]};
  assign b13_l11_h1 = b13_l11_nq[1] & (b13_l11_n0 == cj11);
  assign b13_l11_n1 = b13_l11_n0 + {3'd0, b13_l11_nq[1]};
  assign b13_l11_h2 = b13_l11_nq[2] & (b13_l11_n1 == cj11);
  assign b13_l11_n2 = b13_l11_n1 + {3'd0, b13_l11_nq[2]};
  assign b13_l11_h3 = b13_l11_nq[3] & (b13_l11_n2 == cj11);
  assign b13_l11_hit = b13_l11_h0 | b13_l11_h1 | b13_l11_h2 | b13_l11_h3;
  assign b13_l11_pos = ((b13_l11_h0 ? 2'd0 : 2'd0) | (b13_l11_h1 ? 2'd1 : 2'd0) | (b13_l11_h2 ? 2'd2 : 2'd0) | (b13_l11_h3 ? 2'd3 : 2'd0));
  assign b13_l11_dig = (({3{b13_l11_h0}} & b13_l11_dq[2:0]) | ({3{b13_l11_h1}} & b13_l11_dq[5:3]) | ({3{b13_l11_h2}} & b13_l11_dq[8:6]) | ({3{b13_l11_h3}} & b13_l11_dq[11:9]));
  assign b13_l11_e = {b13_l11_pos, b13_l11_dig[1]};
  assign b13_l11_t = {b13_l11_hit, b13_l11_dig[2], b13_l11_e};
  assign b13_l12_cnt = {3'd0, b13_l12_nzs[0]} + {3'd0, b13_l12_nzs[1]} + {3'd0, b13_l12_nzs[2]} + {3'd0, b13_l12_nzs[3]};
  assign b13_l12_h0 = b13_l12_nq[0] & (4'd0 == cj12);
  assign b13_l12_n0 = 4'd0 + {3'd0, b13_l12_nq[0]};
  assign b13_l12_h1 = b13_l12_nq[1] & (b13_l12_n0 == cj12);
  assign b13_l12_n1 = b13_l12_n0 + {3'd0, b13_l12_nq[1]};
  assign b13_l12_h2 = b13_l12_nq[2] & (b13_l12_n1 == cj12);
  assign b13_l12_n2 = b13_l12_n1 + {3'd0, b13_l12_nq[2]};
  assign b13_l12_h3 = b13_l12_nq[3] & (b13_l12_n2 == cj12);
  assign b13_l12_hit = b13_l12_h0 | b13_l12_h1 | b13_l12_h2 | b13_l12_h3;
  assign b13_l12_pos = ((b13_l12_h0 ? 2'd0 : 2'd0) | (b13_l12_h1 ? 2'd1 : 2'd0) | (b13_l12_h2 ? 2'd2 : 2'd0) | (b13_l12_h3 ? 2'd3 : 2'd0));
  assign b13_l12_dig = (({3{b13_l12_h0}} & b13_l12_dq[2:0]) | ({3{b13_l12_h1}} & b13_l12_dq[5:3]) | ({3{b13_l12_h2}} & b13_l12_dq[8:6]) | ({3{b13_l12_h3}} & b13_l12_dq[11:9]));
  assign b13_l12_e = {b13_l12_pos, b13_l12_dig[1]};
  assign b13_l12_t = {b13_l12_hit, b13_l12_dig[2], b13_l12_e};
  assign b13_l13_cnt = {3'd0, b13_l13_nzs[0]} + {3'd0, b13_l13_nzs[1]} + {3'd0, b13_l13_nzs[2]} + {3'd0, b13_l13_nzs[3]};
  assign b13_l13_h0 = b13_l13_nq[0] & (4'd0 == cj13);
  assign b13_l13_n0 = 4'd0 + {3'd0, b13_l13_nq[0]};
  assign b13_l13_h1 = b13_l13_nq[1] & (b13_l13_n0 == cj13);
  assign b13_l13_n1 = b13_l13_n0 + {3'd0, b13_l13_nq[1]};
  assign b13_l13_h2 = b13_l13_nq[2] & (b13_l13_n1 == cj13);
  assign b13_l13_n2 = b13_l13_n1 + {3'd0, b13_l13_nq[2]};
  assign b13_l13_h3 = b13_l13_nq[3] & (b13_l13_n2 == cj13);
  assign b13_l13_hit = b13_l13_h0 | b13_l13_h1 | b13_l13_h2 | b13_l13_h3;
  assign b13_l13_pos = ((b13_l13_h0 ? 2'd0 : 2'd0) | (b13_l13_h1 ? 2'd1 : 2'd0) | (b13_l13_h2 ? 2'd2 : 2'd0) | (b13_l13_h3 ? 2'd3 : 2'd0));
  assign b13_l13_dig = (({3{b13_l13_h0}} & b13_l13_dq[2:0]) | ({3{b13_l13_h1}} & b13_l13_dq[5:3]) | ({3{b13_l13_h2}} & b13_l13_dq[8:6]) | ({3{b13_l13_h3}} & b13_l13_dq[11:9]));
  assign b13_l13_e = {b13_l13_pos, b13_l13_dig[1]};
  assign b13_l13_t = {b13_l13_hit, b13_l13_dig[2], b13_l13_e};
  assign b13_l14_cnt = {3'd0, b13_l14_nzs[0]} + {3'd0, b13_l14_nzs[1]} + {3'd0, b13_l14_nzs[2]} + {3'd0, b13_l14_nzs[3]};
  assign b13_l14_h0 = b13_l14_nq[0] & (4'd0 == cj14);
  assign b13_l14_n0 = 4'd0 + {3'd0, b13_l14_nq[0]};
  assign b13_l14_h1 = b13_l14_nq[1] & (b13_l14_n0 == cj14);
  assign b13_l14_n1 = b13_l14_n0 + {3'd0, b13_l14_nq[1]};
  assign b13_l14_h2 = b13_l14_nq[2] & (b13_l14_n1 == cj14);
  assign b13_l14_n2 = b13_l14_n1 + {3'd0, b13_l14_nq[2]};
  assign b13_l14_h3 = b13_l14_nq[3] & (b13_l14_n2 == cj14);
  assign b13_l14_hit = b13_l14_h0 | b13_l14_h1 | b13_l14_h2 | b13_l14_h3;
  assign b13_l14_pos = ((b13_l14_h0 ? 2'd0 : 2'd0) | (b13_l14_h1 ? 2'd1 : 2'd0) | (b13_l14_h2 ? 2'd2 : 2'd0) | (b13_l14_h3 ? 2'd3 : 2'd0));
  assign b13_l14_dig = (({3{b13_l14_h0}} & b13_l14_dq[2:0]) | ({3{b13_l14_h1}} & b13_l14_dq[5:3]) | ({3{b13_l14_h2}} & b13_l14_dq[8:6]) | ({3{b13_l14_h3}} & b13_l14_dq[11:9]));
  assign b13_l14_e = {b13_l14_pos, b13_l14_dig[1]};
  assign b13_l14_t = {b13_l14_hit, b13_l14_dig[2], b13_l14_e};
  assign b13_l15_cnt = {3'd0, b13_l15_nzs[0]} + {3'd0, b13_l15_nzs[1]} + {3'd0, b13_l15_nzs[2]} + {3'd0, b13_l15_nzs[3]};
  assign b13_l15_h0 = b13_l15_nq[0] & (4'd0 == cj15);
  assign b13_l15_n0 = 4'd0 + {3'd0, b13_l15_nq[0]};
  assign b13_l15_h1 = b13_l15_nq[1] & (b13_l15_n0 == cj15);
  assign b13_l15_n1 = b13_l15_n0 + {3'd0, b13_l15_nq[1]};
  assign b13_l15_h2 = b13_l15_nq[2] & (b13_l15_n1 == cj15);
  assign b13_l15_n2 = b13_l15_n1 + {3'd0, b13_l15_nq[2]};
  assign b13_l15_h3 = b13_l15_nq[3] & (b13_l15_n2 == cj15);
  assign b13_l15_hit = b13_l15_h0 | b13_l15_h1 | b13_l15_h2 | b13_l15_h3;
  assign b13_l15_pos = ((b13_l15_h0 ? 2'd0 : 2'd0) | (b13_l15_h1 ? 2'd1 : 2'd0) | (b13_l15_h2 ? 2'd2 : 2'd0) | (b13_l15_h3 ? 2'd3 : 2'd0));
  assign b13_l15_dig = (({3{b13_l15_h0}} & b13_l15_dq[2:0]) | ({3{b13_l15_h1}} & b13_l15_dq[5:3]) | ({3{b13_l15_h2}} & b13_l15_dq[8:6]) | ({3{b13_l15_h3}} & b13_l15_dq[11:9]));
  assign b13_l15_e = {b13_l15_pos, b13_l15_dig[1]};
  assign b13_l15_t = {b13_l15_hit, b13_l15_dig[2], b13_l15_e};
  assign b14_l0_cnt = {3'd0, b14_l0_nzs[0]} + {3'd0, b14_l0_nzs[1]} + {3'd0, b14_l0_nzs[2]} + {3'd0, b14_l0_nzs[3]};
  assign b14_l0_h0 = b14_l0_nq[0] & (4'd0 == cj0);
  assign b14_l0_n0 = 4'd0 + {3'd0, b14_l0_nq[0]};
  assign b14_l0_h1 = b14_l0_nq[1] & (b14_l0_n0 == cj0);
  assign b14_l0_n1 = b14_l0_n0 + {3'd0, b14_l0_nq[1]};
  assign b14_l0_h2 = b14_l0_nq[2] & (b14_l0_n1 == cj0);
  assign b14_l0_n2 = b14_l0_n1 + {3'd0, b14_l0_nq[2]};
  assign b14_l0_h3 = b14_l0_nq[3] & (b14_l0_n2 == cj0);
  assign b14_l0_hit = b14_l0_h0 | b14_l0_h1 | b14_l0_h2 | b14_l0_h3;
  assign b14_l0_pos = ((b14_l0_h0 ? 2'd0 : 2'd0) | (b14_l0_h1 ? 2'd1 : 2'd0) | (b14_l0_h2 ? 2'd2 : 2'd0) | (b14_l0_h3 ? 2'd3 : 2'd0));
  assign b14_l0_dig = (({3{b14_l0_h0}} & b14_l0_dq[2:0]) | ({3{b14_l0_h1}} & b14_l0_dq[5:3]) | ({3{b14_l0_h2}} & b14_l0_dq[8:6]) | ({3{b14_l0_h3}} & b14_l0_dq[11:9]));
  assign b14_l0_e = {b14_l0_pos, b14_l0_dig[1]};
  assign b14_l0_t = {b14_l0_hit, b14_l0_dig[2], b14_l0_e};
  assign b14_l1_cnt = {3'd0, b14_l1_nzs[0]} + {3'd0, b14_l1_nzs[1]} + {3'd0, b14_l1_nzs[2]} + {3'd0, b14_l1_nzs[3]};
  assign b14_l1_h0 = b14_l1_nq[0] & (4'd0 == cj1);
  assign b14_l1_n0 = 4'd0 + {3'd0, b14_l1_nq[0]};
  assign b14_l1_h1 = b14_l1_nq[1] & (b14_l1_n0 == cj1);
  assign b14_l1_n1 = b14_l1_n0 + {3'd0, b14_l1_nq[1]};
  assign b14_l1_h2 = b14_l1_nq[2] & (b14_l1_n1 == cj1);
  assign b14_l1_n2 = b14_l1_n1 + {3'd0, b14_l1_nq[2]};
  assign b14_l1_h3 = b14_l1_nq[3] & (b14_l1_n2 == cj1);
  assign b14_l1_hit = b14_l1_h0 | b14_l1_h1 | b14_l1_h2 | b14_l1_h3;
  assign b14_l1_pos = ((b14_l1_h0 ? 2'd0 : 2'd0) | (b14_l1_h1 ? 2'd1 : 2'd0) | (b14_l1_h2 ? 2'd2 : 2'd0) | (b14_l1_h3 ? 2'd3 : 2'd0));
  assign b14_l1_dig = (({3{b14_l1_h0}} & b14_l1_dq[2:0]) | ({3{b14_l1_h1}} & b14_l1_dq[5:3]) | ({3{b14_l1_h2}} & b14_l1_dq[8:6]) | ({3{b14_l1_h3}} & b14_l1_dq[11:9]));
  assign b14_l1_e = {b14_l1_pos, b14_l1_dig[1]};
  assign b14_l1_t = {b14_l1_hit, b14_l1_dig[2], b14_l1_e};
  assign b14_l2_cnt = {3'd0, b14_l2_nzs[0]} + {3'd0, b14_l2_nzs[1]} + {3'd0, b14_l2_nzs[2]} + {3'd0, b14_l2_nzs[3]};
  assign b14_l2_h0 = b14_l2_nq[0] & (4'd0 == cj2);
  assign b14_l2_n0 = 4'd0 + {3'd0, b14_l2_nq[0]};
  assign b14_l2_h1 = b14_l2_nq[1] & (b14_l2_n0 == cj2);
  assign b14_l2_n1 = b14_l2_n0 + {3'd0, b14_l2_nq[1]};
  assign b14_l2_h2 = b14_l2_nq[2] & (b14_l2_n1 == cj2);
  assign b14_l2_n2 = b14_l2_n1 + {3'd0, b14_l2_nq[2]};
  assign b14_l2_h3 = b14_l2_nq[3] & (b14_l2_n2 == cj2);
  assign b14_l2_hit = b14_l2_h0 | b14_l2_h1 | b14_l2_h2 | b14_l2_h3;
  assign b14_l2_pos = ((b14_l2_h0 ? 2'd0 : 2'd0) | (b14_l2_h1 ? 2'd1 : 2'd0) | (b14_l2_h2 ? 2'd2 : 2'd0) | (b14_l2_h3 ? 2'd3 : 2'd0));
  assign b14_l2_dig = (({3{b14_l2_h0}} & b14_l2_dq[2:0]) | ({3{b14_l2_h1}} & b14_l2_dq[5:3]) | ({3{b14_l2_h2}} & b14_l2_dq[8:6]) | ({3{b14_l2_h3}} & b14_l2_dq[11:9]));
  assign b14_l2_e = {b14_l2_pos, b14_l2_dig[1]};
  assign b14_l2_t = {b14_l2_hit, b14_l2_dig[2], b14_l2_e};
  assign b14_l3_cnt = {3'd0, b14_l3_nzs[0]} + {3'd0, b14_l3_nzs[1]} + {3'd0, b14_l3_nzs[2]} + {3'd0, b14_l3_nzs[3]};
  assign b14_l3_h0 = b14_l3_nq[0] & (4'd0 == cj3);
  assign b14_l3_n0 = 4'd0 + {3'd0, b14_l3_nq[0]};
  assign b14_l3_h1 = b14_l3_nq[1] & (b14_l3_n0 == cj3);
  assign b14_l3_n1 = b14_l3_n0 + {3'd0, b14_l3_nq[1]};
  assign b14_l3_h2 = b14_l3_nq[2] & (b14_l3_n1 == cj3);
  assign b14_l3_n2 = b14_l3_n1 + {3'd0, b14_l3_nq[2]};
  assign b14_l3_h3 = b14_l3_nq[3] & (b14_l3_n2 == cj3);
  assign b14_l3_hit = b14_l3_h0 | b14_l3_h1 | b14_l3_h2 | b14_l3_h3;
  assign b14_l3_pos = ((b14_l3_h0 ? 2'd0 : 2'd0) | (b14_l3_h1 ? 2'd1 : 2'd0) | (b14_l3_h2 ? 2'd2 : 2'd0) | (b14_l3_h3 ? 2'd3 : 2'd0));
  assign b14_l3_dig = (({3{b14_l3_h0}} & b14_l3_dq[2:0]) | ({3{b14_l3_h1}} & b14_l3_dq[5:3]) | ({3{b14_l3_h2}} & b14_l3_dq[8:6]) | ({3{b14_l3_h3}} & b14_l3_dq[11:9]));
  assign b14_l3_e = {b14_l3_pos, b14_l3_dig[1]};
  assign b14_l3_t = {b14_l3_hit, b14_l3_dig[2], b14_l3_e};
  assign b14_l4_cnt = {3'd0, b14_l4_nzs[0]} + {3'd0, b14_l4_nzs[1]} + {3'd0, b14_l4_nzs[2]} + {3'd0, b14_l4_nzs[3]};
  assign b14_l4_h0 = b14_l4_nq[0] & (4'd0 == cj4);
  assign b14_l4_n0 = 4'd0 + {3'd0, b14_l4_nq[0]};
  assign b14_l4_h1 = b14_l4_nq[1] & (b14_l4_n0 == cj4);
  assign b14_l4_n1 = b14_l4_n0 + {3'd0, b14_l4_nq[1]};
  assign b14_l4_h2 = b14_l4_nq[2] & (b14_l4_n1 == cj4);
  assign b14_l4_n2 = b14_l4_n1 + {3'd0, b14_l4_nq[2]};
  assign b14_l4_h3 = b14_l4_nq[3] & (b14_l4_n2 == cj4);
  assign b14_l4_hit = b14_l4_h0 | b14_l4_h1 | b14_l4_h2 | b14_l4_h3;
  assign b14_l4_pos = ((b14_l4_h0 ? 2'd0 : 2'd0) | (b14_l4_h1 ? 2'd1 : 2'd0) | (b14_l4_h2 ? 2'd2 : 2'd0) | (b14_l4_h3 ? 2'd3 : 2'd0));
  assign b14_l4_dig = (({3{b14_l4_h0}} & b14_l4_dq[2:0]) | ({3{b14_l4_h1}} & b14_l4_dq[5:3]) | ({3{b14_l4_h2}} & b14_l4_dq[8:6]) | ({3{b14_l4_h3}} & b14_l4_dq[11:9]));
  assign b14_l4_e = {b14_l4_pos, b14_l4_dig[1]};
  assign b14_l4_t = {b14_l4_hit, b14_l4_dig[2], b14_l4_e};
  assign b14_l5_cnt = {3'd0, b14_l5_nzs[0]} + {3'd0, b14_l5_nzs[1]} + {3'd0, b14_l5_nzs[2]} + {3'd0, b14_l5_nzs[3]};
  assign b14_l5_h0 = b14_l5_nq[0] & (4'd0 == cj5);
  assign b14_l5_n0 = 4'd0 + {3'd0, b14_l5_nq[0]};
  assign b14_l5_h1 = b14_l5_nq[1] & (b14_l5_n0 == cj5);
  assign b14_l5_n1 = b14_l5_n0 + {3'd0, b14_l5_nq[1]};
  assign b14_l5_h2 = b14_l5_nq[2] & (b14_l5_n1 == cj5);
  assign b14_l5_n2 = b14_l5_n1 + {3'd0, b14_l5_nq[2]};
  assign b14_l5_h3 = b14_l5_nq[3] & (b14_l5_n2 == cj5);
  assign b14_l5_hit = b14_l5_h0 | b14_l5_h1 | b14_l5_h2 | b14_l5_h3;
  assign b14_l5_pos = ((b14_l5_h0 ? 2'd0 : 2'd0) | (b14_l5_h1 ? 2'd1 : 2'd0) | (b14_l5_h2 ? 2'd2 : 2'd0) | (b14_l5_h3 ? 2'd3 : 2'd0));
  assign b14_l5_dig = (({3{b14_l5_h0}} & b14_l5_dq[2:0]) | ({3{b14_l5_h1}} & b14_l5_dq[5:3]) | ({3{b14_l5_h2}} & b14_l5_dq[8:6]) | ({3{b14_l5_h3}} & b14_l5_dq[11:9]));
  assign b14_l5_e = {b14_l5_pos, b14_l5_dig[1]};
  assign b14_l5_t = {b14_l5_hit, b14_l5_dig[2], b14_l5_e};
  assign b14_l6_cnt = {3'd0, b14_l6_nzs[0]} + {3'd0, b14_l6_nzs[1]} + {3'd0, b14_l6_nzs[2]} + {3'd0, b14_l6_nzs[3]};
  assign b14_l6_h0 = b14_l6_nq[0] & (4'd0 == cj6);
  assign b14_l6_n0 = 4'd0 + {3'd0, b14_l6_nq[0]};
  assign b14_l6_h1 = b14_l6_nq[1] & (b14_l6_n0 == cj6);
  assign b14_l6_n1 = b14_l6_n0 + {3'd0, b14_l6_nq[1]};
  assign b14_l6_h2 = b14_l6_nq[2] & (b14_l6_n1 == cj6);
  assign b14_l6_n2 = b14_l6_n1 + {3'd0, b14_l6_nq[2]};
  assign b14_l6_h3 = b14_l6_nq[3] & (b14_l6_n2 == cj6);
  assign b14_l6_hit = b14_l6_h0 | b14_l6_h1 | b14_l6_h2 | b14_l6_h3;
  assign b14_l6_pos = ((b14_l6_h0 ? 2'd0 : 2'd0) | (b14_l6_h1 ? 2'd1 : 2'd0) | (b14_l6_h2 ? 2'd2 : 2'd0) | (b14_l6_h3 ? 2'd3 : 2'd0));
  assign b14_l6_dig = (({3{b14_l6_h0}} & b14_l6_dq[2:0]) | ({3{b14_l6_h1}} & b14_l6_dq[5:3]) | ({3{b14_l6_h2}} & b14_l6_dq[8:6]) | ({3{b14_l6_h3}} & b14_l6_dq[11:9]));
  assign b14_l6_e = {b14_l6_pos, b14_l6_dig[1]};
  assign b14_l6_t = {b14_l6_hit, b14_l6_dig[2], b14_l6_e};
  assign b14_l7_cnt = {3'd0, b14_l7_nzs[0]} + {3'd0, b14_l7_nzs[1]} + {3'd0, b14_l7_nzs[2]} + {3'd0, b14_l7_nzs[3]};
  assign b14_l7_h0 = b14_l7_nq[0] & (4'd0 == cj7);
  assign b14_l7_n0 = 4'd0 + {3'd0, b14_l7_nq[0]};
  assign b14_l7_h1 = b14_l7_nq[1] & (b14_l7_n0 == cj7);
  assign b14_l7_n1 = b14_l7_n0 + {3'd0, b14_l7_nq[1]};
  assign b14_l7_h2 = b14_l7_nq[2] & (b14_l7_n1 == cj7);
  assign b14_l7_n2 = b14_l7_n1 + {3'd0, b14_l7_nq[2]};
  assign b14_l7_h3 = b14_l7_nq[3] & (b14_l7_n2 == cj7);
  assign b14_l7_hit = b14_l7_h0 | b14_l7_h1 | b14_l7_h2 | b14_l7_h3;
  assign b14_l7_pos = ((b14_l7_h0 ? 2'd0 : 2'd0) | (b14_l7_h1 ? 2'd1 : 2'd0) | (b14_l7_h2 ? 2'd2 : 2'd0) | (b14_l7_h3 ? 2'd3 : 2'd0));
  assign b14_l7_dig = (({3{b14_l7_h0}} & b14_l7_dq[2:0]) | ({3{b14_l7_h1}} & b14_l7_dq[5:3]) | ({3{b14_l7_h2}} & b14_l7_dq[8:6]) | ({3{b14_l7_h3}} & b14_l7_dq[11:9]));
  assign b14_l7_e = {b14_l7_pos, b14_l7_dig[1]};
  assign b14_l7_t = {b14_l7_hit, b14_l7_dig[2], b14_l7_e};
  assign b14_l8_cnt = {3'd0, b14_l8_nzs[0]} + {3'd0, b14_l8_nzs[1]} + {3'd0, b14_l8_nzs[2]} + {3'd0, b14_l8_nzs[3]};
  assign b14_l8_h0 = b14_l8_nq[0] & (4'd0 == cj8);
  assign b14_l8_n0 = 4'd0 + {3'd0, b14_l8_nq[0]};
  assign b14_l8_h1 = b14_l8_nq[1] & (b14_l8_n0 == cj8);
  assign b14_l8_n1 = b14_l8_n0 + {3'd0, b14_l8_nq[1]};
  assign b14_l8_h2 = b14_l8_nq[2] & (b14_l8_n1 == cj8);
  assign b14_l8_n2 = b14_l8_n1 + {3'd0, b14_l8_nq[2]};
  assign b14_l8_h3 = b14_l8_nq[3] & (b14_l8_n2 == cj8);
  assign b14_l8_hit = b14_l8_h0 | b14_l8_h1 | b14_l8_h2 | b14_l8_h3;
  assign b14_l8_pos = ((b14_l8_h0 ? 2'd0 : 2'd0) | (b14_l8_h1 ? 2'd1 : 2'd0) | (b14_l8_h2 ? 2'd2 : 2'd0) | (b14_l8_h3 ? 2'd3 : 2'd0));
  assign b14_l8_dig = (({3{b14_l8_h0}} & b14_l8_dq[2:0]) | ({3{b14_l8_h1}} & b14_l8_dq[5:3]) | ({3{b14_l8_h2}} & b14_l8_dq[8:6]) | ({3{b14_l8_h3}} & b14_l8_dq[11:9]));
  assign b14_l8_e = {b14_l8_pos, b14_l8_dig[1]};
  assign b14_l8_t = {b14_l8_hit, b14_l8_dig[2], b14_l8_e};
  assign b14_l9_cnt = {3'd0, b14_l9_nzs[0]} + {3'd0, b14_l9_nzs[1]} + {3'd0, b14_l9_nzs[2]} + {3'd0, b14_l9_nzs[3]};
  assign b14_l9_h0 = b14_l9_nq[0] & (4'd0 == cj9);
  assign b14_l9_n0 = 4'd0 + {3'd0, b14_l9_nq[0]};
  assign b14_l9_h1 = b14_l9_nq[1] & (b14_l9_n0 == cj9);
  assign b14_l9_n1 = b14_l9_n0 + {3'd0, b14_l9_nq[1]};
  assign b14_l9_h2 = b14_l9_nq[2] & (b14_l9_n1 == cj9);
  assign b14_l9_n2 = b14_l9_n1 + {3'd0, b14_l9_nq[2]};
  assign b14_l9_h3 = b14_l9_nq[3] & (b14_l9_n2 == cj9);
  assign b14_l9_hit = b14_l9_h0 | b14_l9_h1 | b14_l9_h2 | b14_l9_h3;
  assign b14_l9_pos = ((b14_l9_h0 ? 2'd0 : 2'd0) | (b14_l9_h1 ? 2'd1 : 2'd0) | (b14_l9_h2 ? 2'd2 : 2'd0) | (b14_l9_h3 ? 2'd3 : 2'd0));
  assign b14_l9_dig = (({3{b14_l9_h0}} & b14_l9_dq[2:0]) | ({3{b14_l9_h1}} & b14_l9_dq[5:3]) | ({3{b14_l9_h2}} & b14_l9_dq[8:6]) | ({3{b14_l9_h3}} & b14_l9_dq[11:9]));
  assign b14_l9_e = {b14_l9_pos, b14_l9_dig[1]};
  assign b14_l9_t = {b14_l9_hit, b14_l9_dig[2], b14_l9_e};
  assign b14_l10_cnt = {3'd0, b14_l10_nzs[0]} + {3'd0, b14_l10_nzs[1]} + {3'd0, b14_l10_nzs[2]} + {3'd0, b14_l10_nzs[3]};
  assign b14_l10_h0 = b14_l10_nq[0] & (4'd0 == cj10);
  assign b14_l10_n0 = 4'd0 + {3'd0, b14_l10_nq[0]};
  assign b14_l10_h1 = b14_l10_nq[1] & (b14_l10_n0 == cj10);
  assign b14_l10_n1 = b14_l10_n0 + {3'd0, b14_l10_nq[1]};
  assign b14_l10_h2 = b14_l10_nq[2] & (b14_l10_n1 == cj10);
  assign b14_l10_n2 = b14_l10_n1 + {3'd0, b14_l10_nq[2]};
  assign b14_l10_h3 = b14_l10_nq[3] & (b14_l10_n2 == cj10);
  assign b14_l10_hit = b14_l10_h0 | b14_l10_h1 | b14_l10_h2 | b14_l10_h3;
  assign b14_l10_pos = ((b14_l10_h0 ? 2'd0 : 2'd0) | (b14_l10_h1 ? 2'd1 : 2'd0) | (b14_l10_h2 ? 2'd2 : 2'd0) | (b14_l10_h3 ? 2'd3 : 2'd0));
  assign b14_l10_dig = (({3{b14_l10_h0}} & b14_l10_dq[2:0]) | ({3{b14_l10_h1}} & b14_l10_dq[5:3]) | ({3{b14_l10_h2}} & b14_l10_dq[8:6]) | ({3{b14_l10_h3}} & b14_l10_dq[11:9]));
  assign b14_l10_e = {b14_l10_pos, b14_l10_dig[1]};
  assign b14_l10_t = {b14_l10_hit, b14_l10_dig[2], b14_l10_e};
  assign b14_l11_cnt = {3'd0, b14_l11_nzs[0]} + {3'd0, b14_l11_nzs[1]} + {3'd0, b14_l11_nzs[2]} + {3'd0, b14_l11_nzs[3]};
  assign b14_l11_h0 = b14_l11_nq[0] & (4'd0 == cj11);
  assign b14_l11_n0 = 4'd0 + {3'd0, b14_l11_nq[0]};
  assign b14_l11_h1 = b14_l11_nq[1] & (b14_l11_n0 == cj11);
  assign b14_l11_n1 = b14_l11_n0 + {3'd0, b14_l11_nq[1]};
  assign b14_l11_h2 = b14_l11_nq[2] & (b14_l11_n1 == cj11);
  assign b14_l11_n2 = b14_l11_n1 + {3'd0, b14_l11_nq[2]};
  assign b14_l11_h3 = b14_l11_nq[3] & (b14_l11_n2 == cj11);
  assign b14_l11_hit = b14_l11_h0 | b14_l11_h1 | b14_l11_h2 | b14_l11_h3;
  assign b14_l11_pos = ((b14_l11_h0 ? 2'd0 : 2'd0) | (b14_l11_h1 ? 2'd1 : 2'd0) | (b14_l11_h2 ? 2'd2 : 2'd0) | (b14_l11_h3 ? 2'd3 : 2'd0));
  assign b14_l11_dig = (({3{b14_l11_h0}} & b14_l11_dq[2:0]) | ({3{b14_l11_h1}} & b14_l11_dq[5:3]) | ({3{b14_l11_h2}} & b14_l11_dq[8:6]) | ({3{b14_l11_h3}} & b14_l11_dq[11:9]));
  assign b14_l11_e = {b14_l11_pos, b14_l11_dig[1]};
  assign b14_l11_t = {b14_l11_hit, b14_l11_dig[2], b14_l11_e};
  assign b14_l12_cnt = {3'd0, b14_l12_nzs[0]} + {3'd0, b14_l12_nzs[1]} + {3'd0, b14_l12_nzs[2]} + {3'd0, b14_l12_nzs[3]};
  assign b14_l12_h0 = b14_l12_nq[0] & (4'd0 == cj12);
  assign b14_l12_n0 = 4'd0 + {3'd0, b14_l12_nq[0]};
  assign b14_l12_h1 = b14_l12_nq[1] & (b14_l12_n0 == cj12);
  assign b14_l12_n1 = b14_l12_n0 + {3'd0, b14_l12_nq[1]};
  assign b14_l12_h2 = b14_l12_nq[2] & (b14_l12_n1 == cj12);
  assign b14_l12_n2 = b14_l12_n1 + {3'd0, b14_l12_nq[2]};
  assign b14_l12_h3 = b14_l12_nq[3] & (b14_l12_n2 == cj12);
  assign b14_l12_hit = b14_l12_h0 | b14_l12_h1 | b14_l12_h2 | b14_l12_h3;
  assign b14_l12_pos = ((b14_l12_h0 ? 2'd0 : 2'd0) | (b14_l12_h1 ? 2'd1 : 2'd0) | (b14_l12_h2 ? 2'd2 : 2'd0) | (b14_l12_h3 ? 2'd3 : 2'd0));
  assign b14_l12_dig = (({3{b14_l12_h0}} & b14_l12_dq[2:0]) | ({3{b14_l12_h1}} & b14_l12_dq[5:3]) | ({3{b14_l12_h2}} & b14_l12_dq[8:6]) | ({3{b14_l12_h3}} & b14_l12_dq[11:9]));
  assign b14_l12_e = {b14_l12_pos, b14_l12_dig[1]};
  assign b14_l12_t = {b14_l12_hit, b14_l12_dig[2], b14_l12_e};
  assign b14_l13_cnt = {3'd0, b14_l13_nzs[0]} + {3'd0, b14_l13_nzs[1]} + {3'd0, b14_l13_nzs[2]} + {3'd0, b14_l13_nzs[3]};
  assign b14_l13_h0 = b14_l13_nq[0] & (4'd0 == cj13);
  assign b14_l13_n0 = 4'd0 + {3'd0, b14_l13_nq[0]};
  assign b14_l13_h1 = b14_l13_nq[1] & (b14_l13_n0 == cj13);
  assign b14_l13_n1 = b14_l13_n0 + {3'd0, b14_l13_nq[1]};
  assign b14_l13_h2 = b14_l13_nq[2] & (b14_l13_n1 == cj13);
  assign b14_l13_n2 = b14_l13_n1 + {3'd0, b14_l13_nq[2]};
  assign b14_l13_h3 = b14_l13_nq[3] & (b14_l13_n2 == cj13);
  assign b14_l13_hit = b14_l13_h0 | b14_l13_h1 | b14_l13_h2 | b14_l13_h3;
  assign b14_l13_pos = ((b14_l13_h0 ? 2'd0 : 2'd0) | (b14_l13_h1 ? 2'd1 : 2'd0) | (b14_l13_h2 ? 2'd2 : 2'd0) | (b14_l13_h3 ? 2'd3 : 2'd0));
  assign b14_l13_dig = (({3{b14_l13_h0}} & b14_l13_dq[2:0]) | ({3{b14_l13_h1}} & b14_l13_dq[5:3]) | ({3{b14_l13_h2}} & b14_l13_dq[8:6]) | ({3{b14_l13_h3}} & b14_l13_dq[11:9]));
  assign b14_l13_e = {b14_l13_pos, b14_l13_dig[1]};
  assign b14_l13_t = {b14_l13_hit, b14_l13_dig[2], b14_l13_e};
  assign b14_l14_cnt = {3'd0, b14_l14_nzs[0]} + {3'd0, b14_l14_nzs[1]} + {3'd0, b14_l14_nzs[2]} + {3'd0, b14_l14_nzs[3]};
  assign b14_l14_h0 = b14_l14_nq[0] & (4'd0 == cj14);
  assign b14_l14_n0 = 4'd0 + {3'd0, b14_l14_nq[0]};
  assign b14_l14_h1 = b14_l14_nq[1] & (b14_l14_n0 == cj14);
  assign b14_l14_n1 = b14_l14_n0 + {3'd0, b14_l14_nq[1]};
  assign b14_l14_h2 = b14_l14_nq[2] & (b14_l14_n1 == cj14);
  assign b14_l14_n2 = b14_l14_n1 + {3'd0, b14_l14_nq[2]};
  assign b14_l14_h3 = b14_l14_nq[3] & (b14_l14_n2 == cj14);
  assign b14_l14_hit = b14_l14_h0 | b14_l14_h1 | b14_l14_h2 | b14_l14_h3;
  assign b14_l14_pos = ((b14_l14_h0 ? 2'd0 : 2'd0) | (b14_l14_h1 ? 2'd1 : 2'd0) | (b14_l14_h2 ? 2'd2 : 2'd0) | (b14_l14_h3 ? 2'd3 : 2'd0));
  assign b14_l14_dig = (({3{b14_l14_h0}} & b14_l14_dq[2:0]) | ({3{b14_l14_h1}} & b14_l14_dq[5:3]) | ({3{b14_l14_h2}} & b14_l14_dq[8:6]) | ({3{b14_l14_h3}} & b14_l14_dq[11:9]));
  assign b14_l14_e = {b14_l14_pos, b14_l14_dig[1]};
  assign b14_l14_t = {b14_l14_hit, b14_l14_dig[2], b14_l14_e};
  assign b14_l15_cnt = {3'd0, b14_l15_nzs[0]} + {3'd0, b14_l15_nzs[1]} + {3'd0, b14_l15_nzs[2]} + {3'd0, b14_l15_nzs[3]};
  assign b14_l15_h0 = b14_l15_nq[0] & (4'd0 == cj15);
  assign b14_l15_n0 = 4'd0 + {3'd0, b14_l15_nq[0]};
  assign b14_l15_h1 = b14_l15_nq[1] & (b14_l15_n0 == cj15);
  assign b14_l15_n1 = b14_l15_n0 + {3'd0, b14_l15_nq[1]};
  assign b14_l15_h2 = b14_l15_nq[2] & (b14_l15_n1 == cj15);
  assign b14_l15_n2 = b14_l15_n1 + {3'd0, b14_l15_nq[2]};
  assign b14_l15_h3 = b14_l15_nq[3] & (b14_l15_n2 == cj15);
  assign b14_l15_hit = b14_l15_h0 | b14_l15_h1 | b14_l15_h2 | b14_l15_h3;
  assign b14_l15_pos = ((b14_l15_h0 ? 2'd0 : 2'd0) | (b14_l15_h1 ? 2'd1 : 2'd0) | (b14_l15_h2 ? 2'd2 : 2'd0) | (b14_l15_h3 ? 2'd3 : 2'd0));
  assign b14_l15_dig = (({3{b14_l15_h0}} & b14_l15_dq[2:0]) | ({3{b14_l15_h1}} & b14_l15_dq[5:3]) | ({3{b14_l15_h2}} & b14_l15_dq[8:6]) | ({3{b14_l15_h3}} & b14_l15_dq[11:9]));
  assign b14_l15_e = {b14_l15_pos, b14_l15_dig[1]};
  assign b14_l15_t = {b14_l15_hit, b14_l15_dig[2], b14_l15_e};
  assign b15_l0_cnt = {3'd0, b15_l0_nzs[0]} + {3'd0, b15_l0_nzs[1]} + {3'd0, b15_l0_nzs[2]} + {3'd0, b15_l0_nzs[3]};
  assign b15_l0_h0 = b15_l0_nq[0] & (4'd0 == cj0);
  assign b15_l0_n0 = 4'd0 + {3'd0, b15_l0_nq[0]};
  assign b15_l0_h1 = b15_l0_nq[1] & (b15_l0_n0 == cj0);
  assign b15_l0_n1 = b15_l0_n0 + {3'd0, b15_l0_nq[1]};
  assign b15_l0_h2 = b15_l0_nq[2] & (b15_l0_n1 == cj0);
  assign b15_l0_n2 = b15_l0_n1 + {3'd0, b15_l0_nq[2]};
  assign b15_l0_h3 = b15_l0_nq[3] & (b15_l0_n2 == cj0);
  assign b15_l0_hit = b15_l0_h0 | b15_l0_h1 | b15_l0_h2 | b15_l0_h3;
  assign b15_l0_pos = ((b15_l0_h0 ? 2'd0 : 2'd0) | (b15_l0_h1 ? 2'd1 : 2'd0) | (b15_l0_h2 ? 2'd2 : 2'd0) | (b15_l0_h3 ? 2'd3 : 2'd0));
  assign b15_l0_dig = (({3{b15_l0_h0}} & b15_l0_dq[2:0]) | ({3{b15_l0_h1}} & b15_l0_dq[5:3]) | ({3{b15_l0_h2}} & b15_l0_dq[8:6]) | ({3{b15_l0_h3}} & b15_l0_dq[11:9]));
  assign b15_l0_e = {b15_l0_pos, b15_l0_dig[1]};
  assign b15_l0_t = {b15_l0_hit, b15_l0_dig[2], b15_l0_e};
  assign b15_l1_cnt = {3'd0, b15_l1_nzs[0]} + {3'd0, b15_l1_nzs[1]} + {3'd0, b15_l1_nzs[2]} + {3'd0, b15_l1_nzs[3]};
  assign b15_l1_h0 = b15_l1_nq[0] & (4'd0 == cj1);
  assign b15_l1_n0 = 4'd0 + {3'd0, b15_l1_nq[0]};
  assign b15_l1_h1 = b15_l1_nq[1] & (b15_l1_n0 == cj1);
  assign b15_l1_n1 = b15_l1_n0 + {3'd0, b15_l1_nq[1]};
  assign b15_l1_h2 = b15_l1_nq[2] & (b15_l1_n1 == cj1);
  assign b15_l1_n2 = b15_l1_n1 + {3'd0, b15_l1_nq[2]};
  assign b15_l1_h3 = b15_l1_nq[3] & (b15_l1_n2 == cj1);
  assign b15_l1_hit = b15_l1_h0 | b15_l1_h1 | b15_l1_h2 | b15_l1_h3;
  assign b15_l1_pos = ((b15_l1_h0 ? 2'd0 : 2'd0) | (b15_l1_h1 ? 2'd1 : 2'd0) | (b15_l1_h2 ? 2'd2 : 2'd0) | (b15_l1_h3 ? 2'd3 : 2'd0));
  assign b15_l1_dig = (({3{b15_l1_h0}} & b15_l1_dq[2:0]) | ({3{b15_l1_h1}} & b15_l1_dq[5:3]) | ({3{b15_l1_h2}} & b15_l1_dq[8:6]) | ({3{b15_l1_h3}} & b15_l1_dq[11:9]));
  assign b15_l1_e = {b15_l1_pos, b15_l1_dig[1]};
  assign b15_l1_t = {b15_l1_hit, b15_l1_dig[2], b15_l1_e};
  assign b15_l2_cnt = {3'd0, b15_l2_nzs[0]} + {3'd0, b15_l2_nzs[1]} + {3'd0, b15_l2_nzs[2]} + {3'd0, b15_l2_nzs[3]};
  assign b15_l2_h0 = b15_l2_nq[0] & (4'd0 == cj2);
  assign b15_l2_n0 = 4'd0 + {3'd0, b15_l2_nq[0]};
  assign b15_l2_h1 = b15_l2_nq[1] & (b15_l2_n0 == cj2);
  assign b15_l2_n1 = b15_l2_n0 + {3'd0, b15_l2_nq[1]};
  assign b15_l2_h2 = b15_l2_nq[2] & (b15_l2_n1 == cj2);
  assign b15_l2_n2 = b15_l2_n1 + {3'd0, b15_l2_nq[2]};
  assign b15_l2_h3 = b15_l2_nq[3] & (b15_l2_n2 == cj2);
  assign b15_l2_hit = b15_l2_h0 | b15_l2_h1 | b15_l2_h2 | b15_l2_h3;
  assign b15_l2_pos = ((b15_l2_h0 ? 2'd0 : 2'd0) | (b15_l2_h1 ? 2'd1 : 2'd0) | (b15_l2_h2 ? 2'd2 : 2'd0) | (b15_l2_h3 ? 2'd3 : 2'd0));
  assign b15_l2_dig = (({3{b15_l2_h0}} & b15_l2_dq[2:0]) | ({3{b15_l2_h1}} & b15_l2_dq[5:3]) | ({3{b15_l2_h2}} & b15_l2_dq[8:6]) | ({3{b15_l2_h3}} & b15_l2_dq[11:9]));
  assign b15_l2_e = {b15_l2_pos, b15_l2_dig[1]};
  assign b15_l2_t = {b15_l2_hit, b15_l2_dig[2], b15_l2_e};
  assign b15_l3_cnt = {3'd0, b15_l3_nzs[0]} + {3'd0, b15_l3_nzs[1]} + {3'd0, b15_l3_nzs[2]} + {3'd0, b15_l3_nzs[3]};
  assign b15_l3_h0 = b15_l3_nq[0] & (4'd0 == cj3);
  assign b15_l3_n0 = 4'd0 + {3'd0, b15_l3_nq[0]};
  assign b15_l3_h1 = b15_l3_nq[1] & (b15_l3_n0 == cj3);
  assign b15_l3_n1 = b15_l3_n0 + {3'd0, b15_l3_nq[1]};
  assign b15_l3_h2 = b15_l3_nq[2] & (b15_l3_n1 == cj3);
  assign b15_l3_n2 = b15_l3_n1 + {3'd0, b15_l3_nq[2]};
  assign b15_l3_h3 = b15_l3_nq[3] & (b15_l3_n2 == cj3);
  assign b15_l3_hit = b15_l3_h0 | b15_l3_h1 | b15_l3_h2 | b15_l3_h3;
  assign b15_l3_pos = ((b15_l3_h0 ? 2'd0 : 2'd0) | (b15_l3_h1 ? 2'd1 : 2'd0) | (b15_l3_h2 ? 2'd2 : 2'd0) | (b15_l3_h3 ? 2'd3 : 2'd0));
  assign b15_l3_dig = (({3{b15_l3_h0}} & b15_l3_dq[2:0]) | ({3{b15_l3_h1}} & b15_l3_dq[5:3]) | ({3{b15_l3_h2}} & b15_l3_dq[8:6]) | ({3{b15_l3_h3}} & b15_l3_dq[11:9]));
  assign b15_l3_e = {b15_l3_pos, b15_l3_dig[1]};
  assign b15_l3_t = {b15_l3_hit, b15_l3_dig[2], b15_l3_e};
  assign b15_l4_cnt = {3'd0, b15_l4_nzs[0]} + {3'd0, b15_l4_nzs[1]} + {3'd0, b15_l4_nzs[2]} + {3'd0, b15_l4_nzs[3]};
  assign b15_l4_h0 = b15_l4_nq[0] & (4'd0 == cj4);
  assign b15_l4_n0 = 4'd0 + {3'd0, b15_l4_nq[0]};
  assign b15_l4_h1 = b15_l4_nq[1] & (b15_l4_n0 == cj4);
  assign b15_l4_n1 = b15_l4_n0 + {3'd0, b15_l4_nq[1]};
  assign b15_l4_h2 = b15_l4_nq[2] & (b15_l4_n1 == cj4);
  assign b15_l4_n2 = b15_l4_n1 + {3'd0, b15_l4_nq[2]};
  assign b15_l4_h3 = b15_l4_nq[3] & (b15_l4_n2 == cj4);
  assign b15_l4_hit = b15_l4_h0 | b15_l4_h1 | b15_l4_h2 | b15_l4_h3;
  assign b15_l4_pos = ((b15_l4_h0 ? 2'd0 : 2'd0) | (b15_l4_h1 ? 2'd1 : 2'd0) | (b15_l4_h2 ? 2'd2 : 2'd0) | (b15_l4_h3 ? 2'd3 : 2'd0));
  assign b15_l4_dig = (({3{b15_l4_h0}} & b15_l4_dq[2:0]) | ({3{b15_l4_h1}} & b15_l4_dq[5:3]) | ({3{b15_l4_h2}} & b15_l4_dq[8:6]) | ({3{b15_l4_h3}} & b15_l4_dq[11:9]));
  assign b15_l4_e = {b15_l4_pos, b15_l4_dig[1]};
  assign b15_l4_t = {b15_l4_hit, b15_l4_dig[2], b15_l4_e};
  assign b15_l5_cnt = {3'd0, b15_l5_nzs[0]} + {3'd0, b15_l5_nzs[1]} + {3'd0, b15_l5_nzs[2]} + {3'd0, b15_l5_nzs[3]};
  assign b15_l5_h0 = b15_l5_nq[0] & (4'd0 == cj5);
  assign b15_l5_n0 = 4'd0 + {3'd0, b15_l5_nq[0]};
  assign b15_l5_h1 = b15_l5_nq[1] & (b15_l5_n0 == cj5);
  assign b15_l5_n1 = b15_l5_n0 + {3'd0, b15_l5_nq[1]};
  assign b15_l5_h2 = b15_l5_nq[2] & (b15_l5_n1 == cj5);
  assign b15_l5_n2 = b15_l5_n1 + {3'd0, b15_l5_nq[2]};
  assign b15_l5_h3 = b15_l5_nq[3] & (b15_l5_n2 == cj5);
  assign b15_l5_hit = b15_l5_h0 | b15_l5_h1 | b15_l5_h2 | b15_l5_h3;
  assign b15_l5_pos = ((b15_l5_h0 ? 2'd0 : 2'd0) | (b15_l5_h1 ? 2'd1 : 2'd0) | (b15_l5_h2 ? 2'd2 : 2'd0) | (b15_l5_h3 ? 2'd3 : 2'd0));
  assign b15_l5_dig = (({3{b15_l5_h0}} & b15_l5_dq[2:0]) | ({3{b15_l5_h1}} & b15_l5_dq[5:3]) | ({3{b15_l5_h2}} & b15_l5_dq[8:6]) | ({3{b15_l5_h3}} & b15_l5_dq[11:9]));
  assign b15_l5_e = {b15_l5_pos, b15_l5_dig[1]};
  assign b15_l5_t = {b15_l5_hit, b15_l5_dig[2], b15_l5_e};
  assign b15_l6_cnt = {3'd0, b15_l6_nzs[0]} + {3'd0, b15_l6_nzs[1]} + {3'd0, b15_l6_nzs[2]} + {3'd0, b15_l6_nzs[3]};
  assign b15_l6_h0 = b15_l6_nq[0] & (4'd0 == cj6);
  assign b15_l6_n0 = 4'd0 + {3'd0, b15_l6_nq[0]};
  assign b15_l6_h1 = b15_l6_nq[1] & (b15_l6_n0 == cj6);
  assign b15_l6_n1 = b15_l6_n0 + {3'd0, b15_l6_nq[1]};
  assign b15_l6_h2 = b15_l6_nq[2] & (b15_l6_n1 == cj6);
  assign b15_l6_n2 = b15_l6_n1 + {3'd0, b15_l6_nq[2]};
  assign b15_l6_h3 = b15_l6_nq[3] & (b15_l6_n2 == cj6);
  assign b15_l6_hit = b15_l6_h0 | b15_l6_h1 | b15_l6_h2 | b15_l6_h3;
  assign b15_l6_pos = ((b15_l6_h0 ? 2'd0 : 2'd0) | (b15_l6_h1 ? 2'd1 : 2'd0) | (b15_l6_h2 ? 2'd2 : 2'd0) | (b15_l6_h3 ? 2'd3 : 2'd0));
  assign b15_l6_dig = (({3{b15_l6_h0}} & b15_l6_dq[2:0]) | ({3{b15_l6_h1}} & b15_l6_dq[5:3]) | ({3{b15_l6_h2}} & b15_l6_dq[8:6]) | ({3{b15_l6_h3}} & b15_l6_dq[11:9]));
  assign b15_l6_e = {b15_l6_pos, b15_l6_dig[1]};
  assign b15_l6_t = {b15_l6_hit, b15_l6_dig[2], b15_l6_e};
  assign b15_l7_cnt = {3'd0, b15_l7_nzs[0]} + {3'd0, b15_l7_nzs[1]} + {3'd0, b15_l7_nzs[2]} + {3'd0, b15_l7_nzs[3]};
  assign b15_l7_h0 = b15_l7_nq[0] & (4'd0 == cj7);
  assign b15_l7_n0 = 4'd0 + {3'd0, b15_l7_nq[0]};
  assign b15_l7_h1 = b15_l7_nq[1] & (b15_l7_n0 == cj7);
  assign b15_l7_n1 = b15_l7_n0 + {3'd0, b15_l7_nq[1]};
  assign b15_l7_h2 = b15_l7_nq[2] & (b15_l7_n1 == cj7);
  assign b15_l7_n2 = b15_l7_n1 + {3'd0, b15_l7_nq[2]};
  assign b15_l7_h3 = b15_l7_nq[3] & (b15_l7_n2 == cj7);
  assign b15_l7_hit = b15_l7_h0 | b15_l7_h1 | b15_l7_h2 | b15_l7_h3;
  assign b15_l7_pos = ((b15_l7_h0 ? 2'd0 : 2'd0) | (b15_l7_h1 ? 2'd1 : 2'd0) | (b15_l7_h2 ? 2'd2 : 2'd0) | (b15_l7_h3 ? 2'd3 : 2'd0));
  assign b15_l7_dig = (({3{b15_l7_h0}} & b15_l7_dq[2:0]) | ({3{b15_l7_h1}} & b15_l7_dq[5:3]) | ({3{b15_l7_h2}} & b15_l7_dq[8:6]) | ({3{b15_l7_h3}} & b15_l7_dq[11:9]));
  assign b15_l7_e = {b15_l7_pos, b15_l7_dig[1]};
  assign b15_l7_t = {b15_l7_hit, b15_l7_dig[2], b15_l7_e};
  assign b15_l8_cnt = {3'd0, b15_l8_nzs[0]} + {3'd0, b15_l8_nzs[1]} + {3'd0, b15_l8_nzs[2]} + {3'd0, b15_l8_nzs[3]};
  assign b15_l8_h0 = b15_l8_nq[0] & (4'd0 == cj8);
  assign b15_l8_n0 = 4'd0 + {3'd0, b15_l8_nq[0]};
  assign b15_l8_h1 = b15_l8_nq[1] & (b15_l8_n0 == cj8);
  assign b15_l8_n1 = b15_l8_n0 + {3'd0, b15_l8_nq[1]};
  assign b15_l8_h2 = b15_l8_nq[2] & (b15_l8_n1 == cj8);
  assign b15_l8_n2 = b15_l8_n1 + {3'd0, b15_l8_nq[2]};
  assign b15_l8_h3 = b15_l8_nq[3] & (b15_l8_n2 == cj8);
  assign b15_l8_hit = b15_l8_h0 | b15_l8_h1 | b15_l8_h2 | b15_l8_h3;
  assign b15_l8_pos = ((b15_l8_h0 ? 2'd0 : 2'd0) | (b15_l8_h1 ? 2'd1 : 2'd0) | (b15_l8_h2 ? 2'd2 : 2'd0) | (b15_l8_h3 ? 2'd3 : 2'd0));
  assign b15_l8_dig = (({3{b15_l8_h0}} & b15_l8_dq[2:0]) | ({3{b15_l8_h1}} & b15_l8_dq[5:3]) | ({3{b15_l8_h2}} & b15_l8_dq[8:6]) | ({3{b15_l8_h3}} & b15_l8_dq[11:9]));
  assign b15_l8_e = {b15_l8_pos, b15_l8_dig[1]};
  assign b15_l8_t = {b15_l8_hit, b15_l8_dig[2], b15_l8_e};
  assign b15_l9_cnt = {3'd0, b15_l9_nzs[0]} + {3'd0, b15_l9_nzs[1]} + {3'd0, b15_l9_nzs[2]} + {3'd0, b15_l9_nzs[3]};
  assign b15_l9_h0 = b15_l9_nq[0] & (4'd0 == cj9);
  assign b15_l9_n0 = 4'd0 + {3'd0, b15_l9_nq[0]};
  assign b15_l9_h1 = b15_l9_nq[1] & (b15_l9_n0 == cj9);
  assign b15_l9_n1 = b15_l9_n0 + {3'd0, b15_l9_nq[1]};
  assign b15_l9_h2 = b15_l9_nq[2] & (b15_l9_n1 == cj9);
  assign b15_l9_n2 = b15_l9_n1 + {3'd0, b15_l9_nq[2]};
  assign b15_l9_h3 = b15_l9_nq[3] & (b15_l9_n2 == cj9);
  assign b15_l9_hit = b15_l9_h0 | b15_l9_h1 | b15_l9_h2 | b15_l9_h3;
  assign b15_l9_pos = ((b15_l9_h0 ? 2'd0 : 2'd0) | (b15_l9_h1 ? 2'd1 : 2'd0) | (b15_l9_h2 ? 2'd2 : 2'd0) | (b15_l9_h3 ? 2'd3 : 2'd0));
  assign b15_l9_dig = (({3{b15_l9_h0}} & b15_l9_dq[2:0]) | ({3{b15_l9_h1}} & b15_l9_dq[5:3]) | ({3{b15_l9_h2}} & b15_l9_dq[8:6]) | ({3{b15_l9_h3}} & b15_l9_dq[11:9]));
  assign b15_l9_e = {b15_l9_pos, b15_l9_dig[1]};
  assign b15_l9_t = {b15_l9_hit, b15_l9_dig[2], b15_l9_e};
  assign b15_l10_cnt = {3'd0, b15_l10_nzs[0]} + {3'd0, b15_l10_nzs[1]} + {3'd0, b15_l10_nzs[2]} + {3'd0, b15_l10_nzs[3]};
  assign b15_l10_h0 = b15_l10_nq[0] & (4'd0 == cj10);
  assign b15_l10_n0 = 4'd0 + {3'd0, b15_l10_nq[0]};
  assign b15_l10_h1 = b15_l10_nq[1] & (b15_l10_n0 == cj10);
  assign b15_l10_n1 = b15_l10_n0 + {3'd0, b15_l10_nq[1]};
  assign b15_l10_h2 = b15_l10_nq[2] & (b15_l10_n1 == cj10);
  assign b15_l10_n2 = b15_l10_n1 + {3'd0, b15_l10_nq[2]};
  assign b15_l10_h3 = b15_l10_nq[3] & (b15_l10_n2 == cj10);
  assign b15_l10_hit = b15_l10_h0 | b15_l10_h1 | b15_l10_h2 | b15_l10_h3;
  assign b15_l10_pos = ((b15_l10_h0 ? 2'd0 : 2'd0) | (b15_l10_h1 ? 2'd1 : 2'd0) | (b15_l10_h2 ? 2'd2 : 2'd0) | (b15_l10_h3 ? 2'd3 : 2'd0));
  assign b15_l10_dig = (({3{b15_l10_h0}} & b15_l10_dq[2:0]) | ({3{b15_l10_h1}} & b15_l10_dq[5:3]) | ({3{b15_l10_h2}} & b15_l10_dq[8:6]) | ({3{b15_l10_h3}} & b15_l10_dq[11:9]));
  assign b15_l10_e = {b15_l10_pos, b15_l10_dig[1]};
  assign b15_l10_t = {b15_l10_hit, b15_l10_dig[2], b15_l10_e};
  assign b15_l11_cnt = {3'd0, b15_l11_nzs[0]} + {3'd0, b15_l11_nzs[1]} + {3'd0, b15_l11_nzs[2]} + {3'd0, b15_l11_nzs[3]};
  assign b15_l11_h0 = b15_l11_nq[0] & (4'd0 == cj11);
  assign b15_l11_n0 = 4'd0 + {3'd0, b15_l11_nq[0]};
  assign b15_l11_h1 = b15_l11_nq[1] & (b15_l11_n0 == cj11);
  assign b15_l11_n1 = b15_l11_n0 + {3'd0, b15_l11_nq[1]};
  assign b15_l11_h2 = b15_l11_nq[2] & (b15_l11_n1 == cj11);
  assign b15_l11_n2 = b15_l11_n1 + {3'd0, b15_l11_nq[2]};
  assign b15_l11_h3 = b15_l11_nq[3] & (b15_l11_n2 == cj11);
  assign b15_l11_hit = b15_l11_h0 | b15_l11_h1 | b15_l11_h2 | b15_l11_h3;
  assign b15_l11_pos = ((b15_l11_h0 ? 2'd0 : 2'd0) | (b15_l11_h1 ? 2'd1 : 2'd0) | (b15_l11_h2 ? 2'd2 : 2'd0) | (b15_l11_h3 ? 2'd3 : 2'd0));
  assign b15_l11_dig = (({3{b15_l11_h0}} & b15_l11_dq[2:0]) | ({3{b15_l11_h1}} & b15_l11_dq[5:3]) | ({3{b15_l11_h2}} & b15_l11_dq[8:6]) | ({3{b15_l11_h3}} & b15_l11_dq[11:9]));
  assign b15_l11_e = {b15_l11_pos, b15_l11_dig[1]};
  assign b15_l11_t = {b15_l11_hit, b15_l11_dig[2], b15_l11_e};
  assign b15_l12_cnt = {3'd0, b15_l12_nzs[0]} + {3'd0, b15_l12_nzs[1]} + {3'd0, b15_l12_nzs[2]} + {3'd0, b15_l12_nzs[3]};
  assign b15_l12_h0 = b15_l12_nq[0] & (4'd0 == cj12);
  assign b15_l12_n0 = 4'd0 + {3'd0, b15_l12_nq[0]};
  assign b15_l12_h1 = b15_l12_nq[1] & (b15_l12_n0 == cj12);
  assign b15_l12_n1 = b15_l12_n0 + {3'd0, b15_l12_nq[1]};
  assign b15_l12_h2 = b15_l12_nq[2] & (b15_l12_n1 == cj12);
  assign b15_l12_n2 = b15_l12_n1 + {3'd0, b15_l12_nq[2]};
  assign b15_l12_h3 = b15_l12_nq[3] & (b15_l12_n2 == cj12);
  assign b15_l12_hit = b15_l12_h0 | b15_l12_h1 | b15_l12_h2 | b15_l12_h3;
  assign b15_l12_pos = ((b15_l12_h0 ? 2'd0 : 2'd0) | (b15_l12_h1 ? 2'd1 : 2'd0) | (b15_l12_h2 ? 2'd2 : 2'd0) | (b15_l12_h3 ? 2'd3 : 2'd0));
  assign b15_l12_dig = (({3{b15_l12_h0}} & b15_l12_dq[2:0]) | ({3{b15_l12_h1}} & b15_l12_dq[5:3]) | ({3{b15_l12_h2}} & b15_l12_dq[8:6]) | ({3{b15_l12_h3}} & b15_l12_dq[11:9]));
  assign b15_l12_e = {b15_l12_pos, b15_l12_dig[1]};
  assign b15_l12_t = {b15_l12_hit, b15_l12_dig[2], b15_l12_e};
  assign b15_l13_cnt = {3'd0, b15_l13_nzs[0]} + {3'd0, b15_l13_nzs[1]} + {3'd0, b15_l13_nzs[2]} + {3'd0, b15_l13_nzs[3]};
  assign b15_l13_h0 = b15_l13_nq[0] & (4'd0 == cj13);
  assign b15_l13_n0 = 4'd0 + {3'd0, b15_l13_nq[0]};
  assign b15_l13_h1 = b15_l13_nq[1] & (b15_l13_n0 == cj13);
  assign b15_l13_n1 = b15_l13_n0 + {3'd0, b15_l13_nq[1]};
  assign b15_l13_h2 = b15_l13_nq[2] & (b15_l13_n1 == cj13);
  assign b15_l13_n2 = b15_l13_n1 + {3'd0, b15_l13_nq[2]};
  assign b15_l13_h3 = b15_l13_nq[3] & (b15_l13_n2 == cj13);
  assign b15_l13_hit = b15_l13_h0 | b15_l13_h1 | b15_l13_h2 | b15_l13_h3;
  assign b15_l13_pos = ((b15_l13_h0 ? 2'd0 : 2'd0) | (b15_l13_h1 ? 2'd1 : 2'd0) | (b15_l13_h2 ? 2'd2 : 2'd0) | (b15_l13_h3 ? 2'd3 : 2'd0));
  assign b15_l13_dig = (({3{b15_l13_h0}} & b15_l13_dq[2:0]) | ({3{b15_l13_h1}} & b15_l13_dq[5:3]) | ({3{b15_l13_h2}} & b15_l13_dq[8:6]) | ({3{b15_l13_h3}} & b15_l13_dq[11:9]));
  assign b15_l13_e = {b15_l13_pos, b15_l13_dig[1]};
  assign b15_l13_t = {b15_l13_hit, b15_l13_dig[2], b15_l13_e};
  assign b15_l14_cnt = {3'd0, b15_l14_nzs[0]} + {3'd0, b15_l14_nzs[1]} + {3'd0, b15_l14_nzs[2]} + {3'd0, b15_l14_nzs[3]};
  assign b15_l14_h0 = b15_l14_nq[0] & (4'd0 == cj14);
  assign b15_l14_n0 = 4'd0 + {3'd0, b15_l14_nq[0]};
  assign b15_l14_h1 = b15_l14_nq[1] & (b15_l14_n0 == cj14);
  assign b15_l14_n1 = b15_l14_n0 + {3'd0, b15_l14_nq[1]};
  assign b15_l14_h2 = b15_l14_nq[2] & (b15_l14_n1 == cj14);
  assign b15_l14_n2 = b15_l14_n1 + {3'd0, b15_l14_nq[2]};
  assign b15_l14_h3 = b15_l14_nq[3] & (b15_l14_n2 == cj14);
  assign b15_l14_hit = b15_l14_h0 | b15_l14_h1 | b15_l14_h2 | b15_l14_h3;
  assign b15_l14_pos = ((b15_l14_h0 ? 2'd0 : 2'd0) | (b15_l14_h1 ? 2'd1 : 2'd0) | (b15_l14_h2 ? 2'd2 : 2'd0) | (b15_l14_h3 ? 2'd3 : 2'd0));
  assign b15_l14_dig = (({3{b15_l14_h0}} & b15_l14_dq[2:0]) | ({3{b15_l14_h1}} & b15_l14_dq[5:3]) | ({3{b15_l14_h2}} & b15_l14_dq[8:6]) | ({3{b15_l14_h3}} & b15_l14_dq[11:9]));
  assign b15_l14_e = {b15_l14_pos, b15_l14_dig[1]};
  assign b15_l14_t = {b15_l14_hit, b15_l14_dig[2], b15_l14_e};
  assign b15_l15_cnt = {3'd0, b15_l15_nzs[0]} + {3'd0, b15_l15_nzs[1]} + {3'd0, b15_l15_nzs[2]} + {3'd0, b15_l15_nzs[3]};
  assign b15_l15_h0 = b15_l15_nq[0] & (4'd0 == cj15);
  assign b15_l15_n0 = 4'd0 + {3'd0, b15_l15_nq[0]};
  assign b15_l15_h1 = b15_l15_nq[1] & (b15_l15_n0 == cj15);
  assign b15_l15_n1 = b15_l15_n0 + {3'd0, b15_l15_nq[1]};
  assign b15_l15_h2 = b15_l15_nq[2] & (b15_l15_n1 == cj15);
  assign b15_l15_n2 = b15_l15_n1 + {3'd0, b15_l15_nq[2]};
  assign b15_l15_h3 = b15_l15_nq[3] & (b15_l15_n2 == cj15);
  assign b15_l15_hit = b15_l15_h0 | b15_l15_h1 | b15_l15_h2 | b15_l15_h3;
  assign b15_l15_pos = ((b15_l15_h0 ? 2'd0 : 2'd0) | (b15_l15_h1 ? 2'd1 : 2'd0) | (b15_l15_h2 ? 2'd2 : 2'd0) | (b15_l15_h3 ? 2'd3 : 2'd0));
  assign b15_l15_dig = (({3{b15_l15_h0}} & b15_l15_dq[2:0]) | ({3{b15_l15_h1}} & b15_l15_dq[5:3]) | ({3{b15_l15_h2}} & b15_l15_dq[8:6]) | ({3{b15_l15_h3}} & b15_l15_dq[11:9]));
  assign b15_l15_e = {b15_l15_pos, b15_l15_dig[1]};
  assign b15_l15_t = {b15_l15_hit, b15_l15_dig[2], b15_l15_e};
  assign max_a0_next = a0_l0_cnt;
  assign b0_max0_0 = (b1_l0_cnt > b0_l0_cnt) ? b1_l0_cnt : b0_l0_cnt;
  assign b0_max0_1 = (b3_l0_cnt > b2_l0_cnt) ? b3_l0_cnt : b2_l0_cnt;
  assign b0_max0_2 = (b5_l0_cnt > b4_l0_cnt) ? b5_l0_cnt : b4_l0_cnt;
  assign b0_max0_3 = (b7_l0_cnt > b6_l0_cnt) ? b7_l0_cnt : b6_l0_cnt;
  assign b0_max0_4 = (b9_l0_cnt > b8_l0_cnt) ? b9_l0_cnt : b8_l0_cnt;
  assign b0_max0_5 = (b11_l0_cnt > b10_l0_cnt) ? b11_l0_cnt : b10_l0_cnt;
  assign b0_max0_6 = (b13_l0_cnt > b12_l0_cnt) ? b13_l0_cnt : b12_l0_cnt;
  assign b0_max0_7 = (b15_l0_cnt > b14_l0_cnt) ? b15_l0_cnt : b14_l0_cnt;
  assign b0_max1_0 = (b0_max0_1 > b0_max0_0) ? b0_max0_1 : b0_max0_0;
  assign b0_max1_1 = (b0_max0_3 > b0_max0_2) ? b0_max0_3 : b0_max0_2;
  assign b0_max1_2 = (b0_max0_5 > b0_max0_4) ? b0_max0_5 : b0_max0_4;
  assign b0_max1_3 = (b0_max0_7 > b0_max0_6) ? b0_max0_7 : b0_max0_6;
  assign b0_max2_0 = (b0_max1_1 > b0_max1_0) ? b0_max1_1 : b0_max1_0;
  assign b0_max2_1 = (b0_max1_3 > b0_max1_2) ? b0_max1_3 : b0_max1_2;
  assign b0_max3_0 = (b0_max2_1 > b0_max2_0) ? b0_max2_1 : b0_max2_0;
  assign max_b0_next = b0_max3_0;
  assign none0 = (max_a0 == 4'd0) | (max_b0 == 4'd0);
  assign ea0 = none0 | (ci0 + 4'd1 >= max_a0);
  assign eb0 = none0 | (cj0 + 4'd1 >= max_b0);
  assign last0 = done0 | (ea0 & eb0);
  assign max_a1_next = a0_l1_cnt;
  assign b1_max0_0 = (b1_l1_cnt > b0_l1_cnt) ? b1_l1_cnt : b0_l1_cnt;
  assign b1_max0_1 = (b3_l1_cnt > b2_l1_cnt) ? b3_l1_cnt : b2_l1_cnt;
  assign b1_max0_2 = (b5_l1_cnt > b4_l1_cnt) ? b5_l1_cnt : b4_l1_cnt;
  assign b1_max0_3 = (b7_l1_cnt > b6_l1_cnt) ? b7_l1_cnt : b6_l1_cnt;
  assign b1_max0_4 = (b9_l1_cnt > b8_l1_cnt) ? b9_l1_cnt : b8_l1_cnt;
  assign b1_max0_5 = (b11_l1_cnt > b10_l1_cnt) ? b11_l1_cnt : b10_l1_cnt;
  assign b1_max0_6 = (b13_l1_cnt > b12_l1_cnt) ? b13_l1_cnt : b12_l1_cnt;
  assign b1_max0_7 = (b15_l1_cnt > b14_l1_cnt) ? b15_l1_cnt : b14_l1_cnt;
  assign b1_max1_0 = (b1_max0_1 > b1_max0_0) ? b1_max0_1 : b1_max0_0;
  assign b1_max1_1 = (b1_max0_3 > b1_max0_2) ? b1_max0_3 : b1_max0_2;
  assign b1_max1_2 = (b1_max0_5 > b1_max0_4) ? b1_max0_5 : b1_max0_4;
  assign b1_max1_3 = (b1_max0_7 > b1_max0_6) ? b1_max0_7 : b1_max0_6;
  assign b1_max2_0 = (b1_max1_1 > b1_max1_0) ? b1_max1_1 : b1_max1_0;
  assign b1_max2_1 = (b1_max1_3 > b1_max1_2) ? b1_max1_3 : b1_max1_2;
  assign b1_max3_0 = (b1_max2_1 > b1_max2_0) ? b1_max2_1 : b1_max2_0;
  assign max_b1_next = b1_max3_0;
  assign none1 = (max_a1 == 4'd0) | (max_b1 == 4'd0);
  assign ea1 = none1 | (ci1 + 4'd1 >= max_a1);
  assign eb1 = none1 | (cj1 + 4'd1 >= max_b1);
  assign last1 = done1 | (ea1 & eb1);
  assign max_a2_next = a0_l2_cnt;
  assign b2_max0_0 = (b1_l2_cnt > b0_l2_cnt) ? b1_l2_cnt : b0_l2_cnt;
  assign b2_max0_1 = (b3_l2_cnt > b2_l2_cnt) ? b3_l2_cnt : b2_l2_cnt;
  assign b2_max0_2 = (b5_l2_cnt > b4_l2_cnt) ? b5_l2_cnt : b4_l2_cnt;
  assign b2_max0_3 = (b7_l2_cnt > b6_l2_cnt) ? b7_l2_cnt : b6_l2_cnt;
  assign b2_max0_4 = (b9_l2_cnt > b8_l2_cnt) ? b9_l2_cnt : b8_l2_cnt;
  assign b2_max0_5 = (b11_l2_cnt > b10_l2_cnt) ? b11_l2_cnt : b10_l2_cnt;
  assign b2_max0_6 = (b13_l2_cnt > b12_l2_cnt) ? b13_l2_cnt : b12_l2_cnt;
  assign b2_max0_7 = (b15_l2_cnt > b14_l2_cnt) ? b15_l2_cnt : b14_l2_cnt;
  assign b2_max1_0 = (b2_max0_1 > b2_max0_0) ? b2_max0_1 : b2_max0_0;
  assign b2_max1_1 = (b2_max0_3 > b2_max0_2) ? b2_max0_3 : b2_max0_2;
  assign b2_max1_2 = (b2_max0_5 > b2_max0_4) ? b2_max0_5 : b2_max0_4;
  assign b2_max1_3 = (b2_max0_7 > b2_max0_6) ? b2_max0_7 : b2_max0_6;
  assign b2_max2_0 = (b2_max1_1 > b2_max1_0) ? b2_max1_1 : b2_max1_0;
  assign b2_max2_1 = (b2_max1_3 > b2_max1_2) ? b2_max1_3 : b2_max1_2;
  assign b2_max3_0 = (b2_max2_1 > b2_max2_0) ? b2_max2_1 : b2_max2_0;
  assign max_b2_next = b2_max3_0;
  assign none2 = (max_a2 == 4'd0) | (max_b2 == 4'd0);
  assign ea2 = none2 | (ci2 + 4'd1 >= max_a2);
  assign eb2 = none2 | (cj2 + 4'd1 >= max_b2);
  assign last2 = done2 | (ea2 & eb2);
  assign max_a3_next = a0_l3_cnt;
  assign b3_max0_0 = (b1_l3_cnt > b0_l3_cnt) ? b1_l3_cnt : b0_l3_cnt;
  assign b3_max0_1 = (b3_l3_cnt > b2_l3_cnt) ? b3_l3_cnt : b2_l3_cnt;
  assign b3_max0_2 = (b5_l3_cnt > b4_l3_cnt) ? b5_l3_cnt : b4_l3_cnt;
  assign b3_max0_3 = (b7_l3_cnt > b6_l3_cnt) ? b7_l3_cnt : b6_l3_cnt;
  assign b3_max0_4 = (b9_l3_cnt > b8_l3_cnt) ? b9_l3_cnt : b8_l3_cnt;
  assign b3_max0_5 = (b11_l3_cnt > b10_l3_cnt) ? b11_l3_cnt : b10_l3_cnt;
  assign b3_max0_6 = (b13_l3_cnt > b12_l3_cnt) ? b13_l3_cnt : b12_l3_cnt;
  assign b3_max0_7 = (b15_l3_cnt > b14_l3_cnt) ? b15_l3_cnt : b14_l3_cnt;
  assign b3_max1_0 = (b3_max0_1 > b3_max0_0) ? b3_max0_1 : b3_max0_0;
  assign b3_max1_1 = (b3_max0_3 > b3_max0_2) ? b3_max0_3 : b3_max0_2;
  assign b3_max1_2 = (b3_max0_5 > b3_max0_4) ? b3_max0_5 : b3_max0_4;
  assign b3_max1_3 = (b3_max0_7 > b3_max0_6) ? b3_max0_7 : b3_max0_6;
  assign b3_max2_0 = (b3_max1_1 > b3_max1_0) ? b3_max1_1 : b3_max1_0;
  assign b3_max2_1 = (b3_max1_3 > b3_max1_2) ? b3_max1_3 : b3_max1_2;
  assign b3_max3_0 = (b3_max2_1 > b3_max2_0) ? b3_max2_1 : b3_max2_0;
  assign max_b3_next = b3_max3_0;
  assign none3 = (max_a3 == 4'd0) | (max_b3 == 4'd0);
  assign ea3 = none3 | (ci3 + 4'd1 >= max_a3);
  assign eb3 = none3 | (cj3 + 4'd1 >= max_b3);
  assign last3 = done3 | (ea3 & eb3);
  assign max_a4_next = a0_l4_cnt;
  assign b4_max0_0 = (b1_l4_cnt > b0_l4_cnt) ? b1_l4_cnt : b0_l4_cnt;
  assign b4_max0_1 = (b3_l4_cnt > b2_l4_cnt) ? b3_l4_cnt : b2_l4_cnt;
  assign b4_max0_2 = (b5_l4_cnt > b4_l4_cnt) ? b5_l4_cnt : b4_l4_cnt;
  assign b4_max0_3 = (b7_l4_cnt > b6_l4_cnt) ? b7_l4_cnt : b6_l4_cnt;
  assign b4_max0_4 = (b9_l4_cnt > b8_l4_cnt) ? b9_l4_cnt : b8_l4_cnt;
  assign b4_max0_5 = (b11_l4_cnt > b10_l4_cnt) ? b11_l4_cnt : b10_l4_cnt;
  assign b4_max0_6 = (b13_l4_cnt > b12_l4_cnt) ? b13_l4_cnt : b12_l4_cnt;
  assign b4_max0_7 = (b15_l4_cnt > b14_l4_cnt) ? b15_l4_cnt : b14_l4_cnt;
  assign b4_max1_0 = (b4_max0_1 > b4_max0_0) ? b4_max0_1 : b4_max0_0;
  assign b4_max1_1 = (b4_max0_3 > b4_max0_2) ? b4_max0_3 : b4_max0_2;
  assign b4_max1_2 = (b4_max0_5 > b4_max0_4) ? b4_max0_5 : b4_max0_4;
  assign b4_max1_3 = (b4_max0_7 > b4_max0_6) ? b4_max0_7 : b4_max0_6;
  assign b4_max2_0 = (b4_max1_1 > b4_max1_0) ? b4_max1_1 : b4_max1_0;
  assign b4_max2_1 = (b4_max1_3 > b4_max1_2) ? b4_max1_3 : b4_max1_2;
  assign b4_max3_0 = (b4_max2_1 > b4_max2_0) ? b4_max2_1 : b4_max2_0;
  assign max_b4_next = b4_max3_0;
  assign none4 = (max_a4 == 4'd0) | (max_b4 == 4'd0);
  assign ea4 = none4 | (ci4 + 4'd1 >= max_a4);
  assign eb4 = none4 | (cj4 + 4'd1 >= max_b4);
  assign last4 = done4 | (ea4 & eb4);
  assign max_a5_next = a0_l5_cnt;
  assign b5_max0_0 = (b1_l5_cnt > b0_l5_cnt) ? b1_l5_cnt : b0_l5_cnt;
  assign b5_max0_1 = (b3_l5_cnt > b2_l5_cnt) ? b3_l5_cnt : b2_l5_cnt;
  assign b5_max0_2 = (b5_l5_cnt > b4_l5_cnt) ? b5_l5_cnt : b4_l5_cnt;
  assign b5_max0_3 = (b7_l5_cnt > b6_l5_cnt) ? b7_l5_cnt : b6_l5_cnt;
  assign b5_max0_4 = (b9_l5_cnt > b8_l5_cnt) ? b9_l5_cnt : b8_l5_cnt;
  assign b5_max0_5 = (b11_l5_cnt > b10_l5_cnt) ? b11_l5_cnt : b10_l5_cnt;
  assign b5_max0_6 = (b13_l5_cnt > b12_l5_cnt) ? b13_l5_cnt : b12_l5_cnt;
  assign b5_max0_7 = (b15_l5_cnt > b14_l5_cnt) ? b15_l5_cnt : b14_l5_cnt;
  assign b5_max1_0 = (b5_max0_1 > b5_max0_0) ? b5_max0_1 : b5_max0_0;
  assign b5_max1_1 = (b5_max0_3 > b5_max0_2) ? b5_max0_3 : b5_max0_2;
  assign b5_max1_2 = (b5_max0_5 > b5_max0_4) ? b5_max0_5 : b5_max0_4;
  assign b5_max1_3 = (b5_max0_7 > b5_max0_6) ? b5_max0_7 : b5_max0_6;
  assign b5_max2_0 = (b5_max1_1 > b5_max1_0) ? b5_max1_1 : b5_max1_0;
  assign b5_max2_1 = (b5_max1_3 > b5_max1_2) ? b5_max1_3 : b5_max1_2;
  assign b5_max3_0 = (b5_max2_1 > b5_max2_0) ? b5_max2_1 : b5_max2_0;
  assign max_b5_next = b5_max3_0;
  assign none5 = (max_a5 == 4'd0) | (max_b5 == 4'd0);
  assign ea5 = none5 | (ci5 + 4'd1 >= max_a5);
  assign eb5 = none5 | (cj5 + 4'd1 >= max_b5);
  assign last5 = done5 | (ea5 & eb5);
  assign max_a6_next = a0_l6_cnt;
  assign b6_max0_0 = (b1_l6_cnt > b0_l6_cnt) ? b1_l6_cnt : b0_l6_cnt;
  assign b6_max0_1 = (b3_l6_cnt > b2_l6_cnt) ? b3_l6_cnt : b2_l6_cnt;
  assign b6_max0_2 = (b5_l6_cnt > b4_l6_cnt) ? b5_l6_cnt : b4_l6_cnt;
  assign b6_max0_3 = (b7_l6_cnt > b6_l6_cnt) ? b7_l6_cnt : b6_l6_cnt;
  assign b6_max0_4 = (b9_l6_cnt > b8_l6_cnt) ? b9_l6_cnt : b8_l6_cnt;
  assign b6_max0_5 = (b11_l6_cnt > b10_l6_cnt) ? b11_l6_cnt : b10_l6_cnt;
  assign b6_max0_6 = (b13_l6_cnt > b12_l6_cnt) ? b13_l6_cnt : b12_l6_cnt;
  assign b6_max0_7 = (b15_l6_cnt > b14_l6_cnt) ? b15_l6_cnt : b14_l6_cnt;
  assign b6_max1_0 = (b6_max0_1 > b6_max0_0) ? b6_max0_1 : b6_max0_0;
  assign b6_max1_1 = (b6_max0_3 > b6_max0_2) ? b6_max0_3 : b6_max0_2;
  assign b6_max1_2 = (b6_max0_5 > b6_max0_4) ? b6_max0_5 : b6_max0_4;
  assign b6_max1_3 = (b6_max0_7 > b6_max0_6) ? b6_max0_7 : b6_max0_6;
  assign b6_max2_0 = (b6_max1_1 > b6_max1_0) ? b6_max1_1 : b6_max1_0;
  assign b6_max2_1 = (b6_max1_3 > b6_max1_2) ? b6_max1_3 : b6_max1_2;
  assign b6_max3_0 = (b6_max2_1 > b6_max2_0) ? b6_max2_1 : b6_max2_0;
  assign max_b6_next = b6_max3_0;
  assign none6 = (max_a6 == 4'd0) | (max_b6 == 4'd0);
  assign ea6 = none6 | (ci6 + 4'd1 >= max_a6);
  assign eb6 = none6 | (cj6 + 4'd1 >= max_b6);
  assign last6 = done6 | (ea6 & eb6);
  assign max_a7_next = a0_l7_cnt;
  assign b7_max0_0 = (b1_l7_cnt > b0_l7_cnt) ? b1_l7_cnt : b0_l7_cnt;
  assign b7_max0_1 = (b3_l7_cnt > b2_l7_cnt) ? b3_l7_cnt : b2_l7_cnt;
  assign b7_max0_2 = (b5_l7_cnt > b4_l7_cnt) ? b5_l7_cnt : b4_l7_cnt;
  assign b7_max0_3 = (b7_l7_cnt > b6_l7_cnt) ? b7_l7_cnt : b6_l7_cnt;
  assign b7_max0_4 = (b9_l7_cnt > b8_l7_cnt) ? b9_l7_cnt : b8_l7_cnt;
  assign b7_max0_5 = (b11_l7_cnt > b10_l7_cnt) ? b11_l7_cnt : b10_l7_cnt;
  assign b7_max0_6 = (b13_l7_cnt > b12_l7_cnt) ? b13_l7_cnt : b12_l7_cnt;
  assign b7_max0_7 = (b15_l7_cnt > b14_l7_cnt) ? b15_l7_cnt : b14_l7_cnt;
  assign b7_max1_0 = (b7_max0_1 > b7_max0_0) ? b7_max0_1 : b7_max0_0;
  assign b7_max1_1 = (b7_max0_3 > b7_max0_2) ? b7_max0_3 : b7_max0_2;
  assign b7_max1_2 = (b7_max0_5 > b7_max0_4) ? b7_max0_5 : b7_max0_4;
  assign b7_max1_3 = (b7_max0_7 > b7_max0_6) ? b7_max0_7 : b7_max0_6;
  assign b7_max2_0 = (b7_max1_1 > b7_max1_0) ? b7_max1_1 : b7_max1_0;
  assign b7_max2_1 = (b7_max1_3 > b7_max1_2) ? b7_max1_3 : b7_max1_2;
  assign b7_max3_0 = (b7_max2_1 > b7_max2_0) ? b7_max2_1 : b7_max2_0;
  assign max_b7_next = b7_max3_0;
  assign none7 = (max_a7 == 4'd0) | (max_b7 == 4'd0);
  assign ea7 = none7 | (ci7 + 4'd1 >= max_a7);
  assign eb7 = none7 | (cj7 + 4'd1 >= max_b7);
  assign last7 = done7 | (ea7 & eb7);
  assign max_a8_next = a0_l8_cnt;
  assign b8_max0_0 = (b1_l8_cnt > b0_l8_cnt) ? b1_l8_cnt : b0_l8_cnt;
  assign b8_max0_1 = (b3_l8_cnt > b2_l8_cnt) ? b3_l8_cnt : b2_l8_cnt;
  assign b8_max0_2 = (b5_l8_cnt > b4_l8_cnt) ? b5_l8_cnt : b4_l8_cnt;
  assign b8_max0_3 = (b7_l8_cnt > b6_l8_cnt) ? b7_l8_cnt : b6_l8_cnt;
  assign b8_max0_4 = (b9_l8_cnt > b8_l8_cnt) ? b9_l8_cnt : b8_l8_cnt;
  assign b8_max0_5 = (b11_l8_cnt > b10_l8_cnt) ? b11_l8_cnt : b10_l8_cnt;
  assign b8_max0_6 = (b13_l8_cnt > b12_l8_cnt) ? b13_l8_cnt : b12_l8_cnt;
  assign b8_max0_7 = (b15_l8_cnt > b14_l8_cnt) ? b15_l8_cnt : b14_l8_cnt;
  assign b8_max1_0 = (b8_max0_1 > b8_max0_0) ? b8_max0_1 : b8_max0_0;
  assign b8_max1_1 = (b8_max0_3 > b8_max0_2) ? b8_max0_3 : b8_max0_2;
  assign b8_max1_2 = (b8_max0_5 > b8_max0_4) ? b8_max0_5 : b8_max0_4;
  assign b8_max1_3 = (b8_max0_7 > b8_max0_6) ? b8_max0_7 : b8_max0_6;
  assign b8_max2_0 = (b8_max1_1 > b8_max1_0) ? b8_max1_1 : b8_max1_0;
  assign b8_max2_1 = (b8_max1_3 > b8_max1_2) ? b8_max1_3 : b8_max1_2;
  assign b8_max3_0 = (b8_max2_1 > b8_max2_0) ? b8_max2_1 : b8_max2_0;
  assign max_b8_next = b8_max3_0;
  assign none8 = (max_a8 == 4'd0) | (max_b8 == 4'd0);
  assign ea8 = none8 | (ci8 + 4'd1 >= max_a8);
  assign eb8 = none8 | (cj8 + 4'd1 >= max_b8);
  assign last8 = done8 | (ea8 & eb8);
  assign max_a9_next = a0_l9_cnt;
  assign b9_max0_0 = (b1_l9_cnt > b0_l9_cnt) ? b1_l9_cnt : b0_l9_cnt;
  assign b9_max0_1 = (b3_l9_cnt > b2_l9_cnt) ? b3_l9_cnt : b2_l9_cnt;
  assign b9_max0_2 = (b5_l9_cnt > b4_l9_cnt) ? b5_l9_cnt : b4_l9_cnt;
  assign b9_max0_3 = (b7_l9_cnt > b6_l9_cnt) ? b7_l9_cnt : b6_l9_cnt;
  assign b9_max0_4 = (b9_l9_cnt > b8_l9_cnt) ? b9_l9_cnt : b8_l9_cnt;
  assign b9_max0_5 = (b11_l9_cnt > b10_l9_cnt) ? b11_l9_cnt : b10_l9_cnt;
  assign b9_max0_6 = (b13_l9_cnt > b12_l9_cnt) ? b13_l9_cnt : b12_l9_cnt;
  assign b9_max0_7 = (b15_l9_cnt > b14_l9_cnt) ? b15_l9_cnt : b14_l9_cnt;
  assign b9_max1_0 = (b9_max0_1 > b9_max0_0) ? b9_max0_1 : b9_max0_0;
  assign b9_max1_1 = (b9_max0_3 > b9_max0_2) ? b9_max0_3 : b9_max0_2;
  assign b9_max1_2 = (b9_max0_5 > b9_max0_4) ? b9_max0_5 : b9_max0_4;
  assign b9_max1_3 = (b9_max0_7 > b9_max0_6) ? b9_max0_7 : b9_max0_6;
  assign b9_max2_0 = (b9_max1_1 > b9_max1_0) ? b9_max1_1 : b9_max1_0;
  assign b9_max2_1 = (b9_max1_3 > b9_max1_2) ? b9_max1_3 : b9_max1_2;
  assign b9_max3_0 = (b9_max2_1 > b9_max2_0) ? b9_max2_1 : b9_max2_0;
  assign max_b9_next = b9_max3_0;
  assign none9 = (max_a9 == 4'd0) | (max_b9 == 4'd0);
  assign ea9 = none9 | (ci9 + 4'd1 >= max_a9);
  assign eb9 = none9 | (cj9 + 4'd1 >= max_b9);
  assign last9 = done9 | (ea9 & eb9);
  assign max_a10_next = a0_l10_cnt;
  assign b10_max0_0 = (b1_l10_cnt > b0_l10_cnt) ? b1_l10_cnt : b0_l10_cnt;
  assign b10_max0_1 = (b3_l10_cnt > b2_l10_cnt) ? b3_l10_cnt : b2_l10_cnt;
  assign b10_max0_2 = (b5_l10_cnt > b4_l10_cnt) ? b5_l10_cnt : b4_l10_cnt;
  assign b10_max0_3 = (b7_l10_cnt > b6_l10_cnt) ? b7_l10_cnt : b6_l10_cnt;
  assign b10_max0_4 = (b9_l10_cnt > b8_l10_cnt) ? b9_l10_cnt : b8_l10_cnt;
  assign b10_max0_5 = (b11_l10_cnt > b10_l10_cnt) ? b11_l10_cnt : b10_l10_cnt;
  assign b10_max0_6 = (b13_l10_cnt > b12_l10_cnt) ? b13_l10_cnt : b12_l10_cnt;
  assign b10_max0_7 = (b15_l10_cnt > b14_l10_cnt) ? b15_l10_cnt : b14_l10_cnt;
  assign b10_max1_0 = (b10_max0_1 > b10_max0_0) ? b10_max0_1 : b10_max0_0;
  assign b10_max1_1 = (b10_max0_3 > b10_max0_2) ? b10_max0_3 : b10_max0_2;
  assign b10_max1_2 = (b10_max0_5 > b10_max0_4) ? b10_max0_5 : b10_max0_4;
  assign b10_max1_3 = (b10_max0_7 > b10_max0_6) ? b10_max0_7 : b10_max0_6;
  assign b10_max2_0 = (b10_max1_1 > b10_max1_0) ? b10_max1_1 : b10_max1_0;
  assign b10_max2_1 = (b10_max1_3 > b10_max1_2) ? b10_max1_3 : b10_max1_2;
  assign b10_max3_0 = (b10_max2_1 > b10_max2_0) ? b10_max2_1 : b10_max2_0;
  assign max_b10_next = b10_max3_0;
  assign none10 = (max_a10 == 4'd0) | (max_b10 == 4'd0);
  assign ea10 = none10 | (ci10 + 4'd1 >= max_a10);
  assign eb10 = none10 | (cj10 + 4'd1 >= max_b10);
  assign last10 = done10 | (ea10 & eb10);
  assign max_a11_next = a0_l11_cnt;
  assign b11_max0_0 = (b1_l11_cnt > b0_l11_cnt) ? b1_l11_cnt : b0_l11_cnt;
  assign b11_max0_1 = (b3_l11_cnt > b2_l11_cnt) ? b3_l11_cnt : b2_l11_cnt;
  assign b11_max0_2 = (b5_l11_cnt > b4_l11_cnt) ? b5_l11_cnt : b4_l11_cnt;
  assign b11_max0_3 = (b7_l11_cnt > b6_l11_cnt) ? b7_l11_cnt : b6_l11_cnt;
  assign b11_max0_4 = (b9_l11_cnt > b8_l11_cnt) ? b9_l11_cnt : b8_l11_cnt;
  assign b11_max0_5 = (b11_l11_cnt > b10_l11_cnt) ? b11_l11_cnt : b10_l11_cnt;
  assign b11_max0_6 = (b13_l11_cnt > b12_l11_cnt) ? b13_l11_cnt : b12_l11_cnt;
  assign b11_max0_7 = (b15_l11_cnt > b14_l11_cnt) ? b15_l11_cnt : b14_l11_cnt;
  assign b11_max1_0 = (b11_max0_1 > b11_max0_0) ? b11_max0_1 : b11_max0_0;
  assign b11_max1_1 = (b11_max0_3 > b11_max0_2) ? b11_max0_3 : b11_max0_2;
  assign b11_max1_2 = (b11_max0_5 > b11_max0_4) ? b11_max0_5 : b11_max0_4;
  assign b11_max1_3 = (b11_max0_7 > b11_max0_6) ? b11_max0_7 : b11_max0_6;
  assign b11_max2_0 = (b11_max1_1 > b11_max1_0) ? b11_max1_1 : b11_max1_0;
  assign b11_max2_1 = (b11_max1_3 > b11_max1_2) ? b11_max1_3 : b11_max1_2;
  assign b11_max3_0 = (b11_max2_1 > b11_max2_0) ? b11_max2_1 : b11_max2_0;
  assign max_b11_next = b11_max3_0;
  assign none11 = (max_a11 == 4'd0) | (max_b11 == 4'd0);
  assign ea11 = none11 | (ci11 + 4'd1 >= max_a11);
  assign eb11 = none11 | (cj11 + 4'd1 >= max_b11);
  assign last11 = done11 | (ea11 & eb11);
  assign max_a12_next = a0_l12_cnt;
  assign b12_max0_0 = (b1_l12_cnt > b0_l12_cnt) ? b1_l12_cnt : b0_l12_cnt;
  assign b12_max0_1 = (b3_l12_cnt > b2_l12_cnt) ? b3_l12_cnt : b2_l12_cnt;
  assign b12_max0_2 = (b5_l12_cnt > b4_l12_cnt) ? b5_l12_cnt : b4_l12_cnt;
  assign b12_max0_3 = (b7_l12_cnt > b6_l12_cnt) ? b7_l12_cnt : b6_l12_cnt;
  assign b12_max0_4 = (b9_l12_cnt > b8_l12_cnt) ? b9_l12_cnt : b8_l12_cnt;
  assign b12_max0_5 = (b11_l12_cnt > b10_l12_cnt) ? b11_l12_cnt : b10_l12_cnt;
  assign b12_max0_6 = (b13_l12_cnt > b12_l12_cnt) ? b13_l12_cnt : b12_l12_cnt;
  assign b12_max0_7 = (b15_l12_cnt > b14_l12_cnt) ? b15_l12_cnt : b14_l12_cnt;
  assign b12_max1_0 = (b12_max0_1 > b12_max0_0) ? b12_max0_1 : b12_max0_0;
  assign b12_max1_1 = (b12_max0_3 > b12_max0_2) ? b12_max0_3 : b12_max0_2;
  assign b12_max1_2 = (b12_max0_5 > b12_max0_4) ? b12_max0_5 : b12_max0_4;
  assign b12_max1_3 = (b12_max0_7 > b12_max0_6) ? b12_max0_7 : b12_max0_6;
  assign b12_max2_0 = (b12_max1_1 > b12_max1_0) ? b12_max1_1 : b12_max1_0;
  assign b12_max2_1 = (b12_max1_3 > b12_max1_2) ? b12_max1_3 : b12_max1_2;
  assign b12_max3_0 = (b12_max2_1 > b12_max2_0) ? b12_max2_1 : b12_max2_0;
  assign max_b12_next = b12_max3_0;
  assign none12 = (max_a12 == 4'd0) | (max_b12 == 4'd0);
  assign ea12 = none12 | (ci12 + 4'd1 >= max_a12);
  assign eb12 = none12 | (cj12 + 4'd1 >= max_b12);
  assign last12 = done12 | (ea12 & eb12);
  assign max_a13_next = a0_l13_cnt;
  assign b13_max0_0 = (b1_l13_cnt > b0_l13_cnt) ? b1_l13_cnt : b0_l13_cnt;
  assign b13_max0_1 = (b3_l13_cnt > b2_l13_cnt) ? b3_l13_cnt : b2_l13_cnt;
  assign b13_max0_2 = (b5_l13_cnt > b4_l13_cnt) ? b5_l13_cnt : b4_l13_cnt;
  assign b13_max0_3 = (b7_l13_cnt > b6_l13_cnt) ? b7_l13_cnt : b6_l13_cnt;
  assign b13_max0_4 = (b9_l13_cnt > b8_l13_cnt) ? b9_l13_cnt : b8_l13_cnt;
  assign b13_max0_5 = (b11_l13_cnt > b10_l13_cnt) ? b11_l13_cnt : b10_l13_cnt;
  assign b13_max0_6 = (b13_l13_cnt > b12_l13_cnt) ? b13_l13_cnt : b12_l13_cnt;
  assign b13_max0_7 = (b15_l13_cnt > b14_l13_cnt) ? b15_l13_cnt : b14_l13_cnt;
  assign b13_max1_0 = (b13_max0_1 > b13_max0_0) ? b13_max0_1 : b13_max0_0;
  assign b13_max1_1 = (b13_max0_3 > b13_max0_2) ? b13_max0_3 : b13_max0_2;
  assign b13_max1_2 = (b13_max0_5 > b13_max0_4) ? b13_max0_5 : b13_max0_4;
  assign b13_max1_3 = (b13_max0_7 > b13_max0_6) ? b13_max0_7 : b13_max0_6;
  assign b13_max2_0 = (b13_max1_1 > b13_max1_0) ? b13_max1_1 : b13_max1_0;
  assign b13_max2_1 = (b13_max1_3 > b13_max1_2) ? b13_max1_3 : b13_max1_2;
  assign b13_max3_0 = (b13_max2_1 > b13_max2_0) ? b13_max2_1 : b13_max2_0;
  assign max_b13_next = b13_max3_0;
  assign none13 = (max_a13 == 4'd0) | (max_b13 == 4'd0);
  assign ea13 = none13 | (ci13 + 4'd1 >= max_a13);
  assign eb13 = none13 | (cj13 + 4'd1 >= max_b13);
  assign last13 = done13 | (ea13 & eb13);
  assign max_a14_next = a0_l14_cnt;
  assign b14_max0_0 = (b1_l14_cnt > b0_l14_cnt) ? b1_l14_cnt : b0_l14_cnt;
  assign b14_max0_1 = (b3_l14_cnt > b2_l14_cnt) ? b3_l14_cnt : b2_l14_cnt;
  assign b14_max0_2 = (b5_l14_cnt > b4_l14_cnt) ? b5_l14_cnt : b4_l14_cnt;
  assign b14_max0_3 = (b7_l14_cnt > b6_l14_cnt) ? b7_l14_cnt : b6_l14_cnt;
  assign b14_max0_4 = (b9_l14_cnt > b8_l14_cnt) ? b9_l14_cnt : b8_l14_cnt;
  assign b14_max0_5 = (b11_l14_cnt > b10_l14_cnt) ? b11_l14_cnt : b10_l14_cnt;
  assign b14_max0_6 = (b13_l14_cnt > b12_l14_cnt) ? b13_l14_cnt : b12_l14_cnt;
  assign b14_max0_7 = (b15_l14_cnt > b14_l14_cnt) ? b15_l14_cnt : b14_l14_cnt;
  assign b14_max1_0 = (b14_max0_1 > b14_max0_0) ? b14_max0_1 : b14_max0_0;
  assign b14_max1_1 = (b14_max0_3 > b14_max0_2) ? b14_max0_3 : b14_max0_2;
  assign b14_max1_2 = (b14_max0_5 > b14_max0_4) ? b14_max0_5 : b14_max0_4;
  assign b14_max1_3 = (b14_max0_7 > b14_max0_6) ? b14_max0_7 : b14_max0_6;
  assign b14_max2_0 = (b14_max1_1 > b14_max1_0) ? b14_max1_1 : b14_max1_0;
  assign b14_max2_1 = (b14_max1_3 > b14_max1_2) ? b14_max1_3 : b14_max1_2;
  assign b14_max3_0 = (b14_max2_1 > b14_max2_0) ? b14_max2_1 : b14_max2_0;
  assign max_b14_next = b14_max3_0;
  assign none14 = (max_a14 == 4'd0) | (max_b14 == 4'd0);
  assign ea14 = none14 | (ci14 + 4'd1 >= max_a14);
  assign eb14 = none14 | (cj14 + 4'd1 >= max_b14);
  assign last14 = done14 | (ea14 & eb14);
  assign max_a15_next = a0_l15_cnt;
  assign b15_max0_0 = (b1_l15_cnt > b0_l15_cnt) ? b1_l15_cnt : b0_l15_cnt;
  assign b15_max0_1 = (b3_l15_cnt > b2_l15_cnt) ? b3_l15_cnt : b2_l15_cnt;
  assign b15_max0_2 = (b5_l15_cnt > b4_l15_cnt) ? b5_l15_cnt : b4_l15_cnt;
  assign b15_max0_3 = (b7_l15_cnt > b6_l15_cnt) ? b7_l15_cnt : b6_l15_cnt;
  assign b15_max0_4 = (b9_l15_cnt > b8_l15_cnt) ? b9_l15_cnt : b8_l15_cnt;
  assign b15_max0_5 = (b11_l15_cnt > b10_l15_cnt) ? b11_l15_cnt : b10_l15_cnt;
  assign b15_max0_6 = (b13_l15_cnt > b12_l15_cnt) ? b13_l15_cnt : b12_l15_cnt;
  assign b15_max0_7 = (b15_l15_cnt > b14_l15_cnt) ? b15_l15_cnt : b14_l15_cnt;
  assign b15_max1_0 = (b15_max0_1 > b15_max0_0) ? b15_max0_1 : b15_max0_0;
  assign b15_max1_1 = (b15_max0_3 > b15_max0_2) ? b15_max0_3 : b15_max0_2;
  assign b15_max1_2 = (b15_max0_5 > b15_max0_4) ? b15_max0_5 : b15_max0_4;
  assign b15_max1_3 = (b15_max0_7 > b15_max0_6) ? b15_max0_7 : b15_max0_6;
  assign b15_max2_0 = (b15_max1_1 > b15_max1_0) ? b15_max1_1 : b15_max1_0;
  assign b15_max2_1 = (b15_max1_3 > b15_max1_2) ? b15_max1_3 : b15_max1_2;
  assign b15_max3_0 = (b15_max2_1 > b15_max2_0) ? b15_max2_1 : b15_max2_0;
  assign max_b15_next = b15_max3_0;
  assign none15 = (max_a15 == 4'd0) | (max_b15 == 4'd0);
  assign ea15 = none15 | (ci15 + 4'd1 >= max_a15);
  assign eb15 = none15 | (cj15 + 4'd1 >= max_b15);
  assign last15 = done15 | (ea15 & eb15);
  assign k_end = last0 & last1 & last2 & last3 & last4 & last5 & last6 & last7 & last8 & last9 & last10 & last11 & last12 & last13 & last14 & last15;
  assign act = {~done15, ~done14, ~done13, ~done12, ~done11, ~done10, ~done9, ~done8, ~done7, ~done6, ~done5, ~done4, ~done3, ~done2, ~done1, ~done0};
  assign out_vld = {16{dl_dl_dl_dl_dl_f_last_q4}};
  assign out_data = {o15_0, o14_0, o13_0, o12_0, o11_0, o10_0, o9_0, o8_0, o7_0, o6_0, o5_0, o4_0, o3_0, o2_0, o1_0, o0_0};
  laconic_c16_enc_booth4_s8 a0_l0_u_enc (
    .a(a_in[7:0]),
    .dig(a0_l0_digits),
    .nz(a0_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l1_u_enc (
    .a(a_in[15:8]),
    .dig(a0_l1_digits),
    .nz(a0_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l2_u_enc (
    .a(a_in[23:16]),
    .dig(a0_l2_digits),
    .nz(a0_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l3_u_enc (
    .a(a_in[31:24]),
    .dig(a0_l3_digits),
    .nz(a0_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l4_u_enc (
    .a(a_in[39:32]),
    .dig(a0_l4_digits),
    .nz(a0_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l5_u_enc (
    .a(a_in[47:40]),
    .dig(a0_l5_digits),
    .nz(a0_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l6_u_enc (
    .a(a_in[55:48]),
    .dig(a0_l6_digits),
    .nz(a0_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l7_u_enc (
    .a(a_in[63:56]),
    .dig(a0_l7_digits),
    .nz(a0_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l8_u_enc (
    .a(a_in[71:64]),
    .dig(a0_l8_digits),
    .nz(a0_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l9_u_enc (
    .a(a_in[79:72]),
    .dig(a0_l9_digits),
    .nz(a0_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l10_u_enc (
    .a(a_in[87:80]),
    .dig(a0_l10_digits),
    .nz(a0_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l11_u_enc (
    .a(a_in[95:88]),
    .dig(a0_l11_digits),
    .nz(a0_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l12_u_enc (
    .a(a_in[103:96]),
    .dig(a0_l12_digits),
    .nz(a0_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l13_u_enc (
    .a(a_in[111:104]),
    .dig(a0_l13_digits),
    .nz(a0_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l14_u_enc (
    .a(a_in[119:112]),
    .dig(a0_l14_digits),
    .nz(a0_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 a0_l15_u_enc (
    .a(a_in[127:120]),
    .dig(a0_l15_digits),
    .nz(a0_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l0_u_enc (
    .a(b_in[7:0]),
    .dig(b0_l0_digits),
    .nz(b0_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l1_u_enc (
    .a(b_in[15:8]),
    .dig(b0_l1_digits),
    .nz(b0_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l2_u_enc (
    .a(b_in[23:16]),
    .dig(b0_l2_digits),
    .nz(b0_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l3_u_enc (
    .a(b_in[31:24]),
    .dig(b0_l3_digits),
    .nz(b0_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l4_u_enc (
    .a(b_in[39:32]),
    .dig(b0_l4_digits),
    .nz(b0_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l5_u_enc (
    .a(b_in[47:40]),
    .dig(b0_l5_digits),
    .nz(b0_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l6_u_enc (
    .a(b_in[55:48]),
    .dig(b0_l6_digits),
    .nz(b0_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l7_u_enc (
    .a(b_in[63:56]),
    .dig(b0_l7_digits),
    .nz(b0_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l8_u_enc (
    .a(b_in[71:64]),
    .dig(b0_l8_digits),
    .nz(b0_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l9_u_enc (
    .a(b_in[79:72]),
    .dig(b0_l9_digits),
    .nz(b0_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l10_u_enc (
    .a(b_in[87:80]),
    .dig(b0_l10_digits),
    .nz(b0_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l11_u_enc (
    .a(b_in[95:88]),
    .dig(b0_l11_digits),
    .nz(b0_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l12_u_enc (
    .a(b_in[103:96]),
    .dig(b0_l12_digits),
    .nz(b0_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l13_u_enc (
    .a(b_in[111:104]),
    .dig(b0_l13_digits),
    .nz(b0_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l14_u_enc (
    .a(b_in[119:112]),
    .dig(b0_l14_digits),
    .nz(b0_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b0_l15_u_enc (
    .a(b_in[127:120]),
    .dig(b0_l15_digits),
    .nz(b0_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l0_u_enc (
    .a(b_in[135:128]),
    .dig(b1_l0_digits),
    .nz(b1_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l1_u_enc (
    .a(b_in[143:136]),
    .dig(b1_l1_digits),
    .nz(b1_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l2_u_enc (
    .a(b_in[151:144]),
    .dig(b1_l2_digits),
    .nz(b1_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l3_u_enc (
    .a(b_in[159:152]),
    .dig(b1_l3_digits),
    .nz(b1_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l4_u_enc (
    .a(b_in[167:160]),
    .dig(b1_l4_digits),
    .nz(b1_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l5_u_enc (
    .a(b_in[175:168]),
    .dig(b1_l5_digits),
    .nz(b1_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l6_u_enc (
    .a(b_in[183:176]),
    .dig(b1_l6_digits),
    .nz(b1_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l7_u_enc (
    .a(b_in[191:184]),
    .dig(b1_l7_digits),
    .nz(b1_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l8_u_enc (
    .a(b_in[199:192]),
    .dig(b1_l8_digits),
    .nz(b1_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l9_u_enc (
    .a(b_in[207:200]),
    .dig(b1_l9_digits),
    .nz(b1_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l10_u_enc (
    .a(b_in[215:208]),
    .dig(b1_l10_digits),
    .nz(b1_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l11_u_enc (
    .a(b_in[223:216]),
    .dig(b1_l11_digits),
    .nz(b1_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l12_u_enc (
    .a(b_in[231:224]),
    .dig(b1_l12_digits),
    .nz(b1_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l13_u_enc (
    .a(b_in[239:232]),
    .dig(b1_l13_digits),
    .nz(b1_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l14_u_enc (
    .a(b_in[247:240]),
    .dig(b1_l14_digits),
    .nz(b1_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b1_l15_u_enc (
    .a(b_in[255:248]),
    .dig(b1_l15_digits),
    .nz(b1_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l0_u_enc (
    .a(b_in[263:256]),
    .dig(b2_l0_digits),
    .nz(b2_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l1_u_enc (
    .a(b_in[271:264]),
    .dig(b2_l1_digits),
    .nz(b2_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l2_u_enc (
    .a(b_in[279:272]),
    .dig(b2_l2_digits),
    .nz(b2_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l3_u_enc (
    .a(b_in[287:280]),
    .dig(b2_l3_digits),
    .nz(b2_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l4_u_enc (
    .a(b_in[295:288]),
    .dig(b2_l4_digits),
    .nz(b2_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l5_u_enc (
    .a(b_in[303:296]),
    .dig(b2_l5_digits),
    .nz(b2_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l6_u_enc (
    .a(b_in[311:304]),
    .dig(b2_l6_digits),
    .nz(b2_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l7_u_enc (
    .a(b_in[319:312]),
    .dig(b2_l7_digits),
    .nz(b2_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l8_u_enc (
    .a(b_in[327:320]),
    .dig(b2_l8_digits),
    .nz(b2_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l9_u_enc (
    .a(b_in[335:328]),
    .dig(b2_l9_digits),
    .nz(b2_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l10_u_enc (
    .a(b_in[343:336]),
    .dig(b2_l10_digits),
    .nz(b2_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l11_u_enc (
    .a(b_in[351:344]),
    .dig(b2_l11_digits),
    .nz(b2_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l12_u_enc (
    .a(b_in[359:352]),
    .dig(b2_l12_digits),
    .nz(b2_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l13_u_enc (
    .a(b_in[367:360]),
    .dig(b2_l13_digits),
    .nz(b2_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l14_u_enc (
    .a(b_in[375:368]),
    .dig(b2_l14_digits),
    .nz(b2_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b2_l15_u_enc (
    .a(b_in[383:376]),
    .dig(b2_l15_digits),
    .nz(b2_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l0_u_enc (
    .a(b_in[391:384]),
    .dig(b3_l0_digits),
    .nz(b3_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l1_u_enc (
    .a(b_in[399:392]),
    .dig(b3_l1_digits),
    .nz(b3_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l2_u_enc (
    .a(b_in[407:400]),
    .dig(b3_l2_digits),
    .nz(b3_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l3_u_enc (
    .a(b_in[415:408]),
    .dig(b3_l3_digits),
    .nz(b3_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l4_u_enc (
    .a(b_in[423:416]),
    .dig(b3_l4_digits),
    .nz(b3_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l5_u_enc (
    .a(b_in[431:424]),
    .dig(b3_l5_digits),
    .nz(b3_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l6_u_enc (
    .a(b_in[439:432]),
    .dig(b3_l6_digits),
    .nz(b3_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l7_u_enc (
    .a(b_in[447:440]),
    .dig(b3_l7_digits),
    .nz(b3_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l8_u_enc (
    .a(b_in[455:448]),
    .dig(b3_l8_digits),
    .nz(b3_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l9_u_enc (
    .a(b_in[463:456]),
    .dig(b3_l9_digits),
    .nz(b3_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l10_u_enc (
    .a(b_in[471:464]),
    .dig(b3_l10_digits),
    .nz(b3_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l11_u_enc (
    .a(b_in[479:472]),
    .dig(b3_l11_digits),
    .nz(b3_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l12_u_enc (
    .a(b_in[487:480]),
    .dig(b3_l12_digits),
    .nz(b3_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l13_u_enc (
    .a(b_in[495:488]),
    .dig(b3_l13_digits),
    .nz(b3_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l14_u_enc (
    .a(b_in[503:496]),
    .dig(b3_l14_digits),
    .nz(b3_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b3_l15_u_enc (
    .a(b_in[511:504]),
    .dig(b3_l15_digits),
    .nz(b3_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l0_u_enc (
    .a(b_in[519:512]),
    .dig(b4_l0_digits),
    .nz(b4_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l1_u_enc (
    .a(b_in[527:520]),
    .dig(b4_l1_digits),
    .nz(b4_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l2_u_enc (
    .a(b_in[535:528]),
    .dig(b4_l2_digits),
    .nz(b4_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l3_u_enc (
    .a(b_in[543:536]),
    .dig(b4_l3_digits),
    .nz(b4_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l4_u_enc (
    .a(b_in[551:544]),
    .dig(b4_l4_digits),
    .nz(b4_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l5_u_enc (
    .a(b_in[559:552]),
    .dig(b4_l5_digits),
    .nz(b4_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l6_u_enc (
    .a(b_in[567:560]),
    .dig(b4_l6_digits),
    .nz(b4_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l7_u_enc (
    .a(b_in[575:568]),
    .dig(b4_l7_digits),
    .nz(b4_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l8_u_enc (
    .a(b_in[583:576]),
    .dig(b4_l8_digits),
    .nz(b4_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l9_u_enc (
    .a(b_in[591:584]),
    .dig(b4_l9_digits),
    .nz(b4_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l10_u_enc (
    .a(b_in[599:592]),
    .dig(b4_l10_digits),
    .nz(b4_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l11_u_enc (
    .a(b_in[607:600]),
    .dig(b4_l11_digits),
    .nz(b4_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l12_u_enc (
    .a(b_in[615:608]),
    .dig(b4_l12_digits),
    .nz(b4_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l13_u_enc (
    .a(b_in[623:616]),
    .dig(b4_l13_digits),
    .nz(b4_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l14_u_enc (
    .a(b_in[631:624]),
    .dig(b4_l14_digits),
    .nz(b4_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b4_l15_u_enc (
    .a(b_in[639:632]),
    .dig(b4_l15_digits),
    .nz(b4_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l0_u_enc (
    .a(b_in[647:640]),
    .dig(b5_l0_digits),
    .nz(b5_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l1_u_enc (
    .a(b_in[655:648]),
    .dig(b5_l1_digits),
    .nz(b5_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l2_u_enc (
    .a(b_in[663:656]),
    .dig(b5_l2_digits),
    .nz(b5_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l3_u_enc (
    .a(b_in[671:664]),
    .dig(b5_l3_digits),
    .nz(b5_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l4_u_enc (
    .a(b_in[679:672]),
    .dig(b5_l4_digits),
    .nz(b5_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l5_u_enc (
    .a(b_in[687:680]),
    .dig(b5_l5_digits),
    .nz(b5_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l6_u_enc (
    .a(b_in[695:688]),
    .dig(b5_l6_digits),
    .nz(b5_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l7_u_enc (
    .a(b_in[703:696]),
    .dig(b5_l7_digits),
    .nz(b5_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l8_u_enc (
    .a(b_in[711:704]),
    .dig(b5_l8_digits),
    .nz(b5_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l9_u_enc (
    .a(b_in[719:712]),
    .dig(b5_l9_digits),
    .nz(b5_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l10_u_enc (
    .a(b_in[727:720]),
    .dig(b5_l10_digits),
    .nz(b5_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l11_u_enc (
    .a(b_in[735:728]),
    .dig(b5_l11_digits),
    .nz(b5_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l12_u_enc (
    .a(b_in[743:736]),
    .dig(b5_l12_digits),
    .nz(b5_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l13_u_enc (
    .a(b_in[751:744]),
    .dig(b5_l13_digits),
    .nz(b5_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l14_u_enc (
    .a(b_in[759:752]),
    .dig(b5_l14_digits),
    .nz(b5_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b5_l15_u_enc (
    .a(b_in[767:760]),
    .dig(b5_l15_digits),
    .nz(b5_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l0_u_enc (
    .a(b_in[775:768]),
    .dig(b6_l0_digits),
    .nz(b6_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l1_u_enc (
    .a(b_in[783:776]),
    .dig(b6_l1_digits),
    .nz(b6_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l2_u_enc (
    .a(b_in[791:784]),
    .dig(b6_l2_digits),
    .nz(b6_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l3_u_enc (
    .a(b_in[799:792]),
    .dig(b6_l3_digits),
    .nz(b6_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l4_u_enc (
    .a(b_in[807:800]),
    .dig(b6_l4_digits),
    .nz(b6_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l5_u_enc (
    .a(b_in[815:808]),
    .dig(b6_l5_digits),
    .nz(b6_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l6_u_enc (
    .a(b_in[823:816]),
    .dig(b6_l6_digits),
    .nz(b6_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l7_u_enc (
    .a(b_in[831:824]),
    .dig(b6_l7_digits),
    .nz(b6_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l8_u_enc (
    .a(b_in[839:832]),
    .dig(b6_l8_digits),
    .nz(b6_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l9_u_enc (
    .a(b_in[847:840]),
    .dig(b6_l9_digits),
    .nz(b6_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l10_u_enc (
    .a(b_in[855:848]),
    .dig(b6_l10_digits),
    .nz(b6_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l11_u_enc (
    .a(b_in[863:856]),
    .dig(b6_l11_digits),
    .nz(b6_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l12_u_enc (
    .a(b_in[871:864]),
    .dig(b6_l12_digits),
    .nz(b6_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l13_u_enc (
    .a(b_in[879:872]),
    .dig(b6_l13_digits),
    .nz(b6_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l14_u_enc (
    .a(b_in[887:880]),
    .dig(b6_l14_digits),
    .nz(b6_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b6_l15_u_enc (
    .a(b_in[895:888]),
    .dig(b6_l15_digits),
    .nz(b6_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l0_u_enc (
    .a(b_in[903:896]),
    .dig(b7_l0_digits),
    .nz(b7_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l1_u_enc (
    .a(b_in[911:904]),
    .dig(b7_l1_digits),
    .nz(b7_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l2_u_enc (
    .a(b_in[919:912]),
    .dig(b7_l2_digits),
    .nz(b7_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l3_u_enc (
    .a(b_in[927:920]),
    .dig(b7_l3_digits),
    .nz(b7_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l4_u_enc (
    .a(b_in[935:928]),
    .dig(b7_l4_digits),
    .nz(b7_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l5_u_enc (
    .a(b_in[943:936]),
    .dig(b7_l5_digits),
    .nz(b7_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l6_u_enc (
    .a(b_in[951:944]),
    .dig(b7_l6_digits),
    .nz(b7_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l7_u_enc (
    .a(b_in[959:952]),
    .dig(b7_l7_digits),
    .nz(b7_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l8_u_enc (
    .a(b_in[967:960]),
    .dig(b7_l8_digits),
    .nz(b7_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l9_u_enc (
    .a(b_in[975:968]),
    .dig(b7_l9_digits),
    .nz(b7_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l10_u_enc (
    .a(b_in[983:976]),
    .dig(b7_l10_digits),
    .nz(b7_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l11_u_enc (
    .a(b_in[991:984]),
    .dig(b7_l11_digits),
    .nz(b7_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l12_u_enc (
    .a(b_in[999:992]),
    .dig(b7_l12_digits),
    .nz(b7_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l13_u_enc (
    .a(b_in[1007:1000]),
    .dig(b7_l13_digits),
    .nz(b7_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l14_u_enc (
    .a(b_in[1015:1008]),
    .dig(b7_l14_digits),
    .nz(b7_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b7_l15_u_enc (
    .a(b_in[1023:1016]),
    .dig(b7_l15_digits),
    .nz(b7_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l0_u_enc (
    .a(b_in[1031:1024]),
    .dig(b8_l0_digits),
    .nz(b8_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l1_u_enc (
    .a(b_in[1039:1032]),
    .dig(b8_l1_digits),
    .nz(b8_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l2_u_enc (
    .a(b_in[1047:1040]),
    .dig(b8_l2_digits),
    .nz(b8_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l3_u_enc (
    .a(b_in[1055:1048]),
    .dig(b8_l3_digits),
    .nz(b8_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l4_u_enc (
    .a(b_in[1063:1056]),
    .dig(b8_l4_digits),
    .nz(b8_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l5_u_enc (
    .a(b_in[1071:1064]),
    .dig(b8_l5_digits),
    .nz(b8_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l6_u_enc (
    .a(b_in[1079:1072]),
    .dig(b8_l6_digits),
    .nz(b8_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l7_u_enc (
    .a(b_in[1087:1080]),
    .dig(b8_l7_digits),
    .nz(b8_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l8_u_enc (
    .a(b_in[1095:1088]),
    .dig(b8_l8_digits),
    .nz(b8_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l9_u_enc (
    .a(b_in[1103:1096]),
    .dig(b8_l9_digits),
    .nz(b8_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l10_u_enc (
    .a(b_in[1111:1104]),
    .dig(b8_l10_digits),
    .nz(b8_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l11_u_enc (
    .a(b_in[1119:1112]),
    .dig(b8_l11_digits),
    .nz(b8_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l12_u_enc (
    .a(b_in[1127:1120]),
    .dig(b8_l12_digits),
    .nz(b8_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l13_u_enc (
    .a(b_in[1135:1128]),
    .dig(b8_l13_digits),
    .nz(b8_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l14_u_enc (
    .a(b_in[1143:1136]),
    .dig(b8_l14_digits),
    .nz(b8_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b8_l15_u_enc (
    .a(b_in[1151:1144]),
    .dig(b8_l15_digits),
    .nz(b8_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l0_u_enc (
    .a(b_in[1159:1152]),
    .dig(b9_l0_digits),
    .nz(b9_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l1_u_enc (
    .a(b_in[1167:1160]),
    .dig(b9_l1_digits),
    .nz(b9_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l2_u_enc (
    .a(b_in[1175:1168]),
    .dig(b9_l2_digits),
    .nz(b9_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l3_u_enc (
    .a(b_in[1183:1176]),
    .dig(b9_l3_digits),
    .nz(b9_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l4_u_enc (
    .a(b_in[1191:1184]),
    .dig(b9_l4_digits),
    .nz(b9_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l5_u_enc (
    .a(b_in[1199:1192]),
    .dig(b9_l5_digits),
    .nz(b9_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l6_u_enc (
    .a(b_in[1207:1200]),
    .dig(b9_l6_digits),
    .nz(b9_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l7_u_enc (
    .a(b_in[1215:1208]),
    .dig(b9_l7_digits),
    .nz(b9_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l8_u_enc (
    .a(b_in[1223:1216]),
    .dig(b9_l8_digits),
    .nz(b9_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l9_u_enc (
    .a(b_in[1231:1224]),
    .dig(b9_l9_digits),
    .nz(b9_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l10_u_enc (
    .a(b_in[1239:1232]),
    .dig(b9_l10_digits),
    .nz(b9_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l11_u_enc (
    .a(b_in[1247:1240]),
    .dig(b9_l11_digits),
    .nz(b9_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l12_u_enc (
    .a(b_in[1255:1248]),
    .dig(b9_l12_digits),
    .nz(b9_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l13_u_enc (
    .a(b_in[1263:1256]),
    .dig(b9_l13_digits),
    .nz(b9_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l14_u_enc (
    .a(b_in[1271:1264]),
    .dig(b9_l14_digits),
    .nz(b9_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b9_l15_u_enc (
    .a(b_in[1279:1272]),
    .dig(b9_l15_digits),
    .nz(b9_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l0_u_enc (
    .a(b_in[1287:1280]),
    .dig(b10_l0_digits),
    .nz(b10_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l1_u_enc (
    .a(b_in[1295:1288]),
    .dig(b10_l1_digits),
    .nz(b10_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l2_u_enc (
    .a(b_in[1303:1296]),
    .dig(b10_l2_digits),
    .nz(b10_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l3_u_enc (
    .a(b_in[1311:1304]),
    .dig(b10_l3_digits),
    .nz(b10_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l4_u_enc (
    .a(b_in[1319:1312]),
    .dig(b10_l4_digits),
    .nz(b10_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l5_u_enc (
    .a(b_in[1327:1320]),
    .dig(b10_l5_digits),
    .nz(b10_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l6_u_enc (
    .a(b_in[1335:1328]),
    .dig(b10_l6_digits),
    .nz(b10_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l7_u_enc (
    .a(b_in[1343:1336]),
    .dig(b10_l7_digits),
    .nz(b10_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l8_u_enc (
    .a(b_in[1351:1344]),
    .dig(b10_l8_digits),
    .nz(b10_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l9_u_enc (
    .a(b_in[1359:1352]),
    .dig(b10_l9_digits),
    .nz(b10_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l10_u_enc (
    .a(b_in[1367:1360]),
    .dig(b10_l10_digits),
    .nz(b10_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l11_u_enc (
    .a(b_in[1375:1368]),
    .dig(b10_l11_digits),
    .nz(b10_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l12_u_enc (
    .a(b_in[1383:1376]),
    .dig(b10_l12_digits),
    .nz(b10_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l13_u_enc (
    .a(b_in[1391:1384]),
    .dig(b10_l13_digits),
    .nz(b10_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l14_u_enc (
    .a(b_in[1399:1392]),
    .dig(b10_l14_digits),
    .nz(b10_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b10_l15_u_enc (
    .a(b_in[1407:1400]),
    .dig(b10_l15_digits),
    .nz(b10_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l0_u_enc (
    .a(b_in[1415:1408]),
    .dig(b11_l0_digits),
    .nz(b11_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l1_u_enc (
    .a(b_in[1423:1416]),
    .dig(b11_l1_digits),
    .nz(b11_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l2_u_enc (
    .a(b_in[1431:1424]),
    .dig(b11_l2_digits),
    .nz(b11_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l3_u_enc (
    .a(b_in[1439:1432]),
    .dig(b11_l3_digits),
    .nz(b11_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l4_u_enc (
    .a(b_in[1447:1440]),
    .dig(b11_l4_digits),
    .nz(b11_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l5_u_enc (
    .a(b_in[1455:1448]),
    .dig(b11_l5_digits),
    .nz(b11_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l6_u_enc (
    .a(b_in[1463:1456]),
    .dig(b11_l6_digits),
    .nz(b11_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l7_u_enc (
    .a(b_in[1471:1464]),
    .dig(b11_l7_digits),
    .nz(b11_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l8_u_enc (
    .a(b_in[1479:1472]),
    .dig(b11_l8_digits),
    .nz(b11_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l9_u_enc (
    .a(b_in[1487:1480]),
    .dig(b11_l9_digits),
    .nz(b11_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l10_u_enc (
    .a(b_in[1495:1488]),
    .dig(b11_l10_digits),
    .nz(b11_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l11_u_enc (
    .a(b_in[1503:1496]),
    .dig(b11_l11_digits),
    .nz(b11_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l12_u_enc (
    .a(b_in[1511:1504]),
    .dig(b11_l12_digits),
    .nz(b11_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l13_u_enc (
    .a(b_in[1519:1512]),
    .dig(b11_l13_digits),
    .nz(b11_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l14_u_enc (
    .a(b_in[1527:1520]),
    .dig(b11_l14_digits),
    .nz(b11_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b11_l15_u_enc (
    .a(b_in[1535:1528]),
    .dig(b11_l15_digits),
    .nz(b11_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l0_u_enc (
    .a(b_in[1543:1536]),
    .dig(b12_l0_digits),
    .nz(b12_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l1_u_enc (
    .a(b_in[1551:1544]),
    .dig(b12_l1_digits),
    .nz(b12_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l2_u_enc (
    .a(b_in[1559:1552]),
    .dig(b12_l2_digits),
    .nz(b12_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l3_u_enc (
    .a(b_in[1567:1560]),
    .dig(b12_l3_digits),
    .nz(b12_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l4_u_enc (
    .a(b_in[1575:1568]),
    .dig(b12_l4_digits),
    .nz(b12_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l5_u_enc (
    .a(b_in[1583:1576]),
    .dig(b12_l5_digits),
    .nz(b12_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l6_u_enc (
    .a(b_in[1591:1584]),
    .dig(b12_l6_digits),
    .nz(b12_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l7_u_enc (
    .a(b_in[1599:1592]),
    .dig(b12_l7_digits),
    .nz(b12_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l8_u_enc (
    .a(b_in[1607:1600]),
    .dig(b12_l8_digits),
    .nz(b12_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l9_u_enc (
    .a(b_in[1615:1608]),
    .dig(b12_l9_digits),
    .nz(b12_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l10_u_enc (
    .a(b_in[1623:1616]),
    .dig(b12_l10_digits),
    .nz(b12_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l11_u_enc (
    .a(b_in[1631:1624]),
    .dig(b12_l11_digits),
    .nz(b12_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l12_u_enc (
    .a(b_in[1639:1632]),
    .dig(b12_l12_digits),
    .nz(b12_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l13_u_enc (
    .a(b_in[1647:1640]),
    .dig(b12_l13_digits),
    .nz(b12_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l14_u_enc (
    .a(b_in[1655:1648]),
    .dig(b12_l14_digits),
    .nz(b12_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b12_l15_u_enc (
    .a(b_in[1663:1656]),
    .dig(b12_l15_digits),
    .nz(b12_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l0_u_enc (
    .a(b_in[1671:1664]),
    .dig(b13_l0_digits),
    .nz(b13_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l1_u_enc (
    .a(b_in[1679:1672]),
    .dig(b13_l1_digits),
    .nz(b13_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l2_u_enc (
    .a(b_in[1687:1680]),
    .dig(b13_l2_digits),
    .nz(b13_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l3_u_enc (
    .a(b_in[1695:1688]),
    .dig(b13_l3_digits),
    .nz(b13_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l4_u_enc (
    .a(b_in[1703:1696]),
    .dig(b13_l4_digits),
    .nz(b13_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l5_u_enc (
    .a(b_in[1711:1704]),
    .dig(b13_l5_digits),
    .nz(b13_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l6_u_enc (
    .a(b_in[1719:1712]),
    .dig(b13_l6_digits),
    .nz(b13_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l7_u_enc (
    .a(b_in[1727:1720]),
    .dig(b13_l7_digits),
    .nz(b13_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l8_u_enc (
    .a(b_in[1735:1728]),
    .dig(b13_l8_digits),
    .nz(b13_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l9_u_enc (
    .a(b_in[1743:1736]),
    .dig(b13_l9_digits),
    .nz(b13_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l10_u_enc (
    .a(b_in[1751:1744]),
    .dig(b13_l10_digits),
    .nz(b13_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l11_u_enc (
    .a(b_in[1759:1752]),
    .dig(b13_l11_digits),
    .nz(b13_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l12_u_enc (
    .a(b_in[1767:1760]),
    .dig(b13_l12_digits),
    .nz(b13_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l13_u_enc (
    .a(b_in[1775:1768]),
    .dig(b13_l13_digits),
    .nz(b13_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l14_u_enc (
    .a(b_in[1783:1776]),
    .dig(b13_l14_digits),
    .nz(b13_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b13_l15_u_enc (
    .a(b_in[1791:1784]),
    .dig(b13_l15_digits),
    .nz(b13_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l0_u_enc (
    .a(b_in[1799:1792]),
    .dig(b14_l0_digits),
    .nz(b14_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l1_u_enc (
    .a(b_in[1807:1800]),
    .dig(b14_l1_digits),
    .nz(b14_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l2_u_enc (
    .a(b_in[1815:1808]),
    .dig(b14_l2_digits),
    .nz(b14_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l3_u_enc (
    .a(b_in[1823:1816]),
    .dig(b14_l3_digits),
    .nz(b14_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l4_u_enc (
    .a(b_in[1831:1824]),
    .dig(b14_l4_digits),
    .nz(b14_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l5_u_enc (
    .a(b_in[1839:1832]),
    .dig(b14_l5_digits),
    .nz(b14_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l6_u_enc (
    .a(b_in[1847:1840]),
    .dig(b14_l6_digits),
    .nz(b14_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l7_u_enc (
    .a(b_in[1855:1848]),
    .dig(b14_l7_digits),
    .nz(b14_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l8_u_enc (
    .a(b_in[1863:1856]),
    .dig(b14_l8_digits),
    .nz(b14_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l9_u_enc (
    .a(b_in[1871:1864]),
    .dig(b14_l9_digits),
    .nz(b14_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l10_u_enc (
    .a(b_in[1879:1872]),
    .dig(b14_l10_digits),
    .nz(b14_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l11_u_enc (
    .a(b_in[1887:1880]),
    .dig(b14_l11_digits),
    .nz(b14_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l12_u_enc (
    .a(b_in[1895:1888]),
    .dig(b14_l12_digits),
    .nz(b14_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l13_u_enc (
    .a(b_in[1903:1896]),
    .dig(b14_l13_digits),
    .nz(b14_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l14_u_enc (
    .a(b_in[1911:1904]),
    .dig(b14_l14_digits),
    .nz(b14_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b14_l15_u_enc (
    .a(b_in[1919:1912]),
    .dig(b14_l15_digits),
    .nz(b14_l15_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l0_u_enc (
    .a(b_in[1927:1920]),
    .dig(b15_l0_digits),
    .nz(b15_l0_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l1_u_enc (
    .a(b_in[1935:1928]),
    .dig(b15_l1_digits),
    .nz(b15_l1_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l2_u_enc (
    .a(b_in[1943:1936]),
    .dig(b15_l2_digits),
    .nz(b15_l2_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l3_u_enc (
    .a(b_in[1951:1944]),
    .dig(b15_l3_digits),
    .nz(b15_l3_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l4_u_enc (
    .a(b_in[1959:1952]),
    .dig(b15_l4_digits),
    .nz(b15_l4_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l5_u_enc (
    .a(b_in[1967:1960]),
    .dig(b15_l5_digits),
    .nz(b15_l5_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l6_u_enc (
    .a(b_in[1975:1968]),
    .dig(b15_l6_digits),
    .nz(b15_l6_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l7_u_enc (
    .a(b_in[1983:1976]),
    .dig(b15_l7_digits),
    .nz(b15_l7_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l8_u_enc (
    .a(b_in[1991:1984]),
    .dig(b15_l8_digits),
    .nz(b15_l8_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l9_u_enc (
    .a(b_in[1999:1992]),
    .dig(b15_l9_digits),
    .nz(b15_l9_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l10_u_enc (
    .a(b_in[2007:2000]),
    .dig(b15_l10_digits),
    .nz(b15_l10_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l11_u_enc (
    .a(b_in[2015:2008]),
    .dig(b15_l11_digits),
    .nz(b15_l11_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l12_u_enc (
    .a(b_in[2023:2016]),
    .dig(b15_l12_digits),
    .nz(b15_l12_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l13_u_enc (
    .a(b_in[2031:2024]),
    .dig(b15_l13_digits),
    .nz(b15_l13_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l14_u_enc (
    .a(b_in[2039:2032]),
    .dig(b15_l14_digits),
    .nz(b15_l14_nzs)
  );
  laconic_c16_enc_booth4_s8 b15_l15_u_enc (
    .a(b_in[2047:2040]),
    .dig(b15_l15_digits),
    .nz(b15_l15_nzs)
  );
  laconic_c16_pe pe0_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b0_l15_t, b0_l14_t, b0_l13_t, b0_l12_t, b0_l11_t, b0_l10_t, b0_l9_t, b0_l8_t, b0_l7_t, b0_l6_t, b0_l5_t, b0_l4_t, b0_l3_t, b0_l2_t, b0_l1_t, b0_l0_t}),
    .act(act),
    .res_out(o0_0)
  );
  laconic_c16_pe pe1_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b1_l15_t, b1_l14_t, b1_l13_t, b1_l12_t, b1_l11_t, b1_l10_t, b1_l9_t, b1_l8_t, b1_l7_t, b1_l6_t, b1_l5_t, b1_l4_t, b1_l3_t, b1_l2_t, b1_l1_t, b1_l0_t}),
    .act(act),
    .res_out(o1_0)
  );
  laconic_c16_pe pe2_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b2_l15_t, b2_l14_t, b2_l13_t, b2_l12_t, b2_l11_t, b2_l10_t, b2_l9_t, b2_l8_t, b2_l7_t, b2_l6_t, b2_l5_t, b2_l4_t, b2_l3_t, b2_l2_t, b2_l1_t, b2_l0_t}),
    .act(act),
    .res_out(o2_0)
  );
  laconic_c16_pe pe3_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b3_l15_t, b3_l14_t, b3_l13_t, b3_l12_t, b3_l11_t, b3_l10_t, b3_l9_t, b3_l8_t, b3_l7_t, b3_l6_t, b3_l5_t, b3_l4_t, b3_l3_t, b3_l2_t, b3_l1_t, b3_l0_t}),
    .act(act),
    .res_out(o3_0)
  );
  laconic_c16_pe pe4_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b4_l15_t, b4_l14_t, b4_l13_t, b4_l12_t, b4_l11_t, b4_l10_t, b4_l9_t, b4_l8_t, b4_l7_t, b4_l6_t, b4_l5_t, b4_l4_t, b4_l3_t, b4_l2_t, b4_l1_t, b4_l0_t}),
    .act(act),
    .res_out(o4_0)
  );
  laconic_c16_pe pe5_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b5_l15_t, b5_l14_t, b5_l13_t, b5_l12_t, b5_l11_t, b5_l10_t, b5_l9_t, b5_l8_t, b5_l7_t, b5_l6_t, b5_l5_t, b5_l4_t, b5_l3_t, b5_l2_t, b5_l1_t, b5_l0_t}),
    .act(act),
    .res_out(o5_0)
  );
  laconic_c16_pe pe6_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b6_l15_t, b6_l14_t, b6_l13_t, b6_l12_t, b6_l11_t, b6_l10_t, b6_l9_t, b6_l8_t, b6_l7_t, b6_l6_t, b6_l5_t, b6_l4_t, b6_l3_t, b6_l2_t, b6_l1_t, b6_l0_t}),
    .act(act),
    .res_out(o6_0)
  );
  laconic_c16_pe pe7_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b7_l15_t, b7_l14_t, b7_l13_t, b7_l12_t, b7_l11_t, b7_l10_t, b7_l9_t, b7_l8_t, b7_l7_t, b7_l6_t, b7_l5_t, b7_l4_t, b7_l3_t, b7_l2_t, b7_l1_t, b7_l0_t}),
    .act(act),
    .res_out(o7_0)
  );
  laconic_c16_pe pe8_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b8_l15_t, b8_l14_t, b8_l13_t, b8_l12_t, b8_l11_t, b8_l10_t, b8_l9_t, b8_l8_t, b8_l7_t, b8_l6_t, b8_l5_t, b8_l4_t, b8_l3_t, b8_l2_t, b8_l1_t, b8_l0_t}),
    .act(act),
    .res_out(o8_0)
  );
  laconic_c16_pe pe9_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b9_l15_t, b9_l14_t, b9_l13_t, b9_l12_t, b9_l11_t, b9_l10_t, b9_l9_t, b9_l8_t, b9_l7_t, b9_l6_t, b9_l5_t, b9_l4_t, b9_l3_t, b9_l2_t, b9_l1_t, b9_l0_t}),
    .act(act),
    .res_out(o9_0)
  );
  laconic_c16_pe pe10_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b10_l15_t, b10_l14_t, b10_l13_t, b10_l12_t, b10_l11_t, b10_l10_t, b10_l9_t, b10_l8_t, b10_l7_t, b10_l6_t, b10_l5_t, b10_l4_t, b10_l3_t, b10_l2_t, b10_l1_t, b10_l0_t}),
    .act(act),
    .res_out(o10_0)
  );
  laconic_c16_pe pe11_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b11_l15_t, b11_l14_t, b11_l13_t, b11_l12_t, b11_l11_t, b11_l10_t, b11_l9_t, b11_l8_t, b11_l7_t, b11_l6_t, b11_l5_t, b11_l4_t, b11_l3_t, b11_l2_t, b11_l1_t, b11_l0_t}),
    .act(act),
    .res_out(o11_0)
  );
  laconic_c16_pe pe12_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b12_l15_t, b12_l14_t, b12_l13_t, b12_l12_t, b12_l11_t, b12_l10_t, b12_l9_t, b12_l8_t, b12_l7_t, b12_l6_t, b12_l5_t, b12_l4_t, b12_l3_t, b12_l2_t, b12_l1_t, b12_l0_t}),
    .act(act),
    .res_out(o12_0)
  );
  laconic_c16_pe pe13_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b13_l15_t, b13_l14_t, b13_l13_t, b13_l12_t, b13_l11_t, b13_l10_t, b13_l9_t, b13_l8_t, b13_l7_t, b13_l6_t, b13_l5_t, b13_l4_t, b13_l3_t, b13_l2_t, b13_l1_t, b13_l0_t}),
    .act(act),
    .res_out(o13_0)
  );
  laconic_c16_pe pe14_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b14_l15_t, b14_l14_t, b14_l13_t, b14_l12_t, b14_l11_t, b14_l10_t, b14_l9_t, b14_l8_t, b14_l7_t, b14_l6_t, b14_l5_t, b14_l4_t, b14_l3_t, b14_l2_t, b14_l1_t, b14_l0_t}),
    .act(act),
    .res_out(o14_0)
  );
  laconic_c16_pe pe15_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b15_l15_t, b15_l14_t, b15_l13_t, b15_l12_t, b15_l11_t, b15_l10_t, b15_l9_t, b15_l8_t, b15_l7_t, b15_l6_t, b15_l5_t, b15_l4_t, b15_l3_t, b15_l2_t, b15_l1_t, b15_l0_t}),
    .act(act),
    .res_out(o15_0)
  );
  always @(posedge clk) if (rst) pre <= 1'b0; else pre <= start;
  always @(posedge clk) if (rst) run <= 1'b0; else run <= ~start & (pre | (run & ~f_last));
  always @(posedge clk) if (rst) kcnt <= 32'd0; else if (start | (run & k_end)) kcnt <= start ? 32'd0 : kcnt + 32'd1;
  always @(posedge clk) if (rst) krem <= 32'd0; else if (start | (run & k_end)) krem <= start ? cfg_k : krem - 32'd1;
  always @(posedge clk) if (rst) k_first <= 1'b0; else if (start | (run & k_end)) k_first <= start;
  always @(posedge clk) if (rst) k_last <= 1'b0; else if (start | (run & k_end)) k_last <= start ? cfg_k == 32'd1 : krem == 32'd2;
  always @(posedge clk) if (dload) a0_l0_dq <= a0_l0_digits;
  always @(posedge clk) if (dload) a0_l0_nq <= a0_l0_nzs;
  always @(posedge clk) if (dload) a0_l1_dq <= a0_l1_digits;
  always @(posedge clk) if (dload) a0_l1_nq <= a0_l1_nzs;
  always @(posedge clk) if (dload) a0_l2_dq <= a0_l2_digits;
  always @(posedge clk) if (dload) a0_l2_nq <= a0_l2_nzs;
  always @(posedge clk) if (dload) a0_l3_dq <= a0_l3_digits;
  always @(posedge clk) if (dload) a0_l3_nq <= a0_l3_nzs;
  always @(posedge clk) if (dload) a0_l4_dq <= a0_l4_digits;
  always @(posedge clk) if (dload) a0_l4_nq <= a0_l4_nzs;
  always @(posedge clk) if (dload) a0_l5_dq <= a0_l5_digits;
  always @(posedge clk) if (dload) a0_l5_nq <= a0_l5_nzs;
  always @(posedge clk) if (dload) a0_l6_dq <= a0_l6_digits;
  always @(posedge clk) if (dload) a0_l6_nq <= a0_l6_nzs;
  always @(posedge clk) if (dload) a0_l7_dq <= a0_l7_digits;
  always @(posedge clk) if (dload) a0_l7_nq <= a0_l7_nzs;
  always @(posedge clk) if (dload) a0_l8_dq <= a0_l8_digits;
  always @(posedge clk) if (dload) a0_l8_nq <= a0_l8_nzs;
  always @(posedge clk) if (dload) a0_l9_dq <= a0_l9_digits;
  always @(posedge clk) if (dload) a0_l9_nq <= a0_l9_nzs;
  always @(posedge clk) if (dload) a0_l10_dq <= a0_l10_digits;
  always @(posedge clk) if (dload) a0_l10_nq <= a0_l10_nzs;
  always @(posedge clk) if (dload) a0_l11_dq <= a0_l11_digits;
  always @(posedge clk) if (dload) a0_l11_nq <= a0_l11_nzs;
  always @(posedge clk) if (dload) a0_l12_dq <= a0_l12_digits;
  always @(posedge clk) if (dload) a0_l12_nq <= a0_l12_nzs;
  always @(posedge clk) if (dload) a0_l13_dq <= a0_l13_digits;
  always @(posedge clk) if (dload) a0_l13_nq <= a0_l13_nzs;
  always @(posedge clk) if (dload) a0_l14_dq <= a0_l14_digits;
  always @(posedge clk) if (dload) a0_l14_nq <= a0_l14_nzs;
  always @(posedge clk) if (dload) a0_l15_dq <= a0_l15_digits;
  always @(posedge clk) if (dload) a0_l15_nq <= a0_l15_nzs;
  always @(posedge clk) if (dload) b0_l0_dq <= b0_l0_digits;
  always @(posedge clk) if (dload) b0_l0_nq <= b0_l0_nzs;
  always @(posedge clk) if (dload) b0_l1_dq <= b0_l1_digits;
  always @(posedge clk) if (dload) b0_l1_nq <= b0_l1_nzs;
  always @(posedge clk) if (dload) b0_l2_dq <= b0_l2_digits;
  always @(posedge clk) if (dload) b0_l2_nq <= b0_l2_nzs;
  always @(posedge clk) if (dload) b0_l3_dq <= b0_l3_digits;
  always @(posedge clk) if (dload) b0_l3_nq <= b0_l3_nzs;
  always @(posedge clk) if (dload) b0_l4_dq <= b0_l4_digits;
  always @(posedge clk) if (dload) b0_l4_nq <= b0_l4_nzs;
  always @(posedge clk) if (dload) b0_l5_dq <= b0_l5_digits;
  always @(posedge clk) if (dload) b0_l5_nq <= b0_l5_nzs;
  always @(posedge clk) if (dload) b0_l6_dq <= b0_l6_digits;
  always @(posedge clk) if (dload) b0_l6_nq <= b0_l6_nzs;
  always @(posedge clk) if (dload) b0_l7_dq <= b0_l7_digits;
  always @(posedge clk) if (dload) b0_l7_nq <= b0_l7_nzs;
  always @(posedge clk) if (dload) b0_l8_dq <= b0_l8_digits;
  always @(posedge clk) if (dload) b0_l8_nq <= b0_l8_nzs;
  always @(posedge clk) if (dload) b0_l9_dq <= b0_l9_digits;
  always @(posedge clk) if (dload) b0_l9_nq <= b0_l9_nzs;
  always @(posedge clk) if (dload) b0_l10_dq <= b0_l10_digits;
  always @(posedge clk) if (dload) b0_l10_nq <= b0_l10_nzs;
  always @(posedge clk) if (dload) b0_l11_dq <= b0_l11_digits;
  always @(posedge clk) if (dload) b0_l11_nq <= b0_l11_nzs;
  always @(posedge clk) if (dload) b0_l12_dq <= b0_l12_digits;
  always @(posedge clk) if (dload) b0_l12_nq <= b0_l12_nzs;
  always @(posedge clk) if (dload) b0_l13_dq <= b0_l13_digits;
  always @(posedge clk) if (dload) b0_l13_nq <= b0_l13_nzs;
  always @(posedge clk) if (dload) b0_l14_dq <= b0_l14_digits;
  always @(posedge clk) if (dload) b0_l14_nq <= b0_l14_nzs;
  always @(posedge clk) if (dload) b0_l15_dq <= b0_l15_digits;
  always @(posedge clk) if (dload) b0_l15_nq <= b0_l15_nzs;
  always @(posedge clk) if (dload) b1_l0_dq <= b1_l0_digits;
  always @(posedge clk) if (dload) b1_l0_nq <= b1_l0_nzs;
  always @(posedge clk) if (dload) b1_l1_dq <= b1_l1_digits;
  always @(posedge clk) if (dload) b1_l1_nq <= b1_l1_nzs;
  always @(posedge clk) if (dload) b1_l2_dq <= b1_l2_digits;
  always @(posedge clk) if (dload) b1_l2_nq <= b1_l2_nzs;
  always @(posedge clk) if (dload) b1_l3_dq <= b1_l3_digits;
  always @(posedge clk) if (dload) b1_l3_nq <= b1_l3_nzs;
  always @(posedge clk) if (dload) b1_l4_dq <= b1_l4_digits;
  always @(posedge clk) if (dload) b1_l4_nq <= b1_l4_nzs;
  always @(posedge clk) if (dload) b1_l5_dq <= b1_l5_digits;
  always @(posedge clk) if (dload) b1_l5_nq <= b1_l5_nzs;
  always @(posedge clk) if (dload) b1_l6_dq <= b1_l6_digits;
  always @(posedge clk) if (dload) b1_l6_nq <= b1_l6_nzs;
  always @(posedge clk) if (dload) b1_l7_dq <= b1_l7_digits;
  always @(posedge clk) if (dload) b1_l7_nq <= b1_l7_nzs;
  always @(posedge clk) if (dload) b1_l8_dq <= b1_l8_digits;
  always @(posedge clk) if (dload) b1_l8_nq <= b1_l8_nzs;
  always @(posedge clk) if (dload) b1_l9_dq <= b1_l9_digits;
  always @(posedge clk) if (dload) b1_l9_nq <= b1_l9_nzs;
  always @(posedge clk) if (dload) b1_l10_dq <= b1_l10_digits;
  always @(posedge clk) if (dload) b1_l10_nq <= b1_l10_nzs;
  always @(posedge clk) if (dload) b1_l11_dq <= b1_l11_digits;
  always @(posedge clk) if (dload) b1_l11_nq <= b1_l11_nzs;
  always @(posedge clk) if (dload) b1_l12_dq <= b1_l12_digits;
  always @(posedge clk) if (dload) b1_l12_nq <= b1_l12_nzs;
  always @(posedge clk) if (dload) b1_l13_dq <= b1_l13_digits;
  always @(posedge clk) if (dload) b1_l13_nq <= b1_l13_nzs;
  always @(posedge clk) if (dload) b1_l14_dq <= b1_l14_digits;
  always @(posedge clk) if (dload) b1_l14_nq <= b1_l14_nzs;
  always @(posedge clk) if (dload) b1_l15_dq <= b1_l15_digits;
  always @(posedge clk) if (dload) b1_l15_nq <= b1_l15_nzs;
  always @(posedge clk) if (dload) b2_l0_dq <= b2_l0_digits;
  always @(posedge clk) if (dload) b2_l0_nq <= b2_l0_nzs;
  always @(posedge clk) if (dload) b2_l1_dq <= b2_l1_digits;
  always @(posedge clk) if (dload) b2_l1_nq <= b2_l1_nzs;
  always @(posedge clk) if (dload) b2_l2_dq <= b2_l2_digits;
  always @(posedge clk) if (dload) b2_l2_nq <= b2_l2_nzs;
  always @(posedge clk) if (dload) b2_l3_dq <= b2_l3_digits;
  always @(posedge clk) if (dload) b2_l3_nq <= b2_l3_nzs;
  always @(posedge clk) if (dload) b2_l4_dq <= b2_l4_digits;
  always @(posedge clk) if (dload) b2_l4_nq <= b2_l4_nzs;
  always @(posedge clk) if (dload) b2_l5_dq <= b2_l5_digits;
  always @(posedge clk) if (dload) b2_l5_nq <= b2_l5_nzs;
  always @(posedge clk) if (dload) b2_l6_dq <= b2_l6_digits;
  always @(posedge clk) if (dload) b2_l6_nq <= b2_l6_nzs;
  always @(posedge clk) if (dload) b2_l7_dq <= b2_l7_digits;
  always @(posedge clk) if (dload) b2_l7_nq <= b2_l7_nzs;
  always @(posedge clk) if (dload) b2_l8_dq <= b2_l8_digits;
  always @(posedge clk) if (dload) b2_l8_nq <= b2_l8_nzs;
  always @(posedge clk) if (dload) b2_l9_dq <= b2_l9_digits;
  always @(posedge clk) if (dload) b2_l9_nq <= b2_l9_nzs;
  always @(posedge clk) if (dload) b2_l10_dq <= b2_l10_digits;
  always @(posedge clk) if (dload) b2_l10_nq <= b2_l10_nzs;
  always @(posedge clk) if (dload) b2_l11_dq <= b2_l11_digits;
  always @(posedge clk) if (dload) b2_l11_nq <= b2_l11_nzs;
  always @(posedge clk) if (dload) b2_l12_dq <= b2_l12_digits;
  always @(posedge clk) if (dload) b2_l12_nq <= b2_l12_nzs;
  always @(posedge clk) if (dload) b2_l13_dq <= b2_l13_digits;
  always @(posedge clk) if (dload) b2_l13_nq <= b2_l13_nzs;
  always @(posedge clk) if (dload) b2_l14_dq <= b2_l14_digits;
  always @(posedge clk) if (dload) b2_l14_nq <= b2_l14_nzs;
  always @(posedge clk) if (dload) b2_l15_dq <= b2_l15_digits;
  always @(posedge clk) if (dload) b2_l15_nq <= b2_l15_nzs;
  always @(posedge clk) if (dload) b3_l0_dq <= b3_l0_digits;
  always @(posedge clk) if (dload) b3_l0_nq <= b3_l0_nzs;
  always @(posedge clk) if (dload) b3_l1_dq <= b3_l1_digits;
  always @(posedge clk) if (dload) b3_l1_nq <= b3_l1_nzs;
  always @(posedge clk) if (dload) b3_l2_dq <= b3_l2_digits;
  always @(posedge clk) if (dload) b3_l2_nq <= b3_l2_nzs;
  always @(posedge clk) if (dload) b3_l3_dq <= b3_l3_digits;
  always @(posedge clk) if (dload) b3_l3_nq <= b3_l3_nzs;
  always @(posedge clk) if (dload) b3_l4_dq <= b3_l4_digits;
  always @(posedge clk) if (dload) b3_l4_nq <= b3_l4_nzs;
  always @(posedge clk) if (dload) b3_l5_dq <= b3_l5_digits;
  always @(posedge clk) if (dload) b3_l5_nq <= b3_l5_nzs;
  always @(posedge clk) if (dload) b3_l6_dq <= b3_l6_digits;
  always @(posedge clk) if (dload) b3_l6_nq <= b3_l6_nzs;
  always @(posedge clk) if (dload) b3_l7_dq <= b3_l7_digits;
  always @(posedge clk) if (dload) b3_l7_nq <= b3_l7_nzs;
  always @(posedge clk) if (dload) b3_l8_dq <= b3_l8_digits;
  always @(posedge clk) if (dload) b3_l8_nq <= b3_l8_nzs;
  always @(posedge clk) if (dload) b3_l9_dq <= b3_l9_digits;
  always @(posedge clk) if (dload) b3_l9_nq <= b3_l9_nzs;
  always @(posedge clk) if (dload) b3_l10_dq <= b3_l10_digits;
  always @(posedge clk) if (dload) b3_l10_nq <= b3_l10_nzs;
  always @(posedge clk) if (dload) b3_l11_dq <= b3_l11_digits;
  always @(posedge clk) if (dload) b3_l11_nq <= b3_l11_nzs;
  always @(posedge clk) if (dload) b3_l12_dq <= b3_l12_digits;
  always @(posedge clk) if (dload) b3_l12_nq <= b3_l12_nzs;
  always @(posedge clk) if (dload) b3_l13_dq <= b3_l13_digits;
  always @(posedge clk) if (dload) b3_l13_nq <= b3_l13_nzs;
  always @(posedge clk) if (dload) b3_l14_dq <= b3_l14_digits;
  always @(posedge clk) if (dload) b3_l14_nq <= b3_l14_nzs;
  always @(posedge clk) if (dload) b3_l15_dq <= b3_l15_digits;
  always @(posedge clk) if (dload) b3_l15_nq <= b3_l15_nzs;
  always @(posedge clk) if (dload) b4_l0_dq <= b4_l0_digits;
  always @(posedge clk) if (dload) b4_l0_nq <= b4_l0_nzs;
  always @(posedge clk) if (dload) b4_l1_dq <= b4_l1_digits;
  always @(posedge clk) if (dload) b4_l1_nq <= b4_l1_nzs;
  always @(posedge clk) if (dload) b4_l2_dq <= b4_l2_digits;
  always @(posedge clk) if (dload) b4_l2_nq <= b4_l2_nzs;
  always @(posedge clk) if (dload) b4_l3_dq <= b4_l3_digits;
  always @(posedge clk) if (dload) b4_l3_nq <= b4_l3_nzs;
  always @(posedge clk) if (dload) b4_l4_dq <= b4_l4_digits;
  always @(posedge clk) if (dload) b4_l4_nq <= b4_l4_nzs;
  always @(posedge clk) if (dload) b4_l5_dq <= b4_l5_digits;
  always @(posedge clk) if (dload) b4_l5_nq <= b4_l5_nzs;
  always @(posedge clk) if (dload) b4_l6_dq <= b4_l6_digits;
  always @(posedge clk) if (dload) b4_l6_nq <= b4_l6_nzs;
  always @(posedge clk) if (dload) b4_l7_dq <= b4_l7_digits;
  always @(posedge clk) if (dload) b4_l7_nq <= b4_l7_nzs;
  always @(posedge clk) if (dload) b4_l8_dq <= b4_l8_digits;
  always @(posedge clk) if (dload) b4_l8_nq <= b4_l8_nzs;
  always @(posedge clk) if (dload) b4_l9_dq <= b4_l9_digits;
  always @(posedge clk) if (dload) b4_l9_nq <= b4_l9_nzs;
  always @(posedge clk) if (dload) b4_l10_dq <= b4_l10_digits;
  always @(posedge clk) if (dload) b4_l10_nq <= b4_l10_nzs;
  always @(posedge clk) if (dload) b4_l11_dq <= b4_l11_digits;
  always @(posedge clk) if (dload) b4_l11_nq <= b4_l11_nzs;
  always @(posedge clk) if (dload) b4_l12_dq <= b4_l12_digits;
  always @(posedge clk) if (dload) b4_l12_nq <= b4_l12_nzs;
  always @(posedge clk) if (dload) b4_l13_dq <= b4_l13_digits;
  always @(posedge clk) if (dload) b4_l13_nq <= b4_l13_nzs;
  always @(posedge clk) if (dload) b4_l14_dq <= b4_l14_digits;
  always @(posedge clk) if (dload) b4_l14_nq <= b4_l14_nzs;
  always @(posedge clk) if (dload) b4_l15_dq <= b4_l15_digits;
  always @(posedge clk) if (dload) b4_l15_nq <= b4_l15_nzs;
  always @(posedge clk) if (dload) b5_l0_dq <= b5_l0_digits;
  always @(posedge clk) if (dload) b5_l0_nq <= b5_l0_nzs;
  always @(posedge clk) if (dload) b5_l1_dq <= b5_l1_digits;
  always @(posedge clk) if (dload) b5_l1_nq <= b5_l1_nzs;
  always @(posedge clk) if (dload) b5_l2_dq <= b5_l2_digits;
  always @(posedge clk) if (dload) b5_l2_nq <= b5_l2_nzs;
  always @(posedge clk) if (dload) b5_l3_dq <= b5_l3_digits;
  always @(posedge clk) if (dload) b5_l3_nq <= b5_l3_nzs;
  always @(posedge clk) if (dload) b5_l4_dq <= b5_l4_digits;
  always @(posedge clk) if (dload) b5_l4_nq <= b5_l4_nzs;
  always @(posedge clk) if (dload) b5_l5_dq <= b5_l5_digits;
  always @(posedge clk) if (dload) b5_l5_nq <= b5_l5_nzs;
  always @(posedge clk) if (dload) b5_l6_dq <= b5_l6_digits;
  always @(posedge clk) if (dload) b5_l6_nq <= b5_l6_nzs;
  always @(posedge clk) if (dload) b5_l7_dq <= b5_l7_digits;
  always @(posedge clk) if (dload) b5_l7_nq <= b5_l7_nzs;
  always @(posedge clk) if (dload) b5_l8_dq <= b5_l8_digits;
  always @(posedge clk) if (dload) b5_l8_nq <= b5_l8_nzs;
  always @(posedge clk) if (dload) b5_l9_dq <= b5_l9_digits;
  always @(posedge clk) if (dload) b5_l9_nq <= b5_l9_nzs;
  always @(posedge clk) if (dload) b5_l10_dq <= b5_l10_digits;
  always @(posedge clk) if (dload) b5_l10_nq <= b5_l10_nzs;
  always @(posedge clk) if (dload) b5_l11_dq <= b5_l11_digits;
  always @(posedge clk) if (dload) b5_l11_nq <= b5_l11_nzs;
  always @(posedge clk) if (dload) b5_l12_dq <= b5_l12_digits;
  always @(posedge clk) if (dload) b5_l12_nq <= b5_l12_nzs;
  always @(posedge clk) if (dload) b5_l13_dq <= b5_l13_digits;
  always @(posedge clk) if (dload) b5_l13_nq <= b5_l13_nzs;
  always @(posedge clk) if (dload) b5_l14_dq <= b5_l14_digits;
  always @(posedge clk) if (dload) b5_l14_nq <= b5_l14_nzs;
  always @(posedge clk) if (dload) b5_l15_dq <= b5_l15_digits;
  always @(posedge clk) if (dload) b5_l15_nq <= b5_l15_nzs;
  always @(posedge clk) if (dload) b6_l0_dq <= b6_l0_digits;
  always @(posedge clk) if (dload) b6_l0_nq <= b6_l0_nzs;
  always @(posedge clk) if (dload) b6_l1_dq <= b6_l1_digits;
  always @(posedge clk) if (dload) b6_l1_nq <= b6_l1_nzs;
  always @(posedge clk) if (dload) b6_l2_dq <= b6_l2_digits;
  always @(posedge clk) if (dload) b6_l2_nq <= b6_l2_nzs;
  always @(posedge clk) if (dload) b6_l3_dq <= b6_l3_digits;
  always @(posedge clk) if (dload) b6_l3_nq <= b6_l3_nzs;
  always @(posedge clk) if (dload) b6_l4_dq <= b6_l4_digits;
  always @(posedge clk) if (dload) b6_l4_nq <= b6_l4_nzs;
  always @(posedge clk) if (dload) b6_l5_dq <= b6_l5_digits;
  always @(posedge clk) if (dload) b6_l5_nq <= b6_l5_nzs;
  always @(posedge clk) if (dload) b6_l6_dq <= b6_l6_digits;
  always @(posedge clk) if (dload) b6_l6_nq <= b6_l6_nzs;
  always @(posedge clk) if (dload) b6_l7_dq <= b6_l7_digits;
  always @(posedge clk) if (dload) b6_l7_nq <= b6_l7_nzs;
  always @(posedge clk) if (dload) b6_l8_dq <= b6_l8_digits;
  always @(posedge clk) if (dload) b6_l8_nq <= b6_l8_nzs;
  always @(posedge clk) if (dload) b6_l9_dq <= b6_l9_digits;
  always @(posedge clk) if (dload) b6_l9_nq <= b6_l9_nzs;
  always @(posedge clk) if (dload) b6_l10_dq <= b6_l10_digits;
  always @(posedge clk) if (dload) b6_l10_nq <= b6_l10_nzs;
  always @(posedge clk) if (dload) b6_l11_dq <= b6_l11_digits;
  always @(posedge clk) if (dload) b6_l11_nq <= b6_l11_nzs;
  always @(posedge clk) if (dload) b6_l12_dq <= b6_l12_digits;
  always @(posedge clk) if (dload) b6_l12_nq <= b6_l12_nzs;
  always @(posedge clk) if (dload) b6_l13_dq <= b6_l13_digits;
  always @(posedge clk) if (dload) b6_l13_nq <= b6_l13_nzs;
  always @(posedge clk) if (dload) b6_l14_dq <= b6_l14_digits;
  always @(posedge clk) if (dload) b6_l14_nq <= b6_l14_nzs;
  always @(posedge clk) if (dload) b6_l15_dq <= b6_l15_digits;
  always @(posedge clk) if (dload) b6_l15_nq <= b6_l15_nzs;
  always @(posedge clk) if (dload) b7_l0_dq <= b7_l0_digits;
  always @(posedge clk) if (dload) b7_l0_nq <= b7_l0_nzs;
  always @(posedge clk) if (dload) b7_l1_dq <= b7_l1_digits;
  always @(posedge clk) if (dload) b7_l1_nq <= b7_l1_nzs;
  always @(posedge clk) if (dload) b7_l2_dq <= b7_l2_digits;
  always @(posedge clk) if (dload) b7_l2_nq <= b7_l2_nzs;
  always @(posedge clk) if (dload) b7_l3_dq <= b7_l3_digits;
  always @(posedge clk) if (dload) b7_l3_nq <= b7_l3_nzs;
  always @(posedge clk) if (dload) b7_l4_dq <= b7_l4_digits;
  always @(posedge clk) if (dload) b7_l4_nq <= b7_l4_nzs;
  always @(posedge clk) if (dload) b7_l5_dq <= b7_l5_digits;
  always @(posedge clk) if (dload) b7_l5_nq <= b7_l5_nzs;
  always @(posedge clk) if (dload) b7_l6_dq <= b7_l6_digits;
  always @(posedge clk) if (dload) b7_l6_nq <= b7_l6_nzs;
  always @(posedge clk) if (dload) b7_l7_dq <= b7_l7_digits;
  always @(posedge clk) if (dload) b7_l7_nq <= b7_l7_nzs;
  always @(posedge clk) if (dload) b7_l8_dq <= b7_l8_digits;
  always @(posedge clk) if (dload) b7_l8_nq <= b7_l8_nzs;
  always @(posedge clk) if (dload) b7_l9_dq <= b7_l9_digits;
  always @(posedge clk) if (dload) b7_l9_nq <= b7_l9_nzs;
  always @(posedge clk) if (dload) b7_l10_dq <= b7_l10_digits;
  always @(posedge clk) if (dload) b7_l10_nq <= b7_l10_nzs;
  always @(posedge clk) if (dload) b7_l11_dq <= b7_l11_digits;
  always @(posedge clk) if (dload) b7_l11_nq <= b7_l11_nzs;
  always @(posedge clk) if (dload) b7_l12_dq <= b7_l12_digits;
  always @(posedge clk) if (dload) b7_l12_nq <= b7_l12_nzs;
  always @(posedge clk) if (dload) b7_l13_dq <= b7_l13_digits;
  always @(posedge clk) if (dload) b7_l13_nq <= b7_l13_nzs;
  always @(posedge clk) if (dload) b7_l14_dq <= b7_l14_digits;
  always @(posedge clk) if (dload) b7_l14_nq <= b7_l14_nzs;
  always @(posedge clk) if (dload) b7_l15_dq <= b7_l15_digits;
  always @(posedge clk) if (dload) b7_l15_nq <= b7_l15_nzs;
  always @(posedge clk) if (dload) b8_l0_dq <= b8_l0_digits;
  always @(posedge clk) if (dload) b8_l0_nq <= b8_l0_nzs;
  always @(posedge clk) if (dload) b8_l1_dq <= b8_l1_digits;
  always @(posedge clk) if (dload) b8_l1_nq <= b8_l1_nzs;
  always @(posedge clk) if (dload) b8_l2_dq <= b8_l2_digits;
  always @(posedge clk) if (dload) b8_l2_nq <= b8_l2_nzs;
  always @(posedge clk) if (dload) b8_l3_dq <= b8_l3_digits;
  always @(posedge clk) if (dload) b8_l3_nq <= b8_l3_nzs;
  always @(posedge clk) if (dload) b8_l4_dq <= b8_l4_digits;
  always @(posedge clk) if (dload) b8_l4_nq <= b8_l4_nzs;
  always @(posedge clk) if (dload) b8_l5_dq <= b8_l5_digits;
  always @(posedge clk) if (dload) b8_l5_nq <= b8_l5_nzs;
  always @(posedge clk) if (dload) b8_l6_dq <= b8_l6_digits;
  always @(posedge clk) if (dload) b8_l6_nq <= b8_l6_nzs;
  always @(posedge clk) if (dload) b8_l7_dq <= b8_l7_digits;
  always @(posedge clk) if (dload) b8_l7_nq <= b8_l7_nzs;
  always @(posedge clk) if (dload) b8_l8_dq <= b8_l8_digits;
  always @(posedge clk) if (dload) b8_l8_nq <= b8_l8_nzs;
  always @(posedge clk) if (dload) b8_l9_dq <= b8_l9_digits;
  always @(posedge clk) if (dload) b8_l9_nq <= b8_l9_nzs;
  always @(posedge clk) if (dload) b8_l10_dq <= b8_l10_digits;
  always @(posedge clk) if (dload) b8_l10_nq <= b8_l10_nzs;
  always @(posedge clk) if (dload) b8_l11_dq <= b8_l11_digits;
  always @(posedge clk) if (dload) b8_l11_nq <= b8_l11_nzs;
  always @(posedge clk) if (dload) b8_l12_dq <= b8_l12_digits;
  always @(posedge clk) if (dload) b8_l12_nq <= b8_l12_nzs;
  always @(posedge clk) if (dload) b8_l13_dq <= b8_l13_digits;
  always @(posedge clk) if (dload) b8_l13_nq <= b8_l13_nzs;
  always @(posedge clk) if (dload) b8_l14_dq <= b8_l14_digits;
  always @(posedge clk) if (dload) b8_l14_nq <= b8_l14_nzs;
  always @(posedge clk) if (dload) b8_l15_dq <= b8_l15_digits;
  always @(posedge clk) if (dload) b8_l15_nq <= b8_l15_nzs;
  always @(posedge clk) if (dload) b9_l0_dq <= b9_l0_digits;
  always @(posedge clk) if (dload) b9_l0_nq <= b9_l0_nzs;
  always @(posedge clk) if (dload) b9_l1_dq <= b9_l1_digits;
  always @(posedge clk) if (dload) b9_l1_nq <= b9_l1_nzs;
  always @(posedge clk) if (dload) b9_l2_dq <= b9_l2_digits;
  always @(posedge clk) if (dload) b9_l2_nq <= b9_l2_nzs;
  always @(posedge clk) if (dload) b9_l3_dq <= b9_l3_digits;
  always @(posedge clk) if (dload) b9_l3_nq <= b9_l3_nzs;
  always @(posedge clk) if (dload) b9_l4_dq <= b9_l4_digits;
  always @(posedge clk) if (dload) b9_l4_nq <= b9_l4_nzs;
  always @(posedge clk) if (dload) b9_l5_dq <= b9_l5_digits;
  always @(posedge clk) if (dload) b9_l5_nq <= b9_l5_nzs;
  always @(posedge clk) if (dload) b9_l6_dq <= b9_l6_digits;
  always @(posedge clk) if (dload) b9_l6_nq <= b9_l6_nzs;
  always @(posedge clk) if (dload) b9_l7_dq <= b9_l7_digits;
  always @(posedge clk) if (dload) b9_l7_nq <= b9_l7_nzs;
  always @(posedge clk) if (dload) b9_l8_dq <= b9_l8_digits;
  always @(posedge clk) if (dload) b9_l8_nq <= b9_l8_nzs;
  always @(posedge clk) if (dload) b9_l9_dq <= b9_l9_digits;
  always @(posedge clk) if (dload) b9_l9_nq <= b9_l9_nzs;
  always @(posedge clk) if (dload) b9_l10_dq <= b9_l10_digits;
  always @(posedge clk) if (dload) b9_l10_nq <= b9_l10_nzs;
  always @(posedge clk) if (dload) b9_l11_dq <= b9_l11_digits;
  always @(posedge clk) if (dload) b9_l11_nq <= b9_l11_nzs;
  always @(posedge clk) if (dload) b9_l12_dq <= b9_l12_digits;
  always @(posedge clk) if (dload) b9_l12_nq <= b9_l12_nzs;
  always @(posedge clk) if (dload) b9_l13_dq <= b9_l13_digits;
  always @(posedge clk) if (dload) b9_l13_nq <= b9_l13_nzs;
  always @(posedge clk) if (dload) b9_l14_dq <= b9_l14_digits;
  always @(posedge clk) if (dload) b9_l14_nq <= b9_l14_nzs;
  always @(posedge clk) if (dload) b9_l15_dq <= b9_l15_digits;
  always @(posedge clk) if (dload) b9_l15_nq <= b9_l15_nzs;
  always @(posedge clk) if (dload) b10_l0_dq <= b10_l0_digits;
  always @(posedge clk) if (dload) b10_l0_nq <= b10_l0_nzs;
  always @(posedge clk) if (dload) b10_l1_dq <= b10_l1_digits;
  always @(posedge clk) if (dload) b10_l1_nq <= b10_l1_nzs;
  always @(posedge clk) if (dload) b10_l2_dq <= b10_l2_digits;
  always @(posedge clk) if (dload) b10_l2_nq <= b10_l2_nzs;
  always @(posedge clk) if (dload) b10_l3_dq <= b10_l3_digits;
  always @(posedge clk) if (dload) b10_l3_nq <= b10_l3_nzs;
  always @(posedge clk) if (dload) b10_l4_dq <= b10_l4_digits;
  always @(posedge clk) if (dload) b10_l4_nq <= b10_l4_nzs;
  always @(posedge clk) if (dload) b10_l5_dq <= b10_l5_digits;
  always @(posedge clk) if (dload) b10_l5_nq <= b10_l5_nzs;
  always @(posedge clk) if (dload) b10_l6_dq <= b10_l6_digits;
  always @(posedge clk) if (dload) b10_l6_nq <= b10_l6_nzs;
  always @(posedge clk) if (dload) b10_l7_dq <= b10_l7_digits;
  always @(posedge clk) if (dload) b10_l7_nq <= b10_l7_nzs;
  always @(posedge clk) if (dload) b10_l8_dq <= b10_l8_digits;
  always @(posedge clk) if (dload) b10_l8_nq <= b10_l8_nzs;
  always @(posedge clk) if (dload) b10_l9_dq <= b10_l9_digits;
  always @(posedge clk) if (dload) b10_l9_nq <= b10_l9_nzs;
  always @(posedge clk) if (dload) b10_l10_dq <= b10_l10_digits;
  always @(posedge clk) if (dload) b10_l10_nq <= b10_l10_nzs;
  always @(posedge clk) if (dload) b10_l11_dq <= b10_l11_digits;
  always @(posedge clk) if (dload) b10_l11_nq <= b10_l11_nzs;
  always @(posedge clk) if (dload) b10_l12_dq <= b10_l12_digits;
  always @(posedge clk) if (dload) b10_l12_nq <= b10_l12_nzs;
  always @(posedge clk) if (dload) b10_l13_dq <= b10_l13_digits;
  always @(posedge clk) if (dload) b10_l13_nq <= b10_l13_nzs;
  always @(posedge clk) if (dload) b10_l14_dq <= b10_l14_digits;
  always @(posedge clk) if (dload) b10_l14_nq <= b10_l14_nzs;
  always @(posedge clk) if (dload) b10_l15_dq <= b10_l15_digits;
  always @(posedge clk) if (dload) b10_l15_nq <= b10_l15_nzs;
  always @(posedge clk) if (dload) b11_l0_dq <= b11_l0_digits;
  always @(posedge clk) if (dload) b11_l0_nq <= b11_l0_nzs;
  always @(posedge clk) if (dload) b11_l1_dq <= b11_l1_digits;
  always @(posedge clk) if (dload) b11_l1_nq <= b11_l1_nzs;
  always @(posedge clk) if (dload) b11_l2_dq <= b11_l2_digits;
  always @(posedge clk) if (dload) b11_l2_nq <= b11_l2_nzs;
  always @(posedge clk) if (dload) b11_l3_dq <= b11_l3_digits;
  always @(posedge clk) if (dload) b11_l3_nq <= b11_l3_nzs;
  always @(posedge clk) if (dload) b11_l4_dq <= b11_l4_digits;
  always @(posedge clk) if (dload) b11_l4_nq <= b11_l4_nzs;
  always @(posedge clk) if (dload) b11_l5_dq <= b11_l5_digits;
  always @(posedge clk) if (dload) b11_l5_nq <= b11_l5_nzs;
  always @(posedge clk) if (dload) b11_l6_dq <= b11_l6_digits;
  always @(posedge clk) if (dload) b11_l6_nq <= b11_l6_nzs;
  always @(posedge clk) if (dload) b11_l7_dq <= b11_l7_digits;
  always @(posedge clk) if (dload) b11_l7_nq <= b11_l7_nzs;
  always @(posedge clk) if (dload) b11_l8_dq <= b11_l8_digits;
  always @(posedge clk) if (dload) b11_l8_nq <= b11_l8_nzs;
  always @(posedge clk) if (dload) b11_l9_dq <= b11_l9_digits;
  always @(posedge clk) if (dload) b11_l9_nq <= b11_l9_nzs;
  always @(posedge clk) if (dload) b11_l10_dq <= b11_l10_digits;
  always @(posedge clk) if (dload) b11_l10_nq <= b11_l10_nzs;
  always @(posedge clk) if (dload) b11_l11_dq <= b11_l11_digits;
  always @(posedge clk) if (dload) b11_l11_nq <= b11_l11_nzs;
  always @(posedge clk) if (dload) b11_l12_dq <= b11_l12_digits;
  always @(posedge clk) if (dload) b11_l12_nq <= b11_l12_nzs;
  always @(posedge clk) if (dload) b11_l13_dq <= b11_l13_digits;
  always @(posedge clk) if (dload) b11_l13_nq <= b11_l13_nzs;
  always @(posedge clk) if (dload) b11_l14_dq <= b11_l14_digits;
  always @(posedge clk) if (dload) b11_l14_nq <= b11_l14_nzs;
  always @(posedge clk) if (dload) b11_l15_dq <= b11_l15_digits;
  always @(posedge clk) if (dload) b11_l15_nq <= b11_l15_nzs;
  always @(posedge clk) if (dload) b12_l0_dq <= b12_l0_digits;
  always @(posedge clk) if (dload) b12_l0_nq <= b12_l0_nzs;
  always @(posedge clk) if (dload) b12_l1_dq <= b12_l1_digits;
  always @(posedge clk) if (dload) b12_l1_nq <= b12_l1_nzs;
  always @(posedge clk) if (dload) b12_l2_dq <= b12_l2_digits;
  always @(posedge clk) if (dload) b12_l2_nq <= b12_l2_nzs;
  always @(posedge clk) if (dload) b12_l3_dq <= b12_l3_digits;
  always @(posedge clk) if (dload) b12_l3_nq <= b12_l3_nzs;
  always @(posedge clk) if (dload) b12_l4_dq <= b12_l4_digits;
  always @(posedge clk) if (dload) b12_l4_nq <= b12_l4_nzs;
  always @(posedge clk) if (dload) b12_l5_dq <= b12_l5_digits;
  always @(posedge clk) if (dload) b12_l5_nq <= b12_l5_nzs;
  always @(posedge clk) if (dload) b12_l6_dq <= b12_l6_digits;
  always @(posedge clk) if (dload) b12_l6_nq <= b12_l6_nzs;
  always @(posedge clk) if (dload) b12_l7_dq <= b12_l7_digits;
  always @(posedge clk) if (dload) b12_l7_nq <= b12_l7_nzs;
  always @(posedge clk) if (dload) b12_l8_dq <= b12_l8_digits;
  always @(posedge clk) if (dload) b12_l8_nq <= b12_l8_nzs;
  always @(posedge clk) if (dload) b12_l9_dq <= b12_l9_digits;
  always @(posedge clk) if (dload) b12_l9_nq <= b12_l9_nzs;
  always @(posedge clk) if (dload) b12_l10_dq <= b12_l10_digits;
  always @(posedge clk) if (dload) b12_l10_nq <= b12_l10_nzs;
  always @(posedge clk) if (dload) b12_l11_dq <= b12_l11_digits;
  always @(posedge clk) if (dload) b12_l11_nq <= b12_l11_nzs;
  always @(posedge clk) if (dload) b12_l12_dq <= b12_l12_digits;
  always @(posedge clk) if (dload) b12_l12_nq <= b12_l12_nzs;
  always @(posedge clk) if (dload) b12_l13_dq <= b12_l13_digits;
  always @(posedge clk) if (dload) b12_l13_nq <= b12_l13_nzs;
  always @(posedge clk) if (dload) b12_l14_dq <= b12_l14_digits;
  always @(posedge clk) if (dload) b12_l14_nq <= b12_l14_nzs;
  always @(posedge clk) if (dload) b12_l15_dq <= b12_l15_digits;
  always @(posedge clk) if (dload) b12_l15_nq <= b12_l15_nzs;
  always @(posedge clk) if (dload) b13_l0_dq <= b13_l0_digits;
  always @(posedge clk) if (dload) b13_l0_nq <= b13_l0_nzs;
  always @(posedge clk) if (dload) b13_l1_dq <= b13_l1_digits;
  always @(posedge clk) if (dload) b13_l1_nq <= b13_l1_nzs;
  always @(posedge clk) if (dload) b13_l2_dq <= b13_l2_digits;
  always @(posedge clk) if (dload) b13_l2_nq <= b13_l2_nzs;
  always @(posedge clk) if (dload) b13_l3_dq <= b13_l3_digits;
  always @(posedge clk) if (dload) b13_l3_nq <= b13_l3_nzs;
  always @(posedge clk) if (dload) b13_l4_dq <= b13_l4_digits;
  always @(posedge clk) if (dload) b13_l4_nq <= b13_l4_nzs;
  always @(posedge clk) if (dload) b13_l5_dq <= b13_l5_digits;
  always @(posedge clk) if (dload) b13_l5_nq <= b13_l5_nzs;
  always @(posedge clk) if (dload) b13_l6_dq <= b13_l6_digits;
  always @(posedge clk) if (dload) b13_l6_nq <= b13_l6_nzs;
  always @(posedge clk) if (dload) b13_l7_dq <= b13_l7_digits;
  always @(posedge clk) if (dload) b13_l7_nq <= b13_l7_nzs;
  always @(posedge clk) if (dload) b13_l8_dq <= b13_l8_digits;
  always @(posedge clk) if (dload) b13_l8_nq <= b13_l8_nzs;
  always @(posedge clk) if (dload) b13_l9_dq <= b13_l9_digits;
  always @(posedge clk) if (dload) b13_l9_nq <= b13_l9_nzs;
  always @(posedge clk) if (dload) b13_l10_dq <= b13_l10_digits;
  always @(posedge clk) if (dload) b13_l10_nq <= b13_l10_nzs;
  always @(posedge clk) if (dload) b13_l11_dq <= b13_l11_digits;
  always @(posedge clk) if (dload) b13_l11_nq <= b13_l11_nzs;
  always @(posedge clk) if (dload) b13_l12_dq <= b13_l12_digits;
  always @(posedge clk) if (dload) b13_l12_nq <= b13_l12_nzs;
  always @(posedge clk) if (dload) b13_l13_dq <= b13_l13_digits;
  always @(posedge clk) if (dload) b13_l13_nq <= b13_l13_nzs;
  always @(posedge clk) if (dload) b13_l14_dq <= b13_l14_digits;
  always @(posedge clk) if (dload) b13_l14_nq <= b13_l14_nzs;
  always @(posedge clk) if (dload) b13_l15_dq <= b13_l15_digits;
  always @(posedge clk) if (dload) b13_l15_nq <= b13_l15_nzs;
  always @(posedge clk) if (dload) b14_l0_dq <= b14_l0_digits;
  always @(posedge clk) if (dload) b14_l0_nq <= b14_l0_nzs;
  always @(posedge clk) if (dload) b14_l1_dq <= b14_l1_digits;
  always @(posedge clk) if (dload) b14_l1_nq <= b14_l1_nzs;
  always @(posedge clk) if (dload) b14_l2_dq <= b14_l2_digits;
  always @(posedge clk) if (dload) b14_l2_nq <= b14_l2_nzs;
  always @(posedge clk) if (dload) b14_l3_dq <= b14_l3_digits;
  always @(posedge clk) if (dload) b14_l3_nq <= b14_l3_nzs;
  always @(posedge clk) if (dload) b14_l4_dq <= b14_l4_digits;
  always @(posedge clk) if (dload) b14_l4_nq <= b14_l4_nzs;
  always @(posedge clk) if (dload) b14_l5_dq <= b14_l5_digits;
  always @(posedge clk) if (dload) b14_l5_nq <= b14_l5_nzs;
  always @(posedge clk) if (dload) b14_l6_dq <= b14_l6_digits;
  always @(posedge clk) if (dload) b14_l6_nq <= b14_l6_nzs;
  always @(posedge clk) if (dload) b14_l7_dq <= b14_l7_digits;
  always @(posedge clk) if (dload) b14_l7_nq <= b14_l7_nzs;
  always @(posedge clk) if (dload) b14_l8_dq <= b14_l8_digits;
  always @(posedge clk) if (dload) b14_l8_nq <= b14_l8_nzs;
  always @(posedge clk) if (dload) b14_l9_dq <= b14_l9_digits;
  always @(posedge clk) if (dload) b14_l9_nq <= b14_l9_nzs;
  always @(posedge clk) if (dload) b14_l10_dq <= b14_l10_digits;
  always @(posedge clk) if (dload) b14_l10_nq <= b14_l10_nzs;
  always @(posedge clk) if (dload) b14_l11_dq <= b14_l11_digits;
  always @(posedge clk) if (dload) b14_l11_nq <= b14_l11_nzs;
  always @(posedge clk) if (dload) b14_l12_dq <= b14_l12_digits;
  always @(posedge clk) if (dload) b14_l12_nq <= b14_l12_nzs;
  always @(posedge clk) if (dload) b14_l13_dq <= b14_l13_digits;
  always @(posedge clk) if (dload) b14_l13_nq <= b14_l13_nzs;
  always @(posedge clk) if (dload) b14_l14_dq <= b14_l14_digits;
  always @(posedge clk) if (dload) b14_l14_nq <= b14_l14_nzs;
  always @(posedge clk) if (dload) b14_l15_dq <= b14_l15_digits;
  always @(posedge clk) if (dload) b14_l15_nq <= b14_l15_nzs;
  always @(posedge clk) if (dload) b15_l0_dq <= b15_l0_digits;
  always @(posedge clk) if (dload) b15_l0_nq <= b15_l0_nzs;
  always @(posedge clk) if (dload) b15_l1_dq <= b15_l1_digits;
  always @(posedge clk) if (dload) b15_l1_nq <= b15_l1_nzs;
  always @(posedge clk) if (dload) b15_l2_dq <= b15_l2_digits;
  always @(posedge clk) if (dload) b15_l2_nq <= b15_l2_nzs;
  always @(posedge clk) if (dload) b15_l3_dq <= b15_l3_digits;
  always @(posedge clk) if (dload) b15_l3_nq <= b15_l3_nzs;
  always @(posedge clk) if (dload) b15_l4_dq <= b15_l4_digits;
  always @(posedge clk) if (dload) b15_l4_nq <= b15_l4_nzs;
  always @(posedge clk) if (dload) b15_l5_dq <= b15_l5_digits;
  always @(posedge clk) if (dload) b15_l5_nq <= b15_l5_nzs;
  always @(posedge clk) if (dload) b15_l6_dq <= b15_l6_digits;
  always @(posedge clk) if (dload) b15_l6_nq <= b15_l6_nzs;
  always @(posedge clk) if (dload) b15_l7_dq <= b15_l7_digits;
  always @(posedge clk) if (dload) b15_l7_nq <= b15_l7_nzs;
  always @(posedge clk) if (dload) b15_l8_dq <= b15_l8_digits;
  always @(posedge clk) if (dload) b15_l8_nq <= b15_l8_nzs;
  always @(posedge clk) if (dload) b15_l9_dq <= b15_l9_digits;
  always @(posedge clk) if (dload) b15_l9_nq <= b15_l9_nzs;
  always @(posedge clk) if (dload) b15_l10_dq <= b15_l10_digits;
  always @(posedge clk) if (dload) b15_l10_nq <= b15_l10_nzs;
  always @(posedge clk) if (dload) b15_l11_dq <= b15_l11_digits;
  always @(posedge clk) if (dload) b15_l11_nq <= b15_l11_nzs;
  always @(posedge clk) if (dload) b15_l12_dq <= b15_l12_digits;
  always @(posedge clk) if (dload) b15_l12_nq <= b15_l12_nzs;
  always @(posedge clk) if (dload) b15_l13_dq <= b15_l13_digits;
  always @(posedge clk) if (dload) b15_l13_nq <= b15_l13_nzs;
  always @(posedge clk) if (dload) b15_l14_dq <= b15_l14_digits;
  always @(posedge clk) if (dload) b15_l14_nq <= b15_l14_nzs;
  always @(posedge clk) if (dload) b15_l15_dq <= b15_l15_digits;
  always @(posedge clk) if (dload) b15_l15_nq <= b15_l15_nzs;
  always @(posedge clk) if (dload) max_a0 <= max_a0_next;
  always @(posedge clk) if (dload) max_b0 <= max_b0_next;
  always @(posedge clk) if (rst) ci0 <= 4'd0; else if (start | run) ci0 <= (start | k_end) ? 4'd0 : (~done0 & eb0 & ~ea0) ? ci0 + 4'd1 : ci0;
  always @(posedge clk) if (rst) cj0 <= 4'd0; else if (start | run) cj0 <= (start | k_end) ? 4'd0 : done0 ? cj0 : eb0 ? 4'd0 : cj0 + 4'd1;
  always @(posedge clk) if (rst) done0 <= 1'b0; else if (start | run) done0 <= (start | k_end) ? 1'b0 : done0 | (ea0 & eb0);
  always @(posedge clk) if (dload) max_a1 <= max_a1_next;
  always @(posedge clk) if (dload) max_b1 <= max_b1_next;
  always @(posedge clk) if (rst) ci1 <= 4'd0; else if (start | run) ci1 <= (start | k_end) ? 4'd0 : (~done1 & eb1 & ~ea1) ? ci1 + 4'd1 : ci1;
  always @(posedge clk) if (rst) cj1 <= 4'd0; else if (start | run) cj1 <= (start | k_end) ? 4'd0 : done1 ? cj1 : eb1 ? 4'd0 : cj1 + 4'd1;
  always @(posedge clk) if (rst) done1 <= 1'b0; else if (start | run) done1 <= (start | k_end) ? 1'b0 : done1 | (ea1 & eb1);
  always @(posedge clk) if (dload) max_a2 <= max_a2_next;
  always @(posedge clk) if (dload) max_b2 <= max_b2_next;
  always @(posedge clk) if (rst) ci2 <= 4'd0; else if (start | run) ci2 <= (start | k_end) ? 4'd0 : (~done2 & eb2 & ~ea2) ? ci2 + 4'd1 : ci2;
  always @(posedge clk) if (rst) cj2 <= 4'd0; else if (start | run) cj2 <= (start | k_end) ? 4'd0 : done2 ? cj2 : eb2 ? 4'd0 : cj2 + 4'd1;
  always @(posedge clk) if (rst) done2 <= 1'b0; else if (start | run) done2 <= (start | k_end) ? 1'b0 : done2 | (ea2 & eb2);
  always @(posedge clk) if (dload) max_a3 <= max_a3_next;
  always @(posedge clk) if (dload) max_b3 <= max_b3_next;
  always @(posedge clk) if (rst) ci3 <= 4'd0; else if (start | run) ci3 <= (start | k_end) ? 4'd0 : (~done3 & eb3 & ~ea3) ? ci3 + 4'd1 : ci3;
  always @(posedge clk) if (rst) cj3 <= 4'd0; else if (start | run) cj3 <= (start | k_end) ? 4'd0 : done3 ? cj3 : eb3 ? 4'd0 : cj3 + 4'd1;
  always @(posedge clk) if (rst) done3 <= 1'b0; else if (start | run) done3 <= (start | k_end) ? 1'b0 : done3 | (ea3 & eb3);
  always @(posedge clk) if (dload) max_a4 <= max_a4_next;
  always @(posedge clk) if (dload) max_b4 <= max_b4_next;
  always @(posedge clk) if (rst) ci4 <= 4'd0; else if (start | run) ci4 <= (start | k_end) ? 4'd0 : (~done4 & eb4 & ~ea4) ? ci4 + 4'd1 : ci4;
  always @(posedge clk) if (rst) cj4 <= 4'd0; else if (start | run) cj4 <= (start | k_end) ? 4'd0 : done4 ? cj4 : eb4 ? 4'd0 : cj4 + 4'd1;
  always @(posedge clk) if (rst) done4 <= 1'b0; else if (start | run) done4 <= (start | k_end) ? 1'b0 : done4 | (ea4 & eb4);
  always @(posedge clk) if (dload) max_a5 <= max_a5_next;
  always @(posedge clk) if (dload) max_b5 <= max_b5_next;
  always @(posedge clk) if (rst) ci5 <= 4'd0; else if (start | run) ci5 <= (start | k_end) ? 4'd0 : (~done5 & eb5 & ~ea5) ? ci5 + 4'd1 : ci5;
  always @(posedge clk) if (rst) cj5 <= 4'd0; else if (start | run) cj5 <= (start | k_end) ? 4'd0 : done5 ? cj5 : eb5 ? 4'd0 : cj5 + 4'd1;
  always @(posedge clk) if (rst) done5 <= 1'b0; else if (start | run) done5 <= (start | k_end) ? 1'b0 : done5 | (ea5 & eb5);
  always @(posedge clk) if (dload) max_a6 <= max_a6_next;
  always @(posedge clk) if (dload) max_b6 <= max_b6_next;
  always @(posedge clk) if (rst) ci6 <= 4'd0; else if (start | run) ci6 <= (start | k_end) ? 4'd0 : (~done6 & eb6 & ~ea6) ? ci6 + 4'd1 : ci6;
  always @(posedge clk) if (rst) cj6 <= 4'd0; else if (start | run) cj6 <= (start | k_end) ? 4'd0 : done6 ? cj6 : eb6 ? 4'd0 : cj6 + 4'd1;
  always @(posedge clk) if (rst) done6 <= 1'b0; else if (start | run) done6 <= (start | k_end) ? 1'b0 : done6 | (ea6 & eb6);
  always @(posedge clk) if (dload) max_a7 <= max_a7_next;
  always @(posedge clk) if (dload) max_b7 <= max_b7_next;
  always @(posedge clk) if (rst) ci7 <= 4'd0; else if (start | run) ci7 <= (start | k_end) ? 4'd0 : (~done7 & eb7 & ~ea7) ? ci7 + 4'd1 : ci7;
  always @(posedge clk) if (rst) cj7 <= 4'd0; else if (start | run) cj7 <= (start | k_end) ? 4'd0 : done7 ? cj7 : eb7 ? 4'd0 : cj7 + 4'd1;
  always @(posedge clk) if (rst) done7 <= 1'b0; else if (start | run) done7 <= (start | k_end) ? 1'b0 : done7 | (ea7 & eb7);
  always @(posedge clk) if (dload) max_a8 <= max_a8_next;
  always @(posedge clk) if (dload) max_b8 <= max_b8_next;
  always @(posedge clk) if (rst) ci8 <= 4'd0; else if (start | run) ci8 <= (start | k_end) ? 4'd0 : (~done8 & eb8 & ~ea8) ? ci8 + 4'd1 : ci8;
  always @(posedge clk) if (rst) cj8 <= 4'd0; else if (start | run) cj8 <= (start | k_end) ? 4'd0 : done8 ? cj8 : eb8 ? 4'd0 : cj8 + 4'd1;
  always @(posedge clk) if (rst) done8 <= 1'b0; else if (start | run) done8 <= (start | k_end) ? 1'b0 : done8 | (ea8 & eb8);
  always @(posedge clk) if (dload) max_a9 <= max_a9_next;
  always @(posedge clk) if (dload) max_b9 <= max_b9_next;
  always @(posedge clk) if (rst) ci9 <= 4'd0; else if (start | run) ci9 <= (start | k_end) ? 4'd0 : (~done9 & eb9 & ~ea9) ? ci9 + 4'd1 : ci9;
  always @(posedge clk) if (rst) cj9 <= 4'd0; else if (start | run) cj9 <= (start | k_end) ? 4'd0 : done9 ? cj9 : eb9 ? 4'd0 : cj9 + 4'd1;
  always @(posedge clk) if (rst) done9 <= 1'b0; else if (start | run) done9 <= (start | k_end) ? 1'b0 : done9 | (ea9 & eb9);
  always @(posedge clk) if (dload) max_a10 <= max_a10_next;
  always @(posedge clk) if (dload) max_b10 <= max_b10_next;
  always @(posedge clk) if (rst) ci10 <= 4'd0; else if (start | run) ci10 <= (start | k_end) ? 4'd0 : (~done10 & eb10 & ~ea10) ? ci10 + 4'd1 : ci10;
  always @(posedge clk) if (rst) cj10 <= 4'd0; else if (start | run) cj10 <= (start | k_end) ? 4'd0 : done10 ? cj10 : eb10 ? 4'd0 : cj10 + 4'd1;
  always @(posedge clk) if (rst) done10 <= 1'b0; else if (start | run) done10 <= (start | k_end) ? 1'b0 : done10 | (ea10 & eb10);
  always @(posedge clk) if (dload) max_a11 <= max_a11_next;
  always @(posedge clk) if (dload) max_b11 <= max_b11_next;
  always @(posedge clk) if (rst) ci11 <= 4'd0; else if (start | run) ci11 <= (start | k_end) ? 4'd0 : (~done11 & eb11 & ~ea11) ? ci11 + 4'd1 : ci11;
  always @(posedge clk) if (rst) cj11 <= 4'd0; else if (start | run) cj11 <= (start | k_end) ? 4'd0 : done11 ? cj11 : eb11 ? 4'd0 : cj11 + 4'd1;
  always @(posedge clk) if (rst) done11 <= 1'b0; else if (start | run) done11 <= (start | k_end) ? 1'b0 : done11 | (ea11 & eb11);
  always @(posedge clk) if (dload) max_a12 <= max_a12_next;
  always @(posedge clk) if (dload) max_b12 <= max_b12_next;
  always @(posedge clk) if (rst) ci12 <= 4'd0; else if (start | run) ci12 <= (start | k_end) ? 4'd0 : (~done12 & eb12 & ~ea12) ? ci12 + 4'd1 : ci12;
  always @(posedge clk) if (rst) cj12 <= 4'd0; else if (start | run) cj12 <= (start | k_end) ? 4'd0 : done12 ? cj12 : eb12 ? 4'd0 : cj12 + 4'd1;
  always @(posedge clk) if (rst) done12 <= 1'b0; else if (start | run) done12 <= (start | k_end) ? 1'b0 : done12 | (ea12 & eb12);
  always @(posedge clk) if (dload) max_a13 <= max_a13_next;
  always @(posedge clk) if (dload) max_b13 <= max_b13_next;
  always @(posedge clk) if (rst) ci13 <= 4'd0; else if (start | run) ci13 <= (start | k_end) ? 4'd0 : (~done13 & eb13 & ~ea13) ? ci13 + 4'd1 : ci13;
  always @(posedge clk) if (rst) cj13 <= 4'd0; else if (start | run) cj13 <= (start | k_end) ? 4'd0 : done13 ? cj13 : eb13 ? 4'd0 : cj13 + 4'd1;
  always @(posedge clk) if (rst) done13 <= 1'b0; else if (start | run) done13 <= (start | k_end) ? 1'b0 : done13 | (ea13 & eb13);
  always @(posedge clk) if (dload) max_a14 <= max_a14_next;
  always @(posedge clk) if (dload) max_b14 <= max_b14_next;
  always @(posedge clk) if (rst) ci14 <= 4'd0; else if (start | run) ci14 <= (start | k_end) ? 4'd0 : (~done14 & eb14 & ~ea14) ? ci14 + 4'd1 : ci14;
  always @(posedge clk) if (rst) cj14 <= 4'd0; else if (start | run) cj14 <= (start | k_end) ? 4'd0 : done14 ? cj14 : eb14 ? 4'd0 : cj14 + 4'd1;
  always @(posedge clk) if (rst) done14 <= 1'b0; else if (start | run) done14 <= (start | k_end) ? 1'b0 : done14 | (ea14 & eb14);
  always @(posedge clk) if (dload) max_a15 <= max_a15_next;
  always @(posedge clk) if (dload) max_b15 <= max_b15_next;
  always @(posedge clk) if (rst) ci15 <= 4'd0; else if (start | run) ci15 <= (start | k_end) ? 4'd0 : (~done15 & eb15 & ~ea15) ? ci15 + 4'd1 : ci15;
  always @(posedge clk) if (rst) cj15 <= 4'd0; else if (start | run) cj15 <= (start | k_end) ? 4'd0 : done15 ? cj15 : eb15 ? 4'd0 : cj15 + 4'd1;
  always @(posedge clk) if (rst) done15 <= 1'b0; else if (start | run) done15 <= (start | k_end) ? 1'b0 : done15 | (ea15 & eb15);
  always @(posedge clk) if (rst) sfirst <= 1'b1; else if (start | run) sfirst <= start | k_end;
  always @(posedge clk) if (rst) dl_f_last_q0 <= 1'b0; else dl_f_last_q0 <= f_last;
  always @(posedge clk) if (rst) dl_dl_f_last_q1 <= 1'b0; else dl_dl_f_last_q1 <= dl_f_last_q0;
  always @(posedge clk) if (rst) dl_dl_dl_f_last_q2 <= 1'b0; else dl_dl_dl_f_last_q2 <= dl_dl_f_last_q1;
  always @(posedge clk) if (rst) dl_dl_dl_dl_f_last_q3 <= 1'b0; else dl_dl_dl_dl_f_last_q3 <= dl_dl_dl_f_last_q2;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_f_last_q4 <= 1'b0; else dl_dl_dl_dl_dl_f_last_q4 <= dl_dl_dl_dl_f_last_q3;
endmodule
