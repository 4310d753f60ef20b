#!/usr/bin/env node
/**
 * `npm run build`: compiles src/ and commands/ to dist/ (tsconfig.build.json), copies data/lexicon/
 * and data/models/ to dist/data/ (the parser finds them relative to its own file), then writes dist/.built-at,
 * the time the build started. src/cli/bin.mjs runs dist/ only while that stamp is at least as new as
 * every source, so a failed or partial build simply leaves the bot on tsx.
 *
 * With --soft (used by `prepare`, i.e. `npm install` / `npm ci`), a failed build prints a short
 * message and exits 0: the install succeeds and the bot runs through tsx.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist/`;
const soft = process.argv.includes('--soft');
const started = Date.now();

// Stamp first, so no process trusts a half-written dist/; sources cleared so deleted files do not linger.
rmSync(`${dist}.built-at`, { force: true });
for (const dir of ['src', 'commands', 'data']) rmSync(dist + dir, { recursive: true, force: true });

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  fail('TypeScript is not installed (it is a dev dependency)');
}
const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--pretty', 'false'], { cwd: root, encoding: 'utf8' });
if (run.error) fail(`could not run tsc: ${run.error.message}`);
if (run.status !== 0) {
  const errors = `${run.stdout}${run.stderr}`.split('\n').filter((line) => / error TS\d+:/.test(line));
  const shown = errors.slice(0, 5).map((line) => `  ${line.length > 200 ? `${line.slice(0, 200)}…` : line}`);
  const more = errors.length > shown.length ? [`  … and ${errors.length - shown.length} more (npx tsc --noEmit -p . lists them all)`] : [];
  fail(`${errors.length || 'some'} type error(s):\n${[...shown, ...more].join('\n') || `${run.stdout}${run.stderr}`.trim()}`);
}
cpSync(`${root}data/lexicon`, `${dist}data/lexicon`, { recursive: true });
cpSync(`${root}data/models`, `${dist}data/models`, { recursive: true });
writeFileSync(`${dist}.built-at`, `${started}\n`);
process.stderr.write(`briefing: built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

function fail(problem) {
  process.stderr.write(
    `briefing: build failed: ${problem}\n` +
      `briefing: ${soft ? 'nothing lost: ' : ''}the bot keeps running the TypeScript sources through tsx (slower start, ~30 MB more memory).\n`,
  );
  process.exit(soft ? 0 : 1);
}
