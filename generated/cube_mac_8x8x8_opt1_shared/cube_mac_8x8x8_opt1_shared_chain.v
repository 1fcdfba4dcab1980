// cube_mac_8x8x8_opt1_shared_chain: k chain of 8 MAC PEs into one output's accumulator
// Source design: cube_mac_8x8x8_opt1_shared (examples/cube_mac_8x8x8_opt1_shared.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// One output of the cube: a chain of 8 MAC PEs along k (lane e of a and b feeds layer e,
// each layer adds into the partial sum of the one before) ending in the output's accumulator.
module cube_mac_8x8x8_opt1_shared_chain (
  input wire clk,
  input wire [63:0] a,
  input wire [63:0] b,
  input wire vld,
  input wire first,
  output wire [31:0] acc_s_out,
  output wire [31:0] acc_c_out
);
  wire [31:0] ps_s_l0;
  wire [31:0] ps_c_l0;
  wire [31:0] ps_s_l1;
  wire [31:0] ps_c_l1;
  wire [31:0] ps_s_l2;
  wire [31:0] ps_c_l2;
  wire [31:0] ps_s_l3;
  wire [31:0] ps_c_l3;
  wire [31:0] ps_s_l4;
  wire [31:0] ps_c_l4;
  wire [31:0] ps_s_l5;
  wire [31:0] ps_c_l5;
  wire [31:0] ps_s_l6;
  wire [31:0] ps_c_l6;
  wire [31:0] ps_s_l7;
  wire [31:0] ps_c_l7;
  cube_mac_8x8x8_opt1_shared_pe pe0 (
    .clk(clk),
    .a(a[7:0]),
    .b(b[7:0]),
    .ps_s_in({32{1'b0}}),
    .ps_c_in({32{1'b0}}),
    .ps_s_out(ps_s_l0),
    .ps_c_out(ps_c_l0)
  );
  cube_mac_8x8x8_opt1_shared_pe pe1 (
    .clk(clk),
    .a(a[15:8]),
    .b(b[15:8]),
    .ps_s_in(ps_s_l0),
    .ps_c_in(ps_c_l0),
    .ps_s_out(ps_s_l1),
    .ps_c_out(ps_c_l1)
  );
  cube_mac_8x8x8_opt1_shared_pe pe2 (
    .clk(clk),
    .a(a[23:16]),
    .b(b[23:16]),
    .ps_s_in(ps_s_l1),
    .ps_c_in(ps_c_l1),
    .ps_s_out(ps_s_l2),
    .ps_c_out(ps_c_l2)
  );
  cube_mac_8x8x8_opt1_shared_pe pe3 (
    .clk(clk),
    .a(a[31:24]),
    .b(b[31:24]),
    .ps_s_in(ps_s_l2),
    .ps_c_in(ps_c_l2),
    .ps_s_out(ps_s_l3),
    .ps_c_out(ps_c_l3)
  );
  cube_mac_8x8x8_opt1_shared_pe pe4 (
    .clk(clk),
    .a(a[39:32]),
    .b(b[39:32]),
    .ps_s_in(ps_s_l3),
    .ps_c_in(ps_c_l3),
    .ps_s_out(ps_s_l4),
    .ps_c_out(ps_c_l4)
  );
  cube_mac_8x8x8_opt1_shared_pe pe5 (
    .clk(clk),
    .a(a[47:40]),
    .b(b[47:40]),
    .ps_s_in(ps_s_l4),
    .ps_c_in(ps_c_l4),
    .ps_s_out(ps_s_l5),
    .ps_c_out(ps_c_l5)
  );
  cube_mac_8x8x8_opt1_shared_pe pe6 (
    .clk(clk),
    .a(a[55:48]),
    .b(b[55:48]),
    .ps_s_in(ps_s_l5),
    .ps_c_in(ps_c_l5),
    .ps_s_out(ps_s_l6),
    .ps_c_out(ps_c_l6)
  );
  cube_mac_8x8x8_opt1_shared_pe pe7 (
    .clk(clk),
    .a(a[63:56]),
    .b(b[63:56]),
    .ps_s_in(ps_s_l6),
    .ps_c_in(ps_c_l6),
    .ps_s_out(ps_s_l7),
    .ps_c_out(ps_c_l7)
  );
  cube_mac_8x8x8_opt1_shared_acc u_acc (
    .clk(clk),
    .vld(vld),
    .first(first),
    .ps_s_in(ps_s_l7),
    .ps_c_in(ps_c_l7),
    .acc_s_out(acc_s_out),
    .acc_c_out(acc_c_out)
  );
endmodule
