// cube_mac_8x8x8_opt2_pe: MAC PE of a k chain: broadcast operands, per-bit-weight carry-save partial sums (OPT2)
// Source design: cube_mac_8x8x8_opt2 (examples/cube_mac_8x8x8_opt2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// MAC PE of a k chain (perj): the product of a (or its digits) and b, both broadcast to
// the PE's k layer, joins the partial sum from the layer before and is registered for the next.
module cube_mac_8x8x8_opt2_pe (
  input wire clk,
  input wire [11:0] a,
  input wire [7:0] b,
  input wire [31:0] ps0_s_in,
  input wire [31:0] ps0_c_in,
  input wire [29:0] ps1_s_in,
  input wire [29:0] ps1_c_in,
  input wire [27:0] ps2_s_in,
  input wire [27:0] ps2_c_in,
  input wire [25:0] ps3_s_in,
  input wire [25:0] ps3_c_in,
  output wire [31:0] ps0_s_out,
  output wire [31:0] ps0_c_out,
  output wire [29:0] ps1_s_out,
  output wire [29:0] ps1_c_out,
  output wire [27:0] ps2_s_out,
  output wire [27:0] ps2_c_out,
  output wire [25:0] ps3_s_out,
  output wire [25:0] ps3_c_out
);
  wire [31:0] pp0;
  wire [29:0] pp1;
  wire [27:0] pp2;
  wire [25:0] pp3;
  wire [3:0] negs;
  wire [31:0] neg0;
  wire [31:0] j0_t0_0s;
  wire [31:0] j0_t0_0c;
  wire [29:0] neg1;
  wire [29:0] j1_t0_0s;
  wire [29:0] j1_t0_0c;
  wire [27:0] neg2;
  wire [27:0] j2_t0_0s;
  wire [27:0] j2_t0_0c;
  wire [25:0] neg3;
  wire [25:0] j3_t0_0s;
  wire [25:0] j3_t0_0c;
  reg [31:0] ps0_s;
  reg [31:0] ps0_c;
  reg [29:0] ps1_s;
  reg [29:0] ps1_c;
  reg [27:0] ps2_s;
  reg [27:0] ps2_c;
  reg [25:0] ps3_s;
  reg [25:0] ps3_c;
  assign negs = {a[11], a[8], a[5], a[2]};
  assign neg0 = {31'b0, negs[0]};
  assign ps0_s_out = ps0_s;
  assign ps0_c_out = ps0_c;
  assign neg1 = {29'b0, negs[1]};
  assign ps1_s_out = ps1_s;
  assign ps1_c_out = ps1_c;
  assign neg2 = {27'b0, negs[2]};
  assign ps2_s_out = ps2_s;
  assign ps2_c_out = ps2_c;
  assign neg3 = {25'b0, negs[3]};
  assign ps3_s_out = ps3_s;
  assign ps3_c_out = ps3_c;
  cube_mac_8x8x8_opt2_ppgen_s8_w32_s0 u_pp0 (
    .dig(a[2:0]),
    .b(b),
    .pp(pp0)
  );
  cube_mac_8x8x8_opt2_ppgen_s8_w30_s0 u_pp1 (
    .dig(a[5:3]),
    .b(b),
    .pp(pp1)
  );
  cube_mac_8x8x8_opt2_ppgen_s8_w28_s0 u_pp2 (
    .dig(a[8:6]),
    .b(b),
    .pp(pp2)
  );
  cube_mac_8x8x8_opt2_ppgen_s8_w26_s0 u_pp3 (
    .dig(a[11:9]),
    .b(b),
    .pp(pp3)
  );
  cube_mac_8x8x8_opt2_csa42_w32 j0_u_t0_0 (
    .x0(ps0_s_in),
    .x1(ps0_c_in),
    .x2(pp0),
    .x3(neg0),
    .s(j0_t0_0s),
    .c(j0_t0_0c)
  );
  cube_mac_8x8x8_opt2_csa42_w30 j1_u_t0_0 (
    .x0(ps1_s_in),
    .x1(ps1_c_in),
    .x2(pp1),
    .x3(neg1),
    .s(j1_t0_0s),
    .c(j1_t0_0c)
  );
  cube_mac_8x8x8_opt2_csa42_w28 j2_u_t0_0 (
    .x0(ps2_s_in),
    .x1(ps2_c_in),
    .x2(pp2),
    .x3(neg2),
    .s(j2_t0_0s),
    .c(j2_t0_0c)
  );
  cube_mac_8x8x8_opt2_csa42_w26 j3_u_t0_0 (
    .x0(ps3_s_in),
    .x1(ps3_c_in),
    .x2(pp3),
    .x3(neg3),
    .s(j3_t0_0s),
    .c(j3_t0_0c)
  );
  always @(posedge clk) ps0_s <= j0_t0_0s;
  always @(posedge clk) ps0_c <= j0_t0_0c;
  always @(posedge clk) ps1_s <= j1_t0_0s;
  always @(posedge clk) ps1_c <= j1_t0_0c;
  always @(posedge clk) ps2_s <= j2_t0_0s;
  always @(posedge clk) ps2_c <= j2_t0_0c;
  always @(posedge clk) ps3_s <= j3_t0_0s;
  always @(posedge clk) ps3_c <= j3_t0_0c;
endmodule
