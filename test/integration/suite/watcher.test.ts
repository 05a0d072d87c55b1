// Article files added to, changed in and deleted from the workspace reach the corpus without an editor.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateCrosscheck, REPO_ROOT, waitFor } from './crosscheckFixtures';

interface ArticleRow {
  file: string;
  label: string;
  description: string;
}

suite('workspace files', () => {
  const file = vscode.Uri.file(path.join(REPO_ROOT, 'test/fixtures/workspace/articles/zz_watcher_probe.txt'));
  const row = async () => (await vscode.commands.executeCommand<ArticleRow[]>('crosscheck._test.articles')).find((r) => r.file === file.toString());
  const write = (text: string) => vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));

  suiteSetup(activateCrosscheck);
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  });

  test('a new article file is indexed, re-read when it changes and dropped when deleted', async () => {
    await write('Watcher probe headline for the test\n\n"We will rebuild," said Jane Doe.\n');
    const added = await waitFor(row, 'the new file in the Articles tree');
    assert.strictEqual(added.label, 'Watcher probe headline for the test');

    await write('Watcher probe headline changed on disk\n\n"We will rebuild," said Jane Doe. "Every school," she added.\n');
    await waitFor(async () => (await row())?.label === 'Watcher probe headline changed on disk', 'the changed headline in the Articles tree');

    await vscode.workspace.fs.delete(file);
    await waitFor(async () => !(await row()), 'the deleted file to leave the Articles tree');
  });
});
