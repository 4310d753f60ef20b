import { readsAsTitle, type QuoteSite } from '../../src/article/quotes.js';
import { describe, expect, it } from 'vitest';
import { markQuotationMarks } from '../../src/article/normalize.js';
import { parseArticle } from '../../src/article/parse-article.js';

/** The quotes of an invented story, as [speaker, text]. */
function quotesOf(body: string, headline = 'Harbour news') {
  const article = parseArticle(`${headline}\nMarch 4, 2025\n\n${body}\n`);
  return {
    article,
    quotes: article.quotes.map((q) => [article.actors.find((a) => a.id === q.speakerId)?.name, q.text]),
  };
}

describe('quotation marks as typed', () => {
  it("reads a closing mark typed as two apostrophes ('')", () => {
    expect(quotesOf("``The bridge will hold,'' Mayor Ines Kort said.").quotes).toEqual([['Ines Kort', 'The bridge will hold,']]);
    expect(quotesOf("\"The bridge will hold,'' Mayor Ines Kort said.").quotes).toEqual([['Ines Kort', 'The bridge will hold,']]);
  });

  it('reads British single quotation marks in the body and keeps the paragraph as typed', () => {
    const { article, quotes } = quotesOf("'We will stay on the roads,' farmer Oskar Brandt said.");
    expect(quotes).toEqual([['Oskar Brandt', 'We will stay on the roads,']]);
    expect(article.paragraphs[0]).toBe("'We will stay on the roads,' farmer Oskar Brandt said.");
  });

  it('keeps a headline in single marks as typed', () => {
    expect(quotesOf('Farmers blocked the roads on Tuesday.', "Farmers block roads: 'We will not move'").article.headline).toBe(
      "Farmers block roads: 'We will not move'",
    );
  });

  it('tells a plural possessive inside single marks from the closing mark', () => {
    expect(markQuotationMarks("'The farmers' anger is real,' she said.")).toBe('"The farmers\' anger is real," she said.');
    expect(markQuotationMarks("Don't touch the farmers' union, he said.")).toBe("Don't touch the farmers' union, he said.");
    expect(markQuotationMarks("They played rock 'n' roll in the '90s.")).toBe("They played rock 'n' roll in the '90s.");
  });

  it('leaves a whole paragraph in single marks as a heading, and single marks inside double ones nested', () => {
    expect(markQuotationMarks("'A fight for survival'")).toBe("'A fight for survival'");
    expect(markQuotationMarks('"They told me \'go home\' twice," she said.')).toBe('"They told me \'go home\' twice," she said.');
  });

  it('reads guillemets as quotation marks', () => {
    expect(quotesOf('« Nous resterons », Mayor Ines Kort said.').quotes).toEqual([['Ines Kort', 'Nous resterons']]);
  });

  it('takes no account handle, address or show title for speech', () => {
    const { quotes } = quotesOf(
      'Mayor Ines Kort posted a video on the account "@harbourwatch" and said the podcast "how the harbour was won and lost" was unfair. "We will rebuild," Kort said.',
    );
    expect(quotes).toEqual([['Ines Kort', 'We will rebuild,']]);
  });
});

describe('a quoted title', () => {
  const site = (text: string) => ({ text, words: text.split(/\s+/).length }) as QuoteSite;

  it('reads as a title with the comma or full stop American style puts inside the marks', () => {
    expect(readsAsTitle(site('Morning With Kate.'))).toBe(true);
    expect(readsAsTitle(site('Good Day Tarnby,'))).toBe(true);
    expect(readsAsTitle(site('Morning With Kate'))).toBe(true);
  });

  it('does not read a sentence, a question or a cry as a title', () => {
    expect(readsAsTitle(site('We will vote on Friday,'))).toBe(false);
    expect(readsAsTitle(site('Is The Bridge Safe?'))).toBe(false);
    expect(readsAsTitle(site('Save Our Harbour!'))).toBe(false);
  });
});
