// The two views of the Crosscheck activity-bar container open when focused and show their content.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateCrosscheck, openSeeds, waitFor } from './crosscheckFixtures';

interface ViewsShown {
  articles: boolean;
  crossRef: boolean;
}

const shown = () => vscode.commands.executeCommand<ViewsShown>('crosscheck._test.views');

suite('views', () => {
  suiteSetup(activateCrosscheck);
  suiteTeardown(() => vscode.commands.executeCommand('workbench.view.explorer'));

  test('focusing the Articles view shows it, listing the articles', async () => {
    await openSeeds();
    await vscode.commands.executeCommand('workbench.view.explorer');
    await waitFor(async () => !(await shown()).articles, 'the Articles view hidden behind the Explorer');
    await vscode.commands.executeCommand('crosscheck.articles.focus');
    await waitFor(async () => (await shown()).articles, 'the Articles view on screen after crosscheck.articles.focus');
    const rows = await vscode.commands.executeCommand<{ file: string }[]>('crosscheck._test.articles');
    assert.ok(rows.length >= 5, `the view lists the five seeds at least (got ${rows.length})`);
  });

  test('focusing the Cross-references view shows the panel', async () => {
    await vscode.commands.executeCommand('workbench.view.explorer');
    await waitFor(async () => !(await shown()).crossRef, 'the Cross-references view hidden behind the Explorer');
    await vscode.commands.executeCommand('crosscheck.crossRef.focus');
    await waitFor(async () => (await shown()).crossRef, 'the Cross-references view on screen after crosscheck.crossRef.focus');
    const message = await waitFor(() => vscode.commands.executeCommand<object | null>('crosscheck._test.crossRef'), 'the panel to have content');
    assert.ok(message, 'the panel was sent something to show');
  });
});
