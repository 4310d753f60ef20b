/**
 * /digest: the briefing now. With an action (subscribe, list, ...), the scheduled-digest
 * subcommands, answered by the scheduler when it is configured.
 */
import { subjectTitle, textArgument } from '../src/briefing/arguments.js';
import { UserError, type Command } from '../src/briefing/command.js';
import { DIGEST_ACTIONS, type BriefingContext, type DigestAction } from '../src/briefing/context.js';
import { buildDigest } from '../src/briefing/digest.js';
import type { Reply } from '../src/briefing/reply.js';
import { buildNothingMatches } from '../src/briefing/simple-replies.js';
import type { CorpusView } from '../src/briefing/corpus.js';
import { resolveSubject, subjectView } from '../src/briefing/subject.js';

/** The /digest command. */
export const digestCommand: Command<BriefingContext> = {
  name: 'digest',
  description: 'The briefing now: headlines, summary, key actors and quotes, disputed claims, what comes next',
  usage: '/digest [ACTOR or TOPIC] | /digest subscribe|list|unsubscribe|pause|resume|preview',
  options: [
    {
      name: 'action',
      description: 'Scheduled digests for this channel',
      type: 'string',
      required: false,
      choices: [...DIGEST_ACTIONS],
    },
    {
      name: 'text',
      description: 'For the briefing: an actor or topic to focus on. For subscribe: [TIME] [TIMEZONE] [FILTER]',
      type: 'string',
      required: false,
      maxLength: 200,
    },
  ],
  async handler(input, ctx) {
    const action = (input.args.action ?? '').trim().toLowerCase();
    if (action !== '') {
      if (!isDigestAction(action)) {
        throw new UserError(`Unknown digest action. Use one of: ${DIGEST_ACTIONS.join(', ')}.`, 'bad_digest_action');
      }
      if (!ctx.subscriptions) {
        throw new UserError('Scheduled digests are not configured on this bot; /digest alone gives the briefing now.', 'digests_not_configured');
      }
      return ctx.subscriptions.handle(action, input);
    }
    const { query, echo } = textArgument(input, 'text');
    if (query === '') {
      const view = await ctx.corpus.recent();
      return withLlmSummary(ctx, view, buildDigest(view, { now: ctx.now() }));
    }
    const subject = await resolveSubject(ctx.corpus, query, echo);
    if (subject.kind === 'none') return buildNothingMatches('digest', echo, subject.suggestions);
    const view = await subjectView(ctx.corpus, subject);
    return withLlmSummary(ctx, view, buildDigest(view, { now: ctx.now(), title: `Briefing${subjectTitle(subject)}` }));
  },
};

/** Adds the LLM's cited summary when one is configured; on failure the rule-based digest comes back with a note. */
function withLlmSummary(ctx: BriefingContext, view: CorpusView, digest: Reply): Reply | Promise<Reply> {
  return ctx.llm && digest.tone === 'info' ? ctx.llm.summarizeDigest([...view.articles], digest) : digest;
}

function isDigestAction(word: string): word is DigestAction {
  return (DIGEST_ACTIONS as readonly string[]).includes(word);
}
