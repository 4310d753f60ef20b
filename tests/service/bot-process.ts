/**
 * A real bot process for the service tests: the image's start command (tests/deploy/dockerfile.ts)
 * in a working folder of its own, its JSON log lines on stderr read as they come, its health port
 * learnt from the log (HEALTH_PORT=0 picks a free one), and its exit observed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImageCommand } from '../deploy/dockerfile.js';

export type LogLine = Record<string, unknown> & { msg?: string };

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** performance.now() when the process was seen to exit. */
  at: number;
}

export interface BotProcess {
  child: ChildProcess;
  logs: LogLine[];
  /** stderr lines that were not JSON (a crash, a one-line configuration message). */
  text: string[];
  exited: Promise<Exit>;
  /** Resolves with the first log line whose msg matches; rejects when the process exits first or after `timeoutMs`. */
  waitForLog(msg: RegExp, timeoutMs?: number): Promise<LogLine>;
  /** http://127.0.0.1:PORT once the health endpoints listen. */
  healthUrl(): Promise<string>;
  /** Sends `signal`; resolves to performance.now() at that moment. */
  signal(signal: NodeJS.Signals): number;
  /** The working folder (DATA_DIR is its data/). */
  dir: string;
  cleanup(): void;
}

/**
 * Starts the command with the image's ENV, then `env` over it (nothing inherited but PATH and HOME),
 * after `prepare` has put what it needs in the working folder (an article in data/articles, say).
 */
export function startBot(command: ImageCommand, env: Record<string, string>, prepare?: (dir: string) => void): BotProcess {
  const dir = mkdtempSync(join(tmpdir(), 'bot-process-'));
  mkdirSync(join(dir, 'data', 'articles'), { recursive: true });
  prepare?.(dir);
  const child = spawn(command.argv[0]!, command.argv.slice(1), {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, ...command.env, DATA_DIR: join(dir, 'data'), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logs: LogLine[] = [];
  const text: string[] = [];
  const listeners = new Set<() => void>();
  let buffered = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        if (line.trim()) text.push(line);
      }
    }
    for (const listener of listeners) listener();
  });
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() })));
  let gone = false;
  void exited.then(() => {
    gone = true;
    for (const listener of listeners) listener();
  });

  const waitForLog = (msg: RegExp, timeoutMs = 30_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`no log line matching ${msg} within ${timeoutMs} ms; stderr: ${text.join(' | ')}`)), timeoutMs);
      const check = () => {
        const found = logs.find((line) => msg.test(String(line.msg ?? '')));
        if (found) finish(null, found);
        else if (gone) finish(new Error(`the bot exited before logging ${msg}; stderr: ${text.join(' | ')}; last log: ${JSON.stringify(logs.at(-1))}`));
      };
      const finish = (err: Error | null, line?: LogLine) => {
        clearTimeout(timer);
        listeners.delete(check);
        if (err) reject(err);
        else resolve(line!);
      };
      listeners.add(check);
      check();
    });

  return {
    child,
    logs,
    text,
    exited,
    waitForLog,
    async healthUrl() {
      const line = await waitForLog(/health endpoints listening/);
      return `http://127.0.0.1:${String(line.port)}`;
    },
    signal(signal) {
      const at = performance.now();
      child.kill(signal);
      return at;
    },
    dir,
    cleanup() {
      if (!gone) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls GET url until it answers `status` (the orchestrator's probe); resolves to the body. */
export async function waitForStatus(url: string, status: number, timeoutMs = 30_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const res = await fetch(url).catch(() => null);
    if (res) {
      const body = await res.text();
      last = `${res.status} ${body}`;
      if (res.status === status) return JSON.parse(body) as Record<string, unknown>;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms; last answer: ${last}`);
}
