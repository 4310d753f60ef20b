import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Harness } from './bot-harness.js';
import { messageProblems } from './fake-discord/payload-limits.js';
import { createFixtureService } from './fixtures/fixture-service.js';

const buttonsOf = (message: { components: any[] }) => message.components.flatMap((row) => row.components);

describe('replies longer than one Discord message', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startBot(createFixtureService());
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('shows the first page with Previous/Next buttons, and Next shows page 2 in the same message', async () => {
    const command = h.fake.sendCommand('quote', { query: 'Putin' });
    const [message] = await h.fake.answered(command);
    const footer = message!.embeds[0]!.footer.text as string;
    const pageCount = Number(/^Page 1 of (\d+)$/.exec(footer)![1]);
    expect(pageCount).toBeGreaterThan(1);
    expect(message!.embeds[0]!.fields[0].value).toContain('Quote number 1:');
    const [previous, next] = buttonsOf(message!);
    expect(previous).toMatchObject({ label: '◀ Previous', disabled: true });
    expect(next).toMatchObject({ label: 'Next ▶', disabled: false });

    const click = h.fake.clickButton(message!, next.custom_id, { userId: '900000000000000002' });
    await h.fake.waitFor(() => click.callbacks[0], 'the button click to be answered');
    expect(click.callbacks[0]!.type).toBe(7); // update the message, not a new one
    expect(message!.embeds[0]!.footer.text).toBe(`Page 2 of ${pageCount}`);
    expect(JSON.stringify(message!.embeds)).not.toContain('Quote number 1:');
    expect(buttonsOf(message!)[0]).toMatchObject({ disabled: false });
  });

  it('reaches the last page, where Next is disabled, and every quote appears on some page', async () => {
    const [message] = await h.fake.answered(h.fake.sendCommand('quote'));
    const seen = new Set<string>();
    const collect = () => {
      for (const match of JSON.stringify(message!.embeds).matchAll(/Quote number (\d+):/g)) seen.add(match[1]!);
    };
    collect();
    for (let guard = 0; guard < 50 && !buttonsOf(message!)[1].disabled; guard++) {
      const before = message!.embeds[0]!.footer.text;
      h.fake.clickButton(message!, buttonsOf(message!)[1].custom_id);
      await h.fake.waitFor(() => message!.embeds[0]!.footer.text !== before, 'the next page');
      collect();
    }
    expect(buttonsOf(message!)[1].disabled).toBe(true);
    expect(seen.size).toBe(40);
  });

  it('never sends a message body Discord would refuse', () => {
    expect(h.fake.requests.filter((r) => r.status === 400)).toEqual([]);
    for (const { body } of h.fake.messageBodies) expect(messageProblems(body)).toEqual([]);
  });
});
