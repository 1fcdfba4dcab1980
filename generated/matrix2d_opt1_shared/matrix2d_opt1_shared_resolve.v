// matrix2d_opt1_shared_resolve: shared resolve stage: 8 CPA lane(s) reading 64 (sum, carry) pairs in 8 step(s)
// Source design: matrix2d_opt1_shared (examples/matrix2d_opt1_shared.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Shared resolve stage (8 lane(s), 8 step(s)): the PEs' finished (sum, carry)
// pairs are read after the tile's last k step, in the order the PEs finish (docs/CYCLES.md). A
// token runs down the delay line of `last`; at step s lane l selects PE order[s * lanes + l] into
// its pair register, resolves it with its CPA and registers the result.
module matrix2d_opt1_shared_resolve (
  input wire clk,
  input wire rst,
  input wire last,
  input wire [2047:0] s_in,
  input wire [2047:0] c_in,
  output wire [7:0] out_vld,
  output wire [255:0] out_data
);
  wire step8;
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
  wire [31:0] l4_s_sel;
  wire [31:0] l4_c_sel;
  wire [31:0] l4_sum;
  wire [31:0] l5_s_sel;
  wire [31:0] l5_c_sel;
  wire [31:0] l5_sum;
  wire [31:0] l6_s_sel;
  wire [31:0] l6_c_sel;
  wire [31:0] l6_sum;
  wire [31:0] l7_s_sel;
  wire [31:0] l7_c_sel;
  wire [31:0] l7_sum;
  reg dl_q0;
  reg dl_q1;
  reg dl_q2;
  reg dl_q3;
  reg dl_q4;
  reg dl_q5;
  reg dl_q6;
  reg dl_q7;
  reg step8_q0;
  reg step8_q1;
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
  reg [31:0] l4_s;
  reg [31:0] l4_c;
  reg [31:0] l4_res;
  reg [31:0] l5_s;
  reg [31:0] l5_c;
  reg [31:0] l5_res;
  reg [31:0] l6_s;
  reg [31:0] l6_c;
  reg [31:0] l6_res;
  reg [31:0] l7_s;
  reg [31:0] l7_c;
  reg [31:0] l7_res;
  assign step8 = dl_q0 | dl_q1 | dl_q2 | dl_q3 | dl_q4 | dl_q5 | dl_q6 | dl_q7;
  assign out_vld = {step8_q1, step8_q1, step8_q1, step8_q1, step8_q1, step8_q1, step8_q1, step8_q1};
  assign out_data = {l7_res, l6_res, l5_res, l4_res, l3_res, l2_res, l1_res, l0_res};
  matrix2d_opt1_shared_sel1h_w32_n8 l0_u_s_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({s_in[1823:1792], s_in[1567:1536], s_in[1311:1280], s_in[1055:1024], s_in[799:768], s_in[543:512], s_in[287:256], s_in[31:0]}),
    .y(l0_s_sel)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l0_u_c_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({c_in[1823:1792], c_in[1567:1536], c_in[1311:1280], c_in[1055:1024], c_in[799:768], c_in[543:512], c_in[287:256], c_in[31:0]}),
    .y(l0_c_sel)
  );
  matrix2d_opt1_shared_cpa_w32 l0_u_cpa (
    .x(l0_s),
    .y(l0_c),
    .s(l0_sum)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l1_u_s_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({s_in[1855:1824], s_in[1599:1568], s_in[1343:1312], s_in[1087:1056], s_in[831:800], s_in[575:544], s_in[319:288], s_in[63:32]}),
    .y(l1_s_sel)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l1_u_c_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({c_in[1855:1824], c_in[1599:1568], c_in[1343:1312], c_in[1087:1056], c_in[831:800], c_in[575:544], c_in[319:288], c_in[63:32]}),
    .y(l1_c_sel)
  );
  matrix2d_opt1_shared_cpa_w32 l1_u_cpa (
    .x(l1_s),
    .y(l1_c),
    .s(l1_sum)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l2_u_s_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({s_in[1887:1856], s_in[1631:1600], s_in[1375:1344], s_in[1119:1088], s_in[863:832], s_in[607:576], s_in[351:320], s_in[95:64]}),
    .y(l2_s_sel)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l2_u_c_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({c_in[1887:1856], c_in[1631:1600], c_in[1375:1344], c_in[1119:1088], c_in[863:832], c_in[607:576], c_in[351:320], c_in[95:64]}),
    .y(l2_c_sel)
  );
  matrix2d_opt1_shared_cpa_w32 l2_u_cpa (
    .x(l2_s),
    .y(l2_c),
    .s(l2_sum)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l3_u_s_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({s_in[1919:1888], s_in[1663:1632], s_in[1407:1376], s_in[1151:1120], s_in[895:864], s_in[639:608], s_in[383:352], s_in[127:96]}),
    .y(l3_s_sel)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l3_u_c_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({c_in[1919:1888], c_in[1663:1632], c_in[1407:1376], c_in[1151:1120], c_in[895:864], c_in[639:608], c_in[383:352], c_in[127:96]}),
    .y(l3_c_sel)
  );
  matrix2d_opt1_shared_cpa_w32 l3_u_cpa (
    .x(l3_s),
    .y(l3_c),
    .s(l3_sum)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l4_u_s_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({s_in[1951:1920], s_in[1695:1664], s_in[1439:1408], s_in[1183:1152], s_in[927:896], s_in[671:640], s_in[415:384], s_in[159:128]}),
    .y(l4_s_sel)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l4_u_c_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({c_in[1951:1920], c_in[1695:1664], c_in[1439:1408], c_in[1183:1152], c_in[927:896], c_in[671:640], c_in[415:384], c_in[159:128]}),
    .y(l4_c_sel)
  );
  matrix2d_opt1_shared_cpa_w32 l4_u_cpa (
    .x(l4_s),
    .y(l4_c),
    .s(l4_sum)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l5_u_s_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({s_in[1983:1952], s_in[1727:1696], s_in[1471:1440], s_in[1215:1184], s_in[959:928], s_in[703:672], s_in[447:416], s_in[191:160]}),
    .y(l5_s_sel)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l5_u_c_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({c_in[1983:1952], c_in[1727:1696], c_in[1471:1440], c_in[1215:1184], c_in[959:928], c_in[703:672], c_in[447:416], c_in[191:160]}),
    .y(l5_c_sel)
  );
  matrix2d_opt1_shared_cpa_w32 l5_u_cpa (
    .x(l5_s),
    .y(l5_c),
    .s(l5_sum)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l6_u_s_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({s_in[2015:1984], s_in[1759:1728], s_in[1503:1472], s_in[1247:1216], s_in[991:960], s_in[735:704], s_in[479:448], s_in[223:192]}),
    .y(l6_s_sel)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l6_u_c_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({c_in[2015:1984], c_in[1759:1728], c_in[1503:1472], c_in[1247:1216], c_in[991:960], c_in[735:704], c_in[479:448], c_in[223:192]}),
    .y(l6_c_sel)
  );
  matrix2d_opt1_shared_cpa_w32 l6_u_cpa (
    .x(l6_s),
    .y(l6_c),
    .s(l6_sum)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l7_u_s_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({s_in[2047:2016], s_in[1791:1760], s_in[1535:1504], s_in[1279:1248], s_in[1023:992], s_in[767:736], s_in[511:480], s_in[255:224]}),
    .y(l7_s_sel)
  );
  matrix2d_opt1_shared_sel1h_w32_n8 l7_u_c_sel (
    .sel({dl_q7, dl_q6, dl_q5, dl_q4, dl_q3, dl_q2, dl_q1, dl_q0}),
    .d({c_in[2047:2016], c_in[1791:1760], c_in[1535:1504], c_in[1279:1248], c_in[1023:992], c_in[767:736], c_in[511:480], c_in[255:224]}),
    .y(l7_c_sel)
  );
  matrix2d_opt1_shared_cpa_w32 l7_u_cpa (
    .x(l7_s),
    .y(l7_c),
    .s(l7_sum)
  );
  always @(posedge clk) if (rst) dl_q0 <= 1'b0; else dl_q0 <= last;
  always @(posedge clk) if (rst) dl_q1 <= 1'b0; else dl_q1 <= dl_q0;
  always @(posedge clk) if (rst) dl_q2 <= 1'b0; else dl_q2 <= dl_q1;
  always @(posedge clk) if (rst) dl_q3 <= 1'b0; else dl_q3 <= dl_q2;
  always @(posedge clk) if (rst) dl_q4 <= 1'b0; else dl_q4 <= dl_q3;
  always @(posedge clk) if (rst) dl_q5 <= 1'b0; else dl_q5 <= dl_q4;
  always @(posedge clk) if (rst) dl_q6 <= 1'b0; else dl_q6 <= dl_q5;
  always @(posedge clk) if (rst) dl_q7 <= 1'b0; else dl_q7 <= dl_q6;
  always @(posedge clk) if (rst) step8_q0 <= 1'b0; else step8_q0 <= step8;
  always @(posedge clk) if (rst) step8_q1 <= 1'b0; else step8_q1 <= step8_q0;
  always @(posedge clk) if (step8) l0_s <= l0_s_sel;
  always @(posedge clk) if (step8) l0_c <= l0_c_sel;
  always @(posedge clk) if (step8_q0) l0_res <= l0_sum;
  always @(posedge clk) if (step8) l1_s <= l1_s_sel;
  always @(posedge clk) if (step8) l1_c <= l1_c_sel;
  always @(posedge clk) if (step8_q0) l1_res <= l1_sum;
  always @(posedge clk) if (step8) l2_s <= l2_s_sel;
  always @(posedge clk) if (step8) l2_c <= l2_c_sel;
  always @(posedge clk) if (step8_q0) l2_res <= l2_sum;
  always @(posedge clk) if (step8) l3_s <= l3_s_sel;
  always @(posedge clk) if (step8) l3_c <= l3_c_sel;
  always @(posedge clk) if (step8_q0) l3_res <= l3_sum;
  always @(posedge clk) if (step8) l4_s <= l4_s_sel;
  always @(posedge clk) if (step8) l4_c <= l4_c_sel;
  always @(posedge clk) if (step8_q0) l4_res <= l4_sum;
  always @(posedge clk) if (step8) l5_s <= l5_s_sel;
  always @(posedge clk) if (step8) l5_c <= l5_c_sel;
  always @(posedge clk) if (step8_q0) l5_res <= l5_sum;
  always @(posedge clk) if (step8) l6_s <= l6_s_sel;
  always @(posedge clk) if (step8) l6_c <= l6_c_sel;
  always @(posedge clk) if (step8_q0) l6_res <= l6_sum;
  always @(posedge clk) if (step8) l7_s <= l7_s_sel;
  always @(posedge clk) if (step8) l7_c <= l7_c_sel;
  always @(posedge clk) if (step8_q0) l7_res <= l7_sum;
endmodule
