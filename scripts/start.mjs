// `npm start`: opens Crosscheck on the shipped seed articles in real VS Code.
//
//   - With a desktop VS Code (`code` on PATH): code --extensionDevelopmentPath=<repo> <repo>/seeds
//   - Otherwise: VS Code Server (code-server from test/vscode-offline/, installed by its setup.sh
//     when missing) on 127.0.0.1 with this repository loaded as the extension under development
//     (the same server start as the UI tests, test/ui/workbench.mjs) and the seeds folder open;
//     it prints the URL to open in a browser. Ctrl+C (SIGINT) or SIGTERM stops it and its children.
//
// Env: CROSSCHECK_PORT=<port> (default 0: a free port), CROSSCHECK_NO_DESKTOP=1 (use code-server
// even when `code` is on PATH), CSHIM_VERBOSE=1 (echo code-server output).
// Build first (`npm start` does): the extension runs from dist/extension.js.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.join(ROOT, 'seeds');
const say = (msg) => console.error(`[start] ${msg}`);

function onPath(exe) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, exe);
    try { fs.accessSync(p, fs.constants.X_OK); if (fs.statSync(p).isFile()) return p; } catch { }
  }
  return undefined;
}

if (!fs.existsSync(path.join(ROOT, 'dist/extension.js'))) {
  say('dist/extension.js is missing; build first (node esbuild.mjs), or use npm start');
  process.exit(1);
}

const code = !process.env.CROSSCHECK_NO_DESKTOP && onPath(process.platform === 'win32' ? 'code.cmd' : 'code');
if (code) {
  say(`opening the seeds in ${code}`);
  const r = spawnSync(code, [`--extensionDevelopmentPath=${ROOT}`, SEEDS], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status ?? 1);
}

const { checkPrerequisites, startServer, stopServer } = await import('../test/ui/workbench.mjs');
try {
  checkPrerequisites({ browser: false });
} catch {
  say('VS Code Server is not installed yet; running test/vscode-offline/setup.sh (a few minutes, once)');
  const r = spawnSync('bash', [path.join(ROOT, 'test/vscode-offline/setup.sh')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
}

let running;
let stopping; // the exit code once a signal asked to stop
async function stop(signal, exitCode) {
  if (stopping !== undefined) return;
  stopping = exitCode;
  say(`${signal}: stopping VS Code Server`);
  if (!running) return; // still starting: stopped as soon as it is up (startServer cleans up on failure)
  await stopServer(running);
  process.exit(exitCode);
}
process.on('SIGINT', () => stop('SIGINT', 130));
process.on('SIGTERM', () => stop('SIGTERM', 143));
process.on('SIGHUP', () => stop('SIGHUP', 129));

try {
  running = await startServer({
    extensionPath: ROOT, workspace: SEEDS, port: Number(process.env.CROSSCHECK_PORT || 0),
    // show Crosscheck's walkthrough instead of an empty editor area
    settings: { 'workbench.startupEditor': 'welcomePage' },
  });
} catch (e) {
  say(`could not start VS Code Server: ${e.message}`);
  process.exit(stopping ?? 1);
}
if (stopping !== undefined) {
  await stopServer(running); // a signal arrived while it was starting
  process.exit(stopping);
}
running.server.once('exit', (c, s) => {
  if (stopping !== undefined) return;
  say(`VS Code Server exited (${c ?? s})`);
  stopServer(running).finally(() => process.exit(1));
});
console.log(`Crosscheck is running in VS Code Server with the seed articles open. Open in a browser:\n\n  ${running.url}\n\nPress Ctrl+C to stop.`);
