import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/react/container-renderer';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BLOCK_EXAMPLES, EXAMPLE_SITE } from '@bfp/blocks/examples';
import { BLOCKS_WORDING } from '@bfp/blocks/wording';
import { wording } from '@bfp/eligibility';
import { formWording } from '@bfp/eligibility-form/plain';
import { SHELL_WORDING } from '@bfp/page-shell';
import { SITE_WORDING } from '../src/wording.ts';
import AccessibilityPage from '../src/views/AccessibilityPage.astro';
import CheckPage from '../src/views/CheckPage.astro';
import FindPage from '../src/views/FindPage.astro';
import FindRedirectPage from '../src/views/FindRedirectPage.astro';
import HomePage from '../src/views/HomePage.astro';
import NotFoundPage from '../src/views/NotFoundPage.astro';
import PageView from '../src/views/PageView.astro';
import PrivacyPage from '../src/views/PrivacyPage.astro';
import StoryPage from '../src/views/StoryPage.astro';
import { checkedPages, renderBlockExample, themeCss } from './pageChecks.ts';
import { EXAMPLE_PAGE, EXAMPLE_SITES } from './exampleSites.ts';

/**
 * The sites in Welsh: every view and every block's examples rendered with language 'cy', as a Welsh route will render
 * them. Each page says its Welsh words, shows none of the fixed English words that have a Welsh one (site-kit's and
 * the blocks' wording files, compared with every page), and passes axe-core and the W3C checker as the English
 * pages do. That en.ts and cy.ts have the same keys is the compiler's job: both are typed by one interface.
 */

// The views read the content store; here they read the example sites instead.
vi.mock('../src/siteData.ts', async (importOriginal) => {
  const { loadExampleSite, exampleNavigation } = await import('./exampleSites.ts');
  return { ...(await importOriginal<object>()), loadSiteData: loadExampleSite, navigationPages: exampleNavigation };
});

const site = SITE_WORDING.cy;
const blocks = BLOCKS_WORDING.cy;
const dudley = EXAMPLE_SITES.dudley!;
const partnership = EXAMPLE_SITES['big-fostering-partnership']!;

/** Each view once in Welsh, with the Welsh words it must say (besides the shell's, which every page says). */
const VIEWS: Array<{
  file: string;
  View: AstroComponentFactory;
  props: Record<string, unknown>;
  /** What the page was given from the CMS: English words in it are the editors', not fixed ones. */
  content: unknown;
  says: string[];
}> = [
  {
    file: 'home-council.html',
    View: HomePage,
    props: { slug: 'dudley' },
    content: dudley,
    says: [site.home.title, site.home.council('Dudley Council', 'The Big Fostering Partnership', 'Dudley')],
  },
  {
    file: 'home-partnership.html',
    View: HomePage,
    props: { slug: 'big-fostering-partnership' },
    content: partnership,
    says: [
      site.finder.heading,
      site.finder.districts('B64, B65, B66, B67, B68, B69', true),
      site.events.online,
      'Dydd Mawrth, 15 Mehefin 2027 am 18:30',
      '6 Ebrill 2026',
    ],
  },
  {
    file: '404.html',
    View: NotFoundPage,
    props: { slug: 'dudley' },
    content: dudley,
    says: ['<h1>Tudalen heb ei chanfod</h1>', site.notFound.homeLink('Dudley')],
  },
  {
    file: 'accessibility.html',
    View: AccessibilityPage,
    props: { slug: 'dudley' },
    content: dudley,
    says: [`<h1>${site.accessibility.title}</h1>`, site.breadcrumbs.home, site.breadcrumbs.label],
  },
  {
    file: 'privacy.html',
    View: PrivacyPage,
    props: { slug: 'big-fostering-partnership' },
    content: partnership,
    says: [
      `<h1>${site.privacy.heading}</h1>`,
      site.privacy.keep.text(12),
      site.privacy.fullNotice.link('Foster Care Co-operative'),
    ],
  },
  {
    file: 'check.html',
    View: CheckPage,
    props: { slug: 'dudley' },
    content: dudley,
    says: [`<h1>${formWording('cy').plain.checkerHeading}</h1>`, '<input type="hidden" name="language" value="cy">'],
  },
  {
    file: 'find-invalid.html',
    View: FindPage,
    props: { slug: 'big-fostering-partnership', answer: 'invalid' },
    content: partnership,
    says: [site.finder.problem, site.finder.invalidPostcode, `${site.errorPrefix} ${site.finder.heading}`],
  },
  {
    file: 'find-outside.html',
    View: FindPage,
    props: { slug: 'big-fostering-partnership', answer: 'outside' },
    content: partnership,
    says: [site.finder.outside.heading, site.finder.outside.tryAnother],
  },
  {
    file: 'find-to.html',
    View: FindRedirectPage,
    props: { slug: 'big-fostering-partnership', council: 'dudley' },
    content: partnership,
    says: [site.finder.redirect.heading('Dudley Council'), site.finder.redirect.link('Dudley')],
  },
  {
    file: 'story.html',
    View: StoryPage,
    props: { partner: dudley.partner, story: dudley.stories[0] },
    content: dudley,
    says: [site.story.sample, site.contactCallout.heading, site.contactCallout.call.before('Dudley')],
  },
  {
    file: 'page.html',
    View: PageView,
    props: { site: dudley, page: EXAMPLE_PAGE },
    content: { dudley, EXAMPLE_PAGE },
    says: [blocks.partnerContact.team('Dudley'), blocks.partnerContact.checkIfYouCouldFoster],
  },
];

const BLOCK_CASES = BLOCK_EXAMPLES.flatMap(({ folder, examples }) =>
  examples.map((example, index) => ({
    folder,
    example,
    file: `${folder}-${index + 1}.html`,
    // The page's heading is the example's name.
    content: { ...EXAMPLE_SITE, ...example.site, block: example.block, name: example.name },
  })),
);

