/**
 * Makes model output unable to ping anyone on Slack or Discord, whatever an article or a prompt
 * injection got the model to write. Renderers escape too; this is the LLM layer's own last line.
 * It uses plain characters only (no zero-width space), so later cleaning of invisible characters
 * cannot undo it.
 */

/**
 * Drops the angle brackets of bracketed mentions (<@U1>, <@!1>, <@&1>, <#C1>, <!channel>,
 * <!subteam^S1>) and puts a space after the @ of @everyone, @here, @channel and @all, keeping the
 * words readable. Also drops control characters.
 * @example neutraliseMentions('hi @everyone <!here>') // 'hi @ everyone !here'
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/<([@#!][^<>]*)>/g, '$1')
    .replace(/[@＠]\s*(everyone|here|channel|all)\b/gi, '@ $1');
}
