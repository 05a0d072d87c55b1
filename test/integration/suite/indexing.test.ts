// Background indexing of a workspace too large for the status bar spinner (it gets a notification
// with a Cancel button) stops when it is cancelled, and says so.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateCrosscheck, REPO_ROOT, SEED_NAMES, seedText } from './crosscheckFixtures';

interface IndexState {
  articles: number;
  indexing: { done: number; total: number } | null;
  lastIndex: { indexed: number; skipped: number; unchanged: number; cancelled: boolean } | null;
}

suite('background indexing', () => {
  const workspace = path.join(REPO_ROOT, 'test/fixtures/workspace');
  const folder = path.join(workspace, 'articles/zz_indexing_probe');
  // Above the 100 files from which indexing is a cancellable notification.
  const PROBES = 300;
  const CANCEL_AFTER = 50;
  const state = () => vscode.commands.executeCommand<IndexState>('crosscheck._test.indexState');
  const read = (s: IndexState) => s.lastIndex!.indexed + s.lastIndex!.skipped + s.lastIndex!.unchanged;

  suiteSetup(async () => {
    await activateCrosscheck();
    fs.mkdirSync(folder, { recursive: true });
    for (let i = 0; i < PROBES; i++) {
      const text = `Indexing probe ${i}\n\n${seedText(SEED_NAMES[i % SEED_NAMES.length])}`;
      fs.writeFileSync(path.join(folder, `${String(i).padStart(3, '0')}.txt`), text);
    }
  });
  suiteTeardown(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await vscode.commands.executeCommand('crosscheck.refreshArticles');
  });

  test('cancelling the indexing stops it before every file is read, and it reports cancelled', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const total = (await vscode.workspace.findFiles('articles/**/*.{txt,md}')).length;
    assert.ok(total >= PROBES, `the probe files are in the workspace (found ${total})`);

    // Cancelled from inside the extension host once 50 files are in, as the notification's Cancel
    // button would: the test cannot click a notification, and cancelling from here would race the index.
    await vscode.commands.executeCommand('crosscheck._test.cancelIndexingAfter', CANCEL_AFTER);
    await vscode.commands.executeCommand('crosscheck.refreshArticles');
    const cancelled = await state();
    assert.ok(cancelled.lastIndex, 'the index reported a result');
    assert.strictEqual(cancelled.lastIndex.cancelled, true, `the index reports it was cancelled (${JSON.stringify(cancelled.lastIndex)})`);
    assert.ok(read(cancelled) >= CANCEL_AFTER, `it had read the ${CANCEL_AFTER} files before the cancellation (read ${read(cancelled)})`);
    assert.ok(read(cancelled) < total / 2, `it stopped soon after the cancellation, not after all ${total} files (read ${read(cancelled)})`);
    assert.strictEqual(cancelled.indexing, null, 'no indexing is left running');

    await vscode.commands.executeCommand('crosscheck.refreshArticles');
    const complete = await state();
    assert.strictEqual(complete.lastIndex?.cancelled, false, 'an index nobody cancels runs to the end');
    assert.strictEqual(read(complete), total, 'and reads every article file');
  });
});
