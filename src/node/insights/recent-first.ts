/**
 * Values by id, in order of last use, with every step O(1): find by id, mark as just used, take the
 * least recently used. A Map alone keeps insertion order, but taking its first entry over and over
 * walks past every entry deleted before it (V8 leaves holes until it rehashes): with 200,000 open
 * page views that made a million events take minutes. So the order is a linked list beside the Map.
 */
interface Link<T> {
  readonly id: string;
  readonly value: T;
  older: Link<T> | undefined;
  newer: Link<T> | undefined;
}

export class RecentFirst<T> {
  private readonly links = new Map<string, Link<T>>();
  private oldest: Link<T> | undefined;
  private newest: Link<T> | undefined;

  get size(): number {
    return this.links.size;
  }

  /** The value under `id`, made by `create` if there is none, now the most recently used. */
  use(id: string, create: () => T): T {
    let link = this.links.get(id);
    if (link) this.unlink(link);
    else {
      link = { id, value: create(), older: undefined, newer: undefined };
      this.links.set(id, link);
    }
    link.older = this.newest;
    link.newer = undefined;
    if (this.newest) this.newest.newer = link;
    else this.oldest = link;
    this.newest = link;
    return link.value;
  }

  /** The least recently used value, without removing it. */
  peekOldest(): T | undefined {
    return this.oldest?.value;
  }

  /** Removes and returns the least recently used value. */
  takeOldest(): T | undefined {
    const link = this.oldest;
    if (!link) return undefined;
    this.unlink(link);
    this.links.delete(link.id);
    return link.value;
  }

  /** Least recently used first. */
  *values(): Generator<T> {
    for (let link = this.oldest; link; link = link.newer) yield link.value;
  }

  private unlink(link: Link<T>): void {
    if (link.older) link.older.newer = link.newer;
    else this.oldest = link.newer;
    if (link.newer) link.newer.older = link.older;
    else this.newest = link.older;
  }
}
