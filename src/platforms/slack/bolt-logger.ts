/**
 * Bolt and its Web API and Socket Mode clients log through their own Logger interface; this routes
 * those lines into the project's pino logger so every log line is structured JSON.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../logging.js';

const describe = (part: unknown): string => {
  if (part instanceof Error) return part.message;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
};

const text = (parts: unknown[]): string => parts.map(describe).join(' ');

const toBoltLevel = (level: string): LogLevel => {
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
};

/** Wraps a pino logger in Bolt's Logger interface. */
export function createBoltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: 'slack-bolt' });
  return {
    debug: (...msg) => child.debug(text(msg)),
    info: (...msg) => child.info(text(msg)),
    warn: (...msg) => child.warn(text(msg)),
    error: (...msg) => child.error(text(msg)),
    // The level is set once from configuration on the pino logger; Bolt only reads it.
    setLevel: () => undefined,
    getLevel: () => toBoltLevel(child.level),
    setName: (name) => {
      child = logger.child({ component: name });
    },
  };
}
