import { describe, expect, it } from 'vitest';
import type { DigestSubscriptions } from '../../src/briefing/context.js';
import { buildReply } from '../../src/briefing/reply-builder.js';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/article/parse-article.js';
import { input, serviceOver } from '../briefing/helpers.js';

describe('/digest on the default article', () => {
  it('has headline, summary, key actors, key quotes, the disputed claims and what comes next', async () => {
    const { service } = serviceOver();
    const reply = await service.handle(input('digest'));
    const section = (title: string) => reply.sections.find((s) => s.title.startsWith(title));
    expect(section('Headlines')!.lines[0]!.text).toContain('Putin vows to support North Korea against the United States');
    expect(section('Summary')!.lines.length).toBeGreaterThanOrEqual(2);
    expect(section('Summary')!.lines[0]!.text).toContain('Putin vowed on Tuesday');
    expect(
      section('Key actors')!
        .lines.map((l) => l.text)
        .join(' '),
    ).toContain('Vladimir Putin');
    expect(reply.quotes.length).toBeGreaterThan(0);
    expect(
      section('Disputed')!
        .lines.map((l) => l.text)
        .join(' '),
    ).toContain('arms transfers');
    expect(section('What comes next')!.lines[0]!.text).toContain('Vietnam');
    for (const line of reply.sections.flatMap((s) => s.lines)) expect(line.citation).toBeDefined();
  });

  it('says scheduled digests are not configured when asked to subscribe without a scheduler', async () => {
    const { service } = serviceOver();
    const reply = await service.handle(input('digest', { time: '07:30' }, 'subscribe'));
    expect(reply.tone).toBe('error');
    expect(reply.title).toMatch(/Scheduled digests are not configured/);
  });

  it('hands subscription actions to the scheduler when there is one', async () => {
    const seen: string[] = [];
    const subscriptions: DigestSubscriptions = {
      async handle(action, given) {
        seen.push(`${action} ${given.args.time ?? ''}`);
        return buildReply({ title: `ok ${action}` });
      },
    };
    const { service } = serviceOver(undefined, { subscriptions });
    const reply = await service.handle(input('digest', {}, 'list'));
    expect(reply.title).toBe('ok list');
    expect(seen).toEqual(['list ']);
  });

  it('focuses on an actor when given one', async () => {
    const { service } = serviceOver();
    const reply = await service.handle(input('digest', { about: 'Ushakov' }));
    expect(reply.title).toBe('Briefing: Yuri Ushakov');
  });

  it('names the subcommands when given one it does not have', async () => {
    const { service } = serviceOver();
    const reply = await service.handle(input('digest', {}, 'frobnicate'));
    expect(reply.tone).toBe('error');
    expect(reply.title).toBe('/digest has no "frobnicate": use one of subscribe, list, unsubscribe, pause, resume, preview.');
  });

  it('answers /briefing as /digest alone', async () => {
    const { service } = serviceOver();
    expect((await service.handle(input('briefing', { about: 'Ushakov' }))).title).toBe('Briefing: Yuri Ushakov');
  });

  it('leads the key actors with those who spoke, takes the dateline off the summary and adds the top claims', async () => {
    const path = 'tests/fixtures/articles/wire-harbour-strike.txt';
    const { service } = serviceOver([parseArticle(readFileSync(path, 'utf8'), { source: path })]);
    const reply = await service.handle(input('digest'));
    const lines = (title: string) => reply.sections.find((s) => s.title === title)!.lines.map((l) => l.text);
    const actors = lines('Key actors');
    expect(actors[0]).toMatch(/\((\d+ quotes?, )?\d+ claims?\)$|\(\d+ quotes?\)$/);
    expect(actors.findIndex((a) => a.startsWith('Norland'))).not.toBe(0);
    const summary = lines('Summary');
    expect(summary[0]).toMatch(/^About 2,400 dockworkers walked off the job/);
    expect(summary.join('\n')).not.toContain('(Meridian Wire)');
    expect(summary.some((line) => / said: | urged /.test(line))).toBe(true);
  });
});
