// bitslice_c16_opt3: zero-skip bit-slice 16 (n) x 1 (m) array top, groups of 4
// Source design: bitslice_c16_opt3 (examples/bitslice_c16_opt3.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Zero-skip bit-slice array, 16 (n) x 1 (m); groups of 4 k-elements, 1 lane(s) per PE;
// sparse encoders in every PE.
// Protocol: pulse start with cfg_k = groups (steps) of the tile; the array requests group a_idx
// and holds the request until every sparse encoder has finished it; out_vld marks the results.
module bitslice_c16_opt3 (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_k,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [31:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [511:0] b_in,
  output wire [15:0] out_vld,
  output wire [511:0] out_data
);
  // Controller: group counter; gstart marks a group's first cycle. The first / last group flags
  // are registered a group ahead (krem counts the groups left): no compare with cfg_k per cycle.
  wire f_first;
  wire f_last;
  wire dload;
  wire [31:0] o0_0;
  wire dn0_0;
  wire [31:0] o1_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn1_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o2_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn2_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o3_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn3_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o4_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn4_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o5_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn5_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o6_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn6_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o7_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn7_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o8_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn8_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o9_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn9_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o10_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn10_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o11_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn11_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o12_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn12_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o13_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn13_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o14_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn14_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o15_0;
  /* verilator lint_off UNUSEDSIGNAL */ // the PEs of a column encode alike; the first row reports for it
  wire dn15_0;
  /* verilator lint_on UNUSEDSIGNAL */
  wire all_done;
  reg pre;
  reg run;
  reg [31:0] kcnt;
  reg [31:0] krem;
  reg k_first;
  reg k_last;
  reg gstart;
  reg dl_f_last_q0;
  reg dl_dl_f_last_q1;
  reg dl_dl_dl_f_last_q2;
  assign f_first = run & k_first & gstart;
  assign f_last = run & all_done & k_last;
  assign dload = pre | (run & all_done);
  assign a_rd = pre | (run & ~k_last);
  assign a_idx = pre ? 32'd0 : kcnt + 32'd1;
  assign b_rd = run;
  assign b_idx = kcnt;
  assign all_done = dn0_0;
  assign out_vld = {16{dl_dl_dl_f_last_q2}};
  assign out_data = {o15_0, o14_0, o13_0, o12_0, o11_0, o10_0, o9_0, o8_0, o7_0, o6_0, o5_0, o4_0, o3_0, o2_0, o1_0, o0_0};
  bitslice_c16_opt3_pe pe0_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[31:0]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn0_0),
    .res_out(o0_0)
  );
  bitslice_c16_opt3_pe pe1_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[63:32]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn1_0),
    .res_out(o1_0)
  );
  bitslice_c16_opt3_pe pe2_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[95:64]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn2_0),
    .res_out(o2_0)
  );
  bitslice_c16_opt3_pe pe3_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[127:96]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn3_0),
    .res_out(o3_0)
  );
  bitslice_c16_opt3_pe pe4_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[159:128]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn4_0),
    .res_out(o4_0)
  );
  bitslice_c16_opt3_pe pe5_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[191:160]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn5_0),
    .res_out(o5_0)
  );
  bitslice_c16_opt3_pe pe6_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[223:192]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn6_0),
    .res_out(o6_0)
  );
  bitslice_c16_opt3_pe pe7_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[255:224]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn7_0),
    .res_out(o7_0)
  );
  bitslice_c16_opt3_pe pe8_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[287:256]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn8_0),
    .res_out(o8_0)
  );
  bitslice_c16_opt3_pe pe9_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[319:288]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn9_0),
    .res_out(o9_0)
  );
  bitslice_c16_opt3_pe pe10_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[351:320]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn10_0),
    .res_out(o10_0)
  );
  bitslice_c16_opt3_pe pe11_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[383:352]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn11_0),
    .res_out(o11_0)
  );
  bitslice_c16_opt3_pe pe12_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[415:384]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn12_0),
    .res_out(o12_0)
  );
  bitslice_c16_opt3_pe pe13_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[447:416]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn13_0),
    .res_out(o13_0)
  );
  bitslice_c16_opt3_pe pe14_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[479:448]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn14_0),
    .res_out(o14_0)
  );
  bitslice_c16_opt3_pe pe15_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[511:480]),
    .run(run),
    .gstart(gstart),
    .dload(dload),
    .a(a_in),
    .done_now(dn15_0),
    .res_out(o15_0)
  );
  always @(posedge clk) if (rst) pre <= 1'b0; else pre <= start;
  always @(posedge clk) if (rst) run <= 1'b0; else run <= ~start & (pre | (run & ~f_last));
  always @(posedge clk) if (rst) kcnt <= 32'd0; else if (start | (run & all_done)) kcnt <= start ? 32'd0 : kcnt + 32'd1;
  always @(posedge clk) if (rst) krem <= 32'd0; else if (start | (run & all_done)) krem <= start ? cfg_k : krem - 32'd1;
  always @(posedge clk) if (rst) k_first <= 1'b0; else if (start | (run & all_done)) k_first <= start;
  always @(posedge clk) if (rst) k_last <= 1'b0; else if (start | (run & all_done)) k_last <= start ? cfg_k == 32'd1 : krem == 32'd2;
  always @(posedge clk) if (rst) gstart <= 1'b0; else if (start | pre | run) gstart <= ~start & (pre | all_done);
  always @(posedge clk) if (rst) dl_f_last_q0 <= 1'b0; else dl_f_last_q0 <= f_last;
  always @(posedge clk) if (rst) dl_dl_f_last_q1 <= 1'b0; else dl_dl_f_last_q1 <= dl_f_last_q0;
  always @(posedge clk) if (rst) dl_dl_dl_f_last_q2 <= 1'b0; else dl_dl_dl_f_last_q2 <= dl_dl_f_last_q1;
endmodule
