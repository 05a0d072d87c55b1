// The Articles tree, the news-article language and the read-only seeds.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openSeeds, REPO_ROOT, SEED_NAMES, SEED_SCHEME, seedText, seedUri, waitFor } from './crosscheckFixtures';

interface ArticleRow {
  file: string;
  label: string;
  description: string;
  group: string | null;
}

suite('articles and seeds', () => {
  test('a seed article opened from disk is a news-article and Crosscheck is active', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(REPO_ROOT, 'seeds', SEED_NAMES[0])));
    await vscode.window.showTextDocument(document);
    // The language comes from the manifest's filenamePatterns; it is also the activation event.
    const article = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString() && d.languageId === 'news-article'),
      'seed 000 to get the news-article language',
    );
    assert.strictEqual(article.languageId, 'news-article');
    await waitFor(() => vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'Crosscheck to activate');
  });

  test('"Open Seed Articles" opens the five seeds under the read-only scheme', async () => {
    const documents = await openSeeds();
    assert.deepStrictEqual(
      documents.map((d) => d.uri.toString()),
      SEED_NAMES.map((name) => seedUri(name).toString()),
    );
    assert.strictEqual(SEED_NAMES.length, 5, 'the repository ships five seeds');
    for (const document of documents) {
      assert.strictEqual(document.uri.scheme, SEED_SCHEME);
      assert.strictEqual(document.languageId, 'news-article');
      assert.strictEqual(document.getText(), seedText(path.basename(document.uri.path)).replace(/^\uFEFF/, ''));
    }
  });

  test('the Articles tree lists the five seeds with their counts', async () => {
    await openSeeds();
    const rows = await waitFor(async () => {
      const all = await vscode.commands.executeCommand<ArticleRow[]>('crosscheck._test.articles');
      const seeds = all.filter((r) => r.file.startsWith(`${SEED_SCHEME}:`));
      return seeds.length === SEED_NAMES.length ? seeds : undefined;
    }, 'five seed rows in the Articles tree');
    assert.deepStrictEqual(
      rows.map((r) => r.file).sort(),
      SEED_NAMES.map((name) => seedUri(name).toString()).sort(),
    );
    // The fixture workspace has articles of its own, so the seeds sit under their own heading.
    for (const row of rows) {
      assert.strictEqual(row.group, 'Seed articles', `row ${row.file} is under the seeds' heading`);
      assert.ok(row.label.trim().length > 0, `row ${row.file} has a label`);
      assert.match(row.description, /\d+ quotes? · \d+ actors? · \d+ figures?/, `row ${row.file} shows its counts`);
    }
  });

  test('a seed cannot be saved with changes', async () => {
    const [document] = await openSeeds();
    const original = document.getText();
    assert.strictEqual(vscode.workspace.fs.isWritableFileSystem(SEED_SCHEME), false, 'the seed file system is registered read-only');
    await assert.rejects(
      Promise.resolve(vscode.workspace.fs.writeFile(document.uri, new TextEncoder().encode('overwritten'))),
      'writing a seed through the file system API is refused',
    );

    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), 'EDITED ');
    // The API may change the text of a read-only document; what matters is that it never reaches the file.
    await vscode.workspace.applyEdit(edit);
    const changed = document.getText() !== original;
    try {
      if (changed) assert.strictEqual(await document.save(), false, 'saving an edited seed must fail');
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
      assert.strictEqual(onDisk.replace(/^\uFEFF/, ''), original, 'the seed is unchanged');
      assert.strictEqual(seedText(SEED_NAMES[0]).replace(/^\uFEFF/, ''), original, 'the shipped file is unchanged');
    } finally {
      // The later suites expect the seed's own text; take the insertion back out.
      if (document.getText() !== original) {
        const undo = new vscode.WorkspaceEdit();
        undo.delete(document.uri, new vscode.Range(document.positionAt(0), document.positionAt('EDITED '.length)));
        await vscode.workspace.applyEdit(undo);
      }
    }
    assert.strictEqual(document.getText(), original, 'the seed document is back to its own text');
  });

  test('"Analyze This File" makes any text file an article', async () => {
    const text = 'A plain note\n\n"We will not leave," said Jane Doe, adding that 40 families stayed.\n';
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
    await vscode.window.showTextDocument(plain);
    const key = await vscode.commands.executeCommand<string>('crosscheck.analyzeThisFile');
    assert.strictEqual(key, plain.uri.toString());
    const article = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && d.languageId === 'news-article'),
      'the note to become a news-article',
    );
    const row = await waitFor(
      async () => (await vscode.commands.executeCommand<ArticleRow[]>('crosscheck._test.articles')).find((r) => r.file === key),
      'the note in the Articles tree',
    );
    assert.match(row.description, /[1-9]\d* quotes?/, 'the note is analysed: its quote is counted');
    assert.strictEqual(article.getText(), text);
    await vscode.window.showTextDocument(article);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(
      async () => !(await vscode.commands.executeCommand<ArticleRow[]>('crosscheck._test.articles')).some((r) => r.file === key),
      'the closed note to leave the corpus',
    );
  });
});
