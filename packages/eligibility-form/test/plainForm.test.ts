import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { QUESTION_IDS } from '@bfp/eligibility';
import { errorSummaryHtml, plainErrorItems, plainFormHtml, type PlainFormPartner } from '../src/plain/plainForm.ts';

const partner: PlainFormPartner = {
  slug: 'dudley',
  name: 'Dudley Metropolitan Borough Council',
  shortName: 'Dudley',
  postcodeDistricts: ['DY1', 'DY2'],
  dataControllerName: 'Dudley Council',
  agency: 'Example Fostering',
  privacyNoticeVersion: '2026-01',
  privacyUrl: '/privacy/',
};

// happy-dom's own types differ from the DOM's; read through the DOM's, as the page would be in a browser.
const parse = (markup: string) =>
  new new Window().DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html') as unknown as Document;

describe('the plain form', () => {
  it('is empty and unmarked when built for the site', () => {
    const page = parse(plainFormHtml({ partner, action: 'https://cms.example/api/enquiries/submit' }).text);
    expect(page.querySelectorAll('.form-group--error, .error-message')).toHaveLength(0);
    expect(page.querySelectorAll('input:checked')).toHaveLength(0);
    for (const id of QUESTION_IDS) expect(page.querySelector(`[name="${id}"]`)).not.toBeNull();
    expect(page.querySelector('[name="siteOrigin"]')).toBeNull();
    expect(page.querySelector('#plain-privacy-info')!.textContent).toContain('Dudley Council and Example Fostering');
  });

  it('shows every answer again and marks only the fields that are wrong', () => {
    const values = {
      postcode: 'DY1 1AA',
      age: 'yes',
      pets: 'none',
      fullName: 'Ann <Example>',
      email: 'nope',
      callTime: 'evening',
      consent: 'yes',
    };
    const page = parse(
      plainFormHtml({
        partner,
        action: '/api/enquiries/submit',
        values,
        errors: { email: 'Enter an email address' },
        siteOrigin: 'http://dudley.localhost:4321',
      }).text,
    );
    expect(page.querySelectorAll('.form-group--error')).toHaveLength(1);
    expect(page.querySelector('#plain-email')!.getAttribute('aria-describedby')).toBe(
      'plain-email-hint plain-email-error',
    );
    expect(page.querySelector<HTMLInputElement>('#plain-postcode')!.value).toBe('DY1 1AA');
    expect(page.querySelector<HTMLInputElement>('#plain-fullName')!.value).toBe('Ann <Example>');
    expect(page.querySelector<HTMLInputElement>('input[name="age"]:checked')!.value).toBe('yes');
    expect(page.querySelector<HTMLInputElement>('input[name="callTime"]:checked')!.value).toBe('evening');
    expect(page.querySelector<HTMLInputElement>('#plain-consent')!.checked).toBe(true);
    expect(page.querySelector<HTMLInputElement>('input[name="siteOrigin"]')!.value).toBe(
      'http://dudley.localhost:4321',
    );
  });

  it('lists problems in the order of the form, linking a choice to its first option and a message with no field unlinked', () => {
    const items = plainErrorItems(partner, {
      consent: 'Agree',
      form: 'Not in the expected shape',
      age: 'Answer',
      postcode: 'Enter a postcode',
    });
    expect(items).toEqual([
      { fieldId: 'plain-postcode', message: 'Enter a postcode' },
      { fieldId: 'plain-age-0', message: 'Answer' },
      { fieldId: 'plain-consent', message: 'Agree' },
      { fieldId: null, message: 'Not in the expected shape' },
    ]);
    const summary = parse(errorSummaryHtml(items).text);
    expect(
      [...summary.querySelectorAll('li')].map((li) => li.querySelector('a')?.getAttribute('href') ?? null),
    ).toEqual(['#plain-postcode', '#plain-age-0', '#plain-consent', null]);
  });
});
