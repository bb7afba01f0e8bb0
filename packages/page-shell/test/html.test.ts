import { describe, expect, it } from 'vitest';
import { html } from '../src/html.ts';

describe('the html template', () => {
  it('escapes every value put into it, in text and in attributes', () => {
    const value = `"><script>alert('x')</script>&`;
    expect(html`<p title="${value}">${value}</p>`.text).toBe(
      '<p title="&#34;&#62;&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;&#38;">&#34;&#62;&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;&#38;</p>',
    );
  });

  it('keeps markup made by html itself, and lists', () => {
    expect(html`<ul>${['a', '<b>'].map((item) => html`<li>${item}</li>`)}</ul>`.text).toBe(
      '<ul><li>a</li><li>&#60;b&#62;</li></ul>',
    );
  });
});
