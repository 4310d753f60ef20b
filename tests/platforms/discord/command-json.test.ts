import { describe, expect, it } from 'vitest';
import { toDiscordCommandJson } from '../../../src/platforms/discord/command-json.js';
import { decodeRequestId, encodeRequestId } from '../../../src/platforms/discord/request-id.js';

describe('Discord command definitions', () => {
  it('turns a command with an actor option into a chat input command with autocomplete', () => {
    const json = toDiscordCommandJson({
      name: 'who',
      description: 'Who is someone in the news',
      options: [{ name: 'name', description: 'A name or surname', type: 'string', required: true, autocomplete: 'actor', maxLength: 200 }],
    });
    expect(json).toEqual({
      type: 1,
      name: 'who',
      description: 'Who is someone in the news',
      options: [{ type: 3, name: 'name', description: 'A name or surname', required: true, autocomplete: true, max_length: 200 }],
      default_member_permissions: null,
      contexts: [0, 1],
      integration_types: [0],
    });
  });

  it('puts required options first, keeps fixed choices, and fits descriptions in 100 characters', () => {
    const json = toDiscordCommandJson({
      name: 'Digest',
      description: 'x '.repeat(80),
      options: [
        { name: 'filter', description: 'Actor or topic', type: 'string', required: false },
        { name: 'action', description: 'What to do', type: 'string', required: true, choices: ['now', 'subscribe'] },
        { name: 'hour', description: 'Hour', type: 'integer', required: false },
      ],
    });
    expect(json.name).toBe('digest');
    expect(json.description.length).toBeLessThanOrEqual(100);
    expect(json.description.endsWith('…')).toBe(true);
    expect(json.options!.map((o) => o.name)).toEqual(['action', 'filter', 'hour']);
    expect(json.options![0]).toMatchObject({
      choices: [
        { name: 'now', value: 'now' },
        { name: 'subscribe', value: 'subscribe' },
      ],
    });
    expect(json.options![2]).toMatchObject({ type: 4 });
  });
});

describe('Discord command scopes', () => {
  const digest = {
    name: 'digest',
    description: 'Digests',
    options: [],
    subcommands: [{ name: 'subscribe', description: 'Subscribe', usage: '/digest subscribe', options: [], changesSettings: true }],
  };

  it('restricts a command that changes settings to Manage Channels in servers, and leaves contexts out of guild registrations', () => {
    expect(toDiscordCommandJson(digest)).toMatchObject({ default_member_permissions: '16', contexts: [0], integration_types: [0] });
    const guild = toDiscordCommandJson(digest, { global: false });
    expect(guild.default_member_permissions).toBe('16');
    expect(guild).not.toHaveProperty('contexts');
    expect(guild).not.toHaveProperty('integration_types');
  });
});

describe('request ids in buttons and menu options', () => {
  it('round-trip the command, subcommand, arguments, page of items and rendered page', () => {
    const id = encodeRequestId({ command: 'claims', args: { topic: 'arms | transfers & more', none: undefined }, page: 2, view: 3 })!;
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeRequestId(id)).toEqual({ command: 'claims', args: { topic: 'arms | transfers & more' }, page: 2, view: 3 });
    expect(decodeRequestId(encodeRequestId({ command: 'digest', subcommand: 'preview', args: {}, view: 0 })!)).toEqual({
      command: 'digest',
      subcommand: 'preview',
      args: {},
      view: 0,
    });
  });

  it('refuse ids over 100 characters and ids they did not make', () => {
    expect(encodeRequestId({ command: 'quote', args: { query: 'q'.repeat(100) }, view: 0 })).toBeNull();
    expect(decodeRequestId('something-else')).toBeNull();
    expect(decodeRequestId('v1|-1||quote||')).toBeNull();
    expect(decodeRequestId('pg1|0|quote|query=x')).toBeNull();
  });
});
