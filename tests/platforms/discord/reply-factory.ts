/** Small builders for neutral replies used by the Discord tests. */
import type { Citation, Reply } from '../../../src/briefing/reply.js';
import { emptyReply } from '../../fixtures/reply.js';

/** A citation of paragraph `paragraph` of a Reuters article. */
export function citation(paragraph: number, articleId = 'a1', headline = 'Putin vows to support North Korea against the United States'): Citation {
  return { articleId, headline, paragraph, publishedAt: '2024-06-18', agency: 'Reuters' };
}

/** A reply with everything empty but the title, overridden by `parts`. */
export function reply(parts: Partial<Reply> = {}): Reply {
  return emptyReply(parts);
}

/** A reply with `count` section lines of about `lineLength` characters each, all cited. */
export function longReply(count: number, lineLength = 300): Reply {
  const words = 'the delegation will include ministers for energy and transport and the heads of agencies';
  const lines = Array.from({ length: count }, (_, i) => {
    let text = `Line ${i + 1}:`;
    while (text.length < lineLength) text += ` ${words}`;
    return { text, citation: citation(i % 40) };
  });
  return reply({ title: 'Quotes', sections: [{ title: 'What was said', lines }], citations: [citation(0)] });
}
