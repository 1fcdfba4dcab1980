// cube_mac_opt1_chain: k chain of 4 MAC PEs into one output's accumulator
// Source design: cube_mac_opt1 (examples/cube_mac_opt1.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// One output of the cube: a chain of 4 MAC PEs along k (lane e of a and b feeds layer e,
// each layer adds into the partial sum of the one before) ending in the output's accumulator.
module cube_mac_opt1_chain (
  input wire clk,
  input wire [31:0] a,
  input wire [31:0] b,
  input wire vld,
  input wire first,
  output wire [31:0] res_out
);
  wire [31:0] ps_s_l0;
  wire [31:0] ps_c_l0;
  wire [31:0] ps_s_l1;
  wire [31:0] ps_c_l1;
  wire [31:0] ps_s_l2;
  wire [31:0] ps_c_l2;
  wire [31:0] ps_s_l3;
  wire [31:0] ps_c_l3;
  cube_mac_opt1_pe pe0 (
    .clk(clk),
    .a(a[7:0]),
    .b(b[7:0]),
    .ps_s_in({32{1'b0}}),
    .ps_c_in({32{1'b0}}),
    .ps_s_out(ps_s_l0),
    .ps_c_out(ps_c_l0)
  );
  cube_mac_opt1_pe pe1 (
    .clk(clk),
    .a(a[15:8]),
    .b(b[15:8]),
    .ps_s_in(ps_s_l0),
    .ps_c_in(ps_c_l0),
    .ps_s_out(ps_s_l1),
    .ps_c_out(ps_c_l1)
  );
  cube_mac_opt1_pe pe2 (
    .clk(clk),
    .a(a[23:16]),
    .b(b[23:16]),
    .ps_s_in(ps_s_l1),
    .ps_c_in(ps_c_l1),
    .ps_s_out(ps_s_l2),
    .ps_c_out(ps_c_l2)
  );
  cube_mac_opt1_pe pe3 (
    .clk(clk),
    .a(a[31:24]),
    .b(b[31:24]),
    .ps_s_in(ps_s_l2),
    .ps_c_in(ps_c_l2),
    .ps_s_out(ps_s_l3),
    .ps_c_out(ps_c_l3)
  );
  cube_mac_opt1_acc u_acc (
    .clk(clk),
    .vld(vld),
    .first(first),
    .ps_s_in(ps_s_l3),
    .ps_c_in(ps_c_l3),
    .res_out(res_out)
  );
endmodule
