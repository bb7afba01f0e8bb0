import type { Payload } from 'payload';
import type { Partner } from '../payload-types.ts';
import { paragraphsToRichText } from './richText.ts';
import { ensureMedia } from './media.ts';
import { staffordshire, staffordshireLogo } from './partners/staffordshire.ts';
import { dudley, dudleyLogo } from './partners/dudley.ts';
import { bigFosteringPartnership, partnershipLogo } from './partners/big-fostering-partnership.ts';
import { tegansStory, teganImage } from './stories/tegans-story.ts';
import { maliksStory, malikImage } from './stories/maliks-story.ts';
import { homePage } from './home-page.ts';
import { demoUsers, DEMO_PASSWORD } from './users.ts';
import { faqs } from './faqs.ts';
import { events } from './events.ts';
import { seedPages } from './pages/index.ts';
import { pageData } from './pages/seedPage.ts';
import { sirEnghraifft, sirEnghraifftCy, sirEnghraifftLogo } from './partners/sir-enghraifft.ts';
import { maliksStoryCy, malikImageAltCy, tegansStoryCy, teganImageAltCy } from './cy/stories.ts';
import { welshPages } from './cy/pages.ts';
import { welshHomePage } from './cy/home-page.ts';
import { welshFaqs } from './cy/faqs.ts';
import { welshEvents } from './cy/events.ts';
import { addWelsh, describeImagesInWelsh, describeInWelsh, welshLayout, type WelshRow } from './welsh.ts';

export interface SeedReport {
  created: string[];
}

/**
 * Demo content, idempotent: each document is created only when missing (matched by its unique key), and nothing an
 * editor changed is overwritten. Safe to run on every start. Seeding never triggers site rebuilds (disableRebuild):
 * the start script builds every site once the seed is in. A document made here gets its sample Welsh as it is made
 * (cy/, for the sample bilingual council, Sir Enghraifft).
 */
const context = { disableRebuild: true };
export async function seed(payload: Payload, { demoUsers: withUsers }: { demoUsers: boolean }): Promise<SeedReport> {
  const created: string[] = [];
  const partnerIds: Record<string, Partner['id']> = {};

  for (const [record, logo] of [
    [staffordshire, staffordshireLogo],
    [dudley, dudleyLogo],
    [bigFosteringPartnership, partnershipLogo],
    [sirEnghraifft, sirEnghraifftLogo],
  ] as const) {
    const existing = await payload.find({
      collection: 'partners',
      where: { slug: { equals: record.slug } },
      limit: 1,
      depth: 0,
    });
    if (existing.docs[0]) {
      partnerIds[record.slug] = existing.docs[0].id;
      continue;
    }
    const logoId = await ensureMedia(payload, logo);
    const doc = await payload.create({ collection: 'partners', data: { ...record, logo: logoId }, context });
    partnerIds[record.slug] = doc.id;
    if (record === sirEnghraifft) {
      const { logoAlt, ...texts } = sirEnghraifftCy;
      await describeInWelsh(payload, logoId, logoAlt);
      await addWelsh(payload, 'partners', doc.id, {
        ...texts,
        contact: { ...doc.contact, ...texts.contact },
        allowances: {
          ...doc.allowances,
          ...texts.allowances,
          bands: (doc.allowances?.bands ?? []).map((band, index) => ({ ...band, ...texts.allowances.bands[index] })),
        },
        privacy: { ...doc.privacy, ...texts.privacy },
        localGroups: (doc.localGroups ?? []).map((group, index) => ({ ...group, ...texts.localGroups[index] })),
      });
    }
    created.push(`partner ${record.slug}`);
  }

  for (const [story, image, welsh, welshAlt] of [
    [tegansStory, teganImage, tegansStoryCy, teganImageAltCy],
    [maliksStory, malikImage, maliksStoryCy, malikImageAltCy],
  ] as const) {
    const existing = await payload.find({
      collection: 'stories',
      where: { slug: { equals: story.slug } },
      limit: 1,
      depth: 0,
    });
    if (existing.docs[0]) continue;
    const imageId = await ensureMedia(payload, image);
    const { paragraphs, ...fields } = story;
    const doc = await payload.create({
      collection: 'stories',
      data: { ...fields, body: paragraphsToRichText(paragraphs), image: imageId, _status: 'published' },
      context,
    });
    const { paragraphs: welshParagraphs, ...welshFields } = welsh;
    await describeInWelsh(payload, imageId, welshAlt);
    await addWelsh(payload, 'stories', doc.id, { ...welshFields, body: paragraphsToRichText(welshParagraphs) });
    created.push(`story ${story.slug}`);
  }

  for (const page of seedPages) {
    const existing = await payload.find({
      collection: 'pages',
      where: { slug: { equals: page.slug } },
      limit: 1,
      depth: 0,
    });
    if (existing.docs[0]) continue;
    const doc = await payload.create({
      collection: 'pages',
      data: await pageData(page, (image) => ensureMedia(payload, image)),
      context,
    });
    const welsh = welshPages[page.slug];
    if (welsh) {
      const layout = welsh.layout as WelshRow[];
      await describeImagesInWelsh(payload, doc.layout, layout);
      await addWelsh(payload, 'pages', doc.id, { ...welsh, layout: welshLayout(doc.layout, layout) });
    }
    created.push(`page ${page.slug}`);
  }

  const copy = await payload.findGlobal({ slug: 'home-page', depth: 0 });
  if (!copy.headline) {
    const home = await payload.updateGlobal({
      slug: 'home-page',
      data: { ...homePage, _status: 'published' },
      context,
    });
    await payload.updateGlobal({
      slug: 'home-page',
      locale: 'cy',
      data: { ...welshHomePage, layout: welshLayout(home.layout, welshHomePage.layout), _status: 'published' },
      context,
    });
    created.push('home page');
  }

  for (const faq of faqs) {
    const existing = await payload.find({
      collection: 'faqs',
      where: { question: { equals: faq.question } },
      limit: 1,
      depth: 0,
    });
    if (existing.docs[0]) continue;
    const doc = await payload.create({ collection: 'faqs', data: faq, context });
    const welsh = welshFaqs[faq.question];
    if (welsh) await addWelsh(payload, 'faqs', doc.id, welsh);
    created.push(`faq "${faq.question}"`);
  }

  for (const [index, { partnerSlug, ...event }] of events.entries()) {
    const existing = await payload.find({
      collection: 'events',
      where: { title: { equals: event.title } },
      limit: 1,
      depth: 0,
    });
    if (existing.docs[0]) continue;
    const doc = await payload.create({
      collection: 'events',
      data: { ...event, ...(partnerSlug ? { partner: partnerIds[partnerSlug] } : {}) },
      context,
    });
    const welsh = welshEvents[index];
    if (welsh) await addWelsh(payload, 'events', doc.id, welsh);
    created.push(`event "${event.title}"`);
  }

  if (withUsers) {
    for (const { partnerSlug, ...user } of demoUsers) {
      const existing = await payload.find({
        collection: 'users',
        where: { email: { equals: user.email } },
        limit: 1,
        depth: 0,
      });
      if (existing.docs[0]) continue;
      await payload.create({
        collection: 'users',
        data: { ...user, password: DEMO_PASSWORD, ...(partnerSlug ? { partner: partnerIds[partnerSlug] } : {}) },
        context,
      });
      created.push(`user ${user.email}`);
    }
  }
  return { created };
}
