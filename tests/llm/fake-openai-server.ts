/**
 * A local OpenAI-compatible server for tests: POST /v1/chat/completions answers from a script of
 * responses (one per request, in order), so the real openai SDK can be driven through success,
 * rate limits, server errors, slow answers and malformed JSON.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the server received. */
export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: ChatBody;
}

/** The parts of a chat completion request the tests look at. */
export interface ChatBody {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  [key: string]: unknown;
}

/** One scripted answer. */
export type ScriptedResponse =
  /** A completion whose message content is `content` as JSON (or as given, when a string). */
  | { content: unknown; rawContent?: never; usage?: number; delayMs?: number }
  /** A completion whose content is this exact text, e.g. malformed JSON. */
  | { rawContent: string; content?: never; usage?: number; delayMs?: number }
  /** An HTTP error. */
  | { status: number; headers?: Record<string, string>; error?: string; delayMs?: number }
  /** Computed from the request, e.g. a model that obeys what it sees outside the fences. */
  | ((request: RecordedRequest) => ScriptedResponse);

/** A running fake server. */
export interface FakeOpenAiServer {
  /** Base URL for the SDK, ending in /v1. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queues responses for the next requests. */
  script(...responses: ScriptedResponse[]): void;
  /** Forgets queued responses and recorded requests, between tests. */
  reset(): void;
  close(): Promise<void>;
}

/** Starts the fake on 127.0.0.1 on a free port. */
export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const queue: ScriptedResponse[] = [];
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      const recorded: RecordedRequest = {
        path: req.url,
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatBody,
      };
      requests.push(recorded);
      let step = queue.shift() ?? { status: 500, error: 'no scripted response left' };
      while (typeof step === 'function') step = step(recorded);
      const answer = step;
      const send = (): void => {
        if (res.destroyed) return;
        if ('status' in answer) {
          res
            .writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
            .end(JSON.stringify({ error: { message: answer.error ?? `status ${answer.status}`, type: 'server_error' } }));
          return;
        }
        const content = answer.rawContent ?? JSON.stringify(answer.content);
        const total = answer.usage ?? 100;
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: `chatcmpl-${requests.length}`,
            object: 'chat.completion',
            created: 1_700_000_000,
            model: recorded.body.model,
            choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
            usage: { prompt_tokens: Math.floor(total * 0.8), completion_tokens: total - Math.floor(total * 0.8), total_tokens: total },
          }),
        );
      };
      if (answer.delayMs) {
        const timer = setTimeout(send, answer.delayMs);
        res.on('close', () => clearTimeout(timer));
      } else {
        send();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...responses) => queue.push(...responses),
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
