// sa_os_a8w4_ppgen_s4_w12_s4: partial product: digit x int4, shifted 4, 12 bits
// Source design: sa_os_a8w4 (examples/sa_os_a8w4.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module sa_os_a8w4_ppgen_s4_w12_s4 (
  input wire [2:0] dig,
  input wire [3:0] b,
  output wire [11:0] pp
);
  // dig = {neg, two, one}: magnitude 0, b or 2b, inverted when negative; the +1 that completes
  // the negation is added by the caller's correction row at bit 4.
  wire [8-1:0] bx = {{4{b[3]}}, b};
  wire [8-1:0] mag = dig[1] ? {bx[6:0], 1'b0} : (dig[0] ? bx : 8'd0);
  assign pp = {mag ^ {8{dig[2]}}, 4'b0};
endmodule
