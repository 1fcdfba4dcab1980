// cube_mac_8x8x8_opt2_chain: k chain of 8 MAC PEs into one output's accumulator
// Source design: cube_mac_8x8x8_opt2 (examples/cube_mac_8x8x8_opt2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// One output of the cube: a chain of 8 MAC PEs along k (lane e of a and b feeds layer e,
// each layer adds into the partial sum of the one before) ending in the output's accumulator.
module cube_mac_8x8x8_opt2_chain (
  input wire clk,
  input wire [95:0] a,
  input wire [63:0] b,
  input wire vld,
  input wire first,
  output wire [31:0] res_out
);
  wire [31:0] ps0_s_l0;
  wire [31:0] ps0_c_l0;
  wire [29:0] ps1_s_l0;
  wire [29:0] ps1_c_l0;
  wire [27:0] ps2_s_l0;
  wire [27:0] ps2_c_l0;
  wire [25:0] ps3_s_l0;
  wire [25:0] ps3_c_l0;
  wire [31:0] ps0_s_l1;
  wire [31:0] ps0_c_l1;
  wire [29:0] ps1_s_l1;
  wire [29:0] ps1_c_l1;
  wire [27:0] ps2_s_l1;
  wire [27:0] ps2_c_l1;
  wire [25:0] ps3_s_l1;
  wire [25:0] ps3_c_l1;
  wire [31:0] ps0_s_l2;
  wire [31:0] ps0_c_l2;
  wire [29:0] ps1_s_l2;
  wire [29:0] ps1_c_l2;
  wire [27:0] ps2_s_l2;
  wire [27:0] ps2_c_l2;
  wire [25:0] ps3_s_l2;
  wire [25:0] ps3_c_l2;
  wire [31:0] ps0_s_l3;
  wire [31:0] ps0_c_l3;
  wire [29:0] ps1_s_l3;
  wire [29:0] ps1_c_l3;
  wire [27:0] ps2_s_l3;
  wire [27:0] ps2_c_l3;
  wire [25:0] ps3_s_l3;
  wire [25:0] ps3_c_l3;
  wire [31:0] ps0_s_l4;
  wire [31:0] ps0_c_l4;
  wire [29:0] ps1_s_l4;
  wire [29:0] ps1_c_l4;
  wire [27:0] ps2_s_l4;
  wire [27:0] ps2_c_l4;
  wire [25:0] ps3_s_l4;
  wire [25:0] ps3_c_l4;
  wire [31:0] ps0_s_l5;
  wire [31:0] ps0_c_l5;
  wire [29:0] ps1_s_l5;
  wire [29:0] ps1_c_l5;
  wire [27:0] ps2_s_l5;
  wire [27:0] ps2_c_l5;
  wire [25:0] ps3_s_l5;
  wire [25:0] ps3_c_l5;
  wire [31:0] ps0_s_l6;
  wire [31:0] ps0_c_l6;
  wire [29:0] ps1_s_l6;
  wire [29:0] ps1_c_l6;
  wire [27:0] ps2_s_l6;
  wire [27:0] ps2_c_l6;
  wire [25:0] ps3_s_l6;
  wire [25:0] ps3_c_l6;
  wire [31:0] ps0_s_l7;
  wire [31:0] ps0_c_l7;
  wire [29:0] ps1_s_l7;
  wire [29:0] ps1_c_l7;
  wire [27:0] ps2_s_l7;
  wire [27:0] ps2_c_l7;
  wire [25:0] ps3_s_l7;
  wire [25:0] ps3_c_l7;
  cube_mac_8x8x8_opt2_pe pe0 (
    .clk(clk),
    .a(a[11:0]),
    .b(b[7:0]),
    .ps0_s_in({32{1'b0}}),
    .ps0_c_in({32{1'b0}}),
    .ps1_s_in({30{1'b0}}),
    .ps1_c_in({30{1'b0}}),
    .ps2_s_in({28{1'b0}}),
    .ps2_c_in({28{1'b0}}),
    .ps3_s_in({26{1'b0}}),
    .ps3_c_in({26{1'b0}}),
    .ps0_s_out(ps0_s_l0),
    .ps0_c_out(ps0_c_l0),
    .ps1_s_out(ps1_s_l0),
    .ps1_c_out(ps1_c_l0),
    .ps2_s_out(ps2_s_l0),
    .ps2_c_out(ps2_c_l0),
    .ps3_s_out(ps3_s_l0),
    .ps3_c_out(ps3_c_l0)
  );
  cube_mac_8x8x8_opt2_pe pe1 (
    .clk(clk),
    .a(a[23:12]),
    .b(b[15:8]),
    .ps0_s_in(ps0_s_l0),
    .ps0_c_in(ps0_c_l0),
    .ps1_s_in(ps1_s_l0),
    .ps1_c_in(ps1_c_l0),
    .ps2_s_in(ps2_s_l0),
    .ps2_c_in(ps2_c_l0),
    .ps3_s_in(ps3_s_l0),
    .ps3_c_in(ps3_c_l0),
    .ps0_s_out(ps0_s_l1),
    .ps0_c_out(ps0_c_l1),
    .ps1_s_out(ps1_s_l1),
    .ps1_c_out(ps1_c_l1),
    .ps2_s_out(ps2_s_l1),
    .ps2_c_out(ps2_c_l1),
    .ps3_s_out(ps3_s_l1),
    .ps3_c_out(ps3_c_l1)
  );
  cube_mac_8x8x8_opt2_pe pe2 (
    .clk(clk),
    .a(a[35:24]),
    .b(b[23:16]),
    .ps0_s_in(ps0_s_l1),
    .ps0_c_in(ps0_c_l1),
    .ps1_s_in(ps1_s_l1),
    .ps1_c_in(ps1_c_l1),
    .ps2_s_in(ps2_s_l1),
    .ps2_c_in(ps2_c_l1),
    .ps3_s_in(ps3_s_l1),
    .ps3_c_in(ps3_c_l1),
    .ps0_s_out(ps0_s_l2),
    .ps0_c_out(ps0_c_l2),
    .ps1_s_out(ps1_s_l2),
    .ps1_c_out(ps1_c_l2),
    .ps2_s_out(ps2_s_l2),
    .ps2_c_out(ps2_c_l2),
    .ps3_s_out(ps3_s_l2),
    .ps3_c_out(ps3_c_l2)
  );
  cube_mac_8x8x8_opt2_pe pe3 (
    .clk(clk),
    .a(a[47:36]),
    .b(b[31:24]),
    .ps0_s_in(ps0_s_l2),
    .ps0_c_in(ps0_c_l2),
    .ps1_s_in(ps1_s_l2),
    .ps1_c_in(ps1_c_l2),
    .ps2_s_in(ps2_s_l2),
    .ps2_c_in(ps2_c_l2),
    .ps3_s_in(ps3_s_l2),
    .ps3_c_in(ps3_c_l2),
    .ps0_s_out(ps0_s_l3),
    .ps0_c_out(ps0_c_l3),
    .ps1_s_out(ps1_s_l3),
    .ps1_c_out(ps1_c_l3),
    .ps2_s_out(ps2_s_l3),
    .ps2_c_out(ps2_c_l3),
    .ps3_s_out(ps3_s_l3),
    .ps3_c_out(ps3_c_l3)
  );
  cube_mac_8x8x8_opt2_pe pe4 (
    .clk(clk),
    .a(a[59:48]),
    .b(b[39:32]),
    .ps0_s_in(ps0_s_l3),
    .ps0_c_in(ps0_c_l3),
    .ps1_s_in(ps1_s_l3),
    .ps1_c_in(ps1_c_l3),
    .ps2_s_in(ps2_s_l3),
    .ps2_c_in(ps2_c_l3),
    .ps3_s_in(ps3_s_l3),
    .ps3_c_in(ps3_c_l3),
    .ps0_s_out(ps0_s_l4),
    .ps0_c_out(ps0_c_l4),
    .ps1_s_out(ps1_s_l4),
    .ps1_c_out(ps1_c_l4),
    .ps2_s_out(ps2_s_l4),
    .ps2_c_out(ps2_c_l4),
    .ps3_s_out(ps3_s_l4),
    .ps3_c_out(ps3_c_l4)
  );
  cube_mac_8x8x8_opt2_pe pe5 (
    .clk(clk),
    .a(a[71:60]),
    .b(b[47:40]),
    .ps0_s_in(ps0_s_l4),
    .ps0_c_in(ps0_c_l4),
    .ps1_s_in(ps1_s_l4),
    .ps1_c_in(ps1_c_l4),
    .ps2_s_in(ps2_s_l4),
    .ps2_c_in(ps2_c_l4),
    .ps3_s_in(ps3_s_l4),
    .ps3_c_in(ps3_c_l4),
    .ps0_s_out(ps0_s_l5),
    .ps0_c_out(ps0_c_l5),
    .ps1_s_out(ps1_s_l5),
    .ps1_c_out(ps1_c_l5),
    .ps2_s_out(ps2_s_l5),
    .ps2_c_out(ps2_c_l5),
    .ps3_s_out(ps3_s_l5),
    .ps3_c_out(ps3_c_l5)
  );
  cube_mac_8x8x8_opt2_pe pe6 (
    .clk(clk),
    .a(a[83:72]),
    .b(b[55:48]),
    .ps0_s_in(ps0_s_l5),
    .ps0_c_in(ps0_c_l5),
    .ps1_s_in(ps1_s_l5),
    .ps1_c_in(ps1_c_l5),
    .ps2_s_in(ps2_s_l5),
    .ps2_c_in(ps2_c_l5),
    .ps3_s_in(ps3_s_l5),
    .ps3_c_in(ps3_c_l5),
    .ps0_s_out(ps0_s_l6),
    .ps0_c_out(ps0_c_l6),
    .ps1_s_out(ps1_s_l6),
    .ps1_c_out(ps1_c_l6),
    .ps2_s_out(ps2_s_l6),
    .ps2_c_out(ps2_c_l6),
    .ps3_s_out(ps3_s_l6),
    .ps3_c_out(ps3_c_l6)
  );
  cube_mac_8x8x8_opt2_pe pe7 (
    .clk(clk),
    .a(a[95:84]),
    .b(b[63:56]),
    .ps0_s_in(ps0_s_l6),
    .ps0_c_in(ps0_c_l6),
    .ps1_s_in(ps1_s_l6),
    .ps1_c_in(ps1_c_l6),
    .ps2_s_in(ps2_s_l6),
    .ps2_c_in(ps2_c_l6),
    .ps3_s_in(ps3_s_l6),
    .ps3_c_in(ps3_c_l6),
    .ps0_s_out(ps0_s_l7),
    .ps0_c_out(ps0_c_l7),
    .ps1_s_out(ps1_s_l7),
    .ps1_c_out(ps1_c_l7),
    .ps2_s_out(ps2_s_l7),
    .ps2_c_out(ps2_c_l7),
    .ps3_s_out(ps3_s_l7),
    .ps3_c_out(ps3_c_l7)
  );
  cube_mac_8x8x8_opt2_acc u_acc (
    .clk(clk),
    .vld(vld),
    .first(first),
    .ps0_s_in(ps0_s_l7),
    .ps0_c_in(ps0_c_l7),
    .ps1_s_in(ps1_s_l7),
    .ps1_c_in(ps1_c_l7),
    .ps2_s_in(ps2_s_l7),
    .ps2_c_in(ps2_c_l7),
    .ps3_s_in(ps3_s_l7),
    .ps3_c_in(ps3_c_l7),
    .res_out(res_out)
  );
endmodule
