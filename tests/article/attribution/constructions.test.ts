import { describe, expect, it } from 'vitest';
import { speakerOf, story } from './story.js';

describe('verbs of saying in any form, from the one lexicon', () => {
  it.each([
    ['"We were never asked," interjected Tomas Reyl, a farmer from the valley.', 'We were never asked', 'Tomas Reyl'],
    ['Mira Holt fumed: "This is the third delay this year."', 'This is the third delay', 'Mira Holt'],
    ['Ona Vasek chimed in, "The pumps have been silent since May."', 'The pumps have been silent', 'Ona Vasek'],
    ['Lars Emberg likened the plan to "a dam with no water behind it."', 'a dam with no water', 'Lars Emberg'],
    ['Greta Olin assailed the council as "deaf to the people who farm here."', 'deaf to the people', 'Greta Olin'],
    ['"The bridge is safe," Olav Brenn repeated when asked again.', 'The bridge is safe', 'Olav Brenn'],
    ['Striking dockers chanted "Keep the port open" outside the town hall.', 'Keep the port open', 'striking dockers'],
  ])('%s', (paragraph, quote, speaker) => {
    expect(speakerOf(story(paragraph), quote)).toBe(speaker);
  });
});

describe('attribution constructions', () => {
  it('credits "according to X" before the quote and after it', () => {
    const article = story(
      'According to Hanna Brisk, the mill "will reopen in the spring."',
      '"Nothing has been signed yet," according to Piet Dorrel, the mill\'s owner.',
    );
    expect(speakerOf(article, 'will reopen')).toBe('Hanna Brisk');
    expect(speakerOf(article, 'Nothing has been signed')).toBe('Piet Dorrel');
  });

  it('credits the name after "said spokesman"', () => {
    expect(speakerOf(story('"The road will stay closed until Friday," said spokesman Elias Varn.'), 'The road will stay')).toBe('Elias Varn');
  });

  it('credits the person a description ends on, past a role in capitals', () => {
    expect(speakerOf(story('"The tolls will rise," said NATO executive Director Anton Rellig in a statement.'), 'The tolls will rise')).toBe('Anton Rellig');
  });

  it("keeps a show's title after a possessive or before its host's role as no one's words", () => {
    const article = story(
      'Hanna Brisk told the network\'s "Night Desk" that the mill will reopen.',
      'The mill owner spoke to "Open Road" host Piet Dorrel about the loans.',
    );
    expect(article.quotes).toEqual([]);
  });

  it("credits a verb coordinated with the clause before it to the clause's subject, a pronoun as well", () => {
    const article = story(
      'Senator Ada Krell said the fund had made "full disclosure," but reports say otherwise.',
      'She was defending the fund against recent attacks from rival candidate Bo Tarrant, but admitted "one or two lapses" in its books.',
    );
    expect(speakerOf(article, 'one or two lapses')).toBe('Ada Krell');
  });

  it("does not take a name in a new clause after the verb for the verb's subject", () => {
    expect(speakerOf(story('Oskar Brun praised the plan, and Rina Dahl said "it is a start, no more."'), 'it is a start')).toBe('Rina Dahl');
  });

  it('credits every quote of one clause to its speaker', () => {
    const article = story('Kira Selm called the plan "rushed through in a week," "a gift to the builders" and "unfair to the north."');
    expect(speakerOf(article, 'rushed through')).toBe('Kira Selm');
    expect(speakerOf(article, 'a gift to the builders')).toBe('Kira Selm');
    expect(speakerOf(article, 'unfair to the north')).toBe('Kira Selm');
  });

  it('credits the agent of a passive report', () => {
    expect(speakerOf(story('Mayor Ivo Stenberg was called "a coward" by his rival, Berit Alm, on Monday.'), 'a coward')).toBe('Berit Alm');
  });

  it('credits a speaker named after a question or an exclamation', () => {
    const article = story('"Who will pay for it?" asked Dana Ruell, who leads the residents\' group.', '"We will not move!" Oskar Feld told the crowd.');
    expect(speakerOf(article, 'Who will pay for it')).toBe('Dana Ruell');
    expect(speakerOf(article, 'We will not move')).toBe('Oskar Feld');
  });

  it('credits "says X of the Y" to X, a given name the lexicon does not know', () => {
    const article = story('"The levee will hold," says Quillon Ardwick of the Farm Bureau.', '"Rain is coming," said Perla Vanstone at the Weather Office.');
    expect(speakerOf(article, 'The levee will hold')).toBe('Quillon Ardwick');
    expect(speakerOf(article, 'Rain is coming')).toBe('Perla Vanstone');
    expect(article.actors.find((a) => a.name === 'Quillon Ardwick')).toMatchObject({ kind: 'person' });
  });

  it('reads a name followed by a short aside in brackets, "(D-Md.)", as the speaker', () => {
    const article = story('"It is over," said Quenby Marsh (D-Md.).', 'Oskil Brantley (R-Ohio) said: "Nothing changed."');
    expect(speakerOf(article, 'It is over')).toBe('Quenby Marsh');
    expect(speakerOf(article, 'Nothing changed')).toBe('Oskil Brantley');
  });

  it('reads a description with capitals or a hyphenated role between the verb and the name, and "X, who ...", as a person', () => {
    const article = story(
      '"The flap will fade," said Republican party chairman Quenby Marsh, though he added more.',
      '"We are the biggest," said Acme co-host Stu Varnell.',
      '"It is hard work," Valdez Orrin, who works at a mill in the valley, said on Monday.',
    );
    expect(speakerOf(article, 'The flap will fade')).toBe('Quenby Marsh');
    expect(speakerOf(article, 'We are the biggest')).toBe('Stu Varnell');
    expect(speakerOf(article, 'It is hard work')).toBe('Valdez Orrin');
  });

  it('reads "X went on to say" as X speaking', () => {
    const article = story('Quenby Marsh met the growers on Monday.', 'Marsh went on to say that "the mill will reopen in spring."');
    expect(speakerOf(article, 'the mill will reopen')).toBe('Quenby Marsh');
  });

  it('credits a quote to the signature line under it ("- Marsh.")', () => {
    const article = story(
      'Sen. Quenby Marsh and Sen. Oskil Brantley debated the farm bill on Monday.',
      '"I wrote half of that bill. Nobody else read it."',
      '- Marsh.',
      'The record shows otherwise.',
    );
    expect(speakerOf(article, 'I wrote half')).toBe('Quenby Marsh');
  });

  it('credits a run-on quote to the line that signs it before the closing mark ("Name, Body.")', () => {
    const article = story(
      'The ferry fares went up again this spring, and the harbour towns are counting the cost.',
      '"I fear the towns will pay twice for the same crossing while the council keeps the fares high.',
      '"Nobody on the island was asked.',
      'Mara Tolle, Institute for Coastal Policy."',
      'The council did not answer questions on Monday.',
    );
    expect(speakerOf(article, 'I fear the towns')).toBe('Mara Tolle');
  });

  it('credits a speaker named after a quote that ends with a quote inside it', () => {
    const article = story('"If you lose squarely, you shake hands and say, \'Well done,\' " said Rep. Diane Orrel, a state legislator.');
    expect(speakerOf(article, 'If you lose squarely')).toBe('Diane Orrel');
  });

  it('credits "X testified" after the words', () => {
    expect(speakerOf(story('"I signed every one of those orders," Nils Abery testified on Tuesday.'), 'I signed every one')).toBe('Nils Abery');
  });
});

