/**
 * The Dockerfile read with dockerfile-ast, as stages of instructions, and the image's start command
 * as this machine can run it: the final stage's ENV, WORKDIR and ENTRYPOINT/CMD, with the repository
 * standing in for /app. (No Docker engine here, so the image itself is never built.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DockerfileParser, type Cmd, type Copy, type Env, type From, type Instruction } from 'dockerfile-ast';
import { builtAfterSources } from '../../src/cli/build-stamp.mjs';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** One instruction: its keyword, its words, and its exec-form array or ENV pairs when it has them. */
export interface Step {
  keyword: string;
  args: string[];
  /** CMD, ENTRYPOINT and HEALTHCHECK in exec form. */
  exec?: string[];
  env?: Record<string, string>;
  /** COPY --from=STAGE. */
  from?: string;
}

export interface Stage {
  name: string | null;
  image: string;
  steps: Step[];
}

/** The Dockerfile's stages in order, ARG defaults substituted into the base images. */
export function readDockerfile(path = join(repoRoot, 'Dockerfile')): Stage[] {
  const dockerfile = DockerfileParser.parse(readFileSync(path, 'utf8'));
  const args = new Map(dockerfile.getInitialARGs().map((arg) => [arg.getProperty()?.getName() ?? '', arg.getProperty()?.getValue() ?? '']));
  const stages: Stage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      const from = instruction as From;
      const image = (from.getImage() ?? '').replace(/\$\{(\w+)\}/g, (_, name: string) => args.get(name) ?? '');
      stages.push({ name: from.getBuildStage(), image, steps: [] });
    } else if (stages.length > 0) {
      stages.at(-1)!.steps.push(step(instruction));
    }
  }
  return stages;
}

function step(instruction: Instruction): Step {
  const keyword = instruction.getKeyword();
  const args = instruction.getArguments().map((a) => a.getValue());
  if (keyword === 'CMD' || keyword === 'ENTRYPOINT') return { keyword, args, exec: (instruction as Cmd).getJSONStrings().map((s) => s.getJSONValue()) };
  if (keyword === 'HEALTHCHECK') {
    // HEALTHCHECK [--options] CMD ["exec", "form"]: the JSON after CMD.
    const content = instruction.getArgumentsContent() ?? '';
    const json = content.slice(content.indexOf('CMD') + 3).trim();
    return { keyword, args, exec: JSON.parse(json) as string[] };
  }
  if (keyword === 'ENV') return { keyword, args, env: Object.fromEntries((instruction as Env).getProperties().map((p) => [p.getName(), p.getValue() ?? ''])) };
  if (keyword === 'COPY') {
    const from = (instruction as Copy).getFromFlag()?.getValue();
    return { keyword, args: args.filter((a) => !a.startsWith('--')), ...(from ? { from } : {}) };
  }
  return { keyword, args };
}

/** The final stage's steps with `keyword`. */
export const stepsOf = (stage: Stage, keyword: string): Step[] => stage.steps.filter((s) => s.keyword === keyword);

/** What the image runs, as a command for this machine. */
export interface ImageCommand {
  /** The program and its arguments after the ENTRYPOINT (tini), which this machine does without. */
  argv: string[];
  /** The image's ENV. */
  env: Record<string, string>;
  /** True when dist/ is older than the sources and the same entry runs from src/ through tsx. */
  fromSources: boolean;
}

/**
 * The final stage's CMD, run from the repository as the image runs it from /app. When dist/ is not
 * a build of the current sources (a source edited since `npm run build`), the same entry file runs
 * from src/ through tsx instead, as src/cli/bin.mjs does, rather than testing stale code.
 */
export function imageCommand(stages = readDockerfile()): ImageCommand {
  const final = stages.at(-1)!;
  const cmd = stepsOf(final, 'CMD').at(-1)!.exec!;
  const env = Object.assign({}, ...stepsOf(final, 'ENV').map((s) => s.env)) as Record<string, string>;
  const [program, ...words] = cmd as [string, ...string[]];
  if (program !== 'node') throw new Error(`the image's CMD starts with ${program}, not node`);
  // Node's own flags come before the script, as in `node --max-semi-space-size=4 dist/...`.
  const flags = words.slice(
    0,
    words.findIndex((w) => !w.startsWith('-')),
  );
  const [script, ...rest] = words.slice(flags.length) as [string, ...string[]];
  if (builtAfterSources(repoRoot)) return { argv: [process.execPath, ...flags, join(repoRoot, script), ...rest], env, fromSources: false };
  const source = script.replace(/^dist\//, '').replace(/\.js$/, '.ts');
  // tsx by its file, since the process runs in a folder of its own.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { argv: [process.execPath, ...flags, '--import', tsx, join(repoRoot, source), ...rest], env, fromSources: true };
}
