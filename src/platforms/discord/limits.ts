/**
 * Discord's hard limits on messages, embeds, components and commands (API v10). A payload that
 * breaks one is rejected with 400, so the renderer keeps every one of them.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fieldsPerEmbed: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Title, description, field names and values, footer and author over all embeds of a message. */
  embedCharsPerMessage: 6000,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  /** Options in one select menu; their label, value and description each at most 100. */
  selectOptions: 25,
  selectOptionText: 100,
  rowsPerMessage: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  optionsPerCommand: 25,
  optionStringLength: 6000,
} as const;

/** Discord API error codes the bot reacts to. */
export const DISCORD_ERROR_CODES = {
  unknownChannel: 10003,
  unknownInteraction: 10062,
  missingAccess: 50001,
  missingPermissions: 50013,
  alreadyAcknowledged: 40060,
} as const;
