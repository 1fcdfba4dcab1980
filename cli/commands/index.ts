// Every subcommand registers itself here: one line per command module.
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { registerTech } from './tech.js';
import { registerEstimate } from './estimate.js';
import { registerCompare } from './compare.js';
import { registerSynth } from './synth.js';
import { registerCalibrate } from './calibrate.js';
import { registerSim } from './sim.js';
import { registerCheck } from './check.js';
import { registerFmt } from './fmt.js';
import { registerShow } from './show.js';
import { registerTransform } from './transform.js';
import { registerEmit } from './emit.js';
import { registerVerify } from './verify.js';
import { registerLint } from './lint.js';
import { registerFlow } from './flow.js';
import { registerPower } from './power.js';

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

export const COMMANDS: RegisterCommand[] = [
  registerFlow,
  registerCheck,
  registerFmt,
  registerShow,
  registerTransform,
  registerTech,
  registerEstimate,
  registerCompare,
  registerSynth,
  registerCalibrate,
  registerPower,
  registerSim,
  registerEmit,
  registerVerify,
  registerLint,
];
