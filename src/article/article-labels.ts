/**
 * Speech marked by labels rather than quotation marks alone: transcript turns under a speaker's label
 * ("WALLACE:", "Q:"), roundup lines under a title-case "Said:", "Name, Outlet:" labels
 * (labelled-speech.ts finds them). Here each label gets its speaker: a person of the story whose name
 * it spells, or a new actor when the story names them only there; who a speaker speaks for becomes
 * an organisation. Quotes ask `labelled` first; turns without quotation marks become quotes here.
 */
import { loadNewsMedia } from './attribution/news-media.js';
import type { CueFinder } from './cues.js';
import { findLabelledTurns, nameInLabel, turnSpeakers, unquotedTurn, type LabelledTurn } from './labelled-speech.js';
import type { Lexicon } from './lexicon.js';
import type { Attribution } from './quotes.js';
import type { PlacedMention } from './speakers.js';
import type { Actor, Quote } from './types.js';

/** What labelled speech needs from the article so far. */
export interface LabelContext {
  paragraphs: string[];
  actors: Actor[];
  byId: Map<string, Actor>;
  placed: PlacedMention[];
  placedBetween: (p: number, from: number, to: number) => PlacedMention[];
  cues: CueFinder;
  lex: Lexicon;
}

/** The labels' speakers, as the quote rules ask for them, and the turns that are quotes without marks. */
export interface LabelledSpeech {
  /** The speaker a label gives the words at (p, offset), if any. */
  labelled: (p: number, offset: number) => Attribution | null;
  /** The person whose name a transcript label spells ("WALLACE" -> Chris Wallace), or a new actor. */
  personNamed: (label: string) => string | null;
  /** Turns written without quotation marks, as quotes. */
  unquotedQuotes: () => Quote[];
}

