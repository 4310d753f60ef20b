/**
 * What the store answers about the corpus, the same on SQLite and PostgreSQL: actors merged across
 * articles at ingest, name lookups with typos and prefixes, topic search newest first, quotes and
 * claims by actor, counts, updates that unmerge, and the atomic near-duplicate check.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentWords } from '../../src/briefing/content-words.js';
import type { Store } from '../../src/store/store.js';
import { firstReport, laterReport, otherReport, peopleReport, stored } from './corpus-fixtures.js';

export function describeCorpusContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store answering about the corpus`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
      await store.migrate();
    });
    afterEach(async () => {
      await store.close();
    });
    const put = async (...parses: ReturnType<typeof firstReport>[]) => {
      for (const parsed of parses) await store.putArticle(stored(parsed));
    };
    const named = async (folded: string) => (await store.corpus.actorsNamed(folded)).map((a) => a.name);

    it('merges one person named differently in two articles, with the roles of both', async () => {
      await put(firstReport(), laterReport());
      const [reyes] = await store.corpus.actorsNamed('tomas reyes');
      expect(reyes).toMatchObject({ name: 'Tomas J. Reyes', kind: 'person', articles: 2 });
      expect(reyes!.roles).toEqual(expect.arrayContaining(['adviser to the minister', 'chief negotiator']));
      expect(await named('reyes')).toEqual(['Tomas J. Reyes']);
      const [kovalenko] = await store.corpus.actorsNamed('kovalenko');
      expect(kovalenko).toMatchObject({ name: 'Marta Kovalenko', articles: 2, mentions: 3 });
      expect(await store.corpus.actorArticleIds(kovalenko!.id, 10)).toEqual(['later', 'first']);
    });

    it('merges a place with the capital it is called by, and keeps two people of one surname apart', async () => {
      await put(firstReport(), laterReport(), otherReport());
      expect(await named('castelmar')).toEqual(['Veloria']);
      const oseis = await store.corpus.actorsWithWords([['osei']], 10);
      expect(oseis.map((a) => a.name).sort()).toEqual(['Ama Osei', 'Kofi Osei']);
      expect(await store.corpus.counts()).toEqual({ articles: 3, actors: 6 });
    });

    it('gives a lone surname to the one person carrying it, and to nobody when several do', async () => {
      await put(otherReport(), peopleReport('more', ['Yaw Osei', 'Efua Boateng']), peopleReport('lone', ['Osei', 'Boateng']));
      expect(await named('boateng')).toEqual(['Efua Boateng']);
      expect(await named('osei')).toEqual(['Osei']);
    });

    it('reads at most the actors asked for by a name, the one whose full name it is first', async () => {
      // Two men each called by the surname alone in a story of his own, so a story's lone "Osei" is neither.
      const calledOsei = (id: string, name: string) => {
        const story = peopleReport(id, [name]);
        return { ...story, actors: story.actors.map((a) => ({ ...a, aliases: ['Osei'] })) };
      };
      await put(calledOsei('kwame', 'Kwame Osei'), calledOsei('yaw', 'Yaw Osei'), peopleReport('lone', ['Osei']));
      const all = await store.corpus.actorsNamed('osei');
      expect(all).toHaveLength(3);
      expect(all[0]!.name).toBe('Osei');
      expect((await store.corpus.actorsNamed('osei', 1)).map((a) => a.name)).toEqual(['Osei']);
      expect(await store.corpus.actorsNamed('osei', 0)).toEqual([]);
    });

    it('finds name words with a typo and by their beginning', async () => {
      await put(firstReport(), laterReport(), otherReport());
      expect(await store.corpus.similarNameWords('kovalenko', 2)).toEqual([]);
      expect(await store.corpus.similarNameWords('kovalenco', 2)).toEqual(['kovalenko']);
      expect(await store.corpus.similarNameWords('reyez', 1)).toEqual(['reyes']);
      expect(await store.corpus.nameWordsWithPrefix('ko', 10)).toEqual(['kofi', 'kovalenko']);
      expect((await store.corpus.actorsWithNamePrefix('ko', [], 10)).map((a) => a.name)).toEqual(['Marta Kovalenko', 'Kofi Osei']);
      expect((await store.corpus.actorsWithNamePrefix('os', [['ama']], 10)).map((a) => a.name)).toEqual(['Ama Osei']);
      expect(await store.corpus.actorsWithNamePrefix('zz', [], 10)).toEqual([]);
      expect(await store.corpus.hasNameWord('osei')).toBe(true);
      expect(await store.corpus.hasNameWord('smith')).toBe(false);
    });

    it('completes a short beginning with its most mentioned actors, as later articles, updates and removals change who they are', async () => {
      const complete = async (prefix: string, limit = 10) => (await store.corpus.actorsWithNamePrefix(prefix, [], limit)).map((a) => a.name);
      await put(peopleReport('one', ['Lena Varga', 'Lev Marsh']), peopleReport('two', ['Lena Varga']));
      expect(await complete('le')).toEqual(['Lena Varga', 'Lev Marsh']);
      expect(await complete('le')).toEqual(await complete('l'));
      await put(peopleReport('three', ['Lev Marsh']), peopleReport('four', ['Lev Marsh']), peopleReport('five', ['Quill Astor']));
      expect(await complete('le')).toEqual(['Lev Marsh', 'Lena Varga']);
      expect(await complete('le', 1)).toEqual(['Lev Marsh']);
      // A beginning longer than the index holds is read from the name words, with the same answer.
      expect(await complete('mars')).toEqual(['Lev Marsh']);
      expect(await complete('marsh')).toEqual(['Lev Marsh']);
      // Rewritten stories take their mentions away, and an actor left with none is no longer offered.
      const rewrite = (id: string, names: string[]) =>
        store.putArticle(stored(peopleReport(id, names), { source: `invented/${id}.txt`, contentHash: `${id}-again` }));
      await rewrite('four', ['Tova Lind']);
      await rewrite('five', ['Tova Lind']);
      expect(await complete('le')).toEqual(['Lena Varga', 'Lev Marsh']);
      expect(await complete('le', 1)).toEqual(['Lena Varga']);
      expect(await complete('qu')).toEqual([]);
      expect(await complete('t')).toEqual(['Tova Lind']);
    });

    it('searches articles by content words, newest first, and only new ones when asked', async () => {
      await store.putArticle(stored(firstReport(), { ingestedAt: '2026-01-01T00:00:00.000Z' }));
      await store.putArticle(stored(laterReport(), { ingestedAt: '2026-01-02T00:00:00.000Z' }));
      expect(await store.corpus.articlesWithKeys(['barge'], 10)).toEqual(['later', 'first']);
      expect(await store.corpus.articlesWithKeys(['barge', 'river'], 10)).toEqual(['first']);
      expect(await store.corpus.articlesWithKeys(['barge'], 10, '2026-01-01T12:00:00.000Z')).toEqual(['later']);
      expect(await store.corpus.keyCount('barge', 5)).toBe(2);
      expect(await store.corpus.keyCount('barge', 1)).toBe(1);
      expect(await store.corpus.keyCount('zeppelin', 5)).toBe(0);
      expect(await store.corpus.articlesWithKeys(['zeppelin'], 10)).toEqual([]);
      expect((await store.corpus.newestArticles(10)).map((a) => a.id)).toEqual(['later', 'first']);
      // An update counts its new words and no longer its old ones.
      const rewritten = { ...laterReport(), paragraphs: ['The zeppelin was moored at the pier.'] };
      await store.putArticle(stored(rewritten, { contentHash: 'rewritten', ingestedAt: '2026-01-02T00:00:00.000Z' }));
      expect(await store.corpus.keyCount('barge', 5)).toBe(1);
      expect(await store.corpus.articlesWithKeys(['zeppelin'], 10)).toEqual(['later']);
    });

    it('gives the articles where an actor is quoted or makes a claim, and each article with its actors linked', async () => {
      await put(firstReport(), laterReport());
      const [kovalenko] = await store.corpus.actorsNamed('kovalenko');
      const [reyes] = await store.corpus.actorsNamed('reyes');
      expect(await store.corpus.quotedArticleIds(kovalenko!.id, 10)).toEqual(['first']);
      expect(await store.corpus.claimArticleIds(reyes!.id, 10)).toEqual(['later']);
      const [record] = await store.corpus.articles(['later']);
      expect(record!.parsed.headline).toBe('Grain talks resume in Castelmar');
      expect(record!.actorIds.get('b2')).toBe(kovalenko!.id);
    });

    it('reads the claims an actor makes or whose words name it as rows, each with its place in the parse', async () => {
      await put(firstReport(), laterReport());
      const [brastova] = await store.corpus.actorsNamed('brastova');
      const records = await store.corpus.items(['first', 'later'], 'claims', { actor: brastova!.id });
      const first = records!.find((r) => r.id === 'first')!;
      // Accused by Veloria (named in the words), then its own denial; not the minister's statement.
      expect(first.parsed.claims).toEqual([firstReport().claims[0], firstReport().claims[2]]);
      expect(first.itemOrds).toEqual({ claims: [0, 2] });
      expect(first.parsed).toMatchObject({
        id: 'first',
        headline: firstReport().headline,
        publishedAt: '2025-04-02',
        agency: 'Example Wire',
        paragraphs: [],
        quotes: [],
      });
      expect(first.parsed.actors.map((a) => a.name).sort()).toEqual(['Brastova', 'Veloria']);
      expect(first.actorIds.get('p2')).toBe(brastova!.id);
      expect(records!.find((r) => r.id === 'later')!.parsed.claims).toEqual([]);
    });

    it('reads the quotes an actor speaks as rows, with the speaker as the article gives them', async () => {
      await put(firstReport(), laterReport());
      const [kovalenko] = await store.corpus.actorsNamed('kovalenko');
      const [record] = (await store.corpus.items(['first'], 'quotes', { actor: kovalenko!.id }))!;
      expect(record!.parsed.quotes).toEqual(firstReport().quotes);
      expect(record!.itemOrds).toEqual({ quotes: [0] });
      expect(record!.parsed.actors).toEqual([
        expect.objectContaining({ id: 'a1', name: 'Marta Kovalenko', roles: ['Foreign Minister'], aliases: ['Kovalenko'] }),
      ]);
      expect(await store.corpus.items([], 'quotes', { actor: kovalenko!.id })).toEqual([]);
    });

    it("reads the claims and quotes that use every one of a topic's words as rows", async () => {
      await put(firstReport(), laterReport());
      const words = [...contentWords('barges')];
      const claims = await store.corpus.items(['first', 'later'], 'claims', { words });
      expect(claims!.find((r) => r.id === 'later')!.parsed.claims).toEqual(laterReport().claims);
      expect(claims!.find((r) => r.id === 'first')!.parsed.claims).toEqual([]);
      const quotes = await store.corpus.items(['first', 'later'], 'quotes', { words });
      expect(quotes!.find((r) => r.id === 'first')!.parsed.quotes).toEqual(firstReport().quotes);
      expect(quotes!.find((r) => r.id === 'first')!.parsed.actors.map((a) => a.name)).toEqual(['Marta Kovalenko']);
      const both = await store.corpus.items(['first', 'later'], 'claims', { words: [...contentWords('joint barges')] });
      expect(both!.flatMap((r) => r.parsed.claims)).toEqual(laterReport().claims);
      expect((await store.corpus.items(['first', 'later'], 'claims', { words: [...contentWords('joint grain')] }))!.flatMap((r) => r.parsed.claims)).toEqual(
        [],
      );
    });

    it('reads the events of the paragraphs that name an actor as rows, with the paragraphs that name them', async () => {
      await put(firstReport(), laterReport());
      const [reyes] = await store.corpus.actorsNamed('tomas reyes');
      const records = await store.corpus.items(['first', 'later'], 'events', { actor: reyes!.id });
      const first = records!.find((r) => r.id === 'first')!;
      // Talks resume in the adviser's own paragraph; the later report has no event.
      expect(first.parsed.events).toEqual(firstReport().events);
      expect(first.itemOrds).toEqual({ events: [0] });
      expect(first.parsed.actors).toEqual([expect.objectContaining({ id: 'a2', name: 'Tomas Reyes', paragraphs: [4] })]);
      expect(records!.find((r) => r.id === 'later')!.parsed.events).toEqual([]);
      const [brastova] = await store.corpus.actorsNamed('brastova');
      expect((await store.corpus.items(['first'], 'events', { actor: brastova!.id }))!.flatMap((r) => r.parsed.events)).toEqual([]);
    });

    it("reads the events that use every one of a topic's words as rows", async () => {
      await put(firstReport(), laterReport());
      const read = async (topic: string) =>
        (await store.corpus.items(['first', 'later'], 'events', { words: [...contentWords(topic)] }))!.flatMap((r) => r.parsed.events);
      expect(await read('talks resume')).toEqual(firstReport().events);
      expect(await read('talks barges')).toEqual([]);
    });

    it('reads a parse without its paragraphs and events when asked, for replies about claims and quotes', async () => {
      await put(laterReport());
      const [whole] = await store.corpus.articles(['later']);
      const [slim] = await store.corpus.articles(['later'], false);
      expect(whole!.body).toBe(true);
      expect(whole!.parsed).toEqual(laterReport());
      expect(slim!.body).toBe(false);
      expect(slim!.parsed).toEqual({ ...laterReport(), paragraphs: [], events: [] });
      expect(slim!.actorIds).toEqual(whole!.actorIds);
    });

    it('unmerges what an updated article no longer says', async () => {
      await put(firstReport(), laterReport());
      const shorter = { ...laterReport(), actors: laterReport().actors.slice(1), claims: [] };
      await store.putArticle(stored(shorter, { contentHash: 'hash-changed' }));
      const [reyes] = await store.corpus.actorsNamed('tomas reyes');
      expect(reyes).toMatchObject({ name: 'Tomas Reyes', articles: 1, roles: ['adviser to the minister'] });
      expect(await named('tomas j reyes')).toEqual([]);
      expect(await store.corpus.claimArticleIds(reyes!.id, 10)).toEqual([]);
      expect(await store.corpus.counts()).toEqual({ articles: 2, actors: 4 });
    });

    it('stores one of two racing writers of the same story and reports the other as its duplicate', async () => {
      const same = (id: string) => stored({ ...firstReport(), id }, { id, source: `invented/${id}.txt`, fingerprint: '00same 01same' });
      const duplicateOf = (candidates: { id: string }[]) => candidates[0] ?? null;
      const results = await Promise.all([
        store.putArticle(same('copy-a'), { duplicateOf: duplicateOf as never }),
        store.putArticle(same('copy-b'), { duplicateOf: duplicateOf as never }),
      ]);
      expect(results.sort()).toEqual(['added', 'duplicate']);
      expect(await store.countArticles()).toBe(1);
    });

    it('refuses an import that repeats a source, keeping nothing of it, and after an import still refuses a repeated key', async () => {
      const twice = [stored(firstReport()), stored({ ...laterReport(), id: 'again' }, { source: stored(firstReport()).source, contentHash: 'again' })];
      await expect(store.importArticles(twice)).rejects.toThrow();
      expect(await store.countArticles()).toBe(0);
      await store.importArticles([stored(firstReport()), stored(laterReport())]);
      // Unique keys are back: storing the same source again replaces its article instead of adding one.
      await store.putArticle(stored({ ...laterReport(), id: 'replaced' }, { source: stored(laterReport()).source, contentHash: 'changed' }));
      expect(await store.countArticles()).toBe(2);
    });

    it('imports many articles at once with the same merges, counts and answers as storing them one by one', async () => {
      const parses = [firstReport(), laterReport(), otherReport()];
      for (const parsed of parses) await store.putArticle(stored(parsed));
      const imported = await open();
      await imported.migrate();
      try {
        expect(
          await imported.importArticles(
            parses.map((parsed) => stored(parsed)),
            { batch: 2 },
          ),
        ).toEqual({ articles: 3, actors: 6 });
        const both = async (ask: (s: Store) => Promise<unknown>) => expect(await ask(imported)).toEqual(await ask(store));
        for (const name of ['tomas reyes', 'reyes', 'kovalenko', 'castelmar', 'ama osei']) await both((s) => s.corpus.actorsNamed(name));
        await both((s) => s.corpus.counts());
        await both((s) => s.corpus.actorsWithWords([['osei']], 10));
        for (const prefix of ['k', 'os', 'kova', 'koval']) await both((s) => s.corpus.actorsWithNamePrefix(prefix, [], 10));
        await both((s) => s.corpus.articlesWithKeys(['barge'], 10));
        // How many articles use each content word, counted once at the import's end.
        for (const key of ['barge', 'talk', 'inspection']) await both((s) => s.corpus.keyCount(key, 100));
        expect(await imported.corpus.keyCount('barge', 100)).toBeGreaterThan(0);
        await both((s) => s.corpus.similarNameWords('reyez', 1));
        await both(async (s) => (await s.corpus.articles(['later']))[0]!.actorIds);
        const [reyes] = await imported.corpus.actorsNamed('reyes');
        await both(async (s) => s.corpus.claimArticleIds((await s.corpus.actorsNamed('reyes'))[0]!.id, 5));
        expect(reyes!.articles).toBe(2);
        // And the imported store goes on like any other.
        await imported.putArticle(stored({ ...otherReport(), id: 'more' }, { source: 'invented/more.txt', contentHash: 'more' }));
        expect((await imported.corpus.counts()).articles).toBe(4);
        await expect(imported.importArticles([stored(firstReport())])).rejects.toThrow(/empty store/);
      } finally {
        await imported.close();
      }
    });

    it('tells a watcher about every article stored, its own included', async () => {
      const seen: string[] = [];
      const watch = await store.watchArticles((change) => seen.push(...(change.ids ?? ['*'])));
      try {
        await put(firstReport());
        const deadline = Date.now() + 5000;
        while (!seen.includes('first') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        expect(seen).toContain('first');
      } finally {
        await watch.stop();
      }
    });
  });
}
