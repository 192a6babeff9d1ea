/**
 * The authoring format: one schema per file kind. README.md documents the same fields; error
 * messages come from here, in words an author can act on.
 */
import { z } from "zod";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The URL part before a category list's page number: `categories/<path>/page/2/` (src/node/category-pages.ts). */
export const PAGE_SEGMENT = "page";
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// YAML reads `3010` or `080` as numbers (the latter as 80), so a number where text belongs is an
// error that says how to quote it rather than a silent conversion.
const nonEmptyText = (what: string) =>
  z
    .string({
      error: (issue) =>
        typeof issue.input === "number"
          ? `${what} is the number ${String(issue.input)}: put text in quotes, e.g. "${String(issue.input)}"`
          : `${what} must be text`,
    })
    .trim()
    .min(1, { error: `${what} is empty` });

/** One node of `categories.yaml`; `children` nests up to three levels (service › section › topic). */
export interface CategoryInput {
  label: string;
  slug: string;
  description?: string | undefined;
  children?: CategoryInput[] | undefined;
}

const categoryNodeSchema: z.ZodType<CategoryInput> = z.lazy(() =>
  z.strictObject(
    {
      /** Shown to readers and used in article front matter. */
      label: nonEmptyText("label"),
      /** The URL part: lowercase letters, digits and hyphens. */
      slug: z
        .string({ error: "slug must be text" })
        .regex(SLUG, {
          error: "slug must be lowercase letters, digits and single hyphens (a-z, 0-9, -)",
        })
        // `categories/<path>/page/2/` is a category's second page of articles.
        .refine((slug) => slug !== PAGE_SEGMENT, {
          error: `slug "${PAGE_SEGMENT}" is reserved for the pages of a category's article list`,
        }),
      /** Shown on the category page. */
      description: z.string({ error: "description must be text" }).optional(),
      children: z.array(categoryNodeSchema, { error: "children must be a list of categories" }).optional(),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `unknown field(s) ${issue.keys.join(", ")} (allowed: label, slug, description, children)`
          : "each category must be a mapping with label and slug",
    },
  ),
);

export const categoriesFileSchema = z
  .array(categoryNodeSchema, {
    error: "categories.yaml must be a list of categories",
  })
  .min(1, { error: "categories.yaml has no categories" });

export const articleFrontMatterSchema = z.strictObject(
  {
    /** The question or statement shown as the page's h1 and in results. */
    title: nonEmptyText("title"),
    /** Breadcrumb labels, service first: a path of 1–3 nodes in categories.yaml. */
    category: z
      .array(nonEmptyText("each category label"), {
        error: "category must be a list of 1–3 labels, e.g. [챗봇 관리자센터, 시작하기, 운영 준비]",
      })
      .min(1, { error: "category is empty" })
      .max(3, { error: "category has more than 3 levels" }),
    /** Last update, `YYYY-MM-DD`; shown on the page and used by 최신순. */
    updated: z
      .string({ error: "updated must be a date written YYYY-MM-DD" })
      .refine(isRealDate, { error: (issue) => `"${String(issue.input)}" is not a date written YYYY-MM-DD` }),
    /** Extra search words, not shown. */
    keywords: z.array(nonEmptyText("each keyword"), { error: "keywords must be a list of words" }).optional(),
    /** Pinned: listed first in its categories and under 자주 찾는 도움말 on the home page. */
    promoted: z.boolean({ error: (issue) => `promoted must be true or false, not ${JSON.stringify(issue.input)}` }).optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field(s) ${issue.keys.join(", ")} (allowed: title, category, updated, keywords, promoted)`
        : "front matter must be a mapping of fields",
  },
);

// What the loaders store for the pages (src/content.config.ts declares the collections with these):
// the validated input above, resolved against the category tree and rendered.

export const storedArticleSchema = z.object({
  title: z.string(),
  /** The Markdown file, relative to the working directory (for messages). */
  file: z.string(),
  categoryLabels: z.array(z.string()),
  /** Slug path of the article's category. */
  categoryPath: z.string(),
  updated: z.string(),
  keywords: z.array(z.string()),
  promoted: z.boolean(),
  /** The rendered body as plain text: what search sees. */
  text: z.string(),
  /** The body's section headings, as text. */
  headings: z.array(z.string()),
});

export const storedCategorySchema = z.object({
  label: z.string(),
  slug: z.string(),
  description: z.string(),
  path: z.string(),
  labels: z.array(z.string()),
  depth: z.number(),
  children: z.array(z.string()),
  /** Position in categories.yaml, depth first. */
  order: z.number(),
});

/** One group of equivalent search words. */
export const storedSynonymsSchema = z.object({ terms: z.array(z.string()) });

export type StoredArticle = z.infer<typeof storedArticleSchema>;
