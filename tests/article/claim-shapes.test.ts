import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';

/** The claims of one invented paragraph, as [source, kind, text]. */
function claimsOf(paragraph: string): Array<[string | undefined, string, string]> {
  const article = parseArticle(`Harbour news\nMarch 4, 2025\n\n${paragraph}\n`);
  return article.claims.map((c) => [article.actors.find((a) => a.id === c.sourceId)?.name, c.kind, c.text]);
}

describe('a claim for every attributed statement', () => {
  it('makes a quote followed by "X said" a claim worded as quoted', () => {
    expect(claimsOf('"The bridge will hold," Mayor Ines Kort said.')).toEqual([['Ines Kort', 'statement', 'The bridge will hold']]);
  });

  it('takes the kind of a quote\'s cue: "warned"', () => {
    expect(claimsOf('"The river will flood the lower town," Mayor Ines Kort warned.')).toEqual([
      ['Ines Kort', 'warning', 'The river will flood the lower town'],
    ]);
  });

  it('ends the first speaker\'s claim where a second, named speaker takes over ("A said ..., but B testified ...")', () => {
    expect(claimsOf('Mayor Ines Kort said the bridge was safe, but engineer Piet Smeal testified that it was not.')).toEqual([
      ['Ines Kort', 'statement', 'the bridge was safe'],
      ['Piet Smeal', 'statement', 'it was not'],
    ]);
  });

  it('reads "CONTENT, said X, a role." as X\'s claim alone: the verbs inside what X said are no claims of their own', () => {
    expect(claimsOf('Engineers found a way through the old tunnel to reach the flooded pumps, said Jon Pell, a site manager.')).toEqual([
      ['Jon Pell', 'statement', 'Engineers found a way through the old tunnel to reach the flooded pumps'],
    ]);
  });

  it('still reads "X, a role, said CONTENT" with the content after the verb', () => {
    expect(claimsOf('Jon Pell, a site manager, said the old tunnel would hold until spring.')).toEqual([
      ['Jon Pell', 'statement', 'the old tunnel would hold until spring'],
    ]);
  });

  it('takes no plural noun inside a phrase for a verb of saying ("of ignoring safety reports for months")', () => {
    expect(claimsOf('Union leader Marta Oyelaran accused the port authority of ignoring safety reports for months.')).toEqual([
      ['Marta Oyelaran', 'accusation', 'accused the port authority of ignoring safety reports for months'],
    ]);
  });

  it('takes nothing a source did not say for a claim: "did not respond to requests for comment", "declined to comment"', () => {
    expect(claimsOf('A spokesman for the port authority did not respond to requests for comment.')).toEqual([]);
    expect(claimsOf('Mayor Ines Kort declined to comment on the talks.')).toEqual([]);
  });

  it('keeps a belief denied as an assessment: "does not believe the bridge will hold"', () => {
    expect(claimsOf('Mayor Ines Kort does not believe the old bridge will hold another winter.').map(([source, kind]) => [source, kind])).toEqual([
      ['Ines Kort', 'assessment'],
    ]);
  });

  it('reads "CONTENT, X said." with the content as the claim, not "said"', () => {
    expect(claimsOf('The bridge will hold for another decade, Mayor Ines Kort said.')).toEqual([
      ['Ines Kort', 'statement', 'The bridge will hold for another decade'],
    ]);
  });

  it('reads a trailing attribution with an adjunct after the verb', () => {
    expect(claimsOf('The bridge will hold for another decade, Ines Kort told reporters on Tuesday.')).toEqual([
      ['Ines Kort', 'statement', 'The bridge will hold for another decade'],
    ]);
  });

  it('reads a trailing attribution through a pronoun', () => {
    const claims = claimsOf('Mayor Ines Kort visited the quay. The bridge will hold for another decade, she said in a statement.');
    expect(claims).toContainEqual(['Ines Kort', 'statement', 'The bridge will hold for another decade']);
  });

  it('reads an attribution between commas: "The bridge, Kort said, will hold"', () => {
    expect(claimsOf('The old bridge, Ines Kort said, will hold for another decade.')).toEqual([
      ['Ines Kort', 'statement', 'The old bridge will hold for another decade'],
    ]);
  });

  it('gives "A said ..., B testified" to B, with A\'s words inside B\'s claim', () => {
    expect(claimsOf('The guard Ines Kort said the door was locked, the janitor Oskar Brandt testified.')).toEqual([
      ['Oskar Brandt', 'statement', 'The guard Ines Kort said the door was locked'],
    ]);
  });

  it('reads "see X as" as an assessment, with analysts speaking for their bank', () => {
    expect(claimsOf('Analysts at Northbank see the merger as a bet on falling rates.')).toEqual([
      ['Northbank', 'assessment', 'see the merger as a bet on falling rates'],
    ]);
  });

  it('does not read "saw prices as high as" as a view', () => {
    expect(claimsOf('The Harbour Board saw traffic as high as 40 ships a day.')).toEqual([]);
  });

  it('reads "call X\'s ..." though the object starts with a capital letter', () => {
    expect(claimsOf('Mayor Ines Kort called Eastland\'s decision "a betrayal of the harbour".')).toEqual([
      ['Ines Kort', 'statement', 'called Eastland\'s decision "a betrayal of the harbour"'],
    ]);
  });

  it('reads a verb that needs a complement when a capitalised name follows it', () => {
    expect(claimsOf('Mayor Ines Kort praised Eastland for its patience.')).toEqual([['Ines Kort', 'statement', 'praised Eastland for its patience']]);
  });

  it('reads "offered" with a noun and its clause as a promise', () => {
    expect(claimsOf('The Harbour Ministry offered assurances that the checks would be brief.')).toEqual([
      ['Harbour Ministry', 'promise', 'offered assurances that the checks would be brief'],
    ]);
  });

  it('reads "raised the odds" as a prediction', () => {
    expect(claimsOf('The Harbour Weather Office raised the odds of a flood to 40%.')).toEqual([
      ['Harbour Weather Office', 'prediction', 'raised the odds of a flood to 40%'],
    ]);
  });

  it('reads "demanded" as a demand', () => {
    expect(claimsOf('Mayor Ines Kort demanded that the vote be held before the summer.')).toEqual([
      ['Ines Kort', 'demand', 'demanded that the vote be held before the summer'],
    ]);
  });

  it('gives "accused by critics" to the critics, not to the one accused, and keeps what that one said', () => {
    expect(claimsOf('The Harbour Ministry, accused by critics of bowing to the unions, said inspections would stay strict.')).toEqual([
      ['critics', 'accusation', 'The Harbour Ministry, accused by critics of bowing to the unions'],
      ['Harbour Ministry', 'statement', 'inspections would stay strict'],
    ]);
  });

  it('gives a passive accusation to its agent', () => {
    expect(claimsOf('Ines Kort was accused by Oskar Brandt of hiding the report.')).toEqual([
      ['Oskar Brandt', 'accusation', 'Ines Kort was accused by Oskar Brandt of hiding the report'],
    ]);
  });

  it('makes no claim of a passive cue with no agent', () => {
    expect(claimsOf('Ines Kort was accused of hiding the report.')).toEqual([]);
  });
});

