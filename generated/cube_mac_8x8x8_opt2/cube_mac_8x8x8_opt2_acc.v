// cube_mac_8x8x8_opt2_acc: accumulator of a k chain: carry-save, a drain CPA into the result register
// Source design: cube_mac_8x8x8_opt2 (examples/cube_mac_8x8x8_opt2.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Accumulator at the end of a k chain (perj): vld gates accumulation, first restarts it
// at a tile's first k step; carry-save, a drain CPA into the result register.
module cube_mac_8x8x8_opt2_acc (
  input wire clk,
  input wire vld,
  input wire first,
  input wire [31:0] ps0_s_in,
  input wire [31:0] ps0_c_in,
  input wire [29:0] ps1_s_in,
  input wire [29:0] ps1_c_in,
  input wire [27:0] ps2_s_in,
  input wire [27:0] ps2_c_in,
  input wire [25:0] ps3_s_in,
  input wire [25:0] ps3_c_in,
  output wire [31:0] res_out
);
  wire [31:0] w0_s;
  wire [31:0] w0_c;
  wire [31:0] w1_s;
  wire [31:0] w1_c;
  wire [31:0] w2_s;
  wire [31:0] w2_c;
  wire [31:0] w3_s;
  wire [31:0] w3_c;
  wire [31:0] wt_t0_0s;
  wire [31:0] wt_t0_0c;
  wire [31:0] wt_t0_1s;
  wire [31:0] wt_t0_1c;
  wire [31:0] wt_t1_0s;
  wire [31:0] wt_t1_0c;
  wire [31:0] acc_ns;
  wire [31:0] acc_nc;
  wire [31:0] drain_sum;
  reg [31:0] acc_s;
  reg [31:0] acc_c;
  reg [31:0] res;
  assign w0_s = ps0_s_in;
  assign w0_c = ps0_c_in;
  assign w1_s = {ps1_s_in, 2'b0};
  assign w1_c = {ps1_c_in, 2'b0};
  assign w2_s = {ps2_s_in, 4'b0};
  assign w2_c = {ps2_c_in, 4'b0};
  assign w3_s = {ps3_s_in, 6'b0};
  assign w3_c = {ps3_c_in, 6'b0};
  assign res_out = res;
  cube_mac_8x8x8_opt2_csa42_w32 wt_u_t0_0 (
    .x0(w0_s),
    .x1(w0_c),
    .x2(w1_s),
    .x3(w1_c),
    .s(wt_t0_0s),
    .c(wt_t0_0c)
  );
  cube_mac_8x8x8_opt2_csa42_w32 wt_u_t0_1 (
    .x0(w2_s),
    .x1(w2_c),
    .x2(w3_s),
    .x3(w3_c),
    .s(wt_t0_1s),
    .c(wt_t0_1c)
  );
  cube_mac_8x8x8_opt2_csa42_w32 wt_u_t1_0 (
    .x0(wt_t0_0s),
    .x1(wt_t0_0c),
    .x2(wt_t0_1s),
    .x3(wt_t0_1c),
    .s(wt_t1_0s),
    .c(wt_t1_0c)
  );
  cube_mac_8x8x8_opt2_csa42_w32 u_acc_csa (
    .x0(wt_t1_0s),
    .x1(wt_t1_0c),
    .x2(acc_s),
    .x3(acc_c),
    .s(acc_ns),
    .c(acc_nc)
  );
  cube_mac_8x8x8_opt2_cpa_w32 u_drain_cpa (
    .x(acc_s),
    .y(acc_c),
    .s(drain_sum)
  );
  always @(posedge clk) if (vld) acc_s <= first ? wt_t1_0s : acc_ns;
  always @(posedge clk) if (vld) acc_c <= first ? wt_t1_0c : acc_nc;
  always @(posedge clk) res <= drain_sum;
endmodule
