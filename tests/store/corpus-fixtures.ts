/**
 * Invented articles for the corpus behaviour suite: a minister and an adviser of an invented
 * country, named differently from one article to the next, so merging, search and typos can be
 * checked on both stores.
 */
import type { Actor, Claim, ParsedArticle, Quote } from '../../src/article/types.js';
import type { StoredArticle } from '../../src/store/store.js';
import { emptyParsedArticle } from '../fixtures/parsed-article.js';

function actor(id: string, name: string, kind: Actor['kind'], roles: string[], aliases: string[], paragraphs: number[], mentions = paragraphs.length): Actor {
  return { id, name, kind, roles, aliases, mentions, paragraphs };
}

/** The first report: the minister accuses, the neighbour denies, the adviser speaks. */
export function firstReport(): ParsedArticle {
  return emptyParsedArticle({
    id: 'first',
    headline: 'Veloria accuses neighbour of grain smuggling',
    publishedAt: '2025-04-02',
    agency: 'Example Wire',
    paragraphs: [
      'CASTELMAR (Example Wire) - Veloria accused Brastova on Wednesday of smuggling grain across the river border.',
      'Foreign Minister Marta Kovalenko said the shipments had doubled since January.',
      '"We have counted every barge," Kovalenko told reporters in Castelmar.',
      'Brastova denied the smuggling and called the claims a distraction.',
      'Tomas Reyes, an adviser to the minister, said talks would resume on April 10.',
    ],
    actors: [
      actor('a1', 'Marta Kovalenko', 'person', ['Foreign Minister'], ['Kovalenko'], [1, 2], 2),
      actor('a2', 'Tomas Reyes', 'person', ['adviser to the minister'], [], [4]),
      actor('p1', 'Veloria', 'place', [], ['Castelmar'], [0, 2]),
      actor('p2', 'Brastova', 'place', [], [], [0, 3]),
    ],
    quotes: [quote('We have counted every barge', 'a1', 2)],
    claims: [
      claim('p1', 'Veloria', 'accusation', 'Brastova of smuggling grain across the river border', 0, 'accused'),
      claim('a1', 'Marta Kovalenko', 'statement', 'the shipments had doubled since January', 1, 'said'),
      claim('p2', 'Brastova', 'denial', 'the smuggling', 3, 'denied'),
    ],
    events: [{ date: '2025-04-10', text: 'talks would resume on April 10', paragraph: 4, expression: 'on April 10' }],
  });
}

/** A later report naming the same people differently ("Tomas J. Reyes", "Kovalenkó"). */
export function laterReport(): ParsedArticle {
  return emptyParsedArticle({
    id: 'later',
    headline: 'Grain talks resume in Castelmar',
    publishedAt: '2025-04-10',
    agency: 'Other Wire',
    paragraphs: ['Tomas J. Reyes opened the talks on Thursday, Kovalenkó said.', 'Reyes, the chief negotiator, promised a joint inspection of the barges.'],
    actors: [
      actor('b1', 'Tomas J. Reyes', 'person', ['chief negotiator'], ['Reyes'], [0, 1]),
      actor('b2', 'Kovalenkó', 'person', [], [], [0]),
      actor('b3', 'Castelmar', 'place', [], [], [0]),
    ],
    claims: [claim('b1', 'Reyes', 'promise', 'a joint inspection of the barges', 1, 'promised')],
  });
}

/** An unrelated story that shares a surname: two different people called Osei. */
export function otherReport(): ParsedArticle {
  return emptyParsedArticle({
    id: 'other',
    headline: 'Harbour strike ends',
    publishedAt: '2025-03-01',
    paragraphs: ['Dockworkers led by Ama Osei ended the strike after Kofi Osei mediated.'],
    actors: [actor('c1', 'Ama Osei', 'person', ['union leader'], [], [0]), actor('c2', 'Kofi Osei', 'person', ['mediator'], [], [0])],
  });
}

/** A short story in which each of `names` speaks in a paragraph of its own. */
export function peopleReport(id: string, names: string[]): ParsedArticle {
  return emptyParsedArticle({
    id,
    headline: 'Council hears residents',
    publishedAt: '2025-05-01',
    paragraphs: names.map((name) => `${name} spoke at the council meeting.`),
    actors: names.map((name, i) => actor(`${id}${i}`, name, 'person', [], [], [i])),
  });
}

function quote(text: string, speakerId: string, paragraph: number): Quote {
  return { text, speakerId, kind: 'direct', paragraph, sentence: text, cue: 'told' };
}

function claim(sourceId: string, sourceText: string, kind: Claim['kind'], text: string, paragraph: number, cue: string): Claim {
  return { sourceId, sourceText, kind, text, paragraph, cue, coSourceIds: [] };
}

/** A stored article for a parse; the store id is the parse id. */
export function stored(parsed: ParsedArticle, overrides: Partial<StoredArticle> = {}): StoredArticle {
  return {
    id: parsed.id,
    source: `invented/${parsed.id}.txt`,
    contentHash: `hash-${parsed.id}`,
    fingerprint: `00${parsed.id} 01${parsed.id}`,
    parserVersion: 1,
    parsed,
    ingestedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
