/**
 * HTML written as text, escaped by default: every value put into an `html` template is escaped unless it is itself
 * the result of `html` (or `trustedHtml`). The page shell and the plain form are rendered both by an Astro build and by
 * Payload endpoints answering a request; a function returning text is the one thing both can use without a second
 * renderer. The only escaping of HTML in the project: use it rather than writing another.
 */
export class Html {
  // A plain field, not a parameter property: the launchers run this file with Node's own type stripping.
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  return new Html(
    strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index]!) : ''), ''),
  );
}

/** Markup from a source that is not a person's input, e.g. a stylesheet read from disk. */
export const trustedHtml = (text: string): Html => new Html(text);

/** An attribute present or absent, e.g. `<input${attr('checked', on)}>`. */
export const flag = (name: string, on: boolean): Html => new Html(on ? ` ${name}` : '');
