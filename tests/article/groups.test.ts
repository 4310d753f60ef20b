/** Groups of people named by what they do, standing as sources: invented sentences. */
import { describe, expect, it } from 'vitest';
import { isPeoplePlural } from '../../src/article/groups.js';
import { parseArticle } from '../../src/article/parse-article.js';

const sourcesIn = (text: string) => {
  const article = parseArticle(`Valley frost\n\n${text}`);
  return article.claims.map((c) => {
    const source = article.actors.find((a) => a.id === c.sourceId);
    return [source?.kind, source?.name, c.text];
  });
};

describe('groups of people as sources', () => {
  it('keeps a plural with a place after it as one group ("Growers across the valley said")', () => {
    expect(sourcesIn('Growers across the valley said the frost had killed the buds.')).toEqual([
      ['group', 'growers across the valley', 'the frost had killed the buds'],
    ]);
    expect(sourcesIn('Rescue teams in the town said they had reached 300 homes.')).toEqual([
      ['group', 'rescue teams in the town', 'they had reached 300 homes'],
    ]);
  });

  it('reads a plural that opens the sentence as a group, not a person named by its capital', () => {
    expect(sourcesIn('Commuters said the trains were late again.')).toEqual([['group', 'commuters', 'the trains were late again']]);
  });

  it('tells plurals that name people by their trade from other plurals', () => {
    expect(['hauliers', 'fishermen', 'economists', 'technicians', 'growers'].every(isPeoplePlural)).toBe(true);
    expect(['others', 'numbers', 'papers', 'sectors', 'taxes'].some(isPeoplePlural)).toBe(false);
  });
});
