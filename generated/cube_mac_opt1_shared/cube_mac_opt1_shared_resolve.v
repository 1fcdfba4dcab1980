// cube_mac_opt1_shared_resolve: shared resolve stage: 4 CPA lane(s) reading 16 (sum, carry) pairs in 4 step(s)
// Source design: cube_mac_opt1_shared (examples/cube_mac_opt1_shared.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Shared resolve stage (4 lane(s), 4 step(s)): the PEs' finished (sum, carry)
// pairs are read after the tile's last k step, in the order the PEs finish (docs/CYCLES.md). A
// token runs down the delay line of `last`; at step s lane l selects PE order[s * lanes + l] into
// its pair register, resolves it with its CPA and registers the result.
module cube_mac_opt1_shared_resolve (
  input wire clk,
  input wire rst,
  input wire last,
  input wire [511:0] s_in,
  input wire [511:0] c_in,
  output wire [3:0] out_vld,
  output wire [127:0] out_data
);
  wire step4;
  wire [31:0] l0_s_sel;
  wire [31:0] l0_c_sel;
  wire [31:0] l0_sum;
  wire [31:0] l1_s_sel;
  wire [31:0] l1_c_sel;
  wire [31:0] l1_sum;
  wire [31:0] l2_s_sel;
  wire [31:0] l2_c_sel;
  wire [31:0] l2_sum;
  wire [31:0] l3_s_sel;
  wire [31:0] l3_c_sel;
  wire [31:0] l3_sum;
  reg dl_q0;
  reg dl_q1;
  reg dl_q2;
  reg dl_q3;
  reg dl_q4;
  reg dl_q5;
  reg dl_q6;
  reg dl_q7;
  reg step4_q0;
  reg step4_q1;
  reg [31:0] l0_s;
  reg [31:0] l0_c;
  reg [31:0] l0_res;
  reg [31:0] l1_s;
  reg [31:0] l1_c;
  reg [31:0] l1_res;
  reg [31:0] l2_s;
  reg [31:0] l2_c;
  reg [31:0] l2_res;
  reg [31:0] l3_s;
  reg [31:0] l3_c;
  reg [31:0] l3_res;
  assign step4 = dl_q4 | dl_q5 | dl_q6 | dl_q7;
  assign out_vld = {step4_q1, step4_q1, step4_q1, step4_q1};
  assign out_data = {l3_res, l2_res, l1_res, l0_res};
  cube_mac_opt1_shared_sel1h_w32_n4 l0_u_s_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4}),
    .d({s_in[415:384], s_in[287:256], s_in[159:128], s_in[31:0]}),
    .y(l0_s_sel)
  );
  cube_mac_opt1_shared_sel1h_w32_n4 l0_u_c_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4}),
    .d({c_in[415:384], c_in[287:256], c_in[159:128], c_in[31:0]}),
    .y(l0_c_sel)
  );
  cube_mac_opt1_shared_cpa_w32 l0_u_cpa (
    .x(l0_s),
    .y(l0_c),
    .s(l0_sum)
  );
  cube_mac_opt1_shared_sel1h_w32_n4 l1_u_s_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4}),
    .d({s_in[447:416], s_in[319:288], s_in[191:160], s_in[63:32]}),
    .y(l1_s_sel)
  );
  cube_mac_opt1_shared_sel1h_w32_n4 l1_u_c_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4}),
    .d({c_in[447:416], c_in[319:288], c_in[191:160], c_in[63:32]}),
    .y(l1_c_sel)
  );
  cube_mac_opt1_shared_cpa_w32 l1_u_cpa (
    .x(l1_s),
    .y(l1_c),
    .s(l1_sum)
  );
  cube_mac_opt1_shared_sel1h_w32_n4 l2_u_s_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4}),
    .d({s_in[479:448], s_in[351:320], s_in[223:192], s_in[95:64]}),
    .y(l2_s_sel)
  );
  cube_mac_opt1_shared_sel1h_w32_n4 l2_u_c_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4}),
    .d({c_in[479:448], c_in[351:320], c_in[223:192], c_in[95:64]}),
    .y(l2_c_sel)
  );
  cube_mac_opt1_shared_cpa_w32 l2_u_cpa (
    .x(l2_s),
    .y(l2_c),
    .s(l2_sum)
  );
  cube_mac_opt1_shared_sel1h_w32_n4 l3_u_s_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4}),
    .d({s_in[511:480], s_in[383:352], s_in[255:224], s_in[127:96]}),
    .y(l3_s_sel)
  );
  cube_mac_opt1_shared_sel1h_w32_n4 l3_u_c_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4}),
    .d({c_in[511:480], c_in[383:352], c_in[255:224], c_in[127:96]}),
    .y(l3_c_sel)
  );
  cube_mac_opt1_shared_cpa_w32 l3_u_cpa (
    .x(l3_s),
    .y(l3_c),
    .s(l3_sum)
  );
  always @(posedge clk) if (rst) dl_q0 <= 1'b0; else dl_q0 <= last;
  always @(posedge clk) if (rst) dl_q1 <= 1'b0; else dl_q1 <= dl_q0;
  always @(posedge clk) if (rst) dl_q2 <= 1'b0; else dl_q2 <= dl_q1;
  always @(posedge clk) if (rst) dl_q3 <= 1'b0; else dl_q3 <= dl_q2;
  always @(posedge clk) if (rst) dl_q4 <= 1'b0; else dl_q4 <= dl_q3;
  always @(posedge clk) if (rst) dl_q5 <= 1'b0; else dl_q5 <= dl_q4;
  always @(posedge clk) if (rst) dl_q6 <= 1'b0; else dl_q6 <= dl_q5;
  always @(posedge clk) if (rst) dl_q7 <= 1'b0; else dl_q7 <= dl_q6;
  always @(posedge clk) if (rst) step4_q0 <= 1'b0; else step4_q0 <= step4;
  always @(posedge clk) if (rst) step4_q1 <= 1'b0; else step4_q1 <= step4_q0;
  always @(posedge clk) if (step4) l0_s <= l0_s_sel;
  always @(posedge clk) if (step4) l0_c <= l0_c_sel;
  always @(posedge clk) if (step4_q0) l0_res <= l0_sum;
  always @(posedge clk) if (step4) l1_s <= l1_s_sel;
  always @(posedge clk) if (step4) l1_c <= l1_c_sel;
  always @(posedge clk) if (step4_q0) l1_res <= l1_sum;
  always @(posedge clk) if (step4) l2_s <= l2_s_sel;
  always @(posedge clk) if (step4) l2_c <= l2_c_sel;
  always @(posedge clk) if (step4_q0) l2_res <= l2_sum;
  always @(posedge clk) if (step4) l3_s <= l3_s_sel;
  always @(posedge clk) if (step4) l3_c <= l3_c_sel;
  always @(posedge clk) if (step4_q0) l3_res <= l3_sum;
endmodule
