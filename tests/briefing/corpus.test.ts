import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../src/article/types.js';
import type { StatementItem } from '../../src/store/corpus-queries.js';
import { findActors } from '../../src/briefing/actor-search.js';
import { buildClaimsReply } from '../../src/briefing/claims-reply.js';
import { createCorpus } from '../../src/briefing/corpus.js';
import { buildQuoteReply } from '../../src/briefing/quote-reply.js';
import { subjectClaims, subjectQuotes } from '../../src/briefing/subject.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import { corpusOver, storedFrom } from '../support/corpus-over.js';
import { postgresUrl, schemasDroppedAfterAll } from '../store/postgres-schema.js';
import { firstReport } from '../store/corpus-fixtures.js';
import { defaultArticleFixture } from './fixtures/default-article.js';
import { everything, input, serviceOver } from './helpers.js';

/** A second, later article naming some of the same people differently. */
function followUp(): ParsedArticle {
  return {
    ...defaultArticleFixture(),
    id: 'follow-up',
    headline: 'Kremlin aide details summit agenda',
    publishedAt: '2024-06-19',
    agency: 'AP',
    paragraphs: ['MOSCOW (AP) - Kremlin aide Yuri Ushakóv said on Wednesday the talks had gone well.', 'Vladimir V. Putin thanked his hosts, Ushakov said.'],
    actors: [
      { id: 'b1', name: 'Yuri Ushakóv', kind: 'person', roles: ['Kremlin aide'], aliases: ['Ushakov'], mentions: 2, paragraphs: [0, 1] },
      { id: 'b2', name: 'Vladimir V. Putin', kind: 'person', roles: [], aliases: [], mentions: 1, paragraphs: [1] },
      { id: 'b3', name: 'Moscow', kind: 'place', roles: [], aliases: [], mentions: 1, paragraphs: [0] },
    ],
    quotes: [],
    claims: [{ sourceId: 'b1', sourceText: 'Yuri Ushakóv', text: 'the talks had gone well', kind: 'statement', cue: 'said', paragraph: 0, coSourceIds: [] }],
    events: [],
    captions: [],
  };
}

