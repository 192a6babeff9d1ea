/** Reads `categories.yaml` into a flat list of nodes in display order. */
import { parseDocument, type Document } from "yaml";
import { categoriesFileSchema, type CategoryInput } from "./schema";
import type { ContentProblem } from "./problems";

export interface CategoryNode {
  readonly label: string;
  readonly slug: string;
  readonly description: string;
  /** Slug path from the service down, e.g. `chatbot-admin/getting-started`. */
  readonly path: string;
  /** Labels from the service down. */
  readonly labels: readonly string[];
  readonly depth: 1 | 2 | 3;
  /** Paths of the direct children, in display order. */
  readonly children: readonly string[];
}

const MAX_DEPTH = 3;

/** Parses YAML text; problems are appended, never thrown. `firstLine` is where the text starts in its file. */
export function parseYaml(text: string, file: string, problems: ContentProblem[], firstLine = 1): unknown {
  return parseYamlDocument(text, file, problems, firstLine)?.toJS();
}

/** Like `parseYaml`, but keeps the document, whose nodes know where they are in the text. */
export function parseYamlDocument(
  text: string,
  file: string,
  problems: ContentProblem[],
  firstLine = 1,
): Document.Parsed | undefined {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const where = error.linePos?.[0];
      problems.push({
        file,
        ...(where ? { field: `line ${where.line + firstLine - 1}` } : {}),
        message: `broken YAML: ${error.message.split("\n")[0]}`,
      });
    }
    return undefined;
  }
  return document;
}

function zodPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
    .join("")
    .replace(/^\./, "");
}

export function readCategories(text: string, file: string, problems: ContentProblem[]): CategoryNode[] {
  const raw = parseYaml(text, file, problems);
  if (raw === undefined && problems.some((p) => p.file === file)) return [];
  const parsed = categoriesFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ file, ...(issue.path.length ? { field: zodPath(issue.path) } : {}), message: issue.message });
    }
    return [];
  }
  const nodes: CategoryNode[] = [];
  const walk = (inputs: readonly CategoryInput[], parent: CategoryNode | undefined, where: string): string[] => {
    const slugs = new Map<string, string>();
    const labels = new Map<string, string>();
    const paths: string[] = [];
    inputs.forEach((input, i) => {
      const field = `${where}[${i}]`;
      const depth = (parent ? parent.depth + 1 : 1) as 1 | 2 | 3;
      const path = parent ? `${parent.path}/${input.slug}` : input.slug;
      const label = input.label.normalize("NFC").trim();
      if (slugs.has(input.slug)) {
        problems.push({
          file,
          field: `${field}.slug`,
          message: `duplicate slug "${input.slug}" (also at ${slugs.get(input.slug)}): category URLs would collide`,
        });
        return;
      }
      if (labels.has(label)) {
        problems.push({
          file,
          field: `${field}.label`,
          message: `duplicate label "${label}" (also at ${labels.get(label)}): article categories would be ambiguous`,
        });
        return;
      }
      slugs.set(input.slug, field);
      labels.set(label, field);
      if (depth > MAX_DEPTH) {
        problems.push({
          file,
          field,
          message: `"${label}" is nested deeper than ${MAX_DEPTH} levels (service › section › topic)`,
        });
        return;
      }
      const childPaths: string[] = [];
      const node: CategoryNode = {
        label,
        slug: input.slug,
        description: (input.description ?? "").normalize("NFC").trim(),
        path,
        labels: [...(parent?.labels ?? []), label],
        depth,
        children: childPaths,
      };
      nodes.push(node);
      paths.push(path);
      childPaths.push(...walk(input.children ?? [], node, `${field}.children`));
    });
    return paths;
  };
  walk(parsed.data, undefined, "");
  return nodes;
}
