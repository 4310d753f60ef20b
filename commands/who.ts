/** /who NAME: everything the articles say about one actor. */
import { findActors, MAX_CHOICES } from '../src/briefing/actor-search.js';
import { textArgument } from '../src/briefing/arguments.js';
import type { Command } from '../src/briefing/command.js';
import type { BriefingContext } from '../src/briefing/context.js';
import { subjectView } from '../src/briefing/subject.js';
import { buildWhoChoices, buildWhoNotFound, buildWhoReply, whoFilled } from '../src/briefing/who-reply.js';

/** The /who command. */
export const whoCommand: Command<BriefingContext> = {
  name: 'who',
  description: 'Who is this: roles, mentions, what they said and what others said about them',
  usage: '/who NAME',
  options: [
    {
      name: 'name',
      description: 'A full name, surname or other name the articles use',
      type: 'string',
      required: true,
      autocomplete: 'actor',
      maxLength: 100,
    },
  ],
  async handler(input, ctx) {
    const { query, echo } = textArgument(input, 'name');
    const lookup = await findActors(ctx.corpus, query);
    switch (lookup.kind) {
      case 'found': {
        const id = lookup.actor.id;
        const view = await subjectView(
          ctx.corpus,
          { kind: 'actor', actor: lookup.actor },
          { enough: (v) => whoFilled(v, id), rest: 'spoken', linking: 'said' },
        );
        const actor = view.actor(id);
        // Found by name but no longer in any article (changed meanwhile): as if not found.
        return actor ? ctx.corpus.withProvenance(view, (v) => buildWhoReply(v, v.actor(actor.id)!)) : buildWhoNotFound(echo, []);
      }
      case 'ambiguous':
        return buildWhoChoices(echo, lookup.actors.slice(0, MAX_CHOICES));
      case 'none':
        return buildWhoNotFound(echo, lookup.suggestions);
    }
  },
};
