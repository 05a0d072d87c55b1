// package.json conventions for a shippable extension: every command in a category, an icon where a
// command sits in a view's title bar, menus scoped with `when`, every setting described with a
// default and a scope, and the workspace capabilities declared.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

interface Command { command: string; title: string; category?: string; icon?: unknown }
interface MenuItem { command: string; when?: string; group?: string }
interface Setting { description?: string; markdownDescription?: string; default?: unknown; scope?: string }

// dist/test/unit/<this file>.js -> repository root
const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const commands: Command[] = manifest.contributes.commands;
const menus: Record<string, MenuItem[]> = manifest.contributes.menus;
const settings: Record<string, Setting> = manifest.contributes.configuration.properties;
const menu = (where: string, command: string) => (menus[where] ?? []).find((m) => m.command === command);

describe('package.json', () => {
  it('puts every command in the Crosscheck category', () => {
    for (const c of commands) assert.equal(c.category, 'Crosscheck', `${c.command} has category Crosscheck`);
  });

  it('gives an icon to every command shown as a button in a view title bar', () => {
    const buttons = (menus['view/title'] ?? []).filter((m) => m.group?.startsWith('navigation'));
    assert.ok(buttons.length > 0);
    for (const b of buttons) {
      const c = commands.find((x) => x.command === b.command);
      assert.ok(c, `${b.command} is a contributed command`);
      assert.ok(c.icon, `${b.command} has an icon`);
      assert.ok(b.when, `${b.command} in view/title says which view`);
    }
  });

  it('menus: Show Cross-references in the editor context menu of articles, Find Conflicting Figures in the Articles view title', () => {
    assert.equal(menu('editor/context', 'crosscheck.showCrossReferences')?.when, 'editorLangId == news-article');
    assert.equal(menu('view/title', 'crosscheck.findConflictingFigures')?.when, 'view == crosscheck.articles');
    assert.equal(menu('commandPalette', 'crosscheck.showCrossReferences')?.when, 'editorLangId == news-article');
    assert.equal(menu('commandPalette', 'crosscheck.openReference')?.when, 'false', 'Open Reference (a hover link) is hidden from the palette');
  });

  it('every menu entry names a contributed command', () => {
    const ids = new Set(commands.map((c) => c.command));
    for (const [where, items] of Object.entries(menus)) {
      for (const m of items) assert.ok(ids.has(m.command), `${where}: ${m.command} is contributed`);
    }
  });

  it('describes every setting, with a default and a scope', () => {
    assert.ok(Object.keys(settings).length > 0);
    for (const [key, s] of Object.entries(settings)) {
      assert.ok(s.description || s.markdownDescription, `${key} has a description`);
      assert.notEqual(s.default, undefined, `${key} has a default`);
      assert.ok(s.scope && ['application', 'machine', 'window', 'resource', 'language-overridable', 'machine-overridable'].includes(s.scope), `${key} has a scope`);
    }
  });

  it('declares support for untrusted and virtual workspaces (Crosscheck only reads text)', () => {
    assert.deepEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  it('ships an icon, a license and a changelog', () => {
    for (const f of [manifest.icon, 'LICENSE', 'CHANGELOG.md']) assert.ok(f && fs.existsSync(path.join(ROOT, f)), `${f} exists`);
  });
});
