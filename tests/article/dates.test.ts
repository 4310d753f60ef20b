import { describe, expect, it } from 'vitest';
import { findDates, parseStandaloneDate } from '../../src/article/dates.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { damStory } from './story.js';

// Wednesday 12 June 2024.
const published = '2024-06-12';
const dates = (sentence: string) => findDates(sentence, published).map((d) => [d.expression, d.date]);

describe('dates resolved against the publication date', () => {
  it('resolves "on Monday" in a past-tense sentence to the Monday before', () => {
    expect(dates('The mayor signed the deal on Monday.')).toEqual([['on Monday', '2024-06-10']]);
  });

  it('resolves a weekday in a future sentence to the one after', () => {
    expect(dates('The council will vote on Friday.')).toEqual([['on Friday', '2024-06-14']]);
  });

  it('resolves "in March" to the March before publication', () => {
    expect(dates('The quarrel began in March.')).toEqual([['in March', '2024-03']]);
  });

  it('resolves "two years ago" to a year', () => {
    expect(dates('The dam opened two years ago.')).toEqual([['two years ago', '2022']]);
  });

  it('resolves a range "June 19-20" in the publication year', () => {
    expect(dates('Talks are set for June 19-20.')).toEqual([['June 19-20', '2024-06-19/2024-06-20']]);
  });

  it('reads "since 2006" as the year', () => {
    expect(dates('The treaty has held since 2006.')).toEqual([['2006', '2006']]);
  });

  it('leaves numbers that are not years alone', () => {
    expect(dates('Over 11,000 containers and 2,000 trucks crossed.')).toEqual([]);
  });

  it('leaves relative dates out when the publication date is unknown', () => {
    expect(findDates('The mayor signed the deal on Monday.', null)).toEqual([]);
  });

  it('reads stand-alone dates in several forms', () => {
    expect(parseStandaloneDate('[June 18, 2024]')).toBe('2024-06-18');
    expect(parseStandaloneDate('18 June 2024')).toBe('2024-06-18');
    expect(parseStandaloneDate('Posted 2024-06-18 09:00')).toBe('2024-06-18');
    expect(parseStandaloneDate('February 30, 2024')).toBeNull();
  });
});

// Wednesday 5 March 2025 for the shapes below.
const march = (sentence: string, dayFirst = false) => findDates(sentence, { publishedAt: '2025-03-05', dayFirst }).map((d) => [d.expression, d.date]);

