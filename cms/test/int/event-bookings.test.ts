import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@payloadcms/db-sqlite/drizzle';
import { authHeaders, migrateDownTo, selectSql, type TestPayload } from './testPayload.ts';
import { postJson } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import { startForMigration, type CommittedMigrations } from './committedMigrations.ts';
import type { Event } from '../../src/payload-types.ts';

/**
 * Places at information events, booked through POST /api/bookings/book on the committed migrations: a burst of
 * people for the last places never overbooks (the database's unique seat decides), the same person gets one booking,
 * bad input and closed events are refused by name and store nothing, and only the event's own council's team reads
 * the bookings.
 */
const ENDPOINT = '/api/bookings/book';
const DAY = 86_400_000;
let t: TestPayload;
let dudleyId: number;
let migrations: CommittedMigrations;
let at: number;
beforeAll(async () => {
  ({ t, all: migrations, at } = await startForMigration('_event_bookings'));
  await t.payload.db.migrate({ migrations: migrations as never });
  await seed(t.payload, { demoUsers: true });
  const { docs } = await t.payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } } });
  dudleyId = docs[0]!.id;
});
afterAll(async () => {
  await t?.cleanup();
});

let people = 0;
const person = (overrides: Record<string, unknown> = {}) => {
  people += 1;
  return { fullName: `Person ${people}`, email: `person.${people}@example.com`, ...overrides };
};
async function event(data: Partial<Event> = {}): Promise<Event> {
  return t.payload.create({
    collection: 'events',
    context: { disableRebuild: true },
    data: {
      title: `Information evening ${Date.now()}-${Math.random()}`,
      summary: 'Come and hear about Step Down fostering.',
      startsAt: new Date(Date.now() + 14 * DAY).toISOString(),
      format: 'in-person',
      venue: 'Council House',
      partner: dudleyId,
      places: 20,
      ...data,
    },
  });
}
async function book(body: Record<string, unknown>) {
  const response = await t.rest(ENDPOINT, postJson(body));
  return {
    status: response.status,
    cache: response.headers.get('cache-control'),
    json: (await response.json()) as Record<string, any>,
  };
}
const bookingsOf = async (eventId: number) =>
  (
    await t.payload.find({
      collection: 'bookings',
      where: { event: { equals: eventId } },
      overrideAccess: true,
      pagination: false,
      sort: 'createdAt',
    })
  ).docs;

