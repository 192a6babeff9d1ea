/**
 * Stage "synonyms": `content/synonyms.yaml` lists groups of words that mean the same to someone
 * searching (`[웹훅, webhook]`). A query word that is a member of a group matches every member.
 * Members are compared in compact form (normalize.ts), so `Webhook`, `web hook` as written and
 * `로그인 기록` / `로그인기록` are recognised the way the index would compare them.
 */
import { compact } from "./normalize";
import { MIN_STEM_LENGTH, reductions } from "./stem";

export class SynonymTable {
  private readonly byMember = new Map<string, string[]>();

  constructor(groups: readonly (readonly string[])[]) {
    for (const group of groups) {
      const members = [...new Set(group.map(compact).filter((member) => member !== ""))];
      for (const member of members) {
        // A member written with an ending (`돌려받기`) is also found by its stem (`돌려받을` → `돌려받`).
        const stem = reductions(member, false)
          .filter((r) => [...r.text].length >= MIN_STEM_LENGTH)
          .sort((a, b) => b.text.length - a.text.length || a.rank - b.rank || (a.text < b.text ? -1 : 1))[0];
        for (const key of stem && !members.includes(stem.text) ? [member, stem.text] : [member]) {
          const others = this.byMember.get(key) ?? [];
          for (const other of members) if (other !== key && !others.includes(other)) others.push(other);
          this.byMember.set(key, others);
        }
      }
    }
  }

  /** The other members of the groups `compactWord` belongs to (compact forms), or none. */
  of(compactWord: string): readonly string[] {
    return this.byMember.get(compactWord) ?? [];
  }
}
