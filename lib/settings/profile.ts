import { storage } from 'wxt/utils/storage';

/**
 * Who the user is, for template variables ({{brand}}, {{handle}}, {{my_name}})
 * and onboarding. Small, so it lives in sync storage and follows the user
 * across browsers (product.md §6).
 */
export interface Profile {
  brandName: string;
  /** The brand's handle as the user typed it, e.g. "@acme" (templates show it as is). */
  handle: string;
  myName: string;
  /** Onboarding finished (brand name and handle asked once). */
  onboarded: boolean;
}

export const EMPTY_PROFILE: Profile = { brandName: '', handle: '', myName: '', onboarded: false };

export const profileItem = storage.defineItem<Profile>('sync:profile', {
  fallback: EMPTY_PROFILE,
});

export async function getProfile(): Promise<Profile> {
  // Spread over the empty profile so a value written by an older build (fewer fields) is complete.
  return { ...EMPTY_PROFILE, ...(await profileItem.getValue()) };
}

/** Merges `patch` into the stored profile and returns the result. */
export async function saveProfile(patch: Partial<Profile>): Promise<Profile> {
  const next: Profile = { ...(await getProfile()), ...definedOnly(patch) };
  await profileItem.setValue(next);
  return next;
}

/** `{ myName: undefined }` must not erase a stored name. */
function definedOnly(patch: Partial<Profile>): Partial<Profile> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Profile>;
}
