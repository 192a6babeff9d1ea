/**
 * What the article page adds to an article's rendered HTML (after Astro has resolved its images):
 * a focusable, labelled scroll container around each table, a visible link to each section
 * heading, and images that open at full size, the first one loaded at once (it is often the
 * largest thing on the page). Parsed and written with rehype, never by string surgery.
 */
import { rehype } from "rehype";
import { visit } from "unist-util-visit";
import type { Element, ElementContent, Root } from "hast";

export interface ArticleHtmlLabels {
  /** Name of the n-th table's scroll region (1-based). */
  readonly table: (n: number) => string;
  /** Name of the link to a section, from its heading's text. */
  readonly sectionLink: (heading: string) => string;
}

function textOf(node: ElementContent | Element): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

function enhance(labels: ArticleHtmlLabels) {
  return (tree: Root) => {
    let tables = 0;
    let images = 0;
    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === "table") {
        tables++;
        const region: Element = {
          type: "element",
          tagName: "div",
          properties: { className: ["table-scroll"], tabIndex: 0, role: "region", ariaLabel: labels.table(tables) },
          children: [node],
        };
        parent.children[index] = region;
        return "skip";
      }
      if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties["id"] === "string") {
        const id = node.properties["id"];
        node.children.push({
          type: "element",
          tagName: "a",
          properties: { className: ["heading-anchor"], href: `#${id}`, ariaLabel: labels.sectionLink(textOf(node).trim()) },
          children: [{ type: "text", value: "#" }],
        });
        return "skip";
      }
      if (node.tagName === "img" && typeof node.properties["src"] === "string") {
        images++;
        if (images === 1) {
          node.properties["loading"] = "eager";
          node.properties["fetchPriority"] = "high";
        }
        if (parent.type === "element" && parent.tagName === "a") return;
        parent.children[index] = {
          type: "element",
          tagName: "a",
          properties: { className: ["image-link"], href: node.properties["src"] },
          children: [node],
        };
        return "skip";
      }
      return undefined;
    });
  };
}

export function enhanceArticleHtml(html: string, labels: ArticleHtmlLabels): string {
  return String(rehype().data("settings", { fragment: true }).use(enhance, labels).processSync(html));
}
