// cube_mac_opt1_acc: accumulator of a k chain: carry-save, a drain CPA into the result register
// Source design: cube_mac_opt1 (examples/cube_mac_opt1.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Accumulator at the end of a k chain (cs): vld gates accumulation, first restarts it
// at a tile's first k step; carry-save, a drain CPA into the result register.
module cube_mac_opt1_acc (
  input wire clk,
  input wire vld,
  input wire first,
  input wire [31:0] ps_s_in,
  input wire [31:0] ps_c_in,
  output wire [31:0] res_out
);
  wire [31:0] acc_ns;
  wire [31:0] acc_nc;
  wire [31:0] drain_sum;
  reg [31:0] acc_s;
  reg [31:0] acc_c;
  reg [31:0] res;
  assign res_out = res;
  cube_mac_opt1_csa42_w32 u_acc_csa (
    .x0(ps_s_in),
    .x1(ps_c_in),
    .x2(acc_s),
    .x3(acc_c),
    .s(acc_ns),
    .c(acc_nc)
  );
  cube_mac_opt1_cpa_w32 u_drain_cpa (
    .x(acc_s),
    .y(acc_c),
    .s(drain_sum)
  );
  always @(posedge clk) if (vld) acc_s <= first ? ps_s_in : acc_ns;
  always @(posedge clk) if (vld) acc_c <= first ? ps_c_in : acc_nc;
  always @(posedge clk) res <= drain_sum;
endmodule
