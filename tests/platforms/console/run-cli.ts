/** Runs the real CLI (`node src/cli/bin.mjs ...`) in a child process with a private data folder. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temp DATA_DIR holding a copy of the default article under articles/. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-console-'));
  mkdirSync(join(dir, 'articles'));
  copyFileSync('data/articles/putin-north-korea.txt', join(dir, 'articles', 'putin-north-korea.txt'));
  return dir;
}

/** The environment of the child: no chat platform or LLM configured, data in `dataDir`. */
export function childEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, SQLITE_PATH: join(dataDir, 'test.db'), LOG_LEVEL: 'warn' };
  for (const key of Object.keys(env)) {
    if (/^(DISCORD_|SLACK_|OPENAI_|DATABASE_URL|ARTICLES_DIR|INGEST_DIR|FEEDS)/.test(key)) delete env[key];
  }
  return env;
}

/** Starts the CLI with the given arguments. */
export function startCli(args: string[], dataDir: string, env: NodeJS.ProcessEnv = childEnv(dataDir)): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['src/cli/bin.mjs', ...args], { env, stdio: 'pipe' });
}

/** Collects a child's stdout and lets a test wait for some text to appear in it. */
export function outputOf(child: ChildProcessWithoutNullStreams) {
  let stdout = '';
  let stderr = '';
  const waiters: { text: string | RegExp; resolve: () => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) {
      if (typeof w.text === 'string' ? stdout.includes(w.text) : w.text.test(stdout)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    check();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    exited,
    /** Resolves when stdout contains `text`; rejects if the process ends first. */
    waitFor(text: string | RegExp): Promise<void> {
      return new Promise((resolve, reject) => {
        waiters.push({ text, resolve });
        check();
        void exited.then(() => reject(new Error(`exited before printing ${String(text)}; stdout:\n${stdout}\nstderr:\n${stderr}`)));
      });
    },
  };
}

/** The environment of the child with LOG_LEVEL left unset, as a user starting the console has it. */
export function defaultEnv(dataDir: string): NodeJS.ProcessEnv {
  const env = childEnv(dataDir);
  delete env.LOG_LEVEL;
  delete env.LOG_FORMAT;
  return env;
}
