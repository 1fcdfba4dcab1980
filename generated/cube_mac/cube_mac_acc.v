// cube_mac_acc: accumulator of a k chain: binary: a CPA accumulator
// Source design: cube_mac (examples/cube_mac.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Accumulator at the end of a k chain (cpa): vld gates accumulation, first restarts it
// at a tile's first k step; binary: a CPA accumulator.
module cube_mac_acc (
  input wire clk,
  input wire vld,
  input wire first,
  input wire [31:0] ps_in,
  output wire [31:0] acc_out
);
  wire [31:0] acc_sum;
  reg [31:0] acc;
  assign acc_out = acc;
  cube_mac_cpa_w32 u_acc_cpa (
    .x(acc),
    .y(ps_in),
    .s(acc_sum)
  );
  always @(posedge clk) if (vld) acc <= first ? ps_in : acc_sum;
endmodule
