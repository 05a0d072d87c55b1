// Mocha loader that VS Code's extension host runs (extensionTestsPath). esbuild bundles it, with
// every test/integration/suite/*.test.ts, into dist/test/integration/; it runs every compiled
// *.test.js found there. The run fails when any test fails, when a file cannot be loaded, and when
// no test executed at all, so an empty or broken suite can never pass.
//
// Optional filter: CROSSCHECK_TEST_GREP=<regexp> runs only the tests whose full title matches
// (zero matches still fails the run).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { installRecorder } from './exercised';

export function run(): Promise<void> {
  // Before any test file loads: records the contributions the tests exercise (zz_contributions.test.ts).
  installRecorder();
  const mocha = new Mocha({ ui: 'tdd', timeout: 30000, color: false, reporter: 'spec' });
  const grep = process.env.CROSSCHECK_TEST_GREP;
  if (grep) mocha.grep(new RegExp(grep));

  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) {
    return Promise.reject(new Error(`no *.test.js files in ${__dirname}: did the build (node esbuild.mjs) run?`));
  }
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { tests = 0, passes = 0, pending = 0 } = runner.stats ?? {};
        const failed = failures;
        // A plain closing line that CI tooling recognises ("N passed, N failed").
        console.log(`integration: ${passes} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
        if (failed > 0) reject(new Error(`${failed} integration test(s) failed.`));
        else if (tests === 0 || passes === 0)
          reject(new Error(`no integration test executed (files: ${files.join(', ')}${grep ? `; grep ${grep}` : ''}).`));
        else resolve();
      });
    } catch (err) {
      // e.g. a test file threw while loading
      reject(err);
    }
  });
}
