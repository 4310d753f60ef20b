/**
 * The /who answer for one actor: who they are, where they appear, what they said and claimed, and
 * what others said about them; every line cites its article and paragraph.
 */
import { verbClasses } from '../article/verb-forms.js';
import type { ParsedArticle } from '../article/types.js';
import { articleLabel, cite, firstBodyParagraph, paragraphLabel } from './citation.js';
import type { ActorRecord } from '../store/corpus-queries.js';
import { actorArticles } from './corpus-actor.js';
import type { CorpusActor, CorpusView } from './corpus.js';
import type { Reply, ReplyLine, ReplyQuote } from './reply.js';
import { buildReply, commandChoice } from './reply-builder.js';
import { actorNeedles, claimLine, isClaimBy, nameMatcher, replyQuote, withoutNestedClaims, type ClaimRef } from './statements.js';
import { clip, foldText, splitSentences } from './text.js';

/** How much of a busy actor the answer reads: the newest appearances. */
const MAX_ARTICLES_READ = 40;
const MAX_LINES = 8;
const MAX_QUOTES = 5;

const KIND_LABEL: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place', group: 'Group', document: 'Document' };

/**
 * Whether a view already fills a section of what /who shows of an actor's own words (its quotes,
 * or its lines of claims), so that older articles need not be read for them.
 */
export function whoFilled(view: CorpusView, actorId: number): boolean {
  const actor = view.actor(actorId);
  if (!actor) return false;
  let quotes = 0;
  let claims = 0;
  for (const article of actorArticles(actor)) {
    const ids = new Set(actor.appearances.filter((a) => a.article === article).map((a) => a.actor.id));
    quotes += article.quotes.filter((q) => q.speakerId !== null && ids.has(q.speakerId)).length;
    claims += article.claims.filter((claim) => isClaimBy(view, { article, claim }, actor)).length;
  }
  return quotes >= MAX_QUOTES || claims >= MAX_LINES;
}

