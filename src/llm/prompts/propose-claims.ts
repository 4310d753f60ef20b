/** Prompts for the optional ingest pass that proposes claims and roles the rules missed. */
import { dataRules } from './data-rules.js';

/** System prompt: extract claims and roles, copied from the text. */
export const proposeClaimsSystem = `You extract attributed claims and people's roles from a news article, for analysts.

${dataRules}

Task:
- "claims": statements the article attributes to a source: kind is one of statement, accusation, denial, promise, warning, call, assessment, report, concern. "sourceText" is the source as the article words it, "text" is the claim copied from the paragraph (a clause or sentence, exact words), "cue" is the word that carries it (said, accused, denied, warned ...), "paragraph" is its paragraph number.
- "roles": titles or descriptions the article gives an actor listed in <actors>, e.g. a job title. "actorId" is the id from <actors>, "role" is copied exactly from the paragraph, "paragraph" is its number.
- Leave out what the <known> list already has. Return empty lists when there is nothing to add.`;

/** User prompt: known actors and findings, then the fenced article. */
export function proposeClaimsUser(actorsBlock: string, knownBlock: string, fencedArticle: string): string {
  return `<actors>\n${actorsBlock}\n</actors>\n\n<known>\n${knownBlock}\n</known>\n\n${fencedArticle}`;
}
