import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { createBriefingService } from '../../src/briefing/create-briefing-service.js';
import { findActors } from '../../src/briefing/actor-search.js';
import { createCorpus } from '../../src/briefing/corpus.js';
import { subjectView } from '../../src/briefing/subject.js';
import { buildWhoReply, whoFilled } from '../../src/briefing/who-reply.js';
import { silentLogger } from '../../src/logging.js';
import type { CorpusQueries } from '../../src/store/corpus-queries.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import { storedFrom } from '../support/corpus-over.js';
import { DAY_OF_ARTICLE, input, parseDefaultArticle } from '../briefing/helpers.js';

// The default article and a few invented pages of other layouts, stored as at ingest.
const LAYOUTS = 'tests/fixtures/layouts';
const pages = readdirSync(LAYOUTS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 8);
const articles = [parseDefaultArticle(), ...pages.map((f) => parseArticle(readFileSync(join(LAYOUTS, f), 'utf8'), { source: f }))];

const store = (async () => {
  const opened = createSqliteStore(':memory:');
  await opened.migrate();
  for (const [i, parsed] of articles.entries()) await opened.putArticle(storedFrom(parsed, i));
  return opened;
})();

/** A service over the store; `rowsMissing` answers as a store whose articles were derived before quote, claim and event rows existed. */
async function serviceOn(rowsMissing: boolean) {
  const queries: CorpusQueries = (await store).corpus;
  const corpus = createCorpus(rowsMissing ? { ...queries, items: async () => null } : queries);
  return createBriefingService({ corpus, logger: silentLogger(), now: () => DAY_OF_ARTICLE });
}

// Everyone who says something in these articles, by the name the article gives them.
const speakers = [
  ...new Set(
    articles.flatMap((a) => a.actors.filter((x) => a.claims.some((c) => c.sourceId === x.id) || a.quotes.some((q) => q.speakerId === x.id)).map((x) => x.name)),
  ),
];

// A word of each headline (its longest) as a topic.
const topics = [
  ...new Set(
    articles.map((a) =>
      a.headline
        .split(/\s+/)
        .sort((x, y) => y.length - x.length)[0]!
        .replace(/[^\p{L}-]/gu, ''),
    ),
  ),
];

describe('replies read from quote, claim and event rows', () => {
  it('say the same as replies read from the parses, about everyone who speaks', async () => {
    const [rows, parses] = [await serviceOn(false), await serviceOn(true)];
    expect(speakers.length).toBeGreaterThan(20);
    for (const name of speakers) {
      for (const command of [
        input('claims', { about: name }),
        input('quote', { query: name }),
        { ...input('claims', { about: name }), page: 2 },
        input('timeline', { about: name }),
      ]) {
        expect({ name, reply: await rows.handle(command) }).toEqual({ name, reply: await parses.handle(command) });
      }
    }
  });

  it('say the same as replies read from the parses, about a topic', async () => {
    const [rows, parses] = [await serviceOn(false), await serviceOn(true)];
    const answered = new Map<string, number>();
    for (const topic of topics) {
      for (const command of [input('claims', { about: topic }), input('quote', { query: topic }), input('timeline', { about: topic })]) {
        const reply = await rows.handle(command);
        if (!reply.ephemeral) answered.set(command.command, (answered.get(command.command) ?? 0) + 1);
        expect({ topic, reply }).toEqual({ topic, reply: await parses.handle(command) });
      }
    }
    expect((answered.get('claims') ?? 0) + (answered.get('quote') ?? 0)).toBeGreaterThan(topics.length / 2);
    expect(answered.get('timeline')).toBeGreaterThan(0);
  });
});

describe('/who linking only the actor and those its quotes and claims name', () => {
  it('says the same as linking every actor of the articles, about everyone they name', async () => {
    const corpus = createCorpus((await store).corpus);
    const names = [...new Set(articles.flatMap((a) => a.actors.map((x) => x.name)))];
    let compared = 0;
    for (const name of names) {
      const lookup = await findActors(corpus, name);
      if (lookup.kind !== 'found') continue;
      const subject = { kind: 'actor' as const, actor: lookup.actor };
      const reply = async (linking: 'all' | 'said') => {
        const view = await subjectView(corpus, subject, { enough: (v) => whoFilled(v, lookup.actor.id), rest: 'spoken', linking });
        return corpus.withProvenance(view, (v) => buildWhoReply(v, v.actor(lookup.actor.id)!));
      };
      expect({ name, reply: await reply('said') }).toEqual({ name, reply: await reply('all') });
      compared += 1;
    }
    expect(compared).toBeGreaterThan(60);
  });
});
