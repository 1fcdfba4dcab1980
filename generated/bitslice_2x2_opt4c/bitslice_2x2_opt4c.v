// bitslice_2x2_opt4c: zero-skip bit-slice 2 (n) x 2 (m) array top, groups of 4
// Source design: bitslice_2x2_opt4c (examples/bitslice_2x2_opt4c.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Zero-skip bit-slice array, 2 (n) x 2 (m); groups of 4 k-elements, 1 lane(s) per PE;
// sparse encoders at the column edge.
// Protocol: pulse start with cfg_k = groups (steps) of the tile; the array requests group a_idx
// and holds the request until every sparse encoder has finished it; out_vld marks the results.
module bitslice_2x2_opt4c (
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
  output wire [3:0] out_vld,
  output wire [127:0] out_data
);
  // Controller: group counter; gstart marks a group's first cycle. The first / last group flags
  // are registered a group ahead (krem counts the groups left): no compare with cfg_k per cycle.
  wire f_first;
  wire f_last;
  wire dload;
  wire c0_l0_issue;
  wire [3:0] c0_l0_ksel;
  wire [2:0] c0_l0_dig;
  wire [1:0] c0_l0_pos;
  wire c0_l0_done;
  wire [11:0] c0_l0_dig0;
  wire [3:0] c0_l0_nz0;
  wire [11:0] c0_l0_dig1;
  wire [3:0] c0_l0_nz1;
  wire [11:0] c0_l0_dig2;
  wire [3:0] c0_l0_nz2;
  wire [11:0] c0_l0_dig3;
  wire [3:0] c0_l0_nz3;
  wire c1_l0_issue;
  wire [3:0] c1_l0_ksel;
  wire [2:0] c1_l0_dig;
  wire [1:0] c1_l0_pos;
  wire c1_l0_done;
  wire [11:0] c1_l0_dig0;
  wire [3:0] c1_l0_nz0;
  wire [11:0] c1_l0_dig1;
  wire [3:0] c1_l0_nz1;
  wire [11:0] c1_l0_dig2;
  wire [3:0] c1_l0_nz2;
  wire [11:0] c1_l0_dig3;
  wire [3:0] c1_l0_nz3;
  wire [31:0] o0_0;
  wire [31:0] o0_1;
  wire [31:0] o1_0;
  wire [31:0] o1_1;
  wire all_done;
  reg pre;
  reg run;
  reg [31:0] kcnt;
  reg [31:0] krem;
  reg k_first;
  reg k_last;
  reg gstart;
  reg [11:0] c0_l0_dq0;
  reg [3:0] c0_l0_nq0;
  reg [11:0] c0_l0_dq1;
  reg [3:0] c0_l0_nq1;
  reg [11:0] c0_l0_dq2;
  reg [3:0] c0_l0_nq2;
  reg [11:0] c0_l0_dq3;
  reg [3:0] c0_l0_nq3;
  reg [11:0] c1_l0_dq0;
  reg [3:0] c1_l0_nq0;
  reg [11:0] c1_l0_dq1;
  reg [3:0] c1_l0_nq1;
  reg [11:0] c1_l0_dq2;
  reg [3:0] c1_l0_nq2;
  reg [11:0] c1_l0_dq3;
  reg [3:0] c1_l0_nq3;
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
  assign all_done = c0_l0_done & c1_l0_done;
  assign out_vld = {4{dl_dl_dl_f_last_q2}};
  assign out_data = {o1_1, o1_0, o0_1, o0_0};
  bitslice_2x2_opt4c_enc_ent_s8 c0_l0_u_enc0 (
    .a(a_in[7:0]),
    .dig(c0_l0_dig0),
    .nz(c0_l0_nz0)
  );
  bitslice_2x2_opt4c_enc_ent_s8 c0_l0_u_enc1 (
    .a(a_in[15:8]),
    .dig(c0_l0_dig1),
    .nz(c0_l0_nz1)
  );
  bitslice_2x2_opt4c_enc_ent_s8 c0_l0_u_enc2 (
    .a(a_in[23:16]),
    .dig(c0_l0_dig2),
    .nz(c0_l0_nz2)
  );
  bitslice_2x2_opt4c_enc_ent_s8 c0_l0_u_enc3 (
    .a(a_in[31:24]),
    .dig(c0_l0_dig3),
    .nz(c0_l0_nz3)
  );
  bitslice_2x2_opt4c_sparse_enc u_senc0_0 (
    .clk(clk),
    .rst(rst),
    .run(run),
    .gstart(gstart),
    .dig_in({c0_l0_dq3, c0_l0_dq2, c0_l0_dq1, c0_l0_dq0}),
    .nz_in({c0_l0_nq3, c0_l0_nq2, c0_l0_nq1, c0_l0_nq0}),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .done_now(c0_l0_done)
  );
  bitslice_2x2_opt4c_enc_ent_s8 c1_l0_u_enc0 (
    .a(a_in[39:32]),
    .dig(c1_l0_dig0),
    .nz(c1_l0_nz0)
  );
  bitslice_2x2_opt4c_enc_ent_s8 c1_l0_u_enc1 (
    .a(a_in[47:40]),
    .dig(c1_l0_dig1),
    .nz(c1_l0_nz1)
  );
  bitslice_2x2_opt4c_enc_ent_s8 c1_l0_u_enc2 (
    .a(a_in[55:48]),
    .dig(c1_l0_dig2),
    .nz(c1_l0_nz2)
  );
  bitslice_2x2_opt4c_enc_ent_s8 c1_l0_u_enc3 (
    .a(a_in[63:56]),
    .dig(c1_l0_dig3),
    .nz(c1_l0_nz3)
  );
  bitslice_2x2_opt4c_sparse_enc u_senc1_0 (
    .clk(clk),
    .rst(rst),
    .run(run),
    .gstart(gstart),
    .dig_in({c1_l0_dq3, c1_l0_dq2, c1_l0_dq1, c1_l0_dq0}),
    .nz_in({c1_l0_nq3, c1_l0_nq2, c1_l0_nq1, c1_l0_nq0}),
    .issue(c1_l0_issue),
    .ksel(c1_l0_ksel),
    .dig(c1_l0_dig),
    .pos(c1_l0_pos),
    .done_now(c1_l0_done)
  );
  bitslice_2x2_opt4c_pe pe0_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[31:0]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o0_0)
  );
  bitslice_2x2_opt4c_pe pe0_1 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[31:0]),
    .issue(c1_l0_issue),
    .ksel(c1_l0_ksel),
    .dig(c1_l0_dig),
    .pos(c1_l0_pos),
    .res_out(o0_1)
  );
  bitslice_2x2_opt4c_pe pe1_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[63:32]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o1_0)
  );
  bitslice_2x2_opt4c_pe pe1_1 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[63:32]),
    .issue(c1_l0_issue),
    .ksel(c1_l0_ksel),
    .dig(c1_l0_dig),
    .pos(c1_l0_pos),
    .res_out(o1_1)
  );
  always @(posedge clk) if (rst) pre <= 1'b0; else pre <= start;
  always @(posedge clk) if (rst) run <= 1'b0; else run <= ~start & (pre | (run & ~f_last));
  always @(posedge clk) if (rst) kcnt <= 32'd0; else if (start | (run & all_done)) kcnt <= start ? 32'd0 : kcnt + 32'd1;
  always @(posedge clk) if (rst) krem <= 32'd0; else if (start | (run & all_done)) krem <= start ? cfg_k : krem - 32'd1;
  always @(posedge clk) if (rst) k_first <= 1'b0; else if (start | (run & all_done)) k_first <= start;
  always @(posedge clk) if (rst) k_last <= 1'b0; else if (start | (run & all_done)) k_last <= start ? cfg_k == 32'd1 : krem == 32'd2;
  always @(posedge clk) if (rst) gstart <= 1'b0; else if (start | pre | run) gstart <= ~start & (pre | all_done);
  always @(posedge clk) if (dload) c0_l0_dq0 <= c0_l0_dig0;
  always @(posedge clk) if (dload) c0_l0_nq0 <= c0_l0_nz0;
  always @(posedge clk) if (dload) c0_l0_dq1 <= c0_l0_dig1;
  always @(posedge clk) if (dload) c0_l0_nq1 <= c0_l0_nz1;
  always @(posedge clk) if (dload) c0_l0_dq2 <= c0_l0_dig2;
  always @(posedge clk) if (dload) c0_l0_nq2 <= c0_l0_nz2;
  always @(posedge clk) if (dload) c0_l0_dq3 <= c0_l0_dig3;
  always @(posedge clk) if (dload) c0_l0_nq3 <= c0_l0_nz3;
  always @(posedge clk) if (dload) c1_l0_dq0 <= c1_l0_dig0;
  always @(posedge clk) if (dload) c1_l0_nq0 <= c1_l0_nz0;
  always @(posedge clk) if (dload) c1_l0_dq1 <= c1_l0_dig1;
  always @(posedge clk) if (dload) c1_l0_nq1 <= c1_l0_nz1;
  always @(posedge clk) if (dload) c1_l0_dq2 <= c1_l0_dig2;
  always @(posedge clk) if (dload) c1_l0_nq2 <= c1_l0_nz2;
  always @(posedge clk) if (dload) c1_l0_dq3 <= c1_l0_dig3;
  always @(posedge clk) if (dload) c1_l0_nq3 <= c1_l0_nz3;
  always @(posedge clk) if (rst) dl_f_last_q0 <= 1'b0; else dl_f_last_q0 <= f_last;
  always @(posedge clk) if (rst) dl_dl_f_last_q1 <= 1'b0; else dl_dl_f_last_q1 <= dl_f_last_q0;
  always @(posedge clk) if (rst) dl_dl_dl_f_last_q2 <= 1'b0; else dl_dl_dl_f_last_q2 <= dl_dl_f_last_q1;
endmodule
