/**
 * Renders the neutral Reply as Slack Block Kit messages with a plain-text fallback. Pure: the same
 * reply always gives the same pages, which is what lets buttons re-run a command instead of storing
 * state. Long replies become several pages, each within Slack's limits.
 */
import type { types } from '@slack/bolt';
import type { Reply, ReplyQuote } from '../../briefing/reply.js';
import { fitText } from '../../briefing/fit-text.js';
import { viaPhrase } from '../../briefing/provenance.js';
import { mrkdwnSafe, plainSafe } from './escape-slack-text.js';
import { formatArticle, formatLineSource } from './format-citation.js';
import {
  CONTEXT_ELEMENT_MAX,
  CONTEXT_ELEMENTS_MAX,
  FALLBACK_TEXT_MAX,
  HEADER_TEXT_MAX,
  MESSAGE_BLOCK_TEXT_BUDGET,
  MESSAGE_BLOCKS_MAX,
  PAGE_RESERVED_BLOCKS,
  PAGE_RESERVED_TEXT,
  SECTION_FIELD_MAX,
  SECTION_FIELDS_MAX,
  SECTION_TEXT_MAX,
} from './limits.js';
import { blockTextLength } from './block-text-length.js';

/** One Slack message: blocks plus the `text` fallback shown in notifications and by old clients. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** A block and whether it must stay on the same page as the block after it (a heading). */
interface Unit {
  block: types.KnownBlock;
  chars: number;
  keepWithNext?: boolean;
}

const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });

const section = (text: string, keepWithNext = false): Unit => {
  const block: types.SectionBlock = { type: 'section', text: mrkdwn(text) };
  return { block, chars: text.length, keepWithNext };
};

/** Splits escaped text into pieces of at most `max` characters, at line or word boundaries. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('\n');
    if (cut < max * 0.5) cut = window.lastIndexOf(' ');
    if (cut < max * 0.5) {
      // One very long word: cut hard, but never inside an entity such as &amp;
      cut = max;
      const amp = window.lastIndexOf('&');
      if (amp > max - 6 && !window.slice(amp).includes(';')) cut = amp;
    }
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[ \n]+/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Text on one line: newlines inside inline fragments would break bold or italic. */
const inline = (text: string): string => mrkdwnSafe(text.replace(/(?<!\s)[^\S\n]*\n\s*/g, ' ').trim());

/** A titled list of lines as sections of at most SECTION_TEXT_MAX characters each. */
function titledLines(title: string, lines: string[]): Unit[] {
  const units: Unit[] = [];
  let current = `*${inline(title)}*`;
  for (const line of lines) {
    for (const piece of splitText(line, SECTION_TEXT_MAX - 2)) {
      if (current.length + 1 + piece.length > SECTION_TEXT_MAX) {
        units.push(section(current));
        current = piece;
      } else {
        current = current ? `${current}\n${piece}` : piece;
      }
    }
  }
  if (current) units.push(section(current));
  return units;
}

function quoteUnits(quote: ReplyQuote): Unit[] {
  const via = viaPhrase(quote.via ?? []);
  const who = [quote.speaker, quote.speakerRole, via]
    .filter(Boolean)
    .map((s) => inline(s!))
    .join(', ');
  const parts = [`*\u201c${inline(quote.text)}\u201d*`];
  if (who) parts.push(`\u2014 ${who}`);
  for (const note of quote.notes ?? []) parts.push(`\u21b3 _${inline(note)}_`);
  if (quote.context.trim()) parts.push(mrkdwnSafe(quote.context.trim()));
  parts.push(`_${inline(formatLineSource(quote.citation))}_`);
  return splitText(parts.join('\n'), SECTION_TEXT_MAX).map((piece) => section(piece));
}

function fieldUnits(reply: Reply): Unit[] {
  const units: Unit[] = [];
  let group: types.MrkdwnElement[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const block: types.SectionBlock = { type: 'section', fields: group };
    units.push({ block, chars: group.reduce((n, f) => n + f.text.length, 0) });
    group = [];
  };
  for (const field of reply.fields) {
    const text = `*${inline(field.name)}*\n${mrkdwnSafe(field.value)}`;
    if (text.length > SECTION_FIELD_MAX) {
      flush();
      units.push(...titledLines(field.name, [mrkdwnSafe(field.value)]));
      continue;
    }
    group.push(mrkdwn(text));
    if (group.length === SECTION_FIELDS_MAX) flush();
  }
  flush();
  return units;
}

function sourceUnits(reply: Reply): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < reply.citations.length; i += CONTEXT_ELEMENTS_MAX) {
    const elements = reply.citations.slice(i, i + CONTEXT_ELEMENTS_MAX).map((c) => mrkdwn(fitText(`Source: ${formatArticle(c)}`, CONTEXT_ELEMENT_MAX, inline)));
    const block: types.ContextBlock = { type: 'context', elements };
    units.push({ block, chars: elements.reduce((n, e) => n + e.text.length, 0) });
  }
  return units;
}

