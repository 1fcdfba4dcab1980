// bitslice_c32_opt4c: zero-skip bit-slice 32 (n) x 1 (m) array top, groups of 4
// Source design: bitslice_c32_opt4c (examples/bitslice_c32_opt4c.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Zero-skip bit-slice array, 32 (n) x 1 (m); groups of 4 k-elements, 1 lane(s) per PE;
// sparse encoders at the column edge.
// Protocol: pulse start with cfg_k = groups (steps) of the tile; the array requests group a_idx
// and holds the request until every sparse encoder has finished it; out_vld marks the results.
module bitslice_c32_opt4c (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_k,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [31:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [1023:0] b_in,
  output wire [31:0] out_vld,
  output wire [1023:0] out_data
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
  wire [31:0] o0_0;
  wire [31:0] o1_0;
  wire [31:0] o2_0;
  wire [31:0] o3_0;
  wire [31:0] o4_0;
  wire [31:0] o5_0;
  wire [31:0] o6_0;
  wire [31:0] o7_0;
  wire [31:0] o8_0;
  wire [31:0] o9_0;
  wire [31:0] o10_0;
  wire [31:0] o11_0;
  wire [31:0] o12_0;
  wire [31:0] o13_0;
  wire [31:0] o14_0;
  wire [31:0] o15_0;
  wire [31:0] o16_0;
  wire [31:0] o17_0;
  wire [31:0] o18_0;
  wire [31:0] o19_0;
  wire [31:0] o20_0;
  wire [31:0] o21_0;
  wire [31:0] o22_0;
  wire [31:0] o23_0;
  wire [31:0] o24_0;
  wire [31:0] o25_0;
  wire [31:0] o26_0;
  wire [31:0] o27_0;
  wire [31:0] o28_0;
  wire [31:0] o29_0;
  wire [31:0] o30_0;
  wire [31:0] o31_0;
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
  assign all_done = c0_l0_done;
  assign out_vld = {32{dl_dl_dl_f_last_q2}};
  assign out_data = {o31_0, o30_0, o29_0, o28_0, o27_0, o26_0, o25_0, o24_0, o23_0, o22_0, o21_0, o20_0, o19_0, o18_0, o17_0, o16_0, o15_0, o14_0, o13_0, o12_0, o11_0, o10_0, o9_0, o8_0, o7_0, o6_0, o5_0, o4_0, o3_0, o2_0, o1_0, o0_0};
  bitslice_c32_opt4c_enc_ent_s8 c0_l0_u_enc0 (
    .a(a_in[7:0]),
    .dig(c0_l0_dig0),
    .nz(c0_l0_nz0)
  );
  bitslice_c32_opt4c_enc_ent_s8 c0_l0_u_enc1 (
    .a(a_in[15:8]),
    .dig(c0_l0_dig1),
    .nz(c0_l0_nz1)
  );
  bitslice_c32_opt4c_enc_ent_s8 c0_l0_u_enc2 (
    .a(a_in[23:16]),
    .dig(c0_l0_dig2),
    .nz(c0_l0_nz2)
  );
  bitslice_c32_opt4c_enc_ent_s8 c0_l0_u_enc3 (
    .a(a_in[31:24]),
    .dig(c0_l0_dig3),
    .nz(c0_l0_nz3)
  );
  bitslice_c32_opt4c_sparse_enc u_senc0_0 (
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
  bitslice_c32_opt4c_pe pe0_0 (
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
  bitslice_c32_opt4c_pe pe1_0 (
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
  bitslice_c32_opt4c_pe pe2_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[95:64]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o2_0)
  );
  bitslice_c32_opt4c_pe pe3_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[127:96]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o3_0)
  );
  bitslice_c32_opt4c_pe pe4_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[159:128]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o4_0)
  );
  bitslice_c32_opt4c_pe pe5_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[191:160]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o5_0)
  );
  bitslice_c32_opt4c_pe pe6_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[223:192]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o6_0)
  );
  bitslice_c32_opt4c_pe pe7_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[255:224]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o7_0)
  );
  bitslice_c32_opt4c_pe pe8_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[287:256]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o8_0)
  );
  bitslice_c32_opt4c_pe pe9_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[319:288]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o9_0)
  );
  bitslice_c32_opt4c_pe pe10_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[351:320]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o10_0)
  );
  bitslice_c32_opt4c_pe pe11_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[383:352]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o11_0)
  );
  bitslice_c32_opt4c_pe pe12_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[415:384]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o12_0)
  );
  bitslice_c32_opt4c_pe pe13_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[447:416]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o13_0)
  );
  bitslice_c32_opt4c_pe pe14_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[479:448]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o14_0)
  );
  bitslice_c32_opt4c_pe pe15_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[511:480]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o15_0)
  );
  bitslice_c32_opt4c_pe pe16_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[543:512]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o16_0)
  );
  bitslice_c32_opt4c_pe pe17_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[575:544]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o17_0)
  );
  bitslice_c32_opt4c_pe pe18_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[607:576]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o18_0)
  );
  bitslice_c32_opt4c_pe pe19_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[639:608]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o19_0)
  );
  bitslice_c32_opt4c_pe pe20_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[671:640]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o20_0)
  );
  bitslice_c32_opt4c_pe pe21_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[703:672]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o21_0)
  );
  bitslice_c32_opt4c_pe pe22_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[735:704]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o22_0)
  );
  bitslice_c32_opt4c_pe pe23_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[767:736]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o23_0)
  );
  bitslice_c32_opt4c_pe pe24_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[799:768]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o24_0)
  );
  bitslice_c32_opt4c_pe pe25_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[831:800]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o25_0)
  );
  bitslice_c32_opt4c_pe pe26_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[863:832]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o26_0)
  );
  bitslice_c32_opt4c_pe pe27_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[895:864]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o27_0)
  );
  bitslice_c32_opt4c_pe pe28_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[927:896]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o28_0)
  );
  bitslice_c32_opt4c_pe pe29_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[959:928]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o29_0)
  );
  bitslice_c32_opt4c_pe pe30_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[991:960]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o30_0)
  );
  bitslice_c32_opt4c_pe pe31_0 (
    .clk(clk),
    .rst(rst),
    .first(f_first),
    .b(b_in[1023:992]),
    .issue(c0_l0_issue),
    .ksel(c0_l0_ksel),
    .dig(c0_l0_dig),
    .pos(c0_l0_pos),
    .res_out(o31_0)
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
  always @(posedge clk) if (rst) dl_f_last_q0 <= 1'b0; else dl_f_last_q0 <= f_last;
  always @(posedge clk) if (rst) dl_dl_f_last_q1 <= 1'b0; else dl_dl_f_last_q1 <= dl_f_last_q0;
  always @(posedge clk) if (rst) dl_dl_dl_f_last_q2 <= 1'b0; else dl_dl_dl_f_last_q2 <= dl_dl_f_last_q1;
endmodule
