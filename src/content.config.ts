import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { articlesLoader, categoriesLoader, synonymsLoader } from "./node/content/astro-loaders";

// Validation happens in src/node/content (it reports every file's problems at once); these
// schemas describe what the loaders store, for typed access in pages.
const articles = defineCollection({
  loader: articlesLoader(),
  schema: z.object({
    title: z.string(),
    file: z.string(),
    categoryLabels: z.array(z.string()),
    categoryPath: z.string(),
    updated: z.string(),
    keywords: z.array(z.string()),
    promoted: z.boolean(),
    text: z.string(),
    headings: z.array(z.string()),
  }),
});

const categories = defineCollection({
  loader: categoriesLoader(),
  schema: z.object({
    label: z.string(),
    slug: z.string(),
    description: z.string(),
    path: z.string(),
    labels: z.array(z.string()),
    depth: z.number(),
    children: z.array(z.string()),
    order: z.number(),
  }),
});

// One entry per group of equivalent search words (id = the group's index in synonyms.yaml).
const synonyms = defineCollection({
  loader: synonymsLoader(),
  schema: z.object({
    terms: z.array(z.string()),
  }),
});

export const collections = { articles, categories, synonyms };
