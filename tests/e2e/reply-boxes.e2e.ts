/**
 * The sites' reply boxes with their REAL editor libraries (Draft.js, TipTap, Quill 1/2, Lexical),
 * on the site fixtures in real Chromium. Each case runs the adapter's reply logic and the insertion
 * in a CDP isolated world (what a content script gets) exactly as the chip's Reply does: click the
 * site's opener for one post or comment, wait for its box, insert the template. Then the editor's
 * own model must hold the text, the site's submit button must be enabled, and pressing it (a real
 * click, or Enter on Facebook) must post exactly one reply. The extension is loaded only so that
 * routing and the editor bundles are the harness's (launchExtension).
 */
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsertResult } from '../../lib/compose/insert-text';
import { launchExtension, type Session } from './harness';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TEXT = 'Hi Jane, sorry!\nDM us.';
const tweet = (n: number): string => `20604129000000${String(n).padStart(5, '0')}`;
const X_STATUS = `https://x.com/NorthwindCoffee/status/${tweet(500)}`;
const LI_DETAIL = 'https://www.linkedin.com/feed/update/urn:li:activity:7529822397037167628/';
const liComment = (post: string, id: string): string => `urn:li:comment:(urn:li:activity:${post},${id})`;

interface Case {
  fixture: string;
  url: string;
  adapter: 'xAdapter' | 'linkedinAdapter' | 'facebookAdapter';
  /** The post or comment replied to: its postId, or (Facebook ids are long) its author. */
  target: { postId?: string; author?: string; comment?: boolean };
  /** The editor kind that must record the submission, and what the site prefilled. */
  kind: string;
  prefill?: string;
  /** A selector the box must match (which box it is: modal, inline, reply label…). */
  box: string;
  /** postForEditor must give back the target (false: the page does not show it, e.g. X's modal here). */
  owner?: boolean;
  submitBy?: 'click' | 'enter';
}

