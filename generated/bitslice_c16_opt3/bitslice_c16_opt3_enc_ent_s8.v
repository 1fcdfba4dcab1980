// bitslice_c16_opt3_enc_ent_s8: EN-T encoder, 4 digits of int8
// Source design: bitslice_c16_opt3 (examples/bitslice_c16_opt3.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module bitslice_c16_opt3_enc_ent_s8 (
  input wire [7:0] a,
  output wire [11:0] dig,
  output wire [3:0] nz
);
  // Sign-magnitude, then radix-4 groups g with a carry ripple: t = g + carry; t >= 3 gives
  // digit t - 4 (-1 or 0) and a carry; the sign is applied to the digit.
  wire sign = a[7];
  wire [8-1:0] mag = (a[7] ? (8'd0 - a) : a);
  wire c0 = 1'b0;
  wire [2:0] t0 = {1'b0, mag[1:0]} + {2'b0, c0 };
  wire c1 = t0 >= 3'd3;
  wire m0 = t0 == 3'd3;                      // digit -1
  wire o0 = (t0 == 3'd1) | m0;           // |digit| = 1
  wire w0 = t0 == 3'd2;                      // |digit| = 2
  assign dig[2:0] = {(o0 | w0) & (m0 ^ sign), w0, o0 };
  assign nz[0] = o0 | w0;
  wire [2:0] t1 = {1'b0, mag[3:2]} + {2'b0, c1 };
  wire c2 = t1 >= 3'd3;
  wire m1 = t1 == 3'd3;                      // digit -1
  wire o1 = (t1 == 3'd1) | m1;           // |digit| = 1
  wire w1 = t1 == 3'd2;                      // |digit| = 2
  assign dig[5:3] = {(o1 | w1) & (m1 ^ sign), w1, o1 };
  assign nz[1] = o1 | w1;
  wire [2:0] t2 = {1'b0, mag[5:4]} + {2'b0, c2 };
  wire c3 = t2 >= 3'd3;
  wire m2 = t2 == 3'd3;                      // digit -1
  wire o2 = (t2 == 3'd1) | m2;           // |digit| = 1
  wire w2 = t2 == 3'd2;                      // |digit| = 2
  assign dig[8:6] = {(o2 | w2) & (m2 ^ sign), w2, o2 };
  assign nz[2] = o2 | w2;
  wire [2:0] t3 = {1'b0, mag[7:6]} + {2'b0, c3 };
  // The carry out of the top digit is always 0: |a| fits the digits.
  wire m3 = t3 == 3'd3;                      // digit -1
  wire o3 = (t3 == 3'd1) | m3;           // |digit| = 1
  wire w3 = t3 == 3'd2;                      // |digit| = 2
  assign dig[11:9] = {(o3 | w3) & (m3 ^ sign), w3, o3 };
  assign nz[3] = o3 | w3;
endmodule
