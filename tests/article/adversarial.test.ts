import { afterAll, describe, expect, it } from 'vitest';
import { createParsePool, ParseRefusedError } from '../../src/ingest/parse-pool.js';
import { ADVERSARIAL_SHAPES, amplificationInput } from './adversarial-inputs.js';
import { createContractValidator } from '../support/contract.js';

const validate = createContractValidator();
// A generous budget: the machine is shared. Within it means the pool did not refuse the parse.
const pool = createParsePool({ timeoutMs: 30_000, memoryMb: 512, workers: 2 });
afterAll(() => pool.close());

describe('hostile articles parsed in the worker pool', () => {
  it.each(ADVERSARIAL_SHAPES.map((shape) => [shape.name, shape] as const))(
    'parses %s of 64 KB within the budget into valid JSON',
    async (_, shape) => {
      const article = await pool.parse(shape.build(64 * 1024), { source: 'hostile.txt' });
      expect(validate(JSON.parse(JSON.stringify(article)))).toBe('');
    },
    120_000,
  );

  it('parses the 63-character dateline line of repeated "-A" that once took 25 s', async () => {
    const text = `${'A-'.repeat(30)}A x\n\nThe body of the story follows here, said Karl Holm on Monday.\n`;
    const article = await pool.parse(text);
    expect(validate(JSON.parse(JSON.stringify(article)))).toBe('');
  }, 120_000);

  it('keeps the JSON of a 36 KB sentence listing 3,000 dates within 20 times its size', async () => {
    const text = amplificationInput();
    const article = await pool.parse(text);
    expect(article.events.length).toBeGreaterThan(1000);
    expect(JSON.stringify(article).length).toBeLessThan(20 * text.length);
    // Each event still quotes the words around its own date.
    for (const event of article.events.slice(0, 50)) expect(event.text).toContain(event.expression!);
  }, 120_000);
});

describe('the parse pool', () => {
  it('refuses an article over its time budget with a line naming the limit, and parses the next one', async () => {
    const tight = createParsePool({ timeoutMs: 1, memoryMb: 512, workers: 1 });
    try {
      const slow = tight.parse(ADVERSARIAL_SHAPES.find((s) => s.name === 'one sentence of clauses')!.build(256 * 1024));
      await expect(slow).rejects.toBeInstanceOf(ParseRefusedError);
      await expect(slow).rejects.toThrow('not parsed: took longer than 1 ms (PARSE_TIMEOUT_MS)');
    } finally {
      await tight.close();
    }
    const article = await pool.parse('Council weighs river plan\n\nKarl Holm said on Monday that the council would meet again in May.\n');
    expect(article.paragraphs).toHaveLength(1);
  }, 120_000);

  it('refuses an article that needs more memory than its cap', async () => {
    const small = createParsePool({ timeoutMs: 60_000, memoryMb: 64, workers: 1 });
    try {
      // A short article first, so the worker has loaded the parser (under tsx with a cold cache,
      // loading alone needs more than a very small cap).
      await small.parse('Council weighs river plan\n\nKarl Holm said on Monday that the council would meet again in May.\n');
      const quotes = ADVERSARIAL_SHAPES.find((s) => s.name === 'many quotes')!;
      // 2 MB of text passes the size check and runs the worker out of its 64 MB while parsing.
      await expect(small.parse(quotes.build(2 * 1024 * 1024))).rejects.toThrow('not parsed: needed more than 64 MB (PARSE_MEMORY_MB)');
      // 32 MB is refused before a worker sees it: one allocation that size once ended the whole process.
      await expect(small.parse(quotes.build(32 * 1024 * 1024))).rejects.toThrow('not parsed: needed more than 64 MB (PARSE_MEMORY_MB)');
      // The pool still parses after both.
      expect((await small.parse('Council weighs river plan\n\nKarl Holm said on Monday that the council would meet again.\n')).paragraphs).toHaveLength(1);
    } finally {
      await small.close();
    }
  }, 120_000);

  it('refuses, rather than waits for ever, when the parser cannot even start within the memory cap', async () => {
    const tiny = createParsePool({ timeoutMs: 60_000, memoryMb: 2, workers: 1 });
    try {
      await expect(tiny.parse('Council weighs river plan\n\nKarl Holm said on Monday that the council would meet again.\n')).rejects.toThrow(
        'not parsed: the parser could not start within 2 MB (raise PARSE_MEMORY_MB)',
      );
    } finally {
      await tiny.close();
    }
  }, 120_000);
});
