// Hovers on figures: the same quantity in the other articles, and conflicts.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { formatNumber } from '../../../src/extension/markdown';
import { hoverText, openSeeds, SEED_NAMES, seedCorpus, seedUri, unescapeMarkdown, waitForAnalysis } from './crosscheckFixtures';

async function hoverAt(document: vscode.TextDocument, offset: number): Promise<string> {
  await vscode.window.showTextDocument(document);
  await waitForAnalysis(document);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return unescapeMarkdown(hoverText(hovers));
}

suite('hovers', () => {
  test('a figure shows its value in every other article of its group, with links', async () => {
    const documents = await openSeeds();
    const snapshot = seedCorpus().snapshot();
    let checked = 0;
    for (const document of documents) {
      const article = snapshot.article(document.uri.toString())!;
      const figure = article.figures.find((f) => f.group && snapshot.figureGroup(f.group)!.members.some((m) => m.file !== article.file));
      if (!figure) continue;
      const text = await hoverAt(document, figure.start);
      assert.match(text, /Figure/, 'the hover describes the figure');
      for (const member of snapshot.figureGroup(figure.group!)!.members.filter((m) => m.file !== article.file)) {
        const other = snapshot.article(member.file)!;
        const value = other.figures.find((f) => f.start === member.start)!;
        const name = `seeds/${vscode.Uri.parse(member.file).path.split('/').pop()}`;
        assert.ok(text.includes(name), `the hover names ${name}`);
        assert.ok(text.includes(formatNumber(value.value)), `the hover gives ${formatNumber(value.value)} from ${name}`);
        assert.ok(text.includes('command:crosscheck.openReference'), 'the hover links to the other figure');
      }
      checked++;
    }
    assert.ok(checked > 0, 'the engine links at least one seed figure to another seed (figure groups not produced yet?)');
  });

  test('"1,205" in seed 000 warns of the conflict with "about 1,160"', async () => {
    const documents = await openSeeds();
    const document = documents.find((d) => d.uri.toString() === seedUri(SEED_NAMES[0]).toString())!;
    const offset = document.getText().indexOf('1,205');
    assert.ok(offset >= 0);
    const text = await hoverAt(document, offset + 1);
    assert.match(text, /Figure/, 'the engine reports "1,205" as a figure');
    assert.match(text, /Conflict/, 'the hover warns of a conflict');
    assert.ok(text.includes('1,160'), 'the hover gives the conflicting value 1,160');
  });
});
