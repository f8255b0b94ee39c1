// The plans collection: one Markdown file per document, written by `npm run convert`.
// Frontmatter is validated by the same schema the converter writes with; the body is the
// document text, line for line, and is never rendered as Markdown or HTML.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PlanRecord } from './schema.ts';

export const collections = {
  plans: defineCollection({
    loader: glob({
      pattern: '*.md',
      base: './content/plans',
      generateId: ({ data }) => String(data.id),
      retainBody: false,
    }),
    // The converter quotes date-like strings, so YAML 1.1 readers keep "2024-08-09" a string.
    schema: PlanRecord,
  }),
};
