// Opens a seed article through Quick Open, checks its text is shown and Crosscheck has decorated
// it, and saves a screenshot (media/screenshots/article.png).
import assert from 'node:assert/strict';
import fs from 'node:fs';

export const name = 'opens a seed article and screenshots it';

export default async function (wb) {
  const editor = await wb.openFile('000_8c0d2177d25358a7.txt');
  await editor.locator('.view-line', { hasText: 'Netanyahu' }).first().waitFor();
  const box = await wb.textBox('Netanyahu');
  assert.ok(box.width > 0 && box.height > 0, 'the word has a size on screen');
  await wb.decorations({ min: 1 });
  const file = await wb.screenshot('article');
  assert.ok(fs.statSync(file).size > 10000, 'screenshot is not empty');
}
