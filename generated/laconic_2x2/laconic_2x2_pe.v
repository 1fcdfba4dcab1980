// laconic_2x2_pe: Laconic-class PE: 4 term-pair lanes, exponent adders, a 15-bin histogram, carry-save accumulator
// Source design: laconic_2x2 (examples/laconic_2x2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Laconic-class PE: per lane the product of two terms (exponents added, signs XORed), the lanes'
// products counted per exponent (the histogram) and combined with the carry-save accumulator;
// the drain CPA resolves it after the tile.
module laconic_2x2_pe (
  input wire clk,
  input wire rst,
  input wire first,
  input wire [19:0] ta,
  input wire [19:0] tb,
  input wire [3:0] act,
  output wire [31:0] res_out
);
  wire [3:0] l0_e;
  wire l0_on;
  wire l0_neg;
  wire [3:0] l1_e;
  wire l1_on;
  wire l1_neg;
  wire [3:0] l2_e;
  wire l2_on;
  wire l2_neg;
  wire [3:0] l3_e;
  wire l3_on;
  wire l3_neg;
  wire [14:0] l0_oh;
  wire [14:0] l1_oh;
  wire [14:0] l2_oh;
  wire [14:0] l3_oh;
  wire [14:0] l0_hp;
  wire [14:0] l1_hp;
  wire [14:0] l2_hp;
  wire [14:0] l3_hp;
  wire [14:0] l0_no;
  wire [14:0] l1_no;
  wire [14:0] l2_no;
  wire [14:0] l3_no;
  wire [2:0] h0_v0_0_0;
  wire [2:0] h0_v0_0_1;
  wire [2:0] h0_c0_0;
  wire [2:0] h0_v0_1_0;
  wire [2:0] h0_v0_1_1;
  wire [2:0] h0_c0_1;
  wire [2:0] h1_v0_0_0;
  wire [2:0] h1_v0_0_1;
  wire [2:0] h1_c0_0;
  wire [2:0] h1_v0_1_0;
  wire [2:0] h1_v0_1_1;
  wire [2:0] h1_c0_1;
  wire [2:0] h2_v0_0_0;
  wire [2:0] h2_v0_0_1;
  wire [2:0] h2_c0_0;
  wire [2:0] h2_v0_1_0;
  wire [2:0] h2_v0_1_1;
  wire [2:0] h2_c0_1;
  wire [2:0] h3_v0_0_0;
  wire [2:0] h3_v0_0_1;
  wire [2:0] h3_c0_0;
  wire [2:0] h3_v0_1_0;
  wire [2:0] h3_v0_1_1;
  wire [2:0] h3_c0_1;
  wire [2:0] h4_v0_0_0;
  wire [2:0] h4_v0_0_1;
  wire [2:0] h4_c0_0;
  wire [2:0] h4_v0_1_0;
  wire [2:0] h4_v0_1_1;
  wire [2:0] h4_c0_1;
  wire [2:0] h5_v0_0_0;
  wire [2:0] h5_v0_0_1;
  wire [2:0] h5_c0_0;
  wire [2:0] h5_v0_1_0;
  wire [2:0] h5_v0_1_1;
  wire [2:0] h5_c0_1;
  wire [2:0] h6_v0_0_0;
  wire [2:0] h6_v0_0_1;
  wire [2:0] h6_c0_0;
  wire [2:0] h6_v0_1_0;
  wire [2:0] h6_v0_1_1;
  wire [2:0] h6_c0_1;
  wire [2:0] h7_v0_0_0;
  wire [2:0] h7_v0_0_1;
  wire [2:0] h7_c0_0;
  wire [2:0] h7_v0_1_0;
  wire [2:0] h7_v0_1_1;
  wire [2:0] h7_c0_1;
  wire [2:0] h8_v0_0_0;
  wire [2:0] h8_v0_0_1;
  wire [2:0] h8_c0_0;
  wire [2:0] h8_v0_1_0;
  wire [2:0] h8_v0_1_1;
  wire [2:0] h8_c0_1;
  wire [2:0] h9_v0_0_0;
  wire [2:0] h9_v0_0_1;
  wire [2:0] h9_c0_0;
  wire [2:0] h9_v0_1_0;
  wire [2:0] h9_v0_1_1;
  wire [2:0] h9_c0_1;
  wire [2:0] h10_v0_0_0;
  wire [2:0] h10_v0_0_1;
  wire [2:0] h10_c0_0;
  wire [2:0] h10_v0_1_0;
  wire [2:0] h10_v0_1_1;
  wire [2:0] h10_c0_1;
  wire [2:0] h11_v0_0_0;
  wire [2:0] h11_v0_0_1;
  wire [2:0] h11_c0_0;
  wire [2:0] h11_v0_1_0;
  wire [2:0] h11_v0_1_1;
  wire [2:0] h11_c0_1;
  wire [2:0] h12_v0_0_0;
  wire [2:0] h12_v0_0_1;
  wire [2:0] h12_c0_0;
  wire [2:0] h12_v0_1_0;
  wire [2:0] h12_v0_1_1;
  wire [2:0] h12_c0_1;
  wire [2:0] h13_v0_0_0;
  wire [2:0] h13_v0_0_1;
  wire [2:0] h13_c0_0;
  wire [2:0] h13_v0_1_0;
  wire [2:0] h13_v0_1_1;
  wire [2:0] h13_c0_1;
  wire [2:0] h14_v0_0_0;
  wire [2:0] h14_v0_0_1;
  wire [2:0] h14_c0_0;
  wire [2:0] h14_v0_1_0;
  wire [2:0] h14_v0_1_1;
  wire [2:0] h14_c0_1;
  wire [3:0] h0_v1_0_0;
  wire [3:0] h0_v1_0_1;
  wire [3:0] h0_c1_0;
  wire [3:0] h1_v1_0_0;
  wire [3:0] h1_v1_0_1;
  wire [3:0] h1_c1_0;
  wire [3:0] h2_v1_0_0;
  wire [3:0] h2_v1_0_1;
  wire [3:0] h2_c1_0;
  wire [3:0] h3_v1_0_0;
  wire [3:0] h3_v1_0_1;
  wire [3:0] h3_c1_0;
  wire [3:0] h4_v1_0_0;
  wire [3:0] h4_v1_0_1;
  wire [3:0] h4_c1_0;
  wire [3:0] h5_v1_0_0;
  wire [3:0] h5_v1_0_1;
  wire [3:0] h5_c1_0;
  wire [3:0] h6_v1_0_0;
  wire [3:0] h6_v1_0_1;
  wire [3:0] h6_c1_0;
  wire [3:0] h7_v1_0_0;
  wire [3:0] h7_v1_0_1;
  wire [3:0] h7_c1_0;
  wire [3:0] h8_v1_0_0;
  wire [3:0] h8_v1_0_1;
  wire [3:0] h8_c1_0;
  wire [3:0] h9_v1_0_0;
  wire [3:0] h9_v1_0_1;
  wire [3:0] h9_c1_0;
  wire [3:0] h10_v1_0_0;
  wire [3:0] h10_v1_0_1;
  wire [3:0] h10_c1_0;
  wire [3:0] h11_v1_0_0;
  wire [3:0] h11_v1_0_1;
  wire [3:0] h11_c1_0;
  wire [3:0] h12_v1_0_0;
  wire [3:0] h12_v1_0_1;
  wire [3:0] h12_c1_0;
  wire [3:0] h13_v1_0_0;
  wire [3:0] h13_v1_0_1;
  wire [3:0] h13_c1_0;
  wire [3:0] h14_v1_0_0;
  wire [3:0] h14_v1_0_1;
  wire [3:0] h14_c1_0;
  wire [31:0] hw0;
  wire [31:0] hw1;
  wire [31:0] hw2;
  wire [31:0] hw3;
  wire [31:0] hk;
  wire [31:0] acc_xs;
  wire [31:0] acc_xc;
  wire [31:0] acc_t0_0s;
  wire [31:0] acc_t0_0c;
  wire [31:0] acc_t0_1s;
  wire [31:0] acc_t0_1c;
  wire [31:0] acc_t1_0s;
  wire [31:0] acc_t1_0c;
  wire [31:0] drain_sum;
  reg [3:0] q0_l0_e;
  reg q0_l0_on;
  reg q0_l0_neg;
  reg [3:0] q0_l1_e;
  reg q0_l1_on;
  reg q0_l1_neg;
  reg [3:0] q0_l2_e;
  reg q0_l2_on;
  reg q0_l2_neg;
  reg [3:0] q0_l3_e;
  reg q0_l3_on;
  reg q0_l3_neg;
  reg [2:0] h0_q0_0;
  reg [2:0] h0_q0_1;
  reg [2:0] h1_q0_0;
  reg [2:0] h1_q0_1;
  reg [2:0] h2_q0_0;
  reg [2:0] h2_q0_1;
  reg [2:0] h3_q0_0;
  reg [2:0] h3_q0_1;
  reg [2:0] h4_q0_0;
  reg [2:0] h4_q0_1;
  reg [2:0] h5_q0_0;
  reg [2:0] h5_q0_1;
  reg [2:0] h6_q0_0;
  reg [2:0] h6_q0_1;
  reg [2:0] h7_q0_0;
  reg [2:0] h7_q0_1;
  reg [2:0] h8_q0_0;
  reg [2:0] h8_q0_1;
  reg [2:0] h9_q0_0;
  reg [2:0] h9_q0_1;
  reg [2:0] h10_q0_0;
  reg [2:0] h10_q0_1;
  reg [2:0] h11_q0_0;
  reg [2:0] h11_q0_1;
  reg [2:0] h12_q0_0;
  reg [2:0] h12_q0_1;
  reg [2:0] h13_q0_0;
  reg [2:0] h13_q0_1;
  reg [2:0] h14_q0_0;
  reg [2:0] h14_q0_1;
  reg [3:0] h0_q1_0;
  reg [3:0] h1_q1_0;
  reg [3:0] h2_q1_0;
  reg [3:0] h3_q1_0;
  reg [3:0] h4_q1_0;
  reg [3:0] h5_q1_0;
  reg [3:0] h6_q1_0;
  reg [3:0] h7_q1_0;
  reg [3:0] h8_q1_0;
  reg [3:0] h9_q1_0;
  reg [3:0] h10_q1_0;
  reg [3:0] h11_q1_0;
  reg [3:0] h12_q1_0;
  reg [3:0] h13_q1_0;
  reg [3:0] h14_q1_0;
  reg tq_first_q0;
  reg tq_tq_first_q1;
  reg tq_tq_tq_first_q2;
  reg [31:0] acc_s;
  reg [31:0] acc_c;
  reg [31:0] res;
  assign l0_on = ta[4] & tb[4] & act[0];
  assign l0_neg = ta[3] ^ tb[3];
  assign l1_on = ta[9] & tb[9] & act[1];
  assign l1_neg = ta[8] ^ tb[8];
  assign l2_on = ta[14] & tb[14] & act[2];
  assign l2_neg = ta[13] ^ tb[13];
  assign l3_on = ta[19] & tb[19] & act[3];
  assign l3_neg = ta[18] ^ tb[18];
  assign l0_oh = {14'd0, q0_l0_on} << q0_l0_e;
  assign l1_oh = {14'd0, q0_l1_on} << q0_l1_e;
  assign l2_oh = {14'd0, q0_l2_on} << q0_l2_e;
  assign l3_oh = {14'd0, q0_l3_on} << q0_l3_e;
  assign l0_hp = l0_oh & {15{~q0_l0_neg}};
  assign l1_hp = l1_oh & {15{~q0_l1_neg}};
  assign l2_hp = l2_oh & {15{~q0_l2_neg}};
  assign l3_hp = l3_oh & {15{~q0_l3_neg}};
  assign l0_no = ~l0_oh;
  assign l1_no = ~l1_oh;
  assign l2_no = ~l2_oh;
  assign l3_no = ~l3_oh;
  assign h0_v0_0_0 = {{1{1'b0}}, {l0_hp[0], l0_no[0]}};
  assign h0_v0_0_1 = {{1{1'b0}}, {l1_hp[0], l1_no[0]}};
  assign h0_v0_1_0 = {{1{1'b0}}, {l2_hp[0], l2_no[0]}};
  assign h0_v0_1_1 = {{1{1'b0}}, {l3_hp[0], l3_no[0]}};
  assign h1_v0_0_0 = {{1{1'b0}}, {l0_hp[1], l0_no[1]}};
  assign h1_v0_0_1 = {{1{1'b0}}, {l1_hp[1], l1_no[1]}};
  assign h1_v0_1_0 = {{1{1'b0}}, {l2_hp[1], l2_no[1]}};
  assign h1_v0_1_1 = {{1{1'b0}}, {l3_hp[1], l3_no[1]}};
  assign h2_v0_0_0 = {{1{1'b0}}, {l0_hp[2], l0_no[2]}};
  assign h2_v0_0_1 = {{1{1'b0}}, {l1_hp[2], l1_no[2]}};
  assign h2_v0_1_0 = {{1{1'b0}}, {l2_hp[2], l2_no[2]}};
  assign h2_v0_1_1 = {{1{1'b0}}, {l3_hp[2], l3_no[2]}};
  assign h3_v0_0_0 = {{1{1'b0}}, {l0_hp[3], l0_no[3]}};
  assign h3_v0_0_1 = {{1{1'b0}}, {l1_hp[3], l1_no[3]}};
  assign h3_v0_1_0 = {{1{1'b0}}, {l2_hp[3], l2_no[3]}};
  assign h3_v0_1_1 = {{1{1'b0}}, {l3_hp[3], l3_no[3]}};
  assign h4_v0_0_0 = {{1{1'b0}}, {l0_hp[4], l0_no[4]}};
  assign h4_v0_0_1 = {{1{1'b0}}, {l1_hp[4], l1_no[4]}};
  assign h4_v0_1_0 = {{1{1'b0}}, {l2_hp[4], l2_no[4]}};
  assign h4_v0_1_1 = {{1{1'b0}}, {l3_hp[4], l3_no[4]}};
  assign h5_v0_0_0 = {{1{1'b0}}, {l0_hp[5], l0_no[5]}};
  assign h5_v0_0_1 = {{1{1'b0}}, {l1_hp[5], l1_no[5]}};
  assign h5_v0_1_0 = {{1{1'b0}}, {l2_hp[5], l2_no[5]}};
  assign h5_v0_1_1 = {{1{1'b0}}, {l3_hp[5], l3_no[5]}};
  assign h6_v0_0_0 = {{1{1'b0}}, {l0_hp[6], l0_no[6]}};
  assign h6_v0_0_1 = {{1{1'b0}}, {l1_hp[6], l1_no[6]}};
  assign h6_v0_1_0 = {{1{1'b0}}, {l2_hp[6], l2_no[6]}};
  assign h6_v0_1_1 = {{1{1'b0}}, {l3_hp[6], l3_no[6]}};
  assign h7_v0_0_0 = {{1{1'b0}}, {l0_hp[7], l0_no[7]}};
  assign h7_v0_0_1 = {{1{1'b0}}, {l1_hp[7], l1_no[7]}};
  assign h7_v0_1_0 = {{1{1'b0}}, {l2_hp[7], l2_no[7]}};
  assign h7_v0_1_1 = {{1{1'b0}}, {l3_hp[7], l3_no[7]}};
  assign h8_v0_0_0 = {{1{1'b0}}, {l0_hp[8], l0_no[8]}};
  assign h8_v0_0_1 = {{1{1'b0}}, {l1_hp[8], l1_no[8]}};
  assign h8_v0_1_0 = {{1{1'b0}}, {l2_hp[8], l2_no[8]}};
  assign h8_v0_1_1 = {{1{1'b0}}, {l3_hp[8], l3_no[8]}};
  assign h9_v0_0_0 = {{1{1'b0}}, {l0_hp[9], l0_no[9]}};
  assign h9_v0_0_1 = {{1{1'b0}}, {l1_hp[9], l1_no[9]}};
  assign h9_v0_1_0 = {{1{1'b0}}, {l2_hp[9], l2_no[9]}};
  assign h9_v0_1_1 = {{1{1'b0}}, {l3_hp[9], l3_no[9]}};
  assign h10_v0_0_0 = {{1{1'b0}}, {l0_hp[10], l0_no[10]}};
  assign h10_v0_0_1 = {{1{1'b0}}, {l1_hp[10], l1_no[10]}};
  assign h10_v0_1_0 = {{1{1'b0}}, {l2_hp[10], l2_no[10]}};
  assign h10_v0_1_1 = {{1{1'b0}}, {l3_hp[10], l3_no[10]}};
  assign h11_v0_0_0 = {{1{1'b0}}, {l0_hp[11], l0_no[11]}};
  assign h11_v0_0_1 = {{1{1'b0}}, {l1_hp[11], l1_no[11]}};
  assign h11_v0_1_0 = {{1{1'b0}}, {l2_hp[11], l2_no[11]}};
  assign h11_v0_1_1 = {{1{1'b0}}, {l3_hp[11], l3_no[11]}};
  assign h12_v0_0_0 = {{1{1'b0}}, {l0_hp[12], l0_no[12]}};
  assign h12_v0_0_1 = {{1{1'b0}}, {l1_hp[12], l1_no[12]}};
  assign h12_v0_1_0 = {{1{1'b0}}, {l2_hp[12], l2_no[12]}};
  assign h12_v0_1_1 = {{1{1'b0}}, {l3_hp[12], l3_no[12]}};
  assign h13_v0_0_0 = {{1{1'b0}}, {l0_hp[13], l0_no[13]}};
  assign h13_v0_0_1 = {{1{1'b0}}, {l1_hp[13], l1_no[13]}};
  assign h13_v0_1_0 = {{1{1'b0}}, {l2_hp[13], l2_no[13]}};
  assign h13_v0_1_1 = {{1{1'b0}}, {l3_hp[13], l3_no[13]}};
  assign h14_v0_0_0 = {{1{1'b0}}, {l0_hp[14], l0_no[14]}};
  assign h14_v0_0_1 = {{1{1'b0}}, {l1_hp[14], l1_no[14]}};
  assign h14_v0_1_0 = {{1{1'b0}}, {l2_hp[14], l2_no[14]}};
  assign h14_v0_1_1 = {{1{1'b0}}, {l3_hp[14], l3_no[14]}};
  assign h0_v1_0_0 = {{1{1'b0}}, h0_q0_0};
  assign h0_v1_0_1 = {{1{1'b0}}, h0_q0_1};
  assign h1_v1_0_0 = {{1{1'b0}}, h1_q0_0};
  assign h1_v1_0_1 = {{1{1'b0}}, h1_q0_1};
  assign h2_v1_0_0 = {{1{1'b0}}, h2_q0_0};
  assign h2_v1_0_1 = {{1{1'b0}}, h2_q0_1};
  assign h3_v1_0_0 = {{1{1'b0}}, h3_q0_0};
  assign h3_v1_0_1 = {{1{1'b0}}, h3_q0_1};
  assign h4_v1_0_0 = {{1{1'b0}}, h4_q0_0};
  assign h4_v1_0_1 = {{1{1'b0}}, h4_q0_1};
  assign h5_v1_0_0 = {{1{1'b0}}, h5_q0_0};
  assign h5_v1_0_1 = {{1{1'b0}}, h5_q0_1};
  assign h6_v1_0_0 = {{1{1'b0}}, h6_q0_0};
  assign h6_v1_0_1 = {{1{1'b0}}, h6_q0_1};
  assign h7_v1_0_0 = {{1{1'b0}}, h7_q0_0};
  assign h7_v1_0_1 = {{1{1'b0}}, h7_q0_1};
  assign h8_v1_0_0 = {{1{1'b0}}, h8_q0_0};
  assign h8_v1_0_1 = {{1{1'b0}}, h8_q0_1};
  assign h9_v1_0_0 = {{1{1'b0}}, h9_q0_0};
  assign h9_v1_0_1 = {{1{1'b0}}, h9_q0_1};
  assign h10_v1_0_0 = {{1{1'b0}}, h10_q0_0};
  assign h10_v1_0_1 = {{1{1'b0}}, h10_q0_1};
  assign h11_v1_0_0 = {{1{1'b0}}, h11_q0_0};
  assign h11_v1_0_1 = {{1{1'b0}}, h11_q0_1};
  assign h12_v1_0_0 = {{1{1'b0}}, h12_q0_0};
  assign h12_v1_0_1 = {{1{1'b0}}, h12_q0_1};
  assign h13_v1_0_0 = {{1{1'b0}}, h13_q0_0};
  assign h13_v1_0_1 = {{1{1'b0}}, h13_q0_1};
  assign h14_v1_0_0 = {{1{1'b0}}, h14_q0_0};
  assign h14_v1_0_1 = {{1{1'b0}}, h14_q0_1};
  assign hw0 = {16'b0, h12_q1_0[3], h12_q1_0[2], h12_q1_0[1], h12_q1_0[0], h8_q1_0[3], h8_q1_0[2], h8_q1_0[1], h8_q1_0[0], h4_q1_0[3], h4_q1_0[2], h4_q1_0[1], h4_q1_0[0], h0_q1_0[3], h0_q1_0[2], h0_q1_0[1], h0_q1_0[0]};
  assign hw1 = {15'b0, h13_q1_0[3], h13_q1_0[2], h13_q1_0[1], h13_q1_0[0], h9_q1_0[3], h9_q1_0[2], h9_q1_0[1], h9_q1_0[0], h5_q1_0[3], h5_q1_0[2], h5_q1_0[1], h5_q1_0[0], h1_q1_0[3], h1_q1_0[2], h1_q1_0[1], h1_q1_0[0], 1'b0};
  assign hw2 = {14'b0, h14_q1_0[3], h14_q1_0[2], h14_q1_0[1], h14_q1_0[0], h10_q1_0[3], h10_q1_0[2], h10_q1_0[1], h10_q1_0[0], h6_q1_0[3], h6_q1_0[2], h6_q1_0[1], h6_q1_0[0], h2_q1_0[3], h2_q1_0[2], h2_q1_0[1], h2_q1_0[0], 2'b0};
  assign hw3 = {17'b0, h11_q1_0[3], h11_q1_0[2], h11_q1_0[1], h11_q1_0[0], h7_q1_0[3], h7_q1_0[2], h7_q1_0[1], h7_q1_0[0], h3_q1_0[3], h3_q1_0[2], h3_q1_0[1], h3_q1_0[0], 3'b0};
  assign hk = 32'd4294836228;
  assign acc_xs = tq_tq_tq_first_q2 ? 32'd0 : acc_s;
  assign acc_xc = tq_tq_tq_first_q2 ? 32'd0 : acc_c;
  assign res_out = res;
  laconic_2x2_cpa_w4 l0_u_e (
    .x({{1{1'b0}}, ta[2:0]}),
    .y({{1{1'b0}}, tb[2:0]}),
    .s(l0_e)
  );
  laconic_2x2_cpa_w4 l1_u_e (
    .x({{1{1'b0}}, ta[7:5]}),
    .y({{1{1'b0}}, tb[7:5]}),
    .s(l1_e)
  );
  laconic_2x2_cpa_w4 l2_u_e (
    .x({{1{1'b0}}, ta[12:10]}),
    .y({{1{1'b0}}, tb[12:10]}),
    .s(l2_e)
  );
  laconic_2x2_cpa_w4 l3_u_e (
    .x({{1{1'b0}}, ta[17:15]}),
    .y({{1{1'b0}}, tb[17:15]}),
    .s(l3_e)
  );
  laconic_2x2_cpa_w3 h0_u_c0_0 (
    .x(h0_v0_0_0),
    .y(h0_v0_0_1),
    .s(h0_c0_0)
  );
  laconic_2x2_cpa_w3 h0_u_c0_1 (
    .x(h0_v0_1_0),
    .y(h0_v0_1_1),
    .s(h0_c0_1)
  );
  laconic_2x2_cpa_w3 h1_u_c0_0 (
    .x(h1_v0_0_0),
    .y(h1_v0_0_1),
    .s(h1_c0_0)
  );
  laconic_2x2_cpa_w3 h1_u_c0_1 (
    .x(h1_v0_1_0),
    .y(h1_v0_1_1),
    .s(h1_c0_1)
  );
  laconic_2x2_cpa_w3 h2_u_c0_0 (
    .x(h2_v0_0_0),
    .y(h2_v0_0_1),
    .s(h2_c0_0)
  );
  laconic_2x2_cpa_w3 h2_u_c0_1 (
    .x(h2_v0_1_0),
    .y(h2_v0_1_1),
    .s(h2_c0_1)
  );
  laconic_2x2_cpa_w3 h3_u_c0_0 (
    .x(h3_v0_0_0),
    .y(h3_v0_0_1),
    .s(h3_c0_0)
  );
  laconic_2x2_cpa_w3 h3_u_c0_1 (
    .x(h3_v0_1_0),
    .y(h3_v0_1_1),
    .s(h3_c0_1)
  );
  laconic_2x2_cpa_w3 h4_u_c0_0 (
    .x(h4_v0_0_0),
    .y(h4_v0_0_1),
    .s(h4_c0_0)
  );
  laconic_2x2_cpa_w3 h4_u_c0_1 (
    .x(h4_v0_1_0),
    .y(h4_v0_1_1),
    .s(h4_c0_1)
  );
  laconic_2x2_cpa_w3 h5_u_c0_0 (
    .x(h5_v0_0_0),
    .y(h5_v0_0_1),
    .s(h5_c0_0)
  );
  laconic_2x2_cpa_w3 h5_u_c0_1 (
    .x(h5_v0_1_0),
    .y(h5_v0_1_1),
    .s(h5_c0_1)
  );
  laconic_2x2_cpa_w3 h6_u_c0_0 (
    .x(h6_v0_0_0),
    .y(h6_v0_0_1),
    .s(h6_c0_0)
  );
  laconic_2x2_cpa_w3 h6_u_c0_1 (
    .x(h6_v0_1_0),
    .y(h6_v0_1_1),
    .s(h6_c0_1)
  );
  laconic_2x2_cpa_w3 h7_u_c0_0 (
    .x(h7_v0_0_0),
    .y(h7_v0_0_1),
    .s(h7_c0_0)
  );
  laconic_2x2_cpa_w3 h7_u_c0_1 (
    .x(h7_v0_1_0),
    .y(h7_v0_1_1),
    .s(h7_c0_1)
  );
  laconic_2x2_cpa_w3 h8_u_c0_0 (
    .x(h8_v0_0_0),
    .y(h8_v0_0_1),
    .s(h8_c0_0)
  );
  laconic_2x2_cpa_w3 h8_u_c0_1 (
    .x(h8_v0_1_0),
    .y(h8_v0_1_1),
    .s(h8_c0_1)
  );
  laconic_2x2_cpa_w3 h9_u_c0_0 (
    .x(h9_v0_0_0),
    .y(h9_v0_0_1),
    .s(h9_c0_0)
  );
  laconic_2x2_cpa_w3 h9_u_c0_1 (
    .x(h9_v0_1_0),
    .y(h9_v0_1_1),
    .s(h9_c0_1)
  );
  laconic_2x2_cpa_w3 h10_u_c0_0 (
    .x(h10_v0_0_0),
    .y(h10_v0_0_1),
    .s(h10_c0_0)
  );
  laconic_2x2_cpa_w3 h10_u_c0_1 (
    .x(h10_v0_1_0),
    .y(h10_v0_1_1),
    .s(h10_c0_1)
  );
  laconic_2x2_cpa_w3 h11_u_c0_0 (
    .x(h11_v0_0_0),
    .y(h11_v0_0_1),
    .s(h11_c0_0)
  );
  laconic_2x2_cpa_w3 h11_u_c0_1 (
    .x(h11_v0_1_0),
    .y(h11_v0_1_1),
    .s(h11_c0_1)
  );
  laconic_2x2_cpa_w3 h12_u_c0_0 (
    .x(h12_v0_0_0),
    .y(h12_v0_0_1),
    .s(h12_c0_0)
  );
  laconic_2x2_cpa_w3 h12_u_c0_1 (
    .x(h12_v0_1_0),
    .y(h12_v0_1_1),
    .s(h12_c0_1)
  );
  laconic_2x2_cpa_w3 h13_u_c0_0 (
    .x(h13_v0_0_0),
    .y(h13_v0_0_1),
    .s(h13_c0_0)
  );
  laconic_2x2_cpa_w3 h13_u_c0_1 (
    .x(h13_v0_1_0),
    .y(h13_v0_1_1),
    .s(h13_c0_1)
  );
  laconic_2x2_cpa_w3 h14_u_c0_0 (
    .x(h14_v0_0_0),
    .y(h14_v0_0_1),
    .s(h14_c0_0)
  );
  laconic_2x2_cpa_w3 h14_u_c0_1 (
    .x(h14_v0_1_0),
    .y(h14_v0_1_1),
    .s(h14_c0_1)
  );
  laconic_2x2_cpa_w4 h0_u_c1_0 (
    .x(h0_v1_0_0),
    .y(h0_v1_0_1),
    .s(h0_c1_0)
  );
  laconic_2x2_cpa_w4 h1_u_c1_0 (
    .x(h1_v1_0_0),
    .y(h1_v1_0_1),
    .s(h1_c1_0)
  );
  laconic_2x2_cpa_w4 h2_u_c1_0 (
    .x(h2_v1_0_0),
    .y(h2_v1_0_1),
    .s(h2_c1_0)
  );
  laconic_2x2_cpa_w4 h3_u_c1_0 (
    .x(h3_v1_0_0),
    .y(h3_v1_0_1),
    .s(h3_c1_0)
  );
  laconic_2x2_cpa_w4 h4_u_c1_0 (
    .x(h4_v1_0_0),
    .y(h4_v1_0_1),
    .s(h4_c1_0)
  );
  laconic_2x2_cpa_w4 h5_u_c1_0 (
    .x(h5_v1_0_0),
    .y(h5_v1_0_1),
    .s(h5_c1_0)
  );
  laconic_2x2_cpa_w4 h6_u_c1_0 (
    .x(h6_v1_0_0),
    .y(h6_v1_0_1),
    .s(h6_c1_0)
  );
  laconic_2x2_cpa_w4 h7_u_c1_0 (
    .x(h7_v1_0_0),
    .y(h7_v1_0_1),
    .s(h7_c1_0)
  );
  laconic_2x2_cpa_w4 h8_u_c1_0 (
    .x(h8_v1_0_0),
    .y(h8_v1_0_1),
    .s(h8_c1_0)
  );
  laconic_2x2_cpa_w4 h9_u_c1_0 (
    .x(h9_v1_0_0),
    .y(h9_v1_0_1),
    .s(h9_c1_0)
  );
  laconic_2x2_cpa_w4 h10_u_c1_0 (
    .x(h10_v1_0_0),
    .y(h10_v1_0_1),
    .s(h10_c1_0)
  );
  laconic_2x2_cpa_w4 h11_u_c1_0 (
    .x(h11_v1_0_0),
    .y(h11_v1_0_1),
    .s(h11_c1_0)
  );
  laconic_2x2_cpa_w4 h12_u_c1_0 (
    .x(h12_v1_0_0),
    .y(h12_v1_0_1),
    .s(h12_c1_0)
  );
  laconic_2x2_cpa_w4 h13_u_c1_0 (
    .x(h13_v1_0_0),
    .y(h13_v1_0_1),
    .s(h13_c1_0)
  );
  laconic_2x2_cpa_w4 h14_u_c1_0 (
    .x(h14_v1_0_0),
    .y(h14_v1_0_1),
    .s(h14_c1_0)
  );
  laconic_2x2_csa42_w32 acc_u_t0_0 (
    .x0(hw0),
    .x1(hw1),
    .x2(hw2),
    .x3(hw3),
    .s(acc_t0_0s),
    .c(acc_t0_0c)
  );
  laconic_2x2_csa3_w32 acc_u_t0_1 (
    .x(hk),
    .y(acc_xs),
    .z(acc_xc),
    .s(acc_t0_1s),
    .c(acc_t0_1c)
  );
  laconic_2x2_csa42_w32 acc_u_t1_0 (
    .x0(acc_t0_0s),
    .x1(acc_t0_0c),
    .x2(acc_t0_1s),
    .x3(acc_t0_1c),
    .s(acc_t1_0s),
    .c(acc_t1_0c)
  );
  laconic_2x2_cpa_w32 u_drain_cpa (
    .x(acc_s),
    .y(acc_c),
    .s(drain_sum)
  );
  always @(posedge clk) q0_l0_e <= l0_e;
  always @(posedge clk) q0_l0_on <= l0_on;
  always @(posedge clk) q0_l0_neg <= l0_neg;
  always @(posedge clk) q0_l1_e <= l1_e;
  always @(posedge clk) q0_l1_on <= l1_on;
  always @(posedge clk) q0_l1_neg <= l1_neg;
  always @(posedge clk) q0_l2_e <= l2_e;
  always @(posedge clk) q0_l2_on <= l2_on;
  always @(posedge clk) q0_l2_neg <= l2_neg;
  always @(posedge clk) q0_l3_e <= l3_e;
  always @(posedge clk) q0_l3_on <= l3_on;
  always @(posedge clk) q0_l3_neg <= l3_neg;
  always @(posedge clk) h0_q0_0 <= h0_c0_0;
  always @(posedge clk) h0_q0_1 <= h0_c0_1;
  always @(posedge clk) h1_q0_0 <= h1_c0_0;
  always @(posedge clk) h1_q0_1 <= h1_c0_1;
  always @(posedge clk) h2_q0_0 <= h2_c0_0;
  always @(posedge clk) h2_q0_1 <= h2_c0_1;
  always @(posedge clk) h3_q0_0 <= h3_c0_0;
  always @(posedge clk) h3_q0_1 <= h3_c0_1;
  always @(posedge clk) h4_q0_0 <= h4_c0_0;
  always @(posedge clk) h4_q0_1 <= h4_c0_1;
  always @(posedge clk) h5_q0_0 <= h5_c0_0;
  always @(posedge clk) h5_q0_1 <= h5_c0_1;
  always @(posedge clk) h6_q0_0 <= h6_c0_0;
  always @(posedge clk) h6_q0_1 <= h6_c0_1;
  always @(posedge clk) h7_q0_0 <= h7_c0_0;
  always @(posedge clk) h7_q0_1 <= h7_c0_1;
  always @(posedge clk) h8_q0_0 <= h8_c0_0;
  always @(posedge clk) h8_q0_1 <= h8_c0_1;
  always @(posedge clk) h9_q0_0 <= h9_c0_0;
  always @(posedge clk) h9_q0_1 <= h9_c0_1;
  always @(posedge clk) h10_q0_0 <= h10_c0_0;
  always @(posedge clk) h10_q0_1 <= h10_c0_1;
  always @(posedge clk) h11_q0_0 <= h11_c0_0;
  always @(posedge clk) h11_q0_1 <= h11_c0_1;
  always @(posedge clk) h12_q0_0 <= h12_c0_0;
  always @(posedge clk) h12_q0_1 <= h12_c0_1;
  always @(posedge clk) h13_q0_0 <= h13_c0_0;
  always @(posedge clk) h13_q0_1 <= h13_c0_1;
  always @(posedge clk) h14_q0_0 <= h14_c0_0;
  always @(posedge clk) h14_q0_1 <= h14_c0_1;
  always @(posedge clk) h0_q1_0 <= h0_c1_0;
  always @(posedge clk) h1_q1_0 <= h1_c1_0;
  always @(posedge clk) h2_q1_0 <= h2_c1_0;
  always @(posedge clk) h3_q1_0 <= h3_c1_0;
  always @(posedge clk) h4_q1_0 <= h4_c1_0;
  always @(posedge clk) h5_q1_0 <= h5_c1_0;
  always @(posedge clk) h6_q1_0 <= h6_c1_0;
  always @(posedge clk) h7_q1_0 <= h7_c1_0;
  always @(posedge clk) h8_q1_0 <= h8_c1_0;
  always @(posedge clk) h9_q1_0 <= h9_c1_0;
  always @(posedge clk) h10_q1_0 <= h10_c1_0;
  always @(posedge clk) h11_q1_0 <= h11_c1_0;
  always @(posedge clk) h12_q1_0 <= h12_c1_0;
  always @(posedge clk) h13_q1_0 <= h13_c1_0;
  always @(posedge clk) h14_q1_0 <= h14_c1_0;
  always @(posedge clk) if (rst) tq_first_q0 <= 1'b0; else tq_first_q0 <= first;
  always @(posedge clk) if (rst) tq_tq_first_q1 <= 1'b0; else tq_tq_first_q1 <= tq_first_q0;
  always @(posedge clk) if (rst) tq_tq_tq_first_q2 <= 1'b0; else tq_tq_tq_first_q2 <= tq_tq_first_q1;
  always @(posedge clk) acc_s <= acc_t1_0s;
  always @(posedge clk) acc_c <= acc_t1_0c;
  always @(posedge clk) res <= drain_sum;
endmodule
