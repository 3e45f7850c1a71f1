import type { RenderedReply } from '../messaging/protocol';
import type { ReplyAdapter } from '../sites/types';
import { copyForManualPaste, insertIntoEditor } from './insert-text';
import { waitForElement } from './wait-for';

/**
 * One click on Reply: open the site's own reply box for this post, insert the
 * rendered template so the editor's state updates, verify, and otherwise put
 * the text on the clipboard and say "Paste with Ctrl+V". Earshot never presses
 * the site's Post/Reply button.
 */

export interface ReplyFlowDeps {
  reply: ReplyAdapter;
  render(): Promise<RenderedReply | null>;
  setStatus(text: string): void;
  /** The box for this post is found: watch it for the user's submit from now on (before the text goes in). */
  onEditor?(editor: HTMLElement): void;
  /** The text is in the editor (verified): the reply will be recorded with this template. */
  onInserted(editor: HTMLElement, rendered: RenderedReply): void;
  signal?: AbortSignal;
  /** How long to wait for a reply box the user opens by hand (a site that ignores scripted clicks). */
  manualOpenMs?: number;
}

const VARIABLE_NOTES: Record<string, string> = {
  my_name: '{{my_name}} is empty: add your name in Earshot settings.',
  case_id: '{{case_id}} is empty: no case is open for this post yet.',
  brand: '{{brand}} is empty: add your brand in Earshot settings.',
  handle: '{{handle}} is empty: add your brand handle in Earshot settings.',
};

function missingNote(missing: string[]): string {
  return missing.map((name) => VARIABLE_NOTES[name] ?? `{{${name}}} had no value and was left empty.`).join(' ');
}

/** Resolves with the next reply editor the user focuses (they opened the box themselves). */
function nextFocusedEditor(reply: ReplyAdapter, timeoutMs: number, signal?: AbortSignal): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const done = (editor: HTMLElement | null): void => {
      clearTimeout(timer);
      document.removeEventListener('focusin', onFocus, true);
      resolve(editor);
    };
    const onFocus = (event: Event): void => {
      const target = event.target instanceof Element ? event.target : null;
      if (target && reply.isReplyEditor(target)) done(reply.editorFor(target));
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    document.addEventListener('focusin', onFocus, true);
    signal?.addEventListener('abort', () => done(null), { once: true });
  });
}

export async function replyToPost(post: HTMLElement, deps: ReplyFlowDeps): Promise<boolean> {
  const { reply, setStatus, signal } = deps;
  setStatus('Opening the reply box…');
  const rendered = await deps.render().catch(() => null);
  if (!rendered) {
    setStatus('No reply template yet: add one in Earshot settings.');
    return false;
  }
  let editor = reply.findOpenEditor(post);
  if (!editor) {
    const clicked = reply.clickReplyOpener(post);
    editor = await waitForElement(() => reply.findOpenEditor(post), { timeoutMs: 3000, signal });
    if (!editor && clicked) {
      // Some sites ignore scripted clicks on their own buttons: insert as soon as the user opens the box.
      setStatus("Click the site's Reply or Comment button: Earshot inserts the reply when the box opens.");
      editor = await nextFocusedEditor(reply, deps.manualOpenMs ?? 60_000, signal);
    }
  }
  if (!editor) return fallBackToClipboard(rendered, setStatus, 'No reply box found for this post.');
  // A quick user may press the site's Reply while Earshot is still verifying: the box is already watched.
  deps.onEditor?.(editor);
  const result = await insertIntoEditor(editor, rendered.text, { signal }).catch(() => ({ ok: false }));
  if (!result.ok) return fallBackToClipboard(rendered, setStatus, "Couldn't type into the reply box.");
  deps.onInserted(editor, rendered);
  const notes = [missingNote(rendered.missing), rendered.tooLong ?? ''].filter(Boolean).join(' ');
  setStatus(`Inserted “${rendered.templateName}”. Review it, then press the site's Reply button.${notes ? ` ${notes}` : ''}`);
  return true;
}

async function fallBackToClipboard(rendered: RenderedReply, setStatus: (t: string) => void, why: string): Promise<boolean> {
  const copied = await copyForManualPaste(rendered.text).catch(() => false);
  setStatus(copied ? `${why} The reply is copied: Paste with Ctrl+V.` : `${why} Copy failed too: open Earshot settings to see the template.`);
  return false;
}
