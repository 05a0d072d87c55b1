// Seed article 000 is decorated (quotes, actors of each type, figures, a conflict mark), and the
// hover on its figure 1,205 shows the other article's 1,160 and the conflict. Screenshot with the
// hover open: media/screenshots/article-hover.png.
import assert from 'node:assert/strict';
import { waitForKinds } from '../decorationKinds.mjs';

export const name = 'article decorations and the hover on a conflicting figure';

export default async function (wb) {
  await wb.openFile('000_8c0d2177d25358a7.txt');
  await wb.decorations({ min: 1 });
  // The first screen of the article has many quotes, names and figures.
  const kinds = await waitForKinds(wb, (k) => k.quotes.length >= 5 && k.person.length >= 3 && k.organization.length >= 3
    && k.place.length >= 3 && k.figures.length >= 3, { what: 'quote, actor and figure decorations in seed 000' });
  assert.ok(kinds.quotes.every((d) => d.backgroundColor !== 'rgba(0, 0, 0, 0)'), 'quotes have a background');

  await wb.gotoLine(19);
  // Conflict marks follow once the corpus-wide links settle.
  await waitForKinds(wb, (k) => k.conflicts.length >= 1 && k.conflictMarks.length >= 1, { what: 'the conflict mark on 1,205' });
  const text = await wb.hover('1,205', { expect: '1,160' });
  assert.match(text, /Figure\s+1,205/, text);
  assert.match(text, /Conflict\s+in\s+people killed in the attack of 7 October/, text);
  assert.match(text, /differ by 45/, text);
  assert.match(text, /about 1,160 in seeds\/004_4e1877aa6b994846\.txt/, text);
  await wb.page.waitForTimeout(300); // let the hover finish fading in
  await wb.screenshot('article-hover', { keep: true });
  assert.ok(await wb.page.locator('.monaco-hover:visible', { hasText: '1,160' }).isVisible(), 'the hover is still open in the screenshot');
}
