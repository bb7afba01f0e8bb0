import { describe, expect, it } from 'vitest';
import { documentShell } from '../src/documentShell.ts';
import { html } from '../src/html.ts';

describe('the plain document shell', () => {
  it('is a complete document with a language, a title and one main, escaping the title', () => {
    expect(documentShell({ title: 'A & B', main: html`<h1>A &amp; B</h1>` })).toBe(
      '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A &#38; B</title></head><body><main><h1>A &amp; B</h1></main></body></html>',
    );
  });

  it('carries a robots rule, head elements, a body style and what follows main, when asked', () => {
    const page = documentShell({
      title: 'T',
      main: html`<h1>T</h1>`,
      noindex: true,
      head: html`<style>p{}</style>`,
      bodyStyle: 'margin:0',
      afterMain: html`<script>1</script>`,
    });
    expect(page).toContain(
      '<meta name="robots" content="noindex"><title>T</title><style>p{}</style></head><body style="margin:0"><main><h1>T</h1></main><script>1</script></body>',
    );
  });
});
