import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { defaultEnv, outputOf, startCli, tempDataDir } from './run-cli.js';

/**
 * The console as a user meets it: started with nothing configured (no LOG_LEVEL either), driven
 * through its standard input as a subprocess.
 */
describe('the console feels like a console', () => {
  const children: ChildProcessWithoutNullStreams[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function start(env: Record<string, string> = {}) {
    const dir = tempDataDir();
    dirs.push(dir);
    const child = startCli(['start'], dir, { ...defaultEnv(dir), ...env });
    children.push(child);
    return { child, out: outputOf(child) };
  }

  it('opens on a clean first screen: the greeting and the prompt, no log lines', async () => {
    const { child, out } = start();
    await out.waitFor('briefing> ');
    expect(out.stdout).toMatch(/^News briefing: 1 article loaded\. Type \/help for commands, exit to quit\.\nbriefing> $/);
    expect(out.stderr).toBe('');
    child.stdin.write('exit\n');
    expect(await out.exited).toBe(0);
    expect(out.stderr).toBe('');
  });

  it('pages a list cut short with /more and n, and says when there is nothing more', async () => {
    const { child, out } = start();
    await out.waitFor('briefing> ');
    child.stdin.write('/quote\n');
    await out.waitFor(/Type \/more \(or n\) for \d+ more quotes\./);
    const total = Number(/(\d+) quotes in the newest articles\. Showing 1–5 of \1\./.exec(out.stdout)![1]);
    child.stdin.write('/more\n');
    await out.waitFor(`Showing 6–${Math.min(10, total)} of ${total}.`);
    if (total > 10) {
      child.stdin.write('n\n');
      await out.waitFor(`Showing 11–${Math.min(15, total)} of ${total}.`);
    }
    child.stdin.write('/help\n/more\n');
    await out.waitFor('Nothing more to show');
    child.stdin.write('exit\n');
    expect(await out.exited).toBe(0);
  });

  it('suggests names close to what was typed, and says so when nothing is close', async () => {
    const { child, out } = start();
    await out.waitFor('briefing> ');
    child.stdin.write('/who Ushakovsky\n');
    await out.waitFor('Type a number to pick.');
    expect(out.stdout).toMatch(/Did you mean:\s+1\. Yuri Ushakov/);
    child.stdin.write('/who Qqqqqqq\n');
    await out.waitFor('No close match among the names in the articles.');
    child.stdin.write('exit\n');
    expect(await out.exited).toBe(0);
  });

  it('prints a digest in the console when it falls due, above the prompt', async () => {
    const { child, out } = start({ TIMEZONE: 'UTC' });
    await out.waitFor('briefing> ');
    // The next whole minute, far enough ahead that the subscription is stored before it passes.
    const due = new Date(Date.now() + 65_000);
    const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
    child.stdin.write(`/digest subscribe ${time} UTC\n`);
    await out.waitFor('Digest subscription started');
    const before = out.stdout.length;
    // Printed on its own lines, then the prompt again for the next command.
    await out.waitFor(/\nBriefing — [A-Z][a-z]+ \d+, \d{4}\n=+\n[\s\S]*\nbriefing> $/);
    const printed = out.stdout.slice(before);
    expect(printed).toContain('Headlines');
    expect(printed).toMatch(/^(briefing> )?\n\nBriefing — /);
    child.stdin.write('exit\n');
    expect(await out.exited).toBe(0);
  }, 150_000);
});
