// Hovers on figures: the same quantity in the other articles, and conflicts.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { formatNumber } from '../../../src/extension/markdown';
import { hoverText, openSeeds, REPO_ROOT, SEED_NAMES, seedCorpus, seedUri, unescapeMarkdown, waitFor, waitForAnalysis } from './crosscheckFixtures';

async function hoversAt(document: vscode.TextDocument, offset: number): Promise<vscode.Hover[]> {
  await vscode.window.showTextDocument(document);
  await waitForAnalysis(document);
  return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
}

async function hoverAt(document: vscode.TextDocument, offset: number): Promise<string> {
  return unescapeMarkdown(hoverText(await hoversAt(document, offset)));
}

const seedName = (key: string) => `seeds/${vscode.Uri.parse(key).path.split('/').pop()}`;

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

  test('a quote shows its speaker and the wording of the same statement in other articles', async () => {
    const documents = await openSeeds();
    const snapshot = seedCorpus().snapshot();
    let checked = 0;
    for (const document of documents) {
      const article = snapshot.article(document.uri.toString())!;
      const quote = article.quotes.find((q) => q.group && snapshot.quoteGroup(q.group)!.members.some((m) => m.file !== article.file));
      if (!quote) continue;
      const text = await hoverAt(document, quote.start);
      assert.match(text, /Quote/, 'the hover describes the quote');
      if (quote.speaker) assert.ok(text.includes(quote.speaker), `the hover names the speaker ${quote.speaker}`);
      for (const member of snapshot.quoteGroup(quote.group!)!.members.filter((m) => m.file !== article.file)) {
        const wording = snapshot.article(member.file)!.quotes.find((q) => q.start === member.start)!.text;
        assert.ok(text.includes(wording.slice(0, 40).replace(/[\r\n]+/g, ' ')), `the hover quotes the wording in ${seedName(member.file)}`);
        assert.ok(text.includes(seedName(member.file)), `the hover names ${seedName(member.file)}`);
      }
      checked++;
    }
    assert.ok(checked > 0, 'the engine links at least one seed quote to another seed (quote groups not produced yet?)');
  });

  test('an actor shows its canonical name and its mentions in each article', async () => {
    const documents = await openSeeds();
    const snapshot = seedCorpus().snapshot();
    const document = documents[0];
    const mention = snapshot.article(document.uri.toString())!.actors.find((m) => m.type === 'person');
    assert.ok(mention, 'the engine reports a person in seed 000');
    const text = await hoverAt(document, mention.start);
    assert.ok(text.includes(mention.name), `the hover gives the canonical name ${mention.name}`);
    for (const other of snapshot.document.articles) {
      const count = other.actors.filter((m) => m.name === mention.name).length;
      if (count) assert.ok(text.includes(`${seedName(other.file)}: ${count}`), `the hover counts ${count} mentions in ${seedName(other.file)}`);
    }
  });

  test('hover links may run Crosscheck commands only, and no HTML', async () => {
    const documents = await openSeeds();
    const document = documents[0];
    const offsets = ['1,205', 'Netanyahu', 'thwart'].map((t) => document.getText().indexOf(t));
    let allowlists = 0;
    for (const offset of offsets) {
      for (const hover of await hoversAt(document, offset)) {
        for (const content of hover.contents) {
          if (!(content instanceof vscode.MarkdownString)) continue;
          assert.ok(!content.supportHtml, 'no HTML in hovers');
          const trust = content.isTrusted;
          if (typeof trust === 'boolean') assert.strictEqual(trust, false, 'a hover is never trusted wholesale');
          else if (trust) {
            allowlists++;
            for (const command of trust.enabledCommands) assert.match(command, /^crosscheck\./, `command ${command} is Crosscheck's`);
          }
          for (const link of content.value.matchAll(/\]\(command:([\w.]+)/g)) assert.match(link[1], /^crosscheck\./);
        }
      }
    }
    assert.ok(allowlists > 0, 'the hovers carry an explicit command allowlist');
  });

  test('a hover link opens the other article with its figure selected', async () => {
    const documents = await openSeeds();
    const document = documents[0];
    const hovers = await hoversAt(document, document.getText().indexOf('1,205') + 1);
    const markdown = hoverText(hovers);
    const link = /\(command:crosscheck\.openReference\?([^ )]+)/.exec(markdown);
    assert.ok(link, 'the figure hover links to another article');
    const [ref] = JSON.parse(decodeURIComponent(link[1])) as { file: string; start: number; end: number }[];
    await vscode.commands.executeCommand('crosscheck.openReference', ref);
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === ref.file && vscode.window.activeTextEditor, `an editor on ${ref.file}`);
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), ref.start);
    assert.strictEqual(editor.document.offsetAt(editor.selection.end), ref.end);
  });

  test('the open-reference command ignores files Crosscheck has not analysed', async () => {
    await openSeeds();
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    const outside = vscode.Uri.file(path.join(REPO_ROOT, 'package.json')).toString();
    await vscode.commands.executeCommand('crosscheck.openReference', { file: outside, start: 0, end: 1 });
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), before);
  });
});
