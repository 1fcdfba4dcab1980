// adder_tree_k16_flat_pe: adder-tree PE: stationary weight, binary product (CPA per product)
// Source design: adder_tree_k16_flat (examples/adder_tree_k16_flat.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// adder-tree PE (cpa): the weight b is held by the array's load chain; the product of
// the broadcast a (or its digits) and b goes to the column's reduction tree.
module adder_tree_k16_flat_pe (
  input wire [7:0] a,
  input wire [7:0] b,
  output wire [31:0] p0_out
);
  wire [11:0] dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [15:0] pp0;
  wire [15:0] pp1;
  wire [15:0] pp2;
  wire [15:0] pp3;
  wire [15:0] corr;
  wire [15:0] t0_0s;
  wire [15:0] t0_0c;
  wire [15:0] t1_0s;
  wire [15:0] t1_0c;
  wire [15:0] prod;
  wire [31:0] prodx;
  assign corr = {9'b0, dig[11], 1'b0, dig[8], 1'b0, dig[5], 1'b0, dig[2]};
  assign prodx = {{16{prod[15]}}, prod};
  assign p0_out = prodx;
  adder_tree_k16_flat_enc_booth4_s8 u_enc (
    .a(a),
    .dig(dig),
    .nz(nz)
  );
  adder_tree_k16_flat_ppgen_s8_w16_s0 u_pp0 (
    .dig(dig[2:0]),
    .b(b),
    .pp(pp0)
  );
  adder_tree_k16_flat_ppgen_s8_w16_s2 u_pp1 (
    .dig(dig[5:3]),
    .b(b),
    .pp(pp1)
  );
  adder_tree_k16_flat_ppgen_s8_w16_s4 u_pp2 (
    .dig(dig[8:6]),
    .b(b),
    .pp(pp2)
  );
  adder_tree_k16_flat_ppgen_s8_w16_s6 u_pp3 (
    .dig(dig[11:9]),
    .b(b),
    .pp(pp3)
  );
  adder_tree_k16_flat_csa42_w16 u_t0_0 (
    .x0(pp0),
    .x1(pp1),
    .x2(pp2),
    .x3(pp3),
    .s(t0_0s),
    .c(t0_0c)
  );
  adder_tree_k16_flat_csa3_w16 u_t1_0 (
    .x(t0_0s),
    .y(t0_0c),
    .z(corr),
    .s(t1_0s),
    .c(t1_0c)
  );
  adder_tree_k16_flat_cpa_w16 u_cpa (
    .x(t1_0s),
    .y(t1_0c),
    .s(prod)
  );
endmodule
