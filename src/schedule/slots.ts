/**
 * When a subscription's digests are due: pure functions of a local time (HH:MM), an IANA zone and
 * instants. DST rules: a time that does not exist on a spring-forward day moves forward by the
 * gap (01:30 becomes 02:30 in Europe/London); a time that happens twice on a fall-back day is
 * taken at its first occurrence.
 */
import { DateTime } from 'luxon';

/** What a slot depends on: a subscription's local time and zone. */
export interface SlotRule {
  /** HH:MM, 24-hour. */
  time: string;
  /** IANA zone. */
  timezone: string;
}

/** Splits "07:30" into hours and minutes; throws on anything else (validate user input first). */
function hoursAndMinutes(time: string): { hour: number; minute: number } {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`not an HH:MM time: ${time}`);
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) throw new RangeError(`not an HH:MM time: ${time}`);
  return { hour, minute };
}

/**
 * The slot instant on a local calendar date (YYYY-MM-DD in the rule's zone).
 * @example slotOnDate({ time: '07:30', timezone: 'Europe/London' }, '2026-03-29') // 2026-03-29T06:30:00.000Z
 */
export function slotOnDate(rule: SlotRule, localDate: string): Date {
  const { hour, minute } = hoursAndMinutes(rule.time);
  const day = DateTime.fromISO(localDate, { zone: rule.timezone });
  if (!day.isValid) throw new RangeError(`bad date or zone: ${localDate} ${rule.timezone}`);
  const wanted = { year: day.year, month: day.month, day: day.day, hour, minute, second: 0, millisecond: 0 };
  // Luxon moves a non-existent wall time forward by the gap, which is the rule we want.
  const local = DateTime.fromObject(wanted, { zone: rule.timezone });
  // For a repeated wall time, pick the earlier of the two instants that show it.
  const earlier = local.minus({ hours: 1 });
  if (earlier.hour === hour && earlier.minute === minute && earlier.day === day.day) return earlier.toJSDate();
  return local.toJSDate();
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDateOf(instant: Date, timezone: string): string {
  return DateTime.fromJSDate(instant, { zone: timezone }).toISODate()!;
}

function shiftDate(localDate: string, days: number): string {
  return DateTime.fromISO(localDate, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/**
 * The most recent slot at or before `instant`.
 * @example latestSlotAtOrBefore({ time: '07:30', timezone: 'Asia/Tokyo' }, new Date('2026-03-29T00:00:00Z'))
 */
export function latestSlotAtOrBefore(rule: SlotRule, instant: Date): Date {
  let date = shiftDate(localDateOf(instant, rule.timezone), 1);
  // At most a couple of steps: the slot on tomorrow's or today's or yesterday's date.
  for (let i = 0; i < 4; i++) {
    const slot = slotOnDate(rule, date);
    if (slot.getTime() <= instant.getTime()) return slot;
    date = shiftDate(date, -1);
  }
  throw new RangeError(`no slot found before ${instant.toISOString()}`);
}

/**
 * Slots strictly after `after` and at or before `until`, oldest first.
 * @example slotsBetween(rule, lastRun, now) // what was missed while the bot was down
 */
export function slotsBetween(rule: SlotRule, after: Date, until: Date): Date[] {
  const slots: Date[] = [];
  if (until.getTime() <= after.getTime()) return slots;
  let date = shiftDate(localDateOf(after, rule.timezone), -1);
  const last = shiftDate(localDateOf(until, rule.timezone), 1);
  while (date <= last) {
    const slot = slotOnDate(rule, date);
    if (slot.getTime() > after.getTime() && slot.getTime() <= until.getTime()) slots.push(slot);
    date = shiftDate(date, 1);
  }
  return slots;
}
