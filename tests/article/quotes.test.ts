import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/article/quotes.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { damStory } from './story.js';

const speakerOf = (article: ReturnType<typeof parseArticle>, quoteStart: string) => {
  const quote = article.quotes.find((q) => q.text.startsWith(quoteStart));
  return quote ? (article.actors.find((a) => a.id === quote.speakerId)?.name ?? null) : undefined;
};

describe('finding quotation spans', () => {
  it('finds closed spans and leaves an apostrophe alone', () => {
    const p = 'She said "we\'re ready" and "so are they".';
    expect(findQuoteSpans(p).map((s) => p.slice(s.start, s.end))).toEqual(["we're ready", 'so are they']);
  });

  it('marks an opening mark with no closing one as running on to the paragraph end', () => {
    const p = 'Quell said: "We will keep asking until we get it.';
    expect(findQuoteSpans(p)).toEqual([{ start: p.indexOf('"') + 1, end: p.length, runOn: true }]);
  });
});

describe('quotes and their speakers in an invented story', () => {
  const article = parseArticle(damStory);

  it('attributes "..., X told reporters" to X', () => {
    expect(speakerOf(article, 'We will not let our farms go dry')).toBe('Teodor Marsk');
    expect(article.quotes.find((q) => q.text.startsWith('We will not'))).toMatchObject({ kind: 'direct', cue: 'told', paragraph: 1 });
  });

  it('attributes "..., said X" to X', () => {
    expect(speakerOf(article, 'The river is as full')).toBe('Ilse Brandt');
  });

  it('resolves "he added" to the last speaker before a photo caption that names someone else', () => {
    expect(speakerOf(article, 'Nothing else will do')).toBe('Oskar Brandt');
  });

  it('attributes a partial quote to an institution', () => {
    const quote = article.quotes.find((q) => q.text === 'rejects every claim');
    expect(quote?.kind).toBe('partial');
    expect(speakerOf(article, 'rejects every claim')).toBe('Westmark Foreign Ministry');
  });

  it('credits a term in quotation marks to those who called it so, not to the speaker before them', () => {
    expect(speakerOf(article, 'water grab')).toBe("Farmers' groups");
  });
});

describe('a quote that runs on into the next paragraph', () => {
  const article = parseArticle(
    [
      'Dam row',
      '',
      'Marta Quell said talks would resume. "We have asked for a fair share since 2006," Quell said. "We will keep asking until we get it.',
      '',
      '"Nothing else will do for the farmers of the valley."',
      '',
      'The talks resume on Friday.',
    ].join('\n'),
  );

  it('attributes the open quote and the paragraph that continues it to the same speaker', () => {
    expect(speakerOf(article, 'We will keep asking')).toBe('Marta Quell');
    expect(speakerOf(article, 'Nothing else will do')).toBe('Marta Quell');
    expect(article.quotes.find((q) => q.text.startsWith('Nothing else'))?.paragraph).toBe(1);
  });
});

describe('a quote after a noun cue with no one in front of it', () => {
  const article = parseArticle('Ships row\n\nNorway\'s foreign ministry denied it had blocked ships, calling the accusation "absurd".');
  it('goes to the subject of the verb before it, here a ministry named through its country', () => {
    const quote = article.quotes.find((q) => q.text === 'absurd');
    expect(article.actors.find((a) => a.id === quote?.speakerId)?.name).toBe("Norway's foreign ministry");
  });
});
