// laconic_2x2_csa3_w32: 32-bit 3:2 compressor row of 32 full adders
// Source design: laconic_2x2 (examples/laconic_2x2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module laconic_2x2_csa3_w32 (
  input wire [31:0] x,
  input wire [31:0] y,
  input wire [31:0] z,
  output wire [31:0] s,
  output wire [31:0] c
);
  // Carry of bit i weighs 2^(i+1); the top bit's carry leaves the word (arithmetic is mod 2^32).
  /* verilator lint_off UNUSEDSIGNAL */ // cy[31] is that carry out
  wire [31:0] cy;
  /* verilator lint_on UNUSEDSIGNAL */
  laconic_2x2_fa u_fa0 (.a(x[0]), .b(y[0]), .ci(z[0]), .s(s[0]), .co(cy[0]));
  laconic_2x2_fa u_fa1 (.a(x[1]), .b(y[1]), .ci(z[1]), .s(s[1]), .co(cy[1]));
  laconic_2x2_fa u_fa2 (.a(x[2]), .b(y[2]), .ci(z[2]), .s(s[2]), .co(cy[2]));
  laconic_2x2_fa u_fa3 (.a(x[3]), .b(y[3]), .ci(z[3]), .s(s[3]), .co(cy[3]));
  laconic_2x2_fa u_fa4 (.a(x[4]), .b(y[4]), .ci(z[4]), .s(s[4]), .co(cy[4]));
  laconic_2x2_fa u_fa5 (.a(x[5]), .b(y[5]), .ci(z[5]), .s(s[5]), .co(cy[5]));
  laconic_2x2_fa u_fa6 (.a(x[6]), .b(y[6]), .ci(z[6]), .s(s[6]), .co(cy[6]));
  laconic_2x2_fa u_fa7 (.a(x[7]), .b(y[7]), .ci(z[7]), .s(s[7]), .co(cy[7]));
  laconic_2x2_fa u_fa8 (.a(x[8]), .b(y[8]), .ci(z[8]), .s(s[8]), .co(cy[8]));
  laconic_2x2_fa u_fa9 (.a(x[9]), .b(y[9]), .ci(z[9]), .s(s[9]), .co(cy[9]));
  laconic_2x2_fa u_fa10 (.a(x[10]), .b(y[10]), .ci(z[10]), .s(s[10]), .co(cy[10]));
  laconic_2x2_fa u_fa11 (.a(x[11]), .b(y[11]), .ci(z[11]), .s(s[11]), .co(cy[11]));
  laconic_2x2_fa u_fa12 (.a(x[12]), .b(y[12]), .ci(z[12]), .s(s[12]), .co(cy[12]));
  laconic_2x2_fa u_fa13 (.a(x[13]), .b(y[13]), .ci(z[13]), .s(s[13]), .co(cy[13]));
  laconic_2x2_fa u_fa14 (.a(x[14]), .b(y[14]), .ci(z[14]), .s(s[14]), .co(cy[14]));
  laconic_2x2_fa u_fa15 (.a(x[15]), .b(y[15]), .ci(z[15]), .s(s[15]), .co(cy[15]));
  laconic_2x2_fa u_fa16 (.a(x[16]), .b(y[16]), .ci(z[16]), .s(s[16]), .co(cy[16]));
  laconic_2x2_fa u_fa17 (.a(x[17]), .b(y[17]), .ci(z[17]), .s(s[17]), .co(cy[17]));
  laconic_2x2_fa u_fa18 (.a(x[18]), .b(y[18]), .ci(z[18]), .s(s[18]), .co(cy[18]));
  laconic_2x2_fa u_fa19 (.a(x[19]), .b(y[19]), .ci(z[19]), .s(s[19]), .co(cy[19]));
  laconic_2x2_fa u_fa20 (.a(x[20]), .b(y[20]), .ci(z[20]), .s(s[20]), .co(cy[20]));
  laconic_2x2_fa u_fa21 (.a(x[21]), .b(y[21]), .ci(z[21]), .s(s[21]), .co(cy[21]));
  laconic_2x2_fa u_fa22 (.a(x[22]), .b(y[22]), .ci(z[22]), .s(s[22]), .co(cy[22]));
  laconic_2x2_fa u_fa23 (.a(x[23]), .b(y[23]), .ci(z[23]), .s(s[23]), .co(cy[23]));
  laconic_2x2_fa u_fa24 (.a(x[24]), .b(y[24]), .ci(z[24]), .s(s[24]), .co(cy[24]));
  laconic_2x2_fa u_fa25 (.a(x[25]), .b(y[25]), .ci(z[25]), .s(s[25]), .co(cy[25]));
  laconic_2x2_fa u_fa26 (.a(x[26]), .b(y[26]), .ci(z[26]), .s(s[26]), .co(cy[26]));
  laconic_2x2_fa u_fa27 (.a(x[27]), .b(y[27]), .ci(z[27]), .s(s[27]), .co(cy[27]));
  laconic_2x2_fa u_fa28 (.a(x[28]), .b(y[28]), .ci(z[28]), .s(s[28]), .co(cy[28]));
  laconic_2x2_fa u_fa29 (.a(x[29]), .b(y[29]), .ci(z[29]), .s(s[29]), .co(cy[29]));
  laconic_2x2_fa u_fa30 (.a(x[30]), .b(y[30]), .ci(z[30]), .s(s[30]), .co(cy[30]));
  laconic_2x2_fa u_fa31 (.a(x[31]), .b(y[31]), .ci(z[31]), .s(s[31]), .co(cy[31]));
  assign c = {cy[30:0], 1'b0};
endmodule
