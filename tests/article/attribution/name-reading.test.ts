import { describe, expect, it } from 'vitest';
import { speakerOf, story } from './story.js';

describe('speakers the parser reads out of names and the lines around a quote', () => {
  it('keeps a line that names a speaker and ends in a colon, above a quote paragraph, in the story and credits the quote to it', () => {
    const article = story(
      'The ferry plan drew crowds in Halden on Monday and more people came later.',
      'Reporter Anna Berg said:',
      '"The harbour is closed and the boats are waiting, and nobody knows when they will leave."',
      'The council meets again on Friday to talk about the ferry plan and its costs.',
    );
    expect(article.paragraphs).toContain('Reporter Anna Berg said:');
    expect(speakerOf(article, 'The harbour is closed')).toBe('Anna Berg');
  });

  it('reads a possessive of a name ending in s before a person as two names ("the Dagens Tidings’ Anna Berg")', () => {
    const article = story('The ferry plan drew crowds in Halden on Monday.', 'As Dagens Tidings’ Anna Berg pointed out in May, "the money is gone."');
    expect(article.actors.map((a) => a.name)).toContain('Anna Berg');
    expect(speakerOf(article, 'the money is gone')).toBe('Anna Berg');
  });

  it('credits the person at the end of "said Body spokesman Navy Capt. Name", past a service branch before a rank', () => {
    expect(speakerOf(story('"The channel stays open," said Harbour Authority spokesman Navy Capt. Erik Lund.'), 'The channel stays open')).toBe('Erik Lund');
  });

  it('reads a month’s short form after a given name as a surname ("Hana Jun"), and still as a month before a day', () => {
    const article = story('"The plan is far from sensible," columnist Hana Jun wrote in the Valley Times.', 'The vote is on Jun 5.');
    expect(speakerOf(article, 'The plan is far from sensible')).toBe('Hana Jun');
    expect(article.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Hana Jun']);
  });

  it('reads "Top" opening a sentence as no part of a name', () => {
    const article = story(
      'Mayor Per Brun won the ferry vote in Halden on Monday.',
      '"It is a good day," Brun said.',
      'Top Brun strategist Ola Nordmann said the "main problem is the money."',
    );
    expect(article.actors.map((a) => a.name)).not.toContain('Top Brun');
  });
});
