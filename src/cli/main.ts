/**
 * The `briefing` command line: parse, ingest, ask, start, discord:deploy. Each subcommand's code is
 * loaded only when it runs, so `parse` does not pay for the chat SDKs.
 */
import { Command, CommanderError } from 'commander';

/** Runs the CLI with the given arguments; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('briefing')
    .description('News-briefing bot: parse articles, ask questions, run the bot on Discord, Slack or a console.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showSuggestionAfterError();

  program
    .command('parse')
    .description('parse article files and print a summary, or one JSON object per file with --json')
    .argument('<files...>', 'article files (text or HTML)')
    .option('--json', 'print one compact JSON object per file, one per line')
    .option('--date <YYYY-MM-DD>', 'publication date for articles that state none, so their relative dates resolve')
    .option('--model <file>', 'the attribution model to use (default: data/models/attribution.json, from npm run train)')
    .action(async (files: string[], opts: { json?: boolean; date?: string; model?: string }) => {
      const { runParse } = await import('./parse-command.js');
      exitCode = await runParse(
        files,
        { json: Boolean(opts.json), ...(opts.date !== undefined ? { date: opts.date } : {}), ...(opts.model !== undefined ? { model: opts.model } : {}) },
        process.stdout,
        process.stderr,
      );
    });

  program
    .command('ingest')
    .description('add article files or folders to the store')
    .argument('<paths...>', 'files or folders of articles')
    .option('--date <YYYY-MM-DD>', 'publication date for articles that state none (a NAME.meta.json sidecar overrides it per file)')
    .action(async (paths: string[], opts: { date?: string }) => {
      const { runIngest } = await import('./ingest-command.js');
      exitCode = await runIngest(paths, {}, opts.date !== undefined ? { date: opts.date } : {});
    });

  program
    .command('ask')
    .description('answer one command, e.g. briefing ask "/who Ushakov", and exit')
    .argument('<command...>', 'the command line to answer')
    .action(async (words: string[]) => {
      const { runAsk } = await import('./ask-command.js');
      exitCode = await runAsk(words.join(' '));
    });

  program
    .command('start', { isDefault: true })
    .description('run the bot: Discord and/or Slack when configured, else an interactive console')
    .action(async () => {
      const { runStart } = await import('./start-command.js');
      exitCode = await runStart();
    });

  program
    .command('discord:deploy')
    .description('register the slash commands with Discord (guild commands when DISCORD_GUILD_ID is set)')
    .action(async () => {
      const { runDiscordDeploy } = await import('./discord-deploy-command.js');
      exitCode = await runDiscordDeploy();
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    process.stderr.write(`briefing: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  return exitCode;
}
