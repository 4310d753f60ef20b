import { describe, expect, it } from 'vitest';
import { findActors, MAX_CHOICES } from '../../src/briefing/actor-search.js';
import { createCorpus } from '../../src/briefing/corpus.js';
import type { CorpusQueries } from '../../src/store/corpus-queries.js';
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

describe('finding the actor a name means', () => {
  it('offers the people known by a surname that many carry, most mentioned first, without reading every actor whose name holds the word', async () => {
    const { store } = corpusOver([story]);
    const queries = (await store).corpus;
    let wordReads = 0;
    const corpus = createCorpus({
      ...queries,
      actorsWithWords: (words, limit) => ((wordReads += 1), queries.actorsWithWords(words, limit)),
    } satisfies CorpusQueries);
    const lookup = await findActors(corpus, 'Varga');
    expect(lookup.kind).toBe('ambiguous');
    if (lookup.kind !== 'ambiguous') return;
    expect(lookup.actors.map((a) => a.name)).toEqual(
      [...GIVEN]
        .reverse()
        .slice(0, MAX_CHOICES)
        .map((given) => `${given} Varga`),
    );
    expect(wordReads).toBe(0);
  });

  it('offers the same people for the surname mistyped, without reading every actor whose name holds it', async () => {
    const { store } = corpusOver([story]);
    const queries = (await store).corpus;
    let wordReads = 0;
    const corpus = createCorpus({
      ...queries,
      actorsWithWords: (words, limit) => ((wordReads += 1), queries.actorsWithWords(words, limit)),
    } satisfies CorpusQueries);
    const lookup = await findActors(corpus, 'Vargga');
    expect(lookup.kind === 'ambiguous' && lookup.actors.map((a) => a.name)).toEqual(
      [...GIVEN]
        .reverse()
        .slice(0, MAX_CHOICES)
        .map((given) => `${given} Varga`),
    );
    // Once, as before: the name as typed, which no actor carries.
    expect(wordReads).toBe(1);
  });

  it('still reads the actors whose names hold the word when few are known by it alone', async () => {
    const { corpus } = corpusOver([story]);
    const lookup = await findActors(corpus, 'Shipping');
    expect(lookup).toMatchObject({ kind: 'found', actor: { name: 'Varga Shipping' } });
  });
});
