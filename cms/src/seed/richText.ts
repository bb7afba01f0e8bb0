/** Builds Lexical editor state from plain paragraphs, so seed copy reads as prose rather than editor JSON. */
export function paragraphsToRichText(paragraphs: readonly string[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  };
}

type ProsePart = string | { heading: string } | { bullets: readonly string[] };

/**
 * Lexical editor state from paragraphs, sub-headings (`{ heading }`, an h2 under the page's own h1) and bulleted
 * lists (`{ bullets }`).
 */
export function proseToRichText(parts: ReadonlyArray<ProsePart>) {
  const textOf = (part: ProsePart) => (typeof part === 'string' ? part : 'heading' in part ? part.heading : '');
  const { root } = paragraphsToRichText(parts.map(textOf));
  const children: Array<Record<string, unknown> & { type: string; version: number }> = root.children.map(
    (node, index) => {
      const part = parts[index]!;
      if (typeof part === 'string') return node;
      const { textFormat: _f, textStyle: _s, children: text, ...block } = node;
      if ('heading' in part) return { ...block, children: text, type: 'heading', tag: 'h2' };
      const items = part.bullets.map((item, at) => ({
        ...block,
        type: 'listitem',
        value: at + 1,
        children: paragraphsToRichText([item]).root.children[0]!.children,
      }));
      return { ...block, type: 'list', listType: 'bullet', start: 1, tag: 'ul', children: items };
    },
  );
  return { root: { ...root, children } };
}
