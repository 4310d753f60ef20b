/**
 * Reading a command's text argument safely: the searchable form (no control characters, mention
 * syntax or markdown; capped) and the short form echoed back in replies.
 */
import { UserError, type CommandInput, type CommandOption } from './command.js';
import type { Subject } from './subject.js';
import { echoUserText, searchableQuery } from './text.js';

/** A text argument, ready to search and to show. */
export interface TextArgument {
  /** What to search for; '' when nothing usable was given. */
  query: string;
  /** At most 100 characters of `query`, for titles like `No actor matches "..."`. */
  echo: string;
}

/** Reads option `name` of the input as a text argument. */
export function textArgument(input: CommandInput, name: string): TextArgument {
  const given = input.args[name] ?? '';
  const query = searchableQuery(given);
  // Only markup or symbols ("~~~", "***", a bare mention): not the same as asking for the newest articles.
  if (given.trim() !== '' && !/[\p{L}\p{N}]/u.test(query)) {
    throw new UserError(
      `The ${name} has no letters or digits to look for: give a name or some words, or leave it out for the newest articles.`,
      'nothing_to_search',
    );
  }
  return { query, echo: echoUserText(query) };
}

/** "about Yuri Ushakov", "about "arms"", "in the newest articles": the scope words of a reply. */
export function subjectScope(subject: Subject): string {
  switch (subject.kind) {
    case 'recent':
      return 'in the newest articles';
    case 'actor':
      return `about ${subject.actor.name}`;
    case 'topic':
    case 'none':
      return `about "${subject.label}"`;
  }
}

/** The title suffix naming a subject: ": Yuri Ushakov", ': "arms"' or '' for the newest articles. */
export function subjectTitle(subject: Subject): string {
  switch (subject.kind) {
    case 'recent':
      return '';
    case 'actor':
      return `: ${subject.actor.name}`;
    case 'topic':
    case 'none':
      return `: "${subject.label}"`;
  }
}

/** The optional actor-or-topic option shared by /quote, /claims and /timeline. */
export function subjectOption(name: string, description: string): CommandOption {
  return { name, description, type: 'string', required: false, autocomplete: 'actor', maxLength: 200 };
}
