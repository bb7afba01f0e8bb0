import type { Payload, PayloadRequest } from 'payload';
import { DEFAULT_LANGUAGE, LANGUAGES, partnerLanguages, type Language } from '@bfp/eligibility';
import type { Partner } from '../../payload-types.ts';
import { LANGUAGE_NAMES_IN_ENGLISH } from '../../localization/partnerLanguages.ts';
import { missingTexts } from '../../localization/missingTexts.ts';
import type { MediaId } from '../../collections/Media/mediaInContent.ts';
import { publishedImageUses } from '../../collections/Media/publishedImageUses.ts';
import { campaignReach, eventReach, sharedContentReach, type Reach } from './affectedPartners.ts';

interface WrittenContent {
  /** As staff know it: "the home page", "story “Tegan’s story”". */
  on: string;
  reach: Reach;
  writtenIn: Language[];
  /** The images it shows (by media id), each of which needs its description in every language of the site. */
  images: MediaId[];
}

export interface SitesContent {
  docs: WrittenContent[];
  /** Per language other than English: the images with no description in it, by id, named by file. */
  undescribed: Map<Language, Map<MediaId, string>>;
  /** The images each partner's own record shows (its logo), by partner id. */
  partnerImages: Map<number, MediaId[]>;
}

const languagesOf = (doc: { writtenIn?: unknown }) => (Array.isArray(doc.writtenIn) ? doc.writtenIn : []) as Language[];
const keyOf = (collection: string, id: unknown) => `${collection}:${String(id)}`;

/**
 * Every published document the sites show, with the languages it is whole in and the images it shows, and which
 * images are not yet described in each language: once per rebuild run. The images are found as the media library
 * finds them (publishedImageUses), so a new block that holds an image is counted here too.
 */
export async function writtenContent(payload: Payload, req: PayloadRequest): Promise<SitesContent> {
  const read = { depth: 0, pagination: false, req, locale: DEFAULT_LANGUAGE } as const;
  const imagesOf = new Map<string, MediaId[]>();
  const partnerImages = new Map<number, MediaId[]>();
  for (const use of await publishedImageUses(req)) {
    if ('global' in use.source) imagesOf.set(use.source.global, use.media);
    else if (use.source.collection === 'partners') partnerImages.set(Number(use.doc.id), use.media);
    else imagesOf.set(keyOf(use.source.collection, use.doc.id), use.media);
  }
  const home = await payload.findGlobal({ slug: 'home-page', depth: 0, req, locale: DEFAULT_LANGUAGE });
  const docs: WrittenContent[] = [
    {
      on: 'the home page',
      reach: campaignReach(home),
      writtenIn: languagesOf(home),
      images: imagesOf.get('home-page') ?? [],
    },
  ];
  const add = (collection: string, doc: { id: unknown }, on: string, reach: Reach, written: { writtenIn?: unknown }) =>
    docs.push({ on, reach, writtenIn: languagesOf(written), images: imagesOf.get(keyOf(collection, doc.id)) ?? [] });
  const published = { _status: { equals: 'published' } } as const;
  for (const story of (await payload.find({ collection: 'stories', where: published, ...read })).docs)
    add('stories', story, `story “${story.title}”`, sharedContentReach(story), story);
  for (const page of (await payload.find({ collection: 'pages', where: published, ...read })).docs)
    add('pages', page, `page “${page.title}”`, sharedContentReach(page), page);
  for (const faq of (await payload.find({ collection: 'faqs', ...read })).docs)
    add('faqs', faq, `FAQ “${faq.question}”`, sharedContentReach(faq), faq);
  const upcoming = { startsAt: { greater_than_equal: new Date().toISOString() } };
  for (const event of (await payload.find({ collection: 'events', where: upcoming, ...read })).docs)
    add('events', event, `event “${event.title}”`, eventReach(event), event);

  const undescribed = new Map<Language, Map<MediaId, string>>();
  for (const language of LANGUAGES.filter((code) => code !== DEFAULT_LANGUAGE)) {
    const media = await payload.find({
      collection: 'media',
      select: { filename: true, alt: true },
      locale: language,
      fallbackLocale: false,
      depth: 0,
      pagination: false,
      req,
    });
    const without = media.docs.filter((doc) => !doc.alt?.trim());
    undescribed.set(language, new Map(without.map((doc) => [doc.id, doc.filename ?? `image ${doc.id}`])));
  }
  return { docs, undescribed, partnerImages };
}

const reaches = (reach: Reach, partner: Partner) => reach === 'all' || (reach ?? []).includes(partner.id);

/**
 * What a bilingual partner's site leaves out until it is translated, per language: "Missing Welsh: story “Tegan’s
 * story”, the partner’s local offer". `sitesContent` is asked only for a bilingual partner: a run of English-only
 * sites never reads it. Its site is built without them (a document is shown only when it is whole in
 * every language of the site), so this says what the Welsh speaker has still to do. Null when nothing is missing.
 */
export async function missingTranslations(
  payload: Payload,
  req: PayloadRequest,
  partner: Partner,
  sitesContent: () => Promise<SitesContent>,
): Promise<string | null> {
  const languages = partnerLanguages(partner).filter((language) => language !== DEFAULT_LANGUAGE);
  if (!languages.length) return null;
  const content = await sitesContent();
  const all = await payload.findByID({ collection: 'partners', id: partner.id, locale: 'all', depth: 0, req });
  const fields = payload.collections.partners.config.fields;
  const shown = content.docs.filter((doc) => reaches(doc.reach, partner));
  const lines = languages.flatMap((language) => {
    // An image with no description in the language leaves out of that version whatever shows it.
    const undescribed = content.undescribed.get(language) ?? new Map<MediaId, string>();
    const images = new Set(
      [...shown.flatMap((doc) => doc.images), ...(content.partnerImages.get(partner.id) ?? [])].filter((id) =>
        undescribed.has(id),
      ),
    );
    const missing = [
      ...shown.filter((doc) => !doc.writtenIn.includes(language)).map((doc) => doc.on),
      ...missingTexts(fields, { all: all as unknown as Record<string, unknown> }, language).map(
        (text) => `the partner’s ${text}`,
      ),
      ...[...images].map((id) => `the description of image “${undescribed.get(id)}”`),
    ];
    return missing.length ? [`Missing ${LANGUAGE_NAMES_IN_ENGLISH[language]}: ${missing.join(', ')}`] : [];
  });
  return lines.length ? lines.join('; ') : null;
}
