/**
 * Decisions from the model: which candidate said a quote (a softmax over the candidates and "nobody",
 * the highest wins) and whether a quoted span is speech at all (a logistic score against the
 * threshold chosen in training).
 */
import type { Features } from './features.js';
import { score, type AttributionModel } from './model.js';
import { treesScore } from './model-trees.js';

/** The chosen speaker (null: nobody can be told) and the model's probability for that choice. */
export interface SpeakerChoice {
  actorId: string | null;
  probability: number;
}

/** A candidate's reasons that say it stands right at a saying word in the quote's own sentence. */
const AT_CUE_IN_SENTENCE = new Set(['cue:sent:before:adjacent', 'cue:sent:after:adjacent']);

/** Softmax over the scores of the candidates (index i) and "nobody" (the last index). */
export function speakerProbabilities(model: AttributionModel, candidates: Features[], nobody: Features): number[] {
  const scores = [...candidates, nobody].map((f) => score(model.speakerWeights, f) + treesScore(model.speakerTrees, f));
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** Picks the speaker of a quote among its candidates, or nobody (nobody likelier, or no one likely enough). */
export function chooseSpeaker(model: AttributionModel, candidates: Array<{ actorId: string; features: Features }>, nobody: Features): SpeakerChoice {
  const probabilities = speakerProbabilities(
    model,
    candidates.map((c) => c.features),
    nobody,
  );
  let best = candidates.length;
  for (let i = 0; i < candidates.length; i++) if (probabilities[i]! > probabilities[best]!) best = i;
  // "Berg's visit comes amid Acme accusations that "..."": the words' own sentence names their
  // speaker right at its saying word (or noun), and the rules took it. A pick the model makes from where
  // names stand alone, no saying word tying them to the words (theirs or a pronoun's), does not overrule
  // that, when the model finds the one named there likely enough itself.
  const anchored = candidates.findIndex((c) => c.features.includes('rule:decided') && c.features.some((f) => AT_CUE_IN_SENTENCE.has(f)));
  if (
    anchored >= 0 &&
    best < candidates.length &&
    best !== anchored &&
    probabilities[anchored]! >= model.file.speaker.minProbability &&
    !candidates[best]!.features.some((f) => f.startsWith('cue:') || f.startsWith('pronoun-cue:'))
  )
    best = anchored;
  // A choice the model is this unsure of is a guess: better no speaker than the wrong one.
  if (probabilities[best]! < model.file.speaker.minProbability) return { actorId: null, probability: probabilities[best]! };
  return { actorId: candidates[best]?.actorId ?? null, probability: probabilities[best]! };
}

/** What the speech classifier reads: the quote's own features and how sure the ranker is of a speaker. */
export interface SpeechInput {
  speech: Features;
  candidates: Array<{ actorId: string; features: Features }>;
  nobody: Features;
}

/** The quote's features and the ranker's choice: how probable, and what kind of actor (or nobody). */
export function speechFeatures(model: AttributionModel, input: SpeechInput, choice = chooseSpeaker(model, input.candidates, input.nobody)): Features {
  const chosen = input.candidates.find((c) => c.actorId === choice.actorId);
  const kind = chosen?.features.find((f) => f.startsWith('kind:')) ?? 'kind:nobody';
  const p = choice.probability;
  return [...input.speech, `speaker:${kind}`, `speaker:p${p >= 0.9 ? '90' : p >= 0.7 ? '70' : p >= 0.5 ? '50' : p >= 0.3 ? '30' : '0'}`];
}

/** Probability that a quoted span is someone's words rather than a title, a term or a scare quote. */
export function speechProbability(model: AttributionModel, features: Features): number {
  return 1 / (1 + Math.exp(-(score(model.speechWeights, features) + (model.speechWeights.get('bias') ?? 0) + treesScore(model.speechTrees, features))));
}

/** The model's decisions for one quoted span: keep it or not, and who said it. */
export function decideQuote(model: AttributionModel, input: SpeechInput): { speech: boolean; speakerId: string | null } {
  const choice = chooseSpeaker(model, input.candidates, input.nobody);
  return { speech: speechProbability(model, speechFeatures(model, input, choice)) >= model.file.speech.threshold, speakerId: choice.actorId };
}
