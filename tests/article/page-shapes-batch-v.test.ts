/**
 * Shapes met in the twenty-second batch (session 22: a court's appeal read as a call, a relative
 * clause's claim running on into the sentence, words posted on social media, those who speak for
 * someone), each on invented text of its own.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';

const parse = (...paragraphs: string[]) =>
  parseArticle(['Harbour rules tighten', '', 'The harbour board met late into Monday night.', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-04' });
type Parsed = ReturnType<typeof parse>;
const nameOf = (a: Parsed, id: string | null) => a.actors.find((x) => x.id === id)?.name ?? null;
const claimsOf = (a: Parsed) => a.claims.map((c) => `${nameOf(a, c.sourceId) ?? c.sourceText} (${c.kind}): ${c.text}`);

describe('a call needs its preposition (batch V)', () => {
  it('reads "appealed for calm" and "pleaded with the crews to stay" as calls', () => {
    const a = parse('Mayor Tod Brack appealed for calm after the riot on Sunday.', 'Bishop Ana Lume pleaded with the strikers to return to work.');
    expect(claimsOf(a)).toEqual([
      'Tod Brack (call): appealed for calm after the riot on Sunday',
      'Ana Lume (call): pleaded with the strikers to return to work',
    ]);
  });

  it('reads "would appeal the ruling" as a court appeal: no call, and "said" keeps its own kind', () => {
    const a = parse('Ines Varga was fined on Monday by the county court.', 'Varga said she would appeal the ruling.');
    expect(claimsOf(a)).toEqual(['Ines Varga (statement): she would appeal the ruling']);
  });
});

describe('a note on a claim closing it (batch V)', () => {
  it('leaves ", a claim the council disputed" and ", a figure the company denies" out of what was said', () => {
    const a = parse(
      'Mayor Tod Brack said on Monday that the bridge would close, a claim the council disputed.',
      'Ines Varga said 400 jobs would go, a figure the company denies.',
    );
    expect(claimsOf(a)).toEqual(['Tod Brack (statement): the bridge would close', 'Ines Varga (statement): 400 jobs would go']);
  });
});

describe('a clause whose subject is a post the story gives no one (batch V)', () => {
  it('gives "..., while the mayor urged calm" to no one rather than to the last name before it', () => {
    const a = parse('Police Chief Omar Reyes warned residents to stay away from the area, while the mayor urged calm.');
    expect(claimsOf(a)).toEqual(['Omar Reyes (warning): warned residents to stay away from the area']);
  });

  it('gives it to the one person the story names in that post', () => {
    const a = parse(
      'Mayor Ada Fenn visited the scene on Monday.',
      'Police Chief Omar Reyes warned residents to stay away from the area, while the mayor urged calm.',
    );
    expect(claimsOf(a)).toContain('Ada Fenn (call): urged calm');
  });
});

describe('a gerund after "of" (batch V)', () => {
  it('reads "accused its rivals of bargaining in bad faith and of adding new demands" as one accusation, no statement "adding"', () => {
    const a = parse('Tessaly Motors accused its rivals of bargaining in bad faith and of adding new demands at the last minute.');
    expect(claimsOf(a)).toEqual(['Tessaly Motors (accusation): accused its rivals of bargaining in bad faith and of adding new demands at the last minute']);
  });

  it('still reads "took the rare step of announcing that ..." as what was announced', () => {
    const a = parse('Mayor Ines Varga took the rare step of announcing that the fair would be cancelled.');
    expect(claimsOf(a)).toEqual(['Ines Varga (statement): the fair would be cancelled']);
  });
});

describe('a time between a described subject and its verb (batch V)', () => {
  it('gives "A Dutch court on Tuesday blocked the sale, saying ..." to the court, not to the country its adjective names', () => {
    const a = parse('A Dutch court on Tuesday blocked the sale of the stake, saying the government had not assessed the risks.');
    expect(claimsOf(a)).toEqual(['Dutch court (statement): the government had not assessed the risks']);
  });
});

describe('what a spokesperson adds after a quotation (batch V)', () => {
  it('gives \'"...," a spokesperson for the shipping group said, adding that ...\' both claims to the group', () => {
    const a = parse('"We respect the ruling," a spokesperson for the shipping group said, adding that it remained committed to the deal.');
    expect(claimsOf(a)).toEqual(['shipping group (statement): it remained committed to the deal', 'shipping group (statement): We respect the ruling']);
  });
});

describe('a claim inside a relative clause (batch V)', () => {
  it('ends a denial with the clause that carries it: "Rask, who has denied any wrongdoing, resigned"', () => {
    const a = parse('Tobin Rask, who has denied any wrongdoing, resigned on Friday.');
    expect(claimsOf(a)).toEqual(['Tobin Rask (denial): denied any wrongdoing']);
  });

  it('keeps the main verb\'s own claim after the clause: "The firm, which had long warned of the risk, said ..."', () => {
    const a = parse('Delmar Freight, which had long warned of the risk, said on Monday that prices would rise.');
    expect(claimsOf(a)).toEqual(['Delmar Freight (warning): warned of the risk', 'Delmar Freight (statement): prices would rise']);
  });
});

describe('words posted on social media (batch V)', () => {
  it('reads "posted on social media that" as a statement, without the platform in it and with no outlet made of "social media"', () => {
    const a = parse('Mayor Tod Brack posted on social media that the road would reopen on Friday.');
    expect(claimsOf(a)).toEqual(['Tod Brack (statement): the road would reopen on Friday']);
    expect(a.actors.map((x) => x.name)).toEqual(['Tod Brack']);
  });

  it('credits a quote closed by "X posted" to X, with "posted" as its cue', () => {
    const a = parse('"We are back in business," Mayor Tod Brack posted on his campaign page.');
    expect(a.quotes.map((q) => [nameOf(a, q.speakerId), q.cue])).toEqual([['Tod Brack', 'posted']]);
  });

  it('reads no cue in "a loss posted", "a video posted to its account" or "her latest post"', () => {
    const a = parse(
      'Acme Freight posted a loss of $3 million in the third quarter.',
      'Lena Moor spoke in a video posted to the union account on Monday.',
      'Moor defended her latest post on the strike.',
    );
    expect(a.claims).toEqual([]);
  });

  it('reads "reminded reporters that" as a statement, but not "reminded him of the date"', () => {
    const a = parse('Senator Ida Voss reminded reporters that the bill had passed twice.', 'Voss reminded him of the date of the vote.');
    expect(claimsOf(a)).toEqual(['Ida Voss (statement): reminded reporters that the bill had passed twice']);
  });
});

describe('those who speak for someone (batch V)', () => {
  it('keeps "her lawyers" as a source of their own: the client is not credited with their words', () => {
    const a = parse(
      'Mara Quell was charged on Monday with fraud at the county court.',
      '"She is innocent of every charge," her lawyers said in a statement.',
      '"I did nothing wrong," Quell said.',
    );
    expect(a.quotes.map((q) => [q.text, nameOf(a, q.speakerId)])).toEqual([
      ['She is innocent of every charge,', 'her lawyers'],
      ['I did nothing wrong,', 'Mara Quell'],
    ]);
    expect(a.actors.find((x) => x.name === 'her lawyers')).toMatchObject({ kind: 'group', unnamed: true });
  });

  it('does the same for "his aides said that"', () => {
    const a = parse('Governor Piet Alder left the state on Monday.', 'His aides said that he would return on Friday.');
    expect(claimsOf(a)).toEqual(['His aides (statement): he would return on Friday']);
  });
});

describe('a verb and its inverted subject after a role noun (batch V)', () => {
  it('reads "said spokesman Tom Roe" and "said resident Ana Pell, 64," as "said" and its speaker, the cue kept', () => {
    const a = parse('"The pier will reopen in May," said spokesman Tom Roe.', '"We have never seen water this high," said resident Ana Pell, 64.');
    expect(a.quotes.map((q) => [nameOf(a, q.speakerId), q.cue])).toEqual([
      ['Tom Roe', 'said'],
      ['Ana Pell', 'said'],
    ]);
  });
});

describe('names the dateline and the story tell apart (batch V)', () => {
  const wire = (...paragraphs: string[]) =>
    parseArticle(['Crews walk out', '', 'By Jo Vance', '', `TALLBRIDGE, Ore. (AP) — ${paragraphs[0]}`, ...paragraphs.slice(1)].join('\n\n'));

  it('keeps the dateline town a place though the story names "the Tallbridge station", so no words reach the story through it', () => {
    const a = wire(
      'Rail crews walked off the job Sunday.',
      '"They left us no choice," union president Carla Mendes told reporters outside the Tallbridge station.',
    );
    expect(a.actors.find((x) => x.name === 'Tallbridge')?.kind).toBe('place');
    expect(a.quotes[0]).not.toHaveProperty('via');
  });

  it('reads "the Brotherhood of X" as an organisation, and "the company" as the company named last, not the union', () => {
    const a = wire(
      'The Brotherhood of Track Crews accused the operator of bargaining in bad faith.',
      'Northline Rail denied the charge. In a statement, the company said it had offered a fair package.',
    );
    expect(a.actors.find((x) => x.name === 'Brotherhood of Track Crews')?.kind).toBe('organization');
    expect(claimsOf(a)).toContain('Northline Rail (promise): it had offered a fair package');
  });
});

describe('a release that prints who speaks over their words (batch V)', () => {
  it('credits the words under "Transport Minister Jane Roe said:" to her, quotation marks or not, and the first-person paragraph after them too', () => {
    const a = parse(
      'Rural communities will get a new fund for bus routes, Transport Minister Maya Fennick announced today.',
      'Transport Minister Maya Fennick said:',
      'Buses are a lifeline for people in rural areas. This funding will make sure no village is left behind.',
      'We will publish the first awards in June.',
      'Network chair Rupert Hale, of the County Councils Network, said:',
      'The councils welcome this announcement.',
      'Bids close on 30 June.',
    );
    expect(a.subheadings).toEqual([]);
    expect(a.quotes.map((q) => [q.text.slice(0, 30), nameOf(a, q.speakerId), q.cue])).toEqual([
      ['Buses are a lifeline for peopl', 'Maya Fennick', 'said'],
      ['We will publish the first awar', 'Maya Fennick', 'said'],
      ['The councils welcome this anno', 'Rupert Hale', 'said'],
    ]);
    // What they said is their claim, not a claim of "we" read from inside it.
    expect(a.claims.filter((c) => c.text.startsWith('welcomed'))).toEqual([]);
  });

  it('gives no speaker to a "said:" line that names no one the story names', () => {
    const a = parse('The Prime Minister said:', 'This is a day of mourning for the whole country.');
    expect(a.quotes.map((q) => q.speakerId)).toEqual([null]);
  });
});

describe('sources a story names by what happened to them, or by what they wrote (batch V)', () => {
  it('reads "Families of the residents have accused X, saying ..." as one unnamed group making both claims, and "Families" as no one\'s name', () => {
    const a = parse('Families of the residents have accused the county of breaking a promise, saying they learned of it from a newspaper.');
    expect(a.actors.map((x) => [x.name, x.kind, !!x.unnamed])).toEqual([['families of the residents', 'group', true]]);
    expect(claimsOf(a)).toEqual([
      'families of the residents (accusation): accused the county of breaking a promise',
      'families of the residents (statement): they learned of it from a newspaper',
    ]);
  });

  it('gives "A report obtained by the Courier says ..." to the report, not to the paper that obtained it', () => {
    const a = parse('A report obtained by the Courier says the homes lost money.', 'But a leaked cabinet paper seen by the Courier recommends closing them.');
    expect(claimsOf(a)).toEqual(['report (statement): the homes lost money', 'leaked cabinet paper (call): recommended closing them']);
    expect(a.actors.find((x) => x.name === 'leaked cabinet paper')?.kind).toBe('document');
  });
});

describe('titles of honour (batch V)', () => {
  it('gives "Council leader Dame Ivy Cole" the role "Council leader", not "Dame"', () => {
    const a = parse('Council leader Dame Ivy Cole said the vote was close.', 'Network chair Sir Rupert Hale said the plan would work.');
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => [x.name, x.roles])).toEqual([
      ['Ivy Cole', ['Council leader']],
      ['Rupert Hale', ['Network chair']],
    ]);
  });
});

describe('people named with what they are to the story (batch V)', () => {
  it('reads "Parent Dana Wirth" and "Another parent, Imran Qadir," as Dana Wirth and Imran Qadir, parents', () => {
    const a = parse(
      'Parent Dana Wirth said she would move her children.',
      'Another parent, Imran Qadir, said the roof had been checked. "Checked by who?" he asked.',
    );
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => [x.name, x.roles])).toEqual([
      ['Dana Wirth', ['Parent']],
      ['Imran Qadir', ['parent']],
    ]);
    expect(a.quotes.map((q) => nameOf(a, q.speakerId))).toEqual(['Imran Qadir']);
  });

  it('reads "del Carmen Ruiz" as Maria del Carmen Ruiz, named in full before, not as a new person "Carmen Ruiz"', () => {
    const a = parse('Maria del Carmen Ruiz, the city treasurer, said the budget was balanced.', '"We have no debt," del Carmen Ruiz said.');
    expect(a.actors.map((x) => x.name)).toEqual(['Maria del Carmen Ruiz']);
    expect(a.quotes.map((q) => nameOf(a, q.speakerId))).toEqual(['Maria del Carmen Ruiz']);
  });

  it('reads a relative whose given name the lexicon lacks as a person of their own: "Tamsyra Varn was heard" after "Tomas Ekwe Varn"', () => {
    const a = parse(
      'Firefighters pulled Tomas Ekwe Varn, a 51-year-old ferryman, from the river on Tuesday.',
      'A neighbour filmed the rescue from the bank. Tamsyra Varn was heard calling to the crew.',
      '"Hold on to the rope," she says.',
    );
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => x.name)).toEqual(['Tomas Ekwe Varn', 'Tamsyra Varn']);
    expect(a.quotes.map((q) => nameOf(a, q.speakerId))).toEqual(['Tamsyra Varn']);
  });

  it('makes no person of a surname after a word that opens a sentence or a campaign: "Whereas Varn", "Stop Varn"', () => {
    const a = parse('Tomas Varn won the vote.', 'Whereas Varn has said little, his rival spoke for an hour.', 'The Stop Varn campaign has raised $2 million.');
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => x.name)).toEqual(['Tomas Varn']);
  });

  it('makes no group of "Opposition" in "Opposition leader Raj Patel ..., calling ..."', () => {
    const a = parse('Opposition leader Raj Patel demanded that the minister resign, calling the plan "a fantasy".');
    expect(a.actors.map((x) => x.name)).toEqual(['Raj Patel']);
  });

  it('takes a role from what follows "because" in a phrase before the name, and none from a clause of its own', () => {
    const a = parse(
      "Workers are angry because the plant's owner, Tessaly Motors, plans to move the line.",
      'Though Voss has won over younger voters, Ines Varga still leads the race.',
    );
    expect(a.actors.find((x) => x.name === 'Tessaly Motors')?.roles).toEqual(["plant's owner"]);
    expect(a.actors.find((x) => x.name === 'Ines Varga')?.roles).toEqual([]);
  });
});

describe('an opinion page that names its author only in a note (batch V)', () => {
  const page = (...lines: string[]) => parseArticle(lines.join('\n\n'));
  const argument = [
    'When the council unveiled its housing strategy last week, the leader, Cllr Noel Pratt, promised "thousands of affordable homes within five years".',
    'The plan relies on private developers to build most of the new homes, and the last scheme delivered few.',
  ];

  it('takes the author from the note opening the piece, and the disclaimer at its foot is no paragraph', () => {
    const a = page(
      'Opinion',
      "The council's housing plan will fail renters",
      'Councillor Beth Arden is the opposition housing spokesperson on Marlow City Council.',
      ...argument,
      "The views expressed here are the author's own.",
    );
    expect(a.bylines).toEqual(['Beth Arden']);
    expect(a.paragraphs).toEqual(argument);
  });

  it('takes it from a note closing the piece', () => {
    const a = page(
      'Comment',
      "The council's housing plan will fail renters",
      ...argument,
      'Ivo Brandt is a fellow at the Kestrel Institute for Housing Policy.',
    );
    expect(a.bylines).toEqual(['Ivo Brandt']);
    expect(a.paragraphs).toEqual(argument);
  });

  it('leaves a news story alone whose first paragraph says who someone is', () => {
    const a = page('Housing plan unveiled', 'Beth Arden is the first woman to lead Marlow City Council.', ...argument);
    expect(a.bylines).toEqual([]);
    expect(a.paragraphs[0]).toBe('Beth Arden is the first woman to lead Marlow City Council.');
  });
});

describe('a body whose name holds "to" and a verb (batch V)', () => {
  it('reads "the Committee to Protect Reporters" and "the Alliance to Save Our Parks" as one name each, no person "Protect Reporters"', () => {
    const a = parse(
      'The Committee to Protect Reporters said the arrests were unlawful.',
      '"We will keep the gates open," said Ana Roe of the Alliance to Save Our Parks.',
    );
    expect(a.actors.map((x) => [x.name, x.kind])).toEqual([
      ['Committee to Protect Reporters', 'organization'],
      ['Ana Roe', 'person'],
      ['Alliance to Save Our Parks', 'organization'],
    ]);
  });

  it('keeps a body and a place or a school after "to" apart: "the letter from the Harbour Council to Tarrow"', () => {
    const a = parse('The letter from the Harbour Council to Tarrow arrived on Monday.', 'The grant from the Kestrel Fund to Ostby Primary School was cut.');
    expect(a.actors.map((x) => x.name)).toEqual(expect.arrayContaining(['Harbour Council', 'Kestrel Fund', 'Ostby Primary School']));
  });
});

describe('a surname two people of the story carry (batch V)', () => {
  it('keeps "Mr. Varga" and "President Varga" apart from "Irena Varga", and "Mrs. Varga" with her', () => {
    const a = parse(
      'Irena Varga spoke first at the dinner on Saturday.',
      'Mr. Varga said the vote mattered. "It is personal," President Varga added.',
      'Mrs. Varga smiled.',
    );
    expect(a.actors.map((x) => [x.name, x.roles, x.gender])).toEqual([
      ['Irena Varga', [], 'f'],
      ['Varga', ['President'], 'm'],
    ]);
    expect(a.quotes.map((q) => nameOf(a, q.speakerId))).toEqual(['Varga']);
  });
});

describe('a person the story names by surname alone (batch V)', () => {
  it('reads no gender from a surname that is also a given name: "she said" after "Senator Howard" is hers, by the rule', () => {
    const a = parse(
      'Senator Howard questioned Tom Hale at the hearing, and Mark Brand, an aide, watched from the back. She began with the harbour budget.',
      '"When will he publish the contract?" she said.',
    );
    expect(a.quotes.map((q) => [nameOf(a, q.speakerId), q.cue])).toEqual([['Howard', 'said']]);
  });
});
