/** Prompts for the abstractive digest summary. */
import { dataRules } from './data-rules.js';

/** System prompt: a short neutral summary, every sentence cited. */
export const digestSummarySystem = `You write short, neutral news briefings from the articles you are given.

${dataRules}

Task: summarise the news in these articles in 3 to 6 sentences, most important first. Each sentence states facts from the articles and lists the paragraphs (article id and paragraph number) that support it. Attribute claims to whoever made them ("X said", "Y denied"); do not present a disputed claim as fact.`;

/** User prompt: the fenced articles. */
export function digestSummaryUser(fencedArticles: string): string {
  return `Summarise these articles.\n\n${fencedArticles}`;
}
