/** /timeline [ACTOR or TOPIC]: dated events in order, past and upcoming. */
import { subjectOption, subjectScope, subjectTitle, textArgument } from '../src/briefing/arguments.js';
import type { Command } from '../src/briefing/command.js';
import type { BriefingContext } from '../src/briefing/context.js';
import type { CorpusView } from '../src/briefing/corpus.js';
import { buildNothingMatches } from '../src/briefing/simple-replies.js';
import { resolveSubject, subjectEvents, subjectView } from '../src/briefing/subject.js';
import { buildTimelineReply, EVENTS_FILLING_A_SECTION } from '../src/briefing/timeline-reply.js';

/** The /timeline command. */
export const timelineCommand: Command<BriefingContext> = {
  name: 'timeline',
  description: 'Dated events in order: what happened and what is coming up',
  usage: '/timeline [ACTOR or TOPIC]',
  options: [subjectOption('about', 'An actor, or words of a topic')],
  async handler(input, ctx) {
    const { query, echo } = textArgument(input, 'about');
    const subject = await resolveSubject(ctx.corpus, query, echo);
    if (subject.kind === 'none') return buildNothingMatches('timeline', echo, subject.suggestions);
    const enough = (v: CorpusView) => subjectEvents(v, subject, EVENTS_FILLING_A_SECTION).length >= EVENTS_FILLING_A_SECTION;
    // An actor's or a topic's events are read as rows from all its articles; the newest articles' events from their parses.
    const events = subjectEvents(await subjectView(ctx.corpus, subject, { focus: 'events', enough }), subject, 400);
    return buildTimelineReply(`Timeline${subjectTitle(subject)}`, events, ctx.now(), subjectScope(subject));
  },
};
