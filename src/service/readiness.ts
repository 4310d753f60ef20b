/**
 * What /readyz answers: ready only while the bot is running (not starting, not stopping) and every
 * probe says 'ok': the store answers and has every migration, each configured platform is
 * connected. Probes run at each request, each bounded in time, so a hung database makes the bot
 * not ready instead of hanging the orchestrator's probe.
 */
import type { Store } from '../store/store.js';

/** Named checks, each 'ok' or a short problem. */
export type ReadinessProbe = () => Record<string, string> | Promise<Record<string, string>>;

/** Where the process is in its life. */
export type Phase = 'starting' | 'running' | 'stopping';

/** The answer to /readyz. */
export interface ReadinessReport {
  ready: boolean;
  phase: Phase;
  checks: Record<string, string>;
}

/** The readiness of one process. */
export interface Readiness {
  /** Adds what /readyz looks at; `name` is what a probe that fails or hangs is reported under. */
  watch(name: string, probe: ReadinessProbe): void;
  /** Start-up is over: platforms connected, scheduler started. */
  running(): void;
  /** Shutdown began: not ready any more, whatever the probes say. */
  stopping(): void;
  report(): Promise<ReadinessReport>;
}

/**
 * Creates the readiness of a process, 'starting' until running() is called.
 * @example const readiness = createReadiness(); readiness.watch('store', storeProbe(store)); readiness.running();
 */
export function createReadiness(options: { probeTimeoutMs?: number } = {}): Readiness {
  const timeoutMs = options.probeTimeoutMs ?? 2_000;
  const probes: Array<{ name: string; probe: ReadinessProbe }> = [];
  let phase: Phase = 'starting';
  return {
    watch: (name, probe) => void probes.push({ name, probe }),
    running() {
      if (phase === 'starting') phase = 'running';
    },
    stopping() {
      phase = 'stopping';
    },
    async report() {
      // The probes are those registered now: a report begun while starting says 'starting' even
      // if start-up ends (and adds probes) while it waits for their answers.
      const begun = phase;
      const results = await Promise.all(probes.map(({ name, probe }) => bounded(name, probe, timeoutMs)));
      const checks = Object.assign({}, ...results) as Record<string, string>;
      const ready = begun === 'running' && phase === 'running' && Object.values(checks).every((v) => v === 'ok');
      return { ready, phase: phase === 'stopping' ? phase : begun, checks };
    },
  };
}

/** The store answers, and has every migration this build knows. */
export function storeProbe(store: Pick<Store, 'pendingMigrations'>): ReadinessProbe {
  return async () => {
    try {
      const pending = await store.pendingMigrations();
      return { store: 'ok', migrations: pending === 0 ? 'ok' : `${pending} not applied` };
    } catch (err) {
      return { store: `no answer (${oneLine(err)})`, migrations: 'unknown' };
    }
  };
}

/** A chat platform's connection, under its name. */
export function platformProbe(name: string, platform: { connected(): boolean }): ReadinessProbe {
  return () => ({ [name]: platform.connected() ? 'ok' : 'not connected' });
}

async function bounded(name: string, probe: ReadinessProbe, timeoutMs: number): Promise<Record<string, string>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Record<string, string>>((resolve) => {
    timer = setTimeout(() => resolve({ [name]: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(probe), late]);
  } catch (err) {
    return { [name]: `failed (${oneLine(err)})` };
  } finally {
    clearTimeout(timer);
  }
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim().slice(0, 200);
}
