import { describe, expect, it } from 'vitest';
import { wordingTexts } from '@bfp/eligibility/fixtures';
import { SHELL_WORDING, partnerDocument, partnerHeader, type ShellPartner } from '../src/partnerShell.ts';
import { html } from '../src/html.ts';

const partner: ShellPartner = {
  name: 'Cyngor Enghreifftiol',
  shortName: 'Enghraifft',
  theme: 'warm',
  typeface: 'verdana',
  brand: { primaryColour: '#6b1d5c', accentColour: '#85c79a' },
  coBranding: { agency: 'National Fostering Group', alsoWith: ['Acme Care'] },
  contact: { phone: '01632 960 303', email: 'maethu@example.org', officeHours: null, address: null },
};

describe('the page shell in Welsh', () => {
  it('has every text of the English shell, each in Welsh', () => {
    const english = new Map(wordingTexts(SHELL_WORDING.en));
    const welsh = new Map(wordingTexts(SHELL_WORDING.cy));
    expect([...welsh.keys()].sort()).toEqual([...english.keys()].sort());
    expect([...english].filter(([path, words]) => welsh.get(path) === words).map(([path]) => path)).toEqual([]);
  });

  it('is a Welsh page: lang, title, skip link, lockup and footer', () => {
    const page = partnerDocument({
      partner,
      title: 'Eich canlyniad',
      logo: null,
      siteOrigin: 'https://maethu.example',
      main: html`<h1>Eich canlyniad</h1>`,
      language: 'cy',
    }).text;
    expect(page).toContain('<html lang="cy" data-theme="warm">');
    expect(page).toContain('<title>Eich canlyniad | Maethu gyda Enghraifft a’r Big Fostering Partnership</title>');
    expect(page).toContain('<a class="skip-link" href="#main">Neidio i’r prif gynnwys</a>');
    expect(page).toContain('Cyngor Enghreifftiol: hafan maethu');
    // "ac" before a name that starts with a vowel.
    expect(page).toContain('mewn partneriaeth gyda National Fostering Group ac Acme Care</p>');
    expect(page).toContain('<strong>Tîm maethu Enghraifft</strong><br>Ffôn:');
    expect(page).toContain('>Hysbysiad preifatrwydd</a>');
    for (const english of ['Skip to main content', 'in partnership with', 'Support links', 'Privacy notice'])
      expect(page).not.toContain(english);
  });

  it('joins names with "a" before a consonant', () => {
    const header = partnerHeader({
      partner: { ...partner, coBranding: { agency: 'National Fostering Group', alsoWith: ['Barnardo’s'] } },
      logo: null,
      language: 'cy',
    }).text;
    expect(header).toContain('National Fostering Group a Barnardo’s</p>');
  });
});
