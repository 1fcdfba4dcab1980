// cube_opt1: cube 4x4x4 array top
// Source design: cube_opt1 (examples/cube_opt1.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// cube array, 4 x 4 x 4; drain: per-pe-drain.
// Protocol: pulse start with cfg_k = k steps of the tile; the array requests step a_idx/b_idx
// (operands are expected in the same cycle); out_vld marks results (latency 2 after the last step).
module cube_opt1 (
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
  wire [31:0] o0_0;
  wire [31:0] o0_1;
  wire [31:0] o0_2;
  wire [31:0] o0_3;
  wire [31:0] o1_0;
  wire [31:0] o1_1;
  wire [31:0] o1_2;
  wire [31:0] o1_3;
  wire [31:0] o2_0;
  wire [31:0] o2_1;
  wire [31:0] o2_2;
  wire [31:0] o2_3;
  wire [31:0] o3_0;
  wire [31:0] o3_1;
  wire [31:0] o3_2;
  wire [31:0] o3_3;
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
  assign out_vld = {16{dl_dl_f_last_q1}};
  assign out_data = {o3_3, o3_2, o3_1, o3_0, o2_3, o2_2, o2_1, o2_0, o1_3, o1_2, o1_1, o1_0, o0_3, o0_2, o0_1, o0_0};
  cube_opt1_pe pe0_0 (
    .clk(clk),
    .a(a_in[31:0]),
    .b(b_in[31:0]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o0_0)
  );
  cube_opt1_pe pe0_1 (
    .clk(clk),
    .a(a_in[31:0]),
    .b(b_in[63:32]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o0_1)
  );
  cube_opt1_pe pe0_2 (
    .clk(clk),
    .a(a_in[31:0]),
    .b(b_in[95:64]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o0_2)
  );
  cube_opt1_pe pe0_3 (
    .clk(clk),
    .a(a_in[31:0]),
    .b(b_in[127:96]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o0_3)
  );
  cube_opt1_pe pe1_0 (
    .clk(clk),
    .a(a_in[63:32]),
    .b(b_in[31:0]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o1_0)
  );
  cube_opt1_pe pe1_1 (
    .clk(clk),
    .a(a_in[63:32]),
    .b(b_in[63:32]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o1_1)
  );
  cube_opt1_pe pe1_2 (
    .clk(clk),
    .a(a_in[63:32]),
    .b(b_in[95:64]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o1_2)
  );
  cube_opt1_pe pe1_3 (
    .clk(clk),
    .a(a_in[63:32]),
    .b(b_in[127:96]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o1_3)
  );
  cube_opt1_pe pe2_0 (
    .clk(clk),
    .a(a_in[95:64]),
    .b(b_in[31:0]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o2_0)
  );
  cube_opt1_pe pe2_1 (
    .clk(clk),
    .a(a_in[95:64]),
    .b(b_in[63:32]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o2_1)
  );
  cube_opt1_pe pe2_2 (
    .clk(clk),
    .a(a_in[95:64]),
    .b(b_in[95:64]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o2_2)
  );
  cube_opt1_pe pe2_3 (
    .clk(clk),
    .a(a_in[95:64]),
    .b(b_in[127:96]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o2_3)
  );
  cube_opt1_pe pe3_0 (
    .clk(clk),
    .a(a_in[127:96]),
    .b(b_in[31:0]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o3_0)
  );
  cube_opt1_pe pe3_1 (
    .clk(clk),
    .a(a_in[127:96]),
    .b(b_in[63:32]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o3_1)
  );
  cube_opt1_pe pe3_2 (
    .clk(clk),
    .a(a_in[127:96]),
    .b(b_in[95:64]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o3_2)
  );
  cube_opt1_pe pe3_3 (
    .clk(clk),
    .a(a_in[127:96]),
    .b(b_in[127:96]),
    .vld(f_vld),
    .first(f_first),
    .res_out(o3_3)
  );
  always @(posedge clk) if (rst) run <= 1'b0; else run <= start | (run & ~f_last);
  always @(posedge clk) if (rst) kcnt <= 32'd0; else if (start | run) kcnt <= start ? 32'd0 : kcnt + 32'd1;
  always @(posedge clk) if (rst) krem <= 32'd0; else if (start | run) krem <= start ? cfg_k : krem - 32'd1;
  always @(posedge clk) if (rst) k_first <= 1'b0; else if (start | run) k_first <= start;
  always @(posedge clk) if (rst) k_last <= 1'b0; else if (start | run) k_last <= start ? cfg_k == 32'd1 : krem == 32'd2;
  always @(posedge clk) if (rst) dl_f_last_q0 <= 1'b0; else dl_f_last_q0 <= f_last;
  always @(posedge clk) if (rst) dl_dl_f_last_q1 <= 1'b0; else dl_dl_f_last_q1 <= dl_f_last_q0;
endmodule
