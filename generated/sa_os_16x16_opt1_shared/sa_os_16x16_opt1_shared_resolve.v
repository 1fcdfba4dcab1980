// sa_os_16x16_opt1_shared_resolve: shared resolve stage: 16 CPA lane(s) reading 256 (sum, carry) pairs in 16 step(s)
// Source design: sa_os_16x16_opt1_shared (examples/sa_os_16x16_opt1_shared.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Shared resolve stage (16 lane(s), 16 step(s)): the PEs' finished (sum, carry)
// pairs are read after the tile's last k step, in the order the PEs finish (docs/CYCLES.md). A
// token runs down the delay line of `last`; at step s lane l selects PE order[s * lanes + l] into
// its pair register, resolves it with its CPA and registers the result.
module sa_os_16x16_opt1_shared_resolve (
  input wire clk,
  input wire rst,
  input wire last,
  input wire [8191:0] s_in,
  input wire [8191:0] c_in,
  output wire [15:0] out_vld,
  output wire [511:0] out_data
);
  wire step16;
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
  wire [31:0] l8_s_sel;
  wire [31:0] l8_c_sel;
  wire [31:0] l8_sum;
  wire [31:0] l9_s_sel;
  wire [31:0] l9_c_sel;
  wire [31:0] l9_sum;
  wire [31:0] l10_s_sel;
  wire [31:0] l10_c_sel;
  wire [31:0] l10_sum;
  wire [31:0] l11_s_sel;
  wire [31:0] l11_c_sel;
  wire [31:0] l11_sum;
  wire [31:0] l12_s_sel;
  wire [31:0] l12_c_sel;
  wire [31:0] l12_sum;
  wire [31:0] l13_s_sel;
  wire [31:0] l13_c_sel;
  wire [31:0] l13_sum;
  wire [31:0] l14_s_sel;
  wire [31:0] l14_c_sel;
  wire [31:0] l14_sum;
  wire [31:0] l15_s_sel;
  wire [31:0] l15_c_sel;
  wire [31:0] l15_sum;
  reg dl_q0;
  reg dl_q1;
  reg dl_q2;
  reg dl_q3;
  reg dl_q4;
  reg dl_q5;
  reg dl_q6;
  reg dl_q7;
  reg dl_q8;
  reg dl_q9;
  reg dl_q10;
  reg dl_q11;
  reg dl_q12;
  reg dl_q13;
  reg dl_q14;
  reg dl_q15;
  reg dl_q16;
  reg dl_q17;
  reg dl_q18;
  reg dl_q19;
  reg dl_q20;
  reg dl_q21;
  reg dl_q22;
  reg dl_q23;
  reg dl_q24;
  reg dl_q25;
  reg dl_q26;
  reg dl_q27;
  reg dl_q28;
  reg dl_q29;
  reg dl_q30;
  reg step16_q0;
  reg step16_q1;
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
  reg [31:0] l8_s;
  reg [31:0] l8_c;
  reg [31:0] l8_res;
  reg [31:0] l9_s;
  reg [31:0] l9_c;
  reg [31:0] l9_res;
  reg [31:0] l10_s;
  reg [31:0] l10_c;
  reg [31:0] l10_res;
  reg [31:0] l11_s;
  reg [31:0] l11_c;
  reg [31:0] l11_res;
  reg [31:0] l12_s;
  reg [31:0] l12_c;
  reg [31:0] l12_res;
  reg [31:0] l13_s;
  reg [31:0] l13_c;
  reg [31:0] l13_res;
  reg [31:0] l14_s;
  reg [31:0] l14_c;
  reg [31:0] l14_res;
  reg [31:0] l15_s;
  reg [31:0] l15_c;
  reg [31:0] l15_res;
  assign step16 = dl_q15 | dl_q16 | dl_q17 | dl_q18 | dl_q19 | dl_q20 | dl_q21 | dl_q22 | dl_q23 | dl_q24 | dl_q25 | dl_q26 | dl_q27 | dl_q28 | dl_q29 | dl_q30;
  assign out_vld = {step16_q1, step16_q1, step16_q1, step16_q1, step16_q1, step16_q1, step16_q1, step16_q1, step16_q1, step16_q1, step16_q1, step16_q1, step16_q1, step16_q1, step16_q1, step16_q1};
  assign out_data = {l15_res, l14_res, l13_res, l12_res, l11_res, l10_res, l9_res, l8_res, l7_res, l6_res, l5_res, l4_res, l3_res, l2_res, l1_res, l0_res};
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l0_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[8031:8000], s_in[6527:6496], s_in[6943:6912], s_in[4031:4000], s_in[7327:7296], s_in[5855:5824], s_in[4863:4832], s_in[4351:4320], s_in[3839:3808], s_in[2847:2816], s_in[1375:1344], s_in[4671:4640], s_in[1759:1728], s_in[2175:2144], s_in[671:640], s_in[31:0]}),
    .y(l0_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l0_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[8031:8000], c_in[6527:6496], c_in[6943:6912], c_in[4031:4000], c_in[7327:7296], c_in[5855:5824], c_in[4863:4832], c_in[4351:4320], c_in[3839:3808], c_in[2847:2816], c_in[1375:1344], c_in[4671:4640], c_in[1759:1728], c_in[2175:2144], c_in[671:640], c_in[31:0]}),
    .y(l0_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l0_u_cpa (
    .x(l0_s),
    .y(l0_c),
    .s(l0_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l1_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[6143:6112], s_in[7007:6976], s_in[7423:7392], s_in[4511:4480], s_in[7807:7776], s_in[6335:6304], s_in[5343:5312], s_in[4831:4800], s_in[4319:4288], s_in[3327:3296], s_in[1855:1824], s_in[5151:5120], s_in[2239:2208], s_in[2655:2624], s_in[1151:1120], s_in[63:32]}),
    .y(l1_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l1_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[6143:6112], c_in[7007:6976], c_in[7423:7392], c_in[4511:4480], c_in[7807:7776], c_in[6335:6304], c_in[5343:5312], c_in[4831:4800], c_in[4319:4288], c_in[3327:3296], c_in[1855:1824], c_in[5151:5120], c_in[2239:2208], c_in[2655:2624], c_in[1151:1120], c_in[63:32]}),
    .y(l1_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l1_u_cpa (
    .x(l1_s),
    .y(l1_c),
    .s(l1_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l2_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[6623:6592], s_in[7487:7456], s_in[7903:7872], s_in[4991:4960], s_in[2559:2528], s_in[6815:6784], s_in[5823:5792], s_in[5311:5280], s_in[4799:4768], s_in[3807:3776], s_in[2335:2304], s_in[383:352], s_in[2719:2688], s_in[3135:3104], s_in[1631:1600], s_in[543:512]}),
    .y(l2_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l2_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[6623:6592], c_in[7487:7456], c_in[7903:7872], c_in[4991:4960], c_in[2559:2528], c_in[6815:6784], c_in[5823:5792], c_in[5311:5280], c_in[4799:4768], c_in[3807:3776], c_in[2335:2304], c_in[383:352], c_in[2719:2688], c_in[3135:3104], c_in[1631:1600], c_in[543:512]}),
    .y(l2_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l2_u_cpa (
    .x(l2_s),
    .y(l2_c),
    .s(l2_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l3_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[7103:7072], s_in[7967:7936], s_in[4095:4064], s_in[5471:5440], s_in[3039:3008], s_in[7295:7264], s_in[6303:6272], s_in[5791:5760], s_in[5279:5248], s_in[4287:4256], s_in[2815:2784], s_in[863:832], s_in[3199:3168], s_in[3615:3584], s_in[2111:2080], s_in[95:64]}),
    .y(l3_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l3_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[7103:7072], c_in[7967:7936], c_in[4095:4064], c_in[5471:5440], c_in[3039:3008], c_in[7295:7264], c_in[6303:6272], c_in[5791:5760], c_in[5279:5248], c_in[4287:4256], c_in[2815:2784], c_in[863:832], c_in[3199:3168], c_in[3615:3584], c_in[2111:2080], c_in[95:64]}),
    .y(l3_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l3_u_cpa (
    .x(l3_s),
    .y(l3_c),
    .s(l3_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l4_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[7583:7552], s_in[5119:5088], s_in[4575:4544], s_in[5951:5920], s_in[3519:3488], s_in[7775:7744], s_in[6783:6752], s_in[6271:6240], s_in[5759:5728], s_in[4767:4736], s_in[3295:3264], s_in[1343:1312], s_in[3679:3648], s_in[287:256], s_in[2591:2560], s_in[575:544]}),
    .y(l4_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l4_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[7583:7552], c_in[5119:5088], c_in[4575:4544], c_in[5951:5920], c_in[3519:3488], c_in[7775:7744], c_in[6783:6752], c_in[6271:6240], c_in[5759:5728], c_in[4767:4736], c_in[3295:3264], c_in[1343:1312], c_in[3679:3648], c_in[287:256], c_in[2591:2560], c_in[575:544]}),
    .y(l4_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l4_u_cpa (
    .x(l4_s),
    .y(l4_c),
    .s(l4_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l5_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[8063:8032], s_in[5599:5568], s_in[5055:5024], s_in[6431:6400], s_in[3999:3968], s_in[2047:2016], s_in[7263:7232], s_in[6751:6720], s_in[6239:6208], s_in[5247:5216], s_in[3775:3744], s_in[1823:1792], s_in[4159:4128], s_in[767:736], s_in[223:192], s_in[1055:1024]}),
    .y(l5_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l5_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[8063:8032], c_in[5599:5568], c_in[5055:5024], c_in[6431:6400], c_in[3999:3968], c_in[2047:2016], c_in[7263:7232], c_in[6751:6720], c_in[6239:6208], c_in[5247:5216], c_in[3775:3744], c_in[1823:1792], c_in[4159:4128], c_in[767:736], c_in[223:192], c_in[1055:1024]}),
    .y(l5_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l5_u_cpa (
    .x(l5_s),
    .y(l5_c),
    .s(l5_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l6_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[6655:6624], s_in[6079:6048], s_in[5535:5504], s_in[6911:6880], s_in[4479:4448], s_in[2527:2496], s_in[7743:7712], s_in[7231:7200], s_in[6719:6688], s_in[5727:5696], s_in[4255:4224], s_in[2303:2272], s_in[4639:4608], s_in[1247:1216], s_in[703:672], s_in[127:96]}),
    .y(l6_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l6_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[6655:6624], c_in[6079:6048], c_in[5535:5504], c_in[6911:6880], c_in[4479:4448], c_in[2527:2496], c_in[7743:7712], c_in[7231:7200], c_in[6719:6688], c_in[5727:5696], c_in[4255:4224], c_in[2303:2272], c_in[4639:4608], c_in[1247:1216], c_in[703:672], c_in[127:96]}),
    .y(l6_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l6_u_cpa (
    .x(l6_s),
    .y(l6_c),
    .s(l6_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l7_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[7135:7104], s_in[6559:6528], s_in[6015:5984], s_in[7391:7360], s_in[4959:4928], s_in[3007:2976], s_in[1535:1504], s_in[7711:7680], s_in[7199:7168], s_in[6207:6176], s_in[4735:4704], s_in[2783:2752], s_in[351:320], s_in[1727:1696], s_in[1183:1152], s_in[607:576]}),
    .y(l7_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l7_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[7135:7104], c_in[6559:6528], c_in[6015:5984], c_in[7391:7360], c_in[4959:4928], c_in[3007:2976], c_in[1535:1504], c_in[7711:7680], c_in[7199:7168], c_in[6207:6176], c_in[4735:4704], c_in[2783:2752], c_in[351:320], c_in[1727:1696], c_in[1183:1152], c_in[607:576]}),
    .y(l7_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l7_u_cpa (
    .x(l7_s),
    .y(l7_c),
    .s(l7_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l8_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[7615:7584], s_in[7039:7008], s_in[6495:6464], s_in[7871:7840], s_in[5439:5408], s_in[3487:3456], s_in[2015:1984], s_in[1023:992], s_in[511:480], s_in[6687:6656], s_in[5215:5184], s_in[3263:3232], s_in[831:800], s_in[2207:2176], s_in[1663:1632], s_in[1087:1056]}),
    .y(l8_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l8_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[7615:7584], c_in[7039:7008], c_in[6495:6464], c_in[7871:7840], c_in[5439:5408], c_in[3487:3456], c_in[2015:1984], c_in[1023:992], c_in[511:480], c_in[6687:6656], c_in[5215:5184], c_in[3263:3232], c_in[831:800], c_in[2207:2176], c_in[1663:1632], c_in[1087:1056]}),
    .y(l8_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l8_u_cpa (
    .x(l8_s),
    .y(l8_c),
    .s(l8_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l9_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[8095:8064], s_in[7519:7488], s_in[6975:6944], s_in[3583:3552], s_in[5919:5888], s_in[3967:3936], s_in[2495:2464], s_in[1503:1472], s_in[991:960], s_in[479:448], s_in[5695:5664], s_in[3743:3712], s_in[1311:1280], s_in[2687:2656], s_in[2143:2112], s_in[1567:1536]}),
    .y(l9_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l9_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[8095:8064], c_in[7519:7488], c_in[6975:6944], c_in[3583:3552], c_in[5919:5888], c_in[3967:3936], c_in[2495:2464], c_in[1503:1472], c_in[991:960], c_in[479:448], c_in[5695:5664], c_in[3743:3712], c_in[1311:1280], c_in[2687:2656], c_in[2143:2112], c_in[1567:1536]}),
    .y(l9_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l9_u_cpa (
    .x(l9_s),
    .y(l9_c),
    .s(l9_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l10_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[7167:7136], s_in[7999:7968], s_in[7455:7424], s_in[4063:4032], s_in[6399:6368], s_in[4447:4416], s_in[2975:2944], s_in[1983:1952], s_in[1471:1440], s_in[959:928], s_in[6175:6144], s_in[4223:4192], s_in[1791:1760], s_in[3167:3136], s_in[2623:2592], s_in[159:128]}),
    .y(l10_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l10_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[7167:7136], c_in[7999:7968], c_in[7455:7424], c_in[4063:4032], c_in[6399:6368], c_in[4447:4416], c_in[2975:2944], c_in[1983:1952], c_in[1471:1440], c_in[959:928], c_in[6175:6144], c_in[4223:4192], c_in[1791:1760], c_in[3167:3136], c_in[2623:2592], c_in[159:128]}),
    .y(l10_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l10_u_cpa (
    .x(l10_s),
    .y(l10_c),
    .s(l10_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l11_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[7647:7616], s_in[5631:5600], s_in[7935:7904], s_in[4543:4512], s_in[6879:6848], s_in[4927:4896], s_in[3455:3424], s_in[2463:2432], s_in[1951:1920], s_in[1439:1408], s_in[447:416], s_in[4703:4672], s_in[2271:2240], s_in[3647:3616], s_in[3103:3072], s_in[639:608]}),
    .y(l11_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l11_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[7647:7616], c_in[5631:5600], c_in[7935:7904], c_in[4543:4512], c_in[6879:6848], c_in[4927:4896], c_in[3455:3424], c_in[2463:2432], c_in[1951:1920], c_in[1439:1408], c_in[447:416], c_in[4703:4672], c_in[2271:2240], c_in[3647:3616], c_in[3103:3072], c_in[639:608]}),
    .y(l11_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l11_u_cpa (
    .x(l11_s),
    .y(l11_c),
    .s(l11_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l12_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[8127:8096], s_in[6111:6080], s_in[4607:4576], s_in[5023:4992], s_in[7359:7328], s_in[5407:5376], s_in[3935:3904], s_in[2943:2912], s_in[2431:2400], s_in[1919:1888], s_in[927:896], s_in[5183:5152], s_in[2751:2720], s_in[4127:4096], s_in[255:224], s_in[1119:1088]}),
    .y(l12_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l12_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[8127:8096], c_in[6111:6080], c_in[4607:4576], c_in[5023:4992], c_in[7359:7328], c_in[5407:5376], c_in[3935:3904], c_in[2943:2912], c_in[2431:2400], c_in[1919:1888], c_in[927:896], c_in[5183:5152], c_in[2751:2720], c_in[4127:4096], c_in[255:224], c_in[1119:1088]}),
    .y(l12_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l12_u_cpa (
    .x(l12_s),
    .y(l12_c),
    .s(l12_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l13_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[7679:7648], s_in[6591:6560], s_in[5087:5056], s_in[5503:5472], s_in[7839:7808], s_in[5887:5856], s_in[4415:4384], s_in[3423:3392], s_in[2911:2880], s_in[2399:2368], s_in[1407:1376], s_in[5663:5632], s_in[3231:3200], s_in[319:288], s_in[735:704], s_in[1599:1568]}),
    .y(l13_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l13_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[7679:7648], c_in[6591:6560], c_in[5087:5056], c_in[5503:5472], c_in[7839:7808], c_in[5887:5856], c_in[4415:4384], c_in[3423:3392], c_in[2911:2880], c_in[2399:2368], c_in[1407:1376], c_in[5663:5632], c_in[3231:3200], c_in[319:288], c_in[735:704], c_in[1599:1568]}),
    .y(l13_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l13_u_cpa (
    .x(l13_s),
    .y(l13_c),
    .s(l13_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l14_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[8159:8128], s_in[7071:7040], s_in[5567:5536], s_in[5983:5952], s_in[3071:3040], s_in[6367:6336], s_in[4895:4864], s_in[3903:3872], s_in[3391:3360], s_in[2879:2848], s_in[1887:1856], s_in[415:384], s_in[3711:3680], s_in[799:768], s_in[1215:1184], s_in[2079:2048]}),
    .y(l14_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l14_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[8159:8128], c_in[7071:7040], c_in[5567:5536], c_in[5983:5952], c_in[3071:3040], c_in[6367:6336], c_in[4895:4864], c_in[3903:3872], c_in[3391:3360], c_in[2879:2848], c_in[1887:1856], c_in[415:384], c_in[3711:3680], c_in[799:768], c_in[1215:1184], c_in[2079:2048]}),
    .y(l14_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l14_u_cpa (
    .x(l14_s),
    .y(l14_c),
    .s(l14_sum)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l15_u_s_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({s_in[8191:8160], s_in[7551:7520], s_in[6047:6016], s_in[6463:6432], s_in[3551:3520], s_in[6847:6816], s_in[5375:5344], s_in[4383:4352], s_in[3871:3840], s_in[3359:3328], s_in[2367:2336], s_in[895:864], s_in[4191:4160], s_in[1279:1248], s_in[1695:1664], s_in[191:160]}),
    .y(l15_s_sel)
  );
  sa_os_16x16_opt1_shared_sel1h_w32_n16 l15_u_c_sel (
    .sel({dl_q30, dl_q29, dl_q28, dl_q27, dl_q26, dl_q25, dl_q24, dl_q23, dl_q22, dl_q21, dl_q20, dl_q19, dl_q18, dl_q17, dl_q16, dl_q15}),
    .d({c_in[8191:8160], c_in[7551:7520], c_in[6047:6016], c_in[6463:6432], c_in[3551:3520], c_in[6847:6816], c_in[5375:5344], c_in[4383:4352], c_in[3871:3840], c_in[3359:3328], c_in[2367:2336], c_in[895:864], c_in[4191:4160], c_in[1279:1248], c_in[1695:1664], c_in[191:160]}),
    .y(l15_c_sel)
  );
  sa_os_16x16_opt1_shared_cpa_w32 l15_u_cpa (
    .x(l15_s),
    .y(l15_c),
    .s(l15_sum)
  );
  always @(posedge clk) if (rst) dl_q0 <= 1'b0; else dl_q0 <= last;
  always @(posedge clk) if (rst) dl_q1 <= 1'b0; else dl_q1 <= dl_q0;
  always @(posedge clk) if (rst) dl_q2 <= 1'b0; else dl_q2 <= dl_q1;
  always @(posedge clk) if (rst) dl_q3 <= 1'b0; else dl_q3 <= dl_q2;
  always @(posedge clk) if (rst) dl_q4 <= 1'b0; else dl_q4 <= dl_q3;
  always @(posedge clk) if (rst) dl_q5 <= 1'b0; else dl_q5 <= dl_q4;
  always @(posedge clk) if (rst) dl_q6 <= 1'b0; else dl_q6 <= dl_q5;
  always @(posedge clk) if (rst) dl_q7 <= 1'b0; else dl_q7 <= dl_q6;
  always @(posedge clk) if (rst) dl_q8 <= 1'b0; else dl_q8 <= dl_q7;
  always @(posedge clk) if (rst) dl_q9 <= 1'b0; else dl_q9 <= dl_q8;
  always @(posedge clk) if (rst) dl_q10 <= 1'b0; else dl_q10 <= dl_q9;
  always @(posedge clk) if (rst) dl_q11 <= 1'b0; else dl_q11 <= dl_q10;
  always @(posedge clk) if (rst) dl_q12 <= 1'b0; else dl_q12 <= dl_q11;
  always @(posedge clk) if (rst) dl_q13 <= 1'b0; else dl_q13 <= dl_q12;
  always @(posedge clk) if (rst) dl_q14 <= 1'b0; else dl_q14 <= dl_q13;
  always @(posedge clk) if (rst) dl_q15 <= 1'b0; else dl_q15 <= dl_q14;
  always @(posedge clk) if (rst) dl_q16 <= 1'b0; else dl_q16 <= dl_q15;
  always @(posedge clk) if (rst) dl_q17 <= 1'b0; else dl_q17 <= dl_q16;
  always @(posedge clk) if (rst) dl_q18 <= 1'b0; else dl_q18 <= dl_q17;
  always @(posedge clk) if (rst) dl_q19 <= 1'b0; else dl_q19 <= dl_q18;
  always @(posedge clk) if (rst) dl_q20 <= 1'b0; else dl_q20 <= dl_q19;
  always @(posedge clk) if (rst) dl_q21 <= 1'b0; else dl_q21 <= dl_q20;
  always @(posedge clk) if (rst) dl_q22 <= 1'b0; else dl_q22 <= dl_q21;
  always @(posedge clk) if (rst) dl_q23 <= 1'b0; else dl_q23 <= dl_q22;
  always @(posedge clk) if (rst) dl_q24 <= 1'b0; else dl_q24 <= dl_q23;
  always @(posedge clk) if (rst) dl_q25 <= 1'b0; else dl_q25 <= dl_q24;
  always @(posedge clk) if (rst) dl_q26 <= 1'b0; else dl_q26 <= dl_q25;
  always @(posedge clk) if (rst) dl_q27 <= 1'b0; else dl_q27 <= dl_q26;
  always @(posedge clk) if (rst) dl_q28 <= 1'b0; else dl_q28 <= dl_q27;
  always @(posedge clk) if (rst) dl_q29 <= 1'b0; else dl_q29 <= dl_q28;
  always @(posedge clk) if (rst) dl_q30 <= 1'b0; else dl_q30 <= dl_q29;
  always @(posedge clk) if (rst) step16_q0 <= 1'b0; else step16_q0 <= step16;
  always @(posedge clk) if (rst) step16_q1 <= 1'b0; else step16_q1 <= step16_q0;
  always @(posedge clk) if (step16) l0_s <= l0_s_sel;
  always @(posedge clk) if (step16) l0_c <= l0_c_sel;
  always @(posedge clk) if (step16_q0) l0_res <= l0_sum;
  always @(posedge clk) if (step16) l1_s <= l1_s_sel;
  always @(posedge clk) if (step16) l1_c <= l1_c_sel;
  always @(posedge clk) if (step16_q0) l1_res <= l1_sum;
  always @(posedge clk) if (step16) l2_s <= l2_s_sel;
  always @(posedge clk) if (step16) l2_c <= l2_c_sel;
  always @(posedge clk) if (step16_q0) l2_res <= l2_sum;
  always @(posedge clk) if (step16) l3_s <= l3_s_sel;
  always @(posedge clk) if (step16) l3_c <= l3_c_sel;
  always @(posedge clk) if (step16_q0) l3_res <= l3_sum;
  always @(posedge clk) if (step16) l4_s <= l4_s_sel;
  always @(posedge clk) if (step16) l4_c <= l4_c_sel;
  always @(posedge clk) if (step16_q0) l4_res <= l4_sum;
  always @(posedge clk) if (step16) l5_s <= l5_s_sel;
  always @(posedge clk) if (step16) l5_c <= l5_c_sel;
  always @(posedge clk) if (step16_q0) l5_res <= l5_sum;
  always @(posedge clk) if (step16) l6_s <= l6_s_sel;
  always @(posedge clk) if (step16) l6_c <= l6_c_sel;
  always @(posedge clk) if (step16_q0) l6_res <= l6_sum;
  always @(posedge clk) if (step16) l7_s <= l7_s_sel;
  always @(posedge clk) if (step16) l7_c <= l7_c_sel;
  always @(posedge clk) if (step16_q0) l7_res <= l7_sum;
  always @(posedge clk) if (step16) l8_s <= l8_s_sel;
  always @(posedge clk) if (step16) l8_c <= l8_c_sel;
  always @(posedge clk) if (step16_q0) l8_res <= l8_sum;
  always @(posedge clk) if (step16) l9_s <= l9_s_sel;
  always @(posedge clk) if (step16) l9_c <= l9_c_sel;
  always @(posedge clk) if (step16_q0) l9_res <= l9_sum;
  always @(posedge clk) if (step16) l10_s <= l10_s_sel;
  always @(posedge clk) if (step16) l10_c <= l10_c_sel;
  always @(posedge clk) if (step16_q0) l10_res <= l10_sum;
  always @(posedge clk) if (step16) l11_s <= l11_s_sel;
  always @(posedge clk) if (step16) l11_c <= l11_c_sel;
  always @(posedge clk) if (step16_q0) l11_res <= l11_sum;
  always @(posedge clk) if (step16) l12_s <= l12_s_sel;
  always @(posedge clk) if (step16) l12_c <= l12_c_sel;
  always @(posedge clk) if (step16_q0) l12_res <= l12_sum;
  always @(posedge clk) if (step16) l13_s <= l13_s_sel;
  always @(posedge clk) if (step16) l13_c <= l13_c_sel;
  always @(posedge clk) if (step16_q0) l13_res <= l13_sum;
  always @(posedge clk) if (step16) l14_s <= l14_s_sel;
  always @(posedge clk) if (step16) l14_c <= l14_c_sel;
  always @(posedge clk) if (step16_q0) l14_res <= l14_sum;
  always @(posedge clk) if (step16) l15_s <= l15_s_sel;
  always @(posedge clk) if (step16) l15_c <= l15_c_sel;
  always @(posedge clk) if (step16_q0) l15_res <= l15_sum;
endmodule
