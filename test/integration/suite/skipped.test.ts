// Articles over crosscheck.maxFileSize are left out, and the user is told which and why.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateCrosscheck, REPO_ROOT, waitFor } from './crosscheckFixtures';

interface ArticleRow {
  file: string;
}

suite('size limit', () => {
  const workspaceArticle = vscode.Uri.file(path.join(REPO_ROOT, 'test/fixtures/workspace/articles/000_8c0d2177d25358a7.txt')).toString();
  const config = () => vscode.workspace.getConfiguration('crosscheck');
  const listed = async () => (await vscode.commands.executeCommand<ArticleRow[]>('crosscheck._test.articles')).some((r) => r.file === workspaceArticle);

  suiteSetup(activateCrosscheck);
  suiteTeardown(async () => {
    await config().update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
  });

  test('a workspace article over the limit is skipped with a reason, and returns when the limit allows it', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(listed, 'the workspace article indexed under the default limit');

    await config().update('maxFileSize', 1024, vscode.ConfigurationTarget.Global);
    await waitFor(async () => !(await listed()), 'the 2.9 KB workspace article to leave the corpus under a 1 KB limit');
    const skipped = await vscode.commands.executeCommand<{ file: string; reason: string }[]>('crosscheck._test.skipped');
    const entry = skipped.find((s) => s.file === workspaceArticle);
    assert.ok(entry, `the skip is reported (reported: ${JSON.stringify(skipped)})`);
    assert.match(entry.reason, /too large/);

    await config().update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    await waitFor(listed, 'the workspace article back in the corpus under the default limit');
  });
});
