// adder_tree_opt1: adder-tree 8x8 array top
// Source design: adder_tree_opt1 (examples/adder_tree_opt1.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// adder-tree array, 8 (k) x 8 (n); k reduction form: cs.
// Protocol: pulse start with cfg_m = rows of A; the array first requests the 8 weight rows
// (b_idx, last row first: they shift down the columns), then one row of A per cycle (a_idx = m).
// out_vld[c] marks C[m][c] for successive m at the bottom of column c.
module adder_tree_opt1 (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_m,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [63:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [63:0] b_in,
  output wire [7:0] out_vld,
  output wire [255:0] out_data
);
  // Controller: phase 1 loads weights (8 cycles), phase 2 feeds rows of A. The last-row
  // flag is registered a row ahead (mrem counts the rows left): no compare with cfg_m per cycle.
  wire load;
  wire f_vld;
  wire load_last;
  wire f_last;
  wire [31:0] p0_0_p0;
  wire [31:0] p0_0_p1;
  wire [31:0] p1_0_p0;
  wire [31:0] p1_0_p1;
  wire [31:0] p2_0_p0;
  wire [31:0] p2_0_p1;
  wire [31:0] p3_0_p0;
  wire [31:0] p3_0_p1;
  wire [31:0] p4_0_p0;
  wire [31:0] p4_0_p1;
  wire [31:0] p5_0_p0;
  wire [31:0] p5_0_p1;
  wire [31:0] p6_0_p0;
  wire [31:0] p6_0_p1;
  wire [31:0] p7_0_p0;
  wire [31:0] p7_0_p1;
  wire [31:0] col0_t0_0s;
  wire [31:0] col0_t0_0c;
  wire [31:0] col0_t0_1s;
  wire [31:0] col0_t0_1c;
  wire [31:0] col0_t0_2s;
  wire [31:0] col0_t0_2c;
  wire [31:0] col0_t0_3s;
  wire [31:0] col0_t0_3c;
  wire [31:0] col0_t1_0s;
  wire [31:0] col0_t1_0c;
  wire [31:0] col0_t1_1s;
  wire [31:0] col0_t1_1c;
  wire [31:0] col0_t2_0s;
  wire [31:0] col0_t2_0c;
  wire [31:0] col0_sum;
  wire [31:0] p0_1_p0;
  wire [31:0] p0_1_p1;
  wire [31:0] p1_1_p0;
  wire [31:0] p1_1_p1;
  wire [31:0] p2_1_p0;
  wire [31:0] p2_1_p1;
  wire [31:0] p3_1_p0;
  wire [31:0] p3_1_p1;
  wire [31:0] p4_1_p0;
  wire [31:0] p4_1_p1;
  wire [31:0] p5_1_p0;
  wire [31:0] p5_1_p1;
  wire [31:0] p6_1_p0;
  wire [31:0] p6_1_p1;
  wire [31:0] p7_1_p0;
  wire [31:0] p7_1_p1;
  wire [31:0] col1_t0_0s;
  wire [31:0] col1_t0_0c;
  wire [31:0] col1_t0_1s;
  wire [31:0] col1_t0_1c;
  wire [31:0] col1_t0_2s;
  wire [31:0] col1_t0_2c;
  wire [31:0] col1_t0_3s;
  wire [31:0] col1_t0_3c;
  wire [31:0] col1_t1_0s;
  wire [31:0] col1_t1_0c;
  wire [31:0] col1_t1_1s;
  wire [31:0] col1_t1_1c;
  wire [31:0] col1_t2_0s;
  wire [31:0] col1_t2_0c;
  wire [31:0] col1_sum;
  wire [31:0] p0_2_p0;
  wire [31:0] p0_2_p1;
  wire [31:0] p1_2_p0;
  wire [31:0] p1_2_p1;
  wire [31:0] p2_2_p0;
  wire [31:0] p2_2_p1;
  wire [31:0] p3_2_p0;
  wire [31:0] p3_2_p1;
  wire [31:0] p4_2_p0;
  wire [31:0] p4_2_p1;
  wire [31:0] p5_2_p0;
  wire [31:0] p5_2_p1;
  wire [31:0] p6_2_p0;
  wire [31:0] p6_2_p1;
  wire [31:0] p7_2_p0;
  wire [31:0] p7_2_p1;
  wire [31:0] col2_t0_0s;
  wire [31:0] col2_t0_0c;
  wire [31:0] col2_t0_1s;
  wire [31:0] col2_t0_1c;
  wire [31:0] col2_t0_2s;
  wire [31:0] col2_t0_2c;
  wire [31:0] col2_t0_3s;
  wire [31:0] col2_t0_3c;
  wire [31:0] col2_t1_0s;
  wire [31:0] col2_t1_0c;
  wire [31:0] col2_t1_1s;
  wire [31:0] col2_t1_1c;
  wire [31:0] col2_t2_0s;
  wire [31:0] col2_t2_0c;
  wire [31:0] col2_sum;
  wire [31:0] p0_3_p0;
  wire [31:0] p0_3_p1;
  wire [31:0] p1_3_p0;
  wire [31:0] p1_3_p1;
  wire [31:0] p2_3_p0;
  wire [31:0] p2_3_p1;
  wire [31:0] p3_3_p0;
  wire [31:0] p3_3_p1;
  wire [31:0] p4_3_p0;
  wire [31:0] p4_3_p1;
  wire [31:0] p5_3_p0;
  wire [31:0] p5_3_p1;
  wire [31:0] p6_3_p0;
  wire [31:0] p6_3_p1;
  wire [31:0] p7_3_p0;
  wire [31:0] p7_3_p1;
  wire [31:0] col3_t0_0s;
  wire [31:0] col3_t0_0c;
  wire [31:0] col3_t0_1s;
  wire [31:0] col3_t0_1c;
  wire [31:0] col3_t0_2s;
  wire [31:0] col3_t0_2c;
  wire [31:0] col3_t0_3s;
  wire [31:0] col3_t0_3c;
  wire [31:0] col3_t1_0s;
  wire [31:0] col3_t1_0c;
  wire [31:0] col3_t1_1s;
  wire [31:0] col3_t1_1c;
  wire [31:0] col3_t2_0s;
  wire [31:0] col3_t2_0c;
  wire [31:0] col3_sum;
  wire [31:0] p0_4_p0;
  wire [31:0] p0_4_p1;
  wire [31:0] p1_4_p0;
  wire [31:0] p1_4_p1;
  wire [31:0] p2_4_p0;
  wire [31:0] p2_4_p1;
  wire [31:0] p3_4_p0;
  wire [31:0] p3_4_p1;
  wire [31:0] p4_4_p0;
  wire [31:0] p4_4_p1;
  wire [31:0] p5_4_p0;
  wire [31:0] p5_4_p1;
  wire [31:0] p6_4_p0;
  wire [31:0] p6_4_p1;
  wire [31:0] p7_4_p0;
  wire [31:0] p7_4_p1;
  wire [31:0] col4_t0_0s;
  wire [31:0] col4_t0_0c;
  wire [31:0] col4_t0_1s;
  wire [31:0] col4_t0_1c;
  wire [31:0] col4_t0_2s;
  wire [31:0] col4_t0_2c;
  wire [31:0] col4_t0_3s;
  wire [31:0] col4_t0_3c;
  wire [31:0] col4_t1_0s;
  wire [31:0] col4_t1_0c;
  wire [31:0] col4_t1_1s;
  wire [31:0] col4_t1_1c;
  wire [31:0] col4_t2_0s;
  wire [31:0] col4_t2_0c;
  wire [31:0] col4_sum;
  wire [31:0] p0_5_p0;
  wire [31:0] p0_5_p1;
  wire [31:0] p1_5_p0;
  wire [31:0] p1_5_p1;
  wire [31:0] p2_5_p0;
  wire [31:0] p2_5_p1;
  wire [31:0] p3_5_p0;
  wire [31:0] p3_5_p1;
  wire [31:0] p4_5_p0;
  wire [31:0] p4_5_p1;
  wire [31:0] p5_5_p0;
  wire [31:0] p5_5_p1;
  wire [31:0] p6_5_p0;
  wire [31:0] p6_5_p1;
  wire [31:0] p7_5_p0;
  wire [31:0] p7_5_p1;
  wire [31:0] col5_t0_0s;
  wire [31:0] col5_t0_0c;
  wire [31:0] col5_t0_1s;
  wire [31:0] col5_t0_1c;
  wire [31:0] col5_t0_2s;
  wire [31:0] col5_t0_2c;
  wire [31:0] col5_t0_3s;
  wire [31:0] col5_t0_3c;
  wire [31:0] col5_t1_0s;
  wire [31:0] col5_t1_0c;
  wire [31:0] col5_t1_1s;
  wire [31:0] col5_t1_1c;
  wire [31:0] col5_t2_0s;
  wire [31:0] col5_t2_0c;
  wire [31:0] col5_sum;
  wire [31:0] p0_6_p0;
  wire [31:0] p0_6_p1;
  wire [31:0] p1_6_p0;
  wire [31:0] p1_6_p1;
  wire [31:0] p2_6_p0;
  wire [31:0] p2_6_p1;
  wire [31:0] p3_6_p0;
  wire [31:0] p3_6_p1;
  wire [31:0] p4_6_p0;
  wire [31:0] p4_6_p1;
  wire [31:0] p5_6_p0;
  wire [31:0] p5_6_p1;
  wire [31:0] p6_6_p0;
  wire [31:0] p6_6_p1;
  wire [31:0] p7_6_p0;
  wire [31:0] p7_6_p1;
  wire [31:0] col6_t0_0s;
  wire [31:0] col6_t0_0c;
  wire [31:0] col6_t0_1s;
  wire [31:0] col6_t0_1c;
  wire [31:0] col6_t0_2s;
  wire [31:0] col6_t0_2c;
  wire [31:0] col6_t0_3s;
  wire [31:0] col6_t0_3c;
  wire [31:0] col6_t1_0s;
  wire [31:0] col6_t1_0c;
  wire [31:0] col6_t1_1s;
  wire [31:0] col6_t1_1c;
  wire [31:0] col6_t2_0s;
  wire [31:0] col6_t2_0c;
  wire [31:0] col6_sum;
  wire [31:0] p0_7_p0;
  wire [31:0] p0_7_p1;
  wire [31:0] p1_7_p0;
  wire [31:0] p1_7_p1;
  wire [31:0] p2_7_p0;
  wire [31:0] p2_7_p1;
  wire [31:0] p3_7_p0;
  wire [31:0] p3_7_p1;
  wire [31:0] p4_7_p0;
  wire [31:0] p4_7_p1;
  wire [31:0] p5_7_p0;
  wire [31:0] p5_7_p1;
  wire [31:0] p6_7_p0;
  wire [31:0] p6_7_p1;
  wire [31:0] p7_7_p0;
  wire [31:0] p7_7_p1;
  wire [31:0] col7_t0_0s;
  wire [31:0] col7_t0_0c;
  wire [31:0] col7_t0_1s;
  wire [31:0] col7_t0_1c;
  wire [31:0] col7_t0_2s;
  wire [31:0] col7_t0_2c;
  wire [31:0] col7_t0_3s;
  wire [31:0] col7_t0_3c;
  wire [31:0] col7_t1_0s;
  wire [31:0] col7_t1_0c;
  wire [31:0] col7_t1_1s;
  wire [31:0] col7_t1_1c;
  wire [31:0] col7_t2_0s;
  wire [31:0] col7_t2_0c;
  wire [31:0] col7_sum;
  reg [1:0] phase;
  reg [31:0] cnt;
  reg [31:0] mrem;
  reg m_last;
  reg [7:0] w0_0;
  reg [7:0] w0_1;
  reg [7:0] w0_2;
  reg [7:0] w0_3;
  reg [7:0] w0_4;
  reg [7:0] w0_5;
  reg [7:0] w0_6;
  reg [7:0] w0_7;
  reg [7:0] w1_0;
  reg [7:0] w1_1;
  reg [7:0] w1_2;
  reg [7:0] w1_3;
  reg [7:0] w1_4;
  reg [7:0] w1_5;
  reg [7:0] w1_6;
  reg [7:0] w1_7;
  reg [7:0] w2_0;
  reg [7:0] w2_1;
  reg [7:0] w2_2;
  reg [7:0] w2_3;
  reg [7:0] w2_4;
  reg [7:0] w2_5;
  reg [7:0] w2_6;
  reg [7:0] w2_7;
  reg [7:0] w3_0;
  reg [7:0] w3_1;
  reg [7:0] w3_2;
  reg [7:0] w3_3;
  reg [7:0] w3_4;
  reg [7:0] w3_5;
  reg [7:0] w3_6;
  reg [7:0] w3_7;
  reg [7:0] w4_0;
  reg [7:0] w4_1;
  reg [7:0] w4_2;
  reg [7:0] w4_3;
  reg [7:0] w4_4;
  reg [7:0] w4_5;
  reg [7:0] w4_6;
  reg [7:0] w4_7;
  reg [7:0] w5_0;
  reg [7:0] w5_1;
  reg [7:0] w5_2;
  reg [7:0] w5_3;
  reg [7:0] w5_4;
  reg [7:0] w5_5;
  reg [7:0] w5_6;
  reg [7:0] w5_7;
  reg [7:0] w6_0;
  reg [7:0] w6_1;
  reg [7:0] w6_2;
  reg [7:0] w6_3;
  reg [7:0] w6_4;
  reg [7:0] w6_5;
  reg [7:0] w6_6;
  reg [7:0] w6_7;
  reg [7:0] w7_0;
  reg [7:0] w7_1;
  reg [7:0] w7_2;
  reg [7:0] w7_3;
  reg [7:0] w7_4;
  reg [7:0] w7_5;
  reg [7:0] w7_6;
  reg [7:0] w7_7;
  reg [31:0] res0;
  reg [31:0] res1;
  reg [31:0] res2;
  reg [31:0] res3;
  reg [31:0] res4;
  reg [31:0] res5;
  reg [31:0] res6;
  reg [31:0] res7;
  reg dv_f_vld_q0;
  assign load = phase == 2'd1;
  assign f_vld = phase == 2'd2;
  assign load_last = load & (cnt == 32'd7);
  assign f_last = f_vld & m_last;
  assign b_rd = load;
  assign b_idx = 32'd7 - cnt;
  assign a_rd = f_vld;
  assign a_idx = cnt;
  assign out_vld = {dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0};
  assign out_data = {res7, res6, res5, res4, res3, res2, res1, res0};
  adder_tree_opt1_pe pe0_0 (
    .a(a_in[7:0]),
    .b(w0_0),
    .p0_out(p0_0_p0),
    .p1_out(p0_0_p1)
  );
  adder_tree_opt1_pe pe1_0 (
    .a(a_in[15:8]),
    .b(w1_0),
    .p0_out(p1_0_p0),
    .p1_out(p1_0_p1)
  );
  adder_tree_opt1_pe pe2_0 (
    .a(a_in[23:16]),
    .b(w2_0),
    .p0_out(p2_0_p0),
    .p1_out(p2_0_p1)
  );
  adder_tree_opt1_pe pe3_0 (
    .a(a_in[31:24]),
    .b(w3_0),
    .p0_out(p3_0_p0),
    .p1_out(p3_0_p1)
  );
  adder_tree_opt1_pe pe4_0 (
    .a(a_in[39:32]),
    .b(w4_0),
    .p0_out(p4_0_p0),
    .p1_out(p4_0_p1)
  );
  adder_tree_opt1_pe pe5_0 (
    .a(a_in[47:40]),
    .b(w5_0),
    .p0_out(p5_0_p0),
    .p1_out(p5_0_p1)
  );
  adder_tree_opt1_pe pe6_0 (
    .a(a_in[55:48]),
    .b(w6_0),
    .p0_out(p6_0_p0),
    .p1_out(p6_0_p1)
  );
  adder_tree_opt1_pe pe7_0 (
    .a(a_in[63:56]),
    .b(w7_0),
    .p0_out(p7_0_p0),
    .p1_out(p7_0_p1)
  );
  adder_tree_opt1_csa42_w32 col0_u_t0_0 (
    .x0(p0_0_p0),
    .x1(p0_0_p1),
    .x2(p1_0_p0),
    .x3(p1_0_p1),
    .s(col0_t0_0s),
    .c(col0_t0_0c)
  );
  adder_tree_opt1_csa42_w32 col0_u_t0_1 (
    .x0(p2_0_p0),
    .x1(p2_0_p1),
    .x2(p3_0_p0),
    .x3(p3_0_p1),
    .s(col0_t0_1s),
    .c(col0_t0_1c)
  );
  adder_tree_opt1_csa42_w32 col0_u_t0_2 (
    .x0(p4_0_p0),
    .x1(p4_0_p1),
    .x2(p5_0_p0),
    .x3(p5_0_p1),
    .s(col0_t0_2s),
    .c(col0_t0_2c)
  );
  adder_tree_opt1_csa42_w32 col0_u_t0_3 (
    .x0(p6_0_p0),
    .x1(p6_0_p1),
    .x2(p7_0_p0),
    .x3(p7_0_p1),
    .s(col0_t0_3s),
    .c(col0_t0_3c)
  );
  adder_tree_opt1_csa42_w32 col0_u_t1_0 (
    .x0(col0_t0_0s),
    .x1(col0_t0_0c),
    .x2(col0_t0_1s),
    .x3(col0_t0_1c),
    .s(col0_t1_0s),
    .c(col0_t1_0c)
  );
  adder_tree_opt1_csa42_w32 col0_u_t1_1 (
    .x0(col0_t0_2s),
    .x1(col0_t0_2c),
    .x2(col0_t0_3s),
    .x3(col0_t0_3c),
    .s(col0_t1_1s),
    .c(col0_t1_1c)
  );
  adder_tree_opt1_csa42_w32 col0_u_t2_0 (
    .x0(col0_t1_0s),
    .x1(col0_t1_0c),
    .x2(col0_t1_1s),
    .x3(col0_t1_1c),
    .s(col0_t2_0s),
    .c(col0_t2_0c)
  );
  adder_tree_opt1_cpa_w32 u_col_cpa0 (
    .x(col0_t2_0s),
    .y(col0_t2_0c),
    .s(col0_sum)
  );
  adder_tree_opt1_pe pe0_1 (
    .a(a_in[7:0]),
    .b(w0_1),
    .p0_out(p0_1_p0),
    .p1_out(p0_1_p1)
  );
  adder_tree_opt1_pe pe1_1 (
    .a(a_in[15:8]),
    .b(w1_1),
    .p0_out(p1_1_p0),
    .p1_out(p1_1_p1)
  );
  adder_tree_opt1_pe pe2_1 (
    .a(a_in[23:16]),
    .b(w2_1),
    .p0_out(p2_1_p0),
    .p1_out(p2_1_p1)
  );
  adder_tree_opt1_pe pe3_1 (
    .a(a_in[31:24]),
    .b(w3_1),
    .p0_out(p3_1_p0),
    .p1_out(p3_1_p1)
  );
  adder_tree_opt1_pe pe4_1 (
    .a(a_in[39:32]),
    .b(w4_1),
    .p0_out(p4_1_p0),
    .p1_out(p4_1_p1)
  );
  adder_tree_opt1_pe pe5_1 (
    .a(a_in[47:40]),
    .b(w5_1),
    .p0_out(p5_1_p0),
    .p1_out(p5_1_p1)
  );
  adder_tree_opt1_pe pe6_1 (
    .a(a_in[55:48]),
    .b(w6_1),
    .p0_out(p6_1_p0),
    .p1_out(p6_1_p1)
  );
  adder_tree_opt1_pe pe7_1 (
    .a(a_in[63:56]),
    .b(w7_1),
    .p0_out(p7_1_p0),
    .p1_out(p7_1_p1)
  );
  adder_tree_opt1_csa42_w32 col1_u_t0_0 (
    .x0(p0_1_p0),
    .x1(p0_1_p1),
    .x2(p1_1_p0),
    .x3(p1_1_p1),
    .s(col1_t0_0s),
    .c(col1_t0_0c)
  );
  adder_tree_opt1_csa42_w32 col1_u_t0_1 (
    .x0(p2_1_p0),
    .x1(p2_1_p1),
    .x2(p3_1_p0),
    .x3(p3_1_p1),
    .s(col1_t0_1s),
    .c(col1_t0_1c)
  );
  adder_tree_opt1_csa42_w32 col1_u_t0_2 (
    .x0(p4_1_p0),
    .x1(p4_1_p1),
    .x2(p5_1_p0),
    .x3(p5_1_p1),
    .s(col1_t0_2s),
    .c(col1_t0_2c)
  );
  adder_tree_opt1_csa42_w32 col1_u_t0_3 (
    .x0(p6_1_p0),
    .x1(p6_1_p1),
    .x2(p7_1_p0),
    .x3(p7_1_p1),
    .s(col1_t0_3s),
    .c(col1_t0_3c)
  );
  adder_tree_opt1_csa42_w32 col1_u_t1_0 (
    .x0(col1_t0_0s),
    .x1(col1_t0_0c),
    .x2(col1_t0_1s),
    .x3(col1_t0_1c),
    .s(col1_t1_0s),
    .c(col1_t1_0c)
  );
  adder_tree_opt1_csa42_w32 col1_u_t1_1 (
    .x0(col1_t0_2s),
    .x1(col1_t0_2c),
    .x2(col1_t0_3s),
    .x3(col1_t0_3c),
    .s(col1_t1_1s),
    .c(col1_t1_1c)
  );
  adder_tree_opt1_csa42_w32 col1_u_t2_0 (
    .x0(col1_t1_0s),
    .x1(col1_t1_0c),
    .x2(col1_t1_1s),
    .x3(col1_t1_1c),
    .s(col1_t2_0s),
    .c(col1_t2_0c)
  );
  adder_tree_opt1_cpa_w32 u_col_cpa1 (
    .x(col1_t2_0s),
    .y(col1_t2_0c),
    .s(col1_sum)
  );
  adder_tree_opt1_pe pe0_2 (
    .a(a_in[7:0]),
    .b(w0_2),
    .p0_out(p0_2_p0),
    .p1_out(p0_2_p1)
  );
  adder_tree_opt1_pe pe1_2 (
    .a(a_in[15:8]),
    .b(w1_2),
    .p0_out(p1_2_p0),
    .p1_out(p1_2_p1)
  );
  adder_tree_opt1_pe pe2_2 (
    .a(a_in[23:16]),
    .b(w2_2),
    .p0_out(p2_2_p0),
    .p1_out(p2_2_p1)
  );
  adder_tree_opt1_pe pe3_2 (
    .a(a_in[31:24]),
    .b(w3_2),
    .p0_out(p3_2_p0),
    .p1_out(p3_2_p1)
  );
  adder_tree_opt1_pe pe4_2 (
    .a(a_in[39:32]),
    .b(w4_2),
    .p0_out(p4_2_p0),
    .p1_out(p4_2_p1)
  );
  adder_tree_opt1_pe pe5_2 (
    .a(a_in[47:40]),
    .b(w5_2),
    .p0_out(p5_2_p0),
    .p1_out(p5_2_p1)
  );
  adder_tree_opt1_pe pe6_2 (
    .a(a_in[55:48]),
    .b(w6_2),
    .p0_out(p6_2_p0),
    .p1_out(p6_2_p1)
  );
  adder_tree_opt1_pe pe7_2 (
    .a(a_in[63:56]),
    .b(w7_2),
    .p0_out(p7_2_p0),
    .p1_out(p7_2_p1)
  );
  adder_tree_opt1_csa42_w32 col2_u_t0_0 (
    .x0(p0_2_p0),
    .x1(p0_2_p1),
    .x2(p1_2_p0),
    .x3(p1_2_p1),
    .s(col2_t0_0s),
    .c(col2_t0_0c)
  );
  adder_tree_opt1_csa42_w32 col2_u_t0_1 (
    .x0(p2_2_p0),
    .x1(p2_2_p1),
    .x2(p3_2_p0),
    .x3(p3_2_p1),
    .s(col2_t0_1s),
    .c(col2_t0_1c)
  );
  adder_tree_opt1_csa42_w32 col2_u_t0_2 (
    .x0(p4_2_p0),
    .x1(p4_2_p1),
    .x2(p5_2_p0),
    .x3(p5_2_p1),
    .s(col2_t0_2s),
    .c(col2_t0_2c)
  );
  adder_tree_opt1_csa42_w32 col2_u_t0_3 (
    .x0(p6_2_p0),
    .x1(p6_2_p1),
    .x2(p7_2_p0),
    .x3(p7_2_p1),
    .s(col2_t0_3s),
    .c(col2_t0_3c)
  );
  adder_tree_opt1_csa42_w32 col2_u_t1_0 (
    .x0(col2_t0_0s),
    .x1(col2_t0_0c),
    .x2(col2_t0_1s),
    .x3(col2_t0_1c),
    .s(col2_t1_0s),
    .c(col2_t1_0c)
  );
  adder_tree_opt1_csa42_w32 col2_u_t1_1 (
    .x0(col2_t0_2s),
    .x1(col2_t0_2c),
    .x2(col2_t0_3s),
    .x3(col2_t0_3c),
    .s(col2_t1_1s),
    .c(col2_t1_1c)
  );
  adder_tree_opt1_csa42_w32 col2_u_t2_0 (
    .x0(col2_t1_0s),
    .x1(col2_t1_0c),
    .x2(col2_t1_1s),
    .x3(col2_t1_1c),
    .s(col2_t2_0s),
    .c(col2_t2_0c)
  );
  adder_tree_opt1_cpa_w32 u_col_cpa2 (
    .x(col2_t2_0s),
    .y(col2_t2_0c),
    .s(col2_sum)
  );
  adder_tree_opt1_pe pe0_3 (
    .a(a_in[7:0]),
    .b(w0_3),
    .p0_out(p0_3_p0),
    .p1_out(p0_3_p1)
  );
  adder_tree_opt1_pe pe1_3 (
    .a(a_in[15:8]),
    .b(w1_3),
    .p0_out(p1_3_p0),
    .p1_out(p1_3_p1)
  );
  adder_tree_opt1_pe pe2_3 (
    .a(a_in[23:16]),
    .b(w2_3),
    .p0_out(p2_3_p0),
    .p1_out(p2_3_p1)
  );
  adder_tree_opt1_pe pe3_3 (
    .a(a_in[31:24]),
    .b(w3_3),
    .p0_out(p3_3_p0),
    .p1_out(p3_3_p1)
  );
  adder_tree_opt1_pe pe4_3 (
    .a(a_in[39:32]),
    .b(w4_3),
    .p0_out(p4_3_p0),
    .p1_out(p4_3_p1)
  );
  adder_tree_opt1_pe pe5_3 (
    .a(a_in[47:40]),
    .b(w5_3),
    .p0_out(p5_3_p0),
    .p1_out(p5_3_p1)
  );
  adder_tree_opt1_pe pe6_3 (
    .a(a_in[55:48]),
    .b(w6_3),
    .p0_out(p6_3_p0),
    .p1_out(p6_3_p1)
  );
  adder_tree_opt1_pe pe7_3 (
    .a(a_in[63:56]),
    .b(w7_3),
    .p0_out(p7_3_p0),
    .p1_out(p7_3_p1)
  );
  adder_tree_opt1_csa42_w32 col3_u_t0_0 (
    .x0(p0_3_p0),
    .x1(p0_3_p1),
    .x2(p1_3_p0),
    .x3(p1_3_p1),
    .s(col3_t0_0s),
    .c(col3_t0_0c)
  );
  adder_tree_opt1_csa42_w32 col3_u_t0_1 (
    .x0(p2_3_p0),
    .x1(p2_3_p1),
    .x2(p3_3_p0),
    .x3(p3_3_p1),
    .s(col3_t0_1s),
    .c(col3_t0_1c)
  );
  adder_tree_opt1_csa42_w32 col3_u_t0_2 (
    .x0(p4_3_p0),
    .x1(p4_3_p1),
    .x2(p5_3_p0),
    .x3(p5_3_p1),
    .s(col3_t0_2s),
    .c(col3_t0_2c)
  );
  adder_tree_opt1_csa42_w32 col3_u_t0_3 (
    .x0(p6_3_p0),
    .x1(p6_3_p1),
    .x2(p7_3_p0),
    .x3(p7_3_p1),
    .s(col3_t0_3s),
    .c(col3_t0_3c)
  );
  adder_tree_opt1_csa42_w32 col3_u_t1_0 (
    .x0(col3_t0_0s),
    .x1(col3_t0_0c),
    .x2(col3_t0_1s),
    .x3(col3_t0_1c),
    .s(col3_t1_0s),
    .c(col3_t1_0c)
  );
  adder_tree_opt1_csa42_w32 col3_u_t1_1 (
    .x0(col3_t0_2s),
    .x1(col3_t0_2c),
    .x2(col3_t0_3s),
    .x3(col3_t0_3c),
    .s(col3_t1_1s),
    .c(col3_t1_1c)
  );
  adder_tree_opt1_csa42_w32 col3_u_t2_0 (
    .x0(col3_t1_0s),
    .x1(col3_t1_0c),
    .x2(col3_t1_1s),
    .x3(col3_t1_1c),
    .s(col3_t2_0s),
    .c(col3_t2_0c)
  );
  adder_tree_opt1_cpa_w32 u_col_cpa3 (
    .x(col3_t2_0s),
    .y(col3_t2_0c),
    .s(col3_sum)
  );
  adder_tree_opt1_pe pe0_4 (
    .a(a_in[7:0]),
    .b(w0_4),
    .p0_out(p0_4_p0),
    .p1_out(p0_4_p1)
  );
  adder_tree_opt1_pe pe1_4 (
    .a(a_in[15:8]),
    .b(w1_4),
    .p0_out(p1_4_p0),
    .p1_out(p1_4_p1)
  );
  adder_tree_opt1_pe pe2_4 (
    .a(a_in[23:16]),
    .b(w2_4),
    .p0_out(p2_4_p0),
    .p1_out(p2_4_p1)
  );
  adder_tree_opt1_pe pe3_4 (
    .a(a_in[31:24]),
    .b(w3_4),
    .p0_out(p3_4_p0),
    .p1_out(p3_4_p1)
  );
  adder_tree_opt1_pe pe4_4 (
    .a(a_in[39:32]),
    .b(w4_4),
    .p0_out(p4_4_p0),
    .p1_out(p4_4_p1)
  );
  adder_tree_opt1_pe pe5_4 (
    .a(a_in[47:40]),
    .b(w5_4),
    .p0_out(p5_4_p0),
    .p1_out(p5_4_p1)
  );
  adder_tree_opt1_pe pe6_4 (
    .a(a_in[55:48]),
    .b(w6_4),
    .p0_out(p6_4_p0),
    .p1_out(p6_4_p1)
  );
  adder_tree_opt1_pe pe7_4 (
    .a(a_in[63:56]),
    .b(w7_4),
    .p0_out(p7_4_p0),
    .p1_out(p7_4_p1)
  );
  adder_tree_opt1_csa42_w32 col4_u_t0_0 (
    .x0(p0_4_p0),
    .x1(p0_4_p1),
    .x2(p1_4_p0),
    .x3(p1_4_p1),
    .s(col4_t0_0s),
    .c(col4_t0_0c)
  );
  adder_tree_opt1_csa42_w32 col4_u_t0_1 (
    .x0(p2_4_p0),
    .x1(p2_4_p1),
    .x2(p3_4_p0),
    .x3(p3_4_p1),
    .s(col4_t0_1s),
    .c(col4_t0_1c)
  );
  adder_tree_opt1_csa42_w32 col4_u_t0_2 (
    .x0(p4_4_p0),
    .x1(p4_4_p1),
    .x2(p5_4_p0),
    .x3(p5_4_p1),
    .s(col4_t0_2s),
    .c(col4_t0_2c)
  );
  adder_tree_opt1_csa42_w32 col4_u_t0_3 (
    .x0(p6_4_p0),
    .x1(p6_4_p1),
    .x2(p7_4_p0),
    .x3(p7_4_p1),
    .s(col4_t0_3s),
    .c(col4_t0_3c)
  );
  adder_tree_opt1_csa42_w32 col4_u_t1_0 (
    .x0(col4_t0_0s),
    .x1(col4_t0_0c),
    .x2(col4_t0_1s),
    .x3(col4_t0_1c),
    .s(col4_t1_0s),
    .c(col4_t1_0c)
  );
  adder_tree_opt1_csa42_w32 col4_u_t1_1 (
    .x0(col4_t0_2s),
    .x1(col4_t0_2c),
    .x2(col4_t0_3s),
    .x3(col4_t0_3c),
    .s(col4_t1_1s),
    .c(col4_t1_1c)
  );
  adder_tree_opt1_csa42_w32 col4_u_t2_0 (
    .x0(col4_t1_0s),
    .x1(col4_t1_0c),
    .x2(col4_t1_1s),
    .x3(col4_t1_1c),
    .s(col4_t2_0s),
    .c(col4_t2_0c)
  );
  adder_tree_opt1_cpa_w32 u_col_cpa4 (
    .x(col4_t2_0s),
    .y(col4_t2_0c),
    .s(col4_sum)
  );
  adder_tree_opt1_pe pe0_5 (
    .a(a_in[7:0]),
    .b(w0_5),
    .p0_out(p0_5_p0),
    .p1_out(p0_5_p1)
  );
  adder_tree_opt1_pe pe1_5 (
    .a(a_in[15:8]),
    .b(w1_5),
    .p0_out(p1_5_p0),
    .p1_out(p1_5_p1)
  );
  adder_tree_opt1_pe pe2_5 (
    .a(a_in[23:16]),
    .b(w2_5),
    .p0_out(p2_5_p0),
    .p1_out(p2_5_p1)
  );
  adder_tree_opt1_pe pe3_5 (
    .a(a_in[31:24]),
    .b(w3_5),
    .p0_out(p3_5_p0),
    .p1_out(p3_5_p1)
  );
  adder_tree_opt1_pe pe4_5 (
    .a(a_in[39:32]),
    .b(w4_5),
    .p0_out(p4_5_p0),
    .p1_out(p4_5_p1)
  );
  adder_tree_opt1_pe pe5_5 (
    .a(a_in[47:40]),
    .b(w5_5),
    .p0_out(p5_5_p0),
    .p1_out(p5_5_p1)
  );
  adder_tree_opt1_pe pe6_5 (
    .a(a_in[55:48]),
    .b(w6_5),
    .p0_out(p6_5_p0),
    .p1_out(p6_5_p1)
  );
  adder_tree_opt1_pe pe7_5 (
    .a(a_in[63:56]),
    .b(w7_5),
    .p0_out(p7_5_p0),
    .p1_out(p7_5_p1)
  );
  adder_tree_opt1_csa42_w32 col5_u_t0_0 (
    .x0(p0_5_p0),
    .x1(p0_5_p1),
    .x2(p1_5_p0),
    .x3(p1_5_p1),
    .s(col5_t0_0s),
    .c(col5_t0_0c)
  );
  adder_tree_opt1_csa42_w32 col5_u_t0_1 (
    .x0(p2_5_p0),
    .x1(p2_5_p1),
    .x2(p3_5_p0),
    .x3(p3_5_p1),
    .s(col5_t0_1s),
    .c(col5_t0_1c)
  );
  adder_tree_opt1_csa42_w32 col5_u_t0_2 (
    .x0(p4_5_p0),
    .x1(p4_5_p1),
    .x2(p5_5_p0),
    .x3(p5_5_p1),
    .s(col5_t0_2s),
    .c(col5_t0_2c)
  );
  adder_tree_opt1_csa42_w32 col5_u_t0_3 (
    .x0(p6_5_p0),
    .x1(p6_5_p1),
    .x2(p7_5_p0),
    .x3(p7_5_p1),
    .s(col5_t0_3s),
    .c(col5_t0_3c)
  );
  adder_tree_opt1_csa42_w32 col5_u_t1_0 (
    .x0(col5_t0_0s),
    .x1(col5_t0_0c),
    .x2(col5_t0_1s),
    .x3(col5_t0_1c),
    .s(col5_t1_0s),
    .c(col5_t1_0c)
  );
  adder_tree_opt1_csa42_w32 col5_u_t1_1 (
    .x0(col5_t0_2s),
    .x1(col5_t0_2c),
    .x2(col5_t0_3s),
    .x3(col5_t0_3c),
    .s(col5_t1_1s),
    .c(col5_t1_1c)
  );
  adder_tree_opt1_csa42_w32 col5_u_t2_0 (
    .x0(col5_t1_0s),
    .x1(col5_t1_0c),
    .x2(col5_t1_1s),
    .x3(col5_t1_1c),
    .s(col5_t2_0s),
    .c(col5_t2_0c)
  );
  adder_tree_opt1_cpa_w32 u_col_cpa5 (
    .x(col5_t2_0s),
    .y(col5_t2_0c),
    .s(col5_sum)
  );
  adder_tree_opt1_pe pe0_6 (
    .a(a_in[7:0]),
    .b(w0_6),
    .p0_out(p0_6_p0),
    .p1_out(p0_6_p1)
  );
  adder_tree_opt1_pe pe1_6 (
    .a(a_in[15:8]),
    .b(w1_6),
    .p0_out(p1_6_p0),
    .p1_out(p1_6_p1)
  );
  adder_tree_opt1_pe pe2_6 (
    .a(a_in[23:16]),
    .b(w2_6),
    .p0_out(p2_6_p0),
    .p1_out(p2_6_p1)
  );
  adder_tree_opt1_pe pe3_6 (
    .a(a_in[31:24]),
    .b(w3_6),
    .p0_out(p3_6_p0),
    .p1_out(p3_6_p1)
  );
  adder_tree_opt1_pe pe4_6 (
    .a(a_in[39:32]),
    .b(w4_6),
    .p0_out(p4_6_p0),
    .p1_out(p4_6_p1)
  );
  adder_tree_opt1_pe pe5_6 (
    .a(a_in[47:40]),
    .b(w5_6),
    .p0_out(p5_6_p0),
    .p1_out(p5_6_p1)
  );
  adder_tree_opt1_pe pe6_6 (
    .a(a_in[55:48]),
    .b(w6_6),
    .p0_out(p6_6_p0),
    .p1_out(p6_6_p1)
  );
  adder_tree_opt1_pe pe7_6 (
    .a(a_in[63:56]),
    .b(w7_6),
    .p0_out(p7_6_p0),
    .p1_out(p7_6_p1)
  );
  adder_tree_opt1_csa42_w32 col6_u_t0_0 (
    .x0(p0_6_p0),
    .x1(p0_6_p1),
    .x2(p1_6_p0),
    .x3(p1_6_p1),
    .s(col6_t0_0s),
    .c(col6_t0_0c)
  );
  adder_tree_opt1_csa42_w32 col6_u_t0_1 (
    .x0(p2_6_p0),
    .x1(p2_6_p1),
    .x2(p3_6_p0),
    .x3(p3_6_p1),
    .s(col6_t0_1s),
    .c(col6_t0_1c)
  );
  adder_tree_opt1_csa42_w32 col6_u_t0_2 (
    .x0(p4_6_p0),
    .x1(p4_6_p1),
    .x2(p5_6_p0),
    .x3(p5_6_p1),
    .s(col6_t0_2s),
    .c(col6_t0_2c)
  );
  adder_tree_opt1_csa42_w32 col6_u_t0_3 (
    .x0(p6_6_p0),
    .x1(p6_6_p1),
    .x2(p7_6_p0),
    .x3(p7_6_p1),
    .s(col6_t0_3s),
    .c(col6_t0_3c)
  );
  adder_tree_opt1_csa42_w32 col6_u_t1_0 (
    .x0(col6_t0_0s),
    .x1(col6_t0_0c),
    .x2(col6_t0_1s),
    .x3(col6_t0_1c),
    .s(col6_t1_0s),
    .c(col6_t1_0c)
  );
  adder_tree_opt1_csa42_w32 col6_u_t1_1 (
    .x0(col6_t0_2s),
    .x1(col6_t0_2c),
    .x2(col6_t0_3s),
    .x3(col6_t0_3c),
    .s(col6_t1_1s),
    .c(col6_t1_1c)
  );
  adder_tree_opt1_csa42_w32 col6_u_t2_0 (
    .x0(col6_t1_0s),
    .x1(col6_t1_0c),
    .x2(col6_t1_1s),
    .x3(col6_t1_1c),
    .s(col6_t2_0s),
    .c(col6_t2_0c)
  );
  adder_tree_opt1_cpa_w32 u_col_cpa6 (
    .x(col6_t2_0s),
    .y(col6_t2_0c),
    .s(col6_sum)
  );
  adder_tree_opt1_pe pe0_7 (
    .a(a_in[7:0]),
    .b(w0_7),
    .p0_out(p0_7_p0),
    .p1_out(p0_7_p1)
  );
  adder_tree_opt1_pe pe1_7 (
    .a(a_in[15:8]),
    .b(w1_7),
    .p0_out(p1_7_p0),
    .p1_out(p1_7_p1)
  );
  adder_tree_opt1_pe pe2_7 (
    .a(a_in[23:16]),
    .b(w2_7),
    .p0_out(p2_7_p0),
    .p1_out(p2_7_p1)
  );
  adder_tree_opt1_pe pe3_7 (
    .a(a_in[31:24]),
    .b(w3_7),
    .p0_out(p3_7_p0),
    .p1_out(p3_7_p1)
  );
  adder_tree_opt1_pe pe4_7 (
    .a(a_in[39:32]),
    .b(w4_7),
    .p0_out(p4_7_p0),
    .p1_out(p4_7_p1)
  );
  adder_tree_opt1_pe pe5_7 (
    .a(a_in[47:40]),
    .b(w5_7),
    .p0_out(p5_7_p0),
    .p1_out(p5_7_p1)
  );
  adder_tree_opt1_pe pe6_7 (
    .a(a_in[55:48]),
    .b(w6_7),
    .p0_out(p6_7_p0),
    .p1_out(p6_7_p1)
  );
  adder_tree_opt1_pe pe7_7 (
    .a(a_in[63:56]),
    .b(w7_7),
    .p0_out(p7_7_p0),
    .p1_out(p7_7_p1)
  );
  adder_tree_opt1_csa42_w32 col7_u_t0_0 (
    .x0(p0_7_p0),
    .x1(p0_7_p1),
    .x2(p1_7_p0),
    .x3(p1_7_p1),
    .s(col7_t0_0s),
    .c(col7_t0_0c)
  );
  adder_tree_opt1_csa42_w32 col7_u_t0_1 (
    .x0(p2_7_p0),
    .x1(p2_7_p1),
    .x2(p3_7_p0),
    .x3(p3_7_p1),
    .s(col7_t0_1s),
    .c(col7_t0_1c)
  );
  adder_tree_opt1_csa42_w32 col7_u_t0_2 (
    .x0(p4_7_p0),
    .x1(p4_7_p1),
    .x2(p5_7_p0),
    .x3(p5_7_p1),
    .s(col7_t0_2s),
    .c(col7_t0_2c)
  );
  adder_tree_opt1_csa42_w32 col7_u_t0_3 (
    .x0(p6_7_p0),
    .x1(p6_7_p1),
    .x2(p7_7_p0),
    .x3(p7_7_p1),
    .s(col7_t0_3s),
    .c(col7_t0_3c)
  );
  adder_tree_opt1_csa42_w32 col7_u_t1_0 (
    .x0(col7_t0_0s),
    .x1(col7_t0_0c),
    .x2(col7_t0_1s),
    .x3(col7_t0_1c),
    .s(col7_t1_0s),
    .c(col7_t1_0c)
  );
  adder_tree_opt1_csa42_w32 col7_u_t1_1 (
    .x0(col7_t0_2s),
    .x1(col7_t0_2c),
    .x2(col7_t0_3s),
    .x3(col7_t0_3c),
    .s(col7_t1_1s),
    .c(col7_t1_1c)
  );
  adder_tree_opt1_csa42_w32 col7_u_t2_0 (
    .x0(col7_t1_0s),
    .x1(col7_t1_0c),
    .x2(col7_t1_1s),
    .x3(col7_t1_1c),
    .s(col7_t2_0s),
    .c(col7_t2_0c)
  );
  adder_tree_opt1_cpa_w32 u_col_cpa7 (
    .x(col7_t2_0s),
    .y(col7_t2_0c),
    .s(col7_sum)
  );
  always @(posedge clk) if (rst) phase <= 2'd0; else if (start | load_last | f_last) phase <= start ? 2'd1 : load_last ? 2'd2 : 2'd0;
  always @(posedge clk) if (rst) cnt <= 32'd0; else if (start | load | f_vld) cnt <= (start | load_last) ? 32'd0 : cnt + 32'd1;
  always @(posedge clk) if (rst) mrem <= 32'd0; else if (start | f_vld) mrem <= start ? cfg_m : mrem - 32'd1;
  always @(posedge clk) if (rst) m_last <= 1'b0; else if (start | f_vld) m_last <= start ? cfg_m == 32'd1 : mrem == 32'd2;
  always @(posedge clk) if (load) w0_0 <= b_in[7:0];
  always @(posedge clk) if (load) w0_1 <= b_in[15:8];
  always @(posedge clk) if (load) w0_2 <= b_in[23:16];
  always @(posedge clk) if (load) w0_3 <= b_in[31:24];
  always @(posedge clk) if (load) w0_4 <= b_in[39:32];
  always @(posedge clk) if (load) w0_5 <= b_in[47:40];
  always @(posedge clk) if (load) w0_6 <= b_in[55:48];
  always @(posedge clk) if (load) w0_7 <= b_in[63:56];
  always @(posedge clk) if (load) w1_0 <= w0_0;
  always @(posedge clk) if (load) w1_1 <= w0_1;
  always @(posedge clk) if (load) w1_2 <= w0_2;
  always @(posedge clk) if (load) w1_3 <= w0_3;
  always @(posedge clk) if (load) w1_4 <= w0_4;
  always @(posedge clk) if (load) w1_5 <= w0_5;
  always @(posedge clk) if (load) w1_6 <= w0_6;
  always @(posedge clk) if (load) w1_7 <= w0_7;
  always @(posedge clk) if (load) w2_0 <= w1_0;
  always @(posedge clk) if (load) w2_1 <= w1_1;
  always @(posedge clk) if (load) w2_2 <= w1_2;
  always @(posedge clk) if (load) w2_3 <= w1_3;
  always @(posedge clk) if (load) w2_4 <= w1_4;
  always @(posedge clk) if (load) w2_5 <= w1_5;
  always @(posedge clk) if (load) w2_6 <= w1_6;
  always @(posedge clk) if (load) w2_7 <= w1_7;
  always @(posedge clk) if (load) w3_0 <= w2_0;
  always @(posedge clk) if (load) w3_1 <= w2_1;
  always @(posedge clk) if (load) w3_2 <= w2_2;
  always @(posedge clk) if (load) w3_3 <= w2_3;
  always @(posedge clk) if (load) w3_4 <= w2_4;
  always @(posedge clk) if (load) w3_5 <= w2_5;
  always @(posedge clk) if (load) w3_6 <= w2_6;
  always @(posedge clk) if (load) w3_7 <= w2_7;
  always @(posedge clk) if (load) w4_0 <= w3_0;
  always @(posedge clk) if (load) w4_1 <= w3_1;
  always @(posedge clk) if (load) w4_2 <= w3_2;
  always @(posedge clk) if (load) w4_3 <= w3_3;
  always @(posedge clk) if (load) w4_4 <= w3_4;
  always @(posedge clk) if (load) w4_5 <= w3_5;
  always @(posedge clk) if (load) w4_6 <= w3_6;
  always @(posedge clk) if (load) w4_7 <= w3_7;
  always @(posedge clk) if (load) w5_0 <= w4_0;
  always @(posedge clk) if (load) w5_1 <= w4_1;
  always @(posedge clk) if (load) w5_2 <= w4_2;
  always @(posedge clk) if (load) w5_3 <= w4_3;
  always @(posedge clk) if (load) w5_4 <= w4_4;
  always @(posedge clk) if (load) w5_5 <= w4_5;
  always @(posedge clk) if (load) w5_6 <= w4_6;
  always @(posedge clk) if (load) w5_7 <= w4_7;
  always @(posedge clk) if (load) w6_0 <= w5_0;
  always @(posedge clk) if (load) w6_1 <= w5_1;
  always @(posedge clk) if (load) w6_2 <= w5_2;
  always @(posedge clk) if (load) w6_3 <= w5_3;
  always @(posedge clk) if (load) w6_4 <= w5_4;
  always @(posedge clk) if (load) w6_5 <= w5_5;
  always @(posedge clk) if (load) w6_6 <= w5_6;
  always @(posedge clk) if (load) w6_7 <= w5_7;
  always @(posedge clk) if (load) w7_0 <= w6_0;
  always @(posedge clk) if (load) w7_1 <= w6_1;
  always @(posedge clk) if (load) w7_2 <= w6_2;
  always @(posedge clk) if (load) w7_3 <= w6_3;
  always @(posedge clk) if (load) w7_4 <= w6_4;
  always @(posedge clk) if (load) w7_5 <= w6_5;
  always @(posedge clk) if (load) w7_6 <= w6_6;
  always @(posedge clk) if (load) w7_7 <= w6_7;
  always @(posedge clk) res0 <= col0_sum;
  always @(posedge clk) res1 <= col1_sum;
  always @(posedge clk) res2 <= col2_sum;
  always @(posedge clk) res3 <= col3_sum;
  always @(posedge clk) res4 <= col4_sum;
  always @(posedge clk) res5 <= col5_sum;
  always @(posedge clk) res6 <= col6_sum;
  always @(posedge clk) res7 <= col7_sum;
  always @(posedge clk) if (rst) dv_f_vld_q0 <= 1'b0; else dv_f_vld_q0 <= f_vld;
endmodule
