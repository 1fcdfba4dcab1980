// cube_mac_opt1_shared_acc: accumulator of a k chain: the (sum, carry) pair leaves for the shared resolve stage
// Source design: cube_mac_opt1_shared (examples/cube_mac_opt1_shared.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Accumulator at the end of a k chain (cs): vld gates accumulation, first restarts it
// at a tile's first k step; the (sum, carry) pair leaves for the shared resolve stage.
module cube_mac_opt1_shared_acc (
  input wire clk,
  input wire vld,
  input wire first,
  input wire [31:0] ps_s_in,
  input wire [31:0] ps_c_in,
  output wire [31:0] acc_s_out,
  output wire [31:0] acc_c_out
);
  wire [31:0] acc_ns;
  wire [31:0] acc_nc;
  reg [31:0] acc_s;
  reg [31:0] acc_c;
  assign acc_s_out = acc_s;
  assign acc_c_out = acc_c;
  cube_mac_opt1_shared_csa42_w32 u_acc_csa (
    .x0(ps_s_in),
    .x1(ps_c_in),
    .x2(acc_s),
    .x3(acc_c),
    .s(acc_ns),
    .c(acc_nc)
  );
  always @(posedge clk) if (vld) acc_s <= first ? ps_s_in : acc_ns;
  always @(posedge clk) if (vld) acc_c <= first ? ps_c_in : acc_nc;
endmodule
