// laconic_c32_pe: Laconic-class PE: 16 term-pair lanes, exponent adders, a 15-bin histogram, carry-save accumulator
// Source design: laconic_c32 (examples/laconic_c32.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Laconic-class PE: per lane the product of two terms (exponents added, signs XORed), the lanes'
// products counted per exponent (the histogram) and combined with the carry-save accumulator;
// the drain CPA resolves it after the tile.
module laconic_c32_pe (
  input wire clk,
  input wire rst,
  input wire first,
  input wire [79:0] ta,
  input wire [79:0] tb,
  input wire [15:0] act,
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
  wire [3:0] l4_e;
  wire l4_on;
  wire l4_neg;
  wire [3:0] l5_e;
  wire l5_on;
  wire l5_neg;
  wire [3:0] l6_e;
  wire l6_on;
  wire l6_neg;
  wire [3:0] l7_e;
  wire l7_on;
  wire l7_neg;
  wire [3:0] l8_e;
  wire l8_on;
  wire l8_neg;
  wire [3:0] l9_e;
  wire l9_on;
  wire l9_neg;
  wire [3:0] l10_e;
  wire l10_on;
  wire l10_neg;
  wire [3:0] l11_e;
  wire l11_on;
  wire l11_neg;
  wire [3:0] l12_e;
  wire l12_on;
  wire l12_neg;
  wire [3:0] l13_e;
  wire l13_on;
  wire l13_neg;
  wire [3:0] l14_e;
  wire l14_on;
  wire l14_neg;
  wire [3:0] l15_e;
  wire l15_on;
  wire l15_neg;
  wire [14:0] l0_oh;
  wire [14:0] l1_oh;
  wire [14:0] l2_oh;
  wire [14:0] l3_oh;
  wire [14:0] l4_oh;
  wire [14:0] l5_oh;
  wire [14:0] l6_oh;
  wire [14:0] l7_oh;
  wire [14:0] l8_oh;
  wire [14:0] l9_oh;
  wire [14:0] l10_oh;
  wire [14:0] l11_oh;
  wire [14:0] l12_oh;
  wire [14:0] l13_oh;
  wire [14:0] l14_oh;
  wire [14:0] l15_oh;
  wire [14:0] l0_hp;
  wire [14:0] l1_hp;
  wire [14:0] l2_hp;
  wire [14:0] l3_hp;
  wire [14:0] l4_hp;
  wire [14:0] l5_hp;
  wire [14:0] l6_hp;
  wire [14:0] l7_hp;
  wire [14:0] l8_hp;
  wire [14:0] l9_hp;
  wire [14:0] l10_hp;
  wire [14:0] l11_hp;
  wire [14:0] l12_hp;
  wire [14:0] l13_hp;
  wire [14:0] l14_hp;
  wire [14:0] l15_hp;
  wire [14:0] l0_no;
  wire [14:0] l1_no;
  wire [14:0] l2_no;
  wire [14:0] l3_no;
  wire [14:0] l4_no;
  wire [14:0] l5_no;
  wire [14:0] l6_no;
  wire [14:0] l7_no;
  wire [14:0] l8_no;
  wire [14:0] l9_no;
  wire [14:0] l10_no;
  wire [14:0] l11_no;
  wire [14:0] l12_no;
  wire [14:0] l13_no;
  wire [14:0] l14_no;
  wire [14:0] l15_no;
  wire [3:0] h0_v0_0_0;
  wire [3:0] h0_v0_0_1;
  wire [3:0] h0_v0_0_2;
  wire [3:0] h0_v0_0_3;
  wire [3:0] h0_t0_0_t0_0s;
  wire [3:0] h0_t0_0_t0_0c;
  wire [3:0] h0_c0_0;
  wire [3:0] h0_v0_1_0;
  wire [3:0] h0_v0_1_1;
  wire [3:0] h0_v0_1_2;
  wire [3:0] h0_v0_1_3;
  wire [3:0] h0_t0_1_t0_0s;
  wire [3:0] h0_t0_1_t0_0c;
  wire [3:0] h0_c0_1;
  wire [3:0] h0_v0_2_0;
  wire [3:0] h0_v0_2_1;
  wire [3:0] h0_v0_2_2;
  wire [3:0] h0_v0_2_3;
  wire [3:0] h0_t0_2_t0_0s;
  wire [3:0] h0_t0_2_t0_0c;
  wire [3:0] h0_c0_2;
  wire [3:0] h0_v0_3_0;
  wire [3:0] h0_v0_3_1;
  wire [3:0] h0_v0_3_2;
  wire [3:0] h0_v0_3_3;
  wire [3:0] h0_t0_3_t0_0s;
  wire [3:0] h0_t0_3_t0_0c;
  wire [3:0] h0_c0_3;
  wire [3:0] h1_v0_0_0;
  wire [3:0] h1_v0_0_1;
  wire [3:0] h1_v0_0_2;
  wire [3:0] h1_v0_0_3;
  wire [3:0] h1_t0_0_t0_0s;
  wire [3:0] h1_t0_0_t0_0c;
  wire [3:0] h1_c0_0;
  wire [3:0] h1_v0_1_0;
  wire [3:0] h1_v0_1_1;
  wire [3:0] h1_v0_1_2;
  wire [3:0] h1_v0_1_3;
  wire [3:0] h1_t0_1_t0_0s;
  wire [3:0] h1_t0_1_t0_0c;
  wire [3:0] h1_c0_1;
  wire [3:0] h1_v0_2_0;
  wire [3:0] h1_v0_2_1;
  wire [3:0] h1_v0_2_2;
  wire [3:0] h1_v0_2_3;
  wire [3:0] h1_t0_2_t0_0s;
  wire [3:0] h1_t0_2_t0_0c;
  wire [3:0] h1_c0_2;
  wire [3:0] h1_v0_3_0;
  wire [3:0] h1_v0_3_1;
  wire [3:0] h1_v0_3_2;
  wire [3:0] h1_v0_3_3;
  wire [3:0] h1_t0_3_t0_0s;
  wire [3:0] h1_t0_3_t0_0c;
  wire [3:0] h1_c0_3;
  wire [3:0] h2_v0_0_0;
  wire [3:0] h2_v0_0_1;
  wire [3:0] h2_v0_0_2;
  wire [3:0] h2_v0_0_3;
  wire [3:0] h2_t0_0_t0_0s;
  wire [3:0] h2_t0_0_t0_0c;
  wire [3:0] h2_c0_0;
  wire [3:0] h2_v0_1_0;
  wire [3:0] h2_v0_1_1;
  wire [3:0] h2_v0_1_2;
  wire [3:0] h2_v0_1_3;
  wire [3:0] h2_t0_1_t0_0s;
  wire [3:0] h2_t0_1_t0_0c;
  wire [3:0] h2_c0_1;
  wire [3:0] h2_v0_2_0;
  wire [3:0] h2_v0_2_1;
  wire [3:0] h2_v0_2_2;
  wire [3:0] h2_v0_2_3;
  wire [3:0] h2_t0_2_t0_0s;
  wire [3:0] h2_t0_2_t0_0c;
  wire [3:0] h2_c0_2;
  wire [3:0] h2_v0_3_0;
  wire [3:0] h2_v0_3_1;
  wire [3:0] h2_v0_3_2;
  wire [3:0] h2_v0_3_3;
  wire [3:0] h2_t0_3_t0_0s;
  wire [3:0] h2_t0_3_t0_0c;
  wire [3:0] h2_c0_3;
  wire [3:0] h3_v0_0_0;
  wire [3:0] h3_v0_0_1;
  wire [3:0] h3_v0_0_2;
  wire [3:0] h3_v0_0_3;
  wire [3:0] h3_t0_0_t0_0s;
  wire [3:0] h3_t0_0_t0_0c;
  wire [3:0] h3_c0_0;
  wire [3:0] h3_v0_1_0;
  wire [3:0] h3_v0_1_1;
  wire [3:0] h3_v0_1_2;
  wire [3:0] h3_v0_1_3;
  wire [3:0] h3_t0_1_t0_0s;
  wire [3:0] h3_t0_1_t0_0c;
  wire [3:0] h3_c0_1;
  wire [3:0] h3_v0_2_0;
  wire [3:0] h3_v0_2_1;
  wire [3:0] h3_v0_2_2;
  wire [3:0] h3_v0_2_3;
  wire [3:0] h3_t0_2_t0_0s;
  wire [3:0] h3_t0_2_t0_0c;
  wire [3:0] h3_c0_2;
  wire [3:0] h3_v0_3_0;
  wire [3:0] h3_v0_3_1;
  wire [3:0] h3_v0_3_2;
  wire [3:0] h3_v0_3_3;
  wire [3:0] h3_t0_3_t0_0s;
  wire [3:0] h3_t0_3_t0_0c;
  wire [3:0] h3_c0_3;
  wire [3:0] h4_v0_0_0;
  wire [3:0] h4_v0_0_1;
  wire [3:0] h4_v0_0_2;
  wire [3:0] h4_v0_0_3;
  wire [3:0] h4_t0_0_t0_0s;
  wire [3:0] h4_t0_0_t0_0c;
  wire [3:0] h4_c0_0;
  wire [3:0] h4_v0_1_0;
  wire [3:0] h4_v0_1_1;
  wire [3:0] h4_v0_1_2;
  wire [3:0] h4_v0_1_3;
  wire [3:0] h4_t0_1_t0_0s;
  wire [3:0] h4_t0_1_t0_0c;
  wire [3:0] h4_c0_1;
  wire [3:0] h4_v0_2_0;
  wire [3:0] h4_v0_2_1;
  wire [3:0] h4_v0_2_2;
  wire [3:0] h4_v0_2_3;
  wire [3:0] h4_t0_2_t0_0s;
  wire [3:0] h4_t0_2_t0_0c;
  wire [3:0] h4_c0_2;
  wire [3:0] h4_v0_3_0;
  wire [3:0] h4_v0_3_1;
  wire [3:0] h4_v0_3_2;
  wire [3:0] h4_v0_3_3;
  wire [3:0] h4_t0_3_t0_0s;
  wire [3:0] h4_t0_3_t0_0c;
  wire [3:0] h4_c0_3;
  wire [3:0] h5_v0_0_0;
  wire [3:0] h5_v0_0_1;
  wire [3:0] h5_v0_0_2;
  wire [3:0] h5_v0_0_3;
  wire [3:0] h5_t0_0_t0_0s;
  wire [3:0] h5_t0_0_t0_0c;
  wire [3:0] h5_c0_0;
  wire [3:0] h5_v0_1_0;
  wire [3:0] h5_v0_1_1;
  wire [3:0] h5_v0_1_2;
  wire [3:0] h5_v0_1_3;
  wire [3:0] h5_t0_1_t0_0s;
  wire [3:0] h5_t0_1_t0_0c;
  wire [3:0] h5_c0_1;
  wire [3:0] h5_v0_2_0;
  wire [3:0] h5_v0_2_1;
  wire [3:0] h5_v0_2_2;
  wire [3:0] h5_v0_2_3;
  wire [3:0] h5_t0_2_t0_0s;
  wire [3:0] h5_t0_2_t0_0c;
  wire [3:0] h5_c0_2;
  wire [3:0] h5_v0_3_0;
  wire [3:0] h5_v0_3_1;
  wire [3:0] h5_v0_3_2;
  wire [3:0] h5_v0_3_3;
  wire [3:0] h5_t0_3_t0_0s;
  wire [3:0] h5_t0_3_t0_0c;
  wire [3:0] h5_c0_3;
  wire [3:0] h6_v0_0_0;
  wire [3:0] h6_v0_0_1;
  wire [3:0] h6_v0_0_2;
  wire [3:0] h6_v0_0_3;
  wire [3:0] h6_t0_0_t0_0s;
  wire [3:0] h6_t0_0_t0_0c;
  wire [3:0] h6_c0_0;
  wire [3:0] h6_v0_1_0;
  wire [3:0] h6_v0_1_1;
  wire [3:0] h6_v0_1_2;
  wire [3:0] h6_v0_1_3;
  wire [3:0] h6_t0_1_t0_0s;
  wire [3:0] h6_t0_1_t0_0c;
  wire [3:0] h6_c0_1;
  wire [3:0] h6_v0_2_0;
  wire [3:0] h6_v0_2_1;
  wire [3:0] h6_v0_2_2;
  wire [3:0] h6_v0_2_3;
  wire [3:0] h6_t0_2_t0_0s;
  wire [3:0] h6_t0_2_t0_0c;
  wire [3:0] h6_c0_2;
  wire [3:0] h6_v0_3_0;
  wire [3:0] h6_v0_3_1;
  wire [3:0] h6_v0_3_2;
  wire [3:0] h6_v0_3_3;
  wire [3:0] h6_t0_3_t0_0s;
  wire [3:0] h6_t0_3_t0_0c;
  wire [3:0] h6_c0_3;
  wire [3:0] h7_v0_0_0;
  wire [3:0] h7_v0_0_1;
  wire [3:0] h7_v0_0_2;
  wire [3:0] h7_v0_0_3;
  wire [3:0] h7_t0_0_t0_0s;
  wire [3:0] h7_t0_0_t0_0c;
  wire [3:0] h7_c0_0;
  wire [3:0] h7_v0_1_0;
  wire [3:0] h7_v0_1_1;
  wire [3:0] h7_v0_1_2;
  wire [3:0] h7_v0_1_3;
  wire [3:0] h7_t0_1_t0_0s;
  wire [3:0] h7_t0_1_t0_0c;
  wire [3:0] h7_c0_1;
  wire [3:0] h7_v0_2_0;
  wire [3:0] h7_v0_2_1;
  wire [3:0] h7_v0_2_2;
  wire [3:0] h7_v0_2_3;
  wire [3:0] h7_t0_2_t0_0s;
  wire [3:0] h7_t0_2_t0_0c;
  wire [3:0] h7_c0_2;
  wire [3:0] h7_v0_3_0;
  wire [3:0] h7_v0_3_1;
  wire [3:0] h7_v0_3_2;
  wire [3:0] h7_v0_3_3;
  wire [3:0] h7_t0_3_t0_0s;
  wire [3:0] h7_t0_3_t0_0c;
  wire [3:0] h7_c0_3;
  wire [3:0] h8_v0_0_0;
  wire [3:0] h8_v0_0_1;
  wire [3:0] h8_v0_0_2;
  wire [3:0] h8_v0_0_3;
  wire [3:0] h8_t0_0_t0_0s;
  wire [3:0] h8_t0_0_t0_0c;
  wire [3:0] h8_c0_0;
  wire [3:0] h8_v0_1_0;
  wire [3:0] h8_v0_1_1;
  wire [3:0] h8_v0_1_2;
  wire [3:0] h8_v0_1_3;
  wire [3:0] h8_t0_1_t0_0s;
  wire [3:0] h8_t0_1_t0_0c;
  wire [3:0] h8_c0_1;
  wire [3:0] h8_v0_2_0;
  wire [3:0] h8_v0_2_1;
  wire [3:0] h8_v0_2_2;
  wire [3:0] h8_v0_2_3;
  wire [3:0] h8_t0_2_t0_0s;
  wire [3:0] h8_t0_2_t0_0c;
  wire [3:0] h8_c0_2;
  wire [3:0] h8_v0_3_0;
  wire [3:0] h8_v0_3_1;
  wire [3:0] h8_v0_3_2;
  wire [3:0] h8_v0_3_3;
  wire [3:0] h8_t0_3_t0_0s;
  wire [3:0] h8_t0_3_t0_0c;
  wire [3:0] h8_c0_3;
  wire [3:0] h9_v0_0_0;
  wire [3:0] h9_v0_0_1;
  wire [3:0] h9_v0_0_2;
  wire [3:0] h9_v0_0_3;
  wire [3:0] h9_t0_0_t0_0s;
  wire [3:0] h9_t0_0_t0_0c;
  wire [3:0] h9_c0_0;
  wire [3:0] h9_v0_1_0;
  wire [3:0] h9_v0_1_1;
  wire [3:0] h9_v0_1_2;
  wire [3:0] h9_v0_1_3;
  wire [3:0] h9_t0_1_t0_0s;
  wire [3:0] h9_t0_1_t0_0c;
  wire [3:0] h9_c0_1;
  wire [3:0] h9_v0_2_0;
  wire [3:0] h9_v0_2_1;
  wire [3:0] h9_v0_2_2;
  wire [3:0] h9_v0_2_3;
  wire [3:0] h9_t0_2_t0_0s;
  wire [3:0] h9_t0_2_t0_0c;
  wire [3:0] h9_c0_2;
  wire [3:0] h9_v0_3_0;
  wire [3:0] h9_v0_3_1;
  wire [3:0] h9_v0_3_2;
  wire [3:0] h9_v0_3_3;
  wire [3:0] h9_t0_3_t0_0s;
  wire [3:0] h9_t0_3_t0_0c;
  wire [3:0] h9_c0_3;
  wire [3:0] h10_v0_0_0;
  wire [3:0] h10_v0_0_1;
  wire [3:0] h10_v0_0_2;
  wire [3:0] h10_v0_0_3;
  wire [3:0] h10_t0_0_t0_0s;
  wire [3:0] h10_t0_0_t0_0c;
  wire [3:0] h10_c0_0;
  wire [3:0] h10_v0_1_0;
  wire [3:0] h10_v0_1_1;
  wire [3:0] h10_v0_1_2;
  wire [3:0] h10_v0_1_3;
  wire [3:0] h10_t0_1_t0_0s;
  wire [3:0] h10_t0_1_t0_0c;
  wire [3:0] h10_c0_1;
  wire [3:0] h10_v0_2_0;
  wire [3:0] h10_v0_2_1;
  wire [3:0] h10_v0_2_2;
  wire [3:0] h10_v0_2_3;
  wire [3:0] h10_t0_2_t0_0s;
  wire [3:0] h10_t0_2_t0_0c;
  wire [3:0] h10_c0_2;
  wire [3:0] h10_v0_3_0;
  wire [3:0] h10_v0_3_1;
  wire [3:0] h10_v0_3_2;
  wire [3:0] h10_v0_3_3;
  wire [3:0] h10_t0_3_t0_0s;
  wire [3:0] h10_t0_3_t0_0c;
  wire [3:0] h10_c0_3;
  wire [3:0] h11_v0_0_0;
  wire [3:0] h11_v0_0_1;
  wire [3:0] h11_v0_0_2;
  wire [3:0] h11_v0_0_3;
  wire [3:0] h11_t0_0_t0_0s;
  wire [3:0] h11_t0_0_t0_0c;
  wire [3:0] h11_c0_0;
  wire [3:0] h11_v0_1_0;
  wire [3:0] h11_v0_1_1;
  wire [3:0] h11_v0_1_2;
  wire [3:0] h11_v0_1_3;
  wire [3:0] h11_t0_1_t0_0s;
  wire [3:0] h11_t0_1_t0_0c;
  wire [3:0] h11_c0_1;
  wire [3:0] h11_v0_2_0;
  wire [3:0] h11_v0_2_1;
  wire [3:0] h11_v0_2_2;
  wire [3:0] h11_v0_2_3;
  wire [3:0] h11_t0_2_t0_0s;
  wire [3:0] h11_t0_2_t0_0c;
  wire [3:0] h11_c0_2;
  wire [3:0] h11_v0_3_0;
  wire [3:0] h11_v0_3_1;
  wire [3:0] h11_v0_3_2;
  wire [3:0] h11_v0_3_3;
  wire [3:0] h11_t0_3_t0_0s;
  wire [3:0] h11_t0_3_t0_0c;
  wire [3:0] h11_c0_3;
  wire [3:0] h12_v0_0_0;
  wire [3:0] h12_v0_0_1;
  wire [3:0] h12_v0_0_2;
  wire [3:0] h12_v0_0_3;
  wire [3:0] h12_t0_0_t0_0s;
  wire [3:0] h12_t0_0_t0_0c;
  wire [3:0] h12_c0_0;
  wire [3:0] h12_v0_1_0;
  wire [3:0] h12_v0_1_1;
  wire [3:0] h12_v0_1_2;
  wire [3:0] h12_v0_1_3;
  wire [3:0] h12_t0_1_t0_0s;
  wire [3:0] h12_t0_1_t0_0c;
  wire [3:0] h12_c0_1;
  wire [3:0] h12_v0_2_0;
  wire [3:0] h12_v0_2_1;
  wire [3:0] h12_v0_2_2;
  wire [3:0] h12_v0_2_3;
  wire [3:0] h12_t0_2_t0_0s;
  wire [3:0] h12_t0_2_t0_0c;
  wire [3:0] h12_c0_2;
  wire [3:0] h12_v0_3_0;
  wire [3:0] h12_v0_3_1;
  wire [3:0] h12_v0_3_2;
  wire [3:0] h12_v0_3_3;
  wire [3:0] h12_t0_3_t0_0s;
  wire [3:0] h12_t0_3_t0_0c;
  wire [3:0] h12_c0_3;
  wire [3:0] h13_v0_0_0;
  wire [3:0] h13_v0_0_1;
  wire [3:0] h13_v0_0_2;
  wire [3:0] h13_v0_0_3;
  wire [3:0] h13_t0_0_t0_0s;
  wire [3:0] h13_t0_0_t0_0c;
  wire [3:0] h13_c0_0;
  wire [3:0] h13_v0_1_0;
  wire [3:0] h13_v0_1_1;
  wire [3:0] h13_v0_1_2;
  wire [3:0] h13_v0_1_3;
  wire [3:0] h13_t0_1_t0_0s;
  wire [3:0] h13_t0_1_t0_0c;
  wire [3:0] h13_c0_1;
  wire [3:0] h13_v0_2_0;
  wire [3:0] h13_v0_2_1;
  wire [3:0] h13_v0_2_2;
  wire [3:0] h13_v0_2_3;
  wire [3:0] h13_t0_2_t0_0s;
  wire [3:0] h13_t0_2_t0_0c;
  wire [3:0] h13_c0_2;
  wire [3:0] h13_v0_3_0;
  wire [3:0] h13_v0_3_1;
  wire [3:0] h13_v0_3_2;
  wire [3:0] h13_v0_3_3;
  wire [3:0] h13_t0_3_t0_0s;
  wire [3:0] h13_t0_3_t0_0c;
  wire [3:0] h13_c0_3;
  wire [3:0] h14_v0_0_0;
  wire [3:0] h14_v0_0_1;
  wire [3:0] h14_v0_0_2;
  wire [3:0] h14_v0_0_3;
  wire [3:0] h14_t0_0_t0_0s;
  wire [3:0] h14_t0_0_t0_0c;
  wire [3:0] h14_c0_0;
  wire [3:0] h14_v0_1_0;
  wire [3:0] h14_v0_1_1;
  wire [3:0] h14_v0_1_2;
  wire [3:0] h14_v0_1_3;
  wire [3:0] h14_t0_1_t0_0s;
  wire [3:0] h14_t0_1_t0_0c;
  wire [3:0] h14_c0_1;
  wire [3:0] h14_v0_2_0;
  wire [3:0] h14_v0_2_1;
  wire [3:0] h14_v0_2_2;
  wire [3:0] h14_v0_2_3;
  wire [3:0] h14_t0_2_t0_0s;
  wire [3:0] h14_t0_2_t0_0c;
  wire [3:0] h14_c0_2;
  wire [3:0] h14_v0_3_0;
  wire [3:0] h14_v0_3_1;
  wire [3:0] h14_v0_3_2;
  wire [3:0] h14_v0_3_3;
  wire [3:0] h14_t0_3_t0_0s;
  wire [3:0] h14_t0_3_t0_0c;
  wire [3:0] h14_c0_3;
  wire [5:0] h0_v1_0_0;
  wire [5:0] h0_v1_0_1;
  wire [5:0] h0_v1_0_2;
  wire [5:0] h0_v1_0_3;
  wire [5:0] h0_t1_0_t0_0s;
  wire [5:0] h0_t1_0_t0_0c;
  wire [5:0] h0_c1_0;
  wire [5:0] h1_v1_0_0;
  wire [5:0] h1_v1_0_1;
  wire [5:0] h1_v1_0_2;
  wire [5:0] h1_v1_0_3;
  wire [5:0] h1_t1_0_t0_0s;
  wire [5:0] h1_t1_0_t0_0c;
  wire [5:0] h1_c1_0;
  wire [5:0] h2_v1_0_0;
  wire [5:0] h2_v1_0_1;
  wire [5:0] h2_v1_0_2;
  wire [5:0] h2_v1_0_3;
  wire [5:0] h2_t1_0_t0_0s;
  wire [5:0] h2_t1_0_t0_0c;
  wire [5:0] h2_c1_0;
  wire [5:0] h3_v1_0_0;
  wire [5:0] h3_v1_0_1;
  wire [5:0] h3_v1_0_2;
  wire [5:0] h3_v1_0_3;
  wire [5:0] h3_t1_0_t0_0s;
  wire [5:0] h3_t1_0_t0_0c;
  wire [5:0] h3_c1_0;
  wire [5:0] h4_v1_0_0;
  wire [5:0] h4_v1_0_1;
  wire [5:0] h4_v1_0_2;
  wire [5:0] h4_v1_0_3;
  wire [5:0] h4_t1_0_t0_0s;
  wire [5:0] h4_t1_0_t0_0c;
  wire [5:0] h4_c1_0;
  wire [5:0] h5_v1_0_0;
  wire [5:0] h5_v1_0_1;
  wire [5:0] h5_v1_0_2;
  wire [5:0] h5_v1_0_3;
  wire [5:0] h5_t1_0_t0_0s;
  wire [5:0] h5_t1_0_t0_0c;
  wire [5:0] h5_c1_0;
  wire [5:0] h6_v1_0_0;
  wire [5:0] h6_v1_0_1;
  wire [5:0] h6_v1_0_2;
  wire [5:0] h6_v1_0_3;
  wire [5:0] h6_t1_0_t0_0s;
  wire [5:0] h6_t1_0_t0_0c;
  wire [5:0] h6_c1_0;
  wire [5:0] h7_v1_0_0;
  wire [5:0] h7_v1_0_1;
  wire [5:0] h7_v1_0_2;
  wire [5:0] h7_v1_0_3;
  wire [5:0] h7_t1_0_t0_0s;
  wire [5:0] h7_t1_0_t0_0c;
  wire [5:0] h7_c1_0;
  wire [5:0] h8_v1_0_0;
  wire [5:0] h8_v1_0_1;
  wire [5:0] h8_v1_0_2;
  wire [5:0] h8_v1_0_3;
  wire [5:0] h8_t1_0_t0_0s;
  wire [5:0] h8_t1_0_t0_0c;
  wire [5:0] h8_c1_0;
  wire [5:0] h9_v1_0_0;
  wire [5:0] h9_v1_0_1;
  wire [5:0] h9_v1_0_2;
  wire [5:0] h9_v1_0_3;
  wire [5:0] h9_t1_0_t0_0s;
  wire [5:0] h9_t1_0_t0_0c;
  wire [5:0] h9_c1_0;
  wire [5:0] h10_v1_0_0;
  wire [5:0] h10_v1_0_1;
  wire [5:0] h10_v1_0_2;
  wire [5:0] h10_v1_0_3;
  wire [5:0] h10_t1_0_t0_0s;
  wire [5:0] h10_t1_0_t0_0c;
  wire [5:0] h10_c1_0;
  wire [5:0] h11_v1_0_0;
  wire [5:0] h11_v1_0_1;
  wire [5:0] h11_v1_0_2;
  wire [5:0] h11_v1_0_3;
  wire [5:0] h11_t1_0_t0_0s;
  wire [5:0] h11_t1_0_t0_0c;
  wire [5:0] h11_c1_0;
  wire [5:0] h12_v1_0_0;
  wire [5:0] h12_v1_0_1;
  wire [5:0] h12_v1_0_2;
  wire [5:0] h12_v1_0_3;
  wire [5:0] h12_t1_0_t0_0s;
  wire [5:0] h12_t1_0_t0_0c;
  wire [5:0] h12_c1_0;
  wire [5:0] h13_v1_0_0;
  wire [5:0] h13_v1_0_1;
  wire [5:0] h13_v1_0_2;
  wire [5:0] h13_v1_0_3;
  wire [5:0] h13_t1_0_t0_0s;
  wire [5:0] h13_t1_0_t0_0c;
  wire [5:0] h13_c1_0;
  wire [5:0] h14_v1_0_0;
  wire [5:0] h14_v1_0_1;
  wire [5:0] h14_v1_0_2;
  wire [5:0] h14_v1_0_3;
  wire [5:0] h14_t1_0_t0_0s;
  wire [5:0] h14_t1_0_t0_0c;
  wire [5:0] h14_c1_0;
  wire [31:0] hw0;
  wire [31:0] hw1;
  wire [31:0] hw2;
  wire [31:0] hw3;
  wire [31:0] hw4;
  wire [31:0] hw5;
  wire [31:0] hk;
  wire [31:0] acc_xs;
  wire [31:0] acc_xc;
  wire [31:0] acc_t0_0s;
  wire [31:0] acc_t0_0c;
  wire [31:0] acc_t0_1s;
  wire [31:0] acc_t0_1c;
  wire [31:0] acc_t1_0s;
  wire [31:0] acc_t1_0c;
  wire [31:0] acc_t2_0s;
  wire [31:0] acc_t2_0c;
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
  reg [3:0] q0_l4_e;
  reg q0_l4_on;
  reg q0_l4_neg;
  reg [3:0] q0_l5_e;
  reg q0_l5_on;
  reg q0_l5_neg;
  reg [3:0] q0_l6_e;
  reg q0_l6_on;
  reg q0_l6_neg;
  reg [3:0] q0_l7_e;
  reg q0_l7_on;
  reg q0_l7_neg;
  reg [3:0] q0_l8_e;
  reg q0_l8_on;
  reg q0_l8_neg;
  reg [3:0] q0_l9_e;
  reg q0_l9_on;
  reg q0_l9_neg;
  reg [3:0] q0_l10_e;
  reg q0_l10_on;
  reg q0_l10_neg;
  reg [3:0] q0_l11_e;
  reg q0_l11_on;
  reg q0_l11_neg;
  reg [3:0] q0_l12_e;
  reg q0_l12_on;
  reg q0_l12_neg;
  reg [3:0] q0_l13_e;
  reg q0_l13_on;
  reg q0_l13_neg;
  reg [3:0] q0_l14_e;
  reg q0_l14_on;
  reg q0_l14_neg;
  reg [3:0] q0_l15_e;
  reg q0_l15_on;
  reg q0_l15_neg;
  reg [3:0] h0_q0_0;
  reg [3:0] h0_q0_1;
  reg [3:0] h0_q0_2;
  reg [3:0] h0_q0_3;
  reg [3:0] h1_q0_0;
  reg [3:0] h1_q0_1;
  reg [3:0] h1_q0_2;
  reg [3:0] h1_q0_3;
  reg [3:0] h2_q0_0;
  reg [3:0] h2_q0_1;
  reg [3:0] h2_q0_2;
  reg [3:0] h2_q0_3;
  reg [3:0] h3_q0_0;
  reg [3:0] h3_q0_1;
  reg [3:0] h3_q0_2;
  reg [3:0] h3_q0_3;
  reg [3:0] h4_q0_0;
  reg [3:0] h4_q0_1;
  reg [3:0] h4_q0_2;
  reg [3:0] h4_q0_3;
  reg [3:0] h5_q0_0;
  reg [3:0] h5_q0_1;
  reg [3:0] h5_q0_2;
  reg [3:0] h5_q0_3;
  reg [3:0] h6_q0_0;
  reg [3:0] h6_q0_1;
  reg [3:0] h6_q0_2;
  reg [3:0] h6_q0_3;
  reg [3:0] h7_q0_0;
  reg [3:0] h7_q0_1;
  reg [3:0] h7_q0_2;
  reg [3:0] h7_q0_3;
  reg [3:0] h8_q0_0;
  reg [3:0] h8_q0_1;
  reg [3:0] h8_q0_2;
  reg [3:0] h8_q0_3;
  reg [3:0] h9_q0_0;
  reg [3:0] h9_q0_1;
  reg [3:0] h9_q0_2;
  reg [3:0] h9_q0_3;
  reg [3:0] h10_q0_0;
  reg [3:0] h10_q0_1;
  reg [3:0] h10_q0_2;
  reg [3:0] h10_q0_3;
  reg [3:0] h11_q0_0;
  reg [3:0] h11_q0_1;
  reg [3:0] h11_q0_2;
  reg [3:0] h11_q0_3;
  reg [3:0] h12_q0_0;
  reg [3:0] h12_q0_1;
  reg [3:0] h12_q0_2;
  reg [3:0] h12_q0_3;
  reg [3:0] h13_q0_0;
  reg [3:0] h13_q0_1;
  reg [3:0] h13_q0_2;
  reg [3:0] h13_q0_3;
  reg [3:0] h14_q0_0;
  reg [3:0] h14_q0_1;
  reg [3:0] h14_q0_2;
  reg [3:0] h14_q0_3;
  reg [5:0] h0_q1_0;
  reg [5:0] h1_q1_0;
  reg [5:0] h2_q1_0;
  reg [5:0] h3_q1_0;
  reg [5:0] h4_q1_0;
  reg [5:0] h5_q1_0;
  reg [5:0] h6_q1_0;
  reg [5:0] h7_q1_0;
  reg [5:0] h8_q1_0;
  reg [5:0] h9_q1_0;
  reg [5:0] h10_q1_0;
  reg [5:0] h11_q1_0;
  reg [5:0] h12_q1_0;
  reg [5:0] h13_q1_0;
  reg [5:0] h14_q1_0;
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
  assign l4_on = ta[24] & tb[24] & act[4];
  assign l4_neg = ta[23] ^ tb[23];
  assign l5_on = ta[29] & tb[29] & act[5];
  assign l5_neg = ta[28] ^ tb[28];
  assign l6_on = ta[34] & tb[34] & act[6];
  assign l6_neg = ta[33] ^ tb[33];
  assign l7_on = ta[39] & tb[39] & act[7];
  assign l7_neg = ta[38] ^ tb[38];
  assign l8_on = ta[44] & tb[44] & act[8];
  assign l8_neg = ta[43] ^ tb[43];
  assign l9_on = ta[49] & tb[49] & act[9];
  assign l9_neg = ta[48] ^ tb[48];
  assign l10_on = ta[54] & tb[54] & act[10];
  assign l10_neg = ta[53] ^ tb[53];
  assign l11_on = ta[59] & tb[59] & act[11];
  assign l11_neg = ta[58] ^ tb[58];
  assign l12_on = ta[64] & tb[64] & act[12];
  assign l12_neg = ta[63] ^ tb[63];
  assign l13_on = ta[69] & tb[69] & act[13];
  assign l13_neg = ta[68] ^ tb[68];
  assign l14_on = ta[74] & tb[74] & act[14];
  assign l14_neg = ta[73] ^ tb[73];
  assign l15_on = ta[79] & tb[79] & act[15];
  assign l15_neg = ta[78] ^ tb[78];
  assign l0_oh = {14'd0, q0_l0_on} << q0_l0_e;
  assign l1_oh = {14'd0, q0_l1_on} << q0_l1_e;
  assign l2_oh = {14'd0, q0_l2_on} << q0_l2_e;
  assign l3_oh = {14'd0, q0_l3_on} << q0_l3_e;
  assign l4_oh = {14'd0, q0_l4_on} << q0_l4_e;
  assign l5_oh = {14'd0, q0_l5_on} << q0_l5_e;
  assign l6_oh = {14'd0, q0_l6_on} << q0_l6_e;
  assign l7_oh = {14'd0, q0_l7_on} << q0_l7_e;
  assign l8_oh = {14'd0, q0_l8_on} << q0_l8_e;
  assign l9_oh = {14'd0, q0_l9_on} << q0_l9_e;
  assign l10_oh = {14'd0, q0_l10_on} << q0_l10_e;
  assign l11_oh = {14'd0, q0_l11_on} << q0_l11_e;
  assign l12_oh = {14'd0, q0_l12_on} << q0_l12_e;
  assign l13_oh = {14'd0, q0_l13_on} << q0_l13_e;
  assign l14_oh = {14'd0, q0_l14_on} << q0_l14_e;
  assign l15_oh = {14'd0, q0_l15_on} << q0_l15_e;
  assign l0_hp = l0_oh & {15{~q0_l0_neg}};
  assign l1_hp = l1_oh & {15{~q0_l1_neg}};
  assign l2_hp = l2_oh & {15{~q0_l2_neg}};
  assign l3_hp = l3_oh & {15{~q0_l3_neg}};
  assign l4_hp = l4_oh & {15{~q0_l4_neg}};
  assign l5_hp = l5_oh & {15{~q0_l5_neg}};
  assign l6_hp = l6_oh & {15{~q0_l6_neg}};
  assign l7_hp = l7_oh & {15{~q0_l7_neg}};
  assign l8_hp = l8_oh & {15{~q0_l8_neg}};
  assign l9_hp = l9_oh & {15{~q0_l9_neg}};
  assign l10_hp = l10_oh & {15{~q0_l10_neg}};
  assign l11_hp = l11_oh & {15{~q0_l11_neg}};
  assign l12_hp = l12_oh & {15{~q0_l12_neg}};
  assign l13_hp = l13_oh & {15{~q0_l13_neg}};
  assign l14_hp = l14_oh & {15{~q0_l14_neg}};
  assign l15_hp = l15_oh & {15{~q0_l15_neg}};
  assign l0_no = ~l0_oh;
  assign l1_no = ~l1_oh;
  assign l2_no = ~l2_oh;
  assign l3_no = ~l3_oh;
  assign l4_no = ~l4_oh;
  assign l5_no = ~l5_oh;
  assign l6_no = ~l6_oh;
  assign l7_no = ~l7_oh;
  assign l8_no = ~l8_oh;
  assign l9_no = ~l9_oh;
  assign l10_no = ~l10_oh;
  assign l11_no = ~l11_oh;
  assign l12_no = ~l12_oh;
  assign l13_no = ~l13_oh;
  assign l14_no = ~l14_oh;
  assign l15_no = ~l15_oh;
  assign h0_v0_0_0 = {{2{1'b0}}, {l0_hp[0], l0_no[0]}};
  assign h0_v0_0_1 = {{2{1'b0}}, {l1_hp[0], l1_no[0]}};
  assign h0_v0_0_2 = {{2{1'b0}}, {l2_hp[0], l2_no[0]}};
  assign h0_v0_0_3 = {{2{1'b0}}, {l3_hp[0], l3_no[0]}};
  assign h0_v0_1_0 = {{2{1'b0}}, {l4_hp[0], l4_no[0]}};
  assign h0_v0_1_1 = {{2{1'b0}}, {l5_hp[0], l5_no[0]}};
  assign h0_v0_1_2 = {{2{1'b0}}, {l6_hp[0], l6_no[0]}};
  assign h0_v0_1_3 = {{2{1'b0}}, {l7_hp[0], l7_no[0]}};
  assign h0_v0_2_0 = {{2{1'b0}}, {l8_hp[0], l8_no[0]}};
  assign h0_v0_2_1 = {{2{1'b0}}, {l9_hp[0], l9_no[0]}};
  assign h0_v0_2_2 = {{2{1'b0}}, {l10_hp[0], l10_no[0]}};
  assign h0_v0_2_3 = {{2{1'b0}}, {l11_hp[0], l11_no[0]}};
  assign h0_v0_3_0 = {{2{1'b0}}, {l12_hp[0], l12_no[0]}};
  assign h0_v0_3_1 = {{2{1'b0}}, {l13_hp[0], l13_no[0]}};
  assign h0_v0_3_2 = {{2{1'b0}}, {l14_hp[0], l14_no[0]}};
  assign h0_v0_3_3 = {{2{1'b0}}, {l15_hp[0], l15_no[0]}};
  assign h1_v0_0_0 = {{2{1'b0}}, {l0_hp[1], l0_no[1]}};
  assign h1_v0_0_1 = {{2{1'b0}}, {l1_hp[1], l1_no[1]}};
  assign h1_v0_0_2 = {{2{1'b0}}, {l2_hp[1], l2_no[1]}};
  assign h1_v0_0_3 = {{2{1'b0}}, {l3_hp[1], l3_no[1]}};
  assign h1_v0_1_0 = {{2{1'b0}}, {l4_hp[1], l4_no[1]}};
  assign h1_v0_1_1 = {{2{1'b0}}, {l5_hp[1], l5_no[1]}};
  assign h1_v0_1_2 = {{2{1'b0}}, {l6_hp[1], l6_no[1]}};
  assign h1_v0_1_3 = {{2{1'b0}}, {l7_hp[1], l7_no[1]}};
  assign h1_v0_2_0 = {{2{1'b0}}, {l8_hp[1], l8_no[1]}};
  assign h1_v0_2_1 = {{2{1'b0}}, {l9_hp[1], l9_no[1]}};
  assign h1_v0_2_2 = {{2{1'b0}}, {l10_hp[1], l10_no[1]}};
  assign h1_v0_2_3 = {{2{1'b0}}, {l11_hp[1], l11_no[1]}};
  assign h1_v0_3_0 = {{2{1'b0}}, {l12_hp[1], l12_no[1]}};
  assign h1_v0_3_1 = {{2{1'b0}}, {l13_hp[1], l13_no[1]}};
  assign h1_v0_3_2 = {{2{1'b0}}, {l14_hp[1], l14_no[1]}};
  assign h1_v0_3_3 = {{2{1'b0}}, {l15_hp[1], l15_no[1]}};
  assign h2_v0_0_0 = {{2{1'b0}}, {l0_hp[2], l0_no[2]}};
  assign h2_v0_0_1 = {{2{1'b0}}, {l1_hp[2], l1_no[2]}};
  assign h2_v0_0_2 = {{2{1'b0}}, {l2_hp[2], l2_no[2]}};
  assign h2_v0_0_3 = {{2{1'b0}}, {l3_hp[2], l3_no[2]}};
  assign h2_v0_1_0 = {{2{1'b0}}, {l4_hp[2], l4_no[2]}};
  assign h2_v0_1_1 = {{2{1'b0}}, {l5_hp[2], l5_no[2]}};
  assign h2_v0_1_2 = {{2{1'b0}}, {l6_hp[2], l6_no[2]}};
  assign h2_v0_1_3 = {{2{1'b0}}, {l7_hp[2], l7_no[2]}};
  assign h2_v0_2_0 = {{2{1'b0}}, {l8_hp[2], l8_no[2]}};
  assign h2_v0_2_1 = {{2{1'b0}}, {l9_hp[2], l9_no[2]}};
  assign h2_v0_2_2 = {{2{1'b0}}, {l10_hp[2], l10_no[2]}};
  assign h2_v0_2_3 = {{2{1'b0}}, {l11_hp[2], l11_no[2]}};
  assign h2_v0_3_0 = {{2{1'b0}}, {l12_hp[2], l12_no[2]}};
  assign h2_v0_3_1 = {{2{1'b0}}, {l13_hp[2], l13_no[2]}};
  assign h2_v0_3_2 = {{2{1'b0}}, {l14_hp[2], l14_no[2]}};
  assign h2_v0_3_3 = {{2{1'b0}}, {l15_hp[2], l15_no[2]}};
  assign h3_v0_0_0 = {{2{1'b0}}, {l0_hp[3], l0_no[3]}};
  assign h3_v0_0_1 = {{2{1'b0}}, {l1_hp[3], l1_no[3]}};
  assign h3_v0_0_2 = {{2{1'b0}}, {l2_hp[3], l2_no[3]}};
  assign h3_v0_0_3 = {{2{1'b0}}, {l3_hp[3], l3_no[3]}};
  assign h3_v0_1_0 = {{2{1'b0}}, {l4_hp[3], l4_no[3]}};
  assign h3_v0_1_1 = {{2{1'b0}}, {l5_hp[3], l5_no[3]}};
  assign h3_v0_1_2 = {{2{1'b0}}, {l6_hp[3], l6_no[3]}};
  assign h3_v0_1_3 = {{2{1'b0}}, {l7_hp[3], l7_no[3]}};
  assign h3_v0_2_0 = {{2{1'b0}}, {l8_hp[3], l8_no[3]}};
  assign h3_v0_2_1 = {{2{1'b0}}, {l9_hp[3], l9_no[3]}};
  assign h3_v0_2_2 = {{2{1'b0}}, {l10_hp[3], l10_no[3]}};
  assign h3_v0_2_3 = {{2{1'b0}}, {l11_hp[3], l11_no[3]}};
  assign h3_v0_3_0 = {{2{1'b0}}, {l12_hp[3], l12_no[3]}};
  assign h3_v0_3_1 = {{2{1'b0}}, {l13_hp[3], l13_no[3]}};
  assign h3_v0_3_2 = {{2{1'b0}}, {l14_hp[3], l14_no[3]}};
  assign h3_v0_3_3 = {{2{1'b0}}, {l15_hp[3], l15_no[3]}};
  assign h4_v0_0_0 = {{2{1'b0}}, {l0_hp[4], l0_no[4]}};
  assign h4_v0_0_1 = {{2{1'b0}}, {l1_hp[4], l1_no[4]}};
  assign h4_v0_0_2 = {{2{1'b0}}, {l2_hp[4], l2_no[4]}};
  assign h4_v0_0_3 = {{2{1'b0}}, {l3_hp[4], l3_no[4]}};
  assign h4_v0_1_0 = {{2{1'b0}}, {l4_hp[4], l4_no[4]}};
  assign h4_v0_1_1 = {{2{1'b0}}, {l5_hp[4], l5_no[4]}};
  assign h4_v0_1_2 = {{2{1'b0}}, {l6_hp[4], l6_no[4]}};
  assign h4_v0_1_3 = {{2{1'b0}}, {l7_hp[4], l7_no[4]}};
  assign h4_v0_2_0 = {{2{1'b0}}, {l8_hp[4], l8_no[4]}};
  assign h4_v0_2_1 = {{2{1'b0}}, {l9_hp[4], l9_no[4]}};
  assign h4_v0_2_2 = {{2{1'b0}}, {l10_hp[4], l10_no[4]}};
  assign h4_v0_2_3 = {{2{1'b0}}, {l11_hp[4], l11_no[4]}};
  assign h4_v0_3_0 = {{2{1'b0}}, {l12_hp[4], l12_no[4]}};
  assign h4_v0_3_1 = {{2{1'b0}}, {l13_hp[4], l13_no[4]}};
  assign h4_v0_3_2 = {{2{1'b0}}, {l14_hp[4], l14_no[4]}};
  assign h4_v0_3_3 = {{2{1'b0}}, {l15_hp[4], l15_no[4]}};
  assign h5_v0_0_0 = {{2{1'b0}}, {l0_hp[5], l0_no[5]}};
  assign h5_v0_0_1 = {{2{1'b0}}, {l1_hp[5], l1_no[5]}};
  assign h5_v0_0_2 = {{2{1'b0}}, {l2_hp[5], l2_no[5]}};
  assign h5_v0_0_3 = {{2{1'b0}}, {l3_hp[5], l3_no[5]}};
  assign h5_v0_1_0 = {{2{1'b0}}, {l4_hp[5], l4_no[5]}};
  assign h5_v0_1_1 = {{2{1'b0}}, {l5_hp[5], l5_no[5]}};
  assign h5_v0_1_2 = {{2{1'b0}}, {l6_hp[5], l6_no[5]}};
  assign h5_v0_1_3 = {{2{1'b0}}, {l7_hp[5], l7_no[5]}};
  assign h5_v0_2_0 = {{2{1'b0}}, {l8_hp[5], l8_no[5]}};
  assign h5_v0_2_1 = {{2{1'b0}}, {l9_hp[5], l9_no[5]}};
  assign h5_v0_2_2 = {{2{1'b0}}, {l10_hp[5], l10_no[5]}};
  assign h5_v0_2_3 = {{2{1'b0}}, {l11_hp[5], l11_no[5]}};
  assign h5_v0_3_0 = {{2{1'b0}}, {l12_hp[5], l12_no[5]}};
  assign h5_v0_3_1 = {{2{1'b0}}, {l13_hp[5], l13_no[5]}};
  assign h5_v0_3_2 = {{2{1'b0}}, {l14_hp[5], l14_no[5]}};
  assign h5_v0_3_3 = {{2{1'b0}}, {l15_hp[5], l15_no[5]}};
  assign h6_v0_0_0 = {{2{1'b0}}, {l0_hp[6], l0_no[6]}};
  assign h6_v0_0_1 = {{2{1'b0}}, {l1_hp[6], l1_no[6]}};
  assign h6_v0_0_2 = {{2{1'b0}}, {l2_hp[6], l2_no[6]}};
  assign h6_v0_0_3 = {{2{1'b0}}, {l3_hp[6], l3_no[6]}};
  assign h6_v0_1_0 = {{2{1'b0}}, {l4_hp[6], l4_no[6]}};
  assign h6_v0_1_1 = {{2{1'b0}}, {l5_hp[6], l5_no[6]}};
  assign h6_v0_1_2 = {{2{1'b0}}, {l6_hp[6], l6_no[6]}};
  assign h6_v0_1_3 = {{2{1'b0}}, {l7_hp[6], l7_no[6]}};
  assign h6_v0_2_0 = {{2{1'b0}}, {l8_hp[6], l8_no[6]}};
  assign h6_v0_2_1 = {{2{1'b0}}, {l9_hp[6], l9_no[6]}};
  assign h6_v0_2_2 = {{2{1'b0}}, {l10_hp[6], l10_no[6]}};
  assign h6_v0_2_3 = {{2{1'b0}}, {l11_hp[6], l11_no[6]}};
  assign h6_v0_3_0 = {{2{1'b0}}, {l12_hp[6], l12_no[6]}};
  assign h6_v0_3_1 = {{2{1'b0}}, {l13_hp[6], l13_no[6]}};
  assign h6_v0_3_2 = {{2{1'b0}}, {l14_hp[6], l14_no[6]}};
  assign h6_v0_3_3 = {{2{1'b0}}, {l15_hp[6], l15_no[6]}};
  assign h7_v0_0_0 = {{2{1'b0}}, {l0_hp[7], l0_no[7]}};
  assign h7_v0_0_1 = {{2{1'b0}}, {l1_hp[7], l1_no[7]}};
  assign h7_v0_0_2 = {{2{1'b0}}, {l2_hp[7], l2_no[7]}};
  assign h7_v0_0_3 = {{2{1'b0}}, {l3_hp[7], l3_no[7]}};
  assign h7_v0_1_0 = {{2{1'b0}}, {l4_hp[7], l4_no[7]}};
  assign h7_v0_1_1 = {{2{1'b0}}, {l5_hp[7], l5_no[7]}};
  assign h7_v0_1_2 = {{2{1'b0}}, {l6_hp[7], l6_no[7]}};
  assign h7_v0_1_3 = {{2{1'b0}}, {l7_hp[7], l7_no[7]}};
  assign h7_v0_2_0 = {{2{1'b0}}, {l8_hp[7], l8_no[7]}};
  assign h7_v0_2_1 = {{2{1'b0}}, {l9_hp[7], l9_no[7]}};
  assign h7_v0_2_2 = {{2{1'b0}}, {l10_hp[7], l10_no[7]}};
  assign h7_v0_2_3 = {{2{1'b0}}, {l11_hp[7], l11_no[7]}};
  assign h7_v0_3_0 = {{2{1'b0}}, {l12_hp[7], l12_no[7]}};
  assign h7_v0_3_1 = {{2{1'b0}}, {l13_hp[7], l13_no[7]}};
  assign h7_v0_3_2 = {{2{1'b0}}, {l14_hp[7], l14_no[7]}};
  assign h7_v0_3_3 = {{2{1'b0}}, {l15_hp[7], l15_no[7]}};
  assign h8_v0_0_0 = {{2{1'b0}}, {l0_hp[8], l0_no[8]}};
  assign h8_v0_0_1 = {{2{1'b0}}, {l1_hp[8], l1_no[8]}};
  assign h8_v0_0_2 = {{2{1'b0}}, {l2_hp[8], l2_no[8]}};
  assign h8_v0_0_3 = {{2{1'b0}}, {l3_hp[8], l3_no[8]}};
  assign h8_v0_1_0 = {{2{1'b0}}, {l4_hp[8], l4_no[8]}};
  assign h8_v0_1_1 = {{2{1'b0}}, {l5_hp[8], l5_no[8]}};
  assign h8_v0_1_2 = {{2{1'b0}}, {l6_hp[8], l6_no[8]}};
  assign h8_v0_1_3 = {{2{1'b0}}, {l7_hp[8], l7_no[8]}};
  assign h8_v0_2_0 = {{2{1'b0}}, {l8_hp[8], l8_no[8]}};
  assign h8_v0_2_1 = {{2{1'b0}}, {l9_hp[8], l9_no[8]}};
  assign h8_v0_2_2 = {{2{1'b0}}, {l10_hp[8], l10_no[8]}};
  assign h8_v0_2_3 = {{2{1'b0}}, {l11_hp[8], l11_no[8]}};
  assign h8_v0_3_0 = {{2{1'b0}}, {l12_hp[8], l12_no[8]}};
  assign h8_v0_3_1 = {{2{1'b0}}, {l13_hp[8], l13_no[8]}};
  assign h8_v0_3_2 = {{2{1'b0}}, {l14_hp[8], l14_no[8]}};
  assign h8_v0_3_3 = {{2{1'b0}}, {l15_hp[8], l15_no[8]}};
  assign h9_v0_0_0 = {{2{1'b0}}, {l0_hp[9], l0_no[9]}};
  assign h9_v0_0_1 = {{2{1'b0}}, {l1_hp[9], l1_no[9]}};
  assign h9_v0_0_2 = {{2{1'b0}}, {l2_hp[9], l2_no[9]}};
  assign h9_v0_0_3 = {{2{1'b0}}, {l3_hp[9], l3_no[9]}};
  assign h9_v0_1_0 = {{2{1'b0}}, {l4_hp[9], l4_no[9]}};
  assign h9_v0_1_1 = {{2{1'b0}}, {l5_hp[9], l5_no[9]}};
  assign h9_v0_1_2 = {{2{1'b0}}, {l6_hp[9], l6_no[9]}};
  assign h9_v0_1_3 = {{2{1'b0}}, {l7_hp[9], l7_no[9]}};
  assign h9_v0_2_0 = {{2{1'b0}}, {l8_hp[9], l8_no[9]}};
  assign h9_v0_2_1 = {{2{1'b0}}, {l9_hp[9], l9_no[9]}};
  assign h9_v0_2_2 = {{2{1'b0}}, {l10_hp[9], l10_no[9]}};
  assign h9_v0_2_3 = {{2{1'b0}}, {l11_hp[9], l11_no[9]}};
  assign h9_v0_3_0 = {{2{1'b0}}, {l12_hp[9], l12_no[9]}};
  assign h9_v0_3_1 = {{2{1'b0}}, {l13_hp[9], l13_no[9]}};
  assign h9_v0_3_2 = {{2{1'b0}}, {l14_hp[9], l14_no[9]}};
  assign h9_v0_3_3 = {{2{1'b0}}, {l15_hp[9], l15_no[9]}};
  assign h10_v0_0_0 = {{2{1'b0}}, {l0_hp[10], l0_no[10]}};
  assign h10_v0_0_1 = {{2{1'b0}}, {l1_hp[10], l1_no[10]}};
  assign h10_v0_0_2 = {{2{1'b0}}, {l2_hp[10], l2_no[10]}};
  assign h10_v0_0_3 = {{2{1'b0}}, {l3_hp[10], l3_no[10]}};
  assign h10_v0_1_0 = {{2{1'b0}}, {l4_hp[10], l4_no[10]}};
  assign h10_v0_1_1 = {{2{1'b0}}, {l5_hp[10], l5_no[10]}};
  assign h10_v0_1_2 = {{2{1'b0}}, {l6_hp[10], l6_no[10]}};
  assign h10_v0_1_3 = {{2{1'b0}}, {l7_hp[10], l7_no[10]}};
  assign h10_v0_2_0 = {{2{1'b0}}, {l8_hp[10], l8_no[10]}};
  assign h10_v0_2_1 = {{2{1'b0}}, {l9_hp[10], l9_no[10]}};
  assign h10_v0_2_2 = {{2{1'b0}}, {l10_hp[10], l10_no[10]}};
  assign h10_v0_2_3 = {{2{1'b0}}, {l11_hp[10], l11_no[10]}};
  assign h10_v0_3_0 = {{2{1'b0}}, {l12_hp[10], l12_no[10]}};
  assign h10_v0_3_1 = {{2{1'b0}}, {l13_hp[10], l13_no[10]}};
  assign h10_v0_3_2 = {{2{1'b0}}, {l14_hp[10], l14_no[10]}};
  assign h10_v0_3_3 = {{2{1'b0}}, {l15_hp[10], l15_no[10]}};
  assign h11_v0_0_0 = {{2{1'b0}}, {l0_hp[11], l0_no[11]}};
  assign h11_v0_0_1 = {{2{1'b0}}, {l1_hp[11], l1_no[11]}};
  assign h11_v0_0_2 = {{2{1'b0}}, {l2_hp[11], l2_no[11]}};
  assign h11_v0_0_3 = {{2{1'b0}}, {l3_hp[11], l3_no[11]}};
  assign h11_v0_1_0 = {{2{1'b0}}, {l4_hp[11], l4_no[11]}};
  assign h11_v0_1_1 = {{2{1'b0}}, {l5_hp[11], l5_no[11]}};
  assign h11_v0_1_2 = {{2{1'b0}}, {l6_hp[11], l6_no[11]}};
  assign h11_v0_1_3 = {{2{1'b0}}, {l7_hp[11], l7_no[11]}};
  assign h11_v0_2_0 = {{2{1'b0}}, {l8_hp[11], l8_no[11]}};
  assign h11_v0_2_1 = {{2{1'b0}}, {l9_hp[11], l9_no[11]}};
  assign h11_v0_2_2 = {{2{1'b0}}, {l10_hp[11], l10_no[11]}};
  assign h11_v0_2_3 = {{2{1'b0}}, {l11_hp[11], l11_no[11]}};
  assign h11_v0_3_0 = {{2{1'b0}}, {l12_hp[11], l12_no[11]}};
  assign h11_v0_3_1 = {{2{1'b0}}, {l13_hp[11], l13_no[11]}};
  assign h11_v0_3_2 = {{2{1'b0}}, {l14_hp[11], l14_no[11]}};
  assign h11_v0_3_3 = {{2{1'b0}}, {l15_hp[11], l15_no[11]}};
  assign h12_v0_0_0 = {{2{1'b0}}, {l0_hp[12], l0_no[12]}};
  assign h12_v0_0_1 = {{2{1'b0}}, {l1_hp[12], l1_no[12]}};
  assign h12_v0_0_2 = {{2{1'b0}}, {l2_hp[12], l2_no[12]}};
  assign h12_v0_0_3 = {{2{1'b0}}, {l3_hp[12], l3_no[12]}};
  assign h12_v0_1_0 = {{2{1'b0}}, {l4_hp[12], l4_no[12]}};
  assign h12_v0_1_1 = {{2{1'b0}}, {l5_hp[12], l5_no[12]}};
  assign h12_v0_1_2 = {{2{1'b0}}, {l6_hp[12], l6_no[12]}};
  assign h12_v0_1_3 = {{2{1'b0}}, {l7_hp[12], l7_no[12]}};
  assign h12_v0_2_0 = {{2{1'b0}}, {l8_hp[12], l8_no[12]}};
  assign h12_v0_2_1 = {{2{1'b0}}, {l9_hp[12], l9_no[12]}};
  assign h12_v0_2_2 = {{2{1'b0}}, {l10_hp[12], l10_no[12]}};
  assign h12_v0_2_3 = {{2{1'b0}}, {l11_hp[12], l11_no[12]}};
  assign h12_v0_3_0 = {{2{1'b0}}, {l12_hp[12], l12_no[12]}};
  assign h12_v0_3_1 = {{2{1'b0}}, {l13_hp[12], l13_no[12]}};
  assign h12_v0_3_2 = {{2{1'b0}}, {l14_hp[12], l14_no[12]}};
  assign h12_v0_3_3 = {{2{1'b0}}, {l15_hp[12], l15_no[12]}};
  assign h13_v0_0_0 = {{2{1'b0}}, {l0_hp[13], l0_no[13]}};
  assign h13_v0_0_1 = {{2{1'b0}}, {l1_hp[13], l1_no[13]}};
  assign h13_v0_0_2 = {{2{1'b0}}, {l2_hp[13], l2_no[13]}};
  assign h13_v0_0_3 = {{2{1'b0}}, {l3_hp[13], l3_no[13]}};
  assign h13_v0_1_0 = {{2{1'b0}}, {l4_hp[13], l4_no[13]}};
  assign h13_v0_1_1 = {{2{1'b0}}, {l5_hp[13], l5_no[13]}};
  assign h13_v0_1_2 = {{2{1'b0}}, {l6_hp[13], l6_no[13]}};
  assign h13_v0_1_3 = {{2{1'b0}}, {l7_hp[13], l7_no[13]}};
  assign h13_v0_2_0 = {{2{1'b0}}, {l8_hp[13], l8_no[13]}};
  assign h13_v0_2_1 = {{2{1'b0}}, {l9_hp[13], l9_no[13]}};
  assign h13_v0_2_2 = {{2{1'b0}}, {l10_hp[13], l10_no[13]}};
  assign h13_v0_2_3 = {{2{1'b0}}, {l11_hp[13], l11_no[13]}};
  assign h13_v0_3_0 = {{2{1'b0}}, {l12_hp[13], l12_no[13]}};
  assign h13_v0_3_1 = {{2{1'b0}}, {l13_hp[13], l13_no[13]}};
  assign h13_v0_3_2 = {{2{1'b0}}, {l14_hp[13], l14_no[13]}};
  assign h13_v0_3_3 = {{2{1'b0}}, {l15_hp[13], l15_no[13]}};
  assign h14_v0_0_0 = {{2{1'b0}}, {l0_hp[14], l0_no[14]}};
  assign h14_v0_0_1 = {{2{1'b0}}, {l1_hp[14], l1_no[14]}};
  assign h14_v0_0_2 = {{2{1'b0}}, {l2_hp[14], l2_no[14]}};
  assign h14_v0_0_3 = {{2{1'b0}}, {l3_hp[14], l3_no[14]}};
  assign h14_v0_1_0 = {{2{1'b0}}, {l4_hp[14], l4_no[14]}};
  assign h14_v0_1_1 = {{2{1'b0}}, {l5_hp[14], l5_no[14]}};
  assign h14_v0_1_2 = {{2{1'b0}}, {l6_hp[14], l6_no[14]}};
  assign h14_v0_1_3 = {{2{1'b0}}, {l7_hp[14], l7_no[14]}};
  assign h14_v0_2_0 = {{2{1'b0}}, {l8_hp[14], l8_no[14]}};
  assign h14_v0_2_1 = {{2{1'b0}}, {l9_hp[14], l9_no[14]}};
  assign h14_v0_2_2 = {{2{1'b0}}, {l10_hp[14], l10_no[14]}};
  assign h14_v0_2_3 = {{2{1'b0}}, {l11_hp[14], l11_no[14]}};
  assign h14_v0_3_0 = {{2{1'b0}}, {l12_hp[14], l12_no[14]}};
  assign h14_v0_3_1 = {{2{1'b0}}, {l13_hp[14], l13_no[14]}};
  assign h14_v0_3_2 = {{2{1'b0}}, {l14_hp[14], l14_no[14]}};
  assign h14_v0_3_3 = {{2{1'b0}}, {l15_hp[14], l15_no[14]}};
  assign h0_v1_0_0 = {{2{1'b0}}, h0_q0_0};
  assign h0_v1_0_1 = {{2{1'b0}}, h0_q0_1};
  assign h0_v1_0_2 = {{2{1'b0}}, h0_q0_2};
  assign h0_v1_0_3 = {{2{1'b0}}, h0_q0_3};
  assign h1_v1_0_0 = {{2{1'b0}}, h1_q0_0};
  assign h1_v1_0_1 = {{2{1'b0}}, h1_q0_1};
  assign h1_v1_0_2 = {{2{1'b0}}, h1_q0_2};
  assign h1_v1_0_3 = {{2{1'b0}}, h1_q0_3};
  assign h2_v1_0_0 = {{2{1'b0}}, h2_q0_0};
  assign h2_v1_0_1 = {{2{1'b0}}, h2_q0_1};
  assign h2_v1_0_2 = {{2{1'b0}}, h2_q0_2};
  assign h2_v1_0_3 = {{2{1'b0}}, h2_q0_3};
  assign h3_v1_0_0 = {{2{1'b0}}, h3_q0_0};
  assign h3_v1_0_1 = {{2{1'b0}}, h3_q0_1};
  assign h3_v1_0_2 = {{2{1'b0}}, h3_q0_2};
  assign h3_v1_0_3 = {{2{1'b0}}, h3_q0_3};
  assign h4_v1_0_0 = {{2{1'b0}}, h4_q0_0};
  assign h4_v1_0_1 = {{2{1'b0}}, h4_q0_1};
  assign h4_v1_0_2 = {{2{1'b0}}, h4_q0_2};
  assign h4_v1_0_3 = {{2{1'b0}}, h4_q0_3};
  assign h5_v1_0_0 = {{2{1'b0}}, h5_q0_0};
  assign h5_v1_0_1 = {{2{1'b0}}, h5_q0_1};
  assign h5_v1_0_2 = {{2{1'b0}}, h5_q0_2};
  assign h5_v1_0_3 = {{2{1'b0}}, h5_q0_3};
  assign h6_v1_0_0 = {{2{1'b0}}, h6_q0_0};
  assign h6_v1_0_1 = {{2{1'b0}}, h6_q0_1};
  assign h6_v1_0_2 = {{2{1'b0}}, h6_q0_2};
  assign h6_v1_0_3 = {{2{1'b0}}, h6_q0_3};
  assign h7_v1_0_0 = {{2{1'b0}}, h7_q0_0};
  assign h7_v1_0_1 = {{2{1'b0}}, h7_q0_1};
  assign h7_v1_0_2 = {{2{1'b0}}, h7_q0_2};
  assign h7_v1_0_3 = {{2{1'b0}}, h7_q0_3};
  assign h8_v1_0_0 = {{2{1'b0}}, h8_q0_0};
  assign h8_v1_0_1 = {{2{1'b0}}, h8_q0_1};
  assign h8_v1_0_2 = {{2{1'b0}}, h8_q0_2};
  assign h8_v1_0_3 = {{2{1'b0}}, h8_q0_3};
  assign h9_v1_0_0 = {{2{1'b0}}, h9_q0_0};
  assign h9_v1_0_1 = {{2{1'b0}}, h9_q0_1};
  assign h9_v1_0_2 = {{2{1'b0}}, h9_q0_2};
  assign h9_v1_0_3 = {{2{1'b0}}, h9_q0_3};
  assign h10_v1_0_0 = {{2{1'b0}}, h10_q0_0};
  assign h10_v1_0_1 = {{2{1'b0}}, h10_q0_1};
  assign h10_v1_0_2 = {{2{1'b0}}, h10_q0_2};
  assign h10_v1_0_3 = {{2{1'b0}}, h10_q0_3};
  assign h11_v1_0_0 = {{2{1'b0}}, h11_q0_0};
  assign h11_v1_0_1 = {{2{1'b0}}, h11_q0_1};
  assign h11_v1_0_2 = {{2{1'b0}}, h11_q0_2};
  assign h11_v1_0_3 = {{2{1'b0}}, h11_q0_3};
  assign h12_v1_0_0 = {{2{1'b0}}, h12_q0_0};
  assign h12_v1_0_1 = {{2{1'b0}}, h12_q0_1};
  assign h12_v1_0_2 = {{2{1'b0}}, h12_q0_2};
  assign h12_v1_0_3 = {{2{1'b0}}, h12_q0_3};
  assign h13_v1_0_0 = {{2{1'b0}}, h13_q0_0};
  assign h13_v1_0_1 = {{2{1'b0}}, h13_q0_1};
  assign h13_v1_0_2 = {{2{1'b0}}, h13_q0_2};
  assign h13_v1_0_3 = {{2{1'b0}}, h13_q0_3};
  assign h14_v1_0_0 = {{2{1'b0}}, h14_q0_0};
  assign h14_v1_0_1 = {{2{1'b0}}, h14_q0_1};
  assign h14_v1_0_2 = {{2{1'b0}}, h14_q0_2};
  assign h14_v1_0_3 = {{2{1'b0}}, h14_q0_3};
  assign hw0 = {14'b0, h12_q1_0[5], h12_q1_0[4], h12_q1_0[3], h12_q1_0[2], h12_q1_0[1], h12_q1_0[0], h6_q1_0[5], h6_q1_0[4], h6_q1_0[3], h6_q1_0[2], h6_q1_0[1], h6_q1_0[0], h0_q1_0[5], h0_q1_0[4], h0_q1_0[3], h0_q1_0[2], h0_q1_0[1], h0_q1_0[0]};
  assign hw1 = {13'b0, h13_q1_0[5], h13_q1_0[4], h13_q1_0[3], h13_q1_0[2], h13_q1_0[1], h13_q1_0[0], h7_q1_0[5], h7_q1_0[4], h7_q1_0[3], h7_q1_0[2], h7_q1_0[1], h7_q1_0[0], h1_q1_0[5], h1_q1_0[4], h1_q1_0[3], h1_q1_0[2], h1_q1_0[1], h1_q1_0[0], 1'b0};
  assign hw2 = {12'b0, h14_q1_0[5], h14_q1_0[4], h14_q1_0[3], h14_q1_0[2], h14_q1_0[1], h14_q1_0[0], h8_q1_0[5], h8_q1_0[4], h8_q1_0[3], h8_q1_0[2], h8_q1_0[1], h8_q1_0[0], h2_q1_0[5], h2_q1_0[4], h2_q1_0[3], h2_q1_0[2], h2_q1_0[1], h2_q1_0[0], 2'b0};
  assign hw3 = {17'b0, h9_q1_0[5], h9_q1_0[4], h9_q1_0[3], h9_q1_0[2], h9_q1_0[1], h9_q1_0[0], h3_q1_0[5], h3_q1_0[4], h3_q1_0[3], h3_q1_0[2], h3_q1_0[1], h3_q1_0[0], 3'b0};
  assign hw4 = {16'b0, h10_q1_0[5], h10_q1_0[4], h10_q1_0[3], h10_q1_0[2], h10_q1_0[1], h10_q1_0[0], h4_q1_0[5], h4_q1_0[4], h4_q1_0[3], h4_q1_0[2], h4_q1_0[1], h4_q1_0[0], 4'b0};
  assign hw5 = {15'b0, h11_q1_0[5], h11_q1_0[4], h11_q1_0[3], h11_q1_0[2], h11_q1_0[1], h11_q1_0[0], h5_q1_0[5], h5_q1_0[4], h5_q1_0[3], h5_q1_0[2], h5_q1_0[1], h5_q1_0[0], 5'b0};
  assign hk = 32'd4294443024;
  assign acc_xs = tq_tq_tq_first_q2 ? 32'd0 : acc_s;
  assign acc_xc = tq_tq_tq_first_q2 ? 32'd0 : acc_c;
  assign res_out = res;
  laconic_c32_cpa_w4 l0_u_e (
    .x({{1{1'b0}}, ta[2:0]}),
    .y({{1{1'b0}}, tb[2:0]}),
    .s(l0_e)
  );
  laconic_c32_cpa_w4 l1_u_e (
    .x({{1{1'b0}}, ta[7:5]}),
    .y({{1{1'b0}}, tb[7:5]}),
    .s(l1_e)
  );
  laconic_c32_cpa_w4 l2_u_e (
    .x({{1{1'b0}}, ta[12:10]}),
    .y({{1{1'b0}}, tb[12:10]}),
    .s(l2_e)
  );
  laconic_c32_cpa_w4 l3_u_e (
    .x({{1{1'b0}}, ta[17:15]}),
    .y({{1{1'b0}}, tb[17:15]}),
    .s(l3_e)
  );
  laconic_c32_cpa_w4 l4_u_e (
    .x({{1{1'b0}}, ta[22:20]}),
    .y({{1{1'b0}}, tb[22:20]}),
    .s(l4_e)
  );
  laconic_c32_cpa_w4 l5_u_e (
    .x({{1{1'b0}}, ta[27:25]}),
    .y({{1{1'b0}}, tb[27:25]}),
    .s(l5_e)
  );
  laconic_c32_cpa_w4 l6_u_e (
    .x({{1{1'b0}}, ta[32:30]}),
    .y({{1{1'b0}}, tb[32:30]}),
    .s(l6_e)
  );
  laconic_c32_cpa_w4 l7_u_e (
    .x({{1{1'b0}}, ta[37:35]}),
    .y({{1{1'b0}}, tb[37:35]}),
    .s(l7_e)
  );
  laconic_c32_cpa_w4 l8_u_e (
    .x({{1{1'b0}}, ta[42:40]}),
    .y({{1{1'b0}}, tb[42:40]}),
    .s(l8_e)
  );
  laconic_c32_cpa_w4 l9_u_e (
    .x({{1{1'b0}}, ta[47:45]}),
    .y({{1{1'b0}}, tb[47:45]}),
    .s(l9_e)
  );
  laconic_c32_cpa_w4 l10_u_e (
    .x({{1{1'b0}}, ta[52:50]}),
    .y({{1{1'b0}}, tb[52:50]}),
    .s(l10_e)
  );
  laconic_c32_cpa_w4 l11_u_e (
    .x({{1{1'b0}}, ta[57:55]}),
    .y({{1{1'b0}}, tb[57:55]}),
    .s(l11_e)
  );
  laconic_c32_cpa_w4 l12_u_e (
    .x({{1{1'b0}}, ta[62:60]}),
    .y({{1{1'b0}}, tb[62:60]}),
    .s(l12_e)
  );
  laconic_c32_cpa_w4 l13_u_e (
    .x({{1{1'b0}}, ta[67:65]}),
    .y({{1{1'b0}}, tb[67:65]}),
    .s(l13_e)
  );
  laconic_c32_cpa_w4 l14_u_e (
    .x({{1{1'b0}}, ta[72:70]}),
    .y({{1{1'b0}}, tb[72:70]}),
    .s(l14_e)
  );
  laconic_c32_cpa_w4 l15_u_e (
    .x({{1{1'b0}}, ta[77:75]}),
    .y({{1{1'b0}}, tb[77:75]}),
    .s(l15_e)
  );
  laconic_c32_csa42_w4 h0_t0_0_u_t0_0 (
    .x0(h0_v0_0_0),
    .x1(h0_v0_0_1),
    .x2(h0_v0_0_2),
    .x3(h0_v0_0_3),
    .s(h0_t0_0_t0_0s),
    .c(h0_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h0_u_c0_0 (
    .x(h0_t0_0_t0_0s),
    .y(h0_t0_0_t0_0c),
    .s(h0_c0_0)
  );
  laconic_c32_csa42_w4 h0_t0_1_u_t0_0 (
    .x0(h0_v0_1_0),
    .x1(h0_v0_1_1),
    .x2(h0_v0_1_2),
    .x3(h0_v0_1_3),
    .s(h0_t0_1_t0_0s),
    .c(h0_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h0_u_c0_1 (
    .x(h0_t0_1_t0_0s),
    .y(h0_t0_1_t0_0c),
    .s(h0_c0_1)
  );
  laconic_c32_csa42_w4 h0_t0_2_u_t0_0 (
    .x0(h0_v0_2_0),
    .x1(h0_v0_2_1),
    .x2(h0_v0_2_2),
    .x3(h0_v0_2_3),
    .s(h0_t0_2_t0_0s),
    .c(h0_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h0_u_c0_2 (
    .x(h0_t0_2_t0_0s),
    .y(h0_t0_2_t0_0c),
    .s(h0_c0_2)
  );
  laconic_c32_csa42_w4 h0_t0_3_u_t0_0 (
    .x0(h0_v0_3_0),
    .x1(h0_v0_3_1),
    .x2(h0_v0_3_2),
    .x3(h0_v0_3_3),
    .s(h0_t0_3_t0_0s),
    .c(h0_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h0_u_c0_3 (
    .x(h0_t0_3_t0_0s),
    .y(h0_t0_3_t0_0c),
    .s(h0_c0_3)
  );
  laconic_c32_csa42_w4 h1_t0_0_u_t0_0 (
    .x0(h1_v0_0_0),
    .x1(h1_v0_0_1),
    .x2(h1_v0_0_2),
    .x3(h1_v0_0_3),
    .s(h1_t0_0_t0_0s),
    .c(h1_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h1_u_c0_0 (
    .x(h1_t0_0_t0_0s),
    .y(h1_t0_0_t0_0c),
    .s(h1_c0_0)
  );
  laconic_c32_csa42_w4 h1_t0_1_u_t0_0 (
    .x0(h1_v0_1_0),
    .x1(h1_v0_1_1),
    .x2(h1_v0_1_2),
    .x3(h1_v0_1_3),
    .s(h1_t0_1_t0_0s),
    .c(h1_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h1_u_c0_1 (
    .x(h1_t0_1_t0_0s),
    .y(h1_t0_1_t0_0c),
    .s(h1_c0_1)
  );
  laconic_c32_csa42_w4 h1_t0_2_u_t0_0 (
    .x0(h1_v0_2_0),
    .x1(h1_v0_2_1),
    .x2(h1_v0_2_2),
    .x3(h1_v0_2_3),
    .s(h1_t0_2_t0_0s),
    .c(h1_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h1_u_c0_2 (
    .x(h1_t0_2_t0_0s),
    .y(h1_t0_2_t0_0c),
    .s(h1_c0_2)
  );
  laconic_c32_csa42_w4 h1_t0_3_u_t0_0 (
    .x0(h1_v0_3_0),
    .x1(h1_v0_3_1),
    .x2(h1_v0_3_2),
    .x3(h1_v0_3_3),
    .s(h1_t0_3_t0_0s),
    .c(h1_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h1_u_c0_3 (
    .x(h1_t0_3_t0_0s),
    .y(h1_t0_3_t0_0c),
    .s(h1_c0_3)
  );
  laconic_c32_csa42_w4 h2_t0_0_u_t0_0 (
    .x0(h2_v0_0_0),
    .x1(h2_v0_0_1),
    .x2(h2_v0_0_2),
    .x3(h2_v0_0_3),
    .s(h2_t0_0_t0_0s),
    .c(h2_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h2_u_c0_0 (
    .x(h2_t0_0_t0_0s),
    .y(h2_t0_0_t0_0c),
    .s(h2_c0_0)
  );
  laconic_c32_csa42_w4 h2_t0_1_u_t0_0 (
    .x0(h2_v0_1_0),
    .x1(h2_v0_1_1),
    .x2(h2_v0_1_2),
    .x3(h2_v0_1_3),
    .s(h2_t0_1_t0_0s),
    .c(h2_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h2_u_c0_1 (
    .x(h2_t0_1_t0_0s),
    .y(h2_t0_1_t0_0c),
    .s(h2_c0_1)
  );
  laconic_c32_csa42_w4 h2_t0_2_u_t0_0 (
    .x0(h2_v0_2_0),
    .x1(h2_v0_2_1),
    .x2(h2_v0_2_2),
    .x3(h2_v0_2_3),
    .s(h2_t0_2_t0_0s),
    .c(h2_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h2_u_c0_2 (
    .x(h2_t0_2_t0_0s),
    .y(h2_t0_2_t0_0c),
    .s(h2_c0_2)
  );
  laconic_c32_csa42_w4 h2_t0_3_u_t0_0 (
    .x0(h2_v0_3_0),
    .x1(h2_v0_3_1),
    .x2(h2_v0_3_2),
    .x3(h2_v0_3_3),
    .s(h2_t0_3_t0_0s),
    .c(h2_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h2_u_c0_3 (
    .x(h2_t0_3_t0_0s),
    .y(h2_t0_3_t0_0c),
    .s(h2_c0_3)
  );
  laconic_c32_csa42_w4 h3_t0_0_u_t0_0 (
    .x0(h3_v0_0_0),
    .x1(h3_v0_0_1),
    .x2(h3_v0_0_2),
    .x3(h3_v0_0_3),
    .s(h3_t0_0_t0_0s),
    .c(h3_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h3_u_c0_0 (
    .x(h3_t0_0_t0_0s),
    .y(h3_t0_0_t0_0c),
    .s(h3_c0_0)
  );
  laconic_c32_csa42_w4 h3_t0_1_u_t0_0 (
    .x0(h3_v0_1_0),
    .x1(h3_v0_1_1),
    .x2(h3_v0_1_2),
    .x3(h3_v0_1_3),
    .s(h3_t0_1_t0_0s),
    .c(h3_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h3_u_c0_1 (
    .x(h3_t0_1_t0_0s),
    .y(h3_t0_1_t0_0c),
    .s(h3_c0_1)
  );
  laconic_c32_csa42_w4 h3_t0_2_u_t0_0 (
    .x0(h3_v0_2_0),
    .x1(h3_v0_2_1),
    .x2(h3_v0_2_2),
    .x3(h3_v0_2_3),
    .s(h3_t0_2_t0_0s),
    .c(h3_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h3_u_c0_2 (
    .x(h3_t0_2_t0_0s),
    .y(h3_t0_2_t0_0c),
    .s(h3_c0_2)
  );
  laconic_c32_csa42_w4 h3_t0_3_u_t0_0 (
    .x0(h3_v0_3_0),
    .x1(h3_v0_3_1),
    .x2(h3_v0_3_2),
    .x3(h3_v0_3_3),
    .s(h3_t0_3_t0_0s),
    .c(h3_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h3_u_c0_3 (
    .x(h3_t0_3_t0_0s),
    .y(h3_t0_3_t0_0c),
    .s(h3_c0_3)
  );
  laconic_c32_csa42_w4 h4_t0_0_u_t0_0 (
    .x0(h4_v0_0_0),
    .x1(h4_v0_0_1),
    .x2(h4_v0_0_2),
    .x3(h4_v0_0_3),
    .s(h4_t0_0_t0_0s),
    .c(h4_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h4_u_c0_0 (
    .x(h4_t0_0_t0_0s),
    .y(h4_t0_0_t0_0c),
    .s(h4_c0_0)
  );
  laconic_c32_csa42_w4 h4_t0_1_u_t0_0 (
    .x0(h4_v0_1_0),
    .x1(h4_v0_1_1),
    .x2(h4_v0_1_2),
    .x3(h4_v0_1_3),
    .s(h4_t0_1_t0_0s),
    .c(h4_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h4_u_c0_1 (
    .x(h4_t0_1_t0_0s),
    .y(h4_t0_1_t0_0c),
    .s(h4_c0_1)
  );
  laconic_c32_csa42_w4 h4_t0_2_u_t0_0 (
    .x0(h4_v0_2_0),
    .x1(h4_v0_2_1),
    .x2(h4_v0_2_2),
    .x3(h4_v0_2_3),
    .s(h4_t0_2_t0_0s),
    .c(h4_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h4_u_c0_2 (
    .x(h4_t0_2_t0_0s),
    .y(h4_t0_2_t0_0c),
    .s(h4_c0_2)
  );
  laconic_c32_csa42_w4 h4_t0_3_u_t0_0 (
    .x0(h4_v0_3_0),
    .x1(h4_v0_3_1),
    .x2(h4_v0_3_2),
    .x3(h4_v0_3_3),
    .s(h4_t0_3_t0_0s),
    .c(h4_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h4_u_c0_3 (
    .x(h4_t0_3_t0_0s),
    .y(h4_t0_3_t0_0c),
    .s(h4_c0_3)
  );
  laconic_c32_csa42_w4 h5_t0_0_u_t0_0 (
    .x0(h5_v0_0_0),
    .x1(h5_v0_0_1),
    .x2(h5_v0_0_2),
    .x3(h5_v0_0_3),
    .s(h5_t0_0_t0_0s),
    .c(h5_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h5_u_c0_0 (
    .x(h5_t0_0_t0_0s),
    .y(h5_t0_0_t0_0c),
    .s(h5_c0_0)
  );
  laconic_c32_csa42_w4 h5_t0_1_u_t0_0 (
    .x0(h5_v0_1_0),
    .x1(h5_v0_1_1),
    .x2(h5_v0_1_2),
    .x3(h5_v0_1_3),
    .s(h5_t0_1_t0_0s),
    .c(h5_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h5_u_c0_1 (
    .x(h5_t0_1_t0_0s),
    .y(h5_t0_1_t0_0c),
    .s(h5_c0_1)
  );
  laconic_c32_csa42_w4 h5_t0_2_u_t0_0 (
    .x0(h5_v0_2_0),
    .x1(h5_v0_2_1),
    .x2(h5_v0_2_2),
    .x3(h5_v0_2_3),
    .s(h5_t0_2_t0_0s),
    .c(h5_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h5_u_c0_2 (
    .x(h5_t0_2_t0_0s),
    .y(h5_t0_2_t0_0c),
    .s(h5_c0_2)
  );
  laconic_c32_csa42_w4 h5_t0_3_u_t0_0 (
    .x0(h5_v0_3_0),
    .x1(h5_v0_3_1),
    .x2(h5_v0_3_2),
    .x3(h5_v0_3_3),
    .s(h5_t0_3_t0_0s),
    .c(h5_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h5_u_c0_3 (
    .x(h5_t0_3_t0_0s),
    .y(h5_t0_3_t0_0c),
    .s(h5_c0_3)
  );
  laconic_c32_csa42_w4 h6_t0_0_u_t0_0 (
    .x0(h6_v0_0_0),
    .x1(h6_v0_0_1),
    .x2(h6_v0_0_2),
    .x3(h6_v0_0_3),
    .s(h6_t0_0_t0_0s),
    .c(h6_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h6_u_c0_0 (
    .x(h6_t0_0_t0_0s),
    .y(h6_t0_0_t0_0c),
    .s(h6_c0_0)
  );
  laconic_c32_csa42_w4 h6_t0_1_u_t0_0 (
    .x0(h6_v0_1_0),
    .x1(h6_v0_1_1),
    .x2(h6_v0_1_2),
    .x3(h6_v0_1_3),
    .s(h6_t0_1_t0_0s),
    .c(h6_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h6_u_c0_1 (
    .x(h6_t0_1_t0_0s),
    .y(h6_t0_1_t0_0c),
    .s(h6_c0_1)
  );
  laconic_c32_csa42_w4 h6_t0_2_u_t0_0 (
    .x0(h6_v0_2_0),
    .x1(h6_v0_2_1),
    .x2(h6_v0_2_2),
    .x3(h6_v0_2_3),
    .s(h6_t0_2_t0_0s),
    .c(h6_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h6_u_c0_2 (
    .x(h6_t0_2_t0_0s),
    .y(h6_t0_2_t0_0c),
    .s(h6_c0_2)
  );
  laconic_c32_csa42_w4 h6_t0_3_u_t0_0 (
    .x0(h6_v0_3_0),
    .x1(h6_v0_3_1),
    .x2(h6_v0_3_2),
    .x3(h6_v0_3_3),
    .s(h6_t0_3_t0_0s),
    .c(h6_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h6_u_c0_3 (
    .x(h6_t0_3_t0_0s),
    .y(h6_t0_3_t0_0c),
    .s(h6_c0_3)
  );
  laconic_c32_csa42_w4 h7_t0_0_u_t0_0 (
    .x0(h7_v0_0_0),
    .x1(h7_v0_0_1),
    .x2(h7_v0_0_2),
    .x3(h7_v0_0_3),
    .s(h7_t0_0_t0_0s),
    .c(h7_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h7_u_c0_0 (
    .x(h7_t0_0_t0_0s),
    .y(h7_t0_0_t0_0c),
    .s(h7_c0_0)
  );
  laconic_c32_csa42_w4 h7_t0_1_u_t0_0 (
    .x0(h7_v0_1_0),
    .x1(h7_v0_1_1),
    .x2(h7_v0_1_2),
    .x3(h7_v0_1_3),
    .s(h7_t0_1_t0_0s),
    .c(h7_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h7_u_c0_1 (
    .x(h7_t0_1_t0_0s),
    .y(h7_t0_1_t0_0c),
    .s(h7_c0_1)
  );
  laconic_c32_csa42_w4 h7_t0_2_u_t0_0 (
    .x0(h7_v0_2_0),
    .x1(h7_v0_2_1),
    .x2(h7_v0_2_2),
    .x3(h7_v0_2_3),
    .s(h7_t0_2_t0_0s),
    .c(h7_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h7_u_c0_2 (
    .x(h7_t0_2_t0_0s),
    .y(h7_t0_2_t0_0c),
    .s(h7_c0_2)
  );
  laconic_c32_csa42_w4 h7_t0_3_u_t0_0 (
    .x0(h7_v0_3_0),
    .x1(h7_v0_3_1),
    .x2(h7_v0_3_2),
    .x3(h7_v0_3_3),
    .s(h7_t0_3_t0_0s),
    .c(h7_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h7_u_c0_3 (
    .x(h7_t0_3_t0_0s),
    .y(h7_t0_3_t0_0c),
    .s(h7_c0_3)
  );
  laconic_c32_csa42_w4 h8_t0_0_u_t0_0 (
    .x0(h8_v0_0_0),
    .x1(h8_v0_0_1),
    .x2(h8_v0_0_2),
    .x3(h8_v0_0_3),
    .s(h8_t0_0_t0_0s),
    .c(h8_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h8_u_c0_0 (
    .x(h8_t0_0_t0_0s),
    .y(h8_t0_0_t0_0c),
    .s(h8_c0_0)
  );
  laconic_c32_csa42_w4 h8_t0_1_u_t0_0 (
    .x0(h8_v0_1_0),
    .x1(h8_v0_1_1),
    .x2(h8_v0_1_2),
    .x3(h8_v0_1_3),
    .s(h8_t0_1_t0_0s),
    .c(h8_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h8_u_c0_1 (
    .x(h8_t0_1_t0_0s),
    .y(h8_t0_1_t0_0c),
    .s(h8_c0_1)
  );
  laconic_c32_csa42_w4 h8_t0_2_u_t0_0 (
    .x0(h8_v0_2_0),
    .x1(h8_v0_2_1),
    .x2(h8_v0_2_2),
    .x3(h8_v0_2_3),
    .s(h8_t0_2_t0_0s),
    .c(h8_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h8_u_c0_2 (
    .x(h8_t0_2_t0_0s),
    .y(h8_t0_2_t0_0c),
    .s(h8_c0_2)
  );
  laconic_c32_csa42_w4 h8_t0_3_u_t0_0 (
    .x0(h8_v0_3_0),
    .x1(h8_v0_3_1),
    .x2(h8_v0_3_2),
    .x3(h8_v0_3_3),
    .s(h8_t0_3_t0_0s),
    .c(h8_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h8_u_c0_3 (
    .x(h8_t0_3_t0_0s),
    .y(h8_t0_3_t0_0c),
    .s(h8_c0_3)
  );
  laconic_c32_csa42_w4 h9_t0_0_u_t0_0 (
    .x0(h9_v0_0_0),
    .x1(h9_v0_0_1),
    .x2(h9_v0_0_2),
    .x3(h9_v0_0_3),
    .s(h9_t0_0_t0_0s),
    .c(h9_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h9_u_c0_0 (
    .x(h9_t0_0_t0_0s),
    .y(h9_t0_0_t0_0c),
    .s(h9_c0_0)
  );
  laconic_c32_csa42_w4 h9_t0_1_u_t0_0 (
    .x0(h9_v0_1_0),
    .x1(h9_v0_1_1),
    .x2(h9_v0_1_2),
    .x3(h9_v0_1_3),
    .s(h9_t0_1_t0_0s),
    .c(h9_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h9_u_c0_1 (
    .x(h9_t0_1_t0_0s),
    .y(h9_t0_1_t0_0c),
    .s(h9_c0_1)
  );
  laconic_c32_csa42_w4 h9_t0_2_u_t0_0 (
    .x0(h9_v0_2_0),
    .x1(h9_v0_2_1),
    .x2(h9_v0_2_2),
    .x3(h9_v0_2_3),
    .s(h9_t0_2_t0_0s),
    .c(h9_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h9_u_c0_2 (
    .x(h9_t0_2_t0_0s),
    .y(h9_t0_2_t0_0c),
    .s(h9_c0_2)
  );
  laconic_c32_csa42_w4 h9_t0_3_u_t0_0 (
    .x0(h9_v0_3_0),
    .x1(h9_v0_3_1),
    .x2(h9_v0_3_2),
    .x3(h9_v0_3_3),
    .s(h9_t0_3_t0_0s),
    .c(h9_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h9_u_c0_3 (
    .x(h9_t0_3_t0_0s),
    .y(h9_t0_3_t0_0c),
    .s(h9_c0_3)
  );
  laconic_c32_csa42_w4 h10_t0_0_u_t0_0 (
    .x0(h10_v0_0_0),
    .x1(h10_v0_0_1),
    .x2(h10_v0_0_2),
    .x3(h10_v0_0_3),
    .s(h10_t0_0_t0_0s),
    .c(h10_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h10_u_c0_0 (
    .x(h10_t0_0_t0_0s),
    .y(h10_t0_0_t0_0c),
    .s(h10_c0_0)
  );
  laconic_c32_csa42_w4 h10_t0_1_u_t0_0 (
    .x0(h10_v0_1_0),
    .x1(h10_v0_1_1),
    .x2(h10_v0_1_2),
    .x3(h10_v0_1_3),
    .s(h10_t0_1_t0_0s),
    .c(h10_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h10_u_c0_1 (
    .x(h10_t0_1_t0_0s),
    .y(h10_t0_1_t0_0c),
    .s(h10_c0_1)
  );
  laconic_c32_csa42_w4 h10_t0_2_u_t0_0 (
    .x0(h10_v0_2_0),
    .x1(h10_v0_2_1),
    .x2(h10_v0_2_2),
    .x3(h10_v0_2_3),
    .s(h10_t0_2_t0_0s),
    .c(h10_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h10_u_c0_2 (
    .x(h10_t0_2_t0_0s),
    .y(h10_t0_2_t0_0c),
    .s(h10_c0_2)
  );
  laconic_c32_csa42_w4 h10_t0_3_u_t0_0 (
    .x0(h10_v0_3_0),
    .x1(h10_v0_3_1),
    .x2(h10_v0_3_2),
    .x3(h10_v0_3_3),
    .s(h10_t0_3_t0_0s),
    .c(h10_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h10_u_c0_3 (
    .x(h10_t0_3_t0_0s),
    .y(h10_t0_3_t0_0c),
    .s(h10_c0_3)
  );
  laconic_c32_csa42_w4 h11_t0_0_u_t0_0 (
    .x0(h11_v0_0_0),
    .x1(h11_v0_0_1),
    .x2(h11_v0_0_2),
    .x3(h11_v0_0_3),
    .s(h11_t0_0_t0_0s),
    .c(h11_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h11_u_c0_0 (
    .x(h11_t0_0_t0_0s),
    .y(h11_t0_0_t0_0c),
    .s(h11_c0_0)
  );
  laconic_c32_csa42_w4 h11_t0_1_u_t0_0 (
    .x0(h11_v0_1_0),
    .x1(h11_v0_1_1),
    .x2(h11_v0_1_2),
    .x3(h11_v0_1_3),
    .s(h11_t0_1_t0_0s),
    .c(h11_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h11_u_c0_1 (
    .x(h11_t0_1_t0_0s),
    .y(h11_t0_1_t0_0c),
    .s(h11_c0_1)
  );
  laconic_c32_csa42_w4 h11_t0_2_u_t0_0 (
    .x0(h11_v0_2_0),
    .x1(h11_v0_2_1),
    .x2(h11_v0_2_2),
    .x3(h11_v0_2_3),
    .s(h11_t0_2_t0_0s),
    .c(h11_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h11_u_c0_2 (
    .x(h11_t0_2_t0_0s),
    .y(h11_t0_2_t0_0c),
    .s(h11_c0_2)
  );
  laconic_c32_csa42_w4 h11_t0_3_u_t0_0 (
    .x0(h11_v0_3_0),
    .x1(h11_v0_3_1),
    .x2(h11_v0_3_2),
    .x3(h11_v0_3_3),
    .s(h11_t0_3_t0_0s),
    .c(h11_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h11_u_c0_3 (
    .x(h11_t0_3_t0_0s),
    .y(h11_t0_3_t0_0c),
    .s(h11_c0_3)
  );
  laconic_c32_csa42_w4 h12_t0_0_u_t0_0 (
    .x0(h12_v0_0_0),
    .x1(h12_v0_0_1),
    .x2(h12_v0_0_2),
    .x3(h12_v0_0_3),
    .s(h12_t0_0_t0_0s),
    .c(h12_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h12_u_c0_0 (
    .x(h12_t0_0_t0_0s),
    .y(h12_t0_0_t0_0c),
    .s(h12_c0_0)
  );
  laconic_c32_csa42_w4 h12_t0_1_u_t0_0 (
    .x0(h12_v0_1_0),
    .x1(h12_v0_1_1),
    .x2(h12_v0_1_2),
    .x3(h12_v0_1_3),
    .s(h12_t0_1_t0_0s),
    .c(h12_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h12_u_c0_1 (
    .x(h12_t0_1_t0_0s),
    .y(h12_t0_1_t0_0c),
    .s(h12_c0_1)
  );
  laconic_c32_csa42_w4 h12_t0_2_u_t0_0 (
    .x0(h12_v0_2_0),
    .x1(h12_v0_2_1),
    .x2(h12_v0_2_2),
    .x3(h12_v0_2_3),
    .s(h12_t0_2_t0_0s),
    .c(h12_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h12_u_c0_2 (
    .x(h12_t0_2_t0_0s),
    .y(h12_t0_2_t0_0c),
    .s(h12_c0_2)
  );
  laconic_c32_csa42_w4 h12_t0_3_u_t0_0 (
    .x0(h12_v0_3_0),
    .x1(h12_v0_3_1),
    .x2(h12_v0_3_2),
    .x3(h12_v0_3_3),
    .s(h12_t0_3_t0_0s),
    .c(h12_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h12_u_c0_3 (
    .x(h12_t0_3_t0_0s),
    .y(h12_t0_3_t0_0c),
    .s(h12_c0_3)
  );
  laconic_c32_csa42_w4 h13_t0_0_u_t0_0 (
    .x0(h13_v0_0_0),
    .x1(h13_v0_0_1),
    .x2(h13_v0_0_2),
    .x3(h13_v0_0_3),
    .s(h13_t0_0_t0_0s),
    .c(h13_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h13_u_c0_0 (
    .x(h13_t0_0_t0_0s),
    .y(h13_t0_0_t0_0c),
    .s(h13_c0_0)
  );
  laconic_c32_csa42_w4 h13_t0_1_u_t0_0 (
    .x0(h13_v0_1_0),
    .x1(h13_v0_1_1),
    .x2(h13_v0_1_2),
    .x3(h13_v0_1_3),
    .s(h13_t0_1_t0_0s),
    .c(h13_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h13_u_c0_1 (
    .x(h13_t0_1_t0_0s),
    .y(h13_t0_1_t0_0c),
    .s(h13_c0_1)
  );
  laconic_c32_csa42_w4 h13_t0_2_u_t0_0 (
    .x0(h13_v0_2_0),
    .x1(h13_v0_2_1),
    .x2(h13_v0_2_2),
    .x3(h13_v0_2_3),
    .s(h13_t0_2_t0_0s),
    .c(h13_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h13_u_c0_2 (
    .x(h13_t0_2_t0_0s),
    .y(h13_t0_2_t0_0c),
    .s(h13_c0_2)
  );
  laconic_c32_csa42_w4 h13_t0_3_u_t0_0 (
    .x0(h13_v0_3_0),
    .x1(h13_v0_3_1),
    .x2(h13_v0_3_2),
    .x3(h13_v0_3_3),
    .s(h13_t0_3_t0_0s),
    .c(h13_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h13_u_c0_3 (
    .x(h13_t0_3_t0_0s),
    .y(h13_t0_3_t0_0c),
    .s(h13_c0_3)
  );
  laconic_c32_csa42_w4 h14_t0_0_u_t0_0 (
    .x0(h14_v0_0_0),
    .x1(h14_v0_0_1),
    .x2(h14_v0_0_2),
    .x3(h14_v0_0_3),
    .s(h14_t0_0_t0_0s),
    .c(h14_t0_0_t0_0c)
  );
  laconic_c32_cpa_w4 h14_u_c0_0 (
    .x(h14_t0_0_t0_0s),
    .y(h14_t0_0_t0_0c),
    .s(h14_c0_0)
  );
  laconic_c32_csa42_w4 h14_t0_1_u_t0_0 (
    .x0(h14_v0_1_0),
    .x1(h14_v0_1_1),
    .x2(h14_v0_1_2),
    .x3(h14_v0_1_3),
    .s(h14_t0_1_t0_0s),
    .c(h14_t0_1_t0_0c)
  );
  laconic_c32_cpa_w4 h14_u_c0_1 (
    .x(h14_t0_1_t0_0s),
    .y(h14_t0_1_t0_0c),
    .s(h14_c0_1)
  );
  laconic_c32_csa42_w4 h14_t0_2_u_t0_0 (
    .x0(h14_v0_2_0),
    .x1(h14_v0_2_1),
    .x2(h14_v0_2_2),
    .x3(h14_v0_2_3),
    .s(h14_t0_2_t0_0s),
    .c(h14_t0_2_t0_0c)
  );
  laconic_c32_cpa_w4 h14_u_c0_2 (
    .x(h14_t0_2_t0_0s),
    .y(h14_t0_2_t0_0c),
    .s(h14_c0_2)
  );
  laconic_c32_csa42_w4 h14_t0_3_u_t0_0 (
    .x0(h14_v0_3_0),
    .x1(h14_v0_3_1),
    .x2(h14_v0_3_2),
    .x3(h14_v0_3_3),
    .s(h14_t0_3_t0_0s),
    .c(h14_t0_3_t0_0c)
  );
  laconic_c32_cpa_w4 h14_u_c0_3 (
    .x(h14_t0_3_t0_0s),
    .y(h14_t0_3_t0_0c),
    .s(h14_c0_3)
  );
  laconic_c32_csa42_w6 h0_t1_0_u_t0_0 (
    .x0(h0_v1_0_0),
    .x1(h0_v1_0_1),
    .x2(h0_v1_0_2),
    .x3(h0_v1_0_3),
    .s(h0_t1_0_t0_0s),
    .c(h0_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h0_u_c1_0 (
    .x(h0_t1_0_t0_0s),
    .y(h0_t1_0_t0_0c),
    .s(h0_c1_0)
  );
  laconic_c32_csa42_w6 h1_t1_0_u_t0_0 (
    .x0(h1_v1_0_0),
    .x1(h1_v1_0_1),
    .x2(h1_v1_0_2),
    .x3(h1_v1_0_3),
    .s(h1_t1_0_t0_0s),
    .c(h1_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h1_u_c1_0 (
    .x(h1_t1_0_t0_0s),
    .y(h1_t1_0_t0_0c),
    .s(h1_c1_0)
  );
  laconic_c32_csa42_w6 h2_t1_0_u_t0_0 (
    .x0(h2_v1_0_0),
    .x1(h2_v1_0_1),
    .x2(h2_v1_0_2),
    .x3(h2_v1_0_3),
    .s(h2_t1_0_t0_0s),
    .c(h2_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h2_u_c1_0 (
    .x(h2_t1_0_t0_0s),
    .y(h2_t1_0_t0_0c),
    .s(h2_c1_0)
  );
  laconic_c32_csa42_w6 h3_t1_0_u_t0_0 (
    .x0(h3_v1_0_0),
    .x1(h3_v1_0_1),
    .x2(h3_v1_0_2),
    .x3(h3_v1_0_3),
    .s(h3_t1_0_t0_0s),
    .c(h3_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h3_u_c1_0 (
    .x(h3_t1_0_t0_0s),
    .y(h3_t1_0_t0_0c),
    .s(h3_c1_0)
  );
  laconic_c32_csa42_w6 h4_t1_0_u_t0_0 (
    .x0(h4_v1_0_0),
    .x1(h4_v1_0_1),
    .x2(h4_v1_0_2),
    .x3(h4_v1_0_3),
    .s(h4_t1_0_t0_0s),
    .c(h4_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h4_u_c1_0 (
    .x(h4_t1_0_t0_0s),
    .y(h4_t1_0_t0_0c),
    .s(h4_c1_0)
  );
  laconic_c32_csa42_w6 h5_t1_0_u_t0_0 (
    .x0(h5_v1_0_0),
    .x1(h5_v1_0_1),
    .x2(h5_v1_0_2),
    .x3(h5_v1_0_3),
    .s(h5_t1_0_t0_0s),
    .c(h5_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h5_u_c1_0 (
    .x(h5_t1_0_t0_0s),
    .y(h5_t1_0_t0_0c),
    .s(h5_c1_0)
  );
  laconic_c32_csa42_w6 h6_t1_0_u_t0_0 (
    .x0(h6_v1_0_0),
    .x1(h6_v1_0_1),
    .x2(h6_v1_0_2),
    .x3(h6_v1_0_3),
    .s(h6_t1_0_t0_0s),
    .c(h6_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h6_u_c1_0 (
    .x(h6_t1_0_t0_0s),
    .y(h6_t1_0_t0_0c),
    .s(h6_c1_0)
  );
  laconic_c32_csa42_w6 h7_t1_0_u_t0_0 (
    .x0(h7_v1_0_0),
    .x1(h7_v1_0_1),
    .x2(h7_v1_0_2),
    .x3(h7_v1_0_3),
    .s(h7_t1_0_t0_0s),
    .c(h7_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h7_u_c1_0 (
    .x(h7_t1_0_t0_0s),
    .y(h7_t1_0_t0_0c),
    .s(h7_c1_0)
  );
  laconic_c32_csa42_w6 h8_t1_0_u_t0_0 (
    .x0(h8_v1_0_0),
    .x1(h8_v1_0_1),
    .x2(h8_v1_0_2),
    .x3(h8_v1_0_3),
    .s(h8_t1_0_t0_0s),
    .c(h8_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h8_u_c1_0 (
    .x(h8_t1_0_t0_0s),
    .y(h8_t1_0_t0_0c),
    .s(h8_c1_0)
  );
  laconic_c32_csa42_w6 h9_t1_0_u_t0_0 (
    .x0(h9_v1_0_0),
    .x1(h9_v1_0_1),
    .x2(h9_v1_0_2),
    .x3(h9_v1_0_3),
    .s(h9_t1_0_t0_0s),
    .c(h9_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h9_u_c1_0 (
    .x(h9_t1_0_t0_0s),
    .y(h9_t1_0_t0_0c),
    .s(h9_c1_0)
  );
  laconic_c32_csa42_w6 h10_t1_0_u_t0_0 (
    .x0(h10_v1_0_0),
    .x1(h10_v1_0_1),
    .x2(h10_v1_0_2),
    .x3(h10_v1_0_3),
    .s(h10_t1_0_t0_0s),
    .c(h10_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h10_u_c1_0 (
    .x(h10_t1_0_t0_0s),
    .y(h10_t1_0_t0_0c),
    .s(h10_c1_0)
  );
  laconic_c32_csa42_w6 h11_t1_0_u_t0_0 (
    .x0(h11_v1_0_0),
    .x1(h11_v1_0_1),
    .x2(h11_v1_0_2),
    .x3(h11_v1_0_3),
    .s(h11_t1_0_t0_0s),
    .c(h11_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h11_u_c1_0 (
    .x(h11_t1_0_t0_0s),
    .y(h11_t1_0_t0_0c),
    .s(h11_c1_0)
  );
  laconic_c32_csa42_w6 h12_t1_0_u_t0_0 (
    .x0(h12_v1_0_0),
    .x1(h12_v1_0_1),
    .x2(h12_v1_0_2),
    .x3(h12_v1_0_3),
    .s(h12_t1_0_t0_0s),
    .c(h12_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h12_u_c1_0 (
    .x(h12_t1_0_t0_0s),
    .y(h12_t1_0_t0_0c),
    .s(h12_c1_0)
  );
  laconic_c32_csa42_w6 h13_t1_0_u_t0_0 (
    .x0(h13_v1_0_0),
    .x1(h13_v1_0_1),
    .x2(h13_v1_0_2),
    .x3(h13_v1_0_3),
    .s(h13_t1_0_t0_0s),
    .c(h13_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h13_u_c1_0 (
    .x(h13_t1_0_t0_0s),
    .y(h13_t1_0_t0_0c),
    .s(h13_c1_0)
  );
  laconic_c32_csa42_w6 h14_t1_0_u_t0_0 (
    .x0(h14_v1_0_0),
    .x1(h14_v1_0_1),
    .x2(h14_v1_0_2),
    .x3(h14_v1_0_3),
    .s(h14_t1_0_t0_0s),
    .c(h14_t1_0_t0_0c)
  );
  laconic_c32_cpa_w6 h14_u_c1_0 (
    .x(h14_t1_0_t0_0s),
    .y(h14_t1_0_t0_0c),
    .s(h14_c1_0)
  );
  laconic_c32_csa42_w32 acc_u_t0_0 (
    .x0(hw0),
    .x1(hw1),
    .x2(hw2),
    .x3(hw3),
    .s(acc_t0_0s),
    .c(acc_t0_0c)
  );
  laconic_c32_csa42_w32 acc_u_t0_1 (
    .x0(hw4),
    .x1(hw5),
    .x2(hk),
    .x3(acc_xs),
    .s(acc_t0_1s),
    .c(acc_t0_1c)
  );
  laconic_c32_csa42_w32 acc_u_t1_0 (
    .x0(acc_t0_0s),
    .x1(acc_t0_0c),
    .x2(acc_t0_1s),
    .x3(acc_t0_1c),
    .s(acc_t1_0s),
    .c(acc_t1_0c)
  );
  laconic_c32_csa3_w32 acc_u_t2_0 (
    .x(acc_t1_0s),
    .y(acc_t1_0c),
    .z(acc_xc),
    .s(acc_t2_0s),
    .c(acc_t2_0c)
  );
  laconic_c32_cpa_w32 u_drain_cpa (
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
  always @(posedge clk) q0_l4_e <= l4_e;
  always @(posedge clk) q0_l4_on <= l4_on;
  always @(posedge clk) q0_l4_neg <= l4_neg;
  always @(posedge clk) q0_l5_e <= l5_e;
  always @(posedge clk) q0_l5_on <= l5_on;
  always @(posedge clk) q0_l5_neg <= l5_neg;
  always @(posedge clk) q0_l6_e <= l6_e;
  always @(posedge clk) q0_l6_on <= l6_on;
  always @(posedge clk) q0_l6_neg <= l6_neg;
  always @(posedge clk) q0_l7_e <= l7_e;
  always @(posedge clk) q0_l7_on <= l7_on;
  always @(posedge clk) q0_l7_neg <= l7_neg;
  always @(posedge clk) q0_l8_e <= l8_e;
  always @(posedge clk) q0_l8_on <= l8_on;
  always @(posedge clk) q0_l8_neg <= l8_neg;
  always @(posedge clk) q0_l9_e <= l9_e;
  always @(posedge clk) q0_l9_on <= l9_on;
  always @(posedge clk) q0_l9_neg <= l9_neg;
  always @(posedge clk) q0_l10_e <= l10_e;
  always @(posedge clk) q0_l10_on <= l10_on;
  always @(posedge clk) q0_l10_neg <= l10_neg;
  always @(posedge clk) q0_l11_e <= l11_e;
  always @(posedge clk) q0_l11_on <= l11_on;
  always @(posedge clk) q0_l11_neg <= l11_neg;
  always @(posedge clk) q0_l12_e <= l12_e;
  always @(posedge clk) q0_l12_on <= l12_on;
  always @(posedge clk) q0_l12_neg <= l12_neg;
  always @(posedge clk) q0_l13_e <= l13_e;
  always @(posedge clk) q0_l13_on <= l13_on;
  always @(posedge clk) q0_l13_neg <= l13_neg;
  always @(posedge clk) q0_l14_e <= l14_e;
  always @(posedge clk) q0_l14_on <= l14_on;
  always @(posedge clk) q0_l14_neg <= l14_neg;
  always @(posedge clk) q0_l15_e <= l15_e;
  always @(posedge clk) q0_l15_on <= l15_on;
  always @(posedge clk) q0_l15_neg <= l15_neg;
  always @(posedge clk) h0_q0_0 <= h0_c0_0;
  always @(posedge clk) h0_q0_1 <= h0_c0_1;
  always @(posedge clk) h0_q0_2 <= h0_c0_2;
  always @(posedge clk) h0_q0_3 <= h0_c0_3;
  always @(posedge clk) h1_q0_0 <= h1_c0_0;
  always @(posedge clk) h1_q0_1 <= h1_c0_1;
  always @(posedge clk) h1_q0_2 <= h1_c0_2;
  always @(posedge clk) h1_q0_3 <= h1_c0_3;
  always @(posedge clk) h2_q0_0 <= h2_c0_0;
  always @(posedge clk) h2_q0_1 <= h2_c0_1;
  always @(posedge clk) h2_q0_2 <= h2_c0_2;
  always @(posedge clk) h2_q0_3 <= h2_c0_3;
  always @(posedge clk) h3_q0_0 <= h3_c0_0;
  always @(posedge clk) h3_q0_1 <= h3_c0_1;
  always @(posedge clk) h3_q0_2 <= h3_c0_2;
  always @(posedge clk) h3_q0_3 <= h3_c0_3;
  always @(posedge clk) h4_q0_0 <= h4_c0_0;
  always @(posedge clk) h4_q0_1 <= h4_c0_1;
  always @(posedge clk) h4_q0_2 <= h4_c0_2;
  always @(posedge clk) h4_q0_3 <= h4_c0_3;
  always @(posedge clk) h5_q0_0 <= h5_c0_0;
  always @(posedge clk) h5_q0_1 <= h5_c0_1;
  always @(posedge clk) h5_q0_2 <= h5_c0_2;
  always @(posedge clk) h5_q0_3 <= h5_c0_3;
  always @(posedge clk) h6_q0_0 <= h6_c0_0;
  always @(posedge clk) h6_q0_1 <= h6_c0_1;
  always @(posedge clk) h6_q0_2 <= h6_c0_2;
  always @(posedge clk) h6_q0_3 <= h6_c0_3;
  always @(posedge clk) h7_q0_0 <= h7_c0_0;
  always @(posedge clk) h7_q0_1 <= h7_c0_1;
  always @(posedge clk) h7_q0_2 <= h7_c0_2;
  always @(posedge clk) h7_q0_3 <= h7_c0_3;
  always @(posedge clk) h8_q0_0 <= h8_c0_0;
  always @(posedge clk) h8_q0_1 <= h8_c0_1;
  always @(posedge clk) h8_q0_2 <= h8_c0_2;
  always @(posedge clk) h8_q0_3 <= h8_c0_3;
  always @(posedge clk) h9_q0_0 <= h9_c0_0;
  always @(posedge clk) h9_q0_1 <= h9_c0_1;
  always @(posedge clk) h9_q0_2 <= h9_c0_2;
  always @(posedge clk) h9_q0_3 <= h9_c0_3;
  always @(posedge clk) h10_q0_0 <= h10_c0_0;
  always @(posedge clk) h10_q0_1 <= h10_c0_1;
  always @(posedge clk) h10_q0_2 <= h10_c0_2;
  always @(posedge clk) h10_q0_3 <= h10_c0_3;
  always @(posedge clk) h11_q0_0 <= h11_c0_0;
  always @(posedge clk) h11_q0_1 <= h11_c0_1;
  always @(posedge clk) h11_q0_2 <= h11_c0_2;
  always @(posedge clk) h11_q0_3 <= h11_c0_3;
  always @(posedge clk) h12_q0_0 <= h12_c0_0;
  always @(posedge clk) h12_q0_1 <= h12_c0_1;
  always @(posedge clk) h12_q0_2 <= h12_c0_2;
  always @(posedge clk) h12_q0_3 <= h12_c0_3;
  always @(posedge clk) h13_q0_0 <= h13_c0_0;
  always @(posedge clk) h13_q0_1 <= h13_c0_1;
  always @(posedge clk) h13_q0_2 <= h13_c0_2;
  always @(posedge clk) h13_q0_3 <= h13_c0_3;
  always @(posedge clk) h14_q0_0 <= h14_c0_0;
  always @(posedge clk) h14_q0_1 <= h14_c0_1;
  always @(posedge clk) h14_q0_2 <= h14_c0_2;
  always @(posedge clk) h14_q0_3 <= h14_c0_3;
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
  always @(posedge clk) acc_s <= acc_t2_0s;
  always @(posedge clk) acc_c <= acc_t2_0c;
  always @(posedge clk) res <= drain_sum;
endmodule
