// adder_tree_k16_opt1_csa3_w20: 20-bit 3:2 compressor row of 20 full adders
// Source design: adder_tree_k16_opt1 (examples/adder_tree_k16_opt1.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module adder_tree_k16_opt1_csa3_w20 (
  input wire [19:0] x,
  input wire [19:0] y,
  input wire [19:0] z,
  output wire [19:0] s,
  output wire [19:0] c
);
  // Carry of bit i weighs 2^(i+1); the top bit's carry leaves the word (arithmetic is mod 2^20).
  /* verilator lint_off UNUSEDSIGNAL */ // cy[19] is that carry out
  wire [19:0] cy;
  /* verilator lint_on UNUSEDSIGNAL */
  adder_tree_k16_opt1_fa u_fa0 (.a(x[0]), .b(y[0]), .ci(z[0]), .s(s[0]), .co(cy[0]));
  adder_tree_k16_opt1_fa u_fa1 (.a(x[1]), .b(y[1]), .ci(z[1]), .s(s[1]), .co(cy[1]));
  adder_tree_k16_opt1_fa u_fa2 (.a(x[2]), .b(y[2]), .ci(z[2]), .s(s[2]), .co(cy[2]));
  adder_tree_k16_opt1_fa u_fa3 (.a(x[3]), .b(y[3]), .ci(z[3]), .s(s[3]), .co(cy[3]));
  adder_tree_k16_opt1_fa u_fa4 (.a(x[4]), .b(y[4]), .ci(z[4]), .s(s[4]), .co(cy[4]));
  adder_tree_k16_opt1_fa u_fa5 (.a(x[5]), .b(y[5]), .ci(z[5]), .s(s[5]), .co(cy[5]));
  adder_tree_k16_opt1_fa u_fa6 (.a(x[6]), .b(y[6]), .ci(z[6]), .s(s[6]), .co(cy[6]));
  adder_tree_k16_opt1_fa u_fa7 (.a(x[7]), .b(y[7]), .ci(z[7]), .s(s[7]), .co(cy[7]));
  adder_tree_k16_opt1_fa u_fa8 (.a(x[8]), .b(y[8]), .ci(z[8]), .s(s[8]), .co(cy[8]));
  adder_tree_k16_opt1_fa u_fa9 (.a(x[9]), .b(y[9]), .ci(z[9]), .s(s[9]), .co(cy[9]));
  adder_tree_k16_opt1_fa u_fa10 (.a(x[10]), .b(y[10]), .ci(z[10]), .s(s[10]), .co(cy[10]));
  adder_tree_k16_opt1_fa u_fa11 (.a(x[11]), .b(y[11]), .ci(z[11]), .s(s[11]), .co(cy[11]));
  adder_tree_k16_opt1_fa u_fa12 (.a(x[12]), .b(y[12]), .ci(z[12]), .s(s[12]), .co(cy[12]));
  adder_tree_k16_opt1_fa u_fa13 (.a(x[13]), .b(y[13]), .ci(z[13]), .s(s[13]), .co(cy[13]));
  adder_tree_k16_opt1_fa u_fa14 (.a(x[14]), .b(y[14]), .ci(z[14]), .s(s[14]), .co(cy[14]));
  adder_tree_k16_opt1_fa u_fa15 (.a(x[15]), .b(y[15]), .ci(z[15]), .s(s[15]), .co(cy[15]));
  adder_tree_k16_opt1_fa u_fa16 (.a(x[16]), .b(y[16]), .ci(z[16]), .s(s[16]), .co(cy[16]));
  adder_tree_k16_opt1_fa u_fa17 (.a(x[17]), .b(y[17]), .ci(z[17]), .s(s[17]), .co(cy[17]));
  adder_tree_k16_opt1_fa u_fa18 (.a(x[18]), .b(y[18]), .ci(z[18]), .s(s[18]), .co(cy[18]));
  adder_tree_k16_opt1_fa u_fa19 (.a(x[19]), .b(y[19]), .ci(z[19]), .s(s[19]), .co(cy[19]));
  assign c = {cy[18:0], 1'b0};
endmodule
