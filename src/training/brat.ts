/**
 * Reads brat standoff annotations (the format PolNeAR ships in): text-bound spans ("T3\tContent 10 59\t...")
 * and the events that link them ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"). Only what attribution
 * training needs: each attribution's Content, Source and Cue spans with their character offsets.
 */

/** A text-bound annotation: its type and one or more [start, end) ranges in the article text. */
export interface BratSpan {
  id: string;
  type: string;
  ranges: Array<[number, number]>;
  text: string;
}

/** One attribution relation: who (source) said what (content) through which words (cue). */
export interface BratAttribution {
  content: BratSpan;
  source: BratSpan | null;
  cue: BratSpan | null;
}

/** Parses the text of a .ann file into its attribution relations, in file order. */
export function readBratAttributions(ann: string): BratAttribution[] {
  const spans = new Map<string, BratSpan>();
  const relations: BratAttribution[] = [];
  for (const line of ann.split('\n')) {
    const [id, info, text] = line.split('\t');
    if (!id || !info) continue;
    if (id.startsWith('T')) {
      const space = info.indexOf(' ');
      if (space < 0) continue;
      const ranges = info
        .slice(space + 1)
        .split(';')
        .map((r) => r.trim().split(' ').map(Number) as [number, number])
        .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
      spans.set(id, { id, type: info.slice(0, space), ranges, text: text ?? '' });
    } else if (id.startsWith('E')) {
      // Resolved against the spans read so far, as ../shared/eval/polnear.mjs does: an event that
      // names a span defined further down the file is left out, so labels match what is scored.
      const e: Record<string, string> = Object.fromEntries(info.split(' ').map((part) => part.split(':') as [string, string]));
      const content = spans.get(e.Content ?? '');
      if (content) relations.push({ content, source: spans.get(e.Source ?? '') ?? null, cue: spans.get(e.Cue ?? '') ?? null });
    }
  }
  return relations;
}

/** First offset of a span. */
export const spanStart = (span: BratSpan): number => span.ranges[0]?.[0] ?? 0;
