/**
 * Makes model output unable to ping anyone on Slack or Discord, whatever an article or a prompt
 * injection got the model to write. Renderers escape too; this is the LLM's own last line.
 */

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Breaks @everyone, @here, @channel and bracketed mentions (<@U1>, <@!1>, <@&1>, <#C1>, <!channel>,
 * <!subteam^S1>) with a zero-width space, keeping the words readable. Also drops control characters.
 * @example neutraliseMentions('hi @everyone') // 'hi @\u200Beveryone'
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/<([@#!])([^<>]*)>/g, (_match, sigil: string, rest: string) => `${sigil}${ZERO_WIDTH_SPACE}${rest}`)
    .replace(/[@＠]\s*(everyone|here|channel|all)\b/gi, (_match, word: string) => `@${ZERO_WIDTH_SPACE}${word}`);
}
