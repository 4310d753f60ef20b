/**
 * Page shapes met in the eleventh batch of fresh pages (session 11), each on invented text of its own
 * (not the fixtures' text): a date printed twice and run together, a legal newswire's dated opener and
 * its facts box, an agency in the byline's place before a dot and the date, a caption over a
 * photographer's credit alone on its line, "(Name/Outlet)" and "[Name/Outlet]" credits, a list of
 * links marked "list N of M", audio-player furniture, a sentence that opens "Reporting from", a credit
 * line after two dashes, and a person named with the firm they work for ("NAME of FIRM LLP").
 */
import { describe, expect, it } from 'vitest';
import { CREDIT_LINE, splitCaption } from '../../src/article/credits.js';
import { readDateline } from '../../src/article/dateline.js';
import { parseStandaloneDate } from '../../src/article/dates.js';
import { isFurnitureLine } from '../../src/article/page-furniture.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { riverStory as story, structuredPage as page } from './story.js';

describe('dates and openers of batch K pages', () => {
  it('reads a date that a page prints twice, run together ("4 Jun 20264 Jun 2026")', () => {
    expect(parseStandaloneDate('Published On 4 Jun 20264 Jun 2026')).toBe('2026-06-04');
  });

  it('reads "Outlet (Month D, YYYY, H:MM PM EST) --" as an opener with a date and no place or agency', () => {
    expect(readDateline('Benchmark (April 9, 2026, 3:12 PM EDT) -- A state court on Thursday upheld ...')).toMatchObject({
      place: null,
      agency: null,
      date: '2026-04-09',
    });
    const s = page(
      'Court upholds Tarrow zoning rule',
      'By Ines Marl',
      'Benchmark (April 9, 2026, 3:12 PM EDT) -- A state court on Thursday upheld a zoning rule in Tarrow.',
      ...story,
    );
    expect(s.publishedAt).toBe('2026-04-09');
    expect(s.paragraphs[0]).toMatch(/^Benchmark \(April 9/);
  });

  it('reads "The Canadian Press · Posted: date | Last Updated: ..." as the date line and the agency', () => {
    const s = page('Ferry to Île-Brume halted', 'The Canadian Press · Posted: Mar 3, 2026 9:10 AM EST | Last Updated: 2 hours ago', ...story);
    expect(s.publishedAt).toBe('2026-03-03');
    expect(s.agency).toBe('The Canadian Press');
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('takes "This report by AGENCY was first published DATE." at the foot for furniture that names the agency', () => {
    const s = page('Ferry to Île-Brume halted', 'March 3, 2026', ...story, 'This report by The Canadian Press was first published March 3, 2026.');
    expect(s.paragraphs).toHaveLength(story.length);
    expect(s.agency).toBe('The Canadian Press');
  });
});

describe('captions and credits of batch K pages', () => {
  it('takes a sentence over a "Name/Outlet" line for a caption, with "hide caption" and "toggle caption" around the credit', () => {
    const s = page(
      'Brekhaven sluices open',
      'May 3, 2026',
      'Mara Selt',
      'Boats wait below the sluice gates at Brekhaven on Friday.',
      'Mara Selt/KBRH',
      'hide caption',
      'toggle caption',
      'Mara Selt/KBRH',
      ...story,
    );
    expect(s.paragraphs).toHaveLength(story.length);
    expect(s.paragraphs.join(' ')).not.toMatch(/Boats wait|caption/);
  });

  it('reads "(Name/Outlet)" and "[Name/Outlet]" after a sentence as a photo credit', () => {
    expect(splitCaption('A barge at the quay in Brekhaven on Monday. (Odile Marchand/Radio Estuaire)')).toEqual({
      text: 'A barge at the quay in Brekhaven on Monday.',
      credit: 'Odile Marchand/Radio Estuaire',
    });
    expect(splitCaption('Farmers move cattle near Brekhaven on Monday [Tomas Reyl/Coastline]')?.credit).toBe('Tomas Reyl/Coastline');
  });

  it('keeps a sentence that opens "Reporting from PLACE" in the story, and reads "--Editing by NAME." as a credit', () => {
    expect(CREDIT_LINE.test("Reporting from Brekhaven, Coastline's Ivo Marr said the dykes had held, leaving boats to reach farms by road.")).toBe(false);
    expect(CREDIT_LINE.test('--Editing by Kees Ram.')).toBe(true);
    expect(CREDIT_LINE.test('Reporting and writing by Kees Ram')).toBe(true);
    const s = page(
      'Brekhaven sluices open',
      'May 3, 2026',
      ...story,
      "Reporting from Brekhaven, Coastline's Ivo Marr said the dykes had held, leaving boats to reach farms by road.",
      '--Editing by Kees Ram.',
    );
    expect(s.paragraphs).toHaveLength(story.length + 1);
    expect(s.credits).toContainEqual(expect.objectContaining({ name: 'Kees Ram' }));
  });
});

describe('furniture and boxes inside batch K stories', () => {
  it("takes an audio player's controls and a share counter for furniture", () => {
    for (const line of [
      'Listen · 3:08',
      '3-Minute Listen',
      'Playlist',
      'Download',
      'Embed',
      'Transcript',
      'Social Sharing',
      'share7',
      'Save articles to read later and create your own reading list.',
    ])
      expect(isFurnitureLine(line), line).toBe(true);
    expect(isFurnitureLine('The transcript was released on Monday.')).toBe(false);
  });

  it('drops a list of links marked "list N of M" ... "end of list" from the story', () => {
    const s = page(
      'Brekhaven sluices open',
      'May 3, 2026',
      story[0]!,
      'Keep reading',
      'list 1 of 2',
      'Dyke repairs fall behind',
      'list 2 of 2',
      'Why the river rises',
      'end of list',
      ...story.slice(1),
    );
    expect(s.paragraphs).toHaveLength(story.length);
    expect(s.paragraphs.join(' ')).not.toMatch(/Dyke repairs|rises|list/);
  });

  it('drops a facts box of labelled lines ("Case No. ...", "Court: ...") and its title from the story', () => {
    const s = page(
      'Court upholds Tarrow zoning rule',
      'May 3, 2026',
      `BREKHAVEN — ${story[0]!}`,
      'Case Details',
      'Case Title: Marl v. Town of Tarrow',
      'Case No. 26-0412',
      'Court: Tarrow County Superior Court',
      'Filed: 2025',
      ...story.slice(1),
    );
    expect(s.paragraphs).toHaveLength(story.length);
    expect(s.paragraphs.join(' ')).not.toMatch(/Case|Court:/);
  });
});

describe('people named with their firm', () => {
  it('reads "NAME of FIRM LLP" as a person and a firm, not one name', () => {
    const a = parseArticle(
      ['Court upholds Tarrow zoning rule', 'May 3, 2026', 'Marta Lind of Osk Brandt LLP, who represents the town, said the ruling was correct.'].join('\n'),
    );
    expect(a.actors.find((x) => x.name === 'Marta Lind')?.kind).toBe('person');
    expect(a.actors.find((x) => x.name === 'Osk Brandt LLP')?.kind).toBe('organization');
  });
});

describe('courts, firms and streams of a legal newswire', () => {
  const ruling = (...body: string[]) => parseArticle(['Court revives Tarrow mill suit', 'May 3, 2026', ...body].join('\n'));

  it('keeps an ampersand inside a firm\'s name that a legal form closes ("Osk & Brandt LLP")', () => {
    const a = ruling('Marta Lind of Osk & Brandt LLP, who represents the mill, said her client was "ready for trial."');
    expect(a.actors.find((x) => x.name === 'Osk & Brandt LLP')?.kind).toBe('organization');
    expect(a.actors.some((x) => x.name === 'Brandt LLP')).toBe(false);
    expect(a.actors.find((x) => x.id === a.quotes[0]?.speakerId)?.name).toBe('Marta Lind');
  });

  it('reads "the Ninth Circuit" as a court, not a person, and "X Run" as a stream', () => {
    const a = ruling('The Ninth Circuit said the trial judge had erred. Runoff from the mill reached Tarrow Run, the residents say.');
    expect(a.actors.find((x) => x.name === 'Ninth Circuit')?.kind).not.toBe('person');
    expect(a.actors.find((x) => x.name === 'Tarrow Run')?.kind).toBe('place');
  });

  it('gives a lawyer\'s report that "the company denied" the kind of a denial', () => {
    const a = ruling(
      'Marta Lind of Osk Brandt LLP, a lawyer for Tarrow Milling, said the company denied that its runoff had reached the stream and was weighing an appeal.',
    );
    const lind = a.actors.find((x) => x.name === 'Marta Lind');
    expect(a.claims.find((c) => c.sourceId === lind?.id && c.text.includes('its runoff had reached'))?.kind).toBe('denial');
  });
});

describe('a Canadian page with French names', () => {
  const story = (...body: string[]) => parseArticle(['Ferry to Île-Brume halted', 'March 3, 2026', ...body].join('\n'));

  it('reads a French body\'s name through its particles and lower-case words ("Régie des quais de l\'Anse-Brume") as one organisation', () => {
    const a = story("The Régie des quais de l'Anse-Brume said ice had cracked the ramp on Sunday.");
    const body = a.actors.find((x) => x.name === "Régie des quais de l'Anse-Brume");
    expect(body?.kind).toBe('organization');
    expect(a.claims.find((c) => c.text.includes('cracked the ramp'))?.sourceId).toBe(body?.id);
  });

  it('knows a Canadian province as a place ("Saskatchewan\'s ferry agency")', () => {
    const a = story("Saskatchewan's ferry agency said crossings would resume in April.");
    expect(a.actors.find((x) => x.name === 'Saskatchewan')?.kind).toBe('place');
  });
});

describe('unnamed sources inside a named body', () => {
  it('gives what "a source in the X Ministry, who was not authorized to speak, said" to the source, not the ministry', () => {
    const a = parseArticle(
      [
        'Ferry to Île-Brume halted',
        'March 3, 2026',
        'A source in the Harbours Ministry, who was not authorized to speak publicly, said a barge service could begin next week.',
      ].join('\n'),
    );
    const claim = a.claims.find((c) => c.text.includes('barge service could begin'));
    expect(a.actors.find((x) => x.id === claim?.sourceId)?.name).toBe('source in the Harbours Ministry');
  });
});

describe('what is no caption', () => {
  it('keeps a line in quotation marks over an outlet credit with no photographer ("Getty/Instagram.") in the story', () => {
    const s = page(
      'Voters speak',
      'May 3, 2026',
      '"We need the ferry back. Without it this town is cut off from everything," one reader wrote.',
      'Getty/Instagram.',
      ...story,
    );
    expect(s.paragraphs[0]).toMatch(/^"We need the ferry back/);
  });
});
