import type { PayloadRequest } from 'payload';
import { confirmationWording, sitePath, wording, type Language, type Outcome } from '@bfp/eligibility';
import {
  errorSummaryHtml,
  formWording,
  plainErrorItems,
  plainFormHtml,
  type PlainFormPartner,
} from '@bfp/eligibility-form/plain';
import { html } from '@bfp/page-shell/html';
import type { Partner } from '../../../payload-types.ts';
import { partnerPage } from './page.ts';

/**
 * The CMS's answers to the plain form (JavaScript off), rendered here rather than as static pages on the partner's
 * site because only the server knows which answers were wrong, what they were, and the reference it just filed.
 */

export interface ReplyContext {
  req: PayloadRequest;
  /** The partner whose site the form was on. */
  site: Partner;
  siteOrigin: string;
  headers: Headers;
  /** The privacy-notice version the carer's page showed, once accepted; the partner's current one otherwise. */
  noticeVersion?: string;
  /** The language of the page the form was on: the reply, its shell included, is in it. */
  language: Language;
}

function formPartner(
  site: Partner,
  siteOrigin: string,
  language: Language,
  noticeVersion = site.privacy.noticeVersion,
): PlainFormPartner {
  return {
    slug: site.slug,
    name: site.name,
    shortName: site.shortName,
    postcodeDistricts: site.postcodeDistricts ?? [],
    dataControllerName: site.privacy.dataControllerName,
    agency: site.coBranding.agency,
    privacyNoticeVersion: noticeVersion,
    // The privacy page in the page's language: a Welsh form links to the Welsh notice.
    privacyUrl: `${siteOrigin}${sitePath(language, 'privacy')}`,
  };
}

/**
 * The form again with every answer as sent and a message beside each field that is wrong, listed in an error summary
 * (GOV.UK). Nothing has been stored. The form posts back to this endpoint and says which site it belongs to.
 */
export function problemReply(
  { req, site, siteOrigin, headers, noticeVersion, language }: ReplyContext,
  problem: { status: number; errors: Record<string, string>; values: Record<string, string> },
): Promise<Response> {
  const partner = formPartner(site, siteOrigin, language, noticeVersion);
  const items = plainErrorItems(partner, problem.errors);
  const say = formWording(language);
  const main = html`${errorSummaryHtml(items, language)}
<h1>${say.plain.checkerHeading}</h1>
<p class="lead">${say.plain.correct(items.length)}</p>
${plainFormHtml({ partner, action: new URL(req.url!).pathname, values: problem.values, errors: problem.errors, siteOrigin, language })}`;
  return partnerPage({
    req,
    status: problem.status,
    partner: site,
    siteOrigin,
    title: `${say.errorPrefix} ${say.plain.checkerHeading}`,
    main,
    language,
    headers,
  });
}

/**
 * The confirmation, with the reference on screen: the carer may have no access to the e-mail that also gives it. It
 * names the team the enquiry was filed with (the council covering the postcode), which need not be the site's.
 */
export function sentReply(
  { req, site, siteOrigin, headers, language }: ReplyContext,
  enquiry: { reference: string; outcome: Outcome; status: number; team: Partner },
): Promise<Response> {
  const { team } = enquiry;
  const say = confirmationWording(language);
  // Filed with the agency (no council covers the postcode): the team for the carer's area calls, not a named council.
  const who = team.kind === 'partnership' ? say.areaTeam : say.ownTeam(team.shortName);
  const keepInTouch = enquiry.outcome === 'not-eligible-now';
  const phone = `${team.contact.phone}${team.contact.officeHours ? ` (${team.contact.officeHours})` : ''}`;
  const main = html`<div class="panel panel--confirmation">
<h1 class="step__heading">${say.heading}</h1>
<p class="panel__body">${say.referenceLabel}<br><strong>${enquiry.reference}</strong></p>
</div>
<p>${say.alsoEmailed}</p>
<h2>${say.result(wording(language).outcomeHeadings[enquiry.outcome])}</h2>
${keepInTouch ? html`<p>${say.keepInTouchNote}</p>` : null}
${enquiry.outcome === 'talk-to-us' ? html`<p>${say.talkToUsNote}</p>` : null}
<h2>${say.whatHappensNext}</h2>
<p>${keepInTouch ? say.keepInTouch(who) : say.callBack(who)}</p>
<p>${say.ringUs(phone)}</p>
<p><a href="${siteOrigin}/">${say.backHome}</a></p>`;
  return partnerPage({
    req,
    status: enquiry.status,
    partner: site,
    siteOrigin,
    title: say.title,
    main,
    language,
    headers,
  });
}
