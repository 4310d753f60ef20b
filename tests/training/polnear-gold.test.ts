import { describe, expect, it } from 'vitest';
import { readBratAttributions } from '../../src/training/brat.js';
import { goldQuotes, nameKey, namesHoldKey, scorerQuotedSpans, tokenF1 } from '../../src/training/polnear-gold.js';

describe('the scorer’s gold, rebuilt', () => {
  it('takes the surname a source names, and nothing from a description or a pronoun', () => {
    expect(nameKey('Senator Jane Roe')).toBe('roe');
    expect(nameKey('John Doe of the Example Institute')).toBe('doe');
    expect(nameKey("the group's director, Ann Smith")).toBe('smith');
    expect(nameKey("Rep. Sam O'Neil (D-Ore.)")).toBe('oneil');
    expect(nameKey('the Republican nominee')).toBeNull();
    expect(nameKey('officials')).toBeNull();
    expect(nameKey('she')).toBeNull();
  });

  it('finds quoted spans paragraph by paragraph, closing an open one at the paragraph end', () => {
    const text = 'He said “we are ready,” and left.\n“It runs on';
    expect(scorerQuotedSpans(text).map((s) => s.text)).toEqual(['we are ready', 'It runs on']);
  });

  it('keeps the quotes inside annotated content and resolves "she said" to the nearest named source before', () => {
    const text = 'Ann Berg said "the dam holds." Later "the river rose," she said.';
    const at = (s: string) => text.indexOf(s);
    const ann = [
      `T1\tSource ${at('Ann Berg')} ${at('Ann Berg') + 8}\tAnn Berg`,
      `T2\tContent ${at('"the dam')} ${at(' Later')}\t"the dam holds."`,
      'E1\tAttribution:T9 Content:T2 Source:T1',
      `T3\tSource ${at('she')} ${at('she') + 3}\tshe`,
      `T4\tContent ${at('"the river')} ${at(' she')}\t"the river rose,"`,
      'E2\tAttribution:T9 Content:T4 Source:T3',
    ].join('\n');
    const golds = goldQuotes(text, readBratAttributions(ann));
    expect(golds.map((g) => [g.text, g.key, g.pronoun])).toEqual([
      ['the dam holds', 'berg', false],
      ['the river rose', 'berg', true],
    ]);
  });

  it('matches quotes by token F1 and speakers by a name that holds the key as a word', () => {
    expect(tokenF1('the dam holds', 'The dam holds.')).toBe(1);
    expect(tokenF1('the dam', 'the dam holds firm today')).toBeLessThan(0.8);
    expect(namesHoldKey(['Ann Berg', 'Berg'], 'berg')).toBe(true);
    expect(namesHoldKey(['Ann Bergman'], 'berg')).toBe(false);
  });
});
