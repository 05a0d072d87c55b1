// Runs inside VS Code (code-server) with NO extension development path: Crosscheck is loaded only
// from the extensions folder that test/package/runTest.mjs installed crosscheck-<version>.vsix into.
// What it proves: the packaged .vsix installs, its package.json and bundle activate in Production
// mode, its seeds/ and grammar are inside it, and the engine analyses an article (the hover on a
// figure in seed 000, with the conflict found across the shipped seeds).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'crosscheck.crosscheck';

interface Expected {
  extensionsDir: string;
  repoRoot: string;
  version: string;
}
// Written by runTest.mjs beside this bundle before VS Code starts.
const expected: Expected = JSON.parse(fs.readFileSync(path.join(__dirname, 'expected.json'), 'utf8'));

async function waitFor<T>(probe: () => T | undefined | null | false | Thenable<T | undefined | null | false>, what: string, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/\\(.)/g, '$1');
}

suite('packaged extension', () => {
  test('is installed from the .vsix, not loaded from the development folder', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed; loaded: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
    const extensionPath = fs.realpathSync(ext.extensionPath);
    const extensionsDir = fs.realpathSync(expected.extensionsDir);
    assert.ok(extensionPath.startsWith(extensionsDir + path.sep), `loaded from ${extensionPath}, not from the fresh extensions folder ${extensionsDir}`);
    assert.notStrictEqual(extensionPath, fs.realpathSync(expected.repoRoot));
    assert.strictEqual(ext.packageJSON.version, expected.version);
    for (const shipped of ['dist/extension.js', 'dist/analysisWorker.js', 'dist/webview/crossRef.js', 'seeds', 'syntaxes/news-article.tmLanguage.json', 'media/icon.png']) {
      assert.ok(fs.existsSync(path.join(extensionPath, shipped)), `the package holds ${shipped}`);
    }
    for (const left of ['src', 'test', 'node_modules', 'media/screenshots', 'dist/test']) {
      assert.ok(!fs.existsSync(path.join(extensionPath, left)), `the package leaves out ${left}`);
    }
  });

  test('activates in Production mode: contributed commands, no test-only commands', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['crosscheck.openSeedArticles', 'crosscheck.findConflictingFigures', 'crosscheck.showCrossReferences']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
    const testOnly = commands.filter((c) => c.startsWith('crosscheck._test.'));
    assert.deepStrictEqual(testOnly, [], 'the installed extension runs in Production mode and registers no crosscheck._test.* command');
  });

  test('opens the shipped seed 000 as a news article and analyses it: hover on "1,205" with its conflict', async () => {
    const opened = await vscode.commands.executeCommand<string[]>('crosscheck.openSeedArticles');
    assert.ok(Array.isArray(opened) && opened.length >= 2, `Open Seed Articles opened ${JSON.stringify(opened)}`);
    const uri = opened.find((u) => u.endsWith('/000_8c0d2177d25358a7.txt'));
    assert.ok(uri, `seed 000 among ${opened.join(', ')}`);
    const document = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && d.languageId === 'news-article'),
      `seed 000 open with language news-article`,
    );
    await vscode.window.showTextDocument(document);
    const offset = document.getText().indexOf('1,205');
    assert.ok(offset >= 0, 'seed 000 mentions 1,205');
    let last = '';
    await waitFor(async () => {
      last = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 1)));
      return /Figure/.test(last) && /Conflict/.test(last) && last.includes('1,160');
    }, `Crosscheck's hover on "1,205"`).catch((err: Error) => {
      throw new Error(`${err.message}; last hover: ${JSON.stringify(last.slice(0, 500))}`);
    });
  });
});
