/**
 * The reply the Slack adapter writes itself, in the neutral model so it renders like any other: a
 * problem with how the command was typed or a stale button. The generic failure is the core's.
 */
import type { Reply } from '../../briefing/reply.js';
import { buildReply } from '../../briefing/reply-builder.js';

/** A user mistake caught before the command runs (unknown command, a stale button). */
export function problemReply(problem: string): Reply {
  return buildReply({ title: 'That did not work', description: problem, ephemeral: true, tone: 'error' });
}
