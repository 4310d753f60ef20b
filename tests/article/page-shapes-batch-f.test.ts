/**
 * Page shapes met in the sixth batch of fresh pages (session 7), each on invented text of its own
 * (not the fixtures' text): "Name, Political reporter" as a byline, an explainer's question
 * subheadings, a release's date and place after a dash, its quotes signed on the line under them and
 * its closing boxes, a run of photo credits, "Most viewed" lists and comment counters.
 */
import { describe, expect, it } from 'vitest';
import { photographers } from '../../src/article/credits.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { isFurnitureLine } from '../../src/article/page-furniture.js';
import { riverStory as story, structuredPage as page } from './story.js';

describe('header lines of the sixth batch', () => {
  it('reads "Name, Political reporter" on one line as a byline, the beat and trade no part of it', () => {
    const s = page('Sluices opened as river rises at Brekhaven', 'Marit Olsen, Environment correspondent', 'March 3, 2026', ...story);
    expect(s.bylines).toEqual(['Marit Olsen']);
    expect(s.summary).not.toContain('Marit Olsen, Environment correspondent');
  });

  it('reads the place after a date and a dash, as a government release dates itself', () => {
    const s = page('Water board announces new sluices', 'News release', 'June 4, 2025 – Brekhaven, Lower Veld', ...story);
    expect(s.publishedAt).toBe('2025-06-04');
    expect(s.dateline).toBe('Brekhaven, Lower Veld');
  });
});

describe('the body of the sixth batch', () => {
  it("takes an explainer's short questions between paragraphs for subheadings", () => {
    const s = page(
      'Why are the sluices open?',
      'By Jonas Terpe',
      'March 3, 2026',
      story[0]!,
      'What did the keepers see?',
      story[1]!,
      story[2]!,
      'How long will it last?',
      story[3]!,
    );
    expect(s.paragraphs).toHaveLength(4);
    expect(s.subheadings).toEqual(['What did the keepers see?', 'How long will it last?']);
  });

  it('keeps a single question among the paragraphs, and a question in quotation marks', () => {
    const s = page('Sluices opened', 'By Jonas Terpe', 'March 3, 2026', story[0]!, 'So what went wrong?', ...story.slice(1));
    expect(s.paragraphs).toHaveLength(5);
  });

  it("puts a quote's signature line ('– Name, Title, Body') after the quote, so the quote has its speaker", () => {
    const a = parseArticle(
      [
        'Water board announces new sluices',
        'June 4, 2025',
        'The water board announced on Wednesday that it would build two new sluices at Brekhaven, its chair said in a statement.',
        '"These sluices will keep the lower town dry for fifty years."',
        '– Hanna Kamp, Chair, Lower Veld Water Board',
        '"Every keeper on the river has asked for this."',
        '– Anouk Velde, Sluice Keeper, Brekhaven',
      ].join('\n'),
    );
    expect(a.paragraphs).toHaveLength(3);
    const who = (text: string) => a.actors.find((x) => x.id === a.quotes.find((q) => q.text.includes(text))?.speakerId)?.name;
    expect(who('fifty years')).toBe('Hanna Kamp');
    expect(who('Every keeper')).toBe('Anouk Velde');
  });

  it("ends a release's story at its closing boxes: quick facts, links, contacts", () => {
    const s = page(
      'Water board announces new sluices',
      'June 4, 2025',
      ...story,
      'Quick facts',
      'The board manages 41 sluices along the river.',
      'Associated links',
      'Sluice programme',
      'Contacts',
      'Press Office',
      'Lower Veld Water Board',
    );
    expect(s.paragraphs).toHaveLength(4);
  });

  it('ends the story at a "Most viewed" list, and takes comment counters and a bare "Read more" for furniture', () => {
    expect(isFurnitureLine('Comments (1,204)')).toBe(true);
    expect(isFurnitureLine('Comments 87')).toBe(true);
    expect(isFurnitureLine('Comments were closed after the vote.')).toBe(false);
    const s = page(
      'Sluices opened as river rises',
      'By Jonas Terpe',
      'March 3, 2026',
      'Comments 87',
      ...story,
      'Read more',
      'Dyke warden retires after forty winters',
      'Most viewed',
      'Ferry crossings cut as fog settles',
    );
    expect(s.paragraphs).toHaveLength(4);
  });

  it('names every photographer of a credit run ("Pictures: A, B and C")', () => {
    expect(photographers('Pictures: Joost Brand, Eline Vos and Ruud Kamp')).toEqual(['Joost Brand', 'Eline Vos', 'Ruud Kamp']);
    expect(photographers('Photos: Joost Brand & Eline Vos')).toEqual(['Joost Brand', 'Eline Vos']);
  });
});
