// Sorts the decorations wb.decorations() reads from the editor DOM into Crosscheck's kinds, by
// the styles src/extension/decorations.ts gives each decoration type (the generated class names,
// ced-N-TextEditorDecorationTypeM-K, are numbered in creation order and not stable):
//   quote     background + 1px border, no radius (overlay); italic (inline)
//   actor     2px bottom border only: solid person, dashed organisation, dotted place (overlay)
//   figure    1px border, 3px radius (overlay); bold (inline)
//   conflict  2px border, 3px radius (overlay); ' ⚠' after it (inline)
export function decorationKinds(decorations) {
  const kinds = { quotes: [], actors: [], person: [], organization: [], place: [], figures: [], conflicts: [], conflictMarks: [] };
  for (const d of decorations) {
    if (d.layer === 'inline') {
      if (/\u26a0/.test(d.after || '')) kinds.conflictMarks.push(d);
      continue;
    }
    if (d.layer !== 'overlay') continue;
    const radius = parseFloat(d.borderRadius) || 0;
    if (!d.border && /^2px (solid|dashed|dotted)/.test(d.borderBottom)) {
      kinds.actors.push(d);
      const style = /^2px (\w+)/.exec(d.borderBottom)[1];
      kinds[{ solid: 'person', dashed: 'organization', dotted: 'place' }[style]].push(d);
    } else if (/^1px solid/.test(d.border) && radius === 0) kinds.quotes.push(d);
    else if (/^1px solid/.test(d.border) && radius > 0) kinds.figures.push(d);
    else if (/^2px solid/.test(d.border) && radius > 0) kinds.conflicts.push(d);
  }
  return kinds;
}

/** Polls the active editor's decorations until `enough(kinds)` holds; throws with the counts if not. */
export async function waitForKinds(wb, enough, { timeout = 15000, what = 'decorations' } = {}) {
  const deadline = Date.now() + timeout;
  let kinds;
  for (;;) {
    kinds = decorationKinds(await wb.decorations());
    if (enough(kinds)) return kinds;
    if (Date.now() > deadline) break;
    await wb.page.waitForTimeout(250);
  }
  const counts = Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v.length]));
  throw new Error(`${what}: not there within ${timeout} ms (decorations by kind: ${JSON.stringify(counts)})`);
}
