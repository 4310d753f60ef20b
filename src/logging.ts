/**
 * Structured logs through pino. The logger is created once at start-up from configuration and
 * passed down; nothing imports a global logger.
 */
import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Creates the process logger: JSON lines on stderr (stdout belongs to command output). */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: undefined }, pino.destination({ dest: 2, sync: true }));
}

/** A logger that drops everything, for tests and one-shot CLI commands. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
