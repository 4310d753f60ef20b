/**
 * The interactive console: type the same commands as on chat ("/who NAME", slash optional), read
 * the answer wrapped to the terminal. Line history (kept in a file between runs when one is
 * given), tab completion of commands and actor names, and a number picks from the last list of
 * choices. "exit", "quit" or Ctrl-D leaves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface, type Interface } from 'node:readline';
import { Transform, type Readable, type Writable } from 'node:stream';
import { parseCommandLine } from '../../briefing/command-line.js';
import type { Reply } from '../../briefing/reply.js';
import type { BriefingService } from '../../briefing/service.js';
import type { Logger } from '../../logging.js';
import { renderText } from './render-text.js';

/** What the console needs. */
export interface ConsoleDeps {
  service: BriefingService;
  logger: Logger;
  input: Readable;
  output: Writable & { columns?: number; isTTY?: boolean };
  /** A file to keep line history in between runs. */
  historyFile?: string;
  /** The greeting printed first. */
  greeting?: string;
}

/** A running console. */
export interface RunningConsole {
  /** Resolves when the user leaves (exit, quit, Ctrl-D, end of input) or `close` is called. */
  closed: Promise<void>;
  close(): void;
}

const PROMPT = 'briefing> ';
/** Piped input longer than this without a newline is cut into lines (readline would run out of memory). */
const MAX_LINE = 100_000;
const HISTORY_SIZE = 500;

/**
 * Starts the console on the given streams.
 * @example await startConsole({ service, logger, input: process.stdin, output: process.stdout }).closed;
 */
export function startConsole(deps: ConsoleDeps): RunningConsole {
  const { service, output } = deps;
  const terminal = Boolean((deps.input as { isTTY?: boolean }).isTTY && output.isTTY);
  const history = terminal ? readHistory(deps.historyFile) : [];
  const source = terminal ? deps.input : capLineLength(deps.input, MAX_LINE);
  const rl: Interface = createInterface({
    input: source,
    output,
    terminal,
    history,
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
    completer: (line: string, done: (err: Error | null, result: [string[], string]) => void) => {
      complete(service, line).then(
        (result) => done(null, result),
        () => done(null, [[], line]),
      );
    },
  });
  let lastChoices: Reply['choices'] = [];
  let queue = Promise.resolve();
  let closing = false;
  const write = (text: string) => output.write(text);
  const width = () => output.columns ?? 80;

  const answer = async (line: string): Promise<void> => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    if (/^(exit|quit|\/exit|\/quit)$/i.test(trimmed)) {
      rl.close();
      return;
    }
    const picked = /^\d+$/.test(trimmed) ? lastChoices[Number(trimmed) - 1] : undefined;
    const typed = picked ? picked.command : trimmed === '?' ? '/help' : trimmed;
    const input = parseCommandLine(typed, service.commands, {
      user: { id: 'console', name: 'console' },
      channel: { id: 'console' },
      platform: 'console',
    });
    if (!input) return;
    const reply = await service.handle(input);
    lastChoices = reply.choices;
    const hint = reply.choices.length > 0 ? 'Type a number to pick.\n' : '';
    write(`\n${renderText(reply, { width: width() })}${hint}\n`);
  };

  const closed = new Promise<void>((resolve) => {
    rl.on('line', (line) => {
      queue = queue
        .then(() => answer(line))
        .catch((err: unknown) => deps.logger.error({ err }, 'console failed to answer'))
        .then(() => {
          if (!closing) rl.prompt();
        });
    });
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      closing = true;
      // Let go of the input so an open pipe does not keep the process alive.
      if (source !== deps.input) deps.input.unpipe(source as Transform);
      deps.input.pause();
      void queue.then(() => {
        if (terminal) saveHistory(deps.historyFile, (rl as unknown as { history: string[] }).history ?? []);
        write('\n');
        resolve();
      });
    });
  });

  if (deps.greeting) write(`${deps.greeting}\n`);
  rl.setPrompt(PROMPT);
  rl.prompt();
  return { closed, close: () => rl.close() };
}

function capLineLength(input: Readable, max: number): Readable {
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

// Tab completion: command names first, then actor names after a command that takes one.
async function complete(service: BriefingService, line: string): Promise<[string[], string]> {
  const match = /^(\/?)(\S*)$/.exec(line);
  if (match) {
    const names = service.commands.map((c) => `${match[1]}${c.name}`);
    return [names.filter((n) => n.startsWith(line)), line];
  }
  const [, slash = '', name = '', rest = ''] = /^(\/?)(\S+)\s+(\S.*)?$/.exec(line) ?? [];
  const command = service.commands.find((c) => c.name === name.toLowerCase());
  if (!command?.options.some((o) => o.autocomplete === 'actor')) return [[], line];
  const hits = (await service.completeActor(rest, 25)).map((c) => `${slash}${name} ${c.value}`);
  return [hits, line];
}

function readHistory(file: string | undefined): string[] {
  if (!file) return [];
  try {
    // readline keeps history newest first.
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

function saveHistory(file: string | undefined, history: string[]): void {
  if (!file) return;
  try {
    writeFileSync(file, `${[...history].slice(0, HISTORY_SIZE).reverse().join('\n')}\n`);
  } catch {
    // History is a convenience; a read-only data folder must not stop the console.
  }
}
