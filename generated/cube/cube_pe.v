// cube_pe: MAC PE: 4 product(s)/cycle, CPA per product, CPA accumulator
// Source design: cube (examples/cube.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Accumulating PE (baseline): operands -> digits -> partial products -> compressor tree
// -> CPA per product -> CPA accumulator.
// vld gates accumulation; first restarts it at a tile's first k step.
module cube_pe (
  input wire clk,
  input wire [31:0] a,
  input wire [31:0] b,
  input wire vld,
  input wire first,
  output wire [31:0] acc_out
);
  wire [11:0] l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] l1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] l1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] l2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] l2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] l3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] l3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [15:0] l0_pp0;
  wire [15:0] l0_pp1;
  wire [15:0] l0_pp2;
  wire [15:0] l0_pp3;
  wire [15:0] l0_corr;
  wire [15:0] l1_pp0;
  wire [15:0] l1_pp1;
  wire [15:0] l1_pp2;
  wire [15:0] l1_pp3;
  wire [15:0] l1_corr;
  wire [15:0] l2_pp0;
  wire [15:0] l2_pp1;
  wire [15:0] l2_pp2;
  wire [15:0] l2_pp3;
  wire [15:0] l2_corr;
  wire [15:0] l3_pp0;
  wire [15:0] l3_pp1;
  wire [15:0] l3_pp2;
  wire [15:0] l3_pp3;
  wire [15:0] l3_corr;
  wire [15:0] l0_t0_0s;
  wire [15:0] l0_t0_0c;
  wire [15:0] l0_t1_0s;
  wire [15:0] l0_t1_0c;
  wire [15:0] l0_prod;
  wire [31:0] l0_prodx;
  wire [15:0] l1_t0_0s;
  wire [15:0] l1_t0_0c;
  wire [15:0] l1_t1_0s;
  wire [15:0] l1_t1_0c;
  wire [15:0] l1_prod;
  wire [31:0] l1_prodx;
  wire [15:0] l2_t0_0s;
  wire [15:0] l2_t0_0c;
  wire [15:0] l2_t1_0s;
  wire [15:0] l2_t1_0c;
  wire [15:0] l2_prod;
  wire [31:0] l2_prodx;
  wire [15:0] l3_t0_0s;
  wire [15:0] l3_t0_0c;
  wire [15:0] l3_t1_0s;
  wire [15:0] l3_t1_0c;
  wire [15:0] l3_prod;
  wire [31:0] l3_prodx;
  wire [31:0] ks_a0_0;
  wire [31:0] ks_a0_1;
  wire [31:0] ks_a1_0;
  wire [31:0] acc_sum;
  reg [31:0] acc;
  assign l0_corr = {9'b0, l0_dig[11], 1'b0, l0_dig[8], 1'b0, l0_dig[5], 1'b0, l0_dig[2]};
  assign l1_corr = {9'b0, l1_dig[11], 1'b0, l1_dig[8], 1'b0, l1_dig[5], 1'b0, l1_dig[2]};
  assign l2_corr = {9'b0, l2_dig[11], 1'b0, l2_dig[8], 1'b0, l2_dig[5], 1'b0, l2_dig[2]};
  assign l3_corr = {9'b0, l3_dig[11], 1'b0, l3_dig[8], 1'b0, l3_dig[5], 1'b0, l3_dig[2]};
  assign l0_prodx = {{16{l0_prod[15]}}, l0_prod};
  assign l1_prodx = {{16{l1_prod[15]}}, l1_prod};
  assign l2_prodx = {{16{l2_prod[15]}}, l2_prod};
  assign l3_prodx = {{16{l3_prod[15]}}, l3_prod};
  assign acc_out = acc;
  cube_enc_booth4_s8 l0_u_enc (
    .a(a[7:0]),
    .dig(l0_dig),
    .nz(l0_nz)
  );
  cube_enc_booth4_s8 l1_u_enc (
    .a(a[15:8]),
    .dig(l1_dig),
    .nz(l1_nz)
  );
  cube_enc_booth4_s8 l2_u_enc (
    .a(a[23:16]),
    .dig(l2_dig),
    .nz(l2_nz)
  );
  cube_enc_booth4_s8 l3_u_enc (
    .a(a[31:24]),
    .dig(l3_dig),
    .nz(l3_nz)
  );
  cube_ppgen_s8_w16_s0 l0_u_pp0 (
    .dig(l0_dig[2:0]),
    .b(b[7:0]),
    .pp(l0_pp0)
  );
  cube_ppgen_s8_w16_s2 l0_u_pp1 (
    .dig(l0_dig[5:3]),
    .b(b[7:0]),
    .pp(l0_pp1)
  );
  cube_ppgen_s8_w16_s4 l0_u_pp2 (
    .dig(l0_dig[8:6]),
    .b(b[7:0]),
    .pp(l0_pp2)
  );
  cube_ppgen_s8_w16_s6 l0_u_pp3 (
    .dig(l0_dig[11:9]),
    .b(b[7:0]),
    .pp(l0_pp3)
  );
  cube_ppgen_s8_w16_s0 l1_u_pp0 (
    .dig(l1_dig[2:0]),
    .b(b[15:8]),
    .pp(l1_pp0)
  );
  cube_ppgen_s8_w16_s2 l1_u_pp1 (
    .dig(l1_dig[5:3]),
    .b(b[15:8]),
    .pp(l1_pp1)
  );
  cube_ppgen_s8_w16_s4 l1_u_pp2 (
    .dig(l1_dig[8:6]),
    .b(b[15:8]),
    .pp(l1_pp2)
  );
  cube_ppgen_s8_w16_s6 l1_u_pp3 (
    .dig(l1_dig[11:9]),
    .b(b[15:8]),
    .pp(l1_pp3)
  );
  cube_ppgen_s8_w16_s0 l2_u_pp0 (
    .dig(l2_dig[2:0]),
    .b(b[23:16]),
    .pp(l2_pp0)
  );
  cube_ppgen_s8_w16_s2 l2_u_pp1 (
    .dig(l2_dig[5:3]),
    .b(b[23:16]),
    .pp(l2_pp1)
  );
  cube_ppgen_s8_w16_s4 l2_u_pp2 (
    .dig(l2_dig[8:6]),
    .b(b[23:16]),
    .pp(l2_pp2)
  );
  cube_ppgen_s8_w16_s6 l2_u_pp3 (
    .dig(l2_dig[11:9]),
    .b(b[23:16]),
    .pp(l2_pp3)
  );
  cube_ppgen_s8_w16_s0 l3_u_pp0 (
    .dig(l3_dig[2:0]),
    .b(b[31:24]),
    .pp(l3_pp0)
  );
  cube_ppgen_s8_w16_s2 l3_u_pp1 (
    .dig(l3_dig[5:3]),
    .b(b[31:24]),
    .pp(l3_pp1)
  );
  cube_ppgen_s8_w16_s4 l3_u_pp2 (
    .dig(l3_dig[8:6]),
    .b(b[31:24]),
    .pp(l3_pp2)
  );
  cube_ppgen_s8_w16_s6 l3_u_pp3 (
    .dig(l3_dig[11:9]),
    .b(b[31:24]),
    .pp(l3_pp3)
  );
  cube_csa42_w16 l0_u_t0_0 (
    .x0(l0_pp0),
    .x1(l0_pp1),
    .x2(l0_pp2),
    .x3(l0_pp3),
    .s(l0_t0_0s),
    .c(l0_t0_0c)
  );
  cube_csa3_w16 l0_u_t1_0 (
    .x(l0_t0_0s),
    .y(l0_t0_0c),
    .z(l0_corr),
    .s(l0_t1_0s),
    .c(l0_t1_0c)
  );
  cube_cpa_w16 l0_u_cpa (
    .x(l0_t1_0s),
    .y(l0_t1_0c),
    .s(l0_prod)
  );
  cube_csa42_w16 l1_u_t0_0 (
    .x0(l1_pp0),
    .x1(l1_pp1),
    .x2(l1_pp2),
    .x3(l1_pp3),
    .s(l1_t0_0s),
    .c(l1_t0_0c)
  );
  cube_csa3_w16 l1_u_t1_0 (
    .x(l1_t0_0s),
    .y(l1_t0_0c),
    .z(l1_corr),
    .s(l1_t1_0s),
    .c(l1_t1_0c)
  );
  cube_cpa_w16 l1_u_cpa (
    .x(l1_t1_0s),
    .y(l1_t1_0c),
    .s(l1_prod)
  );
  cube_csa42_w16 l2_u_t0_0 (
    .x0(l2_pp0),
    .x1(l2_pp1),
    .x2(l2_pp2),
    .x3(l2_pp3),
    .s(l2_t0_0s),
    .c(l2_t0_0c)
  );
  cube_csa3_w16 l2_u_t1_0 (
    .x(l2_t0_0s),
    .y(l2_t0_0c),
    .z(l2_corr),
    .s(l2_t1_0s),
    .c(l2_t1_0c)
  );
  cube_cpa_w16 l2_u_cpa (
    .x(l2_t1_0s),
    .y(l2_t1_0c),
    .s(l2_prod)
  );
  cube_csa42_w16 l3_u_t0_0 (
    .x0(l3_pp0),
    .x1(l3_pp1),
    .x2(l3_pp2),
    .x3(l3_pp3),
    .s(l3_t0_0s),
    .c(l3_t0_0c)
  );
  cube_csa3_w16 l3_u_t1_0 (
    .x(l3_t0_0s),
    .y(l3_t0_0c),
    .z(l3_corr),
    .s(l3_t1_0s),
    .c(l3_t1_0c)
  );
  cube_cpa_w16 l3_u_cpa (
    .x(l3_t1_0s),
    .y(l3_t1_0c),
    .s(l3_prod)
  );
  cube_cpa_w32 ks_u_a0_0 (
    .x(l0_prodx),
    .y(l1_prodx),
    .s(ks_a0_0)
  );
  cube_cpa_w32 ks_u_a0_1 (
    .x(l2_prodx),
    .y(l3_prodx),
    .s(ks_a0_1)
  );
  cube_cpa_w32 ks_u_a1_0 (
    .x(ks_a0_0),
    .y(ks_a0_1),
    .s(ks_a1_0)
  );
  cube_cpa_w32 u_acc_cpa (
    .x(acc),
    .y(ks_a1_0),
    .s(acc_sum)
  );
  always @(posedge clk) if (vld) acc <= first ? ks_a1_0 : acc_sum;
endmodule
