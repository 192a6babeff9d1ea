/**
 * Reads the optional `synonyms.yaml`: groups of words that mean the same to someone searching.
 *
 * ```yaml
 * - [웹훅, webhook]
 * - [환불, 환급, 돌려받기]
 * ```
 *
 * Checked node by node rather than with a schema, so every problem names both the member
 * (`[3][1]`, counted from 0 like keywords) and the line it is written on.
 */
import { isAlias, isMap, isScalar, isSeq, type Node } from "yaml";
import { parseYamlDocument } from "./categories";
import type { ContentProblem } from "./problems";
import { compact } from "../../search/normalize";

export const SYNONYMS_FILE = "synonyms.yaml";
const MIN_GROUP_SIZE = 2;
export const MAX_GROUP_SIZE = 10;
export const MAX_MEMBER_LENGTH = 40;

const EXAMPLE = "- [웹훅, webhook]";

/**
 * How two members are compared: as search compares words (normalize.ts's `compact`, the one
 * spacing rule), so case and spacing that search ignores do not make them different.
 */
export function synonymKey(member: string): string {
  return compact(member.trim());
}

/**
 * Parses and checks the text of `synonyms.yaml`; problems are appended, never thrown. Returns the
 * groups in file order, each member NFC and trimmed but otherwise as written. Empty text (or only
 * comments) means no synonyms.
 */
export function readSynonyms(text: string, file: string, problems: ContentProblem[]): string[][] {
  const source = text.normalize("NFC");
  const document = parseYamlDocument(source, file, problems);
  if (!document) return [];
  const lineOf = (node: Node | null | undefined): number => {
    const offset = node?.range?.[0] ?? 0;
    let line = 1;
    for (let i = source.indexOf("\n"); i !== -1 && i < offset; i = source.indexOf("\n", i + 1)) line++;
    return line;
  };
  const at = (where: string, node: Node | null | undefined) => `${where} (line ${lineOf(node)})`;
  const resolve = (node: unknown): Node | null =>
    isAlias(node) ? ((node.resolve(document) as Node | undefined) ?? null) : ((node as Node | null) ?? null);

  const top = document.contents;
  if (top === null || (isScalar(top) && top.value === null)) return [];
  if (!isSeq(top)) {
    problems.push({
      file,
      field: `line ${lineOf(top)}`,
      message: `${SYNONYMS_FILE} must be a list of groups, one per line, e.g. ${EXAMPLE}`,
    });
    return [];
  }

  const groups: string[][] = [];
  /** Every member seen so far, by comparison key: where it is, for "also in group …". */
  const seen = new Map<string, { group: number; line: number; written: string }>();
  top.items.forEach((item, g) => {
    const groupNode = resolve(item);
    const groupField = `[${g}]`;
    if (!isSeq(groupNode)) {
      const what =
        isScalar(groupNode) && typeof groupNode.value === "string" ? `the text "${groupNode.value.trim()}"` : "not a list";
      problems.push({
        file,
        field: at(groupField, item),
        message: `group is ${what}: write each group as a list of ${MIN_GROUP_SIZE}–${MAX_GROUP_SIZE} words in brackets, e.g. ${EXAMPLE}`,
      });
      return;
    }
    const before = problems.length;
    const members: string[] = [];
    const inGroup = new Map<string, number>();
    groupNode.items.forEach((memberItem, m) => {
      const node = resolve(memberItem);
      const field = at(`${groupField}[${m}]`, memberItem as Node);
      const value = isScalar(node) ? node.value : node;
      if (value === null || value === undefined) {
        problems.push({ file, field, message: "member is empty" });
        return;
      }
      if (typeof value === "number" || typeof value === "bigint") {
        // As written (`080`), not as YAML read it (80).
        const written = node?.range ? source.slice(node.range[0], node.range[1]).trim() : String(value);
        problems.push({ file, field, message: `member is the number ${written}: put text in quotes, e.g. "${written}"` });
        return;
      }
      if (typeof value === "boolean") {
        problems.push({
          file,
          field,
          message: `member is the yes/no value ${String(value)}: put text in quotes, e.g. "${String(value)}"`,
        });
        return;
      }
      if (typeof value !== "string") {
        const what = isSeq(node) ? "a list" : isMap(node) ? "a mapping" : "not text";
        problems.push({ file, field, message: `member is ${what}: each member must be a word or short phrase, e.g. ${EXAMPLE}` });
        return;
      }
      const member = value.normalize("NFC").trim();
      if (member === "") {
        problems.push({ file, field, message: "member is empty" });
        return;
      }
      const length = [...member].length;
      if (length > MAX_MEMBER_LENGTH) {
        problems.push({
          file,
          field,
          message: `"${member}" is ${length} characters long: a member is a word or short phrase of at most ${MAX_MEMBER_LENGTH}`,
        });
        return;
      }
      const key = synonymKey(member);
      const earlierInGroup = inGroup.get(key);
      if (earlierInGroup !== undefined) {
        problems.push({
          file,
          field,
          message: `"${member}" repeats "${members[earlierInGroup]}" (${groupField}[${earlierInGroup}]) in the same group: search ignores case, and spacing between Korean words`,
        });
        return;
      }
      const elsewhere = seen.get(key);
      if (elsewhere) {
        problems.push({
          file,
          field,
          message: `"${member}" is also in group [${elsewhere.group}] (line ${elsewhere.line}) as "${elsewhere.written}": a word can be in one group only; merge the groups if they mean the same`,
        });
        return;
      }
      inGroup.set(key, members.length);
      seen.set(key, { group: g, line: lineOf(memberItem as Node), written: member });
      members.push(member);
    });
    const count = groupNode.items.length;
    if (count < MIN_GROUP_SIZE) {
      problems.push({
        file,
        field: at(groupField, item),
        message: `group has ${count === 0 ? "no members" : "only one member"}: a group needs ${MIN_GROUP_SIZE}–${MAX_GROUP_SIZE} words that mean the same, e.g. ${EXAMPLE}`,
      });
    } else if (count > MAX_GROUP_SIZE) {
      problems.push({
        file,
        field: at(groupField, item),
        message: `group has ${count} members; at most ${MAX_GROUP_SIZE}: keep only words a searcher would use interchangeably`,
      });
    }
    if (problems.length === before) groups.push(members);
  });
  return groups;
}
