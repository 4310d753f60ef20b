/**
 * Discord's message limits checked the way Discord does: a list of problems for a message body
 * (JSON as sent over the wire). Written independently of the bot's renderer so it can catch it.
 */

interface EmbedJson {
  title?: string;
  description?: string;
  fields?: Array<{ name?: string; value?: string; inline?: boolean }>;
  footer?: { text?: string };
  author?: { name?: string };
}

interface ComponentJson {
  type?: number;
  custom_id?: string;
  label?: string;
  components?: ComponentJson[];
  /** A select menu's options. */
  options?: Array<{ label: string; value: string; description?: string }>;
}

/** A message body as the bot sends it. */
export interface MessageBodyJson {
  content?: string;
  embeds?: EmbedJson[];
  components?: ComponentJson[];
  allowed_mentions?: { parse?: string[] };
}

/** Problems Discord would answer with 400 Invalid Form Body; empty when the body is fine. */
export function messageProblems(body: MessageBodyJson): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  check((body.content ?? '').length <= 2000, 'content longer than 2000');
  const embeds = body.embeds ?? [];
  check(embeds.length <= 10, 'more than 10 embeds');
  let total = 0;
  embeds.forEach((embed, i) => {
    const title = embed.title ?? '';
    const description = embed.description ?? '';
    const fields = embed.fields ?? [];
    check(title.length <= 256, `embed ${i} title longer than 256`);
    check(description.length <= 4096, `embed ${i} description longer than 4096`);
    check(fields.length <= 25, `embed ${i} has more than 25 fields`);
    fields.forEach((field, j) => {
      const name = field.name ?? '';
      const value = field.value ?? '';
      check(name.trim().length > 0 && name.length <= 256, `embed ${i} field ${j} name empty or longer than 256`);
      check(value.trim().length > 0 && value.length <= 1024, `embed ${i} field ${j} value empty or longer than 1024`);
      total += name.length + value.length;
    });
    const footer = embed.footer?.text ?? '';
    const author = embed.author?.name ?? '';
    check(footer.length <= 2048, `embed ${i} footer longer than 2048`);
    check(author.length <= 256, `embed ${i} author longer than 256`);
    check(title.length + description.length + fields.length + footer.length + author.length > 0, `embed ${i} is empty`);
    total += title.length + description.length + footer.length + author.length;
  });
  check(total <= 6000, `embeds hold ${total} characters, more than 6000`);
  const rows = body.components ?? [];
  check(rows.length <= 5, 'more than 5 component rows');
  const ids = new Set<string>();
  for (const row of rows) {
    const buttons = row.components ?? [];
    check(buttons.length <= 5, 'more than 5 buttons in a row');
    const menus = buttons.filter((c) => c.type === 3);
    check(menus.length === 0 || buttons.length === 1, 'a select menu shares its row');
    for (const menu of menus) {
      const options = menu.options ?? [];
      check(options.length >= 1 && options.length <= 25, 'a select menu needs 1 to 25 options');
      const values = new Set(options.map((o) => o.value));
      check(values.size === options.length, 'duplicate select menu values');
      for (const o of options) {
        check(o.label.length >= 1 && o.label.length <= 100, 'select option label empty or longer than 100');
        check(o.value.length >= 1 && o.value.length <= 100, 'select option value empty or longer than 100');
        check((o.description ?? '').length <= 100, 'select option description longer than 100');
      }
    }
    for (const button of buttons) {
      const id = button.custom_id ?? '';
      check(id.length > 0 && id.length <= 100, 'custom_id empty or longer than 100');
      check(!ids.has(id), `duplicate custom_id ${id}`);
      ids.add(id);
      check((button.label ?? '').length <= 80, 'button label longer than 80');
    }
  }
  return problems;
}
