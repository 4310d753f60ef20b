/**
 * Shapes met in the twenty-first batch (session 21: what was said with commas of its own before a
 * trailing "X said", a plural noun after a quantity read as a verb, verbs of hinting and grumbling),
 * each on invented text of its own.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';

const parse = (...paragraphs: string[]) =>
  parseArticle(['Port rules tighten', '', 'The port authority met late into Monday night.', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-04' });
type Parsed = ReturnType<typeof parse>;
const claimsOf = (a: Parsed) => a.claims.map((c) => `${a.actors.find((x) => x.id === c.sourceId)?.name ?? c.sourceText}: ${c.text}`);

describe('what was said, with commas of its own, before a trailing attribution (batch U)', () => {
  it('keeps the whole clause when a participle phrase sits inside it: "The new rules, published late Monday, extend ..., the department said."', () => {
    const a = parse('The new rules, published late Monday, extend the ban to imported parts, the department said.');
    expect(claimsOf(a)).toEqual(['department: The new rules, published late Monday, extend the ban to imported parts']);
  });

  it('keeps the clause whole when its subject ends in a number or a place: "Sales, flat in May, rose 3%, the company said."', () => {
    const a = parse('Sales at the Norvale plant, flat in May, rose 3% in June, Tessaly Motors said.');
    expect(claimsOf(a)).toEqual(['Tessaly Motors: Sales at the Norvale plant, flat in May, rose 3% in June']);
  });

  it('still reads a source with an appositive after what was said: "..., Jon Pell, a site manager, said."', () => {
    const a = parse('The tunnel would hold through the winter, Jon Pell, a site manager, said.');
    expect(claimsOf(a)).toEqual(['Jon Pell: The tunnel would hold through the winter']);
  });
});

describe('a plural noun after a quantity or a preposition (batch U)', () => {
  it('reads "states" in "across many states" and "to other states" as a noun, not a trailing "X states"', () => {
    const a = parse(
      'Her support in Ohio is six points below the party average, with weak results across many states.',
      'If Ohio loses jobs to other states, its members of Congress will act.',
    );
    expect(a.claims).toEqual([]);
  });

  it('reads "in 14 states" as a noun and still reads "The report states that" as a verb', () => {
    const a = parse('Voters in 14 states will cast ballots on Tuesday.', 'The audit report states that the fund lost money.');
    expect(claimsOf(a)).toEqual(['audit: the fund lost money']);
  });
});

describe('verbs of hinting and grumbling (batch U)', () => {
  it('reads "hinted that", "alluded to" and a quote closed by "he groaned" as what a person said', () => {
    const a = parse(
      'Mayor Ilse Brandt hinted that a shake-up was near.',
      'Councillor Ravi Osei alluded to the missing funds in his speech.',
      '"We have been here before," Osei groaned.',
    );
    expect(claimsOf(a)).toEqual([
      'Ilse Brandt: hinted that a shake-up was near',
      'Ravi Osei: alluded to the missing funds in his speech',
      'Ravi Osei: We have been here before',
    ]);
    expect(a.quotes.map((q) => [a.actors.find((x) => x.id === q.speakerId)?.name, q.cue])).toEqual([['Ravi Osei', 'groaned']]);
  });

  it('makes no claim of "hinted" with nothing after it', () => {
    const a = parse('Asked about the budget, the mayor only hinted.');
    expect(a.claims).toEqual([]);
  });
});

describe('whom "told" addresses, and roles in front of a name (batch U)', () => {
  it('leaves "a radio station" and "a local paper" out of what was told', () => {
    const a = parse(
      'Clara Duval, asked about the plan, told a radio station it was fine.',
      'Otto Brenner told a local paper officials were worried.',
      'Mia Sand told the paper the plan was fine.',
    );
    expect(claimsOf(a)).toEqual(['Clara Duval: it was fine', 'Otto Brenner: officials were worried', 'Mia Sand: the plan was fine']);
  });

  it('gives no role from an adverbial clause in front: "Speaking after a meeting of ministers, Vogt said"', () => {
    const a = parse('Speaking to reporters after a meeting of ministers, Lena Vogt said the bloc was ready.', 'After the mayor of Tarn left, Ivo Bak said no.');
    expect(a.actors.find((x) => x.name === 'Lena Vogt')?.roles).toEqual([]);
    expect(a.actors.find((x) => x.name === 'Ivo Bak')?.roles).toEqual([]);
  });

  it('keeps roles headed by a post: "The head of the agency, X", "met with the party\'s leader, X", "Berg\'s trade adviser, X"', () => {
    const a = parse(
      'The head of the agency, Ola Berg, said no.',
      "Ministers met with the ruling party's leader, Kim Aho, on Monday.",
      "Berg's trade adviser, Tomas Reyes, said yes.",
    );
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => [x.name, x.roles])).toEqual([
      ['Ola Berg', ['head of the agency']],
      ['Kim Aho', ["ruling party's leader"]],
      ['Tomas Reyes', ["Berg's trade adviser"]],
    ]);
  });
});

describe('page headers and feet of station and agency-fed sites (batch U)', () => {
  const page = (...lines: string[]) => parseArticle(lines.join('\n'));

  it('reads "by NAME | Staff reporter" in lower case as a byline, not a menu', () => {
    const a = page(
      'Harbour bridge gets final approval',
      '',
      'by Jonna Vail | Staff reporter',
      'Posted: Mar 4, 2025 / 06:12 PM CST',
      '',
      'TARROW, Ill. (KTRW) — The city council voted 6-3 on Tuesday night to approve a new bridge over the river.',
      '',
      'Work is expected to start in the fall, officials said.',
    );
    expect(a.bylines).toEqual(['Jonna Vail']);
    expect(a.paragraphs).toHaveLength(2);
  });

  it('drops a "Home / Section / headline" breadcrumb, an "(With inputs from agencies)" line and a "Get Latest ... News" footer', () => {
    const a = page(
      'Home / Nation News / Budget session: Opposition walks out over fuel prices',
      '',
      'Budget session: Opposition walks out over fuel prices',
      '',
      'By Harbour Wire Service',
      'Updated on: Jul 22, 2025 04:32 PM IST',
      '',
      'Opposition members walked out of the assembly on Tuesday after the Speaker denied a debate on fuel prices.',
      '',
      'The session will run until August 12.',
      '',
      '(With inputs from agencies)',
      '',
      'Get Latest Nation News along with Latest News and Top Headlines from around the world.',
    );
    expect(a.headline).toBe('Budget session: Opposition walks out over fuel prices');
    expect(a.publishedAt).toBe('2025-07-22');
    expect(a.paragraphs).toEqual([
      'Opposition members walked out of the assembly on Tuesday after the Speaker denied a debate on fuel prices.',
      'The session will run until August 12.',
    ]);
  });

  it('ends a live page\'s newest entry at the next entry\'s time stamped with its date ("9:12 a.m. ET, March 4, 2025")', () => {
    const a = page(
      'Live updates: Storm Tilda reaches the coast',
      '',
      'By Kira Holm and Ben Adair, Harbour News',
      '',
      '9:45 a.m. ET, March 4, 2025',
      '',
      'Governor orders evacuations in three counties',
      '',
      'Governor Maria Quinn ordered evacuations in three coastal counties on Tuesday morning.',
      '',
      '"Do not wait. Leave now," Quinn said at a briefing.',
      '',
      '9:12 a.m. ET, March 4, 2025',
      '',
      'Power out for 200,000 customers',
      '',
      'More than 200,000 customers have lost power, the utility said.',
    );
    expect(a.publishedAt).toBe('2025-03-04');
    expect(a.paragraphs).toEqual([
      'Governor Maria Quinn ordered evacuations in three coastal counties on Tuesday morning.',
      '"Do not wait. Leave now," Quinn said at a briefing.',
    ]);
  });
});

describe('a participle after a noun cue, and a noun after "every" (batch U)', () => {
  it('splits "denied the accusation, saying every figure had been published" into a denial and what was said', () => {
    const a = parse('Transport Minister Ivo Bak denied the accusation, saying every figure had been published.');
    expect(claimsOf(a)).toEqual(['Ivo Bak: denied the accusation', 'Ivo Bak: every figure had been published']);
    expect(a.claims.map((c) => c.kind)).toEqual(['denial', 'statement']);
  });
});

describe('a body named with "of" twice (batch U)', () => {
  it('keeps "National Union of Journalists of the Islands" one organisation, and "the Speaker of the House" a post and a body', () => {
    const a = parse('The National Union of Journalists of the Islands welcomed the ruling.', 'The Speaker of the House said no.');
    expect(a.actors.filter((x) => x.kind === 'organization').map((x) => x.name)).toEqual(['National Union of Journalists of the Islands', 'House']);
  });
});

describe('people met in the street: a name, an age, a home town (batch U)', () => {
  it('gives "NAME, AGE, a ferry pilot from TOWN, STATE, says" to the person, with the description as her role', () => {
    const a = parse('Maria Olsen, 52, a ferry pilot from Tarrow, Maine, says the rules are fine.');
    expect(claimsOf(a)).toEqual(['Maria Olsen: the rules are fine']);
    expect(a.actors.find((x) => x.name === 'Maria Olsen')?.roles).toEqual(['ferry pilot from Tarrow']);
    expect(a.actors.filter((x) => x.unnamed)).toEqual([]);
  });

  it('gives "NAME, of TOWN, STATE, said" and "NAME, AGE, from COUNTY, STATE, said" to the person, not the place', () => {
    const a = parse('Tom Hale, of Dayton, Ohio, said he would vote no.', 'Ana Ruiz, 41, from Kestrel County, Ore., said the rules are fine.');
    expect(claimsOf(a)).toEqual(['Tom Hale: he would vote no', 'Ana Ruiz: the rules are fine']);
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => x.name)).toEqual(['Tom Hale', 'Ana Ruiz']);
  });

  it('makes a person of a name with an age after it, whatever the given name, and gives her the quote after it', () => {
    const a = parse('Jorunn Vakk, 19, from Kestrel County, Ore., is unsure. "I could go either way," she said.');
    expect(a.actors.find((x) => x.name === 'Jorunn Vakk')?.kind).toBe('person');
    expect(a.quotes.map((q) => a.actors.find((x) => x.id === q.speakerId)?.name)).toEqual(['Jorunn Vakk']);
  });

  it('ends a sentence at "said no." and keeps "No. 3" whole', () => {
    const a = parse('Ivo Sand spoke. Sand said no. Lena Ruiz said yes. The bill was No. 3 on the list.');
    expect(claimsOf(a)).toEqual(['Ivo Sand: said no', 'Lena Ruiz: said yes']);
  });
});

describe('a photo credit naming the paper after a slash (batch U)', () => {
  it('credits "Photo: Ivo Bak/Harbour Times" to the photographer alone', () => {
    const html = [
      '<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends after nine days</h1>',
      '<p class="byline">By Lena Vorst</p>',
      '<figure><img src="a.jpg"><figcaption>Dock workers at the gate. Photo: Ivo Bak/Harbour Times</figcaption></figure>',
      '<p>TARROW — Dock workers voted on Tuesday to end a nine-day strike, the union said.</p>',
      '<p>The deal raises wages by 6% over two years.</p></article></body></html>',
    ].join('\n');
    expect(parseArticle(html).credits).toEqual([{ name: 'Ivo Bak', role: 'photo' }]);
  });
});

describe('a company in court (batch U)', () => {
  it('reads "X Shipping pleaded guilty" as a company\'s plea, no call, and "the firm said" as that company', () => {
    const a = parse(
      'Northway Shipping pleaded guilty at Tarrow Sheriff Court to breaching safety laws.',
      'Sheriff Ann Ross said the company had "fallen far short" of its duties.',
      'In a statement, the firm said it "deeply regretted" the failings.',
    );
    expect(a.actors.find((x) => x.name === 'Northway Shipping')?.kind).toBe('organization');
    expect(claimsOf(a)).toEqual(['Ann Ross: the company had "fallen far short" of its duties', 'Northway Shipping: it "deeply regretted" the failings']);
  });
});

describe('a quote after "said:" (batch U)', () => {
  it('makes one claim of \'Hale said: "A. B."\', the whole quote, not its first sentence too', () => {
    const a = parse(
      'David Hale, the chief executive of the water board, said: "We know this is a big increase. We also know that people want cleaner rivers."',
    );
    expect(claimsOf(a)).toEqual(['David Hale: We know this is a big increase. We also know that people want cleaner rivers']);
  });
});

describe('a plural subject closing a sentence with a bare verb (batch U)', () => {
  it('reads "..., analysts say." and "..., three people familiar with the talks tell Harbour." as trailing attributions', () => {
    const a = parse('Prices will rise this year, analysts say.', 'The deal is close, three people familiar with the talks tell Harbour.');
    expect(claimsOf(a)).toEqual(['analysts: Prices will rise this year', 'people familiar with the talks: The deal is close']);
  });

  it('reads "The plan, officials say, is to cut costs." whole, and "needless to say" and "I must say" as no attribution', () => {
    const a = parse('The plan, officials say, is to cut costs.', 'It was, needless to say, a disaster.', 'That is a lot, I must say.');
    expect(claimsOf(a)).toEqual(['officials: The plan is to cut costs']);
  });

  it('keeps "the state" a noun at the end of a sentence', () => {
    const a = parse('Ohio has voted for the winner in every race since 1964, more than any other state.');
    expect(a.claims).toEqual([]);
  });
});

describe('bullets typed as hyphens (batch U)', () => {
  it('makes each "- " line under a paragraph a paragraph of its own', () => {
    const a = parseArticle(
      [
        'Senate deal near',
        '',
        'By Ana Voss',
        'Mar 4, 2025',
        '',
        'Senators are close to a deal on chip subsidies, aides say.',
        '',
        '- "We\'re close," Sen. Maria Olsen said on Tuesday.',
        "- Sen. Tom Reed's office declined to comment.",
      ].join('\n'),
    );
    expect(a.paragraphs).toHaveLength(3);
    expect(a.quotes.map((q) => a.actors.find((x) => x.id === q.speakerId)?.name)).toEqual(['Maria Olsen']);
  });
});

describe('a correction note at the foot (batch U)', () => {
  it('drops "This article was amended on DATE to correct ..." from the body', () => {
    const a = parseArticle(
      [
        'Regulator fines app maker',
        '',
        'Jana Petrova in Tarrow',
        'Mon 4 Mar 2025 11.04 CET',
        '',
        'The regulator fined Orchard Inc on Monday for barring rivals.',
        '',
        'Orchard said it would appeal.',
        '',
        'This article was amended on 5 March 2025 to correct the size of the fine.',
      ].join('\n'),
    );
    expect(a.paragraphs).toEqual(['The regulator fined Orchard Inc on Monday for barring rivals.', 'Orchard said it would appeal.']);
  });
});

describe('a court report (batch U)', () => {
  it('reads a desk byline, a police rank, whom the judge told and an adjunct before a colon', () => {
    const a = parseArticle(
      [
        'Man jailed over warehouse fire',
        '',
        'By Court Reporter',
        '',
        'A man who set fire to a warehouse in Tarrow has been jailed for 12 years.',
        '',
        'Judge Helen Marsh told him: "You showed a complete disregard for the lives of others."',
        '',
        'Detective Inspector Paul Grey, of Tarrow Police, said after the hearing: "This was a reckless act."',
        '',
        'Ana Berg told a town meeting in Tarrow, Ohio, that taxes would fall.',
      ].join('\n'),
    );
    expect(a.bylines).toEqual([]);
    expect(a.summary ?? []).toEqual([]);
    expect(a.actors.find((x) => x.name === 'Paul Grey')?.roles).toEqual(['Detective Inspector']);
    expect(a.claims.map((c) => c.text)).toEqual(['"You showed a complete disregard for the lives of others"', '"This was a reckless act"', 'taxes would fall']);
  });
});
