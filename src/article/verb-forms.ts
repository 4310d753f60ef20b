/**
 * The inflected forms of an English verb ("say" -> said, says, saying; "snap" -> snapped), so that the
 * reporting verbs of data/lexicon/reporting-verbs.json are listed once, as lemmas, and matched in
 * every form, and read in one place.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  swear: ['swore', 'sworn', 'swears', 'swearing'],
  think: ['thought', 'thinks', 'thinking'],
  find: ['found', 'finds', 'finding'],
  read: ['reads', 'reading'],
  deny: ['denied', 'denies', 'denying'],
  cry: ['cried', 'cries', 'crying'],
  reply: ['replied', 'replies', 'replying'],
  testify: ['testified', 'testifies', 'testifying'],
  criticize: ['criticized', 'criticizes', 'criticizing'],
  criticise: ['criticised', 'criticises', 'criticising'],
  undertake: ['undertook', 'undertaken', 'undertakes'],
  forecast: ['forecasts', 'forecasting'],
  quip: ['quipped', 'quips', 'quipping'],
  commit: ['committed', 'commits', 'committing'],
  admit: ['admitted', 'admits', 'admitting'],
  plead: ['pleaded', 'pled', 'pleads', 'pleading'],
  be: [],
  worry: ['worried', 'worries', 'worrying'],
  signal: ['signaled', 'signalled', 'signals', 'signaling'],
  muse: ['mused', 'muses'],
  post: ['posted', 'posts', 'posting'],
  chant: ['chanted', 'chants'],
  offer: ['offered', 'offers', 'offering'],
  question: ['questioned', 'questions'],
  ask: ['asked', 'asks', 'asking'],
  slam: ['slammed', 'slams', 'slamming'],
  fault: ['faulted', 'faults'],
  quote: ['quoted', 'quotes', 'quoting'],
  print: ['printed', 'prints'],
  publish: ['published', 'publishes', 'publishing'],
  predict: ['predicted', 'predicts', 'predicting'],
  report: ['reported', 'reports', 'reporting'],
  propose: ['proposed', 'proposes', 'proposing'],
  dispute: ['disputed', 'disputes', 'disputing'],
  hit: ['hits', 'hitting'],
  shoot: ['shot', 'shoots', 'shooting'],
  go: ['went', 'gone', 'goes', 'going'],
  tear: ['tore', 'torn', 'tears', 'tearing'],
  rebut: ['rebutted', 'rebuts', 'rebutting'],
  see: ['saw', 'seen', 'sees', 'seeing'],
  put: ['puts', 'putting'],
  cut: ['cuts', 'cutting'],
  shorten: ['shortened', 'shortens'],
  lengthen: ['lengthened', 'lengthens'],
  lower: ['lowered', 'lowers', 'lowering'],
  make: ['made', 'makes', 'making'],
  take: ['took', 'taken', 'takes', 'taking'],
  lay: ['laid', 'lays', 'laying'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking'],
  seek: ['sought', 'seeks', 'seeking'],
  refer: ['referred', 'refers', 'referring'],
  prefer: ['preferred', 'prefers', 'preferring'],
  foresee: ['foresaw', 'foreseen', 'foresees', 'foreseeing'],
  foretell: ['foretold', 'foretells', 'foretelling'],
};

/** The lemma and its inflections: past, third person, -ing (and the past participle where it differs). */
export function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]!];
  const forms = [lemma];
  // One short vowel before one final consonant doubles it: snap -> snapped, shrug -> shrugged.
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma)) {
    const doubled = lemma + lemma.at(-1);
    forms.push(`${doubled}ed`, `${lemma}s`, `${doubled}ing`);
    return forms;
  }
  if (lemma.endsWith('e')) forms.push(`${lemma}d`, `${lemma}s`, `${lemma.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ied`, `${lemma.slice(0, -1)}ies`, `${lemma}ing`);
  else if (/(?:s|sh|ch|x|z)$/.test(lemma)) forms.push(`${lemma}ed`, `${lemma}es`, `${lemma}ing`);
  else forms.push(`${lemma}ed`, `${lemma}s`, `${lemma}ing`);
  return forms;
}

