/**
 * A small BriefingService for the Slack tests: real command definitions shaped like the core's
 * (/who, /quote, /digest with an action word, /help) and hand-written replies, so the adapter can be
 * tested before and independently of the real corpus. It records every input it is given.
 */
import type { Command, CommandInput } from '../../../src/briefing/command.js';
import type { Citation, Reply } from '../../../src/briefing/reply.js';
import type { BriefingService } from '../../../src/briefing/service.js';
import { emptyReply } from '../../fixtures/reply.js';

export const ARTICLE: Citation = {
  articleId: 'putin-north-korea',
  headline: 'Putin vows to support North Korea against the United States',
  paragraph: 0,
  publishedAt: '2024-06-18',
  agency: 'Reuters',
};

const at = (paragraph: number): Citation => ({ ...ARTICLE, paragraph });

const empty = (): Omit<Reply, 'title' | 'fallback'> => emptyReply();

function ushakov(): Reply {
  return {
    ...empty(),
    title: 'Yuri Ushakov',
    description: "Person. Putin's foreign policy adviser.",
    fields: [
      { name: 'Roles', value: "Putin's foreign policy adviser" },
      { name: 'Mentions', value: '3 in 1 article' },
    ],
    sections: [
      {
        title: 'What he said',
        lines: [
          { text: 'Russia and North Korea may sign a partnership agreement that would include security issues.', citation: at(17) },
          { text: 'The agreement would not be directed against any other country.', citation: at(17) },
          { text: 'Interfax quoted him on the programme of the visit.', citation: at(18) },
        ],
      },
    ],
    quotes: [
      {
        text: 'outline prospects for further cooperation',
        speaker: 'Yuri Ushakov',
        speakerRole: "Putin's foreign policy adviser",
        context: 'The leaders would outline prospects for further cooperation, Ushakov said.',
        citation: at(17),
      },
    ],
    citations: [ARTICLE],
    fallback: "Yuri Ushakov, Putin's foreign policy adviser.",
  };
}

function kimChoices(): Reply {
  return {
    ...empty(),
    title: 'Several people match "Kim"',
    tone: 'notice',
    choices: [
      { label: 'Kim Jong Un', command: 'who', args: { name: 'Kim Jong Un' }, description: 'North Korean leader' },
      { label: 'Kim Il Sung', command: 'who', args: { name: 'Kim Il Sung' }, description: "Kim Jong Un's grandfather" },
    ],
    fallback: 'Several people match "Kim": Kim Jong Un, Kim Il Sung.',
  };
}

/** An actor whose article text carries mention syntax, as a hostile article might. */
function mischief(): Reply {
  return {
    ...empty(),
    title: 'Mallory <!here>',
    sections: [{ title: 'What they said', lines: [{ text: 'Ping <!channel> and <@U123> and <https://evil.example|click>', citation: at(2) }] }],
    quotes: [{ text: '<!everyone> now', speaker: 'Mallory', speakerRole: null, context: 'She said "<!everyone> now".', citation: at(2) }],
    citations: [ARTICLE],
    fallback: 'Mallory <!channel> <@U123>',
  };
}

/** Many lines, to make the answer span several pages. */
function longList(count: number): Reply {
  const lines = Array.from({ length: count }, (_, i) => ({ text: `Line ${i + 1}: ${'word '.repeat(40).trim()}`, citation: at(i % 30) }));
  return { ...empty(), title: 'Long answer', sections: [{ title: 'Everything', lines }], citations: [ARTICLE], fallback: 'Long answer' };
}

function whoReply(name: string): Reply {
  const key = name.trim().toLowerCase();
  if (key === '') return { ...empty(), title: 'Who?', tone: 'error', ephemeral: true, description: 'Give a name, e.g. /who Smith.', fallback: 'Give a name.' };
  if (key === 'ushakov' || key === 'yuri ushakov') return ushakov();
  if (key === 'kim') return kimChoices();
  if (key === 'mallory') return mischief();
  if (key === 'everything') return longList(150);
  return {
    ...empty(),
    title: 'Nobody found',
    tone: 'notice',
    description: `No one called "${name}" appears in the articles.`,
    fallback: `No one called "${name}" appears in the articles.`,
  };
}

type Fixture = Command<unknown>;

export const FIXTURE_COMMANDS: Fixture[] = [
  {
    name: 'who',
    description: 'Who is this person?',
    usage: '/who NAME',
    options: [{ name: 'name', description: 'a name', type: 'string', required: true, autocomplete: 'actor', maxLength: 200 }],
    handler: (input) => whoReply(input.args.name ?? ''),
  },
  {
    name: 'quote',
    description: 'Quotes by speaker or words',
    usage: '/quote [QUERY]',
    options: [{ name: 'query', description: 'speaker or words', type: 'string', required: false }],
    handler: (input) => ({ ...empty(), title: `Quotes: ${input.args.query ?? 'notable'}`, fallback: 'quotes' }),
  },
  {
    name: 'digest',
    description: 'The briefing, and daily digests',
    usage: '/digest [subscribe|unsubscribe|list|pause|resume|preview] [TIME] [TIMEZONE] [FILTER]',
    options: [],
    subcommands: [
      {
        name: 'subscribe',
        description: 'subscribe',
        usage: '/digest subscribe [TIME] [TIMEZONE] [FILTER]',
        changesSettings: true,
        options: [
          { name: 'time', description: 'HH:MM', type: 'string', required: false, shape: 'time' },
          { name: 'timezone', description: 'IANA zone', type: 'string', required: false, shape: 'timezone' },
          { name: 'filter', description: 'actor or topic', type: 'string', required: false },
        ],
      },
      ...(['unsubscribe', 'pause', 'resume'] as const).map((name) => ({
        name,
        description: name,
        usage: `/digest ${name}`,
        options: [],
        changesSettings: true,
      })),
      ...(['list', 'preview'] as const).map((name) => ({ name, description: name, usage: `/digest ${name}`, options: [] })),
    ],
    handler: (input) => ({
      ...empty(),
      title: `Digest ${input.subcommand ?? 'now'}`,
      description: input.user.canManageChannel ? 'allowed' : 'refused',
      fallback: 'digest',
    }),
  },
  {
    name: 'help',
    description: 'What the bot can do',
    usage: '/help',
    options: [],
    handler: () => ({ ...empty(), title: 'Help', ephemeral: true, description: 'Commands: /who, /quote, /digest, /help', fallback: 'help' }),
  },
];

/** The fixture service; `inputs` holds every CommandInput it was asked. */
export function createFixtureService(): BriefingService & { inputs: CommandInput[] } {
  const inputs: CommandInput[] = [];
  return {
    inputs,
    commands: FIXTURE_COMMANDS,
    async handle(input) {
      inputs.push(input);
      const command = FIXTURE_COMMANDS.find((c) => c.name === input.command);
      if (!command) return { ...empty(), title: 'Unknown command', tone: 'error', ephemeral: true, fallback: 'unknown' };
      try {
        return await command.handler(input, undefined);
      } catch {
        return { ...empty(), title: 'Something went wrong', tone: 'error', ephemeral: true, fallback: 'Something went wrong' };
      }
    },
    completeActor: async () => [],
  };
}
