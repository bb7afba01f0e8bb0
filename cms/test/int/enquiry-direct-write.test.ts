import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enquiry } from '../../src/payload-types.ts';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { postJson, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { Enquiries } from '../../src/collections/Enquiries/index.ts';
import { HOOKS_DONE_HERE } from '../../src/collections/Enquiries/insertEnquiry.ts';

/**
 * The submit endpoint writes a new enquiry beneath Payload (collections/Enquiries/insertEnquiry.ts). These hold that
 * write to what Payload's own create stores, so a field added to the collection, or a hook, cannot be missed by it.
 */
let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: false });
});
afterAll(() => t.cleanup());

const read = async (reference: string) =>
  (
    await t.payload.find({
      collection: 'enquiries',
      where: { reference: { equals: reference } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]!;

/** Everything but what differs by construction between two enquiries: ids, the reference and key, the times. */
function comparable(enquiry: Enquiry) {
  const { id, reference, idempotencyKey, createdAt, updatedAt, consent, emails, statusHistory, ...rest } =
    enquiry as Enquiry & { idempotencyKey?: string };
  void [id, reference, idempotencyKey, createdAt, updatedAt];
  return {
    ...rest,
    consent: { ...consent, givenAt: typeof consent?.givenAt },
    emails: { ...emails, nextAttemptAt: typeof emails?.nextAttemptAt },
    statusHistory: statusHistory?.map(({ status, at, by, id: rowId }) => ({
      status,
      at: typeof at,
      by,
      rowId: typeof rowId,
    })),
  };
}

describe("the submit endpoint's direct write", () => {
  it('does the work of every hook the enquiries collection has, and no other hook exists', () => {
    // A hook added to the collection (or by a plugin) must be added to insertEnquiry too, or the endpoint go back to
    // Payload's create. Read from the running config, where plugins have had their say.
    const hooks = Object.entries(t.payload.collections.enquiries.config.hooks ?? {}).filter(
      ([, list]) => Array.isArray(list) && list.length,
    );
    expect(Object.fromEntries(hooks)).toEqual(HOOKS_DONE_HERE);
    expect(Enquiries.hooks?.beforeChange).toEqual(HOOKS_DONE_HERE.beforeChange);
  });

  it("stores, field by field, what Payload's own create stores from the same enquiry", async () => {
    const response = await t.rest(
      '/api/enquiries/submit',
      postJson(
        validEnquiry({
          contact: {
            fullName: 'Direct Write',
            email: 'direct.write@example.com',
            phone: '01632 960 123',
            callTime: 'morning',
            consent: true,
          },
        }),
      ),
    );
    expect(response.status).toBe(201);
    const direct = await read(((await response.json()) as { reference: string }).reference);

    // The same values the endpoint worked out, through Payload's create: its defaults, hooks and field rules apply.
    const viaPayload = await t.payload.create({
      collection: 'enquiries',
      overrideAccess: true,
      depth: 0,
      data: {
        reference: `${direct.reference}-P`,
        partner: direct.partner,
        sourceSite: direct.sourceSite,
        outcome: direct.outcome,
        answers: direct.answers,
        findings: direct.findings,
        contact: direct.contact,
        consent: direct.consent,
        status: direct.status,
        callBackBy: direct.callBackBy,
        idempotencyKey: `direct-write-comparison-${Date.now()}`,
        emails: { team: 'pending', carer: 'pending', attempts: 0, nextAttemptAt: new Date().toISOString() },
      },
    });

    expect(comparable(direct)).toEqual(comparable(await read(viaPayload.reference)));
    expect(direct.statusHistory).toHaveLength(1);
    expect(direct.emails).toMatchObject({ team: 'pending', carer: 'pending', attempts: 0 });
  });
});
