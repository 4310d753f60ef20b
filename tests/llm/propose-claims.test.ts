import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';
import { llmFor, summit } from './fixtures.js';

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('the ingest pass proposing claims and roles', () => {
  it('keeps proposals found in their paragraph, marked as coming from the LLM', async () => {
    server.script({
      content: {
        claims: [
          { paragraph: 3, sourceText: 'Moscow and Pyongyang', text: 'have denied the accusations', kind: 'denial', cue: 'denied' },
          { paragraph: 2, sourceText: 'Ushakov', text: 'the agreement would not be directed against any other country', kind: 'assessment', cue: 'said' },
        ],
        roles: [{ actorId: 'a2', role: "Putin's foreign policy adviser", paragraph: 1 }],
      },
    });
    const outcome = await llmFor(server.baseUrl).proposeClaimsAndRoles(summit);

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.articleId).toBe('art-summit');
    expect(outcome.value.claims).toEqual([
      expect.objectContaining({
        source: 'llm',
        kind: 'denial',
        paragraph: 3,
        sourceText: 'Moscow and Pyongyang',
        text: 'have denied the accusations',
        cue: 'denied',
      }),
      expect.objectContaining({ source: 'llm', kind: 'assessment', sourceId: 'a2', paragraph: 2 }),
    ]);
    expect(outcome.value.roles).toEqual([{ actorId: 'a2', role: "Putin's foreign policy adviser", paragraph: 1, source: 'llm' }]);
    expect(outcome.value.dropped).toBe(0);
    const user = server.requests[0]!.body.messages[1]!.content;
    expect(user).toContain('a2: Yuri Ushakov (person)');
    expect(user).toContain('claim [3] The United States: North Korea of supplying missiles and munitions to Russia');
  });

  it('drops invented claims, wrong paragraphs, unknown actors, and skips what the rules already have', async () => {
    server.script({
      content: {
        claims: [
          { paragraph: 1, sourceText: 'Ushakov', text: 'Russia will send troops to Korea', kind: 'promise', cue: 'said' },
          { paragraph: 0, sourceText: 'The United States', text: 'have denied the accusations', kind: 'denial', cue: 'denied' },
          {
            paragraph: 3,
            sourceText: 'The United States',
            text: 'North Korea of supplying missiles and munitions to Russia',
            kind: 'accusation',
            cue: 'accused',
          },
          { paragraph: 3, sourceText: 'The European Union', text: 'have denied the accusations', kind: 'denial', cue: 'denied' },
        ],
        roles: [
          { actorId: 'a9', role: 'foreign policy adviser', paragraph: 1 },
          { actorId: 'a1', role: 'Supreme Commander', paragraph: 0 },
          { actorId: 'a1', role: 'Russian President', paragraph: 0 },
        ],
      },
    });
    const outcome = await llmFor(server.baseUrl).proposeClaimsAndRoles(summit);

    expect(outcome).toEqual({ ok: true, value: { articleId: 'art-summit', claims: [], roles: [], dropped: 5 } });
  });

  it('reports the problem when the model cannot be used', async () => {
    server.script({ status: 503 }, { status: 503 }, { status: 503 });
    const outcome = await llmFor(server.baseUrl).proposeClaimsAndRoles(summit);
    expect(outcome).toEqual({ ok: false, problem: 'the model server failed (HTTP 503)' });
  });
});
