// matrix2d_opt1_shared_pe: MAC PE: 1 product(s)/cycle, compressed accumulation (OPT1), carry-save accumulator, shared CPA
// Source design: matrix2d_opt1_shared (examples/matrix2d_opt1_shared.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Accumulating PE (carry-save): operands -> digits -> partial products -> compressor tree
// -> 4:2 into the sum/carry accumulator registers.
// vld gates accumulation; first restarts it at a tile's first k step.
module matrix2d_opt1_shared_pe (
  input wire clk,
  input wire [7:0] a,
  input wire [7:0] b,
  input wire vld,
  input wire first,
  output wire [31:0] acc_s_out,
  output wire [31:0] acc_c_out
);
  wire [11:0] l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] l0_pp0;
  wire [31:0] l0_pp1;
  wire [31:0] l0_pp2;
  wire [31:0] l0_pp3;
  wire [31:0] l0_corr;
  wire [31:0] t0_0s;
  wire [31:0] t0_0c;
  wire [31:0] t1_0s;
  wire [31:0] t1_0c;
  wire [31:0] acc_ns;
  wire [31:0] acc_nc;
  reg [31:0] acc_s;
  reg [31:0] acc_c;
  assign l0_corr = {25'b0, l0_dig[11], 1'b0, l0_dig[8], 1'b0, l0_dig[5], 1'b0, l0_dig[2]};
  assign acc_s_out = acc_s;
  assign acc_c_out = acc_c;
  matrix2d_opt1_shared_enc_booth4_s8 l0_u_enc (
    .a(a),
    .dig(l0_dig),
    .nz(l0_nz)
  );
  matrix2d_opt1_shared_ppgen_s8_w32_s0 l0_u_pp0 (
    .dig(l0_dig[2:0]),
    .b(b),
    .pp(l0_pp0)
  );
  matrix2d_opt1_shared_ppgen_s8_w32_s2 l0_u_pp1 (
    .dig(l0_dig[5:3]),
    .b(b),
    .pp(l0_pp1)
  );
  matrix2d_opt1_shared_ppgen_s8_w32_s4 l0_u_pp2 (
    .dig(l0_dig[8:6]),
    .b(b),
    .pp(l0_pp2)
  );
  matrix2d_opt1_shared_ppgen_s8_w32_s6 l0_u_pp3 (
    .dig(l0_dig[11:9]),
    .b(b),
    .pp(l0_pp3)
  );
  matrix2d_opt1_shared_csa42_w32 u_t0_0 (
    .x0(l0_pp0),
    .x1(l0_pp1),
    .x2(l0_pp2),
    .x3(l0_pp3),
    .s(t0_0s),
    .c(t0_0c)
  );
  matrix2d_opt1_shared_csa3_w32 u_t1_0 (
    .x(t0_0s),
    .y(t0_0c),
    .z(l0_corr),
    .s(t1_0s),
    .c(t1_0c)
  );
  matrix2d_opt1_shared_csa42_w32 u_acc_csa (
    .x0(t1_0s),
    .x1(t1_0c),
    .x2(acc_s),
    .x3(acc_c),
    .s(acc_ns),
    .c(acc_nc)
  );
  always @(posedge clk) if (vld) acc_s <= first ? t1_0s : acc_ns;
  always @(posedge clk) if (vld) acc_c <= first ? t1_0c : acc_nc;
endmodule
