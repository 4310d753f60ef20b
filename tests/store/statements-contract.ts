/**
 * Statements across articles, the same on SQLite and PostgreSQL: three invented outlets carry one
 * ferry strike (tests/fixtures/articles/ferry-strike-*.txt), parsed by the real parser and stored;
 * the store merges their reports of one statement, keeps different words apart, links the
 * discrepancies, and undoes what an updated article no longer says.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import type { ParsedArticle } from '../../src/article/types.js';
import type { ProvenanceRecord, StatementRecord } from '../../src/store/corpus-queries.js';
import type { Store } from '../../src/store/store.js';
import { stored } from './corpus-fixtures.js';

const OUTLETS = ['harbour-wire', 'kestrel-courier', 'nordlys-press'] as const;
type Outlet = (typeof OUTLETS)[number];

/** One outlet's article, as parsed, with the outlet as its id; `edit` changes its text first. */
function article(outlet: Outlet, edit: (text: string) => string = (t) => t): ParsedArticle {
  const text = edit(readFileSync(`tests/fixtures/articles/ferry-strike-${outlet}.txt`, 'utf8'));
  return { ...parseArticle(text, { source: `${outlet}.txt` }), id: outlet };
}

/** The statement the quote or claim of `outlet` starting with `words` reports. */
function statementOf(record: ProvenanceRecord, parsed: ParsedArticle, item: 'quote' | 'claim', words: string): StatementRecord {
  const list = item === 'quote' ? parsed.quotes : parsed.claims;
  const ord = list.findIndex((x) => x.text.replace(/^"/, '').startsWith(words));
  const id = record.statementOf.get(`${parsed.id}#${item}#${ord}`);
  const statement = id === undefined ? undefined : record.statements.get(id);
  if (!statement) throw new Error(`no statement for ${item} "${words}" of ${parsed.id}`);
  return statement;
}

/** What a statement is, without store ids: its words, speaker, outlets and discrepancies. */
const shape = (record: ProvenanceRecord, s: StatementRecord) => ({
  text: s.text,
  speaker: s.speakerName,
  articles: s.articles,
  outlets: s.reports.map((r) => r.outlet),
  links: s.links.map((l) => ({ kind: l.kind, speaker: record.statements.get(l.otherId)?.speakerName, text: record.statements.get(l.otherId)?.text })),
});

export function describeStatementsContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store keeping statements across articles`, () => {
    let store: Store;
    const articles = OUTLETS.map((outlet) => article(outlet));
    const [harbour, kestrel, nordlys] = articles as [ParsedArticle, ParsedArticle, ParsedArticle];
    beforeEach(async () => {
      store = await open();
      await store.migrate();
    });
    afterEach(async () => {
      await store.close();
    });
    const putAll = async (list: ParsedArticle[] = articles) => {
      for (const [i, parsed] of list.entries()) await store.putArticle(stored(parsed, { ingestedAt: `2026-01-0${i + 1}T00:00:00.000Z` }));
    };
    const provenance = () => store.corpus.provenance(OUTLETS);

    it('makes one statement of the same words in three outlets, an elided form included, newest report first', async () => {
      await putAll();
      const record = await provenance();
      const vang = statementOf(record, harbour, 'quote', 'No island family');
      expect(statementOf(record, kestrel, 'quote', 'No island family').id).toBe(vang.id);
      expect(statementOf(record, nordlys, 'quote', 'No island family').id).toBe(vang.id);
      expect(shape(record, vang)).toEqual({
        text: 'No island family will be cut off while this lasts,',
        speaker: 'Teodora Vang',
        articles: 3,
        outlets: ['Nordlys Press', 'Kestrel Courier', 'Harbour Wire'],
        links: [],
      });
    });

    it('keeps different words of one speaker apart, and a statement only one outlet carries on its own', async () => {
      await putAll();
      const record = await provenance();
      const safe = statementOf(record, kestrel, 'quote', 'The ferries must be safe first');
      const friday = statementOf(record, harbour, 'claim', 'the ferries must sail by Friday');
      expect(new Set([safe.id, friday.id, statementOf(record, harbour, 'quote', 'No island family').id]).size).toBe(3);
      expect(shape(record, safe)).toMatchObject({ speaker: 'Teodora Vang', articles: 1, outlets: ['Kestrel Courier'], links: [] });
    });

    it("links the same words given to two speakers, and one speaker's words changed, both ways", async () => {
      await putAll();
      const record = await provenance();
      expect(shape(record, statementOf(record, kestrel, 'quote', 'The strike will end')).links).toEqual([
        { kind: 'speaker', speaker: 'Mira Halvorsen', text: 'The strike will end when the company pays what it owes,' },
      ]);
      expect(shape(record, statementOf(record, harbour, 'quote', 'The strike will end')).links).toEqual([
        { kind: 'speaker', speaker: 'Jonas Brekke', text: 'The strike will end when the company pays what it owes,' },
      ]);
      expect(shape(record, statementOf(record, harbour, 'quote', 'We will not reopen')).links).toEqual([
        { kind: 'wording', speaker: 'Per Aasland', text: 'We will not return to the talks this week,' },
      ]);
    });

    it('reads only the quotes and claims asked for, each with the same statement, reports and links as a whole read', async () => {
      await putAll();
      const whole = await provenance();
      const ord = kestrel.quotes.findIndex((q) => q.text.replace(/^"/, '').startsWith('The strike will end'));
      const part = await store.corpus.provenance(OUTLETS, [{ articleId: 'kestrel-courier', item: 'quote', ord }]);
      expect([...part.statementOf.keys()]).toEqual([`kestrel-courier#quote#${ord}`]);
      const statement = statementOf(part, kestrel, 'quote', 'The strike will end');
      expect(shape(part, statement)).toEqual(shape(whole, statementOf(whole, kestrel, 'quote', 'The strike will end')));
      expect((await store.corpus.provenance(OUTLETS, [])).statements.size).toBe(0);
    });

    it('takes away what an updated article no longer says: its reports, the statements only it carried, their links', async () => {
      await putAll();
      const quieter = article('kestrel-courier', (t) => t.replace(/^"The strike will end.*\n/m, '').replace(/^"No island family.*\n/m, ''));
      await store.putArticle(stored(quieter, { contentHash: 'edited', ingestedAt: '2026-01-05T00:00:00.000Z' }));
      const record = await provenance();
      expect(shape(record, statementOf(record, harbour, 'quote', 'The strike will end')).links).toEqual([]);
      expect(shape(record, statementOf(record, harbour, 'quote', 'No island family'))).toMatchObject({
        articles: 2,
        outlets: ['Nordlys Press', 'Harbour Wire'],
      });
      // The wording discrepancy the edit left alone stays.
      expect(shape(record, statementOf(record, harbour, 'quote', 'We will not reopen')).links).toHaveLength(1);
    });

    it('takes the fullest wording left when the article that gave it changes', async () => {
      const trimmed = article('harbour-wire', (t) =>
        t.replace('"No island family will be cut off while this lasts," Vang said.', '"No island family will be cut off," Vang said.'),
      );
      await putAll([trimmed, kestrel]);
      expect(statementOf(await provenance(), trimmed, 'quote', 'No island family').text).toBe('No island family will be cut off while this lasts,');
      await store.putArticle(stored({ ...kestrel, quotes: [], claims: [] }, { contentHash: 'emptied', ingestedAt: '2026-01-05T00:00:00.000Z' }));
      expect(statementOf(await provenance(), trimmed, 'quote', 'No island family')).toMatchObject({ text: 'No island family will be cut off,', articles: 1 });
    });

    it('imports the three articles at once into the same statements, reports and links as storing them one by one', async () => {
      await putAll();
      const expected = await provenance();
      const imported = await open();
      await imported.migrate();
      try {
        await imported.importArticles(
          articles.map((parsed, i) => stored(parsed, { ingestedAt: `2026-01-0${i + 1}T00:00:00.000Z` })),
          { batch: 2 },
        );
        const got = await imported.corpus.provenance(OUTLETS);
        const all = (record: ProvenanceRecord) =>
          [...record.statementOf.entries()].sort().map(([item, id]) => [item, shape(record, record.statements.get(id)!)]);
        expect(all(got)).toEqual(all(expected));
        // Statements stored after the import take fresh ids.
        await imported.putArticle(stored({ ...nordlys, id: 'again' }, { source: 'invented/again.txt', contentHash: 'again' }));
        const again = await imported.corpus.provenance(['again']);
        expect(statementOf(again, { ...nordlys, id: 'again' }, 'quote', 'No island family').articles).toBe(4);
      } finally {
        await imported.close();
      }
    });
  });
}
