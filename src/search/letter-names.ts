/**
 * Acronyms typed as the names of their letters: Korean writes the Latin alphabet's letter names in
 * Hangul (`에이`, `비`, `씨`…), and people type an acronym that way when they do not switch the
 * keyboard to English: `에이피아이` is API, `제이에스엑스` JSX, `에스에스알` SSR, `아이디` ID. The
 * pipeline reads a word that finds nothing this way, and keeps a reading only if the articles have it.
 */

/** The Hangul names of the letters, with the common variants (`씨`/`시`, `지`/`쥐`, `더블유`/`더블류`). */
const LETTER_NAMES: readonly (readonly [letter: string, names: readonly string[]])[] = [
  ["a", ["에이"]],
  ["b", ["비"]],
  ["c", ["씨", "시"]],
  ["d", ["디"]],
  ["e", ["이"]],
  ["f", ["에프"]],
  ["g", ["지", "쥐"]],
  ["h", ["에이치", "에이취", "에치"]],
  ["i", ["아이"]],
  ["j", ["제이"]],
  ["k", ["케이"]],
  ["l", ["엘"]],
  ["m", ["엠"]],
  ["n", ["엔"]],
  ["o", ["오"]],
  ["p", ["피"]],
  ["q", ["큐"]],
  ["r", ["알"]],
  ["s", ["에스"]],
  ["t", ["티"]],
  ["u", ["유"]],
  ["v", ["브이", "뷔"]],
  ["w", ["더블유", "더블류"]],
  ["x", ["엑스"]],
  ["y", ["와이"]],
  ["z", ["지", "제트", "젯"]],
];

const LETTERS_BY_NAME = new Map<string, string[]>();
for (const [letter, names] of LETTER_NAMES) {
  for (const name of names) LETTERS_BY_NAME.set(name, [...(LETTERS_BY_NAME.get(name) ?? []), letter]);
}
const LONGEST_NAME = Math.max(...[...LETTERS_BY_NAME.keys()].map((name) => name.length));
/** Longest acronym read (letters), and most readings kept: `지` is g or z, `이` is e. */
const MAX_LETTERS = 8;
const MAX_READINGS = 16;

/**
 * The acronyms a Hangul word spells with letter names (`제이에스엑스` → `jsx`), in lower case; none
 * when it is not made of two or more letter names.
 */
export function acronymReadings(word: string): string[] {
  // readings[i]: the spellings of the first i characters.
  const readings: string[][] = [[""]];
  for (let end = 1; end <= word.length; end++) {
    const here: string[] = [];
    for (let start = Math.max(0, end - LONGEST_NAME); start < end; start++) {
      const letters = LETTERS_BY_NAME.get(word.slice(start, end));
      if (!letters) continue;
      for (const before of readings[start]!) {
        for (const letter of letters) if (before.length < MAX_LETTERS) here.push(before + letter);
      }
    }
    readings[end] = here.slice(0, MAX_READINGS);
  }
  return [...new Set(readings[word.length] ?? [])].filter((reading) => reading.length >= 2);
}
