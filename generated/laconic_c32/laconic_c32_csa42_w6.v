// laconic_c32_csa42_w6: 6-bit 4:2 compressor (two 3:2 rows)
// Source design: laconic_c32 (examples/laconic_c32.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module laconic_c32_csa42_w6 (
  input wire [5:0] x0,
  input wire [5:0] x1,
  input wire [5:0] x2,
  input wire [5:0] x3,
  output wire [5:0] s,
  output wire [5:0] c
);
  // 4:2 = two chained 3:2 rows: (x0, x1, x2) -> (s1, c1); (s1, c1, x3) -> (s, c).
  wire [5:0] s1;
  wire [5:0] c1;
  laconic_c32_csa3_w6 u_r0 (.x(x0), .y(x1), .z(x2), .s(s1), .c(c1));
  laconic_c32_csa3_w6 u_r1 (.x(s1), .y(c1), .z(x3), .s(s), .c(c));
endmodule
