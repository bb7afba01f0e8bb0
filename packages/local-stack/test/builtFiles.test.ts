import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cmsReferences, imageUrls, unhashedInlineCode } from './builtFiles.ts';

const cms = 'http://localhost:3100';
const hash = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;

describe('the built-site scanners the self-containment and CSP tests rely on', () => {
  it('flags a hot-linked CMS image but not the enquiry endpoint or the CSP that allows posting to it', () => {
    const page = `<meta http-equiv="content-security-policy" content="default-src 'self';connect-src 'self' ${cms};form-action 'self' ${cms};">
      <form action="${cms}/api/enquiries/submit"></form><astro-island props="{&quot;endpoint&quot;:[0,&quot;${cms}/api/enquiries/submit&quot;]}">
      <img src="${cms}/api/media/file/logo.png">`;
    const found = cmsReferences(page, cms);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('/api/media/file/logo.png');
  });

  it('flags a CMS origin in an img-src directive', () => {
    expect(cmsReferences(`content="img-src 'self' ${cms};"`, cms)).toHaveLength(1);
  });

  it('flags inline code the meta CSP holds no hash for, and accepts hashed code', () => {
    const style = ':root{--brand-primary:#123456}';
    const csp = (styles: string) =>
      `<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self' ${styles};">`;
    expect(unhashedInlineCode(`${csp(hash(style))}<style>${style}</style>`)).toEqual([]);
    expect(unhashedInlineCode(`${csp('')}<style>${style}</style>`)).toEqual([`style: ${style}`]);
    expect(unhashedInlineCode(`${csp('')}<script>alert(1)</script><script src="/_astro/a.js"></script>`)).toEqual([
      'script: alert(1)',
    ]);
    expect(unhashedInlineCode(`${csp(hash('text-align: center;'))}<p style="text-align: center;">x</p>`)).toEqual([
      'style attribute: text-align: center;',
    ]);
  });

  it('lists every image, icon and source a page loads', () => {
    expect(
      imageUrls(
        '<link rel="icon" href="/_astro/i.png"><img alt="" src="/_astro/a.webp"><source srcset="/b.png 1x, /c.png 2x">',
      ),
    ).toEqual(['/_astro/a.webp', '/_astro/i.png', '/b.png', '/c.png']);
  });
});
