import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { confirmationWording } from '@bfp/eligibility';
import { ConfirmationStep } from '../src/steps/ConfirmationStep.tsx';
import type { FormPartner } from '../src/types.ts';

const partner = {
  name: 'Dudley Council',
  shortName: 'Dudley',
  phone: '01632 960 202',
  officeHours: 'weekdays 9 to 5',
} as FormPartner;
const say = confirmationWording();
const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the confirmation step', () => {
  it('says what the CMS’s plain-form reply says: the partner’s team calls back, or ring with the reference', () => {
    const shown = text(
      renderToStaticMarkup(
        <ConfirmationStep partner={partner} reference="DUDL-1" team={null} outcome="likely-eligible" />,
      ),
    );
    expect(shown).toContain(say.callBack('Dudley’s fostering team'));
    expect(shown).toContain(
      'If you would rather call us, ring 01632 960 202 (weekdays 9 to 5) and give your reference number.',
    );
  });

  it('names the council that will call when it is not the site’s own, and promises no call to a carer ruled out for now', () => {
    const team = { name: 'Sandwell Council', phone: '01632 960 999' };
    const shown = text(
      renderToStaticMarkup(
        <ConfirmationStep partner={partner} reference="SAND-1" team={team} outcome="not-eligible-now" />,
      ),
    );
    expect(shown).toContain('Sandwell Council fostering team will keep your details');
    expect(shown).toContain('ring 01632 960 999 and give your reference number.');
  });
});
