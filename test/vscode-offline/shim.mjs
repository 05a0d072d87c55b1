// cshim: stands in for the VS Code executable that @vscode/test-electron launches.
// Crosscheck's copy (from the shared vscode-offline reference); its runtime comes from setup.sh.
// It accepts VS Code's desktop command line, starts code-server (VS Code server + web
// workbench) on 127.0.0.1, opens the workbench in headless Chromium with the
// extension-development/test payload, and exits with the extension-test exit code.
//
// Environment knobs:
//   CSHIM_CODE_SERVER   code-server package dir   (default ./runtime/node_modules/code-server beside this file)
//   CSHIM_CHROMIUM      chromium executable       (default /usr/bin/chromium)
//   CSHIM_TIMEOUT_MS    overall test timeout      (default 1800000)
//   CSHIM_VERBOSE=1     echo server output + all workbench log lines
//   CSHIM_KEEP=1        keep the per-run temp dir (server log, workbench logs)
//   CSHIM_LOGS_DIR      copy server.log + workbench logs there after the run
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RUNTIME = path.join(HERE, 'runtime');
const CODE_SERVER = process.env.CSHIM_CODE_SERVER || path.join(RUNTIME, 'node_modules/code-server');
const CHROMIUM = process.env.CSHIM_CHROMIUM || '/usr/bin/chromium';
{
  const missing = [];
  if (!fs.existsSync(path.join(CODE_SERVER, 'out/node/entry.js'))) missing.push(`code-server (expected at ${CODE_SERVER})`);
  if (!fs.existsSync(path.join(RUNTIME, 'node_modules/playwright-core/package.json'))) missing.push(`playwright-core (expected in ${RUNTIME})`);
  if (!fs.existsSync(CHROMIUM)) missing.push(`Chromium (expected at ${CHROMIUM}; Debian package chromium)`);
  if (missing.length) {
    process.stderr.write(`[cshim] missing: ${missing.join(', ')}.\n[cshim] Install with: bash ${path.join(HERE, 'setup.sh')}\n`);
    process.exit(2);
  }
}
const { chromium } = createRequire(path.join(RUNTIME, 'package.json'))('playwright-core');
const TIMEOUT_MS = Number(process.env.CSHIM_TIMEOUT_MS || 30 * 60 * 1000);
const VERBOSE = !!process.env.CSHIM_VERBOSE;
const ENTRY = path.join(CODE_SERVER, 'out/node/entry.js');

const say = (...a) => process.stderr.write('[cshim] ' + util.format(...a) + '\n');
const T0 = Date.now();
const mark = (what) => { if (VERBOSE || process.env.CSHIM_TIMING) say(`+${((Date.now() - T0) / 1000).toFixed(2)}s ${what}`); };

// ---------------------------------------------------------------- argv parsing
// VS Code options that take a value ("--x v" or "--x=v"); everything else is a flag.
const VALUE_OPTS = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir',
  'disable-extension', 'locale', 'folder-uri', 'file-uri', 'log', 'profile', 'install-extension',
  'uninstall-extension', 'inspect-extensions', 'inspect-brk-extensions', 'extensionDevelopmentKind',
  'enable-proposed-api', 'sync', 'logsPath', 'remote', 'category', 'max-memory', 'crash-reporter-directory',
  'builtin-extensions-dir', 'extensionEnvironment', 'add', 'remove', 'install-builtin-extension', 'agent']);
