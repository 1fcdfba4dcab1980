// adder_tree_k4_opt2_csa3_w11: 11-bit 3:2 compressor row of 11 full adders
// Source design: adder_tree_k4_opt2 (examples/adder_tree_k4_opt2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module adder_tree_k4_opt2_csa3_w11 (
  input wire [10:0] x,
  input wire [10:0] y,
  input wire [10:0] z,
  output wire [10:0] s,
  output wire [10:0] c
);
  // Carry of bit i weighs 2^(i+1); the top bit's carry leaves the word (arithmetic is mod 2^11).
  /* verilator lint_off UNUSEDSIGNAL */ // cy[10] is that carry out
  wire [10:0] cy;
  /* verilator lint_on UNUSEDSIGNAL */
  adder_tree_k4_opt2_fa u_fa0 (.a(x[0]), .b(y[0]), .ci(z[0]), .s(s[0]), .co(cy[0]));
  adder_tree_k4_opt2_fa u_fa1 (.a(x[1]), .b(y[1]), .ci(z[1]), .s(s[1]), .co(cy[1]));
  adder_tree_k4_opt2_fa u_fa2 (.a(x[2]), .b(y[2]), .ci(z[2]), .s(s[2]), .co(cy[2]));
  adder_tree_k4_opt2_fa u_fa3 (.a(x[3]), .b(y[3]), .ci(z[3]), .s(s[3]), .co(cy[3]));
  adder_tree_k4_opt2_fa u_fa4 (.a(x[4]), .b(y[4]), .ci(z[4]), .s(s[4]), .co(cy[4]));
  adder_tree_k4_opt2_fa u_fa5 (.a(x[5]), .b(y[5]), .ci(z[5]), .s(s[5]), .co(cy[5]));
  adder_tree_k4_opt2_fa u_fa6 (.a(x[6]), .b(y[6]), .ci(z[6]), .s(s[6]), .co(cy[6]));
  adder_tree_k4_opt2_fa u_fa7 (.a(x[7]), .b(y[7]), .ci(z[7]), .s(s[7]), .co(cy[7]));
  adder_tree_k4_opt2_fa u_fa8 (.a(x[8]), .b(y[8]), .ci(z[8]), .s(s[8]), .co(cy[8]));
  adder_tree_k4_opt2_fa u_fa9 (.a(x[9]), .b(y[9]), .ci(z[9]), .s(s[9]), .co(cy[9]));
  adder_tree_k4_opt2_fa u_fa10 (.a(x[10]), .b(y[10]), .ci(z[10]), .s(s[10]), .co(cy[10]));
  assign c = {cy[9:0], 1'b0};
endmodule