/** The verb classes of data/lexicon/reporting-verbs.json, each as the set of all its forms. */
export interface VerbClasses {
  /** Verbs that report what someone said, as opposed to verbs that describe or judge. */
  reporting: Set<string>;
  /** Verbs that only report speech; a claim reads well without them. */
  neutral: Set<string>;
  /** Verbs that can follow the words they report: '"...," said Marek Olsen'. */
  inverted: Set<string>;
  /** Verbs that report only when followed by what was reported ("found that", not "found a job"). */
  needsComplement: Set<string>;
  /** Verbs that report only when a clause or a colon follows within a few words ("posted on social media that"). */
  needsClause: Set<string>;
  /** Verbs that cue only in their "-ed" and "-ing" forms: "posted", not "a Facebook post". */
  inflectedOnly: Set<string>;
  /** Verbs that carry a statement on into the next sentence ("He also said"). */
  continuing: Set<string>;
  /** Verbs that can close a sentence after what was said: "..., the minister said.", "..., analysts say." */
  trailing: Set<string>;
  /** Trailing verbs whose bare form closes a sentence too, after a plural subject: "..., officials say." */
  trailingBare: Set<string>;
  /** Verbs that only mark that something went on when "to" and a verb follow: "continued to anger". */
  aspectual: Set<string>;
  /** Verbs that report a call only with a preposition after them: "appealed for calm", not "appealed the ruling". */
  prepositional: Set<string>;
  /** Verbs whose object is who was told ("told Berg", "assured the crews"): a name after them is no inverted subject. */
  addressed: Set<string>;
}

/** data/lexicon/reporting-verbs.json as written: verbs and nouns by claim kind, speaker verbs, classes. */
export interface ReportingVerbsFile {
  verbs: Record<string, string[]>;
  nouns: Record<string, string[]>;
  speakerVerbs: string[];
  /** Verbs that credit someone with a position rather than words ("endorse", "want"). */
  stanceVerbs?: string[];
  classes: Record<keyof VerbClasses, string[]>;
}

let file: ReportingVerbsFile | null = null;
let classes: VerbClasses | null = null;

/** The reporting-verb lexicon, read once: the one list of saying verbs every part of the bot uses. */
export function readReportingVerbs(): ReportingVerbsFile {
  file ??= JSON.parse(readFileSync(fileURLToPath(new URL('../../data/lexicon/reporting-verbs.json', import.meta.url)), 'utf8')) as ReportingVerbsFile;
  return file;
}

/** The verb classes of the lexicon, each with every form of its verbs. */
export function verbClasses(): VerbClasses {
  if (classes) return classes;
  const file = readReportingVerbs();
  // A class takes the forms a sentence uses it in: finite ones ("said", "says", "say"), also "-ing"
  // where a verb needing a complement is read ("calling for"), and no bare "say" after the words.
  const formsOf = (lemmas: string[], { ing = false, base = true } = {}) =>
    new Set(lemmas.flatMap((lemma) => inflect(lemma).filter((form) => (ing || !form.endsWith('ing') || lemma.endsWith('ing')) && (base || form !== lemma))));
  classes = {
    reporting: formsOf(file.classes.reporting),
    neutral: formsOf(file.classes.neutral),
    inverted: formsOf(file.classes.inverted, { base: false }),
    needsComplement: formsOf(file.classes.needsComplement, { ing: true }),
    needsClause: formsOf(file.classes.needsClause, { ing: true }),
    inflectedOnly: new Set(file.classes.inflectedOnly),
    continuing: formsOf(file.classes.continuing),
    // ("..., analysts say.": a plural subject's bare form closes a sentence too, for the verbs whose bare
    // form is no common noun, trailingBare: not "state", "note", "reply".)
    trailing: new Set([...formsOf(file.classes.trailing, { base: false }), ...file.classes.trailingBare]),
    trailingBare: new Set(file.classes.trailingBare),
    aspectual: formsOf(file.classes.aspectual, { ing: true }),
    addressed: formsOf(file.classes.addressed, { ing: true }),
    prepositional: formsOf(file.classes.prepositional, { ing: true }),
  };
  return classes;
}

let speakerForms: Set<string> | null = null;

/**
 * The finite forms of every verb that introduces a speaker (the lexicon's speakerVerbs: "shouted",
 * "repeats", "chanted"), without the bare lemma or the "-ing" form.
 */
export function speakerVerbForms(): Set<string> {
  speakerForms ??= new Set(readReportingVerbs().speakerVerbs.flatMap((lemma) => inflect(lemma).filter((form) => form !== lemma && !form.endsWith('ing'))));
  return speakerForms;
}
