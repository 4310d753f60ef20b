import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/article/types.js';
import { activityNote, rankKeyActors, topClaims, withoutDateline } from '../../src/briefing/digest-parts.js';

const claim = (kind: Claim['kind'], paragraph: number): Claim => ({
  sourceId: 'a1',
  sourceText: 'x',
  text: 'something',
  kind,
  cue: 'said',
  paragraph,
  coSourceIds: [],
});

describe('what a briefing leads with', () => {
  it('takes the dateline off a summary sentence, with or without the parser knowing it', () => {
    expect(withoutDateline('PORT ELSBERG, Norland (Meridian Wire) - About 2,400 dockworkers walked out.', 'PORT ELSBERG')).toBe(
      'About 2,400 dockworkers walked out.',
    );
    expect(withoutDateline('HARBOURTON/WESTFORD (Newswire) - The board met on Monday.', null)).toBe('The board met on Monday.');
    expect(withoutDateline('LYON, March 3 (AFP) — talks resumed.', null)).toBe('Talks resumed.');
    expect(withoutDateline('The board met on Monday - and agreed.', null)).toBe('The board met on Monday - and agreed.');
    expect(withoutDateline('UN - the body said.', 'GENEVA')).toBe('UN - the body said.');
  });

  it('ranks those who said something before the merely mentioned, and places last', () => {
    const ranked = rankKeyActors(
      [
        { actor: 'Norland', kind: 'place', quotes: 0, claims: 0, mentions: 12 },
        { actor: 'Port board', kind: 'organization', quotes: 0, claims: 0, mentions: 6 },
        { actor: 'Union secretary', kind: 'person', quotes: 1, claims: 0, mentions: 2 },
        { actor: 'Chief executive', kind: 'person', quotes: 1, claims: 2, mentions: 3 },
        { actor: 'Harbour district', kind: 'place', quotes: 0, claims: 0, mentions: 1 },
      ],
      4,
    ).map((a) => a.actor);
    expect(ranked).toEqual(['Chief executive', 'Union secretary', 'Port board', 'Norland']);
  });

  it('says what an actor said in the period', () => {
    expect(activityNote({ quotes: 2, claims: 1 })).toBe('2 quotes, 1 claim');
    expect(activityNote({ quotes: 0, claims: 0 })).toBe('');
  });

  it('puts accusations and denials by named sources first, one per source', () => {
    const refs = [
      { claim: claim('statement', 1), articleRank: 0, source: 'A' },
      { claim: claim('accusation', 6), articleRank: 0, source: 'B' },
      { claim: claim('denial', 7), articleRank: 0, source: 'C' },
      { claim: claim('warning', 2), articleRank: 0, source: 'B' },
      { claim: claim('report', 0), articleRank: 0, source: null },
    ];
    const top = topClaims(refs, (r) => r.source, 3).map((r) => `${r.source}:${r.claim.kind}`);
    expect(top).toEqual(['B:accusation', 'C:denial', 'A:statement']);
  });
});
