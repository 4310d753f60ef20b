/**
 * The console's ChannelSender: scheduled digests subscribed to with `/digest subscribe` in the
 * console are printed in it when due (above the prompt), so the scheduler runs there as on chat.
 */
import type { Reply } from '../../briefing/reply.js';
import type { ChannelSender } from '../channel-sender.js';
import { renderText } from './render.js';

/** The channel id every console command and subscription uses. */
export const CONSOLE_CHANNEL = 'console';

/**
 * A sender printing each reply through `print`, wrapped to `width()` columns.
 * @example createConsoleSender((text) => printer.print(text), () => 80)
 */
export function createConsoleSender(print: (text: string) => void, width: () => number): ChannelSender {
  let sent = 0;
  return {
    platform: 'console',
    async send(_channelId: string, reply: Reply) {
      sent += 1;
      print(`\n${renderText(reply, { width: width() })}`);
      return { messageId: `console-${Date.now()}-${sent}` };
    },
  };
}
