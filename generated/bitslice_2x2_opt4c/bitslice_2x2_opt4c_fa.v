// bitslice_2x2_opt4c_fa: full adder (3:2 counter)
// Source design: bitslice_2x2_opt4c (examples/bitslice_2x2_opt4c.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module bitslice_2x2_opt4c_fa (
  input wire a,
  input wire b,
  input wire ci,
  output wire s,
  output wire co
);
  assign s = a ^ b ^ ci;
  assign co = (a & b) | (a & ci) | (b & ci);
endmodule
