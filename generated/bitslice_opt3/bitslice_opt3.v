// bitslice_opt3: zero-skip bit-slice 8 (n) x 8 (m) array top, groups of 4
// Source design: bitslice_opt3 (examples/bitslice_opt3.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Zero-skip bit-slice array, 8 (n) x 8 (m); groups of 4 k-elements, 1 lane(s) per PE;
// sparse encoders in every PE.
// Protocol: pulse start with cfg_k = groups (steps) of the tile; the array requests group a_idx
// and holds the request until every sparse encoder has finished it; out_vld marks the results.
module bitslice_opt3 (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_k,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [255:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [255:0] b_in,
  output wire [63:0] out_vld,
  output wire [2047:0] out_data
);
  // Controller: group counter; gstart marks a group's first cycle. The first / last group flags
  // are registered a group ahead (krem counts the groups left): no compare with cfg_k per cycle.
  wire f_vld;
  wire f_first;
  wire f_last;
  wire [31:0] o0_0;
  wire dn0_0;
  wire [31:0] o0_1;
  wire dn0_1;
  wire [31:0] o0_2;
  wire dn0_2;
  wire [31:0] o0_3;
  wire dn0_3;
  wire [31:0] o0_4;
  wire dn0_4;
  wire [31:0] o0_5;
  wire dn0_5;
  wire [31:0] o0_6;
  wire dn0_6;
  wire [31:0] o0_7;
  wire dn0_7;
  wire [31:0] o1_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn1_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_1;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn1_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_2;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn1_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_3;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn1_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_4;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn1_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_5;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn1_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_6;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn1_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o1_7;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn1_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn2_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_1;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn2_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_2;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn2_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_3;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn2_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_4;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn2_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_5;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn2_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_6;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn2_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_7;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn2_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn3_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_1;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn3_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_2;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn3_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_3;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn3_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_4;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn3_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_5;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn3_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_6;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn3_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_7;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn3_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn4_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_1;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn4_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_2;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn4_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_3;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn4_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_4;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn4_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_5;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn4_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_6;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn4_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_7;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn4_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn5_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_1;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn5_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_2;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn5_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_3;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn5_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_4;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn5_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_5;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn5_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_6;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn5_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_7;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn5_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn6_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_1;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn6_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_2;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn6_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_3;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn6_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_4;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn6_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_5;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn6_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_6;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn6_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_7;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn6_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn7_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_1;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn7_1;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_2;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn7_2;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_3;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn7_3;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_4;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn7_4;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_5;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn7_5;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_6;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn7_6;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_7;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn7_7;
  /* verilator lint_on UNUSEDSIGNAL */
  wire all_done;
  reg run;
  reg [31:0] kcnt;
  reg [31:0] krem;
  reg k_first;
  reg k_last;
  reg gstart;
  reg dl_f_last_q0;
  reg dl_dl_f_last_q1;
  assign f_vld = run;
  assign f_first = run & k_first & gstart;
  assign f_last = run & all_done & k_last;
  assign a_rd = run;
  assign a_idx = kcnt;
  assign b_rd = run;
  assign b_idx = kcnt;
  assign all_done = dn0_0 & dn0_1 & dn0_2 & dn0_3 & dn0_4 & dn0_5 & dn0_6 & dn0_7;
  assign out_vld = {64{dl_dl_f_last_q1}};
  assign out_data = {o7_7, o7_6, o7_5, o7_4, o7_3, o7_2, o7_1, o7_0, o6_7, o6_6, o6_5, o6_4, o6_3, o6_2, o6_1, o6_0, o5_7, o5_6, o5_5, o5_4, o5_3, o5_2, o5_1, o5_0, o4_7, o4_6, o4_5, o4_4, o4_3, o4_2, o4_1, o4_0, o3_7, o3_6, o3_5, o3_4, o3_3, o3_2, o3_1, o3_0, o2_7, o2_6, o2_5, o2_4, o2_3, o2_2, o2_1, o2_0, o1_7, o1_6, o1_5, o1_4, o1_3, o1_2, o1_1, o1_0, o0_7, o0_6, o0_5, o0_4, o0_3, o0_2, o0_1, o0_0};
  bitslice_opt3_pe pe0_0 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[31:0]),
    .run(run),
    .gstart(gstart),
    .a(a_in[31:0]),
    .done_now(dn0_0),
    .res_out(o0_0)
  );
  bitslice_opt3_pe pe0_1 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[31:0]),
    .run(run),
    .gstart(gstart),
    .a(a_in[63:32]),
    .done_now(dn0_1),
    .res_out(o0_1)
  );
  bitslice_opt3_pe pe0_2 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[31:0]),
    .run(run),
    .gstart(gstart),
    .a(a_in[95:64]),
    .done_now(dn0_2),
    .res_out(o0_2)
  );
  bitslice_opt3_pe pe0_3 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[31:0]),
    .run(run),
    .gstart(gstart),
    .a(a_in[127:96]),
    .done_now(dn0_3),
    .res_out(o0_3)
  );
  bitslice_opt3_pe pe0_4 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[31:0]),
    .run(run),
    .gstart(gstart),
    .a(a_in[159:128]),
    .done_now(dn0_4),
    .res_out(o0_4)
  );
  bitslice_opt3_pe pe0_5 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[31:0]),
    .run(run),
    .gstart(gstart),
    .a(a_in[191:160]),
    .done_now(dn0_5),
    .res_out(o0_5)
  );
  bitslice_opt3_pe pe0_6 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[31:0]),
    .run(run),
    .gstart(gstart),
    .a(a_in[223:192]),
    .done_now(dn0_6),
    .res_out(o0_6)
  );
  bitslice_opt3_pe pe0_7 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[31:0]),
    .run(run),
    .gstart(gstart),
    .a(a_in[255:224]),
    .done_now(dn0_7),
    .res_out(o0_7)
  );
  bitslice_opt3_pe pe1_0 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[63:32]),
    .run(run),
    .gstart(gstart),
    .a(a_in[31:0]),
    .done_now(dn1_0),
    .res_out(o1_0)
  );
  bitslice_opt3_pe pe1_1 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[63:32]),
    .run(run),
    .gstart(gstart),
    .a(a_in[63:32]),
    .done_now(dn1_1),
    .res_out(o1_1)
  );
  bitslice_opt3_pe pe1_2 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[63:32]),
    .run(run),
    .gstart(gstart),
    .a(a_in[95:64]),
    .done_now(dn1_2),
    .res_out(o1_2)
  );
  bitslice_opt3_pe pe1_3 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[63:32]),
    .run(run),
    .gstart(gstart),
    .a(a_in[127:96]),
    .done_now(dn1_3),
    .res_out(o1_3)
  );
  bitslice_opt3_pe pe1_4 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[63:32]),
    .run(run),
    .gstart(gstart),
    .a(a_in[159:128]),
    .done_now(dn1_4),
    .res_out(o1_4)
  );
  bitslice_opt3_pe pe1_5 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[63:32]),
    .run(run),
    .gstart(gstart),
    .a(a_in[191:160]),
    .done_now(dn1_5),
    .res_out(o1_5)
  );
  bitslice_opt3_pe pe1_6 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[63:32]),
    .run(run),
    .gstart(gstart),
    .a(a_in[223:192]),
    .done_now(dn1_6),
    .res_out(o1_6)
  );
  bitslice_opt3_pe pe1_7 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[63:32]),
    .run(run),
    .gstart(gstart),
    .a(a_in[255:224]),
    .done_now(dn1_7),
    .res_out(o1_7)
  );
  bitslice_opt3_pe pe2_0 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[95:64]),
    .run(run),
    .gstart(gstart),
    .a(a_in[31:0]),
    .done_now(dn2_0),
    .res_out(o2_0)
  );
  bitslice_opt3_pe pe2_1 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[95:64]),
    .run(run),
    .gstart(gstart),
    .a(a_in[63:32]),
    .done_now(dn2_1),
    .res_out(o2_1)
  );
  bitslice_opt3_pe pe2_2 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[95:64]),
    .run(run),
    .gstart(gstart),
    .a(a_in[95:64]),
    .done_now(dn2_2),
    .res_out(o2_2)
  );
  bitslice_opt3_pe pe2_3 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[95:64]),
    .run(run),
    .gstart(gstart),
    .a(a_in[127:96]),
    .done_now(dn2_3),
    .res_out(o2_3)
  );
  bitslice_opt3_pe pe2_4 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[95:64]),
    .run(run),
    .gstart(gstart),
    .a(a_in[159:128]),
    .done_now(dn2_4),
    .res_out(o2_4)
  );
  bitslice_opt3_pe pe2_5 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[95:64]),
    .run(run),
    .gstart(gstart),
    .a(a_in[191:160]),
    .done_now(dn2_5),
    .res_out(o2_5)
  );
  bitslice_opt3_pe pe2_6 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[95:64]),
    .run(run),
    .gstart(gstart),
    .a(a_in[223:192]),
    .done_now(dn2_6),
    .res_out(o2_6)
  );
  bitslice_opt3_pe pe2_7 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[95:64]),
    .run(run),
    .gstart(gstart),
    .a(a_in[255:224]),
    .done_now(dn2_7),
    .res_out(o2_7)
  );
  bitslice_opt3_pe pe3_0 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[127:96]),
    .run(run),
    .gstart(gstart),
    .a(a_in[31:0]),
    .done_now(dn3_0),
    .res_out(o3_0)
  );
  bitslice_opt3_pe pe3_1 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[127:96]),
    .run(run),
    .gstart(gstart),
    .a(a_in[63:32]),
    .done_now(dn3_1),
    .res_out(o3_1)
  );
  bitslice_opt3_pe pe3_2 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[127:96]),
    .run(run),
    .gstart(gstart),
    .a(a_in[95:64]),
    .done_now(dn3_2),
    .res_out(o3_2)
  );
  bitslice_opt3_pe pe3_3 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[127:96]),
    .run(run),
    .gstart(gstart),
    .a(a_in[127:96]),
    .done_now(dn3_3),
    .res_out(o3_3)
  );
  bitslice_opt3_pe pe3_4 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[127:96]),
    .run(run),
    .gstart(gstart),
    .a(a_in[159:128]),
    .done_now(dn3_4),
    .res_out(o3_4)
  );
  bitslice_opt3_pe pe3_5 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[127:96]),
    .run(run),
    .gstart(gstart),
    .a(a_in[191:160]),
    .done_now(dn3_5),
    .res_out(o3_5)
  );
  bitslice_opt3_pe pe3_6 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[127:96]),
    .run(run),
    .gstart(gstart),
    .a(a_in[223:192]),
    .done_now(dn3_6),
    .res_out(o3_6)
  );
  bitslice_opt3_pe pe3_7 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[127:96]),
    .run(run),
    .gstart(gstart),
    .a(a_in[255:224]),
    .done_now(dn3_7),
    .res_out(o3_7)
  );
  bitslice_opt3_pe pe4_0 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[159:128]),
    .run(run),
    .gstart(gstart),
    .a(a_in[31:0]),
    .done_now(dn4_0),
    .res_out(o4_0)
  );
  bitslice_opt3_pe pe4_1 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[159:128]),
    .run(run),
    .gstart(gstart),
    .a(a_in[63:32]),
    .done_now(dn4_1),
    .res_out(o4_1)
  );
  bitslice_opt3_pe pe4_2 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[159:128]),
    .run(run),
    .gstart(gstart),
    .a(a_in[95:64]),
    .done_now(dn4_2),
    .res_out(o4_2)
  );
  bitslice_opt3_pe pe4_3 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[159:128]),
    .run(run),
    .gstart(gstart),
    .a(a_in[127:96]),
    .done_now(dn4_3),
    .res_out(o4_3)
  );
  bitslice_opt3_pe pe4_4 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[159:128]),
    .run(run),
    .gstart(gstart),
    .a(a_in[159:128]),
    .done_now(dn4_4),
    .res_out(o4_4)
  );
  bitslice_opt3_pe pe4_5 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[159:128]),
    .run(run),
    .gstart(gstart),
    .a(a_in[191:160]),
    .done_now(dn4_5),
    .res_out(o4_5)
  );
  bitslice_opt3_pe pe4_6 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[159:128]),
    .run(run),
    .gstart(gstart),
    .a(a_in[223:192]),
    .done_now(dn4_6),
    .res_out(o4_6)
  );
  bitslice_opt3_pe pe4_7 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[159:128]),
    .run(run),
    .gstart(gstart),
    .a(a_in[255:224]),
    .done_now(dn4_7),
    .res_out(o4_7)
  );
  bitslice_opt3_pe pe5_0 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[191:160]),
    .run(run),
    .gstart(gstart),
    .a(a_in[31:0]),
    .done_now(dn5_0),
    .res_out(o5_0)
  );
  bitslice_opt3_pe pe5_1 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[191:160]),
    .run(run),
    .gstart(gstart),
    .a(a_in[63:32]),
    .done_now(dn5_1),
    .res_out(o5_1)
  );
  bitslice_opt3_pe pe5_2 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[191:160]),
    .run(run),
    .gstart(gstart),
    .a(a_in[95:64]),
    .done_now(dn5_2),
    .res_out(o5_2)
  );
  bitslice_opt3_pe pe5_3 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[191:160]),
    .run(run),
    .gstart(gstart),
    .a(a_in[127:96]),
    .done_now(dn5_3),
    .res_out(o5_3)
  );
  bitslice_opt3_pe pe5_4 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[191:160]),
    .run(run),
    .gstart(gstart),
    .a(a_in[159:128]),
    .done_now(dn5_4),
    .res_out(o5_4)
  );
  bitslice_opt3_pe pe5_5 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[191:160]),
    .run(run),
    .gstart(gstart),
    .a(a_in[191:160]),
    .done_now(dn5_5),
    .res_out(o5_5)
  );
  bitslice_opt3_pe pe5_6 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[191:160]),
    .run(run),
    .gstart(gstart),
    .a(a_in[223:192]),
    .done_now(dn5_6),
    .res_out(o5_6)
  );
  bitslice_opt3_pe pe5_7 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[191:160]),
    .run(run),
    .gstart(gstart),
    .a(a_in[255:224]),
    .done_now(dn5_7),
    .res_out(o5_7)
  );
  bitslice_opt3_pe pe6_0 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[223:192]),
    .run(run),
    .gstart(gstart),
    .a(a_in[31:0]),
    .done_now(dn6_0),
    .res_out(o6_0)
  );
  bitslice_opt3_pe pe6_1 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[223:192]),
    .run(run),
    .gstart(gstart),
    .a(a_in[63:32]),
    .done_now(dn6_1),
    .res_out(o6_1)
  );
  bitslice_opt3_pe pe6_2 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[223:192]),
    .run(run),
    .gstart(gstart),
    .a(a_in[95:64]),
    .done_now(dn6_2),
    .res_out(o6_2)
  );
  bitslice_opt3_pe pe6_3 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[223:192]),
    .run(run),
    .gstart(gstart),
    .a(a_in[127:96]),
    .done_now(dn6_3),
    .res_out(o6_3)
  );
  bitslice_opt3_pe pe6_4 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[223:192]),
    .run(run),
    .gstart(gstart),
    .a(a_in[159:128]),
    .done_now(dn6_4),
    .res_out(o6_4)
  );
  bitslice_opt3_pe pe6_5 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[223:192]),
    .run(run),
    .gstart(gstart),
    .a(a_in[191:160]),
    .done_now(dn6_5),
    .res_out(o6_5)
  );
  bitslice_opt3_pe pe6_6 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[223:192]),
    .run(run),
    .gstart(gstart),
    .a(a_in[223:192]),
    .done_now(dn6_6),
    .res_out(o6_6)
  );
  bitslice_opt3_pe pe6_7 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[223:192]),
    .run(run),
    .gstart(gstart),
    .a(a_in[255:224]),
    .done_now(dn6_7),
    .res_out(o6_7)
  );
  bitslice_opt3_pe pe7_0 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[255:224]),
    .run(run),
    .gstart(gstart),
    .a(a_in[31:0]),
    .done_now(dn7_0),
    .res_out(o7_0)
  );
  bitslice_opt3_pe pe7_1 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[255:224]),
    .run(run),
    .gstart(gstart),
    .a(a_in[63:32]),
    .done_now(dn7_1),
    .res_out(o7_1)
  );
  bitslice_opt3_pe pe7_2 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[255:224]),
    .run(run),
    .gstart(gstart),
    .a(a_in[95:64]),
    .done_now(dn7_2),
    .res_out(o7_2)
  );
  bitslice_opt3_pe pe7_3 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[255:224]),
    .run(run),
    .gstart(gstart),
    .a(a_in[127:96]),
    .done_now(dn7_3),
    .res_out(o7_3)
  );
  bitslice_opt3_pe pe7_4 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[255:224]),
    .run(run),
    .gstart(gstart),
    .a(a_in[159:128]),
    .done_now(dn7_4),
    .res_out(o7_4)
  );
  bitslice_opt3_pe pe7_5 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[255:224]),
    .run(run),
    .gstart(gstart),
    .a(a_in[191:160]),
    .done_now(dn7_5),
    .res_out(o7_5)
  );
  bitslice_opt3_pe pe7_6 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[255:224]),
    .run(run),
    .gstart(gstart),
    .a(a_in[223:192]),
    .done_now(dn7_6),
    .res_out(o7_6)
  );
  bitslice_opt3_pe pe7_7 (
    .clk(clk),
    .rst(rst),
    .vld(f_vld),
    .first(f_first),
    .b(b_in[255:224]),
    .run(run),
    .gstart(gstart),
    .a(a_in[255:224]),
    .done_now(dn7_7),
    .res_out(o7_7)
  );
  always @(posedge clk) if (rst) run <= 1'b0; else run <= start | (run & ~f_last);
  always @(posedge clk) if (rst) kcnt <= 32'd0; else if (start | (run & all_done)) kcnt <= start ? 32'd0 : kcnt + 32'd1;
  always @(posedge clk) if (rst) krem <= 32'd0; else if (start | (run & all_done)) krem <= start ? cfg_k : krem - 32'd1;
  always @(posedge clk) if (rst) k_first <= 1'b0; else if (start | (run & all_done)) k_first <= start;
  always @(posedge clk) if (rst) k_last <= 1'b0; else if (start | (run & all_done)) k_last <= start ? cfg_k == 32'd1 : krem == 32'd2;
  always @(posedge clk) if (rst) gstart <= 1'b0; else if (start | run) gstart <= start | all_done;
  always @(posedge clk) if (rst) dl_f_last_q0 <= 1'b0; else dl_f_last_q0 <= f_last;
  always @(posedge clk) if (rst) dl_dl_f_last_q1 <= 1'b0; else dl_dl_f_last_q1 <= dl_f_last_q0;
endmodule
