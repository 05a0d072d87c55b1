// UI checks: Crosscheck in the real VS Code workbench (code-server + headless Chromium), driven
// with Playwright the way a user would use it. `npm run test:ui` builds, runs setup and then this.
//
//   node test/ui/run.mjs [name-filter ...]      (runs with the offline Node 24, or Node 20+)
//
// Every test/ui/checks/*.check.mjs is a check:
//   export const name = 'opens a seed article';
//   export default async function (wb) { await wb.openFile('...'); await wb.screenshot('...'); }
// `wb` is a Workbench (see workbench.mjs for its helpers). The checks share one workbench, with
// the repository as the extension under development and a temporary copy of WORKSPACE as the
// open folder (wb.workspace is its path; checks may add files to it); between checks all editors
// are closed. A check fails by throwing (use node:assert). On failure a
// screenshot is saved to test/ui/out/. The run exits non-zero if any check failed or none ran.
// Env: CSHIM_VERBOSE=1 echoes code-server output and the browser console.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchWorkbench, ROOT } from './workbench.mjs';

// What the workbench opens, copied into a temporary folder (paths relative to the repository
// root): the seed articles as seeds/, and under articles/ two articles full of markup that must
// stay inert (test/fixtures/ui-untrusted/).
export const WORKSPACE = { seeds: 'seeds', articles: 'test/fixtures/ui-untrusted/articles' };
const CHECKS_DIR = path.join(ROOT, 'test/ui/checks');
const OUT_DIR = path.join(ROOT, 'test/ui/out');
const CHECK_TIMEOUT_MS = Number(process.env.CROSSCHECK_UI_CHECK_TIMEOUT_MS || 120000);
const RUN_TIMEOUT_MS = Number(process.env.CROSSCHECK_UI_TIMEOUT_MS || 10 * 60 * 1000);

const filters = process.argv.slice(2);
const files = fs.existsSync(CHECKS_DIR) ? fs.readdirSync(CHECKS_DIR).filter((f) => f.endsWith('.check.mjs')).sort() : [];
const checks = [];
for (const f of files) {
  const mod = await import(pathToFileURL(path.join(CHECKS_DIR, f)).href);
  if (typeof mod.default !== 'function') { console.error(`ui: ${f} has no default export function`); process.exit(1); }
  const name = mod.name || f.replace(/\.check\.mjs$/, '');
  if (!filters.length || filters.some((x) => name.includes(x) || f.includes(x))) checks.push({ file: f, name, run: mod.default });
}
if (!checks.length) {
  console.error(`ui: no UI check to run (${files.length} files in ${path.relative(ROOT, CHECKS_DIR)}${filters.length ? `, filter ${filters.join(' ')}` : ''})`);
  console.log('ui: 0 passed, 0 failed');
  process.exit(1);
}
if (!fs.existsSync(path.join(ROOT, 'dist/extension.js'))) {
  console.error('ui: dist/extension.js is missing; build first (node esbuild.mjs), or use npm run test:ui');
  process.exit(1);
}

const hardStop = setTimeout(() => { console.error(`ui: run exceeded ${RUN_TIMEOUT_MS} ms`); process.exit(124); }, RUN_TIMEOUT_MS);
hardStop.unref();

function makeWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-ui-ws-'));
  for (const [to, from] of Object.entries(WORKSPACE)) fs.cpSync(path.join(ROOT, from), path.join(dir, to), { recursive: true });
  return dir;
}

let wb;
let workspace;
let passed = 0, failed = 0;
const t0 = Date.now();
try {
  workspace = makeWorkspace();
  wb = await launchWorkbench({ workspace });
  wb.workspace = workspace;
  console.log(`ui: workbench ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  for (const c of checks) {
    const t = Date.now();
    let timer;
    try {
      await Promise.race([
        c.run(wb),
        new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`check timed out after ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS); }),
      ]);
      passed++;
      console.log(`  ✔ ${c.name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed++;
      console.log(`  ✘ ${c.name}: ${(e && e.stack) || e}`);
      const shot = await wb.screenshot(`FAILED-${c.file.replace(/\.check\.mjs$/, '')}`, { dir: OUT_DIR }).catch(() => undefined);
      if (shot) console.log(`    screenshot: ${path.relative(ROOT, shot)}`);
    } finally {
      clearTimeout(timer);
    }
    await wb.closeAllEditors().catch(() => { });
    await wb.hideNotifications().catch(() => { });
  }
  if (wb.pageErrors.length && process.env.CSHIM_VERBOSE) console.error('ui: page errors:\n  ' + wb.pageErrors.join('\n  '));
} catch (e) {
  failed++;
  console.error(`ui: could not run the workbench: ${(e && e.stack) || e}`);
} finally {
  if (wb) await wb.close();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
}
console.log(`ui: finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`ui: ${passed} passed, ${failed} failed`); // plain closing line that CI tooling reads
process.exit(failed || !passed ? 1 : 0);
