import { describe, expect, it } from 'vitest';
import { createLocalQueue } from '../../src/jobs/local-queue.js';
import { silentLogger } from '../../src/logging.js';

const until = async (check: () => boolean) => {
  const deadline = Date.now() + 5000;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('the in-process job queue', () => {
  it('runs each job once, and drops a second send of a key that is still waiting or running', async () => {
    const queue = createLocalQueue(silentLogger());
    const done: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await queue.work<{ name: string }>('greet', async ({ name }) => {
      await gate;
      done.push(name);
    });
    expect(await queue.send('greet', { name: 'a' }, { singletonKey: 'a' })).not.toBeNull();
    expect(await queue.send('greet', { name: 'a again' }, { singletonKey: 'a' })).toBeNull();
    expect(await queue.send('greet', { name: 'b' }, { singletonKey: 'b' })).not.toBeNull();
    release();
    await until(() => done.length === 2);
    expect(done.sort()).toEqual(['a', 'b']);
    expect(await queue.send('greet', { name: 'a later' }, { singletonKey: 'a' })).not.toBeNull();
    await until(() => done.length === 3);
    await queue.stop();
  });

  it('retries a failed job until it succeeds, within its retries', async () => {
    const queue = createLocalQueue(silentLogger(), { retryDelayMs: () => 5 });
    let tries = 0;
    await queue.work(
      'flaky',
      async () => {
        tries += 1;
        if (tries < 3) throw new Error('store not reachable');
      },
      { retries: 3 },
    );
    await queue.send('flaky', {});
    await until(() => tries === 3);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(tries).toBe(3);
    await queue.stop();
  });

  it('runs no more jobs of a kind at once than its concurrency, and stop waits for the running ones', async () => {
    const queue = createLocalQueue(silentLogger());
    let running = 0;
    let most = 0;
    let finished = 0;
    await queue.work(
      'slow',
      async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running -= 1;
        finished += 1;
      },
      { concurrency: 2 },
    );
    for (let i = 0; i < 6; i += 1) await queue.send('slow', {});
    await until(() => finished >= 1);
    await queue.stop();
    expect(most).toBe(2);
    expect(running).toBe(0);
  });
});
