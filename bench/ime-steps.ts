/**
 * What a two-set (두벌식) Korean IME shows after each key: the steps the browser tests type through
 * Chromium's IME (tests/e2e/ime.ts) and the typing benchmark replays (bench/instant-bench.ts). The
 * key sequence and what the box shows come from es-hangul's keyboard conversions, not from the
 * site's code.
 */
import { convertHangulToQwerty, convertQwertyToHangul } from "es-hangul";

export interface ImeStep {
  /** Text committed so far (no longer composed). */
  readonly committed: string;
  /** The syllable or letter being composed after this key, "" after a space. */
  readonly composing: string;
}

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/u;

/**
 * What the box shows after each key when `text` is typed on a two-set keyboard: Hangul (and the
 * spaces between Hangul words) through the IME, anything else (`webhook`, `1:1`) key by key in
 * English mode.
 */
export function imeSteps(text: string): ImeStep[] {
  const steps: ImeStep[] = [];
  let done = "";
  for (const [segment] of text.matchAll(
    /[\u3131-\u318e\uac00-\ud7a3][\u3131-\u318e\uac00-\ud7a3 ]*|[^\u3131-\u318e\uac00-\ud7a3]/gu,
  )) {
    if (!HANGUL.test(segment)) {
      done += segment;
      steps.push({ committed: done, composing: "" });
      continue;
    }
    const keys = [...convertHangulToQwerty(segment)];
    for (let i = 1; i <= keys.length; i++) {
      const shown = [...convertQwertyToHangul(keys.slice(0, i).join(""))];
      const last = shown[shown.length - 1] ?? "";
      const composing = HANGUL.test(last) ? last : "";
      steps.push({ committed: done + shown.slice(0, composing ? -1 : undefined).join(""), composing });
    }
    done += segment;
  }
  return steps;
}
