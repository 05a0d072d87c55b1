// Find Conflicting Figures publishes one warning per conflicting figure, pointing at the others.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyzeArticle } from '../../../src/core/analyze';
import { openSeeds, seedCorpus, waitFor } from './crosscheckFixtures';

suite('Find Conflicting Figures', () => {
  test('publishes a Crosscheck warning on each conflicting seed figure, related to the figures it contradicts', async () => {
    const documents = await openSeeds();
    const expected = seedCorpus().snapshot().document.conflicts;
    assert.ok(expected.length > 0, 'the engine finds a conflict among the seeds (conflicts not produced yet?)');

    const result = await vscode.commands.executeCommand<{ conflicts: number }>('crosscheck.findConflictingFigures');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.ok(result.conflicts >= expected.length, `the command reports ${result.conflicts} conflicts, the seeds alone have ${expected.length}`);

    for (const conflict of expected) {
      for (const figure of conflict.figures) {
        const document = documents.find((d) => d.uri.toString() === figure.file)!;
        const range = new vscode.Range(document.positionAt(figure.start), document.positionAt(figure.end));
        const diagnostic = await waitFor(
          () => vscode.languages.getDiagnostics(document.uri).find((d) => d.source === 'Crosscheck' && d.range.isEqual(range)),
          `a Crosscheck diagnostic on ${figure.file} ${figure.start}-${figure.end}`,
        );
        assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
        for (const other of conflict.figures.filter((f) => f !== figure)) {
          const otherDocument = documents.find((d) => d.uri.toString() === other.file)!;
          const otherRange = new vscode.Range(otherDocument.positionAt(other.start), otherDocument.positionAt(other.end));
          assert.ok(
            diagnostic.relatedInformation?.some((r) => r.location.uri.toString() === other.file && r.location.range.isEqual(otherRange)),
            `the diagnostic on ${figure.file}@${figure.start} points at ${other.file}@${other.start}`,
          );
        }
      }
    }
  });

  test('choosing a conflict opens its articles side by side at the figures', async () => {
    await openSeeds();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const conflicts = await vscode.commands.executeCommand<{ conflicts: number }>('crosscheck.findConflictingFigures');
    assert.ok(conflicts.conflicts > 0, 'there is a conflict to choose (conflicts not produced yet?)');
    // The quick pick opens without blocking the command; accept its first item once it is there.
    const editors = await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const visible = vscode.window.visibleTextEditors.filter((e) => e.document.languageId === 'news-article');
      return new Set(visible.map((e) => e.viewColumn)).size >= 2 ? visible : undefined;
    }, 'two article editors side by side');
    for (const editor of editors) {
      const offset = editor.document.offsetAt(editor.selection.start);
      const figure = analyzeArticle(editor.document.getText(), editor.document.uri.toString()).figures.find((f) => f.start === offset);
      assert.ok(figure, `the editor on ${editor.document.uri.toString()} has a figure selected`);
      assert.strictEqual(editor.document.getText(editor.selection), figure.text);
    }
  });
});
