// laconic_c32_enc_booth4_s8: radix-4 Booth encoder, 4 digits of int8
// Source design: laconic_c32 (examples/laconic_c32.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module laconic_c32_enc_booth4_s8 (
  input wire [7:0] a,
  output wire [11:0] dig,
  output wire [3:0] nz
);
  // Digit j reads the window x[2j+2:2j] of x = {extended a, 0}: value -2*x2 + x1 + x0.
  wire [9-1:0] x = {a, 1'b0};
  wire o0 = x[1] ^ x[0];                                                   // |digit| = 1
  wire w0 = (x[2] & ~x[1] & ~x[0]) | (~x[2] & x[1] & x[0]); // |digit| = 2
  assign dig[2:0] = {x[2], w0, o0 };
  assign nz[0] = o0 | w0;
  wire o1 = x[3] ^ x[2];                                                   // |digit| = 1
  wire w1 = (x[4] & ~x[3] & ~x[2]) | (~x[4] & x[3] & x[2]); // |digit| = 2
  assign dig[5:3] = {x[4], w1, o1 };
  assign nz[1] = o1 | w1;
  wire o2 = x[5] ^ x[4];                                                   // |digit| = 1
  wire w2 = (x[6] & ~x[5] & ~x[4]) | (~x[6] & x[5] & x[4]); // |digit| = 2
  assign dig[8:6] = {x[6], w2, o2 };
  assign nz[2] = o2 | w2;
  wire o3 = x[7] ^ x[6];                                                   // |digit| = 1
  wire w3 = (x[8] & ~x[7] & ~x[6]) | (~x[8] & x[7] & x[6]); // |digit| = 2
  assign dig[11:9] = {x[8], w3, o3 };
  assign nz[3] = o3 | w3;
endmodule
