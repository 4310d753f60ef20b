/**
 * Events: every dated sentence of the body and the captions, with its date resolved against the
 * publication date, one event per date and sentence wording.
 */
import { findDates } from './dates.js';
import { splitSentences } from './sentences.js';
import { excerptAround } from './text-window.js';
import type { ArticleEvent } from './types.js';

/** Sentences longer than this (the longest on PolNeAR is 494) give each event an excerpt instead. */
const EVENT_SENTENCE_MAX = 600;
/** Characters of the sentence kept either side of a date expression in such an excerpt. */
const EVENT_CONTEXT = 60;

/** The events of an article; `datelineLength` characters of the first paragraph are not read. */
export function findEvents(paragraphs: string[], captions: string[], dateContext: Parameters<typeof findDates>[1], datelineLength: number): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  const seen = new Set<string>();
  const sentenceIds = new Map<string, number>();
  const addEvents = (text: string, paragraph: number) => {
    for (const sentence of splitSentences(text)) {
      const whole = sentence.text.trim();
      // One event per date and sentence wording (a sentence repeated elsewhere counts once).
      let sentenceId = sentenceIds.get(whole);
      if (sentenceId === undefined) sentenceIds.set(whole, (sentenceId = sentenceIds.size));
      for (const d of findDates(sentence.text, dateContext)) {
        const key = `${d.date}\u0000${sentenceId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // A sentence too long to repeat per date is shown around the date expression.
        const eventText = whole.length <= EVENT_SENTENCE_MAX ? whole : excerptAround(sentence.text, d.index, d.index + d.expression.length, EVENT_CONTEXT);
        events.push({ date: d.date, text: eventText, paragraph, expression: d.expression, ...(d.note ? { note: d.note } : {}) });
      }
    }
  };
  paragraphs.forEach((p, i) => addEvents(i === 0 && datelineLength ? p.slice(datelineLength) : p, i));
  captions.forEach((c) => addEvents(c, -1));
  return events;
}
