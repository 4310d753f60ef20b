import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/briefing/command.js';
import { parseCommandText } from '../../src/briefing/command-line.js';
import { digestCommand } from '../../commands/digest.js';
import { parseTime, subscribeArguments } from '../../src/schedule/subscribe-arguments.js';

/** `/digest subscribe TEXT` as a typed line reaches the subscription service. */
const parseSubscribeArguments = (text: string) => subscribeArguments(parseCommandText(digestCommand, `subscribe ${text}`).args);

describe('subscribe arguments', () => {
  it('accepts 7:30, 07:30, 7:30am, 7:30 pm and 19:30', () => {
    expect(['7:30', '07:30', '7:30am', '7:30 pm', '19:30', '12:00am', '7pm'].map(parseTime)).toEqual([
      '07:30',
      '07:30',
      '07:30',
      '19:30',
      '19:30',
      '00:00',
      '19:00',
    ]);
  });

  it.each(['25:00', '7.30pm', '13:30pm', '7:60', 'seven'])('refuses %s naming the accepted forms', (text) => {
    expect(() => parseTime(text)).toThrow(UserError);
    expect(() => parseTime(text)).toThrow(/7:30, 07:30, 7:30am/);
  });

  it('reads a typed time, zone and filter in order, each optional', () => {
    expect(parseSubscribeArguments('7:30am Asia/Tokyo trade talks')).toEqual({ time: '07:30', timezone: 'Asia/Tokyo', filter: 'trade talks' });
    expect(parseSubscribeArguments('America/New_York')).toEqual({ timezone: 'America/New_York' });
    expect(parseSubscribeArguments('')).toEqual({});
    expect(parseSubscribeArguments('19:30 sanctions')).toEqual({ time: '19:30', filter: 'sanctions' });
    expect(parseSubscribeArguments('7:30 pm filter:"grain exports"')).toEqual({ time: '19:30', filter: 'grain exports' });
  });

  it('refuses an unknown zone with examples of the accepted form', () => {
    expect(() => parseSubscribeArguments('07:30 Mars/Olympus')).toThrow(/IANA name such as Europe\/London/);
  });

  it('refuses a bad time in first place instead of taking it as a filter', () => {
    expect(() => parseSubscribeArguments('25:00 Europe/London')).toThrow(UserError);
  });
});
