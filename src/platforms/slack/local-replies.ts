/**
 * The few replies the Slack adapter writes itself, in the neutral model so they render like any
 * other: a problem with how the command was typed, and the generic "something went wrong".
 */
import type { Reply } from '../../briefing/reply.js';

const base = (): Pick<Reply, 'fields' | 'sections' | 'quotes' | 'citations' | 'choices' | 'ephemeral'> => ({
  fields: [],
  sections: [],
  quotes: [],
  citations: [],
  choices: [],
  ephemeral: true,
});

/** A user mistake caught before the command runs (unknown command, a stale button). */
export function problemReply(problem: string): Reply {
  return { ...base(), title: 'That did not work', description: problem, fallback: problem, tone: 'error' };
}

/** Anything unexpected: a short message; the details go to the log, never to Slack. */
export function failureReply(): Reply {
  const text = 'Something went wrong while answering. It has been logged; please try again in a moment.';
  return { ...base(), title: 'Something went wrong', description: text, fallback: text, tone: 'error' };
}
