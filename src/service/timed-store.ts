/**
 * Store query time for /metrics without touching either store: a thin wrapper that times every
 * method call and reports it under the method's name in snake case (claimDelivery becomes
 * claim_delivery: a fixed set, so a bounded label). A Proxy, so methods added to the Store later
 * are timed too; so are the read side's queries (store.corpus), as corpus_ and the query's name.
 */
import type { Store } from '../store/store.js';
import { secondsSince, type Metrics } from './metrics.js';

/**
 * The same store, each method call timed into `metrics`.
 * @example const store = timeStore(await createStore(config, logger), metrics);
 */
export function timeStore(store: Store, metrics: Metrics): Store {
  const corpus = timed(store.corpus, metrics, 'corpus_');
  return timed(store, metrics, '', (key) => (key === 'corpus' ? corpus : undefined));
}

function timed<T extends object>(object: T, metrics: Metrics, prefix: string, replace: (key: PropertyKey) => unknown = () => undefined): T {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(object, {
    get(target, key, receiver) {
      const replaced = replace(key);
      if (replaced !== undefined) return replaced;
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      if (!wrapped.has(key)) {
        const method = value as (...args: unknown[]) => unknown;
        const operation = prefix + key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
        wrapped.set(key, (...args: unknown[]) => {
          const started = performance.now();
          const done = (ok: boolean) => metrics.storeQuery(operation, secondsSince(started), ok);
          let result: unknown;
          try {
            result = method.apply(target, args);
          } catch (err) {
            done(false);
            throw err;
          }
          // A method that answers synchronously (a listener registration, say) keeps doing so.
          if (!(result instanceof Promise)) {
            done(true);
            return result;
          }
          return result.then(
            (value: unknown) => {
              done(true);
              return value;
            },
            (err: unknown) => {
              done(false);
              throw err;
            },
          );
        });
      }
      return wrapped.get(key);
    },
  });
}
