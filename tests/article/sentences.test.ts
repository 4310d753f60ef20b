/** Sentence boundaries around quotation marks, on invented sentences. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/article/sentences.js';
import { speakerOf, story } from './attribution/story.js';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

describe('a quote that ends in its own question or exclamation mark', () => {
  it('stays one sentence with the name and any verb of saying after it', () => {
    expect(texts('"A loan?" Berg repeated. "Never again!" Ann Holt shouted from the back. "Why us?" Ines Varga wondered.')).toEqual([
      '"A loan?" Berg repeated.',
      '"Never again!" Ann Holt shouted from the back.',
      '"Why us?" Ines Varga wondered.',
    ]);
  });

  it('ends its sentence when what follows is not a speaker saying it', () => {
    expect(texts('"Enough!" The hall went quiet. "Is it safe?" Berg asked. Officials said it was.')).toEqual([
      '"Enough!"',
      'The hall went quiet.',
      '"Is it safe?" Berg asked.',
      'Officials said it was.',
    ]);
  });

  it('after a full stop, only when the attribution ends soon', () => {
    expect(texts('"It held." Berg said on Monday. "It held." Berg said the dam was safe.')).toEqual([
      '"It held." Berg said on Monday.',
      '"It held."',
      'Berg said the dam was safe.',
    ]);
  });

  it('is credited to the speaker named after it, not to the one before', () => {
    const article = story('"Who pays for the pumps?" Olaf Quist asked at the meeting. "Not this year!" Maria Holt shouted from the back.');
    expect(speakerOf(article, 'Who pays')).toBe('Olaf Quist');
    expect(speakerOf(article, 'Not this year!')).toBe('Maria Holt');
  });

  it('is credited to the speaker named after it even after two quotes of another speaker', () => {
    const article = story(
      '"Who pays for the pumps?" Olaf Quist asked at the meeting. "A farmer?" Quist repeated. "Not this year!" Maria Holt shouted from the back.',
    );
    expect(speakerOf(article, 'A farmer?')).toBe('Olaf Quist');
    expect(speakerOf(article, 'Not this year!')).toBe('Maria Holt');
  });

  it('is credited to the speaker named after the verb after it, after two quotes of another speaker', () => {
    const article = story('"Who pays for the pumps?" Olaf Quist asked at the meeting. "A farmer?" Quist repeated. "Not this year," said Maria Holt.');
    expect(speakerOf(article, 'Not this year')).toBe('Maria Holt');
  });

  it('stays with the speaker before when it names no one of its own', () => {
    const article = story('"Who pays for the pumps?" Olaf Quist asked at the meeting. "A farmer?" Quist repeated. "Not this year."');
    expect(speakerOf(article, 'Not this year')).toBe('Olaf Quist');
  });
});
