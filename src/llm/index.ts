/** The optional LLM layer: summaries, /ask and ingest proposals, always checked against the articles. */
export { createLlm, type LlmConfig, type LlmDependencies } from './create-llm.js';
export type { Llm, LlmClaim, LlmOutcome, LlmProposals, LlmRole } from './types.js';
export { neutraliseMentions } from './neutralise-mentions.js';