function parseArgs(argv) {
  const o = { _: [], flags: new Set(), multi: {} };
  const push = (k, v) => (o.multi[k] ||= []).push(v);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { o._.push(...argv.slice(i + 1)); break; }
    if (!a.startsWith('-') || a === '-') { o._.push(a); continue; }
    const m = /^--?([^=]+)(?:=([\s\S]*))?$/.exec(a);
    const k = m[1];
    if (m[2] !== undefined) push(k, m[2]);
    else if (VALUE_OPTS.has(k) && i + 1 < argv.length && !argv[i + 1].startsWith('--')) push(k, argv[++i]);
    else o.flags.add(k);
  }
  o.get = (k) => (o.multi[k] ? o.multi[k][o.multi[k].length - 1] : undefined);
  o.all = (k) => o.multi[k] || [];
  return o;
}
const args = parseArgs(process.argv.slice(2));
const abs = (p) => path.resolve(p.replace(/^~(?=$|\/)/, os.homedir()));
const fromUriOrPath = (s) => (/^file:\/\//.test(s) ? decodeURIComponent(new URL(s).pathname) : abs(s));

// ------------------------------------------------------- env for code-server
function serverEnv() {
  const env = { ...process.env };
  // Variables that would make code-server think it runs inside another VS Code
  // (it would then hand the request to that instance instead of starting).
  for (const k of Object.keys(env)) {
    if (/^(VSCODE_(IPC_HOOK|PID|CWD|NLS_CONFIG|ESM_ENTRYPOINT|AMD_ENTRYPOINT|HANDLES_|CODE_CACHE_PATH|CRASH_REPORTER|PARENT_PID|EXTHOST_|WILL_SEND|RECONNECTION|PROXY_URI|OPTIONS|L10N)|ELECTRON_RUN_AS_NODE|CODE_SERVER_|PASSWORD$|HASHED_PASSWORD$)/.test(k)) delete env[k];
  }
  env.PATH = path.dirname(process.execPath) + path.delimiter + (env.PATH || '');
  // VS Code server creates vscode-ipc-*.sock / vscode-git-*.sock in os.tmpdir() and leaves
  // them behind when killed; give it a private TMPDIR that is removed with the run dir.
  env.TMPDIR = path.join(runDir, 'tmp');
  fs.mkdirSync(env.TMPDIR, { recursive: true });
  return env;
}

const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cshim-'));
const userDataDir = abs(args.get('user-data-dir') || path.join(runDir, 'user-data'));
const extensionsDir = abs(args.get('extensions-dir') || path.join(runDir, 'extensions'));

// ------------------------------------- CLI-style invocations (bin/code usage)
function runCodeServerCli(extra) {
  // --config: without it code-server writes a default config (with a password) to ~/.config/code-server.
  const r = spawnSync(process.execPath, [ENTRY, '--config', path.join(runDir, 'config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...extra],
    { stdio: 'inherit', env: serverEnv() });
  fs.rmSync(runDir, { recursive: true, force: true });
  process.exit(r.status ?? 1);
}
if (args.flags.has('version') || args.flags.has('v')) {
  const pkg = JSON.parse(fs.readFileSync(path.join(CODE_SERVER, 'lib/vscode/product.json'), 'utf8'));
  const vpkg = JSON.parse(fs.readFileSync(path.join(CODE_SERVER, 'lib/vscode/package.json'), 'utf8'));
  console.log(`${vpkg.version}\n${pkg.commit || ''}\n${process.arch}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  process.exit(0);
}
if (args.all('install-extension').length || args.all('uninstall-extension').length || args.flags.has('list-extensions')) {
  const extra = [];
  for (const e of args.all('install-extension')) extra.push('--install-extension', /\.vsix$/i.test(e) ? abs(e) : e);
  for (const e of args.all('uninstall-extension')) extra.push('--uninstall-extension', e);
  if (args.flags.has('list-extensions')) extra.push('--list-extensions');
  if (args.flags.has('show-versions')) extra.push('--show-versions');
  if (args.flags.has('force')) extra.push('--force');
  runCodeServerCli(extra);
}

// ------------------------------------------------------------- test run setup
const devPaths = args.all('extensionDevelopmentPath').map(fromUriOrPath);
const testsPath = args.get('extensionTestsPath') ? fromUriOrPath(args.get('extensionTestsPath')) : undefined;
if (!devPaths.length && !testsPath) {
  say('nothing to do: expected --extensionDevelopmentPath/--extensionTestsPath (or --version, --install-extension, --list-extensions)');
  fs.rmSync(runDir, { recursive: true, force: true });
  process.exit(2);
}
if (devPaths.length > 1) say('warning: the web workbench honours one extensionDevelopmentPath; using the last one:', devPaths.at(-1));

fs.mkdirSync(userDataDir, { recursive: true });
fs.mkdirSync(extensionsDir, { recursive: true });
// Quiet, offline-friendly defaults, only if the profile has no settings yet.
const settingsFile = path.join(userDataDir, 'User', 'settings.json');
if (!fs.existsSync(settingsFile)) {
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.writeFileSync(settingsFile, JSON.stringify({
    'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true, 'workbench.startupEditor': 'none',
    'workbench.enableExperiments': false, 'workbench.tips.enabled': false,
    // keeps the agent host (a Copilot runtime child process, ~100 MB) from starting
    'chat.disableAIFeatures': true,
  }, null, 2));
}

const csArgs = ['--auth', 'none', '--bind-addr', '127.0.0.1:0',
  '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
  '--config', path.join(runDir, 'config.yaml'), '--session-socket', path.join(runDir, 's.sock'),
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  '--ignore-last-opened',
  // Without this the built workbench ignores extensionDevelopmentPath/extensionTestsPath in the payload.
  '--vscode-option', 'enable-smoke-test-driver'];
if (args.flags.has('disable-extensions')) csArgs.push('--vscode-option', 'disable-extensions');
if (args.all('disable-extension').length) say('warning: --disable-extension <id> is not supported by the web workbench; ignored (use --disable-extensions or a separate --extensions-dir)');
for (const id of args.all('enable-proposed-api')) csArgs.push('--enable-proposed-api', id);
if (args.flags.has('enable-proposed-api') && !args.all('enable-proposed-api').length) csArgs.push('--vscode-option', 'enable-proposed-api');
if (args.get('locale')) csArgs.push('--locale', args.get('locale'));
if (args.get('log')) csArgs.push('--log', args.get('log'));
if (args.flags.has('verbose')) csArgs.push('--verbose');
fs.writeFileSync(path.join(runDir, 'config.yaml'), 'auth: none\ncert: false\n');

// ------------------------------------------------------------------ run
let server, browser, finished = false;
const serverLog = fs.createWriteStream(path.join(runDir, 'server.log'));

async function cleanup() {
  try { if (browser) await browser.close(); } catch { }
  if (server && server.exitCode === null && server.signalCode === null) {
    const gone = new Promise((r) => server.once('exit', r));
    try { process.kill(-server.pid, 'SIGTERM'); } catch { }
    const t = setTimeout(() => { try { process.kill(-server.pid, 'SIGKILL'); } catch { } }, 5000);
    await gone; clearTimeout(t);
    // the process group may still hold stragglers (ext host, pty host)
    try { process.kill(-server.pid, 'SIGKILL'); } catch { }
  }
  await new Promise((r) => serverLog.end(r));
  if (process.env.CSHIM_LOGS_DIR) {
    fs.mkdirSync(process.env.CSHIM_LOGS_DIR, { recursive: true });
    fs.cpSync(runDir, process.env.CSHIM_LOGS_DIR, { recursive: true, filter: (s) => !s.endsWith('.sock') });
  }
  if (!process.env.CSHIM_KEEP) fs.rmSync(runDir, { recursive: true, force: true });
  else say('run dir kept:', runDir);
}
async function finish(code, why) {
  if (finished) return new Promise(() => { }); // another path is already shutting down
  finished = true;
  if (why) say(why);
  await cleanup();
  mark('cleaned up');
  process.exit(code);
}
process.on('SIGINT', () => finish(130, 'interrupted'));
process.on('SIGTERM', () => finish(143, 'terminated'));
process.on('SIGHUP', () => finish(129, 'hangup'));
setTimeout(() => finish(124, `timeout after ${TIMEOUT_MS} ms`), TIMEOUT_MS).unref();

const port = await new Promise((resolve, reject) => {
  server = spawn(process.execPath, [ENTRY, ...csArgs], { env: serverEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let buf = '';
  const onData = (d) => {
    serverLog.write(d);
    if (VERBOSE) process.stderr.write(d);
    buf += d;
    const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(buf);
    if (m) resolve(Number(m[1]));
  };
  server.stdout.on('data', onData); server.stderr.on('data', onData);
  server.once('exit', (c, s) => { reject(new Error(`code-server exited early (${c ?? s}); see output above or CSHIM_VERBOSE=1`)); finish(1, `code-server exited (${c ?? s})`); });
  setTimeout(() => reject(new Error('code-server did not start within 60s')), 60000).unref();
}).catch((e) => {
  say(String(e.message || e));
  if (!VERBOSE) try { process.stderr.write(fs.readFileSync(path.join(runDir, 'server.log'), 'utf8').slice(-4000)); } catch { }
  return finish(1);
});

mark(`code-server listening on ${port}`);
const authority = `127.0.0.1:${port}`;
const remote = (p) => `vscode-remote://${authority}${encodeURI(p).replace(/[?#]/g, encodeURIComponent)}`;
const payload = [['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
if (devPaths.length) payload.push(['extensionDevelopmentPath', remote(devPaths.at(-1))]);
if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
if (args.flags.has('disable-extensions')) payload.push(['disableExtensions', 'true']);

// Workspace: positional folder / .code-workspace / file, or --folder-uri / --file-uri.
const q = new URLSearchParams();
const targets = [...args._.map(abs), ...args.all('folder-uri').map(fromUriOrPath), ...args.all('file-uri').map(fromUriOrPath)];
const folder = targets.find((t) => fs.existsSync(t) && fs.statSync(t).isDirectory());
const wsFile = targets.find((t) => /\.code-workspace$/.test(t) && fs.existsSync(t));
const file = targets.find((t) => fs.existsSync(t) && fs.statSync(t).isFile() && !/\.code-workspace$/.test(t));
if (wsFile) q.set('workspace', wsFile);
else if (folder) q.set('folder', folder);
else q.set('ew', 'true');
if (file) payload.push(['openFile', remote(file)]);
if (targets.filter((t) => fs.existsSync(t)).length > 1) say('note: several folders/files given; opening', wsFile || folder || file);
for (const t of targets) if (!fs.existsSync(t)) say('warning: path does not exist, ignored:', t);
q.set('payload', JSON.stringify(payload));
const url = `http://${authority}/?${q}`;
if (VERBOSE) say('url', url);

// Workbench log lines that are not extension-host output (shown with CSHIM_VERBOSE=1).
const NOISE = [/^\[(AgentHost[^\]]*|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker|DefaultAccount)\]/,
  /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|Started local extension host|Loading development extension)/,
  /ENOTFOUND|ERR_NAME_NOT_RESOLVED|Timed out waiting for authentication provider/];

try {
  browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, // we clean up ourselves
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  mark('chromium launched');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  let resolveExit;
  const exit = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      const line = util.format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      if (!VERBOSE && NOISE.some((r) => r.test(line))) return;
      (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(line + '\n');
    });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
      try {
        for (const l of logs || []) {
          const f = path.join(runDir, 'workbench-logs', l.relativePath);
          fs.mkdirSync(path.dirname(f), { recursive: true }); fs.writeFileSync(f, l.contents);
        }
      } catch { }
      resolveExit(typeof code === 'number' ? code : 1);
  });
  page.on('crash', () => finish(1, 'browser page crashed'));
  page.on('pageerror', (e) => VERBOSE && say('pageerror', e.message));
  if (VERBOSE) page.on('console', (m) => say('[console]', m.type(), m.text().slice(0, 500)));
  await page.goto(url);
  mark('workbench page loaded');
  page.waitForSelector('.monaco-workbench', { timeout: 0 }).then(() => mark('workbench rendered'), () => { });
  const code = await exit;
  mark(`extension host exited with ${code}`);
  // remote ext-host log lives in the server's user-data-dir; copy it for post-mortem
  try {
    const sessions = fs.readdirSync(path.join(userDataDir, 'logs')).sort();
    fs.cpSync(path.join(userDataDir, 'logs', sessions.at(-1)), path.join(runDir, 'server-logs'), { recursive: true });
  } catch { }
  await finish(code);
} catch (e) {
  await finish(1, 'error: ' + (e && e.stack || e));
}
