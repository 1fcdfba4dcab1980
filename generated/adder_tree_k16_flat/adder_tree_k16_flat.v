// adder_tree_k16_flat: adder-tree 16x16 array top
// Source design: adder_tree_k16_flat (examples/adder_tree_k16_flat.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// adder-tree array, 16 (k) x 16 (n); k reduction form: cpa.
// Protocol: pulse start with cfg_m = rows of A; the array first requests the 16 weight rows
// (b_idx, last row first: they shift down the columns), then one row of A per cycle (a_idx = m).
// out_vld[c] marks C[m][c] for successive m at the bottom of column c.
module adder_tree_k16_flat (
  input wire clk,
  input wire rst,
  input wire start,
  input wire [31:0] cfg_m,
  output wire a_rd,
  output wire [31:0] a_idx,
  input wire [127:0] a_in,
  output wire b_rd,
  output wire [31:0] b_idx,
  input wire [127:0] b_in,
  output wire [15:0] out_vld,
  output wire [511:0] out_data
);
  // Controller: phase 1 loads weights (16 cycles), phase 2 feeds rows of A. The last-row
  // flag is registered a row ahead (mrem counts the rows left): no compare with cfg_m per cycle.
  wire load;
  wire f_vld;
  wire load_last;
  wire f_last;
  wire [31:0] p0_0_p0;
  wire [31:0] p1_0_p0;
  wire [31:0] p2_0_p0;
  wire [31:0] p3_0_p0;
  wire [31:0] p4_0_p0;
  wire [31:0] p5_0_p0;
  wire [31:0] p6_0_p0;
  wire [31:0] p7_0_p0;
  wire [31:0] p8_0_p0;
  wire [31:0] p9_0_p0;
  wire [31:0] p10_0_p0;
  wire [31:0] p11_0_p0;
  wire [31:0] p12_0_p0;
  wire [31:0] p13_0_p0;
  wire [31:0] p14_0_p0;
  wire [31:0] p15_0_p0;
  wire [31:0] col0_a0_0;
  wire [31:0] col0_a0_1;
  wire [31:0] col0_a0_2;
  wire [31:0] col0_a0_3;
  wire [31:0] col0_a0_4;
  wire [31:0] col0_a0_5;
  wire [31:0] col0_a0_6;
  wire [31:0] col0_a0_7;
  wire [31:0] col0_a1_0;
  wire [31:0] col0_a1_1;
  wire [31:0] col0_a1_2;
  wire [31:0] col0_a1_3;
  wire [31:0] col0_a2_0;
  wire [31:0] col0_a2_1;
  wire [31:0] col0_a3_0;
  wire [31:0] p0_1_p0;
  wire [31:0] p1_1_p0;
  wire [31:0] p2_1_p0;
  wire [31:0] p3_1_p0;
  wire [31:0] p4_1_p0;
  wire [31:0] p5_1_p0;
  wire [31:0] p6_1_p0;
  wire [31:0] p7_1_p0;
  wire [31:0] p8_1_p0;
  wire [31:0] p9_1_p0;
  wire [31:0] p10_1_p0;
  wire [31:0] p11_1_p0;
  wire [31:0] p12_1_p0;
  wire [31:0] p13_1_p0;
  wire [31:0] p14_1_p0;
  wire [31:0] p15_1_p0;
  wire [31:0] col1_a0_0;
  wire [31:0] col1_a0_1;
  wire [31:0] col1_a0_2;
  wire [31:0] col1_a0_3;
  wire [31:0] col1_a0_4;
  wire [31:0] col1_a0_5;
  wire [31:0] col1_a0_6;
  wire [31:0] col1_a0_7;
  wire [31:0] col1_a1_0;
  wire [31:0] col1_a1_1;
  wire [31:0] col1_a1_2;
  wire [31:0] col1_a1_3;
  wire [31:0] col1_a2_0;
  wire [31:0] col1_a2_1;
  wire [31:0] col1_a3_0;
  wire [31:0] p0_2_p0;
  wire [31:0] p1_2_p0;
  wire [31:0] p2_2_p0;
  wire [31:0] p3_2_p0;
  wire [31:0] p4_2_p0;
  wire [31:0] p5_2_p0;
  wire [31:0] p6_2_p0;
  wire [31:0] p7_2_p0;
  wire [31:0] p8_2_p0;
  wire [31:0] p9_2_p0;
  wire [31:0] p10_2_p0;
  wire [31:0] p11_2_p0;
  wire [31:0] p12_2_p0;
  wire [31:0] p13_2_p0;
  wire [31:0] p14_2_p0;
  wire [31:0] p15_2_p0;
  wire [31:0] col2_a0_0;
  wire [31:0] col2_a0_1;
  wire [31:0] col2_a0_2;
  wire [31:0] col2_a0_3;
  wire [31:0] col2_a0_4;
  wire [31:0] col2_a0_5;
  wire [31:0] col2_a0_6;
  wire [31:0] col2_a0_7;
  wire [31:0] col2_a1_0;
  wire [31:0] col2_a1_1;
  wire [31:0] col2_a1_2;
  wire [31:0] col2_a1_3;
  wire [31:0] col2_a2_0;
  wire [31:0] col2_a2_1;
  wire [31:0] col2_a3_0;
  wire [31:0] p0_3_p0;
  wire [31:0] p1_3_p0;
  wire [31:0] p2_3_p0;
  wire [31:0] p3_3_p0;
  wire [31:0] p4_3_p0;
  wire [31:0] p5_3_p0;
  wire [31:0] p6_3_p0;
  wire [31:0] p7_3_p0;
  wire [31:0] p8_3_p0;
  wire [31:0] p9_3_p0;
  wire [31:0] p10_3_p0;
  wire [31:0] p11_3_p0;
  wire [31:0] p12_3_p0;
  wire [31:0] p13_3_p0;
  wire [31:0] p14_3_p0;
  wire [31:0] p15_3_p0;
  wire [31:0] col3_a0_0;
  wire [31:0] col3_a0_1;
  wire [31:0] col3_a0_2;
  wire [31:0] col3_a0_3;
  wire [31:0] col3_a0_4;
  wire [31:0] col3_a0_5;
  wire [31:0] col3_a0_6;
  wire [31:0] col3_a0_7;
  wire [31:0] col3_a1_0;
  wire [31:0] col3_a1_1;
  wire [31:0] col3_a1_2;
  wire [31:0] col3_a1_3;
  wire [31:0] col3_a2_0;
  wire [31:0] col3_a2_1;
  wire [31:0] col3_a3_0;
  wire [31:0] p0_4_p0;
  wire [31:0] p1_4_p0;
  wire [31:0] p2_4_p0;
  wire [31:0] p3_4_p0;
  wire [31:0] p4_4_p0;
  wire [31:0] p5_4_p0;
  wire [31:0] p6_4_p0;
  wire [31:0] p7_4_p0;
  wire [31:0] p8_4_p0;
  wire [31:0] p9_4_p0;
  wire [31:0] p10_4_p0;
  wire [31:0] p11_4_p0;
  wire [31:0] p12_4_p0;
  wire [31:0] p13_4_p0;
  wire [31:0] p14_4_p0;
  wire [31:0] p15_4_p0;
  wire [31:0] col4_a0_0;
  wire [31:0] col4_a0_1;
  wire [31:0] col4_a0_2;
  wire [31:0] col4_a0_3;
  wire [31:0] col4_a0_4;
  wire [31:0] col4_a0_5;
  wire [31:0] col4_a0_6;
  wire [31:0] col4_a0_7;
  wire [31:0] col4_a1_0;
  wire [31:0] col4_a1_1;
  wire [31:0] col4_a1_2;
  wire [31:0] col4_a1_3;
  wire [31:0] col4_a2_0;
  wire [31:0] col4_a2_1;
  wire [31:0] col4_a3_0;
  wire [31:0] p0_5_p0;
  wire [31:0] p1_5_p0;
  wire [31:0] p2_5_p0;
  wire [31:0] p3_5_p0;
  wire [31:0] p4_5_p0;
  wire [31:0] p5_5_p0;
  wire [31:0] p6_5_p0;
  wire [31:0] p7_5_p0;
  wire [31:0] p8_5_p0;
  wire [31:0] p9_5_p0;
  wire [31:0] p10_5_p0;
  wire [31:0] p11_5_p0;
  wire [31:0] p12_5_p0;
  wire [31:0] p13_5_p0;
  wire [31:0] p14_5_p0;
  wire [31:0] p15_5_p0;
  wire [31:0] col5_a0_0;
  wire [31:0] col5_a0_1;
  wire [31:0] col5_a0_2;
  wire [31:0] col5_a0_3;
  wire [31:0] col5_a0_4;
  wire [31:0] col5_a0_5;
  wire [31:0] col5_a0_6;
  wire [31:0] col5_a0_7;
  wire [31:0] col5_a1_0;
  wire [31:0] col5_a1_1;
  wire [31:0] col5_a1_2;
  wire [31:0] col5_a1_3;
  wire [31:0] col5_a2_0;
  wire [31:0] col5_a2_1;
  wire [31:0] col5_a3_0;
  wire [31:0] p0_6_p0;
  wire [31:0] p1_6_p0;
  wire [31:0] p2_6_p0;
  wire [31:0] p3_6_p0;
  wire [31:0] p4_6_p0;
  wire [31:0] p5_6_p0;
  wire [31:0] p6_6_p0;
  wire [31:0] p7_6_p0;
  wire [31:0] p8_6_p0;
  wire [31:0] p9_6_p0;
  wire [31:0] p10_6_p0;
  wire [31:0] p11_6_p0;
  wire [31:0] p12_6_p0;
  wire [31:0] p13_6_p0;
  wire [31:0] p14_6_p0;
  wire [31:0] p15_6_p0;
  wire [31:0] col6_a0_0;
  wire [31:0] col6_a0_1;
  wire [31:0] col6_a0_2;
  wire [31:0] col6_a0_3;
  wire [31:0] col6_a0_4;
  wire [31:0] col6_a0_5;
  wire [31:0] col6_a0_6;
  wire [31:0] col6_a0_7;
  wire [31:0] col6_a1_0;
  wire [31:0] col6_a1_1;
  wire [31:0] col6_a1_2;
  wire [31:0] col6_a1_3;
  wire [31:0] col6_a2_0;
  wire [31:0] col6_a2_1;
  wire [31:0] col6_a3_0;
  wire [31:0] p0_7_p0;
  wire [31:0] p1_7_p0;
  wire [31:0] p2_7_p0;
  wire [31:0] p3_7_p0;
  wire [31:0] p4_7_p0;
  wire [31:0] p5_7_p0;
  wire [31:0] p6_7_p0;
  wire [31:0] p7_7_p0;
  wire [31:0] p8_7_p0;
  wire [31:0] p9_7_p0;
  wire [31:0] p10_7_p0;
  wire [31:0] p11_7_p0;
  wire [31:0] p12_7_p0;
  wire [31:0] p13_7_p0;
  wire [31:0] p14_7_p0;
  wire [31:0] p15_7_p0;
  wire [31:0] col7_a0_0;
  wire [31:0] col7_a0_1;
  wire [31:0] col7_a0_2;
  wire [31:0] col7_a0_3;
  wire [31:0] col7_a0_4;
  wire [31:0] col7_a0_5;
  wire [31:0] col7_a0_6;
  wire [31:0] col7_a0_7;
  wire [31:0] col7_a1_0;
  wire [31:0] col7_a1_1;
  wire [31:0] col7_a1_2;
  wire [31:0] col7_a1_3;
  wire [31:0] col7_a2_0;
  wire [31:0] col7_a2_1;
  wire [31:0] col7_a3_0;
  wire [31:0] p0_8_p0;
  wire [31:0] p1_8_p0;
  wire [31:0] p2_8_p0;
  wire [31:0] p3_8_p0;
  wire [31:0] p4_8_p0;
  wire [31:0] p5_8_p0;
  wire [31:0] p6_8_p0;
  wire [31:0] p7_8_p0;
  wire [31:0] p8_8_p0;
  wire [31:0] p9_8_p0;
  wire [31:0] p10_8_p0;
  wire [31:0] p11_8_p0;
  wire [31:0] p12_8_p0;
  wire [31:0] p13_8_p0;
  wire [31:0] p14_8_p0;
  wire [31:0] p15_8_p0;
  wire [31:0] col8_a0_0;
  wire [31:0] col8_a0_1;
  wire [31:0] col8_a0_2;
  wire [31:0] col8_a0_3;
  wire [31:0] col8_a0_4;
  wire [31:0] col8_a0_5;
  wire [31:0] col8_a0_6;
  wire [31:0] col8_a0_7;
  wire [31:0] col8_a1_0;
  wire [31:0] col8_a1_1;
  wire [31:0] col8_a1_2;
  wire [31:0] col8_a1_3;
  wire [31:0] col8_a2_0;
  wire [31:0] col8_a2_1;
  wire [31:0] col8_a3_0;
  wire [31:0] p0_9_p0;
  wire [31:0] p1_9_p0;
  wire [31:0] p2_9_p0;
  wire [31:0] p3_9_p0;
  wire [31:0] p4_9_p0;
  wire [31:0] p5_9_p0;
  wire [31:0] p6_9_p0;
  wire [31:0] p7_9_p0;
  wire [31:0] p8_9_p0;
  wire [31:0] p9_9_p0;
  wire [31:0] p10_9_p0;
  wire [31:0] p11_9_p0;
  wire [31:0] p12_9_p0;
  wire [31:0] p13_9_p0;
  wire [31:0] p14_9_p0;
  wire [31:0] p15_9_p0;
  wire [31:0] col9_a0_0;
  wire [31:0] col9_a0_1;
  wire [31:0] col9_a0_2;
  wire [31:0] col9_a0_3;
  wire [31:0] col9_a0_4;
  wire [31:0] col9_a0_5;
  wire [31:0] col9_a0_6;
  wire [31:0] col9_a0_7;
  wire [31:0] col9_a1_0;
  wire [31:0] col9_a1_1;
  wire [31:0] col9_a1_2;
  wire [31:0] col9_a1_3;
  wire [31:0] col9_a2_0;
  wire [31:0] col9_a2_1;
  wire [31:0] col9_a3_0;
  wire [31:0] p0_10_p0;
  wire [31:0] p1_10_p0;
  wire [31:0] p2_10_p0;
  wire [31:0] p3_10_p0;
  wire [31:0] p4_10_p0;
  wire [31:0] p5_10_p0;
  wire [31:0] p6_10_p0;
  wire [31:0] p7_10_p0;
  wire [31:0] p8_10_p0;
  wire [31:0] p9_10_p0;
  wire [31:0] p10_10_p0;
  wire [31:0] p11_10_p0;
  wire [31:0] p12_10_p0;
  wire [31:0] p13_10_p0;
  wire [31:0] p14_10_p0;
  wire [31:0] p15_10_p0;
  wire [31:0] col10_a0_0;
  wire [31:0] col10_a0_1;
  wire [31:0] col10_a0_2;
  wire [31:0] col10_a0_3;
  wire [31:0] col10_a0_4;
  wire [31:0] col10_a0_5;
  wire [31:0] col10_a0_6;
  wire [31:0] col10_a0_7;
  wire [31:0] col10_a1_0;
  wire [31:0] col10_a1_1;
  wire [31:0] col10_a1_2;
  wire [31:0] col10_a1_3;
  wire [31:0] col10_a2_0;
  wire [31:0] col10_a2_1;
  wire [31:0] col10_a3_0;
  wire [31:0] p0_11_p0;
  wire [31:0] p1_11_p0;
  wire [31:0] p2_11_p0;
  wire [31:0] p3_11_p0;
  wire [31:0] p4_11_p0;
  wire [31:0] p5_11_p0;
  wire [31:0] p6_11_p0;
  wire [31:0] p7_11_p0;
  wire [31:0] p8_11_p0;
  wire [31:0] p9_11_p0;
  wire [31:0] p10_11_p0;
  wire [31:0] p11_11_p0;
  wire [31:0] p12_11_p0;
  wire [31:0] p13_11_p0;
  wire [31:0] p14_11_p0;
  wire [31:0] p15_11_p0;
  wire [31:0] col11_a0_0;
  wire [31:0] col11_a0_1;
  wire [31:0] col11_a0_2;
  wire [31:0] col11_a0_3;
  wire [31:0] col11_a0_4;
  wire [31:0] col11_a0_5;
  wire [31:0] col11_a0_6;
  wire [31:0] col11_a0_7;
  wire [31:0] col11_a1_0;
  wire [31:0] col11_a1_1;
  wire [31:0] col11_a1_2;
  wire [31:0] col11_a1_3;
  wire [31:0] col11_a2_0;
  wire [31:0] col11_a2_1;
  wire [31:0] col11_a3_0;
  wire [31:0] p0_12_p0;
  wire [31:0] p1_12_p0;
  wire [31:0] p2_12_p0;
  wire [31:0] p3_12_p0;
  wire [31:0] p4_12_p0;
  wire [31:0] p5_12_p0;
  wire [31:0] p6_12_p0;
  wire [31:0] p7_12_p0;
  wire [31:0] p8_12_p0;
  wire [31:0] p9_12_p0;
  wire [31:0] p10_12_p0;
  wire [31:0] p11_12_p0;
  wire [31:0] p12_12_p0;
  wire [31:0] p13_12_p0;
  wire [31:0] p14_12_p0;
  wire [31:0] p15_12_p0;
  wire [31:0] col12_a0_0;
  wire [31:0] col12_a0_1;
  wire [31:0] col12_a0_2;
  wire [31:0] col12_a0_3;
  wire [31:0] col12_a0_4;
  wire [31:0] col12_a0_5;
  wire [31:0] col12_a0_6;
  wire [31:0] col12_a0_7;
  wire [31:0] col12_a1_0;
  wire [31:0] col12_a1_1;
  wire [31:0] col12_a1_2;
  wire [31:0] col12_a1_3;
  wire [31:0] col12_a2_0;
  wire [31:0] col12_a2_1;
  wire [31:0] col12_a3_0;
  wire [31:0] p0_13_p0;
  wire [31:0] p1_13_p0;
  wire [31:0] p2_13_p0;
  wire [31:0] p3_13_p0;
  wire [31:0] p4_13_p0;
  wire [31:0] p5_13_p0;
  wire [31:0] p6_13_p0;
  wire [31:0] p7_13_p0;
  wire [31:0] p8_13_p0;
  wire [31:0] p9_13_p0;
  wire [31:0] p10_13_p0;
  wire [31:0] p11_13_p0;
  wire [31:0] p12_13_p0;
  wire [31:0] p13_13_p0;
  wire [31:0] p14_13_p0;
  wire [31:0] p15_13_p0;
  wire [31:0] col13_a0_0;
  wire [31:0] col13_a0_1;
  wire [31:0] col13_a0_2;
  wire [31:0] col13_a0_3;
  wire [31:0] col13_a0_4;
  wire [31:0] col13_a0_5;
  wire [31:0] col13_a0_6;
  wire [31:0] col13_a0_7;
  wire [31:0] col13_a1_0;
  wire [31:0] col13_a1_1;
  wire [31:0] col13_a1_2;
  wire [31:0] col13_a1_3;
  wire [31:0] col13_a2_0;
  wire [31:0] col13_a2_1;
  wire [31:0] col13_a3_0;
  wire [31:0] p0_14_p0;
  wire [31:0] p1_14_p0;
  wire [31:0] p2_14_p0;
  wire [31:0] p3_14_p0;
  wire [31:0] p4_14_p0;
  wire [31:0] p5_14_p0;
  wire [31:0] p6_14_p0;
  wire [31:0] p7_14_p0;
  wire [31:0] p8_14_p0;
  wire [31:0] p9_14_p0;
  wire [31:0] p10_14_p0;
  wire [31:0] p11_14_p0;
  wire [31:0] p12_14_p0;
  wire [31:0] p13_14_p0;
  wire [31:0] p14_14_p0;
  wire [31:0] p15_14_p0;
  wire [31:0] col14_a0_0;
  wire [31:0] col14_a0_1;
  wire [31:0] col14_a0_2;
  wire [31:0] col14_a0_3;
  wire [31:0] col14_a0_4;
  wire [31:0] col14_a0_5;
  wire [31:0] col14_a0_6;
  wire [31:0] col14_a0_7;
  wire [31:0] col14_a1_0;
  wire [31:0] col14_a1_1;
  wire [31:0] col14_a1_2;
  wire [31:0] col14_a1_3;
  wire [31:0] col14_a2_0;
  wire [31:0] col14_a2_1;
  wire [31:0] col14_a3_0;
  wire [31:0] p0_15_p0;
  wire [31:0] p1_15_p0;
  wire [31:0] p2_15_p0;
  wire [31:0] p3_15_p0;
  wire [31:0] p4_15_p0;
  wire [31:0] p5_15_p0;
  wire [31:0] p6_15_p0;
  wire [31:0] p7_15_p0;
  wire [31:0] p8_15_p0;
  wire [31:0] p9_15_p0;
  wire [31:0] p10_15_p0;
  wire [31:0] p11_15_p0;
  wire [31:0] p12_15_p0;
  wire [31:0] p13_15_p0;
  wire [31:0] p14_15_p0;
  wire [31:0] p15_15_p0;
  wire [31:0] col15_a0_0;
  wire [31:0] col15_a0_1;
  wire [31:0] col15_a0_2;
  wire [31:0] col15_a0_3;
  wire [31:0] col15_a0_4;
  wire [31:0] col15_a0_5;
  wire [31:0] col15_a0_6;
  wire [31:0] col15_a0_7;
  wire [31:0] col15_a1_0;
  wire [31:0] col15_a1_1;
  wire [31:0] col15_a1_2;
  wire [31:0] col15_a1_3;
  wire [31:0] col15_a2_0;
  wire [31:0] col15_a2_1;
  wire [31:0] col15_a3_0;
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
  reg [7:0] w0_8;
  reg [7:0] w0_9;
  reg [7:0] w0_10;
  reg [7:0] w0_11;
  reg [7:0] w0_12;
  reg [7:0] w0_13;
  reg [7:0] w0_14;
  reg [7:0] w0_15;
  reg [7:0] w1_0;
  reg [7:0] w1_1;
  reg [7:0] w1_2;
  reg [7:0] w1_3;
  reg [7:0] w1_4;
  reg [7:0] w1_5;
  reg [7:0] w1_6;
  reg [7:0] w1_7;
  reg [7:0] w1_8;
  reg [7:0] w1_9;
  reg [7:0] w1_10;
  reg [7:0] w1_11;
  reg [7:0] w1_12;
  reg [7:0] w1_13;
  reg [7:0] w1_14;
  reg [7:0] w1_15;
  reg [7:0] w2_0;
  reg [7:0] w2_1;
  reg [7:0] w2_2;
  reg [7:0] w2_3;
  reg [7:0] w2_4;
  reg [7:0] w2_5;
  reg [7:0] w2_6;
  reg [7:0] w2_7;
  reg [7:0] w2_8;
  reg [7:0] w2_9;
  reg [7:0] w2_10;
  reg [7:0] w2_11;
  reg [7:0] w2_12;
  reg [7:0] w2_13;
  reg [7:0] w2_14;
  reg [7:0] w2_15;
  reg [7:0] w3_0;
  reg [7:0] w3_1;
  reg [7:0] w3_2;
  reg [7:0] w3_3;
  reg [7:0] w3_4;
  reg [7:0] w3_5;
  reg [7:0] w3_6;
  reg [7:0] w3_7;
  reg [7:0] w3_8;
  reg [7:0] w3_9;
  reg [7:0] w3_10;
  reg [7:0] w3_11;
  reg [7:0] w3_12;
  reg [7:0] w3_13;
  reg [7:0] w3_14;
  reg [7:0] w3_15;
  reg [7:0] w4_0;
  reg [7:0] w4_1;
  reg [7:0] w4_2;
  reg [7:0] w4_3;
  reg [7:0] w4_4;
  reg [7:0] w4_5;
  reg [7:0] w4_6;
  reg [7:0] w4_7;
  reg [7:0] w4_8;
  reg [7:0] w4_9;
  reg [7:0] w4_10;
  reg [7:0] w4_11;
  reg [7:0] w4_12;
  reg [7:0] w4_13;
  reg [7:0] w4_14;
  reg [7:0] w4_15;
  reg [7:0] w5_0;
  reg [7:0] w5_1;
  reg [7:0] w5_2;
  reg [7:0] w5_3;
  reg [7:0] w5_4;
  reg [7:0] w5_5;
  reg [7:0] w5_6;
  reg [7:0] w5_7;
  reg [7:0] w5_8;
  reg [7:0] w5_9;
  reg [7:0] w5_10;
  reg [7:0] w5_11;
  reg [7:0] w5_12;
  reg [7:0] w5_13;
  reg [7:0] w5_14;
  reg [7:0] w5_15;
  reg [7:0] w6_0;
  reg [7:0] w6_1;
  reg [7:0] w6_2;
  reg [7:0] w6_3;
  reg [7:0] w6_4;
  reg [7:0] w6_5;
  reg [7:0] w6_6;
  reg [7:0] w6_7;
  reg [7:0] w6_8;
  reg [7:0] w6_9;
  reg [7:0] w6_10;
  reg [7:0] w6_11;
  reg [7:0] w6_12;
  reg [7:0] w6_13;
  reg [7:0] w6_14;
  reg [7:0] w6_15;
  reg [7:0] w7_0;
  reg [7:0] w7_1;
  reg [7:0] w7_2;
  reg [7:0] w7_3;
  reg [7:0] w7_4;
  reg [7:0] w7_5;
  reg [7:0] w7_6;
  reg [7:0] w7_7;
  reg [7:0] w7_8;
  reg [7:0] w7_9;
  reg [7:0] w7_10;
  reg [7:0] w7_11;
  reg [7:0] w7_12;
  reg [7:0] w7_13;
  reg [7:0] w7_14;
  reg [7:0] w7_15;
  reg [7:0] w8_0;
  reg [7:0] w8_1;
  reg [7:0] w8_2;
  reg [7:0] w8_3;
  reg [7:0] w8_4;
  reg [7:0] w8_5;
  reg [7:0] w8_6;
  reg [7:0] w8_7;
  reg [7:0] w8_8;
  reg [7:0] w8_9;
  reg [7:0] w8_10;
  reg [7:0] w8_11;
  reg [7:0] w8_12;
  reg [7:0] w8_13;
  reg [7:0] w8_14;
  reg [7:0] w8_15;
  reg [7:0] w9_0;
  reg [7:0] w9_1;
  reg [7:0] w9_2;
  reg [7:0] w9_3;
  reg [7:0] w9_4;
  reg [7:0] w9_5;
  reg [7:0] w9_6;
  reg [7:0] w9_7;
  reg [7:0] w9_8;
  reg [7:0] w9_9;
  reg [7:0] w9_10;
  reg [7:0] w9_11;
  reg [7:0] w9_12;
  reg [7:0] w9_13;
  reg [7:0] w9_14;
  reg [7:0] w9_15;
  reg [7:0] w10_0;
  reg [7:0] w10_1;
  reg [7:0] w10_2;
  reg [7:0] w10_3;
  reg [7:0] w10_4;
  reg [7:0] w10_5;
  reg [7:0] w10_6;
  reg [7:0] w10_7;
  reg [7:0] w10_8;
  reg [7:0] w10_9;
  reg [7:0] w10_10;
  reg [7:0] w10_11;
  reg [7:0] w10_12;
  reg [7:0] w10_13;
  reg [7:0] w10_14;
  reg [7:0] w10_15;
  reg [7:0] w11_0;
  reg [7:0] w11_1;
  reg [7:0] w11_2;
  reg [7:0] w11_3;
  reg [7:0] w11_4;
  reg [7:0] w11_5;
  reg [7:0] w11_6;
  reg [7:0] w11_7;
  reg [7:0] w11_8;
  reg [7:0] w11_9;
  reg [7:0] w11_10;
  reg [7:0] w11_11;
  reg [7:0] w11_12;
  reg [7:0] w11_13;
  reg [7:0] w11_14;
  reg [7:0] w11_15;
  reg [7:0] w12_0;
  reg [7:0] w12_1;
  reg [7:0] w12_2;
  reg [7:0] w12_3;
  reg [7:0] w12_4;
  reg [7:0] w12_5;
  reg [7:0] w12_6;
  reg [7:0] w12_7;
  reg [7:0] w12_8;
  reg [7:0] w12_9;
  reg [7:0] w12_10;
  reg [7:0] w12_11;
  reg [7:0] w12_12;
  reg [7:0] w12_13;
  reg [7:0] w12_14;
  reg [7:0] w12_15;
  reg [7:0] w13_0;
  reg [7:0] w13_1;
  reg [7:0] w13_2;
  reg [7:0] w13_3;
  reg [7:0] w13_4;
  reg [7:0] w13_5;
  reg [7:0] w13_6;
  reg [7:0] w13_7;
  reg [7:0] w13_8;
  reg [7:0] w13_9;
  reg [7:0] w13_10;
  reg [7:0] w13_11;
  reg [7:0] w13_12;
  reg [7:0] w13_13;
  reg [7:0] w13_14;
  reg [7:0] w13_15;
  reg [7:0] w14_0;
  reg [7:0] w14_1;
  reg [7:0] w14_2;
  reg [7:0] w14_3;
  reg [7:0] w14_4;
  reg [7:0] w14_5;
  reg [7:0] w14_6;
  reg [7:0] w14_7;
  reg [7:0] w14_8;
  reg [7:0] w14_9;
  reg [7:0] w14_10;
  reg [7:0] w14_11;
  reg [7:0] w14_12;
  reg [7:0] w14_13;
  reg [7:0] w14_14;
  reg [7:0] w14_15;
  reg [7:0] w15_0;
  reg [7:0] w15_1;
  reg [7:0] w15_2;
  reg [7:0] w15_3;
  reg [7:0] w15_4;
  reg [7:0] w15_5;
  reg [7:0] w15_6;
  reg [7:0] w15_7;
  reg [7:0] w15_8;
  reg [7:0] w15_9;
  reg [7:0] w15_10;
  reg [7:0] w15_11;
  reg [7:0] w15_12;
  reg [7:0] w15_13;
  reg [7:0] w15_14;
  reg [7:0] w15_15;
  reg [31:0] res0;
  reg [31:0] res1;
  reg [31:0] res2;
  reg [31:0] res3;
  reg [31:0] res4;
  reg [31:0] res5;
  reg [31:0] res6;
  reg [31:0] res7;
  reg [31:0] res8;
  reg [31:0] res9;
  reg [31:0] res10;
  reg [31:0] res11;
  reg [31:0] res12;
  reg [31:0] res13;
  reg [31:0] res14;
  reg [31:0] res15;
  reg dv_f_vld_q0;
  assign load = phase == 2'd1;
  assign f_vld = phase == 2'd2;
  assign load_last = load & (cnt == 32'd15);
  assign f_last = f_vld & m_last;
  assign b_rd = load;
  assign b_idx = 32'd15 - cnt;
  assign a_rd = f_vld;
  assign a_idx = cnt;
  assign out_vld = {dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0, dv_f_vld_q0};
  assign out_data = {res15, res14, res13, res12, res11, res10, res9, res8, res7, res6, res5, res4, res3, res2, res1, res0};
  adder_tree_k16_flat_pe pe0_0 (
    .a(a_in[7:0]),
    .b(w0_0),
    .p0_out(p0_0_p0)
  );
  adder_tree_k16_flat_pe pe1_0 (
    .a(a_in[15:8]),
    .b(w1_0),
    .p0_out(p1_0_p0)
  );
  adder_tree_k16_flat_pe pe2_0 (
    .a(a_in[23:16]),
    .b(w2_0),
    .p0_out(p2_0_p0)
  );
  adder_tree_k16_flat_pe pe3_0 (
    .a(a_in[31:24]),
    .b(w3_0),
    .p0_out(p3_0_p0)
  );
  adder_tree_k16_flat_pe pe4_0 (
    .a(a_in[39:32]),
    .b(w4_0),
    .p0_out(p4_0_p0)
  );
  adder_tree_k16_flat_pe pe5_0 (
    .a(a_in[47:40]),
    .b(w5_0),
    .p0_out(p5_0_p0)
  );
  adder_tree_k16_flat_pe pe6_0 (
    .a(a_in[55:48]),
    .b(w6_0),
    .p0_out(p6_0_p0)
  );
  adder_tree_k16_flat_pe pe7_0 (
    .a(a_in[63:56]),
    .b(w7_0),
    .p0_out(p7_0_p0)
  );
  adder_tree_k16_flat_pe pe8_0 (
    .a(a_in[71:64]),
    .b(w8_0),
    .p0_out(p8_0_p0)
  );
  adder_tree_k16_flat_pe pe9_0 (
    .a(a_in[79:72]),
    .b(w9_0),
    .p0_out(p9_0_p0)
  );
  adder_tree_k16_flat_pe pe10_0 (
    .a(a_in[87:80]),
    .b(w10_0),
    .p0_out(p10_0_p0)
  );
  adder_tree_k16_flat_pe pe11_0 (
    .a(a_in[95:88]),
    .b(w11_0),
    .p0_out(p11_0_p0)
  );
  adder_tree_k16_flat_pe pe12_0 (
    .a(a_in[103:96]),
    .b(w12_0),
    .p0_out(p12_0_p0)
  );
  adder_tree_k16_flat_pe pe13_0 (
    .a(a_in[111:104]),
    .b(w13_0),
    .p0_out(p13_0_p0)
  );
  adder_tree_k16_flat_pe pe14_0 (
    .a(a_in[119:112]),
    .b(w14_0),
    .p0_out(p14_0_p0)
  );
  adder_tree_k16_flat_pe pe15_0 (
    .a(a_in[127:120]),
    .b(w15_0),
    .p0_out(p15_0_p0)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a0_0 (
    .x(p0_0_p0),
    .y(p1_0_p0),
    .s(col0_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a0_1 (
    .x(p2_0_p0),
    .y(p3_0_p0),
    .s(col0_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a0_2 (
    .x(p4_0_p0),
    .y(p5_0_p0),
    .s(col0_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a0_3 (
    .x(p6_0_p0),
    .y(p7_0_p0),
    .s(col0_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a0_4 (
    .x(p8_0_p0),
    .y(p9_0_p0),
    .s(col0_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a0_5 (
    .x(p10_0_p0),
    .y(p11_0_p0),
    .s(col0_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a0_6 (
    .x(p12_0_p0),
    .y(p13_0_p0),
    .s(col0_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a0_7 (
    .x(p14_0_p0),
    .y(p15_0_p0),
    .s(col0_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a1_0 (
    .x(col0_a0_0),
    .y(col0_a0_1),
    .s(col0_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a1_1 (
    .x(col0_a0_2),
    .y(col0_a0_3),
    .s(col0_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a1_2 (
    .x(col0_a0_4),
    .y(col0_a0_5),
    .s(col0_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a1_3 (
    .x(col0_a0_6),
    .y(col0_a0_7),
    .s(col0_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a2_0 (
    .x(col0_a1_0),
    .y(col0_a1_1),
    .s(col0_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a2_1 (
    .x(col0_a1_2),
    .y(col0_a1_3),
    .s(col0_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col0_u_a3_0 (
    .x(col0_a2_0),
    .y(col0_a2_1),
    .s(col0_a3_0)
  );
  adder_tree_k16_flat_pe pe0_1 (
    .a(a_in[7:0]),
    .b(w0_1),
    .p0_out(p0_1_p0)
  );
  adder_tree_k16_flat_pe pe1_1 (
    .a(a_in[15:8]),
    .b(w1_1),
    .p0_out(p1_1_p0)
  );
  adder_tree_k16_flat_pe pe2_1 (
    .a(a_in[23:16]),
    .b(w2_1),
    .p0_out(p2_1_p0)
  );
  adder_tree_k16_flat_pe pe3_1 (
    .a(a_in[31:24]),
    .b(w3_1),
    .p0_out(p3_1_p0)
  );
  adder_tree_k16_flat_pe pe4_1 (
    .a(a_in[39:32]),
    .b(w4_1),
    .p0_out(p4_1_p0)
  );
  adder_tree_k16_flat_pe pe5_1 (
    .a(a_in[47:40]),
    .b(w5_1),
    .p0_out(p5_1_p0)
  );
  adder_tree_k16_flat_pe pe6_1 (
    .a(a_in[55:48]),
    .b(w6_1),
    .p0_out(p6_1_p0)
  );
  adder_tree_k16_flat_pe pe7_1 (
    .a(a_in[63:56]),
    .b(w7_1),
    .p0_out(p7_1_p0)
  );
  adder_tree_k16_flat_pe pe8_1 (
    .a(a_in[71:64]),
    .b(w8_1),
    .p0_out(p8_1_p0)
  );
  adder_tree_k16_flat_pe pe9_1 (
    .a(a_in[79:72]),
    .b(w9_1),
    .p0_out(p9_1_p0)
  );
  adder_tree_k16_flat_pe pe10_1 (
    .a(a_in[87:80]),
    .b(w10_1),
    .p0_out(p10_1_p0)
  );
  adder_tree_k16_flat_pe pe11_1 (
    .a(a_in[95:88]),
    .b(w11_1),
    .p0_out(p11_1_p0)
  );
  adder_tree_k16_flat_pe pe12_1 (
    .a(a_in[103:96]),
    .b(w12_1),
    .p0_out(p12_1_p0)
  );
  adder_tree_k16_flat_pe pe13_1 (
    .a(a_in[111:104]),
    .b(w13_1),
    .p0_out(p13_1_p0)
  );
  adder_tree_k16_flat_pe pe14_1 (
    .a(a_in[119:112]),
    .b(w14_1),
    .p0_out(p14_1_p0)
  );
  adder_tree_k16_flat_pe pe15_1 (
    .a(a_in[127:120]),
    .b(w15_1),
    .p0_out(p15_1_p0)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a0_0 (
    .x(p0_1_p0),
    .y(p1_1_p0),
    .s(col1_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a0_1 (
    .x(p2_1_p0),
    .y(p3_1_p0),
    .s(col1_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a0_2 (
    .x(p4_1_p0),
    .y(p5_1_p0),
    .s(col1_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a0_3 (
    .x(p6_1_p0),
    .y(p7_1_p0),
    .s(col1_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a0_4 (
    .x(p8_1_p0),
    .y(p9_1_p0),
    .s(col1_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a0_5 (
    .x(p10_1_p0),
    .y(p11_1_p0),
    .s(col1_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a0_6 (
    .x(p12_1_p0),
    .y(p13_1_p0),
    .s(col1_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a0_7 (
    .x(p14_1_p0),
    .y(p15_1_p0),
    .s(col1_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a1_0 (
    .x(col1_a0_0),
    .y(col1_a0_1),
    .s(col1_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a1_1 (
    .x(col1_a0_2),
    .y(col1_a0_3),
    .s(col1_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a1_2 (
    .x(col1_a0_4),
    .y(col1_a0_5),
    .s(col1_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a1_3 (
    .x(col1_a0_6),
    .y(col1_a0_7),
    .s(col1_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a2_0 (
    .x(col1_a1_0),
    .y(col1_a1_1),
    .s(col1_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a2_1 (
    .x(col1_a1_2),
    .y(col1_a1_3),
    .s(col1_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col1_u_a3_0 (
    .x(col1_a2_0),
    .y(col1_a2_1),
    .s(col1_a3_0)
  );
  adder_tree_k16_flat_pe pe0_2 (
    .a(a_in[7:0]),
    .b(w0_2),
    .p0_out(p0_2_p0)
  );
  adder_tree_k16_flat_pe pe1_2 (
    .a(a_in[15:8]),
    .b(w1_2),
    .p0_out(p1_2_p0)
  );
  adder_tree_k16_flat_pe pe2_2 (
    .a(a_in[23:16]),
    .b(w2_2),
    .p0_out(p2_2_p0)
  );
  adder_tree_k16_flat_pe pe3_2 (
    .a(a_in[31:24]),
    .b(w3_2),
    .p0_out(p3_2_p0)
  );
  adder_tree_k16_flat_pe pe4_2 (
    .a(a_in[39:32]),
    .b(w4_2),
    .p0_out(p4_2_p0)
  );
  adder_tree_k16_flat_pe pe5_2 (
    .a(a_in[47:40]),
    .b(w5_2),
    .p0_out(p5_2_p0)
  );
  adder_tree_k16_flat_pe pe6_2 (
    .a(a_in[55:48]),
    .b(w6_2),
    .p0_out(p6_2_p0)
  );
  adder_tree_k16_flat_pe pe7_2 (
    .a(a_in[63:56]),
    .b(w7_2),
    .p0_out(p7_2_p0)
  );
  adder_tree_k16_flat_pe pe8_2 (
    .a(a_in[71:64]),
    .b(w8_2),
    .p0_out(p8_2_p0)
  );
  adder_tree_k16_flat_pe pe9_2 (
    .a(a_in[79:72]),
    .b(w9_2),
    .p0_out(p9_2_p0)
  );
  adder_tree_k16_flat_pe pe10_2 (
    .a(a_in[87:80]),
    .b(w10_2),
    .p0_out(p10_2_p0)
  );
  adder_tree_k16_flat_pe pe11_2 (
    .a(a_in[95:88]),
    .b(w11_2),
    .p0_out(p11_2_p0)
  );
  adder_tree_k16_flat_pe pe12_2 (
    .a(a_in[103:96]),
    .b(w12_2),
    .p0_out(p12_2_p0)
  );
  adder_tree_k16_flat_pe pe13_2 (
    .a(a_in[111:104]),
    .b(w13_2),
    .p0_out(p13_2_p0)
  );
  adder_tree_k16_flat_pe pe14_2 (
    .a(a_in[119:112]),
    .b(w14_2),
    .p0_out(p14_2_p0)
  );
  adder_tree_k16_flat_pe pe15_2 (
    .a(a_in[127:120]),
    .b(w15_2),
    .p0_out(p15_2_p0)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a0_0 (
    .x(p0_2_p0),
    .y(p1_2_p0),
    .s(col2_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a0_1 (
    .x(p2_2_p0),
    .y(p3_2_p0),
    .s(col2_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a0_2 (
    .x(p4_2_p0),
    .y(p5_2_p0),
    .s(col2_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a0_3 (
    .x(p6_2_p0),
    .y(p7_2_p0),
    .s(col2_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a0_4 (
    .x(p8_2_p0),
    .y(p9_2_p0),
    .s(col2_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a0_5 (
    .x(p10_2_p0),
    .y(p11_2_p0),
    .s(col2_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a0_6 (
    .x(p12_2_p0),
    .y(p13_2_p0),
    .s(col2_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a0_7 (
    .x(p14_2_p0),
    .y(p15_2_p0),
    .s(col2_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a1_0 (
    .x(col2_a0_0),
    .y(col2_a0_1),
    .s(col2_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a1_1 (
    .x(col2_a0_2),
    .y(col2_a0_3),
    .s(col2_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a1_2 (
    .x(col2_a0_4),
    .y(col2_a0_5),
    .s(col2_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a1_3 (
    .x(col2_a0_6),
    .y(col2_a0_7),
    .s(col2_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a2_0 (
    .x(col2_a1_0),
    .y(col2_a1_1),
    .s(col2_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a2_1 (
    .x(col2_a1_2),
    .y(col2_a1_3),
    .s(col2_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col2_u_a3_0 (
    .x(col2_a2_0),
    .y(col2_a2_1),
    .s(col2_a3_0)
  );
  adder_tree_k16_flat_pe pe0_3 (
    .a(a_in[7:0]),
    .b(w0_3),
    .p0_out(p0_3_p0)
  );
  adder_tree_k16_flat_pe pe1_3 (
    .a(a_in[15:8]),
    .b(w1_3),
    .p0_out(p1_3_p0)
  );
  adder_tree_k16_flat_pe pe2_3 (
    .a(a_in[23:16]),
    .b(w2_3),
    .p0_out(p2_3_p0)
  );
  adder_tree_k16_flat_pe pe3_3 (
    .a(a_in[31:24]),
    .b(w3_3),
    .p0_out(p3_3_p0)
  );
  adder_tree_k16_flat_pe pe4_3 (
    .a(a_in[39:32]),
    .b(w4_3),
    .p0_out(p4_3_p0)
  );
  adder_tree_k16_flat_pe pe5_3 (
    .a(a_in[47:40]),
    .b(w5_3),
    .p0_out(p5_3_p0)
  );
  adder_tree_k16_flat_pe pe6_3 (
    .a(a_in[55:48]),
    .b(w6_3),
    .p0_out(p6_3_p0)
  );
  adder_tree_k16_flat_pe pe7_3 (
    .a(a_in[63:56]),
    .b(w7_3),
    .p0_out(p7_3_p0)
  );
  adder_tree_k16_flat_pe pe8_3 (
    .a(a_in[71:64]),
    .b(w8_3),
    .p0_out(p8_3_p0)
  );
  adder_tree_k16_flat_pe pe9_3 (
    .a(a_in[79:72]),
    .b(w9_3),
    .p0_out(p9_3_p0)
  );
  adder_tree_k16_flat_pe pe10_3 (
    .a(a_in[87:80]),
    .b(w10_3),
    .p0_out(p10_3_p0)
  );
  adder_tree_k16_flat_pe pe11_3 (
    .a(a_in[95:88]),
    .b(w11_3),
    .p0_out(p11_3_p0)
  );
  adder_tree_k16_flat_pe pe12_3 (
    .a(a_in[103:96]),
    .b(w12_3),
    .p0_out(p12_3_p0)
  );
  adder_tree_k16_flat_pe pe13_3 (
    .a(a_in[111:104]),
    .b(w13_3),
    .p0_out(p13_3_p0)
  );
  adder_tree_k16_flat_pe pe14_3 (
    .a(a_in[119:112]),
    .b(w14_3),
    .p0_out(p14_3_p0)
  );
  adder_tree_k16_flat_pe pe15_3 (
    .a(a_in[127:120]),
    .b(w15_3),
    .p0_out(p15_3_p0)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a0_0 (
    .x(p0_3_p0),
    .y(p1_3_p0),
    .s(col3_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a0_1 (
    .x(p2_3_p0),
    .y(p3_3_p0),
    .s(col3_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a0_2 (
    .x(p4_3_p0),
    .y(p5_3_p0),
    .s(col3_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a0_3 (
    .x(p6_3_p0),
    .y(p7_3_p0),
    .s(col3_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a0_4 (
    .x(p8_3_p0),
    .y(p9_3_p0),
    .s(col3_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a0_5 (
    .x(p10_3_p0),
    .y(p11_3_p0),
    .s(col3_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a0_6 (
    .x(p12_3_p0),
    .y(p13_3_p0),
    .s(col3_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a0_7 (
    .x(p14_3_p0),
    .y(p15_3_p0),
    .s(col3_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a1_0 (
    .x(col3_a0_0),
    .y(col3_a0_1),
    .s(col3_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a1_1 (
    .x(col3_a0_2),
    .y(col3_a0_3),
    .s(col3_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a1_2 (
    .x(col3_a0_4),
    .y(col3_a0_5),
    .s(col3_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a1_3 (
    .x(col3_a0_6),
    .y(col3_a0_7),
    .s(col3_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a2_0 (
    .x(col3_a1_0),
    .y(col3_a1_1),
    .s(col3_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a2_1 (
    .x(col3_a1_2),
    .y(col3_a1_3),
    .s(col3_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col3_u_a3_0 (
    .x(col3_a2_0),
    .y(col3_a2_1),
    .s(col3_a3_0)
  );
  adder_tree_k16_flat_pe pe0_4 (
    .a(a_in[7:0]),
    .b(w0_4),
    .p0_out(p0_4_p0)
  );
  adder_tree_k16_flat_pe pe1_4 (
    .a(a_in[15:8]),
    .b(w1_4),
    .p0_out(p1_4_p0)
  );
  adder_tree_k16_flat_pe pe2_4 (
    .a(a_in[23:16]),
    .b(w2_4),
    .p0_out(p2_4_p0)
  );
  adder_tree_k16_flat_pe pe3_4 (
    .a(a_in[31:24]),
    .b(w3_4),
    .p0_out(p3_4_p0)
  );
  adder_tree_k16_flat_pe pe4_4 (
    .a(a_in[39:32]),
    .b(w4_4),
    .p0_out(p4_4_p0)
  );
  adder_tree_k16_flat_pe pe5_4 (
    .a(a_in[47:40]),
    .b(w5_4),
    .p0_out(p5_4_p0)
  );
  adder_tree_k16_flat_pe pe6_4 (
    .a(a_in[55:48]),
    .b(w6_4),
    .p0_out(p6_4_p0)
  );
  adder_tree_k16_flat_pe pe7_4 (
    .a(a_in[63:56]),
    .b(w7_4),
    .p0_out(p7_4_p0)
  );
  adder_tree_k16_flat_pe pe8_4 (
    .a(a_in[71:64]),
    .b(w8_4),
    .p0_out(p8_4_p0)
  );
  adder_tree_k16_flat_pe pe9_4 (
    .a(a_in[79:72]),
    .b(w9_4),
    .p0_out(p9_4_p0)
  );
  adder_tree_k16_flat_pe pe10_4 (
    .a(a_in[87:80]),
    .b(w10_4),
    .p0_out(p10_4_p0)
  );
  adder_tree_k16_flat_pe pe11_4 (
    .a(a_in[95:88]),
    .b(w11_4),
    .p0_out(p11_4_p0)
  );
  adder_tree_k16_flat_pe pe12_4 (
    .a(a_in[103:96]),
    .b(w12_4),
    .p0_out(p12_4_p0)
  );
  adder_tree_k16_flat_pe pe13_4 (
    .a(a_in[111:104]),
    .b(w13_4),
    .p0_out(p13_4_p0)
  );
  adder_tree_k16_flat_pe pe14_4 (
    .a(a_in[119:112]),
    .b(w14_4),
    .p0_out(p14_4_p0)
  );
  adder_tree_k16_flat_pe pe15_4 (
    .a(a_in[127:120]),
    .b(w15_4),
    .p0_out(p15_4_p0)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a0_0 (
    .x(p0_4_p0),
    .y(p1_4_p0),
    .s(col4_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a0_1 (
    .x(p2_4_p0),
    .y(p3_4_p0),
    .s(col4_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a0_2 (
    .x(p4_4_p0),
    .y(p5_4_p0),
    .s(col4_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a0_3 (
    .x(p6_4_p0),
    .y(p7_4_p0),
    .s(col4_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a0_4 (
    .x(p8_4_p0),
    .y(p9_4_p0),
    .s(col4_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a0_5 (
    .x(p10_4_p0),
    .y(p11_4_p0),
    .s(col4_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a0_6 (
    .x(p12_4_p0),
    .y(p13_4_p0),
    .s(col4_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a0_7 (
    .x(p14_4_p0),
    .y(p15_4_p0),
    .s(col4_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a1_0 (
    .x(col4_a0_0),
    .y(col4_a0_1),
    .s(col4_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a1_1 (
    .x(col4_a0_2),
    .y(col4_a0_3),
    .s(col4_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a1_2 (
    .x(col4_a0_4),
    .y(col4_a0_5),
    .s(col4_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a1_3 (
    .x(col4_a0_6),
    .y(col4_a0_7),
    .s(col4_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a2_0 (
    .x(col4_a1_0),
    .y(col4_a1_1),
    .s(col4_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a2_1 (
    .x(col4_a1_2),
    .y(col4_a1_3),
    .s(col4_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col4_u_a3_0 (
    .x(col4_a2_0),
    .y(col4_a2_1),
    .s(col4_a3_0)
  );
  adder_tree_k16_flat_pe pe0_5 (
    .a(a_in[7:0]),
    .b(w0_5),
    .p0_out(p0_5_p0)
  );
  adder_tree_k16_flat_pe pe1_5 (
    .a(a_in[15:8]),
    .b(w1_5),
    .p0_out(p1_5_p0)
  );
  adder_tree_k16_flat_pe pe2_5 (
    .a(a_in[23:16]),
    .b(w2_5),
    .p0_out(p2_5_p0)
  );
  adder_tree_k16_flat_pe pe3_5 (
    .a(a_in[31:24]),
    .b(w3_5),
    .p0_out(p3_5_p0)
  );
  adder_tree_k16_flat_pe pe4_5 (
    .a(a_in[39:32]),
    .b(w4_5),
    .p0_out(p4_5_p0)
  );
  adder_tree_k16_flat_pe pe5_5 (
    .a(a_in[47:40]),
    .b(w5_5),
    .p0_out(p5_5_p0)
  );
  adder_tree_k16_flat_pe pe6_5 (
    .a(a_in[55:48]),
    .b(w6_5),
    .p0_out(p6_5_p0)
  );
  adder_tree_k16_flat_pe pe7_5 (
    .a(a_in[63:56]),
    .b(w7_5),
    .p0_out(p7_5_p0)
  );
  adder_tree_k16_flat_pe pe8_5 (
    .a(a_in[71:64]),
    .b(w8_5),
    .p0_out(p8_5_p0)
  );
  adder_tree_k16_flat_pe pe9_5 (
    .a(a_in[79:72]),
    .b(w9_5),
    .p0_out(p9_5_p0)
  );
  adder_tree_k16_flat_pe pe10_5 (
    .a(a_in[87:80]),
    .b(w10_5),
    .p0_out(p10_5_p0)
  );
  adder_tree_k16_flat_pe pe11_5 (
    .a(a_in[95:88]),
    .b(w11_5),
    .p0_out(p11_5_p0)
  );
  adder_tree_k16_flat_pe pe12_5 (
    .a(a_in[103:96]),
    .b(w12_5),
    .p0_out(p12_5_p0)
  );
  adder_tree_k16_flat_pe pe13_5 (
    .a(a_in[111:104]),
    .b(w13_5),
    .p0_out(p13_5_p0)
  );
  adder_tree_k16_flat_pe pe14_5 (
    .a(a_in[119:112]),
    .b(w14_5),
    .p0_out(p14_5_p0)
  );
  adder_tree_k16_flat_pe pe15_5 (
    .a(a_in[127:120]),
    .b(w15_5),
    .p0_out(p15_5_p0)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a0_0 (
    .x(p0_5_p0),
    .y(p1_5_p0),
    .s(col5_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a0_1 (
    .x(p2_5_p0),
    .y(p3_5_p0),
    .s(col5_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a0_2 (
    .x(p4_5_p0),
    .y(p5_5_p0),
    .s(col5_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a0_3 (
    .x(p6_5_p0),
    .y(p7_5_p0),
    .s(col5_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a0_4 (
    .x(p8_5_p0),
    .y(p9_5_p0),
    .s(col5_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a0_5 (
    .x(p10_5_p0),
    .y(p11_5_p0),
    .s(col5_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a0_6 (
    .x(p12_5_p0),
    .y(p13_5_p0),
    .s(col5_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a0_7 (
    .x(p14_5_p0),
    .y(p15_5_p0),
    .s(col5_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a1_0 (
    .x(col5_a0_0),
    .y(col5_a0_1),
    .s(col5_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a1_1 (
    .x(col5_a0_2),
    .y(col5_a0_3),
    .s(col5_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a1_2 (
    .x(col5_a0_4),
    .y(col5_a0_5),
    .s(col5_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a1_3 (
    .x(col5_a0_6),
    .y(col5_a0_7),
    .s(col5_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a2_0 (
    .x(col5_a1_0),
    .y(col5_a1_1),
    .s(col5_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a2_1 (
    .x(col5_a1_2),
    .y(col5_a1_3),
    .s(col5_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col5_u_a3_0 (
    .x(col5_a2_0),
    .y(col5_a2_1),
    .s(col5_a3_0)
  );
  adder_tree_k16_flat_pe pe0_6 (
    .a(a_in[7:0]),
    .b(w0_6),
    .p0_out(p0_6_p0)
  );
  adder_tree_k16_flat_pe pe1_6 (
    .a(a_in[15:8]),
    .b(w1_6),
    .p0_out(p1_6_p0)
  );
  adder_tree_k16_flat_pe pe2_6 (
    .a(a_in[23:16]),
    .b(w2_6),
    .p0_out(p2_6_p0)
  );
  adder_tree_k16_flat_pe pe3_6 (
    .a(a_in[31:24]),
    .b(w3_6),
    .p0_out(p3_6_p0)
  );
  adder_tree_k16_flat_pe pe4_6 (
    .a(a_in[39:32]),
    .b(w4_6),
    .p0_out(p4_6_p0)
  );
  adder_tree_k16_flat_pe pe5_6 (
    .a(a_in[47:40]),
    .b(w5_6),
    .p0_out(p5_6_p0)
  );
  adder_tree_k16_flat_pe pe6_6 (
    .a(a_in[55:48]),
    .b(w6_6),
    .p0_out(p6_6_p0)
  );
  adder_tree_k16_flat_pe pe7_6 (
    .a(a_in[63:56]),
    .b(w7_6),
    .p0_out(p7_6_p0)
  );
  adder_tree_k16_flat_pe pe8_6 (
    .a(a_in[71:64]),
    .b(w8_6),
    .p0_out(p8_6_p0)
  );
  adder_tree_k16_flat_pe pe9_6 (
    .a(a_in[79:72]),
    .b(w9_6),
    .p0_out(p9_6_p0)
  );
  adder_tree_k16_flat_pe pe10_6 (
    .a(a_in[87:80]),
    .b(w10_6),
    .p0_out(p10_6_p0)
  );
  adder_tree_k16_flat_pe pe11_6 (
    .a(a_in[95:88]),
    .b(w11_6),
    .p0_out(p11_6_p0)
  );
  adder_tree_k16_flat_pe pe12_6 (
    .a(a_in[103:96]),
    .b(w12_6),
    .p0_out(p12_6_p0)
  );
  adder_tree_k16_flat_pe pe13_6 (
    .a(a_in[111:104]),
    .b(w13_6),
    .p0_out(p13_6_p0)
  );
  adder_tree_k16_flat_pe pe14_6 (
    .a(a_in[119:112]),
    .b(w14_6),
    .p0_out(p14_6_p0)
  );
  adder_tree_k16_flat_pe pe15_6 (
    .a(a_in[127:120]),
    .b(w15_6),
    .p0_out(p15_6_p0)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a0_0 (
    .x(p0_6_p0),
    .y(p1_6_p0),
    .s(col6_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a0_1 (
    .x(p2_6_p0),
    .y(p3_6_p0),
    .s(col6_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a0_2 (
    .x(p4_6_p0),
    .y(p5_6_p0),
    .s(col6_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a0_3 (
    .x(p6_6_p0),
    .y(p7_6_p0),
    .s(col6_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a0_4 (
    .x(p8_6_p0),
    .y(p9_6_p0),
    .s(col6_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a0_5 (
    .x(p10_6_p0),
    .y(p11_6_p0),
    .s(col6_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a0_6 (
    .x(p12_6_p0),
    .y(p13_6_p0),
    .s(col6_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a0_7 (
    .x(p14_6_p0),
    .y(p15_6_p0),
    .s(col6_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a1_0 (
    .x(col6_a0_0),
    .y(col6_a0_1),
    .s(col6_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a1_1 (
    .x(col6_a0_2),
    .y(col6_a0_3),
    .s(col6_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a1_2 (
    .x(col6_a0_4),
    .y(col6_a0_5),
    .s(col6_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a1_3 (
    .x(col6_a0_6),
    .y(col6_a0_7),
    .s(col6_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a2_0 (
    .x(col6_a1_0),
    .y(col6_a1_1),
    .s(col6_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a2_1 (
    .x(col6_a1_2),
    .y(col6_a1_3),
    .s(col6_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col6_u_a3_0 (
    .x(col6_a2_0),
    .y(col6_a2_1),
    .s(col6_a3_0)
  );
  adder_tree_k16_flat_pe pe0_7 (
    .a(a_in[7:0]),
    .b(w0_7),
    .p0_out(p0_7_p0)
  );
  adder_tree_k16_flat_pe pe1_7 (
    .a(a_in[15:8]),
    .b(w1_7),
    .p0_out(p1_7_p0)
  );
  adder_tree_k16_flat_pe pe2_7 (
    .a(a_in[23:16]),
    .b(w2_7),
    .p0_out(p2_7_p0)
  );
  adder_tree_k16_flat_pe pe3_7 (
    .a(a_in[31:24]),
    .b(w3_7),
    .p0_out(p3_7_p0)
  );
  adder_tree_k16_flat_pe pe4_7 (
    .a(a_in[39:32]),
    .b(w4_7),
    .p0_out(p4_7_p0)
  );
  adder_tree_k16_flat_pe pe5_7 (
    .a(a_in[47:40]),
    .b(w5_7),
    .p0_out(p5_7_p0)
  );
  adder_tree_k16_flat_pe pe6_7 (
    .a(a_in[55:48]),
    .b(w6_7),
    .p0_out(p6_7_p0)
  );
  adder_tree_k16_flat_pe pe7_7 (
    .a(a_in[63:56]),
    .b(w7_7),
    .p0_out(p7_7_p0)
  );
  adder_tree_k16_flat_pe pe8_7 (
    .a(a_in[71:64]),
    .b(w8_7),
    .p0_out(p8_7_p0)
  );
  adder_tree_k16_flat_pe pe9_7 (
    .a(a_in[79:72]),
    .b(w9_7),
    .p0_out(p9_7_p0)
  );
  adder_tree_k16_flat_pe pe10_7 (
    .a(a_in[87:80]),
    .b(w10_7),
    .p0_out(p10_7_p0)
  );
  adder_tree_k16_flat_pe pe11_7 (
    .a(a_in[95:88]),
    .b(w11_7),
    .p0_out(p11_7_p0)
  );
  adder_tree_k16_flat_pe pe12_7 (
    .a(a_in[103:96]),
    .b(w12_7),
    .p0_out(p12_7_p0)
  );
  adder_tree_k16_flat_pe pe13_7 (
    .a(a_in[111:104]),
    .b(w13_7),
    .p0_out(p13_7_p0)
  );
  adder_tree_k16_flat_pe pe14_7 (
    .a(a_in[119:112]),
    .b(w14_7),
    .p0_out(p14_7_p0)
  );
  adder_tree_k16_flat_pe pe15_7 (
    .a(a_in[127:120]),
    .b(w15_7),
    .p0_out(p15_7_p0)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a0_0 (
    .x(p0_7_p0),
    .y(p1_7_p0),
    .s(col7_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a0_1 (
    .x(p2_7_p0),
    .y(p3_7_p0),
    .s(col7_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a0_2 (
    .x(p4_7_p0),
    .y(p5_7_p0),
    .s(col7_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a0_3 (
    .x(p6_7_p0),
    .y(p7_7_p0),
    .s(col7_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a0_4 (
    .x(p8_7_p0),
    .y(p9_7_p0),
    .s(col7_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a0_5 (
    .x(p10_7_p0),
    .y(p11_7_p0),
    .s(col7_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a0_6 (
    .x(p12_7_p0),
    .y(p13_7_p0),
    .s(col7_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a0_7 (
    .x(p14_7_p0),
    .y(p15_7_p0),
    .s(col7_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a1_0 (
    .x(col7_a0_0),
    .y(col7_a0_1),
    .s(col7_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a1_1 (
    .x(col7_a0_2),
    .y(col7_a0_3),
    .s(col7_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a1_2 (
    .x(col7_a0_4),
    .y(col7_a0_5),
    .s(col7_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a1_3 (
    .x(col7_a0_6),
    .y(col7_a0_7),
    .s(col7_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a2_0 (
    .x(col7_a1_0),
    .y(col7_a1_1),
    .s(col7_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a2_1 (
    .x(col7_a1_2),
    .y(col7_a1_3),
    .s(col7_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col7_u_a3_0 (
    .x(col7_a2_0),
    .y(col7_a2_1),
    .s(col7_a3_0)
  );
  adder_tree_k16_flat_pe pe0_8 (
    .a(a_in[7:0]),
    .b(w0_8),
    .p0_out(p0_8_p0)
  );
  adder_tree_k16_flat_pe pe1_8 (
    .a(a_in[15:8]),
    .b(w1_8),
    .p0_out(p1_8_p0)
  );
  adder_tree_k16_flat_pe pe2_8 (
    .a(a_in[23:16]),
    .b(w2_8),
    .p0_out(p2_8_p0)
  );
  adder_tree_k16_flat_pe pe3_8 (
    .a(a_in[31:24]),
    .b(w3_8),
    .p0_out(p3_8_p0)
  );
  adder_tree_k16_flat_pe pe4_8 (
    .a(a_in[39:32]),
    .b(w4_8),
    .p0_out(p4_8_p0)
  );
  adder_tree_k16_flat_pe pe5_8 (
    .a(a_in[47:40]),
    .b(w5_8),
    .p0_out(p5_8_p0)
  );
  adder_tree_k16_flat_pe pe6_8 (
    .a(a_in[55:48]),
    .b(w6_8),
    .p0_out(p6_8_p0)
  );
  adder_tree_k16_flat_pe pe7_8 (
    .a(a_in[63:56]),
    .b(w7_8),
    .p0_out(p7_8_p0)
  );
  adder_tree_k16_flat_pe pe8_8 (
    .a(a_in[71:64]),
    .b(w8_8),
    .p0_out(p8_8_p0)
  );
  adder_tree_k16_flat_pe pe9_8 (
    .a(a_in[79:72]),
    .b(w9_8),
    .p0_out(p9_8_p0)
  );
  adder_tree_k16_flat_pe pe10_8 (
    .a(a_in[87:80]),
    .b(w10_8),
    .p0_out(p10_8_p0)
  );
  adder_tree_k16_flat_pe pe11_8 (
    .a(a_in[95:88]),
    .b(w11_8),
    .p0_out(p11_8_p0)
  );
  adder_tree_k16_flat_pe pe12_8 (
    .a(a_in[103:96]),
    .b(w12_8),
    .p0_out(p12_8_p0)
  );
  adder_tree_k16_flat_pe pe13_8 (
    .a(a_in[111:104]),
    .b(w13_8),
    .p0_out(p13_8_p0)
  );
  adder_tree_k16_flat_pe pe14_8 (
    .a(a_in[119:112]),
    .b(w14_8),
    .p0_out(p14_8_p0)
  );
  adder_tree_k16_flat_pe pe15_8 (
    .a(a_in[127:120]),
    .b(w15_8),
    .p0_out(p15_8_p0)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a0_0 (
    .x(p0_8_p0),
    .y(p1_8_p0),
    .s(col8_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a0_1 (
    .x(p2_8_p0),
    .y(p3_8_p0),
    .s(col8_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a0_2 (
    .x(p4_8_p0),
    .y(p5_8_p0),
    .s(col8_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a0_3 (
    .x(p6_8_p0),
    .y(p7_8_p0),
    .s(col8_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a0_4 (
    .x(p8_8_p0),
    .y(p9_8_p0),
    .s(col8_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a0_5 (
    .x(p10_8_p0),
    .y(p11_8_p0),
    .s(col8_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a0_6 (
    .x(p12_8_p0),
    .y(p13_8_p0),
    .s(col8_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a0_7 (
    .x(p14_8_p0),
    .y(p15_8_p0),
    .s(col8_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a1_0 (
    .x(col8_a0_0),
    .y(col8_a0_1),
    .s(col8_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a1_1 (
    .x(col8_a0_2),
    .y(col8_a0_3),
    .s(col8_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a1_2 (
    .x(col8_a0_4),
    .y(col8_a0_5),
    .s(col8_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a1_3 (
    .x(col8_a0_6),
    .y(col8_a0_7),
    .s(col8_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a2_0 (
    .x(col8_a1_0),
    .y(col8_a1_1),
    .s(col8_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a2_1 (
    .x(col8_a1_2),
    .y(col8_a1_3),
    .s(col8_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col8_u_a3_0 (
    .x(col8_a2_0),
    .y(col8_a2_1),
    .s(col8_a3_0)
  );
  adder_tree_k16_flat_pe pe0_9 (
    .a(a_in[7:0]),
    .b(w0_9),
    .p0_out(p0_9_p0)
  );
  adder_tree_k16_flat_pe pe1_9 (
    .a(a_in[15:8]),
    .b(w1_9),
    .p0_out(p1_9_p0)
  );
  adder_tree_k16_flat_pe pe2_9 (
    .a(a_in[23:16]),
    .b(w2_9),
    .p0_out(p2_9_p0)
  );
  adder_tree_k16_flat_pe pe3_9 (
    .a(a_in[31:24]),
    .b(w3_9),
    .p0_out(p3_9_p0)
  );
  adder_tree_k16_flat_pe pe4_9 (
    .a(a_in[39:32]),
    .b(w4_9),
    .p0_out(p4_9_p0)
  );
  adder_tree_k16_flat_pe pe5_9 (
    .a(a_in[47:40]),
    .b(w5_9),
    .p0_out(p5_9_p0)
  );
  adder_tree_k16_flat_pe pe6_9 (
    .a(a_in[55:48]),
    .b(w6_9),
    .p0_out(p6_9_p0)
  );
  adder_tree_k16_flat_pe pe7_9 (
    .a(a_in[63:56]),
    .b(w7_9),
    .p0_out(p7_9_p0)
  );
  adder_tree_k16_flat_pe pe8_9 (
    .a(a_in[71:64]),
    .b(w8_9),
    .p0_out(p8_9_p0)
  );
  adder_tree_k16_flat_pe pe9_9 (
    .a(a_in[79:72]),
    .b(w9_9),
    .p0_out(p9_9_p0)
  );
  adder_tree_k16_flat_pe pe10_9 (
    .a(a_in[87:80]),
    .b(w10_9),
    .p0_out(p10_9_p0)
  );
  adder_tree_k16_flat_pe pe11_9 (
    .a(a_in[95:88]),
    .b(w11_9),
    .p0_out(p11_9_p0)
  );
  adder_tree_k16_flat_pe pe12_9 (
    .a(a_in[103:96]),
    .b(w12_9),
    .p0_out(p12_9_p0)
  );
  adder_tree_k16_flat_pe pe13_9 (
    .a(a_in[111:104]),
    .b(w13_9),
    .p0_out(p13_9_p0)
  );
  adder_tree_k16_flat_pe pe14_9 (
    .a(a_in[119:112]),
    .b(w14_9),
    .p0_out(p14_9_p0)
  );
  adder_tree_k16_flat_pe pe15_9 (
    .a(a_in[127:120]),
    .b(w15_9),
    .p0_out(p15_9_p0)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a0_0 (
    .x(p0_9_p0),
    .y(p1_9_p0),
    .s(col9_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a0_1 (
    .x(p2_9_p0),
    .y(p3_9_p0),
    .s(col9_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a0_2 (
    .x(p4_9_p0),
    .y(p5_9_p0),
    .s(col9_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a0_3 (
    .x(p6_9_p0),
    .y(p7_9_p0),
    .s(col9_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a0_4 (
    .x(p8_9_p0),
    .y(p9_9_p0),
    .s(col9_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a0_5 (
    .x(p10_9_p0),
    .y(p11_9_p0),
    .s(col9_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a0_6 (
    .x(p12_9_p0),
    .y(p13_9_p0),
    .s(col9_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a0_7 (
    .x(p14_9_p0),
    .y(p15_9_p0),
    .s(col9_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a1_0 (
    .x(col9_a0_0),
    .y(col9_a0_1),
    .s(col9_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a1_1 (
    .x(col9_a0_2),
    .y(col9_a0_3),
    .s(col9_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a1_2 (
    .x(col9_a0_4),
    .y(col9_a0_5),
    .s(col9_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a1_3 (
    .x(col9_a0_6),
    .y(col9_a0_7),
    .s(col9_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a2_0 (
    .x(col9_a1_0),
    .y(col9_a1_1),
    .s(col9_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a2_1 (
    .x(col9_a1_2),
    .y(col9_a1_3),
    .s(col9_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col9_u_a3_0 (
    .x(col9_a2_0),
    .y(col9_a2_1),
    .s(col9_a3_0)
  );
  adder_tree_k16_flat_pe pe0_10 (
    .a(a_in[7:0]),
    .b(w0_10),
    .p0_out(p0_10_p0)
  );
  adder_tree_k16_flat_pe pe1_10 (
    .a(a_in[15:8]),
    .b(w1_10),
    .p0_out(p1_10_p0)
  );
  adder_tree_k16_flat_pe pe2_10 (
    .a(a_in[23:16]),
    .b(w2_10),
    .p0_out(p2_10_p0)
  );
  adder_tree_k16_flat_pe pe3_10 (
    .a(a_in[31:24]),
    .b(w3_10),
    .p0_out(p3_10_p0)
  );
  adder_tree_k16_flat_pe pe4_10 (
    .a(a_in[39:32]),
    .b(w4_10),
    .p0_out(p4_10_p0)
  );
  adder_tree_k16_flat_pe pe5_10 (
    .a(a_in[47:40]),
    .b(w5_10),
    .p0_out(p5_10_p0)
  );
  adder_tree_k16_flat_pe pe6_10 (
    .a(a_in[55:48]),
    .b(w6_10),
    .p0_out(p6_10_p0)
  );
  adder_tree_k16_flat_pe pe7_10 (
    .a(a_in[63:56]),
    .b(w7_10),
    .p0_out(p7_10_p0)
  );
  adder_tree_k16_flat_pe pe8_10 (
    .a(a_in[71:64]),
    .b(w8_10),
    .p0_out(p8_10_p0)
  );
  adder_tree_k16_flat_pe pe9_10 (
    .a(a_in[79:72]),
    .b(w9_10),
    .p0_out(p9_10_p0)
  );
  adder_tree_k16_flat_pe pe10_10 (
    .a(a_in[87:80]),
    .b(w10_10),
    .p0_out(p10_10_p0)
  );
  adder_tree_k16_flat_pe pe11_10 (
    .a(a_in[95:88]),
    .b(w11_10),
    .p0_out(p11_10_p0)
  );
  adder_tree_k16_flat_pe pe12_10 (
    .a(a_in[103:96]),
    .b(w12_10),
    .p0_out(p12_10_p0)
  );
  adder_tree_k16_flat_pe pe13_10 (
    .a(a_in[111:104]),
    .b(w13_10),
    .p0_out(p13_10_p0)
  );
  adder_tree_k16_flat_pe pe14_10 (
    .a(a_in[119:112]),
    .b(w14_10),
    .p0_out(p14_10_p0)
  );
  adder_tree_k16_flat_pe pe15_10 (
    .a(a_in[127:120]),
    .b(w15_10),
    .p0_out(p15_10_p0)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a0_0 (
    .x(p0_10_p0),
    .y(p1_10_p0),
    .s(col10_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a0_1 (
    .x(p2_10_p0),
    .y(p3_10_p0),
    .s(col10_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a0_2 (
    .x(p4_10_p0),
    .y(p5_10_p0),
    .s(col10_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a0_3 (
    .x(p6_10_p0),
    .y(p7_10_p0),
    .s(col10_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a0_4 (
    .x(p8_10_p0),
    .y(p9_10_p0),
    .s(col10_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a0_5 (
    .x(p10_10_p0),
    .y(p11_10_p0),
    .s(col10_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a0_6 (
    .x(p12_10_p0),
    .y(p13_10_p0),
    .s(col10_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a0_7 (
    .x(p14_10_p0),
    .y(p15_10_p0),
    .s(col10_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a1_0 (
    .x(col10_a0_0),
    .y(col10_a0_1),
    .s(col10_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a1_1 (
    .x(col10_a0_2),
    .y(col10_a0_3),
    .s(col10_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a1_2 (
    .x(col10_a0_4),
    .y(col10_a0_5),
    .s(col10_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a1_3 (
    .x(col10_a0_6),
    .y(col10_a0_7),
    .s(col10_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a2_0 (
    .x(col10_a1_0),
    .y(col10_a1_1),
    .s(col10_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a2_1 (
    .x(col10_a1_2),
    .y(col10_a1_3),
    .s(col10_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col10_u_a3_0 (
    .x(col10_a2_0),
    .y(col10_a2_1),
    .s(col10_a3_0)
  );
  adder_tree_k16_flat_pe pe0_11 (
    .a(a_in[7:0]),
    .b(w0_11),
    .p0_out(p0_11_p0)
  );
  adder_tree_k16_flat_pe pe1_11 (
    .a(a_in[15:8]),
    .b(w1_11),
    .p0_out(p1_11_p0)
  );
  adder_tree_k16_flat_pe pe2_11 (
    .a(a_in[23:16]),
    .b(w2_11),
    .p0_out(p2_11_p0)
  );
  adder_tree_k16_flat_pe pe3_11 (
    .a(a_in[31:24]),
    .b(w3_11),
    .p0_out(p3_11_p0)
  );
  adder_tree_k16_flat_pe pe4_11 (
    .a(a_in[39:32]),
    .b(w4_11),
    .p0_out(p4_11_p0)
  );
  adder_tree_k16_flat_pe pe5_11 (
    .a(a_in[47:40]),
    .b(w5_11),
    .p0_out(p5_11_p0)
  );
  adder_tree_k16_flat_pe pe6_11 (
    .a(a_in[55:48]),
    .b(w6_11),
    .p0_out(p6_11_p0)
  );
  adder_tree_k16_flat_pe pe7_11 (
    .a(a_in[63:56]),
    .b(w7_11),
    .p0_out(p7_11_p0)
  );
  adder_tree_k16_flat_pe pe8_11 (
    .a(a_in[71:64]),
    .b(w8_11),
    .p0_out(p8_11_p0)
  );
  adder_tree_k16_flat_pe pe9_11 (
    .a(a_in[79:72]),
    .b(w9_11),
    .p0_out(p9_11_p0)
  );
  adder_tree_k16_flat_pe pe10_11 (
    .a(a_in[87:80]),
    .b(w10_11),
    .p0_out(p10_11_p0)
  );
  adder_tree_k16_flat_pe pe11_11 (
    .a(a_in[95:88]),
    .b(w11_11),
    .p0_out(p11_11_p0)
  );
  adder_tree_k16_flat_pe pe12_11 (
    .a(a_in[103:96]),
    .b(w12_11),
    .p0_out(p12_11_p0)
  );
  adder_tree_k16_flat_pe pe13_11 (
    .a(a_in[111:104]),
    .b(w13_11),
    .p0_out(p13_11_p0)
  );
  adder_tree_k16_flat_pe pe14_11 (
    .a(a_in[119:112]),
    .b(w14_11),
    .p0_out(p14_11_p0)
  );
  adder_tree_k16_flat_pe pe15_11 (
    .a(a_in[127:120]),
    .b(w15_11),
    .p0_out(p15_11_p0)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a0_0 (
    .x(p0_11_p0),
    .y(p1_11_p0),
    .s(col11_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a0_1 (
    .x(p2_11_p0),
    .y(p3_11_p0),
    .s(col11_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a0_2 (
    .x(p4_11_p0),
    .y(p5_11_p0),
    .s(col11_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a0_3 (
    .x(p6_11_p0),
    .y(p7_11_p0),
    .s(col11_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a0_4 (
    .x(p8_11_p0),
    .y(p9_11_p0),
    .s(col11_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a0_5 (
    .x(p10_11_p0),
    .y(p11_11_p0),
    .s(col11_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a0_6 (
    .x(p12_11_p0),
    .y(p13_11_p0),
    .s(col11_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a0_7 (
    .x(p14_11_p0),
    .y(p15_11_p0),
    .s(col11_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a1_0 (
    .x(col11_a0_0),
    .y(col11_a0_1),
    .s(col11_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a1_1 (
    .x(col11_a0_2),
    .y(col11_a0_3),
    .s(col11_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a1_2 (
    .x(col11_a0_4),
    .y(col11_a0_5),
    .s(col11_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a1_3 (
    .x(col11_a0_6),
    .y(col11_a0_7),
    .s(col11_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a2_0 (
    .x(col11_a1_0),
    .y(col11_a1_1),
    .s(col11_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a2_1 (
    .x(col11_a1_2),
    .y(col11_a1_3),
    .s(col11_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col11_u_a3_0 (
    .x(col11_a2_0),
    .y(col11_a2_1),
    .s(col11_a3_0)
  );
  adder_tree_k16_flat_pe pe0_12 (
    .a(a_in[7:0]),
    .b(w0_12),
    .p0_out(p0_12_p0)
  );
  adder_tree_k16_flat_pe pe1_12 (
    .a(a_in[15:8]),
    .b(w1_12),
    .p0_out(p1_12_p0)
  );
  adder_tree_k16_flat_pe pe2_12 (
    .a(a_in[23:16]),
    .b(w2_12),
    .p0_out(p2_12_p0)
  );
  adder_tree_k16_flat_pe pe3_12 (
    .a(a_in[31:24]),
    .b(w3_12),
    .p0_out(p3_12_p0)
  );
  adder_tree_k16_flat_pe pe4_12 (
    .a(a_in[39:32]),
    .b(w4_12),
    .p0_out(p4_12_p0)
  );
  adder_tree_k16_flat_pe pe5_12 (
    .a(a_in[47:40]),
    .b(w5_12),
    .p0_out(p5_12_p0)
  );
  adder_tree_k16_flat_pe pe6_12 (
    .a(a_in[55:48]),
    .b(w6_12),
    .p0_out(p6_12_p0)
  );
  adder_tree_k16_flat_pe pe7_12 (
    .a(a_in[63:56]),
    .b(w7_12),
    .p0_out(p7_12_p0)
  );
  adder_tree_k16_flat_pe pe8_12 (
    .a(a_in[71:64]),
    .b(w8_12),
    .p0_out(p8_12_p0)
  );
  adder_tree_k16_flat_pe pe9_12 (
    .a(a_in[79:72]),
    .b(w9_12),
    .p0_out(p9_12_p0)
  );
  adder_tree_k16_flat_pe pe10_12 (
    .a(a_in[87:80]),
    .b(w10_12),
    .p0_out(p10_12_p0)
  );
  adder_tree_k16_flat_pe pe11_12 (
    .a(a_in[95:88]),
    .b(w11_12),
    .p0_out(p11_12_p0)
  );
  adder_tree_k16_flat_pe pe12_12 (
    .a(a_in[103:96]),
    .b(w12_12),
    .p0_out(p12_12_p0)
  );
  adder_tree_k16_flat_pe pe13_12 (
    .a(a_in[111:104]),
    .b(w13_12),
    .p0_out(p13_12_p0)
  );
  adder_tree_k16_flat_pe pe14_12 (
    .a(a_in[119:112]),
    .b(w14_12),
    .p0_out(p14_12_p0)
  );
  adder_tree_k16_flat_pe pe15_12 (
    .a(a_in[127:120]),
    .b(w15_12),
    .p0_out(p15_12_p0)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a0_0 (
    .x(p0_12_p0),
    .y(p1_12_p0),
    .s(col12_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a0_1 (
    .x(p2_12_p0),
    .y(p3_12_p0),
    .s(col12_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a0_2 (
    .x(p4_12_p0),
    .y(p5_12_p0),
    .s(col12_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a0_3 (
    .x(p6_12_p0),
    .y(p7_12_p0),
    .s(col12_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a0_4 (
    .x(p8_12_p0),
    .y(p9_12_p0),
    .s(col12_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a0_5 (
    .x(p10_12_p0),
    .y(p11_12_p0),
    .s(col12_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a0_6 (
    .x(p12_12_p0),
    .y(p13_12_p0),
    .s(col12_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a0_7 (
    .x(p14_12_p0),
    .y(p15_12_p0),
    .s(col12_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a1_0 (
    .x(col12_a0_0),
    .y(col12_a0_1),
    .s(col12_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a1_1 (
    .x(col12_a0_2),
    .y(col12_a0_3),
    .s(col12_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a1_2 (
    .x(col12_a0_4),
    .y(col12_a0_5),
    .s(col12_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a1_3 (
    .x(col12_a0_6),
    .y(col12_a0_7),
    .s(col12_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a2_0 (
    .x(col12_a1_0),
    .y(col12_a1_1),
    .s(col12_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a2_1 (
    .x(col12_a1_2),
    .y(col12_a1_3),
    .s(col12_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col12_u_a3_0 (
    .x(col12_a2_0),
    .y(col12_a2_1),
    .s(col12_a3_0)
  );
  adder_tree_k16_flat_pe pe0_13 (
    .a(a_in[7:0]),
    .b(w0_13),
    .p0_out(p0_13_p0)
  );
  adder_tree_k16_flat_pe pe1_13 (
    .a(a_in[15:8]),
    .b(w1_13),
    .p0_out(p1_13_p0)
  );
  adder_tree_k16_flat_pe pe2_13 (
    .a(a_in[23:16]),
    .b(w2_13),
    .p0_out(p2_13_p0)
  );
  adder_tree_k16_flat_pe pe3_13 (
    .a(a_in[31:24]),
    .b(w3_13),
    .p0_out(p3_13_p0)
  );
  adder_tree_k16_flat_pe pe4_13 (
    .a(a_in[39:32]),
    .b(w4_13),
    .p0_out(p4_13_p0)
  );
  adder_tree_k16_flat_pe pe5_13 (
    .a(a_in[47:40]),
    .b(w5_13),
    .p0_out(p5_13_p0)
  );
  adder_tree_k16_flat_pe pe6_13 (
    .a(a_in[55:48]),
    .b(w6_13),
    .p0_out(p6_13_p0)
  );
  adder_tree_k16_flat_pe pe7_13 (
    .a(a_in[63:56]),
    .b(w7_13),
    .p0_out(p7_13_p0)
  );
  adder_tree_k16_flat_pe pe8_13 (
    .a(a_in[71:64]),
    .b(w8_13),
    .p0_out(p8_13_p0)
  );
  adder_tree_k16_flat_pe pe9_13 (
    .a(a_in[79:72]),
    .b(w9_13),
    .p0_out(p9_13_p0)
  );
  adder_tree_k16_flat_pe pe10_13 (
    .a(a_in[87:80]),
    .b(w10_13),
    .p0_out(p10_13_p0)
  );
  adder_tree_k16_flat_pe pe11_13 (
    .a(a_in[95:88]),
    .b(w11_13),
    .p0_out(p11_13_p0)
  );
  adder_tree_k16_flat_pe pe12_13 (
    .a(a_in[103:96]),
    .b(w12_13),
    .p0_out(p12_13_p0)
  );
  adder_tree_k16_flat_pe pe13_13 (
    .a(a_in[111:104]),
    .b(w13_13),
    .p0_out(p13_13_p0)
  );
  adder_tree_k16_flat_pe pe14_13 (
    .a(a_in[119:112]),
    .b(w14_13),
    .p0_out(p14_13_p0)
  );
  adder_tree_k16_flat_pe pe15_13 (
    .a(a_in[127:120]),
    .b(w15_13),
    .p0_out(p15_13_p0)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a0_0 (
    .x(p0_13_p0),
    .y(p1_13_p0),
    .s(col13_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a0_1 (
    .x(p2_13_p0),
    .y(p3_13_p0),
    .s(col13_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a0_2 (
    .x(p4_13_p0),
    .y(p5_13_p0),
    .s(col13_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a0_3 (
    .x(p6_13_p0),
    .y(p7_13_p0),
    .s(col13_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a0_4 (
    .x(p8_13_p0),
    .y(p9_13_p0),
    .s(col13_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a0_5 (
    .x(p10_13_p0),
    .y(p11_13_p0),
    .s(col13_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a0_6 (
    .x(p12_13_p0),
    .y(p13_13_p0),
    .s(col13_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a0_7 (
    .x(p14_13_p0),
    .y(p15_13_p0),
    .s(col13_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a1_0 (
    .x(col13_a0_0),
    .y(col13_a0_1),
    .s(col13_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a1_1 (
    .x(col13_a0_2),
    .y(col13_a0_3),
    .s(col13_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a1_2 (
    .x(col13_a0_4),
    .y(col13_a0_5),
    .s(col13_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a1_3 (
    .x(col13_a0_6),
    .y(col13_a0_7),
    .s(col13_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a2_0 (
    .x(col13_a1_0),
    .y(col13_a1_1),
    .s(col13_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a2_1 (
    .x(col13_a1_2),
    .y(col13_a1_3),
    .s(col13_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col13_u_a3_0 (
    .x(col13_a2_0),
    .y(col13_a2_1),
    .s(col13_a3_0)
  );
  adder_tree_k16_flat_pe pe0_14 (
    .a(a_in[7:0]),
    .b(w0_14),
    .p0_out(p0_14_p0)
  );
  adder_tree_k16_flat_pe pe1_14 (
    .a(a_in[15:8]),
    .b(w1_14),
    .p0_out(p1_14_p0)
  );
  adder_tree_k16_flat_pe pe2_14 (
    .a(a_in[23:16]),
    .b(w2_14),
    .p0_out(p2_14_p0)
  );
  adder_tree_k16_flat_pe pe3_14 (
    .a(a_in[31:24]),
    .b(w3_14),
    .p0_out(p3_14_p0)
  );
  adder_tree_k16_flat_pe pe4_14 (
    .a(a_in[39:32]),
    .b(w4_14),
    .p0_out(p4_14_p0)
  );
  adder_tree_k16_flat_pe pe5_14 (
    .a(a_in[47:40]),
    .b(w5_14),
    .p0_out(p5_14_p0)
  );
  adder_tree_k16_flat_pe pe6_14 (
    .a(a_in[55:48]),
    .b(w6_14),
    .p0_out(p6_14_p0)
  );
  adder_tree_k16_flat_pe pe7_14 (
    .a(a_in[63:56]),
    .b(w7_14),
    .p0_out(p7_14_p0)
  );
  adder_tree_k16_flat_pe pe8_14 (
    .a(a_in[71:64]),
    .b(w8_14),
    .p0_out(p8_14_p0)
  );
  adder_tree_k16_flat_pe pe9_14 (
    .a(a_in[79:72]),
    .b(w9_14),
    .p0_out(p9_14_p0)
  );
  adder_tree_k16_flat_pe pe10_14 (
    .a(a_in[87:80]),
    .b(w10_14),
    .p0_out(p10_14_p0)
  );
  adder_tree_k16_flat_pe pe11_14 (
    .a(a_in[95:88]),
    .b(w11_14),
    .p0_out(p11_14_p0)
  );
  adder_tree_k16_flat_pe pe12_14 (
    .a(a_in[103:96]),
    .b(w12_14),
    .p0_out(p12_14_p0)
  );
  adder_tree_k16_flat_pe pe13_14 (
    .a(a_in[111:104]),
    .b(w13_14),
    .p0_out(p13_14_p0)
  );
  adder_tree_k16_flat_pe pe14_14 (
    .a(a_in[119:112]),
    .b(w14_14),
    .p0_out(p14_14_p0)
  );
  adder_tree_k16_flat_pe pe15_14 (
    .a(a_in[127:120]),
    .b(w15_14),
    .p0_out(p15_14_p0)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a0_0 (
    .x(p0_14_p0),
    .y(p1_14_p0),
    .s(col14_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a0_1 (
    .x(p2_14_p0),
    .y(p3_14_p0),
    .s(col14_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a0_2 (
    .x(p4_14_p0),
    .y(p5_14_p0),
    .s(col14_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a0_3 (
    .x(p6_14_p0),
    .y(p7_14_p0),
    .s(col14_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a0_4 (
    .x(p8_14_p0),
    .y(p9_14_p0),
    .s(col14_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a0_5 (
    .x(p10_14_p0),
    .y(p11_14_p0),
    .s(col14_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a0_6 (
    .x(p12_14_p0),
    .y(p13_14_p0),
    .s(col14_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a0_7 (
    .x(p14_14_p0),
    .y(p15_14_p0),
    .s(col14_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a1_0 (
    .x(col14_a0_0),
    .y(col14_a0_1),
    .s(col14_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a1_1 (
    .x(col14_a0_2),
    .y(col14_a0_3),
    .s(col14_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a1_2 (
    .x(col14_a0_4),
    .y(col14_a0_5),
    .s(col14_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a1_3 (
    .x(col14_a0_6),
    .y(col14_a0_7),
    .s(col14_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a2_0 (
    .x(col14_a1_0),
    .y(col14_a1_1),
    .s(col14_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a2_1 (
    .x(col14_a1_2),
    .y(col14_a1_3),
    .s(col14_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col14_u_a3_0 (
    .x(col14_a2_0),
    .y(col14_a2_1),
    .s(col14_a3_0)
  );
  adder_tree_k16_flat_pe pe0_15 (
    .a(a_in[7:0]),
    .b(w0_15),
    .p0_out(p0_15_p0)
  );
  adder_tree_k16_flat_pe pe1_15 (
    .a(a_in[15:8]),
    .b(w1_15),
    .p0_out(p1_15_p0)
  );
  adder_tree_k16_flat_pe pe2_15 (
    .a(a_in[23:16]),
    .b(w2_15),
    .p0_out(p2_15_p0)
  );
  adder_tree_k16_flat_pe pe3_15 (
    .a(a_in[31:24]),
    .b(w3_15),
    .p0_out(p3_15_p0)
  );
  adder_tree_k16_flat_pe pe4_15 (
    .a(a_in[39:32]),
    .b(w4_15),
    .p0_out(p4_15_p0)
  );
  adder_tree_k16_flat_pe pe5_15 (
    .a(a_in[47:40]),
    .b(w5_15),
    .p0_out(p5_15_p0)
  );
  adder_tree_k16_flat_pe pe6_15 (
    .a(a_in[55:48]),
    .b(w6_15),
    .p0_out(p6_15_p0)
  );
  adder_tree_k16_flat_pe pe7_15 (
    .a(a_in[63:56]),
    .b(w7_15),
    .p0_out(p7_15_p0)
  );
  adder_tree_k16_flat_pe pe8_15 (
    .a(a_in[71:64]),
    .b(w8_15),
    .p0_out(p8_15_p0)
  );
  adder_tree_k16_flat_pe pe9_15 (
    .a(a_in[79:72]),
    .b(w9_15),
    .p0_out(p9_15_p0)
  );
  adder_tree_k16_flat_pe pe10_15 (
    .a(a_in[87:80]),
    .b(w10_15),
    .p0_out(p10_15_p0)
  );
  adder_tree_k16_flat_pe pe11_15 (
    .a(a_in[95:88]),
    .b(w11_15),
    .p0_out(p11_15_p0)
  );
  adder_tree_k16_flat_pe pe12_15 (
    .a(a_in[103:96]),
    .b(w12_15),
    .p0_out(p12_15_p0)
  );
  adder_tree_k16_flat_pe pe13_15 (
    .a(a_in[111:104]),
    .b(w13_15),
    .p0_out(p13_15_p0)
  );
  adder_tree_k16_flat_pe pe14_15 (
    .a(a_in[119:112]),
    .b(w14_15),
    .p0_out(p14_15_p0)
  );
  adder_tree_k16_flat_pe pe15_15 (
    .a(a_in[127:120]),
    .b(w15_15),
    .p0_out(p15_15_p0)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a0_0 (
    .x(p0_15_p0),
    .y(p1_15_p0),
    .s(col15_a0_0)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a0_1 (
    .x(p2_15_p0),
    .y(p3_15_p0),
    .s(col15_a0_1)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a0_2 (
    .x(p4_15_p0),
    .y(p5_15_p0),
    .s(col15_a0_2)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a0_3 (
    .x(p6_15_p0),
    .y(p7_15_p0),
    .s(col15_a0_3)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a0_4 (
    .x(p8_15_p0),
    .y(p9_15_p0),
    .s(col15_a0_4)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a0_5 (
    .x(p10_15_p0),
    .y(p11_15_p0),
    .s(col15_a0_5)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a0_6 (
    .x(p12_15_p0),
    .y(p13_15_p0),
    .s(col15_a0_6)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a0_7 (
    .x(p14_15_p0),
    .y(p15_15_p0),
    .s(col15_a0_7)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a1_0 (
    .x(col15_a0_0),
    .y(col15_a0_1),
    .s(col15_a1_0)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a1_1 (
    .x(col15_a0_2),
    .y(col15_a0_3),
    .s(col15_a1_1)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a1_2 (
    .x(col15_a0_4),
    .y(col15_a0_5),
    .s(col15_a1_2)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a1_3 (
    .x(col15_a0_6),
    .y(col15_a0_7),
    .s(col15_a1_3)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a2_0 (
    .x(col15_a1_0),
    .y(col15_a1_1),
    .s(col15_a2_0)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a2_1 (
    .x(col15_a1_2),
    .y(col15_a1_3),
    .s(col15_a2_1)
  );
  adder_tree_k16_flat_cpa_w32 col15_u_a3_0 (
    .x(col15_a2_0),
    .y(col15_a2_1),
    .s(col15_a3_0)
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
  always @(posedge clk) if (load) w0_8 <= b_in[71:64];
  always @(posedge clk) if (load) w0_9 <= b_in[79:72];
  always @(posedge clk) if (load) w0_10 <= b_in[87:80];
  always @(posedge clk) if (load) w0_11 <= b_in[95:88];
  always @(posedge clk) if (load) w0_12 <= b_in[103:96];
  always @(posedge clk) if (load) w0_13 <= b_in[111:104];
  always @(posedge clk) if (load) w0_14 <= b_in[119:112];
  always @(posedge clk) if (load) w0_15 <= b_in[127:120];
  always @(posedge clk) if (load) w1_0 <= w0_0;
  always @(posedge clk) if (load) w1_1 <= w0_1;
  always @(posedge clk) if (load) w1_2 <= w0_2;
  always @(posedge clk) if (load) w1_3 <= w0_3;
  always @(posedge clk) if (load) w1_4 <= w0_4;
  always @(posedge clk) if (load) w1_5 <= w0_5;
  always @(posedge clk) if (load) w1_6 <= w0_6;
  always @(posedge clk) if (load) w1_7 <= w0_7;
  always @(posedge clk) if (load) w1_8 <= w0_8;
  always @(posedge clk) if (load) w1_9 <= w0_9;
  always @(posedge clk) if (load) w1_10 <= w0_10;
  always @(posedge clk) if (load) w1_11 <= w0_11;
  always @(posedge clk) if (load) w1_12 <= w0_12;
  always @(posedge clk) if (load) w1_13 <= w0_13;
  always @(posedge clk) if (load) w1_14 <= w0_14;
  always @(posedge clk) if (load) w1_15 <= w0_15;
  always @(posedge clk) if (load) w2_0 <= w1_0;
  always @(posedge clk) if (load) w2_1 <= w1_1;
  always @(posedge clk) if (load) w2_2 <= w1_2;
  always @(posedge clk) if (load) w2_3 <= w1_3;
  always @(posedge clk) if (load) w2_4 <= w1_4;
  always @(posedge clk) if (load) w2_5 <= w1_5;
  always @(posedge clk) if (load) w2_6 <= w1_6;
  always @(posedge clk) if (load) w2_7 <= w1_7;
  always @(posedge clk) if (load) w2_8 <= w1_8;
  always @(posedge clk) if (load) w2_9 <= w1_9;
  always @(posedge clk) if (load) w2_10 <= w1_10;
  always @(posedge clk) if (load) w2_11 <= w1_11;
  always @(posedge clk) if (load) w2_12 <= w1_12;
  always @(posedge clk) if (load) w2_13 <= w1_13;
  always @(posedge clk) if (load) w2_14 <= w1_14;
  always @(posedge clk) if (load) w2_15 <= w1_15;
  always @(posedge clk) if (load) w3_0 <= w2_0;
  always @(posedge clk) if (load) w3_1 <= w2_1;
  always @(posedge clk) if (load) w3_2 <= w2_2;
  always @(posedge clk) if (load) w3_3 <= w2_3;
  always @(posedge clk) if (load) w3_4 <= w2_4;
  always @(posedge clk) if (load) w3_5 <= w2_5;
  always @(posedge clk) if (load) w3_6 <= w2_6;
  always @(posedge clk) if (load) w3_7 <= w2_7;
  always @(posedge clk) if (load) w3_8 <= w2_8;
  always @(posedge clk) if (load) w3_9 <= w2_9;
  always @(posedge clk) if (load) w3_10 <= w2_10;
  always @(posedge clk) if (load) w3_11 <= w2_11;
  always @(posedge clk) if (load) w3_12 <= w2_12;
  always @(posedge clk) if (load) w3_13 <= w2_13;
  always @(posedge clk) if (load) w3_14 <= w2_14;
  always @(posedge clk) if (load) w3_15 <= w2_15;
  always @(posedge clk) if (load) w4_0 <= w3_0;
  always @(posedge clk) if (load) w4_1 <= w3_1;
  always @(posedge clk) if (load) w4_2 <= w3_2;
  always @(posedge clk) if (load) w4_3 <= w3_3;
  always @(posedge clk) if (load) w4_4 <= w3_4;
  always @(posedge clk) if (load) w4_5 <= w3_5;
  always @(posedge clk) if (load) w4_6 <= w3_6;
  always @(posedge clk) if (load) w4_7 <= w3_7;
  always @(posedge clk) if (load) w4_8 <= w3_8;
  always @(posedge clk) if (load) w4_9 <= w3_9;
  always @(posedge clk) if (load) w4_10 <= w3_10;
  always @(posedge clk) if (load) w4_11 <= w3_11;
  always @(posedge clk) if (load) w4_12 <= w3_12;
  always @(posedge clk) if (load) w4_13 <= w3_13;
  always @(posedge clk) if (load) w4_14 <= w3_14;
  always @(posedge clk) if (load) w4_15 <= w3_15;
  always @(posedge clk) if (load) w5_0 <= w4_0;
  always @(posedge clk) if (load) w5_1 <= w4_1;
  always @(posedge clk) if (load) w5_2 <= w4_2;
  always @(posedge clk) if (load) w5_3 <= w4_3;
  always @(posedge clk) if (load) w5_4 <= w4_4;
  always @(posedge clk) if (load) w5_5 <= w4_5;
  always @(posedge clk) if (load) w5_6 <= w4_6;
  always @(posedge clk) if (load) w5_7 <= w4_7;
  always @(posedge clk) if (load) w5_8 <= w4_8;
  always @(posedge clk) if (load) w5_9 <= w4_9;
  always @(posedge clk) if (load) w5_10 <= w4_10;
  always @(posedge clk) if (load) w5_11 <= w4_11;
  always @(posedge clk) if (load) w5_12 <= w4_12;
  always @(posedge clk) if (load) w5_13 <= w4_13;
  always @(posedge clk) if (load) w5_14 <= w4_14;
  always @(posedge clk) if (load) w5_15 <= w4_15;
  always @(posedge clk) if (load) w6_0 <= w5_0;
  always @(posedge clk) if (load) w6_1 <= w5_1;
  always @(posedge clk) if (load) w6_2 <= w5_2;
  always @(posedge clk) if (load) w6_3 <= w5_3;
  always @(posedge clk) if (load) w6_4 <= w5_4;
  always @(posedge clk) if (load) w6_5 <= w5_5;
  always @(posedge clk) if (load) w6_6 <= w5_6;
  always @(posedge clk) if (load) w6_7 <= w5_7;
  always @(posedge clk) if (load) w6_8 <= w5_8;
  always @(posedge clk) if (load) w6_9 <= w5_9;
  always @(posedge clk) if (load) w6_10 <= w5_10;
  always @(posedge clk) if (load) w6_11 <= w5_11;
  always @(posedge clk) if (load) w6_12 <= w5_12;
  always @(posedge clk) if (load) w6_13 <= w5_13;
  always @(posedge clk) if (load) w6_14 <= w5_14;
  always @(posedge clk) if (load) w6_15 <= w5_15;
  always @(posedge clk) if (load) w7_0 <= w6_0;
  always @(posedge clk) if (load) w7_1 <= w6_1;
  always @(posedge clk) if (load) w7_2 <= w6_2;
  always @(posedge clk) if (load) w7_3 <= w6_3;
  always @(posedge clk) if (load) w7_4 <= w6_4;
  always @(posedge clk) if (load) w7_5 <= w6_5;
  always @(posedge clk) if (load) w7_6 <= w6_6;
  always @(posedge clk) if (load) w7_7 <= w6_7;
  always @(posedge clk) if (load) w7_8 <= w6_8;
  always @(posedge clk) if (load) w7_9 <= w6_9;
  always @(posedge clk) if (load) w7_10 <= w6_10;
  always @(posedge clk) if (load) w7_11 <= w6_11;
  always @(posedge clk) if (load) w7_12 <= w6_12;
  always @(posedge clk) if (load) w7_13 <= w6_13;
  always @(posedge clk) if (load) w7_14 <= w6_14;
  always @(posedge clk) if (load) w7_15 <= w6_15;
  always @(posedge clk) if (load) w8_0 <= w7_0;
  always @(posedge clk) if (load) w8_1 <= w7_1;
  always @(posedge clk) if (load) w8_2 <= w7_2;
  always @(posedge clk) if (load) w8_3 <= w7_3;
  always @(posedge clk) if (load) w8_4 <= w7_4;
  always @(posedge clk) if (load) w8_5 <= w7_5;
  always @(posedge clk) if (load) w8_6 <= w7_6;
  always @(posedge clk) if (load) w8_7 <= w7_7;
  always @(posedge clk) if (load) w8_8 <= w7_8;
  always @(posedge clk) if (load) w8_9 <= w7_9;
  always @(posedge clk) if (load) w8_10 <= w7_10;
  always @(posedge clk) if (load) w8_11 <= w7_11;
  always @(posedge clk) if (load) w8_12 <= w7_12;
  always @(posedge clk) if (load) w8_13 <= w7_13;
  always @(posedge clk) if (load) w8_14 <= w7_14;
  always @(posedge clk) if (load) w8_15 <= w7_15;
  always @(posedge clk) if (load) w9_0 <= w8_0;
  always @(posedge clk) if (load) w9_1 <= w8_1;
  always @(posedge clk) if (load) w9_2 <= w8_2;
  always @(posedge clk) if (load) w9_3 <= w8_3;
  always @(posedge clk) if (load) w9_4 <= w8_4;
  always @(posedge clk) if (load) w9_5 <= w8_5;
  always @(posedge clk) if (load) w9_6 <= w8_6;
  always @(posedge clk) if (load) w9_7 <= w8_7;
  always @(posedge clk) if (load) w9_8 <= w8_8;
  always @(posedge clk) if (load) w9_9 <= w8_9;
  always @(posedge clk) if (load) w9_10 <= w8_10;
  always @(posedge clk) if (load) w9_11 <= w8_11;
  always @(posedge clk) if (load) w9_12 <= w8_12;
  always @(posedge clk) if (load) w9_13 <= w8_13;
  always @(posedge clk) if (load) w9_14 <= w8_14;
  always @(posedge clk) if (load) w9_15 <= w8_15;
  always @(posedge clk) if (load) w10_0 <= w9_0;
  always @(posedge clk) if (load) w10_1 <= w9_1;
  always @(posedge clk) if (load) w10_2 <= w9_2;
  always @(posedge clk) if (load) w10_3 <= w9_3;
  always @(posedge clk) if (load) w10_4 <= w9_4;
  always @(posedge clk) if (load) w10_5 <= w9_5;
  always @(posedge clk) if (load) w10_6 <= w9_6;
  always @(posedge clk) if (load) w10_7 <= w9_7;
  always @(posedge clk) if (load) w10_8 <= w9_8;
  always @(posedge clk) if (load) w10_9 <= w9_9;
  always @(posedge clk) if (load) w10_10 <= w9_10;
  always @(posedge clk) if (load) w10_11 <= w9_11;
  always @(posedge clk) if (load) w10_12 <= w9_12;
  always @(posedge clk) if (load) w10_13 <= w9_13;
  always @(posedge clk) if (load) w10_14 <= w9_14;
  always @(posedge clk) if (load) w10_15 <= w9_15;
  always @(posedge clk) if (load) w11_0 <= w10_0;
  always @(posedge clk) if (load) w11_1 <= w10_1;
  always @(posedge clk) if (load) w11_2 <= w10_2;
  always @(posedge clk) if (load) w11_3 <= w10_3;
  always @(posedge clk) if (load) w11_4 <= w10_4;
  always @(posedge clk) if (load) w11_5 <= w10_5;
  always @(posedge clk) if (load) w11_6 <= w10_6;
  always @(posedge clk) if (load) w11_7 <= w10_7;
  always @(posedge clk) if (load) w11_8 <= w10_8;
  always @(posedge clk) if (load) w11_9 <= w10_9;
  always @(posedge clk) if (load) w11_10 <= w10_10;
  always @(posedge clk) if (load) w11_11 <= w10_11;
  always @(posedge clk) if (load) w11_12 <= w10_12;
  always @(posedge clk) if (load) w11_13 <= w10_13;
  always @(posedge clk) if (load) w11_14 <= w10_14;
  always @(posedge clk) if (load) w11_15 <= w10_15;
  always @(posedge clk) if (load) w12_0 <= w11_0;
  always @(posedge clk) if (load) w12_1 <= w11_1;
  always @(posedge clk) if (load) w12_2 <= w11_2;
  always @(posedge clk) if (load) w12_3 <= w11_3;
  always @(posedge clk) if (load) w12_4 <= w11_4;
  always @(posedge clk) if (load) w12_5 <= w11_5;
  always @(posedge clk) if (load) w12_6 <= w11_6;
  always @(posedge clk) if (load) w12_7 <= w11_7;
  always @(posedge clk) if (load) w12_8 <= w11_8;
  always @(posedge clk) if (load) w12_9 <= w11_9;
  always @(posedge clk) if (load) w12_10 <= w11_10;
  always @(posedge clk) if (load) w12_11 <= w11_11;
  always @(posedge clk) if (load) w12_12 <= w11_12;
  always @(posedge clk) if (load) w12_13 <= w11_13;
  always @(posedge clk) if (load) w12_14 <= w11_14;
  always @(posedge clk) if (load) w12_15 <= w11_15;
  always @(posedge clk) if (load) w13_0 <= w12_0;
  always @(posedge clk) if (load) w13_1 <= w12_1;
  always @(posedge clk) if (load) w13_2 <= w12_2;
  always @(posedge clk) if (load) w13_3 <= w12_3;
  always @(posedge clk) if (load) w13_4 <= w12_4;
  always @(posedge clk) if (load) w13_5 <= w12_5;
  always @(posedge clk) if (load) w13_6 <= w12_6;
  always @(posedge clk) if (load) w13_7 <= w12_7;
  always @(posedge clk) if (load) w13_8 <= w12_8;
  always @(posedge clk) if (load) w13_9 <= w12_9;
  always @(posedge clk) if (load) w13_10 <= w12_10;
  always @(posedge clk) if (load) w13_11 <= w12_11;
  always @(posedge clk) if (load) w13_12 <= w12_12;
  always @(posedge clk) if (load) w13_13 <= w12_13;
  always @(posedge clk) if (load) w13_14 <= w12_14;
  always @(posedge clk) if (load) w13_15 <= w12_15;
  always @(posedge clk) if (load) w14_0 <= w13_0;
  always @(posedge clk) if (load) w14_1 <= w13_1;
  always @(posedge clk) if (load) w14_2 <= w13_2;
  always @(posedge clk) if (load) w14_3 <= w13_3;
  always @(posedge clk) if (load) w14_4 <= w13_4;
  always @(posedge clk) if (load) w14_5 <= w13_5;
  always @(posedge clk) if (load) w14_6 <= w13_6;
  always @(posedge clk) if (load) w14_7 <= w13_7;
  always @(posedge clk) if (load) w14_8 <= w13_8;
  always @(posedge clk) if (load) w14_9 <= w13_9;
  always @(posedge clk) if (load) w14_10 <= w13_10;
  always @(posedge clk) if (load) w14_11 <= w13_11;
  always @(posedge clk) if (load) w14_12 <= w13_12;
  always @(posedge clk) if (load) w14_13 <= w13_13;
  always @(posedge clk) if (load) w14_14 <= w13_14;
  always @(posedge clk) if (load) w14_15 <= w13_15;
  always @(posedge clk) if (load) w15_0 <= w14_0;
  always @(posedge clk) if (load) w15_1 <= w14_1;
  always @(posedge clk) if (load) w15_2 <= w14_2;
  always @(posedge clk) if (load) w15_3 <= w14_3;
  always @(posedge clk) if (load) w15_4 <= w14_4;
  always @(posedge clk) if (load) w15_5 <= w14_5;
  always @(posedge clk) if (load) w15_6 <= w14_6;
  always @(posedge clk) if (load) w15_7 <= w14_7;
  always @(posedge clk) if (load) w15_8 <= w14_8;
  always @(posedge clk) if (load) w15_9 <= w14_9;
  always @(posedge clk) if (load) w15_10 <= w14_10;
  always @(posedge clk) if (load) w15_11 <= w14_11;
  always @(posedge clk) if (load) w15_12 <= w14_12;
  always @(posedge clk) if (load) w15_13 <= w14_13;
  always @(posedge clk) if (load) w15_14 <= w14_14;
  always @(posedge clk) if (load) w15_15 <= w14_15;
  always @(posedge clk) res0 <= col0_a3_0;
  always @(posedge clk) res1 <= col1_a3_0;
  always @(posedge clk) res2 <= col2_a3_0;
  always @(posedge clk) res3 <= col3_a3_0;
  always @(posedge clk) res4 <= col4_a3_0;
  always @(posedge clk) res5 <= col5_a3_0;
  always @(posedge clk) res6 <= col6_a3_0;
  always @(posedge clk) res7 <= col7_a3_0;
  always @(posedge clk) res8 <= col8_a3_0;
  always @(posedge clk) res9 <= col9_a3_0;
  always @(posedge clk) res10 <= col10_a3_0;
  always @(posedge clk) res11 <= col11_a3_0;
  always @(posedge clk) res12 <= col12_a3_0;
  always @(posedge clk) res13 <= col13_a3_0;
  always @(posedge clk) res14 <= col14_a3_0;
  always @(posedge clk) res15 <= col15_a3_0;
  always @(posedge clk) if (rst) dv_f_vld_q0 <= 1'b0; else dv_f_vld_q0 <= f_vld;
endmodule