/** Builds the /who reply for a resolved actor. */
export function buildWhoReply(view: CorpusView, actor: CorpusActor): Reply {
  const read = actor.appearances.slice(0, MAX_ARTICLES_READ);
  const names = nameMatcher(actor);
  const said: ReplyLine[] = [];
  const about: ReplyLine[] = [];
  const relayed: ReplyLine[] = [];
  const quotes: ReplyQuote[] = [];
  // Lines of words that came through someone else: their sentence names the relay too.
  const throughOthers = new Set<ReplyLine>();

  // One pass per article even when two of its actors merged into this one; stop once full.
  const localIds = new Map<ParsedArticle, Set<string>>();
  for (const { article, actor: local } of read) localIds.set(article, (localIds.get(article) ?? new Set()).add(local.id));
  for (const [article, ids] of localIds) {
    if (said.length >= MAX_LINES && about.length >= MAX_LINES && quotes.length >= MAX_QUOTES) break;
    for (const quote of article.quotes) {
      if (quote.speakerId !== null && ids.has(quote.speakerId) && quotes.length < MAX_QUOTES) {
        quotes.push(replyQuote(view, { article, quote }));
      }
    }
    const by: ClaimRef[] = [];
    const on: ClaimRef[] = [];
    const passedOn: ClaimRef[] = [];
    for (const claim of article.claims) {
      const ref = { article, claim };
      if (isClaimBy(view, ref, actor)) by.push(ref);
      else if (relayed.length < MAX_LINES && (claim.via ?? []).some((id) => ids.has(id))) passedOn.push(ref);
      else if (about.length < MAX_LINES && names(claim.text)) on.push(ref);
    }
    for (const ref of withoutNestedClaims(view, by).slice(0, MAX_LINES - said.length)) {
      const line = claimLine(view, ref, { withSource: false });
      said.push(line);
      if (ref.claim.via?.length) throughOthers.add(line);
    }
    for (const ref of withoutNestedClaims(view, on).slice(0, MAX_LINES - about.length)) about.push(claimLine(view, ref));
    // What this actor passed on: "Teodora Vang said (via Coastline Radio): ...".
    for (const ref of withoutNestedClaims(view, passedOn).slice(0, MAX_LINES - relayed.length)) relayed.push(claimLine(view, ref));
  }

  const mentions: ReplyLine[] = [];
  const personNeedles = actor.kind === 'person' ? actorNeedles(actor) : null;
  const ownWords = view.contentKeys([actor.name, ...actor.aliases, ...actor.roles].join(' '));
  for (const { article, actor: local } of read) {
    if (mentions.length >= MAX_LINES) break;
    for (const paragraph of mentionParagraphs(article, local.paragraphs, names, personNeedles)) {
      if (mentions.length >= MAX_LINES) break;
      const sentence = sentenceNaming(article, paragraph, names);
      if (!sentence || coveredByShownClaim(view, article, paragraph, sentence, [...said, ...about, ...relayed], ownWords, throughOthers)) continue;
      mentions.push({ text: clip(sentence, 300), citation: cite(article, paragraph) });
    }
  }

  const articles = actorArticles(actor, 5);
  const totalArticles = actor.articles;
  const appearsIn: ReplyLine[] = articles.map((article) => {
    const paragraphs = [...new Set(read.filter((a) => a.article === article).flatMap((a) => a.actor.paragraphs))].sort((a, b) => a - b).map(paragraphLabel);
    const where = paragraphs.length > 0 ? ` (${paragraphs.join(', ')})` : '';
    return { text: `${articleLabel(article)}${where}`, citation: cite(article, firstParagraph(read, article)) };
  });
  if (totalArticles > 5) appearsIn.push({ text: `…and ${totalArticles - 5} more articles` });

  const roles: ReplyLine[] = actor.roles.slice(0, 5).map((role) => {
    const { article, paragraph } = whereRoleIsGiven(read, role);
    return { text: role, citation: cite(article, paragraph) };
  });

  const articleCount = `${totalArticles} article${totalArticles === 1 ? '' : 's'}`;
  return buildReply({
    title: actor.name,
    description: `${KIND_LABEL[actor.kind] ?? 'Actor'}${actor.roles[0] ? `, ${actor.roles[0]}` : ''}. Mentioned ${actor.mentions} time${actor.mentions === 1 ? '' : 's'} in ${articleCount}.`,
    fields: [
      { name: 'Kind', value: KIND_LABEL[actor.kind] ?? actor.kind, inline: true },
      { name: 'Mentions', value: `${actor.mentions} in ${articleCount}`, inline: true },
      ...(actor.aliases.length > 0 ? [{ name: 'Also called', value: actor.aliases.slice(0, 8).join(', '), inline: true }] : []),
    ],
    sections: [
      { title: 'Roles', lines: roles },
      { title: 'What they said', lines: said },
      { title: 'What they relayed', lines: relayed },
      { title: 'What others said about them', lines: about },
      { title: 'In the articles', lines: mentions },
      { title: 'Appears in', lines: appearsIn },
    ],
    quotes,
  });
}

/** The "several match" reply: a short list of commands to pick from. */
export function buildWhoChoices(query: string, actors: readonly ActorRecord[]): Reply {
  return buildReply({
    title: `Several actors match "${query}"`,
    description: 'Pick one:',
    choices: actors.map((a) =>
      commandChoice(
        a.name,
        'who',
        { name: a.name },
        {
          description: [KIND_LABEL[a.kind], a.roles[0], `${a.mentions} mention${a.mentions === 1 ? '' : 's'}`].filter(Boolean).join(', '),
        },
      ),
    ),
    ephemeral: true,
    tone: 'notice',
  });
}

/** The "nothing matches" reply, with the closest names as suggestions. */
export function buildWhoNotFound(query: string, suggestions: readonly ActorRecord[]): Reply {
  const known = suggestions.length > 0;
  return buildReply({
    title: query === '' ? 'Which actor?' : `No actor matches "${query}"`,
    description:
      query === ''
        ? known
          ? `Give a name, e.g. /who ${suggestions[0]!.name}. Most mentioned now:`
          : 'No articles with named actors are loaded yet.'
        : known
          ? 'Did you mean:'
          : 'No close match among the names in the articles. Try a surname, or /articles to see what is loaded.',
    choices: suggestions.map((a) => commandChoice(a.name, 'who', { name: a.name }, { description: a.roles[0] })),
    ephemeral: true,
    tone: 'notice',
  });
}

