/**
 * Small replies: the list of loaded articles, /help, and the notice for an argument that matches
 * nothing.
 */
import type { ParsedArticle } from '../article/types.js';
import { articleLabel, cite } from './citation.js';
import type { Command } from './command.js';
import type { ActorRecord } from '../store/corpus-queries.js';
import type { Reply } from './reply.js';
import { buildReply } from './reply-builder.js';

/** Most articles /articles lists. */
export const MAX_ARTICLES_LISTED = 15;

/** /articles: the newest of `total` stored articles, newest first. */
export function buildArticlesReply(newest: readonly ParsedArticle[], total: number): Reply {
  const articles = newest.slice(0, MAX_ARTICLES_LISTED);
  if (articles.length === 0) {
    return buildReply({
      title: 'No articles loaded',
      description: 'Add some with: briefing ingest FILE|DIR',
      ephemeral: true,
      tone: 'notice',
    });
  }
  const lines = articles.map((a) => ({
    text: `${articleLabel(a)} (${a.paragraphs.length} paragraphs, ${a.actors.length} actors, ${a.quotes.length} quotes)`,
    citation: cite(a, 0),
  }));
  const count = Math.max(total, articles.length);
  const more = count > articles.length ? [{ text: `…and ${count - articles.length} older articles` }] : [];
  return buildReply({
    title: 'Loaded articles',
    description: `${count} article${count === 1 ? '' : 's'}, newest first.`,
    sections: [{ title: 'Articles', lines: [...lines, ...more] }],
  });
}

/** /help: every command with its usage. */
export function buildHelpReply(commands: ReadonlyArray<Pick<Command<unknown>, 'usage' | 'description'>>): Reply {
  return buildReply({
    title: 'Commands',
    description: 'Every answer comes from the loaded articles and cites article and paragraph.',
    sections: [{ title: 'Usage', lines: commands.map((c) => ({ text: `${c.usage} — ${c.description}` })) }],
    ephemeral: true,
  });
}

/** The notice for an actor-or-topic argument that matches nothing, with names to try. */
export function buildNothingMatches(command: string, echoed: string, suggestions: readonly ActorRecord[]): Reply {
  return buildReply({
    title: `Nothing in the articles matches "${echoed}"`,
    description:
      suggestions.length > 0
        ? 'Try a name or a word from the articles. Did you mean:'
        : 'Try a name or a word from the articles, or /articles to see what is loaded.',
    choices: suggestions.map((a) => ({ label: a.name, command: `/${command} ${a.name}`, description: a.roles[0] })),
    ephemeral: true,
    tone: 'notice',
  });
}
