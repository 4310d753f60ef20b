/**
 * What the optional LLM layer offers the rest of the bot. Every method checks the model's output
 * against the articles and never throws; on failure the caller gets the rule-based answer back
 * with a short note, or an outcome saying what went wrong.
 */
import type { Claim, ParsedArticle } from '../article/types.js';
import type { Reply } from '../briefing/reply.js';
import type { LlmOutcome } from './chat-client.js';
import type { TokenBudgetState } from './token-budget.js';

export type { LlmOutcome } from './chat-client.js';

/** A claim proposed by the model and found in the article text; stored apart from the parser's. */
export interface LlmClaim extends Claim {
  source: 'llm';
}

/** A role proposed by the model for an actor, found in the paragraph it cites. */
export interface LlmRole {
  actorId: string;
  role: string;
  paragraph: number;
  source: 'llm';
}

/** The ingest pass's result for one article. */
export interface LlmProposals {
  articleId: string;
  claims: LlmClaim[];
  roles: LlmRole[];
  /** How many proposals failed the checks against the article and were dropped. */
  dropped: number;
}

/** The LLM features. Created by createLlm only when configured. */
export interface Llm {
  readonly model: string;
  /**
   * The rule-based digest with an abstractive, cited summary added first; on any failure the
   * rule-based digest unchanged but for a note "LLM summary unavailable: ...".
   */
  summarizeDigest(articles: ParsedArticle[], ruleBased: Reply): Promise<Reply>;
  /**
   * Answers a question from the articles only, each line citing article and paragraph; says so
   * when they do not answer; on failure shows the best-matching paragraphs with a note.
   */
  ask(question: string, articles: ParsedArticle[]): Promise<Reply>;
  /** Claims and roles the rules missed, each checked against the article and marked source 'llm'. */
  proposeClaimsAndRoles(article: ParsedArticle): Promise<LlmOutcome<LlmProposals>>;
  /** Today's token use. */
  budget(): TokenBudgetState;
}
