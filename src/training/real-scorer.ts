/**
 * Runs the team's scorer (../shared/eval/polnear.mjs) on some articles of a corpus, with the parser
 * using a given model file: the articles are linked into a temporary corpus folder, the scorer runs
 * `briefing parse --model FILE` on them, and its summary line is read back.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The scorer's figures, by name ("quotes_found", "attribution_end_to_end", ...). */
export type ScorerFigures = Record<string, number>;

/** Runs the scorer on the named articles (file names without .txt) of `corpusDir`. */
export function runScorer(options: { scorer: string; corpusDir: string; articles: string[]; model: string; repoRoot: string }): ScorerFigures {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefing-fold-'));
  try {
    mkdirSync(path.join(dir, 'text'));
    mkdirSync(path.join(dir, 'attributions'));
    const wanted = new Set(options.articles);
    const anns = readdirSync(path.join(options.corpusDir, 'attributions'));
    for (const name of wanted) {
      symlinkSync(path.resolve(options.corpusDir, 'text', `${name}.txt`), path.join(dir, 'text', `${name}.txt`));
      for (const ann of anns.filter((a) => a.startsWith(`${name}_`)))
        symlinkSync(path.resolve(options.corpusDir, 'attributions', ann), path.join(dir, 'attributions', ann));
    }
    const cmd = `node ${JSON.stringify(path.join(options.repoRoot, 'src/cli/bin.mjs'))} parse --model ${JSON.stringify(options.model)}`;
    const out = execFileSync(process.execPath, [options.scorer, '--data', dir, '--cmd', cmd], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const line = out.split('\n').find((l) => l.startsWith('polnear:'));
    if (!line) throw new Error(`the scorer printed no figures:\n${out.slice(0, 500)}`);
    return Object.fromEntries(
      line
        .split(' ')
        .filter((part) => part.includes('='))
        .map((part) => [part.slice(0, part.indexOf('=')), Number(part.slice(part.indexOf('=') + 1))]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
