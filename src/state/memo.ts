/**
 * Memoised selectors for the view: what a chart row draws is computed from a scenario's result and a
 * few settings, and must come back as the same object while those are the same, so that the memoised
 * panels of the scenarios a drag does not touch skip their render. The inputs are compared by identity
 * (one level into plain option objects), never through a string key that would have to name every
 * option: a new option cannot be forgotten by the cache.
 */

/** Tells whether two arguments are the same: identical, or plain objects whose own fields are identical. */
function sameArgument(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function sameArguments(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => sameArgument(value, b[i]));
}

interface Entry<A extends readonly unknown[], R> {
  readonly args: A;
  readonly value: R;
}

/**
 * Memoises `compute(owner, ...args)`: for each owner object (held weakly, so a replaced scenario's
 * result and all it cached are collected), the last `slots` argument lists and their values. A result
 * is drawn by a few callers at once (a row per measure, workshop mode, the handout), hence a few slots;
 * the least recently used goes first.
 */
export function memoPerOwner<O extends object, A extends readonly unknown[], R>(compute: (owner: O, ...args: A) => R, slots = 8): (owner: O, ...args: A) => R {
  const byOwner = new WeakMap<O, Entry<A, R>[]>();
  return (owner: O, ...args: A): R => {
    let entries = byOwner.get(owner);
    if (!entries) {
      entries = [];
      byOwner.set(owner, entries);
    }
    const found = entries.findIndex((entry) => sameArguments(entry.args, args));
    if (found >= 0) {
      const entry = entries[found];
      if (found > 0) {
        entries.splice(found, 1);
        entries.unshift(entry);
      }
      return entry.value;
    }
    const value = compute(owner, ...args);
    entries.unshift({ args, value });
    if (entries.length > slots) entries.length = slots;
    return value;
  };
}
