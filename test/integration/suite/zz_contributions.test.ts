// Runs last (file order): every command, view and setting that package.json contributes must have
// been exercised by some integration test during this run. What counts is observed at run time by
// the recorder that index.ts installs (exercised.ts): commands the tests executed, views they
// focused (<viewId>.focus) and settings they read or changed through getConfiguration.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { exercised } from './exercised';
import { REPO_ROOT } from './crosscheckFixtures';

interface Manifest {
  contributes: {
    commands: { command: string }[];
    views: Record<string, { id: string }[]>;
    configuration: { properties: Record<string, unknown> };
  };
}

suite('contribution coverage', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;

  test('every contributed command, view and setting was exercised by a test', function () {
    if (process.env.CROSSCHECK_TEST_GREP) this.skip(); // a filtered run exercises only part of the extension
    const record = exercised();
    assert.ok(record, 'the recorder is installed (test/integration/suite/index.ts)');
    const commands = manifest.contributes.commands.map((c) => c.command);
    const views = Object.values(manifest.contributes.views).flatMap((list) => list.map((v) => v.id));
    const settings = Object.keys(manifest.contributes.configuration.properties);
    assert.ok(commands.length && views.length && settings.length, 'package.json contributes commands, views and settings');

    const missing = [
      ...commands.filter((c) => !record.commands.has(c)).map((c) => `command ${c}`),
      ...views.filter((v) => !record.commands.has(`${v}.focus`)).map((v) => `view ${v} (never focused)`),
      ...settings.filter((s) => !record.settings.has(s)).map((s) => `setting ${s}`),
    ];
    assert.deepStrictEqual(missing, [], `contributions no integration test exercised:\n  ${missing.join('\n  ')}`);
  });
});
