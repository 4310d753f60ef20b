/** The news agencies of data/lexicon/wire-agencies.json, by a header's label and in a story's text. */
import { describe, expect, it } from 'vitest';
import { agencyByLabel, agencyInText } from '../../src/article/wire-agencies.js';

describe('news agencies from the one list', () => {
  it('names the agency a header line labels, in any of its forms', () => {
    expect(agencyByLabel('the associated press')).toBe('AP');
    expect(agencyByLabel('canadian press')).toBe('The Canadian Press');
    expect(agencyByLabel('harbour times')).toBeUndefined();
  });

  it('finds an agency named in a credit or a foot, as whole words or as a dateline writes it', () => {
    expect(agencyInText('Editing by Jo Berg. Thomson Reuters Trust Principles.')).toBe('Reuters');
    expect(agencyInText('OSTWOLD, Maine (AP) — The ferry ran late.')).toBe('AP');
    expect(agencyInText('With reporting by Agence France-Presse')).toBe('AFP');
    expect(agencyInText('The Reutersberg ferry ran late.')).toBeNull();
  });
});
