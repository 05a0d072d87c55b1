// "Show Cross-references" describes the quote or figure under the cursor.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrossRefModel, ToWebview } from '../../../src/extension/panel/protocol';
import { openSeeds, seedCorpus, waitForAnalysis } from './crosscheckFixtures';

suite('cross-reference panel', () => {
  test('on a quote it shows that quote, marked as the current occurrence', async () => {
    const [document] = await openSeeds();
    const editor = await vscode.window.showTextDocument(document);
    await waitForAnalysis(document);
    const quote = seedCorpus().snapshot().article(document.uri.toString())!.quotes[0];
    assert.ok(quote, 'the engine reports a quote in seed 000');
    const inside = document.positionAt(quote.start + 1);
    editor.selection = new vscode.Selection(inside, inside);
    const shown = await vscode.commands.executeCommand<ToWebview>('crosscheck.showCrossReferences');
    const active = vscode.window.activeTextEditor;
    assert.strictEqual(shown.type, 'show', `the panel shows a model (got: ${JSON.stringify(shown)}; active ${active?.document.uri.toString()} ${active ? document.offsetAt(active.selection.active) : ''}, quote ${JSON.stringify(quote)})`);
    const model = (shown as { model: CrossRefModel }).model;
    assert.strictEqual(model.kind, 'quote');
    const current = model.articles.flatMap((a) => a.occurrences).filter((o) => o.current);
    assert.deepStrictEqual(
      current.map((o) => ({ file: o.ref.file, start: o.ref.start, text: o.text })),
      [{ file: document.uri.toString(), start: quote.start, text: quote.text }],
    );
  });

  test('on a figure of a group it lists the group across articles', async () => {
    const [document] = await openSeeds();
    const corpus = seedCorpus();
    const snapshot = corpus.snapshot();
    const figure = snapshot.article(document.uri.toString())!.figures.find((f) => f.group);
    assert.ok(figure, 'the engine links a figure of seed 000 to another article (figure groups not produced yet?)');
    const group = snapshot.figureGroup(figure.group!)!;
    const editor = await vscode.window.showTextDocument(document);
    await waitForAnalysis(document);
    const at = document.positionAt(figure.start);
    editor.selection = new vscode.Selection(at, at);
    const shown = await vscode.commands.executeCommand<ToWebview>('crosscheck.showCrossReferences');
    assert.strictEqual(shown.type, 'show');
    const model = (shown as { model: CrossRefModel }).model;
    assert.strictEqual(model.kind, 'figure');
    const listed = new Set(model.articles.flatMap((a) => a.occurrences.map((o) => `${o.ref.file}@${o.ref.start}`)));
    for (const member of group.members) assert.ok(listed.has(`${member.file}@${member.start}`), `occurrence ${member.file}@${member.start} is listed`);
  });
});
