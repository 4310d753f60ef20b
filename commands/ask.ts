/**
 * /ask QUESTION: a free question answered by the optional language model from the loaded articles
 * only, each line citing article and paragraph. Without a model configured it says how to enable it.
 */
import type { ParsedArticle } from '../src/article/types.js';
import { UserError, type Command } from '../src/briefing/command.js';
import { contentWords } from '../src/briefing/content-words.js';
import type { BriefingContext } from '../src/briefing/context.js';
import type { Corpus } from '../src/briefing/corpus.js';
import { buildReply } from '../src/briefing/reply-builder.js';
import { stripControl } from '../src/briefing/text.js';

const maxQuestionLength = 500;
// Enough articles for the model to find an answer, few enough that choosing paragraphs stays cheap
// on a corpus of thousands.
const maxCandidates = 60;
const perKey = 20;

/** The /ask command. */
export const askCommand: Command<BriefingContext> = {
  name: 'ask',
  description: 'Ask a question; a language model answers from the loaded articles only, citing them',
  options: [{ name: 'question', description: 'Your question about the news', type: 'string', required: true, maxLength: maxQuestionLength }],
  usage: '/ask QUESTION',
  async handler(input, ctx) {
    const llm = ctx.llm;
    if (!llm) return notConfigured();
    const question = stripControl(input.args.question ?? '');
    if (question === '') {
      throw new UserError('Ask a question after /ask, e.g. /ask What did the government say about the budget?', 'missing_question');
    }
    if (question.length > maxQuestionLength) {
      throw new UserError(`The question is too long (${question.length} characters): keep it under ${maxQuestionLength}.`, 'question_too_long');
    }
    return llm.ask(question, await candidateArticles(ctx.corpus, question));
  },
};

/** What /ask says when no model is configured. */
function notConfigured() {
  return buildReply({
    title: '/ask is not configured',
    description:
      'It needs a language model: set OPENAI_API_KEY (OpenAI), or OPENAI_BASE_URL for a local OpenAI-compatible ' +
      'server such as Ollama or vLLM, optionally OPENAI_MODEL, then restart the bot. The other commands work without it.',
    ephemeral: true,
    tone: 'notice',
  });
}

/**
 * The articles worth showing the model: all of a small corpus; in a large one those using the
 * question's rarest words (most telling), then the newest when nothing matches.
 */
async function candidateArticles(corpus: Corpus, question: string): Promise<ParsedArticle[]> {
  const q = corpus.queries;
  if ((await corpus.counts()).articles <= maxCandidates) {
    return [...(await corpus.view((await q.newestArticles(maxCandidates)).map((a) => a.id))).articles];
  }
  // Rarest first, counted up to a cap: a word in more articles than that tells little anyway.
  const counted = await Promise.all([...contentWords(question)].map(async (key) => ({ key, n: await q.keyCount(key, 1000) })));
  const keys = counted
    .filter((c) => c.n > 0)
    .sort((a, b) => a.n - b.n)
    .map((c) => c.key);
  const found = new Set<string>();
  const add = (ids: string[]): void => {
    for (const id of ids) if (found.size < maxCandidates) found.add(id);
  };
  if (keys.length > 1) add(await q.articlesWithKeys(keys, perKey));
  for (const key of keys) add(await q.articlesWithKeys([key], perKey));
  if (found.size === 0) add((await q.newestArticles(10)).map((a) => a.id));
  return [...(await corpus.view([...found])).articles];
}
