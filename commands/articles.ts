/** /articles: the loaded articles, newest first. */
import type { Command } from '../src/briefing/command.js';
import type { BriefingContext } from '../src/briefing/context.js';
import { buildArticlesReply, MAX_ARTICLES_LISTED } from '../src/briefing/simple-replies.js';

/** The /articles command. */
export const articlesCommand: Command<BriefingContext> = {
  name: 'articles',
  description: 'The loaded articles, newest first',
  usage: '/articles',
  options: [],
  async handler(_input, ctx) {
    const newest = await ctx.corpus.queries.newestArticles(MAX_ARTICLES_LISTED);
    const [view, counts] = await Promise.all([ctx.corpus.view(newest.map((a) => a.id)), ctx.corpus.counts()]);
    return buildArticlesReply(view.articles, counts.articles);
  },
};
