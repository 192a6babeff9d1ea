/**
 * Related words: people ask in everyday words (`지우려면`, `잃어버렸어요`, `끄는 법`) and help
 * articles answer in formal ones (`삭제`, `분실`, `비활성화`). The build keeps, from a general table of Korean
 * (src/node/search/related-words.ts), the entries whose article words this help center uses (the
 * pairs file); a question's word that has an entry also matches those words. Directed: an article
 * word does not lead back to the everyday one.
 */
import { stemCandidates, undoSoundChanges } from "./stem";
import type { RelatedWords } from "./format/files";

export class RelatedTable {
  private readonly byWord: ReadonlyMap<string, readonly string[]>;

  constructor(entries: RelatedWords) {
    this.byWord = new Map(entries);
  }

  /**
   * The article words for a compact typed word: for the word itself, else for the first of its
   * stems that has an entry (`바꿔주고` → `바꾸`, `추워요` → `춥`), verbs with their sound changes undone.
   */
  of(compactWord: string): readonly string[] {
    const direct = this.byWord.get(compactWord);
    if (direct) return direct;
    for (const candidate of stemCandidates(compactWord)) {
      const forms = [candidate.text, ...(candidate.predicate ? undoSoundChanges(candidate.text) : [])];
      for (const form of forms) {
        const found = this.byWord.get(form);
        if (found) return found;
      }
    }
    return [];
  }
}
