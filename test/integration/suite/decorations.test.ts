// Decorations paint exactly the spans the engine reports, and follow edits.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { analyzeArticle } from '../../../src/core/analyze';
import type { ActorType, Article } from '../../../src/core/format';
import { activateCrosscheck, appliedDecorationsOf as appliedAt, openSeeds, REPO_ROOT, waitFor, waitForAnalysis, type AppliedDecorations, type OffsetRange } from './crosscheckFixtures';

function expectedFrom(article: Article): Omit<AppliedDecorations, 'version' | 'conflicts'> {
  const span = (s: OffsetRange) => ({ start: s.start, end: s.end });
  const actors: Record<ActorType, OffsetRange[]> = { person: [], organization: [], place: [] };
  for (const m of article.actors) actors[m.type].push(span(m));
  return { quotes: article.quotes.map(span), actors, figures: article.figures.map(span) };
}

function withoutConflicts(applied: AppliedDecorations): Omit<AppliedDecorations, 'version' | 'conflicts'> {
  return { quotes: applied.quotes, actors: applied.actors, figures: applied.figures };
}

suite('decorations', () => {
  suiteSetup(activateCrosscheck);

  test('each kind covers exactly the ranges the engine reports for seed 000', async () => {
    const [document] = await openSeeds();
    await vscode.window.showTextDocument(document);
    const applied = await appliedAt(document);
    const expected = expectedFrom(analyzeArticle(document.getText(), document.uri.toString()));
    assert.ok(expected.quotes.length > 0, 'the engine reports quotes in seed 000');
    assert.ok(expected.actors.person.length > 0 && expected.actors.organization.length + expected.actors.place.length > 0, 'the engine reports actors of several types in seed 000');
    assert.deepStrictEqual(applied.quotes, expected.quotes, 'quote decorations');
    assert.deepStrictEqual(applied.actors.person, expected.actors.person, 'person decorations');
    assert.deepStrictEqual(applied.actors.organization, expected.actors.organization, 'organisation decorations');
    assert.deepStrictEqual(applied.actors.place, expected.actors.place, 'place decorations');
    assert.deepStrictEqual(applied.figures, expected.figures, 'figure decorations');
    for (const c of applied.conflicts) assert.ok(applied.figures.some((f) => f.start === c.start && f.end === c.end), 'a conflict mark sits on a figure');
  });

  test('an edit to an article updates its decorations', async () => {
    const file = vscode.Uri.file(path.join(REPO_ROOT, 'test/fixtures/workspace/articles/001_968ab21749d55e3c.txt'));
    const document = await waitFor(async () => {
      const d = await vscode.workspace.openTextDocument(file);
      return d.languageId === 'news-article' ? d : undefined;
    }, 'the workspace article to open as news-article');
    const editor = await vscode.window.showTextDocument(document);
    try {
      const before = await appliedAt(document);
      const inserted = 'Jane Doe told reporters: "We will rebuild every one of the 12 schools." ';
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), inserted)), 'the edit applies');
      await waitForAnalysis(document);
      const after = await appliedAt(document);
      const expected = expectedFrom(analyzeArticle(document.getText(), document.uri.toString()));
      assert.deepStrictEqual(withoutConflicts(after), expected, 'decorations match the engine on the edited text');
      const quoteStart = inserted.indexOf('We will');
      assert.ok(after.quotes.some((q) => q.start === quoteStart), 'the inserted quote is decorated');
      // Every earlier quote moved with the text.
      assert.deepStrictEqual(
        after.quotes.filter((q) => q.start >= inserted.length).map((q) => q.start - inserted.length),
        before.quotes.map((q) => q.start),
      );
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('turning a kind off in the settings clears only that kind', async () => {
    const [document] = await openSeeds();
    await vscode.window.showTextDocument(document);
    const config = vscode.workspace.getConfiguration('crosscheck.decorations');
    const before = await appliedAt(document);
    assert.ok(before.quotes.length > 0 && before.actors.person.length > 0, 'quotes and people are decorated to begin with');
    try {
      await config.update('quotes', false, vscode.ConfigurationTarget.Global);
      const after = await waitFor(async () => {
        const applied = await vscode.commands.executeCommand<AppliedDecorations | null>('crosscheck._test.decorations', document.uri.toString());
        return applied && applied.quotes.length === 0 ? applied : undefined;
      }, 'quote decorations to clear');
      assert.deepStrictEqual(after.actors, before.actors, 'actor decorations stay');
      assert.deepStrictEqual(after.figures, before.figures, 'figure decorations stay');
    } finally {
      await config.update('quotes', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(async () => {
      const applied = await vscode.commands.executeCommand<AppliedDecorations | null>('crosscheck._test.decorations', document.uri.toString());
      return applied && applied.quotes.length === before.quotes.length;
    }, 'quote decorations to return');
  });

  test('turning off actors, then figures, clears only that kind (figures take their conflict marks with them)', async () => {
    const [document] = await openSeeds();
    await vscode.window.showTextDocument(document);
    const config = vscode.workspace.getConfiguration('crosscheck');
    const before = await appliedAt(document);
    const decoratedActors = before.actors.person.length + before.actors.organization.length + before.actors.place.length;
    assert.ok(decoratedActors > 0 && before.figures.length > 0 && before.conflicts.length > 0, 'actors, figures and a conflict are decorated to begin with');
    const current = () => vscode.commands.executeCommand<AppliedDecorations | null>('crosscheck._test.decorations', document.uri.toString());
    try {
      await config.update('decorations.actors', false, vscode.ConfigurationTarget.Global);
      const noActors = await waitFor(async () => {
        const applied = await current();
        return applied && Object.values(applied.actors).every((r) => r.length === 0) ? applied : undefined;
      }, 'actor decorations to clear');
      assert.deepStrictEqual(noActors.quotes, before.quotes, 'quote decorations stay');
      assert.deepStrictEqual(noActors.figures, before.figures, 'figure decorations stay');
      await config.update('decorations.actors', undefined, vscode.ConfigurationTarget.Global);
      await waitFor(async () => (await current())?.actors.person.length === before.actors.person.length, 'actor decorations to return');

      await config.update('decorations.figures', false, vscode.ConfigurationTarget.Global);
      const noFigures = await waitFor(async () => {
        const applied = await current();
        return applied && applied.figures.length === 0 ? applied : undefined;
      }, 'figure decorations to clear');
      assert.deepStrictEqual(noFigures.conflicts, [], 'conflict marks go with the figures');
      assert.deepStrictEqual(noFigures.quotes, before.quotes, 'quote decorations stay');
      assert.deepStrictEqual(noFigures.actors, before.actors, 'actor decorations stay');
    } finally {
      await config.update('decorations.actors', undefined, vscode.ConfigurationTarget.Global);
      await config.update('decorations.figures', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(async () => (await current())?.figures.length === before.figures.length, 'figure decorations to return');
  });
});
