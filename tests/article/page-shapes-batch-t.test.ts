/**
 * Shapes met in the twentieth batch (session 20: a party's member as a noun, an office in capitals
 * with no name after it, a news site's tag line and newsletter sign-up under the story), each on
 * invented text of its own.
 */
import { describe, expect, it } from 'vitest';
import { parseStandaloneDate } from '../../src/article/dates.js';
import { parseArticle } from '../../src/article/parse-article.js';

const parse = (...paragraphs: string[]) =>
  parseArticle(['Budget talks drag on', '', 'Talks on the budget went on late into Monday night.', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-04' });
type Parsed = ReturnType<typeof parse>;
const claimSources = (a: Parsed) => a.claims.map((c) => a.actors.find((x) => x.id === c.sourceId)?.name ?? c.sourceText);

describe('a member of a party, as a noun (batch T)', () => {
  it('gives "NAME (D-State), the panel\'s top Democrat, said" to the person, with no actor named "Democrat"', () => {
    const a = parse("Sen. Nora Delacroix (D-Ore.), the panel's top Democrat, said the talks had nearly collapsed twice.");
    expect(claimSources(a)).toEqual(['Nora Delacroix']);
    expect(a.actors.map((x) => x.name)).not.toContain('Democrat');
  });

  it('makes no actor of "a Republican" or "the top Republican", and keeps "Republicans" the party', () => {
    const a = parse(
      "Rep. Carl Dunmore, the committee's top Republican, said the bill was dead.",
      'Republicans said they would vote against it. Even a Republican from the valley said so.',
    );
    expect(claimSources(a)).toEqual(['Carl Dunmore', 'Republican Party']);
    expect(a.actors.filter((x) => x.name === 'Republican')).toEqual([]);
  });
});

describe('a source described by what it knows or whom it is close to (batch T)', () => {
  it('keeps "a person familiar with the matter said" and "an official involved in the planning said" as sources', () => {
    const a = parse(
      'A person familiar with the matter said the vote would slip.',
      'An official involved in the planning said the chamber would sit late.',
      'A Republican close to the leadership said the bill was dead.',
    );
    expect(claimSources(a)).toEqual(['person familiar with the matter', 'official involved in the planning', 'Republican close to the leadership']);
    expect(a.actors.filter((x) => x.unnamed && x.kind === 'person').map((x) => x.name)).toEqual([
      'person familiar with the matter',
      'official involved in the planning',
      'Republican close to the leadership',
    ]);
  });

  it('gives a quote to "said a person familiar with the talks" and "said one Democrat involved in the talks"', () => {
    const a = parse('"It will slip," said a person familiar with the talks.', '"Nobody wants a fight," said one Democrat involved in the talks.');
    expect(a.quotes.map((q) => a.actors.find((x) => x.id === q.speakerId)?.name)).toEqual(['person familiar with the talks', 'Democrat involved in the talks']);
  });

  it('keeps a party word before a noun in its sentence: the words of "Republican claims of ..." are not the Democrats\'', () => {
    const a = parse('Democrats plan to release transcripts to disprove Republican claims of "major progress" in the inquiry.');
    expect(a.quotes).toHaveLength(1);
    expect(a.actors.find((x) => x.id === a.quotes[0]!.speakerId)?.name).not.toBe('Democratic Party');
  });

  it('leaves "the Ohio Republican" to the person the story named, not a source of its own', () => {
    const a = parse('Sen. Jo Marrow (R-Ohio) spoke on Tuesday.', 'The Ohio Republican said the bill was dead.');
    expect(a.actors.filter((x) => x.unnamed && x.kind === 'person')).toEqual([]);
  });
});

describe('an office in capitals with no name after it (batch T)', () => {
  it('gives "The Prime Minister said" to the prime minister the story named, who keeps the title as a role', () => {
    const a = parse(
      'Prime Minister Ana Lindqvist said the deal was done. Treasurer Aaron Whitcombe agreed.',
      'The Prime Minister said she was pleased. The Treasurer said cuts were coming.',
    );
    expect(claimSources(a)).toEqual(['Ana Lindqvist', 'Ana Lindqvist', 'Aaron Whitcombe']);
    expect(a.actors.find((x) => x.name === 'Ana Lindqvist')?.roles).toContain('Prime Minister');
    expect(a.actors.map((x) => x.name)).not.toContain('Prime Minister');
    expect(a.actors.map((x) => x.name)).not.toContain('Treasurer');
  });

  it('makes no actor named after the office when the story names no one holding it', () => {
    const a = parse('She hopes to meet the Treasurer this week.', 'The Prime Minister said little.');
    expect(a.actors.map((x) => x.name)).not.toContain('Treasurer');
    expect(a.actors.map((x) => x.name)).not.toContain('Prime Minister');
  });
});

describe("a news site's foot under the story (batch T)", () => {
  it('ends the story at a "FILED UNDER:" tag line, with the newsletter sign-up below it', () => {
    const a = parse(
      'The vote is expected on Thursday, the clerk said.',
      'FILED UNDER: BUDGET, SENATE, TAXES',
      'Morning Brief',
      'The essential guide to the capital, every weekday morning.',
      'EMAIL',
      'Your Email',
      'By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service.',
    );
    expect(a.paragraphs.at(-1)).toBe('The vote is expected on Thursday, the clerk said.');
    expect(a.subheadings).toEqual([]);
    expect(a.actors.map((x) => x.name)).not.toContain('Terms of Service');
  });

  it('drops a sign-up notice and an email box left in the body on their own', () => {
    const a = parse(
      'The vote is expected on Thursday, the clerk said.',
      'Your email address',
      'By subscribing, you agree to our Terms of Use and Privacy Policy.',
      'The clerk said the chamber would sit late.',
    );
    expect(a.paragraphs).toEqual([
      'Talks on the budget went on late into Monday night.',
      'The vote is expected on Thursday, the clerk said.',
      'The clerk said the chamber would sit late.',
    ]);
  });
});

describe("a national agency's page header (batch T)", () => {
  const page = (stamp: string) =>
    parseArticle(
      [
        'Home > National',
        'Ferry line to add winter sailings',
        stamp,
        '',
        'The state ferry operator will add four winter sailings to its northern route, transport ministry officials said Tuesday.',
        '',
        '"The islands cannot wait for spring," Transport Minister Ren Odagiri told reporters.',
      ].join('\n'),
    );

  it('reads "AGENCY - date - time | section tags" as the agency and the date, not a dateline or a paragraph', () => {
    const a = page('KYODO NEWS - Mar 4, 2025 - 15:42 | All, National, Transport');
    expect([a.publishedAt, a.agency, a.dateline]).toEqual(['2025-03-04', 'Kyodo', null]);
    expect(a.paragraphs[0]).toMatch(/^The state ferry operator/);
    expect(a.actors.map((x) => x.name)).not.toContain('Transport');
  });

  it('reads "AGENCY | Updated: YYYY-MM-DD hh:mm:ss" and "AGENCY - YYYY.MM.DD hh:mm" the same way', () => {
    expect([page('Xinhua | Updated: 2025-03-04 15:42:10').agency, page('Xinhua | Updated: 2025-03-04 15:42:10').publishedAt]).toEqual(['Xinhua', '2025-03-04']);
    expect([page('Yonhap - 2025.03.04 15:42').agency, page('Yonhap - 2025.03.04 15:42').publishedAt]).toEqual(['Yonhap', '2025-03-04']);
  });

  it('reads "AGENCY | Place, date" as the agency, the date and the place the story was filed from', () => {
    const a = page('EFE | Madrid, 4 Mar 2025');
    expect([a.agency, a.publishedAt, a.dateline]).toEqual(['EFE', '2025-03-04', 'Madrid']);
  });

  it('reads a date with the year first between dots or slashes as year, month, day', () => {
    expect(parseStandaloneDate('2025.03.04 15:42')).toBe('2025-03-04');
    expect(parseStandaloneDate('Posted 2025/11/09')).toBe('2025-11-09');
    expect(parseStandaloneDate('2025.13.04')).toBeNull();
  });
});

describe('a disaster story of an international broadcaster (batch T)', () => {
  it('gives "CONTENT, the health agency has warned, as ..." its content, and "CONTENT, the bank has warned." a claim at all', () => {
    const a = parse(
      'Fever cases have doubled in three valley districts, the health agency has warned, as aid groups said water was running out.',
      'Prices will rise again in May, the central bank has warned.',
    );
    expect(a.claims.map((c) => [claimSources(a)[a.claims.indexOf(c)], c.text])).toEqual([
      ['health agency', 'Fever cases have doubled in three valley districts'],
      ['aid groups', 'water was running out'],
      ['central bank', 'Prices will rise again in May'],
    ]);
  });

  it('keeps "MR X, had said," from making the words before it a claim of the person in the aside', () => {
    const a = parse('The row began after Mr. Dole, asked about the strikes under Mr. Varga, had said, "We do plenty of that too."');
    expect(claimSources(a)).not.toContain('Varga');
  });

  it('makes the Red Cross and the Red Crescent bodies, and no claim of "said little"', () => {
    const a = parse('The Red Crescent said it had sent tablets to 20,000 families.', 'The Red Cross said little.');
    expect(a.actors.filter((x) => /^Red /.test(x.name)).map((x) => x.kind)).toEqual(['organization', 'organization']);
    expect(a.claims.map((c) => c.text)).toEqual(['it had sent tablets to 20,000 families']);
  });

  it('splits a caption whose credit is in brackets with a label: "... on Monday [File: Name/Agency]"', () => {
    const a = parseArticle(
      [
        'Floods cut roads to valley towns',
        'A woman carries water through a flooded street on Monday [File: Samir Haddad/Reuters]',
        'Published On 4 Mar 2025',
        '',
        'Floods cut the roads to four valley towns on Monday, officials said.',
      ].join('\n'),
    );
    expect(a.captions).toEqual([
      expect.objectContaining({ text: 'A woman carries water through a flooded street on Monday', credit: 'File: Samir Haddad/Reuters' }),
    ]);
    expect(a.credits).toContainEqual({ name: 'Samir Haddad', role: 'photo' });
  });
});

describe("an Indian daily's web page (batch T)", () => {
  const page = () =>
    parseArticle(
      [
        'Home / City News / Tram line gets cabinet nod',
        'Tram line gets cabinet nod, work to begin in June',
        'By HT Correspondent, Pune',
        'Mar 04, 2025 03:42 PM IST',
        'The state cabinet on Tuesday approved a 9km tram line through the old city, with work expected to begin in June, officials said.',
        'The state cabinet on Tuesday approved a 9km tram line through the old city. (HT Photo)',
        'The state cabinet on Tuesday approved a 9km tram line through the old city, with work expected to begin in June, officials said.',
        'The line will add eleven stops, urban development minister Ravi Kulkarni told reporters after the meeting.',
        '"This will cut travel time by half," Kulkarni said.',
        'Get Current Updates on City News, Weather Today, Latest News at The Daily Post.',
        'TRENDING TOPICS',
        'Tram',
        'Cabinet',
      ].join('\n'),
    );

  it('reads "By OUTLET Correspondent, Place" as a desk byline from that place, naming no one', () => {
    const a = page();
    expect(a.bylines).toEqual([]);
    expect(a.dateline).toBe('Pune');
  });

  it('takes the "(HT Photo)" caption out, and the standfirst the page repeats as the first paragraph once', () => {
    const a = page();
    expect(a.captions.map((c) => c.credit)).toEqual(['HT Photo']);
    expect(a.paragraphs.filter((p) => p.startsWith('The state cabinet on Tuesday'))).toHaveLength(1);
  });

  it('ends the story before the "Get Current Updates" line and the trending topics', () => {
    expect(page().paragraphs.at(-1)).toBe('"This will cut travel time by half," Kulkarni said.');
  });

  it('keeps a portfolio in lower case in the role: "urban development minister"', () => {
    expect(page().actors.find((x) => x.name === 'Ravi Kulkarni')?.roles).toEqual(['urban development minister']);
  });
});

describe("a business channel's page (batch T)", () => {
  const page = () =>
    parseArticle(
      [
        'MARKETS',
        'Ferry stocks slide after fuel levy widens',
        'PUBLISHED TUE, MAR 4 2025 9:12 AM EST',
        'Jordan Pike',
        'KEY POINTS',
        'Shares of ferry operators fell sharply on Tuesday after the levy on marine fuel was widened.',
        "Analysts said the levy could cut the largest operators' profits by as much as 8%.",
        'WATCH NOW',
        'VIDEO 02:14',
        'Why ferry stocks are falling today',
        'Shares of ferry operators fell sharply on Tuesday after the transport ministry widened a levy on marine fuel to cover short crossings.',
        '"This is a much bigger net than the market expected," said Dana Whitfield, an analyst at Harlow Securities.',
        "Don't miss these insights from our markets desk",
        'Three stocks to buy on the dip, according to analysts',
      ].join('\n'),
    );

  it('takes every key point with no bullets into the summary, up to the video box', () => {
    const a = page();
    expect(a.paragraphs[0]).toMatch(/^Shares of ferry operators fell sharply on Tuesday after the transport ministry/);
    expect(a.paragraphs.some((p) => p.startsWith('Analysts said'))).toBe(false);
  });

  it('drops "WATCH NOW" and "VIDEO 02:14", and ends the story at "Don\'t miss ..."', () => {
    const a = page();
    expect(a.subheadings).not.toContain('WATCH NOW');
    expect(a.subheadings).not.toContain('VIDEO 02:14');
    expect(a.paragraphs.at(-1)).toMatch(/^"This is a much bigger net/);
  });
});

describe("an archive notice over a newspaper's headline (batch T)", () => {
  it('takes "This article is more than 1 year old" for furniture, not the headline', () => {
    const a = parseArticle(
      [
        'This article is more than 1 year old',
        'Harbour board delays dredging plan after protests',
        'Nina Okafor',
        'Tue 4 Mar 2025 14.05 GMT',
        'The harbour board has delayed a plan to dredge the main channel until the autumn after protests by fishing crews.',
        '"We have listened," the board\'s chair, Colm Reddy, said.',
      ].join('\n'),
    );
    expect(a.headline).toBe('Harbour board delays dredging plan after protests');
  });
});

describe("an Indian national daily's stamps (batch T)", () => {
  const page = () =>
    parseArticle(
      [
        'NATIONAL',
        'Flood relief: Centre releases funds to three States',
        'Updated - March 04, 2025 03:42 pm IST - NEW DELHI',
        'The Hindu Bureau',
        'The Home Ministry on Tuesday released funds to three States hit by floods last month, officials said.',
        'Home Minister Arvind Rao said the money would be used to rebuild roads, bridges and schools. "No State will be left behind," he said.',
        'Opposition parties said the amount was far short of what the States had sought.',
        'Published - March 04, 2025 01:10 pm IST',
        'Read Comments',
      ].join('\n'),
    );

  it('reads the place in capitals after the time and its zone as the dateline', () => {
    expect([page().publishedAt, page().dateline]).toEqual(['2025-03-04', 'NEW DELHI']);
  });

  it('takes "Published - date" and "Read Comments" at the foot for the page\'s, not subheadings', () => {
    const a = page();
    expect(a.subheadings).toEqual([]);
    expect(a.paragraphs.at(-1)).toBe('Opposition parties said the amount was far short of what the States had sought.');
  });
});

describe('a brief of two paragraphs between short header and foot lines (batch T)', () => {
  it('reads one paragraph per line, and the foot\'s "Published - date" is no reason to read the story as a standfirst', () => {
    const a = parseArticle(
      [
        'NATIONAL',
        'Flood relief: Centre releases funds to three States',
        'Updated - March 04, 2025 03:42 pm IST - NEW DELHI',
        'The Hindu Bureau',
        'The Home Ministry on Tuesday released funds to three States hit by floods last month, officials said.',
        'Opposition parties said the amount was far short of what the States had sought.',
        'Published - March 04, 2025 01:10 pm IST',
        'Read Comments',
      ].join('\n'),
    );
    expect([a.headline, a.publishedAt, a.dateline]).toEqual(['Flood relief: Centre releases funds to three States', '2025-03-04', 'NEW DELHI']);
    expect(a.paragraphs).toEqual([
      'The Home Ministry on Tuesday released funds to three States hit by floods last month, officials said.',
      'Opposition parties said the amount was far short of what the States had sought.',
    ]);
  });
});

describe("a US local station's story (batch T)", () => {
  const story = () =>
    parseArticle(
      [
        'Water main break closes downtown streets',
        'by: Kayla Brooks',
        'Posted: Mar 4, 2025 / 03:42 PM CST',
        'SHARE',
        'MILLBROOK, Ark. (KMBK) — A water main break closed several downtown streets Tuesday afternoon and left dozens of businesses without water, city officials said.',
        'Crews were called to the corner of Emma Avenue and Main Street around 1 p.m., according to Millbrook Water Utilities.',
        '"We expect to have water back by tonight," utilities director Mark Dunn said.',
      ].join('\n'),
    );

  it("gives the first sentence's claim without the dateline, though the state's abbreviation ends a sentence for the splitter", () => {
    expect(story().claims[0]!.text).toMatch(/^A water main break closed several downtown streets/);
  });

  it('reads "according to X" after "A and Main Street ..." as the whole sentence, not from the street\'s name', () => {
    expect(story().claims.map((c) => c.text)).toContain('Crews were called to the corner of Emma Avenue and Main Street around 1 p.m');
  });
});

describe("a US network's web page (batch T)", () => {
  const page = () =>
    parseArticle(
      [
        'Politics',
        'Senate passes stopgap bill hours before shutdown deadline',
        'The bill funds the government through mid-April.',
        'ByRachel Kim and Omar Haddad',
        'March 14, 2025, 11:42 PM',
        'The Senate passed a stopgap spending bill late Friday, hours before a partial government shutdown was set to begin.',
        "The measure passed 62-36 and now heads to the president's desk.",
        '"Nobody got what they wanted, and that\'s usually the sign of a deal," Sen. Paula Greer, R-Maine, said on the floor.',
      ].join('\n'),
    );

  it('reads a "By" run on to the first name ("ByRachel Kim and Omar Haddad") as the byline', () => {
    expect(page().bylines).toEqual(['Rachel Kim', 'Omar Haddad']);
  });

  it('makes no actor of the party and state after a lawmaker\'s name ("Sen. Paula Greer, R-Maine, said")', () => {
    const a = page();
    expect(a.actors.map((x) => x.name)).not.toContain('R-Maine');
    expect(a.quotes.map((q) => a.actors.find((x) => x.id === q.speakerId)?.name)).toEqual(['Paula Greer']);
  });
});
