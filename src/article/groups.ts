/**
 * Groups named by a nationality and a collective noun: "North Korean state media", "U.S. officials",
 * "Russian authorities"; a later bare "state media" is the same group.
 */
import type { Lexicon } from './lexicon.js';

export interface GroupMention {
  /** The group's full name, e.g. "North Korean state media". */
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
  // "Russia's foreign ministry", "China's military": a place's own body or people.
  const places = [...lex.gazetteer.entries()]
    .filter(([surface, entry]) => entry.kind === 'place' && /^[a-z][a-z .'-]+$/.test(surface))
    .map(([surface]) => surface.replace(/(^|[\s-])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase()))
    .sort((a, b) => b.length - a.length)
    .map(escape);
  const named = new RegExp(`\\b(${demonyms.join('|')}|U\\.S\\.|U\\.N\\.|EU|(?:${places.join('|')})['’]s)\\s+(${nouns.join('|')})\\b(?!\\s+\\p{Lu})`, 'gu');
  const bare = new RegExp(`\\b(?:the\\s+)?(${nouns.join('|')})\\b`, 'g');
  return (paragraph, index) => {
    const found: GroupMention[] = [];
    for (const m of paragraph.matchAll(named)) {
      found.push({ name: `${m[1]} ${m[2]}`, noun: m[2]!.toLowerCase(), text: m[0], paragraph: index, start: m.index, end: m.index + m[0].length });
    }
    for (const m of paragraph.matchAll(bare)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (found.some((f) => start >= f.start && start < f.end)) continue;
      found.push({ name: '', noun: m[1]!.toLowerCase(), text: m[1]!, paragraph: index, start, end: start + m[1]!.length });
    }
    return found.sort((a, b) => a.start - b.start);
  };
}
