/**
 * Groups named by a nationality and a collective noun: "Syrian state media", "U.S. officials",
 * "French authorities"; a later bare "state media" is the same group.
 */
import type { Lexicon } from './lexicon.js';

export interface GroupMention {
  /** The group's full name, e.g. "Syrian state media". */
  name: string;
  /** The collective noun, e.g. "state media". */
  noun: string;
  text: string;
  paragraph: number;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds the group finder for a lexicon. */
export function createGroupFinder(lex: Lexicon): (paragraph: string, index: number) => GroupMention[] {
  const demonyms = [...lex.demonyms.keys()].sort((a, b) => b.length - a.length).map((d) => d.split(' ').map((w) => escape(w[0]!.toUpperCase() + w.slice(1))).join(' '));
  const nouns = [...lex.groupNouns].sort((a, b) => b.length - a.length).map(escape);
  const named = new RegExp(`\\b(${demonyms.join('|')}|U\\.S\\.|U\\.N\\.|EU)\\s+(${nouns.join('|')})\\b(?!\\s+\\p{Lu})`, 'gu');
  // "Norway's foreign ministry", "Chile's military": a place's own body or people. The place is
  // checked against the gazetteer after a cheap match on the possessive.
  // Words are at most 60 characters: an unbounded word made every start inside a long run of
  // letters and hyphens ("-A-A-A...") scan to its end, quadratic in the run.
  const possessive = new RegExp(`\\b((?:\\p{Lu}[\\p{L}.-]{0,60}\\s+){0,3}\\p{Lu}[\\p{L}.-]{0,60})['’]s\\s+(${nouns.join('|')})\\b(?!\\s+\\p{Lu})`, 'gu');
  const placeIn = (name: string): string | null => {
    const words = name.split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const candidate = words.slice(k).join(' ');
      if (lex.gazetteer.get(candidate.toLowerCase())?.kind === 'place') return candidate;
    }
    return null;
  };
  const bare = new RegExp(`\\b(?:the\\s+)?(${nouns.join('|')})\\b`, 'g');
  return (paragraph, index) => {
    const found: GroupMention[] = [];
    for (const m of paragraph.matchAll(named)) {
      found.push({ name: `${m[1]} ${m[2]}`, noun: m[2]!.toLowerCase(), text: m[0], paragraph: index, start: m.index, end: m.index + m[0].length });
    }
    for (const m of paragraph.matchAll(possessive)) {
      const place = placeIn(m[1]!);
      if (!place) continue;
      const start = m.index + m[0].indexOf(place);
      const text = paragraph.slice(start, m.index + m[0].length);
      if (found.some((f) => start < f.end && f.start < start + text.length)) continue;
      found.push({ name: text, noun: m[2]!.toLowerCase(), text, paragraph: index, start, end: start + text.length });
    }
    for (const m of paragraph.matchAll(bare)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (found.some((f) => start >= f.start && start < f.end)) continue;
      found.push({ name: '', noun: m[1]!.toLowerCase(), text: m[1]!, paragraph: index, start, end: start + m[1]!.length });
    }
    return found.sort((a, b) => a.start - b.start);
  };
}
