/**
 * The optional ingest pass: the model proposes claims and actor roles the rules missed. Each
 * proposal is kept only when its words are found in the paragraph it names, and is marked
 * source 'llm' so the store can keep it apart from the parser's findings.
 */
import type { Actor, ParsedArticle } from '../article/types.js';
import type { Logger } from '../logging.js';
import type { ChatClient, LlmOutcome } from './chat-client.js';
import { escapeFencedText, fenceArticles } from './fence-articles.js';
import { neutraliseMentions } from './neutralise-mentions.js';
import { proposeClaimsSystem, proposeClaimsUser } from './prompts/propose-claims.js';
import { proposalsSchema, type ProposalsAnswer } from './schemas.js';
import { selectForDigest } from './select-passages.js';
import { containsLoosely, foldTypography, looseForm, trimEnds } from './text-match.js';
import type { LlmClaim, LlmProposals, LlmRole } from './types.js';
import { escapeRegExp } from '../article/escape-regexp.js';

const maxProposals = 50;
const maxKnownLines = 80;

/** Asks the model for claims and roles the parser missed in `article`, checked against its text. */
export async function proposeClaimsAndRoles(deps: { client: ChatClient; logger: Logger }, article: ParsedArticle): Promise<LlmOutcome<LlmProposals>> {
  const excerpts = selectForDigest([article], 24_000, 1);
  if (excerpts.length === 0) return { ok: true, value: { articleId: article.id, claims: [], roles: [], dropped: 0 } };
  const shown = new Set(excerpts[0]!.paragraphs);
  const outcome = await deps.client.complete({
    name: 'claims_and_roles',
    schema: proposalsSchema,
    system: proposeClaimsSystem,
    user: proposeClaimsUser(actorsBlock(article), knownBlock(article), fenceArticles(excerpts)),
    maxOutputTokens: 1500,
  });
  if (!outcome.ok) return outcome;
  const claims = checkClaims(article, shown, outcome.value.claims.slice(0, maxProposals));
  const roles = checkRoles(article, shown, outcome.value.roles.slice(0, maxProposals));
  const dropped = claims.dropped + roles.dropped;
  if (dropped > 0) deps.logger.info({ articleId: article.id, dropped }, 'LLM proposals dropped: not found in the article');
  return { ok: true, value: { articleId: article.id, claims: claims.kept, roles: roles.kept, dropped } };
}

function actorsBlock(article: ParsedArticle): string {
  return article.actors.map((a) => `${a.id}: ${escapeFencedText(a.name)} (${a.kind})`).join('\n');
}

function knownBlock(article: ParsedArticle): string {
  const claims = article.claims.map((c) => `claim [${c.paragraph}] ${escapeFencedText(c.sourceText)}: ${escapeFencedText(c.text)}`);
  const roles = article.actors.flatMap((a) => a.roles.map((r) => `role ${a.id}: ${escapeFencedText(r)}`));
  return [...claims, ...roles].slice(0, maxKnownLines).join('\n');
}

function paragraphOf(article: ParsedArticle, shown: Set<number>, index: number): string | null {
  return Number.isInteger(index) && shown.has(index) ? (article.paragraphs[index] ?? null) : null;
}

function namesOf(actor: Actor): string[] {
  return [actor.name, ...actor.aliases];
}

/** The actors whose name or alias appears in a source phrase, the closest match first. */
function actorsIn(article: ParsedArticle, sourceText: string): Actor[] {
  const source = looseForm(sourceText);
  const exact = article.actors.filter((a) => namesOf(a).some((n) => looseForm(n) === source));
  const contained = article.actors.filter((a) => !exact.includes(a) && namesOf(a).some((n) => new RegExp(`\\b${escapeRegExp(looseForm(n))}\\b`).test(source)));
  return [...exact, ...contained];
}

function checkClaims(article: ParsedArticle, shown: Set<number>, proposed: ProposalsAnswer['claims']): { kept: LlmClaim[]; dropped: number } {
  const kept: LlmClaim[] = [];
  let dropped = 0;
  const wholeText = [article.headline, ...article.paragraphs].join('\n');
  for (const claim of proposed) {
    const paragraph = paragraphOf(article, shown, claim.paragraph);
    const text = trimEnds(foldTypography(claim.text));
    const sourceText = trimEnds(foldTypography(claim.sourceText));
    if (paragraph === null || text.length < 8 || !containsLoosely(paragraph, text) || !containsLoosely(wholeText, sourceText)) {
      dropped += 1;
      continue;
    }
    const isKnown = [...article.claims, ...kept].some(
      (c) => c.paragraph === claim.paragraph && (looseForm(c.text).includes(looseForm(text)) || looseForm(text).includes(looseForm(c.text))),
    );
    if (isKnown) continue;
    const sources = actorsIn(article, sourceText);
    const cue = trimEnds(foldTypography(claim.cue));
    kept.push({
      source: 'llm',
      sourceId: sources[0]?.id ?? null,
      sourceText: neutraliseMentions(sourceText),
      text: neutraliseMentions(text),
      kind: claim.kind,
      // The cue is a label, not shown as fact: keep it only when the paragraph has it.
      cue: cue && containsLoosely(paragraph, cue) ? cue : '',
      paragraph: claim.paragraph,
      coSourceIds: sources.slice(1).map((a) => a.id),
    });
  }
  return { kept, dropped };
}

function checkRoles(article: ParsedArticle, shown: Set<number>, proposed: ProposalsAnswer['roles']): { kept: LlmRole[]; dropped: number } {
  const kept: LlmRole[] = [];
  let dropped = 0;
  for (const proposal of proposed) {
    const actor = article.actors.find((a) => a.id === proposal.actorId.trim());
    const paragraph = paragraphOf(article, shown, proposal.paragraph);
    const role = trimEnds(foldTypography(proposal.role));
    if (!actor || paragraph === null || role.length < 3 || !containsLoosely(paragraph, role)) {
      dropped += 1;
      continue;
    }
    const already = [...actor.roles, ...kept.filter((k) => k.actorId === actor.id).map((k) => k.role)];
    if (already.some((r) => looseForm(r) === looseForm(role))) continue;
    kept.push({ actorId: actor.id, role: neutraliseMentions(role), paragraph: proposal.paragraph, source: 'llm' });
  }
  return { kept, dropped };
}
