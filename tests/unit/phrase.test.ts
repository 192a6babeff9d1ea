// The adjacency tier's phrase (src/search/phrase.ts): the words joined, and the pairs across the
// gaps between them that an article with the phrase must have.
import { describe, expect, test } from "vitest";
import { phraseOf } from "../../src/search/phrase";

describe("phraseOf", () => {
  test("joins Hangul words and names the pair across each gap", () => {
    const phrase = phraseOf(["채널", "연결"]);
    expect(phrase?.term.text).toBe("채널연결");
    expect(phrase?.junctions).toEqual(["널연"]);
    expect(phraseOf(["카카오", "채널", "연결"])?.junctions).toEqual(["오채", "널연"]);
    expect(phraseOf(["api", "키"])?.junctions).toEqual(["i키"]);
  });

  test("gives no junctions when a word after a gap starts with a particle's syllable", () => {
    // `node의` stands in countless texts without the phrase `node 의존성`.
    const phrase = phraseOf(["node", "의존성"]);
    expect(phrase?.term.text).toBe("node의존성");
    expect(phrase?.junctions).toEqual([]);
  });

  test("is no phrase for one word, or for Latin words a space keeps apart", () => {
    expect(phraseOf(["결제"])).toBeUndefined();
    expect(phraseOf(["react", "hook"])).toBeUndefined();
  });
});
