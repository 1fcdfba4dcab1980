// laconic_c32: Laconic-class 32 (n) x 1 (m) array top, 16 term-pair lanes per PE
// Source design: laconic_c32 (examples/laconic_c32.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Laconic-class bit-slice array, 32 (n) x 1 (m), 16 term-pair lanes per PE.
// Protocol: pulse start with cfg_k = steps of the tile (ceil(K / 16)); the array requests
// step a_idx/b_idx (lane l holds k = 16 * step + l) and holds the request until every
// lane has issued its term pairs (k_end); out_vld marks the tile's results.
module laconic_c32 (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_k,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [127:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [4095:0] b_in,
  output wire [31:0] out_vld,
  output wire [1023:0] out_data
);
  // Controller: step counter. The first / last step flags are registered a step ahead (krem
  // counts the steps left): no compare with cfg_k per cycle. The lanes' term-pair counters are in
  // the netlist below.
  reg run;
  reg [31:0] kcnt;
  reg [31:0] krem;
  reg k_first;
  reg k_last;
  wire f_first = run & k_first & sfirst;
  wire f_last = run & k_end & k_last;
  always @(posedge clk) begin
    if (rst) begin run <= 1'b0; kcnt <= 32'd0; krem <= 32'd0; k_first <= 1'b0; k_last <= 1'b0; end
    else if (start) begin run <= 1'b1; kcnt <= 32'd0; krem <= cfg_k; k_first <= 1'b1; k_last <= cfg_k == 32'd1; end
    else if (run & k_end) begin
      kcnt <= kcnt + 32'd1; krem <= krem - 32'd1; k_first <= 1'b0; k_last <= krem == 32'd2;
      if (f_last) run <= 1'b0;
    end
  end
  assign a_rd = run;
  assign a_idx = kcnt;
  assign b_rd = run;
  assign b_idx = kcnt;
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
  wire [11:0] b16_l0_digits;
  wire [3:0] b16_l0_nzs;
  wire [3:0] b16_l0_cnt;
  wire b16_l0_h0;
  wire [3:0] b16_l0_n0;
  wire b16_l0_h1;
  wire [3:0] b16_l0_n1;
  wire b16_l0_h2;
  wire [3:0] b16_l0_n2;
  wire b16_l0_h3;
  wire b16_l0_hit;
  wire [1:0] b16_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l0_e;
  wire [4:0] b16_l0_t;
  wire [11:0] b16_l1_digits;
  wire [3:0] b16_l1_nzs;
  wire [3:0] b16_l1_cnt;
  wire b16_l1_h0;
  wire [3:0] b16_l1_n0;
  wire b16_l1_h1;
  wire [3:0] b16_l1_n1;
  wire b16_l1_h2;
  wire [3:0] b16_l1_n2;
  wire b16_l1_h3;
  wire b16_l1_hit;
  wire [1:0] b16_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l1_e;
  wire [4:0] b16_l1_t;
  wire [11:0] b16_l2_digits;
  wire [3:0] b16_l2_nzs;
  wire [3:0] b16_l2_cnt;
  wire b16_l2_h0;
  wire [3:0] b16_l2_n0;
  wire b16_l2_h1;
  wire [3:0] b16_l2_n1;
  wire b16_l2_h2;
  wire [3:0] b16_l2_n2;
  wire b16_l2_h3;
  wire b16_l2_hit;
  wire [1:0] b16_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l2_e;
  wire [4:0] b16_l2_t;
  wire [11:0] b16_l3_digits;
  wire [3:0] b16_l3_nzs;
  wire [3:0] b16_l3_cnt;
  wire b16_l3_h0;
  wire [3:0] b16_l3_n0;
  wire b16_l3_h1;
  wire [3:0] b16_l3_n1;
  wire b16_l3_h2;
  wire [3:0] b16_l3_n2;
  wire b16_l3_h3;
  wire b16_l3_hit;
  wire [1:0] b16_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l3_e;
  wire [4:0] b16_l3_t;
  wire [11:0] b16_l4_digits;
  wire [3:0] b16_l4_nzs;
  wire [3:0] b16_l4_cnt;
  wire b16_l4_h0;
  wire [3:0] b16_l4_n0;
  wire b16_l4_h1;
  wire [3:0] b16_l4_n1;
  wire b16_l4_h2;
  wire [3:0] b16_l4_n2;
  wire b16_l4_h3;
  wire b16_l4_hit;
  wire [1:0] b16_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l4_e;
  wire [4:0] b16_l4_t;
  wire [11:0] b16_l5_digits;
  wire [3:0] b16_l5_nzs;
  wire [3:0] b16_l5_cnt;
  wire b16_l5_h0;
  wire [3:0] b16_l5_n0;
  wire b16_l5_h1;
  wire [3:0] b16_l5_n1;
  wire b16_l5_h2;
  wire [3:0] b16_l5_n2;
  wire b16_l5_h3;
  wire b16_l5_hit;
  wire [1:0] b16_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l5_e;
  wire [4:0] b16_l5_t;
  wire [11:0] b16_l6_digits;
  wire [3:0] b16_l6_nzs;
  wire [3:0] b16_l6_cnt;
  wire b16_l6_h0;
  wire [3:0] b16_l6_n0;
  wire b16_l6_h1;
  wire [3:0] b16_l6_n1;
  wire b16_l6_h2;
  wire [3:0] b16_l6_n2;
  wire b16_l6_h3;
  wire b16_l6_hit;
  wire [1:0] b16_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l6_e;
  wire [4:0] b16_l6_t;
  wire [11:0] b16_l7_digits;
  wire [3:0] b16_l7_nzs;
  wire [3:0] b16_l7_cnt;
  wire b16_l7_h0;
  wire [3:0] b16_l7_n0;
  wire b16_l7_h1;
  wire [3:0] b16_l7_n1;
  wire b16_l7_h2;
  wire [3:0] b16_l7_n2;
  wire b16_l7_h3;
  wire b16_l7_hit;
  wire [1:0] b16_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l7_e;
  wire [4:0] b16_l7_t;
  wire [11:0] b16_l8_digits;
  wire [3:0] b16_l8_nzs;
  wire [3:0] b16_l8_cnt;
  wire b16_l8_h0;
  wire [3:0] b16_l8_n0;
  wire b16_l8_h1;
  wire [3:0] b16_l8_n1;
  wire b16_l8_h2;
  wire [3:0] b16_l8_n2;
  wire b16_l8_h3;
  wire b16_l8_hit;
  wire [1:0] b16_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l8_e;
  wire [4:0] b16_l8_t;
  wire [11:0] b16_l9_digits;
  wire [3:0] b16_l9_nzs;
  wire [3:0] b16_l9_cnt;
  wire b16_l9_h0;
  wire [3:0] b16_l9_n0;
  wire b16_l9_h1;
  wire [3:0] b16_l9_n1;
  wire b16_l9_h2;
  wire [3:0] b16_l9_n2;
  wire b16_l9_h3;
  wire b16_l9_hit;
  wire [1:0] b16_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l9_e;
  wire [4:0] b16_l9_t;
  wire [11:0] b16_l10_digits;
  wire [3:0] b16_l10_nzs;
  wire [3:0] b16_l10_cnt;
  wire b16_l10_h0;
  wire [3:0] b16_l10_n0;
  wire b16_l10_h1;
  wire [3:0] b16_l10_n1;
  wire b16_l10_h2;
  wire [3:0] b16_l10_n2;
  wire b16_l10_h3;
  wire b16_l10_hit;
  wire [1:0] b16_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l10_e;
  wire [4:0] b16_l10_t;
  wire [11:0] b16_l11_digits;
  wire [3:0] b16_l11_nzs;
  wire [3:0] b16_l11_cnt;
  wire b16_l11_h0;
  wire [3:0] b16_l11_n0;
  wire b16_l11_h1;
  wire [3:0] b16_l11_n1;
  wire b16_l11_h2;
  wire [3:0] b16_l11_n2;
  wire b16_l11_h3;
  wire b16_l11_hit;
  wire [1:0] b16_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l11_e;
  wire [4:0] b16_l11_t;
  wire [11:0] b16_l12_digits;
  wire [3:0] b16_l12_nzs;
  wire [3:0] b16_l12_cnt;
  wire b16_l12_h0;
  wire [3:0] b16_l12_n0;
  wire b16_l12_h1;
  wire [3:0] b16_l12_n1;
  wire b16_l12_h2;
  wire [3:0] b16_l12_n2;
  wire b16_l12_h3;
  wire b16_l12_hit;
  wire [1:0] b16_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l12_e;
  wire [4:0] b16_l12_t;
  wire [11:0] b16_l13_digits;
  wire [3:0] b16_l13_nzs;
  wire [3:0] b16_l13_cnt;
  wire b16_l13_h0;
  wire [3:0] b16_l13_n0;
  wire b16_l13_h1;
  wire [3:0] b16_l13_n1;
  wire b16_l13_h2;
  wire [3:0] b16_l13_n2;
  wire b16_l13_h3;
  wire b16_l13_hit;
  wire [1:0] b16_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l13_e;
  wire [4:0] b16_l13_t;
  wire [11:0] b16_l14_digits;
  wire [3:0] b16_l14_nzs;
  wire [3:0] b16_l14_cnt;
  wire b16_l14_h0;
  wire [3:0] b16_l14_n0;
  wire b16_l14_h1;
  wire [3:0] b16_l14_n1;
  wire b16_l14_h2;
  wire [3:0] b16_l14_n2;
  wire b16_l14_h3;
  wire b16_l14_hit;
  wire [1:0] b16_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l14_e;
  wire [4:0] b16_l14_t;
  wire [11:0] b16_l15_digits;
  wire [3:0] b16_l15_nzs;
  wire [3:0] b16_l15_cnt;
  wire b16_l15_h0;
  wire [3:0] b16_l15_n0;
  wire b16_l15_h1;
  wire [3:0] b16_l15_n1;
  wire b16_l15_h2;
  wire [3:0] b16_l15_n2;
  wire b16_l15_h3;
  wire b16_l15_hit;
  wire [1:0] b16_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b16_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b16_l15_e;
  wire [4:0] b16_l15_t;
  wire [11:0] b17_l0_digits;
  wire [3:0] b17_l0_nzs;
  wire [3:0] b17_l0_cnt;
  wire b17_l0_h0;
  wire [3:0] b17_l0_n0;
  wire b17_l0_h1;
  wire [3:0] b17_l0_n1;
  wire b17_l0_h2;
  wire [3:0] b17_l0_n2;
  wire b17_l0_h3;
  wire b17_l0_hit;
  wire [1:0] b17_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l0_e;
  wire [4:0] b17_l0_t;
  wire [11:0] b17_l1_digits;
  wire [3:0] b17_l1_nzs;
  wire [3:0] b17_l1_cnt;
  wire b17_l1_h0;
  wire [3:0] b17_l1_n0;
  wire b17_l1_h1;
  wire [3:0] b17_l1_n1;
  wire b17_l1_h2;
  wire [3:0] b17_l1_n2;
  wire b17_l1_h3;
  wire b17_l1_hit;
  wire [1:0] b17_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l1_e;
  wire [4:0] b17_l1_t;
  wire [11:0] b17_l2_digits;
  wire [3:0] b17_l2_nzs;
  wire [3:0] b17_l2_cnt;
  wire b17_l2_h0;
  wire [3:0] b17_l2_n0;
  wire b17_l2_h1;
  wire [3:0] b17_l2_n1;
  wire b17_l2_h2;
  wire [3:0] b17_l2_n2;
  wire b17_l2_h3;
  wire b17_l2_hit;
  wire [1:0] b17_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l2_e;
  wire [4:0] b17_l2_t;
  wire [11:0] b17_l3_digits;
  wire [3:0] b17_l3_nzs;
  wire [3:0] b17_l3_cnt;
  wire b17_l3_h0;
  wire [3:0] b17_l3_n0;
  wire b17_l3_h1;
  wire [3:0] b17_l3_n1;
  wire b17_l3_h2;
  wire [3:0] b17_l3_n2;
  wire b17_l3_h3;
  wire b17_l3_hit;
  wire [1:0] b17_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l3_e;
  wire [4:0] b17_l3_t;
  wire [11:0] b17_l4_digits;
  wire [3:0] b17_l4_nzs;
  wire [3:0] b17_l4_cnt;
  wire b17_l4_h0;
  wire [3:0] b17_l4_n0;
  wire b17_l4_h1;
  wire [3:0] b17_l4_n1;
  wire b17_l4_h2;
  wire [3:0] b17_l4_n2;
  wire b17_l4_h3;
  wire b17_l4_hit;
  wire [1:0] b17_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l4_e;
  wire [4:0] b17_l4_t;
  wire [11:0] b17_l5_digits;
  wire [3:0] b17_l5_nzs;
  wire [3:0] b17_l5_cnt;
  wire b17_l5_h0;
  wire [3:0] b17_l5_n0;
  wire b17_l5_h1;
  wire [3:0] b17_l5_n1;
  wire b17_l5_h2;
  wire [3:0] b17_l5_n2;
  wire b17_l5_h3;
  wire b17_l5_hit;
  wire [1:0] b17_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l5_e;
  wire [4:0] b17_l5_t;
  wire [11:0] b17_l6_digits;
  wire [3:0] b17_l6_nzs;
  wire [3:0] b17_l6_cnt;
  wire b17_l6_h0;
  wire [3:0] b17_l6_n0;
  wire b17_l6_h1;
  wire [3:0] b17_l6_n1;
  wire b17_l6_h2;
  wire [3:0] b17_l6_n2;
  wire b17_l6_h3;
  wire b17_l6_hit;
  wire [1:0] b17_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l6_e;
  wire [4:0] b17_l6_t;
  wire [11:0] b17_l7_digits;
  wire [3:0] b17_l7_nzs;
  wire [3:0] b17_l7_cnt;
  wire b17_l7_h0;
  wire [3:0] b17_l7_n0;
  wire b17_l7_h1;
  wire [3:0] b17_l7_n1;
  wire b17_l7_h2;
  wire [3:0] b17_l7_n2;
  wire b17_l7_h3;
  wire b17_l7_hit;
  wire [1:0] b17_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l7_e;
  wire [4:0] b17_l7_t;
  wire [11:0] b17_l8_digits;
  wire [3:0] b17_l8_nzs;
  wire [3:0] b17_l8_cnt;
  wire b17_l8_h0;
  wire [3:0] b17_l8_n0;
  wire b17_l8_h1;
  wire [3:0] b17_l8_n1;
  wire b17_l8_h2;
  wire [3:0] b17_l8_n2;
  wire b17_l8_h3;
  wire b17_l8_hit;
  wire [1:0] b17_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l8_e;
  wire [4:0] b17_l8_t;
  wire [11:0] b17_l9_digits;
  wire [3:0] b17_l9_nzs;
  wire [3:0] b17_l9_cnt;
  wire b17_l9_h0;
  wire [3:0] b17_l9_n0;
  wire b17_l9_h1;
  wire [3:0] b17_l9_n1;
  wire b17_l9_h2;
  wire [3:0] b17_l9_n2;
  wire b17_l9_h3;
  wire b17_l9_hit;
  wire [1:0] b17_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l9_e;
  wire [4:0] b17_l9_t;
  wire [11:0] b17_l10_digits;
  wire [3:0] b17_l10_nzs;
  wire [3:0] b17_l10_cnt;
  wire b17_l10_h0;
  wire [3:0] b17_l10_n0;
  wire b17_l10_h1;
  wire [3:0] b17_l10_n1;
  wire b17_l10_h2;
  wire [3:0] b17_l10_n2;
  wire b17_l10_h3;
  wire b17_l10_hit;
  wire [1:0] b17_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l10_e;
  wire [4:0] b17_l10_t;
  wire [11:0] b17_l11_digits;
  wire [3:0] b17_l11_nzs;
  wire [3:0] b17_l11_cnt;
  wire b17_l11_h0;
  wire [3:0] b17_l11_n0;
  wire b17_l11_h1;
  wire [3:0] b17_l11_n1;
  wire b17_l11_h2;
  wire [3:0] b17_l11_n2;
  wire b17_l11_h3;
  wire b17_l11_hit;
  wire [1:0] b17_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l11_e;
  wire [4:0] b17_l11_t;
  wire [11:0] b17_l12_digits;
  wire [3:0] b17_l12_nzs;
  wire [3:0] b17_l12_cnt;
  wire b17_l12_h0;
  wire [3:0] b17_l12_n0;
  wire b17_l12_h1;
  wire [3:0] b17_l12_n1;
  wire b17_l12_h2;
  wire [3:0] b17_l12_n2;
  wire b17_l12_h3;
  wire b17_l12_hit;
  wire [1:0] b17_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l12_e;
  wire [4:0] b17_l12_t;
  wire [11:0] b17_l13_digits;
  wire [3:0] b17_l13_nzs;
  wire [3:0] b17_l13_cnt;
  wire b17_l13_h0;
  wire [3:0] b17_l13_n0;
  wire b17_l13_h1;
  wire [3:0] b17_l13_n1;
  wire b17_l13_h2;
  wire [3:0] b17_l13_n2;
  wire b17_l13_h3;
  wire b17_l13_hit;
  wire [1:0] b17_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l13_e;
  wire [4:0] b17_l13_t;
  wire [11:0] b17_l14_digits;
  wire [3:0] b17_l14_nzs;
  wire [3:0] b17_l14_cnt;
  wire b17_l14_h0;
  wire [3:0] b17_l14_n0;
  wire b17_l14_h1;
  wire [3:0] b17_l14_n1;
  wire b17_l14_h2;
  wire [3:0] b17_l14_n2;
  wire b17_l14_h3;
  wire b17_l14_hit;
  wire [1:0] b17_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l14_e;
  wire [4:0] b17_l14_t;
  wire [11:0] b17_l15_digits;
  wire [3:0] b17_l15_nzs;
  wire [3:0] b17_l15_cnt;
  wire b17_l15_h0;
  wire [3:0] b17_l15_n0;
  wire b17_l15_h1;
  wire [3:0] b17_l15_n1;
  wire b17_l15_h2;
  wire [3:0] b17_l15_n2;
  wire b17_l15_h3;
  wire b17_l15_hit;
  wire [1:0] b17_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b17_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b17_l15_e;
  wire [4:0] b17_l15_t;
  wire [11:0] b18_l0_digits;
  wire [3:0] b18_l0_nzs;
  wire [3:0] b18_l0_cnt;
  wire b18_l0_h0;
  wire [3:0] b18_l0_n0;
  wire b18_l0_h1;
  wire [3:0] b18_l0_n1;
  wire b18_l0_h2;
  wire [3:0] b18_l0_n2;
  wire b18_l0_h3;
  wire b18_l0_hit;
  wire [1:0] b18_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l0_e;
  wire [4:0] b18_l0_t;
  wire [11:0] b18_l1_digits;
  wire [3:0] b18_l1_nzs;
  wire [3:0] b18_l1_cnt;
  wire b18_l1_h0;
  wire [3:0] b18_l1_n0;
  wire b18_l1_h1;
  wire [3:0] b18_l1_n1;
  wire b18_l1_h2;
  wire [3:0] b18_l1_n2;
  wire b18_l1_h3;
  wire b18_l1_hit;
  wire [1:0] b18_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l1_e;
  wire [4:0] b18_l1_t;
  wire [11:0] b18_l2_digits;
  wire [3:0] b18_l2_nzs;
  wire [3:0] b18_l2_cnt;
  wire b18_l2_h0;
  wire [3:0] b18_l2_n0;
  wire b18_l2_h1;
  wire [3:0] b18_l2_n1;
  wire b18_l2_h2;
  wire [3:0] b18_l2_n2;
  wire b18_l2_h3;
  wire b18_l2_hit;
  wire [1:0] b18_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l2_e;
  wire [4:0] b18_l2_t;
  wire [11:0] b18_l3_digits;
  wire [3:0] b18_l3_nzs;
  wire [3:0] b18_l3_cnt;
  wire b18_l3_h0;
  wire [3:0] b18_l3_n0;
  wire b18_l3_h1;
  wire [3:0] b18_l3_n1;
  wire b18_l3_h2;
  wire [3:0] b18_l3_n2;
  wire b18_l3_h3;
  wire b18_l3_hit;
  wire [1:0] b18_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l3_e;
  wire [4:0] b18_l3_t;
  wire [11:0] b18_l4_digits;
  wire [3:0] b18_l4_nzs;
  wire [3:0] b18_l4_cnt;
  wire b18_l4_h0;
  wire [3:0] b18_l4_n0;
  wire b18_l4_h1;
  wire [3:0] b18_l4_n1;
  wire b18_l4_h2;
  wire [3:0] b18_l4_n2;
  wire b18_l4_h3;
  wire b18_l4_hit;
  wire [1:0] b18_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l4_e;
  wire [4:0] b18_l4_t;
  wire [11:0] b18_l5_digits;
  wire [3:0] b18_l5_nzs;
  wire [3:0] b18_l5_cnt;
  wire b18_l5_h0;
  wire [3:0] b18_l5_n0;
  wire b18_l5_h1;
  wire [3:0] b18_l5_n1;
  wire b18_l5_h2;
  wire [3:0] b18_l5_n2;
  wire b18_l5_h3;
  wire b18_l5_hit;
  wire [1:0] b18_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l5_e;
  wire [4:0] b18_l5_t;
  wire [11:0] b18_l6_digits;
  wire [3:0] b18_l6_nzs;
  wire [3:0] b18_l6_cnt;
  wire b18_l6_h0;
  wire [3:0] b18_l6_n0;
  wire b18_l6_h1;
  wire [3:0] b18_l6_n1;
  wire b18_l6_h2;
  wire [3:0] b18_l6_n2;
  wire b18_l6_h3;
  wire b18_l6_hit;
  wire [1:0] b18_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l6_e;
  wire [4:0] b18_l6_t;
  wire [11:0] b18_l7_digits;
  wire [3:0] b18_l7_nzs;
  wire [3:0] b18_l7_cnt;
  wire b18_l7_h0;
  wire [3:0] b18_l7_n0;
  wire b18_l7_h1;
  wire [3:0] b18_l7_n1;
  wire b18_l7_h2;
  wire [3:0] b18_l7_n2;
  wire b18_l7_h3;
  wire b18_l7_hit;
  wire [1:0] b18_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l7_e;
  wire [4:0] b18_l7_t;
  wire [11:0] b18_l8_digits;
  wire [3:0] b18_l8_nzs;
  wire [3:0] b18_l8_cnt;
  wire b18_l8_h0;
  wire [3:0] b18_l8_n0;
  wire b18_l8_h1;
  wire [3:0] b18_l8_n1;
  wire b18_l8_h2;
  wire [3:0] b18_l8_n2;
  wire b18_l8_h3;
  wire b18_l8_hit;
  wire [1:0] b18_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l8_e;
  wire [4:0] b18_l8_t;
  wire [11:0] b18_l9_digits;
  wire [3:0] b18_l9_nzs;
  wire [3:0] b18_l9_cnt;
  wire b18_l9_h0;
  wire [3:0] b18_l9_n0;
  wire b18_l9_h1;
  wire [3:0] b18_l9_n1;
  wire b18_l9_h2;
  wire [3:0] b18_l9_n2;
  wire b18_l9_h3;
  wire b18_l9_hit;
  wire [1:0] b18_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l9_e;
  wire [4:0] b18_l9_t;
  wire [11:0] b18_l10_digits;
  wire [3:0] b18_l10_nzs;
  wire [3:0] b18_l10_cnt;
  wire b18_l10_h0;
  wire [3:0] b18_l10_n0;
  wire b18_l10_h1;
  wire [3:0] b18_l10_n1;
  wire b18_l10_h2;
  wire [3:0] b18_l10_n2;
  wire b18_l10_h3;
  wire b18_l10_hit;
  wire [1:0] b18_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l10_e;
  wire [4:0] b18_l10_t;
  wire [11:0] b18_l11_digits;
  wire [3:0] b18_l11_nzs;
  wire [3:0] b18_l11_cnt;
  wire b18_l11_h0;
  wire [3:0] b18_l11_n0;
  wire b18_l11_h1;
  wire [3:0] b18_l11_n1;
  wire b18_l11_h2;
  wire [3:0] b18_l11_n2;
  wire b18_l11_h3;
  wire b18_l11_hit;
  wire [1:0] b18_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l11_e;
  wire [4:0] b18_l11_t;
  wire [11:0] b18_l12_digits;
  wire [3:0] b18_l12_nzs;
  wire [3:0] b18_l12_cnt;
  wire b18_l12_h0;
  wire [3:0] b18_l12_n0;
  wire b18_l12_h1;
  wire [3:0] b18_l12_n1;
  wire b18_l12_h2;
  wire [3:0] b18_l12_n2;
  wire b18_l12_h3;
  wire b18_l12_hit;
  wire [1:0] b18_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l12_e;
  wire [4:0] b18_l12_t;
  wire [11:0] b18_l13_digits;
  wire [3:0] b18_l13_nzs;
  wire [3:0] b18_l13_cnt;
  wire b18_l13_h0;
  wire [3:0] b18_l13_n0;
  wire b18_l13_h1;
  wire [3:0] b18_l13_n1;
  wire b18_l13_h2;
  wire [3:0] b18_l13_n2;
  wire b18_l13_h3;
  wire b18_l13_hit;
  wire [1:0] b18_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l13_e;
  wire [4:0] b18_l13_t;
  wire [11:0] b18_l14_digits;
  wire [3:0] b18_l14_nzs;
  wire [3:0] b18_l14_cnt;
  wire b18_l14_h0;
  wire [3:0] b18_l14_n0;
  wire b18_l14_h1;
  wire [3:0] b18_l14_n1;
  wire b18_l14_h2;
  wire [3:0] b18_l14_n2;
  wire b18_l14_h3;
  wire b18_l14_hit;
  wire [1:0] b18_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l14_e;
  wire [4:0] b18_l14_t;
  wire [11:0] b18_l15_digits;
  wire [3:0] b18_l15_nzs;
  wire [3:0] b18_l15_cnt;
  wire b18_l15_h0;
  wire [3:0] b18_l15_n0;
  wire b18_l15_h1;
  wire [3:0] b18_l15_n1;
  wire b18_l15_h2;
  wire [3:0] b18_l15_n2;
  wire b18_l15_h3;
  wire b18_l15_hit;
  wire [1:0] b18_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b18_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b18_l15_e;
  wire [4:0] b18_l15_t;
  wire [11:0] b19_l0_digits;
  wire [3:0] b19_l0_nzs;
  wire [3:0] b19_l0_cnt;
  wire b19_l0_h0;
  wire [3:0] b19_l0_n0;
  wire b19_l0_h1;
  wire [3:0] b19_l0_n1;
  wire b19_l0_h2;
  wire [3:0] b19_l0_n2;
  wire b19_l0_h3;
  wire b19_l0_hit;
  wire [1:0] b19_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l0_e;
  wire [4:0] b19_l0_t;
  wire [11:0] b19_l1_digits;
  wire [3:0] b19_l1_nzs;
  wire [3:0] b19_l1_cnt;
  wire b19_l1_h0;
  wire [3:0] b19_l1_n0;
  wire b19_l1_h1;
  wire [3:0] b19_l1_n1;
  wire b19_l1_h2;
  wire [3:0] b19_l1_n2;
  wire b19_l1_h3;
  wire b19_l1_hit;
  wire [1:0] b19_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l1_e;
  wire [4:0] b19_l1_t;
  wire [11:0] b19_l2_digits;
  wire [3:0] b19_l2_nzs;
  wire [3:0] b19_l2_cnt;
  wire b19_l2_h0;
  wire [3:0] b19_l2_n0;
  wire b19_l2_h1;
  wire [3:0] b19_l2_n1;
  wire b19_l2_h2;
  wire [3:0] b19_l2_n2;
  wire b19_l2_h3;
  wire b19_l2_hit;
  wire [1:0] b19_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l2_e;
  wire [4:0] b19_l2_t;
  wire [11:0] b19_l3_digits;
  wire [3:0] b19_l3_nzs;
  wire [3:0] b19_l3_cnt;
  wire b19_l3_h0;
  wire [3:0] b19_l3_n0;
  wire b19_l3_h1;
  wire [3:0] b19_l3_n1;
  wire b19_l3_h2;
  wire [3:0] b19_l3_n2;
  wire b19_l3_h3;
  wire b19_l3_hit;
  wire [1:0] b19_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l3_e;
  wire [4:0] b19_l3_t;
  wire [11:0] b19_l4_digits;
  wire [3:0] b19_l4_nzs;
  wire [3:0] b19_l4_cnt;
  wire b19_l4_h0;
  wire [3:0] b19_l4_n0;
  wire b19_l4_h1;
  wire [3:0] b19_l4_n1;
  wire b19_l4_h2;
  wire [3:0] b19_l4_n2;
  wire b19_l4_h3;
  wire b19_l4_hit;
  wire [1:0] b19_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l4_e;
  wire [4:0] b19_l4_t;
  wire [11:0] b19_l5_digits;
  wire [3:0] b19_l5_nzs;
  wire [3:0] b19_l5_cnt;
  wire b19_l5_h0;
  wire [3:0] b19_l5_n0;
  wire b19_l5_h1;
  wire [3:0] b19_l5_n1;
  wire b19_l5_h2;
  wire [3:0] b19_l5_n2;
  wire b19_l5_h3;
  wire b19_l5_hit;
  wire [1:0] b19_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l5_e;
  wire [4:0] b19_l5_t;
  wire [11:0] b19_l6_digits;
  wire [3:0] b19_l6_nzs;
  wire [3:0] b19_l6_cnt;
  wire b19_l6_h0;
  wire [3:0] b19_l6_n0;
  wire b19_l6_h1;
  wire [3:0] b19_l6_n1;
  wire b19_l6_h2;
  wire [3:0] b19_l6_n2;
  wire b19_l6_h3;
  wire b19_l6_hit;
  wire [1:0] b19_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l6_e;
  wire [4:0] b19_l6_t;
  wire [11:0] b19_l7_digits;
  wire [3:0] b19_l7_nzs;
  wire [3:0] b19_l7_cnt;
  wire b19_l7_h0;
  wire [3:0] b19_l7_n0;
  wire b19_l7_h1;
  wire [3:0] b19_l7_n1;
  wire b19_l7_h2;
  wire [3:0] b19_l7_n2;
  wire b19_l7_h3;
  wire b19_l7_hit;
  wire [1:0] b19_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l7_e;
  wire [4:0] b19_l7_t;
  wire [11:0] b19_l8_digits;
  wire [3:0] b19_l8_nzs;
  wire [3:0] b19_l8_cnt;
  wire b19_l8_h0;
  wire [3:0] b19_l8_n0;
  wire b19_l8_h1;
  wire [3:0] b19_l8_n1;
  wire b19_l8_h2;
  wire [3:0] b19_l8_n2;
  wire b19_l8_h3;
  wire b19_l8_hit;
  wire [1:0] b19_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l8_e;
  wire [4:0] b19_l8_t;
  wire [11:0] b19_l9_digits;
  wire [3:0] b19_l9_nzs;
  wire [3:0] b19_l9_cnt;
  wire b19_l9_h0;
  wire [3:0] b19_l9_n0;
  wire b19_l9_h1;
  wire [3:0] b19_l9_n1;
  wire b19_l9_h2;
  wire [3:0] b19_l9_n2;
  wire b19_l9_h3;
  wire b19_l9_hit;
  wire [1:0] b19_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l9_e;
  wire [4:0] b19_l9_t;
  wire [11:0] b19_l10_digits;
  wire [3:0] b19_l10_nzs;
  wire [3:0] b19_l10_cnt;
  wire b19_l10_h0;
  wire [3:0] b19_l10_n0;
  wire b19_l10_h1;
  wire [3:0] b19_l10_n1;
  wire b19_l10_h2;
  wire [3:0] b19_l10_n2;
  wire b19_l10_h3;
  wire b19_l10_hit;
  wire [1:0] b19_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l10_e;
  wire [4:0] b19_l10_t;
  wire [11:0] b19_l11_digits;
  wire [3:0] b19_l11_nzs;
  wire [3:0] b19_l11_cnt;
  wire b19_l11_h0;
  wire [3:0] b19_l11_n0;
  wire b19_l11_h1;
  wire [3:0] b19_l11_n1;
  wire b19_l11_h2;
  wire [3:0] b19_l11_n2;
  wire b19_l11_h3;
  wire b19_l11_hit;
  wire [1:0] b19_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l11_e;
  wire [4:0] b19_l11_t;
  wire [11:0] b19_l12_digits;
  wire [3:0] b19_l12_nzs;
  wire [3:0] b19_l12_cnt;
  wire b19_l12_h0;
  wire [3:0] b19_l12_n0;
  wire b19_l12_h1;
  wire [3:0] b19_l12_n1;
  wire b19_l12_h2;
  wire [3:0] b19_l12_n2;
  wire b19_l12_h3;
  wire b19_l12_hit;
  wire [1:0] b19_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l12_e;
  wire [4:0] b19_l12_t;
  wire [11:0] b19_l13_digits;
  wire [3:0] b19_l13_nzs;
  wire [3:0] b19_l13_cnt;
  wire b19_l13_h0;
  wire [3:0] b19_l13_n0;
  wire b19_l13_h1;
  wire [3:0] b19_l13_n1;
  wire b19_l13_h2;
  wire [3:0] b19_l13_n2;
  wire b19_l13_h3;
  wire b19_l13_hit;
  wire [1:0] b19_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l13_e;
  wire [4:0] b19_l13_t;
  wire [11:0] b19_l14_digits;
  wire [3:0] b19_l14_nzs;
  wire [3:0] b19_l14_cnt;
  wire b19_l14_h0;
  wire [3:0] b19_l14_n0;
  wire b19_l14_h1;
  wire [3:0] b19_l14_n1;
  wire b19_l14_h2;
  wire [3:0] b19_l14_n2;
  wire b19_l14_h3;
  wire b19_l14_hit;
  wire [1:0] b19_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l14_e;
  wire [4:0] b19_l14_t;
  wire [11:0] b19_l15_digits;
  wire [3:0] b19_l15_nzs;
  wire [3:0] b19_l15_cnt;
  wire b19_l15_h0;
  wire [3:0] b19_l15_n0;
  wire b19_l15_h1;
  wire [3:0] b19_l15_n1;
  wire b19_l15_h2;
  wire [3:0] b19_l15_n2;
  wire b19_l15_h3;
  wire b19_l15_hit;
  wire [1:0] b19_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b19_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b19_l15_e;
  wire [4:0] b19_l15_t;
  wire [11:0] b20_l0_digits;
  wire [3:0] b20_l0_nzs;
  wire [3:0] b20_l0_cnt;
  wire b20_l0_h0;
  wire [3:0] b20_l0_n0;
  wire b20_l0_h1;
  wire [3:0] b20_l0_n1;
  wire b20_l0_h2;
  wire [3:0] b20_l0_n2;
  wire b20_l0_h3;
  wire b20_l0_hit;
  wire [1:0] b20_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l0_e;
  wire [4:0] b20_l0_t;
  wire [11:0] b20_l1_digits;
  wire [3:0] b20_l1_nzs;
  wire [3:0] b20_l1_cnt;
  wire b20_l1_h0;
  wire [3:0] b20_l1_n0;
  wire b20_l1_h1;
  wire [3:0] b20_l1_n1;
  wire b20_l1_h2;
  wire [3:0] b20_l1_n2;
  wire b20_l1_h3;
  wire b20_l1_hit;
  wire [1:0] b20_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l1_e;
  wire [4:0] b20_l1_t;
  wire [11:0] b20_l2_digits;
  wire [3:0] b20_l2_nzs;
  wire [3:0] b20_l2_cnt;
  wire b20_l2_h0;
  wire [3:0] b20_l2_n0;
  wire b20_l2_h1;
  wire [3:0] b20_l2_n1;
  wire b20_l2_h2;
  wire [3:0] b20_l2_n2;
  wire b20_l2_h3;
  wire b20_l2_hit;
  wire [1:0] b20_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l2_e;
  wire [4:0] b20_l2_t;
  wire [11:0] b20_l3_digits;
  wire [3:0] b20_l3_nzs;
  wire [3:0] b20_l3_cnt;
  wire b20_l3_h0;
  wire [3:0] b20_l3_n0;
  wire b20_l3_h1;
  wire [3:0] b20_l3_n1;
  wire b20_l3_h2;
  wire [3:0] b20_l3_n2;
  wire b20_l3_h3;
  wire b20_l3_hit;
  wire [1:0] b20_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l3_e;
  wire [4:0] b20_l3_t;
  wire [11:0] b20_l4_digits;
  wire [3:0] b20_l4_nzs;
  wire [3:0] b20_l4_cnt;
  wire b20_l4_h0;
  wire [3:0] b20_l4_n0;
  wire b20_l4_h1;
  wire [3:0] b20_l4_n1;
  wire b20_l4_h2;
  wire [3:0] b20_l4_n2;
  wire b20_l4_h3;
  wire b20_l4_hit;
  wire [1:0] b20_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l4_e;
  wire [4:0] b20_l4_t;
  wire [11:0] b20_l5_digits;
  wire [3:0] b20_l5_nzs;
  wire [3:0] b20_l5_cnt;
  wire b20_l5_h0;
  wire [3:0] b20_l5_n0;
  wire b20_l5_h1;
  wire [3:0] b20_l5_n1;
  wire b20_l5_h2;
  wire [3:0] b20_l5_n2;
  wire b20_l5_h3;
  wire b20_l5_hit;
  wire [1:0] b20_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l5_e;
  wire [4:0] b20_l5_t;
  wire [11:0] b20_l6_digits;
  wire [3:0] b20_l6_nzs;
  wire [3:0] b20_l6_cnt;
  wire b20_l6_h0;
  wire [3:0] b20_l6_n0;
  wire b20_l6_h1;
  wire [3:0] b20_l6_n1;
  wire b20_l6_h2;
  wire [3:0] b20_l6_n2;
  wire b20_l6_h3;
  wire b20_l6_hit;
  wire [1:0] b20_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l6_e;
  wire [4:0] b20_l6_t;
  wire [11:0] b20_l7_digits;
  wire [3:0] b20_l7_nzs;
  wire [3:0] b20_l7_cnt;
  wire b20_l7_h0;
  wire [3:0] b20_l7_n0;
  wire b20_l7_h1;
  wire [3:0] b20_l7_n1;
  wire b20_l7_h2;
  wire [3:0] b20_l7_n2;
  wire b20_l7_h3;
  wire b20_l7_hit;
  wire [1:0] b20_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l7_e;
  wire [4:0] b20_l7_t;
  wire [11:0] b20_l8_digits;
  wire [3:0] b20_l8_nzs;
  wire [3:0] b20_l8_cnt;
  wire b20_l8_h0;
  wire [3:0] b20_l8_n0;
  wire b20_l8_h1;
  wire [3:0] b20_l8_n1;
  wire b20_l8_h2;
  wire [3:0] b20_l8_n2;
  wire b20_l8_h3;
  wire b20_l8_hit;
  wire [1:0] b20_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l8_e;
  wire [4:0] b20_l8_t;
  wire [11:0] b20_l9_digits;
  wire [3:0] b20_l9_nzs;
  wire [3:0] b20_l9_cnt;
  wire b20_l9_h0;
  wire [3:0] b20_l9_n0;
  wire b20_l9_h1;
  wire [3:0] b20_l9_n1;
  wire b20_l9_h2;
  wire [3:0] b20_l9_n2;
  wire b20_l9_h3;
  wire b20_l9_hit;
  wire [1:0] b20_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l9_e;
  wire [4:0] b20_l9_t;
  wire [11:0] b20_l10_digits;
  wire [3:0] b20_l10_nzs;
  wire [3:0] b20_l10_cnt;
  wire b20_l10_h0;
  wire [3:0] b20_l10_n0;
  wire b20_l10_h1;
  wire [3:0] b20_l10_n1;
  wire b20_l10_h2;
  wire [3:0] b20_l10_n2;
  wire b20_l10_h3;
  wire b20_l10_hit;
  wire [1:0] b20_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l10_e;
  wire [4:0] b20_l10_t;
  wire [11:0] b20_l11_digits;
  wire [3:0] b20_l11_nzs;
  wire [3:0] b20_l11_cnt;
  wire b20_l11_h0;
  wire [3:0] b20_l11_n0;
  wire b20_l11_h1;
  wire [3:0] b20_l11_n1;
  wire b20_l11_h2;
  wire [3:0] b20_l11_n2;
  wire b20_l11_h3;
  wire b20_l11_hit;
  wire [1:0] b20_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l11_e;
  wire [4:0] b20_l11_t;
  wire [11:0] b20_l12_digits;
  wire [3:0] b20_l12_nzs;
  wire [3:0] b20_l12_cnt;
  wire b20_l12_h0;
  wire [3:0] b20_l12_n0;
  wire b20_l12_h1;
  wire [3:0] b20_l12_n1;
  wire b20_l12_h2;
  wire [3:0] b20_l12_n2;
  wire b20_l12_h3;
  wire b20_l12_hit;
  wire [1:0] b20_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l12_e;
  wire [4:0] b20_l12_t;
  wire [11:0] b20_l13_digits;
  wire [3:0] b20_l13_nzs;
  wire [3:0] b20_l13_cnt;
  wire b20_l13_h0;
  wire [3:0] b20_l13_n0;
  wire b20_l13_h1;
  wire [3:0] b20_l13_n1;
  wire b20_l13_h2;
  wire [3:0] b20_l13_n2;
  wire b20_l13_h3;
  wire b20_l13_hit;
  wire [1:0] b20_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l13_e;
  wire [4:0] b20_l13_t;
  wire [11:0] b20_l14_digits;
  wire [3:0] b20_l14_nzs;
  wire [3:0] b20_l14_cnt;
  wire b20_l14_h0;
  wire [3:0] b20_l14_n0;
  wire b20_l14_h1;
  wire [3:0] b20_l14_n1;
  wire b20_l14_h2;
  wire [3:0] b20_l14_n2;
  wire b20_l14_h3;
  wire b20_l14_hit;
  wire [1:0] b20_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l14_e;
  wire [4:0] b20_l14_t;
  wire [11:0] b20_l15_digits;
  wire [3:0] b20_l15_nzs;
  wire [3:0] b20_l15_cnt;
  wire b20_l15_h0;
  wire [3:0] b20_l15_n0;
  wire b20_l15_h1;
  wire [3:0] b20_l15_n1;
  wire b20_l15_h2;
  wire [3:0] b20_l15_n2;
  wire b20_l15_h3;
  wire b20_l15_hit;
  wire [1:0] b20_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b20_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b20_l15_e;
  wire [4:0] b20_l15_t;
  wire [11:0] b21_l0_digits;
  wire [3:0] b21_l0_nzs;
  wire [3:0] b21_l0_cnt;
  wire b21_l0_h0;
  wire [3:0] b21_l0_n0;
  wire b21_l0_h1;
  wire [3:0] b21_l0_n1;
  wire b21_l0_h2;
  wire [3:0] b21_l0_n2;
  wire b21_l0_h3;
  wire b21_l0_hit;
  wire [1:0] b21_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l0_e;
  wire [4:0] b21_l0_t;
  wire [11:0] b21_l1_digits;
  wire [3:0] b21_l1_nzs;
  wire [3:0] b21_l1_cnt;
  wire b21_l1_h0;
  wire [3:0] b21_l1_n0;
  wire b21_l1_h1;
  wire [3:0] b21_l1_n1;
  wire b21_l1_h2;
  wire [3:0] b21_l1_n2;
  wire b21_l1_h3;
  wire b21_l1_hit;
  wire [1:0] b21_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l1_e;
  wire [4:0] b21_l1_t;
  wire [11:0] b21_l2_digits;
  wire [3:0] b21_l2_nzs;
  wire [3:0] b21_l2_cnt;
  wire b21_l2_h0;
  wire [3:0] b21_l2_n0;
  wire b21_l2_h1;
  wire [3:0] b21_l2_n1;
  wire b21_l2_h2;
  wire [3:0] b21_l2_n2;
  wire b21_l2_h3;
  wire b21_l2_hit;
  wire [1:0] b21_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l2_e;
  wire [4:0] b21_l2_t;
  wire [11:0] b21_l3_digits;
  wire [3:0] b21_l3_nzs;
  wire [3:0] b21_l3_cnt;
  wire b21_l3_h0;
  wire [3:0] b21_l3_n0;
  wire b21_l3_h1;
  wire [3:0] b21_l3_n1;
  wire b21_l3_h2;
  wire [3:0] b21_l3_n2;
  wire b21_l3_h3;
  wire b21_l3_hit;
  wire [1:0] b21_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l3_e;
  wire [4:0] b21_l3_t;
  wire [11:0] b21_l4_digits;
  wire [3:0] b21_l4_nzs;
  wire [3:0] b21_l4_cnt;
  wire b21_l4_h0;
  wire [3:0] b21_l4_n0;
  wire b21_l4_h1;
  wire [3:0] b21_l4_n1;
  wire b21_l4_h2;
  wire [3:0] b21_l4_n2;
  wire b21_l4_h3;
  wire b21_l4_hit;
  wire [1:0] b21_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l4_e;
  wire [4:0] b21_l4_t;
  wire [11:0] b21_l5_digits;
  wire [3:0] b21_l5_nzs;
  wire [3:0] b21_l5_cnt;
  wire b21_l5_h0;
  wire [3:0] b21_l5_n0;
  wire b21_l5_h1;
  wire [3:0] b21_l5_n1;
  wire b21_l5_h2;
  wire [3:0] b21_l5_n2;
  wire b21_l5_h3;
  wire b21_l5_hit;
  wire [1:0] b21_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l5_e;
  wire [4:0] b21_l5_t;
  wire [11:0] b21_l6_digits;
  wire [3:0] b21_l6_nzs;
  wire [3:0] b21_l6_cnt;
  wire b21_l6_h0;
  wire [3:0] b21_l6_n0;
  wire b21_l6_h1;
  wire [3:0] b21_l6_n1;
  wire b21_l6_h2;
  wire [3:0] b21_l6_n2;
  wire b21_l6_h3;
  wire b21_l6_hit;
  wire [1:0] b21_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l6_e;
  wire [4:0] b21_l6_t;
  wire [11:0] b21_l7_digits;
  wire [3:0] b21_l7_nzs;
  wire [3:0] b21_l7_cnt;
  wire b21_l7_h0;
  wire [3:0] b21_l7_n0;
  wire b21_l7_h1;
  wire [3:0] b21_l7_n1;
  wire b21_l7_h2;
  wire [3:0] b21_l7_n2;
  wire b21_l7_h3;
  wire b21_l7_hit;
  wire [1:0] b21_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l7_e;
  wire [4:0] b21_l7_t;
  wire [11:0] b21_l8_digits;
  wire [3:0] b21_l8_nzs;
  wire [3:0] b21_l8_cnt;
  wire b21_l8_h0;
  wire [3:0] b21_l8_n0;
  wire b21_l8_h1;
  wire [3:0] b21_l8_n1;
  wire b21_l8_h2;
  wire [3:0] b21_l8_n2;
  wire b21_l8_h3;
  wire b21_l8_hit;
  wire [1:0] b21_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l8_e;
  wire [4:0] b21_l8_t;
  wire [11:0] b21_l9_digits;
  wire [3:0] b21_l9_nzs;
  wire [3:0] b21_l9_cnt;
  wire b21_l9_h0;
  wire [3:0] b21_l9_n0;
  wire b21_l9_h1;
  wire [3:0] b21_l9_n1;
  wire b21_l9_h2;
  wire [3:0] b21_l9_n2;
  wire b21_l9_h3;
  wire b21_l9_hit;
  wire [1:0] b21_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l9_e;
  wire [4:0] b21_l9_t;
  wire [11:0] b21_l10_digits;
  wire [3:0] b21_l10_nzs;
  wire [3:0] b21_l10_cnt;
  wire b21_l10_h0;
  wire [3:0] b21_l10_n0;
  wire b21_l10_h1;
  wire [3:0] b21_l10_n1;
  wire b21_l10_h2;
  wire [3:0] b21_l10_n2;
  wire b21_l10_h3;
  wire b21_l10_hit;
  wire [1:0] b21_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l10_e;
  wire [4:0] b21_l10_t;
  wire [11:0] b21_l11_digits;
  wire [3:0] b21_l11_nzs;
  wire [3:0] b21_l11_cnt;
  wire b21_l11_h0;
  wire [3:0] b21_l11_n0;
  wire b21_l11_h1;
  wire [3:0] b21_l11_n1;
  wire b21_l11_h2;
  wire [3:0] b21_l11_n2;
  wire b21_l11_h3;
  wire b21_l11_hit;
  wire [1:0] b21_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l11_e;
  wire [4:0] b21_l11_t;
  wire [11:0] b21_l12_digits;
  wire [3:0] b21_l12_nzs;
  wire [3:0] b21_l12_cnt;
  wire b21_l12_h0;
  wire [3:0] b21_l12_n0;
  wire b21_l12_h1;
  wire [3:0] b21_l12_n1;
  wire b21_l12_h2;
  wire [3:0] b21_l12_n2;
  wire b21_l12_h3;
  wire b21_l12_hit;
  wire [1:0] b21_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l12_e;
  wire [4:0] b21_l12_t;
  wire [11:0] b21_l13_digits;
  wire [3:0] b21_l13_nzs;
  wire [3:0] b21_l13_cnt;
  wire b21_l13_h0;
  wire [3:0] b21_l13_n0;
  wire b21_l13_h1;
  wire [3:0] b21_l13_n1;
  wire b21_l13_h2;
  wire [3:0] b21_l13_n2;
  wire b21_l13_h3;
  wire b21_l13_hit;
  wire [1:0] b21_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l13_e;
  wire [4:0] b21_l13_t;
  wire [11:0] b21_l14_digits;
  wire [3:0] b21_l14_nzs;
  wire [3:0] b21_l14_cnt;
  wire b21_l14_h0;
  wire [3:0] b21_l14_n0;
  wire b21_l14_h1;
  wire [3:0] b21_l14_n1;
  wire b21_l14_h2;
  wire [3:0] b21_l14_n2;
  wire b21_l14_h3;
  wire b21_l14_hit;
  wire [1:0] b21_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l14_e;
  wire [4:0] b21_l14_t;
  wire [11:0] b21_l15_digits;
  wire [3:0] b21_l15_nzs;
  wire [3:0] b21_l15_cnt;
  wire b21_l15_h0;
  wire [3:0] b21_l15_n0;
  wire b21_l15_h1;
  wire [3:0] b21_l15_n1;
  wire b21_l15_h2;
  wire [3:0] b21_l15_n2;
  wire b21_l15_h3;
  wire b21_l15_hit;
  wire [1:0] b21_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b21_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b21_l15_e;
  wire [4:0] b21_l15_t;
  wire [11:0] b22_l0_digits;
  wire [3:0] b22_l0_nzs;
  wire [3:0] b22_l0_cnt;
  wire b22_l0_h0;
  wire [3:0] b22_l0_n0;
  wire b22_l0_h1;
  wire [3:0] b22_l0_n1;
  wire b22_l0_h2;
  wire [3:0] b22_l0_n2;
  wire b22_l0_h3;
  wire b22_l0_hit;
  wire [1:0] b22_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l0_e;
  wire [4:0] b22_l0_t;
  wire [11:0] b22_l1_digits;
  wire [3:0] b22_l1_nzs;
  wire [3:0] b22_l1_cnt;
  wire b22_l1_h0;
  wire [3:0] b22_l1_n0;
  wire b22_l1_h1;
  wire [3:0] b22_l1_n1;
  wire b22_l1_h2;
  wire [3:0] b22_l1_n2;
  wire b22_l1_h3;
  wire b22_l1_hit;
  wire [1:0] b22_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l1_e;
  wire [4:0] b22_l1_t;
  wire [11:0] b22_l2_digits;
  wire [3:0] b22_l2_nzs;
  wire [3:0] b22_l2_cnt;
  wire b22_l2_h0;
  wire [3:0] b22_l2_n0;
  wire b22_l2_h1;
  wire [3:0] b22_l2_n1;
  wire b22_l2_h2;
  wire [3:0] b22_l2_n2;
  wire b22_l2_h3;
  wire b22_l2_hit;
  wire [1:0] b22_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l2_e;
  wire [4:0] b22_l2_t;
  wire [11:0] b22_l3_digits;
  wire [3:0] b22_l3_nzs;
  wire [3:0] b22_l3_cnt;
  wire b22_l3_h0;
  wire [3:0] b22_l3_n0;
  wire b22_l3_h1;
  wire [3:0] b22_l3_n1;
  wire b22_l3_h2;
  wire [3:0] b22_l3_n2;
  wire b22_l3_h3;
  wire b22_l3_hit;
  wire [1:0] b22_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l3_e;
  wire [4:0] b22_l3_t;
  wire [11:0] b22_l4_digits;
  wire [3:0] b22_l4_nzs;
  wire [3:0] b22_l4_cnt;
  wire b22_l4_h0;
  wire [3:0] b22_l4_n0;
  wire b22_l4_h1;
  wire [3:0] b22_l4_n1;
  wire b22_l4_h2;
  wire [3:0] b22_l4_n2;
  wire b22_l4_h3;
  wire b22_l4_hit;
  wire [1:0] b22_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l4_e;
  wire [4:0] b22_l4_t;
  wire [11:0] b22_l5_digits;
  wire [3:0] b22_l5_nzs;
  wire [3:0] b22_l5_cnt;
  wire b22_l5_h0;
  wire [3:0] b22_l5_n0;
  wire b22_l5_h1;
  wire [3:0] b22_l5_n1;
  wire b22_l5_h2;
  wire [3:0] b22_l5_n2;
  wire b22_l5_h3;
  wire b22_l5_hit;
  wire [1:0] b22_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l5_e;
  wire [4:0] b22_l5_t;
  wire [11:0] b22_l6_digits;
  wire [3:0] b22_l6_nzs;
  wire [3:0] b22_l6_cnt;
  wire b22_l6_h0;
  wire [3:0] b22_l6_n0;
  wire b22_l6_h1;
  wire [3:0] b22_l6_n1;
  wire b22_l6_h2;
  wire [3:0] b22_l6_n2;
  wire b22_l6_h3;
  wire b22_l6_hit;
  wire [1:0] b22_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l6_e;
  wire [4:0] b22_l6_t;
  wire [11:0] b22_l7_digits;
  wire [3:0] b22_l7_nzs;
  wire [3:0] b22_l7_cnt;
  wire b22_l7_h0;
  wire [3:0] b22_l7_n0;
  wire b22_l7_h1;
  wire [3:0] b22_l7_n1;
  wire b22_l7_h2;
  wire [3:0] b22_l7_n2;
  wire b22_l7_h3;
  wire b22_l7_hit;
  wire [1:0] b22_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l7_e;
  wire [4:0] b22_l7_t;
  wire [11:0] b22_l8_digits;
  wire [3:0] b22_l8_nzs;
  wire [3:0] b22_l8_cnt;
  wire b22_l8_h0;
  wire [3:0] b22_l8_n0;
  wire b22_l8_h1;
  wire [3:0] b22_l8_n1;
  wire b22_l8_h2;
  wire [3:0] b22_l8_n2;
  wire b22_l8_h3;
  wire b22_l8_hit;
  wire [1:0] b22_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l8_e;
  wire [4:0] b22_l8_t;
  wire [11:0] b22_l9_digits;
  wire [3:0] b22_l9_nzs;
  wire [3:0] b22_l9_cnt;
  wire b22_l9_h0;
  wire [3:0] b22_l9_n0;
  wire b22_l9_h1;
  wire [3:0] b22_l9_n1;
  wire b22_l9_h2;
  wire [3:0] b22_l9_n2;
  wire b22_l9_h3;
  wire b22_l9_hit;
  wire [1:0] b22_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l9_e;
  wire [4:0] b22_l9_t;
  wire [11:0] b22_l10_digits;
  wire [3:0] b22_l10_nzs;
  wire [3:0] b22_l10_cnt;
  wire b22_l10_h0;
  wire [3:0] b22_l10_n0;
  wire b22_l10_h1;
  wire [3:0] b22_l10_n1;
  wire b22_l10_h2;
  wire [3:0] b22_l10_n2;
  wire b22_l10_h3;
  wire b22_l10_hit;
  wire [1:0] b22_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l10_e;
  wire [4:0] b22_l10_t;
  wire [11:0] b22_l11_digits;
  wire [3:0] b22_l11_nzs;
  wire [3:0] b22_l11_cnt;
  wire b22_l11_h0;
  wire [3:0] b22_l11_n0;
  wire b22_l11_h1;
  wire [3:0] b22_l11_n1;
  wire b22_l11_h2;
  wire [3:0] b22_l11_n2;
  wire b22_l11_h3;
  wire b22_l11_hit;
  wire [1:0] b22_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l11_e;
  wire [4:0] b22_l11_t;
  wire [11:0] b22_l12_digits;
  wire [3:0] b22_l12_nzs;
  wire [3:0] b22_l12_cnt;
  wire b22_l12_h0;
  wire [3:0] b22_l12_n0;
  wire b22_l12_h1;
  wire [3:0] b22_l12_n1;
  wire b22_l12_h2;
  wire [3:0] b22_l12_n2;
  wire b22_l12_h3;
  wire b22_l12_hit;
  wire [1:0] b22_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l12_e;
  wire [4:0] b22_l12_t;
  wire [11:0] b22_l13_digits;
  wire [3:0] b22_l13_nzs;
  wire [3:0] b22_l13_cnt;
  wire b22_l13_h0;
  wire [3:0] b22_l13_n0;
  wire b22_l13_h1;
  wire [3:0] b22_l13_n1;
  wire b22_l13_h2;
  wire [3:0] b22_l13_n2;
  wire b22_l13_h3;
  wire b22_l13_hit;
  wire [1:0] b22_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l13_e;
  wire [4:0] b22_l13_t;
  wire [11:0] b22_l14_digits;
  wire [3:0] b22_l14_nzs;
  wire [3:0] b22_l14_cnt;
  wire b22_l14_h0;
  wire [3:0] b22_l14_n0;
  wire b22_l14_h1;
  wire [3:0] b22_l14_n1;
  wire b22_l14_h2;
  wire [3:0] b22_l14_n2;
  wire b22_l14_h3;
  wire b22_l14_hit;
  wire [1:0] b22_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l14_e;
  wire [4:0] b22_l14_t;
  wire [11:0] b22_l15_digits;
  wire [3:0] b22_l15_nzs;
  wire [3:0] b22_l15_cnt;
  wire b22_l15_h0;
  wire [3:0] b22_l15_n0;
  wire b22_l15_h1;
  wire [3:0] b22_l15_n1;
  wire b22_l15_h2;
  wire [3:0] b22_l15_n2;
  wire b22_l15_h3;
  wire b22_l15_hit;
  wire [1:0] b22_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b22_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b22_l15_e;
  wire [4:0] b22_l15_t;
  wire [11:0] b23_l0_digits;
  wire [3:0] b23_l0_nzs;
  wire [3:0] b23_l0_cnt;
  wire b23_l0_h0;
  wire [3:0] b23_l0_n0;
  wire b23_l0_h1;
  wire [3:0] b23_l0_n1;
  wire b23_l0_h2;
  wire [3:0] b23_l0_n2;
  wire b23_l0_h3;
  wire b23_l0_hit;
  wire [1:0] b23_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l0_e;
  wire [4:0] b23_l0_t;
  wire [11:0] b23_l1_digits;
  wire [3:0] b23_l1_nzs;
  wire [3:0] b23_l1_cnt;
  wire b23_l1_h0;
  wire [3:0] b23_l1_n0;
  wire b23_l1_h1;
  wire [3:0] b23_l1_n1;
  wire b23_l1_h2;
  wire [3:0] b23_l1_n2;
  wire b23_l1_h3;
  wire b23_l1_hit;
  wire [1:0] b23_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l1_e;
  wire [4:0] b23_l1_t;
  wire [11:0] b23_l2_digits;
  wire [3:0] b23_l2_nzs;
  wire [3:0] b23_l2_cnt;
  wire b23_l2_h0;
  wire [3:0] b23_l2_n0;
  wire b23_l2_h1;
  wire [3:0] b23_l2_n1;
  wire b23_l2_h2;
  wire [3:0] b23_l2_n2;
  wire b23_l2_h3;
  wire b23_l2_hit;
  wire [1:0] b23_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l2_e;
  wire [4:0] b23_l2_t;
  wire [11:0] b23_l3_digits;
  wire [3:0] b23_l3_nzs;
  wire [3:0] b23_l3_cnt;
  wire b23_l3_h0;
  wire [3:0] b23_l3_n0;
  wire b23_l3_h1;
  wire [3:0] b23_l3_n1;
  wire b23_l3_h2;
  wire [3:0] b23_l3_n2;
  wire b23_l3_h3;
  wire b23_l3_hit;
  wire [1:0] b23_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l3_e;
  wire [4:0] b23_l3_t;
  wire [11:0] b23_l4_digits;
  wire [3:0] b23_l4_nzs;
  wire [3:0] b23_l4_cnt;
  wire b23_l4_h0;
  wire [3:0] b23_l4_n0;
  wire b23_l4_h1;
  wire [3:0] b23_l4_n1;
  wire b23_l4_h2;
  wire [3:0] b23_l4_n2;
  wire b23_l4_h3;
  wire b23_l4_hit;
  wire [1:0] b23_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l4_e;
  wire [4:0] b23_l4_t;
  wire [11:0] b23_l5_digits;
  wire [3:0] b23_l5_nzs;
  wire [3:0] b23_l5_cnt;
  wire b23_l5_h0;
  wire [3:0] b23_l5_n0;
  wire b23_l5_h1;
  wire [3:0] b23_l5_n1;
  wire b23_l5_h2;
  wire [3:0] b23_l5_n2;
  wire b23_l5_h3;
  wire b23_l5_hit;
  wire [1:0] b23_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l5_e;
  wire [4:0] b23_l5_t;
  wire [11:0] b23_l6_digits;
  wire [3:0] b23_l6_nzs;
  wire [3:0] b23_l6_cnt;
  wire b23_l6_h0;
  wire [3:0] b23_l6_n0;
  wire b23_l6_h1;
  wire [3:0] b23_l6_n1;
  wire b23_l6_h2;
  wire [3:0] b23_l6_n2;
  wire b23_l6_h3;
  wire b23_l6_hit;
  wire [1:0] b23_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l6_e;
  wire [4:0] b23_l6_t;
  wire [11:0] b23_l7_digits;
  wire [3:0] b23_l7_nzs;
  wire [3:0] b23_l7_cnt;
  wire b23_l7_h0;
  wire [3:0] b23_l7_n0;
  wire b23_l7_h1;
  wire [3:0] b23_l7_n1;
  wire b23_l7_h2;
  wire [3:0] b23_l7_n2;
  wire b23_l7_h3;
  wire b23_l7_hit;
  wire [1:0] b23_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l7_e;
  wire [4:0] b23_l7_t;
  wire [11:0] b23_l8_digits;
  wire [3:0] b23_l8_nzs;
  wire [3:0] b23_l8_cnt;
  wire b23_l8_h0;
  wire [3:0] b23_l8_n0;
  wire b23_l8_h1;
  wire [3:0] b23_l8_n1;
  wire b23_l8_h2;
  wire [3:0] b23_l8_n2;
  wire b23_l8_h3;
  wire b23_l8_hit;
  wire [1:0] b23_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l8_e;
  wire [4:0] b23_l8_t;
  wire [11:0] b23_l9_digits;
  wire [3:0] b23_l9_nzs;
  wire [3:0] b23_l9_cnt;
  wire b23_l9_h0;
  wire [3:0] b23_l9_n0;
  wire b23_l9_h1;
  wire [3:0] b23_l9_n1;
  wire b23_l9_h2;
  wire [3:0] b23_l9_n2;
  wire b23_l9_h3;
  wire b23_l9_hit;
  wire [1:0] b23_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l9_e;
  wire [4:0] b23_l9_t;
  wire [11:0] b23_l10_digits;
  wire [3:0] b23_l10_nzs;
  wire [3:0] b23_l10_cnt;
  wire b23_l10_h0;
  wire [3:0] b23_l10_n0;
  wire b23_l10_h1;
  wire [3:0] b23_l10_n1;
  wire b23_l10_h2;
  wire [3:0] b23_l10_n2;
  wire b23_l10_h3;
  wire b23_l10_hit;
  wire [1:0] b23_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l10_e;
  wire [4:0] b23_l10_t;
  wire [11:0] b23_l11_digits;
  wire [3:0] b23_l11_nzs;
  wire [3:0] b23_l11_cnt;
  wire b23_l11_h0;
  wire [3:0] b23_l11_n0;
  wire b23_l11_h1;
  wire [3:0] b23_l11_n1;
  wire b23_l11_h2;
  wire [3:0] b23_l11_n2;
  wire b23_l11_h3;
  wire b23_l11_hit;
  wire [1:0] b23_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l11_e;
  wire [4:0] b23_l11_t;
  wire [11:0] b23_l12_digits;
  wire [3:0] b23_l12_nzs;
  wire [3:0] b23_l12_cnt;
  wire b23_l12_h0;
  wire [3:0] b23_l12_n0;
  wire b23_l12_h1;
  wire [3:0] b23_l12_n1;
  wire b23_l12_h2;
  wire [3:0] b23_l12_n2;
  wire b23_l12_h3;
  wire b23_l12_hit;
  wire [1:0] b23_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l12_e;
  wire [4:0] b23_l12_t;
  wire [11:0] b23_l13_digits;
  wire [3:0] b23_l13_nzs;
  wire [3:0] b23_l13_cnt;
  wire b23_l13_h0;
  wire [3:0] b23_l13_n0;
  wire b23_l13_h1;
  wire [3:0] b23_l13_n1;
  wire b23_l13_h2;
  wire [3:0] b23_l13_n2;
  wire b23_l13_h3;
  wire b23_l13_hit;
  wire [1:0] b23_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l13_e;
  wire [4:0] b23_l13_t;
  wire [11:0] b23_l14_digits;
  wire [3:0] b23_l14_nzs;
  wire [3:0] b23_l14_cnt;
  wire b23_l14_h0;
  wire [3:0] b23_l14_n0;
  wire b23_l14_h1;
  wire [3:0] b23_l14_n1;
  wire b23_l14_h2;
  wire [3:0] b23_l14_n2;
  wire b23_l14_h3;
  wire b23_l14_hit;
  wire [1:0] b23_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l14_e;
  wire [4:0] b23_l14_t;
  wire [11:0] b23_l15_digits;
  wire [3:0] b23_l15_nzs;
  wire [3:0] b23_l15_cnt;
  wire b23_l15_h0;
  wire [3:0] b23_l15_n0;
  wire b23_l15_h1;
  wire [3:0] b23_l15_n1;
  wire b23_l15_h2;
  wire [3:0] b23_l15_n2;
  wire b23_l15_h3;
  wire b23_l15_hit;
  wire [1:0] b23_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b23_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b23_l15_e;
  wire [4:0] b23_l15_t;
  wire [11:0] b24_l0_digits;
  wire [3:0] b24_l0_nzs;
  wire [3:0] b24_l0_cnt;
  wire b24_l0_h0;
  wire [3:0] b24_l0_n0;
  wire b24_l0_h1;
  wire [3:0] b24_l0_n1;
  wire b24_l0_h2;
  wire [3:0] b24_l0_n2;
  wire b24_l0_h3;
  wire b24_l0_hit;
  wire [1:0] b24_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l0_e;
  wire [4:0] b24_l0_t;
  wire [11:0] b24_l1_digits;
  wire [3:0] b24_l1_nzs;
  wire [3:0] b24_l1_cnt;
  wire b24_l1_h0;
  wire [3:0] b24_l1_n0;
  wire b24_l1_h1;
  wire [3:0] b24_l1_n1;
  wire b24_l1_h2;
  wire [3:0] b24_l1_n2;
  wire b24_l1_h3;
  wire b24_l1_hit;
  wire [1:0] b24_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l1_e;
  wire [4:0] b24_l1_t;
  wire [11:0] b24_l2_digits;
  wire [3:0] b24_l2_nzs;
  wire [3:0] b24_l2_cnt;
  wire b24_l2_h0;
  wire [3:0] b24_l2_n0;
  wire b24_l2_h1;
  wire [3:0] b24_l2_n1;
  wire b24_l2_h2;
  wire [3:0] b24_l2_n2;
  wire b24_l2_h3;
  wire b24_l2_hit;
  wire [1:0] b24_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l2_e;
  wire [4:0] b24_l2_t;
  wire [11:0] b24_l3_digits;
  wire [3:0] b24_l3_nzs;
  wire [3:0] b24_l3_cnt;
  wire b24_l3_h0;
  wire [3:0] b24_l3_n0;
  wire b24_l3_h1;
  wire [3:0] b24_l3_n1;
  wire b24_l3_h2;
  wire [3:0] b24_l3_n2;
  wire b24_l3_h3;
  wire b24_l3_hit;
  wire [1:0] b24_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l3_e;
  wire [4:0] b24_l3_t;
  wire [11:0] b24_l4_digits;
  wire [3:0] b24_l4_nzs;
  wire [3:0] b24_l4_cnt;
  wire b24_l4_h0;
  wire [3:0] b24_l4_n0;
  wire b24_l4_h1;
  wire [3:0] b24_l4_n1;
  wire b24_l4_h2;
  wire [3:0] b24_l4_n2;
  wire b24_l4_h3;
  wire b24_l4_hit;
  wire [1:0] b24_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l4_e;
  wire [4:0] b24_l4_t;
  wire [11:0] b24_l5_digits;
  wire [3:0] b24_l5_nzs;
  wire [3:0] b24_l5_cnt;
  wire b24_l5_h0;
  wire [3:0] b24_l5_n0;
  wire b24_l5_h1;
  wire [3:0] b24_l5_n1;
  wire b24_l5_h2;
  wire [3:0] b24_l5_n2;
  wire b24_l5_h3;
  wire b24_l5_hit;
  wire [1:0] b24_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l5_e;
  wire [4:0] b24_l5_t;
  wire [11:0] b24_l6_digits;
  wire [3:0] b24_l6_nzs;
  wire [3:0] b24_l6_cnt;
  wire b24_l6_h0;
  wire [3:0] b24_l6_n0;
  wire b24_l6_h1;
  wire [3:0] b24_l6_n1;
  wire b24_l6_h2;
  wire [3:0] b24_l6_n2;
  wire b24_l6_h3;
  wire b24_l6_hit;
  wire [1:0] b24_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l6_e;
  wire [4:0] b24_l6_t;
  wire [11:0] b24_l7_digits;
  wire [3:0] b24_l7_nzs;
  wire [3:0] b24_l7_cnt;
  wire b24_l7_h0;
  wire [3:0] b24_l7_n0;
  wire b24_l7_h1;
  wire [3:0] b24_l7_n1;
  wire b24_l7_h2;
  wire [3:0] b24_l7_n2;
  wire b24_l7_h3;
  wire b24_l7_hit;
  wire [1:0] b24_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l7_e;
  wire [4:0] b24_l7_t;
  wire [11:0] b24_l8_digits;
  wire [3:0] b24_l8_nzs;
  wire [3:0] b24_l8_cnt;
  wire b24_l8_h0;
  wire [3:0] b24_l8_n0;
  wire b24_l8_h1;
  wire [3:0] b24_l8_n1;
  wire b24_l8_h2;
  wire [3:0] b24_l8_n2;
  wire b24_l8_h3;
  wire b24_l8_hit;
  wire [1:0] b24_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l8_e;
  wire [4:0] b24_l8_t;
  wire [11:0] b24_l9_digits;
  wire [3:0] b24_l9_nzs;
  wire [3:0] b24_l9_cnt;
  wire b24_l9_h0;
  wire [3:0] b24_l9_n0;
  wire b24_l9_h1;
  wire [3:0] b24_l9_n1;
  wire b24_l9_h2;
  wire [3:0] b24_l9_n2;
  wire b24_l9_h3;
  wire b24_l9_hit;
  wire [1:0] b24_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l9_e;
  wire [4:0] b24_l9_t;
  wire [11:0] b24_l10_digits;
  wire [3:0] b24_l10_nzs;
  wire [3:0] b24_l10_cnt;
  wire b24_l10_h0;
  wire [3:0] b24_l10_n0;
  wire b24_l10_h1;
  wire [3:0] b24_l10_n1;
  wire b24_l10_h2;
  wire [3:0] b24_l10_n2;
  wire b24_l10_h3;
  wire b24_l10_hit;
  wire [1:0] b24_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l10_e;
  wire [4:0] b24_l10_t;
  wire [11:0] b24_l11_digits;
  wire [3:0] b24_l11_nzs;
  wire [3:0] b24_l11_cnt;
  wire b24_l11_h0;
  wire [3:0] b24_l11_n0;
  wire b24_l11_h1;
  wire [3:0] b24_l11_n1;
  wire b24_l11_h2;
  wire [3:0] b24_l11_n2;
  wire b24_l11_h3;
  wire b24_l11_hit;
  wire [1:0] b24_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l11_e;
  wire [4:0] b24_l11_t;
  wire [11:0] b24_l12_digits;
  wire [3:0] b24_l12_nzs;
  wire [3:0] b24_l12_cnt;
  wire b24_l12_h0;
  wire [3:0] b24_l12_n0;
  wire b24_l12_h1;
  wire [3:0] b24_l12_n1;
  wire b24_l12_h2;
  wire [3:0] b24_l12_n2;
  wire b24_l12_h3;
  wire b24_l12_hit;
  wire [1:0] b24_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l12_e;
  wire [4:0] b24_l12_t;
  wire [11:0] b24_l13_digits;
  wire [3:0] b24_l13_nzs;
  wire [3:0] b24_l13_cnt;
  wire b24_l13_h0;
  wire [3:0] b24_l13_n0;
  wire b24_l13_h1;
  wire [3:0] b24_l13_n1;
  wire b24_l13_h2;
  wire [3:0] b24_l13_n2;
  wire b24_l13_h3;
  wire b24_l13_hit;
  wire [1:0] b24_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l13_e;
  wire [4:0] b24_l13_t;
  wire [11:0] b24_l14_digits;
  wire [3:0] b24_l14_nzs;
  wire [3:0] b24_l14_cnt;
  wire b24_l14_h0;
  wire [3:0] b24_l14_n0;
  wire b24_l14_h1;
  wire [3:0] b24_l14_n1;
  wire b24_l14_h2;
  wire [3:0] b24_l14_n2;
  wire b24_l14_h3;
  wire b24_l14_hit;
  wire [1:0] b24_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l14_e;
  wire [4:0] b24_l14_t;
  wire [11:0] b24_l15_digits;
  wire [3:0] b24_l15_nzs;
  wire [3:0] b24_l15_cnt;
  wire b24_l15_h0;
  wire [3:0] b24_l15_n0;
  wire b24_l15_h1;
  wire [3:0] b24_l15_n1;
  wire b24_l15_h2;
  wire [3:0] b24_l15_n2;
  wire b24_l15_h3;
  wire b24_l15_hit;
  wire [1:0] b24_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b24_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b24_l15_e;
  wire [4:0] b24_l15_t;
  wire [11:0] b25_l0_digits;
  wire [3:0] b25_l0_nzs;
  wire [3:0] b25_l0_cnt;
  wire b25_l0_h0;
  wire [3:0] b25_l0_n0;
  wire b25_l0_h1;
  wire [3:0] b25_l0_n1;
  wire b25_l0_h2;
  wire [3:0] b25_l0_n2;
  wire b25_l0_h3;
  wire b25_l0_hit;
  wire [1:0] b25_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l0_e;
  wire [4:0] b25_l0_t;
  wire [11:0] b25_l1_digits;
  wire [3:0] b25_l1_nzs;
  wire [3:0] b25_l1_cnt;
  wire b25_l1_h0;
  wire [3:0] b25_l1_n0;
  wire b25_l1_h1;
  wire [3:0] b25_l1_n1;
  wire b25_l1_h2;
  wire [3:0] b25_l1_n2;
  wire b25_l1_h3;
  wire b25_l1_hit;
  wire [1:0] b25_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l1_e;
  wire [4:0] b25_l1_t;
  wire [11:0] b25_l2_digits;
  wire [3:0] b25_l2_nzs;
  wire [3:0] b25_l2_cnt;
  wire b25_l2_h0;
  wire [3:0] b25_l2_n0;
  wire b25_l2_h1;
  wire [3:0] b25_l2_n1;
  wire b25_l2_h2;
  wire [3:0] b25_l2_n2;
  wire b25_l2_h3;
  wire b25_l2_hit;
  wire [1:0] b25_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l2_e;
  wire [4:0] b25_l2_t;
  wire [11:0] b25_l3_digits;
  wire [3:0] b25_l3_nzs;
  wire [3:0] b25_l3_cnt;
  wire b25_l3_h0;
  wire [3:0] b25_l3_n0;
  wire b25_l3_h1;
  wire [3:0] b25_l3_n1;
  wire b25_l3_h2;
  wire [3:0] b25_l3_n2;
  wire b25_l3_h3;
  wire b25_l3_hit;
  wire [1:0] b25_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l3_e;
  wire [4:0] b25_l3_t;
  wire [11:0] b25_l4_digits;
  wire [3:0] b25_l4_nzs;
  wire [3:0] b25_l4_cnt;
  wire b25_l4_h0;
  wire [3:0] b25_l4_n0;
  wire b25_l4_h1;
  wire [3:0] b25_l4_n1;
  wire b25_l4_h2;
  wire [3:0] b25_l4_n2;
  wire b25_l4_h3;
  wire b25_l4_hit;
  wire [1:0] b25_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l4_e;
  wire [4:0] b25_l4_t;
  wire [11:0] b25_l5_digits;
  wire [3:0] b25_l5_nzs;
  wire [3:0] b25_l5_cnt;
  wire b25_l5_h0;
  wire [3:0] b25_l5_n0;
  wire b25_l5_h1;
  wire [3:0] b25_l5_n1;
  wire b25_l5_h2;
  wire [3:0] b25_l5_n2;
  wire b25_l5_h3;
  wire b25_l5_hit;
  wire [1:0] b25_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l5_e;
  wire [4:0] b25_l5_t;
  wire [11:0] b25_l6_digits;
  wire [3:0] b25_l6_nzs;
  wire [3:0] b25_l6_cnt;
  wire b25_l6_h0;
  wire [3:0] b25_l6_n0;
  wire b25_l6_h1;
  wire [3:0] b25_l6_n1;
  wire b25_l6_h2;
  wire [3:0] b25_l6_n2;
  wire b25_l6_h3;
  wire b25_l6_hit;
  wire [1:0] b25_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l6_e;
  wire [4:0] b25_l6_t;
  wire [11:0] b25_l7_digits;
  wire [3:0] b25_l7_nzs;
  wire [3:0] b25_l7_cnt;
  wire b25_l7_h0;
  wire [3:0] b25_l7_n0;
  wire b25_l7_h1;
  wire [3:0] b25_l7_n1;
  wire b25_l7_h2;
  wire [3:0] b25_l7_n2;
  wire b25_l7_h3;
  wire b25_l7_hit;
  wire [1:0] b25_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l7_e;
  wire [4:0] b25_l7_t;
  wire [11:0] b25_l8_digits;
  wire [3:0] b25_l8_nzs;
  wire [3:0] b25_l8_cnt;
  wire b25_l8_h0;
  wire [3:0] b25_l8_n0;
  wire b25_l8_h1;
  wire [3:0] b25_l8_n1;
  wire b25_l8_h2;
  wire [3:0] b25_l8_n2;
  wire b25_l8_h3;
  wire b25_l8_hit;
  wire [1:0] b25_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l8_e;
  wire [4:0] b25_l8_t;
  wire [11:0] b25_l9_digits;
  wire [3:0] b25_l9_nzs;
  wire [3:0] b25_l9_cnt;
  wire b25_l9_h0;
  wire [3:0] b25_l9_n0;
  wire b25_l9_h1;
  wire [3:0] b25_l9_n1;
  wire b25_l9_h2;
  wire [3:0] b25_l9_n2;
  wire b25_l9_h3;
  wire b25_l9_hit;
  wire [1:0] b25_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l9_e;
  wire [4:0] b25_l9_t;
  wire [11:0] b25_l10_digits;
  wire [3:0] b25_l10_nzs;
  wire [3:0] b25_l10_cnt;
  wire b25_l10_h0;
  wire [3:0] b25_l10_n0;
  wire b25_l10_h1;
  wire [3:0] b25_l10_n1;
  wire b25_l10_h2;
  wire [3:0] b25_l10_n2;
  wire b25_l10_h3;
  wire b25_l10_hit;
  wire [1:0] b25_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l10_e;
  wire [4:0] b25_l10_t;
  wire [11:0] b25_l11_digits;
  wire [3:0] b25_l11_nzs;
  wire [3:0] b25_l11_cnt;
  wire b25_l11_h0;
  wire [3:0] b25_l11_n0;
  wire b25_l11_h1;
  wire [3:0] b25_l11_n1;
  wire b25_l11_h2;
  wire [3:0] b25_l11_n2;
  wire b25_l11_h3;
  wire b25_l11_hit;
  wire [1:0] b25_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l11_e;
  wire [4:0] b25_l11_t;
  wire [11:0] b25_l12_digits;
  wire [3:0] b25_l12_nzs;
  wire [3:0] b25_l12_cnt;
  wire b25_l12_h0;
  wire [3:0] b25_l12_n0;
  wire b25_l12_h1;
  wire [3:0] b25_l12_n1;
  wire b25_l12_h2;
  wire [3:0] b25_l12_n2;
  wire b25_l12_h3;
  wire b25_l12_hit;
  wire [1:0] b25_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l12_e;
  wire [4:0] b25_l12_t;
  wire [11:0] b25_l13_digits;
  wire [3:0] b25_l13_nzs;
  wire [3:0] b25_l13_cnt;
  wire b25_l13_h0;
  wire [3:0] b25_l13_n0;
  wire b25_l13_h1;
  wire [3:0] b25_l13_n1;
  wire b25_l13_h2;
  wire [3:0] b25_l13_n2;
  wire b25_l13_h3;
  wire b25_l13_hit;
  wire [1:0] b25_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l13_e;
  wire [4:0] b25_l13_t;
  wire [11:0] b25_l14_digits;
  wire [3:0] b25_l14_nzs;
  wire [3:0] b25_l14_cnt;
  wire b25_l14_h0;
  wire [3:0] b25_l14_n0;
  wire b25_l14_h1;
  wire [3:0] b25_l14_n1;
  wire b25_l14_h2;
  wire [3:0] b25_l14_n2;
  wire b25_l14_h3;
  wire b25_l14_hit;
  wire [1:0] b25_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l14_e;
  wire [4:0] b25_l14_t;
  wire [11:0] b25_l15_digits;
  wire [3:0] b25_l15_nzs;
  wire [3:0] b25_l15_cnt;
  wire b25_l15_h0;
  wire [3:0] b25_l15_n0;
  wire b25_l15_h1;
  wire [3:0] b25_l15_n1;
  wire b25_l15_h2;
  wire [3:0] b25_l15_n2;
  wire b25_l15_h3;
  wire b25_l15_hit;
  wire [1:0] b25_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b25_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b25_l15_e;
  wire [4:0] b25_l15_t;
  wire [11:0] b26_l0_digits;
  wire [3:0] b26_l0_nzs;
  wire [3:0] b26_l0_cnt;
  wire b26_l0_h0;
  wire [3:0] b26_l0_n0;
  wire b26_l0_h1;
  wire [3:0] b26_l0_n1;
  wire b26_l0_h2;
  wire [3:0] b26_l0_n2;
  wire b26_l0_h3;
  wire b26_l0_hit;
  wire [1:0] b26_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l0_e;
  wire [4:0] b26_l0_t;
  wire [11:0] b26_l1_digits;
  wire [3:0] b26_l1_nzs;
  wire [3:0] b26_l1_cnt;
  wire b26_l1_h0;
  wire [3:0] b26_l1_n0;
  wire b26_l1_h1;
  wire [3:0] b26_l1_n1;
  wire b26_l1_h2;
  wire [3:0] b26_l1_n2;
  wire b26_l1_h3;
  wire b26_l1_hit;
  wire [1:0] b26_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l1_e;
  wire [4:0] b26_l1_t;
  wire [11:0] b26_l2_digits;
  wire [3:0] b26_l2_nzs;
  wire [3:0] b26_l2_cnt;
  wire b26_l2_h0;
  wire [3:0] b26_l2_n0;
  wire b26_l2_h1;
  wire [3:0] b26_l2_n1;
  wire b26_l2_h2;
  wire [3:0] b26_l2_n2;
  wire b26_l2_h3;
  wire b26_l2_hit;
  wire [1:0] b26_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l2_e;
  wire [4:0] b26_l2_t;
  wire [11:0] b26_l3_digits;
  wire [3:0] b26_l3_nzs;
  wire [3:0] b26_l3_cnt;
  wire b26_l3_h0;
  wire [3:0] b26_l3_n0;
  wire b26_l3_h1;
  wire [3:0] b26_l3_n1;
  wire b26_l3_h2;
  wire [3:0] b26_l3_n2;
  wire b26_l3_h3;
  wire b26_l3_hit;
  wire [1:0] b26_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l3_e;
  wire [4:0] b26_l3_t;
  wire [11:0] b26_l4_digits;
  wire [3:0] b26_l4_nzs;
  wire [3:0] b26_l4_cnt;
  wire b26_l4_h0;
  wire [3:0] b26_l4_n0;
  wire b26_l4_h1;
  wire [3:0] b26_l4_n1;
  wire b26_l4_h2;
  wire [3:0] b26_l4_n2;
  wire b26_l4_h3;
  wire b26_l4_hit;
  wire [1:0] b26_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l4_e;
  wire [4:0] b26_l4_t;
  wire [11:0] b26_l5_digits;
  wire [3:0] b26_l5_nzs;
  wire [3:0] b26_l5_cnt;
  wire b26_l5_h0;
  wire [3:0] b26_l5_n0;
  wire b26_l5_h1;
  wire [3:0] b26_l5_n1;
  wire b26_l5_h2;
  wire [3:0] b26_l5_n2;
  wire b26_l5_h3;
  wire b26_l5_hit;
  wire [1:0] b26_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l5_e;
  wire [4:0] b26_l5_t;
  wire [11:0] b26_l6_digits;
  wire [3:0] b26_l6_nzs;
  wire [3:0] b26_l6_cnt;
  wire b26_l6_h0;
  wire [3:0] b26_l6_n0;
  wire b26_l6_h1;
  wire [3:0] b26_l6_n1;
  wire b26_l6_h2;
  wire [3:0] b26_l6_n2;
  wire b26_l6_h3;
  wire b26_l6_hit;
  wire [1:0] b26_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l6_e;
  wire [4:0] b26_l6_t;
  wire [11:0] b26_l7_digits;
  wire [3:0] b26_l7_nzs;
  wire [3:0] b26_l7_cnt;
  wire b26_l7_h0;
  wire [3:0] b26_l7_n0;
  wire b26_l7_h1;
  wire [3:0] b26_l7_n1;
  wire b26_l7_h2;
  wire [3:0] b26_l7_n2;
  wire b26_l7_h3;
  wire b26_l7_hit;
  wire [1:0] b26_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l7_e;
  wire [4:0] b26_l7_t;
  wire [11:0] b26_l8_digits;
  wire [3:0] b26_l8_nzs;
  wire [3:0] b26_l8_cnt;
  wire b26_l8_h0;
  wire [3:0] b26_l8_n0;
  wire b26_l8_h1;
  wire [3:0] b26_l8_n1;
  wire b26_l8_h2;
  wire [3:0] b26_l8_n2;
  wire b26_l8_h3;
  wire b26_l8_hit;
  wire [1:0] b26_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l8_e;
  wire [4:0] b26_l8_t;
  wire [11:0] b26_l9_digits;
  wire [3:0] b26_l9_nzs;
  wire [3:0] b26_l9_cnt;
  wire b26_l9_h0;
  wire [3:0] b26_l9_n0;
  wire b26_l9_h1;
  wire [3:0] b26_l9_n1;
  wire b26_l9_h2;
  wire [3:0] b26_l9_n2;
  wire b26_l9_h3;
  wire b26_l9_hit;
  wire [1:0] b26_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l9_e;
  wire [4:0] b26_l9_t;
  wire [11:0] b26_l10_digits;
  wire [3:0] b26_l10_nzs;
  wire [3:0] b26_l10_cnt;
  wire b26_l10_h0;
  wire [3:0] b26_l10_n0;
  wire b26_l10_h1;
  wire [3:0] b26_l10_n1;
  wire b26_l10_h2;
  wire [3:0] b26_l10_n2;
  wire b26_l10_h3;
  wire b26_l10_hit;
  wire [1:0] b26_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l10_e;
  wire [4:0] b26_l10_t;
  wire [11:0] b26_l11_digits;
  wire [3:0] b26_l11_nzs;
  wire [3:0] b26_l11_cnt;
  wire b26_l11_h0;
  wire [3:0] b26_l11_n0;
  wire b26_l11_h1;
  wire [3:0] b26_l11_n1;
  wire b26_l11_h2;
  wire [3:0] b26_l11_n2;
  wire b26_l11_h3;
  wire b26_l11_hit;
  wire [1:0] b26_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l11_e;
  wire [4:0] b26_l11_t;
  wire [11:0] b26_l12_digits;
  wire [3:0] b26_l12_nzs;
  wire [3:0] b26_l12_cnt;
  wire b26_l12_h0;
  wire [3:0] b26_l12_n0;
  wire b26_l12_h1;
  wire [3:0] b26_l12_n1;
  wire b26_l12_h2;
  wire [3:0] b26_l12_n2;
  wire b26_l12_h3;
  wire b26_l12_hit;
  wire [1:0] b26_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l12_e;
  wire [4:0] b26_l12_t;
  wire [11:0] b26_l13_digits;
  wire [3:0] b26_l13_nzs;
  wire [3:0] b26_l13_cnt;
  wire b26_l13_h0;
  wire [3:0] b26_l13_n0;
  wire b26_l13_h1;
  wire [3:0] b26_l13_n1;
  wire b26_l13_h2;
  wire [3:0] b26_l13_n2;
  wire b26_l13_h3;
  wire b26_l13_hit;
  wire [1:0] b26_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l13_e;
  wire [4:0] b26_l13_t;
  wire [11:0] b26_l14_digits;
  wire [3:0] b26_l14_nzs;
  wire [3:0] b26_l14_cnt;
  wire b26_l14_h0;
  wire [3:0] b26_l14_n0;
  wire b26_l14_h1;
  wire [3:0] b26_l14_n1;
  wire b26_l14_h2;
  wire [3:0] b26_l14_n2;
  wire b26_l14_h3;
  wire b26_l14_hit;
  wire [1:0] b26_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l14_e;
  wire [4:0] b26_l14_t;
  wire [11:0] b26_l15_digits;
  wire [3:0] b26_l15_nzs;
  wire [3:0] b26_l15_cnt;
  wire b26_l15_h0;
  wire [3:0] b26_l15_n0;
  wire b26_l15_h1;
  wire [3:0] b26_l15_n1;
  wire b26_l15_h2;
  wire [3:0] b26_l15_n2;
  wire b26_l15_h3;
  wire b26_l15_hit;
  wire [1:0] b26_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b26_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b26_l15_e;
  wire [4:0] b26_l15_t;
  wire [11:0] b27_l0_digits;
  wire [3:0] b27_l0_nzs;
  wire [3:0] b27_l0_cnt;
  wire b27_l0_h0;
  wire [3:0] b27_l0_n0;
  wire b27_l0_h1;
  wire [3:0] b27_l0_n1;
  wire b27_l0_h2;
  wire [3:0] b27_l0_n2;
  wire b27_l0_h3;
  wire b27_l0_hit;
  wire [1:0] b27_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l0_e;
  wire [4:0] b27_l0_t;
  wire [11:0] b27_l1_digits;
  wire [3:0] b27_l1_nzs;
  wire [3:0] b27_l1_cnt;
  wire b27_l1_h0;
  wire [3:0] b27_l1_n0;
  wire b27_l1_h1;
  wire [3:0] b27_l1_n1;
  wire b27_l1_h2;
  wire [3:0] b27_l1_n2;
  wire b27_l1_h3;
  wire b27_l1_hit;
  wire [1:0] b27_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l1_e;
  wire [4:0] b27_l1_t;
  wire [11:0] b27_l2_digits;
  wire [3:0] b27_l2_nzs;
  wire [3:0] b27_l2_cnt;
  wire b27_l2_h0;
  wire [3:0] b27_l2_n0;
  wire b27_l2_h1;
  wire [3:0] b27_l2_n1;
  wire b27_l2_h2;
  wire [3:0] b27_l2_n2;
  wire b27_l2_h3;
  wire b27_l2_hit;
  wire [1:0] b27_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l2_e;
  wire [4:0] b27_l2_t;
  wire [11:0] b27_l3_digits;
  wire [3:0] b27_l3_nzs;
  wire [3:0] b27_l3_cnt;
  wire b27_l3_h0;
  wire [3:0] b27_l3_n0;
  wire b27_l3_h1;
  wire [3:0] b27_l3_n1;
  wire b27_l3_h2;
  wire [3:0] b27_l3_n2;
  wire b27_l3_h3;
  wire b27_l3_hit;
  wire [1:0] b27_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l3_e;
  wire [4:0] b27_l3_t;
  wire [11:0] b27_l4_digits;
  wire [3:0] b27_l4_nzs;
  wire [3:0] b27_l4_cnt;
  wire b27_l4_h0;
  wire [3:0] b27_l4_n0;
  wire b27_l4_h1;
  wire [3:0] b27_l4_n1;
  wire b27_l4_h2;
  wire [3:0] b27_l4_n2;
  wire b27_l4_h3;
  wire b27_l4_hit;
  wire [1:0] b27_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l4_e;
  wire [4:0] b27_l4_t;
  wire [11:0] b27_l5_digits;
  wire [3:0] b27_l5_nzs;
  wire [3:0] b27_l5_cnt;
  wire b27_l5_h0;
  wire [3:0] b27_l5_n0;
  wire b27_l5_h1;
  wire [3:0] b27_l5_n1;
  wire b27_l5_h2;
  wire [3:0] b27_l5_n2;
  wire b27_l5_h3;
  wire b27_l5_hit;
  wire [1:0] b27_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l5_e;
  wire [4:0] b27_l5_t;
  wire [11:0] b27_l6_digits;
  wire [3:0] b27_l6_nzs;
  wire [3:0] b27_l6_cnt;
  wire b27_l6_h0;
  wire [3:0] b27_l6_n0;
  wire b27_l6_h1;
  wire [3:0] b27_l6_n1;
  wire b27_l6_h2;
  wire [3:0] b27_l6_n2;
  wire b27_l6_h3;
  wire b27_l6_hit;
  wire [1:0] b27_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l6_e;
  wire [4:0] b27_l6_t;
  wire [11:0] b27_l7_digits;
  wire [3:0] b27_l7_nzs;
  wire [3:0] b27_l7_cnt;
  wire b27_l7_h0;
  wire [3:0] b27_l7_n0;
  wire b27_l7_h1;
  wire [3:0] b27_l7_n1;
  wire b27_l7_h2;
  wire [3:0] b27_l7_n2;
  wire b27_l7_h3;
  wire b27_l7_hit;
  wire [1:0] b27_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l7_e;
  wire [4:0] b27_l7_t;
  wire [11:0] b27_l8_digits;
  wire [3:0] b27_l8_nzs;
  wire [3:0] b27_l8_cnt;
  wire b27_l8_h0;
  wire [3:0] b27_l8_n0;
  wire b27_l8_h1;
  wire [3:0] b27_l8_n1;
  wire b27_l8_h2;
  wire [3:0] b27_l8_n2;
  wire b27_l8_h3;
  wire b27_l8_hit;
  wire [1:0] b27_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l8_e;
  wire [4:0] b27_l8_t;
  wire [11:0] b27_l9_digits;
  wire [3:0] b27_l9_nzs;
  wire [3:0] b27_l9_cnt;
  wire b27_l9_h0;
  wire [3:0] b27_l9_n0;
  wire b27_l9_h1;
  wire [3:0] b27_l9_n1;
  wire b27_l9_h2;
  wire [3:0] b27_l9_n2;
  wire b27_l9_h3;
  wire b27_l9_hit;
  wire [1:0] b27_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l9_e;
  wire [4:0] b27_l9_t;
  wire [11:0] b27_l10_digits;
  wire [3:0] b27_l10_nzs;
  wire [3:0] b27_l10_cnt;
  wire b27_l10_h0;
  wire [3:0] b27_l10_n0;
  wire b27_l10_h1;
  wire [3:0] b27_l10_n1;
  wire b27_l10_h2;
  wire [3:0] b27_l10_n2;
  wire b27_l10_h3;
  wire b27_l10_hit;
  wire [1:0] b27_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l10_e;
  wire [4:0] b27_l10_t;
  wire [11:0] b27_l11_digits;
  wire [3:0] b27_l11_nzs;
  wire [3:0] b27_l11_cnt;
  wire b27_l11_h0;
  wire [3:0] b27_l11_n0;
  wire b27_l11_h1;
  wire [3:0] b27_l11_n1;
  wire b27_l11_h2;
  wire [3:0] b27_l11_n2;
  wire b27_l11_h3;
  wire b27_l11_hit;
  wire [1:0] b27_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l11_e;
  wire [4:0] b27_l11_t;
  wire [11:0] b27_l12_digits;
  wire [3:0] b27_l12_nzs;
  wire [3:0] b27_l12_cnt;
  wire b27_l12_h0;
  wire [3:0] b27_l12_n0;
  wire b27_l12_h1;
  wire [3:0] b27_l12_n1;
  wire b27_l12_h2;
  wire [3:0] b27_l12_n2;
  wire b27_l12_h3;
  wire b27_l12_hit;
  wire [1:0] b27_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l12_e;
  wire [4:0] b27_l12_t;
  wire [11:0] b27_l13_digits;
  wire [3:0] b27_l13_nzs;
  wire [3:0] b27_l13_cnt;
  wire b27_l13_h0;
  wire [3:0] b27_l13_n0;
  wire b27_l13_h1;
  wire [3:0] b27_l13_n1;
  wire b27_l13_h2;
  wire [3:0] b27_l13_n2;
  wire b27_l13_h3;
  wire b27_l13_hit;
  wire [1:0] b27_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l13_e;
  wire [4:0] b27_l13_t;
  wire [11:0] b27_l14_digits;
  wire [3:0] b27_l14_nzs;
  wire [3:0] b27_l14_cnt;
  wire b27_l14_h0;
  wire [3:0] b27_l14_n0;
  wire b27_l14_h1;
  wire [3:0] b27_l14_n1;
  wire b27_l14_h2;
  wire [3:0] b27_l14_n2;
  wire b27_l14_h3;
  wire b27_l14_hit;
  wire [1:0] b27_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l14_e;
  wire [4:0] b27_l14_t;
  wire [11:0] b27_l15_digits;
  wire [3:0] b27_l15_nzs;
  wire [3:0] b27_l15_cnt;
  wire b27_l15_h0;
  wire [3:0] b27_l15_n0;
  wire b27_l15_h1;
  wire [3:0] b27_l15_n1;
  wire b27_l15_h2;
  wire [3:0] b27_l15_n2;
  wire b27_l15_h3;
  wire b27_l15_hit;
  wire [1:0] b27_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b27_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b27_l15_e;
  wire [4:0] b27_l15_t;
  wire [11:0] b28_l0_digits;
  wire [3:0] b28_l0_nzs;
  wire [3:0] b28_l0_cnt;
  wire b28_l0_h0;
  wire [3:0] b28_l0_n0;
  wire b28_l0_h1;
  wire [3:0] b28_l0_n1;
  wire b28_l0_h2;
  wire [3:0] b28_l0_n2;
  wire b28_l0_h3;
  wire b28_l0_hit;
  wire [1:0] b28_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l0_e;
  wire [4:0] b28_l0_t;
  wire [11:0] b28_l1_digits;
  wire [3:0] b28_l1_nzs;
  wire [3:0] b28_l1_cnt;
  wire b28_l1_h0;
  wire [3:0] b28_l1_n0;
  wire b28_l1_h1;
  wire [3:0] b28_l1_n1;
  wire b28_l1_h2;
  wire [3:0] b28_l1_n2;
  wire b28_l1_h3;
  wire b28_l1_hit;
  wire [1:0] b28_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l1_e;
  wire [4:0] b28_l1_t;
  wire [11:0] b28_l2_digits;
  wire [3:0] b28_l2_nzs;
  wire [3:0] b28_l2_cnt;
  wire b28_l2_h0;
  wire [3:0] b28_l2_n0;
  wire b28_l2_h1;
  wire [3:0] b28_l2_n1;
  wire b28_l2_h2;
  wire [3:0] b28_l2_n2;
  wire b28_l2_h3;
  wire b28_l2_hit;
  wire [1:0] b28_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l2_e;
  wire [4:0] b28_l2_t;
  wire [11:0] b28_l3_digits;
  wire [3:0] b28_l3_nzs;
  wire [3:0] b28_l3_cnt;
  wire b28_l3_h0;
  wire [3:0] b28_l3_n0;
  wire b28_l3_h1;
  wire [3:0] b28_l3_n1;
  wire b28_l3_h2;
  wire [3:0] b28_l3_n2;
  wire b28_l3_h3;
  wire b28_l3_hit;
  wire [1:0] b28_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l3_e;
  wire [4:0] b28_l3_t;
  wire [11:0] b28_l4_digits;
  wire [3:0] b28_l4_nzs;
  wire [3:0] b28_l4_cnt;
  wire b28_l4_h0;
  wire [3:0] b28_l4_n0;
  wire b28_l4_h1;
  wire [3:0] b28_l4_n1;
  wire b28_l4_h2;
  wire [3:0] b28_l4_n2;
  wire b28_l4_h3;
  wire b28_l4_hit;
  wire [1:0] b28_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l4_e;
  wire [4:0] b28_l4_t;
  wire [11:0] b28_l5_digits;
  wire [3:0] b28_l5_nzs;
  wire [3:0] b28_l5_cnt;
  wire b28_l5_h0;
  wire [3:0] b28_l5_n0;
  wire b28_l5_h1;
  wire [3:0] b28_l5_n1;
  wire b28_l5_h2;
  wire [3:0] b28_l5_n2;
  wire b28_l5_h3;
  wire b28_l5_hit;
  wire [1:0] b28_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l5_e;
  wire [4:0] b28_l5_t;
  wire [11:0] b28_l6_digits;
  wire [3:0] b28_l6_nzs;
  wire [3:0] b28_l6_cnt;
  wire b28_l6_h0;
  wire [3:0] b28_l6_n0;
  wire b28_l6_h1;
  wire [3:0] b28_l6_n1;
  wire b28_l6_h2;
  wire [3:0] b28_l6_n2;
  wire b28_l6_h3;
  wire b28_l6_hit;
  wire [1:0] b28_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l6_e;
  wire [4:0] b28_l6_t;
  wire [11:0] b28_l7_digits;
  wire [3:0] b28_l7_nzs;
  wire [3:0] b28_l7_cnt;
  wire b28_l7_h0;
  wire [3:0] b28_l7_n0;
  wire b28_l7_h1;
  wire [3:0] b28_l7_n1;
  wire b28_l7_h2;
  wire [3:0] b28_l7_n2;
  wire b28_l7_h3;
  wire b28_l7_hit;
  wire [1:0] b28_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l7_e;
  wire [4:0] b28_l7_t;
  wire [11:0] b28_l8_digits;
  wire [3:0] b28_l8_nzs;
  wire [3:0] b28_l8_cnt;
  wire b28_l8_h0;
  wire [3:0] b28_l8_n0;
  wire b28_l8_h1;
  wire [3:0] b28_l8_n1;
  wire b28_l8_h2;
  wire [3:0] b28_l8_n2;
  wire b28_l8_h3;
  wire b28_l8_hit;
  wire [1:0] b28_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l8_e;
  wire [4:0] b28_l8_t;
  wire [11:0] b28_l9_digits;
  wire [3:0] b28_l9_nzs;
  wire [3:0] b28_l9_cnt;
  wire b28_l9_h0;
  wire [3:0] b28_l9_n0;
  wire b28_l9_h1;
  wire [3:0] b28_l9_n1;
  wire b28_l9_h2;
  wire [3:0] b28_l9_n2;
  wire b28_l9_h3;
  wire b28_l9_hit;
  wire [1:0] b28_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l9_e;
  wire [4:0] b28_l9_t;
  wire [11:0] b28_l10_digits;
  wire [3:0] b28_l10_nzs;
  wire [3:0] b28_l10_cnt;
  wire b28_l10_h0;
  wire [3:0] b28_l10_n0;
  wire b28_l10_h1;
  wire [3:0] b28_l10_n1;
  wire b28_l10_h2;
  wire [3:0] b28_l10_n2;
  wire b28_l10_h3;
  wire b28_l10_hit;
  wire [1:0] b28_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l10_e;
  wire [4:0] b28_l10_t;
  wire [11:0] b28_l11_digits;
  wire [3:0] b28_l11_nzs;
  wire [3:0] b28_l11_cnt;
  wire b28_l11_h0;
  wire [3:0] b28_l11_n0;
  wire b28_l11_h1;
  wire [3:0] b28_l11_n1;
  wire b28_l11_h2;
  wire [3:0] b28_l11_n2;
  wire b28_l11_h3;
  wire b28_l11_hit;
  wire [1:0] b28_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l11_e;
  wire [4:0] b28_l11_t;
  wire [11:0] b28_l12_digits;
  wire [3:0] b28_l12_nzs;
  wire [3:0] b28_l12_cnt;
  wire b28_l12_h0;
  wire [3:0] b28_l12_n0;
  wire b28_l12_h1;
  wire [3:0] b28_l12_n1;
  wire b28_l12_h2;
  wire [3:0] b28_l12_n2;
  wire b28_l12_h3;
  wire b28_l12_hit;
  wire [1:0] b28_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l12_e;
  wire [4:0] b28_l12_t;
  wire [11:0] b28_l13_digits;
  wire [3:0] b28_l13_nzs;
  wire [3:0] b28_l13_cnt;
  wire b28_l13_h0;
  wire [3:0] b28_l13_n0;
  wire b28_l13_h1;
  wire [3:0] b28_l13_n1;
  wire b28_l13_h2;
  wire [3:0] b28_l13_n2;
  wire b28_l13_h3;
  wire b28_l13_hit;
  wire [1:0] b28_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l13_e;
  wire [4:0] b28_l13_t;
  wire [11:0] b28_l14_digits;
  wire [3:0] b28_l14_nzs;
  wire [3:0] b28_l14_cnt;
  wire b28_l14_h0;
  wire [3:0] b28_l14_n0;
  wire b28_l14_h1;
  wire [3:0] b28_l14_n1;
  wire b28_l14_h2;
  wire [3:0] b28_l14_n2;
  wire b28_l14_h3;
  wire b28_l14_hit;
  wire [1:0] b28_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l14_e;
  wire [4:0] b28_l14_t;
  wire [11:0] b28_l15_digits;
  wire [3:0] b28_l15_nzs;
  wire [3:0] b28_l15_cnt;
  wire b28_l15_h0;
  wire [3:0] b28_l15_n0;
  wire b28_l15_h1;
  wire [3:0] b28_l15_n1;
  wire b28_l15_h2;
  wire [3:0] b28_l15_n2;
  wire b28_l15_h3;
  wire b28_l15_hit;
  wire [1:0] b28_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b28_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b28_l15_e;
  wire [4:0] b28_l15_t;
  wire [11:0] b29_l0_digits;
  wire [3:0] b29_l0_nzs;
  wire [3:0] b29_l0_cnt;
  wire b29_l0_h0;
  wire [3:0] b29_l0_n0;
  wire b29_l0_h1;
  wire [3:0] b29_l0_n1;
  wire b29_l0_h2;
  wire [3:0] b29_l0_n2;
  wire b29_l0_h3;
  wire b29_l0_hit;
  wire [1:0] b29_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l0_e;
  wire [4:0] b29_l0_t;
  wire [11:0] b29_l1_digits;
  wire [3:0] b29_l1_nzs;
  wire [3:0] b29_l1_cnt;
  wire b29_l1_h0;
  wire [3:0] b29_l1_n0;
  wire b29_l1_h1;
  wire [3:0] b29_l1_n1;
  wire b29_l1_h2;
  wire [3:0] b29_l1_n2;
  wire b29_l1_h3;
  wire b29_l1_hit;
  wire [1:0] b29_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l1_e;
  wire [4:0] b29_l1_t;
  wire [11:0] b29_l2_digits;
  wire [3:0] b29_l2_nzs;
  wire [3:0] b29_l2_cnt;
  wire b29_l2_h0;
  wire [3:0] b29_l2_n0;
  wire b29_l2_h1;
  wire [3:0] b29_l2_n1;
  wire b29_l2_h2;
  wire [3:0] b29_l2_n2;
  wire b29_l2_h3;
  wire b29_l2_hit;
  wire [1:0] b29_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l2_e;
  wire [4:0] b29_l2_t;
  wire [11:0] b29_l3_digits;
  wire [3:0] b29_l3_nzs;
  wire [3:0] b29_l3_cnt;
  wire b29_l3_h0;
  wire [3:0] b29_l3_n0;
  wire b29_l3_h1;
  wire [3:0] b29_l3_n1;
  wire b29_l3_h2;
  wire [3:0] b29_l3_n2;
  wire b29_l3_h3;
  wire b29_l3_hit;
  wire [1:0] b29_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l3_e;
  wire [4:0] b29_l3_t;
  wire [11:0] b29_l4_digits;
  wire [3:0] b29_l4_nzs;
  wire [3:0] b29_l4_cnt;
  wire b29_l4_h0;
  wire [3:0] b29_l4_n0;
  wire b29_l4_h1;
  wire [3:0] b29_l4_n1;
  wire b29_l4_h2;
  wire [3:0] b29_l4_n2;
  wire b29_l4_h3;
  wire b29_l4_hit;
  wire [1:0] b29_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l4_e;
  wire [4:0] b29_l4_t;
  wire [11:0] b29_l5_digits;
  wire [3:0] b29_l5_nzs;
  wire [3:0] b29_l5_cnt;
  wire b29_l5_h0;
  wire [3:0] b29_l5_n0;
  wire b29_l5_h1;
  wire [3:0] b29_l5_n1;
  wire b29_l5_h2;
  wire [3:0] b29_l5_n2;
  wire b29_l5_h3;
  wire b29_l5_hit;
  wire [1:0] b29_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l5_e;
  wire [4:0] b29_l5_t;
  wire [11:0] b29_l6_digits;
  wire [3:0] b29_l6_nzs;
  wire [3:0] b29_l6_cnt;
  wire b29_l6_h0;
  wire [3:0] b29_l6_n0;
  wire b29_l6_h1;
  wire [3:0] b29_l6_n1;
  wire b29_l6_h2;
  wire [3:0] b29_l6_n2;
  wire b29_l6_h3;
  wire b29_l6_hit;
  wire [1:0] b29_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l6_e;
  wire [4:0] b29_l6_t;
  wire [11:0] b29_l7_digits;
  wire [3:0] b29_l7_nzs;
  wire [3:0] b29_l7_cnt;
  wire b29_l7_h0;
  wire [3:0] b29_l7_n0;
  wire b29_l7_h1;
  wire [3:0] b29_l7_n1;
  wire b29_l7_h2;
  wire [3:0] b29_l7_n2;
  wire b29_l7_h3;
  wire b29_l7_hit;
  wire [1:0] b29_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l7_e;
  wire [4:0] b29_l7_t;
  wire [11:0] b29_l8_digits;
  wire [3:0] b29_l8_nzs;
  wire [3:0] b29_l8_cnt;
  wire b29_l8_h0;
  wire [3:0] b29_l8_n0;
  wire b29_l8_h1;
  wire [3:0] b29_l8_n1;
  wire b29_l8_h2;
  wire [3:0] b29_l8_n2;
  wire b29_l8_h3;
  wire b29_l8_hit;
  wire [1:0] b29_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l8_e;
  wire [4:0] b29_l8_t;
  wire [11:0] b29_l9_digits;
  wire [3:0] b29_l9_nzs;
  wire [3:0] b29_l9_cnt;
  wire b29_l9_h0;
  wire [3:0] b29_l9_n0;
  wire b29_l9_h1;
  wire [3:0] b29_l9_n1;
  wire b29_l9_h2;
  wire [3:0] b29_l9_n2;
  wire b29_l9_h3;
  wire b29_l9_hit;
  wire [1:0] b29_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l9_e;
  wire [4:0] b29_l9_t;
  wire [11:0] b29_l10_digits;
  wire [3:0] b29_l10_nzs;
  wire [3:0] b29_l10_cnt;
  wire b29_l10_h0;
  wire [3:0] b29_l10_n0;
  wire b29_l10_h1;
  wire [3:0] b29_l10_n1;
  wire b29_l10_h2;
  wire [3:0] b29_l10_n2;
  wire b29_l10_h3;
  wire b29_l10_hit;
  wire [1:0] b29_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l10_e;
  wire [4:0] b29_l10_t;
  wire [11:0] b29_l11_digits;
  wire [3:0] b29_l11_nzs;
  wire [3:0] b29_l11_cnt;
  wire b29_l11_h0;
  wire [3:0] b29_l11_n0;
  wire b29_l11_h1;
  wire [3:0] b29_l11_n1;
  wire b29_l11_h2;
  wire [3:0] b29_l11_n2;
  wire b29_l11_h3;
  wire b29_l11_hit;
  wire [1:0] b29_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l11_e;
  wire [4:0] b29_l11_t;
  wire [11:0] b29_l12_digits;
  wire [3:0] b29_l12_nzs;
  wire [3:0] b29_l12_cnt;
  wire b29_l12_h0;
  wire [3:0] b29_l12_n0;
  wire b29_l12_h1;
  wire [3:0] b29_l12_n1;
  wire b29_l12_h2;
  wire [3:0] b29_l12_n2;
  wire b29_l12_h3;
  wire b29_l12_hit;
  wire [1:0] b29_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l12_e;
  wire [4:0] b29_l12_t;
  wire [11:0] b29_l13_digits;
  wire [3:0] b29_l13_nzs;
  wire [3:0] b29_l13_cnt;
  wire b29_l13_h0;
  wire [3:0] b29_l13_n0;
  wire b29_l13_h1;
  wire [3:0] b29_l13_n1;
  wire b29_l13_h2;
  wire [3:0] b29_l13_n2;
  wire b29_l13_h3;
  wire b29_l13_hit;
  wire [1:0] b29_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l13_e;
  wire [4:0] b29_l13_t;
  wire [11:0] b29_l14_digits;
  wire [3:0] b29_l14_nzs;
  wire [3:0] b29_l14_cnt;
  wire b29_l14_h0;
  wire [3:0] b29_l14_n0;
  wire b29_l14_h1;
  wire [3:0] b29_l14_n1;
  wire b29_l14_h2;
  wire [3:0] b29_l14_n2;
  wire b29_l14_h3;
  wire b29_l14_hit;
  wire [1:0] b29_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l14_e;
  wire [4:0] b29_l14_t;
  wire [11:0] b29_l15_digits;
  wire [3:0] b29_l15_nzs;
  wire [3:0] b29_l15_cnt;
  wire b29_l15_h0;
  wire [3:0] b29_l15_n0;
  wire b29_l15_h1;
  wire [3:0] b29_l15_n1;
  wire b29_l15_h2;
  wire [3:0] b29_l15_n2;
  wire b29_l15_h3;
  wire b29_l15_hit;
  wire [1:0] b29_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b29_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b29_l15_e;
  wire [4:0] b29_l15_t;
  wire [11:0] b30_l0_digits;
  wire [3:0] b30_l0_nzs;
  wire [3:0] b30_l0_cnt;
  wire b30_l0_h0;
  wire [3:0] b30_l0_n0;
  wire b30_l0_h1;
  wire [3:0] b30_l0_n1;
  wire b30_l0_h2;
  wire [3:0] b30_l0_n2;
  wire b30_l0_h3;
  wire b30_l0_hit;
  wire [1:0] b30_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l0_e;
  wire [4:0] b30_l0_t;
  wire [11:0] b30_l1_digits;
  wire [3:0] b30_l1_nzs;
  wire [3:0] b30_l1_cnt;
  wire b30_l1_h0;
  wire [3:0] b30_l1_n0;
  wire b30_l1_h1;
  wire [3:0] b30_l1_n1;
  wire b30_l1_h2;
  wire [3:0] b30_l1_n2;
  wire b30_l1_h3;
  wire b30_l1_hit;
  wire [1:0] b30_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l1_e;
  wire [4:0] b30_l1_t;
  wire [11:0] b30_l2_digits;
  wire [3:0] b30_l2_nzs;
  wire [3:0] b30_l2_cnt;
  wire b30_l2_h0;
  wire [3:0] b30_l2_n0;
  wire b30_l2_h1;
  wire [3:0] b30_l2_n1;
  wire b30_l2_h2;
  wire [3:0] b30_l2_n2;
  wire b30_l2_h3;
  wire b30_l2_hit;
  wire [1:0] b30_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l2_e;
  wire [4:0] b30_l2_t;
  wire [11:0] b30_l3_digits;
  wire [3:0] b30_l3_nzs;
  wire [3:0] b30_l3_cnt;
  wire b30_l3_h0;
  wire [3:0] b30_l3_n0;
  wire b30_l3_h1;
  wire [3:0] b30_l3_n1;
  wire b30_l3_h2;
  wire [3:0] b30_l3_n2;
  wire b30_l3_h3;
  wire b30_l3_hit;
  wire [1:0] b30_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l3_e;
  wire [4:0] b30_l3_t;
  wire [11:0] b30_l4_digits;
  wire [3:0] b30_l4_nzs;
  wire [3:0] b30_l4_cnt;
  wire b30_l4_h0;
  wire [3:0] b30_l4_n0;
  wire b30_l4_h1;
  wire [3:0] b30_l4_n1;
  wire b30_l4_h2;
  wire [3:0] b30_l4_n2;
  wire b30_l4_h3;
  wire b30_l4_hit;
  wire [1:0] b30_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l4_e;
  wire [4:0] b30_l4_t;
  wire [11:0] b30_l5_digits;
  wire [3:0] b30_l5_nzs;
  wire [3:0] b30_l5_cnt;
  wire b30_l5_h0;
  wire [3:0] b30_l5_n0;
  wire b30_l5_h1;
  wire [3:0] b30_l5_n1;
  wire b30_l5_h2;
  wire [3:0] b30_l5_n2;
  wire b30_l5_h3;
  wire b30_l5_hit;
  wire [1:0] b30_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l5_e;
  wire [4:0] b30_l5_t;
  wire [11:0] b30_l6_digits;
  wire [3:0] b30_l6_nzs;
  wire [3:0] b30_l6_cnt;
  wire b30_l6_h0;
  wire [3:0] b30_l6_n0;
  wire b30_l6_h1;
  wire [3:0] b30_l6_n1;
  wire b30_l6_h2;
  wire [3:0] b30_l6_n2;
  wire b30_l6_h3;
  wire b30_l6_hit;
  wire [1:0] b30_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l6_e;
  wire [4:0] b30_l6_t;
  wire [11:0] b30_l7_digits;
  wire [3:0] b30_l7_nzs;
  wire [3:0] b30_l7_cnt;
  wire b30_l7_h0;
  wire [3:0] b30_l7_n0;
  wire b30_l7_h1;
  wire [3:0] b30_l7_n1;
  wire b30_l7_h2;
  wire [3:0] b30_l7_n2;
  wire b30_l7_h3;
  wire b30_l7_hit;
  wire [1:0] b30_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l7_e;
  wire [4:0] b30_l7_t;
  wire [11:0] b30_l8_digits;
  wire [3:0] b30_l8_nzs;
  wire [3:0] b30_l8_cnt;
  wire b30_l8_h0;
  wire [3:0] b30_l8_n0;
  wire b30_l8_h1;
  wire [3:0] b30_l8_n1;
  wire b30_l8_h2;
  wire [3:0] b30_l8_n2;
  wire b30_l8_h3;
  wire b30_l8_hit;
  wire [1:0] b30_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l8_e;
  wire [4:0] b30_l8_t;
  wire [11:0] b30_l9_digits;
  wire [3:0] b30_l9_nzs;
  wire [3:0] b30_l9_cnt;
  wire b30_l9_h0;
  wire [3:0] b30_l9_n0;
  wire b30_l9_h1;
  wire [3:0] b30_l9_n1;
  wire b30_l9_h2;
  wire [3:0] b30_l9_n2;
  wire b30_l9_h3;
  wire b30_l9_hit;
  wire [1:0] b30_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l9_e;
  wire [4:0] b30_l9_t;
  wire [11:0] b30_l10_digits;
  wire [3:0] b30_l10_nzs;
  wire [3:0] b30_l10_cnt;
  wire b30_l10_h0;
  wire [3:0] b30_l10_n0;
  wire b30_l10_h1;
  wire [3:0] b30_l10_n1;
  wire b30_l10_h2;
  wire [3:0] b30_l10_n2;
  wire b30_l10_h3;
  wire b30_l10_hit;
  wire [1:0] b30_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l10_e;
  wire [4:0] b30_l10_t;
  wire [11:0] b30_l11_digits;
  wire [3:0] b30_l11_nzs;
  wire [3:0] b30_l11_cnt;
  wire b30_l11_h0;
  wire [3:0] b30_l11_n0;
  wire b30_l11_h1;
  wire [3:0] b30_l11_n1;
  wire b30_l11_h2;
  wire [3:0] b30_l11_n2;
  wire b30_l11_h3;
  wire b30_l11_hit;
  wire [1:0] b30_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l11_e;
  wire [4:0] b30_l11_t;
  wire [11:0] b30_l12_digits;
  wire [3:0] b30_l12_nzs;
  wire [3:0] b30_l12_cnt;
  wire b30_l12_h0;
  wire [3:0] b30_l12_n0;
  wire b30_l12_h1;
  wire [3:0] b30_l12_n1;
  wire b30_l12_h2;
  wire [3:0] b30_l12_n2;
  wire b30_l12_h3;
  wire b30_l12_hit;
  wire [1:0] b30_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l12_e;
  wire [4:0] b30_l12_t;
  wire [11:0] b30_l13_digits;
  wire [3:0] b30_l13_nzs;
  wire [3:0] b30_l13_cnt;
  wire b30_l13_h0;
  wire [3:0] b30_l13_n0;
  wire b30_l13_h1;
  wire [3:0] b30_l13_n1;
  wire b30_l13_h2;
  wire [3:0] b30_l13_n2;
  wire b30_l13_h3;
  wire b30_l13_hit;
  wire [1:0] b30_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l13_e;
  wire [4:0] b30_l13_t;
  wire [11:0] b30_l14_digits;
  wire [3:0] b30_l14_nzs;
  wire [3:0] b30_l14_cnt;
  wire b30_l14_h0;
  wire [3:0] b30_l14_n0;
  wire b30_l14_h1;
  wire [3:0] b30_l14_n1;
  wire b30_l14_h2;
  wire [3:0] b30_l14_n2;
  wire b30_l14_h3;
  wire b30_l14_hit;
  wire [1:0] b30_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l14_e;
  wire [4:0] b30_l14_t;
  wire [11:0] b30_l15_digits;
  wire [3:0] b30_l15_nzs;
  wire [3:0] b30_l15_cnt;
  wire b30_l15_h0;
  wire [3:0] b30_l15_n0;
  wire b30_l15_h1;
  wire [3:0] b30_l15_n1;
  wire b30_l15_h2;
  wire [3:0] b30_l15_n2;
  wire b30_l15_h3;
  wire b30_l15_hit;
  wire [1:0] b30_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b30_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b30_l15_e;
  wire [4:0] b30_l15_t;
  wire [11:0] b31_l0_digits;
  wire [3:0] b31_l0_nzs;
  wire [3:0] b31_l0_cnt;
  wire b31_l0_h0;
  wire [3:0] b31_l0_n0;
  wire b31_l0_h1;
  wire [3:0] b31_l0_n1;
  wire b31_l0_h2;
  wire [3:0] b31_l0_n2;
  wire b31_l0_h3;
  wire b31_l0_hit;
  wire [1:0] b31_l0_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l0_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l0_e;
  wire [4:0] b31_l0_t;
  wire [11:0] b31_l1_digits;
  wire [3:0] b31_l1_nzs;
  wire [3:0] b31_l1_cnt;
  wire b31_l1_h0;
  wire [3:0] b31_l1_n0;
  wire b31_l1_h1;
  wire [3:0] b31_l1_n1;
  wire b31_l1_h2;
  wire [3:0] b31_l1_n2;
  wire b31_l1_h3;
  wire b31_l1_hit;
  wire [1:0] b31_l1_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l1_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l1_e;
  wire [4:0] b31_l1_t;
  wire [11:0] b31_l2_digits;
  wire [3:0] b31_l2_nzs;
  wire [3:0] b31_l2_cnt;
  wire b31_l2_h0;
  wire [3:0] b31_l2_n0;
  wire b31_l2_h1;
  wire [3:0] b31_l2_n1;
  wire b31_l2_h2;
  wire [3:0] b31_l2_n2;
  wire b31_l2_h3;
  wire b31_l2_hit;
  wire [1:0] b31_l2_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l2_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l2_e;
  wire [4:0] b31_l2_t;
  wire [11:0] b31_l3_digits;
  wire [3:0] b31_l3_nzs;
  wire [3:0] b31_l3_cnt;
  wire b31_l3_h0;
  wire [3:0] b31_l3_n0;
  wire b31_l3_h1;
  wire [3:0] b31_l3_n1;
  wire b31_l3_h2;
  wire [3:0] b31_l3_n2;
  wire b31_l3_h3;
  wire b31_l3_hit;
  wire [1:0] b31_l3_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l3_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l3_e;
  wire [4:0] b31_l3_t;
  wire [11:0] b31_l4_digits;
  wire [3:0] b31_l4_nzs;
  wire [3:0] b31_l4_cnt;
  wire b31_l4_h0;
  wire [3:0] b31_l4_n0;
  wire b31_l4_h1;
  wire [3:0] b31_l4_n1;
  wire b31_l4_h2;
  wire [3:0] b31_l4_n2;
  wire b31_l4_h3;
  wire b31_l4_hit;
  wire [1:0] b31_l4_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l4_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l4_e;
  wire [4:0] b31_l4_t;
  wire [11:0] b31_l5_digits;
  wire [3:0] b31_l5_nzs;
  wire [3:0] b31_l5_cnt;
  wire b31_l5_h0;
  wire [3:0] b31_l5_n0;
  wire b31_l5_h1;
  wire [3:0] b31_l5_n1;
  wire b31_l5_h2;
  wire [3:0] b31_l5_n2;
  wire b31_l5_h3;
  wire b31_l5_hit;
  wire [1:0] b31_l5_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l5_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l5_e;
  wire [4:0] b31_l5_t;
  wire [11:0] b31_l6_digits;
  wire [3:0] b31_l6_nzs;
  wire [3:0] b31_l6_cnt;
  wire b31_l6_h0;
  wire [3:0] b31_l6_n0;
  wire b31_l6_h1;
  wire [3:0] b31_l6_n1;
  wire b31_l6_h2;
  wire [3:0] b31_l6_n2;
  wire b31_l6_h3;
  wire b31_l6_hit;
  wire [1:0] b31_l6_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l6_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l6_e;
  wire [4:0] b31_l6_t;
  wire [11:0] b31_l7_digits;
  wire [3:0] b31_l7_nzs;
  wire [3:0] b31_l7_cnt;
  wire b31_l7_h0;
  wire [3:0] b31_l7_n0;
  wire b31_l7_h1;
  wire [3:0] b31_l7_n1;
  wire b31_l7_h2;
  wire [3:0] b31_l7_n2;
  wire b31_l7_h3;
  wire b31_l7_hit;
  wire [1:0] b31_l7_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l7_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l7_e;
  wire [4:0] b31_l7_t;
  wire [11:0] b31_l8_digits;
  wire [3:0] b31_l8_nzs;
  wire [3:0] b31_l8_cnt;
  wire b31_l8_h0;
  wire [3:0] b31_l8_n0;
  wire b31_l8_h1;
  wire [3:0] b31_l8_n1;
  wire b31_l8_h2;
  wire [3:0] b31_l8_n2;
  wire b31_l8_h3;
  wire b31_l8_hit;
  wire [1:0] b31_l8_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l8_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l8_e;
  wire [4:0] b31_l8_t;
  wire [11:0] b31_l9_digits;
  wire [3:0] b31_l9_nzs;
  wire [3:0] b31_l9_cnt;
  wire b31_l9_h0;
  wire [3:0] b31_l9_n0;
  wire b31_l9_h1;
  wire [3:0] b31_l9_n1;
  wire b31_l9_h2;
  wire [3:0] b31_l9_n2;
  wire b31_l9_h3;
  wire b31_l9_hit;
  wire [1:0] b31_l9_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l9_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l9_e;
  wire [4:0] b31_l9_t;
  wire [11:0] b31_l10_digits;
  wire [3:0] b31_l10_nzs;
  wire [3:0] b31_l10_cnt;
  wire b31_l10_h0;
  wire [3:0] b31_l10_n0;
  wire b31_l10_h1;
  wire [3:0] b31_l10_n1;
  wire b31_l10_h2;
  wire [3:0] b31_l10_n2;
  wire b31_l10_h3;
  wire b31_l10_hit;
  wire [1:0] b31_l10_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l10_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l10_e;
  wire [4:0] b31_l10_t;
  wire [11:0] b31_l11_digits;
  wire [3:0] b31_l11_nzs;
  wire [3:0] b31_l11_cnt;
  wire b31_l11_h0;
  wire [3:0] b31_l11_n0;
  wire b31_l11_h1;
  wire [3:0] b31_l11_n1;
  wire b31_l11_h2;
  wire [3:0] b31_l11_n2;
  wire b31_l11_h3;
  wire b31_l11_hit;
  wire [1:0] b31_l11_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l11_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l11_e;
  wire [4:0] b31_l11_t;
  wire [11:0] b31_l12_digits;
  wire [3:0] b31_l12_nzs;
  wire [3:0] b31_l12_cnt;
  wire b31_l12_h0;
  wire [3:0] b31_l12_n0;
  wire b31_l12_h1;
  wire [3:0] b31_l12_n1;
  wire b31_l12_h2;
  wire [3:0] b31_l12_n2;
  wire b31_l12_h3;
  wire b31_l12_hit;
  wire [1:0] b31_l12_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l12_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l12_e;
  wire [4:0] b31_l12_t;
  wire [11:0] b31_l13_digits;
  wire [3:0] b31_l13_nzs;
  wire [3:0] b31_l13_cnt;
  wire b31_l13_h0;
  wire [3:0] b31_l13_n0;
  wire b31_l13_h1;
  wire [3:0] b31_l13_n1;
  wire b31_l13_h2;
  wire [3:0] b31_l13_n2;
  wire b31_l13_h3;
  wire b31_l13_hit;
  wire [1:0] b31_l13_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l13_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l13_e;
  wire [4:0] b31_l13_t;
  wire [11:0] b31_l14_digits;
  wire [3:0] b31_l14_nzs;
  wire [3:0] b31_l14_cnt;
  wire b31_l14_h0;
  wire [3:0] b31_l14_n0;
  wire b31_l14_h1;
  wire [3:0] b31_l14_n1;
  wire b31_l14_h2;
  wire [3:0] b31_l14_n2;
  wire b31_l14_h3;
  wire b31_l14_hit;
  wire [1:0] b31_l14_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l14_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l14_e;
  wire [4:0] b31_l14_t;
  wire [11:0] b31_l15_digits;
  wire [3:0] b31_l15_nzs;
  wire [3:0] b31_l15_cnt;
  wire b31_l15_h0;
  wire [3:0] b31_l15_n0;
  wire b31_l15_h1;
  wire [3:0] b31_l15_n1;
  wire b31_l15_h2;
  wire [3:0] b31_l15_n2;
  wire b31_l15_h3;
  wire b31_l15_hit;
  wire [1:0] b31_l15_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] b31_l15_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [2:0] b31_l15_e;
  wire [4:0] b31_l15_t;
  wire [3:0] max_a0;
  wire [3:0] b0_max0_0;
  wire [3:0] b0_max0_1;
  wire [3:0] b0_max0_2;
  wire [3:0] b0_max0_3;
  wire [3:0] b0_max0_4;
  wire [3:0] b0_max0_5;
  wire [3:0] b0_max0_6;
  wire [3:0] b0_max0_7;
  wire [3:0] b0_max0_8;
  wire [3:0] b0_max0_9;
  wire [3:0] b0_max0_10;
  wire [3:0] b0_max0_11;
  wire [3:0] b0_max0_12;
  wire [3:0] b0_max0_13;
  wire [3:0] b0_max0_14;
  wire [3:0] b0_max0_15;
  wire [3:0] b0_max1_0;
  wire [3:0] b0_max1_1;
  wire [3:0] b0_max1_2;
  wire [3:0] b0_max1_3;
  wire [3:0] b0_max1_4;
  wire [3:0] b0_max1_5;
  wire [3:0] b0_max1_6;
  wire [3:0] b0_max1_7;
  wire [3:0] b0_max2_0;
  wire [3:0] b0_max2_1;
  wire [3:0] b0_max2_2;
  wire [3:0] b0_max2_3;
  wire [3:0] b0_max3_0;
  wire [3:0] b0_max3_1;
  wire [3:0] b0_max4_0;
  wire [3:0] max_b0;
  wire none0;
  wire ea0;
  wire eb0;
  wire last0;
  wire [3:0] max_a1;
  wire [3:0] b1_max0_0;
  wire [3:0] b1_max0_1;
  wire [3:0] b1_max0_2;
  wire [3:0] b1_max0_3;
  wire [3:0] b1_max0_4;
  wire [3:0] b1_max0_5;
  wire [3:0] b1_max0_6;
  wire [3:0] b1_max0_7;
  wire [3:0] b1_max0_8;
  wire [3:0] b1_max0_9;
  wire [3:0] b1_max0_10;
  wire [3:0] b1_max0_11;
  wire [3:0] b1_max0_12;
  wire [3:0] b1_max0_13;
  wire [3:0] b1_max0_14;
  wire [3:0] b1_max0_15;
  wire [3:0] b1_max1_0;
  wire [3:0] b1_max1_1;
  wire [3:0] b1_max1_2;
  wire [3:0] b1_max1_3;
  wire [3:0] b1_max1_4;
  wire [3:0] b1_max1_5;
  wire [3:0] b1_max1_6;
  wire [3:0] b1_max1_7;
  wire [3:0] b1_max2_0;
  wire [3:0] b1_max2_1;
  wire [3:0] b1_max2_2;
  wire [3:0] b1_max2_3;
  wire [3:0] b1_max3_0;
  wire [3:0] b1_max3_1;
  wire [3:0] b1_max4_0;
  wire [3:0] max_b1;
  wire none1;
  wire ea1;
  wire eb1;
  wire last1;
  wire [3:0] max_a2;
  wire [3:0] b2_max0_0;
  wire [3:0] b2_max0_1;
  wire [3:0] b2_max0_2;
  wire [3:0] b2_max0_3;
  wire [3:0] b2_max0_4;
  wire [3:0] b2_max0_5;
  wire [3:0] b2_max0_6;
  wire [3:0] b2_max0_7;
  wire [3:0] b2_max0_8;
  wire [3:0] b2_max0_9;
  wire [3:0] b2_max0_10;
  wire [3:0] b2_max0_11;
  wire [3:0] b2_max0_12;
  wire [3:0] b2_max0_13;
  wire [3:0] b2_max0_14;
  wire [3:0] b2_max0_15;
  wire [3:0] b2_max1_0;
  wire [3:0] b2_max1_1;
  wire [3:0] b2_max1_2;
  wire [3:0] b2_max1_3;
  wire [3:0] b2_max1_4;
  wire [3:0] b2_max1_5;
  wire [3:0] b2_max1_6;
  wire [3:0] b2_max1_7;
  wire [3:0] b2_max2_0;
  wire [3:0] b2_max2_1;
  wire [3:0] b2_max2_2;
  wire [3:0] b2_max2_3;
  wire [3:0] b2_max3_0;
  wire [3:0] b2_max3_1;
  wire [3:0] b2_max4_0;
  wire [3:0] max_b2;
  wire none2;
  wire ea2;
  wire eb2;
  wire last2;
  wire [3:0] max_a3;
  wire [3:0] b3_max0_0;
  wire [3:0] b3_max0_1;
  wire [3:0] b3_max0_2;
  wire [3:0] b3_max0_3;
  wire [3:0] b3_max0_4;
  wire [3:0] b3_max0_5;
  wire [3:0] b3_max0_6;
  wire [3:0] b3_max0_7;
  wire [3:0] b3_max0_8;
  wire [3:0] b3_max0_9;
  wire [3:0] b3_max0_10;
  wire [3:0] b3_max0_11;
  wire [3:0] b3_max0_12;
  wire [3:0] b3_max0_13;
  wire [3:0] b3_max0_14;
  wire [3:0] b3_max0_15;
  wire [3:0] b3_max1_0;
  wire [3:0] b3_max1_1;
  wire [3:0] b3_max1_2;
  wire [3:0] b3_max1_3;
  wire [3:0] b3_max1_4;
  wire [3:0] b3_max1_5;
  wire [3:0] b3_max1_6;
  wire [3:0] b3_max1_7;
  wire [3:0] b3_max2_0;
  wire [3:0] b3_max2_1;
  wire [3:0] b3_max2_2;
  wire [3:0] b3_max2_3;
  wire [3:0] b3_max3_0;
  wire [3:0] b3_max3_1;
  wire [3:0] b3_max4_0;
  wire [3:0] max_b3;
  wire none3;
  wire ea3;
  wire eb3;
  wire last3;
  wire [3:0] max_a4;
  wire [3:0] b4_max0_0;
  wire [3:0] b4_max0_1;
  wire [3:0] b4_max0_2;
  wire [3:0] b4_max0_3;
  wire [3:0] b4_max0_4;
  wire [3:0] b4_max0_5;
  wire [3:0] b4_max0_6;
  wire [3:0] b4_max0_7;
  wire [3:0] b4_max0_8;
  wire [3:0] b4_max0_9;
  wire [3:0] b4_max0_10;
  wire [3:0] b4_max0_11;
  wire [3:0] b4_max0_12;
  wire [3:0] b4_max0_13;
  wire [3:0] b4_max0_14;
  wire [3:0] b4_max0_15;
  wire [3:0] b4_max1_0;
  wire [3:0] b4_max1_1;
  wire [3:0] b4_max1_2;
  wire [3:0] b4_max1_3;
  wire [3:0] b4_max1_4;
  wire [3:0] b4_max1_5;
  wire [3:0] b4_max1_6;
  wire [3:0] b4_max1_7;
  wire [3:0] b4_max2_0;
  wire [3:0] b4_max2_1;
  wire [3:0] b4_max2_2;
  wire [3:0] b4_max2_3;
  wire [3:0] b4_max3_0;
  wire [3:0] b4_max3_1;
  wire [3:0] b4_max4_0;
  wire [3:0] max_b4;
  wire none4;
  wire ea4;
  wire eb4;
  wire last4;
  wire [3:0] max_a5;
  wire [3:0] b5_max0_0;
  wire [3:0] b5_max0_1;
  wire [3:0] b5_max0_2;
  wire [3:0] b5_max0_3;
  wire [3:0] b5_max0_4;
  wire [3:0] b5_max0_5;
  wire [3:0] b5_max0_6;
  wire [3:0] b5_max0_7;
  wire [3:0] b5_max0_8;
  wire [3:0] b5_max0_9;
  wire [3:0] b5_max0_10;
  wire [3:0] b5_max0_11;
  wire [3:0] b5_max0_12;
  wire [3:0] b5_max0_13;
  wire [3:0] b5_max0_14;
  wire [3:0] b5_max0_15;
  wire [3:0] b5_max1_0;
  wire [3:0] b5_max1_1;
  wire [3:0] b5_max1_2;
  wire [3:0] b5_max1_3;
  wire [3:0] b5_max1_4;
  wire [3:0] b5_max1_5;
  wire [3:0] b5_max1_6;
  wire [3:0] b5_max1_7;
  wire [3:0] b5_max2_0;
  wire [3:0] b5_max2_1;
  wire [3:0] b5_max2_2;
  wire [3:0] b5_max2_3;
  wire [3:0] b5_max3_0;
  wire [3:0] b5_max3_1;
  wire [3:0] b5_max4_0;
  wire [3:0] max_b5;
  wire none5;
  wire ea5;
  wire eb5;
  wire last5;
  wire [3:0] max_a6;
  wire [3:0] b6_max0_0;
  wire [3:0] b6_max0_1;
  wire [3:0] b6_max0_2;
  wire [3:0] b6_max0_3;
  wire [3:0] b6_max0_4;
  wire [3:0] b6_max0_5;
  wire [3:0] b6_max0_6;
  wire [3:0] b6_max0_7;
  wire [3:0] b6_max0_8;
  wire [3:0] b6_max0_9;
  wire [3:0] b6_max0_10;
  wire [3:0] b6_max0_11;
  wire [3:0] b6_max0_12;
  wire [3:0] b6_max0_13;
  wire [3:0] b6_max0_14;
  wire [3:0] b6_max0_15;
  wire [3:0] b6_max1_0;
  wire [3:0] b6_max1_1;
  wire [3:0] b6_max1_2;
  wire [3:0] b6_max1_3;
  wire [3:0] b6_max1_4;
  wire [3:0] b6_max1_5;
  wire [3:0] b6_max1_6;
  wire [3:0] b6_max1_7;
  wire [3:0] b6_max2_0;
  wire [3:0] b6_max2_1;
  wire [3:0] b6_max2_2;
  wire [3:0] b6_max2_3;
  wire [3:0] b6_max3_0;
  wire [3:0] b6_max3_1;
  wire [3:0] b6_max4_0;
  wire [3:0] max_b6;
  wire none6;
  wire ea6;
  wire eb6;
  wire last6;
  wire [3:0] max_a7;
  wire [3:0] b7_max0_0;
  wire [3:0] b7_max0_1;
  wire [3:0] b7_max0_2;
  wire [3:0] b7_max0_3;
  wire [3:0] b7_max0_4;
  wire [3:0] b7_max0_5;
  wire [3:0] b7_max0_6;
  wire [3:0] b7_max0_7;
  wire [3:0] b7_max0_8;
  wire [3:0] b7_max0_9;
  wire [3:0] b7_max0_10;
  wire [3:0] b7_max0_11;
  wire [3:0] b7_max0_12;
  wire [3:0] b7_max0_13;
  wire [3:0] b7_max0_14;
  wire [3:0] b7_max0_15;
  wire [3:0] b7_max1_0;
  wire [3:0] b7_max1_1;
  wire [3:0] b7_max1_2;
  wire [3:0] b7_max1_3;
  wire [3:0] b7_max1_4;
  wire [3:0] b7_max1_5;
  wire [3:0] b7_max1_6;
  wire [3:0] b7_max1_7;
  wire [3:0] b7_max2_0;
  wire [3:0] b7_max2_1;
  wire [3:0] b7_max2_2;
  wire [3:0] b7_max2_3;
  wire [3:0] b7_max3_0;
  wire [3:0] b7_max3_1;
  wire [3:0] b7_max4_0;
  wire [3:0] max_b7;
  wire none7;
  wire ea7;
  wire eb7;
  wire last7;
  wire [3:0] max_a8;
  wire [3:0] b8_max0_0;
  wire [3:0] b8_max0_1;
  wire [3:0] b8_max0_2;
  wire [3:0] b8_max0_3;
  wire [3:0] b8_max0_4;
  wire [3:0] b8_max0_5;
  wire [3:0] b8_max0_6;
  wire [3:0] b8_max0_7;
  wire [3:0] b8_max0_8;
  wire [3:0] b8_max0_9;
  wire [3:0] b8_max0_10;
  wire [3:0] b8_max0_11;
  wire [3:0] b8_max0_12;
  wire [3:0] b8_max0_13;
  wire [3:0] b8_max0_14;
  wire [3:0] b8_max0_15;
  wire [3:0] b8_max1_0;
  wire [3:0] b8_max1_1;
  wire [3:0] b8_max1_2;
  wire [3:0] b8_max1_3;
  wire [3:0] b8_max1_4;
  wire [3:0] b8_max1_5;
  wire [3:0] b8_max1_6;
  wire [3:0] b8_max1_7;
  wire [3:0] b8_max2_0;
  wire [3:0] b8_max2_1;
  wire [3:0] b8_max2_2;
  wire [3:0] b8_max2_3;
  wire [3:0] b8_max3_0;
  wire [3:0] b8_max3_1;
  wire [3:0] b8_max4_0;
  wire [3:0] max_b8;
  wire none8;
  wire ea8;
  wire eb8;
  wire last8;
  wire [3:0] max_a9;
  wire [3:0] b9_max0_0;
  wire [3:0] b9_max0_1;
  wire [3:0] b9_max0_2;
  wire [3:0] b9_max0_3;
  wire [3:0] b9_max0_4;
  wire [3:0] b9_max0_5;
  wire [3:0] b9_max0_6;
  wire [3:0] b9_max0_7;
  wire [3:0] b9_max0_8;
  wire [3:0] b9_max0_9;
  wire [3:0] b9_max0_10;
  wire [3:0] b9_max0_11;
  wire [3:0] b9_max0_12;
  wire [3:0] b9_max0_13;
  wire [3:0] b9_max0_14;
  wire [3:0] b9_max0_15;
  wire [3:0] b9_max1_0;
  wire [3:0] b9_max1_1;
  wire [3:0] b9_max1_2;
  wire [3:0] b9_max1_3;
  wire [3:0] b9_max1_4;
  wire [3:0] b9_max1_5;
  wire [3:0] b9_max1_6;
  wire [3:0] b9_max1_7;
  wire [3:0] b9_max2_0;
  wire [3:0] b9_max2_1;
  wire [3:0] b9_max2_2;
  wire [3:0] b9_max2_3;
  wire [3:0] b9_max3_0;
  wire [3:0] b9_max3_1;
  wire [3:0] b9_max4_0;
  wire [3:0] max_b9;
  wire none9;
  wire ea9;
  wire eb9;
  wire last9;
  wire [3:0] max_a10;
  wire [3:0] b10_max0_0;
  wire [3:0] b10_max0_1;
  wire [3:0] b10_max0_2;
  wire [3:0] b10_max0_3;
  wire [3:0] b10_max0_4;
  wire [3:0] b10_max0_5;
  wire [3:0] b10_max0_6;
  wire [3:0] b10_max0_7;
  wire [3:0] b10_max0_8;
  wire [3:0] b10_max0_9;
  wire [3:0] b10_max0_10;
  wire [3:0] b10_max0_11;
  wire [3:0] b10_max0_12;
  wire [3:0] b10_max0_13;
  wire [3:0] b10_max0_14;
  wire [3:0] b10_max0_15;
  wire [3:0] b10_max1_0;
  wire [3:0] b10_max1_1;
  wire [3:0] b10_max1_2;
  wire [3:0] b10_max1_3;
  wire [3:0] b10_max1_4;
  wire [3:0] b10_max1_5;
  wire [3:0] b10_max1_6;
  wire [3:0] b10_max1_7;
  wire [3:0] b10_max2_0;
  wire [3:0] b10_max2_1;
  wire [3:0] b10_max2_2;
  wire [3:0] b10_max2_3;
  wire [3:0] b10_max3_0;
  wire [3:0] b10_max3_1;
  wire [3:0] b10_max4_0;
  wire [3:0] max_b10;
  wire none10;
  wire ea10;
  wire eb10;
  wire last10;
  wire [3:0] max_a11;
  wire [3:0] b11_max0_0;
  wire [3:0] b11_max0_1;
  wire [3:0] b11_max0_2;
  wire [3:0] b11_max0_3;
  wire [3:0] b11_max0_4;
  wire [3:0] b11_max0_5;
  wire [3:0] b11_max0_6;
  wire [3:0] b11_max0_7;
  wire [3:0] b11_max0_8;
  wire [3:0] b11_max0_9;
  wire [3:0] b11_max0_10;
  wire [3:0] b11_max0_11;
  wire [3:0] b11_max0_12;
  wire [3:0] b11_max0_13;
  wire [3:0] b11_max0_14;
  wire [3:0] b11_max0_15;
  wire [3:0] b11_max1_0;
  wire [3:0] b11_max1_1;
  wire [3:0] b11_max1_2;
  wire [3:0] b11_max1_3;
  wire [3:0] b11_max1_4;
  wire [3:0] b11_max1_5;
  wire [3:0] b11_max1_6;
  wire [3:0] b11_max1_7;
  wire [3:0] b11_max2_0;
  wire [3:0] b11_max2_1;
  wire [3:0] b11_max2_2;
  wire [3:0] b11_max2_3;
  wire [3:0] b11_max3_0;
  wire [3:0] b11_max3_1;
  wire [3:0] b11_max4_0;
  wire [3:0] max_b11;
  wire none11;
  wire ea11;
  wire eb11;
  wire last11;
  wire [3:0] max_a12;
  wire [3:0] b12_max0_0;
  wire [3:0] b12_max0_1;
  wire [3:0] b12_max0_2;
  wire [3:0] b12_max0_3;
  wire [3:0] b12_max0_4;
  wire [3:0] b12_max0_5;
  wire [3:0] b12_max0_6;
  wire [3:0] b12_max0_7;
  wire [3:0] b12_max0_8;
  wire [3:0] b12_max0_9;
  wire [3:0] b12_max0_10;
  wire [3:0] b12_max0_11;
  wire [3:0] b12_max0_12;
  wire [3:0] b12_max0_13;
  wire [3:0] b12_max0_14;
  wire [3:0] b12_max0_15;
  wire [3:0] b12_max1_0;
  wire [3:0] b12_max1_1;
  wire [3:0] b12_max1_2;
  wire [3:0] b12_max1_3;
  wire [3:0] b12_max1_4;
  wire [3:0] b12_max1_5;
  wire [3:0] b12_max1_6;
  wire [3:0] b12_max1_7;
  wire [3:0] b12_max2_0;
  wire [3:0] b12_max2_1;
  wire [3:0] b12_max2_2;
  wire [3:0] b12_max2_3;
  wire [3:0] b12_max3_0;
  wire [3:0] b12_max3_1;
  wire [3:0] b12_max4_0;
  wire [3:0] max_b12;
  wire none12;
  wire ea12;
  wire eb12;
  wire last12;
  wire [3:0] max_a13;
  wire [3:0] b13_max0_0;
  wire [3:0] b13_max0_1;
  wire [3:0] b13_max0_2;
  wire [3:0] b13_max0_3;
  wire [3:0] b13_max0_4;
  wire [3:0] b13_max0_5;
  wire [3:0] b13_max0_6;
  wire [3:0] b13_max0_7;
  wire [3:0] b13_max0_8;
  wire [3:0] b13_max0_9;
  wire [3:0] b13_max0_10;
  wire [3:0] b13_max0_11;
  wire [3:0] b13_max0_12;
  wire [3:0] b13_max0_13;
  wire [3:0] b13_max0_14;
  wire [3:0] b13_max0_15;
  wire [3:0] b13_max1_0;
  wire [3:0] b13_max1_1;
  wire [3:0] b13_max1_2;
  wire [3:0] b13_max1_3;
  wire [3:0] b13_max1_4;
  wire [3:0] b13_max1_5;
  wire [3:0] b13_max1_6;
  wire [3:0] b13_max1_7;
  wire [3:0] b13_max2_0;
  wire [3:0] b13_max2_1;
  wire [3:0] b13_max2_2;
  wire [3:0] b13_max2_3;
  wire [3:0] b13_max3_0;
  wire [3:0] b13_max3_1;
  wire [3:0] b13_max4_0;
  wire [3:0] max_b13;
  wire none13;
  wire ea13;
  wire eb13;
  wire last13;
  wire [3:0] max_a14;
  wire [3:0] b14_max0_0;
  wire [3:0] b14_max0_1;
  wire [3:0] b14_max0_2;
  wire [3:0] b14_max0_3;
  wire [3:0] b14_max0_4;
  wire [3:0] b14_max0_5;
  wire [3:0] b14_max0_6;
  wire [3:0] b14_max0_7;
  wire [3:0] b14_max0_8;
  wire [3:0] b14_max0_9;
  wire [3:0] b14_max0_10;
  wire [3:0] b14_max0_11;
  wire [3:0] b14_max0_12;
  wire [3:0] b14_max0_13;
  wire [3:0] b14_max0_14;
  wire [3:0] b14_max0_15;
  wire [3:0] b14_max1_0;
  wire [3:0] b14_max1_1;
  wire [3:0] b14_max1_2;
  wire [3:0] b14_max1_3;
  wire [3:0] b14_max1_4;
  wire [3:0] b14_max1_5;
  wire [3:0] b14_max1_6;
  wire [3:0] b14_max1_7;
  wire [3:0] b14_max2_0;
  wire [3:0] b14_max2_1;
  wire [3:0] b14_max2_2;
  wire [3:0] b14_max2_3;
  wire [3:0] b14_max3_0;
  wire [3:0] b14_max3_1;
  wire [3:0] b14_max4_0;
  wire [3:0] max_b14;
  wire none14;
  wire ea14;
  wire eb14;
  wire last14;
  wire [3:0] max_a15;
  wire [3:0] b15_max0_0;
  wire [3:0] b15_max0_1;
  wire [3:0] b15_max0_2;
  wire [3:0] b15_max0_3;
  wire [3:0] b15_max0_4;
  wire [3:0] b15_max0_5;
  wire [3:0] b15_max0_6;
  wire [3:0] b15_max0_7;
  wire [3:0] b15_max0_8;
  wire [3:0] b15_max0_9;
  wire [3:0] b15_max0_10;
  wire [3:0] b15_max0_11;
  wire [3:0] b15_max0_12;
  wire [3:0] b15_max0_13;
  wire [3:0] b15_max0_14;
  wire [3:0] b15_max0_15;
  wire [3:0] b15_max1_0;
  wire [3:0] b15_max1_1;
  wire [3:0] b15_max1_2;
  wire [3:0] b15_max1_3;
  wire [3:0] b15_max1_4;
  wire [3:0] b15_max1_5;
  wire [3:0] b15_max1_6;
  wire [3:0] b15_max1_7;
  wire [3:0] b15_max2_0;
  wire [3:0] b15_max2_1;
  wire [3:0] b15_max2_2;
  wire [3:0] b15_max2_3;
  wire [3:0] b15_max3_0;
  wire [3:0] b15_max3_1;
  wire [3:0] b15_max4_0;
  wire [3:0] max_b15;
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
  wire [31:0] o16_0;
  wire [31:0] o17_0;
  wire [31:0] o18_0;
  wire [31:0] o19_0;
  wire [31:0] o20_0;
  wire [31:0] o21_0;
  wire [31:0] o22_0;
  wire [31:0] o23_0;
  wire [31:0] o24_0;
  wire [31:0] o25_0;
  wire [31:0] o26_0;
  wire [31:0] o27_0;
  wire [31:0] o28_0;
  wire [31:0] o29_0;
  wire [31:0] o30_0;
  wire [31:0] o31_0;
  reg [3:0] ci0;
  reg [3:0] cj0;
  reg done0;
  reg [3:0] ci1;
  reg [3:0] cj1;
  reg done1;
  reg [3:0] ci2;
  reg [3:0] cj2;
  reg done2;
  reg [3:0] ci3;
  reg [3:0] cj3;
  reg done3;
  reg [3:0] ci4;
  reg [3:0] cj4;
  reg done4;
  reg [3:0] ci5;
  reg [3:0] cj5;
  reg done5;
  reg [3:0] ci6;
  reg [3:0] cj6;
  reg done6;
  reg [3:0] ci7;
  reg [3:0] cj7;
  reg done7;
  reg [3:0] ci8;
  reg [3:0] cj8;
  reg done8;
  reg [3:0] ci9;
  reg [3:0] cj9;
  reg done9;
  reg [3:0] ci10;
  reg [3:0] cj10;
  reg done10;
  reg [3:0] ci11;
  reg [3:0] cj11;
  reg done11;
  reg [3:0] ci12;
  reg [3:0] cj12;
  reg done12;
  reg [3:0] ci13;
  reg [3:0] cj13;
  reg done13;
  reg [3:0] ci14;
  reg [3:0] cj14;
  reg done14;
  reg [3:0] ci15;
  reg [3:0] cj15;
  reg done15;
  reg sfirst;
  reg dl_f_last_q0;
  reg dl_dl_f_last_q1;
  reg dl_dl_dl_f_last_q2;
  reg dl_dl_dl_dl_f_last_q3;
  reg dl_dl_dl_dl_dl_f_last_q4;
  assign a0_l0_cnt = {3'd0, a0_l0_nzs[0]} + {3'd0, a0_l0_nzs[1]} + {3'd0, a0_l0_nzs[2]} + {3'd0, a0_l0_nzs[3]};
  assign a0_l0_h0 = a0_l0_nzs[0] & (4'd0 == ci0);
  assign a0_l0_n0 = 4'd0 + {3'd0, a0_l0_nzs[0]};
  assign a0_l0_h1 = a0_l0_nzs[1] & (a0_l0_n0 == ci0);
  assign a0_l0_n1 = a0_l0_n0 + {3'd0, a0_l0_nzs[1]};
  assign a0_l0_h2 = a0_l0_nzs[2] & (a0_l0_n1 == ci0);
  assign a0_l0_n2 = a0_l0_n1 + {3'd0, a0_l0_nzs[2]};
  assign a0_l0_h3 = a0_l0_nzs[3] & (a0_l0_n2 == ci0);
  assign a0_l0_hit = a0_l0_h0 | a0_l0_h1 | a0_l0_h2 | a0_l0_h3;
  assign a0_l0_pos = ((a0_l0_h0 ? 2'd0 : 2'd0) | (a0_l0_h1 ? 2'd1 : 2'd0) | (a0_l0_h2 ? 2'd2 : 2'd0) | (a0_l0_h3 ? 2'd3 : 2'd0));
  assign a0_l0_dig = (({3{a0_l0_h0}} & a0_l0_digits[2:0]) | ({3{a0_l0_h1}} & a0_l0_digits[5:3]) | ({3{a0_l0_h2}} & a0_l0_digits[8:6]) | ({3{a0_l0_h3}} & a0_l0_digits[11:9]));
  assign a0_l0_e = {a0_l0_pos, a0_l0_dig[1]};
  assign a0_l0_t = {a0_l0_hit, a0_l0_dig[2], a0_l0_e};
  assign a0_l1_cnt = {3'd0, a0_l1_nzs[0]} + {3'd0, a0_l1_nzs[1]} + {3'd0, a0_l1_nzs[2]} + {3'd0, a0_l1_nzs[3]};
  assign a0_l1_h0 = a0_l1_nzs[0] & (4'd0 == ci1);
  assign a0_l1_n0 = 4'd0 + {3'd0, a0_l1_nzs[0]};
  assign a0_l1_h1 = a0_l1_nzs[1] & (a0_l1_n0 == ci1);
  assign a0_l1_n1 = a0_l1_n0 + {3'd0, a0_l1_nzs[1]};
  assign a0_l1_h2 = a0_l1_nzs[2] & (a0_l1_n1 == ci1);
  assign a0_l1_n2 = a0_l1_n1 + {3'd0, a0_l1_nzs[2]};
  assign a0_l1_h3 = a0_l1_nzs[3] & (a0_l1_n2 == ci1);
  assign a0_l1_hit = a0_l1_h0 | a0_l1_h1 | a0_l1_h2 | a0_l1_h3;
  assign a0_l1_pos = ((a0_l1_h0 ? 2'd0 : 2'd0) | (a0_l1_h1 ? 2'd1 : 2'd0) | (a0_l1_h2 ? 2'd2 : 2'd0) | (a0_l1_h3 ? 2'd3 : 2'd0));
  assign a0_l1_dig = (({3{a0_l1_h0}} & a0_l1_digits[2:0]) | ({3{a0_l1_h1}} & a0_l1_digits[5:3]) | ({3{a0_l1_h2}} & a0_l1_digits[8:6]) | ({3{a0_l1_h3}} & a0_l1_digits[11:9]));
  assign a0_l1_e = {a0_l1_pos, a0_l1_dig[1]};
  assign a0_l1_t = {a0_l1_hit, a0_l1_dig[2], a0_l1_e};
  assign a0_l2_cnt = {3'd0, a0_l2_nzs[0]} + {3'd0, a0_l2_nzs[1]} + {3'd0, a0_l2_nzs[2]} + {3'd0, a0_l2_nzs[3]};
  assign a0_l2_h0 = a0_l2_nzs[0] & (4'd0 == ci2);
  assign a0_l2_n0 = 4'd0 + {3'd0, a0_l2_nzs[0]};
  assign a0_l2_h1 = a0_l2_nzs[1] & (a0_l2_n0 == ci2);
  assign a0_l2_n1 = a0_l2_n0 + {3'd0, a0_l2_nzs[1]};
  assign a0_l2_h2 = a0_l2_nzs[2] & (a0_l2_n1 == ci2);
  assign a0_l2_n2 = a0_l2_n1 + {3'd0, a0_l2_nzs[2]};
  assign a0_l2_h3 = a0_l2_nzs[3] & (a0_l2_n2 == ci2);
  assign a0_l2_hit = a0_l2_h0 | a0_l2_h1 | a0_l2_h2 | a0_l2_h3;
  assign a0_l2_pos = ((a0_l2_h0 ? 2'd0 : 2'd0) | (a0_l2_h1 ? 2'd1 : 2'd0) | (a0_l2_h2 ? 2'd2 : 2'd0) | (a0_l2_h3 ? 2'd3 : 2'd0));
  assign a0_l2_dig = (({3{a0_l2_h0}} & a0_l2_digits[2:0]) | ({3{a0_l2_h1}} & a0_l2_digits[5:3]) | ({3{a0_l2_h2}} & a0_l2_digits[8:6]) | ({3{a0_l2_h3}} & a0_l2_digits[11:9]));
  assign a0_l2_e = {a0_l2_pos, a0_l2_dig[1]};
  assign a0_l2_t = {a0_l2_hit, a0_l2_dig[2], a0_l2_e};
  assign a0_l3_cnt = {3'd0, a0_l3_nzs[0]} + {3'd0, a0_l3_nzs[1]} + {3'd0, a0_l3_nzs[2]} + {3'd0, a0_l3_nzs[3]};
  assign a0_l3_h0 = a0_l3_nzs[0] & (4'd0 == ci3);
  assign a0_l3_n0 = 4'd0 + {3'd0, a0_l3_nzs[0]};
  assign a0_l3_h1 = a0_l3_nzs[1] & (a0_l3_n0 == ci3);
  assign a0_l3_n1 = a0_l3_n0 + {3'd0, a0_l3_nzs[1]};
  assign a0_l3_h2 = a0_l3_nzs[2] & (a0_l3_n1 == ci3);
  assign a0_l3_n2 = a0_l3_n1 + {3'd0, a0_l3_nzs[2]};
  assign a0_l3_h3 = a0_l3_nzs[3] & (a0_l3_n2 == ci3);
  assign a0_l3_hit = a0_l3_h0 | a0_l3_h1 | a0_l3_h2 | a0_l3_h3;
  assign a0_l3_pos = ((a0_l3_h0 ? 2'd0 : 2'd0) | (a0_l3_h1 ? 2'd1 : 2'd0) | (a0_l3_h2 ? 2'd2 : 2'd0) | (a0_l3_h3 ? 2'd3 : 2'd0));
  assign a0_l3_dig = (({3{a0_l3_h0}} & a0_l3_digits[2:0]) | ({3{a0_l3_h1}} & a0_l3_digits[5:3]) | ({3{a0_l3_h2}} & a0_l3_digits[8:6]) | ({3{a0_l3_h3}} & a0_l3_digits[11:9]));
  assign a0_l3_e = {a0_l3_pos, a0_l3_dig[1]};
  assign a0_l3_t = {a0_l3_hit, a0_l3_dig[2], a0_l3_e};
  assign a0_l4_cnt = {3'd0, a0_l4_nzs[0]} + {3'd0, a0_l4_nzs[1]} + {3'd0, a0_l4_nzs[2]} + {3'd0, a0_l4_nzs[3]};
  assign a0_l4_h0 = a0_l4_nzs[0] & (4'd0 == ci4);
  assign a0_l4_n0 = 4'd0 + {3'd0, a0_l4_nzs[0]};
  assign a0_l4_h1 = a0_l4_nzs[1] & (a0_l4_n0 == ci4);
  assign a0_l4_n1 = a0_l4_n0 + {3'd0, a0_l4_nzs[1]};
  assign a0_l4_h2 = a0_l4_nzs[2] & (a0_l4_n1 == ci4);
  assign a0_l4_n2 = a0_l4_n1 + {3'd0, a0_l4_nzs[2]};
  assign a0_l4_h3 = a0_l4_nzs[3] & (a0_l4_n2 == ci4);
  assign a0_l4_hit = a0_l4_h0 | a0_l4_h1 | a0_l4_h2 | a0_l4_h3;
  assign a0_l4_pos = ((a0_l4_h0 ? 2'd0 : 2'd0) | (a0_l4_h1 ? 2'd1 : 2'd0) | (a0_l4_h2 ? 2'd2 : 2'd0) | (a0_l4_h3 ? 2'd3 : 2'd0));
  assign a0_l4_dig = (({3{a0_l4_h0}} & a0_l4_digits[2:0]) | ({3{a0_l4_h1}} & a0_l4_digits[5:3]) | ({3{a0_l4_h2}} & a0_l4_digits[8:6]) | ({3{a0_l4_h3}} & a0_l4_digits[11:9]));
  assign a0_l4_e = {a0_l4_pos, a0_l4_dig[1]};
  assign a0_l4_t = {a0_l4_hit, a0_l4_dig[2], a0_l4_e};
  assign a0_l5_cnt = {3'd0, a0_l5_nzs[0]} + {3'd0, a0_l5_nzs[1]} + {3'd0, a0_l5_nzs[2]} + {3'd0, a0_l5_nzs[3]};
  assign a0_l5_h0 = a0_l5_nzs[0] & (4'd0 == ci5);
  assign a0_l5_n0 = 4'd0 + {3'd0, a0_l5_nzs[0]};
  assign a0_l5_h1 = a0_l5_nzs[1] & (a0_l5_n0 == ci5);
  assign a0_l5_n1 = a0_l5_n0 + {3'd0, a0_l5_nzs[1]};
  assign a0_l5_h2 = a0_l5_nzs[2] & (a0_l5_n1 == ci5);
  assign a0_l5_n2 = a0_l5_n1 + {3'd0, a0_l5_nzs[2]};
  assign a0_l5_h3 = a0_l5_nzs[3] & (a0_l5_n2 == ci5);
  assign a0_l5_hit = a0_l5_h0 | a0_l5_h1 | a0_l5_h2 | a0_l5_h3;
  assign a0_l5_pos = ((a0_l5_h0 ? 2'd0 : 2'd0) | (a0_l5_h1 ? 2'd1 : 2'd0) | (a0_l5_h2 ? 2'd2 : 2'd0) | (a0_l5_h3 ? 2'd3 : 2'd0));
  assign a0_l5_dig = (({3{a0_l5_h0}} & a0_l5_digits[2:0]) | ({3{a0_l5_h1}} & a0_l5_digits[5:3]) | ({3{a0_l5_h2}} & a0_l5_digits[8:6]) | ({3{a0_l5_h3}} & a0_l5_digits[11:9]));
  assign a0_l5_e = {a0_l5_pos, a0_l5_dig[1]};
  assign a0_l5_t = {a0_l5_hit, a0_l5_dig[2], a0_l5_e};
  assign a0_l6_cnt = {3'd0, a0_l6_nzs[0]} + {3'd0, a0_l6_nzs[1]} + {3'd0, a0_l6_nzs[2]} + {3'd0, a0_l6_nzs[3]};
  assign a0_l6_h0 = a0_l6_nzs[0] & (4'd0 == ci6);
  assign a0_l6_n0 = 4'd0 + {3'd0, a0_l6_nzs[0]};
  assign a0_l6_h1 = a0_l6_nzs[1] & (a0_l6_n0 == ci6);
  assign a0_l6_n1 = a0_l6_n0 + {3'd0, a0_l6_nzs[1]};
  assign a0_l6_h2 = a0_l6_nzs[2] & (a0_l6_n1 == ci6);
  assign a0_l6_n2 = a0_l6_n1 + {3'd0, a0_l6_nzs[2]};
  assign a0_l6_h3 = a0_l6_nzs[3] & (a0_l6_n2 == ci6);
  assign a0_l6_hit = a0_l6_h0 | a0_l6_h1 | a0_l6_h2 | a0_l6_h3;
  assign a0_l6_pos = ((a0_l6_h0 ? 2'd0 : 2'd0) | (a0_l6_h1 ? 2'd1 : 2'd0) | (a0_l6_h2 ? 2'd2 : 2'd0) | (a0_l6_h3 ? 2'd3 : 2'd0));
  assign a0_l6_dig = (({3{a0_l6_h0}} & a0_l6_digits[2:0]) | ({3{a0_l6_h1}} & a0_l6_digits[5:3]) | ({3{a0_l6_h2}} & a0_l6_digits[8:6]) | ({3{a0_l6_h3}} & a0_l6_digits[11:9]));
  assign a0_l6_e = {a0_l6_pos, a0_l6_dig[1]};
  assign a0_l6_t = {a0_l6_hit, a0_l6_dig[2], a0_l6_e};
  assign a0_l7_cnt = {3'd0, a0_l7_nzs[0]} + {3'd0, a0_l7_nzs[1]} + {3'd0, a0_l7_nzs[2]} + {3'd0, a0_l7_nzs[3]};
  assign a0_l7_h0 = a0_l7_nzs[0] & (4'd0 == ci7);
  assign a0_l7_n0 = 4'd0 + {3'd0, a0_l7_nzs[0]};
  assign a0_l7_h1 = a0_l7_nzs[1] & (a0_l7_n0 == ci7);
  assign a0_l7_n1 = a0_l7_n0 + {3'd0, a0_l7_nzs[1]};
  assign a0_l7_h2 = a0_l7_nzs[2] & (a0_l7_n1 == ci7);
  assign a0_l7_n2 = a0_l7_n1 + {3'd0, a0_l7_nzs[2]};
  assign a0_l7_h3 = a0_l7_nzs[3] & (a0_l7_n2 == ci7);
  assign a0_l7_hit = a0_l7_h0 | a0_l7_h1 | a0_l7_h2 | a0_l7_h3;
  assign a0_l7_pos = ((a0_l7_h0 ? 2'd0 : 2'd0) | (a0_l7_h1 ? 2'd1 : 2'd0) | (a0_l7_h2 ? 2'd2 : 2'd0) | (a0_l7_h3 ? 2'd3 : 2'd0));
  assign a0_l7_dig = (({3{a0_l7_h0}} & a0_l7_digits[2:0]) | ({3{a0_l7_h1}} & a0_l7_digits[5:3]) | ({3{a0_l7_h2}} & a0_l7_digits[8:6]) | ({3{a0_l7_h3}} & a0_l7_digits[11:9]));
  assign a0_l7_e = {a0_l7_pos, a0_l7_dig[1]};
  assign a0_l7_t = {a0_l7_hit, a0_l7_dig[2], a0_l7_e};
  assign a0_l8_cnt = {3'd0, a0_l8_nzs[0]} + {3'd0, a0_l8_nzs[1]} + {3'd0, a0_l8_nzs[2]} + {3'd0, a0_l8_nzs[3]};
  assign a0_l8_h0 = a0_l8_nzs[0] & (4'd0 == ci8);
  assign a0_l8_n0 = 4'd0 + {3'd0, a0_l8_nzs[0]};
  assign a0_l8_h1 = a0_l8_nzs[1] & (a0_l8_n0 == ci8);
  assign a0_l8_n1 = a0_l8_n0 + {3'd0, a0_l8_nzs[1]};
  assign a0_l8_h2 = a0_l8_nzs[2] & (a0_l8_n1 == ci8);
  assign a0_l8_n2 = a0_l8_n1 + {3'd0, a0_l8_nzs[2]};
  assign a0_l8_h3 = a0_l8_nzs[3] & (a0_l8_n2 == ci8);
  assign a0_l8_hit = a0_l8_h0 | a0_l8_h1 | a0_l8_h2 | a0_l8_h3;
  assign a0_l8_pos = ((a0_l8_h0 ? 2'd0 : 2'd0) | (a0_l8_h1 ? 2'd1 : 2'd0) | (a0_l8_h2 ? 2'd2 : 2'd0) | (a0_l8_h3 ? 2'd3 : 2'd0));
  assign a0_l8_dig = (({3{a0_l8_h0}} & a0_l8_digits[2:0]) | ({3{a0_l8_h1}} & a0_l8_digits[5:3]) | ({3{a0_l8_h2}} & a0_l8_digits[8:6]) | ({3{a0_l8_h3}} & a0_l8_digits[11:9]));
  assign a0_l8_e = {a0_l8_pos, a0_l8_dig[1]};
  assign a0_l8_t = {a0_l8_hit, a0_l8_dig[2], a0_l8_e};
  assign a0_l9_cnt = {3'd0, a0_l9_nzs[0]} + {3'd0, a0_l9_nzs[1]} + {3'd0, a0_l9_nzs[2]} + {3'd0, a0_l9_nzs[3]};
  assign a0_l9_h0 = a0_l9_nzs[0] & (4'd0 == ci9);
  assign a0_l9_n0 = 4'd0 + {3'd0, a0_l9_nzs[0]};
  assign a0_l9_h1 = a0_l9_nzs[1] & (a0_l9_n0 == ci9);
  assign a0_l9_n1 = a0_l9_n0 + {3'd0, a0_l9_nzs[1]};
  assign a0_l9_h2 = a0_l9_nzs[2] & (a0_l9_n1 == ci9);
  assign a0_l9_n2 = a0_l9_n1 + {3'd0, a0_l9_nzs[2]};
  assign a0_l9_h3 = a0_l9_nzs[3] & (a0_l9_n2 == ci9);
  assign a0_l9_hit = a0_l9_h0 | a0_l9_h1 | a0_l9_h2 | a0_l9_h3;
  assign a0_l9_pos = ((a0_l9_h0 ? 2'd0 : 2'd0) | (a0_l9_h1 ? 2'd1 : 2'd0) | (a0_l9_h2 ? 2'd2 : 2'd0) | (a0_l9_h3 ? 2'd3 : 2'd0));
  assign a0_l9_dig = (({3{a0_l9_h0}} & a0_l9_digits[2:0]) | ({3{a0_l9_h1}} & a0_l9_digits[5:3]) | ({3{a0_l9_h2}} & a0_l9_digits[8:6]) | ({3{a0_l9_h3}} & a0_l9_digits[11:9]));
  assign a0_l9_e = {a0_l9_pos, a0_l9_dig[1]};
  assign a0_l9_t = {a0_l9_hit, a0_l9_dig[2], a0_l9_e};
  assign a0_l10_cnt = {3'd0, a0_l10_nzs[0]} + {3'd0, a0_l10_nzs[1]} + {3'd0, a0_l10_nzs[2]} + {3'd0, a0_l10_nzs[3]};
  assign a0_l10_h0 = a0_l10_nzs[0] & (4'd0 == ci10);
  assign a0_l10_n0 = 4'd0 + {3'd0, a0_l10_nzs[0]};
  assign a0_l10_h1 = a0_l10_nzs[1] & (a0_l10_n0 == ci10);
  assign a0_l10_n1 = a0_l10_n0 + {3'd0, a0_l10_nzs[1]};
  assign a0_l10_h2 = a0_l10_nzs[2] & (a0_l10_n1 == ci10);
  assign a0_l10_n2 = a0_l10_n1 + {3'd0, a0_l10_nzs[2]};
  assign a0_l10_h3 = a0_l10_nzs[3] & (a0_l10_n2 == ci10);
  assign a0_l10_hit = a0_l10_h0 | a0_l10_h1 | a0_l10_h2 | a0_l10_h3;
  assign a0_l10_pos = ((a0_l10_h0 ? 2'd0 : 2'd0) | (a0_l10_h1 ? 2'd1 : 2'd0) | (a0_l10_h2 ? 2'd2 : 2'd0) | (a0_l10_h3 ? 2'd3 : 2'd0));
  assign a0_l10_dig = (({3{a0_l10_h0}} & a0_l10_digits[2:0]) | ({3{a0_l10_h1}} & a0_l10_digits[5:3]) | ({3{a0_l10_h2}} & a0_l10_digits[8:6]) | ({3{a0_l10_h3}} & a0_l10_digits[11:9]));
  assign a0_l10_e = {a0_l10_pos, a0_l10_dig[1]};
  assign a0_l10_t = {a0_l10_hit, a0_l10_dig[2], a0_l10_e};
  assign a0_l11_cnt = {3'd0, a0_l11_nzs[0]} + {3'd0, a0_l11_nzs[1]} + {3'd0, a0_l11_nzs[2]} + {3'd0, a0_l11_nzs[3]};
  assign a0_l11_h0 = a0_l11_nzs[0] & (4'd0 == ci11);
  assign a0_l11_n0 = 4'd0 + {3'd0, a0_l11_nzs[0]};
  assign a0_l11_h1 = a0_l11_nzs[1] & (a0_l11_n0 == ci11);
  assign a0_l11_n1 = a0_l11_n0 + {3'd0, a0_l11_nzs[1]};
  assign a0_l11_h2 = a0_l11_nzs[2] & (a0_l11_n1 == ci11);
  assign a0_l11_n2 = a0_l11_n1 + {3'd0, a0_l11_nzs[2]};
  assign a0_l11_h3 = a0_l11_nzs[3] & (a0_l11_n2 == ci11);
  assign a0_l11_hit = a0_l11_h0 | a0_l11_h1 | a0_l11_h2 | a0_l11_h3;
  assign a0_l11_pos = ((a0_l11_h0 ? 2'd0 : 2'd0) | (a0_l11_h1 ? 2'd1 : 2'd0) | (a0_l11_h2 ? 2'd2 : 2'd0) | (a0_l11_h3 ? 2'd3 : 2'd0));
  assign a0_l11_dig = (({3{a0_l11_h0}} & a0_l11_digits[2:0]) | ({3{a0_l11_h1}} & a0_l11_digits[5:3]) | ({3{a0_l11_h2}} & a0_l11_digits[8:6]) | ({3{a0_l11_h3}} & a0_l11_digits[11:9]));
  assign a0_l11_e = {a0_l11_pos, a0_l11_dig[1]};
  assign a0_l11_t = {a0_l11_hit, a0_l11_dig[2], a0_l11_e};
  assign a0_l12_cnt = {3'd0, a0_l12_nzs[0]} + {3'd0, a0_l12_nzs[1]} + {3'd0, a0_l12_nzs[2]} + {3'd0, a0_l12_nzs[3]};
  assign a0_l12_h0 = a0_l12_nzs[0] & (4'd0 == ci12);
  assign a0_l12_n0 = 4'd0 + {3'd0, a0_l12_nzs[0]};
  assign a0_l12_h1 = a0_l12_nzs[1] & (a0_l12_n0 == ci12);
  assign a0_l12_n1 = a0_l12_n0 + {3'd0, a0_l12_nzs[1]};
  assign a0_l12_h2 = a0_l12_nzs[2] & (a0_l12_n1 == ci12);
  assign a0_l12_n2 = a0_l12_n1 + {3'd0, a0_l12_nzs[2]};
  assign a0_l12_h3 = a0_l12_nzs[3] & (a0_l12_n2 == ci12);
  assign a0_l12_hit = a0_l12_h0 | a0_l12_h1 | a0_l12_h2 | a0_l12_h3;
  assign a0_l12_pos = ((a0_l12_h0 ? 2'd0 : 2'd0) | (a0_l12_h1 ? 2'd1 : 2'd0) | (a0_l12_h2 ? 2'd2 : 2'd0) | (a0_l12_h3 ? 2'd3 : 2'd0));
  assign a0_l12_dig = (({3{a0_l12_h0}} & a0_l12_digits[2:0]) | ({3{a0_l12_h1}} & a0_l12_digits[5:3]) | ({3{a0_l12_h2}} & a0_l12_digits[8:6]) | ({3{a0_l12_h3}} & a0_l12_digits[11:9]));
  assign a0_l12_e = {a0_l12_pos, a0_l12_dig[1]};
  assign a0_l12_t = {a0_l12_hit, a0_l12_dig[2], a0_l12_e};
  assign a0_l13_cnt = {3'd0, a0_l13_nzs[0]} + {3'd0, a0_l13_nzs[1]} + {3'd0, a0_l13_nzs[2]} + {3'd0, a0_l13_nzs[3]};
  assign a0_l13_h0 = a0_l13_nzs[0] & (4'd0 == ci13);
  assign a0_l13_n0 = 4'd0 + {3'd0, a0_l13_nzs[0]};
  assign a0_l13_h1 = a0_l13_nzs[1] & (a0_l13_n0 == ci13);
  assign a0_l13_n1 = a0_l13_n0 + {3'd0, a0_l13_nzs[1]};
  assign a0_l13_h2 = a0_l13_nzs[2] & (a0_l13_n1 == ci13);
  assign a0_l13_n2 = a0_l13_n1 + {3'd0, a0_l13_nzs[2]};
  assign a0_l13_h3 = a0_l13_nzs[3] & (a0_l13_n2 == ci13);
  assign a0_l13_hit = a0_l13_h0 | a0_l13_h1 | a0_l13_h2 | a0_l13_h3;
  assign a0_l13_pos = ((a0_l13_h0 ? 2'd0 : 2'd0) | (a0_l13_h1 ? 2'd1 : 2'd0) | (a0_l13_h2 ? 2'd2 : 2'd0) | (a0_l13_h3 ? 2'd3 : 2'd0));
  assign a0_l13_dig = (({3{a0_l13_h0}} & a0_l13_digits[2:0]) | ({3{a0_l13_h1}} & a0_l13_digits[5:3]) | ({3{a0_l13_h2}} & a0_l13_digits[8:6]) | ({3{a0_l13_h3}} & a0_l13_digits[11:9]));
  assign a0_l13_e = {a0_l13_pos, a0_l13_dig[1]};
  assign a0_l13_t = {a0_l13_hit, a0_l13_dig[2], a0_l13_e};
  assign a0_l14_cnt = {3'd0, a0_l14_nzs[0]} + {3'd0, a0_l14_nzs[1]} + {3'd0, a0_l14_nzs[2]} + {3'd0, a0_l14_nzs[3]};
  assign a0_l14_h0 = a0_l14_nzs[0] & (4'd0 == ci14);
  assign a0_l14_n0 = 4'd0 + {3'd0, a0_l14_nzs[0]};
  assign a0_l14_h1 = a0_l14_nzs[1] & (a0_l14_n0 == ci14);
  assign a0_l14_n1 = a0_l14_n0 + {3'd0, a0_l14_nzs[1]};
  assign a0_l14_h2 = a0_l14_nzs[2] & (a0_l14_n1 == ci14);
  assign a0_l14_n2 = a0_l14_n1 + {3'd0, a0_l14_nzs[2]};
  assign a0_l14_h3 = a0_l14_nzs[3] & (a0_l14_n2 == ci14);
  assign a0_l14_hit = a0_l14_h0 | a0_l14_h1 | a0_l14_h2 | a0_l14_h3;
  assign a0_l14_pos = ((a0_l14_h0 ? 2'd0 : 2'd0) | (a0_l14_h1 ? 2'd1 : 2'd0) | (a0_l14_h2 ? 2'd2 : 2'd0) | (a0_l14_h3 ? 2'd3 : 2'd0));
  assign a0_l14_dig = (({3{a0_l14_h0}} & a0_l14_digits[2:0]) | ({3{a0_l14_h1}} & a0_l14_digits[5:3]) | ({3{a0_l14_h2}} & a0_l14_digits[8:6]) | ({3{a0_l14_h3}} & a0_l14_digits[11:9]));
  assign a0_l14_e = {a0_l14_pos, a0_l14_dig[1]};
  assign a0_l14_t = {a0_l14_hit, a0_l14_dig[2], a0_l14_e};
  assign a0_l15_cnt = {3'd0, a0_l15_nzs[0]} + {3'd0, a0_l15_nzs[1]} + {3'd0, a0_l15_nzs[2]} + {3'd0, a0_l15_nzs[3]};
  assign a0_l15_h0 = a0_l15_nzs[0] & (4'd0 == ci15);
  assign a0_l15_n0 = 4'd0 + {3'd0, a0_l15_nzs[0]};
  assign a0_l15_h1 = a0_l15_nzs[1] & (a0_l15_n0 == ci15);
  assign a0_l15_n1 = a0_l15_n0 + {3'd0, a0_l15_nzs[1]};
  assign a0_l15_h2 = a0_l15_nzs[2] & (a0_l15_n1 == ci15);
  assign a0_l15_n2 = a0_l15_n1 + {3'd0, a0_l15_nzs[2]};
  assign a0_l15_h3 = a0_l15_nzs[3] & (a0_l15_n2 == ci15);
  assign a0_l15_hit = a0_l15_h0 | a0_l15_h1 | a0_l15_h2 | a0_l15_h3;
  assign a0_l15_pos = ((a0_l15_h0 ? 2'd0 : 2'd0) | (a0_l15_h1 ? 2'd1 : 2'd0) | (a0_l15_h2 ? 2'd2 : 2'd0) | (a0_l15_h3 ? 2'd3 : 2'd0));
  assign a0_l15_dig = (({3{a0_l15_h0}} & a0_l15_digits[2:0]) | ({3{a0_l15_h1}} & a0_l15_digits[5:3]) | ({3{a0_l15_h2}} & a0_l15_digits[8:6]) | ({3{a0_l15_h3}} & a0_l15_digits[11:9]));
  assign a0_l15_e = {a0_l15_pos, a0_l15_dig[1]};
  assign a0_l15_t = {a0_l15_hit, a0_l15_dig[2], a0_l15_e};
  assign b0_l0_cnt = {3'd0, b0_l0_nzs[0]} + {3'd0, b0_l0_nzs[1]} + {3'd0, b0_l0_nzs[2]} + {3'd0, b0_l0_nzs[3]};
  assign b0_l0_h0 = b0_l0_nzs[0] & (4'd0 == cj0);
  assign b0_l0_n0 = 4'd0 + {3'd0, b0_l0_nzs[0]};
  assign b0_l0_h1 = b0_l0_nzs[1] & (b0_l0_n0 == cj0);
  assign b0_l0_n1 = b0_l0_n0 + {3'd0, b0_l0_nzs[1]};
  assign b0_l0_h2 = b0_l0_nzs[2] & (b0_l0_n1 == cj0);
  assign b0_l0_n2 = b0_l0_n1 + {3'd0, b0_l0_nzs[2]};
  assign b0_l0_h3 = b0_l0_nzs[3] & (b0_l0_n2 == cj0);
  assign b0_l0_hit = b0_l0_h0 | b0_l0_h1 | b0_l0_h2 | b0_l0_h3;
  assign b0_l0_pos = ((b0_l0_h0 ? 2'd0 : 2'd0) | (b0_l0_h1 ? 2'd1 : 2'd0) | (b0_l0_h2 ? 2'd2 : 2'd0) | (b0_l0_h3 ? 2'd3 : 2'd0));
  assign b0_l0_dig = (({3{b0_l0_h0}} & b0_l0_digits[2:0]) | ({3{b0_l0_h1}} & b0_l0_digits[5:3]) | ({3{b0_l0_h2}} & b0_l0_digits[8:6]) | ({3{b0_l0_h3}} & b0_l0_digits[11:9]));
  assign b0_l0_e = {b0_l0_pos, b0_l0_dig[1]};
  assign b0_l0_t = {b0_l0_hit, b0_l0_dig[2], b0_l0_e};
  assign b0_l1_cnt = {3'd0, b0_l1_nzs[0]} + {3'd0, b0_l1_nzs[1]} + {3'd0, b0_l1_nzs[2]} + {3'd0, b0_l1_nzs[3]};
  assign b0_l1_h0 = b0_l1_nzs[0] & (4'd0 == cj1);
  assign b0_l1_n0 = 4'd0 + {3'd0, b0_l1_nzs[0]};
  assign b0_l1_h1 = b0_l1_nzs[1] & (b0_l1_n0 == cj1);
  assign b0_l1_n1 = b0_l1_n0 + {3'd0, b0_l1_nzs[1]};
  assign b0_l1_h2 = b0_l1_nzs[2] & (b0_l1_n1 == cj1);
  assign b0_l1_n2 = b0_l1_n1 + {3'd0, b0_l1_nzs[2]};
  assign b0_l1_h3 = b0_l1_nzs[3] & (b0_l1_n2 == cj1);
  assign b0_l1_hit = b0_l1_h0 | b0_l1_h1 | b0_l1_h2 | b0_l1_h3;
  assign b0_l1_pos = ((b0_l1_h0 ? 2'd0 : 2'd0) | (b0_l1_h1 ? 2'd1 : 2'd0) | (b0_l1_h2 ? 2'd2 : 2'd0) | (b0_l1_h3 ? 2'd3 : 2'd0));
  assign b0_l1_dig = (({3{b0_l1_h0}} & b0_l1_digits[2:0]) | ({3{b0_l1_h1}} & b0_l1_digits[5:3]) | ({3{b0_l1_h2}} & b0_l1_digits[8:6]) | ({3{b0_l1_h3}} & b0_l1_digits[11:9]));
  assign b0_l1_e = {b0_l1_pos, b0_l1_dig[1]};
  assign b0_l1_t = {b0_l1_hit, b0_l1_dig[2], b0_l1_e};
  assign b0_l2_cnt = {3'd0, b0_l2_nzs[0]} + {3'd0, b0_l2_nzs[1]} + {3'd0, b0_l2_nzs[2]} + {3'd0, b0_l2_nzs[3]};
  assign b0_l2_h0 = b0_l2_nzs[0] & (4'd0 == cj2);
  assign b0_l2_n0 = 4'd0 + {3'd0, b0_l2_nzs[0]};
  assign b0_l2_h1 = b0_l2_nzs[1] & (b0_l2_n0 == cj2);
  assign b0_l2_n1 = b0_l2_n0 + {3'd0, b0_l2_nzs[1]};
  assign b0_l2_h2 = b0_l2_nzs[2] & (b0_l2_n1 == cj2);
  assign b0_l2_n2 = b0_l2_n1 + {3'd0, b0_l2_nzs[2]};
  assign b0_l2_h3 = b0_l2_nzs[3] & (b0_l2_n2 == cj2);
  assign b0_l2_hit = b0_l2_h0 | b0_l2_h1 | b0_l2_h2 | b0_l2_h3;
  assign b0_l2_pos = ((b0_l2_h0 ? 2'd0 : 2'd0) | (b0_l2_h1 ? 2'd1 : 2'd0) | (b0_l2_h2 ? 2'd2 : 2'd0) | (b0_l2_h3 ? 2'd3 : 2'd0));
  assign b0_l2_dig = (({3{b0_l2_h0}} & b0_l2_digits[2:0]) | ({3{b0_l2_h1}} & b0_l2_digits[5:3]) | ({3{b0_l2_h2}} & b0_l2_digits[8:6]) | ({3{b0_l2_h3}} & b0_l2_digits[11:9]));
  assign b0_l2_e = {b0_l2_pos, b0_l2_dig[1]};
  assign b0_l2_t = {b0_l2_hit, b0_l2_dig[2], b0_l2_e};
  assign b0_l3_cnt = {3'd0, b0_l3_nzs[0]} + {3'd0, b0_l3_nzs[1]} + {3'd0, b0_l3_nzs[2]} + {3'd0, b0_l3_nzs[3]};
  assign b0_l3_h0 = b0_l3_nzs[0] & (4'd0 == cj3);
  assign b0_l3_n0 = 4'd0 + {3'd0, b0_l3_nzs[0]};
  assign b0_l3_h1 = b0_l3_nzs[1] & (b0_l3_n0 == cj3);
  assign b0_l3_n1 = b0_l3_n0 + {3'd0, b0_l3_nzs[1]};
  assign b0_l3_h2 = b0_l3_nzs[2] & (b0_l3_n1 == cj3);
  assign b0_l3_n2 = b0_l3_n1 + {3'd0, b0_l3_nzs[2]};
  assign b0_l3_h3 = b0_l3_nzs[3] & (b0_l3_n2 == cj3);
  assign b0_l3_hit = b0_l3_h0 | b0_l3_h1 | b0_l3_h2 | b0_l3_h3;
  assign b0_l3_pos = ((b0_l3_h0 ? 2'd0 : 2'd0) | (b0_l3_h1 ? 2'd1 : 2'd0) | (b0_l3_h2 ? 2'd2 : 2'd0) | (b0_l3_h3 ? 2'd3 : 2'd0));
  assign b0_l3_dig = (({3{b0_l3_h0}} & b0_l3_digits[2:0]) | ({3{b0_l3_h1}} & b0_l3_digits[5:3]) | ({3{b0_l3_h2}} & b0_l3_digits[8:6]) | ({3{b0_l3_h3}} & b0_l3_digits[11:9]));
  assign b0_l3_e = {b0_l3_pos, b0_l3_dig[1]};
  assign b0_l3_t = {b0_l3_hit, b0_l3_dig[2], b0_l3_e};
  assign b0_l4_cnt = {3'd0, b0_l4_nzs[0]} + {3'd0, b0_l4_nzs[1]} + {3'd0, b0_l4_nzs[2]} + {3'd0, b0_l4_nzs[3]};
  assign b0_l4_h0 = b0_l4_nzs[0] & (4'd0 == cj4);
  assign b0_l4_n0 = 4'd0 + {3'd0, b0_l4_nzs[0]};
  assign b0_l4_h1 = b0_l4_nzs[1] & (b0_l4_n0 == cj4);
  assign b0_l4_n1 = b0_l4_n0 + {3'd0, b0_l4_nzs[1]};
  assign b0_l4_h2 = b0_l4_nzs[2] & (b0_l4_n1 == cj4);
  assign b0_l4_n2 = b0_l4_n1 + {3'd0, b0_l4_nzs[2]};
  assign b0_l4_h3 = b0_l4_nzs[3] & (b0_l4_n2 == cj4);
  assign b0_l4_hit = b0_l4_h0 | b0_l4_h1 | b0_l4_h2 | b0_l4_h3;
  assign b0_l4_pos = ((b0_l4_h0 ? 2'd0 : 2'd0) | (b0_l4_h1 ? 2'd1 : 2'd0) | (b0_l4_h2 ? 2'd2 : 2'd0) | (b0_l4_h3 ? 2'd3 : 2'd0));
  assign b0_l4_dig = (({3{b0_l4_h0}} & b0_l4_digits[2:0]) | ({3{b0_l4_h1}} & b0_l4_digits[5:3]) | ({3{b0_l4_h2}} & b0_l4_digits[8:6]) | ({3{b0_l4_h3}} & b0_l4_digits[11:9]));
  assign b0_l4_e = {b0_l4_pos, b0_l4_dig[1]};
  assign b0_l4_t = {b0_l4_hit, b0_l4_dig[2], b0_l4_e};
  assign b0_l5_cnt = {3'd0, b0_l5_nzs[0]} + {3'd0, b0_l5_nzs[1]} + {3'd0, b0_l5_nzs[2]} + {3'd0, b0_l5_nzs[3]};
  assign b0_l5_h0 = b0_l5_nzs[0] & (4'd0 == cj5);
  assign b0_l5_n0 = 4'd0 + {3'd0, b0_l5_nzs[0]};
  assign b0_l5_h1 = b0_l5_nzs[1] & (b0_l5_n0 == cj5);
  assign b0_l5_n1 = b0_l5_n0 + {3'd0, b0_l5_nzs[1]};
  assign b0_l5_h2 = b0_l5_nzs[2] & (b0_l5_n1 == cj5);
  assign b0_l5_n2 = b0_l5_n1 + {3'd0, b0_l5_nzs[2]};
  assign b0_l5_h3 = b0_l5_nzs[3] & (b0_l5_n2 == cj5);
  assign b0_l5_hit = b0_l5_h0 | b0_l5_h1 | b0_l5_h2 | b0_l5_h3;
  assign b0_l5_pos = ((b0_l5_h0 ? 2'd0 : 2'd0) | (b0_l5_h1 ? 2'd1 : 2'd0) | (b0_l5_h2 ? 2'd2 : 2'd0) | (b0_l5_h3 ? 2'd3 : 2'd0));
  assign b0_l5_dig = (({3{b0_l5_h0}} & b0_l5_digits[2:0]) | ({3{b0_l5_h1}} & b0_l5_digits[5:3]) | ({3{b0_l5_h2}} & b0_l5_digits[8:6]) | ({3{b0_l5_h3}} & b0_l5_digits[11:9]));
  assign b0_l5_e = {b0_l5_pos, b0_l5_dig[1]};
  assign b0_l5_t = {b0_l5_hit, b0_l5_dig[2], b0_l5_e};
  assign b0_l6_cnt = {3'd0, b0_l6_nzs[0]} + {3'd0, b0_l6_nzs[1]} + {3'd0, b0_l6_nzs[2]} + {3'd0, b0_l6_nzs[3]};
  assign b0_l6_h0 = b0_l6_nzs[0] & (4'd0 == cj6);
  assign b0_l6_n0 = 4'd0 + {3'd0, b0_l6_nzs[0]};
  assign b0_l6_h1 = b0_l6_nzs[1] & (b0_l6_n0 == cj6);
  assign b0_l6_n1 = b0_l6_n0 + {3'd0, b0_l6_nzs[1]};
  assign b0_l6_h2 = b0_l6_nzs[2] & (b0_l6_n1 == cj6);
  assign b0_l6_n2 = b0_l6_n1 + {3'd0, b0_l6_nzs[2]};
  assign b0_l6_h3 = b0_l6_nzs[3] & (b0_l6_n2 == cj6);
  assign b0_l6_hit = b0_l6_h0 | b0_l6_h1 | b0_l6_h2 | b0_l6_h3;
  assign b0_l6_pos = ((b0_l6_h0 ? 2'd0 : 2'd0) | (b0_l6_h1 ? 2'd1 : 2'd0) | (b0_l6_h2 ? 2'd2 : 2'd0) | (b0_l6_h3 ? 2'd3 : 2'd0));
  assign b0_l6_dig = (({3{b0_l6_h0}} & b0_l6_digits[2:0]) | ({3{b0_l6_h1}} & b0_l6_digits[5:3]) | ({3{b0_l6_h2}} & b0_l6_digits[8:6]) | ({3{b0_l6_h3}} & b0_l6_digits[11:9]));
  assign b0_l6_e = {b0_l6_pos, b0_l6_dig[1]};
  assign b0_l6_t = {b0_l6_hit, b0_l6_dig[2], b0_l6_e};
  assign b0_l7_cnt = {3'd0, b0_l7_nzs[0]} + {3'd0, b0_l7_nzs[1]} + {3'd0, b0_l7_nzs[2]} + {3'd0, b0_l7_nzs[3]};
  assign b0_l7_h0 = b0_l7_nzs[0] & (4'd0 == cj7);
  assign b0_l7_n0 = 4'd0 + {3'd0, b0_l7_nzs[0]};
  assign b0_l7_h1 = b0_l7_nzs[1] & (b0_l7_n0 == cj7);
  assign b0_l7_n1 = b0_l7_n0 + {3'd0, b0_l7_nzs[1]};
  assign b0_l7_h2 = b0_l7_nzs[2] & (b0_l7_n1 == cj7);
  assign b0_l7_n2 = b0_l7_n1 + {3'd0, b0_l7_nzs[2]};
  assign b0_l7_h3 = b0_l7_nzs[3] & (b0_l7_n2 == cj7);
  assign b0_l7_hit = b0_l7_h0 | b0_l7_h1 | b0_l7_h2 | b0_l7_h3;
  assign b0_l7_pos = ((b0_l7_h0 ? 2'd0 : 2'd0) | (b0_l7_h1 ? 2'd1 : 2'd0) | (b0_l7_h2 ? 2'd2 : 2'd0) | (b0_l7_h3 ? 2'd3 : 2'd0));
  assign b0_l7_dig = (({3{b0_l7_h0}} & b0_l7_digits[2:0]) | ({3{b0_l7_h1}} & b0_l7_digits[5:3]) | ({3{b0_l7_h2}} & b0_l7_digits[8:6]) | ({3{b0_l7_h3}} & b0_l7_digits[11:9]));
  assign b0_l7_e = {b0_l7_pos, b0_l7_dig[1]};
  assign b0_l7_t = {b0_l7_hit, b0_l7_dig[2], b0_l7_e};
  assign b0_l8_cnt = {3'd0, b0_l8_nzs[0]} + {3'd0, b0_l8_nzs[1]} + {3'd0, b0_l8_nzs[2]} + {3'd0, b0_l8_nzs[3]};
  assign b0_l8_h0 = b0_l8_nzs[0] & (4'd0 == cj8);
  assign b0_l8_n0 = 4'd0 + {3'd0, b0_l8_nzs[0]};
  assign b0_l8_h1 = b0_l8_nzs[1] & (b0_l8_n0 == cj8);
  assign b0_l8_n1 = b0_l8_n0 + {3'd0, b0_l8_nzs[1]};
  assign b0_l8_h2 = b0_l8_nzs[2] & (b0_l8_n1 == cj8);
  assign b0_l8_n2 = b0_l8_n1 + {3'd0, b0_l8_nzs[2]};
  assign b0_l8_h3 = b0_l8_nzs[3] & (b0_l8_n2 == cj8);
  assign b0_l8_hit = b0_l8_h0 | b0_l8_h1 | b0_l8_h2 | b0_l8_h3;
  assign b0_l8_pos = ((b0_l8_h0 ? 2'd0 : 2'd0) | (b0_l8_h1 ? 2'd1 : 2'd0) | (b0_l8_h2 ? 2'd2 : 2'd0) | (b0_l8_h3 ? 2'd3 : 2'd0));
  assign b0_l8_dig = (({3{b0_l8_h0}} & b0_l8_digits[2:0]) | ({3{b0_l8_h1}} & b0_l8_digits[5:3]) | ({3{b0_l8_h2}} & b0_l8_digits[8:6]) | ({3{b0_l8_h3}} & b0_l8_digits[11:9]));
  assign b0_l8_e = {b0_l8_pos, b0_l8_dig[1]};
  assign b0_l8_t = {b0_l8_hit, b0_l8_dig[2], b0_l8_e};
  assign b0_l9_cnt = {3'd0, b0_l9_nzs[0]} + {3'd0, b0_l9_nzs[1]} + {3'd0, b0_l9_nzs[2]} + {3'd0, b0_l9_nzs[3]};
  assign b0_l9_h0 = b0_l9_nzs[0] & (4'd0 == cj9);
  assign b0_l9_n0 = 4'd0 + {3'd0, b0_l9_nzs[0]};
  assign b0_l9_h1 = b0_l9_nzs[1] & (b0_l9_n0 == cj9);
  assign b0_l9_n1 = b0_l9_n0 + {3'd0, b0_l9_nzs[1]};
  assign b0_l9_h2 = b0_l9_nzs[2] & (b0_l9_n1 == cj9);
  assign b0_l9_n2 = b0_l9_n1 + {3'd0, b0_l9_nzs[2]};
  assign b0_l9_h3 = b0_l9_nzs[3] & (b0_l9_n2 == cj9);
  assign b0_l9_hit = b0_l9_h0 | b0_l9_h1 | b0_l9_h2 | b0_l9_h3;
  assign b0_l9_pos = ((b0_l9_h0 ? 2'd0 : 2'd0) | (b0_l9_h1 ? 2'd1 : 2'd0) | (b0_l9_h2 ? 2'd2 : 2'd0) | (b0_l9_h3 ? 2'd3 : 2'd0));
  assign b0_l9_dig = (({3{b0_l9_h0}} & b0_l9_digits[2:0]) | ({3{b0_l9_h1}} & b0_l9_digits[5:3]) | ({3{b0_l9_h2}} & b0_l9_digits[8:6]) | ({3{b0_l9_h3}} & b0_l9_digits[11:9]));
  assign b0_l9_e = {b0_l9_pos, b0_l9_dig[1]};
  assign b0_l9_t = {b0_l9_hit, b0_l9_dig[2], b0_l9_e};
  assign b0_l10_cnt = {3'd0, b0_l10_nzs[0]} + {3'd0, b0_l10_nzs[1]} + {3'd0, b0_l10_nzs[2]} + {3'd0, b0_l10_nzs[3]};
  assign b0_l10_h0 = b0_l10_nzs[0] & (4'd0 == cj10);
  assign b0_l10_n0 = 4'd0 + {3'd0, b0_l10_nzs[0]};
  assign b0_l10_h1 = b0_l10_nzs[1] & (b0_l10_n0 == cj10);
  assign b0_l10_n1 = b0_l10_n0 + {3'd0, b0_l10_nzs[1]};
  assign b0_l10_h2 = b0_l10_nzs[2] & (b0_l10_n1 == cj10);
  assign b0_l10_n2 = b0_l10_n1 + {3'd0, b0_l10_nzs[2]};
  assign b0_l10_h3 = b0_l10_nzs[3] & (b0_l10_n2 == cj10);
  assign b0_l10_hit = b0_l10_h0 | b0_l10_h1 | b0_l10_h2 | b0_l10_h3;
  assign b0_l10_pos = ((b0_l10_h0 ? 2'd0 : 2'd0) | (b0_l10_h1 ? 2'd1 : 2'd0) | (b0_l10_h2 ? 2'd2 : 2'd0) | (b0_l10_h3 ? 2'd3 : 2'd0));
  assign b0_l10_dig = (({3{b0_l10_h0}} & b0_l10_digits[2:0]) | ({3{b0_l10_h1}} & b0_l10_digits[5:3]) | ({3{b0_l10_h2}} & b0_l10_digits[8:6]) | ({3{b0_l10_h3}} & b0_l10_digits[11:9]));
  assign b0_l10_e = {b0_l10_pos, b0_l10_dig[1]};
  assign b0_l10_t = {b0_l10_hit, b0_l10_dig[2], b0_l10_e};
  assign b0_l11_cnt = {3'd0, b0_l11_nzs[0]} + {3'd0, b0_l11_nzs[1]} + {3'd0, b0_l11_nzs[2]} + {3'd0, b0_l11_nzs[3]};
  assign b0_l11_h0 = b0_l11_nzs[0] & (4'd0 == cj11);
  assign b0_l11_n0 = 4'd0 + {3'd0, b0_l11_nzs[0]};
  assign b0_l11_h1 = b0_l11_nzs[1] & (b0_l11_n0 == cj11);
  assign b0_l11_n1 = b0_l11_n0 + {3'd0, b0_l11_nzs[1]};
  assign b0_l11_h2 = b0_l11_nzs[2] & (b0_l11_n1 == cj11);
  assign b0_l11_n2 = b0_l11_n1 + {3'd0, b0_l11_nzs[2]};
  assign b0_l11_h3 = b0_l11_nzs[3] & (b0_l11_n2 == cj11);
  assign b0_l11_hit = b0_l11_h0 | b0_l11_h1 | b0_l11_h2 | b0_l11_h3;
  assign b0_l11_pos = ((b0_l11_h0 ? 2'd0 : 2'd0) | (b0_l11_h1 ? 2'd1 : 2'd0) | (b0_l11_h2 ? 2'd2 : 2'd0) | (b0_l11_h3 ? 2'd3 : 2'd0));
  assign b0_l11_dig = (({3{b0_l11_h0}} & b0_l11_digits[2:0]) | ({3{b0_l11_h1}} & b0_l11_digits[5:3]) | ({3{b0_l11_h2}} & b0_l11_digits[8:6]) | ({3{b0_l11_h3}} & b0_l11_digits[11:9]));
  assign b0_l11_e = {b0_l11_pos, b0_l11_dig[1]};
  assign b0_l11_t = {b0_l11_hit, b0_l11_dig[2], b0_l11_e};
  assign b0_l12_cnt = {3'd0, b0_l12_nzs[0]} + {3'd0, b0_l12_nzs[1]} + {3'd0, b0_l12_nzs[2]} + {3'd0, b0_l12_nzs[3]};
  assign b0_l12_h0 = b0_l12_nzs[0] & (4'd0 == cj12);
  assign b0_l12_n0 = 4'd0 + {3'd0, b0_l12_nzs[0]};
  assign b0_l12_h1 = b0_l12_nzs[1] & (b0_l12_n0 == cj12);
  assign b0_l12_n1 = b0_l12_n0 + {3'd0, b0_l12_nzs[1]};
  assign b0_l12_h2 = b0_l12_nzs[2] & (b0_l12_n1 == cj12);
  assign b0_l12_n2 = b0_l12_n1 + {3'd0, b0_l12_nzs[2]};
  assign b0_l12_h3 = b0_l12_nzs[3] & (b0_l12_n2 == cj12);
  assign b0_l12_hit = b0_l12_h0 | b0_l12_h1 | b0_l12_h2 | b0_l12_h3;
  assign b0_l12_pos = ((b0_l12_h0 ? 2'd0 : 2'd0) | (b0_l12_h1 ? 2'd1 : 2'd0) | (b0_l12_h2 ? 2'd2 : 2'd0) | (b0_l12_h3 ? 2'd3 : 2'd0));
  assign b0_l12_dig = (({3{b0_l12_h0}} & b0_l12_digits[2:0]) | ({3{b0_l12_h1}} & b0_l12_digits[5:3]) | ({3{b0_l12_h2}} & b0_l12_digits[8:6]) | ({3{b0_l12_h3}} & b0_l12_digits[11:9]));
  assign b0_l12_e = {b0_l12_pos, b0_l12_dig[1]};
  assign b0_l12_t = {b0_l12_hit, b0_l12_dig[2], b0_l12_e};
  assign b0_l13_cnt = {3'd0, b0_l13_nzs[0]} + {3'd0, b0_l13_nzs[1]} + {3'd0, b0_l13_nzs[2]} + {3'd0, b0_l13_nzs[3]};
  assign b0_l13_h0 = b0_l13_nzs[0] & (4'd0 == cj13);
  assign b0_l13_n0 = 4'd0 + {3'd0, b0_l13_nzs[0]};
  assign b0_l13_h1 = b0_l13_nzs[1] & (b0_l13_n0 == cj13);
  assign b0_l13_n1 = b0_l13_n0 + {3'd0, b0_l13_nzs[1]};
  assign b0_l13_h2 = b0_l13_nzs[2] & (b0_l13_n1 == cj13);
  assign b0_l13_n2 = b0_l13_n1 + {3'd0, b0_l13_nzs[2]};
  assign b0_l13_h3 = b0_l13_nzs[3] & (b0_l13_n2 == cj13);
  assign b0_l13_hit = b0_l13_h0 | b0_l13_h1 | b0_l13_h2 | b0_l13_h3;
  assign b0_l13_pos = ((b0_l13_h0 ? 2'd0 : 2'd0) | (b0_l13_h1 ? 2'd1 : 2'd0) | (b0_l13_h2 ? 2'd2 : 2'd0) | (b0_l13_h3 ? 2'd3 : 2'd0));
  assign b0_l13_dig = (({3{b0_l13_h0}} & b0_l13_digits[2:0]) | ({3{b0_l13_h1}} & b0_l13_digits[5:3]) | ({3{b0_l13_h2}} & b0_l13_digits[8:6]) | ({3{b0_l13_h3}} & b0_l13_digits[11:9]));
  assign b0_l13_e = {b0_l13_pos, b0_l13_dig[1]};
  assign b0_l13_t = {b0_l13_hit, b0_l13_dig[2], b0_l13_e};
  assign b0_l14_cnt = {3'd0, b0_l14_nzs[0]} + {3'd0, b0_l14_nzs[1]} + {3'd0, b0_l14_nzs[2]} + {3'd0, b0_l14_nzs[3]};
  assign b0_l14_h0 = b0_l14_nzs[0] & (4'd0 == cj14);
  assign b0_l14_n0 = 4'd0 + {3'd0, b0_l14_nzs[0]};
  assign b0_l14_h1 = b0_l14_nzs[1] & (b0_l14_n0 == cj14);
  assign b0_l14_n1 = b0_l14_n0 + {3'd0, b0_l14_nzs[1]};
  assign b0_l14_h2 = b0_l14_nzs[2] & (b0_l14_n1 == cj14);
  assign b0_l14_n2 = b0_l14_n1 + {3'd0, b0_l14_nzs[2]};
  assign b0_l14_h3 = b0_l14_nzs[3] & (b0_l14_n2 == cj14);
  assign b0_l14_hit = b0_l14_h0 | b0_l14_h1 | b0_l14_h2 | b0_l14_h3;
  assign b0_l14_pos = ((b0_l14_h0 ? 2'd0 : 2'd0) | (b0_l14_h1 ? 2'd1 : 2'd0) | (b0_l14_h2 ? 2'd2 : 2'd0) | (b0_l14_h3 ? 2'd3 : 2'd0));
  assign b0_l14_dig = (({3{b0_l14_h0}} & b0_l14_digits[2:0]) | ({3{b0_l14_h1}} & b0_l14_digits[5:3]) | ({3{b0_l14_h2}} & b0_l14_digits[8:6]) | ({3{b0_l14_h3}} & b0_l14_digits[11:9]));
  assign b0_l14_e = {b0_l14_pos, b0_l14_dig[1]};
  assign b0_l14_t = {b0_l14_hit, b0_l14_dig[2], b0_l14_e};
  assign b0_l15_cnt = {3'd0, b0_l15_nzs[0]} + {3'd0, b0_l15_nzs[1]} + {3'd0, b0_l15_nzs[2]} + {3'd0, b0_l15_nzs[3]};
  assign b0_l15_h0 = b0_l15_nzs[0] & (4'd0 == cj15);
  assign b0_l15_n0 = 4'd0 + {3'd0, b0_l15_nzs[0]};
  assign b0_l15_h1 = b0_l15_nzs[1] & (b0_l15_n0 == cj15);
  assign b0_l15_n1 = b0_l15_n0 + {3'd0, b0_l15_nzs[1]};
  assign b0_l15_h2 = b0_l15_nzs[2] & (b0_l15_n1 == cj15);
  assign b0_l15_n2 = b0_l15_n1 + {3'd0, b0_l15_nzs[2]};
  assign b0_l15_h3 = b0_l15_nzs[3] & (b0_l15_n2 == cj15);
  assign b0_l15_hit = b0_l15_h0 | b0_l15_h1 | b0_l15_h2 | b0_l15_h3;
  assign b0_l15_pos = ((b0_l15_h0 ? 2'd0 : 2'd0) | (b0_l15_h1 ? 2'd1 : 2'd0) | (b0_l15_h2 ? 2'd2 : 2'd0) | (b0_l15_h3 ? 2'd3 : 2'd0));
  assign b0_l15_dig = (({3{b0_l15_h0}} & b0_l15_digits[2:0]) | ({3{b0_l15_h1}} & b0_l15_digits[5:3]) | ({3{b0_l15_h2}} & b0_l15_digits[8:6]) | ({3{b0_l15_h3}} & b0_l15_digits[11:9]));
  assign b0_l15_e = {b0_l15_pos, b0_l15_dig[1]};
  assign b0_l15_t = {b0_l15_hit, b0_l15_dig[2], b0_l15_e};
  assign b1_l0_cnt = {3'd0, b1_l0_nzs[0]} + {3'd0, b1_l0_nzs[1]} + {3'd0, b1_l0_nzs[2]} + {3'd0, b1_l0_nzs[3]};
  assign b1_l0_h0 = b1_l0_nzs[0] & (4'd0 == cj0);
  assign b1_l0_n0 = 4'd0 + {3'd0, b1_l0_nzs[0]};
  assign b1_l0_h1 = b1_l0_nzs[1] & (b1_l0_n0 == cj0);
  assign b1_l0_n1 = b1_l0_n0 + {3'd0, b1_l0_nzs[1]};
  assign b1_l0_h2 = b1_l0_nzs[2] & (b1_l0_n1 == cj0);
  assign b1_l0_n2 = b1_l0_n1 + {3'd0, b1_l0_nzs[2]};
  assign b1_l0_h3 = b1_l0_nzs[3] & (b1_l0_n2 == cj0);
  assign b1_l0_hit = b1_l0_h0 | b1_l0_h1 | b1_l0_h2 | b1_l0_h3;
  assign b1_l0_pos = ((b1_l0_h0 ? 2'd0 : 2'd0) | (b1_l0_h1 ? 2'd1 : 2'd0) | (b1_l0_h2 ? 2'd2 : 2'd0) | (b1_l0_h3 ? 2'd3 : 2'd0));
  assign b1_l0_dig = (({3{b1_l0_h0}} & b1_l0_digits[2:0]) | ({3{b1_l0_h1}} & b1_l0_digits[5:3]) | ({3{b1_l0_h2}} & b1_l0_digits[8:6]) | ({3{b1_l0_h3}} & b1_l0_digits[11:9]));
  assign b1_l0_e = {b1_l0_pos, b1_l0_dig[1]};
  assign b1_l0_t = {b1_l0_hit, b1_l0_dig[2], b1_l0_e};
  assign b1_l1_cnt = {3'd0, b1_l1_nzs[0]} + {3'd0, b1_l1_nzs[1]} + {3'd0, b1_l1_nzs[2]} + {3'd0, b1_l1_nzs[3]};
  assign b1_l1_h0 = b1_l1_nzs[0] & (4'd0 == cj1);
  assign b1_l1_n0 = 4'd0 + {3'd0, b1_l1_nzs[0]};
  assign b1_l1_h1 = b1_l1_nzs[1] & (b1_l1_n0 == cj1);
  assign b1_l1_n1 = b1_l1_n0 + {3'd0, b1_l1_nzs[1]};
  assign b1_l1_h2 = b1_l1_nzs[2] & (b1_l1_n1 == cj1);
  assign b1_l1_n2 = b1_l1_n1 + {3'd0, b1_l1_nzs[2]};
  assign b1_l1_h3 = b1_l1_nzs[3] & (b1_l1_n2 == cj1);
  assign b1_l1_hit = b1_l1_h0 | b1_l1_h1 | b1_l1_h2 | b1_l1_h3;
  assign b1_l1_pos = ((b1_l1_h0 ? 2'd0 : 2'd0) | (b1_l1_h1 ? 2'd1 : 2'd0) | (b1_l1_h2 ? 2'd2 : 2'd0) | (b1_l1_h3 ? 2'd3 : 2'd0));
  assign b1_l1_dig = (({3{b1_l1_h0}} & b1_l1_digits[2:0]) | ({3{b1_l1_h1}} & b1_l1_digits[5:3]) | ({3{b1_l1_h2}} & b1_l1_digits[8:6]) | ({3{b1_l1_h3}} & b1_l1_digits[11:9]));
  assign b1_l1_e = {b1_l1_pos, b1_l1_dig[1]};
  assign b1_l1_t = {b1_l1_hit, b1_l1_dig[2], b1_l1_e};
  assign b1_l2_cnt = {3'd0, b1_l2_nzs[0]} + {3'd0, b1_l2_nzs[1]} + {3'd0, b1_l2_nzs[2]} + {3'd0, b1_l2_nzs[3]};
  assign b1_l2_h0 = b1_l2_nzs[0] & (4'd0 == cj2);
  assign b1_l2_n0 = 4'd0 + {3'd0, b1_l2_nzs[0]};
  assign b1_l2_h1 = b1_l2_nzs[1] & (b1_l2_n0 == cj2);
  assign b1_l2_n1 = b1_l2_n0 + {3'd0, b1_l2_nzs[1]};
  assign b1_l2_h2 = b1_l2_nzs[2] & (b1_l2_n1 == cj2);
  assign b1_l2_n2 = b1_l2_n1 + {3'd0, b1_l2_nzs[2]};
  assign b1_l2_h3 = b1_l2_nzs[3] & (b1_l2_n2 == cj2);
  assign b1_l2_hit = b1_l2_h0 | b1_l2_h1 | b1_l2_h2 | b1_l2_h3;
  assign b1_l2_pos = ((b1_l2_h0 ? 2'd0 : 2'd0) | (b1_l2_h1 ? 2'd1 : 2'd0) | (b1_l2_h2 ? 2'd2 : 2'd0) | (b1_l2_h3 ? 2'd3 : 2'd0));
  assign b1_l2_dig = (({3{b1_l2_h0}} & b1_l2_digits[2:0]) | ({3{b1_l2_h1}} & b1_l2_digits[5:3]) | ({3{b1_l2_h2}} & b1_l2_digits[8:6]) | ({3{b1_l2_h3}} & b1_l2_digits[11:9]));
  assign b1_l2_e = {b1_l2_pos, b1_l2_dig[1]};
  assign b1_l2_t = {b1_l2_hit, b1_l2_dig[2], b1_l2_e};
  assign b1_l3_cnt = {3'd0, b1_l3_nzs[0]} + {3'd0, b1_l3_nzs[1]} + {3'd0, b1_l3_nzs[2]} + {3'd0, b1_l3_nzs[3]};
  assign b1_l3_h0 = b1_l3_nzs[0] & (4'd0 == cj3);
  assign b1_l3_n0 = 4'd0 + {3'd0, b1_l3_nzs[0]};
  assign b1_l3_h1 = b1_l3_nzs[1] & (b1_l3_n0 == cj3);
  assign b1_l3_n1 = b1_l3_n0 + {3'd0, b1_l3_nzs[1]};
  assign b1_l3_h2 = b1_l3_nzs[2] & (b1_l3_n1 == cj3);
  assign b1_l3_n2 = b1_l3_n1 + {3'd0, b1_l3_nzs[2]};
  assign b1_l3_h3 = b1_l3_nzs[3] & (b1_l3_n2 == cj3);
  assign b1_l3_hit = b1_l3_h0 | b1_l3_h1 | b1_l3_h2 | b1_l3_h3;
  assign b1_l3_pos = ((b1_l3_h0 ? 2'd0 : 2'd0) | (b1_l3_h1 ? 2'd1 : 2'd0) | (b1_l3_h2 ? 2'd2 : 2'd0) | (b1_l3_h3 ? 2'd3 : 2'd0));
  assign b1_l3_dig = (({3{b1_l3_h0}} & b1_l3_digits[2:0]) | ({3{b1_l3_h1}} & b1_l3_digits[5:3]) | ({3{b1_l3_h2}} & b1_l3_digits[8:6]) | ({3{b1_l3_h3}} & b1_l3_digits[11:9]));
  assign b1_l3_e = {b1_l3_pos, b1_l3_dig[1]};
  assign b1_l3_t = {b1_l3_hit, b1_l3_dig[2], b1_l3_e};
  assign b1_l4_cnt = {3'd0, b1_l4_nzs[0]} + {3'd0, b1_l4_nzs[1]} + {3'd0, b1_l4_nzs[2]} + {3'd0, b1_l4_nzs[3]};
  assign b1_l4_h0 = b1_l4_nzs[0] & (4'd0 == cj4);
  assign b1_l4_n0 = 4'd0 + {3'd0, b1_l4_nzs[0]};
  assign b1_l4_h1 = b1_l4_nzs[1] & (b1_l4_n0 == cj4);
  assign b1_l4_n1 = b1_l4_n0 + {3'd0, b1_l4_nzs[1]};
  assign b1_l4_h2 = b1_l4_nzs[2] & (b1_l4_n1 == cj4);
  assign b1_l4_n2 = b1_l4_n1 + {3'd0, b1_l4_nzs[2]};
  assign b1_l4_h3 = b1_l4_nzs[3] & (b1_l4_n2 == cj4);
  assign b1_l4_hit = b1_l4_h0 | b1_l4_h1 | b1_l4_h2 | b1_l4_h3;
  assign b1_l4_pos = ((b1_l4_h0 ? 2'd0 : 2'd0) | (b1_l4_h1 ? 2'd1 : 2'd0) | (b1_l4_h2 ? 2'd2 : 2'd0) | (b1_l4_h3 ? 2'd3 : 2'd0));
  assign b1_l4_dig = (({3{b1_l4_h0}} & b1_l4_digits[2:0]) | ({3{b1_l4_h1}} & b1_l4_digits[5:3]) | ({3{b1_l4_h2}} & b1_l4_digits[8:6]) | ({3{b1_l4_h3}} & b1_l4_digits[11:9]));
  assign b1_l4_e = {b1_l4_pos, b1_l4_dig[1]};
  assign b1_l4_t = {b1_l4_hit, b1_l4_dig[2], b1_l4_e};
  assign b1_l5_cnt = {3'd0, b1_l5_nzs[0]} + {3'd0, b1_l5_nzs[1]} + {3'd0, b1_l5_nzs[2]} + {3'd0, b1_l5_nzs[3]};
  assign b1_l5_h0 = b1_l5_nzs[0] & (4'd0 == cj5);
  assign b1_l5_n0 = 4'd0 + {3'd0, b1_l5_nzs[0]};
  assign b1_l5_h1 = b1_l5_nzs[1] & (b1_l5_n0 == cj5);
  assign b1_l5_n1 = b1_l5_n0 + {3'd0, b1_l5_nzs[1]};
  assign b1_l5_h2 = b1_l5_nzs[2] & (b1_l5_n1 == cj5);
  assign b1_l5_n2 = b1_l5_n1 + {3'd0, b1_l5_nzs[2]};
  assign b1_l5_h3 = b1_l5_nzs[3] & (b1_l5_n2 == cj5);
  assign b1_l5_hit = b1_l5_h0 | b1_l5_h1 | b1_l5_h2 | b1_l5_h3;
  assign b1_l5_pos = ((b1_l5_h0 ? 2'd0 : 2'd0) | (b1_l5_h1 ? 2'd1 : 2'd0) | (b1_l5_h2 ? 2'd2 : 2'd0) | (b1_l5_h3 ? 2'd3 : 2'd0));
  assign b1_l5_dig = (({3{b1_l5_h0}} & b1_l5_digits[2:0]) | ({3{b1_l5_h1}} & b1_l5_digits[5:3]) | ({3{b1_l5_h2}} & b1_l5_digits[8:6]) | ({3{b1_l5_h3}} & b1_l5_digits[11:9]));
  assign b1_l5_e = {b1_l5_pos, b1_l5_dig[1]};
  assign b1_l5_t = {b1_l5_hit, b1_l5_dig[2], b1_l5_e};
  assign b1_l6_cnt = {3'd0, b1_l6_nzs[0]} + {3'd0, b1_l6_nzs[1]} + {3'd0, b1_l6_nzs[2]} + {3'd0, b1_l6_nzs[3]};
  assign b1_l6_h0 = b1_l6_nzs[0] & (4'd0 == cj6);
  assign b1_l6_n0 = 4'd0 + {3'd0, b1_l6_nzs[0]};
  assign b1_l6_h1 = b1_l6_nzs[1] & (b1_l6_n0 == cj6);
  assign b1_l6_n1 = b1_l6_n0 + {3'd0, b1_l6_nzs[1]};
  assign b1_l6_h2 = b1_l6_nzs[2] & (b1_l6_n1 == cj6);
  assign b1_l6_n2 = b1_l6_n1 + {3'd0, b1_l6_nzs[2]};
  assign b1_l6_h3 = b1_l6_nzs[3] & (b1_l6_n2 == cj6);
  assign b1_l6_hit = b1_l6_h0 | b1_l6_h1 | b1_l6_h2 | b1_l6_h3;
  assign b1_l6_pos = ((b1_l6_h0 ? 2'd0 : 2'd0) | (b1_l6_h1 ? 2'd1 : 2'd0) | (b1_l6_h2 ? 2'd2 : 2'd0) | (b1_l6_h3 ? 2'd3 : 2'd0));
  assign b1_l6_dig = (({3{b1_l6_h0}} & b1_l6_digits[2:0]) | ({3{b1_l6_h1}} & b1_l6_digits[5:3]) | ({3{b1_l6_h2}} & b1_l6_digits[8:6]) | ({3{b1_l6_h3}} & b1_l6_digits[11:9]));
  assign b1_l6_e = {b1_l6_pos, b1_l6_dig[1]};
  assign b1_l6_t = {b1_l6_hit, b1_l6_dig[2], b1_l6_e};
  assign b1_l7_cnt = {3'd0, b1_l7_nzs[0]} + {3'd0, b1_l7_nzs[1]} + {3'd0, b1_l7_nzs[2]} + {3'd0, b1_l7_nzs[3]};
  assign b1_l7_h0 = b1_l7_nzs[0] & (4'd0 == cj7);
  assign b1_l7_n0 = 4'd0 + {3'd0, b1_l7_nzs[0]};
  assign b1_l7_h1 = b1_l7_nzs[1] & (b1_l7_n0 == cj7);
  assign b1_l7_n1 = b1_l7_n0 + {3'd0, b1_l7_nzs[1]};
  assign b1_l7_h2 = b1_l7_nzs[2] & (b1_l7_n1 == cj7);
  assign b1_l7_n2 = b1_l7_n1 + {3'd0, b1_l7_nzs[2]};
  assign b1_l7_h3 = b1_l7_nzs[3] & (b1_l7_n2 == cj7);
  assign b1_l7_hit = b1_l7_h0 | b1_l7_h1 | b1_l7_h2 | b1_l7_h3;
  assign b1_l7_pos = ((b1_l7_h0 ? 2'd0 : 2'd0) | (b1_l7_h1 ? 2'd1 : 2'd0) | (b1_l7_h2 ? 2'd2 : 2'd0) | (b1_l7_h3 ? 2'd3 : 2'd0));
  assign b1_l7_dig = (({3{b1_l7_h0}} & b1_l7_digits[2:0]) | ({3{b1_l7_h1}} & b1_l7_digits[5:3]) | ({3{b1_l7_h2}} & b1_l7_digits[8:6]) | ({3{b1_l7_h3}} & b1_l7_digits[11:9]));
  assign b1_l7_e = {b1_l7_pos, b1_l7_dig[1]};
  assign b1_l7_t = {b1_l7_hit, b1_l7_dig[2], b1_l7_e};
  assign b1_l8_cnt = {3'd0, b1_l8_nzs[0]} + {3'd0, b1_l8_nzs[1]} + {3'd0, b1_l8_nzs[2]} + {3'd0, b1_l8_nzs[3]};
  assign b1_l8_h0 = b1_l8_nzs[0] & (4'd0 == cj8);
  assign b1_l8_n0 = 4'd0 + {3'd0, b1_l8_nzs[0]};
  assign b1_l8_h1 = b1_l8_nzs[1] & (b1_l8_n0 == cj8);
  assign b1_l8_n1 = b1_l8_n0 + {3'd0, b1_l8_nzs[1]};
  assign b1_l8_h2 = b1_l8_nzs[2] & (b1_l8_n1 == cj8);
  assign b1_l8_n2 = b1_l8_n1 + {3'd0, b1_l8_nzs[2]};
  assign b1_l8_h3 = b1_l8_nzs[3] & (b1_l8_n2 == cj8);
  assign b1_l8_hit = b1_l8_h0 | b1_l8_h1 | b1_l8_h2 | b1_l8_h3;
  assign b1_l8_pos = ((b1_l8_h0 ? 2'd0 : 2'd0) | (b1_l8_h1 ? 2'd1 : 2'd0) | (b1_l8_h2 ? 2'd2 : 2'd0) | (b1_l8_h3 ? 2'd3 : 2'd0));
  assign b1_l8_dig = (({3{b1_l8_h0}} & b1_l8_digits[2:0]) | ({3{b1_l8_h1}} & b1_l8_digits[5:3]) | ({3{b1_l8_h2}} & b1_l8_digits[8:6]) | ({3{b1_l8_h3}} & b1_l8_digits[11:9]));
  assign b1_l8_e = {b1_l8_pos, b1_l8_dig[1]};
  assign b1_l8_t = {b1_l8_hit, b1_l8_dig[2], b1_l8_e};
  assign b1_l9_cnt = {3'd0, b1_l9_nzs[0]} + {3'd0, b1_l9_nzs[1]} + {3'd0, b1_l9_nzs[2]} + {3'd0, b1_l9_nzs[3]};
  assign b1_l9_h0 = b1_l9_nzs[0] & (4'd0 == cj9);
  assign b1_l9_n0 = 4'd0 + {3'd0, b1_l9_nzs[0]};
  assign b1_l9_h1 = b1_l9_nzs[1] & (b1_l9_n0 == cj9);
  assign b1_l9_n1 = b1_l9_n0 + {3'd0, b1_l9_nzs[1]};
  assign b1_l9_h2 = b1_l9_nzs[2] & (b1_l9_n1 == cj9);
  assign b1_l9_n2 = b1_l9_n1 + {3'd0, b1_l9_nzs[2]};
  assign b1_l9_h3 = b1_l9_nzs[3] & (b1_l9_n2 == cj9);
  assign b1_l9_hit = b1_l9_h0 | b1_l9_h1 | b1_l9_h2 | b1_l9_h3;
  assign b1_l9_pos = ((b1_l9_h0 ? 2'd0 : 2'd0) | (b1_l9_h1 ? 2'd1 : 2'd0) | (b1_l9_h2 ? 2'd2 : 2'd0) | (b1_l9_h3 ? 2'd3 : 2'd0));
  assign b1_l9_dig = (({3{b1_l9_h0}} & b1_l9_digits[2:0]) | ({3{b1_l9_h1}} & b1_l9_digits[5:3]) | ({3{b1_l9_h2}} & b1_l9_digits[8:6]) | ({3{b1_l9_h3}} & b1_l9_digits[11:9]));
  assign b1_l9_e = {b1_l9_pos, b1_l9_dig[1]};
  assign b1_l9_t = {b1_l9_hit, b1_l9_dig[2], b1_l9_e};
  assign b1_l10_cnt = {3'd0, b1_l10_nzs[0]} + {3'd0, b1_l10_nzs[1]} + {3'd0, b1_l10_nzs[2]} + {3'd0, b1_l10_nzs[3]};
  assign b1_l10_h0 = b1_l10_nzs[0] & (4'd0 == cj10);
  assign b1_l10_n0 = 4'd0 + {3'd0, b1_l10_nzs[0]};
  assign b1_l10_h1 = b1_l10_nzs[1] & (b1_l10_n0 == cj10);
  assign b1_l10_n1 = b1_l10_n0 + {3'd0, b1_l10_nzs[1]};
  assign b1_l10_h2 = b1_l10_nzs[2] & (b1_l10_n1 == cj10);
  assign b1_l10_n2 = b1_l10_n1 + {3'd0, b1_l10_nzs[2]};
  assign b1_l10_h3 = b1_l10_nzs[3] & (b1_l10_n2 == cj10);
  assign b1_l10_hit = b1_l10_h0 | b1_l10_h1 | b1_l10_h2 | b1_l10_h3;
  assign b1_l10_pos = ((b1_l10_h0 ? 2'd0 : 2'd0) | (b1_l10_h1 ? 2'd1 : 2'd0) | (b1_l10_h2 ? 2'd2 : 2'd0) | (b1_l10_h3 ? 2'd3 : 2'd0));
  assign b1_l10_dig = (({3{b1_l10_h0}} & b1_l10_digits[2:0]) | ({3{b1_l10_h1}} & b1_l10_digits[5:3]) | ({3{b1_l10_h2}} & b1_l10_digits[8:6]) | ({3{b1_l10_h3}} & b1_l10_digits[11:9]));
  assign b1_l10_e = {b1_l10_pos, b1_l10_dig[1]};
  assign b1_l10_t = {b1_l10_hit, b1_l10_dig[2], b1_l10_e};
  assign b1_l11_cnt = {3'd0, b1_l11_nzs[0]} + {3'd0, b1_l11_nzs[1]} + {3'd0, b1_l11_nzs[2]} + {3'd0, b1_l11_nzs[3]};
  assign b1_l11_h0 = b1_l11_nzs[0] & (4'd0 == cj11);
  assign b1_l11_n0 = 4'd0 + {3'd0, b1_l11_nzs[0]};
  assign b1_l11_h1 = b1_l11_nzs[1] & (b1_l11_n0 == cj11);
  assign b1_l11_n1 = b1_l11_n0 + {3'd0, b1_l11_nzs[1]};
  assign b1_l11_h2 = b1_l11_nzs[2] & (b1_l11_n1 == cj11);
  assign b1_l11_n2 = b1_l11_n1 + {3'd0, b1_l11_nzs[2]};
  assign b1_l11_h3 = b1_l11_nzs[3] & (b1_l11_n2 == cj11);
  assign b1_l11_hit = b1_l11_h0 | b1_l11_h1 | b1_l11_h2 | b1_l11_h3;
  assign b1_l11_pos = ((b1_l11_h0 ? 2'd0 : 2'd0) | (b1_l11_h1 ? 2'd1 : 2'd0) | (b1_l11_h2 ? 2'd2 : 2'd0) | (b1_l11_h3 ? 2'd3 : 2'd0));
  assign b1_l11_dig = (({3{b1_l11_h0}} & b1_l11_digits[2:0]) | ({3{b1_l11_h1}} & b1_l11_digits[5:3]) | ({3{b1_l11_h2}} & b1_l11_digits[8:6]) | ({3{b1_l11_h3}} & b1_l11_digits[11:9]));
  assign b1_l11_e = {b1_l11_pos, b1_l11_dig[1]};
  assign b1_l11_t = {b1_l11_hit, b1_l11_dig[2], b1_l11_e};
  assign b1_l12_cnt = {3'd0, b1_l12_nzs[0]} + {3'd0, b1_l12_nzs[1]} + {3'd0, b1_l12_nzs[2]} + {3'd0, b1_l12_nzs[3]};
  assign b1_l12_h0 = b1_l12_nzs[0] & (4'd0 == cj12);
  assign b1_l12_n0 = 4'd0 + {3'd0, b1_l12_nzs[0]};
  assign b1_l12_h1 = b1_l12_nzs[1] & (b1_l12_n0 == cj12);
  assign b1_l12_n1 = b1_l12_n0 + {3'd0, b1_l12_nzs[1]};
  assign b1_l12_h2 = b1_l12_nzs[2] & (b1_l12_n1 == cj12);
  assign b1_l12_n2 = b1_l12_n1 + {3'd0, b1_l12_nzs[2]};
  assign b1_l12_h3 = b1_l12_nzs[3] & (b1_l12_n2 == cj12);
  assign b1_l12_hit = b1_l12_h0 | b1_l12_h1 | b1_l12_h2 | b1_l12_h3;
  assign b1_l12_pos = ((b1_l12_h0 ? 2'd0 : 2'd0) | (b1_l12_h1 ? 2'd1 : 2'd0) | (b1_l12_h2 ? 2'd2 : 2'd0) | (b1_l12_h3 ? 2'd3 : 2'd0));
  assign b1_l12_dig = (({3{b1_l12_h0}} & b1_l12_digits[2:0]) | ({3{b1_l12_h1}} & b1_l12_digits[5:3]) | ({3{b1_l12_h2}} & b1_l12_digits[8:6]) | ({3{b1_l12_h3}} & b1_l12_digits[11:9]));
  assign b1_l12_e = {b1_l12_pos, b1_l12_dig[1]};
  assign b1_l12_t = {b1_l12_hit, b1_l12_dig[2], b1_l12_e};
  assign b1_l13_cnt = {3'd0, b1_l13_nzs[0]} + {3'd0, b1_l13_nzs[1]} + {3'd0, b1_l13_nzs[2]} + {3'd0, b1_l13_nzs[3]};
  assign b1_l13_h0 = b1_l13_nzs[0] & (4'd0 == cj13);
  assign b1_l13_n0 = 4'd0 + {3'd0, b1_l13_nzs[0]};
  assign b1_l13_h1 = b1_l13_nzs[1] & (b1_l13_n0 == cj13);
  assign b1_l13_n1 = b1_l13_n0 + {3'd0, b1_l13_nzs[1]};
  assign b1_l13_h2 = b1_l13_nzs[2] & (b1_l13_n1 == cj13);
  assign b1_l13_n2 = b1_l13_n1 + {3'd0, b1_l13_nzs[2]};
  assign b1_l13_h3 = b1_l13_nzs[3] & (b1_l13_n2 == cj13);
  assign b1_l13_hit = b1_l13_h0 | b1_l13_h1 | b1_l13_h2 | b1_l13_h3;
  assign b1_l13_pos = ((b1_l13_h0 ? 2'd0 : 2'd0) | (b1_l13_h1 ? 2'd1 : 2'd0) | (b1_l13_h2 ? 2'd2 : 2'd0) | (b1_l13_h3 ? 2'd3 : 2'd0));
  assign b1_l13_dig = (({3{b1_l13_h0}} & b1_l13_digits[2:0]) | ({3{b1_l13_h1}} & b1_l13_digits[5:3]) | ({3{b1_l13_h2}} & b1_l13_digits[8:6]) | ({3{b1_l13_h3}} & b1_l13_digits[11:9]));
  assign b1_l13_e = {b1_l13_pos, b1_l13_dig[1]};
  assign b1_l13_t = {b1_l13_hit, b1_l13_dig[2], b1_l13_e};
  assign b1_l14_cnt = {3'd0, b1_l14_nzs[0]} + {3'd0, b1_l14_nzs[1]} + {3'd0, b1_l14_nzs[2]} + {3'd0, b1_l14_nzs[3]};
  assign b1_l14_h0 = b1_l14_nzs[0] & (4'd0 == cj14);
  assign b1_l14_n0 = 4'd0 + {3'd0, b1_l14_nzs[0]};
  assign b1_l14_h1 = b1_l14_nzs[1] & (b1_l14_n0 == cj14);
  assign b1_l14_n1 = b1_l14_n0 + {3'd0, b1_l14_nzs[1]};
  assign b1_l14_h2 = b1_l14_nzs[2] & (b1_l14_n1 == cj14);
  assign b1_l14_n2 = b1_l14_n1 + {3'd0, b1_l14_nzs[2]};
  assign b1_l14_h3 = b1_l14_nzs[3] & (b1_l14_n2 == cj14);
  assign b1_l14_hit = b1_l14_h0 | b1_l14_h1 | b1_l14_h2 | b1_l14_h3;
  assign b1_l14_pos = ((b1_l14_h0 ? 2'd0 : 2'd0) | (b1_l14_h1 ? 2'd1 : 2'd0) | (b1_l14_h2 ? 2'd2 : 2'd0) | (b1_l14_h3 ? 2'd3 : 2'd0));
  assign b1_l14_dig = (({3{b1_l14_h0}} & b1_l14_digits[2:0]) | ({3{b1_l14_h1}} & b1_l14_digits[5:3]) | ({3{b1_l14_h2}} & b1_l14_digits[8:6]) | ({3{b1_l14_h3}} & b1_l14_digits[11:9]));
  assign b1_l14_e = {b1_l14_pos, b1_l14_dig[1]};
  assign b1_l14_t = {b1_l14_hit, b1_l14_dig[2], b1_l14_e};
  assign b1_l15_cnt = {3'd0, b1_l15_nzs[0]} + {3'd0, b1_l15_nzs[1]} + {3'd0, b1_l15_nzs[2]} + {3'd0, b1_l15_nzs[3]};
  assign b1_l15_h0 = b1_l15_nzs[0] & (4'd0 == cj15);
  assign b1_l15_n0 = 4'd0 + {3'd0, b1_l15_nzs[0]};
  assign b1_l15_h1 = b1_l15_nzs[1] & (b1_l15_n0 == cj15);
  assign b1_l15_n1 = b1_l15_n0 + {3'd0, b1_l15_nzs[1]};
  assign b1_l15_h2 = b1_l15_nzs[2] & (b1_l15_n1 == cj15);
  assign b1_l15_n2 = b1_l15_n1 + {3'd0, b1_l15_nzs[2]};
  assign b1_l15_h3 = b1_l15_nzs[3] & (b1_l15_n2 == cj15);
  assign b1_l15_hit = b1_l15_h0 | b1_l15_h1 | b1_l15_h2 | b1_l15_h3;
  assign b1_l15_pos = ((b1_l15_h0 ? 2'd0 : 2'd0) | (b1_l15_h1 ? 2'd1 : 2'd0) | (b1_l15_h2 ? 2'd2 : 2'd0) | (b1_l15_h3 ? 2'd3 : 2'd0));
  assign b1_l15_dig = (({3{b1_l15_h0}} & b1_l15_digits[2:0]) | ({3{b1_l15_h1}} & b1_l15_digits[5:3]) | ({3{b1_l15_h2}} & b1_l15_digits[8:6]) | ({3{b1_l15_h3}} & b1_l15_digits[11:9]));
  assign b1_l15_e = {b1_l15_pos, b1_l15_dig[1]};
  assign b1_l15_t = {b1_l15_hit, b1_l15_dig[2], b1_l15_e};
  assign b2_l0_cnt = {3'd0, b2_l0_nzs[0]} + {3'd0, b2_l0_nzs[1]} + {3'd0, b2_l0_nzs[2]} + {3'd0, b2_l0_nzs[3]};
  assign b2_l0_h0 = b2_l0_nzs[0] & (4'd0 == cj0);
  assign b2_l0_n0 = 4'd0 + {3'd0, b2_l0_nzs[0]};
  assign b2_l0_h1 = b2_l0_nzs[1] & (b2_l0_n0 == cj0);
  assign b2_l0_n1 = b2_l0_n0 + {3'd0, b2_l0_nzs[1]};
  assign b2_l0_h2 = b2_l0_nzs[2] & (b2_l0_n1 == cj0);
  assign b2_l0_n2 = b2_l0_n1 + {3'd0, b2_l0_nzs[2]};
  assign b2_l0_h3 = b2_l0_nzs[3] & (b2_l0_n2 == cj0);
  assign b2_l0_hit = b2_l0_h0 | b2_l0_h1 | b2_l0_h2 | b2_l0_h3;
  assign b2_l0_pos = ((b2_l0_h0 ? 2'd0 : 2'd0) | (b2_l0_h1 ? 2'd1 : 2'd0) | (b2_l0_h2 ? 2'd2 : 2'd0) | (b2_l0_h3 ? 2'd3 : 2'd0));
  assign b2_l0_dig = (({3{b2_l0_h0}} & b2_l0_digits[2:0]) | ({3{b2_l0_h1}} & b2_l0_digits[5:3]) | ({3{b2_l0_h2}} & b2_l0_digits[8:6]) | ({3{b2_l0_h3}} & b2_l0_digits[11:9]));
  assign b2_l0_e = {b2_l0_pos, b2_l0_dig[1]};
  assign b2_l0_t = {b2_l0_hit, b2_l0_dig[2], b2_l0_e};
  assign b2_l1_cnt = {3'd0, b2_l1_nzs[0]} + {3'd0, b2_l1_nzs[1]} + {3'd0, b2_l1_nzs[2]} + {3'd0, b2_l1_nzs[3]};
  assign b2_l1_h0 = b2_l1_nzs[0] & (4'd0 == cj1);
  assign b2_l1_n0 = 4'd0 + {3'd0, b2_l1_nzs[0]};
  assign b2_l1_h1 = b2_l1_nzs[1] & (b2_l1_n0 == cj1);
  assign b2_l1_n1 = b2_l1_n0 + {3'd0, b2_l1_nzs[1]};
  assign b2_l1_h2 = b2_l1_nzs[2] & (b2_l1_n1 == cj1);
  assign b2_l1_n2 = b2_l1_n1 + {3'd0, b2_l1_nzs[2]};
  assign b2_l1_h3 = b2_l1_nzs[3] & (b2_l1_n2 == cj1);
  assign b2_l1_hit = b2_l1_h0 | b2_l1_h1 | b2_l1_h2 | b2_l1_h3;
  assign b2_l1_pos = ((b2_l1_h0 ? 2'd0 : 2'd0) | (b2_l1_h1 ? 2'd1 : 2'd0) | (b2_l1_h2 ? 2'd2 : 2'd0) | (b2_l1_h3 ? 2'd3 : 2'd0));
  assign b2_l1_dig = (({3{b2_l1_h0}} & b2_l1_digits[2:0]) | ({3{b2_l1_h1}} & b2_l1_digits[5:3]) | ({3{b2_l1_h2}} & b2_l1_digits[8:6]) | ({3{b2_l1_h3}} & b2_l1_digits[11:9]));
  assign b2_l1_e = {b2_l1_pos, b2_l1_dig[1]};
  assign b2_l1_t = {b2_l1_hit, b2_l1_dig[2], b2_l1_e};
  assign b2_l2_cnt = {3'd0, b2_l2_nzs[0]} + {3'd0, b2_l2_nzs[1]} + {3'd0, b2_l2_nzs[2]} + {3'd0, b2_l2_nzs[3]};
  assign b2_l2_h0 = b2_l2_nzs[0] & (4'd0 == cj2);
  assign b2_l2_n0 = 4'd0 + {3'd0, b2_l2_nzs[0]};
  assign b2_l2_h1 = b2_l2_nzs[1] & (b2_l2_n0 == cj2);
  assign b2_l2_n1 = b2_l2_n0 + {3'd0, b2_l2_nzs[1]};
  assign b2_l2_h2 = b2_l2_nzs[2] & (b2_l2_n1 == cj2);
  assign b2_l2_n2 = b2_l2_n1 + {3'd0, b2_l2_nzs[2]};
  assign b2_l2_h3 = b2_l2_nzs[3] & (b2_l2_n2 == cj2);
  assign b2_l2_hit = b2_l2_h0 | b2_l2_h1 | b2_l2_h2 | b2_l2_h3;
  assign b2_l2_pos = ((b2_l2_h0 ? 2'd0 : 2'd0) | (b2_l2_h1 ? 2'd1 : 2'd0) | (b2_l2_h2 ? 2'd2 : 2'd0) | (b2_l2_h3 ? 2'd3 : 2'd0));
  assign b2_l2_dig = (({3{b2_l2_h0}} & b2_l2_digits[2:0]) | ({3{b2_l2_h1}} & b2_l2_digits[5:3]) | ({3{b2_l2_h2}} & b2_l2_digits[8:6]) | ({3{b2_l2_h3}} & b2_l2_digits[11:9]));
  assign b2_l2_e = {b2_l2_pos, b2_l2_dig[1]};
  assign b2_l2_t = {b2_l2_hit, b2_l2_dig[2], b2_l2_e};
  assign b2_l3_cnt = {3'd0, b2_l3_nzs[0]} + {3'd0, b2_l3_nzs[1]} + {3'd0, b2_l3_nzs[2]} + {3'd0, b2_l3_nzs[3]};
  assign b2_l3_h0 = b2_l3_nzs[0] & (4'd0 == cj3);
  assign b2_l3_n0 = 4'd0 + {3'd0, b2_l3_nzs[0]};
  assign b2_l3_h1 = b2_l3_nzs[1] & (b2_l3_n0 == cj3);
  assign b2_l3_n1 = b2_l3_n0 + {3'd0, b2_l3_nzs[1]};
  assign b2_l3_h2 = b2_l3_nzs[2] & (b2_l3_n1 == cj3);
  assign b2_l3_n2 = b2_l3_n1 + {3'd0, b2_l3_nzs[2]};
  assign b2_l3_h3 = b2_l3_nzs[3] & (b2_l3_n2 == cj3);
  assign b2_l3_hit = b2_l3_h0 | b2_l3_h1 | b2_l3_h2 | b2_l3_h3;
  assign b2_l3_pos = ((b2_l3_h0 ? 2'd0 : 2'd0) | (b2_l3_h1 ? 2'd1 : 2'd0) | (b2_l3_h2 ? 2'd2 : 2'd0) | (b2_l3_h3 ? 2'd3 : 2'd0));
  assign b2_l3_dig = (({3{b2_l3_h0}} & b2_l3_digits[2:0]) | ({3{b2_l3_h1}} & b2_l3_digits[5:3]) | ({3{b2_l3_h2}} & b2_l3_digits[8:6]) | ({3{b2_l3_h3}} & b2_l3_digits[11:9]));
  assign b2_l3_e = {b2_l3_pos, b2_l3_dig[1]};
  assign b2_l3_t = {b2_l3_hit, b2_l3_dig[2], b2_l3_e};
  assign b2_l4_cnt = {3'd0, b2_l4_nzs[0]} + {3'd0, b2_l4_nzs[1]} + {3'd0, b2_l4_nzs[2]} + {3'd0, b2_l4_nzs[3]};
  assign b2_l4_h0 = b2_l4_nzs[0] & (4'd0 == cj4);
  assign b2_l4_n0 = 4'd0 + {3'd0, b2_l4_nzs[0]};
  assign b2_l4_h1 = b2_l4_nzs[1] & (b2_l4_n0 == cj4);
  assign b2_l4_n1 = b2_l4_n0 + {3'd0, b2_l4_nzs[1]};
  assign b2_l4_h2 = b2_l4_nzs[2] & (b2_l4_n1 == cj4);
  assign b2_l4_n2 = b2_l4_n1 + {3'd0, b2_l4_nzs[2]};
  assign b2_l4_h3 = b2_l4_nzs[3] & (b2_l4_n2 == cj4);
  assign b2_l4_hit = b2_l4_h0 | b2_l4_h1 | b2_l4_h2 | b2_l4_h3;
  assign b2_l4_pos = ((b2_l4_h0 ? 2'd0 : 2'd0) | (b2_l4_h1 ? 2'd1 : 2'd0) | (b2_l4_h2 ? 2'd2 : 2'd0) | (b2_l4_h3 ? 2'd3 : 2'd0));
  assign b2_l4_dig = (({3{b2_l4_h0}} & b2_l4_digits[2:0]) | ({3{b2_l4_h1}} & b2_l4_digits[5:3]) | ({3{b2_l4_h2}} & b2_l4_digits[8:6]) | ({3{b2_l4_h3}} & b2_l4_digits[11:9]));
  assign b2_l4_e = {b2_l4_pos, b2_l4_dig[1]};
  assign b2_l4_t = {b2_l4_hit, b2_l4_dig[2], b2_l4_e};
  assign b2_l5_cnt = {3'd0, b2_l5_nzs[0]} + {3'd0, b2_l5_nzs[1]} + {3'd0, b2_l5_nzs[2]} + {3'd0, b2_l5_nzs[3]};
  assign b2_l5_h0 = b2_l5_nzs[0] & (4'd0 == cj5);
  assign b2_l5_n0 = 4'd0 + {3'd0, b2_l5_nzs[0]};
  assign b2_l5_h1 = b2_l5_nzs[1] & (b2_l5_n0 == cj5);
  assign b2_l5_n1 = b2_l5_n0 + {3'd0, b2_l5_nzs[1]};
  assign b2_l5_h2 = b2_l5_nzs[2] & (b2_l5_n1 == cj5);
  assign b2_l5_n2 = b2_l5_n1 + {3'd0, b2_l5_nzs[2]};
  assign b2_l5_h3 = b2_l5_nzs[3] & (b2_l5_n2 == cj5);
  assign b2_l5_hit = b2_l5_h0 | b2_l5_h1 | b2_l5_h2 | b2_l5_h3;
  assign b2_l5_pos = ((b2_l5_h0 ? 2'd0 : 2'd0) | (b2_l5_h1 ? 2'd1 : 2'd0) | (b2_l5_h2 ? 2'd2 : 2'd0) | (b2_l5_h3 ? 2'd3 : 2'd0));
  assign b2_l5_dig = (({3{b2_l5_h0}} & b2_l5_digits[2:0]) | ({3{b2_l5_h1}} & b2_l5_digits[5:3]) | ({3{b2_l5_h2}} & b2_l5_digits[8:6]) | ({3{b2_l5_h3}} & b2_l5_digits[11:9]));
  assign b2_l5_e = {b2_l5_pos, b2_l5_dig[1]};
  assign b2_l5_t = {b2_l5_hit, b2_l5_dig[2], b2_l5_e};
  assign b2_l6_cnt = {3'd0, b2_l6_nzs[0]} + {3'd0, b2_l6_nzs[1]} + {3'd0, b2_l6_nzs[2]} + {3'd0, b2_l6_nzs[3]};
  assign b2_l6_h0 = b2_l6_nzs[0] & (4'd0 == cj6);
  assign b2_l6_n0 = 4'd0 + {3'd0, b2_l6_nzs[0]};
  assign b2_l6_h1 = b2_l6_nzs[1] & (b2_l6_n0 == cj6);
  assign b2_l6_n1 = b2_l6_n0 + {3'd0, b2_l6_nzs[1]};
  assign b2_l6_h2 = b2_l6_nzs[2] & (b2_l6_n1 == cj6);
  assign b2_l6_n2 = b2_l6_n1 + {3'd0, b2_l6_nzs[2]};
  assign b2_l6_h3 = b2_l6_nzs[3] & (b2_l6_n2 == cj6);
  assign b2_l6_hit = b2_l6_h0 | b2_l6_h1 | b2_l6_h2 | b2_l6_h3;
  assign b2_l6_pos = ((b2_l6_h0 ? 2'd0 : 2'd0) | (b2_l6_h1 ? 2'd1 : 2'd0) | (b2_l6_h2 ? 2'd2 : 2'd0) | (b2_l6_h3 ? 2'd3 : 2'd0));
  assign b2_l6_dig = (({3{b2_l6_h0}} & b2_l6_digits[2:0]) | ({3{b2_l6_h1}} & b2_l6_digits[5:3]) | ({3{b2_l6_h2}} & b2_l6_digits[8:6]) | ({3{b2_l6_h3}} & b2_l6_digits[11:9]));
  assign b2_l6_e = {b2_l6_pos, b2_l6_dig[1]};
  assign b2_l6_t = {b2_l6_hit, b2_l6_dig[2], b2_l6_e};
  assign b2_l7_cnt = {3'd0, b2_l7_nzs[0]} + {3'd0, b2_l7_nzs[1]} + {3'd0, b2_l7_nzs[2]} + {3'd0, b2_l7_nzs[3]};
  assign b2_l7_h0 = b2_l7_nzs[0] & (4'd0 == cj7);
  assign b2_l7_n0 = 4'd0 + {3'd0, b2_l7_nzs[0]};
  assign b2_l7_h1 = b2_l7_nzs[1] & (b2_l7_n0 == cj7);
  assign b2_l7_n1 = b2_l7_n0 + {3'd0, b2_l7_nzs[1]};
  assign b2_l7_h2 = b2_l7_nzs[2] & (b2_l7_n1 == cj7);
  assign b2_l7_n2 = b2_l7_n1 + {3'd0, b2_l7_nzs[2]};
  assign b2_l7_h3 = b2_l7_nzs[3] & (b2_l7_n2 == cj7);
  assign b2_l7_hit = b2_l7_h0 | b2_l7_h1 | b2_l7_h2 | b2_l7_h3;
  assign b2_l7_pos = ((b2_l7_h0 ? 2'd0 : 2'd0) | (b2_l7_h1 ? 2'd1 : 2'd0) | (b2_l7_h2 ? 2'd2 : 2'd0) | (b2_l7_h3 ? 2'd3 : 2'd0));
  assign b2_l7_dig = (({3{b2_l7_h0}} & b2_l7_digits[2:0]) | ({3{b2_l7_h1}} & b2_l7_digits[5:3]) | ({3{b2_l7_h2}} & b2_l7_digits[8:6]) | ({3{b2_l7_h3}} & b2_l7_digits[11:9]));
  assign b2_l7_e = {b2_l7_pos, b2_l7_dig[1]};
  assign b2_l7_t = {b2_l7_hit, b2_l7_dig[2], b2_l7_e};
  assign b2_l8_cnt = {3'd0, b2_l8_nzs[0]} + {3'd0, b2_l8_nzs[1]} + {3'd0, b2_l8_nzs[2]} + {3'd0, b2_l8_nzs[3]};
  assign b2_l8_h0 = b2_l8_nzs[0] & (4'd0 == cj8);
  assign b2_l8_n0 = 4'd0 + {3'd0, b2_l8_nzs[0]};
  assign b2_l8_h1 = b2_l8_nzs[1] & (b2_l8_n0 == cj8);
  assign b2_l8_n1 = b2_l8_n0 + {3'd0, b2_l8_nzs[1]};
  assign b2_l8_h2 = b2_l8_nzs[2] & (b2_l8_n1 == cj8);
  assign b2_l8_n2 = b2_l8_n1 + {3'd0, b2_l8_nzs[2]};
  assign b2_l8_h3 = b2_l8_nzs[3] & (b2_l8_n2 == cj8);
  assign b2_l8_hit = b2_l8_h0 | b2_l8_h1 | b2_l8_h2 | b2_l8_h3;
  assign b2_l8_pos = ((b2_l8_h0 ? 2'd0 : 2'd0) | (b2_l8_h1 ? 2'd1 : 2'd0) | (b2_l8_h2 ? 2'd2 : 2'd0) | (b2_l8_h3 ? 2'd3 : 2'd0));
  assign b2_l8_dig = (({3{b2_l8_h0}} & b2_l8_digits[2:0]) | ({3{b2_l8_h1}} & b2_l8_digits[5:3]) | ({3{b2_l8_h2}} & b2_l8_digits[8:6]) | ({3{b2_l8_h3}} & b2_l8_digits[11:9]));
  assign b2_l8_e = {b2_l8_pos, b2_l8_dig[1]};
  assign b2_l8_t = {b2_l8_hit, b2_l8_dig[2], b2_l8_e};
  assign b2_l9_cnt = {3'd0, b2_l9_nzs[0]} + {3'd0, b2_l9_nzs[1]} + {3'd0, b2_l9_nzs[2]} + {3'd0, b2_l9_nzs[3]};
  assign b2_l9_h0 = b2_l9_nzs[0] & (4'd0 == cj9);
  assign b2_l9_n0 = 4'd0 + {3'd0, b2_l9_nzs[0]};
  assign b2_l9_h1 = b2_l9_nzs[1] & (b2_l9_n0 == cj9);
  assign b2_l9_n1 = b2_l9_n0 + {3'd0, b2_l9_nzs[1]};
  assign b2_l9_h2 = b2_l9_nzs[2] & (b2_l9_n1 == cj9);
  assign b2_l9_n2 = b2_l9_n1 + {3'd0, b2_l9_nzs[2]};
  assign b2_l9_h3 = b2_l9_nzs[3] & (b2_l9_n2 == cj9);
  assign b2_l9_hit = b2_l9_h0 | b2_l9_h1 | b2_l9_h2 | b2_l9_h3;
  assign b2_l9_pos = ((b2_l9_h0 ? 2'd0 : 2'd0) | (b2_l9_h1 ? 2'd1 : 2'd0) | (b2_l9_h2 ? 2'd2 : 2'd0) | (b2_l9_h3 ? 2'd3 : 2'd0));
  assign b2_l9_dig = (({3{b2_l9_h0}} & b2_l9_digits[2:0]) | ({3{b2_l9_h1}} & b2_l9_digits[5:3]) | ({3{b2_l9_h2}} & b2_l9_digits[8:6]) | ({3{b2_l9_h3}} & b2_l9_digits[11:9]));
  assign b2_l9_e = {b2_l9_pos, b2_l9_dig[1]};
  assign b2_l9_t = {b2_l9_hit, b2_l9_dig[2], b2_l9_e};
  assign b2_l10_cnt = {3'd0, b2_l10_nzs[0]} + {3'd0, b2_l10_nzs[1]} + {3'd0, b2_l10_nzs[2]} + {3'd0, b2_l10_nzs[3]};
  assign b2_l10_h0 = b2_l10_nzs[0] & (4'd0 == cj10);
  assign b2_l10_n0 = 4'd0 + {3'd0, b2_l10_nzs[0]};
  assign b2_l10_h1 = b2_l10_nzs[1] & (b2_l10_n0 == cj10);
  assign b2_l10_n1 = b2_l10_n0 + {3'd0, b2_l10_nzs[1]};
  assign b2_l10_h2 = b2_l10_nzs[2] & (b2_l10_n1 == cj10);
  assign b2_l10_n2 = b2_l10_n1 + {3'd0, b2_l10_nzs[2]};
  assign b2_l10_h3 = b2_l10_nzs[3] & (b2_l10_n2 == cj10);
  assign b2_l10_hit = b2_l10_h0 | b2_l10_h1 | b2_l10_h2 | b2_l10_h3;
  assign b2_l10_pos = ((b2_l10_h0 ? 2'd0 : 2'd0) | (b2_l10_h1 ? 2'd1 : 2'd0) | (b2_l10_h2 ? 2'd2 : 2'd0) | (b2_l10_h3 ? 2'd3 : 2'd0));
  assign b2_l10_dig = (({3{b2_l10_h0}} & b2_l10_digits[2:0]) | ({3{b2_l10_h1}} & b2_l10_digits[5:3]) | ({3{b2_l10_h2}} & b2_l10_digits[8:6]) | ({3{b2_l10_h3}} & b2_l10_digits[11:9]));
  assign b2_l10_e = {b2_l10_pos, b2_l10_dig[1]};
  assign b2_l10_t = {b2_l10_hit, b2_l10_dig[2], b2_l10_e};
  assign b2_l11_cnt = {3'd0, b2_l11_nzs[0]} + {3'd0, b2_l11_nzs[1]} + {3'd0, b2_l11_nzs[2]} + {3'd0, b2_l11_nzs[3]};
  assign b2_l11_h0 = b2_l11_nzs[0] & (4'd0 == cj11);
  assign b2_l11_n0 = 4'd0 + {3'd0, b2_l11_nzs[0]};
  assign b2_l11_h1 = b2_l11_nzs[1] & (b2_l11_n0 == cj11);
  assign b2_l11_n1 = b2_l11_n0 + {3'd0, b2_l11_nzs[1]};
  assign b2_l11_h2 = b2_l11_nzs[2] & (b2_l11_n1 == cj11);
  assign b2_l11_n2 = b2_l11_n1 + {3'd0, b2_l11_nzs[2]};
  assign b2_l11_h3 = b2_l11_nzs[3] & (b2_l11_n2 == cj11);
  assign b2_l11_hit = b2_l11_h0 | b2_l11_h1 | b2_l11_h2 | b2_l11_h3;
  assign b2_l11_pos = ((b2_l11_h0 ? 2'd0 : 2'd0) | (b2_l11_h1 ? 2'd1 : 2'd0) | (b2_l11_h2 ? 2'd2 : 2'd0) | (b2_l11_h3 ? 2'd3 : 2'd0));
  assign b2_l11_dig = (({3{b2_l11_h0}} & b2_l11_digits[2:0]) | ({3{b2_l11_h1}} & b2_l11_digits[5:3]) | ({3{b2_l11_h2}} & b2_l11_digits[8:6]) | ({3{b2_l11_h3}} & b2_l11_digits[11:9]));
  assign b2_l11_e = {b2_l11_pos, b2_l11_dig[1]};
  assign b2_l11_t = {b2_l11_hit, b2_l11_dig[2], b2_l11_e};
  assign b2_l12_cnt = {3'd0, b2_l12_nzs[0]} + {3'd0, b2_l12_nzs[1]} + {3'd0, b2_l12_nzs[2]} + {3'd0, b2_l12_nzs[3]};
  assign b2_l12_h0 = b2_l12_nzs[0] & (4'd0 == cj12);
  assign b2_l12_n0 = 4'd0 + {3'd0, b2_l12_nzs[0]};
  assign b2_l12_h1 = b2_l12_nzs[1] & (b2_l12_n0 == cj12);
  assign b2_l12_n1 = b2_l12_n0 + {3'd0, b2_l12_nzs[1]};
  assign b2_l12_h2 = b2_l12_nzs[2] & (b2_l12_n1 == cj12);
  assign b2_l12_n2 = b2_l12_n1 + {3'd0, b2_l12_nzs[2]};
  assign b2_l12_h3 = b2_l12_nzs[3] & (b2_l12_n2 == cj12);
  assign b2_l12_hit = b2_l12_h0 | b2_l12_h1 | b2_l12_h2 | b2_l12_h3;
  assign b2_l12_pos = ((b2_l12_h0 ? 2'd0 : 2'd0) | (b2_l12_h1 ? 2'd1 : 2'd0) | (b2_l12_h2 ? 2'd2 : 2'd0) | (b2_l12_h3 ? 2'd3 : 2'd0));
  assign b2_l12_dig = (({3{b2_l12_h0}} & b2_l12_digits[2:0]) | ({3{b2_l12_h1}} & b2_l12_digits[5:3]) | ({3{b2_l12_h2}} & b2_l12_digits[8:6]) | ({3{b2_l12_h3}} & b2_l12_digits[11:9]));
  assign b2_l12_e = {b2_l12_pos, b2_l12_dig[1]};
  assign b2_l12_t = {b2_l12_hit, b2_l12_dig[2], b2_l12_e};
  assign b2_l13_cnt = {3'd0, b2_l13_nzs[0]} + {3'd0, b2_l13_nzs[1]} + {3'd0, b2_l13_nzs[2]} + {3'd0, b2_l13_nzs[3]};
  assign b2_l13_h0 = b2_l13_nzs[0] & (4'd0 == cj13);
  assign b2_l13_n0 = 4'd0 + {3'd0, b2_l13_nzs[0]};
  assign b2_l13_h1 = b2_l13_nzs[1] & (b2_l13_n0 == cj13);
  assign b2_l13_n1 = b2_l13_n0 + {3'd0, b2_l13_nzs[1]};
  assign b2_l13_h2 = b2_l13_nzs[2] & (b2_l13_n1 == cj13);
  assign b2_l13_n2 = b2_l13_n1 + {3'd0, b2_l13_nzs[2]};
  assign b2_l13_h3 = b2_l13_nzs[3] & (b2_l13_n2 == cj13);
  assign b2_l13_hit = b2_l13_h0 | b2_l13_h1 | b2_l13_h2 | b2_l13_h3;
  assign b2_l13_pos = ((b2_l13_h0 ? 2'd0 : 2'd0) | (b2_l13_h1 ? 2'd1 : 2'd0) | (b2_l13_h2 ? 2'd2 : 2'd0) | (b2_l13_h3 ? 2'd3 : 2'd0));
  assign b2_l13_dig = (({3{b2_l13_h0}} & b2_l13_digits[2:0]) | ({3{b2_l13_h1}} & b2_l13_digits[5:3]) | ({3{b2_l13_h2}} & b2_l13_digits[8:6]) | ({3{b2_l13_h3}} & b2_l13_digits[11:9]));
  assign b2_l13_e = {b2_l13_pos, b2_l13_dig[1]};
  assign b2_l13_t = {b2_l13_hit, b2_l13_dig[2], b2_l13_e};
  assign b2_l14_cnt = {3'd0, b2_l14_nzs[0]} + {3'd0, b2_l14_nzs[1]} + {3'd0, b2_l14_nzs[2]} + {3'd0, b2_l14_nzs[3]};
  assign b2_l14_h0 = b2_l14_nzs[0] & (4'd0 == cj14);
  assign b2_l14_n0 = 4'd0 + {3'd0, b2_l14_nzs[0]};
  assign b2_l14_h1 = b2_l14_nzs[1] & (b2_l14_n0 == cj14);
  assign b2_l14_n1 = b2_l14_n0 + {3'd0, b2_l14_nzs[1]};
  assign b2_l14_h2 = b2_l14_nzs[2] & (b2_l14_n1 == cj14);
  assign b2_l14_n2 = b2_l14_n1 + {3'd0, b2_l14_nzs[2]};
  assign b2_l14_h3 = b2_l14_nzs[3] & (b2_l14_n2 == cj14);
  assign b2_l14_hit = b2_l14_h0 | b2_l14_h1 | b2_l14_h2 | b2_l14_h3;
  assign b2_l14_pos = ((b2_l14_h0 ? 2'd0 : 2'd0) | (b2_l14_h1 ? 2'd1 : 2'd0) | (b2_l14_h2 ? 2'd2 : 2'd0) | (b2_l14_h3 ? 2'd3 : 2'd0));
  assign b2_l14_dig = (({3{b2_l14_h0}} & b2_l14_digits[2:0]) | ({3{b2_l14_h1}} & b2_l14_digits[5:3]) | ({3{b2_l14_h2}} & b2_l14_digits[8:6]) | ({3{b2_l14_h3}} & b2_l14_digits[11:9]));
  assign b2_l14_e = {b2_l14_pos, b2_l14_dig[1]};
  assign b2_l14_t = {b2_l14_hit, b2_l14_dig[2], b2_l14_e};
  assign b2_l15_cnt = {3'd0, b2_l15_nzs[0]} + {3'd0, b2_l15_nzs[1]} + {3'd0, b2_l15_nzs[2]} + {3'd0, b2_l15_nzs[3]};
  assign b2_l15_h0 = b2_l15_nzs[0] & (4'd0 == cj15);
  assign b2_l15_n0 = 4'd0 + {3'd0, b2_l15_nzs[0]};
  assign b2_l15_h1 = b2_l15_nzs[1] & (b2_l15_n0 == cj15);
  assign b2_l15_n1 = b2_l15_n0 + {3'd0, b2_l15_nzs[1]};
  assign b2_l15_h2 = b2_l15_nzs[2] & (b2_l15_n1 == cj15);
  assign b2_l15_n2 = b2_l15_n1 + {3'd0, b2_l15_nzs[2]};
  assign b2_l15_h3 = b2_l15_nzs[3] & (b2_l15_n2 == cj15);
  assign b2_l15_hit = b2_l15_h0 | b2_l15_h1 | b2_l15_h2 | b2_l15_h3;
  assign b2_l15_pos = ((b2_l15_h0 ? 2'd0 : 2'd0) | (b2_l15_h1 ? 2'd1 : 2'd0) | (b2_l15_h2 ? 2'd2 : 2'd0) | (b2_l15_h3 ? 2'd3 : 2'd0));
  assign b2_l15_dig = (({3{b2_l15_h0}} & b2_l15_digits[2:0]) | ({3{b2_l15_h1}} & b2_l15_digits[5:3]) | ({3{b2_l15_h2}} & b2_l15_digits[8:6]) | ({3{b2_l15_h3}} & b2_l15_digits[11:9]));
  assign b2_l15_e = {b2_l15_pos, b2_l15_dig[1]};
  assign b2_l15_t = {b2_l15_hit, b2_l15_dig[2], b2_l15_e};
  assign b3_l0_cnt = {3'd0, b3_l0_nzs[0]} + {3'd0, b3_l0_nzs[1]} + {3'd0, b3_l0_nzs[2]} + {3'd0, b3_l0_nzs[3]};
  assign b3_l0_h0 = b3_l0_nzs[0] & (4'd0 == cj0);
  assign b3_l0_n0 = 4'd0 + {3'd0, b3_l0_nzs[0]};
  assign b3_l0_h1 = b3_l0_nzs[1] & (b3_l0_n0 == cj0);
  assign b3_l0_n1 = b3_l0_n0 + {3'd0, b3_l0_nzs[1]};
  assign b3_l0_h2 = b3_l0_nzs[2] & (b3_l0_n1 == cj0);
  assign b3_l0_n2 = b3_l0_n1 + {3'd0, b3_l0_nzs[2]};
  assign b3_l0_h3 = b3_l0_nzs[3] & (b3_l0_n2 == cj0);
  assign b3_l0_hit = b3_l0_h0 | b3_l0_h1 | b3_l0_h2 | b3_l0_h3;
  assign b3_l0_pos = ((b3_l0_h0 ? 2'd0 : 2'd0) | (b3_l0_h1 ? 2'd1 : 2'd0) | (b3_l0_h2 ? 2'd2 : 2'd0) | (b3_l0_h3 ? 2'd3 : 2'd0));
  assign b3_l0_dig = (({3{b3_l0_h0}} & b3_l0_digits[2:0]) | ({3{b3_l0_h1}} & b3_l0_digits[5:3]) | ({3{b3_l0_h2}} & b3_l0_digits[8:6]) | ({3{b3_l0_h3}} & b3_l0_digits[11:9]));
  assign b3_l0_e = {b3_l0_pos, b3_l0_dig[1]};
  assign b3_l0_t = {b3_l0_hit, b3_l0_dig[2], b3_l0_e};
  assign b3_l1_cnt = {3'd0, b3_l1_nzs[0]} + {3'd0, b3_l1_nzs[1]} + {3'd0, b3_l1_nzs[2]} + {3'd0, b3_l1_nzs[3]};
  assign b3_l1_h0 = b3_l1_nzs[0] & (4'd0 == cj1);
  assign b3_l1_n0 = 4'd0 + {3'd0, b3_l1_nzs[0]};
  assign b3_l1_h1 = b3_l1_nzs[1] & (b3_l1_n0 == cj1);
  assign b3_l1_n1 = b3_l1_n0 + {3'd0, b3_l1_nzs[1]};
  assign b3_l1_h2 = b3_l1_nzs[2] & (b3_l1_n1 == cj1);
  assign b3_l1_n2 = b3_l1_n1 + {3'd0, b3_l1_nzs[2]};
  assign b3_l1_h3 = b3_l1_nzs[3] & (b3_l1_n2 == cj1);
  assign b3_l1_hit = b3_l1_h0 | b3_l1_h1 | b3_l1_h2 | b3_l1_h3;
  assign b3_l1_pos = ((b3_l1_h0 ? 2'd0 : 2'd0) | (b3_l1_h1 ? 2'd1 : 2'd0) | (b3_l1_h2 ? 2'd2 : 2'd0) | (b3_l1_h3 ? 2'd3 : 2'd0));
  assign b3_l1_dig = (({3{b3_l1_h0}} & b3_l1_digits[2:0]) | ({3{b3_l1_h1}} & b3_l1_digits[5:3]) | ({3{b3_l1_h2}} & b3_l1_digits[8:6]) | ({3{b3_l1_h3}} & b3_l1_digits[11:9]));
  assign b3_l1_e = {b3_l1_pos, b3_l1_dig[1]};
  assign b3_l1_t = {b3_l1_hit, b3_l1_dig[2], b3_l1_e};
  assign b3_l2_cnt = {3'd0, b3_l2_nzs[0]} + {3'd0, b3_l2_nzs[1]} + {3'd0, b3_l2_nzs[2]} + {3'd0, b3_l2_nzs[3]};
  assign b3_l2_h0 = b3_l2_nzs[0] & (4'd0 == cj2);
  assign b3_l2_n0 = 4'd0 + {3'd0, b3_l2_nzs[0]};
  assign b3_l2_h1 = b3_l2_nzs[1] & (b3_l2_n0 == cj2);
  assign b3_l2_n1 = b3_l2_n0 + {3'd0, b3_l2_nzs[1]};
  assign b3_l2_h2 = b3_l2_nzs[2] & (b3_l2_n1 == cj2);
  assign b3_l2_n2 = b3_l2_n1 + {3'd0, b3_l2_nzs[2]};
  assign b3_l2_h3 = b3_l2_nzs[3] & (b3_l2_n2 == cj2);
  assign b3_l2_hit = b3_l2_h0 | b3_l2_h1 | b3_l2_h2 | b3_l2_h3;
  assign b3_l2_pos = ((b3_l2_h0 ? 2'd0 : 2'd0) | (b3_l2_h1 ? 2'd1 : 2'd0) | (b3_l2_h2 ? 2'd2 : 2'd0) | (b3_l2_h3 ? 2'd3 : 2'd0));
  assign b3_l2_dig = (({3{b3_l2_h0}} & b3_l2_digits[2:0]) | ({3{b3_l2_h1}} & b3_l2_digits[5:3]) | ({3{b3_l2_h2}} & b3_l2_digits[8:6]) | ({3{b3_l2_h3}} & b3_l2_digits[11:9]));
  assign b3_l2_e = {b3_l2_pos, b3_l2_dig[1]};
  assign b3_l2_t = {b3_l2_hit, b3_l2_dig[2], b3_l2_e};
  assign b3_l3_cnt = {3'd0, b3_l3_nzs[0]} + {3'd0, b3_l3_nzs[1]} + {3'd0, b3_l3_nzs[2]} + {3'd0, b3_l3_nzs[3]};
  assign b3_l3_h0 = b3_l3_nzs[0] & (4'd0 == cj3);
  assign b3_l3_n0 = 4'd0 + {3'd0, b3_l3_nzs[0]};
  assign b3_l3_h1 = b3_l3_nzs[1] & (b3_l3_n0 == cj3);
  assign b3_l3_n1 = b3_l3_n0 + {3'd0, b3_l3_nzs[1]};
  assign b3_l3_h2 = b3_l3_nzs[2] & (b3_l3_n1 == cj3);
  assign b3_l3_n2 = b3_l3_n1 + {3'd0, b3_l3_nzs[2]};
  assign b3_l3_h3 = b3_l3_nzs[3] & (b3_l3_n2 == cj3);
  assign b3_l3_hit = b3_l3_h0 | b3_l3_h1 | b3_l3_h2 | b3_l3_h3;
  assign b3_l3_pos = ((b3_l3_h0 ? 2'd0 : 2'd0) | (b3_l3_h1 ? 2'd1 : 2'd0) | (b3_l3_h2 ? 2'd2 : 2'd0) | (b3_l3_h3 ? 2'd3 : 2'd0));
  assign b3_l3_dig = (({3{b3_l3_h0}} & b3_l3_digits[2:0]) | ({3{b3_l3_h1}} & b3_l3_digits[5:3]) | ({3{b3_l3_h2}} & b3_l3_digits[8:6]) | ({3{b3_l3_h3}} & b3_l3_digits[11:9]));
  assign b3_l3_e = {b3_l3_pos, b3_l3_dig[1]};
  assign b3_l3_t = {b3_l3_hit, b3_l3_dig[2], b3_l3_e};
  assign b3_l4_cnt = {3'd0, b3_l4_nzs[0]} + {3'd0, b3_l4_nzs[1]} + {3'd0, b3_l4_nzs[2]} + {3'd0, b3_l4_nzs[3]};
  assign b3_l4_h0 = b3_l4_nzs[0] & (4'd0 == cj4);
  assign b3_l4_n0 = 4'd0 + {3'd0, b3_l4_nzs[0]};
  assign b3_l4_h1 = b3_l4_nzs[1] & (b3_l4_n0 == cj4);
  assign b3_l4_n1 = b3_l4_n0 + {3'd0, b3_l4_nzs[1]};
  assign b3_l4_h2 = b3_l4_nzs[2] & (b3_l4_n1 == cj4);
  assign b3_l4_n2 = b3_l4_n1 + {3'd0, b3_l4_nzs[2]};
  assign b3_l4_h3 = b3_l4_nzs[3] & (b3_l4_n2 == cj4);
  assign b3_l4_hit = b3_l4_h0 | b3_l4_h1 | b3_l4_h2 | b3_l4_h3;
  assign b3_l4_pos = ((b3_l4_h0 ? 2'd0 : 2'd0) | (b3_l4_h1 ? 2'd1 : 2'd0) | (b3_l4_h2 ? 2'd2 : 2'd0) | (b3_l4_h3 ? 2'd3 : 2'd0));
  assign b3_l4_dig = (({3{b3_l4_h0}} & b3_l4_digits[2:0]) | ({3{b3_l4_h1}} & b3_l4_digits[5:3]) | ({3{b3_l4_h2}} & b3_l4_digits[8:6]) | ({3{b3_l4_h3}} & b3_l4_digits[11:9]));
  assign b3_l4_e = {b3_l4_pos, b3_l4_dig[1]};
  assign b3_l4_t = {b3_l4_hit, b3_l4_dig[2], b3_l4_e};
  assign b3_l5_cnt = {3'd0, b3_l5_nzs[0]} + {3'd0, b3_l5_nzs[1]} + {3'd0, b3_l5_nzs[2]} + {3'd0, b3_l5_nzs[3]};
  assign b3_l5_h0 = b3_l5_nzs[0] & (4'd0 == cj5);
  assign b3_l5_n0 = 4'd0 + {3'd0, b3_l5_nzs[0]};
  assign b3_l5_h1 = b3_l5_nzs[1] & (b3_l5_n0 == cj5);
  assign b3_l5_n1 = b3_l5_n0 + {3'd0, b3_l5_nzs[1]};
  assign b3_l5_h2 = b3_l5_nzs[2] & (b3_l5_n1 == cj5);
  assign b3_l5_n2 = b3_l5_n1 + {3'd0, b3_l5_nzs[2]};
  assign b3_l5_h3 = b3_l5_nzs[3] & (b3_l5_n2 == cj5);
  assign b3_l5_hit = b3_l5_h0 | b3_l5_h1 | b3_l5_h2 | b3_l5_h3;
  assign b3_l5_pos = ((b3_l5_h0 ? 2'd0 : 2'd0) | (b3_l5_h1 ? 2'd1 : 2'd0) | (b3_l5_h2 ? 2'd2 : 2'd0) | (b3_l5_h3 ? 2'd3 : 2'd0));
  assign b3_l5_dig = (({3{b3_l5_h0}} & b3_l5_digits[2:0]) | ({3{b3_l5_h1}} & b3_l5_digits[5:3]) | ({3{b3_l5_h2}} & b3_l5_digits[8:6]) | ({3{b3_l5_h3}} & b3_l5_digits[11:9]));
  assign b3_l5_e = {b3_l5_pos, b3_l5_dig[1]};
  assign b3_l5_t = {b3_l5_hit, b3_l5_dig[2], b3_l5_e};
  assign b3_l6_cnt = {3'd0, b3_l6_nzs[0]} + {3'd0, b3_l6_nzs[1]} + {3'd0, b3_l6_nzs[2]} + {3'd0, b3_l6_nzs[3]};
  assign b3_l6_h0 = b3_l6_nzs[0] & (4'd0 == cj6);
  assign b3_l6_n0 = 4'd0 + {3'd0, b3_l6_nzs[0]};
  assign b3_l6_h1 = b3_l6_nzs[1] & (b3_l6_n0 == cj6);
  assign b3_l6_n1 = b3_l6_n0 + {3'd0, b3_l6_nzs[1]};
  assign b3_l6_h2 = b3_l6_nzs[2] & (b3_l6_n1 == cj6);
  assign b3_l6_n2 = b3_l6_n1 + {3'd0, b3_l6_nzs[2]};
  assign b3_l6_h3 = b3_l6_nzs[3] & (b3_l6_n2 == cj6);
  assign b3_l6_hit = b3_l6_h0 | b3_l6_h1 | b3_l6_h2 | b3_l6_h3;
  assign b3_l6_pos = ((b3_l6_h0 ? 2'd0 : 2'd0) | (b3_l6_h1 ? 2'd1 : 2'd0) | (b3_l6_h2 ? 2'd2 : 2'd0) | (b3_l6_h3 ? 2'd3 : 2'd0));
  assign b3_l6_dig = (({3{b3_l6_h0}} & b3_l6_digits[2:0]) | ({3{b3_l6_h1}} & b3_l6_digits[5:3]) | ({3{b3_l6_h2}} & b3_l6_digits[8:6]) | ({3{b3_l6_h3}} & b3_l6_digits[11:9]));
  assign b3_l6_e = {b3_l6_pos, b3_l6_dig[1]};
  assign b3_l6_t = {b3_l6_hit, b3_l6_dig[2], b3_l6_e};
  assign b3_l7_cnt = {3'd0, b3_l7_nzs[0]} + {3'd0, b3_l7_nzs[1]} + {3'd0, b3_l7_nzs[2]} + {3'd0, b3_l7_nzs[3]};
  assign b3_l7_h0 = b3_l7_nzs[0] & (4'd0 == cj7);
  assign b3_l7_n0 = 4'd0 + {3'd0, b3_l7_nzs[0]};
  assign b3_l7_h1 = b3_l7_nzs[1] & (b3_l7_n0 == cj7);
  assign b3_l7_n1 = b3_l7_n0 + {3'd0, b3_l7_nzs[1]};
  assign b3_l7_h2 = b3_l7_nzs[2] & (b3_l7_n1 == cj7);
  assign b3_l7_n2 = b3_l7_n1 + {3'd0, b3_l7_nzs[2]};
  assign b3_l7_h3 = b3_l7_nzs[3] & (b3_l7_n2 == cj7);
  assign b3_l7_hit = b3_l7_h0 | b3_l7_h1 | b3_l7_h2 | b3_l7_h3;
  assign b3_l7_pos = ((b3_l7_h0 ? 2'd0 : 2'd0) | (b3_l7_h1 ? 2'd1 : 2'd0) | (b3_l7_h2 ? 2'd2 : 2'd0) | (b3_l7_h3 ? 2'd3 : 2'd0));
  assign b3_l7_dig = (({3{b3_l7_h0}} & b3_l7_digits[2:0]) | ({3{b3_l7_h1}} & b3_l7_digits[5:3]) | ({3{b3_l7_h2}} & b3_l7_digits[8:6]) | ({3{b3_l7_h3}} & b3_l7_digits[11:9]));
  assign b3_l7_e = {b3_l7_pos, b3_l7_dig[1]};
  assign b3_l7_t = {b3_l7_hit, b3_l7_dig[2], b3_l7_e};
  assign b3_l8_cnt = {3'd0, b3_l8_nzs[0]} + {3'd0, b3_l8_nzs[1]} + {3'd0, b3_l8_nzs[2]} + {3'd0, b3_l8_nzs[3]};
  assign b3_l8_h0 = b3_l8_nzs[0] & (4'd0 == cj8);
  assign b3_l8_n0 = 4'd0 + {3'd0, b3_l8_nzs[0]};
  assign b3_l8_h1 = b3_l8_nzs[1] & (b3_l8_n0 == cj8);
  assign b3_l8_n1 = b3_l8_n0 + {3'd0, b3_l8_nzs[1]};
  assign b3_l8_h2 = b3_l8_nzs[2] & (b3_l8_n1 == cj8);
  assign b3_l8_n2 = b3_l8_n1 + {3'd0, b3_l8_nzs[2]};
  assign b3_l8_h3 = b3_l8_nzs[3] & (b3_l8_n2 == cj8);
  assign b3_l8_hit = b3_l8_h0 | b3_l8_h1 | b3_l8_h2 | b3_l8_h3;
  assign b3_l8_pos = ((b3_l8_h0 ? 2'd0 : 2'd0) | (b3_l8_h1 ? 2'd1 : 2'd0) | (b3_l8_h2 ? 2'd2 : 2'd0) | (b3_l8_h3 ? 2'd3 : 2'd0));
  assign b3_l8_dig = (({3{b3_l8_h0}} & b3_l8_digits[2:0]) | ({3{b3_l8_h1}} & b3_l8_digits[5:3]) | ({3{b3_l8_h2}} & b3_l8_digits[8:6]) | ({3{b3_l8_h3}} & b3_l8_digits[11:9]));
  assign b3_l8_e = {b3_l8_pos, b3_l8_dig[1]};
  assign b3_l8_t = {b3_l8_hit, b3_l8_dig[2], b3_l8_e};
  assign b3_l9_cnt = {3'd0, b3_l9_nzs[0]} + {3'd0, b3_l9_nzs[1]} + {3'd0, b3_l9_nzs[2]} + {3'd0, b3_l9_nzs[3]};
  assign b3_l9_h0 = b3_l9_nzs[0] & (4'd0 == cj9);
  assign b3_l9_n0 = 4'd0 + {3'd0, b3_l9_nzs[0]};
  assign b3_l9_h1 = b3_l9_nzs[1] & (b3_l9_n0 == cj9);
  assign b3_l9_n1 = b3_l9_n0 + {3'd0, b3_l9_nzs[1]};
  assign b3_l9_h2 = b3_l9_nzs[2] & (b3_l9_n1 == cj9);
  assign b3_l9_n2 = b3_l9_n1 + {3'd0, b3_l9_nzs[2]};
  assign b3_l9_h3 = b3_l9_nzs[3] & (b3_l9_n2 == cj9);
  assign b3_l9_hit = b3_l9_h0 | b3_l9_h1 | b3_l9_h2 | b3_l9_h3;
  assign b3_l9_pos = ((b3_l9_h0 ? 2'd0 : 2'd0) | (b3_l9_h1 ? 2'd1 : 2'd0) | (b3_l9_h2 ? 2'd2 : 2'd0) | (b3_l9_h3 ? 2'd3 : 2'd0));
  assign b3_l9_dig = (({3{b3_l9_h0}} & b3_l9_digits[2:0]) | ({3{b3_l9_h1}} & b3_l9_digits[5:3]) | ({3{b3_l9_h2}} & b3_l9_digits[8:6]) | ({3{b3_l9_h3}} & b3_l9_digits[11:9]));
  assign b3_l9_e = {b3_l9_pos, b3_l9_dig[1]};
  assign b3_l9_t = {b3_l9_hit, b3_l9_dig[2], b3_l9_e};
  assign b3_l10_cnt = {3'd0, b3_l10_nzs[0]} + {3'd0, b3_l10_nzs[1]} + {3'd0, b3_l10_nzs[2]} + {3'd0, b3_l10_nzs[3]};
  assign b3_l10_h0 = b3_l10_nzs[0] & (4'd0 == cj10);
  assign b3_l10_n0 = 4'd0 + {3'd0, b3_l10_nzs[0]};
  assign b3_l10_h1 = b3_l10_nzs[1] & (b3_l10_n0 == cj10);
  assign b3_l10_n1 = b3_l10_n0 + {3'd0, b3_l10_nzs[1]};
  assign b3_l10_h2 = b3_l10_nzs[2] & (b3_l10_n1 == cj10);
  assign b3_l10_n2 = b3_l10_n1 + {3'd0, b3_l10_nzs[2]};
  assign b3_l10_h3 = b3_l10_nzs[3] & (b3_l10_n2 == cj10);
  assign b3_l10_hit = b3_l10_h0 | b3_l10_h1 | b3_l10_h2 | b3_l10_h3;
  assign b3_l10_pos = ((b3_l10_h0 ? 2'd0 : 2'd0) | (b3_l10_h1 ? 2'd1 : 2'd0) | (b3_l10_h2 ? 2'd2 : 2'd0) | (b3_l10_h3 ? 2'd3 : 2'd0));
  assign b3_l10_dig = (({3{b3_l10_h0}} & b3_l10_digits[2:0]) | ({3{b3_l10_h1}} & b3_l10_digits[5:3]) | ({3{b3_l10_h2}} & b3_l10_digits[8:6]) | ({3{b3_l10_h3}} & b3_l10_digits[11:9]));
  assign b3_l10_e = {b3_l10_pos, b3_l10_dig[1]};
  assign b3_l10_t = {b3_l10_hit, b3_l10_dig[2], b3_l10_e};
  assign b3_l11_cnt = {3'd0, b3_l11_nzs[0]} + {3'd0, b3_l11_nzs[1]} + {3'd0, b3_l11_nzs[2]} + {3'd0, b3_l11_nzs[3]};
  assign b3_l11_h0 = b3_l11_nzs[0] & (4'd0 == cj11);
  assign b3_l11_n0 = 4'd0 + {3'd0, b3_l11_nzs[0]};
  assign b3_l11_h1 = b3_l11_nzs[1] & (b3_l11_n0 == cj11);
  assign b3_l11_n1 = b3_l11_n0 + {3'd0, b3_l11_nzs[1]};
  assign b3_l11_h2 = b3_l11_nzs[2] & (b3_l11_n1 == cj11);
  assign b3_l11_n2 = b3_l11_n1 + {3'd0, b3_l11_nzs[2]};
  assign b3_l11_h3 = b3_l11_nzs[3] & (b3_l11_n2 == cj11);
  assign b3_l11_hit = b3_l11_h0 | b3_l11_h1 | b3_l11_h2 | b3_l11_h3;
  assign b3_l11_pos = ((b3_l11_h0 ? 2'd0 : 2'd0) | (b3_l11_h1 ? 2'd1 : 2'd0) | (b3_l11_h2 ? 2'd2 : 2'd0) | (b3_l11_h3 ? 2'd3 : 2'd0));
  assign b3_l11_dig = (({3{b3_l11_h0}} & b3_l11_digits[2:0]) | ({3{b3_l11_h1}} & b3_l11_digits[5:3]) | ({3{b3_l11_h2}} & b3_l11_digits[8:6]) | ({3{b3_l11_h3}} & b3_l11_digits[11:9]));
  assign b3_l11_e = {b3_l11_pos, b3_l11_dig[1]};
  assign b3_l11_t = {b3_l11_hit, b3_l11_dig[2], b3_l11_e};
  assign b3_l12_cnt = {3'd0, b3_l12_nzs[0]} + {3'd0, b3_l12_nzs[1]} + {3'd0, b3_l12_nzs[2]} + {3'd0, b3_l12_nzs[3]};
  assign b3_l12_h0 = b3_l12_nzs[0] & (4'd0 == cj12);
  assign b3_l12_n0 = 4'd0 + {3'd0, b3_l12_nzs[0]};
  assign b3_l12_h1 = b3_l12_nzs[1] & (b3_l12_n0 == cj12);
  assign b3_l12_n1 = b3_l12_n0 + {3'd0, b3_l12_nzs[1]};
  assign b3_l12_h2 = b3_l12_nzs[2] & (b3_l12_n1 == cj12);
  assign b3_l12_n2 = b3_l12_n1 + {3'd0, b3_l12_nzs[2]};
  assign b3_l12_h3 = b3_l12_nzs[3] & (b3_l12_n2 == cj12);
  assign b3_l12_hit = b3_l12_h0 | b3_l12_h1 | b3_l12_h2 | b3_l12_h3;
  assign b3_l12_pos = ((b3_l12_h0 ? 2'd0 : 2'd0) | (b3_l12_h1 ? 2'd1 : 2'd0) | (b3_l12_h2 ? 2'd2 : 2'd0) | (b3_l12_h3 ? 2'd3 : 2'd0));
  assign b3_l12_dig = (({3{b3_l12_h0}} & b3_l12_digits[2:0]) | ({3{b3_l12_h1}} & b3_l12_digits[5:3]) | ({3{b3_l12_h2}} & b3_l12_digits[8:6]) | ({3{b3_l12_h3}} & b3_l12_digits[11:9]));
  assign b3_l12_e = {b3_l12_pos, b3_l12_dig[1]};
  assign b3_l12_t = {b3_l12_hit, b3_l12_dig[2], b3_l12_e};
  assign b3_l13_cnt = {3'd0, b3_l13_nzs[0]} + {3'd0, b3_l13_nzs[1]} + {3'd0, b3_l13_nzs[2]} + {3'd0, b3_l13_nzs[3]};
  assign b3_l13_h0 = b3_l13_nzs[0] & (4'd0 == cj13);
  assign b3_l13_n0 = 4'd0 + {3'd0, b3_l13_nzs[0]};
  assign b3_l13_h1 = b3_l13_nzs[1] & (b3_l13_n0 == cj13);
  assign b3_l13_n1 = b3_l13_n0 + {3'd0, b3_l13_nzs[1]};
  assign b3_l13_h2 = b3_l13_nzs[2] & (b3_l13_n1 == cj13);
  assign b3_l13_n2 = b3_l13_n1 + {3'd0, b3_l13_nzs[2]};
  assign b3_l13_h3 = b3_l13_nzs[3] & (b3_l13_n2 == cj13);
  assign b3_l13_hit = b3_l13_h0 | b3_l13_h1 | b3_l13_h2 | b3_l13_h3;
  assign b3_l13_pos = ((b3_l13_h0 ? 2'd0 : 2'd0) | (b3_l13_h1 ? 2'd1 : 2'd0) | (b3_l13_h2 ? 2'd2 : 2'd0) | (b3_l13_h3 ? 2'd3 : 2'd0));
  assign b3_l13_dig = (({3{b3_l13_h0}} & b3_l13_digits[2:0]) | ({3{b3_l13_h1}} & b3_l13_digits[5:3]) | ({3{b3_l13_h2}} & b3_l13_digits[8:6]) | ({3{b3_l13_h3}} & b3_l13_digits[11:9]));
  assign b3_l13_e = {b3_l13_pos, b3_l13_dig[1]};
  assign b3_l13_t = {b3_l13_hit, b3_l13_dig[2], b3_l13_e};
  assign b3_l14_cnt = {3'd0, b3_l14_nzs[0]} + {3'd0, b3_l14_nzs[1]} + {3'd0, b3_l14_nzs[2]} + {3'd0, b3_l14_nzs[3]};
  assign b3_l14_h0 = b3_l14_nzs[0] & (4'd0 == cj14);
  assign b3_l14_n0 = 4'd0 + {3'd0, b3_l14_nzs[0]};
  assign b3_l14_h1 = b3_l14_nzs[1] & (b3_l14_n0 == cj14);
  assign b3_l14_n1 = b3_l14_n0 + {3'd0, b3_l14_nzs[1]};
  assign b3_l14_h2 = b3_l14_nzs[2] & (b3_l14_n1 == cj14);
  assign b3_l14_n2 = b3_l14_n1 + {3'd0, b3_l14_nzs[2]};
  assign b3_l14_h3 = b3_l14_nzs[3] & (b3_l14_n2 == cj14);
  assign b3_l14_hit = b3_l14_h0 | b3_l14_h1 | b3_l14_h2 | b3_l14_h3;
  assign b3_l14_pos = ((b3_l14_h0 ? 2'd0 : 2'd0) | (b3_l14_h1 ? 2'd1 : 2'd0) | (b3_l14_h2 ? 2'd2 : 2'd0) | (b3_l14_h3 ? 2'd3 : 2'd0));
  assign b3_l14_dig = (({3{b3_l14_h0}} & b3_l14_digits[2:0]) | ({3{b3_l14_h1}} & b3_l14_digits[5:3]) | ({3{b3_l14_h2}} & b3_l14_digits[8:6]) | ({3{b3_l14_h3}} & b3_l14_digits[11:9]));
  assign b3_l14_e = {b3_l14_pos, b3_l14_dig[1]};
  assign b3_l14_t = {b3_l14_hit, b3_l14_dig[2], b3_l14_e};
  assign b3_l15_cnt = {3'd0, b3_l15_nzs[0]} + {3'd0, b3_l15_nzs[1]} + {3'd0, b3_l15_nzs[2]} + {3'd0, b3_l15_nzs[3]};
  assign b3_l15_h0 = b3_l15_nzs[0] & (4'd0 == cj15);
  assign b3_l15_n0 = 4'd0 + {3'd0, b3_l15_nzs[0]};
  assign b3_l15_h1 = b3_l15_nzs[1] & (b3_l15_n0 == cj15);
  assign b3_l15_n1 = b3_l15_n0 + {3'd0, b3_l15_nzs[1]};
  assign b3_l15_h2 = b3_l15_nzs[2] & (b3_l15_n1 == cj15);
  assign b3_l15_n2 = b3_l15_n1 + {3'd0, b3_l15_nzs[2]};
  assign b3_l15_h3 = b3_l15_nzs[3] & (b3_l15_n2 == cj15);
  assign b3_l15_hit = b3_l15_h0 | b3_l15_h1 | b3_l15_h2 | b3_l15_h3;
  assign b3_l15_pos = ((b3_l15_h0 ? 2'd0 : 2'd0) | (b3_l15_h1 ? 2'd1 : 2'd0) | (b3_l15_h2 ? 2'd2 : 2'd0) | (b3_l15_h3 ? 2'd3 : 2'd0));
  assign b3_l15_dig = (({3{b3_l15_h0}} & b3_l15_digits[2:0]) | ({3{b3_l15_h1}} & b3_l15_digits[5:3]) | ({3{b3_l15_h2}} & b3_l15_digits[8:6]) | ({3{b3_l15_h3}} & b3_l15_digits[11:9]));
  assign b3_l15_e = {b3_l15_pos, b3_l15_dig[1]};
  assign b3_l15_t = {b3_l15_hit, b3_l15_dig[2], b3_l15_e};
  assign b4_l0_cnt = {3'd0, b4_l0_nzs[0]} + {3'd0, b4_l0_nzs[1]} + {3'd0, b4_l0_nzs[2]} + {3'd0, b4_l0_nzs[3]};
  assign b4_l0_h0 = b4_l0_nzs[0] & (4'd0 == cj0);
  assign b4_l0_n0 = 4'd0 + {3'd0, b4_l0_nzs[0]};
  assign b4_l0_h1 = b4_l0_nzs[1] & (b4_l0_n0 == cj0);
  assign b4_l0_n1 = b4_l0_n0 + {3'd0, b4_l0_nzs[1]};
  assign b4_l0_h2 = b4_l0_nzs[2] & (b4_l0_n1 == cj0);
  assign b4_l0_n2 = b4_l0_n1 + {3'd0, b4_l0_nzs[2]};
  assign b4_l0_h3 = b4_l0_nzs[3] & (b4_l0_n2 == cj0);
  assign b4_l0_hit = b4_l0_h0 | b4_l0_h1 | b4_l0_h2 | b4_l0_h3;
  assign b4_l0_pos = ((b4_l0_h0 ? 2'd0 : 2'd0) | (b4_l0_h1 ? 2'd1 : 2'd0) | (b4_l0_h2 ? 2'd2 : 2'd0) | (b4_l0_h3 ? 2'd3 : 2'd0));
  assign b4_l0_dig = (({3{b4_l0_h0}} & b4_l0_digits[2:0]) | ({3{b4_l0_h1}} & b4_l0_digits[5:3]) | ({3{b4_l0_h2}} & b4_l0_digits[8:6]) | ({3{b4_l0_h3}} & b4_l0_digits[11:9]));
  assign b4_l0_e = {b4_l0_pos, b4_l0_dig[1]};
  assign b4_l0_t = {b4_l0_hit, b4_l0_dig[2], b4_l0_e};
  assign b4_l1_cnt = {3'd0, b4_l1_nzs[0]} + {3'd0, b4_l1_nzs[1]} + {3'd0, b4_l1_nzs[2]} + {3'd0, b4_l1_nzs[3]};
  assign b4_l1_h0 = b4_l1_nzs[0] & (4'd0 == cj1);
  assign b4_l1_n0 = 4'd0 + {3'd0, b4_l1_nzs[0]};
  assign b4_l1_h1 = b4_l1_nzs[1] & (b4_l1_n0 == cj1);
  assign b4_l1_n1 = b4_l1_n0 + {3'd0, b4_l1_nzs[1]};
  assign b4_l1_h2 = b4_l1_nzs[2] & (b4_l1_n1 == cj1);
  assign b4_l1_n2 = b4_l1_n1 + {3'd0, b4_l1_nzs[2]};
  assign b4_l1_h3 = b4_l1_nzs[3] & (b4_l1_n2 == cj1);
  assign b4_l1_hit = b4_l1_h0 | b4_l1_h1 | b4_l1_h2 | b4_l1_h3;
  assign b4_l1_pos = ((b4_l1_h0 ? 2'd0 : 2'd0) | (b4_l1_h1 ? 2'd1 : 2'd0) | (b4_l1_h2 ? 2'd2 : 2'd0) | (b4_l1_h3 ? 2'd3 : 2'd0));
  assign b4_l1_dig = (({3{b4_l1_h0}} & b4_l1_digits[2:0]) | ({3{b4_l1_h1}} & b4_l1_digits[5:3]) | ({3{b4_l1_h2}} & b4_l1_digits[8:6]) | ({3{b4_l1_h3}} & b4_l1_digits[11:9]));
  assign b4_l1_e = {b4_l1_pos, b4_l1_dig[1]};
  assign b4_l1_t = {b4_l1_hit, b4_l1_dig[2], b4_l1_e};
  assign b4_l2_cnt = {3'd0, b4_l2_nzs[0]} + {3'd0, b4_l2_nzs[1]} + {3'd0, b4_l2_nzs[2]} + {3'd0, b4_l2_nzs[3]};
  assign b4_l2_h0 = b4_l2_nzs[0] & (4'd0 == cj2);
  assign b4_l2_n0 = 4'd0 + {3'd0, b4_l2_nzs[0]};
  assign b4_l2_h1 = b4_l2_nzs[1] & (b4_l2_n0 == cj2);
  assign b4_l2_n1 = b4_l2_n0 + {3'd0, b4_l2_nzs[1]};
  assign b4_l2_h2 = b4_l2_nzs[2] & (b4_l2_n1 == cj2);
  assign b4_l2_n2 = b4_l2_n1 + {3'd0, b4_l2_nzs[2]};
  assign b4_l2_h3 = b4_l2_nzs[3] & (b4_l2_n2 == cj2);
  assign b4_l2_hit = b4_l2_h0 | b4_l2_h1 | b4_l2_h2 | b4_l2_h3;
  assign b4_l2_pos = ((b4_l2_h0 ? 2'd0 : 2'd0) | (b4_l2_h1 ? 2'd1 : 2'd0) | (b4_l2_h2 ? 2'd2 : 2'd0) | (b4_l2_h3 ? 2'd3 : 2'd0));
  assign b4_l2_dig = (({3{b4_l2_h0}} & b4_l2_digits[2:0]) | ({3{b4_l2_h1}} & b4_l2_digits[5:3]) | ({3{b4_l2_h2}} & b4_l2_digits[8:6]) | ({3{b4_l2_h3}} & b4_l2_digits[11:9]));
  assign b4_l2_e = {b4_l2_pos, b4_l2_dig[1]};
  assign b4_l2_t = {b4_l2_hit, b4_l2_dig[2], b4_l2_e};
  assign b4_l3_cnt = {3'd0, b4_l3_nzs[0]} + {3'd0, b4_l3_nzs[1]} + {3'd0, b4_l3_nzs[2]} + {3'd0, b4_l3_nzs[3]};
  assign b4_l3_h0 = b4_l3_nzs[0] & (4'd0 == cj3);
  assign b4_l3_n0 = 4'd0 + {3'd0, b4_l3_nzs[0]};
  assign b4_l3_h1 = b4_l3_nzs[1] & (b4_l3_n0 == cj3);
  assign b4_l3_n1 = b4_l3_n0 + {3'd0, b4_l3_nzs[1]};
  assign b4_l3_h2 = b4_l3_nzs[2] & (b4_l3_n1 == cj3);
  assign b4_l3_n2 = b4_l3_n1 + {3'd0, b4_l3_nzs[2]};
  assign b4_l3_h3 = b4_l3_nzs[3] & (b4_l3_n2 == cj3);
  assign b4_l3_hit = b4_l3_h0 | b4_l3_h1 | b4_l3_h2 | b4_l3_h3;
  assign b4_l3_pos = ((b4_l3_h0 ? 2'd0 : 2'd0) | (b4_l3_h1 ? 2'd1 : 2'd0) | (b4_l3_h2 ? 2'd2 : 2'd0) | (b4_l3_h3 ? 2'd3 : 2'd0));
  assign b4_l3_dig = (({3{b4_l3_h0}} & b4_l3_digits[2:0]) | ({3{b4_l3_h1}} & b4_l3_digits[5:3]) | ({3{b4_l3_h2}} & b4_l3_digits[8:6]) | ({3{b4_l3_h3}} & b4_l3_digits[11:9]));
  assign b4_l3_e = {b4_l3_pos, b4_l3_dig[1]};
  assign b4_l3_t = {b4_l3_hit, b4_l3_dig[2], b4_l3_e};
  assign b4_l4_cnt = {3'd0, b4_l4_nzs[0]} + {3'd0, b4_l4_nzs[1]} + {3'd0, b4_l4_nzs[2]} + {3'd0, b4_l4_nzs[3]};
  assign b4_l4_h0 = b4_l4_nzs[0] & (4'd0 == cj4);
  assign b4_l4_n0 = 4'd0 + {3'd0, b4_l4_nzs[0]};
  assign b4_l4_h1 = b4_l4_nzs[1] & (b4_l4_n0 == cj4);
  assign b4_l4_n1 = b4_l4_n0 + {3'd0, b4_l4_nzs[1]};
  assign b4_l4_h2 = b4_l4_nzs[2] & (b4_l4_n1 == cj4);
  assign b4_l4_n2 = b4_l4_n1 + {3'd0, b4_l4_nzs[2]};
  assign b4_l4_h3 = b4_l4_nzs[3] & (b4_l4_n2 == cj4);
  assign b4_l4_hit = b4_l4_h0 | b4_l4_h1 | b4_l4_h2 | b4_l4_h3;
  assign b4_l4_pos = ((b4_l4_h0 ? 2'd0 : 2'd0) | (b4_l4_h1 ? 2'd1 : 2'd0) | (b4_l4_h2 ? 2'd2 : 2'd0) | (b4_l4_h3 ? 2'd3 : 2'd0));
  assign b4_l4_dig = (({3{b4_l4_h0}} & b4_l4_digits[2:0]) | ({3{b4_l4_h1}} & b4_l4_digits[5:3]) | ({3{b4_l4_h2}} & b4_l4_digits[8:6]) | ({3{b4_l4_h3}} & b4_l4_digits[11:9]));
  assign b4_l4_e = {b4_l4_pos, b4_l4_dig[1]};
  assign b4_l4_t = {b4_l4_hit, b4_l4_dig[2], b4_l4_e};
  assign b4_l5_cnt = {3'd0, b4_l5_nzs[0]} + {3'd0, b4_l5_nzs[1]} + {3'd0, b4_l5_nzs[2]} + {3'd0, b4_l5_nzs[3]};
  assign b4_l5_h0 = b4_l5_nzs[0] & (4'd0 == cj5);
  assign b4_l5_n0 = 4'd0 + {3'd0, b4_l5_nzs[0]};
  assign b4_l5_h1 = b4_l5_nzs[1] & (b4_l5_n0 == cj5);
  assign b4_l5_n1 = b4_l5_n0 + {3'd0, b4_l5_nzs[1]};
  assign b4_l5_h2 = b4_l5_nzs[2] & (b4_l5_n1 == cj5);
  assign b4_l5_n2 = b4_l5_n1 + {3'd0, b4_l5_nzs[2]};
  assign b4_l5_h3 = b4_l5_nzs[3] & (b4_l5_n2 == cj5);
  assign b4_l5_hit = b4_l5_h0 | b4_l5_h1 | b4_l5_h2 | b4_l5_h3;
  assign b4_l5_pos = ((b4_l5_h0 ? 2'd0 : 2'd0) | (b4_l5_h1 ? 2'd1 : 2'd0) | (b4_l5_h2 ? 2'd2 : 2'd0) | (b4_l5_h3 ? 2'd3 : 2'd0));
  assign b4_l5_dig = (({3{b4_l5_h0}} & b4_l5_digits[2:0]) | ({3{b4_l5_h1}} & b4_l5_digits[5:3]) | ({3{b4_l5_h2}} & b4_l5_digits[8:6]) | ({3{b4_l5_h3}} & b4_l5_digits[11:9]));
  assign b4_l5_e = {b4_l5_pos, b4_l5_dig[1]};
  assign b4_l5_t = {b4_l5_hit, b4_l5_dig[2], b4_l5_e};
  assign b4_l6_cnt = {3'd0, b4_l6_nzs[0]} + {3'd0, b4_l6_nzs[1]} + {3'd0, b4_l6_nzs[2]} + {3'd0, b4_l6_nzs[3]};
  assign b4_l6_h0 = b4_l6_nzs[0] & (4'd0 == cj6);
  assign b4_l6_n0 = 4'd0 + {3'd0, b4_l6_nzs[0]};
  assign b4_l6_h1 = b4_l6_nzs[1] & (b4_l6_n0 == cj6);
  assign b4_l6_n1 = b4_l6_n0 + {3'd0, b4_l6_nzs[1]};
  assign b4_l6_h2 = b4_l6_nzs[2] & (b4_l6_n1 == cj6);
  assign b4_l6_n2 = b4_l6_n1 + {3'd0, b4_l6_nzs[2]};
  assign b4_l6_h3 = b4_l6_nzs[3] & (b4_l6_n2 == cj6);
  assign b4_l6_hit = b4_l6_h0 | b4_l6_h1 | b4_l6_h2 | b4_l6_h3;
  assign b4_l6_pos = ((b4_l6_h0 ? 2'd0 : 2'd0) | (b4_l6_h1 ? 2'd1 : 2'd0) | (b4_l6_h2 ? 2'd2 : 2'd0) | (b4_l6_h3 ? 2'd3 : 2'd0));
  assign b4_l6_dig = (({3{b4_l6_h0}} & b4_l6_digits[2:0]) | ({3{b4_l6_h1}} & b4_l6_digits[5:3]) | ({3{b4_l6_h2}} & b4_l6_digits[8:6]) | ({3{b4_l6_h3}} & b4_l6_digits[11:9]));
  assign b4_l6_e = {b4_l6_pos, b4_l6_dig[1]};
  assign b4_l6_t = {b4_l6_hit, b4_l6_dig[2], b4_l6_e};
  assign b4_l7_cnt = {3'd0, b4_l7_nzs[0]} + {3'd0, b4_l7_nzs[1]} + {3'd0, b4_l7_nzs[2]} + {3'd0, b4_l7_nzs[3]};
  assign b4_l7_h0 = b4_l7_nzs[0] & (4'd0 == cj7);
  assign b4_l7_n0 = 4'd0 + {3'd0, b4_l7_nzs[0]};
  assign b4_l7_h1 = b4_l7_nzs[1] & (b4_l7_n0 == cj7);
  assign b4_l7_n1 = b4_l7_n0 + {3'd0, b4_l7_nzs[1]};
  assign b4_l7_h2 = b4_l7_nzs[2] & (b4_l7_n1 == cj7);
  assign b4_l7_n2 = b4_l7_n1 + {3'd0, b4_l7_nzs[2]};
  assign b4_l7_h3 = b4_l7_nzs[3] & (b4_l7_n2 == cj7);
  assign b4_l7_hit = b4_l7_h0 | b4_l7_h1 | b4_l7_h2 | b4_l7_h3;
  assign b4_l7_pos = ((b4_l7_h0 ? 2'd0 : 2'd0) | (b4_l7_h1 ? 2'd1 : 2'd0) | (b4_l7_h2 ? 2'd2 : 2'd0) | (b4_l7_h3 ? 2'd3 : 2'd0));
  assign b4_l7_dig = (({3{b4_l7_h0}} & b4_l7_digits[2:0]) | ({3{b4_l7_h1}} & b4_l7_digits[5:3]) | ({3{b4_l7_h2}} & b4_l7_digits[8:6]) | ({3{b4_l7_h3}} & b4_l7_digits[11:9]));
  assign b4_l7_e = {b4_l7_pos, b4_l7_dig[1]};
  assign b4_l7_t = {b4_l7_hit, b4_l7_dig[2], b4_l7_e};
  assign b4_l8_cnt = {3'd0, b4_l8_nzs[0]} + {3'd0, b4_l8_nzs[1]} + {3'd0, b4_l8_nzs[2]} + {3'd0, b4_l8_nzs[3]};
  assign b4_l8_h0 = b4_l8_nzs[0] & (4'd0 == cj8);
  assign b4_l8_n0 = 4'd0 + {3'd0, b4_l8_nzs[0]};
  assign b4_l8_h1 = b4_l8_nzs[1] & (b4_l8_n0 == cj8);
  assign b4_l8_n1 = b4_l8_n0 + {3'd0, b4_l8_nzs[1]};
  assign b4_l8_h2 = b4_l8_nzs[2] & (b4_l8_n1 == cj8);
  assign b4_l8_n2 = b4_l8_n1 + {3'd0, b4_l8_nzs[2]};
  assign b4_l8_h3 = b4_l8_nzs[3] & (b4_l8_n2 == cj8);
  assign b4_l8_hit = b4_l8_h0 | b4_l8_h1 | b4_l8_h2 | b4_l8_h3;
  assign b4_l8_pos = ((b4_l8_h0 ? 2'd0 : 2'd0) | (b4_l8_h1 ? 2'd1 : 2'd0) | (b4_l8_h2 ? 2'd2 : 2'd0) | (b4_l8_h3 ? 2'd3 : 2'd0));
  assign b4_l8_dig = (({3{b4_l8_h0}} & b4_l8_digits[2:0]) | ({3{b4_l8_h1}} & b4_l8_digits[5:3]) | ({3{b4_l8_h2}} & b4_l8_digits[8:6]) | ({3{b4_l8_h3}} & b4_l8_digits[11:9]));
  assign b4_l8_e = {b4_l8_pos, b4_l8_dig[1]};
  assign b4_l8_t = {b4_l8_hit, b4_l8_dig[2], b4_l8_e};
  assign b4_l9_cnt = {3'd0, b4_l9_nzs[0]} + {3'd0, b4_l9_nzs[1]} + {3'd0, b4_l9_nzs[2]} + {3'd0, b4_l9_nzs[3]};
  assign b4_l9_h0 = b4_l9_nzs[0] & (4'd0 == cj9);
  assign b4_l9_n0 = 4'd0 + {3'd0, b4_l9_nzs[0]};
  assign b4_l9_h1 = b4_l9_nzs[1] & (b4_l9_n0 == cj9);
  assign b4_l9_n1 = b4_l9_n0 + {3'd0, b4_l9_nzs[1]};
  assign b4_l9_h2 = b4_l9_nzs[2] & (b4_l9_n1 == cj9);
  assign b4_l9_n2 = b4_l9_n1 + {3'd0, b4_l9_nzs[2]};
  assign b4_l9_h3 = b4_l9_nzs[3] & (b4_l9_n2 == cj9);
  assign b4_l9_hit = b4_l9_h0 | b4_l9_h1 | b4_l9_h2 | b4_l9_h3;
  assign b4_l9_pos = ((b4_l9_h0 ? 2'd0 : 2'd0) | (b4_l9_h1 ? 2'd1 : 2'd0) | (b4_l9_h2 ? 2'd2 : 2'd0) | (b4_l9_h3 ? 2'd3 : 2'd0));
  assign b4_l9_dig = (({3{b4_l9_h0}} & b4_l9_digits[2:0]) | ({3{b4_l9_h1}} & b4_l9_digits[5:3]) | ({3{b4_l9_h2}} & b4_l9_digits[8:6]) | ({3{b4_l9_h3}} & b4_l9_digits[11:9]));
  assign b4_l9_e = {b4_l9_pos, b4_l9_dig[1]};
  assign b4_l9_t = {b4_l9_hit, b4_l9_dig[2], b4_l9_e};
  assign b4_l10_cnt = {3'd0, b4_l10_nzs[0]} + {3'd0, b4_l10_nzs[1]} + {3'd0, b4_l10_nzs[2]} + {3'd0, b4_l10_nzs[3]};
  assign b4_l10_h0 = b4_l10_nzs[0] & (4'd0 == cj10);
  assign b4_l10_n0 = 4'd0 + {3'd0, b4_l10_nzs[0]};
  assign b4_l10_h1 = b4_l10_nzs[1] & (b4_l10_n0 == cj10);
  assign b4_l10_n1 = b4_l10_n0 + {3'd0, b4_l10_nzs[1]};
  assign b4_l10_h2 = b4_l10_nzs[2] & (b4_l10_n1 == cj10);
  assign b4_l10_n2 = b4_l10_n1 + {3'd0, b4_l10_nzs[2]};
  assign b4_l10_h3 = b4_l10_nzs[3] & (b4_l10_n2 == cj10);
  assign b4_l10_hit = b4_l10_h0 | b4_l10_h1 | b4_l10_h2 | b4_l10_h3;
  assign b4_l10_pos = ((b4_l10_h0 ? 2'd0 : 2'd0) | (b4_l10_h1 ? 2'd1 : 2'd0) | (b4_l10_h2 ? 2'd2 : 2'd0) | (b4_l10_h3 ? 2'd3 : 2'd0));
  assign b4_l10_dig = (({3{b4_l10_h0}} & b4_l10_digits[2:0]) | ({3{b4_l10_h1}} & b4_l10_digits[5:3]) | ({3{b4_l10_h2}} & b4_l10_digits[8:6]) | ({3{b4_l10_h3}} & b4_l10_digits[11:9]));
  assign b4_l10_e = {b4_l10_pos, b4_l10_dig[1]};
  assign b4_l10_t = {b4_l10_hit, b4_l10_dig[2], b4_l10_e};
  assign b4_l11_cnt = {3'd0, b4_l11_nzs[0]} + {3'd0, b4_l11_nzs[1]} + {3'd0, b4_l11_nzs[2]} + {3'd0, b4_l11_nzs[3]};
  assign b4_l11_h0 = b4_l11_nzs[0] & (4'd0 == cj11);
  assign b4_l11_n0 = 4'd0 + {3'd0, b4_l11_nzs[0]};
  assign b4_l11_h1 = b4_l11_nzs[1] & (b4_l11_n0 == cj11);
  assign b4_l11_n1 = b4_l11_n0 + {3'd0, b4_l11_nzs[1]};
  assign b4_l11_h2 = b4_l11_nzs[2] & (b4_l11_n1 == cj11);
  assign b4_l11_n2 = b4_l11_n1 + {3'd0, b4_l11_nzs[2]};
  assign b4_l11_h3 = b4_l11_nzs[3] & (b4_l11_n2 == cj11);
  assign b4_l11_hit = b4_l11_h0 | b4_l11_h1 | b4_l11_h2 | b4_l11_h3;
  assign b4_l11_pos = ((b4_l11_h0 ? 2'd0 : 2'd0) | (b4_l11_h1 ? 2'd1 : 2'd0) | (b4_l11_h2 ? 2'd2 : 2'd0) | (b4_l11_h3 ? 2'd3 : 2'd0));
  assign b4_l11_dig = (({3{b4_l11_h0}} & b4_l11_digits[2:0]) | ({3{b4_l11_h1}} & b4_l11_digits[5:3]) | ({3{b4_l11_h2}} & b4_l11_digits[8:6]) | ({3{b4_l11_h3}} & b4_l11_digits[11:9]));
  assign b4_l11_e = {b4_l11_pos, b4_l11_dig[1]};
  assign b4_l11_t = {b4_l11_hit, b4_l11_dig[2], b4_l11_e};
  assign b4_l12_cnt = {3'd0, b4_l12_nzs[0]} + {3'd0, b4_l12_nzs[1]} + {3'd0, b4_l12_nzs[2]} + {3'd0, b4_l12_nzs[3]};
  assign b4_l12_h0 = b4_l12_nzs[0] & (4'd0 == cj12);
  assign b4_l12_n0 = 4'd0 + {3'd0, b4_l12_nzs[0]};
  assign b4_l12_h1 = b4_l12_nzs[1] & (b4_l12_n0 == cj12);
  assign b4_l12_n1 = b4_l12_n0 + {3'd0, b4_l12_nzs[1]};
  assign b4_l12_h2 = b4_l12_nzs[2] & (b4_l12_n1 == cj12);
  assign b4_l12_n2 = b4_l12_n1 + {3'd0, b4_l12_nzs[2]};
  assign b4_l12_h3 = b4_l12_nzs[3] & (b4_l12_n2 == cj12);
  assign b4_l12_hit = b4_l12_h0 | b4_l12_h1 | b4_l12_h2 | b4_l12_h3;
  assign b4_l12_pos = ((b4_l12_h0 ? 2'd0 : 2'd0) | (b4_l12_h1 ? 2'd1 : 2'd0) | (b4_l12_h2 ? 2'd2 : 2'd0) | (b4_l12_h3 ? 2'd3 : 2'd0));
  assign b4_l12_dig = (({3{b4_l12_h0}} & b4_l12_digits[2:0]) | ({3{b4_l12_h1}} & b4_l12_digits[5:3]) | ({3{b4_l12_h2}} & b4_l12_digits[8:6]) | ({3{b4_l12_h3}} & b4_l12_digits[11:9]));
  assign b4_l12_e = {b4_l12_pos, b4_l12_dig[1]};
  assign b4_l12_t = {b4_l12_hit, b4_l12_dig[2], b4_l12_e};
  assign b4_l13_cnt = {3'd0, b4_l13_nzs[0]} + {3'd0, b4_l13_nzs[1]} + {3'd0, b4_l13_nzs[2]} + {3'd0, b4_l13_nzs[3]};
  assign b4_l13_h0 = b4_l13_nzs[0] & (4'd0 == cj13);
  assign b4_l13_n0 = 4'd0 + {3'd0, b4_l13_nzs[0]};
  assign b4_l13_h1 = b4_l13_nzs[1] & (b4_l13_n0 == cj13);
  assign b4_l13_n1 = b4_l13_n0 + {3'd0, b4_l13_nzs[1]};
  assign b4_l13_h2 = b4_l13_nzs[2] & (b4_l13_n1 == cj13);
  assign b4_l13_n2 = b4_l13_n1 + {3'd0, b4_l13_nzs[2]};
  assign b4_l13_h3 = b4_l13_nzs[3] & (b4_l13_n2 == cj13);
  assign b4_l13_hit = b4_l13_h0 | b4_l13_h1 | b4_l13_h2 | b4_l13_h3;
  assign b4_l13_pos = ((b4_l13_h0 ? 2'd0 : 2'd0) | (b4_l13_h1 ? 2'd1 : 2'd0) | (b4_l13_h2 ? 2'd2 : 2'd0) | (b4_l13_h3 ? 2'd3 : 2'd0));
  assign b4_l13_dig = (({3{b4_l13_h0}} & b4_l13_digits[2:0]) | ({3{b4_l13_h1}} & b4_l13_digits[5:3]) | ({3{b4_l13_h2}} & b4_l13_digits[8:6]) | ({3{b4_l13_h3}} & b4_l13_digits[11:9]));
  assign b4_l13_e = {b4_l13_pos, b4_l13_dig[1]};
  assign b4_l13_t = {b4_l13_hit, b4_l13_dig[2], b4_l13_e};
  assign b4_l14_cnt = {3'd0, b4_l14_nzs[0]} + {3'd0, b4_l14_nzs[1]} + {3'd0, b4_l14_nzs[2]} + {3'd0, b4_l14_nzs[3]};
  assign b4_l14_h0 = b4_l14_nzs[0] & (4'd0 == cj14);
  assign b4_l14_n0 = 4'd0 + {3'd0, b4_l14_nzs[0]};
  assign b4_l14_h1 = b4_l14_nzs[1] & (b4_l14_n0 == cj14);
  assign b4_l14_n1 = b4_l14_n0 + {3'd0, b4_l14_nzs[1]};
  assign b4_l14_h2 = b4_l14_nzs[2] & (b4_l14_n1 == cj14);
  assign b4_l14_n2 = b4_l14_n1 + {3'd0, b4_l14_nzs[2]};
  assign b4_l14_h3 = b4_l14_nzs[3] & (b4_l14_n2 == cj14);
  assign b4_l14_hit = b4_l14_h0 | b4_l14_h1 | b4_l14_h2 | b4_l14_h3;
  assign b4_l14_pos = ((b4_l14_h0 ? 2'd0 : 2'd0) | (b4_l14_h1 ? 2'd1 : 2'd0) | (b4_l14_h2 ? 2'd2 : 2'd0) | (b4_l14_h3 ? 2'd3 : 2'd0));
  assign b4_l14_dig = (({3{b4_l14_h0}} & b4_l14_digits[2:0]) | ({3{b4_l14_h1}} & b4_l14_digits[5:3]) | ({3{b4_l14_h2}} & b4_l14_digits[8:6]) | ({3{b4_l14_h3}} & b4_l14_digits[11:9]));
  assign b4_l14_e = {b4_l14_pos, b4_l14_dig[1]};
  assign b4_l14_t = {b4_l14_hit, b4_l14_dig[2], b4_l14_e};
  assign b4_l15_cnt = {3'd0, b4_l15_nzs[0]} + {3'd0, b4_l15_nzs[1]} + {3'd0, b4_l15_nzs[2]} + {3'd0, b4_l15_nzs[3]};
  assign b4_l15_h0 = b4_l15_nzs[0] & (4'd0 == cj15);
  assign b4_l15_n0 = 4'd0 + {3'd0, b4_l15_nzs[0]};
  assign b4_l15_h1 = b4_l15_nzs[1] & (b4_l15_n0 == cj15);
  assign b4_l15_n1 = b4_l15_n0 + {3'd0, b4_l15_nzs[1]};
  assign b4_l15_h2 = b4_l15_nzs[2] & (b4_l15_n1 == cj15);
  assign b4_l15_n2 = b4_l15_n1 + {3'd0, b4_l15_nzs[2]};
  assign b4_l15_h3 = b4_l15_nzs[3] & (b4_l15_n2 == cj15);
  assign b4_l15_hit = b4_l15_h0 | b4_l15_h1 | b4_l15_h2 | b4_l15_h3;
  assign b4_l15_pos = ((b4_l15_h0 ? 2'd0 : 2'd0) | (b4_l15_h1 ? 2'd1 : 2'd0) | (b4_l15_h2 ? 2'd2 : 2'd0) | (b4_l15_h3 ? 2'd3 : 2'd0));
  assign b4_l15_dig = (({3{b4_l15_h0}} & b4_l15_digits[2:0]) | ({3{b4_l15_h1}} & b4_l15_digits[5:3]) | ({3{b4_l15_h2}} & b4_l15_digits[8:6]) | ({3{b4_l15_h3}} & b4_l15_digits[11:9]));
  assign b4_l15_e = {b4_l15_pos, b4_l15_dig[1]};
  assign b4_l15_t = {b4_l15_hit, b4_l15_dig[2], b4_l15_e};
  assign b5_l0_cnt = {3'd0, b5_l0_nzs[0]} + {3'd0, b5_l0_nzs[1]} + {3'd0, b5_l0_nzs[2]} + {3'd0, b5_l0_nzs[3]};
  assign b5_l0_h0 = b5_l0_nzs[0] & (4'd0 == cj0);
  assign b5_l0_n0 = 4'd0 + {3'd0, b5_l0_nzs[0]};
  assign b5_l0_h1 = b5_l0_nzs[1] & (b5_l0_n0 == cj0);
  assign b5_l0_n1 = b5_l0_n0 + {3'd0, b5_l0_nzs[1]};
  assign b5_l0_h2 = b5_l0_nzs[2] & (b5_l0_n1 == cj0);
  assign b5_l0_n2 = b5_l0_n1 + {3'd0, b5_l0_nzs[2]};
  assign b5_l0_h3 = b5_l0_nzs[3] & (b5_l0_n2 == cj0);
  assign b5_l0_hit = b5_l0_h0 | b5_l0_h1 | b5_l0_h2 | b5_l0_h3;
  assign b5_l0_pos = ((b5_l0_h0 ? 2'd0 : 2'd0) | (b5_l0_h1 ? 2'd1 : 2'd0) | (b5_l0_h2 ? 2'd2 : 2'd0) | (b5_l0_h3 ? 2'd3 : 2'd0));
  assign b5_l0_dig = (({3{b5_l0_h0}} & b5_l0_digits[2:0]) | ({3{b5_l0_h1}} & b5_l0_digits[5:3]) | ({3{b5_l0_h2}} & b5_l0_digits[8:6]) | ({3{b5_l0_h3}} & b5_l0_digits[11:9]));
  assign b5_l0_e = {b5_l0_pos, b5_l0_dig[1]};
  assign b5_l0_t = {b5_l0_hit, b5_l0_dig[2], b5_l0_e};
  assign b5_l1_cnt = {3'd0, b5_l1_nzs[0]} + {3'd0, b5_l1_nzs[1]} + {3'd0, b5_l1_nzs[2]} + {3'd0, b5_l1_nzs[3]};
  assign b5_l1_h0 = b5_l1_nzs[0] & (4'd0 == cj1);
  assign b5_l1_n0 = 4'd0 + {3'd0, b5_l1_nzs[0]};
  assign b5_l1_h1 = b5_l1_nzs[1] & (b5_l1_n0 == cj1);
  assign b5_l1_n1 = b5_l1_n0 + {3'd0, b5_l1_nzs[1]};
  assign b5_l1_h2 = b5_l1_nzs[2] & (b5_l1_n1 == cj1);
  assign b5_l1_n2 = b5_l1_n1 + {3'd0, b5_l1_nzs[2]};
  assign b5_l1_h3 = b5_l1_nzs[3] & (b5_l1_n2 == cj1);
  assign b5_l1_hit = b5_l1_h0 | b5_l1_h1 | b5_l1_h2 | b5_l1_h3;
  assign b5_l1_pos = ((b5_l1_h0 ? 2'd0 : 2'd0) | (b5_l1_h1 ? 2'd1 : 2'd0) | (b5_l1_h2 ? 2'd2 : 2'd0) | (b5_l1_h3 ? 2'd3 : 2'd0));
  assign b5_l1_dig = (({3{b5_l1_h0}} & b5_l1_digits[2:0]) | ({3{b5_l1_h1}} & b5_l1_digits[5:3]) | ({3{b5_l1_h2}} & b5_l1_digits[8:6]) | ({3{b5_l1_h3}} & b5_l1_digits[11:9]));
  assign b5_l1_e = {b5_l1_pos, b5_l1_dig[1]};
  assign b5_l1_t = {b5_l1_hit, b5_l1_dig[2], b5_l1_e};
  assign b5_l2_cnt = {3'd0, b5_l2_nzs[0]} + {3'd0, b5_l2_nzs[1]} + {3'd0, b5_l2_nzs[2]} + {3'd0, b5_l2_nzs[3]};
  assign b5_l2_h0 = b5_l2_nzs[0] & (4'd0 == cj2);
  assign b5_l2_n0 = 4'd0 + {3'd0, b5_l2_nzs[0]};
  assign b5_l2_h1 = b5_l2_nzs[1] & (b5_l2_n0 == cj2);
  assign b5_l2_n1 = b5_l2_n0 + {3'd0, b5_l2_nzs[1]};
  assign b5_l2_h2 = b5_l2_nzs[2] & (b5_l2_n1 == cj2);
  assign b5_l2_n2 = b5_l2_n1 + {3'd0, b5_l2_nzs[2]};
  assign b5_l2_h3 = b5_l2_nzs[3] & (b5_l2_n2 == cj2);
  assign b5_l2_hit = b5_l2_h0 | b5_l2_h1 | b5_l2_h2 | b5_l2_h3;
  assign b5_l2_pos = ((b5_l2_h0 ? 2'd0 : 2'd0) | (b5_l2_h1 ? 2'd1 : 2'd0) | (b5_l2_h2 ? 2'd2 : 2'd0) | (b5_l2_h3 ? 2'd3 : 2'd0));
  assign b5_l2_dig = (({3{b5_l2_h0}} & b5_l2_digits[2:0]) | ({3{b5_l2_h1}} & b5_l2_digits[5:3]) | ({3{b5_l2_h2}} & b5_l2_digits[8:6]) | ({3{b5_l2_h3}} & b5_l2_digits[11:9]));
  assign b5_l2_e = {b5_l2_pos, b5_l2_dig[1]};
  assign b5_l2_t = {b5_l2_hit, b5_l2_dig[2], b5_l2_e};
  assign b5_l3_cnt = {3'd0, b5_l3_nzs[0]} + {3'd0, b5_l3_nzs[1]} + {3'd0, b5_l3_nzs[2]} + {3'd0, b5_l3_nzs[3]};
  assign b5_l3_h0 = b5_l3_nzs[0] & (4'd0 == cj3);
  assign b5_l3_n0 = 4'd0 + {3'd0, b5_l3_nzs[0]};
  assign b5_l3_h1 = b5_l3_nzs[1] & (b5_l3_n0 == cj3);
  assign b5_l3_n1 = b5_l3_n0 + {3'd0, b5_l3_nzs[1]};
  assign b5_l3_h2 = b5_l3_nzs[2] & (b5_l3_n1 == cj3);
  assign b5_l3_n2 = b5_l3_n1 + {3'd0, b5_l3_nzs[2]};
  assign b5_l3_h3 = b5_l3_nzs[3] & (b5_l3_n2 == cj3);
  assign b5_l3_hit = b5_l3_h0 | b5_l3_h1 | b5_l3_h2 | b5_l3_h3;
  assign b5_l3_pos = ((b5_l3_h0 ? 2'd0 : 2'd0) | (b5_l3_h1 ? 2'd1 : 2'd0) | (b5_l3_h2 ? 2'd2 : 2'd0) | (b5_l3_h3 ? 2'd3 : 2'd0));
  assign b5_l3_dig = (({3{b5_l3_h0}} & b5_l3_digits[2:0]) | ({3{b5_l3_h1}} & b5_l3_digits[5:3]) | ({3{b5_l3_h2}} & b5_l3_digits[8:6]) | ({3{b5_l3_h3}} & b5_l3_digits[11:9]));
  assign b5_l3_e = {b5_l3_pos, b5_l3_dig[1]};
  assign b5_l3_t = {b5_l3_hit, b5_l3_dig[2], b5_l3_e};
  assign b5_l4_cnt = {3'd0, b5_l4_nzs[0]} + {3'd0, b5_l4_nzs[1]} + {3'd0, b5_l4_nzs[2]} + {3'd0, b5_l4_nzs[3]};
  assign b5_l4_h0 = b5_l4_nzs[0] & (4'd0 == cj4);
  assign b5_l4_n0 = 4'd0 + {3'd0, b5_l4_nzs[0]};
  assign b5_l4_h1 = b5_l4_nzs[1] & (b5_l4_n0 == cj4);
  assign b5_l4_n1 = b5_l4_n0 + {3'd0, b5_l4_nzs[1]};
  assign b5_l4_h2 = b5_l4_nzs[2] & (b5_l4_n1 == cj4);
  assign b5_l4_n2 = b5_l4_n1 + {3'd0, b5_l4_nzs[2]};
  assign b5_l4_h3 = b5_l4_nzs[3] & (b5_l4_n2 == cj4);
  assign b5_l4_hit = b5_l4_h0 | b5_l4_h1 | b5_l4_h2 | b5_l4_h3;
  assign b5_l4_pos = ((b5_l4_h0 ? 2'd0 : 2'd0) | (b5_l4_h1 ? 2'd1 : 2'd0) | (b5_l4_h2 ? 2'd2 : 2'd0) | (b5_l4_h3 ? 2'd3 : 2'd0));
  assign b5_l4_dig = (({3{b5_l4_h0}} & b5_l4_digits[2:0]) | ({3{b5_l4_h1}} & b5_l4_digits[5:3]) | ({3{b5_l4_h2}} & b5_l4_digits[8:6]) | ({3{b5_l4_h3}} & b5_l4_digits[11:9]));
  assign b5_l4_e = {b5_l4_pos, b5_l4_dig[1]};
  assign b5_l4_t = {b5_l4_hit, b5_l4_dig[2], b5_l4_e};
  assign b5_l5_cnt = {3'd0, b5_l5_nzs[0]} + {3'd0, b5_l5_nzs[1]} + {3'd0, b5_l5_nzs[2]} + {3'd0, b5_l5_nzs[3]};
  assign b5_l5_h0 = b5_l5_nzs[0] & (4'd0 == cj5);
  assign b5_l5_n0 = 4'd0 + {3'd0, b5_l5_nzs[0]};
  assign b5_l5_h1 = b5_l5_nzs[1] & (b5_l5_n0 == cj5);
  assign b5_l5_n1 = b5_l5_n0 + {3'd0, b5_l5_nzs[1]};
  assign b5_l5_h2 = b5_l5_nzs[2] & (b5_l5_n1 == cj5);
  assign b5_l5_n2 = b5_l5_n1 + {3'd0, b5_l5_nzs[2]};
  assign b5_l5_h3 = b5_l5_nzs[3] & (b5_l5_n2 == cj5);
  assign b5_l5_hit = b5_l5_h0 | b5_l5_h1 | b5_l5_h2 | b5_l5_h3;
  assign b5_l5_pos = ((b5_l5_h0 ? 2'd0 : 2'd0) | (b5_l5_h1 ? 2'd1 : 2'd0) | (b5_l5_h2 ? 2'd2 : 2'd0) | (b5_l5_h3 ? 2'd3 : 2'd0));
  assign b5_l5_dig = (({3{b5_l5_h0}} & b5_l5_digits[2:0]) | ({3{b5_l5_h1}} & b5_l5_digits[5:3]) | ({3{b5_l5_h2}} & b5_l5_digits[8:6]) | ({3{b5_l5_h3}} & b5_l5_digits[11:9]));
  assign b5_l5_e = {b5_l5_pos, b5_l5_dig[1]};
  assign b5_l5_t = {b5_l5_hit, b5_l5_dig[2], b5_l5_e};
  assign b5_l6_cnt = {3'd0, b5_l6_nzs[0]} + {3'd0, b5_l6_nzs[1]} + {3'd0, b5_l6_nzs[2]} + {3'd0, b5_l6_nzs[3]};
  assign b5_l6_h0 = b5_l6_nzs[0] & (4'd0 == cj6);
  assign b5_l6_n0 = 4'd0 + {3'd0, b5_l6_nzs[0]};
  assign b5_l6_h1 = b5_l6_nzs[1] & (b5_l6_n0 == cj6);
  assign b5_l6_n1 = b5_l6_n0 + {3'd0, b5_l6_nzs[1]};
  assign b5_l6_h2 = b5_l6_nzs[2] & (b5_l6_n1 == cj6);
  assign b5_l6_n2 = b5_l6_n1 + {3'd0, b5_l6_nzs[2]};
  assign b5_l6_h3 = b5_l6_nzs[3] & (b5_l6_n2 == cj6);
  assign b5_l6_hit = b5_l6_h0 | b5_l6_h1 | b5_l6_h2 | b5_l6_h3;
  assign b5_l6_pos = ((b5_l6_h0 ? 2'd0 : 2'd0) | (b5_l6_h1 ? 2'd1 : 2'd0) | (b5_l6_h2 ? 2'd2 : 2'd0) | (b5_l6_h3 ? 2'd3 : 2'd0));
  assign b5_l6_dig = (({3{b5_l6_h0}} & b5_l6_digits[2:0]) | ({3{b5_l6_h1}} & b5_l6_digits[5:3]) | ({3{b5_l6_h2}} & b5_l6_digits[8:6]) | ({3{b5_l6_h3}} & b5_l6_digits[11:9]));
  assign b5_l6_e = {b5_l6_pos, b5_l6_dig[1]};
  assign b5_l6_t = {b5_l6_hit, b5_l6_dig[2], b5_l6_e};
  assign b5_l7_cnt = {3'd0, b5_l7_nzs[0]} + {3'd0, b5_l7_nzs[1]} + {3'd0, b5_l7_nzs[2]} + {3'd0, b5_l7_nzs[3]};
  assign b5_l7_h0 = b5_l7_nzs[0] & (4'd0 == cj7);
  assign b5_l7_n0 = 4'd0 + {3'd0, b5_l7_nzs[0]};
  assign b5_l7_h1 = b5_l7_nzs[1] & (b5_l7_n0 == cj7);
  assign b5_l7_n1 = b5_l7_n0 + {3'd0, b5_l7_nzs[1]};
  assign b5_l7_h2 = b5_l7_nzs[2] & (b5_l7_n1 == cj7);
  assign b5_l7_n2 = b5_l7_n1 + {3'd0, b5_l7_nzs[2]};
  assign b5_l7_h3 = b5_l7_nzs[3] & (b5_l7_n2 == cj7);
  assign b5_l7_hit = b5_l7_h0 | b5_l7_h1 | b5_l7_h2 | b5_l7_h3;
  assign b5_l7_pos = ((b5_l7_h0 ? 2'd0 : 2'd0) | (b5_l7_h1 ? 2'd1 : 2'd0) | (b5_l7_h2 ? 2'd2 : 2'd0) | (b5_l7_h3 ? 2'd3 : 2'd0));
  assign b5_l7_dig = (({3{b5_l7_h0}} & b5_l7_digits[2:0]) | ({3{b5_l7_h1}} & b5_l7_digits[5:3]) | ({3{b5_l7_h2}} & b5_l7_digits[8:6]) | ({3{b5_l7_h3}} & b5_l7_digits[11:9]));
  assign b5_l7_e = {b5_l7_pos, b5_l7_dig[1]};
  assign b5_l7_t = {b5_l7_hit, b5_l7_dig[2], b5_l7_e};
  assign b5_l8_cnt = {3'd0, b5_l8_nzs[0]} + {3'd0, b5_l8_nzs[1]} + {3'd0, b5_l8_nzs[2]} + {3'd0, b5_l8_nzs[3]};
  assign b5_l8_h0 = b5_l8_nzs[0] & (4'd0 == cj8);
  assign b5_l8_n0 = 4'd0 + {3'd0, b5_l8_nzs[0]};
  assign b5_l8_h1 = b5_l8_nzs[1] & (b5_l8_n0 == cj8);
  assign b5_l8_n1 = b5_l8_n0 + {3'd0, b5_l8_nzs[1]};
  assign b5_l8_h2 = b5_l8_nzs[2] & (b5_l8_n1 == cj8);
  assign b5_l8_n2 = b5_l8_n1 + {3'd0, b5_l8_nzs[2]};
  assign b5_l8_h3 = b5_l8_nzs[3] & (b5_l8_n2 == cj8);
  assign b5_l8_hit = b5_l8_h0 | b5_l8_h1 | b5_l8_h2 | b5_l8_h3;
  assign b5_l8_pos = ((b5_l8_h0 ? 2'd0 : 2'd0) | (b5_l8_h1 ? 2'd1 : 2'd0) | (b5_l8_h2 ? 2'd2 : 2'd0) | (b5_l8_h3 ? 2'd3 : 2'd0));
  assign b5_l8_dig = (({3{b5_l8_h0}} & b5_l8_digits[2:0]) | ({3{b5_l8_h1}} & b5_l8_digits[5:3]) | ({3{b5_l8_h2}} & b5_l8_digits[8:6]) | ({3{b5_l8_h3}} & b5_l8_digits[11:9]));
  assign b5_l8_e = {b5_l8_pos, b5_l8_dig[1]};
  assign b5_l8_t = {b5_l8_hit, b5_l8_dig[2], b5_l8_e};
  assign b5_l9_cnt = {3'd0, b5_l9_nzs[0]} + {3'd0, b5_l9_nzs[1]} + {3'd0, b5_l9_nzs[2]} + {3'd0, b5_l9_nzs[3]};
  assign b5_l9_h0 = b5_l9_nzs[0] & (4'd0 == cj9);
  assign b5_l9_n0 = 4'd0 + {3'd0, b5_l9_nzs[0]};
  assign b5_l9_h1 = b5_l9_nzs[1] & (b5_l9_n0 == cj9);
  assign b5_l9_n1 = b5_l9_n0 + {3'd0, b5_l9_nzs[1]};
  assign b5_l9_h2 = b5_l9_nzs[2] & (b5_l9_n1 == cj9);
  assign b5_l9_n2 = b5_l9_n1 + {3'd0, b5_l9_nzs[2]};
  assign b5_l9_h3 = b5_l9_nzs[3] & (b5_l9_n2 == cj9);
  assign b5_l9_hit = b5_l9_h0 | b5_l9_h1 | b5_l9_h2 | b5_l9_h3;
  assign b5_l9_pos = ((b5_l9_h0 ? 2'd0 : 2'd0) | (b5_l9_h1 ? 2'd1 : 2'd0) | (b5_l9_h2 ? 2'd2 : 2'd0) | (b5_l9_h3 ? 2'd3 : 2'd0));
  assign b5_l9_dig = (({3{b5_l9_h0}} & b5_l9_digits[2:0]) | ({3{b5_l9_h1}} & b5_l9_digits[5:3]) | ({3{b5_l9_h2}} & b5_l9_digits[8:6]) | ({3{b5_l9_h3}} & b5_l9_digits[11:9]));
  assign b5_l9_e = {b5_l9_pos, b5_l9_dig[1]};
  assign b5_l9_t = {b5_l9_hit, b5_l9_dig[2], b5_l9_e};
  assign b5_l10_cnt = {3'd0, b5_l10_nzs[0]} + {3'd0, b5_l10_nzs[1]} + {3'd0, b5_l10_nzs[2]} + {3'd0, b5_l10_nzs[3]};
  assign b5_l10_h0 = b5_l10_nzs[0] & (4'd0 == cj10);
  assign b5_l10_n0 = 4'd0 + {3'd0, b5_l10_nzs[0]};
  assign b5_l10_h1 = b5_l10_nzs[1] & (b5_l10_n0 == cj10);
  assign b5_l10_n1 = b5_l10_n0 + {3'd0, b5_l10_nzs[1]};
  assign b5_l10_h2 = b5_l10_nzs[2] & (b5_l10_n1 == cj10);
  assign b5_l10_n2 = b5_l10_n1 + {3'd0, b5_l10_nzs[2]};
  assign b5_l10_h3 = b5_l10_nzs[3] & (b5_l10_n2 == cj10);
  assign b5_l10_hit = b5_l10_h0 | b5_l10_h1 | b5_l10_h2 | b5_l10_h3;
  assign b5_l10_pos = ((b5_l10_h0 ? 2'd0 : 2'd0) | (b5_l10_h1 ? 2'd1 : 2'd0) | (b5_l10_h2 ? 2'd2 : 2'd0) | (b5_l10_h3 ? 2'd3 : 2'd0));
  assign b5_l10_dig = (({3{b5_l10_h0}} & b5_l10_digits[2:0]) | ({3{b5_l10_h1}} & b5_l10_digits[5:3]) | ({3{b5_l10_h2}} & b5_l10_digits[8:6]) | ({3{b5_l10_h3}} & b5_l10_digits[11:9]));
  assign b5_l10_e = {b5_l10_pos, b5_l10_dig[1]};
  assign b5_l10_t = {b5_l10_hit, b5_l10_dig[2], b5_l10_e};
  assign b5_l11_cnt = {3'd0, b5_l11_nzs[0]} + {3'd0, b5_l11_nzs[1]} + {3'd0, b5_l11_nzs[2]} + {3'd0, b5_l11_nzs[3]};
  assign b5_l11_h0 = b5_l11_nzs[0] & (4'd0 == cj11);
  assign b5_l11_n0 = 4'd0 + {3'd0, b5_l11_nzs[0]};
  assign b5_l11_h1 = b5_l11_nzs[1] & (b5_l11_n0 == cj11);
  assign b5_l11_n1 = b5_l11_n0 + {3'd0, b5_l11_nzs[1]};
  assign b5_l11_h2 = b5_l11_nzs[2] & (b5_l11_n1 == cj11);
  assign b5_l11_n2 = b5_l11_n1 + {3'd0, b5_l11_nzs[2]};
  assign b5_l11_h3 = b5_l11_nzs[3] & (b5_l11_n2 == cj11);
  assign b5_l11_hit = b5_l11_h0 | b5_l11_h1 | b5_l11_h2 | b5_l11_h3;
  assign b5_l11_pos = ((b5_l11_h0 ? 2'd0 : 2'd0) | (b5_l11_h1 ? 2'd1 : 2'd0) | (b5_l11_h2 ? 2'd2 : 2'd0) | (b5_l11_h3 ? 2'd3 : 2'd0));
  assign b5_l11_dig = (({3{b5_l11_h0}} & b5_l11_digits[2:0]) | ({3{b5_l11_h1}} & b5_l11_digits[5:3]) | ({3{b5_l11_h2}} & b5_l11_digits[8:6]) | ({3{b5_l11_h3}} & b5_l11_digits[11:9]));
  assign b5_l11_e = {b5_l11_pos, b5_l11_dig[1]};
  assign b5_l11_t = {b5_l11_hit, b5_l11_dig[2], b5_l11_e};
  assign b5_l12_cnt = {3'd0, b5_l12_nzs[0]} + {3'd0, b5_l12_nzs[1]} + {3'd0, b5_l12_nzs[2]} + {3'd0, b5_l12_nzs[3]};
  assign b5_l12_h0 = b5_l12_nzs[0] & (4'd0 == cj12);
  assign b5_l12_n0 = 4'd0 + {3'd0, b5_l12_nzs[0]};
  assign b5_l12_h1 = b5_l12_nzs[1] & (b5_l12_n0 == cj12);
  assign b5_l12_n1 = b5_l12_n0 + {3'd0, b5_l12_nzs[1]};
  assign b5_l12_h2 = b5_l12_nzs[2] & (b5_l12_n1 == cj12);
  assign b5_l12_n2 = b5_l12_n1 + {3'd0, b5_l12_nzs[2]};
  assign b5_l12_h3 = b5_l12_nzs[3] & (b5_l12_n2 == cj12);
  assign b5_l12_hit = b5_l12_h0 | b5_l12_h1 | b5_l12_h2 | b5_l12_h3;
  assign b5_l12_pos = ((b5_l12_h0 ? 2'd0 : 2'd0) | (b5_l12_h1 ? 2'd1 : 2'd0) | (b5_l12_h2 ? 2'd2 : 2'd0) | (b5_l12_h3 ? 2'd3 : 2'd0));
  assign b5_l12_dig = (({3{b5_l12_h0}} & b5_l12_digits[2:0]) | ({3{b5_l12_h1}} & b5_l12_digits[5:3]) | ({3{b5_l12_h2}} & b5_l12_digits[8:6]) | ({3{b5_l12_h3}} & b5_l12_digits[11:9]));
  assign b5_l12_e = {b5_l12_pos, b5_l12_dig[1]};
  assign b5_l12_t = {b5_l12_hit, b5_l12_dig[2], b5_l12_e};
  assign b5_l13_cnt = {3'd0, b5_l13_nzs[0]} + {3'd0, b5_l13_nzs[1]} + {3'd0, b5_l13_nzs[2]} + {3'd0, b5_l13_nzs[3]};
  assign b5_l13_h0 = b5_l13_nzs[0] & (4'd0 == cj13);
  assign b5_l13_n0 = 4'd0 + {3'd0, b5_l13_nzs[0]};
  assign b5_l13_h1 = b5_l13_nzs[1] & (b5_l13_n0 == cj13);
  assign b5_l13_n1 = b5_l13_n0 + {3'd0, b5_l13_nzs[1]};
  assign b5_l13_h2 = b5_l13_nzs[2] & (b5_l13_n1 == cj13);
  assign b5_l13_n2 = b5_l13_n1 + {3'd0, b5_l13_nzs[2]};
  assign b5_l13_h3 = b5_l13_nzs[3] & (b5_l13_n2 == cj13);
  assign b5_l13_hit = b5_l13_h0 | b5_l13_h1 | b5_l13_h2 | b5_l13_h3;
  assign b5_l13_pos = ((b5_l13_h0 ? 2'd0 : 2'd0) | (b5_l13_h1 ? 2'd1 : 2'd0) | (b5_l13_h2 ? 2'd2 : 2'd0) | (b5_l13_h3 ? 2'd3 : 2'd0));
  assign b5_l13_dig = (({3{b5_l13_h0}} & b5_l13_digits[2:0]) | ({3{b5_l13_h1}} & b5_l13_digits[5:3]) | ({3{b5_l13_h2}} & b5_l13_digits[8:6]) | ({3{b5_l13_h3}} & b5_l13_digits[11:9]));
  assign b5_l13_e = {b5_l13_pos, b5_l13_dig[1]};
  assign b5_l13_t = {b5_l13_hit, b5_l13_dig[2], b5_l13_e};
  assign b5_l14_cnt = {3'd0, b5_l14_nzs[0]} + {3'd0, b5_l14_nzs[1]} + {3'd0, b5_l14_nzs[2]} + {3'd0, b5_l14_nzs[3]};
  assign b5_l14_h0 = b5_l14_nzs[0] & (4'd0 == cj14);
  assign b5_l14_n0 = 4'd0 + {3'd0, b5_l14_nzs[0]};
  assign b5_l14_h1 = b5_l14_nzs[1] & (b5_l14_n0 == cj14);
  assign b5_l14_n1 = b5_l14_n0 + {3'd0, b5_l14_nzs[1]};
  assign b5_l14_h2 = b5_l14_nzs[2] & (b5_l14_n1 == cj14);
  assign b5_l14_n2 = b5_l14_n1 + {3'd0, b5_l14_nzs[2]};
  assign b5_l14_h3 = b5_l14_nzs[3] & (b5_l14_n2 == cj14);
  assign b5_l14_hit = b5_l14_h0 | b5_l14_h1 | b5_l14_h2 | b5_l14_h3;
  assign b5_l14_pos = ((b5_l14_h0 ? 2'd0 : 2'd0) | (b5_l14_h1 ? 2'd1 : 2'd0) | (b5_l14_h2 ? 2'd2 : 2'd0) | (b5_l14_h3 ? 2'd3 : 2'd0));
  assign b5_l14_dig = (({3{b5_l14_h0}} & b5_l14_digits[2:0]) | ({3{b5_l14_h1}} & b5_l14_digits[5:3]) | ({3{b5_l14_h2}} & b5_l14_digits[8:6]) | ({3{b5_l14_h3}} & b5_l14_digits[11:9]));
  assign b5_l14_e = {b5_l14_pos, b5_l14_dig[1]};
  assign b5_l14_t = {b5_l14_hit, b5_l14_dig[2], b5_l14_e};
  assign b5_l15_cnt = {3'd0, b5_l15_nzs[0]} + {3'd0, b5_l15_nzs[1]} + {3'd0, b5_l15_nzs[2]} + {3'd0, b5_l15_nzs[3]};
  assign b5_l15_h0 = b5_l15_nzs[0] & (4'd0 == cj15);
  assign b5_l15_n0 = 4'd0 + {3'd0, b5_l15_nzs[0]};
  assign b5_l15_h1 = b5_l15_nzs[1] & (b5_l15_n0 == cj15);
  assign b5_l15_n1 = b5_l15_n0 + {3'd0, b5_l15_nzs[1]};
  assign b5_l15_h2 = b5_l15_nzs[2] & (b5_l15_n1 == cj15);
  assign b5_l15_n2 = b5_l15_n1 + {3'd0, b5_l15_nzs[2]};
  assign b5_l15_h3 = b5_l15_nzs[3] & (b5_l15_n2 == cj15);
  assign b5_l15_hit = b5_l15_h0 | b5_l15_h1 | b5_l15_h2 | b5_l15_h3;
  assign b5_l15_pos = ((b5_l15_h0 ? 2'd0 : 2'd0) | (b5_l15_h1 ? 2'd1 : 2'd0) | (b5_l15_h2 ? 2'd2 : 2'd0) | (b5_l15_h3 ? 2'd3 : 2'd0));
  assign b5_l15_dig = (({3{b5_l15_h0}} & b5_l15_digits[2:0]) | ({3{b5_l15_h1}} & b5_l15_digits[5:3]) | ({3{b5_l15_h2}} & b5_l15_digits[8:6]) | ({3{b5_l15_h3}} & b5_l15_digits[11:9]));
  assign b5_l15_e = {b5_l15_pos, b5_l15_dig[1]};
  assign b5_l15_t = {b5_l15_hit, b5_l15_dig[2], b5_l15_e};
  assign b6_l0_cnt = {3'd0, b6_l0_nzs[0]} + {3'd0, b6_l0_nzs[1]} + {3'd0, b6_l0_nzs[2]} + {3'd0, b6_l0_nzs[3]};
  assign b6_l0_h0 = b6_l0_nzs[0] & (4'd0 == cj0);
  assign b6_l0_n0 = 4'd0 + {3'd0, b6_l0_nzs[0]};
  assign b6_l0_h1 = b6_l0_nzs[1] & (b6_l0_n0 == cj0);
  assign b6_l0_n1 = b6_l0_n0 + {3'd0, b6_l0_nzs[1]};
  assign b6_l0_h2 = b6_l0_nzs[2] & (b6_l0_n1 == cj0);
  assign b6_l0_n2 = b6_l0_n1 + {3'd0, b6_l0_nzs[2]};
  assign b6_l0_h3 = b6_l0_nzs[3] & (b6_l0_n2 == cj0);
  assign b6_l0_hit = b6_l0_h0 | b6_l0_h1 | b6_l0_h2 | b6_l0_h3;
  assign b6_l0_pos = ((b6_l0_h0 ? 2'd0 : 2'd0) | (b6_l0_h1 ? 2'd1 : 2'd0) | (b6_l0_h2 ? 2'd2 : 2'd0) | (b6_l0_h3 ? 2'd3 : 2'd0));
  assign b6_l0_dig = (({3{b6_l0_h0}} & b6_l0_digits[2:0]) | ({3{b6_l0_h1}} & b6_l0_digits[5:3]) | ({3{b6_l0_h2}} & b6_l0_digits[8:6]) | ({3{b6_l0_h3}} & b6_l0_digits[11:9]));
  assign b6_l0_e = {b6_l0_pos, b6_l0_dig[1]};
  assign b6_l0_t = {b6_l0_hit, b6_l0_dig[2], b6_l0_e};
  assign b6_l1_cnt = {3'd0, b6_l1_nzs[0]} + {3'd0, b6_l1_nzs[1]} + {3'd0, b6_l1_nzs[2]} + {3'd0, b6_l1_nzs[3]};
  assign b6_l1_h0 = b6_l1_nzs[0] & (4'd0 == cj1);
  assign b6_l1_n0 = 4'd0 + {3'd0, b6_l1_nzs[0]};
  assign b6_l1_h1 = b6_l1_nzs[1] & (b6_l1_n0 == cj1);
  assign b6_l1_n1 = b6_l1_n0 + {3'd0, b6_l1_nzs[1]};
  assign b6_l1_h2 = b6_l1_nzs[2] & (b6_l1_n1 == cj1);
  assign b6_l1_n2 = b6_l1_n1 + {3'd0, b6_l1_nzs[2]};
  assign b6_l1_h3 = b6_l1_nzs[3] & (b6_l1_n2 == cj1);
  assign b6_l1_hit = b6_l1_h0 | b6_l1_h1 | b6_l1_h2 | b6_l1_h3;
  assign b6_l1_pos = ((b6_l1_h0 ? 2'd0 : 2'd0) | (b6_l1_h1 ? 2'd1 : 2'd0) | (b6_l1_h2 ? 2'd2 : 2'd0) | (b6_l1_h3 ? 2'd3 : 2'd0));
  assign b6_l1_dig = (({3{b6_l1_h0}} & b6_l1_digits[2:0]) | ({3{b6_l1_h1}} & b6_l1_digits[5:3]) | ({3{b6_l1_h2}} & b6_l1_digits[8:6]) | ({3{b6_l1_h3}} & b6_l1_digits[11:9]));
  assign b6_l1_e = {b6_l1_pos, b6_l1_dig[1]};
  assign b6_l1_t = {b6_l1_hit, b6_l1_dig[2], b6_l1_e};
  assign b6_l2_cnt = {3'd0, b6_l2_nzs[0]} + {3'd0, b6_l2_nzs[1]} + {3'd0, b6_l2_nzs[2]} + {3'd0, b6_l2_nzs[3]};
  assign b6_l2_h0 = b6_l2_nzs[0] & (4'd0 == cj2);
  assign b6_l2_n0 = 4'd0 + {3'd0, b6_l2_nzs[0]};
  assign b6_l2_h1 = b6_l2_nzs[1] & (b6_l2_n0 == cj2);
  assign b6_l2_n1 = b6_l2_n0 + {3'd0, b6_l2_nzs[1]};
  assign b6_l2_h2 = b6_l2_nzs[2] & (b6_l2_n1 == cj2);
  assign b6_l2_n2 = b6_l2_n1 + {3'd0, b6_l2_nzs[2]};
  assign b6_l2_h3 = b6_l2_nzs[3] & (b6_l2_n2 == cj2);
  assign b6_l2_hit = b6_l2_h0 | b6_l2_h1 | b6_l2_h2 | b6_l2_h3;
  assign b6_l2_pos = ((b6_l2_h0 ? 2'd0 : 2'd0) | (b6_l2_h1 ? 2'd1 : 2'd0) | (b6_l2_h2 ? 2'd2 : 2'd0) | (b6_l2_h3 ? 2'd3 : 2'd0));
  assign b6_l2_dig = (({3{b6_l2_h0}} & b6_l2_digits[2:0]) | ({3{b6_l2_h1}} & b6_l2_digits[5:3]) | ({3{b6_l2_h2}} & b6_l2_digits[8:6]) | ({3{b6_l2_h3}} & b6_l2_digits[11:9]));
  assign b6_l2_e = {b6_l2_pos, b6_l2_dig[1]};
  assign b6_l2_t = {b6_l2_hit, b6_l2_dig[2], b6_l2_e};
  assign b6_l3_cnt = {3'd0, b6_l3_nzs[0]} + {3'd0, b6_l3_nzs[1]} + {3'd0, b6_l3_nzs[2]} + {3'd0, b6_l3_nzs[3]};
  assign b6_l3_h0 = b6_l3_nzs[0] & (4'd0 == cj3);
  assign b6_l3_n0 = 4'd0 + {3'd0, b6_l3_nzs[0]};
  assign b6_l3_h1 = b6_l3_nzs[1] & (b6_l3_n0 == cj3);
  assign b6_l3_n1 = b6_l3_n0 + {3'd0, b6_l3_nzs[1]};
  assign b6_l3_h2 = b6_l3_nzs[2] & (b6_l3_n1 == cj3);
  assign b6_l3_n2 = b6_l3_n1 + {3'd0, b6_l3_nzs[2]};
  assign b6_l3_h3 = b6_l3_nzs[3] & (b6_l3_n2 == cj3);
  assign b6_l3_hit = b6_l3_h0 | b6_l3_h1 | b6_l3_h2 | b6_l3_h3;
  assign b6_l3_pos = ((b6_l3_h0 ? 2'd0 : 2'd0) | (b6_l3_h1 ? 2'd1 : 2'd0) | (b6_l3_h2 ? 2'd2 : 2'd0) | (b6_l3_h3 ? 2'd3 : 2'd0));
  assign b6_l3_dig = (({3{b6_l3_h0}} & b6_l3_digits[2:0]) | ({3{b6_l3_h1}} & b6_l3_digits[5:3]) | ({3{b6_l3_h2}} & b6_l3_digits[8:6]) | ({3{b6_l3_h3}} & b6_l3_digits[11:9]));
  assign b6_l3_e = {b6_l3_pos, b6_l3_dig[1]};
  assign b6_l3_t = {b6_l3_hit, b6_l3_dig[2], b6_l3_e};
  assign b6_l4_cnt = {3'd0, b6_l4_nzs[0]} + {3'd0, b6_l4_nzs[1]} + {3'd0, b6_l4_nzs[2]} + {3'd0, b6_l4_nzs[3]};
  assign b6_l4_h0 = b6_l4_nzs[0] & (4'd0 == cj4);
  assign b6_l4_n0 = 4'd0 + {3'd0, b6_l4_nzs[0]};
  assign b6_l4_h1 = b6_l4_nzs[1] & (b6_l4_n0 == cj4);
  assign b6_l4_n1 = b6_l4_n0 + {3'd0, b6_l4_nzs[1]};
  assign b6_l4_h2 = b6_l4_nzs[2] & (b6_l4_n1 == cj4);
  assign b6_l4_n2 = b6_l4_n1 + {3'd0, b6_l4_nzs[2]};
  assign b6_l4_h3 = b6_l4_nzs[3] & (b6_l4_n2 == cj4);
  assign b6_l4_hit = b6_l4_h0 | b6_l4_h1 | b6_l4_h2 | b6_l4_h3;
  assign b6_l4_pos = ((b6_l4_h0 ? 2'd0 : 2'd0) | (b6_l4_h1 ? 2'd1 : 2'd0) | (b6_l4_h2 ? 2'd2 : 2'd0) | (b6_l4_h3 ? 2'd3 : 2'd0));
  assign b6_l4_dig = (({3{b6_l4_h0}} & b6_l4_digits[2:0]) | ({3{b6_l4_h1}} & b6_l4_digits[5:3]) | ({3{b6_l4_h2}} & b6_l4_digits[8:6]) | ({3{b6_l4_h3}} & b6_l4_digits[11:9]));
  assign b6_l4_e = {b6_l4_pos, b6_l4_dig[1]};
  assign b6_l4_t = {b6_l4_hit, b6_l4_dig[2], b6_l4_e};
  assign b6_l5_cnt = {3'd0, b6_l5_nzs[0]} + {3'd0, b6_l5_nzs[1]} + {3'd0, b6_l5_nzs[2]} + {3'd0, b6_l5_nzs[3]};
  assign b6_l5_h0 = b6_l5_nzs[0] & (4'd0 == cj5);
  assign b6_l5_n0 = 4'd0 + {3'd0, b6_l5_nzs[0]};
  assign b6_l5_h1 = b6_l5_nzs[1] & (b6_l5_n0 == cj5);
  assign b6_l5_n1 = b6_l5_n0 + {3'd0, b6_l5_nzs[1]};
  assign b6_l5_h2 = b6_l5_nzs[2] & (b6_l5_n1 == cj5);
  assign b6_l5_n2 = b6_l5_n1 + {3'd0, b6_l5_nzs[2]};
  assign b6_l5_h3 = b6_l5_nzs[3] & (b6_l5_n2 == cj5);
  assign b6_l5_hit = b6_l5_h0 | b6_l5_h1 | b6_l5_h2 | b6_l5_h3;
  assign b6_l5_pos = ((b6_l5_h0 ? 2'd0 : 2'd0) | (b6_l5_h1 ? 2'd1 : 2'd0) | (b6_l5_h2 ? 2'd2 : 2'd0) | (b6_l5_h3 ? 2'd3 : 2'd0));
  assign b6_l5_dig = (({3{b6_l5_h0}} & b6_l5_digits[2:0]) | ({3{b6_l5_h1}} & b6_l5_digits[5:3]) | ({3{b6_l5_h2}} & b6_l5_digits[8:6]) | ({3{b6_l5_h3}} & b6_l5_digits[11:9]));
  assign b6_l5_e = {b6_l5_pos, b6_l5_dig[1]};
  assign b6_l5_t = {b6_l5_hit, b6_l5_dig[2], b6_l5_e};
  assign b6_l6_cnt = {3'd0, b6_l6_nzs[0]} + {3'd0, b6_l6_nzs[1]} + {3'd0, b6_l6_nzs[2]} + {3'd0, b6_l6_nzs[3]};
  assign b6_l6_h0 = b6_l6_nzs[0] & (4'd0 == cj6);
  assign b6_l6_n0 = 4'd0 + {3'd0, b6_l6_nzs[0]};
  assign b6_l6_h1 = b6_l6_nzs[1] & (b6_l6_n0 == cj6);
  assign b6_l6_n1 = b6_l6_n0 + {3'd0, b6_l6_nzs[1]};
  assign b6_l6_h2 = b6_l6_nzs[2] & (b6_l6_n1 == cj6);
  assign b6_l6_n2 = b6_l6_n1 + {3'd0, b6_l6_nzs[2]};
  assign b6_l6_h3 = b6_l6_nzs[3] & (b6_l6_n2 == cj6);
  assign b6_l6_hit = b6_l6_h0 | b6_l6_h1 | b6_l6_h2 | b6_l6_h3;
  assign b6_l6_pos = ((b6_l6_h0 ? 2'd0 : 2'd0) | (b6_l6_h1 ? 2'd1 : 2'd0) | (b6_l6_h2 ? 2'd2 : 2'd0) | (b6_l6_h3 ? 2'd3 : 2'd0));
  assign b6_l6_dig = (({3{b6_l6_h0}} & b6_l6_digits[2:0]) | ({3{b6_l6_h1}} & b6_l6_digits[5:3]) | ({3{b6_l6_h2}} & b6_l6_digits[8:6]) | ({3{b6_l6_h3}} & b6_l6_digits[11:9]));
  assign b6_l6_e = {b6_l6_pos, b6_l6_dig[1]};
  assign b6_l6_t = {b6_l6_hit, b6_l6_dig[2], b6_l6_e};
  assign b6_l7_cnt = {3'd0, b6_l7_nzs[0]} + {3'd0, b6_l7_nzs[1]} + {3'd0, b6_l7_nzs[2]} + {3'd0, b6_l7_nzs[3]};
  assign b6_l7_h0 = b6_l7_nzs[0] & (4'd0 == cj7);
  assign b6_l7_n0 = 4'd0 + {3'd0, b6_l7_nzs[0]};
  assign b6_l7_h1 = b6_l7_nzs[1] & (b6_l7_n0 == cj7);
  assign b6_l7_n1 = b6_l7_n0 + {3'd0, b6_l7_nzs[1]};
  assign b6_l7_h2 = b6_l7_nzs[2] & (b6_l7_n1 == cj7);
  assign b6_l7_n2 = b6_l7_n1 + {3'd0, b6_l7_nzs[2]};
  assign b6_l7_h3 = b6_l7_nzs[3] & (b6_l7_n2 == cj7);
  assign b6_l7_hit = b6_l7_h0 | b6_l7_h1 | b6_l7_h2 | b6_l7_h3;
  assign b6_l7_pos = ((b6_l7_h0 ? 2'd0 : 2'd0) | (b6_l7_h1 ? 2'd1 : 2'd0) | (b6_l7_h2 ? 2'd2 : 2'd0) | (b6_l7_h3 ? 2'd3 : 2'd0));
  assign b6_l7_dig = (({3{b6_l7_h0}} & b6_l7_digits[2:0]) | ({3{b6_l7_h1}} & b6_l7_digits[5:3]) | ({3{b6_l7_h2}} & b6_l7_digits[8:6]) | ({3{b6_l7_h3}} & b6_l7_digits[11:9]));
  assign b6_l7_e = {b6_l7_pos, b6_l7_dig[1]};
  assign b6_l7_t = {b6_l7_hit, b6_l7_dig[2], b6_l7_e};
  assign b6_l8_cnt = {3'd0, b6_l8_nzs[0]} + {3'd0, b6_l8_nzs[1]} + {3'd0, b6_l8_nzs[2]} + {3'd0, b6_l8_nzs[3]};
  assign b6_l8_h0 = b6_l8_nzs[0] & (4'd0 == cj8);
  assign b6_l8_n0 = 4'd0 + {3'd0, b6_l8_nzs[0]};
  assign b6_l8_h1 = b6_l8_nzs[1] & (b6_l8_n0 == cj8);
  assign b6_l8_n1 = b6_l8_n0 + {3'd0, b6_l8_nzs[1]};
  assign b6_l8_h2 = b6_l8_nzs[2] & (b6_l8_n1 == cj8);
  assign b6_l8_n2 = b6_l8_n1 + {3'd0, b6_l8_nzs[2]};
  assign b6_l8_h3 = b6_l8_nzs[3] & (b6_l8_n2 == cj8);
  assign b6_l8_hit = b6_l8_h0 | b6_l8_h1 | b6_l8_h2 | b6_l8_h3;
  assign b6_l8_pos = ((b6_l8_h0 ? 2'd0 : 2'd0) | (b6_l8_h1 ? 2'd1 : 2'd0) | (b6_l8_h2 ? 2'd2 : 2'd0) | (b6_l8_h3 ? 2'd3 : 2'd0));
  assign b6_l8_dig = (({3{b6_l8_h0}} & b6_l8_digits[2:0]) | ({3{b6_l8_h1}} & b6_l8_digits[5:3]) | ({3{b6_l8_h2}} & b6_l8_digits[8:6]) | ({3{b6_l8_h3}} & b6_l8_digits[11:9]));
  assign b6_l8_e = {b6_l8_pos, b6_l8_dig[1]};
  assign b6_l8_t = {b6_l8_hit, b6_l8_dig[2], b6_l8_e};
  assign b6_l9_cnt = {3'd0, b6_l9_nzs[0]} + {3'd0, b6_l9_nzs[1]} + {3'd0, b6_l9_nzs[2]} + {3'd0, b6_l9_nzs[3]};
  assign b6_l9_h0 = b6_l9_nzs[0] & (4'd0 == cj9);
  assign b6_l9_n0 = 4'd0 + {3'd0, b6_l9_nzs[0]};
  assign b6_l9_h1 = b6_l9_nzs[1] & (b6_l9_n0 == cj9);
  assign b6_l9_n1 = b6_l9_n0 + {3'd0, b6_l9_nzs[1]};
  assign b6_l9_h2 = b6_l9_nzs[2] & (b6_l9_n1 == cj9);
  assign b6_l9_n2 = b6_l9_n1 + {3'd0, b6_l9_nzs[2]};
  assign b6_l9_h3 = b6_l9_nzs[3] & (b6_l9_n2 == cj9);
  assign b6_l9_hit = b6_l9_h0 | b6_l9_h1 | b6_l9_h2 | b6_l9_h3;
  assign b6_l9_pos = ((b6_l9_h0 ? 2'd0 : 2'd0) | (b6_l9_h1 ? 2'd1 : 2'd0) | (b6_l9_h2 ? 2'd2 : 2'd0) | (b6_l9_h3 ? 2'd3 : 2'd0));
  assign b6_l9_dig = (({3{b6_l9_h0}} & b6_l9_digits[2:0]) | ({3{b6_l9_h1}} & b6_l9_digits[5:3]) | ({3{b6_l9_h2}} & b6_l9_digits[8:6]) | ({3{b6_l9_h3}} & b6_l9_digits[11:9]));
  assign b6_l9_e = {b6_l9_pos, b6_l9_dig[1]};
  assign b6_l9_t = {b6_l9_hit, b6_l9_dig[2], b6_l9_e};
  assign b6_l10_cnt = {3'd0, b6_l10_nzs[0]} + {3'd0, b6_l10_nzs[1]} + {3'd0, b6_l10_nzs[2]} + {3'd0, b6_l10_nzs[3]};
  assign b6_l10_h0 = b6_l10_nzs[0] & (4'd0 == cj10);
  assign b6_l10_n0 = 4'd0 + {3'd0, b6_l10_nzs[0]};
  assign b6_l10_h1 = b6_l10_nzs[1] & (b6_l10_n0 == cj10);
  assign b6_l10_n1 = b6_l10_n0 + {3'd0, b6_l10_nzs[1]};
  assign b6_l10_h2 = b6_l10_nzs[2] & (b6_l10_n1 == cj10);
  assign b6_l10_n2 = b6_l10_n1 + {3'd0, b6_l10_nzs[2]};
  assign b6_l10_h3 = b6_l10_nzs[3] & (b6_l10_n2 == cj10);
  assign b6_l10_hit = b6_l10_h0 | b6_l10_h1 | b6_l10_h2 | b6_l10_h3;
  assign b6_l10_pos = ((b6_l10_h0 ? 2'd0 : 2'd0) | (b6_l10_h1 ? 2'd1 : 2'd0) | (b6_l10_h2 ? 2'd2 : 2'd0) | (b6_l10_h3 ? 2'd3 : 2'd0));
  assign b6_l10_dig = (({3{b6_l10_h0}} & b6_l10_digits[2:0]) | ({3{b6_l10_h1}} & b6_l10_digits[5:3]) | ({3{b6_l10_h2}} & b6_l10_digits[8:6]) | ({3{b6_l10_h3}} & b6_l10_digits[11:9]));
  assign b6_l10_e = {b6_l10_pos, b6_l10_dig[1]};
  assign b6_l10_t = {b6_l10_hit, b6_l10_dig[2], b6_l10_e};
  assign b6_l11_cnt = {3'd0, b6_l11_nzs[0]} + {3'd0, b6_l11_nzs[1]} + {3'd0, b6_l11_nzs[2]} + {3'd0, b6_l11_nzs[3]};
  assign b6_l11_h0 = b6_l11_nzs[0] & (4'd0 == cj11);
  assign b6_l11_n0 = 4'd0 + {3'd0, b6_l11_nzs[0]};
  assign b6_l11_h1 = b6_l11_nzs[1] & (b6_l11_n0 == cj11);
  assign b6_l11_n1 = b6_l11_n0 + {3'd0, b6_l11_nzs[1]};
  assign b6_l11_h2 = b6_l11_nzs[2] & (b6_l11_n1 == cj11);
  assign b6_l11_n2 = b6_l11_n1 + {3'd0, b6_l11_nzs[2]};
  assign b6_l11_h3 = b6_l11_nzs[3] & (b6_l11_n2 == cj11);
  assign b6_l11_hit = b6_l11_h0 | b6_l11_h1 | b6_l11_h2 | b6_l11_h3;
  assign b6_l11_pos = ((b6_l11_h0 ? 2'd0 : 2'd0) | (b6_l11_h1 ? 2'd1 : 2'd0) | (b6_l11_h2 ? 2'd2 : 2'd0) | (b6_l11_h3 ? 2'd3 : 2'd0));
  assign b6_l11_dig = (({3{b6_l11_h0}} & b6_l11_digits[2:0]) | ({3{b6_l11_h1}} & b6_l11_digits[5:3]) | ({3{b6_l11_h2}} & b6_l11_digits[8:6]) | ({3{b6_l11_h3}} & b6_l11_digits[11:9]));
  assign b6_l11_e = {b6_l11_pos, b6_l11_dig[1]};
  assign b6_l11_t = {b6_l11_hit, b6_l11_dig[2], b6_l11_e};
  assign b6_l12_cnt = {3'd0, b6_l12_nzs[0]} + {3'd0, b6_l12_nzs[1]} + {3'd0, b6_l12_nzs[2]} + {3'd0, b6_l12_nzs[3]};
  assign b6_l12_h0 = b6_l12_nzs[0] & (4'd0 == cj12);
  assign b6_l12_n0 = 4'd0 + {3'd0, b6_l12_nzs[0]};
  assign b6_l12_h1 = b6_l12_nzs[1] & (b6_l12_n0 == cj12);
  assign b6_l12_n1 = b6_l12_n0 + {3'd0, b6_l12_nzs[1]};
  assign b6_l12_h2 = b6_l12_nzs[2] & (b6_l12_n1 == cj12);
  assign b6_l12_n2 = b6_l12_n1 + {3'd0, b6_l12_nzs[2]};
  assign b6_l12_h3 = b6_l12_nzs[3] & (b6_l12_n2 == cj12);
  assign b6_l12_hit = b6_l12_h0 | b6_l12_h1 | b6_l12_h2 | b6_l12_h3;
  assign b6_l12_pos = ((b6_l12_h0 ? 2'd0 : 2'd0) | (b6_l12_h1 ? 2'd1 : 2'd0) | (b6_l12_h2 ? 2'd2 : 2'd0) | (b6_l12_h3 ? 2'd3 : 2'd0));
  assign b6_l12_dig = (({3{b6_l12_h0}} & b6_l12_digits[2:0]) | ({3{b6_l12_h1}} & b6_l12_digits[5:3]) | ({3{b6_l12_h2}} & b6_l12_digits[8:6]) | ({3{b6_l12_h3}} & b6_l12_digits[11:9]));
  assign b6_l12_e = {b6_l12_pos, b6_l12_dig[1]};
  assign b6_l12_t = {b6_l12_hit, b6_l12_dig[2], b6_l12_e};
  assign b6_l13_cnt = {3'd0, b6_l13_nzs[0]} + {3'd0, b6_l13_nzs[1]} + {3'd0, b6_l13_nzs[2]} + {3'd0, b6_l13_nzs[3]};
  assign b6_l13_h0 = b6_l13_nzs[0] & (4'd0 == cj13);
  assign b6_l13_n0 = 4'd0 + {3'd0, b6_l13_nzs[0]};
  assign b6_l13_h1 = b6_l13_nzs[1] & (b6_l13_n0 == cj13);
  assign b6_l13_n1 = b6_l13_n0 + {3'd0, b6_l13_nzs[1]};
  assign b6_l13_h2 = b6_l13_nzs[2] & (b6_l13_n1 == cj13);
  assign b6_l13_n2 = b6_l13_n1 + {3'd0, b6_l13_nzs[2]};
  assign b6_l13_h3 = b6_l13_nzs[3] & (b6_l13_n2 == cj13);
  assign b6_l13_hit = b6_l13_h0 | b6_l13_h1 | b6_l13_h2 | b6_l13_h3;
  assign b6_l13_pos = ((b6_l13_h0 ? 2'd0 : 2'd0) | (b6_l13_h1 ? 2'd1 : 2'd0) | (b6_l13_h2 ? 2'd2 : 2'd0) | (b6_l13_h3 ? 2'd3 : 2'd0));
  assign b6_l13_dig = (({3{b6_l13_h0}} & b6_l13_digits[2:0]) | ({3{b6_l13_h1}} & b6_l13_digits[5:3]) | ({3{b6_l13_h2}} & b6_l13_digits[8:6]) | ({3{b6_l13_h3}} & b6_l13_digits[11:9]));
  assign b6_l13_e = {b6_l13_pos, b6_l13_dig[1]};
  assign b6_l13_t = {b6_l13_hit, b6_l13_dig[2], b6_l13_e};
  assign b6_l14_cnt = {3'd0, b6_l14_nzs[0]} + {3'd0, b6_l14_nzs[1]} + {3'd0, b6_l14_nzs[2]} + {3'd0, b6_l14_nzs[3]};
  assign b6_l14_h0 = b6_l14_nzs[0] & (4'd0 == cj14);
  assign b6_l14_n0 = 4'd0 + {3'd0, b6_l14_nzs[0]};
  assign b6_l14_h1 = b6_l14_nzs[1] & (b6_l14_n0 == cj14);
  assign b6_l14_n1 = b6_l14_n0 + {3'd0, b6_l14_nzs[1]};
  assign b6_l14_h2 = b6_l14_nzs[2] & (b6_l14_n1 == cj14);
  assign b6_l14_n2 = b6_l14_n1 + {3'd0, b6_l14_nzs[2]};
  assign b6_l14_h3 = b6_l14_nzs[3] & (b6_l14_n2 == cj14);
  assign b6_l14_hit = b6_l14_h0 | b6_l14_h1 | b6_l14_h2 | b6_l14_h3;
  assign b6_l14_pos = ((b6_l14_h0 ? 2'd0 : 2'd0) | (b6_l14_h1 ? 2'd1 : 2'd0) | (b6_l14_h2 ? 2'd2 : 2'd0) | (b6_l14_h3 ? 2'd3 : 2'd0));
  assign b6_l14_dig = (({3{b6_l14_h0}} & b6_l14_digits[2:0]) | ({3{b6_l14_h1}} & b6_l14_digits[5:3]) | ({3{b6_l14_h2}} & b6_l14_digits[8:6]) | ({3{b6_l14_h3}} & b6_l14_digits[11:9]));
  assign b6_l14_e = {b6_l14_pos, b6_l14_dig[1]};
  assign b6_l14_t = {b6_l14_hit, b6_l14_dig[2], b6_l14_e};
  assign b6_l15_cnt = {3'd0, b6_l15_nzs[0]} + {3'd0, b6_l15_nzs[1]} + {3'd0, b6_l15_nzs[2]} + {3'd0, b6_l15_nzs[3]};
  assign b6_l15_h0 = b6_l15_nzs[0] & (4'd0 == cj15);
  assign b6_l15_n0 = 4'd0 + {3'd0, b6_l15_nzs[0]};
  assign b6_l15_h1 = b6_l15_nzs[1] & (b6_l15_n0 == cj15);
  assign b6_l15_n1 = b6_l15_n0 + {3'd0, b6_l15_nzs[1]};
  assign b6_l15_h2 = b6_l15_nzs[2] & (b6_l15_n1 == cj15);
  assign b6_l15_n2 = b6_l15_n1 + {3'd0, b6_l15_nzs[2]};
  assign b6_l15_h3 = b6_l15_nzs[3] & (b6_l15_n2 == cj15);
  assign b6_l15_hit = b6_l15_h0 | b6_l15_h1 | b6_l15_h2 | b6_l15_h3;
  assign b6_l15_pos = ((b6_l15_h0 ? 2'd0 : 2'd0) | (b6_l15_h1 ? 2'd1 : 2'd0) | (b6_l15_h2 ? 2'd2 : 2'd0) | (b6_l15_h3 ? 2'd3 : 2'd0));
  assign b6_l15_dig = (({3{b6_l15_h0}} & b6_l15_digits[2:0]) | ({3{b6_l15_h1}} & b6_l15_digits[5:3]) | ({3{b6_l15_h2}} & b6_l15_digits[8:6]) | ({3{b6_l15_h3}} & b6_l15_digits[11:9]));
  assign b6_l15_e = {b6_l15_pos, b6_l15_dig[1]};
  assign b6_l15_t = {b6_l15_hit, b6_l15_dig[2], b6_l15_e};
  assign b7_l0_cnt = {3'd0, b7_l0_nzs[0]} + {3'd0, b7_l0_nzs[1]} + {3'd0, b7_l0_nzs[2]} + {3'd0, b7_l0_nzs[3]};
  assign b7_l0_h0 = b7_l0_nzs[0] & (4'd0 == cj0);
  assign b7_l0_n0 = 4'd0 + {3'd0, b7_l0_nzs[0]};
  assign b7_l0_h1 = b7_l0_nzs[1] & (b7_l0_n0 == cj0);
  assign b7_l0_n1 = b7_l0_n0 + {3'd0, b7_l0_nzs[1]};
  assign b7_l0_h2 = b7_l0_nzs[2] & (b7_l0_n1 == cj0);
  assign b7_l0_n2 = b7_l0_n1 + {3'd0, b7_l0_nzs[2]};
  assign b7_l0_h3 = b7_l0_nzs[3] & (b7_l0_n2 == cj0);
  assign b7_l0_hit = b7_l0_h0 | b7_l0_h1 | b7_l0_h2 | b7_l0_h3;
  assign b7_l0_pos = ((b7_l0_h0 ? 2'd0 : 2'd0) | (b7_l0_h1 ? 2'd1 : 2'd0) | (b7_l0_h2 ? 2'd2 : 2'd0) | (b7_l0_h3 ? 2'd3 : 2'd0));
  assign b7_l0_dig = (({3{b7_l0_h0}} & b7_l0_digits[2:0]) | ({3{b7_l0_h1}} & b7_l0_digits[5:3]) | ({3{b7_l0_h2}} & b7_l0_digits[8:6]) | ({3{b7_l0_h3}} & b7_l0_digits[11:9]));
  assign b7_l0_e = {b7_l0_pos, b7_l0_dig[1]};
  assign b7_l0_t = {b7_l0_hit, b7_l0_dig[2], b7_l0_e};
  assign b7_l1_cnt = {3'd0, b7_l1_nzs[0]} + {3'd0, b7_l1_nzs[1]} + {3'd0, b7_l1_nzs[2]} + {3'd0, b7_l1_nzs[3]};
  assign b7_l1_h0 = b7_l1_nzs[0] & (4'd0 == cj1);
  assign b7_l1_n0 = 4'd0 + {3'd0, b7_l1_nzs[0]};
  assign b7_l1_h1 = b7_l1_nzs[1] & (b7_l1_n0 == cj1);
  assign b7_l1_n1 = b7_l1_n0 + {3'd0, b7_l1_nzs[1]};
  assign b7_l1_h2 = b7_l1_nzs[2] & (b7_l1_n1 == cj1);
  assign b7_l1_n2 = b7_l1_n1 + {3'd0, b7_l1_nzs[2]};
  assign b7_l1_h3 = b7_l1_nzs[3] & (b7_l1_n2 == cj1);
  assign b7_l1_hit = b7_l1_h0 | b7_l1_h1 | b7_l1_h2 | b7_l1_h3;
  assign b7_l1_pos = ((b7_l1_h0 ? 2'd0 : 2'd0) | (b7_l1_h1 ? 2'd1 : 2'd0) | (b7_l1_h2 ? 2'd2 : 2'd0) | (b7_l1_h3 ? 2'd3 : 2'd0));
  assign b7_l1_dig = (({3{b7_l1_h0}} & b7_l1_digits[2:0]) | ({3{b7_l1_h1}} & b7_l1_digits[5:3]) | ({3{b7_l1_h2}} & b7_l1_digits[8:6]) | ({3{b7_l1_h3}} & b7_l1_digits[11:9]));
  assign b7_l1_e = {b7_l1_pos, b7_l1_dig[1]};
  assign b7_l1_t = {b7_l1_hit, b7_l1_dig[2], b7_l1_e};
  assign b7_l2_cnt = {3'd0, b7_l2_nzs[0]} + {3'd0, b7_l2_nzs[1]} + {3'd0, b7_l2_nzs[2]} + {3'd0, b7_l2_nzs[3]};
  assign b7_l2_h0 = b7_l2_nzs[0] & (4'd0 == cj2);
  assign b7_l2_n0 = 4'd0 + {3'd0, b7_l2_nzs[0]};
  assign b7_l2_h1 = b7_l2_nzs[1] & (b7_l2_n0 == cj2);
  assign b7_l2_n1 = b7_l2_n0 + {3'd0, b7_l2_nzs[1]};
  assign b7_l2_h2 = b7_l2_nzs[2] & (b7_l2_n1 == cj2);
  assign b7_l2_n2 = b7_l2_n1 + {3'd0, b7_l2_nzs[2]};
  assign b7_l2_h3 = b7_l2_nzs[3] & (b7_l2_n2 == cj2);
  assign b7_l2_hit = b7_l2_h0 | b7_l2_h1 | b7_l2_h2 | b7_l2_h3;
  assign b7_l2_pos = ((b7_l2_h0 ? 2'd0 : 2'd0) | (b7_l2_h1 ? 2'd1 : 2'd0) | (b7_l2_h2 ? 2'd2 : 2'd0) | (b7_l2_h3 ? 2'd3 : 2'd0));
  assign b7_l2_dig = (({3{b7_l2_h0}} & b7_l2_digits[2:0]) | ({3{b7_l2_h1}} & b7_l2_digits[5:3]) | ({3{b7_l2_h2}} & b7_l2_digits[8:6]) | ({3{b7_l2_h3}} & b7_l2_digits[11:9]));
  assign b7_l2_e = {b7_l2_pos, b7_l2_dig[1]};
  assign b7_l2_t = {b7_l2_hit, b7_l2_dig[2], b7_l2_e};
  assign b7_l3_cnt = {3'd0, b7_l3_nzs[0]} + {3'd0, b7_l3_nzs[1]} + {3'd0, b7_l3_nzs[2]} + {3'd0, b7_l3_nzs[3]};
  assign b7_l3_h0 = b7_l3_nzs[0] & (4'd0 == cj3);
  assign b7_l3_n0 = 4'd0 + {3'd0, b7_l3_nzs[0]};
  assign b7_l3_h1 = b7_l3_nzs[1] & (b7_l3_n0 == cj3);
  assign b7_l3_n1 = b7_l3_n0 + {3'd0, b7_l3_nzs[1]};
  assign b7_l3_h2 = b7_l3_nzs[2] & (b7_l3_n1 == cj3);
  assign b7_l3_n2 = b7_l3_n1 + {3'd0, b7_l3_nzs[2]};
  assign b7_l3_h3 = b7_l3_nzs[3] & (b7_l3_n2 == cj3);
  assign b7_l3_hit = b7_l3_h0 | b7_l3_h1 | b7_l3_h2 | b7_l3_h3;
  assign b7_l3_pos = ((b7_l3_h0 ? 2'd0 : 2'd0) | (b7_l3_h1 ? 2'd1 : 2'd0) | (b7_l3_h2 ? 2'd2 : 2'd0) | (b7_l3_h3 ? 2'd3 : 2'd0));
  assign b7_l3_dig = (({3{b7_l3_h0}} & b7_l3_digits[2:0]) | ({3{b7_l3_h1}} & b7_l3_digits[5:3]) | ({3{b7_l3_h2}} & b7_l3_digits[8:6]) | ({3{b7_l3_h3}} & b7_l3_digits[11:9]));
  assign b7_l3_e = {b7_l3_pos, b7_l3_dig[1]};
  assign b7_l3_t = {b7_l3_hit, b7_l3_dig[2], b7_l3_e};
  assign b7_l4_cnt = {3'd0, b7_l4_nzs[0]} + {3'd0, b7_l4_nzs[1]} + {3'd0, b7_l4_nzs[2]} + {3'd0, b7_l4_nzs[3]};
  assign b7_l4_h0 = b7_l4_nzs[0] & (4'd0 == cj4);
  assign b7_l4_n0 = 4'd0 + {3'd0, b7_l4_nzs[0]};
  assign b7_l4_h1 = b7_l4_nzs[1] & (b7_l4_n0 == cj4);
  assign b7_l4_n1 = b7_l4_n0 + {3'd0, b7_l4_nzs[1]};
  assign b7_l4_h2 = b7_l4_nzs[2] & (b7_l4_n1 == cj4);
  assign b7_l4_n2 = b7_l4_n1 + {3'd0, b7_l4_nzs[2]};
  assign b7_l4_h3 = b7_l4_nzs[3] & (b7_l4_n2 == cj4);
  assign b7_l4_hit = b7_l4_h0 | b7_l4_h1 | b7_l4_h2 | b7_l4_h3;
  assign b7_l4_pos = ((b7_l4_h0 ? 2'd0 : 2'd0) | (b7_l4_h1 ? 2'd1 : 2'd0) | (b7_l4_h2 ? 2'd2 : 2'd0) | (b7_l4_h3 ? 2'd3 : 2'd0));
  assign b7_l4_dig = (({3{b7_l4_h0}} & b7_l4_digits[2:0]) | ({3{b7_l4_h1}} & b7_l4_digits[5:3]) | ({3{b7_l4_h2}} & b7_l4_digits[8:6]) | ({3{b7_l4_h3}} & b7_l4_digits[11:9]));
  assign b7_l4_e = {b7_l4_pos, b7_l4_dig[1]};
  assign b7_l4_t = {b7_l4_hit, b7_l4_dig[2], b7_l4_e};
  assign b7_l5_cnt = {3'd0, b7_l5_nzs[0]} + {3'd0, b7_l5_nzs[1]} + {3'd0, b7_l5_nzs[2]} + {3'd0, b7_l5_nzs[3]};
  assign b7_l5_h0 = b7_l5_nzs[0] & (4'd0 == cj5);
  assign b7_l5_n0 = 4'd0 + {3'd0, b7_l5_nzs[0]};
  assign b7_l5_h1 = b7_l5_nzs[1] & (b7_l5_n0 == cj5);
  assign b7_l5_n1 = b7_l5_n0 + {3'd0, b7_l5_nzs[1]};
  assign b7_l5_h2 = b7_l5_nzs[2] & (b7_l5_n1 == cj5);
  assign b7_l5_n2 = b7_l5_n1 + {3'd0, b7_l5_nzs[2]};
  assign b7_l5_h3 = b7_l5_nzs[3] & (b7_l5_n2 == cj5);
  assign b7_l5_hit = b7_l5_h0 | b7_l5_h1 | b7_l5_h2 | b7_l5_h3;
  assign b7_l5_pos = ((b7_l5_h0 ? 2'd0 : 2'd0) | (b7_l5_h1 ? 2'd1 : 2'd0) | (b7_l5_h2 ? 2'd2 : 2'd0) | (b7_l5_h3 ? 2'd3 : 2'd0));
  assign b7_l5_dig = (({3{b7_l5_h0}} & b7_l5_digits[2:0]) | ({3{b7_l5_h1}} & b7_l5_digits[5:3]) | ({3{b7_l5_h2}} & b7_l5_digits[8:6]) | ({3{b7_l5_h3}} & b7_l5_digits[11:9]));
  assign b7_l5_e = {b7_l5_pos, b7_l5_dig[1]};
  assign b7_l5_t = {b7_l5_hit, b7_l5_dig[2], b7_l5_e};
  assign b7_l6_cnt = {3'd0, b7_l6_nzs[0]} + {3'd0, b7_l6_nzs[1]} + {3'd0, b7_l6_nzs[2]} + {3'd0, b7_l6_nzs[3]};
  assign b7_l6_h0 = b7_l6_nzs[0] & (4'd0 == cj6);
  assign b7_l6_n0 = 4'd0 + {3'd0, b7_l6_nzs[0]};
  assign b7_l6_h1 = b7_l6_nzs[1] & (b7_l6_n0 == cj6);
  assign b7_l6_n1 = b7_l6_n0 + {3'd0, b7_l6_nzs[1]};
  assign b7_l6_h2 = b7_l6_nzs[2] & (b7_l6_n1 == cj6);
  assign b7_l6_n2 = b7_l6_n1 + {3'd0, b7_l6_nzs[2]};
  assign b7_l6_h3 = b7_l6_nzs[3] & (b7_l6_n2 == cj6);
  assign b7_l6_hit = b7_l6_h0 | b7_l6_h1 | b7_l6_h2 | b7_l6_h3;
  assign b7_l6_pos = ((b7_l6_h0 ? 2'd0 : 2'd0) | (b7_l6_h1 ? 2'd1 : 2'd0) | (b7_l6_h2 ? 2'd2 : 2'd0) | (b7_l6_h3 ? 2'd3 : 2'd0));
  assign b7_l6_dig = (({3{b7_l6_h0}} & b7_l6_digits[2:0]) | ({3{b7_l6_h1}} & b7_l6_digits[5:3]) | ({3{b7_l6_h2}} & b7_l6_digits[8:6]) | ({3{b7_l6_h3}} & b7_l6_digits[11:9]));
  assign b7_l6_e = {b7_l6_pos, b7_l6_dig[1]};
  assign b7_l6_t = {b7_l6_hit, b7_l6_dig[2], b7_l6_e};
  assign b7_l7_cnt = {3'd0, b7_l7_nzs[0]} + {3'd0, b7_l7_nzs[1]} + {3'd0, b7_l7_nzs[2]} + {3'd0, b7_l7_nzs[3]};
  assign b7_l7_h0 = b7_l7_nzs[0] & (4'd0 == cj7);
  assign b7_l7_n0 = 4'd0 + {3'd0, b7_l7_nzs[0]};
  assign b7_l7_h1 = b7_l7_nzs[1] & (b7_l7_n0 == cj7);
  assign b7_l7_n1 = b7_l7_n0 + {3'd0, b7_l7_nzs[1]};
  assign b7_l7_h2 = b7_l7_nzs[2] & (b7_l7_n1 == cj7);
  assign b7_l7_n2 = b7_l7_n1 + {3'd0, b7_l7_nzs[2]};
  assign b7_l7_h3 = b7_l7_nzs[3] & (b7_l7_n2 == cj7);
  assign b7_l7_hit = b7_l7_h0 | b7_l7_h1 | b7_l7_h2 | b7_l7_h3;
  assign b7_l7_pos = ((b7_l7_h0 ? 2'd0 : 2'd0) | (b7_l7_h1 ? 2'd1 : 2'd0) | (b7_l7_h2 ? 2'd2 : 2'd0) | (b7_l7_h3 ? 2'd3 : 2'd0));
  assign b7_l7_dig = (({3{b7_l7_h0}} & b7_l7_digits[2:0]) | ({3{b7_l7_h1}} & b7_l7_digits[5:3]) | ({3{b7_l7_h2}} & b7_l7_digits[8:6]) | ({3{b7_l7_h3}} & b7_l7_digits[11:9]));
  assign b7_l7_e = {b7_l7_pos, b7_l7_dig[1]};
  assign b7_l7_t = {b7_l7_hit, b7_l7_dig[2], b7_l7_e};
  assign b7_l8_cnt = {3'd0, b7_l8_nzs[0]} + {3'd0, b7_l8_nzs[1]} + {3'd0, b7_l8_nzs[2]} + {3'd0, b7_l8_nzs[3]};
  assign b7_l8_h0 = b7_l8_nzs[0] & (4'd0 == cj8);
  assign b7_l8_n0 = 4'd0 + {3'd0, b7_l8_nzs[0]};
  assign b7_l8_h1 = b7_l8_nzs[1] & (b7_l8_n0 == cj8);
  assign b7_l8_n1 = b7_l8_n0 + {3'd0, b7_l8_nzs[1]};
  assign b7_l8_h2 = b7_l8_nzs[2] & (b7_l8_n1 == cj8);
  assign b7_l8_n2 = b7_l8_n1 + {3'd0, b7_l8_nzs[2]};
  assign b7_l8_h3 = b7_l8_nzs[3] & (b7_l8_n2 == cj8);
  assign b7_l8_hit = b7_l8_h0 | b7_l8_h1 | b7_l8_h2 | b7_l8_h3;
  assign b7_l8_pos = ((b7_l8_h0 ? 2'd0 : 2'd0) | (b7_l8_h1 ? 2'd1 : 2'd0) | (b7_l8_h2 ? 2'd2 : 2'd0) | (b7_l8_h3 ? 2'd3 : 2'd0));
  assign b7_l8_dig = (({3{b7_l8_h0}} & b7_l8_digits[2:0]) | ({3{b7_l8_h1}} & b7_l8_digits[5:3]) | ({3{b7_l8_h2}} & b7_l8_digits[8:6]) | ({3{b7_l8_h3}} & b7_l8_digits[11:9]));
  assign b7_l8_e = {b7_l8_pos, b7_l8_dig[1]};
  assign b7_l8_t = {b7_l8_hit, b7_l8_dig[2], b7_l8_e};
  assign b7_l9_cnt = {3'd0, b7_l9_nzs[0]} + {3'd0, b7_l9_nzs[1]} + {3'd0, b7_l9_nzs[2]} + {3'd0, b7_l9_nzs[3]};
  assign b7_l9_h0 = b7_l9_nzs[0] & (4'd0 == cj9);
  assign b7_l9_n0 = 4'd0 + {3'd0, b7_l9_nzs[0]};
  assign b7_l9_h1 = b7_l9_nzs[1] & (b7_l9_n0 == cj9);
  assign b7_l9_n1 = b7_l9_n0 + {3'd0, b7_l9_nzs[1]};
  assign b7_l9_h2 = b7_l9_nzs[2] & (b7_l9_n1 == cj9);
  assign b7_l9_n2 = b7_l9_n1 + {3'd0, b7_l9_nzs[2]};
  assign b7_l9_h3 = b7_l9_nzs[3] & (b7_l9_n2 == cj9);
  assign b7_l9_hit = b7_l9_h0 | b7_l9_h1 | b7_l9_h2 | b7_l9_h3;
  assign b7_l9_pos = ((b7_l9_h0 ? 2'd0 : 2'd0) | (b7_l9_h1 ? 2'd1 : 2'd0) | (b7_l9_h2 ? 2'd2 : 2'd0) | (b7_l9_h3 ? 2'd3 : 2'd0));
  assign b7_l9_dig = (({3{b7_l9_h0}} & b7_l9_digits[2:0]) | ({3{b7_l9_h1}} & b7_l9_digits[5:3]) | ({3{b7_l9_h2}} & b7_l9_digits[8:6]) | ({3{b7_l9_h3}} & b7_l9_digits[11:9]));
  assign b7_l9_e = {b7_l9_pos, b7_l9_dig[1]};
  assign b7_l9_t = {b7_l9_hit, b7_l9_dig[2], b7_l9_e};
  assign b7_l10_cnt = {3'd0, b7_l10_nzs[0]} + {3'd0, b7_l10_nzs[1]} + {3'd0, b7_l10_nzs[2]} + {3'd0, b7_l10_nzs[3]};
  assign b7_l10_h0 = b7_l10_nzs[0] & (4'd0 == cj10);
  assign b7_l10_n0 = 4'd0 + {3'd0, b7_l10_nzs[0]};
  assign b7_l10_h1 = b7_l10_nzs[1] & (b7_l10_n0 == cj10);
  assign b7_l10_n1 = b7_l10_n0 + {3'd0, b7_l10_nzs[1]};
  assign b7_l10_h2 = b7_l10_nzs[2] & (b7_l10_n1 == cj10);
  assign b7_l10_n2 = b7_l10_n1 + {3'd0, b7_l10_nzs[2]};
  assign b7_l10_h3 = b7_l10_nzs[3] & (b7_l10_n2 == cj10);
  assign b7_l10_hit = b7_l10_h0 | b7_l10_h1 | b7_l10_h2 | b7_l10_h3;
  assign b7_l10_pos = ((b7_l10_h0 ? 2'd0 : 2'd0) | (b7_l10_h1 ? 2'd1 : 2'd0) | (b7_l10_h2 ? 2'd2 : 2'd0) | (b7_l10_h3 ? 2'd3 : 2'd0));
  assign b7_l10_dig = (({3{b7_l10_h0}} & b7_l10_digits[2:0]) | ({3{b7_l10_h1}} & b7_l10_digits[5:3]) | ({3{b7_l10_h2}} & b7_l10_digits[8:6]) | ({3{b7_l10_h3}} & b7_l10_digits[11:9]));
  assign b7_l10_e = {b7_l10_pos, b7_l10_dig[1]};
  assign b7_l10_t = {b7_l10_hit, b7_l10_dig[2], b7_l10_e};
  assign b7_l11_cnt = {3'd0, b7_l11_nzs[0]} + {3'd0, b7_l11_nzs[1]} + {3'd0, b7_l11_nzs[2]} + {3'd0, b7_l11_nzs[3]};
  assign b7_l11_h0 = b7_l11_nzs[0] & (4'd0 == cj11);
  assign b7_l11_n0 = 4'd0 + {3'd0, b7_l11_nzs[0]};
  assign b7_l11_h1 = b7_l11_nzs[1] & (b7_l11_n0 == cj11);
  assign b7_l11_n1 = b7_l11_n0 + {3'd0, b7_l11_nzs[1]};
  assign b7_l11_h2 = b7_l11_nzs[2] & (b7_l11_n1 == cj11);
  assign b7_l11_n2 = b7_l11_n1 + {3'd0, b7_l11_nzs[2]};
  assign b7_l11_h3 = b7_l11_nzs[3] & (b7_l11_n2 == cj11);
  assign b7_l11_hit = b7_l11_h0 | b7_l11_h1 | b7_l11_h2 | b7_l11_h3;
  assign b7_l11_pos = ((b7_l11_h0 ? 2'd0 : 2'd0) | (b7_l11_h1 ? 2'd1 : 2'd0) | (b7_l11_h2 ? 2'd2 : 2'd0) | (b7_l11_h3 ? 2'd3 : 2'd0));
  assign b7_l11_dig = (({3{b7_l11_h0}} & b7_l11_digits[2:0]) | ({3{b7_l11_h1}} & b7_l11_digits[5:3]) | ({3{b7_l11_h2}} & b7_l11_digits[8:6]) | ({3{b7_l11_h3}} & b7_l11_digits[11:9]));
  assign b7_l11_e = {b7_l11_pos, b7_l11_dig[1]};
  assign b7_l11_t = {b7_l11_hit, b7_l11_dig[2], b7_l11_e};
  assign b7_l12_cnt = {3'd0, b7_l12_nzs[0]} + {3'd0, b7_l12_nzs[1]} + {3'd0, b7_l12_nzs[2]} + {3'd0, b7_l12_nzs[3]};
  assign b7_l12_h0 = b7_l12_nzs[0] & (4'd0 == cj12);
  assign b7_l12_n0 = 4'd0 + {3'd0, b7_l12_nzs[0]};
  assign b7_l12_h1 = b7_l12_nzs[1] & (b7_l12_n0 == cj12);
  assign b7_l12_n1 = b7_l12_n0 + {3'd0, b7_l12_nzs[1]};
  assign b7_l12_h2 = b7_l12_nzs[2] & (b7_l12_n1 == cj12);
  assign b7_l12_n2 = b7_l12_n1 + {3'd0, b7_l12_nzs[2]};
  assign b7_l12_h3 = b7_l12_nzs[3] & (b7_l12_n2 == cj12);
  assign b7_l12_hit = b7_l12_h0 | b7_l12_h1 | b7_l12_h2 | b7_l12_h3;
  assign b7_l12_pos = ((b7_l12_h0 ? 2'd0 : 2'd0) | (b7_l12_h1 ? 2'd1 : 2'd0) | (b7_l12_h2 ? 2'd2 : 2'd0) | (b7_l12_h3 ? 2'd3 : 2'd0));
  assign b7_l12_dig = (({3{b7_l12_h0}} & b7_l12_digits[2:0]) | ({3{b7_l12_h1}} & b7_l12_digits[5:3]) | ({3{b7_l12_h2}} & b7_l12_digits[8:6]) | ({3{b7_l12_h3}} & b7_l12_digits[11:9]));
  assign b7_l12_e = {b7_l12_pos, b7_l12_dig[1]};
  assign b7_l12_t = {b7_l12_hit, b7_l12_dig[2], b7_l12_e};
  assign b7_l13_cnt = {3'd0, b7_l13_nzs[0]} + {3'd0, b7_l13_nzs[1]} + {3'd0, b7_l13_nzs[2]} + {3'd0, b7_l13_nzs[3]};
  assign b7_l13_h0 = b7_l13_nzs[0] & (4'd0 == cj13);
  assign b7_l13_n0 = 4'd0 + {3'd0, b7_l13_nzs[0]};
  assign b7_l13_h1 = b7_l13_nzs[1] & (b7_l13_n0 == cj13);
  assign b7_l13_n1 = b7_l13_n0 + {3'd0, b7_l13_nzs[1]};
  assign b7_l13_h2 = b7_l13_nzs[2] & (b7_l13_n1 == cj13);
  assign b7_l13_n2 = b7_l13_n1 + {3'd0, b7_l13_nzs[2]};
  assign b7_l13_h3 = b7_l13_nzs[3] & (b7_l13_n2 == cj13);
  assign b7_l13_hit = b7_l13_h0 | b7_l13_h1 | b7_l13_h2 | b7_l13_h3;
  assign b7_l13_pos = ((b7_l13_h0 ? 2'd0 : 2'd0) | (b7_l13_h1 ? 2'd1 : 2'd0) | (b7_l13_h2 ? 2'd2 : 2'd0) | (b7_l13_h3 ? 2'd3 : 2'd0));
  assign b7_l13_dig = (({3{b7_l13_h0}} & b7_l13_digits[2:0]) | ({3{b7_l13_h1}} & b7_l13_digits[5:3]) | ({3{b7_l13_h2}} & b7_l13_digits[8:6]) | ({3{b7_l13_h3}} & b7_l13_digits[11:9]));
  assign b7_l13_e = {b7_l13_pos, b7_l13_dig[1]};
  assign b7_l13_t = {b7_l13_hit, b7_l13_dig[2], b7_l13_e};
  assign b7_l14_cnt = {3'd0, b7_l14_nzs[0]} + {3'd0, b7_l14_nzs[1]} + {3'd0, b7_l14_nzs[2]} + {3'd0, b7_l14_nzs[3]};
  assign b7_l14_h0 = b7_l14_nzs[0] & (4'd0 == cj14);
  assign b7_l14_n0 = 4'd0 + {3'd0, b7_l14_nzs[0]};
  assign b7_l14_h1 = b7_l14_nzs[1] & (b7_l14_n0 == cj14);
  assign b7_l14_n1 = b7_l14_n0 + {3'd0, b7_l14_nzs[1]};
  assign b7_l14_h2 = b7_l14_nzs[2] & (b7_l14_n1 == cj14);
  assign b7_l14_n2 = b7_l14_n1 + {3'd0, b7_l14_nzs[2]};
  assign b7_l14_h3 = b7_l14_nzs[3] & (b7_l14_n2 == cj14);
  assign b7_l14_hit = b7_l14_h0 | b7_l14_h1 | b7_l14_h2 | b7_l14_h3;
  assign b7_l14_pos = ((b7_l14_h0 ? 2'd0 : 2'd0) | (b7_l14_h1 ? 2'd1 : 2'd0) | (b7_l14_h2 ? 2'd2 : 2'd0) | (b7_l14_h3 ? 2'd3 : 2'd0));
  assign b7_l14_dig = (({3{b7_l14_h0}} & b7_l14_digits[2:0]) | ({3{b7_l14_h1}} & b7_l14_digits[5:3]) | ({3{b7_l14_h2}} & b7_l14_digits[8:6]) | ({3{b7_l14_h3}} & b7_l14_digits[11:9]));
  assign b7_l14_e = {b7_l14_pos, b7_l14_dig[1]};
  assign b7_l14_t = {b7_l14_hit, b7_l14_dig[2], b7_l14_e};
  assign b7_l15_cnt = {3'd0, b7_l15_nzs[0]} + {3'd0, b7_l15_nzs[1]} + {3'd0, b7_l15_nzs[2]} + {3'd0, b7_l15_nzs[3]};
  assign b7_l15_h0 = b7_l15_nzs[0] & (4'd0 == cj15);
  assign b7_l15_n0 = 4'd0 + {3'd0, b7_l15_nzs[0]};
  assign b7_l15_h1 = b7_l15_nzs[1] & (b7_l15_n0 == cj15);
  assign b7_l15_n1 = b7_l15_n0 + {3'd0, b7_l15_nzs[1]};
  assign b7_l15_h2 = b7_l15_nzs[2] & (b7_l15_n1 == cj15);
  assign b7_l15_n2 = b7_l15_n1 + {3'd0, b7_l15_nzs[2]};
  assign b7_l15_h3 = b7_l15_nzs[3] & (b7_l15_n2 == cj15);
  assign b7_l15_hit = b7_l15_h0 | b7_l15_h1 | b7_l15_h2 | b7_l15_h3;
  assign b7_l15_pos = ((b7_l15_h0 ? 2'd0 : 2'd0) | (b7_l15_h1 ? 2'd1 : 2'd0) | (b7_l15_h2 ? 2'd2 : 2'd0) | (b7_l15_h3 ? 2'd3 : 2'd0));
  assign b7_l15_dig = (({3{b7_l15_h0}} & b7_l15_digits[2:0]) | ({3{b7_l15_h1}} & b7_l15_digits[5:3]) | ({3{b7_l15_h2}} & b7_l15_digits[8:6]) | ({3{b7_l15_h3}} & b7_l15_digits[11:9]));
  assign b7_l15_e = {b7_l15_pos, b7_l15_dig[1]};
  assign b7_l15_t = {b7_l15_hit, b7_l15_dig[2], b7_l15_e};
  assign b8_l0_cnt = {3'd0, b8_l0_nzs[0]} + {3'd0, b8_l0_nzs[1]} + {3'd0, b8_l0_nzs[2]} + {3'd0, b8_l0_nzs[3]};
  assign b8_l0_h0 = b8_l0_nzs[0] & (4'd0 == cj0);
  assign b8_l0_n0 = 4'd0 + {3'd0, b8_l0_nzs[0]};
  assign b8_l0_h1 = b8_l0_nzs[1] & (b8_l0_n0 == cj0);
  assign b8_l0_n1 = b8_l0_n0 + {3'd0, b8_l0_nzs[1]};
  assign b8_l0_h2 = b8_l0_nzs[2] & (b8_l0_n1 == cj0);
  assign b8_l0_n2 = b8_l0_n1 + {3'd0, b8_l0_nzs[2]};
  assign b8_l0_h3 = b8_l0_nzs[3] & (b8_l0_n2 == cj0);
  assign b8_l0_hit = b8_l0_h0 | b8_l0_h1 | b8_l0_h2 | b8_l0_h3;
  assign b8_l0_pos = ((b8_l0_h0 ? 2'd0 : 2'd0) | (b8_l0_h1 ? 2'd1 : 2'd0) | (b8_l0_h2 ? 2'd2 : 2'd0) | (b8_l0_h3 ? 2'd3 : 2'd0));
  assign b8_l0_dig = (({3{b8_l0_h0}} & b8_l0_digits[2:0]) | ({3{b8_l0_h1}} & b8_l0_digits[5:3]) | ({3{b8_l0_h2}} & b8_l0_digits[8:6]) | ({3{b8_l0_h3}} & b8_l0_digits[11:9]));
  assign b8_l0_e = {b8_l0_pos, b8_l0_dig[1]};
  assign b8_l0_t = {b8_l0_hit, b8_l0_dig[2], b8_l0_e};
  assign b8_l1_cnt = {3'd0, b8_l1_nzs[0]} + {3'd0, b8_l1_nzs[1]} + {3'd0, b8_l1_nzs[2]} + {3'd0, b8_l1_nzs[3]};
  assign b8_l1_h0 = b8_l1_nzs[0] & (4'd0 == cj1);
  assign b8_l1_n0 = 4'd0 + {3'd0, b8_l1_nzs[0]};
  assign b8_l1_h1 = b8_l1_nzs[1] & (b8_l1_n0 == cj1);
  assign b8_l1_n1 = b8_l1_n0 + {3'd0, b8_l1_nzs[1]};
  assign b8_l1_h2 = b8_l1_nzs[2] & (b8_l1_n1 == cj1);
  assign b8_l1_n2 = b8_l1_n1 + {3'd0, b8_l1_nzs[2]};
  assign b8_l1_h3 = b8_l1_nzs[3] & (b8_l1_n2 == cj1);
  assign b8_l1_hit = b8_l1_h0 | b8_l1_h1 | b8_l1_h2 | b8_l1_h3;
  assign b8_l1_pos = ((b8_l1_h0 ? 2'd0 : 2'd0) | (b8_l1_h1 ? 2'd1 : 2'd0) | (b8_l1_h2 ? 2'd2 : 2'd0) | (b8_l1_h3 ? 2'd3 : 2'd0));
  assign b8_l1_dig = (({3{b8_l1_h0}} & b8_l1_digits[2:0]) | ({3{b8_l1_h1}} & b8_l1_digits[5:3]) | ({3{b8_l1_h2}} & b8_l1_digits[8:6]) | ({3{b8_l1_h3}} & b8_l1_digits[11:9]));
  assign b8_l1_e = {b8_l1_pos, b8_l1_dig[1]};
  assign b8_l1_t = {b8_l1_hit, b8_l1_dig[2], b8_l1_e};
  assign b8_l2_cnt = {3'd0, b8_l2_nzs[0]} + {3'd0, b8_l2_nzs[1]} + {3'd0, b8_l2_nzs[2]} + {3'd0, b8_l2_nzs[3]};
  assign b8_l2_h0 = b8_l2_nzs[0] & (4'd0 == cj2);
  assign b8_l2_n0 = 4'd0 + {3'd0, b8_l2_nzs[0]};
  assign b8_l2_h1 = b8_l2_nzs[1] & (b8_l2_n0 == cj2);
  assign b8_l2_n1 = b8_l2_n0 + {3'd0, b8_l2_nzs[1]};
  assign b8_l2_h2 = b8_l2_nzs[2] & (b8_l2_n1 == cj2);
  assign b8_l2_n2 = b8_l2_n1 + {3'd0, b8_l2_nzs[2]};
  assign b8_l2_h3 = b8_l2_nzs[3] & (b8_l2_n2 == cj2);
  assign b8_l2_hit = b8_l2_h0 | b8_l2_h1 | b8_l2_h2 | b8_l2_h3;
  assign b8_l2_pos = ((b8_l2_h0 ? 2'd0 : 2'd0) | (b8_l2_h1 ? 2'd1 : 2'd0) | (b8_l2_h2 ? 2'd2 : 2'd0) | (b8_l2_h3 ? 2'd3 : 2'd0));
  assign b8_l2_dig = (({3{b8_l2_h0}} & b8_l2_digits[2:0]) | ({3{b8_l2_h1}} & b8_l2_digits[5:3]) | ({3{b8_l2_h2}} & b8_l2_digits[8:6]) | ({3{b8_l2_h3}} & b8_l2_digits[11:9]));
  assign b8_l2_e = {b8_l2_pos, b8_l2_dig[1]};
  assign b8_l2_t = {b8_l2_hit, b8_l2_dig[2], b8_l2_e};
  assign b8_l3_cnt = {3'd0, b8_l3_nzs[0]} + {3'd0, b8_l3_nzs[1]} + {3'd0, b8_l3_nzs[2]} + {3'd0, b8_l3_nzs[3]};
  assign b8_l3_h0 = b8_l3_nzs[0] & (4'd0 == cj3);
  assign b8_l3_n0 = 4'd0 + {3'd0, b8_l3_nzs[0]};
  assign b8_l3_h1 = b8_l3_nzs[1] & (b8_l3_n0 == cj3);
  assign b8_l3_n1 = b8_l3_n0 + {3'd0, b8_l3_nzs[1]};
  assign b8_l3_h2 = b8_l3_nzs[2] & (b8_l3_n1 == cj3);
  assign b8_l3_n2 = b8_l3_n1 + {3'd0, b8_l3_nzs[2]};
  assign b8_l3_h3 = b8_l3_nzs[3] & (b8_l3_n2 == cj3);
  assign b8_l3_hit = b8_l3_h0 | b8_l3_h1 | b8_l3_h2 | b8_l3_h3;
  assign b8_l3_pos = ((b8_l3_h0 ? 2'd0 : 2'd0) | (b8_l3_h1 ? 2'd1 : 2'd0) | (b8_l3_h2 ? 2'd2 : 2'd0) | (b8_l3_h3 ? 2'd3 : 2'd0));
  assign b8_l3_dig = (({3{b8_l3_h0}} & b8_l3_digits[2:0]) | ({3{b8_l3_h1}} & b8_l3_digits[5:3]) | ({3{b8_l3_h2}} & b8_l3_digits[8:6]) | ({3{b8_l3_h3}} & b8_l3_digits[11:9]));
  assign b8_l3_e = {b8_l3_pos, b8_l3_dig[1]};
  assign b8_l3_t = {b8_l3_hit, b8_l3_dig[2], b8_l3_e};
  assign b8_l4_cnt = {3'd0, b8_l4_nzs[0]} + {3'd0, b8_l4_nzs[1]} + {3'd0, b8_l4_nzs[2]} + {3'd0, b8_l4_nzs[3]};
  assign b8_l4_h0 = b8_l4_nzs[0] & (4'd0 == cj4);
  assign b8_l4_n0 = 4'd0 + {3'd0, b8_l4_nzs[0]};
  assign b8_l4_h1 = b8_l4_nzs[1] & (b8_l4_n0 == cj4);
  assign b8_l4_n1 = b8_l4_n0 + {3'd0, b8_l4_nzs[1]};
  assign b8_l4_h2 = b8_l4_nzs[2] & (b8_l4_n1 == cj4);
  assign b8_l4_n2 = b8_l4_n1 + {3'd0, b8_l4_nzs[2]};
  assign b8_l4_h3 = b8_l4_nzs[3] & (b8_l4_n2 == cj4);
  assign b8_l4_hit = b8_l4_h0 | b8_l4_h1 | b8_l4_h2 | b8_l4_h3;
  assign b8_l4_pos = ((b8_l4_h0 ? 2'd0 : 2'd0) | (b8_l4_h1 ? 2'd1 : 2'd0) | (b8_l4_h2 ? 2'd2 : 2'd0) | (b8_l4_h3 ? 2'd3 : 2'd0));
  assign b8_l4_dig = (({3{b8_l4_h0}} & b8_l4_digits[2:0]) | ({3{b8_l4_h1}} & b8_l4_digits[5:3]) | ({3{b8_l4_h2}} & b8_l4_digits[8:6]) | ({3{b8_l4_h3}} & b8_l4_digits[11:9]));
  assign b8_l4_e = {b8_l4_pos, b8_l4_dig[1]};
  assign b8_l4_t = {b8_l4_hit, b8_l4_dig[2], b8_l4_e};
  assign b8_l5_cnt = {3'd0, b8_l5_nzs[0]} + {3'd0, b8_l5_nzs[1]} + {3'd0, b8_l5_nzs[2]} + {3'd0, b8_l5_nzs[3]};
  assign b8_l5_h0 = b8_l5_nzs[0] & (4'd0 == cj5);
  assign b8_l5_n0 = 4'd0 + {3'd0, b8_l5_nzs[0]};
  assign b8_l5_h1 = b8_l5_nzs[1] & (b8_l5_n0 == cj5);
  assign b8_l5_n1 = b8_l5_n0 + {3'd0, b8_l5_nzs[1]};
  assign b8_l5_h2 = b8_l5_nzs[2] & (b8_l5_n1 == cj5);
  assign b8_l5_n2 = b8_l5_n1 + {3'd0, b8_l5_nzs[2]};
  assign b8_l5_h3 = b8_l5_nzs[3] & (b8_l5_n2 == cj5);
  assign b8_l5_hit = b8_l5_h0 | b8_l5_h1 | b8_l5_h2 | b8_l5_h3;
  assign b8_l5_pos = ((b8_l5_h0 ? 2'd0 : 2'd0) | (b8_l5_h1 ? 2'd1 : 2'd0) | (b8_l5_h2 ? 2'd2 : 2'd0) | (b8_l5_h3 ? 2'd3 : 2'd0));
  assign b8_l5_dig = (({3{b8_l5_h0}} & b8_l5_digits[2:0]) | ({3{b8_l5_h1}} & b8_l5_digits[5:3]) | ({3{b8_l5_h2}} & b8_l5_digits[8:6]) | ({3{b8_l5_h3}} & b8_l5_digits[11:9]));
  assign b8_l5_e = {b8_l5_pos, b8_l5_dig[1]};
  assign b8_l5_t = {b8_l5_hit, b8_l5_dig[2], b8_l5_e};
  assign b8_l6_cnt = {3'd0, b8_l6_nzs[0]} + {3'd0, b8_l6_nzs[1]} + {3'd0, b8_l6_nzs[2]} + {3'd0, b8_l6_nzs[3]};
  assign b8_l6_h0 = b8_l6_nzs[0] & (4'd0 == cj6);
  assign b8_l6_n0 = 4'd0 + {3'd0, b8_l6_nzs[0]};
  assign b8_l6_h1 = b8_l6_nzs[1] & (b8_l6_n0 == cj6);
  assign b8_l6_n1 = b8_l6_n0 + {3'd0, b8_l6_nzs[1]};
  assign b8_l6_h2 = b8_l6_nzs[2] & (b8_l6_n1 == cj6);
  assign b8_l6_n2 = b8_l6_n1 + {3'd0, b8_l6_nzs[2]};
  assign b8_l6_h3 = b8_l6_nzs[3] & (b8_l6_n2 == cj6);
  assign b8_l6_hit = b8_l6_h0 | b8_l6_h1 | b8_l6_h2 | b8_l6_h3;
  assign b8_l6_pos = ((b8_l6_h0 ? 2'd0 : 2'd0) | (b8_l6_h1 ? 2'd1 : 2'd0) | (b8_l6_h2 ? 2'd2 : 2'd0) | (b8_l6_h3 ? 2'd3 : 2'd0));
  assign b8_l6_dig = (({3{b8_l6_h0}} & b8_l6_digits[2:0]) | ({3{b8_l6_h1}} & b8_l6_digits[5:3]) | ({3{b8_l6_h2}} & b8_l6_digits[8:6]) | ({3{b8_l6_h3}} & b8_l6_digits[11:9]));
  assign b8_l6_e = {b8_l6_pos, b8_l6_dig[1]};
  assign b8_l6_t = {b8_l6_hit, b8_l6_dig[2], b8_l6_e};
  assign b8_l7_cnt = {3'd0, b8_l7_nzs[0]} + {3'd0, b8_l7_nzs[1]} + {3'd0, b8_l7_nzs[2]} + {3'd0, b8_l7_nzs[3]};
  assign b8_l7_h0 = b8_l7_nzs[0] & (4'd0 == cj7);
  assign b8_l7_n0 = 4'd0 + {3'd0, b8_l7_nzs[0]};
  assign b8_l7_h1 = b8_l7_nzs[1] & (b8_l7_n0 == cj7);
  assign b8_l7_n1 = b8_l7_n0 + {3'd0, b8_l7_nzs[1]};
  assign b8_l7_h2 = b8_l7_nzs[2] & (b8_l7_n1 == cj7);
  assign b8_l7_n2 = b8_l7_n1 + {3'd0, b8_l7_nzs[2]};
  assign b8_l7_h3 = b8_l7_nzs[3] & (b8_l7_n2 == cj7);
  assign b8_l7_hit = b8_l7_h0 | b8_l7_h1 | b8_l7_h2 | b8_l7_h3;
  assign b8_l7_pos = ((b8_l7_h0 ? 2'd0 : 2'd0) | (b8_l7_h1 ? 2'd1 : 2'd0) | (b8_l7_h2 ? 2'd2 : 2'd0) | (b8_l7_h3 ? 2'd3 : 2'd0));
  assign b8_l7_dig = (({3{b8_l7_h0}} & b8_l7_digits[2:0]) | ({3{b8_l7_h1}} & b8_l7_digits[5:3]) | ({3{b8_l7_h2}} & b8_l7_digits[8:6]) | ({3{b8_l7_h3}} & b8_l7_digits[11:9]));
  assign b8_l7_e = {b8_l7_pos, b8_l7_dig[1]};
  assign b8_l7_t = {b8_l7_hit, b8_l7_dig[2], b8_l7_e};
  assign b8_l8_cnt = {3'd0, b8_l8_nzs[0]} + {3'd0, b8_l8_nzs[1]} + {3'd0, b8_l8_nzs[2]} + {3'd0, b8_l8_nzs[3]};
  assign b8_l8_h0 = b8_l8_nzs[0] & (4'd0 == cj8);
  assign b8_l8_n0 = 4'd0 + {3'd0, b8_l8_nzs[0]};
  assign b8_l8_h1 = b8_l8_nzs[1] & (b8_l8_n0 == cj8);
  assign b8_l8_n1 = b8_l8_n0 + {3'd0, b8_l8_nzs[1]};
  assign b8_l8_h2 = b8_l8_nzs[2] & (b8_l8_n1 == cj8);
  assign b8_l8_n2 = b8_l8_n1 + {3'd0, b8_l8_nzs[2]};
  assign b8_l8_h3 = b8_l8_nzs[3] & (b8_l8_n2 == cj8);
  assign b8_l8_hit = b8_l8_h0 | b8_l8_h1 | b8_l8_h2 | b8_l8_h3;
  assign b8_l8_pos = ((b8_l8_h0 ? 2'd0 : 2'd0) | (b8_l8_h1 ? 2'd1 : 2'd0) | (b8_l8_h2 ? 2'd2 : 2'd0) | (b8_l8_h3 ? 2'd3 : 2'd0));
  assign b8_l8_dig = (({3{b8_l8_h0}} & b8_l8_digits[2:0]) | ({3{b8_l8_h1}} & b8_l8_digits[5:3]) | ({3{b8_l8_h2}} & b8_l8_digits[8:6]) | ({3{b8_l8_h3}} & b8_l8_digits[11:9]));
  assign b8_l8_e = {b8_l8_pos, b8_l8_dig[1]};
  assign b8_l8_t = {b8_l8_hit, b8_l8_dig[2], b8_l8_e};
  assign b8_l9_cnt = {3'd0, b8_l9_nzs[0]} + {3'd0, b8_l9_nzs[1]} + {3'd0, b8_l9_nzs[2]} + {3'd0, b8_l9_nzs[3]};
  assign b8_l9_h0 = b8_l9_nzs[0] & (4'd0 == cj9);
  assign b8_l9_n0 = 4'd0 + {3'd0, b8_l9_nzs[0]};
  assign b8_l9_h1 = b8_l9_nzs[1] & (b8_l9_n0 == cj9);
  assign b8_l9_n1 = b8_l9_n0 + {3'd0, b8_l9_nzs[1]};
  assign b8_l9_h2 = b8_l9_nzs[2] & (b8_l9_n1 == cj9);
  assign b8_l9_n2 = b8_l9_n1 + {3'd0, b8_l9_nzs[2]};
  assign b8_l9_h3 = b8_l9_nzs[3] & (b8_l9_n2 == cj9);
  assign b8_l9_hit = b8_l9_h0 | b8_l9_h1 | b8_l9_h2 | b8_l9_h3;
  assign b8_l9_pos = ((b8_l9_h0 ? 2'd0 : 2'd0) | (b8_l9_h1 ? 2'd1 : 2'd0) | (b8_l9_h2 ? 2'd2 : 2'd0) | (b8_l9_h3 ? 2'd3 : 2'd0));
  assign b8_l9_dig = (({3{b8_l9_h0}} & b8_l9_digits[2:0]) | ({3{b8_l9_h1}} & b8_l9_digits[5:3]) | ({3{b8_l9_h2}} & b8_l9_digits[8:6]) | ({3{b8_l9_h3}} & b8_l9_digits[11:9]));
  assign b8_l9_e = {b8_l9_pos, b8_l9_dig[1]};
  assign b8_l9_t = {b8_l9_hit, b8_l9_dig[2], b8_l9_e};
  assign b8_l10_cnt = {3'd0, b8_l10_nzs[0]} + {3'd0, b8_l10_nzs[1]} + {3'd0, b8_l10_nzs[2]} + {3'd0, b8_l10_nzs[3]};
  assign b8_l10_h0 = b8_l10_nzs[0] & (4'd0 == cj10);
  assign b8_l10_n0 = 4'd0 + {3'd0, b8_l10_nzs[0]};
  assign b8_l10_h1 = b8_l10_nzs[1] & (b8_l10_n0 == cj10);
  assign b8_l10_n1 = b8_l10_n0 + {3'd0, b8_l10_nzs[1]};
  assign b8_l10_h2 = b8_l10_nzs[2] & (b8_l10_n1 == cj10);
  assign b8_l10_n2 = b8_l10_n1 + {3'd0, b8_l10_nzs[2]};
  assign b8_l10_h3 = b8_l10_nzs[3] & (b8_l10_n2 == cj10);
  assign b8_l10_hit = b8_l10_h0 | b8_l10_h1 | b8_l10_h2 | b8_l10_h3;
  assign b8_l10_pos = ((b8_l10_h0 ? 2'd0 : 2'd0) | (b8_l10_h1 ? 2'd1 : 2'd0) | (b8_l10_h2 ? 2'd2 : 2'd0) | (b8_l10_h3 ? 2'd3 : 2'd0));
  assign b8_l10_dig = (({3{b8_l10_h0}} & b8_l10_digits[2:0]) | ({3{b8_l10_h1}} & b8_l10_digits[5:3]) | ({3{b8_l10_h2}} & b8_l10_digits[8:6]) | ({3{b8_l10_h3}} & b8_l10_digits[11:9]));
  assign b8_l10_e = {b8_l10_pos, b8_l10_dig[1]};
  assign b8_l10_t = {b8_l10_hit, b8_l10_dig[2], b8_l10_e};
  assign b8_l11_cnt = {3'd0, b8_l11_nzs[0]} + {3'd0, b8_l11_nzs[1]} + {3'd0, b8_l11_nzs[2]} + {3'd0, b8_l11_nzs[3]};
  assign b8_l11_h0 = b8_l11_nzs[0] & (4'd0 == cj11);
  assign b8_l11_n0 = 4'd0 + {3'd0, b8_l11_nzs[0]};
  assign b8_l11_h1 = b8_l11_nzs[1] & (b8_l11_n0 == cj11);
  assign b8_l11_n1 = b8_l11_n0 + {3'd0, b8_l11_nzs[1]};
  assign b8_l11_h2 = b8_l11_nzs[2] & (b8_l11_n1 == cj11);
  assign b8_l11_n2 = b8_l11_n1 + {3'd0, b8_l11_nzs[2]};
  assign b8_l11_h3 = b8_l11_nzs[3] & (b8_l11_n2 == cj11);
  assign b8_l11_hit = b8_l11_h0 | b8_l11_h1 | b8_l11_h2 | b8_l11_h3;
  assign b8_l11_pos = ((b8_l11_h0 ? 2'd0 : 2'd0) | (b8_l11_h1 ? 2'd1 : 2'd0) | (b8_l11_h2 ? 2'd2 : 2'd0) | (b8_l11_h3 ? 2'd3 : 2'd0));
  assign b8_l11_dig = (({3{b8_l11_h0}} & b8_l11_digits[2:0]) | ({3{b8_l11_h1}} & b8_l11_digits[5:3]) | ({3{b8_l11_h2}} & b8_l11_digits[8:6]) | ({3{b8_l11_h3}} & b8_l11_digits[11:9]));
  assign b8_l11_e = {b8_l11_pos, b8_l11_dig[1]};
  assign b8_l11_t = {b8_l11_hit, b8_l11_dig[2], b8_l11_e};
  assign b8_l12_cnt = {3'd0, b8_l12_nzs[0]} + {3'd0, b8_l12_nzs[1]} + {3'd0, b8_l12_nzs[2]} + {3'd0, b8_l12_nzs[3]};
  assign b8_l12_h0 = b8_l12_nzs[0] & (4'd0 == cj12);
  assign b8_l12_n0 = 4'd0 + {3'd0, b8_l12_nzs[0]};
  assign b8_l12_h1 = b8_l12_nzs[1] & (b8_l12_n0 == cj12);
  assign b8_l12_n1 = b8_l12_n0 + {3'd0, b8_l12_nzs[1]};
  assign b8_l12_h2 = b8_l12_nzs[2] & (b8_l12_n1 == cj12);
  assign b8_l12_n2 = b8_l12_n1 + {3'd0, b8_l12_nzs[2]};
  assign b8_l12_h3 = b8_l12_nzs[3] & (b8_l12_n2 == cj12);
  assign b8_l12_hit = b8_l12_h0 | b8_l12_h1 | b8_l12_h2 | b8_l12_h3;
  assign b8_l12_pos = ((b8_l12_h0 ? 2'd0 : 2'd0) | (b8_l12_h1 ? 2'd1 : 2'd0) | (b8_l12_h2 ? 2'd2 : 2'd0) | (b8_l12_h3 ? 2'd3 : 2'd0));
  assign b8_l12_dig = (({3{b8_l12_h0}} & b8_l12_digits[2:0]) | ({3{b8_l12_h1}} & b8_l12_digits[5:3]) | ({3{b8_l12_h2}} & b8_l12_digits[8:6]) | ({3{b8_l12_h3}} & b8_l12_digits[11:9]));
  assign b8_l12_e = {b8_l12_pos, b8_l12_dig[1]};
  assign b8_l12_t = {b8_l12_hit, b8_l12_dig[2], b8_l12_e};
  assign b8_l13_cnt = {3'd0, b8_l13_nzs[0]} + {3'd0, b8_l13_nzs[1]} + {3'd0, b8_l13_nzs[2]} + {3'd0, b8_l13_nzs[3]};
  assign b8_l13_h0 = b8_l13_nzs[0] & (4'd0 == cj13);
  assign b8_l13_n0 = 4'd0 + {3'd0, b8_l13_nzs[0]};
  assign b8_l13_h1 = b8_l13_nzs[1] & (b8_l13_n0 == cj13);
  assign b8_l13_n1 = b8_l13_n0 + {3'd0, b8_l13_nzs[1]};
  assign b8_l13_h2 = b8_l13_nzs[2] & (b8_l13_n1 == cj13);
  assign b8_l13_n2 = b8_l13_n1 + {3'd0, b8_l13_nzs[2]};
  assign b8_l13_h3 = b8_l13_nzs[3] & (b8_l13_n2 == cj13);
  assign b8_l13_hit = b8_l13_h0 | b8_l13_h1 | b8_l13_h2 | b8_l13_h3;
  assign b8_l13_pos = ((b8_l13_h0 ? 2'd0 : 2'd0) | (b8_l13_h1 ? 2'd1 : 2'd0) | (b8_l13_h2 ? 2'd2 : 2'd0) | (b8_l13_h3 ? 2'd3 : 2'd0));
  assign b8_l13_dig = (({3{b8_l13_h0}} & b8_l13_digits[2:0]) | ({3{b8_l13_h1}} & b8_l13_digits[5:3]) | ({3{b8_l13_h2}} & b8_l13_digits[8:6]) | ({3{b8_l13_h3}} & b8_l13_digits[11:9]));
  assign b8_l13_e = {b8_l13_pos, b8_l13_dig[1]};
  assign b8_l13_t = {b8_l13_hit, b8_l13_dig[2], b8_l13_e};
  assign b8_l14_cnt = {3'd0, b8_l14_nzs[0]} + {3'd0, b8_l14_nzs[1]} + {3'd0, b8_l14_nzs[2]} + {3'd0, b8_l14_nzs[3]};
  assign b8_l14_h0 = b8_l14_nzs[0] & (4'd0 == cj14);
  assign b8_l14_n0 = 4'd0 + {3'd0, b8_l14_nzs[0]};
  assign b8_l14_h1 = b8_l14_nzs[1] & (b8_l14_n0 == cj14);
  assign b8_l14_n1 = b8_l14_n0 + {3'd0, b8_l14_nzs[1]};
  assign b8_l14_h2 = b8_l14_nzs[2] & (b8_l14_n1 == cj14);
  assign b8_l14_n2 = b8_l14_n1 + {3'd0, b8_l14_nzs[2]};
  assign b8_l14_h3 = b8_l14_nzs[3] & (b8_l14_n2 == cj14);
  assign b8_l14_hit = b8_l14_h0 | b8_l14_h1 | b8_l14_h2 | b8_l14_h3;
  assign b8_l14_pos = ((b8_l14_h0 ? 2'd0 : 2'd0) | (b8_l14_h1 ? 2'd1 : 2'd0) | (b8_l14_h2 ? 2'd2 : 2'd0) | (b8_l14_h3 ? 2'd3 : 2'd0));
  assign b8_l14_dig = (({3{b8_l14_h0}} & b8_l14_digits[2:0]) | ({3{b8_l14_h1}} & b8_l14_digits[5:3]) | ({3{b8_l14_h2}} & b8_l14_digits[8:6]) | ({3{b8_l14_h3}} & b8_l14_digits[11:9]));
  assign b8_l14_e = {b8_l14_pos, b8_l14_dig[1]};
  assign b8_l14_t = {b8_l14_hit, b8_l14_dig[2], b8_l14_e};
  assign b8_l15_cnt = {3'd0, b8_l15_nzs[0]} + {3'd0, b8_l15_nzs[1]} + {3'd0, b8_l15_nzs[2]} + {3'd0, b8_l15_nzs[3]};
  assign b8_l15_h0 = b8_l15_nzs[0] & (4'd0 == cj15);
  assign b8_l15_n0 = 4'd0 + {3'd0, b8_l15_nzs[0]};
  assign b8_l15_h1 = b8_l15_nzs[1] & (b8_l15_n0 == cj15);
  assign b8_l15_n1 = b8_l15_n0 + {3'd0, b8_l15_nzs[1]};
  assign b8_l15_h2 = b8_l15_nzs[2] & (b8_l15_n1 == cj15);
  assign b8_l15_n2 = b8_l15_n1 + {3'd0, b8_l15_nzs[2]};
  assign b8_l15_h3 = b8_l15_nzs[3] & (b8_l15_n2 == cj15);
  assign b8_l15_hit = b8_l15_h0 | b8_l15_h1 | b8_l15_h2 | b8_l15_h3;
  assign b8_l15_pos = ((b8_l15_h0 ? 2'd0 : 2'd0) | (b8_l15_h1 ? 2'd1 : 2'd0) | (b8_l15_h2 ? 2'd2 : 2'd0) | (b8_l15_h3 ? 2'd3 : 2'd0));
  assign b8_l15_dig = (({3{b8_l15_h0}} & b8_l15_digits[2:0]) | ({3{b8_l15_h1}} & b8_l15_digits[5:3]) | ({3{b8_l15_h2}} & b8_l15_digits[8:6]) | ({3{b8_l15_h3}} & b8_l15_digits[11:9]));
  assign b8_l15_e = {b8_l15_pos, b8_l15_dig[1]};
  assign b8_l15_t = {b8_l15_hit, b8_l15_dig[2], b8_l15_e};
  assign b9_l0_cnt = {3'd0, b9_l0_nzs[0]} + {3'd0, b9_l0_nzs[1]} + {3'd0, b9_l0_nzs[2]} + {3'd0, b9_l0_nzs[3]};
  assign b9_l0_h0 = b9_l0_nzs[0] & (4'd0 == cj0);
  assign b9_l0_n0 = 4'd0 + {3'd0, b9_l0_nzs[0]};
  assign b9_l0_h1 = b9_l0_nzs[1] & (b9_l0_n0 == cj0);
  assign b9_l0_n1 = b9_l0_n0 + {3'd0, b9_l0_nzs[1]};
  assign b9_l0_h2 = b9_l0_nzs[2] & (b9_l0_n1 == cj0);
  assign b9_l0_n2 = b9_l0_n1 + {3'd0, b9_l0_nzs[2]};
  assign b9_l0_h3 = b9_l0_nzs[3] & (b9_l0_n2 == cj0);
  assign b9_l0_hit = b9_l0_h0 | b9_l0_h1 | b9_l0_h2 | b9_l0_h3;
  assign b9_l0_pos = ((b9_l0_h0 ? 2'd0 : 2'd0) | (b9_l0_h1 ? 2'd1 : 2'd0) | (b9_l0_h2 ? 2'd2 : 2'd0) | (b9_l0_h3 ? 2'd3 : 2'd0));
  assign b9_l0_dig = (({3{b9_l0_h0}} & b9_l0_digits[2:0]) | ({3{b9_l0_h1}} & b9_l0_digits[5:3]) | ({3{b9_l0_h2}} & b9_l0_digits[8:6]) | ({3{b9_l0_h3}} & b9_l0_digits[11:9]));
  assign b9_l0_e = {b9_l0_pos, b9_l0_dig[1]};
  assign b9_l0_t = {b9_l0_hit, b9_l0_dig[2], b9_l0_e};
  assign b9_l1_cnt = {3'd0, b9_l1_nzs[0]} + {3'd0, b9_l1_nzs[1]} + {3'd0, b9_l1_nzs[2]} + {3'd0, b9_l1_nzs[3]};
  assign b9_l1_h0 = b9_l1_nzs[0] & (4'd0 == cj1);
  assign b9_l1_n0 = 4'd0 + {3'd0, b9_l1_nzs[0]};
  assign b9_l1_h1 = b9_l1_nzs[1] & (b9_l1_n0 == cj1);
  assign b9_l1_n1 = b9_l1_n0 + {3'd0, b9_l1_nzs[1]};
  assign b9_l1_h2 = b9_l1_nzs[2] & (b9_l1_n1 == cj1);
  assign b9_l1_n2 = b9_l1_n1 + {3'd0, b9_l1_nzs[2]};
  assign b9_l1_h3 = b9_l1_nzs[3] & (b9_l1_n2 == cj1);
  assign b9_l1_hit = b9_l1_h0 | b9_l1_h1 | b9_l1_h2 | b9_l1_h3;
  assign b9_l1_pos = ((b9_l1_h0 ? 2'd0 : 2'd0) | (b9_l1_h1 ? 2'd1 : 2'd0) | (b9_l1_h2 ? 2'd2 : 2'd0) | (b9_l1_h3 ? 2'd3 : 2'd0));
  assign b9_l1_dig = (({3{b9_l1_h0}} & b9_l1_digits[2:0]) | ({3{b9_l1_h1}} & b9_l1_digits[5:3]) | ({3{b9_l1_h2}} & b9_l1_digits[8:6]) | ({3{b9_l1_h3}} & b9_l1_digits[11:9]));
  assign b9_l1_e = {b9_l1_pos, b9_l1_dig[1]};
  assign b9_l1_t = {b9_l1_hit, b9_l1_dig[2], b9_l1_e};
  assign b9_l2_cnt = {3'd0, b9_l2_nzs[0]} + {3'd0, b9_l2_nzs[1]} + {3'd0, b9_l2_nzs[2]} + {3'd0, b9_l2_nzs[3]};
  assign b9_l2_h0 = b9_l2_nzs[0] & (4'd0 == cj2);
  assign b9_l2_n0 = 4'd0 + {3'd0, b9_l2_nzs[0]};
  assign b9_l2_h1 = b9_l2_nzs[1] & (b9_l2_n0 == cj2);
  assign b9_l2_n1 = b9_l2_n0 + {3'd0, b9_l2_nzs[1]};
  assign b9_l2_h2 = b9_l2_nzs[2] & (b9_l2_n1 == cj2);
  assign b9_l2_n2 = b9_l2_n1 + {3'd0, b9_l2_nzs[2]};
  assign b9_l2_h3 = b9_l2_nzs[3] & (b9_l2_n2 == cj2);
  assign b9_l2_hit = b9_l2_h0 | b9_l2_h1 | b9_l2_h2 | b9_l2_h3;
  assign b9_l2_pos = ((b9_l2_h0 ? 2'd0 : 2'd0) | (b9_l2_h1 ? 2'd1 : 2'd0) | (b9_l2_h2 ? 2'd2 : 2'd0) | (b9_l2_h3 ? 2'd3 : 2'd0));
  assign b9_l2_dig = (({3{b9_l2_h0}} & b9_l2_digits[2:0]) | ({3{b9_l2_h1}} & b9_l2_digits[5:3]) | ({3{b9_l2_h2}} & b9_l2_digits[8:6]) | ({3{b9_l2_h3}} & b9_l2_digits[11:9]));
  assign b9_l2_e = {b9_l2_pos, b9_l2_dig[1]};
  assign b9_l2_t = {b9_l2_hit, b9_l2_dig[2], b9_l2_e};
  assign b9_l3_cnt = {3'd0, b9_l3_nzs[0]} + {3'd0, b9_l3_nzs[1]} + {3'd0, b9_l3_nzs[2]} + {3'd0, b9_l3_nzs[3]};
  assign b9_l3_h0 = b9_l3_nzs[0] & (4'd0 == cj3);
  assign b9_l3_n0 = 4'd0 + {3'd0, b9_l3_nzs[0]};
  assign b9_l3_h1 = b9_l3_nzs[1] & (b9_l3_n0 == cj3);
  assign b9_l3_n1 = b9_l3_n0 + {3'd0, b9_l3_nzs[1]};
  assign b9_l3_h2 = b9_l3_nzs[2] & (b9_l3_n1 == cj3);
  assign b9_l3_n2 = b9_l3_n1 + {3'd0, b9_l3_nzs[2]};
  assign b9_l3_h3 = b9_l3_nzs[3] & (b9_l3_n2 == cj3);
  assign b9_l3_hit = b9_l3_h0 | b9_l3_h1 | b9_l3_h2 | b9_l3_h3;
  assign b9_l3_pos = ((b9_l3_h0 ? 2'd0 : 2'd0) | (b9_l3_h1 ? 2'd1 : 2'd0) | (b9_l3_h2 ? 2'd2 : 2'd0) | (b9_l3_h3 ? 2'd3 : 2'd0));
  assign b9_l3_dig = (({3{b9_l3_h0}} & b9_l3_digits[2:0]) | ({3{b9_l3_h1}} & b9_l3_digits[5:3]) | ({3{b9_l3_h2}} & b9_l3_digits[8:6]) | ({3{b9_l3_h3}} & b9_l3_digits[11:9]));
  assign b9_l3_e = {b9_l3_pos, b9_l3_dig[1]};
  assign b9_l3_t = {b9_l3_hit, b9_l3_dig[2], b9_l3_e};
  assign b9_l4_cnt = {3'd0, b9_l4_nzs[0]} + {3'd0, b9_l4_nzs[1]} + {3'd0, b9_l4_nzs[2]} + {3'd0, b9_l4_nzs[3]};
  assign b9_l4_h0 = b9_l4_nzs[0] & (4'd0 == cj4);
  assign b9_l4_n0 = 4'd0 + {3'd0, b9_l4_nzs[0]};
  assign b9_l4_h1 = b9_l4_nzs[1] & (b9_l4_n0 == cj4);
  assign b9_l4_n1 = b9_l4_n0 + {3'd0, b9_l4_nzs[1]};
  assign b9_l4_h2 = b9_l4_nzs[2] & (b9_l4_n1 == cj4);
  assign b9_l4_n2 = b9_l4_n1 + {3'd0, b9_l4_nzs[2]};
  assign b9_l4_h3 = b9_l4_nzs[3] & (b9_l4_n2 == cj4);
  assign b9_l4_hit = b9_l4_h0 | b9_l4_h1 | b9_l4_h2 | b9_l4_h3;
  assign b9_l4_pos = ((b9_l4_h0 ? 2'd0 : 2'd0) | (b9_l4_h1 ? 2'd1 : 2'd0) | (b9_l4_h2 ? 2'd2 : 2'd0) | (b9_l4_h3 ? 2'd3 : 2'd0));
  assign b9_l4_dig = (({3{b9_l4_h0}} & b9_l4_digits[2:0]) | ({3{b9_l4_h1}} & b9_l4_digits[5:3]) | ({3{b9_l4_h2}} & b9_l4_digits[8:6]) | ({3{b9_l4_h3}} & b9_l4_digits[11:9]));
  assign b9_l4_e = {b9_l4_pos, b9_l4_dig[1]};
  assign b9_l4_t = {b9_l4_hit, b9_l4_dig[2], b9_l4_e};
  assign b9_l5_cnt = {3'd0, b9_l5_nzs[0]} + {3'd0, b9_l5_nzs[1]} + {3'd0, b9_l5_nzs[2]} + {3'd0, b9_l5_nzs[3]};
  assign b9_l5_h0 = b9_l5_nzs[0] & (4'd0 == cj5);
  assign b9_l5_n0 = 4'd0 + {3'd0, b9_l5_nzs[0]};
  assign b9_l5_h1 = b9_l5_nzs[1] & (b9_l5_n0 == cj5);
  assign b9_l5_n1 = b9_l5_n0 + {3'd0, b9_l5_nzs[1]};
  assign b9_l5_h2 = b9_l5_nzs[2] & (b9_l5_n1 == cj5);
  assign b9_l5_n2 = b9_l5_n1 + {3'd0, b9_l5_nzs[2]};
  assign b9_l5_h3 = b9_l5_nzs[3] & (b9_l5_n2 == cj5);
  assign b9_l5_hit = b9_l5_h0 | b9_l5_h1 | b9_l5_h2 | b9_l5_h3;
  assign b9_l5_pos = ((b9_l5_h0 ? 2'd0 : 2'd0) | (b9_l5_h1 ? 2'd1 : 2'd0) | (b9_l5_h2 ? 2'd2 : 2'd0) | (b9_l5_h3 ? 2'd3 : 2'd0));
  assign b9_l5_dig = (({3{b9_l5_h0}} & b9_l5_digits[2:0]) | ({3{b9_l5_h1}} & b9_l5_digits[5:3]) | ({3{b9_l5_h2}} & b9_l5_digits[8:6]) | ({3{b9_l5_h3}} & b9_l5_digits[11:9]));
  assign b9_l5_e = {b9_l5_pos, b9_l5_dig[1]};
  assign b9_l5_t = {b9_l5_hit, b9_l5_dig[2], b9_l5_e};
  assign b9_l6_cnt = {3'd0, b9_l6_nzs[0]} + {3'd0, b9_l6_nzs[1]} + {3'd0, b9_l6_nzs[2]} + {3'd0, b9_l6_nzs[3]};
  assign b9_l6_h0 = b9_l6_nzs[0] & (4'd0 == cj6);
  assign b9_l6_n0 = 4'd0 + {3'd0, b9_l6_nzs[0]};
  assign b9_l6_h1 = b9_l6_nzs[1] & (b9_l6_n0 == cj6);
  assign b9_l6_n1 = b9_l6_n0 + {3'd0, b9_l6_nzs[1]};
  assign b9_l6_h2 = b9_l6_nzs[2] & (b9_l6_n1 == cj6);
  assign b9_l6_n2 = b9_l6_n1 + {3'd0, b9_l6_nzs[2]};
  assign b9_l6_h3 = b9_l6_nzs[3] & (b9_l6_n2 == cj6);
  assign b9_l6_hit = b9_l6_h0 | b9_l6_h1 | b9_l6_h2 | b9_l6_h3;
  assign b9_l6_pos = ((b9_l6_h0 ? 2'd0 : 2'd0) | (b9_l6_h1 ? 2'd1 : 2'd0) | (b9_l6_h2 ? 2'd2 : 2'd0) | (b9_l6_h3 ? 2'd3 : 2'd0));
  assign b9_l6_dig = (({3{b9_l6_h0}} & b9_l6_digits[2:0]) | ({3{b9_l6_h1}} & b9_l6_digits[5:3]) | ({3{b9_l6_h2}} & b9_l6_digits[8:6]) | ({3{b9_l6_h3}} & b9_l6_digits[11:9]));
  assign b9_l6_e = {b9_l6_pos, b9_l6_dig[1]};
  assign b9_l6_t = {b9_l6_hit, b9_l6_dig[2], b9_l6_e};
  assign b9_l7_cnt = {3'd0, b9_l7_nzs[0]} + {3'd0, b9_l7_nzs[1]} + {3'd0, b9_l7_nzs[2]} + {3'd0, b9_l7_nzs[3]};
  assign b9_l7_h0 = b9_l7_nzs[0] & (4'd0 == cj7);
  assign b9_l7_n0 = 4'd0 + {3'd0, b9_l7_nzs[0]};
  assign b9_l7_h1 = b9_l7_nzs[1] & (b9_l7_n0 == cj7);
  assign b9_l7_n1 = b9_l7_n0 + {3'd0, b9_l7_nzs[1]};
  assign b9_l7_h2 = b9_l7_nzs[2] & (b9_l7_n1 == cj7);
  assign b9_l7_n2 = b9_l7_n1 + {3'd0, b9_l7_nzs[2]};
  assign b9_l7_h3 = b9_l7_nzs[3] & (b9_l7_n2 == cj7);
  assign b9_l7_hit = b9_l7_h0 | b9_l7_h1 | b9_l7_h2 | b9_l7_h3;
  assign b9_l7_pos = ((b9_l7_h0 ? 2'd0 : 2'd0) | (b9_l7_h1 ? 2'd1 : 2'd0) | (b9_l7_h2 ? 2'd2 : 2'd0) | (b9_l7_h3 ? 2'd3 : 2'd0));
  assign b9_l7_dig = (({3{b9_l7_h0}} & b9_l7_digits[2:0]) | ({3{b9_l7_h1}} & b9_l7_digits[5:3]) | ({3{b9_l7_h2}} & b9_l7_digits[8:6]) | ({3{b9_l7_h3}} & b9_l7_digits[11:9]));
  assign b9_l7_e = {b9_l7_pos, b9_l7_dig[1]};
  assign b9_l7_t = {b9_l7_hit, b9_l7_dig[2], b9_l7_e};
  assign b9_l8_cnt = {3'd0, b9_l8_nzs[0]} + {3'd0, b9_l8_nzs[1]} + {3'd0, b9_l8_nzs[2]} + {3'd0, b9_l8_nzs[3]};
  assign b9_l8_h0 = b9_l8_nzs[0] & (4'd0 == cj8);
  assign b9_l8_n0 = 4'd0 + {3'd0, b9_l8_nzs[0]};
  assign b9_l8_h1 = b9_l8_nzs[1] & (b9_l8_n0 == cj8);
  assign b9_l8_n1 = b9_l8_n0 + {3'd0, b9_l8_nzs[1]};
  assign b9_l8_h2 = b9_l8_nzs[2] & (b9_l8_n1 == cj8);
  assign b9_l8_n2 = b9_l8_n1 + {3'd0, b9_l8_nzs[2]};
  assign b9_l8_h3 = b9_l8_nzs[3] & (b9_l8_n2 == cj8);
  assign b9_l8_hit = b9_l8_h0 | b9_l8_h1 | b9_l8_h2 | b9_l8_h3;
  assign b9_l8_pos = ((b9_l8_h0 ? 2'd0 : 2'd0) | (b9_l8_h1 ? 2'd1 : 2'd0) | (b9_l8_h2 ? 2'd2 : 2'd0) | (b9_l8_h3 ? 2'd3 : 2'd0));
  assign b9_l8_dig = (({3{b9_l8_h0}} & b9_l8_digits[2:0]) | ({3{b9_l8_h1}} & b9_l8_digits[5:3]) | ({3{b9_l8_h2}} & b9_l8_digits[8:6]) | ({3{b9_l8_h3}} & b9_l8_digits[11:9]));
  assign b9_l8_e = {b9_l8_pos, b9_l8_dig[1]};
  assign b9_l8_t = {b9_l8_hit, b9_l8_dig[2], b9_l8_e};
  assign b9_l9_cnt = {3'd0, b9_l9_nzs[0]} + {3'd0, b9_l9_nzs[1]} + {3'd0, b9_l9_nzs[2]} + {3'd0, b9_l9_nzs[3]};
  assign b9_l9_h0 = b9_l9_nzs[0] & (4'd0 == cj9);
  assign b9_l9_n0 = 4'd0 + {3'd0, b9_l9_nzs[0]};
  assign b9_l9_h1 = b9_l9_nzs[1] & (b9_l9_n0 == cj9);
  assign b9_l9_n1 = b9_l9_n0 + {3'd0, b9_l9_nzs[1]};
  assign b9_l9_h2 = b9_l9_nzs[2] & (b9_l9_n1 == cj9);
  assign b9_l9_n2 = b9_l9_n1 + {3'd0, b9_l9_nzs[2]};
  assign b9_l9_h3 = b9_l9_nzs[3] & (b9_l9_n2 == cj9);
  assign b9_l9_hit = b9_l9_h0 | b9_l9_h1 | b9_l9_h2 | b9_l9_h3;
  assign b9_l9_pos = ((b9_l9_h0 ? 2'd0 : 2'd0) | (b9_l9_h1 ? 2'd1 : 2'd0) | (b9_l9_h2 ? 2'd2 : 2'd0) | (b9_l9_h3 ? 2'd3 : 2'd0));
  assign b9_l9_dig = (({3{b9_l9_h0}} & b9_l9_digits[2:0]) | ({3{b9_l9_h1}} & b9_l9_digits[5:3]) | ({3{b9_l9_h2}} & b9_l9_digits[8:6]) | ({3{b9_l9_h3}} & b9_l9_digits[11:9]));
  assign b9_l9_e = {b9_l9_pos, b9_l9_dig[1]};
  assign b9_l9_t = {b9_l9_hit, b9_l9_dig[2], b9_l9_e};
  assign b9_l10_cnt = {3'd0, b9_l10_nzs[0]} + {3'd0, b9_l10_nzs[1]} + {3'd0, b9_l10_nzs[2]} + {3'd0, b9_l10_nzs[3]};
  assign b9_l10_h0 = b9_l10_nzs[0] & (4'd0 == cj10);
  assign b9_l10_n0 = 4'd0 + {3'd0, b9_l10_nzs[0]};
  assign b9_l10_h1 = b9_l10_nzs[1] & (b9_l10_n0 == cj10);
  assign b9_l10_n1 = b9_l10_n0 + {3'd0, b9_l10_nzs[1]};
  assign b9_l10_h2 = b9_l10_nzs[2] & (b9_l10_n1 == cj10);
  assign b9_l10_n2 = b9_l10_n1 + {3'd0, b9_l10_nzs[2]};
  assign b9_l10_h3 = b9_l10_nzs[3] & (b9_l10_n2 == cj10);
  assign b9_l10_hit = b9_l10_h0 | b9_l10_h1 | b9_l10_h2 | b9_l10_h3;
  assign b9_l10_pos = ((b9_l10_h0 ? 2'd0 : 2'd0) | (b9_l10_h1 ? 2'd1 : 2'd0) | (b9_l10_h2 ? 2'd2 : 2'd0) | (b9_l10_h3 ? 2'd3 : 2'd0));
  assign b9_l10_dig = (({3{b9_l10_h0}} & b9_l10_digits[2:0]) | ({3{b9_l10_h1}} & b9_l10_digits[5:3]) | ({3{b9_l10_h2}} & b9_l10_digits[8:6]) | ({3{b9_l10_h3}} & b9_l10_digits[11:9]));
  assign b9_l10_e = {b9_l10_pos, b9_l10_dig[1]};
  assign b9_l10_t = {b9_l10_hit, b9_l10_dig[2], b9_l10_e};
  assign b9_l11_cnt = {3'd0, b9_l11_nzs[0]} + {3'd0, b9_l11_nzs[1]} + {3'd0, b9_l11_nzs[2]} + {3'd0, b9_l11_nzs[3]};
  assign b9_l11_h0 = b9_l11_nzs[0] & (4'd0 == cj11);
  assign b9_l11_n0 = 4'd0 + {3'd0, b9_l11_nzs[0]};
  assign b9_l11_h1 = b9_l11_nzs[1] & (b9_l11_n0 == cj11);
  assign b9_l11_n1 = b9_l11_n0 + {3'd0, b9_l11_nzs[1]};
  assign b9_l11_h2 = b9_l11_nzs[2] & (b9_l11_n1 == cj11);
  assign b9_l11_n2 = b9_l11_n1 + {3'd0, b9_l11_nzs[2]};
  assign b9_l11_h3 = b9_l11_nzs[3] & (b9_l11_n2 == cj11);
  assign b9_l11_hit = b9_l11_h0 | b9_l11_h1 | b9_l11_h2 | b9_l11_h3;
  assign b9_l11_pos = ((b9_l11_h0 ? 2'd0 : 2'd0) | (b9_l11_h1 ? 2'd1 : 2'd0) | (b9_l11_h2 ? 2'd2 : 2'd0) | (b9_l11_h3 ? 2'd3 : 2'd0));
  assign b9_l11_dig = (({3{b9_l11_h0}} & b9_l11_digits[2:0]) | ({3{b9_l11_h1}} & b9_l11_digits[5:3]) | ({3{b9_l11_h2}} & b9_l11_digits[8:6]) | ({3{b9_l11_h3}} & b9_l11_digits[11:9]));
  assign b9_l11_e = {b9_l11_pos, b9_l11_dig[1]};
  assign b9_l11_t = {b9_l11_hit, b9_l11_dig[2], b9_l11_e};
  assign b9_l12_cnt = {3'd0, b9_l12_nzs[0]} + {3'd0, b9_l12_nzs[1]} + {3'd0, b9_l12_nzs[2]} + {3'd0, b9_l12_nzs[3]};
  assign b9_l12_h0 = b9_l12_nzs[0] & (4'd0 == cj12);
  assign b9_l12_n0 = 4'd0 + {3'd0, b9_l12_nzs[0]};
  assign b9_l12_h1 = b9_l12_nzs[1] & (b9_l12_n0 == cj12);
  assign b9_l12_n1 = b9_l12_n0 + {3'd0, b9_l12_nzs[1]};
  assign b9_l12_h2 = b9_l12_nzs[2] & (b9_l12_n1 == cj12);
  assign b9_l12_n2 = b9_l12_n1 + {3'd0, b9_l12_nzs[2]};
  assign b9_l12_h3 = b9_l12_nzs[3] & (b9_l12_n2 == cj12);
  assign b9_l12_hit = b9_l12_h0 | b9_l12_h1 | b9_l12_h2 | b9_l12_h3;
  assign b9_l12_pos = ((b9_l12_h0 ? 2'd0 : 2'd0) | (b9_l12_h1 ? 2'd1 : 2'd0) | (b9_l12_h2 ? 2'd2 : 2'd0) | (b9_l12_h3 ? 2'd3 : 2'd0));
  assign b9_l12_dig = (({3{b9_l12_h0}} & b9_l12_digits[2:0]) | ({3{b9_l12_h1}} & b9_l12_digits[5:3]) | ({3{b9_l12_h2}} & b9_l12_digits[8:6]) | ({3{b9_l12_h3}} & b9_l12_digits[11:9]));
  assign b9_l12_e = {b9_l12_pos, b9_l12_dig[1]};
  assign b9_l12_t = {b9_l12_hit, b9_l12_dig[2], b9_l12_e};
  assign b9_l13_cnt = {3'd0, b9_l13_nzs[0]} + {3'd0, b9_l13_nzs[1]} + {3'd0, b9_l13_nzs[2]} + {3'd0, b9_l13_nzs[3]};
  assign b9_l13_h0 = b9_l13_nzs[0] & (4'd0 == cj13);
  assign b9_l13_n0 = 4'd0 + {3'd0, b9_l13_nzs[0]};
  assign b9_l13_h1 = b9_l13_nzs[1] & (b9_l13_n0 == cj13);
  assign b9_l13_n1 = b9_l13_n0 + {3'd0, b9_l13_nzs[1]};
  assign b9_l13_h2 = b9_l13_nzs[2] & (b9_l13_n1 == cj13);
  assign b9_l13_n2 = b9_l13_n1 + {3'd0, b9_l13_nzs[2]};
  assign b9_l13_h3 = b9_l13_nzs[3] & (b9_l13_n2 == cj13);
  assign b9_l13_hit = b9_l13_h0 | b9_l13_h1 | b9_l13_h2 | b9_l13_h3;
  assign b9_l13_pos = ((b9_l13_h0 ? 2'd0 : 2'd0) | (b9_l13_h1 ? 2'd1 : 2'd0) | (b9_l13_h2 ? 2'd2 : 2'd0) | (b9_l13_h3 ? 2'd3 : 2'd0));
  assign b9_l13_dig = (({3{b9_l13_h0}} & b9_l13_digits[2:0]) | ({3{b9_l13_h1}} & b9_l13_digits[5:3]) | ({3{b9_l13_h2}} & b9_l13_digits[8:6]) | ({3{b9_l13_h3}} & b9_l13_digits[11:9]));
  assign b9_l13_e = {b9_l13_pos, b9_l13_dig[1]};
  assign b9_l13_t = {b9_l13_hit, b9_l13_dig[2], b9_l13_e};
  assign b9_l14_cnt = {3'd0, b9_l14_nzs[0]} + {3'd0, b9_l14_nzs[1]} + {3'd0, b9_l14_nzs[2]} + {3'd0, b9_l14_nzs[3]};
  assign b9_l14_h0 = b9_l14_nzs[0] & (4'd0 == cj14);
  assign b9_l14_n0 = 4'd0 + {3'd0, b9_l14_nzs[0]};
  assign b9_l14_h1 = b9_l14_nzs[1] & (b9_l14_n0 == cj14);
  assign b9_l14_n1 = b9_l14_n0 + {3'd0, b9_l14_nzs[1]};
  assign b9_l14_h2 = b9_l14_nzs[2] & (b9_l14_n1 == cj14);
  assign b9_l14_n2 = b9_l14_n1 + {3'd0, b9_l14_nzs[2]};
  assign b9_l14_h3 = b9_l14_nzs[3] & (b9_l14_n2 == cj14);
  assign b9_l14_hit = b9_l14_h0 | b9_l14_h1 | b9_l14_h2 | b9_l14_h3;
  assign b9_l14_pos = ((b9_l14_h0 ? 2'd0 : 2'd0) | (b9_l14_h1 ? 2'd1 : 2'd0) | (b9_l14_h2 ? 2'd2 : 2'd0) | (b9_l14_h3 ? 2'd3 : 2'd0));
  assign b9_l14_dig = (({3{b9_l14_h0}} & b9_l14_digits[2:0]) | ({3{b9_l14_h1}} & b9_l14_digits[5:3]) | ({3{b9_l14_h2}} & b9_l14_digits[8:6]) | ({3{b9_l14_h3}} & b9_l14_digits[11:9]));
  assign b9_l14_e = {b9_l14_pos, b9_l14_dig[1]};
  assign b9_l14_t = {b9_l14_hit, b9_l14_dig[2], b9_l14_e};
  assign b9_l15_cnt = {3'd0, b9_l15_nzs[0]} + {3'd0, b9_l15_nzs[1]} + {3'd0, b9_l15_nzs[2]} + {3'd0, b9_l15_nzs[3]};
  assign b9_l15_h0 = b9_l15_nzs[0] & (4'd0 == cj15);
  assign b9_l15_n0 = 4'd0 + {3'd0, b9_l15_nzs[0]};
  assign b9_l15_h1 = b9_l15_nzs[1] & (b9_l15_n0 == cj15);
  assign b9_l15_n1 = b9_l15_n0 + {3'd0, b9_l15_nzs[1]};
  assign b9_l15_h2 = b9_l15_nzs[2] & (b9_l15_n1 == cj15);
  assign b9_l15_n2 = b9_l15_n1 + {3'd0, b9_l15_nzs[2]};
  assign b9_l15_h3 = b9_l15_nzs[3] & (b9_l15_n2 == cj15);
  assign b9_l15_hit = b9_l15_h0 | b9_l15_h1 | b9_l15_h2 | b9_l15_h3;
  assign b9_l15_pos = ((b9_l15_h0 ? 2'd0 : 2'd0) | (b9_l15_h1 ? 2'd1 : 2'd0) | (b9_l15_h2 ? 2'd2 : 2'd0) | (b9_l15_h3 ? 2'd3 : 2'd0));
  assign b9_l15_dig = (({3{b9_l15_h0}} & b9_l15_digits[2:0]) | ({3{b9_l15_h1}} & b9_l15_digits[5:3]) | ({3{b9_l15_h2}} & b9_l15_digits[8:6]) | ({3{b9_l15_h3}} & b9_l15_digits[11:9]));
  assign b9_l15_e = {b9_l15_pos, b9_l15_dig[1]};
  assign b9_l15_t = {b9_l15_hit, b9_l15_dig[2], b9_l15_e};
  assign b10_l0_cnt = {3'd0, b10_l0_nzs[0]} + {3'd0, b10_l0_nzs[1]} + {3'd0, b10_l0_nzs[2]} + {3'd0, b10_l0_nzs[3]};
  assign b10_l0_h0 = b10_l0_nzs[0] & (4'd0 == cj0);
  assign b10_l0_n0 = 4'd0 + {3'd0, b10_l0_nzs[0]};
  assign b10_l0_h1 = b10_l0_nzs[1] & (b10_l0_n0 == cj0);
  assign b10_l0_n1 = b10_l0_n0 + {3'd0, b10_l0_nzs[1]};
  assign b10_l0_h2 = b10_l0_nzs[2] & (b10_l0_n1 == cj0);
  assign b10_l0_n2 = b10_l0_n1 + {3'd0, b10_l0_nzs[2]};
  assign b10_l0_h3 = b10_l0_nzs[3] & (b10_l0_n2 == cj0);
  assign b10_l0_hit = b10_l0_h0 | b10_l0_h1 | b10_l0_h2 | b10_l0_h3;
  assign b10_l0_pos = ((b10_l0_h0 ? 2'd0 : 2'd0) | (b10_l0_h1 ? 2'd1 : 2'd0) | (b10_l0_h2 ? 2'd2 : 2'd0) | (b10_l0_h3 ? 2'd3 : 2'd0));
  assign b10_l0_dig = (({3{b10_l0_h0}} & b10_l0_digits[2:0]) | ({3{b10_l0_h1}} & b10_l0_digits[5:3]) | ({3{b10_l0_h2}} & b10_l0_digits[8:6]) | ({3{b10_l0_h3}} & b10_l0_digits[11:9]));
  assign b10_l0_e = {b10_l0_pos, b10_l0_dig[1]};
  assign b10_l0_t = {b10_l0_hit, b10_l0_dig[2], b10_l0_e};
  assign b10_l1_cnt = {3'd0, b10_l1_nzs[0]} + {3'd0, b10_l1_nzs[1]} + {3'd0, b10_l1_nzs[2]} + {3'd0, b10_l1_nzs[3]};
  assign b10_l1_h0 = b10_l1_nzs[0] & (4'd0 == cj1);
  assign b10_l1_n0 = 4'd0 + {3'd0, b10_l1_nzs[0]};
  assign b10_l1_h1 = b10_l1_nzs[1] & (b10_l1_n0 == cj1);
  assign b10_l1_n1 = b10_l1_n0 + {3'd0, b10_l1_nzs[1]};
  assign b10_l1_h2 = b10_l1_nzs[2] & (b10_l1_n1 == cj1);
  assign b10_l1_n2 = b10_l1_n1 + {3'd0, b10_l1_nzs[2]};
  assign b10_l1_h3 = b10_l1_nzs[3] & (b10_l1_n2 == cj1);
  assign b10_l1_hit = b10_l1_h0 | b10_l1_h1 | b10_l1_h2 | b10_l1_h3;
  assign b10_l1_pos = ((b10_l1_h0 ? 2'd0 : 2'd0) | (b10_l1_h1 ? 2'd1 : 2'd0) | (b10_l1_h2 ? 2'd2 : 2'd0) | (b10_l1_h3 ? 2'd3 : 2'd0));
  assign b10_l1_dig = (({3{b10_l1_h0}} & b10_l1_digits[2:0]) | ({3{b10_l1_h1}} & b10_l1_digits[5:3]) | ({3{b10_l1_h2}} & b10_l1_digits[8:6]) | ({3{b10_l1_h3}} & b10_l1_digits[11:9]));
  assign b10_l1_e = {b10_l1_pos, b10_l1_dig[1]};
  assign b10_l1_t = {b10_l1_hit, b10_l1_dig[2], b10_l1_e};
  assign b10_l2_cnt = {3'd0, b10_l2_nzs[0]} + {3'd0, b10_l2_nzs[1]} + {3'd0, b10_l2_nzs[2]} + {3'd0, b10_l2_nzs[3]};
  assign b10_l2_h0 = b10_l2_nzs[0] & (4'd0 == cj2);
  assign b10_l2_n0 = 4'd0 + {3'd0, b10_l2_nzs[0]};
  assign b10_l2_h1 = b10_l2_nzs[1] & (b10_l2_n0 == cj2);
  assign b10_l2_n1 = b10_l2_n0 + {3'd0, b10_l2_nzs[1]};
  assign b10_l2_h2 = b10_l2_nzs[2] & (b10_l2_n1 == cj2);
  assign b10_l2_n2 = b10_l2_n1 + {3'd0, b10_l2_nzs[2]};
  assign b10_l2_h3 = b10_l2_nzs[3] & (b10_l2_n2 == cj2);
  assign b10_l2_hit = b10_l2_h0 | b10_l2_h1 | b10_l2_h2 | b10_l2_h3;
  assign b10_l2_pos = ((b10_l2_h0 ? 2'd0 : 2'd0) | (b10_l2_h1 ? 2'd1 : 2'd0) | (b10_l2_h2 ? 2'd2 : 2'd0) | (b10_l2_h3 ? 2'd3 : 2'd0));
  assign b10_l2_dig = (({3{b10_l2_h0}} & b10_l2_digits[2:0]) | ({3{b10_l2_h1}} & b10_l2_digits[5:3]) | ({3{b10_l2_h2}} & b10_l2_digits[8:6]) | ({3{b10_l2_h3}} & b10_l2_digits[11:9]));
  assign b10_l2_e = {b10_l2_pos, b10_l2_dig[1]};
  assign b10_l2_t = {b10_l2_hit, b10_l2_dig[2], b10_l2_e};
  assign b10_l3_cnt = {3'd0, b10_l3_nzs[0]} + {3'd0, b10_l3_nzs[1]} + {3'd0, b10_l3_nzs[2]} + {3'd0, b10_l3_nzs[3]};
  assign b10_l3_h0 = b10_l3_nzs[0] & (4'd0 == cj3);
  assign b10_l3_n0 = 4'd0 + {3'd0, b10_l3_nzs[0]};
  assign b10_l3_h1 = b10_l3_nzs[1] & (b10_l3_n0 == cj3);
  assign b10_l3_n1 = b10_l3_n0 + {3'd0, b10_l3_nzs[1]};
  assign b10_l3_h2 = b10_l3_nzs[2] & (b10_l3_n1 == cj3);
  assign b10_l3_n2 = b10_l3_n1 + {3'd0, b10_l3_nzs[2]};
  assign b10_l3_h3 = b10_l3_nzs[3] & (b10_l3_n2 == cj3);
  assign b10_l3_hit = b10_l3_h0 | b10_l3_h1 | b10_l3_h2 | b10_l3_h3;
  assign b10_l3_pos = ((b10_l3_h0 ? 2'd0 : 2'd0) | (b10_l3_h1 ? 2'd1 : 2'd0) | (b10_l3_h2 ? 2'd2 : 2'd0) | (b10_l3_h3 ? 2'd3 : 2'd0));
  assign b10_l3_dig = (({3{b10_l3_h0}} & b10_l3_digits[2:0]) | ({3{b10_l3_h1}} & b10_l3_digits[5:3]) | ({3{b10_l3_h2}} & b10_l3_digits[8:6]) | ({3{b10_l3_h3}} & b10_l3_digits[11:9]));
  assign b10_l3_e = {b10_l3_pos, b10_l3_dig[1]};
  assign b10_l3_t = {b10_l3_hit, b10_l3_dig[2], b10_l3_e};
  assign b10_l4_cnt = {3'd0, b10_l4_nzs[0]} + {3'd0, b10_l4_nzs[1]} + {3'd0, b10_l4_nzs[2]} + {3'd0, b10_l4_nzs[3]};
  assign b10_l4_h0 = b10_l4_nzs[0] & (4'd0 == cj4);
  assign b10_l4_n0 = 4'd0 + {3'd0, b10_l4_nzs[0]};
  assign b10_l4_h1 = b10_l4_nzs[1] & (b10_l4_n0 == cj4);
  assign b10_l4_n1 = b10_l4_n0 + {3'd0, b10_l4_nzs[1]};
  assign b10_l4_h2 = b10_l4_nzs[2] & (b10_l4_n1 == cj4);
  assign b10_l4_n2 = b10_l4_n1 + {3'd0, b10_l4_nzs[2]};
  assign b10_l4_h3 = b10_l4_nzs[3] & (b10_l4_n2 == cj4);
  assign b10_l4_hit = b10_l4_h0 | b10_l4_h1 | b10_l4_h2 | b10_l4_h3;
  assign b10_l4_pos = ((b10_l4_h0 ? 2'd0 : 2'd0) | (b10_l4_h1 ? 2'd1 : 2'd0) | (b10_l4_h2 ? 2'd2 : 2'd0) | (b10_l4_h3 ? 2'd3 : 2'd0));
  assign b10_l4_dig = (({3{b10_l4_h0}} & b10_l4_digits[2:0]) | ({3{b10_l4_h1}} & b10_l4_digits[5:3]) | ({3{b10_l4_h2}} & b10_l4_digits[8:6]) | ({3{b10_l4_h3}} & b10_l4_digits[11:9]));
  assign b10_l4_e = {b10_l4_pos, b10_l4_dig[1]};
  assign b10_l4_t = {b10_l4_hit, b10_l4_dig[2], b10_l4_e};
  assign b10_l5_cnt = {3'd0, b10_l5_nzs[0]} + {3'd0, b10_l5_nzs[1]} + {3'd0, b10_l5_nzs[2]} + {3'd0, b10_l5_nzs[3]};
  assign b10_l5_h0 = b10_l5_nzs[0] & (4'd0 == cj5);
  assign b10_l5_n0 = 4'd0 + {3'd0, b10_l5_nzs[0]};
  assign b10_l5_h1 = b10_l5_nzs[1] & (b10_l5_n0 == cj5);
  assign b10_l5_n1 = b10_l5_n0 + {3'd0, b10_l5_nzs[1]};
  assign b10_l5_h2 = b10_l5_nzs[2] & (b10_l5_n1 == cj5);
  assign b10_l5_n2 = b10_l5_n1 + {3'd0, b10_l5_nzs[2]};
  assign b10_l5_h3 = b10_l5_nzs[3] & (b10_l5_n2 == cj5);
  assign b10_l5_hit = b10_l5_h0 | b10_l5_h1 | b10_l5_h2 | b10_l5_h3;
  assign b10_l5_pos = ((b10_l5_h0 ? 2'd0 : 2'd0) | (b10_l5_h1 ? 2'd1 : 2'd0) | (b10_l5_h2 ? 2'd2 : 2'd0) | (b10_l5_h3 ? 2'd3 : 2'd0));
  assign b10_l5_dig = (({3{b10_l5_h0}} & b10_l5_digits[2:0]) | ({3{b10_l5_h1}} & b10_l5_digits[5:3]) | ({3{b10_l5_h2}} & b10_l5_digits[8:6]) | ({3{b10_l5_h3}} & b10_l5_digits[11:9]));
  assign b10_l5_e = {b10_l5_pos, b10_l5_dig[1]};
  assign b10_l5_t = {b10_l5_hit, b10_l5_dig[2], b10_l5_e};
  assign b10_l6_cnt = {3'd0, b10_l6_nzs[0]} + {3'd0, b10_l6_nzs[1]} + {3'd0, b10_l6_nzs[2]} + {3'd0, b10_l6_nzs[3]};
  assign b10_l6_h0 = b10_l6_nzs[0] & (4'd0 == cj6);
  assign b10_l6_n0 = 4'd0 + {3'd0, b10_l6_nzs[0]};
  assign b10_l6_h1 = b10_l6_nzs[1] & (b10_l6_n0 == cj6);
  assign b10_l6_n1 = b10_l6_n0 + {3'd0, b10_l6_nzs[1]};
  assign b10_l6_h2 = b10_l6_nzs[2] & (b10_l6_n1 == cj6);
  assign b10_l6_n2 = b10_l6_n1 + {3'd0, b10_l6_nzs[2]};
  assign b10_l6_h3 = b10_l6_nzs[3] & (b10_l6_n2 == cj6);
  assign b10_l6_hit = b10_l6_h0 | b10_l6_h1 | b10_l6_h2 | b10_l6_h3;
  assign b10_l6_pos = ((b10_l6_h0 ? 2'd0 : 2'd0) | (b10_l6_h1 ? 2'd1 : 2'd0) | (b10_l6_h2 ? 2'd2 : 2'd0) | (b10_l6_h3 ? 2'd3 : 2'd0));
  assign b10_l6_dig = (({3{b10_l6_h0}} & b10_l6_digits[2:0]) | ({3{b10_l6_h1}} & b10_l6_digits[5:3]) | ({3{b10_l6_h2}} & b10_l6_digits[8:6]) | ({3{b10_l6_h3}} & b10_l6_digits[11:9]));
  assign b10_l6_e = {b10_l6_pos, b10_l6_dig[1]};
  assign b10_l6_t = {b10_l6_hit, b10_l6_dig[2], b10_l6_e};
  assign b10_l7_cnt = {3'd0, b10_l7_nzs[0]} + {3'd0, b10_l7_nzs[1]} + {3'd0, b10_l7_nzs[2]} + {3'd0, b10_l7_nzs[3]};
  assign b10_l7_h0 = b10_l7_nzs[0] & (4'd0 == cj7);
  assign b10_l7_n0 = 4'd0 + {3'd0, b10_l7_nzs[0]};
  assign b10_l7_h1 = b10_l7_nzs[1] & (b10_l7_n0 == cj7);
  assign b10_l7_n1 = b10_l7_n0 + {3'd0, b10_l7_nzs[1]};
  assign b10_l7_h2 = b10_l7_nzs[2] & (b10_l7_n1 == cj7);
  assign b10_l7_n2 = b10_l7_n1 + {3'd0, b10_l7_nzs[2]};
  assign b10_l7_h3 = b10_l7_nzs[3] & (b10_l7_n2 == cj7);
  assign b10_l7_hit = b10_l7_h0 | b10_l7_h1 | b10_l7_h2 | b10_l7_h3;
  assign b10_l7_pos = ((b10_l7_h0 ? 2'd0 : 2'd0) | (b10_l7_h1 ? 2'd1 : 2'd0) | (b10_l7_h2 ? 2'd2 : 2'd0) | (b10_l7_h3 ? 2'd3 : 2'd0));
  assign b10_l7_dig = (({3{b10_l7_h0}} & b10_l7_digits[2:0]) | ({3{b10_l7_h1}} & b10_l7_digits[5:3]) | ({3{b10_l7_h2}} & b10_l7_digits[8:6]) | ({3{b10_l7_h3}} & b10_l7_digits[11:9]));
  assign b10_l7_e = {b10_l7_pos, b10_l7_dig[1]};
  assign b10_l7_t = {b10_l7_hit, b10_l7_dig[2], b10_l7_e};
  assign b10_l8_cnt = {3'd0, b10_l8_nzs[0]} + {3'd0, b10_l8_nzs[1]} + {3'd0, b10_l8_nzs[2]} + {3'd0, b10_l8_nzs[3]};
  assign b10_l8_h0 = b10_l8_nzs[0] & (4'd0 == cj8);
  assign b10_l8_n0 = 4'd0 + {3'd0, b10_l8_nzs[0]};
  assign b10_l8_h1 = b10_l8_nzs[1] & (b10_l8_n0 == cj8);
  assign b10_l8_n1 = b10_l8_n0 + {3'd0, b10_l8_nzs[1]};
  assign b10_l8_h2 = b10_l8_nzs[2] & (b10_l8_n1 == cj8);
  assign b10_l8_n2 = b10_l8_n1 + {3'd0, b10_l8_nzs[2]};
  assign b10_l8_h3 = b10_l8_nzs[3] & (b10_l8_n2 == cj8);
  assign b10_l8_hit = b10_l8_h0 | b10_l8_h1 | b10_l8_h2 | b10_l8_h3;
  assign b10_l8_pos = ((b10_l8_h0 ? 2'd0 : 2'd0) | (b10_l8_h1 ? 2'd1 : 2'd0) | (b10_l8_h2 ? 2'd2 : 2'd0) | (b10_l8_h3 ? 2'd3 : 2'd0));
  assign b10_l8_dig = (({3{b10_l8_h0}} & b10_l8_digits[2:0]) | ({3{b10_l8_h1}} & b10_l8_digits[5:3]) | ({3{b10_l8_h2}} & b10_l8_digits[8:6]) | ({3{b10_l8_h3}} & b10_l8_digits[11:9]));
  assign b10_l8_e = {b10_l8_pos, b10_l8_dig[1]};
  assign b10_l8_t = {b10_l8_hit, b10_l8_dig[2], b10_l8_e};
  assign b10_l9_cnt = {3'd0, b10_l9_nzs[0]} + {3'd0, b10_l9_nzs[1]} + {3'd0, b10_l9_nzs[2]} + {3'd0, b10_l9_nzs[3]};
  assign b10_l9_h0 = b10_l9_nzs[0] & (4'd0 == cj9);
  assign b10_l9_n0 = 4'd0 + {3'd0, b10_l9_nzs[0]};
  assign b10_l9_h1 = b10_l9_nzs[1] & (b10_l9_n0 == cj9);
  assign b10_l9_n1 = b10_l9_n0 + {3'd0, b10_l9_nzs[1]};
  assign b10_l9_h2 = b10_l9_nzs[2] & (b10_l9_n1 == cj9);
  assign b10_l9_n2 = b10_l9_n1 + {3'd0, b10_l9_nzs[2]};
  assign b10_l9_h3 = b10_l9_nzs[3] & (b10_l9_n2 == cj9);
  assign b10_l9_hit = b10_l9_h0 | b10_l9_h1 | b10_l9_h2 | b10_l9_h3;
  assign b10_l9_pos = ((b10_l9_h0 ? 2'd0 : 2'd0) | (b10_l9_h1 ? 2'd1 : 2'd0) | (b10_l9_h2 ? 2'd2 : 2'd0) | (b10_l9_h3 ? 2'd3 : 2'd0));
  assign b10_l9_dig = (({3{b10_l9_h0}} & b10_l9_digits[2:0]) | ({3{b10_l9_h1}} & b10_l9_digits[5:3]) | ({3{b10_l9_h2}} & b10_l9_digits[8:6]) | ({3{b10_l9_h3}} & b10_l9_digits[11:9]));
  assign b10_l9_e = {b10_l9_pos, b10_l9_dig[1]};
  assign b10_l9_t = {b10_l9_hit, b10_l9_dig[2], b10_l9_e};
  assign b10_l10_cnt = {3'd0, b10_l10_nzs[0]} + {3'd0, b10_l10_nzs[1]} + {3'd0, b10_l10_nzs[2]} + {3'd0, b10_l10_nzs[3]};
  assign b10_l10_h0 = b10_l10_nzs[0] & (4'd0 == cj10);
  assign b10_l10_n0 = 4'd0 + {3'd0, b10_l10_nzs[0]};
  assign b10_l10_h1 = b10_l10_nzs[1] & (b10_l10_n0 == cj10);
  assign b10_l10_n1 = b10_l10_n0 + {3'd0, b10_l10_nzs[1]};
  assign b10_l10_h2 = b10_l10_nzs[2] & (b10_l10_n1 == cj10);
  assign b10_l10_n2 = b10_l10_n1 + {3'd0, b10_l10_nzs[2]};
  assign b10_l10_h3 = b10_l10_nzs[3] & (b10_l10_n2 == cj10);
  assign b10_l10_hit = b10_l10_h0 | b10_l10_h1 | b10_l10_h2 | b10_l10_h3;
  assign b10_l10_pos = ((b10_l10_h0 ? 2'd0 : 2'd0) | (b10_l10_h1 ? 2'd1 : 2'd0) | (b10_l10_h2 ? 2'd2 : 2'd0) | (b10_l10_h3 ? 2'd3 : 2'd0));
  assign b10_l10_dig = (({3{b10_l10_h0}} & b10_l10_digits[2:0]) | ({3{b10_l10_h1}} & b10_l10_digits[5:3]) | ({3{b10_l10_h2}} & b10_l10_digits[8:6]) | ({3{b10_l10_h3}} & b10_l10_digits[11:9]));
  assign b10_l10_e = {b10_l10_pos, b10_l10_dig[1]};
  assign b10_l10_t = {b10_l10_hit, b10_l10_dig[2], b10_l10_e};
  assign b10_l11_cnt = {3'd0, b10_l11_nzs[0]} + {3'd0, b10_l11_nzs[1]} + {3'd0, b10_l11_nzs[2]} + {3'd0, b10_l11_nzs[3]};
  assign b10_l11_h0 = b10_l11_nzs[0] & (4'd0 == cj11);
  assign b10_l11_n0 = 4'd0 + {3'd0, b10_l11_nzs[0]};
  assign b10_l11_h1 = b10_l11_nzs[1] & (b10_l11_n0 == cj11);
  assign b10_l11_n1 = b10_l11_n0 + {3'd0, b10_l11_nzs[1]};
  assign b10_l11_h2 = b10_l11_nzs[2] & (b10_l11_n1 == cj11);
  assign b10_l11_n2 = b10_l11_n1 + {3'd0, b10_l11_nzs[2]};
  assign b10_l11_h3 = b10_l11_nzs[3] & (b10_l11_n2 == cj11);
  assign b10_l11_hit = b10_l11_h0 | b10_l11_h1 | b10_l11_h2 | b10_l11_h3;
  assign b10_l11_pos = ((b10_l11_h0 ? 2'd0 : 2'd0) | (b10_l11_h1 ? 2'd1 : 2'd0) | (b10_l11_h2 ? 2'd2 : 2'd0) | (b10_l11_h3 ? 2'd3 : 2'd0));
  assign b10_l11_dig = (({3{b10_l11_h0}} & b10_l11_digits[2:0]) | ({3{b10_l11_h1}} & b10_l11_digits[5:3]) | ({3{b10_l11_h2}} & b10_l11_digits[8:6]) | ({3{b10_l11_h3}} & b10_l11_digits[11:9]));
  assign b10_l11_e = {b10_l11_pos, b10_l11_dig[1]};
  assign b10_l11_t = {b10_l11_hit, b10_l11_dig[2], b10_l11_e};
  assign b10_l12_cnt = {3'd0, b10_l12_nzs[0]} + {3'd0, b10_l12_nzs[1]} + {3'd0, b10_l12_nzs[2]} + {3'd0, b10_l12_nzs[3]};
  assign b10_l12_h0 = b10_l12_nzs[0] & (4'd0 == cj12);
  assign b10_l12_n0 = 4'd0 + {3'd0, b10_l12_nzs[0]};
  assign b10_l12_h1 = b10_l12_nzs[1] & (b10_l12_n0 == cj12);
  assign b10_l12_n1 = b10_l12_n0 + {3'd0, b10_l12_nzs[1]};
  assign b10_l12_h2 = b10_l12_nzs[2] & (b10_l12_n1 == cj12);
  assign b10_l12_n2 = b10_l12_n1 + {3'd0, b10_l12_nzs[2]};
  assign b10_l12_h3 = b10_l12_nzs[3] & (b10_l12_n2 == cj12);
  assign b10_l12_hit = b10_l12_h0 | b10_l12_h1 | b10_l12_h2 | b10_l12_h3;
  assign b10_l12_pos = ((b10_l12_h0 ? 2'd0 : 2'd0) | (b10_l12_h1 ? 2'd1 : 2'd0) | (b10_l12_h2 ? 2'd2 : 2'd0) | (b10_l12_h3 ? 2'd3 : 2'd0));
  assign b10_l12_dig = (({3{b10_l12_h0}} & b10_l12_digits[2:0]) | ({3{b10_l12_h1}} & b10_l12_digits[5:3]) | ({3{b10_l12_h2}} & b10_l12_digits[8:6]) | ({3{b10_l12_h3}} & b10_l12_digits[11:9]));
  assign b10_l12_e = {b10_l12_pos, b10_l12_dig[1]};
  assign b10_l12_t = {b10_l12_hit, b10_l12_dig[2], b10_l12_e};
  assign b10_l13_cnt = {3'd0, b10_l13_nzs[0]} + {3'd0, b10_l13_nzs[1]} + {3'd0, b10_l13_nzs[2]} + {3'd0, b10_l13_nzs[3]};
  assign b10_l13_h0 = b10_l13_nzs[0] & (4'd0 == cj13);
  assign b10_l13_n0 = 4'd0 + {3'd0, b10_l13_nzs[0]};
  assign b10_l13_h1 = b10_l13_nzs[1] & (b10_l13_n0 == cj13);
  assign b10_l13_n1 = b10_l13_n0 + {3'd0, b10_l13_nzs[1]};
  assign b10_l13_h2 = b10_l13_nzs[2] & (b10_l13_n1 == cj13);
  assign b10_l13_n2 = b10_l13_n1 + {3'd0, b10_l13_nzs[2]};
  assign b10_l13_h3 = b10_l13_nzs[3] & (b10_l13_n2 == cj13);
  assign b10_l13_hit = b10_l13_h0 | b10_l13_h1 | b10_l13_h2 | b10_l13_h3;
  assign b10_l13_pos = ((b10_l13_h0 ? 2'd0 : 2'd0) | (b10_l13_h1 ? 2'd1 : 2'd0) | (b10_l13_h2 ? 2'd2 : 2'd0) | (b10_l13_h3 ? 2'd3 : 2'd0));
  assign b10_l13_dig = (({3{b10_l13_h0}} & b10_l13_digits[2:0]) | ({3{b10_l13_h1}} & b10_l13_digits[5:3]) | ({3{b10_l13_h2}} & b10_l13_digits[8:6]) | ({3{b10_l13_h3}} & b10_l13_digits[11:9]));
  assign b10_l13_e = {b10_l13_pos, b10_l13_dig[1]};
  assign b10_l13_t = {b10_l13_hit, b10_l13_dig[2], b10_l13_e};
  assign b10_l14_cnt = {3'd0, b10_l14_nzs[0]} + {3'd0, b10_l14_nzs[1]} + {3'd0, b10_l14_nzs[2]} + {3'd0, b10_l14_nzs[3]};
  assign b10_l14_h0 = b10_l14_nzs[0] & (4'd0 == cj14);
  assign b10_l14_n0 = 4'd0 + {3'd0, b10_l14_nzs[0]};
  assign b10_l14_h1 = b10_l14_nzs[1] & (b10_l14_n0 == cj14);
  assign b10_l14_n1 = b10_l14_n0 + {3'd0, b10_l14_nzs[1]};
  assign b10_l14_h2 = b10_l14_nzs[2] & (b10_l14_n1 == cj14);
  assign b10_l14_n2 = b10_l14_n1 + {3'd0, b10_l14_nzs[2]};
  assign b10_l14_h3 = b10_l14_nzs[3] & (b10_l14_n2 == cj14);
  assign b10_l14_hit = b10_l14_h0 | b10_l14_h1 | b10_l14_h2 | b10_l14_h3;
  assign b10_l14_pos = ((b10_l14_h0 ? 2'd0 : 2'd0) | (b10_l14_h1 ? 2'd1 : 2'd0) | (b10_l14_h2 ? 2'd2 : 2'd0) | (b10_l14_h3 ? 2'd3 : 2'd0));
  assign b10_l14_dig = (({3{b10_l14_h0}} & b10_l14_digits[2:0]) | ({3{b10_l14_h1}} & b10_l14_digits[5:3]) | ({3{b10_l14_h2}} & b10_l14_digits[8:6]) | ({3{b10_l14_h3}} & b10_l14_digits[11:9]));
  assign b10_l14_e = {b10_l14_pos, b10_l14_dig[1]};
  assign b10_l14_t = {b10_l14_hit, b10_l14_dig[2], b10_l14_e};
  assign b10_l15_cnt = {3'd0, b10_l15_nzs[0]} + {3'd0, b10_l15_nzs[1]} + {3'd0, b10_l15_nzs[2]} + {3'd0, b10_l15_nzs[3]};
  assign b10_l15_h0 = b10_l15_nzs[0] & (4'd0 == cj15);
  assign b10_l15_n0 = 4'd0 + {3'd0, b10_l15_nzs[0]};
  assign b10_l15_h1 = b10_l15_nzs[1] & (b10_l15_n0 == cj15);
  assign b10_l15_n1 = b10_l15_n0 + {3'd0, b10_l15_nzs[1]};
  assign b10_l15_h2 = b10_l15_nzs[2] & (b10_l15_n1 == cj15);
  assign b10_l15_n2 = b10_l15_n1 + {3'd0, b10_l15_nzs[2]};
  assign b10_l15_h3 = b10_l15_nzs[3] & (b10_l15_n2 == cj15);
  assign b10_l15_hit = b10_l15_h0 | b10_l15_h1 | b10_l15_h2 | b10_l15_h3;
  assign b10_l15_pos = ((b10_l15_h0 ? 2'd0 : 2'd0) | (b10_l15_h1 ? 2'd1 : 2'd0) | (b10_l15_h2 ? 2'd2 : 2'd0) | (b10_l15_h3 ? 2'd3 : 2'd0));
  assign b10_l15_dig = (({3{b10_l15_h0}} & b10_l15_digits[2:0]) | ({3{b10_l15_h1}} & b10_l15_digits[5:3]) | ({3{b10_l15_h2}} & b10_l15_digits[8:6]) | ({3{b10_l15_h3}} & b10_l15_digits[11:9]));
  assign b10_l15_e = {b10_l15_pos, b10_l15_dig[1]};
  assign b10_l15_t = {b10_l15_hit, b10_l15_dig[2], b10_l15_e};
  assign b11_l0_cnt = {3'd0, b11_l0_nzs[0]} + {3'd0, b11_l0_nzs[1]} + {3'd0, b11_l0_nzs[2]} + {3'd0, b11_l0_nzs[3]};
  assign b11_l0_h0 = b11_l0_nzs[0] & (4'd0 == cj0);
  assign b11_l0_n0 = 4'd0 + {3'd0, b11_l0_nzs[0]};
  assign b11_l0_h1 = b11_l0_nzs[1] & (b11_l0_n0 == cj0);
  assign b11_l0_n1 = b11_l0_n0 + {3'd0, b11_l0_nzs[1]};
  assign b11_l0_h2 = b11_l0_nzs[2] & (b11_l0_n1 == cj0);
  assign b11_l0_n2 = b11_l0_n1 + {3'd0, b11_l0_nzs[2]};
  assign b11_l0_h3 = b11_l0_nzs[3] & (b11_l0_n2 == cj0);
  assign b11_l0_hit = b11_l0_h0 | b11_l0_h1 | b11_l0_h2 | b11_l0_h3;
  assign b11_l0_pos = ((b11_l0_h0 ? 2'd0 : 2'd0) | (b11_l0_h1 ? 2'd1 : 2'd0) | (b11_l0_h2 ? 2'd2 : 2'd0) | (b11_l0_h3 ? 2'd3 : 2'd0));
  assign b11_l0_dig = (({3{b11_l0_h0}} & b11_l0_digits[2:0]) | ({3{b11_l0_h1}} & b11_l0_digits[5:3]) | ({3{b11_l0_h2}} & b11_l0_digits[8:6]) | ({3{b11_l0_h3}} & b11_l0_digits[11:9]));
  assign b11_l0_e = {b11_l0_pos, b11_l0_dig[1]};
  assign b11_l0_t = {b11_l0_hit, b11_l0_dig[2], b11_l0_e};
  assign b11_l1_cnt = {3'd0, b11_l1_nzs[0]} + {3'd0, b11_l1_nzs[1]} + {3'd0, b11_l1_nzs[2]} + {3'd0, b11_l1_nzs[3]};
  assign b11_l1_h0 = b11_l1_nzs[0] & (4'd0 == cj1);
  assign b11_l1_n0 = 4'd0 + {3'd0, b11_l1_nzs[0]};
  assign b11_l1_h1 = b11_l1_nzs[1] & (b11_l1_n0 == cj1);
  assign b11_l1_n1 = b11_l1_n0 + {3'd0, b11_l1_nzs[1]};
  assign b11_l1_h2 = b11_l1_nzs[2] & (b11_l1_n1 == cj1);
  assign b11_l1_n2 = b11_l1_n1 + {3'd0, b11_l1_nzs[2]};
  assign b11_l1_h3 = b11_l1_nzs[3] & (b11_l1_n2 == cj1);
  assign b11_l1_hit = b11_l1_h0 | b11_l1_h1 | b11_l1_h2 | b11_l1_h3;
  assign b11_l1_pos = ((b11_l1_h0 ? 2'd0 : 2'd0) | (b11_l1_h1 ? 2'd1 : 2'd0) | (b11_l1_h2 ? 2'd2 : 2'd0) | (b11_l1_h3 ? 2'd3 : 2'd0));
  assign b11_l1_dig = (({3{b11_l1_h0}} & b11_l1_digits[2:0]) | ({3{b11_l1_h1}} & b11_l1_digits[5:3]) | ({3{b11_l1_h2}} & b11_l1_digits[8:6]) | ({3{b11_l1_h3}} & b11_l1_digits[11:9]));
  assign b11_l1_e = {b11_l1_pos, b11_l1_dig[1]};
  assign b11_l1_t = {b11_l1_hit, b11_l1_dig[2], b11_l1_e};
  assign b11_l2_cnt = {3'd0, b11_l2_nzs[0]} + {3'd0, b11_l2_nzs[1]} + {3'd0, b11_l2_nzs[2]} + {3'd0, b11_l2_nzs[3]};
  assign b11_l2_h0 = b11_l2_nzs[0] & (4'd0 == cj2);
  assign b11_l2_n0 = 4'd0 + {3'd0, b11_l2_nzs[0]};
  assign b11_l2_h1 = b11_l2_nzs[1] & (b11_l2_n0 == cj2);
  assign b11_l2_n1 = b11_l2_n0 + {3'd0, b11_l2_nzs[1]};
  assign b11_l2_h2 = b11_l2_nzs[2] & (b11_l2_n1 == cj2);
  assign b11_l2_n2 = b11_l2_n1 + {3'd0, b11_l2_nzs[2]};
  assign b11_l2_h3 = b11_l2_nzs[3] & (b11_l2_n2 == cj2);
  assign b11_l2_hit = b11_l2_h0 | b11_l2_h1 | b11_l2_h2 | b11_l2_h3;
  assign b11_l2_pos = ((b11_l2_h0 ? 2'd0 : 2'd0) | (b11_l2_h1 ? 2'd1 : 2'd0) | (b11_l2_h2 ? 2'd2 : 2'd0) | (b11_l2_h3 ? 2'd3 : 2'd0));
  assign b11_l2_dig = (({3{b11_l2_h0}} & b11_l2_digits[2:0]) | ({3{b11_l2_h1}} & b11_l2_digits[5:3]) | ({3{b11_l2_h2}} & b11_l2_digits[8:6]) | ({3{b11_l2_h3}} & b11_l2_digits[11:9]));
  assign b11_l2_e = {b11_l2_pos, b11_l2_dig[1]};
  assign b11_l2_t = {b11_l2_hit, b11_l2_dig[2], b11_l2_e};
  assign b11_l3_cnt = {3'd0, b11_l3_nzs[0]} + {3'd0, b11_l3_nzs[1]} + {3'd0, b11_l3_nzs[2]} + {3'd0, b11_l3_nzs[3]};
  assign b11_l3_h0 = b11_l3_nzs[0] & (4'd0 == cj3);
  assign b11_l3_n0 = 4'd0 + {3'd0, b11_l3_nzs[0]};
  assign b11_l3_h1 = b11_l3_nzs[1] & (b11_l3_n0 == cj3);
  assign b11_l3_n1 = b11_l3_n0 + {3'd0, b11_l3_nzs[1]};
  assign b11_l3_h2 = b11_l3_nzs[2] & (b11_l3_n1 == cj3);
  assign b11_l3_n2 = b11_l3_n1 + {3'd0, b11_l3_nzs[2]};
  assign b11_l3_h3 = b11_l3_nzs[3] & (b11_l3_n2 == cj3);
  assign b11_l3_hit = b11_l3_h0 | b11_l3_h1 | b11_l3_h2 | b11_l3_h3;
  assign b11_l3_pos = ((b11_l3_h0 ? 2'd0 : 2'd0) | (b11_l3_h1 ? 2'd1 : 2'd0) | (b11_l3_h2 ? 2'd2 : 2'd0) | (b11_l3_h3 ? 2'd3 : 2'd0));
  assign b11_l3_dig = (({3{b11_l3_h0}} & b11_l3_digits[2:0]) | ({3{b11_l3_h1}} & b11_l3_digits[5:3]) | ({3{b11_l3_h2}} & b11_l3_digits[8:6]) | ({3{b11_l3_h3}} & b11_l3_digits[11:9]));
  assign b11_l3_e = {b11_l3_pos, b11_l3_dig[1]};
  assign b11_l3_t = {b11_l3_hit, b11_l3_dig[2], b11_l3_e};
  assign b11_l4_cnt = {3'd0, b11_l4_nzs[0]} + {3'd0, b11_l4_nzs[1]} + {3'd0, b11_l4_nzs[2]} + {3'd0, b11_l4_nzs[3]};
  assign b11_l4_h0 = b11_l4_nzs[0] & (4'd0 == cj4);
  assign b11_l4_n0 = 4'd0 + {3'd0, b11_l4_nzs[0]};
  assign b11_l4_h1 = b11_l4_nzs[1] & (b11_l4_n0 == cj4);
  assign b11_l4_n1 = b11_l4_n0 + {3'd0, b11_l4_nzs[1]};
  assign b11_l4_h2 = b11_l4_nzs[2] & (b11_l4_n1 == cj4);
  assign b11_l4_n2 = b11_l4_n1 + {3'd0, b11_l4_nzs[2]};
  assign b11_l4_h3 = b11_l4_nzs[3] & (b11_l4_n2 == cj4);
  assign b11_l4_hit = b11_l4_h0 | b11_l4_h1 | b11_l4_h2 | b11_l4_h3;
  assign b11_l4_pos = ((b11_l4_h0 ? 2'd0 : 2'd0) | (b11_l4_h1 ? 2'd1 : 2'd0) | (b11_l4_h2 ? 2'd2 : 2'd0) | (b11_l4_h3 ? 2'd3 : 2'd0));
  assign b11_l4_dig = (({3{b11_l4_h0}} & b11_l4_digits[2:0]) | ({3{b11_l4_h1}} & b11_l4_digits[5:3]) | ({3{b11_l4_h2}} & b11_l4_digits[8:6]) | ({3{b11_l4_h3}} & b11_l4_digits[11:9]));
  assign b11_l4_e = {b11_l4_pos, b11_l4_dig[1]};
  assign b11_l4_t = {b11_l4_hit, b11_l4_dig[2], b11_l4_e};
  assign b11_l5_cnt = {3'd0, b11_l5_nzs[0]} + {3'd0, b11_l5_nzs[1]} + {3'd0, b11_l5_nzs[2]} + {3'd0, b11_l5_nzs[3]};
  assign b11_l5_h0 = b11_l5_nzs[0] & (4'd0 == cj5);
  assign b11_l5_n0 = 4'd0 + {3'd0, b11_l5_nzs[0]};
  assign b11_l5_h1 = b11_l5_nzs[1] & (b11_l5_n0 == cj5);
  assign b11_l5_n1 = b11_l5_n0 + {3'd0, b11_l5_nzs[1]};
  assign b11_l5_h2 = b11_l5_nzs[2] & (b11_l5_n1 == cj5);
  assign b11_l5_n2 = b11_l5_n1 + {3'd0, b11_l5_nzs[2]};
  assign b11_l5_h3 = b11_l5_nzs[3] & (b11_l5_n2 == cj5);
  assign b11_l5_hit = b11_l5_h0 | b11_l5_h1 | b11_l5_h2 | b11_l5_h3;
  assign b11_l5_pos = ((b11_l5_h0 ? 2'd0 : 2'd0) | (b11_l5_h1 ? 2'd1 : 2'd0) | (b11_l5_h2 ? 2'd2 : 2'd0) | (b11_l5_h3 ? 2'd3 : 2'd0));
  assign b11_l5_dig = (({3{b11_l5_h0}} & b11_l5_digits[2:0]) | ({3{b11_l5_h1}} & b11_l5_digits[5:3]) | ({3{b11_l5_h2}} & b11_l5_digits[8:6]) | ({3{b11_l5_h3}} & b11_l5_digits[11:9]));
  assign b11_l5_e = {b11_l5_pos, b11_l5_dig[1]};
  assign b11_l5_t = {b11_l5_hit, b11_l5_dig[2], b11_l5_e};
  assign b11_l6_cnt = {3'd0, b11_l6_nzs[0]} + {3'd0, b11_l6_nzs[1]} + {3'd0, b11_l6_nzs[2]} + {3'd0, b11_l6_nzs[3]};
  assign b11_l6_h0 = b11_l6_nzs[0] & (4'd0 == cj6);
  assign b11_l6_n0 = 4'd0 + {3'd0, b11_l6_nzs[0]};
  assign b11_l6_h1 = b11_l6_nzs[1] & (b11_l6_n0 == cj6);
  assign b11_l6_n1 = b11_l6_n0 + {3'd0, b11_l6_nzs[1]};
  assign b11_l6_h2 = b11_l6_nzs[2] & (b11_l6_n1 == cj6);
  assign b11_l6_n2 = b11_l6_n1 + {3'd0, b11_l6_nzs[2]};
  assign b11_l6_h3 = b11_l6_nzs[3] & (b11_l6_n2 == cj6);
  assign b11_l6_hit = b11_l6_h0 | b11_l6_h1 | b11_l6_h2 | b11_l6_h3;
  assign b11_l6_pos = ((b11_l6_h0 ? 2'd0 : 2'd0) | (b11_l6_h1 ? 2'd1 : 2'd0) | (b11_l6_h2 ? 2'd2 : 2'd0) | (b11_l6_h3 ? 2'd3 : 2'd0));
  assign b11_l6_dig = (({3{b11_l6_h0}} & b11_l6_digits[2:0]) | ({3{b11_l6_h1}} & b11_l6_digits[5:3]) | ({3{b11_l6_h2}} & b11_l6_digits[8:6]) | ({3{b11_l6_h3}} & b11_l6_digits[11:9]));
  assign b11_l6_e = {b11_l6_pos, b11_l6_dig[1]};
  assign b11_l6_t = {b11_l6_hit, b11_l6_dig[2], b11_l6_e};
  assign b11_l7_cnt = {3'd0, b11_l7_nzs[0]} + {3'd0, b11_l7_nzs[1]} + {3'd0, b11_l7_nzs[2]} + {3'd0, b11_l7_nzs[3]};
  assign b11_l7_h0 = b11_l7_nzs[0] & (4'd0 == cj7);
  assign b11_l7_n0 = 4'd0 + {3'd0, b11_l7_nzs[0]};
  assign b11_l7_h1 = b11_l7_nzs[1] & (b11_l7_n0 == cj7);
  assign b11_l7_n1 = b11_l7_n0 + {3'd0, b11_l7_nzs[1]};
  assign b11_l7_h2 = b11_l7_nzs[2] & (b11_l7_n1 == cj7);
  assign b11_l7_n2 = b11_l7_n1 + {3'd0, b11_l7_nzs[2]};
  assign b11_l7_h3 = b11_l7_nzs[3] & (b11_l7_n2 == cj7);
  assign b11_l7_hit = b11_l7_h0 | b11_l7_h1 | b11_l7_h2 | b11_l7_h3;
  assign b11_l7_pos = ((b11_l7_h0 ? 2'd0 : 2'd0) | (b11_l7_h1 ? 2'd1 : 2'd0) | (b11_l7_h2 ? 2'd2 : 2'd0) | (b11_l7_h3 ? 2'd3 : 2'd0));
  assign b11_l7_dig = (({3{b11_l7_h0}} & b11_l7_digits[2:0]) | ({3{b11_l7_h1}} & b11_l7_digits[5:3]) | ({3{b11_l7_h2}} & b11_l7_digits[8:6]) | ({3{b11_l7_h3}} & b11_l7_digits[11:9]));
  assign b11_l7_e = {b11_l7_pos, b11_l7_dig[1]};
  assign b11_l7_t = {b11_l7_hit, b11_l7_dig[2], b11_l7_e};
  assign b11_l8_cnt = {3'd0, b11_l8_nzs[0]} + {3'd0, b11_l8_nzs[1]} + {3'd0, b11_l8_nzs[2]} + {3'd0, b11_l8_nzs[3]};
  assign b11_l8_h0 = b11_l8_nzs[0] & (4'd0 == cj8);
  assign b11_l8_n0 = 4'd0 + {3'd0, b11_l8_nzs[0]};
  assign b11_l8_h1 = b11_l8_nzs[1] & (b11_l8_n0 == cj8);
  assign b11_l8_n1 = b11_l8_n0 + {3'd0, b11_l8_nzs[1]};
  assign b11_l8_h2 = b11_l8_nzs[2] & (b11_l8_n1 == cj8);
  assign b11_l8_n2 = b11_l8_n1 + {3'd0, b11_l8_nzs[2]};
  assign b11_l8_h3 = b11_l8_nzs[3] & (b11_l8_n2 == cj8);
  assign b11_l8_hit = b11_l8_h0 | b11_l8_h1 | b11_l8_h2 | b11_l8_h3;
  assign b11_l8_pos = ((b11_l8_h0 ? 2'd0 : 2'd0) | (b11_l8_h1 ? 2'd1 : 2'd0) | (b11_l8_h2 ? 2'd2 : 2'd0) | (b11_l8_h3 ? 2'd3 : 2'd0));
  assign b11_l8_dig = (({3{b11_l8_h0}} & b11_l8_digits[2:0]) | ({3{b11_l8_h1}} & b11_l8_digits[5:3]) | ({3{b11_l8_h2}} & b11_l8_digits[8:6]) | ({3{b11_l8_h3}} & b11_l8_digits[11:9]));
  assign b11_l8_e = {b11_l8_pos, b11_l8_dig[1]};
  assign b11_l8_t = {b11_l8_hit, b11_l8_dig[2], b11_l8_e};
  assign b11_l9_cnt = {3'd0, b11_l9_nzs[0]} + {3'd0, b11_l9_nzs[1]} + {3'd0, b11_l9_nzs[2]} + {3'd0, b11_l9_nzs[3]};
  assign b11_l9_h0 = b11_l9_nzs[0] & (4'd0 == cj9);
  assign b11_l9_n0 = 4'd0 + {3'd0, b11_l9_nzs[0]};
  assign b11_l9_h1 = b11_l9_nzs[1] & (b11_l9_n0 == cj9);
  assign b11_l9_n1 = b11_l9_n0 + {3'd0, b11_l9_nzs[1]};
  assign b11_l9_h2 = b11_l9_nzs[2] & (b11_l9_n1 == cj9);
  assign b11_l9_n2 = b11_l9_n1 + {3'd0, b11_l9_nzs[2]};
  assign b11_l9_h3 = b11_l9_nzs[3] & (b11_l9_n2 == cj9);
  assign b11_l9_hit = b11_l9_h0 | b11_l9_h1 | b11_l9_h2 | b11_l9_h3;
  assign b11_l9_pos = ((b11_l9_h0 ? 2'd0 : 2'd0) | (b11_l9_h1 ? 2'd1 : 2'd0) | (b11_l9_h2 ? 2'd2 : 2'd0) | (b11_l9_h3 ? 2'd3 : 2'd0));
  assign b11_l9_dig = (({3{b11_l9_h0}} & b11_l9_digits[2:0]) | ({3{b11_l9_h1}} & b11_l9_digits[5:3]) | ({3{b11_l9_h2}} & b11_l9_digits[8:6]) | ({3{b11_l9_h3}} & b11_l9_digits[11:9]));
  assign b11_l9_e = {b11_l9_pos, b11_l9_dig[1]};
  assign b11_l9_t = {b11_l9_hit, b11_l9_dig[2], b11_l9_e};
  assign b11_l10_cnt = {3'd0, b11_l10_nzs[0]} + {3'd0, b11_l10_nzs[1]} + {3'd0, b11_l10_nzs[2]} + {3'd0, b11_l10_nzs[3]};
  assign b11_l10_h0 = b11_l10_nzs[0] & (4'd0 == cj10);
  assign b11_l10_n0 = 4'd0 + {3'd0, b11_l10_nzs[0]};
  assign b11_l10_h1 = b11_l10_nzs[1] & (b11_l10_n0 == cj10);
  assign b11_l10_n1 = b11_l10_n0 + {3'd0, b11_l10_nzs[1]};
  assign b11_l10_h2 = b11_l10_nzs[2] & (b11_l10_n1 == cj10);
  assign b11_l10_n2 = b11_l10_n1 + {3'd0, b11_l10_nzs[2]};
  assign b11_l10_h3 = b11_l10_nzs[3] & (b11_l10_n2 == cj10);
  assign b11_l10_hit = b11_l10_h0 | b11_l10_h1 | b11_l10_h2 | b11_l10_h3;
  assign b11_l10_pos = ((b11_l10_h0 ? 2'd0 : 2'd0) | (b11_l10_h1 ? 2'd1 : 2'd0) | (b11_l10_h2 ? 2'd2 : 2'd0) | (b11_l10_h3 ? 2'd3 : 2'd0));
  assign b11_l10_dig = (({3{b11_l10_h0}} & b11_l10_digits[2:0]) | ({3{b11_l10_h1}} & b11_l10_digits[5:3]) | ({3{b11_l10_h2}} & b11_l10_digits[8:6]) | ({3{b11_l10_h3}} & b11_l10_digits[11:9]));
  assign b11_l10_e = {b11_l10_pos, b11_l10_dig[1]};
  assign b11_l10_t = {b11_l10_hit, b11_l10_dig[2], b11_l10_e};
  assign b11_l11_cnt = {3'd0, b11_l11_nzs[0]} + {3'd0, b11_l11_nzs[1]} + {3'd0, b11_l11_nzs[2]} + {3'd0, b11_l11_nzs[3]};
  assign b11_l11_h0 = b11_l11_nzs[0] & (4'd0 == cj11);
  assign b11_l11_n0 = 4'd0 + {3'd0, b11_l11_nzs[0]};
  assign b11_l11_h1 = b11_l11_nzs[1] & (b11_l11_n0 == cj11);
  assign b11_l11_n1 = b11_l11_n0 + {3'd0, b11_l11_nzs[1]};
  assign b11_l11_h2 = b11_l11_nzs[2] & (b11_l11_n1 == cj11);
  assign b11_l11_n2 = b11_l11_n1 + {3'd0, b11_l11_nzs[2]};
  assign b11_l11_h3 = b11_l11_nzs[3] & (b11_l11_n2 == cj11);
  assign b11_l11_hit = b11_l11_h0 | b11_l11_h1 | b11_l11_h2 | b11_l11_h3;
  assign b11_l11_pos = ((b11_l11_h0 ? 2'd0 : 2'd0) | (b11_l11_h1 ? 2'd1 : 2'd0) | (b11_l11_h2 ? 2'd2 : 2'd0) | (b11_l11_h3 ? 2'd3 : 2'd0));
  assign b11_l11_dig = (({3{b11_l11_h0}} & b11_l11_digits[2:0]) | ({3{b11_l11_h1}} & b11_l11_digits[5:3]) | ({3{b11_l11_h2}} & b11_l11_digits[8:6]) | ({3{b11_l11_h3}} & b11_l11_digits[11:9]));
  assign b11_l11_e = {b11_l11_pos, b11_l11_dig[1]};
  assign b11_l11_t = {b11_l11_hit, b11_l11_dig[2], b11_l11_e};
  assign b11_l12_cnt = {3'd0, b11_l12_nzs[0]} + {3'd0, b11_l12_nzs[1]} + {3'd0, b11_l12_nzs[2]} + {3'd0, b11_l12_nzs[3]};
  assign b11_l12_h0 = b11_l12_nzs[0] & (4'd0 == cj12);
  assign b11_l12_n0 = 4'd0 + {3'd0, b11_l12_nzs[0]};
  assign b11_l12_h1 = b11_l12_nzs[1] & (b11_l12_n0 == cj12);
  assign b11_l12_n1 = b11_l12_n0 + {3'd0, b11_l12_nzs[1]};
  assign b11_l12_h2 = b11_l12_nzs[2] & (b11_l12_n1 == cj12);
  assign b11_l12_n2 = b11_l12_n1 + {3'd0, b11_l12_nzs[2]};
  assign b11_l12_h3 = b11_l12_nzs[3] & (b11_l12_n2 == cj12);
  assign b11_l12_hit = b11_l12_h0 | b11_l12_h1 | b11_l12_h2 | b11_l12_h3;
  assign b11_l12_pos = ((b11_l12_h0 ? 2'd0 : 2'd0) | (b11_l12_h1 ? 2'd1 : 2'd0) | (b11_l12_h2 ? 2'd2 : 2'd0) | (b11_l12_h3 ? 2'd3 : 2'd0));
  assign b11_l12_dig = (({3{b11_l12_h0}} & b11_l12_digits[2:0]) | ({3{b11_l12_h1}} & b11_l12_digits[5:3]) | ({3{b11_l12_h2}} & b11_l12_digits[8:6]) | ({3{b11_l12_h3}} & b11_l12_digits[11:9]));
  assign b11_l12_e = {b11_l12_pos, b11_l12_dig[1]};
  assign b11_l12_t = {b11_l12_hit, b11_l12_dig[2], b11_l12_e};
  assign b11_l13_cnt = {3'd0, b11_l13_nzs[0]} + {3'd0, b11_l13_nzs[1]} + {3'd0, b11_l13_nzs[2]} + {3'd0, b11_l13_nzs[3]};
  assign b11_l13_h0 = b11_l13_nzs[0] & (4'd0 == cj13);
  assign b11_l13_n0 = 4'd0 + {3'd0, b11_l13_nzs[0]};
  assign b11_l13_h1 = b11_l13_nzs[1] & (b11_l13_n0 == cj13);
  assign b11_l13_n1 = b11_l13_n0 + {3'd0, b11_l13_nzs[1]};
  assign b11_l13_h2 = b11_l13_nzs[2] & (b11_l13_n1 == cj13);
  assign b11_l13_n2 = b11_l13_n1 + {3'd0, b11_l13_nzs[2]};
  assign b11_l13_h3 = b11_l13_nzs[3] & (b11_l13_n2 == cj13);
  assign b11_l13_hit = b11_l13_h0 | b11_l13_h1 | b11_l13_h2 | b11_l13_h3;
  assign b11_l13_pos = ((b11_l13_h0 ? 2'd0 : 2'd0) | (b11_l13_h1 ? 2'd1 : 2'd0) | (b11_l13_h2 ? 2'd2 : 2'd0) | (b11_l13_h3 ? 2'd3 : 2'd0));
  assign b11_l13_dig = (({3{b11_l13_h0}} & b11_l13_digits[2:0]) | ({3{b11_l13_h1}} & b11_l13_digits[5:3]) | ({3{b11_l13_h2}} & b11_l13_digits[8:6]) | ({3{b11_l13_h3}} & b11_l13_digits[11:9]));
  assign b11_l13_e = {b11_l13_pos, b11_l13_dig[1]};
  assign b11_l13_t = {b11_l13_hit, b11_l13_dig[2], b11_l13_e};
  assign b11_l14_cnt = {3'd0, b11_l14_nzs[0]} + {3'd0, b11_l14_nzs[1]} + {3'd0, b11_l14_nzs[2]} + {3'd0, b11_l14_nzs[3]};
  assign b11_l14_h0 = b11_l14_nzs[0] & (4'd0 == cj14);
  assign b11_l14_n0 = 4'd0 + {3'd0, b11_l14_nzs[0]};
  assign b11_l14_h1 = b11_l14_nzs[1] & (b11_l14_n0 == cj14);
  assign b11_l14_n1 = b11_l14_n0 + {3'd0, b11_l14_nzs[1]};
  assign b11_l14_h2 = b11_l14_nzs[2] & (b11_l14_n1 == cj14);
  assign b11_l14_n2 = b11_l14_n1 + {3'd0, b11_l14_nzs[2]};
  assign b11_l14_h3 = b11_l14_nzs[3] & (b11_l14_n2 == cj14);
  assign b11_l14_hit = b11_l14_h0 | b11_l14_h1 | b11_l14_h2 | b11_l14_h3;
  assign b11_l14_pos = ((b11_l14_h0 ? 2'd0 : 2'd0) | (b11_l14_h1 ? 2'd1 : 2'd0) | (b11_l14_h2 ? 2'd2 : 2'd0) | (b11_l14_h3 ? 2'd3 : 2'd0));
  assign b11_l14_dig = (({3{b11_l14_h0}} & b11_l14_digits[2:0]) | ({3{b11_l14_h1}} & b11_l14_digits[5:3]) | ({3{b11_l14_h2}} & b11_l14_digits[8:6]) | ({3{b11_l14_h3}} & b11_l14_digits[11:9]));
  assign b11_l14_e = {b11_l14_pos, b11_l14_dig[1]};
  assign b11_l14_t = {b11_l14_hit, b11_l14_dig[2], b11_l14_e};
  assign b11_l15_cnt = {3'd0, b11_l15_nzs[0]} + {3'd0, b11_l15_nzs[1]} + {3'd0, b11_l15_nzs[2]} + {3'd0, b11_l15_nzs[3]};
  assign b11_l15_h0 = b11_l15_nzs[0] & (4'd0 == cj15);
  assign b11_l15_n0 = 4'd0 + {3'd0, b11_l15_nzs[0]};
  assign b11_l15_h1 = b11_l15_nzs[1] & (b11_l15_n0 == cj15);
  assign b11_l15_n1 = b11_l15_n0 + {3'd0, b11_l15_nzs[1]};
  assign b11_l15_h2 = b11_l15_nzs[2] & (b11_l15_n1 == cj15);
  assign b11_l15_n2 = b11_l15_n1 + {3'd0, b11_l15_nzs[2]};
  assign b11_l15_h3 = b11_l15_nzs[3] & (b11_l15_n2 == cj15);
  assign b11_l15_hit = b11_l15_h0 | b11_l15_h1 | b11_l15_h2 | b11_l15_h3;
  assign b11_l15_pos = ((b11_l15_h0 ? 2'd0 : 2'd0) | (b11_l15_h1 ? 2'd1 : 2'd0) | (b11_l15_h2 ? 2'd2 : 2'd0) | (b11_l15_h3 ? 2'd3 : 2'd0));
  assign b11_l15_dig = (({3{b11_l15_h0}} & b11_l15_digits[2:0]) | ({3{b11_l15_h1}} & b11_l15_digits[5:3]) | ({3{b11_l15_h2}} & b11_l15_digits[8:6]) | ({3{b11_l15_h3}} & b11_l15_digits[11:9]));
  assign b11_l15_e = {b11_l15_pos, b11_l15_dig[1]};
  assign b11_l15_t = {b11_l15_hit, b11_l15_dig[2], b11_l15_e};
  assign b12_l0_cnt = {3'd0, b12_l0_nzs[0]} + {3'd0, b12_l0_nzs[1]} + {3'd0, b12_l0_nzs[2]} + {3'd0, b12_l0_nzs[3]};
  assign b12_l0_h0 = b12_l0_nzs[0] & (4'd0 == cj0);
  assign b12_l0_n0 = 4'd0 + {3'd0, b12_l0_nzs[0]};
  assign b12_l0_h1 = b12_l0_nzs[1] & (b12_l0_n0 == cj0);
  assign b12_l0_n1 = b12_l0_n0 + {3'd0, b12_l0_nzs[1]};
  assign b12_l0_h2 = b12_l0_nzs[2] & (b12_l0_n1 == cj0);
  assign b12_l0_n2 = b12_l0_n1 + {3'd0, b12_l0_nzs[2]};
  assign b12_l0_h3 = b12_l0_nzs[3] & (b12_l0_n2 == cj0);
  assign b12_l0_hit = b12_l0_h0 | b12_l0_h1 | b12_l0_h2 | b12_l0_h3;
  assign b12_l0_pos = ((b12_l0_h0 ? 2'd0 : 2'd0) | (b12_l0_h1 ? 2'd1 : 2'd0) | (b12_l0_h2 ? 2'd2 : 2'd0) | (b12_l0_h3 ? 2'd3 : 2'd0));
  assign b12_l0_dig = (({3{b12_l0_h0}} & b12_l0_digits[2:0]) | ({3{b12_l0_h1}} & b12_l0_digits[5:3]) | ({3{b12_l0_h2}} & b12_l0_digits[8:6]) | ({3{b12_l0_h3}} & b12_l0_digits[11:9]));
  assign b12_l0_e = {b12_l0_pos, b12_l0_dig[1]};
  assign b12_l0_t = {b12_l0_hit, b12_l0_dig[2], b12_l0_e};
  assign b12_l1_cnt = {3'd0, b12_l1_nzs[0]} + {3'd0, b12_l1_nzs[1]} + {3'd0, b12_l1_nzs[2]} + {3'd0, b12_l1_nzs[3]};
  assign b12_l1_h0 = b12_l1_nzs[0] & (4'd0 == cj1);
  assign b12_l1_n0 = 4'd0 + {3'd0, b12_l1_nzs[0]};
  assign b12_l1_h1 = b12_l1_nzs[1] & (b12_l1_n0 == cj1);
  assign b12_l1_n1 = b12_l1_n0 + {3'd0, b12_l1_nzs[1]};
  assign b12_l1_h2 = b12_l1_nzs[2] & (b12_l1_n1 == cj1);
  assign b12_l1_n2 = b12_l1_n1 + {3'd0, b12_l1_nzs[2]};
  assign b12_l1_h3 = b12_l1_nzs[3] & (b12_l1_n2 == cj1);
  assign b12_l1_hit = b12_l1_h0 | b12_l1_h1 | b12_l1_h2 | b12_l1_h3;
  assign b12_l1_pos = ((b12_l1_h0 ? 2'd0 : 2'd0) | (b12_l1_h1 ? 2'd1 : 2'd0) | (b12_l1_h2 ? 2'd2 : 2'd0) | (b12_l1_h3 ? 2'd3 : 2'd0));
  assign b12_l1_dig = (({3{b12_l1_h0}} & b12_l1_digits[2:0]) | ({3{b12_l1_h1}} & b12_l1_digits[5:3]) | ({3{b12_l1_h2}} & b12_l1_digits[8:6]) | ({3{b12_l1_h3}} & b12_l1_digits[11:9]));
  assign b12_l1_e = {b12_l1_pos, b12_l1_dig[1]};
  assign b12_l1_t = {b12_l1_hit, b12_l1_dig[2], b12_l1_e};
  assign b12_l2_cnt = {3'd0, b12_l2_nzs[0]} + {3'd0, b12_l2_nzs[1]} + {3'd0, b12_l2_nzs[2]} + {3'd0, b12_l2_nzs[3]};
  assign b12_l2_h0 = b12_l2_nzs[0] & (4'd0 == cj2);
  assign b12_l2_n0 = 4'd0 + {3'd0, b12_l2_nzs[0]};
  assign b12_l2_h1 = b12_l2_nzs[1] & (b12_l2_n0 == cj2);
  assign b12_l2_n1 = b12_l2_n0 + {3'd0, b12_l2_nzs[1]};
  assign b12_l2_h2 = b12_l2_nzs[2] & (b12_l2_n1 == cj2);
  assign b12_l2_n2 = b12_l2_n1 + {3'd0, b12_l2_nzs[2]};
  assign b12_l2_h3 = b12_l2_nzs[3] & (b12_l2_n2 == cj2);
  assign b12_l2_hit = b12_l2_h0 | b12_l2_h1 | b12_l2_h2 | b12_l2_h3;
  assign b12_l2_pos = ((b12_l2_h0 ? 2'd0 : 2'd0) | (b12_l2_h1 ? 2'd1 : 2'd0) | (b12_l2_h2 ? 2'd2 : 2'd0) | (b12_l2_h3 ? 2'd3 : 2'd0));
  assign b12_l2_dig = (({3{b12_l2_h0}} & b12_l2_digits[2:0]) | ({3{b12_l2_h1}} & b12_l2_digits[5:3]) | ({3{b12_l2_h2}} & b12_l2_digits[8:6]) | ({3{b12_l2_h3}} & b12_l2_digits[11:9]));
  assign b12_l2_e = {b12_l2_pos, b12_l2_dig[1]};
  assign b12_l2_t = {b12_l2_hit, b12_l2_dig[2], b12_l2_e};
  assign b12_l3_cnt = {3'd0, b12_l3_nzs[0]} + {3'd0, b12_l3_nzs[1]} + {3'd0, b12_l3_nzs[2]} + {3'd0, b12_l3_nzs[3]};
  assign b12_l3_h0 = b12_l3_nzs[0] & (4'd0 == cj3);
  assign b12_l3_n0 = 4'd0 + {3'd0, b12_l3_nzs[0]};
  assign b12_l3_h1 = b12_l3_nzs[1] & (b12_l3_n0 == cj3);
  assign b12_l3_n1 = b12_l3_n0 + {3'd0, b12_l3_nzs[1]};
  assign b12_l3_h2 = b12_l3_nzs[2] & (b12_l3_n1 == cj3);
  assign b12_l3_n2 = b12_l3_n1 + {3'd0, b12_l3_nzs[2]};
  assign b12_l3_h3 = b12_l3_nzs[3] & (b12_l3_n2 == cj3);
  assign b12_l3_hit = b12_l3_h0 | b12_l3_h1 | b12_l3_h2 | b12_l3_h3;
  assign b12_l3_pos = ((b12_l3_h0 ? 2'd0 : 2'd0) | (b12_l3_h1 ? 2'd1 : 2'd0) | (b12_l3_h2 ? 2'd2 : 2'd0) | (b12_l3_h3 ? 2'd3 : 2'd0));
  assign b12_l3_dig = (({3{b12_l3_h0}} & b12_l3_digits[2:0]) | ({3{b12_l3_h1}} & b12_l3_digits[5:3]) | ({3{b12_l3_h2}} & b12_l3_digits[8:6]) | ({3{b12_l3_h3}} & b12_l3_digits[11:9]));
  assign b12_l3_e = {b12_l3_pos, b12_l3_dig[1]};
  assign b12_l3_t = {b12_l3_hit, b12_l3_dig[2], b12_l3_e};
  assign b12_l4_cnt = {3'd0, b12_l4_nzs[0]} + {3'd0, b12_l4_nzs[1]} + {3'd0, b12_l4_nzs[2]} + {3'd0, b12_l4_nzs[3]};
  assign b12_l4_h0 = b12_l4_nzs[0] & (4'd0 == cj4);
  assign b12_l4_n0 = 4'd0 + {3'd0, b12_l4_nzs[0]};
  assign b12_l4_h1 = b12_l4_nzs[1] & (b12_l4_n0 == cj4);
  assign b12_l4_n1 = b12_l4_n0 + {3'd0, b12_l4_nzs[1]};
  assign b12_l4_h2 = b12_l4_nzs[2] & (b12_l4_n1 == cj4);
  assign b12_l4_n2 = b12_l4_n1 + {3'd0, b12_l4_nzs[2]};
  assign b12_l4_h3 = b12_l4_nzs[3] & (b12_l4_n2 == cj4);
  assign b12_l4_hit = b12_l4_h0 | b12_l4_h1 | b12_l4_h2 | b12_l4_h3;
  assign b12_l4_pos = ((b12_l4_h0 ? 2'd0 : 2'd0) | (b12_l4_h1 ? 2'd1 : 2'd0) | (b12_l4_h2 ? 2'd2 : 2'd0) | (b12_l4_h3 ? 2'd3 : 2'd0));
  assign b12_l4_dig = (({3{b12_l4_h0}} & b12_l4_digits[2:0]) | ({3{b12_l4_h1}} & b12_l4_digits[5:3]) | ({3{b12_l4_h2}} & b12_l4_digits[8:6]) | ({3{b12_l4_h3}} & b12_l4_digits[11:9]));
  assign b12_l4_e = {b12_l4_pos, b12_l4_dig[1]};
  assign b12_l4_t = {b12_l4_hit, b12_l4_dig[2], b12_l4_e};
  assign b12_l5_cnt = {3'd0, b12_l5_nzs[0]} + {3'd0, b12_l5_nzs[1]} + {3'd0, b12_l5_nzs[2]} + {3'd0, b12_l5_nzs[3]};
  assign b12_l5_h0 = b12_l5_nzs[0] & (4'd0 == cj5);
  assign b12_l5_n0 = 4'd0 + {3'd0, b12_l5_nzs[0]};
  assign b12_l5_h1 = b12_l5_nzs[1] & (b12_l5_n0 == cj5);
  assign b12_l5_n1 = b12_l5_n0 + {3'd0, b12_l5_nzs[1]};
  assign b12_l5_h2 = b12_l5_nzs[2] & (b12_l5_n1 == cj5);
  assign b12_l5_n2 = b12_l5_n1 + {3'd0, b12_l5_nzs[2]};
  assign b12_l5_h3 = b12_l5_nzs[3] & (b12_l5_n2 == cj5);
  assign b12_l5_hit = b12_l5_h0 | b12_l5_h1 | b12_l5_h2 | b12_l5_h3;
  assign b12_l5_pos = ((b12_l5_h0 ? 2'd0 : 2'd0) | (b12_l5_h1 ? 2'd1 : 2'd0) | (b12_l5_h2 ? 2'd2 : 2'd0) | (b12_l5_h3 ? 2'd3 : 2'd0));
  assign b12_l5_dig = (({3{b12_l5_h0}} & b12_l5_digits[2:0]) | ({3{b12_l5_h1}} & b12_l5_digits[5:3]) | ({3{b12_l5_h2}} & b12_l5_digits[8:6]) | ({3{b12_l5_h3}} & b12_l5_digits[11:9]));
  assign b12_l5_e = {b12_l5_pos, b12_l5_dig[1]};
  assign b12_l5_t = {b12_l5_hit, b12_l5_dig[2], b12_l5_e};
  assign b12_l6_cnt = {3'd0, b12_l6_nzs[0]} + {3'd0, b12_l6_nzs[1]} + {3'd0, b12_l6_nzs[2]} + {3'd0, b12_l6_nzs[3]};
  assign b12_l6_h0 = b12_l6_nzs[0] & (4'd0 == cj6);
  assign b12_l6_n0 = 4'd0 + {3'd0, b12_l6_nzs[0]};
  assign b12_l6_h1 = b12_l6_nzs[1] & (b12_l6_n0 == cj6);
  assign b12_l6_n1 = b12_l6_n0 + {3'd0, b12_l6_nzs[1]};
  assign b12_l6_h2 = b12_l6_nzs[2] & (b12_l6_n1 == cj6);
  assign b12_l6_n2 = b12_l6_n1 + {3'd0, b12_l6_nzs[2]};
  assign b12_l6_h3 = b12_l6_nzs[3] & (b12_l6_n2 == cj6);
  assign b12_l6_hit = b12_l6_h0 | b12_l6_h1 | b12_l6_h2 | b12_l6_h3;
  assign b12_l6_pos = ((b12_l6_h0 ? 2'd0 : 2'd0) | (b12_l6_h1 ? 2'd1 : 2'd0) | (b12_l6_h2 ? 2'd2 : 2'd0) | (b12_l6_h3 ? 2'd3 : 2'd0));
  assign b12_l6_dig = (({3{b12_l6_h0}} & b12_l6_digits[2:0]) | ({3{b12_l6_h1}} & b12_l6_digits[5:3]) | ({3{b12_l6_h2}} & b12_l6_digits[8:6]) | ({3{b12_l6_h3}} & b12_l6_digits[11:9]));
  assign b12_l6_e = {b12_l6_pos, b12_l6_dig[1]};
  assign b12_l6_t = {b12_l6_hit, b12_l6_dig[2], b12_l6_e};
  assign b12_l7_cnt = {3'd0, b12_l7_nzs[0]} + {3'd0, b12_l7_nzs[1]} + {3'd0, b12_l7_nzs[2]} + {3'd0, b12_l7_nzs[3]};
  assign b12_l7_h0 = b12_l7_nzs[0] & (4'd0 == cj7);
  assign b12_l7_n0 = 4'd0 + {3'd0, b12_l7_nzs[0]};
  assign b12_l7_h1 = b12_l7_nzs[1] & (b12_l7_n0 == cj7);
  assign b12_l7_n1 = b12_l7_n0 + {3'd0, b12_l7_nzs[1]};
  assign b12_l7_h2 = b12_l7_nzs[2] & (b12_l7_n1 == cj7);
  assign b12_l7_n2 = b12_l7_n1 + {3'd0, b12_l7_nzs[2]};
  assign b12_l7_h3 = b12_l7_nzs[3] & (b12_l7_n2 == cj7);
  assign b12_l7_hit = b12_l7_h0 | b12_l7_h1 | b12_l7_h2 | b12_l7_h3;
  assign b12_l7_pos = ((b12_l7_h0 ? 2'd0 : 2'd0) | (b12_l7_h1 ? 2'd1 : 2'd0) | (b12_l7_h2 ? 2'd2 : 2'd0) | (b12_l7_h3 ? 2'd3 : 2'd0));
  assign b12_l7_dig = (({3{b12_l7_h0}} & b12_l7_digits[2:0]) | ({3{b12_l7_h1}} & b12_l7_digits[5:3]) | ({3{b12_l7_h2}} & b12_l7_digits[8:6]) | ({3{b12_l7_h3}} & b12_l7_digits[11:9]));
  assign b12_l7_e = {b12_l7_pos, b12_l7_dig[1]};
  assign b12_l7_t = {b12_l7_hit, b12_l7_dig[2], b12_l7_e};
  assign b12_l8_cnt = {3'd0, b12_l8_nzs[0]} + {3'd0, b12_l8_nzs[1]} + {3'd0, b12_l8_nzs[2]} + {3'd0, b12_l8_nzs[3]};
  assign b12_l8_h0 = b12_l8_nzs[0] & (4'd0 == cj8);
  assign b12_l8_n0 = 4'd0 + {3'd0, b12_l8_nzs[0]};
  assign b12_l8_h1 = b12_l8_nzs[1] & (b12_l8_n0 == cj8);
  assign b12_l8_n1 = b12_l8_n0 + {3'd0, b12_l8_nzs[1]};
  assign b12_l8_h2 = b12_l8_nzs[2] & (b12_l8_n1 == cj8);
  assign b12_l8_n2 = b12_l8_n1 + {3'd0, b12_l8_nzs[2]};
  assign b12_l8_h3 = b12_l8_nzs[3] & (b12_l8_n2 == cj8);
  assign b12_l8_hit = b12_l8_h0 | b12_l8_h1 | b12_l8_h2 | b12_l8_h3;
  assign b12_l8_pos = ((b12_l8_h0 ? 2'd0 : 2'd0) | (b12_l8_h1 ? 2'd1 : 2'd0) | (b12_l8_h2 ? 2'd2 : 2'd0) | (b12_l8_h3 ? 2'd3 : 2'd0));
  assign b12_l8_dig = (({3{b12_l8_h0}} & b12_l8_digits[2:0]) | ({3{b12_l8_h1}} & b12_l8_digits[5:3]) | ({3{b12_l8_h2}} & b12_l8_digits[8:6]) | ({3{b12_l8_h3}} & b12_l8_digits[11:9]));
  assign b12_l8_e = {b12_l8_pos, b12_l8_dig[1]};
  assign b12_l8_t = {b12_l8_hit, b12_l8_dig[2], b12_l8_e};
  assign b12_l9_cnt = {3'd0, b12_l9_nzs[0]} + {3'd0, b12_l9_nzs[1]} + {3'd0, b12_l9_nzs[2]} + {3'd0, b12_l9_nzs[3]};
  assign b12_l9_h0 = b12_l9_nzs[0] & (4'd0 == cj9);
  assign b12_l9_n0 = 4'd0 + {3'd0, b12_l9_nzs[0]};
  assign b12_l9_h1 = b12_l9_nzs[1] & (b12_l9_n0 == cj9);
  assign b12_l9_n1 = b12_l9_n0 + {3'd0, b12_l9_nzs[1]};
  assign b12_l9_h2 = b12_l9_nzs[2] & (b12_l9_n1 == cj9);
  assign b12_l9_n2 = b12_l9_n1 + {3'd0, b12_l9_nzs[2]};
  assign b12_l9_h3 = b12_l9_nzs[3] & (b12_l9_n2 == cj9);
  assign b12_l9_hit = b12_l9_h0 | b12_l9_h1 | b12_l9_h2 | b12_l9_h3;
  assign b12_l9_pos = ((b12_l9_h0 ? 2'd0 : 2'd0) | (b12_l9_h1 ? 2'd1 : 2'd0) | (b12_l9_h2 ? 2'd2 : 2'd0) | (b12_l9_h3 ? 2'd3 : 2'd0));
  assign b12_l9_dig = (({3{b12_l9_h0}} & b12_l9_digits[2:0]) | ({3{b12_l9_h1}} & b12_l9_digits[5:3]) | ({3{b12_l9_h2}} & b12_l9_digits[8:6]) | ({3{b12_l9_h3}} & b12_l9_digits[11:9]));
  assign b12_l9_e = {b12_l9_pos, b12_l9_dig[1]};
  assign b12_l9_t = {b12_l9_hit, b12_l9_dig[2], b12_l9_e};
  assign b12_l10_cnt = {3'd0, b12_l10_nzs[0]} + {3'd0, b12_l10_nzs[1]} + {3'd0, b12_l10_nzs[2]} + {3'd0, b12_l10_nzs[3]};
  assign b12_l10_h0 = b12_l10_nzs[0] & (4'd0 == cj10);
  assign b12_l10_n0 = 4'd0 + {3'd0, b12_l10_nzs[0]};
  assign b12_l10_h1 = b12_l10_nzs[1] & (b12_l10_n0 == cj10);
  assign b12_l10_n1 = b12_l10_n0 + {3'd0, b12_l10_nzs[1]};
  assign b12_l10_h2 = b12_l10_nzs[2] & (b12_l10_n1 == cj10);
  assign b12_l10_n2 = b12_l10_n1 + {3'd0, b12_l10_nzs[2]};
  assign b12_l10_h3 = b12_l10_nzs[3] & (b12_l10_n2 == cj10);
  assign b12_l10_hit = b12_l10_h0 | b12_l10_h1 | b12_l10_h2 | b12_l10_h3;
  assign b12_l10_pos = ((b12_l10_h0 ? 2'd0 : 2'd0) | (b12_l10_h1 ? 2'd1 : 2'd0) | (b12_l10_h2 ? 2'd2 : 2'd0) | (b12_l10_h3 ? 2'd3 : 2'd0));
  assign b12_l10_dig = (({3{b12_l10_h0}} & b12_l10_digits[2:0]) | ({3{b12_l10_h1}} & b12_l10_digits[5:3]) | ({3{b12_l10_h2}} & b12_l10_digits[8:6]) | ({3{b12_l10_h3}} & b12_l10_digits[11:9]));
  assign b12_l10_e = {b12_l10_pos, b12_l10_dig[1]};
  assign b12_l10_t = {b12_l10_hit, b12_l10_dig[2], b12_l10_e};
  assign b12_l11_cnt = {3'd0, b12_l11_nzs[0]} + {3'd0, b12_l11_nzs[1]} + {3'd0, b12_l11_nzs[2]} + {3'd0, b12_l11_nzs[3]};
  assign b12_l11_h0 = b12_l11_nzs[0] & (4'd0 == cj11);
  assign b12_l11_n0 = 4'd0 + {3'd0, b12_l11_nzs[0]};
  assign b12_l11_h1 = b12_l11_nzs[1] & (b12_l11_n0 == cj11);
  assign b12_l11_n1 = b12_l11_n0 + {3'd0, b12_l11_nzs[1]};
  assign b12_l11_h2 = b12_l11_nzs[2] & (b12_l11_n1 == cj11);
  assign b12_l11_n2 = b12_l11_n1 + {3'd0, b12_l11_nzs[2]};
  assign b12_l11_h3 = b12_l11_nzs[3] & (b12_l11_n2 == cj11);
  assign b12_l11_hit = b12_l11_h0 | b12_l11_h1 | b12_l11_h2 | b12_l11_h3;
  assign b12_l11_pos = ((b12_l11_h0 ? 2'd0 : 2'd0) | (b12_l11_h1 ? 2'd1 : 2'd0) | (b12_l11_h2 ? 2'd2 : 2'd0) | (b12_l11_h3 ? 2'd3 : 2'd0));
  assign b12_l11_dig = (({3{b12_l11_h0}} & b12_l11_digits[2:0]) | ({3{b12_l11_h1}} & b12_l11_digits[5:3]) | ({3{b12_l11_h2}} & b12_l11_digits[8:6]) | ({3{b12_l11_h3}} & b12_l11_digits[11:9]));
  assign b12_l11_e = {b12_l11_pos, b12_l11_dig[1]};
  assign b12_l11_t = {b12_l11_hit, b12_l11_dig[2], b12_l11_e};
  assign b12_l12_cnt = {3'd0, b12_l12_nzs[0]} + {3'd0, b12_l12_nzs[1]} + {3'd0, b12_l12_nzs[2]} + {3'd0, b12_l12_nzs[3]};
  assign b12_l12_h0 = b12_l12_nzs[0] & (4'd0 == cj12);
  assign b12_l12_n0 = 4'd0 + {3'd0, b12_l12_nzs[0]};
  assign b12_l12_h1 = b12_l12_nzs[1] & (b12_l12_n0 == cj12);
  assign b12_l12_n1 = b12_l12_n0 + {3'd0, b12_l12_nzs[1]};
  assign b12_l12_h2 = b12_l12_nzs[2] & (b12_l12_n1 == cj12);
  assign b12_l12_n2 = b12_l12_n1 + {3'd0, b12_l12_nzs[2]};
  assign b12_l12_h3 = b12_l12_nzs[3] & (b12_l12_n2 == cj12);
  assign b12_l12_hit = b12_l12_h0 | b12_l12_h1 | b12_l12_h2 | b12_l12_h3;
  assign b12_l12_pos = ((b12_l12_h0 ? 2'd0 : 2'd0) | (b12_l12_h1 ? 2'd1 : 2'd0) | (b12_l12_h2 ? 2'd2 : 2'd0) | (b12_l12_h3 ? 2'd3 : 2'd0));
  assign b12_l12_dig = (({3{b12_l12_h0}} & b12_l12_digits[2:0]) | ({3{b12_l12_h1}} & b12_l12_digits[5:3]) | ({3{b12_l12_h2}} & b12_l12_digits[8:6]) | ({3{b12_l12_h3}} & b12_l12_digits[11:9]));
  assign b12_l12_e = {b12_l12_pos, b12_l12_dig[1]};
  assign b12_l12_t = {b12_l12_hit, b12_l12_dig[2], b12_l12_e};
  assign b12_l13_cnt = {3'd0, b12_l13_nzs[0]} + {3'd0, b12_l13_nzs[1]} + {3'd0, b12_l13_nzs[2]} + {3'd0, b12_l13_nzs[3]};
  assign b12_l13_h0 = b12_l13_nzs[0] & (4'd0 == cj13);
  assign b12_l13_n0 = 4'd0 + {3'd0, b12_l13_nzs[0]};
  assign b12_l13_h1 = b12_l13_nzs[1] & (b12_l13_n0 == cj13);
  assign b12_l13_n1 = b12_l13_n0 + {3'd0, b12_l13_nzs[1]};
  assign b12_l13_h2 = b12_l13_nzs[2] & (b12_l13_n1 == cj13);
  assign b12_l13_n2 = b12_l13_n1 + {3'd0, b12_l13_nzs[2]};
  assign b12_l13_h3 = b12_l13_nzs[3] & (b12_l13_n2 == cj13);
  assign b12_l13_hit = b12_l13_h0 | b12_l13_h1 | b12_l13_h2 | b12_l13_h3;
  assign b12_l13_pos = ((b12_l13_h0 ? 2'd0 : 2'd0) | (b12_l13_h1 ? 2'd1 : 2'd0) | (b12_l13_h2 ? 2'd2 : 2'd0) | (b12_l13_h3 ? 2'd3 : 2'd0));
  assign b12_l13_dig = (({3{b12_l13_h0}} & b12_l13_digits[2:0]) | ({3{b12_l13_h1}} & b12_l13_digits[5:3]) | ({3{b12_l13_h2}} & b12_l13_digits[8:6]) | ({3{b12_l13_h3}} & b12_l13_digits[11:9]));
  assign b12_l13_e = {b12_l13_pos, b12_l13_dig[1]};
  assign b12_l13_t = {b12_l13_hit, b12_l13_dig[2], b12_l13_e};
  assign b12_l14_cnt = {3'd0, b12_l14_nzs[0]} + {3'd0, b12_l14_nzs[1]} + {3'd0, b12_l14_nzs[2]} + {3'd0, b12_l14_nzs[3]};
  assign b12_l14_h0 = b12_l14_nzs[0] & (4'd0 == cj14);
  assign b12_l14_n0 = 4'd0 + {3'd0, b12_l14_nzs[0]};
  assign b12_l14_h1 = b12_l14_nzs[1] & (b12_l14_n0 == cj14);
  assign b12_l14_n1 = b12_l14_n0 + {3'd0, b12_l14_nzs[1]};
  assign b12_l14_h2 = b12_l14_nzs[2] & (b12_l14_n1 == cj14);
  assign b12_l14_n2 = b12_l14_n1 + {3'd0, b12_l14_nzs[2]};
  assign b12_l14_h3 = b12_l14_nzs[3] & (b12_l14_n2 == cj14);
  assign b12_l14_hit = b12_l14_h0 | b12_l14_h1 | b12_l14_h2 | b12_l14_h3;
  assign b12_l14_pos = ((b12_l14_h0 ? 2'd0 : 2'd0) | (b12_l14_h1 ? 2'd1 : 2'd0) | (b12_l14_h2 ? 2'd2 : 2'd0) | (b12_l14_h3 ? 2'd3 : 2'd0));
  assign b12_l14_dig = (({3{b12_l14_h0}} & b12_l14_digits[2:0]) | ({3{b12_l14_h1}} & b12_l14_digits[5:3]) | ({3{b12_l14_h2}} & b12_l14_digits[8:6]) | ({3{b12_l14_h3}} & b12_l14_digits[11:9]));
  assign b12_l14_e = {b12_l14_pos, b12_l14_dig[1]};
  assign b12_l14_t = {b12_l14_hit, b12_l14_dig[2], b12_l14_e};
  assign b12_l15_cnt = {3'd0, b12_l15_nzs[0]} + {3'd0, b12_l15_nzs[1]} + {3'd0, b12_l15_nzs[2]} + {3'd0, b12_l15_nzs[3]};
  assign b12_l15_h0 = b12_l15_nzs[0] & (4'd0 == cj15);
  assign b12_l15_n0 = 4'd0 + {3'd0, b12_l15_nzs[0]};
  assign b12_l15_h1 = b12_l15_nzs[1] & (b12_l15_n0 == cj15);
  assign b12_l15_n1 = b12_l15_n0 + {3'd0, b12_l15_nzs[1]};
  assign b12_l15_h2 = b12_l15_nzs[2] & (b12_l15_n1 == cj15);
  assign b12_l15_n2 = b12_l15_n1 + {3'd0, b12_l15_nzs[2]};
  assign b12_l15_h3 = b12_l15_nzs[3] & (b12_l15_n2 == cj15);
  assign b12_l15_hit = b12_l15_h0 | b12_l15_h1 | b12_l15_h2 | b12_l15_h3;
  assign b12_l15_pos = ((b12_l15_h0 ? 2'd0 : 2'd0) | (b12_l15_h1 ? 2'd1 : 2'd0) | (b12_l15_h2 ? 2'd2 : 2'd0) | (b12_l15_h3 ? 2'd3 : 2'd0));
  assign b12_l15_dig = (({3{b12_l15_h0}} & b12_l15_digits[2:0]) | ({3{b12_l15_h1}} & b12_l15_digits[5:3]) | ({3{b12_l15_h2}} & b12_l15_digits[8:6]) | ({3{b12_l15_h3}} & b12_l15_digits[11:9]));
  assign b12_l15_e = {b12_l15_pos, b12_l15_dig[1]};
  assign b12_l15_t = {b12_l15_hit, b12_l15_dig[2], b12_l15_e};
  assign b13_l0_cnt = {3'd0, b13_l0_nzs[0]} + {3'd0, b13_l0_nzs[1]} + {3'd0, b13_l0_nzs[2]} + {3'd0, b13_l0_nzs[3]};
  assign b13_l0_h0 = b13_l0_nzs[0] & (4'd0 == cj0);
  assign b13_l0_n0 = 4'd0 + {3'd0, b13_l0_nzs[0]};
  assign b13_l0_h1 = b13_l0_nzs[1] & (b13_l0_n0 == cj0);
  assign b13_l0_n1 = b13_l0_n0 + {3'd0, b13_l0_nzs[1]};
  assign b13_l0_h2 = b13_l0_nzs[2] & (b13_l0_n1 == cj0);
  assign b13_l0_n2 = b13_l0_n1 + {3'd0, b13_l0_nzs[2]};
  assign b13_l0_h3 = b13_l0_nzs[3] & (b13_l0_n2 == cj0);
  assign b13_l0_hit = b13_l0_h0 | b13_l0_h1 | b13_l0_h2 | b13_l0_h3;
  assign b13_l0_pos = ((b13_l0_h0 ? 2'd0 : 2'd0) | (b13_l0_h1 ? 2'd1 : 2'd0) | (b13_l0_h2 ? 2'd2 : 2'd0) | (b13_l0_h3 ? 2'd3 : 2'd0));
  assign b13_l0_dig = (({3{b13_l0_h0}} & b13_l0_digits[2:0]) | ({3{b13_l0_h1}} & b13_l0_digits[5:3]) | ({3{b13_l0_h2}} & b13_l0_digits[8:6]) | ({3{b13_l0_h3}} & b13_l0_digits[11:9]));
  assign b13_l0_e = {b13_l0_pos, b13_l0_dig[1]};
  assign b13_l0_t = {b13_l0_hit, b13_l0_dig[2], b13_l0_e};
  assign b13_l1_cnt = {3'd0, b13_l1_nzs[0]} + {3'd0, b13_l1_nzs[1]} + {3'd0, b13_l1_nzs[2]} + {3'd0, b13_l1_nzs[3]};
  assign b13_l1_h0 = b13_l1_nzs[0] & (4'd0 == cj1);
  assign b13_l1_n0 = 4'd0 + {3'd0, b13_l1_nzs[0]};
  assign b13_l1_h1 = b13_l1_nzs[1] & (b13_l1_n0 == cj1);
  assign b13_l1_n1 = b13_l1_n0 + {3'd0, b13_l1_nzs[1]};
  assign b13_l1_h2 = b13_l1_nzs[2] & (b13_l1_n1 == cj1);
  assign b13_l1_n2 = b13_l1_n1 + {3'd0, b13_l1_nzs[2]};
  assign b13_l1_h3 = b13_l1_nzs[3] & (b13_l1_n2 == cj1);
  assign b13_l1_hit = b13_l1_h0 | b13_l1_h1 | b13_l1_h2 | b13_l1_h3;
  assign b13_l1_pos = ((b13_l1_h0 ? 2'd0 : 2'd0) | (b13_l1_h1 ? 2'd1 : 2'd0) | (b13_l1_h2 ? 2'd2 : 2'd0) | (b13_l1_h3 ? 2'd3 : 2'd0));
  assign b13_l1_dig = (({3{b13_l1_h0}} & b13_l1_digits[2:0]) | ({3{b13_l1_h1}} & b13_l1_digits[5:3]) | ({3{b13_l1_h2}} & b13_l1_digits[8:6]) | ({3{b13_l1_h3}} & b13_l1_digits[11:9]));
  assign b13_l1_e = {b13_l1_pos, b13_l1_dig[1]};
  assign b13_l1_t = {b13_l1_hit, b13_l1_dig[2], b13_l1_e};
  assign b13_l2_cnt = {3'd0, b13_l2_nzs[0]} + {3'd0, b13_l2_nzs[1]} + {3'd0, b13_l2_nzs[2]} + {3'd0, b13_l2_nzs[3]};
  assign b13_l2_h0 = b13_l2_nzs[0] & (4'd0 == cj2);
  assign b13_l2_n0 = 4'd0 + {3'd0, b13_l2_nzs[0]};
  assign b13_l2_h1 = b13_l2_nzs[1] & (b13_l2_n0 == cj2);
  assign b13_l2_n1 = b13_l2_n0 + {3'd0, b13_l2_nzs[1]};
  assign b13_l2_h2 = b13_l2_nzs[2] & (b13_l2_n1 == cj2);
  assign b13_l2_n2 = b13_l2_n1 + {3'd0, b13_l2_nzs[2]};
  assign b13_l2_h3 = b13_l2_nzs[3] & (b13_l2_n2 == cj2);
  assign b13_l2_hit = b13_l2_h0 | b13_l2_h1 | b13_l2_h2 | b13_l2_h3;
  assign b13_l2_pos = ((b13_l2_h0 ? 2'd0 : 2'd0) | (b13_l2_h1 ? 2'd1 : 2'd0) | (b13_l2_h2 ? 2'd2 : 2'd0) | (b13_l2_h3 ? 2'd3 : 2'd0));
  assign b13_l2_dig = (({3{b13_l2_h0}} & b13_l2_digits[2:0]) | ({3{b13_l2_h1}} & b13_l2_digits[5:3]) | ({3{b13_l2_h2}} & b13_l2_digits[8:6]) | ({3{b13_l2_h3}} & b13_l2_digits[11:9]));
  assign b13_l2_e = {b13_l2_pos, b13_l2_dig[1]};
  assign b13_l2_t = {b13_l2_hit, b13_l2_dig[2], b13_l2_e};
  assign b13_l3_cnt = {3'd0, b13_l3_nzs[0]} + {3'd0, b13_l3_nzs[1]} + {3'd0, b13_l3_nzs[2]} + {3'd0, b13_l3_nzs[3]};
  assign b13_l3_h0 = b13_l3_nzs[0] & (4'd0 == cj3);
  assign b13_l3_n0 = 4'd0 + {3'd0, b13_l3_nzs[0]};
  assign b13_l3_h1 = b13_l3_nzs[1] & (b13_l3_n0 == cj3);
  assign b13_l3_n1 = b13_l3_n0 + {3'd0, b13_l3_nzs[1]};
  assign b13_l3_h2 = b13_l3_nzs[2] & (b13_l3_n1 == cj3);
  assign b13_l3_n2 = b13_l3_n1 + {3'd0, b13_l3_nzs[2]};
  assign b13_l3_h3 = b13_l3_nzs[3] & (b13_l3_n2 == cj3);
  assign b13_l3_hit = b13_l3_h0 | b13_l3_h1 | b13_l3_h2 | b13_l3_h3;
  assign b13_l3_pos = ((b13_l3_h0 ? 2'd0 : 2'd0) | (b13_l3_h1 ? 2'd1 : 2'd0) | (b13_l3_h2 ? 2'd2 : 2'd0) | (b13_l3_h3 ? 2'd3 : 2'd0));
  assign b13_l3_dig = (({3{b13_l3_h0}} & b13_l3_digits[2:0]) | ({3{b13_l3_h1}} & b13_l3_digits[5:3]) | ({3{b13_l3_h2}} & b13_l3_digits[8:6]) | ({3{b13_l3_h3}} & b13_l3_digits[11:9]));
  assign b13_l3_e = {b13_l3_pos, b13_l3_dig[1]};
  assign b13_l3_t = {b13_l3_hit, b13_l3_dig[2], b13_l3_e};
  assign b13_l4_cnt = {3'd0, b13_l4_nzs[0]} + {3'd0, b13_l4_nzs[1]} + {3'd0, b13_l4_nzs[2]} + {3'd0, b13_l4_nzs[3]};
  assign b13_l4_h0 = b13_l4_nzs[0] & (4'd0 == cj4);
  assign b13_l4_n0 = 4'd0 + {3'd0, b13_l4_nzs[0]};
  assign b13_l4_h1 = b13_l4_nzs[1] & (b13_l4_n0 == cj4);
  assign b13_l4_n1 = b13_l4_n0 + {3'd0, b13_l4_nzs[1]};
  assign b13_l4_h2 = b13_l4_nzs[2] & (b13_l4_n1 == cj4);
  assign b13_l4_n2 = b13_l4_n1 + {3'd0, b13_l4_nzs[2]};
  assign b13_l4_h3 = b13_l4_nzs[3] & (b13_l4_n2 == cj4);
  assign b13_l4_hit = b13_l4_h0 | b13_l4_h1 | b13_l4_h2 | b13_l4_h3;
  assign b13_l4_pos = ((b13_l4_h0 ? 2'd0 : 2'd0) | (b13_l4_h1 ? 2'd1 : 2'd0) | (b13_l4_h2 ? 2'd2 : 2'd0) | (b13_l4_h3 ? 2'd3 : 2'd0));
  assign b13_l4_dig = (({3{b13_l4_h0}} & b13_l4_digits[2:0]) | ({3{b13_l4_h1}} & b13_l4_digits[5:3]) | ({3{b13_l4_h2}} & b13_l4_digits[8:6]) | ({3{b13_l4_h3}} & b13_l4_digits[11:9]));
  assign b13_l4_e = {b13_l4_pos, b13_l4_dig[1]};
  assign b13_l4_t = {b13_l4_hit, b13_l4_dig[2], b13_l4_e};
  assign b13_l5_cnt = {3'd0, b13_l5_nzs[0]} + {3'd0, b13_l5_nzs[1]} + {3'd0, b13_l5_nzs[2]} + {3'd0, b13_l5_nzs[3]};
  assign b13_l5_h0 = b13_l5_nzs[0] & (4'd0 == cj5);
  assign b13_l5_n0 = 4'd0 + {3'd0, b13_l5_nzs[0]};
  assign b13_l5_h1 = b13_l5_nzs[1] & (b13_l5_n0 == cj5);
  assign b13_l5_n1 = b13_l5_n0 + {3'd0, b13_l5_nzs[1]};
  assign b13_l5_h2 = b13_l5_nzs[2] & (b13_l5_n1 == cj5);
  assign b13_l5_n2 = b13_l5_n1 + {3'd0, b13_l5_nzs[2]};
  assign b13_l5_h3 = b13_l5_nzs[3] & (b13_l5_n2 == cj5);
  assign b13_l5_hit = b13_l5_h0 | b13_l5_h1 | b13_l5_h2 | b13_l5_h3;
  assign b13_l5_pos = ((b13_l5_h0 ? 2'd0 : 2'd0) | (b13_l5_h1 ? 2'd1 : 2'd0) | (b13_l5_h2 ? 2'd2 : 2'd0) | (b13_l5_h3 ? 2'd3 : 2'd0));
  assign b13_l5_dig = (({3{b13_l5_h0}} & b13_l5_digits[2:0]) | ({3{b13_l5_h1}} & b13_l5_digits[5:3]) | ({3{b13_l5_h2}} & b13_l5_digits[8:6]) | ({3{b13_l5_h3}} & b13_l5_digits[11:9]));
  assign b13_l5_e = {b13_l5_pos, b13_l5_dig[1]};
  assign b13_l5_t = {b13_l5_hit, b13_l5_dig[2], b13_l5_e};
  assign b13_l6_cnt = {3'd0, b13_l6_nzs[0]} + {3'd0, b13_l6_nzs[1]} + {3'd0, b13_l6_nzs[2]} + {3'd0, b13_l6_nzs[3]};
  assign b13_l6_h0 = b13_l6_nzs[0] & (4'd0 == cj6);
  assign b13_l6_n0 = 4'd0 + {3'd0, b13_l6_nzs[0]};
  assign b13_l6_h1 = b13_l6_nzs[1] & (b13_l6_n0 == cj6);
  assign b13_l6_n1 = b13_l6_n0 + {3'd0, b13_l6_nzs[1]};
  assign b13_l6_h2 = b13_l6_nzs[2] & (b13_l6_n1 == cj6);
  assign b13_l6_n2 = b13_l6_n1 + {3'd0, b13_l6_nzs[2]};
  assign b13_l6_h3 = b13_l6_nzs[3] & (b13_l6_n2 == cj6);
  assign b13_l6_hit = b13_l6_h0 | b13_l6_h1 | b13_l6_h2 | b13_l6_h3;
  assign b13_l6_pos = ((b13_l6_h0 ? 2'd0 : 2'd0) | (b13_l6_h1 ? 2'd1 : 2'd0) | (b13_l6_h2 ? 2'd2 : 2'd0) | (b13_l6_h3 ? 2'd3 : 2'd0));
  assign b13_l6_dig = (({3{b13_l6_h0}} & b13_l6_digits[2:0]) | ({3{b13_l6_h1}} & b13_l6_digits[5:3]) | ({3{b13_l6_h2}} & b13_l6_digits[8:6]) | ({3{b13_l6_h3}} & b13_l6_digits[11:9]));
  assign b13_l6_e = {b13_l6_pos, b13_l6_dig[1]};
  assign b13_l6_t = {b13_l6_hit, b13_l6_dig[2], b13_l6_e};
  assign b13_l7_cnt = {3'd0, b13_l7_nzs[0]} + {3'd0, b13_l7_nzs[1]} + {3'd0, b13_l7_nzs[2]} + {3'd0, b13_l7_nzs[3]};
  assign b13_l7_h0 = b13_l7_nzs[0] & (4'd0 == cj7);
  assign b13_l7_n0 = 4'd0 + {3'd0, b13_l7_nzs[0]};
  assign b13_l7_h1 = b13_l7_nzs[1] & (b13_l7_n0 == cj7);
  assign b13_l7_n1 = b13_l7_n0 + {3'd0, b13_l7_nzs[1]};
  assign b13_l7_h2 = b13_l7_nzs[2] & (b13_l7_n1 == cj7);
  assign b13_l7_n2 = b13_l7_n1 + {3'd0, b13_l7_nzs[2]};
  assign b13_l7_h3 = b13_l7_nzs[3] & (b13_l7_n2 == cj7);
  assign b13_l7_hit = b13_l7_h0 | b13_l7_h1 | b13_l7_h2 | b13_l7_h3;
  assign b13_l7_pos = ((b13_l7_h0 ? 2'd0 : 2'd0) | (b13_l7_h1 ? 2'd1 : 2'd0) | (b13_l7_h2 ? 2'd2 : 2'd0) | (b13_l7_h3 ? 2'd3 : 2'd0));
  assign b13_l7_dig = (({3{b13_l7_h0}} & b13_l7_digits[2:0]) | ({3{b13_l7_h1}} & b13_l7_digits[5:3]) | ({3{b13_l7_h2}} & b13_l7_digits[8:6]) | ({3{b13_l7_h3}} & b13_l7_digits[11:9]));
  assign b13_l7_e = {b13_l7_pos, b13_l7_dig[1]};
  assign b13_l7_t = {b13_l7_hit, b13_l7_dig[2], b13_l7_e};
  assign b13_l8_cnt = {3'd0, b13_l8_nzs[0]} + {3'd0, b13_l8_nzs[1]} + {3'd0, b13_l8_nzs[2]} + {3'd0, b13_l8_nzs[3]};
  assign b13_l8_h0 = b13_l8_nzs[0] & (4'd0 == cj8);
  assign b13_l8_n0 = 4'd0 + {3'd0, b13_l8_nzs[0]};
  assign b13_l8_h1 = b13_l8_nzs[1] & (b13_l8_n0 == cj8);
  assign b13_l8_n1 = b13_l8_n0 + {3'd0, b13_l8_nzs[1]};
  assign b13_l8_h2 = b13_l8_nzs[2] & (b13_l8_n1 == cj8);
  assign b13_l8_n2 = b13_l8_n1 + {3'd0, b13_l8_nzs[2]};
  assign b13_l8_h3 = b13_l8_nzs[3] & (b13_l8_n2 == cj8);
  assign b13_l8_hit = b13_l8_h0 | b13_l8_h1 | b13_l8_h2 | b13_l8_h3;
  assign b13_l8_pos = ((b13_l8_h0 ? 2'd0 : 2'd0) | (b13_l8_h1 ? 2'd1 : 2'd0) | (b13_l8_h2 ? 2'd2 : 2'd0) | (b13_l8_h3 ? 2'd3 : 2'd0));
  assign b13_l8_dig = (({3{b13_l8_h0}} & b13_l8_digits[2:0]) | ({3{b13_l8_h1}} & b13_l8_digits[5:3]) | ({3{b13_l8_h2}} & b13_l8_digits[8:6]) | ({3{b13_l8_h3}} & b13_l8_digits[11:9]));
  assign b13_l8_e = {b13_l8_pos, b13_l8_dig[1]};
  assign b13_l8_t = {b13_l8_hit, b13_l8_dig[2], b13_l8_e};
  assign b13_l9_cnt = {3'd0, b13_l9_nzs[0]} + {3'd0, b13_l9_nzs[1]} + {3'd0, b13_l9_nzs[2]} + {3'd0, b13_l9_nzs[3]};
  assign b13_l9_h0 = b13_l9_nzs[0] & (4'd0 == cj9);
  assign b13_l9_n0 = 4'd0 + {3'd0, b13_l9_nzs[0]};
  assign b13_l9_h1 = b13_l9_nzs[1] & (b13_l9_n0 == cj9);
  assign b13_l9_n1 = b13_l9_n0 + {3'd0, b13_l9_nzs[1]};
  assign b13_l9_h2 = b13_l9_nzs[2] & (b13_l9_n1 == cj9);
  assign b13_l9_n2 = b13_l9_n1 + {3'd0, b13_l9_nzs[2]};
  assign b13_l9_h3 = b13_l9_nzs[3] & (b13_l9_n2 == cj9);
  assign b13_l9_hit = b13_l9_h0 | b13_l9_h1 | b13_l9_h2 | b13_l9_h3;
  assign b13_l9_pos = ((b13_l9_h0 ? 2'd0 : 2'd0) | (b13_l9_h1 ? 2'd1 : 2'd0) | (b13_l9_h2 ? 2'd2 : 2'd0) | (b13_l9_h3 ? 2'd3 : 2'd0));
  assign b13_l9_dig = (({3{b13_l9_h0}} & b13_l9_digits[2:0]) | ({3{b13_l9_h1}} & b13_l9_digits[5:3]) | ({3{b13_l9_h2}} & b13_l9_digits[8:6]) | ({3{b13_l9_h3}} & b13_l9_digits[11:9]));
  assign b13_l9_e = {b13_l9_pos, b13_l9_dig[1]};
  assign b13_l9_t = {b13_l9_hit, b13_l9_dig[2], b13_l9_e};
  assign b13_l10_cnt = {3'd0, b13_l10_nzs[0]} + {3'd0, b13_l10_nzs[1]} + {3'd0, b13_l10_nzs[2]} + {3'd0, b13_l10_nzs[3]};
  assign b13_l10_h0 = b13_l10_nzs[0] & (4'd0 == cj10);
  assign b13_l10_n0 = 4'd0 + {3'd0, b13_l10_nzs[0]};
  assign b13_l10_h1 = b13_l10_nzs[1] & (b13_l10_n0 == cj10);
  assign b13_l10_n1 = b13_l10_n0 + {3'd0, b13_l10_nzs[1]};
  assign b13_l10_h2 = b13_l10_nzs[2] & (b13_l10_n1 == cj10);
  assign b13_l10_n2 = b13_l10_n1 + {3'd0, b13_l10_nzs[2]};
  assign b13_l10_h3 = b13_l10_nzs[3] & (b13_l10_n2 == cj10);
  assign b13_l10_hit = b13_l10_h0 | b13_l10_h1 | b13_l10_h2 | b13_l10_h3;
  assign b13_l10_pos = ((b13_l10_h0 ? 2'd0 : 2'd0) | (b13_l10_h1 ? 2'd1 : 2'd0) | (b13_l10_h2 ? 2'd2 : 2'd0) | (b13_l10_h3 ? 2'd3 : 2'd0));
  assign b13_l10_dig = (({3{b13_l10_h0}} & b13_l10_digits[2:0]) | ({3{b13_l10_h1}} & b13_l10_digits[5:3]) | ({3{b13_l10_h2}} & b13_l10_digits[8:6]) | ({3{b13_l10_h3}} & b13_l10_digits[11:9]));
  assign b13_l10_e = {b13_l10_pos, b13_l10_dig[1]};
  assign b13_l10_t = {b13_l10_hit, b13_l10_dig[2], b13_l10_e};
  assign b13_l11_cnt = {3'd0, b13_l11_nzs[0]} + {3'd0, b13_l11_nzs[1]} + {3'd0, b13_l11_nzs[2]} + {3'd0, b13_l11_nzs[3]};
  assign b13_l11_h0 = b13_l11_nzs[0] & (4'd0 == cj11);
  assign b13_l11_n0 = 4'd0 + {3'd0, b13_l11_nzs[0]};
  assign b13_l11_h1 = b13_l11_nzs[1] & (b13_l11_n0 == cj11);
  assign b13_l11_n1 = b13_l11_n0 + {3'd0, b13_l11_nzs[1]};
  assign b13_l11_h2 = b13_l11_nzs[2] & (b13_l11_n1 == cj11);
  assign b13_l11_n2 = b13_l11_n1 + {3'd0, b13_l11_nzs[2]};
  assign b13_l11_h3 = b13_l11_nzs[3] & (b13_l11_n2 == cj11);
  assign b13_l11_hit = b13_l11_h0 | b13_l11_h1 | b13_l11_h2 | b13_l11_h3;
  assign b13_l11_pos = ((b13_l11_h0 ? 2'd0 : 2'd0) | (b13_l11_h1 ? 2'd1 : 2'd0) | (b13_l11_h2 ? 2'd2 : 2'd0) | (b13_l11_h3 ? 2'd3 : 2'd0));
  assign b13_l11_dig = (({3{b13_l11_h0}} & b13_l11_digits[2:0]) | ({3{b13_l11_h1}} & b13_l11_digits[5:3]) | ({3{b13_l11_h2}} & b13_l11_digits[8:6]) | ({3{b13_l11_h3}} & b13_l11_digits[11:9]));
  assign b13_l11_e = {b13_l11_pos, b13_l11_dig[1]};
  assign b13_l11_t = {b13_l11_hit, b13_l11_dig[2], b13_l11_e};
  assign b13_l12_cnt = {3'd0, b13_l12_nzs[0]} + {3'd0, b13_l12_nzs[1]} + {3'd0, b13_l12_nzs[2]} + {3'd0, b13_l12_nzs[3]};
  assign b13_l12_h0 = b13_l12_nzs[0] & (4'd0 == cj12);
  assign b13_l12_n0 = 4'd0 + {3'd0, b13_l12_nzs[0]};
  assign b13_l12_h1 = b13_l12_nzs[1] & (b13_l12_n0 == cj12);
  assign b13_l12_n1 = b13_l12_n0 + {3'd0, b13_l12_nzs[1]};
  assign b13_l12_h2 = b13_l12_nzs[2] & (b13_l12_n1 == cj12);
  assign b13_l12_n2 = b13_l12_n1 + {3'd0, b13_l12_nzs[2]};
  assign b13_l12_h3 = b13_l12_nzs[3] & (b13_l12_n2 == cj12);
  assign b13_l12_hit = b13_l12_h0 | b13_l12_h1 | b13_l12_h2 | b13_l12_h3;
  assign b13_l12_pos = ((b13_l12_h0 ? 2'd0 : 2'd0) | (b13_l12_h1 ? 2'd1 : 2'd0) | (b13_l12_h2 ? 2'd2 : 2'd0) | (b13_l12_h3 ? 2'd3 : 2'd0));
  assign b13_l12_dig = (({3{b13_l12_h0}} & b13_l12_digits[2:0]) | ({3{b13_l12_h1}} & b13_l12_digits[5:3]) | ({3{b13_l12_h2}} & b13_l12_digits[8:6]) | ({3{b13_l12_h3}} & b13_l12_digits[11:9]));
  assign b13_l12_e = {b13_l12_pos, b13_l12_dig[1]};
  assign b13_l12_t = {b13_l12_hit, b13_l12_dig[2], b13_l12_e};
  assign b13_l13_cnt = {3'd0, b13_l13_nzs[0]} + {3'd0, b13_l13_nzs[1]} + {3'd0, b13_l13_nzs[2]} + {3'd0, b13_l13_nzs[3]};
  assign b13_l13_h0 = b13_l13_nzs[0] & (4'd0 == cj13);
  assign b13_l13_n0 = 4'd0 + {3'd0, b13_l13_nzs[0]};
  assign b13_l13_h1 = b13_l13_nzs[1] & (b13_l13_n0 == cj13);
  assign b13_l13_n1 = b13_l13_n0 + {3'd0, b13_l13_nzs[1]};
  assign b13_l13_h2 = b13_l13_nzs[2] & (b13_l13_n1 == cj13);
  assign b13_l13_n2 = b13_l13_n1 + {3'd0, b13_l13_nzs[2]};
  assign b13_l13_h3 = b13_l13_nzs[3] & (b13_l13_n2 == cj13);
  assign b13_l13_hit = b13_l13_h0 | b13_l13_h1 | b13_l13_h2 | b13_l13_h3;
  assign b13_l13_pos = ((b13_l13_h0 ? 2'd0 : 2'd0) | (b13_l13_h1 ? 2'd1 : 2'd0) | (b13_l13_h2 ? 2'd2 : 2'd0) | (b13_l13_h3 ? 2'd3 : 2'd0));
  assign b13_l13_dig = (({3{b13_l13_h0}} & b13_l13_digits[2:0]) | ({3{b13_l13_h1}} & b13_l13_digits[5:3]) | ({3{b13_l13_h2}} & b13_l13_digits[8:6]) | ({3{b13_l13_h3}} & b13_l13_digits[11:9]));
  assign b13_l13_e = {b13_l13_pos, b13_l13_dig[1]};
  assign b13_l13_t = {b13_l13_hit, b13_l13_dig[2], b13_l13_e};
  assign b13_l14_cnt = {3'd0, b13_l14_nzs[0]} + {3'd0, b13_l14_nzs[1]} + {3'd0, b13_l14_nzs[2]} + {3'd0, b13_l14_nzs[3]};
  assign b13_l14_h0 = b13_l14_nzs[0] & (4'd0 == cj14);
  assign b13_l14_n0 = 4'd0 + {3'd0, b13_l14_nzs[0]};
  assign b13_l14_h1 = b13_l14_nzs[1] & (b13_l14_n0 == cj14);
  assign b13_l14_n1 = b13_l14_n0 + {3'd0, b13_l14_nzs[1]};
  assign b13_l14_h2 = b13_l14_nzs[2] & (b13_l14_n1 == cj14);
  assign b13_l14_n2 = b13_l14_n1 + {3'd0, b13_l14_nzs[2]};
  assign b13_l14_h3 = b13_l14_nzs[3] & (b13_l14_n2 == cj14);
  assign b13_l14_hit = b13_l14_h0 | b13_l14_h1 | b13_l14_h2 | b13_l14_h3;
  assign b13_l14_pos = ((b13_l14_h0 ? 2'd0 : 2'd0) | (b13_l14_h1 ? 2'd1 : 2'd0) | (b13_l14_h2 ? 2'd2 : 2'd0) | (b13_l14_h3 ? 2'd3 : 2'd0));
  assign b13_l14_dig = (({3{b13_l14_h0}} & b13_l14_digits[2:0]) | ({3{b13_l14_h1}} & b13_l14_digits[5:3]) | ({3{b13_l14_h2}} & b13_l14_digits[8:6]) | ({3{b13_l14_h3}} & b13_l14_digits[11:9]));
  assign b13_l14_e = {b13_l14_pos, b13_l14_dig[1]};
  assign b13_l14_t = {b13_l14_hit, b13_l14_dig[2], b13_l14_e};
  assign b13_l15_cnt = {3'd0, b13_l15_nzs[0]} + {3'd0, b13_l15_nzs[1]} + {3'd0, b13_l15_nzs[2]} + {3'd0, b13_l15_nzs[3]};
  assign b13_l15_h0 = b13_l15_nzs[0] & (4'd0 == cj15);
  assign b13_l15_n0 = 4'd0 + {3'd0, b13_l15_nzs[0]};
  assign b13_l15_h1 = b13_l15_nzs[1] & (b13_l15_n0 == cj15);
  assign b13_l15_n1 = b13_l15_n0 + {3'd0, b13_l15_nzs[1]};
  assign b13_l15_h2 = b13_l15_nzs[2] & (b13_l15_n1 == cj15);
  assign b13_l15_n2 = b13_l15_n1 + {3'd0, b13_l15_nzs[2]};
  assign b13_l15_h3 = b13_l15_nzs[3] & (b13_l15_n2 == cj15);
  assign b13_l15_hit = b13_l15_h0 | b13_l15_h1 | b13_l15_h2 | b13_l15_h3;
  assign b13_l15_pos = ((b13_l15_h0 ? 2'd0 : 2'd0) | (b13_l15_h1 ? 2'd1 : 2'd0) | (b13_l15_h2 ? 2'd2 : 2'd0) | (b13_l15_h3 ? 2'd3 : 2'd0));
  assign b13_l15_dig = (({3{b13_l15_h0}} & b13_l15_digits[2:0]) | ({3{b13_l15_h1}} & b13_l15_digits[5:3]) | ({3{b13_l15_h2}} & b13_l15_digits[8:6]) | ({3{b13_l15_h3}} & b13_l15_digits[11:9]));
  assign b13_l15_e = {b13_l15_pos, b13_l15_dig[1]};
  assign b13_l15_t = {b13_l15_hit, b13_l15_dig[2], b13_l15_e};
  assign b14_l0_cnt = {3'd0, b14_l0_nzs[0]} + {3'd0, b14_l0_nzs[1]} + {3'd0, b14_l0_nzs[2]} + {3'd0, b14_l0_nzs[3]};
  assign b14_l0_h0 = b14_l0_nzs[0] & (4'd0 == cj0);
  assign b14_l0_n0 = 4'd0 + {3'd0, b14_l0_nzs[0]};
  assign b14_l0_h1 = b14_l0_nzs[1] & (b14_l0_n0 == cj0);
  assign b14_l0_n1 = b14_l0_n0 + {3'd0, b14_l0_nzs[1]};
  assign b14_l0_h2 = b14_l0_nzs[2] & (b14_l0_n1 == cj0);
  assign b14_l0_n2 = b14_l0_n1 + {3'd0, b14_l0_nzs[2]};
  assign b14_l0_h3 = b14_l0_nzs[3] & (b14_l0_n2 == cj0);
  assign b14_l0_hit = b14_l0_h0 | b14_l0_h1 | b14_l0_h2 | b14_l0_h3;
  assign b14_l0_pos = ((b14_l0_h0 ? 2'd0 : 2'd0) | (b14_l0_h1 ? 2'd1 : 2'd0) | (b14_l0_h2 ? 2'd2 : 2'd0) | (b14_l0_h3 ? 2'd3 : 2'd0));
  assign b14_l0_dig = (({3{b14_l0_h0}} & b14_l0_digits[2:0]) | ({3{b14_l0_h1}} & b14_l0_digits[5:3]) | ({3{b14_l0_h2}} & b14_l0_digits[8:6]) | ({3{b14_l0_h3}} & b14_l0_digits[11:9]));
  assign b14_l0_e = {b14_l0_pos, b14_l0_dig[1]};
  assign b14_l0_t = {b14_l0_hit, b14_l0_dig[2], b14_l0_e};
  assign b14_l1_cnt = {3'd0, b14_l1_nzs[0]} + {3'd0, b14_l1_nzs[1]} + {3'd0, b14_l1_nzs[2]} + {3'd0, b14_l1_nzs[3]};
  assign b14_l1_h0 = b14_l1_nzs[0] & (4'd0 == cj1);
  assign b14_l1_n0 = 4'd0 + {3'd0, b14_l1_nzs[0]};
  assign b14_l1_h1 = b14_l1_nzs[1] & (b14_l1_n0 == cj1);
  assign b14_l1_n1 = b14_l1_n0 + {3'd0, b14_l1_nzs[1]};
  assign b14_l1_h2 = b14_l1_nzs[2] & (b14_l1_n1 == cj1);
  assign b14_l1_n2 = b14_l1_n1 + {3'd0, b14_l1_nzs[2]};
  assign b14_l1_h3 = b14_l1_nzs[3] & (b14_l1_n2 == cj1);
  assign b14_l1_hit = b14_l1_h0 | b14_l1_h1 | b14_l1_h2 | b14_l1_h3;
  assign b14_l1_pos = ((b14_l1_h0 ? 2'd0 : 2'd0) | (b14_l1_h1 ? 2'd1 : 2'd0) | (b14_l1_h2 ? 2'd2 : 2'd0) | (b14_l1_h3 ? 2'd3 : 2'd0));
  assign b14_l1_dig = (({3{b14_l1_h0}} & b14_l1_digits[2:0]) | ({3{b14_l1_h1}} & b14_l1_digits[5:3]) | ({3{b14_l1_h2}} & b14_l1_digits[8:6]) | ({3{b14_l1_h3}} & b14_l1_digits[11:9]));
  assign b14_l1_e = {b14_l1_pos, b14_l1_dig[1]};
  assign b14_l1_t = {b14_l1_hit, b14_l1_dig[2], b14_l1_e};
  assign b14_l2_cnt = {3'd0, b14_l2_nzs[0]} + {3'd0, b14_l2_nzs[1]} + {3'd0, b14_l2_nzs[2]} + {3'd0, b14_l2_nzs[3]};
  assign b14_l2_h0 = b14_l2_nzs[0] & (4'd0 == cj2);
  assign b14_l2_n0 = 4'd0 + {3'd0, b14_l2_nzs[0]};
  assign b14_l2_h1 = b14_l2_nzs[1] & (b14_l2_n0 == cj2);
  assign b14_l2_n1 = b14_l2_n0 + {3'd0, b14_l2_nzs[1]};
  assign b14_l2_h2 = b14_l2_nzs[2] & (b14_l2_n1 == cj2);
  assign b14_l2_n2 = b14_l2_n1 + {3'd0, b14_l2_nzs[2]};
  assign b14_l2_h3 = b14_l2_nzs[3] & (b14_l2_n2 == cj2);
  assign b14_l2_hit = b14_l2_h0 | b14_l2_h1 | b14_l2_h2 | b14_l2_h3;
  assign b14_l2_pos = ((b14_l2_h0 ? 2'd0 : 2'd0) | (b14_l2_h1 ? 2'd1 : 2'd0) | (b14_l2_h2 ? 2'd2 : 2'd0) | (b14_l2_h3 ? 2'd3 : 2'd0));
  assign b14_l2_dig = (({3{b14_l2_h0}} & b14_l2_digits[2:0]) | ({3{b14_l2_h1}} & b14_l2_digits[5:3]) | ({3{b14_l2_h2}} & b14_l2_digits[8:6]) | ({3{b14_l2_h3}} & b14_l2_digits[11:9]));
  assign b14_l2_e = {b14_l2_pos, b14_l2_dig[1]};
  assign b14_l2_t = {b14_l2_hit, b14_l2_dig[2], b14_l2_e};
  assign b14_l3_cnt = {3'd0, b14_l3_nzs[0]} + {3'd0, b14_l3_nzs[1]} + {3'd0, b14_l3_nzs[2]} + {3'd0, b14_l3_nzs[3]};
  assign b14_l3_h0 = b14_l3_nzs[0] & (4'd0 == cj3);
  assign b14_l3_n0 = 4'd0 + {3'd0, b14_l3_nzs[0]};
  assign b14_l3_h1 = b14_l3_nzs[1] & (b14_l3_n0 == cj3);
  assign b14_l3_n1 = b14_l3_n0 + {3'd0, b14_l3_nzs[1]};
  assign b14_l3_h2 = b14_l3_nzs[2] & (b14_l3_n1 == cj3);
  assign b14_l3_n2 = b14_l3_n1 + {3'd0, b14_l3_nzs[2]};
  assign b14_l3_h3 = b14_l3_nzs[3] & (b14_l3_n2 == cj3);
  assign b14_l3_hit = b14_l3_h0 | b14_l3_h1 | b14_l3_h2 | b14_l3_h3;
  assign b14_l3_pos = ((b14_l3_h0 ? 2'd0 : 2'd0) | (b14_l3_h1 ? 2'd1 : 2'd0) | (b14_l3_h2 ? 2'd2 : 2'd0) | (b14_l3_h3 ? 2'd3 : 2'd0));
  assign b14_l3_dig = (({3{b14_l3_h0}} & b14_l3_digits[2:0]) | ({3{b14_l3_h1}} & b14_l3_digits[5:3]) | ({3{b14_l3_h2}} & b14_l3_digits[8:6]) | ({3{b14_l3_h3}} & b14_l3_digits[11:9]));
  assign b14_l3_e = {b14_l3_pos, b14_l3_dig[1]};
  assign b14_l3_t = {b14_l3_hit, b14_l3_dig[2], b14_l3_e};
  assign b14_l4_cnt = {3'd0, b14_l4_nzs[0]} + {3'd0, b14_l4_nzs[1]} + {3'd0, b14_l4_nzs[2]} + {3'd0, b14_l4_nzs[3]};
  assign b14_l4_h0 = b14_l4_nzs[0] & (4'd0 == cj4);
  assign b14_l4_n0 = 4'd0 + {3'd0, b14_l4_nzs[0]};
  assign b14_l4_h1 = b14_l4_nzs[1] & (b14_l4_n0 == cj4);
  assign b14_l4_n1 = b14_l4_n0 + {3'd0, b14_l4_nzs[1]};
  assign b14_l4_h2 = b14_l4_nzs[2] & (b14_l4_n1 == cj4);
  assign b14_l4_n2 = b14_l4_n1 + {3'd0, b14_l4_nzs[2]};
  assign b14_l4_h3 = b14_l4_nzs[3] & (b14_l4_n2 == cj4);
  assign b14_l4_hit = b14_l4_h0 | b14_l4_h1 | b14_l4_h2 | b14_l4_h3;
  assign b14_l4_pos = ((b14_l4_h0 ? 2'd0 : 2'd0) | (b14_l4_h1 ? 2'd1 : 2'd0) | (b14_l4_h2 ? 2'd2 : 2'd0) | (b14_l4_h3 ? 2'd3 : 2'd0));
  assign b14_l4_dig = (({3{b14_l4_h0}} & b14_l4_digits[2:0]) | ({3{b14_l4_h1}} & b14_l4_digits[5:3]) | ({3{b14_l4_h2}} & b14_l4_digits[8:6]) | ({3{b14_l4_h3}} & b14_l4_digits[11:9]));
  assign b14_l4_e = {b14_l4_pos, b14_l4_dig[1]};
  assign b14_l4_t = {b14_l4_hit, b14_l4_dig[2], b14_l4_e};
  assign b14_l5_cnt = {3'd0, b14_l5_nzs[0]} + {3'd0, b14_l5_nzs[1]} + {3'd0, b14_l5_nzs[2]} + {3'd0, b14_l5_nzs[3]};
  assign b14_l5_h0 = b14_l5_nzs[0] & (4'd0 == cj5);
  assign b14_l5_n0 = 4'd0 + {3'd0, b14_l5_nzs[0]};
  assign b14_l5_h1 = b14_l5_nzs[1] & (b14_l5_n0 == cj5);
  assign b14_l5_n1 = b14_l5_n0 + {3'd0, b14_l5_nzs[1]};
  assign b14_l5_h2 = b14_l5_nzs[2] & (b14_l5_n1 == cj5);
  assign b14_l5_n2 = b14_l5_n1 + {3'd0, b14_l5_nzs[2]};
  assign b14_l5_h3 = b14_l5_nzs[3] & (b14_l5_n2 == cj5);
  assign b14_l5_hit = b14_l5_h0 | b14_l5_h1 | b14_l5_h2 | b14_l5_h3;
  assign b14_l5_pos = ((b14_l5_h0 ? 2'd0 : 2'd0) | (b14_l5_h1 ? 2'd1 : 2'd0) | (b14_l5_h2 ? 2'd2 : 2'd0) | (b14_l5_h3 ? 2'd3 : 2'd0));
  assign b14_l5_dig = (({3{b14_l5_h0}} & b14_l5_digits[2:0]) | ({3{b14_l5_h1}} & b14_l5_digits[5:3]) | ({3{b14_l5_h2}} & b14_l5_digits[8:6]) | ({3{b14_l5_h3}} & b14_l5_digits[11:9]));
  assign b14_l5_e = {b14_l5_pos, b14_l5_dig[1]};
  assign b14_l5_t = {b14_l5_hit, b14_l5_dig[2], b14_l5_e};
  assign b14_l6_cnt = {3'd0, b14_l6_nzs[0]} + {3'd0, b14_l6_nzs[1]} + {3'd0, b14_l6_nzs[2]} + {3'd0, b14_l6_nzs[3]};
  assign b14_l6_h0 = b14_l6_nzs[0] & (4'd0 == cj6);
  assign b14_l6_n0 = 4'd0 + {3'd0, b14_l6_nzs[0]};
  assign b14_l6_h1 = b14_l6_nzs[1] & (b14_l6_n0 == cj6);
  assign b14_l6_n1 = b14_l6_n0 + {3'd0, b14_l6_nzs[1]};
  assign b14_l6_h2 = b14_l6_nzs[2] & (b14_l6_n1 == cj6);
  assign b14_l6_n2 = b14_l6_n1 + {3'd0, b14_l6_nzs[2]};
  assign b14_l6_h3 = b14_l6_nzs[3] & (b14_l6_n2 == cj6);
  assign b14_l6_hit = b14_l6_h0 | b14_l6_h1 | b14_l6_h2 | b14_l6_h3;
  assign b14_l6_pos = ((b14_l6_h0 ? 2'd0 : 2'd0) | (b14_l6_h1 ? 2'd1 : 2'd0) | (b14_l6_h2 ? 2'd2 : 2'd0) | (b14_l6_h3 ? 2'd3 : 2'd0));
  assign b14_l6_dig = (({3{b14_l6_h0}} & b14_l6_digits[2:0]) | ({3{b14_l6_h1}} & b14_l6_digits[5:3]) | ({3{b14_l6_h2}} & b14_l6_digits[8:6]) | ({3{b14_l6_h3}} & b14_l6_digits[11:9]));
  assign b14_l6_e = {b14_l6_pos, b14_l6_dig[1]};
  assign b14_l6_t = {b14_l6_hit, b14_l6_dig[2], b14_l6_e};
  assign b14_l7_cnt = {3'd0, b14_l7_nzs[0]} + {3'd0, b14_l7_nzs[1]} + {3'd0, b14_l7_nzs[2]} + {3'd0, b14_l7_nzs[3]};
  assign b14_l7_h0 = b14_l7_nzs[0] & (4'd0 == cj7);
  assign b14_l7_n0 = 4'd0 + {3'd0, b14_l7_nzs[0]};
  assign b14_l7_h1 = b14_l7_nzs[1] & (b14_l7_n0 == cj7);
  assign b14_l7_n1 = b14_l7_n0 + {3'd0, b14_l7_nzs[1]};
  assign b14_l7_h2 = b14_l7_nzs[2] & (b14_l7_n1 == cj7);
  assign b14_l7_n2 = b14_l7_n1 + {3'd0, b14_l7_nzs[2]};
  assign b14_l7_h3 = b14_l7_nzs[3] & (b14_l7_n2 == cj7);
  assign b14_l7_hit = b14_l7_h0 | b14_l7_h1 | b14_l7_h2 | b14_l7_h3;
  assign b14_l7_pos = ((b14_l7_h0 ? 2'd0 : 2'd0) | (b14_l7_h1 ? 2'd1 : 2'd0) | (b14_l7_h2 ? 2'd2 : 2'd0) | (b14_l7_h3 ? 2'd3 : 2'd0));
  assign b14_l7_dig = (({3{b14_l7_h0}} & b14_l7_digits[2:0]) | ({3{b14_l7_h1}} & b14_l7_digits[5:3]) | ({3{b14_l7_h2}} & b14_l7_digits[8:6]) | ({3{b14_l7_h3}} & b14_l7_digits[11:9]));
  assign b14_l7_e = {b14_l7_pos, b14_l7_dig[1]};
  assign b14_l7_t = {b14_l7_hit, b14_l7_dig[2], b14_l7_e};
  assign b14_l8_cnt = {3'd0, b14_l8_nzs[0]} + {3'd0, b14_l8_nzs[1]} + {3'd0, b14_l8_nzs[2]} + {3'd0, b14_l8_nzs[3]};
  assign b14_l8_h0 = b14_l8_nzs[0] & (4'd0 == cj8);
  assign b14_l8_n0 = 4'd0 + {3'd0, b14_l8_nzs[0]};
  assign b14_l8_h1 = b14_l8_nzs[1] & (b14_l8_n0 == cj8);
  assign b14_l8_n1 = b14_l8_n0 + {3'd0, b14_l8_nzs[1]};
  assign b14_l8_h2 = b14_l8_nzs[2] & (b14_l8_n1 == cj8);
  assign b14_l8_n2 = b14_l8_n1 + {3'd0, b14_l8_nzs[2]};
  assign b14_l8_h3 = b14_l8_nzs[3] & (b14_l8_n2 == cj8);
  assign b14_l8_hit = b14_l8_h0 | b14_l8_h1 | b14_l8_h2 | b14_l8_h3;
  assign b14_l8_pos = ((b14_l8_h0 ? 2'd0 : 2'd0) | (b14_l8_h1 ? 2'd1 : 2'd0) | (b14_l8_h2 ? 2'd2 : 2'd0) | (b14_l8_h3 ? 2'd3 : 2'd0));
  assign b14_l8_dig = (({3{b14_l8_h0}} & b14_l8_digits[2:0]) | ({3{b14_l8_h1}} & b14_l8_digits[5:3]) | ({3{b14_l8_h2}} & b14_l8_digits[8:6]) | ({3{b14_l8_h3}} & b14_l8_digits[11:9]));
  assign b14_l8_e = {b14_l8_pos, b14_l8_dig[1]};
  assign b14_l8_t = {b14_l8_hit, b14_l8_dig[2], b14_l8_e};
  assign b14_l9_cnt = {3'd0, b14_l9_nzs[0]} + {3'd0, b14_l9_nzs[1]} + {3'd0, b14_l9_nzs[2]} + {3'd0, b14_l9_nzs[3]};
  assign b14_l9_h0 = b14_l9_nzs[0] & (4'd0 == cj9);
  assign b14_l9_n0 = 4'd0 + {3'd0, b14_l9_nzs[0]};
  assign b14_l9_h1 = b14_l9_nzs[1] & (b14_l9_n0 == cj9);
  assign b14_l9_n1 = b14_l9_n0 + {3'd0, b14_l9_nzs[1]};
  assign b14_l9_h2 = b14_l9_nzs[2] & (b14_l9_n1 == cj9);
  assign b14_l9_n2 = b14_l9_n1 + {3'd0, b14_l9_nzs[2]};
  assign b14_l9_h3 = b14_l9_nzs[3] & (b14_l9_n2 == cj9);
  assign b14_l9_hit = b14_l9_h0 | b14_l9_h1 | b14_l9_h2 | b14_l9_h3;
  assign b14_l9_pos = ((b14_l9_h0 ? 2'd0 : 2'd0) | (b14_l9_h1 ? 2'd1 : 2'd0) | (b14_l9_h2 ? 2'd2 : 2'd0) | (b14_l9_h3 ? 2'd3 : 2'd0));
  assign b14_l9_dig = (({3{b14_l9_h0}} & b14_l9_digits[2:0]) | ({3{b14_l9_h1}} & b14_l9_digits[5:3]) | ({3{b14_l9_h2}} & b14_l9_digits[8:6]) | ({3{b14_l9_h3}} & b14_l9_digits[11:9]));
  assign b14_l9_e = {b14_l9_pos, b14_l9_dig[1]};
  assign b14_l9_t = {b14_l9_hit, b14_l9_dig[2], b14_l9_e};
  assign b14_l10_cnt = {3'd0, b14_l10_nzs[0]} + {3'd0, b14_l10_nzs[1]} + {3'd0, b14_l10_nzs[2]} + {3'd0, b14_l10_nzs[3]};
  assign b14_l10_h0 = b14_l10_nzs[0] & (4'd0 == cj10);
  assign b14_l10_n0 = 4'd0 + {3'd0, b14_l10_nzs[0]};
  assign b14_l10_h1 = b14_l10_nzs[1] & (b14_l10_n0 == cj10);
  assign b14_l10_n1 = b14_l10_n0 + {3'd0, b14_l10_nzs[1]};
  assign b14_l10_h2 = b14_l10_nzs[2] & (b14_l10_n1 == cj10);
  assign b14_l10_n2 = b14_l10_n1 + {3'd0, b14_l10_nzs[2]};
  assign b14_l10_h3 = b14_l10_nzs[3] & (b14_l10_n2 == cj10);
  assign b14_l10_hit = b14_l10_h0 | b14_l10_h1 | b14_l10_h2 | b14_l10_h3;
  assign b14_l10_pos = ((b14_l10_h0 ? 2'd0 : 2'd0) | (b14_l10_h1 ? 2'd1 : 2'd0) | (b14_l10_h2 ? 2'd2 : 2'd0) | (b14_l10_h3 ? 2'd3 : 2'd0));
  assign b14_l10_dig = (({3{b14_l10_h0}} & b14_l10_digits[2:0]) | ({3{b14_l10_h1}} & b14_l10_digits[5:3]) | ({3{b14_l10_h2}} & b14_l10_digits[8:6]) | ({3{b14_l10_h3}} & b14_l10_digits[11:9]));
  assign b14_l10_e = {b14_l10_pos, b14_l10_dig[1]};
  assign b14_l10_t = {b14_l10_hit, b14_l10_dig[2], b14_l10_e};
  assign b14_l11_cnt = {3'd0, b14_l11_nzs[0]} + {3'd0, b14_l11_nzs[1]} + {3'd0, b14_l11_nzs[2]} + {3'd0, b14_l11_nzs[3]};
  assign b14_l11_h0 = b14_l11_nzs[0] & (4'd0 == cj11);
  assign b14_l11_n0 = 4'd0 + {3'd0, b14_l11_nzs[0]};
  assign b14_l11_h1 = b14_l11_nzs[1] & (b14_l11_n0 == cj11);
  assign b14_l11_n1 = b14_l11_n0 + {3'd0, b14_l11_nzs[1]};
  assign b14_l11_h2 = b14_l11_nzs[2] & (b14_l11_n1 == cj11);
  assign b14_l11_n2 = b14_l11_n1 + {3'd0, b14_l11_nzs[2]};
  assign b14_l11_h3 = b14_l11_nzs[3] & (b14_l11_n2 == cj11);
  assign b14_l11_hit = b14_l11_h0 | b14_l11_h1 | b14_l11_h2 | b14_l11_h3;
  assign b14_l11_pos = ((b14_l11_h0 ? 2'd0 : 2'd0) | (b14_l11_h1 ? 2'd1 : 2'd0) | (b14_l11_h2 ? 2'd2 : 2'd0) | (b14_l11_h3 ? 2'd3 : 2'd0));
  assign b14_l11_dig = (({3{b14_l11_h0}} & b14_l11_digits[2:0]) | ({3{b14_l11_h1}} & b14_l11_digits[5:3]) | ({3{b14_l11_h2}} & b14_l11_digits[8:6]) | ({3{b14_l11_h3}} & b14_l11_digits[11:9]));
  assign b14_l11_e = {b14_l11_pos, b14_l11_dig[1]};
  assign b14_l11_t = {b14_l11_hit, b14_l11_dig[2], b14_l11_e};
  assign b14_l12_cnt = {3'd0, b14_l12_nzs[0]} + {3'd0, b14_l12_nzs[1]} + {3'd0, b14_l12_nzs[2]} + {3'd0, b14_l12_nzs[3]};
  assign b14_l12_h0 = b14_l12_nzs[0] & (4'd0 == cj12);
  assign b14_l12_n0 = 4'd0 + {3'd0, b14_l12_nzs[0]};
  assign b14_l12_h1 = b14_l12_nzs[1] & (b14_l12_n0 == cj12);
  assign b14_l12_n1 = b14_l12_n0 + {3'd0, b14_l12_nzs[1]};
  assign b14_l12_h2 = b14_l12_nzs[2] & (b14_l12_n1 == cj12);
  assign b14_l12_n2 = b14_l12_n1 + {3'd0, b14_l12_nzs[2]};
  assign b14_l12_h3 = b14_l12_nzs[3] & (b14_l12_n2 == cj12);
  assign b14_l12_hit = b14_l12_h0 | b14_l12_h1 | b14_l12_h2 | b14_l12_h3;
  assign b14_l12_pos = ((b14_l12_h0 ? 2'd0 : 2'd0) | (b14_l12_h1 ? 2'd1 : 2'd0) | (b14_l12_h2 ? 2'd2 : 2'd0) | (b14_l12_h3 ? 2'd3 : 2'd0));
  assign b14_l12_dig = (({3{b14_l12_h0}} & b14_l12_digits[2:0]) | ({3{b14_l12_h1}} & b14_l12_digits[5:3]) | ({3{b14_l12_h2}} & b14_l12_digits[8:6]) | ({3{b14_l12_h3}} & b14_l12_digits[11:9]));
  assign b14_l12_e = {b14_l12_pos, b14_l12_dig[1]};
  assign b14_l12_t = {b14_l12_hit, b14_l12_dig[2], b14_l12_e};
  assign b14_l13_cnt = {3'd0, b14_l13_nzs[0]} + {3'd0, b14_l13_nzs[1]} + {3'd0, b14_l13_nzs[2]} + {3'd0, b14_l13_nzs[3]};
  assign b14_l13_h0 = b14_l13_nzs[0] & (4'd0 == cj13);
  assign b14_l13_n0 = 4'd0 + {3'd0, b14_l13_nzs[0]};
  assign b14_l13_h1 = b14_l13_nzs[1] & (b14_l13_n0 == cj13);
  assign b14_l13_n1 = b14_l13_n0 + {3'd0, b14_l13_nzs[1]};
  assign b14_l13_h2 = b14_l13_nzs[2] & (b14_l13_n1 == cj13);
  assign b14_l13_n2 = b14_l13_n1 + {3'd0, b14_l13_nzs[2]};
  assign b14_l13_h3 = b14_l13_nzs[3] & (b14_l13_n2 == cj13);
  assign b14_l13_hit = b14_l13_h0 | b14_l13_h1 | b14_l13_h2 | b14_l13_h3;
  assign b14_l13_pos = ((b14_l13_h0 ? 2'd0 : 2'd0) | (b14_l13_h1 ? 2'd1 : 2'd0) | (b14_l13_h2 ? 2'd2 : 2'd0) | (b14_l13_h3 ? 2'd3 : 2'd0));
  assign b14_l13_dig = (({3{b14_l13_h0}} & b14_l13_digits[2:0]) | ({3{b14_l13_h1}} & b14_l13_digits[5:3]) | ({3{b14_l13_h2}} & b14_l13_digits[8:6]) | ({3{b14_l13_h3}} & b14_l13_digits[11:9]));
  assign b14_l13_e = {b14_l13_pos, b14_l13_dig[1]};
  assign b14_l13_t = {b14_l13_hit, b14_l13_dig[2], b14_l13_e};
  assign b14_l14_cnt = {3'd0, b14_l14_nzs[0]} + {3'd0, b14_l14_nzs[1]} + {3'd0, b14_l14_nzs[2]} + {3'd0, b14_l14_nzs[3]};
  assign b14_l14_h0 = b14_l14_nzs[0] & (4'd0 == cj14);
  assign b14_l14_n0 = 4'd0 + {3'd0, b14_l14_nzs[0]};
  assign b14_l14_h1 = b14_l14_nzs[1] & (b14_l14_n0 == cj14);
  assign b14_l14_n1 = b14_l14_n0 + {3'd0, b14_l14_nzs[1]};
  assign b14_l14_h2 = b14_l14_nzs[2] & (b14_l14_n1 == cj14);
  assign b14_l14_n2 = b14_l14_n1 + {3'd0, b14_l14_nzs[2]};
  assign b14_l14_h3 = b14_l14_nzs[3] & (b14_l14_n2 == cj14);
  assign b14_l14_hit = b14_l14_h0 | b14_l14_h1 | b14_l14_h2 | b14_l14_h3;
  assign b14_l14_pos = ((b14_l14_h0 ? 2'd0 : 2'd0) | (b14_l14_h1 ? 2'd1 : 2'd0) | (b14_l14_h2 ? 2'd2 : 2'd0) | (b14_l14_h3 ? 2'd3 : 2'd0));
  assign b14_l14_dig = (({3{b14_l14_h0}} & b14_l14_digits[2:0]) | ({3{b14_l14_h1}} & b14_l14_digits[5:3]) | ({3{b14_l14_h2}} & b14_l14_digits[8:6]) | ({3{b14_l14_h3}} & b14_l14_digits[11:9]));
  assign b14_l14_e = {b14_l14_pos, b14_l14_dig[1]};
  assign b14_l14_t = {b14_l14_hit, b14_l14_dig[2], b14_l14_e};
  assign b14_l15_cnt = {3'd0, b14_l15_nzs[0]} + {3'd0, b14_l15_nzs[1]} + {3'd0, b14_l15_nzs[2]} + {3'd0, b14_l15_nzs[3]};
  assign b14_l15_h0 = b14_l15_nzs[0] & (4'd0 == cj15);
  assign b14_l15_n0 = 4'd0 + {3'd0, b14_l15_nzs[0]};
  assign b14_l15_h1 = b14_l15_nzs[1] & (b14_l15_n0 == cj15);
  assign b14_l15_n1 = b14_l15_n0 + {3'd0, b14_l15_nzs[1]};
  assign b14_l15_h2 = b14_l15_nzs[2] & (b14_l15_n1 == cj15);
  assign b14_l15_n2 = b14_l15_n1 + {3'd0, b14_l15_nzs[2]};
  assign b14_l15_h3 = b14_l15_nzs[3] & (b14_l15_n2 == cj15);
  assign b14_l15_hit = b14_l15_h0 | b14_l15_h1 | b14_l15_h2 | b14_l15_h3;
  assign b14_l15_pos = ((b14_l15_h0 ? 2'd0 : 2'd0) | (b14_l15_h1 ? 2'd1 : 2'd0) | (b14_l15_h2 ? 2'd2 : 2'd0) | (b14_l15_h3 ? 2'd3 : 2'd0));
  assign b14_l15_dig = (({3{b14_l15_h0}} & b14_l15_digits[2:0]) | ({3{b14_l15_h1}} & b14_l15_digits[5:3]) | ({3{b14_l15_h2}} & b14_l15_digits[8:6]) | ({3{b14_l15_h3}} & b14_l15_digits[11:9]));
  assign b14_l15_e = {b14_l15_pos, b14_l15_dig[1]};
  assign b14_l15_t = {b14_l15_hit, b14_l15_dig[2], b14_l15_e};
  assign b15_l0_cnt = {3'd0, b15_l0_nzs[0]} + {3'd0, b15_l0_nzs[1]} + {3'd0, b15_l0_nzs[2]} + {3'd0, b15_l0_nzs[3]};
  assign b15_l0_h0 = b15_l0_nzs[0] & (4'd0 == cj0);
  assign b15_l0_n0 = 4'd0 + {3'd0, b15_l0_nzs[0]};
  assign b15_l0_h1 = b15_l0_nzs[1] & (b15_l0_n0 == cj0);
  assign b15_l0_n1 = b15_l0_n0 + {3'd0, b15_l0_nzs[1]};
  assign b15_l0_h2 = b15_l0_nzs[2] & (b15_l0_n1 == cj0);
  assign b15_l0_n2 = b15_l0_n1 + {3'd0, b15_l0_nzs[2]};
  assign b15_l0_h3 = b15_l0_nzs[3] & (b15_l0_n2 == cj0);
  assign b15_l0_hit = b15_l0_h0 | b15_l0_h1 | b15_l0_h2 | b15_l0_h3;
  assign b15_l0_pos = ((b15_l0_h0 ? 2'd0 : 2'd0) | (b15_l0_h1 ? 2'd1 : 2'd0) | (b15_l0_h2 ? 2'd2 : 2'd0) | (b15_l0_h3 ? 2'd3 : 2'd0));
  assign b15_l0_dig = (({3{b15_l0_h0}} & b15_l0_digits[2:0]) | ({3{b15_l0_h1}} & b15_l0_digits[5:3]) | ({3{b15_l0_h2}} & b15_l0_digits[8:6]) | ({3{b15_l0_h3}} & b15_l0_digits[11:9]));
  assign b15_l0_e = {b15_l0_pos, b15_l0_dig[1]};
  assign b15_l0_t = {b15_l0_hit, b15_l0_dig[2], b15_l0_e};
  assign b15_l1_cnt = {3'd0, b15_l1_nzs[0]} + {3'd0, b15_l1_nzs[1]} + {3'd0, b15_l1_nzs[2]} + {3'd0, b15_l1_nzs[3]};
  assign b15_l1_h0 = b15_l1_nzs[0] & (4'd0 == cj1);
  assign b15_l1_n0 = 4'd0 + {3'd0, b15_l1_nzs[0]};
  assign b15_l1_h1 = b15_l1_nzs[1] & (b15_l1_n0 == cj1);
  assign b15_l1_n1 = b15_l1_n0 + {3'd0, b15_l1_nzs[1]};
  assign b15_l1_h2 = b15_l1_nzs[2] & (b15_l1_n1 == cj1);
  assign b15_l1_n2 = b15_l1_n1 + {3'd0, b15_l1_nzs[2]};
  assign b15_l1_h3 = b15_l1_nzs[3] & (b15_l1_n2 == cj1);
  assign b15_l1_hit = b15_l1_h0 | b15_l1_h1 | b15_l1_h2 | b15_l1_h3;
  assign b15_l1_pos = ((b15_l1_h0 ? 2'd0 : 2'd0) | (b15_l1_h1 ? 2'd1 : 2'd0) | (b15_l1_h2 ? 2'd2 : 2'd0) | (b15_l1_h3 ? 2'd3 : 2'd0));
  assign b15_l1_dig = (({3{b15_l1_h0}} & b15_l1_digits[2:0]) | ({3{b15_l1_h1}} & b15_l1_digits[5:3]) | ({3{b15_l1_h2}} & b15_l1_digits[8:6]) | ({3{b15_l1_h3}} & b15_l1_digits[11:9]));
  assign b15_l1_e = {b15_l1_pos, b15_l1_dig[1]};
  assign b15_l1_t = {b15_l1_hit, b15_l1_dig[2], b15_l1_e};
  assign b15_l2_cnt = {3'd0, b15_l2_nzs[0]} + {3'd0, b15_l2_nzs[1]} + {3'd0, b15_l2_nzs[2]} + {3'd0, b15_l2_nzs[3]};
  assign b15_l2_h0 = b15_l2_nzs[0] & (4'd0 == cj2);
  assign b15_l2_n0 = 4'd0 + {3'd0, b15_l2_nzs[0]};
  assign b15_l2_h1 = b15_l2_nzs[1] & (b15_l2_n0 == cj2);
  assign b15_l2_n1 = b15_l2_n0 + {3'd0, b15_l2_nzs[1]};
  assign b15_l2_h2 = b15_l2_nzs[2] & (b15_l2_n1 == cj2);
  assign b15_l2_n2 = b15_l2_n1 + {3'd0, b15_l2_nzs[2]};
  assign b15_l2_h3 = b15_l2_nzs[3] & (b15_l2_n2 == cj2);
  assign b15_l2_hit = b15_l2_h0 | b15_l2_h1 | b15_l2_h2 | b15_l2_h3;
  assign b15_l2_pos = ((b15_l2_h0 ? 2'd0 : 2'd0) | (b15_l2_h1 ? 2'd1 : 2'd0) | (b15_l2_h2 ? 2'd2 : 2'd0) | (b15_l2_h3 ? 2'd3 : 2'd0));
  assign b15_l2_dig = (({3{b15_l2_h0}} & b15_l2_digits[2:0]) | ({3{b15_l2_h1}} & b15_l2_digits[5:3]) | ({3{b15_l2_h2}} & b15_l2_digits[8:6]) | ({3{b15_l2_h3}} & b15_l2_digits[11:9]));
  assign b15_l2_e = {b15_l2_pos, b15_l2_dig[1]};
  assign b15_l2_t = {b15_l2_hit, b15_l2_dig[2], b15_l2_e};
  assign b15_l3_cnt = {3'd0, b15_l3_nzs[0]} + {3'd0, b15_l3_nzs[1]} + {3'd0, b15_l3_nzs[2]} + {3'd0, b15_l3_nzs[3]};
  assign b15_l3_h0 = b15_l3_nzs[0] & (4'd0 == cj3);
  assign b15_l3_n0 = 4'd0 + {3'd0, b15_l3_nzs[0]};
  assign b15_l3_h1 = b15_l3_nzs[1] & (b15_l3_n0 == cj3);
  assign b15_l3_n1 = b15_l3_n0 + {3'd0, b15_l3_nzs[1]};
  assign b15_l3_h2 = b15_l3_nzs[2] & (b15_l3_n1 == cj3);
  assign b15_l3_n2 = b15_l3_n1 + {3'd0, b15_l3_nzs[2]};
  assign b15_l3_h3 = b15_l3_nzs[3] & (b15_l3_n2 == cj3);
  assign b15_l3_hit = b15_l3_h0 | b15_l3_h1 | b15_l3_h2 | b15_l3_h3;
  assign b15_l3_pos = ((b15_l3_h0 ? 2'd0 : 2'd0) | (b15_l3_h1 ? 2'd1 : 2'd0) | (b15_l3_h2 ? 2'd2 : 2'd0) | (b15_l3_h3 ? 2'd3 : 2'd0));
  assign b15_l3_dig = (({3{b15_l3_h0}} & b15_l3_digits[2:0]) | ({3{b15_l3_h1}} & b15_l3_digits[5:3]) | ({3{b15_l3_h2}} & b15_l3_digits[8:6]) | ({3{b15_l3_h3}} & b15_l3_digits[11:9]));
  assign b15_l3_e = {b15_l3_pos, b15_l3_dig[1]};
  assign b15_l3_t = {b15_l3_hit, b15_l3_dig[2], b15_l3_e};
  assign b15_l4_cnt = {3'd0, b15_l4_nzs[0]} + {3'd0, b15_l4_nzs[1]} + {3'd0, b15_l4_nzs[2]} + {3'd0, b15_l4_nzs[3]};
  assign b15_l4_h0 = b15_l4_nzs[0] & (4'd0 == cj4);
  assign b15_l4_n0 = 4'd0 + {3'd0, b15_l4_nzs[0]};
  assign b15_l4_h1 = b15_l4_nzs[1] & (b15_l4_n0 == cj4);
  assign b15_l4_n1 = b15_l4_n0 + {3'd0, b15_l4_nzs[1]};
  assign b15_l4_h2 = b15_l4_nzs[2] & (b15_l4_n1 == cj4);
  assign b15_l4_n2 = b15_l4_n1 + {3'd0, b15_l4_nzs[2]};
  assign b15_l4_h3 = b15_l4_nzs[3] & (b15_l4_n2 == cj4);
  assign b15_l4_hit = b15_l4_h0 | b15_l4_h1 | b15_l4_h2 | b15_l4_h3;
  assign b15_l4_pos = ((b15_l4_h0 ? 2'd0 : 2'd0) | (b15_l4_h1 ? 2'd1 : 2'd0) | (b15_l4_h2 ? 2'd2 : 2'd0) | (b15_l4_h3 ? 2'd3 : 2'd0));
  assign b15_l4_dig = (({3{b15_l4_h0}} & b15_l4_digits[2:0]) | ({3{b15_l4_h1}} & b15_l4_digits[5:3]) | ({3{b15_l4_h2}} & b15_l4_digits[8:6]) | ({3{b15_l4_h3}} & b15_l4_digits[11:9]));
  assign b15_l4_e = {b15_l4_pos, b15_l4_dig[1]};
  assign b15_l4_t = {b15_l4_hit, b15_l4_dig[2], b15_l4_e};
  assign b15_l5_cnt = {3'd0, b15_l5_nzs[0]} + {3'd0, b15_l5_nzs[1]} + {3'd0, b15_l5_nzs[2]} + {3'd0, b15_l5_nzs[3]};
  assign b15_l5_h0 = b15_l5_nzs[0] & (4'd0 == cj5);
  assign b15_l5_n0 = 4'd0 + {3'd0, b15_l5_nzs[0]};
  assign b15_l5_h1 = b15_l5_nzs[1] & (b15_l5_n0 == cj5);
  assign b15_l5_n1 = b15_l5_n0 + {3'd0, b15_l5_nzs[1]};
  assign b15_l5_h2 = b15_l5_nzs[2] & (b15_l5_n1 == cj5);
  assign b15_l5_n2 = b15_l5_n1 + {3'd0, b15_l5_nzs[2]};
  assign b15_l5_h3 = b15_l5_nzs[3] & (b15_l5_n2 == cj5);
  assign b15_l5_hit = b15_l5_h0 | b15_l5_h1 | b15_l5_h2 | b15_l5_h3;
  assign b15_l5_pos = ((b15_l5_h0 ? 2'd0 : 2'd0) | (b15_l5_h1 ? 2'd1 : 2'd0) | (b15_l5_h2 ? 2'd2 : 2'd0) | (b15_l5_h3 ? 2'd3 : 2'd0));
  assign b15_l5_dig = (({3{b15_l5_h0}} & b15_l5_digits[2:0]) | ({3{b15_l5_h1}} & b15_l5_digits[5:3]) | ({3{b15_l5_h2}} & b15_l5_digits[8:6]) | ({3{b15_l5_h3}} & b15_l5_digits[11:9]));
  assign b15_l5_e = {b15_l5_pos, b15_l5_dig[1]};
  assign b15_l5_t = {b15_l5_hit, b15_l5_dig[2], b15_l5_e};
  assign b15_l6_cnt = {3'd0, b15_l6_nzs[0]} + {3'd0, b15_l6_nzs[1]} + {3'd0, b15_l6_nzs[2]} + {3'd0, b15_l6_nzs[3]};
  assign b15_l6_h0 = b15_l6_nzs[0] & (4'd0 == cj6);
  assign b15_l6_n0 = 4'd0 + {3'd0, b15_l6_nzs[0]};
  assign b15_l6_h1 = b15_l6_nzs[1] & (b15_l6_n0 == cj6);
  assign b15_l6_n1 = b15_l6_n0 + {3'd0, b15_l6_nzs[1]};
  assign b15_l6_h2 = b15_l6_nzs[2] & (b15_l6_n1 == cj6);
  assign b15_l6_n2 = b15_l6_n1 + {3'd0, b15_l6_nzs[2]};
  assign b15_l6_h3 = b15_l6_nzs[3] & (b15_l6_n2 == cj6);
  assign b15_l6_hit = b15_l6_h0 | b15_l6_h1 | b15_l6_h2 | b15_l6_h3;
  assign b15_l6_pos = ((b15_l6_h0 ? 2'd0 : 2'd0) | (b15_l6_h1 ? 2'd1 : 2'd0) | (b15_l6_h2 ? 2'd2 : 2'd0) | (b15_l6_h3 ? 2'd3 : 2'd0));
  assign b15_l6_dig = (({3{b15_l6_h0}} & b15_l6_digits[2:0]) | ({3{b15_l6_h1}} & b15_l6_digits[5:3]) | ({3{b15_l6_h2}} & b15_l6_digits[8:6]) | ({3{b15_l6_h3}} & b15_l6_digits[11:9]));
  assign b15_l6_e = {b15_l6_pos, b15_l6_dig[1]};
  assign b15_l6_t = {b15_l6_hit, b15_l6_dig[2], b15_l6_e};
  assign b15_l7_cnt = {3'd0, b15_l7_nzs[0]} + {3'd0, b15_l7_nzs[1]} + {3'd0, b15_l7_nzs[2]} + {3'd0, b15_l7_nzs[3]};
  assign b15_l7_h0 = b15_l7_nzs[0] & (4'd0 == cj7);
  assign b15_l7_n0 = 4'd0 + {3'd0, b15_l7_nzs[0]};
  assign b15_l7_h1 = b15_l7_nzs[1] & (b15_l7_n0 == cj7);
  assign b15_l7_n1 = b15_l7_n0 + {3'd0, b15_l7_nzs[1]};
  assign b15_l7_h2 = b15_l7_nzs[2] & (b15_l7_n1 == cj7);
  assign b15_l7_n2 = b15_l7_n1 + {3'd0, b15_l7_nzs[2]};
  assign b15_l7_h3 = b15_l7_nzs[3] & (b15_l7_n2 == cj7);
  assign b15_l7_hit = b15_l7_h0 | b15_l7_h1 | b15_l7_h2 | b15_l7_h3;
  assign b15_l7_pos = ((b15_l7_h0 ? 2'd0 : 2'd0) | (b15_l7_h1 ? 2'd1 : 2'd0) | (b15_l7_h2 ? 2'd2 : 2'd0) | (b15_l7_h3 ? 2'd3 : 2'd0));
  assign b15_l7_dig = (({3{b15_l7_h0}} & b15_l7_digits[2:0]) | ({3{b15_l7_h1}} & b15_l7_digits[5:3]) | ({3{b15_l7_h2}} & b15_l7_digits[8:6]) | ({3{b15_l7_h3}} & b15_l7_digits[11:9]));
  assign b15_l7_e = {b15_l7_pos, b15_l7_dig[1]};
  assign b15_l7_t = {b15_l7_hit, b15_l7_dig[2], b15_l7_e};
  assign b15_l8_cnt = {3'd0, b15_l8_nzs[0]} + {3'd0, b15_l8_nzs[1]} + {3'd0, b15_l8_nzs[2]} + {3'd0, b15_l8_nzs[3]};
  assign b15_l8_h0 = b15_l8_nzs[0] & (4'd0 == cj8);
  assign b15_l8_n0 = 4'd0 + {3'd0, b15_l8_nzs[0]};
  assign b15_l8_h1 = b15_l8_nzs[1] & (b15_l8_n0 == cj8);
  assign b15_l8_n1 = b15_l8_n0 + {3'd0, b15_l8_nzs[1]};
  assign b15_l8_h2 = b15_l8_nzs[2] & (b15_l8_n1 == cj8);
  assign b15_l8_n2 = b15_l8_n1 + {3'd0, b15_l8_nzs[2]};
  assign b15_l8_h3 = b15_l8_nzs[3] & (b15_l8_n2 == cj8);
  assign b15_l8_hit = b15_l8_h0 | b15_l8_h1 | b15_l8_h2 | b15_l8_h3;
  assign b15_l8_pos = ((b15_l8_h0 ? 2'd0 : 2'd0) | (b15_l8_h1 ? 2'd1 : 2'd0) | (b15_l8_h2 ? 2'd2 : 2'd0) | (b15_l8_h3 ? 2'd3 : 2'd0));
  assign b15_l8_dig = (({3{b15_l8_h0}} & b15_l8_digits[2:0]) | ({3{b15_l8_h1}} & b15_l8_digits[5:3]) | ({3{b15_l8_h2}} & b15_l8_digits[8:6]) | ({3{b15_l8_h3}} & b15_l8_digits[11:9]));
  assign b15_l8_e = {b15_l8_pos, b15_l8_dig[1]};
  assign b15_l8_t = {b15_l8_hit, b15_l8_dig[2], b15_l8_e};
  assign b15_l9_cnt = {3'd0, b15_l9_nzs[0]} + {3'd0, b15_l9_nzs[1]} + {3'd0, b15_l9_nzs[2]} + {3'd0, b15_l9_nzs[3]};
  assign b15_l9_h0 = b15_l9_nzs[0] & (4'd0 == cj9);
  assign b15_l9_n0 = 4'd0 + {3'd0, b15_l9_nzs[0]};
  assign b15_l9_h1 = b15_l9_nzs[1] & (b15_l9_n0 == cj9);
  assign b15_l9_n1 = b15_l9_n0 + {3'd0, b15_l9_nzs[1]};
  assign b15_l9_h2 = b15_l9_nzs[2] & (b15_l9_n1 == cj9);
  assign b15_l9_n2 = b15_l9_n1 + {3'd0, b15_l9_nzs[2]};
  assign b15_l9_h3 = b15_l9_nzs[3] & (b15_l9_n2 == cj9);
  assign b15_l9_hit = b15_l9_h0 | b15_l9_h1 | b15_l9_h2 | b15_l9_h3;
  assign b15_l9_pos = ((b15_l9_h0 ? 2'd0 : 2'd0) | (b15_l9_h1 ? 2'd1 : 2'd0) | (b15_l9_h2 ? 2'd2 : 2'd0) | (b15_l9_h3 ? 2'd3 : 2'd0));
  assign b15_l9_dig = (({3{b15_l9_h0}} & b15_l9_digits[2:0]) | ({3{b15_l9_h1}} & b15_l9_digits[5:3]) | ({3{b15_l9_h2}} & b15_l9_digits[8:6]) | ({3{b15_l9_h3}} & b15_l9_digits[11:9]));
  assign b15_l9_e = {b15_l9_pos, b15_l9_dig[1]};
  assign b15_l9_t = {b15_l9_hit, b15_l9_dig[2], b15_l9_e};
  assign b15_l10_cnt = {3'd0, b15_l10_nzs[0]} + {3'd0, b15_l10_nzs[1]} + {3'd0, b15_l10_nzs[2]} + {3'd0, b15_l10_nzs[3]};
  assign b15_l10_h0 = b15_l10_nzs[0] & (4'd0 == cj10);
  assign b15_l10_n0 = 4'd0 + {3'd0, b15_l10_nzs[0]};
  assign b15_l10_h1 = b15_l10_nzs[1] & (b15_l10_n0 == cj10);
  assign b15_l10_n1 = b15_l10_n0 + {3'd0, b15_l10_nzs[1]};
  assign b15_l10_h2 = b15_l10_nzs[2] & (b15_l10_n1 == cj10);
  assign b15_l10_n2 = b15_l10_n1 + {3'd0, b15_l10_nzs[2]};
  assign b15_l10_h3 = b15_l10_nzs[3] & (b15_l10_n2 == cj10);
  assign b15_l10_hit = b15_l10_h0 | b15_l10_h1 | b15_l10_h2 | b15_l10_h3;
  assign b15_l10_pos = ((b15_l10_h0 ? 2'd0 : 2'd0) | (b15_l10_h1 ? 2'd1 : 2'd0) | (b15_l10_h2 ? 2'd2 : 2'd0) | (b15_l10_h3 ? 2'd3 : 2'd0));
  assign b15_l10_dig = (({3{b15_l10_h0}} & b15_l10_digits[2:0]) | ({3{b15_l10_h1}} & b15_l10_digits[5:3]) | ({3{b15_l10_h2}} & b15_l10_digits[8:6]) | ({3{b15_l10_h3}} & b15_l10_digits[11:9]));
  assign b15_l10_e = {b15_l10_pos, b15_l10_dig[1]};
  assign b15_l10_t = {b15_l10_hit, b15_l10_dig[2], b15_l10_e};
  assign b15_l11_cnt = {3'd0, b15_l11_nzs[0]} + {3'd0, b15_l11_nzs[1]} + {3'd0, b15_l11_nzs[2]} + {3'd0, b15_l11_nzs[3]};
  assign b15_l11_h0 = b15_l11_nzs[0] & (4'd0 == cj11);
  assign b15_l11_n0 = 4'd0 + {3'd0, b15_l11_nzs[0]};
  assign b15_l11_h1 = b15_l11_nzs[1] & (b15_l11_n0 == cj11);
  assign b15_l11_n1 = b15_l11_n0 + {3'd0, b15_l11_nzs[1]};
  assign b15_l11_h2 = b15_l11_nzs[2] & (b15_l11_n1 == cj11);
  assign b15_l11_n2 = b15_l11_n1 + {3'd0, b15_l11_nzs[2]};
  assign b15_l11_h3 = b15_l11_nzs[3] & (b15_l11_n2 == cj11);
  assign b15_l11_hit = b15_l11_h0 | b15_l11_h1 | b15_l11_h2 | b15_l11_h3;
  assign b15_l11_pos = ((b15_l11_h0 ? 2'd0 : 2'd0) | (b15_l11_h1 ? 2'd1 : 2'd0) | (b15_l11_h2 ? 2'd2 : 2'd0) | (b15_l11_h3 ? 2'd3 : 2'd0));
  assign b15_l11_dig = (({3{b15_l11_h0}} & b15_l11_digits[2:0]) | ({3{b15_l11_h1}} & b15_l11_digits[5:3]) | ({3{b15_l11_h2}} & b15_l11_digits[8:6]) | ({3{b15_l11_h3}} & b15_l11_digits[11:9]));
  assign b15_l11_e = {b15_l11_pos, b15_l11_dig[1]};
  assign b15_l11_t = {b15_l11_hit, b15_l11_dig[2], b15_l11_e};
  assign b15_l12_cnt = {3'd0, b15_l12_nzs[0]} + {3'd0, b15_l12_nzs[1]} + {3'd0, b15_l12_nzs[2]} + {3'd0, b15_l12_nzs[3]};
  assign b15_l12_h0 = b15_l12_nzs[0] & (4'd0 == cj12);
  assign b15_l12_n0 = 4'd0 + {3'd0, b15_l12_nzs[0]};
  assign b15_l12_h1 = b15_l12_nzs[1] & (b15_l12_n0 == cj12);
  assign b15_l12_n1 = b15_l12_n0 + {3'd0, b15_l12_nzs[1]};
  assign b15_l12_h2 = b15_l12_nzs[2] & (b15_l12_n1 == cj12);
  assign b15_l12_n2 = b15_l12_n1 + {3'd0, b15_l12_nzs[2]};
  assign b15_l12_h3 = b15_l12_nzs[3] & (b15_l12_n2 == cj12);
  assign b15_l12_hit = b15_l12_h0 | b15_l12_h1 | b15_l12_h2 | b15_l12_h3;
  assign b15_l12_pos = ((b15_l12_h0 ? 2'd0 : 2'd0) | (b15_l12_h1 ? 2'd1 : 2'd0) | (b15_l12_h2 ? 2'd2 : 2'd0) | (b15_l12_h3 ? 2'd3 : 2'd0));
  assign b15_l12_dig = (({3{b15_l12_h0}} & b15_l12_digits[2:0]) | ({3{b15_l12_h1}} & b15_l12_digits[5:3]) | ({3{b15_l12_h2}} & b15_l12_digits[8:6]) | ({3{b15_l12_h3}} & b15_l12_digits[11:9]));
  assign b15_l12_e = {b15_l12_pos, b15_l12_dig[1]};
  assign b15_l12_t = {b15_l12_hit, b15_l12_dig[2], b15_l12_e};
  assign b15_l13_cnt = {3'd0, b15_l13_nzs[0]} + {3'd0, b15_l13_nzs[1]} + {3'd0, b15_l13_nzs[2]} + {3'd0, b15_l13_nzs[3]};
  assign b15_l13_h0 = b15_l13_nzs[0] & (4'd0 == cj13);
  assign b15_l13_n0 = 4'd0 + {3'd0, b15_l13_nzs[0]};
  assign b15_l13_h1 = b15_l13_nzs[1] & (b15_l13_n0 == cj13);
  assign b15_l13_n1 = b15_l13_n0 + {3'd0, b15_l13_nzs[1]};
  assign b15_l13_h2 = b15_l13_nzs[2] & (b15_l13_n1 == cj13);
  assign b15_l13_n2 = b15_l13_n1 + {3'd0, b15_l13_nzs[2]};
  assign b15_l13_h3 = b15_l13_nzs[3] & (b15_l13_n2 == cj13);
  assign b15_l13_hit = b15_l13_h0 | b15_l13_h1 | b15_l13_h2 | b15_l13_h3;
  assign b15_l13_pos = ((b15_l13_h0 ? 2'd0 : 2'd0) | (b15_l13_h1 ? 2'd1 : 2'd0) | (b15_l13_h2 ? 2'd2 : 2'd0) | (b15_l13_h3 ? 2'd3 : 2'd0));
  assign b15_l13_dig = (({3{b15_l13_h0}} & b15_l13_digits[2:0]) | ({3{b15_l13_h1}} & b15_l13_digits[5:3]) | ({3{b15_l13_h2}} & b15_l13_digits[8:6]) | ({3{b15_l13_h3}} & b15_l13_digits[11:9]));
  assign b15_l13_e = {b15_l13_pos, b15_l13_dig[1]};
  assign b15_l13_t = {b15_l13_hit, b15_l13_dig[2], b15_l13_e};
  assign b15_l14_cnt = {3'd0, b15_l14_nzs[0]} + {3'd0, b15_l14_nzs[1]} + {3'd0, b15_l14_nzs[2]} + {3'd0, b15_l14_nzs[3]};
  assign b15_l14_h0 = b15_l14_nzs[0] & (4'd0 == cj14);
  assign b15_l14_n0 = 4'd0 + {3'd0, b15_l14_nzs[0]};
  assign b15_l14_h1 = b15_l14_nzs[1] & (b15_l14_n0 == cj14);
  assign b15_l14_n1 = b15_l14_n0 + {3'd0, b15_l14_nzs[1]};
  assign b15_l14_h2 = b15_l14_nzs[2] & (b15_l14_n1 == cj14);
  assign b15_l14_n2 = b15_l14_n1 + {3'd0, b15_l14_nzs[2]};
  assign b15_l14_h3 = b15_l14_nzs[3] & (b15_l14_n2 == cj14);
  assign b15_l14_hit = b15_l14_h0 | b15_l14_h1 | b15_l14_h2 | b15_l14_h3;
  assign b15_l14_pos = ((b15_l14_h0 ? 2'd0 : 2'd0) | (b15_l14_h1 ? 2'd1 : 2'd0) | (b15_l14_h2 ? 2'd2 : 2'd0) | (b15_l14_h3 ? 2'd3 : 2'd0));
  assign b15_l14_dig = (({3{b15_l14_h0}} & b15_l14_digits[2:0]) | ({3{b15_l14_h1}} & b15_l14_digits[5:3]) | ({3{b15_l14_h2}} & b15_l14_digits[8:6]) | ({3{b15_l14_h3}} & b15_l14_digits[11:9]));
  assign b15_l14_e = {b15_l14_pos, b15_l14_dig[1]};
  assign b15_l14_t = {b15_l14_hit, b15_l14_dig[2], b15_l14_e};
  assign b15_l15_cnt = {3'd0, b15_l15_nzs[0]} + {3'd0, b15_l15_nzs[1]} + {3'd0, b15_l15_nzs[2]} + {3'd0, b15_l15_nzs[3]};
  assign b15_l15_h0 = b15_l15_nzs[0] & (4'd0 == cj15);
  assign b15_l15_n0 = 4'd0 + {3'd0, b15_l15_nzs[0]};
  assign b15_l15_h1 = b15_l15_nzs[1] & (b15_l15_n0 == cj15);
  assign b15_l15_n1 = b15_l15_n0 + {3'd0, b15_l15_nzs[1]};
  assign b15_l15_h2 = b15_l15_nzs[2] & (b15_l15_n1 == cj15);
  assign b15_l15_n2 = b15_l15_n1 + {3'd0, b15_l15_nzs[2]};
  assign b15_l15_h3 = b15_l15_nzs[3] & (b15_l15_n2 == cj15);
  assign b15_l15_hit = b15_l15_h0 | b15_l15_h1 | b15_l15_h2 | b15_l15_h3;
  assign b15_l15_pos = ((b15_l15_h0 ? 2'd0 : 2'd0) | (b15_l15_h1 ? 2'd1 : 2'd0) | (b15_l15_h2 ? 2'd2 : 2'd0) | (b15_l15_h3 ? 2'd3 : 2'd0));
  assign b15_l15_dig = (({3{b15_l15_h0}} & b15_l15_digits[2:0]) | ({3{b15_l15_h1}} & b15_l15_digits[5:3]) | ({3{b15_l15_h2}} & b15_l15_digits[8:6]) | ({3{b15_l15_h3}} & b15_l15_digits[11:9]));
  assign b15_l15_e = {b15_l15_pos, b15_l15_dig[1]};
  assign b15_l15_t = {b15_l15_hit, b15_l15_dig[2], b15_l15_e};
  assign b16_l0_cnt = {3'd0, b16_l0_nzs[0]} + {3'd0, b16_l0_nzs[1]} + {3'd0, b16_l0_nzs[2]} + {3'd0, b16_l0_nzs[3]};
  assign b16_l0_h0 = b16_l0_nzs[0] & (4'd0 == cj0);
  assign b16_l0_n0 = 4'd0 + {3'd0, b16_l0_nzs[0]};
  assign b16_l0_h1 = b16_l0_nzs[1] & (b16_l0_n0 == cj0);
  assign b16_l0_n1 = b16_l0_n0 + {3'd0, b16_l0_nzs[1]};
  assign b16_l0_h2 = b16_l0_nzs[2] & (b16_l0_n1 == cj0);
  assign b16_l0_n2 = b16_l0_n1 + {3'd0, b16_l0_nzs[2]};
  assign b16_l0_h3 = b16_l0_nzs[3] & (b16_l0_n2 == cj0);
  assign b16_l0_hit = b16_l0_h0 | b16_l0_h1 | b16_l0_h2 | b16_l0_h3;
  assign b16_l0_pos = ((b16_l0_h0 ? 2'd0 : 2'd0) | (b16_l0_h1 ? 2'd1 : 2'd0) | (b16_l0_h2 ? 2'd2 : 2'd0) | (b16_l0_h3 ? 2'd3 : 2'd0));
  assign b16_l0_dig = (({3{b16_l0_h0}} & b16_l0_digits[2:0]) | ({3{b16_l0_h1}} & b16_l0_digits[5:3]) | ({3{b16_l0_h2}} & b16_l0_digits[8:6]) | ({3{b16_l0_h3}} & b16_l0_digits[11:9]));
  assign b16_l0_e = {b16_l0_pos, b16_l0_dig[1]};
  assign b16_l0_t = {b16_l0_hit, b16_l0_dig[2], b16_l0_e};
  assign b16_l1_cnt = {3'd0, b16_l1_nzs[0]} + {3'd0, b16_l1_nzs[1]} + {3'd0, b16_l1_nzs[2]} + {3'd0, b16_l1_nzs[3]};
  assign b16_l1_h0 = b16_l1_nzs[0] & (4'd0 == cj1);
  assign b16_l1_n0 = 4'd0 + {3'd0, b16_l1_nzs[0]};
  assign b16_l1_h1 = b16_l1_nzs[1] & (b16_l1_n0 == cj1);
  assign b16_l1_n1 = b16_l1_n0 + {3'd0, b16_l1_nzs[1]};
  assign b16_l1_h2 = b16_l1_nzs[2] & (b16_l1_n1 == cj1);
  assign b16_l1_n2 = b16_l1_n1 + {3'd0, b16_l1_nzs[2]};
  assign b16_l1_h3 = b16_l1_nzs[3] & (b16_l1_n2 == cj1);
  assign b16_l1_hit = b16_l1_h0 | b16_l1_h1 | b16_l1_h2 | b16_l1_h3;
  assign b16_l1_pos = ((b16_l1_h0 ? 2'd0 : 2'd0) | (b16_l1_h1 ? 2'd1 : 2'd0) | (b16_l1_h2 ? 2'd2 : 2'd0) | (b16_l1_h3 ? 2'd3 : 2'd0));
  assign b16_l1_dig = (({3{b16_l1_h0}} & b16_l1_digits[2:0]) | ({3{b16_l1_h1}} & b16_l1_digits[5:3]) | ({3{b16_l1_h2}} & b16_l1_digits[8:6]) | ({3{b16_l1_h3}} & b16_l1_digits[11:9]));
  assign b16_l1_e = {b16_l1_pos, b16_l1_dig[1]};
  assign b16_l1_t = {b16_l1_hit, b16_l1_dig[2], b16_l1_e};
  assign b16_l2_cnt = {3'd0, b16_l2_nzs[0]} + {3'd0, b16_l2_nzs[1]} + {3'd0, b16_l2_nzs[2]} + {3'd0, b16_l2_nzs[3]};
  assign b16_l2_h0 = b16_l2_nzs[0] & (4'd0 == cj2);
  assign b16_l2_n0 = 4'd0 + {3'd0, b16_l2_nzs[0]};
  assign b16_l2_h1 = b16_l2_nzs[1] & (b16_l2_n0 == cj2);
  assign b16_l2_n1 = b16_l2_n0 + {3'd0, b16_l2_nzs[1]};
  assign b16_l2_h2 = b16_l2_nzs[2] & (b16_l2_n1 == cj2);
  assign b16_l2_n2 = b16_l2_n1 + {3'd0, b16_l2_nzs[2]};
  assign b16_l2_h3 = b16_l2_nzs[3] & (b16_l2_n2 == cj2);
  assign b16_l2_hit = b16_l2_h0 | b16_l2_h1 | b16_l2_h2 | b16_l2_h3;
  assign b16_l2_pos = ((b16_l2_h0 ? 2'd0 : 2'd0) | (b16_l2_h1 ? 2'd1 : 2'd0) | (b16_l2_h2 ? 2'd2 : 2'd0) | (b16_l2_h3 ? 2'd3 : 2'd0));
  assign b16_l2_dig = (({3{b16_l2_h0}} & b16_l2_digits[2:0]) | ({3{b16_l2_h1}} & b16_l2_digits[5:3]) | ({3{b16_l2_h2}} & b16_l2_digits[8:6]) | ({3{b16_l2_h3}} & b16_l2_digits[11:9]));
  assign b16_l2_e = {b16_l2_pos, b16_l2_dig[1]};
  assign b16_l2_t = {b16_l2_hit, b16_l2_dig[2], b16_l2_e};
  assign b16_l3_cnt = {3'd0, b16_l3_nzs[0]} + {3'd0, b16_l3_nzs[1]} + {3'd0, b16_l3_nzs[2]} + {3'd0, b16_l3_nzs[3]};
  assign b16_l3_h0 = b16_l3_nzs[0] & (4'd0 == cj3);
  assign b16_l3_n0 = 4'd0 + {3'd0, b16_l3_nzs[0]};
  assign b16_l3_h1 = b16_l3_nzs[1] & (b16_l3_n0 == cj3);
  assign b16_l3_n1 = b16_l3_n0 + {3'd0, b16_l3_nzs[1]};
  assign b16_l3_h2 = b16_l3_nzs[2] & (b16_l3_n1 == cj3);
  assign b16_l3_n2 = b16_l3_n1 + {3'd0, b16_l3_nzs[2]};
  assign b16_l3_h3 = b16_l3_nzs[3] & (b16_l3_n2 == cj3);
  assign b16_l3_hit = b16_l3_h0 | b16_l3_h1 | b16_l3_h2 | b16_l3_h3;
  assign b16_l3_pos = ((b16_l3_h0 ? 2'd0 : 2'd0) | (b16_l3_h1 ? 2'd1 : 2'd0) | (b16_l3_h2 ? 2'd2 : 2'd0) | (b16_l3_h3 ? 2'd3 : 2'd0));
  assign b16_l3_dig = (({3{b16_l3_h0}} & b16_l3_digits[2:0]) | ({3{b16_l3_h1}} & b16_l3_digits[5:3]) | ({3{b16_l3_h2}} & b16_l3_digits[8:6]) | ({3{b16_l3_h3}} & b16_l3_digits[11:9]));
  assign b16_l3_e = {b16_l3_pos, b16_l3_dig[1]};
  assign b16_l3_t = {b16_l3_hit, b16_l3_dig[2], b16_l3_e};
  assign b16_l4_cnt = {3'd0, b16_l4_nzs[0]} + {3'd0, b16_l4_nzs[1]} + {3'd0, b16_l4_nzs[2]} + {3'd0, b16_l4_nzs[3]};
  assign b16_l4_h0 = b16_l4_nzs[0] & (4'd0 == cj4);
  assign b16_l4_n0 = 4'd0 + {3'd0, b16_l4_nzs[0]};
  assign b16_l4_h1 = b16_l4_nzs[1] & (b16_l4_n0 == cj4);
  assign b16_l4_n1 = b16_l4_n0 + {3'd0, b16_l4_nzs[1]};
  assign b16_l4_h2 = b16_l4_nzs[2] & (b16_l4_n1 == cj4);
  assign b16_l4_n2 = b16_l4_n1 + {3'd0, b16_l4_nzs[2]};
  assign b16_l4_h3 = b16_l4_nzs[3] & (b16_l4_n2 == cj4);
  assign b16_l4_hit = b16_l4_h0 | b16_l4_h1 | b16_l4_h2 | b16_l4_h3;
  assign b16_l4_pos = ((b16_l4_h0 ? 2'd0 : 2'd0) | (b16_l4_h1 ? 2'd1 : 2'd0) | (b16_l4_h2 ? 2'd2 : 2'd0) | (b16_l4_h3 ? 2'd3 : 2'd0));
  assign b16_l4_dig = (({3{b16_l4_h0}} & b16_l4_digits[2:0]) | ({3{b16_l4_h1}} & b16_l4_digits[5:3]) | ({3{b16_l4_h2}} & b16_l4_digits[8:6]) | ({3{b16_l4_h3}} & b16_l4_digits[11:9]));
  assign b16_l4_e = {b16_l4_pos, b16_l4_dig[1]};
  assign b16_l4_t = {b16_l4_hit, b16_l4_dig[2], b16_l4_e};
  assign b16_l5_cnt = {3'd0, b16_l5_nzs[0]} + {3'd0, b16_l5_nzs[1]} + {3'd0, b16_l5_nzs[2]} + {3'd0, b16_l5_nzs[3]};
  assign b16_l5_h0 = b16_l5_nzs[0] & (4'd0 == cj5);
  assign b16_l5_n0 = 4'd0 + {3'd0, b16_l5_nzs[0]};
  assign b16_l5_h1 = b16_l5_nzs[1] & (b16_l5_n0 == cj5);
  assign b16_l5_n1 = b16_l5_n0 + {3'd0, b16_l5_nzs[1]};
  assign b16_l5_h2 = b16_l5_nzs[2] & (b16_l5_n1 == cj5);
  assign b16_l5_n2 = b16_l5_n1 + {3'd0, b16_l5_nzs[2]};
  assign b16_l5_h3 = b16_l5_nzs[3] & (b16_l5_n2 == cj5);
  assign b16_l5_hit = b16_l5_h0 | b16_l5_h1 | b16_l5_h2 | b16_l5_h3;
  assign b16_l5_pos = ((b16_l5_h0 ? 2'd0 : 2'd0) | (b16_l5_h1 ? 2'd1 : 2'd0) | (b16_l5_h2 ? 2'd2 : 2'd0) | (b16_l5_h3 ? 2'd3 : 2'd0));
  assign b16_l5_dig = (({3{b16_l5_h0}} & b16_l5_digits[2:0]) | ({3{b16_l5_h1}} & b16_l5_digits[5:3]) | ({3{b16_l5_h2}} & b16_l5_digits[8:6]) | ({3{b16_l5_h3}} & b16_l5_digits[11:9]));
  assign b16_l5_e = {b16_l5_pos, b16_l5_dig[1]};
  assign b16_l5_t = {b16_l5_hit, b16_l5_dig[2], b16_l5_e};
  assign b16_l6_cnt = {3'd0, b16_l6_nzs[0]} + {3'd0, b16_l6_nzs[1]} + {3'd0, b16_l6_nzs[2]} + {3'd0, b16_l6_nzs[3]};
  assign b16_l6_h0 = b16_l6_nzs[0] & (4'd0 == cj6);
  assign b16_l6_n0 = 4'd0 + {3'd0, b16_l6_nzs[0]};
  assign b16_l6_h1 = b16_l6_nzs[1] & (b16_l6_n0 == cj6);
  assign b16_l6_n1 = b16_l6_n0 + {3'd0, b16_l6_nzs[1]};
  assign b16_l6_h2 = b16_l6_nzs[2] & (b16_l6_n1 == cj6);
  assign b16_l6_n2 = b16_l6_n1 + {3'd0, b16_l6_nzs[2]};
  assign b16_l6_h3 = b16_l6_nzs[3] & (b16_l6_n2 == cj6);
  assign b16_l6_hit = b16_l6_h0 | b16_l6_h1 | b16_l6_h2 | b16_l6_h3;
  assign b16_l6_pos = ((b16_l6_h0 ? 2'd0 : 2'd0) | (b16_l6_h1 ? 2'd1 : 2'd0) | (b16_l6_h2 ? 2'd2 : 2'd0) | (b16_l6_h3 ? 2'd3 : 2'd0));
  assign b16_l6_dig = (({3{b16_l6_h0}} & b16_l6_digits[2:0]) | ({3{b16_l6_h1}} & b16_l6_digits[5:3]) | ({3{b16_l6_h2}} & b16_l6_digits[8:6]) | ({3{b16_l6_h3}} & b16_l6_digits[11:9]));
  assign b16_l6_e = {b16_l6_pos, b16_l6_dig[1]};
  assign b16_l6_t = {b16_l6_hit, b16_l6_dig[2], b16_l6_e};
  assign b16_l7_cnt = {3'd0, b16_l7_nzs[0]} + {3'd0, b16_l7_nzs[1]} + {3'd0, b16_l7_nzs[2]} + {3'd0, b16_l7_nzs[3]};
  assign b16_l7_h0 = b16_l7_nzs[0] & (4'd0 == cj7);
  assign b16_l7_n0 = 4'd0 + {3'd0, b16_l7_nzs[0]};
  assign b16_l7_h1 = b16_l7_nzs[1] & (b16_l7_n0 == cj7);
  assign b16_l7_n1 = b16_l7_n0 + {3'd0, b16_l7_nzs[1]};
  assign b16_l7_h2 = b16_l7_nzs[2] & (b16_l7_n1 == cj7);
  assign b16_l7_n2 = b16_l7_n1 + {3'd0, b16_l7_nzs[2]};
  assign b16_l7_h3 = b16_l7_nzs[3] & (b16_l7_n2 == cj7);
  assign b16_l7_hit = b16_l7_h0 | b16_l7_h1 | b16_l7_h2 | b16_l7_h3;
  assign b16_l7_pos = ((b16_l7_h0 ? 2'd0 : 2'd0) | (b16_l7_h1 ? 2'd1 : 2'd0) | (b16_l7_h2 ? 2'd2 : 2'd0) | (b16_l7_h3 ? 2'd3 : 2'd0));
  assign b16_l7_dig = (({3{b16_l7_h0}} & b16_l7_digits[2:0]) | ({3{b16_l7_h1}} & b16_l7_digits[5:3]) | ({3{b16_l7_h2}} & b16_l7_digits[8:6]) | ({3{b16_l7_h3}} & b16_l7_digits[11:9]));
  assign b16_l7_e = {b16_l7_pos, b16_l7_dig[1]};
  assign b16_l7_t = {b16_l7_hit, b16_l7_dig[2], b16_l7_e};
  assign b16_l8_cnt = {3'd0, b16_l8_nzs[0]} + {3'd0, b16_l8_nzs[1]} + {3'd0, b16_l8_nzs[2]} + {3'd0, b16_l8_nzs[3]};
  assign b16_l8_h0 = b16_l8_nzs[0] & (4'd0 == cj8);
  assign b16_l8_n0 = 4'd0 + {3'd0, b16_l8_nzs[0]};
  assign b16_l8_h1 = b16_l8_nzs[1] & (b16_l8_n0 == cj8);
  assign b16_l8_n1 = b16_l8_n0 + {3'd0, b16_l8_nzs[1]};
  assign b16_l8_h2 = b16_l8_nzs[2] & (b16_l8_n1 == cj8);
  assign b16_l8_n2 = b16_l8_n1 + {3'd0, b16_l8_nzs[2]};
  assign b16_l8_h3 = b16_l8_nzs[3] & (b16_l8_n2 == cj8);
  assign b16_l8_hit = b16_l8_h0 | b16_l8_h1 | b16_l8_h2 | b16_l8_h3;
  assign b16_l8_pos = ((b16_l8_h0 ? 2'd0 : 2'd0) | (b16_l8_h1 ? 2'd1 : 2'd0) | (b16_l8_h2 ? 2'd2 : 2'd0) | (b16_l8_h3 ? 2'd3 : 2'd0));
  assign b16_l8_dig = (({3{b16_l8_h0}} & b16_l8_digits[2:0]) | ({3{b16_l8_h1}} & b16_l8_digits[5:3]) | ({3{b16_l8_h2}} & b16_l8_digits[8:6]) | ({3{b16_l8_h3}} & b16_l8_digits[11:9]));
  assign b16_l8_e = {b16_l8_pos, b16_l8_dig[1]};
  assign b16_l8_t = {b16_l8_hit, b16_l8_dig[2], b16_l8_e};
  assign b16_l9_cnt = {3'd0, b16_l9_nzs[0]} + {3'd0, b16_l9_nzs[1]} + {3'd0, b16_l9_nzs[2]} + {3'd0, b16_l9_nzs[3]};
  assign b16_l9_h0 = b16_l9_nzs[0] & (4'd0 == cj9);
  assign b16_l9_n0 = 4'd0 + {3'd0, b16_l9_nzs[0]};
  assign b16_l9_h1 = b16_l9_nzs[1] & (b16_l9_n0 == cj9);
  assign b16_l9_n1 = b16_l9_n0 + {3'd0, b16_l9_nzs[1]};
  assign b16_l9_h2 = b16_l9_nzs[2] & (b16_l9_n1 == cj9);
  assign b16_l9_n2 = b16_l9_n1 + {3'd0, b16_l9_nzs[2]};
  assign b16_l9_h3 = b16_l9_nzs[3] & (b16_l9_n2 == cj9);
  assign b16_l9_hit = b16_l9_h0 | b16_l9_h1 | b16_l9_h2 | b16_l9_h3;
  assign b16_l9_pos = ((b16_l9_h0 ? 2'd0 : 2'd0) | (b16_l9_h1 ? 2'd1 : 2'd0) | (b16_l9_h2 ? 2'd2 : 2'd0) | (b16_l9_h3 ? 2'd3 : 2'd0));
  assign b16_l9_dig = (({3{b16_l9_h0}} & b16_l9_digits[2:0]) | ({3{b16_l9_h1}} & b16_l9_digits[5:3]) | ({3{b16_l9_h2}} & b16_l9_digits[8:6]) | ({3{b16_l9_h3}} & b16_l9_digits[11:9]));
  assign b16_l9_e = {b16_l9_pos, b16_l9_dig[1]};
  assign b16_l9_t = {b16_l9_hit, b16_l9_dig[2], b16_l9_e};
  assign b16_l10_cnt = {3'd0, b16_l10_nzs[0]} + {3'd0, b16_l10_nzs[1]} + {3'd0, b16_l10_nzs[2]} + {3'd0, b16_l10_nzs[3]};
  assign b16_l10_h0 = b16_l10_nzs[0] & (4'd0 == cj10);
  assign b16_l10_n0 = 4'd0 + {3'd0, b16_l10_nzs[0]};
  assign b16_l10_h1 = b16_l10_nzs[1] & (b16_l10_n0 == cj10);
  assign b16_l10_n1 = b16_l10_n0 + {3'd0, b16_l10_nzs[1]};
  assign b16_l10_h2 = b16_l10_nzs[2] & (b16_l10_n1 == cj10);
  assign b16_l10_n2 = b16_l10_n1 + {3'd0, b16_l10_nzs[2]};
  assign b16_l10_h3 = b16_l10_nzs[3] & (b16_l10_n2 == cj10);
  assign b16_l10_hit = b16_l10_h0 | b16_l10_h1 | b16_l10_h2 | b16_l10_h3;
  assign b16_l10_pos = ((b16_l10_h0 ? 2'd0 : 2'd0) | (b16_l10_h1 ? 2'd1 : 2'd0) | (b16_l10_h2 ? 2'd2 : 2'd0) | (b16_l10_h3 ? 2'd3 : 2'd0));
  assign b16_l10_dig = (({3{b16_l10_h0}} & b16_l10_digits[2:0]) | ({3{b16_l10_h1}} & b16_l10_digits[5:3]) | ({3{b16_l10_h2}} & b16_l10_digits[8:6]) | ({3{b16_l10_h3}} & b16_l10_digits[11:9]));
  assign b16_l10_e = {b16_l10_pos, b16_l10_dig[1]};
  assign b16_l10_t = {b16_l10_hit, b16_l10_dig[2], b16_l10_e};
  assign b16_l11_cnt = {3'd0, b16_l11_nzs[0]} + {3'd0, b16_l11_nzs[1]} + {3'd0, b16_l11_nzs[2]} + {3'd0, b16_l11_nzs[3]};
  assign b16_l11_h0 = b16_l11_nzs[0] & (4'd0 == cj11);
  assign b16_l11_n0 = 4'd0 + {3'd0, b16_l11_nzs[0]};
  assign b16_l11_h1 = b16_l11_nzs[1] & (b16_l11_n0 == cj11);
  assign b16_l11_n1 = b16_l11_n0 + {3'd0, b16_l11_nzs[1]};
  assign b16_l11_h2 = b16_l11_nzs[2] & (b16_l11_n1 == cj11);
  assign b16_l11_n2 = b16_l11_n1 + {3'd0, b16_l11_nzs[2]};
  assign b16_l11_h3 = b16_l11_nzs[3] & (b16_l11_n2 == cj11);
  assign b16_l11_hit = b16_l11_h0 | b16_l11_h1 | b16_l11_h2 | b16_l11_h3;
  assign b16_l11_pos = ((b16_l11_h0 ? 2'd0 : 2'd0) | (b16_l11_h1 ? 2'd1 : 2'd0) | (b16_l11_h2 ? 2'd2 : 2'd0) | (b16_l11_h3 ? 2'd3 : 2'd0));
  assign b16_l11_dig = (({3{b16_l11_h0}} & b16_l11_digits[2:0]) | ({3{b16_l11_h1}} & b16_l11_digits[5:3]) | ({3{b16_l11_h2}} & b16_l11_digits[8:6]) | ({3{b16_l11_h3}} & b16_l11_digits[11:9]));
  assign b16_l11_e = {b16_l11_pos, b16_l11_dig[1]};
  assign b16_l11_t = {b16_l11_hit, b16_l11_dig[2], b16_l11_e};
  assign b16_l12_cnt = {3'd0, b16_l12_nzs[0]} + {3'd0, b16_l12_nzs[1]} + {3'd0, b16_l12_nzs[2]} + {3'd0, b16_l12_nzs[3]};
  assign b16_l12_h0 = b16_l12_nzs[0] & (4'd0 == cj12);
  assign b16_l12_n0 = 4'd0 + {3'd0, b16_l12_nzs[0]};
  assign b16_l12_h1 = b16_l12_nzs[1] & (b16_l12_n0 == cj12);
  assign b16_l12_n1 = b16_l12_n0 + {3'd0, b16_l12_nzs[1]};
  assign b16_l12_h2 = b16_l12_nzs[2] & (b16_l12_n1 == cj12);
  assign b16_l12_n2 = b16_l12_n1 + {3'd0, b16_l12_nzs[2]};
  assign b16_l12_h3 = b16_l12_nzs[3] & (b16_l12_n2 == cj12);
  assign b16_l12_hit = b16_l12_h0 | b16_l12_h1 | b16_l12_h2 | b16_l12_h3;
  assign b16_l12_pos = ((b16_l12_h0 ? 2'd0 : 2'd0) | (b16_l12_h1 ? 2'd1 : 2'd0) | (b16_l12_h2 ? 2'd2 : 2'd0) | (b16_l12_h3 ? 2'd3 : 2'd0));
  assign b16_l12_dig = (({3{b16_l12_h0}} & b16_l12_digits[2:0]) | ({3{b16_l12_h1}} & b16_l12_digits[5:3]) | ({3{b16_l12_h2}} & b16_l12_digits[8:6]) | ({3{b16_l12_h3}} & b16_l12_digits[11:9]));
  assign b16_l12_e = {b16_l12_pos, b16_l12_dig[1]};
  assign b16_l12_t = {b16_l12_hit, b16_l12_dig[2], b16_l12_e};
  assign b16_l13_cnt = {3'd0, b16_l13_nzs[0]} + {3'd0, b16_l13_nzs[1]} + {3'd0, b16_l13_nzs[2]} + {3'd0, b16_l13_nzs[3]};
  assign b16_l13_h0 = b16_l13_nzs[0] & (4'd0 == cj13);
  assign b16_l13_n0 = 4'd0 + {3'd0, b16_l13_nzs[0]};
  assign b16_l13_h1 = b16_l13_nzs[1] & (b16_l13_n0 == cj13);
  assign b16_l13_n1 = b16_l13_n0 + {3'd0, b16_l13_nzs[1]};
  assign b16_l13_h2 = b16_l13_nzs[2] & (b16_l13_n1 == cj13);
  assign b16_l13_n2 = b16_l13_n1 + {3'd0, b16_l13_nzs[2]};
  assign b16_l13_h3 = b16_l13_nzs[3] & (b16_l13_n2 == cj13);
  assign b16_l13_hit = b16_l13_h0 | b16_l13_h1 | b16_l13_h2 | b16_l13_h3;
  assign b16_l13_pos = ((b16_l13_h0 ? 2'd0 : 2'd0) | (b16_l13_h1 ? 2'd1 : 2'd0) | (b16_l13_h2 ? 2'd2 : 2'd0) | (b16_l13_h3 ? 2'd3 : 2'd0));
  assign b16_l13_dig = (({3{b16_l13_h0}} & b16_l13_digits[2:0]) | ({3{b16_l13_h1}} & b16_l13_digits[5:3]) | ({3{b16_l13_h2}} & b16_l13_digits[8:6]) | ({3{b16_l13_h3}} & b16_l13_digits[11:9]));
  assign b16_l13_e = {b16_l13_pos, b16_l13_dig[1]};
  assign b16_l13_t = {b16_l13_hit, b16_l13_dig[2], b16_l13_e};
  assign b16_l14_cnt = {3'd0, b16_l14_nzs[0]} + {3'd0, b16_l14_nzs[1]} + {3'd0, b16_l14_nzs[2]} + {3'd0, b16_l14_nzs[3]};
  assign b16_l14_h0 = b16_l14_nzs[0] & (4'd0 == cj14);
  assign b16_l14_n0 = 4'd0 + {3'd0, b16_l14_nzs[0]};
  assign b16_l14_h1 = b16_l14_nzs[1] & (b16_l14_n0 == cj14);
  assign b16_l14_n1 = b16_l14_n0 + {3'd0, b16_l14_nzs[1]};
  assign b16_l14_h2 = b16_l14_nzs[2] & (b16_l14_n1 == cj14);
  assign b16_l14_n2 = b16_l14_n1 + {3'd0, b16_l14_nzs[2]};
  assign b16_l14_h3 = b16_l14_nzs[3] & (b16_l14_n2 == cj14);
  assign b16_l14_hit = b16_l14_h0 | b16_l14_h1 | b16_l14_h2 | b16_l14_h3;
  assign b16_l14_pos = ((b16_l14_h0 ? 2'd0 : 2'd0) | (b16_l14_h1 ? 2'd1 : 2'd0) | (b16_l14_h2 ? 2'd2 : 2'd0) | (b16_l14_h3 ? 2'd3 : 2'd0));
  assign b16_l14_dig = (({3{b16_l14_h0}} & b16_l14_digits[2:0]) | ({3{b16_l14_h1}} & b16_l14_digits[5:3]) | ({3{b16_l14_h2}} & b16_l14_digits[8:6]) | ({3{b16_l14_h3}} & b16_l14_digits[11:9]));
  assign b16_l14_e = {b16_l14_pos, b16_l14_dig[1]};
  assign b16_l14_t = {b16_l14_hit, b16_l14_dig[2], b16_l14_e};
  assign b16_l15_cnt = {3'd0, b16_l15_nzs[0]} + {3'd0, b16_l15_nzs[1]} + {3'd0, b16_l15_nzs[2]} + {3'd0, b16_l15_nzs[3]};
  assign b16_l15_h0 = b16_l15_nzs[0] & (4'd0 == cj15);
  assign b16_l15_n0 = 4'd0 + {3'd0, b16_l15_nzs[0]};
  assign b16_l15_h1 = b16_l15_nzs[1] & (b16_l15_n0 == cj15);
  assign b16_l15_n1 = b16_l15_n0 + {3'd0, b16_l15_nzs[1]};
  assign b16_l15_h2 = b16_l15_nzs[2] & (b16_l15_n1 == cj15);
  assign b16_l15_n2 = b16_l15_n1 + {3'd0, b16_l15_nzs[2]};
  assign b16_l15_h3 = b16_l15_nzs[3] & (b16_l15_n2 == cj15);
  assign b16_l15_hit = b16_l15_h0 | b16_l15_h1 | b16_l15_h2 | b16_l15_h3;
  assign b16_l15_pos = ((b16_l15_h0 ? 2'd0 : 2'd0) | (b16_l15_h1 ? 2'd1 : 2'd0) | (b16_l15_h2 ? 2'd2 : 2'd0) | (b16_l15_h3 ? 2'd3 : 2'd0));
  assign b16_l15_dig = (({3{b16_l15_h0}} & b16_l15_digits[2:0]) | ({3{b16_l15_h1}} & b16_l15_digits[5:3]) | ({3{b16_l15_h2}} & b16_l15_digits[8:6]) | ({3{b16_l15_h3}} & b16_l15_digits[11:9]));
  assign b16_l15_e = {b16_l15_pos, b16_l15_dig[1]};
  assign b16_l15_t = {b16_l15_hit, b16_l15_dig[2], b16_l15_e};
  assign b17_l0_cnt = {3'd0, b17_l0_nzs[0]} + {3'd0, b17_l0_nzs[1]} + {3'd0, b17_l0_nzs[2]} + {3'd0, b17_l0_nzs[3]};
  assign b17_l0_h0 = b17_l0_nzs[0] & (4'd0 == cj0);
  assign b17_l0_n0 = 4'd0 + {3'd0, b17_l0_nzs[0]};
  assign b17_l0_h1 = b17_l0_nzs[1] & (b17_l0_n0 == cj0);
  assign b17_l0_n1 = b17_l0_n0 + {3'd0, b17_l0_nzs[1]};
  assign b17_l0_h2 = b17_l0_nzs[2] & (b17_l0_n1 == cj0);
  assign b17_l0_n2 = b17_l0_n1 + {3'd0, b17_l0_nzs[2]};
  assign b17_l0_h3 = b17_l0_nzs[3] & (b17_l0_n2 == cj0);
  assign b17_l0_hit = b17_l0_h0 | b17_l0_h1 | b17_l0_h2 | b17_l0_h3;
  assign b17_l0_pos = ((b17_l0_h0 ? 2'd0 : 2'd0) | (b17_l0_h1 ? 2'd1 : 2'd0) | (b17_l0_h2 ? 2'd2 : 2'd0) | (b17_l0_h3 ? 2'd3 : 2'd0));
  assign b17_l0_dig = (({3{b17_l0_h0}} & b17_l0_digits[2:0]) | ({3{b17_l0_h1}} & b17_l0_digits[5:3]) | ({3{b17_l0_h2}} & b17_l0_digits[8:6]) | ({3{b17_l0_h3}} & b17_l0_digits[11:9]));
  assign b17_l0_e = {b17_l0_pos, b17_l0_dig[1]};
  assign b17_l0_t = {b17_l0_hit, b17_l0_dig[2], b17_l0_e};
  assign b17_l1_cnt = {3'd0, b17_l1_nzs[0]} + {3'd0, b17_l1_nzs[1]} + {3'd0, b17_l1_nzs[2]} + {3'd0, b17_l1_nzs[3]};
  assign b17_l1_h0 = b17_l1_nzs[0] & (4'd0 == cj1);
  assign b17_l1_n0 = 4'd0 + {3'd0, b17_l1_nzs[0]};
  assign b17_l1_h1 = b17_l1_nzs[1] & (b17_l1_n0 == cj1);
  assign b17_l1_n1 = b17_l1_n0 + {3'd0, b17_l1_nzs[1]};
  assign b17_l1_h2 = b17_l1_nzs[2] & (b17_l1_n1 == cj1);
  assign b17_l1_n2 = b17_l1_n1 + {3'd0, b17_l1_nzs[2]};
  assign b17_l1_h3 = b17_l1_nzs[3] & (b17_l1_n2 == cj1);
  assign b17_l1_hit = b17_l1_h0 | b17_l1_h1 | b17_l1_h2 | b17_l1_h3;
  assign b17_l1_pos = ((b17_l1_h0 ? 2'd0 : 2'd0) | (b17_l1_h1 ? 2'd1 : 2'd0) | (b17_l1_h2 ? 2'd2 : 2'd0) | (b17_l1_h3 ? 2'd3 : 2'd0));
  assign b17_l1_dig = (({3{b17_l1_h0}} & b17_l1_digits[2:0]) | ({3{b17_l1_h1}} & b17_l1_digits[5:3]) | ({3{b17_l1_h2}} & b17_l1_digits[8:6]) | ({3{b17_l1_h3}} & b17_l1_digits[11:9]));
  assign b17_l1_e = {b17_l1_pos, b17_l1_dig[1]};
  assign b17_l1_t = {b17_l1_hit, b17_l1_dig[2], b17_l1_e};
  assign b17_l2_cnt = {3'd0, b17_l2_nzs[0]} + {3'd0, b17_l2_nzs[1]} + {3'd0, b17_l2_nzs[2]} + {3'd0, b17_l2_nzs[3]};
  assign b17_l2_h0 = b17_l2_nzs[0] & (4'd0 == cj2);
  assign b17_l2_n0 = 4'd0 + {3'd0, b17_l2_nzs[0]};
  assign b17_l2_h1 = b17_l2_nzs[1] & (b17_l2_n0 == cj2);
  assign b17_l2_n1 = b17_l2_n0 + {3'd0, b17_l2_nzs[1]};
  assign b17_l2_h2 = b17_l2_nzs[2] & (b17_l2_n1 == cj2);
  assign b17_l2_n2 = b17_l2_n1 + {3'd0, b17_l2_nzs[2]};
  assign b17_l2_h3 = b17_l2_nzs[3] & (b17_l2_n2 == cj2);
  assign b17_l2_hit = b17_l2_h0 | b17_l2_h1 | b17_l2_h2 | b17_l2_h3;
  assign b17_l2_pos = ((b17_l2_h0 ? 2'd0 : 2'd0) | (b17_l2_h1 ? 2'd1 : 2'd0) | (b17_l2_h2 ? 2'd2 : 2'd0) | (b17_l2_h3 ? 2'd3 : 2'd0));
  assign b17_l2_dig = (({3{b17_l2_h0}} & b17_l2_digits[2:0]) | ({3{b17_l2_h1}} & b17_l2_digits[5:3]) | ({3{b17_l2_h2}} & b17_l2_digits[8:6]) | ({3{b17_l2_h3}} & b17_l2_digits[11:9]));
  assign b17_l2_e = {b17_l2_pos, b17_l2_dig[1]};
  assign b17_l2_t = {b17_l2_hit, b17_l2_dig[2], b17_l2_e};
  assign b17_l3_cnt = {3'd0, b17_l3_nzs[0]} + {3'd0, b17_l3_nzs[1]} + {3'd0, b17_l3_nzs[2]} + {3'd0, b17_l3_nzs[3]};
  assign b17_l3_h0 = b17_l3_nzs[0] & (4'd0 == cj3);
  assign b17_l3_n0 = 4'd0 + {3'd0, b17_l3_nzs[0]};
  assign b17_l3_h1 = b17_l3_nzs[1] & (b17_l3_n0 == cj3);
  assign b17_l3_n1 = b17_l3_n0 + {3'd0, b17_l3_nzs[1]};
  assign b17_l3_h2 = b17_l3_nzs[2] & (b17_l3_n1 == cj3);
  assign b17_l3_n2 = b17_l3_n1 + {3'd0, b17_l3_nzs[2]};
  assign b17_l3_h3 = b17_l3_nzs[3] & (b17_l3_n2 == cj3);
  assign b17_l3_hit = b17_l3_h0 | b17_l3_h1 | b17_l3_h2 | b17_l3_h3;
  assign b17_l3_pos = ((b17_l3_h0 ? 2'd0 : 2'd0) | (b17_l3_h1 ? 2'd1 : 2'd0) | (b17_l3_h2 ? 2'd2 : 2'd0) | (b17_l3_h3 ? 2'd3 : 2'd0));
  assign b17_l3_dig = (({3{b17_l3_h0}} & b17_l3_digits[2:0]) | ({3{b17_l3_h1}} & b17_l3_digits[5:3]) | ({3{b17_l3_h2}} & b17_l3_digits[8:6]) | ({3{b17_l3_h3}} & b17_l3_digits[11:9]));
  assign b17_l3_e = {b17_l3_pos, b17_l3_dig[1]};
  assign b17_l3_t = {b17_l3_hit, b17_l3_dig[2], b17_l3_e};
  assign b17_l4_cnt = {3'd0, b17_l4_nzs[0]} + {3'd0, b17_l4_nzs[1]} + {3'd0, b17_l4_nzs[2]} + {3'd0, b17_l4_nzs[3]};
  assign b17_l4_h0 = b17_l4_nzs[0] & (4'd0 == cj4);
  assign b17_l4_n0 = 4'd0 + {3'd0, b17_l4_nzs[0]};
  assign b17_l4_h1 = b17_l4_nzs[1] & (b17_l4_n0 == cj4);
  assign b17_l4_n1 = b17_l4_n0 + {3'd0, b17_l4_nzs[1]};
  assign b17_l4_h2 = b17_l4_nzs[2] & (b17_l4_n1 == cj4);
  assign b17_l4_n2 = b17_l4_n1 + {3'd0, b17_l4_nzs[2]};
  assign b17_l4_h3 = b17_l4_nzs[3] & (b17_l4_n2 == cj4);
  assign b17_l4_hit = b17_l4_h0 | b17_l4_h1 | b17_l4_h2 | b17_l4_h3;
  assign b17_l4_pos = ((b17_l4_h0 ? 2'd0 : 2'd0) | (b17_l4_h1 ? 2'd1 : 2'd0) | (b17_l4_h2 ? 2'd2 : 2'd0) | (b17_l4_h3 ? 2'd3 : 2'd0));
  assign b17_l4_dig = (({3{b17_l4_h0}} & b17_l4_digits[2:0]) | ({3{b17_l4_h1}} & b17_l4_digits[5:3]) | ({3{b17_l4_h2}} & b17_l4_digits[8:6]) | ({3{b17_l4_h3}} & b17_l4_digits[11:9]));
  assign b17_l4_e = {b17_l4_pos, b17_l4_dig[1]};
  assign b17_l4_t = {b17_l4_hit, b17_l4_dig[2], b17_l4_e};
  assign b17_l5_cnt = {3'd0, b17_l5_nzs[0]} + {3'd0, b17_l5_nzs[1]} + {3'd0, b17_l5_nzs[2]} + {3'd0, b17_l5_nzs[3]};
  assign b17_l5_h0 = b17_l5_nzs[0] & (4'd0 == cj5);
  assign b17_l5_n0 = 4'd0 + {3'd0, b17_l5_nzs[0]};
  assign b17_l5_h1 = b17_l5_nzs[1] & (b17_l5_n0 == cj5);
  assign b17_l5_n1 = b17_l5_n0 + {3'd0, b17_l5_nzs[1]};
  assign b17_l5_h2 = b17_l5_nzs[2] & (b17_l5_n1 == cj5);
  assign b17_l5_n2 = b17_l5_n1 + {3'd0, b17_l5_nzs[2]};
  assign b17_l5_h3 = b17_l5_nzs[3] & (b17_l5_n2 == cj5);
  assign b17_l5_hit = b17_l5_h0 | b17_l5_h1 | b17_l5_h2 | b17_l5_h3;
  assign b17_l5_pos = ((b17_l5_h0 ? 2'd0 : 2'd0) | (b17_l5_h1 ? 2'd1 : 2'd0) | (b17_l5_h2 ? 2'd2 : 2'd0) | (b17_l5_h3 ? 2'd3 : 2'd0));
  assign b17_l5_dig = (({3{b17_l5_h0}} & b17_l5_digits[2:0]) | ({3{b17_l5_h1}} & b17_l5_digits[5:3]) | ({3{b17_l5_h2}} & b17_l5_digits[8:6]) | ({3{b17_l5_h3}} & b17_l5_digits[11:9]));
  assign b17_l5_e = {b17_l5_pos, b17_l5_dig[1]};
  assign b17_l5_t = {b17_l5_hit, b17_l5_dig[2], b17_l5_e};
  assign b17_l6_cnt = {3'd0, b17_l6_nzs[0]} + {3'd0, b17_l6_nzs[1]} + {3'd0, b17_l6_nzs[2]} + {3'd0, b17_l6_nzs[3]};
  assign b17_l6_h0 = b17_l6_nzs[0] & (4'd0 == cj6);
  assign b17_l6_n0 = 4'd0 + {3'd0, b17_l6_nzs[0]};
  assign b17_l6_h1 = b17_l6_nzs[1] & (b17_l6_n0 == cj6);
  assign b17_l6_n1 = b17_l6_n0 + {3'd0, b17_l6_nzs[1]};
  assign b17_l6_h2 = b17_l6_nzs[2] & (b17_l6_n1 == cj6);
  assign b17_l6_n2 = b17_l6_n1 + {3'd0, b17_l6_nzs[2]};
  assign b17_l6_h3 = b17_l6_nzs[3] & (b17_l6_n2 == cj6);
  assign b17_l6_hit = b17_l6_h0 | b17_l6_h1 | b17_l6_h2 | b17_l6_h3;
  assign b17_l6_pos = ((b17_l6_h0 ? 2'd0 : 2'd0) | (b17_l6_h1 ? 2'd1 : 2'd0) | (b17_l6_h2 ? 2'd2 : 2'd0) | (b17_l6_h3 ? 2'd3 : 2'd0));
  assign b17_l6_dig = (({3{b17_l6_h0}} & b17_l6_digits[2:0]) | ({3{b17_l6_h1}} & b17_l6_digits[5:3]) | ({3{b17_l6_h2}} & b17_l6_digits[8:6]) | ({3{b17_l6_h3}} & b17_l6_digits[11:9]));
  assign b17_l6_e = {b17_l6_pos, b17_l6_dig[1]};
  assign b17_l6_t = {b17_l6_hit, b17_l6_dig[2], b17_l6_e};
  assign b17_l7_cnt = {3'd0, b17_l7_nzs[0]} + {3'd0, b17_l7_nzs[1]} + {3'd0, b17_l7_nzs[2]} + {3'd0, b17_l7_nzs[3]};
  assign b17_l7_h0 = b17_l7_nzs[0] & (4'd0 == cj7);
  assign b17_l7_n0 = 4'd0 + {3'd0, b17_l7_nzs[0]};
  assign b17_l7_h1 = b17_l7_nzs[1] & (b17_l7_n0 == cj7);
  assign b17_l7_n1 = b17_l7_n0 + {3'd0, b17_l7_nzs[1]};
  assign b17_l7_h2 = b17_l7_nzs[2] & (b17_l7_n1 == cj7);
  assign b17_l7_n2 = b17_l7_n1 + {3'd0, b17_l7_nzs[2]};
  assign b17_l7_h3 = b17_l7_nzs[3] & (b17_l7_n2 == cj7);
  assign b17_l7_hit = b17_l7_h0 | b17_l7_h1 | b17_l7_h2 | b17_l7_h3;
  assign b17_l7_pos = ((b17_l7_h0 ? 2'd0 : 2'd0) | (b17_l7_h1 ? 2'd1 : 2'd0) | (b17_l7_h2 ? 2'd2 : 2'd0) | (b17_l7_h3 ? 2'd3 : 2'd0));
  assign b17_l7_dig = (({3{b17_l7_h0}} & b17_l7_digits[2:0]) | ({3{b17_l7_h1}} & b17_l7_digits[5:3]) | ({3{b17_l7_h2}} & b17_l7_digits[8:6]) | ({3{b17_l7_h3}} & b17_l7_digits[11:9]));
  assign b17_l7_e = {b17_l7_pos, b17_l7_dig[1]};
  assign b17_l7_t = {b17_l7_hit, b17_l7_dig[2], b17_l7_e};
  assign b17_l8_cnt = {3'd0, b17_l8_nzs[0]} + {3'd0, b17_l8_nzs[1]} + {3'd0, b17_l8_nzs[2]} + {3'd0, b17_l8_nzs[3]};
  assign b17_l8_h0 = b17_l8_nzs[0] & (4'd0 == cj8);
  assign b17_l8_n0 = 4'd0 + {3'd0, b17_l8_nzs[0]};
  assign b17_l8_h1 = b17_l8_nzs[1] & (b17_l8_n0 == cj8);
  assign b17_l8_n1 = b17_l8_n0 + {3'd0, b17_l8_nzs[1]};
  assign b17_l8_h2 = b17_l8_nzs[2] & (b17_l8_n1 == cj8);
  assign b17_l8_n2 = b17_l8_n1 + {3'd0, b17_l8_nzs[2]};
  assign b17_l8_h3 = b17_l8_nzs[3] & (b17_l8_n2 == cj8);
  assign b17_l8_hit = b17_l8_h0 | b17_l8_h1 | b17_l8_h2 | b17_l8_h3;
  assign b17_l8_pos = ((b17_l8_h0 ? 2'd0 : 2'd0) | (b17_l8_h1 ? 2'd1 : 2'd0) | (b17_l8_h2 ? 2'd2 : 2'd0) | (b17_l8_h3 ? 2'd3 : 2'd0));
  assign b17_l8_dig = (({3{b17_l8_h0}} & b17_l8_digits[2:0]) | ({3{b17_l8_h1}} & b17_l8_digits[5:3]) | ({3{b17_l8_h2}} & b17_l8_digits[8:6]) | ({3{b17_l8_h3}} & b17_l8_digits[11:9]));
  assign b17_l8_e = {b17_l8_pos, b17_l8_dig[1]};
  assign b17_l8_t = {b17_l8_hit, b17_l8_dig[2], b17_l8_e};
  assign b17_l9_cnt = {3'd0, b17_l9_nzs[0]} + {3'd0, b17_l9_nzs[1]} + {3'd0, b17_l9_nzs[2]} + {3'd0, b17_l9_nzs[3]};
  assign b17_l9_h0 = b17_l9_nzs[0] & (4'd0 == cj9);
  assign b17_l9_n0 = 4'd0 + {3'd0, b17_l9_nzs[0]};
  assign b17_l9_h1 = b17_l9_nzs[1] & (b17_l9_n0 == cj9);
  assign b17_l9_n1 = b17_l9_n0 + {3'd0, b17_l9_nzs[1]};
  assign b17_l9_h2 = b17_l9_nzs[2] & (b17_l9_n1 == cj9);
  assign b17_l9_n2 = b17_l9_n1 + {3'd0, b17_l9_nzs[2]};
  assign b17_l9_h3 = b17_l9_nzs[3] & (b17_l9_n2 == cj9);
  assign b17_l9_hit = b17_l9_h0 | b17_l9_h1 | b17_l9_h2 | b17_l9_h3;
  assign b17_l9_pos = ((b17_l9_h0 ? 2'd0 : 2'd0) | (b17_l9_h1 ? 2'd1 : 2'd0) | (b17_l9_h2 ? 2'd2 : 2'd0) | (b17_l9_h3 ? 2'd3 : 2'd0));
  assign b17_l9_dig = (({3{b17_l9_h0}} & b17_l9_digits[2:0]) | ({3{b17_l9_h1}} & b17_l9_digits[5:3]) | ({3{b17_l9_h2}} & b17_l9_digits[8:6]) | ({3{b17_l9_h3}} & b17_l9_digits[11:9]));
  assign b17_l9_e = {b17_l9_pos, b17_l9_dig[1]};
  assign b17_l9_t = {b17_l9_hit, b17_l9_dig[2], b17_l9_e};
  assign b17_l10_cnt = {3'd0, b17_l10_nzs[0]} + {3'd0, b17_l10_nzs[1]} + {3'd0, b17_l10_nzs[2]} + {3'd0, b17_l10_nzs[3]};
  assign b17_l10_h0 = b17_l10_nzs[0] & (4'd0 == cj10);
  assign b17_l10_n0 = 4'd0 + {3'd0, b17_l10_nzs[0]};
  assign b17_l10_h1 = b17_l10_nzs[1] & (b17_l10_n0 == cj10);
  assign b17_l10_n1 = b17_l10_n0 + {3'd0, b17_l10_nzs[1]};
  assign b17_l10_h2 = b17_l10_nzs[2] & (b17_l10_n1 == cj10);
  assign b17_l10_n2 = b17_l10_n1 + {3'd0, b17_l10_nzs[2]};
  assign b17_l10_h3 = b17_l10_nzs[3] & (b17_l10_n2 == cj10);
  assign b17_l10_hit = b17_l10_h0 | b17_l10_h1 | b17_l10_h2 | b17_l10_h3;
  assign b17_l10_pos = ((b17_l10_h0 ? 2'd0 : 2'd0) | (b17_l10_h1 ? 2'd1 : 2'd0) | (b17_l10_h2 ? 2'd2 : 2'd0) | (b17_l10_h3 ? 2'd3 : 2'd0));
  assign b17_l10_dig = (({3{b17_l10_h0}} & b17_l10_digits[2:0]) | ({3{b17_l10_h1}} & b17_l10_digits[5:3]) | ({3{b17_l10_h2}} & b17_l10_digits[8:6]) | ({3{b17_l10_h3}} & b17_l10_digits[11:9]));
  assign b17_l10_e = {b17_l10_pos, b17_l10_dig[1]};
  assign b17_l10_t = {b17_l10_hit, b17_l10_dig[2], b17_l10_e};
  assign b17_l11_cnt = {3'd0, b17_l11_nzs[0]} + {3'd0, b17_l11_nzs[1]} + {3'd0, b17_l11_nzs[2]} + {3'd0, b17_l11_nzs[3]};
  assign b17_l11_h0 = b17_l11_nzs[0] & (4'd0 == cj11);
  assign b17_l11_n0 = 4'd0 + {3'd0, b17_l11_nzs[0]};
  assign b17_l11_h1 = b17_l11_nzs[1] & (b17_l11_n0 == cj11);
  assign b17_l11_n1 = b17_l11_n0 + {3'd0, b17_l11_nzs[1]};
  assign b17_l11_h2 = b17_l11_nzs[2] & (b17_l11_n1 == cj11);
  assign b17_l11_n2 = b17_l11_n1 + {3'd0, b17_l11_nzs[2]};
  assign b17_l11_h3 = b17_l11_nzs[3] & (b17_l11_n2 == cj11);
  assign b17_l11_hit = b17_l11_h0 | b17_l11_h1 | b17_l11_h2 | b17_l11_h3;
  assign b17_l11_pos = ((b17_l11_h0 ? 2'd0 : 2'd0) | (b17_l11_h1 ? 2'd1 : 2'd0) | (b17_l11_h2 ? 2'd2 : 2'd0) | (b17_l11_h3 ? 2'd3 : 2'd0));
  assign b17_l11_dig = (({3{b17_l11_h0}} & b17_l11_digits[2:0]) | ({3{b17_l11_h1}} & b17_l11_digits[5:3]) | ({3{b17_l11_h2}} & b17_l11_digits[8:6]) | ({3{b17_l11_h3}} & b17_l11_digits[11:9]));
  assign b17_l11_e = {b17_l11_pos, b17_l11_dig[1]};
  assign b17_l11_t = {b17_l11_hit, b17_l11_dig[2], b17_l11_e};
  assign b17_l12_cnt = {3'd0, b17_l12_nzs[0]} + {3'd0, b17_l12_nzs[1]} + {3'd0, b17_l12_nzs[2]} + {3'd0, b17_l12_nzs[3]};
  assign b17_l12_h0 = b17_l12_nzs[0] & (4'd0 == cj12);
  assign b17_l12_n0 = 4'd0 + {3'd0, b17_l12_nzs[0]};
  assign b17_l12_h1 = b17_l12_nzs[1] & (b17_l12_n0 == cj12);
  assign b17_l12_n1 = b17_l12_n0 + {3'd0, b17_l12_nzs[1]};
  assign b17_l12_h2 = b17_l12_nzs[2] & (b17_l12_n1 == cj12);
  assign b17_l12_n2 = b17_l12_n1 + {3'd0, b17_l12_nzs[2]};
  assign b17_l12_h3 = b17_l12_nzs[3] & (b17_l12_n2 == cj12);
  assign b17_l12_hit = b17_l12_h0 | b17_l12_h1 | b17_l12_h2 | b17_l12_h3;
  assign b17_l12_pos = ((b17_l12_h0 ? 2'd0 : 2'd0) | (b17_l12_h1 ? 2'd1 : 2'd0) | (b17_l12_h2 ? 2'd2 : 2'd0) | (b17_l12_h3 ? 2'd3 : 2'd0));
  assign b17_l12_dig = (({3{b17_l12_h0}} & b17_l12_digits[2:0]) | ({3{b17_l12_h1}} & b17_l12_digits[5:3]) | ({3{b17_l12_h2}} & b17_l12_digits[8:6]) | ({3{b17_l12_h3}} & b17_l12_digits[11:9]));
  assign b17_l12_e = {b17_l12_pos, b17_l12_dig[1]};
  assign b17_l12_t = {b17_l12_hit, b17_l12_dig[2], b17_l12_e};
  assign b17_l13_cnt = {3'd0, b17_l13_nzs[0]} + {3'd0, b17_l13_nzs[1]} + {3'd0, b17_l13_nzs[2]} + {3'd0, b17_l13_nzs[3]};
  assign b17_l13_h0 = b17_l13_nzs[0] & (4'd0 == cj13);
  assign b17_l13_n0 = 4'd0 + {3'd0, b17_l13_nzs[0]};
  assign b17_l13_h1 = b17_l13_nzs[1] & (b17_l13_n0 == cj13);
  assign b17_l13_n1 = b17_l13_n0 + {3'd0, b17_l13_nzs[1]};
  assign b17_l13_h2 = b17_l13_nzs[2] & (b17_l13_n1 == cj13);
  assign b17_l13_n2 = b17_l13_n1 + {3'd0, b17_l13_nzs[2]};
  assign b17_l13_h3 = b17_l13_nzs[3] & (b17_l13_n2 == cj13);
  assign b17_l13_hit = b17_l13_h0 | b17_l13_h1 | b17_l13_h2 | b17_l13_h3;
  assign b17_l13_pos = ((b17_l13_h0 ? 2'd0 : 2'd0) | (b17_l13_h1 ? 2'd1 : 2'd0) | (b17_l13_h2 ? 2'd2 : 2'd0) | (b17_l13_h3 ? 2'd3 : 2'd0));
  assign b17_l13_dig = (({3{b17_l13_h0}} & b17_l13_digits[2:0]) | ({3{b17_l13_h1}} & b17_l13_digits[5:3]) | ({3{b17_l13_h2}} & b17_l13_digits[8:6]) | ({3{b17_l13_h3}} & b17_l13_digits[11:9]));
  assign b17_l13_e = {b17_l13_pos, b17_l13_dig[1]};
  assign b17_l13_t = {b17_l13_hit, b17_l13_dig[2], b17_l13_e};
  assign b17_l14_cnt = {3'd0, b17_l14_nzs[0]} + {3'd0, b17_l14_nzs[1]} + {3'd0, b17_l14_nzs[2]} + {3'd0, b17_l14_nzs[3]};
  assign b17_l14_h0 = b17_l14_nzs[0] & (4'd0 == cj14);
  assign b17_l14_n0 = 4'd0 + {3'd0, b17_l14_nzs[0]};
  assign b17_l14_h1 = b17_l14_nzs[1] & (b17_l14_n0 == cj14);
  assign b17_l14_n1 = b17_l14_n0 + {3'd0, b17_l14_nzs[1]};
  assign b17_l14_h2 = b17_l14_nzs[2] & (b17_l14_n1 == cj14);
  assign b17_l14_n2 = b17_l14_n1 + {3'd0, b17_l14_nzs[2]};
  assign b17_l14_h3 = b17_l14_nzs[3] & (b17_l14_n2 == cj14);
  assign b17_l14_hit = b17_l14_h0 | b17_l14_h1 | b17_l14_h2 | b17_l14_h3;
  assign b17_l14_pos = ((b17_l14_h0 ? 2'd0 : 2'd0) | (b17_l14_h1 ? 2'd1 : 2'd0) | (b17_l14_h2 ? 2'd2 : 2'd0) | (b17_l14_h3 ? 2'd3 : 2'd0));
  assign b17_l14_dig = (({3{b17_l14_h0}} & b17_l14_digits[2:0]) | ({3{b17_l14_h1}} & b17_l14_digits[5:3]) | ({3{b17_l14_h2}} & b17_l14_digits[8:6]) | ({3{b17_l14_h3}} & b17_l14_digits[11:9]));
  assign b17_l14_e = {b17_l14_pos, b17_l14_dig[1]};
  assign b17_l14_t = {b17_l14_hit, b17_l14_dig[2], b17_l14_e};
  assign b17_l15_cnt = {3'd0, b17_l15_nzs[0]} + {3'd0, b17_l15_nzs[1]} + {3'd0, b17_l15_nzs[2]} + {3'd0, b17_l15_nzs[3]};
  assign b17_l15_h0 = b17_l15_nzs[0] & (4'd0 == cj15);
  assign b17_l15_n0 = 4'd0 + {3'd0, b17_l15_nzs[0]};
  assign b17_l15_h1 = b17_l15_nzs[1] & (b17_l15_n0 == cj15);
  assign b17_l15_n1 = b17_l15_n0 + {3'd0, b17_l15_nzs[1]};
  assign b17_l15_h2 = b17_l15_nzs[2] & (b17_l15_n1 == cj15);
  assign b17_l15_n2 = b17_l15_n1 + {3'd0, b17_l15_nzs[2]};
  assign b17_l15_h3 = b17_l15_nzs[3] & (b17_l15_n2 == cj15);
  assign b17_l15_hit = b17_l15_h0 | b17_l15_h1 | b17_l15_h2 | b17_l15_h3;
  assign b17_l15_pos = ((b17_l15_h0 ? 2'd0 : 2'd0) | (b17_l15_h1 ? 2'd1 : 2'd0) | (b17_l15_h2 ? 2'd2 : 2'd0) | (b17_l15_h3 ? 2'd3 : 2'd0));
  assign b17_l15_dig = (({3{b17_l15_h0}} & b17_l15_digits[2:0]) | ({3{b17_l15_h1}} & b17_l15_digits[5:3]) | ({3{b17_l15_h2}} & b17_l15_digits[8:6]) | ({3{b17_l15_h3}} & b17_l15_digits[11:9]));
  assign b17_l15_e = {b17_l15_pos, b17_l15_dig[1]};
  assign b17_l15_t = {b17_l15_hit, b17_l15_dig[2], b17_l15_e};
  assign b18_l0_cnt = {3'd0, b18_l0_nzs[0]} + {3'd0, b18_l0_nzs[1]} + {3'd0, b18_l0_nzs[2]} + {3'd0, b18_l0_nzs[3]};
  assign b18_l0_h0 = b18_l0_nzs[0] & (4'd0 == cj0);
  assign b18_l0_n0 = 4'd0 + {3'd0, b18_l0_nzs[0]};
  assign b18_l0_h1 = b18_l0_nzs[1] & (b18_l0_n0 == cj0);
  assign b18_l0_n1 = b18_l0_n0 + {3'd0, b18_l0_nzs[1]};
  assign b18_l0_h2 = b18_l0_nzs[2] & (b18_l0_n1 == cj0);
  assign b18_l0_n2 = b18_l0_n1 + {3'd0, b18_l0_nzs[2]};
  assign b18_l0_h3 = b18_l0_nzs[3] & (b18_l0_n2 == cj0);
  assign b18_l0_hit = b18_l0_h0 | b18_l0_h1 | b18_l0_h2 | b18_l0_h3;
  assign b18_l0_pos = ((b18_l0_h0 ? 2'd0 : 2'd0) | (b18_l0_h1 ? 2'd1 : 2'd0) | (b18_l0_h2 ? 2'd2 : 2'd0) | (b18_l0_h3 ? 2'd3 : 2'd0));
  assign b18_l0_dig = (({3{b18_l0_h0}} & b18_l0_digits[2:0]) | ({3{b18_l0_h1}} & b18_l0_digits[5:3]) | ({3{b18_l0_h2}} & b18_l0_digits[8:6]) | ({3{b18_l0_h3}} & b18_l0_digits[11:9]));
  assign b18_l0_e = {b18_l0_pos, b18_l0_dig[1]};
  assign b18_l0_t = {b18_l0_hit, b18_l0_dig[2], b18_l0_e};
  assign b18_l1_cnt = {3'd0, b18_l1_nzs[0]} + {3'd0, b18_l1_nzs[1]} + {3'd0, b18_l1_nzs[2]} + {3'd0, b18_l1_nzs[3]};
  assign b18_l1_h0 = b18_l1_nzs[0] & (4'd0 == cj1);
  assign b18_l1_n0 = 4'd0 + {3'd0, b18_l1_nzs[0]};
  assign b18_l1_h1 = b18_l1_nzs[1] & (b18_l1_n0 == cj1);
  assign b18_l1_n1 = b18_l1_n0 + {3'd0, b18_l1_nzs[1]};
  assign b18_l1_h2 = b18_l1_nzs[2] & (b18_l1_n1 == cj1);
  assign b18_l1_n2 = b18_l1_n1 + {3'd0, b18_l1_nzs[2]};
  assign b18_l1_h3 = b18_l1_nzs[3] & (b18_l1_n2 == cj1);
  assign b18_l1_hit = b18_l1_h0 | b18_l1_h1 | b18_l1_h2 | b18_l1_h3;
  assign b18_l1_pos = ((b18_l1_h0 ? 2'd0 : 2'd0) | (b18_l1_h1 ? 2'd1 : 2'd0) | (b18_l1_h2 ? 2'd2 : 2'd0) | (b18_l1_h3 ? 2'd3 : 2'd0));
  assign b18_l1_dig = (({3{b18_l1_h0}} & b18_l1_digits[2:0]) | ({3{b18_l1_h1}} & b18_l1_digits[5:3]) | ({3{b18_l1_h2}} & b18_l1_digits[8:6]) | ({3{b18_l1_h3}} & b18_l1_digits[11:9]));
  assign b18_l1_e = {b18_l1_pos, b18_l1_dig[1]};
  assign b18_l1_t = {b18_l1_hit, b18_l1_dig[2], b18_l1_e};
  assign b18_l2_cnt = {3'd0, b18_l2_nzs[0]} + {3'd0, b18_l2_nzs[1]} + {3'd0, b18_l2_nzs[2]} + {3'd0, b18_l2_nzs[3]};
  assign b18_l2_h0 = b18_l2_nzs[0] & (4'd0 == cj2);
  assign b18_l2_n0 = 4'd0 + {3'd0, b18_l2_nzs[0]};
  assign b18_l2_h1 = b18_l2_nzs[1] & (b18_l2_n0 == cj2);
  assign b18_l2_n1 = b18_l2_n0 + {3'd0, b18_l2_nzs[1]};
  assign b18_l2_h2 = b18_l2_nzs[2] & (b18_l2_n1 == cj2);
  assign b18_l2_n2 = b18_l2_n1 + {3'd0, b18_l2_nzs[2]};
  assign b18_l2_h3 = b18_l2_nzs[3] & (b18_l2_n2 == cj2);
  assign b18_l2_hit = b18_l2_h0 | b18_l2_h1 | b18_l2_h2 | b18_l2_h3;
  assign b18_l2_pos = ((b18_l2_h0 ? 2'd0 : 2'd0) | (b18_l2_h1 ? 2'd1 : 2'd0) | (b18_l2_h2 ? 2'd2 : 2'd0) | (b18_l2_h3 ? 2'd3 : 2'd0));
  assign b18_l2_dig = (({3{b18_l2_h0}} & b18_l2_digits[2:0]) | ({3{b18_l2_h1}} & b18_l2_digits[5:3]) | ({3{b18_l2_h2}} & b18_l2_digits[8:6]) | ({3{b18_l2_h3}} & b18_l2_digits[11:9]));
  assign b18_l2_e = {b18_l2_pos, b18_l2_dig[1]};
  assign b18_l2_t = {b18_l2_hit, b18_l2_dig[2], b18_l2_e};
  assign b18_l3_cnt = {3'd0, b18_l3_nzs[0]} + {3'd0, b18_l3_nzs[1]} + {3'd0, b18_l3_nzs[2]} + {3'd0, b18_l3_nzs[3]};
  assign b18_l3_h0 = b18_l3_nzs[0] & (4'd0 == cj3);
  assign b18_l3_n0 = 4'd0 + {3'd0, b18_l3_nzs[0]};
  assign b18_l3_h1 = b18_l3_nzs[1] & (b18_l3_n0 == cj3);
  assign b18_l3_n1 = b18_l3_n0 + {3'd0, b18_l3_nzs[1]};
  assign b18_l3_h2 = b18_l3_nzs[2] & (b18_l3_n1 == cj3);
  assign b18_l3_n2 = b18_l3_n1 + {3'd0, b18_l3_nzs[2]};
  assign b18_l3_h3 = b18_l3_nzs[3] & (b18_l3_n2 == cj3);
  assign b18_l3_hit = b18_l3_h0 | b18_l3_h1 | b18_l3_h2 | b18_l3_h3;
  assign b18_l3_pos = ((b18_l3_h0 ? 2'd0 : 2'd0) | (b18_l3_h1 ? 2'd1 : 2'd0) | (b18_l3_h2 ? 2'd2 : 2'd0) | (b18_l3_h3 ? 2'd3 : 2'd0));
  assign b18_l3_dig = (({3{b18_l3_h0}} & b18_l3_digits[2:0]) | ({3{b18_l3_h1}} & b18_l3_digits[5:3]) | ({3{b18_l3_h2}} & b18_l3_digits[8:6]) | ({3{b18_l3_h3}} & b18_l3_digits[11:9]));
  assign b18_l3_e = {b18_l3_pos, b18_l3_dig[1]};
  assign b18_l3_t = {b18_l3_hit, b18_l3_dig[2], b18_l3_e};
  assign b18_l4_cnt = {3'd0, b18_l4_nzs[0]} + {3'd0, b18_l4_nzs[1]} + {3'd0, b18_l4_nzs[2]} + {3'd0, b18_l4_nzs[3]};
  assign b18_l4_h0 = b18_l4_nzs[0] & (4'd0 == cj4);
  assign b18_l4_n0 = 4'd0 + {3'd0, b18_l4_nzs[0]};
  assign b18_l4_h1 = b18_l4_nzs[1] & (b18_l4_n0 == cj4);
  assign b18_l4_n1 = b18_l4_n0 + {3'd0, b18_l4_nzs[1]};
  assign b18_l4_h2 = b18_l4_nzs[2] & (b18_l4_n1 == cj4);
  assign b18_l4_n2 = b18_l4_n1 + {3'd0, b18_l4_nzs[2]};
  assign b18_l4_h3 = b18_l4_nzs[3] & (b18_l4_n2 == cj4);
  assign b18_l4_hit = b18_l4_h0 | b18_l4_h1 | b18_l4_h2 | b18_l4_h3;
  assign b18_l4_pos = ((b18_l4_h0 ? 2'd0 : 2'd0) | (b18_l4_h1 ? 2'd1 : 2'd0) | (b18_l4_h2 ? 2'd2 : 2'd0) | (b18_l4_h3 ? 2'd3 : 2'd0));
  assign b18_l4_dig = (({3{b18_l4_h0}} & b18_l4_digits[2:0]) | ({3{b18_l4_h1}} & b18_l4_digits[5:3]) | ({3{b18_l4_h2}} & b18_l4_digits[8:6]) | ({3{b18_l4_h3}} & b18_l4_digits[11:9]));
  assign b18_l4_e = {b18_l4_pos, b18_l4_dig[1]};
  assign b18_l4_t = {b18_l4_hit, b18_l4_dig[2], b18_l4_e};
  assign b18_l5_cnt = {3'd0, b18_l5_nzs[0]} + {3'd0, b18_l5_nzs[1]} + {3'd0, b18_l5_nzs[2]} + {3'd0, b18_l5_nzs[3]};
  assign b18_l5_h0 = b18_l5_nzs[0] & (4'd0 == cj5);
  assign b18_l5_n0 = 4'd0 + {3'd0, b18_l5_nzs[0]};
  assign b18_l5_h1 = b18_l5_nzs[1] & (b18_l5_n0 == cj5);
  assign b18_l5_n1 = b18_l5_n0 + {3'd0, b18_l5_nzs[1]};
  assign b18_l5_h2 = b18_l5_nzs[2] & (b18_l5_n1 == cj5);
  assign b18_l5_n2 = b18_l5_n1 + {3'd0, b18_l5_nzs[2]};
  assign b18_l5_h3 = b18_l5_nzs[3] & (b18_l5_n2 == cj5);
  assign b18_l5_hit = b18_l5_h0 | b18_l5_h1 | b18_l5_h2 | b18_l5_h3;
  assign b18_l5_pos = ((b18_l5_h0 ? 2'd0 : 2'd0) | (b18_l5_h1 ? 2'd1 : 2'd0) | (b18_l5_h2 ? 2'd2 : 2'd0) | (b18_l5_h3 ? 2'd3 : 2'd0));
  assign b18_l5_dig = (({3{b18_l5_h0}} & b18_l5_digits[2:0]) | ({3{b18_l5_h1}} & b18_l5_digits[5:3]) | ({3{b18_l5_h2}} & b18_l5_digits[8:6]) | ({3{b18_l5_h3}} & b18_l5_digits[11:9]));
  assign b18_l5_e = {b18_l5_pos, b18_l5_dig[1]};
  assign b18_l5_t = {b18_l5_hit, b18_l5_dig[2], b18_l5_e};
  assign b18_l6_cnt = {3'd0, b18_l6_nzs[0]} + {3'd0, b18_l6_nzs[1]} + {3'd0, b18_l6_nzs[2]} + {3'd0, b18_l6_nzs[3]};
  assign b18_l6_h0 = b18_l6_nzs[0] & (4'd0 == cj6);
  assign b18_l6_n0 = 4'd0 + {3'd0, b18_l6_nzs[0]};
  assign b18_l6_h1 = b18_l6_nzs[1] & (b18_l6_n0 == cj6);
  assign b18_l6_n1 = b18_l6_n0 + {3'd0, b18_l6_nzs[1]};
  assign b18_l6_h2 = b18_l6_nzs[2] & (b18_l6_n1 == cj6);
  assign b18_l6_n2 = b18_l6_n1 + {3'd0, b18_l6_nzs[2]};
  assign b18_l6_h3 = b18_l6_nzs[3] & (b18_l6_n2 == cj6);
  assign b18_l6_hit = b18_l6_h0 | b18_l6_h1 | b18_l6_h2 | b18_l6_h3;
  assign b18_l6_pos = ((b18_l6_h0 ? 2'd0 : 2'd0) | (b18_l6_h1 ? 2'd1 : 2'd0) | (b18_l6_h2 ? 2'd2 : 2'd0) | (b18_l6_h3 ? 2'd3 : 2'd0));
  assign b18_l6_dig = (({3{b18_l6_h0}} & b18_l6_digits[2:0]) | ({3{b18_l6_h1}} & b18_l6_digits[5:3]) | ({3{b18_l6_h2}} & b18_l6_digits[8:6]) | ({3{b18_l6_h3}} & b18_l6_digits[11:9]));
  assign b18_l6_e = {b18_l6_pos, b18_l6_dig[1]};
  assign b18_l6_t = {b18_l6_hit, b18_l6_dig[2], b18_l6_e};
  assign b18_l7_cnt = {3'd0, b18_l7_nzs[0]} + {3'd0, b18_l7_nzs[1]} + {3'd0, b18_l7_nzs[2]} + {3'd0, b18_l7_nzs[3]};
  assign b18_l7_h0 = b18_l7_nzs[0] & (4'd0 == cj7);
  assign b18_l7_n0 = 4'd0 + {3'd0, b18_l7_nzs[0]};
  assign b18_l7_h1 = b18_l7_nzs[1] & (b18_l7_n0 == cj7);
  assign b18_l7_n1 = b18_l7_n0 + {3'd0, b18_l7_nzs[1]};
  assign b18_l7_h2 = b18_l7_nzs[2] & (b18_l7_n1 == cj7);
  assign b18_l7_n2 = b18_l7_n1 + {3'd0, b18_l7_nzs[2]};
  assign b18_l7_h3 = b18_l7_nzs[3] & (b18_l7_n2 == cj7);
  assign b18_l7_hit = b18_l7_h0 | b18_l7_h1 | b18_l7_h2 | b18_l7_h3;
  assign b18_l7_pos = ((b18_l7_h0 ? 2'd0 : 2'd0) | (b18_l7_h1 ? 2'd1 : 2'd0) | (b18_l7_h2 ? 2'd2 : 2'd0) | (b18_l7_h3 ? 2'd3 : 2'd0));
  assign b18_l7_dig = (({3{b18_l7_h0}} & b18_l7_digits[2:0]) | ({3{b18_l7_h1}} & b18_l7_digits[5:3]) | ({3{b18_l7_h2}} & b18_l7_digits[8:6]) | ({3{b18_l7_h3}} & b18_l7_digits[11:9]));
  assign b18_l7_e = {b18_l7_pos, b18_l7_dig[1]};
  assign b18_l7_t = {b18_l7_hit, b18_l7_dig[2], b18_l7_e};
  assign b18_l8_cnt = {3'd0, b18_l8_nzs[0]} + {3'd0, b18_l8_nzs[1]} + {3'd0, b18_l8_nzs[2]} + {3'd0, b18_l8_nzs[3]};
  assign b18_l8_h0 = b18_l8_nzs[0] & (4'd0 == cj8);
  assign b18_l8_n0 = 4'd0 + {3'd0, b18_l8_nzs[0]};
  assign b18_l8_h1 = b18_l8_nzs[1] & (b18_l8_n0 == cj8);
  assign b18_l8_n1 = b18_l8_n0 + {3'd0, b18_l8_nzs[1]};
  assign b18_l8_h2 = b18_l8_nzs[2] & (b18_l8_n1 == cj8);
  assign b18_l8_n2 = b18_l8_n1 + {3'd0, b18_l8_nzs[2]};
  assign b18_l8_h3 = b18_l8_nzs[3] & (b18_l8_n2 == cj8);
  assign b18_l8_hit = b18_l8_h0 | b18_l8_h1 | b18_l8_h2 | b18_l8_h3;
  assign b18_l8_pos = ((b18_l8_h0 ? 2'd0 : 2'd0) | (b18_l8_h1 ? 2'd1 : 2'd0) | (b18_l8_h2 ? 2'd2 : 2'd0) | (b18_l8_h3 ? 2'd3 : 2'd0));
  assign b18_l8_dig = (({3{b18_l8_h0}} & b18_l8_digits[2:0]) | ({3{b18_l8_h1}} & b18_l8_digits[5:3]) | ({3{b18_l8_h2}} & b18_l8_digits[8:6]) | ({3{b18_l8_h3}} & b18_l8_digits[11:9]));
  assign b18_l8_e = {b18_l8_pos, b18_l8_dig[1]};
  assign b18_l8_t = {b18_l8_hit, b18_l8_dig[2], b18_l8_e};
  assign b18_l9_cnt = {3'd0, b18_l9_nzs[0]} + {3'd0, b18_l9_nzs[1]} + {3'd0, b18_l9_nzs[2]} + {3'd0, b18_l9_nzs[3]};
  assign b18_l9_h0 = b18_l9_nzs[0] & (4'd0 == cj9);
  assign b18_l9_n0 = 4'd0 + {3'd0, b18_l9_nzs[0]};
  assign b18_l9_h1 = b18_l9_nzs[1] & (b18_l9_n0 == cj9);
  assign b18_l9_n1 = b18_l9_n0 + {3'd0, b18_l9_nzs[1]};
  assign b18_l9_h2 = b18_l9_nzs[2] & (b18_l9_n1 == cj9);
  assign b18_l9_n2 = b18_l9_n1 + {3'd0, b18_l9_nzs[2]};
  assign b18_l9_h3 = b18_l9_nzs[3] & (b18_l9_n2 == cj9);
  assign b18_l9_hit = b18_l9_h0 | b18_l9_h1 | b18_l9_h2 | b18_l9_h3;
  assign b18_l9_pos = ((b18_l9_h0 ? 2'd0 : 2'd0) | (b18_l9_h1 ? 2'd1 : 2'd0) | (b18_l9_h2 ? 2'd2 : 2'd0) | (b18_l9_h3 ? 2'd3 : 2'd0));
  assign b18_l9_dig = (({3{b18_l9_h0}} & b18_l9_digits[2:0]) | ({3{b18_l9_h1}} & b18_l9_digits[5:3]) | ({3{b18_l9_h2}} & b18_l9_digits[8:6]) | ({3{b18_l9_h3}} & b18_l9_digits[11:9]));
  assign b18_l9_e = {b18_l9_pos, b18_l9_dig[1]};
  assign b18_l9_t = {b18_l9_hit, b18_l9_dig[2], b18_l9_e};
  assign b18_l10_cnt = {3'd0, b18_l10_nzs[0]} + {3'd0, b18_l10_nzs[1]} + {3'd0, b18_l10_nzs[2]} + {3'd0, b18_l10_nzs[3]};
  assign b18_l10_h0 = b18_l10_nzs[0] & (4'd0 == cj10);
  assign b18_l10_n0 = 4'd0 + {3'd0, b18_l10_nzs[0]};
  assign b18_l10_h1 = b18_l10_nzs[1] & (b18_l10_n0 == cj10);
  assign b18_l10_n1 = b18_l10_n0 + {3'd0, b18_l10_nzs[1]};
  assign b18_l10_h2 = b18_l10_nzs[2] & (b18_l10_n1 == cj10);
  assign b18_l10_n2 = b18_l10_n1 + {3'd0, b18_l10_nzs[2]};
  assign b18_l10_h3 = b18_l10_nzs[3] & (b18_l10_n2 == cj10);
  assign b18_l10_hit = b18_l10_h0 | b18_l10_h1 | b18_l10_h2 | b18_l10_h3;
  assign b18_l10_pos = ((b18_l10_h0 ? 2'd0 : 2'd0) | (b18_l10_h1 ? 2'd1 : 2'd0) | (b18_l10_h2 ? 2'd2 : 2'd0) | (b18_l10_h3 ? 2'd3 : 2'd0));
  assign b18_l10_dig = (({3{b18_l10_h0}} & b18_l10_digits[2:0]) | ({3{b18_l10_h1}} & b18_l10_digits[5:3]) | ({3{b18_l10_h2}} & b18_l10_digits[8:6]) | ({3{b18_l10_h3}} & b18_l10_digits[11:9]));
  assign b18_l10_e = {b18_l10_pos, b18_l10_dig[1]};
  assign b18_l10_t = {b18_l10_hit, b18_l10_dig[2], b18_l10_e};
  assign b18_l11_cnt = {3'd0, b18_l11_nzs[0]} + {3'd0, b18_l11_nzs[1]} + {3'd0, b18_l11_nzs[2]} + {3'd0, b18_l11_nzs[3]};
  assign b18_l11_h0 = b18_l11_nzs[0] & (4'd0 == cj11);
  assign b18_l11_n0 = 4'd0 + {3'd0, b18_l11_nzs[0]};
  assign b18_l11_h1 = b18_l11_nzs[1] & (b18_l11_n0 == cj11);
  assign b18_l11_n1 = b18_l11_n0 + {3'd0, b18_l11_nzs[1]};
  assign b18_l11_h2 = b18_l11_nzs[2] & (b18_l11_n1 == cj11);
  assign b18_l11_n2 = b18_l11_n1 + {3'd0, b18_l11_nzs[2]};
  assign b18_l11_h3 = b18_l11_nzs[3] & (b18_l11_n2 == cj11);
  assign b18_l11_hit = b18_l11_h0 | b18_l11_h1 | b18_l11_h2 | b18_l11_h3;
  assign b18_l11_pos = ((b18_l11_h0 ? 2'd0 : 2'd0) | (b18_l11_h1 ? 2'd1 : 2'd0) | (b18_l11_h2 ? 2'd2 : 2'd0) | (b18_l11_h3 ? 2'd3 : 2'd0));
  assign b18_l11_dig = (({3{b18_l11_h0}} & b18_l11_digits[2:0]) | ({3{b18_l11_h1}} & b18_l11_digits[5:3]) | ({3{b18_l11_h2}} & b18_l11_digits[8:6]) | ({3{b18_l11_h3}} & b18_l11_digits[11:9]));
  assign b18_l11_e = {b18_l11_pos, b18_l11_dig[1]};
  assign b18_l11_t = {b18_l11_hit, b18_l11_dig[2], b18_l11_e};
  assign b18_l12_cnt = {3'd0, b18_l12_nzs[0]} + {3'd0, b18_l12_nzs[1]} + {3'd0, b18_l12_nzs[2]} + {3'd0, b18_l12_nzs[3]};
  assign b18_l12_h0 = b18_l12_nzs[0] & (4'd0 == cj12);
  assign b18_l12_n0 = 4'd0 + {3'd0, b18_l12_nzs[0]};
  assign b18_l12_h1 = b18_l12_nzs[1] & (b18_l12_n0 == cj12);
  assign b18_l12_n1 = b18_l12_n0 + {3'd0, b18_l12_nzs[1]};
  assign b18_l12_h2 = b18_l12_nzs[2] & (b18_l12_n1 == cj12);
  assign b18_l12_n2 = b18_l12_n1 + {3'd0, b18_l12_nzs[2]};
  assign b18_l12_h3 = b18_l12_nzs[3] & (b18_l12_n2 == cj12);
  assign b18_l12_hit = b18_l12_h0 | b18_l12_h1 | b18_l12_h2 | b18_l12_h3;
  assign b18_l12_pos = ((b18_l12_h0 ? 2'd0 : 2'd0) | (b18_l12_h1 ? 2'd1 : 2'd0) | (b18_l12_h2 ? 2'd2 : 2'd0) | (b18_l12_h3 ? 2'd3 : 2'd0));
  assign b18_l12_dig = (({3{b18_l12_h0}} & b18_l12_digits[2:0]) | ({3{b18_l12_h1}} & b18_l12_digits[5:3]) | ({3{b18_l12_h2}} & b18_l12_digits[8:6]) | ({3{b18_l12_h3}} & b18_l12_digits[11:9]));
  assign b18_l12_e = {b18_l12_pos, b18_l12_dig[1]};
  assign b18_l12_t = {b18_l12_hit, b18_l12_dig[2], b18_l12_e};
  assign b18_l13_cnt = {3'd0, b18_l13_nzs[0]} + {3'd0, b18_l13_nzs[1]} + {3'd0, b18_l13_nzs[2]} + {3'd0, b18_l13_nzs[3]};
  assign b18_l13_h0 = b18_l13_nzs[0] & (4'd0 == cj13);
  assign b18_l13_n0 = 4'd0 + {3'd0, b18_l13_nzs[0]};
  assign b18_l13_h1 = b18_l13_nzs[1] & (b18_l13_n0 == cj13);
  assign b18_l13_n1 = b18_l13_n0 + {3'd0, b18_l13_nzs[1]};
  assign b18_l13_h2 = b18_l13_nzs[2] & (b18_l13_n1 == cj13);
  assign b18_l13_n2 = b18_l13_n1 + {3'd0, b18_l13_nzs[2]};
  assign b18_l13_h3 = b18_l13_nzs[3] & (b18_l13_n2 == cj13);
  assign b18_l13_hit = b18_l13_h0 | b18_l13_h1 | b18_l13_h2 | b18_l13_h3;
  assign b18_l13_pos = ((b18_l13_h0 ? 2'd0 : 2'd0) | (b18_l13_h1 ? 2'd1 : 2'd0) | (b18_l13_h2 ? 2'd2 : 2'd0) | (b18_l13_h3 ? 2'd3 : 2'd0));
  assign b18_l13_dig = (({3{b18_l13_h0}} & b18_l13_digits[2:0]) | ({3{b18_l13_h1}} & b18_l13_digits[5:3]) | ({3{b18_l13_h2}} & b18_l13_digits[8:6]) | ({3{b18_l13_h3}} & b18_l13_digits[11:9]));
  assign b18_l13_e = {b18_l13_pos, b18_l13_dig[1]};
  assign b18_l13_t = {b18_l13_hit, b18_l13_dig[2], b18_l13_e};
  assign b18_l14_cnt = {3'd0, b18_l14_nzs[0]} + {3'd0, b18_l14_nzs[1]} + {3'd0, b18_l14_nzs[2]} + {3'd0, b18_l14_nzs[3]};
  assign b18_l14_h0 = b18_l14_nzs[0] & (4'd0 == cj14);
  assign b18_l14_n0 = 4'd0 + {3'd0, b18_l14_nzs[0]};
  assign b18_l14_h1 = b18_l14_nzs[1] & (b18_l14_n0 == cj14);
  assign b18_l14_n1 = b18_l14_n0 + {3'd0, b18_l14_nzs[1]};
  assign b18_l14_h2 = b18_l14_nzs[2] & (b18_l14_n1 == cj14);
  assign b18_l14_n2 = b18_l14_n1 + {3'd0, b18_l14_nzs[2]};
  assign b18_l14_h3 = b18_l14_nzs[3] & (b18_l14_n2 == cj14);
  assign b18_l14_hit = b18_l14_h0 | b18_l14_h1 | b18_l14_h2 | b18_l14_h3;
  assign b18_l14_pos = ((b18_l14_h0 ? 2'd0 : 2'd0) | (b18_l14_h1 ? 2'd1 : 2'd0) | (b18_l14_h2 ? 2'd2 : 2'd0) | (b18_l14_h3 ? 2'd3 : 2'd0));
  assign b18_l14_dig = (({3{b18_l14_h0}} & b18_l14_digits[2:0]) | ({3{b18_l14_h1}} & b18_l14_digits[5:3]) | ({3{b18_l14_h2}} & b18_l14_digits[8:6]) | ({3{b18_l14_h3}} & b18_l14_digits[11:9]));
  assign b18_l14_e = {b18_l14_pos, b18_l14_dig[1]};
  assign b18_l14_t = {b18_l14_hit, b18_l14_dig[2], b18_l14_e};
  assign b18_l15_cnt = {3'd0, b18_l15_nzs[0]} + {3'd0, b18_l15_nzs[1]} + {3'd0, b18_l15_nzs[2]} + {3'd0, b18_l15_nzs[3]};
  assign b18_l15_h0 = b18_l15_nzs[0] & (4'd0 == cj15);
  assign b18_l15_n0 = 4'd0 + {3'd0, b18_l15_nzs[0]};
  assign b18_l15_h1 = b18_l15_nzs[1] & (b18_l15_n0 == cj15);
  assign b18_l15_n1 = b18_l15_n0 + {3'd0, b18_l15_nzs[1]};
  assign b18_l15_h2 = b18_l15_nzs[2] & (b18_l15_n1 == cj15);
  assign b18_l15_n2 = b18_l15_n1 + {3'd0, b18_l15_nzs[2]};
  assign b18_l15_h3 = b18_l15_nzs[3] & (b18_l15_n2 == cj15);
  assign b18_l15_hit = b18_l15_h0 | b18_l15_h1 | b18_l15_h2 | b18_l15_h3;
  assign b18_l15_pos = ((b18_l15_h0 ? 2'd0 : 2'd0) | (b18_l15_h1 ? 2'd1 : 2'd0) | (b18_l15_h2 ? 2'd2 : 2'd0) | (b18_l15_h3 ? 2'd3 : 2'd0));
  assign b18_l15_dig = (({3{b18_l15_h0}} & b18_l15_digits[2:0]) | ({3{b18_l15_h1}} & b18_l15_digits[5:3]) | ({3{b18_l15_h2}} & b18_l15_digits[8:6]) | ({3{b18_l15_h3}} & b18_l15_digits[11:9]));
  assign b18_l15_e = {b18_l15_pos, b18_l15_dig[1]};
  assign b18_l15_t = {b18_l15_hit, b18_l15_dig[2], b18_l15_e};
  assign b19_l0_cnt = {3'd0, b19_l0_nzs[0]} + {3'd0, b19_l0_nzs[1]} + {3'd0, b19_l0_nzs[2]} + {3'd0, b19_l0_nzs[3]};
  assign b19_l0_h0 = b19_l0_nzs[0] & (4'd0 == cj0);
  assign b19_l0_n0 = 4'd0 + {3'd0, b19_l0_nzs[0]};
  assign b19_l0_h1 = b19_l0_nzs[1] & (b19_l0_n0 == cj0);
  assign b19_l0_n1 = b19_l0_n0 + {3'd0, b19_l0_nzs[1]};
  assign b19_l0_h2 = b19_l0_nzs[2] & (b19_l0_n1 == cj0);
  assign b19_l0_n2 = b19_l0_n1 + {3'd0, b19_l0_nzs[2]};
  assign b19_l0_h3 = b19_l0_nzs[3] & (b19_l0_n2 == cj0);
  assign b19_l0_hit = b19_l0_h0 | b19_l0_h1 | b19_l0_h2 | b19_l0_h3;
  assign b19_l0_pos = ((b19_l0_h0 ? 2'd0 : 2'd0) | (b19_l0_h1 ? 2'd1 : 2'd0) | (b19_l0_h2 ? 2'd2 : 2'd0) | (b19_l0_h3 ? 2'd3 : 2'd0));
  assign b19_l0_dig = (({3{b19_l0_h0}} & b19_l0_digits[2:0]) | ({3{b19_l0_h1}} & b19_l0_digits[5:3]) | ({3{b19_l0_h2}} & b19_l0_digits[8:6]) | ({3{b19_l0_h3}} & b19_l0_digits[11:9]));
  assign b19_l0_e = {b19_l0_pos, b19_l0_dig[1]};
  assign b19_l0_t = {b19_l0_hit, b19_l0_dig[2], b19_l0_e};
  assign b19_l1_cnt = {3'd0, b19_l1_nzs[0]} + {3'd0, b19_l1_nzs[1]} + {3'd0, b19_l1_nzs[2]} + {3'd0, b19_l1_nzs[3]};
  assign b19_l1_h0 = b19_l1_nzs[0] & (4'd0 == cj1);
  assign b19_l1_n0 = 4'd0 + {3'd0, b19_l1_nzs[0]};
  assign b19_l1_h1 = b19_l1_nzs[1] & (b19_l1_n0 == cj1);
  assign b19_l1_n1 = b19_l1_n0 + {3'd0, b19_l1_nzs[1]};
  assign b19_l1_h2 = b19_l1_nzs[2] & (b19_l1_n1 == cj1);
  assign b19_l1_n2 = b19_l1_n1 + {3'd0, b19_l1_nzs[2]};
  assign b19_l1_h3 = b19_l1_nzs[3] & (b19_l1_n2 == cj1);
  assign b19_l1_hit = b19_l1_h0 | b19_l1_h1 | b19_l1_h2 | b19_l1_h3;
  assign b19_l1_pos = ((b19_l1_h0 ? 2'd0 : 2'd0) | (b19_l1_h1 ? 2'd1 : 2'd0) | (b19_l1_h2 ? 2'd2 : 2'd0) | (b19_l1_h3 ? 2'd3 : 2'd0));
  assign b19_l1_dig = (({3{b19_l1_h0}} & b19_l1_digits[2:0]) | ({3{b19_l1_h1}} & b19_l1_digits[5:3]) | ({3{b19_l1_h2}} & b19_l1_digits[8:6]) | ({3{b19_l1_h3}} & b19_l1_digits[11:9]));
  assign b19_l1_e = {b19_l1_pos, b19_l1_dig[1]};
  assign b19_l1_t = {b19_l1_hit, b19_l1_dig[2], b19_l1_e};
  assign b19_l2_cnt = {3'd0, b19_l2_nzs[0]} + {3'd0, b19_l2_nzs[1]} + {3'd0, b19_l2_nzs[2]} + {3'd0, b19_l2_nzs[3]};
  assign b19_l2_h0 = b19_l2_nzs[0] & (4'd0 == cj2);
  assign b19_l2_n0 = 4'd0 + {3'd0, b19_l2_nzs[0]};
  assign b19_l2_h1 = b19_l2_nzs[1] & (b19_l2_n0 == cj2);
  assign b19_l2_n1 = b19_l2_n0 + {3'd0, b19_l2_nzs[1]};
  assign b19_l2_h2 = b19_l2_nzs[2] & (b19_l2_n1 == cj2);
  assign b19_l2_n2 = b19_l2_n1 + {3'd0, b19_l2_nzs[2]};
  assign b19_l2_h3 = b19_l2_nzs[3] & (b19_l2_n2 == cj2);
  assign b19_l2_hit = b19_l2_h0 | b19_l2_h1 | b19_l2_h2 | b19_l2_h3;
  assign b19_l2_pos = ((b19_l2_h0 ? 2'd0 : 2'd0) | (b19_l2_h1 ? 2'd1 : 2'd0) | (b19_l2_h2 ? 2'd2 : 2'd0) | (b19_l2_h3 ? 2'd3 : 2'd0));
  assign b19_l2_dig = (({3{b19_l2_h0}} & b19_l2_digits[2:0]) | ({3{b19_l2_h1}} & b19_l2_digits[5:3]) | ({3{b19_l2_h2}} & b19_l2_digits[8:6]) | ({3{b19_l2_h3}} & b19_l2_digits[11:9]));
  assign b19_l2_e = {b19_l2_pos, b19_l2_dig[1]};
  assign b19_l2_t = {b19_l2_hit, b19_l2_dig[2], b19_l2_e};
  assign b19_l3_cnt = {3'd0, b19_l3_nzs[0]} + {3'd0, b19_l3_nzs[1]} + {3'd0, b19_l3_nzs[2]} + {3'd0, b19_l3_nzs[3]};
  assign b19_l3_h0 = b19_l3_nzs[0] & (4'd0 == cj3);
  assign b19_l3_n0 = 4'd0 + {3'd0, b19_l3_nzs[0]};
  assign b19_l3_h1 = b19_l3_nzs[1] & (b19_l3_n0 == cj3);
  assign b19_l3_n1 = b19_l3_n0 + {3'd0, b19_l3_nzs[1]};
  assign b19_l3_h2 = b19_l3_nzs[2] & (b19_l3_n1 == cj3);
  assign b19_l3_n2 = b19_l3_n1 + {3'd0, b19_l3_nzs[2]};
  assign b19_l3_h3 = b19_l3_nzs[3] & (b19_l3_n2 == cj3);
  assign b19_l3_hit = b19_l3_h0 | b19_l3_h1 | b19_l3_h2 | b19_l3_h3;
  assign b19_l3_pos = ((b19_l3_h0 ? 2'd0 : 2'd0) | (b19_l3_h1 ? 2'd1 : 2'd0) | (b19_l3_h2 ? 2'd2 : 2'd0) | (b19_l3_h3 ? 2'd3 : 2'd0));
  assign b19_l3_dig = (({3{b19_l3_h0}} & b19_l3_digits[2:0]) | ({3{b19_l3_h1}} & b19_l3_digits[5:3]) | ({3{b19_l3_h2}} & b19_l3_digits[8:6]) | ({3{b19_l3_h3}} & b19_l3_digits[11:9]));
  assign b19_l3_e = {b19_l3_pos, b19_l3_dig[1]};
  assign b19_l3_t = {b19_l3_hit, b19_l3_dig[2], b19_l3_e};
  assign b19_l4_cnt = {3'd0, b19_l4_nzs[0]} + {3'd0, b19_l4_nzs[1]} + {3'd0, b19_l4_nzs[2]} + {3'd0, b19_l4_nzs[3]};
  assign b19_l4_h0 = b19_l4_nzs[0] & (4'd0 == cj4);
  assign b19_l4_n0 = 4'd0 + {3'd0, b19_l4_nzs[0]};
  assign b19_l4_h1 = b19_l4_nzs[1] & (b19_l4_n0 == cj4);
  assign b19_l4_n1 = b19_l4_n0 + {3'd0, b19_l4_nzs[1]};
  assign b19_l4_h2 = b19_l4_nzs[2] & (b19_l4_n1 == cj4);
  assign b19_l4_n2 = b19_l4_n1 + {3'd0, b19_l4_nzs[2]};
  assign b19_l4_h3 = b19_l4_nzs[3] & (b19_l4_n2 == cj4);
  assign b19_l4_hit = b19_l4_h0 | b19_l4_h1 | b19_l4_h2 | b19_l4_h3;
  assign b19_l4_pos = ((b19_l4_h0 ? 2'd0 : 2'd0) | (b19_l4_h1 ? 2'd1 : 2'd0) | (b19_l4_h2 ? 2'd2 : 2'd0) | (b19_l4_h3 ? 2'd3 : 2'd0));
  assign b19_l4_dig = (({3{b19_l4_h0}} & b19_l4_digits[2:0]) | ({3{b19_l4_h1}} & b19_l4_digits[5:3]) | ({3{b19_l4_h2}} & b19_l4_digits[8:6]) | ({3{b19_l4_h3}} & b19_l4_digits[11:9]));
  assign b19_l4_e = {b19_l4_pos, b19_l4_dig[1]};
  assign b19_l4_t = {b19_l4_hit, b19_l4_dig[2], b19_l4_e};
  assign b19_l5_cnt = {3'd0, b19_l5_nzs[0]} + {3'd0, b19_l5_nzs[1]} + {3'd0, b19_l5_nzs[2]} + {3'd0, b19_l5_nzs[3]};
  assign b19_l5_h0 = b19_l5_nzs[0] & (4'd0 == cj5);
  assign b19_l5_n0 = 4'd0 + {3'd0, b19_l5_nzs[0]};
  assign b19_l5_h1 = b19_l5_nzs[1] & (b19_l5_n0 == cj5);
  assign b19_l5_n1 = b19_l5_n0 + {3'd0, b19_l5_nzs[1]};
  assign b19_l5_h2 = b19_l5_nzs[2] & (b19_l5_n1 == cj5);
  assign b19_l5_n2 = b19_l5_n1 + {3'd0, b19_l5_nzs[2]};
  assign b19_l5_h3 = b19_l5_nzs[3] & (b19_l5_n2 == cj5);
  assign b19_l5_hit = b19_l5_h0 | b19_l5_h1 | b19_l5_h2 | b19_l5_h3;
  assign b19_l5_pos = ((b19_l5_h0 ? 2'd0 : 2'd0) | (b19_l5_h1 ? 2'd1 : 2'd0) | (b19_l5_h2 ? 2'd2 : 2'd0) | (b19_l5_h3 ? 2'd3 : 2'd0));
  assign b19_l5_dig = (({3{b19_l5_h0}} & b19_l5_digits[2:0]) | ({3{b19_l5_h1}} & b19_l5_digits[5:3]) | ({3{b19_l5_h2}} & b19_l5_digits[8:6]) | ({3{b19_l5_h3}} & b19_l5_digits[11:9]));
  assign b19_l5_e = {b19_l5_pos, b19_l5_dig[1]};
  assign b19_l5_t = {b19_l5_hit, b19_l5_dig[2], b19_l5_e};
  assign b19_l6_cnt = {3'd0, b19_l6_nzs[0]} + {3'd0, b19_l6_nzs[1]} + {3'd0, b19_l6_nzs[2]} + {3'd0, b19_l6_nzs[3]};
  assign b19_l6_h0 = b19_l6_nzs[0] & (4'd0 == cj6);
  assign b19_l6_n0 = 4'd0 + {3'd0, b19_l6_nzs[0]};
  assign b19_l6_h1 = b19_l6_nzs[1] & (b19_l6_n0 == cj6);
  assign b19_l6_n1 = b19_l6_n0 + {3'd0, b19_l6_nzs[1]};
  assign b19_l6_h2 = b19_l6_nzs[2] & (b19_l6_n1 == cj6);
  assign b19_l6_n2 = b19_l6_n1 + {3'd0, b19_l6_nzs[2]};
  assign b19_l6_h3 = b19_l6_nzs[3] & (b19_l6_n2 == cj6);
  assign b19_l6_hit = b19_l6_h0 | b19_l6_h1 | b19_l6_h2 | b19_l6_h3;
  assign b19_l6_pos = ((b19_l6_h0 ? 2'd0 : 2'd0) | (b19_l6_h1 ? 2'd1 : 2'd0) | (b19_l6_h2 ? 2'd2 : 2'd0) | (b19_l6_h3 ? 2'd3 : 2'd0));
  assign b19_l6_dig = (({3{b19_l6_h0}} & b19_l6_digits[2:0]) | ({3{b19_l6_h1}} & b19_l6_digits[5:3]) | ({3{b19_l6_h2}} & b19_l6_digits[8:6]) | ({3{b19_l6_h3}} & b19_l6_digits[11:9]));
  assign b19_l6_e = {b19_l6_pos, b19_l6_dig[1]};
  assign b19_l6_t = {b19_l6_hit, b19_l6_dig[2], b19_l6_e};
  assign b19_l7_cnt = {3'd0, b19_l7_nzs[0]} + {3'd0, b19_l7_nzs[1]} + {3'd0, b19_l7_nzs[2]} + {3'd0, b19_l7_nzs[3]};
  assign b19_l7_h0 = b19_l7_nzs[0] & (4'd0 == cj7);
  assign b19_l7_n0 = 4'd0 + {3'd0, b19_l7_nzs[0]};
  assign b19_l7_h1 = b19_l7_nzs[1] & (b19_l7_n0 == cj7);
  assign b19_l7_n1 = b19_l7_n0 + {3'd0, b19_l7_nzs[1]};
  assign b19_l7_h2 = b19_l7_nzs[2] & (b19_l7_n1 == cj7);
  assign b19_l7_n2 = b19_l7_n1 + {3'd0, b19_l7_nzs[2]};
  assign b19_l7_h3 = b19_l7_nzs[3] & (b19_l7_n2 == cj7);
  assign b19_l7_hit = b19_l7_h0 | b19_l7_h1 | b19_l7_h2 | b19_l7_h3;
  assign b19_l7_pos = ((b19_l7_h0 ? 2'd0 : 2'd0) | (b19_l7_h1 ? 2'd1 : 2'd0) | (b19_l7_h2 ? 2'd2 : 2'd0) | (b19_l7_h3 ? 2'd3 : 2'd0));
  assign b19_l7_dig = (({3{b19_l7_h0}} & b19_l7_digits[2:0]) | ({3{b19_l7_h1}} & b19_l7_digits[5:3]) | ({3{b19_l7_h2}} & b19_l7_digits[8:6]) | ({3{b19_l7_h3}} & b19_l7_digits[11:9]));
  assign b19_l7_e = {b19_l7_pos, b19_l7_dig[1]};
  assign b19_l7_t = {b19_l7_hit, b19_l7_dig[2], b19_l7_e};
  assign b19_l8_cnt = {3'd0, b19_l8_nzs[0]} + {3'd0, b19_l8_nzs[1]} + {3'd0, b19_l8_nzs[2]} + {3'd0, b19_l8_nzs[3]};
  assign b19_l8_h0 = b19_l8_nzs[0] & (4'd0 == cj8);
  assign b19_l8_n0 = 4'd0 + {3'd0, b19_l8_nzs[0]};
  assign b19_l8_h1 = b19_l8_nzs[1] & (b19_l8_n0 == cj8);
  assign b19_l8_n1 = b19_l8_n0 + {3'd0, b19_l8_nzs[1]};
  assign b19_l8_h2 = b19_l8_nzs[2] & (b19_l8_n1 == cj8);
  assign b19_l8_n2 = b19_l8_n1 + {3'd0, b19_l8_nzs[2]};
  assign b19_l8_h3 = b19_l8_nzs[3] & (b19_l8_n2 == cj8);
  assign b19_l8_hit = b19_l8_h0 | b19_l8_h1 | b19_l8_h2 | b19_l8_h3;
  assign b19_l8_pos = ((b19_l8_h0 ? 2'd0 : 2'd0) | (b19_l8_h1 ? 2'd1 : 2'd0) | (b19_l8_h2 ? 2'd2 : 2'd0) | (b19_l8_h3 ? 2'd3 : 2'd0));
  assign b19_l8_dig = (({3{b19_l8_h0}} & b19_l8_digits[2:0]) | ({3{b19_l8_h1}} & b19_l8_digits[5:3]) | ({3{b19_l8_h2}} & b19_l8_digits[8:6]) | ({3{b19_l8_h3}} & b19_l8_digits[11:9]));
  assign b19_l8_e = {b19_l8_pos, b19_l8_dig[1]};
  assign b19_l8_t = {b19_l8_hit, b19_l8_dig[2], b19_l8_e};
  assign b19_l9_cnt = {3'd0, b19_l9_nzs[0]} + {3'd0, b19_l9_nzs[1]} + {3'd0, b19_l9_nzs[2]} + {3'd0, b19_l9_nzs[3]};
  assign b19_l9_h0 = b19_l9_nzs[0] & (4'd0 == cj9);
  assign b19_l9_n0 = 4'd0 + {3'd0, b19_l9_nzs[0]};
  assign b19_l9_h1 = b19_l9_nzs[1] & (b19_l9_n0 == cj9);
  assign b19_l9_n1 = b19_l9_n0 + {3'd0, b19_l9_nzs[1]};
  assign b19_l9_h2 = b19_l9_nzs[2] & (b19_l9_n1 == cj9);
  assign b19_l9_n2 = b19_l9_n1 + {3'd0, b19_l9_nzs[2]};
  assign b19_l9_h3 = b19_l9_nzs[3] & (b19_l9_n2 == cj9);
  assign b19_l9_hit = b19_l9_h0 | b19_l9_h1 | b19_l9_h2 | b19_l9_h3;
  assign b19_l9_pos = ((b19_l9_h0 ? 2'd0 : 2'd0) | (b19_l9_h1 ? 2'd1 : 2'd0) | (b19_l9_h2 ? 2'd2 : 2'd0) | (b19_l9_h3 ? 2'd3 : 2'd0));
  assign b19_l9_dig = (({3{b19_l9_h0}} & b19_l9_digits[2:0]) | ({3{b19_l9_h1}} & b19_l9_digits[5:3]) | ({3{b19_l9_h2}} & b19_l9_digits[8:6]) | ({3{b19_l9_h3}} & b19_l9_digits[11:9]));
  assign b19_l9_e = {b19_l9_pos, b19_l9_dig[1]};
  assign b19_l9_t = {b19_l9_hit, b19_l9_dig[2], b19_l9_e};
  assign b19_l10_cnt = {3'd0, b19_l10_nzs[0]} + {3'd0, b19_l10_nzs[1]} + {3'd0, b19_l10_nzs[2]} + {3'd0, b19_l10_nzs[3]};
  assign b19_l10_h0 = b19_l10_nzs[0] & (4'd0 == cj10);
  assign b19_l10_n0 = 4'd0 + {3'd0, b19_l10_nzs[0]};
  assign b19_l10_h1 = b19_l10_nzs[1] & (b19_l10_n0 == cj10);
  assign b19_l10_n1 = b19_l10_n0 + {3'd0, b19_l10_nzs[1]};
  assign b19_l10_h2 = b19_l10_nzs[2] & (b19_l10_n1 == cj10);
  assign b19_l10_n2 = b19_l10_n1 + {3'd0, b19_l10_nzs[2]};
  assign b19_l10_h3 = b19_l10_nzs[3] & (b19_l10_n2 == cj10);
  assign b19_l10_hit = b19_l10_h0 | b19_l10_h1 | b19_l10_h2 | b19_l10_h3;
  assign b19_l10_pos = ((b19_l10_h0 ? 2'd0 : 2'd0) | (b19_l10_h1 ? 2'd1 : 2'd0) | (b19_l10_h2 ? 2'd2 : 2'd0) | (b19_l10_h3 ? 2'd3 : 2'd0));
  assign b19_l10_dig = (({3{b19_l10_h0}} & b19_l10_digits[2:0]) | ({3{b19_l10_h1}} & b19_l10_digits[5:3]) | ({3{b19_l10_h2}} & b19_l10_digits[8:6]) | ({3{b19_l10_h3}} & b19_l10_digits[11:9]));
  assign b19_l10_e = {b19_l10_pos, b19_l10_dig[1]};
  assign b19_l10_t = {b19_l10_hit, b19_l10_dig[2], b19_l10_e};
  assign b19_l11_cnt = {3'd0, b19_l11_nzs[0]} + {3'd0, b19_l11_nzs[1]} + {3'd0, b19_l11_nzs[2]} + {3'd0, b19_l11_nzs[3]};
  assign b19_l11_h0 = b19_l11_nzs[0] & (4'd0 == cj11);
  assign b19_l11_n0 = 4'd0 + {3'd0, b19_l11_nzs[0]};
  assign b19_l11_h1 = b19_l11_nzs[1] & (b19_l11_n0 == cj11);
  assign b19_l11_n1 = b19_l11_n0 + {3'd0, b19_l11_nzs[1]};
  assign b19_l11_h2 = b19_l11_nzs[2] & (b19_l11_n1 == cj11);
  assign b19_l11_n2 = b19_l11_n1 + {3'd0, b19_l11_nzs[2]};
  assign b19_l11_h3 = b19_l11_nzs[3] & (b19_l11_n2 == cj11);
  assign b19_l11_hit = b19_l11_h0 | b19_l11_h1 | b19_l11_h2 | b19_l11_h3;
  assign b19_l11_pos = ((b19_l11_h0 ? 2'd0 : 2'd0) | (b19_l11_h1 ? 2'd1 : 2'd0) | (b19_l11_h2 ? 2'd2 : 2'd0) | (b19_l11_h3 ? 2'd3 : 2'd0));
  assign b19_l11_dig = (({3{b19_l11_h0}} & b19_l11_digits[2:0]) | ({3{b19_l11_h1}} & b19_l11_digits[5:3]) | ({3{b19_l11_h2}} & b19_l11_digits[8:6]) | ({3{b19_l11_h3}} & b19_l11_digits[11:9]));
  assign b19_l11_e = {b19_l11_pos, b19_l11_dig[1]};
  assign b19_l11_t = {b19_l11_hit, b19_l11_dig[2], b19_l11_e};
  assign b19_l12_cnt = {3'd0, b19_l12_nzs[0]} + {3'd0, b19_l12_nzs[1]} + {3'd0, b19_l12_nzs[2]} + {3'd0, b19_l12_nzs[3]};
  assign b19_l12_h0 = b19_l12_nzs[0] & (4'd0 == cj12);
  assign b19_l12_n0 = 4'd0 + {3'd0, b19_l12_nzs[0]};
  assign b19_l12_h1 = b19_l12_nzs[1] & (b19_l12_n0 == cj12);
  assign b19_l12_n1 = b19_l12_n0 + {3'd0, b19_l12_nzs[1]};
  assign b19_l12_h2 = b19_l12_nzs[2] & (b19_l12_n1 == cj12);
  assign b19_l12_n2 = b19_l12_n1 + {3'd0, b19_l12_nzs[2]};
  assign b19_l12_h3 = b19_l12_nzs[3] & (b19_l12_n2 == cj12);
  assign b19_l12_hit = b19_l12_h0 | b19_l12_h1 | b19_l12_h2 | b19_l12_h3;
  assign b19_l12_pos = ((b19_l12_h0 ? 2'd0 : 2'd0) | (b19_l12_h1 ? 2'd1 : 2'd0) | (b19_l12_h2 ? 2'd2 : 2'd0) | (b19_l12_h3 ? 2'd3 : 2'd0));
  assign b19_l12_dig = (({3{b19_l12_h0}} & b19_l12_digits[2:0]) | ({3{b19_l12_h1}} & b19_l12_digits[5:3]) | ({3{b19_l12_h2}} & b19_l12_digits[8:6]) | ({3{b19_l12_h3}} & b19_l12_digits[11:9]));
  assign b19_l12_e = {b19_l12_pos, b19_l12_dig[1]};
  assign b19_l12_t = {b19_l12_hit, b19_l12_dig[2], b19_l12_e};
  assign b19_l13_cnt = {3'd0, b19_l13_nzs[0]} + {3'd0, b19_l13_nzs[1]} + {3'd0, b19_l13_nzs[2]} + {3'd0, b19_l13_nzs[3]};
  assign b19_l13_h0 = b19_l13_nzs[0] & (4'd0 == cj13);
  assign b19_l13_n0 = 4'd0 + {3'd0, b19_l13_nzs[0]};
  assign b19_l13_h1 = b19_l13_nzs[1] & (b19_l13_n0 == cj13);
  assign b19_l13_n1 = b19_l13_n0 + {3'd0, b19_l13_nzs[1]};
  assign b19_l13_h2 = b19_l13_nzs[2] & (b19_l13_n1 == cj13);
  assign b19_l13_n2 = b19_l13_n1 + {3'd0, b19_l13_nzs[2]};
  assign b19_l13_h3 = b19_l13_nzs[3] & (b19_l13_n2 == cj13);
  assign b19_l13_hit = b19_l13_h0 | b19_l13_h1 | b19_l13_h2 | b19_l13_h3;
  assign b19_l13_pos = ((b19_l13_h0 ? 2'd0 : 2'd0) | (b19_l13_h1 ? 2'd1 : 2'd0) | (b19_l13_h2 ? 2'd2 : 2'd0) | (b19_l13_h3 ? 2'd3 : 2'd0));
  assign b19_l13_dig = (({3{b19_l13_h0}} & b19_l13_digits[2:0]) | ({3{b19_l13_h1}} & b19_l13_digits[5:3]) | ({3{b19_l13_h2}} & b19_l13_digits[8:6]) | ({3{b19_l13_h3}} & b19_l13_digits[11:9]));
  assign b19_l13_e = {b19_l13_pos, b19_l13_dig[1]};
  assign b19_l13_t = {b19_l13_hit, b19_l13_dig[2], b19_l13_e};
  assign b19_l14_cnt = {3'd0, b19_l14_nzs[0]} + {3'd0, b19_l14_nzs[1]} + {3'd0, b19_l14_nzs[2]} + {3'd0, b19_l14_nzs[3]};
  assign b19_l14_h0 = b19_l14_nzs[0] & (4'd0 == cj14);
  assign b19_l14_n0 = 4'd0 + {3'd0, b19_l14_nzs[0]};
  assign b19_l14_h1 = b19_l14_nzs[1] & (b19_l14_n0 == cj14);
  assign b19_l14_n1 = b19_l14_n0 + {3'd0, b19_l14_nzs[1]};
  assign b19_l14_h2 = b19_l14_nzs[2] & (b19_l14_n1 == cj14);
  assign b19_l14_n2 = b19_l14_n1 + {3'd0, b19_l14_nzs[2]};
  assign b19_l14_h3 = b19_l14_nzs[3] & (b19_l14_n2 == cj14);
  assign b19_l14_hit = b19_l14_h0 | b19_l14_h1 | b19_l14_h2 | b19_l14_h3;
  assign b19_l14_pos = ((b19_l14_h0 ? 2'd0 : 2'd0) | (b19_l14_h1 ? 2'd1 : 2'd0) | (b19_l14_h2 ? 2'd2 : 2'd0) | (b19_l14_h3 ? 2'd3 : 2'd0));
  assign b19_l14_dig = (({3{b19_l14_h0}} & b19_l14_digits[2:0]) | ({3{b19_l14_h1}} & b19_l14_digits[5:3]) | ({3{b19_l14_h2}} & b19_l14_digits[8:6]) | ({3{b19_l14_h3}} & b19_l14_digits[11:9]));
  assign b19_l14_e = {b19_l14_pos, b19_l14_dig[1]};
  assign b19_l14_t = {b19_l14_hit, b19_l14_dig[2], b19_l14_e};
  assign b19_l15_cnt = {3'd0, b19_l15_nzs[0]} + {3'd0, b19_l15_nzs[1]} + {3'd0, b19_l15_nzs[2]} + {3'd0, b19_l15_nzs[3]};
  assign b19_l15_h0 = b19_l15_nzs[0] & (4'd0 == cj15);
  assign b19_l15_n0 = 4'd0 + {3'd0, b19_l15_nzs[0]};
  assign b19_l15_h1 = b19_l15_nzs[1] & (b19_l15_n0 == cj15);
  assign b19_l15_n1 = b19_l15_n0 + {3'd0, b19_l15_nzs[1]};
  assign b19_l15_h2 = b19_l15_nzs[2] & (b19_l15_n1 == cj15);
  assign b19_l15_n2 = b19_l15_n1 + {3'd0, b19_l15_nzs[2]};
  assign b19_l15_h3 = b19_l15_nzs[3] & (b19_l15_n2 == cj15);
  assign b19_l15_hit = b19_l15_h0 | b19_l15_h1 | b19_l15_h2 | b19_l15_h3;
  assign b19_l15_pos = ((b19_l15_h0 ? 2'd0 : 2'd0) | (b19_l15_h1 ? 2'd1 : 2'd0) | (b19_l15_h2 ? 2'd2 : 2'd0) | (b19_l15_h3 ? 2'd3 : 2'd0));
  assign b19_l15_dig = (({3{b19_l15_h0}} & b19_l15_digits[2:0]) | ({3{b19_l15_h1}} & b19_l15_digits[5:3]) | ({3{b19_l15_h2}} & b19_l15_digits[8:6]) | ({3{b19_l15_h3}} & b19_l15_digits[11:9]));
  assign b19_l15_e = {b19_l15_pos, b19_l15_dig[1]};
  assign b19_l15_t = {b19_l15_hit, b19_l15_dig[2], b19_l15_e};
  assign b20_l0_cnt = {3'd0, b20_l0_nzs[0]} + {3'd0, b20_l0_nzs[1]} + {3'd0, b20_l0_nzs[2]} + {3'd0, b20_l0_nzs[3]};
  assign b20_l0_h0 = b20_l0_nzs[0] & (4'd0 == cj0);
  assign b20_l0_n0 = 4'd0 + {3'd0, b20_l0_nzs[0]};
  assign b20_l0_h1 = b20_l0_nzs[1] & (b20_l0_n0 == cj0);
  assign b20_l0_n1 = b20_l0_n0 + {3'd0, b20_l0_nzs[1]};
  assign b20_l0_h2 = b20_l0_nzs[2] & (b20_l0_n1 == cj0);
  assign b20_l0_n2 = b20_l0_n1 + {3'd0, b20_l0_nzs[2]};
  assign b20_l0_h3 = b20_l0_nzs[3] & (b20_l0_n2 == cj0);
  assign b20_l0_hit = b20_l0_h0 | b20_l0_h1 | b20_l0_h2 | b20_l0_h3;
  assign b20_l0_pos = ((b20_l0_h0 ? 2'd0 : 2'd0) | (b20_l0_h1 ? 2'd1 : 2'd0) | (b20_l0_h2 ? 2'd2 : 2'd0) | (b20_l0_h3 ? 2'd3 : 2'd0));
  assign b20_l0_dig = (({3{b20_l0_h0}} & b20_l0_digits[2:0]) | ({3{b20_l0_h1}} & b20_l0_digits[5:3]) | ({3{b20_l0_h2}} & b20_l0_digits[8:6]) | ({3{b20_l0_h3}} & b20_l0_digits[11:9]));
  assign b20_l0_e = {b20_l0_pos, b20_l0_dig[1]};
  assign b20_l0_t = {b20_l0_hit, b20_l0_dig[2], b20_l0_e};
  assign b20_l1_cnt = {3'd0, b20_l1_nzs[0]} + {3'd0, b20_l1_nzs[1]} + {3'd0, b20_l1_nzs[2]} + {3'd0, b20_l1_nzs[3]};
  assign b20_l1_h0 = b20_l1_nzs[0] & (4'd0 == cj1);
  assign b20_l1_n0 = 4'd0 + {3'd0, b20_l1_nzs[0]};
  assign b20_l1_h1 = b20_l1_nzs[1] & (b20_l1_n0 == cj1);
  assign b20_l1_n1 = b20_l1_n0 + {3'd0, b20_l1_nzs[1]};
  assign b20_l1_h2 = b20_l1_nzs[2] & (b20_l1_n1 == cj1);
  assign b20_l1_n2 = b20_l1_n1 + {3'd0, b20_l1_nzs[2]};
  assign b20_l1_h3 = b20_l1_nzs[3] & (b20_l1_n2 == cj1);
  assign b20_l1_hit = b20_l1_h0 | b20_l1_h1 | b20_l1_h2 | b20_l1_h3;
  assign b20_l1_pos = ((b20_l1_h0 ? 2'd0 : 2'd0) | (b20_l1_h1 ? 2'd1 : 2'd0) | (b20_l1_h2 ? 2'd2 : 2'd0) | (b20_l1_h3 ? 2'd3 : 2'd0));
  assign b20_l1_dig = (({3{b20_l1_h0}} & b20_l1_digits[2:0]) | ({3{b20_l1_h1}} & b20_l1_digits[5:3]) | ({3{b20_l1_h2}} & b20_l1_digits[8:6]) | ({3{b20_l1_h3}} & b20_l1_digits[11:9]));
  assign b20_l1_e = {b20_l1_pos, b20_l1_dig[1]};
  assign b20_l1_t = {b20_l1_hit, b20_l1_dig[2], b20_l1_e};
  assign b20_l2_cnt = {3'd0, b20_l2_nzs[0]} + {3'd0, b20_l2_nzs[1]} + {3'd0, b20_l2_nzs[2]} + {3'd0, b20_l2_nzs[3]};
  assign b20_l2_h0 = b20_l2_nzs[0] & (4'd0 == cj2);
  assign b20_l2_n0 = 4'd0 + {3'd0, b20_l2_nzs[0]};
  assign b20_l2_h1 = b20_l2_nzs[1] & (b20_l2_n0 == cj2);
  assign b20_l2_n1 = b20_l2_n0 + {3'd0, b20_l2_nzs[1]};
  assign b20_l2_h2 = b20_l2_nzs[2] & (b20_l2_n1 == cj2);
  assign b20_l2_n2 = b20_l2_n1 + {3'd0, b20_l2_nzs[2]};
  assign b20_l2_h3 = b20_l2_nzs[3] & (b20_l2_n2 == cj2);
  assign b20_l2_hit = b20_l2_h0 | b20_l2_h1 | b20_l2_h2 | b20_l2_h3;
  assign b20_l2_pos = ((b20_l2_h0 ? 2'd0 : 2'd0) | (b20_l2_h1 ? 2'd1 : 2'd0) | (b20_l2_h2 ? 2'd2 : 2'd0) | (b20_l2_h3 ? 2'd3 : 2'd0));
  assign b20_l2_dig = (({3{b20_l2_h0}} & b20_l2_digits[2:0]) | ({3{b20_l2_h1}} & b20_l2_digits[5:3]) | ({3{b20_l2_h2}} & b20_l2_digits[8:6]) | ({3{b20_l2_h3}} & b20_l2_digits[11:9]));
  assign b20_l2_e = {b20_l2_pos, b20_l2_dig[1]};
  assign b20_l2_t = {b20_l2_hit, b20_l2_dig[2], b20_l2_e};
  assign b20_l3_cnt = {3'd0, b20_l3_nzs[0]} + {3'd0, b20_l3_nzs[1]} + {3'd0, b20_l3_nzs[2]} + {3'd0, b20_l3_nzs[3]};
  assign b20_l3_h0 = b20_l3_nzs[0] & (4'd0 == cj3);
  assign b20_l3_n0 = 4'd0 + {3'd0, b20_l3_nzs[0]};
  assign b20_l3_h1 = b20_l3_nzs[1] & (b20_l3_n0 == cj3);
  assign b20_l3_n1 = b20_l3_n0 + {3'd0, b20_l3_nzs[1]};
  assign b20_l3_h2 = b20_l3_nzs[2] & (b20_l3_n1 == cj3);
  assign b20_l3_n2 = b20_l3_n1 + {3'd0, b20_l3_nzs[2]};
  assign b20_l3_h3 = b20_l3_nzs[3] & (b20_l3_n2 == cj3);
  assign b20_l3_hit = b20_l3_h0 | b20_l3_h1 | b20_l3_h2 | b20_l3_h3;
  assign b20_l3_pos = ((b20_l3_h0 ? 2'd0 : 2'd0) | (b20_l3_h1 ? 2'd1 : 2'd0) | (b20_l3_h2 ? 2'd2 : 2'd0) | (b20_l3_h3 ? 2'd3 : 2'd0));
  assign b20_l3_dig = (({3{b20_l3_h0}} & b20_l3_digits[2:0]) | ({3{b20_l3_h1}} & b20_l3_digits[5:3]) | ({3{b20_l3_h2}} & b20_l3_digits[8:6]) | ({3{b20_l3_h3}} & b20_l3_digits[11:9]));
  assign b20_l3_e = {b20_l3_pos, b20_l3_dig[1]};
  assign b20_l3_t = {b20_l3_hit, b20_l3_dig[2], b20_l3_e};
  assign b20_l4_cnt = {3'd0, b20_l4_nzs[0]} + {3'd0, b20_l4_nzs[1]} + {3'd0, b20_l4_nzs[2]} + {3'd0, b20_l4_nzs[3]};
  assign b20_l4_h0 = b20_l4_nzs[0] & (4'd0 == cj4);
  assign b20_l4_n0 = 4'd0 + {3'd0, b20_l4_nzs[0]};
  assign b20_l4_h1 = b20_l4_nzs[1] & (b20_l4_n0 == cj4);
  assign b20_l4_n1 = b20_l4_n0 + {3'd0, b20_l4_nzs[1]};
  assign b20_l4_h2 = b20_l4_nzs[2] & (b20_l4_n1 == cj4);
  assign b20_l4_n2 = b20_l4_n1 + {3'd0, b20_l4_nzs[2]};
  assign b20_l4_h3 = b20_l4_nzs[3] & (b20_l4_n2 == cj4);
  assign b20_l4_hit = b20_l4_h0 | b20_l4_h1 | b20_l4_h2 | b20_l4_h3;
  assign b20_l4_pos = ((b20_l4_h0 ? 2'd0 : 2'd0) | (b20_l4_h1 ? 2'd1 : 2'd0) | (b20_l4_h2 ? 2'd2 : 2'd0) | (b20_l4_h3 ? 2'd3 : 2'd0));
  assign b20_l4_dig = (({3{b20_l4_h0}} & b20_l4_digits[2:0]) | ({3{b20_l4_h1}} & b20_l4_digits[5:3]) | ({3{b20_l4_h2}} & b20_l4_digits[8:6]) | ({3{b20_l4_h3}} & b20_l4_digits[11:9]));
  assign b20_l4_e = {b20_l4_pos, b20_l4_dig[1]};
  assign b20_l4_t = {b20_l4_hit, b20_l4_dig[2], b20_l4_e};
  assign b20_l5_cnt = {3'd0, b20_l5_nzs[0]} + {3'd0, b20_l5_nzs[1]} + {3'd0, b20_l5_nzs[2]} + {3'd0, b20_l5_nzs[3]};
  assign b20_l5_h0 = b20_l5_nzs[0] & (4'd0 == cj5);
  assign b20_l5_n0 = 4'd0 + {3'd0, b20_l5_nzs[0]};
  assign b20_l5_h1 = b20_l5_nzs[1] & (b20_l5_n0 == cj5);
  assign b20_l5_n1 = b20_l5_n0 + {3'd0, b20_l5_nzs[1]};
  assign b20_l5_h2 = b20_l5_nzs[2] & (b20_l5_n1 == cj5);
  assign b20_l5_n2 = b20_l5_n1 + {3'd0, b20_l5_nzs[2]};
  assign b20_l5_h3 = b20_l5_nzs[3] & (b20_l5_n2 == cj5);
  assign b20_l5_hit = b20_l5_h0 | b20_l5_h1 | b20_l5_h2 | b20_l5_h3;
  assign b20_l5_pos = ((b20_l5_h0 ? 2'd0 : 2'd0) | (b20_l5_h1 ? 2'd1 : 2'd0) | (b20_l5_h2 ? 2'd2 : 2'd0) | (b20_l5_h3 ? 2'd3 : 2'd0));
  assign b20_l5_dig = (({3{b20_l5_h0}} & b20_l5_digits[2:0]) | ({3{b20_l5_h1}} & b20_l5_digits[5:3]) | ({3{b20_l5_h2}} & b20_l5_digits[8:6]) | ({3{b20_l5_h3}} & b20_l5_digits[11:9]));
  assign b20_l5_e = {b20_l5_pos, b20_l5_dig[1]};
  assign b20_l5_t = {b20_l5_hit, b20_l5_dig[2], b20_l5_e};
  assign b20_l6_cnt = {3'd0, b20_l6_nzs[0]} + {3'd0, b20_l6_nzs[1]} + {3'd0, b20_l6_nzs[2]} + {3'd0, b20_l6_nzs[3]};
  assign b20_l6_h0 = b20_l6_nzs[0] & (4'd0 == cj6);
  assign b20_l6_n0 = 4'd0 + {3'd0, b20_l6_nzs[0]};
  assign b20_l6_h1 = b20_l6_nzs[1] & (b20_l6_n0 == cj6);
  assign b20_l6_n1 = b20_l6_n0 + {3'd0, b20_l6_nzs[1]};
  assign b20_l6_h2 = b20_l6_nzs[2] & (b20_l6_n1 == cj6);
  assign b20_l6_n2 = b20_l6_n1 + {3'd0, b20_l6_nzs[2]};
  assign b20_l6_h3 = b20_l6_nzs[3] & (b20_l6_n2 == cj6);
  assign b20_l6_hit = b20_l6_h0 | b20_l6_h1 | b20_l6_h2 | b20_l6_h3;
  assign b20_l6_pos = ((b20_l6_h0 ? 2'd0 : 2'd0) | (b20_l6_h1 ? 2'd1 : 2'd0) | (b20_l6_h2 ? 2'd2 : 2'd0) | (b20_l6_h3 ? 2'd3 : 2'd0));
  assign b20_l6_dig = (({3{b20_l6_h0}} & b20_l6_digits[2:0]) | ({3{b20_l6_h1}} & b20_l6_digits[5:3]) | ({3{b20_l6_h2}} & b20_l6_digits[8:6]) | ({3{b20_l6_h3}} & b20_l6_digits[11:9]));
  assign b20_l6_e = {b20_l6_pos, b20_l6_dig[1]};
  assign b20_l6_t = {b20_l6_hit, b20_l6_dig[2], b20_l6_e};
  assign b20_l7_cnt = {3'd0, b20_l7_nzs[0]} + {3'd0, b20_l7_nzs[1]} + {3'd0, b20_l7_nzs[2]} + {3'd0, b20_l7_nzs[3]};
  assign b20_l7_h0 = b20_l7_nzs[0] & (4'd0 == cj7);
  assign b20_l7_n0 = 4'd0 + {3'd0, b20_l7_nzs[0]};
  assign b20_l7_h1 = b20_l7_nzs[1] & (b20_l7_n0 == cj7);
  assign b20_l7_n1 = b20_l7_n0 + {3'd0, b20_l7_nzs[1]};
  assign b20_l7_h2 = b20_l7_nzs[2] & (b20_l7_n1 == cj7);
  assign b20_l7_n2 = b20_l7_n1 + {3'd0, b20_l7_nzs[2]};
  assign b20_l7_h3 = b20_l7_nzs[3] & (b20_l7_n2 == cj7);
  assign b20_l7_hit = b20_l7_h0 | b20_l7_h1 | b20_l7_h2 | b20_l7_h3;
  assign b20_l7_pos = ((b20_l7_h0 ? 2'd0 : 2'd0) | (b20_l7_h1 ? 2'd1 : 2'd0) | (b20_l7_h2 ? 2'd2 : 2'd0) | (b20_l7_h3 ? 2'd3 : 2'd0));
  assign b20_l7_dig = (({3{b20_l7_h0}} & b20_l7_digits[2:0]) | ({3{b20_l7_h1}} & b20_l7_digits[5:3]) | ({3{b20_l7_h2}} & b20_l7_digits[8:6]) | ({3{b20_l7_h3}} & b20_l7_digits[11:9]));
  assign b20_l7_e = {b20_l7_pos, b20_l7_dig[1]};
  assign b20_l7_t = {b20_l7_hit, b20_l7_dig[2], b20_l7_e};
  assign b20_l8_cnt = {3'd0, b20_l8_nzs[0]} + {3'd0, b20_l8_nzs[1]} + {3'd0, b20_l8_nzs[2]} + {3'd0, b20_l8_nzs[3]};
  assign b20_l8_h0 = b20_l8_nzs[0] & (4'd0 == cj8);
  assign b20_l8_n0 = 4'd0 + {3'd0, b20_l8_nzs[0]};
  assign b20_l8_h1 = b20_l8_nzs[1] & (b20_l8_n0 == cj8);
  assign b20_l8_n1 = b20_l8_n0 + {3'd0, b20_l8_nzs[1]};
  assign b20_l8_h2 = b20_l8_nzs[2] & (b20_l8_n1 == cj8);
  assign b20_l8_n2 = b20_l8_n1 + {3'd0, b20_l8_nzs[2]};
  assign b20_l8_h3 = b20_l8_nzs[3] & (b20_l8_n2 == cj8);
  assign b20_l8_hit = b20_l8_h0 | b20_l8_h1 | b20_l8_h2 | b20_l8_h3;
  assign b20_l8_pos = ((b20_l8_h0 ? 2'd0 : 2'd0) | (b20_l8_h1 ? 2'd1 : 2'd0) | (b20_l8_h2 ? 2'd2 : 2'd0) | (b20_l8_h3 ? 2'd3 : 2'd0));
  assign b20_l8_dig = (({3{b20_l8_h0}} & b20_l8_digits[2:0]) | ({3{b20_l8_h1}} & b20_l8_digits[5:3]) | ({3{b20_l8_h2}} & b20_l8_digits[8:6]) | ({3{b20_l8_h3}} & b20_l8_digits[11:9]));
  assign b20_l8_e = {b20_l8_pos, b20_l8_dig[1]};
  assign b20_l8_t = {b20_l8_hit, b20_l8_dig[2], b20_l8_e};
  assign b20_l9_cnt = {3'd0, b20_l9_nzs[0]} + {3'd0, b20_l9_nzs[1]} + {3'd0, b20_l9_nzs[2]} + {3'd0, b20_l9_nzs[3]};
  assign b20_l9_h0 = b20_l9_nzs[0] & (4'd0 == cj9);
  assign b20_l9_n0 = 4'd0 + {3'd0, b20_l9_nzs[0]};
  assign b20_l9_h1 = b20_l9_nzs[1] & (b20_l9_n0 == cj9);
  assign b20_l9_n1 = b20_l9_n0 + {3'd0, b20_l9_nzs[1]};
  assign b20_l9_h2 = b20_l9_nzs[2] & (b20_l9_n1 == cj9);
  assign b20_l9_n2 = b20_l9_n1 + {3'd0, b20_l9_nzs[2]};
  assign b20_l9_h3 = b20_l9_nzs[3] & (b20_l9_n2 == cj9);
  assign b20_l9_hit = b20_l9_h0 | b20_l9_h1 | b20_l9_h2 | b20_l9_h3;
  assign b20_l9_pos = ((b20_l9_h0 ? 2'd0 : 2'd0) | (b20_l9_h1 ? 2'd1 : 2'd0) | (b20_l9_h2 ? 2'd2 : 2'd0) | (b20_l9_h3 ? 2'd3 : 2'd0));
  assign b20_l9_dig = (({3{b20_l9_h0}} & b20_l9_digits[2:0]) | ({3{b20_l9_h1}} & b20_l9_digits[5:3]) | ({3{b20_l9_h2}} & b20_l9_digits[8:6]) | ({3{b20_l9_h3}} & b20_l9_digits[11:9]));
  assign b20_l9_e = {b20_l9_pos, b20_l9_dig[1]};
  assign b20_l9_t = {b20_l9_hit, b20_l9_dig[2], b20_l9_e};
  assign b20_l10_cnt = {3'd0, b20_l10_nzs[0]} + {3'd0, b20_l10_nzs[1]} + {3'd0, b20_l10_nzs[2]} + {3'd0, b20_l10_nzs[3]};
  assign b20_l10_h0 = b20_l10_nzs[0] & (4'd0 == cj10);
  assign b20_l10_n0 = 4'd0 + {3'd0, b20_l10_nzs[0]};
  assign b20_l10_h1 = b20_l10_nzs[1] & (b20_l10_n0 == cj10);
  assign b20_l10_n1 = b20_l10_n0 + {3'd0, b20_l10_nzs[1]};
  assign b20_l10_h2 = b20_l10_nzs[2] & (b20_l10_n1 == cj10);
  assign b20_l10_n2 = b20_l10_n1 + {3'd0, b20_l10_nzs[2]};
  assign b20_l10_h3 = b20_l10_nzs[3] & (b20_l10_n2 == cj10);
  assign b20_l10_hit = b20_l10_h0 | b20_l10_h1 | b20_l10_h2 | b20_l10_h3;
  assign b20_l10_pos = ((b20_l10_h0 ? 2'd0 : 2'd0) | (b20_l10_h1 ? 2'd1 : 2'd0) | (b20_l10_h2 ? 2'd2 : 2'd0) | (b20_l10_h3 ? 2'd3 : 2'd0));
  assign b20_l10_dig = (({3{b20_l10_h0}} & b20_l10_digits[2:0]) | ({3{b20_l10_h1}} & b20_l10_digits[5:3]) | ({3{b20_l10_h2}} & b20_l10_digits[8:6]) | ({3{b20_l10_h3}} & b20_l10_digits[11:9]));
  assign b20_l10_e = {b20_l10_pos, b20_l10_dig[1]};
  assign b20_l10_t = {b20_l10_hit, b20_l10_dig[2], b20_l10_e};
  assign b20_l11_cnt = {3'd0, b20_l11_nzs[0]} + {3'd0, b20_l11_nzs[1]} + {3'd0, b20_l11_nzs[2]} + {3'd0, b20_l11_nzs[3]};
  assign b20_l11_h0 = b20_l11_nzs[0] & (4'd0 == cj11);
  assign b20_l11_n0 = 4'd0 + {3'd0, b20_l11_nzs[0]};
  assign b20_l11_h1 = b20_l11_nzs[1] & (b20_l11_n0 == cj11);
  assign b20_l11_n1 = b20_l11_n0 + {3'd0, b20_l11_nzs[1]};
  assign b20_l11_h2 = b20_l11_nzs[2] & (b20_l11_n1 == cj11);
  assign b20_l11_n2 = b20_l11_n1 + {3'd0, b20_l11_nzs[2]};
  assign b20_l11_h3 = b20_l11_nzs[3] & (b20_l11_n2 == cj11);
  assign b20_l11_hit = b20_l11_h0 | b20_l11_h1 | b20_l11_h2 | b20_l11_h3;
  assign b20_l11_pos = ((b20_l11_h0 ? 2'd0 : 2'd0) | (b20_l11_h1 ? 2'd1 : 2'd0) | (b20_l11_h2 ? 2'd2 : 2'd0) | (b20_l11_h3 ? 2'd3 : 2'd0));
  assign b20_l11_dig = (({3{b20_l11_h0}} & b20_l11_digits[2:0]) | ({3{b20_l11_h1}} & b20_l11_digits[5:3]) | ({3{b20_l11_h2}} & b20_l11_digits[8:6]) | ({3{b20_l11_h3}} & b20_l11_digits[11:9]));
  assign b20_l11_e = {b20_l11_pos, b20_l11_dig[1]};
  assign b20_l11_t = {b20_l11_hit, b20_l11_dig[2], b20_l11_e};
  assign b20_l12_cnt = {3'd0, b20_l12_nzs[0]} + {3'd0, b20_l12_nzs[1]} + {3'd0, b20_l12_nzs[2]} + {3'd0, b20_l12_nzs[3]};
  assign b20_l12_h0 = b20_l12_nzs[0] & (4'd0 == cj12);
  assign b20_l12_n0 = 4'd0 + {3'd0, b20_l12_nzs[0]};
  assign b20_l12_h1 = b20_l12_nzs[1] & (b20_l12_n0 == cj12);
  assign b20_l12_n1 = b20_l12_n0 + {3'd0, b20_l12_nzs[1]};
  assign b20_l12_h2 = b20_l12_nzs[2] & (b20_l12_n1 == cj12);
  assign b20_l12_n2 = b20_l12_n1 + {3'd0, b20_l12_nzs[2]};
  assign b20_l12_h3 = b20_l12_nzs[3] & (b20_l12_n2 == cj12);
  assign b20_l12_hit = b20_l12_h0 | b20_l12_h1 | b20_l12_h2 | b20_l12_h3;
  assign b20_l12_pos = ((b20_l12_h0 ? 2'd0 : 2'd0) | (b20_l12_h1 ? 2'd1 : 2'd0) | (b20_l12_h2 ? 2'd2 : 2'd0) | (b20_l12_h3 ? 2'd3 : 2'd0));
  assign b20_l12_dig = (({3{b20_l12_h0}} & b20_l12_digits[2:0]) | ({3{b20_l12_h1}} & b20_l12_digits[5:3]) | ({3{b20_l12_h2}} & b20_l12_digits[8:6]) | ({3{b20_l12_h3}} & b20_l12_digits[11:9]));
  assign b20_l12_e = {b20_l12_pos, b20_l12_dig[1]};
  assign b20_l12_t = {b20_l12_hit, b20_l12_dig[2], b20_l12_e};
  assign b20_l13_cnt = {3'd0, b20_l13_nzs[0]} + {3'd0, b20_l13_nzs[1]} + {3'd0, b20_l13_nzs[2]} + {3'd0, b20_l13_nzs[3]};
  assign b20_l13_h0 = b20_l13_nzs[0] & (4'd0 == cj13);
  assign b20_l13_n0 = 4'd0 + {3'd0, b20_l13_nzs[0]};
  assign b20_l13_h1 = b20_l13_nzs[1] & (b20_l13_n0 == cj13);
  assign b20_l13_n1 = b20_l13_n0 + {3'd0, b20_l13_nzs[1]};
  assign b20_l13_h2 = b20_l13_nzs[2] & (b20_l13_n1 == cj13);
  assign b20_l13_n2 = b20_l13_n1 + {3'd0, b20_l13_nzs[2]};
  assign b20_l13_h3 = b20_l13_nzs[3] & (b20_l13_n2 == cj13);
  assign b20_l13_hit = b20_l13_h0 | b20_l13_h1 | b20_l13_h2 | b20_l13_h3;
  assign b20_l13_pos = ((b20_l13_h0 ? 2'd0 : 2'd0) | (b20_l13_h1 ? 2'd1 : 2'd0) | (b20_l13_h2 ? 2'd2 : 2'd0) | (b20_l13_h3 ? 2'd3 : 2'd0));
  assign b20_l13_dig = (({3{b20_l13_h0}} & b20_l13_digits[2:0]) | ({3{b20_l13_h1}} & b20_l13_digits[5:3]) | ({3{b20_l13_h2}} & b20_l13_digits[8:6]) | ({3{b20_l13_h3}} & b20_l13_digits[11:9]));
  assign b20_l13_e = {b20_l13_pos, b20_l13_dig[1]};
  assign b20_l13_t = {b20_l13_hit, b20_l13_dig[2], b20_l13_e};
  assign b20_l14_cnt = {3'd0, b20_l14_nzs[0]} + {3'd0, b20_l14_nzs[1]} + {3'd0, b20_l14_nzs[2]} + {3'd0, b20_l14_nzs[3]};
  assign b20_l14_h0 = b20_l14_nzs[0] & (4'd0 == cj14);
  assign b20_l14_n0 = 4'd0 + {3'd0, b20_l14_nzs[0]};
  assign b20_l14_h1 = b20_l14_nzs[1] & (b20_l14_n0 == cj14);
  assign b20_l14_n1 = b20_l14_n0 + {3'd0, b20_l14_nzs[1]};
  assign b20_l14_h2 = b20_l14_nzs[2] & (b20_l14_n1 == cj14);
  assign b20_l14_n2 = b20_l14_n1 + {3'd0, b20_l14_nzs[2]};
  assign b20_l14_h3 = b20_l14_nzs[3] & (b20_l14_n2 == cj14);
  assign b20_l14_hit = b20_l14_h0 | b20_l14_h1 | b20_l14_h2 | b20_l14_h3;
  assign b20_l14_pos = ((b20_l14_h0 ? 2'd0 : 2'd0) | (b20_l14_h1 ? 2'd1 : 2'd0) | (b20_l14_h2 ? 2'd2 : 2'd0) | (b20_l14_h3 ? 2'd3 : 2'd0));
  assign b20_l14_dig = (({3{b20_l14_h0}} & b20_l14_digits[2:0]) | ({3{b20_l14_h1}} & b20_l14_digits[5:3]) | ({3{b20_l14_h2}} & b20_l14_digits[8:6]) | ({3{b20_l14_h3}} & b20_l14_digits[11:9]));
  assign b20_l14_e = {b20_l14_pos, b20_l14_dig[1]};
  assign b20_l14_t = {b20_l14_hit, b20_l14_dig[2], b20_l14_e};
  assign b20_l15_cnt = {3'd0, b20_l15_nzs[0]} + {3'd0, b20_l15_nzs[1]} + {3'd0, b20_l15_nzs[2]} + {3'd0, b20_l15_nzs[3]};
  assign b20_l15_h0 = b20_l15_nzs[0] & (4'd0 == cj15);
  assign b20_l15_n0 = 4'd0 + {3'd0, b20_l15_nzs[0]};
  assign b20_l15_h1 = b20_l15_nzs[1] & (b20_l15_n0 == cj15);
  assign b20_l15_n1 = b20_l15_n0 + {3'd0, b20_l15_nzs[1]};
  assign b20_l15_h2 = b20_l15_nzs[2] & (b20_l15_n1 == cj15);
  assign b20_l15_n2 = b20_l15_n1 + {3'd0, b20_l15_nzs[2]};
  assign b20_l15_h3 = b20_l15_nzs[3] & (b20_l15_n2 == cj15);
  assign b20_l15_hit = b20_l15_h0 | b20_l15_h1 | b20_l15_h2 | b20_l15_h3;
  assign b20_l15_pos = ((b20_l15_h0 ? 2'd0 : 2'd0) | (b20_l15_h1 ? 2'd1 : 2'd0) | (b20_l15_h2 ? 2'd2 : 2'd0) | (b20_l15_h3 ? 2'd3 : 2'd0));
  assign b20_l15_dig = (({3{b20_l15_h0}} & b20_l15_digits[2:0]) | ({3{b20_l15_h1}} & b20_l15_digits[5:3]) | ({3{b20_l15_h2}} & b20_l15_digits[8:6]) | ({3{b20_l15_h3}} & b20_l15_digits[11:9]));
  assign b20_l15_e = {b20_l15_pos, b20_l15_dig[1]};
  assign b20_l15_t = {b20_l15_hit, b20_l15_dig[2], b20_l15_e};
  assign b21_l0_cnt = {3'd0, b21_l0_nzs[0]} + {3'd0, b21_l0_nzs[1]} + {3'd0, b21_l0_nzs[2]} + {3'd0, b21_l0_nzs[3]};
  assign b21_l0_h0 = b21_l0_nzs[0] & (4'd0 == cj0);
  assign b21_l0_n0 = 4'd0 + {3'd0, b21_l0_nzs[0]};
  assign b21_l0_h1 = b21_l0_nzs[1] & (b21_l0_n0 == cj0);
  assign b21_l0_n1 = b21_l0_n0 + {3'd0, b21_l0_nzs[1]};
  assign b21_l0_h2 = b21_l0_nzs[2] & (b21_l0_n1 == cj0);
  assign b21_l0_n2 = b21_l0_n1 + {3'd0, b21_l0_nzs[2]};
  assign b21_l0_h3 = b21_l0_nzs[3] & (b21_l0_n2 == cj0);
  assign b21_l0_hit = b21_l0_h0 | b21_l0_h1 | b21_l0_h2 | b21_l0_h3;
  assign b21_l0_pos = ((b21_l0_h0 ? 2'd0 : 2'd0) | (b21_l0_h1 ? 2'd1 : 2'd0) | (b21_l0_h2 ? 2'd2 : 2'd0) | (b21_l0_h3 ? 2'd3 : 2'd0));
  assign b21_l0_dig = (({3{b21_l0_h0}} & b21_l0_digits[2:0]) | ({3{b21_l0_h1}} & b21_l0_digits[5:3]) | ({3{b21_l0_h2}} & b21_l0_digits[8:6]) | ({3{b21_l0_h3}} & b21_l0_digits[11:9]));
  assign b21_l0_e = {b21_l0_pos, b21_l0_dig[1]};
  assign b21_l0_t = {b21_l0_hit, b21_l0_dig[2], b21_l0_e};
  assign b21_l1_cnt = {3'd0, b21_l1_nzs[0]} + {3'd0, b21_l1_nzs[1]} + {3'd0, b21_l1_nzs[2]} + {3'd0, b21_l1_nzs[3]};
  assign b21_l1_h0 = b21_l1_nzs[0] & (4'd0 == cj1);
  assign b21_l1_n0 = 4'd0 + {3'd0, b21_l1_nzs[0]};
  assign b21_l1_h1 = b21_l1_nzs[1] & (b21_l1_n0 == cj1);
  assign b21_l1_n1 = b21_l1_n0 + {3'd0, b21_l1_nzs[1]};
  assign b21_l1_h2 = b21_l1_nzs[2] & (b21_l1_n1 == cj1);
  assign b21_l1_n2 = b21_l1_n1 + {3'd0, b21_l1_nzs[2]};
  assign b21_l1_h3 = b21_l1_nzs[3] & (b21_l1_n2 == cj1);
  assign b21_l1_hit = b21_l1_h0 | b21_l1_h1 | b21_l1_h2 | b21_l1_h3;
  assign b21_l1_pos = ((b21_l1_h0 ? 2'd0 : 2'd0) | (b21_l1_h1 ? 2'd1 : 2'd0) | (b21_l1_h2 ? 2'd2 : 2'd0) | (b21_l1_h3 ? 2'd3 : 2'd0));
  assign b21_l1_dig = (({3{b21_l1_h0}} & b21_l1_digits[2:0]) | ({3{b21_l1_h1}} & b21_l1_digits[5:3]) | ({3{b21_l1_h2}} & b21_l1_digits[8:6]) | ({3{b21_l1_h3}} & b21_l1_digits[11:9]));
  assign b21_l1_e = {b21_l1_pos, b21_l1_dig[1]};
  assign b21_l1_t = {b21_l1_hit, b21_l1_dig[2], b21_l1_e};
  assign b21_l2_cnt = {3'd0, b21_l2_nzs[0]} + {3'd0, b21_l2_nzs[1]} + {3'd0, b21_l2_nzs[2]} + {3'd0, b21_l2_nzs[3]};
  assign b21_l2_h0 = b21_l2_nzs[0] & (4'd0 == cj2);
  assign b21_l2_n0 = 4'd0 + {3'd0, b21_l2_nzs[0]};
  assign b21_l2_h1 = b21_l2_nzs[1] & (b21_l2_n0 == cj2);
  assign b21_l2_n1 = b21_l2_n0 + {3'd0, b21_l2_nzs[1]};
  assign b21_l2_h2 = b21_l2_nzs[2] & (b21_l2_n1 == cj2);
  assign b21_l2_n2 = b21_l2_n1 + {3'd0, b21_l2_nzs[2]};
  assign b21_l2_h3 = b21_l2_nzs[3] & (b21_l2_n2 == cj2);
  assign b21_l2_hit = b21_l2_h0 | b21_l2_h1 | b21_l2_h2 | b21_l2_h3;
  assign b21_l2_pos = ((b21_l2_h0 ? 2'd0 : 2'd0) | (b21_l2_h1 ? 2'd1 : 2'd0) | (b21_l2_h2 ? 2'd2 : 2'd0) | (b21_l2_h3 ? 2'd3 : 2'd0));
  assign b21_l2_dig = (({3{b21_l2_h0}} & b21_l2_digits[2:0]) | ({3{b21_l2_h1}} & b21_l2_digits[5:3]) | ({3{b21_l2_h2}} & b21_l2_digits[8:6]) | ({3{b21_l2_h3}} & b21_l2_digits[11:9]));
  assign b21_l2_e = {b21_l2_pos, b21_l2_dig[1]};
  assign b21_l2_t = {b21_l2_hit, b21_l2_dig[2], b21_l2_e};
  assign b21_l3_cnt = {3'd0, b21_l3_nzs[0]} + {3'd0, b21_l3_nzs[1]} + {3'd0, b21_l3_nzs[2]} + {3'd0, b21_l3_nzs[3]};
  assign b21_l3_h0 = b21_l3_nzs[0] & (4'd0 == cj3);
  assign b21_l3_n0 = 4'd0 + {3'd0, b21_l3_nzs[0]};
  assign b21_l3_h1 = b21_l3_nzs[1] & (b21_l3_n0 == cj3);
  assign b21_l3_n1 = b21_l3_n0 + {3'd0, b21_l3_nzs[1]};
  assign b21_l3_h2 = b21_l3_nzs[2] & (b21_l3_n1 == cj3);
  assign b21_l3_n2 = b21_l3_n1 + {3'd0, b21_l3_nzs[2]};
  assign b21_l3_h3 = b21_l3_nzs[3] & (b21_l3_n2 == cj3);
  assign b21_l3_hit = b21_l3_h0 | b21_l3_h1 | b21_l3_h2 | b21_l3_h3;
  assign b21_l3_pos = ((b21_l3_h0 ? 2'd0 : 2'd0) | (b21_l3_h1 ? 2'd1 : 2'd0) | (b21_l3_h2 ? 2'd2 : 2'd0) | (b21_l3_h3 ? 2'd3 : 2'd0));
  assign b21_l3_dig = (({3{b21_l3_h0}} & b21_l3_digits[2:0]) | ({3{b21_l3_h1}} & b21_l3_digits[5:3]) | ({3{b21_l3_h2}} & b21_l3_digits[8:6]) | ({3{b21_l3_h3}} & b21_l3_digits[11:9]));
  assign b21_l3_e = {b21_l3_pos, b21_l3_dig[1]};
  assign b21_l3_t = {b21_l3_hit, b21_l3_dig[2], b21_l3_e};
  assign b21_l4_cnt = {3'd0, b21_l4_nzs[0]} + {3'd0, b21_l4_nzs[1]} + {3'd0, b21_l4_nzs[2]} + {3'd0, b21_l4_nzs[3]};
  assign b21_l4_h0 = b21_l4_nzs[0] & (4'd0 == cj4);
  assign b21_l4_n0 = 4'd0 + {3'd0, b21_l4_nzs[0]};
  assign b21_l4_h1 = b21_l4_nzs[1] & (b21_l4_n0 == cj4);
  assign b21_l4_n1 = b21_l4_n0 + {3'd0, b21_l4_nzs[1]};
  assign b21_l4_h2 = b21_l4_nzs[2] & (b21_l4_n1 == cj4);
  assign b21_l4_n2 = b21_l4_n1 + {3'd0, b21_l4_nzs[2]};
  assign b21_l4_h3 = b21_l4_nzs[3] & (b21_l4_n2 == cj4);
  assign b21_l4_hit = b21_l4_h0 | b21_l4_h1 | b21_l4_h2 | b21_l4_h3;
  assign b21_l4_pos = ((b21_l4_h0 ? 2'd0 : 2'd0) | (b21_l4_h1 ? 2'd1 : 2'd0) | (b21_l4_h2 ? 2'd2 : 2'd0) | (b21_l4_h3 ? 2'd3 : 2'd0));
  assign b21_l4_dig = (({3{b21_l4_h0}} & b21_l4_digits[2:0]) | ({3{b21_l4_h1}} & b21_l4_digits[5:3]) | ({3{b21_l4_h2}} & b21_l4_digits[8:6]) | ({3{b21_l4_h3}} & b21_l4_digits[11:9]));
  assign b21_l4_e = {b21_l4_pos, b21_l4_dig[1]};
  assign b21_l4_t = {b21_l4_hit, b21_l4_dig[2], b21_l4_e};
  assign b21_l5_cnt = {3'd0, b21_l5_nzs[0]} + {3'd0, b21_l5_nzs[1]} + {3'd0, b21_l5_nzs[2]} + {3'd0, b21_l5_nzs[3]};
  assign b21_l5_h0 = b21_l5_nzs[0] & (4'd0 == cj5);
  assign b21_l5_n0 = 4'd0 + {3'd0, b21_l5_nzs[0]};
  assign b21_l5_h1 = b21_l5_nzs[1] & (b21_l5_n0 == cj5);
  assign b21_l5_n1 = b21_l5_n0 + {3'd0, b21_l5_nzs[1]};
  assign b21_l5_h2 = b21_l5_nzs[2] & (b21_l5_n1 == cj5);
  assign b21_l5_n2 = b21_l5_n1 + {3'd0, b21_l5_nzs[2]};
  assign b21_l5_h3 = b21_l5_nzs[3] & (b21_l5_n2 == cj5);
  assign b21_l5_hit = b21_l5_h0 | b21_l5_h1 | b21_l5_h2 | b21_l5_h3;
  assign b21_l5_pos = ((b21_l5_h0 ? 2'd0 : 2'd0) | (b21_l5_h1 ? 2'd1 : 2'd0) | (b21_l5_h2 ? 2'd2 : 2'd0) | (b21_l5_h3 ? 2'd3 : 2'd0));
  assign b21_l5_dig = (({3{b21_l5_h0}} & b21_l5_digits[2:0]) | ({3{b21_l5_h1}} & b21_l5_digits[5:3]) | ({3{b21_l5_h2}} & b21_l5_digits[8:6]) | ({3{b21_l5_h3}} & b21_l5_digits[11:9]));
  assign b21_l5_e = {b21_l5_pos, b21_l5_dig[1]};
  assign b21_l5_t = {b21_l5_hit, b21_l5_dig[2], b21_l5_e};
  assign b21_l6_cnt = {3'd0, b21_l6_nzs[0]} + {3'd0, b21_l6_nzs[1]} + {3'd0, b21_l6_nzs[2]} + {3'd0, b21_l6_nzs[3]};
  assign b21_l6_h0 = b21_l6_nzs[0] & (4'd0 == cj6);
  assign b21_l6_n0 = 4'd0 + {3'd0, b21_l6_nzs[0]};
  assign b21_l6_h1 = b21_l6_nzs[1] & (b21_l6_n0 == cj6);
  assign b21_l6_n1 = b21_l6_n0 + {3'd0, b21_l6_nzs[1]};
  assign b21_l6_h2 = b21_l6_nzs[2] & (b21_l6_n1 == cj6);
  assign b21_l6_n2 = b21_l6_n1 + {3'd0, b21_l6_nzs[2]};
  assign b21_l6_h3 = b21_l6_nzs[3] & (b21_l6_n2 == cj6);
  assign b21_l6_hit = b21_l6_h0 | b21_l6_h1 | b21_l6_h2 | b21_l6_h3;
  assign b21_l6_pos = ((b21_l6_h0 ? 2'd0 : 2'd0) | (b21_l6_h1 ? 2'd1 : 2'd0) | (b21_l6_h2 ? 2'd2 : 2'd0) | (b21_l6_h3 ? 2'd3 : 2'd0));
  assign b21_l6_dig = (({3{b21_l6_h0}} & b21_l6_digits[2:0]) | ({3{b21_l6_h1}} & b21_l6_digits[5:3]) | ({3{b21_l6_h2}} & b21_l6_digits[8:6]) | ({3{b21_l6_h3}} & b21_l6_digits[11:9]));
  assign b21_l6_e = {b21_l6_pos, b21_l6_dig[1]};
  assign b21_l6_t = {b21_l6_hit, b21_l6_dig[2], b21_l6_e};
  assign b21_l7_cnt = {3'd0, b21_l7_nzs[0]} + {3'd0, b21_l7_nzs[1]} + {3'd0, b21_l7_nzs[2]} + {3'd0, b21_l7_nzs[3]};
  assign b21_l7_h0 = b21_l7_nzs[0] & (4'd0 == cj7);
  assign b21_l7_n0 = 4'd0 + {3'd0, b21_l7_nzs[0]};
  assign b21_l7_h1 = b21_l7_nzs[1] & (b21_l7_n0 == cj7);
  assign b21_l7_n1 = b21_l7_n0 + {3'd0, b21_l7_nzs[1]};
  assign b21_l7_h2 = b21_l7_nzs[2] & (b21_l7_n1 == cj7);
  assign b21_l7_n2 = b21_l7_n1 + {3'd0, b21_l7_nzs[2]};
  assign b21_l7_h3 = b21_l7_nzs[3] & (b21_l7_n2 == cj7);
  assign b21_l7_hit = b21_l7_h0 | b21_l7_h1 | b21_l7_h2 | b21_l7_h3;
  assign b21_l7_pos = ((b21_l7_h0 ? 2'd0 : 2'd0) | (b21_l7_h1 ? 2'd1 : 2'd0) | (b21_l7_h2 ? 2'd2 : 2'd0) | (b21_l7_h3 ? 2'd3 : 2'd0));
  assign b21_l7_dig = (({3{b21_l7_h0}} & b21_l7_digits[2:0]) | ({3{b21_l7_h1}} & b21_l7_digits[5:3]) | ({3{b21_l7_h2}} & b21_l7_digits[8:6]) | ({3{b21_l7_h3}} & b21_l7_digits[11:9]));
  assign b21_l7_e = {b21_l7_pos, b21_l7_dig[1]};
  assign b21_l7_t = {b21_l7_hit, b21_l7_dig[2], b21_l7_e};
  assign b21_l8_cnt = {3'd0, b21_l8_nzs[0]} + {3'd0, b21_l8_nzs[1]} + {3'd0, b21_l8_nzs[2]} + {3'd0, b21_l8_nzs[3]};
  assign b21_l8_h0 = b21_l8_nzs[0] & (4'd0 == cj8);
  assign b21_l8_n0 = 4'd0 + {3'd0, b21_l8_nzs[0]};
  assign b21_l8_h1 = b21_l8_nzs[1] & (b21_l8_n0 == cj8);
  assign b21_l8_n1 = b21_l8_n0 + {3'd0, b21_l8_nzs[1]};
  assign b21_l8_h2 = b21_l8_nzs[2] & (b21_l8_n1 == cj8);
  assign b21_l8_n2 = b21_l8_n1 + {3'd0, b21_l8_nzs[2]};
  assign b21_l8_h3 = b21_l8_nzs[3] & (b21_l8_n2 == cj8);
  assign b21_l8_hit = b21_l8_h0 | b21_l8_h1 | b21_l8_h2 | b21_l8_h3;
  assign b21_l8_pos = ((b21_l8_h0 ? 2'd0 : 2'd0) | (b21_l8_h1 ? 2'd1 : 2'd0) | (b21_l8_h2 ? 2'd2 : 2'd0) | (b21_l8_h3 ? 2'd3 : 2'd0));
  assign b21_l8_dig = (({3{b21_l8_h0}} & b21_l8_digits[2:0]) | ({3{b21_l8_h1}} & b21_l8_digits[5:3]) | ({3{b21_l8_h2}} & b21_l8_digits[8:6]) | ({3{b21_l8_h3}} & b21_l8_digits[11:9]));
  assign b21_l8_e = {b21_l8_pos, b21_l8_dig[1]};
  assign b21_l8_t = {b21_l8_hit, b21_l8_dig[2], b21_l8_e};
  assign b21_l9_cnt = {3'd0, b21_l9_nzs[0]} + {3'd0, b21_l9_nzs[1]} + {3'd0, b21_l9_nzs[2]} + {3'd0, b21_l9_nzs[3]};
  assign b21_l9_h0 = b21_l9_nzs[0] & (4'd0 == cj9);
  assign b21_l9_n0 = 4'd0 + {3'd0, b21_l9_nzs[0]};
  assign b21_l9_h1 = b21_l9_nzs[1] & (b21_l9_n0 == cj9);
  assign b21_l9_n1 = b21_l9_n0 + {3'd0, b21_l9_nzs[1]};
  assign b21_l9_h2 = b21_l9_nzs[2] & (b21_l9_n1 == cj9);
  assign b21_l9_n2 = b21_l9_n1 + {3'd0, b21_l9_nzs[2]};
  assign b21_l9_h3 = b21_l9_nzs[3] & (b21_l9_n2 == cj9);
  assign b21_l9_hit = b21_l9_h0 | b21_l9_h1 | b21_l9_h2 | b21_l9_h3;
  assign b21_l9_pos = ((b21_l9_h0 ? 2'd0 : 2'd0) | (b21_l9_h1 ? 2'd1 : 2'd0) | (b21_l9_h2 ? 2'd2 : 2'd0) | (b21_l9_h3 ? 2'd3 : 2'd0));
  assign b21_l9_dig = (({3{b21_l9_h0}} & b21_l9_digits[2:0]) | ({3{b21_l9_h1}} & b21_l9_digits[5:3]) | ({3{b21_l9_h2}} & b21_l9_digits[8:6]) | ({3{b21_l9_h3}} & b21_l9_digits[11:9]));
  assign b21_l9_e = {b21_l9_pos, b21_l9_dig[1]};
  assign b21_l9_t = {b21_l9_hit, b21_l9_dig[2], b21_l9_e};
  assign b21_l10_cnt = {3'd0, b21_l10_nzs[0]} + {3'd0, b21_l10_nzs[1]} + {3'd0, b21_l10_nzs[2]} + {3'd0, b21_l10_nzs[3]};
  assign b21_l10_h0 = b21_l10_nzs[0] & (4'd0 == cj10);
  assign b21_l10_n0 = 4'd0 + {3'd0, b21_l10_nzs[0]};
  assign b21_l10_h1 = b21_l10_nzs[1] & (b21_l10_n0 == cj10);
  assign b21_l10_n1 = b21_l10_n0 + {3'd0, b21_l10_nzs[1]};
  assign b21_l10_h2 = b21_l10_nzs[2] & (b21_l10_n1 == cj10);
  assign b21_l10_n2 = b21_l10_n1 + {3'd0, b21_l10_nzs[2]};
  assign b21_l10_h3 = b21_l10_nzs[3] & (b21_l10_n2 == cj10);
  assign b21_l10_hit = b21_l10_h0 | b21_l10_h1 | b21_l10_h2 | b21_l10_h3;
  assign b21_l10_pos = ((b21_l10_h0 ? 2'd0 : 2'd0) | (b21_l10_h1 ? 2'd1 : 2'd0) | (b21_l10_h2 ? 2'd2 : 2'd0) | (b21_l10_h3 ? 2'd3 : 2'd0));
  assign b21_l10_dig = (({3{b21_l10_h0}} & b21_l10_digits[2:0]) | ({3{b21_l10_h1}} & b21_l10_digits[5:3]) | ({3{b21_l10_h2}} & b21_l10_digits[8:6]) | ({3{b21_l10_h3}} & b21_l10_digits[11:9]));
  assign b21_l10_e = {b21_l10_pos, b21_l10_dig[1]};
  assign b21_l10_t = {b21_l10_hit, b21_l10_dig[2], b21_l10_e};
  assign b21_l11_cnt = {3'd0, b21_l11_nzs[0]} + {3'd0, b21_l11_nzs[1]} + {3'd0, b21_l11_nzs[2]} + {3'd0, b21_l11_nzs[3]};
  assign b21_l11_h0 = b21_l11_nzs[0] & (4'd0 == cj11);
  assign b21_l11_n0 = 4'd0 + {3'd0, b21_l11_nzs[0]};
  assign b21_l11_h1 = b21_l11_nzs[1] & (b21_l11_n0 == cj11);
  assign b21_l11_n1 = b21_l11_n0 + {3'd0, b21_l11_nzs[1]};
  assign b21_l11_h2 = b21_l11_nzs[2] & (b21_l11_n1 == cj11);
  assign b21_l11_n2 = b21_l11_n1 + {3'd0, b21_l11_nzs[2]};
  assign b21_l11_h3 = b21_l11_nzs[3] & (b21_l11_n2 == cj11);
  assign b21_l11_hit = b21_l11_h0 | b21_l11_h1 | b21_l11_h2 | b21_l11_h3;
  assign b21_l11_pos = ((b21_l11_h0 ? 2'd0 : 2'd0) | (b21_l11_h1 ? 2'd1 : 2'd0) | (b21_l11_h2 ? 2'd2 : 2'd0) | (b21_l11_h3 ? 2'd3 : 2'd0));
  assign b21_l11_dig = (({3{b21_l11_h0}} & b21_l11_digits[2:0]) | ({3{b21_l11_h1}} & b21_l11_digits[5:3]) | ({3{b21_l11_h2}} & b21_l11_digits[8:6]) | ({3{b21_l11_h3}} & b21_l11_digits[11:9]));
  assign b21_l11_e = {b21_l11_pos, b21_l11_dig[1]};
  assign b21_l11_t = {b21_l11_hit, b21_l11_dig[2], b21_l11_e};
  assign b21_l12_cnt = {3'd0, b21_l12_nzs[0]} + {3'd0, b21_l12_nzs[1]} + {3'd0, b21_l12_nzs[2]} + {3'd0, b21_l12_nzs[3]};
  assign b21_l12_h0 = b21_l12_nzs[0] & (4'd0 == cj12);
  assign b21_l12_n0 = 4'd0 + {3'd0, b21_l12_nzs[0]};
  assign b21_l12_h1 = b21_l12_nzs[1] & (b21_l12_n0 == cj12);
  assign b21_l12_n1 = b21_l12_n0 + {3'd0, b21_l12_nzs[1]};
  assign b21_l12_h2 = b21_l12_nzs[2] & (b21_l12_n1 == cj12);
  assign b21_l12_n2 = b21_l12_n1 + {3'd0, b21_l12_nzs[2]};
  assign b21_l12_h3 = b21_l12_nzs[3] & (b21_l12_n2 == cj12);
  assign b21_l12_hit = b21_l12_h0 | b21_l12_h1 | b21_l12_h2 | b21_l12_h3;
  assign b21_l12_pos = ((b21_l12_h0 ? 2'd0 : 2'd0) | (b21_l12_h1 ? 2'd1 : 2'd0) | (b21_l12_h2 ? 2'd2 : 2'd0) | (b21_l12_h3 ? 2'd3 : 2'd0));
  assign b21_l12_dig = (({3{b21_l12_h0}} & b21_l12_digits[2:0]) | ({3{b21_l12_h1}} & b21_l12_digits[5:3]) | ({3{b21_l12_h2}} & b21_l12_digits[8:6]) | ({3{b21_l12_h3}} & b21_l12_digits[11:9]));
  assign b21_l12_e = {b21_l12_pos, b21_l12_dig[1]};
  assign b21_l12_t = {b21_l12_hit, b21_l12_dig[2], b21_l12_e};
  assign b21_l13_cnt = {3'd0, b21_l13_nzs[0]} + {3'd0, b21_l13_nzs[1]} + {3'd0, b21_l13_nzs[2]} + {3'd0, b21_l13_nzs[3]};
  assign b21_l13_h0 = b21_l13_nzs[0] & (4'd0 == cj13);
  assign b21_l13_n0 = 4'd0 + {3'd0, b21_l13_nzs[0]};
  assign b21_l13_h1 = b21_l13_nzs[1] & (b21_l13_n0 == cj13);
  assign b21_l13_n1 = b21_l13_n0 + {3'd0, b21_l13_nzs[1]};
  assign b21_l13_h2 = b21_l13_nzs[2] & (b21_l13_n1 == cj13);
  assign b21_l13_n2 = b21_l13_n1 + {3'd0, b21_l13_nzs[2]};
  assign b21_l13_h3 = b21_l13_nzs[3] & (b21_l13_n2 == cj13);
  assign b21_l13_hit = b21_l13_h0 | b21_l13_h1 | b21_l13_h2 | b21_l13_h3;
  assign b21_l13_pos = ((b21_l13_h0 ? 2'd0 : 2'd0) | (b21_l13_h1 ? 2'd1 : 2'd0) | (b21_l13_h2 ? 2'd2 : 2'd0) | (b21_l13_h3 ? 2'd3 : 2'd0));
  assign b21_l13_dig = (({3{b21_l13_h0}} & b21_l13_digits[2:0]) | ({3{b21_l13_h1}} & b21_l13_digits[5:3]) | ({3{b21_l13_h2}} & b21_l13_digits[8:6]) | ({3{b21_l13_h3}} & b21_l13_digits[11:9]));
  assign b21_l13_e = {b21_l13_pos, b21_l13_dig[1]};
  assign b21_l13_t = {b21_l13_hit, b21_l13_dig[2], b21_l13_e};
  assign b21_l14_cnt = {3'd0, b21_l14_nzs[0]} + {3'd0, b21_l14_nzs[1]} + {3'd0, b21_l14_nzs[2]} + {3'd0, b21_l14_nzs[3]};
  assign b21_l14_h0 = b21_l14_nzs[0] & (4'd0 == cj14);
  assign b21_l14_n0 = 4'd0 + {3'd0, b21_l14_nzs[0]};
  assign b21_l14_h1 = b21_l14_nzs[1] & (b21_l14_n0 == cj14);
  assign b21_l14_n1 = b21_l14_n0 + {3'd0, b21_l14_nzs[1]};
  assign b21_l14_h2 = b21_l14_nzs[2] & (b21_l14_n1 == cj14);
  assign b21_l14_n2 = b21_l14_n1 + {3'd0, b21_l14_nzs[2]};
  assign b21_l14_h3 = b21_l14_nzs[3] & (b21_l14_n2 == cj14);
  assign b21_l14_hit = b21_l14_h0 | b21_l14_h1 | b21_l14_h2 | b21_l14_h3;
  assign b21_l14_pos = ((b21_l14_h0 ? 2'd0 : 2'd0) | (b21_l14_h1 ? 2'd1 : 2'd0) | (b21_l14_h2 ? 2'd2 : 2'd0) | (b21_l14_h3 ? 2'd3 : 2'd0));
  assign b21_l14_dig = (({3{b21_l14_h0}} & b21_l14_digits[2:0]) | ({3{b21_l14_h1}} & b21_l14_digits[5:3]) | ({3{b21_l14_h2}} & b21_l14_digits[8:6]) | ({3{b21_l14_h3}} & b21_l14_digits[11:9]));
  assign b21_l14_e = {b21_l14_pos, b21_l14_dig[1]};
  assign b21_l14_t = {b21_l14_hit, b21_l14_dig[2], b21_l14_e};
  assign b21_l15_cnt = {3'd0, b21_l15_nzs[0]} + {3'd0, b21_l15_nzs[1]} + {3'd0, b21_l15_nzs[2]} + {3'd0, b21_l15_nzs[3]};
  assign b21_l15_h0 = b21_l15_nzs[0] & (4'd0 == cj15);
  assign b21_l15_n0 = 4'd0 + {3'd0, b21_l15_nzs[0]};
  assign b21_l15_h1 = b21_l15_nzs[1] & (b21_l15_n0 == cj15);
  assign b21_l15_n1 = b21_l15_n0 + {3'd0, b21_l15_nzs[1]};
  assign b21_l15_h2 = b21_l15_nzs[2] & (b21_l15_n1 == cj15);
  assign b21_l15_n2 = b21_l15_n1 + {3'd0, b21_l15_nzs[2]};
  assign b21_l15_h3 = b21_l15_nzs[3] & (b21_l15_n2 == cj15);
  assign b21_l15_hit = b21_l15_h0 | b21_l15_h1 | b21_l15_h2 | b21_l15_h3;
  assign b21_l15_pos = ((b21_l15_h0 ? 2'd0 : 2'd0) | (b21_l15_h1 ? 2'd1 : 2'd0) | (b21_l15_h2 ? 2'd2 : 2'd0) | (b21_l15_h3 ? 2'd3 : 2'd0));
  assign b21_l15_dig = (({3{b21_l15_h0}} & b21_l15_digits[2:0]) | ({3{b21_l15_h1}} & b21_l15_digits[5:3]) | ({3{b21_l15_h2}} & b21_l15_digits[8:6]) | ({3{b21_l15_h3}} & b21_l15_digits[11:9]));
  assign b21_l15_e = {b21_l15_pos, b21_l15_dig[1]};
  assign b21_l15_t = {b21_l15_hit, b21_l15_dig[2], b21_l15_e};
  assign b22_l0_cnt = {3'd0, b22_l0_nzs[0]} + {3'd0, b22_l0_nzs[1]} + {3'd0, b22_l0_nzs[2]} + {3'd0, b22_l0_nzs[3]};
  assign b22_l0_h0 = b22_l0_nzs[0] & (4'd0 == cj0);
  assign b22_l0_n0 = 4'd0 + {3'd0, b22_l0_nzs[0]};
  assign b22_l0_h1 = b22_l0_nzs[1] & (b22_l0_n0 == cj0);
  assign b22_l0_n1 = b22_l0_n0 + {3'd0, b22_l0_nzs[1]};
  assign b22_l0_h2 = b22_l0_nzs[2] & (b22_l0_n1 == cj0);
  assign b22_l0_n2 = b22_l0_n1 + {3'd0, b22_l0_nzs[2]};
  assign b22_l0_h3 = b22_l0_nzs[3] & (b22_l0_n2 == cj0);
  assign b22_l0_hit = b22_l0_h0 | b22_l0_h1 | b22_l0_h2 | b22_l0_h3;
  assign b22_l0_pos = ((b22_l0_h0 ? 2'd0 : 2'd0) | (b22_l0_h1 ? 2'd1 : 2'd0) | (b22_l0_h2 ? 2'd2 : 2'd0) | (b22_l0_h3 ? 2'd3 : 2'd0));
  assign b22_l0_dig = (({3{b22_l0_h0}} & b22_l0_digits[2:0]) | ({3{b22_l0_h1}} & b22_l0_digits[5:3]) | ({3{b22_l0_h2}} & b22_l0_digits[8:6]) | ({3{b22_l0_h3}} & b22_l0_digits[11:9]));
  assign b22_l0_e = {b22_l0_pos, b22_l0_dig[1]};
  assign b22_l0_t = {b22_l0_hit, b22_l0_dig[2], b22_l0_e};
  assign b22_l1_cnt = {3'd0, b22_l1_nzs[0]} + {3'd0, b22_l1_nzs[1]} + {3'd0, b22_l1_nzs[2]} + {3'd0, b22_l1_nzs[3]};
  assign b22_l1_h0 = b22_l1_nzs[0] & (4'd0 == cj1);
  assign b22_l1_n0 = 4'd0 + {3'd0, b22_l1_nzs[0]};
  assign b22_l1_h1 = b22_l1_nzs[1] & (b22_l1_n0 == cj1);
  assign b22_l1_n1 = b22_l1_n0 + {3'd0, b22_l1_nzs[1]};
  assign b22_l1_h2 = b22_l1_nzs[2] & (b22_l1_n1 == cj1);
  assign b22_l1_n2 = b22_l1_n1 + {3'd0, b22_l1_nzs[2]};
  assign b22_l1_h3 = b22_l1_nzs[3] & (b22_l1_n2 == cj1);
  assign b22_l1_hit = b22_l1_h0 | b22_l1_h1 | b22_l1_h2 | b22_l1_h3;
  assign b22_l1_pos = ((b22_l1_h0 ? 2'd0 : 2'd0) | (b22_l1_h1 ? 2'd1 : 2'd0) | (b22_l1_h2 ? 2'd2 : 2'd0) | (b22_l1_h3 ? 2'd3 : 2'd0));
  assign b22_l1_dig = (({3{b22_l1_h0}} & b22_l1_digits[2:0]) | ({3{b22_l1_h1}} & b22_l1_digits[5:3]) | ({3{b22_l1_h2}} & b22_l1_digits[8:6]) | ({3{b22_l1_h3}} & b22_l1_digits[11:9]));
  assign b22_l1_e = {b22_l1_pos, b22_l1_dig[1]};
  assign b22_l1_t = {b22_l1_hit, b22_l1_dig[2], b22_l1_e};
  assign b22_l2_cnt = {3'd0, b22_l2_nzs[0]} + {3'd0, b22_l2_nzs[1]} + {3'd0, b22_l2_nzs[2]} + {3'd0, b22_l2_nzs[3]};
  assign b22_l2_h0 = b22_l2_nzs[0] & (4'd0 == cj2);
  assign b22_l2_n0 = 4'd0 + {3'd0, b22_l2_nzs[0]};
  assign b22_l2_h1 = b22_l2_nzs[1] & (b22_l2_n0 == cj2);
  assign b22_l2_n1 = b22_l2_n0 + {3'd0, b22_l2_nzs[1]};
  assign b22_l2_h2 = b22_l2_nzs[2] & (b22_l2_n1 == cj2);
  assign b22_l2_n2 = b22_l2_n1 + {3'd0, b22_l2_nzs[2]};
  assign b22_l2_h3 = b22_l2_nzs[3] & (b22_l2_n2 == cj2);
  assign b22_l2_hit = b22_l2_h0 | b22_l2_h1 | b22_l2_h2 | b22_l2_h3;
  assign b22_l2_pos = ((b22_l2_h0 ? 2'd0 : 2'd0) | (b22_l2_h1 ? 2'd1 : 2'd0) | (b22_l2_h2 ? 2'd2 : 2'd0) | (b22_l2_h3 ? 2'd3 : 2'd0));
  assign b22_l2_dig = (({3{b22_l2_h0}} & b22_l2_digits[2:0]) | ({3{b22_l2_h1}} & b22_l2_digits[5:3]) | ({3{b22_l2_h2}} & b22_l2_digits[8:6]) | ({3{b22_l2_h3}} & b22_l2_digits[11:9]));
  assign b22_l2_e = {b22_l2_pos, b22_l2_dig[1]};
  assign b22_l2_t = {b22_l2_hit, b22_l2_dig[2], b22_l2_e};
  assign b22_l3_cnt = {3'd0, b22_l3_nzs[0]} + {3'd0, b22_l3_nzs[1]} + {3'd0, b22_l3_nzs[2]} + {3'd0, b22_l3_nzs[3]};
  assign b22_l3_h0 = b22_l3_nzs[0] & (4'd0 == cj3);
  assign b22_l3_n0 = 4'd0 + {3'd0, b22_l3_nzs[0]};
  assign b22_l3_h1 = b22_l3_nzs[1] & (b22_l3_n0 == cj3);
  assign b22_l3_n1 = b22_l3_n0 + {3'd0, b22_l3_nzs[1]};
  assign b22_l3_h2 = b22_l3_nzs[2] & (b22_l3_n1 == cj3);
  assign b22_l3_n2 = b22_l3_n1 + {3'd0, b22_l3_nzs[2]};
  assign b22_l3_h3 = b22_l3_nzs[3] & (b22_l3_n2 == cj3);
  assign b22_l3_hit = b22_l3_h0 | b22_l3_h1 | b22_l3_h2 | b22_l3_h3;
  assign b22_l3_pos = ((b22_l3_h0 ? 2'd0 : 2'd0) | (b22_l3_h1 ? 2'd1 : 2'd0) | (b22_l3_h2 ? 2'd2 : 2'd0) | (b22_l3_h3 ? 2'd3 : 2'd0));
  assign b22_l3_dig = (({3{b22_l3_h0}} & b22_l3_digits[2:0]) | ({3{b22_l3_h1}} & b22_l3_digits[5:3]) | ({3{b22_l3_h2}} & b22_l3_digits[8:6]) | ({3{b22_l3_h3}} & b22_l3_digits[11:9]));
  assign b22_l3_e = {b22_l3_pos, b22_l3_dig[1]};
  assign b22_l3_t = {b22_l3_hit, b22_l3_dig[2], b22_l3_e};
  assign b22_l4_cnt = {3'd0, b22_l4_nzs[0]} + {3'd0, b22_l4_nzs[1]} + {3'd0, b22_l4_nzs[2]} + {3'd0, b22_l4_nzs[3]};
  assign b22_l4_h0 = b22_l4_nzs[0] & (4'd0 == cj4);
  assign b22_l4_n0 = 4'd0 + {3'd0, b22_l4_nzs[0]};
  assign b22_l4_h1 = b22_l4_nzs[1] & (b22_l4_n0 == cj4);
  assign b22_l4_n1 = b22_l4_n0 + {3'd0, b22_l4_nzs[1]};
  assign b22_l4_h2 = b22_l4_nzs[2] & (b22_l4_n1 == cj4);
  assign b22_l4_n2 = b22_l4_n1 + {3'd0, b22_l4_nzs[2]};
  assign b22_l4_h3 = b22_l4_nzs[3] & (b22_l4_n2 == cj4);
  assign b22_l4_hit = b22_l4_h0 | b22_l4_h1 | b22_l4_h2 | b22_l4_h3;
  assign b22_l4_pos = ((b22_l4_h0 ? 2'd0 : 2'd0) | (b22_l4_h1 ? 2'd1 : 2'd0) | (b22_l4_h2 ? 2'd2 : 2'd0) | (b22_l4_h3 ? 2'd3 : 2'd0));
  assign b22_l4_dig = (({3{b22_l4_h0}} & b22_l4_digits[2:0]) | ({3{b22_l4_h1}} & b22_l4_digits[5:3]) | ({3{b22_l4_h2}} & b22_l4_digits[8:6]) | ({3{b22_l4_h3}} & b22_l4_digits[11:9]));
  assign b22_l4_e = {b22_l4_pos, b22_l4_dig[1]};
  assign b22_l4_t = {b22_l4_hit, b22_l4_dig[2], b22_l4_e};
  assign b22_l5_cnt = {3'd0, b22_l5_nzs[0]} + {3'd0, b22_l5_nzs[1]} + {3'd0, b22_l5_nzs[2]} + {3'd0, b22_l5_nzs[3]};
  assign b22_l5_h0 = b22_l5_nzs[0] & (4'd0 == cj5);
  assign b22_l5_n0 = 4'd0 + {3'd0, b22_l5_nzs[0]};
  assign b22_l5_h1 = b22_l5_nzs[1] & (b22_l5_n0 == cj5);
  assign b22_l5_n1 = b22_l5_n0 + {3'd0, b22_l5_nzs[1]};
  assign b22_l5_h2 = b22_l5_nzs[2] & (b22_l5_n1 == cj5);
  assign b22_l5_n2 = b22_l5_n1 + {3'd0, b22_l5_nzs[2]};
  assign b22_l5_h3 = b22_l5_nzs[3] & (b22_l5_n2 == cj5);
  assign b22_l5_hit = b22_l5_h0 | b22_l5_h1 | b22_l5_h2 | b22_l5_h3;
  assign b22_l5_pos = ((b22_l5_h0 ? 2'd0 : 2'd0) | (b22_l5_h1 ? 2'd1 : 2'd0) | (b22_l5_h2 ? 2'd2 : 2'd0) | (b22_l5_h3 ? 2'd3 : 2'd0));
  assign b22_l5_dig = (({3{b22_l5_h0}} & b22_l5_digits[2:0]) | ({3{b22_l5_h1}} & b22_l5_digits[5:3]) | ({3{b22_l5_h2}} & b22_l5_digits[8:6]) | ({3{b22_l5_h3}} & b22_l5_digits[11:9]));
  assign b22_l5_e = {b22_l5_pos, b22_l5_dig[1]};
  assign b22_l5_t = {b22_l5_hit, b22_l5_dig[2], b22_l5_e};
  assign b22_l6_cnt = {3'd0, b22_l6_nzs[0]} + {3'd0, b22_l6_nzs[1]} + {3'd0, b22_l6_nzs[2]} + {3'd0, b22_l6_nzs[3]};
  assign b22_l6_h0 = b22_l6_nzs[0] & (4'd0 == cj6);
  assign b22_l6_n0 = 4'd0 + {3'd0, b22_l6_nzs[0]};
  assign b22_l6_h1 = b22_l6_nzs[1] & (b22_l6_n0 == cj6);
  assign b22_l6_n1 = b22_l6_n0 + {3'd0, b22_l6_nzs[1]};
  assign b22_l6_h2 = b22_l6_nzs[2] & (b22_l6_n1 == cj6);
  assign b22_l6_n2 = b22_l6_n1 + {3'd0, b22_l6_nzs[2]};
  assign b22_l6_h3 = b22_l6_nzs[3] & (b22_l6_n2 == cj6);
  assign b22_l6_hit = b22_l6_h0 | b22_l6_h1 | b22_l6_h2 | b22_l6_h3;
  assign b22_l6_pos = ((b22_l6_h0 ? 2'd0 : 2'd0) | (b22_l6_h1 ? 2'd1 : 2'd0) | (b22_l6_h2 ? 2'd2 : 2'd0) | (b22_l6_h3 ? 2'd3 : 2'd0));
  assign b22_l6_dig = (({3{b22_l6_h0}} & b22_l6_digits[2:0]) | ({3{b22_l6_h1}} & b22_l6_digits[5:3]) | ({3{b22_l6_h2}} & b22_l6_digits[8:6]) | ({3{b22_l6_h3}} & b22_l6_digits[11:9]));
  assign b22_l6_e = {b22_l6_pos, b22_l6_dig[1]};
  assign b22_l6_t = {b22_l6_hit, b22_l6_dig[2], b22_l6_e};
  assign b22_l7_cnt = {3'd0, b22_l7_nzs[0]} + {3'd0, b22_l7_nzs[1]} + {3'd0, b22_l7_nzs[2]} + {3'd0, b22_l7_nzs[3]};
  assign b22_l7_h0 = b22_l7_nzs[0] & (4'd0 == cj7);
  assign b22_l7_n0 = 4'd0 + {3'd0, b22_l7_nzs[0]};
  assign b22_l7_h1 = b22_l7_nzs[1] & (b22_l7_n0 == cj7);
  assign b22_l7_n1 = b22_l7_n0 + {3'd0, b22_l7_nzs[1]};
  assign b22_l7_h2 = b22_l7_nzs[2] & (b22_l7_n1 == cj7);
  assign b22_l7_n2 = b22_l7_n1 + {3'd0, b22_l7_nzs[2]};
  assign b22_l7_h3 = b22_l7_nzs[3] & (b22_l7_n2 == cj7);
  assign b22_l7_hit = b22_l7_h0 | b22_l7_h1 | b22_l7_h2 | b22_l7_h3;
  assign b22_l7_pos = ((b22_l7_h0 ? 2'd0 : 2'd0) | (b22_l7_h1 ? 2'd1 : 2'd0) | (b22_l7_h2 ? 2'd2 : 2'd0) | (b22_l7_h3 ? 2'd3 : 2'd0));
  assign b22_l7_dig = (({3{b22_l7_h0}} & b22_l7_digits[2:0]) | ({3{b22_l7_h1}} & b22_l7_digits[5:3]) | ({3{b22_l7_h2}} & b22_l7_digits[8:6]) | ({3{b22_l7_h3}} & b22_l7_digits[11:9]));
  assign b22_l7_e = {b22_l7_pos, b22_l7_dig[1]};
  assign b22_l7_t = {b22_l7_hit, b22_l7_dig[2], b22_l7_e};
  assign b22_l8_cnt = {3'd0, b22_l8_nzs[0]} + {3'd0, b22_l8_nzs[1]} + {3'd0, b22_l8_nzs[2]} + {3'd0, b22_l8_nzs[3]};
  assign b22_l8_h0 = b22_l8_nzs[0] & (4'd0 == cj8);
  assign b22_l8_n0 = 4'd0 + {3'd0, b22_l8_nzs[0]};
  assign b22_l8_h1 = b22_l8_nzs[1] & (b22_l8_n0 == cj8);
  assign b22_l8_n1 = b22_l8_n0 + {3'd0, b22_l8_nzs[1]};
  assign b22_l8_h2 = b22_l8_nzs[2] & (b22_l8_n1 == cj8);
  assign b22_l8_n2 = b22_l8_n1 + {3'd0, b22_l8_nzs[2]};
  assign b22_l8_h3 = b22_l8_nzs[3] & (b22_l8_n2 == cj8);
  assign b22_l8_hit = b22_l8_h0 | b22_l8_h1 | b22_l8_h2 | b22_l8_h3;
  assign b22_l8_pos = ((b22_l8_h0 ? 2'd0 : 2'd0) | (b22_l8_h1 ? 2'd1 : 2'd0) | (b22_l8_h2 ? 2'd2 : 2'd0) | (b22_l8_h3 ? 2'd3 : 2'd0));
  assign b22_l8_dig = (({3{b22_l8_h0}} & b22_l8_digits[2:0]) | ({3{b22_l8_h1}} & b22_l8_digits[5:3]) | ({3{b22_l8_h2}} & b22_l8_digits[8:6]) | ({3{b22_l8_h3}} & b22_l8_digits[11:9]));
  assign b22_l8_e = {b22_l8_pos, b22_l8_dig[1]};
  assign b22_l8_t = {b22_l8_hit, b22_l8_dig[2], b22_l8_e};
  assign b22_l9_cnt = {3'd0, b22_l9_nzs[0]} + {3'd0, b22_l9_nzs[1]} + {3'd0, b22_l9_nzs[2]} + {3'd0, b22_l9_nzs[3]};
  assign b22_l9_h0 = b22_l9_nzs[0] & (4'd0 == cj9);
  assign b22_l9_n0 = 4'd0 + {3'd0, b22_l9_nzs[0]};
  assign b22_l9_h1 = b22_l9_nzs[1] & (b22_l9_n0 == cj9);
  assign b22_l9_n1 = b22_l9_n0 + {3'd0, b22_l9_nzs[1]};
  assign b22_l9_h2 = b22_l9_nzs[2] & (b22_l9_n1 == cj9);
  assign b22_l9_n2 = b22_l9_n1 + {3'd0, b22_l9_nzs[2]};
  assign b22_l9_h3 = b22_l9_nzs[3] & (b22_l9_n2 == cj9);
  assign b22_l9_hit = b22_l9_h0 | b22_l9_h1 | b22_l9_h2 | b22_l9_h3;
  assign b22_l9_pos = ((b22_l9_h0 ? 2'd0 : 2'd0) | (b22_l9_h1 ? 2'd1 : 2'd0) | (b22_l9_h2 ? 2'd2 : 2'd0) | (b22_l9_h3 ? 2'd3 : 2'd0));
  assign b22_l9_dig = (({3{b22_l9_h0}} & b22_l9_digits[2:0]) | ({3{b22_l9_h1}} & b22_l9_digits[5:3]) | ({3{b22_l9_h2}} & b22_l9_digits[8:6]) | ({3{b22_l9_h3}} & b22_l9_digits[11:9]));
  assign b22_l9_e = {b22_l9_pos, b22_l9_dig[1]};
  assign b22_l9_t = {b22_l9_hit, b22_l9_dig[2], b22_l9_e};
  assign b22_l10_cnt = {3'd0, b22_l10_nzs[0]} + {3'd0, b22_l10_nzs[1]} + {3'd0, b22_l10_nzs[2]} + {3'd0, b22_l10_nzs[3]};
  assign b22_l10_h0 = b22_l10_nzs[0] & (4'd0 == cj10);
  assign b22_l10_n0 = 4'd0 + {3'd0, b22_l10_nzs[0]};
  assign b22_l10_h1 = b22_l10_nzs[1] & (b22_l10_n0 == cj10);
  assign b22_l10_n1 = b22_l10_n0 + {3'd0, b22_l10_nzs[1]};
  assign b22_l10_h2 = b22_l10_nzs[2] & (b22_l10_n1 == cj10);
  assign b22_l10_n2 = b22_l10_n1 + {3'd0, b22_l10_nzs[2]};
  assign b22_l10_h3 = b22_l10_nzs[3] & (b22_l10_n2 == cj10);
  assign b22_l10_hit = b22_l10_h0 | b22_l10_h1 | b22_l10_h2 | b22_l10_h3;
  assign b22_l10_pos = ((b22_l10_h0 ? 2'd0 : 2'd0) | (b22_l10_h1 ? 2'd1 : 2'd0) | (b22_l10_h2 ? 2'd2 : 2'd0) | (b22_l10_h3 ? 2'd3 : 2'd0));
  assign b22_l10_dig = (({3{b22_l10_h0}} & b22_l10_digits[2:0]) | ({3{b22_l10_h1}} & b22_l10_digits[5:3]) | ({3{b22_l10_h2}} & b22_l10_digits[8:6]) | ({3{b22_l10_h3}} & b22_l10_digits[11:9]));
  assign b22_l10_e = {b22_l10_pos, b22_l10_dig[1]};
  assign b22_l10_t = {b22_l10_hit, b22_l10_dig[2], b22_l10_e};
  assign b22_l11_cnt = {3'd0, b22_l11_nzs[0]} + {3'd0, b22_l11_nzs[1]} + {3'd0, b22_l11_nzs[2]} + {3'd0, b22_l11_nzs[3]};
  assign b22_l11_h0 = b22_l11_nzs[0] & (4'd0 == cj11);
  assign b22_l11_n0 = 4'd0 + {3'd0, b22_l11_nzs[0]};
  assign b22_l11_h1 = b22_l11_nzs[1] & (b22_l11_n0 == cj11);
  assign b22_l11_n1 = b22_l11_n0 + {3'd0, b22_l11_nzs[1]};
  assign b22_l11_h2 = b22_l11_nzs[2] & (b22_l11_n1 == cj11);
  assign b22_l11_n2 = b22_l11_n1 + {3'd0, b22_l11_nzs[2]};
  assign b22_l11_h3 = b22_l11_nzs[3] & (b22_l11_n2 == cj11);
  assign b22_l11_hit = b22_l11_h0 | b22_l11_h1 | b22_l11_h2 | b22_l11_h3;
  assign b22_l11_pos = ((b22_l11_h0 ? 2'd0 : 2'd0) | (b22_l11_h1 ? 2'd1 : 2'd0) | (b22_l11_h2 ? 2'd2 : 2'd0) | (b22_l11_h3 ? 2'd3 : 2'd0));
  assign b22_l11_dig = (({3{b22_l11_h0}} & b22_l11_digits[2:0]) | ({3{b22_l11_h1}} & b22_l11_digits[5:3]) | ({3{b22_l11_h2}} & b22_l11_digits[8:6]) | ({3{b22_l11_h3}} & b22_l11_digits[11:9]));
  assign b22_l11_e = {b22_l11_pos, b22_l11_dig[1]};
  assign b22_l11_t = {b22_l11_hit, b22_l11_dig[2], b22_l11_e};
  assign b22_l12_cnt = {3'd0, b22_l12_nzs[0]} + {3'd0, b22_l12_nzs[1]} + {3'd0, b22_l12_nzs[2]} + {3'd0, b22_l12_nzs[3]};
  assign b22_l12_h0 = b22_l12_nzs[0] & (4'd0 == cj12);
  assign b22_l12_n0 = 4'd0 + {3'd0, b22_l12_nzs[0]};
  assign b22_l12_h1 = b22_l12_nzs[1] & (b22_l12_n0 == cj12);
  assign b22_l12_n1 = b22_l12_n0 + {3'd0, b22_l12_nzs[1]};
  assign b22_l12_h2 = b22_l12_nzs[2] & (b22_l12_n1 == cj12);
  assign b22_l12_n2 = b22_l12_n1 + {3'd0, b22_l12_nzs[2]};
  assign b22_l12_h3 = b22_l12_nzs[3] & (b22_l12_n2 == cj12);
  assign b22_l12_hit = b22_l12_h0 | b22_l12_h1 | b22_l12_h2 | b22_l12_h3;
  assign b22_l12_pos = ((b22_l12_h0 ? 2'd0 : 2'd0) | (b22_l12_h1 ? 2'd1 : 2'd0) | (b22_l12_h2 ? 2'd2 : 2'd0) | (b22_l12_h3 ? 2'd3 : 2'd0));
  assign b22_l12_dig = (({3{b22_l12_h0}} & b22_l12_digits[2:0]) | ({3{b22_l12_h1}} & b22_l12_digits[5:3]) | ({3{b22_l12_h2}} & b22_l12_digits[8:6]) | ({3{b22_l12_h3}} & b22_l12_digits[11:9]));
  assign b22_l12_e = {b22_l12_pos, b22_l12_dig[1]};
  assign b22_l12_t = {b22_l12_hit, b22_l12_dig[2], b22_l12_e};
  assign b22_l13_cnt = {3'd0, b22_l13_nzs[0]} + {3'd0, b22_l13_nzs[1]} + {3'd0, b22_l13_nzs[2]} + {3'd0, b22_l13_nzs[3]};
  assign b22_l13_h0 = b22_l13_nzs[0] & (4'd0 == cj13);
  assign b22_l13_n0 = 4'd0 + {3'd0, b22_l13_nzs[0]};
  assign b22_l13_h1 = b22_l13_nzs[1] & (b22_l13_n0 == cj13);
  assign b22_l13_n1 = b22_l13_n0 + {3'd0, b22_l13_nzs[1]};
  assign b22_l13_h2 = b22_l13_nzs[2] & (b22_l13_n1 == cj13);
  assign b22_l13_n2 = b22_l13_n1 + {3'd0, b22_l13_nzs[2]};
  assign b22_l13_h3 = b22_l13_nzs[3] & (b22_l13_n2 == cj13);
  assign b22_l13_hit = b22_l13_h0 | b22_l13_h1 | b22_l13_h2 | b22_l13_h3;
  assign b22_l13_pos = ((b22_l13_h0 ? 2'd0 : 2'd0) | (b22_l13_h1 ? 2'd1 : 2'd0) | (b22_l13_h2 ? 2'd2 : 2'd0) | (b22_l13_h3 ? 2'd3 : 2'd0));
  assign b22_l13_dig = (({3{b22_l13_h0}} & b22_l13_digits[2:0]) | ({3{b22_l13_h1}} & b22_l13_digits[5:3]) | ({3{b22_l13_h2}} & b22_l13_digits[8:6]) | ({3{b22_l13_h3}} & b22_l13_digits[11:9]));
  assign b22_l13_e = {b22_l13_pos, b22_l13_dig[1]};
  assign b22_l13_t = {b22_l13_hit, b22_l13_dig[2], b22_l13_e};
  assign b22_l14_cnt = {3'd0, b22_l14_nzs[0]} + {3'd0, b22_l14_nzs[1]} + {3'd0, b22_l14_nzs[2]} + {3'd0, b22_l14_nzs[3]};
  assign b22_l14_h0 = b22_l14_nzs[0] & (4'd0 == cj14);
  assign b22_l14_n0 = 4'd0 + {3'd0, b22_l14_nzs[0]};
  assign b22_l14_h1 = b22_l14_nzs[1] & (b22_l14_n0 == cj14);
  assign b22_l14_n1 = b22_l14_n0 + {3'd0, b22_l14_nzs[1]};
  assign b22_l14_h2 = b22_l14_nzs[2] & (b22_l14_n1 == cj14);
  assign b22_l14_n2 = b22_l14_n1 + {3'd0, b22_l14_nzs[2]};
  assign b22_l14_h3 = b22_l14_nzs[3] & (b22_l14_n2 == cj14);
  assign b22_l14_hit = b22_l14_h0 | b22_l14_h1 | b22_l14_h2 | b22_l14_h3;
  assign b22_l14_pos = ((b22_l14_h0 ? 2'd0 : 2'd0) | (b22_l14_h1 ? 2'd1 : 2'd0) | (b22_l14_h2 ? 2'd2 : 2'd0) | (b22_l14_h3 ? 2'd3 : 2'd0));
  assign b22_l14_dig = (({3{b22_l14_h0}} & b22_l14_digits[2:0]) | ({3{b22_l14_h1}} & b22_l14_digits[5:3]) | ({3{b22_l14_h2}} & b22_l14_digits[8:6]) | ({3{b22_l14_h3}} & b22_l14_digits[11:9]));
  assign b22_l14_e = {b22_l14_pos, b22_l14_dig[1]};
  assign b22_l14_t = {b22_l14_hit, b22_l14_dig[2], b22_l14_e};
  assign b22_l15_cnt = {3'd0, b22_l15_nzs[0]} + {3'd0, b22_l15_nzs[1]} + {3'd0, b22_l15_nzs[2]} + {3'd0, b22_l15_nzs[3]};
  assign b22_l15_h0 = b22_l15_nzs[0] & (4'd0 == cj15);
  assign b22_l15_n0 = 4'd0 + {3'd0, b22_l15_nzs[0]};
  assign b22_l15_h1 = b22_l15_nzs[1] & (b22_l15_n0 == cj15);
  assign b22_l15_n1 = b22_l15_n0 + {3'd0, b22_l15_nzs[1]};
  assign b22_l15_h2 = b22_l15_nzs[2] & (b22_l15_n1 == cj15);
  assign b22_l15_n2 = b22_l15_n1 + {3'd0, b22_l15_nzs[2]};
  assign b22_l15_h3 = b22_l15_nzs[3] & (b22_l15_n2 == cj15);
  assign b22_l15_hit = b22_l15_h0 | b22_l15_h1 | b22_l15_h2 | b22_l15_h3;
  assign b22_l15_pos = ((b22_l15_h0 ? 2'd0 : 2'd0) | (b22_l15_h1 ? 2'd1 : 2'd0) | (b22_l15_h2 ? 2'd2 : 2'd0) | (b22_l15_h3 ? 2'd3 : 2'd0));
  assign b22_l15_dig = (({3{b22_l15_h0}} & b22_l15_digits[2:0]) | ({3{b22_l15_h1}} & b22_l15_digits[5:3]) | ({3{b22_l15_h2}} & b22_l15_digits[8:6]) | ({3{b22_l15_h3}} & b22_l15_digits[11:9]));
  assign b22_l15_e = {b22_l15_pos, b22_l15_dig[1]};
  assign b22_l15_t = {b22_l15_hit, b22_l15_dig[2], b22_l15_e};
  assign b23_l0_cnt = {3'd0, b23_l0_nzs[0]} + {3'd0, b23_l0_nzs[1]} + {3'd0, b23_l0_nzs[2]} + {3'd0, b23_l0_nzs[3]};
  assign b23_l0_h0 = b23_l0_nzs[0] & (4'd0 == cj0);
  assign b23_l0_n0 = 4'd0 + {3'd0, b23_l0_nzs[0]};
  assign b23_l0_h1 = b23_l0_nzs[1] & (b23_l0_n0 == cj0);
  assign b23_l0_n1 = b23_l0_n0 + {3'd0, b23_l0_nzs[1]};
  assign b23_l0_h2 = b23_l0_nzs[2] & (b23_l0_n1 == cj0);
  assign b23_l0_n2 = b23_l0_n1 + {3'd0, b23_l0_nzs[2]};
  assign b23_l0_h3 = b23_l0_nzs[3] & (b23_l0_n2 == cj0);
  assign b23_l0_hit = b23_l0_h0 | b23_l0_h1 | b23_l0_h2 | b23_l0_h3;
  assign b23_l0_pos = ((b23_l0_h0 ? 2'd0 : 2'd0) | (b23_l0_h1 ? 2'd1 : 2'd0) | (b23_l0_h2 ? 2'd2 : 2'd0) | (b23_l0_h3 ? 2'd3 : 2'd0));
  assign b23_l0_dig = (({3{b23_l0_h0}} & b23_l0_digits[2:0]) | ({3{b23_l0_h1}} & b23_l0_digits[5:3]) | ({3{b23_l0_h2}} & b23_l0_digits[8:6]) | ({3{b23_l0_h3}} & b23_l0_digits[11:9]));
  assign b23_l0_e = {b23_l0_pos, b23_l0_dig[1]};
  assign b23_l0_t = {b23_l0_hit, b23_l0_dig[2], b23_l0_e};
  assign b23_l1_cnt = {3'd0, b23_l1_nzs[0]} + {3'd0, b23_l1_nzs[1]} + {3'd0, b23_l1_nzs[2]} + {3'd0, b23_l1_nzs[3]};
  assign b23_l1_h0 = b23_l1_nzs[0] & (4'd0 == cj1);
  assign b23_l1_n0 = 4'd0 + {3'd0, b23_l1_nzs[0]};
  assign b23_l1_h1 = b23_l1_nzs[1] & (b23_l1_n0 == cj1);
  assign b23_l1_n1 = b23_l1_n0 + {3'd0, b23_l1_nzs[1]};
  assign b23_l1_h2 = b23_l1_nzs[2] & (b23_l1_n1 == cj1);
  assign b23_l1_n2 = b23_l1_n1 + {3'd0, b23_l1_nzs[2]};
  assign b23_l1_h3 = b23_l1_nzs[3] & (b23_l1_n2 == cj1);
  assign b23_l1_hit = b23_l1_h0 | b23_l1_h1 | b23_l1_h2 | b23_l1_h3;
  assign b23_l1_pos = ((b23_l1_h0 ? 2'd0 : 2'd0) | (b23_l1_h1 ? 2'd1 : 2'd0) | (b23_l1_h2 ? 2'd2 : 2'd0) | (b23_l1_h3 ? 2'd3 : 2'd0));
  assign b23_l1_dig = (({3{b23_l1_h0}} & b23_l1_digits[2:0]) | ({3{b23_l1_h1}} & b23_l1_digits[5:3]) | ({3{b23_l1_h2}} & b23_l1_digits[8:6]) | ({3{b23_l1_h3}} & b23_l1_digits[11:9]));
  assign b23_l1_e = {b23_l1_pos, b23_l1_dig[1]};
  assign b23_l1_t = {b23_l1_hit, b23_l1_dig[2], b23_l1_e};
  assign b23_l2_cnt = {3'd0, b23_l2_nzs[0]} + {3'd0, b23_l2_nzs[1]} + {3'd0, b23_l2_nzs[2]} + {3'd0, b23_l2_nzs[3]};
  assign b23_l2_h0 = b23_l2_nzs[0] & (4'd0 == cj2);
  assign b23_l2_n0 = 4'd0 + {3'd0, b23_l2_nzs[0]};
  assign b23_l2_h1 = b23_l2_nzs[1] & (b23_l2_n0 == cj2);
  assign b23_l2_n1 = b23_l2_n0 + {3'd0, b23_l2_nzs[1]};
  assign b23_l2_h2 = b23_l2_nzs[2] & (b23_l2_n1 == cj2);
  assign b23_l2_n2 = b23_l2_n1 + {3'd0, b23_l2_nzs[2]};
  assign b23_l2_h3 = b23_l2_nzs[3] & (b23_l2_n2 == cj2);
  assign b23_l2_hit = b23_l2_h0 | b23_l2_h1 | b23_l2_h2 | b23_l2_h3;
  assign b23_l2_pos = ((b23_l2_h0 ? 2'd0 : 2'd0) | (b23_l2_h1 ? 2'd1 : 2'd0) | (b23_l2_h2 ? 2'd2 : 2'd0) | (b23_l2_h3 ? 2'd3 : 2'd0));
  assign b23_l2_dig = (({3{b23_l2_h0}} & b23_l2_digits[2:0]) | ({3{b23_l2_h1}} & b23_l2_digits[5:3]) | ({3{b23_l2_h2}} & b23_l2_digits[8:6]) | ({3{b23_l2_h3}} & b23_l2_digits[11:9]));
  assign b23_l2_e = {b23_l2_pos, b23_l2_dig[1]};
  assign b23_l2_t = {b23_l2_hit, b23_l2_dig[2], b23_l2_e};
  assign b23_l3_cnt = {3'd0, b23_l3_nzs[0]} + {3'd0, b23_l3_nzs[1]} + {3'd0, b23_l3_nzs[2]} + {3'd0, b23_l3_nzs[3]};
  assign b23_l3_h0 = b23_l3_nzs[0] & (4'd0 == cj3);
  assign b23_l3_n0 = 4'd0 + {3'd0, b23_l3_nzs[0]};
  assign b23_l3_h1 = b23_l3_nzs[1] & (b23_l3_n0 == cj3);
  assign b23_l3_n1 = b23_l3_n0 + {3'd0, b23_l3_nzs[1]};
  assign b23_l3_h2 = b23_l3_nzs[2] & (b23_l3_n1 == cj3);
  assign b23_l3_n2 = b23_l3_n1 + {3'd0, b23_l3_nzs[2]};
  assign b23_l3_h3 = b23_l3_nzs[3] & (b23_l3_n2 == cj3);
  assign b23_l3_hit = b23_l3_h0 | b23_l3_h1 | b23_l3_h2 | b23_l3_h3;
  assign b23_l3_pos = ((b23_l3_h0 ? 2'd0 : 2'd0) | (b23_l3_h1 ? 2'd1 : 2'd0) | (b23_l3_h2 ? 2'd2 : 2'd0) | (b23_l3_h3 ? 2'd3 : 2'd0));
  assign b23_l3_dig = (({3{b23_l3_h0}} & b23_l3_digits[2:0]) | ({3{b23_l3_h1}} & b23_l3_digits[5:3]) | ({3{b23_l3_h2}} & b23_l3_digits[8:6]) | ({3{b23_l3_h3}} & b23_l3_digits[11:9]));
  assign b23_l3_e = {b23_l3_pos, b23_l3_dig[1]};
  assign b23_l3_t = {b23_l3_hit, b23_l3_dig[2], b23_l3_e};
  assign b23_l4_cnt = {3'd0, b23_l4_nzs[0]} + {3'd0, b23_l4_nzs[1]} + {3'd0, b23_l4_nzs[2]} + {3'd0, b23_l4_nzs[3]};
  assign b23_l4_h0 = b23_l4_nzs[0] & (4'd0 == cj4);
  assign b23_l4_n0 = 4'd0 + {3'd0, b23_l4_nzs[0]};
  assign b23_l4_h1 = b23_l4_nzs[1] & (b23_l4_n0 == cj4);
  assign b23_l4_n1 = b23_l4_n0 + {3'd0, b23_l4_nzs[1]};
  assign b23_l4_h2 = b23_l4_nzs[2] & (b23_l4_n1 == cj4);
  assign b23_l4_n2 = b23_l4_n1 + {3'd0, b23_l4_nzs[2]};
  assign b23_l4_h3 = b23_l4_nzs[3] & (b23_l4_n2 == cj4);
  assign b23_l4_hit = b23_l4_h0 | b23_l4_h1 | b23_l4_h2 | b23_l4_h3;
  assign b23_l4_pos = ((b23_l4_h0 ? 2'd0 : 2'd0) | (b23_l4_h1 ? 2'd1 : 2'd0) | (b23_l4_h2 ? 2'd2 : 2'd0) | (b23_l4_h3 ? 2'd3 : 2'd0));
  assign b23_l4_dig = (({3{b23_l4_h0}} & b23_l4_digits[2:0]) | ({3{b23_l4_h1}} & b23_l4_digits[5:3]) | ({3{b23_l4_h2}} & b23_l4_digits[8:6]) | ({3{b23_l4_h3}} & b23_l4_digits[11:9]));
  assign b23_l4_e = {b23_l4_pos, b23_l4_dig[1]};
  assign b23_l4_t = {b23_l4_hit, b23_l4_dig[2], b23_l4_e};
  assign b23_l5_cnt = {3'd0, b23_l5_nzs[0]} + {3'd0, b23_l5_nzs[1]} + {3'd0, b23_l5_nzs[2]} + {3'd0, b23_l5_nzs[3]};
  assign b23_l5_h0 = b23_l5_nzs[0] & (4'd0 == cj5);
  assign b23_l5_n0 = 4'd0 + {3'd0, b23_l5_nzs[0]};
  assign b23_l5_h1 = b23_l5_nzs[1] & (b23_l5_n0 == cj5);
  assign b23_l5_n1 = b23_l5_n0 + {3'd0, b23_l5_nzs[1]};
  assign b23_l5_h2 = b23_l5_nzs[2] & (b23_l5_n1 == cj5);
  assign b23_l5_n2 = b23_l5_n1 + {3'd0, b23_l5_nzs[2]};
  assign b23_l5_h3 = b23_l5_nzs[3] & (b23_l5_n2 == cj5);
  assign b23_l5_hit = b23_l5_h0 | b23_l5_h1 | b23_l5_h2 | b23_l5_h3;
  assign b23_l5_pos = ((b23_l5_h0 ? 2'd0 : 2'd0) | (b23_l5_h1 ? 2'd1 : 2'd0) | (b23_l5_h2 ? 2'd2 : 2'd0) | (b23_l5_h3 ? 2'd3 : 2'd0));
  assign b23_l5_dig = (({3{b23_l5_h0}} & b23_l5_digits[2:0]) | ({3{b23_l5_h1}} & b23_l5_digits[5:3]) | ({3{b23_l5_h2}} & b23_l5_digits[8:6]) | ({3{b23_l5_h3}} & b23_l5_digits[11:9]));
  assign b23_l5_e = {b23_l5_pos, b23_l5_dig[1]};
  assign b23_l5_t = {b23_l5_hit, b23_l5_dig[2], b23_l5_e};
  assign b23_l6_cnt = {3'd0, b23_l6_nzs[0]} + {3'd0, b23_l6_nzs[1]} + {3'd0, b23_l6_nzs[2]} + {3'd0, b23_l6_nzs[3]};
  assign b23_l6_h0 = b23_l6_nzs[0] & (4'd0 == cj6);
  assign b23_l6_n0 = 4'd0 + {3'd0, b23_l6_nzs[0]};
  assign b23_l6_h1 = b23_l6_nzs[1] & (b23_l6_n0 == cj6);
  assign b23_l6_n1 = b23_l6_n0 + {3'd0, b23_l6_nzs[1]};
  assign b23_l6_h2 = b23_l6_nzs[2] & (b23_l6_n1 == cj6);
  assign b23_l6_n2 = b23_l6_n1 + {3'd0, b23_l6_nzs[2]};
  assign b23_l6_h3 = b23_l6_nzs[3] & (b23_l6_n2 == cj6);
  assign b23_l6_hit = b23_l6_h0 | b23_l6_h1 | b23_l6_h2 | b23_l6_h3;
  assign b23_l6_pos = ((b23_l6_h0 ? 2'd0 : 2'd0) | (b23_l6_h1 ? 2'd1 : 2'd0) | (b23_l6_h2 ? 2'd2 : 2'd0) | (b23_l6_h3 ? 2'd3 : 2'd0));
  assign b23_l6_dig = (({3{b23_l6_h0}} & b23_l6_digits[2:0]) | ({3{b23_l6_h1}} & b23_l6_digits[5:3]) | ({3{b23_l6_h2}} & b23_l6_digits[8:6]) | ({3{b23_l6_h3}} & b23_l6_digits[11:9]));
  assign b23_l6_e = {b23_l6_pos, b23_l6_dig[1]};
  assign b23_l6_t = {b23_l6_hit, b23_l6_dig[2], b23_l6_e};
  assign b23_l7_cnt = {3'd0, b23_l7_nzs[0]} + {3'd0, b23_l7_nzs[1]} + {3'd0, b23_l7_nzs[2]} + {3'd0, b23_l7_nzs[3]};
  assign b23_l7_h0 = b23_l7_nzs[0] & (4'd0 == cj7);
  assign b23_l7_n0 = 4'd0 + {3'd0, b23_l7_nzs[0]};
  assign b23_l7_h1 = b23_l7_nzs[1] & (b23_l7_n0 == cj7);
  assign b23_l7_n1 = b23_l7_n0 + {3'd0, b23_l7_nzs[1]};
  assign b23_l7_h2 = b23_l7_nzs[2] & (b23_l7_n1 == cj7);
  assign b23_l7_n2 = b23_l7_n1 + {3'd0, b23_l7_nzs[2]};
  assign b23_l7_h3 = b23_l7_nzs[3] & (b23_l7_n2 == cj7);
  assign b23_l7_hit = b23_l7_h0 | b23_l7_h1 | b23_l7_h2 | b23_l7_h3;
  assign b23_l7_pos = ((b23_l7_h0 ? 2'd0 : 2'd0) | (b23_l7_h1 ? 2'd1 : 2'd0) | (b23_l7_h2 ? 2'd2 : 2'd0) | (b23_l7_h3 ? 2'd3 : 2'd0));
  assign b23_l7_dig = (({3{b23_l7_h0}} & b23_l7_digits[2:0]) | ({3{b23_l7_h1}} & b23_l7_digits[5:3]) | ({3{b23_l7_h2}} & b23_l7_digits[8:6]) | ({3{b23_l7_h3}} & b23_l7_digits[11:9]));
  assign b23_l7_e = {b23_l7_pos, b23_l7_dig[1]};
  assign b23_l7_t = {b23_l7_hit, b23_l7_dig[2], b23_l7_e};
  assign b23_l8_cnt = {3'd0, b23_l8_nzs[0]} + {3'd0, b23_l8_nzs[1]} + {3'd0, b23_l8_nzs[2]} + {3'd0, b23_l8_nzs[3]};
  assign b23_l8_h0 = b23_l8_nzs[0] & (4'd0 == cj8);
  assign b23_l8_n0 = 4'd0 + {3'd0, b23_l8_nzs[0]};
  assign b23_l8_h1 = b23_l8_nzs[1] & (b23_l8_n0 == cj8);
  assign b23_l8_n1 = b23_l8_n0 + {3'd0, b23_l8_nzs[1]};
  assign b23_l8_h2 = b23_l8_nzs[2] & (b23_l8_n1 == cj8);
  assign b23_l8_n2 = b23_l8_n1 + {3'd0, b23_l8_nzs[2]};
  assign b23_l8_h3 = b23_l8_nzs[3] & (b23_l8_n2 == cj8);
  assign b23_l8_hit = b23_l8_h0 | b23_l8_h1 | b23_l8_h2 | b23_l8_h3;
  assign b23_l8_pos = ((b23_l8_h0 ? 2'd0 : 2'd0) | (b23_l8_h1 ? 2'd1 : 2'd0) | (b23_l8_h2 ? 2'd2 : 2'd0) | (b23_l8_h3 ? 2'd3 : 2'd0));
  assign b23_l8_dig = (({3{b23_l8_h0}} & b23_l8_digits[2:0]) | ({3{b23_l8_h1}} & b23_l8_digits[5:3]) | ({3{b23_l8_h2}} & b23_l8_digits[8:6]) | ({3{b23_l8_h3}} & b23_l8_digits[11:9]));
  assign b23_l8_e = {b23_l8_pos, b23_l8_dig[1]};
  assign b23_l8_t = {b23_l8_hit, b23_l8_dig[2], b23_l8_e};
  assign b23_l9_cnt = {3'd0, b23_l9_nzs[0]} + {3'd0, b23_l9_nzs[1]} + {3'd0, b23_l9_nzs[2]} + {3'd0, b23_l9_nzs[3]};
  assign b23_l9_h0 = b23_l9_nzs[0] & (4'd0 == cj9);
  assign b23_l9_n0 = 4'd0 + {3'd0, b23_l9_nzs[0]};
  assign b23_l9_h1 = b23_l9_nzs[1] & (b23_l9_n0 == cj9);
  assign b23_l9_n1 = b23_l9_n0 + {3'd0, b23_l9_nzs[1]};
  assign b23_l9_h2 = b23_l9_nzs[2] & (b23_l9_n1 == cj9);
  assign b23_l9_n2 = b23_l9_n1 + {3'd0, b23_l9_nzs[2]};
  assign b23_l9_h3 = b23_l9_nzs[3] & (b23_l9_n2 == cj9);
  assign b23_l9_hit = b23_l9_h0 | b23_l9_h1 | b23_l9_h2 | b23_l9_h3;
  assign b23_l9_pos = ((b23_l9_h0 ? 2'd0 : 2'd0) | (b23_l9_h1 ? 2'd1 : 2'd0) | (b23_l9_h2 ? 2'd2 : 2'd0) | (b23_l9_h3 ? 2'd3 : 2'd0));
  assign b23_l9_dig = (({3{b23_l9_h0}} & b23_l9_digits[2:0]) | ({3{b23_l9_h1}} & b23_l9_digits[5:3]) | ({3{b23_l9_h2}} & b23_l9_digits[8:6]) | ({3{b23_l9_h3}} & b23_l9_digits[11:9]));
  assign b23_l9_e = {b23_l9_pos, b23_l9_dig[1]};
  assign b23_l9_t = {b23_l9_hit, b23_l9_dig[2], b23_l9_e};
  assign b23_l10_cnt = {3'd0, b23_l10_nzs[0]} + {3'd0, b23_l10_nzs[1]} + {3'd0, b23_l10_nzs[2]} + {3'd0, b23_l10_nzs[3]};
  assign b23_l10_h0 = b23_l10_nzs[0] & (4'd0 == cj10);
  assign b23_l10_n0 = 4'd0 + {3'd0, b23_l10_nzs[0]};
  assign b23_l10_h1 = b23_l10_nzs[1] & (b23_l10_n0 == cj10);
  assign b23_l10_n1 = b23_l10_n0 + {3'd0, b23_l10_nzs[1]};
  assign b23_l10_h2 = b23_l10_nzs[2] & (b23_l10_n1 == cj10);
  assign b23_l10_n2 = b23_l10_n1 + {3'd0, b23_l10_nzs[2]};
  assign b23_l10_h3 = b23_l10_nzs[3] & (b23_l10_n2 == cj10);
  assign b23_l10_hit = b23_l10_h0 | b23_l10_h1 | b23_l10_h2 | b23_l10_h3;
  assign b23_l10_pos = ((b23_l10_h0 ? 2'd0 : 2'd0) | (b23_l10_h1 ? 2'd1 : 2'd0) | (b23_l10_h2 ? 2'd2 : 2'd0) | (b23_l10_h3 ? 2'd3 : 2'd0));
  assign b23_l10_dig = (({3{b23_l10_h0}} & b23_l10_digits[2:0]) | ({3{b23_l10_h1}} & b23_l10_digits[5:3]) | ({3{b23_l10_h2}} & b23_l10_digits[8:6]) | ({3{b23_l10_h3}} & b23_l10_digits[11:9]));
  assign b23_l10_e = {b23_l10_pos, b23_l10_dig[1]};
  assign b23_l10_t = {b23_l10_hit, b23_l10_dig[2], b23_l10_e};
  assign b23_l11_cnt = {3'd0, b23_l11_nzs[0]} + {3'd0, b23_l11_nzs[1]} + {3'd0, b23_l11_nzs[2]} + {3'd0, b23_l11_nzs[3]};
  assign b23_l11_h0 = b23_l11_nzs[0] & (4'd0 == cj11);
  assign b23_l11_n0 = 4'd0 + {3'd0, b23_l11_nzs[0]};
  assign b23_l11_h1 = b23_l11_nzs[1] & (b23_l11_n0 == cj11);
  assign b23_l11_n1 = b23_l11_n0 + {3'd0, b23_l11_nzs[1]};
  assign b23_l11_h2 = b23_l11_nzs[2] & (b23_l11_n1 == cj11);
  assign b23_l11_n2 = b23_l11_n1 + {3'd0, b23_l11_nzs[2]};
  assign b23_l11_h3 = b23_l11_nzs[3] & (b23_l11_n2 == cj11);
  assign b23_l11_hit = b23_l11_h0 | b23_l11_h1 | b23_l11_h2 | b23_l11_h3;
  assign b23_l11_pos = ((b23_l11_h0 ? 2'd0 : 2'd0) | (b23_l11_h1 ? 2'd1 : 2'd0) | (b23_l11_h2 ? 2'd2 : 2'd0) | (b23_l11_h3 ? 2'd3 : 2'd0));
  assign b23_l11_dig = (({3{b23_l11_h0}} & b23_l11_digits[2:0]) | ({3{b23_l11_h1}} & b23_l11_digits[5:3]) | ({3{b23_l11_h2}} & b23_l11_digits[8:6]) | ({3{b23_l11_h3}} & b23_l11_digits[11:9]));
  assign b23_l11_e = {b23_l11_pos, b23_l11_dig[1]};
  assign b23_l11_t = {b23_l11_hit, b23_l11_dig[2], b23_l11_e};
  assign b23_l12_cnt = {3'd0, b23_l12_nzs[0]} + {3'd0, b23_l12_nzs[1]} + {3'd0, b23_l12_nzs[2]} + {3'd0, b23_l12_nzs[3]};
  assign b23_l12_h0 = b23_l12_nzs[0] & (4'd0 == cj12);
  assign b23_l12_n0 = 4'd0 + {3'd0, b23_l12_nzs[0]};
  assign b23_l12_h1 = b23_l12_nzs[1] & (b23_l12_n0 == cj12);
  assign b23_l12_n1 = b23_l12_n0 + {3'd0, b23_l12_nzs[1]};
  assign b23_l12_h2 = b23_l12_nzs[2] & (b23_l12_n1 == cj12);
  assign b23_l12_n2 = b23_l12_n1 + {3'd0, b23_l12_nzs[2]};
  assign b23_l12_h3 = b23_l12_nzs[3] & (b23_l12_n2 == cj12);
  assign b23_l12_hit = b23_l12_h0 | b23_l12_h1 | b23_l12_h2 | b23_l12_h3;
  assign b23_l12_pos = ((b23_l12_h0 ? 2'd0 : 2'd0) | (b23_l12_h1 ? 2'd1 : 2'd0) | (b23_l12_h2 ? 2'd2 : 2'd0) | (b23_l12_h3 ? 2'd3 : 2'd0));
  assign b23_l12_dig = (({3{b23_l12_h0}} & b23_l12_digits[2:0]) | ({3{b23_l12_h1}} & b23_l12_digits[5:3]) | ({3{b23_l12_h2}} & b23_l12_digits[8:6]) | ({3{b23_l12_h3}} & b23_l12_digits[11:9]));
  assign b23_l12_e = {b23_l12_pos, b23_l12_dig[1]};
  assign b23_l12_t = {b23_l12_hit, b23_l12_dig[2], b23_l12_e};
  assign b23_l13_cnt = {3'd0, b23_l13_nzs[0]} + {3'd0, b23_l13_nzs[1]} + {3'd0, b23_l13_nzs[2]} + {3'd0, b23_l13_nzs[3]};
  assign b23_l13_h0 = b23_l13_nzs[0] & (4'd0 == cj13);
  assign b23_l13_n0 = 4'd0 + {3'd0, b23_l13_nzs[0]};
  assign b23_l13_h1 = b23_l13_nzs[1] & (b23_l13_n0 == cj13);
  assign b23_l13_n1 = b23_l13_n0 + {3'd0, b23_l13_nzs[1]};
  assign b23_l13_h2 = b23_l13_nzs[2] & (b23_l13_n1 == cj13);
  assign b23_l13_n2 = b23_l13_n1 + {3'd0, b23_l13_nzs[2]};
  assign b23_l13_h3 = b23_l13_nzs[3] & (b23_l13_n2 == cj13);
  assign b23_l13_hit = b23_l13_h0 | b23_l13_h1 | b23_l13_h2 | b23_l13_h3;
  assign b23_l13_pos = ((b23_l13_h0 ? 2'd0 : 2'd0) | (b23_l13_h1 ? 2'd1 : 2'd0) | (b23_l13_h2 ? 2'd2 : 2'd0) | (b23_l13_h3 ? 2'd3 : 2'd0));
  assign b23_l13_dig = (({3{b23_l13_h0}} & b23_l13_digits[2:0]) | ({3{b23_l13_h1}} & b23_l13_digits[5:3]) | ({3{b23_l13_h2}} & b23_l13_digits[8:6]) | ({3{b23_l13_h3}} & b23_l13_digits[11:9]));
  assign b23_l13_e = {b23_l13_pos, b23_l13_dig[1]};
  assign b23_l13_t = {b23_l13_hit, b23_l13_dig[2], b23_l13_e};
  assign b23_l14_cnt = {3'd0, b23_l14_nzs[0]} + {3'd0, b23_l14_nzs[1]} + {3'd0, b23_l14_nzs[2]} + {3'd0, b23_l14_nzs[3]};
  assign b23_l14_h0 = b23_l14_nzs[0] & (4'd0 == cj14);
  assign b23_l14_n0 = 4'd0 + {3'd0, b23_l14_nzs[0]};
  assign b23_l14_h1 = b23_l14_nzs[1] & (b23_l14_n0 == cj14);
  assign b23_l14_n1 = b23_l14_n0 + {3'd0, b23_l14_nzs[1]};
  assign b23_l14_h2 = b23_l14_nzs[2] & (b23_l14_n1 == cj14);
  assign b23_l14_n2 = b23_l14_n1 + {3'd0, b23_l14_nzs[2]};
  assign b23_l14_h3 = b23_l14_nzs[3] & (b23_l14_n2 == cj14);
  assign b23_l14_hit = b23_l14_h0 | b23_l14_h1 | b23_l14_h2 | b23_l14_h3;
  assign b23_l14_pos = ((b23_l14_h0 ? 2'd0 : 2'd0) | (b23_l14_h1 ? 2'd1 : 2'd0) | (b23_l14_h2 ? 2'd2 : 2'd0) | (b23_l14_h3 ? 2'd3 : 2'd0));
  assign b23_l14_dig = (({3{b23_l14_h0}} & b23_l14_digits[2:0]) | ({3{b23_l14_h1}} & b23_l14_digits[5:3]) | ({3{b23_l14_h2}} & b23_l14_digits[8:6]) | ({3{b23_l14_h3}} & b23_l14_digits[11:9]));
  assign b23_l14_e = {b23_l14_pos, b23_l14_dig[1]};
  assign b23_l14_t = {b23_l14_hit, b23_l14_dig[2], b23_l14_e};
  assign b23_l15_cnt = {3'd0, b23_l15_nzs[0]} + {3'd0, b23_l15_nzs[1]} + {3'd0, b23_l15_nzs[2]} + {3'd0, b23_l15_nzs[3]};
  assign b23_l15_h0 = b23_l15_nzs[0] & (4'd0 == cj15);
  assign b23_l15_n0 = 4'd0 + {3'd0, b23_l15_nzs[0]};
  assign b23_l15_h1 = b23_l15_nzs[1] & (b23_l15_n0 == cj15);
  assign b23_l15_n1 = b23_l15_n0 + {3'd0, b23_l15_nzs[1]};
  assign b23_l15_h2 = b23_l15_nzs[2] & (b23_l15_n1 == cj15);
  assign b23_l15_n2 = b23_l15_n1 + {3'd0, b23_l15_nzs[2]};
  assign b23_l15_h3 = b23_l15_nzs[3] & (b23_l15_n2 == cj15);
  assign b23_l15_hit = b23_l15_h0 | b23_l15_h1 | b23_l15_h2 | b23_l15_h3;
  assign b23_l15_pos = ((b23_l15_h0 ? 2'd0 : 2'd0) | (b23_l15_h1 ? 2'd1 : 2'd0) | (b23_l15_h2 ? 2'd2 : 2'd0) | (b23_l15_h3 ? 2'd3 : 2'd0));
  assign b23_l15_dig = (({3{b23_l15_h0}} & b23_l15_digits[2:0]) | ({3{b23_l15_h1}} & b23_l15_digits[5:3]) | ({3{b23_l15_h2}} & b23_l15_digits[8:6]) | ({3{b23_l15_h3}} & b23_l15_digits[11:9]));
  assign b23_l15_e = {b23_l15_pos, b23_l15_dig[1]};
  assign b23_l15_t = {b23_l15_hit, b23_l15_dig[2], b23_l15_e};
  assign b24_l0_cnt = {3'd0, b24_l0_nzs[0]} + {3'd0, b24_l0_nzs[1]} + {3'd0, b24_l0_nzs[2]} + {3'd0, b24_l0_nzs[3]};
  assign b24_l0_h0 = b24_l0_nzs[0] & (4'd0 == cj0);
  assign b24_l0_n0 = 4'd0 + {3'd0, b24_l0_nzs[0]};
  assign b24_l0_h1 = b24_l0_nzs[1] & (b24_l0_n0 == cj0);
  assign b24_l0_n1 = b24_l0_n0 + {3'd0, b24_l0_nzs[1]};
  assign b24_l0_h2 = b24_l0_nzs[2] & (b24_l0_n1 == cj0);
  assign b24_l0_n2 = b24_l0_n1 + {3'd0, b24_l0_nzs[2]};
  assign b24_l0_h3 = b24_l0_nzs[3] & (b24_l0_n2 == cj0);
  assign b24_l0_hit = b24_l0_h0 | b24_l0_h1 | b24_l0_h2 | b24_l0_h3;
  assign b24_l0_pos = ((b24_l0_h0 ? 2'd0 : 2'd0) | (b24_l0_h1 ? 2'd1 : 2'd0) | (b24_l0_h2 ? 2'd2 : 2'd0) | (b24_l0_h3 ? 2'd3 : 2'd0));
  assign b24_l0_dig = (({3{b24_l0_h0}} & b24_l0_digits[2:0]) | ({3{b24_l0_h1}} & b24_l0_digits[5:3]) | ({3{b24_l0_h2}} & b24_l0_digits[8:6]) | ({3{b24_l0_h3}} & b24_l0_digits[11:9]));
  assign b24_l0_e = {b24_l0_pos, b24_l0_dig[1]};
  assign b24_l0_t = {b24_l0_hit, b24_l0_dig[2], b24_l0_e};
  assign b24_l1_cnt = {3'd0, b24_l1_nzs[0]} + {3'd0, b24_l1_nzs[1]} + {3'd0, b24_l1_nzs[2]} + {3'd0, b24_l1_nzs[3]};
  assign b24_l1_h0 = b24_l1_nzs[0] & (4'd0 == cj1);
  assign b24_l1_n0 = 4'd0 + {3'd0, b24_l1_nzs[0]};
  assign b24_l1_h1 = b24_l1_nzs[1] & (b24_l1_n0 == cj1);
  assign b24_l1_n1 = b24_l1_n0 + {3'd0, b24_l1_nzs[1]};
  assign b24_l1_h2 = b24_l1_nzs[2] & (b24_l1_n1 == cj1);
  assign b24_l1_n2 = b24_l1_n1 + {3'd0, b24_l1_nzs[2]};
  assign b24_l1_h3 = b24_l1_nzs[3] & (b24_l1_n2 == cj1);
  assign b24_l1_hit = b24_l1_h0 | b24_l1_h1 | b24_l1_h2 | b24_l1_h3;
  assign b24_l1_pos = ((b24_l1_h0 ? 2'd0 : 2'd0) | (b24_l1_h1 ? 2'd1 : 2'd0) | (b24_l1_h2 ? 2'd2 : 2'd0) | (b24_l1_h3 ? 2'd3 : 2'd0));
  assign b24_l1_dig = (({3{b24_l1_h0}} & b24_l1_digits[2:0]) | ({3{b24_l1_h1}} & b24_l1_digits[5:3]) | ({3{b24_l1_h2}} & b24_l1_digits[8:6]) | ({3{b24_l1_h3}} & b24_l1_digits[11:9]));
  assign b24_l1_e = {b24_l1_pos, b24_l1_dig[1]};
  assign b24_l1_t = {b24_l1_hit, b24_l1_dig[2], b24_l1_e};
  assign b24_l2_cnt = {3'd0, b24_l2_nzs[0]} + {3'd0, b24_l2_nzs[1]} + {3'd0, b24_l2_nzs[2]} + {3'd0, b24_l2_nzs[3]};
  assign b24_l2_h0 = b24_l2_nzs[0] & (4'd0 == cj2);
  assign b24_l2_n0 = 4'd0 + {3'd0, b24_l2_nzs[0]};
  assign b24_l2_h1 = b24_l2_nzs[1] & (b24_l2_n0 == cj2);
  assign b24_l2_n1 = b24_l2_n0 + {3'd0, b24_l2_nzs[1]};
  assign b24_l2_h2 = b24_l2_nzs[2] & (b24_l2_n1 == cj2);
  assign b24_l2_n2 = b24_l2_n1 + {3'd0, b24_l2_nzs[2]};
  assign b24_l2_h3 = b24_l2_nzs[3] & (b24_l2_n2 == cj2);
  assign b24_l2_hit = b24_l2_h0 | b24_l2_h1 | b24_l2_h2 | b24_l2_h3;
  assign b24_l2_pos = ((b24_l2_h0 ? 2'd0 : 2'd0) | (b24_l2_h1 ? 2'd1 : 2'd0) | (b24_l2_h2 ? 2'd2 : 2'd0) | (b24_l2_h3 ? 2'd3 : 2'd0));
  assign b24_l2_dig = (({3{b24_l2_h0}} & b24_l2_digits[2:0]) | ({3{b24_l2_h1}} & b24_l2_digits[5:3]) | ({3{b24_l2_h2}} & b24_l2_digits[8:6]) | ({3{b24_l2_h3}} & b24_l2_digits[11:9]));
  assign b24_l2_e = {b24_l2_pos, b24_l2_dig[1]};
  assign b24_l2_t = {b24_l2_hit, b24_l2_dig[2], b24_l2_e};
  assign b24_l3_cnt = {3'd0, b24_l3_nzs[0]} + {3'd0, b24_l3_nzs[1]} + {3'd0, b24_l3_nzs[2]} + {3'd0, b24_l3_nzs[3]};
  assign b24_l3_h0 = b24_l3_nzs[0] & (4'd0 == cj3);
  assign b24_l3_n0 = 4'd0 + {3'd0, b24_l3_nzs[0]};
  assign b24_l3_h1 = b24_l3_nzs[1] & (b24_l3_n0 == cj3);
  assign b24_l3_n1 = b24_l3_n0 + {3'd0, b24_l3_nzs[1]};
  assign b24_l3_h2 = b24_l3_nzs[2] & (b24_l3_n1 == cj3);
  assign b24_l3_n2 = b24_l3_n1 + {3'd0, b24_l3_nzs[2]};
  assign b24_l3_h3 = b24_l3_nzs[3] & (b24_l3_n2 == cj3);
  assign b24_l3_hit = b24_l3_h0 | b24_l3_h1 | b24_l3_h2 | b24_l3_h3;
  assign b24_l3_pos = ((b24_l3_h0 ? 2'd0 : 2'd0) | (b24_l3_h1 ? 2'd1 : 2'd0) | (b24_l3_h2 ? 2'd2 : 2'd0) | (b24_l3_h3 ? 2'd3 : 2'd0));
  assign b24_l3_dig = (({3{b24_l3_h0}} & b24_l3_digits[2:0]) | ({3{b24_l3_h1}} & b24_l3_digits[5:3]) | ({3{b24_l3_h2}} & b24_l3_digits[8:6]) | ({3{b24_l3_h3}} & b24_l3_digits[11:9]));
  assign b24_l3_e = {b24_l3_pos, b24_l3_dig[1]};
  assign b24_l3_t = {b24_l3_hit, b24_l3_dig[2], b24_l3_e};
  assign b24_l4_cnt = {3'd0, b24_l4_nzs[0]} + {3'd0, b24_l4_nzs[1]} + {3'd0, b24_l4_nzs[2]} + {3'd0, b24_l4_nzs[3]};
  assign b24_l4_h0 = b24_l4_nzs[0] & (4'd0 == cj4);
  assign b24_l4_n0 = 4'd0 + {3'd0, b24_l4_nzs[0]};
  assign b24_l4_h1 = b24_l4_nzs[1] & (b24_l4_n0 == cj4);
  assign b24_l4_n1 = b24_l4_n0 + {3'd0, b24_l4_nzs[1]};
  assign b24_l4_h2 = b24_l4_nzs[2] & (b24_l4_n1 == cj4);
  assign b24_l4_n2 = b24_l4_n1 + {3'd0, b24_l4_nzs[2]};
  assign b24_l4_h3 = b24_l4_nzs[3] & (b24_l4_n2 == cj4);
  assign b24_l4_hit = b24_l4_h0 | b24_l4_h1 | b24_l4_h2 | b24_l4_h3;
  assign b24_l4_pos = ((b24_l4_h0 ? 2'd0 : 2'd0) | (b24_l4_h1 ? 2'd1 : 2'd0) | (b24_l4_h2 ? 2'd2 : 2'd0) | (b24_l4_h3 ? 2'd3 : 2'd0));
  assign b24_l4_dig = (({3{b24_l4_h0}} & b24_l4_digits[2:0]) | ({3{b24_l4_h1}} & b24_l4_digits[5:3]) | ({3{b24_l4_h2}} & b24_l4_digits[8:6]) | ({3{b24_l4_h3}} & b24_l4_digits[11:9]));
  assign b24_l4_e = {b24_l4_pos, b24_l4_dig[1]};
  assign b24_l4_t = {b24_l4_hit, b24_l4_dig[2], b24_l4_e};
  assign b24_l5_cnt = {3'd0, b24_l5_nzs[0]} + {3'd0, b24_l5_nzs[1]} + {3'd0, b24_l5_nzs[2]} + {3'd0, b24_l5_nzs[3]};
  assign b24_l5_h0 = b24_l5_nzs[0] & (4'd0 == cj5);
  assign b24_l5_n0 = 4'd0 + {3'd0, b24_l5_nzs[0]};
  assign b24_l5_h1 = b24_l5_nzs[1] & (b24_l5_n0 == cj5);
  assign b24_l5_n1 = b24_l5_n0 + {3'd0, b24_l5_nzs[1]};
  assign b24_l5_h2 = b24_l5_nzs[2] & (b24_l5_n1 == cj5);
  assign b24_l5_n2 = b24_l5_n1 + {3'd0, b24_l5_nzs[2]};
  assign b24_l5_h3 = b24_l5_nzs[3] & (b24_l5_n2 == cj5);
  assign b24_l5_hit = b24_l5_h0 | b24_l5_h1 | b24_l5_h2 | b24_l5_h3;
  assign b24_l5_pos = ((b24_l5_h0 ? 2'd0 : 2'd0) | (b24_l5_h1 ? 2'd1 : 2'd0) | (b24_l5_h2 ? 2'd2 : 2'd0) | (b24_l5_h3 ? 2'd3 : 2'd0));
  assign b24_l5_dig = (({3{b24_l5_h0}} & b24_l5_digits[2:0]) | ({3{b24_l5_h1}} & b24_l5_digits[5:3]) | ({3{b24_l5_h2}} & b24_l5_digits[8:6]) | ({3{b24_l5_h3}} & b24_l5_digits[11:9]));
  assign b24_l5_e = {b24_l5_pos, b24_l5_dig[1]};
  assign b24_l5_t = {b24_l5_hit, b24_l5_dig[2], b24_l5_e};
  assign b24_l6_cnt = {3'd0, b24_l6_nzs[0]} + {3'd0, b24_l6_nzs[1]} + {3'd0, b24_l6_nzs[2]} + {3'd0, b24_l6_nzs[3]};
  assign b24_l6_h0 = b24_l6_nzs[0] & (4'd0 == cj6);
  assign b24_l6_n0 = 4'd0 + {3'd0, b24_l6_nzs[0]};
  assign b24_l6_h1 = b24_l6_nzs[1] & (b24_l6_n0 == cj6);
  assign b24_l6_n1 = b24_l6_n0 + {3'd0, b24_l6_nzs[1]};
  assign b24_l6_h2 = b24_l6_nzs[2] & (b24_l6_n1 == cj6);
  assign b24_l6_n2 = b24_l6_n1 + {3'd0, b24_l6_nzs[2]};
  assign b24_l6_h3 = b24_l6_nzs[3] & (b24_l6_n2 == cj6);
  assign b24_l6_hit = b24_l6_h0 | b24_l6_h1 | b24_l6_h2 | b24_l6_h3;
  assign b24_l6_pos = ((b24_l6_h0 ? 2'd0 : 2'd0) | (b24_l6_h1 ? 2'd1 : 2'd0) | (b24_l6_h2 ? 2'd2 : 2'd0) | (b24_l6_h3 ? 2'd3 : 2'd0));
  assign b24_l6_dig = (({3{b24_l6_h0}} & b24_l6_digits[2:0]) | ({3{b24_l6_h1}} & b24_l6_digits[5:3]) | ({3{b24_l6_h2}} & b24_l6_digits[8:6]) | ({3{b24_l6_h3}} & b24_l6_digits[11:9]));
  assign b24_l6_e = {b24_l6_pos, b24_l6_dig[1]};
  assign b24_l6_t = {b24_l6_hit, b24_l6_dig[2], b24_l6_e};
  assign b24_l7_cnt = {3'd0, b24_l7_nzs[0]} + {3'd0, b24_l7_nzs[1]} + {3'd0, b24_l7_nzs[2]} + {3'd0, b24_l7_nzs[3]};
  assign b24_l7_h0 = b24_l7_nzs[0] & (4'd0 == cj7);
  assign b24_l7_n0 = 4'd0 + {3'd0, b24_l7_nzs[0]};
  assign b24_l7_h1 = b24_l7_nzs[1] & (b24_l7_n0 == cj7);
  assign b24_l7_n1 = b24_l7_n0 + {3'd0, b24_l7_nzs[1]};
  assign b24_l7_h2 = b24_l7_nzs[2] & (b24_l7_n1 == cj7);
  assign b24_l7_n2 = b24_l7_n1 + {3'd0, b24_l7_nzs[2]};
  assign b24_l7_h3 = b24_l7_nzs[3] & (b24_l7_n2 == cj7);
  assign b24_l7_hit = b24_l7_h0 | b24_l7_h1 | b24_l7_h2 | b24_l7_h3;
  assign b24_l7_pos = ((b24_l7_h0 ? 2'd0 : 2'd0) | (b24_l7_h1 ? 2'd1 : 2'd0) | (b24_l7_h2 ? 2'd2 : 2'd0) | (b24_l7_h3 ? 2'd3 : 2'd0));
  assign b24_l7_dig = (({3{b24_l7_h0}} & b24_l7_digits[2:0]) | ({3{b24_l7_h1}} & b24_l7_digits[5:3]) | ({3{b24_l7_h2}} & b24_l7_digits[8:6]) | ({3{b24_l7_h3}} & b24_l7_digits[11:9]));
  assign b24_l7_e = {b24_l7_pos, b24_l7_dig[1]};
  assign b24_l7_t = {b24_l7_hit, b24_l7_dig[2], b24_l7_e};
  assign b24_l8_cnt = {3'd0, b24_l8_nzs[0]} + {3'd0, b24_l8_nzs[1]} + {3'd0, b24_l8_nzs[2]} + {3'd0, b24_l8_nzs[3]};
  assign b24_l8_h0 = b24_l8_nzs[0] & (4'd0 == cj8);
  assign b24_l8_n0 = 4'd0 + {3'd0, b24_l8_nzs[0]};
  assign b24_l8_h1 = b24_l8_nzs[1] & (b24_l8_n0 == cj8);
  assign b24_l8_n1 = b24_l8_n0 + {3'd0, b24_l8_nzs[1]};
  assign b24_l8_h2 = b24_l8_nzs[2] & (b24_l8_n1 == cj8);
  assign b24_l8_n2 = b24_l8_n1 + {3'd0, b24_l8_nzs[2]};
  assign b24_l8_h3 = b24_l8_nzs[3] & (b24_l8_n2 == cj8);
  assign b24_l8_hit = b24_l8_h0 | b24_l8_h1 | b24_l8_h2 | b24_l8_h3;
  assign b24_l8_pos = ((b24_l8_h0 ? 2'd0 : 2'd0) | (b24_l8_h1 ? 2'd1 : 2'd0) | (b24_l8_h2 ? 2'd2 : 2'd0) | (b24_l8_h3 ? 2'd3 : 2'd0));
  assign b24_l8_dig = (({3{b24_l8_h0}} & b24_l8_digits[2:0]) | ({3{b24_l8_h1}} & b24_l8_digits[5:3]) | ({3{b24_l8_h2}} & b24_l8_digits[8:6]) | ({3{b24_l8_h3}} & b24_l8_digits[11:9]));
  assign b24_l8_e = {b24_l8_pos, b24_l8_dig[1]};
  assign b24_l8_t = {b24_l8_hit, b24_l8_dig[2], b24_l8_e};
  assign b24_l9_cnt = {3'd0, b24_l9_nzs[0]} + {3'd0, b24_l9_nzs[1]} + {3'd0, b24_l9_nzs[2]} + {3'd0, b24_l9_nzs[3]};
  assign b24_l9_h0 = b24_l9_nzs[0] & (4'd0 == cj9);
  assign b24_l9_n0 = 4'd0 + {3'd0, b24_l9_nzs[0]};
  assign b24_l9_h1 = b24_l9_nzs[1] & (b24_l9_n0 == cj9);
  assign b24_l9_n1 = b24_l9_n0 + {3'd0, b24_l9_nzs[1]};
  assign b24_l9_h2 = b24_l9_nzs[2] & (b24_l9_n1 == cj9);
  assign b24_l9_n2 = b24_l9_n1 + {3'd0, b24_l9_nzs[2]};
  assign b24_l9_h3 = b24_l9_nzs[3] & (b24_l9_n2 == cj9);
  assign b24_l9_hit = b24_l9_h0 | b24_l9_h1 | b24_l9_h2 | b24_l9_h3;
  assign b24_l9_pos = ((b24_l9_h0 ? 2'd0 : 2'd0) | (b24_l9_h1 ? 2'd1 : 2'd0) | (b24_l9_h2 ? 2'd2 : 2'd0) | (b24_l9_h3 ? 2'd3 : 2'd0));
  assign b24_l9_dig = (({3{b24_l9_h0}} & b24_l9_digits[2:0]) | ({3{b24_l9_h1}} & b24_l9_digits[5:3]) | ({3{b24_l9_h2}} & b24_l9_digits[8:6]) | ({3{b24_l9_h3}} & b24_l9_digits[11:9]));
  assign b24_l9_e = {b24_l9_pos, b24_l9_dig[1]};
  assign b24_l9_t = {b24_l9_hit, b24_l9_dig[2], b24_l9_e};
  assign b24_l10_cnt = {3'd0, b24_l10_nzs[0]} + {3'd0, b24_l10_nzs[1]} + {3'd0, b24_l10_nzs[2]} + {3'd0, b24_l10_nzs[3]};
  assign b24_l10_h0 = b24_l10_nzs[0] & (4'd0 == cj10);
  assign b24_l10_n0 = 4'd0 + {3'd0, b24_l10_nzs[0]};
  assign b24_l10_h1 = b24_l10_nzs[1] & (b24_l10_n0 == cj10);
  assign b24_l10_n1 = b24_l10_n0 + {3'd0, b24_l10_nzs[1]};
  assign b24_l10_h2 = b24_l10_nzs[2] & (b24_l10_n1 == cj10);
  assign b24_l10_n2 = b24_l10_n1 + {3'd0, b24_l10_nzs[2]};
  assign b24_l10_h3 = b24_l10_nzs[3] & (b24_l10_n2 == cj10);
  assign b24_l10_hit = b24_l10_h0 | b24_l10_h1 | b24_l10_h2 | b24_l10_h3;
  assign b24_l10_pos = ((b24_l10_h0 ? 2'd0 : 2'd0) | (b24_l10_h1 ? 2'd1 : 2'd0) | (b24_l10_h2 ? 2'd2 : 2'd0) | (b24_l10_h3 ? 2'd3 : 2'd0));
  assign b24_l10_dig = (({3{b24_l10_h0}} & b24_l10_digits[2:0]) | ({3{b24_l10_h1}} & b24_l10_digits[5:3]) | ({3{b24_l10_h2}} & b24_l10_digits[8:6]) | ({3{b24_l10_h3}} & b24_l10_digits[11:9]));
  assign b24_l10_e = {b24_l10_pos, b24_l10_dig[1]};
  assign b24_l10_t = {b24_l10_hit, b24_l10_dig[2], b24_l10_e};
  assign b24_l11_cnt = {3'd0, b24_l11_nzs[0]} + {3'd0, b24_l11_nzs[1]} + {3'd0, b24_l11_nzs[2]} + {3'd0, b24_l11_nzs[3]};
  assign b24_l11_h0 = b24_l11_nzs[0] & (4'd0 == cj11);
  assign b24_l11_n0 = 4'd0 + {3'd0, b24_l11_nzs[0]};
  assign b24_l11_h1 = b24_l11_nzs[1] & (b24_l11_n0 == cj11);
  assign b24_l11_n1 = b24_l11_n0 + {3'd0, b24_l11_nzs[1]};
  assign b24_l11_h2 = b24_l11_nzs[2] & (b24_l11_n1 == cj11);
  assign b24_l11_n2 = b24_l11_n1 + {3'd0, b24_l11_nzs[2]};
  assign b24_l11_h3 = b24_l11_nzs[3] & (b24_l11_n2 == cj11);
  assign b24_l11_hit = b24_l11_h0 | b24_l11_h1 | b24_l11_h2 | b24_l11_h3;
  assign b24_l11_pos = ((b24_l11_h0 ? 2'd0 : 2'd0) | (b24_l11_h1 ? 2'd1 : 2'd0) | (b24_l11_h2 ? 2'd2 : 2'd0) | (b24_l11_h3 ? 2'd3 : 2'd0));
  assign b24_l11_dig = (({3{b24_l11_h0}} & b24_l11_digits[2:0]) | ({3{b24_l11_h1}} & b24_l11_digits[5:3]) | ({3{b24_l11_h2}} & b24_l11_digits[8:6]) | ({3{b24_l11_h3}} & b24_l11_digits[11:9]));
  assign b24_l11_e = {b24_l11_pos, b24_l11_dig[1]};
  assign b24_l11_t = {b24_l11_hit, b24_l11_dig[2], b24_l11_e};
  assign b24_l12_cnt = {3'd0, b24_l12_nzs[0]} + {3'd0, b24_l12_nzs[1]} + {3'd0, b24_l12_nzs[2]} + {3'd0, b24_l12_nzs[3]};
  assign b24_l12_h0 = b24_l12_nzs[0] & (4'd0 == cj12);
  assign b24_l12_n0 = 4'd0 + {3'd0, b24_l12_nzs[0]};
  assign b24_l12_h1 = b24_l12_nzs[1] & (b24_l12_n0 == cj12);
  assign b24_l12_n1 = b24_l12_n0 + {3'd0, b24_l12_nzs[1]};
  assign b24_l12_h2 = b24_l12_nzs[2] & (b24_l12_n1 == cj12);
  assign b24_l12_n2 = b24_l12_n1 + {3'd0, b24_l12_nzs[2]};
  assign b24_l12_h3 = b24_l12_nzs[3] & (b24_l12_n2 == cj12);
  assign b24_l12_hit = b24_l12_h0 | b24_l12_h1 | b24_l12_h2 | b24_l12_h3;
  assign b24_l12_pos = ((b24_l12_h0 ? 2'd0 : 2'd0) | (b24_l12_h1 ? 2'd1 : 2'd0) | (b24_l12_h2 ? 2'd2 : 2'd0) | (b24_l12_h3 ? 2'd3 : 2'd0));
  assign b24_l12_dig = (({3{b24_l12_h0}} & b24_l12_digits[2:0]) | ({3{b24_l12_h1}} & b24_l12_digits[5:3]) | ({3{b24_l12_h2}} & b24_l12_digits[8:6]) | ({3{b24_l12_h3}} & b24_l12_digits[11:9]));
  assign b24_l12_e = {b24_l12_pos, b24_l12_dig[1]};
  assign b24_l12_t = {b24_l12_hit, b24_l12_dig[2], b24_l12_e};
  assign b24_l13_cnt = {3'd0, b24_l13_nzs[0]} + {3'd0, b24_l13_nzs[1]} + {3'd0, b24_l13_nzs[2]} + {3'd0, b24_l13_nzs[3]};
  assign b24_l13_h0 = b24_l13_nzs[0] & (4'd0 == cj13);
  assign b24_l13_n0 = 4'd0 + {3'd0, b24_l13_nzs[0]};
  assign b24_l13_h1 = b24_l13_nzs[1] & (b24_l13_n0 == cj13);
  assign b24_l13_n1 = b24_l13_n0 + {3'd0, b24_l13_nzs[1]};
  assign b24_l13_h2 = b24_l13_nzs[2] & (b24_l13_n1 == cj13);
  assign b24_l13_n2 = b24_l13_n1 + {3'd0, b24_l13_nzs[2]};
  assign b24_l13_h3 = b24_l13_nzs[3] & (b24_l13_n2 == cj13);
  assign b24_l13_hit = b24_l13_h0 | b24_l13_h1 | b24_l13_h2 | b24_l13_h3;
  assign b24_l13_pos = ((b24_l13_h0 ? 2'd0 : 2'd0) | (b24_l13_h1 ? 2'd1 : 2'd0) | (b24_l13_h2 ? 2'd2 : 2'd0) | (b24_l13_h3 ? 2'd3 : 2'd0));
  assign b24_l13_dig = (({3{b24_l13_h0}} & b24_l13_digits[2:0]) | ({3{b24_l13_h1}} & b24_l13_digits[5:3]) | ({3{b24_l13_h2}} & b24_l13_digits[8:6]) | ({3{b24_l13_h3}} & b24_l13_digits[11:9]));
  assign b24_l13_e = {b24_l13_pos, b24_l13_dig[1]};
  assign b24_l13_t = {b24_l13_hit, b24_l13_dig[2], b24_l13_e};
  assign b24_l14_cnt = {3'd0, b24_l14_nzs[0]} + {3'd0, b24_l14_nzs[1]} + {3'd0, b24_l14_nzs[2]} + {3'd0, b24_l14_nzs[3]};
  assign b24_l14_h0 = b24_l14_nzs[0] & (4'd0 == cj14);
  assign b24_l14_n0 = 4'd0 + {3'd0, b24_l14_nzs[0]};
  assign b24_l14_h1 = b24_l14_nzs[1] & (b24_l14_n0 == cj14);
  assign b24_l14_n1 = b24_l14_n0 + {3'd0, b24_l14_nzs[1]};
  assign b24_l14_h2 = b24_l14_nzs[2] & (b24_l14_n1 == cj14);
  assign b24_l14_n2 = b24_l14_n1 + {3'd0, b24_l14_nzs[2]};
  assign b24_l14_h3 = b24_l14_nzs[3] & (b24_l14_n2 == cj14);
  assign b24_l14_hit = b24_l14_h0 | b24_l14_h1 | b24_l14_h2 | b24_l14_h3;
  assign b24_l14_pos = ((b24_l14_h0 ? 2'd0 : 2'd0) | (b24_l14_h1 ? 2'd1 : 2'd0) | (b24_l14_h2 ? 2'd2 : 2'd0) | (b24_l14_h3 ? 2'd3 : 2'd0));
  assign b24_l14_dig = (({3{b24_l14_h0}} & b24_l14_digits[2:0]) | ({3{b24_l14_h1}} & b24_l14_digits[5:3]) | ({3{b24_l14_h2}} & b24_l14_digits[8:6]) | ({3{b24_l14_h3}} & b24_l14_digits[11:9]));
  assign b24_l14_e = {b24_l14_pos, b24_l14_dig[1]};
  assign b24_l14_t = {b24_l14_hit, b24_l14_dig[2], b24_l14_e};
  assign b24_l15_cnt = {3'd0, b24_l15_nzs[0]} + {3'd0, b24_l15_nzs[1]} + {3'd0, b24_l15_nzs[2]} + {3'd0, b24_l15_nzs[3]};
  assign b24_l15_h0 = b24_l15_nzs[0] & (4'd0 == cj15);
  assign b24_l15_n0 = 4'd0 + {3'd0, b24_l15_nzs[0]};
  assign b24_l15_h1 = b24_l15_nzs[1] & (b24_l15_n0 == cj15);
  assign b24_l15_n1 = b24_l15_n0 + {3'd0, b24_l15_nzs[1]};
  assign b24_l15_h2 = b24_l15_nzs[2] & (b24_l15_n1 == cj15);
  assign b24_l15_n2 = b24_l15_n1 + {3'd0, b24_l15_nzs[2]};
  assign b24_l15_h3 = b24_l15_nzs[3] & (b24_l15_n2 == cj15);
  assign b24_l15_hit = b24_l15_h0 | b24_l15_h1 | b24_l15_h2 | b24_l15_h3;
  assign b24_l15_pos = ((b24_l15_h0 ? 2'd0 : 2'd0) | (b24_l15_h1 ? 2'd1 : 2'd0) | (b24_l15_h2 ? 2'd2 : 2'd0) | (b24_l15_h3 ? 2'd3 : 2'd0));
  assign b24_l15_dig = (({3{b24_l15_h0}} & b24_l15_digits[2:0]) | ({3{b24_l15_h1}} & b24_l15_digits[5:3]) | ({3{b24_l15_h2}} & b24_l15_digits[8:6]) | ({3{b24_l15_h3}} & b24_l15_digits[11:9]));
  assign b24_l15_e = {b24_l15_pos, b24_l15_dig[1]};
  assign b24_l15_t = {b24_l15_hit, b24_l15_dig[2], b24_l15_e};
  assign b25_l0_cnt = {3'd0, b25_l0_nzs[0]} + {3'd0, b25_l0_nzs[1]} + {3'd0, b25_l0_nzs[2]} + {3'd0, b25_l0_nzs[3]};
  assign b25_l0_h0 = b25_l0_nzs[0] & (4'd0 == cj0);
  assign b25_l0_n0 = 4'd0 + {3'd0, b25_l0_nzs[0]};
  assign b25_l0_h1 = b25_l0_nzs[1] & (b25_l0_n0 == cj0);
  assign b25_l0_n1 = b25_l0_n0 + {3'd0, b25_l0_nzs[1]};
  assign b25_l0_h2 = b25_l0_nzs[2] & (b25_l0_n1 == cj0);
  assign b25_l0_n2 = b25_l0_n1 + {3'd0, b25_l0_nzs[2]};
  assign b25_l0_h3 = b25_l0_nzs[3] & (b25_l0_n2 == cj0);
  assign b25_l0_hit = b25_l0_h0 | b25_l0_h1 | b25_l0_h2 | b25_l0_h3;
  assign b25_l0_pos = ((b25_l0_h0 ? 2'd0 : 2'd0) | (b25_l0_h1 ? 2'd1 : 2'd0) | (b25_l0_h2 ? 2'd2 : 2'd0) | (b25_l0_h3 ? 2'd3 : 2'd0));
  assign b25_l0_dig = (({3{b25_l0_h0}} & b25_l0_digits[2:0]) | ({3{b25_l0_h1}} & b25_l0_digits[5:3]) | ({3{b25_l0_h2}} & b25_l0_digits[8:6]) | ({3{b25_l0_h3}} & b25_l0_digits[11:9]));
  assign b25_l0_e = {b25_l0_pos, b25_l0_dig[1]};
  assign b25_l0_t = {b25_l0_hit, b25_l0_dig[2], b25_l0_e};
  assign b25_l1_cnt = {3'd0, b25_l1_nzs[0]} + {3'd0, b25_l1_nzs[1]} + {3'd0, b25_l1_nzs[2]} + {3'd0, b25_l1_nzs[3]};
  assign b25_l1_h0 = b25_l1_nzs[0] & (4'd0 == cj1);
  assign b25_l1_n0 = 4'd0 + {3'd0, b25_l1_nzs[0]};
  assign b25_l1_h1 = b25_l1_nzs[1] & (b25_l1_n0 == cj1);
  assign b25_l1_n1 = b25_l1_n0 + {3'd0, b25_l1_nzs[1]};
  assign b25_l1_h2 = b25_l1_nzs[2] & (b25_l1_n1 == cj1);
  assign b25_l1_n2 = b25_l1_n1 + {3'd0, b25_l1_nzs[2]};
  assign b25_l1_h3 = b25_l1_nzs[3] & (b25_l1_n2 == cj1);
  assign b25_l1_hit = b25_l1_h0 | b25_l1_h1 | b25_l1_h2 | b25_l1_h3;
  assign b25_l1_pos = ((b25_l1_h0 ? 2'd0 : 2'd0) | (b25_l1_h1 ? 2'd1 : 2'd0) | (b25_l1_h2 ? 2'd2 : 2'd0) | (b25_l1_h3 ? 2'd3 : 2'd0));
  assign b25_l1_dig = (({3{b25_l1_h0}} & b25_l1_digits[2:0]) | ({3{b25_l1_h1}} & b25_l1_digits[5:3]) | ({3{b25_l1_h2}} & b25_l1_digits[8:6]) | ({3{b25_l1_h3}} & b25_l1_digits[11:9]));
  assign b25_l1_e = {b25_l1_pos, b25_l1_dig[1]};
  assign b25_l1_t = {b25_l1_hit, b25_l1_dig[2], b25_l1_e};
  assign b25_l2_cnt = {3'd0, b25_l2_nzs[0]} + {3'd0, b25_l2_nzs[1]} + {3'd0, b25_l2_nzs[2]} + {3'd0, b25_l2_nzs[3]};
  assign b25_l2_h0 = b25_l2_nzs[0] & (4'd0 == cj2);
  assign b25_l2_n0 = 4'd0 + {3'd0, b25_l2_nzs[0]};
  assign b25_l2_h1 = b25_l2_nzs[1] & (b25_l2_n0 == cj2);
  assign b25_l2_n1 = b25_l2_n0 + {3'd0, b25_l2_nzs[1]};
  assign b25_l2_h2 = b25_l2_nzs[2] & (b25_l2_n1 == cj2);
  assign b25_l2_n2 = b25_l2_n1 + {3'd0, b25_l2_nzs[2]};
  assign b25_l2_h3 = b25_l2_nzs[3] & (b25_l2_n2 == cj2);
  assign b25_l2_hit = b25_l2_h0 | b25_l2_h1 | b25_l2_h2 | b25_l2_h3;
  assign b25_l2_pos = ((b25_l2_h0 ? 2'd0 : 2'd0) | (b25_l2_h1 ? 2'd1 : 2'd0) | (b25_l2_h2 ? 2'd2 : 2'd0) | (b25_l2_h3 ? 2'd3 : 2'd0));
  assign b25_l2_dig = (({3{b25_l2_h0}} & b25_l2_digits[2:0]) | ({3{b25_l2_h1}} & b25_l2_digits[5:3]) | ({3{b25_l2_h2}} & b25_l2_digits[8:6]) | ({3{b25_l2_h3}} & b25_l2_digits[11:9]));
  assign b25_l2_e = {b25_l2_pos, b25_l2_dig[1]};
  assign b25_l2_t = {b25_l2_hit, b25_l2_dig[2], b25_l2_e};
  assign b25_l3_cnt = {3'd0, b25_l3_nzs[0]} + {3'd0, b25_l3_nzs[1]} + {3'd0, b25_l3_nzs[2]} + {3'd0, b25_l3_nzs[3]};
  assign b25_l3_h0 = b25_l3_nzs[0] & (4'd0 == cj3);
  assign b25_l3_n0 = 4'd0 + {3'd0, b25_l3_nzs[0]};
  assign b25_l3_h1 = b25_l3_nzs[1] & (b25_l3_n0 == cj3);
  assign b25_l3_n1 = b25_l3_n0 + {3'd0, b25_l3_nzs[1]};
  assign b25_l3_h2 = b25_l3_nzs[2] & (b25_l3_n1 == cj3);
  assign b25_l3_n2 = b25_l3_n1 + {3'd0, b25_l3_nzs[2]};
  assign b25_l3_h3 = b25_l3_nzs[3] & (b25_l3_n2 == cj3);
  assign b25_l3_hit = b25_l3_h0 | b25_l3_h1 | b25_l3_h2 | b25_l3_h3;
  assign b25_l3_pos = ((b25_l3_h0 ? 2'd0 : 2'd0) | (b25_l3_h1 ? 2'd1 : 2'd0) | (b25_l3_h2 ? 2'd2 : 2'd0) | (b25_l3_h3 ? 2'd3 : 2'd0));
  assign b25_l3_dig = (({3{b25_l3_h0}} & b25_l3_digits[2:0]) | ({3{b25_l3_h1}} & b25_l3_digits[5:3]) | ({3{b25_l3_h2}} & b25_l3_digits[8:6]) | ({3{b25_l3_h3}} & b25_l3_digits[11:9]));
  assign b25_l3_e = {b25_l3_pos, b25_l3_dig[1]};
  assign b25_l3_t = {b25_l3_hit, b25_l3_dig[2], b25_l3_e};
  assign b25_l4_cnt = {3'd0, b25_l4_nzs[0]} + {3'd0, b25_l4_nzs[1]} + {3'd0, b25_l4_nzs[2]} + {3'd0, b25_l4_nzs[3]};
  assign b25_l4_h0 = b25_l4_nzs[0] & (4'd0 == cj4);
  assign b25_l4_n0 = 4'd0 + {3'd0, b25_l4_nzs[0]};
  assign b25_l4_h1 = b25_l4_nzs[1] & (b25_l4_n0 == cj4);
  assign b25_l4_n1 = b25_l4_n0 + {3'd0, b25_l4_nzs[1]};
  assign b25_l4_h2 = b25_l4_nzs[2] & (b25_l4_n1 == cj4);
  assign b25_l4_n2 = b25_l4_n1 + {3'd0, b25_l4_nzs[2]};
  assign b25_l4_h3 = b25_l4_nzs[3] & (b25_l4_n2 == cj4);
  assign b25_l4_hit = b25_l4_h0 | b25_l4_h1 | b25_l4_h2 | b25_l4_h3;
  assign b25_l4_pos = ((b25_l4_h0 ? 2'd0 : 2'd0) | (b25_l4_h1 ? 2'd1 : 2'd0) | (b25_l4_h2 ? 2'd2 : 2'd0) | (b25_l4_h3 ? 2'd3 : 2'd0));
  assign b25_l4_dig = (({3{b25_l4_h0}} & b25_l4_digits[2:0]) | ({3{b25_l4_h1}} & b25_l4_digits[5:3]) | ({3{b25_l4_h2}} & b25_l4_digits[8:6]) | ({3{b25_l4_h3}} & b25_l4_digits[11:9]));
  assign b25_l4_e = {b25_l4_pos, b25_l4_dig[1]};
  assign b25_l4_t = {b25_l4_hit, b25_l4_dig[2], b25_l4_e};
  assign b25_l5_cnt = {3'd0, b25_l5_nzs[0]} + {3'd0, b25_l5_nzs[1]} + {3'd0, b25_l5_nzs[2]} + {3'd0, b25_l5_nzs[3]};
  assign b25_l5_h0 = b25_l5_nzs[0] & (4'd0 == cj5);
  assign b25_l5_n0 = 4'd0 + {3'd0, b25_l5_nzs[0]};
  assign b25_l5_h1 = b25_l5_nzs[1] & (b25_l5_n0 == cj5);
  assign b25_l5_n1 = b25_l5_n0 + {3'd0, b25_l5_nzs[1]};
  assign b25_l5_h2 = b25_l5_nzs[2] & (b25_l5_n1 == cj5);
  assign b25_l5_n2 = b25_l5_n1 + {3'd0, b25_l5_nzs[2]};
  assign b25_l5_h3 = b25_l5_nzs[3] & (b25_l5_n2 == cj5);
  assign b25_l5_hit = b25_l5_h0 | b25_l5_h1 | b25_l5_h2 | b25_l5_h3;
  assign b25_l5_pos = ((b25_l5_h0 ? 2'd0 : 2'd0) | (b25_l5_h1 ? 2'd1 : 2'd0) | (b25_l5_h2 ? 2'd2 : 2'd0) | (b25_l5_h3 ? 2'd3 : 2'd0));
  assign b25_l5_dig = (({3{b25_l5_h0}} & b25_l5_digits[2:0]) | ({3{b25_l5_h1}} & b25_l5_digits[5:3]) | ({3{b25_l5_h2}} & b25_l5_digits[8:6]) | ({3{b25_l5_h3}} & b25_l5_digits[11:9]));
  assign b25_l5_e = {b25_l5_pos, b25_l5_dig[1]};
  assign b25_l5_t = {b25_l5_hit, b25_l5_dig[2], b25_l5_e};
  assign b25_l6_cnt = {3'd0, b25_l6_nzs[0]} + {3'd0, b25_l6_nzs[1]} + {3'd0, b25_l6_nzs[2]} + {3'd0, b25_l6_nzs[3]};
  assign b25_l6_h0 = b25_l6_nzs[0] & (4'd0 == cj6);
  assign b25_l6_n0 = 4'd0 + {3'd0, b25_l6_nzs[0]};
  assign b25_l6_h1 = b25_l6_nzs[1] & (b25_l6_n0 == cj6);
  assign b25_l6_n1 = b25_l6_n0 + {3'd0, b25_l6_nzs[1]};
  assign b25_l6_h2 = b25_l6_nzs[2] & (b25_l6_n1 == cj6);
  assign b25_l6_n2 = b25_l6_n1 + {3'd0, b25_l6_nzs[2]};
  assign b25_l6_h3 = b25_l6_nzs[3] & (b25_l6_n2 == cj6);
  assign b25_l6_hit = b25_l6_h0 | b25_l6_h1 | b25_l6_h2 | b25_l6_h3;
  assign b25_l6_pos = ((b25_l6_h0 ? 2'd0 : 2'd0) | (b25_l6_h1 ? 2'd1 : 2'd0) | (b25_l6_h2 ? 2'd2 : 2'd0) | (b25_l6_h3 ? 2'd3 : 2'd0));
  assign b25_l6_dig = (({3{b25_l6_h0}} & b25_l6_digits[2:0]) | ({3{b25_l6_h1}} & b25_l6_digits[5:3]) | ({3{b25_l6_h2}} & b25_l6_digits[8:6]) | ({3{b25_l6_h3}} & b25_l6_digits[11:9]));
  assign b25_l6_e = {b25_l6_pos, b25_l6_dig[1]};
  assign b25_l6_t = {b25_l6_hit, b25_l6_dig[2], b25_l6_e};
  assign b25_l7_cnt = {3'd0, b25_l7_nzs[0]} + {3'd0, b25_l7_nzs[1]} + {3'd0, b25_l7_nzs[2]} + {3'd0, b25_l7_nzs[3]};
  assign b25_l7_h0 = b25_l7_nzs[0] & (4'd0 == cj7);
  assign b25_l7_n0 = 4'd0 + {3'd0, b25_l7_nzs[0]};
  assign b25_l7_h1 = b25_l7_nzs[1] & (b25_l7_n0 == cj7);
  assign b25_l7_n1 = b25_l7_n0 + {3'd0, b25_l7_nzs[1]};
  assign b25_l7_h2 = b25_l7_nzs[2] & (b25_l7_n1 == cj7);
  assign b25_l7_n2 = b25_l7_n1 + {3'd0, b25_l7_nzs[2]};
  assign b25_l7_h3 = b25_l7_nzs[3] & (b25_l7_n2 == cj7);
  assign b25_l7_hit = b25_l7_h0 | b25_l7_h1 | b25_l7_h2 | b25_l7_h3;
  assign b25_l7_pos = ((b25_l7_h0 ? 2'd0 : 2'd0) | (b25_l7_h1 ? 2'd1 : 2'd0) | (b25_l7_h2 ? 2'd2 : 2'd0) | (b25_l7_h3 ? 2'd3 : 2'd0));
  assign b25_l7_dig = (({3{b25_l7_h0}} & b25_l7_digits[2:0]) | ({3{b25_l7_h1}} & b25_l7_digits[5:3]) | ({3{b25_l7_h2}} & b25_l7_digits[8:6]) | ({3{b25_l7_h3}} & b25_l7_digits[11:9]));
  assign b25_l7_e = {b25_l7_pos, b25_l7_dig[1]};
  assign b25_l7_t = {b25_l7_hit, b25_l7_dig[2], b25_l7_e};
  assign b25_l8_cnt = {3'd0, b25_l8_nzs[0]} + {3'd0, b25_l8_nzs[1]} + {3'd0, b25_l8_nzs[2]} + {3'd0, b25_l8_nzs[3]};
  assign b25_l8_h0 = b25_l8_nzs[0] & (4'd0 == cj8);
  assign b25_l8_n0 = 4'd0 + {3'd0, b25_l8_nzs[0]};
  assign b25_l8_h1 = b25_l8_nzs[1] & (b25_l8_n0 == cj8);
  assign b25_l8_n1 = b25_l8_n0 + {3'd0, b25_l8_nzs[1]};
  assign b25_l8_h2 = b25_l8_nzs[2] & (b25_l8_n1 == cj8);
  assign b25_l8_n2 = b25_l8_n1 + {3'd0, b25_l8_nzs[2]};
  assign b25_l8_h3 = b25_l8_nzs[3] & (b25_l8_n2 == cj8);
  assign b25_l8_hit = b25_l8_h0 | b25_l8_h1 | b25_l8_h2 | b25_l8_h3;
  assign b25_l8_pos = ((b25_l8_h0 ? 2'd0 : 2'd0) | (b25_l8_h1 ? 2'd1 : 2'd0) | (b25_l8_h2 ? 2'd2 : 2'd0) | (b25_l8_h3 ? 2'd3 : 2'd0));
  assign b25_l8_dig = (({3{b25_l8_h0}} & b25_l8_digits[2:0]) | ({3{b25_l8_h1}} & b25_l8_digits[5:3]) | ({3{b25_l8_h2}} & b25_l8_digits[8:6]) | ({3{b25_l8_h3}} & b25_l8_digits[11:9]));
  assign b25_l8_e = {b25_l8_pos, b25_l8_dig[1]};
  assign b25_l8_t = {b25_l8_hit, b25_l8_dig[2], b25_l8_e};
  assign b25_l9_cnt = {3'd0, b25_l9_nzs[0]} + {3'd0, b25_l9_nzs[1]} + {3'd0, b25_l9_nzs[2]} + {3'd0, b25_l9_nzs[3]};
  assign b25_l9_h0 = b25_l9_nzs[0] & (4'd0 == cj9);
  assign b25_l9_n0 = 4'd0 + {3'd0, b25_l9_nzs[0]};
  assign b25_l9_h1 = b25_l9_nzs[1] & (b25_l9_n0 == cj9);
  assign b25_l9_n1 = b25_l9_n0 + {3'd0, b25_l9_nzs[1]};
  assign b25_l9_h2 = b25_l9_nzs[2] & (b25_l9_n1 == cj9);
  assign b25_l9_n2 = b25_l9_n1 + {3'd0, b25_l9_nzs[2]};
  assign b25_l9_h3 = b25_l9_nzs[3] & (b25_l9_n2 == cj9);
  assign b25_l9_hit = b25_l9_h0 | b25_l9_h1 | b25_l9_h2 | b25_l9_h3;
  assign b25_l9_pos = ((b25_l9_h0 ? 2'd0 : 2'd0) | (b25_l9_h1 ? 2'd1 : 2'd0) | (b25_l9_h2 ? 2'd2 : 2'd0) | (b25_l9_h3 ? 2'd3 : 2'd0));
  assign b25_l9_dig = (({3{b25_l9_h0}} & b25_l9_digits[2:0]) | ({3{b25_l9_h1}} & b25_l9_digits[5:3]) | ({3{b25_l9_h2}} & b25_l9_digits[8:6]) | ({3{b25_l9_h3}} & b25_l9_digits[11:9]));
  assign b25_l9_e = {b25_l9_pos, b25_l9_dig[1]};
  assign b25_l9_t = {b25_l9_hit, b25_l9_dig[2], b25_l9_e};
  assign b25_l10_cnt = {3'd0, b25_l10_nzs[0]} + {3'd0, b25_l10_nzs[1]} + {3'd0, b25_l10_nzs[2]} + {3'd0, b25_l10_nzs[3]};
  assign b25_l10_h0 = b25_l10_nzs[0] & (4'd0 == cj10);
  assign b25_l10_n0 = 4'd0 + {3'd0, b25_l10_nzs[0]};
  assign b25_l10_h1 = b25_l10_nzs[1] & (b25_l10_n0 == cj10);
  assign b25_l10_n1 = b25_l10_n0 + {3'd0, b25_l10_nzs[1]};
  assign b25_l10_h2 = b25_l10_nzs[2] & (b25_l10_n1 == cj10);
  assign b25_l10_n2 = b25_l10_n1 + {3'd0, b25_l10_nzs[2]};
  assign b25_l10_h3 = b25_l10_nzs[3] & (b25_l10_n2 == cj10);
  assign b25_l10_hit = b25_l10_h0 | b25_l10_h1 | b25_l10_h2 | b25_l10_h3;
  assign b25_l10_pos = ((b25_l10_h0 ? 2'd0 : 2'd0) | (b25_l10_h1 ? 2'd1 : 2'd0) | (b25_l10_h2 ? 2'd2 : 2'd0) | (b25_l10_h3 ? 2'd3 : 2'd0));
  assign b25_l10_dig = (({3{b25_l10_h0}} & b25_l10_digits[2:0]) | ({3{b25_l10_h1}} & b25_l10_digits[5:3]) | ({3{b25_l10_h2}} & b25_l10_digits[8:6]) | ({3{b25_l10_h3}} & b25_l10_digits[11:9]));
  assign b25_l10_e = {b25_l10_pos, b25_l10_dig[1]};
  assign b25_l10_t = {b25_l10_hit, b25_l10_dig[2], b25_l10_e};
  assign b25_l11_cnt = {3'd0, b25_l11_nzs[0]} + {3'd0, b25_l11_nzs[1]} + {3'd0, b25_l11_nzs[2]} + {3'd0, b25_l11_nzs[3]};
  assign b25_l11_h0 = b25_l11_nzs[0] & (4'd0 == cj11);
  assign b25_l11_n0 = 4'd0 + {3'd0, b25_l11_nzs[0]};
  assign b25_l11_h1 = b25_l11_nzs[1] & (b25_l11_n0 == cj11);
  assign b25_l11_n1 = b25_l11_n0 + {3'd0, b25_l11_nzs[1]};
  assign b25_l11_h2 = b25_l11_nzs[2] & (b25_l11_n1 == cj11);
  assign b25_l11_n2 = b25_l11_n1 + {3'd0, b25_l11_nzs[2]};
  assign b25_l11_h3 = b25_l11_nzs[3] & (b25_l11_n2 == cj11);
  assign b25_l11_hit = b25_l11_h0 | b25_l11_h1 | b25_l11_h2 | b25_l11_h3;
  assign b25_l11_pos = ((b25_l11_h0 ? 2'd0 : 2'd0) | (b25_l11_h1 ? 2'd1 : 2'd0) | (b25_l11_h2 ? 2'd2 : 2'd0) | (b25_l11_h3 ? 2'd3 : 2'd0));
  assign b25_l11_dig = (({3{b25_l11_h0}} & b25_l11_digits[2:0]) | ({3{b25_l11_h1}} & b25_l11_digits[5:3]) | ({3{b25_l11_h2}} & b25_l11_digits[8:6]) | ({3{b25_l11_h3}} & b25_l11_digits[11:9]));
  assign b25_l11_e = {b25_l11_pos, b25_l11_dig[1]};
  assign b25_l11_t = {b25_l11_hit, b25_l11_dig[2], b25_l11_e};
  assign b25_l12_cnt = {3'd0, b25_l12_nzs[0]} + {3'd0, b25_l12_nzs[1]} + {3'd0, b25_l12_nzs[2]} + {3'd0, b25_l12_nzs[3]};
  assign b25_l12_h0 = b25_l12_nzs[0] & (4'd0 == cj12);
  assign b25_l12_n0 = 4'd0 + {3'd0, b25_l12_nzs[0]};
  assign b25_l12_h1 = b25_l12_nzs[1] & (b25_l12_n0 == cj12);
  assign b25_l12_n1 = b25_l12_n0 + {3'd0, b25_l12_nzs[1]};
  assign b25_l12_h2 = b25_l12_nzs[2] & (b25_l12_n1 == cj12);
  assign b25_l12_n2 = b25_l12_n1 + {3'd0, b25_l12_nzs[2]};
  assign b25_l12_h3 = b25_l12_nzs[3] & (b25_l12_n2 == cj12);
  assign b25_l12_hit = b25_l12_h0 | b25_l12_h1 | b25_l12_h2 | b25_l12_h3;
  assign b25_l12_pos = ((b25_l12_h0 ? 2'd0 : 2'd0) | (b25_l12_h1 ? 2'd1 : 2'd0) | (b25_l12_h2 ? 2'd2 : 2'd0) | (b25_l12_h3 ? 2'd3 : 2'd0));
  assign b25_l12_dig = (({3{b25_l12_h0}} & b25_l12_digits[2:0]) | ({3{b25_l12_h1}} & b25_l12_digits[5:3]) | ({3{b25_l12_h2}} & b25_l12_digits[8:6]) | ({3{b25_l12_h3}} & b25_l12_digits[11:9]));
  assign b25_l12_e = {b25_l12_pos, b25_l12_dig[1]};
  assign b25_l12_t = {b25_l12_hit, b25_l12_dig[2], b25_l12_e};
  assign b25_l13_cnt = {3'd0, b25_l13_nzs[0]} + {3'd0, b25_l13_nzs[1]} + {3'd0, b25_l13_nzs[2]} + {3'd0, b25_l13_nzs[3]};
  assign b25_l13_h0 = b25_l13_nzs[0] & (4'd0 == cj13);
  assign b25_l13_n0 = 4'd0 + {3'd0, b25_l13_nzs[0]};
  assign b25_l13_h1 = b25_l13_nzs[1] & (b25_l13_n0 == cj13);
  assign b25_l13_n1 = b25_l13_n0 + {3'd0, b25_l13_nzs[1]};
  assign b25_l13_h2 = b25_l13_nzs[2] & (b25_l13_n1 == cj13);
  assign b25_l13_n2 = b25_l13_n1 + {3'd0, b25_l13_nzs[2]};
  assign b25_l13_h3 = b25_l13_nzs[3] & (b25_l13_n2 == cj13);
  assign b25_l13_hit = b25_l13_h0 | b25_l13_h1 | b25_l13_h2 | b25_l13_h3;
  assign b25_l13_pos = ((b25_l13_h0 ? 2'd0 : 2'd0) | (b25_l13_h1 ? 2'd1 : 2'd0) | (b25_l13_h2 ? 2'd2 : 2'd0) | (b25_l13_h3 ? 2'd3 : 2'd0));
  assign b25_l13_dig = (({3{b25_l13_h0}} & b25_l13_digits[2:0]) | ({3{b25_l13_h1}} & b25_l13_digits[5:3]) | ({3{b25_l13_h2}} & b25_l13_digits[8:6]) | ({3{b25_l13_h3}} & b25_l13_digits[11:9]));
  assign b25_l13_e = {b25_l13_pos, b25_l13_dig[1]};
  assign b25_l13_t = {b25_l13_hit, b25_l13_dig[2], b25_l13_e};
  assign b25_l14_cnt = {3'd0, b25_l14_nzs[0]} + {3'd0, b25_l14_nzs[1]} + {3'd0, b25_l14_nzs[2]} + {3'd0, b25_l14_nzs[3]};
  assign b25_l14_h0 = b25_l14_nzs[0] & (4'd0 == cj14);
  assign b25_l14_n0 = 4'd0 + {3'd0, b25_l14_nzs[0]};
  assign b25_l14_h1 = b25_l14_nzs[1] & (b25_l14_n0 == cj14);
  assign b25_l14_n1 = b25_l14_n0 + {3'd0, b25_l14_nzs[1]};
  assign b25_l14_h2 = b25_l14_nzs[2] & (b25_l14_n1 == cj14);
  assign b25_l14_n2 = b25_l14_n1 + {3'd0, b25_l14_nzs[2]};
  assign b25_l14_h3 = b25_l14_nzs[3] & (b25_l14_n2 == cj14);
  assign b25_l14_hit = b25_l14_h0 | b25_l14_h1 | b25_l14_h2 | b25_l14_h3;
  assign b25_l14_pos = ((b25_l14_h0 ? 2'd0 : 2'd0) | (b25_l14_h1 ? 2'd1 : 2'd0) | (b25_l14_h2 ? 2'd2 : 2'd0) | (b25_l14_h3 ? 2'd3 : 2'd0));
  assign b25_l14_dig = (({3{b25_l14_h0}} & b25_l14_digits[2:0]) | ({3{b25_l14_h1}} & b25_l14_digits[5:3]) | ({3{b25_l14_h2}} & b25_l14_digits[8:6]) | ({3{b25_l14_h3}} & b25_l14_digits[11:9]));
  assign b25_l14_e = {b25_l14_pos, b25_l14_dig[1]};
  assign b25_l14_t = {b25_l14_hit, b25_l14_dig[2], b25_l14_e};
  assign b25_l15_cnt = {3'd0, b25_l15_nzs[0]} + {3'd0, b25_l15_nzs[1]} + {3'd0, b25_l15_nzs[2]} + {3'd0, b25_l15_nzs[3]};
  assign b25_l15_h0 = b25_l15_nzs[0] & (4'd0 == cj15);
  assign b25_l15_n0 = 4'd0 + {3'd0, b25_l15_nzs[0]};
  assign b25_l15_h1 = b25_l15_nzs[1] & (b25_l15_n0 == cj15);
  assign b25_l15_n1 = b25_l15_n0 + {3'd0, b25_l15_nzs[1]};
  assign b25_l15_h2 = b25_l15_nzs[2] & (b25_l15_n1 == cj15);
  assign b25_l15_n2 = b25_l15_n1 + {3'd0, b25_l15_nzs[2]};
  assign b25_l15_h3 = b25_l15_nzs[3] & (b25_l15_n2 == cj15);
  assign b25_l15_hit = b25_l15_h0 | b25_l15_h1 | b25_l15_h2 | b25_l15_h3;
  assign b25_l15_pos = ((b25_l15_h0 ? 2'd0 : 2'd0) | (b25_l15_h1 ? 2'd1 : 2'd0) | (b25_l15_h2 ? 2'd2 : 2'd0) | (b25_l15_h3 ? 2'd3 : 2'd0));
  assign b25_l15_dig = (({3{b25_l15_h0}} & b25_l15_digits[2:0]) | ({3{b25_l15_h1}} & b25_l15_digits[5:3]) | ({3{b25_l15_h2}} & b25_l15_digits[8:6]) | ({3{b25_l15_h3}} & b25_l15_digits[11:9]));
  assign b25_l15_e = {b25_l15_pos, b25_l15_dig[1]};
  assign b25_l15_t = {b25_l15_hit, b25_l15_dig[2], b25_l15_e};
  assign b26_l0_cnt = {3'd0, b26_l0_nzs[0]} + {3'd0, b26_l0_nzs[1]} + {3'd0, b26_l0_nzs[2]} + {3'd0, b26_l0_nzs[3]};
  assign b26_l0_h0 = b26_l0_nzs[0] & (4'd0 == cj0);
  assign b26_l0_n0 = 4'd0 + {3'd0, b26_l0_nzs[0]};
  assign b26_l0_h1 = b26_l0_nzs[1] & (b26_l0_n0 == cj0);
  assign b26_l0_n1 = b26_l0_n0 + {3'd0, b26_l0_nzs[1]};
  assign b26_l0_h2 = b26_l0_nzs[2] & (b26_l0_n1 == cj0);
  assign b26_l0_n2 = b26_l0_n1 + {3'd0, b26_l0_nzs[2]};
  assign b26_l0_h3 = b26_l0_nzs[3] & (b26_l0_n2 == cj0);
  assign b26_l0_hit = b26_l0_h0 | b26_l0_h1 | b26_l0_h2 | b26_l0_h3;
  assign b26_l0_pos = ((b26_l0_h0 ? 2'd0 : 2'd0) | (b26_l0_h1 ? 2'd1 : 2'd0) | (b26_l0_h2 ? 2'd2 : 2'd0) | (b26_l0_h3 ? 2'd3 : 2'd0));
  assign b26_l0_dig = (({3{b26_l0_h0}} & b26_l0_digits[2:0]) | ({3{b26_l0_h1}} & b26_l0_digits[5:3]) | ({3{b26_l0_h2}} & b26_l0_digits[8:6]) | ({3{b26_l0_h3}} & b26_l0_digits[11:9]));
  assign b26_l0_e = {b26_l0_pos, b26_l0_dig[1]};
  assign b26_l0_t = {b26_l0_hit, b26_l0_dig[2], b26_l0_e};
  assign b26_l1_cnt = {3'd0, b26_l1_nzs[0]} + {3'd0, b26_l1_nzs[1]} + {3'd0, b26_l1_nzs[2]} + {3'd0, b26_l1_nzs[3]};
  assign b26_l1_h0 = b26_l1_nzs[0] & (4'd0 == cj1);
  assign b26_l1_n0 = 4'd0 + {3'd0, b26_l1_nzs[0]};
  assign b26_l1_h1 = b26_l1_nzs[1] & (b26_l1_n0 == cj1);
  assign b26_l1_n1 = b26_l1_n0 + {3'd0, b26_l1_nzs[1]};
  assign b26_l1_h2 = b26_l1_nzs[2] & (b26_l1_n1 == cj1);
  assign b26_l1_n2 = b26_l1_n1 + {3'd0, b26_l1_nzs[2]};
  assign b26_l1_h3 = b26_l1_nzs[3] & (b26_l1_n2 == cj1);
  assign b26_l1_hit = b26_l1_h0 | b26_l1_h1 | b26_l1_h2 | b26_l1_h3;
  assign b26_l1_pos = ((b26_l1_h0 ? 2'd0 : 2'd0) | (b26_l1_h1 ? 2'd1 : 2'd0) | (b26_l1_h2 ? 2'd2 : 2'd0) | (b26_l1_h3 ? 2'd3 : 2'd0));
  assign b26_l1_dig = (({3{b26_l1_h0}} & b26_l1_digits[2:0]) | ({3{b26_l1_h1}} & b26_l1_digits[5:3]) | ({3{b26_l1_h2}} & b26_l1_digits[8:6]) | ({3{b26_l1_h3}} & b26_l1_digits[11:9]));
  assign b26_l1_e = {b26_l1_pos, b26_l1_dig[1]};
  assign b26_l1_t = {b26_l1_hit, b26_l1_dig[2], b26_l1_e};
  assign b26_l2_cnt = {3'd0, b26_l2_nzs[0]} + {3'd0, b26_l2_nzs[1]} + {3'd0, b26_l2_nzs[2]} + {3'd0, b26_l2_nzs[3]};
  assign b26_l2_h0 = b26_l2_nzs[0] & (4'd0 == cj2);
  assign b26_l2_n0 = 4'd0 + {3'd0, b26_l2_nzs[0]};
  assign b26_l2_h1 = b26_l2_nzs[1] & (b26_l2_n0 == cj2);
  assign b26_l2_n1 = b26_l2_n0 + {3'd0, b26_l2_nzs[1]};
  assign b26_l2_h2 = b26_l2_nzs[2] & (b26_l2_n1 == cj2);
  assign b26_l2_n2 = b26_l2_n1 + {3'd0, b26_l2_nzs[2]};
  assign b26_l2_h3 = b26_l2_nzs[3] & (b26_l2_n2 == cj2);
  assign b26_l2_hit = b26_l2_h0 | b26_l2_h1 | b26_l2_h2 | b26_l2_h3;
  assign b26_l2_pos = ((b26_l2_h0 ? 2'd0 : 2'd0) | (b26_l2_h1 ? 2'd1 : 2'd0) | (b26_l2_h2 ? 2'd2 : 2'd0) | (b26_l2_h3 ? 2'd3 : 2'd0));
  assign b26_l2_dig = (({3{b26_l2_h0}} & b26_l2_digits[2:0]) | ({3{b26_l2_h1}} & b26_l2_digits[5:3]) | ({3{b26_l2_h2}} & b26_l2_digits[8:6]) | ({3{b26_l2_h3}} & b26_l2_digits[11:9]));
  assign b26_l2_e = {b26_l2_pos, b26_l2_dig[1]};
  assign b26_l2_t = {b26_l2_hit, b26_l2_dig[2], b26_l2_e};
  assign b26_l3_cnt = {3'd0, b26_l3_nzs[0]} + {3'd0, b26_l3_nzs[1]} + {3'd0, b26_l3_nzs[2]} + {3'd0, b26_l3_nzs[3]};
  assign b26_l3_h0 = b26_l3_nzs[0] & (4'd0 == cj3);
  assign b26_l3_n0 = 4'd0 + {3'd0, b26_l3_nzs[0]};
  assign b26_l3_h1 = b26_l3_nzs[1] & (b26_l3_n0 == cj3);
  assign b26_l3_n1 = b26_l3_n0 + {3'd0, b26_l3_nzs[1]};
  assign b26_l3_h2 = b26_l3_nzs[2] & (b26_l3_n1 == cj3);
  assign b26_l3_n2 = b26_l3_n1 + {3'd0, b26_l3_nzs[2]};
  assign b26_l3_h3 = b26_l3_nzs[3] & (b26_l3_n2 == cj3);
  assign b26_l3_hit = b26_l3_h0 | b26_l3_h1 | b26_l3_h2 | b26_l3_h3;
  assign b26_l3_pos = ((b26_l3_h0 ? 2'd0 : 2'd0) | (b26_l3_h1 ? 2'd1 : 2'd0) | (b26_l3_h2 ? 2'd2 : 2'd0) | (b26_l3_h3 ? 2'd3 : 2'd0));
  assign b26_l3_dig = (({3{b26_l3_h0}} & b26_l3_digits[2:0]) | ({3{b26_l3_h1}} & b26_l3_digits[5:3]) | ({3{b26_l3_h2}} & b26_l3_digits[8:6]) | ({3{b26_l3_h3}} & b26_l3_digits[11:9]));
  assign b26_l3_e = {b26_l3_pos, b26_l3_dig[1]};
  assign b26_l3_t = {b26_l3_hit, b26_l3_dig[2], b26_l3_e};
  assign b26_l4_cnt = {3'd0, b26_l4_nzs[0]} + {3'd0, b26_l4_nzs[1]} + {3'd0, b26_l4_nzs[2]} + {3'd0, b26_l4_nzs[3]};
  assign b26_l4_h0 = b26_l4_nzs[0] & (4'd0 == cj4);
  assign b26_l4_n0 = 4'd0 + {3'd0, b26_l4_nzs[0]};
  assign b26_l4_h1 = b26_l4_nzs[1] & (b26_l4_n0 == cj4);
  assign b26_l4_n1 = b26_l4_n0 + {3'd0, b26_l4_nzs[1]};
  assign b26_l4_h2 = b26_l4_nzs[2] & (b26_l4_n1 == cj4);
  assign b26_l4_n2 = b26_l4_n1 + {3'd0, b26_l4_nzs[2]};
  assign b26_l4_h3 = b26_l4_nzs[3] & (b26_l4_n2 == cj4);
  assign b26_l4_hit = b26_l4_h0 | b26_l4_h1 | b26_l4_h2 | b26_l4_h3;
  assign b26_l4_pos = ((b26_l4_h0 ? 2'd0 : 2'd0) | (b26_l4_h1 ? 2'd1 : 2'd0) | (b26_l4_h2 ? 2'd2 : 2'd0) | (b26_l4_h3 ? 2'd3 : 2'd0));
  assign b26_l4_dig = (({3{b26_l4_h0}} & b26_l4_digits[2:0]) | ({3{b26_l4_h1}} & b26_l4_digits[5:3]) | ({3{b26_l4_h2}} & b26_l4_digits[8:6]) | ({3{b26_l4_h3}} & b26_l4_digits[11:9]));
  assign b26_l4_e = {b26_l4_pos, b26_l4_dig[1]};
  assign b26_l4_t = {b26_l4_hit, b26_l4_dig[2], b26_l4_e};
  assign b26_l5_cnt = {3'd0, b26_l5_nzs[0]} + {3'd0, b26_l5_nzs[1]} + {3'd0, b26_l5_nzs[2]} + {3'd0, b26_l5_nzs[3]};
  assign b26_l5_h0 = b26_l5_nzs[0] & (4'd0 == cj5);
  assign b26_l5_n0 = 4'd0 + {3'd0, b26_l5_nzs[0]};
  assign b26_l5_h1 = b26_l5_nzs[1] & (b26_l5_n0 == cj5);
  assign b26_l5_n1 = b26_l5_n0 + {3'd0, b26_l5_nzs[1]};
  assign b26_l5_h2 = b26_l5_nzs[2] & (b26_l5_n1 == cj5);
  assign b26_l5_n2 = b26_l5_n1 + {3'd0, b26_l5_nzs[2]};
  assign b26_l5_h3 = b26_l5_nzs[3] & (b26_l5_n2 == cj5);
  assign b26_l5_hit = b26_l5_h0 | b26_l5_h1 | b26_l5_h2 | b26_l5_h3;
  assign b26_l5_pos = ((b26_l5_h0 ? 2'd0 : 2'd0) | (b26_l5_h1 ? 2'd1 : 2'd0) | (b26_l5_h2 ? 2'd2 : 2'd0) | (b26_l5_h3 ? 2'd3 : 2'd0));
  assign b26_l5_dig = (({3{b26_l5_h0}} & b26_l5_digits[2:0]) | ({3{b26_l5_h1}} & b26_l5_digits[5:3]) | ({3{b26_l5_h2}} & b26_l5_digits[8:6]) | ({3{b26_l5_h3}} & b26_l5_digits[11:9]));
  assign b26_l5_e = {b26_l5_pos, b26_l5_dig[1]};
  assign b26_l5_t = {b26_l5_hit, b26_l5_dig[2], b26_l5_e};
  assign b26_l6_cnt = {3'd0, b26_l6_nzs[0]} + {3'd0, b26_l6_nzs[1]} + {3'd0, b26_l6_nzs[2]} + {3'd0, b26_l6_nzs[3]};
  assign b26_l6_h0 = b26_l6_nzs[0] & (4'd0 == cj6);
  assign b26_l6_n0 = 4'd0 + {3'd0, b26_l6_nzs[0]};
  assign b26_l6_h1 = b26_l6_nzs[1] & (b26_l6_n0 == cj6);
  assign b26_l6_n1 = b26_l6_n0 + {3'd0, b26_l6_nzs[1]};
  assign b26_l6_h2 = b26_l6_nzs[2] & (b26_l6_n1 == cj6);
  assign b26_l6_n2 = b26_l6_n1 + {3'd0, b26_l6_nzs[2]};
  assign b26_l6_h3 = b26_l6_nzs[3] & (b26_l6_n2 == cj6);
  assign b26_l6_hit = b26_l6_h0 | b26_l6_h1 | b26_l6_h2 | b26_l6_h3;
  assign b26_l6_pos = ((b26_l6_h0 ? 2'd0 : 2'd0) | (b26_l6_h1 ? 2'd1 : 2'd0) | (b26_l6_h2 ? 2'd2 : 2'd0) | (b26_l6_h3 ? 2'd3 : 2'd0));
  assign b26_l6_dig = (({3{b26_l6_h0}} & b26_l6_digits[2:0]) | ({3{b26_l6_h1}} & b26_l6_digits[5:3]) | ({3{b26_l6_h2}} & b26_l6_digits[8:6]) | ({3{b26_l6_h3}} & b26_l6_digits[11:9]));
  assign b26_l6_e = {b26_l6_pos, b26_l6_dig[1]};
  assign b26_l6_t = {b26_l6_hit, b26_l6_dig[2], b26_l6_e};
  assign b26_l7_cnt = {3'd0, b26_l7_nzs[0]} + {3'd0, b26_l7_nzs[1]} + {3'd0, b26_l7_nzs[2]} + {3'd0, b26_l7_nzs[3]};
  assign b26_l7_h0 = b26_l7_nzs[0] & (4'd0 == cj7);
  assign b26_l7_n0 = 4'd0 + {3'd0, b26_l7_nzs[0]};
  assign b26_l7_h1 = b26_l7_nzs[1] & (b26_l7_n0 == cj7);
  assign b26_l7_n1 = b26_l7_n0 + {3'd0, b26_l7_nzs[1]};
  assign b26_l7_h2 = b26_l7_nzs[2] & (b26_l7_n1 == cj7);
  assign b26_l7_n2 = b26_l7_n1 + {3'd0, b26_l7_nzs[2]};
  assign b26_l7_h3 = b26_l7_nzs[3] & (b26_l7_n2 == cj7);
  assign b26_l7_hit = b26_l7_h0 | b26_l7_h1 | b26_l7_h2 | b26_l7_h3;
  assign b26_l7_pos = ((b26_l7_h0 ? 2'd0 : 2'd0) | (b26_l7_h1 ? 2'd1 : 2'd0) | (b26_l7_h2 ? 2'd2 : 2'd0) | (b26_l7_h3 ? 2'd3 : 2'd0));
  assign b26_l7_dig = (({3{b26_l7_h0}} & b26_l7_digits[2:0]) | ({3{b26_l7_h1}} & b26_l7_digits[5:3]) | ({3{b26_l7_h2}} & b26_l7_digits[8:6]) | ({3{b26_l7_h3}} & b26_l7_digits[11:9]));
  assign b26_l7_e = {b26_l7_pos, b26_l7_dig[1]};
  assign b26_l7_t = {b26_l7_hit, b26_l7_dig[2], b26_l7_e};
  assign b26_l8_cnt = {3'd0, b26_l8_nzs[0]} + {3'd0, b26_l8_nzs[1]} + {3'd0, b26_l8_nzs[2]} + {3'd0, b26_l8_nzs[3]};
  assign b26_l8_h0 = b26_l8_nzs[0] & (4'd0 == cj8);
  assign b26_l8_n0 = 4'd0 + {3'd0, b26_l8_nzs[0]};
  assign b26_l8_h1 = b26_l8_nzs[1] & (b26_l8_n0 == cj8);
  assign b26_l8_n1 = b26_l8_n0 + {3'd0, b26_l8_nzs[1]};
  assign b26_l8_h2 = b26_l8_nzs[2] & (b26_l8_n1 == cj8);
  assign b26_l8_n2 = b26_l8_n1 + {3'd0, b26_l8_nzs[2]};
  assign b26_l8_h3 = b26_l8_nzs[3] & (b26_l8_n2 == cj8);
  assign b26_l8_hit = b26_l8_h0 | b26_l8_h1 | b26_l8_h2 | b26_l8_h3;
  assign b26_l8_pos = ((b26_l8_h0 ? 2'd0 : 2'd0) | (b26_l8_h1 ? 2'd1 : 2'd0) | (b26_l8_h2 ? 2'd2 : 2'd0) | (b26_l8_h3 ? 2'd3 : 2'd0));
  assign b26_l8_dig = (({3{b26_l8_h0}} & b26_l8_digits[2:0]) | ({3{b26_l8_h1}} & b26_l8_digits[5:3]) | ({3{b26_l8_h2}} & b26_l8_digits[8:6]) | ({3{b26_l8_h3}} & b26_l8_digits[11:9]));
  assign b26_l8_e = {b26_l8_pos, b26_l8_dig[1]};
  assign b26_l8_t = {b26_l8_hit, b26_l8_dig[2], b26_l8_e};
  assign b26_l9_cnt = {3'd0, b26_l9_nzs[0]} + {3'd0, b26_l9_nzs[1]} + {3'd0, b26_l9_nzs[2]} + {3'd0, b26_l9_nzs[3]};
  assign b26_l9_h0 = b26_l9_nzs[0] & (4'd0 == cj9);
  assign b26_l9_n0 = 4'd0 + {3'd0, b26_l9_nzs[0]};
  assign b26_l9_h1 = b26_l9_nzs[1] & (b26_l9_n0 == cj9);
  assign b26_l9_n1 = b26_l9_n0 + {3'd0, b26_l9_nzs[1]};
  assign b26_l9_h2 = b26_l9_nzs[2] & (b26_l9_n1 == cj9);
  assign b26_l9_n2 = b26_l9_n1 + {3'd0, b26_l9_nzs[2]};
  assign b26_l9_h3 = b26_l9_nzs[3] & (b26_l9_n2 == cj9);
  assign b26_l9_hit = b26_l9_h0 | b26_l9_h1 | b26_l9_h2 | b26_l9_h3;
  assign b26_l9_pos = ((b26_l9_h0 ? 2'd0 : 2'd0) | (b26_l9_h1 ? 2'd1 : 2'd0) | (b26_l9_h2 ? 2'd2 : 2'd0) | (b26_l9_h3 ? 2'd3 : 2'd0));
  assign b26_l9_dig = (({3{b26_l9_h0}} & b26_l9_digits[2:0]) | ({3{b26_l9_h1}} & b26_l9_digits[5:3]) | ({3{b26_l9_h2}} & b26_l9_digits[8:6]) | ({3{b26_l9_h3}} & b26_l9_digits[11:9]));
  assign b26_l9_e = {b26_l9_pos, b26_l9_dig[1]};
  assign b26_l9_t = {b26_l9_hit, b26_l9_dig[2], b26_l9_e};
  assign b26_l10_cnt = {3'd0, b26_l10_nzs[0]} + {3'd0, b26_l10_nzs[1]} + {3'd0, b26_l10_nzs[2]} + {3'd0, b26_l10_nzs[3]};
  assign b26_l10_h0 = b26_l10_nzs[0] & (4'd0 == cj10);
  assign b26_l10_n0 = 4'd0 + {3'd0, b26_l10_nzs[0]};
  assign b26_l10_h1 = b26_l10_nzs[1] & (b26_l10_n0 == cj10);
  assign b26_l10_n1 = b26_l10_n0 + {3'd0, b26_l10_nzs[1]};
  assign b26_l10_h2 = b26_l10_nzs[2] & (b26_l10_n1 == cj10);
  assign b26_l10_n2 = b26_l10_n1 + {3'd0, b26_l10_nzs[2]};
  assign b26_l10_h3 = b26_l10_nzs[3] & (b26_l10_n2 == cj10);
  assign b26_l10_hit = b26_l10_h0 | b26_l10_h1 | b26_l10_h2 | b26_l10_h3;
  assign b26_l10_pos = ((b26_l10_h0 ? 2'd0 : 2'd0) | (b26_l10_h1 ? 2'd1 : 2'd0) | (b26_l10_h2 ? 2'd2 : 2'd0) | (b26_l10_h3 ? 2'd3 : 2'd0));
  assign b26_l10_dig = (({3{b26_l10_h0}} & b26_l10_digits[2:0]) | ({3{b26_l10_h1}} & b26_l10_digits[5:3]) | ({3{b26_l10_h2}} & b26_l10_digits[8:6]) | ({3{b26_l10_h3}} & b26_l10_digits[11:9]));
  assign b26_l10_e = {b26_l10_pos, b26_l10_dig[1]};
  assign b26_l10_t = {b26_l10_hit, b26_l10_dig[2], b26_l10_e};
  assign b26_l11_cnt = {3'd0, b26_l11_nzs[0]} + {3'd0, b26_l11_nzs[1]} + {3'd0, b26_l11_nzs[2]} + {3'd0, b26_l11_nzs[3]};
  assign b26_l11_h0 = b26_l11_nzs[0] & (4'd0 == cj11);
  assign b26_l11_n0 = 4'd0 + {3'd0, b26_l11_nzs[0]};
  assign b26_l11_h1 = b26_l11_nzs[1] & (b26_l11_n0 == cj11);
  assign b26_l11_n1 = b26_l11_n0 + {3'd0, b26_l11_nzs[1]};
  assign b26_l11_h2 = b26_l11_nzs[2] & (b26_l11_n1 == cj11);
  assign b26_l11_n2 = b26_l11_n1 + {3'd0, b26_l11_nzs[2]};
  assign b26_l11_h3 = b26_l11_nzs[3] & (b26_l11_n2 == cj11);
  assign b26_l11_hit = b26_l11_h0 | b26_l11_h1 | b26_l11_h2 | b26_l11_h3;
  assign b26_l11_pos = ((b26_l11_h0 ? 2'd0 : 2'd0) | (b26_l11_h1 ? 2'd1 : 2'd0) | (b26_l11_h2 ? 2'd2 : 2'd0) | (b26_l11_h3 ? 2'd3 : 2'd0));
  assign b26_l11_dig = (({3{b26_l11_h0}} & b26_l11_digits[2:0]) | ({3{b26_l11_h1}} & b26_l11_digits[5:3]) | ({3{b26_l11_h2}} & b26_l11_digits[8:6]) | ({3{b26_l11_h3}} & b26_l11_digits[11:9]));
  assign b26_l11_e = {b26_l11_pos, b26_l11_dig[1]};
  assign b26_l11_t = {b26_l11_hit, b26_l11_dig[2], b26_l11_e};
  assign b26_l12_cnt = {3'd0, b26_l12_nzs[0]} + {3'd0, b26_l12_nzs[1]} + {3'd0, b26_l12_nzs[2]} + {3'd0, b26_l12_nzs[3]};
  assign b26_l12_h0 = b26_l12_nzs[0] & (4'd0 == cj12);
  assign b26_l12_n0 = 4'd0 + {3'd0, b26_l12_nzs[0]};
  assign b26_l12_h1 = b26_l12_nzs[1] & (b26_l12_n0 == cj12);
  assign b26_l12_n1 = b26_l12_n0 + {3'd0, b26_l12_nzs[1]};
  assign b26_l12_h2 = b26_l12_nzs[2] & (b26_l12_n1 == cj12);
  assign b26_l12_n2 = b26_l12_n1 + {3'd0, b26_l12_nzs[2]};
  assign b26_l12_h3 = b26_l12_nzs[3] & (b26_l12_n2 == cj12);
  assign b26_l12_hit = b26_l12_h0 | b26_l12_h1 | b26_l12_h2 | b26_l12_h3;
  assign b26_l12_pos = ((b26_l12_h0 ? 2'd0 : 2'd0) | (b26_l12_h1 ? 2'd1 : 2'd0) | (b26_l12_h2 ? 2'd2 : 2'd0) | (b26_l12_h3 ? 2'd3 : 2'd0));
  assign b26_l12_dig = (({3{b26_l12_h0}} & b26_l12_digits[2:0]) | ({3{b26_l12_h1}} & b26_l12_digits[5:3]) | ({3{b26_l12_h2}} & b26_l12_digits[8:6]) | ({3{b26_l12_h3}} & b26_l12_digits[11:9]));
  assign b26_l12_e = {b26_l12_pos, b26_l12_dig[1]};
  assign b26_l12_t = {b26_l12_hit, b26_l12_dig[2], b26_l12_e};
  assign b26_l13_cnt = {3'd0, b26_l13_nzs[0]} + {3'd0, b26_l13_nzs[1]} + {3'd0, b26_l13_nzs[2]} + {3'd0, b26_l13_nzs[3]};
  assign b26_l13_h0 = b26_l13_nzs[0] & (4'd0 == cj13);
  assign b26_l13_n0 = 4'd0 + {3'd0, b26_l13_nzs[0]};
  assign b26_l13_h1 = b26_l13_nzs[1] & (b26_l13_n0 == cj13);
  assign b26_l13_n1 = b26_l13_n0 + {3'd0, b26_l13_nzs[1]};
  assign b26_l13_h2 = b26_l13_nzs[2] & (b26_l13_n1 == cj13);
  assign b26_l13_n2 = b26_l13_n1 + {3'd0, b26_l13_nzs[2]};
  assign b26_l13_h3 = b26_l13_nzs[3] & (b26_l13_n2 == cj13);
  assign b26_l13_hit = b26_l13_h0 | b26_l13_h1 | b26_l13_h2 | b26_l13_h3;
  assign b26_l13_pos = ((b26_l13_h0 ? 2'd0 : 2'd0) | (b26_l13_h1 ? 2'd1 : 2'd0) | (b26_l13_h2 ? 2'd2 : 2'd0) | (b26_l13_h3 ? 2'd3 : 2'd0));
  assign b26_l13_dig = (({3{b26_l13_h0}} & b26_l13_digits[2:0]) | ({3{b26_l13_h1}} & b26_l13_digits[5:3]) | ({3{b26_l13_h2}} & b26_l13_digits[8:6]) | ({3{b26_l13_h3}} & b26_l13_digits[11:9]));
  assign b26_l13_e = {b26_l13_pos, b26_l13_dig[1]};
  assign b26_l13_t = {b26_l13_hit, b26_l13_dig[2], b26_l13_e};
  assign b26_l14_cnt = {3'd0, b26_l14_nzs[0]} + {3'd0, b26_l14_nzs[1]} + {3'd0, b26_l14_nzs[2]} + {3'd0, b26_l14_nzs[3]};
  assign b26_l14_h0 = b26_l14_nzs[0] & (4'd0 == cj14);
  assign b26_l14_n0 = 4'd0 + {3'd0, b26_l14_nzs[0]};
  assign b26_l14_h1 = b26_l14_nzs[1] & (b26_l14_n0 == cj14);
  assign b26_l14_n1 = b26_l14_n0 + {3'd0, b26_l14_nzs[1]};
  assign b26_l14_h2 = b26_l14_nzs[2] & (b26_l14_n1 == cj14);
  assign b26_l14_n2 = b26_l14_n1 + {3'd0, b26_l14_nzs[2]};
  assign b26_l14_h3 = b26_l14_nzs[3] & (b26_l14_n2 == cj14);
  assign b26_l14_hit = b26_l14_h0 | b26_l14_h1 | b26_l14_h2 | b26_l14_h3;
  assign b26_l14_pos = ((b26_l14_h0 ? 2'd0 : 2'd0) | (b26_l14_h1 ? 2'd1 : 2'd0) | (b26_l14_h2 ? 2'd2 : 2'd0) | (b26_l14_h3 ? 2'd3 : 2'd0));
  assign b26_l14_dig = (({3{b26_l14_h0}} & b26_l14_digits[2:0]) | ({3{b26_l14_h1}} & b26_l14_digits[5:3]) | ({3{b26_l14_h2}} & b26_l14_digits[8:6]) | ({3{b26_l14_h3}} & b26_l14_digits[11:9]));
  assign b26_l14_e = {b26_l14_pos, b26_l14_dig[1]};
  assign b26_l14_t = {b26_l14_hit, b26_l14_dig[2], b26_l14_e};
  assign b26_l15_cnt = {3'd0, b26_l15_nzs[0]} + {3'd0, b26_l15_nzs[1]} + {3'd0, b26_l15_nzs[2]} + {3'd0, b26_l15_nzs[3]};
  assign b26_l15_h0 = b26_l15_nzs[0] & (4'd0 == cj15);
  assign b26_l15_n0 = 4'd0 + {3'd0, b26_l15_nzs[0]};
  assign b26_l15_h1 = b26_l15_nzs[1] & (b26_l15_n0 == cj15);
  assign b26_l15_n1 = b26_l15_n0 + {3'd0, b26_l15_nzs[1]};
  assign b26_l15_h2 = b26_l15_nzs[2] & (b26_l15_n1 == cj15);
  assign b26_l15_n2 = b26_l15_n1 + {3'd0, b26_l15_nzs[2]};
  assign b26_l15_h3 = b26_l15_nzs[3] & (b26_l15_n2 == cj15);
  assign b26_l15_hit = b26_l15_h0 | b26_l15_h1 | b26_l15_h2 | b26_l15_h3;
  assign b26_l15_pos = ((b26_l15_h0 ? 2'd0 : 2'd0) | (b26_l15_h1 ? 2'd1 : 2'd0) | (b26_l15_h2 ? 2'd2 : 2'd0) | (b26_l15_h3 ? 2'd3 : 2'd0));
  assign b26_l15_dig = (({3{b26_l15_h0}} & b26_l15_digits[2:0]) | ({3{b26_l15_h1}} & b26_l15_digits[5:3]) | ({3{b26_l15_h2}} & b26_l15_digits[8:6]) | ({3{b26_l15_h3}} & b26_l15_digits[11:9]));
  assign b26_l15_e = {b26_l15_pos, b26_l15_dig[1]};
  assign b26_l15_t = {b26_l15_hit, b26_l15_dig[2], b26_l15_e};
  assign b27_l0_cnt = {3'd0, b27_l0_nzs[0]} + {3'd0, b27_l0_nzs[1]} + {3'd0, b27_l0_nzs[2]} + {3'd0, b27_l0_nzs[3]};
  assign b27_l0_h0 = b27_l0_nzs[0] & (4'd0 == cj0);
  assign b27_l0_n0 = 4'd0 + {3'd0, b27_l0_nzs[0]};
  assign b27_l0_h1 = b27_l0_nzs[1] & (b27_l0_n0 == cj0);
  assign b27_l0_n1 = b27_l0_n0 + {3'd0, b27_l0_nzs[1]};
  assign b27_l0_h2 = b27_l0_nzs[2] & (b27_l0_n1 == cj0);
  assign b27_l0_n2 = b27_l0_n1 + {3'd0, b27_l0_nzs[2]};
  assign b27_l0_h3 = b27_l0_nzs[3] & (b27_l0_n2 == cj0);
  assign b27_l0_hit = b27_l0_h0 | b27_l0_h1 | b27_l0_h2 | b27_l0_h3;
  assign b27_l0_pos = ((b27_l0_h0 ? 2'd0 : 2'd0) | (b27_l0_h1 ? 2'd1 : 2'd0) | (b27_l0_h2 ? 2'd2 : 2'd0) | (b27_l0_h3 ? 2'd3 : 2'd0));
  assign b27_l0_dig = (({3{b27_l0_h0}} & b27_l0_digits[2:0]) | ({3{b27_l0_h1}} & b27_l0_digits[5:3]) | ({3{b27_l0_h2}} & b27_l0_digits[8:6]) | ({3{b27_l0_h3}} & b27_l0_digits[11:9]));
  assign b27_l0_e = {b27_l0_pos, b27_l0_dig[1]};
  assign b27_l0_t = {b27_l0_hit, b27_l0_dig[2], b27_l0_e};
  assign b27_l1_cnt = {3'd0, b27_l1_nzs[0]} + {3'd0, b27_l1_nzs[1]} + {3'd0, b27_l1_nzs[2]} + {3'd0, b27_l1_nzs[3]};
  assign b27_l1_h0 = b27_l1_nzs[0] & (4'd0 == cj1);
  assign b27_l1_n0 = 4'd0 + {3'd0, b27_l1_nzs[0]};
  assign b27_l1_h1 = b27_l1_nzs[1] & (b27_l1_n0 == cj1);
  assign b27_l1_n1 = b27_l1_n0 + {3'd0, b27_l1_nzs[1]};
  assign b27_l1_h2 = b27_l1_nzs[2] & (b27_l1_n1 == cj1);
  assign b27_l1_n2 = b27_l1_n1 + {3'd0, b27_l1_nzs[2]};
  assign b27_l1_h3 = b27_l1_nzs[3] & (b27_l1_n2 == cj1);
  assign b27_l1_hit = b27_l1_h0 | b27_l1_h1 | b27_l1_h2 | b27_l1_h3;
  assign b27_l1_pos = ((b27_l1_h0 ? 2'd0 : 2'd0) | (b27_l1_h1 ? 2'd1 : 2'd0) | (b27_l1_h2 ? 2'd2 : 2'd0) | (b27_l1_h3 ? 2'd3 : 2'd0));
  assign b27_l1_dig = (({3{b27_l1_h0}} & b27_l1_digits[2:0]) | ({3{b27_l1_h1}} & b27_l1_digits[5:3]) | ({3{b27_l1_h2}} & b27_l1_digits[8:6]) | ({3{b27_l1_h3}} & b27_l1_digits[11:9]));
  assign b27_l1_e = {b27_l1_pos, b27_l1_dig[1]};
  assign b27_l1_t = {b27_l1_hit, b27_l1_dig[2], b27_l1_e};
  assign b27_l2_cnt = {3'd0, b27_l2_nzs[0]} + {3'd0, b27_l2_nzs[1]} + {3'd0, b27_l2_nzs[2]} + {3'd0, b27_l2_nzs[3]};
  assign b27_l2_h0 = b27_l2_nzs[0] & (4'd0 == cj2);
  assign b27_l2_n0 = 4'd0 + {3'd0, b27_l2_nzs[0]};
  assign b27_l2_h1 = b27_l2_nzs[1] & (b27_l2_n0 == cj2);
  assign b27_l2_n1 = b27_l2_n0 + {3'd0, b27_l2_nzs[1]};
  assign b27_l2_h2 = b27_l2_nzs[2] & (b27_l2_n1 == cj2);
  assign b27_l2_n2 = b27_l2_n1 + {3'd0, b27_l2_nzs[2]};
  assign b27_l2_h3 = b27_l2_nzs[3] & (b27_l2_n2 == cj2);
  assign b27_l2_hit = b27_l2_h0 | b27_l2_h1 | b27_l2_h2 | b27_l2_h3;
  assign b27_l2_pos = ((b27_l2_h0 ? 2'd0 : 2'd0) | (b27_l2_h1 ? 2'd1 : 2'd0) | (b27_l2_h2 ? 2'd2 : 2'd0) | (b27_l2_h3 ? 2'd3 : 2'd0));
  assign b27_l2_dig = (({3{b27_l2_h0}} & b27_l2_digits[2:0]) | ({3{b27_l2_h1}} & b27_l2_digits[5:3]) | ({3{b27_l2_h2}} & b27_l2_digits[8:6]) | ({3{b27_l2_h3}} & b27_l2_digits[11:9]));
  assign b27_l2_e = {b27_l2_pos, b27_l2_dig[1]};
  assign b27_l2_t = {b27_l2_hit, b27_l2_dig[2], b27_l2_e};
  assign b27_l3_cnt = {3'd0, b27_l3_nzs[0]} + {3'd0, b27_l3_nzs[1]} + {3'd0, b27_l3_nzs[2]} + {3'd0, b27_l3_nzs[3]};
  assign b27_l3_h0 = b27_l3_nzs[0] & (4'd0 == cj3);
  assign b27_l3_n0 = 4'd0 + {3'd0, b27_l3_nzs[0]};
  assign b27_l3_h1 = b27_l3_nzs[1] & (b27_l3_n0 == cj3);
  assign b27_l3_n1 = b27_l3_n0 + {3'd0, b27_l3_nzs[1]};
  assign b27_l3_h2 = b27_l3_nzs[2] & (b27_l3_n1 == cj3);
  assign b27_l3_n2 = b27_l3_n1 + {3'd0, b27_l3_nzs[2]};
  assign b27_l3_h3 = b27_l3_nzs[3] & (b27_l3_n2 == cj3);
  assign b27_l3_hit = b27_l3_h0 | b27_l3_h1 | b27_l3_h2 | b27_l3_h3;
  assign b27_l3_pos = ((b27_l3_h0 ? 2'd0 : 2'd0) | (b27_l3_h1 ? 2'd1 : 2'd0) | (b27_l3_h2 ? 2'd2 : 2'd0) | (b27_l3_h3 ? 2'd3 : 2'd0));
  assign b27_l3_dig = (({3{b27_l3_h0}} & b27_l3_digits[2:0]) | ({3{b27_l3_h1}} & b27_l3_digits[5:3]) | ({3{b27_l3_h2}} & b27_l3_digits[8:6]) | ({3{b27_l3_h3}} & b27_l3_digits[11:9]));
  assign b27_l3_e = {b27_l3_pos, b27_l3_dig[1]};
  assign b27_l3_t = {b27_l3_hit, b27_l3_dig[2], b27_l3_e};
  assign b27_l4_cnt = {3'd0, b27_l4_nzs[0]} + {3'd0, b27_l4_nzs[1]} + {3'd0, b27_l4_nzs[2]} + {3'd0, b27_l4_nzs[3]};
  assign b27_l4_h0 = b27_l4_nzs[0] & (4'd0 == cj4);
  assign b27_l4_n0 = 4'd0 + {3'd0, b27_l4_nzs[0]};
  assign b27_l4_h1 = b27_l4_nzs[1] & (b27_l4_n0 == cj4);
  assign b27_l4_n1 = b27_l4_n0 + {3'd0, b27_l4_nzs[1]};
  assign b27_l4_h2 = b27_l4_nzs[2] & (b27_l4_n1 == cj4);
  assign b27_l4_n2 = b27_l4_n1 + {3'd0, b27_l4_nzs[2]};
  assign b27_l4_h3 = b27_l4_nzs[3] & (b27_l4_n2 == cj4);
  assign b27_l4_hit = b27_l4_h0 | b27_l4_h1 | b27_l4_h2 | b27_l4_h3;
  assign b27_l4_pos = ((b27_l4_h0 ? 2'd0 : 2'd0) | (b27_l4_h1 ? 2'd1 : 2'd0) | (b27_l4_h2 ? 2'd2 : 2'd0) | (b27_l4_h3 ? 2'd3 : 2'd0));
  assign b27_l4_dig = (({3{b27_l4_h0}} & b27_l4_digits[2:0]) | ({3{b27_l4_h1}} & b27_l4_digits[5:3]) | ({3{b27_l4_h2}} & b27_l4_digits[8:6]) | ({3{b27_l4_h3}} & b27_l4_digits[11:9]));
  assign b27_l4_e = {b27_l4_pos, b27_l4_dig[1]};
  assign b27_l4_t = {b27_l4_hit, b27_l4_dig[2], b27_l4_e};
  assign b27_l5_cnt = {3'd0, b27_l5_nzs[0]} + {3'd0, b27_l5_nzs[1]} + {3'd0, b27_l5_nzs[2]} + {3'd0, b27_l5_nzs[3]};
  assign b27_l5_h0 = b27_l5_nzs[0] & (4'd0 == cj5);
  assign b27_l5_n0 = 4'd0 + {3'd0, b27_l5_nzs[0]};
  assign b27_l5_h1 = b27_l5_nzs[1] & (b27_l5_n0 == cj5);
  assign b27_l5_n1 = b27_l5_n0 + {3'd0, b27_l5_nzs[1]};
  assign b27_l5_h2 = b27_l5_nzs[2] & (b27_l5_n1 == cj5);
  assign b27_l5_n2 = b27_l5_n1 + {3'd0, b27_l5_nzs[2]};
  assign b27_l5_h3 = b27_l5_nzs[3] & (b27_l5_n2 == cj5);
  assign b27_l5_hit = b27_l5_h0 | b27_l5_h1 | b27_l5_h2 | b27_l5_h3;
  assign b27_l5_pos = ((b27_l5_h0 ? 2'd0 : 2'd0) | (b27_l5_h1 ? 2'd1 : 2'd0) | (b27_l5_h2 ? 2'd2 : 2'd0) | (b27_l5_h3 ? 2'd3 : 2'd0));
  assign b27_l5_dig = (({3{b27_l5_h0}} & b27_l5_digits[2:0]) | ({3{b27_l5_h1}} & b27_l5_digits[5:3]) | ({3{b27_l5_h2}} & b27_l5_digits[8:6]) | ({3{b27_l5_h3}} & b27_l5_digits[11:9]));
  assign b27_l5_e = {b27_l5_pos, b27_l5_dig[1]};
  assign b27_l5_t = {b27_l5_hit, b27_l5_dig[2], b27_l5_e};
  assign b27_l6_cnt = {3'd0, b27_l6_nzs[0]} + {3'd0, b27_l6_nzs[1]} + {3'd0, b27_l6_nzs[2]} + {3'd0, b27_l6_nzs[3]};
  assign b27_l6_h0 = b27_l6_nzs[0] & (4'd0 == cj6);
  assign b27_l6_n0 = 4'd0 + {3'd0, b27_l6_nzs[0]};
  assign b27_l6_h1 = b27_l6_nzs[1] & (b27_l6_n0 == cj6);
  assign b27_l6_n1 = b27_l6_n0 + {3'd0, b27_l6_nzs[1]};
  assign b27_l6_h2 = b27_l6_nzs[2] & (b27_l6_n1 == cj6);
  assign b27_l6_n2 = b27_l6_n1 + {3'd0, b27_l6_nzs[2]};
  assign b27_l6_h3 = b27_l6_nzs[3] & (b27_l6_n2 == cj6);
  assign b27_l6_hit = b27_l6_h0 | b27_l6_h1 | b27_l6_h2 | b27_l6_h3;
  assign b27_l6_pos = ((b27_l6_h0 ? 2'd0 : 2'd0) | (b27_l6_h1 ? 2'd1 : 2'd0) | (b27_l6_h2 ? 2'd2 : 2'd0) | (b27_l6_h3 ? 2'd3 : 2'd0));
  assign b27_l6_dig = (({3{b27_l6_h0}} & b27_l6_digits[2:0]) | ({3{b27_l6_h1}} & b27_l6_digits[5:3]) | ({3{b27_l6_h2}} & b27_l6_digits[8:6]) | ({3{b27_l6_h3}} & b27_l6_digits[11:9]));
  assign b27_l6_e = {b27_l6_pos, b27_l6_dig[1]};
  assign b27_l6_t = {b27_l6_hit, b27_l6_dig[2], b27_l6_e};
  assign b27_l7_cnt = {3'd0, b27_l7_nzs[0]} + {3'd0, b27_l7_nzs[1]} + {3'd0, b27_l7_nzs[2]} + {3'd0, b27_l7_nzs[3]};
  assign b27_l7_h0 = b27_l7_nzs[0] & (4'd0 == cj7);
  assign b27_l7_n0 = 4'd0 + {3'd0, b27_l7_nzs[0]};
  assign b27_l7_h1 = b27_l7_nzs[1] & (b27_l7_n0 == cj7);
  assign b27_l7_n1 = b27_l7_n0 + {3'd0, b27_l7_nzs[1]};
  assign b27_l7_h2 = b27_l7_nzs[2] & (b27_l7_n1 == cj7);
  assign b27_l7_n2 = b27_l7_n1 + {3'd0, b27_l7_nzs[2]};
  assign b27_l7_h3 = b27_l7_nzs[3] & (b27_l7_n2 == cj7);
  assign b27_l7_hit = b27_l7_h0 | b27_l7_h1 | b27_l7_h2 | b27_l7_h3;
  assign b27_l7_pos = ((b27_l7_h0 ? 2'd0 : 2'd0) | (b27_l7_h1 ? 2'd1 : 2'd0) | (b27_l7_h2 ? 2'd2 : 2'd0) | (b27_l7_h3 ? 2'd3 : 2'd0));
  assign b27_l7_dig = (({3{b27_l7_h0}} & b27_l7_digits[2:0]) | ({3{b27_l7_h1}} & b27_l7_digits[5:3]) | ({3{b27_l7_h2}} & b27_l7_digits[8:6]) | ({3{b27_l7_h3}} & b27_l7_digits[11:9]));
  assign b27_l7_e = {b27_l7_pos, b27_l7_dig[1]};
  assign b27_l7_t = {b27_l7_hit, b27_l7_dig[2], b27_l7_e};
  assign b27_l8_cnt = {3'd0, b27_l8_nzs[0]} + {3'd0, b27_l8_nzs[1]} + {3'd0, b27_l8_nzs[2]} + {3'd0, b27_l8_nzs[3]};
  assign b27_l8_h0 = b27_l8_nzs[0] & (4'd0 == cj8);
  assign b27_l8_n0 = 4'd0 + {3'd0, b27_l8_nzs[0]};
  assign b27_l8_h1 = b27_l8_nzs[1] & (b27_l8_n0 == cj8);
  assign b27_l8_n1 = b27_l8_n0 + {3'd0, b27_l8_nzs[1]};
  assign b27_l8_h2 = b27_l8_nzs[2] & (b27_l8_n1 == cj8);
  assign b27_l8_n2 = b27_l8_n1 + {3'd0, b27_l8_nzs[2]};
  assign b27_l8_h3 = b27_l8_nzs[3] & (b27_l8_n2 == cj8);
  assign b27_l8_hit = b27_l8_h0 | b27_l8_h1 | b27_l8_h2 | b27_l8_h3;
  assign b27_l8_pos = ((b27_l8_h0 ? 2'd0 : 2'd0) | (b27_l8_h1 ? 2'd1 : 2'd0) | (b27_l8_h2 ? 2'd2 : 2'd0) | (b27_l8_h3 ? 2'd3 : 2'd0));
  assign b27_l8_dig = (({3{b27_l8_h0}} & b27_l8_digits[2:0]) | ({3{b27_l8_h1}} & b27_l8_digits[5:3]) | ({3{b27_l8_h2}} & b27_l8_digits[8:6]) | ({3{b27_l8_h3}} & b27_l8_digits[11:9]));
  assign b27_l8_e = {b27_l8_pos, b27_l8_dig[1]};
  assign b27_l8_t = {b27_l8_hit, b27_l8_dig[2], b27_l8_e};
  assign b27_l9_cnt = {3'd0, b27_l9_nzs[0]} + {3'd0, b27_l9_nzs[1]} + {3'd0, b27_l9_nzs[2]} + {3'd0, b27_l9_nzs[3]};
  assign b27_l9_h0 = b27_l9_nzs[0] & (4'd0 == cj9);
  assign b27_l9_n0 = 4'd0 + {3'd0, b27_l9_nzs[0]};
  assign b27_l9_h1 = b27_l9_nzs[1] & (b27_l9_n0 == cj9);
  assign b27_l9_n1 = b27_l9_n0 + {3'd0, b27_l9_nzs[1]};
  assign b27_l9_h2 = b27_l9_nzs[2] & (b27_l9_n1 == cj9);
  assign b27_l9_n2 = b27_l9_n1 + {3'd0, b27_l9_nzs[2]};
  assign b27_l9_h3 = b27_l9_nzs[3] & (b27_l9_n2 == cj9);
  assign b27_l9_hit = b27_l9_h0 | b27_l9_h1 | b27_l9_h2 | b27_l9_h3;
  assign b27_l9_pos = ((b27_l9_h0 ? 2'd0 : 2'd0) | (b27_l9_h1 ? 2'd1 : 2'd0) | (b27_l9_h2 ? 2'd2 : 2'd0) | (b27_l9_h3 ? 2'd3 : 2'd0));
  assign b27_l9_dig = (({3{b27_l9_h0}} & b27_l9_digits[2:0]) | ({3{b27_l9_h1}} & b27_l9_digits[5:3]) | ({3{b27_l9_h2}} & b27_l9_digits[8:6]) | ({3{b27_l9_h3}} & b27_l9_digits[11:9]));
  assign b27_l9_e = {b27_l9_pos, b27_l9_dig[1]};
  assign b27_l9_t = {b27_l9_hit, b27_l9_dig[2], b27_l9_e};
  assign b27_l10_cnt = {3'd0, b27_l10_nzs[0]} + {3'd0, b27_l10_nzs[1]} + {3'd0, b27_l10_nzs[2]} + {3'd0, b27_l10_nzs[3]};
  assign b27_l10_h0 = b27_l10_nzs[0] & (4'd0 == cj10);
  assign b27_l10_n0 = 4'd0 + {3'd0, b27_l10_nzs[0]};
  assign b27_l10_h1 = b27_l10_nzs[1] & (b27_l10_n0 == cj10);
  assign b27_l10_n1 = b27_l10_n0 + {3'd0, b27_l10_nzs[1]};
  assign b27_l10_h2 = b27_l10_nzs[2] & (b27_l10_n1 == cj10);
  assign b27_l10_n2 = b27_l10_n1 + {3'd0, b27_l10_nzs[2]};
  assign b27_l10_h3 = b27_l10_nzs[3] & (b27_l10_n2 == cj10);
  assign b27_l10_hit = b27_l10_h0 | b27_l10_h1 | b27_l10_h2 | b27_l10_h3;
  assign b27_l10_pos = ((b27_l10_h0 ? 2'd0 : 2'd0) | (b27_l10_h1 ? 2'd1 : 2'd0) | (b27_l10_h2 ? 2'd2 : 2'd0) | (b27_l10_h3 ? 2'd3 : 2'd0));
  assign b27_l10_dig = (({3{b27_l10_h0}} & b27_l10_digits[2:0]) | ({3{b27_l10_h1}} & b27_l10_digits[5:3]) | ({3{b27_l10_h2}} & b27_l10_digits[8:6]) | ({3{b27_l10_h3}} & b27_l10_digits[11:9]));
  assign b27_l10_e = {b27_l10_pos, b27_l10_dig[1]};
  assign b27_l10_t = {b27_l10_hit, b27_l10_dig[2], b27_l10_e};
  assign b27_l11_cnt = {3'd0, b27_l11_nzs[0]} + {3'd0, b27_l11_nzs[1]} + {3'd0, b27_l11_nzs[2]} + {3'd0, b27_l11_nzs[3]};
  assign b27_l11_h0 = b27_l11_nzs[0] & (4'd0 == cj11);
  assign b27_l11_n0 = 4'd0 + {3'd0, b27_l11_nzs[0]};
  assign b27_l11_h1 = b27_l11_nzs[1] & (b27_l11_n0 == cj11);
  assign b27_l11_n1 = b27_l11_n0 + {3'd0, b27_l11_nzs[1]};
  assign b27_l11_h2 = b27_l11_nzs[2] & (b27_l11_n1 == cj11);
  assign b27_l11_n2 = b27_l11_n1 + {3'd0, b27_l11_nzs[2]};
  assign b27_l11_h3 = b27_l11_nzs[3] & (b27_l11_n2 == cj11);
  assign b27_l11_hit = b27_l11_h0 | b27_l11_h1 | b27_l11_h2 | b27_l11_h3;
  assign b27_l11_pos = ((b27_l11_h0 ? 2'd0 : 2'd0) | (b27_l11_h1 ? 2'd1 : 2'd0) | (b27_l11_h2 ? 2'd2 : 2'd0) | (b27_l11_h3 ? 2'd3 : 2'd0));
  assign b27_l11_dig = (({3{b27_l11_h0}} & b27_l11_digits[2:0]) | ({3{b27_l11_h1}} & b27_l11_digits[5:3]) | ({3{b27_l11_h2}} & b27_l11_digits[8:6]) | ({3{b27_l11_h3}} & b27_l11_digits[11:9]));
  assign b27_l11_e = {b27_l11_pos, b27_l11_dig[1]};
  assign b27_l11_t = {b27_l11_hit, b27_l11_dig[2], b27_l11_e};
  assign b27_l12_cnt = {3'd0, b27_l12_nzs[0]} + {3'd0, b27_l12_nzs[1]} + {3'd0, b27_l12_nzs[2]} + {3'd0, b27_l12_nzs[3]};
  assign b27_l12_h0 = b27_l12_nzs[0] & (4'd0 == cj12);
  assign b27_l12_n0 = 4'd0 + {3'd0, b27_l12_nzs[0]};
  assign b27_l12_h1 = b27_l12_nzs[1] & (b27_l12_n0 == cj12);
  assign b27_l12_n1 = b27_l12_n0 + {3'd0, b27_l12_nzs[1]};
  assign b27_l12_h2 = b27_l12_nzs[2] & (b27_l12_n1 == cj12);
  assign b27_l12_n2 = b27_l12_n1 + {3'd0, b27_l12_nzs[2]};
  assign b27_l12_h3 = b27_l12_nzs[3] & (b27_l12_n2 == cj12);
  assign b27_l12_hit = b27_l12_h0 | b27_l12_h1 | b27_l12_h2 | b27_l12_h3;
  assign b27_l12_pos = ((b27_l12_h0 ? 2'd0 : 2'd0) | (b27_l12_h1 ? 2'd1 : 2'd0) | (b27_l12_h2 ? 2'd2 : 2'd0) | (b27_l12_h3 ? 2'd3 : 2'd0));
  assign b27_l12_dig = (({3{b27_l12_h0}} & b27_l12_digits[2:0]) | ({3{b27_l12_h1}} & b27_l12_digits[5:3]) | ({3{b27_l12_h2}} & b27_l12_digits[8:6]) | ({3{b27_l12_h3}} & b27_l12_digits[11:9]));
  assign b27_l12_e = {b27_l12_pos, b27_l12_dig[1]};
  assign b27_l12_t = {b27_l12_hit, b27_l12_dig[2], b27_l12_e};
  assign b27_l13_cnt = {3'd0, b27_l13_nzs[0]} + {3'd0, b27_l13_nzs[1]} + {3'd0, b27_l13_nzs[2]} + {3'd0, b27_l13_nzs[3]};
  assign b27_l13_h0 = b27_l13_nzs[0] & (4'd0 == cj13);
  assign b27_l13_n0 = 4'd0 + {3'd0, b27_l13_nzs[0]};
  assign b27_l13_h1 = b27_l13_nzs[1] & (b27_l13_n0 == cj13);
  assign b27_l13_n1 = b27_l13_n0 + {3'd0, b27_l13_nzs[1]};
  assign b27_l13_h2 = b27_l13_nzs[2] & (b27_l13_n1 == cj13);
  assign b27_l13_n2 = b27_l13_n1 + {3'd0, b27_l13_nzs[2]};
  assign b27_l13_h3 = b27_l13_nzs[3] & (b27_l13_n2 == cj13);
  assign b27_l13_hit = b27_l13_h0 | b27_l13_h1 | b27_l13_h2 | b27_l13_h3;
  assign b27_l13_pos = ((b27_l13_h0 ? 2'd0 : 2'd0) | (b27_l13_h1 ? 2'd1 : 2'd0) | (b27_l13_h2 ? 2'd2 : 2'd0) | (b27_l13_h3 ? 2'd3 : 2'd0));
  assign b27_l13_dig = (({3{b27_l13_h0}} & b27_l13_digits[2:0]) | ({3{b27_l13_h1}} & b27_l13_digits[5:3]) | ({3{b27_l13_h2}} & b27_l13_digits[8:6]) | ({3{b27_l13_h3}} & b27_l13_digits[11:9]));
  assign b27_l13_e = {b27_l13_pos, b27_l13_dig[1]};
  assign b27_l13_t = {b27_l13_hit, b27_l13_dig[2], b27_l13_e};
  assign b27_l14_cnt = {3'd0, b27_l14_nzs[0]} + {3'd0, b27_l14_nzs[1]} + {3'd0, b27_l14_nzs[2]} + {3'd0, b27_l14_nzs[3]};
  assign b27_l14_h0 = b27_l14_nzs[0] & (4'd0 == cj14);
  assign b27_l14_n0 = 4'd0 + {3'd0, b27_l14_nzs[0]};
  assign b27_l14_h1 = b27_l14_nzs[1] & (b27_l14_n0 == cj14);
  assign b27_l14_n1 = b27_l14_n0 + {3'd0, b27_l14_nzs[1]};
  assign b27_l14_h2 = b27_l14_nzs[2] & (b27_l14_n1 == cj14);
  assign b27_l14_n2 = b27_l14_n1 + {3'd0, b27_l14_nzs[2]};
  assign b27_l14_h3 = b27_l14_nzs[3] & (b27_l14_n2 == cj14);
  assign b27_l14_hit = b27_l14_h0 | b27_l14_h1 | b27_l14_h2 | b27_l14_h3;
  assign b27_l14_pos = ((b27_l14_h0 ? 2'd0 : 2'd0) | (b27_l14_h1 ? 2'd1 : 2'd0) | (b27_l14_h2 ? 2'd2 : 2'd0) | (b27_l14_h3 ? 2'd3 : 2'd0));
  assign b27_l14_dig = (({3{b27_l14_h0}} & b27_l14_digits[2:0]) | ({3{b27_l14_h1}} & b27_l14_digits[5:3]) | ({3{b27_l14_h2}} & b27_l14_digits[8:6]) | ({3{b27_l14_h3}} & b27_l14_digits[11:9]));
  assign b27_l14_e = {b27_l14_pos, b27_l14_dig[1]};
  assign b27_l14_t = {b27_l14_hit, b27_l14_dig[2], b27_l14_e};
  assign b27_l15_cnt = {3'd0, b27_l15_nzs[0]} + {3'd0, b27_l15_nzs[1]} + {3'd0, b27_l15_nzs[2]} + {3'd0, b27_l15_nzs[3]};
  assign b27_l15_h0 = b27_l15_nzs[0] & (4'd0 == cj15);
  assign b27_l15_n0 = 4'd0 + {3'd0, b27_l15_nzs[0]};
  assign b27_l15_h1 = b27_l15_nzs[1] & (b27_l15_n0 == cj15);
  assign b27_l15_n1 = b27_l15_n0 + {3'd0, b27_l15_nzs[1]};
  assign b27_l15_h2 = b27_l15_nzs[2] & (b27_l15_n1 == cj15);
  assign b27_l15_n2 = b27_l15_n1 + {3'd0, b27_l15_nzs[2]};
  assign b27_l15_h3 = b27_l15_nzs[3] & (b27_l15_n2 == cj15);
  assign b27_l15_hit = b27_l15_h0 | b27_l15_h1 | b27_l15_h2 | b27_l15_h3;
  assign b27_l15_pos = ((b27_l15_h0 ? 2'd0 : 2'd0) | (b27_l15_h1 ? 2'd1 : 2'd0) | (b27_l15_h2 ? 2'd2 : 2'd0) | (b27_l15_h3 ? 2'd3 : 2'd0));
  assign b27_l15_dig = (({3{b27_l15_h0}} & b27_l15_digits[2:0]) | ({3{b27_l15_h1}} & b27_l15_digits[5:3]) | ({3{b27_l15_h2}} & b27_l15_digits[8:6]) | ({3{b27_l15_h3}} & b27_l15_digits[11:9]));
  assign b27_l15_e = {b27_l15_pos, b27_l15_dig[1]};
  assign b27_l15_t = {b27_l15_hit, b27_l15_dig[2], b27_l15_e};
  assign b28_l0_cnt = {3'd0, b28_l0_nzs[0]} + {3'd0, b28_l0_nzs[1]} + {3'd0, b28_l0_nzs[2]} + {3'd0, b28_l0_nzs[3]};
  assign b28_l0_h0 = b28_l0_nzs[0] & (4'd0 == cj0);
  assign b28_l0_n0 = 4'd0 + {3'd0, b28_l0_nzs[0]};
  assign b28_l0_h1 = b28_l0_nzs[1] & (b28_l0_n0 == cj0);
  assign b28_l0_n1 = b28_l0_n0 + {3'd0, b28_l0_nzs[1]};
  assign b28_l0_h2 = b28_l0_nzs[2] & (b28_l0_n1 == cj0);
  assign b28_l0_n2 = b28_l0_n1 + {3'd0, b28_l0_nzs[2]};
  assign b28_l0_h3 = b28_l0_nzs[3] & (b28_l0_n2 == cj0);
  assign b28_l0_hit = b28_l0_h0 | b28_l0_h1 | b28_l0_h2 | b28_l0_h3;
  assign b28_l0_pos = ((b28_l0_h0 ? 2'd0 : 2'd0) | (b28_l0_h1 ? 2'd1 : 2'd0) | (b28_l0_h2 ? 2'd2 : 2'd0) | (b28_l0_h3 ? 2'd3 : 2'd0));
  assign b28_l0_dig = (({3{b28_l0_h0}} & b28_l0_digits[2:0]) | ({3{b28_l0_h1}} & b28_l0_digits[5:3]) | ({3{b28_l0_h2}} & b28_l0_digits[8:6]) | ({3{b28_l0_h3}} & b28_l0_digits[11:9]));
  assign b28_l0_e = {b28_l0_pos, b28_l0_dig[1]};
  assign b28_l0_t = {b28_l0_hit, b28_l0_dig[2], b28_l0_e};
  assign b28_l1_cnt = {3'd0, b28_l1_nzs[0]} + {3'd0, b28_l1_nzs[1]} + {3'd0, b28_l1_nzs[2]} + {3'd0, b28_l1_nzs[3]};
  assign b28_l1_h0 = b28_l1_nzs[0] & (4'd0 == cj1);
  assign b28_l1_n0 = 4'd0 + {3'd0, b28_l1_nzs[0]};
  assign b28_l1_h1 = b28_l1_nzs[1] & (b28_l1_n0 == cj1);
  assign b28_l1_n1 = b28_l1_n0 + {3'd0, b28_l1_nzs[1]};
  assign b28_l1_h2 = b28_l1_nzs[2] & (b28_l1_n1 == cj1);
  assign b28_l1_n2 = b28_l1_n1 + {3'd0, b28_l1_nzs[2]};
  assign b28_l1_h3 = b28_l1_nzs[3] & (b28_l1_n2 == cj1);
  assign b28_l1_hit = b28_l1_h0 | b28_l1_h1 | b28_l1_h2 | b28_l1_h3;
  assign b28_l1_pos = ((b28_l1_h0 ? 2'd0 : 2'd0) | (b28_l1_h1 ? 2'd1 : 2'd0) | (b28_l1_h2 ? 2'd2 : 2'd0) | (b28_l1_h3 ? 2'd3 : 2'd0));
  assign b28_l1_dig = (({3{b28_l1_h0}} & b28_l1_digits[2:0]) | ({3{b28_l1_h1}} & b28_l1_digits[5:3]) | ({3{b28_l1_h2}} & b28_l1_digits[8:6]) | ({3{b28_l1_h3}} & b28_l1_digits[11:9]));
  assign b28_l1_e = {b28_l1_pos, b28_l1_dig[1]};
  assign b28_l1_t = {b28_l1_hit, b28_l1_dig[2], b28_l1_e};
  assign b28_l2_cnt = {3'd0, b28_l2_nzs[0]} + {3'd0, b28_l2_nzs[1]} + {3'd0, b28_l2_nzs[2]} + {3'd0, b28_l2_nzs[3]};
  assign b28_l2_h0 = b28_l2_nzs[0] & (4'd0 == cj2);
  assign b28_l2_n0 = 4'd0 + {3'd0, b28_l2_nzs[0]};
  assign b28_l2_h1 = b28_l2_nzs[1] & (b28_l2_n0 == cj2);
  assign b28_l2_n1 = b28_l2_n0 + {3'd0, b28_l2_nzs[1]};
  assign b28_l2_h2 = b28_l2_nzs[2] & (b28_l2_n1 == cj2);
  assign b28_l2_n2 = b28_l2_n1 + {3'd0, b28_l2_nzs[2]};
  assign b28_l2_h3 = b28_l2_nzs[3] & (b28_l2_n2 == cj2);
  assign b28_l2_hit = b28_l2_h0 | b28_l2_h1 | b28_l2_h2 | b28_l2_h3;
  assign b28_l2_pos = ((b28_l2_h0 ? 2'd0 : 2'd0) | (b28_l2_h1 ? 2'd1 : 2'd0) | (b28_l2_h2 ? 2'd2 : 2'd0) | (b28_l2_h3 ? 2'd3 : 2'd0));
  assign b28_l2_dig = (({3{b28_l2_h0}} & b28_l2_digits[2:0]) | ({3{b28_l2_h1}} & b28_l2_digits[5:3]) | ({3{b28_l2_h2}} & b28_l2_digits[8:6]) | ({3{b28_l2_h3}} & b28_l2_digits[11:9]));
  assign b28_l2_e = {b28_l2_pos, b28_l2_dig[1]};
  assign b28_l2_t = {b28_l2_hit, b28_l2_dig[2], b28_l2_e};
  assign b28_l3_cnt = {3'd0, b28_l3_nzs[0]} + {3'd0, b28_l3_nzs[1]} + {3'd0, b28_l3_nzs[2]} + {3'd0, b28_l3_nzs[3]};
  assign b28_l3_h0 = b28_l3_nzs[0] & (4'd0 == cj3);
  assign b28_l3_n0 = 4'd0 + {3'd0, b28_l3_nzs[0]};
  assign b28_l3_h1 = b28_l3_nzs[1] & (b28_l3_n0 == cj3);
  assign b28_l3_n1 = b28_l3_n0 + {3'd0, b28_l3_nzs[1]};
  assign b28_l3_h2 = b28_l3_nzs[2] & (b28_l3_n1 == cj3);
  assign b28_l3_n2 = b28_l3_n1 + {3'd0, b28_l3_nzs[2]};
  assign b28_l3_h3 = b28_l3_nzs[3] & (b28_l3_n2 == cj3);
  assign b28_l3_hit = b28_l3_h0 | b28_l3_h1 | b28_l3_h2 | b28_l3_h3;
  assign b28_l3_pos = ((b28_l3_h0 ? 2'd0 : 2'd0) | (b28_l3_h1 ? 2'd1 : 2'd0) | (b28_l3_h2 ? 2'd2 : 2'd0) | (b28_l3_h3 ? 2'd3 : 2'd0));
  assign b28_l3_dig = (({3{b28_l3_h0}} & b28_l3_digits[2:0]) | ({3{b28_l3_h1}} & b28_l3_digits[5:3]) | ({3{b28_l3_h2}} & b28_l3_digits[8:6]) | ({3{b28_l3_h3}} & b28_l3_digits[11:9]));
  assign b28_l3_e = {b28_l3_pos, b28_l3_dig[1]};
  assign b28_l3_t = {b28_l3_hit, b28_l3_dig[2], b28_l3_e};
  assign b28_l4_cnt = {3'd0, b28_l4_nzs[0]} + {3'd0, b28_l4_nzs[1]} + {3'd0, b28_l4_nzs[2]} + {3'd0, b28_l4_nzs[3]};
  assign b28_l4_h0 = b28_l4_nzs[0] & (4'd0 == cj4);
  assign b28_l4_n0 = 4'd0 + {3'd0, b28_l4_nzs[0]};
  assign b28_l4_h1 = b28_l4_nzs[1] & (b28_l4_n0 == cj4);
  assign b28_l4_n1 = b28_l4_n0 + {3'd0, b28_l4_nzs[1]};
  assign b28_l4_h2 = b28_l4_nzs[2] & (b28_l4_n1 == cj4);
  assign b28_l4_n2 = b28_l4_n1 + {3'd0, b28_l4_nzs[2]};
  assign b28_l4_h3 = b28_l4_nzs[3] & (b28_l4_n2 == cj4);
  assign b28_l4_hit = b28_l4_h0 | b28_l4_h1 | b28_l4_h2 | b28_l4_h3;
  assign b28_l4_pos = ((b28_l4_h0 ? 2'd0 : 2'd0) | (b28_l4_h1 ? 2'd1 : 2'd0) | (b28_l4_h2 ? 2'd2 : 2'd0) | (b28_l4_h3 ? 2'd3 : 2'd0));
  assign b28_l4_dig = (({3{b28_l4_h0}} & b28_l4_digits[2:0]) | ({3{b28_l4_h1}} & b28_l4_digits[5:3]) | ({3{b28_l4_h2}} & b28_l4_digits[8:6]) | ({3{b28_l4_h3}} & b28_l4_digits[11:9]));
  assign b28_l4_e = {b28_l4_pos, b28_l4_dig[1]};
  assign b28_l4_t = {b28_l4_hit, b28_l4_dig[2], b28_l4_e};
  assign b28_l5_cnt = {3'd0, b28_l5_nzs[0]} + {3'd0, b28_l5_nzs[1]} + {3'd0, b28_l5_nzs[2]} + {3'd0, b28_l5_nzs[3]};
  assign b28_l5_h0 = b28_l5_nzs[0] & (4'd0 == cj5);
  assign b28_l5_n0 = 4'd0 + {3'd0, b28_l5_nzs[0]};
  assign b28_l5_h1 = b28_l5_nzs[1] & (b28_l5_n0 == cj5);
  assign b28_l5_n1 = b28_l5_n0 + {3'd0, b28_l5_nzs[1]};
  assign b28_l5_h2 = b28_l5_nzs[2] & (b28_l5_n1 == cj5);
  assign b28_l5_n2 = b28_l5_n1 + {3'd0, b28_l5_nzs[2]};
  assign b28_l5_h3 = b28_l5_nzs[3] & (b28_l5_n2 == cj5);
  assign b28_l5_hit = b28_l5_h0 | b28_l5_h1 | b28_l5_h2 | b28_l5_h3;
  assign b28_l5_pos = ((b28_l5_h0 ? 2'd0 : 2'd0) | (b28_l5_h1 ? 2'd1 : 2'd0) | (b28_l5_h2 ? 2'd2 : 2'd0) | (b28_l5_h3 ? 2'd3 : 2'd0));
  assign b28_l5_dig = (({3{b28_l5_h0}} & b28_l5_digits[2:0]) | ({3{b28_l5_h1}} & b28_l5_digits[5:3]) | ({3{b28_l5_h2}} & b28_l5_digits[8:6]) | ({3{b28_l5_h3}} & b28_l5_digits[11:9]));
  assign b28_l5_e = {b28_l5_pos, b28_l5_dig[1]};
  assign b28_l5_t = {b28_l5_hit, b28_l5_dig[2], b28_l5_e};
  assign b28_l6_cnt = {3'd0, b28_l6_nzs[0]} + {3'd0, b28_l6_nzs[1]} + {3'd0, b28_l6_nzs[2]} + {3'd0, b28_l6_nzs[3]};
  assign b28_l6_h0 = b28_l6_nzs[0] & (4'd0 == cj6);
  assign b28_l6_n0 = 4'd0 + {3'd0, b28_l6_nzs[0]};
  assign b28_l6_h1 = b28_l6_nzs[1] & (b28_l6_n0 == cj6);
  assign b28_l6_n1 = b28_l6_n0 + {3'd0, b28_l6_nzs[1]};
  assign b28_l6_h2 = b28_l6_nzs[2] & (b28_l6_n1 == cj6);
  assign b28_l6_n2 = b28_l6_n1 + {3'd0, b28_l6_nzs[2]};
  assign b28_l6_h3 = b28_l6_nzs[3] & (b28_l6_n2 == cj6);
  assign b28_l6_hit = b28_l6_h0 | b28_l6_h1 | b28_l6_h2 | b28_l6_h3;
  assign b28_l6_pos = ((b28_l6_h0 ? 2'd0 : 2'd0) | (b28_l6_h1 ? 2'd1 : 2'd0) | (b28_l6_h2 ? 2'd2 : 2'd0) | (b28_l6_h3 ? 2'd3 : 2'd0));
  assign b28_l6_dig = (({3{b28_l6_h0}} & b28_l6_digits[2:0]) | ({3{b28_l6_h1}} & b28_l6_digits[5:3]) | ({3{b28_l6_h2}} & b28_l6_digits[8:6]) | ({3{b28_l6_h3}} & b28_l6_digits[11:9]));
  assign b28_l6_e = {b28_l6_pos, b28_l6_dig[1]};
  assign b28_l6_t = {b28_l6_hit, b28_l6_dig[2], b28_l6_e};
  assign b28_l7_cnt = {3'd0, b28_l7_nzs[0]} + {3'd0, b28_l7_nzs[1]} + {3'd0, b28_l7_nzs[2]} + {3'd0, b28_l7_nzs[3]};
  assign b28_l7_h0 = b28_l7_nzs[0] & (4'd0 == cj7);
  assign b28_l7_n0 = 4'd0 + {3'd0, b28_l7_nzs[0]};
  assign b28_l7_h1 = b28_l7_nzs[1] & (b28_l7_n0 == cj7);
  assign b28_l7_n1 = b28_l7_n0 + {3'd0, b28_l7_nzs[1]};
  assign b28_l7_h2 = b28_l7_nzs[2] & (b28_l7_n1 == cj7);
  assign b28_l7_n2 = b28_l7_n1 + {3'd0, b28_l7_nzs[2]};
  assign b28_l7_h3 = b28_l7_nzs[3] & (b28_l7_n2 == cj7);
  assign b28_l7_hit = b28_l7_h0 | b28_l7_h1 | b28_l7_h2 | b28_l7_h3;
  assign b28_l7_pos = ((b28_l7_h0 ? 2'd0 : 2'd0) | (b28_l7_h1 ? 2'd1 : 2'd0) | (b28_l7_h2 ? 2'd2 : 2'd0) | (b28_l7_h3 ? 2'd3 : 2'd0));
  assign b28_l7_dig = (({3{b28_l7_h0}} & b28_l7_digits[2:0]) | ({3{b28_l7_h1}} & b28_l7_digits[5:3]) | ({3{b28_l7_h2}} & b28_l7_digits[8:6]) | ({3{b28_l7_h3}} & b28_l7_digits[11:9]));
  assign b28_l7_e = {b28_l7_pos, b28_l7_dig[1]};
  assign b28_l7_t = {b28_l7_hit, b28_l7_dig[2], b28_l7_e};
  assign b28_l8_cnt = {3'd0, b28_l8_nzs[0]} + {3'd0, b28_l8_nzs[1]} + {3'd0, b28_l8_nzs[2]} + {3'd0, b28_l8_nzs[3]};
  assign b28_l8_h0 = b28_l8_nzs[0] & (4'd0 == cj8);
  assign b28_l8_n0 = 4'd0 + {3'd0, b28_l8_nzs[0]};
  assign b28_l8_h1 = b28_l8_nzs[1] & (b28_l8_n0 == cj8);
  assign b28_l8_n1 = b28_l8_n0 + {3'd0, b28_l8_nzs[1]};
  assign b28_l8_h2 = b28_l8_nzs[2] & (b28_l8_n1 == cj8);
  assign b28_l8_n2 = b28_l8_n1 + {3'd0, b28_l8_nzs[2]};
  assign b28_l8_h3 = b28_l8_nzs[3] & (b28_l8_n2 == cj8);
  assign b28_l8_hit = b28_l8_h0 | b28_l8_h1 | b28_l8_h2 | b28_l8_h3;
  assign b28_l8_pos = ((b28_l8_h0 ? 2'd0 : 2'd0) | (b28_l8_h1 ? 2'd1 : 2'd0) | (b28_l8_h2 ? 2'd2 : 2'd0) | (b28_l8_h3 ? 2'd3 : 2'd0));
  assign b28_l8_dig = (({3{b28_l8_h0}} & b28_l8_digits[2:0]) | ({3{b28_l8_h1}} & b28_l8_digits[5:3]) | ({3{b28_l8_h2}} & b28_l8_digits[8:6]) | ({3{b28_l8_h3}} & b28_l8_digits[11:9]));
  assign b28_l8_e = {b28_l8_pos, b28_l8_dig[1]};
  assign b28_l8_t = {b28_l8_hit, b28_l8_dig[2], b28_l8_e};
  assign b28_l9_cnt = {3'd0, b28_l9_nzs[0]} + {3'd0, b28_l9_nzs[1]} + {3'd0, b28_l9_nzs[2]} + {3'd0, b28_l9_nzs[3]};
  assign b28_l9_h0 = b28_l9_nzs[0] & (4'd0 == cj9);
  assign b28_l9_n0 = 4'd0 + {3'd0, b28_l9_nzs[0]};
  assign b28_l9_h1 = b28_l9_nzs[1] & (b28_l9_n0 == cj9);
  assign b28_l9_n1 = b28_l9_n0 + {3'd0, b28_l9_nzs[1]};
  assign b28_l9_h2 = b28_l9_nzs[2] & (b28_l9_n1 == cj9);
  assign b28_l9_n2 = b28_l9_n1 + {3'd0, b28_l9_nzs[2]};
  assign b28_l9_h3 = b28_l9_nzs[3] & (b28_l9_n2 == cj9);
  assign b28_l9_hit = b28_l9_h0 | b28_l9_h1 | b28_l9_h2 | b28_l9_h3;
  assign b28_l9_pos = ((b28_l9_h0 ? 2'd0 : 2'd0) | (b28_l9_h1 ? 2'd1 : 2'd0) | (b28_l9_h2 ? 2'd2 : 2'd0) | (b28_l9_h3 ? 2'd3 : 2'd0));
  assign b28_l9_dig = (({3{b28_l9_h0}} & b28_l9_digits[2:0]) | ({3{b28_l9_h1}} & b28_l9_digits[5:3]) | ({3{b28_l9_h2}} & b28_l9_digits[8:6]) | ({3{b28_l9_h3}} & b28_l9_digits[11:9]));
  assign b28_l9_e = {b28_l9_pos, b28_l9_dig[1]};
  assign b28_l9_t = {b28_l9_hit, b28_l9_dig[2], b28_l9_e};
  assign b28_l10_cnt = {3'd0, b28_l10_nzs[0]} + {3'd0, b28_l10_nzs[1]} + {3'd0, b28_l10_nzs[2]} + {3'd0, b28_l10_nzs[3]};
  assign b28_l10_h0 = b28_l10_nzs[0] & (4'd0 == cj10);
  assign b28_l10_n0 = 4'd0 + {3'd0, b28_l10_nzs[0]};
  assign b28_l10_h1 = b28_l10_nzs[1] & (b28_l10_n0 == cj10);
  assign b28_l10_n1 = b28_l10_n0 + {3'd0, b28_l10_nzs[1]};
  assign b28_l10_h2 = b28_l10_nzs[2] & (b28_l10_n1 == cj10);
  assign b28_l10_n2 = b28_l10_n1 + {3'd0, b28_l10_nzs[2]};
  assign b28_l10_h3 = b28_l10_nzs[3] & (b28_l10_n2 == cj10);
  assign b28_l10_hit = b28_l10_h0 | b28_l10_h1 | b28_l10_h2 | b28_l10_h3;
  assign b28_l10_pos = ((b28_l10_h0 ? 2'd0 : 2'd0) | (b28_l10_h1 ? 2'd1 : 2'd0) | (b28_l10_h2 ? 2'd2 : 2'd0) | (b28_l10_h3 ? 2'd3 : 2'd0));
  assign b28_l10_dig = (({3{b28_l10_h0}} & b28_l10_digits[2:0]) | ({3{b28_l10_h1}} & b28_l10_digits[5:3]) | ({3{b28_l10_h2}} & b28_l10_digits[8:6]) | ({3{b28_l10_h3}} & b28_l10_digits[11:9]));
  assign b28_l10_e = {b28_l10_pos, b28_l10_dig[1]};
  assign b28_l10_t = {b28_l10_hit, b28_l10_dig[2], b28_l10_e};
  assign b28_l11_cnt = {3'd0, b28_l11_nzs[0]} + {3'd0, b28_l11_nzs[1]} + {3'd0, b28_l11_nzs[2]} + {3'd0, b28_l11_nzs[3]};
  assign b28_l11_h0 = b28_l11_nzs[0] & (4'd0 == cj11);
  assign b28_l11_n0 = 4'd0 + {3'd0, b28_l11_nzs[0]};
  assign b28_l11_h1 = b28_l11_nzs[1] & (b28_l11_n0 == cj11);
  assign b28_l11_n1 = b28_l11_n0 + {3'd0, b28_l11_nzs[1]};
  assign b28_l11_h2 = b28_l11_nzs[2] & (b28_l11_n1 == cj11);
  assign b28_l11_n2 = b28_l11_n1 + {3'd0, b28_l11_nzs[2]};
  assign b28_l11_h3 = b28_l11_nzs[3] & (b28_l11_n2 == cj11);
  assign b28_l11_hit = b28_l11_h0 | b28_l11_h1 | b28_l11_h2 | b28_l11_h3;
  assign b28_l11_pos = ((b28_l11_h0 ? 2'd0 : 2'd0) | (b28_l11_h1 ? 2'd1 : 2'd0) | (b28_l11_h2 ? 2'd2 : 2'd0) | (b28_l11_h3 ? 2'd3 : 2'd0));
  assign b28_l11_dig = (({3{b28_l11_h0}} & b28_l11_digits[2:0]) | ({3{b28_l11_h1}} & b28_l11_digits[5:3]) | ({3{b28_l11_h2}} & b28_l11_digits[8:6]) | ({3{b28_l11_h3}} & b28_l11_digits[11:9]));
  assign b28_l11_e = {b28_l11_pos, b28_l11_dig[1]};
  assign b28_l11_t = {b28_l11_hit, b28_l11_dig[2], b28_l11_e};
  assign b28_l12_cnt = {3'd0, b28_l12_nzs[0]} + {3'd0, b28_l12_nzs[1]} + {3'd0, b28_l12_nzs[2]} + {3'd0, b28_l12_nzs[3]};
  assign b28_l12_h0 = b28_l12_nzs[0] & (4'd0 == cj12);
  assign b28_l12_n0 = 4'd0 + {3'd0, b28_l12_nzs[0]};
  assign b28_l12_h1 = b28_l12_nzs[1] & (b28_l12_n0 == cj12);
  assign b28_l12_n1 = b28_l12_n0 + {3'd0, b28_l12_nzs[1]};
  assign b28_l12_h2 = b28_l12_nzs[2] & (b28_l12_n1 == cj12);
  assign b28_l12_n2 = b28_l12_n1 + {3'd0, b28_l12_nzs[2]};
  assign b28_l12_h3 = b28_l12_nzs[3] & (b28_l12_n2 == cj12);
  assign b28_l12_hit = b28_l12_h0 | b28_l12_h1 | b28_l12_h2 | b28_l12_h3;
  assign b28_l12_pos = ((b28_l12_h0 ? 2'd0 : 2'd0) | (b28_l12_h1 ? 2'd1 : 2'd0) | (b28_l12_h2 ? 2'd2 : 2'd0) | (b28_l12_h3 ? 2'd3 : 2'd0));
  assign b28_l12_dig = (({3{b28_l12_h0}} & b28_l12_digits[2:0]) | ({3{b28_l12_h1}} & b28_l12_digits[5:3]) | ({3{b28_l12_h2}} & b28_l12_digits[8:6]) | ({3{b28_l12_h3}} & b28_l12_digits[11:9]));
  assign b28_l12_e = {b28_l12_pos, b28_l12_dig[1]};
  assign b28_l12_t = {b28_l12_hit, b28_l12_dig[2], b28_l12_e};
  assign b28_l13_cnt = {3'd0, b28_l13_nzs[0]} + {3'd0, b28_l13_nzs[1]} + {3'd0, b28_l13_nzs[2]} + {3'd0, b28_l13_nzs[3]};
  assign b28_l13_h0 = b28_l13_nzs[0] & (4'd0 == cj13);
  assign b28_l13_n0 = 4'd0 + {3'd0, b28_l13_nzs[0]};
  assign b28_l13_h1 = b28_l13_nzs[1] & (b28_l13_n0 == cj13);
  assign b28_l13_n1 = b28_l13_n0 + {3'd0, b28_l13_nzs[1]};
  assign b28_l13_h2 = b28_l13_nzs[2] & (b28_l13_n1 == cj13);
  assign b28_l13_n2 = b28_l13_n1 + {3'd0, b28_l13_nzs[2]};
  assign b28_l13_h3 = b28_l13_nzs[3] & (b28_l13_n2 == cj13);
  assign b28_l13_hit = b28_l13_h0 | b28_l13_h1 | b28_l13_h2 | b28_l13_h3;
  assign b28_l13_pos = ((b28_l13_h0 ? 2'd0 : 2'd0) | (b28_l13_h1 ? 2'd1 : 2'd0) | (b28_l13_h2 ? 2'd2 : 2'd0) | (b28_l13_h3 ? 2'd3 : 2'd0));
  assign b28_l13_dig = (({3{b28_l13_h0}} & b28_l13_digits[2:0]) | ({3{b28_l13_h1}} & b28_l13_digits[5:3]) | ({3{b28_l13_h2}} & b28_l13_digits[8:6]) | ({3{b28_l13_h3}} & b28_l13_digits[11:9]));
  assign b28_l13_e = {b28_l13_pos, b28_l13_dig[1]};
  assign b28_l13_t = {b28_l13_hit, b28_l13_dig[2], b28_l13_e};
  assign b28_l14_cnt = {3'd0, b28_l14_nzs[0]} + {3'd0, b28_l14_nzs[1]} + {3'd0, b28_l14_nzs[2]} + {3'd0, b28_l14_nzs[3]};
  assign b28_l14_h0 = b28_l14_nzs[0] & (4'd0 == cj14);
  assign b28_l14_n0 = 4'd0 + {3'd0, b28_l14_nzs[0]};
  assign b28_l14_h1 = b28_l14_nzs[1] & (b28_l14_n0 == cj14);
  assign b28_l14_n1 = b28_l14_n0 + {3'd0, b28_l14_nzs[1]};
  assign b28_l14_h2 = b28_l14_nzs[2] & (b28_l14_n1 == cj14);
  assign b28_l14_n2 = b28_l14_n1 + {3'd0, b28_l14_nzs[2]};
  assign b28_l14_h3 = b28_l14_nzs[3] & (b28_l14_n2 == cj14);
  assign b28_l14_hit = b28_l14_h0 | b28_l14_h1 | b28_l14_h2 | b28_l14_h3;
  assign b28_l14_pos = ((b28_l14_h0 ? 2'd0 : 2'd0) | (b28_l14_h1 ? 2'd1 : 2'd0) | (b28_l14_h2 ? 2'd2 : 2'd0) | (b28_l14_h3 ? 2'd3 : 2'd0));
  assign b28_l14_dig = (({3{b28_l14_h0}} & b28_l14_digits[2:0]) | ({3{b28_l14_h1}} & b28_l14_digits[5:3]) | ({3{b28_l14_h2}} & b28_l14_digits[8:6]) | ({3{b28_l14_h3}} & b28_l14_digits[11:9]));
  assign b28_l14_e = {b28_l14_pos, b28_l14_dig[1]};
  assign b28_l14_t = {b28_l14_hit, b28_l14_dig[2], b28_l14_e};
  assign b28_l15_cnt = {3'd0, b28_l15_nzs[0]} + {3'd0, b28_l15_nzs[1]} + {3'd0, b28_l15_nzs[2]} + {3'd0, b28_l15_nzs[3]};
  assign b28_l15_h0 = b28_l15_nzs[0] & (4'd0 == cj15);
  assign b28_l15_n0 = 4'd0 + {3'd0, b28_l15_nzs[0]};
  assign b28_l15_h1 = b28_l15_nzs[1] & (b28_l15_n0 == cj15);
  assign b28_l15_n1 = b28_l15_n0 + {3'd0, b28_l15_nzs[1]};
  assign b28_l15_h2 = b28_l15_nzs[2] & (b28_l15_n1 == cj15);
  assign b28_l15_n2 = b28_l15_n1 + {3'd0, b28_l15_nzs[2]};
  assign b28_l15_h3 = b28_l15_nzs[3] & (b28_l15_n2 == cj15);
  assign b28_l15_hit = b28_l15_h0 | b28_l15_h1 | b28_l15_h2 | b28_l15_h3;
  assign b28_l15_pos = ((b28_l15_h0 ? 2'd0 : 2'd0) | (b28_l15_h1 ? 2'd1 : 2'd0) | (b28_l15_h2 ? 2'd2 : 2'd0) | (b28_l15_h3 ? 2'd3 : 2'd0));
  assign b28_l15_dig = (({3{b28_l15_h0}} & b28_l15_digits[2:0]) | ({3{b28_l15_h1}} & b28_l15_digits[5:3]) | ({3{b28_l15_h2}} & b28_l15_digits[8:6]) | ({3{b28_l15_h3}} & b28_l15_digits[11:9]));
  assign b28_l15_e = {b28_l15_pos, b28_l15_dig[1]};
  assign b28_l15_t = {b28_l15_hit, b28_l15_dig[2], b28_l15_e};
  assign b29_l0_cnt = {3'd0, b29_l0_nzs[0]} + {3'd0, b29_l0_nzs[1]} + {3'd0, b29_l0_nzs[2]} + {3'd0, b29_l0_nzs[3]};
  assign b29_l0_h0 = b29_l0_nzs[0] & (4'd0 == cj0);
  assign b29_l0_n0 = 4'd0 + {3'd0, b29_l0_nzs[0]};
  assign b29_l0_h1 = b29_l0_nzs[1] & (b29_l0_n0 == cj0);
  assign b29_l0_n1 = b29_l0_n0 + {3'd0, b29_l0_nzs[1]};
  assign b29_l0_h2 = b29_l0_nzs[2] & (b29_l0_n1 == cj0);
  assign b29_l0_n2 = b29_l0_n1 + {3'd0, b29_l0_nzs[2]};
  assign b29_l0_h3 = b29_l0_nzs[3] & (b29_l0_n2 == cj0);
  assign b29_l0_hit = b29_l0_h0 | b29_l0_h1 | b29_l0_h2 | b29_l0_h3;
  assign b29_l0_pos = ((b29_l0_h0 ? 2'd0 : 2'd0) | (b29_l0_h1 ? 2'd1 : 2'd0) | (b29_l0_h2 ? 2'd2 : 2'd0) | (b29_l0_h3 ? 2'd3 : 2'd0));
  assign b29_l0_dig = (({3{b29_l0_h0}} & b29_l0_digits[2:0]) | ({3{b29_l0_h1}} & b29_l0_digits[5:3]) | ({3{b29_l0_h2}} & b29_l0_digits[8:6]) | ({3{b29_l0_h3}} & b29_l0_digits[11:9]));
  assign b29_l0_e = {b29_l0_pos, b29_l0_dig[1]};
  assign b29_l0_t = {b29_l0_hit, b29_l0_dig[2], b29_l0_e};
  assign b29_l1_cnt = {3'd0, b29_l1_nzs[0]} + {3'd0, b29_l1_nzs[1]} + {3'd0, b29_l1_nzs[2]} + {3'd0, b29_l1_nzs[3]};
  assign b29_l1_h0 = b29_l1_nzs[0] & (4'd0 == cj1);
  assign b29_l1_n0 = 4'd0 + {3'd0, b29_l1_nzs[0]};
  assign b29_l1_h1 = b29_l1_nzs[1] & (b29_l1_n0 == cj1);
  assign b29_l1_n1 = b29_l1_n0 + {3'd0, b29_l1_nzs[1]};
  assign b29_l1_h2 = b29_l1_nzs[2] & (b29_l1_n1 == cj1);
  assign b29_l1_n2 = b29_l1_n1 + {3'd0, b29_l1_nzs[2]};
  assign b29_l1_h3 = b29_l1_nzs[3] & (b29_l1_n2 == cj1);
  assign b29_l1_hit = b29_l1_h0 | b29_l1_h1 | b29_l1_h2 | b29_l1_h3;
  assign b29_l1_pos = ((b29_l1_h0 ? 2'd0 : 2'd0) | (b29_l1_h1 ? 2'd1 : 2'd0) | (b29_l1_h2 ? 2'd2 : 2'd0) | (b29_l1_h3 ? 2'd3 : 2'd0));
  assign b29_l1_dig = (({3{b29_l1_h0}} & b29_l1_digits[2:0]) | ({3{b29_l1_h1}} & b29_l1_digits[5:3]) | ({3{b29_l1_h2}} & b29_l1_digits[8:6]) | ({3{b29_l1_h3}} & b29_l1_digits[11:9]));
  assign b29_l1_e = {b29_l1_pos, b29_l1_dig[1]};
  assign b29_l1_t = {b29_l1_hit, b29_l1_dig[2], b29_l1_e};
  assign b29_l2_cnt = {3'd0, b29_l2_nzs[0]} + {3'd0, b29_l2_nzs[1]} + {3'd0, b29_l2_nzs[2]} + {3'd0, b29_l2_nzs[3]};
  assign b29_l2_h0 = b29_l2_nzs[0] & (4'd0 == cj2);
  assign b29_l2_n0 = 4'd0 + {3'd0, b29_l2_nzs[0]};
  assign b29_l2_h1 = b29_l2_nzs[1] & (b29_l2_n0 == cj2);
  assign b29_l2_n1 = b29_l2_n0 + {3'd0, b29_l2_nzs[1]};
  assign b29_l2_h2 = b29_l2_nzs[2] & (b29_l2_n1 == cj2);
  assign b29_l2_n2 = b29_l2_n1 + {3'd0, b29_l2_nzs[2]};
  assign b29_l2_h3 = b29_l2_nzs[3] & (b29_l2_n2 == cj2);
  assign b29_l2_hit = b29_l2_h0 | b29_l2_h1 | b29_l2_h2 | b29_l2_h3;
  assign b29_l2_pos = ((b29_l2_h0 ? 2'd0 : 2'd0) | (b29_l2_h1 ? 2'd1 : 2'd0) | (b29_l2_h2 ? 2'd2 : 2'd0) | (b29_l2_h3 ? 2'd3 : 2'd0));
  assign b29_l2_dig = (({3{b29_l2_h0}} & b29_l2_digits[2:0]) | ({3{b29_l2_h1}} & b29_l2_digits[5:3]) | ({3{b29_l2_h2}} & b29_l2_digits[8:6]) | ({3{b29_l2_h3}} & b29_l2_digits[11:9]));
  assign b29_l2_e = {b29_l2_pos, b29_l2_dig[1]};
  assign b29_l2_t = {b29_l2_hit, b29_l2_dig[2], b29_l2_e};
  assign b29_l3_cnt = {3'd0, b29_l3_nzs[0]} + {3'd0, b29_l3_nzs[1]} + {3'd0, b29_l3_nzs[2]} + {3'd0, b29_l3_nzs[3]};
  assign b29_l3_h0 = b29_l3_nzs[0] & (4'd0 == cj3);
  assign b29_l3_n0 = 4'd0 + {3'd0, b29_l3_nzs[0]};
  assign b29_l3_h1 = b29_l3_nzs[1] & (b29_l3_n0 == cj3);
  assign b29_l3_n1 = b29_l3_n0 + {3'd0, b29_l3_nzs[1]};
  assign b29_l3_h2 = b29_l3_nzs[2] & (b29_l3_n1 == cj3);
  assign b29_l3_n2 = b29_l3_n1 + {3'd0, b29_l3_nzs[2]};
  assign b29_l3_h3 = b29_l3_nzs[3] & (b29_l3_n2 == cj3);
  assign b29_l3_hit = b29_l3_h0 | b29_l3_h1 | b29_l3_h2 | b29_l3_h3;
  assign b29_l3_pos = ((b29_l3_h0 ? 2'd0 : 2'd0) | (b29_l3_h1 ? 2'd1 : 2'd0) | (b29_l3_h2 ? 2'd2 : 2'd0) | (b29_l3_h3 ? 2'd3 : 2'd0));
  assign b29_l3_dig = (({3{b29_l3_h0}} & b29_l3_digits[2:0]) | ({3{b29_l3_h1}} & b29_l3_digits[5:3]) | ({3{b29_l3_h2}} & b29_l3_digits[8:6]) | ({3{b29_l3_h3}} & b29_l3_digits[11:9]));
  assign b29_l3_e = {b29_l3_pos, b29_l3_dig[1]};
  assign b29_l3_t = {b29_l3_hit, b29_l3_dig[2], b29_l3_e};
  assign b29_l4_cnt = {3'd0, b29_l4_nzs[0]} + {3'd0, b29_l4_nzs[1]} + {3'd0, b29_l4_nzs[2]} + {3'd0, b29_l4_nzs[3]};
  assign b29_l4_h0 = b29_l4_nzs[0] & (4'd0 == cj4);
  assign b29_l4_n0 = 4'd0 + {3'd0, b29_l4_nzs[0]};
  assign b29_l4_h1 = b29_l4_nzs[1] & (b29_l4_n0 == cj4);
  assign b29_l4_n1 = b29_l4_n0 + {3'd0, b29_l4_nzs[1]};
  assign b29_l4_h2 = b29_l4_nzs[2] & (b29_l4_n1 == cj4);
  assign b29_l4_n2 = b29_l4_n1 + {3'd0, b29_l4_nzs[2]};
  assign b29_l4_h3 = b29_l4_nzs[3] & (b29_l4_n2 == cj4);
  assign b29_l4_hit = b29_l4_h0 | b29_l4_h1 | b29_l4_h2 | b29_l4_h3;
  assign b29_l4_pos = ((b29_l4_h0 ? 2'd0 : 2'd0) | (b29_l4_h1 ? 2'd1 : 2'd0) | (b29_l4_h2 ? 2'd2 : 2'd0) | (b29_l4_h3 ? 2'd3 : 2'd0));
  assign b29_l4_dig = (({3{b29_l4_h0}} & b29_l4_digits[2:0]) | ({3{b29_l4_h1}} & b29_l4_digits[5:3]) | ({3{b29_l4_h2}} & b29_l4_digits[8:6]) | ({3{b29_l4_h3}} & b29_l4_digits[11:9]));
  assign b29_l4_e = {b29_l4_pos, b29_l4_dig[1]};
  assign b29_l4_t = {b29_l4_hit, b29_l4_dig[2], b29_l4_e};
  assign b29_l5_cnt = {3'd0, b29_l5_nzs[0]} + {3'd0, b29_l5_nzs[1]} + {3'd0, b29_l5_nzs[2]} + {3'd0, b29_l5_nzs[3]};
  assign b29_l5_h0 = b29_l5_nzs[0] & (4'd0 == cj5);
  assign b29_l5_n0 = 4'd0 + {3'd0, b29_l5_nzs[0]};
  assign b29_l5_h1 = b29_l5_nzs[1] & (b29_l5_n0 == cj5);
  assign b29_l5_n1 = b29_l5_n0 + {3'd0, b29_l5_nzs[1]};
  assign b29_l5_h2 = b29_l5_nzs[2] & (b29_l5_n1 == cj5);
  assign b29_l5_n2 = b29_l5_n1 + {3'd0, b29_l5_nzs[2]};
  assign b29_l5_h3 = b29_l5_nzs[3] & (b29_l5_n2 == cj5);
  assign b29_l5_hit = b29_l5_h0 | b29_l5_h1 | b29_l5_h2 | b29_l5_h3;
  assign b29_l5_pos = ((b29_l5_h0 ? 2'd0 : 2'd0) | (b29_l5_h1 ? 2'd1 : 2'd0) | (b29_l5_h2 ? 2'd2 : 2'd0) | (b29_l5_h3 ? 2'd3 : 2'd0));
  assign b29_l5_dig = (({3{b29_l5_h0}} & b29_l5_digits[2:0]) | ({3{b29_l5_h1}} & b29_l5_digits[5:3]) | ({3{b29_l5_h2}} & b29_l5_digits[8:6]) | ({3{b29_l5_h3}} & b29_l5_digits[11:9]));
  assign b29_l5_e = {b29_l5_pos, b29_l5_dig[1]};
  assign b29_l5_t = {b29_l5_hit, b29_l5_dig[2], b29_l5_e};
  assign b29_l6_cnt = {3'd0, b29_l6_nzs[0]} + {3'd0, b29_l6_nzs[1]} + {3'd0, b29_l6_nzs[2]} + {3'd0, b29_l6_nzs[3]};
  assign b29_l6_h0 = b29_l6_nzs[0] & (4'd0 == cj6);
  assign b29_l6_n0 = 4'd0 + {3'd0, b29_l6_nzs[0]};
  assign b29_l6_h1 = b29_l6_nzs[1] & (b29_l6_n0 == cj6);
  assign b29_l6_n1 = b29_l6_n0 + {3'd0, b29_l6_nzs[1]};
  assign b29_l6_h2 = b29_l6_nzs[2] & (b29_l6_n1 == cj6);
  assign b29_l6_n2 = b29_l6_n1 + {3'd0, b29_l6_nzs[2]};
  assign b29_l6_h3 = b29_l6_nzs[3] & (b29_l6_n2 == cj6);
  assign b29_l6_hit = b29_l6_h0 | b29_l6_h1 | b29_l6_h2 | b29_l6_h3;
  assign b29_l6_pos = ((b29_l6_h0 ? 2'd0 : 2'd0) | (b29_l6_h1 ? 2'd1 : 2'd0) | (b29_l6_h2 ? 2'd2 : 2'd0) | (b29_l6_h3 ? 2'd3 : 2'd0));
  assign b29_l6_dig = (({3{b29_l6_h0}} & b29_l6_digits[2:0]) | ({3{b29_l6_h1}} & b29_l6_digits[5:3]) | ({3{b29_l6_h2}} & b29_l6_digits[8:6]) | ({3{b29_l6_h3}} & b29_l6_digits[11:9]));
  assign b29_l6_e = {b29_l6_pos, b29_l6_dig[1]};
  assign b29_l6_t = {b29_l6_hit, b29_l6_dig[2], b29_l6_e};
  assign b29_l7_cnt = {3'd0, b29_l7_nzs[0]} + {3'd0, b29_l7_nzs[1]} + {3'd0, b29_l7_nzs[2]} + {3'd0, b29_l7_nzs[3]};
  assign b29_l7_h0 = b29_l7_nzs[0] & (4'd0 == cj7);
  assign b29_l7_n0 = 4'd0 + {3'd0, b29_l7_nzs[0]};
  assign b29_l7_h1 = b29_l7_nzs[1] & (b29_l7_n0 == cj7);
  assign b29_l7_n1 = b29_l7_n0 + {3'd0, b29_l7_nzs[1]};
  assign b29_l7_h2 = b29_l7_nzs[2] & (b29_l7_n1 == cj7);
  assign b29_l7_n2 = b29_l7_n1 + {3'd0, b29_l7_nzs[2]};
  assign b29_l7_h3 = b29_l7_nzs[3] & (b29_l7_n2 == cj7);
  assign b29_l7_hit = b29_l7_h0 | b29_l7_h1 | b29_l7_h2 | b29_l7_h3;
  assign b29_l7_pos = ((b29_l7_h0 ? 2'd0 : 2'd0) | (b29_l7_h1 ? 2'd1 : 2'd0) | (b29_l7_h2 ? 2'd2 : 2'd0) | (b29_l7_h3 ? 2'd3 : 2'd0));
  assign b29_l7_dig = (({3{b29_l7_h0}} & b29_l7_digits[2:0]) | ({3{b29_l7_h1}} & b29_l7_digits[5:3]) | ({3{b29_l7_h2}} & b29_l7_digits[8:6]) | ({3{b29_l7_h3}} & b29_l7_digits[11:9]));
  assign b29_l7_e = {b29_l7_pos, b29_l7_dig[1]};
  assign b29_l7_t = {b29_l7_hit, b29_l7_dig[2], b29_l7_e};
  assign b29_l8_cnt = {3'd0, b29_l8_nzs[0]} + {3'd0, b29_l8_nzs[1]} + {3'd0, b29_l8_nzs[2]} + {3'd0, b29_l8_nzs[3]};
  assign b29_l8_h0 = b29_l8_nzs[0] & (4'd0 == cj8);
  assign b29_l8_n0 = 4'd0 + {3'd0, b29_l8_nzs[0]};
  assign b29_l8_h1 = b29_l8_nzs[1] & (b29_l8_n0 == cj8);
  assign b29_l8_n1 = b29_l8_n0 + {3'd0, b29_l8_nzs[1]};
  assign b29_l8_h2 = b29_l8_nzs[2] & (b29_l8_n1 == cj8);
  assign b29_l8_n2 = b29_l8_n1 + {3'd0, b29_l8_nzs[2]};
  assign b29_l8_h3 = b29_l8_nzs[3] & (b29_l8_n2 == cj8);
  assign b29_l8_hit = b29_l8_h0 | b29_l8_h1 | b29_l8_h2 | b29_l8_h3;
  assign b29_l8_pos = ((b29_l8_h0 ? 2'd0 : 2'd0) | (b29_l8_h1 ? 2'd1 : 2'd0) | (b29_l8_h2 ? 2'd2 : 2'd0) | (b29_l8_h3 ? 2'd3 : 2'd0));
  assign b29_l8_dig = (({3{b29_l8_h0}} & b29_l8_digits[2:0]) | ({3{b29_l8_h1}} & b29_l8_digits[5:3]) | ({3{b29_l8_h2}} & b29_l8_digits[8:6]) | ({3{b29_l8_h3}} & b29_l8_digits[11:9]));
  assign b29_l8_e = {b29_l8_pos, b29_l8_dig[1]};
  assign b29_l8_t = {b29_l8_hit, b29_l8_dig[2], b29_l8_e};
  assign b29_l9_cnt = {3'd0, b29_l9_nzs[0]} + {3'd0, b29_l9_nzs[1]} + {3'd0, b29_l9_nzs[2]} + {3'd0, b29_l9_nzs[3]};
  assign b29_l9_h0 = b29_l9_nzs[0] & (4'd0 == cj9);
  assign b29_l9_n0 = 4'd0 + {3'd0, b29_l9_nzs[0]};
  assign b29_l9_h1 = b29_l9_nzs[1] & (b29_l9_n0 == cj9);
  assign b29_l9_n1 = b29_l9_n0 + {3'd0, b29_l9_nzs[1]};
  assign b29_l9_h2 = b29_l9_nzs[2] & (b29_l9_n1 == cj9);
  assign b29_l9_n2 = b29_l9_n1 + {3'd0, b29_l9_nzs[2]};
  assign b29_l9_h3 = b29_l9_nzs[3] & (b29_l9_n2 == cj9);
  assign b29_l9_hit = b29_l9_h0 | b29_l9_h1 | b29_l9_h2 | b29_l9_h3;
  assign b29_l9_pos = ((b29_l9_h0 ? 2'd0 : 2'd0) | (b29_l9_h1 ? 2'd1 : 2'd0) | (b29_l9_h2 ? 2'd2 : 2'd0) | (b29_l9_h3 ? 2'd3 : 2'd0));
  assign b29_l9_dig = (({3{b29_l9_h0}} & b29_l9_digits[2:0]) | ({3{b29_l9_h1}} & b29_l9_digits[5:3]) | ({3{b29_l9_h2}} & b29_l9_digits[8:6]) | ({3{b29_l9_h3}} & b29_l9_digits[11:9]));
  assign b29_l9_e = {b29_l9_pos, b29_l9_dig[1]};
  assign b29_l9_t = {b29_l9_hit, b29_l9_dig[2], b29_l9_e};
  assign b29_l10_cnt = {3'd0, b29_l10_nzs[0]} + {3'd0, b29_l10_nzs[1]} + {3'd0, b29_l10_nzs[2]} + {3'd0, b29_l10_nzs[3]};
  assign b29_l10_h0 = b29_l10_nzs[0] & (4'd0 == cj10);
  assign b29_l10_n0 = 4'd0 + {3'd0, b29_l10_nzs[0]};
  assign b29_l10_h1 = b29_l10_nzs[1] & (b29_l10_n0 == cj10);
  assign b29_l10_n1 = b29_l10_n0 + {3'd0, b29_l10_nzs[1]};
  assign b29_l10_h2 = b29_l10_nzs[2] & (b29_l10_n1 == cj10);
  assign b29_l10_n2 = b29_l10_n1 + {3'd0, b29_l10_nzs[2]};
  assign b29_l10_h3 = b29_l10_nzs[3] & (b29_l10_n2 == cj10);
  assign b29_l10_hit = b29_l10_h0 | b29_l10_h1 | b29_l10_h2 | b29_l10_h3;
  assign b29_l10_pos = ((b29_l10_h0 ? 2'd0 : 2'd0) | (b29_l10_h1 ? 2'd1 : 2'd0) | (b29_l10_h2 ? 2'd2 : 2'd0) | (b29_l10_h3 ? 2'd3 : 2'd0));
  assign b29_l10_dig = (({3{b29_l10_h0}} & b29_l10_digits[2:0]) | ({3{b29_l10_h1}} & b29_l10_digits[5:3]) | ({3{b29_l10_h2}} & b29_l10_digits[8:6]) | ({3{b29_l10_h3}} & b29_l10_digits[11:9]));
  assign b29_l10_e = {b29_l10_pos, b29_l10_dig[1]};
  assign b29_l10_t = {b29_l10_hit, b29_l10_dig[2], b29_l10_e};
  assign b29_l11_cnt = {3'd0, b29_l11_nzs[0]} + {3'd0, b29_l11_nzs[1]} + {3'd0, b29_l11_nzs[2]} + {3'd0, b29_l11_nzs[3]};
  assign b29_l11_h0 = b29_l11_nzs[0] & (4'd0 == cj11);
  assign b29_l11_n0 = 4'd0 + {3'd0, b29_l11_nzs[0]};
  assign b29_l11_h1 = b29_l11_nzs[1] & (b29_l11_n0 == cj11);
  assign b29_l11_n1 = b29_l11_n0 + {3'd0, b29_l11_nzs[1]};
  assign b29_l11_h2 = b29_l11_nzs[2] & (b29_l11_n1 == cj11);
  assign b29_l11_n2 = b29_l11_n1 + {3'd0, b29_l11_nzs[2]};
  assign b29_l11_h3 = b29_l11_nzs[3] & (b29_l11_n2 == cj11);
  assign b29_l11_hit = b29_l11_h0 | b29_l11_h1 | b29_l11_h2 | b29_l11_h3;
  assign b29_l11_pos = ((b29_l11_h0 ? 2'd0 : 2'd0) | (b29_l11_h1 ? 2'd1 : 2'd0) | (b29_l11_h2 ? 2'd2 : 2'd0) | (b29_l11_h3 ? 2'd3 : 2'd0));
  assign b29_l11_dig = (({3{b29_l11_h0}} & b29_l11_digits[2:0]) | ({3{b29_l11_h1}} & b29_l11_digits[5:3]) | ({3{b29_l11_h2}} & b29_l11_digits[8:6]) | ({3{b29_l11_h3}} & b29_l11_digits[11:9]));
  assign b29_l11_e = {b29_l11_pos, b29_l11_dig[1]};
  assign b29_l11_t = {b29_l11_hit, b29_l11_dig[2], b29_l11_e};
  assign b29_l12_cnt = {3'd0, b29_l12_nzs[0]} + {3'd0, b29_l12_nzs[1]} + {3'd0, b29_l12_nzs[2]} + {3'd0, b29_l12_nzs[3]};
  assign b29_l12_h0 = b29_l12_nzs[0] & (4'd0 == cj12);
  assign b29_l12_n0 = 4'd0 + {3'd0, b29_l12_nzs[0]};
  assign b29_l12_h1 = b29_l12_nzs[1] & (b29_l12_n0 == cj12);
  assign b29_l12_n1 = b29_l12_n0 + {3'd0, b29_l12_nzs[1]};
  assign b29_l12_h2 = b29_l12_nzs[2] & (b29_l12_n1 == cj12);
  assign b29_l12_n2 = b29_l12_n1 + {3'd0, b29_l12_nzs[2]};
  assign b29_l12_h3 = b29_l12_nzs[3] & (b29_l12_n2 == cj12);
  assign b29_l12_hit = b29_l12_h0 | b29_l12_h1 | b29_l12_h2 | b29_l12_h3;
  assign b29_l12_pos = ((b29_l12_h0 ? 2'd0 : 2'd0) | (b29_l12_h1 ? 2'd1 : 2'd0) | (b29_l12_h2 ? 2'd2 : 2'd0) | (b29_l12_h3 ? 2'd3 : 2'd0));
  assign b29_l12_dig = (({3{b29_l12_h0}} & b29_l12_digits[2:0]) | ({3{b29_l12_h1}} & b29_l12_digits[5:3]) | ({3{b29_l12_h2}} & b29_l12_digits[8:6]) | ({3{b29_l12_h3}} & b29_l12_digits[11:9]));
  assign b29_l12_e = {b29_l12_pos, b29_l12_dig[1]};
  assign b29_l12_t = {b29_l12_hit, b29_l12_dig[2], b29_l12_e};
  assign b29_l13_cnt = {3'd0, b29_l13_nzs[0]} + {3'd0, b29_l13_nzs[1]} + {3'd0, b29_l13_nzs[2]} + {3'd0, b29_l13_nzs[3]};
  assign b29_l13_h0 = b29_l13_nzs[0] & (4'd0 == cj13);
  assign b29_l13_n0 = 4'd0 + {3'd0, b29_l13_nzs[0]};
  assign b29_l13_h1 = b29_l13_nzs[1] & (b29_l13_n0 == cj13);
  assign b29_l13_n1 = b29_l13_n0 + {3'd0, b29_l13_nzs[1]};
  assign b29_l13_h2 = b29_l13_nzs[2] & (b29_l13_n1 == cj13);
  assign b29_l13_n2 = b29_l13_n1 + {3'd0, b29_l13_nzs[2]};
  assign b29_l13_h3 = b29_l13_nzs[3] & (b29_l13_n2 == cj13);
  assign b29_l13_hit = b29_l13_h0 | b29_l13_h1 | b29_l13_h2 | b29_l13_h3;
  assign b29_l13_pos = ((b29_l13_h0 ? 2'd0 : 2'd0) | (b29_l13_h1 ? 2'd1 : 2'd0) | (b29_l13_h2 ? 2'd2 : 2'd0) | (b29_l13_h3 ? 2'd3 : 2'd0));
  assign b29_l13_dig = (({3{b29_l13_h0}} & b29_l13_digits[2:0]) | ({3{b29_l13_h1}} & b29_l13_digits[5:3]) | ({3{b29_l13_h2}} & b29_l13_digits[8:6]) | ({3{b29_l13_h3}} & b29_l13_digits[11:9]));
  assign b29_l13_e = {b29_l13_pos, b29_l13_dig[1]};
  assign b29_l13_t = {b29_l13_hit, b29_l13_dig[2], b29_l13_e};
  assign b29_l14_cnt = {3'd0, b29_l14_nzs[0]} + {3'd0, b29_l14_nzs[1]} + {3'd0, b29_l14_nzs[2]} + {3'd0, b29_l14_nzs[3]};
  assign b29_l14_h0 = b29_l14_nzs[0] & (4'd0 == cj14);
  assign b29_l14_n0 = 4'd0 + {3'd0, b29_l14_nzs[0]};
  assign b29_l14_h1 = b29_l14_nzs[1] & (b29_l14_n0 == cj14);
  assign b29_l14_n1 = b29_l14_n0 + {3'd0, b29_l14_nzs[1]};
  assign b29_l14_h2 = b29_l14_nzs[2] & (b29_l14_n1 == cj14);
  assign b29_l14_n2 = b29_l14_n1 + {3'd0, b29_l14_nzs[2]};
  assign b29_l14_h3 = b29_l14_nzs[3] & (b29_l14_n2 == cj14);
  assign b29_l14_hit = b29_l14_h0 | b29_l14_h1 | b29_l14_h2 | b29_l14_h3;
  assign b29_l14_pos = ((b29_l14_h0 ? 2'd0 : 2'd0) | (b29_l14_h1 ? 2'd1 : 2'd0) | (b29_l14_h2 ? 2'd2 : 2'd0) | (b29_l14_h3 ? 2'd3 : 2'd0));
  assign b29_l14_dig = (({3{b29_l14_h0}} & b29_l14_digits[2:0]) | ({3{b29_l14_h1}} & b29_l14_digits[5:3]) | ({3{b29_l14_h2}} & b29_l14_digits[8:6]) | ({3{b29_l14_h3}} & b29_l14_digits[11:9]));
  assign b29_l14_e = {b29_l14_pos, b29_l14_dig[1]};
  assign b29_l14_t = {b29_l14_hit, b29_l14_dig[2], b29_l14_e};
  assign b29_l15_cnt = {3'd0, b29_l15_nzs[0]} + {3'd0, b29_l15_nzs[1]} + {3'd0, b29_l15_nzs[2]} + {3'd0, b29_l15_nzs[3]};
  assign b29_l15_h0 = b29_l15_nzs[0] & (4'd0 == cj15);
  assign b29_l15_n0 = 4'd0 + {3'd0, b29_l15_nzs[0]};
  assign b29_l15_h1 = b29_l15_nzs[1] & (b29_l15_n0 == cj15);
  assign b29_l15_n1 = b29_l15_n0 + {3'd0, b29_l15_nzs[1]};
  assign b29_l15_h2 = b29_l15_nzs[2] & (b29_l15_n1 == cj15);
  assign b29_l15_n2 = b29_l15_n1 + {3'd0, b29_l15_nzs[2]};
  assign b29_l15_h3 = b29_l15_nzs[3] & (b29_l15_n2 == cj15);
  assign b29_l15_hit = b29_l15_h0 | b29_l15_h1 | b29_l15_h2 | b29_l15_h3;
  assign b29_l15_pos = ((b29_l15_h0 ? 2'd0 : 2'd0) | (b29_l15_h1 ? 2'd1 : 2'd0) | (b29_l15_h2 ? 2'd2 : 2'd0) | (b29_l15_h3 ? 2'd3 : 2'd0));
  assign b29_l15_dig = (({3{b29_l15_h0}} & b29_l15_digits[2:0]) | ({3{b29_l15_h1}} & b29_l15_digits[5:3]) | ({3{b29_l15_h2}} & b29_l15_digits[8:6]) | ({3{b29_l15_h3}} & b29_l15_digits[11:9]));
  assign b29_l15_e = {b29_l15_pos, b29_l15_dig[1]};
  assign b29_l15_t = {b29_l15_hit, b29_l15_dig[2], b29_l15_e};
  assign b30_l0_cnt = {3'd0, b30_l0_nzs[0]} + {3'd0, b30_l0_nzs[1]} + {3'd0, b30_l0_nzs[2]} + {3'd0, b30_l0_nzs[3]};
  assign b30_l0_h0 = b30_l0_nzs[0] & (4'd0 == cj0);
  assign b30_l0_n0 = 4'd0 + {3'd0, b30_l0_nzs[0]};
  assign b30_l0_h1 = b30_l0_nzs[1] & (b30_l0_n0 == cj0);
  assign b30_l0_n1 = b30_l0_n0 + {3'd0, b30_l0_nzs[1]};
  assign b30_l0_h2 = b30_l0_nzs[2] & (b30_l0_n1 == cj0);
  assign b30_l0_n2 = b30_l0_n1 + {3'd0, b30_l0_nzs[2]};
  assign b30_l0_h3 = b30_l0_nzs[3] & (b30_l0_n2 == cj0);
  assign b30_l0_hit = b30_l0_h0 | b30_l0_h1 | b30_l0_h2 | b30_l0_h3;
  assign b30_l0_pos = ((b30_l0_h0 ? 2'd0 : 2'd0) | (b30_l0_h1 ? 2'd1 : 2'd0) | (b30_l0_h2 ? 2'd2 : 2'd0) | (b30_l0_h3 ? 2'd3 : 2'd0));
  assign b30_l0_dig = (({3{b30_l0_h0}} & b30_l0_digits[2:0]) | ({3{b30_l0_h1}} & b30_l0_digits[5:3]) | ({3{b30_l0_h2}} & b30_l0_digits[8:6]) | ({3{b30_l0_h3}} & b30_l0_digits[11:9]));
  assign b30_l0_e = {b30_l0_pos, b30_l0_dig[1]};
  assign b30_l0_t = {b30_l0_hit, b30_l0_dig[2], b30_l0_e};
  assign b30_l1_cnt = {3'd0, b30_l1_nzs[0]} + {3'd0, b30_l1_nzs[1]} + {3'd0, b30_l1_nzs[2]} + {3'd0, b30_l1_nzs[3]};
  assign b30_l1_h0 = b30_l1_nzs[0] & (4'd0 == cj1);
  assign b30_l1_n0 = 4'd0 + {3'd0, b30_l1_nzs[0]};
  assign b30_l1_h1 = b30_l1_nzs[1] & (b30_l1_n0 == cj1);
  assign b30_l1_n1 = b30_l1_n0 + {3'd0, b30_l1_nzs[1]};
  assign b30_l1_h2 = b30_l1_nzs[2] & (b30_l1_n1 == cj1);
  assign b30_l1_n2 = b30_l1_n1 + {3'd0, b30_l1_nzs[2]};
  assign b30_l1_h3 = b30_l1_nzs[3] & (b30_l1_n2 == cj1);
  assign b30_l1_hit = b30_l1_h0 | b30_l1_h1 | b30_l1_h2 | b30_l1_h3;
  assign b30_l1_pos = ((b30_l1_h0 ? 2'd0 : 2'd0) | (b30_l1_h1 ? 2'd1 : 2'd0) | (b30_l1_h2 ? 2'd2 : 2'd0) | (b30_l1_h3 ? 2'd3 : 2'd0));
  assign b30_l1_dig = (({3{b30_l1_h0}} & b30_l1_digits[2:0]) | ({3{b30_l1_h1}} & b30_l1_digits[5:3]) | ({3{b30_l1_h2}} & b30_l1_digits[8:6]) | ({3{b30_l1_h3}} & b30_l1_digits[11:9]));
  assign b30_l1_e = {b30_l1_pos, b30_l1_dig[1]};
  assign b30_l1_t = {b30_l1_hit, b30_l1_dig[2], b30_l1_e};
  assign b30_l2_cnt = {3'd0, b30_l2_nzs[0]} + {3'd0, b30_l2_nzs[1]} + {3'd0, b30_l2_nzs[2]} + {3'd0, b30_l2_nzs[3]};
  assign b30_l2_h0 = b30_l2_nzs[0] & (4'd0 == cj2);
  assign b30_l2_n0 = 4'd0 + {3'd0, b30_l2_nzs[0]};
  assign b30_l2_h1 = b30_l2_nzs[1] & (b30_l2_n0 == cj2);
  assign b30_l2_n1 = b30_l2_n0 + {3'd0, b30_l2_nzs[1]};
  assign b30_l2_h2 = b30_l2_nzs[2] & (b30_l2_n1 == cj2);
  assign b30_l2_n2 = b30_l2_n1 + {3'd0, b30_l2_nzs[2]};
  assign b30_l2_h3 = b30_l2_nzs[3] & (b30_l2_n2 == cj2);
  assign b30_l2_hit = b30_l2_h0 | b30_l2_h1 | b30_l2_h2 | b30_l2_h3;
  assign b30_l2_pos = ((b30_l2_h0 ? 2'd0 : 2'd0) | (b30_l2_h1 ? 2'd1 : 2'd0) | (b30_l2_h2 ? 2'd2 : 2'd0) | (b30_l2_h3 ? 2'd3 : 2'd0));
  assign b30_l2_dig = (({3{b30_l2_h0}} & b30_l2_digits[2:0]) | ({3{b30_l2_h1}} & b30_l2_digits[5:3]) | ({3{b30_l2_h2}} & b30_l2_digits[8:6]) | ({3{b30_l2_h3}} & b30_l2_digits[11:9]));
  assign b30_l2_e = {b30_l2_pos, b30_l2_dig[1]};
  assign b30_l2_t = {b30_l2_hit, b30_l2_dig[2], b30_l2_e};
  assign b30_l3_cnt = {3'd0, b30_l3_nzs[0]} + {3'd0, b30_l3_nzs[1]} + {3'd0, b30_l3_nzs[2]} + {3'd0, b30_l3_nzs[3]};
  assign b30_l3_h0 = b30_l3_nzs[0] & (4'd0 == cj3);
  assign b30_l3_n0 = 4'd0 + {3'd0, b30_l3_nzs[0]};
  assign b30_l3_h1 = b30_l3_nzs[1] & (b30_l3_n0 == cj3);
  assign b30_l3_n1 = b30_l3_n0 + {3'd0, b30_l3_nzs[1]};
  assign b30_l3_h2 = b30_l3_nzs[2] & (b30_l3_n1 == cj3);
  assign b30_l3_n2 = b30_l3_n1 + {3'd0, b30_l3_nzs[2]};
  assign b30_l3_h3 = b30_l3_nzs[3] & (b30_l3_n2 == cj3);
  assign b30_l3_hit = b30_l3_h0 | b30_l3_h1 | b30_l3_h2 | b30_l3_h3;
  assign b30_l3_pos = ((b30_l3_h0 ? 2'd0 : 2'd0) | (b30_l3_h1 ? 2'd1 : 2'd0) | (b30_l3_h2 ? 2'd2 : 2'd0) | (b30_l3_h3 ? 2'd3 : 2'd0));
  assign b30_l3_dig = (({3{b30_l3_h0}} & b30_l3_digits[2:0]) | ({3{b30_l3_h1}} & b30_l3_digits[5:3]) | ({3{b30_l3_h2}} & b30_l3_digits[8:6]) | ({3{b30_l3_h3}} & b30_l3_digits[11:9]));
  assign b30_l3_e = {b30_l3_pos, b30_l3_dig[1]};
  assign b30_l3_t = {b30_l3_hit, b30_l3_dig[2], b30_l3_e};
  assign b30_l4_cnt = {3'd0, b30_l4_nzs[0]} + {3'd0, b30_l4_nzs[1]} + {3'd0, b30_l4_nzs[2]} + {3'd0, b30_l4_nzs[3]};
  assign b30_l4_h0 = b30_l4_nzs[0] & (4'd0 == cj4);
  assign b30_l4_n0 = 4'd0 + {3'd0, b30_l4_nzs[0]};
  assign b30_l4_h1 = b30_l4_nzs[1] & (b30_l4_n0 == cj4);
  assign b30_l4_n1 = b30_l4_n0 + {3'd0, b30_l4_nzs[1]};
  assign b30_l4_h2 = b30_l4_nzs[2] & (b30_l4_n1 == cj4);
  assign b30_l4_n2 = b30_l4_n1 + {3'd0, b30_l4_nzs[2]};
  assign b30_l4_h3 = b30_l4_nzs[3] & (b30_l4_n2 == cj4);
  assign b30_l4_hit = b30_l4_h0 | b30_l4_h1 | b30_l4_h2 | b30_l4_h3;
  assign b30_l4_pos = ((b30_l4_h0 ? 2'd0 : 2'd0) | (b30_l4_h1 ? 2'd1 : 2'd0) | (b30_l4_h2 ? 2'd2 : 2'd0) | (b30_l4_h3 ? 2'd3 : 2'd0));
  assign b30_l4_dig = (({3{b30_l4_h0}} & b30_l4_digits[2:0]) | ({3{b30_l4_h1}} & b30_l4_digits[5:3]) | ({3{b30_l4_h2}} & b30_l4_digits[8:6]) | ({3{b30_l4_h3}} & b30_l4_digits[11:9]));
  assign b30_l4_e = {b30_l4_pos, b30_l4_dig[1]};
  assign b30_l4_t = {b30_l4_hit, b30_l4_dig[2], b30_l4_e};
  assign b30_l5_cnt = {3'd0, b30_l5_nzs[0]} + {3'd0, b30_l5_nzs[1]} + {3'd0, b30_l5_nzs[2]} + {3'd0, b30_l5_nzs[3]};
  assign b30_l5_h0 = b30_l5_nzs[0] & (4'd0 == cj5);
  assign b30_l5_n0 = 4'd0 + {3'd0, b30_l5_nzs[0]};
  assign b30_l5_h1 = b30_l5_nzs[1] & (b30_l5_n0 == cj5);
  assign b30_l5_n1 = b30_l5_n0 + {3'd0, b30_l5_nzs[1]};
  assign b30_l5_h2 = b30_l5_nzs[2] & (b30_l5_n1 == cj5);
  assign b30_l5_n2 = b30_l5_n1 + {3'd0, b30_l5_nzs[2]};
  assign b30_l5_h3 = b30_l5_nzs[3] & (b30_l5_n2 == cj5);
  assign b30_l5_hit = b30_l5_h0 | b30_l5_h1 | b30_l5_h2 | b30_l5_h3;
  assign b30_l5_pos = ((b30_l5_h0 ? 2'd0 : 2'd0) | (b30_l5_h1 ? 2'd1 : 2'd0) | (b30_l5_h2 ? 2'd2 : 2'd0) | (b30_l5_h3 ? 2'd3 : 2'd0));
  assign b30_l5_dig = (({3{b30_l5_h0}} & b30_l5_digits[2:0]) | ({3{b30_l5_h1}} & b30_l5_digits[5:3]) | ({3{b30_l5_h2}} & b30_l5_digits[8:6]) | ({3{b30_l5_h3}} & b30_l5_digits[11:9]));
  assign b30_l5_e = {b30_l5_pos, b30_l5_dig[1]};
  assign b30_l5_t = {b30_l5_hit, b30_l5_dig[2], b30_l5_e};
  assign b30_l6_cnt = {3'd0, b30_l6_nzs[0]} + {3'd0, b30_l6_nzs[1]} + {3'd0, b30_l6_nzs[2]} + {3'd0, b30_l6_nzs[3]};
  assign b30_l6_h0 = b30_l6_nzs[0] & (4'd0 == cj6);
  assign b30_l6_n0 = 4'd0 + {3'd0, b30_l6_nzs[0]};
  assign b30_l6_h1 = b30_l6_nzs[1] & (b30_l6_n0 == cj6);
  assign b30_l6_n1 = b30_l6_n0 + {3'd0, b30_l6_nzs[1]};
  assign b30_l6_h2 = b30_l6_nzs[2] & (b30_l6_n1 == cj6);
  assign b30_l6_n2 = b30_l6_n1 + {3'd0, b30_l6_nzs[2]};
  assign b30_l6_h3 = b30_l6_nzs[3] & (b30_l6_n2 == cj6);
  assign b30_l6_hit = b30_l6_h0 | b30_l6_h1 | b30_l6_h2 | b30_l6_h3;
  assign b30_l6_pos = ((b30_l6_h0 ? 2'd0 : 2'd0) | (b30_l6_h1 ? 2'd1 : 2'd0) | (b30_l6_h2 ? 2'd2 : 2'd0) | (b30_l6_h3 ? 2'd3 : 2'd0));
  assign b30_l6_dig = (({3{b30_l6_h0}} & b30_l6_digits[2:0]) | ({3{b30_l6_h1}} & b30_l6_digits[5:3]) | ({3{b30_l6_h2}} & b30_l6_digits[8:6]) | ({3{b30_l6_h3}} & b30_l6_digits[11:9]));
  assign b30_l6_e = {b30_l6_pos, b30_l6_dig[1]};
  assign b30_l6_t = {b30_l6_hit, b30_l6_dig[2], b30_l6_e};
  assign b30_l7_cnt = {3'd0, b30_l7_nzs[0]} + {3'd0, b30_l7_nzs[1]} + {3'd0, b30_l7_nzs[2]} + {3'd0, b30_l7_nzs[3]};
  assign b30_l7_h0 = b30_l7_nzs[0] & (4'd0 == cj7);
  assign b30_l7_n0 = 4'd0 + {3'd0, b30_l7_nzs[0]};
  assign b30_l7_h1 = b30_l7_nzs[1] & (b30_l7_n0 == cj7);
  assign b30_l7_n1 = b30_l7_n0 + {3'd0, b30_l7_nzs[1]};
  assign b30_l7_h2 = b30_l7_nzs[2] & (b30_l7_n1 == cj7);
  assign b30_l7_n2 = b30_l7_n1 + {3'd0, b30_l7_nzs[2]};
  assign b30_l7_h3 = b30_l7_nzs[3] & (b30_l7_n2 == cj7);
  assign b30_l7_hit = b30_l7_h0 | b30_l7_h1 | b30_l7_h2 | b30_l7_h3;
  assign b30_l7_pos = ((b30_l7_h0 ? 2'd0 : 2'd0) | (b30_l7_h1 ? 2'd1 : 2'd0) | (b30_l7_h2 ? 2'd2 : 2'd0) | (b30_l7_h3 ? 2'd3 : 2'd0));
  assign b30_l7_dig = (({3{b30_l7_h0}} & b30_l7_digits[2:0]) | ({3{b30_l7_h1}} & b30_l7_digits[5:3]) | ({3{b30_l7_h2}} & b30_l7_digits[8:6]) | ({3{b30_l7_h3}} & b30_l7_digits[11:9]));
  assign b30_l7_e = {b30_l7_pos, b30_l7_dig[1]};
  assign b30_l7_t = {b30_l7_hit, b30_l7_dig[2], b30_l7_e};
  assign b30_l8_cnt = {3'd0, b30_l8_nzs[0]} + {3'd0, b30_l8_nzs[1]} + {3'd0, b30_l8_nzs[2]} + {3'd0, b30_l8_nzs[3]};
  assign b30_l8_h0 = b30_l8_nzs[0] & (4'd0 == cj8);
  assign b30_l8_n0 = 4'd0 + {3'd0, b30_l8_nzs[0]};
  assign b30_l8_h1 = b30_l8_nzs[1] & (b30_l8_n0 == cj8);
  assign b30_l8_n1 = b30_l8_n0 + {3'd0, b30_l8_nzs[1]};
  assign b30_l8_h2 = b30_l8_nzs[2] & (b30_l8_n1 == cj8);
  assign b30_l8_n2 = b30_l8_n1 + {3'd0, b30_l8_nzs[2]};
  assign b30_l8_h3 = b30_l8_nzs[3] & (b30_l8_n2 == cj8);
  assign b30_l8_hit = b30_l8_h0 | b30_l8_h1 | b30_l8_h2 | b30_l8_h3;
  assign b30_l8_pos = ((b30_l8_h0 ? 2'd0 : 2'd0) | (b30_l8_h1 ? 2'd1 : 2'd0) | (b30_l8_h2 ? 2'd2 : 2'd0) | (b30_l8_h3 ? 2'd3 : 2'd0));
  assign b30_l8_dig = (({3{b30_l8_h0}} & b30_l8_digits[2:0]) | ({3{b30_l8_h1}} & b30_l8_digits[5:3]) | ({3{b30_l8_h2}} & b30_l8_digits[8:6]) | ({3{b30_l8_h3}} & b30_l8_digits[11:9]));
  assign b30_l8_e = {b30_l8_pos, b30_l8_dig[1]};
  assign b30_l8_t = {b30_l8_hit, b30_l8_dig[2], b30_l8_e};
  assign b30_l9_cnt = {3'd0, b30_l9_nzs[0]} + {3'd0, b30_l9_nzs[1]} + {3'd0, b30_l9_nzs[2]} + {3'd0, b30_l9_nzs[3]};
  assign b30_l9_h0 = b30_l9_nzs[0] & (4'd0 == cj9);
  assign b30_l9_n0 = 4'd0 + {3'd0, b30_l9_nzs[0]};
  assign b30_l9_h1 = b30_l9_nzs[1] & (b30_l9_n0 == cj9);
  assign b30_l9_n1 = b30_l9_n0 + {3'd0, b30_l9_nzs[1]};
  assign b30_l9_h2 = b30_l9_nzs[2] & (b30_l9_n1 == cj9);
  assign b30_l9_n2 = b30_l9_n1 + {3'd0, b30_l9_nzs[2]};
  assign b30_l9_h3 = b30_l9_nzs[3] & (b30_l9_n2 == cj9);
  assign b30_l9_hit = b30_l9_h0 | b30_l9_h1 | b30_l9_h2 | b30_l9_h3;
  assign b30_l9_pos = ((b30_l9_h0 ? 2'd0 : 2'd0) | (b30_l9_h1 ? 2'd1 : 2'd0) | (b30_l9_h2 ? 2'd2 : 2'd0) | (b30_l9_h3 ? 2'd3 : 2'd0));
  assign b30_l9_dig = (({3{b30_l9_h0}} & b30_l9_digits[2:0]) | ({3{b30_l9_h1}} & b30_l9_digits[5:3]) | ({3{b30_l9_h2}} & b30_l9_digits[8:6]) | ({3{b30_l9_h3}} & b30_l9_digits[11:9]));
  assign b30_l9_e = {b30_l9_pos, b30_l9_dig[1]};
  assign b30_l9_t = {b30_l9_hit, b30_l9_dig[2], b30_l9_e};
  assign b30_l10_cnt = {3'd0, b30_l10_nzs[0]} + {3'd0, b30_l10_nzs[1]} + {3'd0, b30_l10_nzs[2]} + {3'd0, b30_l10_nzs[3]};
  assign b30_l10_h0 = b30_l10_nzs[0] & (4'd0 == cj10);
  assign b30_l10_n0 = 4'd0 + {3'd0, b30_l10_nzs[0]};
  assign b30_l10_h1 = b30_l10_nzs[1] & (b30_l10_n0 == cj10);
  assign b30_l10_n1 = b30_l10_n0 + {3'd0, b30_l10_nzs[1]};
  assign b30_l10_h2 = b30_l10_nzs[2] & (b30_l10_n1 == cj10);
  assign b30_l10_n2 = b30_l10_n1 + {3'd0, b30_l10_nzs[2]};
  assign b30_l10_h3 = b30_l10_nzs[3] & (b30_l10_n2 == cj10);
  assign b30_l10_hit = b30_l10_h0 | b30_l10_h1 | b30_l10_h2 | b30_l10_h3;
  assign b30_l10_pos = ((b30_l10_h0 ? 2'd0 : 2'd0) | (b30_l10_h1 ? 2'd1 : 2'd0) | (b30_l10_h2 ? 2'd2 : 2'd0) | (b30_l10_h3 ? 2'd3 : 2'd0));
  assign b30_l10_dig = (({3{b30_l10_h0}} & b30_l10_digits[2:0]) | ({3{b30_l10_h1}} & b30_l10_digits[5:3]) | ({3{b30_l10_h2}} & b30_l10_digits[8:6]) | ({3{b30_l10_h3}} & b30_l10_digits[11:9]));
  assign b30_l10_e = {b30_l10_pos, b30_l10_dig[1]};
  assign b30_l10_t = {b30_l10_hit, b30_l10_dig[2], b30_l10_e};
  assign b30_l11_cnt = {3'd0, b30_l11_nzs[0]} + {3'd0, b30_l11_nzs[1]} + {3'd0, b30_l11_nzs[2]} + {3'd0, b30_l11_nzs[3]};
  assign b30_l11_h0 = b30_l11_nzs[0] & (4'd0 == cj11);
  assign b30_l11_n0 = 4'd0 + {3'd0, b30_l11_nzs[0]};
  assign b30_l11_h1 = b30_l11_nzs[1] & (b30_l11_n0 == cj11);
  assign b30_l11_n1 = b30_l11_n0 + {3'd0, b30_l11_nzs[1]};
  assign b30_l11_h2 = b30_l11_nzs[2] & (b30_l11_n1 == cj11);
  assign b30_l11_n2 = b30_l11_n1 + {3'd0, b30_l11_nzs[2]};
  assign b30_l11_h3 = b30_l11_nzs[3] & (b30_l11_n2 == cj11);
  assign b30_l11_hit = b30_l11_h0 | b30_l11_h1 | b30_l11_h2 | b30_l11_h3;
  assign b30_l11_pos = ((b30_l11_h0 ? 2'd0 : 2'd0) | (b30_l11_h1 ? 2'd1 : 2'd0) | (b30_l11_h2 ? 2'd2 : 2'd0) | (b30_l11_h3 ? 2'd3 : 2'd0));
  assign b30_l11_dig = (({3{b30_l11_h0}} & b30_l11_digits[2:0]) | ({3{b30_l11_h1}} & b30_l11_digits[5:3]) | ({3{b30_l11_h2}} & b30_l11_digits[8:6]) | ({3{b30_l11_h3}} & b30_l11_digits[11:9]));
  assign b30_l11_e = {b30_l11_pos, b30_l11_dig[1]};
  assign b30_l11_t = {b30_l11_hit, b30_l11_dig[2], b30_l11_e};
  assign b30_l12_cnt = {3'd0, b30_l12_nzs[0]} + {3'd0, b30_l12_nzs[1]} + {3'd0, b30_l12_nzs[2]} + {3'd0, b30_l12_nzs[3]};
  assign b30_l12_h0 = b30_l12_nzs[0] & (4'd0 == cj12);
  assign b30_l12_n0 = 4'd0 + {3'd0, b30_l12_nzs[0]};
  assign b30_l12_h1 = b30_l12_nzs[1] & (b30_l12_n0 == cj12);
  assign b30_l12_n1 = b30_l12_n0 + {3'd0, b30_l12_nzs[1]};
  assign b30_l12_h2 = b30_l12_nzs[2] & (b30_l12_n1 == cj12);
  assign b30_l12_n2 = b30_l12_n1 + {3'd0, b30_l12_nzs[2]};
  assign b30_l12_h3 = b30_l12_nzs[3] & (b30_l12_n2 == cj12);
  assign b30_l12_hit = b30_l12_h0 | b30_l12_h1 | b30_l12_h2 | b30_l12_h3;
  assign b30_l12_pos = ((b30_l12_h0 ? 2'd0 : 2'd0) | (b30_l12_h1 ? 2'd1 : 2'd0) | (b30_l12_h2 ? 2'd2 : 2'd0) | (b30_l12_h3 ? 2'd3 : 2'd0));
  assign b30_l12_dig = (({3{b30_l12_h0}} & b30_l12_digits[2:0]) | ({3{b30_l12_h1}} & b30_l12_digits[5:3]) | ({3{b30_l12_h2}} & b30_l12_digits[8:6]) | ({3{b30_l12_h3}} & b30_l12_digits[11:9]));
  assign b30_l12_e = {b30_l12_pos, b30_l12_dig[1]};
  assign b30_l12_t = {b30_l12_hit, b30_l12_dig[2], b30_l12_e};
  assign b30_l13_cnt = {3'd0, b30_l13_nzs[0]} + {3'd0, b30_l13_nzs[1]} + {3'd0, b30_l13_nzs[2]} + {3'd0, b30_l13_nzs[3]};
  assign b30_l13_h0 = b30_l13_nzs[0] & (4'd0 == cj13);
  assign b30_l13_n0 = 4'd0 + {3'd0, b30_l13_nzs[0]};
  assign b30_l13_h1 = b30_l13_nzs[1] & (b30_l13_n0 == cj13);
  assign b30_l13_n1 = b30_l13_n0 + {3'd0, b30_l13_nzs[1]};
  assign b30_l13_h2 = b30_l13_nzs[2] & (b30_l13_n1 == cj13);
  assign b30_l13_n2 = b30_l13_n1 + {3'd0, b30_l13_nzs[2]};
  assign b30_l13_h3 = b30_l13_nzs[3] & (b30_l13_n2 == cj13);
  assign b30_l13_hit = b30_l13_h0 | b30_l13_h1 | b30_l13_h2 | b30_l13_h3;
  assign b30_l13_pos = ((b30_l13_h0 ? 2'd0 : 2'd0) | (b30_l13_h1 ? 2'd1 : 2'd0) | (b30_l13_h2 ? 2'd2 : 2'd0) | (b30_l13_h3 ? 2'd3 : 2'd0));
  assign b30_l13_dig = (({3{b30_l13_h0}} & b30_l13_digits[2:0]) | ({3{b30_l13_h1}} & b30_l13_digits[5:3]) | ({3{b30_l13_h2}} & b30_l13_digits[8:6]) | ({3{b30_l13_h3}} & b30_l13_digits[11:9]));
  assign b30_l13_e = {b30_l13_pos, b30_l13_dig[1]};
  assign b30_l13_t = {b30_l13_hit, b30_l13_dig[2], b30_l13_e};
  assign b30_l14_cnt = {3'd0, b30_l14_nzs[0]} + {3'd0, b30_l14_nzs[1]} + {3'd0, b30_l14_nzs[2]} + {3'd0, b30_l14_nzs[3]};
  assign b30_l14_h0 = b30_l14_nzs[0] & (4'd0 == cj14);
  assign b30_l14_n0 = 4'd0 + {3'd0, b30_l14_nzs[0]};
  assign b30_l14_h1 = b30_l14_nzs[1] & (b30_l14_n0 == cj14);
  assign b30_l14_n1 = b30_l14_n0 + {3'd0, b30_l14_nzs[1]};
  assign b30_l14_h2 = b30_l14_nzs[2] & (b30_l14_n1 == cj14);
  assign b30_l14_n2 = b30_l14_n1 + {3'd0, b30_l14_nzs[2]};
  assign b30_l14_h3 = b30_l14_nzs[3] & (b30_l14_n2 == cj14);
  assign b30_l14_hit = b30_l14_h0 | b30_l14_h1 | b30_l14_h2 | b30_l14_h3;
  assign b30_l14_pos = ((b30_l14_h0 ? 2'd0 : 2'd0) | (b30_l14_h1 ? 2'd1 : 2'd0) | (b30_l14_h2 ? 2'd2 : 2'd0) | (b30_l14_h3 ? 2'd3 : 2'd0));
  assign b30_l14_dig = (({3{b30_l14_h0}} & b30_l14_digits[2:0]) | ({3{b30_l14_h1}} & b30_l14_digits[5:3]) | ({3{b30_l14_h2}} & b30_l14_digits[8:6]) | ({3{b30_l14_h3}} & b30_l14_digits[11:9]));
  assign b30_l14_e = {b30_l14_pos, b30_l14_dig[1]};
  assign b30_l14_t = {b30_l14_hit, b30_l14_dig[2], b30_l14_e};
  assign b30_l15_cnt = {3'd0, b30_l15_nzs[0]} + {3'd0, b30_l15_nzs[1]} + {3'd0, b30_l15_nzs[2]} + {3'd0, b30_l15_nzs[3]};
  assign b30_l15_h0 = b30_l15_nzs[0] & (4'd0 == cj15);
  assign b30_l15_n0 = 4'd0 + {3'd0, b30_l15_nzs[0]};
  assign b30_l15_h1 = b30_l15_nzs[1] & (b30_l15_n0 == cj15);
  assign b30_l15_n1 = b30_l15_n0 + {3'd0, b30_l15_nzs[1]};
  assign b30_l15_h2 = b30_l15_nzs[2] & (b30_l15_n1 == cj15);
  assign b30_l15_n2 = b30_l15_n1 + {3'd0, b30_l15_nzs[2]};
  assign b30_l15_h3 = b30_l15_nzs[3] & (b30_l15_n2 == cj15);
  assign b30_l15_hit = b30_l15_h0 | b30_l15_h1 | b30_l15_h2 | b30_l15_h3;
  assign b30_l15_pos = ((b30_l15_h0 ? 2'd0 : 2'd0) | (b30_l15_h1 ? 2'd1 : 2'd0) | (b30_l15_h2 ? 2'd2 : 2'd0) | (b30_l15_h3 ? 2'd3 : 2'd0));
  assign b30_l15_dig = (({3{b30_l15_h0}} & b30_l15_digits[2:0]) | ({3{b30_l15_h1}} & b30_l15_digits[5:3]) | ({3{b30_l15_h2}} & b30_l15_digits[8:6]) | ({3{b30_l15_h3}} & b30_l15_digits[11:9]));
  assign b30_l15_e = {b30_l15_pos, b30_l15_dig[1]};
  assign b30_l15_t = {b30_l15_hit, b30_l15_dig[2], b30_l15_e};
  assign b31_l0_cnt = {3'd0, b31_l0_nzs[0]} + {3'd0, b31_l0_nzs[1]} + {3'd0, b31_l0_nzs[2]} + {3'd0, b31_l0_nzs[3]};
  assign b31_l0_h0 = b31_l0_nzs[0] & (4'd0 == cj0);
  assign b31_l0_n0 = 4'd0 + {3'd0, b31_l0_nzs[0]};
  assign b31_l0_h1 = b31_l0_nzs[1] & (b31_l0_n0 == cj0);
  assign b31_l0_n1 = b31_l0_n0 + {3'd0, b31_l0_nzs[1]};
  assign b31_l0_h2 = b31_l0_nzs[2] & (b31_l0_n1 == cj0);
  assign b31_l0_n2 = b31_l0_n1 + {3'd0, b31_l0_nzs[2]};
  assign b31_l0_h3 = b31_l0_nzs[3] & (b31_l0_n2 == cj0);
  assign b31_l0_hit = b31_l0_h0 | b31_l0_h1 | b31_l0_h2 | b31_l0_h3;
  assign b31_l0_pos = ((b31_l0_h0 ? 2'd0 : 2'd0) | (b31_l0_h1 ? 2'd1 : 2'd0) | (b31_l0_h2 ? 2'd2 : 2'd0) | (b31_l0_h3 ? 2'd3 : 2'd0));
  assign b31_l0_dig = (({3{b31_l0_h0}} & b31_l0_digits[2:0]) | ({3{b31_l0_h1}} & b31_l0_digits[5:3]) | ({3{b31_l0_h2}} & b31_l0_digits[8:6]) | ({3{b31_l0_h3}} & b31_l0_digits[11:9]));
  assign b31_l0_e = {b31_l0_pos, b31_l0_dig[1]};
  assign b31_l0_t = {b31_l0_hit, b31_l0_dig[2], b31_l0_e};
  assign b31_l1_cnt = {3'd0, b31_l1_nzs[0]} + {3'd0, b31_l1_nzs[1]} + {3'd0, b31_l1_nzs[2]} + {3'd0, b31_l1_nzs[3]};
  assign b31_l1_h0 = b31_l1_nzs[0] & (4'd0 == cj1);
  assign b31_l1_n0 = 4'd0 + {3'd0, b31_l1_nzs[0]};
  assign b31_l1_h1 = b31_l1_nzs[1] & (b31_l1_n0 == cj1);
  assign b31_l1_n1 = b31_l1_n0 + {3'd0, b31_l1_nzs[1]};
  assign b31_l1_h2 = b31_l1_nzs[2] & (b31_l1_n1 == cj1);
  assign b31_l1_n2 = b31_l1_n1 + {3'd0, b31_l1_nzs[2]};
  assign b31_l1_h3 = b31_l1_nzs[3] & (b31_l1_n2 == cj1);
  assign b31_l1_hit = b31_l1_h0 | b31_l1_h1 | b31_l1_h2 | b31_l1_h3;
  assign b31_l1_pos = ((b31_l1_h0 ? 2'd0 : 2'd0) | (b31_l1_h1 ? 2'd1 : 2'd0) | (b31_l1_h2 ? 2'd2 : 2'd0) | (b31_l1_h3 ? 2'd3 : 2'd0));
  assign b31_l1_dig = (({3{b31_l1_h0}} & b31_l1_digits[2:0]) | ({3{b31_l1_h1}} & b31_l1_digits[5:3]) | ({3{b31_l1_h2}} & b31_l1_digits[8:6]) | ({3{b31_l1_h3}} & b31_l1_digits[11:9]));
  assign b31_l1_e = {b31_l1_pos, b31_l1_dig[1]};
  assign b31_l1_t = {b31_l1_hit, b31_l1_dig[2], b31_l1_e};
  assign b31_l2_cnt = {3'd0, b31_l2_nzs[0]} + {3'd0, b31_l2_nzs[1]} + {3'd0, b31_l2_nzs[2]} + {3'd0, b31_l2_nzs[3]};
  assign b31_l2_h0 = b31_l2_nzs[0] & (4'd0 == cj2);
  assign b31_l2_n0 = 4'd0 + {3'd0, b31_l2_nzs[0]};
  assign b31_l2_h1 = b31_l2_nzs[1] & (b31_l2_n0 == cj2);
  assign b31_l2_n1 = b31_l2_n0 + {3'd0, b31_l2_nzs[1]};
  assign b31_l2_h2 = b31_l2_nzs[2] & (b31_l2_n1 == cj2);
  assign b31_l2_n2 = b31_l2_n1 + {3'd0, b31_l2_nzs[2]};
  assign b31_l2_h3 = b31_l2_nzs[3] & (b31_l2_n2 == cj2);
  assign b31_l2_hit = b31_l2_h0 | b31_l2_h1 | b31_l2_h2 | b31_l2_h3;
  assign b31_l2_pos = ((b31_l2_h0 ? 2'd0 : 2'd0) | (b31_l2_h1 ? 2'd1 : 2'd0) | (b31_l2_h2 ? 2'd2 : 2'd0) | (b31_l2_h3 ? 2'd3 : 2'd0));
  assign b31_l2_dig = (({3{b31_l2_h0}} & b31_l2_digits[2:0]) | ({3{b31_l2_h1}} & b31_l2_digits[5:3]) | ({3{b31_l2_h2}} & b31_l2_digits[8:6]) | ({3{b31_l2_h3}} & b31_l2_digits[11:9]));
  assign b31_l2_e = {b31_l2_pos, b31_l2_dig[1]};
  assign b31_l2_t = {b31_l2_hit, b31_l2_dig[2], b31_l2_e};
  assign b31_l3_cnt = {3'd0, b31_l3_nzs[0]} + {3'd0, b31_l3_nzs[1]} + {3'd0, b31_l3_nzs[2]} + {3'd0, b31_l3_nzs[3]};
  assign b31_l3_h0 = b31_l3_nzs[0] & (4'd0 == cj3);
  assign b31_l3_n0 = 4'd0 + {3'd0, b31_l3_nzs[0]};
  assign b31_l3_h1 = b31_l3_nzs[1] & (b31_l3_n0 == cj3);
  assign b31_l3_n1 = b31_l3_n0 + {3'd0, b31_l3_nzs[1]};
  assign b31_l3_h2 = b31_l3_nzs[2] & (b31_l3_n1 == cj3);
  assign b31_l3_n2 = b31_l3_n1 + {3'd0, b31_l3_nzs[2]};
  assign b31_l3_h3 = b31_l3_nzs[3] & (b31_l3_n2 == cj3);
  assign b31_l3_hit = b31_l3_h0 | b31_l3_h1 | b31_l3_h2 | b31_l3_h3;
  assign b31_l3_pos = ((b31_l3_h0 ? 2'd0 : 2'd0) | (b31_l3_h1 ? 2'd1 : 2'd0) | (b31_l3_h2 ? 2'd2 : 2'd0) | (b31_l3_h3 ? 2'd3 : 2'd0));
  assign b31_l3_dig = (({3{b31_l3_h0}} & b31_l3_digits[2:0]) | ({3{b31_l3_h1}} & b31_l3_digits[5:3]) | ({3{b31_l3_h2}} & b31_l3_digits[8:6]) | ({3{b31_l3_h3}} & b31_l3_digits[11:9]));
  assign b31_l3_e = {b31_l3_pos, b31_l3_dig[1]};
  assign b31_l3_t = {b31_l3_hit, b31_l3_dig[2], b31_l3_e};
  assign b31_l4_cnt = {3'd0, b31_l4_nzs[0]} + {3'd0, b31_l4_nzs[1]} + {3'd0, b31_l4_nzs[2]} + {3'd0, b31_l4_nzs[3]};
  assign b31_l4_h0 = b31_l4_nzs[0] & (4'd0 == cj4);
  assign b31_l4_n0 = 4'd0 + {3'd0, b31_l4_nzs[0]};
  assign b31_l4_h1 = b31_l4_nzs[1] & (b31_l4_n0 == cj4);
  assign b31_l4_n1 = b31_l4_n0 + {3'd0, b31_l4_nzs[1]};
  assign b31_l4_h2 = b31_l4_nzs[2] & (b31_l4_n1 == cj4);
  assign b31_l4_n2 = b31_l4_n1 + {3'd0, b31_l4_nzs[2]};
  assign b31_l4_h3 = b31_l4_nzs[3] & (b31_l4_n2 == cj4);
  assign b31_l4_hit = b31_l4_h0 | b31_l4_h1 | b31_l4_h2 | b31_l4_h3;
  assign b31_l4_pos = ((b31_l4_h0 ? 2'd0 : 2'd0) | (b31_l4_h1 ? 2'd1 : 2'd0) | (b31_l4_h2 ? 2'd2 : 2'd0) | (b31_l4_h3 ? 2'd3 : 2'd0));
  assign b31_l4_dig = (({3{b31_l4_h0}} & b31_l4_digits[2:0]) | ({3{b31_l4_h1}} & b31_l4_digits[5:3]) | ({3{b31_l4_h2}} & b31_l4_digits[8:6]) | ({3{b31_l4_h3}} & b31_l4_digits[11:9]));
  assign b31_l4_e = {b31_l4_pos, b31_l4_dig[1]};
  assign b31_l4_t = {b31_l4_hit, b31_l4_dig[2], b31_l4_e};
  assign b31_l5_cnt = {3'd0, b31_l5_nzs[0]} + {3'd0, b31_l5_nzs[1]} + {3'd0, b31_l5_nzs[2]} + {3'd0, b31_l5_nzs[3]};
  assign b31_l5_h0 = b31_l5_nzs[0] & (4'd0 == cj5);
  assign b31_l5_n0 = 4'd0 + {3'd0, b31_l5_nzs[0]};
  assign b31_l5_h1 = b31_l5_nzs[1] & (b31_l5_n0 == cj5);
  assign b31_l5_n1 = b31_l5_n0 + {3'd0, b31_l5_nzs[1]};
  assign b31_l5_h2 = b31_l5_nzs[2] & (b31_l5_n1 == cj5);
  assign b31_l5_n2 = b31_l5_n1 + {3'd0, b31_l5_nzs[2]};
  assign b31_l5_h3 = b31_l5_nzs[3] & (b31_l5_n2 == cj5);
  assign b31_l5_hit = b31_l5_h0 | b31_l5_h1 | b31_l5_h2 | b31_l5_h3;
  assign b31_l5_pos = ((b31_l5_h0 ? 2'd0 : 2'd0) | (b31_l5_h1 ? 2'd1 : 2'd0) | (b31_l5_h2 ? 2'd2 : 2'd0) | (b31_l5_h3 ? 2'd3 : 2'd0));
  assign b31_l5_dig = (({3{b31_l5_h0}} & b31_l5_digits[2:0]) | ({3{b31_l5_h1}} & b31_l5_digits[5:3]) | ({3{b31_l5_h2}} & b31_l5_digits[8:6]) | ({3{b31_l5_h3}} & b31_l5_digits[11:9]));
  assign b31_l5_e = {b31_l5_pos, b31_l5_dig[1]};
  assign b31_l5_t = {b31_l5_hit, b31_l5_dig[2], b31_l5_e};
  assign b31_l6_cnt = {3'd0, b31_l6_nzs[0]} + {3'd0, b31_l6_nzs[1]} + {3'd0, b31_l6_nzs[2]} + {3'd0, b31_l6_nzs[3]};
  assign b31_l6_h0 = b31_l6_nzs[0] & (4'd0 == cj6);
  assign b31_l6_n0 = 4'd0 + {3'd0, b31_l6_nzs[0]};
  assign b31_l6_h1 = b31_l6_nzs[1] & (b31_l6_n0 == cj6);
  assign b31_l6_n1 = b31_l6_n0 + {3'd0, b31_l6_nzs[1]};
  assign b31_l6_h2 = b31_l6_nzs[2] & (b31_l6_n1 == cj6);
  assign b31_l6_n2 = b31_l6_n1 + {3'd0, b31_l6_nzs[2]};
  assign b31_l6_h3 = b31_l6_nzs[3] & (b31_l6_n2 == cj6);
  assign b31_l6_hit = b31_l6_h0 | b31_l6_h1 | b31_l6_h2 | b31_l6_h3;
  assign b31_l6_pos = ((b31_l6_h0 ? 2'd0 : 2'd0) | (b31_l6_h1 ? 2'd1 : 2'd0) | (b31_l6_h2 ? 2'd2 : 2'd0) | (b31_l6_h3 ? 2'd3 : 2'd0));
  assign b31_l6_dig = (({3{b31_l6_h0}} & b31_l6_digits[2:0]) | ({3{b31_l6_h1}} & b31_l6_digits[5:3]) | ({3{b31_l6_h2}} & b31_l6_digits[8:6]) | ({3{b31_l6_h3}} & b31_l6_digits[11:9]));
  assign b31_l6_e = {b31_l6_pos, b31_l6_dig[1]};
  assign b31_l6_t = {b31_l6_hit, b31_l6_dig[2], b31_l6_e};
  assign b31_l7_cnt = {3'd0, b31_l7_nzs[0]} + {3'd0, b31_l7_nzs[1]} + {3'd0, b31_l7_nzs[2]} + {3'd0, b31_l7_nzs[3]};
  assign b31_l7_h0 = b31_l7_nzs[0] & (4'd0 == cj7);
  assign b31_l7_n0 = 4'd0 + {3'd0, b31_l7_nzs[0]};
  assign b31_l7_h1 = b31_l7_nzs[1] & (b31_l7_n0 == cj7);
  assign b31_l7_n1 = b31_l7_n0 + {3'd0, b31_l7_nzs[1]};
  assign b31_l7_h2 = b31_l7_nzs[2] & (b31_l7_n1 == cj7);
  assign b31_l7_n2 = b31_l7_n1 + {3'd0, b31_l7_nzs[2]};
  assign b31_l7_h3 = b31_l7_nzs[3] & (b31_l7_n2 == cj7);
  assign b31_l7_hit = b31_l7_h0 | b31_l7_h1 | b31_l7_h2 | b31_l7_h3;
  assign b31_l7_pos = ((b31_l7_h0 ? 2'd0 : 2'd0) | (b31_l7_h1 ? 2'd1 : 2'd0) | (b31_l7_h2 ? 2'd2 : 2'd0) | (b31_l7_h3 ? 2'd3 : 2'd0));
  assign b31_l7_dig = (({3{b31_l7_h0}} & b31_l7_digits[2:0]) | ({3{b31_l7_h1}} & b31_l7_digits[5:3]) | ({3{b31_l7_h2}} & b31_l7_digits[8:6]) | ({3{b31_l7_h3}} & b31_l7_digits[11:9]));
  assign b31_l7_e = {b31_l7_pos, b31_l7_dig[1]};
  assign b31_l7_t = {b31_l7_hit, b31_l7_dig[2], b31_l7_e};
  assign b31_l8_cnt = {3'd0, b31_l8_nzs[0]} + {3'd0, b31_l8_nzs[1]} + {3'd0, b31_l8_nzs[2]} + {3'd0, b31_l8_nzs[3]};
  assign b31_l8_h0 = b31_l8_nzs[0] & (4'd0 == cj8);
  assign b31_l8_n0 = 4'd0 + {3'd0, b31_l8_nzs[0]};
  assign b31_l8_h1 = b31_l8_nzs[1] & (b31_l8_n0 == cj8);
  assign b31_l8_n1 = b31_l8_n0 + {3'd0, b31_l8_nzs[1]};
  assign b31_l8_h2 = b31_l8_nzs[2] & (b31_l8_n1 == cj8);
  assign b31_l8_n2 = b31_l8_n1 + {3'd0, b31_l8_nzs[2]};
  assign b31_l8_h3 = b31_l8_nzs[3] & (b31_l8_n2 == cj8);
  assign b31_l8_hit = b31_l8_h0 | b31_l8_h1 | b31_l8_h2 | b31_l8_h3;
  assign b31_l8_pos = ((b31_l8_h0 ? 2'd0 : 2'd0) | (b31_l8_h1 ? 2'd1 : 2'd0) | (b31_l8_h2 ? 2'd2 : 2'd0) | (b31_l8_h3 ? 2'd3 : 2'd0));
  assign b31_l8_dig = (({3{b31_l8_h0}} & b31_l8_digits[2:0]) | ({3{b31_l8_h1}} & b31_l8_digits[5:3]) | ({3{b31_l8_h2}} & b31_l8_digits[8:6]) | ({3{b31_l8_h3}} & b31_l8_digits[11:9]));
  assign b31_l8_e = {b31_l8_pos, b31_l8_dig[1]};
  assign b31_l8_t = {b31_l8_hit, b31_l8_dig[2], b31_l8_e};
  assign b31_l9_cnt = {3'd0, b31_l9_nzs[0]} + {3'd0, b31_l9_nzs[1]} + {3'd0, b31_l9_nzs[2]} + {3'd0, b31_l9_nzs[3]};
  assign b31_l9_h0 = b31_l9_nzs[0] & (4'd0 == cj9);
  assign b31_l9_n0 = 4'd0 + {3'd0, b31_l9_nzs[0]};
  assign b31_l9_h1 = b31_l9_nzs[1] & (b31_l9_n0 == cj9);
  assign b31_l9_n1 = b31_l9_n0 + {3'd0, b31_l9_nzs[1]};
  assign b31_l9_h2 = b31_l9_nzs[2] & (b31_l9_n1 == cj9);
  assign b31_l9_n2 = b31_l9_n1 + {3'd0, b31_l9_nzs[2]};
  assign b31_l9_h3 = b31_l9_nzs[3] & (b31_l9_n2 == cj9);
  assign b31_l9_hit = b31_l9_h0 | b31_l9_h1 | b31_l9_h2 | b31_l9_h3;
  assign b31_l9_pos = ((b31_l9_h0 ? 2'd0 : 2'd0) | (b31_l9_h1 ? 2'd1 : 2'd0) | (b31_l9_h2 ? 2'd2 : 2'd0) | (b31_l9_h3 ? 2'd3 : 2'd0));
  assign b31_l9_dig = (({3{b31_l9_h0}} & b31_l9_digits[2:0]) | ({3{b31_l9_h1}} & b31_l9_digits[5:3]) | ({3{b31_l9_h2}} & b31_l9_digits[8:6]) | ({3{b31_l9_h3}} & b31_l9_digits[11:9]));
  assign b31_l9_e = {b31_l9_pos, b31_l9_dig[1]};
  assign b31_l9_t = {b31_l9_hit, b31_l9_dig[2], b31_l9_e};
  assign b31_l10_cnt = {3'd0, b31_l10_nzs[0]} + {3'd0, b31_l10_nzs[1]} + {3'd0, b31_l10_nzs[2]} + {3'd0, b31_l10_nzs[3]};
  assign b31_l10_h0 = b31_l10_nzs[0] & (4'd0 == cj10);
  assign b31_l10_n0 = 4'd0 + {3'd0, b31_l10_nzs[0]};
  assign b31_l10_h1 = b31_l10_nzs[1] & (b31_l10_n0 == cj10);
  assign b31_l10_n1 = b31_l10_n0 + {3'd0, b31_l10_nzs[1]};
  assign b31_l10_h2 = b31_l10_nzs[2] & (b31_l10_n1 == cj10);
  assign b31_l10_n2 = b31_l10_n1 + {3'd0, b31_l10_nzs[2]};
  assign b31_l10_h3 = b31_l10_nzs[3] & (b31_l10_n2 == cj10);
  assign b31_l10_hit = b31_l10_h0 | b31_l10_h1 | b31_l10_h2 | b31_l10_h3;
  assign b31_l10_pos = ((b31_l10_h0 ? 2'd0 : 2'd0) | (b31_l10_h1 ? 2'd1 : 2'd0) | (b31_l10_h2 ? 2'd2 : 2'd0) | (b31_l10_h3 ? 2'd3 : 2'd0));
  assign b31_l10_dig = (({3{b31_l10_h0}} & b31_l10_digits[2:0]) | ({3{b31_l10_h1}} & b31_l10_digits[5:3]) | ({3{b31_l10_h2}} & b31_l10_digits[8:6]) | ({3{b31_l10_h3}} & b31_l10_digits[11:9]));
  assign b31_l10_e = {b31_l10_pos, b31_l10_dig[1]};
  assign b31_l10_t = {b31_l10_hit, b31_l10_dig[2], b31_l10_e};
  assign b31_l11_cnt = {3'd0, b31_l11_nzs[0]} + {3'd0, b31_l11_nzs[1]} + {3'd0, b31_l11_nzs[2]} + {3'd0, b31_l11_nzs[3]};
  assign b31_l11_h0 = b31_l11_nzs[0] & (4'd0 == cj11);
  assign b31_l11_n0 = 4'd0 + {3'd0, b31_l11_nzs[0]};
  assign b31_l11_h1 = b31_l11_nzs[1] & (b31_l11_n0 == cj11);
  assign b31_l11_n1 = b31_l11_n0 + {3'd0, b31_l11_nzs[1]};
  assign b31_l11_h2 = b31_l11_nzs[2] & (b31_l11_n1 == cj11);
  assign b31_l11_n2 = b31_l11_n1 + {3'd0, b31_l11_nzs[2]};
  assign b31_l11_h3 = b31_l11_nzs[3] & (b31_l11_n2 == cj11);
  assign b31_l11_hit = b31_l11_h0 | b31_l11_h1 | b31_l11_h2 | b31_l11_h3;
  assign b31_l11_pos = ((b31_l11_h0 ? 2'd0 : 2'd0) | (b31_l11_h1 ? 2'd1 : 2'd0) | (b31_l11_h2 ? 2'd2 : 2'd0) | (b31_l11_h3 ? 2'd3 : 2'd0));
  assign b31_l11_dig = (({3{b31_l11_h0}} & b31_l11_digits[2:0]) | ({3{b31_l11_h1}} & b31_l11_digits[5:3]) | ({3{b31_l11_h2}} & b31_l11_digits[8:6]) | ({3{b31_l11_h3}} & b31_l11_digits[11:9]));
  assign b31_l11_e = {b31_l11_pos, b31_l11_dig[1]};
  assign b31_l11_t = {b31_l11_hit, b31_l11_dig[2], b31_l11_e};
  assign b31_l12_cnt = {3'd0, b31_l12_nzs[0]} + {3'd0, b31_l12_nzs[1]} + {3'd0, b31_l12_nzs[2]} + {3'd0, b31_l12_nzs[3]};
  assign b31_l12_h0 = b31_l12_nzs[0] & (4'd0 == cj12);
  assign b31_l12_n0 = 4'd0 + {3'd0, b31_l12_nzs[0]};
  assign b31_l12_h1 = b31_l12_nzs[1] & (b31_l12_n0 == cj12);
  assign b31_l12_n1 = b31_l12_n0 + {3'd0, b31_l12_nzs[1]};
  assign b31_l12_h2 = b31_l12_nzs[2] & (b31_l12_n1 == cj12);
  assign b31_l12_n2 = b31_l12_n1 + {3'd0, b31_l12_nzs[2]};
  assign b31_l12_h3 = b31_l12_nzs[3] & (b31_l12_n2 == cj12);
  assign b31_l12_hit = b31_l12_h0 | b31_l12_h1 | b31_l12_h2 | b31_l12_h3;
  assign b31_l12_pos = ((b31_l12_h0 ? 2'd0 : 2'd0) | (b31_l12_h1 ? 2'd1 : 2'd0) | (b31_l12_h2 ? 2'd2 : 2'd0) | (b31_l12_h3 ? 2'd3 : 2'd0));
  assign b31_l12_dig = (({3{b31_l12_h0}} & b31_l12_digits[2:0]) | ({3{b31_l12_h1}} & b31_l12_digits[5:3]) | ({3{b31_l12_h2}} & b31_l12_digits[8:6]) | ({3{b31_l12_h3}} & b31_l12_digits[11:9]));
  assign b31_l12_e = {b31_l12_pos, b31_l12_dig[1]};
  assign b31_l12_t = {b31_l12_hit, b31_l12_dig[2], b31_l12_e};
  assign b31_l13_cnt = {3'd0, b31_l13_nzs[0]} + {3'd0, b31_l13_nzs[1]} + {3'd0, b31_l13_nzs[2]} + {3'd0, b31_l13_nzs[3]};
  assign b31_l13_h0 = b31_l13_nzs[0] & (4'd0 == cj13);
  assign b31_l13_n0 = 4'd0 + {3'd0, b31_l13_nzs[0]};
  assign b31_l13_h1 = b31_l13_nzs[1] & (b31_l13_n0 == cj13);
  assign b31_l13_n1 = b31_l13_n0 + {3'd0, b31_l13_nzs[1]};
  assign b31_l13_h2 = b31_l13_nzs[2] & (b31_l13_n1 == cj13);
  assign b31_l13_n2 = b31_l13_n1 + {3'd0, b31_l13_nzs[2]};
  assign b31_l13_h3 = b31_l13_nzs[3] & (b31_l13_n2 == cj13);
  assign b31_l13_hit = b31_l13_h0 | b31_l13_h1 | b31_l13_h2 | b31_l13_h3;
  assign b31_l13_pos = ((b31_l13_h0 ? 2'd0 : 2'd0) | (b31_l13_h1 ? 2'd1 : 2'd0) | (b31_l13_h2 ? 2'd2 : 2'd0) | (b31_l13_h3 ? 2'd3 : 2'd0));
  assign b31_l13_dig = (({3{b31_l13_h0}} & b31_l13_digits[2:0]) | ({3{b31_l13_h1}} & b31_l13_digits[5:3]) | ({3{b31_l13_h2}} & b31_l13_digits[8:6]) | ({3{b31_l13_h3}} & b31_l13_digits[11:9]));
  assign b31_l13_e = {b31_l13_pos, b31_l13_dig[1]};
  assign b31_l13_t = {b31_l13_hit, b31_l13_dig[2], b31_l13_e};
  assign b31_l14_cnt = {3'd0, b31_l14_nzs[0]} + {3'd0, b31_l14_nzs[1]} + {3'd0, b31_l14_nzs[2]} + {3'd0, b31_l14_nzs[3]};
  assign b31_l14_h0 = b31_l14_nzs[0] & (4'd0 == cj14);
  assign b31_l14_n0 = 4'd0 + {3'd0, b31_l14_nzs[0]};
  assign b31_l14_h1 = b31_l14_nzs[1] & (b31_l14_n0 == cj14);
  assign b31_l14_n1 = b31_l14_n0 + {3'd0, b31_l14_nzs[1]};
  assign b31_l14_h2 = b31_l14_nzs[2] & (b31_l14_n1 == cj14);
  assign b31_l14_n2 = b31_l14_n1 + {3'd0, b31_l14_nzs[2]};
  assign b31_l14_h3 = b31_l14_nzs[3] & (b31_l14_n2 == cj14);
  assign b31_l14_hit = b31_l14_h0 | b31_l14_h1 | b31_l14_h2 | b31_l14_h3;
  assign b31_l14_pos = ((b31_l14_h0 ? 2'd0 : 2'd0) | (b31_l14_h1 ? 2'd1 : 2'd0) | (b31_l14_h2 ? 2'd2 : 2'd0) | (b31_l14_h3 ? 2'd3 : 2'd0));
  assign b31_l14_dig = (({3{b31_l14_h0}} & b31_l14_digits[2:0]) | ({3{b31_l14_h1}} & b31_l14_digits[5:3]) | ({3{b31_l14_h2}} & b31_l14_digits[8:6]) | ({3{b31_l14_h3}} & b31_l14_digits[11:9]));
  assign b31_l14_e = {b31_l14_pos, b31_l14_dig[1]};
  assign b31_l14_t = {b31_l14_hit, b31_l14_dig[2], b31_l14_e};
  assign b31_l15_cnt = {3'd0, b31_l15_nzs[0]} + {3'd0, b31_l15_nzs[1]} + {3'd0, b31_l15_nzs[2]} + {3'd0, b31_l15_nzs[3]};
  assign b31_l15_h0 = b31_l15_nzs[0] & (4'd0 == cj15);
  assign b31_l15_n0 = 4'd0 + {3'd0, b31_l15_nzs[0]};
  assign b31_l15_h1 = b31_l15_nzs[1] & (b31_l15_n0 == cj15);
  assign b31_l15_n1 = b31_l15_n0 + {3'd0, b31_l15_nzs[1]};
  assign b31_l15_h2 = b31_l15_nzs[2] & (b31_l15_n1 == cj15);
  assign b31_l15_n2 = b31_l15_n1 + {3'd0, b31_l15_nzs[2]};
  assign b31_l15_h3 = b31_l15_nzs[3] & (b31_l15_n2 == cj15);
  assign b31_l15_hit = b31_l15_h0 | b31_l15_h1 | b31_l15_h2 | b31_l15_h3;
  assign b31_l15_pos = ((b31_l15_h0 ? 2'd0 : 2'd0) | (b31_l15_h1 ? 2'd1 : 2'd0) | (b31_l15_h2 ? 2'd2 : 2'd0) | (b31_l15_h3 ? 2'd3 : 2'd0));
  assign b31_l15_dig = (({3{b31_l15_h0}} & b31_l15_digits[2:0]) | ({3{b31_l15_h1}} & b31_l15_digits[5:3]) | ({3{b31_l15_h2}} & b31_l15_digits[8:6]) | ({3{b31_l15_h3}} & b31_l15_digits[11:9]));
  assign b31_l15_e = {b31_l15_pos, b31_l15_dig[1]};
  assign b31_l15_t = {b31_l15_hit, b31_l15_dig[2], b31_l15_e};
  assign max_a0 = a0_l0_cnt;
  assign b0_max0_0 = (b1_l0_cnt > b0_l0_cnt) ? b1_l0_cnt : b0_l0_cnt;
  assign b0_max0_1 = (b3_l0_cnt > b2_l0_cnt) ? b3_l0_cnt : b2_l0_cnt;
  assign b0_max0_2 = (b5_l0_cnt > b4_l0_cnt) ? b5_l0_cnt : b4_l0_cnt;
  assign b0_max0_3 = (b7_l0_cnt > b6_l0_cnt) ? b7_l0_cnt : b6_l0_cnt;
  assign b0_max0_4 = (b9_l0_cnt > b8_l0_cnt) ? b9_l0_cnt : b8_l0_cnt;
  assign b0_max0_5 = (b11_l0_cnt > b10_l0_cnt) ? b11_l0_cnt : b10_l0_cnt;
  assign b0_max0_6 = (b13_l0_cnt > b12_l0_cnt) ? b13_l0_cnt : b12_l0_cnt;
  assign b0_max0_7 = (b15_l0_cnt > b14_l0_cnt) ? b15_l0_cnt : b14_l0_cnt;
  assign b0_max0_8 = (b17_l0_cnt > b16_l0_cnt) ? b17_l0_cnt : b16_l0_cnt;
  assign b0_max0_9 = (b19_l0_cnt > b18_l0_cnt) ? b19_l0_cnt : b18_l0_cnt;
  assign b0_max0_10 = (b21_l0_cnt > b20_l0_cnt) ? b21_l0_cnt : b20_l0_cnt;
  assign b0_max0_11 = (b23_l0_cnt > b22_l0_cnt) ? b23_l0_cnt : b22_l0_cnt;
  assign b0_max0_12 = (b25_l0_cnt > b24_l0_cnt) ? b25_l0_cnt : b24_l0_cnt;
  assign b0_max0_13 = (b27_l0_cnt > b26_l0_cnt) ? b27_l0_cnt : b26_l0_cnt;
  assign b0_max0_14 = (b29_l0_cnt > b28_l0_cnt) ? b29_l0_cnt : b28_l0_cnt;
  assign b0_max0_15 = (b31_l0_cnt > b30_l0_cnt) ? b31_l0_cnt : b30_l0_cnt;
  assign b0_max1_0 = (b0_max0_1 > b0_max0_0) ? b0_max0_1 : b0_max0_0;
  assign b0_max1_1 = (b0_max0_3 > b0_max0_2) ? b0_max0_3 : b0_max0_2;
  assign b0_max1_2 = (b0_max0_5 > b0_max0_4) ? b0_max0_5 : b0_max0_4;
  assign b0_max1_3 = (b0_max0_7 > b0_max0_6) ? b0_max0_7 : b0_max0_6;
  assign b0_max1_4 = (b0_max0_9 > b0_max0_8) ? b0_max0_9 : b0_max0_8;
  assign b0_max1_5 = (b0_max0_11 > b0_max0_10) ? b0_max0_11 : b0_max0_10;
  assign b0_max1_6 = (b0_max0_13 > b0_max0_12) ? b0_max0_13 : b0_max0_12;
  assign b0_max1_7 = (b0_max0_15 > b0_max0_14) ? b0_max0_15 : b0_max0_14;
  assign b0_max2_0 = (b0_max1_1 > b0_max1_0) ? b0_max1_1 : b0_max1_0;
  assign b0_max2_1 = (b0_max1_3 > b0_max1_2) ? b0_max1_3 : b0_max1_2;
  assign b0_max2_2 = (b0_max1_5 > b0_max1_4) ? b0_max1_5 : b0_max1_4;
  assign b0_max2_3 = (b0_max1_7 > b0_max1_6) ? b0_max1_7 : b0_max1_6;
  assign b0_max3_0 = (b0_max2_1 > b0_max2_0) ? b0_max2_1 : b0_max2_0;
  assign b0_max3_1 = (b0_max2_3 > b0_max2_2) ? b0_max2_3 : b0_max2_2;
  assign b0_max4_0 = (b0_max3_1 > b0_max3_0) ? b0_max3_1 : b0_max3_0;
  assign max_b0 = b0_max4_0;
  assign none0 = (max_a0 == 4'd0) | (max_b0 == 4'd0);
  assign ea0 = none0 | (ci0 + 4'd1 >= max_a0);
  assign eb0 = none0 | (cj0 + 4'd1 >= max_b0);
  assign last0 = done0 | (ea0 & eb0);
  assign max_a1 = a0_l1_cnt;
  assign b1_max0_0 = (b1_l1_cnt > b0_l1_cnt) ? b1_l1_cnt : b0_l1_cnt;
  assign b1_max0_1 = (b3_l1_cnt > b2_l1_cnt) ? b3_l1_cnt : b2_l1_cnt;
  assign b1_max0_2 = (b5_l1_cnt > b4_l1_cnt) ? b5_l1_cnt : b4_l1_cnt;
  assign b1_max0_3 = (b7_l1_cnt > b6_l1_cnt) ? b7_l1_cnt : b6_l1_cnt;
  assign b1_max0_4 = (b9_l1_cnt > b8_l1_cnt) ? b9_l1_cnt : b8_l1_cnt;
  assign b1_max0_5 = (b11_l1_cnt > b10_l1_cnt) ? b11_l1_cnt : b10_l1_cnt;
  assign b1_max0_6 = (b13_l1_cnt > b12_l1_cnt) ? b13_l1_cnt : b12_l1_cnt;
  assign b1_max0_7 = (b15_l1_cnt > b14_l1_cnt) ? b15_l1_cnt : b14_l1_cnt;
  assign b1_max0_8 = (b17_l1_cnt > b16_l1_cnt) ? b17_l1_cnt : b16_l1_cnt;
  assign b1_max0_9 = (b19_l1_cnt > b18_l1_cnt) ? b19_l1_cnt : b18_l1_cnt;
  assign b1_max0_10 = (b21_l1_cnt > b20_l1_cnt) ? b21_l1_cnt : b20_l1_cnt;
  assign b1_max0_11 = (b23_l1_cnt > b22_l1_cnt) ? b23_l1_cnt : b22_l1_cnt;
  assign b1_max0_12 = (b25_l1_cnt > b24_l1_cnt) ? b25_l1_cnt : b24_l1_cnt;
  assign b1_max0_13 = (b27_l1_cnt > b26_l1_cnt) ? b27_l1_cnt : b26_l1_cnt;
  assign b1_max0_14 = (b29_l1_cnt > b28_l1_cnt) ? b29_l1_cnt : b28_l1_cnt;
  assign b1_max0_15 = (b31_l1_cnt > b30_l1_cnt) ? b31_l1_cnt : b30_l1_cnt;
  assign b1_max1_0 = (b1_max0_1 > b1_max0_0) ? b1_max0_1 : b1_max0_0;
  assign b1_max1_1 = (b1_max0_3 > b1_max0_2) ? b1_max0_3 : b1_max0_2;
  assign b1_max1_2 = (b1_max0_5 > b1_max0_4) ? b1_max0_5 : b1_max0_4;
  assign b1_max1_3 = (b1_max0_7 > b1_max0_6) ? b1_max0_7 : b1_max0_6;
  assign b1_max1_4 = (b1_max0_9 > b1_max0_8) ? b1_max0_9 : b1_max0_8;
  assign b1_max1_5 = (b1_max0_11 > b1_max0_10) ? b1_max0_11 : b1_max0_10;
  assign b1_max1_6 = (b1_max0_13 > b1_max0_12) ? b1_max0_13 : b1_max0_12;
  assign b1_max1_7 = (b1_max0_15 > b1_max0_14) ? b1_max0_15 : b1_max0_14;
  assign b1_max2_0 = (b1_max1_1 > b1_max1_0) ? b1_max1_1 : b1_max1_0;
  assign b1_max2_1 = (b1_max1_3 > b1_max1_2) ? b1_max1_3 : b1_max1_2;
  assign b1_max2_2 = (b1_max1_5 > b1_max1_4) ? b1_max1_5 : b1_max1_4;
  assign b1_max2_3 = (b1_max1_7 > b1_max1_6) ? b1_max1_7 : b1_max1_6;
  assign b1_max3_0 = (b1_max2_1 > b1_max2_0) ? b1_max2_1 : b1_max2_0;
  assign b1_max3_1 = (b1_max2_3 > b1_max2_2) ? b1_max2_3 : b1_max2_2;
  assign b1_max4_0 = (b1_max3_1 > b1_max3_0) ? b1_max3_1 : b1_max3_0;
  assign max_b1 = b1_max4_0;
  assign none1 = (max_a1 == 4'd0) | (max_b1 == 4'd0);
  assign ea1 = none1 | (ci1 + 4'd1 >= max_a1);
  assign eb1 = none1 | (cj1 + 4'd1 >= max_b1);
  assign last1 = done1 | (ea1 & eb1);
  assign max_a2 = a0_l2_cnt;
  assign b2_max0_0 = (b1_l2_cnt > b0_l2_cnt) ? b1_l2_cnt : b0_l2_cnt;
  assign b2_max0_1 = (b3_l2_cnt > b2_l2_cnt) ? b3_l2_cnt : b2_l2_cnt;
  assign b2_max0_2 = (b5_l2_cnt > b4_l2_cnt) ? b5_l2_cnt : b4_l2_cnt;
  assign b2_max0_3 = (b7_l2_cnt > b6_l2_cnt) ? b7_l2_cnt : b6_l2_cnt;
  assign b2_max0_4 = (b9_l2_cnt > b8_l2_cnt) ? b9_l2_cnt : b8_l2_cnt;
  assign b2_max0_5 = (b11_l2_cnt > b10_l2_cnt) ? b11_l2_cnt : b10_l2_cnt;
  assign b2_max0_6 = (b13_l2_cnt > b12_l2_cnt) ? b13_l2_cnt : b12_l2_cnt;
  assign b2_max0_7 = (b15_l2_cnt > b14_l2_cnt) ? b15_l2_cnt : b14_l2_cnt;
  assign b2_max0_8 = (b17_l2_cnt > b16_l2_cnt) ? b17_l2_cnt : b16_l2_cnt;
  assign b2_max0_9 = (b19_l2_cnt > b18_l2_cnt) ? b19_l2_cnt : b18_l2_cnt;
  assign b2_max0_10 = (b21_l2_cnt > b20_l2_cnt) ? b21_l2_cnt : b20_l2_cnt;
  assign b2_max0_11 = (b23_l2_cnt > b22_l2_cnt) ? b23_l2_cnt : b22_l2_cnt;
  assign b2_max0_12 = (b25_l2_cnt > b24_l2_cnt) ? b25_l2_cnt : b24_l2_cnt;
  assign b2_max0_13 = (b27_l2_cnt > b26_l2_cnt) ? b27_l2_cnt : b26_l2_cnt;
  assign b2_max0_14 = (b29_l2_cnt > b28_l2_cnt) ? b29_l2_cnt : b28_l2_cnt;
  assign b2_max0_15 = (b31_l2_cnt > b30_l2_cnt) ? b31_l2_cnt : b30_l2_cnt;
  assign b2_max1_0 = (b2_max0_1 > b2_max0_0) ? b2_max0_1 : b2_max0_0;
  assign b2_max1_1 = (b2_max0_3 > b2_max0_2) ? b2_max0_3 : b2_max0_2;
  assign b2_max1_2 = (b2_max0_5 > b2_max0_4) ? b2_max0_5 : b2_max0_4;
  assign b2_max1_3 = (b2_max0_7 > b2_max0_6) ? b2_max0_7 : b2_max0_6;
  assign b2_max1_4 = (b2_max0_9 > b2_max0_8) ? b2_max0_9 : b2_max0_8;
  assign b2_max1_5 = (b2_max0_11 > b2_max0_10) ? b2_max0_11 : b2_max0_10;
  assign b2_max1_6 = (b2_max0_13 > b2_max0_12) ? b2_max0_13 : b2_max0_12;
  assign b2_max1_7 = (b2_max0_15 > b2_max0_14) ? b2_max0_15 : b2_max0_14;
  assign b2_max2_0 = (b2_max1_1 > b2_max1_0) ? b2_max1_1 : b2_max1_0;
  assign b2_max2_1 = (b2_max1_3 > b2_max1_2) ? b2_max1_3 : b2_max1_2;
  assign b2_max2_2 = (b2_max1_5 > b2_max1_4) ? b2_max1_5 : b2_max1_4;
  assign b2_max2_3 = (b2_max1_7 > b2_max1_6) ? b2_max1_7 : b2_max1_6;
  assign b2_max3_0 = (b2_max2_1 > b2_max2_0) ? b2_max2_1 : b2_max2_0;
  assign b2_max3_1 = (b2_max2_3 > b2_max2_2) ? b2_max2_3 : b2_max2_2;
  assign b2_max4_0 = (b2_max3_1 > b2_max3_0) ? b2_max3_1 : b2_max3_0;
  assign max_b2 = b2_max4_0;
  assign none2 = (max_a2 == 4'd0) | (max_b2 == 4'd0);
  assign ea2 = none2 | (ci2 + 4'd1 >= max_a2);
  assign eb2 = none2 | (cj2 + 4'd1 >= max_b2);
  assign last2 = done2 | (ea2 & eb2);
  assign max_a3 = a0_l3_cnt;
  assign b3_max0_0 = (b1_l3_cnt > b0_l3_cnt) ? b1_l3_cnt : b0_l3_cnt;
  assign b3_max0_1 = (b3_l3_cnt > b2_l3_cnt) ? b3_l3_cnt : b2_l3_cnt;
  assign b3_max0_2 = (b5_l3_cnt > b4_l3_cnt) ? b5_l3_cnt : b4_l3_cnt;
  assign b3_max0_3 = (b7_l3_cnt > b6_l3_cnt) ? b7_l3_cnt : b6_l3_cnt;
  assign b3_max0_4 = (b9_l3_cnt > b8_l3_cnt) ? b9_l3_cnt : b8_l3_cnt;
  assign b3_max0_5 = (b11_l3_cnt > b10_l3_cnt) ? b11_l3_cnt : b10_l3_cnt;
  assign b3_max0_6 = (b13_l3_cnt > b12_l3_cnt) ? b13_l3_cnt : b12_l3_cnt;
  assign b3_max0_7 = (b15_l3_cnt > b14_l3_cnt) ? b15_l3_cnt : b14_l3_cnt;
  assign b3_max0_8 = (b17_l3_cnt > b16_l3_cnt) ? b17_l3_cnt : b16_l3_cnt;
  assign b3_max0_9 = (b19_l3_cnt > b18_l3_cnt) ? b19_l3_cnt : b18_l3_cnt;
  assign b3_max0_10 = (b21_l3_cnt > b20_l3_cnt) ? b21_l3_cnt : b20_l3_cnt;
  assign b3_max0_11 = (b23_l3_cnt > b22_l3_cnt) ? b23_l3_cnt : b22_l3_cnt;
  assign b3_max0_12 = (b25_l3_cnt > b24_l3_cnt) ? b25_l3_cnt : b24_l3_cnt;
  assign b3_max0_13 = (b27_l3_cnt > b26_l3_cnt) ? b27_l3_cnt : b26_l3_cnt;
  assign b3_max0_14 = (b29_l3_cnt > b28_l3_cnt) ? b29_l3_cnt : b28_l3_cnt;
  assign b3_max0_15 = (b31_l3_cnt > b30_l3_cnt) ? b31_l3_cnt : b30_l3_cnt;
  assign b3_max1_0 = (b3_max0_1 > b3_max0_0) ? b3_max0_1 : b3_max0_0;
  assign b3_max1_1 = (b3_max0_3 > b3_max0_2) ? b3_max0_3 : b3_max0_2;
  assign b3_max1_2 = (b3_max0_5 > b3_max0_4) ? b3_max0_5 : b3_max0_4;
  assign b3_max1_3 = (b3_max0_7 > b3_max0_6) ? b3_max0_7 : b3_max0_6;
  assign b3_max1_4 = (b3_max0_9 > b3_max0_8) ? b3_max0_9 : b3_max0_8;
  assign b3_max1_5 = (b3_max0_11 > b3_max0_10) ? b3_max0_11 : b3_max0_10;
  assign b3_max1_6 = (b3_max0_13 > b3_max0_12) ? b3_max0_13 : b3_max0_12;
  assign b3_max1_7 = (b3_max0_15 > b3_max0_14) ? b3_max0_15 : b3_max0_14;
  assign b3_max2_0 = (b3_max1_1 > b3_max1_0) ? b3_max1_1 : b3_max1_0;
  assign b3_max2_1 = (b3_max1_3 > b3_max1_2) ? b3_max1_3 : b3_max1_2;
  assign b3_max2_2 = (b3_max1_5 > b3_max1_4) ? b3_max1_5 : b3_max1_4;
  assign b3_max2_3 = (b3_max1_7 > b3_max1_6) ? b3_max1_7 : b3_max1_6;
  assign b3_max3_0 = (b3_max2_1 > b3_max2_0) ? b3_max2_1 : b3_max2_0;
  assign b3_max3_1 = (b3_max2_3 > b3_max2_2) ? b3_max2_3 : b3_max2_2;
  assign b3_max4_0 = (b3_max3_1 > b3_max3_0) ? b3_max3_1 : b3_max3_0;
  assign max_b3 = b3_max4_0;
  assign none3 = (max_a3 == 4'd0) | (max_b3 == 4'd0);
  assign ea3 = none3 | (ci3 + 4'd1 >= max_a3);
  assign eb3 = none3 | (cj3 + 4'd1 >= max_b3);
  assign last3 = done3 | (ea3 & eb3);
  assign max_a4 = a0_l4_cnt;
  assign b4_max0_0 = (b1_l4_cnt > b0_l4_cnt) ? b1_l4_cnt : b0_l4_cnt;
  assign b4_max0_1 = (b3_l4_cnt > b2_l4_cnt) ? b3_l4_cnt : b2_l4_cnt;
  assign b4_max0_2 = (b5_l4_cnt > b4_l4_cnt) ? b5_l4_cnt : b4_l4_cnt;
  assign b4_max0_3 = (b7_l4_cnt > b6_l4_cnt) ? b7_l4_cnt : b6_l4_cnt;
  assign b4_max0_4 = (b9_l4_cnt > b8_l4_cnt) ? b9_l4_cnt : b8_l4_cnt;
  assign b4_max0_5 = (b11_l4_cnt > b10_l4_cnt) ? b11_l4_cnt : b10_l4_cnt;
  assign b4_max0_6 = (b13_l4_cnt > b12_l4_cnt) ? b13_l4_cnt : b12_l4_cnt;
  assign b4_max0_7 = (b15_l4_cnt > b14_l4_cnt) ? b15_l4_cnt : b14_l4_cnt;
  assign b4_max0_8 = (b17_l4_cnt > b16_l4_cnt) ? b17_l4_cnt : b16_l4_cnt;
  assign b4_max0_9 = (b19_l4_cnt > b18_l4_cnt) ? b19_l4_cnt : b18_l4_cnt;
  assign b4_max0_10 = (b21_l4_cnt > b20_l4_cnt) ? b21_l4_cnt : b20_l4_cnt;
  assign b4_max0_11 = (b23_l4_cnt > b22_l4_cnt) ? b23_l4_cnt : b22_l4_cnt;
  assign b4_max0_12 = (b25_l4_cnt > b24_l4_cnt) ? b25_l4_cnt : b24_l4_cnt;
  assign b4_max0_13 = (b27_l4_cnt > b26_l4_cnt) ? b27_l4_cnt : b26_l4_cnt;
  assign b4_max0_14 = (b29_l4_cnt > b28_l4_cnt) ? b29_l4_cnt : b28_l4_cnt;
  assign b4_max0_15 = (b31_l4_cnt > b30_l4_cnt) ? b31_l4_cnt : b30_l4_cnt;
  assign b4_max1_0 = (b4_max0_1 > b4_max0_0) ? b4_max0_1 : b4_max0_0;
  assign b4_max1_1 = (b4_max0_3 > b4_max0_2) ? b4_max0_3 : b4_max0_2;
  assign b4_max1_2 = (b4_max0_5 > b4_max0_4) ? b4_max0_5 : b4_max0_4;
  assign b4_max1_3 = (b4_max0_7 > b4_max0_6) ? b4_max0_7 : b4_max0_6;
  assign b4_max1_4 = (b4_max0_9 > b4_max0_8) ? b4_max0_9 : b4_max0_8;
  assign b4_max1_5 = (b4_max0_11 > b4_max0_10) ? b4_max0_11 : b4_max0_10;
  assign b4_max1_6 = (b4_max0_13 > b4_max0_12) ? b4_max0_13 : b4_max0_12;
  assign b4_max1_7 = (b4_max0_15 > b4_max0_14) ? b4_max0_15 : b4_max0_14;
  assign b4_max2_0 = (b4_max1_1 > b4_max1_0) ? b4_max1_1 : b4_max1_0;
  assign b4_max2_1 = (b4_max1_3 > b4_max1_2) ? b4_max1_3 : b4_max1_2;
  assign b4_max2_2 = (b4_max1_5 > b4_max1_4) ? b4_max1_5 : b4_max1_4;
  assign b4_max2_3 = (b4_max1_7 > b4_max1_6) ? b4_max1_7 : b4_max1_6;
  assign b4_max3_0 = (b4_max2_1 > b4_max2_0) ? b4_max2_1 : b4_max2_0;
  assign b4_max3_1 = (b4_max2_3 > b4_max2_2) ? b4_max2_3 : b4_max2_2;
  assign b4_max4_0 = (b4_max3_1 > b4_max3_0) ? b4_max3_1 : b4_max3_0;
  assign max_b4 = b4_max4_0;
  assign none4 = (max_a4 == 4'd0) | (max_b4 == 4'd0);
  assign ea4 = none4 | (ci4 + 4'd1 >= max_a4);
  assign eb4 = none4 | (cj4 + 4'd1 >= max_b4);
  assign last4 = done4 | (ea4 & eb4);
  assign max_a5 = a0_l5_cnt;
  assign b5_max0_0 = (b1_l5_cnt > b0_l5_cnt) ? b1_l5_cnt : b0_l5_cnt;
  assign b5_max0_1 = (b3_l5_cnt > b2_l5_cnt) ? b3_l5_cnt : b2_l5_cnt;
  assign b5_max0_2 = (b5_l5_cnt > b4_l5_cnt) ? b5_l5_cnt : b4_l5_cnt;
  assign b5_max0_3 = (b7_l5_cnt > b6_l5_cnt) ? b7_l5_cnt : b6_l5_cnt;
  assign b5_max0_4 = (b9_l5_cnt > b8_l5_cnt) ? b9_l5_cnt : b8_l5_cnt;
  assign b5_max0_5 = (b11_l5_cnt > b10_l5_cnt) ? b11_l5_cnt : b10_l5_cnt;
  assign b5_max0_6 = (b13_l5_cnt > b12_l5_cnt) ? b13_l5_cnt : b12_l5_cnt;
  assign b5_max0_7 = (b15_l5_cnt > b14_l5_cnt) ? b15_l5_cnt : b14_l5_cnt;
  assign b5_max0_8 = (b17_l5_cnt > b16_l5_cnt) ? b17_l5_cnt : b16_l5_cnt;
  assign b5_max0_9 = (b19_l5_cnt > b18_l5_cnt) ? b19_l5_cnt : b18_l5_cnt;
  assign b5_max0_10 = (b21_l5_cnt > b20_l5_cnt) ? b21_l5_cnt : b20_l5_cnt;
  assign b5_max0_11 = (b23_l5_cnt > b22_l5_cnt) ? b23_l5_cnt : b22_l5_cnt;
  assign b5_max0_12 = (b25_l5_cnt > b24_l5_cnt) ? b25_l5_cnt : b24_l5_cnt;
  assign b5_max0_13 = (b27_l5_cnt > b26_l5_cnt) ? b27_l5_cnt : b26_l5_cnt;
  assign b5_max0_14 = (b29_l5_cnt > b28_l5_cnt) ? b29_l5_cnt : b28_l5_cnt;
  assign b5_max0_15 = (b31_l5_cnt > b30_l5_cnt) ? b31_l5_cnt : b30_l5_cnt;
  assign b5_max1_0 = (b5_max0_1 > b5_max0_0) ? b5_max0_1 : b5_max0_0;
  assign b5_max1_1 = (b5_max0_3 > b5_max0_2) ? b5_max0_3 : b5_max0_2;
  assign b5_max1_2 = (b5_max0_5 > b5_max0_4) ? b5_max0_5 : b5_max0_4;
  assign b5_max1_3 = (b5_max0_7 > b5_max0_6) ? b5_max0_7 : b5_max0_6;
  assign b5_max1_4 = (b5_max0_9 > b5_max0_8) ? b5_max0_9 : b5_max0_8;
  assign b5_max1_5 = (b5_max0_11 > b5_max0_10) ? b5_max0_11 : b5_max0_10;
  assign b5_max1_6 = (b5_max0_13 > b5_max0_12) ? b5_max0_13 : b5_max0_12;
  assign b5_max1_7 = (b5_max0_15 > b5_max0_14) ? b5_max0_15 : b5_max0_14;
  assign b5_max2_0 = (b5_max1_1 > b5_max1_0) ? b5_max1_1 : b5_max1_0;
  assign b5_max2_1 = (b5_max1_3 > b5_max1_2) ? b5_max1_3 : b5_max1_2;
  assign b5_max2_2 = (b5_max1_5 > b5_max1_4) ? b5_max1_5 : b5_max1_4;
  assign b5_max2_3 = (b5_max1_7 > b5_max1_6) ? b5_max1_7 : b5_max1_6;
  assign b5_max3_0 = (b5_max2_1 > b5_max2_0) ? b5_max2_1 : b5_max2_0;
  assign b5_max3_1 = (b5_max2_3 > b5_max2_2) ? b5_max2_3 : b5_max2_2;
  assign b5_max4_0 = (b5_max3_1 > b5_max3_0) ? b5_max3_1 : b5_max3_0;
  assign max_b5 = b5_max4_0;
  assign none5 = (max_a5 == 4'd0) | (max_b5 == 4'd0);
  assign ea5 = none5 | (ci5 + 4'd1 >= max_a5);
  assign eb5 = none5 | (cj5 + 4'd1 >= max_b5);
  assign last5 = done5 | (ea5 & eb5);
  assign max_a6 = a0_l6_cnt;
  assign b6_max0_0 = (b1_l6_cnt > b0_l6_cnt) ? b1_l6_cnt : b0_l6_cnt;
  assign b6_max0_1 = (b3_l6_cnt > b2_l6_cnt) ? b3_l6_cnt : b2_l6_cnt;
  assign b6_max0_2 = (b5_l6_cnt > b4_l6_cnt) ? b5_l6_cnt : b4_l6_cnt;
  assign b6_max0_3 = (b7_l6_cnt > b6_l6_cnt) ? b7_l6_cnt : b6_l6_cnt;
  assign b6_max0_4 = (b9_l6_cnt > b8_l6_cnt) ? b9_l6_cnt : b8_l6_cnt;
  assign b6_max0_5 = (b11_l6_cnt > b10_l6_cnt) ? b11_l6_cnt : b10_l6_cnt;
  assign b6_max0_6 = (b13_l6_cnt > b12_l6_cnt) ? b13_l6_cnt : b12_l6_cnt;
  assign b6_max0_7 = (b15_l6_cnt > b14_l6_cnt) ? b15_l6_cnt : b14_l6_cnt;
  assign b6_max0_8 = (b17_l6_cnt > b16_l6_cnt) ? b17_l6_cnt : b16_l6_cnt;
  assign b6_max0_9 = (b19_l6_cnt > b18_l6_cnt) ? b19_l6_cnt : b18_l6_cnt;
  assign b6_max0_10 = (b21_l6_cnt > b20_l6_cnt) ? b21_l6_cnt : b20_l6_cnt;
  assign b6_max0_11 = (b23_l6_cnt > b22_l6_cnt) ? b23_l6_cnt : b22_l6_cnt;
  assign b6_max0_12 = (b25_l6_cnt > b24_l6_cnt) ? b25_l6_cnt : b24_l6_cnt;
  assign b6_max0_13 = (b27_l6_cnt > b26_l6_cnt) ? b27_l6_cnt : b26_l6_cnt;
  assign b6_max0_14 = (b29_l6_cnt > b28_l6_cnt) ? b29_l6_cnt : b28_l6_cnt;
  assign b6_max0_15 = (b31_l6_cnt > b30_l6_cnt) ? b31_l6_cnt : b30_l6_cnt;
  assign b6_max1_0 = (b6_max0_1 > b6_max0_0) ? b6_max0_1 : b6_max0_0;
  assign b6_max1_1 = (b6_max0_3 > b6_max0_2) ? b6_max0_3 : b6_max0_2;
  assign b6_max1_2 = (b6_max0_5 > b6_max0_4) ? b6_max0_5 : b6_max0_4;
  assign b6_max1_3 = (b6_max0_7 > b6_max0_6) ? b6_max0_7 : b6_max0_6;
  assign b6_max1_4 = (b6_max0_9 > b6_max0_8) ? b6_max0_9 : b6_max0_8;
  assign b6_max1_5 = (b6_max0_11 > b6_max0_10) ? b6_max0_11 : b6_max0_10;
  assign b6_max1_6 = (b6_max0_13 > b6_max0_12) ? b6_max0_13 : b6_max0_12;
  assign b6_max1_7 = (b6_max0_15 > b6_max0_14) ? b6_max0_15 : b6_max0_14;
  assign b6_max2_0 = (b6_max1_1 > b6_max1_0) ? b6_max1_1 : b6_max1_0;
  assign b6_max2_1 = (b6_max1_3 > b6_max1_2) ? b6_max1_3 : b6_max1_2;
  assign b6_max2_2 = (b6_max1_5 > b6_max1_4) ? b6_max1_5 : b6_max1_4;
  assign b6_max2_3 = (b6_max1_7 > b6_max1_6) ? b6_max1_7 : b6_max1_6;
  assign b6_max3_0 = (b6_max2_1 > b6_max2_0) ? b6_max2_1 : b6_max2_0;
  assign b6_max3_1 = (b6_max2_3 > b6_max2_2) ? b6_max2_3 : b6_max2_2;
  assign b6_max4_0 = (b6_max3_1 > b6_max3_0) ? b6_max3_1 : b6_max3_0;
  assign max_b6 = b6_max4_0;
  assign none6 = (max_a6 == 4'd0) | (max_b6 == 4'd0);
  assign ea6 = none6 | (ci6 + 4'd1 >= max_a6);
  assign eb6 = none6 | (cj6 + 4'd1 >= max_b6);
  assign last6 = done6 | (ea6 & eb6);
  assign max_a7 = a0_l7_cnt;
  assign b7_max0_0 = (b1_l7_cnt > b0_l7_cnt) ? b1_l7_cnt : b0_l7_cnt;
  assign b7_max0_1 = (b3_l7_cnt > b2_l7_cnt) ? b3_l7_cnt : b2_l7_cnt;
  assign b7_max0_2 = (b5_l7_cnt > b4_l7_cnt) ? b5_l7_cnt : b4_l7_cnt;
  assign b7_max0_3 = (b7_l7_cnt > b6_l7_cnt) ? b7_l7_cnt : b6_l7_cnt;
  assign b7_max0_4 = (b9_l7_cnt > b8_l7_cnt) ? b9_l7_cnt : b8_l7_cnt;
  assign b7_max0_5 = (b11_l7_cnt > b10_l7_cnt) ? b11_l7_cnt : b10_l7_cnt;
  assign b7_max0_6 = (b13_l7_cnt > b12_l7_cnt) ? b13_l7_cnt : b12_l7_cnt;
  assign b7_max0_7 = (b15_l7_cnt > b14_l7_cnt) ? b15_l7_cnt : b14_l7_cnt;
  assign b7_max0_8 = (b17_l7_cnt > b16_l7_cnt) ? b17_l7_cnt : b16_l7_cnt;
  assign b7_max0_9 = (b19_l7_cnt > b18_l7_cnt) ? b19_l7_cnt : b18_l7_cnt;
  assign b7_max0_10 = (b21_l7_cnt > b20_l7_cnt) ? b21_l7_cnt : b20_l7_cnt;
  assign b7_max0_11 = (b23_l7_cnt > b22_l7_cnt) ? b23_l7_cnt : b22_l7_cnt;
  assign b7_max0_12 = (b25_l7_cnt > b24_l7_cnt) ? b25_l7_cnt : b24_l7_cnt;
  assign b7_max0_13 = (b27_l7_cnt > b26_l7_cnt) ? b27_l7_cnt : b26_l7_cnt;
  assign b7_max0_14 = (b29_l7_cnt > b28_l7_cnt) ? b29_l7_cnt : b28_l7_cnt;
  assign b7_max0_15 = (b31_l7_cnt > b30_l7_cnt) ? b31_l7_cnt : b30_l7_cnt;
  assign b7_max1_0 = (b7_max0_1 > b7_max0_0) ? b7_max0_1 : b7_max0_0;
  assign b7_max1_1 = (b7_max0_3 > b7_max0_2) ? b7_max0_3 : b7_max0_2;
  assign b7_max1_2 = (b7_max0_5 > b7_max0_4) ? b7_max0_5 : b7_max0_4;
  assign b7_max1_3 = (b7_max0_7 > b7_max0_6) ? b7_max0_7 : b7_max0_6;
  assign b7_max1_4 = (b7_max0_9 > b7_max0_8) ? b7_max0_9 : b7_max0_8;
  assign b7_max1_5 = (b7_max0_11 > b7_max0_10) ? b7_max0_11 : b7_max0_10;
  assign b7_max1_6 = (b7_max0_13 > b7_max0_12) ? b7_max0_13 : b7_max0_12;
  assign b7_max1_7 = (b7_max0_15 > b7_max0_14) ? b7_max0_15 : b7_max0_14;
  assign b7_max2_0 = (b7_max1_1 > b7_max1_0) ? b7_max1_1 : b7_max1_0;
  assign b7_max2_1 = (b7_max1_3 > b7_max1_2) ? b7_max1_3 : b7_max1_2;
  assign b7_max2_2 = (b7_max1_5 > b7_max1_4) ? b7_max1_5 : b7_max1_4;
  assign b7_max2_3 = (b7_max1_7 > b7_max1_6) ? b7_max1_7 : b7_max1_6;
  assign b7_max3_0 = (b7_max2_1 > b7_max2_0) ? b7_max2_1 : b7_max2_0;
  assign b7_max3_1 = (b7_max2_3 > b7_max2_2) ? b7_max2_3 : b7_max2_2;
  assign b7_max4_0 = (b7_max3_1 > b7_max3_0) ? b7_max3_1 : b7_max3_0;
  assign max_b7 = b7_max4_0;
  assign none7 = (max_a7 == 4'd0) | (max_b7 == 4'd0);
  assign ea7 = none7 | (ci7 + 4'd1 >= max_a7);
  assign eb7 = none7 | (cj7 + 4'd1 >= max_b7);
  assign last7 = done7 | (ea7 & eb7);
  assign max_a8 = a0_l8_cnt;
  assign b8_max0_0 = (b1_l8_cnt > b0_l8_cnt) ? b1_l8_cnt : b0_l8_cnt;
  assign b8_max0_1 = (b3_l8_cnt > b2_l8_cnt) ? b3_l8_cnt : b2_l8_cnt;
  assign b8_max0_2 = (b5_l8_cnt > b4_l8_cnt) ? b5_l8_cnt : b4_l8_cnt;
  assign b8_max0_3 = (b7_l8_cnt > b6_l8_cnt) ? b7_l8_cnt : b6_l8_cnt;
  assign b8_max0_4 = (b9_l8_cnt > b8_l8_cnt) ? b9_l8_cnt : b8_l8_cnt;
  assign b8_max0_5 = (b11_l8_cnt > b10_l8_cnt) ? b11_l8_cnt : b10_l8_cnt;
  assign b8_max0_6 = (b13_l8_cnt > b12_l8_cnt) ? b13_l8_cnt : b12_l8_cnt;
  assign b8_max0_7 = (b15_l8_cnt > b14_l8_cnt) ? b15_l8_cnt : b14_l8_cnt;
  assign b8_max0_8 = (b17_l8_cnt > b16_l8_cnt) ? b17_l8_cnt : b16_l8_cnt;
  assign b8_max0_9 = (b19_l8_cnt > b18_l8_cnt) ? b19_l8_cnt : b18_l8_cnt;
  assign b8_max0_10 = (b21_l8_cnt > b20_l8_cnt) ? b21_l8_cnt : b20_l8_cnt;
  assign b8_max0_11 = (b23_l8_cnt > b22_l8_cnt) ? b23_l8_cnt : b22_l8_cnt;
  assign b8_max0_12 = (b25_l8_cnt > b24_l8_cnt) ? b25_l8_cnt : b24_l8_cnt;
  assign b8_max0_13 = (b27_l8_cnt > b26_l8_cnt) ? b27_l8_cnt : b26_l8_cnt;
  assign b8_max0_14 = (b29_l8_cnt > b28_l8_cnt) ? b29_l8_cnt : b28_l8_cnt;
  assign b8_max0_15 = (b31_l8_cnt > b30_l8_cnt) ? b31_l8_cnt : b30_l8_cnt;
  assign b8_max1_0 = (b8_max0_1 > b8_max0_0) ? b8_max0_1 : b8_max0_0;
  assign b8_max1_1 = (b8_max0_3 > b8_max0_2) ? b8_max0_3 : b8_max0_2;
  assign b8_max1_2 = (b8_max0_5 > b8_max0_4) ? b8_max0_5 : b8_max0_4;
  assign b8_max1_3 = (b8_max0_7 > b8_max0_6) ? b8_max0_7 : b8_max0_6;
  assign b8_max1_4 = (b8_max0_9 > b8_max0_8) ? b8_max0_9 : b8_max0_8;
  assign b8_max1_5 = (b8_max0_11 > b8_max0_10) ? b8_max0_11 : b8_max0_10;
  assign b8_max1_6 = (b8_max0_13 > b8_max0_12) ? b8_max0_13 : b8_max0_12;
  assign b8_max1_7 = (b8_max0_15 > b8_max0_14) ? b8_max0_15 : b8_max0_14;
  assign b8_max2_0 = (b8_max1_1 > b8_max1_0) ? b8_max1_1 : b8_max1_0;
  assign b8_max2_1 = (b8_max1_3 > b8_max1_2) ? b8_max1_3 : b8_max1_2;
  assign b8_max2_2 = (b8_max1_5 > b8_max1_4) ? b8_max1_5 : b8_max1_4;
  assign b8_max2_3 = (b8_max1_7 > b8_max1_6) ? b8_max1_7 : b8_max1_6;
  assign b8_max3_0 = (b8_max2_1 > b8_max2_0) ? b8_max2_1 : b8_max2_0;
  assign b8_max3_1 = (b8_max2_3 > b8_max2_2) ? b8_max2_3 : b8_max2_2;
  assign b8_max4_0 = (b8_max3_1 > b8_max3_0) ? b8_max3_1 : b8_max3_0;
  assign max_b8 = b8_max4_0;
  assign none8 = (max_a8 == 4'd0) | (max_b8 == 4'd0);
  assign ea8 = none8 | (ci8 + 4'd1 >= max_a8);
  assign eb8 = none8 | (cj8 + 4'd1 >= max_b8);
  assign last8 = done8 | (ea8 & eb8);
  assign max_a9 = a0_l9_cnt;
  assign b9_max0_0 = (b1_l9_cnt > b0_l9_cnt) ? b1_l9_cnt : b0_l9_cnt;
  assign b9_max0_1 = (b3_l9_cnt > b2_l9_cnt) ? b3_l9_cnt : b2_l9_cnt;
  assign b9_max0_2 = (b5_l9_cnt > b4_l9_cnt) ? b5_l9_cnt : b4_l9_cnt;
  assign b9_max0_3 = (b7_l9_cnt > b6_l9_cnt) ? b7_l9_cnt : b6_l9_cnt;
  assign b9_max0_4 = (b9_l9_cnt > b8_l9_cnt) ? b9_l9_cnt : b8_l9_cnt;
  assign b9_max0_5 = (b11_l9_cnt > b10_l9_cnt) ? b11_l9_cnt : b10_l9_cnt;
  assign b9_max0_6 = (b13_l9_cnt > b12_l9_cnt) ? b13_l9_cnt : b12_l9_cnt;
  assign b9_max0_7 = (b15_l9_cnt > b14_l9_cnt) ? b15_l9_cnt : b14_l9_cnt;
  assign b9_max0_8 = (b17_l9_cnt > b16_l9_cnt) ? b17_l9_cnt : b16_l9_cnt;
  assign b9_max0_9 = (b19_l9_cnt > b18_l9_cnt) ? b19_l9_cnt : b18_l9_cnt;
  assign b9_max0_10 = (b21_l9_cnt > b20_l9_cnt) ? b21_l9_cnt : b20_l9_cnt;
  assign b9_max0_11 = (b23_l9_cnt > b22_l9_cnt) ? b23_l9_cnt : b22_l9_cnt;
  assign b9_max0_12 = (b25_l9_cnt > b24_l9_cnt) ? b25_l9_cnt : b24_l9_cnt;
  assign b9_max0_13 = (b27_l9_cnt > b26_l9_cnt) ? b27_l9_cnt : b26_l9_cnt;
  assign b9_max0_14 = (b29_l9_cnt > b28_l9_cnt) ? b29_l9_cnt : b28_l9_cnt;
  assign b9_max0_15 = (b31_l9_cnt > b30_l9_cnt) ? b31_l9_cnt : b30_l9_cnt;
  assign b9_max1_0 = (b9_max0_1 > b9_max0_0) ? b9_max0_1 : b9_max0_0;
  assign b9_max1_1 = (b9_max0_3 > b9_max0_2) ? b9_max0_3 : b9_max0_2;
  assign b9_max1_2 = (b9_max0_5 > b9_max0_4) ? b9_max0_5 : b9_max0_4;
  assign b9_max1_3 = (b9_max0_7 > b9_max0_6) ? b9_max0_7 : b9_max0_6;
  assign b9_max1_4 = (b9_max0_9 > b9_max0_8) ? b9_max0_9 : b9_max0_8;
  assign b9_max1_5 = (b9_max0_11 > b9_max0_10) ? b9_max0_11 : b9_max0_10;
  assign b9_max1_6 = (b9_max0_13 > b9_max0_12) ? b9_max0_13 : b9_max0_12;
  assign b9_max1_7 = (b9_max0_15 > b9_max0_14) ? b9_max0_15 : b9_max0_14;
  assign b9_max2_0 = (b9_max1_1 > b9_max1_0) ? b9_max1_1 : b9_max1_0;
  assign b9_max2_1 = (b9_max1_3 > b9_max1_2) ? b9_max1_3 : b9_max1_2;
  assign b9_max2_2 = (b9_max1_5 > b9_max1_4) ? b9_max1_5 : b9_max1_4;
  assign b9_max2_3 = (b9_max1_7 > b9_max1_6) ? b9_max1_7 : b9_max1_6;
  assign b9_max3_0 = (b9_max2_1 > b9_max2_0) ? b9_max2_1 : b9_max2_0;
  assign b9_max3_1 = (b9_max2_3 > b9_max2_2) ? b9_max2_3 : b9_max2_2;
  assign b9_max4_0 = (b9_max3_1 > b9_max3_0) ? b9_max3_1 : b9_max3_0;
  assign max_b9 = b9_max4_0;
  assign none9 = (max_a9 == 4'd0) | (max_b9 == 4'd0);
  assign ea9 = none9 | (ci9 + 4'd1 >= max_a9);
  assign eb9 = none9 | (cj9 + 4'd1 >= max_b9);
  assign last9 = done9 | (ea9 & eb9);
  assign max_a10 = a0_l10_cnt;
  assign b10_max0_0 = (b1_l10_cnt > b0_l10_cnt) ? b1_l10_cnt : b0_l10_cnt;
  assign b10_max0_1 = (b3_l10_cnt > b2_l10_cnt) ? b3_l10_cnt : b2_l10_cnt;
  assign b10_max0_2 = (b5_l10_cnt > b4_l10_cnt) ? b5_l10_cnt : b4_l10_cnt;
  assign b10_max0_3 = (b7_l10_cnt > b6_l10_cnt) ? b7_l10_cnt : b6_l10_cnt;
  assign b10_max0_4 = (b9_l10_cnt > b8_l10_cnt) ? b9_l10_cnt : b8_l10_cnt;
  assign b10_max0_5 = (b11_l10_cnt > b10_l10_cnt) ? b11_l10_cnt : b10_l10_cnt;
  assign b10_max0_6 = (b13_l10_cnt > b12_l10_cnt) ? b13_l10_cnt : b12_l10_cnt;
  assign b10_max0_7 = (b15_l10_cnt > b14_l10_cnt) ? b15_l10_cnt : b14_l10_cnt;
  assign b10_max0_8 = (b17_l10_cnt > b16_l10_cnt) ? b17_l10_cnt : b16_l10_cnt;
  assign b10_max0_9 = (b19_l10_cnt > b18_l10_cnt) ? b19_l10_cnt : b18_l10_cnt;
  assign b10_max0_10 = (b21_l10_cnt > b20_l10_cnt) ? b21_l10_cnt : b20_l10_cnt;
  assign b10_max0_11 = (b23_l10_cnt > b22_l10_cnt) ? b23_l10_cnt : b22_l10_cnt;
  assign b10_max0_12 = (b25_l10_cnt > b24_l10_cnt) ? b25_l10_cnt : b24_l10_cnt;
  assign b10_max0_13 = (b27_l10_cnt > b26_l10_cnt) ? b27_l10_cnt : b26_l10_cnt;
  assign b10_max0_14 = (b29_l10_cnt > b28_l10_cnt) ? b29_l10_cnt : b28_l10_cnt;
  assign b10_max0_15 = (b31_l10_cnt > b30_l10_cnt) ? b31_l10_cnt : b30_l10_cnt;
  assign b10_max1_0 = (b10_max0_1 > b10_max0_0) ? b10_max0_1 : b10_max0_0;
  assign b10_max1_1 = (b10_max0_3 > b10_max0_2) ? b10_max0_3 : b10_max0_2;
  assign b10_max1_2 = (b10_max0_5 > b10_max0_4) ? b10_max0_5 : b10_max0_4;
  assign b10_max1_3 = (b10_max0_7 > b10_max0_6) ? b10_max0_7 : b10_max0_6;
  assign b10_max1_4 = (b10_max0_9 > b10_max0_8) ? b10_max0_9 : b10_max0_8;
  assign b10_max1_5 = (b10_max0_11 > b10_max0_10) ? b10_max0_11 : b10_max0_10;
  assign b10_max1_6 = (b10_max0_13 > b10_max0_12) ? b10_max0_13 : b10_max0_12;
  assign b10_max1_7 = (b10_max0_15 > b10_max0_14) ? b10_max0_15 : b10_max0_14;
  assign b10_max2_0 = (b10_max1_1 > b10_max1_0) ? b10_max1_1 : b10_max1_0;
  assign b10_max2_1 = (b10_max1_3 > b10_max1_2) ? b10_max1_3 : b10_max1_2;
  assign b10_max2_2 = (b10_max1_5 > b10_max1_4) ? b10_max1_5 : b10_max1_4;
  assign b10_max2_3 = (b10_max1_7 > b10_max1_6) ? b10_max1_7 : b10_max1_6;
  assign b10_max3_0 = (b10_max2_1 > b10_max2_0) ? b10_max2_1 : b10_max2_0;
  assign b10_max3_1 = (b10_max2_3 > b10_max2_2) ? b10_max2_3 : b10_max2_2;
  assign b10_max4_0 = (b10_max3_1 > b10_max3_0) ? b10_max3_1 : b10_max3_0;
  assign max_b10 = b10_max4_0;
  assign none10 = (max_a10 == 4'd0) | (max_b10 == 4'd0);
  assign ea10 = none10 | (ci10 + 4'd1 >= max_a10);
  assign eb10 = none10 | (cj10 + 4'd1 >= max_b10);
  assign last10 = done10 | (ea10 & eb10);
  assign max_a11 = a0_l11_cnt;
  assign b11_max0_0 = (b1_l11_cnt > b0_l11_cnt) ? b1_l11_cnt : b0_l11_cnt;
  assign b11_max0_1 = (b3_l11_cnt > b2_l11_cnt) ? b3_l11_cnt : b2_l11_cnt;
  assign b11_max0_2 = (b5_l11_cnt > b4_l11_cnt) ? b5_l11_cnt : b4_l11_cnt;
  assign b11_max0_3 = (b7_l11_cnt > b6_l11_cnt) ? b7_l11_cnt : b6_l11_cnt;
  assign b11_max0_4 = (b9_l11_cnt > b8_l11_cnt) ? b9_l11_cnt : b8_l11_cnt;
  assign b11_max0_5 = (b11_l11_cnt > b10_l11_cnt) ? b11_l11_cnt : b10_l11_cnt;
  assign b11_max0_6 = (b13_l11_cnt > b12_l11_cnt) ? b13_l11_cnt : b12_l11_cnt;
  assign b11_max0_7 = (b15_l11_cnt > b14_l11_cnt) ? b15_l11_cnt : b14_l11_cnt;
  assign b11_max0_8 = (b17_l11_cnt > b16_l11_cnt) ? b17_l11_cnt : b16_l11_cnt;
  assign b11_max0_9 = (b19_l11_cnt > b18_l11_cnt) ? b19_l11_cnt : b18_l11_cnt;
  assign b11_max0_10 = (b21_l11_cnt > b20_l11_cnt) ? b21_l11_cnt : b20_l11_cnt;
  assign b11_max0_11 = (b23_l11_cnt > b22_l11_cnt) ? b23_l11_cnt : b22_l11_cnt;
  assign b11_max0_12 = (b25_l11_cnt > b24_l11_cnt) ? b25_l11_cnt : b24_l11_cnt;
  assign b11_max0_13 = (b27_l11_cnt > b26_l11_cnt) ? b27_l11_cnt : b26_l11_cnt;
  assign b11_max0_14 = (b29_l11_cnt > b28_l11_cnt) ? b29_l11_cnt : b28_l11_cnt;
  assign b11_max0_15 = (b31_l11_cnt > b30_l11_cnt) ? b31_l11_cnt : b30_l11_cnt;
  assign b11_max1_0 = (b11_max0_1 > b11_max0_0) ? b11_max0_1 : b11_max0_0;
  assign b11_max1_1 = (b11_max0_3 > b11_max0_2) ? b11_max0_3 : b11_max0_2;
  assign b11_max1_2 = (b11_max0_5 > b11_max0_4) ? b11_max0_5 : b11_max0_4;
  assign b11_max1_3 = (b11_max0_7 > b11_max0_6) ? b11_max0_7 : b11_max0_6;
  assign b11_max1_4 = (b11_max0_9 > b11_max0_8) ? b11_max0_9 : b11_max0_8;
  assign b11_max1_5 = (b11_max0_11 > b11_max0_10) ? b11_max0_11 : b11_max0_10;
  assign b11_max1_6 = (b11_max0_13 > b11_max0_12) ? b11_max0_13 : b11_max0_12;
  assign b11_max1_7 = (b11_max0_15 > b11_max0_14) ? b11_max0_15 : b11_max0_14;
  assign b11_max2_0 = (b11_max1_1 > b11_max1_0) ? b11_max1_1 : b11_max1_0;
  assign b11_max2_1 = (b11_max1_3 > b11_max1_2) ? b11_max1_3 : b11_max1_2;
  assign b11_max2_2 = (b11_max1_5 > b11_max1_4) ? b11_max1_5 : b11_max1_4;
  assign b11_max2_3 = (b11_max1_7 > b11_max1_6) ? b11_max1_7 : b11_max1_6;
  assign b11_max3_0 = (b11_max2_1 > b11_max2_0) ? b11_max2_1 : b11_max2_0;
  assign b11_max3_1 = (b11_max2_3 > b11_max2_2) ? b11_max2_3 : b11_max2_2;
  assign b11_max4_0 = (b11_max3_1 > b11_max3_0) ? b11_max3_1 : b11_max3_0;
  assign max_b11 = b11_max4_0;
  assign none11 = (max_a11 == 4'd0) | (max_b11 == 4'd0);
  assign ea11 = none11 | (ci11 + 4'd1 >= max_a11);
  assign eb11 = none11 | (cj11 + 4'd1 >= max_b11);
  assign last11 = done11 | (ea11 & eb11);
  assign max_a12 = a0_l12_cnt;
  assign b12_max0_0 = (b1_l12_cnt > b0_l12_cnt) ? b1_l12_cnt : b0_l12_cnt;
  assign b12_max0_1 = (b3_l12_cnt > b2_l12_cnt) ? b3_l12_cnt : b2_l12_cnt;
  assign b12_max0_2 = (b5_l12_cnt > b4_l12_cnt) ? b5_l12_cnt : b4_l12_cnt;
  assign b12_max0_3 = (b7_l12_cnt > b6_l12_cnt) ? b7_l12_cnt : b6_l12_cnt;
  assign b12_max0_4 = (b9_l12_cnt > b8_l12_cnt) ? b9_l12_cnt : b8_l12_cnt;
  assign b12_max0_5 = (b11_l12_cnt > b10_l12_cnt) ? b11_l12_cnt : b10_l12_cnt;
  assign b12_max0_6 = (b13_l12_cnt > b12_l12_cnt) ? b13_l12_cnt : b12_l12_cnt;
  assign b12_max0_7 = (b15_l12_cnt > b14_l12_cnt) ? b15_l12_cnt : b14_l12_cnt;
  assign b12_max0_8 = (b17_l12_cnt > b16_l12_cnt) ? b17_l12_cnt : b16_l12_cnt;
  assign b12_max0_9 = (b19_l12_cnt > b18_l12_cnt) ? b19_l12_cnt : b18_l12_cnt;
  assign b12_max0_10 = (b21_l12_cnt > b20_l12_cnt) ? b21_l12_cnt : b20_l12_cnt;
  assign b12_max0_11 = (b23_l12_cnt > b22_l12_cnt) ? b23_l12_cnt : b22_l12_cnt;
  assign b12_max0_12 = (b25_l12_cnt > b24_l12_cnt) ? b25_l12_cnt : b24_l12_cnt;
  assign b12_max0_13 = (b27_l12_cnt > b26_l12_cnt) ? b27_l12_cnt : b26_l12_cnt;
  assign b12_max0_14 = (b29_l12_cnt > b28_l12_cnt) ? b29_l12_cnt : b28_l12_cnt;
  assign b12_max0_15 = (b31_l12_cnt > b30_l12_cnt) ? b31_l12_cnt : b30_l12_cnt;
  assign b12_max1_0 = (b12_max0_1 > b12_max0_0) ? b12_max0_1 : b12_max0_0;
  assign b12_max1_1 = (b12_max0_3 > b12_max0_2) ? b12_max0_3 : b12_max0_2;
  assign b12_max1_2 = (b12_max0_5 > b12_max0_4) ? b12_max0_5 : b12_max0_4;
  assign b12_max1_3 = (b12_max0_7 > b12_max0_6) ? b12_max0_7 : b12_max0_6;
  assign b12_max1_4 = (b12_max0_9 > b12_max0_8) ? b12_max0_9 : b12_max0_8;
  assign b12_max1_5 = (b12_max0_11 > b12_max0_10) ? b12_max0_11 : b12_max0_10;
  assign b12_max1_6 = (b12_max0_13 > b12_max0_12) ? b12_max0_13 : b12_max0_12;
  assign b12_max1_7 = (b12_max0_15 > b12_max0_14) ? b12_max0_15 : b12_max0_14;
  assign b12_max2_0 = (b12_max1_1 > b12_max1_0) ? b12_max1_1 : b12_max1_0;
  assign b12_max2_1 = (b12_max1_3 > b12_max1_2) ? b12_max1_3 : b12_max1_2;
  assign b12_max2_2 = (b12_max1_5 > b12_max1_4) ? b12_max1_5 : b12_max1_4;
  assign b12_max2_3 = (b12_max1_7 > b12_max1_6) ? b12_max1_7 : b12_max1_6;
  assign b12_max3_0 = (b12_max2_1 > b12_max2_0) ? b12_max2_1 : b12_max2_0;
  assign b12_max3_1 = (b12_max2_3 > b12_max2_2) ? b12_max2_3 : b12_max2_2;
  assign b12_max4_0 = (b12_max3_1 > b12_max3_0) ? b12_max3_1 : b12_max3_0;
  assign max_b12 = b12_max4_0;
  assign none12 = (max_a12 == 4'd0) | (max_b12 == 4'd0);
  assign ea12 = none12 | (ci12 + 4'd1 >= max_a12);
  assign eb12 = none12 | (cj12 + 4'd1 >= max_b12);
  assign last12 = done12 | (ea12 & eb12);
  assign max_a13 = a0_l13_cnt;
  assign b13_max0_0 = (b1_l13_cnt > b0_l13_cnt) ? b1_l13_cnt : b0_l13_cnt;
  assign b13_max0_1 = (b3_l13_cnt > b2_l13_cnt) ? b3_l13_cnt : b2_l13_cnt;
  assign b13_max0_2 = (b5_l13_cnt > b4_l13_cnt) ? b5_l13_cnt : b4_l13_cnt;
  assign b13_max0_3 = (b7_l13_cnt > b6_l13_cnt) ? b7_l13_cnt : b6_l13_cnt;
  assign b13_max0_4 = (b9_l13_cnt > b8_l13_cnt) ? b9_l13_cnt : b8_l13_cnt;
  assign b13_max0_5 = (b11_l13_cnt > b10_l13_cnt) ? b11_l13_cnt : b10_l13_cnt;
  assign b13_max0_6 = (b13_l13_cnt > b12_l13_cnt) ? b13_l13_cnt : b12_l13_cnt;
  assign b13_max0_7 = (b15_l13_cnt > b14_l13_cnt) ? b15_l13_cnt : b14_l13_cnt;
  assign b13_max0_8 = (b17_l13_cnt > b16_l13_cnt) ? b17_l13_cnt : b16_l13_cnt;
  assign b13_max0_9 = (b19_l13_cnt > b18_l13_cnt) ? b19_l13_cnt : b18_l13_cnt;
  assign b13_max0_10 = (b21_l13_cnt > b20_l13_cnt) ? b21_l13_cnt : b20_l13_cnt;
  assign b13_max0_11 = (b23_l13_cnt > b22_l13_cnt) ? b23_l13_cnt : b22_l13_cnt;
  assign b13_max0_12 = (b25_l13_cnt > b24_l13_cnt) ? b25_l13_cnt : b24_l13_cnt;
  assign b13_max0_13 = (b27_l13_cnt > b26_l13_cnt) ? b27_l13_cnt : b26_l13_cnt;
  assign b13_max0_14 = (b29_l13_cnt > b28_l13_cnt) ? b29_l13_cnt : b28_l13_cnt;
  assign b13_max0_15 = (b31_l13_cnt > b30_l13_cnt) ? b31_l13_cnt : b30_l13_cnt;
  assign b13_max1_0 = (b13_max0_1 > b13_max0_0) ? b13_max0_1 : b13_max0_0;
  assign b13_max1_1 = (b13_max0_3 > b13_max0_2) ? b13_max0_3 : b13_max0_2;
  assign b13_max1_2 = (b13_max0_5 > b13_max0_4) ? b13_max0_5 : b13_max0_4;
  assign b13_max1_3 = (b13_max0_7 > b13_max0_6) ? b13_max0_7 : b13_max0_6;
  assign b13_max1_4 = (b13_max0_9 > b13_max0_8) ? b13_max0_9 : b13_max0_8;
  assign b13_max1_5 = (b13_max0_11 > b13_max0_10) ? b13_max0_11 : b13_max0_10;
  assign b13_max1_6 = (b13_max0_13 > b13_max0_12) ? b13_max0_13 : b13_max0_12;
  assign b13_max1_7 = (b13_max0_15 > b13_max0_14) ? b13_max0_15 : b13_max0_14;
  assign b13_max2_0 = (b13_max1_1 > b13_max1_0) ? b13_max1_1 : b13_max1_0;
  assign b13_max2_1 = (b13_max1_3 > b13_max1_2) ? b13_max1_3 : b13_max1_2;
  assign b13_max2_2 = (b13_max1_5 > b13_max1_4) ? b13_max1_5 : b13_max1_4;
  assign b13_max2_3 = (b13_max1_7 > b13_max1_6) ? b13_max1_7 : b13_max1_6;
  assign b13_max3_0 = (b13_max2_1 > b13_max2_0) ? b13_max2_1 : b13_max2_0;
  assign b13_max3_1 = (b13_max2_3 > b13_max2_2) ? b13_max2_3 : b13_max2_2;
  assign b13_max4_0 = (b13_max3_1 > b13_max3_0) ? b13_max3_1 : b13_max3_0;
  assign max_b13 = b13_max4_0;
  assign none13 = (max_a13 == 4'd0) | (max_b13 == 4'd0);
  assign ea13 = none13 | (ci13 + 4'd1 >= max_a13);
  assign eb13 = none13 | (cj13 + 4'd1 >= max_b13);
  assign last13 = done13 | (ea13 & eb13);
  assign max_a14 = a0_l14_cnt;
  assign b14_max0_0 = (b1_l14_cnt > b0_l14_cnt) ? b1_l14_cnt : b0_l14_cnt;
  assign b14_max0_1 = (b3_l14_cnt > b2_l14_cnt) ? b3_l14_cnt : b2_l14_cnt;
  assign b14_max0_2 = (b5_l14_cnt > b4_l14_cnt) ? b5_l14_cnt : b4_l14_cnt;
  assign b14_max0_3 = (b7_l14_cnt > b6_l14_cnt) ? b7_l14_cnt : b6_l14_cnt;
  assign b14_max0_4 = (b9_l14_cnt > b8_l14_cnt) ? b9_l14_cnt : b8_l14_cnt;
  assign b14_max0_5 = (b11_l14_cnt > b10_l14_cnt) ? b11_l14_cnt : b10_l14_cnt;
  assign b14_max0_6 = (b13_l14_cnt > b12_l14_cnt) ? b13_l14_cnt : b12_l14_cnt;
  assign b14_max0_7 = (b15_l14_cnt > b14_l14_cnt) ? b15_l14_cnt : b14_l14_cnt;
  assign b14_max0_8 = (b17_l14_cnt > b16_l14_cnt) ? b17_l14_cnt : b16_l14_cnt;
  assign b14_max0_9 = (b19_l14_cnt > b18_l14_cnt) ? b19_l14_cnt : b18_l14_cnt;
  assign b14_max0_10 = (b21_l14_cnt > b20_l14_cnt) ? b21_l14_cnt : b20_l14_cnt;
  assign b14_max0_11 = (b23_l14_cnt > b22_l14_cnt) ? b23_l14_cnt : b22_l14_cnt;
  assign b14_max0_12 = (b25_l14_cnt > b24_l14_cnt) ? b25_l14_cnt : b24_l14_cnt;
  assign b14_max0_13 = (b27_l14_cnt > b26_l14_cnt) ? b27_l14_cnt : b26_l14_cnt;
  assign b14_max0_14 = (b29_l14_cnt > b28_l14_cnt) ? b29_l14_cnt : b28_l14_cnt;
  assign b14_max0_15 = (b31_l14_cnt > b30_l14_cnt) ? b31_l14_cnt : b30_l14_cnt;
  assign b14_max1_0 = (b14_max0_1 > b14_max0_0) ? b14_max0_1 : b14_max0_0;
  assign b14_max1_1 = (b14_max0_3 > b14_max0_2) ? b14_max0_3 : b14_max0_2;
  assign b14_max1_2 = (b14_max0_5 > b14_max0_4) ? b14_max0_5 : b14_max0_4;
  assign b14_max1_3 = (b14_max0_7 > b14_max0_6) ? b14_max0_7 : b14_max0_6;
  assign b14_max1_4 = (b14_max0_9 > b14_max0_8) ? b14_max0_9 : b14_max0_8;
  assign b14_max1_5 = (b14_max0_11 > b14_max0_10) ? b14_max0_11 : b14_max0_10;
  assign b14_max1_6 = (b14_max0_13 > b14_max0_12) ? b14_max0_13 : b14_max0_12;
  assign b14_max1_7 = (b14_max0_15 > b14_max0_14) ? b14_max0_15 : b14_max0_14;
  assign b14_max2_0 = (b14_max1_1 > b14_max1_0) ? b14_max1_1 : b14_max1_0;
  assign b14_max2_1 = (b14_max1_3 > b14_max1_2) ? b14_max1_3 : b14_max1_2;
  assign b14_max2_2 = (b14_max1_5 > b14_max1_4) ? b14_max1_5 : b14_max1_4;
  assign b14_max2_3 = (b14_max1_7 > b14_max1_6) ? b14_max1_7 : b14_max1_6;
  assign b14_max3_0 = (b14_max2_1 > b14_max2_0) ? b14_max2_1 : b14_max2_0;
  assign b14_max3_1 = (b14_max2_3 > b14_max2_2) ? b14_max2_3 : b14_max2_2;
  assign b14_max4_0 = (b14_max3_1 > b14_max3_0) ? b14_max3_1 : b14_max3_0;
  assign max_b14 = b14_max4_0;
  assign none14 = (max_a14 == 4'd0) | (max_b14 == 4'd0);
  assign ea14 = none14 | (ci14 + 4'd1 >= max_a14);
  assign eb14 = none14 | (cj14 + 4'd1 >= max_b14);
  assign last14 = done14 | (ea14 & eb14);
  assign max_a15 = a0_l15_cnt;
  assign b15_max0_0 = (b1_l15_cnt > b0_l15_cnt) ? b1_l15_cnt : b0_l15_cnt;
  assign b15_max0_1 = (b3_l15_cnt > b2_l15_cnt) ? b3_l15_cnt : b2_l15_cnt;
  assign b15_max0_2 = (b5_l15_cnt > b4_l15_cnt) ? b5_l15_cnt : b4_l15_cnt;
  assign b15_max0_3 = (b7_l15_cnt > b6_l15_cnt) ? b7_l15_cnt : b6_l15_cnt;
  assign b15_max0_4 = (b9_l15_cnt > b8_l15_cnt) ? b9_l15_cnt : b8_l15_cnt;
  assign b15_max0_5 = (b11_l15_cnt > b10_l15_cnt) ? b11_l15_cnt : b10_l15_cnt;
  assign b15_max0_6 = (b13_l15_cnt > b12_l15_cnt) ? b13_l15_cnt : b12_l15_cnt;
  assign b15_max0_7 = (b15_l15_cnt > b14_l15_cnt) ? b15_l15_cnt : b14_l15_cnt;
  assign b15_max0_8 = (b17_l15_cnt > b16_l15_cnt) ? b17_l15_cnt : b16_l15_cnt;
  assign b15_max0_9 = (b19_l15_cnt > b18_l15_cnt) ? b19_l15_cnt : b18_l15_cnt;
  assign b15_max0_10 = (b21_l15_cnt > b20_l15_cnt) ? b21_l15_cnt : b20_l15_cnt;
  assign b15_max0_11 = (b23_l15_cnt > b22_l15_cnt) ? b23_l15_cnt : b22_l15_cnt;
  assign b15_max0_12 = (b25_l15_cnt > b24_l15_cnt) ? b25_l15_cnt : b24_l15_cnt;
  assign b15_max0_13 = (b27_l15_cnt > b26_l15_cnt) ? b27_l15_cnt : b26_l15_cnt;
  assign b15_max0_14 = (b29_l15_cnt > b28_l15_cnt) ? b29_l15_cnt : b28_l15_cnt;
  assign b15_max0_15 = (b31_l15_cnt > b30_l15_cnt) ? b31_l15_cnt : b30_l15_cnt;
  assign b15_max1_0 = (b15_max0_1 > b15_max0_0) ? b15_max0_1 : b15_max0_0;
  assign b15_max1_1 = (b15_max0_3 > b15_max0_2) ? b15_max0_3 : b15_max0_2;
  assign b15_max1_2 = (b15_max0_5 > b15_max0_4) ? b15_max0_5 : b15_max0_4;
  assign b15_max1_3 = (b15_max0_7 > b15_max0_6) ? b15_max0_7 : b15_max0_6;
  assign b15_max1_4 = (b15_max0_9 > b15_max0_8) ? b15_max0_9 : b15_max0_8;
  assign b15_max1_5 = (b15_max0_11 > b15_max0_10) ? b15_max0_11 : b15_max0_10;
  assign b15_max1_6 = (b15_max0_13 > b15_max0_12) ? b15_max0_13 : b15_max0_12;
  assign b15_max1_7 = (b15_max0_15 > b15_max0_14) ? b15_max0_15 : b15_max0_14;
  assign b15_max2_0 = (b15_max1_1 > b15_max1_0) ? b15_max1_1 : b15_max1_0;
  assign b15_max2_1 = (b15_max1_3 > b15_max1_2) ? b15_max1_3 : b15_max1_2;
  assign b15_max2_2 = (b15_max1_5 > b15_max1_4) ? b15_max1_5 : b15_max1_4;
  assign b15_max2_3 = (b15_max1_7 > b15_max1_6) ? b15_max1_7 : b15_max1_6;
  assign b15_max3_0 = (b15_max2_1 > b15_max2_0) ? b15_max2_1 : b15_max2_0;
  assign b15_max3_1 = (b15_max2_3 > b15_max2_2) ? b15_max2_3 : b15_max2_2;
  assign b15_max4_0 = (b15_max3_1 > b15_max3_0) ? b15_max3_1 : b15_max3_0;
  assign max_b15 = b15_max4_0;
  assign none15 = (max_a15 == 4'd0) | (max_b15 == 4'd0);
  assign ea15 = none15 | (ci15 + 4'd1 >= max_a15);
  assign eb15 = none15 | (cj15 + 4'd1 >= max_b15);
  assign last15 = done15 | (ea15 & eb15);
  assign k_end = last0 & last1 & last2 & last3 & last4 & last5 & last6 & last7 & last8 & last9 & last10 & last11 & last12 & last13 & last14 & last15;
  assign act = {~done15, ~done14, ~done13, ~done12, ~done11, ~done10, ~done9, ~done8, ~done7, ~done6, ~done5, ~done4, ~done3, ~done2, ~done1, ~done0};
  assign out_vld = {32{dl_dl_dl_dl_dl_f_last_q4}};
  assign out_data = {o31_0, o30_0, o29_0, o28_0, o27_0, o26_0, o25_0, o24_0, o23_0, o22_0, o21_0, o20_0, o19_0, o18_0, o17_0, o16_0, o15_0, o14_0, o13_0, o12_0, o11_0, o10_0, o9_0, o8_0, o7_0, o6_0, o5_0, o4_0, o3_0, o2_0, o1_0, o0_0};
  laconic_c32_enc_booth4_s8 a0_l0_u_enc (
    .a(a_in[7:0]),
    .dig(a0_l0_digits),
    .nz(a0_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l1_u_enc (
    .a(a_in[15:8]),
    .dig(a0_l1_digits),
    .nz(a0_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l2_u_enc (
    .a(a_in[23:16]),
    .dig(a0_l2_digits),
    .nz(a0_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l3_u_enc (
    .a(a_in[31:24]),
    .dig(a0_l3_digits),
    .nz(a0_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l4_u_enc (
    .a(a_in[39:32]),
    .dig(a0_l4_digits),
    .nz(a0_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l5_u_enc (
    .a(a_in[47:40]),
    .dig(a0_l5_digits),
    .nz(a0_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l6_u_enc (
    .a(a_in[55:48]),
    .dig(a0_l6_digits),
    .nz(a0_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l7_u_enc (
    .a(a_in[63:56]),
    .dig(a0_l7_digits),
    .nz(a0_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l8_u_enc (
    .a(a_in[71:64]),
    .dig(a0_l8_digits),
    .nz(a0_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l9_u_enc (
    .a(a_in[79:72]),
    .dig(a0_l9_digits),
    .nz(a0_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l10_u_enc (
    .a(a_in[87:80]),
    .dig(a0_l10_digits),
    .nz(a0_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l11_u_enc (
    .a(a_in[95:88]),
    .dig(a0_l11_digits),
    .nz(a0_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l12_u_enc (
    .a(a_in[103:96]),
    .dig(a0_l12_digits),
    .nz(a0_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l13_u_enc (
    .a(a_in[111:104]),
    .dig(a0_l13_digits),
    .nz(a0_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l14_u_enc (
    .a(a_in[119:112]),
    .dig(a0_l14_digits),
    .nz(a0_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 a0_l15_u_enc (
    .a(a_in[127:120]),
    .dig(a0_l15_digits),
    .nz(a0_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l0_u_enc (
    .a(b_in[7:0]),
    .dig(b0_l0_digits),
    .nz(b0_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l1_u_enc (
    .a(b_in[15:8]),
    .dig(b0_l1_digits),
    .nz(b0_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l2_u_enc (
    .a(b_in[23:16]),
    .dig(b0_l2_digits),
    .nz(b0_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l3_u_enc (
    .a(b_in[31:24]),
    .dig(b0_l3_digits),
    .nz(b0_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l4_u_enc (
    .a(b_in[39:32]),
    .dig(b0_l4_digits),
    .nz(b0_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l5_u_enc (
    .a(b_in[47:40]),
    .dig(b0_l5_digits),
    .nz(b0_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l6_u_enc (
    .a(b_in[55:48]),
    .dig(b0_l6_digits),
    .nz(b0_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l7_u_enc (
    .a(b_in[63:56]),
    .dig(b0_l7_digits),
    .nz(b0_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l8_u_enc (
    .a(b_in[71:64]),
    .dig(b0_l8_digits),
    .nz(b0_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l9_u_enc (
    .a(b_in[79:72]),
    .dig(b0_l9_digits),
    .nz(b0_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l10_u_enc (
    .a(b_in[87:80]),
    .dig(b0_l10_digits),
    .nz(b0_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l11_u_enc (
    .a(b_in[95:88]),
    .dig(b0_l11_digits),
    .nz(b0_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l12_u_enc (
    .a(b_in[103:96]),
    .dig(b0_l12_digits),
    .nz(b0_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l13_u_enc (
    .a(b_in[111:104]),
    .dig(b0_l13_digits),
    .nz(b0_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l14_u_enc (
    .a(b_in[119:112]),
    .dig(b0_l14_digits),
    .nz(b0_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b0_l15_u_enc (
    .a(b_in[127:120]),
    .dig(b0_l15_digits),
    .nz(b0_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l0_u_enc (
    .a(b_in[135:128]),
    .dig(b1_l0_digits),
    .nz(b1_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l1_u_enc (
    .a(b_in[143:136]),
    .dig(b1_l1_digits),
    .nz(b1_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l2_u_enc (
    .a(b_in[151:144]),
    .dig(b1_l2_digits),
    .nz(b1_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l3_u_enc (
    .a(b_in[159:152]),
    .dig(b1_l3_digits),
    .nz(b1_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l4_u_enc (
    .a(b_in[167:160]),
    .dig(b1_l4_digits),
    .nz(b1_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l5_u_enc (
    .a(b_in[175:168]),
    .dig(b1_l5_digits),
    .nz(b1_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l6_u_enc (
    .a(b_in[183:176]),
    .dig(b1_l6_digits),
    .nz(b1_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l7_u_enc (
    .a(b_in[191:184]),
    .dig(b1_l7_digits),
    .nz(b1_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l8_u_enc (
    .a(b_in[199:192]),
    .dig(b1_l8_digits),
    .nz(b1_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l9_u_enc (
    .a(b_in[207:200]),
    .dig(b1_l9_digits),
    .nz(b1_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l10_u_enc (
    .a(b_in[215:208]),
    .dig(b1_l10_digits),
    .nz(b1_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l11_u_enc (
    .a(b_in[223:216]),
    .dig(b1_l11_digits),
    .nz(b1_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l12_u_enc (
    .a(b_in[231:224]),
    .dig(b1_l12_digits),
    .nz(b1_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l13_u_enc (
    .a(b_in[239:232]),
    .dig(b1_l13_digits),
    .nz(b1_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l14_u_enc (
    .a(b_in[247:240]),
    .dig(b1_l14_digits),
    .nz(b1_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b1_l15_u_enc (
    .a(b_in[255:248]),
    .dig(b1_l15_digits),
    .nz(b1_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l0_u_enc (
    .a(b_in[263:256]),
    .dig(b2_l0_digits),
    .nz(b2_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l1_u_enc (
    .a(b_in[271:264]),
    .dig(b2_l1_digits),
    .nz(b2_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l2_u_enc (
    .a(b_in[279:272]),
    .dig(b2_l2_digits),
    .nz(b2_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l3_u_enc (
    .a(b_in[287:280]),
    .dig(b2_l3_digits),
    .nz(b2_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l4_u_enc (
    .a(b_in[295:288]),
    .dig(b2_l4_digits),
    .nz(b2_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l5_u_enc (
    .a(b_in[303:296]),
    .dig(b2_l5_digits),
    .nz(b2_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l6_u_enc (
    .a(b_in[311:304]),
    .dig(b2_l6_digits),
    .nz(b2_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l7_u_enc (
    .a(b_in[319:312]),
    .dig(b2_l7_digits),
    .nz(b2_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l8_u_enc (
    .a(b_in[327:320]),
    .dig(b2_l8_digits),
    .nz(b2_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l9_u_enc (
    .a(b_in[335:328]),
    .dig(b2_l9_digits),
    .nz(b2_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l10_u_enc (
    .a(b_in[343:336]),
    .dig(b2_l10_digits),
    .nz(b2_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l11_u_enc (
    .a(b_in[351:344]),
    .dig(b2_l11_digits),
    .nz(b2_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l12_u_enc (
    .a(b_in[359:352]),
    .dig(b2_l12_digits),
    .nz(b2_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l13_u_enc (
    .a(b_in[367:360]),
    .dig(b2_l13_digits),
    .nz(b2_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l14_u_enc (
    .a(b_in[375:368]),
    .dig(b2_l14_digits),
    .nz(b2_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b2_l15_u_enc (
    .a(b_in[383:376]),
    .dig(b2_l15_digits),
    .nz(b2_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l0_u_enc (
    .a(b_in[391:384]),
    .dig(b3_l0_digits),
    .nz(b3_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l1_u_enc (
    .a(b_in[399:392]),
    .dig(b3_l1_digits),
    .nz(b3_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l2_u_enc (
    .a(b_in[407:400]),
    .dig(b3_l2_digits),
    .nz(b3_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l3_u_enc (
    .a(b_in[415:408]),
    .dig(b3_l3_digits),
    .nz(b3_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l4_u_enc (
    .a(b_in[423:416]),
    .dig(b3_l4_digits),
    .nz(b3_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l5_u_enc (
    .a(b_in[431:424]),
    .dig(b3_l5_digits),
    .nz(b3_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l6_u_enc (
    .a(b_in[439:432]),
    .dig(b3_l6_digits),
    .nz(b3_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l7_u_enc (
    .a(b_in[447:440]),
    .dig(b3_l7_digits),
    .nz(b3_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l8_u_enc (
    .a(b_in[455:448]),
    .dig(b3_l8_digits),
    .nz(b3_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l9_u_enc (
    .a(b_in[463:456]),
    .dig(b3_l9_digits),
    .nz(b3_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l10_u_enc (
    .a(b_in[471:464]),
    .dig(b3_l10_digits),
    .nz(b3_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l11_u_enc (
    .a(b_in[479:472]),
    .dig(b3_l11_digits),
    .nz(b3_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l12_u_enc (
    .a(b_in[487:480]),
    .dig(b3_l12_digits),
    .nz(b3_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l13_u_enc (
    .a(b_in[495:488]),
    .dig(b3_l13_digits),
    .nz(b3_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l14_u_enc (
    .a(b_in[503:496]),
    .dig(b3_l14_digits),
    .nz(b3_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b3_l15_u_enc (
    .a(b_in[511:504]),
    .dig(b3_l15_digits),
    .nz(b3_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l0_u_enc (
    .a(b_in[519:512]),
    .dig(b4_l0_digits),
    .nz(b4_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l1_u_enc (
    .a(b_in[527:520]),
    .dig(b4_l1_digits),
    .nz(b4_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l2_u_enc (
    .a(b_in[535:528]),
    .dig(b4_l2_digits),
    .nz(b4_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l3_u_enc (
    .a(b_in[543:536]),
    .dig(b4_l3_digits),
    .nz(b4_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l4_u_enc (
    .a(b_in[551:544]),
    .dig(b4_l4_digits),
    .nz(b4_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l5_u_enc (
    .a(b_in[559:552]),
    .dig(b4_l5_digits),
    .nz(b4_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l6_u_enc (
    .a(b_in[567:560]),
    .dig(b4_l6_digits),
    .nz(b4_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l7_u_enc (
    .a(b_in[575:568]),
    .dig(b4_l7_digits),
    .nz(b4_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l8_u_enc (
    .a(b_in[583:576]),
    .dig(b4_l8_digits),
    .nz(b4_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l9_u_enc (
    .a(b_in[591:584]),
    .dig(b4_l9_digits),
    .nz(b4_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l10_u_enc (
    .a(b_in[599:592]),
    .dig(b4_l10_digits),
    .nz(b4_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l11_u_enc (
    .a(b_in[607:600]),
    .dig(b4_l11_digits),
    .nz(b4_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l12_u_enc (
    .a(b_in[615:608]),
    .dig(b4_l12_digits),
    .nz(b4_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l13_u_enc (
    .a(b_in[623:616]),
    .dig(b4_l13_digits),
    .nz(b4_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l14_u_enc (
    .a(b_in[631:624]),
    .dig(b4_l14_digits),
    .nz(b4_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b4_l15_u_enc (
    .a(b_in[639:632]),
    .dig(b4_l15_digits),
    .nz(b4_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l0_u_enc (
    .a(b_in[647:640]),
    .dig(b5_l0_digits),
    .nz(b5_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l1_u_enc (
    .a(b_in[655:648]),
    .dig(b5_l1_digits),
    .nz(b5_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l2_u_enc (
    .a(b_in[663:656]),
    .dig(b5_l2_digits),
    .nz(b5_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l3_u_enc (
    .a(b_in[671:664]),
    .dig(b5_l3_digits),
    .nz(b5_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l4_u_enc (
    .a(b_in[679:672]),
    .dig(b5_l4_digits),
    .nz(b5_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l5_u_enc (
    .a(b_in[687:680]),
    .dig(b5_l5_digits),
    .nz(b5_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l6_u_enc (
    .a(b_in[695:688]),
    .dig(b5_l6_digits),
    .nz(b5_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l7_u_enc (
    .a(b_in[703:696]),
    .dig(b5_l7_digits),
    .nz(b5_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l8_u_enc (
    .a(b_in[711:704]),
    .dig(b5_l8_digits),
    .nz(b5_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l9_u_enc (
    .a(b_in[719:712]),
    .dig(b5_l9_digits),
    .nz(b5_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l10_u_enc (
    .a(b_in[727:720]),
    .dig(b5_l10_digits),
    .nz(b5_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l11_u_enc (
    .a(b_in[735:728]),
    .dig(b5_l11_digits),
    .nz(b5_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l12_u_enc (
    .a(b_in[743:736]),
    .dig(b5_l12_digits),
    .nz(b5_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l13_u_enc (
    .a(b_in[751:744]),
    .dig(b5_l13_digits),
    .nz(b5_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l14_u_enc (
    .a(b_in[759:752]),
    .dig(b5_l14_digits),
    .nz(b5_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b5_l15_u_enc (
    .a(b_in[767:760]),
    .dig(b5_l15_digits),
    .nz(b5_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l0_u_enc (
    .a(b_in[775:768]),
    .dig(b6_l0_digits),
    .nz(b6_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l1_u_enc (
    .a(b_in[783:776]),
    .dig(b6_l1_digits),
    .nz(b6_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l2_u_enc (
    .a(b_in[791:784]),
    .dig(b6_l2_digits),
    .nz(b6_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l3_u_enc (
    .a(b_in[799:792]),
    .dig(b6_l3_digits),
    .nz(b6_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l4_u_enc (
    .a(b_in[807:800]),
    .dig(b6_l4_digits),
    .nz(b6_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l5_u_enc (
    .a(b_in[815:808]),
    .dig(b6_l5_digits),
    .nz(b6_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l6_u_enc (
    .a(b_in[823:816]),
    .dig(b6_l6_digits),
    .nz(b6_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l7_u_enc (
    .a(b_in[831:824]),
    .dig(b6_l7_digits),
    .nz(b6_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l8_u_enc (
    .a(b_in[839:832]),
    .dig(b6_l8_digits),
    .nz(b6_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l9_u_enc (
    .a(b_in[847:840]),
    .dig(b6_l9_digits),
    .nz(b6_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l10_u_enc (
    .a(b_in[855:848]),
    .dig(b6_l10_digits),
    .nz(b6_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l11_u_enc (
    .a(b_in[863:856]),
    .dig(b6_l11_digits),
    .nz(b6_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l12_u_enc (
    .a(b_in[871:864]),
    .dig(b6_l12_digits),
    .nz(b6_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l13_u_enc (
    .a(b_in[879:872]),
    .dig(b6_l13_digits),
    .nz(b6_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l14_u_enc (
    .a(b_in[887:880]),
    .dig(b6_l14_digits),
    .nz(b6_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b6_l15_u_enc (
    .a(b_in[895:888]),
    .dig(b6_l15_digits),
    .nz(b6_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l0_u_enc (
    .a(b_in[903:896]),
    .dig(b7_l0_digits),
    .nz(b7_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l1_u_enc (
    .a(b_in[911:904]),
    .dig(b7_l1_digits),
    .nz(b7_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l2_u_enc (
    .a(b_in[919:912]),
    .dig(b7_l2_digits),
    .nz(b7_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l3_u_enc (
    .a(b_in[927:920]),
    .dig(b7_l3_digits),
    .nz(b7_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l4_u_enc (
    .a(b_in[935:928]),
    .dig(b7_l4_digits),
    .nz(b7_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l5_u_enc (
    .a(b_in[943:936]),
    .dig(b7_l5_digits),
    .nz(b7_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l6_u_enc (
    .a(b_in[951:944]),
    .dig(b7_l6_digits),
    .nz(b7_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l7_u_enc (
    .a(b_in[959:952]),
    .dig(b7_l7_digits),
    .nz(b7_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l8_u_enc (
    .a(b_in[967:960]),
    .dig(b7_l8_digits),
    .nz(b7_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l9_u_enc (
    .a(b_in[975:968]),
    .dig(b7_l9_digits),
    .nz(b7_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l10_u_enc (
    .a(b_in[983:976]),
    .dig(b7_l10_digits),
    .nz(b7_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l11_u_enc (
    .a(b_in[991:984]),
    .dig(b7_l11_digits),
    .nz(b7_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l12_u_enc (
    .a(b_in[999:992]),
    .dig(b7_l12_digits),
    .nz(b7_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l13_u_enc (
    .a(b_in[1007:1000]),
    .dig(b7_l13_digits),
    .nz(b7_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l14_u_enc (
    .a(b_in[1015:1008]),
    .dig(b7_l14_digits),
    .nz(b7_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b7_l15_u_enc (
    .a(b_in[1023:1016]),
    .dig(b7_l15_digits),
    .nz(b7_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l0_u_enc (
    .a(b_in[1031:1024]),
    .dig(b8_l0_digits),
    .nz(b8_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l1_u_enc (
    .a(b_in[1039:1032]),
    .dig(b8_l1_digits),
    .nz(b8_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l2_u_enc (
    .a(b_in[1047:1040]),
    .dig(b8_l2_digits),
    .nz(b8_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l3_u_enc (
    .a(b_in[1055:1048]),
    .dig(b8_l3_digits),
    .nz(b8_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l4_u_enc (
    .a(b_in[1063:1056]),
    .dig(b8_l4_digits),
    .nz(b8_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l5_u_enc (
    .a(b_in[1071:1064]),
    .dig(b8_l5_digits),
    .nz(b8_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l6_u_enc (
    .a(b_in[1079:1072]),
    .dig(b8_l6_digits),
    .nz(b8_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l7_u_enc (
    .a(b_in[1087:1080]),
    .dig(b8_l7_digits),
    .nz(b8_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l8_u_enc (
    .a(b_in[1095:1088]),
    .dig(b8_l8_digits),
    .nz(b8_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l9_u_enc (
    .a(b_in[1103:1096]),
    .dig(b8_l9_digits),
    .nz(b8_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l10_u_enc (
    .a(b_in[1111:1104]),
    .dig(b8_l10_digits),
    .nz(b8_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l11_u_enc (
    .a(b_in[1119:1112]),
    .dig(b8_l11_digits),
    .nz(b8_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l12_u_enc (
    .a(b_in[1127:1120]),
    .dig(b8_l12_digits),
    .nz(b8_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l13_u_enc (
    .a(b_in[1135:1128]),
    .dig(b8_l13_digits),
    .nz(b8_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l14_u_enc (
    .a(b_in[1143:1136]),
    .dig(b8_l14_digits),
    .nz(b8_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b8_l15_u_enc (
    .a(b_in[1151:1144]),
    .dig(b8_l15_digits),
    .nz(b8_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l0_u_enc (
    .a(b_in[1159:1152]),
    .dig(b9_l0_digits),
    .nz(b9_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l1_u_enc (
    .a(b_in[1167:1160]),
    .dig(b9_l1_digits),
    .nz(b9_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l2_u_enc (
    .a(b_in[1175:1168]),
    .dig(b9_l2_digits),
    .nz(b9_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l3_u_enc (
    .a(b_in[1183:1176]),
    .dig(b9_l3_digits),
    .nz(b9_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l4_u_enc (
    .a(b_in[1191:1184]),
    .dig(b9_l4_digits),
    .nz(b9_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l5_u_enc (
    .a(b_in[1199:1192]),
    .dig(b9_l5_digits),
    .nz(b9_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l6_u_enc (
    .a(b_in[1207:1200]),
    .dig(b9_l6_digits),
    .nz(b9_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l7_u_enc (
    .a(b_in[1215:1208]),
    .dig(b9_l7_digits),
    .nz(b9_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l8_u_enc (
    .a(b_in[1223:1216]),
    .dig(b9_l8_digits),
    .nz(b9_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l9_u_enc (
    .a(b_in[1231:1224]),
    .dig(b9_l9_digits),
    .nz(b9_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l10_u_enc (
    .a(b_in[1239:1232]),
    .dig(b9_l10_digits),
    .nz(b9_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l11_u_enc (
    .a(b_in[1247:1240]),
    .dig(b9_l11_digits),
    .nz(b9_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l12_u_enc (
    .a(b_in[1255:1248]),
    .dig(b9_l12_digits),
    .nz(b9_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l13_u_enc (
    .a(b_in[1263:1256]),
    .dig(b9_l13_digits),
    .nz(b9_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l14_u_enc (
    .a(b_in[1271:1264]),
    .dig(b9_l14_digits),
    .nz(b9_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b9_l15_u_enc (
    .a(b_in[1279:1272]),
    .dig(b9_l15_digits),
    .nz(b9_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l0_u_enc (
    .a(b_in[1287:1280]),
    .dig(b10_l0_digits),
    .nz(b10_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l1_u_enc (
    .a(b_in[1295:1288]),
    .dig(b10_l1_digits),
    .nz(b10_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l2_u_enc (
    .a(b_in[1303:1296]),
    .dig(b10_l2_digits),
    .nz(b10_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l3_u_enc (
    .a(b_in[1311:1304]),
    .dig(b10_l3_digits),
    .nz(b10_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l4_u_enc (
    .a(b_in[1319:1312]),
    .dig(b10_l4_digits),
    .nz(b10_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l5_u_enc (
    .a(b_in[1327:1320]),
    .dig(b10_l5_digits),
    .nz(b10_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l6_u_enc (
    .a(b_in[1335:1328]),
    .dig(b10_l6_digits),
    .nz(b10_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l7_u_enc (
    .a(b_in[1343:1336]),
    .dig(b10_l7_digits),
    .nz(b10_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l8_u_enc (
    .a(b_in[1351:1344]),
    .dig(b10_l8_digits),
    .nz(b10_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l9_u_enc (
    .a(b_in[1359:1352]),
    .dig(b10_l9_digits),
    .nz(b10_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l10_u_enc (
    .a(b_in[1367:1360]),
    .dig(b10_l10_digits),
    .nz(b10_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l11_u_enc (
    .a(b_in[1375:1368]),
    .dig(b10_l11_digits),
    .nz(b10_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l12_u_enc (
    .a(b_in[1383:1376]),
    .dig(b10_l12_digits),
    .nz(b10_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l13_u_enc (
    .a(b_in[1391:1384]),
    .dig(b10_l13_digits),
    .nz(b10_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l14_u_enc (
    .a(b_in[1399:1392]),
    .dig(b10_l14_digits),
    .nz(b10_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b10_l15_u_enc (
    .a(b_in[1407:1400]),
    .dig(b10_l15_digits),
    .nz(b10_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l0_u_enc (
    .a(b_in[1415:1408]),
    .dig(b11_l0_digits),
    .nz(b11_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l1_u_enc (
    .a(b_in[1423:1416]),
    .dig(b11_l1_digits),
    .nz(b11_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l2_u_enc (
    .a(b_in[1431:1424]),
    .dig(b11_l2_digits),
    .nz(b11_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l3_u_enc (
    .a(b_in[1439:1432]),
    .dig(b11_l3_digits),
    .nz(b11_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l4_u_enc (
    .a(b_in[1447:1440]),
    .dig(b11_l4_digits),
    .nz(b11_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l5_u_enc (
    .a(b_in[1455:1448]),
    .dig(b11_l5_digits),
    .nz(b11_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l6_u_enc (
    .a(b_in[1463:1456]),
    .dig(b11_l6_digits),
    .nz(b11_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l7_u_enc (
    .a(b_in[1471:1464]),
    .dig(b11_l7_digits),
    .nz(b11_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l8_u_enc (
    .a(b_in[1479:1472]),
    .dig(b11_l8_digits),
    .nz(b11_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l9_u_enc (
    .a(b_in[1487:1480]),
    .dig(b11_l9_digits),
    .nz(b11_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l10_u_enc (
    .a(b_in[1495:1488]),
    .dig(b11_l10_digits),
    .nz(b11_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l11_u_enc (
    .a(b_in[1503:1496]),
    .dig(b11_l11_digits),
    .nz(b11_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l12_u_enc (
    .a(b_in[1511:1504]),
    .dig(b11_l12_digits),
    .nz(b11_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l13_u_enc (
    .a(b_in[1519:1512]),
    .dig(b11_l13_digits),
    .nz(b11_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l14_u_enc (
    .a(b_in[1527:1520]),
    .dig(b11_l14_digits),
    .nz(b11_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b11_l15_u_enc (
    .a(b_in[1535:1528]),
    .dig(b11_l15_digits),
    .nz(b11_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l0_u_enc (
    .a(b_in[1543:1536]),
    .dig(b12_l0_digits),
    .nz(b12_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l1_u_enc (
    .a(b_in[1551:1544]),
    .dig(b12_l1_digits),
    .nz(b12_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l2_u_enc (
    .a(b_in[1559:1552]),
    .dig(b12_l2_digits),
    .nz(b12_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l3_u_enc (
    .a(b_in[1567:1560]),
    .dig(b12_l3_digits),
    .nz(b12_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l4_u_enc (
    .a(b_in[1575:1568]),
    .dig(b12_l4_digits),
    .nz(b12_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l5_u_enc (
    .a(b_in[1583:1576]),
    .dig(b12_l5_digits),
    .nz(b12_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l6_u_enc (
    .a(b_in[1591:1584]),
    .dig(b12_l6_digits),
    .nz(b12_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l7_u_enc (
    .a(b_in[1599:1592]),
    .dig(b12_l7_digits),
    .nz(b12_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l8_u_enc (
    .a(b_in[1607:1600]),
    .dig(b12_l8_digits),
    .nz(b12_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l9_u_enc (
    .a(b_in[1615:1608]),
    .dig(b12_l9_digits),
    .nz(b12_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l10_u_enc (
    .a(b_in[1623:1616]),
    .dig(b12_l10_digits),
    .nz(b12_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l11_u_enc (
    .a(b_in[1631:1624]),
    .dig(b12_l11_digits),
    .nz(b12_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l12_u_enc (
    .a(b_in[1639:1632]),
    .dig(b12_l12_digits),
    .nz(b12_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l13_u_enc (
    .a(b_in[1647:1640]),
    .dig(b12_l13_digits),
    .nz(b12_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l14_u_enc (
    .a(b_in[1655:1648]),
    .dig(b12_l14_digits),
    .nz(b12_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b12_l15_u_enc (
    .a(b_in[1663:1656]),
    .dig(b12_l15_digits),
    .nz(b12_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l0_u_enc (
    .a(b_in[1671:1664]),
    .dig(b13_l0_digits),
    .nz(b13_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l1_u_enc (
    .a(b_in[1679:1672]),
    .dig(b13_l1_digits),
    .nz(b13_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l2_u_enc (
    .a(b_in[1687:1680]),
    .dig(b13_l2_digits),
    .nz(b13_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l3_u_enc (
    .a(b_in[1695:1688]),
    .dig(b13_l3_digits),
    .nz(b13_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l4_u_enc (
    .a(b_in[1703:1696]),
    .dig(b13_l4_digits),
    .nz(b13_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l5_u_enc (
    .a(b_in[1711:1704]),
    .dig(b13_l5_digits),
    .nz(b13_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l6_u_enc (
    .a(b_in[1719:1712]),
    .dig(b13_l6_digits),
    .nz(b13_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l7_u_enc (
    .a(b_in[1727:1720]),
    .dig(b13_l7_digits),
    .nz(b13_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l8_u_enc (
    .a(b_in[1735:1728]),
    .dig(b13_l8_digits),
    .nz(b13_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l9_u_enc (
    .a(b_in[1743:1736]),
    .dig(b13_l9_digits),
    .nz(b13_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l10_u_enc (
    .a(b_in[1751:1744]),
    .dig(b13_l10_digits),
    .nz(b13_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l11_u_enc (
    .a(b_in[1759:1752]),
    .dig(b13_l11_digits),
    .nz(b13_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l12_u_enc (
    .a(b_in[1767:1760]),
    .dig(b13_l12_digits),
    .nz(b13_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l13_u_enc (
    .a(b_in[1775:1768]),
    .dig(b13_l13_digits),
    .nz(b13_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l14_u_enc (
    .a(b_in[1783:1776]),
    .dig(b13_l14_digits),
    .nz(b13_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b13_l15_u_enc (
    .a(b_in[1791:1784]),
    .dig(b13_l15_digits),
    .nz(b13_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l0_u_enc (
    .a(b_in[1799:1792]),
    .dig(b14_l0_digits),
    .nz(b14_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l1_u_enc (
    .a(b_in[1807:1800]),
    .dig(b14_l1_digits),
    .nz(b14_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l2_u_enc (
    .a(b_in[1815:1808]),
    .dig(b14_l2_digits),
    .nz(b14_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l3_u_enc (
    .a(b_in[1823:1816]),
    .dig(b14_l3_digits),
    .nz(b14_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l4_u_enc (
    .a(b_in[1831:1824]),
    .dig(b14_l4_digits),
    .nz(b14_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l5_u_enc (
    .a(b_in[1839:1832]),
    .dig(b14_l5_digits),
    .nz(b14_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l6_u_enc (
    .a(b_in[1847:1840]),
    .dig(b14_l6_digits),
    .nz(b14_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l7_u_enc (
    .a(b_in[1855:1848]),
    .dig(b14_l7_digits),
    .nz(b14_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l8_u_enc (
    .a(b_in[1863:1856]),
    .dig(b14_l8_digits),
    .nz(b14_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l9_u_enc (
    .a(b_in[1871:1864]),
    .dig(b14_l9_digits),
    .nz(b14_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l10_u_enc (
    .a(b_in[1879:1872]),
    .dig(b14_l10_digits),
    .nz(b14_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l11_u_enc (
    .a(b_in[1887:1880]),
    .dig(b14_l11_digits),
    .nz(b14_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l12_u_enc (
    .a(b_in[1895:1888]),
    .dig(b14_l12_digits),
    .nz(b14_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l13_u_enc (
    .a(b_in[1903:1896]),
    .dig(b14_l13_digits),
    .nz(b14_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l14_u_enc (
    .a(b_in[1911:1904]),
    .dig(b14_l14_digits),
    .nz(b14_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b14_l15_u_enc (
    .a(b_in[1919:1912]),
    .dig(b14_l15_digits),
    .nz(b14_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l0_u_enc (
    .a(b_in[1927:1920]),
    .dig(b15_l0_digits),
    .nz(b15_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l1_u_enc (
    .a(b_in[1935:1928]),
    .dig(b15_l1_digits),
    .nz(b15_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l2_u_enc (
    .a(b_in[1943:1936]),
    .dig(b15_l2_digits),
    .nz(b15_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l3_u_enc (
    .a(b_in[1951:1944]),
    .dig(b15_l3_digits),
    .nz(b15_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l4_u_enc (
    .a(b_in[1959:1952]),
    .dig(b15_l4_digits),
    .nz(b15_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l5_u_enc (
    .a(b_in[1967:1960]),
    .dig(b15_l5_digits),
    .nz(b15_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l6_u_enc (
    .a(b_in[1975:1968]),
    .dig(b15_l6_digits),
    .nz(b15_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l7_u_enc (
    .a(b_in[1983:1976]),
    .dig(b15_l7_digits),
    .nz(b15_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l8_u_enc (
    .a(b_in[1991:1984]),
    .dig(b15_l8_digits),
    .nz(b15_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l9_u_enc (
    .a(b_in[1999:1992]),
    .dig(b15_l9_digits),
    .nz(b15_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l10_u_enc (
    .a(b_in[2007:2000]),
    .dig(b15_l10_digits),
    .nz(b15_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l11_u_enc (
    .a(b_in[2015:2008]),
    .dig(b15_l11_digits),
    .nz(b15_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l12_u_enc (
    .a(b_in[2023:2016]),
    .dig(b15_l12_digits),
    .nz(b15_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l13_u_enc (
    .a(b_in[2031:2024]),
    .dig(b15_l13_digits),
    .nz(b15_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l14_u_enc (
    .a(b_in[2039:2032]),
    .dig(b15_l14_digits),
    .nz(b15_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b15_l15_u_enc (
    .a(b_in[2047:2040]),
    .dig(b15_l15_digits),
    .nz(b15_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l0_u_enc (
    .a(b_in[2055:2048]),
    .dig(b16_l0_digits),
    .nz(b16_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l1_u_enc (
    .a(b_in[2063:2056]),
    .dig(b16_l1_digits),
    .nz(b16_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l2_u_enc (
    .a(b_in[2071:2064]),
    .dig(b16_l2_digits),
    .nz(b16_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l3_u_enc (
    .a(b_in[2079:2072]),
    .dig(b16_l3_digits),
    .nz(b16_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l4_u_enc (
    .a(b_in[2087:2080]),
    .dig(b16_l4_digits),
    .nz(b16_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l5_u_enc (
    .a(b_in[2095:2088]),
    .dig(b16_l5_digits),
    .nz(b16_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l6_u_enc (
    .a(b_in[2103:2096]),
    .dig(b16_l6_digits),
    .nz(b16_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l7_u_enc (
    .a(b_in[2111:2104]),
    .dig(b16_l7_digits),
    .nz(b16_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l8_u_enc (
    .a(b_in[2119:2112]),
    .dig(b16_l8_digits),
    .nz(b16_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l9_u_enc (
    .a(b_in[2127:2120]),
    .dig(b16_l9_digits),
    .nz(b16_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l10_u_enc (
    .a(b_in[2135:2128]),
    .dig(b16_l10_digits),
    .nz(b16_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l11_u_enc (
    .a(b_in[2143:2136]),
    .dig(b16_l11_digits),
    .nz(b16_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l12_u_enc (
    .a(b_in[2151:2144]),
    .dig(b16_l12_digits),
    .nz(b16_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l13_u_enc (
    .a(b_in[2159:2152]),
    .dig(b16_l13_digits),
    .nz(b16_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l14_u_enc (
    .a(b_in[2167:2160]),
    .dig(b16_l14_digits),
    .nz(b16_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b16_l15_u_enc (
    .a(b_in[2175:2168]),
    .dig(b16_l15_digits),
    .nz(b16_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l0_u_enc (
    .a(b_in[2183:2176]),
    .dig(b17_l0_digits),
    .nz(b17_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l1_u_enc (
    .a(b_in[2191:2184]),
    .dig(b17_l1_digits),
    .nz(b17_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l2_u_enc (
    .a(b_in[2199:2192]),
    .dig(b17_l2_digits),
    .nz(b17_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l3_u_enc (
    .a(b_in[2207:2200]),
    .dig(b17_l3_digits),
    .nz(b17_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l4_u_enc (
    .a(b_in[2215:2208]),
    .dig(b17_l4_digits),
    .nz(b17_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l5_u_enc (
    .a(b_in[2223:2216]),
    .dig(b17_l5_digits),
    .nz(b17_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l6_u_enc (
    .a(b_in[2231:2224]),
    .dig(b17_l6_digits),
    .nz(b17_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l7_u_enc (
    .a(b_in[2239:2232]),
    .dig(b17_l7_digits),
    .nz(b17_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l8_u_enc (
    .a(b_in[2247:2240]),
    .dig(b17_l8_digits),
    .nz(b17_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l9_u_enc (
    .a(b_in[2255:2248]),
    .dig(b17_l9_digits),
    .nz(b17_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l10_u_enc (
    .a(b_in[2263:2256]),
    .dig(b17_l10_digits),
    .nz(b17_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l11_u_enc (
    .a(b_in[2271:2264]),
    .dig(b17_l11_digits),
    .nz(b17_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l12_u_enc (
    .a(b_in[2279:2272]),
    .dig(b17_l12_digits),
    .nz(b17_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l13_u_enc (
    .a(b_in[2287:2280]),
    .dig(b17_l13_digits),
    .nz(b17_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l14_u_enc (
    .a(b_in[2295:2288]),
    .dig(b17_l14_digits),
    .nz(b17_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b17_l15_u_enc (
    .a(b_in[2303:2296]),
    .dig(b17_l15_digits),
    .nz(b17_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l0_u_enc (
    .a(b_in[2311:2304]),
    .dig(b18_l0_digits),
    .nz(b18_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l1_u_enc (
    .a(b_in[2319:2312]),
    .dig(b18_l1_digits),
    .nz(b18_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l2_u_enc (
    .a(b_in[2327:2320]),
    .dig(b18_l2_digits),
    .nz(b18_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l3_u_enc (
    .a(b_in[2335:2328]),
    .dig(b18_l3_digits),
    .nz(b18_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l4_u_enc (
    .a(b_in[2343:2336]),
    .dig(b18_l4_digits),
    .nz(b18_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l5_u_enc (
    .a(b_in[2351:2344]),
    .dig(b18_l5_digits),
    .nz(b18_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l6_u_enc (
    .a(b_in[2359:2352]),
    .dig(b18_l6_digits),
    .nz(b18_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l7_u_enc (
    .a(b_in[2367:2360]),
    .dig(b18_l7_digits),
    .nz(b18_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l8_u_enc (
    .a(b_in[2375:2368]),
    .dig(b18_l8_digits),
    .nz(b18_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l9_u_enc (
    .a(b_in[2383:2376]),
    .dig(b18_l9_digits),
    .nz(b18_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l10_u_enc (
    .a(b_in[2391:2384]),
    .dig(b18_l10_digits),
    .nz(b18_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l11_u_enc (
    .a(b_in[2399:2392]),
    .dig(b18_l11_digits),
    .nz(b18_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l12_u_enc (
    .a(b_in[2407:2400]),
    .dig(b18_l12_digits),
    .nz(b18_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l13_u_enc (
    .a(b_in[2415:2408]),
    .dig(b18_l13_digits),
    .nz(b18_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l14_u_enc (
    .a(b_in[2423:2416]),
    .dig(b18_l14_digits),
    .nz(b18_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b18_l15_u_enc (
    .a(b_in[2431:2424]),
    .dig(b18_l15_digits),
    .nz(b18_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l0_u_enc (
    .a(b_in[2439:2432]),
    .dig(b19_l0_digits),
    .nz(b19_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l1_u_enc (
    .a(b_in[2447:2440]),
    .dig(b19_l1_digits),
    .nz(b19_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l2_u_enc (
    .a(b_in[2455:2448]),
    .dig(b19_l2_digits),
    .nz(b19_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l3_u_enc (
    .a(b_in[2463:2456]),
    .dig(b19_l3_digits),
    .nz(b19_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l4_u_enc (
    .a(b_in[2471:2464]),
    .dig(b19_l4_digits),
    .nz(b19_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l5_u_enc (
    .a(b_in[2479:2472]),
    .dig(b19_l5_digits),
    .nz(b19_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l6_u_enc (
    .a(b_in[2487:2480]),
    .dig(b19_l6_digits),
    .nz(b19_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l7_u_enc (
    .a(b_in[2495:2488]),
    .dig(b19_l7_digits),
    .nz(b19_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l8_u_enc (
    .a(b_in[2503:2496]),
    .dig(b19_l8_digits),
    .nz(b19_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l9_u_enc (
    .a(b_in[2511:2504]),
    .dig(b19_l9_digits),
    .nz(b19_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l10_u_enc (
    .a(b_in[2519:2512]),
    .dig(b19_l10_digits),
    .nz(b19_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l11_u_enc (
    .a(b_in[2527:2520]),
    .dig(b19_l11_digits),
    .nz(b19_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l12_u_enc (
    .a(b_in[2535:2528]),
    .dig(b19_l12_digits),
    .nz(b19_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l13_u_enc (
    .a(b_in[2543:2536]),
    .dig(b19_l13_digits),
    .nz(b19_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l14_u_enc (
    .a(b_in[2551:2544]),
    .dig(b19_l14_digits),
    .nz(b19_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b19_l15_u_enc (
    .a(b_in[2559:2552]),
    .dig(b19_l15_digits),
    .nz(b19_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l0_u_enc (
    .a(b_in[2567:2560]),
    .dig(b20_l0_digits),
    .nz(b20_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l1_u_enc (
    .a(b_in[2575:2568]),
    .dig(b20_l1_digits),
    .nz(b20_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l2_u_enc (
    .a(b_in[2583:2576]),
    .dig(b20_l2_digits),
    .nz(b20_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l3_u_enc (
    .a(b_in[2591:2584]),
    .dig(b20_l3_digits),
    .nz(b20_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l4_u_enc (
    .a(b_in[2599:2592]),
    .dig(b20_l4_digits),
    .nz(b20_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l5_u_enc (
    .a(b_in[2607:2600]),
    .dig(b20_l5_digits),
    .nz(b20_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l6_u_enc (
    .a(b_in[2615:2608]),
    .dig(b20_l6_digits),
    .nz(b20_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l7_u_enc (
    .a(b_in[2623:2616]),
    .dig(b20_l7_digits),
    .nz(b20_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l8_u_enc (
    .a(b_in[2631:2624]),
    .dig(b20_l8_digits),
    .nz(b20_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l9_u_enc (
    .a(b_in[2639:2632]),
    .dig(b20_l9_digits),
    .nz(b20_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l10_u_enc (
    .a(b_in[2647:2640]),
    .dig(b20_l10_digits),
    .nz(b20_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l11_u_enc (
    .a(b_in[2655:2648]),
    .dig(b20_l11_digits),
    .nz(b20_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l12_u_enc (
    .a(b_in[2663:2656]),
    .dig(b20_l12_digits),
    .nz(b20_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l13_u_enc (
    .a(b_in[2671:2664]),
    .dig(b20_l13_digits),
    .nz(b20_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l14_u_enc (
    .a(b_in[2679:2672]),
    .dig(b20_l14_digits),
    .nz(b20_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b20_l15_u_enc (
    .a(b_in[2687:2680]),
    .dig(b20_l15_digits),
    .nz(b20_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l0_u_enc (
    .a(b_in[2695:2688]),
    .dig(b21_l0_digits),
    .nz(b21_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l1_u_enc (
    .a(b_in[2703:2696]),
    .dig(b21_l1_digits),
    .nz(b21_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l2_u_enc (
    .a(b_in[2711:2704]),
    .dig(b21_l2_digits),
    .nz(b21_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l3_u_enc (
    .a(b_in[2719:2712]),
    .dig(b21_l3_digits),
    .nz(b21_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l4_u_enc (
    .a(b_in[2727:2720]),
    .dig(b21_l4_digits),
    .nz(b21_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l5_u_enc (
    .a(b_in[2735:2728]),
    .dig(b21_l5_digits),
    .nz(b21_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l6_u_enc (
    .a(b_in[2743:2736]),
    .dig(b21_l6_digits),
    .nz(b21_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l7_u_enc (
    .a(b_in[2751:2744]),
    .dig(b21_l7_digits),
    .nz(b21_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l8_u_enc (
    .a(b_in[2759:2752]),
    .dig(b21_l8_digits),
    .nz(b21_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l9_u_enc (
    .a(b_in[2767:2760]),
    .dig(b21_l9_digits),
    .nz(b21_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l10_u_enc (
    .a(b_in[2775:2768]),
    .dig(b21_l10_digits),
    .nz(b21_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l11_u_enc (
    .a(b_in[2783:2776]),
    .dig(b21_l11_digits),
    .nz(b21_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l12_u_enc (
    .a(b_in[2791:2784]),
    .dig(b21_l12_digits),
    .nz(b21_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l13_u_enc (
    .a(b_in[2799:2792]),
    .dig(b21_l13_digits),
    .nz(b21_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l14_u_enc (
    .a(b_in[2807:2800]),
    .dig(b21_l14_digits),
    .nz(b21_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b21_l15_u_enc (
    .a(b_in[2815:2808]),
    .dig(b21_l15_digits),
    .nz(b21_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l0_u_enc (
    .a(b_in[2823:2816]),
    .dig(b22_l0_digits),
    .nz(b22_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l1_u_enc (
    .a(b_in[2831:2824]),
    .dig(b22_l1_digits),
    .nz(b22_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l2_u_enc (
    .a(b_in[2839:2832]),
    .dig(b22_l2_digits),
    .nz(b22_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l3_u_enc (
    .a(b_in[2847:2840]),
    .dig(b22_l3_digits),
    .nz(b22_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l4_u_enc (
    .a(b_in[2855:2848]),
    .dig(b22_l4_digits),
    .nz(b22_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l5_u_enc (
    .a(b_in[2863:2856]),
    .dig(b22_l5_digits),
    .nz(b22_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l6_u_enc (
    .a(b_in[2871:2864]),
    .dig(b22_l6_digits),
    .nz(b22_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l7_u_enc (
    .a(b_in[2879:2872]),
    .dig(b22_l7_digits),
    .nz(b22_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l8_u_enc (
    .a(b_in[2887:2880]),
    .dig(b22_l8_digits),
    .nz(b22_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l9_u_enc (
    .a(b_in[2895:2888]),
    .dig(b22_l9_digits),
    .nz(b22_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l10_u_enc (
    .a(b_in[2903:2896]),
    .dig(b22_l10_digits),
    .nz(b22_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l11_u_enc (
    .a(b_in[2911:2904]),
    .dig(b22_l11_digits),
    .nz(b22_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l12_u_enc (
    .a(b_in[2919:2912]),
    .dig(b22_l12_digits),
    .nz(b22_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l13_u_enc (
    .a(b_in[2927:2920]),
    .dig(b22_l13_digits),
    .nz(b22_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l14_u_enc (
    .a(b_in[2935:2928]),
    .dig(b22_l14_digits),
    .nz(b22_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b22_l15_u_enc (
    .a(b_in[2943:2936]),
    .dig(b22_l15_digits),
    .nz(b22_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l0_u_enc (
    .a(b_in[2951:2944]),
    .dig(b23_l0_digits),
    .nz(b23_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l1_u_enc (
    .a(b_in[2959:2952]),
    .dig(b23_l1_digits),
    .nz(b23_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l2_u_enc (
    .a(b_in[2967:2960]),
    .dig(b23_l2_digits),
    .nz(b23_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l3_u_enc (
    .a(b_in[2975:2968]),
    .dig(b23_l3_digits),
    .nz(b23_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l4_u_enc (
    .a(b_in[2983:2976]),
    .dig(b23_l4_digits),
    .nz(b23_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l5_u_enc (
    .a(b_in[2991:2984]),
    .dig(b23_l5_digits),
    .nz(b23_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l6_u_enc (
    .a(b_in[2999:2992]),
    .dig(b23_l6_digits),
    .nz(b23_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l7_u_enc (
    .a(b_in[3007:3000]),
    .dig(b23_l7_digits),
    .nz(b23_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l8_u_enc (
    .a(b_in[3015:3008]),
    .dig(b23_l8_digits),
    .nz(b23_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l9_u_enc (
    .a(b_in[3023:3016]),
    .dig(b23_l9_digits),
    .nz(b23_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l10_u_enc (
    .a(b_in[3031:3024]),
    .dig(b23_l10_digits),
    .nz(b23_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l11_u_enc (
    .a(b_in[3039:3032]),
    .dig(b23_l11_digits),
    .nz(b23_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l12_u_enc (
    .a(b_in[3047:3040]),
    .dig(b23_l12_digits),
    .nz(b23_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l13_u_enc (
    .a(b_in[3055:3048]),
    .dig(b23_l13_digits),
    .nz(b23_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l14_u_enc (
    .a(b_in[3063:3056]),
    .dig(b23_l14_digits),
    .nz(b23_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b23_l15_u_enc (
    .a(b_in[3071:3064]),
    .dig(b23_l15_digits),
    .nz(b23_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l0_u_enc (
    .a(b_in[3079:3072]),
    .dig(b24_l0_digits),
    .nz(b24_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l1_u_enc (
    .a(b_in[3087:3080]),
    .dig(b24_l1_digits),
    .nz(b24_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l2_u_enc (
    .a(b_in[3095:3088]),
    .dig(b24_l2_digits),
    .nz(b24_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l3_u_enc (
    .a(b_in[3103:3096]),
    .dig(b24_l3_digits),
    .nz(b24_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l4_u_enc (
    .a(b_in[3111:3104]),
    .dig(b24_l4_digits),
    .nz(b24_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l5_u_enc (
    .a(b_in[3119:3112]),
    .dig(b24_l5_digits),
    .nz(b24_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l6_u_enc (
    .a(b_in[3127:3120]),
    .dig(b24_l6_digits),
    .nz(b24_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l7_u_enc (
    .a(b_in[3135:3128]),
    .dig(b24_l7_digits),
    .nz(b24_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l8_u_enc (
    .a(b_in[3143:3136]),
    .dig(b24_l8_digits),
    .nz(b24_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l9_u_enc (
    .a(b_in[3151:3144]),
    .dig(b24_l9_digits),
    .nz(b24_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l10_u_enc (
    .a(b_in[3159:3152]),
    .dig(b24_l10_digits),
    .nz(b24_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l11_u_enc (
    .a(b_in[3167:3160]),
    .dig(b24_l11_digits),
    .nz(b24_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l12_u_enc (
    .a(b_in[3175:3168]),
    .dig(b24_l12_digits),
    .nz(b24_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l13_u_enc (
    .a(b_in[3183:3176]),
    .dig(b24_l13_digits),
    .nz(b24_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l14_u_enc (
    .a(b_in[3191:3184]),
    .dig(b24_l14_digits),
    .nz(b24_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b24_l15_u_enc (
    .a(b_in[3199:3192]),
    .dig(b24_l15_digits),
    .nz(b24_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l0_u_enc (
    .a(b_in[3207:3200]),
    .dig(b25_l0_digits),
    .nz(b25_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l1_u_enc (
    .a(b_in[3215:3208]),
    .dig(b25_l1_digits),
    .nz(b25_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l2_u_enc (
    .a(b_in[3223:3216]),
    .dig(b25_l2_digits),
    .nz(b25_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l3_u_enc (
    .a(b_in[3231:3224]),
    .dig(b25_l3_digits),
    .nz(b25_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l4_u_enc (
    .a(b_in[3239:3232]),
    .dig(b25_l4_digits),
    .nz(b25_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l5_u_enc (
    .a(b_in[3247:3240]),
    .dig(b25_l5_digits),
    .nz(b25_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l6_u_enc (
    .a(b_in[3255:3248]),
    .dig(b25_l6_digits),
    .nz(b25_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l7_u_enc (
    .a(b_in[3263:3256]),
    .dig(b25_l7_digits),
    .nz(b25_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l8_u_enc (
    .a(b_in[3271:3264]),
    .dig(b25_l8_digits),
    .nz(b25_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l9_u_enc (
    .a(b_in[3279:3272]),
    .dig(b25_l9_digits),
    .nz(b25_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l10_u_enc (
    .a(b_in[3287:3280]),
    .dig(b25_l10_digits),
    .nz(b25_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l11_u_enc (
    .a(b_in[3295:3288]),
    .dig(b25_l11_digits),
    .nz(b25_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l12_u_enc (
    .a(b_in[3303:3296]),
    .dig(b25_l12_digits),
    .nz(b25_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l13_u_enc (
    .a(b_in[3311:3304]),
    .dig(b25_l13_digits),
    .nz(b25_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l14_u_enc (
    .a(b_in[3319:3312]),
    .dig(b25_l14_digits),
    .nz(b25_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b25_l15_u_enc (
    .a(b_in[3327:3320]),
    .dig(b25_l15_digits),
    .nz(b25_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l0_u_enc (
    .a(b_in[3335:3328]),
    .dig(b26_l0_digits),
    .nz(b26_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l1_u_enc (
    .a(b_in[3343:3336]),
    .dig(b26_l1_digits),
    .nz(b26_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l2_u_enc (
    .a(b_in[3351:3344]),
    .dig(b26_l2_digits),
    .nz(b26_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l3_u_enc (
    .a(b_in[3359:3352]),
    .dig(b26_l3_digits),
    .nz(b26_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l4_u_enc (
    .a(b_in[3367:3360]),
    .dig(b26_l4_digits),
    .nz(b26_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l5_u_enc (
    .a(b_in[3375:3368]),
    .dig(b26_l5_digits),
    .nz(b26_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l6_u_enc (
    .a(b_in[3383:3376]),
    .dig(b26_l6_digits),
    .nz(b26_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l7_u_enc (
    .a(b_in[3391:3384]),
    .dig(b26_l7_digits),
    .nz(b26_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l8_u_enc (
    .a(b_in[3399:3392]),
    .dig(b26_l8_digits),
    .nz(b26_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l9_u_enc (
    .a(b_in[3407:3400]),
    .dig(b26_l9_digits),
    .nz(b26_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l10_u_enc (
    .a(b_in[3415:3408]),
    .dig(b26_l10_digits),
    .nz(b26_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l11_u_enc (
    .a(b_in[3423:3416]),
    .dig(b26_l11_digits),
    .nz(b26_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l12_u_enc (
    .a(b_in[3431:3424]),
    .dig(b26_l12_digits),
    .nz(b26_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l13_u_enc (
    .a(b_in[3439:3432]),
    .dig(b26_l13_digits),
    .nz(b26_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l14_u_enc (
    .a(b_in[3447:3440]),
    .dig(b26_l14_digits),
    .nz(b26_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b26_l15_u_enc (
    .a(b_in[3455:3448]),
    .dig(b26_l15_digits),
    .nz(b26_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l0_u_enc (
    .a(b_in[3463:3456]),
    .dig(b27_l0_digits),
    .nz(b27_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l1_u_enc (
    .a(b_in[3471:3464]),
    .dig(b27_l1_digits),
    .nz(b27_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l2_u_enc (
    .a(b_in[3479:3472]),
    .dig(b27_l2_digits),
    .nz(b27_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l3_u_enc (
    .a(b_in[3487:3480]),
    .dig(b27_l3_digits),
    .nz(b27_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l4_u_enc (
    .a(b_in[3495:3488]),
    .dig(b27_l4_digits),
    .nz(b27_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l5_u_enc (
    .a(b_in[3503:3496]),
    .dig(b27_l5_digits),
    .nz(b27_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l6_u_enc (
    .a(b_in[3511:3504]),
    .dig(b27_l6_digits),
    .nz(b27_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l7_u_enc (
    .a(b_in[3519:3512]),
    .dig(b27_l7_digits),
    .nz(b27_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l8_u_enc (
    .a(b_in[3527:3520]),
    .dig(b27_l8_digits),
    .nz(b27_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l9_u_enc (
    .a(b_in[3535:3528]),
    .dig(b27_l9_digits),
    .nz(b27_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l10_u_enc (
    .a(b_in[3543:3536]),
    .dig(b27_l10_digits),
    .nz(b27_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l11_u_enc (
    .a(b_in[3551:3544]),
    .dig(b27_l11_digits),
    .nz(b27_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l12_u_enc (
    .a(b_in[3559:3552]),
    .dig(b27_l12_digits),
    .nz(b27_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l13_u_enc (
    .a(b_in[3567:3560]),
    .dig(b27_l13_digits),
    .nz(b27_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l14_u_enc (
    .a(b_in[3575:3568]),
    .dig(b27_l14_digits),
    .nz(b27_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b27_l15_u_enc (
    .a(b_in[3583:3576]),
    .dig(b27_l15_digits),
    .nz(b27_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l0_u_enc (
    .a(b_in[3591:3584]),
    .dig(b28_l0_digits),
    .nz(b28_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l1_u_enc (
    .a(b_in[3599:3592]),
    .dig(b28_l1_digits),
    .nz(b28_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l2_u_enc (
    .a(b_in[3607:3600]),
    .dig(b28_l2_digits),
    .nz(b28_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l3_u_enc (
    .a(b_in[3615:3608]),
    .dig(b28_l3_digits),
    .nz(b28_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l4_u_enc (
    .a(b_in[3623:3616]),
    .dig(b28_l4_digits),
    .nz(b28_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l5_u_enc (
    .a(b_in[3631:3624]),
    .dig(b28_l5_digits),
    .nz(b28_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l6_u_enc (
    .a(b_in[3639:3632]),
    .dig(b28_l6_digits),
    .nz(b28_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l7_u_enc (
    .a(b_in[3647:3640]),
    .dig(b28_l7_digits),
    .nz(b28_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l8_u_enc (
    .a(b_in[3655:3648]),
    .dig(b28_l8_digits),
    .nz(b28_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l9_u_enc (
    .a(b_in[3663:3656]),
    .dig(b28_l9_digits),
    .nz(b28_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l10_u_enc (
    .a(b_in[3671:3664]),
    .dig(b28_l10_digits),
    .nz(b28_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l11_u_enc (
    .a(b_in[3679:3672]),
    .dig(b28_l11_digits),
    .nz(b28_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l12_u_enc (
    .a(b_in[3687:3680]),
    .dig(b28_l12_digits),
    .nz(b28_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l13_u_enc (
    .a(b_in[3695:3688]),
    .dig(b28_l13_digits),
    .nz(b28_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l14_u_enc (
    .a(b_in[3703:3696]),
    .dig(b28_l14_digits),
    .nz(b28_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b28_l15_u_enc (
    .a(b_in[3711:3704]),
    .dig(b28_l15_digits),
    .nz(b28_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l0_u_enc (
    .a(b_in[3719:3712]),
    .dig(b29_l0_digits),
    .nz(b29_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l1_u_enc (
    .a(b_in[3727:3720]),
    .dig(b29_l1_digits),
    .nz(b29_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l2_u_enc (
    .a(b_in[3735:3728]),
    .dig(b29_l2_digits),
    .nz(b29_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l3_u_enc (
    .a(b_in[3743:3736]),
    .dig(b29_l3_digits),
    .nz(b29_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l4_u_enc (
    .a(b_in[3751:3744]),
    .dig(b29_l4_digits),
    .nz(b29_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l5_u_enc (
    .a(b_in[3759:3752]),
    .dig(b29_l5_digits),
    .nz(b29_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l6_u_enc (
    .a(b_in[3767:3760]),
    .dig(b29_l6_digits),
    .nz(b29_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l7_u_enc (
    .a(b_in[3775:3768]),
    .dig(b29_l7_digits),
    .nz(b29_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l8_u_enc (
    .a(b_in[3783:3776]),
    .dig(b29_l8_digits),
    .nz(b29_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l9_u_enc (
    .a(b_in[3791:3784]),
    .dig(b29_l9_digits),
    .nz(b29_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l10_u_enc (
    .a(b_in[3799:3792]),
    .dig(b29_l10_digits),
    .nz(b29_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l11_u_enc (
    .a(b_in[3807:3800]),
    .dig(b29_l11_digits),
    .nz(b29_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l12_u_enc (
    .a(b_in[3815:3808]),
    .dig(b29_l12_digits),
    .nz(b29_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l13_u_enc (
    .a(b_in[3823:3816]),
    .dig(b29_l13_digits),
    .nz(b29_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l14_u_enc (
    .a(b_in[3831:3824]),
    .dig(b29_l14_digits),
    .nz(b29_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b29_l15_u_enc (
    .a(b_in[3839:3832]),
    .dig(b29_l15_digits),
    .nz(b29_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l0_u_enc (
    .a(b_in[3847:3840]),
    .dig(b30_l0_digits),
    .nz(b30_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l1_u_enc (
    .a(b_in[3855:3848]),
    .dig(b30_l1_digits),
    .nz(b30_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l2_u_enc (
    .a(b_in[3863:3856]),
    .dig(b30_l2_digits),
    .nz(b30_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l3_u_enc (
    .a(b_in[3871:3864]),
    .dig(b30_l3_digits),
    .nz(b30_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l4_u_enc (
    .a(b_in[3879:3872]),
    .dig(b30_l4_digits),
    .nz(b30_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l5_u_enc (
    .a(b_in[3887:3880]),
    .dig(b30_l5_digits),
    .nz(b30_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l6_u_enc (
    .a(b_in[3895:3888]),
    .dig(b30_l6_digits),
    .nz(b30_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l7_u_enc (
    .a(b_in[3903:3896]),
    .dig(b30_l7_digits),
    .nz(b30_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l8_u_enc (
    .a(b_in[3911:3904]),
    .dig(b30_l8_digits),
    .nz(b30_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l9_u_enc (
    .a(b_in[3919:3912]),
    .dig(b30_l9_digits),
    .nz(b30_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l10_u_enc (
    .a(b_in[3927:3920]),
    .dig(b30_l10_digits),
    .nz(b30_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l11_u_enc (
    .a(b_in[3935:3928]),
    .dig(b30_l11_digits),
    .nz(b30_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l12_u_enc (
    .a(b_in[3943:3936]),
    .dig(b30_l12_digits),
    .nz(b30_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l13_u_enc (
    .a(b_in[3951:3944]),
    .dig(b30_l13_digits),
    .nz(b30_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l14_u_enc (
    .a(b_in[3959:3952]),
    .dig(b30_l14_digits),
    .nz(b30_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b30_l15_u_enc (
    .a(b_in[3967:3960]),
    .dig(b30_l15_digits),
    .nz(b30_l15_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l0_u_enc (
    .a(b_in[3975:3968]),
    .dig(b31_l0_digits),
    .nz(b31_l0_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l1_u_enc (
    .a(b_in[3983:3976]),
    .dig(b31_l1_digits),
    .nz(b31_l1_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l2_u_enc (
    .a(b_in[3991:3984]),
    .dig(b31_l2_digits),
    .nz(b31_l2_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l3_u_enc (
    .a(b_in[3999:3992]),
    .dig(b31_l3_digits),
    .nz(b31_l3_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l4_u_enc (
    .a(b_in[4007:4000]),
    .dig(b31_l4_digits),
    .nz(b31_l4_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l5_u_enc (
    .a(b_in[4015:4008]),
    .dig(b31_l5_digits),
    .nz(b31_l5_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l6_u_enc (
    .a(b_in[4023:4016]),
    .dig(b31_l6_digits),
    .nz(b31_l6_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l7_u_enc (
    .a(b_in[4031:4024]),
    .dig(b31_l7_digits),
    .nz(b31_l7_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l8_u_enc (
    .a(b_in[4039:4032]),
    .dig(b31_l8_digits),
    .nz(b31_l8_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l9_u_enc (
    .a(b_in[4047:4040]),
    .dig(b31_l9_digits),
    .nz(b31_l9_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l10_u_enc (
    .a(b_in[4055:4048]),
    .dig(b31_l10_digits),
    .nz(b31_l10_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l11_u_enc (
    .a(b_in[4063:4056]),
    .dig(b31_l11_digits),
    .nz(b31_l11_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l12_u_enc (
    .a(b_in[4071:4064]),
    .dig(b31_l12_digits),
    .nz(b31_l12_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l13_u_enc (
    .a(b_in[4079:4072]),
    .dig(b31_l13_digits),
    .nz(b31_l13_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l14_u_enc (
    .a(b_in[4087:4080]),
    .dig(b31_l14_digits),
    .nz(b31_l14_nzs)
  );
  laconic_c32_enc_booth4_s8 b31_l15_u_enc (
    .a(b_in[4095:4088]),
    .dig(b31_l15_digits),
    .nz(b31_l15_nzs)
  );
  laconic_c32_pe pe0_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b0_l15_t, b0_l14_t, b0_l13_t, b0_l12_t, b0_l11_t, b0_l10_t, b0_l9_t, b0_l8_t, b0_l7_t, b0_l6_t, b0_l5_t, b0_l4_t, b0_l3_t, b0_l2_t, b0_l1_t, b0_l0_t}),
    .act(act),
    .res_out(o0_0)
  );
  laconic_c32_pe pe1_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b1_l15_t, b1_l14_t, b1_l13_t, b1_l12_t, b1_l11_t, b1_l10_t, b1_l9_t, b1_l8_t, b1_l7_t, b1_l6_t, b1_l5_t, b1_l4_t, b1_l3_t, b1_l2_t, b1_l1_t, b1_l0_t}),
    .act(act),
    .res_out(o1_0)
  );
  laconic_c32_pe pe2_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b2_l15_t, b2_l14_t, b2_l13_t, b2_l12_t, b2_l11_t, b2_l10_t, b2_l9_t, b2_l8_t, b2_l7_t, b2_l6_t, b2_l5_t, b2_l4_t, b2_l3_t, b2_l2_t, b2_l1_t, b2_l0_t}),
    .act(act),
    .res_out(o2_0)
  );
  laconic_c32_pe pe3_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b3_l15_t, b3_l14_t, b3_l13_t, b3_l12_t, b3_l11_t, b3_l10_t, b3_l9_t, b3_l8_t, b3_l7_t, b3_l6_t, b3_l5_t, b3_l4_t, b3_l3_t, b3_l2_t, b3_l1_t, b3_l0_t}),
    .act(act),
    .res_out(o3_0)
  );
  laconic_c32_pe pe4_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b4_l15_t, b4_l14_t, b4_l13_t, b4_l12_t, b4_l11_t, b4_l10_t, b4_l9_t, b4_l8_t, b4_l7_t, b4_l6_t, b4_l5_t, b4_l4_t, b4_l3_t, b4_l2_t, b4_l1_t, b4_l0_t}),
    .act(act),
    .res_out(o4_0)
  );
  laconic_c32_pe pe5_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b5_l15_t, b5_l14_t, b5_l13_t, b5_l12_t, b5_l11_t, b5_l10_t, b5_l9_t, b5_l8_t, b5_l7_t, b5_l6_t, b5_l5_t, b5_l4_t, b5_l3_t, b5_l2_t, b5_l1_t, b5_l0_t}),
    .act(act),
    .res_out(o5_0)
  );
  laconic_c32_pe pe6_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b6_l15_t, b6_l14_t, b6_l13_t, b6_l12_t, b6_l11_t, b6_l10_t, b6_l9_t, b6_l8_t, b6_l7_t, b6_l6_t, b6_l5_t, b6_l4_t, b6_l3_t, b6_l2_t, b6_l1_t, b6_l0_t}),
    .act(act),
    .res_out(o6_0)
  );
  laconic_c32_pe pe7_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b7_l15_t, b7_l14_t, b7_l13_t, b7_l12_t, b7_l11_t, b7_l10_t, b7_l9_t, b7_l8_t, b7_l7_t, b7_l6_t, b7_l5_t, b7_l4_t, b7_l3_t, b7_l2_t, b7_l1_t, b7_l0_t}),
    .act(act),
    .res_out(o7_0)
  );
  laconic_c32_pe pe8_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b8_l15_t, b8_l14_t, b8_l13_t, b8_l12_t, b8_l11_t, b8_l10_t, b8_l9_t, b8_l8_t, b8_l7_t, b8_l6_t, b8_l5_t, b8_l4_t, b8_l3_t, b8_l2_t, b8_l1_t, b8_l0_t}),
    .act(act),
    .res_out(o8_0)
  );
  laconic_c32_pe pe9_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b9_l15_t, b9_l14_t, b9_l13_t, b9_l12_t, b9_l11_t, b9_l10_t, b9_l9_t, b9_l8_t, b9_l7_t, b9_l6_t, b9_l5_t, b9_l4_t, b9_l3_t, b9_l2_t, b9_l1_t, b9_l0_t}),
    .act(act),
    .res_out(o9_0)
  );
  laconic_c32_pe pe10_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b10_l15_t, b10_l14_t, b10_l13_t, b10_l12_t, b10_l11_t, b10_l10_t, b10_l9_t, b10_l8_t, b10_l7_t, b10_l6_t, b10_l5_t, b10_l4_t, b10_l3_t, b10_l2_t, b10_l1_t, b10_l0_t}),
    .act(act),
    .res_out(o10_0)
  );
  laconic_c32_pe pe11_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b11_l15_t, b11_l14_t, b11_l13_t, b11_l12_t, b11_l11_t, b11_l10_t, b11_l9_t, b11_l8_t, b11_l7_t, b11_l6_t, b11_l5_t, b11_l4_t, b11_l3_t, b11_l2_t, b11_l1_t, b11_l0_t}),
    .act(act),
    .res_out(o11_0)
  );
  laconic_c32_pe pe12_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b12_l15_t, b12_l14_t, b12_l13_t, b12_l12_t, b12_l11_t, b12_l10_t, b12_l9_t, b12_l8_t, b12_l7_t, b12_l6_t, b12_l5_t, b12_l4_t, b12_l3_t, b12_l2_t, b12_l1_t, b12_l0_t}),
    .act(act),
    .res_out(o12_0)
  );
  laconic_c32_pe pe13_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b13_l15_t, b13_l14_t, b13_l13_t, b13_l12_t, b13_l11_t, b13_l10_t, b13_l9_t, b13_l8_t, b13_l7_t, b13_l6_t, b13_l5_t, b13_l4_t, b13_l3_t, b13_l2_t, b13_l1_t, b13_l0_t}),
    .act(act),
    .res_out(o13_0)
  );
  laconic_c32_pe pe14_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b14_l15_t, b14_l14_t, b14_l13_t, b14_l12_t, b14_l11_t, b14_l10_t, b14_l9_t, b14_l8_t, b14_l7_t, b14_l6_t, b14_l5_t, b14_l4_t, b14_l3_t, b14_l2_t, b14_l1_t, b14_l0_t}),
    .act(act),
    .res_out(o14_0)
  );
  laconic_c32_pe pe15_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b15_l15_t, b15_l14_t, b15_l13_t, b15_l12_t, b15_l11_t, b15_l10_t, b15_l9_t, b15_l8_t, b15_l7_t, b15_l6_t, b15_l5_t, b15_l4_t, b15_l3_t, b15_l2_t, b15_l1_t, b15_l0_t}),
    .act(act),
    .res_out(o15_0)
  );
  laconic_c32_pe pe16_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b16_l15_t, b16_l14_t, b16_l13_t, b16_l12_t, b16_l11_t, b16_l10_t, b16_l9_t, b16_l8_t, b16_l7_t, b16_l6_t, b16_l5_t, b16_l4_t, b16_l3_t, b16_l2_t, b16_l1_t, b16_l0_t}),
    .act(act),
    .res_out(o16_0)
  );
  laconic_c32_pe pe17_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b17_l15_t, b17_l14_t, b17_l13_t, b17_l12_t, b17_l11_t, b17_l10_t, b17_l9_t, b17_l8_t, b17_l7_t, b17_l6_t, b17_l5_t, b17_l4_t, b17_l3_t, b17_l2_t, b17_l1_t, b17_l0_t}),
    .act(act),
    .res_out(o17_0)
  );
  laconic_c32_pe pe18_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b18_l15_t, b18_l14_t, b18_l13_t, b18_l12_t, b18_l11_t, b18_l10_t, b18_l9_t, b18_l8_t, b18_l7_t, b18_l6_t, b18_l5_t, b18_l4_t, b18_l3_t, b18_l2_t, b18_l1_t, b18_l0_t}),
    .act(act),
    .res_out(o18_0)
  );
  laconic_c32_pe pe19_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b19_l15_t, b19_l14_t, b19_l13_t, b19_l12_t, b19_l11_t, b19_l10_t, b19_l9_t, b19_l8_t, b19_l7_t, b19_l6_t, b19_l5_t, b19_l4_t, b19_l3_t, b19_l2_t, b19_l1_t, b19_l0_t}),
    .act(act),
    .res_out(o19_0)
  );
  laconic_c32_pe pe20_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b20_l15_t, b20_l14_t, b20_l13_t, b20_l12_t, b20_l11_t, b20_l10_t, b20_l9_t, b20_l8_t, b20_l7_t, b20_l6_t, b20_l5_t, b20_l4_t, b20_l3_t, b20_l2_t, b20_l1_t, b20_l0_t}),
    .act(act),
    .res_out(o20_0)
  );
  laconic_c32_pe pe21_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b21_l15_t, b21_l14_t, b21_l13_t, b21_l12_t, b21_l11_t, b21_l10_t, b21_l9_t, b21_l8_t, b21_l7_t, b21_l6_t, b21_l5_t, b21_l4_t, b21_l3_t, b21_l2_t, b21_l1_t, b21_l0_t}),
    .act(act),
    .res_out(o21_0)
  );
  laconic_c32_pe pe22_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b22_l15_t, b22_l14_t, b22_l13_t, b22_l12_t, b22_l11_t, b22_l10_t, b22_l9_t, b22_l8_t, b22_l7_t, b22_l6_t, b22_l5_t, b22_l4_t, b22_l3_t, b22_l2_t, b22_l1_t, b22_l0_t}),
    .act(act),
    .res_out(o22_0)
  );
  laconic_c32_pe pe23_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b23_l15_t, b23_l14_t, b23_l13_t, b23_l12_t, b23_l11_t, b23_l10_t, b23_l9_t, b23_l8_t, b23_l7_t, b23_l6_t, b23_l5_t, b23_l4_t, b23_l3_t, b23_l2_t, b23_l1_t, b23_l0_t}),
    .act(act),
    .res_out(o23_0)
  );
  laconic_c32_pe pe24_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b24_l15_t, b24_l14_t, b24_l13_t, b24_l12_t, b24_l11_t, b24_l10_t, b24_l9_t, b24_l8_t, b24_l7_t, b24_l6_t, b24_l5_t, b24_l4_t, b24_l3_t, b24_l2_t, b24_l1_t, b24_l0_t}),
    .act(act),
    .res_out(o24_0)
  );
  laconic_c32_pe pe25_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b25_l15_t, b25_l14_t, b25_l13_t, b25_l12_t, b25_l11_t, b25_l10_t, b25_l9_t, b25_l8_t, b25_l7_t, b25_l6_t, b25_l5_t, b25_l4_t, b25_l3_t, b25_l2_t, b25_l1_t, b25_l0_t}),
    .act(act),
    .res_out(o25_0)
  );
  laconic_c32_pe pe26_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b26_l15_t, b26_l14_t, b26_l13_t, b26_l12_t, b26_l11_t, b26_l10_t, b26_l9_t, b26_l8_t, b26_l7_t, b26_l6_t, b26_l5_t, b26_l4_t, b26_l3_t, b26_l2_t, b26_l1_t, b26_l0_t}),
    .act(act),
    .res_out(o26_0)
  );
  laconic_c32_pe pe27_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b27_l15_t, b27_l14_t, b27_l13_t, b27_l12_t, b27_l11_t, b27_l10_t, b27_l9_t, b27_l8_t, b27_l7_t, b27_l6_t, b27_l5_t, b27_l4_t, b27_l3_t, b27_l2_t, b27_l1_t, b27_l0_t}),
    .act(act),
    .res_out(o27_0)
  );
  laconic_c32_pe pe28_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b28_l15_t, b28_l14_t, b28_l13_t, b28_l12_t, b28_l11_t, b28_l10_t, b28_l9_t, b28_l8_t, b28_l7_t, b28_l6_t, b28_l5_t, b28_l4_t, b28_l3_t, b28_l2_t, b28_l1_t, b28_l0_t}),
    .act(act),
    .res_out(o28_0)
  );
  laconic_c32_pe pe29_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b29_l15_t, b29_l14_t, b29_l13_t, b29_l12_t, b29_l11_t, b29_l10_t, b29_l9_t, b29_l8_t, b29_l7_t, b29_l6_t, b29_l5_t, b29_l4_t, b29_l3_t, b29_l2_t, b29_l1_t, b29_l0_t}),
    .act(act),
    .res_out(o29_0)
  );
  laconic_c32_pe pe30_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b30_l15_t, b30_l14_t, b30_l13_t, b30_l12_t, b30_l11_t, b30_l10_t, b30_l9_t, b30_l8_t, b30_l7_t, b30_l6_t, b30_l5_t, b30_l4_t, b30_l3_t, b30_l2_t, b30_l1_t, b30_l0_t}),
    .act(act),
    .res_out(o30_0)
  );
  laconic_c32_pe pe31_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .ta({a0_l15_t, a0_l14_t, a0_l13_t, a0_l12_t, a0_l11_t, a0_l10_t, a0_l9_t, a0_l8_t, a0_l7_t, a0_l6_t, a0_l5_t, a0_l4_t, a0_l3_t, a0_l2_t, a0_l1_t, a0_l0_t}),
    .tb({b31_l15_t, b31_l14_t, b31_l13_t, b31_l12_t, b31_l11_t, b31_l10_t, b31_l9_t, b31_l8_t, b31_l7_t, b31_l6_t, b31_l5_t, b31_l4_t, b31_l3_t, b31_l2_t, b31_l1_t, b31_l0_t}),
    .act(act),
    .res_out(o31_0)
  );
  always @(posedge clk) if (rst) ci0 <= 4'd0; else if (start | run) ci0 <= (start | k_end) ? 4'd0 : (~done0 & eb0 & ~ea0) ? ci0 + 4'd1 : ci0;
  always @(posedge clk) if (rst) cj0 <= 4'd0; else if (start | run) cj0 <= (start | k_end) ? 4'd0 : done0 ? cj0 : eb0 ? 4'd0 : cj0 + 4'd1;
  always @(posedge clk) if (rst) done0 <= 1'b0; else if (start | run) done0 <= (start | k_end) ? 1'b0 : done0 | (ea0 & eb0);
  always @(posedge clk) if (rst) ci1 <= 4'd0; else if (start | run) ci1 <= (start | k_end) ? 4'd0 : (~done1 & eb1 & ~ea1) ? ci1 + 4'd1 : ci1;
  always @(posedge clk) if (rst) cj1 <= 4'd0; else if (start | run) cj1 <= (start | k_end) ? 4'd0 : done1 ? cj1 : eb1 ? 4'd0 : cj1 + 4'd1;
  always @(posedge clk) if (rst) done1 <= 1'b0; else if (start | run) done1 <= (start | k_end) ? 1'b0 : done1 | (ea1 & eb1);
  always @(posedge clk) if (rst) ci2 <= 4'd0; else if (start | run) ci2 <= (start | k_end) ? 4'd0 : (~done2 & eb2 & ~ea2) ? ci2 + 4'd1 : ci2;
  always @(posedge clk) if (rst) cj2 <= 4'd0; else if (start | run) cj2 <= (start | k_end) ? 4'd0 : done2 ? cj2 : eb2 ? 4'd0 : cj2 + 4'd1;
  always @(posedge clk) if (rst) done2 <= 1'b0; else if (start | run) done2 <= (start | k_end) ? 1'b0 : done2 | (ea2 & eb2);
  always @(posedge clk) if (rst) ci3 <= 4'd0; else if (start | run) ci3 <= (start | k_end) ? 4'd0 : (~done3 & eb3 & ~ea3) ? ci3 + 4'd1 : ci3;
  always @(posedge clk) if (rst) cj3 <= 4'd0; else if (start | run) cj3 <= (start | k_end) ? 4'd0 : done3 ? cj3 : eb3 ? 4'd0 : cj3 + 4'd1;
  always @(posedge clk) if (rst) done3 <= 1'b0; else if (start | run) done3 <= (start | k_end) ? 1'b0 : done3 | (ea3 & eb3);
  always @(posedge clk) if (rst) ci4 <= 4'd0; else if (start | run) ci4 <= (start | k_end) ? 4'd0 : (~done4 & eb4 & ~ea4) ? ci4 + 4'd1 : ci4;
  always @(posedge clk) if (rst) cj4 <= 4'd0; else if (start | run) cj4 <= (start | k_end) ? 4'd0 : done4 ? cj4 : eb4 ? 4'd0 : cj4 + 4'd1;
  always @(posedge clk) if (rst) done4 <= 1'b0; else if (start | run) done4 <= (start | k_end) ? 1'b0 : done4 | (ea4 & eb4);
  always @(posedge clk) if (rst) ci5 <= 4'd0; else if (start | run) ci5 <= (start | k_end) ? 4'd0 : (~done5 & eb5 & ~ea5) ? ci5 + 4'd1 : ci5;
  always @(posedge clk) if (rst) cj5 <= 4'd0; else if (start | run) cj5 <= (start | k_end) ? 4'd0 : done5 ? cj5 : eb5 ? 4'd0 : cj5 + 4'd1;
  always @(posedge clk) if (rst) done5 <= 1'b0; else if (start | run) done5 <= (start | k_end) ? 1'b0 : done5 | (ea5 & eb5);
  always @(posedge clk) if (rst) ci6 <= 4'd0; else if (start | run) ci6 <= (start | k_end) ? 4'd0 : (~done6 & eb6 & ~ea6) ? ci6 + 4'd1 : ci6;
  always @(posedge clk) if (rst) cj6 <= 4'd0; else if (start | run) cj6 <= (start | k_end) ? 4'd0 : done6 ? cj6 : eb6 ? 4'd0 : cj6 + 4'd1;
  always @(posedge clk) if (rst) done6 <= 1'b0; else if (start | run) done6 <= (start | k_end) ? 1'b0 : done6 | (ea6 & eb6);
  always @(posedge clk) if (rst) ci7 <= 4'd0; else if (start | run) ci7 <= (start | k_end) ? 4'd0 : (~done7 & eb7 & ~ea7) ? ci7 + 4'd1 : ci7;
  always @(posedge clk) if (rst) cj7 <= 4'd0; else if (start | run) cj7 <= (start | k_end) ? 4'd0 : done7 ? cj7 : eb7 ? 4'd0 : cj7 + 4'd1;
  always @(posedge clk) if (rst) done7 <= 1'b0; else if (start | run) done7 <= (start | k_end) ? 1'b0 : done7 | (ea7 & eb7);
  always @(posedge clk) if (rst) ci8 <= 4'd0; else if (start | run) ci8 <= (start | k_end) ? 4'd0 : (~done8 & eb8 & ~ea8) ? ci8 + 4'd1 : ci8;
  always @(posedge clk) if (rst) cj8 <= 4'd0; else if (start | run) cj8 <= (start | k_end) ? 4'd0 : done8 ? cj8 : eb8 ? 4'd0 : cj8 + 4'd1;
  always @(posedge clk) if (rst) done8 <= 1'b0; else if (start | run) done8 <= (start | k_end) ? 1'b0 : done8 | (ea8 & eb8);
  always @(posedge clk) if (rst) ci9 <= 4'd0; else if (start | run) ci9 <= (start | k_end) ? 4'd0 : (~done9 & eb9 & ~ea9) ? ci9 + 4'd1 : ci9;
  always @(posedge clk) if (rst) cj9 <= 4'd0; else if (start | run) cj9 <= (start | k_end) ? 4'd0 : done9 ? cj9 : eb9 ? 4'd0 : cj9 + 4'd1;
  always @(posedge clk) if (rst) done9 <= 1'b0; else if (start | run) done9 <= (start | k_end) ? 1'b0 : done9 | (ea9 & eb9);
  always @(posedge clk) if (rst) ci10 <= 4'd0; else if (start | run) ci10 <= (start | k_end) ? 4'd0 : (~done10 & eb10 & ~ea10) ? ci10 + 4'd1 : ci10;
  always @(posedge clk) if (rst) cj10 <= 4'd0; else if (start | run) cj10 <= (start | k_end) ? 4'd0 : done10 ? cj10 : eb10 ? 4'd0 : cj10 + 4'd1;
  always @(posedge clk) if (rst) done10 <= 1'b0; else if (start | run) done10 <= (start | k_end) ? 1'b0 : done10 | (ea10 & eb10);
  always @(posedge clk) if (rst) ci11 <= 4'd0; else if (start | run) ci11 <= (start | k_end) ? 4'd0 : (~done11 & eb11 & ~ea11) ? ci11 + 4'd1 : ci11;
  always @(posedge clk) if (rst) cj11 <= 4'd0; else if (start | run) cj11 <= (start | k_end) ? 4'd0 : done11 ? cj11 : eb11 ? 4'd0 : cj11 + 4'd1;
  always @(posedge clk) if (rst) done11 <= 1'b0; else if (start | run) done11 <= (start | k_end) ? 1'b0 : done11 | (ea11 & eb11);
  always @(posedge clk) if (rst) ci12 <= 4'd0; else if (start | run) ci12 <= (start | k_end) ? 4'd0 : (~done12 & eb12 & ~ea12) ? ci12 + 4'd1 : ci12;
  always @(posedge clk) if (rst) cj12 <= 4'd0; else if (start | run) cj12 <= (start | k_end) ? 4'd0 : done12 ? cj12 : eb12 ? 4'd0 : cj12 + 4'd1;
  always @(posedge clk) if (rst) done12 <= 1'b0; else if (start | run) done12 <= (start | k_end) ? 1'b0 : done12 | (ea12 & eb12);
  always @(posedge clk) if (rst) ci13 <= 4'd0; else if (start | run) ci13 <= (start | k_end) ? 4'd0 : (~done13 & eb13 & ~ea13) ? ci13 + 4'd1 : ci13;
  always @(posedge clk) if (rst) cj13 <= 4'd0; else if (start | run) cj13 <= (start | k_end) ? 4'd0 : done13 ? cj13 : eb13 ? 4'd0 : cj13 + 4'd1;
  always @(posedge clk) if (rst) done13 <= 1'b0; else if (start | run) done13 <= (start | k_end) ? 1'b0 : done13 | (ea13 & eb13);
  always @(posedge clk) if (rst) ci14 <= 4'd0; else if (start | run) ci14 <= (start | k_end) ? 4'd0 : (~done14 & eb14 & ~ea14) ? ci14 + 4'd1 : ci14;
  always @(posedge clk) if (rst) cj14 <= 4'd0; else if (start | run) cj14 <= (start | k_end) ? 4'd0 : done14 ? cj14 : eb14 ? 4'd0 : cj14 + 4'd1;
  always @(posedge clk) if (rst) done14 <= 1'b0; else if (start | run) done14 <= (start | k_end) ? 1'b0 : done14 | (ea14 & eb14);
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
