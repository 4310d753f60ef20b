/** Roles read around a name: a description after a comma, one in front, and a title, on invented sentences. */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/article/lexicon.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { wordRoles } from '../../src/article/role-wording.js';

const rolesIn = (text: string) => {
  const article = parseArticle(`Harbour plan\n\n${text}`);
  return Object.fromEntries(article.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.roles]));
};

describe('roles of the people in a story', () => {
  it('reads the role in an appositive after a verb and "the": "met the opposition leader, Tomas Brell,"', () => {
    expect(rolesIn('Mayor Ines Kort met the opposition leader, Tomas Brell, on Monday.')['Tomas Brell']).toEqual(['opposition leader']);
  });

  it("takes a description between commas after a name as the person's role", () => {
    expect(rolesIn("Maren Oduya, the district's councillor for transport, said the ferries would run until midnight.")).toEqual({
      'Maren Oduya': ["district's councillor for transport"],
    });
  });

  it('reads a post with a prefix joined by a hyphen: "the vice-president for transport", "an ex-minister"', () => {
    expect(rolesIn('"We cannot pay," said Jo Berg, the vice-president for transport, during a debate. Lars Moe, an ex-minister, agreed.')).toEqual({
      'Jo Berg': ['vice-president for transport'],
      'Lars Moe': ['ex-minister'],
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

  it('keeps the noun in front of a role ("agency head") and a title after a place ("State Sen.", spelt out)', () => {
    expect(rolesIn('"The crater is unstable," agency head Joris Wendt told reporters. State Sen. Aldo Prien called the plan "a waste."')).toEqual({
      'Joris Wendt': ['agency head'],
      'Aldo Prien': ['State Senator'],
    });
  });
});

describe('roles that read well', () => {
  it('spells out an abbreviated title and keeps one title where a person has two ("Chairman Rep.")', () => {
    expect(
      rolesIn(
        'Democratic Sen. Vera Olsk said the port needed dredging. Transport Committee Chairman Rep. Ivo Marsh said it did not. Attorney Gen. Pia Roan agreed.',
      ),
    ).toEqual({
      'Vera Olsk': ['Democratic Senator'],
      'Ivo Marsh': ['Transport Committee Chairman'],
      'Pia Roan': ['Attorney General'],
    });
  });

  it('drops "now the" before a role', () => {
    expect(rolesIn('Tomas Ekdal, now the county treasurer, said the levy would rise.')).toEqual({ 'Tomas Ekdal': ['county treasurer'] });
  });

  it('gives one person a role in the singular and drops a wording cut short before the name it belonged to', () => {
    const lex = loadLexicon();
    expect(wordRoles(['mayoral candidates'], lex)).toEqual(['mayoral candidate']);
    expect(wordRoles(["the Crown's", 'longtime aide to Mrs', 'county treasurer'], lex)).toEqual(['county treasurer']);
  });
});

describe('a role shared by several people', () => {
  it('gives each of them the role in the singular, without the count', () => {
    expect(rolesIn('Two council members, Oren Tal and Sara Holm, signed the letter.')).toMatchObject({ 'Oren Tal': ['council member'] });
  });
});

describe('a role that opens the sentence with a time of office', () => {
  it('keeps "Former" and the place in the role, and makes no body of "Former US"', () => {
    const article = parseArticle('Harbour plan\n\nFormer US secretary of agriculture Greta Lund said the harbour would silt up.');
    expect(article.actors.map((a) => a.name)).not.toContain('Former US');
    expect(rolesIn('Former US secretary of agriculture Greta Lund said the harbour would silt up.')).toEqual({
      'Greta Lund': ['Former US secretary of agriculture'],
    });
  });

  it('keeps "Former" in a title that follows the place: "Former Ohio Governor"', () => {
    const article = parseArticle('Harbour plan\n\nFormer Ohio Governor Tom Bale said the harbour would silt up.');
    expect(article.actors.find((a) => a.name === 'Tom Bale')?.roles).toEqual(['Former Ohio Governor']);
    expect(article.actors.find((a) => a.name === 'Ohio')?.kind).toBe('place');
  });

  it('reads "Retired" before a place as part of the role, not of a name', () => {
    const article = parseArticle('Harbour plan\n\nRetired Ohio judge Amos Fell said the ruling was sound.');
    expect(article.actors.find((a) => a.name.startsWith('Retired'))).toBeUndefined();
    expect(article.actors.find((a) => a.name === 'Amos Fell')?.roles).toEqual(['Retired Ohio judge']);
  });
});

describe('an office with its portfolio in lower case', () => {
  it('reads "minister for education" in front of a name whole', () => {
    expect(rolesIn('The plan was backed by deputy minister for education Ines Varo on Monday.')).toEqual({
      'Ines Varo': ['deputy minister for education'],
    });
  });
});
