/**
 * Puts a reply template into a site's rich-text editor so that the editor's own model changes
 * (the site's Reply button enables, undo works), then proves it by reading the DOM back.
 * The algorithm and every rule in it were measured on Draft.js, Lexical, Quill 1/2 and TipTap:
 * /work/shared/editors.md ("Recommended algorithm"). No page globals: it runs in the ISOLATED world.
 */
import { lastEditableText, placeCaretAtEnd, settle } from './caret';
import { readEditorText, squashWhitespace } from './read-editor-text';

export interface InsertResult {
  ok: boolean;
  method: 'paste' | 'execCommand' | 'none';
  reason?: string;
  /** The read-back equals the expected text line for line (only whitespace inside lines may differ). */
  newlinesExact?: boolean;
}

type Method = 'paste' | 'execCommand';

/** Inline mentions that Quill extends over text typed right after them (editors.md, point 11). */
const INLINE_MENTION = 'a.ql-mention, [data-entity-urn]';

/**
 * Inserts `text` after whatever the editor already holds (an @mention the site prefilled stays).
 * Rejects with `signal.reason` when aborted.
 */
export async function insertIntoEditor(editor: HTMLElement, text: string, opts: { signal?: AbortSignal } = {}): Promise<InsertResult> {
  const { signal } = opts;
  if (!editor.isConnected) return { ok: false, method: 'none', reason: 'the editor is not in the page' };
  if (text.trim() === '') return { ok: false, method: 'none', reason: 'nothing to insert' };
  const baseline = readEditorText(editor);
  const separated = baseline === '' || /\s$/.test(baseline) ? text : ` ${text}`;
  const expected = baseline + separated;
  // Quill 1 ignores a synthetic paste (it waits for a native one in .ql-clipboard): execCommand only.
  const methods: Method[] = isQuill1(editor) ? ['execCommand'] : ['paste', 'execCommand'];

  let before = baseline; // what the box holds just before the template itself goes in
  let rest = separated;
  if (rest.startsWith(' ') && followsInlineMention(lastEditableText(editor), editor)) {
    // Quill gives a paste right after an inline mention the mention's format (the text joins the
    // link); Chrome's own insertText never extends a link, so the separating space goes in that way.
    placeCaretAtEnd(editor);
    await settle(signal);
    if (document.execCommand('insertText', false, ' ')) {
      await settle(signal);
      before = readEditorText(editor);
      rest = rest.slice(1);
    }
  }

  for (const method of methods) {
    if (method === 'execCommand' && isDraft(editor) && (lastEditableText(editor) === null || rest.includes('\n'))) {
      // Empty box: Chrome replaces Draft's placeholder <br>, React throws in removeChild and unmounts it.
      // Several lines: Draft keeps only the last one in its state and the DOM no longer matches.
      return { ok: false, method: 'none', reason: 'execCommand would break this Draft.js editor' };
    }
    const caret = placeCaretAtEnd(editor);
    await settle(signal); // let the editor see the selectionchange (Lexical needs it, also for undo)
    // A late handler of the previous attempt already changed the box: judge that, never add a copy.
    if (readEditorText(editor) !== before) return verify(editor, expected, method);
    if (!apply(method, editor, caret, rest)) continue; // nobody handled the paste: fall back
    await settle(signal);
    const result = verify(editor, expected, method);
    // Changed but wrong: trying another way now is how duplicates happen (editors.md step 9).
    if (result.ok || !editor.isConnected || readEditorText(editor) !== before) return result;
  }
  return { ok: false, method: 'none', reason: 'the editor did not accept the text' };
}

/** Last resort: put the text on the clipboard for a real (trusted) Ctrl+V by the user. */
export async function copyForManualPaste(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Needs a focused document (and permission): fall back to the legacy copy command.
  }
  const active = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus({ preventScroll: true }); // back to the reply box, ready for Ctrl+V
  }
}

function apply(method: Method, editor: HTMLElement, caret: Element, text: string): boolean {
  if (method === 'execCommand') return document.execCommand('insertText', false, text);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  // ProseMirror splits pasted plain text on /\n+/, losing blank lines; one <p> per line keeps them.
  if (editor.classList.contains('ProseMirror') && /\n\s*\n/.test(text)) data.setData('text/html', linesAsHtml(text));
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  caret.dispatchEvent(event);
  return event.defaultPrevented; // Draft, Lexical, Quill 2 and ProseMirror all cancel a paste they took
}

/** Built as nodes in an inert document (nothing runs or loads), serialised by the browser. */
function linesAsHtml(text: string): string {
  const doc = document.implementation.createHTMLDocument('');
  for (const line of text.split('\n')) {
    const p = doc.createElement('p');
    p.style.whiteSpace = 'pre-wrap'; // keeps runs of spaces, as the plain-text paste would
    p.textContent = line;
    doc.body.append(p);
  }
  return doc.body.innerHTML;
}

function verify(editor: HTMLElement, expected: string, method: Method): InsertResult {
  if (!editor.isConnected) return { ok: false, method, reason: 'the editor was removed while inserting' };
  const actual = readEditorText(editor);
  const ok = squashWhitespace(actual) === squashWhitespace(expected);
  const lines = (s: string): string[] => s.split('\n').map(squashWhitespace);
  const newlinesExact = lines(actual).join('\n') === lines(expected).join('\n');
  return ok ? { ok, method, newlinesExact } : { ok, method, newlinesExact, reason: 'the editor shows different text' };
}

function followsInlineMention(last: Text | null, editor: HTMLElement): boolean {
  const mention = last?.parentElement?.closest(INLINE_MENTION);
  return !!mention && mention !== editor && editor.contains(mention);
}

const isQuill1 = (editor: HTMLElement): boolean =>
  editor.classList.contains('ql-editor') && editor.parentElement?.querySelector(':scope > .ql-clipboard') != null;

const isDraft = (editor: HTMLElement): boolean =>
  editor.matches('.public-DraftEditor-content') || editor.closest('.DraftEditor-root') !== null;
