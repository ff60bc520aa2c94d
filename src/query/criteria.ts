/**
 * The criteria of a filter as a user writes them (a date, a list of modalities), read by one
 * schema each, with one wording of what each takes: the CLI's options and the server's
 * parameters both read them here and say what is wrong in their own terms (`option --from`,
 * `parameter "from"`). The viewer's URL keeps its own reader, which drops what it cannot read.
 */
import { z } from 'zod';
import { MODALITIES, type Modality } from '../types.ts';
import { ISO_DATE } from './filter.ts';

const list = (text: string) => text.split(',').map((item) => item.trim());

const CRITERIA = {
  date: { schema: z.string().regex(ISO_DATE), takes: 'an ISO date (2024, 2024-08 or 2024-08-12)' },
  modalities: {
    schema: z
      .string()
      .transform(list)
      .pipe(z.array(z.enum(MODALITIES))),
    takes: `${MODALITIES.join(', ')} (comma-separated)`,
  },
} as const;

export type Criterion = keyof typeof CRITERIA;
type Value<K extends Criterion> = K extends 'modalities' ? Modality[] : string;

/** The value read, or what the criterion takes and the part of the text that is not that (the bad item of a list). */
export function readCriterion<K extends Criterion>(
  kind: K,
  text: string,
): { ok: true; value: Value<K> } | { ok: false; takes: string; bad: string } {
  const { schema, takes } = CRITERIA[kind];
  const read = schema.safeParse(text);
  if (read.success) return { ok: true, value: read.data as Value<K> };
  const at = read.error.issues[0]?.path[0];
  return { ok: false, takes, bad: typeof at === 'number' ? (list(text)[at] ?? text) : text };
}
