import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../src/article/types.js';
import { findActors } from '../../src/briefing/actor-search.js';
import { createCorpus } from '../../src/briefing/corpus.js';
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
    paragraphs: [
      'MOSCOW (AP) - Kremlin aide Yuri Ushakóv said on Wednesday the talks had gone well.',
      'Vladimir V. Putin thanked his hosts, Ushakov said.',
    ],
    actors: [
      { id: 'b1', name: 'Yuri Ushakóv', kind: 'person', roles: ['Kremlin aide'], aliases: ['Ushakov'], mentions: 2, paragraphs: [0, 1] },
      { id: 'b2', name: 'Vladimir V. Putin', kind: 'person', roles: [], aliases: [], mentions: 1, paragraphs: [1] },
      { id: 'b3', name: 'Moscow', kind: 'place', roles: [], aliases: [], mentions: 1, paragraphs: [0] },
    ],
    quotes: [],
    claims: [
      { sourceId: 'b1', sourceText: 'Yuri Ushakóv', text: 'the talks had gone well', kind: 'statement', cue: 'said', paragraph: 0, coSourceIds: [] },
    ],
    events: [],
    captions: [],
  };
}

describe('the corpus', () => {
  it('merges the same person from two articles into one actor citing both', async () => {
    const { service, corpus } = serviceOver([defaultArticleFixture(), followUp()]);
    const lookup = findActors(corpus, 'Ushakov');
    expect(lookup.kind).toBe('found');
    if (lookup.kind !== 'found') return;
    expect(lookup.actor.appearances.map((a) => a.article.id)).toEqual(['follow-up', 'default-article']);
    expect(lookup.actor.roles).toEqual(expect.arrayContaining(["Putin's foreign policy adviser", 'Kremlin aide']));

    const reply = await service.handle(input('who', { name: 'Ushakov' }));
    expect(reply.citations.map((c) => c.articleId)).toEqual(['follow-up', 'default-article']);
    expect(everything(reply)).toContain('the talks had gone well');
    expect(everything(reply)).toContain('Russia and North Korea may sign a partnership agreement');
  });

  it('merges a name with a middle initial by first and last name, and a place by its alias', () => {
    const corpus = createCorpus([defaultArticleFixture(), followUp()]);
    const putin = corpus.actors.byName('vladimir putin');
    expect(putin).toHaveLength(1);
    expect(putin[0]!.appearances).toHaveLength(2);
    const russia = corpus.actors.byName('moscow');
    expect(russia.map((a) => a.name)).toEqual(['Russia']);
    expect(russia[0]!.appearances).toHaveLength(2);
  });

  it('keeps Kim Jong Un and Kim Il Sung apart', () => {
    const corpus = createCorpus([defaultArticleFixture()]);
    expect(corpus.actors.byToken('kim').map((a) => a.name).sort()).toEqual(['Kim Il Sung', 'Kim Jong Un']);
  });

  it('takes articles arriving later and lets them go again', () => {
    const corpus = createCorpus([defaultArticleFixture()]);
    const before = corpus.version;
    corpus.add(followUp());
    expect(corpus.articles().map((a) => a.id)).toEqual(['follow-up', 'default-article']);
    expect(corpus.version).toBeGreaterThan(before);
    expect(corpus.actors.byName('kremlin aide')).toHaveLength(0);
    expect(corpus.actors.byToken('ushakov')[0]!.roles).toContain('Kremlin aide');

    expect(corpus.remove('follow-up')).toBe(true);
    expect(corpus.articles().map((a) => a.id)).toEqual(['default-article']);
    const ushakov = corpus.actors.byToken('ushakov')[0]!;
    expect(ushakov.appearances).toHaveLength(1);
    expect(ushakov.roles).not.toContain('Kremlin aide');
    expect(corpus.remove('follow-up')).toBe(false);
  });

  it('replaces an article added again with the same id instead of doubling it', () => {
    const corpus = createCorpus([defaultArticleFixture()]);
    corpus.add(defaultArticleFixture());
    expect(corpus.size).toBe(1);
    expect(corpus.actors.byToken('ushakov')[0]!.appearances).toHaveLength(1);
  });

  it('can leave the word index for later and still answers a topic search at once', async () => {
    const corpus = createCorpus([defaultArticleFixture(), followUp()], { deferWordIndex: true });
    expect(corpus.actors.byToken('ushakov')).toHaveLength(1);
    expect(corpus.articlesWithWords(['thank'], 10).map((a) => a.id)).toEqual(['follow-up']);
    const later = createCorpus([defaultArticleFixture(), followUp()], { deferWordIndex: true });
    await later.indexWordsInBackground();
    expect(later.wordCount('sanction')).toBe(1);
    later.remove('follow-up');
    expect(later.articlesWithWords(['thank'], 10)).toEqual([]);
  });

  it('finds articles by content words, newest first', () => {
    const corpus = createCorpus([defaultArticleFixture(), followUp()]);
    expect(corpus.articlesWithWords(['thank'], 10).map((a) => a.id)).toEqual(['follow-up']);
    expect(corpus.articlesWithWords(['sanction'], 10).map((a) => a.id)).toEqual(['default-article']);
  });
});
