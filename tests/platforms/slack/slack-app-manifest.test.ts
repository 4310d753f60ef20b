import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createSlackCommandRoutes } from '../../../src/platforms/slack/slack-command-routes.js';
import { createRealService } from './real-service.js';
import { SLACK_BOT_SCOPES } from '../../../src/platforms/slack/scopes.js';

const manifest = readFileSync(fileURLToPath(new URL('../../../slack-app-manifest.yml', import.meta.url)), 'utf8');
const values = (key: string) => [...manifest.matchAll(new RegExp(`^\\s*-?\\s*${key}: *"?([^"\\n]*)"?$`, 'gm'))].map((m) => m[1]!.trim());

describe('the Slack app manifest', () => {
  it('declares exactly the slash commands the app answers with the default configuration', () => {
    const config = loadConfig({});
    const routes = createSlackCommandRoutes(createRealService().commands, { main: config.SLACK_COMMAND });
    expect(routes.names).toEqual(['/brief']);
    expect(values('command').sort()).toEqual([...routes.names].sort());
  });

  it('sends commands, events, button clicks and menu lookups to the Bolt endpoint', () => {
    const urls = [...values('url'), ...values('request_url'), ...values('message_menu_options_url')];
    expect(urls.length).toBe(values('command').length + 3);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    expect(manifest).toMatch(/interactivity:\n(\s+#.*\n)*\s+is_enabled: true/);
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(/bot_events:\n(\s+#.*\n)*\s+- app_home_opened/);
    expect(manifest).toMatch(/redirect_urls:\n\s+- https:\/\/[^/]+\/slack\/oauth_redirect\n/);
    for (const description of values('description')) expect(description.length).toBeLessThanOrEqual(100);
  });

  it('asks for exactly the scopes the app requests at install, each with a comment on why, and no history scope', () => {
    const bot = manifest.slice(manifest.indexOf('    bot:'), manifest.indexOf('settings:'));
    const scopes = [...bot.matchAll(/^\s+- ([a-z.:]+)$/gm)].map((m) => m[1]!);
    expect(scopes).toEqual([...SLACK_BOT_SCOPES]);
    for (const scope of scopes) expect(bot).toMatch(new RegExp(`#[^\\n]*\\n\\s+- ${scope.replace('.', '\\.')}\\n`));
    expect(scopes).not.toContain('channels:history');
  });
});
