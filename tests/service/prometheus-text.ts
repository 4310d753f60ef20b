/**
 * /metrics text read with a Prometheus text-format parser (parse-prometheus-text-format), and the
 * sums the service tests compare. That parser merges the buckets of a histogram with labels into one
 * sample and drops their _count and _sum lines, so a labelled histogram's count is read from its
 * `_count` line after the parser has accepted the whole text.
 */
import parsePrometheusTextFormat, { type PrometheusFamily } from 'parse-prometheus-text-format';

/** Parsed exposition text: the families, and the text for the lines the parser drops. */
export interface Scrape {
  families: PrometheusFamily[];
  text: string;
}

/** Parses exposition text; throws on text a Prometheus server would reject. */
export function parseMetrics(text: string): Scrape {
  return { families: parsePrometheusTextFormat(text), text };
}

/**
 * The total over a family's series whose labels include `labels`: counter and gauge values, or a
 * histogram's observation count.
 */
export function total(scrape: Scrape, name: string, labels: Record<string, string> = {}): number {
  const family = scrape.families.find((f) => f.name === name);
  if (!family) throw new Error(`no ${name} in /metrics`);
  if (family.type === 'HISTOGRAM') return histogramCount(scrape.text, name, labels);
  return family.metrics.filter((m) => matches(m.labels ?? {}, labels)).reduce((sum, m) => sum + Number(m.value ?? 0), 0);
}

/** Every label value of the bot's own series (briefing_*), histogram bounds aside. */
export function labelValues(scrape: Scrape): Array<{ family: string; label: string; value: string }> {
  const counted = scrape.families
    .filter((f) => f.name.startsWith('briefing_') && f.type !== 'HISTOGRAM')
    .flatMap((f) => f.metrics.flatMap((m) => Object.entries(m.labels ?? {}).map(([label, value]) => ({ family: f.name, label, value }))));
  const histograms = [...scrape.text.matchAll(/^(briefing_\w+)_count\{([^}]*)\}/gm)].flatMap(([, family, labels]) =>
    Object.entries(labelsOf(labels!)).map(([label, value]) => ({ family: family!, label, value })),
  );
  return [...counted, ...histograms];
}

function histogramCount(text: string, name: string, labels: Record<string, string>): number {
  let sum = 0;
  for (const [, inner, value] of text.matchAll(new RegExp(`^${name}_count(?:\\{([^}]*)\\})? (\\S+)$`, 'gm'))) {
    if (matches(labelsOf(inner ?? ''), labels)) sum += Number(value);
  }
  return sum;
}

function labelsOf(inner: string): Record<string, string> {
  return Object.fromEntries([...inner.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => [k!, v!]));
}

const matches = (actual: Record<string, string>, wanted: Record<string, string>) => Object.entries(wanted).every(([k, v]) => actual[k] === v);

/** Scrapes `url` until `check` holds (a count reached, say); throws with the last text after `timeoutMs`. */
export async function waitForMetric(url: string, check: (scrape: Scrape) => boolean, timeoutMs = 15_000): Promise<Scrape> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const scrape = parseMetrics(await (await fetch(url)).text());
    if (check(scrape)) return scrape;
    if (Date.now() > deadline) throw new Error(`${url} never showed what was waited for; last scrape:\n${scrape.text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
