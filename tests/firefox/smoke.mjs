#!/usr/bin/env node
/**
 * Firefox smoke load (docs/firefox.md): installs the built Firefox add-on as a temporary
 * add-on in a headless Firefox, through Firefox's own remote debugging protocol (what
 * about:debugging and web-ext use; Playwright's Firefox needs a patched build we do not
 * have), and checks that it starts without errors:
 *   - the add-on installs with no manifest warnings;
 *   - the background page runs (the database opens, default templates are installed);
 *   - the first-run options page opens, and the options page and the popup render;
 *   - no error and no uncaught exception in any of the extension's pages meanwhile
 *     (the error watch is proven live at the end with a deliberate console.error).
 * Content scripts are not exercised (the sites would need the network). Not part of
 * `npm test`: CI does not need Firefox.
 *
 *   npm run smoke:firefox                      (builds .output/firefox-mv2 first)
 *   node tests/firefox/smoke.mjs [addon-dir]   (FIREFOX=/path/to/firefox, default firefox-esr or firefox)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ADDON_ID = 'earshot@earshot.app';
const addonDir = resolve(process.argv[2] ?? join(process.env.EARSHOT_OUT_DIR ?? '.output', 'firefox-mv2'));
const firefox = process.env.FIREFOX ?? ['firefox-esr', 'firefox'].find((bin) => spawnSync('which', [bin]).status === 0);
const started = Date.now();
const ms = () => Date.now() - started;
const sleep = (t) => new Promise((r) => setTimeout(r, t));
const debug = process.env.SMOKE_DEBUG ? (...a) => console.error(`[${ms()} ms]`, ...a) : () => {};

if (!existsSync(join(addonDir, 'manifest.json'))) fail(`No built add-on at ${addonDir}: run npx wxt build -b firefox first`);
if (!firefox) fail('No Firefox found: apt-get install -y firefox-esr, or set FIREFOX=/path/to/firefox');

function fail(message) {
  console.error(`smoke:firefox FAILED: ${message}`);
  process.exit(1);
}

/** A free TCP port for the debugger server. */
async function freePort() {
  const server = net.createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

/** Firefox's remote debugging protocol: length-prefixed JSON packets; replies come from the actor asked, in order. */
function connectRdp(socket) {
  let buffer = Buffer.alloc(0);
  // The root actor speaks first (a greeting with no `type`): it must not be taken for a reply.
  let greeted;
  const greeting = new Promise((r) => (greeted = r));
  const pending = new Map([['root', [(packet) => greeted(packet)]]]);
  const listeners = new Set();
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString());
      buffer = buffer.subarray(colon + 1 + length);
      const queue = pending.get(packet.from);
      // Events carry a `type`; replies do not (errors carry `error`).
      if (queue?.length && (!('type' in packet) || packet.error)) queue.shift()(packet);
      else for (const listener of listeners) listener(packet);
    }
  });
  return {
    greeting,
    request(to, type, extra = {}) {
      return new Promise((resolveReply, reject) => {
        if (!pending.has(to)) pending.set(to, []);
        pending.get(to).push((packet) => (packet.error ? reject(new Error(`${type}: ${packet.error} ${packet.message ?? ''}`)) : resolveReply(packet)));
        const text = JSON.stringify({ to, type, ...extra });
        socket.write(`${Buffer.byteLength(text)}:${text}`);
      });
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const profile = mkdtempSync(join(tmpdir(), 'earshot-firefox-'));
writeFileSync(
  join(profile, 'user.js'),
  [
    ['devtools.debugger.remote-enabled', true],
    ['devtools.chrome.enabled', true],
    ['devtools.debugger.prompt-connection', false],
    ['browser.shell.checkDefaultBrowser', false],
    ['datareporting.policy.dataSubmissionEnabled', false],
    ['toolkit.telemetry.reporter.enabled', false],
    ['app.update.disabledForTesting', true],
    ['browser.startup.homepage_override.mstone', 'ignore'],
    ['extensions.update.enabled', false],
    // No network: anything that tries goes to a dead proxy.
    ['network.proxy.type', 1],
    ['network.proxy.http', '127.0.0.1'],
    ['network.proxy.http_port', 9],
    ['network.proxy.ssl', '127.0.0.1'],
    ['network.proxy.ssl_port', 9],
    ['network.proxy.no_proxies_on', ''],
  ]
    .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
    .join('\n'),
);

const port = await freePort();
const browser = spawn(firefox, ['--headless', '--no-remote', '--profile', profile, '--start-debugger-server', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
browser.stderr.on('data', (d) => (stderr += d));
const cleanUp = () => {
  browser.kill();
  rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
};

const report = { firefox: '', addonDir, timings: {}, checks: {}, errors: [] };
try {
  report.firefox = spawnSync(firefox, ['--version']).stdout.toString().trim();
  let socket;
  for (let i = 0; !socket; i += 1) {
    socket = await new Promise((res) => {
      const s = net.connect(port, '127.0.0.1', () => res(s));
      s.on('error', () => res(null));
    });
    if (!socket) {
      if (i > 150 || browser.exitCode !== null) throw new Error(`Firefox's debugger server did not come up: ${stderr.slice(-500)}`);
      await sleep(200);
    }
  }
  const rdp = connectRdp(socket);
  debug('connected', (await rdp.greeting).applicationType);
  report.timings.debuggerUpMs = ms();

  const root = await rdp.request('root', 'getRoot');
  debug('root', root.addonsActor);
  const install = await rdp.request(root.addonsActor, 'installTemporaryAddon', { addonPath: addonDir });
  report.timings.installedMs = ms();
  if (install.addon?.id !== ADDON_ID) throw new Error(`installTemporaryAddon answered ${JSON.stringify(install)}`);
  const { addons } = await rdp.request('root', 'listAddons');
  const addon = addons.find((a) => a.id === ADDON_ID);
  report.checks.manifestWarnings = addon.warnings;

  // Every frame of the add-on (background page, its tabs) and their console and errors, from now on
  // and the ones already logged.
  const { actor: watcher } = await rdp.request(addon.actor, 'getWatcher', { isServerTargetSwitchingEnabled: true });
  const targets = [];
  const evaluations = new Map();
  rdp.on((packet) => {
    if (packet.type === 'target-available-form') targets.push(packet.target);
    // The result may come in the same chunk as the reply that names it, before anyone waits for it.
    if (packet.type === 'evaluationResult') evaluations.set(packet.resultID, packet);
    if (packet.type !== 'resources-available-array') return;
    for (const [kind, resources] of packet.array) {
      for (const r of resources) {
        if (kind === 'console-message' && ['error', 'warn'].includes(r.level)) {
          report.errors.push({ kind: `console.${r.level}`, text: r.arguments.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '), file: r.filename });
        }
        if (kind === 'error-message' && r.pageError && !r.pageError.warning) {
          report.errors.push({ kind: 'error', text: r.pageError.errorMessage, file: r.pageError.sourceName });
        }
      }
    }
  });
  await rdp.request(watcher, 'watchTargets', { targetType: 'frame' });
  await rdp.request(watcher, 'watchResources', { resourceTypes: ['console-message', 'error-message'] });

  const background = async () => {
    for (let i = 0; i < 100; i += 1) {
      const t = targets.find((x) => /\/_generated_background_page\.html$/.test(x.url ?? ''));
      if (t) return t;
      await sleep(100);
    }
    throw new Error(`No background page among ${targets.map((t) => t.url).join(', ')}`);
  };
  const bg = await background();
  debug('background', bg.url);
  report.timings.backgroundMs = ms();

  /** Evaluates an async function body in the background page; returns its JSON result. */
  const run = async (body) => {
    const key = `__smoke${Math.random().toString(36).slice(2)}`;
    const text = `(async () => { ${body} })().then((v) => { globalThis.${key} = JSON.stringify({ ok: v ?? null }); }, (e) => { globalThis.${key} = JSON.stringify({ error: String(e) }); }); 0`;
    const read = async (expression) => {
      const { resultID } = await rdp.request(bg.consoleActor, 'evaluateJSAsync', { text: expression });
      for (let i = 0; i < 300 && !evaluations.has(resultID); i += 1) await sleep(20);
      const result = evaluations.get(resultID);
      evaluations.delete(resultID);
      if (!result) throw new Error(`no evaluation result for ${expression.slice(0, 60)}`);
      if (result.hasException) throw new Error(`evaluation failed: ${JSON.stringify(result.exceptionMessage ?? result.exception)}`);
      return result.result;
    };
    await read(text);
    for (let i = 0; i < 200; i += 1) {
      const value = await read(`globalThis.${key} ?? null`);
      if (typeof value === 'string') {
        const parsed = JSON.parse(value);
        if ('error' in parsed) throw new Error(parsed.error);
        return parsed.ok;
      }
      await sleep(100);
    }
    throw new Error(`no result for: ${body.slice(0, 80)}`);
  };

  // The background: database open, default templates installed (onInstalled), alarms set.
  const state = await run(`
    for (let i = 0; i < 100; i += 1) {
      const templates = await new Promise((resolve) => {
        const req = indexedDB.open('earshot');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('templates')) { db.close(); return resolve(0); }
          const count = db.transaction('templates').objectStore('templates').count();
          count.onsuccess = () => { db.close(); resolve(count.result); };
          count.onerror = () => { db.close(); resolve(-1); };
        };
        req.onerror = () => resolve(-1);
      });
      if (templates > 0) {
        const alarms = (await browser.alarms.getAll()).map((a) => a.name).sort();
        return { version: browser.runtime.getManifest().version, templates, alarms };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no default templates in the database after 10 s');
  `);
  report.checks.background = state;
  debug('state', state);
  report.timings.databaseReadyMs = ms();

  // The options page onInstalled opened, then the popup in a tab: both render (React mounted, text shown).
  const pages = await run(`
    const text = (path) => browser.extension.getViews({ type: 'tab' })
      .filter((w) => w.location.pathname === path)
      .map((w) => w.document.body.innerText.replace(/\\s+/g, ' ').trim())[0] ?? null;
    const wait = async (path, pattern) => {
      for (let i = 0; i < 150; i += 1) {
        const t = text(path);
        if (t && new RegExp(pattern).test(t)) return t.slice(0, 160);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(path + ' did not render ' + pattern + '; it shows: ' + text(path));
    };
    const options = await wait('/options.html', 'Earshot');
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
    const popup = await wait('/popup.html', 'Mentions');
    return { options, popup };
  `);
  report.checks.pages = pages;
  report.timings.pagesRenderedMs = ms();

  await sleep(1500); // late errors of the pages
  const errors = [...report.errors];

  // Proof that the error watch is live: one deliberate error must arrive.
  await run(`console.error('earshot-smoke-probe'); return 1;`);
  for (let i = 0; i < 50 && !report.errors.some((e) => e.text.includes('earshot-smoke-probe')); i += 1) await sleep(100);
  report.checks.errorWatchLive = report.errors.some((e) => e.text.includes('earshot-smoke-probe'));
  report.errors = errors;

  socket.destroy();
  console.log(JSON.stringify(report, null, 2));
  const problems = [
    ...(addon.warnings.length ? [`manifest warnings: ${addon.warnings.join('; ')}`] : []),
    ...(report.checks.errorWatchLive ? [] : ['the error watch saw no deliberate error: its silence proves nothing']),
    ...errors.map((e) => `${e.kind} in ${e.file}: ${e.text}`),
  ];
  cleanUp();
  if (problems.length) fail(problems.join('\n'));
  console.log(`smoke:firefox OK (${report.firefox}, ${ms()} ms)`);
} catch (error) {
  cleanUp();
  fail(error instanceof Error ? error.message : String(error));
}
