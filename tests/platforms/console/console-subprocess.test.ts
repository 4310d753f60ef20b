import { afterEach, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { childEnv, outputOf, startCli, tempDataDir } from './run-cli.js';

describe('the console (npm start with no chat platform configured)', () => {
  const children: ChildProcessWithoutNullStreams[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function start() {
    const dir = tempDataDir();
    dirs.push(dir);
    const child = startCli(['start'], dir);
    children.push(child);
    return { child, out: outputOf(child) };
  }

  it('ingests the articles folder into an empty store, answers a typed command, and leaves on "exit"', async () => {
    const { child, out } = start();
    await out.waitFor('1 article loaded');
    await out.waitFor('briefing> ');
    child.stdin.write('/who Ushakov\n');
    await out.waitFor('Sources');
    expect(out.stdout).toContain('Yuri Ushakov');
    expect(out.stdout).toContain("Putin's foreign policy adviser");
    const unwrapped = out.stdout.replace(/\s+/g, ' ');
    expect(unwrapped).toContain('Putin vows to support North Korea against the United States — Reuters, June 18, 2024');
    child.stdin.write('exit\n');
    expect(await out.exited).toBe(0);
  });

  it('takes commands without the slash, picks a numbered choice, and quits at end of input (Ctrl-D)', async () => {
    const { child, out } = start();
    await out.waitFor('briefing> ');
    child.stdin.write('who kim\n');
    await out.waitFor('Type a number to pick.');
    expect(out.stdout).toMatch(/1\. Kim (Jong Un|Il Sung)/);
    const first = /1\. (Kim [A-Za-z ]+?) —/.exec(out.stdout)![1]!;
    child.stdin.write('1\n');
    await out.waitFor(new RegExp(`\\n${first}\\n=+\\n`));
    child.stdin.end();
    expect(await out.exited).toBe(0);
  });

  it('answers bad input with a message and keeps running', async () => {
    const { child, out } = start();
    await out.waitFor('briefing> ');
    child.stdin.write(`/who ${'x'.repeat(10_000)}\n/nonsense\n/who Ushakov\n`);
    await out.waitFor('Sources');
    expect(out.stdout).toContain('The name is too long (10,000 characters; at most 100)');
    expect(out.stdout).toContain('There is no /nonsense command.');
    child.stdin.write('quit\n');
    expect(await out.exited).toBe(0);
  });

  it('answers about an article dropped into the articles folder while it runs', async () => {
    const { child, out } = start();
    await out.waitFor('briefing> ');
    const dir = dirs[dirs.length - 1]!;
    writeFileSync(
      join(dir, 'articles', 'harbour.txt'),
      [
        'Harbour board approves new ferry terminal',
        '',
        'PORTSMOUTH (Reuters) - The harbour board approved a new ferry terminal on Monday, chairwoman Alice Thornbury said.',
        '',
        '"This terminal will serve the island for fifty years," Thornbury told reporters after the vote.',
      ].join('\n'),
    );
    const deadline = Date.now() + 15_000;
    while (!out.stdout.includes('Harbour board approves new ferry terminal') && Date.now() < deadline) {
      child.stdin.write('/articles\n');
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    expect(out.stdout).toContain('Harbour board approves new ferry terminal');
    child.stdin.write('/who Thornbury\n');
    await out.waitFor(/Alice Thornbury\n=+/);
    child.stdin.write('exit\n');
    expect(await out.exited).toBe(0);
  });

  it('stops cleanly on SIGTERM', async () => {
    const { child, out } = start();
    await out.waitFor('briefing> ');
    child.kill('SIGTERM');
    expect(await out.exited, out.stderr).toBe(0);
  });
});

describe('briefing ask', () => {
  it('answers one command and exits 0', async () => {
    const dir = tempDataDir();
    try {
      const child = startCli(['ask', '/who Ushakov'], dir);
      const out = outputOf(child);
      expect(await out.exited).toBe(0);
      expect(out.stdout).toMatch(/^Yuri Ushakov\n=+\n/);
      expect(out.stdout.replace(/\s+/g, ' ')).toContain('would not be directed against any other country');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 with the message for an unknown command', async () => {
    const dir = tempDataDir();
    try {
      const child = startCli(['ask', '/whom Ushakov'], dir);
      const out = outputOf(child);
      expect(await out.exited).toBe(1);
      expect(out.stdout).toContain('There is no /whom command. Did you mean /who?');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the one-line configuration problem and exits 1', () => {
    const dir = tempDataDir();
    try {
      const env = { ...childEnv(dir), TIMEZONE: 'Mars/Olympus' };
      const result = spawnSync(process.execPath, ['src/cli/bin.mjs', 'start'], { env, encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe('briefing: TIMEZONE: TIMEZONE must be an IANA time zone such as Europe/London (set it in .env or the environment)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
