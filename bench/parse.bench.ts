/**
 * Parse throughput on one core: every polnear-dev text plus the default article, parsed several
 * rounds in one process after a warm-up round. Prints articles/s, MB/s, p50/p99 ms per article and RSS.
 */
import { readFileSync } from 'node:fs';
import { createParserResources, parseArticle } from '../src/article/parse-article.js';
import { realTexts } from './real-texts.js';

const ROUNDS = 5;

function loadTexts(files: string[]): Array<{ name: string; text: string; bytes: number }> {
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    return { name: file, text, bytes: Buffer.byteLength(text) };
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** Runs the parse benchmark and returns its report lines. */
export default async function parseBench(): Promise<string[]> {
  const { files, skipped } = realTexts();
  const texts = loadTexts(files);
  const resources = createParserResources();
  // Warm-up: JIT and lazily built regexes, not measured.
  for (const t of texts) parseArticle(t.text, { source: t.name, resources });
  const times: number[] = [];
  let bytes = 0;
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of texts) {
      const t0 = performance.now();
      parseArticle(t.text, { source: t.name, resources });
      times.push(performance.now() - t0);
      bytes += t.bytes;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...times].sort((a, b) => a - b);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
  return [
    ...(skipped ? [skipped] : []),
    `corpus: ${texts.length} articles (${texts.length - 1} polnear-dev + default), ${mb(texts.reduce((s, t) => s + t.bytes, 0))} MB; ${ROUNDS} rounds after a warm-up`,
    `throughput: ${(times.length / seconds).toFixed(0)} articles/s, ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s (one core)`,
    `per article: p50 ${percentile(sorted, 50).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`,
    `rss: ${mb(process.memoryUsage().rss)} MB`,
  ];
}
