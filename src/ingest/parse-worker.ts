/**
 * The parse worker: runs the parser off the main thread, so a hostile article that is slow or
 * large stalls only this thread, which the pool can end, and never the bot's event loop.
 */
import type { MessagePort } from 'node:worker_threads';
import { createParserResources, parseArticle, type ParserResources } from '../article/parse-article.js';
import type { ParsedArticle } from '../article/types.js';

let resources: ParserResources | null = null;

/**
 * Parses one article (called by piscina with the task). Says on `started` when the parse itself
 * begins, so the time budget does not count starting the thread and loading the lexicon.
 */
export default function parseInWorker(task: { text: string; source?: string; started: MessagePort }): ParsedArticle {
  resources ??= createParserResources();
  task.started.postMessage('started');
  task.started.close();
  return parseArticle(task.text, { ...(task.source !== undefined ? { source: task.source } : {}), resources });
}
