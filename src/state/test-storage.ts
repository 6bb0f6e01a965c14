/**
 * A Storage for the persistence tests that fails on request: a quota (in characters, as browsers
 * count), refusals on reading or writing chosen keys, and, for two tabs, `storage` events delivered
 * to the other tabs as a browser does. Used by tests only.
 */

/** What the fake storage does wrong. */
export interface StorageFaults {
  /** Keys and values together may hold at most this many characters; a write past it throws QuotaExceededError. */
  quota: number;
  /** Reading any key throws this. */
  getError: Error | null;
  /** Writing a key for which this returns an error throws it. */
  setError: (key: string) => Error | null;
}

/** The data a browser keeps for one origin, shared by its tabs. */
export class FakeOrigin {
  readonly data = new Map<string, string>();
  readonly faults: StorageFaults = { quota: Infinity, getError: null, setError: () => null };
  private readonly tabs: Array<{ storage: FakeStorage; events: EventTarget }> = [];

  /** Opens a tab: its own Storage object on the shared data, and the target its `storage` events arrive at. */
  openTab(): { storage: FakeStorage; events: EventTarget } {
    const tab = { storage: new FakeStorage(this), events: new EventTarget() };
    this.tabs.push(tab);
    return tab;
  }

  /** Tells every tab but the writer about a change, as the browser does (synchronously here). */
  notify(writer: FakeStorage, key: string | null): void {
    for (const tab of this.tabs) {
      if (tab.storage === writer) continue;
      tab.events.dispatchEvent(Object.assign(new Event('storage'), { key, storageArea: tab.storage }));
    }
  }

  used(): number {
    let total = 0;
    for (const [k, v] of this.data) total += k.length + v.length;
    return total;
  }
}

/** One tab's Storage on a FakeOrigin. */
export class FakeStorage implements Storage {
  /** Whether writes tell the other tabs (off: a write whose event has not arrived yet). */
  announces = true;
  constructor(readonly origin: FakeOrigin = new FakeOrigin()) {}
  get length() {
    return this.origin.data.size;
  }
  clear() {
    this.origin.data.clear();
    if (this.announces) this.origin.notify(this, null);
  }
  getItem(key: string) {
    if (this.origin.faults.getError) throw this.origin.faults.getError;
    return this.origin.data.get(key) ?? null;
  }
  key(i: number) {
    return [...this.origin.data.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.origin.data.delete(key);
    if (this.announces) this.origin.notify(this, key);
  }
  setItem(key: string, value: string) {
    const refused = this.origin.faults.setError(key);
    if (refused) throw refused;
    const before = this.origin.data.get(key);
    const after = this.origin.used() - (before === undefined ? 0 : key.length + before.length) + key.length + value.length;
    if (after > this.origin.faults.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.origin.data.set(key, value);
    if (this.announces) this.origin.notify(this, key);
  }
}
