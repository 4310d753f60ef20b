/**
 * Assembles a Reply from its parts: drops empty sections, lists every cited article once, and
 * writes the plain-text fallback, so response builders only say what to show.
 */
import type { Citation, Reply, ReplyChoice, ReplyField, ReplyQuote, ReplySection } from './reply.js';
import { replyToPlainText } from './plain-text.js';

/** The parts of a reply a builder chooses; the rest is derived. */
export interface ReplyDraft {
  title: string;
  description?: string;
  fields?: ReplyField[];
  sections?: ReplySection[];
  quotes?: ReplyQuote[];
  choices?: ReplyChoice[];
  more?: ReplyChoice;
  ephemeral?: boolean;
  tone?: Reply['tone'];
}

/** Builds a complete Reply from a draft. */
export function buildReply(draft: ReplyDraft): Reply {
  const sections = (draft.sections ?? []).filter((s) => s.lines.length > 0);
  const quotes = draft.quotes ?? [];
  const citations: Citation[] = [];
  const seen = new Set<string>();
  const note = (c: Citation | undefined) => {
    if (!c || seen.has(c.articleId)) return;
    seen.add(c.articleId);
    citations.push({ ...c });
  };
  for (const section of sections) for (const line of section.lines) note(line.citation);
  for (const quote of quotes) note(quote.citation);
  const reply: Reply = {
    title: draft.title,
    ...(draft.description ? { description: draft.description } : {}),
    fields: draft.fields ?? [],
    sections,
    quotes,
    citations,
    choices: draft.choices ?? [],
    ...(draft.more ? { more: draft.more } : {}),
    ephemeral: draft.ephemeral ?? false,
    fallback: '',
    tone: draft.tone ?? 'info',
  };
  reply.fallback = replyToPlainText(reply);
  return reply;
}

/** A user mistake or refusal as a reply: shown only to the asker. */
export function errorReply(message: string, choices: ReplyChoice[] = []): Reply {
  return buildReply({ title: message, choices, ephemeral: true, tone: 'error' });
}

/** The one text every front end shows when something unexpected failed; the details go to the log. */
export const FAILURE_TEXT = 'Sorry, something went wrong while answering that. It has been logged; please try again in a moment.';

/** The reply for an unexpected failure (never a stack trace, never details). */
export function failureReply(): Reply {
  return buildReply({ title: FAILURE_TEXT, ephemeral: true, tone: 'error' });
}

/**
 * A choice that runs `command` with `args` (empty values left out).
 * @example commandChoice('Kim Jong Un', 'who', { name: 'Kim Jong Un' })
 */
export function commandChoice(
  label: string,
  command: string,
  args: Record<string, string | undefined>,
  extra: Pick<ReplyChoice, 'subcommand' | 'page' | 'description'> = {},
): ReplyChoice {
  const defined = Object.fromEntries(Object.entries(args).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
  const description = extra.description?.trim();
  return {
    label,
    command,
    ...(extra.subcommand ? { subcommand: extra.subcommand } : {}),
    args: defined,
    ...(extra.page !== undefined ? { page: extra.page } : {}),
    ...(description ? { description } : {}),
  };
}
