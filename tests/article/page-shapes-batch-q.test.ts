/**
 * Page shapes met in the seventeenth batch of fresh pages (session 14: a fact-check's rating given
 * inside a sentence, a forwarded chat message quoted in fragments, sports positions that are also
 * common words, a club named by its first word in a match report), each on invented text of its own
 * (not the fixtures' text).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';

const parse = (...paragraphs: string[]) =>
  parseArticle(['Harbour news', '', 'The claim spread quickly over the weekend.', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });
const kindOf = (a: ReturnType<typeof parse>, name: string) => a.actors.find((x) => x.name === name)?.kind;
const speakerOf = (a: ReturnType<typeof parse>, text: string) => {
  const q = a.quotes.find((x) => x.text === text);
  return q ? (a.actors.find((x) => x.id === q.speakerId)?.name ?? null) : undefined;
};

describe('a fact-check rating inside a sentence (batch Q)', () => {
  it('takes no rating for an actor after "rates the claim", "rated it" or "The claim is"', () => {
    const a = parse(
      'The Tolvern Fact Desk rates the claim Misleading.',
      'Editors at Quenby Check said they rated it Mostly False after calling the council.',
      'The claim is Partly False, said Ilse Varn, an editor.',
    );
    expect(kindOf(a, 'Misleading')).toBeUndefined();
    expect(kindOf(a, 'Mostly False')).toBeUndefined();
    expect(kindOf(a, 'Partly False')).toBeUndefined();
    expect(kindOf(a, 'Ilse Varn')).toBe('person');
  });
});

describe('a forwarded chat message quoted in fragments (batch Q)', () => {
  it('gives the words of a message on a chat app to no one', () => {
    const a = parse(
      'A message on WhatsApp says "all schools will close" on Monday.',
      'A chain message circulating on Telegram claims the tap water "is not safe to drink".',
    );
    expect(speakerOf(a, 'all schools will close')).toBeUndefined();
    expect(speakerOf(a, 'is not safe to drink')).toBeUndefined();
  });

  it("keeps a body's own words in a clause of their own as its quote", () => {
    const a = parse('A chain message circulating on Telegram claims the tap water "is not safe to drink", but Brisby council said the water was "perfectly safe".');
    expect(speakerOf(a, 'is not safe to drink')).toBeUndefined();
    expect(speakerOf(a, 'perfectly safe')).not.toBeUndefined();
  });
});
