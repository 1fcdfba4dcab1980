// matrix2d_16x16: matrix2d 16x16 array top
// Source design: matrix2d_16x16 (examples/matrix2d_16x16.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// matrix2d array, 16 x 16; drain: per-product.
// Protocol: pulse start with cfg_k = k steps of the tile; the array requests step a_idx/b_idx
// (operands are expected in the same cycle); out_vld marks results (latency 1 after the last step).
module matrix2d_16x16 (
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
  output wire [255:0] out_vld,
  output wire [8191:0] out_data
);
  // Controller: one request per k step. The first / last flags are registered a step ahead
  // (krem counts the steps left), so no arithmetic compare with cfg_k sits on the per-cycle path.
  wire f_vld;
  wire f_first;
  wire f_last;
  wire [31:0] o0_0;
  wire [31:0] o0_1;
  wire [31:0] o0_2;
  wire [31:0] o0_3;
  wire [31:0] o0_4;
  wire [31:0] o0_5;
  wire [31:0] o0_6;
  wire [31:0] o0_7;
  wire [31:0] o0_8;
  wire [31:0] o0_9;
  wire [31:0] o0_10;
  wire [31:0] o0_11;
  wire [31:0] o0_12;
  wire [31:0] o0_13;
  wire [31:0] o0_14;
  wire [31:0] o0_15;
  wire [31:0] o1_0;
  wire [31:0] o1_1;
  wire [31:0] o1_2;
  wire [31:0] o1_3;
  wire [31:0] o1_4;
  wire [31:0] o1_5;
  wire [31:0] o1_6;
  wire [31:0] o1_7;
  wire [31:0] o1_8;
  wire [31:0] o1_9;
  wire [31:0] o1_10;
  wire [31:0] o1_11;
  wire [31:0] o1_12;
  wire [31:0] o1_13;
  wire [31:0] o1_14;
  wire [31:0] o1_15;
  wire [31:0] o2_0;
  wire [31:0] o2_1;
  wire [31:0] o2_2;
  wire [31:0] o2_3;
  wire [31:0] o2_4;
  wire [31:0] o2_5;
  wire [31:0] o2_6;
  wire [31:0] o2_7;
  wire [31:0] o2_8;
  wire [31:0] o2_9;
  wire [31:0] o2_10;
  wire [31:0] o2_11;
  wire [31:0] o2_12;
  wire [31:0] o2_13;
  wire [31:0] o2_14;
  wire [31:0] o2_15;
  wire [31:0] o3_0;
  wire [31:0] o3_1;
  wire [31:0] o3_2;
  wire [31:0] o3_3;
  wire [31:0] o3_4;
  wire [31:0] o3_5;
  wire [31:0] o3_6;
  wire [31:0] o3_7;
  wire [31:0] o3_8;
  wire [31:0] o3_9;
  wire [31:0] o3_10;
  wire [31:0] o3_11;
  wire [31:0] o3_12;
  wire [31:0] o3_13;
  wire [31:0] o3_14;
  wire [31:0] o3_15;
  wire [31:0] o4_0;
  wire [31:0] o4_1;
  wire [31:0] o4_2;
  wire [31:0] o4_3;
  wire [31:0] o4_4;
  wire [31:0] o4_5;
  wire [31:0] o4_6;
  wire [31:0] o4_7;
  wire [31:0] o4_8;
  wire [31:0] o4_9;
  wire [31:0] o4_10;
  wire [31:0] o4_11;
  wire [31:0] o4_12;
  wire [31:0] o4_13;
  wire [31:0] o4_14;
  wire [31:0] o4_15;
  wire [31:0] o5_0;
  wire [31:0] o5_1;
  wire [31:0] o5_2;
  wire [31:0] o5_3;
  wire [31:0] o5_4;
  wire [31:0] o5_5;
  wire [31:0] o5_6;
  wire [31:0] o5_7;
  wire [31:0] o5_8;
  wire [31:0] o5_9;
  wire [31:0] o5_10;
  wire [31:0] o5_11;
  wire [31:0] o5_12;
  wire [31:0] o5_13;
  wire [31:0] o5_14;
  wire [31:0] o5_15;
  wire [31:0] o6_0;
  wire [31:0] o6_1;
  wire [31:0] o6_2;
  wire [31:0] o6_3;
  wire [31:0] o6_4;
  wire [31:0] o6_5;
  wire [31:0] o6_6;
  wire [31:0] o6_7;
  wire [31:0] o6_8;
  wire [31:0] o6_9;
  wire [31:0] o6_10;
  wire [31:0] o6_11;
  wire [31:0] o6_12;
  wire [31:0] o6_13;
  wire [31:0] o6_14;
  wire [31:0] o6_15;
  wire [31:0] o7_0;
  wire [31:0] o7_1;
  wire [31:0] o7_2;
  wire [31:0] o7_3;
  wire [31:0] o7_4;
  wire [31:0] o7_5;
  wire [31:0] o7_6;
  wire [31:0] o7_7;
  wire [31:0] o7_8;
  wire [31:0] o7_9;
  wire [31:0] o7_10;
  wire [31:0] o7_11;
  wire [31:0] o7_12;
  wire [31:0] o7_13;
  wire [31:0] o7_14;
  wire [31:0] o7_15;
  wire [31:0] o8_0;
  wire [31:0] o8_1;
  wire [31:0] o8_2;
  wire [31:0] o8_3;
  wire [31:0] o8_4;
  wire [31:0] o8_5;
  wire [31:0] o8_6;
  wire [31:0] o8_7;
  wire [31:0] o8_8;
  wire [31:0] o8_9;
  wire [31:0] o8_10;
  wire [31:0] o8_11;
  wire [31:0] o8_12;
  wire [31:0] o8_13;
  wire [31:0] o8_14;
  wire [31:0] o8_15;
  wire [31:0] o9_0;
  wire [31:0] o9_1;
  wire [31:0] o9_2;
  wire [31:0] o9_3;
  wire [31:0] o9_4;
  wire [31:0] o9_5;
  wire [31:0] o9_6;
  wire [31:0] o9_7;
  wire [31:0] o9_8;
  wire [31:0] o9_9;
  wire [31:0] o9_10;
  wire [31:0] o9_11;
  wire [31:0] o9_12;
  wire [31:0] o9_13;
  wire [31:0] o9_14;
  wire [31:0] o9_15;
  wire [31:0] o10_0;
  wire [31:0] o10_1;
  wire [31:0] o10_2;
  wire [31:0] o10_3;
  wire [31:0] o10_4;
  wire [31:0] o10_5;
  wire [31:0] o10_6;
  wire [31:0] o10_7;
  wire [31:0] o10_8;
  wire [31:0] o10_9;
  wire [31:0] o10_10;
  wire [31:0] o10_11;
  wire [31:0] o10_12;
  wire [31:0] o10_13;
  wire [31:0] o10_14;
  wire [31:0] o10_15;
  wire [31:0] o11_0;
  wire [31:0] o11_1;
  wire [31:0] o11_2;
  wire [31:0] o11_3;
  wire [31:0] o11_4;
  wire [31:0] o11_5;
  wire [31:0] o11_6;
  wire [31:0] o11_7;
  wire [31:0] o11_8;
  wire [31:0] o11_9;
  wire [31:0] o11_10;
  wire [31:0] o11_11;
  wire [31:0] o11_12;
  wire [31:0] o11_13;
  wire [31:0] o11_14;
  wire [31:0] o11_15;
  wire [31:0] o12_0;
  wire [31:0] o12_1;
  wire [31:0] o12_2;
  wire [31:0] o12_3;
  wire [31:0] o12_4;
  wire [31:0] o12_5;
  wire [31:0] o12_6;
  wire [31:0] o12_7;
  wire [31:0] o12_8;
  wire [31:0] o12_9;
  wire [31:0] o12_10;
  wire [31:0] o12_11;
  wire [31:0] o12_12;
  wire [31:0] o12_13;
  wire [31:0] o12_14;
  wire [31:0] o12_15;
  wire [31:0] o13_0;
  wire [31:0] o13_1;
  wire [31:0] o13_2;
  wire [31:0] o13_3;
  wire [31:0] o13_4;
  wire [31:0] o13_5;
  wire [31:0] o13_6;
  wire [31:0] o13_7;
  wire [31:0] o13_8;
  wire [31:0] o13_9;
  wire [31:0] o13_10;
  wire [31:0] o13_11;
  wire [31:0] o13_12;
  wire [31:0] o13_13;
  wire [31:0] o13_14;
  wire [31:0] o13_15;
  wire [31:0] o14_0;
  wire [31:0] o14_1;
  wire [31:0] o14_2;
  wire [31:0] o14_3;
  wire [31:0] o14_4;
  wire [31:0] o14_5;
  wire [31:0] o14_6;
  wire [31:0] o14_7;
  wire [31:0] o14_8;
  wire [31:0] o14_9;
  wire [31:0] o14_10;
  wire [31:0] o14_11;
  wire [31:0] o14_12;
  wire [31:0] o14_13;
  wire [31:0] o14_14;
  wire [31:0] o14_15;
  wire [31:0] o15_0;
  wire [31:0] o15_1;
  wire [31:0] o15_2;
  wire [31:0] o15_3;
  wire [31:0] o15_4;
  wire [31:0] o15_5;
  wire [31:0] o15_6;
  wire [31:0] o15_7;
  wire [31:0] o15_8;
  wire [31:0] o15_9;
  wire [31:0] o15_10;
  wire [31:0] o15_11;
  wire [31:0] o15_12;
  wire [31:0] o15_13;
  wire [31:0] o15_14;
  wire [31:0] o15_15;
  reg run;
  reg [31:0] kcnt;
  reg [31:0] krem;
  reg k_first;
  reg k_last;
  reg dl_f_last_q0;
  assign f_vld = run;
  assign f_first = run & k_first;
  assign f_last = run & k_last;
  assign a_rd = run;
  assign a_idx = kcnt;
  assign b_rd = run;
  assign b_idx = kcnt;
  assign out_vld = {256{dl_f_last_q0}};
  assign out_data = {o15_15, o15_14, o15_13, o15_12, o15_11, o15_10, o15_9, o15_8, o15_7, o15_6, o15_5, o15_4, o15_3, o15_2, o15_1, o15_0, o14_15, o14_14, o14_13, o14_12, o14_11, o14_10, o14_9, o14_8, o14_7, o14_6, o14_5, o14_4, o14_3, o14_2, o14_1, o14_0, o13_15, o13_14, o13_13, o13_12, o13_11, o13_10, o13_9, o13_8, o13_7, o13_6, o13_5, o13_4, o13_3, o13_2, o13_1, o13_0, o12_15, o12_14, o12_13, o12_12, o12_11, o12_10, o12_9, o12_8, o12_7, o12_6, o12_5, o12_4, o12_3, o12_2, o12_1, o12_0, o11_15, o11_14, o11_13, o11_12, o11_11, o11_10, o11_9, o11_8, o11_7, o11_6, o11_5, o11_4, o11_3, o11_2, o11_1, o11_0, o10_15, o10_14, o10_13, o10_12, o10_11, o10_10, o10_9, o10_8, o10_7, o10_6, o10_5, o10_4, o10_3, o10_2, o10_1, o10_0, o9_15, o9_14, o9_13, o9_12, o9_11, o9_10, o9_9, o9_8, o9_7, o9_6, o9_5, o9_4, o9_3, o9_2, o9_1, o9_0, o8_15, o8_14, o8_13, o8_12, o8_11, o8_10, o8_9, o8_8, o8_7, o8_6, o8_5, o8_4, o8_3, o8_2, o8_1, o8_0, o7_15, o7_14, o7_13, o7_12, o7_11, o7_10, o7_9, o7_8, o7_7, o7_6, o7_5, o7_4, o7_3, o7_2, o7_1, o7_0, o6_15, o6_14, o6_13, o6_12, o6_11, o6_10, o6_9, o6_8, o6_7, o6_6, o6_5, o6_4, o6_3, o6_2, o6_1, o6_0, o5_15, o5_14, o5_13, o5_12, o5_11, o5_10, o5_9, o5_8, o5_7, o5_6, o5_5, o5_4, o5_3, o5_2, o5_1, o5_0, o4_15, o4_14, o4_13, o4_12, o4_11, o4_10, o4_9, o4_8, o4_7, o4_6, o4_5, o4_4, o4_3, o4_2, o4_1, o4_0, o3_15, o3_14, o3_13, o3_12, o3_11, o3_10, o3_9, o3_8, o3_7, o3_6, o3_5, o3_4, o3_3, o3_2, o3_1, o3_0, o2_15, o2_14, o2_13, o2_12, o2_11, o2_10, o2_9, o2_8, o2_7, o2_6, o2_5, o2_4, o2_3, o2_2, o2_1, o2_0, o1_15, o1_14, o1_13, o1_12, o1_11, o1_10, o1_9, o1_8, o1_7, o1_6, o1_5, o1_4, o1_3, o1_2, o1_1, o1_0, o0_15, o0_14, o0_13, o0_12, o0_11, o0_10, o0_9, o0_8, o0_7, o0_6, o0_5, o0_4, o0_3, o0_2, o0_1, o0_0};
  matrix2d_16x16_pe pe0_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_0)
  );
  matrix2d_16x16_pe pe0_1 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_1)
  );
  matrix2d_16x16_pe pe0_2 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_2)
  );
  matrix2d_16x16_pe pe0_3 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_3)
  );
  matrix2d_16x16_pe pe0_4 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_4)
  );
  matrix2d_16x16_pe pe0_5 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_5)
  );
  matrix2d_16x16_pe pe0_6 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_6)
  );
  matrix2d_16x16_pe pe0_7 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_7)
  );
  matrix2d_16x16_pe pe0_8 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_8)
  );
  matrix2d_16x16_pe pe0_9 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_9)
  );
  matrix2d_16x16_pe pe0_10 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_10)
  );
  matrix2d_16x16_pe pe0_11 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_11)
  );
  matrix2d_16x16_pe pe0_12 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_12)
  );
  matrix2d_16x16_pe pe0_13 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_13)
  );
  matrix2d_16x16_pe pe0_14 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_14)
  );
  matrix2d_16x16_pe pe0_15 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_15)
  );
  matrix2d_16x16_pe pe1_0 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_0)
  );
  matrix2d_16x16_pe pe1_1 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_1)
  );
  matrix2d_16x16_pe pe1_2 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_2)
  );
  matrix2d_16x16_pe pe1_3 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_3)
  );
  matrix2d_16x16_pe pe1_4 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_4)
  );
  matrix2d_16x16_pe pe1_5 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_5)
  );
  matrix2d_16x16_pe pe1_6 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_6)
  );
  matrix2d_16x16_pe pe1_7 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_7)
  );
  matrix2d_16x16_pe pe1_8 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_8)
  );
  matrix2d_16x16_pe pe1_9 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_9)
  );
  matrix2d_16x16_pe pe1_10 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_10)
  );
  matrix2d_16x16_pe pe1_11 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_11)
  );
  matrix2d_16x16_pe pe1_12 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_12)
  );
  matrix2d_16x16_pe pe1_13 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_13)
  );
  matrix2d_16x16_pe pe1_14 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_14)
  );
  matrix2d_16x16_pe pe1_15 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o1_15)
  );
  matrix2d_16x16_pe pe2_0 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_0)
  );
  matrix2d_16x16_pe pe2_1 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_1)
  );
  matrix2d_16x16_pe pe2_2 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_2)
  );
  matrix2d_16x16_pe pe2_3 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_3)
  );
  matrix2d_16x16_pe pe2_4 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_4)
  );
  matrix2d_16x16_pe pe2_5 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_5)
  );
  matrix2d_16x16_pe pe2_6 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_6)
  );
  matrix2d_16x16_pe pe2_7 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_7)
  );
  matrix2d_16x16_pe pe2_8 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_8)
  );
  matrix2d_16x16_pe pe2_9 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_9)
  );
  matrix2d_16x16_pe pe2_10 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_10)
  );
  matrix2d_16x16_pe pe2_11 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_11)
  );
  matrix2d_16x16_pe pe2_12 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_12)
  );
  matrix2d_16x16_pe pe2_13 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_13)
  );
  matrix2d_16x16_pe pe2_14 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_14)
  );
  matrix2d_16x16_pe pe2_15 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o2_15)
  );
  matrix2d_16x16_pe pe3_0 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_0)
  );
  matrix2d_16x16_pe pe3_1 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_1)
  );
  matrix2d_16x16_pe pe3_2 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_2)
  );
  matrix2d_16x16_pe pe3_3 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_3)
  );
  matrix2d_16x16_pe pe3_4 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_4)
  );
  matrix2d_16x16_pe pe3_5 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_5)
  );
  matrix2d_16x16_pe pe3_6 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_6)
  );
  matrix2d_16x16_pe pe3_7 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_7)
  );
  matrix2d_16x16_pe pe3_8 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_8)
  );
  matrix2d_16x16_pe pe3_9 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_9)
  );
  matrix2d_16x16_pe pe3_10 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_10)
  );
  matrix2d_16x16_pe pe3_11 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_11)
  );
  matrix2d_16x16_pe pe3_12 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_12)
  );
  matrix2d_16x16_pe pe3_13 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_13)
  );
  matrix2d_16x16_pe pe3_14 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_14)
  );
  matrix2d_16x16_pe pe3_15 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o3_15)
  );
  matrix2d_16x16_pe pe4_0 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_0)
  );
  matrix2d_16x16_pe pe4_1 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_1)
  );
  matrix2d_16x16_pe pe4_2 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_2)
  );
  matrix2d_16x16_pe pe4_3 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_3)
  );
  matrix2d_16x16_pe pe4_4 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_4)
  );
  matrix2d_16x16_pe pe4_5 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_5)
  );
  matrix2d_16x16_pe pe4_6 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_6)
  );
  matrix2d_16x16_pe pe4_7 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_7)
  );
  matrix2d_16x16_pe pe4_8 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_8)
  );
  matrix2d_16x16_pe pe4_9 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_9)
  );
  matrix2d_16x16_pe pe4_10 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_10)
  );
  matrix2d_16x16_pe pe4_11 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_11)
  );
  matrix2d_16x16_pe pe4_12 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_12)
  );
  matrix2d_16x16_pe pe4_13 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_13)
  );
  matrix2d_16x16_pe pe4_14 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_14)
  );
  matrix2d_16x16_pe pe4_15 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o4_15)
  );
  matrix2d_16x16_pe pe5_0 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_0)
  );
  matrix2d_16x16_pe pe5_1 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_1)
  );
  matrix2d_16x16_pe pe5_2 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_2)
  );
  matrix2d_16x16_pe pe5_3 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_3)
  );
  matrix2d_16x16_pe pe5_4 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_4)
  );
  matrix2d_16x16_pe pe5_5 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_5)
  );
  matrix2d_16x16_pe pe5_6 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_6)
  );
  matrix2d_16x16_pe pe5_7 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_7)
  );
  matrix2d_16x16_pe pe5_8 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_8)
  );
  matrix2d_16x16_pe pe5_9 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_9)
  );
  matrix2d_16x16_pe pe5_10 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_10)
  );
  matrix2d_16x16_pe pe5_11 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_11)
  );
  matrix2d_16x16_pe pe5_12 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_12)
  );
  matrix2d_16x16_pe pe5_13 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_13)
  );
  matrix2d_16x16_pe pe5_14 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_14)
  );
  matrix2d_16x16_pe pe5_15 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o5_15)
  );
  matrix2d_16x16_pe pe6_0 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_0)
  );
  matrix2d_16x16_pe pe6_1 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_1)
  );
  matrix2d_16x16_pe pe6_2 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_2)
  );
  matrix2d_16x16_pe pe6_3 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_3)
  );
  matrix2d_16x16_pe pe6_4 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_4)
  );
  matrix2d_16x16_pe pe6_5 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_5)
  );
  matrix2d_16x16_pe pe6_6 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_6)
  );
  matrix2d_16x16_pe pe6_7 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_7)
  );
  matrix2d_16x16_pe pe6_8 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_8)
  );
  matrix2d_16x16_pe pe6_9 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_9)
  );
  matrix2d_16x16_pe pe6_10 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_10)
  );
  matrix2d_16x16_pe pe6_11 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_11)
  );
  matrix2d_16x16_pe pe6_12 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_12)
  );
  matrix2d_16x16_pe pe6_13 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_13)
  );
  matrix2d_16x16_pe pe6_14 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_14)
  );
  matrix2d_16x16_pe pe6_15 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o6_15)
  );
  matrix2d_16x16_pe pe7_0 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_0)
  );
  matrix2d_16x16_pe pe7_1 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_1)
  );
  matrix2d_16x16_pe pe7_2 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_2)
  );
  matrix2d_16x16_pe pe7_3 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_3)
  );
  matrix2d_16x16_pe pe7_4 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_4)
  );
  matrix2d_16x16_pe pe7_5 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_5)
  );
  matrix2d_16x16_pe pe7_6 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_6)
  );
  matrix2d_16x16_pe pe7_7 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_7)
  );
  matrix2d_16x16_pe pe7_8 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_8)
  );
  matrix2d_16x16_pe pe7_9 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_9)
  );
  matrix2d_16x16_pe pe7_10 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_10)
  );
  matrix2d_16x16_pe pe7_11 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_11)
  );
  matrix2d_16x16_pe pe7_12 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_12)
  );
  matrix2d_16x16_pe pe7_13 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_13)
  );
  matrix2d_16x16_pe pe7_14 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_14)
  );
  matrix2d_16x16_pe pe7_15 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o7_15)
  );
  matrix2d_16x16_pe pe8_0 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_0)
  );
  matrix2d_16x16_pe pe8_1 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_1)
  );
  matrix2d_16x16_pe pe8_2 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_2)
  );
  matrix2d_16x16_pe pe8_3 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_3)
  );
  matrix2d_16x16_pe pe8_4 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_4)
  );
  matrix2d_16x16_pe pe8_5 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_5)
  );
  matrix2d_16x16_pe pe8_6 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_6)
  );
  matrix2d_16x16_pe pe8_7 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_7)
  );
  matrix2d_16x16_pe pe8_8 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_8)
  );
  matrix2d_16x16_pe pe8_9 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_9)
  );
  matrix2d_16x16_pe pe8_10 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_10)
  );
  matrix2d_16x16_pe pe8_11 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_11)
  );
  matrix2d_16x16_pe pe8_12 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_12)
  );
  matrix2d_16x16_pe pe8_13 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_13)
  );
  matrix2d_16x16_pe pe8_14 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_14)
  );
  matrix2d_16x16_pe pe8_15 (
    .clk(clk),
    .a(a_in[71:64]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o8_15)
  );
  matrix2d_16x16_pe pe9_0 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_0)
  );
  matrix2d_16x16_pe pe9_1 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_1)
  );
  matrix2d_16x16_pe pe9_2 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_2)
  );
  matrix2d_16x16_pe pe9_3 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_3)
  );
  matrix2d_16x16_pe pe9_4 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_4)
  );
  matrix2d_16x16_pe pe9_5 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_5)
  );
  matrix2d_16x16_pe pe9_6 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_6)
  );
  matrix2d_16x16_pe pe9_7 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_7)
  );
  matrix2d_16x16_pe pe9_8 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_8)
  );
  matrix2d_16x16_pe pe9_9 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_9)
  );
  matrix2d_16x16_pe pe9_10 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_10)
  );
  matrix2d_16x16_pe pe9_11 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_11)
  );
  matrix2d_16x16_pe pe9_12 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_12)
  );
  matrix2d_16x16_pe pe9_13 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_13)
  );
  matrix2d_16x16_pe pe9_14 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_14)
  );
  matrix2d_16x16_pe pe9_15 (
    .clk(clk),
    .a(a_in[79:72]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o9_15)
  );
  matrix2d_16x16_pe pe10_0 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_0)
  );
  matrix2d_16x16_pe pe10_1 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_1)
  );
  matrix2d_16x16_pe pe10_2 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_2)
  );
  matrix2d_16x16_pe pe10_3 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_3)
  );
  matrix2d_16x16_pe pe10_4 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_4)
  );
  matrix2d_16x16_pe pe10_5 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_5)
  );
  matrix2d_16x16_pe pe10_6 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_6)
  );
  matrix2d_16x16_pe pe10_7 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_7)
  );
  matrix2d_16x16_pe pe10_8 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_8)
  );
  matrix2d_16x16_pe pe10_9 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_9)
  );
  matrix2d_16x16_pe pe10_10 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_10)
  );
  matrix2d_16x16_pe pe10_11 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_11)
  );
  matrix2d_16x16_pe pe10_12 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_12)
  );
  matrix2d_16x16_pe pe10_13 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_13)
  );
  matrix2d_16x16_pe pe10_14 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_14)
  );
  matrix2d_16x16_pe pe10_15 (
    .clk(clk),
    .a(a_in[87:80]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o10_15)
  );
  matrix2d_16x16_pe pe11_0 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_0)
  );
  matrix2d_16x16_pe pe11_1 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_1)
  );
  matrix2d_16x16_pe pe11_2 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_2)
  );
  matrix2d_16x16_pe pe11_3 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_3)
  );
  matrix2d_16x16_pe pe11_4 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_4)
  );
  matrix2d_16x16_pe pe11_5 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_5)
  );
  matrix2d_16x16_pe pe11_6 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_6)
  );
  matrix2d_16x16_pe pe11_7 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_7)
  );
  matrix2d_16x16_pe pe11_8 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_8)
  );
  matrix2d_16x16_pe pe11_9 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_9)
  );
  matrix2d_16x16_pe pe11_10 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_10)
  );
  matrix2d_16x16_pe pe11_11 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_11)
  );
  matrix2d_16x16_pe pe11_12 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_12)
  );
  matrix2d_16x16_pe pe11_13 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_13)
  );
  matrix2d_16x16_pe pe11_14 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_14)
  );
  matrix2d_16x16_pe pe11_15 (
    .clk(clk),
    .a(a_in[95:88]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o11_15)
  );
  matrix2d_16x16_pe pe12_0 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_0)
  );
  matrix2d_16x16_pe pe12_1 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_1)
  );
  matrix2d_16x16_pe pe12_2 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_2)
  );
  matrix2d_16x16_pe pe12_3 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_3)
  );
  matrix2d_16x16_pe pe12_4 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_4)
  );
  matrix2d_16x16_pe pe12_5 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_5)
  );
  matrix2d_16x16_pe pe12_6 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_6)
  );
  matrix2d_16x16_pe pe12_7 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_7)
  );
  matrix2d_16x16_pe pe12_8 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_8)
  );
  matrix2d_16x16_pe pe12_9 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_9)
  );
  matrix2d_16x16_pe pe12_10 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_10)
  );
  matrix2d_16x16_pe pe12_11 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_11)
  );
  matrix2d_16x16_pe pe12_12 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_12)
  );
  matrix2d_16x16_pe pe12_13 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_13)
  );
  matrix2d_16x16_pe pe12_14 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_14)
  );
  matrix2d_16x16_pe pe12_15 (
    .clk(clk),
    .a(a_in[103:96]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o12_15)
  );
  matrix2d_16x16_pe pe13_0 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_0)
  );
  matrix2d_16x16_pe pe13_1 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_1)
  );
  matrix2d_16x16_pe pe13_2 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_2)
  );
  matrix2d_16x16_pe pe13_3 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_3)
  );
  matrix2d_16x16_pe pe13_4 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_4)
  );
  matrix2d_16x16_pe pe13_5 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_5)
  );
  matrix2d_16x16_pe pe13_6 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_6)
  );
  matrix2d_16x16_pe pe13_7 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_7)
  );
  matrix2d_16x16_pe pe13_8 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_8)
  );
  matrix2d_16x16_pe pe13_9 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_9)
  );
  matrix2d_16x16_pe pe13_10 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_10)
  );
  matrix2d_16x16_pe pe13_11 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_11)
  );
  matrix2d_16x16_pe pe13_12 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_12)
  );
  matrix2d_16x16_pe pe13_13 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_13)
  );
  matrix2d_16x16_pe pe13_14 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_14)
  );
  matrix2d_16x16_pe pe13_15 (
    .clk(clk),
    .a(a_in[111:104]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o13_15)
  );
  matrix2d_16x16_pe pe14_0 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_0)
  );
  matrix2d_16x16_pe pe14_1 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_1)
  );
  matrix2d_16x16_pe pe14_2 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_2)
  );
  matrix2d_16x16_pe pe14_3 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_3)
  );
  matrix2d_16x16_pe pe14_4 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_4)
  );
  matrix2d_16x16_pe pe14_5 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_5)
  );
  matrix2d_16x16_pe pe14_6 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_6)
  );
  matrix2d_16x16_pe pe14_7 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_7)
  );
  matrix2d_16x16_pe pe14_8 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_8)
  );
  matrix2d_16x16_pe pe14_9 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_9)
  );
  matrix2d_16x16_pe pe14_10 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_10)
  );
  matrix2d_16x16_pe pe14_11 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_11)
  );
  matrix2d_16x16_pe pe14_12 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_12)
  );
  matrix2d_16x16_pe pe14_13 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_13)
  );
  matrix2d_16x16_pe pe14_14 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_14)
  );
  matrix2d_16x16_pe pe14_15 (
    .clk(clk),
    .a(a_in[119:112]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o14_15)
  );
  matrix2d_16x16_pe pe15_0 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_0)
  );
  matrix2d_16x16_pe pe15_1 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_1)
  );
  matrix2d_16x16_pe pe15_2 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_2)
  );
  matrix2d_16x16_pe pe15_3 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_3)
  );
  matrix2d_16x16_pe pe15_4 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_4)
  );
  matrix2d_16x16_pe pe15_5 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_5)
  );
  matrix2d_16x16_pe pe15_6 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_6)
  );
  matrix2d_16x16_pe pe15_7 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_7)
  );
  matrix2d_16x16_pe pe15_8 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[71:64]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_8)
  );
  matrix2d_16x16_pe pe15_9 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[79:72]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_9)
  );
  matrix2d_16x16_pe pe15_10 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[87:80]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_10)
  );
  matrix2d_16x16_pe pe15_11 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[95:88]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_11)
  );
  matrix2d_16x16_pe pe15_12 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[103:96]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_12)
  );
  matrix2d_16x16_pe pe15_13 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[111:104]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_13)
  );
  matrix2d_16x16_pe pe15_14 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[119:112]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_14)
  );
  matrix2d_16x16_pe pe15_15 (
    .clk(clk),
    .a(a_in[127:120]),
    .b(b_in[127:120]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o15_15)
  );
  always @(posedge clk) if (rst) run <= 1'b0; else run <= start | (run & ~f_last);
  always @(posedge clk) if (rst) kcnt <= 32'd0; else if (start | run) kcnt <= start ? 32'd0 : kcnt + 32'd1;
  always @(posedge clk) if (rst) krem <= 32'd0; else if (start | run) krem <= start ? cfg_k : krem - 32'd1;
  always @(posedge clk) if (rst) k_first <= 1'b0; else if (start | run) k_first <= start;
  always @(posedge clk) if (rst) k_last <= 1'b0; else if (start | run) k_last <= start ? cfg_k == 32'd1 : krem == 32'd2;
  always @(posedge clk) if (rst) dl_f_last_q0 <= 1'b0; else dl_f_last_q0 <= f_last;
endmodule
