import { describe, expect, it } from 'vitest';
import type { AttributionTrace } from '../../../src/article/attribution/attribute-quotes.js';
import { parseArticle } from '../../../src/article/parse-article.js';

/** The reasons the candidate finder gives a named candidate of the quote that starts with `start`; invented sentences. */
function reasonsFor(paragraphs: string[], start: string, name: string): string[] {
  const trace: AttributionTrace = { quotes: [], mentions: [] };
  const article = parseArticle(['Valley news', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { trace });
  const id = article.actors.find((a) => a.name === name)?.id;
  const decision = trace.quotes.find((q) => q.text.startsWith(start));
  return decision?.candidates.find((c) => c.actorId === id)?.features ?? [];
}

describe('what the candidate finder says of a name near a quote', () => {
  it('marks a name right after "that" as the subject of what was said, and not as the inverted subject of the verb', () => {
    const reasons = reasonsFor(
      ['Mayor Oskar Brun met Rina Dahl on Monday.', 'Brun said that Dahl had not kept the "promise of the valley."'],
      'promise of the valley',
      'Rina Dahl',
    );
    expect(reasons).toContain('name:after-that');
    expect(reasons.some((r) => r.endsWith(':inverted'))).toBe(false);
  });

  it('still reads the name right after a saying verb as its inverted subject', () => {
    const reasons = reasonsFor(['"The road will stay closed," said Rina Dahl, a spokeswoman.'], 'The road will stay closed', 'Rina Dahl');
    expect(reasons.some((r) => r.endsWith(':inverted'))).toBe(true);
    expect(reasons).not.toContain('name:after-that');
  });

  it('does not read a name in a clause after the verb ("said on Friday after X announced", "said to X") as its inverted subject', () => {
    const after = reasonsFor(
      ['"We will keep every job in Tarnby," Ilse Varn said on Friday after Korvo Mills announced the plant would close.'],
      'We will keep every job',
      'Korvo Mills',
    );
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((r) => r.endsWith(':inverted'))).toBe(false);
    const to = reasonsFor(['"The bridge is safe," Ilse Varn said to Pavel Orsk at the hearing.'], 'The bridge is safe', 'Pavel Orsk');
    expect(to.length).toBeGreaterThan(0);
    expect(to.some((r) => r.endsWith(':inverted'))).toBe(false);
  });

  it('does not read the object of a saying verb after "to" or an auxiliary ("used to describe X", "would call X") as its inverted subject', () => {
    const infinitive = reasonsFor(
      ['"Who is the real vandal here?" asked Ilse Varn, borrowing a word the mayor has used to describe Pavel Orsk for years.'],
      'Who is the real vandal',
      'Pavel Orsk',
    );
    expect(infinitive.length).toBeGreaterThan(0);
    expect(infinitive.some((r) => r.endsWith(':inverted'))).toBe(false);
    const auxiliary = reasonsFor(
      ['"Nobody on the council agrees," said Ilse Varn, who would never call Pavel Orsk an ally.'],
      'Nobody on the council',
      'Pavel Orsk',
    );
    expect(auxiliary.length).toBeGreaterThan(0);
    expect(auxiliary.some((r) => r.endsWith(':inverted'))).toBe(false);
    expect(
      reasonsFor(['"Nobody on the council agrees," said Ilse Varn, who would never call Pavel Orsk an ally.'], 'Nobody on the council', 'Ilse Varn'),
    ).toContain('cue:sent:after:inverted');
  });

  it('gives a quote inside a sentence to the speaker its closing ", said X" names, not to the subject the quote describes', () => {
    const paragraphs = [
      'Mayor Ilse Varn "won easily among older voters" in the last race, said Pavel Orsk, a historian at Tarnby College.',
      'The harbour board "has lost the trust of the fishermen" this year, and it knows it, says Mira Holt.',
    ];
    expect(reasonsFor(paragraphs, 'won easily', 'Pavel Orsk')).toContain('rule:decided');
    expect(reasonsFor(paragraphs, 'won easily', 'Ilse Varn')).not.toContain('rule:decided');
    expect(reasonsFor(paragraphs, 'has lost the trust', 'Mira Holt')).toContain('rule:decided');
  });

  it('gives quoted paragraphs after "X said in a statement:" to X, the first through the colon and the rest as its continuation', () => {
    const paragraphs = [
      'Mayor Ilse Varn met the harbour board on Monday.',
      'Varn said in a statement:',
      '"We will rebuild the pier. It will take time, and money.',
      '"The town has waited long enough."',
    ];
    expect(reasonsFor(paragraphs, 'We will rebuild', 'Ilse Varn')).toContain('rule:introduced');
    expect(reasonsFor(paragraphs, 'The town has waited', 'Ilse Varn')).toContain('rule:continued');
    // A colon after words that say nothing ("The plan is as follows:") introduces no one.
    const plan = ['Mayor Ilse Varn met the harbour board on Monday.', 'The plan is as follows:', '"Rebuild the pier first."'];
    const planReasons = reasonsFor(plan, 'Rebuild the pier', 'Ilse Varn');
    expect(planReasons.length).toBeGreaterThan(0);
    expect(planReasons).not.toContain('rule:introduced');
  });

  it('carries a quote on past a short line ending on a colon ("Transcript follows:")', () => {
    const paragraphs = ['"We will build it in four years," Omar Velde said at the rally.', 'Transcript follows:', '"Tonight we came to the port."'];
    expect(reasonsFor(paragraphs, 'Tonight we came', 'Omar Velde')).toContain('rule:continued');
    // A longer paragraph between is a paragraph of its own: the quote after it is not carried on.
    const longer = [
      '"We will build it in four years," Omar Velde said at the rally.',
      'The crowd cheered and the band played for an hour after that:',
      '"Tonight we came to the port."',
    ];
    const longerReasons = reasonsFor(longer, 'Tonight we came', 'Omar Velde');
    expect(longerReasons.length).toBeGreaterThan(0);
    expect(longerReasons).not.toContain('rule:continued');
  });

  it('does not read who was told ("told Harbour Radio") as the inverted subject of "told"', () => {
    const told = reasonsFor(['"The night ferry will run all winter," Ivo Tarn told Harbour Radio after the vote.'], 'The night ferry', 'Harbour Radio');
    expect(told.length).toBeGreaterThan(0);
    expect(told.some((r) => r.endsWith(':inverted'))).toBe(false);
  });

  it('gives a participle the person a place\'s title belongs to as its subject ("Nordland Gov. Ivo Tarn ..., assuring")', () => {
    const paragraphs = [
      'Nordland Gov. Ivo Tarn opened the new ferry terminal on Monday, assuring dock workers that the port was "ready for the winter storms."',
    ];
    expect(reasonsFor(paragraphs, 'ready for the winter', 'Ivo Tarn')).toContain('rule:decided');
    expect(reasonsFor(paragraphs, 'ready for the winter', 'Nordland')).not.toContain('rule:decided');
  });

  it('takes "it" after "NAME\'s office issued a statement" for the person whose office it is', () => {
    const paragraphs = [
      'Mayor Maria Lund met Governor Ivo Tarn on Monday to discuss the bridge.',
      'Tarn said the state would pay half.',
      'Lund\'s office later issued a statement. "The mayor is pleased with the talks," it said.',
    ];
    const lund = reasonsFor(paragraphs, 'The mayor is pleased', 'Maria Lund');
    expect(lund).toContain('ant:resolver');
    expect(lund).toContain('ant:fit=agree');
    expect(reasonsFor(paragraphs, 'The mayor is pleased', 'Ivo Tarn')).not.toContain('ant:resolver');
  });

  it("marks a noun cue that a saying verb takes as its object: the noun's owner is talked about, not speaking", () => {
    const reasons = reasonsFor(
      ['Mayor Oskar Brun met Rina Dahl on Monday.', 'Brun called Dahl\'s remarks "a gift to the builders."'],
      'a gift to the builders',
      'Rina Dahl',
    );
    expect(reasons).toContain('cue:noun-object');
    const own = reasonsFor(['Rina Dahl\'s statement called the plan "a gift to the builders."'], 'a gift to the builders', 'Rina Dahl');
    expect(own).not.toContain('cue:noun-object');
  });

  it("sets the speakers of earlier sentences against the one the quote's own sentence names right after it", () => {
    const paragraphs = ['"Is the ferry late?" Tove Lind asked on the pier. "Again?" Lind said. "Not today," said Pål Krog, the skipper.'];
    const rival = reasonsFor(paragraphs, 'Not today', 'Tove Lind');
    expect(rival).toContain('rival:named-after');
    // What stood before the sentence no longer speaks for her.
    expect(rival.some((r) => r.startsWith('name:para:before') || r.startsWith('cue:para:before'))).toBe(false);
    expect(reasonsFor(paragraphs, 'Not today', 'Pål Krog')).not.toContain('rival:named-after');
  });

  it('proposes the one who signs a run-on quote a paragraph further on, past a quoted paragraph between', () => {
    const paragraphs = [
      'The ferry fares went up again this spring.',
      '"I fear the towns will pay twice for the same crossing.',
      '"Nobody on the island was asked.',
      'Mara Tolle, Institute for Coastal Policy."',
    ];
    expect(reasonsFor(paragraphs, 'I fear the towns', 'Mara Tolle')).toContain('signature');
    expect(reasonsFor(paragraphs, 'Nobody on the island', 'Mara Tolle')).toContain('signature');
    // A closing line that is a sentence of its own signs nothing.
    const sentence = ['"I fear the towns will pay twice.', 'Mara Tolle told the council the same thing."'];
    expect(reasonsFor(sentence, 'I fear the towns', 'Mara Tolle')).not.toContain('signature');
  });

  it('leaves the earlier speaker alone when the quote names nobody after it', () => {
    const reasons = reasonsFor(['"Is the ferry late?" Tove Lind asked on the pier. "It was late on Monday too."'], 'It was late', 'Tove Lind');
    expect(reasons).not.toContain('rival:named-after');
    expect(reasons.some((r) => r.startsWith('name:para:before'))).toBe(true);
  });

  it("tells a pronoun's antecedent both how recent a source it is and how near a name, together", () => {
    const paragraphs = ['Lena Fjord, the council leader, said the budget was final. Then Ruth Sande, her deputy, walked out.', '"No more cuts," she said.'];
    // Fjord spoke last; Sande is the nearest woman named.
    expect(reasonsFor(paragraphs, 'No more cuts', 'Lena Fjord')).toContain('ant:source0&rank1');
    expect(reasonsFor(paragraphs, 'No more cuts', 'Ruth Sande')).toContain('ant:source-&rank0');
  });
  it('counts someone reported as taking a position ("endorsed", "made it clear") as the last source a "he" may point to', () => {
    const paragraphs = [
      'Mayor Tomas Ferle met Henrik Solby at the depot on Friday.',
      'Solby endorsed the tunnel route after the meeting, and Ferle made it clear that he would vote against it.',
      '"It will cost the valley ten years," he said.',
    ];
    expect(reasonsFor(paragraphs, 'It will cost the valley', 'Tomas Ferle')).toContain('ant:source0');
    expect(reasonsFor(paragraphs, 'It will cost the valley', 'Henrik Solby')).toContain('ant:source1');
  });

  it('marks the last speaker named before a "she said" quote, reported or quoted, whatever came through a pronoun since', () => {
    const reported = [
      '"The ferry must run all winter," said Tove Lind, the harbour master.',
      'Greta Holm argued that the council could not pay for a winter service.',
      '"We will not find the money," she said.',
    ];
    // Holm was reported speaking after Lind was quoted: she is the last named source.
    expect(reasonsFor(reported, 'We will not find', 'Greta Holm')).toContain('pronoun-last-named');
    expect(reasonsFor(reported, 'We will not find', 'Tove Lind')).not.toContain('pronoun-last-named');
    const throughPronoun = [
      'Greta Holm argued that the council could not pay for a winter service.',
      '"The ferry must run all winter," said Tove Lind, the harbour master.',
      'She added that the island schools depended on it.',
      '"We will find the money somewhere," she said.',
    ];
    // "She added" names nobody: the last named source is still Lind, quoted.
    expect(reasonsFor(throughPronoun, 'We will find the money', 'Tove Lind')).toContain('pronoun-last-named');
    expect(reasonsFor(throughPronoun, 'We will find the money', 'Greta Holm')).not.toContain('pronoun-last-named');
  });

  it('marks no last named source for a quote whose own speaker is named', () => {
    const paragraphs = ['Greta Holm argued that the council could not pay.', '"The ferry must run all winter," said Tove Lind.'];
    expect(reasonsFor(paragraphs, 'The ferry must run', 'Greta Holm')).not.toContain('pronoun-last-named');
  });

  it('marks the name after an opening participle phrase as the subject of the sentence before "he said"', () => {
    for (const opening of ['Quoting his own column from the spring,', 'Asked about the vote on Tuesday,', 'Warned of the storm surge,']) {
      const reasons = reasonsFor(
        [`${opening} Tom Ebright mocked Holloway's pledge to rebuild the quay.`, '"It was never costed," he said.'],
        'It was never costed',
        'Tom Ebright',
      );
      expect(reasons).toContain('ant:subject-previous-sentence');
    }
  });

  it('marks the one who "released the following statement:" as the cue of the paragraph of quote after it', () => {
    const reasons = reasonsFor(
      [
        'The dam on the Orle river turned 25 this week, and the town held a fair beside it.',
        'When the old lighthouse keeper Per Ask died in 2004, Governor Bill Clarke released the following statement:',
        '"Mary and I send our sympathy to the family of Per Ask."',
      ],
      'Mary and I send',
      'Bill Clarke',
    );
    expect(reasons).toContain('prevcue:colon');
  });

  it('marks "The mayor" opening a sentence as the mayor the story named, the subject before "she said"', () => {
    const reasons = reasonsFor(
      [
        'Mayor Ines Kort met the opposition leader, Tomas Brell, on Monday.',
        'The mayor later spoke to reporters outside the town hall. "I will not resign," she said.',
      ],
      'I will not resign',
      'Ines Kort',
    );
    expect(reasons).toContain('ant:subject-previous-sentence');
    expect(reasons).toContain('ant:resolver');
  });
});
