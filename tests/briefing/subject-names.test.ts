import { describe, expect, it } from 'vitest';
import { createCorpus } from '../../src/briefing/corpus.js';
import { resolveSubject } from '../../src/briefing/subject.js';
import type { CorpusQueries } from '../../src/store/corpus-queries.js';
import { emptyParsedArticle } from '../fixtures/parsed-article.js';
import { corpusOver } from '../support/corpus-over.js';

// A harbour pilot and a trust named after her: one full name, two actors.
const pilot = emptyParsedArticle({
  id: 'pilot',
  headline: 'Pilot warns of silt in Tarnby harbour',
  publishedAt: '2025-05-01',
  paragraphs: ['Harbour pilot Noor Kessel said the channel was silting up.'],
  actors: [{ id: 'a1', name: 'Noor Kessel', kind: 'person', roles: ['harbour pilot'], aliases: [], mentions: 3, paragraphs: [0] }],
});
const trust = emptyParsedArticle({
  id: 'trust',
  headline: 'Trust funds new lifeboat',
  publishedAt: '2025-05-02',
  paragraphs: ['The Noor Kessel gave the town a new lifeboat.'],
  actors: [{ id: 'a1', name: 'Noor Kessel', kind: 'organization', roles: [], aliases: [], mentions: 1, paragraphs: [0] }],
});

describe('what a searchable argument means', () => {
  it('takes a full name that several actors carry as the name (the first of them), without searching the articles for its words', async () => {
    const queries = (await corpusOver([pilot, trust]).store).corpus;
    let searched = 0;
    const corpus = createCorpus({ ...queries, articlesWithKeys: (...args) => ((searched += 1), queries.articlesWithKeys(...args)) } satisfies CorpusQueries);
    const subject = await resolveSubject(corpus, 'Noor Kessel');
    expect(subject.kind === 'actor' && [subject.actor.name, subject.actor.kind]).toEqual(['Noor Kessel', 'person']);
    expect(searched).toBe(0);
  });
});
