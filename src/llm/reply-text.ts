/**
 * The note the LLM layer adds to a rule-based reply when it cannot help ("LLM summary unavailable:
 * ..."), as a field and in the plain-text fallback, rendered the way the core renders every reply.
 */
import { replyToPlainText } from '../briefing/plain-text.js';
import type { Reply } from '../briefing/reply.js';

/** The same reply with a short note as its last field; the fallback is rendered again. */
export function withNote(reply: Reply, note: string): Reply {
  const noted: Reply = { ...reply, fields: [...reply.fields, { name: 'Note', value: note }] };
  return { ...noted, fallback: replyToPlainText(noted) };
}