const CASES: Record<string, Case> = {
  'X home: tweet → reply modal (not the home composer)': {
    fixture: 'sites/x/home.html', url: 'https://x.com/home', adapter: 'xAdapter', target: { postId: tweet(101) },
    kind: 'draft-modal', box: '#layers [role="dialog"][aria-modal="true"] [data-testid="tweetTextarea_0"]', owner: false,
  },
  'X status: focused tweet → inline composer': {
    fixture: 'sites/x/status.html', url: X_STATUS, adapter: 'xAdapter', target: { postId: tweet(500) },
    kind: 'draft', box: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
  },
  'X status: a reply → reply modal': {
    fixture: 'sites/x/status.html', url: X_STATUS, adapter: 'xAdapter', target: { postId: tweet(501) },
    kind: 'draft-modal', box: '#layers [role="dialog"] [data-testid="tweetTextarea_0"]', owner: false,
  },
  'LinkedIn v2 feed: complaint post → its TipTap box': {
    fixture: 'sites/linkedin/feed-v2.html', url: 'https://www.linkedin.com/feed/', adapter: 'linkedinAdapter',
    target: { postId: 'urn:li:activity:7529459884213272598' }, kind: 'tiptap', box: '[data-fixture-box="post"] div.tiptap.ProseMirror',
  },
  'LinkedIn v2 feed: post without a box → Comment creates one': {
    fixture: 'sites/linkedin/feed-v2.html', url: 'https://www.linkedin.com/feed/', adapter: 'linkedinAdapter',
    target: { postId: 'urn:li:activity:7529432758797301723' }, kind: 'tiptap', box: '[data-fixture-box="post"] div.tiptap.ProseMirror',
  },
  'LinkedIn v2 feed: comment → inline reply box after it': {
    fixture: 'sites/linkedin/feed-v2.html', url: 'https://www.linkedin.com/feed/', adapter: 'linkedinAdapter',
    target: { postId: liComment('7529459884213272598', '7529478965753352723') }, kind: 'tiptap', prefill: 'Priya Nair ',
    box: '[data-fixture-box="reply"] [aria-label="Text editor for creating comment"] div.tiptap.ProseMirror',
  },
  'LinkedIn v2 detail page: post → its box': {
    fixture: 'sites/linkedin/post-v2.html', url: LI_DETAIL, adapter: 'linkedinAdapter',
    target: { postId: 'urn:li:activity:7529822397037167628' }, kind: 'tiptap', box: '[data-fixture-box="post"] div.tiptap.ProseMirror',
  },
  'LinkedIn v2 detail page: comment with a nested reply → thread reply box': {
    fixture: 'sites/linkedin/post-v2.html', url: LI_DETAIL, adapter: 'linkedinAdapter',
    target: { postId: liComment('7529822397037167628', '7529883869835098632') }, kind: 'tiptap', prefill: 'Ravi Patel ',
    box: '[data-fixture-box="reply"] div.tiptap.ProseMirror',
  },
  'LinkedIn v1 feed: complaint post → Quill 1 box': {
    fixture: 'sites/linkedin/feed-v1.html', url: 'https://www.linkedin.com/feed/', adapter: 'linkedinAdapter',
    target: { postId: 'urn:li:activity:7529106072937656617' }, kind: 'quill1', box: '[data-fixture-box="post"] .ql-editor',
  },
  'LinkedIn v1 feed: post → Comment creates a Quill 2 box': {
    fixture: 'sites/linkedin/feed-v1.html', url: 'https://www.linkedin.com/feed/', adapter: 'linkedinAdapter',
    target: { postId: 'urn:li:activity:7529073614457595608' }, kind: 'quill2', box: '[data-fixture-box="post"] .ql-editor',
  },
  'LinkedIn v1 feed: comment → reply box inside it': {
    fixture: 'sites/linkedin/feed-v1.html', url: 'https://www.linkedin.com/feed/', adapter: 'linkedinAdapter',
    target: { postId: liComment('7529106072937656617', '7529120610786549328') }, kind: 'quill1', prefill: 'Priya Nair ',
    box: '.comments-comment-entity [data-fixture-box="reply"] .ql-editor',
  },
  'Facebook modern feed: post → "Comment as" box': {
    fixture: 'sites/facebook/feed-modern.html', url: 'https://www.facebook.com/', adapter: 'facebookAdapter',
    target: { author: 'Liam Carter' }, kind: 'lexical', box: '[aria-posinset] [aria-label="Comment as Dana Whitfield"]',
  },
  'Facebook modern feed: comment → "Reply to" box (Enter posts)': {
    fixture: 'sites/facebook/feed-modern.html', url: 'https://www.facebook.com/', adapter: 'facebookAdapter',
    target: { author: 'Marta Ruiz', comment: true }, kind: 'lexical', prefill: 'Marta Ruiz ', box: '[aria-label="Reply to Marta Ruiz"]', submitBy: 'enter',
  },
  'Facebook group feed (role=article): post → its box': {
    fixture: 'sites/facebook/feed-article.html', url: 'https://www.facebook.com/groups/northwindfans/', adapter: 'facebookAdapter',
    target: { author: 'Rita Gomez' }, kind: 'lexical', box: 'div[role="article"] [aria-label="Comment as Dana Whitfield"]',
  },
  'Facebook post page: post → its box': {
    fixture: 'sites/facebook/post.html', url: 'https://www.facebook.com/northwindcoffee/posts/pfbid02demo', adapter: 'facebookAdapter',
    target: { author: 'Karen Holt' }, kind: 'lexical', box: '[aria-label="Comment as Dana Whitfield"]',
  },
  'Facebook post page: comment with a reply → "Reply to" box': {
    fixture: 'sites/facebook/post.html', url: 'https://www.facebook.com/northwindcoffee/posts/pfbid02demo', adapter: 'facebookAdapter',
    target: { author: 'Tom Becker', comment: true }, kind: 'lexical', prefill: 'Tom Becker ', box: '[aria-label="Reply to Tom Becker"]',
  },
};

let session: Session;
let bundle = '';

beforeAll(async () => {
  const [s, out] = await Promise.all([
    launchExtension(),
    build({
      stdin: {
        contents: [
          "export { xAdapter } from './lib/sites/x/adapter';",
          "export { linkedinAdapter } from './lib/sites/linkedin/adapter';",
          "export { facebookAdapter } from './lib/sites/facebook/adapter';",
          "export * from './lib/compose/insert-text';",
          "export * from './lib/compose/wait-for';",
        ].join('\n'),
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: '__earshotReply',
      write: false,
    }),
  ]);
  session = s;
  bundle = out.outputFiles[0]!.text;
});

afterAll(() => session?.close());

/** A CDP isolated world on the page (shared DOM, no page globals) holding the adapters and lib/compose. */
async function isolatedWorld(page: Page): Promise<<T>(expression: string) => Promise<T>> {
  const cdp = await session.context.newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'earshot-reply-test' });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const reply = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, awaitPromise: true, returnByValue: true });
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    return reply.result.value as T;
  };
  await evaluate(bundle);
  return evaluate;
}

