/**
 * Inserting reply templates into the sites' real editor libraries (Draft.js for X, Lexical for
 * Facebook, Quill 1/2 and TipTap for LinkedIn), from an ISOLATED world as a content script
 * would, in real Chromium. Each fixture is served at a site URL and its box is mounted only
 * when "Reply" is clicked, as on the sites. Passing means the editor's own model holds the text.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsertResult } from '../../lib/compose/insert-text';
import { buildEditorFixtures } from '../fixtures/editors/build.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface EditorCase {
  bundle: string;
  origin: string;
  editor: string;
  submit: string;
  /** The strategy editors.md measured as the one that works. */
  method: InsertResult['method'];
}
const EDITORS: Record<string, EditorCase> = {
  draft: { bundle: 'draft', origin: 'https://x.com', editor: '[data-testid="tweetTextarea_0"]', submit: '[data-testid="tweetButtonInline"]', method: 'paste' },
  'draft-modal': { bundle: 'draft', origin: 'https://x.com', editor: '[role="dialog"] [data-testid="tweetTextarea_0"]', submit: '[data-testid="tweetButton"]', method: 'paste' },
  lexical: { bundle: 'lexical', origin: 'https://www.facebook.com', editor: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label^="Comment as "]', submit: 'div[role="button"][aria-label="Comment"]', method: 'paste' },
  quill1: { bundle: 'quill1', origin: 'https://www.linkedin.com', editor: '.comments-comment-box__form .ql-editor[contenteditable="true"]', submit: 'button.comments-comment-box__submit-button--cr', method: 'execCommand' },
  quill2: { bundle: 'quill2', origin: 'https://www.linkedin.com', editor: '.comments-comment-box__form .ql-editor[contenteditable="true"]', submit: 'button.comments-comment-box__submit-button--cr', method: 'paste' },
  tiptap: { bundle: 'tiptap', origin: 'https://www.linkedin.com', editor: 'div[data-view-name="comment-box"] div.tiptap.ProseMirror[contenteditable="true"]', submit: 'button[data-view-name="comment-post"]', method: 'paste' },
};

interface TextCase {
  text: string;
  prefill?: string;
  expected: string;
}
const TEXTS: Record<string, TextCase> = {
  single: { text: 'Thanks for reaching out, we are on it.', expected: 'Thanks for reaching out, we are on it.' },
  multiline: { text: 'Great point.\nSecond line here.\n\nBest,\nDana', expected: 'Great point.\nSecond line here.\n\nBest,\nDana' },
  emoji: { text: 'Love it 🔥👍🏽 👨‍👩‍👧 café — ok', expected: 'Love it 🔥👍🏽 👨‍👩‍👧 café — ok' },
  prefill: { prefill: 'Jane Doe ', text: 'thanks for this! 🎉', expected: 'Jane Doe thanks for this! 🎉' },
  // The caret ends inside the mention: the text must follow it with a space, not join it.
  'mention-edge': { prefill: 'Jane Doe', text: 'thanks for this! 🎉', expected: 'Jane Doe thanks for this! 🎉' },
};

