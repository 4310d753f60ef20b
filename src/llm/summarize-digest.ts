/**
 * The abstractive digest summary: the model writes a few cited sentences over the articles; each
 * sentence is kept only if its citations are real, its names, numbers and quotes check out and
 * whatever it says someone said, the cited paragraphs show them saying; a note says what was left out.
 */
import type { ParsedArticle } from '../article/types.js';
import { replyToPlainText } from '../briefing/plain-text.js';
import type { Reply, ReplyLine } from '../briefing/reply.js';
import type { Logger } from '../logging.js';
import type { ChatClient } from './chat-client.js';
import { fenceArticles } from './fence-articles.js';
import { citationOf, droppedNote, groundCitations, scopeOf, sentenceProblem, uniqueByArticle } from './grounding.js';
import { neutraliseMentions } from './neutralise-mentions.js';
import { digestSummarySystem, digestSummaryUser } from './prompts/digest-summary.js';
import { withNote } from './reply-text.js';
import { digestSummarySchema } from './schemas.js';
import { selectForDigest } from './select-passages.js';
import { foldTypography } from './text-match.js';

/** Title of the section the summary adds, saying where it comes from. */
export const summarySectionTitle = 'Summary (by a language model, checked against the cited paragraphs)';

const maxSentences = 8;
const maxSentenceLength = 600;

/** Adds a cited abstractive summary to a rule-based digest; returns it with a note on failure. */
export async function summarizeDigest(deps: { client: ChatClient; logger: Logger }, articles: ParsedArticle[], ruleBased: Reply): Promise<Reply> {
  const excerpts = selectForDigest(articles);
  if (excerpts.length === 0) return ruleBased;
  const scope = scopeOf(excerpts);
  const outcome = await deps.client.complete({
    name: 'digest_summary',
    schema: digestSummarySchema,
    system: digestSummarySystem,
    user: digestSummaryUser(fenceArticles(excerpts)),
    maxOutputTokens: 900,
  });
  if (!outcome.ok) return withNote(ruleBased, `LLM summary unavailable: ${outcome.problem}`);

  const lines: ReplyLine[] = [];
  const problems: string[] = [];
  for (const sentence of outcome.value.sentences.slice(0, maxSentences)) {
    const refs = groundCitations(sentence.citations, scope);
    const first = refs[0];
    const problem = sentence.text.length > maxSentenceLength ? 'too long' : sentenceProblem(sentence.text, refs);
    if (!first || problem !== null) {
      problems.push(problem ?? 'uncited');
      continue;
    }
    lines.push({ text: neutraliseMentions(foldTypography(sentence.text)), citation: citationOf(first.article, first.paragraph) });
  }
  if (problems.length > 0) {
    deps.logger.info({ dropped: problems.length, kept: lines.length, problems }, 'LLM digest sentences dropped: not backed by the articles');
  }
  if (lines.length === 0) {
    const problem = problems.length > 0 ? 'none of its sentences could be checked against the articles' : 'the model returned no summary';
    return withNote(ruleBased, `LLM summary unavailable: ${problem}`);
  }
  const citations = lines.flatMap((line) => (line.citation ? [line.citation] : []));
  const summarized: Reply = {
    ...ruleBased,
    sections: [{ title: summarySectionTitle, lines }, ...ruleBased.sections],
    citations: uniqueByArticle([...ruleBased.citations, ...citations]),
  };
  const note = droppedNote(problems, 'sentence');
  return note ? withNote(summarized, `LLM summary: ${note}`) : { ...summarized, fallback: replyToPlainText(summarized) };
}
