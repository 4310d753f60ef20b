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
