/** /articles: the loaded articles, newest first. */
import type { Command } from '../src/briefing/command.js';
import type { BriefingContext } from '../src/briefing/context.js';
import { buildArticlesReply } from '../src/briefing/simple-replies.js';

/** The /articles command. */
export const articlesCommand: Command<BriefingContext> = {
  name: 'articles',
  description: 'The loaded articles, newest first',
  usage: '/articles',
  options: [],
  handler: (_input, ctx) => buildArticlesReply(ctx.corpus.articles()),
};
