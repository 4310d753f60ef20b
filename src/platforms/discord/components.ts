/**
 * The components under an answer: Previous/Next for a reply longer than one message, "More" for
 * the next items of a list cut short, and the reply's choices as buttons (up to five) or, when
 * there are more, one select menu of up to 25. Only read-only commands get paging and "More": a
 * button never re-runs a subscription change.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow, APISelectMenuOption } from 'discord.js';
import type { ReplyChoice } from '../../briefing/reply.js';
import { DISCORD_LIMITS } from './limits.js';
import { fitText, plainLine } from './discord-text.js';
import { encodeRequestId, type ViewRequest } from './request-id.js';

// ComponentType.ActionRow, Button, StringSelect; ButtonStyle.Primary, Secondary (API v10).
const ACTION_ROW = 1;
const BUTTON = 2;
const STRING_SELECT = 3;
const PRIMARY = 1;
const SECONDARY = 2;

/** The select menu's custom_id; the chosen option's value carries the request. */
export const CHOICE_MENU_ID = 'choose';

/** An action row of buttons or a select menu. */
export type ComponentRow = APIActionRowComponent<APIComponentInMessageActionRow>;

const asRequest = (choice: ReplyChoice): ViewRequest => ({
  command: choice.command,
  ...(choice.subcommand ? { subcommand: choice.subcommand } : {}),
  args: choice.args,
  ...(choice.page !== undefined ? { page: choice.page } : {}),
  view: 0,
});

/**
 * The row under page `view` of `viewCount`: Previous/Next when there are several, and "More" for
 * `more`; null when there is nothing to offer or a request does not fit in a custom_id.
 */
export function pagingRow(request: ViewRequest, view: number, viewCount: number, more?: ReplyChoice): ComponentRow | null {
  const components: APIComponentInMessageActionRow[] = [];
  if (viewCount > 1) {
    // Both ids stay distinct (Discord requires it): on the first page "previous" points at 0 and
    // "next" at 1; on the last, "previous" at last-1 and "next" at last.
    const previous = encodeRequestId({ ...request, view: Math.max(0, view - 1) });
    const next = encodeRequestId({ ...request, view: Math.min(viewCount - 1, view + 1) });
    if (previous && next && previous !== next) {
      components.push(
        { type: BUTTON, style: SECONDARY, custom_id: previous, label: '◀ Previous', disabled: view <= 0 },
        { type: BUTTON, style: SECONDARY, custom_id: next, label: 'Next ▶', disabled: view >= viewCount - 1 },
      );
    }
  }
  const moreId = more ? encodeRequestId(asRequest(more)) : null;
  if (more && moreId && !components.some((c) => 'custom_id' in c && c.custom_id === moreId)) {
    components.push({ type: BUTTON, style: PRIMARY, custom_id: moreId, label: fitText(more.label, DISCORD_LIMITS.buttonLabel, plainLine) || 'More' });
  }
  return components.length > 0 ? { type: ACTION_ROW, components } : null;
}

/**
 * The reply's choices as components: one button each when they fit in a row of five, else a select
 * menu of up to 25. Choices whose request cannot be encoded, or that repeat the current request,
 * are left out (the list in the message still shows them).
 */
export function choiceRow(choices: readonly ReplyChoice[], current: ViewRequest): ComponentRow | null {
  const currentId = encodeRequestId({ ...current, view: 0 });
  const seen = new Set<string>();
  const usable: Array<{ choice: ReplyChoice; id: string }> = [];
  for (const choice of choices) {
    const id = encodeRequestId(asRequest(choice));
    if (!id || id === currentId || seen.has(id)) continue;
    seen.add(id);
    usable.push({ choice, id });
    if (usable.length === DISCORD_LIMITS.selectOptions) break;
  }
  if (usable.length === 0) return null;
  if (usable.length <= DISCORD_LIMITS.buttonsPerRow) {
    return {
      type: ACTION_ROW,
      components: usable.map(({ choice, id }) => ({
        type: BUTTON,
        style: PRIMARY,
        custom_id: id,
        label: fitText(choice.label, DISCORD_LIMITS.buttonLabel, plainLine) || 'Choose',
      })),
    };
  }
  const options: APISelectMenuOption[] = usable.map(({ choice, id }) => ({
    label: fitText(choice.label, DISCORD_LIMITS.selectOptionText, plainLine) || 'Choose',
    value: id,
    ...(choice.description ? { description: fitText(choice.description, DISCORD_LIMITS.selectOptionText, plainLine) } : {}),
  }));
  return {
    type: ACTION_ROW,
    components: [{ type: STRING_SELECT, custom_id: CHOICE_MENU_ID, placeholder: `Choose one of ${options.length}`, options, min_values: 1, max_values: 1 }],
  };
}
