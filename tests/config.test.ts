import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const problem = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('loadConfig', () => {
  it('tells a mysql:// DATABASE_URL that only postgres:// or postgresql:// is accepted', () => {
    const message = problem({ DATABASE_URL: 'mysql://user@127.0.0.1:3306/briefing' });
    expect(message).toBe(
      'DATABASE_URL: DATABASE_URL must be a postgres:// or postgresql:// URL such as postgres://USER:PASSWORD@HOST:5432/DATABASE (set it in .env or the environment)',
    );
    expect(message).not.toContain('http://');
  });

  it('accepts postgres:// and postgresql:// database URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }).DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/test');
    expect(loadConfig({ DATABASE_URL: 'postgresql://postgres@127.0.0.1/test' }).DATABASE_URL).toBe('postgresql://postgres@127.0.0.1/test');
  });

  it('asks for an http(s) URL where a web API is meant, not a database URL', () => {
    expect(problem({ OPENAI_BASE_URL: 'postgres://127.0.0.1/v1' })).toMatch(
      /^OPENAI_BASE_URL: OPENAI_BASE_URL must be a http:\/\/ or https:\/\/ URL such as http:\/\/127\.0\.0\.1:11434\/v1/,
    );
  });

  it('reads FEEDS_ALLOW_PRIVATE as a flag, off by default, and refuses anything else', () => {
    expect(loadConfig({}).FEEDS_ALLOW_PRIVATE).toBe(false);
    expect(loadConfig({ FEEDS_ALLOW_PRIVATE: 'true' }).FEEDS_ALLOW_PRIVATE).toBe(true);
    expect(problem({ FEEDS_ALLOW_PRIVATE: 'sometimes' })).toBe(
      'FEEDS_ALLOW_PRIVATE: FEEDS_ALLOW_PRIVATE must be true or false (set it in .env or the environment)',
    );
  });

  it('keeps the console quiet and readable by default, and bots on JSON at info', () => {
    expect(loadConfig({})).toMatchObject({ LOG_LEVEL: 'warn', LOG_FORMAT: 'pretty', consoleMode: true });
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1' })).toMatchObject({ LOG_LEVEL: 'info', LOG_FORMAT: 'json', consoleMode: false });
    expect(loadConfig({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json' })).toMatchObject({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json' });
    expect(problem({ LOG_FORMAT: 'xml' })).toBe('LOG_FORMAT: LOG_FORMAT must be json or pretty (set it in .env or the environment)');
  });

  it('answers Slack with /brief unless renamed, the older SLACK_UMBRELLA_COMMAND still read', () => {
    expect(loadConfig({}).SLACK_COMMAND).toBe('/brief');
    expect(loadConfig({ SLACK_UMBRELLA_COMMAND: '/nb' }).SLACK_COMMAND).toBe('/nb');
    expect(loadConfig({ SLACK_COMMAND: '/news' }).SLACK_COMMAND).toBe('/news');
  });

  it('names what installing in many Slack workspaces still needs, and refuses mixing it with one-workspace settings', () => {
    expect(problem({ SLACK_CLIENT_ID: 'c', SLACK_CLIENT_SECRET: 's', SLACK_SIGNING_SECRET: 'x' })).toMatch(/^SLACK_STATE_SECRET is missing/);
    expect(problem({ SLACK_CLIENT_ID: 'c', SLACK_BOT_TOKEN: 'xoxb', SLACK_SIGNING_SECRET: 'x' })).toMatch(/^SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set/);
    expect(problem({ SLACK_CLIENT_ID: 'c', SLACK_APP_TOKEN: 'xapp' })).toMatch(/^SLACK_APP_TOKEN \(Socket Mode\) is for one workspace/);
  });
});
