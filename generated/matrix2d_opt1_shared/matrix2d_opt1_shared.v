// matrix2d_opt1_shared: matrix2d 8x8 array top
// Source design: matrix2d_opt1_shared (examples/matrix2d_opt1_shared.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// matrix2d array, 8 x 8; drain: shared resolve stage, 8 lane(s), 8 step(s).
// Protocol: pulse start with cfg_k = k steps of the tile; the array requests step a_idx/b_idx
// (operands are expected in the same cycle); out_vld marks results (latency 3 after the last step).
module matrix2d_opt1_shared (
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
  assign f_vld = run;
  assign f_first = run & k_first;
  assign f_last = run & k_last;
  assign a_rd = run;
  assign a_idx = kcnt;
  assign b_rd = run;
  assign b_idx = kcnt;
  matrix2d_opt1_shared_pe pe0_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_0),
    .acc_c_out(c0_0)
  );
  matrix2d_opt1_shared_pe pe0_1 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_1),
    .acc_c_out(c0_1)
  );
  matrix2d_opt1_shared_pe pe0_2 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_2),
    .acc_c_out(c0_2)
  );
  matrix2d_opt1_shared_pe pe0_3 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_3),
    .acc_c_out(c0_3)
  );
  matrix2d_opt1_shared_pe pe0_4 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_4),
    .acc_c_out(c0_4)
  );
  matrix2d_opt1_shared_pe pe0_5 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_5),
    .acc_c_out(c0_5)
  );
  matrix2d_opt1_shared_pe pe0_6 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_6),
    .acc_c_out(c0_6)
  );
  matrix2d_opt1_shared_pe pe0_7 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s0_7),
    .acc_c_out(c0_7)
  );
  matrix2d_opt1_shared_pe pe1_0 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_0),
    .acc_c_out(c1_0)
  );
  matrix2d_opt1_shared_pe pe1_1 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_1),
    .acc_c_out(c1_1)
  );
  matrix2d_opt1_shared_pe pe1_2 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_2),
    .acc_c_out(c1_2)
  );
  matrix2d_opt1_shared_pe pe1_3 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_3),
    .acc_c_out(c1_3)
  );
  matrix2d_opt1_shared_pe pe1_4 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_4),
    .acc_c_out(c1_4)
  );
  matrix2d_opt1_shared_pe pe1_5 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_5),
    .acc_c_out(c1_5)
  );
  matrix2d_opt1_shared_pe pe1_6 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_6),
    .acc_c_out(c1_6)
  );
  matrix2d_opt1_shared_pe pe1_7 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s1_7),
    .acc_c_out(c1_7)
  );
  matrix2d_opt1_shared_pe pe2_0 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_0),
    .acc_c_out(c2_0)
  );
  matrix2d_opt1_shared_pe pe2_1 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_1),
    .acc_c_out(c2_1)
  );
  matrix2d_opt1_shared_pe pe2_2 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_2),
    .acc_c_out(c2_2)
  );
  matrix2d_opt1_shared_pe pe2_3 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_3),
    .acc_c_out(c2_3)
  );
  matrix2d_opt1_shared_pe pe2_4 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_4),
    .acc_c_out(c2_4)
  );
  matrix2d_opt1_shared_pe pe2_5 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_5),
    .acc_c_out(c2_5)
  );
  matrix2d_opt1_shared_pe pe2_6 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_6),
    .acc_c_out(c2_6)
  );
  matrix2d_opt1_shared_pe pe2_7 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s2_7),
    .acc_c_out(c2_7)
  );
  matrix2d_opt1_shared_pe pe3_0 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_0),
    .acc_c_out(c3_0)
  );
  matrix2d_opt1_shared_pe pe3_1 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_1),
    .acc_c_out(c3_1)
  );
  matrix2d_opt1_shared_pe pe3_2 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_2),
    .acc_c_out(c3_2)
  );
  matrix2d_opt1_shared_pe pe3_3 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_3),
    .acc_c_out(c3_3)
  );
  matrix2d_opt1_shared_pe pe3_4 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_4),
    .acc_c_out(c3_4)
  );
  matrix2d_opt1_shared_pe pe3_5 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_5),
    .acc_c_out(c3_5)
  );
  matrix2d_opt1_shared_pe pe3_6 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_6),
    .acc_c_out(c3_6)
  );
  matrix2d_opt1_shared_pe pe3_7 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s3_7),
    .acc_c_out(c3_7)
  );
  matrix2d_opt1_shared_pe pe4_0 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_0),
    .acc_c_out(c4_0)
  );
  matrix2d_opt1_shared_pe pe4_1 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_1),
    .acc_c_out(c4_1)
  );
  matrix2d_opt1_shared_pe pe4_2 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_2),
    .acc_c_out(c4_2)
  );
  matrix2d_opt1_shared_pe pe4_3 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_3),
    .acc_c_out(c4_3)
  );
  matrix2d_opt1_shared_pe pe4_4 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_4),
    .acc_c_out(c4_4)
  );
  matrix2d_opt1_shared_pe pe4_5 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_5),
    .acc_c_out(c4_5)
  );
  matrix2d_opt1_shared_pe pe4_6 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_6),
    .acc_c_out(c4_6)
  );
  matrix2d_opt1_shared_pe pe4_7 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s4_7),
    .acc_c_out(c4_7)
  );
  matrix2d_opt1_shared_pe pe5_0 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_0),
    .acc_c_out(c5_0)
  );
  matrix2d_opt1_shared_pe pe5_1 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_1),
    .acc_c_out(c5_1)
  );
  matrix2d_opt1_shared_pe pe5_2 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_2),
    .acc_c_out(c5_2)
  );
  matrix2d_opt1_shared_pe pe5_3 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_3),
    .acc_c_out(c5_3)
  );
  matrix2d_opt1_shared_pe pe5_4 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_4),
    .acc_c_out(c5_4)
  );
  matrix2d_opt1_shared_pe pe5_5 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_5),
    .acc_c_out(c5_5)
  );
  matrix2d_opt1_shared_pe pe5_6 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_6),
    .acc_c_out(c5_6)
  );
  matrix2d_opt1_shared_pe pe5_7 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s5_7),
    .acc_c_out(c5_7)
  );
  matrix2d_opt1_shared_pe pe6_0 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_0),
    .acc_c_out(c6_0)
  );
  matrix2d_opt1_shared_pe pe6_1 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_1),
    .acc_c_out(c6_1)
  );
  matrix2d_opt1_shared_pe pe6_2 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_2),
    .acc_c_out(c6_2)
  );
  matrix2d_opt1_shared_pe pe6_3 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_3),
    .acc_c_out(c6_3)
  );
  matrix2d_opt1_shared_pe pe6_4 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_4),
    .acc_c_out(c6_4)
  );
  matrix2d_opt1_shared_pe pe6_5 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_5),
    .acc_c_out(c6_5)
  );
  matrix2d_opt1_shared_pe pe6_6 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_6),
    .acc_c_out(c6_6)
  );
  matrix2d_opt1_shared_pe pe6_7 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s6_7),
    .acc_c_out(c6_7)
  );
  matrix2d_opt1_shared_pe pe7_0 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_0),
    .acc_c_out(c7_0)
  );
  matrix2d_opt1_shared_pe pe7_1 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_1),
    .acc_c_out(c7_1)
  );
  matrix2d_opt1_shared_pe pe7_2 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_2),
    .acc_c_out(c7_2)
  );
  matrix2d_opt1_shared_pe pe7_3 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_3),
    .acc_c_out(c7_3)
  );
  matrix2d_opt1_shared_pe pe7_4 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_4),
    .acc_c_out(c7_4)
  );
  matrix2d_opt1_shared_pe pe7_5 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_5),
    .acc_c_out(c7_5)
  );
  matrix2d_opt1_shared_pe pe7_6 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_6),
    .acc_c_out(c7_6)
  );
  matrix2d_opt1_shared_pe pe7_7 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_s_out(s7_7),
    .acc_c_out(c7_7)
  );
  matrix2d_opt1_shared_resolve u_resolve (
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
endmodule
