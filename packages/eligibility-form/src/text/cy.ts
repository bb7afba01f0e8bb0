import type { FormWording } from './wording.ts';

/**
 * The form in Welsh (Cymraeg): a sample translation, to be checked by a council's Welsh-language officer before a
 * Welsh council goes live. Every Welsh word of this package is in this file.
 */
export const cy: FormWording = {
  stepTitles: {
    question: (number, total, question) => `Cwestiwn ${number} o ${total}: ${question}`,
    elsewhere: 'Mae cyngor arall yn gwasanaethu eich cod post',
    result: 'Eich canlyniad',
    contact: 'Eich manylion cyswllt',
    check: 'Gwiriwch eich atebion',
    confirmation: 'Ymholiad wedi’i anfon',
  },
  progress: (number, total) => `Cwestiwn ${number} o ${total}`,
  back: 'Yn ôl',
  continue: 'Parhau',
  problem: 'Mae problem wedi codi',
  errorPrefix: 'Gwall:',
  result: {
    basedOn: 'Yn seiliedig ar eich atebion:',
    from: 'O’ch atebion:',
    keepInTouch: 'Cadw mewn cysylltiad',
    leaveDetails: 'Gadael eich manylion',
    changeAnswers: 'Newid eich atebion',
  },
  elsewhere: {
    heading: (councilName) => `${councilName} sy’n gwasanaethu eich cod post`,
    body: (shortName, district) =>
      `Tîm maethu ${shortName} sy’n gofalu am ${district}. Byddant yn ateb eich cwestiynau ac yn eich ffonio’n ôl, felly gwiriwch a allech chi faethu ar eu gwefan nhw.`,
    link: (shortName) => `Gwiriwch a allech chi faethu gyda ${shortName}`,
  },
  contact: {
    heading: 'Eich manylion cyswllt',
    keepInTouch: (shortName) =>
      `Bydd tîm maethu ${shortName} yn cadw eich manylion ac yn cysylltu pan allai’r amser fod yn iawn. Fydd neb yn eich ffonio am yr ymholiad hwn.`,
    callBack: (shortName) =>
      `Bydd tîm maethu ${shortName} yn eich ffonio, fel arfer o fewn un diwrnod gwaith, i siarad am faethu ac ateb eich cwestiynau.`,
    leaveEmpty: 'Gadewch y maes hwn yn wag',
  },
  check: {
    heading: 'Gwiriwch eich atebion cyn anfon eich ymholiad',
    yourAnswers: 'Eich atebion',
    yourContactDetails: 'Eich manylion cyswllt',
    notAnswered: 'Heb ateb',
    goodTimeToCall: 'Amser da i ffonio',
    notGiven: 'Heb ei nodi',
    change: 'Newid',
    changeAnswer: (question) => ` eich ateb i: ${question}`,
    changeField: (label) => ` eich ${label.toLowerCase()}`,
    changeCallTime: ' pryd mae’n amser da i ffonio',
    emailUpdates: 'E-byst am ddigwyddiadau a straeon',
    emailUpdatesAnswer: (asked) => (asked ? 'Ydw, anfonwch e-byst ataf' : 'Nac ydw'),
    changeEmailUpdates: ' a ydym yn anfon e-byst atoch am ddigwyddiadau a straeon',
    nowSend: 'Nawr anfonwch eich ymholiad',
    declaration:
      'Drwy ei anfon rydych yn cytuno i rywun gysylltu â chi am faethu, ac yn cadarnhau bod y manylion yn gywir hyd eithaf eich gwybodaeth.',
    sending: 'Wrthi’n anfon…',
    send: 'Derbyn ac anfon',
  },
  sendFailed: (phone) => `Doedd dim modd anfon eich manylion. Rhowch gynnig arall arni, neu ffoniwch ${phone}.`,
  plain: {
    checkerHeading: 'Gwiriwch a allech chi faethu',
    yourAnswers: 'Eich atebion',
    yourContactDetails: 'Eich manylion cyswllt',
    contactIntro: (shortName) =>
      `Bydd tîm maethu ${shortName} yn eich ffonio, fel arfer o fewn un diwrnod gwaith, i siarad am faethu ac ateb eich cwestiynau. Os yw ateb yn golygu na allwch faethu am y tro, fydd neb yn ffonio: bydd y tîm yn cadw eich manylion ac yn cysylltu pan allai’r amser fod yn iawn.`,
    send: 'Anfon fy ymholiad',
    correct: (count) =>
      `Does dim wedi’i anfon eto. Cywirwch ${count === 1 ? 'yr ateb sydd wedi’i farcio' : 'yr atebion sydd wedi’u marcio'} isod, yna anfonwch eich ymholiad eto: mae popeth arall a roesoch chi yn y ffurflen o hyd.`,
  },
};
