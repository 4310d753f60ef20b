/**
 * Page shapes met in the seventeenth batch of fresh pages (session 14: a fact-check's rating given
 * inside a sentence, a forwarded chat message quoted in fragments, sports positions that are also
 * common words, a club named by its first word in a match report), each on invented text of its own
 * (not the fixtures' text).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { kindOf, speakerOf } from '../support/parsed-lookups.js';

const parse = (...paragraphs: string[]) =>
  parseArticle(['Harbour news', '', 'The claim spread quickly over the weekend.', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });

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
    const a = parse(
      'A chain message circulating on Telegram claims the tap water "is not safe to drink", but Brisby council said the water was "perfectly safe".',
    );
    expect(speakerOf(a, 'is not safe to drink')).toBeUndefined();
    expect(speakerOf(a, 'perfectly safe')).not.toBeUndefined();
  });
});

describe('positions that are also common words, on a match report only (batch Q)', () => {
  const report = (...paragraphs: string[]) =>
    parseArticle(['Harwick hold on', '', 'Harwick beat Osby 24-10 at home on Saturday, with a try either side of half-time.', ...paragraphs].join('\n\n'), {
      publishedAt: '2025-03-05',
    });
  const rolesOf = (a: ReturnType<typeof parse>, name: string) => a.actors.find((x) => x.name === name)?.roles ?? [];

  it('gives "centre NAME", "lock NAME" and "prop NAME" a person and the position for a role', () => {
    const a = report(
      'The conversion was kicked by centre Joost Rask, and lock Vidar Tamm and prop Aron Pell were sin-binned.',
      'Osby centre Ivo Kell said his side had been poor.',
    );
    for (const [name, role] of [
      ['Joost Rask', 'centre'],
      ['Vidar Tamm', 'lock'],
      ['Aron Pell', 'prop'],
    ] as const) {
      expect(kindOf(a, name)).toBe('person');
      expect(rolesOf(a, name).join(' ')).toContain(role);
    }
    expect(kindOf(a, 'Ivo Kell')).toBe('person');
  });

  it('reads "centre", "lock" and "prop" as common words on a page with no match', () => {
    const a = parse(
      'Police said a lock Anna Lode had fitted was broken.',
      'The shop in the town centre Ilse Varn opened in May is to close, the council said.',
    );
    expect(rolesOf(a, 'Anna Lode')).not.toContain('lock');
    expect(rolesOf(a, 'Ilse Varn')).not.toContain('centre');
  });
});

describe('telling a match report from political copy that uses match words', () => {
  it('reads a 5-4 ruling on the death penalty, a goal of the governor, as no match report', () => {
    const a = parse(
      'The court upheld the death penalty in a 5-4 ruling, a goal the governor had pursued for years.',
      'The Tarnby Policy Center, led by wing Ilse Varn, said the ruling would be appealed.',
    );
    expect(kindOf(a, 'Tarnby Policy Center')).toBe('organization');
    expect(a.actors.find((x) => x.name === 'Ilse Varn')?.roles ?? []).not.toContain('wing');
  });
});

describe('a club named by its first word under a results strip (batch Q)', () => {
  const matchPage = (...prose: string[]) =>
    parseArticle(
      ['Fenby Sport', 'Harrow City 2-1 Quenby Rovers', 'Late winner lifts the hosts off the bottom', 'By Ines Marl', 'March 3, 2026', ...prose].join('\n'),
      {},
    );

  it('joins "Harrow" to the side "Harrow City" of the strip, not an actor of its own', () => {
    const a = matchPage('Harrow came from behind to beat Quenby on Saturday, with both goals after half-time.', 'Quenby had led through a first-half penalty.');
    const harrow = a.actors.filter((x) => x.name === 'Harrow' || x.aliases.includes('Harrow'));
    expect(harrow).toHaveLength(1);
    expect(harrow[0]!.name).toBe('Harrow City');
    expect(harrow[0]!.kind).toBe('organization');
    expect(a.actors.find((x) => x.aliases.includes('Quenby'))?.name).toBe('Quenby Rovers');
  });

  it('leaves a one-word name alone when no side of the strip opens with it', () => {
    const a = matchPage('Harrow came from behind on Saturday, and Ilse Varn scored after half-time.');
    expect(a.actors.find((x) => x.name === 'Ilse Varn')?.kind).toBe('person');
    expect(a.actors.some((x) => x.name === 'Ilse' || x.aliases.includes('Ilse'))).toBe(false);
  });
});

describe('grounds named for their road (batch Q)', () => {
  it('takes a name closing in "Road" or "Lane" right after "at" for a place', () => {
    const a = parse('Harwick beat Osby at Tolbrook Road on Saturday.', 'The replay will be held at Marsh Lane in March.');
    expect(kindOf(a, 'Tolbrook Road')).toBe('place');
    expect(kindOf(a, 'Marsh Lane')).toBe('place');
  });
});
