/**
 * Checks in front of Bolt for what it lets through. Bolt refuses a signature older than five
 * minutes but not one dated in the future, so a request signed now for tomorrow could be replayed
 * all day: the receiver's request listener is wrapped to refuse (401) a timestamp more than five
 * minutes away either way, before Bolt reads the body. And Bolt hands a slash command without
 * `response_url`, or a button click without a team, to the listeners, where it ends as a TypeError
 * or a 500: App.processEvent is wrapped to refuse those (400) with one log line, before routing.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { defaultProcessEventErrorHandler, HTTPModuleFunctions, type App, type HTTPReceiver, type ReceiverEvent } from '@slack/bolt';
import type { ReceiverProcessEventErrorHandlerArgs, SocketModeReceiverProcessEventErrorHandlerArgs } from '@slack/bolt';
import type { Logger } from '../../logging.js';

/** How far a request's timestamp may be from this machine's clock, either way (Slack's own rule). */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

/** Where Slack POSTs in HTTP mode (Bolt's default endpoint). */
const EVENTS_PATH = '/slack/events';

/** A request refused before any listener saw it: the HTTP status and the one-line reason. */
export class SlackRequestRefused extends Error {
  constructor(
    readonly status: 400 | 401,
    message: string,
  ) {
    super(message);
    this.name = 'SlackRequestRefused';
  }
}

/** Why a request's x-slack-request-timestamp is refused, or null when it is within five minutes. */
export function timestampProblem(header: string | string[] | undefined, nowMs: number): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\d{1,12}$/.test(value.trim())) return 'no valid x-slack-request-timestamp header';
  const skew = Number(value) - Math.floor(nowMs / 1000);
  if (Math.abs(skew) <= TIMESTAMP_TOLERANCE_SECONDS) return null;
  return `x-slack-request-timestamp is ${skew > 0 ? 'ahead of' : 'behind'} this server's clock by more than five minutes`;
}

/** Why Bolt should not route this payload, or null when the listeners can answer it. */
export function payloadProblem(body: Record<string, unknown>): string | null {
  if (typeof body.command === 'string' && body.type === undefined) {
    if (typeof body.response_url !== 'string' || body.response_url === '') return 'This slash command has no response_url, so it cannot be answered.';
    return null;
  }
  if (body.type === 'block_actions') {
    const team = body.team as { id?: unknown } | null | undefined;
    const user = body.user as { id?: unknown } | null | undefined;
    if (typeof team?.id !== 'string') return 'This block_actions payload names no team, so it cannot be answered.';
    if (typeof user?.id !== 'string') return 'This block_actions payload names no user, so it cannot be answered.';
    // A click in a view (the App Home tab, a modal) is answered by updating the view, not a response_url.
    const inView = body.view !== undefined && body.view !== null;
    if (!inView && (typeof body.response_url !== 'string' || body.response_url === ''))
      return 'This block_actions payload has no response_url, so it cannot be answered.';
  }
  return null;
}

/** Refuses requests dated more than five minutes from now, in front of the receiver's own listener. */
export function guardRequestTimestamps(receiver: HTTPReceiver, logger: Logger, now: () => number = Date.now): void {
  const boltListener: RequestListener = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'POST' && path === EVENTS_PATH) {
      const problem = timestampProblem(req.headers['x-slack-request-timestamp'], now());
      if (problem !== null) {
        logger.warn({ status: 401, problem }, 'slack request refused');
        req.resume();
        res.writeHead(401).end();
        return;
      }
    }
    boltListener(req, res);
  };
}

/** Refuses payloads the listeners cannot answer, before Bolt routes them (see payloadProblem). */
export function guardPayloads(app: App): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent) => {
    const problem = payloadProblem(event.body as Record<string, unknown>);
    if (problem !== null) throw new SlackRequestRefused(400, problem);
    await processEvent(event);
  };
}

/** HTTP mode: a refused payload becomes its status and one line; anything else goes to Bolt's handler. */
export function httpRefusalHandler(logger: Logger) {
  return async (args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
    const { error, response } = args;
    if (!(error instanceof SlackRequestRefused)) return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
    logger.warn({ status: error.status, problem: error.message }, 'slack request refused');
    if (!response.headersSent) response.writeHead(error.status, { 'content-type': 'text/plain; charset=utf-8' }).end(error.message);
    return false;
  };
}

/** Socket Mode: a refused payload is logged once and acknowledged, so Slack does not retry it. */
export function socketRefusalHandler(logger: Logger) {
  return async (args: SocketModeReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
    if (!(args.error instanceof SlackRequestRefused)) return defaultProcessEventErrorHandler(args);
    logger.warn({ status: args.error.status, problem: args.error.message }, 'slack request refused');
    return true;
  };
}
