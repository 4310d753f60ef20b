/**
 * An annotated corpus on disk in PolNeAR's layout: text/NAME.txt (one paragraph per line) beside
 * attributions/NAME_ANNOTATOR.ann (brat standoff). Articles come in file-name order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readBratAttributions, type BratAttribution } from './brat.js';

/** One annotated article. */
export interface AnnotatedArticle {
  /** File name without .txt. */
  name: string;
  textPath: string;
  text: string;
  relations: BratAttribution[];
}

/** Reads every article of a corpus directory that has an annotation file; throws a one-line message if it is not one. */
export function readAnnotatedCorpus(dir: string): AnnotatedArticle[] {
  const textDir = path.join(dir, 'text');
  const annDir = path.join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir))
    throw new Error(`${dir} is not an annotated corpus: it needs text/ and attributions/ folders (PolNeAR's layout)`);
  const anns = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const articles: AnnotatedArticle[] = [];
  for (const file of readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const name = file.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(`${name}_`));
    if (!ann) continue;
    const textPath = path.join(textDir, file);
    articles.push({ name, textPath, text: readFileSync(textPath, 'utf8'), relations: readBratAttributions(readFileSync(path.join(annDir, ann), 'utf8')) });
  }
  return articles;
}
