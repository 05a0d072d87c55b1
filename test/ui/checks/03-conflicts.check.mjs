// "Crosscheck: Find Conflicting Figures" from the command palette lists the 7 October death toll
// (1,205 in seed 000 vs about 1,160 in seed 004); screenshot media/screenshots/conflicts.png.
// Choosing it opens both articles side by side with the figures selected, and the Problems panel
// holds Crosscheck's warnings.
import assert from 'node:assert/strict';

export const name = 'find conflicting figures: quick pick, side by side, problems';

export default async function (wb) {
  const { page } = wb;
  await wb.runCommand('Crosscheck: Find Conflicting Figures');
  const widget = page.locator('.quick-input-widget');
  await widget.locator('.quick-input-title', { hasText: /Crosscheck: \d+ conflicting figures?/ }).waitFor();
  const row = widget.locator('.quick-input-list .monaco-list-row', { hasText: 'people killed in the attack of 7 October' }).first();
  await row.waitFor();
  const rowText = (await row.innerText()).replace(/\s+/g, ' ');
  assert.match(rowText, /1,205 vs about 1,160/, rowText);
  assert.match(rowText, /seeds\/000_8c0d2177d25358a7\.txt, seeds\/004_4e1877aa6b994846\.txt/, rowText);
  assert.match(rowText, /differ by 45/, rowText);
  await page.waitForTimeout(200); // the list finishes laying out
  await wb.screenshot('conflicts', { keep: true });

  await row.click();
  // Two editor groups side by side: 000 with 1,205 selected on the left, 004 with 1,160 on the right.
  const groups = page.locator('.editor-group-container');
  await page.waitForFunction(() => document.querySelectorAll('.editor-group-container .tab.active').length === 2, null, { timeout: 15000 })
    .catch(() => { throw new Error('choosing the conflict did not open two editor groups'); });
  const [left, right] = [groups.nth(0), groups.nth(1)];
  await left.locator('.tab.active', { hasText: '000_8c0d2177d25358a7.txt' }).waitFor();
  await right.locator('.tab.active', { hasText: '004_4e1877aa6b994846.txt' }).waitFor();
  const [lb, rb] = [await left.boundingBox(), await right.boundingBox()];
  assert.ok(rb.x >= lb.x + lb.width - 2 && Math.abs(rb.y - lb.y) < 2, `the groups are side by side (${JSON.stringify([lb, rb])})`);
  // Each editor has its figure selected: the status bar of the active (right) editor shows the selection.
  await right.locator('.view-line', { hasText: '1,160' }).first().waitFor();
  await left.locator('.view-line', { hasText: '1,205' }).first().waitFor();
  await page.locator('.statusbar-item', { hasText: /\(5 selected\)/ }).first().waitFor()
    .catch(() => { throw new Error('the right editor has no 5-character selection (about 1,160 -> "1,160")'); });
  await wb.screenshot('conflicts-side-by-side', { keep: true });

  // The Problems panel lists the conflict as a Crosscheck warning in both articles.
  const problems = await wb.focusView('Problems');
  const warning = problems.locator('.monaco-list-row', { hasText: 'Conflicting figure (people killed in the attack of 7 October)' });
  await warning.first().waitFor();
  const texts = (await problems.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  assert.ok(texts.some((t) => /000_8c0d2177d25358a7\.txt/.test(t)) && texts.some((t) => /004_4e1877aa6b994846\.txt/.test(t)), `warnings for both articles: ${JSON.stringify(texts)}`);
  const warnings = texts.filter((t) => /Conflicting figure \(people killed in the attack of 7 October\)/.test(t));
  assert.equal(warnings.length, 2, `one warning per figure: ${JSON.stringify(texts)}`);
  assert.ok(warnings.every((t) => /Crosscheck/.test(t)), `the warnings' source is Crosscheck: ${JSON.stringify(warnings)}`);
  assert.equal(await problems.locator('.monaco-list-row .codicon-warning, .monaco-list-row .marker-icon.warning').count() >= 2, true, 'shown as warnings');
  await wb.runCommand('View: Hide Panel');
}
