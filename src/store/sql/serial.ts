/**
 * One async task at a time: SQLite has one connection per process, so a write transaction that
 * awaits between statements must not let another write slip into it.
 */

/** Runs tasks one after another, in call order. */
export interface Serial {
  run<T>(task: () => Promise<T> | T): Promise<T>;
}

/** Creates an empty queue. */
export function createSerial(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T> | T): Promise<T> {
      const result = tail.then(task, task);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
