import { extractText, rangeForSpan } from '../dom/extract-text';
import type { MentionHighlighter } from '../highlight/mention-highlight';
import type { PostSighting, PostStatus, SeenPost } from '../messaging/protocol';
import type { Matcher } from '../matching';
import type { Classification, TermMatch } from '../model/types';
import { createChip, placeChip, type ChipHandle, type ChipRole } from '../overlay/chip';
import type { See } from './sighting-client';
import type { CurrentUser, FoundPost, SiteAdapter } from './types';

/**
 * Turns one post element into marks on the page (data attributes, highlight
 * ranges, chip) and a SeenPost for the background. Idempotent: a post whose id,
 * text and watchlist did not change is skipped, so re-runs on every mutation
 * cost one read and one string compare.
 *
 * Most posts of a feed never mention the watchlist. With an adapter's fast path
 * they cost a text read and a match, no more: the full read (id, author, own,
 * promoted, engagement) is only for posts that match, may be the user's own,
 * or are the first on a page (site health).
 */

export interface ProcessorDeps {
  adapter: SiteAdapter;
  highlighter: MentionHighlighter;
  getMatcher(): Matcher;
  getUser(): CurrentUser | null;
  getTheme(): 'light' | 'dark';
  /** Classification, storage and case state of a matched post (the background's, through the sighting client). */
  see: See;
  onSeen(post: SeenPost): void;
  /** Called with every element that holds a readable post (site health counts them). */
  onPostRead?(found: FoundPost): void;
  /**
   * True while every post should be read in full even when its text matches nothing (site health
   * needs one readable post per page before it can say the layout is recognised).
   */
  wantsFullRead?(): boolean;
  /** Lets later features (Reply, Escalate…) fill the chip's action group; status: the case state when already known. */
  decorateChip?(chip: ChipHandle, found: FoundPost, seen: SeenPost, status: PostStatus | null): void;
}

interface ElementState {
  fingerprint: string;
  chip?: ChipHandle;
  /** The post the chip's actions were built for (X recycles elements for other posts). */
  decoratedFor?: string;
}

export interface PostProcessor {
  process(element: HTMLElement): void;
  /** Forget what was processed (watchlist changed): the next pass redoes everything. */
  invalidate(): void;
}

type Role = ChipRole | 'promoted' | 'none';

function decideRole(found: FoundPost, matches: TermMatch[]): Role {
  if (found.data.isPromoted) return 'promoted';
  if (found.data.isOwn) return 'own';
  if (matches.some((m) => m.kind !== 'competitor')) return 'mention';
  if (matches.length > 0) return 'competitor';
  return 'none';
}

const OWN_POST: Classification = { kind: 'other', sentiment: 0, urgency: 0, reasons: ['your own post'] };

