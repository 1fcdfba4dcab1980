// cube_mac_8x8x8_opt2_ppgen_s8_w28_s0: partial product: digit x int8, shifted 0, 28 bits
// Source design: cube_mac_8x8x8_opt2 (examples/cube_mac_8x8x8_opt2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module cube_mac_8x8x8_opt2_ppgen_s8_w28_s0 (
  input wire [2:0] dig,
  input wire [7:0] b,
  output wire [27:0] pp
);
  // dig = {neg, two, one}: magnitude 0, b or 2b, inverted when negative; the +1 that completes
  // the negation is added by the caller's correction row at bit 0.
  wire [28-1:0] bx = {{20{b[7]}}, b};
  wire [28-1:0] mag = dig[1] ? {bx[26:0], 1'b0} : (dig[0] ? bx : 28'd0);
  assign pp = mag ^ {28{dig[2]}};
endmodule