describe('dates the rules read by the clause around them', () => {
  it('sends each weekday the way its own clause points, not the whole sentence', () => {
    expect(march('The mayor said on Tuesday she will resign on Friday.')).toEqual([
      ['on Tuesday', '2025-03-04'],
      ['on Friday', '2025-03-07'],
    ]);
    expect(march('The envoy, who arrived on Monday, will speak on Friday.')).toEqual([
      ['on Monday', '2025-03-03'],
      ['on Friday', '2025-03-07'],
    ]);
  });

  it('reads a participle after a determiner as a description, not a past tense ("would publish a revised plan in June")', () => {
    expect(march('The ministry said it would publish a revised funding plan on Friday.')).toEqual([['on Friday', '2025-03-07']]);
  });

  it('gives an opening "On Friday," the tense of the clause it opens', () => {
    expect(march('On Friday, the mayor said she will resign.')).toEqual([['On Friday', '2025-02-28']]);
  });

  it('reads "over the weekend" as the Saturday and Sunday before publication', () => {
    expect(march('Rebels shelled the port over the weekend.')).toEqual([['over the weekend', '2025-03-01/2025-03-02']]);
  });

  it('reads "over the weekend" after a verb in the future as the coming weekend, and after a past verb as the last one', () => {
    expect(march('The two sides will meet over the weekend to settle the fares.')).toEqual([['over the weekend', '2025-03-08/2025-03-09']]);
    expect(march('Crews had cleared the roads over the weekend and would reopen the schools.')).toEqual([['over the weekend', '2025-03-01/2025-03-02']]);
  });

  it('reads a deadline after a modal passive ("would be published by June") as ahead', () => {
    expect(march('The ministry said the rules would be published by June.')).toEqual([['by June', '2025-06']]);
    expect(march('The rules were published in June.')).toEqual([['in June', '2024-06']]);
  });

  it('reads a date in what a directive asks for as ahead ("warned residents not to return before Friday")', () => {
    expect(march('The mayor warned residents not to return to their homes before Friday.')).toEqual([['Friday', '2025-03-07']]);
    expect(march('The mayor warned on Monday that the river was rising.')).toEqual([['on Monday', '2025-03-03']]);
  });

  it('reads "for the weekend" by its tense: rain forecast for it is ahead', () => {
    expect(march('More rain was forecast for the weekend.')).toEqual([['for the weekend', '2025-03-08/2025-03-09']]);
  });

  it('reads two months in a row, "in August and September", as a span', () => {
    expect(march('Nearly 2,400 people sought care in August and September, the agency said.')).toEqual([['in August and September', '2024-08/2024-09']]);
  });

  it('reads "by June" in a clause with no tense as a deadline ahead', () => {
    expect(march('The report recommends that towns open shelters by June.')).toEqual([['by June', '2025-06']]);
  });

  it('reads "this weekend" in a future clause as the coming one', () => {
    expect(march('Farmers will march this weekend.')).toEqual([['this weekend', '2025-03-08/2025-03-09']]);
  });

  it('reads "mid-February" and "in early April" as months, placed by tense', () => {
    expect(march('The talks stalled in mid-February.')).toEqual([['in mid-February', '2025-02']]);
    expect(march('The fleet sailed in early April.')).toEqual([['in early April', '2024-04']]);
    expect(march('The fleet will sail in early April.')).toEqual([['in early April', '2025-04']]);
  });

  it('reads a day range written day first, "12 to 14 March"', () => {
    expect(march('The fair runs 12 to 14 March.')).toEqual([['12 to 14 March', '2025-03-12/2025-03-14']]);
    expect(march('The fair runs between 12 and 14 March.')).toEqual([['between 12 and 14 March', '2025-03-12/2025-03-14']]);
  });

  it('reads a range across two months', () => {
    expect(march('The fair runs from March 30 to April 2.')).toEqual([['March 30 to April 2', '2025-03-30/2025-04-02']]);
    expect(march('The pier will be built between September 2 and October 6, 2025.')).toEqual([['September 2 and October 6, 2025', '2025-09-02/2025-10-06']]);
    expect(march('The fair runs between 2 September and 6 October 2025.')).toEqual([['2 September and 6 October 2025', '2025-09-02/2025-10-06']]);
    // "and" without "between" joins two days, not a range.
    expect(march('Votes were held on March 3 and April 7, 2024.').map(([, date]) => date)).toContain('2024-04-07');
    expect(march('Votes were held on March 3 and April 7, 2024.').some(([, date]) => date!.includes('/'))).toBe(false);
  });

  it('reads month ranges, with or without a year', () => {
    expect(march('Exports fell between March and May.')).toEqual([['between March and May', '2024-03/2024-05']]);
    expect(march('Exports will rise from March to May 2026.')).toEqual([['from March to May 2026', '2026-03/2026-05']]);
  });

  it('reads a month used as a modifier, "the May elections", and not a lower-case "march"', () => {
    expect(march('The May elections were close.')).toEqual([['The May', '2024-05']]);
    expect(march('The April talks will resume.')).toEqual([['The April', '2025-04']]);
    expect(march('The march through the city was peaceful.')).toEqual([]);
  });

  it('reads "in two weeks" ahead of publication, but not "the first time in two years"', () => {
    expect(march('The court will rule in two weeks.')).toEqual([['in two weeks', '2025-03-19']]);
    expect(march('Prices rose for the first time in two years.')).toEqual([]);
    expect(march('Within three days the army had withdrawn.')).toEqual([]);
  });

  it('names the ambiguity of "1/2/2025" and reads it month first unless the article writes days first', () => {
    const [us] = findDates('The deal was signed on 1/2/2025.', { publishedAt: '2025-03-05' });
    expect(us).toMatchObject({ date: '2025-01-02', note: expect.stringContaining('2025-02-01') });
    expect(march('The deal was signed on 1/2/2025.', true)).toEqual([['1/2/2025', '2025-02-01']]);
    expect(findDates('The deal was signed on 13/2/2025.', '2025-03-05')[0]).toEqual({ expression: '13/2/2025', date: '2025-02-13', index: 23 });
  });

  it('places a month and day without a year in the year its tense points to', () => {
    expect(march('The treaty was signed on Dec. 20.')).toEqual([['Dec. 20', '2024-12-20']]);
    expect(march('The vote is set for Jan. 10.')).toEqual([['Jan. 10', '2026-01-10']]);
  });

  it('takes the date, not the weekday, from "Tuesday, March 4"', () => {
    expect(march('Tuesday, March 4, was chaotic.')).toEqual([['March 4', '2025-03-04']]);
  });

  it('lets chrono-node read what the rules do not write out, such as "the 5th of March"', () => {
    expect(march('The vote fell on the 5th of March.')).toEqual([['5th of March', '2025-03-05']]);
    expect(march('It happened on Mar 5th, 2024.')).toEqual([['Mar 5th, 2024', '2024-03-05']]);
  });

  it('does not count "two years before the war" from the publication date', () => {
    expect(march('The republic was founded two years before the 1950 war.')).toEqual([['1950', '1950']]);
  });

  it('keeps absolute dates without a publication date and drops relative ones', () => {
    expect(findDates('The dam opened on 4 May 2019 and closed on Monday.', null).map((d) => d.date)).toEqual(['2019-05-04']);
  });
});

