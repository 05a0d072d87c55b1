// Smoke test: the extension is installed in the test instance and activates on a seed article.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

// dist/test/integration/<this file>.js -> repository root
const REPO_ROOT = path.resolve(__dirname, '../../..');
const EXTENSION_ID = 'crosscheck.crosscheck'; // publisher.name in package.json

suite('activation', () => {
  test('a seed article opens in the editor', async () => {
    const file = path.join(REPO_ROOT, 'seeds', '000_8c0d2177d25358a7.txt');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const editor = await vscode.window.showTextDocument(doc);
    assert.strictEqual(editor.document.uri.fsPath, file);
    assert.match(doc.getText(), /Netanyahu/);
  });

  test(`extension ${EXTENSION_ID} is present and activates`, async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found; loaded: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });
});
