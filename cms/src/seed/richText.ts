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

/** Lexical editor state from paragraphs and sub-headings (`{ heading }`, an h2 under the page's own h1). */
export function proseToRichText(parts: ReadonlyArray<string | { heading: string }>) {
  const { root } = paragraphsToRichText(parts.map((part) => (typeof part === 'string' ? part : part.heading)));
  const children: Array<Record<string, unknown> & { type: string; version: number }> = root.children.map((node, index) => {
    if (typeof parts[index] === 'string') return node;
    const { textFormat: _f, textStyle: _s, ...heading } = node;
    return { ...heading, type: 'heading', tag: 'h2' };
  });
  return { root: { ...root, children } };
}