/** A post with a Reply button; the reply box is mounted only on click, as the sites do. */
const fixturePage = (bundle: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>fixture</title></head>
<body><main><article><p>Ordered from Northwind Coffee, never arrived.</p><button id="open-reply" type="button">Reply</button>
<div id="reply-slot"></div></article></main>
<script src="/__earshot-fixtures/${bundle}.js"></script>
<script>
  const params = new URLSearchParams(location.search);
  // A site that handles paste somewhere else: the editor never sees it.
  if (params.has('swallowPaste')) window.addEventListener('paste', (e) => e.stopImmediatePropagation(), true);
  document.getElementById('open-reply').addEventListener('click', () => {
    const box = Object.assign(document.createElement('div'), { id: 'reply-box' });
    document.getElementById('reply-slot').append(box);
    window.__earshotEditors.mount(params.get('kind'), box, { prefill: params.get('prefill') ?? undefined });
  }, { once: true });
</script></body></html>`;

let browser: Browser;
let context: BrowserContext;
let composeBundle = '';
const timings: string[] = [];

beforeAll(async () => {
  const started = Date.now();
  const [bundles, compose] = await Promise.all([
    buildEditorFixtures(),
    build({
      stdin: {
        contents: "export * from './lib/compose/insert-text'; export * from './lib/compose/wait-for';",
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: '__earshotCompose',
      minify: true,
      write: false,
    }),
  ]);
  composeBundle = compose.outputFiles[0]!.text;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  context = await browser.newContext();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const bundle = /^\/__earshot-fixtures\/(\w+)\.js$/.exec(url.pathname)?.[1];
    if (bundle && bundles[bundle]) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(bundles[bundle]) });
    if (url.pathname === '/fixture-editor') return route.fulfill({ contentType: 'text/html', body: fixturePage(url.searchParams.get('bundle') ?? '') });
    return route.abort(); // nothing leaves the machine
  });
  timings.push(`setup (build + launch) ${Date.now() - started} ms, lib/compose bundle ${composeBundle.length} B minified`);
});

afterAll(async () => {
  await browser?.close();
  console.info(`[insert-editors] ${timings.join('; ')}`);
});

/** A CDP isolated world: what Chrome gives a content script (shared DOM, no page globals). */
async function openIsolatedWorld(page: Page): Promise<<T>(expression: string) => Promise<T>> {
  const cdp = await context.newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'earshot-test' });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const reply = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, awaitPromise: true, returnByValue: true });
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    return reply.result.value as T;
  };
  await evaluate(composeBundle);
  return evaluate;
}

interface Opened {
  page: Page;
  errors: string[];
  /** Runs an expression in the page's isolated world (where __earshotCompose lives). */
  isolated: <T>(expression: string) => Promise<T>;
}

/** Loads the fixture page, opens the isolated world, then clicks Reply (a trusted click) to create the box. */
async function openReplyBox(name: string, params: Record<string, string> = {}): Promise<Opened> {
  const ed = EDITORS[name]!;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${ed.origin}/fixture-editor?${new URLSearchParams({ bundle: ed.bundle, kind: name, ...params })}`);
  const isolated = await openIsolatedWorld(page);
  await page.click('#open-reply');
  return { page, errors, isolated };
}

/** Reads the fixture's own model (main world): its text and whether the site's submit button is enabled. */
function readBox(page: Page, submit: string): Promise<{ model: string; submitEnabled: boolean; mentionText: string | null }> {
  return page.evaluate((submit) => {
    const box = document.getElementById('reply-box')!;
    const button = box.querySelector(submit);
    const mention = box.querySelector('a.ql-mention, a[data-entity-urn], [data-lexical-text="true"]');
    return {
      model: (window as unknown as { __earshotEditors: { getText(c: Element): string } }).__earshotEditors.getText(box),
      submitEnabled: !!button && !button.hasAttribute('disabled') && button.getAttribute('aria-disabled') !== 'true',
      mentionText: mention?.textContent ?? null,
    };
  }, submit);
}

/** Waits for the editor from the isolated world (waitForElement) and inserts `text` there. */
function insertFromContentScript(opened: Opened, selector: string, text: string): Promise<{ result: InsertResult; isolated: boolean }> {
  return opened.isolated(`(async () => {
    const editor = await __earshotCompose.waitForElement(() => document.querySelector(${JSON.stringify(selector)}));
    if (!editor) throw new Error('editor never appeared');
    const result = await __earshotCompose.insertIntoEditor(editor, ${JSON.stringify(text)});
    return { result, isolated: typeof window.__earshotEditors === 'undefined' };
  })()`);
}

