// laconic_c32_fa: full adder (3:2 counter)
// Source design: laconic_c32 (examples/laconic_c32.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module laconic_c32_fa (
  input wire a,
  input wire b,
  input wire ci,
  output wire s,
  output wire co
);
  assign s = a ^ b ^ ci;
  assign co = (a & b) | (a & ci) | (b & ci);
endmodule
