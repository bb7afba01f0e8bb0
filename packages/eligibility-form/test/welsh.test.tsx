import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { WORDING } from '@bfp/eligibility';
import { wordingTexts } from '@bfp/eligibility/fixtures';
import { EligibilityForm } from '../src/EligibilityForm.tsx';
import { ConfirmationStep } from '../src/steps/ConfirmationStep.tsx';
import { errorSummaryHtml, plainErrorItems, plainFormHtml, type PlainFormPartner } from '../src/plain/plainForm.ts';
import type { FormPartner } from '../src/types.ts';
import { FORM_WORDING } from '../src/wording.ts';
import { FormLanguage } from '../src/FormLanguage.ts';
import { ElsewhereStep } from '../src/steps/ElsewhereStep.tsx';

const partner: FormPartner & PlainFormPartner = {
  slug: 'gwynedd',
  name: 'Cyngor Enghreifftiol',
  shortName: 'Enghraifft',
  phone: '01632 960 303',
  postcodeDistricts: ['LL55'],
  dataControllerName: 'Cyngor Enghreifftiol',
  agency: 'Example Fostering',
  privacyNoticeVersion: '2026-01',
  privacyUrl: '/cy/preifatrwydd/',
  councils: [],
};

const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** English sentences (four words or more) of the form's and the rules' wording: none may show on a Welsh page. */
const englishSentences = [...wordingTexts(FORM_WORDING.en), ...wordingTexts(WORDING.en)]
  .map(([, words]) => words.replace(/«[A-Z]»/g, '').trim())
  .filter((words) => words.split(/\s+/).length >= 4);

describe('the form in Welsh', () => {
  it('has every text of the English form, each in Welsh', () => {
    const english = new Map(wordingTexts(FORM_WORDING.en));
    const welsh = new Map(wordingTexts(FORM_WORDING.cy));
    expect([...welsh.keys()].sort()).toEqual([...english.keys()].sort());
    expect([...english].filter(([path, words]) => welsh.get(path) === words).map(([path]) => path)).toEqual([]);
  });

  it('asks the first question in Welsh on the island, with the partner’s own example postcode', () => {
    const shown = text(
      renderToStaticMarkup(
        <EligibilityForm partner={partner} endpoint="/api" heading="Maethu" intro="Cyflwyniad" language="cy" />,
      ),
    );
    expect(shown).toContain('Cwestiwn 1 o 10');
    expect(shown).toContain('Beth yw eich cod post?');
    expect(shown).toContain('Er enghraifft, LL55 1AA.');
    expect(shown).toContain('Parhau');
    for (const sentence of englishSentences) expect(shown).not.toContain(sentence);
  });

  it('tells the carer what happens next in Welsh', () => {
    const shown = text(
      renderToStaticMarkup(
        <FormLanguage.Provider value="cy">
          <ConfirmationStep partner={partner} reference="GWYN-1" team={null} outcome="likely-eligible" />
        </FormLanguage.Provider>,
      ),
    );
    expect(shown).toContain('Diolch, mae gennym eich manylion');
    expect(shown).toContain('Tîm maethu Enghraifft fydd yn eich ffonio');
    expect(shown).toContain('ffoniwch 01632 960 303 a rhowch eich cyfeirnod.');
  });

  it('is a plain form wholly in Welsh, its problems in Welsh too', () => {
    const errors = { postcode: WORDING.cy.questions.postcode.missing, email: WORDING.cy.contactMessages.email.invalid };
    const markup =
      errorSummaryHtml(plainErrorItems(partner, errors), 'cy').text +
      plainFormHtml({ partner, action: '/api/enquiries/submit', errors, language: 'cy' }).text;
    const shown = text(markup);
    expect(shown).toContain('Mae problem wedi codi');
    expect(shown).toContain('Gwall: Rhowch eich cod post');
    expect(shown).toContain('Eich manylion cyswllt');
    expect(shown).toContain('Oes gennych chi ystafell wely sbâr');
    expect(shown).toContain('Anfon fy ymholiad');
    expect(shown).toContain('gyda’r asiantaeth Example Fostering');
    for (const sentence of englishSentences) expect(shown).not.toContain(sentence);
  });

  it('sends a carer whose postcode another council covers to that council’s Welsh checker, or its English one if it has none', () => {
    const council = { slug: 'sir-arall', name: 'Cyngor Arall', shortName: 'Arall', postcodeDistricts: ['SA99'] };
    const link = (languages: Array<'en' | 'cy'>) =>
      renderToStaticMarkup(
        <FormLanguage.Provider value="cy">
          <ElsewhereStep
            council={{ ...council, siteUrl: 'https://maethu.arall.example/', languages }}
            district="SA99"
          />
        </FormLanguage.Provider>,
      ).match(/href="([^"]+)"/)![1];
    expect(link(['en', 'cy'])).toBe('https://maethu.arall.example/cy/gwirio/');
    expect(link(['en'])).toBe('https://maethu.arall.example/check/');
  });
});
