/**
 * Caret placement for insertion: the editors read the DOM selection on `selectionchange`, so the
 * caret goes where the text should land and the editor gets a moment to notice (editors.md 3–4).
 */
import { readEditorText, ZERO_WIDTH } from './read-editor-text';

const SETTLE_MS = 60;

/** Focuses the editor and puts the caret after its last character; returns the caret's element. */
export function placeCaretAtEnd(editor: HTMLElement): Element {
  editor.focus();
  const selection = document.getSelection();
  if (!selection) return editor;
  const last = lastEditableText(editor);
  if (last) {
    selection.collapse(last, last.data.length);
  } else if (!selection.anchorNode || !editor.contains(selection.anchorNode) || readEditorText(editor) !== '') {
    // No editable text (empty box, or only an atom mention): the end of the editor.
    const range = document.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  } // else: an empty editor where focus() already put the caret where the editor wants it
  const node = selection.anchorNode;
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element && editor.contains(element) ? element : editor;
}

/** The last non-empty text node the user can edit (skips atoms such as contenteditable=false mentions). */
export function lastEditableText(editor: HTMLElement): Text | null {
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // Text inside a contenteditable=false island (a TipTap mention atom) cannot take the caret.
    if (node.data.replace(ZERO_WIDTH, '') !== '' && node.parentElement?.isContentEditable) last = node;
  }
  return last;
}

/** One frame plus ~60 ms; a timer stands in for rAF, which does not fire in background tabs. */
export function settle(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const finish = (): void => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    const afterFrame = (): void => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      timer = setTimeout(finish, SETTLE_MS);
    };
    const onAbort = (): void => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      reject(signal?.reason);
    };
    let timer = setTimeout(afterFrame, 100);
    const frame = requestAnimationFrame(afterFrame);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
