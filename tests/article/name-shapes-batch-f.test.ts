/**
 * What a name is, told by the words around it, as the sixth batch of fresh pages showed, on invented
 * text of its own: a company "called X", a club's plural verb and its first word alone, "FC X" then
 * "X", a name listed beside a place, "Cape X" and "X Cove", a body named after a place ("Unite
 * Westmoor"-like), the same name made an organisation elsewhere, people "at X", a company's word.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { kindOf } from '../support/parsed-lookups.js';

const parse = (...paragraphs: string[]) => parseArticle(['Harbour news', '', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });
const people = (article: ReturnType<typeof parse>) => article.actors.filter((a) => a.kind === 'person').map((a) => a.name);

describe('bodies by the words around their names', () => {
  it('takes "a <body noun> called X" for an organisation', () => {
    const a = parse(
      'A bakery chain called Brodhaus Kern has opened four shops in the harbour district since June.',
      'A haulage firm named Velt Osterby said it would hire drivers.',
    );
    expect(kindOf(a, 'Brodhaus Kern', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Velt Osterby', { aliases: true })).toBe('organization');
    expect(people(a)).toEqual([]);
  });

  it('takes a name before a plural verb at the start of a sentence for a team, and its first word alone for the same club', () => {
    const a = parse(
      'Marrowby Rovers have been fined for fielding an ineligible player.',
      'Marrowby chairman Oskar Lind said the club would appeal. Marrowby host Kelso on Friday.',
    );
    expect(kindOf(a, 'Marrowby Rovers', { aliases: true })).toBe('organization');
    const club = a.actors.find((x) => x.name === 'Marrowby Rovers')!;
    expect(club.aliases).toContain('Marrowby');
    expect(people(a)).toEqual(['Oskar Lind']);
  });

  it('takes "FC X" for a club, and "X" alone after it for the same club even when it speaks', () => {
    const a = parse('FC Dunmere Athletic beat the league leaders on Sunday.', 'Dunmere Athletic said the win was the best of the season.');
    expect(kindOf(a, 'FC Dunmere Athletic', { aliases: true })).toBe('organization');
    expect(people(a)).toEqual([]);
  });

  it('takes a one-word name that the story made an organisation for that organisation when it speaks elsewhere', () => {
    const a = parse('Inspectors from the state rail agency, Bantrafik, closed the line on Friday.', 'Bantrafik says the line could reopen within a month.');
    expect(a.actors.filter((x) => x.name === 'Bantrafik').map((x) => x.kind)).toEqual(['organization']);
  });

  it('takes a name whose last word is a place the story names, with no given name first, for a body of that place', () => {
    const a = parse(
      'Brekhaven city council voted to close two libraries.',
      'The unions were angry. Unison Brekhaven accused the council of breaking its word.',
    );
    expect(kindOf(a, 'Unison Brekhaven', { aliases: true })).toBe('organization');
    expect(people(a)).toEqual([]);
  });

  it('takes a name ending in "Terminals" for a company', () => {
    const a = parse('Kessel Harbour Terminals said it would buy six cranes, its chief executive Mara Vos said.');
    expect(kindOf(a, 'Kessel Harbour Terminals', { aliases: true })).toBe('organization');
  });
});

describe('places by the words around their names', () => {
  it('takes a name listed beside a place for a place', () => {
    const a = parse('Shipping lines could divert cargo to Ostmark and Velberg if the strike lasts.');
    expect(kindOf(a, 'Ostmark', { aliases: true })).toBe('place');
    expect(kindOf(a, 'Velberg', { aliases: true })).toBe('place');
  });

  it('takes "Cape X", "River X" and "X Cove" for places', () => {
    const a = parse('Boats at Cape Haldor and Brennan Cove stayed in port, and the River Ulme burst its banks.');
    expect(kindOf(a, 'Cape Haldor', { aliases: true })).toBe('place');
    expect(kindOf(a, 'Brennan Cove', { aliases: true })).toBe('place');
    expect(kindOf(a, 'River Ulme', { aliases: true })).toBe('place');
  });

  it('takes the place where farmers or residents are, or where a basin stands, for a place', () => {
    const a = parse(
      'Residents at Tollmere, where the new road will run, accused the county of ignoring them.',
      'A storage basin upstream at Kelby will hold the flood water.',
    );
    expect(kindOf(a, 'Tollmere', { aliases: true })).toBe('place');
    expect(kindOf(a, 'Kelby', { aliases: true })).toBe('place');
    expect(people(a)).toEqual([]);
  });
});
