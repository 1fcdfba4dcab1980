// sa_os_16x16_opt1_shared: systolic-os 16x16 array top
// Source design: sa_os_16x16_opt1_shared (examples/sa_os_16x16_opt1_shared.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// systolic-os array, 16 x 16; drain: shared resolve stage, 16 lane(s), 16 step(s).
// Protocol: pulse start with cfg_k = k steps of the tile; the array requests step a_idx/b_idx
// (operands are expected in the same cycle); out_vld marks results (latency 18 after the last step).
module sa_os_16x16_opt1_shared (
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
  reg [7:0] sk_a1_0;
  reg sk_v1_0;
  reg sk_f1_0;
  reg [7:0] sk_a2_0;
  reg sk_v2_0;
  reg sk_f2_0;
  reg [7:0] sk_a2_1;
  reg sk_v2_1;
  reg sk_f2_1;
  reg [7:0] sk_a3_0;
  reg sk_v3_0;
  reg sk_f3_0;
  reg [7:0] sk_a3_1;
  reg sk_v3_1;
  reg sk_f3_1;
  reg [7:0] sk_a3_2;
  reg sk_v3_2;
  reg sk_f3_2;
  reg [7:0] sk_a4_0;
  reg sk_v4_0;
  reg sk_f4_0;
  reg [7:0] sk_a4_1;
  reg sk_v4_1;
  reg sk_f4_1;
  reg [7:0] sk_a4_2;
  reg sk_v4_2;
  reg sk_f4_2;
  reg [7:0] sk_a4_3;
  reg sk_v4_3;
  reg sk_f4_3;
  reg [7:0] sk_a5_0;
  reg sk_v5_0;
  reg sk_f5_0;
  reg [7:0] sk_a5_1;
  reg sk_v5_1;
  reg sk_f5_1;
  reg [7:0] sk_a5_2;
  reg sk_v5_2;
  reg sk_f5_2;
  reg [7:0] sk_a5_3;
  reg sk_v5_3;
  reg sk_f5_3;
  reg [7:0] sk_a5_4;
  reg sk_v5_4;
  reg sk_f5_4;
  reg [7:0] sk_a6_0;
  reg sk_v6_0;
  reg sk_f6_0;
  reg [7:0] sk_a6_1;
  reg sk_v6_1;
  reg sk_f6_1;
  reg [7:0] sk_a6_2;
  reg sk_v6_2;
  reg sk_f6_2;
  reg [7:0] sk_a6_3;
  reg sk_v6_3;
  reg sk_f6_3;
  reg [7:0] sk_a6_4;
  reg sk_v6_4;
  reg sk_f6_4;
  reg [7:0] sk_a6_5;
  reg sk_v6_5;
  reg sk_f6_5;
  reg [7:0] sk_a7_0;
  reg sk_v7_0;
  reg sk_f7_0;
  reg [7:0] sk_a7_1;
  reg sk_v7_1;
  reg sk_f7_1;
  reg [7:0] sk_a7_2;
  reg sk_v7_2;
  reg sk_f7_2;
  reg [7:0] sk_a7_3;
  reg sk_v7_3;
  reg sk_f7_3;
  reg [7:0] sk_a7_4;
  reg sk_v7_4;
  reg sk_f7_4;
  reg [7:0] sk_a7_5;
  reg sk_v7_5;
  reg sk_f7_5;
  reg [7:0] sk_a7_6;
  reg sk_v7_6;
  reg sk_f7_6;
  reg [7:0] sk_a8_0;
  reg sk_v8_0;
  reg sk_f8_0;
  reg [7:0] sk_a8_1;
  reg sk_v8_1;
  reg sk_f8_1;
  reg [7:0] sk_a8_2;
  reg sk_v8_2;
  reg sk_f8_2;
  reg [7:0] sk_a8_3;
  reg sk_v8_3;
  reg sk_f8_3;
  reg [7:0] sk_a8_4;
  reg sk_v8_4;
  reg sk_f8_4;
  reg [7:0] sk_a8_5;
  reg sk_v8_5;
  reg sk_f8_5;
  reg [7:0] sk_a8_6;
  reg sk_v8_6;
  reg sk_f8_6;
  reg [7:0] sk_a8_7;
  reg sk_v8_7;
  reg sk_f8_7;
  reg [7:0] sk_a9_0;
  reg sk_v9_0;
  reg sk_f9_0;
  reg [7:0] sk_a9_1;
  reg sk_v9_1;
  reg sk_f9_1;
  reg [7:0] sk_a9_2;
  reg sk_v9_2;
  reg sk_f9_2;
  reg [7:0] sk_a9_3;
  reg sk_v9_3;
  reg sk_f9_3;
  reg [7:0] sk_a9_4;
  reg sk_v9_4;
  reg sk_f9_4;
  reg [7:0] sk_a9_5;
  reg sk_v9_5;
  reg sk_f9_5;
  reg [7:0] sk_a9_6;
  reg sk_v9_6;
  reg sk_f9_6;
  reg [7:0] sk_a9_7;
  reg sk_v9_7;
  reg sk_f9_7;
  reg [7:0] sk_a9_8;
  reg sk_v9_8;
  reg sk_f9_8;
  reg [7:0] sk_a10_0;
  reg sk_v10_0;
  reg sk_f10_0;
  reg [7:0] sk_a10_1;
  reg sk_v10_1;
  reg sk_f10_1;
  reg [7:0] sk_a10_2;
  reg sk_v10_2;
  reg sk_f10_2;
  reg [7:0] sk_a10_3;
  reg sk_v10_3;
  reg sk_f10_3;
  reg [7:0] sk_a10_4;
  reg sk_v10_4;
  reg sk_f10_4;
  reg [7:0] sk_a10_5;
  reg sk_v10_5;
  reg sk_f10_5;
  reg [7:0] sk_a10_6;
  reg sk_v10_6;
  reg sk_f10_6;
  reg [7:0] sk_a10_7;
  reg sk_v10_7;
  reg sk_f10_7;
  reg [7:0] sk_a10_8;
  reg sk_v10_8;
  reg sk_f10_8;
  reg [7:0] sk_a10_9;
  reg sk_v10_9;
  reg sk_f10_9;
  reg [7:0] sk_a11_0;
  reg sk_v11_0;
  reg sk_f11_0;
  reg [7:0] sk_a11_1;
  reg sk_v11_1;
  reg sk_f11_1;
  reg [7:0] sk_a11_2;
  reg sk_v11_2;
  reg sk_f11_2;
  reg [7:0] sk_a11_3;
  reg sk_v11_3;
  reg sk_f11_3;
  reg [7:0] sk_a11_4;
  reg sk_v11_4;
  reg sk_f11_4;
  reg [7:0] sk_a11_5;
  reg sk_v11_5;
  reg sk_f11_5;
  reg [7:0] sk_a11_6;
  reg sk_v11_6;
  reg sk_f11_6;
  reg [7:0] sk_a11_7;
  reg sk_v11_7;
  reg sk_f11_7;
  reg [7:0] sk_a11_8;
  reg sk_v11_8;
  reg sk_f11_8;
  reg [7:0] sk_a11_9;
  reg sk_v11_9;
  reg sk_f11_9;
  reg [7:0] sk_a11_10;
  reg sk_v11_10;
  reg sk_f11_10;
  reg [7:0] sk_a12_0;
  reg sk_v12_0;
  reg sk_f12_0;
  reg [7:0] sk_a12_1;
  reg sk_v12_1;
  reg sk_f12_1;
  reg [7:0] sk_a12_2;
  reg sk_v12_2;
  reg sk_f12_2;
  reg [7:0] sk_a12_3;
  reg sk_v12_3;
  reg sk_f12_3;
  reg [7:0] sk_a12_4;
  reg sk_v12_4;
  reg sk_f12_4;
  reg [7:0] sk_a12_5;
  reg sk_v12_5;
  reg sk_f12_5;
  reg [7:0] sk_a12_6;
  reg sk_v12_6;
  reg sk_f12_6;
  reg [7:0] sk_a12_7;
  reg sk_v12_7;
  reg sk_f12_7;
  reg [7:0] sk_a12_8;
  reg sk_v12_8;
  reg sk_f12_8;
  reg [7:0] sk_a12_9;
  reg sk_v12_9;
  reg sk_f12_9;
  reg [7:0] sk_a12_10;
  reg sk_v12_10;
  reg sk_f12_10;
  reg [7:0] sk_a12_11;
  reg sk_v12_11;
  reg sk_f12_11;
  reg [7:0] sk_a13_0;
  reg sk_v13_0;
  reg sk_f13_0;
  reg [7:0] sk_a13_1;
  reg sk_v13_1;
  reg sk_f13_1;
  reg [7:0] sk_a13_2;
  reg sk_v13_2;
  reg sk_f13_2;
  reg [7:0] sk_a13_3;
  reg sk_v13_3;
  reg sk_f13_3;
  reg [7:0] sk_a13_4;
  reg sk_v13_4;
  reg sk_f13_4;
  reg [7:0] sk_a13_5;
  reg sk_v13_5;
  reg sk_f13_5;
  reg [7:0] sk_a13_6;
  reg sk_v13_6;
  reg sk_f13_6;
  reg [7:0] sk_a13_7;
  reg sk_v13_7;
  reg sk_f13_7;
  reg [7:0] sk_a13_8;
  reg sk_v13_8;
  reg sk_f13_8;
  reg [7:0] sk_a13_9;
  reg sk_v13_9;
  reg sk_f13_9;
  reg [7:0] sk_a13_10;
  reg sk_v13_10;
  reg sk_f13_10;
  reg [7:0] sk_a13_11;
  reg sk_v13_11;
  reg sk_f13_11;
  reg [7:0] sk_a13_12;
  reg sk_v13_12;
  reg sk_f13_12;
  reg [7:0] sk_a14_0;
  reg sk_v14_0;
  reg sk_f14_0;
  reg [7:0] sk_a14_1;
  reg sk_v14_1;
  reg sk_f14_1;
  reg [7:0] sk_a14_2;
  reg sk_v14_2;
  reg sk_f14_2;
  reg [7:0] sk_a14_3;
  reg sk_v14_3;
  reg sk_f14_3;
  reg [7:0] sk_a14_4;
  reg sk_v14_4;
  reg sk_f14_4;
  reg [7:0] sk_a14_5;
  reg sk_v14_5;
  reg sk_f14_5;
  reg [7:0] sk_a14_6;
  reg sk_v14_6;
  reg sk_f14_6;
  reg [7:0] sk_a14_7;
  reg sk_v14_7;
  reg sk_f14_7;
  reg [7:0] sk_a14_8;
  reg sk_v14_8;
  reg sk_f14_8;
  reg [7:0] sk_a14_9;
  reg sk_v14_9;
  reg sk_f14_9;
  reg [7:0] sk_a14_10;
  reg sk_v14_10;
  reg sk_f14_10;
  reg [7:0] sk_a14_11;
  reg sk_v14_11;
  reg sk_f14_11;
  reg [7:0] sk_a14_12;
  reg sk_v14_12;
  reg sk_f14_12;
  reg [7:0] sk_a14_13;
  reg sk_v14_13;
  reg sk_f14_13;
  reg [7:0] sk_a15_0;
  reg sk_v15_0;
  reg sk_f15_0;
  reg [7:0] sk_a15_1;
  reg sk_v15_1;
  reg sk_f15_1;
  reg [7:0] sk_a15_2;
  reg sk_v15_2;
  reg sk_f15_2;
  reg [7:0] sk_a15_3;
  reg sk_v15_3;
  reg sk_f15_3;
  reg [7:0] sk_a15_4;
  reg sk_v15_4;
  reg sk_f15_4;
  reg [7:0] sk_a15_5;
  reg sk_v15_5;
  reg sk_f15_5;
  reg [7:0] sk_a15_6;
  reg sk_v15_6;
  reg sk_f15_6;
  reg [7:0] sk_a15_7;
  reg sk_v15_7;
  reg sk_f15_7;
  reg [7:0] sk_a15_8;
  reg sk_v15_8;
  reg sk_f15_8;
  reg [7:0] sk_a15_9;
  reg sk_v15_9;
  reg sk_f15_9;
  reg [7:0] sk_a15_10;
  reg sk_v15_10;
  reg sk_f15_10;
  reg [7:0] sk_a15_11;
  reg sk_v15_11;
  reg sk_f15_11;
  reg [7:0] sk_a15_12;
  reg sk_v15_12;
  reg sk_f15_12;
  reg [7:0] sk_a15_13;
  reg sk_v15_13;
  reg sk_f15_13;
  reg [7:0] sk_a15_14;
  reg sk_v15_14;
  reg sk_f15_14;
  reg [7:0] sk_b1_0;
  reg [7:0] sk_b2_0;
  reg [7:0] sk_b2_1;
  reg [7:0] sk_b3_0;
  reg [7:0] sk_b3_1;
  reg [7:0] sk_b3_2;
  reg [7:0] sk_b4_0;
  reg [7:0] sk_b4_1;
  reg [7:0] sk_b4_2;
  reg [7:0] sk_b4_3;
  reg [7:0] sk_b5_0;
  reg [7:0] sk_b5_1;
  reg [7:0] sk_b5_2;
  reg [7:0] sk_b5_3;
  reg [7:0] sk_b5_4;
  reg [7:0] sk_b6_0;
  reg [7:0] sk_b6_1;
  reg [7:0] sk_b6_2;
  reg [7:0] sk_b6_3;
  reg [7:0] sk_b6_4;
  reg [7:0] sk_b6_5;
  reg [7:0] sk_b7_0;
  reg [7:0] sk_b7_1;
  reg [7:0] sk_b7_2;
  reg [7:0] sk_b7_3;
  reg [7:0] sk_b7_4;
  reg [7:0] sk_b7_5;
  reg [7:0] sk_b7_6;
  reg [7:0] sk_b8_0;
  reg [7:0] sk_b8_1;
  reg [7:0] sk_b8_2;
  reg [7:0] sk_b8_3;
  reg [7:0] sk_b8_4;
  reg [7:0] sk_b8_5;
  reg [7:0] sk_b8_6;
  reg [7:0] sk_b8_7;
  reg [7:0] sk_b9_0;
  reg [7:0] sk_b9_1;
  reg [7:0] sk_b9_2;
  reg [7:0] sk_b9_3;
  reg [7:0] sk_b9_4;
  reg [7:0] sk_b9_5;
  reg [7:0] sk_b9_6;
  reg [7:0] sk_b9_7;
  reg [7:0] sk_b9_8;
  reg [7:0] sk_b10_0;
  reg [7:0] sk_b10_1;
  reg [7:0] sk_b10_2;
  reg [7:0] sk_b10_3;
  reg [7:0] sk_b10_4;
  reg [7:0] sk_b10_5;
  reg [7:0] sk_b10_6;
  reg [7:0] sk_b10_7;
  reg [7:0] sk_b10_8;
  reg [7:0] sk_b10_9;
  reg [7:0] sk_b11_0;
  reg [7:0] sk_b11_1;
  reg [7:0] sk_b11_2;
  reg [7:0] sk_b11_3;
  reg [7:0] sk_b11_4;
  reg [7:0] sk_b11_5;
  reg [7:0] sk_b11_6;
  reg [7:0] sk_b11_7;
  reg [7:0] sk_b11_8;
  reg [7:0] sk_b11_9;
  reg [7:0] sk_b11_10;
  reg [7:0] sk_b12_0;
  reg [7:0] sk_b12_1;
  reg [7:0] sk_b12_2;
  reg [7:0] sk_b12_3;
  reg [7:0] sk_b12_4;
  reg [7:0] sk_b12_5;
  reg [7:0] sk_b12_6;
  reg [7:0] sk_b12_7;
  reg [7:0] sk_b12_8;
  reg [7:0] sk_b12_9;
  reg [7:0] sk_b12_10;
  reg [7:0] sk_b12_11;
  reg [7:0] sk_b13_0;
  reg [7:0] sk_b13_1;
  reg [7:0] sk_b13_2;
  reg [7:0] sk_b13_3;
  reg [7:0] sk_b13_4;
  reg [7:0] sk_b13_5;
  reg [7:0] sk_b13_6;
  reg [7:0] sk_b13_7;
  reg [7:0] sk_b13_8;
  reg [7:0] sk_b13_9;
  reg [7:0] sk_b13_10;
  reg [7:0] sk_b13_11;
  reg [7:0] sk_b13_12;
  reg [7:0] sk_b14_0;
  reg [7:0] sk_b14_1;
  reg [7:0] sk_b14_2;
  reg [7:0] sk_b14_3;
  reg [7:0] sk_b14_4;
  reg [7:0] sk_b14_5;
  reg [7:0] sk_b14_6;
  reg [7:0] sk_b14_7;
  reg [7:0] sk_b14_8;
  reg [7:0] sk_b14_9;
  reg [7:0] sk_b14_10;
  reg [7:0] sk_b14_11;
  reg [7:0] sk_b14_12;
  reg [7:0] sk_b14_13;
  reg [7:0] sk_b15_0;
  reg [7:0] sk_b15_1;
  reg [7:0] sk_b15_2;
  reg [7:0] sk_b15_3;
  reg [7:0] sk_b15_4;
  reg [7:0] sk_b15_5;
  reg [7:0] sk_b15_6;
  reg [7:0] sk_b15_7;
  reg [7:0] sk_b15_8;
  reg [7:0] sk_b15_9;
  reg [7:0] sk_b15_10;
  reg [7:0] sk_b15_11;
  reg [7:0] sk_b15_12;
  reg [7:0] sk_b15_13;
  reg [7:0] sk_b15_14;
  reg [7:0] pb0_0;
  reg [7:0] pa0_0;
  reg pv0_0;
  reg pf0_0;
  reg [7:0] pb0_1;
  reg [7:0] pa0_1;
  reg pv0_1;
  reg pf0_1;
  reg [7:0] pb0_2;
  reg [7:0] pa0_2;
  reg pv0_2;
  reg pf0_2;
  reg [7:0] pb0_3;
  reg [7:0] pa0_3;
  reg pv0_3;
  reg pf0_3;
  reg [7:0] pb0_4;
  reg [7:0] pa0_4;
  reg pv0_4;
  reg pf0_4;
  reg [7:0] pb0_5;
  reg [7:0] pa0_5;
  reg pv0_5;
  reg pf0_5;
  reg [7:0] pb0_6;
  reg [7:0] pa0_6;
  reg pv0_6;
  reg pf0_6;
  reg [7:0] pb0_7;
  reg [7:0] pa0_7;
  reg pv0_7;
  reg pf0_7;
  reg [7:0] pb0_8;
  reg [7:0] pa0_8;
  reg pv0_8;
  reg pf0_8;
  reg [7:0] pb0_9;
  reg [7:0] pa0_9;
  reg pv0_9;
  reg pf0_9;
  reg [7:0] pb0_10;
  reg [7:0] pa0_10;
  reg pv0_10;
  reg pf0_10;
  reg [7:0] pb0_11;
  reg [7:0] pa0_11;
  reg pv0_11;
  reg pf0_11;
  reg [7:0] pb0_12;
  reg [7:0] pa0_12;
  reg pv0_12;
  reg pf0_12;
  reg [7:0] pb0_13;
  reg [7:0] pa0_13;
  reg pv0_13;
  reg pf0_13;
  reg [7:0] pb0_14;
  reg [7:0] pa0_14;
  reg pv0_14;
  reg pf0_14;
  reg [7:0] pb0_15;
  reg [7:0] pb1_0;
  reg [7:0] pa1_0;
  reg pv1_0;
  reg pf1_0;
  reg [7:0] pb1_1;
  reg [7:0] pa1_1;
  reg pv1_1;
  reg pf1_1;
  reg [7:0] pb1_2;
  reg [7:0] pa1_2;
  reg pv1_2;
  reg pf1_2;
  reg [7:0] pb1_3;
  reg [7:0] pa1_3;
  reg pv1_3;
  reg pf1_3;
  reg [7:0] pb1_4;
  reg [7:0] pa1_4;
  reg pv1_4;
  reg pf1_4;
  reg [7:0] pb1_5;
  reg [7:0] pa1_5;
  reg pv1_5;
  reg pf1_5;
  reg [7:0] pb1_6;
  reg [7:0] pa1_6;
  reg pv1_6;
  reg pf1_6;
  reg [7:0] pb1_7;
  reg [7:0] pa1_7;
  reg pv1_7;
  reg pf1_7;
  reg [7:0] pb1_8;
  reg [7:0] pa1_8;
  reg pv1_8;
  reg pf1_8;
  reg [7:0] pb1_9;
  reg [7:0] pa1_9;
  reg pv1_9;
  reg pf1_9;
  reg [7:0] pb1_10;
  reg [7:0] pa1_10;
  reg pv1_10;
  reg pf1_10;
  reg [7:0] pb1_11;
  reg [7:0] pa1_11;
  reg pv1_11;
  reg pf1_11;
  reg [7:0] pb1_12;
  reg [7:0] pa1_12;
  reg pv1_12;
  reg pf1_12;
  reg [7:0] pb1_13;
  reg [7:0] pa1_13;
  reg pv1_13;
  reg pf1_13;
  reg [7:0] pb1_14;
  reg [7:0] pa1_14;
  reg pv1_14;
  reg pf1_14;
  reg [7:0] pb1_15;
  reg [7:0] pb2_0;
  reg [7:0] pa2_0;
  reg pv2_0;
  reg pf2_0;
  reg [7:0] pb2_1;
  reg [7:0] pa2_1;
  reg pv2_1;
  reg pf2_1;
  reg [7:0] pb2_2;
  reg [7:0] pa2_2;
  reg pv2_2;
  reg pf2_2;
  reg [7:0] pb2_3;
  reg [7:0] pa2_3;
  reg pv2_3;
  reg pf2_3;
  reg [7:0] pb2_4;
  reg [7:0] pa2_4;
  reg pv2_4;
  reg pf2_4;
  reg [7:0] pb2_5;
  reg [7:0] pa2_5;
  reg pv2_5;
  reg pf2_5;
  reg [7:0] pb2_6;
  reg [7:0] pa2_6;
  reg pv2_6;
  reg pf2_6;
  reg [7:0] pb2_7;
  reg [7:0] pa2_7;
  reg pv2_7;
  reg pf2_7;
  reg [7:0] pb2_8;
  reg [7:0] pa2_8;
  reg pv2_8;
  reg pf2_8;
  reg [7:0] pb2_9;
  reg [7:0] pa2_9;
  reg pv2_9;
  reg pf2_9;
  reg [7:0] pb2_10;
  reg [7:0] pa2_10;
  reg pv2_10;
  reg pf2_10;
  reg [7:0] pb2_11;
  reg [7:0] pa2_11;
  reg pv2_11;
  reg pf2_11;
  reg [7:0] pb2_12;
  reg [7:0] pa2_12;
  reg pv2_12;
  reg pf2_12;
  reg [7:0] pb2_13;
  reg [7:0] pa2_13;
  reg pv2_13;
  reg pf2_13;
  reg [7:0] pb2_14;
  reg [7:0] pa2_14;
  reg pv2_14;
  reg pf2_14;
  reg [7:0] pb2_15;
  reg [7:0] pb3_0;
  reg [7:0] pa3_0;
  reg pv3_0;
  reg pf3_0;
  reg [7:0] pb3_1;
  reg [7:0] pa3_1;
  reg pv3_1;
  reg pf3_1;
  reg [7:0] pb3_2;
  reg [7:0] pa3_2;
  reg pv3_2;
  reg pf3_2;
  reg [7:0] pb3_3;
  reg [7:0] pa3_3;
  reg pv3_3;
  reg pf3_3;
  reg [7:0] pb3_4;
  reg [7:0] pa3_4;
  reg pv3_4;
  reg pf3_4;
  reg [7:0] pb3_5;
  reg [7:0] pa3_5;
  reg pv3_5;
  reg pf3_5;
  reg [7:0] pb3_6;
  reg [7:0] pa3_6;
  reg pv3_6;
  reg pf3_6;
  reg [7:0] pb3_7;
  reg [7:0] pa3_7;
  reg pv3_7;
  reg pf3_7;
  reg [7:0] pb3_8;
  reg [7:0] pa3_8;
  reg pv3_8;
  reg pf3_8;
  reg [7:0] pb3_9;
  reg [7:0] pa3_9;
  reg pv3_9;
  reg pf3_9;
  reg [7:0] pb3_10;
  reg [7:0] pa3_10;
  reg pv3_10;
  reg pf3_10;
  reg [7:0] pb3_11;
  reg [7:0] pa3_11;
  reg pv3_11;
  reg pf3_11;
  reg [7:0] pb3_12;
  reg [7:0] pa3_12;
  reg pv3_12;
  reg pf3_12;
  reg [7:0] pb3_13;
  reg [7:0] pa3_13;
  reg pv3_13;
  reg pf3_13;
  reg [7:0] pb3_14;
  reg [7:0] pa3_14;
  reg pv3_14;
  reg pf3_14;
  reg [7:0] pb3_15;
  reg [7:0] pb4_0;
  reg [7:0] pa4_0;
  reg pv4_0;
  reg pf4_0;
  reg [7:0] pb4_1;
  reg [7:0] pa4_1;
  reg pv4_1;
  reg pf4_1;
  reg [7:0] pb4_2;
  reg [7:0] pa4_2;
  reg pv4_2;
  reg pf4_2;
  reg [7:0] pb4_3;
  reg [7:0] pa4_3;
  reg pv4_3;
  reg pf4_3;
  reg [7:0] pb4_4;
  reg [7:0] pa4_4;
  reg pv4_4;
  reg pf4_4;
  reg [7:0] pb4_5;
  reg [7:0] pa4_5;
  reg pv4_5;
  reg pf4_5;
  reg [7:0] pb4_6;
  reg [7:0] pa4_6;
  reg pv4_6;
  reg pf4_6;
  reg [7:0] pb4_7;
  reg [7:0] pa4_7;
  reg pv4_7;
  reg pf4_7;
  reg [7:0] pb4_8;
  reg [7:0] pa4_8;
  reg pv4_8;
  reg pf4_8;
  reg [7:0] pb4_9;
  reg [7:0] pa4_9;
  reg pv4_9;
  reg pf4_9;
  reg [7:0] pb4_10;
  reg [7:0] pa4_10;
  reg pv4_10;
  reg pf4_10;
  reg [7:0] pb4_11;
  reg [7:0] pa4_11;
  reg pv4_11;
  reg pf4_11;
  reg [7:0] pb4_12;
  reg [7:0] pa4_12;
  reg pv4_12;
  reg pf4_12;
  reg [7:0] pb4_13;
  reg [7:0] pa4_13;
  reg pv4_13;
  reg pf4_13;
  reg [7:0] pb4_14;
  reg [7:0] pa4_14;
  reg pv4_14;
  reg pf4_14;
  reg [7:0] pb4_15;
  reg [7:0] pb5_0;
  reg [7:0] pa5_0;
  reg pv5_0;
  reg pf5_0;
  reg [7:0] pb5_1;
  reg [7:0] pa5_1;
  reg pv5_1;
  reg pf5_1;
  reg [7:0] pb5_2;
  reg [7:0] pa5_2;
  reg pv5_2;
  reg pf5_2;
  reg [7:0] pb5_3;
  reg [7:0] pa5_3;
  reg pv5_3;
  reg pf5_3;
  reg [7:0] pb5_4;
  reg [7:0] pa5_4;
  reg pv5_4;
  reg pf5_4;
  reg [7:0] pb5_5;
  reg [7:0] pa5_5;
  reg pv5_5;
  reg pf5_5;
  reg [7:0] pb5_6;
  reg [7:0] pa5_6;
  reg pv5_6;
  reg pf5_6;
  reg [7:0] pb5_7;
  reg [7:0] pa5_7;
  reg pv5_7;
  reg pf5_7;
  reg [7:0] pb5_8;
  reg [7:0] pa5_8;
  reg pv5_8;
  reg pf5_8;
  reg [7:0] pb5_9;
  reg [7:0] pa5_9;
  reg pv5_9;
  reg pf5_9;
  reg [7:0] pb5_10;
  reg [7:0] pa5_10;
  reg pv5_10;
  reg pf5_10;
  reg [7:0] pb5_11;
  reg [7:0] pa5_11;
  reg pv5_11;
  reg pf5_11;
  reg [7:0] pb5_12;
  reg [7:0] pa5_12;
  reg pv5_12;
  reg pf5_12;
  reg [7:0] pb5_13;
  reg [7:0] pa5_13;
  reg pv5_13;
  reg pf5_13;
  reg [7:0] pb5_14;
  reg [7:0] pa5_14;
  reg pv5_14;
  reg pf5_14;
  reg [7:0] pb5_15;
  reg [7:0] pb6_0;
  reg [7:0] pa6_0;
  reg pv6_0;
  reg pf6_0;
  reg [7:0] pb6_1;
  reg [7:0] pa6_1;
  reg pv6_1;
  reg pf6_1;
  reg [7:0] pb6_2;
  reg [7:0] pa6_2;
  reg pv6_2;
  reg pf6_2;
  reg [7:0] pb6_3;
  reg [7:0] pa6_3;
  reg pv6_3;
  reg pf6_3;
  reg [7:0] pb6_4;
  reg [7:0] pa6_4;
  reg pv6_4;
  reg pf6_4;
  reg [7:0] pb6_5;
  reg [7:0] pa6_5;
  reg pv6_5;
  reg pf6_5;
  reg [7:0] pb6_6;
  reg [7:0] pa6_6;
  reg pv6_6;
  reg pf6_6;
  reg [7:0] pb6_7;
  reg [7:0] pa6_7;
  reg pv6_7;
  reg pf6_7;
  reg [7:0] pb6_8;
  reg [7:0] pa6_8;
  reg pv6_8;
  reg pf6_8;
  reg [7:0] pb6_9;
  reg [7:0] pa6_9;
  reg pv6_9;
  reg pf6_9;
  reg [7:0] pb6_10;
  reg [7:0] pa6_10;
  reg pv6_10;
  reg pf6_10;
  reg [7:0] pb6_11;
  reg [7:0] pa6_11;
  reg pv6_11;
  reg pf6_11;
  reg [7:0] pb6_12;
  reg [7:0] pa6_12;
  reg pv6_12;
  reg pf6_12;
  reg [7:0] pb6_13;
  reg [7:0] pa6_13;
  reg pv6_13;
  reg pf6_13;
  reg [7:0] pb6_14;
  reg [7:0] pa6_14;
  reg pv6_14;
  reg pf6_14;
  reg [7:0] pb6_15;
  reg [7:0] pb7_0;
  reg [7:0] pa7_0;
  reg pv7_0;
  reg pf7_0;
  reg [7:0] pb7_1;
  reg [7:0] pa7_1;
  reg pv7_1;
  reg pf7_1;
  reg [7:0] pb7_2;
  reg [7:0] pa7_2;
  reg pv7_2;
  reg pf7_2;
  reg [7:0] pb7_3;
  reg [7:0] pa7_3;
  reg pv7_3;
  reg pf7_3;
  reg [7:0] pb7_4;
  reg [7:0] pa7_4;
  reg pv7_4;
  reg pf7_4;
  reg [7:0] pb7_5;
  reg [7:0] pa7_5;
  reg pv7_5;
  reg pf7_5;
  reg [7:0] pb7_6;
  reg [7:0] pa7_6;
  reg pv7_6;
  reg pf7_6;
  reg [7:0] pb7_7;
  reg [7:0] pa7_7;
  reg pv7_7;
  reg pf7_7;
  reg [7:0] pb7_8;
  reg [7:0] pa7_8;
  reg pv7_8;
  reg pf7_8;
  reg [7:0] pb7_9;
  reg [7:0] pa7_9;
  reg pv7_9;
  reg pf7_9;
  reg [7:0] pb7_10;
  reg [7:0] pa7_10;
  reg pv7_10;
  reg pf7_10;
  reg [7:0] pb7_11;
  reg [7:0] pa7_11;
  reg pv7_11;
  reg pf7_11;
  reg [7:0] pb7_12;
  reg [7:0] pa7_12;
  reg pv7_12;
  reg pf7_12;
  reg [7:0] pb7_13;
  reg [7:0] pa7_13;
  reg pv7_13;
  reg pf7_13;
  reg [7:0] pb7_14;
  reg [7:0] pa7_14;
  reg pv7_14;
  reg pf7_14;
  reg [7:0] pb7_15;
  reg [7:0] pb8_0;
  reg [7:0] pa8_0;
  reg pv8_0;
  reg pf8_0;
  reg [7:0] pb8_1;
  reg [7:0] pa8_1;
  reg pv8_1;
  reg pf8_1;
  reg [7:0] pb8_2;
  reg [7:0] pa8_2;
  reg pv8_2;
  reg pf8_2;
  reg [7:0] pb8_3;
  reg [7:0] pa8_3;
  reg pv8_3;
  reg pf8_3;
  reg [7:0] pb8_4;
  reg [7:0] pa8_4;
  reg pv8_4;
  reg pf8_4;
  reg [7:0] pb8_5;
  reg [7:0] pa8_5;
  reg pv8_5;
  reg pf8_5;
  reg [7:0] pb8_6;
  reg [7:0] pa8_6;
  reg pv8_6;
  reg pf8_6;
  reg [7:0] pb8_7;
  reg [7:0] pa8_7;
  reg pv8_7;
  reg pf8_7;
  reg [7:0] pb8_8;
  reg [7:0] pa8_8;
  reg pv8_8;
  reg pf8_8;
  reg [7:0] pb8_9;
  reg [7:0] pa8_9;
  reg pv8_9;
  reg pf8_9;
  reg [7:0] pb8_10;
  reg [7:0] pa8_10;
  reg pv8_10;
  reg pf8_10;
  reg [7:0] pb8_11;
  reg [7:0] pa8_11;
  reg pv8_11;
  reg pf8_11;
  reg [7:0] pb8_12;
  reg [7:0] pa8_12;
  reg pv8_12;
  reg pf8_12;
  reg [7:0] pb8_13;
  reg [7:0] pa8_13;
  reg pv8_13;
  reg pf8_13;
  reg [7:0] pb8_14;
  reg [7:0] pa8_14;
  reg pv8_14;
  reg pf8_14;
  reg [7:0] pb8_15;
  reg [7:0] pb9_0;
  reg [7:0] pa9_0;
  reg pv9_0;
  reg pf9_0;
  reg [7:0] pb9_1;
  reg [7:0] pa9_1;
  reg pv9_1;
  reg pf9_1;
  reg [7:0] pb9_2;
  reg [7:0] pa9_2;
  reg pv9_2;
  reg pf9_2;
  reg [7:0] pb9_3;
  reg [7:0] pa9_3;
  reg pv9_3;
  reg pf9_3;
  reg [7:0] pb9_4;
  reg [7:0] pa9_4;
  reg pv9_4;
  reg pf9_4;
  reg [7:0] pb9_5;
  reg [7:0] pa9_5;
  reg pv9_5;
  reg pf9_5;
  reg [7:0] pb9_6;
  reg [7:0] pa9_6;
  reg pv9_6;
  reg pf9_6;
  reg [7:0] pb9_7;
  reg [7:0] pa9_7;
  reg pv9_7;
  reg pf9_7;
  reg [7:0] pb9_8;
  reg [7:0] pa9_8;
  reg pv9_8;
  reg pf9_8;
  reg [7:0] pb9_9;
  reg [7:0] pa9_9;
  reg pv9_9;
  reg pf9_9;
  reg [7:0] pb9_10;
  reg [7:0] pa9_10;
  reg pv9_10;
  reg pf9_10;
  reg [7:0] pb9_11;
  reg [7:0] pa9_11;
  reg pv9_11;
  reg pf9_11;
  reg [7:0] pb9_12;
  reg [7:0] pa9_12;
  reg pv9_12;
  reg pf9_12;
  reg [7:0] pb9_13;
  reg [7:0] pa9_13;
  reg pv9_13;
  reg pf9_13;
  reg [7:0] pb9_14;
  reg [7:0] pa9_14;
  reg pv9_14;
  reg pf9_14;
  reg [7:0] pb9_15;
  reg [7:0] pb10_0;
  reg [7:0] pa10_0;
  reg pv10_0;
  reg pf10_0;
  reg [7:0] pb10_1;
  reg [7:0] pa10_1;
  reg pv10_1;
  reg pf10_1;
  reg [7:0] pb10_2;
  reg [7:0] pa10_2;
  reg pv10_2;
  reg pf10_2;
  reg [7:0] pb10_3;
  reg [7:0] pa10_3;
  reg pv10_3;
  reg pf10_3;
  reg [7:0] pb10_4;
  reg [7:0] pa10_4;
  reg pv10_4;
  reg pf10_4;
  reg [7:0] pb10_5;
  reg [7:0] pa10_5;
  reg pv10_5;
  reg pf10_5;
  reg [7:0] pb10_6;
  reg [7:0] pa10_6;
  reg pv10_6;
  reg pf10_6;
  reg [7:0] pb10_7;
  reg [7:0] pa10_7;
  reg pv10_7;
  reg pf10_7;
  reg [7:0] pb10_8;
  reg [7:0] pa10_8;
  reg pv10_8;
  reg pf10_8;
  reg [7:0] pb10_9;
  reg [7:0] pa10_9;
  reg pv10_9;
  reg pf10_9;
  reg [7:0] pb10_10;
  reg [7:0] pa10_10;
  reg pv10_10;
  reg pf10_10;
  reg [7:0] pb10_11;
  reg [7:0] pa10_11;
  reg pv10_11;
  reg pf10_11;
  reg [7:0] pb10_12;
  reg [7:0] pa10_12;
  reg pv10_12;
  reg pf10_12;
  reg [7:0] pb10_13;
  reg [7:0] pa10_13;
  reg pv10_13;
  reg pf10_13;
  reg [7:0] pb10_14;
  reg [7:0] pa10_14;
  reg pv10_14;
  reg pf10_14;
  reg [7:0] pb10_15;
  reg [7:0] pb11_0;
  reg [7:0] pa11_0;
  reg pv11_0;
  reg pf11_0;
  reg [7:0] pb11_1;
  reg [7:0] pa11_1;
  reg pv11_1;
  reg pf11_1;
  reg [7:0] pb11_2;
  reg [7:0] pa11_2;
  reg pv11_2;
  reg pf11_2;
  reg [7:0] pb11_3;
  reg [7:0] pa11_3;
  reg pv11_3;
  reg pf11_3;
  reg [7:0] pb11_4;
  reg [7:0] pa11_4;
  reg pv11_4;
  reg pf11_4;
  reg [7:0] pb11_5;
  reg [7:0] pa11_5;
  reg pv11_5;
  reg pf11_5;
  reg [7:0] pb11_6;
  reg [7:0] pa11_6;
  reg pv11_6;
  reg pf11_6;
  reg [7:0] pb11_7;
  reg [7:0] pa11_7;
  reg pv11_7;
  reg pf11_7;
  reg [7:0] pb11_8;
  reg [7:0] pa11_8;
  reg pv11_8;
  reg pf11_8;
  reg [7:0] pb11_9;
  reg [7:0] pa11_9;
  reg pv11_9;
  reg pf11_9;
  reg [7:0] pb11_10;
  reg [7:0] pa11_10;
  reg pv11_10;
  reg pf11_10;
  reg [7:0] pb11_11;
  reg [7:0] pa11_11;
  reg pv11_11;
  reg pf11_11;
  reg [7:0] pb11_12;
  reg [7:0] pa11_12;
  reg pv11_12;
  reg pf11_12;
  reg [7:0] pb11_13;
  reg [7:0] pa11_13;
  reg pv11_13;
  reg pf11_13;
  reg [7:0] pb11_14;
  reg [7:0] pa11_14;
  reg pv11_14;
  reg pf11_14;
  reg [7:0] pb11_15;
  reg [7:0] pb12_0;
  reg [7:0] pa12_0;
  reg pv12_0;
  reg pf12_0;
  reg [7:0] pb12_1;
  reg [7:0] pa12_1;
  reg pv12_1;
  reg pf12_1;
  reg [7:0] pb12_2;
  reg [7:0] pa12_2;
  reg pv12_2;
  reg pf12_2;
  reg [7:0] pb12_3;
  reg [7:0] pa12_3;
  reg pv12_3;
  reg pf12_3;
  reg [7:0] pb12_4;
  reg [7:0] pa12_4;
  reg pv12_4;
  reg pf12_4;
  reg [7:0] pb12_5;
  reg [7:0] pa12_5;
  reg pv12_5;
  reg pf12_5;
  reg [7:0] pb12_6;
  reg [7:0] pa12_6;
  reg pv12_6;
  reg pf12_6;
  reg [7:0] pb12_7;
  reg [7:0] pa12_7;
  reg pv12_7;
  reg pf12_7;
  reg [7:0] pb12_8;
  reg [7:0] pa12_8;
  reg pv12_8;
  reg pf12_8;
  reg [7:0] pb12_9;
  reg [7:0] pa12_9;
  reg pv12_9;
  reg pf12_9;
  reg [7:0] pb12_10;
  reg [7:0] pa12_10;
  reg pv12_10;
  reg pf12_10;
  reg [7:0] pb12_11;
  reg [7:0] pa12_11;
  reg pv12_11;
  reg pf12_11;
  reg [7:0] pb12_12;
  reg [7:0] pa12_12;
  reg pv12_12;
  reg pf12_12;
  reg [7:0] pb12_13;
  reg [7:0] pa12_13;
  reg pv12_13;
  reg pf12_13;
  reg [7:0] pb12_14;
  reg [7:0] pa12_14;
  reg pv12_14;
  reg pf12_14;
  reg [7:0] pb12_15;
  reg [7:0] pb13_0;
  reg [7:0] pa13_0;
  reg pv13_0;
  reg pf13_0;
  reg [7:0] pb13_1;
  reg [7:0] pa13_1;
  reg pv13_1;
  reg pf13_1;
  reg [7:0] pb13_2;
  reg [7:0] pa13_2;
  reg pv13_2;
  reg pf13_2;
  reg [7:0] pb13_3;
  reg [7:0] pa13_3;
  reg pv13_3;
  reg pf13_3;
  reg [7:0] pb13_4;
  reg [7:0] pa13_4;
  reg pv13_4;
  reg pf13_4;
  reg [7:0] pb13_5;
  reg [7:0] pa13_5;
  reg pv13_5;
  reg pf13_5;
  reg [7:0] pb13_6;
  reg [7:0] pa13_6;
  reg pv13_6;
  reg pf13_6;
  reg [7:0] pb13_7;
  reg [7:0] pa13_7;
  reg pv13_7;
  reg pf13_7;
  reg [7:0] pb13_8;
  reg [7:0] pa13_8;
  reg pv13_8;
  reg pf13_8;
  reg [7:0] pb13_9;
  reg [7:0] pa13_9;
  reg pv13_9;
  reg pf13_9;
  reg [7:0] pb13_10;
  reg [7:0] pa13_10;
  reg pv13_10;
  reg pf13_10;
  reg [7:0] pb13_11;
  reg [7:0] pa13_11;
  reg pv13_11;
  reg pf13_11;
  reg [7:0] pb13_12;
  reg [7:0] pa13_12;
  reg pv13_12;
  reg pf13_12;
  reg [7:0] pb13_13;
  reg [7:0] pa13_13;
  reg pv13_13;
  reg pf13_13;
  reg [7:0] pb13_14;
  reg [7:0] pa13_14;
  reg pv13_14;
  reg pf13_14;
  reg [7:0] pb13_15;
  reg [7:0] pb14_0;
  reg [7:0] pa14_0;
  reg pv14_0;
  reg pf14_0;
  reg [7:0] pb14_1;
  reg [7:0] pa14_1;
  reg pv14_1;
  reg pf14_1;
  reg [7:0] pb14_2;
  reg [7:0] pa14_2;
  reg pv14_2;
  reg pf14_2;
  reg [7:0] pb14_3;
  reg [7:0] pa14_3;
  reg pv14_3;
  reg pf14_3;
  reg [7:0] pb14_4;
  reg [7:0] pa14_4;
  reg pv14_4;
  reg pf14_4;
  reg [7:0] pb14_5;
  reg [7:0] pa14_5;
  reg pv14_5;
  reg pf14_5;
  reg [7:0] pb14_6;
  reg [7:0] pa14_6;
  reg pv14_6;
  reg pf14_6;
  reg [7:0] pb14_7;
  reg [7:0] pa14_7;
  reg pv14_7;
  reg pf14_7;
  reg [7:0] pb14_8;
  reg [7:0] pa14_8;
  reg pv14_8;
  reg pf14_8;
  reg [7:0] pb14_9;
  reg [7:0] pa14_9;
  reg pv14_9;
  reg pf14_9;
  reg [7:0] pb14_10;
  reg [7:0] pa14_10;
  reg pv14_10;
  reg pf14_10;
  reg [7:0] pb14_11;
  reg [7:0] pa14_11;
  reg pv14_11;
  reg pf14_11;
  reg [7:0] pb14_12;
  reg [7:0] pa14_12;
  reg pv14_12;
  reg pf14_12;
  reg [7:0] pb14_13;
  reg [7:0] pa14_13;
  reg pv14_13;
  reg pf14_13;
  reg [7:0] pb14_14;
  reg [7:0] pa14_14;
  reg pv14_14;
  reg pf14_14;
  reg [7:0] pb14_15;
  reg [7:0] pa15_0;
  reg pv15_0;
  reg pf15_0;
  reg [7:0] pa15_1;
  reg pv15_1;
  reg pf15_1;
  reg [7:0] pa15_2;
  reg pv15_2;
  reg pf15_2;
  reg [7:0] pa15_3;
  reg pv15_3;
  reg pf15_3;
  reg [7:0] pa15_4;
  reg pv15_4;
  reg pf15_4;
  reg [7:0] pa15_5;
  reg pv15_5;
  reg pf15_5;
  reg [7:0] pa15_6;
  reg pv15_6;
  reg pf15_6;
  reg [7:0] pa15_7;
  reg pv15_7;
  reg pf15_7;
  reg [7:0] pa15_8;
  reg pv15_8;
  reg pf15_8;
  reg [7:0] pa15_9;
  reg pv15_9;
  reg pf15_9;
  reg [7:0] pa15_10;
  reg pv15_10;
  reg pf15_10;
  reg [7:0] pa15_11;
  reg pv15_11;
  reg pf15_11;
  reg [7:0] pa15_12;
  reg pv15_12;
  reg pf15_12;
  reg [7:0] pa15_13;
  reg pv15_13;
  reg pf15_13;
  reg [7:0] pa15_14;
  reg pv15_14;
  reg pf15_14;
  assign f_vld = run;
  assign f_first = run & k_first;
  assign f_last = run & k_last;
  assign a_rd = run;
  assign a_idx = kcnt;
  assign b_rd = run;
  assign b_idx = kcnt;
  sa_os_16x16_opt1_shared_pe pe0_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_0),
    .acc_c_out(c0_0)
  );
  sa_os_16x16_opt1_shared_pe pe0_1 (
    .clk(clk),
    .a(pa0_0),
    .b(sk_b1_0),
    .vld(pv0_0),
    .first(pf0_0),
    .acc_s_out(s0_1),
    .acc_c_out(c0_1)
  );
  sa_os_16x16_opt1_shared_pe pe0_2 (
    .clk(clk),
    .a(pa0_1),
    .b(sk_b2_1),
    .vld(pv0_1),
    .first(pf0_1),
    .acc_s_out(s0_2),
    .acc_c_out(c0_2)
  );
  sa_os_16x16_opt1_shared_pe pe0_3 (
    .clk(clk),
    .a(pa0_2),
    .b(sk_b3_2),
    .vld(pv0_2),
    .first(pf0_2),
    .acc_s_out(s0_3),
    .acc_c_out(c0_3)
  );
  sa_os_16x16_opt1_shared_pe pe0_4 (
    .clk(clk),
    .a(pa0_3),
    .b(sk_b4_3),
    .vld(pv0_3),
    .first(pf0_3),
    .acc_s_out(s0_4),
    .acc_c_out(c0_4)
  );
  sa_os_16x16_opt1_shared_pe pe0_5 (
    .clk(clk),
    .a(pa0_4),
    .b(sk_b5_4),
    .vld(pv0_4),
    .first(pf0_4),
    .acc_s_out(s0_5),
    .acc_c_out(c0_5)
  );
  sa_os_16x16_opt1_shared_pe pe0_6 (
    .clk(clk),
    .a(pa0_5),
    .b(sk_b6_5),
    .vld(pv0_5),
    .first(pf0_5),
    .acc_s_out(s0_6),
    .acc_c_out(c0_6)
  );
  sa_os_16x16_opt1_shared_pe pe0_7 (
    .clk(clk),
    .a(pa0_6),
    .b(sk_b7_6),
    .vld(pv0_6),
    .first(pf0_6),
    .acc_s_out(s0_7),
    .acc_c_out(c0_7)
  );
  sa_os_16x16_opt1_shared_pe pe0_8 (
    .clk(clk),
    .a(pa0_7),
    .b(sk_b8_7),
    .vld(pv0_7),
    .first(pf0_7),
    .acc_s_out(s0_8),
    .acc_c_out(c0_8)
  );
  sa_os_16x16_opt1_shared_pe pe0_9 (
    .clk(clk),
    .a(pa0_8),
    .b(sk_b9_8),
    .vld(pv0_8),
    .first(pf0_8),
    .acc_s_out(s0_9),
    .acc_c_out(c0_9)
  );
  sa_os_16x16_opt1_shared_pe pe0_10 (
    .clk(clk),
    .a(pa0_9),
    .b(sk_b10_9),
    .vld(pv0_9),
    .first(pf0_9),
    .acc_s_out(s0_10),
    .acc_c_out(c0_10)
  );
  sa_os_16x16_opt1_shared_pe pe0_11 (
    .clk(clk),
    .a(pa0_10),
    .b(sk_b11_10),
    .vld(pv0_10),
    .first(pf0_10),
    .acc_s_out(s0_11),
    .acc_c_out(c0_11)
  );
  sa_os_16x16_opt1_shared_pe pe0_12 (
    .clk(clk),
    .a(pa0_11),
    .b(sk_b12_11),
    .vld(pv0_11),
    .first(pf0_11),
    .acc_s_out(s0_12),
    .acc_c_out(c0_12)
  );
  sa_os_16x16_opt1_shared_pe pe0_13 (
    .clk(clk),
    .a(pa0_12),
    .b(sk_b13_12),
    .vld(pv0_12),
    .first(pf0_12),
    .acc_s_out(s0_13),
    .acc_c_out(c0_13)
  );
  sa_os_16x16_opt1_shared_pe pe0_14 (
    .clk(clk),
    .a(pa0_13),
    .b(sk_b14_13),
    .vld(pv0_13),
    .first(pf0_13),
    .acc_s_out(s0_14),
    .acc_c_out(c0_14)
  );
  sa_os_16x16_opt1_shared_pe pe0_15 (
    .clk(clk),
    .a(pa0_14),
    .b(sk_b15_14),
    .vld(pv0_14),
    .first(pf0_14),
    .acc_s_out(s0_15),
    .acc_c_out(c0_15)
  );
  sa_os_16x16_opt1_shared_pe pe1_0 (
    .clk(clk),
    .a(sk_a1_0),
    .b(pb0_0),
    .vld(sk_v1_0),
    .first(sk_f1_0),
    .acc_s_out(s1_0),
    .acc_c_out(c1_0)
  );
  sa_os_16x16_opt1_shared_pe pe1_1 (
    .clk(clk),
    .a(pa1_0),
    .b(pb0_1),
    .vld(pv1_0),
    .first(pf1_0),
    .acc_s_out(s1_1),
    .acc_c_out(c1_1)
  );
  sa_os_16x16_opt1_shared_pe pe1_2 (
    .clk(clk),
    .a(pa1_1),
    .b(pb0_2),
    .vld(pv1_1),
    .first(pf1_1),
    .acc_s_out(s1_2),
    .acc_c_out(c1_2)
  );
  sa_os_16x16_opt1_shared_pe pe1_3 (
    .clk(clk),
    .a(pa1_2),
    .b(pb0_3),
    .vld(pv1_2),
    .first(pf1_2),
    .acc_s_out(s1_3),
    .acc_c_out(c1_3)
  );
  sa_os_16x16_opt1_shared_pe pe1_4 (
    .clk(clk),
    .a(pa1_3),
    .b(pb0_4),
    .vld(pv1_3),
    .first(pf1_3),
    .acc_s_out(s1_4),
    .acc_c_out(c1_4)
  );
  sa_os_16x16_opt1_shared_pe pe1_5 (
    .clk(clk),
    .a(pa1_4),
    .b(pb0_5),
    .vld(pv1_4),
    .first(pf1_4),
    .acc_s_out(s1_5),
    .acc_c_out(c1_5)
  );
  sa_os_16x16_opt1_shared_pe pe1_6 (
    .clk(clk),
    .a(pa1_5),
    .b(pb0_6),
    .vld(pv1_5),
    .first(pf1_5),
    .acc_s_out(s1_6),
    .acc_c_out(c1_6)
  );
  sa_os_16x16_opt1_shared_pe pe1_7 (
    .clk(clk),
    .a(pa1_6),
    .b(pb0_7),
    .vld(pv1_6),
    .first(pf1_6),
    .acc_s_out(s1_7),
    .acc_c_out(c1_7)
  );
  sa_os_16x16_opt1_shared_pe pe1_8 (
    .clk(clk),
    .a(pa1_7),
    .b(pb0_8),
    .vld(pv1_7),
    .first(pf1_7),
    .acc_s_out(s1_8),
    .acc_c_out(c1_8)
  );
  sa_os_16x16_opt1_shared_pe pe1_9 (
    .clk(clk),
    .a(pa1_8),
    .b(pb0_9),
    .vld(pv1_8),
    .first(pf1_8),
    .acc_s_out(s1_9),
    .acc_c_out(c1_9)
  );
  sa_os_16x16_opt1_shared_pe pe1_10 (
    .clk(clk),
    .a(pa1_9),
    .b(pb0_10),
    .vld(pv1_9),
    .first(pf1_9),
    .acc_s_out(s1_10),
    .acc_c_out(c1_10)
  );
  sa_os_16x16_opt1_shared_pe pe1_11 (
    .clk(clk),
    .a(pa1_10),
    .b(pb0_11),
    .vld(pv1_10),
    .first(pf1_10),
    .acc_s_out(s1_11),
    .acc_c_out(c1_11)
  );
  sa_os_16x16_opt1_shared_pe pe1_12 (
    .clk(clk),
    .a(pa1_11),
    .b(pb0_12),
    .vld(pv1_11),
    .first(pf1_11),
    .acc_s_out(s1_12),
    .acc_c_out(c1_12)
  );
  sa_os_16x16_opt1_shared_pe pe1_13 (
    .clk(clk),
    .a(pa1_12),
    .b(pb0_13),
    .vld(pv1_12),
    .first(pf1_12),
    .acc_s_out(s1_13),
    .acc_c_out(c1_13)
  );
  sa_os_16x16_opt1_shared_pe pe1_14 (
    .clk(clk),
    .a(pa1_13),
    .b(pb0_14),
    .vld(pv1_13),
    .first(pf1_13),
    .acc_s_out(s1_14),
    .acc_c_out(c1_14)
  );
  sa_os_16x16_opt1_shared_pe pe1_15 (
    .clk(clk),
    .a(pa1_14),
    .b(pb0_15),
    .vld(pv1_14),
    .first(pf1_14),
    .acc_s_out(s1_15),
    .acc_c_out(c1_15)
  );
  sa_os_16x16_opt1_shared_pe pe2_0 (
    .clk(clk),
    .a(sk_a2_1),
    .b(pb1_0),
    .vld(sk_v2_1),
    .first(sk_f2_1),
    .acc_s_out(s2_0),
    .acc_c_out(c2_0)
  );
  sa_os_16x16_opt1_shared_pe pe2_1 (
    .clk(clk),
    .a(pa2_0),
    .b(pb1_1),
    .vld(pv2_0),
    .first(pf2_0),
    .acc_s_out(s2_1),
    .acc_c_out(c2_1)
  );
  sa_os_16x16_opt1_shared_pe pe2_2 (
    .clk(clk),
    .a(pa2_1),
    .b(pb1_2),
    .vld(pv2_1),
    .first(pf2_1),
    .acc_s_out(s2_2),
    .acc_c_out(c2_2)
  );
  sa_os_16x16_opt1_shared_pe pe2_3 (
    .clk(clk),
    .a(pa2_2),
    .b(pb1_3),
    .vld(pv2_2),
    .first(pf2_2),
    .acc_s_out(s2_3),
    .acc_c_out(c2_3)
  );
  sa_os_16x16_opt1_shared_pe pe2_4 (
    .clk(clk),
    .a(pa2_3),
    .b(pb1_4),
    .vld(pv2_3),
    .first(pf2_3),
    .acc_s_out(s2_4),
    .acc_c_out(c2_4)
  );
  sa_os_16x16_opt1_shared_pe pe2_5 (
    .clk(clk),
    .a(pa2_4),
    .b(pb1_5),
    .vld(pv2_4),
    .first(pf2_4),
    .acc_s_out(s2_5),
    .acc_c_out(c2_5)
  );
  sa_os_16x16_opt1_shared_pe pe2_6 (
    .clk(clk),
    .a(pa2_5),
    .b(pb1_6),
    .vld(pv2_5),
    .first(pf2_5),
    .acc_s_out(s2_6),
    .acc_c_out(c2_6)
  );
  sa_os_16x16_opt1_shared_pe pe2_7 (
    .clk(clk),
    .a(pa2_6),
    .b(pb1_7),
    .vld(pv2_6),
    .first(pf2_6),
    .acc_s_out(s2_7),
    .acc_c_out(c2_7)
  );
  sa_os_16x16_opt1_shared_pe pe2_8 (
    .clk(clk),
    .a(pa2_7),
    .b(pb1_8),
    .vld(pv2_7),
    .first(pf2_7),
    .acc_s_out(s2_8),
    .acc_c_out(c2_8)
  );
  sa_os_16x16_opt1_shared_pe pe2_9 (
    .clk(clk),
    .a(pa2_8),
    .b(pb1_9),
    .vld(pv2_8),
    .first(pf2_8),
    .acc_s_out(s2_9),
    .acc_c_out(c2_9)
  );
  sa_os_16x16_opt1_shared_pe pe2_10 (
    .clk(clk),
    .a(pa2_9),
    .b(pb1_10),
    .vld(pv2_9),
    .first(pf2_9),
    .acc_s_out(s2_10),
    .acc_c_out(c2_10)
  );
  sa_os_16x16_opt1_shared_pe pe2_11 (
    .clk(clk),
    .a(pa2_10),
    .b(pb1_11),
    .vld(pv2_10),
    .first(pf2_10),
    .acc_s_out(s2_11),
    .acc_c_out(c2_11)
  );
  sa_os_16x16_opt1_shared_pe pe2_12 (
    .clk(clk),
    .a(pa2_11),
    .b(pb1_12),
    .vld(pv2_11),
    .first(pf2_11),
    .acc_s_out(s2_12),
    .acc_c_out(c2_12)
  );
  sa_os_16x16_opt1_shared_pe pe2_13 (
    .clk(clk),
    .a(pa2_12),
    .b(pb1_13),
    .vld(pv2_12),
    .first(pf2_12),
    .acc_s_out(s2_13),
    .acc_c_out(c2_13)
  );
  sa_os_16x16_opt1_shared_pe pe2_14 (
    .clk(clk),
    .a(pa2_13),
    .b(pb1_14),
    .vld(pv2_13),
    .first(pf2_13),
    .acc_s_out(s2_14),
    .acc_c_out(c2_14)
  );
  sa_os_16x16_opt1_shared_pe pe2_15 (
    .clk(clk),
    .a(pa2_14),
    .b(pb1_15),
    .vld(pv2_14),
    .first(pf2_14),
    .acc_s_out(s2_15),
    .acc_c_out(c2_15)
  );
  sa_os_16x16_opt1_shared_pe pe3_0 (
    .clk(clk),
    .a(sk_a3_2),
    .b(pb2_0),
    .vld(sk_v3_2),
    .first(sk_f3_2),
    .acc_s_out(s3_0),
    .acc_c_out(c3_0)
  );
  sa_os_16x16_opt1_shared_pe pe3_1 (
    .clk(clk),
    .a(pa3_0),
    .b(pb2_1),
    .vld(pv3_0),
    .first(pf3_0),
    .acc_s_out(s3_1),
    .acc_c_out(c3_1)
  );
  sa_os_16x16_opt1_shared_pe pe3_2 (
    .clk(clk),
    .a(pa3_1),
    .b(pb2_2),
    .vld(pv3_1),
    .first(pf3_1),
    .acc_s_out(s3_2),
    .acc_c_out(c3_2)
  );
  sa_os_16x16_opt1_shared_pe pe3_3 (
    .clk(clk),
    .a(pa3_2),
    .b(pb2_3),
    .vld(pv3_2),
    .first(pf3_2),
    .acc_s_out(s3_3),
    .acc_c_out(c3_3)
  );
  sa_os_16x16_opt1_shared_pe pe3_4 (
    .clk(clk),
    .a(pa3_3),
    .b(pb2_4),
    .vld(pv3_3),
    .first(pf3_3),
    .acc_s_out(s3_4),
    .acc_c_out(c3_4)
  );
  sa_os_16x16_opt1_shared_pe pe3_5 (
    .clk(clk),
    .a(pa3_4),
    .b(pb2_5),
    .vld(pv3_4),
    .first(pf3_4),
    .acc_s_out(s3_5),
    .acc_c_out(c3_5)
  );
  sa_os_16x16_opt1_shared_pe pe3_6 (
    .clk(clk),
    .a(pa3_5),
    .b(pb2_6),
    .vld(pv3_5),
    .first(pf3_5),
    .acc_s_out(s3_6),
    .acc_c_out(c3_6)
  );
  sa_os_16x16_opt1_shared_pe pe3_7 (
    .clk(clk),
    .a(pa3_6),
    .b(pb2_7),
    .vld(pv3_6),
    .first(pf3_6),
    .acc_s_out(s3_7),
    .acc_c_out(c3_7)
  );
  sa_os_16x16_opt1_shared_pe pe3_8 (
    .clk(clk),
    .a(pa3_7),
    .b(pb2_8),
    .vld(pv3_7),
    .first(pf3_7),
    .acc_s_out(s3_8),
    .acc_c_out(c3_8)
  );
  sa_os_16x16_opt1_shared_pe pe3_9 (
    .clk(clk),
    .a(pa3_8),
    .b(pb2_9),
    .vld(pv3_8),
    .first(pf3_8),
    .acc_s_out(s3_9),
    .acc_c_out(c3_9)
  );
  sa_os_16x16_opt1_shared_pe pe3_10 (
    .clk(clk),
    .a(pa3_9),
    .b(pb2_10),
    .vld(pv3_9),
    .first(pf3_9),
    .acc_s_out(s3_10),
    .acc_c_out(c3_10)
  );
  sa_os_16x16_opt1_shared_pe pe3_11 (
    .clk(clk),
    .a(pa3_10),
    .b(pb2_11),
    .vld(pv3_10),
    .first(pf3_10),
    .acc_s_out(s3_11),
    .acc_c_out(c3_11)
  );
  sa_os_16x16_opt1_shared_pe pe3_12 (
    .clk(clk),
    .a(pa3_11),
    .b(pb2_12),
    .vld(pv3_11),
    .first(pf3_11),
    .acc_s_out(s3_12),
    .acc_c_out(c3_12)
  );
  sa_os_16x16_opt1_shared_pe pe3_13 (
    .clk(clk),
    .a(pa3_12),
    .b(pb2_13),
    .vld(pv3_12),
    .first(pf3_12),
    .acc_s_out(s3_13),
    .acc_c_out(c3_13)
  );
  sa_os_16x16_opt1_shared_pe pe3_14 (
    .clk(clk),
    .a(pa3_13),
    .b(pb2_14),
    .vld(pv3_13),
    .first(pf3_13),
    .acc_s_out(s3_14),
    .acc_c_out(c3_14)
  );
  sa_os_16x16_opt1_shared_pe pe3_15 (
    .clk(clk),
    .a(pa3_14),
    .b(pb2_15),
    .vld(pv3_14),
    .first(pf3_14),
    .acc_s_out(s3_15),
    .acc_c_out(c3_15)
  );
  sa_os_16x16_opt1_shared_pe pe4_0 (
    .clk(clk),
    .a(sk_a4_3),
    .b(pb3_0),
    .vld(sk_v4_3),
    .first(sk_f4_3),
    .acc_s_out(s4_0),
    .acc_c_out(c4_0)
  );
  sa_os_16x16_opt1_shared_pe pe4_1 (
    .clk(clk),
    .a(pa4_0),
    .b(pb3_1),
    .vld(pv4_0),
    .first(pf4_0),
    .acc_s_out(s4_1),
    .acc_c_out(c4_1)
  );
  sa_os_16x16_opt1_shared_pe pe4_2 (
    .clk(clk),
    .a(pa4_1),
    .b(pb3_2),
    .vld(pv4_1),
    .first(pf4_1),
    .acc_s_out(s4_2),
    .acc_c_out(c4_2)
  );
  sa_os_16x16_opt1_shared_pe pe4_3 (
    .clk(clk),
    .a(pa4_2),
    .b(pb3_3),
    .vld(pv4_2),
    .first(pf4_2),
    .acc_s_out(s4_3),
    .acc_c_out(c4_3)
  );
  sa_os_16x16_opt1_shared_pe pe4_4 (
    .clk(clk),
    .a(pa4_3),
    .b(pb3_4),
    .vld(pv4_3),
    .first(pf4_3),
    .acc_s_out(s4_4),
    .acc_c_out(c4_4)
  );
  sa_os_16x16_opt1_shared_pe pe4_5 (
    .clk(clk),
    .a(pa4_4),
    .b(pb3_5),
    .vld(pv4_4),
    .first(pf4_4),
    .acc_s_out(s4_5),
    .acc_c_out(c4_5)
  );
  sa_os_16x16_opt1_shared_pe pe4_6 (
    .clk(clk),
    .a(pa4_5),
    .b(pb3_6),
    .vld(pv4_5),
    .first(pf4_5),
    .acc_s_out(s4_6),
    .acc_c_out(c4_6)
  );
  sa_os_16x16_opt1_shared_pe pe4_7 (
    .clk(clk),
    .a(pa4_6),
    .b(pb3_7),
    .vld(pv4_6),
    .first(pf4_6),
    .acc_s_out(s4_7),
    .acc_c_out(c4_7)
  );
  sa_os_16x16_opt1_shared_pe pe4_8 (
    .clk(clk),
    .a(pa4_7),
    .b(pb3_8),
    .vld(pv4_7),
    .first(pf4_7),
    .acc_s_out(s4_8),
    .acc_c_out(c4_8)
  );
  sa_os_16x16_opt1_shared_pe pe4_9 (
    .clk(clk),
    .a(pa4_8),
    .b(pb3_9),
    .vld(pv4_8),
    .first(pf4_8),
    .acc_s_out(s4_9),
    .acc_c_out(c4_9)
  );
  sa_os_16x16_opt1_shared_pe pe4_10 (
    .clk(clk),
    .a(pa4_9),
    .b(pb3_10),
    .vld(pv4_9),
    .first(pf4_9),
    .acc_s_out(s4_10),
    .acc_c_out(c4_10)
  );
  sa_os_16x16_opt1_shared_pe pe4_11 (
    .clk(clk),
    .a(pa4_10),
    .b(pb3_11),
    .vld(pv4_10),
    .first(pf4_10),
    .acc_s_out(s4_11),
    .acc_c_out(c4_11)
  );
  sa_os_16x16_opt1_shared_pe pe4_12 (
    .clk(clk),
    .a(pa4_11),
    .b(pb3_12),
    .vld(pv4_11),
    .first(pf4_11),
    .acc_s_out(s4_12),
    .acc_c_out(c4_12)
  );
  sa_os_16x16_opt1_shared_pe pe4_13 (
    .clk(clk),
    .a(pa4_12),
    .b(pb3_13),
    .vld(pv4_12),
    .first(pf4_12),
    .acc_s_out(s4_13),
    .acc_c_out(c4_13)
  );
  sa_os_16x16_opt1_shared_pe pe4_14 (
    .clk(clk),
    .a(pa4_13),
    .b(pb3_14),
    .vld(pv4_13),
    .first(pf4_13),
    .acc_s_out(s4_14),
    .acc_c_out(c4_14)
  );
  sa_os_16x16_opt1_shared_pe pe4_15 (
    .clk(clk),
    .a(pa4_14),
    .b(pb3_15),
    .vld(pv4_14),
    .first(pf4_14),
    .acc_s_out(s4_15),
    .acc_c_out(c4_15)
  );
  sa_os_16x16_opt1_shared_pe pe5_0 (
    .clk(clk),
    .a(sk_a5_4),
    .b(pb4_0),
    .vld(sk_v5_4),
    .first(sk_f5_4),
    .acc_s_out(s5_0),
    .acc_c_out(c5_0)
  );
  sa_os_16x16_opt1_shared_pe pe5_1 (
    .clk(clk),
    .a(pa5_0),
    .b(pb4_1),
    .vld(pv5_0),
    .first(pf5_0),
    .acc_s_out(s5_1),
    .acc_c_out(c5_1)
  );
  sa_os_16x16_opt1_shared_pe pe5_2 (
    .clk(clk),
    .a(pa5_1),
    .b(pb4_2),
    .vld(pv5_1),
    .first(pf5_1),
    .acc_s_out(s5_2),
    .acc_c_out(c5_2)
  );
  sa_os_16x16_opt1_shared_pe pe5_3 (
    .clk(clk),
    .a(pa5_2),
    .b(pb4_3),
    .vld(pv5_2),
    .first(pf5_2),
    .acc_s_out(s5_3),
    .acc_c_out(c5_3)
  );
  sa_os_16x16_opt1_shared_pe pe5_4 (
    .clk(clk),
    .a(pa5_3),
    .b(pb4_4),
    .vld(pv5_3),
    .first(pf5_3),
    .acc_s_out(s5_4),
    .acc_c_out(c5_4)
  );
  sa_os_16x16_opt1_shared_pe pe5_5 (
    .clk(clk),
    .a(pa5_4),
    .b(pb4_5),
    .vld(pv5_4),
    .first(pf5_4),
    .acc_s_out(s5_5),
    .acc_c_out(c5_5)
  );
  sa_os_16x16_opt1_shared_pe pe5_6 (
    .clk(clk),
    .a(pa5_5),
    .b(pb4_6),
    .vld(pv5_5),
    .first(pf5_5),
    .acc_s_out(s5_6),
    .acc_c_out(c5_6)
  );
  sa_os_16x16_opt1_shared_pe pe5_7 (
    .clk(clk),
    .a(pa5_6),
    .b(pb4_7),
    .vld(pv5_6),
    .first(pf5_6),
    .acc_s_out(s5_7),
    .acc_c_out(c5_7)
  );
  sa_os_16x16_opt1_shared_pe pe5_8 (
    .clk(clk),
    .a(pa5_7),
    .b(pb4_8),
    .vld(pv5_7),
    .first(pf5_7),
    .acc_s_out(s5_8),
    .acc_c_out(c5_8)
  );
  sa_os_16x16_opt1_shared_pe pe5_9 (
    .clk(clk),
    .a(pa5_8),
    .b(pb4_9),
    .vld(pv5_8),
    .first(pf5_8),
    .acc_s_out(s5_9),
    .acc_c_out(c5_9)
  );
  sa_os_16x16_opt1_shared_pe pe5_10 (
    .clk(clk),
    .a(pa5_9),
    .b(pb4_10),
    .vld(pv5_9),
    .first(pf5_9),
    .acc_s_out(s5_10),
    .acc_c_out(c5_10)
  );
  sa_os_16x16_opt1_shared_pe pe5_11 (
    .clk(clk),
    .a(pa5_10),
    .b(pb4_11),
    .vld(pv5_10),
    .first(pf5_10),
    .acc_s_out(s5_11),
    .acc_c_out(c5_11)
  );
  sa_os_16x16_opt1_shared_pe pe5_12 (
    .clk(clk),
    .a(pa5_11),
    .b(pb4_12),
    .vld(pv5_11),
    .first(pf5_11),
    .acc_s_out(s5_12),
    .acc_c_out(c5_12)
  );
  sa_os_16x16_opt1_shared_pe pe5_13 (
    .clk(clk),
    .a(pa5_12),
    .b(pb4_13),
    .vld(pv5_12),
    .first(pf5_12),
    .acc_s_out(s5_13),
    .acc_c_out(c5_13)
  );
  sa_os_16x16_opt1_shared_pe pe5_14 (
    .clk(clk),
    .a(pa5_13),
    .b(pb4_14),
    .vld(pv5_13),
    .first(pf5_13),
    .acc_s_out(s5_14),
    .acc_c_out(c5_14)
  );
  sa_os_16x16_opt1_shared_pe pe5_15 (
    .clk(clk),
    .a(pa5_14),
    .b(pb4_15),
    .vld(pv5_14),
    .first(pf5_14),
    .acc_s_out(s5_15),
    .acc_c_out(c5_15)
  );
  sa_os_16x16_opt1_shared_pe pe6_0 (
    .clk(clk),
    .a(sk_a6_5),
    .b(pb5_0),
    .vld(sk_v6_5),
    .first(sk_f6_5),
    .acc_s_out(s6_0),
    .acc_c_out(c6_0)
  );
  sa_os_16x16_opt1_shared_pe pe6_1 (
    .clk(clk),
    .a(pa6_0),
    .b(pb5_1),
    .vld(pv6_0),
    .first(pf6_0),
    .acc_s_out(s6_1),
    .acc_c_out(c6_1)
  );
  sa_os_16x16_opt1_shared_pe pe6_2 (
    .clk(clk),
    .a(pa6_1),
    .b(pb5_2),
    .vld(pv6_1),
    .first(pf6_1),
    .acc_s_out(s6_2),
    .acc_c_out(c6_2)
  );
  sa_os_16x16_opt1_shared_pe pe6_3 (
    .clk(clk),
    .a(pa6_2),
    .b(pb5_3),
    .vld(pv6_2),
    .first(pf6_2),
    .acc_s_out(s6_3),
    .acc_c_out(c6_3)
  );
  sa_os_16x16_opt1_shared_pe pe6_4 (
    .clk(clk),
    .a(pa6_3),
    .b(pb5_4),
    .vld(pv6_3),
    .first(pf6_3),
    .acc_s_out(s6_4),
    .acc_c_out(c6_4)
  );
  sa_os_16x16_opt1_shared_pe pe6_5 (
    .clk(clk),
    .a(pa6_4),
    .b(pb5_5),
    .vld(pv6_4),
    .first(pf6_4),
    .acc_s_out(s6_5),
    .acc_c_out(c6_5)
  );
  sa_os_16x16_opt1_shared_pe pe6_6 (
    .clk(clk),
    .a(pa6_5),
    .b(pb5_6),
    .vld(pv6_5),
    .first(pf6_5),
    .acc_s_out(s6_6),
    .acc_c_out(c6_6)
  );
  sa_os_16x16_opt1_shared_pe pe6_7 (
    .clk(clk),
    .a(pa6_6),
    .b(pb5_7),
    .vld(pv6_6),
    .first(pf6_6),
    .acc_s_out(s6_7),
    .acc_c_out(c6_7)
  );
  sa_os_16x16_opt1_shared_pe pe6_8 (
    .clk(clk),
    .a(pa6_7),
    .b(pb5_8),
    .vld(pv6_7),
    .first(pf6_7),
    .acc_s_out(s6_8),
    .acc_c_out(c6_8)
  );
  sa_os_16x16_opt1_shared_pe pe6_9 (
    .clk(clk),
    .a(pa6_8),
    .b(pb5_9),
    .vld(pv6_8),
    .first(pf6_8),
    .acc_s_out(s6_9),
    .acc_c_out(c6_9)
  );
  sa_os_16x16_opt1_shared_pe pe6_10 (
    .clk(clk),
    .a(pa6_9),
    .b(pb5_10),
    .vld(pv6_9),
    .first(pf6_9),
    .acc_s_out(s6_10),
    .acc_c_out(c6_10)
  );
  sa_os_16x16_opt1_shared_pe pe6_11 (
    .clk(clk),
    .a(pa6_10),
    .b(pb5_11),
    .vld(pv6_10),
    .first(pf6_10),
    .acc_s_out(s6_11),
    .acc_c_out(c6_11)
  );
  sa_os_16x16_opt1_shared_pe pe6_12 (
    .clk(clk),
    .a(pa6_11),
    .b(pb5_12),
    .vld(pv6_11),
    .first(pf6_11),
    .acc_s_out(s6_12),
    .acc_c_out(c6_12)
  );
  sa_os_16x16_opt1_shared_pe pe6_13 (
    .clk(clk),
    .a(pa6_12),
    .b(pb5_13),
    .vld(pv6_12),
    .first(pf6_12),
    .acc_s_out(s6_13),
    .acc_c_out(c6_13)
  );
  sa_os_16x16_opt1_shared_pe pe6_14 (
    .clk(clk),
    .a(pa6_13),
    .b(pb5_14),
    .vld(pv6_13),
    .first(pf6_13),
    .acc_s_out(s6_14),
    .acc_c_out(c6_14)
  );
  sa_os_16x16_opt1_shared_pe pe6_15 (
    .clk(clk),
    .a(pa6_14),
    .b(pb5_15),
    .vld(pv6_14),
    .first(pf6_14),
    .acc_s_out(s6_15),
    .acc_c_out(c6_15)
  );
  sa_os_16x16_opt1_shared_pe pe7_0 (
    .clk(clk),
    .a(sk_a7_6),
    .b(pb6_0),
    .vld(sk_v7_6),
    .first(sk_f7_6),
    .acc_s_out(s7_0),
    .acc_c_out(c7_0)
  );
  sa_os_16x16_opt1_shared_pe pe7_1 (
    .clk(clk),
    .a(pa7_0),
    .b(pb6_1),
    .vld(pv7_0),
    .first(pf7_0),
    .acc_s_out(s7_1),
    .acc_c_out(c7_1)
  );
  sa_os_16x16_opt1_shared_pe pe7_2 (
    .clk(clk),
    .a(pa7_1),
    .b(pb6_2),
    .vld(pv7_1),
    .first(pf7_1),
    .acc_s_out(s7_2),
    .acc_c_out(c7_2)
  );
  sa_os_16x16_opt1_shared_pe pe7_3 (
    .clk(clk),
    .a(pa7_2),
    .b(pb6_3),
    .vld(pv7_2),
    .first(pf7_2),
    .acc_s_out(s7_3),
    .acc_c_out(c7_3)
  );
  sa_os_16x16_opt1_shared_pe pe7_4 (
    .clk(clk),
    .a(pa7_3),
    .b(pb6_4),
    .vld(pv7_3),
    .first(pf7_3),
    .acc_s_out(s7_4),
    .acc_c_out(c7_4)
  );
  sa_os_16x16_opt1_shared_pe pe7_5 (
    .clk(clk),
    .a(pa7_4),
    .b(pb6_5),
    .vld(pv7_4),
    .first(pf7_4),
    .acc_s_out(s7_5),
    .acc_c_out(c7_5)
  );
  sa_os_16x16_opt1_shared_pe pe7_6 (
    .clk(clk),
    .a(pa7_5),
    .b(pb6_6),
    .vld(pv7_5),
    .first(pf7_5),
    .acc_s_out(s7_6),
    .acc_c_out(c7_6)
  );
  sa_os_16x16_opt1_shared_pe pe7_7 (
    .clk(clk),
    .a(pa7_6),
    .b(pb6_7),
    .vld(pv7_6),
    .first(pf7_6),
    .acc_s_out(s7_7),
    .acc_c_out(c7_7)
  );
  sa_os_16x16_opt1_shared_pe pe7_8 (
    .clk(clk),
    .a(pa7_7),
    .b(pb6_8),
    .vld(pv7_7),
    .first(pf7_7),
    .acc_s_out(s7_8),
    .acc_c_out(c7_8)
  );
  sa_os_16x16_opt1_shared_pe pe7_9 (
    .clk(clk),
    .a(pa7_8),
    .b(pb6_9),
    .vld(pv7_8),
    .first(pf7_8),
    .acc_s_out(s7_9),
    .acc_c_out(c7_9)
  );
  sa_os_16x16_opt1_shared_pe pe7_10 (
    .clk(clk),
    .a(pa7_9),
    .b(pb6_10),
    .vld(pv7_9),
    .first(pf7_9),
    .acc_s_out(s7_10),
    .acc_c_out(c7_10)
  );
  sa_os_16x16_opt1_shared_pe pe7_11 (
    .clk(clk),
    .a(pa7_10),
    .b(pb6_11),
    .vld(pv7_10),
    .first(pf7_10),
    .acc_s_out(s7_11),
    .acc_c_out(c7_11)
  );
  sa_os_16x16_opt1_shared_pe pe7_12 (
    .clk(clk),
    .a(pa7_11),
    .b(pb6_12),
    .vld(pv7_11),
    .first(pf7_11),
    .acc_s_out(s7_12),
    .acc_c_out(c7_12)
  );
  sa_os_16x16_opt1_shared_pe pe7_13 (
    .clk(clk),
    .a(pa7_12),
    .b(pb6_13),
    .vld(pv7_12),
    .first(pf7_12),
    .acc_s_out(s7_13),
    .acc_c_out(c7_13)
  );
  sa_os_16x16_opt1_shared_pe pe7_14 (
    .clk(clk),
    .a(pa7_13),
    .b(pb6_14),
    .vld(pv7_13),
    .first(pf7_13),
    .acc_s_out(s7_14),
    .acc_c_out(c7_14)
  );
  sa_os_16x16_opt1_shared_pe pe7_15 (
    .clk(clk),
    .a(pa7_14),
    .b(pb6_15),
    .vld(pv7_14),
    .first(pf7_14),
    .acc_s_out(s7_15),
    .acc_c_out(c7_15)
  );
  sa_os_16x16_opt1_shared_pe pe8_0 (
    .clk(clk),
    .a(sk_a8_7),
    .b(pb7_0),
    .vld(sk_v8_7),
    .first(sk_f8_7),
    .acc_s_out(s8_0),
    .acc_c_out(c8_0)
  );
  sa_os_16x16_opt1_shared_pe pe8_1 (
    .clk(clk),
    .a(pa8_0),
    .b(pb7_1),
    .vld(pv8_0),
    .first(pf8_0),
    .acc_s_out(s8_1),
    .acc_c_out(c8_1)
  );
  sa_os_16x16_opt1_shared_pe pe8_2 (
    .clk(clk),
    .a(pa8_1),
    .b(pb7_2),
    .vld(pv8_1),
    .first(pf8_1),
    .acc_s_out(s8_2),
    .acc_c_out(c8_2)
  );
  sa_os_16x16_opt1_shared_pe pe8_3 (
    .clk(clk),
    .a(pa8_2),
    .b(pb7_3),
    .vld(pv8_2),
    .first(pf8_2),
    .acc_s_out(s8_3),
    .acc_c_out(c8_3)
  );
  sa_os_16x16_opt1_shared_pe pe8_4 (
    .clk(clk),
    .a(pa8_3),
    .b(pb7_4),
    .vld(pv8_3),
    .first(pf8_3),
    .acc_s_out(s8_4),
    .acc_c_out(c8_4)
  );
  sa_os_16x16_opt1_shared_pe pe8_5 (
    .clk(clk),
    .a(pa8_4),
    .b(pb7_5),
    .vld(pv8_4),
    .first(pf8_4),
    .acc_s_out(s8_5),
    .acc_c_out(c8_5)
  );
  sa_os_16x16_opt1_shared_pe pe8_6 (
    .clk(clk),
    .a(pa8_5),
    .b(pb7_6),
    .vld(pv8_5),
    .first(pf8_5),
    .acc_s_out(s8_6),
    .acc_c_out(c8_6)
  );
  sa_os_16x16_opt1_shared_pe pe8_7 (
    .clk(clk),
    .a(pa8_6),
    .b(pb7_7),
    .vld(pv8_6),
    .first(pf8_6),
    .acc_s_out(s8_7),
    .acc_c_out(c8_7)
  );
  sa_os_16x16_opt1_shared_pe pe8_8 (
    .clk(clk),
    .a(pa8_7),
    .b(pb7_8),
    .vld(pv8_7),
    .first(pf8_7),
    .acc_s_out(s8_8),
    .acc_c_out(c8_8)
  );
  sa_os_16x16_opt1_shared_pe pe8_9 (
    .clk(clk),
    .a(pa8_8),
    .b(pb7_9),
    .vld(pv8_8),
    .first(pf8_8),
    .acc_s_out(s8_9),
    .acc_c_out(c8_9)
  );
  sa_os_16x16_opt1_shared_pe pe8_10 (
    .clk(clk),
    .a(pa8_9),
    .b(pb7_10),
    .vld(pv8_9),
    .first(pf8_9),
    .acc_s_out(s8_10),
    .acc_c_out(c8_10)
  );
  sa_os_16x16_opt1_shared_pe pe8_11 (
    .clk(clk),
    .a(pa8_10),
    .b(pb7_11),
    .vld(pv8_10),
    .first(pf8_10),
    .acc_s_out(s8_11),
    .acc_c_out(c8_11)
  );
  sa_os_16x16_opt1_shared_pe pe8_12 (
    .clk(clk),
    .a(pa8_11),
    .b(pb7_12),
    .vld(pv8_11),
    .first(pf8_11),
    .acc_s_out(s8_12),
    .acc_c_out(c8_12)
  );
  sa_os_16x16_opt1_shared_pe pe8_13 (
    .clk(clk),
    .a(pa8_12),
    .b(pb7_13),
    .vld(pv8_12),
    .first(pf8_12),
    .acc_s_out(s8_13),
    .acc_c_out(c8_13)
  );
  sa_os_16x16_opt1_shared_pe pe8_14 (
    .clk(clk),
    .a(pa8_13),
    .b(pb7_14),
    .vld(pv8_13),
    .first(pf8_13),
    .acc_s_out(s8_14),
    .acc_c_out(c8_14)
  );
  sa_os_16x16_opt1_shared_pe pe8_15 (
    .clk(clk),
    .a(pa8_14),
    .b(pb7_15),
    .vld(pv8_14),
    .first(pf8_14),
    .acc_s_out(s8_15),
    .acc_c_out(c8_15)
  );
  sa_os_16x16_opt1_shared_pe pe9_0 (
    .clk(clk),
    .a(sk_a9_8),
    .b(pb8_0),
    .vld(sk_v9_8),
    .first(sk_f9_8),
    .acc_s_out(s9_0),
    .acc_c_out(c9_0)
  );
  sa_os_16x16_opt1_shared_pe pe9_1 (
    .clk(clk),
    .a(pa9_0),
    .b(pb8_1),
    .vld(pv9_0),
    .first(pf9_0),
    .acc_s_out(s9_1),
    .acc_c_out(c9_1)
  );
  sa_os_16x16_opt1_shared_pe pe9_2 (
    .clk(clk),
    .a(pa9_1),
    .b(pb8_2),
    .vld(pv9_1),
    .first(pf9_1),
    .acc_s_out(s9_2),
    .acc_c_out(c9_2)
  );
  sa_os_16x16_opt1_shared_pe pe9_3 (
    .clk(clk),
    .a(pa9_2),
    .b(pb8_3),
    .vld(pv9_2),
    .first(pf9_2),
    .acc_s_out(s9_3),
    .acc_c_out(c9_3)
  );
  sa_os_16x16_opt1_shared_pe pe9_4 (
    .clk(clk),
    .a(pa9_3),
    .b(pb8_4),
    .vld(pv9_3),
    .first(pf9_3),
    .acc_s_out(s9_4),
    .acc_c_out(c9_4)
  );
  sa_os_16x16_opt1_shared_pe pe9_5 (
    .clk(clk),
    .a(pa9_4),
    .b(pb8_5),
    .vld(pv9_4),
    .first(pf9_4),
    .acc_s_out(s9_5),
    .acc_c_out(c9_5)
  );
  sa_os_16x16_opt1_shared_pe pe9_6 (
    .clk(clk),
    .a(pa9_5),
    .b(pb8_6),
    .vld(pv9_5),
    .first(pf9_5),
    .acc_s_out(s9_6),
    .acc_c_out(c9_6)
  );
  sa_os_16x16_opt1_shared_pe pe9_7 (
    .clk(clk),
    .a(pa9_6),
    .b(pb8_7),
    .vld(pv9_6),
    .first(pf9_6),
    .acc_s_out(s9_7),
    .acc_c_out(c9_7)
  );
  sa_os_16x16_opt1_shared_pe pe9_8 (
    .clk(clk),
    .a(pa9_7),
    .b(pb8_8),
    .vld(pv9_7),
    .first(pf9_7),
    .acc_s_out(s9_8),
    .acc_c_out(c9_8)
  );
  sa_os_16x16_opt1_shared_pe pe9_9 (
    .clk(clk),
    .a(pa9_8),
    .b(pb8_9),
    .vld(pv9_8),
    .first(pf9_8),
    .acc_s_out(s9_9),
    .acc_c_out(c9_9)
  );
  sa_os_16x16_opt1_shared_pe pe9_10 (
    .clk(clk),
    .a(pa9_9),
    .b(pb8_10),
    .vld(pv9_9),
    .first(pf9_9),
    .acc_s_out(s9_10),
    .acc_c_out(c9_10)
  );
  sa_os_16x16_opt1_shared_pe pe9_11 (
    .clk(clk),
    .a(pa9_10),
    .b(pb8_11),
    .vld(pv9_10),
    .first(pf9_10),
    .acc_s_out(s9_11),
    .acc_c_out(c9_11)
  );
  sa_os_16x16_opt1_shared_pe pe9_12 (
    .clk(clk),
    .a(pa9_11),
    .b(pb8_12),
    .vld(pv9_11),
    .first(pf9_11),
    .acc_s_out(s9_12),
    .acc_c_out(c9_12)
  );
  sa_os_16x16_opt1_shared_pe pe9_13 (
    .clk(clk),
    .a(pa9_12),
    .b(pb8_13),
    .vld(pv9_12),
    .first(pf9_12),
    .acc_s_out(s9_13),
    .acc_c_out(c9_13)
  );
  sa_os_16x16_opt1_shared_pe pe9_14 (
    .clk(clk),
    .a(pa9_13),
    .b(pb8_14),
    .vld(pv9_13),
    .first(pf9_13),
    .acc_s_out(s9_14),
    .acc_c_out(c9_14)
  );
  sa_os_16x16_opt1_shared_pe pe9_15 (
    .clk(clk),
    .a(pa9_14),
    .b(pb8_15),
    .vld(pv9_14),
    .first(pf9_14),
    .acc_s_out(s9_15),
    .acc_c_out(c9_15)
  );
  sa_os_16x16_opt1_shared_pe pe10_0 (
    .clk(clk),
    .a(sk_a10_9),
    .b(pb9_0),
    .vld(sk_v10_9),
    .first(sk_f10_9),
    .acc_s_out(s10_0),
    .acc_c_out(c10_0)
  );
  sa_os_16x16_opt1_shared_pe pe10_1 (
    .clk(clk),
    .a(pa10_0),
    .b(pb9_1),
    .vld(pv10_0),
    .first(pf10_0),
    .acc_s_out(s10_1),
    .acc_c_out(c10_1)
  );
  sa_os_16x16_opt1_shared_pe pe10_2 (
    .clk(clk),
    .a(pa10_1),
    .b(pb9_2),
    .vld(pv10_1),
    .first(pf10_1),
    .acc_s_out(s10_2),
    .acc_c_out(c10_2)
  );
  sa_os_16x16_opt1_shared_pe pe10_3 (
    .clk(clk),
    .a(pa10_2),
    .b(pb9_3),
    .vld(pv10_2),
    .first(pf10_2),
    .acc_s_out(s10_3),
    .acc_c_out(c10_3)
  );
  sa_os_16x16_opt1_shared_pe pe10_4 (
    .clk(clk),
    .a(pa10_3),
    .b(pb9_4),
    .vld(pv10_3),
    .first(pf10_3),
    .acc_s_out(s10_4),
    .acc_c_out(c10_4)
  );
  sa_os_16x16_opt1_shared_pe pe10_5 (
    .clk(clk),
    .a(pa10_4),
    .b(pb9_5),
    .vld(pv10_4),
    .first(pf10_4),
    .acc_s_out(s10_5),
    .acc_c_out(c10_5)
  );
  sa_os_16x16_opt1_shared_pe pe10_6 (
    .clk(clk),
    .a(pa10_5),
    .b(pb9_6),
    .vld(pv10_5),
    .first(pf10_5),
    .acc_s_out(s10_6),
    .acc_c_out(c10_6)
  );
  sa_os_16x16_opt1_shared_pe pe10_7 (
    .clk(clk),
    .a(pa10_6),
    .b(pb9_7),
    .vld(pv10_6),
    .first(pf10_6),
    .acc_s_out(s10_7),
    .acc_c_out(c10_7)
  );
  sa_os_16x16_opt1_shared_pe pe10_8 (
    .clk(clk),
    .a(pa10_7),
    .b(pb9_8),
    .vld(pv10_7),
    .first(pf10_7),
    .acc_s_out(s10_8),
    .acc_c_out(c10_8)
  );
  sa_os_16x16_opt1_shared_pe pe10_9 (
    .clk(clk),
    .a(pa10_8),
    .b(pb9_9),
    .vld(pv10_8),
    .first(pf10_8),
    .acc_s_out(s10_9),
    .acc_c_out(c10_9)
  );
  sa_os_16x16_opt1_shared_pe pe10_10 (
    .clk(clk),
    .a(pa10_9),
    .b(pb9_10),
    .vld(pv10_9),
    .first(pf10_9),
    .acc_s_out(s10_10),
    .acc_c_out(c10_10)
  );
  sa_os_16x16_opt1_shared_pe pe10_11 (
    .clk(clk),
    .a(pa10_10),
    .b(pb9_11),
    .vld(pv10_10),
    .first(pf10_10),
    .acc_s_out(s10_11),
    .acc_c_out(c10_11)
  );
  sa_os_16x16_opt1_shared_pe pe10_12 (
    .clk(clk),
    .a(pa10_11),
    .b(pb9_12),
    .vld(pv10_11),
    .first(pf10_11),
    .acc_s_out(s10_12),
    .acc_c_out(c10_12)
  );
  sa_os_16x16_opt1_shared_pe pe10_13 (
    .clk(clk),
    .a(pa10_12),
    .b(pb9_13),
    .vld(pv10_12),
    .first(pf10_12),
    .acc_s_out(s10_13),
    .acc_c_out(c10_13)
  );
  sa_os_16x16_opt1_shared_pe pe10_14 (
    .clk(clk),
    .a(pa10_13),
    .b(pb9_14),
    .vld(pv10_13),
    .first(pf10_13),
    .acc_s_out(s10_14),
    .acc_c_out(c10_14)
  );
  sa_os_16x16_opt1_shared_pe pe10_15 (
    .clk(clk),
    .a(pa10_14),
    .b(pb9_15),
    .vld(pv10_14),
    .first(pf10_14),
    .acc_s_out(s10_15),
    .acc_c_out(c10_15)
  );
  sa_os_16x16_opt1_shared_pe pe11_0 (
    .clk(clk),
    .a(sk_a11_10),
    .b(pb10_0),
    .vld(sk_v11_10),
    .first(sk_f11_10),
    .acc_s_out(s11_0),
    .acc_c_out(c11_0)
  );
  sa_os_16x16_opt1_shared_pe pe11_1 (
    .clk(clk),
    .a(pa11_0),
    .b(pb10_1),
    .vld(pv11_0),
    .first(pf11_0),
    .acc_s_out(s11_1),
    .acc_c_out(c11_1)
  );
  sa_os_16x16_opt1_shared_pe pe11_2 (
    .clk(clk),
    .a(pa11_1),
    .b(pb10_2),
    .vld(pv11_1),
    .first(pf11_1),
    .acc_s_out(s11_2),
    .acc_c_out(c11_2)
  );
  sa_os_16x16_opt1_shared_pe pe11_3 (
    .clk(clk),
    .a(pa11_2),
    .b(pb10_3),
    .vld(pv11_2),
    .first(pf11_2),
    .acc_s_out(s11_3),
    .acc_c_out(c11_3)
  );
  sa_os_16x16_opt1_shared_pe pe11_4 (
    .clk(clk),
    .a(pa11_3),
    .b(pb10_4),
    .vld(pv11_3),
    .first(pf11_3),
    .acc_s_out(s11_4),
    .acc_c_out(c11_4)
  );
  sa_os_16x16_opt1_shared_pe pe11_5 (
    .clk(clk),
    .a(pa11_4),
    .b(pb10_5),
    .vld(pv11_4),
    .first(pf11_4),
    .acc_s_out(s11_5),
    .acc_c_out(c11_5)
  );
  sa_os_16x16_opt1_shared_pe pe11_6 (
    .clk(clk),
    .a(pa11_5),
    .b(pb10_6),
    .vld(pv11_5),
    .first(pf11_5),
    .acc_s_out(s11_6),
    .acc_c_out(c11_6)
  );
  sa_os_16x16_opt1_shared_pe pe11_7 (
    .clk(clk),
    .a(pa11_6),
    .b(pb10_7),
    .vld(pv11_6),
    .first(pf11_6),
    .acc_s_out(s11_7),
    .acc_c_out(c11_7)
  );
  sa_os_16x16_opt1_shared_pe pe11_8 (
    .clk(clk),
    .a(pa11_7),
    .b(pb10_8),
    .vld(pv11_7),
    .first(pf11_7),
    .acc_s_out(s11_8),
    .acc_c_out(c11_8)
  );
  sa_os_16x16_opt1_shared_pe pe11_9 (
    .clk(clk),
    .a(pa11_8),
    .b(pb10_9),
    .vld(pv11_8),
    .first(pf11_8),
    .acc_s_out(s11_9),
    .acc_c_out(c11_9)
  );
  sa_os_16x16_opt1_shared_pe pe11_10 (
    .clk(clk),
    .a(pa11_9),
    .b(pb10_10),
    .vld(pv11_9),
    .first(pf11_9),
    .acc_s_out(s11_10),
    .acc_c_out(c11_10)
  );
  sa_os_16x16_opt1_shared_pe pe11_11 (
    .clk(clk),
    .a(pa11_10),
    .b(pb10_11),
    .vld(pv11_10),
    .first(pf11_10),
    .acc_s_out(s11_11),
    .acc_c_out(c11_11)
  );
  sa_os_16x16_opt1_shared_pe pe11_12 (
    .clk(clk),
    .a(pa11_11),
    .b(pb10_12),
    .vld(pv11_11),
    .first(pf11_11),
    .acc_s_out(s11_12),
    .acc_c_out(c11_12)
  );
  sa_os_16x16_opt1_shared_pe pe11_13 (
    .clk(clk),
    .a(pa11_12),
    .b(pb10_13),
    .vld(pv11_12),
    .first(pf11_12),
    .acc_s_out(s11_13),
    .acc_c_out(c11_13)
  );
  sa_os_16x16_opt1_shared_pe pe11_14 (
    .clk(clk),
    .a(pa11_13),
    .b(pb10_14),
    .vld(pv11_13),
    .first(pf11_13),
    .acc_s_out(s11_14),
    .acc_c_out(c11_14)
  );
  sa_os_16x16_opt1_shared_pe pe11_15 (
    .clk(clk),
    .a(pa11_14),
    .b(pb10_15),
    .vld(pv11_14),
    .first(pf11_14),
    .acc_s_out(s11_15),
    .acc_c_out(c11_15)
  );
  sa_os_16x16_opt1_shared_pe pe12_0 (
    .clk(clk),
    .a(sk_a12_11),
    .b(pb11_0),
    .vld(sk_v12_11),
    .first(sk_f12_11),
    .acc_s_out(s12_0),
    .acc_c_out(c12_0)
  );
  sa_os_16x16_opt1_shared_pe pe12_1 (
    .clk(clk),
    .a(pa12_0),
    .b(pb11_1),
    .vld(pv12_0),
    .first(pf12_0),
    .acc_s_out(s12_1),
    .acc_c_out(c12_1)
  );
  sa_os_16x16_opt1_shared_pe pe12_2 (
    .clk(clk),
    .a(pa12_1),
    .b(pb11_2),
    .vld(pv12_1),
    .first(pf12_1),
    .acc_s_out(s12_2),
    .acc_c_out(c12_2)
  );
  sa_os_16x16_opt1_shared_pe pe12_3 (
    .clk(clk),
    .a(pa12_2),
    .b(pb11_3),
    .vld(pv12_2),
    .first(pf12_2),
    .acc_s_out(s12_3),
    .acc_c_out(c12_3)
  );
  sa_os_16x16_opt1_shared_pe pe12_4 (
    .clk(clk),
    .a(pa12_3),
    .b(pb11_4),
    .vld(pv12_3),
    .first(pf12_3),
    .acc_s_out(s12_4),
    .acc_c_out(c12_4)
  );
  sa_os_16x16_opt1_shared_pe pe12_5 (
    .clk(clk),
    .a(pa12_4),
    .b(pb11_5),
    .vld(pv12_4),
    .first(pf12_4),
    .acc_s_out(s12_5),
    .acc_c_out(c12_5)
  );
  sa_os_16x16_opt1_shared_pe pe12_6 (
    .clk(clk),
    .a(pa12_5),
    .b(pb11_6),
    .vld(pv12_5),
    .first(pf12_5),
    .acc_s_out(s12_6),
    .acc_c_out(c12_6)
  );
  sa_os_16x16_opt1_shared_pe pe12_7 (
    .clk(clk),
    .a(pa12_6),
    .b(pb11_7),
    .vld(pv12_6),
    .first(pf12_6),
    .acc_s_out(s12_7),
    .acc_c_out(c12_7)
  );
  sa_os_16x16_opt1_shared_pe pe12_8 (
    .clk(clk),
    .a(pa12_7),
    .b(pb11_8),
    .vld(pv12_7),
    .first(pf12_7),
    .acc_s_out(s12_8),
    .acc_c_out(c12_8)
  );
  sa_os_16x16_opt1_shared_pe pe12_9 (
    .clk(clk),
    .a(pa12_8),
    .b(pb11_9),
    .vld(pv12_8),
    .first(pf12_8),
    .acc_s_out(s12_9),
    .acc_c_out(c12_9)
  );
  sa_os_16x16_opt1_shared_pe pe12_10 (
    .clk(clk),
    .a(pa12_9),
    .b(pb11_10),
    .vld(pv12_9),
    .first(pf12_9),
    .acc_s_out(s12_10),
    .acc_c_out(c12_10)
  );
  sa_os_16x16_opt1_shared_pe pe12_11 (
    .clk(clk),
    .a(pa12_10),
    .b(pb11_11),
    .vld(pv12_10),
    .first(pf12_10),
    .acc_s_out(s12_11),
    .acc_c_out(c12_11)
  );
  sa_os_16x16_opt1_shared_pe pe12_12 (
    .clk(clk),
    .a(pa12_11),
    .b(pb11_12),
    .vld(pv12_11),
    .first(pf12_11),
    .acc_s_out(s12_12),
    .acc_c_out(c12_12)
  );
  sa_os_16x16_opt1_shared_pe pe12_13 (
    .clk(clk),
    .a(pa12_12),
    .b(pb11_13),
    .vld(pv12_12),
    .first(pf12_12),
    .acc_s_out(s12_13),
    .acc_c_out(c12_13)
  );
  sa_os_16x16_opt1_shared_pe pe12_14 (
    .clk(clk),
    .a(pa12_13),
    .b(pb11_14),
    .vld(pv12_13),
    .first(pf12_13),
    .acc_s_out(s12_14),
    .acc_c_out(c12_14)
  );
  sa_os_16x16_opt1_shared_pe pe12_15 (
    .clk(clk),
    .a(pa12_14),
    .b(pb11_15),
    .vld(pv12_14),
    .first(pf12_14),
    .acc_s_out(s12_15),
    .acc_c_out(c12_15)
  );
  sa_os_16x16_opt1_shared_pe pe13_0 (
    .clk(clk),
    .a(sk_a13_12),
    .b(pb12_0),
    .vld(sk_v13_12),
    .first(sk_f13_12),
    .acc_s_out(s13_0),
    .acc_c_out(c13_0)
  );
  sa_os_16x16_opt1_shared_pe pe13_1 (
    .clk(clk),
    .a(pa13_0),
    .b(pb12_1),
    .vld(pv13_0),
    .first(pf13_0),
    .acc_s_out(s13_1),
    .acc_c_out(c13_1)
  );
  sa_os_16x16_opt1_shared_pe pe13_2 (
    .clk(clk),
    .a(pa13_1),
    .b(pb12_2),
    .vld(pv13_1),
    .first(pf13_1),
    .acc_s_out(s13_2),
    .acc_c_out(c13_2)
  );
  sa_os_16x16_opt1_shared_pe pe13_3 (
    .clk(clk),
    .a(pa13_2),
    .b(pb12_3),
    .vld(pv13_2),
    .first(pf13_2),
    .acc_s_out(s13_3),
    .acc_c_out(c13_3)
  );
  sa_os_16x16_opt1_shared_pe pe13_4 (
    .clk(clk),
    .a(pa13_3),
    .b(pb12_4),
    .vld(pv13_3),
    .first(pf13_3),
    .acc_s_out(s13_4),
    .acc_c_out(c13_4)
  );
  sa_os_16x16_opt1_shared_pe pe13_5 (
    .clk(clk),
    .a(pa13_4),
    .b(pb12_5),
    .vld(pv13_4),
    .first(pf13_4),
    .acc_s_out(s13_5),
    .acc_c_out(c13_5)
  );
  sa_os_16x16_opt1_shared_pe pe13_6 (
    .clk(clk),
    .a(pa13_5),
    .b(pb12_6),
    .vld(pv13_5),
    .first(pf13_5),
    .acc_s_out(s13_6),
    .acc_c_out(c13_6)
  );
  sa_os_16x16_opt1_shared_pe pe13_7 (
    .clk(clk),
    .a(pa13_6),
    .b(pb12_7),
    .vld(pv13_6),
    .first(pf13_6),
    .acc_s_out(s13_7),
    .acc_c_out(c13_7)
  );
  sa_os_16x16_opt1_shared_pe pe13_8 (
    .clk(clk),
    .a(pa13_7),
    .b(pb12_8),
    .vld(pv13_7),
    .first(pf13_7),
    .acc_s_out(s13_8),
    .acc_c_out(c13_8)
  );
  sa_os_16x16_opt1_shared_pe pe13_9 (
    .clk(clk),
    .a(pa13_8),
    .b(pb12_9),
    .vld(pv13_8),
    .first(pf13_8),
    .acc_s_out(s13_9),
    .acc_c_out(c13_9)
  );
  sa_os_16x16_opt1_shared_pe pe13_10 (
    .clk(clk),
    .a(pa13_9),
    .b(pb12_10),
    .vld(pv13_9),
    .first(pf13_9),
    .acc_s_out(s13_10),
    .acc_c_out(c13_10)
  );
  sa_os_16x16_opt1_shared_pe pe13_11 (
    .clk(clk),
    .a(pa13_10),
    .b(pb12_11),
    .vld(pv13_10),
    .first(pf13_10),
    .acc_s_out(s13_11),
    .acc_c_out(c13_11)
  );
  sa_os_16x16_opt1_shared_pe pe13_12 (
    .clk(clk),
    .a(pa13_11),
    .b(pb12_12),
    .vld(pv13_11),
    .first(pf13_11),
    .acc_s_out(s13_12),
    .acc_c_out(c13_12)
  );
  sa_os_16x16_opt1_shared_pe pe13_13 (
    .clk(clk),
    .a(pa13_12),
    .b(pb12_13),
    .vld(pv13_12),
    .first(pf13_12),
    .acc_s_out(s13_13),
    .acc_c_out(c13_13)
  );
  sa_os_16x16_opt1_shared_pe pe13_14 (
    .clk(clk),
    .a(pa13_13),
    .b(pb12_14),
    .vld(pv13_13),
    .first(pf13_13),
    .acc_s_out(s13_14),
    .acc_c_out(c13_14)
  );
  sa_os_16x16_opt1_shared_pe pe13_15 (
    .clk(clk),
    .a(pa13_14),
    .b(pb12_15),
    .vld(pv13_14),
    .first(pf13_14),
    .acc_s_out(s13_15),
    .acc_c_out(c13_15)
  );
  sa_os_16x16_opt1_shared_pe pe14_0 (
    .clk(clk),
    .a(sk_a14_13),
    .b(pb13_0),
    .vld(sk_v14_13),
    .first(sk_f14_13),
    .acc_s_out(s14_0),
    .acc_c_out(c14_0)
  );
  sa_os_16x16_opt1_shared_pe pe14_1 (
    .clk(clk),
    .a(pa14_0),
    .b(pb13_1),
    .vld(pv14_0),
    .first(pf14_0),
    .acc_s_out(s14_1),
    .acc_c_out(c14_1)
  );
  sa_os_16x16_opt1_shared_pe pe14_2 (
    .clk(clk),
    .a(pa14_1),
    .b(pb13_2),
    .vld(pv14_1),
    .first(pf14_1),
    .acc_s_out(s14_2),
    .acc_c_out(c14_2)
  );
  sa_os_16x16_opt1_shared_pe pe14_3 (
    .clk(clk),
    .a(pa14_2),
    .b(pb13_3),
    .vld(pv14_2),
    .first(pf14_2),
    .acc_s_out(s14_3),
    .acc_c_out(c14_3)
  );
  sa_os_16x16_opt1_shared_pe pe14_4 (
    .clk(clk),
    .a(pa14_3),
    .b(pb13_4),
    .vld(pv14_3),
    .first(pf14_3),
    .acc_s_out(s14_4),
    .acc_c_out(c14_4)
  );
  sa_os_16x16_opt1_shared_pe pe14_5 (
    .clk(clk),
    .a(pa14_4),
    .b(pb13_5),
    .vld(pv14_4),
    .first(pf14_4),
    .acc_s_out(s14_5),
    .acc_c_out(c14_5)
  );
  sa_os_16x16_opt1_shared_pe pe14_6 (
    .clk(clk),
    .a(pa14_5),
    .b(pb13_6),
    .vld(pv14_5),
    .first(pf14_5),
    .acc_s_out(s14_6),
    .acc_c_out(c14_6)
  );
  sa_os_16x16_opt1_shared_pe pe14_7 (
    .clk(clk),
    .a(pa14_6),
    .b(pb13_7),
    .vld(pv14_6),
    .first(pf14_6),
    .acc_s_out(s14_7),
    .acc_c_out(c14_7)
  );
  sa_os_16x16_opt1_shared_pe pe14_8 (
    .clk(clk),
    .a(pa14_7),
    .b(pb13_8),
    .vld(pv14_7),
    .first(pf14_7),
    .acc_s_out(s14_8),
    .acc_c_out(c14_8)
  );
  sa_os_16x16_opt1_shared_pe pe14_9 (
    .clk(clk),
    .a(pa14_8),
    .b(pb13_9),
    .vld(pv14_8),
    .first(pf14_8),
    .acc_s_out(s14_9),
    .acc_c_out(c14_9)
  );
  sa_os_16x16_opt1_shared_pe pe14_10 (
    .clk(clk),
    .a(pa14_9),
    .b(pb13_10),
    .vld(pv14_9),
    .first(pf14_9),
    .acc_s_out(s14_10),
    .acc_c_out(c14_10)
  );
  sa_os_16x16_opt1_shared_pe pe14_11 (
    .clk(clk),
    .a(pa14_10),
    .b(pb13_11),
    .vld(pv14_10),
    .first(pf14_10),
    .acc_s_out(s14_11),
    .acc_c_out(c14_11)
  );
  sa_os_16x16_opt1_shared_pe pe14_12 (
    .clk(clk),
    .a(pa14_11),
    .b(pb13_12),
    .vld(pv14_11),
    .first(pf14_11),
    .acc_s_out(s14_12),
    .acc_c_out(c14_12)
  );
  sa_os_16x16_opt1_shared_pe pe14_13 (
    .clk(clk),
    .a(pa14_12),
    .b(pb13_13),
    .vld(pv14_12),
    .first(pf14_12),
    .acc_s_out(s14_13),
    .acc_c_out(c14_13)
  );
  sa_os_16x16_opt1_shared_pe pe14_14 (
    .clk(clk),
    .a(pa14_13),
    .b(pb13_14),
    .vld(pv14_13),
    .first(pf14_13),
    .acc_s_out(s14_14),
    .acc_c_out(c14_14)
  );
  sa_os_16x16_opt1_shared_pe pe14_15 (
    .clk(clk),
    .a(pa14_14),
    .b(pb13_15),
    .vld(pv14_14),
    .first(pf14_14),
    .acc_s_out(s14_15),
    .acc_c_out(c14_15)
  );
  sa_os_16x16_opt1_shared_pe pe15_0 (
    .clk(clk),
    .a(sk_a15_14),
    .b(pb14_0),
    .vld(sk_v15_14),
    .first(sk_f15_14),
    .acc_s_out(s15_0),
    .acc_c_out(c15_0)
  );
  sa_os_16x16_opt1_shared_pe pe15_1 (
    .clk(clk),
    .a(pa15_0),
    .b(pb14_1),
    .vld(pv15_0),
    .first(pf15_0),
    .acc_s_out(s15_1),
    .acc_c_out(c15_1)
  );
  sa_os_16x16_opt1_shared_pe pe15_2 (
    .clk(clk),
    .a(pa15_1),
    .b(pb14_2),
    .vld(pv15_1),
    .first(pf15_1),
    .acc_s_out(s15_2),
    .acc_c_out(c15_2)
  );
  sa_os_16x16_opt1_shared_pe pe15_3 (
    .clk(clk),
    .a(pa15_2),
    .b(pb14_3),
    .vld(pv15_2),
    .first(pf15_2),
    .acc_s_out(s15_3),
    .acc_c_out(c15_3)
  );
  sa_os_16x16_opt1_shared_pe pe15_4 (
    .clk(clk),
    .a(pa15_3),
    .b(pb14_4),
    .vld(pv15_3),
    .first(pf15_3),
    .acc_s_out(s15_4),
    .acc_c_out(c15_4)
  );
  sa_os_16x16_opt1_shared_pe pe15_5 (
    .clk(clk),
    .a(pa15_4),
    .b(pb14_5),
    .vld(pv15_4),
    .first(pf15_4),
    .acc_s_out(s15_5),
    .acc_c_out(c15_5)
  );
  sa_os_16x16_opt1_shared_pe pe15_6 (
    .clk(clk),
    .a(pa15_5),
    .b(pb14_6),
    .vld(pv15_5),
    .first(pf15_5),
    .acc_s_out(s15_6),
    .acc_c_out(c15_6)
  );
  sa_os_16x16_opt1_shared_pe pe15_7 (
    .clk(clk),
    .a(pa15_6),
    .b(pb14_7),
    .vld(pv15_6),
    .first(pf15_6),
    .acc_s_out(s15_7),
    .acc_c_out(c15_7)
  );
  sa_os_16x16_opt1_shared_pe pe15_8 (
    .clk(clk),
    .a(pa15_7),
    .b(pb14_8),
    .vld(pv15_7),
    .first(pf15_7),
    .acc_s_out(s15_8),
    .acc_c_out(c15_8)
  );
  sa_os_16x16_opt1_shared_pe pe15_9 (
    .clk(clk),
    .a(pa15_8),
    .b(pb14_9),
    .vld(pv15_8),
    .first(pf15_8),
    .acc_s_out(s15_9),
    .acc_c_out(c15_9)
  );
  sa_os_16x16_opt1_shared_pe pe15_10 (
    .clk(clk),
    .a(pa15_9),
    .b(pb14_10),
    .vld(pv15_9),
    .first(pf15_9),
    .acc_s_out(s15_10),
    .acc_c_out(c15_10)
  );
  sa_os_16x16_opt1_shared_pe pe15_11 (
    .clk(clk),
    .a(pa15_10),
    .b(pb14_11),
    .vld(pv15_10),
    .first(pf15_10),
    .acc_s_out(s15_11),
    .acc_c_out(c15_11)
  );
  sa_os_16x16_opt1_shared_pe pe15_12 (
    .clk(clk),
    .a(pa15_11),
    .b(pb14_12),
    .vld(pv15_11),
    .first(pf15_11),
    .acc_s_out(s15_12),
    .acc_c_out(c15_12)
  );
  sa_os_16x16_opt1_shared_pe pe15_13 (
    .clk(clk),
    .a(pa15_12),
    .b(pb14_13),
    .vld(pv15_12),
    .first(pf15_12),
    .acc_s_out(s15_13),
    .acc_c_out(c15_13)
  );
  sa_os_16x16_opt1_shared_pe pe15_14 (
    .clk(clk),
    .a(pa15_13),
    .b(pb14_14),
    .vld(pv15_13),
    .first(pf15_13),
    .acc_s_out(s15_14),
    .acc_c_out(c15_14)
  );
  sa_os_16x16_opt1_shared_pe pe15_15 (
    .clk(clk),
    .a(pa15_14),
    .b(pb14_15),
    .vld(pv15_14),
    .first(pf15_14),
    .acc_s_out(s15_15),
    .acc_c_out(c15_15)
  );
  sa_os_16x16_opt1_shared_resolve u_resolve (
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
  always @(posedge clk) sk_a1_0 <= a_in[15:8];
  always @(posedge clk) if (rst) sk_v1_0 <= 1'b0; else sk_v1_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f1_0 <= 1'b0; else sk_f1_0 <= f_first;
  always @(posedge clk) sk_a2_0 <= a_in[23:16];
  always @(posedge clk) if (rst) sk_v2_0 <= 1'b0; else sk_v2_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f2_0 <= 1'b0; else sk_f2_0 <= f_first;
  always @(posedge clk) sk_a2_1 <= sk_a2_0;
  always @(posedge clk) if (rst) sk_v2_1 <= 1'b0; else sk_v2_1 <= sk_v2_0;
  always @(posedge clk) if (rst) sk_f2_1 <= 1'b0; else sk_f2_1 <= sk_f2_0;
  always @(posedge clk) sk_a3_0 <= a_in[31:24];
  always @(posedge clk) if (rst) sk_v3_0 <= 1'b0; else sk_v3_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f3_0 <= 1'b0; else sk_f3_0 <= f_first;
  always @(posedge clk) sk_a3_1 <= sk_a3_0;
  always @(posedge clk) if (rst) sk_v3_1 <= 1'b0; else sk_v3_1 <= sk_v3_0;
  always @(posedge clk) if (rst) sk_f3_1 <= 1'b0; else sk_f3_1 <= sk_f3_0;
  always @(posedge clk) sk_a3_2 <= sk_a3_1;
  always @(posedge clk) if (rst) sk_v3_2 <= 1'b0; else sk_v3_2 <= sk_v3_1;
  always @(posedge clk) if (rst) sk_f3_2 <= 1'b0; else sk_f3_2 <= sk_f3_1;
  always @(posedge clk) sk_a4_0 <= a_in[39:32];
  always @(posedge clk) if (rst) sk_v4_0 <= 1'b0; else sk_v4_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f4_0 <= 1'b0; else sk_f4_0 <= f_first;
  always @(posedge clk) sk_a4_1 <= sk_a4_0;
  always @(posedge clk) if (rst) sk_v4_1 <= 1'b0; else sk_v4_1 <= sk_v4_0;
  always @(posedge clk) if (rst) sk_f4_1 <= 1'b0; else sk_f4_1 <= sk_f4_0;
  always @(posedge clk) sk_a4_2 <= sk_a4_1;
  always @(posedge clk) if (rst) sk_v4_2 <= 1'b0; else sk_v4_2 <= sk_v4_1;
  always @(posedge clk) if (rst) sk_f4_2 <= 1'b0; else sk_f4_2 <= sk_f4_1;
  always @(posedge clk) sk_a4_3 <= sk_a4_2;
  always @(posedge clk) if (rst) sk_v4_3 <= 1'b0; else sk_v4_3 <= sk_v4_2;
  always @(posedge clk) if (rst) sk_f4_3 <= 1'b0; else sk_f4_3 <= sk_f4_2;
  always @(posedge clk) sk_a5_0 <= a_in[47:40];
  always @(posedge clk) if (rst) sk_v5_0 <= 1'b0; else sk_v5_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f5_0 <= 1'b0; else sk_f5_0 <= f_first;
  always @(posedge clk) sk_a5_1 <= sk_a5_0;
  always @(posedge clk) if (rst) sk_v5_1 <= 1'b0; else sk_v5_1 <= sk_v5_0;
  always @(posedge clk) if (rst) sk_f5_1 <= 1'b0; else sk_f5_1 <= sk_f5_0;
  always @(posedge clk) sk_a5_2 <= sk_a5_1;
  always @(posedge clk) if (rst) sk_v5_2 <= 1'b0; else sk_v5_2 <= sk_v5_1;
  always @(posedge clk) if (rst) sk_f5_2 <= 1'b0; else sk_f5_2 <= sk_f5_1;
  always @(posedge clk) sk_a5_3 <= sk_a5_2;
  always @(posedge clk) if (rst) sk_v5_3 <= 1'b0; else sk_v5_3 <= sk_v5_2;
  always @(posedge clk) if (rst) sk_f5_3 <= 1'b0; else sk_f5_3 <= sk_f5_2;
  always @(posedge clk) sk_a5_4 <= sk_a5_3;
  always @(posedge clk) if (rst) sk_v5_4 <= 1'b0; else sk_v5_4 <= sk_v5_3;
  always @(posedge clk) if (rst) sk_f5_4 <= 1'b0; else sk_f5_4 <= sk_f5_3;
  always @(posedge clk) sk_a6_0 <= a_in[55:48];
  always @(posedge clk) if (rst) sk_v6_0 <= 1'b0; else sk_v6_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f6_0 <= 1'b0; else sk_f6_0 <= f_first;
  always @(posedge clk) sk_a6_1 <= sk_a6_0;
  always @(posedge clk) if (rst) sk_v6_1 <= 1'b0; else sk_v6_1 <= sk_v6_0;
  always @(posedge clk) if (rst) sk_f6_1 <= 1'b0; else sk_f6_1 <= sk_f6_0;
  always @(posedge clk) sk_a6_2 <= sk_a6_1;
  always @(posedge clk) if (rst) sk_v6_2 <= 1'b0; else sk_v6_2 <= sk_v6_1;
  always @(posedge clk) if (rst) sk_f6_2 <= 1'b0; else sk_f6_2 <= sk_f6_1;
  always @(posedge clk) sk_a6_3 <= sk_a6_2;
  always @(posedge clk) if (rst) sk_v6_3 <= 1'b0; else sk_v6_3 <= sk_v6_2;
  always @(posedge clk) if (rst) sk_f6_3 <= 1'b0; else sk_f6_3 <= sk_f6_2;
  always @(posedge clk) sk_a6_4 <= sk_a6_3;
  always @(posedge clk) if (rst) sk_v6_4 <= 1'b0; else sk_v6_4 <= sk_v6_3;
  always @(posedge clk) if (rst) sk_f6_4 <= 1'b0; else sk_f6_4 <= sk_f6_3;
  always @(posedge clk) sk_a6_5 <= sk_a6_4;
  always @(posedge clk) if (rst) sk_v6_5 <= 1'b0; else sk_v6_5 <= sk_v6_4;
  always @(posedge clk) if (rst) sk_f6_5 <= 1'b0; else sk_f6_5 <= sk_f6_4;
  always @(posedge clk) sk_a7_0 <= a_in[63:56];
  always @(posedge clk) if (rst) sk_v7_0 <= 1'b0; else sk_v7_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f7_0 <= 1'b0; else sk_f7_0 <= f_first;
  always @(posedge clk) sk_a7_1 <= sk_a7_0;
  always @(posedge clk) if (rst) sk_v7_1 <= 1'b0; else sk_v7_1 <= sk_v7_0;
  always @(posedge clk) if (rst) sk_f7_1 <= 1'b0; else sk_f7_1 <= sk_f7_0;
  always @(posedge clk) sk_a7_2 <= sk_a7_1;
  always @(posedge clk) if (rst) sk_v7_2 <= 1'b0; else sk_v7_2 <= sk_v7_1;
  always @(posedge clk) if (rst) sk_f7_2 <= 1'b0; else sk_f7_2 <= sk_f7_1;
  always @(posedge clk) sk_a7_3 <= sk_a7_2;
  always @(posedge clk) if (rst) sk_v7_3 <= 1'b0; else sk_v7_3 <= sk_v7_2;
  always @(posedge clk) if (rst) sk_f7_3 <= 1'b0; else sk_f7_3 <= sk_f7_2;
  always @(posedge clk) sk_a7_4 <= sk_a7_3;
  always @(posedge clk) if (rst) sk_v7_4 <= 1'b0; else sk_v7_4 <= sk_v7_3;
  always @(posedge clk) if (rst) sk_f7_4 <= 1'b0; else sk_f7_4 <= sk_f7_3;
  always @(posedge clk) sk_a7_5 <= sk_a7_4;
  always @(posedge clk) if (rst) sk_v7_5 <= 1'b0; else sk_v7_5 <= sk_v7_4;
  always @(posedge clk) if (rst) sk_f7_5 <= 1'b0; else sk_f7_5 <= sk_f7_4;
  always @(posedge clk) sk_a7_6 <= sk_a7_5;
  always @(posedge clk) if (rst) sk_v7_6 <= 1'b0; else sk_v7_6 <= sk_v7_5;
  always @(posedge clk) if (rst) sk_f7_6 <= 1'b0; else sk_f7_6 <= sk_f7_5;
  always @(posedge clk) sk_a8_0 <= a_in[71:64];
  always @(posedge clk) if (rst) sk_v8_0 <= 1'b0; else sk_v8_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f8_0 <= 1'b0; else sk_f8_0 <= f_first;
  always @(posedge clk) sk_a8_1 <= sk_a8_0;
  always @(posedge clk) if (rst) sk_v8_1 <= 1'b0; else sk_v8_1 <= sk_v8_0;
  always @(posedge clk) if (rst) sk_f8_1 <= 1'b0; else sk_f8_1 <= sk_f8_0;
  always @(posedge clk) sk_a8_2 <= sk_a8_1;
  always @(posedge clk) if (rst) sk_v8_2 <= 1'b0; else sk_v8_2 <= sk_v8_1;
  always @(posedge clk) if (rst) sk_f8_2 <= 1'b0; else sk_f8_2 <= sk_f8_1;
  always @(posedge clk) sk_a8_3 <= sk_a8_2;
  always @(posedge clk) if (rst) sk_v8_3 <= 1'b0; else sk_v8_3 <= sk_v8_2;
  always @(posedge clk) if (rst) sk_f8_3 <= 1'b0; else sk_f8_3 <= sk_f8_2;
  always @(posedge clk) sk_a8_4 <= sk_a8_3;
  always @(posedge clk) if (rst) sk_v8_4 <= 1'b0; else sk_v8_4 <= sk_v8_3;
  always @(posedge clk) if (rst) sk_f8_4 <= 1'b0; else sk_f8_4 <= sk_f8_3;
  always @(posedge clk) sk_a8_5 <= sk_a8_4;
  always @(posedge clk) if (rst) sk_v8_5 <= 1'b0; else sk_v8_5 <= sk_v8_4;
  always @(posedge clk) if (rst) sk_f8_5 <= 1'b0; else sk_f8_5 <= sk_f8_4;
  always @(posedge clk) sk_a8_6 <= sk_a8_5;
  always @(posedge clk) if (rst) sk_v8_6 <= 1'b0; else sk_v8_6 <= sk_v8_5;
  always @(posedge clk) if (rst) sk_f8_6 <= 1'b0; else sk_f8_6 <= sk_f8_5;
  always @(posedge clk) sk_a8_7 <= sk_a8_6;
  always @(posedge clk) if (rst) sk_v8_7 <= 1'b0; else sk_v8_7 <= sk_v8_6;
  always @(posedge clk) if (rst) sk_f8_7 <= 1'b0; else sk_f8_7 <= sk_f8_6;
  always @(posedge clk) sk_a9_0 <= a_in[79:72];
  always @(posedge clk) if (rst) sk_v9_0 <= 1'b0; else sk_v9_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f9_0 <= 1'b0; else sk_f9_0 <= f_first;
  always @(posedge clk) sk_a9_1 <= sk_a9_0;
  always @(posedge clk) if (rst) sk_v9_1 <= 1'b0; else sk_v9_1 <= sk_v9_0;
  always @(posedge clk) if (rst) sk_f9_1 <= 1'b0; else sk_f9_1 <= sk_f9_0;
  always @(posedge clk) sk_a9_2 <= sk_a9_1;
  always @(posedge clk) if (rst) sk_v9_2 <= 1'b0; else sk_v9_2 <= sk_v9_1;
  always @(posedge clk) if (rst) sk_f9_2 <= 1'b0; else sk_f9_2 <= sk_f9_1;
  always @(posedge clk) sk_a9_3 <= sk_a9_2;
  always @(posedge clk) if (rst) sk_v9_3 <= 1'b0; else sk_v9_3 <= sk_v9_2;
  always @(posedge clk) if (rst) sk_f9_3 <= 1'b0; else sk_f9_3 <= sk_f9_2;
  always @(posedge clk) sk_a9_4 <= sk_a9_3;
  always @(posedge clk) if (rst) sk_v9_4 <= 1'b0; else sk_v9_4 <= sk_v9_3;
  always @(posedge clk) if (rst) sk_f9_4 <= 1'b0; else sk_f9_4 <= sk_f9_3;
  always @(posedge clk) sk_a9_5 <= sk_a9_4;
  always @(posedge clk) if (rst) sk_v9_5 <= 1'b0; else sk_v9_5 <= sk_v9_4;
  always @(posedge clk) if (rst) sk_f9_5 <= 1'b0; else sk_f9_5 <= sk_f9_4;
  always @(posedge clk) sk_a9_6 <= sk_a9_5;
  always @(posedge clk) if (rst) sk_v9_6 <= 1'b0; else sk_v9_6 <= sk_v9_5;
  always @(posedge clk) if (rst) sk_f9_6 <= 1'b0; else sk_f9_6 <= sk_f9_5;
  always @(posedge clk) sk_a9_7 <= sk_a9_6;
  always @(posedge clk) if (rst) sk_v9_7 <= 1'b0; else sk_v9_7 <= sk_v9_6;
  always @(posedge clk) if (rst) sk_f9_7 <= 1'b0; else sk_f9_7 <= sk_f9_6;
  always @(posedge clk) sk_a9_8 <= sk_a9_7;
  always @(posedge clk) if (rst) sk_v9_8 <= 1'b0; else sk_v9_8 <= sk_v9_7;
  always @(posedge clk) if (rst) sk_f9_8 <= 1'b0; else sk_f9_8 <= sk_f9_7;
  always @(posedge clk) sk_a10_0 <= a_in[87:80];
  always @(posedge clk) if (rst) sk_v10_0 <= 1'b0; else sk_v10_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f10_0 <= 1'b0; else sk_f10_0 <= f_first;
  always @(posedge clk) sk_a10_1 <= sk_a10_0;
  always @(posedge clk) if (rst) sk_v10_1 <= 1'b0; else sk_v10_1 <= sk_v10_0;
  always @(posedge clk) if (rst) sk_f10_1 <= 1'b0; else sk_f10_1 <= sk_f10_0;
  always @(posedge clk) sk_a10_2 <= sk_a10_1;
  always @(posedge clk) if (rst) sk_v10_2 <= 1'b0; else sk_v10_2 <= sk_v10_1;
  always @(posedge clk) if (rst) sk_f10_2 <= 1'b0; else sk_f10_2 <= sk_f10_1;
  always @(posedge clk) sk_a10_3 <= sk_a10_2;
  always @(posedge clk) if (rst) sk_v10_3 <= 1'b0; else sk_v10_3 <= sk_v10_2;
  always @(posedge clk) if (rst) sk_f10_3 <= 1'b0; else sk_f10_3 <= sk_f10_2;
  always @(posedge clk) sk_a10_4 <= sk_a10_3;
  always @(posedge clk) if (rst) sk_v10_4 <= 1'b0; else sk_v10_4 <= sk_v10_3;
  always @(posedge clk) if (rst) sk_f10_4 <= 1'b0; else sk_f10_4 <= sk_f10_3;
  always @(posedge clk) sk_a10_5 <= sk_a10_4;
  always @(posedge clk) if (rst) sk_v10_5 <= 1'b0; else sk_v10_5 <= sk_v10_4;
  always @(posedge clk) if (rst) sk_f10_5 <= 1'b0; else sk_f10_5 <= sk_f10_4;
  always @(posedge clk) sk_a10_6 <= sk_a10_5;
  always @(posedge clk) if (rst) sk_v10_6 <= 1'b0; else sk_v10_6 <= sk_v10_5;
  always @(posedge clk) if (rst) sk_f10_6 <= 1'b0; else sk_f10_6 <= sk_f10_5;
  always @(posedge clk) sk_a10_7 <= sk_a10_6;
  always @(posedge clk) if (rst) sk_v10_7 <= 1'b0; else sk_v10_7 <= sk_v10_6;
  always @(posedge clk) if (rst) sk_f10_7 <= 1'b0; else sk_f10_7 <= sk_f10_6;
  always @(posedge clk) sk_a10_8 <= sk_a10_7;
  always @(posedge clk) if (rst) sk_v10_8 <= 1'b0; else sk_v10_8 <= sk_v10_7;
  always @(posedge clk) if (rst) sk_f10_8 <= 1'b0; else sk_f10_8 <= sk_f10_7;
  always @(posedge clk) sk_a10_9 <= sk_a10_8;
  always @(posedge clk) if (rst) sk_v10_9 <= 1'b0; else sk_v10_9 <= sk_v10_8;
  always @(posedge clk) if (rst) sk_f10_9 <= 1'b0; else sk_f10_9 <= sk_f10_8;
  always @(posedge clk) sk_a11_0 <= a_in[95:88];
  always @(posedge clk) if (rst) sk_v11_0 <= 1'b0; else sk_v11_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f11_0 <= 1'b0; else sk_f11_0 <= f_first;
  always @(posedge clk) sk_a11_1 <= sk_a11_0;
  always @(posedge clk) if (rst) sk_v11_1 <= 1'b0; else sk_v11_1 <= sk_v11_0;
  always @(posedge clk) if (rst) sk_f11_1 <= 1'b0; else sk_f11_1 <= sk_f11_0;
  always @(posedge clk) sk_a11_2 <= sk_a11_1;
  always @(posedge clk) if (rst) sk_v11_2 <= 1'b0; else sk_v11_2 <= sk_v11_1;
  always @(posedge clk) if (rst) sk_f11_2 <= 1'b0; else sk_f11_2 <= sk_f11_1;
  always @(posedge clk) sk_a11_3 <= sk_a11_2;
  always @(posedge clk) if (rst) sk_v11_3 <= 1'b0; else sk_v11_3 <= sk_v11_2;
  always @(posedge clk) if (rst) sk_f11_3 <= 1'b0; else sk_f11_3 <= sk_f11_2;
  always @(posedge clk) sk_a11_4 <= sk_a11_3;
  always @(posedge clk) if (rst) sk_v11_4 <= 1'b0; else sk_v11_4 <= sk_v11_3;
  always @(posedge clk) if (rst) sk_f11_4 <= 1'b0; else sk_f11_4 <= sk_f11_3;
  always @(posedge clk) sk_a11_5 <= sk_a11_4;
  always @(posedge clk) if (rst) sk_v11_5 <= 1'b0; else sk_v11_5 <= sk_v11_4;
  always @(posedge clk) if (rst) sk_f11_5 <= 1'b0; else sk_f11_5 <= sk_f11_4;
  always @(posedge clk) sk_a11_6 <= sk_a11_5;
  always @(posedge clk) if (rst) sk_v11_6 <= 1'b0; else sk_v11_6 <= sk_v11_5;
  always @(posedge clk) if (rst) sk_f11_6 <= 1'b0; else sk_f11_6 <= sk_f11_5;
  always @(posedge clk) sk_a11_7 <= sk_a11_6;
  always @(posedge clk) if (rst) sk_v11_7 <= 1'b0; else sk_v11_7 <= sk_v11_6;
  always @(posedge clk) if (rst) sk_f11_7 <= 1'b0; else sk_f11_7 <= sk_f11_6;
  always @(posedge clk) sk_a11_8 <= sk_a11_7;
  always @(posedge clk) if (rst) sk_v11_8 <= 1'b0; else sk_v11_8 <= sk_v11_7;
  always @(posedge clk) if (rst) sk_f11_8 <= 1'b0; else sk_f11_8 <= sk_f11_7;
  always @(posedge clk) sk_a11_9 <= sk_a11_8;
  always @(posedge clk) if (rst) sk_v11_9 <= 1'b0; else sk_v11_9 <= sk_v11_8;
  always @(posedge clk) if (rst) sk_f11_9 <= 1'b0; else sk_f11_9 <= sk_f11_8;
  always @(posedge clk) sk_a11_10 <= sk_a11_9;
  always @(posedge clk) if (rst) sk_v11_10 <= 1'b0; else sk_v11_10 <= sk_v11_9;
  always @(posedge clk) if (rst) sk_f11_10 <= 1'b0; else sk_f11_10 <= sk_f11_9;
  always @(posedge clk) sk_a12_0 <= a_in[103:96];
  always @(posedge clk) if (rst) sk_v12_0 <= 1'b0; else sk_v12_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f12_0 <= 1'b0; else sk_f12_0 <= f_first;
  always @(posedge clk) sk_a12_1 <= sk_a12_0;
  always @(posedge clk) if (rst) sk_v12_1 <= 1'b0; else sk_v12_1 <= sk_v12_0;
  always @(posedge clk) if (rst) sk_f12_1 <= 1'b0; else sk_f12_1 <= sk_f12_0;
  always @(posedge clk) sk_a12_2 <= sk_a12_1;
  always @(posedge clk) if (rst) sk_v12_2 <= 1'b0; else sk_v12_2 <= sk_v12_1;
  always @(posedge clk) if (rst) sk_f12_2 <= 1'b0; else sk_f12_2 <= sk_f12_1;
  always @(posedge clk) sk_a12_3 <= sk_a12_2;
  always @(posedge clk) if (rst) sk_v12_3 <= 1'b0; else sk_v12_3 <= sk_v12_2;
  always @(posedge clk) if (rst) sk_f12_3 <= 1'b0; else sk_f12_3 <= sk_f12_2;
  always @(posedge clk) sk_a12_4 <= sk_a12_3;
  always @(posedge clk) if (rst) sk_v12_4 <= 1'b0; else sk_v12_4 <= sk_v12_3;
  always @(posedge clk) if (rst) sk_f12_4 <= 1'b0; else sk_f12_4 <= sk_f12_3;
  always @(posedge clk) sk_a12_5 <= sk_a12_4;
  always @(posedge clk) if (rst) sk_v12_5 <= 1'b0; else sk_v12_5 <= sk_v12_4;
  always @(posedge clk) if (rst) sk_f12_5 <= 1'b0; else sk_f12_5 <= sk_f12_4;
  always @(posedge clk) sk_a12_6 <= sk_a12_5;
  always @(posedge clk) if (rst) sk_v12_6 <= 1'b0; else sk_v12_6 <= sk_v12_5;
  always @(posedge clk) if (rst) sk_f12_6 <= 1'b0; else sk_f12_6 <= sk_f12_5;
  always @(posedge clk) sk_a12_7 <= sk_a12_6;
  always @(posedge clk) if (rst) sk_v12_7 <= 1'b0; else sk_v12_7 <= sk_v12_6;
  always @(posedge clk) if (rst) sk_f12_7 <= 1'b0; else sk_f12_7 <= sk_f12_6;
  always @(posedge clk) sk_a12_8 <= sk_a12_7;
  always @(posedge clk) if (rst) sk_v12_8 <= 1'b0; else sk_v12_8 <= sk_v12_7;
  always @(posedge clk) if (rst) sk_f12_8 <= 1'b0; else sk_f12_8 <= sk_f12_7;
  always @(posedge clk) sk_a12_9 <= sk_a12_8;
  always @(posedge clk) if (rst) sk_v12_9 <= 1'b0; else sk_v12_9 <= sk_v12_8;
  always @(posedge clk) if (rst) sk_f12_9 <= 1'b0; else sk_f12_9 <= sk_f12_8;
  always @(posedge clk) sk_a12_10 <= sk_a12_9;
  always @(posedge clk) if (rst) sk_v12_10 <= 1'b0; else sk_v12_10 <= sk_v12_9;
  always @(posedge clk) if (rst) sk_f12_10 <= 1'b0; else sk_f12_10 <= sk_f12_9;
  always @(posedge clk) sk_a12_11 <= sk_a12_10;
  always @(posedge clk) if (rst) sk_v12_11 <= 1'b0; else sk_v12_11 <= sk_v12_10;
  always @(posedge clk) if (rst) sk_f12_11 <= 1'b0; else sk_f12_11 <= sk_f12_10;
  always @(posedge clk) sk_a13_0 <= a_in[111:104];
  always @(posedge clk) if (rst) sk_v13_0 <= 1'b0; else sk_v13_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f13_0 <= 1'b0; else sk_f13_0 <= f_first;
  always @(posedge clk) sk_a13_1 <= sk_a13_0;
  always @(posedge clk) if (rst) sk_v13_1 <= 1'b0; else sk_v13_1 <= sk_v13_0;
  always @(posedge clk) if (rst) sk_f13_1 <= 1'b0; else sk_f13_1 <= sk_f13_0;
  always @(posedge clk) sk_a13_2 <= sk_a13_1;
  always @(posedge clk) if (rst) sk_v13_2 <= 1'b0; else sk_v13_2 <= sk_v13_1;
  always @(posedge clk) if (rst) sk_f13_2 <= 1'b0; else sk_f13_2 <= sk_f13_1;
  always @(posedge clk) sk_a13_3 <= sk_a13_2;
  always @(posedge clk) if (rst) sk_v13_3 <= 1'b0; else sk_v13_3 <= sk_v13_2;
  always @(posedge clk) if (rst) sk_f13_3 <= 1'b0; else sk_f13_3 <= sk_f13_2;
  always @(posedge clk) sk_a13_4 <= sk_a13_3;
  always @(posedge clk) if (rst) sk_v13_4 <= 1'b0; else sk_v13_4 <= sk_v13_3;
  always @(posedge clk) if (rst) sk_f13_4 <= 1'b0; else sk_f13_4 <= sk_f13_3;
  always @(posedge clk) sk_a13_5 <= sk_a13_4;
  always @(posedge clk) if (rst) sk_v13_5 <= 1'b0; else sk_v13_5 <= sk_v13_4;
  always @(posedge clk) if (rst) sk_f13_5 <= 1'b0; else sk_f13_5 <= sk_f13_4;
  always @(posedge clk) sk_a13_6 <= sk_a13_5;
  always @(posedge clk) if (rst) sk_v13_6 <= 1'b0; else sk_v13_6 <= sk_v13_5;
  always @(posedge clk) if (rst) sk_f13_6 <= 1'b0; else sk_f13_6 <= sk_f13_5;
  always @(posedge clk) sk_a13_7 <= sk_a13_6;
  always @(posedge clk) if (rst) sk_v13_7 <= 1'b0; else sk_v13_7 <= sk_v13_6;
  always @(posedge clk) if (rst) sk_f13_7 <= 1'b0; else sk_f13_7 <= sk_f13_6;
  always @(posedge clk) sk_a13_8 <= sk_a13_7;
  always @(posedge clk) if (rst) sk_v13_8 <= 1'b0; else sk_v13_8 <= sk_v13_7;
  always @(posedge clk) if (rst) sk_f13_8 <= 1'b0; else sk_f13_8 <= sk_f13_7;
  always @(posedge clk) sk_a13_9 <= sk_a13_8;
  always @(posedge clk) if (rst) sk_v13_9 <= 1'b0; else sk_v13_9 <= sk_v13_8;
  always @(posedge clk) if (rst) sk_f13_9 <= 1'b0; else sk_f13_9 <= sk_f13_8;
  always @(posedge clk) sk_a13_10 <= sk_a13_9;
  always @(posedge clk) if (rst) sk_v13_10 <= 1'b0; else sk_v13_10 <= sk_v13_9;
  always @(posedge clk) if (rst) sk_f13_10 <= 1'b0; else sk_f13_10 <= sk_f13_9;
  always @(posedge clk) sk_a13_11 <= sk_a13_10;
  always @(posedge clk) if (rst) sk_v13_11 <= 1'b0; else sk_v13_11 <= sk_v13_10;
  always @(posedge clk) if (rst) sk_f13_11 <= 1'b0; else sk_f13_11 <= sk_f13_10;
  always @(posedge clk) sk_a13_12 <= sk_a13_11;
  always @(posedge clk) if (rst) sk_v13_12 <= 1'b0; else sk_v13_12 <= sk_v13_11;
  always @(posedge clk) if (rst) sk_f13_12 <= 1'b0; else sk_f13_12 <= sk_f13_11;
  always @(posedge clk) sk_a14_0 <= a_in[119:112];
  always @(posedge clk) if (rst) sk_v14_0 <= 1'b0; else sk_v14_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f14_0 <= 1'b0; else sk_f14_0 <= f_first;
  always @(posedge clk) sk_a14_1 <= sk_a14_0;
  always @(posedge clk) if (rst) sk_v14_1 <= 1'b0; else sk_v14_1 <= sk_v14_0;
  always @(posedge clk) if (rst) sk_f14_1 <= 1'b0; else sk_f14_1 <= sk_f14_0;
  always @(posedge clk) sk_a14_2 <= sk_a14_1;
  always @(posedge clk) if (rst) sk_v14_2 <= 1'b0; else sk_v14_2 <= sk_v14_1;
  always @(posedge clk) if (rst) sk_f14_2 <= 1'b0; else sk_f14_2 <= sk_f14_1;
  always @(posedge clk) sk_a14_3 <= sk_a14_2;
  always @(posedge clk) if (rst) sk_v14_3 <= 1'b0; else sk_v14_3 <= sk_v14_2;
  always @(posedge clk) if (rst) sk_f14_3 <= 1'b0; else sk_f14_3 <= sk_f14_2;
  always @(posedge clk) sk_a14_4 <= sk_a14_3;
  always @(posedge clk) if (rst) sk_v14_4 <= 1'b0; else sk_v14_4 <= sk_v14_3;
  always @(posedge clk) if (rst) sk_f14_4 <= 1'b0; else sk_f14_4 <= sk_f14_3;
  always @(posedge clk) sk_a14_5 <= sk_a14_4;
  always @(posedge clk) if (rst) sk_v14_5 <= 1'b0; else sk_v14_5 <= sk_v14_4;
  always @(posedge clk) if (rst) sk_f14_5 <= 1'b0; else sk_f14_5 <= sk_f14_4;
  always @(posedge clk) sk_a14_6 <= sk_a14_5;
  always @(posedge clk) if (rst) sk_v14_6 <= 1'b0; else sk_v14_6 <= sk_v14_5;
  always @(posedge clk) if (rst) sk_f14_6 <= 1'b0; else sk_f14_6 <= sk_f14_5;
  always @(posedge clk) sk_a14_7 <= sk_a14_6;
  always @(posedge clk) if (rst) sk_v14_7 <= 1'b0; else sk_v14_7 <= sk_v14_6;
  always @(posedge clk) if (rst) sk_f14_7 <= 1'b0; else sk_f14_7 <= sk_f14_6;
  always @(posedge clk) sk_a14_8 <= sk_a14_7;
  always @(posedge clk) if (rst) sk_v14_8 <= 1'b0; else sk_v14_8 <= sk_v14_7;
  always @(posedge clk) if (rst) sk_f14_8 <= 1'b0; else sk_f14_8 <= sk_f14_7;
  always @(posedge clk) sk_a14_9 <= sk_a14_8;
  always @(posedge clk) if (rst) sk_v14_9 <= 1'b0; else sk_v14_9 <= sk_v14_8;
  always @(posedge clk) if (rst) sk_f14_9 <= 1'b0; else sk_f14_9 <= sk_f14_8;
  always @(posedge clk) sk_a14_10 <= sk_a14_9;
  always @(posedge clk) if (rst) sk_v14_10 <= 1'b0; else sk_v14_10 <= sk_v14_9;
  always @(posedge clk) if (rst) sk_f14_10 <= 1'b0; else sk_f14_10 <= sk_f14_9;
  always @(posedge clk) sk_a14_11 <= sk_a14_10;
  always @(posedge clk) if (rst) sk_v14_11 <= 1'b0; else sk_v14_11 <= sk_v14_10;
  always @(posedge clk) if (rst) sk_f14_11 <= 1'b0; else sk_f14_11 <= sk_f14_10;
  always @(posedge clk) sk_a14_12 <= sk_a14_11;
  always @(posedge clk) if (rst) sk_v14_12 <= 1'b0; else sk_v14_12 <= sk_v14_11;
  always @(posedge clk) if (rst) sk_f14_12 <= 1'b0; else sk_f14_12 <= sk_f14_11;
  always @(posedge clk) sk_a14_13 <= sk_a14_12;
  always @(posedge clk) if (rst) sk_v14_13 <= 1'b0; else sk_v14_13 <= sk_v14_12;
  always @(posedge clk) if (rst) sk_f14_13 <= 1'b0; else sk_f14_13 <= sk_f14_12;
  always @(posedge clk) sk_a15_0 <= a_in[127:120];
  always @(posedge clk) if (rst) sk_v15_0 <= 1'b0; else sk_v15_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f15_0 <= 1'b0; else sk_f15_0 <= f_first;
  always @(posedge clk) sk_a15_1 <= sk_a15_0;
  always @(posedge clk) if (rst) sk_v15_1 <= 1'b0; else sk_v15_1 <= sk_v15_0;
  always @(posedge clk) if (rst) sk_f15_1 <= 1'b0; else sk_f15_1 <= sk_f15_0;
  always @(posedge clk) sk_a15_2 <= sk_a15_1;
  always @(posedge clk) if (rst) sk_v15_2 <= 1'b0; else sk_v15_2 <= sk_v15_1;
  always @(posedge clk) if (rst) sk_f15_2 <= 1'b0; else sk_f15_2 <= sk_f15_1;
  always @(posedge clk) sk_a15_3 <= sk_a15_2;
  always @(posedge clk) if (rst) sk_v15_3 <= 1'b0; else sk_v15_3 <= sk_v15_2;
  always @(posedge clk) if (rst) sk_f15_3 <= 1'b0; else sk_f15_3 <= sk_f15_2;
  always @(posedge clk) sk_a15_4 <= sk_a15_3;
  always @(posedge clk) if (rst) sk_v15_4 <= 1'b0; else sk_v15_4 <= sk_v15_3;
  always @(posedge clk) if (rst) sk_f15_4 <= 1'b0; else sk_f15_4 <= sk_f15_3;
  always @(posedge clk) sk_a15_5 <= sk_a15_4;
  always @(posedge clk) if (rst) sk_v15_5 <= 1'b0; else sk_v15_5 <= sk_v15_4;
  always @(posedge clk) if (rst) sk_f15_5 <= 1'b0; else sk_f15_5 <= sk_f15_4;
  always @(posedge clk) sk_a15_6 <= sk_a15_5;
  always @(posedge clk) if (rst) sk_v15_6 <= 1'b0; else sk_v15_6 <= sk_v15_5;
  always @(posedge clk) if (rst) sk_f15_6 <= 1'b0; else sk_f15_6 <= sk_f15_5;
  always @(posedge clk) sk_a15_7 <= sk_a15_6;
  always @(posedge clk) if (rst) sk_v15_7 <= 1'b0; else sk_v15_7 <= sk_v15_6;
  always @(posedge clk) if (rst) sk_f15_7 <= 1'b0; else sk_f15_7 <= sk_f15_6;
  always @(posedge clk) sk_a15_8 <= sk_a15_7;
  always @(posedge clk) if (rst) sk_v15_8 <= 1'b0; else sk_v15_8 <= sk_v15_7;
  always @(posedge clk) if (rst) sk_f15_8 <= 1'b0; else sk_f15_8 <= sk_f15_7;
  always @(posedge clk) sk_a15_9 <= sk_a15_8;
  always @(posedge clk) if (rst) sk_v15_9 <= 1'b0; else sk_v15_9 <= sk_v15_8;
  always @(posedge clk) if (rst) sk_f15_9 <= 1'b0; else sk_f15_9 <= sk_f15_8;
  always @(posedge clk) sk_a15_10 <= sk_a15_9;
  always @(posedge clk) if (rst) sk_v15_10 <= 1'b0; else sk_v15_10 <= sk_v15_9;
  always @(posedge clk) if (rst) sk_f15_10 <= 1'b0; else sk_f15_10 <= sk_f15_9;
  always @(posedge clk) sk_a15_11 <= sk_a15_10;
  always @(posedge clk) if (rst) sk_v15_11 <= 1'b0; else sk_v15_11 <= sk_v15_10;
  always @(posedge clk) if (rst) sk_f15_11 <= 1'b0; else sk_f15_11 <= sk_f15_10;
  always @(posedge clk) sk_a15_12 <= sk_a15_11;
  always @(posedge clk) if (rst) sk_v15_12 <= 1'b0; else sk_v15_12 <= sk_v15_11;
  always @(posedge clk) if (rst) sk_f15_12 <= 1'b0; else sk_f15_12 <= sk_f15_11;
  always @(posedge clk) sk_a15_13 <= sk_a15_12;
  always @(posedge clk) if (rst) sk_v15_13 <= 1'b0; else sk_v15_13 <= sk_v15_12;
  always @(posedge clk) if (rst) sk_f15_13 <= 1'b0; else sk_f15_13 <= sk_f15_12;
  always @(posedge clk) sk_a15_14 <= sk_a15_13;
  always @(posedge clk) if (rst) sk_v15_14 <= 1'b0; else sk_v15_14 <= sk_v15_13;
  always @(posedge clk) if (rst) sk_f15_14 <= 1'b0; else sk_f15_14 <= sk_f15_13;
  always @(posedge clk) sk_b1_0 <= b_in[15:8];
  always @(posedge clk) sk_b2_0 <= b_in[23:16];
  always @(posedge clk) sk_b2_1 <= sk_b2_0;
  always @(posedge clk) sk_b3_0 <= b_in[31:24];
  always @(posedge clk) sk_b3_1 <= sk_b3_0;
  always @(posedge clk) sk_b3_2 <= sk_b3_1;
  always @(posedge clk) sk_b4_0 <= b_in[39:32];
  always @(posedge clk) sk_b4_1 <= sk_b4_0;
  always @(posedge clk) sk_b4_2 <= sk_b4_1;
  always @(posedge clk) sk_b4_3 <= sk_b4_2;
  always @(posedge clk) sk_b5_0 <= b_in[47:40];
  always @(posedge clk) sk_b5_1 <= sk_b5_0;
  always @(posedge clk) sk_b5_2 <= sk_b5_1;
  always @(posedge clk) sk_b5_3 <= sk_b5_2;
  always @(posedge clk) sk_b5_4 <= sk_b5_3;
  always @(posedge clk) sk_b6_0 <= b_in[55:48];
  always @(posedge clk) sk_b6_1 <= sk_b6_0;
  always @(posedge clk) sk_b6_2 <= sk_b6_1;
  always @(posedge clk) sk_b6_3 <= sk_b6_2;
  always @(posedge clk) sk_b6_4 <= sk_b6_3;
  always @(posedge clk) sk_b6_5 <= sk_b6_4;
  always @(posedge clk) sk_b7_0 <= b_in[63:56];
  always @(posedge clk) sk_b7_1 <= sk_b7_0;
  always @(posedge clk) sk_b7_2 <= sk_b7_1;
  always @(posedge clk) sk_b7_3 <= sk_b7_2;
  always @(posedge clk) sk_b7_4 <= sk_b7_3;
  always @(posedge clk) sk_b7_5 <= sk_b7_4;
  always @(posedge clk) sk_b7_6 <= sk_b7_5;
  always @(posedge clk) sk_b8_0 <= b_in[71:64];
  always @(posedge clk) sk_b8_1 <= sk_b8_0;
  always @(posedge clk) sk_b8_2 <= sk_b8_1;
  always @(posedge clk) sk_b8_3 <= sk_b8_2;
  always @(posedge clk) sk_b8_4 <= sk_b8_3;
  always @(posedge clk) sk_b8_5 <= sk_b8_4;
  always @(posedge clk) sk_b8_6 <= sk_b8_5;
  always @(posedge clk) sk_b8_7 <= sk_b8_6;
  always @(posedge clk) sk_b9_0 <= b_in[79:72];
  always @(posedge clk) sk_b9_1 <= sk_b9_0;
  always @(posedge clk) sk_b9_2 <= sk_b9_1;
  always @(posedge clk) sk_b9_3 <= sk_b9_2;
  always @(posedge clk) sk_b9_4 <= sk_b9_3;
  always @(posedge clk) sk_b9_5 <= sk_b9_4;
  always @(posedge clk) sk_b9_6 <= sk_b9_5;
  always @(posedge clk) sk_b9_7 <= sk_b9_6;
  always @(posedge clk) sk_b9_8 <= sk_b9_7;
  always @(posedge clk) sk_b10_0 <= b_in[87:80];
  always @(posedge clk) sk_b10_1 <= sk_b10_0;
  always @(posedge clk) sk_b10_2 <= sk_b10_1;
  always @(posedge clk) sk_b10_3 <= sk_b10_2;
  always @(posedge clk) sk_b10_4 <= sk_b10_3;
  always @(posedge clk) sk_b10_5 <= sk_b10_4;
  always @(posedge clk) sk_b10_6 <= sk_b10_5;
  always @(posedge clk) sk_b10_7 <= sk_b10_6;
  always @(posedge clk) sk_b10_8 <= sk_b10_7;
  always @(posedge clk) sk_b10_9 <= sk_b10_8;
  always @(posedge clk) sk_b11_0 <= b_in[95:88];
  always @(posedge clk) sk_b11_1 <= sk_b11_0;
  always @(posedge clk) sk_b11_2 <= sk_b11_1;
  always @(posedge clk) sk_b11_3 <= sk_b11_2;
  always @(posedge clk) sk_b11_4 <= sk_b11_3;
  always @(posedge clk) sk_b11_5 <= sk_b11_4;
  always @(posedge clk) sk_b11_6 <= sk_b11_5;
  always @(posedge clk) sk_b11_7 <= sk_b11_6;
  always @(posedge clk) sk_b11_8 <= sk_b11_7;
  always @(posedge clk) sk_b11_9 <= sk_b11_8;
  always @(posedge clk) sk_b11_10 <= sk_b11_9;
  always @(posedge clk) sk_b12_0 <= b_in[103:96];
  always @(posedge clk) sk_b12_1 <= sk_b12_0;
  always @(posedge clk) sk_b12_2 <= sk_b12_1;
  always @(posedge clk) sk_b12_3 <= sk_b12_2;
  always @(posedge clk) sk_b12_4 <= sk_b12_3;
  always @(posedge clk) sk_b12_5 <= sk_b12_4;
  always @(posedge clk) sk_b12_6 <= sk_b12_5;
  always @(posedge clk) sk_b12_7 <= sk_b12_6;
  always @(posedge clk) sk_b12_8 <= sk_b12_7;
  always @(posedge clk) sk_b12_9 <= sk_b12_8;
  always @(posedge clk) sk_b12_10 <= sk_b12_9;
  always @(posedge clk) sk_b12_11 <= sk_b12_10;
  always @(posedge clk) sk_b13_0 <= b_in[111:104];
  always @(posedge clk) sk_b13_1 <= sk_b13_0;
  always @(posedge clk) sk_b13_2 <= sk_b13_1;
  always @(posedge clk) sk_b13_3 <= sk_b13_2;
  always @(posedge clk) sk_b13_4 <= sk_b13_3;
  always @(posedge clk) sk_b13_5 <= sk_b13_4;
  always @(posedge clk) sk_b13_6 <= sk_b13_5;
  always @(posedge clk) sk_b13_7 <= sk_b13_6;
  always @(posedge clk) sk_b13_8 <= sk_b13_7;
  always @(posedge clk) sk_b13_9 <= sk_b13_8;
  always @(posedge clk) sk_b13_10 <= sk_b13_9;
  always @(posedge clk) sk_b13_11 <= sk_b13_10;
  always @(posedge clk) sk_b13_12 <= sk_b13_11;
  always @(posedge clk) sk_b14_0 <= b_in[119:112];
  always @(posedge clk) sk_b14_1 <= sk_b14_0;
  always @(posedge clk) sk_b14_2 <= sk_b14_1;
  always @(posedge clk) sk_b14_3 <= sk_b14_2;
  always @(posedge clk) sk_b14_4 <= sk_b14_3;
  always @(posedge clk) sk_b14_5 <= sk_b14_4;
  always @(posedge clk) sk_b14_6 <= sk_b14_5;
  always @(posedge clk) sk_b14_7 <= sk_b14_6;
  always @(posedge clk) sk_b14_8 <= sk_b14_7;
  always @(posedge clk) sk_b14_9 <= sk_b14_8;
  always @(posedge clk) sk_b14_10 <= sk_b14_9;
  always @(posedge clk) sk_b14_11 <= sk_b14_10;
  always @(posedge clk) sk_b14_12 <= sk_b14_11;
  always @(posedge clk) sk_b14_13 <= sk_b14_12;
  always @(posedge clk) sk_b15_0 <= b_in[127:120];
  always @(posedge clk) sk_b15_1 <= sk_b15_0;
  always @(posedge clk) sk_b15_2 <= sk_b15_1;
  always @(posedge clk) sk_b15_3 <= sk_b15_2;
  always @(posedge clk) sk_b15_4 <= sk_b15_3;
  always @(posedge clk) sk_b15_5 <= sk_b15_4;
  always @(posedge clk) sk_b15_6 <= sk_b15_5;
  always @(posedge clk) sk_b15_7 <= sk_b15_6;
  always @(posedge clk) sk_b15_8 <= sk_b15_7;
  always @(posedge clk) sk_b15_9 <= sk_b15_8;
  always @(posedge clk) sk_b15_10 <= sk_b15_9;
  always @(posedge clk) sk_b15_11 <= sk_b15_10;
  always @(posedge clk) sk_b15_12 <= sk_b15_11;
  always @(posedge clk) sk_b15_13 <= sk_b15_12;
  always @(posedge clk) sk_b15_14 <= sk_b15_13;
  always @(posedge clk) pb0_0 <= b_in[7:0];
  always @(posedge clk) pa0_0 <= a_in[7:0];
  always @(posedge clk) if (rst) pv0_0 <= 1'b0; else pv0_0 <= f_vld;
  always @(posedge clk) if (rst) pf0_0 <= 1'b0; else pf0_0 <= f_first;
  always @(posedge clk) pb0_1 <= sk_b1_0;
  always @(posedge clk) pa0_1 <= pa0_0;
  always @(posedge clk) if (rst) pv0_1 <= 1'b0; else pv0_1 <= pv0_0;
  always @(posedge clk) if (rst) pf0_1 <= 1'b0; else pf0_1 <= pf0_0;
  always @(posedge clk) pb0_2 <= sk_b2_1;
  always @(posedge clk) pa0_2 <= pa0_1;
  always @(posedge clk) if (rst) pv0_2 <= 1'b0; else pv0_2 <= pv0_1;
  always @(posedge clk) if (rst) pf0_2 <= 1'b0; else pf0_2 <= pf0_1;
  always @(posedge clk) pb0_3 <= sk_b3_2;
  always @(posedge clk) pa0_3 <= pa0_2;
  always @(posedge clk) if (rst) pv0_3 <= 1'b0; else pv0_3 <= pv0_2;
  always @(posedge clk) if (rst) pf0_3 <= 1'b0; else pf0_3 <= pf0_2;
  always @(posedge clk) pb0_4 <= sk_b4_3;
  always @(posedge clk) pa0_4 <= pa0_3;
  always @(posedge clk) if (rst) pv0_4 <= 1'b0; else pv0_4 <= pv0_3;
  always @(posedge clk) if (rst) pf0_4 <= 1'b0; else pf0_4 <= pf0_3;
  always @(posedge clk) pb0_5 <= sk_b5_4;
  always @(posedge clk) pa0_5 <= pa0_4;
  always @(posedge clk) if (rst) pv0_5 <= 1'b0; else pv0_5 <= pv0_4;
  always @(posedge clk) if (rst) pf0_5 <= 1'b0; else pf0_5 <= pf0_4;
  always @(posedge clk) pb0_6 <= sk_b6_5;
  always @(posedge clk) pa0_6 <= pa0_5;
  always @(posedge clk) if (rst) pv0_6 <= 1'b0; else pv0_6 <= pv0_5;
  always @(posedge clk) if (rst) pf0_6 <= 1'b0; else pf0_6 <= pf0_5;
  always @(posedge clk) pb0_7 <= sk_b7_6;
  always @(posedge clk) pa0_7 <= pa0_6;
  always @(posedge clk) if (rst) pv0_7 <= 1'b0; else pv0_7 <= pv0_6;
  always @(posedge clk) if (rst) pf0_7 <= 1'b0; else pf0_7 <= pf0_6;
  always @(posedge clk) pb0_8 <= sk_b8_7;
  always @(posedge clk) pa0_8 <= pa0_7;
  always @(posedge clk) if (rst) pv0_8 <= 1'b0; else pv0_8 <= pv0_7;
  always @(posedge clk) if (rst) pf0_8 <= 1'b0; else pf0_8 <= pf0_7;
  always @(posedge clk) pb0_9 <= sk_b9_8;
  always @(posedge clk) pa0_9 <= pa0_8;
  always @(posedge clk) if (rst) pv0_9 <= 1'b0; else pv0_9 <= pv0_8;
  always @(posedge clk) if (rst) pf0_9 <= 1'b0; else pf0_9 <= pf0_8;
  always @(posedge clk) pb0_10 <= sk_b10_9;
  always @(posedge clk) pa0_10 <= pa0_9;
  always @(posedge clk) if (rst) pv0_10 <= 1'b0; else pv0_10 <= pv0_9;
  always @(posedge clk) if (rst) pf0_10 <= 1'b0; else pf0_10 <= pf0_9;
  always @(posedge clk) pb0_11 <= sk_b11_10;
  always @(posedge clk) pa0_11 <= pa0_10;
  always @(posedge clk) if (rst) pv0_11 <= 1'b0; else pv0_11 <= pv0_10;
  always @(posedge clk) if (rst) pf0_11 <= 1'b0; else pf0_11 <= pf0_10;
  always @(posedge clk) pb0_12 <= sk_b12_11;
  always @(posedge clk) pa0_12 <= pa0_11;
  always @(posedge clk) if (rst) pv0_12 <= 1'b0; else pv0_12 <= pv0_11;
  always @(posedge clk) if (rst) pf0_12 <= 1'b0; else pf0_12 <= pf0_11;
  always @(posedge clk) pb0_13 <= sk_b13_12;
  always @(posedge clk) pa0_13 <= pa0_12;
  always @(posedge clk) if (rst) pv0_13 <= 1'b0; else pv0_13 <= pv0_12;
  always @(posedge clk) if (rst) pf0_13 <= 1'b0; else pf0_13 <= pf0_12;
  always @(posedge clk) pb0_14 <= sk_b14_13;
  always @(posedge clk) pa0_14 <= pa0_13;
  always @(posedge clk) if (rst) pv0_14 <= 1'b0; else pv0_14 <= pv0_13;
  always @(posedge clk) if (rst) pf0_14 <= 1'b0; else pf0_14 <= pf0_13;
  always @(posedge clk) pb0_15 <= sk_b15_14;
  always @(posedge clk) pb1_0 <= pb0_0;
  always @(posedge clk) pa1_0 <= sk_a1_0;
  always @(posedge clk) if (rst) pv1_0 <= 1'b0; else pv1_0 <= sk_v1_0;
  always @(posedge clk) if (rst) pf1_0 <= 1'b0; else pf1_0 <= sk_f1_0;
  always @(posedge clk) pb1_1 <= pb0_1;
  always @(posedge clk) pa1_1 <= pa1_0;
  always @(posedge clk) if (rst) pv1_1 <= 1'b0; else pv1_1 <= pv1_0;
  always @(posedge clk) if (rst) pf1_1 <= 1'b0; else pf1_1 <= pf1_0;
  always @(posedge clk) pb1_2 <= pb0_2;
  always @(posedge clk) pa1_2 <= pa1_1;
  always @(posedge clk) if (rst) pv1_2 <= 1'b0; else pv1_2 <= pv1_1;
  always @(posedge clk) if (rst) pf1_2 <= 1'b0; else pf1_2 <= pf1_1;
  always @(posedge clk) pb1_3 <= pb0_3;
  always @(posedge clk) pa1_3 <= pa1_2;
  always @(posedge clk) if (rst) pv1_3 <= 1'b0; else pv1_3 <= pv1_2;
  always @(posedge clk) if (rst) pf1_3 <= 1'b0; else pf1_3 <= pf1_2;
  always @(posedge clk) pb1_4 <= pb0_4;
  always @(posedge clk) pa1_4 <= pa1_3;
  always @(posedge clk) if (rst) pv1_4 <= 1'b0; else pv1_4 <= pv1_3;
  always @(posedge clk) if (rst) pf1_4 <= 1'b0; else pf1_4 <= pf1_3;
  always @(posedge clk) pb1_5 <= pb0_5;
  always @(posedge clk) pa1_5 <= pa1_4;
  always @(posedge clk) if (rst) pv1_5 <= 1'b0; else pv1_5 <= pv1_4;
  always @(posedge clk) if (rst) pf1_5 <= 1'b0; else pf1_5 <= pf1_4;
  always @(posedge clk) pb1_6 <= pb0_6;
  always @(posedge clk) pa1_6 <= pa1_5;
  always @(posedge clk) if (rst) pv1_6 <= 1'b0; else pv1_6 <= pv1_5;
  always @(posedge clk) if (rst) pf1_6 <= 1'b0; else pf1_6 <= pf1_5;
  always @(posedge clk) pb1_7 <= pb0_7;
  always @(posedge clk) pa1_7 <= pa1_6;
  always @(posedge clk) if (rst) pv1_7 <= 1'b0; else pv1_7 <= pv1_6;
  always @(posedge clk) if (rst) pf1_7 <= 1'b0; else pf1_7 <= pf1_6;
  always @(posedge clk) pb1_8 <= pb0_8;
  always @(posedge clk) pa1_8 <= pa1_7;
  always @(posedge clk) if (rst) pv1_8 <= 1'b0; else pv1_8 <= pv1_7;
  always @(posedge clk) if (rst) pf1_8 <= 1'b0; else pf1_8 <= pf1_7;
  always @(posedge clk) pb1_9 <= pb0_9;
  always @(posedge clk) pa1_9 <= pa1_8;
  always @(posedge clk) if (rst) pv1_9 <= 1'b0; else pv1_9 <= pv1_8;
  always @(posedge clk) if (rst) pf1_9 <= 1'b0; else pf1_9 <= pf1_8;
  always @(posedge clk) pb1_10 <= pb0_10;
  always @(posedge clk) pa1_10 <= pa1_9;
  always @(posedge clk) if (rst) pv1_10 <= 1'b0; else pv1_10 <= pv1_9;
  always @(posedge clk) if (rst) pf1_10 <= 1'b0; else pf1_10 <= pf1_9;
  always @(posedge clk) pb1_11 <= pb0_11;
  always @(posedge clk) pa1_11 <= pa1_10;
  always @(posedge clk) if (rst) pv1_11 <= 1'b0; else pv1_11 <= pv1_10;
  always @(posedge clk) if (rst) pf1_11 <= 1'b0; else pf1_11 <= pf1_10;
  always @(posedge clk) pb1_12 <= pb0_12;
  always @(posedge clk) pa1_12 <= pa1_11;
  always @(posedge clk) if (rst) pv1_12 <= 1'b0; else pv1_12 <= pv1_11;
  always @(posedge clk) if (rst) pf1_12 <= 1'b0; else pf1_12 <= pf1_11;
  always @(posedge clk) pb1_13 <= pb0_13;
  always @(posedge clk) pa1_13 <= pa1_12;
  always @(posedge clk) if (rst) pv1_13 <= 1'b0; else pv1_13 <= pv1_12;
  always @(posedge clk) if (rst) pf1_13 <= 1'b0; else pf1_13 <= pf1_12;
  always @(posedge clk) pb1_14 <= pb0_14;
  always @(posedge clk) pa1_14 <= pa1_13;
  always @(posedge clk) if (rst) pv1_14 <= 1'b0; else pv1_14 <= pv1_13;
  always @(posedge clk) if (rst) pf1_14 <= 1'b0; else pf1_14 <= pf1_13;
  always @(posedge clk) pb1_15 <= pb0_15;
  always @(posedge clk) pb2_0 <= pb1_0;
  always @(posedge clk) pa2_0 <= sk_a2_1;
  always @(posedge clk) if (rst) pv2_0 <= 1'b0; else pv2_0 <= sk_v2_1;
  always @(posedge clk) if (rst) pf2_0 <= 1'b0; else pf2_0 <= sk_f2_1;
  always @(posedge clk) pb2_1 <= pb1_1;
  always @(posedge clk) pa2_1 <= pa2_0;
  always @(posedge clk) if (rst) pv2_1 <= 1'b0; else pv2_1 <= pv2_0;
  always @(posedge clk) if (rst) pf2_1 <= 1'b0; else pf2_1 <= pf2_0;
  always @(posedge clk) pb2_2 <= pb1_2;
  always @(posedge clk) pa2_2 <= pa2_1;
  always @(posedge clk) if (rst) pv2_2 <= 1'b0; else pv2_2 <= pv2_1;
  always @(posedge clk) if (rst) pf2_2 <= 1'b0; else pf2_2 <= pf2_1;
  always @(posedge clk) pb2_3 <= pb1_3;
  always @(posedge clk) pa2_3 <= pa2_2;
  always @(posedge clk) if (rst) pv2_3 <= 1'b0; else pv2_3 <= pv2_2;
  always @(posedge clk) if (rst) pf2_3 <= 1'b0; else pf2_3 <= pf2_2;
  always @(posedge clk) pb2_4 <= pb1_4;
  always @(posedge clk) pa2_4 <= pa2_3;
  always @(posedge clk) if (rst) pv2_4 <= 1'b0; else pv2_4 <= pv2_3;
  always @(posedge clk) if (rst) pf2_4 <= 1'b0; else pf2_4 <= pf2_3;
  always @(posedge clk) pb2_5 <= pb1_5;
  always @(posedge clk) pa2_5 <= pa2_4;
  always @(posedge clk) if (rst) pv2_5 <= 1'b0; else pv2_5 <= pv2_4;
  always @(posedge clk) if (rst) pf2_5 <= 1'b0; else pf2_5 <= pf2_4;
  always @(posedge clk) pb2_6 <= pb1_6;
  always @(posedge clk) pa2_6 <= pa2_5;
  always @(posedge clk) if (rst) pv2_6 <= 1'b0; else pv2_6 <= pv2_5;
  always @(posedge clk) if (rst) pf2_6 <= 1'b0; else pf2_6 <= pf2_5;
  always @(posedge clk) pb2_7 <= pb1_7;
  always @(posedge clk) pa2_7 <= pa2_6;
  always @(posedge clk) if (rst) pv2_7 <= 1'b0; else pv2_7 <= pv2_6;
  always @(posedge clk) if (rst) pf2_7 <= 1'b0; else pf2_7 <= pf2_6;
  always @(posedge clk) pb2_8 <= pb1_8;
  always @(posedge clk) pa2_8 <= pa2_7;
  always @(posedge clk) if (rst) pv2_8 <= 1'b0; else pv2_8 <= pv2_7;
  always @(posedge clk) if (rst) pf2_8 <= 1'b0; else pf2_8 <= pf2_7;
  always @(posedge clk) pb2_9 <= pb1_9;
  always @(posedge clk) pa2_9 <= pa2_8;
  always @(posedge clk) if (rst) pv2_9 <= 1'b0; else pv2_9 <= pv2_8;
  always @(posedge clk) if (rst) pf2_9 <= 1'b0; else pf2_9 <= pf2_8;
  always @(posedge clk) pb2_10 <= pb1_10;
  always @(posedge clk) pa2_10 <= pa2_9;
  always @(posedge clk) if (rst) pv2_10 <= 1'b0; else pv2_10 <= pv2_9;
  always @(posedge clk) if (rst) pf2_10 <= 1'b0; else pf2_10 <= pf2_9;
  always @(posedge clk) pb2_11 <= pb1_11;
  always @(posedge clk) pa2_11 <= pa2_10;
  always @(posedge clk) if (rst) pv2_11 <= 1'b0; else pv2_11 <= pv2_10;
  always @(posedge clk) if (rst) pf2_11 <= 1'b0; else pf2_11 <= pf2_10;
  always @(posedge clk) pb2_12 <= pb1_12;
  always @(posedge clk) pa2_12 <= pa2_11;
  always @(posedge clk) if (rst) pv2_12 <= 1'b0; else pv2_12 <= pv2_11;
  always @(posedge clk) if (rst) pf2_12 <= 1'b0; else pf2_12 <= pf2_11;
  always @(posedge clk) pb2_13 <= pb1_13;
  always @(posedge clk) pa2_13 <= pa2_12;
  always @(posedge clk) if (rst) pv2_13 <= 1'b0; else pv2_13 <= pv2_12;
  always @(posedge clk) if (rst) pf2_13 <= 1'b0; else pf2_13 <= pf2_12;
  always @(posedge clk) pb2_14 <= pb1_14;
  always @(posedge clk) pa2_14 <= pa2_13;
  always @(posedge clk) if (rst) pv2_14 <= 1'b0; else pv2_14 <= pv2_13;
  always @(posedge clk) if (rst) pf2_14 <= 1'b0; else pf2_14 <= pf2_13;
  always @(posedge clk) pb2_15 <= pb1_15;
  always @(posedge clk) pb3_0 <= pb2_0;
  always @(posedge clk) pa3_0 <= sk_a3_2;
  always @(posedge clk) if (rst) pv3_0 <= 1'b0; else pv3_0 <= sk_v3_2;
  always @(posedge clk) if (rst) pf3_0 <= 1'b0; else pf3_0 <= sk_f3_2;
  always @(posedge clk) pb3_1 <= pb2_1;
  always @(posedge clk) pa3_1 <= pa3_0;
  always @(posedge clk) if (rst) pv3_1 <= 1'b0; else pv3_1 <= pv3_0;
  always @(posedge clk) if (rst) pf3_1 <= 1'b0; else pf3_1 <= pf3_0;
  always @(posedge clk) pb3_2 <= pb2_2;
  always @(posedge clk) pa3_2 <= pa3_1;
  always @(posedge clk) if (rst) pv3_2 <= 1'b0; else pv3_2 <= pv3_1;
  always @(posedge clk) if (rst) pf3_2 <= 1'b0; else pf3_2 <= pf3_1;
  always @(posedge clk) pb3_3 <= pb2_3;
  always @(posedge clk) pa3_3 <= pa3_2;
  always @(posedge clk) if (rst) pv3_3 <= 1'b0; else pv3_3 <= pv3_2;
  always @(posedge clk) if (rst) pf3_3 <= 1'b0; else pf3_3 <= pf3_2;
  always @(posedge clk) pb3_4 <= pb2_4;
  always @(posedge clk) pa3_4 <= pa3_3;
  always @(posedge clk) if (rst) pv3_4 <= 1'b0; else pv3_4 <= pv3_3;
  always @(posedge clk) if (rst) pf3_4 <= 1'b0; else pf3_4 <= pf3_3;
  always @(posedge clk) pb3_5 <= pb2_5;
  always @(posedge clk) pa3_5 <= pa3_4;
  always @(posedge clk) if (rst) pv3_5 <= 1'b0; else pv3_5 <= pv3_4;
  always @(posedge clk) if (rst) pf3_5 <= 1'b0; else pf3_5 <= pf3_4;
  always @(posedge clk) pb3_6 <= pb2_6;
  always @(posedge clk) pa3_6 <= pa3_5;
  always @(posedge clk) if (rst) pv3_6 <= 1'b0; else pv3_6 <= pv3_5;
  always @(posedge clk) if (rst) pf3_6 <= 1'b0; else pf3_6 <= pf3_5;
  always @(posedge clk) pb3_7 <= pb2_7;
  always @(posedge clk) pa3_7 <= pa3_6;
  always @(posedge clk) if (rst) pv3_7 <= 1'b0; else pv3_7 <= pv3_6;
  always @(posedge clk) if (rst) pf3_7 <= 1'b0; else pf3_7 <= pf3_6;
  always @(posedge clk) pb3_8 <= pb2_8;
  always @(posedge clk) pa3_8 <= pa3_7;
  always @(posedge clk) if (rst) pv3_8 <= 1'b0; else pv3_8 <= pv3_7;
  always @(posedge clk) if (rst) pf3_8 <= 1'b0; else pf3_8 <= pf3_7;
  always @(posedge clk) pb3_9 <= pb2_9;
  always @(posedge clk) pa3_9 <= pa3_8;
  always @(posedge clk) if (rst) pv3_9 <= 1'b0; else pv3_9 <= pv3_8;
  always @(posedge clk) if (rst) pf3_9 <= 1'b0; else pf3_9 <= pf3_8;
  always @(posedge clk) pb3_10 <= pb2_10;
  always @(posedge clk) pa3_10 <= pa3_9;
  always @(posedge clk) if (rst) pv3_10 <= 1'b0; else pv3_10 <= pv3_9;
  always @(posedge clk) if (rst) pf3_10 <= 1'b0; else pf3_10 <= pf3_9;
  always @(posedge clk) pb3_11 <= pb2_11;
  always @(posedge clk) pa3_11 <= pa3_10;
  always @(posedge clk) if (rst) pv3_11 <= 1'b0; else pv3_11 <= pv3_10;
  always @(posedge clk) if (rst) pf3_11 <= 1'b0; else pf3_11 <= pf3_10;
  always @(posedge clk) pb3_12 <= pb2_12;
  always @(posedge clk) pa3_12 <= pa3_11;
  always @(posedge clk) if (rst) pv3_12 <= 1'b0; else pv3_12 <= pv3_11;
  always @(posedge clk) if (rst) pf3_12 <= 1'b0; else pf3_12 <= pf3_11;
  always @(posedge clk) pb3_13 <= pb2_13;
  always @(posedge clk) pa3_13 <= pa3_12;
  always @(posedge clk) if (rst) pv3_13 <= 1'b0; else pv3_13 <= pv3_12;
  always @(posedge clk) if (rst) pf3_13 <= 1'b0; else pf3_13 <= pf3_12;
  always @(posedge clk) pb3_14 <= pb2_14;
  always @(posedge clk) pa3_14 <= pa3_13;
  always @(posedge clk) if (rst) pv3_14 <= 1'b0; else pv3_14 <= pv3_13;
  always @(posedge clk) if (rst) pf3_14 <= 1'b0; else pf3_14 <= pf3_13;
  always @(posedge clk) pb3_15 <= pb2_15;
  always @(posedge clk) pb4_0 <= pb3_0;
  always @(posedge clk) pa4_0 <= sk_a4_3;
  always @(posedge clk) if (rst) pv4_0 <= 1'b0; else pv4_0 <= sk_v4_3;
  always @(posedge clk) if (rst) pf4_0 <= 1'b0; else pf4_0 <= sk_f4_3;
  always @(posedge clk) pb4_1 <= pb3_1;
  always @(posedge clk) pa4_1 <= pa4_0;
  always @(posedge clk) if (rst) pv4_1 <= 1'b0; else pv4_1 <= pv4_0;
  always @(posedge clk) if (rst) pf4_1 <= 1'b0; else pf4_1 <= pf4_0;
  always @(posedge clk) pb4_2 <= pb3_2;
  always @(posedge clk) pa4_2 <= pa4_1;
  always @(posedge clk) if (rst) pv4_2 <= 1'b0; else pv4_2 <= pv4_1;
  always @(posedge clk) if (rst) pf4_2 <= 1'b0; else pf4_2 <= pf4_1;
  always @(posedge clk) pb4_3 <= pb3_3;
  always @(posedge clk) pa4_3 <= pa4_2;
  always @(posedge clk) if (rst) pv4_3 <= 1'b0; else pv4_3 <= pv4_2;
  always @(posedge clk) if (rst) pf4_3 <= 1'b0; else pf4_3 <= pf4_2;
  always @(posedge clk) pb4_4 <= pb3_4;
  always @(posedge clk) pa4_4 <= pa4_3;
  always @(posedge clk) if (rst) pv4_4 <= 1'b0; else pv4_4 <= pv4_3;
  always @(posedge clk) if (rst) pf4_4 <= 1'b0; else pf4_4 <= pf4_3;
  always @(posedge clk) pb4_5 <= pb3_5;
  always @(posedge clk) pa4_5 <= pa4_4;
  always @(posedge clk) if (rst) pv4_5 <= 1'b0; else pv4_5 <= pv4_4;
  always @(posedge clk) if (rst) pf4_5 <= 1'b0; else pf4_5 <= pf4_4;
  always @(posedge clk) pb4_6 <= pb3_6;
  always @(posedge clk) pa4_6 <= pa4_5;
  always @(posedge clk) if (rst) pv4_6 <= 1'b0; else pv4_6 <= pv4_5;
  always @(posedge clk) if (rst) pf4_6 <= 1'b0; else pf4_6 <= pf4_5;
  always @(posedge clk) pb4_7 <= pb3_7;
  always @(posedge clk) pa4_7 <= pa4_6;
  always @(posedge clk) if (rst) pv4_7 <= 1'b0; else pv4_7 <= pv4_6;
  always @(posedge clk) if (rst) pf4_7 <= 1'b0; else pf4_7 <= pf4_6;
  always @(posedge clk) pb4_8 <= pb3_8;
  always @(posedge clk) pa4_8 <= pa4_7;
  always @(posedge clk) if (rst) pv4_8 <= 1'b0; else pv4_8 <= pv4_7;
  always @(posedge clk) if (rst) pf4_8 <= 1'b0; else pf4_8 <= pf4_7;
  always @(posedge clk) pb4_9 <= pb3_9;
  always @(posedge clk) pa4_9 <= pa4_8;
  always @(posedge clk) if (rst) pv4_9 <= 1'b0; else pv4_9 <= pv4_8;
  always @(posedge clk) if (rst) pf4_9 <= 1'b0; else pf4_9 <= pf4_8;
  always @(posedge clk) pb4_10 <= pb3_10;
  always @(posedge clk) pa4_10 <= pa4_9;
  always @(posedge clk) if (rst) pv4_10 <= 1'b0; else pv4_10 <= pv4_9;
  always @(posedge clk) if (rst) pf4_10 <= 1'b0; else pf4_10 <= pf4_9;
  always @(posedge clk) pb4_11 <= pb3_11;
  always @(posedge clk) pa4_11 <= pa4_10;
  always @(posedge clk) if (rst) pv4_11 <= 1'b0; else pv4_11 <= pv4_10;
  always @(posedge clk) if (rst) pf4_11 <= 1'b0; else pf4_11 <= pf4_10;
  always @(posedge clk) pb4_12 <= pb3_12;
  always @(posedge clk) pa4_12 <= pa4_11;
  always @(posedge clk) if (rst) pv4_12 <= 1'b0; else pv4_12 <= pv4_11;
  always @(posedge clk) if (rst) pf4_12 <= 1'b0; else pf4_12 <= pf4_11;
  always @(posedge clk) pb4_13 <= pb3_13;
  always @(posedge clk) pa4_13 <= pa4_12;
  always @(posedge clk) if (rst) pv4_13 <= 1'b0; else pv4_13 <= pv4_12;
  always @(posedge clk) if (rst) pf4_13 <= 1'b0; else pf4_13 <= pf4_12;
  always @(posedge clk) pb4_14 <= pb3_14;
  always @(posedge clk) pa4_14 <= pa4_13;
  always @(posedge clk) if (rst) pv4_14 <= 1'b0; else pv4_14 <= pv4_13;
  always @(posedge clk) if (rst) pf4_14 <= 1'b0; else pf4_14 <= pf4_13;
  always @(posedge clk) pb4_15 <= pb3_15;
  always @(posedge clk) pb5_0 <= pb4_0;
  always @(posedge clk) pa5_0 <= sk_a5_4;
  always @(posedge clk) if (rst) pv5_0 <= 1'b0; else pv5_0 <= sk_v5_4;
  always @(posedge clk) if (rst) pf5_0 <= 1'b0; else pf5_0 <= sk_f5_4;
  always @(posedge clk) pb5_1 <= pb4_1;
  always @(posedge clk) pa5_1 <= pa5_0;
  always @(posedge clk) if (rst) pv5_1 <= 1'b0; else pv5_1 <= pv5_0;
  always @(posedge clk) if (rst) pf5_1 <= 1'b0; else pf5_1 <= pf5_0;
  always @(posedge clk) pb5_2 <= pb4_2;
  always @(posedge clk) pa5_2 <= pa5_1;
  always @(posedge clk) if (rst) pv5_2 <= 1'b0; else pv5_2 <= pv5_1;
  always @(posedge clk) if (rst) pf5_2 <= 1'b0; else pf5_2 <= pf5_1;
  always @(posedge clk) pb5_3 <= pb4_3;
  always @(posedge clk) pa5_3 <= pa5_2;
  always @(posedge clk) if (rst) pv5_3 <= 1'b0; else pv5_3 <= pv5_2;
  always @(posedge clk) if (rst) pf5_3 <= 1'b0; else pf5_3 <= pf5_2;
  always @(posedge clk) pb5_4 <= pb4_4;
  always @(posedge clk) pa5_4 <= pa5_3;
  always @(posedge clk) if (rst) pv5_4 <= 1'b0; else pv5_4 <= pv5_3;
  always @(posedge clk) if (rst) pf5_4 <= 1'b0; else pf5_4 <= pf5_3;
  always @(posedge clk) pb5_5 <= pb4_5;
  always @(posedge clk) pa5_5 <= pa5_4;
  always @(posedge clk) if (rst) pv5_5 <= 1'b0; else pv5_5 <= pv5_4;
  always @(posedge clk) if (rst) pf5_5 <= 1'b0; else pf5_5 <= pf5_4;
  always @(posedge clk) pb5_6 <= pb4_6;
  always @(posedge clk) pa5_6 <= pa5_5;
  always @(posedge clk) if (rst) pv5_6 <= 1'b0; else pv5_6 <= pv5_5;
  always @(posedge clk) if (rst) pf5_6 <= 1'b0; else pf5_6 <= pf5_5;
  always @(posedge clk) pb5_7 <= pb4_7;
  always @(posedge clk) pa5_7 <= pa5_6;
  always @(posedge clk) if (rst) pv5_7 <= 1'b0; else pv5_7 <= pv5_6;
  always @(posedge clk) if (rst) pf5_7 <= 1'b0; else pf5_7 <= pf5_6;
  always @(posedge clk) pb5_8 <= pb4_8;
  always @(posedge clk) pa5_8 <= pa5_7;
  always @(posedge clk) if (rst) pv5_8 <= 1'b0; else pv5_8 <= pv5_7;
  always @(posedge clk) if (rst) pf5_8 <= 1'b0; else pf5_8 <= pf5_7;
  always @(posedge clk) pb5_9 <= pb4_9;
  always @(posedge clk) pa5_9 <= pa5_8;
  always @(posedge clk) if (rst) pv5_9 <= 1'b0; else pv5_9 <= pv5_8;
  always @(posedge clk) if (rst) pf5_9 <= 1'b0; else pf5_9 <= pf5_8;
  always @(posedge clk) pb5_10 <= pb4_10;
  always @(posedge clk) pa5_10 <= pa5_9;
  always @(posedge clk) if (rst) pv5_10 <= 1'b0; else pv5_10 <= pv5_9;
  always @(posedge clk) if (rst) pf5_10 <= 1'b0; else pf5_10 <= pf5_9;
  always @(posedge clk) pb5_11 <= pb4_11;
  always @(posedge clk) pa5_11 <= pa5_10;
  always @(posedge clk) if (rst) pv5_11 <= 1'b0; else pv5_11 <= pv5_10;
  always @(posedge clk) if (rst) pf5_11 <= 1'b0; else pf5_11 <= pf5_10;
  always @(posedge clk) pb5_12 <= pb4_12;
  always @(posedge clk) pa5_12 <= pa5_11;
  always @(posedge clk) if (rst) pv5_12 <= 1'b0; else pv5_12 <= pv5_11;
  always @(posedge clk) if (rst) pf5_12 <= 1'b0; else pf5_12 <= pf5_11;
  always @(posedge clk) pb5_13 <= pb4_13;
  always @(posedge clk) pa5_13 <= pa5_12;
  always @(posedge clk) if (rst) pv5_13 <= 1'b0; else pv5_13 <= pv5_12;
  always @(posedge clk) if (rst) pf5_13 <= 1'b0; else pf5_13 <= pf5_12;
  always @(posedge clk) pb5_14 <= pb4_14;
  always @(posedge clk) pa5_14 <= pa5_13;
  always @(posedge clk) if (rst) pv5_14 <= 1'b0; else pv5_14 <= pv5_13;
  always @(posedge clk) if (rst) pf5_14 <= 1'b0; else pf5_14 <= pf5_13;
  always @(posedge clk) pb5_15 <= pb4_15;
  always @(posedge clk) pb6_0 <= pb5_0;
  always @(posedge clk) pa6_0 <= sk_a6_5;
  always @(posedge clk) if (rst) pv6_0 <= 1'b0; else pv6_0 <= sk_v6_5;
  always @(posedge clk) if (rst) pf6_0 <= 1'b0; else pf6_0 <= sk_f6_5;
  always @(posedge clk) pb6_1 <= pb5_1;
  always @(posedge clk) pa6_1 <= pa6_0;
  always @(posedge clk) if (rst) pv6_1 <= 1'b0; else pv6_1 <= pv6_0;
  always @(posedge clk) if (rst) pf6_1 <= 1'b0; else pf6_1 <= pf6_0;
  always @(posedge clk) pb6_2 <= pb5_2;
  always @(posedge clk) pa6_2 <= pa6_1;
  always @(posedge clk) if (rst) pv6_2 <= 1'b0; else pv6_2 <= pv6_1;
  always @(posedge clk) if (rst) pf6_2 <= 1'b0; else pf6_2 <= pf6_1;
  always @(posedge clk) pb6_3 <= pb5_3;
  always @(posedge clk) pa6_3 <= pa6_2;
  always @(posedge clk) if (rst) pv6_3 <= 1'b0; else pv6_3 <= pv6_2;
  always @(posedge clk) if (rst) pf6_3 <= 1'b0; else pf6_3 <= pf6_2;
  always @(posedge clk) pb6_4 <= pb5_4;
  always @(posedge clk) pa6_4 <= pa6_3;
  always @(posedge clk) if (rst) pv6_4 <= 1'b0; else pv6_4 <= pv6_3;
  always @(posedge clk) if (rst) pf6_4 <= 1'b0; else pf6_4 <= pf6_3;
  always @(posedge clk) pb6_5 <= pb5_5;
  always @(posedge clk) pa6_5 <= pa6_4;
  always @(posedge clk) if (rst) pv6_5 <= 1'b0; else pv6_5 <= pv6_4;
  always @(posedge clk) if (rst) pf6_5 <= 1'b0; else pf6_5 <= pf6_4;
  always @(posedge clk) pb6_6 <= pb5_6;
  always @(posedge clk) pa6_6 <= pa6_5;
  always @(posedge clk) if (rst) pv6_6 <= 1'b0; else pv6_6 <= pv6_5;
  always @(posedge clk) if (rst) pf6_6 <= 1'b0; else pf6_6 <= pf6_5;
  always @(posedge clk) pb6_7 <= pb5_7;
  always @(posedge clk) pa6_7 <= pa6_6;
  always @(posedge clk) if (rst) pv6_7 <= 1'b0; else pv6_7 <= pv6_6;
  always @(posedge clk) if (rst) pf6_7 <= 1'b0; else pf6_7 <= pf6_6;
  always @(posedge clk) pb6_8 <= pb5_8;
  always @(posedge clk) pa6_8 <= pa6_7;
  always @(posedge clk) if (rst) pv6_8 <= 1'b0; else pv6_8 <= pv6_7;
  always @(posedge clk) if (rst) pf6_8 <= 1'b0; else pf6_8 <= pf6_7;
  always @(posedge clk) pb6_9 <= pb5_9;
  always @(posedge clk) pa6_9 <= pa6_8;
  always @(posedge clk) if (rst) pv6_9 <= 1'b0; else pv6_9 <= pv6_8;
  always @(posedge clk) if (rst) pf6_9 <= 1'b0; else pf6_9 <= pf6_8;
  always @(posedge clk) pb6_10 <= pb5_10;
  always @(posedge clk) pa6_10 <= pa6_9;
  always @(posedge clk) if (rst) pv6_10 <= 1'b0; else pv6_10 <= pv6_9;
  always @(posedge clk) if (rst) pf6_10 <= 1'b0; else pf6_10 <= pf6_9;
  always @(posedge clk) pb6_11 <= pb5_11;
  always @(posedge clk) pa6_11 <= pa6_10;
  always @(posedge clk) if (rst) pv6_11 <= 1'b0; else pv6_11 <= pv6_10;
  always @(posedge clk) if (rst) pf6_11 <= 1'b0; else pf6_11 <= pf6_10;
  always @(posedge clk) pb6_12 <= pb5_12;
  always @(posedge clk) pa6_12 <= pa6_11;
  always @(posedge clk) if (rst) pv6_12 <= 1'b0; else pv6_12 <= pv6_11;
  always @(posedge clk) if (rst) pf6_12 <= 1'b0; else pf6_12 <= pf6_11;
  always @(posedge clk) pb6_13 <= pb5_13;
  always @(posedge clk) pa6_13 <= pa6_12;
  always @(posedge clk) if (rst) pv6_13 <= 1'b0; else pv6_13 <= pv6_12;
  always @(posedge clk) if (rst) pf6_13 <= 1'b0; else pf6_13 <= pf6_12;
  always @(posedge clk) pb6_14 <= pb5_14;
  always @(posedge clk) pa6_14 <= pa6_13;
  always @(posedge clk) if (rst) pv6_14 <= 1'b0; else pv6_14 <= pv6_13;
  always @(posedge clk) if (rst) pf6_14 <= 1'b0; else pf6_14 <= pf6_13;
  always @(posedge clk) pb6_15 <= pb5_15;
  always @(posedge clk) pb7_0 <= pb6_0;
  always @(posedge clk) pa7_0 <= sk_a7_6;
  always @(posedge clk) if (rst) pv7_0 <= 1'b0; else pv7_0 <= sk_v7_6;
  always @(posedge clk) if (rst) pf7_0 <= 1'b0; else pf7_0 <= sk_f7_6;
  always @(posedge clk) pb7_1 <= pb6_1;
  always @(posedge clk) pa7_1 <= pa7_0;
  always @(posedge clk) if (rst) pv7_1 <= 1'b0; else pv7_1 <= pv7_0;
  always @(posedge clk) if (rst) pf7_1 <= 1'b0; else pf7_1 <= pf7_0;
  always @(posedge clk) pb7_2 <= pb6_2;
  always @(posedge clk) pa7_2 <= pa7_1;
  always @(posedge clk) if (rst) pv7_2 <= 1'b0; else pv7_2 <= pv7_1;
  always @(posedge clk) if (rst) pf7_2 <= 1'b0; else pf7_2 <= pf7_1;
  always @(posedge clk) pb7_3 <= pb6_3;
  always @(posedge clk) pa7_3 <= pa7_2;
  always @(posedge clk) if (rst) pv7_3 <= 1'b0; else pv7_3 <= pv7_2;
  always @(posedge clk) if (rst) pf7_3 <= 1'b0; else pf7_3 <= pf7_2;
  always @(posedge clk) pb7_4 <= pb6_4;
  always @(posedge clk) pa7_4 <= pa7_3;
  always @(posedge clk) if (rst) pv7_4 <= 1'b0; else pv7_4 <= pv7_3;
  always @(posedge clk) if (rst) pf7_4 <= 1'b0; else pf7_4 <= pf7_3;
  always @(posedge clk) pb7_5 <= pb6_5;
  always @(posedge clk) pa7_5 <= pa7_4;
  always @(posedge clk) if (rst) pv7_5 <= 1'b0; else pv7_5 <= pv7_4;
  always @(posedge clk) if (rst) pf7_5 <= 1'b0; else pf7_5 <= pf7_4;
  always @(posedge clk) pb7_6 <= pb6_6;
  always @(posedge clk) pa7_6 <= pa7_5;
  always @(posedge clk) if (rst) pv7_6 <= 1'b0; else pv7_6 <= pv7_5;
  always @(posedge clk) if (rst) pf7_6 <= 1'b0; else pf7_6 <= pf7_5;
  always @(posedge clk) pb7_7 <= pb6_7;
  always @(posedge clk) pa7_7 <= pa7_6;
  always @(posedge clk) if (rst) pv7_7 <= 1'b0; else pv7_7 <= pv7_6;
  always @(posedge clk) if (rst) pf7_7 <= 1'b0; else pf7_7 <= pf7_6;
  always @(posedge clk) pb7_8 <= pb6_8;
  always @(posedge clk) pa7_8 <= pa7_7;
  always @(posedge clk) if (rst) pv7_8 <= 1'b0; else pv7_8 <= pv7_7;
  always @(posedge clk) if (rst) pf7_8 <= 1'b0; else pf7_8 <= pf7_7;
  always @(posedge clk) pb7_9 <= pb6_9;
  always @(posedge clk) pa7_9 <= pa7_8;
  always @(posedge clk) if (rst) pv7_9 <= 1'b0; else pv7_9 <= pv7_8;
  always @(posedge clk) if (rst) pf7_9 <= 1'b0; else pf7_9 <= pf7_8;
  always @(posedge clk) pb7_10 <= pb6_10;
  always @(posedge clk) pa7_10 <= pa7_9;
  always @(posedge clk) if (rst) pv7_10 <= 1'b0; else pv7_10 <= pv7_9;
  always @(posedge clk) if (rst) pf7_10 <= 1'b0; else pf7_10 <= pf7_9;
  always @(posedge clk) pb7_11 <= pb6_11;
  always @(posedge clk) pa7_11 <= pa7_10;
  always @(posedge clk) if (rst) pv7_11 <= 1'b0; else pv7_11 <= pv7_10;
  always @(posedge clk) if (rst) pf7_11 <= 1'b0; else pf7_11 <= pf7_10;
  always @(posedge clk) pb7_12 <= pb6_12;
  always @(posedge clk) pa7_12 <= pa7_11;
  always @(posedge clk) if (rst) pv7_12 <= 1'b0; else pv7_12 <= pv7_11;
  always @(posedge clk) if (rst) pf7_12 <= 1'b0; else pf7_12 <= pf7_11;
  always @(posedge clk) pb7_13 <= pb6_13;
  always @(posedge clk) pa7_13 <= pa7_12;
  always @(posedge clk) if (rst) pv7_13 <= 1'b0; else pv7_13 <= pv7_12;
  always @(posedge clk) if (rst) pf7_13 <= 1'b0; else pf7_13 <= pf7_12;
  always @(posedge clk) pb7_14 <= pb6_14;
  always @(posedge clk) pa7_14 <= pa7_13;
  always @(posedge clk) if (rst) pv7_14 <= 1'b0; else pv7_14 <= pv7_13;
  always @(posedge clk) if (rst) pf7_14 <= 1'b0; else pf7_14 <= pf7_13;
  always @(posedge clk) pb7_15 <= pb6_15;
  always @(posedge clk) pb8_0 <= pb7_0;
  always @(posedge clk) pa8_0 <= sk_a8_7;
  always @(posedge clk) if (rst) pv8_0 <= 1'b0; else pv8_0 <= sk_v8_7;
  always @(posedge clk) if (rst) pf8_0 <= 1'b0; else pf8_0 <= sk_f8_7;
  always @(posedge clk) pb8_1 <= pb7_1;
  always @(posedge clk) pa8_1 <= pa8_0;
  always @(posedge clk) if (rst) pv8_1 <= 1'b0; else pv8_1 <= pv8_0;
  always @(posedge clk) if (rst) pf8_1 <= 1'b0; else pf8_1 <= pf8_0;
  always @(posedge clk) pb8_2 <= pb7_2;
  always @(posedge clk) pa8_2 <= pa8_1;
  always @(posedge clk) if (rst) pv8_2 <= 1'b0; else pv8_2 <= pv8_1;
  always @(posedge clk) if (rst) pf8_2 <= 1'b0; else pf8_2 <= pf8_1;
  always @(posedge clk) pb8_3 <= pb7_3;
  always @(posedge clk) pa8_3 <= pa8_2;
  always @(posedge clk) if (rst) pv8_3 <= 1'b0; else pv8_3 <= pv8_2;
  always @(posedge clk) if (rst) pf8_3 <= 1'b0; else pf8_3 <= pf8_2;
  always @(posedge clk) pb8_4 <= pb7_4;
  always @(posedge clk) pa8_4 <= pa8_3;
  always @(posedge clk) if (rst) pv8_4 <= 1'b0; else pv8_4 <= pv8_3;
  always @(posedge clk) if (rst) pf8_4 <= 1'b0; else pf8_4 <= pf8_3;
  always @(posedge clk) pb8_5 <= pb7_5;
  always @(posedge clk) pa8_5 <= pa8_4;
  always @(posedge clk) if (rst) pv8_5 <= 1'b0; else pv8_5 <= pv8_4;
  always @(posedge clk) if (rst) pf8_5 <= 1'b0; else pf8_5 <= pf8_4;
  always @(posedge clk) pb8_6 <= pb7_6;
  always @(posedge clk) pa8_6 <= pa8_5;
  always @(posedge clk) if (rst) pv8_6 <= 1'b0; else pv8_6 <= pv8_5;
  always @(posedge clk) if (rst) pf8_6 <= 1'b0; else pf8_6 <= pf8_5;
  always @(posedge clk) pb8_7 <= pb7_7;
  always @(posedge clk) pa8_7 <= pa8_6;
  always @(posedge clk) if (rst) pv8_7 <= 1'b0; else pv8_7 <= pv8_6;
  always @(posedge clk) if (rst) pf8_7 <= 1'b0; else pf8_7 <= pf8_6;
  always @(posedge clk) pb8_8 <= pb7_8;
  always @(posedge clk) pa8_8 <= pa8_7;
  always @(posedge clk) if (rst) pv8_8 <= 1'b0; else pv8_8 <= pv8_7;
  always @(posedge clk) if (rst) pf8_8 <= 1'b0; else pf8_8 <= pf8_7;
  always @(posedge clk) pb8_9 <= pb7_9;
  always @(posedge clk) pa8_9 <= pa8_8;
  always @(posedge clk) if (rst) pv8_9 <= 1'b0; else pv8_9 <= pv8_8;
  always @(posedge clk) if (rst) pf8_9 <= 1'b0; else pf8_9 <= pf8_8;
  always @(posedge clk) pb8_10 <= pb7_10;
  always @(posedge clk) pa8_10 <= pa8_9;
  always @(posedge clk) if (rst) pv8_10 <= 1'b0; else pv8_10 <= pv8_9;
  always @(posedge clk) if (rst) pf8_10 <= 1'b0; else pf8_10 <= pf8_9;
  always @(posedge clk) pb8_11 <= pb7_11;
  always @(posedge clk) pa8_11 <= pa8_10;
  always @(posedge clk) if (rst) pv8_11 <= 1'b0; else pv8_11 <= pv8_10;
  always @(posedge clk) if (rst) pf8_11 <= 1'b0; else pf8_11 <= pf8_10;
  always @(posedge clk) pb8_12 <= pb7_12;
  always @(posedge clk) pa8_12 <= pa8_11;
  always @(posedge clk) if (rst) pv8_12 <= 1'b0; else pv8_12 <= pv8_11;
  always @(posedge clk) if (rst) pf8_12 <= 1'b0; else pf8_12 <= pf8_11;
  always @(posedge clk) pb8_13 <= pb7_13;
  always @(posedge clk) pa8_13 <= pa8_12;
  always @(posedge clk) if (rst) pv8_13 <= 1'b0; else pv8_13 <= pv8_12;
  always @(posedge clk) if (rst) pf8_13 <= 1'b0; else pf8_13 <= pf8_12;
  always @(posedge clk) pb8_14 <= pb7_14;
  always @(posedge clk) pa8_14 <= pa8_13;
  always @(posedge clk) if (rst) pv8_14 <= 1'b0; else pv8_14 <= pv8_13;
  always @(posedge clk) if (rst) pf8_14 <= 1'b0; else pf8_14 <= pf8_13;
  always @(posedge clk) pb8_15 <= pb7_15;
  always @(posedge clk) pb9_0 <= pb8_0;
  always @(posedge clk) pa9_0 <= sk_a9_8;
  always @(posedge clk) if (rst) pv9_0 <= 1'b0; else pv9_0 <= sk_v9_8;
  always @(posedge clk) if (rst) pf9_0 <= 1'b0; else pf9_0 <= sk_f9_8;
  always @(posedge clk) pb9_1 <= pb8_1;
  always @(posedge clk) pa9_1 <= pa9_0;
  always @(posedge clk) if (rst) pv9_1 <= 1'b0; else pv9_1 <= pv9_0;
  always @(posedge clk) if (rst) pf9_1 <= 1'b0; else pf9_1 <= pf9_0;
  always @(posedge clk) pb9_2 <= pb8_2;
  always @(posedge clk) pa9_2 <= pa9_1;
  always @(posedge clk) if (rst) pv9_2 <= 1'b0; else pv9_2 <= pv9_1;
  always @(posedge clk) if (rst) pf9_2 <= 1'b0; else pf9_2 <= pf9_1;
  always @(posedge clk) pb9_3 <= pb8_3;
  always @(posedge clk) pa9_3 <= pa9_2;
  always @(posedge clk) if (rst) pv9_3 <= 1'b0; else pv9_3 <= pv9_2;
  always @(posedge clk) if (rst) pf9_3 <= 1'b0; else pf9_3 <= pf9_2;
  always @(posedge clk) pb9_4 <= pb8_4;
  always @(posedge clk) pa9_4 <= pa9_3;
  always @(posedge clk) if (rst) pv9_4 <= 1'b0; else pv9_4 <= pv9_3;
  always @(posedge clk) if (rst) pf9_4 <= 1'b0; else pf9_4 <= pf9_3;
  always @(posedge clk) pb9_5 <= pb8_5;
  always @(posedge clk) pa9_5 <= pa9_4;
  always @(posedge clk) if (rst) pv9_5 <= 1'b0; else pv9_5 <= pv9_4;
  always @(posedge clk) if (rst) pf9_5 <= 1'b0; else pf9_5 <= pf9_4;
  always @(posedge clk) pb9_6 <= pb8_6;
  always @(posedge clk) pa9_6 <= pa9_5;
  always @(posedge clk) if (rst) pv9_6 <= 1'b0; else pv9_6 <= pv9_5;
  always @(posedge clk) if (rst) pf9_6 <= 1'b0; else pf9_6 <= pf9_5;
  always @(posedge clk) pb9_7 <= pb8_7;
  always @(posedge clk) pa9_7 <= pa9_6;
  always @(posedge clk) if (rst) pv9_7 <= 1'b0; else pv9_7 <= pv9_6;
  always @(posedge clk) if (rst) pf9_7 <= 1'b0; else pf9_7 <= pf9_6;
  always @(posedge clk) pb9_8 <= pb8_8;
  always @(posedge clk) pa9_8 <= pa9_7;
  always @(posedge clk) if (rst) pv9_8 <= 1'b0; else pv9_8 <= pv9_7;
  always @(posedge clk) if (rst) pf9_8 <= 1'b0; else pf9_8 <= pf9_7;
  always @(posedge clk) pb9_9 <= pb8_9;
  always @(posedge clk) pa9_9 <= pa9_8;
  always @(posedge clk) if (rst) pv9_9 <= 1'b0; else pv9_9 <= pv9_8;
  always @(posedge clk) if (rst) pf9_9 <= 1'b0; else pf9_9 <= pf9_8;
  always @(posedge clk) pb9_10 <= pb8_10;
  always @(posedge clk) pa9_10 <= pa9_9;
  always @(posedge clk) if (rst) pv9_10 <= 1'b0; else pv9_10 <= pv9_9;
  always @(posedge clk) if (rst) pf9_10 <= 1'b0; else pf9_10 <= pf9_9;
  always @(posedge clk) pb9_11 <= pb8_11;
  always @(posedge clk) pa9_11 <= pa9_10;
  always @(posedge clk) if (rst) pv9_11 <= 1'b0; else pv9_11 <= pv9_10;
  always @(posedge clk) if (rst) pf9_11 <= 1'b0; else pf9_11 <= pf9_10;
  always @(posedge clk) pb9_12 <= pb8_12;
  always @(posedge clk) pa9_12 <= pa9_11;
  always @(posedge clk) if (rst) pv9_12 <= 1'b0; else pv9_12 <= pv9_11;
  always @(posedge clk) if (rst) pf9_12 <= 1'b0; else pf9_12 <= pf9_11;
  always @(posedge clk) pb9_13 <= pb8_13;
  always @(posedge clk) pa9_13 <= pa9_12;
  always @(posedge clk) if (rst) pv9_13 <= 1'b0; else pv9_13 <= pv9_12;
  always @(posedge clk) if (rst) pf9_13 <= 1'b0; else pf9_13 <= pf9_12;
  always @(posedge clk) pb9_14 <= pb8_14;
  always @(posedge clk) pa9_14 <= pa9_13;
  always @(posedge clk) if (rst) pv9_14 <= 1'b0; else pv9_14 <= pv9_13;
  always @(posedge clk) if (rst) pf9_14 <= 1'b0; else pf9_14 <= pf9_13;
  always @(posedge clk) pb9_15 <= pb8_15;
  always @(posedge clk) pb10_0 <= pb9_0;
  always @(posedge clk) pa10_0 <= sk_a10_9;
  always @(posedge clk) if (rst) pv10_0 <= 1'b0; else pv10_0 <= sk_v10_9;
  always @(posedge clk) if (rst) pf10_0 <= 1'b0; else pf10_0 <= sk_f10_9;
  always @(posedge clk) pb10_1 <= pb9_1;
  always @(posedge clk) pa10_1 <= pa10_0;
  always @(posedge clk) if (rst) pv10_1 <= 1'b0; else pv10_1 <= pv10_0;
  always @(posedge clk) if (rst) pf10_1 <= 1'b0; else pf10_1 <= pf10_0;
  always @(posedge clk) pb10_2 <= pb9_2;
  always @(posedge clk) pa10_2 <= pa10_1;
  always @(posedge clk) if (rst) pv10_2 <= 1'b0; else pv10_2 <= pv10_1;
  always @(posedge clk) if (rst) pf10_2 <= 1'b0; else pf10_2 <= pf10_1;
  always @(posedge clk) pb10_3 <= pb9_3;
  always @(posedge clk) pa10_3 <= pa10_2;
  always @(posedge clk) if (rst) pv10_3 <= 1'b0; else pv10_3 <= pv10_2;
  always @(posedge clk) if (rst) pf10_3 <= 1'b0; else pf10_3 <= pf10_2;
  always @(posedge clk) pb10_4 <= pb9_4;
  always @(posedge clk) pa10_4 <= pa10_3;
  always @(posedge clk) if (rst) pv10_4 <= 1'b0; else pv10_4 <= pv10_3;
  always @(posedge clk) if (rst) pf10_4 <= 1'b0; else pf10_4 <= pf10_3;
  always @(posedge clk) pb10_5 <= pb9_5;
  always @(posedge clk) pa10_5 <= pa10_4;
  always @(posedge clk) if (rst) pv10_5 <= 1'b0; else pv10_5 <= pv10_4;
  always @(posedge clk) if (rst) pf10_5 <= 1'b0; else pf10_5 <= pf10_4;
  always @(posedge clk) pb10_6 <= pb9_6;
  always @(posedge clk) pa10_6 <= pa10_5;
  always @(posedge clk) if (rst) pv10_6 <= 1'b0; else pv10_6 <= pv10_5;
  always @(posedge clk) if (rst) pf10_6 <= 1'b0; else pf10_6 <= pf10_5;
  always @(posedge clk) pb10_7 <= pb9_7;
  always @(posedge clk) pa10_7 <= pa10_6;
  always @(posedge clk) if (rst) pv10_7 <= 1'b0; else pv10_7 <= pv10_6;
  always @(posedge clk) if (rst) pf10_7 <= 1'b0; else pf10_7 <= pf10_6;
  always @(posedge clk) pb10_8 <= pb9_8;
  always @(posedge clk) pa10_8 <= pa10_7;
  always @(posedge clk) if (rst) pv10_8 <= 1'b0; else pv10_8 <= pv10_7;
  always @(posedge clk) if (rst) pf10_8 <= 1'b0; else pf10_8 <= pf10_7;
  always @(posedge clk) pb10_9 <= pb9_9;
  always @(posedge clk) pa10_9 <= pa10_8;
  always @(posedge clk) if (rst) pv10_9 <= 1'b0; else pv10_9 <= pv10_8;
  always @(posedge clk) if (rst) pf10_9 <= 1'b0; else pf10_9 <= pf10_8;
  always @(posedge clk) pb10_10 <= pb9_10;
  always @(posedge clk) pa10_10 <= pa10_9;
  always @(posedge clk) if (rst) pv10_10 <= 1'b0; else pv10_10 <= pv10_9;
  always @(posedge clk) if (rst) pf10_10 <= 1'b0; else pf10_10 <= pf10_9;
  always @(posedge clk) pb10_11 <= pb9_11;
  always @(posedge clk) pa10_11 <= pa10_10;
  always @(posedge clk) if (rst) pv10_11 <= 1'b0; else pv10_11 <= pv10_10;
  always @(posedge clk) if (rst) pf10_11 <= 1'b0; else pf10_11 <= pf10_10;
  always @(posedge clk) pb10_12 <= pb9_12;
  always @(posedge clk) pa10_12 <= pa10_11;
  always @(posedge clk) if (rst) pv10_12 <= 1'b0; else pv10_12 <= pv10_11;
  always @(posedge clk) if (rst) pf10_12 <= 1'b0; else pf10_12 <= pf10_11;
  always @(posedge clk) pb10_13 <= pb9_13;
  always @(posedge clk) pa10_13 <= pa10_12;
  always @(posedge clk) if (rst) pv10_13 <= 1'b0; else pv10_13 <= pv10_12;
  always @(posedge clk) if (rst) pf10_13 <= 1'b0; else pf10_13 <= pf10_12;
  always @(posedge clk) pb10_14 <= pb9_14;
  always @(posedge clk) pa10_14 <= pa10_13;
  always @(posedge clk) if (rst) pv10_14 <= 1'b0; else pv10_14 <= pv10_13;
  always @(posedge clk) if (rst) pf10_14 <= 1'b0; else pf10_14 <= pf10_13;
  always @(posedge clk) pb10_15 <= pb9_15;
  always @(posedge clk) pb11_0 <= pb10_0;
  always @(posedge clk) pa11_0 <= sk_a11_10;
  always @(posedge clk) if (rst) pv11_0 <= 1'b0; else pv11_0 <= sk_v11_10;
  always @(posedge clk) if (rst) pf11_0 <= 1'b0; else pf11_0 <= sk_f11_10;
  always @(posedge clk) pb11_1 <= pb10_1;
  always @(posedge clk) pa11_1 <= pa11_0;
  always @(posedge clk) if (rst) pv11_1 <= 1'b0; else pv11_1 <= pv11_0;
  always @(posedge clk) if (rst) pf11_1 <= 1'b0; else pf11_1 <= pf11_0;
  always @(posedge clk) pb11_2 <= pb10_2;
  always @(posedge clk) pa11_2 <= pa11_1;
  always @(posedge clk) if (rst) pv11_2 <= 1'b0; else pv11_2 <= pv11_1;
  always @(posedge clk) if (rst) pf11_2 <= 1'b0; else pf11_2 <= pf11_1;
  always @(posedge clk) pb11_3 <= pb10_3;
  always @(posedge clk) pa11_3 <= pa11_2;
  always @(posedge clk) if (rst) pv11_3 <= 1'b0; else pv11_3 <= pv11_2;
  always @(posedge clk) if (rst) pf11_3 <= 1'b0; else pf11_3 <= pf11_2;
  always @(posedge clk) pb11_4 <= pb10_4;
  always @(posedge clk) pa11_4 <= pa11_3;
  always @(posedge clk) if (rst) pv11_4 <= 1'b0; else pv11_4 <= pv11_3;
  always @(posedge clk) if (rst) pf11_4 <= 1'b0; else pf11_4 <= pf11_3;
  always @(posedge clk) pb11_5 <= pb10_5;
  always @(posedge clk) pa11_5 <= pa11_4;
  always @(posedge clk) if (rst) pv11_5 <= 1'b0; else pv11_5 <= pv11_4;
  always @(posedge clk) if (rst) pf11_5 <= 1'b0; else pf11_5 <= pf11_4;
  always @(posedge clk) pb11_6 <= pb10_6;
  always @(posedge clk) pa11_6 <= pa11_5;
  always @(posedge clk) if (rst) pv11_6 <= 1'b0; else pv11_6 <= pv11_5;
  always @(posedge clk) if (rst) pf11_6 <= 1'b0; else pf11_6 <= pf11_5;
  always @(posedge clk) pb11_7 <= pb10_7;
  always @(posedge clk) pa11_7 <= pa11_6;
  always @(posedge clk) if (rst) pv11_7 <= 1'b0; else pv11_7 <= pv11_6;
  always @(posedge clk) if (rst) pf11_7 <= 1'b0; else pf11_7 <= pf11_6;
  always @(posedge clk) pb11_8 <= pb10_8;
  always @(posedge clk) pa11_8 <= pa11_7;
  always @(posedge clk) if (rst) pv11_8 <= 1'b0; else pv11_8 <= pv11_7;
  always @(posedge clk) if (rst) pf11_8 <= 1'b0; else pf11_8 <= pf11_7;
  always @(posedge clk) pb11_9 <= pb10_9;
  always @(posedge clk) pa11_9 <= pa11_8;
  always @(posedge clk) if (rst) pv11_9 <= 1'b0; else pv11_9 <= pv11_8;
  always @(posedge clk) if (rst) pf11_9 <= 1'b0; else pf11_9 <= pf11_8;
  always @(posedge clk) pb11_10 <= pb10_10;
  always @(posedge clk) pa11_10 <= pa11_9;
  always @(posedge clk) if (rst) pv11_10 <= 1'b0; else pv11_10 <= pv11_9;
  always @(posedge clk) if (rst) pf11_10 <= 1'b0; else pf11_10 <= pf11_9;
  always @(posedge clk) pb11_11 <= pb10_11;
  always @(posedge clk) pa11_11 <= pa11_10;
  always @(posedge clk) if (rst) pv11_11 <= 1'b0; else pv11_11 <= pv11_10;
  always @(posedge clk) if (rst) pf11_11 <= 1'b0; else pf11_11 <= pf11_10;
  always @(posedge clk) pb11_12 <= pb10_12;
  always @(posedge clk) pa11_12 <= pa11_11;
  always @(posedge clk) if (rst) pv11_12 <= 1'b0; else pv11_12 <= pv11_11;
  always @(posedge clk) if (rst) pf11_12 <= 1'b0; else pf11_12 <= pf11_11;
  always @(posedge clk) pb11_13 <= pb10_13;
  always @(posedge clk) pa11_13 <= pa11_12;
  always @(posedge clk) if (rst) pv11_13 <= 1'b0; else pv11_13 <= pv11_12;
  always @(posedge clk) if (rst) pf11_13 <= 1'b0; else pf11_13 <= pf11_12;
  always @(posedge clk) pb11_14 <= pb10_14;
  always @(posedge clk) pa11_14 <= pa11_13;
  always @(posedge clk) if (rst) pv11_14 <= 1'b0; else pv11_14 <= pv11_13;
  always @(posedge clk) if (rst) pf11_14 <= 1'b0; else pf11_14 <= pf11_13;
  always @(posedge clk) pb11_15 <= pb10_15;
  always @(posedge clk) pb12_0 <= pb11_0;
  always @(posedge clk) pa12_0 <= sk_a12_11;
  always @(posedge clk) if (rst) pv12_0 <= 1'b0; else pv12_0 <= sk_v12_11;
  always @(posedge clk) if (rst) pf12_0 <= 1'b0; else pf12_0 <= sk_f12_11;
  always @(posedge clk) pb12_1 <= pb11_1;
  always @(posedge clk) pa12_1 <= pa12_0;
  always @(posedge clk) if (rst) pv12_1 <= 1'b0; else pv12_1 <= pv12_0;
  always @(posedge clk) if (rst) pf12_1 <= 1'b0; else pf12_1 <= pf12_0;
  always @(posedge clk) pb12_2 <= pb11_2;
  always @(posedge clk) pa12_2 <= pa12_1;
  always @(posedge clk) if (rst) pv12_2 <= 1'b0; else pv12_2 <= pv12_1;
  always @(posedge clk) if (rst) pf12_2 <= 1'b0; else pf12_2 <= pf12_1;
  always @(posedge clk) pb12_3 <= pb11_3;
  always @(posedge clk) pa12_3 <= pa12_2;
  always @(posedge clk) if (rst) pv12_3 <= 1'b0; else pv12_3 <= pv12_2;
  always @(posedge clk) if (rst) pf12_3 <= 1'b0; else pf12_3 <= pf12_2;
  always @(posedge clk) pb12_4 <= pb11_4;
  always @(posedge clk) pa12_4 <= pa12_3;
  always @(posedge clk) if (rst) pv12_4 <= 1'b0; else pv12_4 <= pv12_3;
  always @(posedge clk) if (rst) pf12_4 <= 1'b0; else pf12_4 <= pf12_3;
  always @(posedge clk) pb12_5 <= pb11_5;
  always @(posedge clk) pa12_5 <= pa12_4;
  always @(posedge clk) if (rst) pv12_5 <= 1'b0; else pv12_5 <= pv12_4;
  always @(posedge clk) if (rst) pf12_5 <= 1'b0; else pf12_5 <= pf12_4;
  always @(posedge clk) pb12_6 <= pb11_6;
  always @(posedge clk) pa12_6 <= pa12_5;
  always @(posedge clk) if (rst) pv12_6 <= 1'b0; else pv12_6 <= pv12_5;
  always @(posedge clk) if (rst) pf12_6 <= 1'b0; else pf12_6 <= pf12_5;
  always @(posedge clk) pb12_7 <= pb11_7;
  always @(posedge clk) pa12_7 <= pa12_6;
  always @(posedge clk) if (rst) pv12_7 <= 1'b0; else pv12_7 <= pv12_6;
  always @(posedge clk) if (rst) pf12_7 <= 1'b0; else pf12_7 <= pf12_6;
  always @(posedge clk) pb12_8 <= pb11_8;
  always @(posedge clk) pa12_8 <= pa12_7;
  always @(posedge clk) if (rst) pv12_8 <= 1'b0; else pv12_8 <= pv12_7;
  always @(posedge clk) if (rst) pf12_8 <= 1'b0; else pf12_8 <= pf12_7;
  always @(posedge clk) pb12_9 <= pb11_9;
  always @(posedge clk) pa12_9 <= pa12_8;
  always @(posedge clk) if (rst) pv12_9 <= 1'b0; else pv12_9 <= pv12_8;
  always @(posedge clk) if (rst) pf12_9 <= 1'b0; else pf12_9 <= pf12_8;
  always @(posedge clk) pb12_10 <= pb11_10;
  always @(posedge clk) pa12_10 <= pa12_9;
  always @(posedge clk) if (rst) pv12_10 <= 1'b0; else pv12_10 <= pv12_9;
  always @(posedge clk) if (rst) pf12_10 <= 1'b0; else pf12_10 <= pf12_9;
  always @(posedge clk) pb12_11 <= pb11_11;
  always @(posedge clk) pa12_11 <= pa12_10;
  always @(posedge clk) if (rst) pv12_11 <= 1'b0; else pv12_11 <= pv12_10;
  always @(posedge clk) if (rst) pf12_11 <= 1'b0; else pf12_11 <= pf12_10;
  always @(posedge clk) pb12_12 <= pb11_12;
  always @(posedge clk) pa12_12 <= pa12_11;
  always @(posedge clk) if (rst) pv12_12 <= 1'b0; else pv12_12 <= pv12_11;
  always @(posedge clk) if (rst) pf12_12 <= 1'b0; else pf12_12 <= pf12_11;
  always @(posedge clk) pb12_13 <= pb11_13;
  always @(posedge clk) pa12_13 <= pa12_12;
  always @(posedge clk) if (rst) pv12_13 <= 1'b0; else pv12_13 <= pv12_12;
  always @(posedge clk) if (rst) pf12_13 <= 1'b0; else pf12_13 <= pf12_12;
  always @(posedge clk) pb12_14 <= pb11_14;
  always @(posedge clk) pa12_14 <= pa12_13;
  always @(posedge clk) if (rst) pv12_14 <= 1'b0; else pv12_14 <= pv12_13;
  always @(posedge clk) if (rst) pf12_14 <= 1'b0; else pf12_14 <= pf12_13;
  always @(posedge clk) pb12_15 <= pb11_15;
  always @(posedge clk) pb13_0 <= pb12_0;
  always @(posedge clk) pa13_0 <= sk_a13_12;
  always @(posedge clk) if (rst) pv13_0 <= 1'b0; else pv13_0 <= sk_v13_12;
  always @(posedge clk) if (rst) pf13_0 <= 1'b0; else pf13_0 <= sk_f13_12;
  always @(posedge clk) pb13_1 <= pb12_1;
  always @(posedge clk) pa13_1 <= pa13_0;
  always @(posedge clk) if (rst) pv13_1 <= 1'b0; else pv13_1 <= pv13_0;
  always @(posedge clk) if (rst) pf13_1 <= 1'b0; else pf13_1 <= pf13_0;
  always @(posedge clk) pb13_2 <= pb12_2;
  always @(posedge clk) pa13_2 <= pa13_1;
  always @(posedge clk) if (rst) pv13_2 <= 1'b0; else pv13_2 <= pv13_1;
  always @(posedge clk) if (rst) pf13_2 <= 1'b0; else pf13_2 <= pf13_1;
  always @(posedge clk) pb13_3 <= pb12_3;
  always @(posedge clk) pa13_3 <= pa13_2;
  always @(posedge clk) if (rst) pv13_3 <= 1'b0; else pv13_3 <= pv13_2;
  always @(posedge clk) if (rst) pf13_3 <= 1'b0; else pf13_3 <= pf13_2;
  always @(posedge clk) pb13_4 <= pb12_4;
  always @(posedge clk) pa13_4 <= pa13_3;
  always @(posedge clk) if (rst) pv13_4 <= 1'b0; else pv13_4 <= pv13_3;
  always @(posedge clk) if (rst) pf13_4 <= 1'b0; else pf13_4 <= pf13_3;
  always @(posedge clk) pb13_5 <= pb12_5;
  always @(posedge clk) pa13_5 <= pa13_4;
  always @(posedge clk) if (rst) pv13_5 <= 1'b0; else pv13_5 <= pv13_4;
  always @(posedge clk) if (rst) pf13_5 <= 1'b0; else pf13_5 <= pf13_4;
  always @(posedge clk) pb13_6 <= pb12_6;
  always @(posedge clk) pa13_6 <= pa13_5;
  always @(posedge clk) if (rst) pv13_6 <= 1'b0; else pv13_6 <= pv13_5;
  always @(posedge clk) if (rst) pf13_6 <= 1'b0; else pf13_6 <= pf13_5;
  always @(posedge clk) pb13_7 <= pb12_7;
  always @(posedge clk) pa13_7 <= pa13_6;
  always @(posedge clk) if (rst) pv13_7 <= 1'b0; else pv13_7 <= pv13_6;
  always @(posedge clk) if (rst) pf13_7 <= 1'b0; else pf13_7 <= pf13_6;
  always @(posedge clk) pb13_8 <= pb12_8;
  always @(posedge clk) pa13_8 <= pa13_7;
  always @(posedge clk) if (rst) pv13_8 <= 1'b0; else pv13_8 <= pv13_7;
  always @(posedge clk) if (rst) pf13_8 <= 1'b0; else pf13_8 <= pf13_7;
  always @(posedge clk) pb13_9 <= pb12_9;
  always @(posedge clk) pa13_9 <= pa13_8;
  always @(posedge clk) if (rst) pv13_9 <= 1'b0; else pv13_9 <= pv13_8;
  always @(posedge clk) if (rst) pf13_9 <= 1'b0; else pf13_9 <= pf13_8;
  always @(posedge clk) pb13_10 <= pb12_10;
  always @(posedge clk) pa13_10 <= pa13_9;
  always @(posedge clk) if (rst) pv13_10 <= 1'b0; else pv13_10 <= pv13_9;
  always @(posedge clk) if (rst) pf13_10 <= 1'b0; else pf13_10 <= pf13_9;
  always @(posedge clk) pb13_11 <= pb12_11;
  always @(posedge clk) pa13_11 <= pa13_10;
  always @(posedge clk) if (rst) pv13_11 <= 1'b0; else pv13_11 <= pv13_10;
  always @(posedge clk) if (rst) pf13_11 <= 1'b0; else pf13_11 <= pf13_10;
  always @(posedge clk) pb13_12 <= pb12_12;
  always @(posedge clk) pa13_12 <= pa13_11;
  always @(posedge clk) if (rst) pv13_12 <= 1'b0; else pv13_12 <= pv13_11;
  always @(posedge clk) if (rst) pf13_12 <= 1'b0; else pf13_12 <= pf13_11;
  always @(posedge clk) pb13_13 <= pb12_13;
  always @(posedge clk) pa13_13 <= pa13_12;
  always @(posedge clk) if (rst) pv13_13 <= 1'b0; else pv13_13 <= pv13_12;
  always @(posedge clk) if (rst) pf13_13 <= 1'b0; else pf13_13 <= pf13_12;
  always @(posedge clk) pb13_14 <= pb12_14;
  always @(posedge clk) pa13_14 <= pa13_13;
  always @(posedge clk) if (rst) pv13_14 <= 1'b0; else pv13_14 <= pv13_13;
  always @(posedge clk) if (rst) pf13_14 <= 1'b0; else pf13_14 <= pf13_13;
  always @(posedge clk) pb13_15 <= pb12_15;
  always @(posedge clk) pb14_0 <= pb13_0;
  always @(posedge clk) pa14_0 <= sk_a14_13;
  always @(posedge clk) if (rst) pv14_0 <= 1'b0; else pv14_0 <= sk_v14_13;
  always @(posedge clk) if (rst) pf14_0 <= 1'b0; else pf14_0 <= sk_f14_13;
  always @(posedge clk) pb14_1 <= pb13_1;
  always @(posedge clk) pa14_1 <= pa14_0;
  always @(posedge clk) if (rst) pv14_1 <= 1'b0; else pv14_1 <= pv14_0;
  always @(posedge clk) if (rst) pf14_1 <= 1'b0; else pf14_1 <= pf14_0;
  always @(posedge clk) pb14_2 <= pb13_2;
  always @(posedge clk) pa14_2 <= pa14_1;
  always @(posedge clk) if (rst) pv14_2 <= 1'b0; else pv14_2 <= pv14_1;
  always @(posedge clk) if (rst) pf14_2 <= 1'b0; else pf14_2 <= pf14_1;
  always @(posedge clk) pb14_3 <= pb13_3;
  always @(posedge clk) pa14_3 <= pa14_2;
  always @(posedge clk) if (rst) pv14_3 <= 1'b0; else pv14_3 <= pv14_2;
  always @(posedge clk) if (rst) pf14_3 <= 1'b0; else pf14_3 <= pf14_2;
  always @(posedge clk) pb14_4 <= pb13_4;
  always @(posedge clk) pa14_4 <= pa14_3;
  always @(posedge clk) if (rst) pv14_4 <= 1'b0; else pv14_4 <= pv14_3;
  always @(posedge clk) if (rst) pf14_4 <= 1'b0; else pf14_4 <= pf14_3;
  always @(posedge clk) pb14_5 <= pb13_5;
  always @(posedge clk) pa14_5 <= pa14_4;
  always @(posedge clk) if (rst) pv14_5 <= 1'b0; else pv14_5 <= pv14_4;
  always @(posedge clk) if (rst) pf14_5 <= 1'b0; else pf14_5 <= pf14_4;
  always @(posedge clk) pb14_6 <= pb13_6;
  always @(posedge clk) pa14_6 <= pa14_5;
  always @(posedge clk) if (rst) pv14_6 <= 1'b0; else pv14_6 <= pv14_5;
  always @(posedge clk) if (rst) pf14_6 <= 1'b0; else pf14_6 <= pf14_5;
  always @(posedge clk) pb14_7 <= pb13_7;
  always @(posedge clk) pa14_7 <= pa14_6;
  always @(posedge clk) if (rst) pv14_7 <= 1'b0; else pv14_7 <= pv14_6;
  always @(posedge clk) if (rst) pf14_7 <= 1'b0; else pf14_7 <= pf14_6;
  always @(posedge clk) pb14_8 <= pb13_8;
  always @(posedge clk) pa14_8 <= pa14_7;
  always @(posedge clk) if (rst) pv14_8 <= 1'b0; else pv14_8 <= pv14_7;
  always @(posedge clk) if (rst) pf14_8 <= 1'b0; else pf14_8 <= pf14_7;
  always @(posedge clk) pb14_9 <= pb13_9;
  always @(posedge clk) pa14_9 <= pa14_8;
  always @(posedge clk) if (rst) pv14_9 <= 1'b0; else pv14_9 <= pv14_8;
  always @(posedge clk) if (rst) pf14_9 <= 1'b0; else pf14_9 <= pf14_8;
  always @(posedge clk) pb14_10 <= pb13_10;
  always @(posedge clk) pa14_10 <= pa14_9;
  always @(posedge clk) if (rst) pv14_10 <= 1'b0; else pv14_10 <= pv14_9;
  always @(posedge clk) if (rst) pf14_10 <= 1'b0; else pf14_10 <= pf14_9;
  always @(posedge clk) pb14_11 <= pb13_11;
  always @(posedge clk) pa14_11 <= pa14_10;
  always @(posedge clk) if (rst) pv14_11 <= 1'b0; else pv14_11 <= pv14_10;
  always @(posedge clk) if (rst) pf14_11 <= 1'b0; else pf14_11 <= pf14_10;
  always @(posedge clk) pb14_12 <= pb13_12;
  always @(posedge clk) pa14_12 <= pa14_11;
  always @(posedge clk) if (rst) pv14_12 <= 1'b0; else pv14_12 <= pv14_11;
  always @(posedge clk) if (rst) pf14_12 <= 1'b0; else pf14_12 <= pf14_11;
  always @(posedge clk) pb14_13 <= pb13_13;
  always @(posedge clk) pa14_13 <= pa14_12;
  always @(posedge clk) if (rst) pv14_13 <= 1'b0; else pv14_13 <= pv14_12;
  always @(posedge clk) if (rst) pf14_13 <= 1'b0; else pf14_13 <= pf14_12;
  always @(posedge clk) pb14_14 <= pb13_14;
  always @(posedge clk) pa14_14 <= pa14_13;
  always @(posedge clk) if (rst) pv14_14 <= 1'b0; else pv14_14 <= pv14_13;
  always @(posedge clk) if (rst) pf14_14 <= 1'b0; else pf14_14 <= pf14_13;
  always @(posedge clk) pb14_15 <= pb13_15;
  always @(posedge clk) pa15_0 <= sk_a15_14;
  always @(posedge clk) if (rst) pv15_0 <= 1'b0; else pv15_0 <= sk_v15_14;
  always @(posedge clk) if (rst) pf15_0 <= 1'b0; else pf15_0 <= sk_f15_14;
  always @(posedge clk) pa15_1 <= pa15_0;
  always @(posedge clk) if (rst) pv15_1 <= 1'b0; else pv15_1 <= pv15_0;
  always @(posedge clk) if (rst) pf15_1 <= 1'b0; else pf15_1 <= pf15_0;
  always @(posedge clk) pa15_2 <= pa15_1;
  always @(posedge clk) if (rst) pv15_2 <= 1'b0; else pv15_2 <= pv15_1;
  always @(posedge clk) if (rst) pf15_2 <= 1'b0; else pf15_2 <= pf15_1;
  always @(posedge clk) pa15_3 <= pa15_2;
  always @(posedge clk) if (rst) pv15_3 <= 1'b0; else pv15_3 <= pv15_2;
  always @(posedge clk) if (rst) pf15_3 <= 1'b0; else pf15_3 <= pf15_2;
  always @(posedge clk) pa15_4 <= pa15_3;
  always @(posedge clk) if (rst) pv15_4 <= 1'b0; else pv15_4 <= pv15_3;
  always @(posedge clk) if (rst) pf15_4 <= 1'b0; else pf15_4 <= pf15_3;
  always @(posedge clk) pa15_5 <= pa15_4;
  always @(posedge clk) if (rst) pv15_5 <= 1'b0; else pv15_5 <= pv15_4;
  always @(posedge clk) if (rst) pf15_5 <= 1'b0; else pf15_5 <= pf15_4;
  always @(posedge clk) pa15_6 <= pa15_5;
  always @(posedge clk) if (rst) pv15_6 <= 1'b0; else pv15_6 <= pv15_5;
  always @(posedge clk) if (rst) pf15_6 <= 1'b0; else pf15_6 <= pf15_5;
  always @(posedge clk) pa15_7 <= pa15_6;
  always @(posedge clk) if (rst) pv15_7 <= 1'b0; else pv15_7 <= pv15_6;
  always @(posedge clk) if (rst) pf15_7 <= 1'b0; else pf15_7 <= pf15_6;
  always @(posedge clk) pa15_8 <= pa15_7;
  always @(posedge clk) if (rst) pv15_8 <= 1'b0; else pv15_8 <= pv15_7;
  always @(posedge clk) if (rst) pf15_8 <= 1'b0; else pf15_8 <= pf15_7;
  always @(posedge clk) pa15_9 <= pa15_8;
  always @(posedge clk) if (rst) pv15_9 <= 1'b0; else pv15_9 <= pv15_8;
  always @(posedge clk) if (rst) pf15_9 <= 1'b0; else pf15_9 <= pf15_8;
  always @(posedge clk) pa15_10 <= pa15_9;
  always @(posedge clk) if (rst) pv15_10 <= 1'b0; else pv15_10 <= pv15_9;
  always @(posedge clk) if (rst) pf15_10 <= 1'b0; else pf15_10 <= pf15_9;
  always @(posedge clk) pa15_11 <= pa15_10;
  always @(posedge clk) if (rst) pv15_11 <= 1'b0; else pv15_11 <= pv15_10;
  always @(posedge clk) if (rst) pf15_11 <= 1'b0; else pf15_11 <= pf15_10;
  always @(posedge clk) pa15_12 <= pa15_11;
  always @(posedge clk) if (rst) pv15_12 <= 1'b0; else pv15_12 <= pv15_11;
  always @(posedge clk) if (rst) pf15_12 <= 1'b0; else pf15_12 <= pf15_11;
  always @(posedge clk) pa15_13 <= pa15_12;
  always @(posedge clk) if (rst) pv15_13 <= 1'b0; else pv15_13 <= pv15_12;
  always @(posedge clk) if (rst) pf15_13 <= 1'b0; else pf15_13 <= pf15_12;
  always @(posedge clk) pa15_14 <= pa15_13;
  always @(posedge clk) if (rst) pv15_14 <= 1'b0; else pv15_14 <= pv15_13;
  always @(posedge clk) if (rst) pf15_14 <= 1'b0; else pf15_14 <= pf15_13;
endmodule
