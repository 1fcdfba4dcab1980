// adder_tree_k16_ppgen_s8_w16_s4: partial product: digit x int8, shifted 4, 16 bits
// Source design: adder_tree_k16 (examples/adder_tree_k16.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module adder_tree_k16_ppgen_s8_w16_s4 (
  input wire [2:0] dig,
  input wire [7:0] b,
  output wire [15:0] pp
);
  // dig = {neg, two, one}: magnitude 0, b or 2b, inverted when negative; the +1 that completes
  // the negation is added by the caller's correction row at bit 4.
  wire [12-1:0] bx = {{4{b[7]}}, b};
  wire [12-1:0] mag = dig[1] ? {bx[10:0], 1'b0} : (dig[0] ? bx : 12'd0);
  assign pp = {mag ^ {12{dig[2]}}, 4'b0};
endmodule
