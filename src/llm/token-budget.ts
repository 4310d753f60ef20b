/**
 * A daily allowance of model tokens, counted from the usage the server reports. The day is the
 * UTC calendar day of the injected clock, so the count starts again at midnight UTC.
 */

/** Tokens spent today and what is left. */
export interface TokenBudgetState {
  /** UTC day the count belongs to, YYYY-MM-DD. */
  day: string;
  used: number;
  /** 0 means no daily limit. */
  limit: number;
}

/** Counts tokens per UTC day and says whether a call still fits. */
export interface TokenBudget {
  /** True when `estimatedTokens` more would stay within today's limit. */
  allows(estimatedTokens: number): boolean;
  /** Adds tokens a call actually used. */
  record(tokens: number): void;
  state(): TokenBudgetState;
}

/**
 * Creates a budget of `limit` tokens per UTC day (0 turns the limit off).
 * @example const budget = createTokenBudget(200_000, () => new Date());
 */
export function createTokenBudget(limit: number, now: () => Date): TokenBudget {
  let day = '';
  let used = 0;
  // Rolls the count over lazily: nothing needs to run at midnight.
  const roll = (): void => {
    const today = now().toISOString().slice(0, 10);
    if (today !== day) {
      day = today;
      used = 0;
    }
  };
  return {
    allows(estimatedTokens) {
      roll();
      if (limit <= 0) return true;
      return used < limit && used + Math.max(0, estimatedTokens) <= limit;
    },
    record(tokens) {
      roll();
      if (Number.isFinite(tokens) && tokens > 0) used += Math.ceil(tokens);
    },
    state() {
      roll();
      return { day, used, limit };
    },
  };
}

/** A rough token count for text: about four characters per token for English. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
