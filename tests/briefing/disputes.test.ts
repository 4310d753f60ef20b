import { describe, expect, it } from 'vitest';
import type { Claim, ParsedArticle } from '../../src/article/types.js';
import { corpusOver } from '../support/corpus-over.js';
import { findDisputes } from '../../src/briefing/disputes.js';
import { defaultArticleFixture } from './fixtures/default-article.js';

// The article as the store gives it back, with its actors merged, and its claims as references.
async function storedClaims(article: ParsedArticle) {
  const { corpus } = corpusOver([article]);
  const view = await corpus.view([article.id]);
  const stored = view.articles[0]!;
  return { view, refs: stored.claims.map((claim) => ({ article: stored, claim })) };
}

function claim(partial: Partial<Claim> & Pick<Claim, 'text' | 'kind'>): Claim {
  return { sourceId: null, sourceText: '', cue: 'said', paragraph: 0, coSourceIds: [], ...partial };
}

describe('finding disputed claims', () => {
  it('pairs the denial of arms transfers with the accusation of supplying missiles and munitions, not with the other accusation', async () => {
    const { view, refs } = await storedClaims(defaultArticleFixture());
    const disputes = findDisputes(view, refs);
    expect(disputes).toHaveLength(1);
    expect(disputes[0]!.accusation.claim.text).toContain('missiles');
    expect(disputes[0]!.denials.map((d) => d.claim.text)).toEqual(['arms transfers']);
  });

  it('pairs a bare "denied the accusations" with the accusation naming the denier in the same article', async () => {
    const base = defaultArticleFixture();
    const article: ParsedArticle = {
      ...base,
      claims: [
        claim({ sourceId: 'o3', sourceText: 'Washington', kind: 'accusation', text: 'Moscow of meddling in the vote', paragraph: 1 }),
        claim({ sourceId: 'o1', sourceText: 'The Kremlin', kind: 'denial', text: 'the accusations', paragraph: 2, cue: 'denied' }),
      ],
    };
    const { view, refs } = await storedClaims(article);
    expect(findDisputes(view, refs)).toHaveLength(1);
  });

  it('leaves a denial about something else unpaired', async () => {
    const base = defaultArticleFixture();
    const article: ParsedArticle = {
      ...base,
      claims: [
        claim({ sourceId: 'o3', sourceText: 'Washington', kind: 'accusation', text: 'Beijing of currency manipulation', paragraph: 1 }),
        claim({ sourceId: 'a7', sourceText: 'Novak', kind: 'denial', text: 'plans to cut oil output', paragraph: 20 }),
      ],
    };
    const { view, refs } = await storedClaims(article);
    expect(findDisputes(view, refs)).toEqual([]);
  });
});
