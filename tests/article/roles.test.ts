/** Roles read around a name: a description after a comma, one in front, and a title, on invented sentences. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';

const rolesIn = (text: string) => {
  const article = parseArticle(`Harbour plan\n\n${text}`);
  return Object.fromEntries(article.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.roles]));
};

describe('roles of the people in a story', () => {
  it("takes a description between commas after a name as the person's role", () => {
    expect(rolesIn("Maren Oduya, the district's councillor for transport, said the ferries would run until midnight.")).toEqual({
      'Maren Oduya': ["district's councillor for transport"],
    });
  });

  it('takes a description before a name when it opens a later sentence of the paragraph', () => {
    expect(rolesIn('Rents have doubled. A spokesman for the state Department of Roads, Lukas Tenn, said the bridge would close.')).toEqual({
      'Lukas Tenn': ['spokesman for the state Department of Roads'],
    });
  });

  it('reads a profession by its suffix and drops the relative clause after it', () => {
    expect(rolesIn('Dr Ilse Varga, a marine biologist who studies the bay, said the water was warming.')).toEqual({ 'Ilse Varga': ['marine biologist'] });
  });

  it('keeps the noun in front of a role ("agency head") and a title after a place ("State Sen.")', () => {
    expect(rolesIn('"The crater is unstable," agency head Joris Wendt told reporters. State Sen. Aldo Prien called the plan "a waste."')).toEqual({
      'Joris Wendt': ['agency head'],
      'Aldo Prien': ['State Sen.'],
    });
  });
});
