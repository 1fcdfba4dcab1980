// matrix2d_opt1: matrix2d 8x8 array top
// Source design: matrix2d_opt1 (examples/matrix2d_opt1.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// matrix2d array, 8 x 8; drain: per-pe-drain.
// Protocol: pulse start with cfg_k = k steps of the tile; the array requests step a_idx/b_idx
// (operands are expected in the same cycle); out_vld marks results (latency 2 after the last step).
module matrix2d_opt1 (
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
  output wire [63:0] out_vld,
  output wire [2047:0] out_data
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
  wire [31:0] o1_0;
  wire [31:0] o1_1;
  wire [31:0] o1_2;
  wire [31:0] o1_3;
  wire [31:0] o1_4;
  wire [31:0] o1_5;
  wire [31:0] o1_6;
  wire [31:0] o1_7;
  wire [31:0] o2_0;
  wire [31:0] o2_1;
  wire [31:0] o2_2;
  wire [31:0] o2_3;
  wire [31:0] o2_4;
  wire [31:0] o2_5;
  wire [31:0] o2_6;
  wire [31:0] o2_7;
  wire [31:0] o3_0;
  wire [31:0] o3_1;
  wire [31:0] o3_2;
  wire [31:0] o3_3;
  wire [31:0] o3_4;
  wire [31:0] o3_5;
  wire [31:0] o3_6;
  wire [31:0] o3_7;
  wire [31:0] o4_0;
  wire [31:0] o4_1;
  wire [31:0] o4_2;
  wire [31:0] o4_3;
  wire [31:0] o4_4;
  wire [31:0] o4_5;
  wire [31:0] o4_6;
  wire [31:0] o4_7;
  wire [31:0] o5_0;
  wire [31:0] o5_1;
  wire [31:0] o5_2;
  wire [31:0] o5_3;
  wire [31:0] o5_4;
  wire [31:0] o5_5;
  wire [31:0] o5_6;
  wire [31:0] o5_7;
  wire [31:0] o6_0;
  wire [31:0] o6_1;
  wire [31:0] o6_2;
  wire [31:0] o6_3;
  wire [31:0] o6_4;
  wire [31:0] o6_5;
  wire [31:0] o6_6;
  wire [31:0] o6_7;
  wire [31:0] o7_0;
  wire [31:0] o7_1;
  wire [31:0] o7_2;
  wire [31:0] o7_3;
  wire [31:0] o7_4;
  wire [31:0] o7_5;
  wire [31:0] o7_6;
  wire [31:0] o7_7;
  reg run;
  reg [31:0] kcnt;
  reg [31:0] krem;
  reg k_first;
  reg k_last;
  reg dl_f_last_q0;
  reg dl_dl_f_last_q1;
  assign f_vld = run;
  assign f_first = run & k_first;
  assign f_last = run & k_last;
  assign a_rd = run;
  assign a_idx = kcnt;
  assign b_rd = run;
  assign b_idx = kcnt;
  assign out_vld = {64{dl_dl_f_last_q1}};
  assign out_data = {o7_7, o7_6, o7_5, o7_4, o7_3, o7_2, o7_1, o7_0, o6_7, o6_6, o6_5, o6_4, o6_3, o6_2, o6_1, o6_0, o5_7, o5_6, o5_5, o5_4, o5_3, o5_2, o5_1, o5_0, o4_7, o4_6, o4_5, o4_4, o4_3, o4_2, o4_1, o4_0, o3_7, o3_6, o3_5, o3_4, o3_3, o3_2, o3_1, o3_0, o2_7, o2_6, o2_5, o2_4, o2_3, o2_2, o2_1, o2_0, o1_7, o1_6, o1_5, o1_4, o1_3, o1_2, o1_1, o1_0, o0_7, o0_6, o0_5, o0_4, o0_3, o0_2, o0_1, o0_0};
  matrix2d_opt1_pe pe0_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o0_0)
  );
  matrix2d_opt1_pe pe0_1 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o0_1)
  );
  matrix2d_opt1_pe pe0_2 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o0_2)
  );
  matrix2d_opt1_pe pe0_3 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o0_3)
  );
  matrix2d_opt1_pe pe0_4 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o0_4)
  );
  matrix2d_opt1_pe pe0_5 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o0_5)
  );
  matrix2d_opt1_pe pe0_6 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o0_6)
  );
  matrix2d_opt1_pe pe0_7 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o0_7)
  );
  matrix2d_opt1_pe pe1_0 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o1_0)
  );
  matrix2d_opt1_pe pe1_1 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o1_1)
  );
  matrix2d_opt1_pe pe1_2 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o1_2)
  );
  matrix2d_opt1_pe pe1_3 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o1_3)
  );
  matrix2d_opt1_pe pe1_4 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o1_4)
  );
  matrix2d_opt1_pe pe1_5 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o1_5)
  );
  matrix2d_opt1_pe pe1_6 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o1_6)
  );
  matrix2d_opt1_pe pe1_7 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o1_7)
  );
  matrix2d_opt1_pe pe2_0 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o2_0)
  );
  matrix2d_opt1_pe pe2_1 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o2_1)
  );
  matrix2d_opt1_pe pe2_2 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o2_2)
  );
  matrix2d_opt1_pe pe2_3 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o2_3)
  );
  matrix2d_opt1_pe pe2_4 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o2_4)
  );
  matrix2d_opt1_pe pe2_5 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o2_5)
  );
  matrix2d_opt1_pe pe2_6 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o2_6)
  );
  matrix2d_opt1_pe pe2_7 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o2_7)
  );
  matrix2d_opt1_pe pe3_0 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o3_0)
  );
  matrix2d_opt1_pe pe3_1 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o3_1)
  );
  matrix2d_opt1_pe pe3_2 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o3_2)
  );
  matrix2d_opt1_pe pe3_3 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o3_3)
  );
  matrix2d_opt1_pe pe3_4 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o3_4)
  );
  matrix2d_opt1_pe pe3_5 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o3_5)
  );
  matrix2d_opt1_pe pe3_6 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o3_6)
  );
  matrix2d_opt1_pe pe3_7 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o3_7)
  );
  matrix2d_opt1_pe pe4_0 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o4_0)
  );
  matrix2d_opt1_pe pe4_1 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o4_1)
  );
  matrix2d_opt1_pe pe4_2 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o4_2)
  );
  matrix2d_opt1_pe pe4_3 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o4_3)
  );
  matrix2d_opt1_pe pe4_4 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o4_4)
  );
  matrix2d_opt1_pe pe4_5 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o4_5)
  );
  matrix2d_opt1_pe pe4_6 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o4_6)
  );
  matrix2d_opt1_pe pe4_7 (
    .clk(clk),
    .a(a_in[39:32]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o4_7)
  );
  matrix2d_opt1_pe pe5_0 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o5_0)
  );
  matrix2d_opt1_pe pe5_1 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o5_1)
  );
  matrix2d_opt1_pe pe5_2 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o5_2)
  );
  matrix2d_opt1_pe pe5_3 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o5_3)
  );
  matrix2d_opt1_pe pe5_4 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o5_4)
  );
  matrix2d_opt1_pe pe5_5 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o5_5)
  );
  matrix2d_opt1_pe pe5_6 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o5_6)
  );
  matrix2d_opt1_pe pe5_7 (
    .clk(clk),
    .a(a_in[47:40]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o5_7)
  );
  matrix2d_opt1_pe pe6_0 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o6_0)
  );
  matrix2d_opt1_pe pe6_1 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o6_1)
  );
  matrix2d_opt1_pe pe6_2 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o6_2)
  );
  matrix2d_opt1_pe pe6_3 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o6_3)
  );
  matrix2d_opt1_pe pe6_4 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o6_4)
  );
  matrix2d_opt1_pe pe6_5 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o6_5)
  );
  matrix2d_opt1_pe pe6_6 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o6_6)
  );
  matrix2d_opt1_pe pe6_7 (
    .clk(clk),
    .a(a_in[55:48]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o6_7)
  );
  matrix2d_opt1_pe pe7_0 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o7_0)
  );
  matrix2d_opt1_pe pe7_1 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[15:8]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o7_1)
  );
  matrix2d_opt1_pe pe7_2 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[23:16]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o7_2)
  );
  matrix2d_opt1_pe pe7_3 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[31:24]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o7_3)
  );
  matrix2d_opt1_pe pe7_4 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[39:32]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o7_4)
  );
  matrix2d_opt1_pe pe7_5 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[47:40]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o7_5)
  );
  matrix2d_opt1_pe pe7_6 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[55:48]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o7_6)
  );
  matrix2d_opt1_pe pe7_7 (
    .clk(clk),
    .a(a_in[63:56]),
    .b(b_in[63:56]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o7_7)
  );
  always @(posedge clk) if (rst) run <= 1'b0; else run <= start | (run & ~f_last);
  always @(posedge clk) if (rst) kcnt <= 32'd0; else if (start | run) kcnt <= start ? 32'd0 : kcnt + 32'd1;
  always @(posedge clk) if (rst) krem <= 32'd0; else if (start | run) krem <= start ? cfg_k : krem - 32'd1;
  always @(posedge clk) if (rst) k_first <= 1'b0; else if (start | run) k_first <= start;
  always @(posedge clk) if (rst) k_last <= 1'b0; else if (start | run) k_last <= start ? cfg_k == 32'd1 : krem == 32'd2;
  always @(posedge clk) if (rst) dl_f_last_q0 <= 1'b0; else dl_f_last_q0 <= f_last;
  always @(posedge clk) if (rst) dl_dl_f_last_q1 <= 1'b0; else dl_dl_f_last_q1 <= dl_f_last_q0;
endmodule
