/**
 * A search box's first key, answered before its engine is there. Every typed query starts with one
 * character: a consonant as the IME begins a syllable (`ㅊ` of 챗봇), a Latin letter or a digit. That
 * key pays for the engine's start (its worker, then a term shard, then a title block per row, in
 * waves of requests), so the build runs the engine's own `instant` and `heads` for each such
 * character and writes the answers into one small file (`first-keys`, codec.ts), which a box's page
 * fetches with the meta file as the box is focused. The first key then shows the rows and count the
 * engine would give, from memory; the engine answers every later key.
 */
import type { InstantOutcome, SearchEngine } from "./engine";
import type { DocHead } from "./format/files";

/** Articles a box lists while typing (a phone shows fewer of them). */
export const INSTANT_LIMIT = 8;

/** What a first key can be: the two-set keyboard's initial consonants (shifted ones too), a–z, 0–9. */
export const FIRST_KEYS: readonly string[] = [
  ..."ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ",
  ..."abcdefghijklmnopqrstuvwxyz0123456789",
];

/** What a box shows for a text: the engine's `instant` outcome and its rows' slugs and titles. */
export interface BoxAnswer {
  readonly outcome: InstantOutcome;
  readonly heads: readonly DocHead[];
}

/** The stored answers, by the box's text. */
export type FirstKeys = ReadonlyMap<string, BoxAnswer>;

/** At build time: the engine's answer for every first key, as a box of all categories asks for it. */
export async function answerFirstKeys(engine: Pick<SearchEngine, "instant" | "heads">): Promise<Map<string, BoxAnswer>> {
  const answers = new Map<string, BoxAnswer>();
  for (const key of FIRST_KEYS) {
    const outcome = await engine.instant(key);
    answers.set(key, { outcome, heads: await engine.heads(outcome.hits.map((hit) => hit.id)) });
  }
  return answers;
}

/**
 * The stored answer to `instant(q, request)`, or undefined when it is not stored: another text, a
 * box limited to a category, or more rows than were stored.
 */
export function storedAnswer(
  table: FirstKeys,
  q: string,
  request: { readonly category?: string; readonly limit?: number } = {},
): BoxAnswer | undefined {
  const limit = request.limit ?? INSTANT_LIMIT;
  if ((request.category ?? "") !== "" || limit > INSTANT_LIMIT) return undefined;
  const answer = table.get(q);
  if (!answer || limit === INSTANT_LIMIT) return answer;
  return { outcome: { ...answer.outcome, hits: answer.outcome.hits.slice(0, limit) }, heads: answer.heads.slice(0, limit) };
}
