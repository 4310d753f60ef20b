/**
 * /ask: the model answers a free question from the paragraphs that match it best. Lines survive
 * only with real citations, checked names, numbers and quotes, and attributions the cited
 * paragraphs show; the reply says what was left out; when the articles do not answer, the reply
 * says so; when the model fails, the best-matching paragraphs are shown instead.
 */
import type { ParsedArticle } from '../article/types.js';
import type { Reply, ReplyLine, ReplyQuote } from '../briefing/reply.js';
import { buildReply } from '../briefing/reply-builder.js';
import type { Logger } from '../logging.js';
import type { ChatClient } from './chat-client.js';
import { fenceArticles, fenceQuestion } from './fence-articles.js';
import { citationOf, droppedNote, groundCitations, groundQuote, scopeOf, sentenceProblem } from './grounding.js';
import { neutraliseMentions } from './neutralise-mentions.js';
import { askSystem, askUser } from './prompts/ask.js';
import { askAnswerSchema } from './schemas.js';
import { rankPassages, selectForQuestion } from './select-passages.js';
import { foldTypography } from './text-match.js';

const maxLines = 6;
const maxLineLength = 600;
const fallbackPassages = 5;

/** Answers `question` from `articles`; never throws. */
export async function answerQuestion(deps: { client: ChatClient; logger: Logger }, question: string, articles: ParsedArticle[]): Promise<Reply> {
  const shownQuestion = displayQuestion(question);
  if (articles.length === 0) {
    return buildReply({ title: 'No articles loaded', description: 'Add articles first (briefing ingest FILE), then ask again.', tone: 'notice' });
  }
  const excerpts = selectForQuestion(question, articles);
  const scope = scopeOf(excerpts);
  const outcome = await deps.client.complete({
    name: 'ask_answer',
    schema: askAnswerSchema,
    system: askSystem,
    user: askUser(fenceQuestion(question), fenceArticles(excerpts)),
    maxOutputTokens: 700,
  });
  if (!outcome.ok) return closestPassages(question, articles, `LLM answer unavailable: ${outcome.problem}.`);

  const lines: ReplyLine[] = [];
  const quotes: ReplyQuote[] = [];
  const problems: string[] = [];
  for (const line of outcome.value.answerable ? outcome.value.lines.slice(0, maxLines) : []) {
    const refs = groundCitations(line.citations, scope);
    const first = refs[0];
    const problem = line.text.length > maxLineLength ? 'too long' : sentenceProblem(line.text, refs);
    if (!first || problem !== null) {
      problems.push(problem ?? 'uncited');
      continue;
    }
    lines.push({ text: neutraliseMentions(foldTypography(line.text)), citation: citationOf(first.article, first.paragraph) });
    if (line.quote) {
      const quote = groundQuote(line.quote, line.speaker, refs);
      if (quote) quotes.push(neutraliseQuote(quote));
      else problems.push('invented quote');
    }
  }
  if (problems.length > 0) {
    deps.logger.info({ dropped: problems.length, kept: lines.length, problems }, 'LLM answer parts dropped: not backed by the articles');
  }
  const note = droppedNote(problems, 'line');

  if (lines.length === 0) {
    const unchecked = outcome.value.answerable && outcome.value.lines.length > 0;
    const why = ['The model offered an answer, but it could not be checked against the articles.', ...(note ? [note] : [])].join(' ');
    return buildReply({
      title: 'Not in the articles',
      description: `Question: ${shownQuestion}\nThe loaded articles do not answer this question.${unchecked ? ` (${why})` : ''}`,
      tone: 'notice',
    });
  }
  return buildReply({
    title: 'Answer from the articles',
    description: `Question: ${shownQuestion}\nWritten by a language model from the cited paragraphs only.${note ? ` ${note}` : ''}`,
    sections: [{ title: 'Answer', lines }],
    quotes,
    tone: 'info',
  });
}

/** The rule-based fallback: the paragraphs sharing the most words with the question. */
function closestPassages(question: string, articles: ParsedArticle[], note: string): Reply {
  const best = rankPassages(question, articles).slice(0, fallbackPassages);
  const lines = best.map(({ article, paragraph }) => ({
    text: neutraliseMentions(foldTypography(article.paragraphs[paragraph] ?? '')),
    citation: citationOf(article, paragraph),
  }));
  return buildReply({
    title: lines.length > 0 ? 'Closest passages' : 'No answer',
    description: `Question: ${displayQuestion(question)}\n${note} ${
      lines.length > 0 ? 'These paragraphs match the question best:' : 'No paragraph matches the question.'
    }`,
    sections: [{ title: 'Matching paragraphs', lines }],
    tone: 'notice',
  });
}

/** The question as it may be shown back: one line, short, unable to ping. */
function displayQuestion(question: string): string {
  const line = foldTypography(question);
  return neutraliseMentions(line.length > 200 ? `${line.slice(0, 199)}…` : line);
}

function neutraliseQuote(quote: ReplyQuote): ReplyQuote {
  return {
    ...quote,
    text: neutraliseMentions(quote.text),
    context: neutraliseMentions(quote.context),
    speaker: quote.speaker === null ? null : neutraliseMentions(quote.speaker),
    speakerRole: quote.speakerRole === null ? null : neutraliseMentions(quote.speakerRole),
  };
}
