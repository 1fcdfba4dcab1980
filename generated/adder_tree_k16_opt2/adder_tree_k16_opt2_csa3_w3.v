// adder_tree_k16_opt2_csa3_w3: 3-bit 3:2 compressor row of 3 full adders
// Source design: adder_tree_k16_opt2 (examples/adder_tree_k16_opt2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module adder_tree_k16_opt2_csa3_w3 (
  input wire [2:0] x,
  input wire [2:0] y,
  input wire [2:0] z,
  output wire [2:0] s,
  output wire [2:0] c
);
  // Carry of bit i weighs 2^(i+1); the top bit's carry leaves the word (arithmetic is mod 2^3).
  /* verilator lint_off UNUSEDSIGNAL */ // cy[2] is that carry out
  wire [2:0] cy;
  /* verilator lint_on UNUSEDSIGNAL */
  adder_tree_k16_opt2_fa u_fa0 (.a(x[0]), .b(y[0]), .ci(z[0]), .s(s[0]), .co(cy[0]));
  adder_tree_k16_opt2_fa u_fa1 (.a(x[1]), .b(y[1]), .ci(z[1]), .s(s[1]), .co(cy[1]));
  adder_tree_k16_opt2_fa u_fa2 (.a(x[2]), .b(y[2]), .ci(z[2]), .s(s[2]), .co(cy[2]));
  assign c = {cy[1:0], 1'b0};
endmodule
