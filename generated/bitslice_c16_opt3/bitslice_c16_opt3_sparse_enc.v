// bitslice_c16_opt3_sparse_enc: sparse (zero-skip) encoder: ent digits of 4 k-elements (registered a group ahead), one nonzero digit per cycle per position
// Source design: bitslice_c16_opt3 (examples/bitslice_c16_opt3.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
// Sparse (zero-skip) encoder over a group of 4 k-elements, 4 digit positions.
// At position p it issues the nonzero digits of the group at p, lowest k first, one per cycle
// (ksel one-hot, the digit with its sign, pos = p); a position without any takes one idle cycle.
// gstart restarts it at a new group; done_now is high in its last cycle and while it waits for
// the other encoders (columns/lanes sync at the group's end).
module bitslice_c16_opt3_sparse_enc (
  input wire clk,
  input wire rst,
  input wire run,
  input wire gstart,
  input wire [47:0] dig_in,
  input wire [15:0] nz_in,
  output wire issue,
  output wire [3:0] ksel,
  output wire [2:0] dig,
  output wire [1:0] pos,
  output wire done_now
);
  wire [1:0] cur_p;
  wire [3:0] pdec;
  wire [3:0] mask;
  wire [2:0] dsel0;
  wire [2:0] dsel1;
  wire [2:0] dsel2;
  wire [2:0] dsel3;
  wire fresh;
  wire finished;
  wire [3:0] cur_rem;
  wire [3:0] low;
  wire [3:0] nrem;
  wire pos_done;
  wire last_pos;
  wire active;
  reg [1:0] p_reg;
  reg [3:0] rem_reg;
  reg fresh_reg;
  reg fin_reg;
  assign cur_p = gstart ? 2'd0 : p_reg;
  assign pdec = {cur_p == 2'd3, cur_p == 2'd2, cur_p == 2'd1, cur_p == 2'd0};
  assign mask = {|(nz_in[15:12] & pdec), |(nz_in[11:8] & pdec), |(nz_in[7:4] & pdec), |(nz_in[3:0] & pdec)};
  assign dsel0 = (({3{pdec[0]}} & dig_in[2:0]) | ({3{pdec[1]}} & dig_in[5:3]) | ({3{pdec[2]}} & dig_in[8:6]) | ({3{pdec[3]}} & dig_in[11:9]));
  assign dsel1 = (({3{pdec[0]}} & dig_in[14:12]) | ({3{pdec[1]}} & dig_in[17:15]) | ({3{pdec[2]}} & dig_in[20:18]) | ({3{pdec[3]}} & dig_in[23:21]));
  assign dsel2 = (({3{pdec[0]}} & dig_in[26:24]) | ({3{pdec[1]}} & dig_in[29:27]) | ({3{pdec[2]}} & dig_in[32:30]) | ({3{pdec[3]}} & dig_in[35:33]));
  assign dsel3 = (({3{pdec[0]}} & dig_in[38:36]) | ({3{pdec[1]}} & dig_in[41:39]) | ({3{pdec[2]}} & dig_in[44:42]) | ({3{pdec[3]}} & dig_in[47:45]));
  assign fresh = gstart | fresh_reg;
  assign finished = ~gstart & fin_reg;
  assign cur_rem = fresh ? mask : rem_reg;
  assign low = cur_rem & (~cur_rem + 4'd1);
  assign nrem = cur_rem & ~low;
  assign pos_done = nrem == 4'd0;
  assign last_pos = cur_p == 2'd3;
  assign active = run & ~finished;
  assign issue = active & (|cur_rem);
  assign ksel = low & {4{active}};
  assign dig = (({3{low[0]}} & dsel0) | ({3{low[1]}} & dsel1) | ({3{low[2]}} & dsel2) | ({3{low[3]}} & dsel3));
  assign pos = cur_p;
  assign done_now = finished | (pos_done & last_pos);
  always @(posedge clk) if (rst) p_reg <= 2'd0; else if (active) p_reg <= pos_done ? cur_p + 2'd1 : cur_p;
  always @(posedge clk) if (rst) rem_reg <= 4'd0; else if (active & ~pos_done) rem_reg <= nrem;
  always @(posedge clk) if (rst) fresh_reg <= 1'b1; else if (active) fresh_reg <= pos_done;
  always @(posedge clk) if (rst) fin_reg <= 1'b1; else if (run) fin_reg <= done_now;
endmodule
