import { describe, expect, it } from 'vitest';
import type { AttributionTrace, QuoteDecision } from '../../../src/article/attribution/attribute-quotes.js';
import { parseArticle } from '../../../src/article/parse-article.js';

/** The parse of an invented article and the decision of the quote that starts with `start`. */
function decisionFor(paragraphs: string[], start: string) {
  const trace: AttributionTrace = { quotes: [], mentions: [] };
  const article = parseArticle(['Valley news', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { trace });
  const decision = trace.quotes.find((q) => q.text.startsWith(start)) as QuoteDecision | undefined;
  const reasonsOf = (name: string) => {
    const id = article.actors.find((a) => a.name === name)?.id;
    return decision?.candidates.find((c) => c.actorId === id)?.features ?? [];
  };
  return { speech: decision?.speech ?? [], reasonsOf };
}

describe('the gender an article states for a "he said" or "she said" quote', () => {
  const paragraphs = ['Rina Dahl opened the meeting and read her report aloud.', 'Oskar Brun thanked his staff for the work.', '"We start at noon," she said.'];

  it('agrees with the one the article gave "her", and clashes with the one it gave "his", names aside', () => {
    const { reasonsOf } = decisionFor(paragraphs, 'We start at noon');
    expect(reasonsOf('Rina Dahl')).toContain('gender:bound-once-agree');
    expect(reasonsOf('Oskar Brun')).toContain('gender:bound-once-clash');
  });

  it('reads no gender from a sentence that names two people, nor from a given name', () => {
    const { reasonsOf } = decisionFor(['Rina Dahl met Oskar Brun and read her report aloud.', '"We start at noon," she said.'], 'We start at noon');
    expect(reasonsOf('Rina Dahl').some((r) => r.startsWith('gender:'))).toBe(false);
  });

  it('leaves a describing word to rule antecedents out, and gives it no feature of its own', () => {
    const { reasonsOf } = decisionFor(['Rina Dahl, a spokeswoman for the port, read her notice.', '"We start at noon," she said.'], 'We start at noon');
    expect(reasonsOf('Rina Dahl').some((r) => r.startsWith('gender:'))).toBe(false);
  });
});

describe('where a pronoun antecedent stands', () => {
  it('marks the subject of the sentence before the pronoun, and counts sentences back', () => {
    const { reasonsOf } = decisionFor(['Rina Dahl opened the meeting. "We start at noon," she said.'], 'We start at noon');
    const reasons = reasonsOf('Rina Dahl');
    expect(reasons).toContain('ant:subject-previous-sentence');
    expect(reasons).toContain('ant:sentences1');
  });

  it('says another person stood as a subject since the antecedent was last heard', () => {
    const { reasonsOf } = decisionFor(
      ['"The port stays open," said Rina Dahl.', 'Mira Holt, the harbour master, walked out of the hall on Monday.', '"Not for long," she said.'],
      'Not for long',
    );
    expect(reasonsOf('Rina Dahl')).toContain('ant:rival-since-heard');
    expect(reasonsOf('Mira Holt')).not.toContain('ant:rival-since-heard');
  });

  it("keeps the quote's own pronoun apart from a pronoun of the paragraph before", () => {
    const { reasonsOf } = decisionFor(['Oskar Brun opened the meeting, and he said the boats were ready.', '"We sail at dawn," she said.'], 'We sail at dawn');
    const reasons = reasonsOf('Oskar Brun');
    // "she" is the quote's pronoun; "he said" a paragraph before is another one.
    expect(reasons).toContain('ant:word=she');
    expect(reasons).toContain('other-ant:word=he');
    expect(reasons).not.toContain('ant:word=he');
  });
});
