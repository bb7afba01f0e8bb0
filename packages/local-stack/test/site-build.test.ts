import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const outDirs = inject('siteOutDirs');
const read = (slug: string, page: string) => fs.readFileSync(path.join(outDirs[slug]!, page), 'utf8');

describe('partner sites built from the seeded CMS', () => {
  it('builds every site in sites/', () => {
    expect(Object.keys(outDirs).sort()).toEqual([
      'big-fostering-partnership',
      'dudley',
      'sir-enghraifft',
      'staffordshire',
    ]);
  });

  it.each([
    ['staffordshire', 'Staffordshire County Council', '#1d4f6e', 'https://fostering.staffordshire.example.org/'],
    ['dudley', 'Dudley Metropolitan Borough Council', '#6b1d5c', 'https://fostering.dudley.example.org/'],
  ])(
    '%s: home page carries the partner name, brand colour, canonical domain, campaign copy and both stories',
    (slug, name, colour, canonical) => {
      const html = read(slug, 'index.html');
      expect(html).toContain(name);
      expect(html).toContain(`--brand-primary:${colour}`);
      expect(html).toContain(`<link rel="canonical" href="${canonical}">`);
      expect(html).toContain('Tegan’s story');
      expect(html).toContain('Malik’s story');
      expect(html).toContain('What is Step Down fostering?');
      expect(html).toMatch(/<span class="stat">85%<\/span>/);
      expect(fs.existsSync(path.join(outDirs[slug]!, 'stories/tegans-story/index.html'))).toBe(true);
    },
  );

  it('shows The Big Issue in the lockup only where the partner record says so', () => {
    const lockup = (slug: string) => /<p class="lockup"[^>]*>([\s\S]*?)<\/p>/.exec(read(slug, 'index.html'))![1]!;
    expect(lockup('staffordshire')).toContain('National Fostering Group and The Big Issue');
    expect(lockup('dudley')).toContain('National Fostering Group');
    expect(lockup('dudley')).not.toContain('Big Issue');
  });

  it('shows each partner its own events and the partnership-wide ones, and the shared FAQs', () => {
    const staffs = read('staffordshire', 'index.html');
    const dudley = read('dudley', 'index.html');
    expect(staffs).toContain('Fostering drop-in, Stafford');
    expect(staffs).not.toContain('Fostering drop-in, Dudley');
    expect(dudley).toContain('Fostering drop-in, Dudley');
    expect(dudley).not.toContain('Fostering drop-in, Stafford');
    for (const html of [staffs, dudley]) {
      expect(html).toContain('Online information evening: Step Down fostering');
      expect(html).toContain('Can I foster if I rent my home?');
      // site-kit renders only links that pass @bfp/links' rule; the seeded https:// one does.
      expect(html).toContain('<a href="https://events.example.org/bfp-information-evening/book">Book a place');
    }
  });

  it('embeds the eligibility island, pointed at the CMS enquiry endpoint, on the check page', () => {
    const html = read('dudley', 'check/index.html');
    expect(html).toContain('<astro-island');
    expect(html).toContain(`${inject('cmsUrl')}/api/enquiries/submit`);
    // Server-rendered first question, so the page is readable before the island hydrates.
    expect(html).toContain('data-step="postcode"');
    expect(html).toContain('What is your postcode?');
  });

  it('gives each site its own sitemap, robots.txt and Open Graph tags on its own domain', () => {
    const sitemap = read('dudley', 'sitemap.xml');
    expect(sitemap).toContain('<loc>https://fostering.dudley.example.org/</loc>');
    expect(sitemap).toContain('<loc>https://fostering.dudley.example.org/stories/tegans-story/</loc>');
    expect(sitemap).not.toContain('staffordshire');
    expect(read('staffordshire', 'robots.txt')).toContain(
      'Sitemap: https://fostering.staffordshire.example.org/sitemap.xml',
    );
    const story = read('staffordshire', 'stories/maliks-story/index.html');
    expect(story).toContain(
      '<meta property="og:url" content="https://fostering.staffordshire.example.org/stories/maliks-story/">',
    );
    expect(story).toMatch(
      /<meta property="og:image" content="https:\/\/fostering\.staffordshire\.example\.org\/_astro\/[^"]+">/,
    );
  });

  it('renders the sample pages at /<slug>/ from their blocks, lists them in the header navigation in order and in the sitemap', () => {
    const page = read('dudley', 'step-down-fostering/index.html');
    expect(page).toContain('<h1>Step Down fostering</h1>');
    expect(page).toMatch(/<figure class="page-image"><img src="\/_astro\/[^"]+" alt="An abstract illustration/);
    expect(page).toContain('<blockquote class="quote__text">');
    expect(page).toMatch(/<a class="button" href="\/check\/">Check if you could foster<\/a>/);
    const bridge = read('staffordshire', 'support-bridge-to-foster/index.html');
    expect(bridge).toMatch(/<span class="stat">85%<\/span>/);
    expect(bridge).toContain('Source: National Fostering Group');
    // A bulleted list from the editor, without the item numbers the HTML standard allows only on a numbered one.
    expect(bridge).toMatch(/<ul[^>]*><li[^>]*>carers approved for Step Down fostering<\/li>/);
    expect(bridge).not.toMatch(/<ul[^>]*><li[^>]*\svalue=/);
    expect(read('dudley', 'from-enquiry-to-approval/index.html')).toMatch(
      /<ol class="steps__list">[\s\S]*Form F assessment and Skills to Foster training/,
    );
    const nav = /<nav class="site-nav" aria-label="Main">([\s\S]*?)<\/nav>/.exec(page)![1]!;
    // The seeded pages first, in their order; pages other tests publish into the shared stack may follow.
    expect([...nav.matchAll(/href="([^"]+)"/g)].map(([, href]) => href).slice(0, 4)).toEqual([
      '/step-down-fostering/',
      '/support-bridge-to-foster/',
      '/allowances-and-fees/',
      '/from-enquiry-to-approval/',
    ]);
    expect(nav).toMatch(/<a href="\/step-down-fostering\/" aria-current="page">/);
    expect(read('dudley', 'sitemap.xml')).toContain(
      '<loc>https://fostering.dudley.example.org/allowances-and-fees/</loc>',
    );
  });

  it("fills one shared page's partner blocks with each council's own data, and its fallback text where there is none", () => {
    const table = (slug: string) => {
      const html = /<section class="allowances"[\s\S]*?<\/section>/.exec(
        read(slug, 'allowances-and-fees/index.html'),
      )![0];
      const rows = [
        ...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td[^>]*>([^<]+)<\/td><td[^>]*>([^<]+)<\/td><\/tr>/g),
      ].map(([, age, allowance, fee]) => [age, allowance, fee]);
      return { html, rows };
    };
    const dudley = table('dudley');
    expect(dudley.rows).toEqual([
      ['0 to 4', '£175', '£250'],
      ['5 to 10', '£199', '£250'],
      ['11 to 15', '£226', '£450'],
      ['16 and over', '£264', '£450'],
    ]);
    expect(dudley.html).toMatch(
      /Dudley’s weekly payments for each child, from <time datetime="2026-04-06">6 April 2026<\/time>/,
    );
    expect(dudley.html).toContain('Sample figures for this demonstration site');
    expect(table('staffordshire').rows).toEqual([
      ['0 to 10', '£190', '£275'],
      ['11 to 17', '£240', '£475'],
    ]);
    // The partnership's own site has no rates of its own: the block's fallback text, not an empty table.
    const umbrella = table('big-fostering-partnership');
    expect(umbrella.html).not.toContain('<table');
    expect(umbrella.html).toContain('Ask us what you would receive');
  });

  it("builds the home page from the shared layout of blocks, each council's local offer and contact in it", () => {
    const dudley = read('dudley', 'index.html');
    expect(dudley).toContain('Dudley carers’ coffee morning');
    expect(dudley).toContain('A supervising social worker of your own');
    expect(dudley).toMatch(
      /<section class="partner-contact"[\s\S]*?<a href="tel:01632960202">01632 960 202<\/a>[\s\S]*?Office hours: Monday to Thursday/,
    );
    expect(read('staffordshire', 'index.html')).toMatch(
      /<section class="partner-contact"[\s\S]*?<a href="tel:01632960101">01632 960 101<\/a>/,
    );
    expect(read('staffordshire', 'index.html')).not.toContain('coffee morning');
  });

  it('applies each partner its chosen theme and typeface', () => {
    expect(read('dudley', 'index.html')).toContain('data-theme="warm"');
    expect(read('dudley', 'index.html')).toContain('--font-family:Verdana');
    expect(read('staffordshire', 'index.html')).toContain('data-theme="civic"');
  });

  it("lists every council on the partnership's site, linking to their sites on this machine", () => {
    const html = read('big-fostering-partnership', 'index.html');
    const list = /<ul class="partner-list"[^>]*>([\s\S]*?)<\/ul>/.exec(html)![1]!;
    expect(list).toContain(`href="http://staffordshire.localhost:${inject('sitesPort')}/"`);
    expect(list).toContain(`href="http://dudley.localhost:${inject('sitesPort')}/"`);
    expect(list).not.toContain('big-fostering-partnership');
    expect(html).toContain('Find your local fostering team');
    expect(html).toContain('Tegan’s story');
  });

  it('names the partner as data controller on its privacy page', () => {
    expect(read('staffordshire', 'privacy/index.html')).toContain(
      'Staffordshire County Council is the data controller',
    );
    expect(read('dudley', 'privacy/index.html')).toMatch(/36 months after your last\s+contact/);
  });
});