/** Reads the article's labelled speech; may add actors (speakers named only in a label, outlets). */
export function readLabelledSpeech(ctx: LabelContext): LabelledSpeech {
  const { paragraphs, actors, byId, placed, placedBetween, cues, lex } = ctx;
  const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const labelSpeakers = new Map<string, string | null>();
  const personNamed = (label: string) => {
    if (!labelSpeakers.has(label)) labelSpeakers.set(label, personOfLabel(label));
    return labelSpeakers.get(label)!;
  };
  // People by their whole folded names and by each word of them, indexed the first time a label is
  // looked up and kept as label speakers are added.
  let peopleByName: Map<string, Set<string>> | null = null;
  const peopleByWord = new Map<string, Set<string>>();
  const indexPerson = (a: Actor) => {
    for (const n of [a.name, ...a.aliases].map(fold)) {
      peopleByName!.set(n, (peopleByName!.get(n) ?? new Set()).add(a.id));
      for (const w of n.split(/\s+/)) peopleByWord.set(w, (peopleByWord.get(w) ?? new Set()).add(a.id));
    }
  };
  const personOfLabel = (label: string) => {
    // A transcript label spells a person's whole name ("TERESA VALDÉS") or one word of it ("MOLINA");
    // a roundup label may put a title or a role in front ("Union leader Radu Ionescu").
    if (!peopleByName) {
      peopleByName = new Map();
      for (const a of actors) if (a.kind === 'person') indexPerson(a);
    }
    const named = nameInLabel(label.trim(), lex);
    const key = fold(named.name);
    const whole = [...(peopleByName.get(key) ?? [])];
    if (whole.length === 1) return whole[0]!;
    const found = [...(peopleByWord.get(key.split(/\s+/).at(-1)!) ?? [])];
    if (found.length === 1) return found[0]!;
    if (found.length > 1 || (!key.includes(' ') && (lex.sentenceWords.has(key) || lex.gazetteer.has(key)))) return null;
    // A speaker the story names only in the label ("WALLACE: ...") becomes an actor.
    const name =
      named.name === named.name.toUpperCase()
        ? named.name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
        : named.name;
    const actor: Actor = {
      id: `a${actors.length + 1}`,
      name,
      kind: 'person',
      roles: named.role ? [named.role] : [],
      aliases: name === named.name ? [] : [named.name],
      mentions: 1,
      paragraphs: [],
    };
    actors.push(actor);
    byId.set(actor.id, actor);
    indexPerson(actor);
    return actor.id;
  };
  // Speech marked by labels: transcript turns, roundup "Said:" lines, "Name, Outlet:" labels.
  const found = findLabelledTurns(paragraphs, (word) => cues.find(word).some((c) => c.form === 'verb'));
  // A label that spells the surname of a person the story names ("Arai:" after "Kazuko Arai asked ...").
  const storyPerson = (label: string) =>
    actors.some((a) => a.kind === 'person' && [a.name, ...a.aliases].some((n) => fold(n.split(/\s+/).at(-1)!) === fold(label)));
  const turns = [...found, ...interviewTurns(paragraphs, found, storyPerson)].sort((a, b) => a.paragraph - b.paragraph);
  // "Ostwold Herald: When will it reopen?": a label that names an organisation (one of the story's, or
  // a name ending in an organisation's word) and whose turns are questions is the interviewing outlet;
  // its questions are nobody's quotes, and it is no person.
  if (turns.length > 0) {
    const orgNames = new Set(actors.filter((a) => a.kind === 'organization').flatMap((a) => [a.name, ...a.aliases].map(fold)));
    // ("DISPATCH:", "Herald:": an outlet's short name is a word that makes a name an outlet's, though the
    // page names the outlet in full only in its footer, or nowhere.)
    const media = loadNewsMedia();
    const outletWord = (word: string) => media.nameWords.has(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()) || media.nouns.has(word.toLowerCase());
    const namesOrg = (label: string) =>
      orgNames.has(fold(label)) || (label.includes(' ') && lex.orgWords.has(fold(label.split(/\s+/).at(-1)!))) || outletWord(label.split(/\s+/).at(-1)!);
    const asks = (label: string) => {
      const at = turns.filter((t) => t.label === label);
      return at.filter((t) => /\?["”]?$/.test(paragraphs[t.paragraph]!.trim())).length * 2 >= at.length;
    };
    for (const turn of turns) if (!turn.role && !turn.affiliation && turn.cue === ':' && namesOrg(turn.label) && asks(turn.label)) turn.role = 'question';
  }
  const firstTurn = turns[0]?.paragraph ?? 0;
  const introduced = new Map<string, number>();
  if (turns.length > 0)
    for (const m of placed)
      if (m.paragraph < firstTurn && byId.get(m.actorId)?.kind === 'person') introduced.set(m.actorId, (introduced.get(m.actorId) ?? 0) + 1);
  const interviewee = [...introduced.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const personIn = (p: number, start: number, end: number) =>
    placedBetween(p, start, end).find((m) => m.end <= end && byId.get(m.actorId)?.kind === 'person')?.actorId ?? null;
  const turnSpeaker = turnSpeakers(turns, { personIn, personNamed, interviewee });
  // "LEILA MARSH, HOST:": a part that is a role ("host", "anchor") is the speaker's role.
  for (const turn of turns) {
    const part = turn.part?.toLowerCase() ?? '';
    const speaker = lex.roleNouns.has(part) ? byId.get(turnSpeaker.get(turn) ?? '') : undefined;
    if (speaker && !speaker.roles.some((r) => r.toLowerCase() === part)) speaker.roles.push(part);
  }
  // "Elena Dragan, Ziarul de Est:": who a speaker speaks for is an organisation of the story.
  const namesKnown = new Set(turns.some((t) => t.affiliation) ? actors.flatMap((a) => [a.name, ...a.aliases].map(fold)) : []);
  for (const turn of turns) {
    const org = turn.affiliation;
    if (!org || namesKnown.has(fold(org))) continue;
    namesKnown.add(fold(org));
    const actor: Actor = {
      id: `a${actors.length + 1}`,
      name: org,
      kind: 'organization',
      roles: [],
      aliases: [],
      mentions: 1,
      paragraphs: [turn.labelParagraph],
    };
    actors.push(actor);
    byId.set(actor.id, actor);
  }
  const turnOf = new Map(turns.map((t) => [t.paragraph, t]));
  const labelled = (p: number, offset: number) => {
    const found = turnOf.get(p);
    // Words after the label, or a quote that opens before the label and holds it ('"PENCE: Well, ...').
    const turn = found && (found.contentStart <= offset + 1 || offset <= found.labelStart) ? found : undefined;
    const speakerId = turn ? turnSpeaker.get(turn) : null;
    return turn && speakerId ? { speakerId, cue: turn.cue } : null;
  };
  return {
    labelled,
    personNamed,
    unquotedQuotes: () => {
      const quotes: Quote[] = [];
      for (const turn of turns) {
        const span = unquotedTurn(paragraphs[turn.paragraph]!, turn);
        // An unnamed interviewer's questions, and a moderator's words, are nobody's quotes.
        if (!span || turn.role === 'question' || turn.role === 'host') continue;
        const text = paragraphs[turn.paragraph]!.slice(span.start, span.end).trim();
        quotes.push({ text, speakerId: turnSpeaker.get(turn) ?? null, kind: 'direct', paragraph: turn.paragraph, sentence: text, cue: turn.cue });
      }
      return quotes;
    },
  };
}

/** A one-word label in title case: "Oyelowo: ...", "Gazette: ...". */
const WORD_LABEL = /^(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?):\s+(?=\S)/u;

/**
 * An interview whose turns carry one-word labels in title case, the interviewee's surname and the
 * interviewer's (often the outlet's short name): two labels, each on two paragraphs or more, and no
 * other. The label whose turns end in questions asks them (nobody's quotes) unless it spells the
 * surname of a person the story names (a lawmaker questioning a minister): then the questions are
 * that person's words. The other label answers.
 */
function interviewTurns(paragraphs: readonly string[], found: readonly LabelledTurn[], storyPerson: (label: string) => boolean): LabelledTurn[] {
  const taken = new Set(found.map((t) => t.paragraph));
  const byLabel = new Map<string, number[]>();
  paragraphs.forEach((p, k) => {
    const m = WORD_LABEL.exec(p);
    if (m && !taken.has(k)) byLabel.set(m[1]!, [...(byLabel.get(m[1]!) ?? []), k]);
  });
  const labels = [...byLabel.entries()].filter(([, at]) => at.length >= 2);
  if (labels.length !== 2) return [];
  const asks = (at: number[]) => at.filter((k) => /\?["”]?$/.test(paragraphs[k]!.trim())).length / at.length;
  const [first, second] = labels.map(([label, at]) => ({ label, at, asks: asks(at) }));
  const asker = first!.asks >= 0.5 && second!.asks < 0.5 ? first! : second!.asks >= 0.5 && first!.asks < 0.5 ? second! : null;
  if (!asker) return [];
  return [first!, second!].flatMap(({ label, at }) =>
    at.map((k): LabelledTurn => ({
      paragraph: k,
      label,
      labelParagraph: k,
      labelStart: 0,
      labelEnd: label.length,
      contentStart: WORD_LABEL.exec(paragraphs[k]!)![0].length,
      cue: ':',
      ...(label === asker.label && !storyPerson(label) ? { role: 'question' as const } : {}),
    })),
  );
}
