/**
 * `npm run bench -- merge [--articles 20000]`: the bulk import's in-memory actor merge
 * (src/store/actors/memory-merge.ts) as a corpus grows, on invented names where every full name is
 * new and 50 surnames are shared, so each surname is carried by thousands of actors, as a common
 * surname is in a year of feeds. Each article brings four full names (each with its surname as an
 * alias) and two lone surnames. Prints
 * the time per 1,000 articles over the first and the last fifth of the run, three runs, and their
 * ratio: near 1 means the merge's cost does not grow with the corpus.
 */
import { createMemoryMerge } from '../src/store/actors/memory-merge.js';
import type { DerivedActor } from '../src/store/derive/derive-article.js';

// A full name carries its surname as an alias, as a parse gives "Jane Roe" the alias "Roe".
const person = (name: string): DerivedActor => {
  const folded = name.toLowerCase();
  const names = [{ folded, text: name, canonical: true }];
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  if (surname !== name) names.push({ folded: surname.toLowerCase(), text: surname, canonical: false });
  return { localId: folded, kind: 'person', name, names, roles: [], mentions: 1, unnamed: false, paragraphs: [] };
};

/** Runs the benchmark; returns the lines to print. */
export default async function merge(flags: Record<string, string> = {}): Promise<string[]> {
  const articles = Number(flags.articles ?? 20_000);
  const fifth = Math.floor(articles / 5);
  const lines: string[] = [];
  const ratios: number[] = [];
  for (let run = 1; run <= 3; run++) {
    const m = createMemoryMerge(1);
    let k = 0;
    let firstFifth = 0;
    let started = performance.now();
    for (let a = 0; a < articles; a++) {
      if (a === fifth) firstFifth = performance.now() - started;
      if (a === articles - fifth) started = performance.now();
      const actors: DerivedActor[] = [];
      for (let j = 0; j < 4; j++) actors.push(person(`Given${++k} Sur${(k * 104729) % 50}`));
      for (let j = 0; j < 2; j++) actors.push(person(`Sur${(++k * 104729) % 50}`));
      await m.link(actors, a);
    }
    const lastFifth = performance.now() - started;
    const per = (ms: number) => (ms / fifth) * 1000;
    ratios.push(lastFifth / firstFifth);
    lines.push(
      `merge run ${run}: ${articles} articles, ${m.size} actors; ms per 1,000 articles: first fifth ${per(firstFifth).toFixed(0)}, last fifth ${per(lastFifth).toFixed(0)}, ratio ${(lastFifth / firstFifth).toFixed(2)}`,
    );
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  lines.push(`merge: last-fifth / first-fifth ratio min ${sorted[0]!.toFixed(2)}, median ${sorted[1]!.toFixed(2)}, max ${sorted[2]!.toFixed(2)} (1.0 = flat)`);
  return lines;
}