describe('a trailing attribution followed by a clause of its own', () => {
  it('reads "..., X said, and she warned ..." as two claims', () => {
    expect(claimsOf('Ferries will run a reduced timetable for a week, Ines Kort said, and she warned that fares would rise.')).toEqual([
      ['Ines Kort', 'statement', 'Ferries will run a reduced timetable for a week'],
      ['Ines Kort', 'warning', 'warned that fares would rise'],
    ]);
  });

  it('does not read "said it expected ..." as a trailing attribution', () => {
    expect(claimsOf('Ferries stopped, and the Harbour Board said it expected delays to ease.')).toEqual([
      ['Harbour Board', 'statement', 'it expected delays to ease'],
    ]);
  });
});

describe('whom "told" addresses', () => {
  it('leaves the addressee out of what was told', () => {
    expect(claimsOf('Ines Kort told Reuters the bridge would hold.')).toEqual([['Ines Kort', 'statement', 'the bridge would hold']]);
    expect(claimsOf('Ines Kort told reporters in Portvale that the bridge would hold.')).toEqual([['Ines Kort', 'statement', 'the bridge would hold']]);
  });

  it('does not take "..., told Reuters" for an attribution naming Reuters as the source', () => {
    const claims = claimsOf("The harbour board's chair, Ines Kort, told Reuters the bridge would hold.");
    expect(claims.map(([source]) => source)).toEqual(['Ines Kort']);
  });
});

describe('a reporting verb inside a relative clause', () => {
  it('reads "X, who wrote the bill, said ..." as one claim, what X said', () => {
    expect(claimsOf('Mayor Ines Kort, who wrote the plan, said the harbour would reopen.')).toEqual([['Ines Kort', 'statement', 'the harbour would reopen']]);
  });
});

