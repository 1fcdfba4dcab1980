// bitslice_pe: bit-slice term-pair PE: booth4 x booth4 digits, one term per cycle, carry-save accumulator
// Source design: bitslice (examples/bitslice.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Bit-slice term-pair PE: both operands are encoded; in step (ci, cj) the ci-th nonzero digit of a
// and the cj-th nonzero digit of b form one term, +-2^e, compressed into the sum/carry
// accumulator (no carry propagation per cycle); the drain CPA resolves it after the tile.
module bitslice_pe (
  input wire clk,
  input wire [7:0] a,
  input wire [7:0] b,
  input wire [3:0] ci,
  input wire [3:0] cj,
  input wire vld,
  input wire first,
  output wire [3:0] nz_a,
  output wire [3:0] nz_b,
  output wire [31:0] res_out
);
  wire [11:0] dig_a;
  wire [11:0] dig_b;
  wire sa_h0;
  wire [3:0] sa_n0;
  wire sa_h1;
  wire [3:0] sa_n1;
  wire sa_h2;
  wire [3:0] sa_n2;
  wire sa_h3;
  wire sa_hit;
  wire [1:0] sa_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] sa_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire sb_h0;
  wire [3:0] sb_n0;
  wire sb_h1;
  wire [3:0] sb_n1;
  wire sb_h2;
  wire [3:0] sb_n2;
  wire sb_h3;
  wire sb_hit;
  wire [1:0] sb_pos;
  /* verilator lint_off UNUSEDSIGNAL */ // bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear
  wire [2:0] sb_dig;
  /* verilator lint_on UNUSEDSIGNAL */
  wire [6:0] e;
  wire on;
  wire neg;
  wire [31:0] oh;
  wire [31:0] term;
  wire [31:0] corr;
  wire [31:0] acc_xs;
  wire [31:0] acc_xc;
  wire [31:0] acc_t0_0s;
  wire [31:0] acc_t0_0c;
  wire [31:0] drain_sum;
  reg [31:0] acc_s;
  reg [31:0] acc_c;
  reg [31:0] res;
  assign sa_h0 = nz_a[0] & (4'd0 == ci);
  assign sa_n0 = 4'd0 + {3'd0, nz_a[0]};
  assign sa_h1 = nz_a[1] & (sa_n0 == ci);
  assign sa_n1 = sa_n0 + {3'd0, nz_a[1]};
  assign sa_h2 = nz_a[2] & (sa_n1 == ci);
  assign sa_n2 = sa_n1 + {3'd0, nz_a[2]};
  assign sa_h3 = nz_a[3] & (sa_n2 == ci);
  assign sa_hit = sa_h0 | sa_h1 | sa_h2 | sa_h3;
  assign sa_pos = ((sa_h0 ? 2'd0 : 2'd0) | (sa_h1 ? 2'd1 : 2'd0) | (sa_h2 ? 2'd2 : 2'd0) | (sa_h3 ? 2'd3 : 2'd0));
  assign sa_dig = (({3{sa_h0}} & dig_a[2:0]) | ({3{sa_h1}} & dig_a[5:3]) | ({3{sa_h2}} & dig_a[8:6]) | ({3{sa_h3}} & dig_a[11:9]));
  assign sb_h0 = nz_b[0] & (4'd0 == cj);
  assign sb_n0 = 4'd0 + {3'd0, nz_b[0]};
  assign sb_h1 = nz_b[1] & (sb_n0 == cj);
  assign sb_n1 = sb_n0 + {3'd0, nz_b[1]};
  assign sb_h2 = nz_b[2] & (sb_n1 == cj);
  assign sb_n2 = sb_n1 + {3'd0, nz_b[2]};
  assign sb_h3 = nz_b[3] & (sb_n2 == cj);
  assign sb_hit = sb_h0 | sb_h1 | sb_h2 | sb_h3;
  assign sb_pos = ((sb_h0 ? 2'd0 : 2'd0) | (sb_h1 ? 2'd1 : 2'd0) | (sb_h2 ? 2'd2 : 2'd0) | (sb_h3 ? 2'd3 : 2'd0));
  assign sb_dig = (({3{sb_h0}} & dig_b[2:0]) | ({3{sb_h1}} & dig_b[5:3]) | ({3{sb_h2}} & dig_b[8:6]) | ({3{sb_h3}} & dig_b[11:9]));
  assign e = {{5{1'b0}}, sa_pos} * 7'd2 + {{5{1'b0}}, sb_pos} * 7'd2 + {6'd0, sa_dig[1]} + {6'd0, sb_dig[1]};
  assign on = sa_hit & sb_hit;
  assign neg = on & (sa_dig[2] ^ sb_dig[2]);
  assign oh = {31'd0, on} << e;
  assign term = oh ^ {32{neg}};
  assign corr = {31'd0, neg};
  assign acc_xs = first ? 32'd0 : acc_s;
  assign acc_xc = first ? 32'd0 : acc_c;
  assign res_out = res;
  bitslice_enc_booth4_s8 u_enc_a (
    .a(a),
    .dig(dig_a),
    .nz(nz_a)
  );
  bitslice_enc_booth4_s8 u_enc_b (
    .a(b),
    .dig(dig_b),
    .nz(nz_b)
  );
  bitslice_csa42_w32 acc_u_t0_0 (
    .x0(term),
    .x1(corr),
    .x2(acc_xs),
    .x3(acc_xc),
    .s(acc_t0_0s),
    .c(acc_t0_0c)
  );
  bitslice_cpa_w32 u_drain_cpa (
    .x(acc_s),
    .y(acc_c),
    .s(drain_sum)
  );
  always @(posedge clk) if (vld) acc_s <= acc_t0_0s;
  always @(posedge clk) if (vld) acc_c <= acc_t0_0c;
  always @(posedge clk) res <= drain_sum;
endmodule
