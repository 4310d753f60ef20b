/**
 * `briefing ask "/who Ushakov"`: answers one command from the stored articles, prints it as the
 * console would, and exits (1 when the answer is an error, e.g. an unknown command).
 */
import { parseCommandLine } from '../briefing/command-line.js';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logging.js';
import { renderText } from '../platforms/console/render.js';
import { openBriefing, type OpenedBriefing, type StartIo } from './start-command.js';

/**
 * Answers one command line; resolves to the exit code.
 * @example process.exitCode = await runAsk('/who Ushakov');
 */
export async function runAsk(line: string, io: StartIo = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  if (!io.env) (await import('dotenv')).config({ quiet: true });
  let opened: OpenedBriefing | undefined;
  try {
    const config = loadConfig(io.env ?? process.env);
    // The answer is the output; routine logs would only clutter it.
    const env = io.env ?? process.env;
    const logger = createLogger(env.LOG_LEVEL ? config.LOG_LEVEL : 'warn');
    opened = await openBriefing(config, logger);
    const input = parseCommandLine(line, opened.service.commands, {
      user: { id: 'cli', name: 'cli' },
      channel: { id: 'cli' },
      platform: 'console',
    });
    if (!input) {
      stderr.write('briefing ask: give a command, e.g. briefing ask "/help"\n');
      return 2;
    }
    const reply = await opened.service.handle(input);
    stdout.write(renderText(reply, { width: (stdout as { columns?: number }).columns ?? 100 }));
    return reply.tone === 'error' ? 1 : 0;
  } catch (err) {
    stderr.write(`briefing ask: ${err instanceof ConfigError ? err.message : `failed: ${(err as Error).message}`}\n`);
    return 1;
  } finally {
    await opened?.close().catch(() => undefined);
  }
}
