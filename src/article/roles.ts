/**
 * Roles a text gives a name: the title in front ("Danish Defense Minister Karl Holm"), a
 * description in front ("South Korean leader Lee Min Ho", "Berg's trade adviser, Tomas
 * Reyes") and an appositive after ("Marek Olsen, a former U.S. trade official ...").
 */
import type { Lexicon } from './lexicon.js';
import type { Mention } from './mentions.js';
import { verbClasses } from './verb-forms.js';
import { endsWithComma, execFrom, lastWords, startOfTail } from './text-window.js';

/** The verbs that can introduce a speaker ("said", "told"; from the lexicon), as a pattern alternative. */
const SAYING_WORDS = [...verbClasses().inverted].filter((w) => /^[a-z]+$/.test(w)).join('|');
/** A description in front of a name, after a clause boundary or a saying verb: "..., said Berg's trade adviser, ". */
const APPOSITIVE_BEFORE = new RegExp(
  `(?:^|[,;:(]["”]?\\s*|[.!?]["”]?\\s+|\\b(?:and|but|${SAYING_WORDS})\\s+)((?:[^,;:()".!?]|(?<=\\b\\p{Lu})\\.){3,80}),\\s*$`,
  'gu',
);
/** A saying verb opening an appositive's text: "said the village mayor". */
const SAYING_OPENER = new RegExp(`^(?:${SAYING_WORDS})\\s+`, 'i');
const DETERMINERS = /^(?:the|a|an|this|that|his|her|their|its|our)$/i;
/** What opens an adverbial clause in front of a name rather than a description of it: "Speaking ...", "After ...". */
const ADVERBIAL_OPENING = /^(?:\p{L}+ing|after|before|during|following|despite|at|in|on|with|without|since|while|when|from|by)\s/iu;
/** Function words that can stand before a role without describing it ("with", "than"). */
const NOT_A_MODIFIER = new Set('and but with than then when while for from into onto over under after before about says also not only even'.split(' '));
/** Words that can stand inside a description in front of a name ("former deputy foreign minister"). */
export const ROLE_MODIFIERS = new Set([
  'former',
  'deputy',
  'acting',
  'top',
  'senior',
  'chief',
  'foreign',
  'defense',
  'defence',
  'policy',
  'national',
  'security',
  'state',
  'prime',
  'vice',
  'first',
  'leading',
  'ruling',
  'special',
  'longtime',
  'fellow',
  'campaign',
  'press',
  'communications',
  'economic',
  'military',
  'political',
  'presidential',
  'deputy',
  'assistant',
  'associate',
  'executive',
  'general',
  'managing',
  'supreme',
  'retired',
  'veteran',
  'new',
  'then',
  'current',
  'incoming',
  'outgoing',
  'main',
  'regional',
  'local',
  'federal',
  'public',
  'health',
  'finance',
  'trade',
  'energy',
  'interior',
  'justice',
  'intelligence',
  'opposition',
  'party',
  'white',
  'house',
  'union',
  'senate',
  'house',
  'city',
  'county',
  'district',
  'man',
  'point',
  'energy',
  'affairs',
  'relations',
  'research',
  'policy',
  'nuclear',
  'vice-presidential',
  'democratic',
  'republican',
  // Portfolios in lower case before an office: "urban development minister", "education secretary".
  'urban',
  'rural',
  'development',
  'education',
  'transport',
  'agriculture',
  'environment',
  'home',
  'housing',
  'labour',
  'labor',
  'tourism',
  'culture',
  'information',
  'water',
  'railways',
  'power',
  'sports',
  'science',
  'technology',
  'industry',
  'commerce',
  'infrastructure',
  'fisheries',
  'immigration',
  'employment',
  'welfare',
  'social',
  'planning',
]);

/** Professions named by their suffix ("ecologist", "statistician", "cartographer"), which no list holds all of. */
const PROFESSION_SUFFIX = /^[a-z]{2,}(?:ologist|ician|ographer|onomist)$/;

/**
 * A closed compound ending in a role noun of five letters or more after four letters or more:
 * "schoolteacher", "steelworker", "songwriter", "landowner".
 */
const COMPOUND_ROLE = /^[a-z]{9,}$/;

