// Bundles the extension (vscode external), the CLI, the webview script and the test suites.
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const testEntries = (dir) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => `${dir}/${f}`) : [];

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // Analysis off the calling thread (src/node/analysisPool.ts): background indexing, large CLI runs.
  { ...common, entryPoints: ['src/node/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (fs.existsSync('src/webview/crossRef.ts')) {
  builds.push({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['src/webview/crossRef.ts'], outfile: 'dist/webview/crossRef.js' });
}
if (!production) {
  const unit = testEntries('test/unit');
  if (unit.length) builds.push({ ...common, entryPoints: unit, outdir: 'dist/test/unit', external: ['mocha'] });
  if (fs.existsSync('bench/run.ts')) builds.push({ ...common, entryPoints: ['bench/run.ts', 'bench/fuzz.ts'], outdir: 'dist/bench' });
  const integration = testEntries('test/integration/suite');
  if (integration.length) {
    builds.push({ ...common, entryPoints: [...integration, 'test/integration/suite/index.ts'], outdir: 'dist/test/integration', external: ['vscode', 'mocha'] });
  }
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
