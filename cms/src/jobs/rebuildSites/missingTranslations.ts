import type { Payload, PayloadRequest } from 'payload';
import { DEFAULT_LANGUAGE, partnerLanguages, type Language } from '@bfp/eligibility';
import type { Partner } from '../../payload-types.ts';
import { LANGUAGE_NAMES_IN_ENGLISH } from '../../localization/partnerLanguages.ts';
import { missingTexts } from '../../localization/missingTexts.ts';
import { campaignReach, eventReach, sharedContentReach, type Reach } from './affectedPartners.ts';

interface WrittenContent {
  /** As staff know it: "the home page", "story “Tegan’s story”". */
  on: string;
  reach: Reach;
  writtenIn: Language[];
}

const languagesOf = (doc: { writtenIn?: unknown }) => (Array.isArray(doc.writtenIn) ? doc.writtenIn : []) as Language[];

/** Every published document the sites show, with the languages it is whole in: once per rebuild run. */
export async function writtenContent(payload: Payload, req: PayloadRequest): Promise<WrittenContent[]> {
  const read = { depth: 0, pagination: false, req, locale: DEFAULT_LANGUAGE } as const;
  const home = await payload.findGlobal({ slug: 'home-page', depth: 0, req, locale: DEFAULT_LANGUAGE });
  const content: WrittenContent[] = [{ on: 'the home page', reach: campaignReach(home), writtenIn: languagesOf(home) }];
  const published = { _status: { equals: 'published' } } as const;
  for (const story of (await payload.find({ collection: 'stories', where: published, ...read })).docs)
    content.push({ on: `story “${story.title}”`, reach: sharedContentReach(story), writtenIn: languagesOf(story) });
  for (const page of (await payload.find({ collection: 'pages', where: published, ...read })).docs)
    content.push({ on: `page “${page.title}”`, reach: sharedContentReach(page), writtenIn: languagesOf(page) });
  for (const faq of (await payload.find({ collection: 'faqs', ...read })).docs)
    content.push({ on: `FAQ “${faq.question}”`, reach: sharedContentReach(faq), writtenIn: languagesOf(faq) });
  const upcoming = { startsAt: { greater_than_equal: new Date().toISOString() } };
  for (const event of (await payload.find({ collection: 'events', where: upcoming, ...read })).docs)
    content.push({ on: `event “${event.title}”`, reach: eventReach(event), writtenIn: languagesOf(event) });
  return content;
}

const reaches = (reach: Reach, partner: Partner) => reach === 'all' || (reach ?? []).includes(partner.id);

/**
 * What a bilingual partner's site leaves out until it is translated, per language: "Missing Welsh: story “Tegan’s
 * story”, the partner’s local offer". Its site is built without them (a document is shown only when it is whole in
 * every language of the site), so this says what the Welsh speaker has still to do. Null when nothing is missing.
 */
export async function missingTranslations(
  payload: Payload,
  req: PayloadRequest,
  partner: Partner,
  content: WrittenContent[],
): Promise<string | null> {
  const languages = partnerLanguages(partner).filter((language) => language !== DEFAULT_LANGUAGE);
  if (!languages.length) return null;
  const all = await payload.findByID({ collection: 'partners', id: partner.id, locale: 'all', depth: 0, req });
  const fields = payload.collections.partners.config.fields;
  const lines = languages.flatMap((language) => {
    const missing = [
      ...content.filter((doc) => reaches(doc.reach, partner) && !doc.writtenIn.includes(language)).map((doc) => doc.on),
      ...missingTexts(fields, { all: all as unknown as Record<string, unknown> }, language).map(
        (text) => `the partner’s ${text}`,
      ),
    ];
    return missing.length ? [`Missing ${LANGUAGE_NAMES_IN_ENGLISH[language]}: ${missing.join(', ')}`] : [];
  });
  return lines.length ? lines.join('; ') : null;
}
