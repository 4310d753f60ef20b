/**
 * /digest: this channel's scheduled digest, as subcommands (subscribe, list, unsubscribe, pause,
 * resume, preview) answered by the scheduler when it is configured. With no subcommand, on
 * platforms that read a typed line, the briefing now (as /briefing).
 */
import { subjectOption } from '../src/briefing/arguments.js';
import { UserError, type Command, type Subcommand } from '../src/briefing/command.js';
import { DIGEST_ACTIONS, type BriefingContext, type DigestAction } from '../src/briefing/context.js';
import { briefingNow } from './briefing.js';

const subscribe: Subcommand = {
  name: 'subscribe',
  description: 'Post a digest in this channel every day (or change when and about what)',
  usage: '/digest subscribe [TIME] [TIMEZONE] [FILTER]',
  changesSettings: true,
  options: [
    { name: 'time', description: 'Local time of day, e.g. 07:30 or 7:30pm', type: 'string', required: false, shape: 'time', maxLength: 10 },
    {
      name: 'timezone',
      description: 'IANA time zone, e.g. Europe/London',
      type: 'string',
      required: false,
      shape: 'timezone',
      autocomplete: 'timezone',
      maxLength: 64,
    },
    { ...subjectOption('filter', 'Only news about this actor or topic'), maxLength: 100 },
  ],
};

const simple = (name: DigestAction, description: string, changesSettings: boolean): Subcommand => ({
  name,
  description,
  usage: `/digest ${name}`,
  options: [],
  ...(changesSettings ? { changesSettings } : {}),
});

/** The /digest command. */
export const digestCommand: Command<BriefingContext> = {
  name: 'digest',
  description: "This channel's daily digest: subscribe, list, unsubscribe, pause, resume, preview",
  usage: '/digest [SUBCOMMAND] (alone: the briefing now, as /briefing)',
  options: [subjectOption('about', 'For the briefing now: an actor or topic to focus on')],
  subcommands: [
    subscribe,
    simple('list', "This channel's digest: time, zone, filter, next one", false),
    simple('unsubscribe', 'Stop the digest in this channel', true),
    simple('pause', 'Pause the digest in this channel', true),
    simple('resume', 'Resume a paused digest', true),
    simple('preview', 'The digest this channel would get now', false),
  ],
  async handler(input, ctx) {
    const action = input.subcommand;
    if (action === undefined) return briefingNow(input, ctx, 'digest');
    if (!isDigestAction(action)) {
      throw new UserError(`Unknown digest action. Use one of: ${DIGEST_ACTIONS.join(', ')}.`, 'bad_digest_action');
    }
    if (!ctx.subscriptions) {
      throw new UserError('Scheduled digests are not configured on this bot; /briefing gives the briefing now.', 'digests_not_configured');
    }
    return ctx.subscriptions.handle(action, input);
  },
};

function isDigestAction(word: string): word is DigestAction {
  return (DIGEST_ACTIONS as readonly string[]).includes(word);
}
