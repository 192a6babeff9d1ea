/**
 * Reformulation pairs as lines for `content/synonyms.yaml`, in the form the site reads
 * (src/node/content/synonyms-file.ts): a group per line, the word that found something first (it is the
 * word the articles use), then what people typed instead.
 *
 * Every line is commented out: a pair only says that someone tried one word and then another, and
 * a synonym widens every search for its group. The owner uncomments the groups whose words mean
 * the same; a typo of another word (결재 for 결제) must stay out. Uncommented, the block passes the
 * build's checks: members compared as the build compares them (case, spacing between Korean
 * words), a word in one group only (the most frequent pair wins), none already in the site's
 * groups, 2–10 members of at most 40 characters, quoted where YAML would misread them.
 */
import { MAX_GROUP_SIZE, MAX_MEMBER_LENGTH, synonymKey } from "../content/synonyms-file";
import type { Reformulation } from "./summarise";

/** Written as is only when plain YAML reads it back as the same text. */
const PLAIN = /^\p{L}[\p{L}\p{N}\p{M} ._-]*$/u;
const YAML_WORDS = /^(?:true|false|yes|no|on|off|y|n|null)$/i;

function yamlMember(member: string): string {
  return PLAIN.test(member) && !YAML_WORDS.test(member) ? member : JSON.stringify(member);
}

interface NewGroup {
  readonly members: string[];
  readonly evidence: string[];
}

/**
 * The YAML block, comment lines only. `existing` are the groups of the site's synonyms.yaml (empty
 * without one), so that no line repeats or splits one of them.
 */
export function synonymSuggestionYaml(pairs: readonly Reformulation[], existing: readonly (readonly string[])[]): string {
  const existingGroup = new Map<string, readonly string[]>();
  for (const group of existing) for (const member of group) existingGroup.set(synonymKey(member), group);
  const groups: NewGroup[] = [];
  const groupOf = new Map<string, NewGroup>();
  const additions: string[] = [];
  /** Members added to each of the site's groups, which must stay within MAX_GROUP_SIZE too. */
  const added = new Map<readonly string[], number>();
  /** Members placed so far, new groups and additions alike: a word goes in one group only. */
  const placed = new Set<string>();

  for (const { from, to, count } of pairs) {
    const fromKey = synonymKey(from);
    const toKey = synonymKey(to);
    const evidence = `${from} → ${to} ×${count}`;
    // Equal for search (spacing between Korean words), too long to be a word, or already the site's.
    if (fromKey === "" || toKey === "" || fromKey === toKey) continue;
    if ([...from].length > MAX_MEMBER_LENGTH || [...to].length > MAX_MEMBER_LENGTH) continue;
    if (existingGroup.has(fromKey) || placed.has(fromKey)) continue;
    const theirs = existingGroup.get(toKey);
    if (theirs) {
      if (theirs.length + (added.get(theirs) ?? 0) >= MAX_GROUP_SIZE) continue;
      added.set(theirs, (added.get(theirs) ?? 0) + 1);
      additions.push(`#   add ${yamlMember(from)} to [${theirs.map(yamlMember).join(", ")}] (${evidence})`);
      placed.add(fromKey);
      continue;
    }
    let group = groupOf.get(toKey);
    if (!group) {
      if (placed.has(toKey)) continue;
      group = { members: [to], evidence: [] };
      groups.push(group);
      groupOf.set(toKey, group);
      placed.add(toKey);
    }
    if (group.members.length >= MAX_GROUP_SIZE) continue;
    group.members.push(from);
    group.evidence.push(evidence);
    placed.add(fromKey);
  }

  const lines = [
    "# Suggested by npm run search-report from reformulations: a search that found nothing, then, in the",
    "# same page view within 5 minutes, a search whose results were clicked (zero-result → clicked, times).",
    "# Uncomment a group only if a searcher uses its words interchangeably; a typo of another word stays out.",
  ];
  if (groups.length === 0 && additions.length === 0) lines.push("# (no reformulations to suggest from)");
  for (const group of groups) lines.push(`# - [${group.members.map(yamlMember).join(", ")}] # ${group.evidence.join(", ")}`);
  if (additions.length > 0)
    lines.push("# Words for groups synonyms.yaml already has (add them inside the group's brackets):", ...additions);
  return `${lines.join("\n")}\n`;
}
