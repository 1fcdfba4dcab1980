// adder_tree_u8_ppgen_u8_w17_s6: partial product: digit x uint8, shifted 6, 17 bits
// Source design: adder_tree_u8 (examples/adder_tree_u8.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module adder_tree_u8_ppgen_u8_w17_s6 (
  input wire [2:0] dig,
  input wire [7:0] b,
  output wire [16:0] pp
);
  // dig = {neg, two, one}: magnitude 0, b or 2b, inverted when negative; the +1 that completes
  // the negation is added by the caller's correction row at bit 6.
  wire [11-1:0] bx = {{3{1'b0}}, b};
  wire [11-1:0] mag = dig[1] ? {bx[9:0], 1'b0} : (dig[0] ? bx : 11'd0);
  assign pp = {mag ^ {11{dig[2]}}, 6'b0};
endmodule
