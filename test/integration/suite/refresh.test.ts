// crosscheck.articleGlobs decides which workspace files are articles; Refresh Articles re-reads
// the workspace from disk.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateCrosscheck, REPO_ROOT, waitFor } from './crosscheckFixtures';

interface ArticleRow {
  file: string;
  label: string;
}

suite('article globs and Refresh Articles', () => {
  const folder = path.join(REPO_ROOT, 'test/fixtures/workspace/articles');
  const workspaceArticle = vscode.Uri.file(path.join(folder, '000_8c0d2177d25358a7.txt')).toString();
  const probe = path.join(folder, 'zz_refresh_probe.txt');
  const rows = () => vscode.commands.executeCommand<ArticleRow[]>('crosscheck._test.articles');
  const listed = async (file: string) => (await rows()).some((r) => r.file === file);
  const config = () => vscode.workspace.getConfiguration('crosscheck');

  suiteSetup(activateCrosscheck);
  suiteTeardown(async () => {
    fs.rmSync(probe, { force: true });
    await config().update('articleGlobs', undefined, vscode.ConfigurationTarget.Global);
  });

  test('a workspace file is an article only while articleGlobs matches it', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.deepStrictEqual(config().get('articleGlobs'), ['seeds/**/*.txt', 'articles/**/*.{txt,md}'], 'the default globs');
    await waitFor(() => listed(workspaceArticle), 'the workspace article indexed under the default globs');
    try {
      await config().update('articleGlobs', ['no-such-folder/**/*.txt'], vscode.ConfigurationTarget.Global);
      await waitFor(async () => !(await listed(workspaceArticle)), 'the workspace article to leave the corpus when no glob matches it');
    } finally {
      await config().update('articleGlobs', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => listed(workspaceArticle), 'the workspace article back under the default globs');
  });

  test('Refresh Articles re-lists the workspace articles from disk', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const probeKey = vscode.Uri.file(probe).toString();
    // Written behind VS Code's back; the refresh, not the file watcher, is what lists it at once.
    fs.writeFileSync(probe, 'Refresh probe headline for the test\n\n"We will rebuild," said Jane Doe.\n');
    await vscode.commands.executeCommand('crosscheck.refreshArticles');
    const added = (await rows()).find((r) => r.file === probeKey);
    assert.ok(added, 'the file written to disk is listed as soon as Refresh Articles returns');
    assert.strictEqual(added.label, 'Refresh probe headline for the test');

    fs.rmSync(probe);
    await vscode.commands.executeCommand('crosscheck.refreshArticles');
    assert.ok(!(await listed(probeKey)), 'the deleted file is gone as soon as Refresh Articles returns');
    const onDisk = (await vscode.workspace.findFiles('articles/**/*.{txt,md}')).map((u) => u.toString()).sort();
    const inWorkspace = (await rows()).map((r) => r.file).filter((f) => f.startsWith(vscode.Uri.file(folder).toString() + '/')).sort();
    assert.deepStrictEqual(inWorkspace, onDisk, 'the listed workspace articles are exactly the matching files on disk');
  });
});
