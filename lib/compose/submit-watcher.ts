import type { ReplyAdapter } from '../sites/types';
import { readEditorText } from './read-editor-text';

/**
 * Notices when the user submits a reply on the site (its own submit button,
 * or Enter where the site posts on Enter) so the reply can be recorded with
 * its time. Listens in the capture phase on the document, so the text is read
 * before the site clears the box. Reads only; never submits anything itself.
 */

export interface TrackedEditor {
  /** The post or comment container replied to, when known. */
  post: HTMLElement | null;
  /** Name of the template Earshot inserted, null when typed by hand. */
  template: string | null;
}

export interface SubmitWatcher {
  /** Remember which post (and template) an editor is replying to. */
  track(editor: HTMLElement, info: TrackedEditor): void;
}

export function watchReplySubmits(
  reply: ReplyAdapter,
  onSubmit: (editor: HTMLElement, info: TrackedEditor, text: string) => void,
  signal: AbortSignal,
): SubmitWatcher {
  const tracked = new Map<HTMLElement, TrackedEditor>();

  const prune = (): void => {
    for (const editor of tracked.keys()) if (!editor.isConnected) tracked.delete(editor);
  };

  const submit = (editor: HTMLElement): void => {
    const info = tracked.get(editor);
    const text = readEditorText(editor).trim();
    if (!info || text === '') return;
    onSubmit(editor, info, text);
    // The next reply from this box is the user's own unless Earshot inserts again.
    tracked.set(editor, { ...info, template: null });
  };

  const onFocus = (event: Event): void => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || !reply.isReplyEditor(target)) return;
    const editor = reply.editorFor(target);
    if (editor && !tracked.has(editor)) tracked.set(editor, { post: reply.postForEditor(editor), template: null });
  };

  const onClick = (event: Event): void => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest('button, [role="button"]');
    if (!button) return;
    prune();
    for (const editor of tracked.keys()) {
      const submitButton = reply.findSubmitButton(editor);
      if (!submitButton || !(submitButton === button || submitButton.contains(button) || button.contains(submitButton))) continue;
      if (submitButton.getAttribute('aria-disabled') === 'true' || (submitButton as HTMLButtonElement).disabled) return;
      submit(editor);
      return;
    }
  };

  const onKey = (event: KeyboardEvent): void => {
    if (!reply.submitsOnEnter || event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    const target = event.target instanceof Element ? event.target : null;
    const editor = target && reply.isReplyEditor(target) ? reply.editorFor(target) : null;
    if (editor && tracked.has(editor)) submit(editor);
  };

  document.addEventListener('focusin', onFocus, { capture: true, signal });
  document.addEventListener('click', onClick, { capture: true, signal });
  document.addEventListener('keydown', onKey, { capture: true, signal });

  return {
    track(editor, info) {
      tracked.set(editor, info);
    },
  };
}
