/**
 * The neutral reply every command returns. Platforms render it (Discord embeds, Slack Block Kit,
 * console text) and enforce their own limits; nothing here knows about a platform.
 *
 * All strings are plain text as it appears in the articles or as the user typed it: never
 * pre-escaped, never markdown. Each renderer escapes for its own platform.
 */

/** Where a line of a reply comes from: one paragraph of one article. */
export interface Citation {
  articleId: string;
  headline: string;
  /** Index into the article's paragraphs; -1 for a photo caption. */
  paragraph: number;
  publishedAt: string | null;
  agency: string | null;
}

/** A quotation shown in a reply. */
export interface ReplyQuote {
  text: string;
  speaker: string | null;
  speakerRole: string | null;
  /** The sentence around the quote. */
  context: string;
  citation: Citation;
  /** Through whom the words came, nearest the speaker first ("Coastline Radio"): shown as "— Name, via Coastline Radio". */
  via?: string[];
  /** Who else carries it and where outlets disagree ("Reported by ...", "Attributed to X by A, to Y by B"). */
  notes?: string[];
}

/** A labelled value, e.g. "Roles: Putin's foreign policy adviser". */
export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

/** One line of a section, with where it comes from. */
export interface ReplyLine {
  text: string;
  citation?: Citation;
  /** Shown under the line: who else carries it, where outlets disagree. */
  notes?: string[];
}

/** A titled group of lines, e.g. "What they said". */
export interface ReplySection {
  title: string;
  lines: ReplyLine[];
}

/**
 * A choice offered to the user, e.g. one of several actors named "Kim", as data: the command it
 * runs and its arguments. Platforms turn it into a button, a menu item or a numbered line, and run
 * it without parsing anything back; `formatCommandLine` writes it as the line a user would type.
 */
export interface ReplyChoice {
  label: string;
  /** The command's name without a slash, e.g. "who". */
  command: string;
  subcommand?: string;
  /** Option values by option name, e.g. { name: "Kim Jong Un" }. */
  args: Record<string, string>;
  /** The page of a long list it shows (1 for the first); set on `Reply.more`. */
  page?: number;
  description?: string;
}

/** What a command returns. */
export interface Reply {
  title: string;
  /** One or two sentences under the title. */
  description?: string;
  fields: ReplyField[];
  sections: ReplySection[];
  quotes: ReplyQuote[];
  /** Every article the reply cites, once each. */
  citations: Citation[];
  choices: ReplyChoice[];
  /**
   * What shows the rest of a list cut short ("Showing 5 of 9"): `/more` on the console, a button
   * elsewhere. Always a read-only command.
   */
  more?: ReplyChoice;
  /** Shown only to the user who asked (errors, help). */
  ephemeral: boolean;
  /** The whole reply as plain text, for platforms or clients that cannot show rich content. */
  fallback: string;
  /** 'info' for answers, 'notice' for "nothing found" and choices, 'error' for user mistakes. */
  tone: 'info' | 'notice' | 'error';
}
