import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../src/article/types.js';
import { createContentKeyReader } from '../../src/briefing/content-words.js';
import { createArticleCompactor } from '../../src/briefing/corpus-compact.js';
import { createCorpus } from '../../src/briefing/corpus.js';
import { createWordIndex, type RankedArticle } from '../../src/briefing/word-index.js';
import { parseDefaultArticle } from './helpers.js';

function copyOf(article: ParsedArticle, id: string, publishedAt: string, paragraphs = article.paragraphs): ParsedArticle {
  return { ...structuredClone(article), id, publishedAt, paragraphs: [...paragraphs] };
}

describe('compacting articles for memory', () => {
  it('leaves every value of an article equal to what was parsed', () => {
    const parsed = parseDefaultArticle();
    const before = structuredClone(parsed);
    createArticleCompactor().compact(parsed);
    expect(parsed).toEqual(before);
  });

  it('shares short strings and whole lists between articles, and freezes the shared lists', () => {
    const compactor = createArticleCompactor();
    const a = compactor.compact(copyOf(parseDefaultArticle(), 'a', '2024-06-18'));
    const b = compactor.compact(copyOf(parseDefaultArticle(), 'b', '2024-06-18'));
    const withRoles = a.actors.findIndex((actor) => actor.roles.length > 0);
    expect(withRoles).toBeGreaterThanOrEqual(0);
    expect(b.actors[withRoles]!.roles).toBe(a.actors[withRoles]!.roles);
    expect(b.actors[0]!.paragraphs).toBe(a.actors[0]!.paragraphs);
    expect(Object.isFrozen(a.actors[0]!.paragraphs)).toBe(true);
    expect(() => (a.actors[0]!.paragraphs as number[]).push(99)).toThrow(TypeError);
    expect(b.quotes[0]!.kind).toBe(a.quotes[0]!.kind);
  });

  it('answers the same after the corpus compacted its articles as a plain copy would', () => {
    const corpus = createCorpus([parseDefaultArticle()]);
    const plain = parseDefaultArticle();
    expect(corpus.articles()[0]).toEqual(plain);
  });
});

describe('the content-word index with packed postings', () => {
  const base = parseDefaultArticle();
  const day = (i: number) => `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`;

  it('finds articles using every word newest first, before and after packing, as articles come and go', () => {
    const readKeys = createContentKeyReader();
    const index = createWordIndex(readKeys);
    // A word of every copy: its list is long enough to be packed into a typed array.
    const common = [...readKeys(base.headline, new Set())][0]!;
    const entries: RankedArticle[] = [];
    // Forty articles share the default article's words; every third also talks of a rare word.
    for (let i = 0; i < 40; i += 1) {
      const extra = i % 3 === 0 ? ['A zeppelin flew over the harbour.'] : [];
      const entry = { article: copyOf(base, `n${i}`, day(i), [...base.paragraphs, ...extra]), order: i + 1 };
      entries.push(entry);
      index.add(entry);
    }
    const expected = (filter: (i: number) => boolean) =>
      entries.filter((_, i) => filter(i)).sort((x, y) => y.order - x.order).map((e) => e.article.id);
    const ids = () => index.articlesWithAll(['zeppelin', common], 100).map((a) => a.id);
    expect(ids()).toEqual(expected((i) => i % 3 === 0));
    expect(index.count('zeppelin')).toBe(14);

    index.trim();
    expect(ids()).toEqual(expected((i) => i % 3 === 0));
    index.remove(entries[3]!);
    const late = { article: copyOf(base, 'late', day(5), [...base.paragraphs, 'The zeppelin left the harbour.']), order: 20.5 };
    index.add(late);
    expect(index.articlesWithAll([common, 'zeppelin'], 100).map((a) => a.id)).toEqual([
      ...expected((i) => i % 3 === 0 && i !== 3 && i + 1 > 20.5),
      'late',
      ...expected((i) => i % 3 === 0 && i !== 3 && i + 1 < 20.5),
    ]);
    expect(index.articlesWithAll([common], 3).map((a) => a.id)).toEqual(['n39', 'n38', 'n37']);
    expect(index.count('zeppelin')).toBe(14);
    expect(index.count(common)).toBe(40);
  });
});
