/**
 * Claim shapes left open after batch J (session 11), on invented sentences: people described by
 * where they work who speak for themselves ("Workers at the Tarrow plant said"), a participle after a
 * comma that is the speaker's next claim ("told staff that X, saying Y"), and irregular past tenses
 * ("withheld", "upheld", "foresaw") read as verbs.
 */
import { describe, expect, it } from 'vitest';
import { directionOf } from '../../src/article/date-tense.js';
import { parseArticle } from '../../src/article/parse-article.js';

const story = (...body: string[]) => parseArticle(['Plant to close', 'March 3, 2026', ...body].join('\n'));
const sourceOf = (a: ReturnType<typeof parseArticle>, words: string) =>
  a.actors.find((x) => x.id === a.claims.find((c) => c.text.includes(words))?.sourceId)?.name;

describe('people described by the body they are in', () => {
  it('reads "Workers at the Tarrow plant said ..." as a claim of the workers, an unnamed group', () => {
    const a = story('Workers at the Tarrow plant said they had not been paid since March.');
    expect(sourceOf(a, 'had not been paid')).toBe('workers at the Tarrow plant');
    expect(a.actors.find((x) => x.name === 'workers at the Tarrow plant')?.kind).toBe('group');
  });

  it('keeps a surname that reads like a plural ("Rivers said") the person it names, not a group', () => {
    const a = story('Senator Joss Rivers spoke in Tarrow on Monday. Rivers said the dam was safe.');
    expect(sourceOf(a, 'dam was safe')).toBe('Joss Rivers');
  });

  it('still reads "Officials at the Tarrow Ministry said ..." as the ministry speaking', () => {
    const a = story('Officials at the Tarrow Ministry said the plant would close.');
    expect(sourceOf(a, 'plant would close')).toBe('Tarrow Ministry');
  });
});

describe('a participle after a comma', () => {
  it('keeps ", saying Y" out of what "told staff that X" claims, and makes Y a claim of its own', () => {
    const a = story('Managers at the Tarrow plant told staff on Monday that the line would close in June, saying orders had fallen by half.');
    const texts = a.claims.map((c) => c.text);
    expect(texts).toContain('the line would close in June');
    expect(texts).toContain('orders had fallen by half');
    expect(texts.some((t) => t.includes('line would close') && t.includes('saying'))).toBe(false);
  });
});

describe('irregular past tenses', () => {
  it('reads "withheld", "upheld" and "foresaw" as past tenses', () => {
    for (const verb of ['withheld', 'upheld', 'foresaw', 'withdrew', 'overcame']) expect(directionOf(verb), verb).toBe('past');
    expect(directionOf('on the ground')).toBe(null);
  });

  it('reads the subject of "Tenants at the Harlow estate withheld rent, saying ..." as the one saying it', () => {
    const a = story('Tenants at the Harlow estate withheld their rent, saying repairs were overdue.');
    expect(sourceOf(a, 'repairs were overdue')).toBe('tenants at the Harlow estate');
  });

  it('reads "X foresaw a slump" as a prediction of X', () => {
    const a = story('Analyst Ivo Brandt foresaw a slump in orders.');
    const claim = a.claims.find((c) => c.text.includes('slump in orders'));
    expect(a.actors.find((x) => x.id === claim?.sourceId)?.name).toBe('Ivo Brandt');
    expect(claim?.kind).toBe('prediction');
  });
});
