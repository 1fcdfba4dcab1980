// sa_os_16x16_pe: MAC PE: 1 product(s)/cycle, CPA per product, CPA accumulator
// Source design: sa_os_16x16 (examples/sa_os_16x16.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Accumulating PE (baseline): operands -> digits -> partial products -> compressor tree
// -> CPA per product -> CPA accumulator.
// vld gates accumulation; first restarts it at a tile's first k step.
module sa_os_16x16_pe (
  input wire clk,
  input wire [7:0] a,
  input wire [7:0] b,
  input wire vld,
  input wire first,
  output wire [31:0] acc_out
);
  wire [11:0] l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [15:0] l0_pp0;
  wire [15:0] l0_pp1;
  wire [15:0] l0_pp2;
  wire [15:0] l0_pp3;
  wire [15:0] l0_corr;
  wire [15:0] l0_t0_0s;
  wire [15:0] l0_t0_0c;
  wire [15:0] l0_t1_0s;
  wire [15:0] l0_t1_0c;
  wire [15:0] l0_prod;
  wire [31:0] l0_prodx;
  wire [31:0] acc_sum;
  reg [31:0] acc;
  assign l0_corr = {9'b0, l0_dig[11], 1'b0, l0_dig[8], 1'b0, l0_dig[5], 1'b0, l0_dig[2]};
  assign l0_prodx = {{16{l0_prod[15]}}, l0_prod};
  assign acc_out = acc;
  sa_os_16x16_enc_booth4_s8 l0_u_enc (
    .a(a),
    .dig(l0_dig),
    .nz(l0_nz)
  );
  sa_os_16x16_ppgen_s8_w16_s0 l0_u_pp0 (
    .dig(l0_dig[2:0]),
    .b(b),
    .pp(l0_pp0)
  );
  sa_os_16x16_ppgen_s8_w16_s2 l0_u_pp1 (
    .dig(l0_dig[5:3]),
    .b(b),
    .pp(l0_pp1)
  );
  sa_os_16x16_ppgen_s8_w16_s4 l0_u_pp2 (
    .dig(l0_dig[8:6]),
    .b(b),
    .pp(l0_pp2)
  );
  sa_os_16x16_ppgen_s8_w16_s6 l0_u_pp3 (
    .dig(l0_dig[11:9]),
    .b(b),
    .pp(l0_pp3)
  );
  sa_os_16x16_csa42_w16 l0_u_t0_0 (
    .x0(l0_pp0),
    .x1(l0_pp1),
    .x2(l0_pp2),
    .x3(l0_pp3),
    .s(l0_t0_0s),
    .c(l0_t0_0c)
  );
  sa_os_16x16_csa3_w16 l0_u_t1_0 (
    .x(l0_t0_0s),
    .y(l0_t0_0c),
    .z(l0_corr),
    .s(l0_t1_0s),
    .c(l0_t1_0c)
  );
  sa_os_16x16_cpa_w16 l0_u_cpa (
    .x(l0_t1_0s),
    .y(l0_t1_0c),
    .s(l0_prod)
  );
  sa_os_16x16_cpa_w32 u_acc_cpa (
    .x(acc),
    .y(l0_prodx),
    .s(acc_sum)
  );
  always @(posedge clk) if (vld) acc <= first ? l0_prodx : acc_sum;
endmodule
