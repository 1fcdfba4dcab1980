// adder_tree_u8_cpa_w17: 17-bit carry-propagate adder
// Source design: adder_tree_u8 (examples/adder_tree_u8.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module adder_tree_u8_cpa_w17 (
  input wire [16:0] x,
  input wire [16:0] y,
  output wire [16:0] s
);
  // Carry-propagate adder; synthesis maps `+` to its adder architecture (the carry chain).
  assign s = x + y;
endmodule
