/** Writing values into nginx's config safely, shared by every block nginxSites.ts renders. */

/** nginx expands `$` in add_header values and has no escape for it; a quote would end the string. */
export function quoted(value: string): string {
  if (/["\\$\n\r]/.test(value))
    throw new Error(
      `Cannot write ${JSON.stringify(value)} into nginx's config: it holds a quote, backslash, $ or newline.`,
    );
  return `"${value}"`;
}

export const indent = (lines: readonly string[], depth: number) =>
  lines.map((line) => `${'  '.repeat(depth)}${line}`).join('\n');

export const addHeaders = (headers: Record<string, string>) =>
  Object.entries(headers).map(([name, value]) => `add_header ${name} ${quoted(value)} always;`);

/**
 * A location with its own add_header drops every add_header it would inherit, so each block that sets any gets the
 * whole set, rendered from the definition.
 */
export function methodGuard(headers: Record<string, string>): string[] {
  return [
    'if ($request_method !~ ^(GET|HEAD)$) {',
    ...indent([...addHeaders(headers), 'add_header Allow "GET, HEAD" always;', 'return 405;'], 1).split('\n'),
    '}',
  ];
}