describe('the corpus', () => {
  it('merges the same person from two articles into one actor citing both', async () => {
    const { service, corpus } = serviceOver([defaultArticleFixture(), followUp()]);
    const lookup = await findActors(corpus, 'Ushakov');
    expect(lookup.kind).toBe('found');
    if (lookup.kind !== 'found') return;
    expect(await corpus.queries.actorArticleIds(lookup.actor.id, 10)).toEqual(['follow-up', 'default-article']);
    expect(lookup.actor.roles).toEqual(expect.arrayContaining(["Putin's foreign policy adviser", 'Kremlin aide']));

    const reply = await service.handle(input('who', { name: 'Ushakov' }));
    expect(reply.citations.map((c) => c.articleId)).toEqual(['follow-up', 'default-article']);
    expect(everything(reply)).toContain('the talks had gone well');
    expect(everything(reply)).toContain('Russia and North Korea may sign a partnership agreement');
  });

  it('merges a name with a middle initial by first and last name, and a place by its alias', async () => {
    const { corpus } = corpusOver([defaultArticleFixture(), followUp()]);
    const putin = await corpus.queries.actorsNamed('vladimir putin');
    expect(putin).toHaveLength(1);
    expect(putin[0]!.articles).toBe(2);
    const russia = await corpus.queries.actorsNamed('moscow');
    expect(russia.map((a) => a.name)).toEqual(['Russia']);
    expect(russia[0]!.articles).toBe(2);
  });

  it('keeps Kim Jong Un and Kim Il Sung apart', async () => {
    const { corpus } = corpusOver([defaultArticleFixture()]);
    expect((await corpus.queries.actorsWithWords([['kim']], 10)).map((a) => a.name).sort()).toEqual(['Kim Il Sung', 'Kim Jong Un']);
  });

  it('takes articles arriving later, and lets go of what an updated article no longer says', async () => {
    const { store } = corpusOver([defaultArticleFixture()]);
    const opened = await store;
    const corpus = createCorpus(opened.corpus);
    const watch = await opened.watchArticles((change) => corpus.changed(change));
    try {
      expect((await corpus.recent()).articles.map((a) => a.id)).toEqual(['default-article']);
      await opened.putArticle(storedFrom(followUp(), 1));
      expect((await corpus.recent()).articles.map((a) => a.id)).toEqual(['follow-up', 'default-article']);
      expect(await corpus.queries.actorsNamed('kremlin aide')).toHaveLength(0);
      const [ushakov] = await corpus.queries.actorsWithWords([['ushakov']], 10);
      expect(ushakov!.roles).toContain('Kremlin aide');

      const without = { ...followUp(), actors: followUp().actors.filter((a) => a.id !== 'b1'), claims: [] };
      await opened.putArticle({ ...storedFrom(without, 1), contentHash: 'changed' });
      const [after] = await corpus.queries.actorsWithWords([['ushakov']], 10);
      expect(after!.articles).toBe(1);
      expect(after!.roles).not.toContain('Kremlin aide');
    } finally {
      await watch.stop();
    }
  });

  it('replaces an article stored again from the same source instead of doubling it', async () => {
    const { corpus, store } = corpusOver([defaultArticleFixture(), defaultArticleFixture()]);
    expect((await corpus.counts()).articles).toBe(1);
    expect((await (await store).corpus.actorsWithWords([['ushakov']], 10))[0]!.articles).toBe(1);
  });

  it('finds articles by content words, newest first', async () => {
    const { corpus } = corpusOver([defaultArticleFixture(), followUp()]);
    expect(await corpus.queries.articlesWithKeys(['thank'], 10)).toEqual(['follow-up']);
    expect(await corpus.queries.articlesWithKeys(['sanction'], 10)).toEqual(['default-article']);
    expect(await corpus.queries.articlesWithKeys(['talk'], 10)).toEqual(['follow-up', 'default-article']);
  });

  it('keeps at most the articles its cache is sized for, however many are read, and a larger view whole', async () => {
    const copies = Array.from({ length: 30 }, (_, i) => ({ ...defaultArticleFixture(), id: `copy-${i}` }));
    const { store } = corpusOver(copies);
    const corpus = createCorpus((await store).corpus, { maxArticles: 5 });
    for (const copy of copies) expect((await corpus.view([copy.id])).articles).toHaveLength(1);
    expect(corpus.cached().articles).toBe(5);
    const many = await corpus.view(copies.slice(0, 8).map((c) => c.id));
    expect(many.articles).toHaveLength(8);
  });

  it('reads the statements of only the quotes and claims a reply looks them up for, and none for a reply that shows none', async () => {
    const copies = Array.from({ length: 3 }, (_, i) => ({ ...defaultArticleFixture(), id: `copy-${i}`, publishedAt: `2024-06-1${i}` }));
    const { store } = corpusOver(copies);
    const queries = (await store).corpus;
    const asked: string[][] = [];
    const items: StatementItem[][] = [];
    const corpus = createCorpus({
      ...queries,
      provenance: (ids, only) => (asked.push([...ids]), items.push([...(only ?? [])]), queries.provenance(ids, only)),
    });
    const view = await corpus.view(copies.map((c) => c.id));
    expect(await corpus.withProvenance(view, (v) => v.articles.length)).toBe(3);
    expect(asked).toEqual([]);
    const ord = view.articles[0]!.quotes.findIndex((q) => q.speakerId !== null);
    const statement = await corpus.withProvenance(view, (v) => v.statementOf(v.articles[0]!, 'quote', ord));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toHaveLength(1);
    expect(items[0]).toEqual([{ articleId: expect.any(String), item: 'quote', ord }]);
    expect(statement?.articles).toBe(3);
  });

  it('reads paragraphs and events only for a view that shows them, and a parse whole again when a later view does', async () => {
    const { store } = corpusOver([defaultArticleFixture(), followUp()]);
    const queries = (await store).corpus;
    const reads: string[] = [];
    const corpus = createCorpus({
      ...queries,
      articles: (ids, body) => (ids.length > 0 && reads.push(`${ids.length} ${body ? 'whole' : 'without paragraphs'}`), queries.articles(ids, body)),
    });
    const ids = ['follow-up', 'default-article'];
    const claims = await corpus.view(ids, 'claims');
    expect(claims.articles.every((a) => a.paragraphs.length === 0 && a.claims.length > 0)).toBe(true);
    await corpus.view(ids, 'quotes');
    expect(reads).toEqual(['2 without paragraphs']);
    const whole = await corpus.view(ids);
    expect(whole.articles.map((a) => a.paragraphs.length)).toEqual([followUp().paragraphs.length, defaultArticleFixture().paragraphs.length]);
    await corpus.view(ids, 'claims');
    // Whole parses serve a claims view as well: nothing read again.
    expect(reads).toEqual(['2 without paragraphs', '2 whole']);
  });

  it('links only the actors their claims or quotes name in a claims or quotes view, and the replies read the same', async () => {
    const { store } = corpusOver([defaultArticleFixture(), followUp()]);
    const queries = (await store).corpus;
    const read: number[] = [];
    const corpus = createCorpus({ ...queries, actors: (ids) => (read.push(...ids), queries.actors(ids)) });
    const ids = ['follow-up', 'default-article'];
    const full = await corpus.view(ids);
    const everyActor = read.length;
    corpus.changed({ ids: null });
    read.length = 0;
    const claimsView = await corpus.view(ids, 'claims');
    expect(read.length).toBeGreaterThan(0);
    expect(read.length).toBeLessThan(everyActor);
    const recent = { kind: 'recent' } as const;
    const reply = (v: typeof full) => buildClaimsReply(v, 'Claims', subjectClaims(v, recent, 300), 'in the newest articles');
    expect(reply(claimsView)).toEqual(reply(full));
    const quotesView = await corpus.view(ids, 'quotes');
    const quoted = (v: typeof full) => buildQuoteReply(v, 'Quotes', subjectQuotes(v, recent, 200), 'in the newest articles');
    expect(quoted(quotesView)).toEqual(quoted(full));
    // In the follow-up alone, Putin is named but makes no claim: linked in the full view only.
    const putin = async (reading: 'all' | 'claims') => {
      const v = await corpus.view(['follow-up'], reading);
      return v.actorOf(v.articles[0]!, 'b2')?.name;
    };
    expect(await putin('all')).toBe('Vladimir Putin');
    expect(await putin('claims')).toBeUndefined();
  });
});

