/**
 * Time-zone completion for the subscribe options (Discord autocomplete, Slack's zone menu, console
 * tab): IANA names from the runtime's own list (Intl.supportedValuesOf), ranked by how well they
 * match what was typed, the city part counting as much as the whole name.
 */
import type { Completion } from './service.js';

let zones: readonly string[] | undefined;

/** Every IANA zone the runtime knows, plus UTC, sorted. */
export function allTimeZones(): readonly string[] {
  zones ??= [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();
  return zones;
}

const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();

/**
 * Up to `limit` zones matching `typed`: those whose city (or whole name) starts with it first, then
 * those containing it; UTC and the commonest first for an empty prefix.
 * @example completeTimeZone('lond', 5) // [{ name: 'Europe/London', value: 'Europe/London' }]
 */
export function completeTimeZone(typed: string, limit: number, common: readonly string[] = COMMON): Completion[] {
  const wanted = fold(typed);
  if (limit <= 0) return [];
  if (wanted === '') return common.slice(0, limit).map(asCompletion);
  const ranked: Array<{ zone: string; rank: number }> = [];
  for (const zone of allTimeZones()) {
    const whole = fold(zone);
    const city = fold(zone.slice(zone.lastIndexOf('/') + 1));
    const rank = city.startsWith(wanted) ? 0 : whole.startsWith(wanted) ? 1 : city.includes(wanted) ? 2 : whole.includes(wanted) ? 3 : -1;
    if (rank >= 0) ranked.push({ zone, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.zone.length - b.zone.length || a.zone.localeCompare(b.zone))
    .slice(0, limit)
    .map(({ zone }) => asCompletion(zone));
}

// Offered before anything is typed: one zone for each of the busiest news regions.
const COMMON = [
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Moscow',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Shanghai',
  'Asia/Kolkata',
  'Asia/Dubai',
  'Africa/Johannesburg',
  'Africa/Lagos',
  'Australia/Sydney',
];

function asCompletion(zone: string): Completion {
  return { name: zone.replace(/_/g, ' '), value: zone };
}
