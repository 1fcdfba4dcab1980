// adder_tree_k16_opt1_ppgen_s8_w20_s2: partial product: digit x int8, shifted 2, 20 bits
// Source design: adder_tree_k16_opt1 (examples/adder_tree_k16_opt1.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module adder_tree_k16_opt1_ppgen_s8_w20_s2 (
  input wire [2:0] dig,
  input wire [7:0] b,
  output wire [19:0] pp
);
  // dig = {neg, two, one}: magnitude 0, b or 2b, inverted when negative; the +1 that completes
  // the negation is added by the caller's correction row at bit 2.
  wire [18-1:0] bx = {{10{b[7]}}, b};
  wire [18-1:0] mag = dig[1] ? {bx[16:0], 1'b0} : (dig[0] ? bx : 18'd0);
  assign pp = {mag ^ {18{dig[2]}}, 2'b0};
endmodule
