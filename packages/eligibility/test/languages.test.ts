import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CHOICES,
  EMAIL_UPDATES_WORDING_VERSION,
  LANGUAGES,
  WORDING,
  emailUpdatesWording,
  evaluateAnswer,
  evaluateEligibility,
  formatDate,
  questionsFor,
  validateAnswers,
  validateContact,
  type ChoiceQuestionId,
  type Language,
} from '../src/index.ts';
import { ELIGIBLE_ANSWERS, VALID_CONTACT, wordingTexts as texts } from '../src/fixtures.ts';

const welsh: Language = 'cy';

describe('Welsh, beside English', () => {
  it('has every text English has, each in Welsh: no English left in a Welsh page', () => {
    const english = new Map(texts(WORDING.en));
    const cymraeg = new Map(texts(WORDING.cy));
    expect([...cymraeg.keys()].sort()).toEqual([...english.keys()].sort());
    const same = [...english].filter(([path, words]) => cymraeg.get(path) === words).map(([path]) => path);
    expect(same).toEqual([]);
    for (const [path, words] of cymraeg) expect(words.trim(), path).not.toBe('');
  });

  it('gives every answer the same outcome in both languages, with its reason in the carer’s', () => {
    for (const id of Object.keys(CHOICES) as ChoiceQuestionId[])
      for (const answer of CHOICES[id]) {
        const english = evaluateAnswer(id, answer, { postcodeDistricts: [] })!;
        const cymraeg = evaluateAnswer(id, answer, { postcodeDistricts: [], language: welsh })!;
        expect(cymraeg.outcome, `${id}=${answer}`).toBe(english.outcome);
        expect(cymraeg.reason).toBe((WORDING.cy.reasons[id] as Record<string, string>)[answer]);
      }
    const outside = evaluateAnswer('postcode', 'CF10 1AA', { postcodeDistricts: ['LL55'], language: welsh })!;
    expect(outside.outcome).toBe('talk-to-us');
    expect(outside.reason).toContain('0800 040 7675');
    expect(outside.reason).toMatch(/^Mae eich cod post y tu allan/);
  });

  it('evaluates a whole checker in Welsh: heading, reasons and next steps', () => {
    const outcome = evaluateEligibility(
      { postcode: 'll55 1aa', ...ELIGIBLE_ANSWERS, pets: 'three-plus-dogs' },
      { postcodeDistricts: ['LL55'], language: welsh },
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.outcome).toBe('talk-to-us');
    expect(outcome.result.heading).toBe('Efallai y gallwch faethu: siaradwch â ni yn gyntaf');
    expect(outcome.result.concerns.map((c) => c.reason)).toEqual([
      'Mae asesiad anifeiliaid anwes arbenigol ar gyfer cartrefi â thri chi neu fwy.',
    ]);
    expect(outcome.result.nextSteps).toBe(WORDING.cy.nextSteps['talk-to-us']);
    expect(outcome.result.answers.postcode).toBe('LL55 1AA');
  });

  it('says what is wrong in Welsh, field by field, and accepts the same answers as in English', () => {
    const answers = validateAnswers({ postcode: 'not a postcode' }, welsh);
    expect(answers.ok).toBe(false);
    if (answers.ok) return;
    expect(answers.errors.postcode).toBe('Rhowch god post go iawn yn y DU, fel ST16 3AA');
    expect(answers.errors.age).toBe('Dewiswch ‘Ydw’ os ydych chi’n 21 oed neu’n hŷn');
    expect(validateAnswers({ postcode: 'LL55\t1AA' }, welsh)).toMatchObject({
      errors: { postcode: expect.stringMatching(/^Mae’r maes ‘Cod post’ yn cynnwys nod rheoli cudd/) },
    });

    const contact = validateContact({ fullName: '', email: 'nope', phone: '12', callTime: 'noon' }, welsh);
    expect(contact).toEqual({
      ok: false,
      errors: {
        fullName: 'Rhowch eich enw llawn',
        email: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com',
        phone: 'Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982',
        callTime: 'Dewiswch amser o’r rhestr, neu gadewch hwn yn wag',
        consent: 'Cadarnhewch eich bod yn cytuno i rywun gysylltu â chi am faethu',
      },
    });
    for (const language of LANGUAGES) expect(validateContact(VALID_CONTACT, language).ok).toBe(true);
  });

  it('gives a Welsh partner’s own example postcode in its Welsh questions', () => {
    const [postcode, age] = questionsFor(['LL55', 'LL54'], welsh);
    expect(postcode!.hint).toMatch(/Er enghraifft, LL55 1AA\.$/);
    expect(age).toMatchObject({
      question: 'Ydych chi’n 21 oed neu’n hŷn?',
      options: [
        { value: 'yes', label: 'Ydw' },
        { value: 'no', label: 'Nac ydw' },
      ],
    });
  });

  it('writes dates as a carer reads them in each language, in UK time', () => {
    expect(formatDate('2027-06-15T12:00:00Z', 'en')).toBe('15 June 2027');
    expect(formatDate('2027-06-15T12:00:00Z', welsh)).toBe('15 Mehefin 2027');
    // 23:30 UTC is already the next day in London in summer time (BST), and still the same day in winter (GMT).
    expect(formatDate('2027-07-31T23:30:00Z', welsh)).toBe('1 Awst 2027');
    expect(formatDate('2027-12-31T23:30:00Z', welsh)).toBe('31 Rhagfyr 2027');
  });
});

/**
 * The opt-in's words are recorded with every consent by EMAIL_UPDATES_WORDING_VERSION. Changing them in any language
 * without a new version would leave consents recorded against words nobody saw: give the new words a new version and
 * their fingerprint here.
 */
const EMAIL_UPDATES_WORDINGS: Record<string, string> = {
  '2026-12-07': '3254e3e0c79d',
};

describe('the opt-in to e-mails about events and stories', () => {
  it('has one version for its words, in every language', () => {
    const words = LANGUAGES.map((language) => {
      const say = emailUpdatesWording(language);
      return [say.legend, say.label('{partner}'), say.hint].join('\n');
    }).join('\n');
    const fingerprint = createHash('sha256').update(words).digest('hex').slice(0, 12);
    expect(EMAIL_UPDATES_WORDINGS[EMAIL_UPDATES_WORDING_VERSION], words).toBe(fingerprint);
  });

  it('names the partner the e-mails come from, in each language', () => {
    for (const language of LANGUAGES)
      expect(emailUpdatesWording(language).label('Cyngor Sir Enghraifft')).toContain('Cyngor Sir Enghraifft');
  });
});
