import { describe, expect, it } from 'vitest';
import { latestSlotAtOrBefore, slotOnDate, slotsBetween } from '../../src/schedule/slots.js';

const london = (time: string) => ({ time, timezone: 'Europe/London' });
const iso = (d: Date) => d.toISOString();

describe('digest slots', () => {
  it('puts 07:30 London at 07:30 UTC in winter and 06:30 UTC after the spring change', () => {
    expect(iso(slotOnDate(london('07:30'), '2026-03-28'))).toBe('2026-03-28T07:30:00.000Z');
    expect(iso(slotOnDate(london('07:30'), '2026-03-29'))).toBe('2026-03-29T06:30:00.000Z');
  });

  it('moves a London time that does not exist on the spring-forward day forward by the gap', () => {
    // 01:30 GMT never happens on 29 March 2026: clocks jump from 01:00 to 02:00.
    expect(iso(slotOnDate(london('01:30'), '2026-03-29'))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of the two 01:30s on the autumn fall-back day in London', () => {
    expect(iso(slotOnDate(london('01:30'), '2026-10-25'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(slotOnDate(london('07:30'), '2026-10-25'))).toBe('2026-10-25T07:30:00.000Z');
  });

  it('lists one slot per day across both London changes, none lost and none doubled', () => {
    const spring = slotsBetween(london('01:30'), new Date('2026-03-27T12:00:00Z'), new Date('2026-03-31T12:00:00Z'));
    expect(spring.map(iso)).toEqual(['2026-03-28T01:30:00.000Z', '2026-03-29T01:30:00.000Z', '2026-03-30T00:30:00.000Z', '2026-03-31T00:30:00.000Z']);
    const autumn = slotsBetween(london('01:30'), new Date('2026-10-23T12:00:00Z'), new Date('2026-10-27T12:00:00Z'));
    expect(autumn.map(iso)).toEqual(['2026-10-24T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z', '2026-10-27T01:30:00.000Z']);
  });

  it('places Tokyo and New York 07:30 on the same local date at their own instants', () => {
    expect(iso(slotOnDate({ time: '07:30', timezone: 'Asia/Tokyo' }, '2026-03-10'))).toBe('2026-03-09T22:30:00.000Z');
    expect(iso(slotOnDate({ time: '07:30', timezone: 'America/New_York' }, '2026-03-10'))).toBe('2026-03-10T11:30:00.000Z');
  });

  it('finds the latest slot at or before an instant, including exactly at the slot', () => {
    const rule = { time: '07:30', timezone: 'Asia/Tokyo' };
    expect(iso(latestSlotAtOrBefore(rule, new Date('2026-03-09T22:30:00Z')))).toBe('2026-03-09T22:30:00.000Z');
    expect(iso(latestSlotAtOrBefore(rule, new Date('2026-03-09T22:29:59Z')))).toBe('2026-03-08T22:30:00.000Z');
  });
});
