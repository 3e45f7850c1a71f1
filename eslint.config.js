// @ts-check
/**
 * The lint gate (style.md habit 10): typescript-eslint, React hooks, and the
 * rules that keep habits 3, 4, 6 and 7 true as the code grows:
 * - page text never becomes HTML (no-unsanitized + restricted innerHTML & co.),
 * - no eval / new Function (no remote or generated code: product.md §7),
 * - Dexie only in the extension origin: content-script and pure code never
 *   import 'dexie' or lib/db, components go through the lib/db repos,
 * - matching, classification and KPIs stay pure (no document/window/browser),
 * - one typed message protocol (lib/messaging/protocol.ts) owns runtime messaging.
 *
 * ESLint does not merge the options of a rule set in two config objects (the
 * later one replaces the earlier), so each rule's options are composed below
 * from named parts, and the folder-specific blocks come after the general ones.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'tests/**'];

/** Code that runs in the site's page (content scripts) or must stay pure: never IndexedDB. */
const NO_DB_FOLDERS = [
  'lib/sites/**',
  'lib/dom/**',
  'lib/overlay/**',
  'lib/compose/**',
  'lib/matching/**',
  'lib/classify/**',
  'lib/kpi/**',
  'lib/cases/**',
  'lib/templates/**',
  // Not in the original list but the same case: they run inside the content script.
  'lib/highlight/**',
  'entrypoints/*.content/**',
];
/** Pure: plain data in, plain data out (tested with tables, runnable in any context). */
const PURE_FOLDERS = ['lib/matching/**', 'lib/classify/**', 'lib/kpi/**'];

// ---------------------------------------------------------------------------
// no-restricted-syntax parts
// ---------------------------------------------------------------------------

/** A string known at build time: a plain literal or a template without ${}. */
const CONSTANT = (side) => `:not([${side}.type='Literal']):not([${side}.type='TemplateLiteral'][${side}.expressions.length=0])`;

const HTML_SINKS = [
  {
    selector: `AssignmentExpression[left.type='MemberExpression'][left.property.name=/^(innerHTML|outerHTML)$/]${CONSTANT('right')}`,
    message: 'Never build HTML from strings (style.md habit 7): create nodes and set textContent.',
  },
  {
    selector: `CallExpression[callee.property.name='insertAdjacentHTML']${CONSTANT('arguments.1')}`,
    message: 'Never build HTML from strings (style.md habit 7): use insertAdjacentElement / append with nodes.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'document.write is never needed: create nodes.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Page text is untrusted (product.md §7): render text as React children, never dangerouslySetInnerHTML.',
  },
];

/** Habit 3: runtime messaging only through the typed protocol (lib/messaging/protocol.ts). */
const RUNTIME_MESSAGING = [
  {
    selector:
      "MemberExpression[object.type='MemberExpression'][object.property.name=/^(runtime|tabs)$/][property.name=/^(sendMessage|onMessage|onMessageExternal|connect|onConnect|onConnectExternal)$/]",
    message: 'Send and receive messages through lib/messaging/protocol.ts (one typed protocol, style.md habit 3).',
  },
];

const restrictedSyntax = (...parts) => ['error', ...parts.flat()];

// ---------------------------------------------------------------------------
// @typescript-eslint/no-restricted-imports parts (type-only imports are erased
// at build time, so `import type { StoredCase } from '../db/schema'` is fine)
// ---------------------------------------------------------------------------

const DB_MESSAGE = 'Content-script and pure code never open IndexedDB (style.md habit 4): send a message through lib/messaging/protocol.ts or take plain data as arguments.';
const IMPORTS = {
  messaging: {
    paths: [
      {
        name: '@webext-core/messaging',
        message: 'Use the typed protocol in lib/messaging/protocol.ts (style.md habit 3).',
        allowTypeImports: true,
      },
    ],
  },
  dexie: {
    paths: [
      { name: 'dexie', message: DB_MESSAGE, allowTypeImports: true },
      { name: 'dexie-react-hooks', message: DB_MESSAGE, allowTypeImports: true },
    ],
  },
  db: {
    patterns: [
      // '../db', '../../db/schema' (relative) and '@/lib/db/…', '~/lib/db' (aliases).
      { regex: '^(\\.\\.?/)+db(/.*)?$', message: DB_MESSAGE, allowTypeImports: true },
      { regex: '^[@~]{1,2}/lib/db(/.*)?$', message: DB_MESSAGE, allowTypeImports: true },
    ],
  },
  componentsDexie: {
    paths: [
      {
        name: 'dexie',
        message: 'Components read and write through the lib/db repos (useLiveQuery from dexie-react-hooks is fine).',
        allowTypeImports: true,
      },
    ],
  },
  browserApi: {
    paths: ['wxt/browser', '#imports', 'webextension-polyfill', '@wxt-dev/browser', '@wxt-dev/webextension-polyfill/browser'].map((name) => ({
      name,
      message: 'lib/matching, lib/classify and lib/kpi are pure: take plain data as arguments.',
      allowTypeImports: true,
    })),
  },
};
const restrictedImports = (...parts) => [
  'error',
  { paths: parts.flatMap((p) => p.paths ?? []), patterns: parts.flatMap((p) => p.patterns ?? []) },
];

