// bitslice_c16_opt4c_cpa_w32: 32-bit carry-propagate adder
// Source design: bitslice_c16_opt4c (examples/bitslice_c16_opt4c.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module bitslice_c16_opt4c_cpa_w32 (
  input wire [31:0] x,
  input wire [31:0] y,
  output wire [31:0] s
);
  // Carry-propagate adder; synthesis maps `+` to its adder architecture (the carry chain).
  assign s = x + y;
endmodule
