// laconic_2x2: Laconic-class 2 (n) x 2 (m) array top, 4 term-pair lanes per PE
// Source design: laconic_2x2 (examples/laconic_2x2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Laconic-class bit-slice array, 2 (n) x 2 (m), 4 term-pair lanes per PE.
// Protocol: pulse start with cfg_k = steps of the tile (ceil(K / 4)); the array requests
// step a_idx/b_idx (lane l holds k = 4 * step + l) and holds the request until every
// lane has issued its term pairs (k_end); out_vld marks the tile's results.
module laconic_2x2 (
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
  output wire [3:0] out_vld,
  output wire [127:0] out_data
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
  wire [11:0] a1_l0_digits;
  wire [3:0] a1_l0_nzs;
  wire [3:0] a1_l0_cnt;
  wire a1_l0_h0;
  wire [3:0] a1_l0_n0;
  wire a1_l0_h1;
  wire [3:0] a1_l0_n1;
  wire a1_l0_h2;
  wire [3:0] a1_l0_n2;
  wire a1_l0_h3;
  wire a1_l0_hit;
  wire [1:0] a1_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a1_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a1_l0_e;
  wire [4:0] a1_l0_t;
  wire [11:0] a1_l1_digits;
  wire [3:0] a1_l1_nzs;
  wire [3:0] a1_l1_cnt;
  wire a1_l1_h0;
  wire [3:0] a1_l1_n0;
  wire a1_l1_h1;
  wire [3:0] a1_l1_n1;
  wire a1_l1_h2;
  wire [3:0] a1_l1_n2;
  wire a1_l1_h3;
  wire a1_l1_hit;
  wire [1:0] a1_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a1_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a1_l1_e;
  wire [4:0] a1_l1_t;
  wire [11:0] a1_l2_digits;
  wire [3:0] a1_l2_nzs;
  wire [3:0] a1_l2_cnt;
  wire a1_l2_h0;
  wire [3:0] a1_l2_n0;
  wire a1_l2_h1;
  wire [3:0] a1_l2_n1;
  wire a1_l2_h2;
  wire [3:0] a1_l2_n2;
  wire a1_l2_h3;
  wire a1_l2_hit;
  wire [1:0] a1_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a1_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a1_l2_e;
  wire [4:0] a1_l2_t;
  wire [11:0] a1_l3_digits;
  wire [3:0] a1_l3_nzs;
  wire [3:0] a1_l3_cnt;
  wire a1_l3_h0;
  wire [3:0] a1_l3_n0;
  wire a1_l3_h1;
  wire [3:0] a1_l3_n1;
  wire a1_l3_h2;
  wire [3:0] a1_l3_n2;
  wire a1_l3_h3;
  wire a1_l3_hit;
  wire [1:0] a1_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] a1_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] a1_l3_e;
  wire [4:0] a1_l3_t;
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
  wire [3:0] a0_max0_0;
  wire [3:0] max_a0_next;
  wire [3:0] b0_max0_0;
  wire [3:0] max_b0_next;
  wire none0;
  wire ea0;
  wire eb0;
  wire last0;
  wire [3:0] a1_max0_0;
  wire [3:0] max_a1_next;
  wire [3:0] b1_max0_0;
  wire [3:0] max_b1_next;
  wire none1;
  wire ea1;
  wire eb1;
  wire last1;
  wire [3:0] a2_max0_0;
  wire [3:0] max_a2_next;
  wire [3:0] b2_max0_0;
  wire [3:0] max_b2_next;
  wire none2;
  wire ea2;
  wire eb2;
  wire last2;
  wire [3:0] a3_max0_0;
  wire [3:0] max_a3_next;
  wire [3:0] b3_max0_0;
  wire [3:0] max_b3_next;
  wire none3;
  wire ea3;
  wire eb3;
  wire last3;
  wire k_end;
  wire [3:0] act;
  wire [31:0] o0_0;
  wire [31:0] o0_1;
  wire [31:0] o1_0;
  wire [31:0] o1_1;
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
  reg [11:0] a1_l0_dq;
  reg [3:0] a1_l0_nq;
  reg [11:0] a1_l1_dq;
  reg [3:0] a1_l1_nq;
  reg [11:0] a1_l2_dq;
  reg [3:0] a1_l2_nq;
  reg [11:0] a1_l3_dq;
  reg [3:0] a1_l3_nq;
  reg [11:0] b0_l0_dq;
  reg [3:0] b0_l0_nq;
  reg [11:0] b0_l1_dq;
  reg [3:0] b0_l1_nq;
  reg [11:0] b0_l2_dq;
  reg [3:0] b0_l2_nq;
  reg [11:0] b0_l3_dq;
  reg [3:0] b0_l3_nq;
  reg [11:0] b1_l0_dq;
  reg [3:0] b1_l0_nq;
  reg [11:0] b1_l1_dq;
  reg [3:0] b1_l1_nq;
  reg [11:0] b1_l2_dq;
  reg [3:0] b1_l2_nq;
  reg [11:0] b1_l3_dq;
  reg [3:0] b1_l3_nq;
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
  assign a1_l0_cnt = {3'd0, a1_l0_nzs[0]} + {3'd0, a1_l0_nzs[1]} + {3'd0, a1_l0_nzs[2]} + {3'd0, a1_l0_nzs[3]};
  assign a1_l0_h0 = a1_l0_nq[0] & (4'd0 == ci0);
  assign a1_l0_n0 = 4'd0 + {3'd0, a1_l0_nq[0]};
  assign a1_l0_h1 = a1_l0_nq[1] & (a1_l0_n0 == ci0);
  assign a1_l0_n1 = a1_l0_n0 + {3'd0, a1_l0_nq[1]};
  assign a1_l0_h2 = a1_l0_nq[2] & (a1_l0_n1 == ci0);
  assign a1_l0_n2 = a1_l0_n1 + {3'd0, a1_l0_nq[2]};
  assign a1_l0_h3 = a1_l0_nq[3] & (a1_l0_n2 == ci0);
  assign a1_l0_hit = a1_l0_h0 | a1_l0_h1 | a1_l0_h2 | a1_l0_h3;
  assign a1_l0_pos = ((a1_l0_h0 ? 2'd0 : 2'd0) | (a1_l0_h1 ? 2'd1 : 2'd0) | (a1_l0_h2 ? 2'd2 : 2'd0) | (a1_l0_h3 ? 2'd3 : 2'd0));
  assign a1_l0_dig = (({3{a1_l0_h0}} & a1_l0_dq[2:0]) | ({3{a1_l0_h1}} & a1_l0_dq[5:3]) | ({3{a1_l0_h2}} & a1_l0_dq[8:6]) | ({3{a1_l0_h3}} & a1_l0_dq[11:9]));
  assign a1_l0_e = {a1_l0_pos, a1_l0_dig[1]};
  assign a1_l0_t = {a1_l0_hit, a1_l0_dig[2], a1_l0_e};
  assign a1_l1_cnt = {3'd0, a1_l1_nzs[0]} + {3'd0, a1_l1_nzs[1]} + {3'd0, a1_l1_nzs[2]} + {3'd0, a1_l1_nzs[3]};
  assign a1_l1_h0 = a1_l1_nq[0] & (4'd0 == ci1);
  assign a1_l1_n0 = 4'd0 + {3'd0, a1_l1_nq[0]};
  assign a1_l1_h1 = a1_l1_nq[1] & (a1_l1_n0 == ci1);
  assign a1_l1_n1 = a1_l1_n0 + {3'd0, a1_l1_nq[1]};
  assign a1_l1_h2 = a1_l1_nq[2] & (a1_l1_n1 == ci1);
  assign a1_l1_n2 = a1_l1_n1 + {3'd0, a1_l1_nq[2]};
  assign a1_l1_h3 = a1_l1_nq[3] & (a1_l1_n2 == ci1);
  assign a1_l1_hit = a1_l1_h0 | a1_l1_h1 | a1_l1_h2 | a1_l1_h3;
  assign a1_l1_pos = ((a1_l1_h0 ? 2'd0 : 2'd0) | (a1_l1_h1 ? 2'd1 : 2'd0) | (a1_l1_h2 ? 2'd2 : 2'd0) | (a1_l1_h3 ? 2'd3 : 2'd0));
  assign a1_l1_dig = (({3{a1_l1_h0}} & a1_l1_dq[2:0]) | ({3{a1_l1_h1}} & a1_l1_dq[5:3]) | ({3{a1_l1_h2}} & a1_l1_dq[8:6]) | ({3{a1_l1_h3}} & a1_l1_dq[11:9]));
  assign a1_l1_e = {a1_l1_pos, a1_l1_dig[1]};
  assign a1_l1_t = {a1_l1_hit, a1_l1_dig[2], a1_l1_e};
  assign a1_l2_cnt = {3'd0, a1_l2_nzs[0]} + {3'd0, a1_l2_nzs[1]} + {3'd0, a1_l2_nzs[2]} + {3'd0, a1_l2_nzs[3]};
  assign a1_l2_h0 = a1_l2_nq[0] & (4'd0 == ci2);
  assign a1_l2_n0 = 4'd0 + {3'd0, a1_l2_nq[0]};
  assign a1_l2_h1 = a1_l2_nq[1] & (a1_l2_n0 == ci2);
  assign a1_l2_n1 = a1_l2_n0 + {3'd0, a1_l2_nq[1]};
  assign a1_l2_h2 = a1_l2_nq[2] & (a1_l2_n1 == ci2);
  assign a1_l2_n2 = a1_l2_n1 + {3'd0, a1_l2_nq[2]};
  assign a1_l2_h3 = a1_l2_nq[3] & (a1_l2_n2 == ci2);
  assign a1_l2_hit = a1_l2_h0 | a1_l2_h1 | a1_l2_h2 | a1_l2_h3;
  assign a1_l2_pos = ((a1_l2_h0 ? 2'd0 : 2'd0) | (a1_l2_h1 ? 2'd1 : 2'd0) | (a1_l2_h2 ? 2'd2 : 2'd0) | (a1_l2_h3 ? 2'd3 : 2'd0));
  assign a1_l2_dig = (({3{a1_l2_h0}} & a1_l2_dq[2:0]) | ({3{a1_l2_h1}} & a1_l2_dq[5:3]) | ({3{a1_l2_h2}} & a1_l2_dq[8:6]) | ({3{a1_l2_h3}} & a1_l2_dq[11:9]));
  assign a1_l2_e = {a1_l2_pos, a1_l2_dig[1]};
  assign a1_l2_t = {a1_l2_hit, a1_l2_dig[2], a1_l2_e};
  assign a1_l3_cnt = {3'd0, a1_l3_nzs[0]} + {3'd0, a1_l3_nzs[1]} + {3'd0, a1_l3_nzs[2]} + {3'd0, a1_l3_nzs[3]};
  assign a1_l3_h0 = a1_l3_nq[0] & (4'd0 == ci3);
  assign a1_l3_n0 = 4'd0 + {3'd0, a1_l3_nq[0]};
  assign a1_l3_h1 = a1_l3_nq[1] & (a1_l3_n0 == ci3);
  assign a1_l3_n1 = a1_l3_n0 + {3'd0, a1_l3_nq[1]};
  assign a1_l3_h2 = a1_l3_nq[2] & (a1_l3_n1 == ci3);
  assign a1_l3_n2 = a1_l3_n1 + {3'd0, a1_l3_nq[2]};
  assign a1_l3_h3 = a1_l3_nq[3] & (a1_l3_n2 == ci3);
  assign a1_l3_hit = a1_l3_h0 | a1_l3_h1 | a1_l3_h2 | a1_l3_h3;
  assign a1_l3_pos = ((a1_l3_h0 ? 2'd0 : 2'd0) | (a1_l3_h1 ? 2'd1 : 2'd0) | (a1_l3_h2 ? 2'd2 : 2'd0) | (a1_l3_h3 ? 2'd3 : 2'd0));
  assign a1_l3_dig = (({3{a1_l3_h0}} & a1_l3_dq[2:0]) | ({3{a1_l3_h1}} & a1_l3_dq[5:3]) | ({3{a1_l3_h2}} & a1_l3_dq[8:6]) | ({3{a1_l3_h3}} & a1_l3_dq[11:9]));
  assign a1_l3_e = {a1_l3_pos, a1_l3_dig[1]};
  assign a1_l3_t = {a1_l3_hit, a1_l3_dig[2], a1_l3_e};
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
  assign a0_max0_0 = (a1_l0_cnt > a0_l0_cnt) ? a1_l0_cnt : a0_l0_cnt;
  assign max_a0_next = a0_max0_0;
  assign b0_max0_0 = (b1_l0_cnt > b0_l0_cnt) ? b1_l0_cnt : b0_l0_cnt;
  assign max_b0_next = b0_max0_0;
  assign none0 = (max_a0 == 4'd0) | (max_b0 == 4'd0);
  assign ea0 = none0 | (ci0 + 4'd1 >= max_a0);
  assign eb0 = none0 | (cj0 + 4'd1 >= max_b0);
  assign last0 = done0 | (ea0 & eb0);
  assign a1_max0_0 = (a1_l1_cnt > a0_l1_cnt) ? a1_l1_cnt : a0_l1_cnt;
  assign max_a1_next = a1_max0_0;
  assign b1_max0_0 = (b1_l1_cnt > b0_l1_cnt) ? b1_l1_cnt : b0_l1_cnt;
  assign max_b1_next = b1_max0_0;
  assign none1 = (max_a1 == 4'd0) | (max_b1 == 4'd0);
  assign ea1 = none1 | (ci1 + 4'd1 >= max_a1);
  assign eb1 = none1 | (cj1 + 4'd1 >= max_b1);
  assign last1 = done1 | (ea1 & eb1);
  assign a2_max0_0 = (a1_l2_cnt > a0_l2_cnt) ? a1_l2_cnt : a0_l2_cnt;
  assign max_a2_next = a2_max0_0;
  assign b2_max0_0 = (b1_l2_cnt > b0_l2_cnt) ? b1_l2_cnt : b0_l2_cnt;
  assign max_b2_next = b2_max0_0;
  assign none2 = (max_a2 == 4'd0) | (max_b2 == 4'd0);
  assign ea2 = none2 | (ci2 + 4'd1 >= max_a2);
  assign eb2 = none2 | (cj2 + 4'd1 >= max_b2);
  assign last2 = done2 | (ea2 & eb2);
  assign a3_max0_0 = (a1_l3_cnt > a0_l3_cnt) ? a1_l3_cnt : a0_l3_cnt;
  assign max_a3_next = a3_max0_0;
  assign b3_max0_0 = (b1_l3_cnt > b0_l3_cnt) ? b1_l3_cnt : b0_l3_cnt;
  assign max_b3_next = b3_max0_0;
  assign none3 = (max_a3 == 4'd0) | (max_b3 == 4'd0);
  assign ea3 = none3 | (ci3 + 4'd1 >= max_a3);
  assign eb3 = none3 | (cj3 + 4'd1 >= max_b3);
  assign last3 = done3 | (ea3 & eb3);
  assign k_end = last0 & last1 & last2 & last3;
  assign act = {~done3, ~done2, ~done1, ~done0};
  assign out_vld = {4{dl_dl_dl_dl_dl_f_last_q4}};
  assign out_data = {o1_1, o1_0, o0_1, o0_0};
  laconic_2x2_enc_booth4_s8 a0_l0_u_enc (
    .a(a_in[7:0]),
    .dig(a0_l0_digits),
    .nz(a0_l0_nzs)
  );
  laconic_2x2_enc_booth4_s8 a0_l1_u_enc (
    .a(a_in[15:8]),
    .dig(a0_l1_digits),
    .nz(a0_l1_nzs)
  );
  laconic_2x2_enc_booth4_s8 a0_l2_u_enc (
    .a(a_in[23:16]),
    .dig(a0_l2_digits),
    .nz(a0_l2_nzs)
  );
  laconic_2x2_enc_booth4_s8 a0_l3_u_enc (
    .a(a_in[31:24]),
    .dig(a0_l3_digits),
    .nz(a0_l3_nzs)
  );
  laconic_2x2_enc_booth4_s8 a1_l0_u_enc (
    .a(a_in[39:32]),
    .dig(a1_l0_digits),
    .nz(a1_l0_nzs)
  );
  laconic_2x2_enc_booth4_s8 a1_l1_u_enc (
    .a(a_in[47:40]),
    .dig(a1_l1_digits),
    .nz(a1_l1_nzs)
  );
  laconic_2x2_enc_booth4_s8 a1_l2_u_enc (
    .a(a_in[55:48]),
    .dig(a1_l2_digits),
    .nz(a1_l2_nzs)
  );
  laconic_2x2_enc_booth4_s8 a1_l3_u_enc (
    .a(a_in[63:56]),
    .dig(a1_l3_digits),
    .nz(a1_l3_nzs)
  );
  laconic_2x2_enc_booth4_s8 b0_l0_u_enc (
    .a(b_in[7:0]),
    .dig(b0_l0_digits),
    .nz(b0_l0_nzs)
  );
  laconic_2x2_enc_booth4_s8 b0_l1_u_enc (
    .a(b_in[15:8]),
    .dig(b0_l1_digits),
    .nz(b0_l1_nzs)
  );
  laconic_2x2_enc_booth4_s8 b0_l2_u_enc (
    .a(b_in[23:16]),
    .dig(b0_l2_digits),
    .nz(b0_l2_nzs)
  );
  laconic_2x2_enc_booth4_s8 b0_l3_u_enc (
    .a(b_in[31:24]),
    .dig(b0_l3_digits),
    .nz(b0_l3_nzs)
  );
  laconic_2x2_enc_booth4_s8 b1_l0_u_enc (
    .a(b_in[39:32]),
    .dig(b1_l0_digits),
    .nz(b1_l0_nzs)
  );
  laconic_2x2_enc_booth4_s8 b1_l1_u_enc (
    .a(b_in[47:40]),
    .dig(b1_l1_digits),
    .nz(b1_l1_nzs)
  );
  laconic_2x2_enc_booth4_s8 b1_l2_u_enc (
    .a(b_in[55:48]),
    .dig(b1_l2_digits),
    .nz(b1_l2_nzs)
  );
  laconic_2x2_enc_booth4_s8 b1_l3_u_enc (
    .a(b_in[63:56]),
    .dig(b1_l3_digits),
    .nz(b1_l3_nzs)
  );
  laconic_2x2_pe pe0_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b0_l3_t, b0_l2_t, b0_l1_t, b0_l0_t}),
    .act(act),
    .res_out(o0_0)
  );
  laconic_2x2_pe pe0_1 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a1_l3_t, a1_l2_t, a1_l1_t, a1_l0_t}),
    .tb({b0_l3_t, b0_l2_t, b0_l1_t, b0_l0_t}),
    .act(act),
    .res_out(o0_1)
  );
  laconic_2x2_pe pe1_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b1_l3_t, b1_l2_t, b1_l1_t, b1_l0_t}),
    .act(act),
    .res_out(o1_0)
  );
  laconic_2x2_pe pe1_1 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a1_l3_t, a1_l2_t, a1_l1_t, a1_l0_t}),
    .tb({b1_l3_t, b1_l2_t, b1_l1_t, b1_l0_t}),
    .act(act),
    .res_out(o1_1)
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
  always @(posedge clk) if (dload) a1_l0_dq <= a1_l0_digits;
  always @(posedge clk) if (dload) a1_l0_nq <= a1_l0_nzs;
  always @(posedge clk) if (dload) a1_l1_dq <= a1_l1_digits;
  always @(posedge clk) if (dload) a1_l1_nq <= a1_l1_nzs;
  always @(posedge clk) if (dload) a1_l2_dq <= a1_l2_digits;
  always @(posedge clk) if (dload) a1_l2_nq <= a1_l2_nzs;
  always @(posedge clk) if (dload) a1_l3_dq <= a1_l3_digits;
  always @(posedge clk) if (dload) a1_l3_nq <= a1_l3_nzs;
  always @(posedge clk) if (dload) b0_l0_dq <= b0_l0_digits;
  always @(posedge clk) if (dload) b0_l0_nq <= b0_l0_nzs;
  always @(posedge clk) if (dload) b0_l1_dq <= b0_l1_digits;
  always @(posedge clk) if (dload) b0_l1_nq <= b0_l1_nzs;
  always @(posedge clk) if (dload) b0_l2_dq <= b0_l2_digits;
  always @(posedge clk) if (dload) b0_l2_nq <= b0_l2_nzs;
  always @(posedge clk) if (dload) b0_l3_dq <= b0_l3_digits;
  always @(posedge clk) if (dload) b0_l3_nq <= b0_l3_nzs;
  always @(posedge clk) if (dload) b1_l0_dq <= b1_l0_digits;
  always @(posedge clk) if (dload) b1_l0_nq <= b1_l0_nzs;
  always @(posedge clk) if (dload) b1_l1_dq <= b1_l1_digits;
  always @(posedge clk) if (dload) b1_l1_nq <= b1_l1_nzs;
  always @(posedge clk) if (dload) b1_l2_dq <= b1_l2_digits;
  always @(posedge clk) if (dload) b1_l2_nq <= b1_l2_nzs;
  always @(posedge clk) if (dload) b1_l3_dq <= b1_l3_digits;
  always @(posedge clk) if (dload) b1_l3_nq <= b1_l3_nzs;
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
  always @(posedge clk) if (rst) sfirst <= 1'b1; else if (start | run) sfirst <= start | k_end;
  always @(posedge clk) if (rst) dl_f_last_q0 <= 1'b0; else dl_f_last_q0 <= f_last;
  always @(posedge clk) if (rst) dl_dl_f_last_q1 <= 1'b0; else dl_dl_f_last_q1 <= dl_f_last_q0;
  always @(posedge clk) if (rst) dl_dl_dl_f_last_q2 <= 1'b0; else dl_dl_dl_f_last_q2 <= dl_dl_f_last_q1;
  always @(posedge clk) if (rst) dl_dl_dl_dl_f_last_q3 <= 1'b0; else dl_dl_dl_dl_f_last_q3 <= dl_dl_dl_f_last_q2;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_f_last_q4 <= 1'b0; else dl_dl_dl_dl_dl_f_last_q4 <= dl_dl_dl_dl_f_last_q3;
endmodule
