// fast-check runs are seeded and print their seed; reproduce a failure with FC_SEED=<seed>.
export function fcSeed(name: string): number {
  const env = process.env.FC_SEED;
  const seed = env !== undefined && /^-?\d+$/.test(env) ? Number(env) : 20261126;
  console.log(`[fast-check] ${name}: seed ${seed} (set FC_SEED to change)`);
  return seed;
}
