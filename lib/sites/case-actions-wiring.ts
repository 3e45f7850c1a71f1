import { copyForManualPaste } from '../compose/insert-text';
import { sendMessage } from '../messaging/protocol';
import type { ChipHandle } from '../overlay/chip';
import { addCaseActions } from '../overlay/case-actions';
import type { PostStatusOf } from './post-status-client';
import type { FoundPost } from './types';

/**
 * Connects the chip's Escalate / Resolve to the background. Before acting,
 * pending sightings are flushed so the background knows the post.
 */
export function decorateWithCaseActions(
  chip: ChipHandle,
  found: FoundPost,
  flushRecords: () => Promise<void>,
  statusOf: PostStatusOf,
): void {
  const { site, postId } = found.data;
  addCaseActions(chip, {
    // Batched, after the sighting is stored: an issue's case is opened when the background records it.
    status: () => statusOf(site, postId),
    categories: () => sendMessage('getEscalationCategories', undefined),
    act: async (action, category) => {
      await flushRecords();
      return sendMessage('caseAction', { site, postId, action, category }).catch((error: unknown) => ({
        ok: false,
        message: `Earshot could not reach its database: ${String(error)}`,
      }));
    },
    deliver: async (escalation, category) => {
      const copied = await copyForManualPaste(`${escalation.subject}\n\n${escalation.body}`);
      const where = escalation.hasEmail ? '' : ' Add an e-mail for this category in Earshot settings to get a draft.';
      return `Escalated to ${category}.${copied ? ' Summary copied.' : ''}${where}`;
    },
  });
}
