/**
 * World knowledge the parser reads from data/lexicon/ (each file names its source): countries with
 * their aliases, capitals and demonyms, organisations, titles, given names, reporting verbs, and the
 * function words that are capitalised only at a sentence start.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflect, readReportingVerbs } from './verb-forms.js';

const LEXICON_DIR = fileURLToPath(new URL('../../data/lexicon/', import.meta.url));

export interface GazetteerEntry {
  name: string;
  kind: 'place' | 'organization';
}

export interface Lexicon {
  /** Lower-cased surface form -> the entity it names ("ottawa" -> Canada). */
  gazetteer: Map<string, GazetteerEntry>;
  /** Longest gazetteer name in words, to bound look-ups. */
  gazetteerMaxWords: number;
  /** Lower-cased demonym -> country ("south african" -> South Africa). */
  demonyms: Map<string, string>;
  /** A continent's adjective: "european", "asian". */
  continentAdjectives: Set<string>;
  titles: Set<string>;
  honorifics: Set<string>;
  roleNouns: Set<string>;
  /** Lower-cased abbreviated title -> the word it abbreviates ("sen." -> "Senator"), for roles. */
  titleAbbreviations: Map<string, string>;
  /** Lower-cased given name -> 'm' | 'f' | 'u'. */
  firstNames: Map<string, string>;
  sentenceWords: Set<string>;
  calendarWords: Set<string>;
  thingWords: Set<string>;
  /** Words that open a weather system's name ("Storm", "Hurricane"): the name is no actor. */
  weatherWords: Set<string>;
  orgWords: Set<string>;
  /** Words that close a company's name ("Shipping", "Logistics"), read only as a name's last word. */
  companyWords: Set<string>;
  /** A company's legal form closing its name ("inc", "ltd", "plc"): "Acme Inc." and "Acme" are one company. */
  legalForms: Set<string>;
  /** Words that close a place's name and no person's ("County", "Creek"), read only as a name's last word. */
  placeOnlyWords: Set<string>;
  /** Words that open a place's name and no person's ("Cape", "Mount", "River"), read only as a name's first word. */
  placeFirstWords: Set<string>;
  /** Words that close a sports club's name ("Town", "United", "FC"): the club's first word alone names it too. */
  clubWords: Set<string>;
  /** Verbs a body's name states its purpose with after "to": "Committee to Protect Journalists". */
  purposeVerbs: Set<string>;
  /** Verbs of how shares traded, after "X shares" or "X stock" (company-words.json). */
  marketVerbs: Set<string>;
  /** Words that close a ground's or a hall's name ("Park", "Stadium"): after "at", the name is a place. */
  venueWords: Set<string>;
  orgNouns: Set<string>;
  placeNouns: Set<string>;
  /** Words after a town's name that name its local government, election office or mayor ("city council", "election board"). */
  localBodyNouns: string[];
  /** Subjects after "University of" that name no town ("Technology", "Applied"), lower-cased. */
  academicFields: Set<string>;
  /** What one player gives or takes from another ("penalty", "cross"): a full name after it and "from" is who gave it. */
  givenThingNouns: string[];
  groupNouns: string[];
  /** Lemma -> claim kind, for verbs ("accuse" -> accusation). */
  verbKinds: Map<string, string>;
  /** Noun -> claim kind ("accusations" -> accusation). */
  nounKinds: Map<string, string>;
  /** Nouns that name a source without a proper name, by the kind of actor they make ("report" -> document). */
  sourceNouns: Map<string, 'person' | 'document' | 'organization'>;
  /** Nouns for a social-media item a story checks ("post", "video", "meme"): what it is quoted as saying is no speech. */
  postNouns: Set<string>;
  /** The ratings a fact-check gives a claim ("Misleading", "Mostly False"): data in a sentence, no one's name. */
  factCheckRatings: Set<string>;
  /** Positions in a team that are also common words ("centre", "lock", "prop"): roles on a match report only. */
  sportsPositions: string[];
  /** Words that, beside a score, make a page a match report ("kick-off", "half-time", "a try", "goal"). */
  sportsReportWords: string[];
  /** Match words that other copy uses too ('goal', 'penalty'): a page needs three of them beside a score. */
  sportsReportCommonWords: string[];
  /** Nouns that, as a source, stand for a body that speaks: "The city said", "The league said". */
  bodyNouns: Set<string>;
  /** Services a district is formed to run ("school", "water"): "the school district" is a body, "the district" only an area. */
  districtServices: Set<string>;
  /** Nouns for people that take a plural verb without a plural ending ("police", "staff"): a group when they stand as a source. */
  collectiveNouns: Set<string>;
  /** Abbreviated title -> the nouns a later description may use for it ("sen." -> senator, lawmaker). */
  titleNouns: Map<string, string[]>;
  /** Every finite form of a verb whose subject speaks ("said", "says", "fumed"): the words that make a name a speaker. */
  speechVerbs: Set<string>;
  /** Lemmas that credit someone with a position rather than words ("endorse", "want", "make * clear"): who did so last is a source. */
  stanceVerbs: string[];
}

