/** /help: every command with its usage. */
import type { Command } from '../src/briefing/command.js';
import type { BriefingContext } from '../src/briefing/context.js';
import { buildHelpReply } from '../src/briefing/simple-replies.js';

/** The /help command. */
export const helpCommand: Command<BriefingContext> = {
  name: 'help',
  description: 'Every command with its usage',
  usage: '/help',
  options: [],
  handler: (_input, ctx) => buildHelpReply(ctx.commands ?? [helpCommand]),
};
