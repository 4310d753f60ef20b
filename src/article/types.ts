/**
 * The parsed form of one news article: the JSON contract that `parse --json` prints
 * (../shared/contract/parsed-article.schema.json), plus a few fields the bot uses.
 */

/** What kind of real-world entity an actor is. */
export type ActorKind = 'person' | 'organization' | 'place' | 'group' | 'document';

/** One real-world entity the story mentions, all its mentions merged. */
export interface Actor {
  /** Stable within the article, e.g. `a3`. */
  id: string;
  /** Canonical full name, e.g. "Jane Roe". */
  name: string;
  kind: ActorKind;
  /** Titles and descriptions the article gives, e.g. "the mayor's chief of staff". */
  roles: string[];
  /** Other names the article uses for the same entity, e.g. "Roe". */
  aliases: string[];
  /** How many times the article refers to it (names and resolved pronouns). */
  mentions: number;
  /** Paragraph indexes where it is mentioned by name (-1 for a caption). */
  paragraphs: number[];
  /**
   * Named only by a description ("a U.S. official", "the report"; the name is the description): not
   * the same actor as a like description in another article.
   */
  unnamed?: boolean;
  /** 'f' or 'm' where the article's own words say ("Mrs.", "spokeswoman", "his wife"); absent otherwise. */
  gender?: 'f' | 'm';
}

/** Text inside quotation marks that someone said or wrote. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** The actor who said it; null only when the article does not say. */
  speakerId: string | null;
  /** A whole statement, or a fragment woven into the reporter's sentence. */
  kind: 'direct' | 'partial';
  /** Index into `paragraphs`. */
  paragraph: number;
  /** The sentence (or sentences) around the quote, for context. */
  sentence: string;
  /** The reporting cue that tied speaker to quote, e.g. "said", "wrote", "told reporters". */
  cue: string | null;
  /**
   * Actors through whom the words reached the article, nearest the speaker first ("the Norland
   * News Agency quoted X as saying": [Norland News Agency]); absent when the article heard them itself.
   */
  via?: string[];
}

/** The kinds of claim a source can make. */
export type ClaimKind = 'statement' | 'accusation' | 'denial' | 'promise' | 'warning' | 'call' | 'assessment' | 'report' | 'concern' | 'prediction' | 'demand';

/** Something a source said, accused, denied, promised, warned or urged, quoted or not. */
export interface Claim {
  sourceId: string | null;
  /** The source as the article words it, e.g. "Lisbon and Madrid". */
  sourceText: string;
  /** The claim itself, as the article words it. */
  text: string;
  kind: ClaimKind;
  /** The verb or noun that carries it: "accuse", "denied", "accusations". */
  cue: string;
  paragraph: number;
  /** Other actors named as sources of the same claim ("Russia and China say ..."). */
  coSourceIds: string[];
  /** Actors through whom the claim reached the article, nearest the source first; absent when none. */
  via?: string[];
}

/** Something that happened or will happen, with its date resolved. */
export interface ArticleEvent {
  /** ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD, or a range START/END. */
  date: string;
  /** The sentence that dates it. */
  text: string;
  /** Index into `paragraphs`; -1 for text outside the body such as a photo caption. */
  paragraph: number;
  /** The words that gave the date, e.g. "on Monday", "two years ago". */
  expression: string;
  /** Where the reading was a choice: "1/2/2025" read month first, and what the other order gives. */
  note?: string;
}

/** Someone credited for producing the article who is not in the story. */
export interface Credit {
  name: string;
  /** e.g. "reporting", "additional reporting", "editing", "photo". */
  role: string;
}

/** A photo caption lifted out of the body. */
export interface Caption {
  text: string;
  /** Index of the paragraph the caption stood after (-1 when before the first). */
  after: number;
  credit: string | null;
}

/**
 * Claims and roles a language model proposed at ingest that the rules missed, each found in the
 * article text. Kept apart from the parser's own and never shown as its findings.
 */
export interface ArticleSuggestions {
  /** The model that proposed them. */
  model: string;
  claims: Claim[];
  roles: Array<{ actorId: string; role: string; paragraph: number }>;
}

/** The whole parsed article. */
export interface ParsedArticle {
  /** Stable id: a hash of the input text, so the same input always gets the same id. */
  id: string;
  headline: string;
  /** YYYY-MM-DD or null. */
  publishedAt: string | null;
  /**
   * Where publishedAt came from: the article's own text ('text': header, dateline, footer), the
   * page's metadata ('page'), or a date given with it ('given': --date, a sidecar, a feed's pubDate);
   * null when undated. Absent in parses stored before it existed.
   */
  dateFrom?: 'text' | 'page' | 'given' | null;
  /** Why publishedAt is null and how to give one; null when dated. */
  undatedReason?: string | null;
  agency: string | null;
  dateline: string | null;
  bylines: string[];
  credits: Credit[];
  paragraphs: string[];
  actors: Actor[];
  quotes: Quote[];
  claims: Claim[];
  events: ArticleEvent[];
  captions: Caption[];
  /** Subheadings found in the body, removed from `paragraphs`. */
  subheadings: string[];
  /** Summary bullets and standfirst under the headline, removed from `paragraphs`. */
  summary?: string[];
  /** How the input was laid out: 'wrapped', 'blank-line', 'line-per-paragraph', 'html'. */
  layout: string;
  /** Where it came from: a file path or URL, when known. */
  source: string | null;
  /** Bumped when the parser changes, so stored parses are redone. */
  parserVersion: number;
  /** Optional LLM proposals from ingest (OPENAI_INGEST_SUGGESTIONS), apart from the rule-based findings. */
  suggestions?: ArticleSuggestions;
}
