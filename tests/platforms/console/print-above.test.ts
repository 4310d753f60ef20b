import { describe, expect, it } from 'vitest';
import { createInterface } from 'node:readline';
import { PassThrough, Writable } from 'node:stream';
import { createLinePrinter } from '../../../src/platforms/console/print-above.js';

/** A terminal-like pair of streams: what readline reads, and everything it and the printer write. */
function fakeTerminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
  let written = '';
  const output = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        written += chunk.toString();
        done();
      },
    }),
    { isTTY: true, columns: 80, rows: 24 },
  );
  return { input, output, written: () => written };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('printing above the prompt', () => {
  it('prints a log line above a half-typed command and draws the prompt and the typed text again', async () => {
    const term = fakeTerminal();
    const rl = createInterface({ input: term.input, output: term.output, terminal: true });
    rl.setPrompt('briefing> ');
    rl.prompt();
    const printer = createLinePrinter(rl, term.output, true);
    printer.setPrompting(true);
    term.input.write('/who Ka');
    await settle();
    const before = term.written().length;
    printer.print('[07:30:00] WARN: feed not reachable');
    const after = term.written().slice(before);
    // Erased the prompt row, printed the line, then the prompt with what was being typed.
    expect(after).toMatch(/^(\x1b\[[0-9;]*[A-Za-z])+\[07:30:00\] WARN: feed not reachable\n/);
    expect(after.slice(after.indexOf('\n'))).toContain('briefing> /who Ka');
    expect(rl.line).toBe('/who Ka');
    const line = new Promise<string>((resolve) => rl.once('line', resolve));
    term.input.write('rin\r');
    expect(await line).toBe('/who Karin');
    rl.close();
  });

  it('prints straight away while a command is being answered (no prompt to keep)', () => {
    const term = fakeTerminal();
    const rl = createInterface({ input: term.input, output: term.output, terminal: true });
    const printer = createLinePrinter(rl, term.output, true);
    printer.setPrompting(false);
    const before = term.written().length;
    printer.print('a digest');
    expect(term.written().slice(before)).toBe('a digest\n');
    rl.close();
  });
});
