import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { DIGEST_ARTICLES } from '../../src/briefing/digest.js';
import { FIRST_ARTICLES_READ } from '../../src/briefing/subject.js';
import { createBriefingService } from '../../src/briefing/create-briefing-service.js';
import { createCorpus } from '../../src/briefing/corpus.js';
import { silentLogger } from '../../src/logging.js';
import { corpusOver } from '../support/corpus-over.js';
import { DAY_OF_ARTICLE, input, serviceOver } from '../briefing/helpers.js';

// A harbour master with four claims and a quote (a fifth claim) in every article, and a councillor with one claim in each.
const busyArticle = (i: number) => `Dock fees to rise at Portville, harbour master says

PORTVILLE, March ${i + 1} (Example Wire) - Harbour master Ansel Korvin said on Monday that dock fees would rise by ${i + 3} percent next year.

Korvin warned that cargo ships could wait ${i + 2} days at anchor if the cranes were not repaired.

He also promised that the ${i + 4} new berths would open before the summer.

Korvin denied that the port authority had hidden the cost of the repairs from the town council.

"We cannot run a port of ${i + 20} ships on cranes built for ${i + 5}," Korvin said.
`;
const sparseArticle = (i: number) => `Library hours cut in Elmstead

ELMSTEAD, April ${i + 1} (Example Wire) - Councillor Wenna Tolliver said on Tuesday that the library would close ${i + 2} hours earlier on weekdays.

The library has ${i + 30} thousand books and ${i + 6} reading rooms.
`;
const datedArticle = (i: number) => `Ferry line reopens in Saltholm

SALTHOLM, May ${i + 1}, 2025 (Example Wire) - The Saltholm ferry line will reopen on June ${i + 2}, 2025, the operator said.

The ferry line was closed on February ${i + 3}, 2025, after a storm damaged the pier at Saltholm.

A second ferry pier will be finished on October ${i + 5}, 2025, at a cost of ${i + 7} million crowns.
`;
const articles = (make: (i: number) => string, count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => ({ ...parseArticle(make(i), { source: `${prefix}-${i}` }), id: `${prefix}-${i}` }));

const busy = articles(busyArticle, FIRST_ARTICLES_READ + 6, 'port');
const { service } = serviceOver([...busy, ...articles(sparseArticle, FIRST_ARTICLES_READ + 5, 'library')]);

describe('a reply about a busy subject', () => {
  it("reads an actor's claims from all their articles as rows, no parse among them", async () => {
    const fresh = serviceOver(busy);
    const reply = await fresh.service.handle(input('claims', { about: 'Ansel Korvin' }));
    expect(reply.description).toMatch(new RegExp(`^${busy.length * 5} claims from 1 source in ${busy.length} articles\\.`));
    expect(reply.more).toBeDefined();
    expect(fresh.corpus.cached().articles).toBe(0);
  });

  it('cuts every page of a list from the same articles', async () => {
    const first = await service.handle(input('claims', { about: 'Ansel Korvin' }));
    const second = await service.handle({ ...input('claims', { about: 'Ansel Korvin' }), page: 2 });
    expect(second.description!.replace(/ Showing.*/, '')).toBe(first.description!.replace(/ Showing.*/, ''));
  });

  it("reads an actor's quotes as rows too, from all their articles", async () => {
    const fresh = serviceOver(busy);
    const reply = await fresh.service.handle(input('quote', { query: 'Korvin' }));
    expect(Number(/^(\d+) quotes/.exec(reply.description!)![1])).toBe(busy.length);
    expect(fresh.corpus.cached().articles).toBe(0);
  });

  it('answers /who from the newest articles alone when they hold enough of what the person said', async () => {
    const fresh = serviceOver(busy);
    const reply = await fresh.service.handle(input('who', { name: 'Ansel Korvin' }));
    expect(reply.quotes).toHaveLength(5);
    expect(reply.sections.find((s) => s.title === 'What they said')!.lines).toHaveLength(8);
    expect(reply.description).toContain(`in ${busy.length} articles`);
    expect(fresh.corpus.cached().articles).toBe(FIRST_ARTICLES_READ);
  });
});

describe('/who of someone named in many articles who speaks in few', () => {
  // A mayor named in every article who says something only in the oldest.
  const mayorArticle = (i: number) => `Tram line extended in Eastmoor

EASTMOOR, June ${i + 1} (Example Wire) - The tram line reached the ${i + 3} new stops built under Mayor Petra Lund.
${i === 0 ? '\nMayor Petra Lund said the trams would run every six minutes from next spring.\n' : ''}
The extension cost ${i + 40} million crowns.
`;

  const trams = articles(mayorArticle, FIRST_ARTICLES_READ + 6, 'tram');

  it('reads the newest articles whole and, of the older ones, only what the person said where they speak', async () => {
    const fresh = serviceOver(trams);
    const reply = await fresh.service.handle(input('who', { name: 'Petra Lund' }));
    expect(reply.sections.find((s) => s.title === 'What they said')!.lines.map((l) => l.text)).toEqual([
      expect.stringContaining('the trams would run every six minutes'),
    ]);
    // The oldest article's claim came as a row: no parse beyond the newest is read (or cached).
    expect(fresh.corpus.cached().articles).toBe(FIRST_ARTICLES_READ);
  });

  it('says the same as reading the older articles whole', async () => {
    const { corpus, store } = corpusOver(trams);
    const parsesOnly = createCorpus({ ...(await store).corpus, items: async () => null });
    const who = (over: typeof corpus) =>
      createBriefingService({ corpus: over, logger: silentLogger(), now: () => DAY_OF_ARTICLE }).handle(input('who', { name: 'Petra Lund' }));
    expect(await who(corpus)).toEqual(await who(parsesOnly));
    expect(parsesOnly.cached().articles).toBe(FIRST_ARTICLES_READ + 1);
  });
});

describe('a timeline of a busy subject', () => {
  it("reads a topic's events from all its articles as rows, no parse among them", async () => {
    const ferries = articles(datedArticle, FIRST_ARTICLES_READ + 4, 'ferry');
    const fresh = serviceOver(ferries);
    const reply = await fresh.service.handle(input('timeline', { about: 'ferry' }));
    expect(reply.description).toMatch(new RegExp(`^${ferries.length * 3} dated events about`));
    expect(fresh.corpus.cached().articles).toBe(0);
  });
});

describe('a briefing about a busy subject', () => {
  it('reads only the newest articles it briefs on', async () => {
    const fresh = serviceOver(articles(busyArticle, DIGEST_ARTICLES + 5, 'port'));
    const reply = await fresh.service.handle(input('briefing', { about: 'Ansel Korvin' }));
    expect(reply.sections.flatMap((s) => s.lines).some((l) => l.text === `…and ${DIGEST_ARTICLES - 5} more articles`)).toBe(true);
    expect(fresh.corpus.cached().articles).toBe(DIGEST_ARTICLES);
  });
});

describe('a reply about a subject with little in each article', () => {
  it('reads older articles until it has them all, when the newest do not fill a page', async () => {
    const reply = await service.handle(input('claims', { about: 'Wenna Tolliver' }));
    expect(reply.description).toMatch(new RegExp(`^${FIRST_ARTICLES_READ + 5} claims from 1 source in ${FIRST_ARTICLES_READ + 5} articles\\.`));
  });
});
