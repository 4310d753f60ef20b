/**
 * `npm run bench -- adversarial`: parse time against input size for each hostile shape of
 * tests/article/adversarial-inputs.ts, sizes doubling from 1 KB to 256 KB, so super-linear growth
 * shows as a ratio well above 2 per doubling. In-process (the parser itself, not the worker pool);
 * each size parsed REPEATS times, shapes interleaved, median reported with min and max.
 */
import { createParserResources, parseArticle } from '../src/article/parse-article.js';
import { ADVERSARIAL_SHAPES } from '../tests/article/adversarial-inputs.js';

const SIZES = [1, 2, 4, 8, 16, 32, 64, 128, 256].map((kb) => kb * 1024);
const REPEATS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the adversarial benchmark and returns its report lines. */
export default async function adversarialBench(): Promise<string[]> {
  const resources = createParserResources();
  parseArticle('Warm-up\n\nKarl Holm said on Monday that the council would meet in May.', { resources });
  const inputs = ADVERSARIAL_SHAPES.map((shape) => SIZES.map((size) => shape.build(size)));
  const times = ADVERSARIAL_SHAPES.map(() => SIZES.map(() => [] as number[]));
  // Interleaved: every shape and size once per round, so machine noise spreads over all of them.
  for (let round = 0; round < REPEATS; round++) {
    inputs.forEach((sizes, s) => {
      sizes.forEach((text, k) => {
        const started = performance.now();
        parseArticle(text, { resources });
        times[s]![k]!.push(performance.now() - started);
      });
    });
  }
  const lines = [`median ms of ${REPEATS} parses [min-max]; x = time ratio to the size before (2 is linear)`];
  ADVERSARIAL_SHAPES.forEach((shape, s) => {
    const medians = times[s]!.map(median);
    const cells = SIZES.map((size, k) => {
      const t = times[s]![k]!;
      const ratio = k > 0 && medians[k - 1]! >= 1 ? ` x${(medians[k]! / medians[k - 1]!).toFixed(1)}` : '';
      return `${size / 1024}K ${medians[k]!.toFixed(0)} [${Math.min(...t).toFixed(0)}-${Math.max(...t).toFixed(0)}]${ratio}`;
    });
    const last = medians.length - 1;
    const growth = medians[last]! / Math.max(medians[last - 2]!, 1);
    lines.push(`${shape.name}: ${cells.join(', ')}; 64K->256K x${growth.toFixed(1)} (4 is linear)`);
  });
  return lines;
}
