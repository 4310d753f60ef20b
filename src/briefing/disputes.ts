/**
 * Disputed claims: an accusation and a denial of the same matter. A denial pairs with the
 * accusation it best answers, judged by shared content words ("arms transfers" against "supplied
 * missiles and munitions", through common synonyms) and by whether the denier is the one accused
 * (named in the accusation). Works within one article and across articles.
 */
import { overlap } from './content-words.js';
import type { CorpusActor, CorpusView } from './corpus.js';
import { claimSources, nameMatcher, type ClaimRef } from './statements.js';
import { foldText } from './text.js';

/** One accusation and the denials that answer it. */
export interface Dispute {
  accusation: ClaimRef;
  denials: ClaimRef[];
}

// Words that say a claim is an accusation or a denial without saying about what.
const GENERIC = new Set(['accusation', 'allegation', 'claim', 'charge', 'report', 'deny', 'denial', 'accus', 'accuse']);

/**
 * Pairs the denials among `claims` with the accusations among them.
 * @example findDisputes(view, article.claims.map((claim) => ({ article, claim })))
 */
export function findDisputes(view: CorpusView, claims: readonly ClaimRef[]): Dispute[] {
  const accusations = claims.filter((c) => c.claim.kind === 'accusation');
  const denials = claims.filter((c) => c.claim.kind === 'denial');
  if (accusations.length === 0 || denials.length === 0) return [];
  const words = new Map<ClaimRef, Set<string>>();
  const wordsOf = (ref: ClaimRef) => {
    let w = words.get(ref);
    if (!w) words.set(ref, (w = withoutGeneric(view.contentKeys(ref.claim.text))));
    return w;
  };

  const disputes = new Map<ClaimRef, ClaimRef[]>();
  const matchers = new Map<CorpusActor, (text: string) => boolean>();
  const names = (actor: CorpusActor) => {
    let m = matchers.get(actor);
    if (!m) matchers.set(actor, (m = nameMatcher(actor)));
    return m;
  };
  for (const denial of denials) {
    const deniers = claimSources(view, denial);
    const deniedWords = wordsOf(denial);
    let best: { ref: ClaimRef; score: number } | null = null;
    for (const accusation of accusations) {
      const shared = overlap(deniedWords, wordsOf(accusation));
      const accused = deniers.some((d) => names(d)(accusation.claim.text)) || namesSourceText(accusation, denial);
      const sameArticle = accusation.article === denial.article;
      // Same matter: shared words, or, when the denial only says "denied the accusations", the
      // accused denying in the same article.
      const generic = deniedWords.size === 0;
      if (shared === 0 && !(generic && accused && sameArticle)) continue;
      if (shared < 2 && !accused && !sameArticle) continue;
      const distance = sameArticle ? Math.abs(accusation.claim.paragraph - denial.claim.paragraph) : 50;
      const score = shared * 3 + (accused ? 2 : 0) + (sameArticle ? 1 : 0) - distance * 0.01;
      if (!best || score > best.score) best = { ref: accusation, score };
    }
    if (best) disputes.set(best.ref, [...(disputes.get(best.ref) ?? []), denial]);
  }
  return [...disputes.entries()].map(([accusation, answered]) => ({ accusation, denials: answered }));
}

function withoutGeneric(words: ReadonlySet<string>): Set<string> {
  const kept = new Set(words);
  for (const w of GENERIC) kept.delete(w);
  return kept;
}

// When the parser could not link the denier to an actor, its wording ("Moscow and Pyongyang") still
// tells who denies.
function namesSourceText(accusation: ClaimRef, denial: ClaimRef): boolean {
  const names = (denial.claim.sourceText ?? '')
    .split(/,|\band\b|&/) // foldText drops the spaces around each part
    .map((n) => foldText(n))
    .filter((n) => n.length > 2);
  const text = ` ${foldText(accusation.claim.text)} `;
  return names.some((n) => text.includes(` ${n} `));
}