describe('booking a place at an information event', () => {
  it(
    'gives exactly the places there are to a burst of 50 people for 20 places, and a waiting list to the rest',
    { timeout: 120_000 },
    async () => {
      const evening = await event({ places: 20 });
      const answers = await Promise.all(Array.from({ length: 50 }, () => book({ event: evening.id, ...person() })));
      expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(201));
      const booked = answers.filter((answer) => answer.json.status === 'booked');
      const waiting = answers.filter((answer) => answer.json.status === 'waiting');
      expect([booked.length, waiting.length]).toEqual([20, 30]);
      // Each is told their place in the queue (read as the burst goes on, so two may be told the same one).
      for (const answer of waiting) expect(answer.json.position).toBeGreaterThanOrEqual(1);
      for (const answer of waiting) expect(answer.json.position).toBeLessThanOrEqual(30);
      const stored = await bookingsOf(evening.id);
      expect(
        stored
          .filter((booking) => booking.status === 'booked')
          .map((booking) => booking.seat)
          .sort((a, b) => a! - b!),
      ).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
      expect(stored.filter((booking) => booking.status === 'waiting').every((booking) => booking.seat == null)).toBe(
        true,
      );
      expect(stored).toHaveLength(50);
      expect(answers[0]!.cache).toBe('no-store');
    },
  );

  it('gives the one place there is to one of ten people asking for it at the same moment', async () => {
    const evening = await event({ places: 1 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => book({ event: evening.id, ...person() })));
    expect(answers.map((answer) => answer.json.status).sort()).toEqual(['booked', ...Array(9).fill('waiting')]);
    expect((await bookingsOf(evening.id)).filter((booking) => booking.status === 'booked')).toHaveLength(1);
  });

  it('books the same person once, however they type their address, and says so', async () => {
    const evening = await event({ places: 5 });
    const first = await book({ event: evening.id, ...person({ email: 'Repeat.Person@Example.com' }) });
    expect(first).toMatchObject({ status: 201, json: { status: 'booked' } });
    const again = await Promise.all([
      book({ event: evening.id, fullName: 'Repeat Person', email: 'repeat.person@example.com' }),
      book({ event: evening.id, fullName: 'Repeat Person', email: ' REPEAT.PERSON@example.com ' }),
    ]);
    for (const answer of again) {
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ already: true, booking: first.json.booking, status: 'booked' });
    }
    expect(await bookingsOf(evening.id)).toHaveLength(1);
  });

  it('refuses bad details with a 400 that names each field, and stores nothing', async () => {
    const evening = await event();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ event: evening.id, fullName: '', email: 'a@example.com' }, 'fullName'],
      [{ event: evening.id, fullName: 'Sam', email: 'not-an-address' }, 'email'],
      [{ event: evening.id, fullName: 'Sam', email: 'sam@example.com', phone: '123' }, 'phone'],
      [{ event: evening.id, fullName: 'Sam', email: 'sam@example.com', accessNeeds: 'x'.repeat(501) }, 'accessNeeds'],
      [{ event: evening.id, fullName: 'Sam', email: 'sam@example.com', accessNeeds: 'a\u0000b' }, 'accessNeeds'],
      [{ event: evening.id, fullName: 'Sam', email: 'sam@example.com', emailUpdates: 'yes' }, 'emailUpdates'],
      [{ event: evening.id, fullName: 'Sam', email: 'sam@example.com', isAdmin: true }, 'isAdmin'],
      [{ event: evening.id, fullName: 'Sam', email: 'sam@example.com', website: 'http://spam' }, 'website'],
      [{ fullName: 'Sam', email: 'sam@example.com' }, 'event'],
      [{ event: 'abc', fullName: 'Sam', email: 'sam@example.com' }, 'event'],
      [{ event: 99_999_999, fullName: 'Sam', email: 'sam@example.com' }, 'event'],
      [{ event: evening.id, fullName: 'Sam', email: 'sam@example.com', language: 'fr' }, 'language'],
    ];
    for (const [body, field] of cases) {
      const answer = await book(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json.errors?.[field], JSON.stringify(body)).toEqual(expect.any(String));
    }
    expect((await t.rest(ENDPOINT, postJson('{"event":'))).status).toBe(400);
    expect((await t.rest(ENDPOINT, { method: 'POST', body: 'event=1' })).status).toBe(415);
    expect(await bookingsOf(evening.id)).toHaveLength(0);
  });

  it('refuses an event whose booking has closed, one in the past, and one not booked on the sites', async () => {
    const closed = await event({ bookingClosesAt: new Date(Date.now() - DAY).toISOString() });
    const past = await event({ startsAt: new Date(Date.now() - DAY).toISOString(), places: 10 });
    const elsewhere = await event({ places: null });
    for (const [evening, message] of [
      [closed, /has closed/],
      [past, /has closed/],
      [elsewhere, /is not booked on this site/],
    ] as const) {
      const answer = await book({ event: evening.id, ...person() });
      expect(answer.status).toBe(409);
      expect(answer.json.message).toMatch(message);
      expect(await bookingsOf(evening.id)).toHaveLength(0);
    }
  });

  it('records the opt-in to e-mails about events and stories in the words shown, naming the council running it', async () => {
    const evening = await event();
    const { json } = await book({ event: evening.id, ...person({ emailUpdates: true, language: 'cy' }) });
    const stored = await t.payload.findByID({ collection: 'bookings', id: json.booking, overrideAccess: true });
    expect(stored.language).toBe('cy');
    expect(stored.emailUpdates).toMatchObject({
      given: true,
      wording: expect.stringContaining('Dudley Metropolitan Borough Council'),
    });
    const { json: plain } = await book({ event: evening.id, ...person() });
    const unticked = await t.payload.findByID({ collection: 'bookings', id: plain.booking, overrideAccess: true });
    expect(unticked.emailUpdates?.given).toBe(false);
  });

  it('is read by the council running the event and the partnership, never by another council or the public', async () => {
    const evening = await event();
    await book({ event: evening.id, ...person({ fullName: 'Private Person' }) });
    const read = async (headers?: Headers) => {
      const response = await t.rest(`/api/bookings?where[event][equals]=${evening.id}`, { headers });
      return {
        status: response.status,
        names: ((await response.json()) as { docs?: Array<{ fullName: string }> }).docs?.map((doc) => doc.fullName),
      };
    };
    expect((await read(await authHeaders(t.rest, 'dudley@bfp.example', DEMO_PASSWORD))).names).toEqual([
      'Private Person',
    ]);
    expect((await read(await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD))).names).toEqual([
      'Private Person',
    ]);
    expect((await read(await authHeaders(t.rest, 'staffordshire@bfp.example', DEMO_PASSWORD))).names ?? []).toEqual([]);
    const anonymous = await read();
    expect(anonymous.names ?? []).toEqual([]);
    // Nobody writes a booking over REST: only the booking endpoint does.
    const created = await t.rest('/api/bookings', {
      method: 'POST',
      headers: await authHeaders(t.rest, 'dudley@bfp.example', DEMO_PASSWORD),
      body: JSON.stringify({
        event: evening.id,
        fullName: 'Forged',
        email: 'f@example.com',
        status: 'booked',
        seat: 1,
      }),
    });
    expect(created.status).toBe(403);
  });
});

describe('the event bookings migration', () => {
  it('keeps every event as it was, with no places to book, and takes the bookings away on the way down', async () => {
    expect(at).toBeGreaterThan(0);
    const before = (await t.payload.find({ collection: 'events', pagination: false, sort: 'id', depth: 0 })).docs;
    await migrateDownTo(t.payload, migrations, at);
    const titles = await selectSql<{ id: number }>(t.payload, sql`SELECT id FROM events ORDER BY id`);
    expect(titles.map((row) => row.id)).toEqual(before.map((doc) => doc.id));
    await t.payload.db.migrate({ migrations: migrations as never });
    const after = (await t.payload.find({ collection: 'events', pagination: false, sort: 'id', depth: 0 })).docs;
    expect(after.map(({ places: _p, bookingClosesAt: _b, updatedAt: _u, ...rest }) => rest)).toEqual(
      before.map(({ places: _p, bookingClosesAt: _b, updatedAt: _u, ...rest }) => rest),
    );
    expect(after.every((doc) => doc.places == null)).toBe(true);
    expect(await t.payload.count({ collection: 'bookings', overrideAccess: true })).toEqual({ totalDocs: 0 });
  });
});
