import { describe, expect, it } from 'vitest';
import { fixLookalikes, fixMojibake, normalizeText } from '../../src/article/normalize.js';
import { parseArticle } from '../../src/article/parse-article.js';

describe('Unicode normalisation', () => {
  it('turns curly double and single quotes into straight ones', () => {
    expect(normalizeText('\u201CWe\u2019re ready,\u201D she said of the \u2018plan\u2019.')).toBe("\"We're ready,\" she said of the 'plan'.");
  });

  it('turns non-breaking and other wide spaces into plain spaces', () => {
    expect(normalizeText('Mayor\u00A0Ines Kort met\u202Fher staff.')).toBe('Mayor Ines Kort met her staff.');
  });

  it('maps a Cyrillic С inside a Latin word back to the Latin C', () => {
    expect(fixLookalikes('the \u0421onvention hall')).toBe('the Convention hall');
    expect(normalizeText('the \u0421onvention hall')).not.toMatch(/\u0421/);
  });

  it('leaves a word written wholly in Cyrillic as it is', () => {
    expect(fixLookalikes('\u0421\u043E\u0432\u0435\u0442 met')).toBe('\u0421\u043E\u0432\u0435\u0442 met');
  });

  it('repairs UTF-8 text that was read as Latin-1', () => {
    expect(fixMojibake('her protegÃ©s arrived')).toBe('her protegés arrived');
    expect(fixMojibake('her proteg\u00c3\u0083\u00c2\u00a9s arrived')).toBe('her protegés arrived');
    expect(normalizeText('The cafÃ© owner')).toBe('The café owner');
  });

  it('repairs it when the text was saved decomposed, "Ã" as "A" and a combining tilde', () => {
    expect(normalizeText('said prosecutor Ana Tre\u0301 and Luc Be\u0301ra')).toBe('said prosecutor Ana Tré and Luc Béra');
    expect(normalizeText('said Luc BA\u0303\u00a9ra, a prosecutor')).toBe('said Luc Béra, a prosecutor');
  });

  it('drops a byte-order mark and zero-width characters and unifies line endings', () => {
    expect(normalizeText('\uFEFFOne\u200B line\r\nTwo\rThree')).toBe('One line\nTwo\nThree');
  });

  it('finds a quote written with curly marks and a name spelt with a look-alike letter', () => {
    const article = parseArticle('Pier repairs\n\u201CWe will rebuild the pier,\u201D said Mayor Ines \u041Aort.\nThe work starts soon.');
    expect(article.quotes.map((q) => q.text)).toEqual(['We will rebuild the pier,']);
    expect(article.actors.find((a) => a.id === article.quotes[0]!.speakerId)?.name).toBe('Ines Kort');
  });
});
