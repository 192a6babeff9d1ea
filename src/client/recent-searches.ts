/**
 * The last few searches, kept in the browser's own storage and nowhere else: nothing is sent
 * anywhere. Storage may be missing or refuse (private windows, blocked cookies) and may hold
 * anything (another version, a hand edit): every read tolerates it and every write may fail quietly.
 */
import { cleanQuery } from "../search/clean";

const RECENT_LIMIT = 5;
export const RECENT_KEY = "help-center:recent-searches";

/** The part of `localStorage` used here, so tests pass a plain object. */
export type RecentStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export class RecentSearches {
  constructor(private readonly store: RecentStore | null) {}

  /** Most recent first, at most RECENT_LIMIT, each a cleaned, non-empty query. */
  list(): string[] {
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.store?.getItem(RECENT_KEY) ?? "[]");
    } catch {
      return [];
    }
    if (!Array.isArray(parsed)) return [];
    const seen = new Set<string>();
    const out: string[] = [];
    for (const item of parsed) {
      const q = typeof item === "string" ? cleanQuery(item) : "";
      if (q && !seen.has(q)) {
        out.push(q);
        seen.add(q);
      }
      if (out.length === RECENT_LIMIT) break;
    }
    return out;
  }

  /** Puts `query` first (moving it if it was there). */
  add(query: string): string[] {
    const q = cleanQuery(query);
    return q ? this.write([q, ...this.list().filter((item) => item !== q)]) : this.list();
  }

  remove(query: string): string[] {
    return this.write(this.list().filter((item) => item !== query));
  }

  clear(): void {
    try {
      this.store?.removeItem(RECENT_KEY);
    } catch {
      // Storage refused: there is nothing to clear that could be shown again.
    }
  }

  private write(list: string[]): string[] {
    const kept = list.slice(0, RECENT_LIMIT);
    try {
      this.store?.setItem(RECENT_KEY, JSON.stringify(kept));
    } catch {
      // Full or refused: the list shown still changes for this page.
    }
    return kept;
  }
}

/** The page's storage, or null where reading `localStorage` itself throws (blocked storage). */
export function browserStore(): RecentStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
