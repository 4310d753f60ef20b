import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { findActors, MAX_CHOICES } from '../../src/briefing/actor-search.js';
import { createCorpus } from '../../src/briefing/corpus.js';
import type { CorpusQueries } from '../../src/store/corpus-queries.js';
import { createCorpusQueries } from '../../src/store/corpus-reads.js';
import { sqliteSearch } from '../../src/store/sql/search.js';
import { sqliteSql } from '../../src/store/sql/sql.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import { storedFrom } from '../support/corpus-over.js';
import { corpusOver } from '../support/corpus-over.js';
import { emptyParsedArticle } from '../fixtures/parsed-article.js';

const GIVEN = ['Ada', 'Bela', 'Csilla', 'Dora', 'Erno', 'Flora', 'Geza', 'Hanna', 'Imre', 'Janka', 'Kata', 'Lajos'];

// Twelve people called Varga, each known by the surname too, and a company carrying the word.
const story = emptyParsedArticle({
  id: 'vargas',
  headline: 'Residents of Tarnok meet the council',
  publishedAt: '2025-05-01',
  paragraphs: [...GIVEN.map((given) => `${given} Varga spoke at the council meeting.`), 'Varga Shipping sent a letter.'],
  actors: [
    ...GIVEN.map((given, i) => ({
      id: `p${i}`,
      name: `${given} Varga`,
      kind: 'person' as const,
      roles: [],
      aliases: ['Varga'],
      mentions: i + 1,
      paragraphs: [i],
    })),
    { id: 'o1', name: 'Varga Shipping', kind: 'organization' as const, roles: [], aliases: [], mentions: 30, paragraphs: [GIVEN.length] },
  ],
});

// The choices a search for the surname offers: the ten most mentioned Vargas, most mentioned first.
const MOST_MENTIONED_VARGAS = [...GIVEN]
  .reverse()
  .slice(0, MAX_CHOICES)
  .map((given) => `${given} Varga`);

/** A corpus over the story that counts its reads of every actor whose name holds given words. */
async function countingWordReads(): Promise<{ corpus: ReturnType<typeof createCorpus>; wordReads: () => number }> {
  const queries = (await corpusOver([story]).store).corpus;
  let reads = 0;
  const corpus = createCorpus({ ...queries, actorsWithWords: (words, limit) => ((reads += 1), queries.actorsWithWords(words, limit)) } satisfies CorpusQueries);
  return { corpus, wordReads: () => reads };
}

describe('finding the actor a name means', () => {
  it('offers the people known by a surname that many carry, most mentioned first, without reading every actor whose name holds the word', async () => {
    const { corpus, wordReads } = await countingWordReads();
    const lookup = await findActors(corpus, 'Varga');
    expect(lookup.kind === 'ambiguous' && lookup.actors.map((a) => a.name)).toEqual(MOST_MENTIONED_VARGAS);
    expect(wordReads()).toBe(0);
  });

  it('offers the same people for the surname mistyped, without reading every actor whose name holds it', async () => {
    const { corpus, wordReads } = await countingWordReads();
    const lookup = await findActors(corpus, 'Vargga');
    expect(lookup.kind === 'ambiguous' && lookup.actors.map((a) => a.name)).toEqual(MOST_MENTIONED_VARGAS);
    // Once, as before: the name as typed, which no actor carries.
    expect(wordReads()).toBe(1);
  });

  it('still reads the actors whose names hold the word when few are known by it alone', async () => {
    const { corpus } = corpusOver([story]);
    const lookup = await findActors(corpus, 'Shipping');
    expect(lookup).toMatchObject({ kind: 'found', actor: { name: 'Varga Shipping' } });
  });
});

describe('a name search that finds nothing', () => {
  it("scans the name words for a word's near spellings once, though it asks for them as typos and as suggestions", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-search-'));
    const path = join(dir, 'store.db');
    const store = createSqliteStore(path);
    await store.migrate();
    await store.putArticle(storedFrom(story));
    await store.close();
    const db = new Database(path);
    try {
      const scanned: string[] = [];
      const search = {
        ...sqliteSearch,
        similarTokens: (sql: Parameters<typeof sqliteSearch.similarTokens>[0], token: string, limit: number) => (
          scanned.push(token),
          sqliteSearch.similarTokens(sql, token, limit)
        ),
      };
      const lookup = await findActors(createCorpus(createCorpusQueries(sqliteSql(db), search)), 'Qwvargazx');
      expect(lookup.kind).toBe('none');
      expect(scanned).toEqual(['qwvargazx']);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
