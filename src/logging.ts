/**
 * Logs through pino. The logger is created once at start-up from configuration and passed down;
 * nothing imports a global logger. Bot processes write structured JSON lines on stderr (stdout
 * belongs to command output); the interactive console writes short human-readable lines
 * (pino-pretty) and, while its prompt is up, prints them above the prompt through a LogSink
 * without breaking the line being typed.
 */
import { pino, type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';

export type { Logger } from 'pino';

/** How log lines look: JSON for machines, or one short readable line each. */
export type LogFormat = 'json' | 'pretty';

/** Where finished log lines go; the console swaps the target while its prompt is up. */
export interface LogSink {
  write(line: string): void;
  /** Sends lines to `target` from now on (the console's print-above-the-prompt). */
  redirect(target: (line: string) => void): void;
  /** Back to the original stream. */
  restore(): void;
}

/** A sink writing to `stream` (stderr by default) until redirected. */
export function createLogSink(stream: NodeJS.WritableStream = process.stderr): LogSink {
  const original = (line: string): void => void stream.write(line);
  let target: (line: string) => void = original;
  return {
    write: (line) => target(line),
    redirect: (next) => {
      target = next;
    },
    restore: () => {
      target = original;
    },
  };
}

/** What createLogger takes besides the level. */
export interface LoggerOptions {
  format?: LogFormat;
  /** Where lines go; stderr when absent. */
  sink?: LogSink;
  /** Colour the level in pretty lines (for a terminal). */
  colorize?: boolean;
}

/**
 * Creates the process logger.
 * @example createLogger('warn', { format: 'pretty', sink }) // "[07:30:00] WARN: feed not reachable {...}"
 */
export function createLogger(level: string = 'info', options: LoggerOptions = {}): Logger {
  const { format = 'json', sink } = options;
  if (format === 'json' && !sink) return pino({ level, base: undefined }, pino.destination({ dest: 2, sync: true }));
  const out = sink ?? createLogSink();
  const pretty =
    format === 'pretty' ? prettyFactory({ colorize: options.colorize ?? false, translateTime: 'HH:MM:ss', ignore: 'pid,hostname', singleLine: true }) : null;
  return pino({ level, base: undefined }, { write: (line: string) => out.write(pretty ? pretty(line) : line) });
}

/** A logger that drops everything, for tests and one-shot CLI commands. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
