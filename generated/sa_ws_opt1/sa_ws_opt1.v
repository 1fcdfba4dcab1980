// sa_ws_opt1: systolic-ws 8x8 array top
// Source design: sa_ws_opt1 (examples/sa_ws_opt1.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// systolic-ws array, 8 (k) x 8 (n); k reduction form: cs.
// Protocol: pulse start with cfg_m = rows of A; the array first requests the 8 weight rows
// (b_idx, last row first: they shift down the columns), then one row of A per cycle (a_idx = m).
// out_vld[c] marks C[m][c] for successive m at the bottom of column c.
module sa_ws_opt1 (
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
  wire [31:0] ps_s0_0;
  wire [31:0] ps_c0_0;
  wire [31:0] ps_s1_0;
  wire [31:0] ps_c1_0;
  wire [31:0] ps_s2_0;
  wire [31:0] ps_c2_0;
  wire [31:0] ps_s3_0;
  wire [31:0] ps_c3_0;
  wire [31:0] ps_s4_0;
  wire [31:0] ps_c4_0;
  wire [31:0] ps_s5_0;
  wire [31:0] ps_c5_0;
  wire [31:0] ps_s6_0;
  wire [31:0] ps_c6_0;
  wire [31:0] ps_s7_0;
  wire [31:0] ps_c7_0;
  wire [31:0] col0_sum;
  wire [31:0] ps_s0_1;
  wire [31:0] ps_c0_1;
  wire [31:0] ps_s1_1;
  wire [31:0] ps_c1_1;
  wire [31:0] ps_s2_1;
  wire [31:0] ps_c2_1;
  wire [31:0] ps_s3_1;
  wire [31:0] ps_c3_1;
  wire [31:0] ps_s4_1;
  wire [31:0] ps_c4_1;
  wire [31:0] ps_s5_1;
  wire [31:0] ps_c5_1;
  wire [31:0] ps_s6_1;
  wire [31:0] ps_c6_1;
  wire [31:0] ps_s7_1;
  wire [31:0] ps_c7_1;
  wire [31:0] col1_sum;
  wire [31:0] ps_s0_2;
  wire [31:0] ps_c0_2;
  wire [31:0] ps_s1_2;
  wire [31:0] ps_c1_2;
  wire [31:0] ps_s2_2;
  wire [31:0] ps_c2_2;
  wire [31:0] ps_s3_2;
  wire [31:0] ps_c3_2;
  wire [31:0] ps_s4_2;
  wire [31:0] ps_c4_2;
  wire [31:0] ps_s5_2;
  wire [31:0] ps_c5_2;
  wire [31:0] ps_s6_2;
  wire [31:0] ps_c6_2;
  wire [31:0] ps_s7_2;
  wire [31:0] ps_c7_2;
  wire [31:0] col2_sum;
  wire [31:0] ps_s0_3;
  wire [31:0] ps_c0_3;
  wire [31:0] ps_s1_3;
  wire [31:0] ps_c1_3;
  wire [31:0] ps_s2_3;
  wire [31:0] ps_c2_3;
  wire [31:0] ps_s3_3;
  wire [31:0] ps_c3_3;
  wire [31:0] ps_s4_3;
  wire [31:0] ps_c4_3;
  wire [31:0] ps_s5_3;
  wire [31:0] ps_c5_3;
  wire [31:0] ps_s6_3;
  wire [31:0] ps_c6_3;
  wire [31:0] ps_s7_3;
  wire [31:0] ps_c7_3;
  wire [31:0] col3_sum;
  wire [31:0] ps_s0_4;
  wire [31:0] ps_c0_4;
  wire [31:0] ps_s1_4;
  wire [31:0] ps_c1_4;
  wire [31:0] ps_s2_4;
  wire [31:0] ps_c2_4;
  wire [31:0] ps_s3_4;
  wire [31:0] ps_c3_4;
  wire [31:0] ps_s4_4;
  wire [31:0] ps_c4_4;
  wire [31:0] ps_s5_4;
  wire [31:0] ps_c5_4;
  wire [31:0] ps_s6_4;
  wire [31:0] ps_c6_4;
  wire [31:0] ps_s7_4;
  wire [31:0] ps_c7_4;
  wire [31:0] col4_sum;
  wire [31:0] ps_s0_5;
  wire [31:0] ps_c0_5;
  wire [31:0] ps_s1_5;
  wire [31:0] ps_c1_5;
  wire [31:0] ps_s2_5;
  wire [31:0] ps_c2_5;
  wire [31:0] ps_s3_5;
  wire [31:0] ps_c3_5;
  wire [31:0] ps_s4_5;
  wire [31:0] ps_c4_5;
  wire [31:0] ps_s5_5;
  wire [31:0] ps_c5_5;
  wire [31:0] ps_s6_5;
  wire [31:0] ps_c6_5;
  wire [31:0] ps_s7_5;
  wire [31:0] ps_c7_5;
  wire [31:0] col5_sum;
  wire [31:0] ps_s0_6;
  wire [31:0] ps_c0_6;
  wire [31:0] ps_s1_6;
  wire [31:0] ps_c1_6;
  wire [31:0] ps_s2_6;
  wire [31:0] ps_c2_6;
  wire [31:0] ps_s3_6;
  wire [31:0] ps_c3_6;
  wire [31:0] ps_s4_6;
  wire [31:0] ps_c4_6;
  wire [31:0] ps_s5_6;
  wire [31:0] ps_c5_6;
  wire [31:0] ps_s6_6;
  wire [31:0] ps_c6_6;
  wire [31:0] ps_s7_6;
  wire [31:0] ps_c7_6;
  wire [31:0] col6_sum;
  wire [31:0] ps_s0_7;
  wire [31:0] ps_c0_7;
  wire [31:0] ps_s1_7;
  wire [31:0] ps_c1_7;
  wire [31:0] ps_s2_7;
  wire [31:0] ps_c2_7;
  wire [31:0] ps_s3_7;
  wire [31:0] ps_c3_7;
  wire [31:0] ps_s4_7;
  wire [31:0] ps_c4_7;
  wire [31:0] ps_s5_7;
  wire [31:0] ps_c5_7;
  wire [31:0] ps_s6_7;
  wire [31:0] ps_c6_7;
  wire [31:0] ps_s7_7;
  wire [31:0] ps_c7_7;
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
  reg [7:0] sk_a1_0;
  reg [7:0] sk_a2_0;
  reg [7:0] sk_a2_1;
  reg [7:0] sk_a3_0;
  reg [7:0] sk_a3_1;
  reg [7:0] sk_a3_2;
  reg [7:0] sk_a4_0;
  reg [7:0] sk_a4_1;
  reg [7:0] sk_a4_2;
  reg [7:0] sk_a4_3;
  reg [7:0] sk_a5_0;
  reg [7:0] sk_a5_1;
  reg [7:0] sk_a5_2;
  reg [7:0] sk_a5_3;
  reg [7:0] sk_a5_4;
  reg [7:0] sk_a6_0;
  reg [7:0] sk_a6_1;
  reg [7:0] sk_a6_2;
  reg [7:0] sk_a6_3;
  reg [7:0] sk_a6_4;
  reg [7:0] sk_a6_5;
  reg [7:0] sk_a7_0;
  reg [7:0] sk_a7_1;
  reg [7:0] sk_a7_2;
  reg [7:0] sk_a7_3;
  reg [7:0] sk_a7_4;
  reg [7:0] sk_a7_5;
  reg [7:0] sk_a7_6;
  reg [7:0] pa0_0;
  reg [7:0] pa1_0;
  reg [7:0] pa2_0;
  reg [7:0] pa3_0;
  reg [7:0] pa4_0;
  reg [7:0] pa5_0;
  reg [7:0] pa6_0;
  reg [7:0] pa7_0;
  reg [7:0] pa0_1;
  reg [7:0] pa1_1;
  reg [7:0] pa2_1;
  reg [7:0] pa3_1;
  reg [7:0] pa4_1;
  reg [7:0] pa5_1;
  reg [7:0] pa6_1;
  reg [7:0] pa7_1;
  reg [7:0] pa0_2;
  reg [7:0] pa1_2;
  reg [7:0] pa2_2;
  reg [7:0] pa3_2;
  reg [7:0] pa4_2;
  reg [7:0] pa5_2;
  reg [7:0] pa6_2;
  reg [7:0] pa7_2;
  reg [7:0] pa0_3;
  reg [7:0] pa1_3;
  reg [7:0] pa2_3;
  reg [7:0] pa3_3;
  reg [7:0] pa4_3;
  reg [7:0] pa5_3;
  reg [7:0] pa6_3;
  reg [7:0] pa7_3;
  reg [7:0] pa0_4;
  reg [7:0] pa1_4;
  reg [7:0] pa2_4;
  reg [7:0] pa3_4;
  reg [7:0] pa4_4;
  reg [7:0] pa5_4;
  reg [7:0] pa6_4;
  reg [7:0] pa7_4;
  reg [7:0] pa0_5;
  reg [7:0] pa1_5;
  reg [7:0] pa2_5;
  reg [7:0] pa3_5;
  reg [7:0] pa4_5;
  reg [7:0] pa5_5;
  reg [7:0] pa6_5;
  reg [7:0] pa7_5;
  reg [7:0] pa0_6;
  reg [7:0] pa1_6;
  reg [7:0] pa2_6;
  reg [7:0] pa3_6;
  reg [7:0] pa4_6;
  reg [7:0] pa5_6;
  reg [7:0] pa6_6;
  reg [7:0] pa7_6;
  reg sk_v0;
  reg sk_v1;
  reg sk_v2;
  reg sk_v3;
  reg sk_v4;
  reg sk_v5;
  reg sk_v6;
  reg dv0_sk_v6_q0;
  reg pv0;
  reg dv1_pv0_q0;
  reg pv1;
  reg dv2_pv1_q0;
  reg pv2;
  reg dv3_pv2_q0;
  reg pv3;
  reg dv4_pv3_q0;
  reg pv4;
  reg dv5_pv4_q0;
  reg pv5;
  reg dv6_pv5_q0;
  reg pv6;
  reg dv7_pv6_q0;
  assign load = phase == 2'd1;
  assign f_vld = phase == 2'd2;
  assign load_last = load & (cnt == 32'd7);
  assign f_last = f_vld & m_last;
  assign b_rd = load;
  assign b_idx = 32'd7 - cnt;
  assign a_rd = f_vld;
  assign a_idx = cnt;
  assign out_vld = {dv7_pv6_q0, dv6_pv5_q0, dv5_pv4_q0, dv4_pv3_q0, dv3_pv2_q0, dv2_pv1_q0, dv1_pv0_q0, dv0_sk_v6_q0};
  assign out_data = {col7_sum, col6_sum, col5_sum, col4_sum, col3_sum, col2_sum, col1_sum, col0_sum};
  sa_ws_opt1_pe pe0_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(w0_0),
    .ps_s_in({32{1'b0}}),
    .ps_c_in({32{1'b0}}),
    .ps_s_out(ps_s0_0),
    .ps_c_out(ps_c0_0)
  );
  sa_ws_opt1_pe pe1_0 (
    .clk(clk),
    .a(sk_a1_0),
    .b(w1_0),
    .ps_s_in(ps_s0_0),
    .ps_c_in(ps_c0_0),
    .ps_s_out(ps_s1_0),
    .ps_c_out(ps_c1_0)
  );
  sa_ws_opt1_pe pe2_0 (
    .clk(clk),
    .a(sk_a2_1),
    .b(w2_0),
    .ps_s_in(ps_s1_0),
    .ps_c_in(ps_c1_0),
    .ps_s_out(ps_s2_0),
    .ps_c_out(ps_c2_0)
  );
  sa_ws_opt1_pe pe3_0 (
    .clk(clk),
    .a(sk_a3_2),
    .b(w3_0),
    .ps_s_in(ps_s2_0),
    .ps_c_in(ps_c2_0),
    .ps_s_out(ps_s3_0),
    .ps_c_out(ps_c3_0)
  );
  sa_ws_opt1_pe pe4_0 (
    .clk(clk),
    .a(sk_a4_3),
    .b(w4_0),
    .ps_s_in(ps_s3_0),
    .ps_c_in(ps_c3_0),
    .ps_s_out(ps_s4_0),
    .ps_c_out(ps_c4_0)
  );
  sa_ws_opt1_pe pe5_0 (
    .clk(clk),
    .a(sk_a5_4),
    .b(w5_0),
    .ps_s_in(ps_s4_0),
    .ps_c_in(ps_c4_0),
    .ps_s_out(ps_s5_0),
    .ps_c_out(ps_c5_0)
  );
  sa_ws_opt1_pe pe6_0 (
    .clk(clk),
    .a(sk_a6_5),
    .b(w6_0),
    .ps_s_in(ps_s5_0),
    .ps_c_in(ps_c5_0),
    .ps_s_out(ps_s6_0),
    .ps_c_out(ps_c6_0)
  );
  sa_ws_opt1_pe pe7_0 (
    .clk(clk),
    .a(sk_a7_6),
    .b(w7_0),
    .ps_s_in(ps_s6_0),
    .ps_c_in(ps_c6_0),
    .ps_s_out(ps_s7_0),
    .ps_c_out(ps_c7_0)
  );
  sa_ws_opt1_cpa_w32 u_col_cpa0 (
    .x(ps_s7_0),
    .y(ps_c7_0),
    .s(col0_sum)
  );
  sa_ws_opt1_pe pe0_1 (
    .clk(clk),
    .a(pa0_0),
    .b(w0_1),
    .ps_s_in({32{1'b0}}),
    .ps_c_in({32{1'b0}}),
    .ps_s_out(ps_s0_1),
    .ps_c_out(ps_c0_1)
  );
  sa_ws_opt1_pe pe1_1 (
    .clk(clk),
    .a(pa1_0),
    .b(w1_1),
    .ps_s_in(ps_s0_1),
    .ps_c_in(ps_c0_1),
    .ps_s_out(ps_s1_1),
    .ps_c_out(ps_c1_1)
  );
  sa_ws_opt1_pe pe2_1 (
    .clk(clk),
    .a(pa2_0),
    .b(w2_1),
    .ps_s_in(ps_s1_1),
    .ps_c_in(ps_c1_1),
    .ps_s_out(ps_s2_1),
    .ps_c_out(ps_c2_1)
  );
  sa_ws_opt1_pe pe3_1 (
    .clk(clk),
    .a(pa3_0),
    .b(w3_1),
    .ps_s_in(ps_s2_1),
    .ps_c_in(ps_c2_1),
    .ps_s_out(ps_s3_1),
    .ps_c_out(ps_c3_1)
  );
  sa_ws_opt1_pe pe4_1 (
    .clk(clk),
    .a(pa4_0),
    .b(w4_1),
    .ps_s_in(ps_s3_1),
    .ps_c_in(ps_c3_1),
    .ps_s_out(ps_s4_1),
    .ps_c_out(ps_c4_1)
  );
  sa_ws_opt1_pe pe5_1 (
    .clk(clk),
    .a(pa5_0),
    .b(w5_1),
    .ps_s_in(ps_s4_1),
    .ps_c_in(ps_c4_1),
    .ps_s_out(ps_s5_1),
    .ps_c_out(ps_c5_1)
  );
  sa_ws_opt1_pe pe6_1 (
    .clk(clk),
    .a(pa6_0),
    .b(w6_1),
    .ps_s_in(ps_s5_1),
    .ps_c_in(ps_c5_1),
    .ps_s_out(ps_s6_1),
    .ps_c_out(ps_c6_1)
  );
  sa_ws_opt1_pe pe7_1 (
    .clk(clk),
    .a(pa7_0),
    .b(w7_1),
    .ps_s_in(ps_s6_1),
    .ps_c_in(ps_c6_1),
    .ps_s_out(ps_s7_1),
    .ps_c_out(ps_c7_1)
  );
  sa_ws_opt1_cpa_w32 u_col_cpa1 (
    .x(ps_s7_1),
    .y(ps_c7_1),
    .s(col1_sum)
  );
  sa_ws_opt1_pe pe0_2 (
    .clk(clk),
    .a(pa0_1),
    .b(w0_2),
    .ps_s_in({32{1'b0}}),
    .ps_c_in({32{1'b0}}),
    .ps_s_out(ps_s0_2),
    .ps_c_out(ps_c0_2)
  );
  sa_ws_opt1_pe pe1_2 (
    .clk(clk),
    .a(pa1_1),
    .b(w1_2),
    .ps_s_in(ps_s0_2),
    .ps_c_in(ps_c0_2),
    .ps_s_out(ps_s1_2),
    .ps_c_out(ps_c1_2)
  );
  sa_ws_opt1_pe pe2_2 (
    .clk(clk),
    .a(pa2_1),
    .b(w2_2),
    .ps_s_in(ps_s1_2),
    .ps_c_in(ps_c1_2),
    .ps_s_out(ps_s2_2),
    .ps_c_out(ps_c2_2)
  );
  sa_ws_opt1_pe pe3_2 (
    .clk(clk),
    .a(pa3_1),
    .b(w3_2),
    .ps_s_in(ps_s2_2),
    .ps_c_in(ps_c2_2),
    .ps_s_out(ps_s3_2),
    .ps_c_out(ps_c3_2)
  );
  sa_ws_opt1_pe pe4_2 (
    .clk(clk),
    .a(pa4_1),
    .b(w4_2),
    .ps_s_in(ps_s3_2),
    .ps_c_in(ps_c3_2),
    .ps_s_out(ps_s4_2),
    .ps_c_out(ps_c4_2)
  );
  sa_ws_opt1_pe pe5_2 (
    .clk(clk),
    .a(pa5_1),
    .b(w5_2),
    .ps_s_in(ps_s4_2),
    .ps_c_in(ps_c4_2),
    .ps_s_out(ps_s5_2),
    .ps_c_out(ps_c5_2)
  );
  sa_ws_opt1_pe pe6_2 (
    .clk(clk),
    .a(pa6_1),
    .b(w6_2),
    .ps_s_in(ps_s5_2),
    .ps_c_in(ps_c5_2),
    .ps_s_out(ps_s6_2),
    .ps_c_out(ps_c6_2)
  );
  sa_ws_opt1_pe pe7_2 (
    .clk(clk),
    .a(pa7_1),
    .b(w7_2),
    .ps_s_in(ps_s6_2),
    .ps_c_in(ps_c6_2),
    .ps_s_out(ps_s7_2),
    .ps_c_out(ps_c7_2)
  );
  sa_ws_opt1_cpa_w32 u_col_cpa2 (
    .x(ps_s7_2),
    .y(ps_c7_2),
    .s(col2_sum)
  );
  sa_ws_opt1_pe pe0_3 (
    .clk(clk),
    .a(pa0_2),
    .b(w0_3),
    .ps_s_in({32{1'b0}}),
    .ps_c_in({32{1'b0}}),
    .ps_s_out(ps_s0_3),
    .ps_c_out(ps_c0_3)
  );
  sa_ws_opt1_pe pe1_3 (
    .clk(clk),
    .a(pa1_2),
    .b(w1_3),
    .ps_s_in(ps_s0_3),
    .ps_c_in(ps_c0_3),
    .ps_s_out(ps_s1_3),
    .ps_c_out(ps_c1_3)
  );
  sa_ws_opt1_pe pe2_3 (
    .clk(clk),
    .a(pa2_2),
    .b(w2_3),
    .ps_s_in(ps_s1_3),
    .ps_c_in(ps_c1_3),
    .ps_s_out(ps_s2_3),
    .ps_c_out(ps_c2_3)
  );
  sa_ws_opt1_pe pe3_3 (
    .clk(clk),
    .a(pa3_2),
    .b(w3_3),
    .ps_s_in(ps_s2_3),
    .ps_c_in(ps_c2_3),
    .ps_s_out(ps_s3_3),
    .ps_c_out(ps_c3_3)
  );
  sa_ws_opt1_pe pe4_3 (
    .clk(clk),
    .a(pa4_2),
    .b(w4_3),
    .ps_s_in(ps_s3_3),
    .ps_c_in(ps_c3_3),
    .ps_s_out(ps_s4_3),
    .ps_c_out(ps_c4_3)
  );
  sa_ws_opt1_pe pe5_3 (
    .clk(clk),
    .a(pa5_2),
    .b(w5_3),
    .ps_s_in(ps_s4_3),
    .ps_c_in(ps_c4_3),
    .ps_s_out(ps_s5_3),
    .ps_c_out(ps_c5_3)
  );
  sa_ws_opt1_pe pe6_3 (
    .clk(clk),
    .a(pa6_2),
    .b(w6_3),
    .ps_s_in(ps_s5_3),
    .ps_c_in(ps_c5_3),
    .ps_s_out(ps_s6_3),
    .ps_c_out(ps_c6_3)
  );
  sa_ws_opt1_pe pe7_3 (
    .clk(clk),
    .a(pa7_2),
    .b(w7_3),
    .ps_s_in(ps_s6_3),
    .ps_c_in(ps_c6_3),
    .ps_s_out(ps_s7_3),
    .ps_c_out(ps_c7_3)
  );
  sa_ws_opt1_cpa_w32 u_col_cpa3 (
    .x(ps_s7_3),
    .y(ps_c7_3),
    .s(col3_sum)
  );
  sa_ws_opt1_pe pe0_4 (
    .clk(clk),
    .a(pa0_3),
    .b(w0_4),
    .ps_s_in({32{1'b0}}),
    .ps_c_in({32{1'b0}}),
    .ps_s_out(ps_s0_4),
    .ps_c_out(ps_c0_4)
  );
  sa_ws_opt1_pe pe1_4 (
    .clk(clk),
    .a(pa1_3),
    .b(w1_4),
    .ps_s_in(ps_s0_4),
    .ps_c_in(ps_c0_4),
    .ps_s_out(ps_s1_4),
    .ps_c_out(ps_c1_4)
  );
  sa_ws_opt1_pe pe2_4 (
    .clk(clk),
    .a(pa2_3),
    .b(w2_4),
    .ps_s_in(ps_s1_4),
    .ps_c_in(ps_c1_4),
    .ps_s_out(ps_s2_4),
    .ps_c_out(ps_c2_4)
  );
  sa_ws_opt1_pe pe3_4 (
    .clk(clk),
    .a(pa3_3),
    .b(w3_4),
    .ps_s_in(ps_s2_4),
    .ps_c_in(ps_c2_4),
    .ps_s_out(ps_s3_4),
    .ps_c_out(ps_c3_4)
  );
  sa_ws_opt1_pe pe4_4 (
    .clk(clk),
    .a(pa4_3),
    .b(w4_4),
    .ps_s_in(ps_s3_4),
    .ps_c_in(ps_c3_4),
    .ps_s_out(ps_s4_4),
    .ps_c_out(ps_c4_4)
  );
  sa_ws_opt1_pe pe5_4 (
    .clk(clk),
    .a(pa5_3),
    .b(w5_4),
    .ps_s_in(ps_s4_4),
    .ps_c_in(ps_c4_4),
    .ps_s_out(ps_s5_4),
    .ps_c_out(ps_c5_4)
  );
  sa_ws_opt1_pe pe6_4 (
    .clk(clk),
    .a(pa6_3),
    .b(w6_4),
    .ps_s_in(ps_s5_4),
    .ps_c_in(ps_c5_4),
    .ps_s_out(ps_s6_4),
    .ps_c_out(ps_c6_4)
  );
  sa_ws_opt1_pe pe7_4 (
    .clk(clk),
    .a(pa7_3),
    .b(w7_4),
    .ps_s_in(ps_s6_4),
    .ps_c_in(ps_c6_4),
    .ps_s_out(ps_s7_4),
    .ps_c_out(ps_c7_4)
  );
  sa_ws_opt1_cpa_w32 u_col_cpa4 (
    .x(ps_s7_4),
    .y(ps_c7_4),
    .s(col4_sum)
  );
  sa_ws_opt1_pe pe0_5 (
    .clk(clk),
    .a(pa0_4),
    .b(w0_5),
    .ps_s_in({32{1'b0}}),
    .ps_c_in({32{1'b0}}),
    .ps_s_out(ps_s0_5),
    .ps_c_out(ps_c0_5)
  );
  sa_ws_opt1_pe pe1_5 (
    .clk(clk),
    .a(pa1_4),
    .b(w1_5),
    .ps_s_in(ps_s0_5),
    .ps_c_in(ps_c0_5),
    .ps_s_out(ps_s1_5),
    .ps_c_out(ps_c1_5)
  );
  sa_ws_opt1_pe pe2_5 (
    .clk(clk),
    .a(pa2_4),
    .b(w2_5),
    .ps_s_in(ps_s1_5),
    .ps_c_in(ps_c1_5),
    .ps_s_out(ps_s2_5),
    .ps_c_out(ps_c2_5)
  );
  sa_ws_opt1_pe pe3_5 (
    .clk(clk),
    .a(pa3_4),
    .b(w3_5),
    .ps_s_in(ps_s2_5),
    .ps_c_in(ps_c2_5),
    .ps_s_out(ps_s3_5),
    .ps_c_out(ps_c3_5)
  );
  sa_ws_opt1_pe pe4_5 (
    .clk(clk),
    .a(pa4_4),
    .b(w4_5),
    .ps_s_in(ps_s3_5),
    .ps_c_in(ps_c3_5),
    .ps_s_out(ps_s4_5),
    .ps_c_out(ps_c4_5)
  );
  sa_ws_opt1_pe pe5_5 (
    .clk(clk),
    .a(pa5_4),
    .b(w5_5),
    .ps_s_in(ps_s4_5),
    .ps_c_in(ps_c4_5),
    .ps_s_out(ps_s5_5),
    .ps_c_out(ps_c5_5)
  );
  sa_ws_opt1_pe pe6_5 (
    .clk(clk),
    .a(pa6_4),
    .b(w6_5),
    .ps_s_in(ps_s5_5),
    .ps_c_in(ps_c5_5),
    .ps_s_out(ps_s6_5),
    .ps_c_out(ps_c6_5)
  );
  sa_ws_opt1_pe pe7_5 (
    .clk(clk),
    .a(pa7_4),
    .b(w7_5),
    .ps_s_in(ps_s6_5),
    .ps_c_in(ps_c6_5),
    .ps_s_out(ps_s7_5),
    .ps_c_out(ps_c7_5)
  );
  sa_ws_opt1_cpa_w32 u_col_cpa5 (
    .x(ps_s7_5),
    .y(ps_c7_5),
    .s(col5_sum)
  );
  sa_ws_opt1_pe pe0_6 (
    .clk(clk),
    .a(pa0_5),
    .b(w0_6),
    .ps_s_in({32{1'b0}}),
    .ps_c_in({32{1'b0}}),
    .ps_s_out(ps_s0_6),
    .ps_c_out(ps_c0_6)
  );
  sa_ws_opt1_pe pe1_6 (
    .clk(clk),
    .a(pa1_5),
    .b(w1_6),
    .ps_s_in(ps_s0_6),
    .ps_c_in(ps_c0_6),
    .ps_s_out(ps_s1_6),
    .ps_c_out(ps_c1_6)
  );
  sa_ws_opt1_pe pe2_6 (
    .clk(clk),
    .a(pa2_5),
    .b(w2_6),
    .ps_s_in(ps_s1_6),
    .ps_c_in(ps_c1_6),
    .ps_s_out(ps_s2_6),
    .ps_c_out(ps_c2_6)
  );
  sa_ws_opt1_pe pe3_6 (
    .clk(clk),
    .a(pa3_5),
    .b(w3_6),
    .ps_s_in(ps_s2_6),
    .ps_c_in(ps_c2_6),
    .ps_s_out(ps_s3_6),
    .ps_c_out(ps_c3_6)
  );
  sa_ws_opt1_pe pe4_6 (
    .clk(clk),
    .a(pa4_5),
    .b(w4_6),
    .ps_s_in(ps_s3_6),
    .ps_c_in(ps_c3_6),
    .ps_s_out(ps_s4_6),
    .ps_c_out(ps_c4_6)
  );
  sa_ws_opt1_pe pe5_6 (
    .clk(clk),
    .a(pa5_5),
    .b(w5_6),
    .ps_s_in(ps_s4_6),
    .ps_c_in(ps_c4_6),
    .ps_s_out(ps_s5_6),
    .ps_c_out(ps_c5_6)
  );
  sa_ws_opt1_pe pe6_6 (
    .clk(clk),
    .a(pa6_5),
    .b(w6_6),
    .ps_s_in(ps_s5_6),
    .ps_c_in(ps_c5_6),
    .ps_s_out(ps_s6_6),
    .ps_c_out(ps_c6_6)
  );
  sa_ws_opt1_pe pe7_6 (
    .clk(clk),
    .a(pa7_5),
    .b(w7_6),
    .ps_s_in(ps_s6_6),
    .ps_c_in(ps_c6_6),
    .ps_s_out(ps_s7_6),
    .ps_c_out(ps_c7_6)
  );
  sa_ws_opt1_cpa_w32 u_col_cpa6 (
    .x(ps_s7_6),
    .y(ps_c7_6),
    .s(col6_sum)
  );
  sa_ws_opt1_pe pe0_7 (
    .clk(clk),
    .a(pa0_6),
    .b(w0_7),
    .ps_s_in({32{1'b0}}),
    .ps_c_in({32{1'b0}}),
    .ps_s_out(ps_s0_7),
    .ps_c_out(ps_c0_7)
  );
  sa_ws_opt1_pe pe1_7 (
    .clk(clk),
    .a(pa1_6),
    .b(w1_7),
    .ps_s_in(ps_s0_7),
    .ps_c_in(ps_c0_7),
    .ps_s_out(ps_s1_7),
    .ps_c_out(ps_c1_7)
  );
  sa_ws_opt1_pe pe2_7 (
    .clk(clk),
    .a(pa2_6),
    .b(w2_7),
    .ps_s_in(ps_s1_7),
    .ps_c_in(ps_c1_7),
    .ps_s_out(ps_s2_7),
    .ps_c_out(ps_c2_7)
  );
  sa_ws_opt1_pe pe3_7 (
    .clk(clk),
    .a(pa3_6),
    .b(w3_7),
    .ps_s_in(ps_s2_7),
    .ps_c_in(ps_c2_7),
    .ps_s_out(ps_s3_7),
    .ps_c_out(ps_c3_7)
  );
  sa_ws_opt1_pe pe4_7 (
    .clk(clk),
    .a(pa4_6),
    .b(w4_7),
    .ps_s_in(ps_s3_7),
    .ps_c_in(ps_c3_7),
    .ps_s_out(ps_s4_7),
    .ps_c_out(ps_c4_7)
  );
  sa_ws_opt1_pe pe5_7 (
    .clk(clk),
    .a(pa5_6),
    .b(w5_7),
    .ps_s_in(ps_s4_7),
    .ps_c_in(ps_c4_7),
    .ps_s_out(ps_s5_7),
    .ps_c_out(ps_c5_7)
  );
  sa_ws_opt1_pe pe6_7 (
    .clk(clk),
    .a(pa6_6),
    .b(w6_7),
    .ps_s_in(ps_s5_7),
    .ps_c_in(ps_c5_7),
    .ps_s_out(ps_s6_7),
    .ps_c_out(ps_c6_7)
  );
  sa_ws_opt1_pe pe7_7 (
    .clk(clk),
    .a(pa7_6),
    .b(w7_7),
    .ps_s_in(ps_s6_7),
    .ps_c_in(ps_c6_7),
    .ps_s_out(ps_s7_7),
    .ps_c_out(ps_c7_7)
  );
  sa_ws_opt1_cpa_w32 u_col_cpa7 (
    .x(ps_s7_7),
    .y(ps_c7_7),
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
  always @(posedge clk) sk_a1_0 <= a_in[15:8];
  always @(posedge clk) sk_a2_0 <= a_in[23:16];
  always @(posedge clk) sk_a2_1 <= sk_a2_0;
  always @(posedge clk) sk_a3_0 <= a_in[31:24];
  always @(posedge clk) sk_a3_1 <= sk_a3_0;
  always @(posedge clk) sk_a3_2 <= sk_a3_1;
  always @(posedge clk) sk_a4_0 <= a_in[39:32];
  always @(posedge clk) sk_a4_1 <= sk_a4_0;
  always @(posedge clk) sk_a4_2 <= sk_a4_1;
  always @(posedge clk) sk_a4_3 <= sk_a4_2;
  always @(posedge clk) sk_a5_0 <= a_in[47:40];
  always @(posedge clk) sk_a5_1 <= sk_a5_0;
  always @(posedge clk) sk_a5_2 <= sk_a5_1;
  always @(posedge clk) sk_a5_3 <= sk_a5_2;
  always @(posedge clk) sk_a5_4 <= sk_a5_3;
  always @(posedge clk) sk_a6_0 <= a_in[55:48];
  always @(posedge clk) sk_a6_1 <= sk_a6_0;
  always @(posedge clk) sk_a6_2 <= sk_a6_1;
  always @(posedge clk) sk_a6_3 <= sk_a6_2;
  always @(posedge clk) sk_a6_4 <= sk_a6_3;
  always @(posedge clk) sk_a6_5 <= sk_a6_4;
  always @(posedge clk) sk_a7_0 <= a_in[63:56];
  always @(posedge clk) sk_a7_1 <= sk_a7_0;
  always @(posedge clk) sk_a7_2 <= sk_a7_1;
  always @(posedge clk) sk_a7_3 <= sk_a7_2;
  always @(posedge clk) sk_a7_4 <= sk_a7_3;
  always @(posedge clk) sk_a7_5 <= sk_a7_4;
  always @(posedge clk) sk_a7_6 <= sk_a7_5;
  always @(posedge clk) pa0_0 <= a_in[7:0];
  always @(posedge clk) pa1_0 <= sk_a1_0;
  always @(posedge clk) pa2_0 <= sk_a2_1;
  always @(posedge clk) pa3_0 <= sk_a3_2;
  always @(posedge clk) pa4_0 <= sk_a4_3;
  always @(posedge clk) pa5_0 <= sk_a5_4;
  always @(posedge clk) pa6_0 <= sk_a6_5;
  always @(posedge clk) pa7_0 <= sk_a7_6;
  always @(posedge clk) pa0_1 <= pa0_0;
  always @(posedge clk) pa1_1 <= pa1_0;
  always @(posedge clk) pa2_1 <= pa2_0;
  always @(posedge clk) pa3_1 <= pa3_0;
  always @(posedge clk) pa4_1 <= pa4_0;
  always @(posedge clk) pa5_1 <= pa5_0;
  always @(posedge clk) pa6_1 <= pa6_0;
  always @(posedge clk) pa7_1 <= pa7_0;
  always @(posedge clk) pa0_2 <= pa0_1;
  always @(posedge clk) pa1_2 <= pa1_1;
  always @(posedge clk) pa2_2 <= pa2_1;
  always @(posedge clk) pa3_2 <= pa3_1;
  always @(posedge clk) pa4_2 <= pa4_1;
  always @(posedge clk) pa5_2 <= pa5_1;
  always @(posedge clk) pa6_2 <= pa6_1;
  always @(posedge clk) pa7_2 <= pa7_1;
  always @(posedge clk) pa0_3 <= pa0_2;
  always @(posedge clk) pa1_3 <= pa1_2;
  always @(posedge clk) pa2_3 <= pa2_2;
  always @(posedge clk) pa3_3 <= pa3_2;
  always @(posedge clk) pa4_3 <= pa4_2;
  always @(posedge clk) pa5_3 <= pa5_2;
  always @(posedge clk) pa6_3 <= pa6_2;
  always @(posedge clk) pa7_3 <= pa7_2;
  always @(posedge clk) pa0_4 <= pa0_3;
  always @(posedge clk) pa1_4 <= pa1_3;
  always @(posedge clk) pa2_4 <= pa2_3;
  always @(posedge clk) pa3_4 <= pa3_3;
  always @(posedge clk) pa4_4 <= pa4_3;
  always @(posedge clk) pa5_4 <= pa5_3;
  always @(posedge clk) pa6_4 <= pa6_3;
  always @(posedge clk) pa7_4 <= pa7_3;
  always @(posedge clk) pa0_5 <= pa0_4;
  always @(posedge clk) pa1_5 <= pa1_4;
  always @(posedge clk) pa2_5 <= pa2_4;
  always @(posedge clk) pa3_5 <= pa3_4;
  always @(posedge clk) pa4_5 <= pa4_4;
  always @(posedge clk) pa5_5 <= pa5_4;
  always @(posedge clk) pa6_5 <= pa6_4;
  always @(posedge clk) pa7_5 <= pa7_4;
  always @(posedge clk) pa0_6 <= pa0_5;
  always @(posedge clk) pa1_6 <= pa1_5;
  always @(posedge clk) pa2_6 <= pa2_5;
  always @(posedge clk) pa3_6 <= pa3_5;
  always @(posedge clk) pa4_6 <= pa4_5;
  always @(posedge clk) pa5_6 <= pa5_5;
  always @(posedge clk) pa6_6 <= pa6_5;
  always @(posedge clk) pa7_6 <= pa7_5;
  always @(posedge clk) if (rst) sk_v0 <= 1'b0; else sk_v0 <= f_vld;
  always @(posedge clk) if (rst) sk_v1 <= 1'b0; else sk_v1 <= sk_v0;
  always @(posedge clk) if (rst) sk_v2 <= 1'b0; else sk_v2 <= sk_v1;
  always @(posedge clk) if (rst) sk_v3 <= 1'b0; else sk_v3 <= sk_v2;
  always @(posedge clk) if (rst) sk_v4 <= 1'b0; else sk_v4 <= sk_v3;
  always @(posedge clk) if (rst) sk_v5 <= 1'b0; else sk_v5 <= sk_v4;
  always @(posedge clk) if (rst) sk_v6 <= 1'b0; else sk_v6 <= sk_v5;
  always @(posedge clk) if (rst) dv0_sk_v6_q0 <= 1'b0; else dv0_sk_v6_q0 <= sk_v6;
  always @(posedge clk) if (rst) pv0 <= 1'b0; else pv0 <= sk_v6;
  always @(posedge clk) if (rst) dv1_pv0_q0 <= 1'b0; else dv1_pv0_q0 <= pv0;
  always @(posedge clk) if (rst) pv1 <= 1'b0; else pv1 <= pv0;
  always @(posedge clk) if (rst) dv2_pv1_q0 <= 1'b0; else dv2_pv1_q0 <= pv1;
  always @(posedge clk) if (rst) pv2 <= 1'b0; else pv2 <= pv1;
  always @(posedge clk) if (rst) dv3_pv2_q0 <= 1'b0; else dv3_pv2_q0 <= pv2;
  always @(posedge clk) if (rst) pv3 <= 1'b0; else pv3 <= pv2;
  always @(posedge clk) if (rst) dv4_pv3_q0 <= 1'b0; else dv4_pv3_q0 <= pv3;
  always @(posedge clk) if (rst) pv4 <= 1'b0; else pv4 <= pv3;
  always @(posedge clk) if (rst) dv5_pv4_q0 <= 1'b0; else dv5_pv4_q0 <= pv4;
  always @(posedge clk) if (rst) pv5 <= 1'b0; else pv5 <= pv4;
  always @(posedge clk) if (rst) dv6_pv5_q0 <= 1'b0; else dv6_pv5_q0 <= pv5;
  always @(posedge clk) if (rst) pv6 <= 1'b0; else pv6 <= pv5;
  always @(posedge clk) if (rst) dv7_pv6_q0 <= 1'b0; else dv7_pv6_q0 <= pv6;
endmodule
