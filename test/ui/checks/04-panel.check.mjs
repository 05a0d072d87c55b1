// With the cursor on 40,861 (Palestinians killed in Gaza, seed 000), the Cross-references view in
// the Crosscheck container shows that figure in the other articles (001, 003, 004) and a chart of
// the values over time; with the cursor on "cannot accept" (seed 002), the quote's variants with
// word-diff marks. Screenshot of the figure: media/screenshots/panel.png.
import assert from 'node:assert/strict';

export const name = 'cross-references panel follows the cursor across articles';

async function placeCursor(wb, text) {
  const b = await wb.textBox(text);
  await wb.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
}

export default async function (wb) {
  const { page } = wb;
  await wb.openFile('000_8c0d2177d25358a7.txt');
  await wb.decorations({ min: 1 });
  await wb.gotoLine(21);
  await placeCursor(wb, '40,861');
  await page.locator('.statusbar-item', { hasText: /Ln 21,/ }).first().waitFor();

  const pane = await wb.focusView('Cross-references');
  // The view sits in the Crosscheck container, beside Articles.
  await page.locator('.part.sidebar .composite.title', { hasText: /Crosscheck/i }).waitFor();
  const frame = await wb.webview('Cross-references');
  const heading = frame.locator('h2.heading');
  await heading.filter({ hasText: /killed in (the )?Gaza/ }).waitFor();
  const subheading = await frame.locator('.subheading').innerText();
  assert.match(subheading, /^\d+ figures in \d+ articles$/, subheading);
  const [, figures, articles] = /^(\d+) figures in (\d+) articles$/.exec(subheading).map(Number);
  assert.ok(figures >= 5 && articles >= 4, subheading);

  const sections = frame.locator('section.article');
  assert.equal(await sections.count(), articles, 'one section per article');
  const titles = await frame.locator('section.article .article-title').allInnerTexts();
  for (const t of ['Netanyahu obstructing Gaza cease-fire negotiations: Hamas', 'Israel rejects truce, Hamas says Netanyahu set on genocide',
    'Israel, Hamas blame each other for impasse in Cairo talks; Israel pounds areas across enclave']) {
    assert.ok(titles.includes(t), `an occurrence from "${t}" (have ${JSON.stringify(titles)})`);
  }
  // The occurrence under the cursor is marked "here"; the others come from other articles.
  const current = frame.locator('li.occurrence.current');
  assert.equal(await current.count(), 1);
  assert.match(await current.innerText(), /40,861/);
  const others = (await frame.locator('li.occurrence:not(.current) .wording').allInnerTexts());
  assert.ok(others.length >= 4 && others.every((t) => /\d/.test(t) && !t.includes('40,861')), `values from other articles: ${JSON.stringify(others)}`);
  // The chart: one dot per dated figure (001, 003 twice, 004), joined by a line.
  const points = frame.locator('svg.chart circle.point');
  assert.ok(await points.count() >= 4, `chart points: ${await points.count()}`);
  assert.equal(await frame.locator('svg.chart polyline.series').count(), 1);
  // Everything fits the view's width: a headline-less article is labelled by its path, which wraps.
  const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the panel's content is ${overflow}px wider than the view`);
  // More room for the panel in the screenshot: fold the Articles view above it, then unfold it.
  const articlesHeader = page.locator('.pane-header', { hasText: /^Articles/ }).first();
  await articlesHeader.click();
  await page.waitForFunction(() => [...document.querySelectorAll('.pane-header')].some((h) => /^Articles/.test(h.textContent) && h.getAttribute('aria-expanded') === 'false'));
  await page.waitForTimeout(300);
  await wb.screenshot('panel', { keep: true });
  await articlesHeader.click();

  // A quote: the panel follows the cursor to "cannot accept" in seed 002 and marks how the other wordings differ.
  await wb.openFile('002_2c05ef45338f4418.txt');
  await wb.decorations({ min: 1 });
  await placeCursor(wb, 'cannot accept');
  await heading.filter({ hasText: 'Quote by Benjamin Netanyahu' }).waitFor();
  assert.match(await frame.locator('.subheading').innerText(), /^Quoted \d+ times in [2-9] articles$/);
  const quoteTitles = await frame.locator('section.article .article-title').allInnerTexts();
  assert.ok(quoteTitles.includes('Israel, Hamas blame each other for impasse in Cairo talks; Israel pounds areas across enclave'), JSON.stringify(quoteTitles));
  assert.ok(await frame.locator('q.wording ins.diff-added, q.wording del.diff-removed').count() >= 1, 'word-diff marks on the other wordings');
  assert.ok(await pane.isVisible(), 'the Cross-references view is still open');
}
