// Helpers for the linkers' incremental bookkeeping: sorted lists patched instead of re-sorted, and
// strings detached from the article texts they were cut from.

/**
 * `list` (sorted by `compare`) without the items in `removed`, with `added` merged in. Linear in the
 * list plus a sort of what was added, so a small change does not pay for a sort of everything.
 */
export function mergeSorted<T>(list: readonly T[], removed: ReadonlySet<T>, added: T[], compare: (a: T, b: T) => number): T[] {
  const kept = removed.size ? list.filter((x) => !removed.has(x)) : [...list];
  if (added.length === 0) return kept;
  const sortedAdded = [...added].sort(compare);
  const out: T[] = new Array<T>(kept.length + sortedAdded.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < kept.length && j < sortedAdded.length) out[k++] = compare(sortedAdded[j], kept[i]) < 0 ? sortedAdded[j++] : kept[i++];
  while (i < kept.length) out[k++] = kept[i++];
  while (j < sortedAdded.length) out[k++] = sortedAdded[j++];
  return out;
}

/** Index of the first item not below `probe` (binary search over a sorted list). */
export function lowerBound<T, P>(list: readonly T[], probe: P, compare: (item: T, probe: P) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(list[mid], probe) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A flat copy of a string that shares no memory with the strings it was sliced or concatenated from.
 * V8 keeps a whole article alive for any substring of it, so a name kept in a corpus-wide table would
 * otherwise pin the text of an article long since edited or removed; and a string built by
 * concatenation is a tree of its pieces, several times the size of its characters.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
