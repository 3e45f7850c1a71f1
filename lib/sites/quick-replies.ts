import { insertIntoEditor } from '../compose/insert-text';
import { replyToPost } from '../compose/reply-flow';
import { watchReplySubmits, type TrackedEditor } from '../compose/submit-watcher';
import { onMessage, sendMessage, type ReplyTarget } from '../messaging/protocol';
import type { PostData } from '../model/types';
import type { ChipHandle } from '../overlay/chip';
import { openFloatingPicker } from '../overlay/floating-picker';
import { addReplyActions } from '../overlay/reply-actions';
import type { SeenPost } from '../messaging/protocol';
import type { CurrentUser, FoundPost, SiteAdapter } from './types';

/**
 * Quick replies in the page: the chip's Reply / template picker, the keyboard
 * shortcut in a focused reply box, and recording replies the user submits.
 */

export interface QuickReplies {
  decorateChip(chip: ChipHandle, found: FoundPost, seen: SeenPost): void;
}

const targetOf = (data: Omit<PostData, 'text'>, kind: SeenPost['classification']['kind']): ReplyTarget => ({
  site: data.site,
  postId: data.postId,
  url: data.url,
  author: data.author,
  kind,
});

const RECENT_OPTIONS_MS = 5000;

/** Replies are few and precious: retry a failed hand-over a few times (the worker may be waking up). */
async function sendWithRetry(send: () => Promise<unknown>, tries = 4): Promise<void> {
  for (let i = 0; i < tries; i += 1) {
    try {
      await send();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 400 * 2 ** i));
    }
  }
}

export function setUpQuickReplies(
  adapter: SiteAdapter,
  deps: { getUser(): CurrentUser | null; getTheme(): 'light' | 'dark'; signal: AbortSignal },
): QuickReplies {
  const reply = adapter.reply;
  if (!reply) return { decorateChip: () => {} };

  const record = (data: Omit<PostData, 'text'>, template: string | null, text: string): void => {
    void sendWithRetry(() =>
      sendMessage('recordReply', {
        site: data.site, postId: data.postId, url: data.url, template, text,
        repliedAt: new Date().toISOString(), clientId: crypto.randomUUID(),
      }),
    );
  };

  const watcher = watchReplySubmits(
    reply,
    (editor, info: TrackedEditor, text) => {
      const post = info.post ?? reply.postForEditor(editor);
      const found = post ? adapter.readPost(post, deps.getUser()) : null;
      if (found) record(found.data, info.template, text);
    },
    deps.signal,
  );

  // Keyboard shortcut (manifest command, relayed by the background) in a focused reply box.
  const removeShortcut = onMessage('openTemplatePicker', () => {
    const active = document.activeElement;
    const editor = active && reply.isReplyEditor(active) ? reply.editorFor(active) : null;
    if (!editor) return;
    const post = reply.postForEditor(editor);
    const found = post ? adapter.readPost(post, deps.getUser()) : null;
    const target = found
      ? targetOf(found.data, (post?.getAttribute('data-earshot-kind') as ReplyTarget['kind'] | null) ?? 'other')
      : { site: adapter.site, postId: '', url: null, author: '', kind: 'other' as const };
    void sendMessage('getReplyOptions', target).then((options) =>
      openFloatingPicker(editor, options, (template) => {
        void sendMessage('renderReply', { target, templateId: template.id }).then(async (rendered) => {
          if (!rendered) return;
          const result = await insertIntoEditor(editor, rendered.text);
          if (result.ok) watcher.track(editor, { post, template: rendered.templateName });
        });
      }, deps.getTheme()),
    );
  });
  deps.signal.addEventListener('abort', removeShortcut);

  // The suggested template depends on the site and the post's kind only: the chips of one scroll
  // share one answer per kind for a few seconds instead of asking once each.
  const recent = new Map<string, { at: number; options: ReturnType<typeof loadOptions> }>();
  const loadOptions = (target: ReplyTarget) => sendMessage('getReplyOptions', target);
  const recentOptions = (target: ReplyTarget): ReturnType<typeof loadOptions> => {
    const key = `${target.site}|${target.kind}`;
    const hit = recent.get(key);
    if (hit && Date.now() - hit.at < RECENT_OPTIONS_MS) return hit.options;
    const options = loadOptions(target);
    recent.set(key, { at: Date.now(), options });
    options.catch(() => recent.delete(key));
    return options;
  };

  return {
    decorateChip(chip, found, seen) {
      const target = targetOf(found.data, seen.classification.kind);
      addReplyActions(chip, {
        loadOptions: () => loadOptions(target),
        recentOptions: () => recentOptions(target),
        reply: (templateId) =>
          void replyToPost(found.element, {
            reply,
            render: () => sendMessage('renderReply', { target, templateId }),
            setStatus: (text) => chip.setStatus(text),
            onEditor: (editor) => watcher.track(editor, { post: found.element, template: null }),
            onInserted: (editor, rendered) => watcher.track(editor, { post: found.element, template: rendered.templateName }),
            signal: deps.signal,
          }),
        markReplied: () => {
          record(found.data, null, '');
          chip.setStatus('Marked as replied.');
        },
      });
    },
  };
}
