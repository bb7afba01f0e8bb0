import type { EligibilityWording } from './wording.ts';

/** The checker and the enquiry form in English. */
export const en: EligibilityWording = {
  questions: {
    postcode: {
      question: 'What is your postcode?',
      label: 'Postcode',
      hint: (example) =>
        `We use it to put you in touch with the fostering team that covers where you live. For example, ${example}.`,
      missing: 'Enter your postcode',
      invalid: (example) => `Enter a real UK postcode, like ${example}`,
    },
    age: {
      question: 'Are you 21 or over?',
      hint: 'The partnership asks foster carers to be at least 21.',
      missing: 'Select yes if you are 21 or over',
      options: { yes: 'Yes', no: 'No' },
    },
    bedroom: {
      question: 'Do you have a spare bedroom that would be the child’s own?',
      hint: 'A child moving from a children’s home needs a room of their own.',
      missing: 'Select whether you have a spare bedroom',
      options: { yes: 'Yes', 'moving-soon': 'Not yet, but I am moving somewhere with one soon', no: 'No' },
    },
    rightToLive: {
      question: 'Do you have the right to live in the UK?',
      missing: 'Select whether you have the right to live in the UK',
      options: {
        settled: 'Yes, I am a British or Irish citizen or have settled status',
        'time-limited': 'Yes, but my leave to remain is time-limited',
        none: 'No',
      },
    },
    home: {
      question: 'Do you own or rent your home?',
      hint: 'Renting is fine. If you rent privately, your landlord will need to agree.',
      missing: 'Select whether you own or rent your home',
      options: {
        own: 'I own it (with or without a mortgage)',
        'social-rent': 'I rent from a council or housing association',
        'private-rent-consent': 'I rent privately and my landlord agrees to fostering',
        'private-rent': 'I rent privately and have not asked my landlord yet',
        lodger: 'I live in someone else’s home as a lodger',
      },
    },
    convictions: {
      question: 'Has anyone in your household ever been cautioned or convicted of an offence?',
      hint: 'Answer yes or no only. Please do not give any details here: we will talk about it in confidence.',
      missing: 'Select yes if anyone in your household has been cautioned or convicted',
      options: { no: 'No', yes: 'Yes' },
    },
    smoking: {
      question: 'Does anyone in your household smoke or vape?',
      missing: 'Select yes if anyone in your household smokes or vapes',
      options: { no: 'No', yes: 'Yes' },
    },
    daytime: {
      question: 'Would someone in your household be available during the day?',
      hint: 'For meetings, school and appointments. Many foster carers work.',
      missing: 'Select whether someone would be available during the day',
      options: {
        'at-home': 'Yes, one of us is usually at home',
        flexible: 'Yes, I or my partner work flexibly or part-time',
        'full-time': 'No, everyone works full-time without flexibility',
      },
    },
    pets: {
      question: 'Do you have any pets?',
      hint: 'Most pets are fine. We look at every pet as part of the assessment.',
      missing: 'Select whether you have any pets',
      options: {
        none: 'No pets',
        some: 'Yes, ordinary household pets',
        'three-plus-dogs': 'Yes, three or more dogs',
        'banned-breed': 'Yes, a dog of a breed banned in the UK',
      },
    },
    experience: {
      question: 'Do you have experience of caring for or working with children or teenagers?',
      hint: 'For example as a parent, a relative, at work or as a volunteer.',
      missing: 'Select whether you have experience with children or teenagers',
      options: { yes: 'Yes', no: 'No' },
    },
  },
  answerNotText: '(the answer must be text)',
  reasons: {
    postcode: {
      inside: 'You live in an area this fostering team covers.',
      outside: (phone) =>
        `Your postcode is outside this team’s area. We can still help you find your local fostering service, or call Fosterline free on ${phone}.`,
    },
    age: {
      yes: 'You are 21 or over.',
      no: 'Foster carers in the partnership need to be at least 21. We would love to hear from you when you are.',
    },
    bedroom: {
      yes: 'You have a spare bedroom for a child.',
      'moving-soon': 'A child will need their own bedroom. Talk to us about the timing of your move.',
      no: 'A child moving out of a children’s home needs a bedroom of their own, so you may not be able to foster yet.',
    },
    rightToLive: {
      settled: 'You have the right to live in the UK.',
      'time-limited':
        'Time-limited leave to remain does not rule you out. We need to talk about how long your leave lasts.',
      none: 'Foster carers need the right to live in the UK.',
    },
    home: {
      own: 'Owning or renting your home are both fine.',
      'social-rent': 'Owning or renting your home are both fine.',
      'private-rent-consent': 'Owning or renting your home are both fine.',
      'private-rent': 'Renting is fine, but your landlord will need to agree to you fostering.',
      lodger: 'A child needs a settled home. Talk to us about your living arrangements.',
    },
    convictions: {
      no: 'Nobody in your household has a caution or conviction.',
      yes: 'Most cautions and convictions do not stop you fostering. We will talk it through with you in confidence.',
    },
    smoking: {
      no: 'Nobody in your household smokes or vapes.',
      yes: 'Smoking or vaping does not rule you out for older children, but we will talk about it with you.',
    },
    daytime: {
      'at-home': 'Someone can be available during the day.',
      flexible: 'Someone can be available during the day.',
      'full-time':
        'Children stepping down from residential care need someone around in the day. Talk to us about flexibility.',
    },
    pets: {
      none: 'No pets means nothing to assess there.',
      some: 'Pets are welcome and are looked at in the assessment.',
      'three-plus-dogs': 'Homes with three or more dogs have a specialist pet assessment.',
      'banned-breed': 'Homes with a dog of a banned breed cannot be approved while the dog lives there.',
    },
    experience: {
      yes: 'You have experience with children or teenagers.',
      no: 'You do not need fostering experience. We will talk about ways to gain some experience with young people.',
    },
  },
  outcomeHeadings: {
    'likely-eligible': 'You may be able to foster',
    'talk-to-us': 'You may be able to foster: talk to us first',
    'not-eligible-now': 'You may not be able to foster yet',
  },
  nextSteps: {
    'likely-eligible':
      'Leave your details and someone from the fostering team will call you, usually within one working day.',
    'talk-to-us':
      'Leave your details and someone from the fostering team will call you to talk it through. Nothing here rules you out.',
    'not-eligible-now':
      'Things change. Leave your details and we will keep in touch, so you hear from us when the time may be right.',
  },
  contactFields: {
    fullName: { label: 'Full name', hint: null },
    email: {
      label: 'Email address',
      hint: 'We will only use this to contact you about fostering, and we will e-mail you your reference number.',
    },
    phone: { label: 'Phone number', hint: 'The team will call you on this number.' },
  },
  callTime: {
    legend: 'When is a good time to call? (optional)',
    hint: 'We will try to call you then.',
    options: { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening', any: 'Any time' },
  },
  consent: {
    legend: 'How we use your details',
    label: 'I agree to be contacted about fostering',
    text: ({ dataController, agency }) =>
      `${dataController} and ${agency} will use these details and your answers only to contact you about fostering.`,
    notice: { before: 'Read the ', link: 'privacy notice', after: ' to see how long we keep them and your rights.' },
  },
  emailUpdates: {
    legend: 'E-mails about fostering (optional)',
    label: (partnerName) => `E-mail me about information events and carers’ stories from ${partnerName}`,
    hint: 'We never share your address. Every e-mail has a link that stops them at once.',
  },
  contactMessages: {
    fullName: { missing: 'Enter your full name', tooLong: (limit) => `Full name must be ${limit} characters or fewer` },
    email: {
      missing: 'Enter your email address',
      invalid: 'Enter an email address in the correct format, like name@example.com',
    },
    phone: { missing: 'Enter a phone number', invalid: 'Enter a UK phone number, like 01632 960 001 or 07700 900 982' },
    callTime: { invalid: 'Choose a time from the list, or leave it blank' },
    consent: { missing: 'Confirm that you agree to be contacted about fostering' },
    emailUpdates: { invalid: 'Tick the box to get e-mails about events and stories, or leave it unticked' },
  },
  controlCharacter: (label, lines) => {
    const examples =
      lines === 'single'
        ? 'such as NUL, a tab or a line break'
        : 'such as NUL or an escape code; line breaks and tabs are fine';
    return `${label} contains a hidden control character (${examples}), which cannot be stored. Retype it, then try again.`;
  },
  confirmation: {
    title: 'Your enquiry has been sent',
    heading: 'Thank you, we have your details',
    referenceLabel: 'Your reference number',
    whatHappensNext: 'What happens next',
    ownTeam: (shortName) => `${shortName}’s fostering team`,
    namedTeam: (name) => `${name} fostering team`,
    areaTeam: 'the fostering team for your area',
    callBack: (team) =>
      `Someone from ${team} will call you, usually within one working day. They will talk about fostering, answer your questions and, if you would like, arrange a visit.`,
    keepInTouch: (team) =>
      `${team} will keep your details and get in touch when the time may be right for you to foster. They will not call you about this enquiry.`,
    ringUs: (phone) => `If you would rather call us, ring ${phone} and give your reference number.`,
    alsoEmailed: 'We have also e-mailed you this reference number.',
    result: (outcomeHeading) => `Your result: ${outcomeHeading}`,
    keepInTouchNote: 'Things change. We will keep in touch, so you hear from us when the time may be right.',
    talkToUsNote: 'Some of your answers are worth talking through. Nothing here rules you out.',
    backHome: 'Back to the home page',
  },
  confirmationEmail: {
    subject: (reference) => `Your fostering enquiry ${reference}`,
    thanks: (partnerName) => `Thank you for your enquiry about fostering with ${partnerName}.`,
    reference: (reference) => `Your reference number is ${reference}.`,
    callBack: (shortName) =>
      `Someone from the ${shortName} fostering team will phone you within one working day for an informal chat.`,
    keepInTouch: (shortName) =>
      `The ${shortName} fostering team will keep your details and get in touch when the time may be right for you to foster. Nobody will phone you about this enquiry.`,
    ringUs: (phone) => `If you would like to talk sooner, call ${phone} and give your reference.`,
    dataController: (controllerName) =>
      `${controllerName} holds your details to respond to your enquiry. If you did not make this enquiry, reply to tell us and we will delete it.`,
  },
};
