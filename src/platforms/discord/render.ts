/**
 * Renders a neutral Reply as Discord embeds, one embed per page, every page within Discord's
 * limits (title 256, description 4096, 25 fields, 1024 per field, 6000 characters per message).
 * A long reply becomes several pages; nothing is rejected and nothing is cut without a mark.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Reply } from '../../briefing/reply.js';
import { DISCORD_LIMITS } from './limits.js';
import { fitText, markdownLine, markdownText } from './discord-text.js';
import { CitationNumbers, replyBodyFields, sourcesField } from './reply-fields.js';

const TONE_COLOURS: Record<Reply['tone'], number> = {
  info: 0x2b6cb0,
  notice: 0xd69e2e,
  error: 0xc53030,
};

/** Room kept for the footer on every page: "Page 12 of 34", and a digest's " · ref " and 16 hex characters. */
const FOOTER_RESERVE = 40;

/** Characters Discord counts for one field. */
const fieldChars = (field: APIEmbedField): number => field.name.length + field.value.length;

/** Characters Discord counts towards the 6000 limit for one embed. */
export function embedChars(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + fieldChars(f), 0)
  );
}

/**
 * Renders the reply as pages; each page is the embed list of one message (one embed each).
 * @example renderReplyPages(reply).length // 1 for a short answer
 */
export function renderReplyPages(reply: Reply): APIEmbed[][] {
  const numbers = new CitationNumbers(reply.citations);
  const title = fitText(reply.title.trim() || 'Briefing', DISCORD_LIMITS.embedTitle, markdownLine);
  const description = reply.description?.trim() ? fitText(reply.description, DISCORD_LIMITS.embedDescription, markdownText) : undefined;
  const body = replyBodyFields(reply, numbers);
  const sources = sourcesField(reply.citations, numbers);

  const fixedChars = (first: boolean) => title.length + (first ? (description?.length ?? 0) : 0) + FOOTER_RESERVE + (sources ? fieldChars(sources) : 0);
  const fieldRoom = DISCORD_LIMITS.fieldsPerEmbed - (sources ? 1 : 0);

  const pages: APIEmbedField[][] = [[]];
  let used = 0;
  for (const field of body) {
    const page = pages[pages.length - 1]!;
    const room = DISCORD_LIMITS.embedCharsPerMessage - fixedChars(pages.length === 1);
    if (page.length > 0 && (page.length >= fieldRoom || used + fieldChars(field) > room)) {
      pages.push([field]);
      used = fieldChars(field);
    } else if (page.length === 0 && fieldChars(field) > room) {
      // Only the first page can be this full (a very long description): start the body on page 2.
      pages.push([field]);
      used = fieldChars(field);
    } else {
      page.push(field);
      used += fieldChars(field);
    }
  }
  if (pages.length > 1 && pages[0]!.length === 0 && !description) pages.shift();

  return pages.map((fields, i) => {
    const embed: APIEmbed = { title, color: TONE_COLOURS[reply.tone] };
    if (i === 0 && description) embed.description = description;
    const all = sources ? [...fields, sources] : fields;
    if (all.length > 0) embed.fields = all;
    if (pages.length > 1) embed.footer = { text: `Page ${i + 1} of ${pages.length}` };
    return [embed];
  });
}
