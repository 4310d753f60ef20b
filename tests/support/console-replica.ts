/**
 * A bot process (`briefing start`, the console: no chat platform configured) driven through its
 * stdin, for tests of several replicas: ask() sends one command and resolves with the answer the
 * console printed before its next prompt.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

const PROMPT = 'briefing> ';

/** A running console process. */
export interface ConsoleReplica {
  child: ChildProcessWithoutNullStreams;
  /** Resolves once the console greets and prompts. */
  ready: Promise<void>;
  /** One command line; resolves with what the console printed in answer. */
  ask(line: string): Promise<string>;
  /** Everything printed on stderr so far (logs at LOG_LEVEL). */
  stderr(): string;
  /** Ends the console (exit) and waits for the process. */
  stop(): Promise<void>;
}

/** The child's environment: the test's own variables, nothing of the runner's chat or LLM settings. */
export function replicaEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(base)) {
    if (/^(DISCORD_|SLACK_|OPENAI_|DATABASE_|SQLITE_PATH|ARTICLES_DIR|INGEST_DIR|FEEDS|DATA_DIR|JOB_)/.test(key)) delete base[key];
  }
  return { ...base, LOG_LEVEL: 'warn', ...env };
}

/**
 * Starts `briefing start` with `env` (DATA_DIR, SQLITE_PATH or DATABASE_URL, ...).
 * @example const replica = startConsoleReplica({ DATA_DIR: dir }); await replica.ready; await replica.ask('/who X');
 */
export function startConsoleReplica(env: Record<string, string>): ConsoleReplica {
  const child = spawn(process.execPath, ['src/cli/bin.mjs', 'start'], { env: replicaEnv(env), stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  let onOutput = () => {};
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    onOutput();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const promptAfter = (from: number): Promise<string> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const at = stdout.indexOf(PROMPT, from);
        if (at >= 0) {
          onOutput = () => {};
          resolve(stdout.slice(from, at));
        }
      };
      onOutput = check;
      check();
      void exited.then(() => reject(new Error(`the console exited; stderr:\n${stderr}`)));
    });
  const ready = promptAfter(0).then(() => undefined);
  let queue: Promise<unknown> = ready;
  return {
    child,
    ready,
    ask(line) {
      const answer = queue.then(() => {
        const from = stdout.length;
        child.stdin.write(`${line}\n`);
        return promptAfter(from);
      });
      queue = answer.catch(() => undefined);
      return answer;
    },
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null) child.stdin.end('exit\n');
      await exited;
    },
  };
}
