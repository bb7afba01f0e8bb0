import { describe, expect, it } from 'vitest';
import {
  CONTACT_MESSAGES,
  controlCharacterMessage,
  evaluateEligibility,
  hasControlCharacter,
  validateContact,
  validateContactField,
  normalisePostcode,
  postcodeDistrict,
} from '../src/index.ts';
import { VALID_CONTACT } from '../src/fixtures.ts';

const context = { postcodeDistricts: [] };

describe('validateAnswers (through evaluateEligibility)', () => {
  it('names every unanswered question with its own message', () => {
    const outcome = evaluateEligibility({}, context);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(Object.keys(outcome.errors)).toHaveLength(10);
    expect(outcome.errors.age).toBe('Select yes if you are 21 or over');
    expect(outcome.errors.postcode).toBe('Enter your postcode');
  });

  it('rejects answers that are not options, wrong types and unknown questions', () => {
    const outcome = evaluateEligibility({ age: 'maybe', bedroom: 3, religion: 'any' }, context);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.age).toMatch(/Select yes/);
    expect(outcome.errors.bedroom).toMatch(/must be text/);
    expect(outcome.errors.religion).toBe('"religion" is not an eligibility question');
  });

  it('rejects a postcode that is not a postcode', () => {
    const outcome = evaluateEligibility({ postcode: 'not a postcode' }, context);
    expect(!outcome.ok && outcome.errors.postcode).toBe('Enter a real UK postcode, like ST16 3AA');
  });

  it('refuses control characters in answers: a tab in a postcode is not read as a space, and a choice never matches', () => {
    for (const postcode of ['ST16\t3AA', 'ST16\u00003AA', 'ST16 3AA\n', '\u001bST16 3AA']) {
      const outcome = evaluateEligibility({ postcode }, context);
      expect(!outcome.ok && outcome.errors.postcode).toBe(controlCharacterMessage('Postcode'));
    }
    const outcome = evaluateEligibility({ postcode: 'ST16 3AA', age: 'yes\u0000', 'age\u0000': 'yes' }, context);
    expect(!outcome.ok && outcome.errors.age).toBe('Select yes if you are 21 or over');
    expect(!outcome.ok && outcome.errors['age\u0000']).toMatch(/is not an eligibility question/);
  });

  it('rejects input that is not an object', () => {
    expect(evaluateEligibility('yes', context).ok).toBe(false);
    expect(evaluateEligibility(['yes'], context).ok).toBe(false);
    expect(evaluateEligibility(null, context).ok).toBe(false);
  });
});

describe('postcodes', () => {
  it.each([
    ['st16 3aa', 'ST16 3AA', 'ST16'],
    ['  ST163AA ', 'ST16 3AA', 'ST16'],
    ['dy1', 'DY1', 'DY1'],
    ['EC1A 1BB', 'EC1A 1BB', 'EC1A'],
    ['b15 2tt', 'B15 2TT', 'B15'],
  ])('reads %j as %s in district %s', (input, normalised, district) => {
    expect(normalisePostcode(input)).toBe(normalised);
    expect(postcodeDistrict(input)).toBe(district);
  });

  it.each(['', 'hello', '12345', 'ST16 3A', '<script>'])('finds no district in %j', (input) => {
    expect(postcodeDistrict(input)).toBeNull();
  });
});