interface Flow {
  isolated: boolean;
  clicked: boolean;
  result: InsertResult;
  isReplyEditor: boolean;
  editorForSelf: boolean;
  ownerIsTarget: boolean;
  ownerIsNull: boolean;
  hasSubmit: boolean;
}

/** The chip's Reply, step by step, from the isolated world; marks the box and its submit for the page side. */
function runFlow(evaluate: <T>(e: string) => Promise<T>, c: Case): Promise<Flow> {
  return evaluate<Flow>(`(async () => {
    const A = __earshotReply[${JSON.stringify(c.adapter)}];
    const target = ${JSON.stringify(c.target)};
    const post = A.findPostElements(document).find((el) => {
      const d = A.readPost(el, null)?.data;
      return !!d && (target.postId ? d.postId === target.postId : d.author === target.author && d.isComment === !!target.comment);
    });
    if (!post) throw new Error('target post not found');
    const clicked = A.reply.clickReplyOpener(post);
    const editor = await __earshotReply.waitForElement(() => A.reply.findOpenEditor(post), { timeoutMs: 5000 });
    if (!editor) throw new Error('no reply box appeared');
    editor.setAttribute('data-test-editor', '');
    const result = await __earshotReply.insertIntoEditor(editor, ${JSON.stringify(TEXT)});
    const submit = A.reply.findSubmitButton(editor);
    submit?.setAttribute('data-test-submit', '');
    const owner = A.reply.postForEditor(editor);
    return {
      isolated: typeof window.__earshotEditors === 'undefined',
      clicked, result, hasSubmit: !!submit,
      isReplyEditor: A.reply.isReplyEditor(editor),
      editorForSelf: A.reply.editorFor(editor) === editor,
      ownerIsTarget: owner === post, ownerIsNull: owner === null,
    };
  })()`);
}

interface PageSide {
  boxMatches: boolean;
  model: string;
  submitEnabled: boolean;
  untouched: string[];
}

/** Page (main) world: the editor's own model text, found through the fixture API's container. */
function readPage(page: Page, box: string): Promise<PageSide> {
  return page.evaluate((box) => {
    const api = (window as unknown as { __earshotEditors: { instances: WeakMap<Element, unknown>; getText(c: Element): string } }).__earshotEditors;
    const editor = document.querySelector('[data-test-editor]')!;
    let container: Element | null = editor;
    while (container && !api.instances.has(container)) container = container.parentElement;
    const submit = document.querySelector('[data-test-submit]');
    // Every other live box on the page must still be empty (the text went to the right one).
    const others = [...document.querySelectorAll('[data-fixture-box]')]
      .filter((el) => api.instances.has(el) && el !== container)
      .map((el) => api.getText(el));
    // X's home composer is saved markup, not an editor: its DOM must stay empty too.
    const home = [...document.querySelectorAll('[data-testid="tweetTextarea_0"]:not([data-test-editor])')].filter((el) => !el.closest('[data-fixture-box]'));
    others.push(...home.map((el) => el.textContent ?? ''));
    return {
      boxMatches: editor.matches(box),
      model: container ? api.getText(container) : '(no editor instance)',
      submitEnabled: !!submit && !submit.hasAttribute('disabled') && submit.getAttribute('aria-disabled') !== 'true',
      untouched: others.filter((t) => t !== ''),
    };
  }, box);
}

describe('reply boxes on the site fixtures, with the real editors', () => {
  it.each(Object.keys(CASES))('%s', async (name) => {
    const c = CASES[name]!;
    session.serve(c.url, c.fixture);
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(c.url);
      await page.waitForFunction(() => 'getText' in ((window as unknown as { __earshotEditors?: object }).__earshotEditors ?? {}));
      const evaluate = await isolatedWorld(page);
      const flow = await runFlow(evaluate, c);
      expect(flow).toMatchObject({ isolated: true, clicked: true, isReplyEditor: true, editorForSelf: true, hasSubmit: true });
      expect(flow.result).toMatchObject({ ok: true, newlinesExact: true });
      expect(c.owner === false ? flow.ownerIsNull : flow.ownerIsTarget).toBe(true);

      const expected = (c.prefill ?? '') + TEXT;
      const side = await readPage(page, c.box);
      expect(side).toEqual({ boxMatches: true, model: expected, submitEnabled: true, untouched: [] });

      if (c.submitBy === 'enter') {
        await page.locator('[data-test-editor]').focus();
        await page.keyboard.press('Enter');
      } else {
        await page.locator('[data-test-submit]').click();
      }
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __earshotSubmissions: unknown[] }).__earshotSubmissions))
        .toEqual([{ kind: c.kind, text: expected }]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
