/**
 * Requests as Slack sends them to an app in HTTP mode: form-encoded bodies signed with the signing
 * secret (`v0=` + HMAC-SHA256 of `v0:timestamp:body`), slash commands and button clicks.
 */
import { createHmac, randomUUID } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret';

/** The two signature headers for a body. */
export function signatureHeaders(body: string, options: { secret?: string; timestamp?: number } = {}): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', options.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}

/** A slash command's fields, as Slack posts them. */
export function slashCommandFields(command: string, text: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T0001',
    team_domain: 'fake',
    channel_id: 'C0001',
    channel_name: 'news',
    user_id: 'U0001',
    user_name: 'alice',
    command,
    text,
    api_app_id: 'A0001',
    is_enterprise_install: 'false',
    response_url: 'http://127.0.0.1:9/unused',
    trigger_id: randomUUID(),
    ...overrides,
  };
}

/** A block_actions payload for a button click on a message the app posted. */
export function buttonClickPayload(options: {
  actionId: string;
  value: string;
  responseUrl: string;
  channelId?: string;
  userId?: string;
}): Record<string, unknown> {
  const channelId = options.channelId ?? 'C0001';
  return {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'fake' },
    user: { id: options.userId ?? 'U0001', username: 'alice', name: 'alice', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1718700000.000100', channel_id: channelId, is_ephemeral: true },
    trigger_id: randomUUID(),
    channel: { id: channelId, name: 'news' },
    response_url: options.responseUrl,
    actions: [
      {
        action_id: options.actionId,
        block_id: 'brief_controls',
        text: { type: 'plain_text', text: 'button' },
        value: options.value,
        type: 'button',
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

/** POSTs a form-encoded, signed request to the app; returns the HTTP status and body. */
export async function postSigned(
  url: string,
  form: Record<string, string>,
  options: { secret?: string; timestamp?: number; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  const body = new URLSearchParams(form).toString();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...signatureHeaders(body, options),
      ...options.headers,
    },
    body,
  });
  return { status: response.status, body: await response.text() };
}

/** POSTs a JSON body (the Events API), signed; returns the HTTP status and body. */
export async function postSignedJson(
  url: string,
  json: unknown,
  options: { secret?: string; timestamp?: number } = {},
): Promise<{ status: number; body: string }> {
  const body = JSON.stringify(json);
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signatureHeaders(body, options) }, body });
  return { status: response.status, body: await response.text() };
}

/** An app_home_opened event callback, as the Events API delivers it. */
export function homeOpenedEvent(options: { userId?: string; teamId?: string } = {}) {
  const teamId = options.teamId ?? 'T0001';
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: `Ev${randomUUID().replace(/-/g, '').slice(0, 10)}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'app_home_opened', user: options.userId ?? 'U0001', channel: 'D0001', tab: 'home', event_ts: `${Date.now() / 1000}` },
    authorizations: [{ team_id: teamId, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  };
}

/** Who sends an interaction payload from a view, and from which workspace. */
function fromView(type: string, teamId: string, userId: string) {
  return {
    type,
    team: { id: teamId, domain: 'fake' },
    user: { id: userId, username: 'alice', name: 'alice', team_id: teamId },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
  };
}

/** A click on a button of a view (the App Home tab): no response_url, the view instead. */
export function viewButtonPayload(options: { actionId: string; value: string; userId?: string; teamId?: string }) {
  const teamId = options.teamId ?? 'T0001';
  return {
    ...fromView('block_actions', teamId, options.userId ?? 'U0001'),
    container: { type: 'view', view_id: 'VHOME' },
    trigger_id: `trigger-${randomUUID()}`,
    view: { id: 'VHOME', type: 'home', team_id: teamId },
    actions: [{ action_id: options.actionId, block_id: 'b', value: options.value, type: 'button', action_ts: `${Date.now() / 1000}` }],
  };
}

/** A view_submission of a modal with the given state values and metadata. */
export function viewSubmissionPayload(options: {
  callbackId: string;
  privateMetadata: string;
  values: Record<string, Record<string, unknown>>;
  userId?: string;
  teamId?: string;
}) {
  const teamId = options.teamId ?? 'T0001';
  return {
    ...fromView('view_submission', teamId, options.userId ?? 'U0001'),
    trigger_id: `trigger-${randomUUID()}`,
    view: {
      id: 'VMODAL',
      type: 'modal',
      team_id: teamId,
      callback_id: options.callbackId,
      private_metadata: options.privateMetadata,
      state: { values: options.values },
    },
  };
}

/** A block_suggestion (an external select asking for options as the user types). */
export function blockSuggestionPayload(options: { actionId: string; value: string; teamId?: string }) {
  const teamId = options.teamId ?? 'T0001';
  return {
    ...fromView('block_suggestion', teamId, 'U0001'),
    action_id: options.actionId,
    block_id: options.actionId,
    value: options.value,
    view: { id: 'VMODAL', type: 'modal', team_id: teamId, callback_id: 'brief_subscribe' },
  };
}
