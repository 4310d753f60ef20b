/**
 * The JSON shapes the model must answer in (sent as strict json_schema, parsed with zod). Kept
 * flat and fully required, as strict structured outputs demand; nullable instead of optional.
 */
import { z } from 'zod';

const citation = z.object({
  articleId: z.string(),
  paragraph: z.number(),
});

/** The digest summary: cited sentences. */
export const digestSummarySchema = z.object({
  sentences: z.array(z.object({ text: z.string(), citations: z.array(citation) })),
});

/** An /ask answer: whether the articles answer it, and cited lines with optional supporting quotes. */
export const askAnswerSchema = z.object({
  answerable: z.boolean(),
  lines: z.array(
    z.object({
      text: z.string(),
      citations: z.array(citation),
      quote: z.string().nullable(),
      speaker: z.string().nullable(),
    }),
  ),
});

const claimKinds = ['statement', 'accusation', 'denial', 'promise', 'warning', 'call', 'assessment', 'report', 'concern', 'prediction', 'demand'] as const;

/** Claims and roles proposed at ingest. */
export const proposalsSchema = z.object({
  claims: z.array(
    z.object({
      paragraph: z.number(),
      sourceText: z.string(),
      text: z.string(),
      kind: z.enum(claimKinds),
      cue: z.string(),
    }),
  ),
  roles: z.array(z.object({ actorId: z.string(), role: z.string(), paragraph: z.number() })),
});

export type DigestSummaryAnswer = z.infer<typeof digestSummarySchema>;
export type AskAnswer = z.infer<typeof askAnswerSchema>;
export type ProposalsAnswer = z.infer<typeof proposalsSchema>;
