// bitslice_opt4e_pe: zero-skip PE: 2 lanes sharing one compressor (OPT4E), carry-save accumulator
// Source design: bitslice_opt4e (examples/bitslice_opt4e.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Zero-skip PE: per lane, the issued digit selects one of the group's B values (ksel), scales it
// (x1 / x2, sign) and shifts it to its digit position; the terms are compressed into the
// sum/carry accumulator; the drain CPA resolves it after the tile.
module bitslice_opt4e_pe (
  input wire clk,
  input wire vld,
  input wire first,
  input wire [63:0] b,
  input wire [1:0] issue,
  input wire [7:0] ksel,
  input wire [5:0] dig,
  input wire [3:0] pos,
  output wire [31:0] res_out
);
  wire [2:0] l0_dig;
  wire [7:0] l0_bsel;
  wire [31:0] l0_bx;
  wire [31:0] l0_mag;
  wire [4:0] l0_sh;
  wire l0_neg;
  wire [31:0] l0_term;
  wire [31:0] l0_corr;
  wire [2:0] l1_dig;
  wire [7:0] l1_bsel;
  wire [31:0] l1_bx;
  wire [31:0] l1_mag;
  wire [4:0] l1_sh;
  wire l1_neg;
  wire [31:0] l1_term;
  wire [31:0] l1_corr;
  wire [31:0] acc_xs;
  wire [31:0] acc_xc;
  wire [31:0] acc_t0_0s;
  wire [31:0] acc_t0_0c;
  wire [31:0] acc_t1_0s;
  wire [31:0] acc_t1_0c;
  wire [31:0] drain_sum;
  reg [31:0] acc_s;
  reg [31:0] acc_c;
  reg [31:0] res;
  assign l0_dig = dig[2:0];
  assign l0_bsel = (({8{ksel[0]}} & b[7:0]) | ({8{ksel[1]}} & b[15:8]) | ({8{ksel[2]}} & b[23:16]) | ({8{ksel[3]}} & b[31:24]));
  assign l0_bx = {{24{l0_bsel[7]}}, l0_bsel};
  assign l0_mag = l0_dig[1] ? {l0_bx[30:0], 1'b0} : (l0_dig[0] ? l0_bx : 32'd0);
  assign l0_sh = {{3{1'b0}}, pos[1:0]} * 5'd2;
  assign l0_neg = issue[0] & l0_dig[2];
  assign l0_term = (l0_mag << l0_sh) ^ {32{l0_neg}};
  assign l0_corr = {31'd0, l0_neg};
  assign l1_dig = dig[5:3];
  assign l1_bsel = (({8{ksel[4]}} & b[39:32]) | ({8{ksel[5]}} & b[47:40]) | ({8{ksel[6]}} & b[55:48]) | ({8{ksel[7]}} & b[63:56]));
  assign l1_bx = {{24{l1_bsel[7]}}, l1_bsel};
  assign l1_mag = l1_dig[1] ? {l1_bx[30:0], 1'b0} : (l1_dig[0] ? l1_bx : 32'd0);
  assign l1_sh = {{3{1'b0}}, pos[3:2]} * 5'd2;
  assign l1_neg = issue[1] & l1_dig[2];
  assign l1_term = (l1_mag << l1_sh) ^ {32{l1_neg}};
  assign l1_corr = {31'd0, l1_neg};
  assign acc_xs = first ? 32'd0 : acc_s;
  assign acc_xc = first ? 32'd0 : acc_c;
  assign res_out = res;
  bitslice_opt4e_csa42_w32 acc_u_t0_0 (
    .x0(l0_term),
    .x1(l0_corr),
    .x2(l1_term),
    .x3(l1_corr),
    .s(acc_t0_0s),
    .c(acc_t0_0c)
  );
  bitslice_opt4e_csa42_w32 acc_u_t1_0 (
    .x0(acc_t0_0s),
    .x1(acc_t0_0c),
    .x2(acc_xs),
    .x3(acc_xc),
    .s(acc_t1_0s),
    .c(acc_t1_0c)
  );
  bitslice_opt4e_cpa_w32 u_drain_cpa (
    .x(acc_s),
    .y(acc_c),
    .s(drain_sum)
  );
  always @(posedge clk) if (vld) acc_s <= acc_t1_0s;
  always @(posedge clk) if (vld) acc_c <= acc_t1_0c;
  always @(posedge clk) res <= drain_sum;
endmodule
