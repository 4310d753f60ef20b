import { describe, expect, it } from 'vitest';
import { planStatements, type CandidateStatement, type ReportToPlace } from '../../../src/store/statements/statement-plan.js';
import { statementKeys, statementWords } from '../../../src/store/statements/statement-words.js';

const DAY = 120_000;
const quote = (speakerId: number, text: string): ReportToPlace => ({ item: 'quote', speakerId, words: statementWords(text), text });
const claim = (speakerId: number, text: string): ReportToPlace => ({ ...quote(speakerId, text), item: 'claim' });
const stored = (id: number, speakerId: number, text: string, day = DAY, kind: 'quote' | 'claim' = 'quote'): CandidateStatement => ({
  id,
  speakerId,
  kind,
  words: statementWords(text),
  text,
  firstDay: day,
  lastDay: day,
});
/** A lookup over the given statements: those sharing a key, as the store would return them. */
const over = (statements: CandidateStatement[]) => async (keys: readonly string[]) =>
  statements.filter((s) => statementKeys(s.words).some((k) => keys.includes(k))).map((s) => ({ ...s }));

describe("placing an article's reports in statements", () => {
  it('joins a report to the statement of the same speaker with the same words or a trimmed form', async () => {
    const plan = await planStatements(
      [quote(7, 'No island family will be cut off'), quote(7, 'No island family will be cut off while this lasts')],
      DAY,
      over([stored(1, 7, 'No island family will be cut off while this lasts')]),
    );
    expect(plan.targets).toEqual([1, 1]);
    expect(plan.created).toEqual([]);
  });

  it("makes the statement's wording the fuller one when a longer form arrives", async () => {
    const plan = await planStatements([quote(7, 'We owe the crews ... a great deal, all of us')], DAY, over([stored(1, 7, 'We owe the crews a great deal')]));
    expect(plan.targets).toEqual([1]);
    expect(plan.grown.get(1)?.text).toBe('We owe the crews ... a great deal, all of us');
  });

  it("never joins different words, another speaker's words, or a paraphrase with a quote", async () => {
    const plan = await planStatements(
      [quote(7, 'The ferries must be safe first'), quote(8, 'The ferries must sail by Friday'), claim(7, 'the ferries must sail by Friday, she said')],
      DAY,
      over([stored(1, 7, 'The ferries must sail by Friday')]),
    );
    expect(plan.targets).toEqual([-1, -2, -3]);
  });

  it('joins a quote and a claim of one article in the very same words', async () => {
    const plan = await planStatements([quote(7, 'The crews have earned a rest,'), claim(7, 'The crews have earned a rest')], DAY, over([]));
    expect(plan.targets).toEqual([-1, -1]);
  });

  it('links the same words given to another speaker by another article, within days', async () => {
    const plan = await planStatements(
      [quote(8, 'The strike will end when the company pays what it owes')],
      DAY + 1,
      over([stored(1, 7, 'The strike will end when the company pays what it owes')]),
    );
    expect(plan.links).toEqual([{ a: -1, b: 1, kind: 'speaker' }]);
  });

  it("links a speaker's words changed by another article for the same moment", async () => {
    const plan = await planStatements(
      [quote(7, 'We will not return to the talks this week')],
      DAY,
      over([stored(1, 7, 'We will not reopen the talks this week')]),
    );
    expect(plan.targets).toEqual([-1]);
    expect(plan.links).toEqual([{ a: -1, b: 1, kind: 'wording' }]);
  });

  it('links nothing months apart, for undated articles, or for a short phrase', async () => {
    const old = over([stored(1, 7, 'We will not reopen the talks this week', DAY - 90)]);
    expect((await planStatements([quote(8, 'We will not reopen the talks this week')], DAY, old)).links).toEqual([]);
    expect(
      (await planStatements([quote(8, 'We will not reopen the talks this week')], 0, over([stored(1, 7, 'We will not reopen the talks this week')]))).links,
    ).toEqual([]);
    expect((await planStatements([quote(8, 'a fair wage')], DAY, over([stored(1, 7, 'a fair wage')]))).links).toEqual([]);
  });
});
