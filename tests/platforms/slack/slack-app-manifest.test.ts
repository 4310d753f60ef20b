import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createSlackCommandRoutes } from '../../../src/platforms/slack/slack-command-routes.js';
import { createRealService } from './real-service.js';

const manifest = readFileSync(fileURLToPath(new URL('../../../slack-app-manifest.yml', import.meta.url)), 'utf8');
const values = (key: string) => [...manifest.matchAll(new RegExp(`^\\s*-?\\s*${key}: *"?([^"\\n]*)"?$`, 'gm'))].map((m) => m[1]!.trim());

describe('the Slack app manifest', () => {
  it('declares exactly the slash commands the app answers with the default configuration', () => {
    const config = loadConfig({});
    const routes = createSlackCommandRoutes(createRealService().commands, { main: config.SLACK_COMMAND });
    expect(routes.names).toEqual(['/brief']);
    expect(values('command').sort()).toEqual([...routes.names].sort());
  });

  it('sends commands and button clicks to the Bolt endpoint and asks for the scopes the app uses', () => {
    const urls = [...values('url'), ...values('request_url')];
    expect(urls.length).toBe(values('command').length + 1);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    expect(manifest).toMatch(/interactivity:\n(\s+#.*\n)*\s+is_enabled: true/);
    for (const scope of ['commands', 'chat:write', 'chat:write.public', 'users:read']) expect(manifest).toMatch(new RegExp(`^\\s+- ${scope}$`, 'm'));
    for (const description of values('description')) expect(description.length).toBeLessThanOrEqual(100);
  });
});
