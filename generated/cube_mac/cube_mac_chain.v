// cube_mac_chain: k chain of 4 MAC PEs into one output's accumulator
// Source design: cube_mac (examples/cube_mac.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// One output of the cube: a chain of 4 MAC PEs along k (lane e of a and b feeds layer e,
// each layer adds into the partial sum of the one before) ending in the output's accumulator.
module cube_mac_chain (
  input wire clk,
  input wire [31:0] a,
  input wire [31:0] b,
  input wire vld,
  input wire first,
  output wire [31:0] acc_out
);
  wire [31:0] ps_l0;
  wire [31:0] ps_l1;
  wire [31:0] ps_l2;
  wire [31:0] ps_l3;
  cube_mac_pe pe0 (
    .clk(clk),
    .a(a[7:0]),
    .b(b[7:0]),
    .ps_in({32{1'b0}}),
    .ps_out(ps_l0)
  );
  cube_mac_pe pe1 (
    .clk(clk),
    .a(a[15:8]),
    .b(b[15:8]),
    .ps_in(ps_l0),
    .ps_out(ps_l1)
  );
  cube_mac_pe pe2 (
    .clk(clk),
    .a(a[23:16]),
    .b(b[23:16]),
    .ps_in(ps_l1),
    .ps_out(ps_l2)
  );
  cube_mac_pe pe3 (
    .clk(clk),
    .a(a[31:24]),
    .b(b[31:24]),
    .ps_in(ps_l2),
    .ps_out(ps_l3)
  );
  cube_mac_acc u_acc (
    .clk(clk),
    .vld(vld),
    .first(first),
    .ps_in(ps_l3),
    .acc_out(acc_out)
  );
endmodule
