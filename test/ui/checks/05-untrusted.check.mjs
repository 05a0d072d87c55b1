// Article text is data, never markup: test/fixtures/ui-untrusted/articles/ui-untrusted-{a,b}.txt
// (copied into the workspace's articles/) hold <script>, <img onerror>, a command: link,
// javascript: and HTML entities inside a quote they share and next to a figure. Hovering the quote
// and the figure, and showing the quote in the Cross-references view, must render that text
// literally: no element from the article in the hover or webview DOM, window.__pwned never set
// (page or any frame), and no link to a workbench command in the hover.
import assert from 'node:assert/strict';

export const name = 'untrusted article text stays inert in hovers and the panel';

const INERT_TAGS = 'script, img, iframe, object, embed, svg image, a[href^="javascript:"]';

async function hoverDom(wb) {
  return wb.page.locator('.monaco-hover:visible').first().evaluate((h, sel) => ({
    elements: [...h.querySelectorAll(sel)].map((e) => e.outerHTML.slice(0, 200)),
    links: [...h.querySelectorAll('a')].map((a) => a.getAttribute('data-href') || a.getAttribute('href') || ''),
    text: h.textContent,
  }), INERT_TAGS);
}

async function assertNotPwned(wb, where) {
  for (const f of wb.page.frames()) {
    const v = await f.evaluate(() => typeof window.__pwned).catch((e) => `unreadable: ${e.message}`);
    // A frame that has just been detached (a webview reloading) cannot be read; every other must say undefined.
    if (String(v).startsWith('unreadable') && f.isDetached()) continue;
    assert.equal(v, 'undefined', `window.__pwned in ${f === wb.page.mainFrame() ? 'the page' : `frame ${f.name() || f.url()}`} ${where}`);
  }
}

export default async function (wb) {
  const { page } = wb;
  await wb.openFile('ui-untrusted-a.txt');
  await wb.decorations({ min: 3 });

  // The quote: its hover lists the other article's wording, markup and all, as text.
  const quoteHover = await wb.hover('We will not pay', { expect: 'Also quoted in' });
  assert.match(quoteHover, /Quote by Maria Lopez/, quoteHover);
  let dom = await hoverDom(wb);
  assert.deepEqual(dom.elements, [], 'no script/img/iframe element in the quote hover');
  for (const literal of ['<script>window.__pwned=1</script>', '<img src=x onerror=window.__pwned=1>', '[click](command:workbench.action.terminal.new)', 'javascript:alert(1)', '&amp; &lt;b&gt;now&lt;/b&gt;']) {
    assert.ok(dom.text.includes(literal), `the hover shows ${literal} as text: ${dom.text}`);
  }
  assert.ok(dom.links.length >= 1 && dom.links.every((l) => l.startsWith('command:crosscheck.openReference?')), `the only links open a reference: ${JSON.stringify(dom.links)}`);
  assert.ok(!dom.links.some((l) => /^command:workbench|^javascript:/i.test(l)), `no workbench command or javascript link: ${JSON.stringify(dom.links)}`);
  await assertNotPwned(wb, 'after the quote hover');
  await wb.screenshot('untrusted-hover', { keep: true, dir: new URL('../out/', import.meta.url).pathname });

  // The figure next to the markup: its source and neighbours are shown as text too.
  const figureHover = await wb.hover('12', { expect: 'Figure' });
  assert.match(figureHover, /Figure\s+12/, figureHover);
  dom = await hoverDom(wb);
  assert.deepEqual(dom.elements, [], 'no script/img/iframe element in the figure hover');
  assert.ok(!dom.links.some((l) => /^command:workbench|^javascript:/i.test(l)), `no workbench command or javascript link: ${JSON.stringify(dom.links)}`);
  await assertNotPwned(wb, 'after the figure hover');
  await wb.dismiss();

  // The panel for the quote.
  const b = await wb.textBox('We will not pay');
  await page.mouse.click(b.x + 5, b.y + b.height / 2);
  await wb.focusView('Cross-references');
  const frame = await wb.webview('Cross-references');
  await frame.locator('h2.heading', { hasText: 'Quote by Maria Lopez' }).waitFor();
  const wordings = await frame.locator('q.wording').allTextContents();
  assert.equal(wordings.length, 2, `both articles' wordings: ${JSON.stringify(wordings)}`);
  for (const w of wordings) {
    assert.ok(w.includes('<script>window.__pwned=1</script>') && w.includes('<img src=x onerror=window.__pwned=1>') && w.includes('&amp;'), `shown as text: ${w}`);
  }
  const inWebview = await frame.evaluate((sel) => ({
    fromArticle: [...document.getElementById('root').querySelectorAll(sel)].map((e) => e.outerHTML.slice(0, 200)),
    anywhere: [...document.querySelectorAll('img, iframe, object, embed')].map((e) => e.outerHTML.slice(0, 200)),
    scripts: [...document.scripts].filter((s) => s.src || s.textContent.includes('__pwned')).map((s) => s.src.replace(/^.*\//, '') || s.textContent.slice(0, 200)),
    links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }), INERT_TAGS);
  assert.deepEqual(inWebview.fromArticle, [], 'no element from the article in the panel');
  assert.deepEqual(inWebview.anywhere, [], 'no img/iframe in the panel document');
  // The webview host injects an inline acquireVsCodeApi shim; no script mentions the article's __pwned.
  assert.deepEqual(inWebview.scripts, ['crossRef.js'], 'the only script file is the panel\'s own, and no script comes from the article');
  assert.deepEqual(inWebview.links, [], 'no links in the panel');
  // Long unbroken runs such as the command: URL wrap inside the view instead of running past its edge.
  assert.ok(inWebview.overflow <= 0, `the panel's content is ${inWebview.overflow}px wider than the view`);
  await assertNotPwned(wb, 'with the panel showing the quote');
  await wb.screenshot('untrusted-panel', { dir: new URL('../out/', import.meta.url).pathname });
}
