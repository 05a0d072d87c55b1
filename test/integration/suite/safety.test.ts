// Crosscheck reads articles and never writes them; offsets survive CRLF, a BOM and surrogate pairs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { analyzeArticle } from '../../../src/core/analyze';
import { activateCrosscheck, appliedDecorationsOf, REPO_ROOT, waitFor, waitForAnalysis, type OffsetRange } from './crosscheckFixtures';

const ARTICLES = path.join(REPO_ROOT, 'test/fixtures/workspace/articles');

async function openArticle(file: string): Promise<vscode.TextDocument> {
  const document = await waitFor(async () => {
    const d = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    return d.languageId === 'news-article' ? d : undefined;
  }, `${path.basename(file)} to open as news-article`);
  await vscode.window.showTextDocument(document);
  await waitForAnalysis(document);
  return document;
}

/** Runs a command without letting a quick pick or input box it opens hang the test. */
async function runDismissingPrompts(command: string): Promise<void> {
  const running = Promise.resolve(vscode.commands.executeCommand(command)).then(
    () => undefined,
    () => undefined, // a command may refuse to run without arguments; that is not a write
  );
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  }
  await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 5000))]);
}

suite('safety', () => {
  suiteSetup(activateCrosscheck);

  test('no contributed command modifies or saves an open article', async function () {
    this.timeout(120_000);
    const file = path.join(ARTICLES, '000_8c0d2177d25358a7.txt');
    const bytesBefore = fs.readFileSync(file);
    const document = await openArticle(file);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(document.positionAt(document.getText().indexOf('1,205')), document.positionAt(document.getText().indexOf('1,205') + 5));
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
    const commands = manifest.contributes.commands.map((c) => c.command);
    assert.ok(commands.length >= 4, 'the manifest contributes commands');
    for (const command of commands) {
      await vscode.window.showTextDocument(document);
      await runDismissingPrompts(command);
      assert.strictEqual(document.isDirty, false, `${command} left the article modified`);
      assert.ok(fs.readFileSync(file).equals(bytesBefore), `${command} changed the article's bytes on disk`);
    }
  });

  test('decorations cover the same characters as the engine in a CRLF file with a BOM and surrogate pairs', async function () {
    this.timeout(60_000);
    const body = [
      'Officials in Velmar said on Monday that at least 1,204 people \u{1F600} had fled.',
      '',
      '\u201cWe counted 37 buses \u{1F68C} before noon,\u201d Maria Keller told reporters in Velmar.',
      '',
      'The Northern Alliance Party said 2,500 families had applied for shelter \u{1F3E0}.',
    ].join('\r\n');
    const file = path.join(ARTICLES, 'zz_offsets_probe.txt');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]));
    try {
      const document = await openArticle(file);
      assert.strictEqual(document.eol, vscode.EndOfLine.CRLF, 'the probe opens with CRLF line endings');
      const applied = await appliedDecorationsOf(document);
      const engine = analyzeArticle(body, 'probe');
      const textAt = (r: OffsetRange) => document.getText(new vscode.Range(document.positionAt(r.start), document.positionAt(r.end)));
      assert.deepStrictEqual(applied.quotes.map(textAt), engine.quotes.map((q) => q.text), 'quoted text under the quote decorations');
      assert.deepStrictEqual(applied.figures.map(textAt), engine.figures.map((f) => f.text), 'figure text under the figure decorations');
      const actorTexts = Object.values(applied.actors).flat().sort((a, b) => a.start - b.start).map(textAt);
      assert.deepStrictEqual(actorTexts, engine.actors.map((m) => m.text), 'names under the actor decorations');
      assert.ok(engine.figures.some((f) => f.text === '37'), 'a figure follows an emoji on its line');
      assert.ok(engine.quotes.length === 1 && engine.actors.length >= 3, 'the probe has a quote and several names');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      fs.rmSync(file, { force: true });
    }
  });
});
