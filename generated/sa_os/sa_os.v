// sa_os: systolic-os 8x8 array top
// Source design: sa_os (examples/sa_os.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// systolic-os array, 8 x 8; drain: per-product.
// Protocol: pulse start with cfg_k = k steps of the tile; the array requests step a_idx/b_idx
// (operands are expected in the same cycle); out_vld marks results (latency 15 after the last step).
module sa_os (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_k,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [63:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [63:0] b_in,
  output wire [63:0] out_vld,
  output wire [2047:0] out_data
);
  // Controller: one request per k step. The first / last flags are registered a step ahead
  // (krem counts the steps left), so no arithmetic compare with cfg_k sits on the per-cycle path.
  wire f_vld;
  wire f_first;
  wire f_last;
  wire [31:0] o0_0;
  wire [31:0] o0_1;
  wire [31:0] o0_2;
  wire [31:0] o0_3;
  wire [31:0] o0_4;
  wire [31:0] o0_5;
  wire [31:0] o0_6;
  wire [31:0] o0_7;
  wire [31:0] o1_0;
  wire [31:0] o1_1;
  wire [31:0] o1_2;
  wire [31:0] o1_3;
  wire [31:0] o1_4;
  wire [31:0] o1_5;
  wire [31:0] o1_6;
  wire [31:0] o1_7;
  wire [31:0] o2_0;
  wire [31:0] o2_1;
  wire [31:0] o2_2;
  wire [31:0] o2_3;
  wire [31:0] o2_4;
  wire [31:0] o2_5;
  wire [31:0] o2_6;
  wire [31:0] o2_7;
  wire [31:0] o3_0;
  wire [31:0] o3_1;
  wire [31:0] o3_2;
  wire [31:0] o3_3;
  wire [31:0] o3_4;
  wire [31:0] o3_5;
  wire [31:0] o3_6;
  wire [31:0] o3_7;
  wire [31:0] o4_0;
  wire [31:0] o4_1;
  wire [31:0] o4_2;
  wire [31:0] o4_3;
  wire [31:0] o4_4;
  wire [31:0] o4_5;
  wire [31:0] o4_6;
  wire [31:0] o4_7;
  wire [31:0] o5_0;
  wire [31:0] o5_1;
  wire [31:0] o5_2;
  wire [31:0] o5_3;
  wire [31:0] o5_4;
  wire [31:0] o5_5;
  wire [31:0] o5_6;
  wire [31:0] o5_7;
  wire [31:0] o6_0;
  wire [31:0] o6_1;
  wire [31:0] o6_2;
  wire [31:0] o6_3;
  wire [31:0] o6_4;
  wire [31:0] o6_5;
  wire [31:0] o6_6;
  wire [31:0] o6_7;
  wire [31:0] o7_0;
  wire [31:0] o7_1;
  wire [31:0] o7_2;
  wire [31:0] o7_3;
  wire [31:0] o7_4;
  wire [31:0] o7_5;
  wire [31:0] o7_6;
  wire [31:0] o7_7;
  reg run;
  reg [31:0] kcnt;
  reg [31:0] krem;
  reg k_first;
  reg k_last;
  reg [7:0] sk_a1_0;
  reg sk_v1_0;
  reg sk_f1_0;
  reg [7:0] sk_a2_0;
  reg sk_v2_0;
  reg sk_f2_0;
  reg [7:0] sk_a2_1;
  reg sk_v2_1;
  reg sk_f2_1;
  reg [7:0] sk_a3_0;
  reg sk_v3_0;
  reg sk_f3_0;
  reg [7:0] sk_a3_1;
  reg sk_v3_1;
  reg sk_f3_1;
  reg [7:0] sk_a3_2;
  reg sk_v3_2;
  reg sk_f3_2;
  reg [7:0] sk_a4_0;
  reg sk_v4_0;
  reg sk_f4_0;
  reg [7:0] sk_a4_1;
  reg sk_v4_1;
  reg sk_f4_1;
  reg [7:0] sk_a4_2;
  reg sk_v4_2;
  reg sk_f4_2;
  reg [7:0] sk_a4_3;
  reg sk_v4_3;
  reg sk_f4_3;
  reg [7:0] sk_a5_0;
  reg sk_v5_0;
  reg sk_f5_0;
  reg [7:0] sk_a5_1;
  reg sk_v5_1;
  reg sk_f5_1;
  reg [7:0] sk_a5_2;
  reg sk_v5_2;
  reg sk_f5_2;
  reg [7:0] sk_a5_3;
  reg sk_v5_3;
  reg sk_f5_3;
  reg [7:0] sk_a5_4;
  reg sk_v5_4;
  reg sk_f5_4;
  reg [7:0] sk_a6_0;
  reg sk_v6_0;
  reg sk_f6_0;
  reg [7:0] sk_a6_1;
  reg sk_v6_1;
  reg sk_f6_1;
  reg [7:0] sk_a6_2;
  reg sk_v6_2;
  reg sk_f6_2;
  reg [7:0] sk_a6_3;
  reg sk_v6_3;
  reg sk_f6_3;
  reg [7:0] sk_a6_4;
  reg sk_v6_4;
  reg sk_f6_4;
  reg [7:0] sk_a6_5;
  reg sk_v6_5;
  reg sk_f6_5;
  reg [7:0] sk_a7_0;
  reg sk_v7_0;
  reg sk_f7_0;
  reg [7:0] sk_a7_1;
  reg sk_v7_1;
  reg sk_f7_1;
  reg [7:0] sk_a7_2;
  reg sk_v7_2;
  reg sk_f7_2;
  reg [7:0] sk_a7_3;
  reg sk_v7_3;
  reg sk_f7_3;
  reg [7:0] sk_a7_4;
  reg sk_v7_4;
  reg sk_f7_4;
  reg [7:0] sk_a7_5;
  reg sk_v7_5;
  reg sk_f7_5;
  reg [7:0] sk_a7_6;
  reg sk_v7_6;
  reg sk_f7_6;
  reg [7:0] sk_b1_0;
  reg [7:0] sk_b2_0;
  reg [7:0] sk_b2_1;
  reg [7:0] sk_b3_0;
  reg [7:0] sk_b3_1;
  reg [7:0] sk_b3_2;
  reg [7:0] sk_b4_0;
  reg [7:0] sk_b4_1;
  reg [7:0] sk_b4_2;
  reg [7:0] sk_b4_3;
  reg [7:0] sk_b5_0;
  reg [7:0] sk_b5_1;
  reg [7:0] sk_b5_2;
  reg [7:0] sk_b5_3;
  reg [7:0] sk_b5_4;
  reg [7:0] sk_b6_0;
  reg [7:0] sk_b6_1;
  reg [7:0] sk_b6_2;
  reg [7:0] sk_b6_3;
  reg [7:0] sk_b6_4;
  reg [7:0] sk_b6_5;
  reg [7:0] sk_b7_0;
  reg [7:0] sk_b7_1;
  reg [7:0] sk_b7_2;
  reg [7:0] sk_b7_3;
  reg [7:0] sk_b7_4;
  reg [7:0] sk_b7_5;
  reg [7:0] sk_b7_6;
  reg [7:0] pb0_0;
  reg [7:0] pa0_0;
  reg pv0_0;
  reg pf0_0;
  reg [7:0] pb0_1;
  reg [7:0] pa0_1;
  reg pv0_1;
  reg pf0_1;
  reg [7:0] pb0_2;
  reg [7:0] pa0_2;
  reg pv0_2;
  reg pf0_2;
  reg [7:0] pb0_3;
  reg [7:0] pa0_3;
  reg pv0_3;
  reg pf0_3;
  reg [7:0] pb0_4;
  reg [7:0] pa0_4;
  reg pv0_4;
  reg pf0_4;
  reg [7:0] pb0_5;
  reg [7:0] pa0_5;
  reg pv0_5;
  reg pf0_5;
  reg [7:0] pb0_6;
  reg [7:0] pa0_6;
  reg pv0_6;
  reg pf0_6;
  reg [7:0] pb0_7;
  reg [7:0] pb1_0;
  reg [7:0] pa1_0;
  reg pv1_0;
  reg pf1_0;
  reg [7:0] pb1_1;
  reg [7:0] pa1_1;
  reg pv1_1;
  reg pf1_1;
  reg [7:0] pb1_2;
  reg [7:0] pa1_2;
  reg pv1_2;
  reg pf1_2;
  reg [7:0] pb1_3;
  reg [7:0] pa1_3;
  reg pv1_3;
  reg pf1_3;
  reg [7:0] pb1_4;
  reg [7:0] pa1_4;
  reg pv1_4;
  reg pf1_4;
  reg [7:0] pb1_5;
  reg [7:0] pa1_5;
  reg pv1_5;
  reg pf1_5;
  reg [7:0] pb1_6;
  reg [7:0] pa1_6;
  reg pv1_6;
  reg pf1_6;
  reg [7:0] pb1_7;
  reg [7:0] pb2_0;
  reg [7:0] pa2_0;
  reg pv2_0;
  reg pf2_0;
  reg [7:0] pb2_1;
  reg [7:0] pa2_1;
  reg pv2_1;
  reg pf2_1;
  reg [7:0] pb2_2;
  reg [7:0] pa2_2;
  reg pv2_2;
  reg pf2_2;
  reg [7:0] pb2_3;
  reg [7:0] pa2_3;
  reg pv2_3;
  reg pf2_3;
  reg [7:0] pb2_4;
  reg [7:0] pa2_4;
  reg pv2_4;
  reg pf2_4;
  reg [7:0] pb2_5;
  reg [7:0] pa2_5;
  reg pv2_5;
  reg pf2_5;
  reg [7:0] pb2_6;
  reg [7:0] pa2_6;
  reg pv2_6;
  reg pf2_6;
  reg [7:0] pb2_7;
  reg [7:0] pb3_0;
  reg [7:0] pa3_0;
  reg pv3_0;
  reg pf3_0;
  reg [7:0] pb3_1;
  reg [7:0] pa3_1;
  reg pv3_1;
  reg pf3_1;
  reg [7:0] pb3_2;
  reg [7:0] pa3_2;
  reg pv3_2;
  reg pf3_2;
  reg [7:0] pb3_3;
  reg [7:0] pa3_3;
  reg pv3_3;
  reg pf3_3;
  reg [7:0] pb3_4;
  reg [7:0] pa3_4;
  reg pv3_4;
  reg pf3_4;
  reg [7:0] pb3_5;
  reg [7:0] pa3_5;
  reg pv3_5;
  reg pf3_5;
  reg [7:0] pb3_6;
  reg [7:0] pa3_6;
  reg pv3_6;
  reg pf3_6;
  reg [7:0] pb3_7;
  reg [7:0] pb4_0;
  reg [7:0] pa4_0;
  reg pv4_0;
  reg pf4_0;
  reg [7:0] pb4_1;
  reg [7:0] pa4_1;
  reg pv4_1;
  reg pf4_1;
  reg [7:0] pb4_2;
  reg [7:0] pa4_2;
  reg pv4_2;
  reg pf4_2;
  reg [7:0] pb4_3;
  reg [7:0] pa4_3;
  reg pv4_3;
  reg pf4_3;
  reg [7:0] pb4_4;
  reg [7:0] pa4_4;
  reg pv4_4;
  reg pf4_4;
  reg [7:0] pb4_5;
  reg [7:0] pa4_5;
  reg pv4_5;
  reg pf4_5;
  reg [7:0] pb4_6;
  reg [7:0] pa4_6;
  reg pv4_6;
  reg pf4_6;
  reg [7:0] pb4_7;
  reg [7:0] pb5_0;
  reg [7:0] pa5_0;
  reg pv5_0;
  reg pf5_0;
  reg [7:0] pb5_1;
  reg [7:0] pa5_1;
  reg pv5_1;
  reg pf5_1;
  reg [7:0] pb5_2;
  reg [7:0] pa5_2;
  reg pv5_2;
  reg pf5_2;
  reg [7:0] pb5_3;
  reg [7:0] pa5_3;
  reg pv5_3;
  reg pf5_3;
  reg [7:0] pb5_4;
  reg [7:0] pa5_4;
  reg pv5_4;
  reg pf5_4;
  reg [7:0] pb5_5;
  reg [7:0] pa5_5;
  reg pv5_5;
  reg pf5_5;
  reg [7:0] pb5_6;
  reg [7:0] pa5_6;
  reg pv5_6;
  reg pf5_6;
  reg [7:0] pb5_7;
  reg [7:0] pb6_0;
  reg [7:0] pa6_0;
  reg pv6_0;
  reg pf6_0;
  reg [7:0] pb6_1;
  reg [7:0] pa6_1;
  reg pv6_1;
  reg pf6_1;
  reg [7:0] pb6_2;
  reg [7:0] pa6_2;
  reg pv6_2;
  reg pf6_2;
  reg [7:0] pb6_3;
  reg [7:0] pa6_3;
  reg pv6_3;
  reg pf6_3;
  reg [7:0] pb6_4;
  reg [7:0] pa6_4;
  reg pv6_4;
  reg pf6_4;
  reg [7:0] pb6_5;
  reg [7:0] pa6_5;
  reg pv6_5;
  reg pf6_5;
  reg [7:0] pb6_6;
  reg [7:0] pa6_6;
  reg pv6_6;
  reg pf6_6;
  reg [7:0] pb6_7;
  reg [7:0] pa7_0;
  reg pv7_0;
  reg pf7_0;
  reg [7:0] pa7_1;
  reg pv7_1;
  reg pf7_1;
  reg [7:0] pa7_2;
  reg pv7_2;
  reg pf7_2;
  reg [7:0] pa7_3;
  reg pv7_3;
  reg pf7_3;
  reg [7:0] pa7_4;
  reg pv7_4;
  reg pf7_4;
  reg [7:0] pa7_5;
  reg pv7_5;
  reg pf7_5;
  reg [7:0] pa7_6;
  reg pv7_6;
  reg pf7_6;
  reg dl_f_last_q0;
  reg dl_dl_f_last_q1;
  reg dl_dl_dl_f_last_q2;
  reg dl_dl_dl_dl_f_last_q3;
  reg dl_dl_dl_dl_dl_f_last_q4;
  reg dl_dl_dl_dl_dl_dl_f_last_q5;
  reg dl_dl_dl_dl_dl_dl_dl_f_last_q6;
  reg dl_dl_dl_dl_dl_dl_dl_dl_f_last_q7;
  reg dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q8;
  reg dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q9;
  reg dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q10;
  reg dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q11;
  reg dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q12;
  reg dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q13;
  reg dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q14;
  assign f_vld = run;
  assign f_first = run & k_first;
  assign f_last = run & k_last;
  assign a_rd = run;
  assign a_idx = kcnt;
  assign b_rd = run;
  assign b_idx = kcnt;
  assign out_vld = {64{dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q14}};
  assign out_data = {o7_7, o7_6, o7_5, o7_4, o7_3, o7_2, o7_1, o7_0, o6_7, o6_6, o6_5, o6_4, o6_3, o6_2, o6_1, o6_0, o5_7, o5_6, o5_5, o5_4, o5_3, o5_2, o5_1, o5_0, o4_7, o4_6, o4_5, o4_4, o4_3, o4_2, o4_1, o4_0, o3_7, o3_6, o3_5, o3_4, o3_3, o3_2, o3_1, o3_0, o2_7, o2_6, o2_5, o2_4, o2_3, o2_2, o2_1, o2_0, o1_7, o1_6, o1_5, o1_4, o1_3, o1_2, o1_1, o1_0, o0_7, o0_6, o0_5, o0_4, o0_3, o0_2, o0_1, o0_0};
  sa_os_pe pe0_0 (
    .clk(clk),
    .a(a_in[7:0]),
    .b(b_in[7:0]),
    .vld(f_vld),
    .first(f_first),
    .acc_out(o0_0)
  );
  sa_os_pe pe0_1 (
    .clk(clk),
    .a(pa0_0),
    .b(sk_b1_0),
    .vld(pv0_0),
    .first(pf0_0),
    .acc_out(o0_1)
  );
  sa_os_pe pe0_2 (
    .clk(clk),
    .a(pa0_1),
    .b(sk_b2_1),
    .vld(pv0_1),
    .first(pf0_1),
    .acc_out(o0_2)
  );
  sa_os_pe pe0_3 (
    .clk(clk),
    .a(pa0_2),
    .b(sk_b3_2),
    .vld(pv0_2),
    .first(pf0_2),
    .acc_out(o0_3)
  );
  sa_os_pe pe0_4 (
    .clk(clk),
    .a(pa0_3),
    .b(sk_b4_3),
    .vld(pv0_3),
    .first(pf0_3),
    .acc_out(o0_4)
  );
  sa_os_pe pe0_5 (
    .clk(clk),
    .a(pa0_4),
    .b(sk_b5_4),
    .vld(pv0_4),
    .first(pf0_4),
    .acc_out(o0_5)
  );
  sa_os_pe pe0_6 (
    .clk(clk),
    .a(pa0_5),
    .b(sk_b6_5),
    .vld(pv0_5),
    .first(pf0_5),
    .acc_out(o0_6)
  );
  sa_os_pe pe0_7 (
    .clk(clk),
    .a(pa0_6),
    .b(sk_b7_6),
    .vld(pv0_6),
    .first(pf0_6),
    .acc_out(o0_7)
  );
  sa_os_pe pe1_0 (
    .clk(clk),
    .a(sk_a1_0),
    .b(pb0_0),
    .vld(sk_v1_0),
    .first(sk_f1_0),
    .acc_out(o1_0)
  );
  sa_os_pe pe1_1 (
    .clk(clk),
    .a(pa1_0),
    .b(pb0_1),
    .vld(pv1_0),
    .first(pf1_0),
    .acc_out(o1_1)
  );
  sa_os_pe pe1_2 (
    .clk(clk),
    .a(pa1_1),
    .b(pb0_2),
    .vld(pv1_1),
    .first(pf1_1),
    .acc_out(o1_2)
  );
  sa_os_pe pe1_3 (
    .clk(clk),
    .a(pa1_2),
    .b(pb0_3),
    .vld(pv1_2),
    .first(pf1_2),
    .acc_out(o1_3)
  );
  sa_os_pe pe1_4 (
    .clk(clk),
    .a(pa1_3),
    .b(pb0_4),
    .vld(pv1_3),
    .first(pf1_3),
    .acc_out(o1_4)
  );
  sa_os_pe pe1_5 (
    .clk(clk),
    .a(pa1_4),
    .b(pb0_5),
    .vld(pv1_4),
    .first(pf1_4),
    .acc_out(o1_5)
  );
  sa_os_pe pe1_6 (
    .clk(clk),
    .a(pa1_5),
    .b(pb0_6),
    .vld(pv1_5),
    .first(pf1_5),
    .acc_out(o1_6)
  );
  sa_os_pe pe1_7 (
    .clk(clk),
    .a(pa1_6),
    .b(pb0_7),
    .vld(pv1_6),
    .first(pf1_6),
    .acc_out(o1_7)
  );
  sa_os_pe pe2_0 (
    .clk(clk),
    .a(sk_a2_1),
    .b(pb1_0),
    .vld(sk_v2_1),
    .first(sk_f2_1),
    .acc_out(o2_0)
  );
  sa_os_pe pe2_1 (
    .clk(clk),
    .a(pa2_0),
    .b(pb1_1),
    .vld(pv2_0),
    .first(pf2_0),
    .acc_out(o2_1)
  );
  sa_os_pe pe2_2 (
    .clk(clk),
    .a(pa2_1),
    .b(pb1_2),
    .vld(pv2_1),
    .first(pf2_1),
    .acc_out(o2_2)
  );
  sa_os_pe pe2_3 (
    .clk(clk),
    .a(pa2_2),
    .b(pb1_3),
    .vld(pv2_2),
    .first(pf2_2),
    .acc_out(o2_3)
  );
  sa_os_pe pe2_4 (
    .clk(clk),
    .a(pa2_3),
    .b(pb1_4),
    .vld(pv2_3),
    .first(pf2_3),
    .acc_out(o2_4)
  );
  sa_os_pe pe2_5 (
    .clk(clk),
    .a(pa2_4),
    .b(pb1_5),
    .vld(pv2_4),
    .first(pf2_4),
    .acc_out(o2_5)
  );
  sa_os_pe pe2_6 (
    .clk(clk),
    .a(pa2_5),
    .b(pb1_6),
    .vld(pv2_5),
    .first(pf2_5),
    .acc_out(o2_6)
  );
  sa_os_pe pe2_7 (
    .clk(clk),
    .a(pa2_6),
    .b(pb1_7),
    .vld(pv2_6),
    .first(pf2_6),
    .acc_out(o2_7)
  );
  sa_os_pe pe3_0 (
    .clk(clk),
    .a(sk_a3_2),
    .b(pb2_0),
    .vld(sk_v3_2),
    .first(sk_f3_2),
    .acc_out(o3_0)
  );
  sa_os_pe pe3_1 (
    .clk(clk),
    .a(pa3_0),
    .b(pb2_1),
    .vld(pv3_0),
    .first(pf3_0),
    .acc_out(o3_1)
  );
  sa_os_pe pe3_2 (
    .clk(clk),
    .a(pa3_1),
    .b(pb2_2),
    .vld(pv3_1),
    .first(pf3_1),
    .acc_out(o3_2)
  );
  sa_os_pe pe3_3 (
    .clk(clk),
    .a(pa3_2),
    .b(pb2_3),
    .vld(pv3_2),
    .first(pf3_2),
    .acc_out(o3_3)
  );
  sa_os_pe pe3_4 (
    .clk(clk),
    .a(pa3_3),
    .b(pb2_4),
    .vld(pv3_3),
    .first(pf3_3),
    .acc_out(o3_4)
  );
  sa_os_pe pe3_5 (
    .clk(clk),
    .a(pa3_4),
    .b(pb2_5),
    .vld(pv3_4),
    .first(pf3_4),
    .acc_out(o3_5)
  );
  sa_os_pe pe3_6 (
    .clk(clk),
    .a(pa3_5),
    .b(pb2_6),
    .vld(pv3_5),
    .first(pf3_5),
    .acc_out(o3_6)
  );
  sa_os_pe pe3_7 (
    .clk(clk),
    .a(pa3_6),
    .b(pb2_7),
    .vld(pv3_6),
    .first(pf3_6),
    .acc_out(o3_7)
  );
  sa_os_pe pe4_0 (
    .clk(clk),
    .a(sk_a4_3),
    .b(pb3_0),
    .vld(sk_v4_3),
    .first(sk_f4_3),
    .acc_out(o4_0)
  );
  sa_os_pe pe4_1 (
    .clk(clk),
    .a(pa4_0),
    .b(pb3_1),
    .vld(pv4_0),
    .first(pf4_0),
    .acc_out(o4_1)
  );
  sa_os_pe pe4_2 (
    .clk(clk),
    .a(pa4_1),
    .b(pb3_2),
    .vld(pv4_1),
    .first(pf4_1),
    .acc_out(o4_2)
  );
  sa_os_pe pe4_3 (
    .clk(clk),
    .a(pa4_2),
    .b(pb3_3),
    .vld(pv4_2),
    .first(pf4_2),
    .acc_out(o4_3)
  );
  sa_os_pe pe4_4 (
    .clk(clk),
    .a(pa4_3),
    .b(pb3_4),
    .vld(pv4_3),
    .first(pf4_3),
    .acc_out(o4_4)
  );
  sa_os_pe pe4_5 (
    .clk(clk),
    .a(pa4_4),
    .b(pb3_5),
    .vld(pv4_4),
    .first(pf4_4),
    .acc_out(o4_5)
  );
  sa_os_pe pe4_6 (
    .clk(clk),
    .a(pa4_5),
    .b(pb3_6),
    .vld(pv4_5),
    .first(pf4_5),
    .acc_out(o4_6)
  );
  sa_os_pe pe4_7 (
    .clk(clk),
    .a(pa4_6),
    .b(pb3_7),
    .vld(pv4_6),
    .first(pf4_6),
    .acc_out(o4_7)
  );
  sa_os_pe pe5_0 (
    .clk(clk),
    .a(sk_a5_4),
    .b(pb4_0),
    .vld(sk_v5_4),
    .first(sk_f5_4),
    .acc_out(o5_0)
  );
  sa_os_pe pe5_1 (
    .clk(clk),
    .a(pa5_0),
    .b(pb4_1),
    .vld(pv5_0),
    .first(pf5_0),
    .acc_out(o5_1)
  );
  sa_os_pe pe5_2 (
    .clk(clk),
    .a(pa5_1),
    .b(pb4_2),
    .vld(pv5_1),
    .first(pf5_1),
    .acc_out(o5_2)
  );
  sa_os_pe pe5_3 (
    .clk(clk),
    .a(pa5_2),
    .b(pb4_3),
    .vld(pv5_2),
    .first(pf5_2),
    .acc_out(o5_3)
  );
  sa_os_pe pe5_4 (
    .clk(clk),
    .a(pa5_3),
    .b(pb4_4),
    .vld(pv5_3),
    .first(pf5_3),
    .acc_out(o5_4)
  );
  sa_os_pe pe5_5 (
    .clk(clk),
    .a(pa5_4),
    .b(pb4_5),
    .vld(pv5_4),
    .first(pf5_4),
    .acc_out(o5_5)
  );
  sa_os_pe pe5_6 (
    .clk(clk),
    .a(pa5_5),
    .b(pb4_6),
    .vld(pv5_5),
    .first(pf5_5),
    .acc_out(o5_6)
  );
  sa_os_pe pe5_7 (
    .clk(clk),
    .a(pa5_6),
    .b(pb4_7),
    .vld(pv5_6),
    .first(pf5_6),
    .acc_out(o5_7)
  );
  sa_os_pe pe6_0 (
    .clk(clk),
    .a(sk_a6_5),
    .b(pb5_0),
    .vld(sk_v6_5),
    .first(sk_f6_5),
    .acc_out(o6_0)
  );
  sa_os_pe pe6_1 (
    .clk(clk),
    .a(pa6_0),
    .b(pb5_1),
    .vld(pv6_0),
    .first(pf6_0),
    .acc_out(o6_1)
  );
  sa_os_pe pe6_2 (
    .clk(clk),
    .a(pa6_1),
    .b(pb5_2),
    .vld(pv6_1),
    .first(pf6_1),
    .acc_out(o6_2)
  );
  sa_os_pe pe6_3 (
    .clk(clk),
    .a(pa6_2),
    .b(pb5_3),
    .vld(pv6_2),
    .first(pf6_2),
    .acc_out(o6_3)
  );
  sa_os_pe pe6_4 (
    .clk(clk),
    .a(pa6_3),
    .b(pb5_4),
    .vld(pv6_3),
    .first(pf6_3),
    .acc_out(o6_4)
  );
  sa_os_pe pe6_5 (
    .clk(clk),
    .a(pa6_4),
    .b(pb5_5),
    .vld(pv6_4),
    .first(pf6_4),
    .acc_out(o6_5)
  );
  sa_os_pe pe6_6 (
    .clk(clk),
    .a(pa6_5),
    .b(pb5_6),
    .vld(pv6_5),
    .first(pf6_5),
    .acc_out(o6_6)
  );
  sa_os_pe pe6_7 (
    .clk(clk),
    .a(pa6_6),
    .b(pb5_7),
    .vld(pv6_6),
    .first(pf6_6),
    .acc_out(o6_7)
  );
  sa_os_pe pe7_0 (
    .clk(clk),
    .a(sk_a7_6),
    .b(pb6_0),
    .vld(sk_v7_6),
    .first(sk_f7_6),
    .acc_out(o7_0)
  );
  sa_os_pe pe7_1 (
    .clk(clk),
    .a(pa7_0),
    .b(pb6_1),
    .vld(pv7_0),
    .first(pf7_0),
    .acc_out(o7_1)
  );
  sa_os_pe pe7_2 (
    .clk(clk),
    .a(pa7_1),
    .b(pb6_2),
    .vld(pv7_1),
    .first(pf7_1),
    .acc_out(o7_2)
  );
  sa_os_pe pe7_3 (
    .clk(clk),
    .a(pa7_2),
    .b(pb6_3),
    .vld(pv7_2),
    .first(pf7_2),
    .acc_out(o7_3)
  );
  sa_os_pe pe7_4 (
    .clk(clk),
    .a(pa7_3),
    .b(pb6_4),
    .vld(pv7_3),
    .first(pf7_3),
    .acc_out(o7_4)
  );
  sa_os_pe pe7_5 (
    .clk(clk),
    .a(pa7_4),
    .b(pb6_5),
    .vld(pv7_4),
    .first(pf7_4),
    .acc_out(o7_5)
  );
  sa_os_pe pe7_6 (
    .clk(clk),
    .a(pa7_5),
    .b(pb6_6),
    .vld(pv7_5),
    .first(pf7_5),
    .acc_out(o7_6)
  );
  sa_os_pe pe7_7 (
    .clk(clk),
    .a(pa7_6),
    .b(pb6_7),
    .vld(pv7_6),
    .first(pf7_6),
    .acc_out(o7_7)
  );
  always @(posedge clk) if (rst) run <= 1'b0; else run <= start | (run & ~f_last);
  always @(posedge clk) if (rst) kcnt <= 32'd0; else if (start | run) kcnt <= start ? 32'd0 : kcnt + 32'd1;
  always @(posedge clk) if (rst) krem <= 32'd0; else if (start | run) krem <= start ? cfg_k : krem - 32'd1;
  always @(posedge clk) if (rst) k_first <= 1'b0; else if (start | run) k_first <= start;
  always @(posedge clk) if (rst) k_last <= 1'b0; else if (start | run) k_last <= start ? cfg_k == 32'd1 : krem == 32'd2;
  always @(posedge clk) sk_a1_0 <= a_in[15:8];
  always @(posedge clk) if (rst) sk_v1_0 <= 1'b0; else sk_v1_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f1_0 <= 1'b0; else sk_f1_0 <= f_first;
  always @(posedge clk) sk_a2_0 <= a_in[23:16];
  always @(posedge clk) if (rst) sk_v2_0 <= 1'b0; else sk_v2_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f2_0 <= 1'b0; else sk_f2_0 <= f_first;
  always @(posedge clk) sk_a2_1 <= sk_a2_0;
  always @(posedge clk) if (rst) sk_v2_1 <= 1'b0; else sk_v2_1 <= sk_v2_0;
  always @(posedge clk) if (rst) sk_f2_1 <= 1'b0; else sk_f2_1 <= sk_f2_0;
  always @(posedge clk) sk_a3_0 <= a_in[31:24];
  always @(posedge clk) if (rst) sk_v3_0 <= 1'b0; else sk_v3_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f3_0 <= 1'b0; else sk_f3_0 <= f_first;
  always @(posedge clk) sk_a3_1 <= sk_a3_0;
  always @(posedge clk) if (rst) sk_v3_1 <= 1'b0; else sk_v3_1 <= sk_v3_0;
  always @(posedge clk) if (rst) sk_f3_1 <= 1'b0; else sk_f3_1 <= sk_f3_0;
  always @(posedge clk) sk_a3_2 <= sk_a3_1;
  always @(posedge clk) if (rst) sk_v3_2 <= 1'b0; else sk_v3_2 <= sk_v3_1;
  always @(posedge clk) if (rst) sk_f3_2 <= 1'b0; else sk_f3_2 <= sk_f3_1;
  always @(posedge clk) sk_a4_0 <= a_in[39:32];
  always @(posedge clk) if (rst) sk_v4_0 <= 1'b0; else sk_v4_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f4_0 <= 1'b0; else sk_f4_0 <= f_first;
  always @(posedge clk) sk_a4_1 <= sk_a4_0;
  always @(posedge clk) if (rst) sk_v4_1 <= 1'b0; else sk_v4_1 <= sk_v4_0;
  always @(posedge clk) if (rst) sk_f4_1 <= 1'b0; else sk_f4_1 <= sk_f4_0;
  always @(posedge clk) sk_a4_2 <= sk_a4_1;
  always @(posedge clk) if (rst) sk_v4_2 <= 1'b0; else sk_v4_2 <= sk_v4_1;
  always @(posedge clk) if (rst) sk_f4_2 <= 1'b0; else sk_f4_2 <= sk_f4_1;
  always @(posedge clk) sk_a4_3 <= sk_a4_2;
  always @(posedge clk) if (rst) sk_v4_3 <= 1'b0; else sk_v4_3 <= sk_v4_2;
  always @(posedge clk) if (rst) sk_f4_3 <= 1'b0; else sk_f4_3 <= sk_f4_2;
  always @(posedge clk) sk_a5_0 <= a_in[47:40];
  always @(posedge clk) if (rst) sk_v5_0 <= 1'b0; else sk_v5_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f5_0 <= 1'b0; else sk_f5_0 <= f_first;
  always @(posedge clk) sk_a5_1 <= sk_a5_0;
  always @(posedge clk) if (rst) sk_v5_1 <= 1'b0; else sk_v5_1 <= sk_v5_0;
  always @(posedge clk) if (rst) sk_f5_1 <= 1'b0; else sk_f5_1 <= sk_f5_0;
  always @(posedge clk) sk_a5_2 <= sk_a5_1;
  always @(posedge clk) if (rst) sk_v5_2 <= 1'b0; else sk_v5_2 <= sk_v5_1;
  always @(posedge clk) if (rst) sk_f5_2 <= 1'b0; else sk_f5_2 <= sk_f5_1;
  always @(posedge clk) sk_a5_3 <= sk_a5_2;
  always @(posedge clk) if (rst) sk_v5_3 <= 1'b0; else sk_v5_3 <= sk_v5_2;
  always @(posedge clk) if (rst) sk_f5_3 <= 1'b0; else sk_f5_3 <= sk_f5_2;
  always @(posedge clk) sk_a5_4 <= sk_a5_3;
  always @(posedge clk) if (rst) sk_v5_4 <= 1'b0; else sk_v5_4 <= sk_v5_3;
  always @(posedge clk) if (rst) sk_f5_4 <= 1'b0; else sk_f5_4 <= sk_f5_3;
  always @(posedge clk) sk_a6_0 <= a_in[55:48];
  always @(posedge clk) if (rst) sk_v6_0 <= 1'b0; else sk_v6_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f6_0 <= 1'b0; else sk_f6_0 <= f_first;
  always @(posedge clk) sk_a6_1 <= sk_a6_0;
  always @(posedge clk) if (rst) sk_v6_1 <= 1'b0; else sk_v6_1 <= sk_v6_0;
  always @(posedge clk) if (rst) sk_f6_1 <= 1'b0; else sk_f6_1 <= sk_f6_0;
  always @(posedge clk) sk_a6_2 <= sk_a6_1;
  always @(posedge clk) if (rst) sk_v6_2 <= 1'b0; else sk_v6_2 <= sk_v6_1;
  always @(posedge clk) if (rst) sk_f6_2 <= 1'b0; else sk_f6_2 <= sk_f6_1;
  always @(posedge clk) sk_a6_3 <= sk_a6_2;
  always @(posedge clk) if (rst) sk_v6_3 <= 1'b0; else sk_v6_3 <= sk_v6_2;
  always @(posedge clk) if (rst) sk_f6_3 <= 1'b0; else sk_f6_3 <= sk_f6_2;
  always @(posedge clk) sk_a6_4 <= sk_a6_3;
  always @(posedge clk) if (rst) sk_v6_4 <= 1'b0; else sk_v6_4 <= sk_v6_3;
  always @(posedge clk) if (rst) sk_f6_4 <= 1'b0; else sk_f6_4 <= sk_f6_3;
  always @(posedge clk) sk_a6_5 <= sk_a6_4;
  always @(posedge clk) if (rst) sk_v6_5 <= 1'b0; else sk_v6_5 <= sk_v6_4;
  always @(posedge clk) if (rst) sk_f6_5 <= 1'b0; else sk_f6_5 <= sk_f6_4;
  always @(posedge clk) sk_a7_0 <= a_in[63:56];
  always @(posedge clk) if (rst) sk_v7_0 <= 1'b0; else sk_v7_0 <= f_vld;
  always @(posedge clk) if (rst) sk_f7_0 <= 1'b0; else sk_f7_0 <= f_first;
  always @(posedge clk) sk_a7_1 <= sk_a7_0;
  always @(posedge clk) if (rst) sk_v7_1 <= 1'b0; else sk_v7_1 <= sk_v7_0;
  always @(posedge clk) if (rst) sk_f7_1 <= 1'b0; else sk_f7_1 <= sk_f7_0;
  always @(posedge clk) sk_a7_2 <= sk_a7_1;
  always @(posedge clk) if (rst) sk_v7_2 <= 1'b0; else sk_v7_2 <= sk_v7_1;
  always @(posedge clk) if (rst) sk_f7_2 <= 1'b0; else sk_f7_2 <= sk_f7_1;
  always @(posedge clk) sk_a7_3 <= sk_a7_2;
  always @(posedge clk) if (rst) sk_v7_3 <= 1'b0; else sk_v7_3 <= sk_v7_2;
  always @(posedge clk) if (rst) sk_f7_3 <= 1'b0; else sk_f7_3 <= sk_f7_2;
  always @(posedge clk) sk_a7_4 <= sk_a7_3;
  always @(posedge clk) if (rst) sk_v7_4 <= 1'b0; else sk_v7_4 <= sk_v7_3;
  always @(posedge clk) if (rst) sk_f7_4 <= 1'b0; else sk_f7_4 <= sk_f7_3;
  always @(posedge clk) sk_a7_5 <= sk_a7_4;
  always @(posedge clk) if (rst) sk_v7_5 <= 1'b0; else sk_v7_5 <= sk_v7_4;
  always @(posedge clk) if (rst) sk_f7_5 <= 1'b0; else sk_f7_5 <= sk_f7_4;
  always @(posedge clk) sk_a7_6 <= sk_a7_5;
  always @(posedge clk) if (rst) sk_v7_6 <= 1'b0; else sk_v7_6 <= sk_v7_5;
  always @(posedge clk) if (rst) sk_f7_6 <= 1'b0; else sk_f7_6 <= sk_f7_5;
  always @(posedge clk) sk_b1_0 <= b_in[15:8];
  always @(posedge clk) sk_b2_0 <= b_in[23:16];
  always @(posedge clk) sk_b2_1 <= sk_b2_0;
  always @(posedge clk) sk_b3_0 <= b_in[31:24];
  always @(posedge clk) sk_b3_1 <= sk_b3_0;
  always @(posedge clk) sk_b3_2 <= sk_b3_1;
  always @(posedge clk) sk_b4_0 <= b_in[39:32];
  always @(posedge clk) sk_b4_1 <= sk_b4_0;
  always @(posedge clk) sk_b4_2 <= sk_b4_1;
  always @(posedge clk) sk_b4_3 <= sk_b4_2;
  always @(posedge clk) sk_b5_0 <= b_in[47:40];
  always @(posedge clk) sk_b5_1 <= sk_b5_0;
  always @(posedge clk) sk_b5_2 <= sk_b5_1;
  always @(posedge clk) sk_b5_3 <= sk_b5_2;
  always @(posedge clk) sk_b5_4 <= sk_b5_3;
  always @(posedge clk) sk_b6_0 <= b_in[55:48];
  always @(posedge clk) sk_b6_1 <= sk_b6_0;
  always @(posedge clk) sk_b6_2 <= sk_b6_1;
  always @(posedge clk) sk_b6_3 <= sk_b6_2;
  always @(posedge clk) sk_b6_4 <= sk_b6_3;
  always @(posedge clk) sk_b6_5 <= sk_b6_4;
  always @(posedge clk) sk_b7_0 <= b_in[63:56];
  always @(posedge clk) sk_b7_1 <= sk_b7_0;
  always @(posedge clk) sk_b7_2 <= sk_b7_1;
  always @(posedge clk) sk_b7_3 <= sk_b7_2;
  always @(posedge clk) sk_b7_4 <= sk_b7_3;
  always @(posedge clk) sk_b7_5 <= sk_b7_4;
  always @(posedge clk) sk_b7_6 <= sk_b7_5;
  always @(posedge clk) pb0_0 <= b_in[7:0];
  always @(posedge clk) pa0_0 <= a_in[7:0];
  always @(posedge clk) if (rst) pv0_0 <= 1'b0; else pv0_0 <= f_vld;
  always @(posedge clk) if (rst) pf0_0 <= 1'b0; else pf0_0 <= f_first;
  always @(posedge clk) pb0_1 <= sk_b1_0;
  always @(posedge clk) pa0_1 <= pa0_0;
  always @(posedge clk) if (rst) pv0_1 <= 1'b0; else pv0_1 <= pv0_0;
  always @(posedge clk) if (rst) pf0_1 <= 1'b0; else pf0_1 <= pf0_0;
  always @(posedge clk) pb0_2 <= sk_b2_1;
  always @(posedge clk) pa0_2 <= pa0_1;
  always @(posedge clk) if (rst) pv0_2 <= 1'b0; else pv0_2 <= pv0_1;
  always @(posedge clk) if (rst) pf0_2 <= 1'b0; else pf0_2 <= pf0_1;
  always @(posedge clk) pb0_3 <= sk_b3_2;
  always @(posedge clk) pa0_3 <= pa0_2;
  always @(posedge clk) if (rst) pv0_3 <= 1'b0; else pv0_3 <= pv0_2;
  always @(posedge clk) if (rst) pf0_3 <= 1'b0; else pf0_3 <= pf0_2;
  always @(posedge clk) pb0_4 <= sk_b4_3;
  always @(posedge clk) pa0_4 <= pa0_3;
  always @(posedge clk) if (rst) pv0_4 <= 1'b0; else pv0_4 <= pv0_3;
  always @(posedge clk) if (rst) pf0_4 <= 1'b0; else pf0_4 <= pf0_3;
  always @(posedge clk) pb0_5 <= sk_b5_4;
  always @(posedge clk) pa0_5 <= pa0_4;
  always @(posedge clk) if (rst) pv0_5 <= 1'b0; else pv0_5 <= pv0_4;
  always @(posedge clk) if (rst) pf0_5 <= 1'b0; else pf0_5 <= pf0_4;
  always @(posedge clk) pb0_6 <= sk_b6_5;
  always @(posedge clk) pa0_6 <= pa0_5;
  always @(posedge clk) if (rst) pv0_6 <= 1'b0; else pv0_6 <= pv0_5;
  always @(posedge clk) if (rst) pf0_6 <= 1'b0; else pf0_6 <= pf0_5;
  always @(posedge clk) pb0_7 <= sk_b7_6;
  always @(posedge clk) pb1_0 <= pb0_0;
  always @(posedge clk) pa1_0 <= sk_a1_0;
  always @(posedge clk) if (rst) pv1_0 <= 1'b0; else pv1_0 <= sk_v1_0;
  always @(posedge clk) if (rst) pf1_0 <= 1'b0; else pf1_0 <= sk_f1_0;
  always @(posedge clk) pb1_1 <= pb0_1;
  always @(posedge clk) pa1_1 <= pa1_0;
  always @(posedge clk) if (rst) pv1_1 <= 1'b0; else pv1_1 <= pv1_0;
  always @(posedge clk) if (rst) pf1_1 <= 1'b0; else pf1_1 <= pf1_0;
  always @(posedge clk) pb1_2 <= pb0_2;
  always @(posedge clk) pa1_2 <= pa1_1;
  always @(posedge clk) if (rst) pv1_2 <= 1'b0; else pv1_2 <= pv1_1;
  always @(posedge clk) if (rst) pf1_2 <= 1'b0; else pf1_2 <= pf1_1;
  always @(posedge clk) pb1_3 <= pb0_3;
  always @(posedge clk) pa1_3 <= pa1_2;
  always @(posedge clk) if (rst) pv1_3 <= 1'b0; else pv1_3 <= pv1_2;
  always @(posedge clk) if (rst) pf1_3 <= 1'b0; else pf1_3 <= pf1_2;
  always @(posedge clk) pb1_4 <= pb0_4;
  always @(posedge clk) pa1_4 <= pa1_3;
  always @(posedge clk) if (rst) pv1_4 <= 1'b0; else pv1_4 <= pv1_3;
  always @(posedge clk) if (rst) pf1_4 <= 1'b0; else pf1_4 <= pf1_3;
  always @(posedge clk) pb1_5 <= pb0_5;
  always @(posedge clk) pa1_5 <= pa1_4;
  always @(posedge clk) if (rst) pv1_5 <= 1'b0; else pv1_5 <= pv1_4;
  always @(posedge clk) if (rst) pf1_5 <= 1'b0; else pf1_5 <= pf1_4;
  always @(posedge clk) pb1_6 <= pb0_6;
  always @(posedge clk) pa1_6 <= pa1_5;
  always @(posedge clk) if (rst) pv1_6 <= 1'b0; else pv1_6 <= pv1_5;
  always @(posedge clk) if (rst) pf1_6 <= 1'b0; else pf1_6 <= pf1_5;
  always @(posedge clk) pb1_7 <= pb0_7;
  always @(posedge clk) pb2_0 <= pb1_0;
  always @(posedge clk) pa2_0 <= sk_a2_1;
  always @(posedge clk) if (rst) pv2_0 <= 1'b0; else pv2_0 <= sk_v2_1;
  always @(posedge clk) if (rst) pf2_0 <= 1'b0; else pf2_0 <= sk_f2_1;
  always @(posedge clk) pb2_1 <= pb1_1;
  always @(posedge clk) pa2_1 <= pa2_0;
  always @(posedge clk) if (rst) pv2_1 <= 1'b0; else pv2_1 <= pv2_0;
  always @(posedge clk) if (rst) pf2_1 <= 1'b0; else pf2_1 <= pf2_0;
  always @(posedge clk) pb2_2 <= pb1_2;
  always @(posedge clk) pa2_2 <= pa2_1;
  always @(posedge clk) if (rst) pv2_2 <= 1'b0; else pv2_2 <= pv2_1;
  always @(posedge clk) if (rst) pf2_2 <= 1'b0; else pf2_2 <= pf2_1;
  always @(posedge clk) pb2_3 <= pb1_3;
  always @(posedge clk) pa2_3 <= pa2_2;
  always @(posedge clk) if (rst) pv2_3 <= 1'b0; else pv2_3 <= pv2_2;
  always @(posedge clk) if (rst) pf2_3 <= 1'b0; else pf2_3 <= pf2_2;
  always @(posedge clk) pb2_4 <= pb1_4;
  always @(posedge clk) pa2_4 <= pa2_3;
  always @(posedge clk) if (rst) pv2_4 <= 1'b0; else pv2_4 <= pv2_3;
  always @(posedge clk) if (rst) pf2_4 <= 1'b0; else pf2_4 <= pf2_3;
  always @(posedge clk) pb2_5 <= pb1_5;
  always @(posedge clk) pa2_5 <= pa2_4;
  always @(posedge clk) if (rst) pv2_5 <= 1'b0; else pv2_5 <= pv2_4;
  always @(posedge clk) if (rst) pf2_5 <= 1'b0; else pf2_5 <= pf2_4;
  always @(posedge clk) pb2_6 <= pb1_6;
  always @(posedge clk) pa2_6 <= pa2_5;
  always @(posedge clk) if (rst) pv2_6 <= 1'b0; else pv2_6 <= pv2_5;
  always @(posedge clk) if (rst) pf2_6 <= 1'b0; else pf2_6 <= pf2_5;
  always @(posedge clk) pb2_7 <= pb1_7;
  always @(posedge clk) pb3_0 <= pb2_0;
  always @(posedge clk) pa3_0 <= sk_a3_2;
  always @(posedge clk) if (rst) pv3_0 <= 1'b0; else pv3_0 <= sk_v3_2;
  always @(posedge clk) if (rst) pf3_0 <= 1'b0; else pf3_0 <= sk_f3_2;
  always @(posedge clk) pb3_1 <= pb2_1;
  always @(posedge clk) pa3_1 <= pa3_0;
  always @(posedge clk) if (rst) pv3_1 <= 1'b0; else pv3_1 <= pv3_0;
  always @(posedge clk) if (rst) pf3_1 <= 1'b0; else pf3_1 <= pf3_0;
  always @(posedge clk) pb3_2 <= pb2_2;
  always @(posedge clk) pa3_2 <= pa3_1;
  always @(posedge clk) if (rst) pv3_2 <= 1'b0; else pv3_2 <= pv3_1;
  always @(posedge clk) if (rst) pf3_2 <= 1'b0; else pf3_2 <= pf3_1;
  always @(posedge clk) pb3_3 <= pb2_3;
  always @(posedge clk) pa3_3 <= pa3_2;
  always @(posedge clk) if (rst) pv3_3 <= 1'b0; else pv3_3 <= pv3_2;
  always @(posedge clk) if (rst) pf3_3 <= 1'b0; else pf3_3 <= pf3_2;
  always @(posedge clk) pb3_4 <= pb2_4;
  always @(posedge clk) pa3_4 <= pa3_3;
  always @(posedge clk) if (rst) pv3_4 <= 1'b0; else pv3_4 <= pv3_3;
  always @(posedge clk) if (rst) pf3_4 <= 1'b0; else pf3_4 <= pf3_3;
  always @(posedge clk) pb3_5 <= pb2_5;
  always @(posedge clk) pa3_5 <= pa3_4;
  always @(posedge clk) if (rst) pv3_5 <= 1'b0; else pv3_5 <= pv3_4;
  always @(posedge clk) if (rst) pf3_5 <= 1'b0; else pf3_5 <= pf3_4;
  always @(posedge clk) pb3_6 <= pb2_6;
  always @(posedge clk) pa3_6 <= pa3_5;
  always @(posedge clk) if (rst) pv3_6 <= 1'b0; else pv3_6 <= pv3_5;
  always @(posedge clk) if (rst) pf3_6 <= 1'b0; else pf3_6 <= pf3_5;
  always @(posedge clk) pb3_7 <= pb2_7;
  always @(posedge clk) pb4_0 <= pb3_0;
  always @(posedge clk) pa4_0 <= sk_a4_3;
  always @(posedge clk) if (rst) pv4_0 <= 1'b0; else pv4_0 <= sk_v4_3;
  always @(posedge clk) if (rst) pf4_0 <= 1'b0; else pf4_0 <= sk_f4_3;
  always @(posedge clk) pb4_1 <= pb3_1;
  always @(posedge clk) pa4_1 <= pa4_0;
  always @(posedge clk) if (rst) pv4_1 <= 1'b0; else pv4_1 <= pv4_0;
  always @(posedge clk) if (rst) pf4_1 <= 1'b0; else pf4_1 <= pf4_0;
  always @(posedge clk) pb4_2 <= pb3_2;
  always @(posedge clk) pa4_2 <= pa4_1;
  always @(posedge clk) if (rst) pv4_2 <= 1'b0; else pv4_2 <= pv4_1;
  always @(posedge clk) if (rst) pf4_2 <= 1'b0; else pf4_2 <= pf4_1;
  always @(posedge clk) pb4_3 <= pb3_3;
  always @(posedge clk) pa4_3 <= pa4_2;
  always @(posedge clk) if (rst) pv4_3 <= 1'b0; else pv4_3 <= pv4_2;
  always @(posedge clk) if (rst) pf4_3 <= 1'b0; else pf4_3 <= pf4_2;
  always @(posedge clk) pb4_4 <= pb3_4;
  always @(posedge clk) pa4_4 <= pa4_3;
  always @(posedge clk) if (rst) pv4_4 <= 1'b0; else pv4_4 <= pv4_3;
  always @(posedge clk) if (rst) pf4_4 <= 1'b0; else pf4_4 <= pf4_3;
  always @(posedge clk) pb4_5 <= pb3_5;
  always @(posedge clk) pa4_5 <= pa4_4;
  always @(posedge clk) if (rst) pv4_5 <= 1'b0; else pv4_5 <= pv4_4;
  always @(posedge clk) if (rst) pf4_5 <= 1'b0; else pf4_5 <= pf4_4;
  always @(posedge clk) pb4_6 <= pb3_6;
  always @(posedge clk) pa4_6 <= pa4_5;
  always @(posedge clk) if (rst) pv4_6 <= 1'b0; else pv4_6 <= pv4_5;
  always @(posedge clk) if (rst) pf4_6 <= 1'b0; else pf4_6 <= pf4_5;
  always @(posedge clk) pb4_7 <= pb3_7;
  always @(posedge clk) pb5_0 <= pb4_0;
  always @(posedge clk) pa5_0 <= sk_a5_4;
  always @(posedge clk) if (rst) pv5_0 <= 1'b0; else pv5_0 <= sk_v5_4;
  always @(posedge clk) if (rst) pf5_0 <= 1'b0; else pf5_0 <= sk_f5_4;
  always @(posedge clk) pb5_1 <= pb4_1;
  always @(posedge clk) pa5_1 <= pa5_0;
  always @(posedge clk) if (rst) pv5_1 <= 1'b0; else pv5_1 <= pv5_0;
  always @(posedge clk) if (rst) pf5_1 <= 1'b0; else pf5_1 <= pf5_0;
  always @(posedge clk) pb5_2 <= pb4_2;
  always @(posedge clk) pa5_2 <= pa5_1;
  always @(posedge clk) if (rst) pv5_2 <= 1'b0; else pv5_2 <= pv5_1;
  always @(posedge clk) if (rst) pf5_2 <= 1'b0; else pf5_2 <= pf5_1;
  always @(posedge clk) pb5_3 <= pb4_3;
  always @(posedge clk) pa5_3 <= pa5_2;
  always @(posedge clk) if (rst) pv5_3 <= 1'b0; else pv5_3 <= pv5_2;
  always @(posedge clk) if (rst) pf5_3 <= 1'b0; else pf5_3 <= pf5_2;
  always @(posedge clk) pb5_4 <= pb4_4;
  always @(posedge clk) pa5_4 <= pa5_3;
  always @(posedge clk) if (rst) pv5_4 <= 1'b0; else pv5_4 <= pv5_3;
  always @(posedge clk) if (rst) pf5_4 <= 1'b0; else pf5_4 <= pf5_3;
  always @(posedge clk) pb5_5 <= pb4_5;
  always @(posedge clk) pa5_5 <= pa5_4;
  always @(posedge clk) if (rst) pv5_5 <= 1'b0; else pv5_5 <= pv5_4;
  always @(posedge clk) if (rst) pf5_5 <= 1'b0; else pf5_5 <= pf5_4;
  always @(posedge clk) pb5_6 <= pb4_6;
  always @(posedge clk) pa5_6 <= pa5_5;
  always @(posedge clk) if (rst) pv5_6 <= 1'b0; else pv5_6 <= pv5_5;
  always @(posedge clk) if (rst) pf5_6 <= 1'b0; else pf5_6 <= pf5_5;
  always @(posedge clk) pb5_7 <= pb4_7;
  always @(posedge clk) pb6_0 <= pb5_0;
  always @(posedge clk) pa6_0 <= sk_a6_5;
  always @(posedge clk) if (rst) pv6_0 <= 1'b0; else pv6_0 <= sk_v6_5;
  always @(posedge clk) if (rst) pf6_0 <= 1'b0; else pf6_0 <= sk_f6_5;
  always @(posedge clk) pb6_1 <= pb5_1;
  always @(posedge clk) pa6_1 <= pa6_0;
  always @(posedge clk) if (rst) pv6_1 <= 1'b0; else pv6_1 <= pv6_0;
  always @(posedge clk) if (rst) pf6_1 <= 1'b0; else pf6_1 <= pf6_0;
  always @(posedge clk) pb6_2 <= pb5_2;
  always @(posedge clk) pa6_2 <= pa6_1;
  always @(posedge clk) if (rst) pv6_2 <= 1'b0; else pv6_2 <= pv6_1;
  always @(posedge clk) if (rst) pf6_2 <= 1'b0; else pf6_2 <= pf6_1;
  always @(posedge clk) pb6_3 <= pb5_3;
  always @(posedge clk) pa6_3 <= pa6_2;
  always @(posedge clk) if (rst) pv6_3 <= 1'b0; else pv6_3 <= pv6_2;
  always @(posedge clk) if (rst) pf6_3 <= 1'b0; else pf6_3 <= pf6_2;
  always @(posedge clk) pb6_4 <= pb5_4;
  always @(posedge clk) pa6_4 <= pa6_3;
  always @(posedge clk) if (rst) pv6_4 <= 1'b0; else pv6_4 <= pv6_3;
  always @(posedge clk) if (rst) pf6_4 <= 1'b0; else pf6_4 <= pf6_3;
  always @(posedge clk) pb6_5 <= pb5_5;
  always @(posedge clk) pa6_5 <= pa6_4;
  always @(posedge clk) if (rst) pv6_5 <= 1'b0; else pv6_5 <= pv6_4;
  always @(posedge clk) if (rst) pf6_5 <= 1'b0; else pf6_5 <= pf6_4;
  always @(posedge clk) pb6_6 <= pb5_6;
  always @(posedge clk) pa6_6 <= pa6_5;
  always @(posedge clk) if (rst) pv6_6 <= 1'b0; else pv6_6 <= pv6_5;
  always @(posedge clk) if (rst) pf6_6 <= 1'b0; else pf6_6 <= pf6_5;
  always @(posedge clk) pb6_7 <= pb5_7;
  always @(posedge clk) pa7_0 <= sk_a7_6;
  always @(posedge clk) if (rst) pv7_0 <= 1'b0; else pv7_0 <= sk_v7_6;
  always @(posedge clk) if (rst) pf7_0 <= 1'b0; else pf7_0 <= sk_f7_6;
  always @(posedge clk) pa7_1 <= pa7_0;
  always @(posedge clk) if (rst) pv7_1 <= 1'b0; else pv7_1 <= pv7_0;
  always @(posedge clk) if (rst) pf7_1 <= 1'b0; else pf7_1 <= pf7_0;
  always @(posedge clk) pa7_2 <= pa7_1;
  always @(posedge clk) if (rst) pv7_2 <= 1'b0; else pv7_2 <= pv7_1;
  always @(posedge clk) if (rst) pf7_2 <= 1'b0; else pf7_2 <= pf7_1;
  always @(posedge clk) pa7_3 <= pa7_2;
  always @(posedge clk) if (rst) pv7_3 <= 1'b0; else pv7_3 <= pv7_2;
  always @(posedge clk) if (rst) pf7_3 <= 1'b0; else pf7_3 <= pf7_2;
  always @(posedge clk) pa7_4 <= pa7_3;
  always @(posedge clk) if (rst) pv7_4 <= 1'b0; else pv7_4 <= pv7_3;
  always @(posedge clk) if (rst) pf7_4 <= 1'b0; else pf7_4 <= pf7_3;
  always @(posedge clk) pa7_5 <= pa7_4;
  always @(posedge clk) if (rst) pv7_5 <= 1'b0; else pv7_5 <= pv7_4;
  always @(posedge clk) if (rst) pf7_5 <= 1'b0; else pf7_5 <= pf7_4;
  always @(posedge clk) pa7_6 <= pa7_5;
  always @(posedge clk) if (rst) pv7_6 <= 1'b0; else pv7_6 <= pv7_5;
  always @(posedge clk) if (rst) pf7_6 <= 1'b0; else pf7_6 <= pf7_5;
  always @(posedge clk) if (rst) dl_f_last_q0 <= 1'b0; else dl_f_last_q0 <= f_last;
  always @(posedge clk) if (rst) dl_dl_f_last_q1 <= 1'b0; else dl_dl_f_last_q1 <= dl_f_last_q0;
  always @(posedge clk) if (rst) dl_dl_dl_f_last_q2 <= 1'b0; else dl_dl_dl_f_last_q2 <= dl_dl_f_last_q1;
  always @(posedge clk) if (rst) dl_dl_dl_dl_f_last_q3 <= 1'b0; else dl_dl_dl_dl_f_last_q3 <= dl_dl_dl_f_last_q2;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_f_last_q4 <= 1'b0; else dl_dl_dl_dl_dl_f_last_q4 <= dl_dl_dl_dl_f_last_q3;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_f_last_q5 <= 1'b0; else dl_dl_dl_dl_dl_dl_f_last_q5 <= dl_dl_dl_dl_dl_f_last_q4;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_dl_f_last_q6 <= 1'b0; else dl_dl_dl_dl_dl_dl_dl_f_last_q6 <= dl_dl_dl_dl_dl_dl_f_last_q5;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_dl_dl_f_last_q7 <= 1'b0; else dl_dl_dl_dl_dl_dl_dl_dl_f_last_q7 <= dl_dl_dl_dl_dl_dl_dl_f_last_q6;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q8 <= 1'b0; else dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q8 <= dl_dl_dl_dl_dl_dl_dl_dl_f_last_q7;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q9 <= 1'b0; else dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q9 <= dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q8;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q10 <= 1'b0; else dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q10 <= dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q9;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q11 <= 1'b0; else dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q11 <= dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q10;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q12 <= 1'b0; else dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q12 <= dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q11;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q13 <= 1'b0; else dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q13 <= dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q12;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q14 <= 1'b0; else dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q14 <= dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_dl_f_last_q13;
endmodule
