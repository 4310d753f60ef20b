/**
 * The console's input side: piped input cut into lines readline can hold, tab completion of
 * commands, subcommands, actor names and time zones, and line history kept in a file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { optionsOf } from '../../briefing/command.js';
import { splitFirstWord } from '../../briefing/command-line.js';
import type { BriefingService } from '../../briefing/service.js';
import { completeTimeZone } from '../../briefing/time-zones.js';

/** Lines of history kept. */
export const HISTORY_SIZE = 500;

/** Piped input longer than `max` without a newline is cut into lines (readline would run out of memory). */
export function capLineLength(input: Readable, max: number): Readable {
  let run = 0;
  const capped = new Transform({
    transform(chunk: Buffer | string, _encoding, done) {
      let text = chunk.toString();
      let out = '';
      while (text.length > 0) {
        const newline = text.indexOf('\n');
        const piece = newline < 0 ? text : text.slice(0, newline + 1);
        text = newline < 0 ? '' : text.slice(newline + 1);
        for (let i = 0; i < piece.length; i += max) {
          const part = piece.slice(i, i + max);
          out += part;
          run = part.endsWith('\n') ? 0 : run + part.length;
          if (run >= max) {
            out += '\n';
            run = 0;
          }
        }
      }
      done(null, out);
    },
  });
  return input.pipe(capped);
}

/**
 * Tab completion: command names, then a subcommand, then actor names (or a time zone) for the
 * option being typed.
 */
export async function complete(service: BriefingService, line: string): Promise<[string[], string]> {
  const match = /^(\/?)(\S*)$/.exec(line);
  if (match) {
    const names = service.commands.map((c) => `${match[1]}${c.name}`);
    return [names.filter((n) => n.startsWith(line)), line];
  }
  const slash = line.startsWith('/') ? '/' : '';
  const { first: name, rest } = splitFirstWord(line.slice(slash.length));
  const command = service.commands.find((c) => c.name === name.toLowerCase());
  if (!command) return [[], line];
  const head = `${slash}${name} `;
  const { first, rest: afterFirst } = splitFirstWord(rest);
  const sub = command.subcommands?.find((s) => s.name === first.toLowerCase());
  if (command.subcommands && !sub && !/\s/.test(rest)) {
    const subs = command.subcommands.map((s) => `${head}${s.name}`).filter((n) => n.startsWith(line));
    if (subs.length > 0) return [subs, line];
  }
  const options = optionsOf(command, sub?.name);
  const typed = sub ? afterFirst : rest;
  const prefix = sub ? `${head}${sub.name} ` : head;
  if (options.some((o) => o.autocomplete === 'timezone') && /\//.test(typed.split(/\s+/).pop() ?? '')) {
    const words = typed.split(/\s+/);
    const last = words.pop()!;
    const before = words.length > 0 ? `${words.join(' ')} ` : '';
    return [completeTimeZone(last, 25).map((z) => `${prefix}${before}${z.value}`), line];
  }
  if (!options.some((o) => o.autocomplete === 'actor')) return [[], line];
  const hits = (await service.completeActor(typed, 25)).map((c) => `${prefix}${c.value}`);
  return [hits, line];
}

/** The history saved by an earlier run, newest first as readline keeps it. */
export function readHistory(file: string | undefined): string[] {
  if (!file) return [];
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

/** Saves the history for the next run; a read-only folder is not an error. */
export function saveHistory(file: string | undefined, history: string[]): void {
  if (!file) return;
  try {
    writeFileSync(file, `${[...history].slice(0, HISTORY_SIZE).reverse().join('\n')}\n`);
  } catch {
    // History is a convenience; a read-only data folder must not stop the console.
  }
}
