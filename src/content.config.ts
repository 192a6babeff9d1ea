import { defineCollection } from "astro:content";
import { articlesLoader, categoriesLoader, synonymsLoader } from "./node/content/astro-loaders";
import { storedArticleSchema, storedCategorySchema, storedSynonymsSchema } from "./node/content/schema";

// Validation happens in src/node/content (it reports every file's problems at once); the stored
// shapes are declared there too, next to the authoring format they come from.
export const collections = {
  articles: defineCollection({ loader: articlesLoader(), schema: storedArticleSchema }),
  categories: defineCollection({ loader: categoriesLoader(), schema: storedCategorySchema }),
  // One entry per group of equivalent search words (id = the group's index in synonyms.yaml).
  synonyms: defineCollection({ loader: synonymsLoader(), schema: storedSynonymsSchema }),
};
