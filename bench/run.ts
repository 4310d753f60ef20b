/**
 * `npm run bench [NAME...] [--FLAG VALUE...]`: runs every bench/*.bench.ts whose name contains one
 * of the NAMEs (all when none), in name order. Each exports a default async function taking the
 * flags (e.g. `npm run bench -- scale --sizes 10000,100000`) and returning the lines to print.
 * Figures are printed, never asserted.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BenchUsageError } from './usage-error.js';

const here = dirname(fileURLToPath(import.meta.url));
const names: string[] = [];
const flags: Record<string, string> = {};
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i]!;
  if (!arg.startsWith('--')) names.push(arg);
  else if (arg.includes('=')) flags[arg.slice(2, arg.indexOf('='))] = arg.slice(arg.indexOf('=') + 1);
  else flags[arg.slice(2)] = args[i + 1] && !args[i + 1]!.startsWith('--') ? args[++i]! : 'true';
}
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => names.length === 0 || names.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n## ${file}\n`);
  const started = performance.now();
  try {
    const module = (await import(pathToFileURL(join(here, file)).href)) as { default: (flags: Record<string, string>) => Promise<string[]> };
    for (const line of await module.default(flags)) process.stdout.write(`${line}\n`);
  } catch (err) {
    failed += 1;
    process.stdout.write(`FAILED: ${err instanceof BenchUsageError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.stdout.write(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
process.exitCode = failed > 0 ? 1 : 0;
