import { describe, expect, it } from 'vitest';
import { createSlackCommandRoutes } from '../../../src/platforms/slack/slack-command-routes.js';
import { FIXTURE_COMMANDS } from './fixture-service.js';

describe('Slack command names', () => {
  it('answer one command by default, /brief followed by a command name', () => {
    const routes = createSlackCommandRoutes(FIXTURE_COMMANDS, { main: '/brief' });
    expect(routes.names).toEqual(['/brief']);
    const routed = routes.route('/brief', 'who Jane Q Smith');
    expect(routed.ok && routed.invocation.command.name).toBe('who');
    expect(routed.ok && routed.invocation.args).toEqual({ name: 'Jane Q Smith' });
    expect(routes.route('/who', 'Smith')).toEqual({ ok: false, problem: 'This app does not know /who. Try /brief help.' });
  });

  const routes = createSlackCommandRoutes(FIXTURE_COMMANDS, { main: 'brief', separate: true, prefix: 'News-' });

  it('prefix every command when the separate commands are asked for, and keep the main one', () => {
    expect(routes.names).toEqual(['/news-who', '/news-quote', '/news-digest', '/news-help', '/brief']);
  });

  it('route a prefixed command and the main one to the same command', () => {
    const direct = routes.route('/news-who', 'Ushakov');
    const main = routes.route('/brief', 'who Ushakov');
    expect(direct).toEqual(main);
    expect(direct.ok && direct.invocation.command.name).toBe('who');
    expect(main.ok && main.invocation.args).toEqual({ name: 'Ushakov' });
  });

  it('read a subcommand and its options from the text', () => {
    const routed = routes.route('/brief', 'digest subscribe 08:00 Europe/London Kim Jong Un');
    expect(routed.ok && routed.invocation.subcommand).toBe('subscribe');
    expect(routed.ok && routed.invocation.args).toEqual({ time: '08:00', timezone: 'Europe/London', filter: 'Kim Jong Un' });
  });

  it('answer the bare main command with help and an unknown word with the list of commands', () => {
    const bare = routes.route('/brief', '');
    expect(bare.ok && bare.invocation.command.name).toBe('help');
    const unknown = routes.route('/brief', 'frobnicate now');
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.problem).toMatch(/frobnicate.*who, quote, digest, help/);
  });
});
