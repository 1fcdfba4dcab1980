// laconic_c16_cpa_w32: 32-bit carry-propagate adder
// Source design: laconic_c16 (examples/laconic_c16.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module laconic_c16_cpa_w32 (
  input wire [31:0] x,
  input wire [31:0] y,
  output wire [31:0] s
);
  // Carry-propagate adder; synthesis maps `+` to its adder architecture (the carry chain).
  assign s = x + y;
endmodule