const FILES = [...VIEWS.map(({ file }) => file), ...BLOCK_CASES.map(({ file }) => file)];

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&#38;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' })[c]!);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The fixed words of a wording file, by key: a text as it is, a function's words between the values it is given
 * (each value a marker, split out again). Two languages' files give their words in the same order.
 */
function fixedWords(wording: object, prefix = ''): Array<{ key: string; words: string[] }> {
  return Object.entries(wording).flatMap(([name, value]): Array<{ key: string; words: string[] }> => {
    const key = `${prefix}${name}`;
    if (typeof value === 'string') return [{ key, words: [value] }];
    if (typeof value === 'function') {
      const markers = Array.from({ length: value.length }, (_, i) => `\u0001${i}\u0001`);
      const text = String((value as (...args: string[]) => string)(...markers));
      return [{ key, words: text.split(/\u0001\d+\u0001/).map((words) => words.trim()) }];
    }
    return fixedWords(value as object, `${key}.`);
  });
}

/** Each English fixed word that has a Welsh one, with its key: short joins (", ", ".") are not words. */
const ENGLISH_WORDS = [
  ...fixedWords(SITE_WORDING.en).map((entry) => ({ ...entry, file: 'site-kit' })),
  ...fixedWords(BLOCKS_WORDING.en).map((entry) => ({ ...entry, file: 'blocks' })),
].flatMap(({ key, words, file }) => {
  const welsh = new Set(
    fixedWords(file === 'site-kit' ? SITE_WORDING.cy : BLOCKS_WORDING.cy).find((entry) => entry.key === key)!.words,
  );
  return words
    .filter((words) => /\p{L}{2}/u.test(words) && !welsh.has(words))
    .map((words) => ({
      key: `${file}: ${key}`,
      words,
      // A whole word or words, never part of a longer one ("from" is not in "fromage").
      pattern: new RegExp(`(?<!\\p{L})(?:${escapeRegExp(words)}|${escapeRegExp(escapeHtml(words))})(?!\\p{L})`, 'u'),
    }));
});

describe('the sites in Welsh', () => {
  const html = new Map<string, string>();
  const content = new Map<string, string>();
  let pages: Awaited<ReturnType<typeof checkedPages>>;

  beforeAll(async () => {
    const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
    for (const view of VIEWS) {
      const page = await container.renderToString(view.View, {
        props: { ...view.props, language: 'cy' },
        partial: false,
      });
      // The theme's styles, which a built site links to: contrast and target sizes are the theme's doing.
      html.set(view.file, page.replace('</head>', `<style>${themeCss}</style></head>`));
      content.set(view.file, JSON.stringify(view.content));
    }
    for (const { folder, example, file, content: given } of BLOCK_CASES) {
      html.set(file, await renderBlockExample(container, { folder, example, language: 'cy' }));
      content.set(file, JSON.stringify(given));
    }
    pages = await checkedPages(html, {
      host: 'welsh.localhost',
      // The finder's redirect page sends the browser on at once; axe reads it where it is.
      inBrowser: (text) => text.replace(/<meta http-equiv="refresh"[^>]*>/, ''),
    });
  });

  afterAll(async () => {
    await pages?.close();
  });

  it.each(VIEWS)('$file says its Welsh words, in a Welsh page with the Welsh skip link', ({ file, says }) => {
    const page = html.get(file)!;
    expect(page).toContain('<html lang="cy"');
    expect(page).toContain(`<a class="skip-link" href="#main">${SHELL_WORDING.cy.skipLink}</a>`);
    for (const words of says) expect(page.includes(words) || page.includes(escapeHtml(words)), words).toBe(true);
  });

  it('the check page’s island and its plain form both ask in Welsh', () => {
    const question = wording('cy').questions.postcode.question;
    expect(html.get('check.html')!.split(question).length - 1).toBe(2);
  });

  it('the blocks say their Welsh words, dates in Welsh', () => {
    expect(html.get('AllowancesTable-1.html')).toContain('<time datetime="2026-04-06">6 Ebrill 2026</time>');
    expect(html.get('AllowancesTable-1.html')).toContain(`<th scope="col">${blocks.allowancesTable.childsAge}</th>`);
    expect(html.get('Events-1.html')).toContain('Dydd Mawrth, 12 Ionawr 2027 am 18:00');
    expect(html.get('Events-1.html')).toContain(site.events.bookAPlace);
    expect(html.get('KeyFigure-1.html')).toContain(`${blocks.keyFigure.source}: `);
    expect(html.get('LocalOffer-1.html')).toContain(`<h3>${blocks.localOffer.localGroups}</h3>`);
    expect(html.get('PartnerContact-1.html')).toContain(`${blocks.partnerContact.officeHours}: `);
  });

  it.each(FILES)('%s shows no fixed English word that has a Welsh one', (file) => {
    // What a person reads or hears: styles and scripts (the theme's comments, the island's code) are not.
    const page = html.get(file)!.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, '');
    const given = content.get(file)!;
    // English the editors wrote (the examples' content is English) is theirs to translate, not a fixed word.
    const left = ENGLISH_WORDS.filter(({ pattern }) => pattern.test(page) && !pattern.test(given));
    expect(left.map(({ key, words }) => `${key}: "${words}"`)).toEqual([]);
  });

  it('compares enough English words to mean something', () => {
    expect(ENGLISH_WORDS.length).toBeGreaterThan(80);
  });

  it.each(FILES)('%s has no accessibility or HTML errors', async (file) => {
    expect(pages.checkerErrors(file), 'W3C checker').toEqual([]);
    expect(await pages.axeViolations(file)).toEqual([]);
  });
});
