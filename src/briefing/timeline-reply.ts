/**
 * The /timeline answer: dated events in date order, split into what is past, what is happening
 * and what is coming relative to now.
 */
import { cite, formatDate } from './citation.js';
import type { Reply, ReplyLine } from './reply.js';
import { buildReply } from './reply-builder.js';
import type { EventRef } from './subject.js';
import { byCodeUnits, clip, foldText } from './text.js';

const MAX_PER_SECTION = 10;
/** Selected events that fill a section: a view holding as many reads no older articles. */
export const EVENTS_FILLING_A_SECTION = MAX_PER_SECTION;

/** The first and last day an ISO date or range covers ("2024-03" covers March 1–31). */
export function eventSpan(date: string): { start: string; end: string } | null {
  const [from, to = from] = date.split('/');
  const start = dayBound(from!, 'start');
  const end = dayBound(to!, 'end');
  return start && end ? { start, end } : null;
}

function dayBound(iso: string, side: 'start' | 'end'): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return `${y}-${mo}-${d}`;
  if (mo) {
    if (side === 'start') return `${y}-${mo}-01`;
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return `${y}-${mo}-${String(last).padStart(2, '0')}`;
  }
  return side === 'start' ? `${y}-01-01` : `${y}-12-31`;
}

/** Events in date order (earliest first), duplicates dropped, undatable ones left out. */
export function orderEvents(events: readonly EventRef[]): (EventRef & { start: string; end: string })[] {
  const seen = new Set<string>();
  const out: (EventRef & { start: string; end: string })[] = [];
  for (const ref of events) {
    const span = eventSpan(ref.event.date);
    const key = `${ref.event.date}|${foldText(ref.event.text)}`;
    if (!span || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...ref, ...span });
  }
  return out.sort((a, b) => byCodeUnits(a.start, b.start) || byCodeUnits(a.end, b.end));
}

function spanDays(e: { start: string; end: string }): number {
  return (Date.parse(e.end) - Date.parse(e.start)) / 86_400_000;
}

/** A dated event as a reply line: "June 19–20, 2024: ..." citing its paragraph. */
export function eventLine(ref: EventRef): ReplyLine {
  return { text: `${formatDate(ref.event.date)}: ${clip(ref.event.text, 280)}`, citation: cite(ref.article, ref.event.paragraph) };
}

/** Builds the /timeline reply. */
export function buildTimelineReply(title: string, events: readonly EventRef[], now: Date, scope: string): Reply {
  const ordered = orderEvents(events);
  if (ordered.length === 0) {
    return buildReply({ title, description: `No dated events found ${scope}.`, ephemeral: true, tone: 'notice' });
  }
  const today = now.toISOString().slice(0, 10);
  const past = ordered.filter((e) => e.end < today);
  // Among things under way, the most specific (a day before a year) reads first.
  const current = ordered.filter((e) => e.start <= today && e.end >= today).sort((a, b) => spanDays(a) - spanDays(b));
  const upcoming = ordered.filter((e) => e.start > today);
  // Every total matches what is shown, or says what was left out.
  const left = [
    past.length > MAX_PER_SECTION ? `the ${past.length - MAX_PER_SECTION} earliest` : '',
    current.length > MAX_PER_SECTION ? `${current.length - MAX_PER_SECTION} more happening now` : '',
    upcoming.length > MAX_PER_SECTION ? `the ${upcoming.length - MAX_PER_SECTION} furthest off` : '',
  ].filter(Boolean);
  const leftOut = left.length > 0 ? ` Not shown: ${left.join(', ')}.` : '';
  return buildReply({
    title,
    description: `${ordered.length} dated event${ordered.length === 1 ? '' : 's'} ${scope}, in date order (today is ${formatDate(today)}).${leftOut}`,
    sections: [
      { title: 'Earlier', lines: past.slice(-MAX_PER_SECTION).map(eventLine) },
      { title: 'Happening now', lines: current.slice(0, MAX_PER_SECTION).map(eventLine) },
      { title: 'Coming up', lines: upcoming.slice(0, MAX_PER_SECTION).map(eventLine) },
    ],
  });
}
