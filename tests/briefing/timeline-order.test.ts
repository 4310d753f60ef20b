import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../src/article/types.js';
import type { EventRef } from '../../src/briefing/subject.js';
import { byCodeUnits } from '../../src/briefing/text.js';
import { orderEvents } from '../../src/briefing/timeline-reply.js';

const article = { id: 'pier', headline: 'Pier talks' } as ParsedArticle;
const event = (date: string, text: string): EventRef => ({ article, event: { date, text, paragraph: 0 } as EventRef['event'] });

describe('events in date order', () => {
  it('puts the earliest first, a whole month before a day inside it, and drops the same event told twice', () => {
    const ordered = orderEvents([
      event('2025-03-09', 'The council votes on the pier.'),
      event('2025-03', 'Repairs run all month.'),
      event('2024-11-30', 'The storm damages the pier.'),
      event('2025-03-09', 'The council votes on the pier.'),
    ]);
    expect(ordered.map((e) => e.event.text)).toEqual(['The storm damages the pier.', 'Repairs run all month.', 'The council votes on the pier.']);
  });

  it('orders dates and instants by code units exactly as the locale would', () => {
    const instants = ['2025-03-09T10:00:00.000Z', '2024-12-31', '2025-03-09', '2025-03-08T23:59:59.999Z', '2025-01'];
    expect([...instants].sort(byCodeUnits)).toEqual([...instants].sort((a, b) => a.localeCompare(b)));
  });
});
