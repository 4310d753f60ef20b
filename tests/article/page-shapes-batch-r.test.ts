/**
 * Page shapes met in the eighteenth batch (session 15: a player's position opening a sentence, a
 * title word inside a body's name after "for" or "of", a weekday the same as the publication day, a
 * ground whose first word is a given name), each on invented text of its own (not the fixtures' text).
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/article/dates.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { kindOf, rolesOf } from '../support/parsed-lookups.js';

// Saturday 8 March 2025.
const saturday = '2025-03-08';
const parse = (...paragraphs: string[]) =>
  parseArticle(['Harbour news', '', 'The claim spread quickly over the weekend.', ...paragraphs].join('\n\n'), { publishedAt: saturday });
const report = (...paragraphs: string[]) =>
  parseArticle(['Harwick hold on', '', 'Harwick beat Osby 24-10 at home on Saturday, with a try either side of half-time.', ...paragraphs].join('\n\n'), {
    publishedAt: saturday,
  });

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

describe('a live entry that opens with its author card (batch R)', () => {
  const page = [
    'Valley Courier',
    'LIVE UPDATES',
    'Dam inspection live updates: spillway closed as crews check the wall',
    'Mar. 4, 2026, 11:20 AM EST',
    'Pinned',
    'Hedda Lorn',
    'Environment reporter',
    '7m ago / 11:13 AM EST',
    'Engineers say the dam wall is sound',
    'The county engineer, Bram Osk, said the wall had passed its first check and the spillway would be reopened over the weekend.',
    '"We found nothing that worries us," Osk told reporters at the dam.',
    'Share this -',
    'Copy link',
    'Tove Brann',
    'Senior political correspondent',
    '2h ago / 9:02 AM EST',
    'Residents queue for sandbags',
    'Volunteers handed out 3,000 sandbags in the lower town on Wednesday morning.',
    'Share this -',
  ].join('\n');

  it("takes the entry's title for the headline and its author for the byline, and leaves the next entry out", () => {
    const a = parseArticle(page, {});
    expect(a.headline).toBe('Engineers say the dam wall is sound');
    expect(a.bylines).toEqual(['Hedda Lorn']);
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs.join(' ')).not.toMatch(/Tove Brann|sandbags|Share this|Pinned/);
    expect(a.actors.some((x) => x.name === 'Tove Brann')).toBe(false);
  });

  it('reads "would be reopened over the weekend" in reported speech as the coming weekend', () => {
    const a = parseArticle(page, {});
    expect(a.events.some((e) => e.date === '2026-03-07/2026-03-08' && e.text.includes('spillway would be reopened'))).toBe(true);
  });
});

describe("a newsletter's sponsor blocks and its readers' note (batch R)", () => {
  const letter = [
    'View in browser',
    'THE HARBOUR MORNING',
    'Presented by Quayside Credit',
    'Tuesday, June 3, 2025',
    'Ferry fares frozen, and a new head for the lifeboat station',
    'By Ola Brenne',
    'FERRY FARES',
    'The island ferry company said on Monday it would freeze fares for the summer after a year of complaints from residents.',
    'Principal Marit Sande of the island school said families had been spending more on crossings than on food.',
    'SPONSORED',
    'Quayside Credit: Switch your current account before July and get a free travel card. Terms apply.',
    'LIFEBOAT STATION',
    'The lifeboat station named Ivar Tull as its new coxswain, the station said.',
    'A WORD FROM OUR SPONSOR',
    'Planning a trip? Quayside Credit members pay no fees abroad.',
    'The Harbour Morning is supported by readers and sponsors. Sponsors do not see our stories before they run.',
    'Unsubscribe',
  ].join('\n');

  it("leaves the pitch under a sponsor label, the readers' note and the sponsor out of the story", () => {
    const a = parseArticle(letter, {});
    const body = a.paragraphs.join(' ');
    expect(body).not.toMatch(/travel card|no fees abroad|supported by readers/);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.actors.some((x) => x.name === 'Quayside Credit')).toBe(false);
  });

  it('reads "Principal NAME" opening a sentence as a person with a role', () => {
    const a = parseArticle(letter, {});
    expect(kindOf(a, 'Marit Sande')).toBe('person');
    expect(rolesOf(a, 'Marit Sande').join(' ')).toContain('Principal');
  });

  it('closes a sponsor block at a heading in title case too, in a letter with blank lines between paragraphs', () => {
    const a = parseArticle(
      [
        'The Weekly Tide',
        'Monday, June 2, 2025',
        'A new ferry, and the pier repairs',
        'By Ola Brenne',
        'The island ferry company said on Monday it would add a boat in July.',
        'Together with Quayside Credit',
        'Switch your account before July and get a free travel card.',
        'Terms apply.',
        'The Pier',
        'Repairs to the north pier will start in August, the harbour board said.',
      ].join('\n\n'),
      {},
    );
    expect(a.paragraphs.join(' ')).not.toMatch(/travel card|Terms apply/);
    expect(a.paragraphs.join(' ')).toContain('Repairs to the north pier');
  });

  it('keeps a sponsor label with nothing to close it from taking the story', () => {
    const a = parse(
      'SPONSORED',
      'The mill reopened on Monday, the owners said.',
      'Workers said they were glad to be back.',
      'The owners said orders had doubled.',
      'A union official said pay talks would start in July.',
    );
    expect(a.paragraphs.join(' ')).toContain('The mill reopened');
  });
});

describe('a start after a verb in the future, past a clause that "until" opens (batch R)', () => {
  it('reads "will stay open until 9 p.m. on weekdays from June" as the June ahead', () => {
    const on = (sentence: string) => findDates(sentence, { publishedAt: '2025-05-09', dayFirst: false }).map((d) => [d.expression, d.date]);
    expect(on('The pool will stay open until 8 p.m. on weekdays from June, the council said.')).toEqual([['from June', '2025-06']]);
    expect(on('Prices have risen from June.')).toEqual([['from June', '2024-06']]);
  });
});

describe('a transcript with time-coded speaker labels on lines of their own (batch R)', () => {
  const transcript = [
    'Eastvale Post',
    'Read: the harbour master on the dredging delay',
    'By Post Staff',
    'March 2, 2026',
    'The following transcript was produced by a transcription service.',
    'Harbour Master Ilse Varn (00:00:03):',
    'Good morning. The dredger broke down on Friday and will not be back before April.',
    'Reporter 1 (00:00:41):',
    'Who pays for the repair?',
    'Ilse Varn (00:00:44):',
    'The contractor does. That is in the contract.',
  ].join('\n');

  it("joins each label to its turn and gives the turn's words to the speaker, not to the reporter", () => {
    const a = parseArticle(transcript, {});
    expect(a.paragraphs[1]).toMatch(/^Harbour Master Ilse Varn: Good morning/);
    const speaker = (text: string) => a.actors.find((x) => x.id === a.quotes.find((q) => q.text.startsWith(text))?.speakerId)?.name;
    expect(speaker('The contractor does')).toBe('Ilse Varn');
    expect(speaker('Good morning')).toBe('Ilse Varn');
    expect(a.actors.some((x) => /Reporter/.test(x.name))).toBe(false);
  });

  it('takes "By Post Staff" for a desk that names no one', () => {
    expect(parseArticle(transcript, {}).bylines).toEqual([]);
  });
});
