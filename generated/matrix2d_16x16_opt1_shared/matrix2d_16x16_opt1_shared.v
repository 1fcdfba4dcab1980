// matrix2d_16x16_opt1_shared: matrix2d 16x16 array top
// Source design: matrix2d_16x16_opt1_shared (examples/matrix2d_16x16_opt1_shared.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// matrix2d array, 16 x 16; drain: shared resolve stage, 16 lane(s), 16 step(s).
// Protocol: pulse start with cfg_k = k steps of the tile; the array requests step a_idx/b_idx
// (operands are expected in the same cycle); out_vld marks results (latency 3 after the last step).
module matrix2d_16x16_opt1_shared (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_k,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [127:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [127:0] b_in,
  output wire [15:0] out_vld,
  output wire [511:0] out_data
);
  // Controller: one request per k step. The first / last flags are registered a step ahead
  // (krem counts the steps left), so no arithmetic compare with cfg_k sits on the per-cycle path.
  wire f_vld;
  wire f_first;
  wire f_last;
  wire [31:0] s0_0;
  wire [31:0] c0_0;
  wire [31:0] s0_1;
  wire [31:0] c0_1;
  wire [31:0] s0_2;
  wire [31:0] c0_2;
  wire [31:0] s0_3;
  wire [31:0] c0_3;
  wire [31:0] s0_4;
  wire [31:0] c0_4;
  wire [31:0] s0_5;
  wire [31:0] c0_5;
  wire [31:0] s0_6;
  wire [31:0] c0_6;
  wire [31:0] s0_7;
  wire [31:0] c0_7;
  wire [31:0] s0_8;
  wire [31:0] c0_8;
  wire [31:0] s0_9;
  wire [31:0] c0_9;
  wire [31:0] s0_10;
  wire [31:0] c0_10;
  wire [31:0] s0_11;
  wire [31:0] c0_11;
  wire [31:0] s0_12;
  wire [31:0] c0_12;
  wire [31:0] s0_13;
  wire [31:0] c0_13;
  wire [31:0] s0_14;
  wire [31:0] c0_14;
  wire [31:0] s0_15;
  wire [31:0] c0_15;
  wire [31:0] s1_0;
  wire [31:0] c1_0;
  wire [31:0] s1_1;
  wire [31:0] c1_1;
  wire [31:0] s1_2;
  wire [31:0] c1_2;
  wire [31:0] s1_3;
  wire [31:0] c1_3;
  wire [31:0] s1_4;
  wire [31:0] c1_4;
  wire [31:0] s1_5;
  wire [31:0] c1_5;
  wire [31:0] s1_6;
  wire [31:0] c1_6;
  wire [31:0] s1_7;
  wire [31:0] c1_7;
  wire [31:0] s1_8;
  wire [31:0] c1_8;
  wire [31:0] s1_9;
  wire [31:0] c1_9;
  wire [31:0] s1_10;
  wire [31:0] c1_10;
  wire [31:0] s1_11;
  wire [31:0] c1_11;
  wire [31:0] s1_12;
  wire [31:0] c1_12;
  wire [31:0] s1_13;
  wire [31:0] c1_13;
  wire [31:0] s1_14;
  wire [31:0] c1_14;
  wire [31:0] s1_15;
  wire [31:0] c1_15;
  wire [31:0] s2_0;
  wire [31:0] c2_0;
  wire [31:0] s2_1;
  wire [31:0] c2_1;
  wire [31:0] s2_2;
  wire [31:0] c2_2;
  wire [31:0] s2_3;
  wire [31:0] c2_3;
  wire [31:0] s2_4;
  wire [31:0] c2_4;
  wire [31:0] s2_5;
  wire [31:0] c2_5;
  wire [31:0] s2_6;
  wire [31:0] c2_6;
  wire [31:0] s2_7;
  wire [31:0] c2_7;
  wire [31:0] s2_8;
  wire [31:0] c2_8;
  wire [31:0] s2_9;
  wire [31:0] c2_9;
  wire [31:0] s2_10;
  wire [31:0] c2_10;
  wire [31:0] s2_11;
  wire [31:0] c2_11;
  wire [31:0] s2_12;
  wire [31:0] c2_12;
  wire [31:0] s2_13;
  wire [31:0] c2_13;
  wire [31:0] s2_14;
  wire [31:0] c2_14;
  wire [31:0] s2_15;
  wire [31:0] c2_15;
  wire [31:0] s3_0;
  wire [31:0] c3_0;
  wire [31:0] s3_1;
  wire [31:0] c3_1;
  wire [31:0] s3_2;
  wire [31:0] c3_2;
  wire [31:0] s3_3;
  wire [31:0] c3_3;
  wire [31:0] s3_4;
  wire [31:0] c3_4;
  wire [31:0] s3_5;
  wire [31:0] c3_5;
  wire [31:0] s3_6;
  wire [31:0] c3_6;
  wire [31:0] s3_7;
  wire [31:0] c3_7;
  wire [31:0] s3_8;
  wire [31:0] c3_8;
  wire [31:0] s3_9;
  wire [31:0] c3_9;
  wire [31:0] s3_10;
  wire [31:0] c3_10;
  wire [31:0] s3_11;
  wire [31:0] c3_11;
  wire [31:0] s3_12;
  wire [31:0] c3_12;
  wire [31:0] s3_13;
  wire [31:0] c3_13;
  wire [31:0] s3_14;
  wire [31:0] c3_14;
  wire [31:0] s3_15;
  wire [31:0] c3_15;
  wire [31:0] s4_0;
  wire [31:0] c4_0;
  wire [31:0] s4_1;
  wire [31:0] c4_1;
  wire [31:0] s4_2;
  wire [31:0] c4_2;
  wire [31:0] s4_3;
  wire [31:0] c4_3;
  wire [31:0] s4_4;
  wire [31:0] c4_4;
  wire [31:0] s4_5;
  wire [31:0] c4_5;
  wire [31:0] s4_6;
  wire [31:0] c4_6;
  wire [31:0] s4_7;
  wire [31:0] c4_7;
  wire [31:0] s4_8;
  wire [31:0] c4_8;
  wire [31:0] s4_9;
  wire [31:0] c4_9;
  wire [31:0] s4_10;
  wire [31:0] c4_10;
  wire [31:0] s4_11;
  wire [31:0] c4_11;
  wire [31:0] s4_12;
  wire [31:0] c4_12;
  wire [31:0] s4_13;
  wire [31:0] c4_13;
  wire [31:0] s4_14;
  wire [31:0] c4_14;
  wire [31:0] s4_15;
  wire [31:0] c4_15;
  wire [31:0] s5_0;
  wire [31:0] c5_0;
  wire [31:0] s5_1;
  wire [31:0] c5_1;
  wire [31:0] s5_2;
  wire [31:0] c5_2;
  wire [31:0] s5_3;
  wire [31:0] c5_3;
  wire [31:0] s5_4;
  wire [31:0] c5_4;
  wire [31:0] s5_5;
  wire [31:0] c5_5;
  wire [31:0] s5_6;
  wire [31:0] c5_6;
  wire [31:0] s5_7;
  wire [31:0] c5_7;
  wire [31:0] s5_8;
  wire [31:0] c5_8;
  wire [31:0] s5_9;
  wire [31:0] c5_9;
  wire [31:0] s5_10;
  wire [31:0] c5_10;
  wire [31:0] s5_11;
  wire [31:0] c5_11;
  wire [31:0] s5_12;
  wire [31:0] c5_12;
  wire [31:0] s5_13;
  wire [31:0] c5_13;
  wire [31:0] s5_14;
  wire [31:0] c5_14;
  wire [31:0] s5_15;
  wire [31:0] c5_15;
  wire [31:0] s6_0;
  wire [31:0] c6_0;
  wire [31:0] s6_1;
  wire [31:0] c6_1;
  wire [31:0] s6_2;
  wire [31:0] c6_2;
  wire [31:0] s6_3;
  wire [31:0] c6_3;
  wire [31:0] s6_4;
  wire [31:0] c6_4;
  wire [31:0] s6_5;
  wire [31:0] c6_5;
  wire [31:0] s6_6;
  wire [31:0] c6_6;
  wire [31:0] s6_7;
  wire [31:0] c6_7;
  wire [31:0] s6_8;
  wire [31:0] c6_8;
  wire [31:0] s6_9;
  wire [31:0] c6_9;
  wire [31:0] s6_10;
  wire [31:0] c6_10;
  wire [31:0] s6_11;
  wire [31:0] c6_11;
  wire [31:0] s6_12;
  wire [31:0] c6_12;
  wire [31:0] s6_13;
  wire [31:0] c6_13;
  wire [31:0] s6_14;
  wire [31:0] c6_14;
  wire [31:0] s6_15;
  wire [31:0] c6_15;
  wire [31:0] s7_0;
  wire [31:0] c7_0;
  wire [31:0] s7_1;
  wire [31:0] c7_1;
  wire [31:0] s7_2;
  wire [31:0] c7_2;
  wire [31:0] s7_3;
  wire [31:0] c7_3;
  wire [31:0] s7_4;
  wire [31:0] c7_4;
  wire [31:0] s7_5;
  wire [31:0] c7_5;
  wire [31:0] s7_6;
  wire [31:0] c7_6;
  wire [31:0] s7_7;
  wire [31:0] c7_7;
  wire [31:0] s7_8;
  wire [31:0] c7_8;
  wire [31:0] s7_9;
  wire [31:0] c7_9;
  wire [31:0] s7_10;
  wire [31:0] c7_10;
  wire [31:0] s7_11;
  wire [31:0] c7_11;
  wire [31:0] s7_12;
  wire [31:0] c7_12;
  wire [31:0] s7_13;
  wire [31:0] c7_13;
  wire [31:0] s7_14;
  wire [31:0] c7_14;
  wire [31:0] s7_15;
  wire [31:0] c7_15;
  wire [31:0] s8_0;
  wire [31:0] c8_0;
  wire [31:0] s8_1;
  wire [31:0] c8_1;
  wire [31:0] s8_2;
  wire [31:0] c8_2;
  wire [31:0] s8_3;
  wire [31:0] c8_3;
  wire [31:0] s8_4;
  wire [31:0] c8_4;
  wire [31:0] s8_5;
  wire [31:0] c8_5;
  wire [31:0] s8_6;
  wire [31:0] c8_6;
  wire [31:0] s8_7;
  wire [31:0] c8_7;
  wire [31:0] s8_8;
  wire [31:0] c8_8;
  wire [31:0] s8_9;
  wire [31:0] c8_9;
  wire [31:0] s8_10;
  wire [31:0] c8_10;
  wire [31:0] s8_11;
  wire [31:0] c8_11;
  wire [31:0] s8_12;
  wire [31:0] c8_12;
  wire [31:0] s8_13;
  wire [31:0] c8_13;
  wire [31:0] s8_14;
  wire [31:0] c8_14;
  wire [31:0] s8_15;
  wire [31:0] c8_15;
  wire [31:0] s9_0;
  wire [31:0] c9_0;
  wire [31:0] s9_1;
  wire [31:0] c9_1;
  wire [31:0] s9_2;
  wire [31:0] c9_2;
  wire [31:0] s9_3;
  wire [31:0] c9_3;
  wire [31:0] s9_4;
  wire [31:0] c9_4;
  wire [31:0] s9_5;
  wire [31:0] c9_5;
  wire [31:0] s9_6;
  wire [31:0] c9_6;
  wire [31:0] s9_7;
  wire [31:0] c9_7;
  wire [31:0] s9_8;
  wire [31:0] c9_8;
  wire [31:0] s9_9;
  wire [31:0] c9_9;
  wire [31:0] s9_10;
  wire [31:0] c9_10;
  wire [31:0] s9_11;
  wire [31:0] c9_11;
  wire [31:0] s9_12;
  wire [31:0] c9_12;
  wire [31:0] s9_13;
  wire [31:0] c9_13;
  wire [31:0] s9_14;
  wire [31:0] c9_14;
  wire [31:0] s9_15;
  wire [31:0] c9_15;
  wire [31:0] s10_0;
  wire [31:0] c10_0;
  wire [31:0] s10_1;
  wire [31:0] c10_1;
  wire [31:0] s10_2;
  wire [31:0] c10_2;
  wire [31:0] s10_3;
  wire [31:0] c10_3;
  wire [31:0] s10_4;
  wire [31:0] c10_4;
  wire [31:0] s10_5;
  wire [31:0] c10_5;
  wire [31:0] s10_6;
  wire [31:0] c10_6;
  wire [31:0] s10_7;
  wire [31:0] c10_7;
  wire [31:0] s10_8;
  wire [31:0] c10_8;
  wire [31:0] s10_9;
  wire [31:0] c10_9;
  wire [31:0] s10_10;
  wire [31:0] c10_10;
  wire [31:0] s10_11;
  wire [31:0] c10_11;
  wire [31:0] s10_12;
  wire [31:0] c10_12;
  wire [31:0] s10_13;
  wire [31:0] c10_13;
  wire [31:0] s10_14;
  wire [31:0] c10_14;
  wire [31:0] s10_15;
  wire [31:0] c10_15;
  wire [31:0] s11_0;
  wire [31:0] c11_0;
  wire [31:0] s11_1;
  wire [31:0] c11_1;
  wire [31:0] s11_2;
  wire [31:0] c11_2;
  wire [31:0] s11_3;
  wire [31:0] c11_3;
  wire [31:0] s11_4;
  wire [31:0] c11_4;
  wire [31:0] s11_5;
  wire [31:0] c11_5;
  wire [31:0] s11_6;
  wire [31:0] c11_6;
  wire [31:0] s11_7;
  wire [31:0] c11_7;
  wire [31:0] s11_8;
  wire [31:0] c11_8;
  wire [31:0] s11_9;
  wire [31:0] c11_9;
  wire [31:0] s11_10;
  wire [31:0] c11_10;
  wire [31:0] s11_11;
  wire [31:0] c11_11;
  wire [31:0] s11_12;
  wire [31:0] c11_12;
  wire [31:0] s11_13;
  wire [31:0] c11_13;
  wire [31:0] s11_14;
  wire [31:0] c11_14;
  wire [31:0] s11_15;
  wire [31:0] c11_15;
  wire [31:0] s12_0;
  wire [31:0] c12_0;
  wire [31:0] s12_1;
  wire [31:0] c12_1;
  wire [31:0] s12_2;
  wire [31:0] c12_2;
  wire [31:0] s12_3;
  wire [31:0] c12_3;
  wire [31:0] s12_4;
  wire [31:0] c12_4;
  wire [31:0] s12_5;
  wire [31:0] c12_5;
  wire [31:0] s12_6;
  wire [31:0] c12_6;
  wire [31:0] s12_7;
  wire [31:0] c12_7;
  wire [31:0] s12_8;
  wire [31:0] c12_8;
  wire [31:0] s12_9;
  wire [31:0] c12_9;
  wire [31:0] s12_10;
  wire [31:0] c12_10;
  wire [31:0] s12_11;
  wire [31:0] c12_11;
  wire [31:0] s12_12;
  wire [31:0] c12_12;
  wire [31:0] s12_13;
  wire [31:0] c12_13;
  wire [31:0] s12_14;
  wire [31:0] c12_14;
  wire [31:0] s12_15;
  wire [31:0] c12_15;
  wire [31:0] s13_0;
  wire [31:0] c13_0;
  wire [31:0] s13_1;
  wire [31:0] c13_1;
  wire [31:0] s13_2;
  wire [31:0] c13_2;
  wire [31:0] s13_3;
  wire [31:0] c13_3;
  wire [31:0] s13_4;
  wire [31:0] c13_4;
  wire [31:0] s13_5;
  wire [31:0] c13_5;
  wire [31:0] s13_6;
  wire [31:0] c13_6;
  wire [31:0] s13_7;
  wire [31:0] c13_7;
  wire [31:0] s13_8;
  wire [31:0] c13_8;
  wire [31:0] s13_9;
  wire [31:0] c13_9;
  wire [31:0] s13_10;
  wire [31:0] c13_10;
  wire [31:0] s13_11;
  wire [31:0] c13_11;
  wire [31:0] s13_12;
  wire [31:0] c13_12;
  wire [31:0] s13_13;
  wire [31:0] c13_13;
  wire [31:0] s13_14;
  wire [31:0] c13_14;
  wire [31:0] s13_15;
  wire [31:0] c13_15;
  wire [31:0] s14_0;
  wire [31:0] c14_0;
  wire [31:0] s14_1;
  wire [31:0] c14_1;
  wire [31:0] s14_2;
  wire [31:0] c14_2;
  wire [31:0] s14_3;
  wire [31:0] c14_3;
  wire [31:0] s14_4;
  wire [31:0] c14_4;
  wire [31:0] s14_5;
  wire [31:0] c14_5;
  wire [31:0] s14_6;
  wire [31:0] c14_6;
  wire [31:0] s14_7;
  wire [31:0] c14_7;
  wire [31:0] s14_8;
  wire [31:0] c14_8;
  wire [31:0] s14_9;
  wire [31:0] c14_9;
  wire [31:0] s14_10;
  wire [31:0] c14_10;
  wire [31:0] s14_11;
  wire [31:0] c14_11;
  wire [31:0] s14_12;
  wire [31:0] c14_12;
  wire [31:0] s14_13;
  wire [31:0] c14_13;
  wire [31:0] s14_14;
  wire [31:0] c14_14;
  wire [31:0] s14_15;
  wire [31:0] c14_15;
  wire [31:0] s15_0;
  wire [31:0] c15_0;
  wire [31:0] s15_1;
  wire [31:0] c15_1;
  wire [31:0] s15_2;
  wire [31:0] c15_2;
  wire [31:0] s15_3;
  wire [31:0] c15_3;
  wire [31:0] s15_4;
  wire [31:0] c15_4;
  wire [31:0] s15_5;
  wire [31:0] c15_5;
  wire [31:0] s15_6;
  wire [31:0] c15_6;
  wire [31:0] s15_7;
  wire [31:0] c15_7;
  wire [31:0] s15_8;
  wire [31:0] c15_8;
  wire [31:0] s15_9;
  wire [31:0] c15_9;
  wire [31:0] s15_10;
  wire [31:0] c15_10;
  wire [31:0] s15_11;
  wire [31:0] c15_11;
  wire [31:0] s15_12;
  wire [31:0] c15_12;
  wire [31:0] s15_13;
  wire [31:0] c15_13;
  wire [31:0] s15_14;
  wire [31:0] c15_14;
  wire [31:0] s15_15;
  wire [31:0] c15_15;
  reg run;
  reg [31:0] kcnt;
  reg [31:0] krem;
  reg k_first;
  reg k_last;
  assign f_vld = run;
  assign f_first = run & k_first;
  assign f_last = run & k_last;
  assign a_rd = run;
  assign a_idx = kcnt;
  assign b_rd = run;
  assign b_idx = kcnt;
  matrix2d_16x16_opt1_shared_pe pe0_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_0),
    .acc_c_out(c0_0)
  );
  matrix2d_16x16_opt1_shared_pe pe0_1 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_1),
    .acc_c_out(c0_1)
  );
  matrix2d_16x16_opt1_shared_pe pe0_2 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_2),
    .acc_c_out(c0_2)
  );
  matrix2d_16x16_opt1_shared_pe pe0_3 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_3),
    .acc_c_out(c0_3)
  );
  matrix2d_16x16_opt1_shared_pe pe0_4 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_4),
    .acc_c_out(c0_4)
  );
  matrix2d_16x16_opt1_shared_pe pe0_5 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_5),
    .acc_c_out(c0_5)
  );
  matrix2d_16x16_opt1_shared_pe pe0_6 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_6),
    .acc_c_out(c0_6)
  );
  matrix2d_16x16_opt1_shared_pe pe0_7 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_7),
    .acc_c_out(c0_7)
  );
  matrix2d_16x16_opt1_shared_pe pe0_8 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_8),
    .acc_c_out(c0_8)
  );
  matrix2d_16x16_opt1_shared_pe pe0_9 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_9),
    .acc_c_out(c0_9)
  );
  matrix2d_16x16_opt1_shared_pe pe0_10 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_10),
    .acc_c_out(c0_10)
  );
  matrix2d_16x16_opt1_shared_pe pe0_11 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_11),
    .acc_c_out(c0_11)
  );
  matrix2d_16x16_opt1_shared_pe pe0_12 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_12),
    .acc_c_out(c0_12)
  );
  matrix2d_16x16_opt1_shared_pe pe0_13 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_13),
    .acc_c_out(c0_13)
  );
  matrix2d_16x16_opt1_shared_pe pe0_14 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_14),
    .acc_c_out(c0_14)
  );
  matrix2d_16x16_opt1_shared_pe pe0_15 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_15),
    .acc_c_out(c0_15)
  );
  matrix2d_16x16_opt1_shared_pe pe1_0 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_0),
    .acc_c_out(c1_0)
  );
  matrix2d_16x16_opt1_shared_pe pe1_1 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_1),
    .acc_c_out(c1_1)
  );
  matrix2d_16x16_opt1_shared_pe pe1_2 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_2),
    .acc_c_out(c1_2)
  );
  matrix2d_16x16_opt1_shared_pe pe1_3 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_3),
    .acc_c_out(c1_3)
  );
  matrix2d_16x16_opt1_shared_pe pe1_4 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_4),
    .acc_c_out(c1_4)
  );
  matrix2d_16x16_opt1_shared_pe pe1_5 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_5),
    .acc_c_out(c1_5)
  );
  matrix2d_16x16_opt1_shared_pe pe1_6 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_6),
    .acc_c_out(c1_6)
  );
  matrix2d_16x16_opt1_shared_pe pe1_7 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_7),
    .acc_c_out(c1_7)
  );
  matrix2d_16x16_opt1_shared_pe pe1_8 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_8),
    .acc_c_out(c1_8)
  );
  matrix2d_16x16_opt1_shared_pe pe1_9 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_9),
    .acc_c_out(c1_9)
  );
  matrix2d_16x16_opt1_shared_pe pe1_10 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_10),
    .acc_c_out(c1_10)
  );
  matrix2d_16x16_opt1_shared_pe pe1_11 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_11),
    .acc_c_out(c1_11)
  );
  matrix2d_16x16_opt1_shared_pe pe1_12 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_12),
    .acc_c_out(c1_12)
  );
  matrix2d_16x16_opt1_shared_pe pe1_13 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_13),
    .acc_c_out(c1_13)
  );
  matrix2d_16x16_opt1_shared_pe pe1_14 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_14),
    .acc_c_out(c1_14)
  );
  matrix2d_16x16_opt1_shared_pe pe1_15 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_15),
    .acc_c_out(c1_15)
  );
  matrix2d_16x16_opt1_shared_pe pe2_0 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_0),
    .acc_c_out(c2_0)
  );
  matrix2d_16x16_opt1_shared_pe pe2_1 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_1),
    .acc_c_out(c2_1)
  );
  matrix2d_16x16_opt1_shared_pe pe2_2 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_2),
    .acc_c_out(c2_2)
  );
  matrix2d_16x16_opt1_shared_pe pe2_3 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_3),
    .acc_c_out(c2_3)
  );
  matrix2d_16x16_opt1_shared_pe pe2_4 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_4),
    .acc_c_out(c2_4)
  );
  matrix2d_16x16_opt1_shared_pe pe2_5 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_5),
    .acc_c_out(c2_5)
  );
  matrix2d_16x16_opt1_shared_pe pe2_6 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_6),
    .acc_c_out(c2_6)
  );
  matrix2d_16x16_opt1_shared_pe pe2_7 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_7),
    .acc_c_out(c2_7)
  );
  matrix2d_16x16_opt1_shared_pe pe2_8 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_8),
    .acc_c_out(c2_8)
  );
  matrix2d_16x16_opt1_shared_pe pe2_9 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_9),
    .acc_c_out(c2_9)
  );
  matrix2d_16x16_opt1_shared_pe pe2_10 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_10),
    .acc_c_out(c2_10)
  );
  matrix2d_16x16_opt1_shared_pe pe2_11 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_11),
    .acc_c_out(c2_11)
  );
  matrix2d_16x16_opt1_shared_pe pe2_12 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_12),
    .acc_c_out(c2_12)
  );
  matrix2d_16x16_opt1_shared_pe pe2_13 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_13),
    .acc_c_out(c2_13)
  );
  matrix2d_16x16_opt1_shared_pe pe2_14 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_14),
    .acc_c_out(c2_14)
  );
  matrix2d_16x16_opt1_shared_pe pe2_15 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_15),
    .acc_c_out(c2_15)
  );
  matrix2d_16x16_opt1_shared_pe pe3_0 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_0),
    .acc_c_out(c3_0)
  );
  matrix2d_16x16_opt1_shared_pe pe3_1 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_1),
    .acc_c_out(c3_1)
  );
  matrix2d_16x16_opt1_shared_pe pe3_2 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_2),
    .acc_c_out(c3_2)
  );
  matrix2d_16x16_opt1_shared_pe pe3_3 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_3),
    .acc_c_out(c3_3)
  );
  matrix2d_16x16_opt1_shared_pe pe3_4 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_4),
    .acc_c_out(c3_4)
  );
  matrix2d_16x16_opt1_shared_pe pe3_5 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_5),
    .acc_c_out(c3_5)
  );
  matrix2d_16x16_opt1_shared_pe pe3_6 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_6),
    .acc_c_out(c3_6)
  );
  matrix2d_16x16_opt1_shared_pe pe3_7 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_7),
    .acc_c_out(c3_7)
  );
  matrix2d_16x16_opt1_shared_pe pe3_8 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_8),
    .acc_c_out(c3_8)
  );
  matrix2d_16x16_opt1_shared_pe pe3_9 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_9),
    .acc_c_out(c3_9)
  );
  matrix2d_16x16_opt1_shared_pe pe3_10 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_10),
    .acc_c_out(c3_10)
  );
  matrix2d_16x16_opt1_shared_pe pe3_11 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_11),
    .acc_c_out(c3_11)
  );
  matrix2d_16x16_opt1_shared_pe pe3_12 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_12),
    .acc_c_out(c3_12)
  );
  matrix2d_16x16_opt1_shared_pe pe3_13 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_13),
    .acc_c_out(c3_13)
  );
  matrix2d_16x16_opt1_shared_pe pe3_14 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_14),
    .acc_c_out(c3_14)
  );
  matrix2d_16x16_opt1_shared_pe pe3_15 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_15),
    .acc_c_out(c3_15)
  );
  matrix2d_16x16_opt1_shared_pe pe4_0 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_0),
    .acc_c_out(c4_0)
  );
  matrix2d_16x16_opt1_shared_pe pe4_1 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_1),
    .acc_c_out(c4_1)
  );
  matrix2d_16x16_opt1_shared_pe pe4_2 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_2),
    .acc_c_out(c4_2)
  );
  matrix2d_16x16_opt1_shared_pe pe4_3 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_3),
    .acc_c_out(c4_3)
  );
  matrix2d_16x16_opt1_shared_pe pe4_4 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_4),
    .acc_c_out(c4_4)
  );
  matrix2d_16x16_opt1_shared_pe pe4_5 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_5),
    .acc_c_out(c4_5)
  );
  matrix2d_16x16_opt1_shared_pe pe4_6 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_6),
    .acc_c_out(c4_6)
  );
  matrix2d_16x16_opt1_shared_pe pe4_7 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_7),
    .acc_c_out(c4_7)
  );
  matrix2d_16x16_opt1_shared_pe pe4_8 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_8),
    .acc_c_out(c4_8)
  );
  matrix2d_16x16_opt1_shared_pe pe4_9 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_9),
    .acc_c_out(c4_9)
  );
  matrix2d_16x16_opt1_shared_pe pe4_10 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_10),
    .acc_c_out(c4_10)
  );
  matrix2d_16x16_opt1_shared_pe pe4_11 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_11),
    .acc_c_out(c4_11)
  );
  matrix2d_16x16_opt1_shared_pe pe4_12 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_12),
    .acc_c_out(c4_12)
  );
  matrix2d_16x16_opt1_shared_pe pe4_13 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_13),
    .acc_c_out(c4_13)
  );
  matrix2d_16x16_opt1_shared_pe pe4_14 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_14),
    .acc_c_out(c4_14)
  );
  matrix2d_16x16_opt1_shared_pe pe4_15 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_15),
    .acc_c_out(c4_15)
  );
  matrix2d_16x16_opt1_shared_pe pe5_0 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_0),
    .acc_c_out(c5_0)
  );
  matrix2d_16x16_opt1_shared_pe pe5_1 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_1),
    .acc_c_out(c5_1)
  );
  matrix2d_16x16_opt1_shared_pe pe5_2 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_2),
    .acc_c_out(c5_2)
  );
  matrix2d_16x16_opt1_shared_pe pe5_3 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_3),
    .acc_c_out(c5_3)
  );
  matrix2d_16x16_opt1_shared_pe pe5_4 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_4),
    .acc_c_out(c5_4)
  );
  matrix2d_16x16_opt1_shared_pe pe5_5 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_5),
    .acc_c_out(c5_5)
  );
  matrix2d_16x16_opt1_shared_pe pe5_6 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_6),
    .acc_c_out(c5_6)
  );
  matrix2d_16x16_opt1_shared_pe pe5_7 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_7),
    .acc_c_out(c5_7)
  );
  matrix2d_16x16_opt1_shared_pe pe5_8 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_8),
    .acc_c_out(c5_8)
  );
  matrix2d_16x16_opt1_shared_pe pe5_9 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_9),
    .acc_c_out(c5_9)
  );
  matrix2d_16x16_opt1_shared_pe pe5_10 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_10),
    .acc_c_out(c5_10)
  );
  matrix2d_16x16_opt1_shared_pe pe5_11 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_11),
    .acc_c_out(c5_11)
  );
  matrix2d_16x16_opt1_shared_pe pe5_12 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_12),
    .acc_c_out(c5_12)
  );
  matrix2d_16x16_opt1_shared_pe pe5_13 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_13),
    .acc_c_out(c5_13)
  );
  matrix2d_16x16_opt1_shared_pe pe5_14 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_14),
    .acc_c_out(c5_14)
  );
  matrix2d_16x16_opt1_shared_pe pe5_15 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_15),
    .acc_c_out(c5_15)
  );
  matrix2d_16x16_opt1_shared_pe pe6_0 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_0),
    .acc_c_out(c6_0)
  );
  matrix2d_16x16_opt1_shared_pe pe6_1 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_1),
    .acc_c_out(c6_1)
  );
  matrix2d_16x16_opt1_shared_pe pe6_2 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_2),
    .acc_c_out(c6_2)
  );
  matrix2d_16x16_opt1_shared_pe pe6_3 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_3),
    .acc_c_out(c6_3)
  );
  matrix2d_16x16_opt1_shared_pe pe6_4 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_4),
    .acc_c_out(c6_4)
  );
  matrix2d_16x16_opt1_shared_pe pe6_5 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_5),
    .acc_c_out(c6_5)
  );
  matrix2d_16x16_opt1_shared_pe pe6_6 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_6),
    .acc_c_out(c6_6)
  );
  matrix2d_16x16_opt1_shared_pe pe6_7 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_7),
    .acc_c_out(c6_7)
  );
  matrix2d_16x16_opt1_shared_pe pe6_8 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_8),
    .acc_c_out(c6_8)
  );
  matrix2d_16x16_opt1_shared_pe pe6_9 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_9),
    .acc_c_out(c6_9)
  );
  matrix2d_16x16_opt1_shared_pe pe6_10 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_10),
    .acc_c_out(c6_10)
  );
  matrix2d_16x16_opt1_shared_pe pe6_11 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_11),
    .acc_c_out(c6_11)
  );
  matrix2d_16x16_opt1_shared_pe pe6_12 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_12),
    .acc_c_out(c6_12)
  );
  matrix2d_16x16_opt1_shared_pe pe6_13 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_13),
    .acc_c_out(c6_13)
  );
  matrix2d_16x16_opt1_shared_pe pe6_14 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_14),
    .acc_c_out(c6_14)
  );
  matrix2d_16x16_opt1_shared_pe pe6_15 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_15),
    .acc_c_out(c6_15)
  );
  matrix2d_16x16_opt1_shared_pe pe7_0 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_0),
    .acc_c_out(c7_0)
  );
  matrix2d_16x16_opt1_shared_pe pe7_1 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_1),
    .acc_c_out(c7_1)
  );
  matrix2d_16x16_opt1_shared_pe pe7_2 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_2),
    .acc_c_out(c7_2)
  );
  matrix2d_16x16_opt1_shared_pe pe7_3 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_3),
    .acc_c_out(c7_3)
  );
  matrix2d_16x16_opt1_shared_pe pe7_4 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_4),
    .acc_c_out(c7_4)
  );
  matrix2d_16x16_opt1_shared_pe pe7_5 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_5),
    .acc_c_out(c7_5)
  );
  matrix2d_16x16_opt1_shared_pe pe7_6 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_6),
    .acc_c_out(c7_6)
  );
  matrix2d_16x16_opt1_shared_pe pe7_7 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_7),
    .acc_c_out(c7_7)
  );
  matrix2d_16x16_opt1_shared_pe pe7_8 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_8),
    .acc_c_out(c7_8)
  );
  matrix2d_16x16_opt1_shared_pe pe7_9 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_9),
    .acc_c_out(c7_9)
  );
  matrix2d_16x16_opt1_shared_pe pe7_10 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_10),
    .acc_c_out(c7_10)
  );
  matrix2d_16x16_opt1_shared_pe pe7_11 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_11),
    .acc_c_out(c7_11)
  );
  matrix2d_16x16_opt1_shared_pe pe7_12 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_12),
    .acc_c_out(c7_12)
  );
  matrix2d_16x16_opt1_shared_pe pe7_13 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_13),
    .acc_c_out(c7_13)
  );
  matrix2d_16x16_opt1_shared_pe pe7_14 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_14),
    .acc_c_out(c7_14)
  );
  matrix2d_16x16_opt1_shared_pe pe7_15 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_15),
    .acc_c_out(c7_15)
  );
  matrix2d_16x16_opt1_shared_pe pe8_0 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_0),
    .acc_c_out(c8_0)
  );
  matrix2d_16x16_opt1_shared_pe pe8_1 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_1),
    .acc_c_out(c8_1)
  );
  matrix2d_16x16_opt1_shared_pe pe8_2 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_2),
    .acc_c_out(c8_2)
  );
  matrix2d_16x16_opt1_shared_pe pe8_3 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_3),
    .acc_c_out(c8_3)
  );
  matrix2d_16x16_opt1_shared_pe pe8_4 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_4),
    .acc_c_out(c8_4)
  );
  matrix2d_16x16_opt1_shared_pe pe8_5 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_5),
    .acc_c_out(c8_5)
  );
  matrix2d_16x16_opt1_shared_pe pe8_6 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_6),
    .acc_c_out(c8_6)
  );
  matrix2d_16x16_opt1_shared_pe pe8_7 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_7),
    .acc_c_out(c8_7)
  );
  matrix2d_16x16_opt1_shared_pe pe8_8 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_8),
    .acc_c_out(c8_8)
  );
  matrix2d_16x16_opt1_shared_pe pe8_9 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_9),
    .acc_c_out(c8_9)
  );
  matrix2d_16x16_opt1_shared_pe pe8_10 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_10),
    .acc_c_out(c8_10)
  );
  matrix2d_16x16_opt1_shared_pe pe8_11 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_11),
    .acc_c_out(c8_11)
  );
  matrix2d_16x16_opt1_shared_pe pe8_12 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_12),
    .acc_c_out(c8_12)
  );
  matrix2d_16x16_opt1_shared_pe pe8_13 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_13),
    .acc_c_out(c8_13)
  );
  matrix2d_16x16_opt1_shared_pe pe8_14 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_14),
    .acc_c_out(c8_14)
  );
  matrix2d_16x16_opt1_shared_pe pe8_15 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s8_15),
    .acc_c_out(c8_15)
  );
  matrix2d_16x16_opt1_shared_pe pe9_0 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_0),
    .acc_c_out(c9_0)
  );
  matrix2d_16x16_opt1_shared_pe pe9_1 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_1),
    .acc_c_out(c9_1)
  );
  matrix2d_16x16_opt1_shared_pe pe9_2 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_2),
    .acc_c_out(c9_2)
  );
  matrix2d_16x16_opt1_shared_pe pe9_3 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_3),
    .acc_c_out(c9_3)
  );
  matrix2d_16x16_opt1_shared_pe pe9_4 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_4),
    .acc_c_out(c9_4)
  );
  matrix2d_16x16_opt1_shared_pe pe9_5 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_5),
    .acc_c_out(c9_5)
  );
  matrix2d_16x16_opt1_shared_pe pe9_6 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_6),
    .acc_c_out(c9_6)
  );
  matrix2d_16x16_opt1_shared_pe pe9_7 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_7),
    .acc_c_out(c9_7)
  );
  matrix2d_16x16_opt1_shared_pe pe9_8 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_8),
    .acc_c_out(c9_8)
  );
  matrix2d_16x16_opt1_shared_pe pe9_9 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_9),
    .acc_c_out(c9_9)
  );
  matrix2d_16x16_opt1_shared_pe pe9_10 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_10),
    .acc_c_out(c9_10)
  );
  matrix2d_16x16_opt1_shared_pe pe9_11 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_11),
    .acc_c_out(c9_11)
  );
  matrix2d_16x16_opt1_shared_pe pe9_12 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_12),
    .acc_c_out(c9_12)
  );
  matrix2d_16x16_opt1_shared_pe pe9_13 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_13),
    .acc_c_out(c9_13)
  );
  matrix2d_16x16_opt1_shared_pe pe9_14 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_14),
    .acc_c_out(c9_14)
  );
  matrix2d_16x16_opt1_shared_pe pe9_15 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s9_15),
    .acc_c_out(c9_15)
  );
  matrix2d_16x16_opt1_shared_pe pe10_0 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_0),
    .acc_c_out(c10_0)
  );
  matrix2d_16x16_opt1_shared_pe pe10_1 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_1),
    .acc_c_out(c10_1)
  );
  matrix2d_16x16_opt1_shared_pe pe10_2 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_2),
    .acc_c_out(c10_2)
  );
  matrix2d_16x16_opt1_shared_pe pe10_3 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_3),
    .acc_c_out(c10_3)
  );
  matrix2d_16x16_opt1_shared_pe pe10_4 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_4),
    .acc_c_out(c10_4)
  );
  matrix2d_16x16_opt1_shared_pe pe10_5 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_5),
    .acc_c_out(c10_5)
  );
  matrix2d_16x16_opt1_shared_pe pe10_6 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_6),
    .acc_c_out(c10_6)
  );
  matrix2d_16x16_opt1_shared_pe pe10_7 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_7),
    .acc_c_out(c10_7)
  );
  matrix2d_16x16_opt1_shared_pe pe10_8 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_8),
    .acc_c_out(c10_8)
  );
  matrix2d_16x16_opt1_shared_pe pe10_9 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_9),
    .acc_c_out(c10_9)
  );
  matrix2d_16x16_opt1_shared_pe pe10_10 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_10),
    .acc_c_out(c10_10)
  );
  matrix2d_16x16_opt1_shared_pe pe10_11 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_11),
    .acc_c_out(c10_11)
  );
  matrix2d_16x16_opt1_shared_pe pe10_12 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_12),
    .acc_c_out(c10_12)
  );
  matrix2d_16x16_opt1_shared_pe pe10_13 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_13),
    .acc_c_out(c10_13)
  );
  matrix2d_16x16_opt1_shared_pe pe10_14 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_14),
    .acc_c_out(c10_14)
  );
  matrix2d_16x16_opt1_shared_pe pe10_15 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s10_15),
    .acc_c_out(c10_15)
  );
  matrix2d_16x16_opt1_shared_pe pe11_0 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_0),
    .acc_c_out(c11_0)
  );
  matrix2d_16x16_opt1_shared_pe pe11_1 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_1),
    .acc_c_out(c11_1)
  );
  matrix2d_16x16_opt1_shared_pe pe11_2 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_2),
    .acc_c_out(c11_2)
  );
  matrix2d_16x16_opt1_shared_pe pe11_3 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_3),
    .acc_c_out(c11_3)
  );
  matrix2d_16x16_opt1_shared_pe pe11_4 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_4),
    .acc_c_out(c11_4)
  );
  matrix2d_16x16_opt1_shared_pe pe11_5 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_5),
    .acc_c_out(c11_5)
  );
  matrix2d_16x16_opt1_shared_pe pe11_6 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_6),
    .acc_c_out(c11_6)
  );
  matrix2d_16x16_opt1_shared_pe pe11_7 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_7),
    .acc_c_out(c11_7)
  );
  matrix2d_16x16_opt1_shared_pe pe11_8 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_8),
    .acc_c_out(c11_8)
  );
  matrix2d_16x16_opt1_shared_pe pe11_9 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_9),
    .acc_c_out(c11_9)
  );
  matrix2d_16x16_opt1_shared_pe pe11_10 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_10),
    .acc_c_out(c11_10)
  );
  matrix2d_16x16_opt1_shared_pe pe11_11 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_11),
    .acc_c_out(c11_11)
  );
  matrix2d_16x16_opt1_shared_pe pe11_12 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_12),
    .acc_c_out(c11_12)
  );
  matrix2d_16x16_opt1_shared_pe pe11_13 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_13),
    .acc_c_out(c11_13)
  );
  matrix2d_16x16_opt1_shared_pe pe11_14 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_14),
    .acc_c_out(c11_14)
  );
  matrix2d_16x16_opt1_shared_pe pe11_15 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s11_15),
    .acc_c_out(c11_15)
  );
  matrix2d_16x16_opt1_shared_pe pe12_0 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_0),
    .acc_c_out(c12_0)
  );
  matrix2d_16x16_opt1_shared_pe pe12_1 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_1),
    .acc_c_out(c12_1)
  );
  matrix2d_16x16_opt1_shared_pe pe12_2 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_2),
    .acc_c_out(c12_2)
  );
  matrix2d_16x16_opt1_shared_pe pe12_3 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_3),
    .acc_c_out(c12_3)
  );
  matrix2d_16x16_opt1_shared_pe pe12_4 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_4),
    .acc_c_out(c12_4)
  );
  matrix2d_16x16_opt1_shared_pe pe12_5 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_5),
    .acc_c_out(c12_5)
  );
  matrix2d_16x16_opt1_shared_pe pe12_6 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_6),
    .acc_c_out(c12_6)
  );
  matrix2d_16x16_opt1_shared_pe pe12_7 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_7),
    .acc_c_out(c12_7)
  );
  matrix2d_16x16_opt1_shared_pe pe12_8 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_8),
    .acc_c_out(c12_8)
  );
  matrix2d_16x16_opt1_shared_pe pe12_9 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_9),
    .acc_c_out(c12_9)
  );
  matrix2d_16x16_opt1_shared_pe pe12_10 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_10),
    .acc_c_out(c12_10)
  );
  matrix2d_16x16_opt1_shared_pe pe12_11 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_11),
    .acc_c_out(c12_11)
  );
  matrix2d_16x16_opt1_shared_pe pe12_12 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_12),
    .acc_c_out(c12_12)
  );
  matrix2d_16x16_opt1_shared_pe pe12_13 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_13),
    .acc_c_out(c12_13)
  );
  matrix2d_16x16_opt1_shared_pe pe12_14 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_14),
    .acc_c_out(c12_14)
  );
  matrix2d_16x16_opt1_shared_pe pe12_15 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s12_15),
    .acc_c_out(c12_15)
  );
  matrix2d_16x16_opt1_shared_pe pe13_0 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_0),
    .acc_c_out(c13_0)
  );
  matrix2d_16x16_opt1_shared_pe pe13_1 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_1),
    .acc_c_out(c13_1)
  );
  matrix2d_16x16_opt1_shared_pe pe13_2 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_2),
    .acc_c_out(c13_2)
  );
  matrix2d_16x16_opt1_shared_pe pe13_3 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_3),
    .acc_c_out(c13_3)
  );
  matrix2d_16x16_opt1_shared_pe pe13_4 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_4),
    .acc_c_out(c13_4)
  );
  matrix2d_16x16_opt1_shared_pe pe13_5 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_5),
    .acc_c_out(c13_5)
  );
  matrix2d_16x16_opt1_shared_pe pe13_6 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_6),
    .acc_c_out(c13_6)
  );
  matrix2d_16x16_opt1_shared_pe pe13_7 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_7),
    .acc_c_out(c13_7)
  );
  matrix2d_16x16_opt1_shared_pe pe13_8 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_8),
    .acc_c_out(c13_8)
  );
  matrix2d_16x16_opt1_shared_pe pe13_9 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_9),
    .acc_c_out(c13_9)
  );
  matrix2d_16x16_opt1_shared_pe pe13_10 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_10),
    .acc_c_out(c13_10)
  );
  matrix2d_16x16_opt1_shared_pe pe13_11 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_11),
    .acc_c_out(c13_11)
  );
  matrix2d_16x16_opt1_shared_pe pe13_12 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_12),
    .acc_c_out(c13_12)
  );
  matrix2d_16x16_opt1_shared_pe pe13_13 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_13),
    .acc_c_out(c13_13)
  );
  matrix2d_16x16_opt1_shared_pe pe13_14 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_14),
    .acc_c_out(c13_14)
  );
  matrix2d_16x16_opt1_shared_pe pe13_15 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s13_15),
    .acc_c_out(c13_15)
  );
  matrix2d_16x16_opt1_shared_pe pe14_0 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_0),
    .acc_c_out(c14_0)
  );
  matrix2d_16x16_opt1_shared_pe pe14_1 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_1),
    .acc_c_out(c14_1)
  );
  matrix2d_16x16_opt1_shared_pe pe14_2 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_2),
    .acc_c_out(c14_2)
  );
  matrix2d_16x16_opt1_shared_pe pe14_3 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_3),
    .acc_c_out(c14_3)
  );
  matrix2d_16x16_opt1_shared_pe pe14_4 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_4),
    .acc_c_out(c14_4)
  );
  matrix2d_16x16_opt1_shared_pe pe14_5 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_5),
    .acc_c_out(c14_5)
  );
  matrix2d_16x16_opt1_shared_pe pe14_6 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_6),
    .acc_c_out(c14_6)
  );
  matrix2d_16x16_opt1_shared_pe pe14_7 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_7),
    .acc_c_out(c14_7)
  );
  matrix2d_16x16_opt1_shared_pe pe14_8 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_8),
    .acc_c_out(c14_8)
  );
  matrix2d_16x16_opt1_shared_pe pe14_9 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_9),
    .acc_c_out(c14_9)
  );
  matrix2d_16x16_opt1_shared_pe pe14_10 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_10),
    .acc_c_out(c14_10)
  );
  matrix2d_16x16_opt1_shared_pe pe14_11 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_11),
    .acc_c_out(c14_11)
  );
  matrix2d_16x16_opt1_shared_pe pe14_12 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_12),
    .acc_c_out(c14_12)
  );
  matrix2d_16x16_opt1_shared_pe pe14_13 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_13),
    .acc_c_out(c14_13)
  );
  matrix2d_16x16_opt1_shared_pe pe14_14 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_14),
    .acc_c_out(c14_14)
  );
  matrix2d_16x16_opt1_shared_pe pe14_15 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s14_15),
    .acc_c_out(c14_15)
  );
  matrix2d_16x16_opt1_shared_pe pe15_0 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_0),
    .acc_c_out(c15_0)
  );
  matrix2d_16x16_opt1_shared_pe pe15_1 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_1),
    .acc_c_out(c15_1)
  );
  matrix2d_16x16_opt1_shared_pe pe15_2 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_2),
    .acc_c_out(c15_2)
  );
  matrix2d_16x16_opt1_shared_pe pe15_3 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_3),
    .acc_c_out(c15_3)
  );
  matrix2d_16x16_opt1_shared_pe pe15_4 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_4),
    .acc_c_out(c15_4)
  );
  matrix2d_16x16_opt1_shared_pe pe15_5 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_5),
    .acc_c_out(c15_5)
  );
  matrix2d_16x16_opt1_shared_pe pe15_6 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_6),
    .acc_c_out(c15_6)
  );
  matrix2d_16x16_opt1_shared_pe pe15_7 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_7),
    .acc_c_out(c15_7)
  );
  matrix2d_16x16_opt1_shared_pe pe15_8 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_8),
    .acc_c_out(c15_8)
  );
  matrix2d_16x16_opt1_shared_pe pe15_9 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_9),
    .acc_c_out(c15_9)
  );
  matrix2d_16x16_opt1_shared_pe pe15_10 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_10),
    .acc_c_out(c15_10)
  );
  matrix2d_16x16_opt1_shared_pe pe15_11 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_11),
    .acc_c_out(c15_11)
  );
  matrix2d_16x16_opt1_shared_pe pe15_12 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_12),
    .acc_c_out(c15_12)
  );
  matrix2d_16x16_opt1_shared_pe pe15_13 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_13),
    .acc_c_out(c15_13)
  );
  matrix2d_16x16_opt1_shared_pe pe15_14 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_14),
    .acc_c_out(c15_14)
  );
  matrix2d_16x16_opt1_shared_pe pe15_15 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s15_15),
    .acc_c_out(c15_15)
  );
  matrix2d_16x16_opt1_shared_resolve u_resolve (
    .clk(clk),
    .rst(rst),
    .last(f_last),
    .s_in({s15_15, s15_14, s15_13, s15_12, s15_11, s15_10, s15_9, s15_8, s15_7, s15_6, s15_5, s15_4, s15_3, s15_2, s15_1, s15_0, s14_15, s14_14, s14_13, s14_12, s14_11, s14_10, s14_9, s14_8, s14_7, s14_6, s14_5, s14_4, s14_3, s14_2, s14_1, s14_0, s13_15, s13_14, s13_13, s13_12, s13_11, s13_10, s13_9, s13_8, s13_7, s13_6, s13_5, s13_4, s13_3, s13_2, s13_1, s13_0, s12_15, s12_14, s12_13, s12_12, s12_11, s12_10, s12_9, s12_8, s12_7, s12_6, s12_5, s12_4, s12_3, s12_2, s12_1, s12_0, s11_15, s11_14, s11_13, s11_12, s11_11, s11_10, s11_9, s11_8, s11_7, s11_6, s11_5, s11_4, s11_3, s11_2, s11_1, s11_0, s10_15, s10_14, s10_13, s10_12, s10_11, s10_10, s10_9, s10_8, s10_7, s10_6, s10_5, s10_4, s10_3, s10_2, s10_1, s10_0, s9_15, s9_14, s9_13, s9_12, s9_11, s9_10, s9_9, s9_8, s9_7, s9_6, s9_5, s9_4, s9_3, s9_2, s9_1, s9_0, s8_15, s8_14, s8_13, s8_12, s8_11, s8_10, s8_9, s8_8, s8_7, s8_6, s8_5, s8_4, s8_3, s8_2, s8_1, s8_0, s7_15, s7_14, s7_13, s7_12, s7_11, s7_10, s7_9, s7_8, s7_7, s7_6, s7_5, s7_4, s7_3, s7_2, s7_1, s7_0, s6_15, s6_14, s6_13, s6_12, s6_11, s6_10, s6_9, s6_8, s6_7, s6_6, s6_5, s6_4, s6_3, s6_2, s6_1, s6_0, s5_15, s5_14, s5_13, s5_12, s5_11, s5_10, s5_9, s5_8, s5_7, s5_6, s5_5, s5_4, s5_3, s5_2, s5_1, s5_0, s4_15, s4_14, s4_13, s4_12, s4_11, s4_10, s4_9, s4_8, s4_7, s4_6, s4_5, s4_4, s4_3, s4_2, s4_1, s4_0, s3_15, s3_14, s3_13, s3_12, s3_11, s3_10, s3_9, s3_8, s3_7, s3_6, s3_5, s3_4, s3_3, s3_2, s3_1, s3_0, s2_15, s2_14, s2_13, s2_12, s2_11, s2_10, s2_9, s2_8, s2_7, s2_6, s2_5, s2_4, s2_3, s2_2, s2_1, s2_0, s1_15, s1_14, s1_13, s1_12, s1_11, s1_10, s1_9, s1_8, s1_7, s1_6, s1_5, s1_4, s1_3, s1_2, s1_1, s1_0, s0_15, s0_14, s0_13, s0_12, s0_11, s0_10, s0_9, s0_8, s0_7, s0_6, s0_5, s0_4, s0_3, s0_2, s0_1, s0_0}),
    .c_in({c15_15, c15_14, c15_13, c15_12, c15_11, c15_10, c15_9, c15_8, c15_7, c15_6, c15_5, c15_4, c15_3, c15_2, c15_1, c15_0, c14_15, c14_14, c14_13, c14_12, c14_11, c14_10, c14_9, c14_8, c14_7, c14_6, c14_5, c14_4, c14_3, c14_2, c14_1, c14_0, c13_15, c13_14, c13_13, c13_12, c13_11, c13_10, c13_9, c13_8, c13_7, c13_6, c13_5, c13_4, c13_3, c13_2, c13_1, c13_0, c12_15, c12_14, c12_13, c12_12, c12_11, c12_10, c12_9, c12_8, c12_7, c12_6, c12_5, c12_4, c12_3, c12_2, c12_1, c12_0, c11_15, c11_14, c11_13, c11_12, c11_11, c11_10, c11_9, c11_8, c11_7, c11_6, c11_5, c11_4, c11_3, c11_2, c11_1, c11_0, c10_15, c10_14, c10_13, c10_12, c10_11, c10_10, c10_9, c10_8, c10_7, c10_6, c10_5, c10_4, c10_3, c10_2, c10_1, c10_0, c9_15, c9_14, c9_13, c9_12, c9_11, c9_10, c9_9, c9_8, c9_7, c9_6, c9_5, c9_4, c9_3, c9_2, c9_1, c9_0, c8_15, c8_14, c8_13, c8_12, c8_11, c8_10, c8_9, c8_8, c8_7, c8_6, c8_5, c8_4, c8_3, c8_2, c8_1, c8_0, c7_15, c7_14, c7_13, c7_12, c7_11, c7_10, c7_9, c7_8, c7_7, c7_6, c7_5, c7_4, c7_3, c7_2, c7_1, c7_0, c6_15, c6_14, c6_13, c6_12, c6_11, c6_10, c6_9, c6_8, c6_7, c6_6, c6_5, c6_4, c6_3, c6_2, c6_1, c6_0, c5_15, c5_14, c5_13, c5_12, c5_11, c5_10, c5_9, c5_8, c5_7, c5_6, c5_5, c5_4, c5_3, c5_2, c5_1, c5_0, c4_15, c4_14, c4_13, c4_12, c4_11, c4_10, c4_9, c4_8, c4_7, c4_6, c4_5, c4_4, c4_3, c4_2, c4_1, c4_0, c3_15, c3_14, c3_13, c3_12, c3_11, c3_10, c3_9, c3_8, c3_7, c3_6, c3_5, c3_4, c3_3, c3_2, c3_1, c3_0, c2_15, c2_14, c2_13, c2_12, c2_11, c2_10, c2_9, c2_8, c2_7, c2_6, c2_5, c2_4, c2_3, c2_2, c2_1, c2_0, c1_15, c1_14, c1_13, c1_12, c1_11, c1_10, c1_9, c1_8, c1_7, c1_6, c1_5, c1_4, c1_3, c1_2, c1_1, c1_0, c0_15, c0_14, c0_13, c0_12, c0_11, c0_10, c0_9, c0_8, c0_7, c0_6, c0_5, c0_4, c0_3, c0_2, c0_1, c0_0}),
    .out_vld(out_vld),
    .out_data(out_data)
  );
  always @(posedge clk) if (rst) run <= 1'b0; else run <= start | (run & ~f_last);
  always @(posedge clk) if (rst) kcnt <= 32'd0; else if (start | run) kcnt <= start ? 32'd0 : kcnt + 32'd1;
  always @(posedge clk) if (rst) krem <= 32'd0; else if (start | run) krem <= start ? cfg_k : krem - 32'd1;
  always @(posedge clk) if (rst) k_first <= 1'b0; else if (start | run) k_first <= start;
  always @(posedge clk) if (rst) k_last <= 1'b0; else if (start | run) k_last <= start ? cfg_k == 32'd1 : krem == 32'd2;
endmodule
