// cube_opt1_pe: MAC PE: 4 product(s)/cycle, compressed accumulation (OPT1), carry-save accumulator, per-pe-drain CPA
// Source design: cube_opt1 (examples/cube_opt1.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Accumulating PE (carry-save): operands -> digits -> partial products -> compressor tree
// -> 4:2 into the sum/carry accumulator registers.
// vld gates accumulation; first restarts it at a tile's first k step.
module cube_opt1_pe (
  input wire clk,
  input wire [31:0] a,
  input wire [31:0] b,
  input wire vld,
  input wire first,
  output wire [31:0] res_out
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
  wire [31:0] l0_pp0;
  wire [31:0] l0_pp1;
  wire [31:0] l0_pp2;
  wire [31:0] l0_pp3;
  wire [31:0] l0_corr;
  wire [31:0] l1_pp0;
  wire [31:0] l1_pp1;
  wire [31:0] l1_pp2;
  wire [31:0] l1_pp3;
  wire [31:0] l1_corr;
  wire [31:0] l2_pp0;
  wire [31:0] l2_pp1;
  wire [31:0] l2_pp2;
  wire [31:0] l2_pp3;
  wire [31:0] l2_corr;
  wire [31:0] l3_pp0;
  wire [31:0] l3_pp1;
  wire [31:0] l3_pp2;
  wire [31:0] l3_pp3;
  wire [31:0] l3_corr;
  wire [31:0] t0_0s;
  wire [31:0] t0_0c;
  wire [31:0] t0_1s;
  wire [31:0] t0_1c;
  wire [31:0] t0_2s;
  wire [31:0] t0_2c;
  wire [31:0] t0_3s;
  wire [31:0] t0_3c;
  wire [31:0] t0_4s;
  wire [31:0] t0_4c;
  wire [31:0] t1_0s;
  wire [31:0] t1_0c;
  wire [31:0] t1_1s;
  wire [31:0] t1_1c;
  wire [31:0] t2_0s;
  wire [31:0] t2_0c;
  wire [31:0] t3_0s;
  wire [31:0] t3_0c;
  wire [31:0] acc_ns;
  wire [31:0] acc_nc;
  wire [31:0] drain_sum;
  reg [31:0] acc_s;
  reg [31:0] acc_c;
  reg [31:0] res;
  assign l0_corr = {25'b0, l0_dig[11], 1'b0, l0_dig[8], 1'b0, l0_dig[5], 1'b0, l0_dig[2]};
  assign l1_corr = {25'b0, l1_dig[11], 1'b0, l1_dig[8], 1'b0, l1_dig[5], 1'b0, l1_dig[2]};
  assign l2_corr = {25'b0, l2_dig[11], 1'b0, l2_dig[8], 1'b0, l2_dig[5], 1'b0, l2_dig[2]};
  assign l3_corr = {25'b0, l3_dig[11], 1'b0, l3_dig[8], 1'b0, l3_dig[5], 1'b0, l3_dig[2]};
  assign res_out = res;
  cube_opt1_enc_booth4_s8 l0_u_enc (
    .a(a[7:0]),
    .dig(l0_dig),
    .nz(l0_nz)
  );
  cube_opt1_enc_booth4_s8 l1_u_enc (
    .a(a[15:8]),
    .dig(l1_dig),
    .nz(l1_nz)
  );
  cube_opt1_enc_booth4_s8 l2_u_enc (
    .a(a[23:16]),
    .dig(l2_dig),
    .nz(l2_nz)
  );
  cube_opt1_enc_booth4_s8 l3_u_enc (
    .a(a[31:24]),
    .dig(l3_dig),
    .nz(l3_nz)
  );
  cube_opt1_ppgen_s8_w32_s0 l0_u_pp0 (
    .dig(l0_dig[2:0]),
    .b(b[7:0]),
    .pp(l0_pp0)
  );
  cube_opt1_ppgen_s8_w32_s2 l0_u_pp1 (
    .dig(l0_dig[5:3]),
    .b(b[7:0]),
    .pp(l0_pp1)
  );
  cube_opt1_ppgen_s8_w32_s4 l0_u_pp2 (
    .dig(l0_dig[8:6]),
    .b(b[7:0]),
    .pp(l0_pp2)
  );
  cube_opt1_ppgen_s8_w32_s6 l0_u_pp3 (
    .dig(l0_dig[11:9]),
    .b(b[7:0]),
    .pp(l0_pp3)
  );
  cube_opt1_ppgen_s8_w32_s0 l1_u_pp0 (
    .dig(l1_dig[2:0]),
    .b(b[15:8]),
    .pp(l1_pp0)
  );
  cube_opt1_ppgen_s8_w32_s2 l1_u_pp1 (
    .dig(l1_dig[5:3]),
    .b(b[15:8]),
    .pp(l1_pp1)
  );
  cube_opt1_ppgen_s8_w32_s4 l1_u_pp2 (
    .dig(l1_dig[8:6]),
    .b(b[15:8]),
    .pp(l1_pp2)
  );
  cube_opt1_ppgen_s8_w32_s6 l1_u_pp3 (
    .dig(l1_dig[11:9]),
    .b(b[15:8]),
    .pp(l1_pp3)
  );
  cube_opt1_ppgen_s8_w32_s0 l2_u_pp0 (
    .dig(l2_dig[2:0]),
    .b(b[23:16]),
    .pp(l2_pp0)
  );
  cube_opt1_ppgen_s8_w32_s2 l2_u_pp1 (
    .dig(l2_dig[5:3]),
    .b(b[23:16]),
    .pp(l2_pp1)
  );
  cube_opt1_ppgen_s8_w32_s4 l2_u_pp2 (
    .dig(l2_dig[8:6]),
    .b(b[23:16]),
    .pp(l2_pp2)
  );
  cube_opt1_ppgen_s8_w32_s6 l2_u_pp3 (
    .dig(l2_dig[11:9]),
    .b(b[23:16]),
    .pp(l2_pp3)
  );
  cube_opt1_ppgen_s8_w32_s0 l3_u_pp0 (
    .dig(l3_dig[2:0]),
    .b(b[31:24]),
    .pp(l3_pp0)
  );
  cube_opt1_ppgen_s8_w32_s2 l3_u_pp1 (
    .dig(l3_dig[5:3]),
    .b(b[31:24]),
    .pp(l3_pp1)
  );
  cube_opt1_ppgen_s8_w32_s4 l3_u_pp2 (
    .dig(l3_dig[8:6]),
    .b(b[31:24]),
    .pp(l3_pp2)
  );
  cube_opt1_ppgen_s8_w32_s6 l3_u_pp3 (
    .dig(l3_dig[11:9]),
    .b(b[31:24]),
    .pp(l3_pp3)
  );
  cube_opt1_csa42_w32 u_t0_0 (
    .x0(l0_pp0),
    .x1(l0_pp1),
    .x2(l0_pp2),
    .x3(l0_pp3),
    .s(t0_0s),
    .c(t0_0c)
  );
  cube_opt1_csa42_w32 u_t0_1 (
    .x0(l0_corr),
    .x1(l1_pp0),
    .x2(l1_pp1),
    .x3(l1_pp2),
    .s(t0_1s),
    .c(t0_1c)
  );
  cube_opt1_csa42_w32 u_t0_2 (
    .x0(l1_pp3),
    .x1(l1_corr),
    .x2(l2_pp0),
    .x3(l2_pp1),
    .s(t0_2s),
    .c(t0_2c)
  );
  cube_opt1_csa42_w32 u_t0_3 (
    .x0(l2_pp2),
    .x1(l2_pp3),
    .x2(l2_corr),
    .x3(l3_pp0),
    .s(t0_3s),
    .c(t0_3c)
  );
  cube_opt1_csa42_w32 u_t0_4 (
    .x0(l3_pp1),
    .x1(l3_pp2),
    .x2(l3_pp3),
    .x3(l3_corr),
    .s(t0_4s),
    .c(t0_4c)
  );
  cube_opt1_csa42_w32 u_t1_0 (
    .x0(t0_0s),
    .x1(t0_0c),
    .x2(t0_1s),
    .x3(t0_1c),
    .s(t1_0s),
    .c(t1_0c)
  );
  cube_opt1_csa42_w32 u_t1_1 (
    .x0(t0_2s),
    .x1(t0_2c),
    .x2(t0_3s),
    .x3(t0_3c),
    .s(t1_1s),
    .c(t1_1c)
  );
  cube_opt1_csa42_w32 u_t2_0 (
    .x0(t1_0s),
    .x1(t1_0c),
    .x2(t1_1s),
    .x3(t1_1c),
    .s(t2_0s),
    .c(t2_0c)
  );
  cube_opt1_csa42_w32 u_t3_0 (
    .x0(t2_0s),
    .x1(t2_0c),
    .x2(t0_4s),
    .x3(t0_4c),
    .s(t3_0s),
    .c(t3_0c)
  );
  cube_opt1_csa42_w32 u_acc_csa (
    .x0(t3_0s),
    .x1(t3_0c),
    .x2(acc_s),
    .x3(acc_c),
    .s(acc_ns),
    .c(acc_nc)
  );
  cube_opt1_cpa_w32 u_drain_cpa (
    .x(acc_s),
    .y(acc_c),
    .s(drain_sum)
  );
  always @(posedge clk) if (vld) acc_s <= first ? t3_0s : acc_ns;
  always @(posedge clk) if (vld) acc_c <= first ? t3_0c : acc_nc;
  always @(posedge clk) res <= drain_sum;
endmodule
