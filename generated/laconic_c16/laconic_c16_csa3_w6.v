// laconic_c16_csa3_w6: 6-bit 3:2 compressor row of 6 full adders
// Source design: laconic_c16 (examples/laconic_c16.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module laconic_c16_csa3_w6 (
  input wire [5:0] x,
  input wire [5:0] y,
  input wire [5:0] z,
  output wire [5:0] s,
  output wire [5:0] c
);
  // Carry of bit i weighs 2^(i+1); the top bit's carry leaves the word (arithmetic is mod 2^6).
  /* verilator lint_off UNUSEDSIGNAL */ // cy[5] is that carry out
  wire [5:0] cy;
  /* verilator lint_on UNUSEDSIGNAL */
  laconic_c16_fa u_fa0 (.a(x[0]), .b(y[0]), .ci(z[0]), .s(s[0]), .co(cy[0]));
  laconic_c16_fa u_fa1 (.a(x[1]), .b(y[1]), .ci(z[1]), .s(s[1]), .co(cy[1]));
  laconic_c16_fa u_fa2 (.a(x[2]), .b(y[2]), .ci(z[2]), .s(s[2]), .co(cy[2]));
  laconic_c16_fa u_fa3 (.a(x[3]), .b(y[3]), .ci(z[3]), .s(s[3]), .co(cy[3]));
  laconic_c16_fa u_fa4 (.a(x[4]), .b(y[4]), .ci(z[4]), .s(s[4]), .co(cy[4]));
  laconic_c16_fa u_fa5 (.a(x[5]), .b(y[5]), .ci(z[5]), .s(s[5]), .co(cy[5]));
  assign c = {cy[4:0], 1'b0};
endmodule
