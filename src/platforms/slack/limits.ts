/**
 * Slack's message limits, kept here so the renderer enforces them in one place. Values come from
 * Slack's Block Kit reference; the total-text budget is ours, well under the ~12-13k characters of
 * block text Slack has been seen to reject.
 */

/** Characters in a section block's text. */
export const SECTION_TEXT_MAX = 3000;
/** Characters in one section field. */
export const SECTION_FIELD_MAX = 2000;
/** Fields in one section block. */
export const SECTION_FIELDS_MAX = 10;
/** Characters in a header block (plain text). */
export const HEADER_TEXT_MAX = 150;
/** Elements in one context block. */
export const CONTEXT_ELEMENTS_MAX = 10;
/** Characters in one context element. */
export const CONTEXT_ELEMENT_MAX = 2000;
/** Blocks in one message. */
export const MESSAGE_BLOCKS_MAX = 50;
/** Blocks in a view (a modal or the App Home tab). */
export const VIEW_BLOCKS_MAX = 100;
/** Options an external select may return at once. */
export const MENU_OPTIONS_MAX = 100;
/** Characters in a view's private_metadata. */
export const PRIVATE_METADATA_MAX = 3000;
/** Elements in one actions block. */
export const ACTIONS_ELEMENTS_MAX = 25;
/** Characters in a button label. */
export const BUTTON_TEXT_MAX = 75;
/** Characters in a button value. */
export const BUTTON_VALUE_MAX = 2000;

/** Our budget of text over all blocks of one message (Slack rejects somewhere above 12k). */
export const MESSAGE_BLOCK_TEXT_BUDGET = 8000;
/** Our cap on the top-level `text` fallback, so blocks plus fallback stay under 10,000. */
export const FALLBACK_TEXT_MAX = 2000;
/** Blocks and characters each page keeps free for the header and the buttons added around it. */
export const PAGE_RESERVED_BLOCKS = 4;
export const PAGE_RESERVED_TEXT = 600;

/** Messages a public post (share, scheduled digest) may use before the rest is left out. */
export const CHANNEL_MESSAGES_MAX = 4;
/** Times one response_url accepts a post (Slack: 5 within 30 minutes). */
export const RESPONSE_URL_POSTS_MAX = 5;
