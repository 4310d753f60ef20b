import { describe, expect, it } from 'vitest';
import { input, serviceOver } from './helpers.js';

const NASTY: Record<string, string> = {
  empty: '',
  blank: '   ',
  huge: 'x'.repeat(10_000),
  control: 'Ush\u0000ak\u0007ov\u001b[31m\u202e',
  markdown: '**Ushakov** _`code`_ [link](http://example.com) ||spoiler|| > quote',
  mentions: '@everyone <!channel> <@123> <@&456> <#789> @here',
};

describe('bad input in any argument', () => {
  const { service } = serviceOver();

  for (const command of service.commands) {
    const options = command.options.length > 0 ? command.options.map((o) => o.name) : ['extra'];
    for (const option of options) {
      for (const [kind, value] of Object.entries(NASTY)) {
        it(`/${command.name} ${option}=${kind} gets a helpful reply that echoes nothing harmful`, async () => {
          const reply = await service.handle(input(command.name, { [option]: value }));
          expect(reply.title.length).toBeGreaterThan(0);
          expect(reply.fallback.length).toBeGreaterThan(0);
          expect(reply.fallback).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202e]/);
          expect(reply.fallback).not.toMatch(/<@|<!|<#|@everyone|@here/);
          expect(reply.fallback).not.toContain('x'.repeat(101));
          expect(reply.fallback).not.toMatch(/\bat .*\.ts:\d+/);
        });
      }
    }
  }

  it('says a query of symbols only has nothing to look for, instead of answering about the newest articles', async () => {
    const reply = await service.handle(input('claims', { about: '~~~ *** |' }));
    expect(reply.tone).toBe('error');
    expect(reply.title).toMatch(/no letters or digits to look for.*leave it out for the newest articles/);
  });

  it('names the problem and the fix for an oversize name', async () => {
    const reply = await service.handle(input('who', { name: 'x'.repeat(10_000) }));
    expect(reply.tone).toBe('error');
    expect(reply.ephemeral).toBe(true);
    expect(reply.title).toBe('The name is too long (10,000 characters; at most 100). Usage: /who NAME');
  });

  it('still finds the actor when the name comes wrapped in markdown or with a mention', async () => {
    expect((await service.handle(input('who', { name: '**Ushakov**' }))).title).toBe('Yuri Ushakov');
    expect((await service.handle(input('who', { name: '<@123> Ushakov' }))).title).toBe('Yuri Ushakov');
  });

  it('answers an unknown command with the closest one and /help', async () => {
    const reply = await service.handle(input('whoo'));
    expect(reply.tone).toBe('error');
    expect(reply.title).toBe('There is no /whoo command. Did you mean /who? Type /help for the list.');
  });

  it('answers a malformed input object without throwing', async () => {
    const reply = await service.handle({ command: undefined, args: undefined } as never);
    expect(reply.tone).toBe('error');
  });
});
