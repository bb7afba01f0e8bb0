import { describe, expect, it } from 'vitest';
import { prepareStoryBody, type BodyImage } from '../src/storyBody.ts';

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

describe('prepareStoryBody', () => {
  it('replaces an image on the CMS with the build’s copy and drops the CMS’s sources', async () => {
    const { html } = await prepareStoryBody(`<p>Before</p>${cmsPicture}<p>After</p>`, fakeBuild);
    expect(html).toBe('<p>Before</p><img src="/_astro/home.webp" alt="A garden &amp; a swing" width="600" height="400" loading="lazy" decoding="async"><p>After</p>');
    expect(html).not.toContain('cms.test');
  });

  it('asks for each image once, however often the text shows it', async () => {
    const asked: string[] = [];
    const img = '<img alt="" src="http://cms.test/api/media/file/a.png" />';
    await prepareStoryBody(`${img}<p>and again</p>${img}`, async (image) => (asked.push(image.src), fakeBuild(image)));
    expect(asked).toEqual(['http://cms.test/api/media/file/a.png']);
  });

  it('returns every distinct style attribute value, decoded, for the page’s CSP', async () => {
    const { styleAttributes, html } = await prepareStoryBody(
      '<p style="text-align: center;">One</p><p style="text-align: center;">Two</p><h2 style="padding-inline-start: 40px;">Three</h2>',
      fakeBuild,
    );
    expect(styleAttributes).toEqual(['text-align: center;', 'padding-inline-start: 40px;']);
    expect(html).toContain('<p style="text-align: center;">One</p>');
  });

  it('leaves text without images or styles as it is', async () => {
    const text = '<p>Tegan moved in with us when she was fifteen.</p>';
    expect(await prepareStoryBody(text, fakeBuild)).toEqual({ html: text, styleAttributes: [] });
  });
});
