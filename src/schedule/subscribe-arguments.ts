/**
 * Reads `/digest subscribe [TIME] [TIMEZONE] [FILTER]`: a time such as 7:30, 07:30, 7:30am or
 * 19:30, an IANA zone such as Europe/London (or UTC), and whatever follows as the filter.
 */
import { UserError } from '../briefing/command.js';
import { echoUserText } from '../briefing/text.js';

/** The accepted time forms, named in every refusal. */
export const TIME_FORMS = '7:30, 07:30, 7:30am, 7pm or 19:30';

/** What subscribe was asked for; absent parts fall back to configuration. */
export interface SubscribeArguments {
  time?: string;
  timezone?: string;
  filter?: string;
}

/**
 * Normalises a user's time to HH:MM (24-hour), or throws a UserError naming the accepted forms.
 * @example parseTime('7:30pm') // '19:30'
 */
export function parseTime(text: string): string {
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  const fail = () =>
    new UserError(`"${echoUserText(text, 20)}" is not a time I understand. Use ${TIME_FORMS}.`, 'bad_time');
  if (!match) throw fail();
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (match[2] === undefined && !half) throw fail();
  if (minute > 59) throw fail();
  if (half) {
    if (hour < 1 || hour > 12) throw fail();
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  } else if (hour > 23) {
    throw fail();
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** True when `zone` is an IANA zone name Intl knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The canonical spelling of a zone (Intl's), or a UserError naming the accepted form. */
export function parseTimeZone(text: string): string {
  if (isTimeZone(text)) return new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
  throw new UserError(
    `"${echoUserText(text, 40)}" is not a time zone I know. Use an IANA name such as Europe/London, America/New_York, Asia/Tokyo or UTC.`,
    'bad_timezone',
  );
}

const looksLikeTime = (token: string) => /^\d/.test(token);
const looksLikeZone = (token: string) => token.includes('/') || /^(utc|gmt|etc\/.*)$/i.test(token);

/**
 * Splits the subscribe text into its parts; a token that starts with a digit must be a valid time,
 * and one with a slash (or UTC/GMT) a valid zone.
 * @example parseSubscribeArguments('7:30am Asia/Tokyo trade talks') // { time: '07:30', timezone: 'Asia/Tokyo', filter: 'trade talks' }
 */
export function parseSubscribeArguments(text: string): SubscribeArguments {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const result: SubscribeArguments = {};
  if (tokens.length > 0 && looksLikeTime(tokens[0]!)) {
    let timeText = tokens.shift()!;
    // "7:30 am" typed with a space.
    if (tokens.length > 0 && /^(am|pm)$/i.test(tokens[0]!)) timeText += tokens.shift()!;
    result.time = parseTime(timeText);
  }
  if (tokens.length > 0 && looksLikeZone(tokens[0]!)) result.timezone = parseTimeZone(tokens.shift()!);
  const filter = tokens.join(' ').trim();
  if (filter !== '') result.filter = filter;
  return result;
}
