// The "Get started with Crosscheck" walkthrough (package.json contributes.walkthroughs): each
// step is unchecked in a fresh profile and checks itself when the user does what it asks, through
// its completion event: Open Seed Articles, a hover on a figure (the hover provider sets the
// context key crosscheck.hoveredFigure), the Cross-references view, Find Conflicting Figures.
// It needs a profile where none of that has happened yet, and Open Seed Articles would add the
// seeds a second time to the shared workbench's corpus, so it runs in a workbench of its own.
import assert from 'node:assert/strict';
import path from 'node:path';
import { launchWorkbench, ROOT } from '../workbench.mjs';

export const name = 'the walkthrough steps check themselves as the user does them';

const STEPS = ['openSeeds', 'hoverFigure', 'crossReferences', 'findConflicts'];

async function openWalkthrough(wb) {
  await wb.quickPick('F1', '>Welcome: Open Walkthrough', 'Open Walkthrough');
  const row = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Crosscheck' }).first();
  await row.waitFor();
  await row.click();
  await wb.page.locator('.getting-started-step', { hasText: 'Hover a figure' }).first().waitFor();
}

/** step id -> checked, read from the walkthrough page. */
async function stepStates(wb) {
  // Editors still opening (the seeds) can close the quick input or cover the walkthrough: retry.
  for (let attempt = 1; ; attempt++) {
    try {
      await wb.closeAllEditors();
      await openWalkthrough(wb);
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  const states = {};
  for (const id of STEPS) {
    const step = wb.page.locator(`.getting-started-step[data-step-id$="#${id}"]`).first();
    await step.waitFor();
    states[id] = await step.locator('.codicon-getting-started-step-checked').count() > 0;
  }
  return states;
}

export default async function (shared) {
  const wb = await launchWorkbench({ workspace: shared.workspace });
  try {
    await steps(wb);
  } catch (e) {
    await wb.screenshot('FAILED-06-walkthrough-own', { dir: path.join(ROOT, 'test/ui/out') }).catch(() => { });
    throw e;
  } finally {
    await wb.close();
  }
}

async function steps(wb) {
  assert.deepEqual(await stepStates(wb), { openSeeds: false, hoverFigure: false, crossReferences: false, findConflicts: false }, 'a fresh profile starts with no step done');

  await wb.runCommand('Crosscheck: Open Seed Articles');
  await wb.page.locator('.tabs-container .tab', { hasText: '004_4e1877aa6b994846.txt' }).first().waitFor(); // the last seed it opens
  assert.deepEqual(await stepStates(wb), { openSeeds: true, hoverFigure: false, crossReferences: false, findConflicts: false }, 'Open Seed Articles checks the first step only');

  await wb.openFile('seeds/000_8c0d2177d25358a7.txt');
  await wb.decorations({ min: 1 });
  await wb.hover('1,205', { expect: 'Figure' });
  await wb.dismiss();
  assert.deepEqual(await stepStates(wb), { openSeeds: true, hoverFigure: true, crossReferences: false, findConflicts: false }, 'the hover on a figure checks the second step');

  await wb.runCommand('Crosscheck: Focus on Cross-references View');
  await wb.page.locator('.pane-header', { hasText: /Cross-references/i }).first().waitFor();
  // Keyboard focus is now inside the panel's webview; clicking the Explorer takes it back.
  await wb.page.locator('.activitybar .action-item a[aria-label^="Explorer"]').first().click();
  assert.deepEqual(await stepStates(wb), { openSeeds: true, hoverFigure: true, crossReferences: true, findConflicts: false }, 'opening the Cross-references view checks the third step');

  // The command indexes the workspace before its quick pick opens. Its pick's title is the proof
  // that the palette ran it: a row choice the palette lost while re-rendering is chosen again.
  const conflictsPick = wb.page.locator('.quick-input-widget .quick-input-title', { hasText: /Crosscheck: \d+ conflicting figures?/ });
  for (let attempt = 1; ; attempt++) {
    await wb.runCommand('Crosscheck: Find Conflicting Figures');
    try {
      await conflictsPick.waitFor({ timeout: 20000 });
      break;
    } catch (e) {
      if (attempt === 3) throw new Error(`Find Conflicting Figures never showed its quick pick: ${e.message}`, { cause: e });
      console.log(`    (Find Conflicting Figures showed no quick pick within 20 s; running it again, attempt ${attempt + 1})`);
    }
  }
  await wb.page.keyboard.press('Escape');
  const expected = { openSeeds: true, hoverFigure: true, crossReferences: true, findConflicts: true };
  let states = await stepStates(wb);
  for (let attempt = 1; attempt < 5 && !states.findConflicts; attempt++) {
    await wb.page.waitForTimeout(1000);
    states = await stepStates(wb);
  }
  assert.deepEqual(states, expected, 'Find Conflicting Figures checks the last step');
}
