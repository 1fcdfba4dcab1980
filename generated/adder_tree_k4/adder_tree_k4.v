// adder_tree_k4: adder-tree 4x2 array top, k reduction in 3 register stages (cuts after 0, 0 of 2 levels)
// Source design: adder_tree_k4 (examples/adder_tree_k4.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// adder-tree array, 4 (k) x 2 (n); k reduction form: cpa.
// Protocol: pulse start with cfg_m = rows of A; the array first requests the 4 weight rows
// (b_idx, last row first: they shift down the columns), then one row of A per cycle (a_idx = m).
// out_vld[c] marks C[m][c] for successive m at the bottom of column c.
module adder_tree_k4 (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_m,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [31:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [15:0] b_in,
  output wire [1:0] out_vld,
  output wire [63:0] out_data
);
  // Controller: phase 1 loads weights (4 cycles), phase 2 feeds rows of A. The last-row
  // flag is registered a row ahead (mrem counts the rows left): no compare with cfg_m per cycle.
  wire load;
  wire f_vld;
  wire load_last;
  wire f_last;
  wire [15:0] p0_0_p0;
  wire [15:0] p1_0_p0;
  wire [15:0] p2_0_p0;
  wire [15:0] p3_0_p0;
  wire [17:0] c0_v0;
  wire [17:0] c0_v1;
  wire [17:0] c0_v2;
  wire [17:0] c0_v3;
  wire [17:0] col0_t0_0s;
  wire [17:0] col0_t0_0c;
  wire [17:0] col0_sum;
  wire [15:0] p0_1_p0;
  wire [15:0] p1_1_p0;
  wire [15:0] p2_1_p0;
  wire [15:0] p3_1_p0;
  wire [17:0] c1_v0;
  wire [17:0] c1_v1;
  wire [17:0] c1_v2;
  wire [17:0] c1_v3;
  wire [17:0] col1_t0_0s;
  wire [17:0] col1_t0_0c;
  wire [17:0] col1_sum;
  reg [1:0] phase;
  reg [31:0] cnt;
  reg [31:0] mrem;
  reg m_last;
  reg [7:0] w0_0;
  reg [7:0] w0_1;
  reg [7:0] w1_0;
  reg [7:0] w1_1;
  reg [7:0] w2_0;
  reg [7:0] w2_1;
  reg [7:0] w3_0;
  reg [7:0] w3_1;
  reg [15:0] c0_j0_q0_p0_0_p0_q0;
  reg [15:0] c0_j0_q0_p1_0_p0_q0;
  reg [15:0] c0_j0_q0_p2_0_p0_q0;
  reg [15:0] c0_j0_q0_p3_0_p0_q0;
  reg [15:0] c0_j0_q1_c0_j0_q0_p0_0_p0_q0_q0;
  reg [15:0] c0_j0_q1_c0_j0_q0_p1_0_p0_q0_q0;
  reg [15:0] c0_j0_q1_c0_j0_q0_p2_0_p0_q0_q0;
  reg [15:0] c0_j0_q1_c0_j0_q0_p3_0_p0_q0_q0;
  reg [17:0] res0;
  reg [15:0] c1_j0_q0_p0_1_p0_q0;
  reg [15:0] c1_j0_q0_p1_1_p0_q0;
  reg [15:0] c1_j0_q0_p2_1_p0_q0;
  reg [15:0] c1_j0_q0_p3_1_p0_q0;
  reg [15:0] c1_j0_q1_c1_j0_q0_p0_1_p0_q0_q0;
  reg [15:0] c1_j0_q1_c1_j0_q0_p1_1_p0_q0_q0;
  reg [15:0] c1_j0_q1_c1_j0_q0_p2_1_p0_q0_q0;
  reg [15:0] c1_j0_q1_c1_j0_q0_p3_1_p0_q0_q0;
  reg [17:0] res1;
  reg dv_f_vld_q0;
  reg dv_dv_f_vld_q1;
  reg dv_dv_dv_f_vld_q2;
  reg dv_dv_dv_dv_f_vld_q3;
  assign load = phase == 2'd1;
  assign f_vld = phase == 2'd2;
  assign load_last = load & (cnt == 32'd3);
  assign f_last = f_vld & m_last;
  assign b_rd = load;
  assign b_idx = 32'd3 - cnt;
  assign a_rd = f_vld;
  assign a_idx = cnt;
  assign c0_v0 = {{2{c0_j0_q1_c0_j0_q0_p0_0_p0_q0_q0[15]}}, c0_j0_q1_c0_j0_q0_p0_0_p0_q0_q0};
  assign c0_v1 = {{2{c0_j0_q1_c0_j0_q0_p1_0_p0_q0_q0[15]}}, c0_j0_q1_c0_j0_q0_p1_0_p0_q0_q0};
  assign c0_v2 = {{2{c0_j0_q1_c0_j0_q0_p2_0_p0_q0_q0[15]}}, c0_j0_q1_c0_j0_q0_p2_0_p0_q0_q0};
  assign c0_v3 = {{2{c0_j0_q1_c0_j0_q0_p3_0_p0_q0_q0[15]}}, c0_j0_q1_c0_j0_q0_p3_0_p0_q0_q0};
  assign c1_v0 = {{2{c1_j0_q1_c1_j0_q0_p0_1_p0_q0_q0[15]}}, c1_j0_q1_c1_j0_q0_p0_1_p0_q0_q0};
  assign c1_v1 = {{2{c1_j0_q1_c1_j0_q0_p1_1_p0_q0_q0[15]}}, c1_j0_q1_c1_j0_q0_p1_1_p0_q0_q0};
  assign c1_v2 = {{2{c1_j0_q1_c1_j0_q0_p2_1_p0_q0_q0[15]}}, c1_j0_q1_c1_j0_q0_p2_1_p0_q0_q0};
  assign c1_v3 = {{2{c1_j0_q1_c1_j0_q0_p3_1_p0_q0_q0[15]}}, c1_j0_q1_c1_j0_q0_p3_1_p0_q0_q0};
  assign out_vld = {2{dv_dv_dv_dv_f_vld_q3}};
  assign out_data = {{{14{res1[17]}}, res1}, {{14{res0[17]}}, res0}};
  adder_tree_k4_pe pe0_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(w0_0),
    .p0_out(p0_0_p0)
  );
  adder_tree_k4_pe pe1_0 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(w1_0),
    .p0_out(p1_0_p0)
  );
  adder_tree_k4_pe pe2_0 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(w2_0),
    .p0_out(p2_0_p0)
  );
  adder_tree_k4_pe pe3_0 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(w3_0),
    .p0_out(p3_0_p0)
  );
  adder_tree_k4_csa42_w18 col0_u_t0_0 (
    .x0(c0_v0),
    .x1(c0_v1),
    .x2(c0_v2),
    .x3(c0_v3),
    .s(col0_t0_0s),
    .c(col0_t0_0c)
  );
  adder_tree_k4_cpa_w18 u_col0_sum (
    .x(col0_t0_0s),
    .y(col0_t0_0c),
    .s(col0_sum)
  );
  adder_tree_k4_pe pe0_1 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(w0_1),
    .p0_out(p0_1_p0)
  );
  adder_tree_k4_pe pe1_1 (
    .clk(clk),
    .a(a_in[15:8]),
    .b(w1_1),
    .p0_out(p1_1_p0)
  );
  adder_tree_k4_pe pe2_1 (
    .clk(clk),
    .a(a_in[23:16]),
    .b(w2_1),
    .p0_out(p2_1_p0)
  );
  adder_tree_k4_pe pe3_1 (
    .clk(clk),
    .a(a_in[31:24]),
    .b(w3_1),
    .p0_out(p3_1_p0)
  );
  adder_tree_k4_csa42_w18 col1_u_t0_0 (
    .x0(c1_v0),
    .x1(c1_v1),
    .x2(c1_v2),
    .x3(c1_v3),
    .s(col1_t0_0s),
    .c(col1_t0_0c)
  );
  adder_tree_k4_cpa_w18 u_col1_sum (
    .x(col1_t0_0s),
    .y(col1_t0_0c),
    .s(col1_sum)
  );
  always @(posedge clk) if (rst) phase <= 2'd0; else if (start | load_last | f_last) phase <= start ? 2'd1 : load_last ? 2'd2 : 2'd0;
  always @(posedge clk) if (rst) cnt <= 32'd0; else if (start | load | f_vld) cnt <= (start | load_last) ? 32'd0 : cnt + 32'd1;
  always @(posedge clk) if (rst) mrem <= 32'd0; else if (start | f_vld) mrem <= start ? cfg_m : mrem - 32'd1;
  always @(posedge clk) if (rst) m_last <= 1'b0; else if (start | f_vld) m_last <= start ? cfg_m == 32'd1 : mrem == 32'd2;
  always @(posedge clk) if (load) w0_0 <= b_in[7:0];
  always @(posedge clk) if (load) w0_1 <= b_in[15:8];
  always @(posedge clk) if (load) w1_0 <= w0_0;
  always @(posedge clk) if (load) w1_1 <= w0_1;
  always @(posedge clk) if (load) w2_0 <= w1_0;
  always @(posedge clk) if (load) w2_1 <= w1_1;
  always @(posedge clk) if (load) w3_0 <= w2_0;
  always @(posedge clk) if (load) w3_1 <= w2_1;
  always @(posedge clk) c0_j0_q0_p0_0_p0_q0 <= p0_0_p0;
  always @(posedge clk) c0_j0_q0_p1_0_p0_q0 <= p1_0_p0;
  always @(posedge clk) c0_j0_q0_p2_0_p0_q0 <= p2_0_p0;
  always @(posedge clk) c0_j0_q0_p3_0_p0_q0 <= p3_0_p0;
  always @(posedge clk) c0_j0_q1_c0_j0_q0_p0_0_p0_q0_q0 <= c0_j0_q0_p0_0_p0_q0;
  always @(posedge clk) c0_j0_q1_c0_j0_q0_p1_0_p0_q0_q0 <= c0_j0_q0_p1_0_p0_q0;
  always @(posedge clk) c0_j0_q1_c0_j0_q0_p2_0_p0_q0_q0 <= c0_j0_q0_p2_0_p0_q0;
  always @(posedge clk) c0_j0_q1_c0_j0_q0_p3_0_p0_q0_q0 <= c0_j0_q0_p3_0_p0_q0;
  always @(posedge clk) res0 <= col0_sum;
  always @(posedge clk) c1_j0_q0_p0_1_p0_q0 <= p0_1_p0;
  always @(posedge clk) c1_j0_q0_p1_1_p0_q0 <= p1_1_p0;
  always @(posedge clk) c1_j0_q0_p2_1_p0_q0 <= p2_1_p0;
  always @(posedge clk) c1_j0_q0_p3_1_p0_q0 <= p3_1_p0;
  always @(posedge clk) c1_j0_q1_c1_j0_q0_p0_1_p0_q0_q0 <= c1_j0_q0_p0_1_p0_q0;
  always @(posedge clk) c1_j0_q1_c1_j0_q0_p1_1_p0_q0_q0 <= c1_j0_q0_p1_1_p0_q0;
  always @(posedge clk) c1_j0_q1_c1_j0_q0_p2_1_p0_q0_q0 <= c1_j0_q0_p2_1_p0_q0;
  always @(posedge clk) c1_j0_q1_c1_j0_q0_p3_1_p0_q0_q0 <= c1_j0_q0_p3_1_p0_q0;
  always @(posedge clk) res1 <= col1_sum;
  always @(posedge clk) if (rst) dv_f_vld_q0 <= 1'b0; else dv_f_vld_q0 <= f_vld;
  always @(posedge clk) if (rst) dv_dv_f_vld_q1 <= 1'b0; else dv_dv_f_vld_q1 <= dv_f_vld_q0;
  always @(posedge clk) if (rst) dv_dv_dv_f_vld_q2 <= 1'b0; else dv_dv_dv_f_vld_q2 <= dv_dv_f_vld_q1;
  always @(posedge clk) if (rst) dv_dv_dv_dv_f_vld_q3 <= 1'b0; else dv_dv_dv_dv_f_vld_q3 <= dv_dv_dv_f_vld_q2;
endmodule
