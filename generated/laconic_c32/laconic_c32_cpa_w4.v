// laconic_c32_cpa_w4: 4-bit carry-propagate adder
// Source design: laconic_c32 (examples/laconic_c32.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module laconic_c32_cpa_w4 (
  input wire [3:0] x,
  input wire [3:0] y,
  output wire [3:0] s
);
  // Carry-propagate adder; synthesis maps `+` to its adder architecture (the carry chain).
  assign s = x + y;
endmodule
