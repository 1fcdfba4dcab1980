// adder_tree_k16_opt2_pe: adder-tree PE: stationary weight, partial products per bit weight (OPT2)
// Source design: adder_tree_k16_opt2 (examples/adder_tree_k16_opt2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// adder-tree PE (perj): the weight b is held by the array's load chain; the product of
// the broadcast a (or its digits) and b goes to the column's reduction tree.
module adder_tree_k16_opt2_pe (
  input wire clk,
  input wire [11:0] a,
  input wire [7:0] b,
  output wire [8:0] p0_out,
  output wire [8:0] p1_out,
  output wire [8:0] p2_out,
  output wire [8:0] p3_out
);
  wire [8:0] pp0;
  wire [8:0] pp1;
  wire [8:0] pp2;
  wire [8:0] pp3;
  reg [8:0] pp0_q0;
  reg [8:0] pp1_q0;
  reg [8:0] pp2_q0;
  reg [8:0] pp3_q0;
  assign p0_out = pp0_q0;
  assign p1_out = pp1_q0;
  assign p2_out = pp2_q0;
  assign p3_out = pp3_q0;
  adder_tree_k16_opt2_ppgen_s8_w9_s0 u_pp0 (
    .dig(a[2:0]),
    .b(b),
    .pp(pp0)
  );
  adder_tree_k16_opt2_ppgen_s8_w9_s0 u_pp1 (
    .dig(a[5:3]),
    .b(b),
    .pp(pp1)
  );
  adder_tree_k16_opt2_ppgen_s8_w9_s0 u_pp2 (
    .dig(a[8:6]),
    .b(b),
    .pp(pp2)
  );
  adder_tree_k16_opt2_ppgen_s8_w9_s0 u_pp3 (
    .dig(a[11:9]),
    .b(b),
    .pp(pp3)
  );
  always @(posedge clk) pp0_q0 <= pp0;
  always @(posedge clk) pp1_q0 <= pp1;
  always @(posedge clk) pp2_q0 <= pp2;
  always @(posedge clk) pp3_q0 <= pp3;
endmodule
