// adder_tree_k4_opt2_ppgen_s8_w9_s0: partial product: digit x int8, shifted 0, 9 bits
// Source design: adder_tree_k4_opt2 (examples/adder_tree_k4_opt2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module adder_tree_k4_opt2_ppgen_s8_w9_s0 (
  input wire [2:0] dig,
  input wire [7:0] b,
  output wire [8:0] pp
);
  // dig = {neg, two, one}: magnitude 0, b or 2b, inverted when negative; the +1 that completes
  // the negation is added by the caller's correction row at bit 0.
  wire [9-1:0] bx = {{1{b[7]}}, b};
  wire [9-1:0] mag = dig[1] ? {bx[7:0], 1'b0} : (dig[0] ? bx : 9'd0);
  assign pp = mag ^ {9{dig[2]}};
endmodule
