/**
 * Small replies: the list of loaded articles, /help, and the notice for an argument that matches
 * nothing.
 */
import type { ParsedArticle } from '../article/types.js';
import { articleLabel, cite } from './citation.js';
import type { Command } from './command.js';
import type { ActorRecord } from '../store/corpus-queries.js';
import type { Reply } from './reply.js';
import { buildReply, commandChoice } from './reply-builder.js';

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
    // An undated article has no timeline: say so, so the user knows to give it a date.
    text: `${articleLabel(a)}${a.publishedAt ? '' : ' — undated, no timeline'} (${a.paragraphs.length} paragraphs, ${a.actors.length} actors, ${a.quotes.length} quotes)`,
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
export function buildHelpReply(commands: ReadonlyArray<Pick<Command<unknown>, 'usage' | 'description' | 'subcommands'>>): Reply {
  // A command with subcommands shows each of them, so `/digest subscribe [TIME] ...` is findable.
  const lines = commands.flatMap((c) => [
    { text: `${c.usage} — ${c.description}` },
    ...(c.subcommands ?? []).map((s) => ({ text: `${s.usage} — ${s.description}` })),
  ]);
  return buildReply({
    title: 'Commands',
    description: 'Every answer comes from the loaded articles and cites article and paragraph.',
    sections: [{ title: 'Usage', lines }],
    ephemeral: true,
  });
}

/** The notice for an actor-or-topic argument that matches nothing, with names to try. */
export function buildNothingMatches(command: string, echoed: string, suggestions: readonly ActorRecord[], option = 'about'): Reply {
  return buildReply({
    title: `Nothing in the articles matches "${echoed}"`,
    description:
      suggestions.length > 0
        ? 'Try a name or a word from the articles. Did you mean:'
        : 'No close match among the names in the articles. Try a name or a word from the articles, or /articles to see what is loaded.',
    choices: suggestions.map((a) => commandChoice(a.name, command, { [option]: a.name }, { description: a.roles[0] })),
    ephemeral: true,
    tone: 'notice',
  });
}
