import { describe, expect, it } from 'vitest';
import {
  headEnd,
  headStart,
  partnerDocument,
  partnerFooter,
  partnerHeader,
  skipLink,
  type ShellPartner,
} from '../src/partnerShell.ts';
import { html } from '../src/html.ts';

const partner: ShellPartner = {
  name: 'Telford & Wrekin Council',
  shortName: 'Telford',
  theme: 'warm',
  typeface: 'verdana',
  brand: { primaryColour: '#6b1d5c', accentColour: '#85c79a' },
  coBranding: { agency: 'National Fostering Group', alsoWith: ['The Big Issue'] },
  contact: {
    phone: '01632 960 202',
    email: 'fostering@telford.example.org',
    officeHours: 'Monday to Friday 9am to 5pm',
    address: null,
  },
};
const logo = { src: '/_astro/logo.svg', width: 180, height: 48 };

describe('the partner page shell', () => {
  it('writes the header as the built sites have it: logo home link, lockup, navigation with the current page marked', () => {
    const navigation = [
      { title: 'Allowances', href: '/allowances/' },
      { title: 'Steps', href: '/steps/' },
    ];
    expect(partnerHeader({ partner, logo, navigation, currentPath: '/steps/' }).text).toBe(
      '<header class="site-header"><div class="width-container site-header__inner"><a href="/" class="site-header__home"><img class="site-header__logo" src="/_astro/logo.svg" alt="Telford &#38; Wrekin Council: fostering home page" width="180" height="48"></a>' +
        '<p class="lockup" data-testid="lockup"><strong>Telford &#38; Wrekin Council</strong> in partnership with National Fostering Group and The Big Issue</p></div>' +
        '<nav class="site-nav" aria-label="Main"><ul class="width-container site-nav__list"><li><a href="/allowances/">Allowances</a></li><li><a href="/steps/" aria-current="page">Steps</a></li></ul></nav></header>',
    );
  });

  it('leaves the navigation out when there is none, and names the partner where it has no logo', () => {
    const header = partnerHeader({ partner, logo: null, siteOrigin: 'https://fostering.telford.example.org' }).text;
    expect(header).not.toContain('<nav');
    expect(header).toContain(
      '<a href="https://fostering.telford.example.org/" class="site-header__home">Telford &#38; Wrekin Council: fostering home page</a>',
    );
  });

  it('writes the footer with the office hours, and links back to the site it is given', () => {
    expect(partnerFooter({ partner, siteOrigin: 'https://fostering.telford.example.org' }).text).toBe(
      '<footer class="site-footer"><div class="width-container"><h2 class="visually-hidden">Support links</h2><p><strong>Telford fostering team</strong><br>Phone: <a href="tel:01632960202">01632 960 202</a><span> (Monday to Friday 9am to 5pm)</span><br>Email: <a href="mailto:fostering@telford.example.org">fostering@telford.example.org</a></p>' +
        '<ul><li><a href="https://fostering.telford.example.org/privacy/">Privacy notice</a></li><li><a href="https://fostering.telford.example.org/accessibility/">Accessibility statement</a></li></ul><p>The Big Fostering Partnership: Telford &#38; Wrekin Council working with National Fostering Group.</p></div></footer>',
    );
    expect(
      partnerFooter({
        partner: { ...partner, contact: { ...partner.contact, officeHours: null, address: '1 High St\nTelford' } },
      }).text,
    ).toContain(
      '</a><br>Email: <a href="mailto:fostering@telford.example.org">fostering@telford.example.org</a></p><address class="site-footer__address">1 High St\nTelford</address><ul><li><a href="/privacy/">',
    );
  });

  it('wraps a page the CMS renders in the same pieces the sites are built with', () => {
    const main = html`<h1>Thank you</h1>`;
    const siteOrigin = 'https://fostering.telford.example.org';
    const page = partnerDocument({
      partner,
      title: 'Sent',
      logo,
      siteOrigin,
      noindex: true,
      headExtra: html`<link rel="stylesheet" href="/theme.css">`,
      main,
    }).text;
    expect(page).toBe(
      `<!DOCTYPE html><html lang="en-GB" data-theme="warm"><head>${headStart({ partner, title: 'Sent' }).text}<link rel="stylesheet" href="/theme.css">${headEnd({ partner, noindex: true }).text}</head>` +
        `<body>${skipLink().text}${partnerHeader({ partner, logo, siteOrigin }).text}<main id="main" class="main" tabindex="-1"><div class="width-container"><h1>Thank you</h1></div></main>${partnerFooter({ partner, siteOrigin }).text}</body></html>`,
    );
    expect(page).toContain('<title>Sent | Telford fostering with the Big Fostering Partnership</title>');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow"><style>:root{--brand-primary:#6b1d5c;');
  });
});
