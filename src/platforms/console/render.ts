/**
 * Renders a neutral Reply as readable terminal text: the title underlined, sections with bullets,
 * quotes with speaker and context, numbered choices and the cited articles, wrapped to the terminal
 * width. Control characters (terminal escape sequences included) never reach the screen.
 */
import type { Reply } from '../../briefing/reply.js';
import { replyToBlocks } from '../../briefing/plain-text.js';
import { stripControl } from '../../briefing/text.js';
import { wrapText } from './wrap.js';

/** How to render. */
export interface RenderTextOptions {
  /** Terminal columns (default 80; at least 30 is used). */
  width?: number;
}

/**
 * Renders a reply for the console.
 * @example process.stdout.write(renderText(reply, { width: process.stdout.columns }));
 */
export function renderText(reply: Reply, options: RenderTextOptions = {}): string {
  const width = Math.max(30, Math.min(options.width ?? 80, 120));
  const out: string[] = [];
  for (const block of replyToBlocks(reply)) {
    if (block.kind === 'blank') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    const text = stripControl(block.text).replace(/\[(\d+|\?) (¶\d+|caption)\]/g, '[$1\u00a0$2]');
    if (block.kind === 'title') {
      const lines = wrapText(reply.tone === 'error' ? `! ${text}` : text, width);
      out.push(...lines, '='.repeat(Math.min(width, Math.max(...lines.map((l) => l.length)))));
    } else if (block.kind === 'heading') {
      out.push(...wrapText(text, width), '-'.repeat(Math.min(width, text.length)));
    } else {
      out.push(...wrapText(text, width, block.indent, block.hang ?? block.indent));
    }
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
