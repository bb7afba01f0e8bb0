import type { FormWording } from './wording.ts';

/** The form in English. */
export const en: FormWording = {
  stepTitles: {
    question: (number, total, question) => `Question ${number} of ${total}: ${question}`,
    elsewhere: 'Another council covers your postcode',
    result: 'Your result',
    contact: 'Your contact details',
    check: 'Check your answers',
    confirmation: 'Enquiry sent',
  },
  progress: (number, total) => `Question ${number} of ${total}`,
  back: 'Back',
  continue: 'Continue',
  problem: 'There is a problem',
  errorPrefix: 'Error:',
  result: {
    basedOn: 'Based on your answers:',
    from: 'From your answers:',
    keepInTouch: 'Keep in touch',
    leaveDetails: 'Leave your details',
    changeAnswers: 'Change your answers',
  },
  elsewhere: {
    heading: (councilName) => `${councilName} covers your postcode`,
    body: (shortName, district) =>
      `${shortName}’s fostering team looks after ${district}. They will answer your questions and call you back, so check if you could foster on their site.`,
    link: (shortName) => `Check if you could foster with ${shortName}`,
  },
  contact: {
    heading: 'Your contact details',
    keepInTouch: (shortName) =>
      `${shortName}’s fostering team will keep your details and get in touch when the time may be right. Nobody will call you about this enquiry.`,
    callBack: (shortName) =>
      `${shortName}’s fostering team will call you, usually within one working day, to talk about fostering and answer your questions.`,
    leaveEmpty: 'Leave this field empty',
  },
  check: {
    heading: 'Check your answers before sending your enquiry',
    yourAnswers: 'Your answers',
    yourContactDetails: 'Your contact details',
    notAnswered: 'Not answered',
    goodTimeToCall: 'Good time to call',
    notGiven: 'Not given',
    change: 'Change',
    changeAnswer: (question) => ` your answer to: ${question}`,
    changeField: (label) => ` your ${label.toLowerCase()}`,
    changeCallTime: ' when is a good time to call',
    emailUpdates: 'E-mails about events and stories',
    emailUpdatesAnswer: (asked) => (asked ? 'Yes, e-mail me' : 'No'),
    changeEmailUpdates: ' whether we e-mail you about events and stories',
    nowSend: 'Now send your enquiry',
    declaration:
      'By sending it you agree to be contacted about fostering, and confirm the details are correct as far as you know.',
    sending: 'Sending…',
    send: 'Accept and send',
  },
  sendFailed: (phone) => `We could not send your details. Please try again, or call ${phone}.`,
  plain: {
    checkerHeading: 'Check if you could foster',
    yourAnswers: 'Your answers',
    yourContactDetails: 'Your contact details',
    contactIntro: (shortName) =>
      `${shortName}’s fostering team will call you, usually within one working day, to talk about fostering and answer your questions. If an answer rules fostering out for now, nobody will call: the team will keep your details and get in touch when the time may be right.`,
    send: 'Send my enquiry',
    correct: (count) =>
      `Nothing has been sent yet. Correct the ${count === 1 ? 'answer' : 'answers'} marked below, then send your enquiry again: everything else you gave is still filled in.`,
  },
};
