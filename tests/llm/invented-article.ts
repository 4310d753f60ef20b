/**
 * An invented article for the attribution checks: who said what about a harbour bridge, with
 * the parser's findings written by hand (one quote, one accusation).
 */
import type { ParsedArticle } from '../../src/article/types.js';
import { emptyParsedArticle } from '../fixtures/parsed-article.js';

const paragraphs = [
  'PORTVALE, March 3 (Coastal Wire) - The harbour bridge will reopen in May after repairs, the city council said on Monday.',
  "Mara Veldt, the port authority's chief engineer, said the repairs would cost less than expected and that no ferry routes would be cut.",
  'Veldt said the work would "restore full traffic by the summer" and that the council had approved the budget.',
  "The fishermen's union accused the council of ignoring safety warnings about the old bridge. The council denied the accusation.",
];

/** The harbour bridge story. */
export const harbour: ParsedArticle = emptyParsedArticle({
  id: 'art-harbour',
  headline: 'Harbour bridge to reopen in May',
  publishedAt: '2025-03-03',
  agency: 'Coastal Wire',
  dateline: 'PORTVALE',
  paragraphs,
  actors: [
    { id: 'a1', name: 'Mara Veldt', kind: 'person', roles: ["the port authority's chief engineer"], aliases: ['Veldt'], mentions: 2, paragraphs: [1, 2] },
    { id: 'a2', name: 'city council', kind: 'organization', roles: [], aliases: ['council'], mentions: 4, paragraphs: [0, 2, 3] },
    { id: 'a3', name: "fishermen's union", kind: 'organization', roles: [], aliases: ['union'], mentions: 1, paragraphs: [3] },
    { id: 'a4', name: 'Portvale', kind: 'place', roles: [], aliases: [], mentions: 1, paragraphs: [0] },
  ],
  quotes: [{ text: 'restore full traffic by the summer', speakerId: 'a1', kind: 'partial', paragraph: 2, sentence: paragraphs[2]!, cue: 'said' }],
  claims: [
    {
      sourceId: 'a3',
      sourceText: "The fishermen's union",
      text: 'the council of ignoring safety warnings about the old bridge',
      kind: 'accusation',
      cue: 'accused',
      paragraph: 3,
      coSourceIds: [],
    },
  ],
});
