/** /claims [ACTOR or TOPIC]: claims grouped by source, disputes side by side. */
import { subjectOption, subjectScope, subjectTitle, textArgument } from '../src/briefing/arguments.js';
import { buildClaimsReply, CLAIMS_FILLING_A_PAGE } from '../src/briefing/claims-reply.js';
import type { Command } from '../src/briefing/command.js';
import type { BriefingContext } from '../src/briefing/context.js';
import type { CorpusView } from '../src/briefing/corpus.js';
import { buildNothingMatches } from '../src/briefing/simple-replies.js';
import { resolveSubject, subjectClaims, subjectView } from '../src/briefing/subject.js';
import { suggestedClaimsSection } from '../src/briefing/suggestions.js';

/** The /claims command. */
export const claimsCommand: Command<BriefingContext> = {
  name: 'claims',
  description: 'Claims grouped by who made them; accusations and denials of the same matter shown as disputed',
  usage: '/claims [ACTOR or TOPIC]',
  options: [subjectOption('about', 'An actor, or words of a topic')],
  async handler(input, ctx) {
    const { query, echo } = textArgument(input, 'about');
    const subject = await resolveSubject(ctx.corpus, query, echo);
    if (subject.kind === 'none') return buildNothingMatches('claims', echo, subject.suggestions);
    const enough = (v: CorpusView) => subjectClaims(v, subject, CLAIMS_FILLING_A_PAGE).length >= CLAIMS_FILLING_A_PAGE;
    const view = await subjectView(ctx.corpus, subject, { focus: 'claims', enough });
    // Picked once: the build with statements has the same articles and actors as the first.
    const claims = subjectClaims(view, subject, 300);
    return ctx.corpus.withProvenance(view, (v) => {
      // LLM suggestions from the same articles, apart and marked; for an actor, only theirs.
      const articles = new Set(claims.map((c) => c.article));
      const suggested = suggestedClaimsSection(v, articles, (article, claim) =>
        subject.kind === 'actor' ? v.actorOf(article, claim.sourceId)?.id === subject.actor.id : true,
      );
      return buildClaimsReply(v, `Claims${subjectTitle(subject)}`, claims, subjectScope(subject), suggested ? [suggested] : [], input);
    });
  },
};
