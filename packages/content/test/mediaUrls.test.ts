import { describe, expect, it } from 'vitest';
import { bodyHtmlWithMediaUrls, mediaUrl } from '../src/mapping.ts';

const build = 'http://cms.internal:3000';

describe('media URLs the site build downloads from', () => {
  it('puts a file URL written on the public serverURL onto the URL the build reads from', () => {
    expect(mediaUrl('https://cms.example.org/api/media/file/logo.png', build)).toBe(
      'http://cms.internal:3000/api/media/file/logo.png',
    );
    expect(mediaUrl('/api/media/file/logo%20v2.png?v=2', build)).toBe(
      'http://cms.internal:3000/api/media/file/logo%20v2.png?v=2',
    );
  });

  it('leaves a file stored elsewhere (an object store) where it is', () => {
    expect(mediaUrl('https://bucket.example.net/media/logo.png', build)).toBe(
      'https://bucket.example.net/media/logo.png',
    );
  });

  it("rewrites the images in a story's text, and nothing else in it", () => {
    const html =
      '<p><a href="/api/media/file/x.png">a link</a></p><img\n  alt="A garden"\n  src="/api/media/file/garden.png"\n/>';
    expect(bodyHtmlWithMediaUrls(html, build)).toBe(
      '<p><a href="/api/media/file/x.png">a link</a></p><img\n  alt="A garden"\n  src="http://cms.internal:3000/api/media/file/garden.png"\n/>',
    );
  });
});
