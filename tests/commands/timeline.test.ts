import { describe, expect, it } from 'vitest';
import { input, serviceOver } from '../briefing/helpers.js';

describe('/timeline on the default article', () => {
  it('lists dated events in date order, the Vietnam visit still to come on the day of the article', async () => {
    const { service } = serviceOver();
    const reply = await service.handle(input('timeline'));
    const earlier = reply.sections.find((s) => s.title === 'Earlier')!.lines.map((l) => l.text);
    expect(earlier.findIndex((t) => t.startsWith('2006'))).toBeLessThan(earlier.findIndex((t) => t.startsWith('2022')));
    expect(earlier.findIndex((t) => t.startsWith('2022'))).toBeLessThan(earlier.findIndex((t) => t.startsWith('March 2024')));
    expect(earlier.at(-1)).toMatch(/^June 17, 2024/);
    const coming = reply.sections.find((s) => s.title === 'Coming up')!.lines;
    expect(coming[0]!.text).toMatch(/^June 19–20, 2024: After North Korea, Putin will visit Vietnam/);
    expect(reply.sections.find((s) => s.title === 'Happening now')!.lines[0]!.text).toMatch(/^June 18, 2024/);
  });

  it('puts everything in the past when asked years later', async () => {
    const { service } = serviceOver(undefined, { now: () => new Date('2026-01-01T00:00:00Z') });
    const reply = await service.handle(input('timeline'));
    expect(reply.sections.map((s) => s.title)).toEqual(['Earlier']);
    expect(reply.sections[0]!.lines.at(-1)!.text).toMatch(/Vietnam/);
  });

  it('narrows to an actor', async () => {
    const { service } = serviceOver();
    const reply = await service.handle(input('timeline', { about: 'Putin' }));
    expect(reply.title).toBe('Timeline: Vladimir Putin');
    const text = reply.sections.flatMap((s) => s.lines.map((l) => l.text)).join('\n');
    expect(text).toContain('Vietnam');
    expect(text).not.toContain('since 2006');
  });
});
