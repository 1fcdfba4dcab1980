// cube_mac_opt1_shared_sel1h_w32_n4: one-hot select of one of 4 32-bit words
// Source design: cube_mac_opt1_shared (examples/cube_mac_opt1_shared.tpe). TPE Toolkit 0.1.0.
// generated — do not edit (regenerate with `tpe emit`).
module cube_mac_opt1_shared_sel1h_w32_n4 (
  input wire [3:0] sel,
  input wire [127:0] d,
  output wire [31:0] y
);
  // One-hot select: y is the word d[i] whose sel[i] is set (at most one is); none set gives 0.
  // AND-OR, not a priority chain: the selects come from a token that is in one place at a time.
  assign y = ({32{sel[0]}} & d[31:0]) | ({32{sel[1]}} & d[63:32]) | ({32{sel[2]}} & d[95:64]) | ({32{sel[3]}} & d[127:96]);
endmodule
