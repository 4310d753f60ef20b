import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { everything, input, serviceOver } from './helpers.js';

const story = (id: string, place: string) =>
  parseArticle(
    `Port talks in ${place}\n\nA senior port official said on Monday that talks in ${place} had stalled. "We are not close," the official said.\n\nAccording to the report, shipments fell by a third in ${place}.\n`,
    { source: id },
  );

describe('sources without a name, across articles', () => {
  const first = story('a.txt', 'Belmar');
  const second = story('b.txt', 'Carrow');

  it('keeps "a senior port official" of two stories as two actors, since nothing says they are one', async () => {
    const { corpus } = serviceOver([first, second]);
    const officials = (await corpus.queries.actorsNamed('senior port official')).filter((a) => a.name === 'senior port official');
    expect(officials).toHaveLength(2);
    expect(officials.every((a) => a.articles === 1)).toBe(true);
  });

  it('answers /who for a report as a document, with what it said', async () => {
    const { service } = serviceOver([first]);
    const reply = everything(await service.handle(input('who', { name: 'report' })));
    expect(reply).toMatch(/Document/);
    expect(reply).toMatch(/shipments fell by a third/);
  });
});
