/**
 * The yardstick the parse benchmark compares against: wink-nlp's default English pipeline
 * (wink-eng-lite-web-model: tokens, sentences, part of speech, entities, negation, sentiment).
 * A dev dependency for the benchmark only; the parser never loads it.
 */

/** wink's reader, loaded once; `loadMs` is the time to import wink, read its model and build the pipeline. */
export interface WinkBaseline {
  loadMs: number;
  /** Reads one text with the default pipeline and returns how many sentences, entities and tokens it found. */
  read: (text: string) => number;
}

export async function loadWink(): Promise<WinkBaseline> {
  const started = performance.now();
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const loadMs = performance.now() - started;
  return {
    loadMs,
    read: (text) => {
      const doc = nlp.readDoc(text);
      // Ask for what the pipeline computed, as a caller would.
      return doc.sentences().length() + doc.entities().out().length + doc.tokens().length();
    },
  };
}
