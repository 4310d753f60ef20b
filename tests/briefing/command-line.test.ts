import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { briefingCommands } from '../../commands/index.js';
import { formatCommandLine, parseCommandLine, parseCommandText, tokenize } from '../../src/briefing/command-line.js';
import { digestCommand } from '../../commands/digest.js';

const origin = { user: { id: 'u', name: 'u' }, channel: { id: 'c' }, platform: 'console' };

describe('parsing a typed command line', () => {
  it('reads the command with or without a slash and gives the rest to its text option', () => {
    expect(parseCommandLine('/who Kim Jong Un', briefingCommands, origin)).toMatchObject({ command: 'who', args: { name: 'Kim Jong Un' } });
    expect(parseCommandLine('  WHO   Ushakov ', briefingCommands, origin)).toMatchObject({ command: 'who', args: { name: 'Ushakov' } });
  });

  it('reads a digest subcommand and tells its time, zone and filter apart by shape', () => {
    expect(parseCommandLine('/digest subscribe 07:30 Europe/London', briefingCommands, origin)).toMatchObject({
      command: 'digest',
      subcommand: 'subscribe',
      args: { time: '07:30', timezone: 'Europe/London' },
    });
    expect(parseCommandText(digestCommand, 'Subscribe 7:30 pm harbour strike')).toEqual({
      subcommand: 'subscribe',
      args: { time: '7:30pm', filter: 'harbour strike' },
    });
    expect(parseCommandText(digestCommand, 'subscribe Asia/Tokyo')).toEqual({ subcommand: 'subscribe', args: { timezone: 'Asia/Tokyo' } });
    expect(parseCommandText(digestCommand, 'LIST')).toEqual({ subcommand: 'list', args: {} });
  });

  it('gives /digest without a subcommand its own option: the briefing about an actor or topic', () => {
    expect(parseCommandLine('/digest Jane Smith', briefingCommands, origin)).toMatchObject({ command: 'digest', args: { about: 'Jane Smith' } });
    expect(parseCommandLine('/digest', briefingCommands, origin)?.args).toEqual({});
  });

  it('accepts name:value and quoted words', () => {
    expect(parseCommandText(digestCommand, 'subscribe filter:"Jane Q Smith" timezone:Asia/Tokyo')).toEqual({
      subcommand: 'subscribe',
      args: { filter: 'Jane Q Smith', timezone: 'Asia/Tokyo' },
    });
    expect(tokenize('a \u201cb c\u201d d')).toEqual(['a', 'b c', 'd']);
  });

  it('returns null for an empty line and passes unknown commands through for the service to answer', () => {
    expect(parseCommandLine('   ', briefingCommands, origin)).toBeNull();
    expect(parseCommandLine('/frobnicate now', briefingCommands, origin)).toMatchObject({ command: 'frobnicate', args: {} });
  });
});

describe('writing a choice as the line that runs it', () => {
  it('writes one argument as it is and several as name:value', () => {
    expect(formatCommandLine({ command: 'who', args: { name: 'Kim Jong Un' } })).toBe('/who Kim Jong Un');
    expect(formatCommandLine({ command: 'digest', subcommand: 'subscribe', args: { time: '07:30', filter: 'Jane Q Smith' } })).toBe(
      '/digest subscribe time:07:30 filter:"Jane Q Smith"',
    );
  });

  it('is read back to the same request for any subscribe arguments', () => {
    const word = fc
      .stringMatching(/^[A-Za-z][A-Za-z' -]{0,20}$/)
      .map((s) => s.trim().replace(/\s+/g, ' '))
      .filter((s) => s !== '');
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom('07:30', '19:05', '7:30pm'), { nil: undefined }),
        fc.option(fc.constantFrom('Europe/London', 'Asia/Tokyo', 'UTC'), { nil: undefined }),
        fc.option(word, { nil: undefined }),
        (time, timezone, filter) => {
          const args = Object.fromEntries(Object.entries({ time, timezone, filter }).filter(([, v]) => v !== undefined)) as Record<string, string>;
          const line = formatCommandLine({ command: 'digest', subcommand: 'subscribe', args });
          expect(parseCommandLine(line, briefingCommands, origin)).toMatchObject({ command: 'digest', subcommand: 'subscribe', args });
        },
      ),
      { numRuns: 200 },
    );
  });
});
