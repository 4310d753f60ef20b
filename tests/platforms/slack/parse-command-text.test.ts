import { describe, expect, it } from 'vitest';
import { parseCommandText, tokenize } from '../../../src/platforms/slack/parse-command-text.js';
import { createSlackCommandRoutes } from '../../../src/platforms/slack/slack-command-routes.js';
import { digestCommand } from '../../../commands/index.js';
import { FIXTURE_COMMANDS } from './fixture-service.js';

const command = (name: string) => FIXTURE_COMMANDS.find((c) => c.name === name)!;

describe('reading slash command text', () => {
  it('gives the whole text to a command with one option', () => {
    expect(parseCommandText(command('who'), '  Kim   Jong Un ')).toEqual({ name: 'Kim Jong Un' });
  });

  it('leaves the option out when the text is empty', () => {
    expect(parseCommandText(command('quote'), '   ')).toEqual({});
  });

  it('reads the first word of /digest as its action and fills the rest in order', () => {
    expect(parseCommandText(command('digest'), 'Subscribe 08:00 Europe/London Kim Jong Un')).toEqual({
      action: 'subscribe',
      time: '08:00',
      timezone: 'Europe/London',
      filter: 'Kim Jong Un',
    });
  });

  it('skips optional options whose shape does not fit, so defaults still apply', () => {
    expect(parseCommandText(command('digest'), 'subscribe Kim Jong Un')).toEqual({ action: 'subscribe', filter: 'Kim Jong Un' });
    expect(parseCommandText(command('digest'), 'subscribe 7:30 Kim')).toEqual({ action: 'subscribe', time: '7:30', filter: 'Kim' });
  });

  it("reads the core's /digest: an action word when there is one, the rest as its text", () => {
    expect(parseCommandText(digestCommand, 'subscribe 08:00 Europe/London Kim Jong Un')).toEqual({
      action: 'subscribe',
      text: '08:00 Europe/London Kim Jong Un',
    });
    expect(parseCommandText(digestCommand, 'Kim Jong Un')).toEqual({ text: 'Kim Jong Un' });
    expect(parseCommandText(digestCommand, 'LIST')).toEqual({ action: 'list' });
  });

  it('accepts name:value and quoted words', () => {
    expect(parseCommandText(command('digest'), 'subscribe filter:"Kim Jong Un" timezone:Asia/Tokyo')).toEqual({
      action: 'subscribe',
      filter: 'Kim Jong Un',
      timezone: 'Asia/Tokyo',
    });
    expect(tokenize('a \u201cb c\u201d d')).toEqual(['a', 'b c', 'd']);
  });
});

describe('Slack command names', () => {
  const routes = createSlackCommandRoutes(FIXTURE_COMMANDS, { prefix: 'News-', umbrella: 'brief' });

  it('prefixes every command and adds the umbrella', () => {
    expect(routes.names).toEqual(['/news-who', '/news-quote', '/news-digest', '/news-help', '/brief']);
  });

  it('routes a prefixed command and the umbrella to the same command', () => {
    const direct = routes.route('/news-who', 'Ushakov');
    const umbrella = routes.route('/brief', 'who Ushakov');
    expect(direct).toEqual(umbrella);
    expect(direct.ok && direct.invocation.command.name).toBe('who');
    expect(umbrella.ok && umbrella.invocation.args).toEqual({ name: 'Ushakov' });
  });

  it('answers the bare umbrella with help and an unknown word with the list of commands', () => {
    const bare = routes.route('/brief', '');
    expect(bare.ok && bare.invocation.command.name).toBe('help');
    const unknown = routes.route('/brief', 'frobnicate now');
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.problem).toMatch(/frobnicate.*who, quote, digest, help/);
  });
});
