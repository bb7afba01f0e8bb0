import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { postJson, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';

let t: TestPayload;
let dudleyTeam: Headers;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
  dudleyTeam = await authHeaders(t.rest, 'dudley@bfp.example', DEMO_PASSWORD);
});
afterAll(() => t.cleanup());

async function newEnquiry(): Promise<number> {
  const response = await t.rest('/api/enquiries/submit', postJson(validEnquiry()));
  const { reference } = (await response.json()) as { reference: string };
  const { docs } = await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } } });
  return docs[0]!.id;
}

describe('the call-back deadline', () => {
  it("falls within the partner's own office hours on a working day (Dudley: 08:45 to 16:30)", async () => {
    const enquiry = await t.payload.findByID({ collection: 'enquiries', id: await newEnquiry() });
    const deadline = new Date(enquiry.callBackBy!);
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(deadline)
        .map((p) => [p.type, p.value]),
    );
    expect(['Sat', 'Sun']).not.toContain(parts.weekday);
    const time = `${parts.hour}:${parts.minute}`;
    expect(time >= '08:45' && time <= '16:30', time).toBe(true);
    expect(deadline.getTime()).toBeGreaterThan(Date.now());
  });

  it('office hours are checked: a closing time before the opening time is refused naming it', async () => {
    const admin = await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD);
    admin.set('Content-Type', 'application/json');
    const { docs } = await t.payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } }, depth: 0 });
    const response = await t.rest(`/api/partners/${docs[0]!.id}`, {
      method: 'PATCH',
      headers: admin,
      body: JSON.stringify({ contact: { ...docs[0]!.contact, opensAt: '17:00', closesAt: '09:00' } }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('The office must close after it opens');
  });
});

/** What the partner's team does in the admin: a PATCH over REST as their own user. */
async function teamUpdates(id: number, data: Record<string, unknown>) {
  const headers = new Headers(dudleyTeam);
  headers.set('Content-Type', 'application/json');
  const response = await t.rest(`/api/enquiries/${id}`, { method: 'PATCH', headers, body: JSON.stringify(data) });
  return {
    status: response.status,
    body: (await response.json()) as { doc?: Record<string, unknown>; errors?: { message: string }[] },
  };
}

const read = (id: number) => t.payload.findByID({ collection: 'enquiries', id, overrideAccess: true });

describe('the recruitment team’s status workflow', () => {
  it('records the first contact time and the history when the team moves an enquiry on', async () => {
    const id = await newEnquiry();
    const before = Date.now();
    expect((await teamUpdates(id, { status: 'contacted' })).status).toBe(200);
    expect((await teamUpdates(id, { status: 'home-visit-booked' })).status).toBe(200);
    const enquiry = await read(id);
    expect(new Date(enquiry.firstContactAt!).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(enquiry.statusHistory?.map((change) => change.status)).toEqual(['new', 'contacted', 'home-visit-booked']);
    const who = enquiry.statusHistory![1]!.by;
    expect(typeof who === 'object' ? who?.email : who).toBeTruthy();
  });

  it('keeps a first contact time the team corrects by hand', async () => {
    const id = await newEnquiry();
    const calledAt = new Date(Date.now() - 3_600_000).toISOString();
    await teamUpdates(id, { status: 'contacted', firstContactAt: calledAt });
    expect((await read(id)).firstContactAt).toBe(calledAt);
  });

  it('needs an Ofsted withdrawal reason to withdraw, and stores it', async () => {
    const id = await newEnquiry();
    const refused = await teamUpdates(id, { status: 'withdrawn' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('Ofsted withdrawal reason');
    expect((await read(id)).status).toBe('new');

    expect((await teamUpdates(id, { status: 'withdrawn', withdrawalReason: 'AW4' })).status).toBe(200);
    const enquiry = await read(id);
    expect(enquiry.status).toBe('withdrawn');
    expect(enquiry.withdrawalReason).toBe('AW4');
    expect((await teamUpdates(id, { withdrawalReason: 'AW9' })).status).toBe(400);
  });

  it('does not let an enquiry go back to New once the carer has been contacted', async () => {
    const id = await newEnquiry();
    await teamUpdates(id, { status: 'contacted' });
    const refused = await teamUpdates(id, { status: 'new' });
    expect(refused.status).toBe(400);
    expect((await read(id)).status).toBe('contacted');
  });

  it('ignores a team member’s attempt to rewrite the history or the call-back deadline', async () => {
    const id = await newEnquiry();
    const original = await read(id);
    await teamUpdates(id, {
      callBackBy: '2099-01-01T00:00:00.000Z',
      statusHistory: [{ status: 'approved', at: '2020-01-01T00:00:00.000Z' }],
    });
    const after = await read(id);
    expect(after.callBackBy).toBe(original.callBackBy);
    expect(after.statusHistory?.map((c) => c.status)).toEqual(['new']);
  });
});

describe('the one-working-day flag', () => {
  it('flags an uncontacted enquiry past its call-back time, and clears once the team calls', async () => {
    const id = await newEnquiry();
    expect((await read(id)).callBackOverdue).toBe(false);
    // Make it a week old the way the clock would: the deadline is the stored field the flag reads.
    await t.payload.update({
      collection: 'enquiries',
      id,
      overrideAccess: true,
      data: { callBackBy: new Date(Date.now() - 86_400_000).toISOString() },
    });
    expect((await read(id)).callBackOverdue).toBe(true);
    const listed = await t.payload.find({
      collection: 'enquiries',
      where: { status: { equals: 'new' }, callBackBy: { less_than: new Date().toISOString() } },
      overrideAccess: true,
    });
    expect(listed.docs.map((d) => d.id)).toContain(id);

    await teamUpdates(id, { status: 'contacted' });
    expect((await read(id)).callBackOverdue).toBe(false);
  });
});
