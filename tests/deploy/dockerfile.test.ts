import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { YOUNG_GENERATION_FLAG } from '../../src/cli/start-command.js';
import { readDockerfile, repoRoot, stepsOf, type Stage } from './dockerfile.js';

const stages = readDockerfile();
const runtime = stages.at(-1)!;
const runs = (stage: Stage) => stepsOf(stage, 'RUN').map((s) => s.args.join(' '));

describe('the Dockerfile', () => {
  it('builds in stages from a Node 20 image: compile, production dependencies, runtime', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'deps', 'runtime']);
    for (const stage of stages) expect(stage.image).toMatch(/^node:20[.-]/);
    expect(runs(stages[0]!).join('\n')).toMatch(/npm run build/);
  });

  it('starts the bot with the young generation its collector is tuned for, as npm start does', () => {
    const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start!.split(' ')).toContain(YOUNG_GENERATION_FLAG);
    expect(stepsOf(runtime, 'CMD').at(-1)!.exec).toContain(YOUNG_GENERATION_FLAG);
  });

  it('runs as a non-root user', () => {
    const users = stepsOf(runtime, 'USER').map((s) => s.args[0]);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  });

  it('gives the runtime only production dependencies, and no compiler', () => {
    const modules = stepsOf(runtime, 'COPY').filter((s) => s.args.at(-1) === './node_modules');
    expect(modules).toHaveLength(1);
    const source = stages.find((s) => s.name === modules[0]!.from)!;
    expect(runs(source).join('\n')).toMatch(/npm ci --omit=dev/);
    expect(runs(runtime).join('\n')).not.toMatch(/npm (ci|install)|g\+\+|make/);
    expect(
      stepsOf(runtime, 'COPY')
        .filter((s) => s.from)
        .map((s) => `${s.from} ${s.args[0]}`),
    ).toEqual(['deps /app/node_modules', 'build /app/dist']);
  });

  it('starts node on the compiled entry under tini, so SIGTERM reaches the bot', () => {
    expect(stepsOf(runtime, 'ENTRYPOINT').at(-1)!.exec).toEqual(['/usr/bin/tini', '--']);
    expect(runs(runtime).join('\n')).toMatch(/apt-get install .*\btini\b/);
    const cmd = stepsOf(runtime, 'CMD').at(-1)!.exec!;
    expect(cmd).toEqual(['node', YOUNG_GENERATION_FLAG, 'dist/src/cli/run-cli.js', 'start']);
    // The entry the build compiles to that path.
    expect(existsSync(join(repoRoot, 'src/cli/run-cli.ts'))).toBe(true);
    expect(readFileSync(join(repoRoot, 'tsconfig.build.json'), 'utf8')).toMatch(/"outDir": "dist"/);
  });

  it('checks its health on /healthz at the HEALTH_PORT it exposes', () => {
    const env = Object.assign({}, ...stepsOf(runtime, 'ENV').map((s) => s.env)) as Record<string, string>;
    expect(stepsOf(runtime, 'EXPOSE').map((s) => s.args[0])).toEqual([env.HEALTH_PORT]);
    const check = stepsOf(runtime, 'HEALTHCHECK').at(-1)!;
    expect(check.exec!.join(' ')).toMatch(/process\.env\.HEALTH_PORT.*\/healthz/);
    expect(env).toMatchObject({ NODE_ENV: 'production', SHUTDOWN_TIMEOUT_MS: '10000' });
  });

  it('copies only files that exist in the build context, and keeps local ones out of it', () => {
    for (const stage of stages) {
      for (const copy of stepsOf(stage, 'COPY').filter((s) => !s.from)) {
        for (const source of copy.args.slice(0, -1)) expect(existsSync(join(repoRoot, source)), source).toBe(true);
      }
    }
    const ignored = readFileSync(join(repoRoot, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['node_modules', 'dist', '.env', '.git']) expect(ignored).toContain(entry);
  });
});

describe('the production dependencies', () => {
  it('hold every package the compiled code imports, and tsx is only a dev dependency', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const imported = new Set<string>();
    const files = (dir: string): string[] =>
      (readdirSync(join(repoRoot, dir), { recursive: true }) as string[])
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
        .map((f) => join(repoRoot, dir, f));
    for (const file of [...files('src'), ...files('commands')]) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s+|\bimport\(\s*)'([^'./][^']*)'/g)) {
        if (spec!.startsWith('node:')) continue;
        imported.add(spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!);
      }
    }
    expect([...imported].filter((name) => !(name in pkg.dependencies))).toEqual([]);
    expect(pkg.devDependencies).toHaveProperty('tsx');
    expect(pkg.dependencies).not.toHaveProperty('tsx');
  });
});