describe('a source given by the post of a person the story names elsewhere', () => {
  /** The claims of an invented story of several paragraphs, as [source, text]. */
  const claimsIn = (...paragraphs: string[]) => {
    const article = parseArticle(`Harbour news\nMarch 4, 2025\n\n${paragraphs.join('\n')}\n`);
    return article.claims.map((c) => [article.actors.find((a) => a.id === c.sourceId)?.name, c.text]);
  };

  it('gives "..., the fund\'s chief executive said on Tuesday" to the chief executive the story names later', () => {
    expect(
      claimsIn(
        "The fund will sell its last coal shares by the end of the year, the fund's chief executive said on Tuesday.",
        'Its chief executive, Maren Tollefsen, has led the fund since 2021.',
      ),
    ).toContainEqual(['Maren Tollefsen', 'The fund will sell its last coal shares by the end of the year']);
  });

  it('gives "The port\'s harbour master said ..." to the one harbour master the story names', () => {
    expect(
      claimsIn("The port's harbour master said the lock would reopen in May.", 'Harbour master Sanne Brekveld has run the port since 2019.'),
    ).toContainEqual(['Sanne Brekveld', 'the lock would reopen in May']);
  });

  it('leaves such a claim unsourced when two people of the story hold the post', () => {
    const claims = claimsIn(
      "The fund will sell its last coal shares, the fund's chief executive said.",
      'Its chief executive, Maren Tollefsen, replaced another chief executive, Ola Brenne, in 2021.',
    );
    expect(claims.filter(([, text]) => String(text).startsWith('The fund will sell'))).toEqual([]);
  });
});

describe('", saying ..." after people who acted', () => {
  const sourcesOf = (paragraph: string) => {
    const article = parseArticle(`Harbour news\nMarch 4, 2025\n\n${paragraph}\n`);
    return article.claims.map((c) => {
      const actor = article.actors.find((a) => a.id === c.sourceId);
      return [actor?.name, actor?.kind, c.text];
    });
  };

  it('gives the claim to the people named with a complement before their verb', () => {
    expect(sourcesOf('Workers at the plant in Holmvik walked out on Monday, saying the new shifts were unsafe.')).toEqual([
      ['workers at the plant in Holmvik', 'group', 'the new shifts were unsafe'],
    ]);
    expect(sourcesOf('Residents of the estate marched to the town hall, saying the rents were too high.')).toEqual([
      ['residents of the estate', 'group', 'the rents were too high'],
    ]);
  });

  it('reads a plural of those who are something ("parents", "tenants") as people', () => {
    expect(sourcesOf('Parents at the school kept their children at home on Friday, saying the buses were not safe.')).toEqual([
      ['parents at the school', 'group', 'the buses were not safe'],
    ]);
    expect(sourcesOf('Tenants gathered outside the housing office, saying the lifts had been broken for months.')).toEqual([
      ['tenants', 'group', 'the lifts had been broken for months'],
    ]);
  });

  it('leaves out a count before the people ("Hundreds of")', () => {
    expect(sourcesOf('Hundreds of nurses at the county hospital have refused to work overtime, saying the wards are understaffed.')).toEqual([
      ['nurses at the county hospital', 'group', 'the wards are understaffed'],
    ]);
  });

  it('ends the people\'s complement where their verb begins ("declined to comment" is no part of who they are)', () => {
    expect(sourcesOf('Officials at the ministry declined to comment, saying the inquiry was still open.')).toEqual([
      ['officials at the ministry', 'group', 'the inquiry was still open'],
    ]);
  });

  it('keeps a noun after "of" that names no people out of the source', () => {
    expect(sourcesOf('Documents at the office showed the plan was drafted in June.').map((c) => c[0])).not.toContain('documents at the office');
  });
});

describe('an aspect verb before "to" and a verb', () => {
  it('reads "continued to anger" as no claim of the one who continued', () => {
    expect(claimsOf('Lina Ostberg said Pavel Dorn continued to anger the crews by cutting the night runs.')).toEqual([
      ['Lina Ostberg', 'statement', 'Pavel Dorn continued to anger the crews by cutting the night runs'],
    ]);
  });

  it('gives a claim to the one named before an age and a description, not to a body inside the description', () => {
    expect(
      claimsOf(
        'Lars Strand, 61, a former Navy pilot who now works for the port authority, said Greta Holm should be ready for questions about the ferry contract.',
      ),
    ).toEqual([['Lars Strand', 'statement', 'Greta Holm should be ready for questions about the ferry contract']]);
  });

  it('never takes what was said after "said" for people saying it ("said the cuts would hurt nurses")', () => {
    expect(claimsOf("Brell's wife, Ann Holt, who works at the hospital, said the cuts would hurt nurses.")).toEqual([
      ['Ann Holt', 'statement', 'the cuts would hurt nurses'],
    ]);
  });
});
