// cube_mac_opt1_ppgen_s8_w32_s2: partial product: digit x int8, shifted 2, 32 bits
// Source design: cube_mac_opt1 (examples/cube_mac_opt1.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module cube_mac_opt1_ppgen_s8_w32_s2 (
  input wire [2:0] dig,
  input wire [7:0] b,
  output wire [31:0] pp
);
  // dig = {neg, two, one}: magnitude 0, b or 2b, inverted when negative; the +1 that completes
  // the negation is added by the caller's correction row at bit 2.
  wire [30-1:0] bx = {{22{b[7]}}, b};
  wire [30-1:0] mag = dig[1] ? {bx[28:0], 1'b0} : (dig[0] ? bx : 30'd0);
  assign pp = {mag ^ {30{dig[2]}}, 2'b0};
endmodule
