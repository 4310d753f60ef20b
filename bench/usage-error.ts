/** A bench asked for something it cannot measure (a missing corpus, a bad flag): run.ts prints its message alone, no stack. */
export class BenchUsageError extends Error {
  override name = 'BenchUsageError';
}
