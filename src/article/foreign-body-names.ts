/** The words of French and German body names, from data/lexicon/foreign-body-names.json (read once). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let cached: { heads: Set<string>; particles: Set<string> } | null = null;

/** The head words that open such a name ("société", "verein") and the particles after them ("des", "für"). */
export function foreignBodyNameWords(): { heads: Set<string>; particles: Set<string> } {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/lexicon/foreign-body-names.json', import.meta.url)), 'utf8')) as {
    heads: string[];
    particles: string[];
  };
  cached = { heads: new Set(file.heads), particles: new Set(file.particles) };
  return cached;
}
