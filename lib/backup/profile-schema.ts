import { z } from './zod';

/** The `profile` section: every field optional, because import merges it into the stored profile. */
export const PROFILE_FIELDS_SCHEMA = z.object({
  brandName: z.string().max(200).optional(),
  handle: z.string().max(200).optional(),
  myName: z.string().max(200).optional(),
  onboarded: z.boolean().optional(),
});
