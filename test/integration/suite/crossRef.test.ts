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

  test('quote variants carry a word diff that spells their own wording', async () => {
    const documents = await openSeeds();
    const snapshot = seedCorpus().snapshot();
    const wordingOf = (ref: { file: string; start: number }) => snapshot.article(ref.file)!.quotes.find((q) => q.start === ref.start)!.text;
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu)?.join(' ') ?? '';
    // A group whose members differ in wording across articles.
    const group = snapshot.document.quoteGroups.find((g) => new Set(g.members.map((m) => m.file)).size > 1 && new Set(g.members.map((m) => words(wordingOf(m)))).size > 1);
    assert.ok(group, 'the engine groups differently worded quotes across seeds (quote groups not produced yet?)');
    const here = group.members[0];
    const document = documents.find((d) => d.uri.toString() === here.file)!;
    const editor = await vscode.window.showTextDocument(document);
    await waitForAnalysis(document);
    const at = document.positionAt(here.start + 1);
    editor.selection = new vscode.Selection(at, at);
    const shown = await vscode.commands.executeCommand<ToWebview>('crosscheck.showCrossReferences');
    assert.strictEqual(shown.type, 'show');
    const occurrences = (shown as { model: CrossRefModel }).model.articles.flatMap((a) => a.occurrences);
    const variants = occurrences.filter((o) => !o.current && words(o.text) !== words(wordingOf(here)));
    assert.ok(variants.length > 0, 'the panel lists the differently worded variants');
    for (const variant of variants) {
      assert.ok(variant.diff, `variant ${variant.ref.file}@${variant.ref.start} has a diff`);
      assert.strictEqual(variant.diff.filter((p) => p.kind !== 'removed').map((p) => p.text).join(''), variant.text);
      assert.ok(variant.diff.some((p) => p.kind !== 'same'), 'the diff marks what differs');
    }
  });

  test('a figure group with dated values gets a chart of value over date', async () => {
    const documents = await openSeeds();
    const snapshot = seedCorpus().snapshot();
    const datedMembers = (id: string) => snapshot.figureGroup(id)!.members.filter((m) => snapshot.article(m.file)?.date);
    const group = snapshot.document.figureGroups.find((g) => new Set(datedMembers(g.id).map((m) => snapshot.article(m.file)!.date)).size >= 2);
    assert.ok(group, 'the engine links figures of differently dated seeds (figure groups not produced yet?)');
    const here = group.members[0];
    const document = documents.find((d) => d.uri.toString() === here.file)!;
    const editor = await vscode.window.showTextDocument(document);
    await waitForAnalysis(document);
    const at = document.positionAt(here.start);
    editor.selection = new vscode.Selection(at, at);
    const shown = await vscode.commands.executeCommand<ToWebview>('crosscheck.showCrossReferences');
    assert.strictEqual(shown.type, 'show');
    const chart = (shown as { model: CrossRefModel }).model.chart;
    const seedPoints = chart.filter((p) => p.ref.file.startsWith('crosscheck-seed:'));
    assert.strictEqual(seedPoints.length, datedMembers(group.id).length, 'one point per dated seed figure');
    const dates = chart.map((p) => p.date);
    assert.deepStrictEqual(dates, [...dates].sort(), 'points in date order');
    for (const point of seedPoints) {
      const figure = snapshot.article(point.ref.file)!.figures.find((f) => f.start === point.ref.start)!;
      assert.strictEqual(point.value, figure.value);
      assert.strictEqual(point.date, snapshot.article(point.ref.file)!.date);
    }
  });
});
