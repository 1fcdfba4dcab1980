// cube_mac_8x8x8_opt1_shared: cube of MAC PEs 8x8x8 array top
// Source design: cube_mac_8x8x8_opt1_shared (examples/cube_mac_8x8x8_opt1_shared.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// cube-mac array, 8 x 8 x 8; drain: shared resolve stage, 8 lane(s), 8 step(s).
// Protocol: pulse start with cfg_k = k steps of the tile; the array requests step a_idx/b_idx
// (operands are expected in the same cycle); out_vld marks results (latency 11 after the last step).
module cube_mac_8x8x8_opt1_shared (
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
  output wire [7:0] out_vld,
  output wire [255:0] out_data
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
  reg run;
  reg [31:0] kcnt;
  reg [31:0] krem;
  reg k_first;
  reg k_last;
  reg [7:0] sk_a0_1_0;
  reg [7:0] sk_a0_2_0;
  reg [7:0] sk_a0_2_1;
  reg [7:0] sk_a0_3_0;
  reg [7:0] sk_a0_3_1;
  reg [7:0] sk_a0_3_2;
  reg [7:0] sk_a0_4_0;
  reg [7:0] sk_a0_4_1;
  reg [7:0] sk_a0_4_2;
  reg [7:0] sk_a0_4_3;
  reg [7:0] sk_a0_5_0;
  reg [7:0] sk_a0_5_1;
  reg [7:0] sk_a0_5_2;
  reg [7:0] sk_a0_5_3;
  reg [7:0] sk_a0_5_4;
  reg [7:0] sk_a0_6_0;
  reg [7:0] sk_a0_6_1;
  reg [7:0] sk_a0_6_2;
  reg [7:0] sk_a0_6_3;
  reg [7:0] sk_a0_6_4;
  reg [7:0] sk_a0_6_5;
  reg [7:0] sk_a0_7_0;
  reg [7:0] sk_a0_7_1;
  reg [7:0] sk_a0_7_2;
  reg [7:0] sk_a0_7_3;
  reg [7:0] sk_a0_7_4;
  reg [7:0] sk_a0_7_5;
  reg [7:0] sk_a0_7_6;
  reg [7:0] sk_a1_1_0;
  reg [7:0] sk_a1_2_0;
  reg [7:0] sk_a1_2_1;
  reg [7:0] sk_a1_3_0;
  reg [7:0] sk_a1_3_1;
  reg [7:0] sk_a1_3_2;
  reg [7:0] sk_a1_4_0;
  reg [7:0] sk_a1_4_1;
  reg [7:0] sk_a1_4_2;
  reg [7:0] sk_a1_4_3;
  reg [7:0] sk_a1_5_0;
  reg [7:0] sk_a1_5_1;
  reg [7:0] sk_a1_5_2;
  reg [7:0] sk_a1_5_3;
  reg [7:0] sk_a1_5_4;
  reg [7:0] sk_a1_6_0;
  reg [7:0] sk_a1_6_1;
  reg [7:0] sk_a1_6_2;
  reg [7:0] sk_a1_6_3;
  reg [7:0] sk_a1_6_4;
  reg [7:0] sk_a1_6_5;
  reg [7:0] sk_a1_7_0;
  reg [7:0] sk_a1_7_1;
  reg [7:0] sk_a1_7_2;
  reg [7:0] sk_a1_7_3;
  reg [7:0] sk_a1_7_4;
  reg [7:0] sk_a1_7_5;
  reg [7:0] sk_a1_7_6;
  reg [7:0] sk_a2_1_0;
  reg [7:0] sk_a2_2_0;
  reg [7:0] sk_a2_2_1;
  reg [7:0] sk_a2_3_0;
  reg [7:0] sk_a2_3_1;
  reg [7:0] sk_a2_3_2;
  reg [7:0] sk_a2_4_0;
  reg [7:0] sk_a2_4_1;
  reg [7:0] sk_a2_4_2;
  reg [7:0] sk_a2_4_3;
  reg [7:0] sk_a2_5_0;
  reg [7:0] sk_a2_5_1;
  reg [7:0] sk_a2_5_2;
  reg [7:0] sk_a2_5_3;
  reg [7:0] sk_a2_5_4;
  reg [7:0] sk_a2_6_0;
  reg [7:0] sk_a2_6_1;
  reg [7:0] sk_a2_6_2;
  reg [7:0] sk_a2_6_3;
  reg [7:0] sk_a2_6_4;
  reg [7:0] sk_a2_6_5;
  reg [7:0] sk_a2_7_0;
  reg [7:0] sk_a2_7_1;
  reg [7:0] sk_a2_7_2;
  reg [7:0] sk_a2_7_3;
  reg [7:0] sk_a2_7_4;
  reg [7:0] sk_a2_7_5;
  reg [7:0] sk_a2_7_6;
  reg [7:0] sk_a3_1_0;
  reg [7:0] sk_a3_2_0;
  reg [7:0] sk_a3_2_1;
  reg [7:0] sk_a3_3_0;
  reg [7:0] sk_a3_3_1;
  reg [7:0] sk_a3_3_2;
  reg [7:0] sk_a3_4_0;
  reg [7:0] sk_a3_4_1;
  reg [7:0] sk_a3_4_2;
  reg [7:0] sk_a3_4_3;
  reg [7:0] sk_a3_5_0;
  reg [7:0] sk_a3_5_1;
  reg [7:0] sk_a3_5_2;
  reg [7:0] sk_a3_5_3;
  reg [7:0] sk_a3_5_4;
  reg [7:0] sk_a3_6_0;
  reg [7:0] sk_a3_6_1;
  reg [7:0] sk_a3_6_2;
  reg [7:0] sk_a3_6_3;
  reg [7:0] sk_a3_6_4;
  reg [7:0] sk_a3_6_5;
  reg [7:0] sk_a3_7_0;
  reg [7:0] sk_a3_7_1;
  reg [7:0] sk_a3_7_2;
  reg [7:0] sk_a3_7_3;
  reg [7:0] sk_a3_7_4;
  reg [7:0] sk_a3_7_5;
  reg [7:0] sk_a3_7_6;
  reg [7:0] sk_a4_1_0;
  reg [7:0] sk_a4_2_0;
  reg [7:0] sk_a4_2_1;
  reg [7:0] sk_a4_3_0;
  reg [7:0] sk_a4_3_1;
  reg [7:0] sk_a4_3_2;
  reg [7:0] sk_a4_4_0;
  reg [7:0] sk_a4_4_1;
  reg [7:0] sk_a4_4_2;
  reg [7:0] sk_a4_4_3;
  reg [7:0] sk_a4_5_0;
  reg [7:0] sk_a4_5_1;
  reg [7:0] sk_a4_5_2;
  reg [7:0] sk_a4_5_3;
  reg [7:0] sk_a4_5_4;
  reg [7:0] sk_a4_6_0;
  reg [7:0] sk_a4_6_1;
  reg [7:0] sk_a4_6_2;
  reg [7:0] sk_a4_6_3;
  reg [7:0] sk_a4_6_4;
  reg [7:0] sk_a4_6_5;
  reg [7:0] sk_a4_7_0;
  reg [7:0] sk_a4_7_1;
  reg [7:0] sk_a4_7_2;
  reg [7:0] sk_a4_7_3;
  reg [7:0] sk_a4_7_4;
  reg [7:0] sk_a4_7_5;
  reg [7:0] sk_a4_7_6;
  reg [7:0] sk_a5_1_0;
  reg [7:0] sk_a5_2_0;
  reg [7:0] sk_a5_2_1;
  reg [7:0] sk_a5_3_0;
  reg [7:0] sk_a5_3_1;
  reg [7:0] sk_a5_3_2;
  reg [7:0] sk_a5_4_0;
  reg [7:0] sk_a5_4_1;
  reg [7:0] sk_a5_4_2;
  reg [7:0] sk_a5_4_3;
  reg [7:0] sk_a5_5_0;
  reg [7:0] sk_a5_5_1;
  reg [7:0] sk_a5_5_2;
  reg [7:0] sk_a5_5_3;
  reg [7:0] sk_a5_5_4;
  reg [7:0] sk_a5_6_0;
  reg [7:0] sk_a5_6_1;
  reg [7:0] sk_a5_6_2;
  reg [7:0] sk_a5_6_3;
  reg [7:0] sk_a5_6_4;
  reg [7:0] sk_a5_6_5;
  reg [7:0] sk_a5_7_0;
  reg [7:0] sk_a5_7_1;
  reg [7:0] sk_a5_7_2;
  reg [7:0] sk_a5_7_3;
  reg [7:0] sk_a5_7_4;
  reg [7:0] sk_a5_7_5;
  reg [7:0] sk_a5_7_6;
  reg [7:0] sk_a6_1_0;
  reg [7:0] sk_a6_2_0;
  reg [7:0] sk_a6_2_1;
  reg [7:0] sk_a6_3_0;
  reg [7:0] sk_a6_3_1;
  reg [7:0] sk_a6_3_2;
  reg [7:0] sk_a6_4_0;
  reg [7:0] sk_a6_4_1;
  reg [7:0] sk_a6_4_2;
  reg [7:0] sk_a6_4_3;
  reg [7:0] sk_a6_5_0;
  reg [7:0] sk_a6_5_1;
  reg [7:0] sk_a6_5_2;
  reg [7:0] sk_a6_5_3;
  reg [7:0] sk_a6_5_4;
  reg [7:0] sk_a6_6_0;
  reg [7:0] sk_a6_6_1;
  reg [7:0] sk_a6_6_2;
  reg [7:0] sk_a6_6_3;
  reg [7:0] sk_a6_6_4;
  reg [7:0] sk_a6_6_5;
  reg [7:0] sk_a6_7_0;
  reg [7:0] sk_a6_7_1;
  reg [7:0] sk_a6_7_2;
  reg [7:0] sk_a6_7_3;
  reg [7:0] sk_a6_7_4;
  reg [7:0] sk_a6_7_5;
  reg [7:0] sk_a6_7_6;
  reg [7:0] sk_a7_1_0;
  reg [7:0] sk_a7_2_0;
  reg [7:0] sk_a7_2_1;
  reg [7:0] sk_a7_3_0;
  reg [7:0] sk_a7_3_1;
  reg [7:0] sk_a7_3_2;
  reg [7:0] sk_a7_4_0;
  reg [7:0] sk_a7_4_1;
  reg [7:0] sk_a7_4_2;
  reg [7:0] sk_a7_4_3;
  reg [7:0] sk_a7_5_0;
  reg [7:0] sk_a7_5_1;
  reg [7:0] sk_a7_5_2;
  reg [7:0] sk_a7_5_3;
  reg [7:0] sk_a7_5_4;
  reg [7:0] sk_a7_6_0;
  reg [7:0] sk_a7_6_1;
  reg [7:0] sk_a7_6_2;
  reg [7:0] sk_a7_6_3;
  reg [7:0] sk_a7_6_4;
  reg [7:0] sk_a7_6_5;
  reg [7:0] sk_a7_7_0;
  reg [7:0] sk_a7_7_1;
  reg [7:0] sk_a7_7_2;
  reg [7:0] sk_a7_7_3;
  reg [7:0] sk_a7_7_4;
  reg [7:0] sk_a7_7_5;
  reg [7:0] sk_a7_7_6;
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
  assign f_vld = run;
  assign f_first = run & k_first;
  assign f_last = run & k_last;
  assign a_rd = run;
  assign a_idx = kcnt;
  assign b_rd = run;
  assign b_idx = kcnt;
  cube_mac_8x8x8_opt1_shared_chain ch0_0 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, a_in[7:0]}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s0_0),
    .acc_c_out(c0_0)
  );
  cube_mac_8x8x8_opt1_shared_chain ch0_1 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, a_in[7:0]}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s0_1),
    .acc_c_out(c0_1)
  );
  cube_mac_8x8x8_opt1_shared_chain ch0_2 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, a_in[7:0]}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s0_2),
    .acc_c_out(c0_2)
  );
  cube_mac_8x8x8_opt1_shared_chain ch0_3 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, a_in[7:0]}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s0_3),
    .acc_c_out(c0_3)
  );
  cube_mac_8x8x8_opt1_shared_chain ch0_4 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, a_in[7:0]}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s0_4),
    .acc_c_out(c0_4)
  );
  cube_mac_8x8x8_opt1_shared_chain ch0_5 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, a_in[7:0]}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s0_5),
    .acc_c_out(c0_5)
  );
  cube_mac_8x8x8_opt1_shared_chain ch0_6 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, a_in[7:0]}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s0_6),
    .acc_c_out(c0_6)
  );
  cube_mac_8x8x8_opt1_shared_chain ch0_7 (
    .clk(clk),
    .a({sk_a0_7_6, sk_a0_6_5, sk_a0_5_4, sk_a0_4_3, sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, a_in[7:0]}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s0_7),
    .acc_c_out(c0_7)
  );
  cube_mac_8x8x8_opt1_shared_chain ch1_0 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, a_in[71:64]}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s1_0),
    .acc_c_out(c1_0)
  );
  cube_mac_8x8x8_opt1_shared_chain ch1_1 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, a_in[71:64]}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s1_1),
    .acc_c_out(c1_1)
  );
  cube_mac_8x8x8_opt1_shared_chain ch1_2 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, a_in[71:64]}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s1_2),
    .acc_c_out(c1_2)
  );
  cube_mac_8x8x8_opt1_shared_chain ch1_3 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, a_in[71:64]}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s1_3),
    .acc_c_out(c1_3)
  );
  cube_mac_8x8x8_opt1_shared_chain ch1_4 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, a_in[71:64]}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s1_4),
    .acc_c_out(c1_4)
  );
  cube_mac_8x8x8_opt1_shared_chain ch1_5 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, a_in[71:64]}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s1_5),
    .acc_c_out(c1_5)
  );
  cube_mac_8x8x8_opt1_shared_chain ch1_6 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, a_in[71:64]}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s1_6),
    .acc_c_out(c1_6)
  );
  cube_mac_8x8x8_opt1_shared_chain ch1_7 (
    .clk(clk),
    .a({sk_a1_7_6, sk_a1_6_5, sk_a1_5_4, sk_a1_4_3, sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, a_in[71:64]}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s1_7),
    .acc_c_out(c1_7)
  );
  cube_mac_8x8x8_opt1_shared_chain ch2_0 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, a_in[135:128]}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s2_0),
    .acc_c_out(c2_0)
  );
  cube_mac_8x8x8_opt1_shared_chain ch2_1 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, a_in[135:128]}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s2_1),
    .acc_c_out(c2_1)
  );
  cube_mac_8x8x8_opt1_shared_chain ch2_2 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, a_in[135:128]}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s2_2),
    .acc_c_out(c2_2)
  );
  cube_mac_8x8x8_opt1_shared_chain ch2_3 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, a_in[135:128]}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s2_3),
    .acc_c_out(c2_3)
  );
  cube_mac_8x8x8_opt1_shared_chain ch2_4 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, a_in[135:128]}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s2_4),
    .acc_c_out(c2_4)
  );
  cube_mac_8x8x8_opt1_shared_chain ch2_5 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, a_in[135:128]}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s2_5),
    .acc_c_out(c2_5)
  );
  cube_mac_8x8x8_opt1_shared_chain ch2_6 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, a_in[135:128]}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s2_6),
    .acc_c_out(c2_6)
  );
  cube_mac_8x8x8_opt1_shared_chain ch2_7 (
    .clk(clk),
    .a({sk_a2_7_6, sk_a2_6_5, sk_a2_5_4, sk_a2_4_3, sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, a_in[135:128]}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s2_7),
    .acc_c_out(c2_7)
  );
  cube_mac_8x8x8_opt1_shared_chain ch3_0 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, a_in[199:192]}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s3_0),
    .acc_c_out(c3_0)
  );
  cube_mac_8x8x8_opt1_shared_chain ch3_1 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, a_in[199:192]}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s3_1),
    .acc_c_out(c3_1)
  );
  cube_mac_8x8x8_opt1_shared_chain ch3_2 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, a_in[199:192]}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s3_2),
    .acc_c_out(c3_2)
  );
  cube_mac_8x8x8_opt1_shared_chain ch3_3 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, a_in[199:192]}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s3_3),
    .acc_c_out(c3_3)
  );
  cube_mac_8x8x8_opt1_shared_chain ch3_4 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, a_in[199:192]}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s3_4),
    .acc_c_out(c3_4)
  );
  cube_mac_8x8x8_opt1_shared_chain ch3_5 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, a_in[199:192]}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s3_5),
    .acc_c_out(c3_5)
  );
  cube_mac_8x8x8_opt1_shared_chain ch3_6 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, a_in[199:192]}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s3_6),
    .acc_c_out(c3_6)
  );
  cube_mac_8x8x8_opt1_shared_chain ch3_7 (
    .clk(clk),
    .a({sk_a3_7_6, sk_a3_6_5, sk_a3_5_4, sk_a3_4_3, sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, a_in[199:192]}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s3_7),
    .acc_c_out(c3_7)
  );
  cube_mac_8x8x8_opt1_shared_chain ch4_0 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, a_in[263:256]}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s4_0),
    .acc_c_out(c4_0)
  );
  cube_mac_8x8x8_opt1_shared_chain ch4_1 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, a_in[263:256]}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s4_1),
    .acc_c_out(c4_1)
  );
  cube_mac_8x8x8_opt1_shared_chain ch4_2 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, a_in[263:256]}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s4_2),
    .acc_c_out(c4_2)
  );
  cube_mac_8x8x8_opt1_shared_chain ch4_3 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, a_in[263:256]}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s4_3),
    .acc_c_out(c4_3)
  );
  cube_mac_8x8x8_opt1_shared_chain ch4_4 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, a_in[263:256]}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s4_4),
    .acc_c_out(c4_4)
  );
  cube_mac_8x8x8_opt1_shared_chain ch4_5 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, a_in[263:256]}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s4_5),
    .acc_c_out(c4_5)
  );
  cube_mac_8x8x8_opt1_shared_chain ch4_6 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, a_in[263:256]}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s4_6),
    .acc_c_out(c4_6)
  );
  cube_mac_8x8x8_opt1_shared_chain ch4_7 (
    .clk(clk),
    .a({sk_a4_7_6, sk_a4_6_5, sk_a4_5_4, sk_a4_4_3, sk_a4_3_2, sk_a4_2_1, sk_a4_1_0, a_in[263:256]}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s4_7),
    .acc_c_out(c4_7)
  );
  cube_mac_8x8x8_opt1_shared_chain ch5_0 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, a_in[327:320]}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s5_0),
    .acc_c_out(c5_0)
  );
  cube_mac_8x8x8_opt1_shared_chain ch5_1 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, a_in[327:320]}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s5_1),
    .acc_c_out(c5_1)
  );
  cube_mac_8x8x8_opt1_shared_chain ch5_2 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, a_in[327:320]}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s5_2),
    .acc_c_out(c5_2)
  );
  cube_mac_8x8x8_opt1_shared_chain ch5_3 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, a_in[327:320]}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s5_3),
    .acc_c_out(c5_3)
  );
  cube_mac_8x8x8_opt1_shared_chain ch5_4 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, a_in[327:320]}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s5_4),
    .acc_c_out(c5_4)
  );
  cube_mac_8x8x8_opt1_shared_chain ch5_5 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, a_in[327:320]}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s5_5),
    .acc_c_out(c5_5)
  );
  cube_mac_8x8x8_opt1_shared_chain ch5_6 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, a_in[327:320]}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s5_6),
    .acc_c_out(c5_6)
  );
  cube_mac_8x8x8_opt1_shared_chain ch5_7 (
    .clk(clk),
    .a({sk_a5_7_6, sk_a5_6_5, sk_a5_5_4, sk_a5_4_3, sk_a5_3_2, sk_a5_2_1, sk_a5_1_0, a_in[327:320]}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s5_7),
    .acc_c_out(c5_7)
  );
  cube_mac_8x8x8_opt1_shared_chain ch6_0 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, a_in[391:384]}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s6_0),
    .acc_c_out(c6_0)
  );
  cube_mac_8x8x8_opt1_shared_chain ch6_1 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, a_in[391:384]}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s6_1),
    .acc_c_out(c6_1)
  );
  cube_mac_8x8x8_opt1_shared_chain ch6_2 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, a_in[391:384]}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s6_2),
    .acc_c_out(c6_2)
  );
  cube_mac_8x8x8_opt1_shared_chain ch6_3 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, a_in[391:384]}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s6_3),
    .acc_c_out(c6_3)
  );
  cube_mac_8x8x8_opt1_shared_chain ch6_4 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, a_in[391:384]}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s6_4),
    .acc_c_out(c6_4)
  );
  cube_mac_8x8x8_opt1_shared_chain ch6_5 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, a_in[391:384]}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s6_5),
    .acc_c_out(c6_5)
  );
  cube_mac_8x8x8_opt1_shared_chain ch6_6 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, a_in[391:384]}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s6_6),
    .acc_c_out(c6_6)
  );
  cube_mac_8x8x8_opt1_shared_chain ch6_7 (
    .clk(clk),
    .a({sk_a6_7_6, sk_a6_6_5, sk_a6_5_4, sk_a6_4_3, sk_a6_3_2, sk_a6_2_1, sk_a6_1_0, a_in[391:384]}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s6_7),
    .acc_c_out(c6_7)
  );
  cube_mac_8x8x8_opt1_shared_chain ch7_0 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, a_in[455:448]}),
    .b({sk_b0_7_6, sk_b0_6_5, sk_b0_5_4, sk_b0_4_3, sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s7_0),
    .acc_c_out(c7_0)
  );
  cube_mac_8x8x8_opt1_shared_chain ch7_1 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, a_in[455:448]}),
    .b({sk_b1_7_6, sk_b1_6_5, sk_b1_5_4, sk_b1_4_3, sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[71:64]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s7_1),
    .acc_c_out(c7_1)
  );
  cube_mac_8x8x8_opt1_shared_chain ch7_2 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, a_in[455:448]}),
    .b({sk_b2_7_6, sk_b2_6_5, sk_b2_5_4, sk_b2_4_3, sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[135:128]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s7_2),
    .acc_c_out(c7_2)
  );
  cube_mac_8x8x8_opt1_shared_chain ch7_3 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, a_in[455:448]}),
    .b({sk_b3_7_6, sk_b3_6_5, sk_b3_5_4, sk_b3_4_3, sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[199:192]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s7_3),
    .acc_c_out(c7_3)
  );
  cube_mac_8x8x8_opt1_shared_chain ch7_4 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, a_in[455:448]}),
    .b({sk_b4_7_6, sk_b4_6_5, sk_b4_5_4, sk_b4_4_3, sk_b4_3_2, sk_b4_2_1, sk_b4_1_0, b_in[263:256]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s7_4),
    .acc_c_out(c7_4)
  );
  cube_mac_8x8x8_opt1_shared_chain ch7_5 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, a_in[455:448]}),
    .b({sk_b5_7_6, sk_b5_6_5, sk_b5_5_4, sk_b5_4_3, sk_b5_3_2, sk_b5_2_1, sk_b5_1_0, b_in[327:320]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s7_5),
    .acc_c_out(c7_5)
  );
  cube_mac_8x8x8_opt1_shared_chain ch7_6 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, a_in[455:448]}),
    .b({sk_b6_7_6, sk_b6_6_5, sk_b6_5_4, sk_b6_4_3, sk_b6_3_2, sk_b6_2_1, sk_b6_1_0, b_in[391:384]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s7_6),
    .acc_c_out(c7_6)
  );
  cube_mac_8x8x8_opt1_shared_chain ch7_7 (
    .clk(clk),
    .a({sk_a7_7_6, sk_a7_6_5, sk_a7_5_4, sk_a7_4_3, sk_a7_3_2, sk_a7_2_1, sk_a7_1_0, a_in[455:448]}),
    .b({sk_b7_7_6, sk_b7_6_5, sk_b7_5_4, sk_b7_4_3, sk_b7_3_2, sk_b7_2_1, sk_b7_1_0, b_in[455:448]}),
    .vld(af_af_af_af_af_af_af_af_f_vld_q7),
    .first(af_af_af_af_af_af_af_af_f_first_q7),
    .acc_s_out(s7_7),
    .acc_c_out(c7_7)
  );
  cube_mac_8x8x8_opt1_shared_resolve u_resolve (
    .clk(clk),
    .rst(rst),
    .last(f_last),
    .s_in({s7_7, s7_6, s7_5, s7_4, s7_3, s7_2, s7_1, s7_0, s6_7, s6_6, s6_5, s6_4, s6_3, s6_2, s6_1, s6_0, s5_7, s5_6, s5_5, s5_4, s5_3, s5_2, s5_1, s5_0, s4_7, s4_6, s4_5, s4_4, s4_3, s4_2, s4_1, s4_0, s3_7, s3_6, s3_5, s3_4, s3_3, s3_2, s3_1, s3_0, s2_7, s2_6, s2_5, s2_4, s2_3, s2_2, s2_1, s2_0, s1_7, s1_6, s1_5, s1_4, s1_3, s1_2, s1_1, s1_0, s0_7, s0_6, s0_5, s0_4, s0_3, s0_2, s0_1, s0_0}),
    .c_in({c7_7, c7_6, c7_5, c7_4, c7_3, c7_2, c7_1, c7_0, c6_7, c6_6, c6_5, c6_4, c6_3, c6_2, c6_1, c6_0, c5_7, c5_6, c5_5, c5_4, c5_3, c5_2, c5_1, c5_0, c4_7, c4_6, c4_5, c4_4, c4_3, c4_2, c4_1, c4_0, c3_7, c3_6, c3_5, c3_4, c3_3, c3_2, c3_1, c3_0, c2_7, c2_6, c2_5, c2_4, c2_3, c2_2, c2_1, c2_0, c1_7, c1_6, c1_5, c1_4, c1_3, c1_2, c1_1, c1_0, c0_7, c0_6, c0_5, c0_4, c0_3, c0_2, c0_1, c0_0}),
    .out_vld(out_vld),
    .out_data(out_data)
  );
  always @(posedge clk) if (rst) run <= 1'b0; else run <= start | (run & ~f_last);
  always @(posedge clk) if (rst) kcnt <= 32'd0; else if (start | run) kcnt <= start ? 32'd0 : kcnt + 32'd1;
  always @(posedge clk) if (rst) krem <= 32'd0; else if (start | run) krem <= start ? cfg_k : krem - 32'd1;
  always @(posedge clk) if (rst) k_first <= 1'b0; else if (start | run) k_first <= start;
  always @(posedge clk) if (rst) k_last <= 1'b0; else if (start | run) k_last <= start ? cfg_k == 32'd1 : krem == 32'd2;
  always @(posedge clk) sk_a0_1_0 <= a_in[15:8];
  always @(posedge clk) sk_a0_2_0 <= a_in[23:16];
  always @(posedge clk) sk_a0_2_1 <= sk_a0_2_0;
  always @(posedge clk) sk_a0_3_0 <= a_in[31:24];
  always @(posedge clk) sk_a0_3_1 <= sk_a0_3_0;
  always @(posedge clk) sk_a0_3_2 <= sk_a0_3_1;
  always @(posedge clk) sk_a0_4_0 <= a_in[39:32];
  always @(posedge clk) sk_a0_4_1 <= sk_a0_4_0;
  always @(posedge clk) sk_a0_4_2 <= sk_a0_4_1;
  always @(posedge clk) sk_a0_4_3 <= sk_a0_4_2;
  always @(posedge clk) sk_a0_5_0 <= a_in[47:40];
  always @(posedge clk) sk_a0_5_1 <= sk_a0_5_0;
  always @(posedge clk) sk_a0_5_2 <= sk_a0_5_1;
  always @(posedge clk) sk_a0_5_3 <= sk_a0_5_2;
  always @(posedge clk) sk_a0_5_4 <= sk_a0_5_3;
  always @(posedge clk) sk_a0_6_0 <= a_in[55:48];
  always @(posedge clk) sk_a0_6_1 <= sk_a0_6_0;
  always @(posedge clk) sk_a0_6_2 <= sk_a0_6_1;
  always @(posedge clk) sk_a0_6_3 <= sk_a0_6_2;
  always @(posedge clk) sk_a0_6_4 <= sk_a0_6_3;
  always @(posedge clk) sk_a0_6_5 <= sk_a0_6_4;
  always @(posedge clk) sk_a0_7_0 <= a_in[63:56];
  always @(posedge clk) sk_a0_7_1 <= sk_a0_7_0;
  always @(posedge clk) sk_a0_7_2 <= sk_a0_7_1;
  always @(posedge clk) sk_a0_7_3 <= sk_a0_7_2;
  always @(posedge clk) sk_a0_7_4 <= sk_a0_7_3;
  always @(posedge clk) sk_a0_7_5 <= sk_a0_7_4;
  always @(posedge clk) sk_a0_7_6 <= sk_a0_7_5;
  always @(posedge clk) sk_a1_1_0 <= a_in[79:72];
  always @(posedge clk) sk_a1_2_0 <= a_in[87:80];
  always @(posedge clk) sk_a1_2_1 <= sk_a1_2_0;
  always @(posedge clk) sk_a1_3_0 <= a_in[95:88];
  always @(posedge clk) sk_a1_3_1 <= sk_a1_3_0;
  always @(posedge clk) sk_a1_3_2 <= sk_a1_3_1;
  always @(posedge clk) sk_a1_4_0 <= a_in[103:96];
  always @(posedge clk) sk_a1_4_1 <= sk_a1_4_0;
  always @(posedge clk) sk_a1_4_2 <= sk_a1_4_1;
  always @(posedge clk) sk_a1_4_3 <= sk_a1_4_2;
  always @(posedge clk) sk_a1_5_0 <= a_in[111:104];
  always @(posedge clk) sk_a1_5_1 <= sk_a1_5_0;
  always @(posedge clk) sk_a1_5_2 <= sk_a1_5_1;
  always @(posedge clk) sk_a1_5_3 <= sk_a1_5_2;
  always @(posedge clk) sk_a1_5_4 <= sk_a1_5_3;
  always @(posedge clk) sk_a1_6_0 <= a_in[119:112];
  always @(posedge clk) sk_a1_6_1 <= sk_a1_6_0;
  always @(posedge clk) sk_a1_6_2 <= sk_a1_6_1;
  always @(posedge clk) sk_a1_6_3 <= sk_a1_6_2;
  always @(posedge clk) sk_a1_6_4 <= sk_a1_6_3;
  always @(posedge clk) sk_a1_6_5 <= sk_a1_6_4;
  always @(posedge clk) sk_a1_7_0 <= a_in[127:120];
  always @(posedge clk) sk_a1_7_1 <= sk_a1_7_0;
  always @(posedge clk) sk_a1_7_2 <= sk_a1_7_1;
  always @(posedge clk) sk_a1_7_3 <= sk_a1_7_2;
  always @(posedge clk) sk_a1_7_4 <= sk_a1_7_3;
  always @(posedge clk) sk_a1_7_5 <= sk_a1_7_4;
  always @(posedge clk) sk_a1_7_6 <= sk_a1_7_5;
  always @(posedge clk) sk_a2_1_0 <= a_in[143:136];
  always @(posedge clk) sk_a2_2_0 <= a_in[151:144];
  always @(posedge clk) sk_a2_2_1 <= sk_a2_2_0;
  always @(posedge clk) sk_a2_3_0 <= a_in[159:152];
  always @(posedge clk) sk_a2_3_1 <= sk_a2_3_0;
  always @(posedge clk) sk_a2_3_2 <= sk_a2_3_1;
  always @(posedge clk) sk_a2_4_0 <= a_in[167:160];
  always @(posedge clk) sk_a2_4_1 <= sk_a2_4_0;
  always @(posedge clk) sk_a2_4_2 <= sk_a2_4_1;
  always @(posedge clk) sk_a2_4_3 <= sk_a2_4_2;
  always @(posedge clk) sk_a2_5_0 <= a_in[175:168];
  always @(posedge clk) sk_a2_5_1 <= sk_a2_5_0;
  always @(posedge clk) sk_a2_5_2 <= sk_a2_5_1;
  always @(posedge clk) sk_a2_5_3 <= sk_a2_5_2;
  always @(posedge clk) sk_a2_5_4 <= sk_a2_5_3;
  always @(posedge clk) sk_a2_6_0 <= a_in[183:176];
  always @(posedge clk) sk_a2_6_1 <= sk_a2_6_0;
  always @(posedge clk) sk_a2_6_2 <= sk_a2_6_1;
  always @(posedge clk) sk_a2_6_3 <= sk_a2_6_2;
  always @(posedge clk) sk_a2_6_4 <= sk_a2_6_3;
  always @(posedge clk) sk_a2_6_5 <= sk_a2_6_4;
  always @(posedge clk) sk_a2_7_0 <= a_in[191:184];
  always @(posedge clk) sk_a2_7_1 <= sk_a2_7_0;
  always @(posedge clk) sk_a2_7_2 <= sk_a2_7_1;
  always @(posedge clk) sk_a2_7_3 <= sk_a2_7_2;
  always @(posedge clk) sk_a2_7_4 <= sk_a2_7_3;
  always @(posedge clk) sk_a2_7_5 <= sk_a2_7_4;
  always @(posedge clk) sk_a2_7_6 <= sk_a2_7_5;
  always @(posedge clk) sk_a3_1_0 <= a_in[207:200];
  always @(posedge clk) sk_a3_2_0 <= a_in[215:208];
  always @(posedge clk) sk_a3_2_1 <= sk_a3_2_0;
  always @(posedge clk) sk_a3_3_0 <= a_in[223:216];
  always @(posedge clk) sk_a3_3_1 <= sk_a3_3_0;
  always @(posedge clk) sk_a3_3_2 <= sk_a3_3_1;
  always @(posedge clk) sk_a3_4_0 <= a_in[231:224];
  always @(posedge clk) sk_a3_4_1 <= sk_a3_4_0;
  always @(posedge clk) sk_a3_4_2 <= sk_a3_4_1;
  always @(posedge clk) sk_a3_4_3 <= sk_a3_4_2;
  always @(posedge clk) sk_a3_5_0 <= a_in[239:232];
  always @(posedge clk) sk_a3_5_1 <= sk_a3_5_0;
  always @(posedge clk) sk_a3_5_2 <= sk_a3_5_1;
  always @(posedge clk) sk_a3_5_3 <= sk_a3_5_2;
  always @(posedge clk) sk_a3_5_4 <= sk_a3_5_3;
  always @(posedge clk) sk_a3_6_0 <= a_in[247:240];
  always @(posedge clk) sk_a3_6_1 <= sk_a3_6_0;
  always @(posedge clk) sk_a3_6_2 <= sk_a3_6_1;
  always @(posedge clk) sk_a3_6_3 <= sk_a3_6_2;
  always @(posedge clk) sk_a3_6_4 <= sk_a3_6_3;
  always @(posedge clk) sk_a3_6_5 <= sk_a3_6_4;
  always @(posedge clk) sk_a3_7_0 <= a_in[255:248];
  always @(posedge clk) sk_a3_7_1 <= sk_a3_7_0;
  always @(posedge clk) sk_a3_7_2 <= sk_a3_7_1;
  always @(posedge clk) sk_a3_7_3 <= sk_a3_7_2;
  always @(posedge clk) sk_a3_7_4 <= sk_a3_7_3;
  always @(posedge clk) sk_a3_7_5 <= sk_a3_7_4;
  always @(posedge clk) sk_a3_7_6 <= sk_a3_7_5;
  always @(posedge clk) sk_a4_1_0 <= a_in[271:264];
  always @(posedge clk) sk_a4_2_0 <= a_in[279:272];
  always @(posedge clk) sk_a4_2_1 <= sk_a4_2_0;
  always @(posedge clk) sk_a4_3_0 <= a_in[287:280];
  always @(posedge clk) sk_a4_3_1 <= sk_a4_3_0;
  always @(posedge clk) sk_a4_3_2 <= sk_a4_3_1;
  always @(posedge clk) sk_a4_4_0 <= a_in[295:288];
  always @(posedge clk) sk_a4_4_1 <= sk_a4_4_0;
  always @(posedge clk) sk_a4_4_2 <= sk_a4_4_1;
  always @(posedge clk) sk_a4_4_3 <= sk_a4_4_2;
  always @(posedge clk) sk_a4_5_0 <= a_in[303:296];
  always @(posedge clk) sk_a4_5_1 <= sk_a4_5_0;
  always @(posedge clk) sk_a4_5_2 <= sk_a4_5_1;
  always @(posedge clk) sk_a4_5_3 <= sk_a4_5_2;
  always @(posedge clk) sk_a4_5_4 <= sk_a4_5_3;
  always @(posedge clk) sk_a4_6_0 <= a_in[311:304];
  always @(posedge clk) sk_a4_6_1 <= sk_a4_6_0;
  always @(posedge clk) sk_a4_6_2 <= sk_a4_6_1;
  always @(posedge clk) sk_a4_6_3 <= sk_a4_6_2;
  always @(posedge clk) sk_a4_6_4 <= sk_a4_6_3;
  always @(posedge clk) sk_a4_6_5 <= sk_a4_6_4;
  always @(posedge clk) sk_a4_7_0 <= a_in[319:312];
  always @(posedge clk) sk_a4_7_1 <= sk_a4_7_0;
  always @(posedge clk) sk_a4_7_2 <= sk_a4_7_1;
  always @(posedge clk) sk_a4_7_3 <= sk_a4_7_2;
  always @(posedge clk) sk_a4_7_4 <= sk_a4_7_3;
  always @(posedge clk) sk_a4_7_5 <= sk_a4_7_4;
  always @(posedge clk) sk_a4_7_6 <= sk_a4_7_5;
  always @(posedge clk) sk_a5_1_0 <= a_in[335:328];
  always @(posedge clk) sk_a5_2_0 <= a_in[343:336];
  always @(posedge clk) sk_a5_2_1 <= sk_a5_2_0;
  always @(posedge clk) sk_a5_3_0 <= a_in[351:344];
  always @(posedge clk) sk_a5_3_1 <= sk_a5_3_0;
  always @(posedge clk) sk_a5_3_2 <= sk_a5_3_1;
  always @(posedge clk) sk_a5_4_0 <= a_in[359:352];
  always @(posedge clk) sk_a5_4_1 <= sk_a5_4_0;
  always @(posedge clk) sk_a5_4_2 <= sk_a5_4_1;
  always @(posedge clk) sk_a5_4_3 <= sk_a5_4_2;
  always @(posedge clk) sk_a5_5_0 <= a_in[367:360];
  always @(posedge clk) sk_a5_5_1 <= sk_a5_5_0;
  always @(posedge clk) sk_a5_5_2 <= sk_a5_5_1;
  always @(posedge clk) sk_a5_5_3 <= sk_a5_5_2;
  always @(posedge clk) sk_a5_5_4 <= sk_a5_5_3;
  always @(posedge clk) sk_a5_6_0 <= a_in[375:368];
  always @(posedge clk) sk_a5_6_1 <= sk_a5_6_0;
  always @(posedge clk) sk_a5_6_2 <= sk_a5_6_1;
  always @(posedge clk) sk_a5_6_3 <= sk_a5_6_2;
  always @(posedge clk) sk_a5_6_4 <= sk_a5_6_3;
  always @(posedge clk) sk_a5_6_5 <= sk_a5_6_4;
  always @(posedge clk) sk_a5_7_0 <= a_in[383:376];
  always @(posedge clk) sk_a5_7_1 <= sk_a5_7_0;
  always @(posedge clk) sk_a5_7_2 <= sk_a5_7_1;
  always @(posedge clk) sk_a5_7_3 <= sk_a5_7_2;
  always @(posedge clk) sk_a5_7_4 <= sk_a5_7_3;
  always @(posedge clk) sk_a5_7_5 <= sk_a5_7_4;
  always @(posedge clk) sk_a5_7_6 <= sk_a5_7_5;
  always @(posedge clk) sk_a6_1_0 <= a_in[399:392];
  always @(posedge clk) sk_a6_2_0 <= a_in[407:400];
  always @(posedge clk) sk_a6_2_1 <= sk_a6_2_0;
  always @(posedge clk) sk_a6_3_0 <= a_in[415:408];
  always @(posedge clk) sk_a6_3_1 <= sk_a6_3_0;
  always @(posedge clk) sk_a6_3_2 <= sk_a6_3_1;
  always @(posedge clk) sk_a6_4_0 <= a_in[423:416];
  always @(posedge clk) sk_a6_4_1 <= sk_a6_4_0;
  always @(posedge clk) sk_a6_4_2 <= sk_a6_4_1;
  always @(posedge clk) sk_a6_4_3 <= sk_a6_4_2;
  always @(posedge clk) sk_a6_5_0 <= a_in[431:424];
  always @(posedge clk) sk_a6_5_1 <= sk_a6_5_0;
  always @(posedge clk) sk_a6_5_2 <= sk_a6_5_1;
  always @(posedge clk) sk_a6_5_3 <= sk_a6_5_2;
  always @(posedge clk) sk_a6_5_4 <= sk_a6_5_3;
  always @(posedge clk) sk_a6_6_0 <= a_in[439:432];
  always @(posedge clk) sk_a6_6_1 <= sk_a6_6_0;
  always @(posedge clk) sk_a6_6_2 <= sk_a6_6_1;
  always @(posedge clk) sk_a6_6_3 <= sk_a6_6_2;
  always @(posedge clk) sk_a6_6_4 <= sk_a6_6_3;
  always @(posedge clk) sk_a6_6_5 <= sk_a6_6_4;
  always @(posedge clk) sk_a6_7_0 <= a_in[447:440];
  always @(posedge clk) sk_a6_7_1 <= sk_a6_7_0;
  always @(posedge clk) sk_a6_7_2 <= sk_a6_7_1;
  always @(posedge clk) sk_a6_7_3 <= sk_a6_7_2;
  always @(posedge clk) sk_a6_7_4 <= sk_a6_7_3;
  always @(posedge clk) sk_a6_7_5 <= sk_a6_7_4;
  always @(posedge clk) sk_a6_7_6 <= sk_a6_7_5;
  always @(posedge clk) sk_a7_1_0 <= a_in[463:456];
  always @(posedge clk) sk_a7_2_0 <= a_in[471:464];
  always @(posedge clk) sk_a7_2_1 <= sk_a7_2_0;
  always @(posedge clk) sk_a7_3_0 <= a_in[479:472];
  always @(posedge clk) sk_a7_3_1 <= sk_a7_3_0;
  always @(posedge clk) sk_a7_3_2 <= sk_a7_3_1;
  always @(posedge clk) sk_a7_4_0 <= a_in[487:480];
  always @(posedge clk) sk_a7_4_1 <= sk_a7_4_0;
  always @(posedge clk) sk_a7_4_2 <= sk_a7_4_1;
  always @(posedge clk) sk_a7_4_3 <= sk_a7_4_2;
  always @(posedge clk) sk_a7_5_0 <= a_in[495:488];
  always @(posedge clk) sk_a7_5_1 <= sk_a7_5_0;
  always @(posedge clk) sk_a7_5_2 <= sk_a7_5_1;
  always @(posedge clk) sk_a7_5_3 <= sk_a7_5_2;
  always @(posedge clk) sk_a7_5_4 <= sk_a7_5_3;
  always @(posedge clk) sk_a7_6_0 <= a_in[503:496];
  always @(posedge clk) sk_a7_6_1 <= sk_a7_6_0;
  always @(posedge clk) sk_a7_6_2 <= sk_a7_6_1;
  always @(posedge clk) sk_a7_6_3 <= sk_a7_6_2;
  always @(posedge clk) sk_a7_6_4 <= sk_a7_6_3;
  always @(posedge clk) sk_a7_6_5 <= sk_a7_6_4;
  always @(posedge clk) sk_a7_7_0 <= a_in[511:504];
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
endmodule