// Paragraphs naming the actor, plus a paragraph right after that continues with "He said ..." when
// this actor was the last person named before it (the usual news pattern for a second statement).
function mentionParagraphs(article: ParsedArticle, given: readonly number[], names: (t: string) => boolean, needles: readonly string[] | null): number[] {
  const named = given.length > 0 ? [...new Set(given)] : article.paragraphs.flatMap((p, i) => (names(p) ? [i] : []));
  const out = new Set(named);
  if (needles) {
    for (const p of named) {
      const next = article.paragraphs[p + 1];
      if (p >= 0 && next && !out.has(p + 1) && continuesStatement(next) && lastNamedPersonIs(article, p, needles)) out.add(p + 1);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** "He also said ...", "She warned ...": a sentence that carries on the statement before it (verbs from the lexicon). */
const OPENS_WITH_PRONOUN_VERB = /^(?:He|She) (?:(?:also|later) )?(\p{Ll}+)\b/u;
const continuesStatement = (text: string) => verbClasses().continuing.has(OPENS_WITH_PRONOUN_VERB.exec(text)?.[1] ?? '');

// Whether no other person is named after this actor's last mention in the paragraph.
function lastNamedPersonIs(article: ParsedArticle, paragraph: number, needles: readonly string[]): boolean {
  const text = ` ${foldText(article.paragraphs[paragraph] ?? '')} `;
  const own = Math.max(...needles.map((n) => text.lastIndexOf(n)));
  if (own < 0) return false;
  return article.actors.every((other) => {
    if (other.kind !== 'person') return true;
    const names = [other.name, ...other.aliases].map((n) => ` ${foldText(n)} `);
    if (names.some((n) => needles.includes(n))) return true;
    return Math.max(...names.map((n) => text.lastIndexOf(n))) <= own;
  });
}

// A sentence adds nothing when a claim already shown from the same paragraph words most of it and
// what is left is only the actor's own name and roles; who relayed it ("Interfax quoted him") is news.
function coveredByShownClaim(
  view: CorpusView,
  article: ParsedArticle,
  paragraph: number,
  sentence: string,
  shown: readonly ReplyLine[],
  ownWords: ReadonlySet<string>,
  throughOthers: ReadonlySet<ReplyLine>,
): boolean {
  const same = shown.filter((line) => line.citation?.articleId === article.id && line.citation.paragraph === paragraph);
  if (same.length === 0) return false;
  const words = view.contentKeys(sentence);
  return same.some((line) => {
    const lineWords = view.contentKeys(line.text);
    let shared = 0;
    let extra = 0;
    for (const w of words) {
      if (lineWords.has(w)) shared += 1;
      else if (!ownWords.has(w)) extra += 1;
    }
    // A relayed statement's sentence also names the relay ("Norland's state news agency quoted ..."):
    // the words it shares with the line are enough.
    return shared >= words.size * 0.6 && (extra <= 2 || throughOthers.has(line));
  });
}

function sentenceNaming(article: ParsedArticle, paragraph: number, names: (t: string) => boolean): string | null {
  const text = paragraph < 0 ? article.captions.map((c) => c.text).find((t) => names(t)) : article.paragraphs[paragraph];
  if (!text) return null;
  const sentences = splitSentences(text);
  return sentences.find((s) => names(s)) ?? sentences[0] ?? null;
}

function firstParagraph(read: { article: ParsedArticle; actor: { paragraphs: number[] } }[], article: ParsedArticle): number {
  return firstBodyParagraph(read.filter((a) => a.article === article).flatMap((a) => a.actor.paragraphs));
}

// A role is usually given where the actor is first introduced; prefer the paragraph that words it.
function whereRoleIsGiven(
  read: { article: ParsedArticle; actor: { roles: string[]; paragraphs: number[] } }[],
  role: string,
): { article: ParsedArticle; paragraph: number } {
  const lower = role.toLowerCase();
  const withRole = read.find((a) => a.actor.roles.includes(role)) ?? read[0]!;
  const { article, actor } = withRole;
  const paragraph =
    actor.paragraphs.find((p) => (article.paragraphs[p] ?? '').toLowerCase().includes(lower)) ??
    article.paragraphs.findIndex((p) => p.toLowerCase().includes(lower));
  return { article, paragraph: paragraph >= 0 ? paragraph : firstBodyParagraph(actor.paragraphs) };
}
