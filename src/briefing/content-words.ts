/**
 * Content words: what a sentence is about, for topic search and for telling whether an accusation
 * and a denial concern the same matter. Words are folded, stemmed lightly, and common news
 * synonyms share one key so "weapons supplies" meets "arms transfers".
 */
import { foldedTokens } from './text.js';

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more
  most my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves said says say saying told tell according may might must
  shall one two new last year years week month day time like just would could also been still many
  much even well back get got make made way per mr mrs ms`.split(/\s+/),
);

// Common news vocabulary that different reporters use for one matter. General English, grouped by
// meaning; the first word of each group is its key.
const SYNONYM_GROUPS: string[][] = [
  ['arms', 'arm', 'weapon', 'weaponry', 'missile', 'munition', 'ammunition', 'ammo', 'rocket', 'shell', 'artillery', 'armament', 'drone', 'firearm', 'gun'],
  [
    'supply',
    'supplied',
    'supplier',
    'transfer',
    'deliver',
    'delivery',
    'provide',
    'provision',
    'ship',
    'shipment',
    'send',
    'sent',
    'export',
    'sale',
    'sell',
    'sold',
    'furnish',
  ],
  ['attack', 'strike', 'assault', 'raid', 'bombing', 'bombard', 'shelling', 'offensive'],
  ['sanction', 'embargo', 'penalty', 'restriction'],
  ['talk', 'negotiation', 'negotiate', 'dialogue', 'summit', 'meeting', 'meet'],
  ['agreement', 'deal', 'pact', 'treaty', 'accord'],
  ['kill', 'killed', 'death', 'dead', 'die', 'died', 'fatality', 'casualty'],
  ['election', 'vote', 'ballot', 'poll', 'electoral'],
  ['fraud', 'rig', 'rigged', 'rigging', 'cheat', 'cheating'],
  ['lie', 'lied', 'lying', 'falsehood', 'false', 'untrue'],
  ['interfere', 'interference', 'meddle', 'meddling'],
  ['hack', 'hacking', 'hacked', 'cyberattack', 'breach'],
  ['corruption', 'corrupt', 'bribe', 'bribery', 'kickback'],
  ['tax', 'taxes', 'taxation', 'tariff', 'levy'],
  ['troop', 'soldier', 'force', 'military', 'army'],
  ['invade', 'invasion', 'incursion', 'occupy', 'occupation'],
  ['spy', 'espionage', 'spying', 'surveillance'],
  ['leak', 'leaked', 'disclose', 'disclosure'],
  ['health', 'medical', 'illness', 'ill', 'sick', 'pneumonia'],
  ['immigrant', 'immigration', 'migrant', 'migration', 'refugee', 'asylum'],
  ['nuclear', 'atomic', 'nuke'],
];

const SYNONYM_KEY = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const word of group) SYNONYM_KEY.set(word, group[0]!);

/** A light English stemmer: enough to meet plural and past forms, not a linguistic one. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') || word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2).replace(/(at|iz|bl)$/, '$1e'));
  if (/(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

function undouble(word: string): string {
  return /([^aeiouls])\1$/.test(word) ? word.slice(0, -1) : word;
}

/** The key a folded word is indexed under, or null for stopwords, numbers and very short words. */
export function contentKey(word: string): string | null {
  if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) return null;
  const direct = SYNONYM_KEY.get(word);
  if (direct) return direct;
  const stemmed = stem(word);
  if (STOPWORDS.has(stemmed)) return null;
  return SYNONYM_KEY.get(stemmed) ?? stemmed;
}

/** The distinct content keys of a text. */
export function contentWords(text: string): Set<string> {
  const keys = new Set<string>();
  for (const token of foldedTokens(text)) {
    const key = contentKey(token);
    if (key !== null) keys.add(key);
  }
  return keys;
}

/**
 * A fast content-key reader for indexing whole articles: the same keys as `contentWords`, with a
 * per-reader memo of word -> key and plain lower-casing for ASCII words (most of any English text),
 * so indexing thousands of articles stays quick. The memo starts afresh past `maxMemo` words, so a
 * long-running reader stays small.
 */
export function createContentKeyReader(maxMemo = Infinity): (text: string, into: Set<string>) => Set<string> {
  const memo = new Map<string, string | null>();
  const keyOf = (word: string): string | null => {
    let key = memo.get(word);
    if (key === undefined) {
      key = contentKey(word);
      if (memo.size >= maxMemo) memo.clear();
      memo.set(word, key);
    }
    return key;
  };
  const add = (word: string, plain: boolean, into: Set<string>) => {
    if (plain) {
      const key = keyOf(word);
      if (key !== null) into.add(key);
      return;
    }
    for (const token of foldedTokens(word)) {
      const key = keyOf(token);
      if (key !== null) into.add(key);
    }
  };
  return (text, into) => {
    // Split on what is neither an ASCII letter or digit nor beyond ASCII (accents, curly quotes: folded).
    for (const word of text.toLowerCase().split(/[^a-z0-9\u0080-\uffff]+/)) {
      if (word !== '') add(word, !NON_ASCII.test(word), into);
    }
    return into;
  };
}

const NON_ASCII = /[^\x00-\x7f]/;

/** How many keys two sets share. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const key of small) if (large.has(key)) n += 1;
  return n;
}
