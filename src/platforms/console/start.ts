/**
 * The interactive console: type the same commands as on chat ("/who NAME", slash optional), read
 * the answer wrapped to the terminal. Line history (kept in a file between runs when one is
 * given), tab completion, a number picks from the last list of choices, and `/more` (or `n`) shows
 * the next items of a list cut short. Log lines and scheduled digests that fall due are printed
 * above the prompt without breaking the line being typed. "exit", "quit" or Ctrl-D leaves.
 */
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Transform, Writable } from 'node:stream';
import type { CommandInput } from '../../briefing/command.js';
import { parseCommandLine, type LineOrigin } from '../../briefing/command-line.js';
import type { Reply, ReplyChoice } from '../../briefing/reply.js';
import type { BriefingService } from '../../briefing/service.js';
import type { Logger, LogSink } from '../../logging.js';
import type { ChannelSender } from '../channel-sender.js';
import { capLineLength, complete, HISTORY_SIZE, readHistory, saveHistory } from './console-input.js';
import { createLinePrinter } from './print-above.js';
import { renderText } from './render.js';
import { CONSOLE_CHANNEL, createConsoleSender } from './sender.js';

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
  /** The process's log sink: while the console runs, log lines are printed above the prompt. */
  logSink?: LogSink;
}

/** A running console. */
export interface RunningConsole {
  /** Resolves when the user leaves (exit, quit, Ctrl-D, end of input) or `close` is called. */
  closed: Promise<void>;
  close(): void;
  /** Prints scheduled digests in the console (platform "console", channel "console"). */
  sender: ChannelSender;
}

const PROMPT = 'briefing> ';
/** Piped input longer than this without a newline is cut into lines (readline would run out of memory). */
const MAX_LINE = 100_000;
const ORIGIN: LineOrigin = { user: { id: 'console', name: 'console' }, channel: { id: CONSOLE_CHANNEL }, platform: 'console' };

/**
 * Starts the console on the given streams.
 * @example await startConsole({ service, logger, input: process.stdin, output: process.stdout }).closed;
 */
export function startConsole(deps: ConsoleDeps): RunningConsole {
  const { service, output } = deps;
  const terminal = Boolean((deps.input as { isTTY?: boolean }).isTTY && output.isTTY);
  const source = terminal ? deps.input : capLineLength(deps.input, MAX_LINE);
  const rl: Interface = createInterface({
    input: source,
    output,
    terminal,
    history: terminal ? readHistory(deps.historyFile) : [],
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
    completer: (line: string, callback: (err: Error | null, result: [string[], string]) => void) => {
      complete(service, line).then(
        (result) => callback(null, result),
        () => callback(null, [[], line]),
      );
    },
  });
  const printer = createLinePrinter(rl, output, terminal);
  const width = () => output.columns ?? 80;
  let last: Pick<Reply, 'choices' | 'more'> = { choices: [] };
  let queue = Promise.resolve();
  let closing = false;

  const show = async (input: CommandInput): Promise<void> => {
    const reply = await service.handle(input);
    last = reply;
    const hints = [
      reply.choices.length > 0 ? 'Type a number to pick.' : '',
      reply.more ? `Type /more (or n) for ${reply.more.label.replace(/^./, (c) => c.toLowerCase())}.` : '',
    ].filter(Boolean);
    printer.print(`\n${renderText(reply, { width: width() })}${hints.map((h) => `${h}\n`).join('')}`);
  };

  const answer = async (line: string): Promise<void> => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    if (/^(exit|quit|\/exit|\/quit)$/i.test(trimmed)) {
      rl.close();
      return;
    }
    if (/^(\/?more|n)$/i.test(trimmed)) {
      if (last.more) await show(choiceInput(last.more));
      else printer.print('Nothing more to show: /more continues the last list that was cut short.');
      return;
    }
    const picked = /^\d+$/.test(trimmed) ? last.choices[Number(trimmed) - 1] : undefined;
    const input = picked ? choiceInput(picked) : parseCommandLine(trimmed === '?' ? '/help' : trimmed, service.commands, ORIGIN);
    if (input) await show(input);
  };

  const closed = new Promise<void>((resolve) => {
    rl.on('line', (line) => {
      printer.setPrompting(false);
      queue = queue
        .then(() => {
          // Lines typed ahead wait their turn: the prompt is down while each is answered.
          printer.setPrompting(false);
          return answer(line);
        })
        .catch((err: unknown) => deps.logger.error({ err }, 'console failed to answer'))
        .then(() => {
          if (closing) return;
          rl.prompt();
          printer.setPrompting(true);
        });
    });
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      closing = true;
      printer.setPrompting(false);
      deps.logSink?.restore();
      // Let go of the input so an open pipe does not keep the process alive.
      if (source !== deps.input) deps.input.unpipe(source as Transform);
      deps.input.pause();
      void queue.then(() => {
        if (terminal) saveHistory(deps.historyFile, (rl as unknown as { history: string[] }).history ?? []);
        output.write('\n');
        resolve();
      });
    });
  });

  if (deps.greeting) output.write(`${deps.greeting}\n`);
  deps.logSink?.redirect((line) => printer.print(line));
  rl.setPrompt(PROMPT);
  rl.prompt();
  printer.setPrompting(true);
  return { closed, close: () => rl.close(), sender: createConsoleSender((text) => printer.print(text), width) };
}

/** The input a picked choice runs: no parsing, the choice is already a request. */
function choiceInput(choice: ReplyChoice): CommandInput {
  return {
    command: choice.command,
    ...(choice.subcommand ? { subcommand: choice.subcommand } : {}),
    args: choice.args,
    ...(choice.page !== undefined ? { page: choice.page } : {}),
    ...ORIGIN,
  };
}
