/**
 * Page shapes met in the eighteenth batch (session 15: a player's position opening a sentence, a
 * title word inside a body's name after "for" or "of", a weekday the same as the publication day, a
 * ground whose first word is a given name), each on invented text of its own (not the fixtures' text).
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/article/dates.js';
import { parseArticle } from '../../src/article/parse-article.js';

// Saturday 8 March 2025.
const saturday = '2025-03-08';
const parse = (...paragraphs: string[]) =>
  parseArticle(['Harbour news', '', 'The claim spread quickly over the weekend.', ...paragraphs].join('\n\n'), { publishedAt: saturday });
const report = (...paragraphs: string[]) =>
  parseArticle(['Harwick hold on', '', 'Harwick beat Osby 24-10 at home on Saturday, with a try either side of half-time.', ...paragraphs].join('\n\n'), {
    publishedAt: saturday,
  });
type Parsed = ReturnType<typeof parse>;
const kindOf = (a: Parsed, name: string) => a.actors.find((x) => x.name === name)?.kind;
const rolesOf = (a: Parsed, name: string) => a.actors.find((x) => x.name === name)?.roles ?? [];

describe('a position opening a sentence (batch R)', () => {
  it('finds the player after "Lock", "Winger" and "Second-row" at the start, with a given name the list does not hold', () => {
    const a = report('Lock Vidar Tamm was sin-binned after the break.', 'Winger Oskar Brede scored twice.', 'Second-row Aled Moss was sent off late on.');
    for (const [name, role] of [
      ['Vidar Tamm', 'lock'],
      ['Oskar Brede', 'winger'],
      ['Aled Moss', 'second-row'],
    ] as const) {
      expect(kindOf(a, name)).toBe('person');
      expect(rolesOf(a, name).join(' ').toLowerCase()).toContain(role);
    }
  });

  it('gives a plural position to the first of the players it covers ("Centres Ana Loft and ...")', () => {
    const a = report('Centres Ana Loft and Tomas Vell both scored.');
    expect(kindOf(a, 'Ana Loft')).toBe('person');
    expect(a.actors.some((x) => x.name.startsWith('Centres'))).toBe(false);
  });

  it('keeps the person, and gives no role, after "Lock", "Wing" or "Prop" on a page that is no match report', () => {
    const a = parse('Lock Ana Loft said the club would appeal.', 'Prop Ivo Kell said he was fit.');
    expect(kindOf(a, 'Ana Loft')).toBe('person');
    expect(kindOf(a, 'Ivo Kell')).toBe('person');
    expect(rolesOf(a, 'Ana Loft')).toEqual([]);
  });

  it('leaves a name of two plain words after a role to the body it names ("Teacher Training Agency")', () => {
    const a = parse('Teacher Training Agency said it would review the course.');
    expect(kindOf(a, 'Teacher Training Agency')).toBe('organization');
  });
});

describe("a title word inside a body's name (batch R)", () => {
  it('reads "The Center for Justice Studies said" as one organisation, no person "Studies"', () => {
    const a = parse('The Center for Justice Studies said the ruling was flawed.', 'A report by the Institute for Justice Reform agreed.');
    expect(kindOf(a, 'Center for Justice Studies')).toBe('organization');
    expect(kindOf(a, 'Institute for Justice Reform')).toBe('organization');
    expect(kindOf(a, 'Studies')).toBeUndefined();
    expect(kindOf(a, 'Reform')).toBeUndefined();
  });

  it('keeps "Center for ..." whole when it opens the sentence before a person', () => {
    const a = parse('Center for Justice Studies director Vidar Tamm said the ruling was flawed.');
    expect(kindOf(a, 'Center for Justice Studies')).toBe('organization');
    expect(kindOf(a, 'Vidar Tamm')).toBe('person');
  });

  it('still reads a title after "of" before a given name as the person\'s ("Minister of Justice Ana Loft")', () => {
    const a = parse('Minister of Justice Ana Loft said the ruling would stand.');
    expect(kindOf(a, 'Ana Loft')).toBe('person');
  });
});

describe('a weekday that is the publication day (batch R)', () => {
  const on = (sentence: string) => findDates(sentence, { publishedAt: saturday, dayFirst: false }).map((d) => [d.expression, d.date]);

  // Wires write "said on Saturday" of the day they publish; a page published on a Saturday that
  // means the Saturday before says "last Saturday" or gives the date.
  it('reads a past "at X on Saturday" on a Saturday page as that day, and "last Saturday" as the week before', () => {
    expect(on('Harwick beat Osby at Tolbrook on Saturday.')).toEqual([['on Saturday', '2025-03-08']]);
    expect(on('Harwick beat Osby at Tolbrook last Saturday.')).toEqual([['last Saturday', '2025-03-01']]);
  });

  it('reads "next Saturday" a week ahead and a fixture today as that day', () => {
    expect(on('The teams met at Tolbrook on Saturday and will meet again there next Saturday.')).toEqual([
      ['on Saturday', '2025-03-08'],
      ['next Saturday', '2025-03-15'],
    ]);
    expect(on('Harwick play Osby at Tolbrook on Saturday.')).toEqual([['on Saturday', '2025-03-08']]);
  });

  it('reads a fixture verb after a past clause about the club ahead ("who lost on Saturday, face X on Sunday")', () => {
    expect(on('Harwick, who lost at Tolbrook on Saturday, face Osby on Sunday.')).toEqual([
      ['on Saturday', '2025-03-08'],
      ['on Sunday', '2025-03-09'],
    ]);
  });
});

describe('a ground whose first word is a given name (batch R)', () => {
  it('takes "at Gareth Park" and "at Lewis Field" for places', () => {
    const a = parse('Harwick beat Osby at Gareth Park on Sunday.', 'The replay will be held at Lewis Field.');
    expect(kindOf(a, 'Gareth Park')).toBe('place');
    expect(kindOf(a, 'Lewis Field')).toBe('place');
  });

  it('keeps a person after a word that aims at someone, or one the story names elsewhere', () => {
    expect(kindOf(parse('The coach was angry at Jenny Hall.'), 'Jenny Hall')).toBe('person');
    expect(kindOf(parse('Osby hit out at Jenny Hall.'), 'Jenny Hall')).toBe('person');
    const a = parse('Jenny Hall, the club secretary, said the gates would open early.', 'Fans queued at Jenny Hall before the vote.');
    expect(kindOf(a, 'Jenny Hall')).toBe('person');
  });
});
