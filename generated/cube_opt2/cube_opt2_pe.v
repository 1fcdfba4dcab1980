// cube_opt2_pe: MAC PE: 4 product(s)/cycle, same-bit-weight compressor columns (OPT2), carry-save accumulator, per-pe-drain CPA
// Source design: cube_opt2 (examples/cube_opt2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Accumulating PE (carry-save): operands -> digits -> partial products -> compressor tree
// -> 4:2 into the sum/carry accumulator registers.
// vld gates accumulation; first restarts it at a tile's first k step.
module cube_opt2_pe (
  input wire clk,
  input wire [47:0] a,
  input wire [31:0] b,
  input wire vld,
  input wire first,
  output wire [31:0] res_out
);
  wire [31:0] l0_pp0;
  wire [29:0] l0_pp1;
  wire [27:0] l0_pp2;
  wire [25:0] l0_pp3;
  wire [31:0] l0_corr;
  wire [31:0] l1_pp0;
  wire [29:0] l1_pp1;
  wire [27:0] l1_pp2;
  wire [25:0] l1_pp3;
  wire [31:0] l1_corr;
  wire [31:0] l2_pp0;
  wire [29:0] l2_pp1;
  wire [27:0] l2_pp2;
  wire [25:0] l2_pp3;
  wire [31:0] l2_corr;
  wire [31:0] l3_pp0;
  wire [29:0] l3_pp1;
  wire [27:0] l3_pp2;
  wire [25:0] l3_pp3;
  wire [31:0] l3_corr;
  wire [31:0] j0_t0_0s;
  wire [31:0] j0_t0_0c;
  wire [31:0] j0_s;
  wire [31:0] j0_c;
  wire [29:0] j1_t0_0s;
  wire [29:0] j1_t0_0c;
  wire [31:0] j1_s;
  wire [31:0] j1_c;
  wire [27:0] j2_t0_0s;
  wire [27:0] j2_t0_0c;
  wire [31:0] j2_s;
  wire [31:0] j2_c;
  wire [25:0] j3_t0_0s;
  wire [25:0] j3_t0_0c;
  wire [31:0] j3_s;
  wire [31:0] j3_c;
  wire [31:0] m_t0_0s;
  wire [31:0] m_t0_0c;
  wire [31:0] m_t0_1s;
  wire [31:0] m_t0_1c;
  wire [31:0] m_t0_2s;
  wire [31:0] m_t0_2c;
  wire [31:0] m_t1_0s;
  wire [31:0] m_t1_0c;
  wire [31:0] m_t2_0s;
  wire [31:0] m_t2_0c;
  wire [31:0] acc_ns;
  wire [31:0] acc_nc;
  wire [31:0] drain_sum;
  reg [31:0] acc_s;
  reg [31:0] acc_c;
  reg [31:0] res;
  assign l0_corr = {25'b0, a[11], 1'b0, a[8], 1'b0, a[5], 1'b0, a[2]};
  assign l1_corr = {25'b0, a[23], 1'b0, a[20], 1'b0, a[17], 1'b0, a[14]};
  assign l2_corr = {25'b0, a[35], 1'b0, a[32], 1'b0, a[29], 1'b0, a[26]};
  assign l3_corr = {25'b0, a[47], 1'b0, a[44], 1'b0, a[41], 1'b0, a[38]};
  assign j0_s = j0_t0_0s;
  assign j0_c = j0_t0_0c;
  assign j1_s = {j1_t0_0s, 2'b0};
  assign j1_c = {j1_t0_0c, 2'b0};
  assign j2_s = {j2_t0_0s, 4'b0};
  assign j2_c = {j2_t0_0c, 4'b0};
  assign j3_s = {j3_t0_0s, 6'b0};
  assign j3_c = {j3_t0_0c, 6'b0};
  assign res_out = res;
  cube_opt2_ppgen_s8_w32_s0 l0_u_pp0 (
    .dig(a[2:0]),
    .b(b[7:0]),
    .pp(l0_pp0)
  );
  cube_opt2_ppgen_s8_w30_s0 l0_u_pp1 (
    .dig(a[5:3]),
    .b(b[7:0]),
    .pp(l0_pp1)
  );
  cube_opt2_ppgen_s8_w28_s0 l0_u_pp2 (
    .dig(a[8:6]),
    .b(b[7:0]),
    .pp(l0_pp2)
  );
  cube_opt2_ppgen_s8_w26_s0 l0_u_pp3 (
    .dig(a[11:9]),
    .b(b[7:0]),
    .pp(l0_pp3)
  );
  cube_opt2_ppgen_s8_w32_s0 l1_u_pp0 (
    .dig(a[14:12]),
    .b(b[15:8]),
    .pp(l1_pp0)
  );
  cube_opt2_ppgen_s8_w30_s0 l1_u_pp1 (
    .dig(a[17:15]),
    .b(b[15:8]),
    .pp(l1_pp1)
  );
  cube_opt2_ppgen_s8_w28_s0 l1_u_pp2 (
    .dig(a[20:18]),
    .b(b[15:8]),
    .pp(l1_pp2)
  );
  cube_opt2_ppgen_s8_w26_s0 l1_u_pp3 (
    .dig(a[23:21]),
    .b(b[15:8]),
    .pp(l1_pp3)
  );
  cube_opt2_ppgen_s8_w32_s0 l2_u_pp0 (
    .dig(a[26:24]),
    .b(b[23:16]),
    .pp(l2_pp0)
  );
  cube_opt2_ppgen_s8_w30_s0 l2_u_pp1 (
    .dig(a[29:27]),
    .b(b[23:16]),
    .pp(l2_pp1)
  );
  cube_opt2_ppgen_s8_w28_s0 l2_u_pp2 (
    .dig(a[32:30]),
    .b(b[23:16]),
    .pp(l2_pp2)
  );
  cube_opt2_ppgen_s8_w26_s0 l2_u_pp3 (
    .dig(a[35:33]),
    .b(b[23:16]),
    .pp(l2_pp3)
  );
  cube_opt2_ppgen_s8_w32_s0 l3_u_pp0 (
    .dig(a[38:36]),
    .b(b[31:24]),
    .pp(l3_pp0)
  );
  cube_opt2_ppgen_s8_w30_s0 l3_u_pp1 (
    .dig(a[41:39]),
    .b(b[31:24]),
    .pp(l3_pp1)
  );
  cube_opt2_ppgen_s8_w28_s0 l3_u_pp2 (
    .dig(a[44:42]),
    .b(b[31:24]),
    .pp(l3_pp2)
  );
  cube_opt2_ppgen_s8_w26_s0 l3_u_pp3 (
    .dig(a[47:45]),
    .b(b[31:24]),
    .pp(l3_pp3)
  );
  cube_opt2_csa42_w32 j0_u_t0_0 (
    .x0(l0_pp0),
    .x1(l1_pp0),
    .x2(l2_pp0),
    .x3(l3_pp0),
    .s(j0_t0_0s),
    .c(j0_t0_0c)
  );
  cube_opt2_csa42_w30 j1_u_t0_0 (
    .x0(l0_pp1),
    .x1(l1_pp1),
    .x2(l2_pp1),
    .x3(l3_pp1),
    .s(j1_t0_0s),
    .c(j1_t0_0c)
  );
  cube_opt2_csa42_w28 j2_u_t0_0 (
    .x0(l0_pp2),
    .x1(l1_pp2),
    .x2(l2_pp2),
    .x3(l3_pp2),
    .s(j2_t0_0s),
    .c(j2_t0_0c)
  );
  cube_opt2_csa42_w26 j3_u_t0_0 (
    .x0(l0_pp3),
    .x1(l1_pp3),
    .x2(l2_pp3),
    .x3(l3_pp3),
    .s(j3_t0_0s),
    .c(j3_t0_0c)
  );
  cube_opt2_csa42_w32 m_u_t0_0 (
    .x0(j0_s),
    .x1(j0_c),
    .x2(j1_s),
    .x3(j1_c),
    .s(m_t0_0s),
    .c(m_t0_0c)
  );
  cube_opt2_csa42_w32 m_u_t0_1 (
    .x0(j2_s),
    .x1(j2_c),
    .x2(j3_s),
    .x3(j3_c),
    .s(m_t0_1s),
    .c(m_t0_1c)
  );
  cube_opt2_csa42_w32 m_u_t0_2 (
    .x0(l0_corr),
    .x1(l1_corr),
    .x2(l2_corr),
    .x3(l3_corr),
    .s(m_t0_2s),
    .c(m_t0_2c)
  );
  cube_opt2_csa42_w32 m_u_t1_0 (
    .x0(m_t0_0s),
    .x1(m_t0_0c),
    .x2(m_t0_1s),
    .x3(m_t0_1c),
    .s(m_t1_0s),
    .c(m_t1_0c)
  );
  cube_opt2_csa42_w32 m_u_t2_0 (
    .x0(m_t1_0s),
    .x1(m_t1_0c),
    .x2(m_t0_2s),
    .x3(m_t0_2c),
    .s(m_t2_0s),
    .c(m_t2_0c)
  );
  cube_opt2_csa42_w32 u_acc_csa (
    .x0(m_t2_0s),
    .x1(m_t2_0c),
    .x2(acc_s),
    .x3(acc_c),
    .s(acc_ns),
    .c(acc_nc)
  );
  cube_opt2_cpa_w32 u_drain_cpa (
    .x(acc_s),
    .y(acc_c),
    .s(drain_sum)
  );
  always @(posedge clk) if (vld) acc_s <= first ? m_t2_0s : acc_ns;
  always @(posedge clk) if (vld) acc_c <= first ? m_t2_0c : acc_nc;
  always @(posedge clk) res <= drain_sum;
endmodule