function isRoleNoun(word: string, lex: Lexicon): boolean {
  const w = word.toLowerCase().replace(/[^a-z-]/g, '');
  return (
    lex.roleNouns.has(w) ||
    lex.titles.has(w) ||
    (w.endsWith('s') && lex.roleNouns.has(w.slice(0, -1))) ||
    PROFESSION_SUFFIX.test(w) ||
    (COMPOUND_ROLE.test(w) && [...Array(w.length - 8).keys()].some((k) => lex.roleNouns.has(w.slice(k + 4)))) ||
    // "vice-president", "co-founder", "ex-minister": a post with a prefix joined by a hyphen.
    (ROLE_PREFIX.test(w) && isRoleNoun(w.replace(ROLE_PREFIX, ''), lex))
  );
}

/** Prefixes joined to a post by a hyphen that keep it a post. */
const ROLE_PREFIX = /^(?:vice|co|ex|deputy|under|assistant|sub)-/;

function containsRoleNoun(phrase: string, lex: Lexicon): boolean {
  const words = phrase.split(/\s+/);
  if (words.some((w) => isRoleNoun(w, lex))) return true;
  return [...lex.roleNouns].some((r) => r.includes(' ') && phrase.toLowerCase().includes(r));
}

/** A post taken up after a name: "took over as chief executive", "was appointed finance director", "was re-elected mayor". */
const TOOK_UP =
  /^\s+(?:has\s+|had\s+)?(?:took over|takes over|taken over|(?:was|has been) (?:re-?)?(?:appointed|elected)|was named|stepped in)\s+(?:as\s+)?(?:the\s+|its\s+|their\s+)?(?!(?:after|by|in|to|on|for|at)\b)((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)(?=\s+(?:of|at|for|in|on|since|last|this|after|before|from|until)\b|[,.;]|$)/u;

/** A post a name is said to hold, right after it: "Ana Roe is the chief engineer of ...", "Ana Roe became its treasurer in 2019". */
const HOLDS_POST =
  /^\s+(?:is|was|became|has been|had been)\s+(?:now\s+)?(?:the|its|their)\s+((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)(?=\s+(?:of|at|for|in|on|with|and|since|until)\b|[,.;]|$)/u;

/** Roles for one mention, read from its paragraph. */
export function rolesOf(paragraph: string, mention: Mention, lex: Lexicon): string[] {
  const roles: string[] = [];
  // "Dame", "Lord": a title of honour says how a person is addressed, not what they do.
  const courtesy = COURTESY_TITLE.test(mention.title);
  if (mention.hasTitle && mention.title && !courtesy) roles.push(mention.title);

  const before = paragraph.slice(0, mention.titleStart);
  // Appositive in front: "Berg's trade adviser, Tomas Reyes". The match holds at most 85 characters
  // that are not spaces, so only that much of the text before the name is searched.
  // (It ends in a comma: without one at the end of the text it cannot match.)
  const apposBefore = endsWithComma(before) ? execFrom(APPOSITIVE_BEFORE, before, startOfTail(before, before.length, 90)) : null;
  let found = false;
  if (apposBefore) {
    // ('", said the village mayor, X': the saying verb after a closing mark is no part of the role.)
    let phrase = apposBefore[1]!
      .trim()
      .replace(SAYING_OPENER, '')
      .replace(/^(?:the|a|an|one|another|as|and|but|whose|its|their)\s+/i, '');
    // "Velde sent a porter, Ivo Brandt,", "Kort met the opposition leader, Tomas Brell,": the role is
    // what follows the article inside the clause.
    // "Workers are angry because the plant's owner, Tessaly Motors,": what follows the clause's last joining word.
    const joined = CLAUSE_JOINER.exec(phrase);
    if (joined) phrase = phrase.slice(joined.index + joined[0].length).replace(/^(?:the|a|an|one|another)\s+/i, '');
    // ("Though Voss has won over younger voters, Varga": a clause of its own names no role.)
    if (joined && /\b(?:is|are|was|were|has|have|had|will|would)\b/.test(phrase)) phrase = '';
    const inner = /\s(?:a|an|one|another|the)\s+((?:\S+\s+){0,3}\S+)$/i.exec(phrase);
    const innerRole = !!inner && isRoleNoun(inner[1]!.split(/\s+/).at(-1)!, lex);
    if (innerRole) phrase = inner[1]!;
    const lastWord = phrase.split(/\s+/).at(-1) ?? '';
    // "Speaking after a meeting of ministers, Vogt", "After the mayor of Tarn spoke, Vogt": an
    // adverbial clause in front is no appositive, unless it ends in "the" and a role ("met with the
    // party's leader, X"); "a meeting of ministers" is headed by "meeting", no role.
    const adverbial = !innerRole && ADVERBIAL_OPENING.test(apposBefore[1]!.trim());
    const phraseWords = phrase.split(/\s+/);
    const of = phraseWords.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
    const headOk = isRoleNoun(of > 0 ? phraseWords[of - 1]! : lastWord, lex);
    if (!adverbial && containsRoleNoun(phrase, lex) && headOk && phraseWords.length <= 8) {
      roles.push(phrase);
      found = true;
    }
  }
  if (!found) {
    // A description in front, with or without a comma: "South Korean leader Lee Min Ho",
    // "founded by Lee's grandfather, Lee Jae Won".
    const trimmed = before.trimEnd();
    const described = trimmed.endsWith(',') ? describedBy(trimmed.slice(0, -1), lex, true) : describedBy(before, lex);
    // "Hawks host Marlow Giants": one side named by a plural, and a verb of the same spelling as a
    // role noun, before the other side; no role.
    const phrase = TEAM_PLURAL_LAST.test(mention.text) && SIDE_AND_VERB.test(described) ? '' : described;
    if (phrase && (!mention.title || courtesy)) roles.push(phrase);
    else if (phrase && mention.title && !mention.hasTitle) roles.push(`${mention.title} ${phrase}`.trim());
  }

  // A post the person took up or holds, right after the name: "Ana Roe took over as chief executive of ...",
  // "Ana Roe was appointed finance director last year" (not "was named after her grandfather"), "Ana
  // Roe is the chief engineer of ..." (a post is "the" one; "a good friend" is none).
  const next = paragraph.slice(mention.end, mention.end + 120);
  const tookUp = TOOK_UP.exec(next) ?? HOLDS_POST.exec(next);
  const post = tookUp?.[1] ?? '';
  if (post && (isRoleNoun(post.split(/\s+/).at(-1)!, lex) || [...lex.roleNouns].some((r) => r.includes(' ') && post.endsWith(r)))) roles.push(post);

  // Appositive after: "Marek Olsen, a former U.S. trade official now with ...".
  // (An age before it: "Maria Olsen, 52, a ferry pilot from Tarrow".)
  const after = paragraph.slice(mention.end).replace(/^,\s\d{1,3}(?=,\s)/, '');
  const apposAfter = /^,\s+(?!\s|who\b|which\b|whose\b|and\b|but\b|\d)((?:[^,;."]|\.(?=\S)|\.(?=\s+\p{Ll}))+?)(?=,|;|\.\s+["'(]?\p{Lu}|\.$|"|$)/u.exec(after);
  // ", said Berg": a saying verb after the comma opens a clause, not an appositive.
  const opensWithVerb = apposAfter && verbClasses().inverted.has((/^\p{Ll}+/u.exec(apposAfter[1]!)?.[0] ?? '').toLowerCase());
  if (apposAfter && !opensWithVerb) {
    const phrase = apposAfter[1]!.trim().replace(/^(?:the|a|an)\s+/i, '');
    const words = phrase.split(/\s+/);
    const firstRole = words.find((w) => isRoleNoun(w, lex)) ?? '';
    const plural = /s$/.test(firstRole) && !lex.roleNouns.has(firstRole.toLowerCase());
    // (", Minister for Ecological Transition,": an office and its portfolio, no list of titled names.)
    const listOfNames = /^\p{Lu}/u.test(phrase) && lex.titles.has((words[0] ?? '').toLowerCase()) && !/^(?:for|of)$/.test(words[1] ?? '');
    const atInstitution = /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){1,4}(?:at|of|with|for|from)\s+(?:the\s+)?\p{Lu}/u.test(apposAfter[1]!.trim());
    if (words.length <= 18 && !plural && !listOfNames && (atInstitution || containsRoleNoun(words.slice(0, 8).join(' '), lex))) roles.push(phrase);
  }
  return [...new Set(roles.map((r) => r.trim()).filter((r) => r.length > 1))];
}

/** The last word that joins a clause in a phrase, and the space after it: "because ", "although ". */
const CLAUSE_JOINER = /\b(?:because|although|though|since|whereas|unless)\s(?!.*\b(?:because|although|though|since|whereas|unless)\s)/i;

/** Titles of honour alone, no office: "Sir", "Dame", "Lord" ("Mr." is never taken for a title). */
const COURTESY_TITLE = /^(?:Sir|Dame|Lord|Lady)$/;

/** A name closing in a capitalised plural, as a team's nickname does: "Marlow Giants". */
const TEAM_PLURAL_LAST = /\s\p{Lu}\p{Ll}+[^siu]s$/u;
/** A capitalised plural and one lower-case word: "Hawks host", read as a side and its verb. */
const SIDE_AND_VERB = /^\p{Lu}\p{Ll}+[^siu]s\s\p{Ll}+$/u;

/** The last two words when they are "of" or "for" and a lower-case field after an office ("secretary of agriculture"). */
function officePortfolio(words: readonly string[], lex: Lexicon): string[] | null {
  const [office, of, field] = words.slice(-3);
  if (
    words.length < 3 ||
    !/^(?:of|for)$/.test(of!) ||
    !/^\p{Ll}{3,}$/u.test(field!) ||
    DETERMINERS.test(field!) ||
    /^(?:and|but|who|which|that)$/.test(field!) ||
    /[,.;:"()]$/.test(office!) ||
    !isRoleNoun(office!, lex)
  )
    return null;
  return [of!, field!];
}

/** The role words right before a position: "South Korean leader", "Lee's grandfather"; '' if none. */
function describedBy(before: string, lex: Lexicon, acrossComma = false): string {
  // The loop below reads at most six words back.
  const last = lastWords(before, 7);
  // A role of two or three words the lexicon lists whole ("harbour master", "director of rugby"), right before the name.
  for (const n of [3, 2]) {
    const run = last.slice(-n);
    if (run.length === n && !run.slice(0, -1).some((w) => /[,.;:"()]$/.test(w)) && lex.roleNouns.has(run.join(' ').toLowerCase())) return run.join(' ');
  }
  // "secretary of agriculture X", "minister for education X": an office and its portfolio in lower
  // case; the words before the office describe it as they would the office alone.
  const portfolio = officePortfolio(last, lex);
  const words = portfolio ? last.slice(0, -2) : last;
  const picked: string[] = [];
  for (let k = words.length - 1; k >= 0 && picked.length < 6; k--) {
    const w = words[k]!;
    if (/[,.;:"()]$/.test(w) || DETERMINERS.test(w)) break;
    const bare = w.replace(/['’]s$/, '');
    if (!(isRoleNoun(bare, lex) || ROLE_MODIFIERS.has(bare.toLowerCase()) || /^\p{Lu}/u.test(w))) break;
    picked.unshift(w);
  }
  // The description must end in a role noun that touches the name; across a comma, one person holds
  // no plural ("after a meeting of ministers, Vogt"; "candidates Ana Roe and Ivo Bak" share one).
  const head = picked.at(-1)?.toLowerCase();
  if (!head || !isRoleNoun(head, lex) || (acrossComma && head.endsWith('s') && !lex.roleNouns.has(head) && !lex.titles.has(head))) return '';
  const field = portfolio ? ` ${portfolio.join(' ')}` : '';
  // "Center for Justice Studies director X": capitals picked after "for" or "of" that follows a body's
  // word are the end of that body's name, which the role keeps whole, not the role's own words.
  const stop = words.length - 1 - picked.length;
  if (/^(?:for|of|on)$/.test(words[stop] ?? '') && lex.orgWords.has((words[stop - 1] ?? '').toLowerCase()) && picked.length >= 2) {
    let from = stop - 1;
    while (from > 0 && /^\p{Lu}[\p{L}'’-]*$/u.test(words[from - 1]!) && !isRoleNoun(words[from - 1]!, lex) && !/^The$/.test(words[from - 1]!)) from--;
    return [...words.slice(from, stop + 1), ...picked].join(' ') + field;
  }
  // "agency head X", "union boss Y": one noun in front of the role names what the role is over,
  // when what stands before it ends a clause or is a determiner, so it cannot be a verb's object.
  const k = words.length - 1 - picked.length;
  const modifier = words[k] ?? '';
  const beforeModifier = words[k - 1];
  if (
    /^\p{Ll}{3,}$/u.test(modifier) &&
    !/(?:ly|ed|ing)$/.test(modifier) &&
    !lex.speechVerbs.has(modifier) &&
    !DETERMINERS.test(modifier) &&
    !NOT_A_MODIFIER.has(modifier) &&
    (beforeModifier === undefined || /[,.;:"”]$/.test(beforeModifier) || DETERMINERS.test(beforeModifier))
  )
    picked.unshift(modifier);
  return picked.join(' ') + field;
}
