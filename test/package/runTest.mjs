// Installs the packaged extension (crosscheck-<version>.vsix, made by `npm run package`) into a
// fresh extensions folder of the offline VS Code (code-server, see test/vscode-offline/), then
// runs test/package/suite/*.test.ts in it with no extension development path, so the only
// Crosscheck present is the installed one. `npm run test:package` packages, then runs this.
// Linux x64 only (the offline VS Code); CSHIM_VERBOSE=1 / CSHIM_LOGS_DIR=<dir> debug the runner.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OFFLINE_DIR = path.join(ROOT, 'test/vscode-offline');
const SHIM = path.join(OFFLINE_DIR, 'code-shim');
const OUT = path.join(ROOT, 'dist/test/package');
const say = (msg) => console.error(`[package-test] ${msg}`);
const fail = (msg, code = 1) => {
  say(`FAILED: ${msg}`);
  process.exit(code);
};

const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const vsix = path.join(ROOT, `crosscheck-${version}.vsix`);
if (!fs.existsSync(vsix)) fail(`${path.relative(ROOT, vsix)} is missing: run npm run package first (npm run test:package does both)`);
if (process.platform !== 'linux' || process.arch !== 'x64') fail('the offline VS Code runs on Linux x64 only', 2);

const setup = spawnSync('bash', [path.join(OFFLINE_DIR, 'setup.sh')], { stdio: 'inherit' });
if (setup.status !== 0) fail('offline VS Code is not available (bash test/vscode-offline/setup.sh)');

// The suite, with the integration suite's mocha loader (fails on zero tests or any failure).
fs.rmSync(OUT, { recursive: true, force: true });
const suites = fs.readdirSync(path.join(ROOT, 'test/package/suite')).filter((f) => f.endsWith('.test.ts'))
  .map((f) => ({ in: `test/package/suite/${f}`, out: f.replace(/\.ts$/, '') }));
await esbuild.build({
  absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning',
  entryPoints: [...suites, { in: 'test/integration/suite/index.ts', out: 'index' }], outdir: OUT, external: ['vscode', 'mocha'],
});

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-pkgtest-'));
const extensionsDir = path.join(profile, 'extensions');
const userDataDir = path.join(profile, 'user-data');
const workspace = path.join(profile, 'workspace'); // empty: nothing from the repository is opened
fs.mkdirSync(workspace, { recursive: true });
// VS Code runs extension tests only in extension-development mode, so it gets a development path:
// an empty folder that holds no extension, never the repository.
const noExtension = path.join(profile, 'no-development-extension');
fs.mkdirSync(noExtension, { recursive: true });
fs.writeFileSync(path.join(OUT, 'expected.json'), JSON.stringify({ extensionsDir, repoRoot: ROOT, version }));

let status = 1;
try {
  say(`installing ${path.basename(vsix)} (${fs.statSync(vsix).size} bytes) into ${extensionsDir}`);
  const install = spawnSync(SHIM, ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix],
    { stdio: 'inherit', timeout: 3 * 60 * 1000 });
  if (install.status !== 0) throw new Error(`--install-extension exited ${install.status ?? install.signal}`);
  const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith('crosscheck.crosscheck-'));
  if (installed.length !== 1) throw new Error(`expected one crosscheck.crosscheck-* folder in ${extensionsDir}, found: ${fs.readdirSync(extensionsDir).join(', ')}`);
  say(`installed: ${installed[0]}`);

  const run = spawnSync(SHIM, [workspace, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir,
    `--extensionDevelopmentPath=${noExtension}`, `--extensionTestsPath=${path.join(OUT, 'index.js')}`],
  { stdio: 'inherit', env: { ...process.env, CSHIM_TIMEOUT_MS: process.env.CSHIM_TIMEOUT_MS || String(5 * 60 * 1000) } });
  status = run.status ?? 1;
  if (status !== 0) throw new Error(`the tests in VS Code exited ${run.status ?? run.signal}`);
  say('packaged extension tests passed');
} catch (err) {
  say(`FAILED: ${err.message}`);
  status ||= 1;
} finally {
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(status);
