// Carry-propagate adder architectures for timing-driven synthesis. Yosys maps every `+` to an
// $alu and its carry network to an $lcu cell, which its own techmap builds as a Brent-Kung prefix
// network whatever the clock. A real flow picks the adder by the timing constraint (a ripple
// chain when slack allows, a parallel-prefix network when it does not, as Synopsys DesignWare
// does); `synthesizeAtClock` does the same by mapping $lcu with one of these techmaps and keeping
// the smallest netlist that meets the clock. Each file maps `$lcu` (P, G, CI -> CO, the carries
// out of every bit); the `_70_` prefix sorts before Yosys's own `_90_lcu`, so it is chosen.

export type AdderArch = 'ripple' | 'brent-kung' | 'sklansky' | 'kogge-stone';

/** Usual area order, smallest first (Brent-Kung: Yosys's default). */
export const ADDER_ARCHS: readonly AdderArch[] = ['ripple', 'brent-kung', 'sklansky', 'kogge-stone'];

const head = (name: string) => `(* techmap_celltype = "$lcu" *)
module _70_lcu_${name} (P, G, CI, CO);
  parameter WIDTH = 2;
  (* force_downto *) input [WIDTH-1:0] P, G;
  input CI;
  (* force_downto *) output [WIDTH-1:0] CO;
  integer i, j, k;
  (* force_downto *) reg [WIDTH-1:0] p, g;
  wire [1023:0] _TECHMAP_DO_ = "proc; opt -fast";
  always @* begin
    p = P;
    g = G;
    g[0] = g[0] | (p[0] & CI);
`;
const tail = `  end
  assign CO = g;
endmodule
`;

const BODY: Record<Exclude<AdderArch, 'brent-kung'>, string> = {
  // One carry merge per bit, in series: the least area, a carry chain as long as the word.
  ripple: `    for (i = 1; i < WIDTH; i = i + 1) g[i] = g[i] | (p[i] & g[i - 1]);
`,
  // Sklansky (divide and conquer): log2(w) levels, the upper half of each block merges with the
  // top of its lower half; fan-out grows with the level.
  sklansky: `    for (i = 0; (1 << i) < WIDTH; i = i + 1)
      for (j = 0; j < WIDTH; j = j + 1)
        if (j & (1 << i)) begin
          k = ((j >> (i + 1)) << (i + 1)) + (1 << i) - 1;
          g[j] = g[j] | (p[j] & g[k]);
          p[j] = p[j] & p[k];
        end
`,
  // Kogge-Stone: log2(w) levels, every bit merges at every level (fan-out 2, the most cells).
  'kogge-stone': `    for (i = 0; (1 << i) < WIDTH; i = i + 1)
      for (j = WIDTH - 1; j >= (1 << i); j = j - 1) begin
        g[j] = g[j] | (p[j] & g[j - (1 << i)]);
        p[j] = p[j] & p[j - (1 << i)];
      end
`,
};

/** The techmap file for an architecture, or undefined for Yosys's own Brent-Kung. */
export function adderTechmap(a: AdderArch): { name: string; text: string } | undefined {
  if (a === 'brent-kung') return undefined;
  const id = a.replace('-', '_');
  return {
    name: `tpe_lcu_${id}.map.v`,
    text: `// ${a} carry network for $lcu (TPE Toolkit, synth/adders.ts)\n${head(id)}${BODY[a]}${tail}`,
  };
}
