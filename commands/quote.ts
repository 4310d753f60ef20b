/** /quote [QUERY]: quotes by a speaker or containing words; the most notable ones without a query. */
import { subjectOption, subjectScope, subjectTitle, textArgument } from '../src/briefing/arguments.js';
import type { Command } from '../src/briefing/command.js';
import type { BriefingContext } from '../src/briefing/context.js';
import type { CorpusView } from '../src/briefing/corpus.js';
import { buildQuoteReply, QUOTES_FILLING_A_PAGE } from '../src/briefing/quote-reply.js';
import { buildNothingMatches } from '../src/briefing/simple-replies.js';
import { resolveSubject, subjectClaims, subjectQuotes, subjectView } from '../src/briefing/subject.js';

/** The /quote command. */
export const quoteCommand: Command<BriefingContext> = {
  name: 'quote',
  description: 'Quotes by a speaker or containing some words; without a query, the most notable quotes',
  usage: '/quote [SPEAKER or WORDS]',
  options: [subjectOption('query', 'A speaker, or words from the quote')],
  async handler(input, ctx) {
    const { query, echo } = textArgument(input, 'query');
    const subject = await resolveSubject(ctx.corpus, query, echo);
    if (subject.kind === 'none') return buildNothingMatches('quote', echo, subject.suggestions, 'query');
    const title = subject.kind === 'recent' ? 'Notable quotes' : `Quotes${subjectTitle(subject)}`;
    const enough = (v: CorpusView) => subjectQuotes(v, subject, QUOTES_FILLING_A_PAGE).length >= QUOTES_FILLING_A_PAGE;
    const view = await subjectView(ctx.corpus, subject, { focus: 'quotes', enough });
    const quotes = subjectQuotes(view, subject, 200);
    // None in quotation marks: count what was said in reported speech, so the reply can point there.
    const reported =
      quotes.length === 0 && subject.kind !== 'recent'
        ? { count: subjectClaims(await subjectView(ctx.corpus, subject, { focus: 'claims' }), subject, 300).length, query }
        : undefined;
    return ctx.corpus.withProvenance(view, (v) =>
      buildQuoteReply(v, title, quotes, subjectScope(subject), { request: input, ...(reported ? { reported } : {}) }),
    );
  },
};
