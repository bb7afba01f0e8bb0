import type { Language } from './language.ts';
import { wording } from './wording.ts';

/**
 * Control characters in typed text: the one rule for every text the CMS takes, from a carer's enquiry to an admin's
 * form. They are never part of what a person means to write (a NUL, an escape code pasted from a terminal), they are
 * invisible wherever the text is shown again, and PostgreSQL cannot store a NUL at all (it refuses the whole write). A
 * single-line field refuses all of C0 and DEL, tabs and line breaks included; a multi-line field (notes, a long
 * description, rich text) may hold line breaks and tabs, nothing else.
 */
const SINGLE_LINE = /[\u0000-\u001f\u007f]/;
// Less tab (U+0009), line feed (U+000A) and carriage return (U+000D).
const MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export type TextLines = 'single' | 'multi';

export function hasControlCharacter(value: string, lines: TextLines = 'single'): boolean {
  return (lines === 'multi' ? MULTI_LINE : SINGLE_LINE).test(value);
}

/** What a person is told, naming the field by its label, in their language (English unless told otherwise). */
export function controlCharacterMessage(label: string, lines: TextLines = 'single', language?: Language): string {
  return wording(language).controlCharacter(label, lines);
}
