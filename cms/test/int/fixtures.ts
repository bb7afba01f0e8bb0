/** A complete, valid enquiry body; tests override one part at a time. */
export function validEnquiry(overrides: Record<string, unknown> = {}) {
  return {
    partner: 'dudley',
    answers: {
      postcode: 'dy1 1aa',
      age: 'yes',
      bedroom: 'yes',
      rightToLive: 'settled',
      home: 'own',
      convictions: 'no',
      smoking: 'no',
      daytime: 'at-home',
      pets: 'none',
      experience: 'yes',
    },
    contact: { fullName: 'Sam Carer', email: 'sam@example.com', phone: '01632 960 001', consent: true },
    privacyNoticeVersion: '2026-11',
    ...overrides,
  };
}

export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}
