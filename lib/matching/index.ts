/**
 * Watchlist matching engine (product.md §1): pure TypeScript, no DOM. Compile a
 * watchlist once with compileWatchlist, then call match(text) per post.
 */
export { compileWatchlist, type Matcher } from './compile';
export { normalizeForMatching, normalizeText, type NormalizedText } from './normalize';
export { MAX_TERM_LENGTH, termTextProblem } from './terms';
export { isWordBoundary } from './boundaries';
