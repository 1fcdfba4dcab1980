// adder_tree_k4_opt2_cpa_w18: 18-bit carry-propagate adder
// Source design: adder_tree_k4_opt2 (examples/adder_tree_k4_opt2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module adder_tree_k4_opt2_cpa_w18 (
  input wire [17:0] x,
  input wire [17:0] y,
  output wire [17:0] s
);
  // Carry-propagate adder; synthesis maps `+` to its adder architecture (the carry chain).
  assign s = x + y;
endmodule