describe('a weekday beside an infinitive', () => {
  // Published on Wednesday 5 March 2025.
  it('dates an order by when it was given, not by what it asks for', () => {
    expect(march('The governor ordered ferry crews on Monday to stay in port.')).toEqual([['on Monday', '2025-03-03']]);
    expect(march('Police told residents late on Tuesday not to drink the tap water.')).toEqual([['on Tuesday', '2025-03-04']]);
  });
  it('puts the end of a span "until" a weekday ahead', () => {
    expect(march('The council closed the harbour road until Friday.')).toEqual([['Friday', '2025-03-07']]);
    expect(march('The road was closed on Monday.')).toEqual([['on Monday', '2025-03-03']]);
  });
  it('puts what was offered or agreed ahead of the offer', () => {
    expect(march('The owners said they had offered to reopen the mill on Friday.')).toEqual([['on Friday', '2025-03-07']]);
    expect(march('Both sides agreed to meet the mediator again on Thursday.')).toEqual([['on Thursday', '2025-03-06']]);
  });
});

describe('seasons as spans of months', () => {
  const on = (sentence: string, publishedAt: string) => findDates(sentence, publishedAt).map((d) => [d.expression, d.date]);

  it('reads "this summer" in the spring as the summer ahead', () => {
    expect(on('Growers will leave their fields unplanted this summer.', '2024-04-18')).toEqual([['this summer', '2024-06/2024-08']]);
  });

  it('reads "last spring" during a spring as the spring of the year before', () => {
    expect(on('Last spring, the three valleys agreed to share the river.', '2024-04-18')).toEqual([['Last spring', '2023-03/2023-05']]);
  });

  it('reads "last summer" just after a summer as the one that has ended', () => {
    expect(on('About two million people visited the old town last summer.', '2022-09-07')).toEqual([['last summer', '2022-06/2022-08']]);
  });

  it('reads "next spring" as the first spring to come', () => {
    expect(on('The toll will apply from next spring.', '2022-09-07')).toEqual([['next spring', '2023-03/2023-05']]);
  });

  it('reads a winter across the turn of the year', () => {
    expect(on('Heating bills soared this winter.', '2025-01-20')).toEqual([['this winter', '2024-12/2025-02']]);
    expect(on('Heating bills will rise this winter.', '2024-10-20')).toEqual([['this winter', '2024-12/2025-02']]);
  });

  it('places "in the spring" by the tense of its clause', () => {
    expect(on('The talks will resume in the spring.', '2024-10-12')).toEqual([['in the spring', '2025-03/2025-05']]);
    expect(on('The bridge closed in the spring.', '2024-10-12')).toEqual([['in the spring', '2024-03/2024-05']]);
  });

  it('takes a year written beside the season', () => {
    expect(on('The strike began in the autumn of 2023.', '2024-06-12')).toEqual([['the autumn of 2023', '2023-09/2023-11']]);
    expect(on('Sales rose in summer 2021.', '2024-06-12')).toEqual([['in summer 2021', '2021-06/2021-08']]);
  });

  it('leaves habits, falls, named springs and summer schools alone', () => {
    expect(on('Prices fall in winter and rise in summer.', '2024-06-12')).toEqual([]);
    expect(on('He was injured in the fall.', '2024-06-12')).toEqual([]);
    expect(on('The uprising was called the Valley Spring.', '2024-06-12')).toEqual([]);
    expect(on('The bill will be debated before the summer recess.', '2024-06-12')).toEqual([]);
  });
});

