/**
 * The words of a social-media post that a story checks or reports, quoted in fragments ("A post shared
 * 9,000 times claims that the council "will start fining families"", "A message on WhatsApp says "all
 * schools will close"", "The video urges viewers to "share before it is deleted""): the post's own text, which no named speaker said, so no quote. The
 * claim the sentence makes stays; words a person is shown saying in a video stay that person's quote.
 */
import type { Actor, Quote } from './types.js';

/** The first words of a sentence after its determiner: "A viral post shared ..." -> viral, post, shared. */
const OPENING_WORDS = /^["“‘']?(?:A|An|The|This|That|One|Another|Its|Their|Her|His)\s+(\S+)(?:\s+(\S+))?(?:\s+(\S+))?/u;

/** A second clause with a subject of its own, between the post's words and a quote. */
const OWN_CLAUSE = /(?:,\s*(?:but|while|whereas|though|although|yet)\s|;\s)/u;

/**
 * Whether `quote` is a fragment of a post, video or meme the sentence opens with, given to no person
 * and to no body but the platform it was shared on (`isPlatform`): a campaign's video stays the
 * campaign's words.
 */
export function isPostFragment(quote: Quote, speaker: Actor | undefined, postNouns: ReadonlySet<string>, isPlatform: (name: string) => boolean): boolean {
  if (quote.kind !== 'partial' || speaker?.kind === 'person') return false;
  if (speaker?.kind === 'organization' && !isPlatform(speaker.name)) return false;
  const words = OPENING_WORDS.exec(quote.sentence.trim());
  // "A message on Telegram claims the water "is not safe", but the council said it was "safe"": a
  // quote in a clause of its own after the post's is the words of that clause's speaker.
  const at = quote.sentence.indexOf(quote.text);
  if (at > 0 && OWN_CLAUSE.test(quote.sentence.slice(0, at))) return false;
  // (In lower case as written: "The New York Post reports" names an outlet.)
  const opensWithPost = !!words && words.slice(1).some((w) => w !== undefined && postNouns.has(w.replace(/[,;:]$/, '')));
  const speakerIsPost = speaker?.kind === 'document' && postNouns.has(speaker.name.split(/\s+/).at(-1)!.toLowerCase());
  return opensWithPost || speakerIsPost;
}
