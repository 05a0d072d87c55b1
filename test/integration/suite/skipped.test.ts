// Files Crosscheck cannot take (over crosscheck.maxFileSize, binary, not UTF-8) are left out, and the user is told which and why.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateCrosscheck, REPO_ROOT, waitFor } from './crosscheckFixtures';

interface ArticleRow {
  file: string;
}

suite('skipped files', () => {
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

  test('a binary or non-UTF-8 article file is skipped with its reason', async () => {
    const folder = path.join(REPO_ROOT, 'test/fixtures/workspace/articles');
    const binary = vscode.Uri.file(path.join(folder, 'zz_binary_probe.txt'));
    const latin1 = vscode.Uri.file(path.join(folder, 'zz_latin1_probe.txt'));
    try {
      await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
      await vscode.workspace.fs.writeFile(latin1, new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x22, 0x6f, 0x6b, 0x22]));
      const skipped = await waitFor(async () => {
        const all = await vscode.commands.executeCommand<{ file: string; reason: string }[]>('crosscheck._test.skipped');
        const b = all.find((s) => s.file === binary.toString());
        const l = all.find((s) => s.file === latin1.toString());
        return b && l ? { b, l } : undefined;
      }, 'both probe files reported as skipped');
      assert.match(skipped.b.reason, /binary/);
      assert.match(skipped.l.reason, /UTF-8/);
      const rows = await vscode.commands.executeCommand<ArticleRow[]>('crosscheck._test.articles');
      assert.ok(!rows.some((r) => r.file === binary.toString() || r.file === latin1.toString()), 'neither file is in the corpus');
    } finally {
      for (const uri of [binary, latin1]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
