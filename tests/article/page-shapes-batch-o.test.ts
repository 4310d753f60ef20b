/**
 * Page shapes met in the fifteenth batch of fresh pages (session 14: a rugby report with its venue and
 * city, a constituency result with a table, the English edition of a French daily, a fact-check that
 * quotes the post it checks in fragments, a storm story with social posts embedded), each on invented
 * text of its own (not the fixtures' text).
 */
import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../src/article/page-furniture.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { riverStory as story, structuredPage as page } from './story.js';

const parse = (...paragraphs: string[]) =>
  parseArticle(['Harbour news', '', 'The match was played in front of a full crowd on Sunday.', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });
const kindOf = (a: ReturnType<typeof parse>, name: string) => a.actors.find((x) => x.name === name)?.kind;
const rolesOf = (a: ReturnType<typeof parse>, name: string) => a.actors.find((x) => x.name === name)?.roles ?? [];

describe('match reports of batch O pages', () => {
  it('takes a ground or a hall named right after "at" for a place, and the town after it too', () => {
    const a = parse('Osk Harriers won 31-12 at Velde Park in Brekhaven on Saturday.', 'The count at the Marl Hall in Tarnby ended at 3am.');
    expect(kindOf(a, 'Velde Park')).toBe('place');
    expect(kindOf(a, 'Brekhaven')).toBe('place');
    expect(kindOf(a, 'Marl Hall')).toBe('place');
  });

  it('takes one-word sides of a result by one game\'s score for teams, not the players of a match of sets', () => {
    const a = parse('Tarnby beat Oskvale 24-17 on a wet afternoon.', 'Oskvale coach Jonas Brede said his side had lost the forward battle.');
    expect(kindOf(a, 'Tarnby')).toBe('organization');
    expect(kindOf(a, 'Oskvale')).toBe('organization');
    const b = parse('Velde beat Marl 6-4, 6-3 in the final.', 'Marl said she had been tired.');
    expect(kindOf(b, 'Marl')).toBe('person');
  });

  it('takes a full-time or half-time score under its label for furniture, not a bare score or a headline after it', () => {
    for (const line of ['FULL TIME: Tarnby 24-17 Oskvale', 'FT: Osk Harriers 2-1 Brede Town', 'Half-time: Tarnby 13 Oskvale 10'])
      expect(isFurnitureLine(line), line).toBe(true);
    expect(isFurnitureLine('Tarnby 24-17 Oskvale')).toBe(false);
    const s = page('FULL TIME: Tarnby 24-17 Oskvale', 'Brede kicks Tarnby to a home win at Velde Park', 'By Ines Marl', 'March 3, 2026', ...story);
    expect(s.headline).toBe('Brede kicks Tarnby to a home win at Velde Park');
  });

  it("reads rugby positions and a club's 'director of rugby' before a name as the person's roles", () => {
    const a = parse(
      'Tarnby beat Oskvale 24-17, with fly-half Femi Adeyoke kicking 14 points and flanker Aled Brynmor scoring twice.',
      'Oskvale director of rugby Jonas Brede said the referee had been fair.',
    );
    expect(rolesOf(a, 'Femi Adeyoke')).toContain('fly-half');
    expect(rolesOf(a, 'Aled Brynmor')).toContain('flanker');
    expect(rolesOf(a, 'Jonas Brede')).toContain('director of rugby');
  });

  it("takes a name closing in 'Rangers' for a club", () => {
    const a = parse('Tarnby travel to Osk Rangers next Saturday.', 'The club said tickets had sold out.');
    expect(kindOf(a, 'Osk Rangers')).toBe('organization');
  });
});

describe('election pages of batch O', () => {
  it('takes a known place with a compass word after it for a place, and a seat listed beside it too', () => {
    const a = parse('Polls closed early in Brekhaven on Thursday.', 'The Dyke Party won two seats, Osk Marsh and Brekhaven West, the returning officer said.');
    expect(kindOf(a, 'Brekhaven West')).toBe('place');
    expect(a.actors.some((x) => x.kind === 'place' && [x.name, ...(x.aliases ?? [])].includes('Osk Marsh'))).toBe(true);
  });
});
