// Find Conflicting Figures publishes one warning per conflicting figure, pointing at the others.
import * as assert from 'assert';
import * as vscode from 'vscode';
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
});
