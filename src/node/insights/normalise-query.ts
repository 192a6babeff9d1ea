/**
 * The key the search report counts a query under: what the searcher would call "the same query".
 * NFC, because macOS and some IMEs send decomposed Hangul; trimmed with runs of white space as one
 * space, because "결제  카드" and "결제 카드" are one question; Latin letters lower-cased, because
 * "Webhook" and "webhook" are. Not NFKC: it would turn full-width and compatibility characters
 * into others, so the report would show text nobody typed. Spacing between Korean words is kept
 * (unlike the engine's matching): "채널연결" and "채널 연결" are shown apart, which tells the owner
 * how people write it.
 */

/** Keys longer than this are cut: a pasted paragraph should not hold memory or widen the report. */
const MAX_KEY_LENGTH = 200;
const LATIN = /\p{Script=Latin}+/gu;

export function normaliseQuery(query: string): string {
  let key = query
    .normalize("NFC")
    .trim()
    .replace(/\s+/g, " ")
    .replace(LATIN, (latin) => latin.toLowerCase());
  if (key.length > MAX_KEY_LENGTH) {
    // Cut at a code point boundary, not inside a surrogate pair.
    const end = /[\ud800-\udbff]/.test(key[MAX_KEY_LENGTH - 1]!) ? MAX_KEY_LENGTH - 1 : MAX_KEY_LENGTH;
    key = `${key.slice(0, end)}…`;
  }
  return key;
}