describe.each(Object.keys(EDITORS))('%s', (name) => {
  const ed = EDITORS[name]!;
  it.each(Object.keys(TEXTS))('%s', async (textName) => {
    const started = Date.now();
    const cell = TEXTS[textName]!;
    const opened = await openReplyBox(name, cell.prefill ? { prefill: cell.prefill } : {});
    try {
      const { result, isolated } = await insertFromContentScript(opened, ed.editor, cell.text);
      const box = await readBox(opened.page, ed.submit);
      expect(isolated).toBe(true);
      expect(opened.errors).toEqual([]);
      expect(box.model).toBe(cell.expected);
      expect(result).toMatchObject({ ok: true, method: ed.method, newlinesExact: true });
      expect(box.submitEnabled).toBe(true);
      if (cell.prefill && !name.startsWith('draft')) expect(box.mentionText).toBe('Jane Doe'); // the mention did not swallow the text
    } finally {
      timings.push(`${name}/${textName} ${Date.now() - started} ms`);
      await opened.page.close();
    }
  });
});

describe('fallbacks', () => {
  // A site that swallows the paste leaves execCommand, which breaks Draft in these two cases (editors.md).
  it.each([
    ['an empty box', '', 'Hello'],
    ['several lines', 'Jane Doe ', 'Great point.\nBest,\nDana'],
  ])('refuses execCommand on Draft.js with %s', async (_case, prefill, text) => {
    const opened = await openReplyBox('draft', { swallowPaste: '1', ...(prefill ? { prefill } : {}) });
    try {
      const { result } = await insertFromContentScript(opened, EDITORS.draft!.editor, text);
      expect(result).toMatchObject({ ok: false, method: 'none', reason: expect.stringMatching(/Draft/) });
      expect(opened.errors).toEqual([]); // no removeChild crash
      expect((await readBox(opened.page, EDITORS.draft!.submit)).model).toBe(prefill);
      expect(await opened.page.locator(EDITORS.draft!.editor).count()).toBe(1);
    } finally {
      await opened.page.close();
    }
  });

  it('copyForManualPaste puts the text on the clipboard for Ctrl+V', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
    const opened = await openReplyBox('draft');
    try {
      const text = 'Great point.\n\nBest, Dana 🔥';
      expect(await opened.isolated<boolean>(`__earshotCompose.copyForManualPaste(${JSON.stringify(text)})`)).toBe(true);
      expect(await opened.page.evaluate(() => navigator.clipboard.readText())).toBe(text);
      expect(await opened.page.locator('textarea').count()).toBe(0); // nothing left behind
    } finally {
      await opened.page.close();
    }
  });
});

describe('fixture contract (what other e2e tests rely on)', () => {
  it.each(Object.keys(EDITORS))('%s: disabled when empty, typing enables, submit records and clears', async (name) => {
    const ed = EDITORS[name]!;
    const opened = await openReplyBox(name);
    const { page } = opened;
    try {
      await page.evaluate(() => {
        const w = window as unknown as { __events: unknown[] };
        w.__events = [];
        document.addEventListener('earshot-fixture-submit', (e) => w.__events.push((e as CustomEvent).detail));
      });
      await page.locator(ed.editor).click();
      expect((await readBox(page, ed.submit)).submitEnabled).toBe(false);
      const lexical = name === 'lexical';
      await page.keyboard.type('Hello');
      if (lexical) {
        await page.keyboard.press('Shift+Enter'); // a line break, not a submit
        await page.keyboard.type('there');
      }
      const typed = lexical ? 'Hello\nthere' : 'Hello';
      expect(await readBox(page, ed.submit)).toMatchObject({ model: typed, submitEnabled: true });
      if (lexical) await page.keyboard.press('Enter'); // Facebook posts on Enter
      else await page.locator(ed.submit).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { __events: unknown[] }).__events)).toEqual([{ kind: name, text: typed }]);
      expect(await page.evaluate(() => (window as unknown as { __earshotSubmissions: unknown[] }).__earshotSubmissions)).toEqual([{ kind: name, text: typed }]);
      expect(await readBox(page, ed.submit)).toMatchObject({ model: '', submitEnabled: false });
      expect(opened.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
