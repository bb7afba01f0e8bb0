import type { SiteWording } from './wording.ts';

/** The partner sites' pages in English. */
export const en: SiteWording = {
  openGraphLocale: 'en_GB',
  siteName: (shortName) => `${shortName} fostering`,
  previewBanner: 'Preview: this page includes unpublished drafts. It is not the live site.',
  breadcrumbs: { label: 'Breadcrumb', home: 'Home' },
  checkIfYouCouldFoster: 'Check if you could foster',
  errorPrefix: 'Error:',
  home: {
    title: 'Foster a child moving on from a children’s home',
    partnership: (agency) => `${agency} works with councils in the partnership to find foster carers near you.`,
    council: (name, agency, shortName) => `${name} is working with ${agency} to find foster carers in ${shortName}.`,
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you were looking for could not be found.',
    help: 'If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.',
    homeLink: (shortName) => `Go to the ${shortName} fostering home page`,
  },
  accessibility: {
    title: 'Accessibility statement',
    description: (shortName) => `Accessibility statement for ${shortName} fostering.`,
    intro: (name, agency) =>
      `This website is run by ${name} with ${agency}. We want as many people as possible to be able to use it: you should be able to zoom in to 400% without losing content, navigate with a keyboard alone, and use a screen reader.`,
    howAccessible: {
      heading: 'How accessible this website is',
      text: 'We test every page against the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA with automated checks on each release.',
    },
    reporting: {
      heading: 'Reporting problems and other formats',
      before: 'If you find a problem or need information in another format, email ',
      after: (phone) => ` or call ${phone}.`,
    },
    enforcement: {
      heading: 'Enforcement procedure',
      text: 'The Equality and Human Rights Commission is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).',
    },
  },
  privacy: {
    title: 'Privacy notice',
    description: (dataController) =>
      `How ${dataController} uses the details you give when you enquire about fostering.`,
    heading: 'Privacy notice for fostering enquiries',
    version: (noticeVersion) => `Version ${noticeVersion}`,
    responsible: {
      heading: 'Who is responsible for your data',
      text: (dataController, agency) =>
        `${dataController} is the data controller for enquiries made on this site. It works with ${agency} as part of the Big Fostering Partnership, and both organisations use your details only to respond to your enquiry about fostering.`,
    },
    collect: {
      heading: 'What we collect and why',
      text: 'When you use the checker and leave your details, we keep your answers, your name, email address and phone number, and the date you agreed to be contacted. We use them to call you back, usually within one working day, and to talk about whether fostering is right for you. We do not ask about your health, religion or sexuality.',
    },
    keep: {
      heading: 'How long we keep it',
      text: (retentionMonths) =>
        `If your enquiry does not go further, we delete or anonymise your details ${retentionMonths} months after your last contact with us.`,
    },
    rights: {
      heading: 'Your rights',
      before: 'You can ask to see, correct or delete your details at any time. Contact ',
      after: '. You can also complain to the Information Commissioner’s Office.',
    },
    fullNotice: { before: 'Read ', link: (dataController) => `${dataController}’s full privacy notice`, after: '.' },
  },
  story: { sample: 'Sample story: names and details are changed' },
  contactCallout: {
    heading: 'Could you foster?',
    text: 'Answer a few questions to find out whether you may be able to foster, then leave your details for a call back.',
    call: { before: (shortName) => `Or call ${shortName}’s fostering team on `, after: '.' },
  },
  events: { online: 'Online', bookAPlace: 'Book a place' },
  finder: {
    heading: 'Find your local fostering team',
    councils: 'Councils in the partnership',
    districts: (shown, more) => `(postcodes ${shown}${more ? ' and more' : ''})`,
    label: 'Your postcode',
    hint: 'We will take you to the fostering team for where you live. For example, ST16 3AA.',
    submit: 'Find my local team',
    problem: 'There is a problem',
    invalidPostcode: 'Enter a real UK postcode, like ST16 3AA',
    description: 'Find the fostering team for where you live.',
    outside: {
      title: 'No council covers your postcode yet',
      heading: 'No council in the partnership covers your postcode yet',
      fosterline: {
        before: (fosterlinePhone) =>
          `You can still foster. Call Fosterline free on ${fosterlinePhone} to find fostering services near you, or `,
        link: 'check if you could foster',
        after: (agency) => ` and ${agency} will call you back.`,
      },
      tryAnother: 'Try another postcode',
    },
    redirect: {
      title: (shortName) => `Your local team: ${shortName}`,
      description: (councilName) => `${councilName} covers your postcode.`,
      heading: (councilName) => `${councilName} covers your postcode`,
      link: (shortName) => `Go to ${shortName}’s fostering site`,
    },
  },
};
