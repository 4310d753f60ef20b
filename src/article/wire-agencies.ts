/**
 * The news agencies a page can carry copy from (data/lexicon/wire-agencies.json, read once): by the
 * label a page header gives them and by the forms their copy names them in.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeRegExp as escape } from './escape-regexp.js';

interface WireAgenciesFile {
  agencies: Array<{ name: string; labels: string[]; inText: string[] }>;
}

interface WireAgencies {
  byLabel: Map<string, string>;
  inText: Array<{ name: string; pattern: RegExp }>;
}

let cached: WireAgencies | null = null;

function wireAgencies(): WireAgencies {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/lexicon/wire-agencies.json', import.meta.url)), 'utf8')) as WireAgenciesFile;
  cached = {
    byLabel: new Map(file.agencies.flatMap((a) => a.labels.map((label): [string, string] => [label, a.name]))),
    // A word form is matched as whole words ("Reuters", not "Reutersberg"); "(AP)" as written.
    inText: file.agencies.map((a) => ({
      name: a.name,
      pattern: new RegExp(a.inText.map((form) => (/^\w/.test(form) ? `\\b${escape(form)}\\b` : escape(form))).join('|')),
    })),
  };
  return cached;
}

/** The agency a header line in lower case names ("the associated press" -> "AP"), if any. */
export function agencyByLabel(label: string): string | undefined {
  return wireAgencies().byLabel.get(label);
}

/** The first agency of the list that a text names anywhere ("... (AP) —", "Thomson Reuters"), or null. */
export function agencyInText(text: string): string | null {
  return wireAgencies().inText.find((a) => a.pattern.test(text))?.name ?? null;
}