const toSeenMatches = (matches: TermMatch[]): SeenPost['matches'] => matches.map((m) => ({ termText: m.termText, kind: m.kind }));

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export function createPostProcessor(deps: ProcessorDeps): PostProcessor {
  let generation = 0;
  const states = new WeakMap<HTMLElement, ElementState>();

  const unmark = (element: HTMLElement, state: ElementState | undefined): void => {
    deps.highlighter.clear(element);
    state?.chip?.host.remove();
    if (element.hasAttribute('data-earshot')) {
      element.removeAttribute('data-earshot');
      element.removeAttribute('data-earshot-kind');
      element.removeAttribute('data-earshot-id');
    }
  };

  /**
   * The fast path (adapters with readTextRoots): read the text, match it, and stop there when
   * nothing matched and the post cannot be the user's own — 95% of a feed. True when done.
   */
  const skipWithoutFullRead = (element: HTMLElement, state: ElementState | undefined): boolean => {
    const { readTextRoots, mayBeOwn } = deps.adapter;
    if (!readTextRoots || !mayBeOwn || deps.wantsFullRead?.()) return false;
    const roots = readTextRoots.call(deps.adapter, element);
    if (roots === null) {
      if (state) unmark(element, state);
      states.delete(element);
      return true;
    }
    if (mayBeOwn.call(deps.adapter, element, deps.getUser())) return false;
    const { text } = extractText(roots, { skip: deps.adapter.textSkip, inline: deps.adapter.textInline, segments: false });
    const fingerprint = `${generation}|quick|${text}`;
    if (state?.fingerprint === fingerprint) return true;
    if (deps.getMatcher().mayMatch(text)) return false;
    unmark(element, state);
    states.set(element, { fingerprint });
    return true;
  };

  const process = (element: HTMLElement): void => {
    const state = states.get(element);
    if (skipWithoutFullRead(element, state)) return;
    const found = deps.adapter.readPost(element, deps.getUser());
    if (!found) {
      if (state) unmark(element, state);
      states.delete(element);
      return;
    }
    deps.onPostRead?.(found);
    const { text, segments } = extractText(found.textRoots, { skip: deps.adapter.textSkip, inline: deps.adapter.textInline });
    // Own posts are re-sent when their numbers change (they feed the engagement KPIs).
    const numbers = found.data.isOwn ? JSON.stringify(found.data.engagement ?? null) : '';
    const fingerprint = `${generation}|${found.data.postId}|${found.data.isOwn}|${numbers}|${text}`;
    // Unchanged and our marks still in place (a site re-render may have dropped the chip).
    if (state?.fingerprint === fingerprint && (!state.chip || state.chip.host.isConnected)) return;

    const matches = deps.getMatcher().match(text);
    const role = decideRole(found, matches);
    if (role === 'none' || role === 'promoted') {
      unmark(element, state);
      states.set(element, { fingerprint });
      return;
    }

    if (role === 'own') {
      // Own posts are recorded for the scorecard but not marked on the page: the chip's actions
      // (Reply, Escalate, Resolve) are for other people's posts.
      unmark(element, state);
      states.set(element, { fingerprint });
      deps.onSeen({ data: { ...found.data, text }, matches: toSeenMatches(matches), classification: OWN_POST, role, seenAt: new Date().toISOString() });
      return;
    }

    // Remember the reading now: a re-run while classification is pending is a no-op.
    states.set(element, { ...state, fingerprint });
    const readIn = generation;
    const sighting: PostSighting = { data: { ...found.data, text }, matches: toSeenMatches(matches), role, seenAt: new Date().toISOString() };
    void deps.see(sighting).then(({ classification, status, recorded }) => {
      const seen: SeenPost = { ...sighting, classification };
      // The background stored it with its answer; otherwise (a cached text, no answer in time) the retrying queue does.
      const record = (): void => {
        if (!recorded) deps.onSeen(seen);
      };
      const current = states.get(element);
      if (current?.fingerprint !== fingerprint || !element.isConnected) {
        // The element moved on before the answer came (X recycled it for another tweet, a feed
        // virtualised it during a fast scroll): nothing to mark, but the post was read on the
        // page, so it is still recorded unless the watchlist changed meanwhile.
        if (readIn === generation) record();
        return;
      }
      const doc = element.ownerDocument;
      const ranges = matches.map((m) => rangeForSpan(doc, segments, m.start, m.end)).filter((r): r is Range => r !== null);
      deps.highlighter.set(element, ranges);

      element.setAttribute('data-earshot', role);
      element.setAttribute('data-earshot-kind', classification.kind);
      element.setAttribute('data-earshot-id', found.data.postId);

      const terms = unique(matches.map((m) => m.termText));
      const model = { role, kind: classification.kind, terms, reasons: classification.reasons, truncated: found.data.truncated };
      let chip = current.chip;
      if (chip) chip.update(model);
      else chip = createChip(deps.getTheme(), model);
      chip.host.dataset.theme = deps.getTheme();
      placeChip(found.chipHost, chip);

      const decorateKey = `${found.data.postId}|${role}|${classification.kind}`;
      if (current.decoratedFor !== decorateKey) {
        chip.actions.replaceChildren();
        deps.decorateChip?.(chip, found, seen, status);
      }
      states.set(element, { fingerprint, chip, decoratedFor: decorateKey });
      record();
    });
  };

  return {
    process,
    invalidate() {
      generation += 1;
    },
  };
}