describe('validateContact', () => {
  const valid = VALID_CONTACT;

  it('accepts and trims valid details', () => {
    const outcome = validateContact({ ...valid, fullName: '  Sam Carer ' });
    expect(outcome).toEqual({ ok: true, value: { ...valid, callTime: null, emailUpdates: false } });
  });

  it('takes a good time to call when given, and none when left blank', () => {
    expect(validateContact({ ...valid, callTime: 'evening' })).toEqual({
      ok: true,
      value: { ...valid, callTime: 'evening', emailUpdates: false },
    });
    expect(validateContact({ ...valid, callTime: '' })).toEqual({
      ok: true,
      value: { ...valid, callTime: null, emailUpdates: false },
    });
  });

  it.each(["o'brien+fostering@example.co.uk", 'siân.jones@cymru.example', 'x@sub.domain.example.org'])(
    'accepts the real-world address %s',
    (email) => {
      expect(validateContact({ ...valid, email }).ok).toBe(true);
    },
  );

  it('accepts +44 mobile numbers', () => {
    expect(validateContact({ ...valid, phone: '+44 7700 900982' }).ok).toBe(true);
  });

  it.each([
    ['fullName', '', 'Enter your full name'],
    ['fullName', 'x'.repeat(101), 'Full name must be 100 characters or fewer'],
    ['email', 'sam@', 'Enter an email address in the correct format, like name@example.com'],
    ['email', '<script>x</script>@example.com', 'Enter an email address in the correct format, like name@example.com'],
    ['email', '"sam"@example.com', 'Enter an email address in the correct format, like name@example.com'],
    ['phone', '123', 'Enter a UK phone number, like 01632 960 001 or 07700 900 982'],
    ['phone', '01632 <b>960</b>', 'Enter a UK phone number, like 01632 960 001 or 07700 900 982'],
    ['callTime', 'midnight', 'Choose a time from the list, or leave it blank'],
    ['callTime', '<b>any</b>', 'Choose a time from the list, or leave it blank'],
    ['consent', false, 'Confirm that you agree to be contacted about fostering'],
    ['consent', 'true', 'Confirm that you agree to be contacted about fostering'],
    ['emailUpdates', 'yes', 'Tick the box to get e-mails about events and stories, or leave it unticked'],
    ['emailUpdates', 1, 'Tick the box to get e-mails about events and stories, or leave it unticked'],
    ['emailUpdates', null, 'Tick the box to get e-mails about events and stories, or leave it unticked'],
  ])('rejects %s = %j with "%s"', (field, value, message) => {
    const outcome = validateContact({ ...valid, [field]: value });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors[field]).toBe(message);
  });

  // Every C0 control character and DEL: NUL reached PostgreSQL once, which cannot store it and refused every retry.
  const CONTROLS = [...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)), '\u007f'];

  it.each(['fullName', 'email', 'phone'] as const)(
    'refuses every control character in %s, at either end or inside, naming the field',
    (field) => {
      for (const control of CONTROLS) {
        for (const value of [
          `${control}${valid[field]}`,
          `${valid[field]}${control}`,
          `${valid[field].slice(0, 3)}${control}${valid[field].slice(3)}`,
        ]) {
          const outcome = validateContact({ ...valid, [field]: value });
          expect(outcome.ok, `${field} = ${JSON.stringify(value)}`).toBe(false);
          expect(!outcome.ok && outcome.errors[field]).toBe(CONTACT_MESSAGES[field].controlCharacter);
        }
      }
      expect(CONTACT_MESSAGES.fullName.controlCharacter).toMatch(/^Full name contains a hidden control character/);
      expect(CONTACT_MESSAGES.email.controlCharacter).toMatch(/^Email address /);
      expect(CONTACT_MESSAGES.phone.controlCharacter).toMatch(/^Phone number /);
    },
  );

  it('gives the form the same message field by field, as it validates each one', () => {
    expect(validateContactField('fullName', 'Sam\u0000Carer')).toBe(CONTACT_MESSAGES.fullName.controlCharacter);
    expect(validateContactField('fullName', 'Siân O’Brien-Jones')).toBeNull();
  });

  it('takes the opt-in to e-mails about events and stories as unticked unless it is ticked', () => {
    expect(validateContact(valid)).toMatchObject({ ok: true, value: { emailUpdates: false } });
    expect(validateContact({ ...valid, emailUpdates: false })).toMatchObject({
      ok: true,
      value: { emailUpdates: false },
    });
    expect(validateContact({ ...valid, emailUpdates: true })).toMatchObject({
      ok: true,
      value: { emailUpdates: true },
    });
  });

  it('rejects unknown fields', () => {
    const outcome = validateContact({ ...valid, isAdmin: true });
    expect(!outcome.ok && outcome.errors.isAdmin).toBe('"isAdmin" is not a contact field');
  });
});

describe('hasControlCharacter', () => {
  it('allows only tab, line feed and carriage return in multi-line text, and none of C0 or DEL in single-line text', () => {
    for (let code = 0; code < 32; code += 1) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(hasControlCharacter(text, 'single'), `U+${code.toString(16)}`).toBe(true);
      expect(hasControlCharacter(text, 'multi'), `U+${code.toString(16)}`).toBe(![9, 10, 13].includes(code));
    }
    expect(hasControlCharacter('a\u007fb', 'multi')).toBe(true);
    // Printable text of every kind passes, C1 and format characters included (they are Unicode text, not C0).
    expect(hasControlCharacter('Siân Ó Briain-Jones, 東京 🙂 \u00a0\u200d', 'single')).toBe(false);
  });
});
