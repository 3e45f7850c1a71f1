import type { Term } from '@/lib/model/types';
import { tidyTermText, validateTerm, type TermDraft } from '@/lib/watchlist/validate-term';

export interface OnboardingInput {
  brandName: string;
  handle: string;
}

/**
 * The starter watchlist from the welcome form: the brand name, the handle
 * (one "@" however it was typed) and, for a brand of several words or with
 * punctuation, its hashtag ("Northwind Coffee" → "#NorthwindCoffee"). A
 * one-word brand gets no hashtag: the brand term already finds "#Acme", and
 * hashtag terms match without the "#" too, so it would only duplicate it.
 * Terms the watchlist already has (same text after normalisation) are
 * skipped, so running onboarding twice never doubles anything.
 */
export function buildOnboardingTerms(input: OnboardingInput, existing: readonly Term[]): Term[] {
  const brand = input.brandName.trim();
  const drafts: TermDraft[] = [{ text: brand, kind: 'brand', exclude: [] }];
  if (input.handle.trim()) drafts.push({ text: input.handle, kind: 'handle', exclude: [] });
  const tag = brand.replace(/[^\p{L}\p{N}_]/gu, '');
  if (tag && tag !== brand) drafts.push({ text: `#${tag}`, kind: 'hashtag', exclude: [] });

  const terms: Term[] = [];
  for (const draft of drafts) {
    if (validateTerm(draft, [...existing, ...terms]) !== null) continue;
    terms.push({ id: crypto.randomUUID(), text: tidyTermText(draft.text, draft.kind), kind: draft.kind, exclude: [] });
  }
  return terms;
}
