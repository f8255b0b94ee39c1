// The hand-made labels of a real-world corpus folder (expected.json): validated at load, so a
// typo in a label is an error naming the file and the entry, never a silently wrong score.
import { z } from 'zod';
import { DOC_TYPES, LEVELS } from '../schema.ts';

export const BOUNDS = ['upper', 'lower', 'change'] as const;
export type Bound = (typeof BOUNDS)[number];

const Year = z.number().int().min(1990).max(2100);
const LabelTarget = z.tuple([z.string().min(1), z.enum(BOUNDS), z.number(), Year]);
const LabelOther = z.tuple([z.string().min(1), z.enum(BOUNDS), z.number(), Year]);

export const FileLabel = z.strictObject({
  targets: z.array(LabelTarget),
  other: z.array(LabelOther),
  subgroupValues: z.array(z.number()),
  forbiddenValues: z.array(z.number()),
  maxTargets: z.literal(0).optional(),
  meta: z.strictObject({
    number: z.string().nullable(),
    issued: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
    docType: z.enum(DOC_TYPES),
    province: z.string().min(1),
    level: z.enum(LEVELS).optional(),
    place: z.string().min(1).optional(),
  }),
});
export type FileLabel = z.infer<typeof FileLabel>;
export type LabelTarget = z.infer<typeof LabelTarget>;
export type LabelOther = z.infer<typeof LabelOther>;

export class LabelError extends Error {
  constructor(readonly file: string, what: string, todo: string) {
    super(`${file}: ${what}. ${todo}`);
    this.name = 'LabelError';
  }
}

/** Parse expected.json; `file` is the path shown in errors. */
export function parseLabels(text: string, file: string): Map<string, FileLabel> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new LabelError(file, `is not valid JSON (${(e as Error).message})`, 'Fix the syntax, e.g. a missing comma or bracket');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new LabelError(file, 'is not an object of file name → label', 'Write it as { "NN_name.txt": { "targets": [...], ... } }');
  }
  const labels = new Map<string, FileLabel>();
  for (const [name, entry] of Object.entries(raw)) {
    const parsed = FileLabel.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new LabelError(file, `entry "${name}", at ${[name, ...issue.path].join('.')}: ${issue.message}`,
        'Each target and other is [indicator or description, "upper"|"lower"|"change", value, year]; see tests/fixtures/realworld/README.md');
    }
    labels.set(name, parsed.data);
  }
  return labels;
}
