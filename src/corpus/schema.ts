/**
 * The one definition of the FAQ file format (CONTRACT §6).
 *
 * The TypeScript types (`v.InferOutput`), the runtime validator (`validate.ts`) and
 * `faq/schema.json` (written by `npm run schema`, checked by a test) all come from here,
 * so the three cannot drift apart. Every field carries a description: it becomes the
 * tooltip in a clinic's editor.
 */
import * as v from 'valibot';

/** Lowercase words joined by single hyphens: stable, URL-safe ids that read well in analytics. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ISO calendar date, as written by a person: 2026-11-26 (month 01–12, day 01–31). */
export const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** At least one character that is not white space. */
export const NOT_BLANK_PATTERN = /\S/;
/** Language tag such as `en`, `es` or `pt-BR`. */
export const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** The only URL schemes a visitor's browser may be sent to. Lowercase: JSON Schema patterns take no flags. */
export const SAFE_URL_PATTERN = /^(?:https:\/\/[^\s]+|tel:[+\d][\d\- ()]*|sms:[+\d][\d\- ()]*|mailto:[^\s@]+@[^\s@]+)$/;

const id = (description: string) =>
  v.pipe(
    v.string(),
    v.regex(ID_PATTERN, 'an id: lowercase letters and digits joined by "-", such as "cost" or "first-session"'),
    v.description(description),
  );

// `regex` rather than `trim` + `nonEmpty`: it becomes a `pattern` in schema.json, so editors flag
// blank text too; the trim after it keeps a stray indent from turning an answer into a code block.
const text = (description: string) =>
  v.pipe(v.string(), v.regex(NOT_BLANK_PATTERN, 'some text'), v.trim(), v.description(description));

const safeUrl = (description: string) =>
  v.pipe(
    v.string(),
    v.regex(SAFE_URL_PATTERN, 'a URL starting with https://, tel:, sms: or mailto:'),
    v.description(description),
  );

export const SourceSchema = v.pipe(
  v.object({
    title: text('The name of the source, as a visitor will see it.'),
    url: v.optional(safeUrl('Where the source can be read (https only). Leave it out for a source with no public address.')),
  }),
  v.description('A source that backs the answer.'),
);

export const LinkSchema = v.pipe(
  v.object({
    label: text('The link text a visitor sees, such as "Find an AASECT-certified therapist".'),
    url: safeUrl('Where the link goes: https://, tel:, sms: or mailto:.'),
  }),
  v.description('A helpful link shown under the answer, such as a therapist directory.'),
);

export const EntrySchema = v.pipe(
  v.object({
    id: id('Stable id of the entry. In an "extend" file, an id that exists in the bundled corpus replaces that entry.'),
    question: text('The question, as a visitor would ask it.'),
    alternates: v.optional(
      v.pipe(
        v.array(text('Another way to ask the question.')),
        v.description('Other ways visitors ask this question: plain words, slang, short forms, common misspellings.'),
      ),
    ),
    keywords: v.optional(
      v.pipe(
        v.array(text('A word or short phrase.')),
        v.description('Lay and clinical terms that point to this entry ("ED", "can\'t get hard").'),
      ),
    ),
    answer: text('The answer, in Markdown. Links may use https:, tel:, sms: and mailto: only.'),
    sources: v.optional(v.pipe(v.array(SourceSchema), v.description('Where the facts in the answer come from.'))),
    links: v.optional(v.pipe(v.array(LinkSchema), v.description('Links shown under the answer.'))),
    related: v.optional(
      v.pipe(v.array(id('The id of a related entry.')), v.description('Ids of related entries, offered as follow-up questions (2 to 4 work best).')),
    ),
    category: v.optional(id('A category id that groups entries, such as "cost-and-insurance".')),
    reviewed: v.optional(
      v.pipe(v.string(), v.regex(DATE_PATTERN, 'a date written as YYYY-MM-DD'), v.description('When a clinician last reviewed this answer (YYYY-MM-DD).')),
    ),
  }),
  v.description('One question and its answer.'),
);

export const ClinicSchema = v.pipe(
  v.object({
    name: v.optional(text('The clinic\'s name; it becomes the title of the chat panel.')),
    bookingUrl: v.optional(safeUrl('Where visitors book an appointment (https://…).')),
    phone: v.optional(text('A phone number visitors can call, as it should be shown.')),
    email: v.optional(
      v.pipe(v.string(), v.email('an email address such as hello@clinic.example'), v.description('An email address visitors can write to.')),
    ),
  }),
  v.description('The clinic\'s details, used for the panel title and the booking and contact replies.'),
);

export const FaqFileSchema = v.pipe(
  v.object({
    $schema: v.optional(v.pipe(v.string(), v.description('Path or URL of faq/schema.json, so editors can check the file.'))),
    lang: v.optional(
      v.pipe(v.string(), v.regex(LANG_PATTERN, 'a language tag such as "en" or "es"'), v.description('The language of the entries.')),
    ),
    mode: v.optional(
      v.pipe(
        v.picklist(['extend', 'replace'], '"extend" or "replace"'),
        v.description('"extend" (default): add to and override the bundled entries. "replace": use only the entries in this file.'),
      ),
    ),
    clinic: v.optional(ClinicSchema),
    remove: v.optional(
      v.pipe(v.array(id('The id of a bundled entry to drop.')), v.description('Ids of bundled entries to drop (with mode "extend").')),
    ),
    entries: v.pipe(v.array(EntrySchema), v.description('The questions and answers.')),
  }),
  v.title('Confide FAQ file'),
  v.description('A Confide FAQ file: the bundled corpus and a clinic\'s own file share this format.'),
);

export type Source = v.InferOutput<typeof SourceSchema>;
export type Link = v.InferOutput<typeof LinkSchema>;
export type Entry = v.InferOutput<typeof EntrySchema>;
export type Clinic = v.InferOutput<typeof ClinicSchema>;
export type FaqFile = v.InferOutput<typeof FaqFileSchema>;
export type MergeMode = NonNullable<FaqFile['mode']>;

/** The merged, validated corpus the widget and the matcher work from. */
export interface Corpus {
  readonly lang: string;
  readonly clinic: Clinic | undefined;
  readonly entries: readonly Entry[];
}
