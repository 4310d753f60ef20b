import { describe, expect, it } from 'vitest';
import { briefingCommands } from '../../commands/index.js';
import { parseCommandLine } from '../../src/briefing/command-line.js';

const origin = { user: { id: 'u', name: 'u' }, channel: { id: 'c' }, platform: 'console' as const };

describe('parsing a typed command line', () => {
  it('reads the command with or without a slash and gives the rest to its text option', () => {
    expect(parseCommandLine('/who Kim Jong Un', briefingCommands, origin)).toMatchObject({ command: 'who', args: { name: 'Kim Jong Un' } });
    expect(parseCommandLine('  WHO   Ushakov ', briefingCommands, origin)).toMatchObject({ command: 'who', args: { name: 'Ushakov' } });
  });

  it('takes a digest action word first and leaves the rest as text', () => {
    expect(parseCommandLine('/digest subscribe 07:30 Europe/London', briefingCommands, origin)?.args).toEqual({
      action: 'subscribe',
      text: '07:30 Europe/London',
    });
    expect(parseCommandLine('/digest Putin', briefingCommands, origin)?.args).toEqual({ text: 'Putin' });
    expect(parseCommandLine('/digest', briefingCommands, origin)?.args).toEqual({});
  });

  it('returns null for an empty line and passes unknown commands through for the service to answer', () => {
    expect(parseCommandLine('   ', briefingCommands, origin)).toBeNull();
    expect(parseCommandLine('/frobnicate now', briefingCommands, origin)).toMatchObject({ command: 'frobnicate', args: {} });
  });
});
