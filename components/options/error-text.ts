/** A thrown value as a sentence for the user (Dexie and DOM errors carry a message). */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