describe('page-header timestamps', () => {
  it.each([
    ['Updated 3:42 PM GMT, March 4, 2025', '2025-03-04'],
    ['June 3, 2025 9:05 AM GMT+2 Updated 2 hours ago', '2025-06-03'],
    ['June 3, 20259:05 AM GMT+2', '2025-06-03'],
    ['Tue 4 Mar 2025 10.05 GMT', '2025-03-04'],
    ['Published 12:04 p.m. EDT, Tue March 4, 2025', '2025-03-04'],
    ['14-Feb-2024 11:32:05', '2024-02-14'],
    ['Updated 2 hours ago', null],
  ])('reads "%s" as %s', (line, date) => {
    expect(parseStandaloneDate(line)).toBe(date);
  });
});

describe('events of an invented story', () => {
  const article = parseArticle(damStory);

  it('dates the story from its header', () => {
    expect(article.publishedAt).toBe(published);
  });

  it('keeps a full date from a photo caption as an event outside the body', () => {
    expect(article.events).toContainEqual(expect.objectContaining({ date: '2024-06-10', paragraph: -1, expression: 'June 10, 2024' }));
  });

  it('dates body sentences with their resolved dates', () => {
    const byExpression = new Map(article.events.map((e) => [e.expression, e.date]));
    expect(byExpression.get('on Monday')).toBe('2024-06-10');
    expect(byExpression.get('two years ago')).toBe('2022');
    expect(byExpression.get('in March')).toBe('2024-03');
    expect(byExpression.get('June 19-20')).toBe('2024-06-19/2024-06-20');
  });
});

// Published on a Wednesday, 5 March 2025.
describe('dates after a booking, a vote, a plan, and a word that only ends like a past tense', () => {
  it('puts a possessive weekday after a booking or an offer of places ahead', () => {
    expect(march("The airline said it would refund seats bought for Saturday's flights.")).toEqual([['Saturday', '2025-03-08']]);
    expect(march("Stranded passengers were given places on Friday's trains.")).toEqual([['on Friday', '2025-03-07']]);
    expect(march("Two people died in Monday's crash.")).toEqual([['Monday', '2025-03-03']]);
  });

  it('reads "need" as no past tense', () => {
    expect(march('She said the crew would need to be faster at Lintdam on Sunday.')).toEqual([['on Sunday', '2025-03-09']]);
  });

  it('puts what a body voted to do ahead of the vote', () => {
    expect(march('The board voted on Monday to raise the toll on every two-axle lorry from June.').map((d) => d[1])).toEqual(['2025-03-03', '2025-06']);
    expect(march('The board voted in February to raise the toll.')).toEqual([['in February', '2025-02']]);
  });

  it('reads a month a plan is set for', () => {
    expect(march('The mayor said the next review was planned for January.')).toEqual([['planned for January', '2026-01']]);
  });
});

describe('a present tense that schedules points ahead', () => {
  // Wednesday 12 March 2025.
  const inMarch = (sentence: string) => findDates(sentence, '2025-03-12').map((d) => [d.expression, d.date]);

  it('dates a later month after a bare present verb to the publication year', () => {
    expect(inMarch('We start rebuilding in May.')).toEqual([['in May', '2025-05']]);
    expect(inMarch('The new ferry service begins in May.')).toEqual([['in May', '2025-05']]);
  });

  it('reads the present verb of its own clause before a "said" beside it', () => {
    expect(inMarch('The library reopens in September, the head librarian said.')).toEqual([['in September', '2025-09']]);
  });

  it('places a day and a weekday ahead of publication after a scheduling present', () => {
    expect(inMarch('Repairs resume on 20 May.')).toEqual([['20 May', '2025-05-20']]);
    expect(inMarch('The consultation closes on Friday.')).toEqual([['on Friday', '2025-03-14']]);
  });

  it('keeps a past tense behind publication and a noun of the same word no verb', () => {
    expect(inMarch('We started rebuilding in May.')).toEqual([['in May', '2024-05']]);
    expect(inMarch('The crews opened the sluices in May.')).toEqual([['in May', '2024-05']]);
    expect(inMarch('Their start in May was slow.')).toEqual([['in May', '2024-05']]);
    expect(inMarch('Guards open fire on the crowd in May.')).toEqual([['in May', '2024-05']]);
    expect(findDates('The smelter has run at half capacity since May.', '2025-11-20').map((d) => d.date)).toEqual(['2025-05']);
  });
});
