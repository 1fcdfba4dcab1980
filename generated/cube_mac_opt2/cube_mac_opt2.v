// cube_mac_opt2: cube of MAC PEs 4x4x4 array top
// Source design: cube_mac_opt2 (examples/cube_mac_opt2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// cube-mac array, 4 x 4 x 4; drain: per-pe-drain.
// Protocol: pulse start with cfg_k = k steps of the tile; the array requests step a_idx/b_idx
// (operands are expected in the same cycle); out_vld marks results (latency 6 after the last step).
module cube_mac_opt2 (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_k,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [127:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [127:0] b_in,
  output wire [15:0] out_vld,
  output wire [511:0] out_data
);
  // Controller: one request per k step. The first / last flags are registered a step ahead
  // (krem counts the steps left), so no arithmetic compare with cfg_k sits on the per-cycle path.
  wire f_vld;
  wire f_first;
  wire f_last;
  wire [11:0] r0_l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r0_l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r0_l1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r0_l1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r0_l2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r0_l2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r0_l3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r0_l3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r1_l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r1_l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r1_l1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r1_l1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r1_l2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r1_l2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r1_l3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r1_l3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r2_l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r2_l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r2_l1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r2_l1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r2_l2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r2_l2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r2_l3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r2_l3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r3_l0_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r3_l0_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r3_l1_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r3_l1_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r3_l2_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r3_l2_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [11:0] r3_l3_dig;
  /* verilator lint_off UNUSEDSIGNAL */ // digit nonzero flags serve zero-skipping designs only
  wire [3:0] r3_l3_nz;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [31:0] o0_0;
  wire [31:0] o0_1;
  wire [31:0] o0_2;
  wire [31:0] o0_3;
  wire [31:0] o1_0;
  wire [31:0] o1_1;
  wire [31:0] o1_2;
  wire [31:0] o1_3;
  wire [31:0] o2_0;
  wire [31:0] o2_1;
  wire [31:0] o2_2;
  wire [31:0] o2_3;
  wire [31:0] o3_0;
  wire [31:0] o3_1;
  wire [31:0] o3_2;
  wire [31:0] o3_3;
  reg run;
  reg [31:0] kcnt;
  reg [31:0] krem;
  reg k_first;
  reg k_last;
  reg [11:0] sk_a0_1_0;
  reg [11:0] sk_a0_2_0;
  reg [11:0] sk_a0_2_1;
  reg [11:0] sk_a0_3_0;
  reg [11:0] sk_a0_3_1;
  reg [11:0] sk_a0_3_2;
  reg [11:0] sk_a1_1_0;
  reg [11:0] sk_a1_2_0;
  reg [11:0] sk_a1_2_1;
  reg [11:0] sk_a1_3_0;
  reg [11:0] sk_a1_3_1;
  reg [11:0] sk_a1_3_2;
  reg [11:0] sk_a2_1_0;
  reg [11:0] sk_a2_2_0;
  reg [11:0] sk_a2_2_1;
  reg [11:0] sk_a2_3_0;
  reg [11:0] sk_a2_3_1;
  reg [11:0] sk_a2_3_2;
  reg [11:0] sk_a3_1_0;
  reg [11:0] sk_a3_2_0;
  reg [11:0] sk_a3_2_1;
  reg [11:0] sk_a3_3_0;
  reg [11:0] sk_a3_3_1;
  reg [11:0] sk_a3_3_2;
  reg [7:0] sk_b0_1_0;
  reg [7:0] sk_b0_2_0;
  reg [7:0] sk_b0_2_1;
  reg [7:0] sk_b0_3_0;
  reg [7:0] sk_b0_3_1;
  reg [7:0] sk_b0_3_2;
  reg [7:0] sk_b1_1_0;
  reg [7:0] sk_b1_2_0;
  reg [7:0] sk_b1_2_1;
  reg [7:0] sk_b1_3_0;
  reg [7:0] sk_b1_3_1;
  reg [7:0] sk_b1_3_2;
  reg [7:0] sk_b2_1_0;
  reg [7:0] sk_b2_2_0;
  reg [7:0] sk_b2_2_1;
  reg [7:0] sk_b2_3_0;
  reg [7:0] sk_b2_3_1;
  reg [7:0] sk_b2_3_2;
  reg [7:0] sk_b3_1_0;
  reg [7:0] sk_b3_2_0;
  reg [7:0] sk_b3_2_1;
  reg [7:0] sk_b3_3_0;
  reg [7:0] sk_b3_3_1;
  reg [7:0] sk_b3_3_2;
  reg af_f_vld_q0;
  reg af_f_first_q0;
  reg af_af_f_vld_q1;
  reg af_af_f_first_q1;
  reg af_af_af_f_vld_q2;
  reg af_af_af_f_first_q2;
  reg af_af_af_af_f_vld_q3;
  reg af_af_af_af_f_first_q3;
  reg dl_f_last_q0;
  reg dl_dl_f_last_q1;
  reg dl_dl_dl_f_last_q2;
  reg dl_dl_dl_dl_f_last_q3;
  reg dl_dl_dl_dl_dl_f_last_q4;
  reg dl_dl_dl_dl_dl_dl_f_last_q5;
  assign f_vld = run;
  assign f_first = run & k_first;
  assign f_last = run & k_last;
  assign a_rd = run;
  assign a_idx = kcnt;
  assign b_rd = run;
  assign b_idx = kcnt;
  assign out_vld = {16{dl_dl_dl_dl_dl_dl_f_last_q5}};
  assign out_data = {o3_3, o3_2, o3_1, o3_0, o2_3, o2_2, o2_1, o2_0, o1_3, o1_2, o1_1, o1_0, o0_3, o0_2, o0_1, o0_0};
  cube_mac_opt2_enc_booth4_s8 r0_l0_u_enc (
    .a(a_in[7:0]),
    .dig(r0_l0_dig),
    .nz(r0_l0_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r0_l1_u_enc (
    .a(a_in[15:8]),
    .dig(r0_l1_dig),
    .nz(r0_l1_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r0_l2_u_enc (
    .a(a_in[23:16]),
    .dig(r0_l2_dig),
    .nz(r0_l2_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r0_l3_u_enc (
    .a(a_in[31:24]),
    .dig(r0_l3_dig),
    .nz(r0_l3_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r1_l0_u_enc (
    .a(a_in[39:32]),
    .dig(r1_l0_dig),
    .nz(r1_l0_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r1_l1_u_enc (
    .a(a_in[47:40]),
    .dig(r1_l1_dig),
    .nz(r1_l1_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r1_l2_u_enc (
    .a(a_in[55:48]),
    .dig(r1_l2_dig),
    .nz(r1_l2_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r1_l3_u_enc (
    .a(a_in[63:56]),
    .dig(r1_l3_dig),
    .nz(r1_l3_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r2_l0_u_enc (
    .a(a_in[71:64]),
    .dig(r2_l0_dig),
    .nz(r2_l0_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r2_l1_u_enc (
    .a(a_in[79:72]),
    .dig(r2_l1_dig),
    .nz(r2_l1_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r2_l2_u_enc (
    .a(a_in[87:80]),
    .dig(r2_l2_dig),
    .nz(r2_l2_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r2_l3_u_enc (
    .a(a_in[95:88]),
    .dig(r2_l3_dig),
    .nz(r2_l3_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r3_l0_u_enc (
    .a(a_in[103:96]),
    .dig(r3_l0_dig),
    .nz(r3_l0_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r3_l1_u_enc (
    .a(a_in[111:104]),
    .dig(r3_l1_dig),
    .nz(r3_l1_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r3_l2_u_enc (
    .a(a_in[119:112]),
    .dig(r3_l2_dig),
    .nz(r3_l2_nz)
  );
  cube_mac_opt2_enc_booth4_s8 r3_l3_u_enc (
    .a(a_in[127:120]),
    .dig(r3_l3_dig),
    .nz(r3_l3_nz)
  );
  cube_mac_opt2_chain ch0_0 (
    .clk(clk),
    .a({sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, r0_l0_dig}),
    .b({sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o0_0)
  );
  cube_mac_opt2_chain ch0_1 (
    .clk(clk),
    .a({sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, r0_l0_dig}),
    .b({sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[39:32]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o0_1)
  );
  cube_mac_opt2_chain ch0_2 (
    .clk(clk),
    .a({sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, r0_l0_dig}),
    .b({sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[71:64]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o0_2)
  );
  cube_mac_opt2_chain ch0_3 (
    .clk(clk),
    .a({sk_a0_3_2, sk_a0_2_1, sk_a0_1_0, r0_l0_dig}),
    .b({sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[103:96]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o0_3)
  );
  cube_mac_opt2_chain ch1_0 (
    .clk(clk),
    .a({sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, r1_l0_dig}),
    .b({sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o1_0)
  );
  cube_mac_opt2_chain ch1_1 (
    .clk(clk),
    .a({sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, r1_l0_dig}),
    .b({sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[39:32]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o1_1)
  );
  cube_mac_opt2_chain ch1_2 (
    .clk(clk),
    .a({sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, r1_l0_dig}),
    .b({sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[71:64]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o1_2)
  );
  cube_mac_opt2_chain ch1_3 (
    .clk(clk),
    .a({sk_a1_3_2, sk_a1_2_1, sk_a1_1_0, r1_l0_dig}),
    .b({sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[103:96]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o1_3)
  );
  cube_mac_opt2_chain ch2_0 (
    .clk(clk),
    .a({sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, r2_l0_dig}),
    .b({sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o2_0)
  );
  cube_mac_opt2_chain ch2_1 (
    .clk(clk),
    .a({sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, r2_l0_dig}),
    .b({sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[39:32]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o2_1)
  );
  cube_mac_opt2_chain ch2_2 (
    .clk(clk),
    .a({sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, r2_l0_dig}),
    .b({sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[71:64]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o2_2)
  );
  cube_mac_opt2_chain ch2_3 (
    .clk(clk),
    .a({sk_a2_3_2, sk_a2_2_1, sk_a2_1_0, r2_l0_dig}),
    .b({sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[103:96]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o2_3)
  );
  cube_mac_opt2_chain ch3_0 (
    .clk(clk),
    .a({sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, r3_l0_dig}),
    .b({sk_b0_3_2, sk_b0_2_1, sk_b0_1_0, b_in[7:0]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o3_0)
  );
  cube_mac_opt2_chain ch3_1 (
    .clk(clk),
    .a({sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, r3_l0_dig}),
    .b({sk_b1_3_2, sk_b1_2_1, sk_b1_1_0, b_in[39:32]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o3_1)
  );
  cube_mac_opt2_chain ch3_2 (
    .clk(clk),
    .a({sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, r3_l0_dig}),
    .b({sk_b2_3_2, sk_b2_2_1, sk_b2_1_0, b_in[71:64]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o3_2)
  );
  cube_mac_opt2_chain ch3_3 (
    .clk(clk),
    .a({sk_a3_3_2, sk_a3_2_1, sk_a3_1_0, r3_l0_dig}),
    .b({sk_b3_3_2, sk_b3_2_1, sk_b3_1_0, b_in[103:96]}),
    .vld(af_af_af_af_f_vld_q3),
    .first(af_af_af_af_f_first_q3),
    .res_out(o3_3)
  );
  always @(posedge clk) if (rst) run <= 1'b0; else run <= start | (run & ~f_last);
  always @(posedge clk) if (rst) kcnt <= 32'd0; else if (start | run) kcnt <= start ? 32'd0 : kcnt + 32'd1;
  always @(posedge clk) if (rst) krem <= 32'd0; else if (start | run) krem <= start ? cfg_k : krem - 32'd1;
  always @(posedge clk) if (rst) k_first <= 1'b0; else if (start | run) k_first <= start;
  always @(posedge clk) if (rst) k_last <= 1'b0; else if (start | run) k_last <= start ? cfg_k == 32'd1 : krem == 32'd2;
  always @(posedge clk) sk_a0_1_0 <= r0_l1_dig;
  always @(posedge clk) sk_a0_2_0 <= r0_l2_dig;
  always @(posedge clk) sk_a0_2_1 <= sk_a0_2_0;
  always @(posedge clk) sk_a0_3_0 <= r0_l3_dig;
  always @(posedge clk) sk_a0_3_1 <= sk_a0_3_0;
  always @(posedge clk) sk_a0_3_2 <= sk_a0_3_1;
  always @(posedge clk) sk_a1_1_0 <= r1_l1_dig;
  always @(posedge clk) sk_a1_2_0 <= r1_l2_dig;
  always @(posedge clk) sk_a1_2_1 <= sk_a1_2_0;
  always @(posedge clk) sk_a1_3_0 <= r1_l3_dig;
  always @(posedge clk) sk_a1_3_1 <= sk_a1_3_0;
  always @(posedge clk) sk_a1_3_2 <= sk_a1_3_1;
  always @(posedge clk) sk_a2_1_0 <= r2_l1_dig;
  always @(posedge clk) sk_a2_2_0 <= r2_l2_dig;
  always @(posedge clk) sk_a2_2_1 <= sk_a2_2_0;
  always @(posedge clk) sk_a2_3_0 <= r2_l3_dig;
  always @(posedge clk) sk_a2_3_1 <= sk_a2_3_0;
  always @(posedge clk) sk_a2_3_2 <= sk_a2_3_1;
  always @(posedge clk) sk_a3_1_0 <= r3_l1_dig;
  always @(posedge clk) sk_a3_2_0 <= r3_l2_dig;
  always @(posedge clk) sk_a3_2_1 <= sk_a3_2_0;
  always @(posedge clk) sk_a3_3_0 <= r3_l3_dig;
  always @(posedge clk) sk_a3_3_1 <= sk_a3_3_0;
  always @(posedge clk) sk_a3_3_2 <= sk_a3_3_1;
  always @(posedge clk) sk_b0_1_0 <= b_in[15:8];
  always @(posedge clk) sk_b0_2_0 <= b_in[23:16];
  always @(posedge clk) sk_b0_2_1 <= sk_b0_2_0;
  always @(posedge clk) sk_b0_3_0 <= b_in[31:24];
  always @(posedge clk) sk_b0_3_1 <= sk_b0_3_0;
  always @(posedge clk) sk_b0_3_2 <= sk_b0_3_1;
  always @(posedge clk) sk_b1_1_0 <= b_in[47:40];
  always @(posedge clk) sk_b1_2_0 <= b_in[55:48];
  always @(posedge clk) sk_b1_2_1 <= sk_b1_2_0;
  always @(posedge clk) sk_b1_3_0 <= b_in[63:56];
  always @(posedge clk) sk_b1_3_1 <= sk_b1_3_0;
  always @(posedge clk) sk_b1_3_2 <= sk_b1_3_1;
  always @(posedge clk) sk_b2_1_0 <= b_in[79:72];
  always @(posedge clk) sk_b2_2_0 <= b_in[87:80];
  always @(posedge clk) sk_b2_2_1 <= sk_b2_2_0;
  always @(posedge clk) sk_b2_3_0 <= b_in[95:88];
  always @(posedge clk) sk_b2_3_1 <= sk_b2_3_0;
  always @(posedge clk) sk_b2_3_2 <= sk_b2_3_1;
  always @(posedge clk) sk_b3_1_0 <= b_in[111:104];
  always @(posedge clk) sk_b3_2_0 <= b_in[119:112];
  always @(posedge clk) sk_b3_2_1 <= sk_b3_2_0;
  always @(posedge clk) sk_b3_3_0 <= b_in[127:120];
  always @(posedge clk) sk_b3_3_1 <= sk_b3_3_0;
  always @(posedge clk) sk_b3_3_2 <= sk_b3_3_1;
  always @(posedge clk) if (rst) af_f_vld_q0 <= 1'b0; else af_f_vld_q0 <= f_vld;
  always @(posedge clk) if (rst) af_f_first_q0 <= 1'b0; else af_f_first_q0 <= f_first;
  always @(posedge clk) if (rst) af_af_f_vld_q1 <= 1'b0; else af_af_f_vld_q1 <= af_f_vld_q0;
  always @(posedge clk) if (rst) af_af_f_first_q1 <= 1'b0; else af_af_f_first_q1 <= af_f_first_q0;
  always @(posedge clk) if (rst) af_af_af_f_vld_q2 <= 1'b0; else af_af_af_f_vld_q2 <= af_af_f_vld_q1;
  always @(posedge clk) if (rst) af_af_af_f_first_q2 <= 1'b0; else af_af_af_f_first_q2 <= af_af_f_first_q1;
  always @(posedge clk) if (rst) af_af_af_af_f_vld_q3 <= 1'b0; else af_af_af_af_f_vld_q3 <= af_af_af_f_vld_q2;
  always @(posedge clk) if (rst) af_af_af_af_f_first_q3 <= 1'b0; else af_af_af_af_f_first_q3 <= af_af_af_f_first_q2;
  always @(posedge clk) if (rst) dl_f_last_q0 <= 1'b0; else dl_f_last_q0 <= f_last;
  always @(posedge clk) if (rst) dl_dl_f_last_q1 <= 1'b0; else dl_dl_f_last_q1 <= dl_f_last_q0;
  always @(posedge clk) if (rst) dl_dl_dl_f_last_q2 <= 1'b0; else dl_dl_dl_f_last_q2 <= dl_dl_f_last_q1;
  always @(posedge clk) if (rst) dl_dl_dl_dl_f_last_q3 <= 1'b0; else dl_dl_dl_dl_f_last_q3 <= dl_dl_dl_f_last_q2;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_f_last_q4 <= 1'b0; else dl_dl_dl_dl_dl_f_last_q4 <= dl_dl_dl_dl_f_last_q3;
  always @(posedge clk) if (rst) dl_dl_dl_dl_dl_dl_f_last_q5 <= 1'b0; else dl_dl_dl_dl_dl_dl_f_last_q5 <= dl_dl_dl_dl_dl_f_last_q4;
endmodule
