import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parse-article.js';
import type { ParsedArticle } from '../../../src/article/types.js';

/** A story from one agency, from paragraphs; every name, outlet and sentence is invented. */
const story = (agency: string, ...paragraphs: string[]) =>
  parseArticle(['Harbour news', '', `VESTBY (${agency}) - The harbour reopened on Monday.`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
const nameOf = (article: ParsedArticle, id: string | null) => article.actors.find((a) => a.id === id)?.name ?? null;

/** The speaker and relay chain (names) of the quote that starts with `start`. */
function quote(article: ParsedArticle, start: string) {
  const found = article.quotes.find((q) => q.text.startsWith(start));
  if (!found) throw new Error(`no quote starts "${start}": ${article.quotes.map((q) => q.text).join(' | ')}`);
  return { speaker: nameOf(article, found.speakerId), via: (found.via ?? []).map((id) => nameOf(article, id)) };
}

/** The source and relay chain (names) of the claim holding `words`. */
function claim(article: ParsedArticle, words: string) {
  const found = article.claims.filter((c) => c.text.includes(words));
  if (found.length !== 1)
    throw new Error(`${found.length} claims hold "${words}": ${article.claims.map((c) => `${nameOf(article, c.sourceId)}: ${c.text}`).join(' | ')}`);
  return { source: nameOf(article, found[0]!.sourceId), via: (found[0]!.via ?? []).map((id) => nameOf(article, id)), text: found[0]!.text };
}

describe('relay chains: through whom the words reached the article', () => {
  it('"X quoted Y as saying" gives Y\'s words via X, before and after the words', () => {
    const article = story(
      'Harbour Wire',
      'The ferry service will resume on Friday, the Norland News Agency quoted harbour master Edvin Sarr as saying.',
      '"The ice is gone," the Kestrel Courier quoted Mayor Ada Lind as saying.',
      'The Kestrel Courier quoted Sarr as saying the cranes would be repaired by June.',
    );
    expect(claim(article, 'ferry service will resume')).toMatchObject({ source: 'Edvin Sarr', via: ['Norland News Agency'] });
    expect(quote(article, 'The ice is gone')).toEqual({ speaker: 'Ada Lind', via: ['Kestrel Courier'] });
    expect(claim(article, 'cranes would be repaired')).toMatchObject({ source: 'Edvin Sarr', via: ['Kestrel Courier'] });
  });

  it('"Y was quoted by X as saying" is the same relay, in the passive', () => {
    const article = story('Harbour Wire', 'Mayor Ada Lind was quoted by Radio Vestby as saying the ice was gone.');
    expect(claim(article, 'the ice was gone')).toMatchObject({ source: 'Ada Lind', via: ['Radio Vestby'] });
  });

  it('"Y told X" relays through an outlet, not through reporters or a council', () => {
    const article = story(
      'Harbour Wire',
      '"We will rebuild the pier," Mayor Ada Lind told Radio Vestby.',
      '"The crews have earned a rest," Lind told reporters.',
      '"It is paid for," Lind told the council.',
      'Harbour master Edvin Sarr told a local newspaper the cranes were tired.',
    );
    expect(quote(article, 'We will rebuild')).toEqual({ speaker: 'Ada Lind', via: ['Radio Vestby'] });
    expect(quote(article, 'The crews have earned')).toEqual({ speaker: 'Ada Lind', via: [] });
    expect(quote(article, 'It is paid for')).toEqual({ speaker: 'Ada Lind', via: [] });
    expect(claim(article, 'cranes were tired')).toEqual({ source: 'Edvin Sarr', via: ['local newspaper'], text: 'the cranes were tired' });
  });

  it('"according to X, Y said" relays Y\'s words through X, and X makes no claim of its own', () => {
    const article = story(
      'Harbour Wire',
      'According to the Kestrel Courier, Mayor Ada Lind said the pier would reopen in May.',
      'Lind said the fund would pay for it, according to the Kestrel Courier.',
      'According to Radio Vestby, the ferry will be late.',
    );
    expect(claim(article, 'pier would reopen')).toMatchObject({ source: 'Ada Lind', via: ['Kestrel Courier'] });
    expect(claim(article, 'fund would pay')).toEqual({ source: 'Ada Lind', via: ['Kestrel Courier'], text: 'the fund would pay for it' });
    expect(article.claims.filter((c) => nameOf(article, c.sourceId) === 'Kestrel Courier')).toEqual([]);
    // Alone, "according to X" names the source, not a relay.
    expect(claim(article, 'ferry will be late')).toMatchObject({ source: 'Radio Vestby', via: [] });
  });

  it('"Y said in an interview with X" relays through X, also with the interview first', () => {
    const article = story(
      'Harbour Wire',
      'Mayor Ada Lind said in an interview with Radio Vestby that the budget was spent.',
      '"There is nothing left," Lind said in an interview with the Kestrel Courier.',
      'In an interview with the Vestby Herald, harbour master Edvin Sarr said the cranes were safe.',
    );
    expect(claim(article, 'budget was spent')).toMatchObject({ source: 'Ada Lind', via: ['Radio Vestby'] });
    expect(quote(article, 'There is nothing left')).toEqual({ speaker: 'Ada Lind', via: ['Kestrel Courier'] });
    expect(claim(article, 'cranes were safe')).toMatchObject({ source: 'Edvin Sarr', via: ['Vestby Herald'] });
  });

  it('"in an article published by X" relays every quote of its sentence, and the quotes that carry on', () => {
    const article = story(
      'Harbour Wire',
      'In an article published by the Kestrel Courier, Mayor Ada Lind praised the "tireless" crews.',
      '"They worked through the storm," Lind said in the article, printed on the front page of the Vestby Herald.',
      '"Nobody went home."',
      '"We owe them a great deal," Lind said on Tuesday.',
    );
    expect(quote(article, 'tireless')).toEqual({ speaker: 'Ada Lind', via: ['Kestrel Courier'] });
    expect(quote(article, 'They worked through')).toEqual({ speaker: 'Ada Lind', via: ['Vestby Herald'] });
    expect(quote(article, 'Nobody went home')).toEqual({ speaker: 'Ada Lind', via: ['Vestby Herald'] });
    expect(quote(article, 'We owe them')).toEqual({ speaker: 'Ada Lind', via: [] });
  });

  it('"said in the article" points back to the article the speaker wrote before', () => {
    const article = story(
      'Harbour Wire',
      'In an op-ed published by the Vestby Herald, Mayor Ada Lind argued that the budget was fair.',
      '"Every krone went to the pier," Lind said in the article.',
    );
    expect(quote(article, 'Every krone')).toEqual({ speaker: 'Ada Lind', via: ['Vestby Herald'] });
  });

  it('"X reported, citing Y" gives the words to Y, via X', () => {
    const article = story(
      'Harbour Wire',
      'The pier will reopen in May, Radio Vestby reported, citing harbour master Edvin Sarr.',
      '"The cranes are ready," Radio Vestby reported, citing Sarr.',
    );
    expect(claim(article, 'pier will reopen')).toMatchObject({ source: 'Edvin Sarr', via: ['Radio Vestby'] });
    expect(quote(article, 'The cranes are ready')).toEqual({ speaker: 'Edvin Sarr', via: ['Radio Vestby'] });
  });

  it('"Y said in a statement posted on X" relays through the platform, not through the speaker\'s own site', () => {
    const article = story(
      'Harbour Wire',
      'Mayor Ada Lind said in a statement posted on Telegram that the crews had finished.',
      'The Vestby Port Authority said in a statement posted on its website that the cranes were safe.',
    );
    expect(claim(article, 'crews had finished')).toMatchObject({ source: 'Ada Lind', via: ['Telegram'] });
    expect(claim(article, 'cranes were safe')).toMatchObject({ source: 'Vestby Port Authority', via: [] });
  });

  it('nests: "A, citing B, said Z told ..." is Z\'s, via B then A, and A\'s report is no claim of its own', () => {
    const text = 'Radio Vestby, citing the Norland News Agency, said Mayor Ada Lind told the council the pier would reopen.';
    const elsewhere = story('Harbour Wire', text);
    expect(claim(elsewhere, 'pier would reopen')).toMatchObject({ source: 'Ada Lind', via: ['Norland News Agency', 'Radio Vestby'] });
    // In Radio Vestby's own story, the station is where the article starts: the words came via B.
    const own = story('Radio Vestby', text);
    expect(claim(own, 'pier would reopen')).toMatchObject({ source: 'Ada Lind', via: ['Norland News Agency'] });
  });

  it('an outlet reporting what someone said relays it: "X reported that Y called it ..."', () => {
    const article = story(
      'Harbour Wire',
      'Radio Vestby reported that Mayor Ada Lind called the storm "the worst in memory."',
      'Harbour master Edvin Sarr told the Vestby Herald that the crews had worked for days, the newspaper reported.',
    );
    expect(quote(article, 'the worst in memory')).toEqual({ speaker: 'Ada Lind', via: ['Radio Vestby'] });
    expect(claim(article, 'crews had worked')).toEqual({ source: 'Edvin Sarr', via: ['Vestby Herald'], text: 'the crews had worked for days' });
  });

  it("never relays through the article's own agency: it heard the words itself", () => {
    const article = story('Kestrel Wire', '"The pier is safe," Mayor Ada Lind told Kestrel Wire.', '"We are proud," Lind told state television.');
    expect(quote(article, 'The pier is safe')).toEqual({ speaker: 'Ada Lind', via: [] });
    expect(quote(article, 'We are proud')).toEqual({ speaker: 'Ada Lind', via: ['state television'] });
    // One outlet under its short name and its full one.
    expect(quote(story('AP', '"The pier is safe," Mayor Ada Lind told The Associated Press.'), 'The pier is safe').via).toEqual([]);
    expect(quote(story('Harbour Wire', '"The pier is safe," Mayor Ada Lind told The Associated Press.'), 'The pier is safe').via).toEqual(['Associated Press']);
  });

  it('"citing" a reason is no relay: the speaker keeps the words', () => {
    const article = story('Harbour Wire', '"The season is saved," Mayor Ada Lind said, citing the early thaw and the harbour\'s new cranes.');
    expect(quote(article, 'The season is saved')).toEqual({ speaker: 'Ada Lind', via: [] });
  });

  it('finds outlets the article describes rather than names: "news agencies", "state TV", "the state news agency X"', () => {
    const article = story(
      'Harbour Wire',
      'The pier will reopen in May, Norwegian news agencies quoted Mayor Ada Lind as saying.',
      'Harbour master Edvin Sarr said in remarks broadcast on state TV that the cranes were safe.',
      'The state news agency Tidings reported that Lind said the ferries would run again.',
      'Sarr told Norwegian state television that the berths were clear.',
    );
    expect(claim(article, 'pier will reopen')).toMatchObject({ source: 'Ada Lind', via: ['Norwegian news agencies'] });
    expect(claim(article, 'cranes were safe')).toEqual({ source: 'Edvin Sarr', via: ['state TV'], text: 'the cranes were safe' });
    expect(claim(article, 'ferries would run')).toEqual({ source: 'Ada Lind', via: ['Tidings'], text: 'the ferries would run again' });
    expect(article.claims.filter((c) => nameOf(article, c.sourceId) === 'Tidings')).toEqual([]);
    expect(claim(article, 'berths were clear')).toEqual({ source: 'Edvin Sarr', via: ['Norwegian state television'], text: 'the berths were clear' });
  });

  it('takes no interview place, day or bare medium for a relay', () => {
    const article = story(
      'Harbour Wire',
      '"The crews are tired," Mayor Ada Lind said in an interview in Vestby.',
      '"We will rebuild," Lind said in an interview on Monday.',
      '"Nobody listens," harbour master Edvin Sarr said to the TV.',
    );
    expect(quote(article, 'The crews are tired').via).toEqual([]);
    expect(quote(article, 'We will rebuild').via).toEqual([]);
    expect(quote(article, 'Nobody listens').via).toEqual([]);
  });
});
