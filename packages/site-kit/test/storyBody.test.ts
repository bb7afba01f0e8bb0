import { describe, expect, it } from 'vitest';
import { prepareStoryBody, withSafeLinks, withValidListItems, type BodyImage } from '../src/storyBody.ts';

// What Payload's Lexical HTML converter writes for an uploaded image with stored sizes, and for a centred paragraph.
const cmsPicture = `<picture>
        <source media="(max-width: 400px)" srcset="http://cms.test/api/media/file/home-400x300.png" type="image/png" />
      <img
        alt="A garden &amp; a swing"
        height="800"
        src="http://cms.test/api/media/file/home.png"
        width="1200"
      />
    </picture>`;

const fakeBuild = async ({ src, width, height }: BodyImage): Promise<BodyImage> => ({
  src: `/_astro/${src.split('/').pop()!.replace('.png', '.webp')}`,
  width: width && Math.round(width / 2),
  height: height && Math.round(height / 2),
});
const production = { buildImage: fakeBuild, allowLocalhost: false };

describe('prepareStoryBody', () => {
  it('replaces an image on the CMS with the build’s copy and drops the CMS’s sources', async () => {
    const { html } = await prepareStoryBody(`<p>Before</p>${cmsPicture}<p>After</p>`, production);
    expect(html).toBe(
      '<p>Before</p><img src="/_astro/home.webp" alt="A garden &amp; a swing" width="600" height="400" loading="lazy" decoding="async"><p>After</p>',
    );
    expect(html).not.toContain('cms.test');
  });

  it('asks for each image once, however often the text shows it', async () => {
    const asked: string[] = [];
    const img = '<img alt="" src="http://cms.test/api/media/file/a.png" />';
    await prepareStoryBody(`${img}<p>and again</p>${img}`, {
      buildImage: async (image) => (asked.push(image.src), fakeBuild(image)),
      allowLocalhost: false,
    });
    expect(asked).toEqual(['http://cms.test/api/media/file/a.png']);
  });

  it('returns every distinct style attribute value, decoded, for the page’s CSP', async () => {
    const { styleAttributes, html } = await prepareStoryBody(
      '<p style="text-align: center;">One</p><p style="text-align: center;">Two</p><h2 style="padding-inline-start: 40px;">Three</h2>',
      production,
    );
    expect(styleAttributes).toEqual(['text-align: center;', 'padding-inline-start: 40px;']);
    expect(html).toContain('<p style="text-align: center;">One</p>');
  });

  it('leaves text without images or styles as it is', async () => {
    const text = '<p>Tegan moved in with us when she was fifteen.</p>';
    expect(await prepareStoryBody(text, production)).toEqual({ html: text, styleAttributes: [] });
  });
});

// What Payload's Lexical HTML converter writes for a custom link (its href HTML-escaped) and for one opening in a new tab.
const link = (href: string, words = 'book here') => `<p>Please <a href="${href}">${words}</a> soon.</p>`;

describe('links in a story’s text', () => {
  it('keeps an https:// link, written from the address that was checked', async () => {
    const { html } = await prepareStoryBody(link('https://events.example.org/book?a=1&amp;b=2'), production);
    expect(html).toBe('<p>Please <a href="https://events.example.org/book?a=1&amp;b=2">book here</a> soon.</p>');
    expect(
      withSafeLinks('<a href="https://example.org/" rel="noopener noreferrer" target="_blank">x</a>', {
        allowLocalhost: false,
      }),
    ).toBe('<a href="https://example.org/" target="_blank" rel="noopener noreferrer">x</a>');
  });

  it.each([
    'javascript:alert(document.domain)',
    'JaVaScRiPt:alert(1)',
    'java&#x0A;script:alert(1)',
    'javascript&#58;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;',
    'vbscript:msgbox(1)',
    // Payload's converter turns an unsafe custom URL into this, which is no address at all.
    'https://',
    '#',
    'http://example.org/',
    'mailto:team@example.org',
  ])('turns a link to %j into its words alone', async (href) => {
    const { html } = await prepareStoryBody(link(href, '<strong>book</strong> here'), production);
    expect(html).toBe('<p>Please <strong>book</strong> here soon.</p>');
  });

  it('drops an href the pattern cannot read (unquoted, single-quoted) and every other attribute', () => {
    expect(
      withSafeLinks("<a href=javascript:alert(1)>one</a> <a href='javascript:alert(1)'>two</a>", {
        allowLocalhost: true,
      }),
    ).toBe('one two');
    expect(
      withSafeLinks('<a onclick="alert(1)" href="https://example.org/" style="color: red">x</a>', {
        allowLocalhost: false,
      }),
    ).toBe('<a href="https://example.org/" style="color: red">x</a>');
  });

  it('writes a tag with two hrefs (a browser follows the first) with only the one it checked', () => {
    expect(
      withSafeLinks('<a href="javascript:alert(1)" href="https://example.org/">x</a>', { allowLocalhost: false }),
    ).toBe('<a href="https://example.org/">x</a>');
  });

  it('closes only the links it kept, however they nest', () => {
    const nested = '<a href="https://example.org/">a <a href="javascript:alert(1)">b</a> c</a> d</a>';
    expect(withSafeLinks(nested, { allowLocalhost: false })).toBe('<a href="https://example.org/">a b c</a> d');
  });

  it('keeps http://localhost links only in a local build', async () => {
    const href = 'http://dudley.localhost:4321/privacy/';
    expect((await prepareStoryBody(link(href), { buildImage: fakeBuild, allowLocalhost: true })).html).toBe(
      `<p>Please <a href="${href}">book here</a> soon.</p>`,
    );
    expect((await prepareStoryBody(link(href), production)).html).toBe('<p>Please book here soon.</p>');
  });
});

describe('lists in a story’s or page’s text', () => {
  it('drops the item numbers Lexical writes on a bulleted list, and keeps them on a numbered one, nested lists included', () => {
    const html =
      '<ul class="list-bullet"><li value="1">Tea<ol><li value="1">Milk</li><li value="2">Sugar</li></ol></li><li value="2">Cake</li></ul><ol><li value="3">Third</li></ol>';
    expect(withValidListItems(html)).toBe(
      '<ul class="list-bullet"><li>Tea<ol><li value="1">Milk</li><li value="2">Sugar</li></ol></li><li>Cake</li></ul><ol><li value="3">Third</li></ol>',
    );
  });
});