// Room kept in the header for a page mark such as " (12/30)".
const PAGE_MARK_ROOM = 10;

const cleanTitle = (reply: Reply): string => reply.title.replace(/\s+/g, ' ').trim() || 'Briefing';

/** Every block of the reply's body, in reading order, before paging. */
function bodyUnits(reply: Reply): Unit[] {
  const units: Unit[] = [];
  // A title too long for the header (an error message, say) is shown in full under it.
  if (plainSafe(cleanTitle(reply)).length > HEADER_TEXT_MAX - PAGE_MARK_ROOM - 3) {
    units.push(...splitText(mrkdwnSafe(cleanTitle(reply)), SECTION_TEXT_MAX).map((t) => section(t)));
  }
  if (reply.description?.trim()) {
    units.push(...splitText(mrkdwnSafe(reply.description.trim()), SECTION_TEXT_MAX).map((t) => section(t)));
  }
  units.push(...fieldUnits(reply));
  for (const s of reply.sections) {
    const lines = s.lines.flatMap((line) => {
      const source = line.citation ? ` _(${inline(formatLineSource(line.citation))})_` : '';
      return [`\u2022 ${inline(line.text)}${source}`, ...(line.notes ?? []).map((note) => `\u2003\u21b3 _${inline(note)}_`)];
    });
    units.push(...titledLines(s.title, lines));
  }
  if (reply.quotes.length > 0) {
    units.push(section('*Quotes*', true));
    for (const quote of reply.quotes) units.push(...quoteUnits(quote));
  }
  if (reply.choices.length > 0) {
    const lines = reply.choices.map((c) => `\u2022 ${inline(c.label)}${c.description ? ` \u2014 ${inline(c.description)}` : ''}`);
    units.push(...titledLines('Choose one', lines));
  }
  units.push(...sourceUnits(reply));
  return units;
}

/** Groups units into pages within the block and text budgets, keeping headings with what follows. */
function paginate(units: Unit[]): Unit[][] {
  const maxBlocks = MESSAGE_BLOCKS_MAX - PAGE_RESERVED_BLOCKS;
  const maxChars = MESSAGE_BLOCK_TEXT_BUDGET - PAGE_RESERVED_TEXT;
  const pages: Unit[][] = [];
  let page: Unit[] = [];
  let chars = 0;
  for (const unit of units) {
    if (page.length > 0 && (page.length + 1 > maxBlocks || chars + unit.chars > maxChars)) {
      // Carry trailing headings over so a title never ends a page on its own.
      const carried: Unit[] = [];
      while (page.length > 1 && page[page.length - 1]!.keepWithNext) carried.unshift(page.pop()!);
      pages.push(page);
      page = carried;
      chars = carried.reduce((n, u) => n + u.chars, 0);
    }
    page.push(unit);
    chars += unit.chars;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

function headerBlock(reply: Reply, index: number, count: number): types.KnownBlock {
  const marker = reply.tone === 'error' ? '\u26a0\ufe0f ' : '';
  const pageMark = count > 1 ? ` (${index + 1}/${count})` : '';
  const text = `${fitText(marker + cleanTitle(reply), HEADER_TEXT_MAX - PAGE_MARK_ROOM, plainSafe)}${pageMark}`;
  return { type: 'header', text: { type: 'plain_text', text, emoji: true } };
}

function fallbackText(reply: Reply, index: number, count: number): string {
  if (index > 0) return fitText(`${reply.title} (${index + 1}/${count})`, FALLBACK_TEXT_MAX, plainSafe);
  const text = reply.fallback.trim() || reply.title;
  return fitText(text, FALLBACK_TEXT_MAX, plainSafe);
}

/**
 * Renders a reply as one or more Slack messages, each within Slack's limits and leaving room for
 * the buttons the interactive layer adds (see PAGE_RESERVED_BLOCKS).
 * @example const [first] = renderSlackReply(reply); await respond({ ...first, response_type: 'ephemeral' });
 */
export function renderSlackReply(reply: Reply): SlackMessage[] {
  const pages = paginate(bodyUnits(reply));
  return pages.map((units, index) => ({
    text: fallbackText(reply, index, pages.length),
    blocks: [headerBlock(reply, index, pages.length), ...units.map((u) => u.block)],
  }));
}

/** Characters of text in a message, blocks and fallback together (what Slack's size limit counts). */
export function messageTextLength(message: SlackMessage): number {
  return message.text.length + message.blocks.reduce((n, b) => n + blockTextLength(b), 0);
}
