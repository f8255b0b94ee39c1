// The plans collection: one Markdown file per document, written by `npm run convert`.
// Frontmatter is validated by the same schema the converter writes with; the body is the
// document text, line for line, and is never rendered by Astro (src/site/body.ts renders it).
// The loader reads the frontmatter alone: Astro's glob loader would also render every body
// with Astro's own Markdown pipeline and keep that HTML, unused, in memory for the whole
// build — minutes and gigabytes at a few thousand plans.
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { PlanRecord } from './schema.ts';
import { markdownFrontmatter } from './site/frontmatter.ts';

const BASE = 'content/plans';

function plansLoader(): Loader {
  const load: Loader['load'] = async ({ store, parseData, generateDigest, config, watcher, logger }) => {
    const dir = join(fileURLToPath(config.root), BASE);
    const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    const seen = new Set<string>();
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      const digest = generateDigest(text);
      // The converter writes YAML 1.1 and quotes date-like strings, so "2024-08-09" stays a string.
      const data = parse(markdownFrontmatter(text), { version: '1.1' }) as Record<string, unknown>;
      const id = String(data.id);
      seen.add(id);
      if (store.get(id)?.digest === digest) continue;
      store.set({ id, data: await parseData({ id, data, filePath: posix.join(BASE, file) }), filePath: posix.join(BASE, file), digest });
    }
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    if (watcher) {
      watcher.add(dir);
      const reload = (path: string) => {
        if (!path.startsWith(dir) || !path.endsWith('.md')) return;
        logger.info(`reloading plans (${path.slice(dir.length + 1)})`);
        void load({ store, parseData, generateDigest, config, logger } as Parameters<Loader['load']>[0]);
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', reload);
    }
  };
  return { name: 'plans', load };
}

export const collections = {
  plans: defineCollection({ loader: plansLoader(), schema: PlanRecord }),
};
