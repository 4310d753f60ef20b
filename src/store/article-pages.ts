/**
 * Reads every stored article a page at a time, so a large store is loaded without every row (and
 * its JSON text) being held at once. Stores without `listArticlesPage` are read in one go.
 */
import type { StoredArticle, Store } from './store.js';

/** Rows per page: large enough that round trips do not matter, small enough to keep the peak low. */
export const ARTICLE_PAGE_SIZE = 100;

/**
 * Calls `visit` with every stored article, oldest ingest first (the order of `listArticles`).
 * @example await forEachStoredArticle(store, (a) => parses.push(a.parsed));
 */
export async function forEachStoredArticle(
  store: Pick<Store, 'listArticles' | 'listArticlesPage'>,
  visit: (article: StoredArticle) => void,
  pageSize = ARTICLE_PAGE_SIZE,
): Promise<void> {
  if (!store.listArticlesPage) {
    for (const article of await store.listArticles()) visit(article);
    return;
  }
  let after: StoredArticle | null = null;
  for (;;) {
    const page: StoredArticle[] = await store.listArticlesPage(after, pageSize);
    for (const article of page) visit(article);
    if (page.length < pageSize) return;
    after = page[page.length - 1]!;
  }
}