const PURE_GLOBALS = ['document', 'window', 'browser', 'chrome', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'globalThis'].map(
  (name) => ({ name, message: 'lib/matching, lib/classify and lib/kpi are pure: no DOM, no browser APIs (style.md habit 2).' }),
);

/** Node's globals for the few plain .js/.mjs scripts (TypeScript checks the .ts files itself). */
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'fetch', 'performance', 'structuredClone', 'AbortController', 'TextEncoder', 'TextDecoder'].map(
    (n) => [n, 'readonly'],
  ),
);

/** DOM globals for those plain scripts (TypeScript files get theirs from lib.dom). */
const BROWSER_GLOBALS = Object.fromEntries(
  ['window', 'document', 'CSS', 'Node', 'NodeFilter', 'MutationObserver', 'PerformanceObserver', 'IntersectionObserver', 'ResizeObserver', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'getComputedStyle', 'HTMLElement', 'Element', 'Event', 'CustomEvent', 'KeyboardEvent', 'DataTransfer', 'ClipboardEvent', 'Range', 'Highlight', 'location', 'navigator'].map(
    (n) => [n, 'readonly'],
  ),
);

export default defineConfig(
  // .output-*: builds made with EARSHOT_OUT_DIR (parallel work, benches).
  globalIgnores(['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/**', 'bench/.tmp/**', 'coverage/**', 'tests/e2e/.artifacts/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: NODE_GLOBALS },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': restrictedSyntax(HTML_SINKS, RUNTIME_MESSAGING),
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: 'document.write is never needed: create nodes.' },
        { object: 'document', property: 'writeln', message: 'document.write is never needed: create nodes.' },
      ],
      '@typescript-eslint/no-restricted-imports': restrictedImports(IMPORTS.messaging),
      // `_name` marks a value left out on purpose (destructuring to drop a field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Type-aware rules, only the cheap, high-value ones: a dropped promise is a
  // lost write or an unhandled rejection in the service worker.
  {
    files: TS,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
    },
  },
  // React pages: hooks rules (the hooks live in .ts files too: use-profile.ts, use-template-actions.ts).
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/*/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs['recommended-latest'].rules,
  },
  // Habit 4: content-script and pure code never import Dexie or lib/db. Tests
  // are left out: the boundary is about what ships in a bundle, and a test may
  // use a fake-indexeddb database or a constant from lib/db/schema.
  {
    files: NO_DB_FOLDERS,
    ignores: TESTS,
    rules: { '@typescript-eslint/no-restricted-imports': restrictedImports(IMPORTS.messaging, IMPORTS.dexie, IMPORTS.db) },
  },
  // Components go through the lib/db repos, never Dexie itself.
  {
    files: ['components/**'],
    ignores: TESTS,
    rules: { '@typescript-eslint/no-restricted-imports': restrictedImports(IMPORTS.messaging, IMPORTS.componentsDexie) },
  },
  // Pure folders: no DOM, no browser APIs, no Dexie.
  {
    files: PURE_FOLDERS,
    rules: { 'no-restricted-globals': ['error', ...PURE_GLOBALS] },
  },
  {
    files: PURE_FOLDERS,
    ignores: TESTS,
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictedImports(IMPORTS.messaging, IMPORTS.dexie, IMPORTS.db, IMPORTS.browserApi),
    },
  },
  // The one place that defines the message protocol.
  {
    files: ['lib/messaging/protocol.ts'],
    rules: {
      'no-restricted-syntax': restrictedSyntax(HTML_SINKS),
      '@typescript-eslint/no-restricted-imports': 'off',
    },
  },
  // Tests build DOM from fixture markup we wrote (constant strings, saved pages
  // under tests/fixtures), never from page input; some run a fixture page's own
  // inline script, which happy-dom does not execute when parsing.
  {
    files: TESTS,
    rules: {
      'no-unsanitized/property': 'off',
      'no-new-func': 'off',
      '@typescript-eslint/no-implied-eval': 'off',
      'no-restricted-syntax': restrictedSyntax(RUNTIME_MESSAGING),
      // Hostile inputs ("javascript:alert(1)") are test data here, never followed.
      'no-script-url': 'off',
      // Tests assert that control characters are gone.
      'no-control-regex': 'off',
    },
  },
  // The sanitisers strip C0 controls, NUL and bidi overrides from page text on
  // purpose: a regex naming control characters is the point there, not a slip.
  {
    files: ['lib/classify/text.ts', 'lib/cases/text.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  // Plain scripts that run in a page: the demo and e2e helpers pass functions to
  // page.evaluate, and the benchmarks inject bench/support/*.js into fixture pages.
  {
    files: ['tests/demo/**/*.mjs', 'tests/support/**/*.mjs', 'bench/**/*.js', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...NODE_GLOBALS, ...BROWSER_GLOBALS } },
  },
);
