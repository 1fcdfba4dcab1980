// cube_mac_opt1_pe: MAC PE of a k chain: broadcast operands, carry-save partial sums (OPT1)
// Source design: cube_mac_opt1 (examples/cube_mac_opt1.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// MAC PE of a k chain (cs): the product of a (or its digits) and b, both broadcast to
// the PE's k layer, joins the partial sum from the layer before and is registered for the next.
module cube_mac_opt1_pe (
  input wire clk,
  input wire [7:0] a,
  input wire [7:0] b,
  input wire [31:0] ps_s_in,
  input wire [31:0] ps_c_in,
  output wire [31:0] ps_s_out,
  output wire [31:0] ps_c_out
);
  wire [11:0] dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] pp0;
  wire [31:0] pp1;
  wire [31:0] pp2;
  wire [31:0] pp3;
  wire [31:0] corr;
  wire [31:0] t0_0s;
  wire [31:0] t0_0c;
  wire [31:0] t1_0s;
  wire [31:0] t1_0c;
  wire [31:0] ps_t0_0s;
  wire [31:0] ps_t0_0c;
  reg [31:0] ps_s;
  reg [31:0] ps_c;
  assign corr = {25'b0, dig[11], 1'b0, dig[8], 1'b0, dig[5], 1'b0, dig[2]};
  assign ps_s_out = ps_s;
  assign ps_c_out = ps_c;
  cube_mac_opt1_enc_booth4_s8 u_enc (
    .a(a),
    .dig(dig),
    .nz(nz)
  );
  cube_mac_opt1_ppgen_s8_w32_s0 u_pp0 (
    .dig(dig[2:0]),
    .b(b),
    .pp(pp0)
  );
  cube_mac_opt1_ppgen_s8_w32_s2 u_pp1 (
    .dig(dig[5:3]),
    .b(b),
    .pp(pp1)
  );
  cube_mac_opt1_ppgen_s8_w32_s4 u_pp2 (
    .dig(dig[8:6]),
    .b(b),
    .pp(pp2)
  );
  cube_mac_opt1_ppgen_s8_w32_s6 u_pp3 (
    .dig(dig[11:9]),
    .b(b),
    .pp(pp3)
  );
  cube_mac_opt1_csa42_w32 u_t0_0 (
    .x0(pp0),
    .x1(pp1),
    .x2(pp2),
    .x3(pp3),
    .s(t0_0s),
    .c(t0_0c)
  );
  cube_mac_opt1_csa3_w32 u_t1_0 (
    .x(t0_0s),
    .y(t0_0c),
    .z(corr),
    .s(t1_0s),
    .c(t1_0c)
  );
  cube_mac_opt1_csa42_w32 ps_u_t0_0 (
    .x0(ps_s_in),
    .x1(ps_c_in),
    .x2(t1_0s),
    .x3(t1_0c),
    .s(ps_t0_0s),
    .c(ps_t0_0c)
  );
  always @(posedge clk) ps_s <= ps_t0_0s;
  always @(posedge clk) ps_c <= ps_t0_0c;
endmodule
