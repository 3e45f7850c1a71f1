import { readEditorText, squashWhitespace } from './read-editor-text';

/** Parses a snapshot and reads it back from its first element (the editor or its wrapper). */
function read(html: string): string {
  const host = document.createElement('div');
  host.innerHTML = html; // test snapshots only; product code never parses HTML
  return readEditorText(host.firstElementChild!);
}

// DOM snapshots taken from the fixture editors in Chromium (tests/fixtures/editors), after typing
// "Hi  there", two line breaks and "Bye" – or empty, as mounted.
const DRAFT_BLOCK = (key: string, inner: string) =>
  `<div data-block="true" data-offset-key="${key}-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="${key}-0-0">${inner}</span></div></div>`;
const DRAFT = (...blocks: string[]) =>
  `<div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner">Post your reply</div></div>` +
  `<div class="DraftEditor-editorContainer"><div class="public-DraftEditor-content" contenteditable="true"><div data-contents="true">${blocks.join('')}</div></div></div></div>`;

describe('readEditorText', () => {
  it.each([
    ['Draft, empty (placeholder skipped)', DRAFT(DRAFT_BLOCK('a', '<br data-text="true">')), ''],
    [
      'Draft, blank line between blocks',
      DRAFT(DRAFT_BLOCK('a', '<span data-text="true">Hi  there</span>'), DRAFT_BLOCK('b', '<br data-text="true">'), DRAFT_BLOCK('c', '<span data-text="true">Bye</span>')),
      'Hi  there\n\nBye',
    ],
    ['Lexical, empty', '<div contenteditable="true" data-lexical-editor="true"><p dir="auto"><br data-lexical-managed-linebreak="true"></p></div>', ''],
    [
      'Lexical, line breaks inside one paragraph',
      '<div contenteditable="true"><p><span data-lexical-text="true">Hi  there</span><br><br><span data-lexical-text="true">Bye</span></p></div>',
      'Hi  there\n\nBye',
    ],
    ['Lexical, a trailing line break', '<div contenteditable="true"><p><span>a</span><br><br></p><p><span>b</span></p></div>', 'a\n\nb'],
    [
      'Quill 1, hidden clipboard skipped',
      '<div class="ql-container"><div class="ql-editor" contenteditable="true"><p>Hi  there</p><p><br></p><p>Bye</p></div><div class="ql-clipboard" contenteditable="true">stale paste</div></div>',
      'Hi  there\n\nBye',
    ],
    ['Quill, mention then text', '<div class="ql-editor"><p><a class="ql-mention" data-entity-urn="urn:li:member:1">Jane Doe</a> thanks</p></div>', 'Jane Doe thanks'],
    [
      'TipTap, empty with placeholder',
      '<div class="tiptap ProseMirror" contenteditable="true"><p data-placeholder="Add a comment…" class="is-empty is-editor-empty"><br class="ProseMirror-trailingBreak"></p></div>',
      '',
    ],
    [
      'TipTap, atom mention and blank line',
      '<div class="tiptap ProseMirror"><p><img class="ProseMirror-separator" alt=""><a data-entity-urn="urn:li:person:1" contenteditable="false">Jane Doe</a> Hi</p><p><br class="ProseMirror-trailingBreak"></p><p>Bye</p></div>',
      'Jane Doe Hi\n\nBye',
    ],
    ['emoji drawn as images keep their alt text', '<div><p>Love it <img alt="🔥"> ok</p></div>', 'Love it 🔥 ok'],
    ['zero-width caret anchors are not text', '<div><p>\u200Bab\uFEFF</p></div>', 'ab'],
    ['a block with nothing in it is an empty line', '<div><p>a</p><p></p><p>b</p></div>', 'a\n\nb'],
    ['text directly in the editor', '<div contenteditable="true">just text</div>', 'just text'],
  ])('%s', (_name, html, expected) => {
    expect(read(html)).toBe(expected);
  });
});

describe('squashWhitespace', () => {
  it('treats newlines, nbsp and runs of spaces as one space and trims', () => {
    expect(squashWhitespace(' a\u00A0\u00A0b\n\nc  ')).toBe('a b c');
  });
});
