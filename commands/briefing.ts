/**
 * /briefing [ACTOR or TOPIC]: the briefing now — headlines, summary, key actors and quotes,
 * disputed claims, what comes next — from the newest articles or those about an actor or topic.
 * `/digest` with no subcommand answers the same on platforms that read a typed line.
 */
import { subjectOption, subjectTitle, textArgument } from '../src/briefing/arguments.js';
import type { Command, CommandInput } from '../src/briefing/command.js';
import type { BriefingContext } from '../src/briefing/context.js';
import type { CorpusView } from '../src/briefing/corpus.js';
import { buildDigest, DIGEST_ARTICLES } from '../src/briefing/digest.js';
import type { Reply } from '../src/briefing/reply.js';
import { buildNothingMatches } from '../src/briefing/simple-replies.js';
import { resolveSubject, subjectView } from '../src/briefing/subject.js';

/** The /briefing command. */
export const briefingCommand: Command<BriefingContext> = {
  name: 'briefing',
  description: 'The briefing now: headlines, summary, key actors and quotes, disputed claims, what comes next',
  usage: '/briefing [ACTOR or TOPIC]',
  options: [subjectOption('about', 'An actor, or words of a topic, to focus on')],
  handler: (input, ctx) => briefingNow(input, ctx, 'briefing'),
};

/** The briefing for the input's `about` argument; `command` names the command for suggestions. */
export async function briefingNow(input: CommandInput, ctx: BriefingContext, command: string): Promise<Reply> {
  const { query, echo } = textArgument(input, 'about');
  if (query === '') {
    const view = await ctx.corpus.recent();
    return withLlmSummary(ctx, view, await ctx.corpus.withProvenance(view, (v) => buildDigest(v, { now: ctx.now() })));
  }
  const subject = await resolveSubject(ctx.corpus, query, echo);
  if (subject.kind === 'none') return buildNothingMatches(command, echo, subject.suggestions);
  // Only the articles the briefing uses: it reads no more than its newest DIGEST_ARTICLES.
  const view = await subjectView(ctx.corpus, subject, { limit: DIGEST_ARTICLES });
  return withLlmSummary(ctx, view, await ctx.corpus.withProvenance(view, (v) => buildDigest(v, { now: ctx.now(), title: `Briefing${subjectTitle(subject)}` })));
}

/** Adds the LLM's cited summary when one is configured; on failure the rule-based digest comes back with a note. */
function withLlmSummary(ctx: BriefingContext, view: CorpusView, digest: Reply): Reply | Promise<Reply> {
  return ctx.llm && digest.tone === 'info' ? ctx.llm.summarizeDigest([...view.articles], digest) : digest;
}
