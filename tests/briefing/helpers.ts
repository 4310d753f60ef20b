/** Shared test helpers: the default article through the real parser, a service over it, inputs. */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { parseArticle } from '../../src/article/parse-article.js';
import type { ParsedArticle } from '../../src/article/types.js';
import type { CommandInput } from '../../src/briefing/command.js';
import { createBriefingService, type BriefingServiceDeps } from '../../src/briefing/create-briefing-service.js';
import type { Reply } from '../../src/briefing/reply.js';
import { silentLogger } from '../../src/logging.js';
import { corpusOver } from '../support/corpus-over.js';

export const DEFAULT_ARTICLE_PATH = 'data/articles/putin-north-korea.txt';

/** The default article as the project's parser reads it. */
export function parseDefaultArticle(): ParsedArticle {
  return parseArticle(readFileSync(DEFAULT_ARTICLE_PATH, 'utf8'), { source: DEFAULT_ARTICLE_PATH });
}

/** The day after the default article was published, noon UTC. */
export const DAY_OF_ARTICLE = new Date('2024-06-18T12:00:00Z');

/** A service over the given articles (the default article by default), stored as at ingest, with a fixed clock. */
export function serviceOver(articles: ParsedArticle[] = [parseDefaultArticle()], extra: Partial<BriefingServiceDeps> = {}) {
  const { corpus, store } = corpusOver(articles);
  const service = createBriefingService({ corpus, logger: silentLogger(), now: () => DAY_OF_ARTICLE, ...extra });
  return { corpus, service, store };
}

/** A console-style input. */
export function input(command: string, args: Record<string, string | undefined> = {}, subcommand?: string): CommandInput {
  return { command, ...(subcommand ? { subcommand } : {}), args, user: { id: 'u1', name: 'tester' }, channel: { id: 'c1' }, platform: 'console' };
}

/** Every piece of text a reply shows, as one string (for "does it say X" checks). */
export function everything(reply: Reply): string {
  return [
    reply.title,
    reply.description ?? '',
    ...reply.fields.map((f) => `${f.name} ${f.value}`),
    ...reply.sections.flatMap((s) => [s.title, ...s.lines.flatMap((l) => [l.text, ...(l.notes ?? [])])]),
    ...reply.quotes.flatMap((q) => [q.text, q.speaker ?? '', q.speakerRole ?? '', ...(q.via ?? []), ...(q.notes ?? []), q.context]),
    ...reply.choices.flatMap((c) => [c.label, c.command, c.description ?? '']),
  ].join('\n');
}

/** A logger whose JSON lines are collected in `lines`. */
export function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

export { silentLogger };
