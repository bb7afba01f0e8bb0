import type { FieldHook, RichTextField } from 'payload';
import { richText } from 'payload/shared';
import { trimTypedUrl, typedUrlProblem } from '@bfp/links';
import { localhostLinksAllowed, refusing } from './typedUrl.ts';

interface LexicalNode {
  type?: unknown;
  text?: unknown;
  fields?: { linkType?: unknown; url?: unknown };
  children?: unknown;
}

const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? (node.children as LexicalNode[]) : [];
const textOf = (node: LexicalNode): string =>
  typeof node.text === 'string' ? node.text : childrenOf(node).map(textOf).join('');

function* linksIn(nodes: LexicalNode[]): Generator<LexicalNode> {
  for (const node of nodes) {
    if (!node || typeof node !== 'object') continue;
    if (node.type === 'link' || node.type === 'autolink') yield node;
    yield* linksIn(childrenOf(node));
  }
}

/**
 * The first link in Lexical rich text whose custom URL breaks the typed-URL rule, as a message naming the field and the
 * link's words (so the editor can find it), or null. Internal links point at a document, not at a URL anyone typed.
 * Lexical's own link check (3.90) only refuses spaces, so `javascript:` links were saved and published.
 */
export function richTextLinkProblem(
  value: unknown,
  { label, allowLocalhost }: { label: string; allowLocalhost: boolean },
): string | null {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root;
  if (!root) return null;
  for (const link of linksIn(childrenOf(root))) {
    if (link.fields?.linkType === 'internal') continue;
    const words = textOf(link).trim().slice(0, 60) || 'without words';
    const problem = typedUrlProblem(link.fields?.url, { label: `the link “${words}”`, allowLocalhost });
    if (problem) return `${label}: ${problem}`;
  }
  return null;
}

// Lexical's own hook percent-encodes a whole URL it does not like, a space at either end included ("%20https%3A…").
const trimLinkUrls: FieldHook = ({ value }) => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root;
  if (!root) return value;
  for (const link of linksIn(childrenOf(root))) {
    if (typeof link.fields?.url === 'string') link.fields.url = trimTypedUrl(link.fields.url);
  }
  return value;
};

/** A rich text field whose custom links must pass the typed-URL rule, on every save, drafts included. */
export function withSafeLinks(field: Omit<RichTextField, 'validate' | 'label'> & { label: string }): RichTextField {
  const { validate, refuse } = refusing(
    (value) => richTextLinkProblem(value, { label: field.label, allowLocalhost: localhostLinksAllowed() }),
    field.label,
  );
  return {
    ...field,
    // Replacing validate replaces the editor's own (required text, nodes' sub-fields): it still runs, after ours.
    validate: async (value, options) => {
      const ours = validate(value);
      return ours === true ? richText(value, options) : ours;
    },
    hooks: {
      ...field.hooks,
      beforeValidate: [trimLinkUrls, ...(field.hooks?.beforeValidate ?? [])],
      beforeChange: [refuse, ...(field.hooks?.beforeChange ?? [])],
    },
  };
}
