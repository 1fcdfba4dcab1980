// bitslice_c32_opt4c_pe: zero-skip PE: digits from the shared column encoder (OPT4C), digits registered a group ahead, issued term registered (per cycle: select + 3:2), carry-save accumulator
// Source design: bitslice_c32_opt4c (examples/bitslice_c32_opt4c.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Zero-skip PE: per lane, the issued digit selects one of the group's B values (ksel), scales it
// (x1 / x2, sign) and shifts it to its digit position; the terms are compressed into the
// sum/carry accumulator; the drain CPA resolves it after the tile.
module bitslice_c32_opt4c_pe (
  input wire clk,
  input wire rst,
  input wire first,
  input wire [31:0] b,
  input wire issue,
  input wire [3:0] ksel,
  input wire [2:0] dig,
  input wire [1:0] pos,
  output wire [31:0] res_out
);
  wire [2:0] l0_dig;
  wire [7:0] l0_bsel;
  wire [7:0] l0_selc;
  wire [31:0] l0_bx;
  wire [31:0] l0_term;
  wire [31:0] acc_xs;
  wire [31:0] acc_xc;
  wire [31:0] acc_t0_0s;
  wire [31:0] acc_t0_0c;
  wire [31:0] drain_sum;
  reg [7:0] l0_bq;
  reg [7:0] l0_selq;
  reg l0_negq;
  reg tq_first_q0;
  reg [31:0] acc_s;
  reg [31:0] acc_c;
  reg [31:0] res;
  assign l0_dig = dig;
  assign l0_bsel = (({8{ksel[0]}} & b[7:0]) | ({8{ksel[1]}} & b[15:8]) | ({8{ksel[2]}} & b[23:16]) | ({8{ksel[3]}} & b[31:24]));
  assign l0_selc = {issue & l0_dig[1] & (pos == 2'd3), issue & l0_dig[1] & (pos == 2'd2), issue & l0_dig[1] & (pos == 2'd1), issue & l0_dig[1] & (pos == 2'd0), issue & l0_dig[0] & ~l0_dig[1] & (pos == 2'd3), issue & l0_dig[0] & ~l0_dig[1] & (pos == 2'd2), issue & l0_dig[0] & ~l0_dig[1] & (pos == 2'd1), issue & l0_dig[0] & ~l0_dig[1] & (pos == 2'd0)};
  assign l0_bx = {{24{l0_bq[7]}}, l0_bq};
  assign l0_term = (({32{l0_selq[0]}} & l0_bx) | ({32{l0_selq[1]}} & {l0_bx[29:0], 2'b0}) | ({32{l0_selq[2]}} & {l0_bx[27:0], 4'b0}) | ({32{l0_selq[3]}} & {l0_bx[25:0], 6'b0}) | ({32{l0_selq[4]}} & {l0_bx[30:0], 1'b0}) | ({32{l0_selq[5]}} & {l0_bx[28:0], 3'b0}) | ({32{l0_selq[6]}} & {l0_bx[26:0], 5'b0}) | ({32{l0_selq[7]}} & {l0_bx[24:0], 7'b0})) ^ {32{l0_negq}};
  assign acc_xs = tq_first_q0 ? 32'd0 : acc_s;
  assign acc_xc = (tq_first_q0 ? 32'd0 : acc_c) | {31'd0, l0_negq};
  assign res_out = res;
  bitslice_c32_opt4c_csa3_w32 acc_u_t0_0 (
    .x(l0_term),
    .y(acc_xs),
    .z(acc_xc),
    .s(acc_t0_0s),
    .c(acc_t0_0c)
  );
  bitslice_c32_opt4c_cpa_w32 u_drain_cpa (
    .x(acc_s),
    .y(acc_c),
    .s(drain_sum)
  );
  always @(posedge clk) l0_bq <= l0_bsel;
  always @(posedge clk) l0_selq <= l0_selc;
  always @(posedge clk) l0_negq <= issue & l0_dig[2];
  always @(posedge clk) if (rst) tq_first_q0 <= 1'b0; else tq_first_q0 <= first;
  always @(posedge clk) acc_s <= acc_t0_0s;
  always @(posedge clk) acc_c <= acc_t0_0c;
  always @(posedge clk) res <= drain_sum;
endmodule