describe('sources without a proper name', () => {
  it('makes "a U.S. official" a person named by the description, and "the report" a document', () => {
    const article = story(
      '"We have seen no sign of a deal," a U.S. official told reporters.',
      'According to the report, exports fell by a third. "The drop was sharper than expected," the report said.',
    );
    expect(speakerOf(article, 'We have seen no sign')).toBe('U.S. official');
    expect(article.actors.find((a) => a.name === 'U.S. official')).toMatchObject({ kind: 'person', unnamed: true });
    expect(article.actors.find((a) => a.name === 'report')).toMatchObject({ kind: 'document', unnamed: true });
    expect(speakerOf(article, 'The drop was sharper')).toBe('report');
  });

  it('links "the senator" to the senator the story named', () => {
    const article = story('Sen. Alma Rieck opposed the bill.', '"It is a giveaway," the senator said.');
    expect(speakerOf(article, 'It is a giveaway')).toBe('Alma Rieck');
  });

  it('does not credit "the Republican lawmaker" to the party: the party is the lawmaker\'s, and the rules look for the lawmaker', () => {
    const article = story('Sen. Orla Fenwick toured the flooded farms on Monday.', '"We need the money now," the Republican lawmaker said.');
    expect(speakerOf(article, 'We need the money')).toBe('Orla Fenwick');
  });

  it('still credits the body a spokesman speaks for', () => {
    expect(speakerOf(story('"No comment," the Acme spokesman said.'), 'No comment')).toBe('Acme');
  });

  it('keeps a quote whose speaker the story does not give, with nobody as its speaker', () => {
    // (A verb of saying with no one as its subject: "came a shout", with no verb, is left to the speech model.)
    const article = story('"Get out of our valley!" someone shouted from the back of the hall.', 'Nobody saw who had shouted.');
    expect(article.quotes.find((q) => q.text.startsWith('Get out of our valley'))).toMatchObject({ speakerId: null });
  });
  it('reads a surname that is also a common word ("Will") mid-sentence as the person the story named in full', () => {
    const article = story(
      'The columnist Laura Will hosts the show.',
      '"The levy is fair," said Harmon Tate.',
      'In a column, Will wrote: "It is a tax on the poor."',
      '"We Will not pay," Tate said.',
    );
    expect(speakerOf(article, 'It is a tax')).toBe('Laura Will');
    expect(speakerOf(article, 'We Will not pay')).toBe('Harmon Tate');
  });
  it('credits the person a description ends on past a title\'s abbreviation, an ordinal or "-based"', () => {
    const article = story(
      '"The base is ready," said Ministry spokesman Capt. Olek Dran.',
      '"The pier is not," said Army 1st Lt. Mira Sand.',
      '"The vote is lost," said Texas-based strategist Pavel Rusk, who ran two campaigns.',
    );
    expect(speakerOf(article, 'The base is ready')).toBe('Olek Dran');
    expect(speakerOf(article, 'The pier is not')).toBe('Mira Sand');
    expect(speakerOf(article, 'The vote is lost')).toBe('Pavel Rusk');
  });

  it('reads "Jan" before a name particle as a given name, and "Jan." before a day as the month', () => {
    const article = story(
      'The river rose again on Monday.',
      'Jan van Ostrum, the lock keeper, said the gates held. "We opened them twice," van Ostrum said.',
      'The gates were last painted on Jan. 5, before the ice.',
    );
    expect(article.actors.map((a) => a.name)).toEqual(['Jan van Ostrum']);
    expect(speakerOf(article, 'We opened them twice')).toBe('Jan van Ostrum');
  });

  it('passes over a place in a compound modifier after the verb, with a capitalised word before the name', () => {
    const article = story(
      'Support for the dam fell.',
      '"Who will pay for the sluices now?" said Ohio-based Republican pollster Lars Pettit, referring to the mayor.',
    );
    expect(speakerOf(article, 'Who will pay for the sluices')).toBe('Lars Pettit');
  });

  it('gives the words to the one who said them in a clause opened by "after", not to the subject of the main clause', () => {
    const article = story('Greta Holm backed the timetable on Wednesday morning, hours after Arne Vik said he was "relieved" by the changes.');
    expect(speakerOf(article, 'relieved')).toBe('Arne Vik');
  });
});

describe('an aside between dashes before the verb', () => {
  it("credits the name before the aside, and makes no source of the aside's description", () => {
    const article = story(
      'A complaint filed by Ida Morrow, a retired surveyor, was dismissed by the board.',
      'Reached on Tuesday, Morrow — who is listed as an engineer in Leeds but no longer practises — told reporters she would not appeal. She said, however, that she hopes "someone else takes up the case."',
    );
    expect(speakerOf(article, 'someone else')).toBe('Ida Morrow');
    expect(article.actors.filter((a) => / but /.test(a.name))).toEqual([]);
  });
});
