/**
 * Checks `/digest subscribe`'s options: a time such as 7:30, 07:30, 7:30am or 19:30, an IANA zone
 * such as Europe/London (or UTC), and a filter. The command line itself is read by the core's
 * parser (src/briefing/command-line.ts), which tells a time and a zone from a filter by shape.
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
  const fail = () => new UserError(`"${echoUserText(text, 20)}" is not a time I understand. Use ${TIME_FORMS}.`, 'bad_time');
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

/**
 * Reads subscribe's typed options (time, timezone, filter), each checked; blanks are absent.
 * @example subscribeArguments({ time: '7:30am', timezone: 'asia/tokyo' }) // { time: '07:30', timezone: 'Asia/Tokyo' }
 */
export function subscribeArguments(args: Record<string, string | undefined>): SubscribeArguments {
  const given = (name: string) => {
    const value = args[name]?.trim();
    return value ? value : undefined;
  };
  const result: SubscribeArguments = {};
  const time = given('time');
  const timezone = given('timezone');
  const filter = given('filter');
  if (time) result.time = parseTime(time.replace(/\s+/g, ''));
  if (timezone) result.timezone = parseTimeZone(timezone);
  if (filter) result.filter = filter;
  return result;
}
