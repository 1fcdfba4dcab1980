// Every subcommand registers itself here: one line per command module.
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

export const COMMANDS: RegisterCommand[] = [
];
