/** Every briefing command, in the order /help lists them. */
import type { Command } from '../src/briefing/command.js';
import type { BriefingContext } from '../src/briefing/context.js';
import { articlesCommand } from './articles.js';
import { askCommand } from './ask.js';
import { briefingCommand } from './briefing.js';
import { claimsCommand } from './claims.js';
import { digestCommand } from './digest.js';
import { helpCommand } from './help.js';
import { quoteCommand } from './quote.js';
import { timelineCommand } from './timeline.js';
import { whoCommand } from './who.js';

/** The built-in commands; the service adds extra ones after these. /ask explains itself when no LLM is set up. */
export const briefingCommands: ReadonlyArray<Command<BriefingContext>> = [
  whoCommand,
  quoteCommand,
  claimsCommand,
  timelineCommand,
  briefingCommand,
  digestCommand,
  askCommand,
  articlesCommand,
  helpCommand,
];

export { articlesCommand, askCommand, briefingCommand, claimsCommand, digestCommand, helpCommand, quoteCommand, timelineCommand, whoCommand };