/**
 * first-names.tsv: a name and its gender per line ('#' opens a comment line). Read by offsets rather
 * than split into lines and fields: 32,000 lines, read at every start-up.
 */
export function readFirstNames(tsv: string): Map<string, string> {
  const names = new Map<string, string>();
  for (let at = 0; at < tsv.length;) {
    let lineEnd = tsv.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = tsv.length;
    if (lineEnd > at && tsv[at] !== '#') {
      const tab = tsv.indexOf('\t', at);
      const nameEnd = tab >= 0 && tab < lineEnd ? tab : lineEnd;
      if (nameEnd - at > 1) {
        const genderEnd = nameEnd < lineEnd ? tsv.indexOf('\t', nameEnd + 1) : -1;
        names.set(tsv.slice(at, nameEnd), nameEnd < lineEnd ? tsv.slice(nameEnd + 1, genderEnd >= 0 && genderEnd < lineEnd ? genderEnd : lineEnd) : 'u');
      }
    }
    at = lineEnd + 1;
  }
  return names;
}

const readJson = (file: string) => JSON.parse(readFileSync(LEXICON_DIR + file, 'utf8'));

/** Loads the lexicon from data/lexicon/. Pure data; callers keep and pass the result. */
export function loadLexicon(): Lexicon {
  const countries = readJson('countries.json').countries as Array<{
    name: string;
    official: string;
    aliases: string[];
    demonyms: string[];
    capitals: string[];
    code: string;
  }>;
  const extra = readJson('countries-extra.json');
  const orgs = readJson('organizations.json').organizations as Array<{ name: string; aliases: string[] }>;
  const titles = readJson('titles.json');
  const stop = readJson('stopwords.json');
  const companyWords = readJson('company-words.json');
  const verbs = readReportingVerbs();

  const gazetteer = new Map<string, GazetteerEntry>();
  const demonyms = new Map<string, string>();
  const demonymOwner = new Map<string, string>();
  const put = (surface: string, entry: GazetteerEntry) => {
    const key = surface.toLowerCase();
    if (!gazetteer.has(key)) gazetteer.set(key, entry);
  };
  for (const c of countries) {
    const entry = { name: c.name, kind: 'place' as const };
    put(c.name, entry);
    put(c.official, entry);
    for (const a of c.aliases) if (!/^[A-Z]{2}$/.test(a)) put(a, entry);
    for (const cap of c.capitals) put(cap, entry);
    for (const a of extra.aliases[c.code] ?? []) gazetteer.set(a.toLowerCase(), entry);
    for (const d of c.demonyms) {
      // "Norwegian" is also Svalbard's, "French" the French Southern Lands', "Dutch" the Caribbean
      // Netherlands': the country with the shorter official name is the one news means.
      const held = demonymOwner.get(d.toLowerCase());
      if (held && held.length <= c.official.length) continue;
      demonymOwner.set(d.toLowerCase(), c.official);
      demonyms.set(d.toLowerCase(), c.name);
    }
  }
  for (const c of countries) for (const d of extra.demonyms[c.code] ?? []) demonyms.set(d.toLowerCase(), c.name);
  for (const r of [...extra.regions, ...extra.usStates, ...(extra.provinces ?? []), ...extra.cities]) put(r, { name: r, kind: 'place' });
  // Nations inside a country that news names by their adjective ("the Scottish government").
  for (const [nation, adjectives] of Object.entries(extra.nations as Record<string, string[]>)) {
    put(nation, { name: nation, kind: 'place' });
    for (const d of adjectives) demonyms.set(d.toLowerCase(), nation);
  }
  // A continent's adjective: "European shares" are a market's, no company's.
  const continentAdjectives = new Set(Object.values((extra.continents ?? {}) as Record<string, string[]>).flatMap((list) => list.map((d) => d.toLowerCase())));
  for (const o of orgs) {
    const entry = { name: o.name, kind: 'organization' as const };
    put(o.name, entry);
    for (const a of o.aliases) put(a, entry);
  }
  let gazetteerMaxWords = 1;
  for (const key of gazetteer.keys()) gazetteerMaxWords = Math.max(gazetteerMaxWords, key.split(' ').length);

  const firstNames = readFirstNames(readFileSync(LEXICON_DIR + 'first-names.tsv', 'utf8'));

  const verbKinds = new Map<string, string>();
  for (const [kind, list] of Object.entries(verbs.verbs)) for (const v of list) if (!verbKinds.has(v)) verbKinds.set(v, kind);
  const nounKinds = new Map<string, string>();
  for (const [kind, list] of Object.entries(verbs.nouns)) for (const n of list) if (!nounKinds.has(n)) nounKinds.set(n, kind);

  const sources = readJson('source-nouns.json');
  const sourceNouns = new Map<string, 'person' | 'document' | 'organization'>();
  for (const n of sources.documentNouns as string[]) sourceNouns.set(n, 'document');
  for (const n of stop.orgNouns as string[]) if (!n.includes(' ')) sourceNouns.set(n, 'organization');
  // "The city said", "The league said": a body that speaks, named by a noun that is no organisation word elsewhere.
  const bodyNouns = new Set((sources.bodyNouns as string[] | undefined) ?? []);
  for (const n of bodyNouns) sourceNouns.set(n, 'organization');
  for (const n of [...(sources.personNouns as string[]), ...(titles.roleNouns as string[])]) if (!n.includes(' ')) sourceNouns.set(n, 'person');
  const collectiveNouns = new Set(sources.collectiveNouns as string[]);
  for (const n of collectiveNouns) sourceNouns.set(n, 'person');
  const titleNouns = new Map(Object.entries(sources.abbreviations as Record<string, string[]>));
  const districtServices = new Set((sources.districtServices as string[] | undefined) ?? []);

  const speechVerbs = new Set<string>();
  for (const lemma of verbs.speakerVerbs) for (const form of inflect(lemma)) if (!form.endsWith('ing')) speechVerbs.add(form);

  return {
    gazetteer,
    gazetteerMaxWords,
    demonyms,
    continentAdjectives,
    titles: new Set((titles.titles as string[]).map((t) => t.toLowerCase())),
    honorifics: new Set((titles.honorifics as string[]).map((t) => t.toLowerCase())),
    roleNouns: new Set(titles.roleNouns as string[]),
    titleAbbreviations: new Map(
      Object.entries(titles.abbreviations as Record<string, string>)
        .filter(([short]) => !short.startsWith('_'))
        .map(([short, full]) => [short.toLowerCase(), full]),
    ),
    firstNames,
    sentenceWords: new Set(stop.sentenceWords as string[]),
    calendarWords: new Set(stop.calendarWords as string[]),
    thingWords: new Set(stop.thingWords as string[]),
    weatherWords: new Set(stop.weatherWords as string[]),
    orgWords: new Set(stop.orgWords as string[]),
    companyWords: new Set(companyWords.companyWords as string[]),
    legalForms: new Set((companyWords.legalForms as string[] | undefined) ?? []),
    placeOnlyWords: new Set(companyWords.placeOnlyWords as string[]),
    placeFirstWords: new Set(companyWords.placeFirstWords as string[]),
    clubWords: new Set(companyWords.clubWords as string[]),
    purposeVerbs: new Set(stop.purposeVerbs as string[]),
    marketVerbs: new Set(companyWords.marketVerbs as string[]),
    venueWords: new Set(companyWords.venueWords as string[]),
    orgNouns: new Set(stop.orgNouns as string[]),
    placeNouns: new Set(stop.placeNouns as string[]),
    // "Kestrel Bay school district": the name in front of a service's district is the place it serves.
    localBodyNouns: [...((stop.localBodyNouns as string[] | undefined) ?? []), ...[...districtServices].map((s) => `${s} district`)],
    academicFields: new Set((stop.academicFields as string[] | undefined) ?? []),
    givenThingNouns: (stop.givenThingNouns as string[] | undefined) ?? [],
    groupNouns: stop.groupNouns as string[],
    verbKinds,
    nounKinds,
    sourceNouns,
    postNouns: new Set((sources.postNouns as string[] | undefined) ?? []),
    factCheckRatings: new Set((sources.factCheckRatings as string[] | undefined) ?? []),
    sportsPositions: (titles.sportsPositions as string[] | undefined) ?? [],
    sportsReportWords: (titles.sportsReportWords as string[] | undefined) ?? [],
    sportsReportCommonWords: (titles.sportsReportCommonWords as string[] | undefined) ?? [],
    bodyNouns,
    districtServices,
    titleNouns,
    collectiveNouns,
    speechVerbs,
    stanceVerbs: verbs.stanceVerbs ?? [],
  };
}
