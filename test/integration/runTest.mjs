// Runs the integration suite (dist/test/integration/*.test.js, loaded by index.js) inside real
// VS Code with @vscode/test-electron. Build first: `npm run test:integration` does both.
//
// Which VS Code (environment variable CROSSCHECK_VSCODE):
//   download  the desktop VS Code that @vscode/test-electron downloads (the usual convention)
//   offline   VS Code Server (code-server) in headless Chromium, installed from the npm registry
//             and Debian's packages by test/vscode-offline/setup.sh (run here when needed)
//   auto      (default) offline on Linux without a display (CI, servers, this kind of machine);
//             elsewhere download, falling back to offline on Linux x64 if the download fails.
// Other knobs: CROSSCHECK_TEST_GREP=<regexp> runs only matching tests; CSHIM_VERBOSE=1 and
// CSHIM_LOGS_DIR=<dir> debug the offline runner (see test/vscode-offline/shim.mjs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests, downloadAndUnzipVSCode } from '@vscode/test-electron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The folder VS Code opens as the workspace for the tests (relative to the repository root).
export const WORKSPACE = 'test/fixtures/workspace';

const OFFLINE_DIR = path.join(ROOT, 'test/vscode-offline');
const extensionDevelopmentPath = ROOT;
const extensionTestsPath = path.join(ROOT, 'dist/test/integration/index.js');
const workspaceFolder = path.join(ROOT, WORKSPACE);

const say = (msg) => console.error(`[integration] ${msg}`);

function chooseMode() {
  const v = (process.env.CROSSCHECK_VSCODE || 'auto').toLowerCase();
  if (v === 'download' || v === 'offline') return v;
  if (v !== 'auto') {
    say(`CROSSCHECK_VSCODE must be download, offline or auto (got "${process.env.CROSSCHECK_VSCODE}")`);
    process.exit(2);
  }
  const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  return headlessLinux ? 'offline' : 'auto-download';
}

function offlineSupported() {
  return process.platform === 'linux' && process.arch === 'x64';
}

function setupOffline() {
  const r = spawnSync('bash', [path.join(OFFLINE_DIR, 'setup.sh')], { stdio: 'inherit' });
  if (r.status !== 0) {
    say(`offline VS Code is not available (see the message above). Install it with: bash test/vscode-offline/setup.sh`);
    say(`or use a downloaded desktop VS Code: CROSSCHECK_VSCODE=download npm run test:integration`);
    process.exit(r.status || 1);
  }
  return path.join(OFFLINE_DIR, 'code-shim');
}

async function main() {
  for (const [what, p] of [['extension bundle', path.join(ROOT, 'dist/extension.js')], ['test loader', extensionTestsPath], ['workspace', workspaceFolder]]) {
    if (!fs.existsSync(p)) {
      say(`${what} missing: ${p}${what === 'workspace' ? '' : ' (build first: node esbuild.mjs)'}`);
      process.exit(1);
    }
  }
  let mode = chooseMode();
  let vscodeExecutablePath;
  if (mode === 'auto-download') {
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode({ timeout: 15000 });
      mode = 'download';
    } catch (err) {
      if (!offlineSupported()) throw err;
      say(`could not download VS Code (${err.message}); using the offline VS Code instead`);
      mode = 'offline';
    }
  }
  if (mode === 'download' && !vscodeExecutablePath) {
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode({ timeout: 30000 });
    } catch (err) {
      throw new Error(`could not download VS Code (${err.message}). Without network access use CROSSCHECK_VSCODE=offline (Linux x64).`, { cause: err });
    }
  }
  if (mode === 'offline') {
    if (!offlineSupported()) {
      say(`the offline VS Code runs on Linux x64 only; use CROSSCHECK_VSCODE=download`);
      process.exit(2);
    }
    vscodeExecutablePath = setupOffline();
    // A hung run must not eat the whole CI budget (mocha's own per-test timeout is 30 s).
    process.env.CSHIM_TIMEOUT_MS ||= String(10 * 60 * 1000);
  }
  say(`running in ${mode === 'offline' ? 'offline VS Code (code-server + headless Chromium)' : `downloaded VS Code: ${vscodeExecutablePath}`}`);

  // A fresh profile per run: no state leaks between runs.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-itest-'));
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [workspaceFolder, '--disable-extensions',
        `--user-data-dir=${path.join(profile, 'user-data')}`, `--extensions-dir=${path.join(profile, 'extensions')}`],
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  () => say('integration tests passed'),
  (err) => {
    say(`integration tests FAILED: ${err && err.message ? err.message : err}`);
    process.exit(1);
  },
);