const freshSchema = schemasDroppedAfterAll();

describe.each([
  ['SQLite', async () => createSqliteStore(':memory:')],
  ['PostgreSQL', async () => createPostgresStore(postgresUrl, { schema: freshSchema() })],
] as const)('a view over %s', (_name, open) => {
  it("reads an actor's claims as rows, each keeping its place in the whole parse, and caches no parse", async () => {
    const { corpus } = corpusOver([firstReport()]);
    const [brastova] = await corpus.queries.actorsNamed('brastova');
    const view = await corpus.itemsView(['first'], 'claims', { actor: brastova!.id });
    const [article] = view.articles;
    expect(article!.claims.map((c) => c.text)).toEqual([firstReport().claims[0]!.text, firstReport().claims[2]!.text]);
    expect(article!.claims.map((c) => view.ordOf(article!, 'claim', c))).toEqual([0, 2]);
    expect(view.actorOf(article!, 'p2')?.id).toBe(brastova!.id);
    expect(corpus.cached().articles).toBe(0);
  });

  it('gives the content keys of a text as the corpus does, read once per view and the same in both builds of a reply', async () => {
    const store = await open();
    try {
      await store.migrate();
      const parsed = defaultArticleFixture();
      await store.putArticle(storedFrom(parsed));
      const corpus = createCorpus(store.corpus);
      const view = await corpus.view([parsed.id]);
      const text = 'Officials denied sending weapons to the port, the ministry said.';
      expect([...view.contentKeys(text)]).toEqual([...corpus.contentKeys(text)]);
      expect(view.contentKeys(text)).toBe(view.contentKeys(text));
      const claim = view.articles[0]!.claims[0]!;
      const builds: string[][] = [];
      await corpus.withProvenance(view, (v) => {
        builds.push([...v.contentKeys(claim.text)]);
        return v.statementOf(v.articles[0]!, 'claim', 0);
      });
      expect(builds).toHaveLength(2);
      expect(builds[1]).toEqual(builds[0]);
      expect(builds[0]).toEqual([...corpus.contentKeys(claim.text)]);
    } finally {
      await store.close();
    }
  });
});
