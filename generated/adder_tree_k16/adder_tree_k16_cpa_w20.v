// adder_tree_k16_cpa_w20: 20-bit carry-propagate adder
// Source design: adder_tree_k16 (examples/adder_tree_k16.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module adder_tree_k16_cpa_w20 (
  input wire [19:0] x,
  input wire [19:0] y,
  output wire [19:0] s
);
  // Carry-propagate adder; synthesis maps `+` to its adder architecture (the carry chain).
  assign s = x + y;
endmodule
