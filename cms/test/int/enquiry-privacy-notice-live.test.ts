import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPayload } from './testPayload.ts';
import { startPublishingTestPayload, type DeployHookReceiver } from './deployHookReceiver.ts';
import { formFields, parsePage, postForm, postJson, validEnquiry } from './fixtures.ts';

/**
 * A partner changes its privacy notice: until its rebuilt site is live, every page a carer can load still shows the
 * old notice and sends its version. Those enquiries are accepted (and record the version the carer saw); once the
 * new site is live, the old version is refused again and the new one accepted. Site builds run through the worker's
 * real rebuild job, deploying through the stand-in publisher (recordingPublisher.ts), which a test can make fail.
 */
let t: TestPayload;
let hooks: DeployHookReceiver;
let dudleyId: number;
const OLD = '2026-11';
const NEW = '2027-01';

const submit = (privacyNoticeVersion: string) =>
  t.rest('/api/enquiries/submit', postJson(validEnquiry({ partner: 'dudley', privacyNoticeVersion })));
const consentOf = async (response: Response) => {
  const { reference } = (await response.json()) as { reference: string };
  const { docs } = await t.payload.find({
    collection: 'enquiries',
    where: { reference: { equals: reference } },
    depth: 0,
    overrideAccess: true,
  });
  return docs[0]!.consent.privacyNoticeVersion;
};
const siteBuild = async () =>
  (await t.payload.find({ collection: 'site-builds', where: { partner: { equals: dudleyId } }, depth: 0 })).docs[0]!;
const runJobs = () => t.payload.jobs.run({ allQueues: true, limit: 10 });

beforeAll(async () => {
  ({ t, hooks } = await startPublishingTestPayload());
  const { docs } = await t.payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } }, depth: 0 });
  dudleyId = docs[0]!.id;
  expect(docs[0]!.privacy.noticeVersion).toBe(OLD);
  // Dudley's site live, built with the seeded notice.
  await t.payload.update({ collection: 'partners', id: dudleyId, data: { localOffer: 'Support groups every month.' } });
  await runJobs();
  expect(await siteBuild()).toMatchObject({ status: 'live', liveNoticeVersion: OLD });
});
afterAll(async () => {
  await hooks?.stop();
  await t?.cleanup();
});

describe('a partner’s new privacy notice, before and after its rebuilt site is live', () => {
  it('before the rebuild: the live pages’ version is accepted and recorded; the new one too; an unknown one refused', async () => {
    await t.payload.update({ collection: 'partners', id: dudleyId, data: { privacy: { noticeVersion: NEW } } });
    expect((await siteBuild()).status).toBe('pending');

    const old = await submit(OLD);
    expect(old.status).toBe(201);
    expect(await consentOf(old)).toBe(OLD);
    const current = await submit(NEW);
    expect(current.status).toBe(201);
    expect(await consentOf(current)).toBe(NEW);
    expect((await submit('2025-01')).status).toBe(409);
  });

  it('the plain form on an old page is accepted too, and a form sent back to correct an answer keeps the old notice', async () => {
    const sent = await t.rest(
      '/api/enquiries/submit',
      postForm(formFields(validEnquiry({ partner: 'dudley', privacyNoticeVersion: OLD }))),
    );
    expect(sent.status).toBe(201);
    const wrong = validEnquiry({ partner: 'dudley', privacyNoticeVersion: OLD });
    const page = await parsePage(
      await t.rest('/api/enquiries/submit', postForm({ ...formFields(wrong), fullName: '' })),
    );
    expect(page.querySelector('input[name="privacyNoticeVersion"]')?.getAttribute('value')).toBe(OLD);
  });

  it('while the rebuild fails, the old live site’s version is still accepted', async () => {
    hooks.failOn(['/deploy/dudley']);
    try {
      await runJobs();
    } finally {
      hooks.failOn([]);
    }
    expect(await siteBuild()).toMatchObject({ status: 'failed', liveNoticeVersion: OLD });
    const old = await submit(OLD);
    expect(old.status).toBe(201);
    expect(await consentOf(old)).toBe(OLD);
  });

  it('once the rebuilt site is live: the old version is refused with a message saying what to do, the new one accepted', async () => {
    // Payload retries the failed job after a backoff; run that retry now rather than wait.
    const { docs: jobs } = await t.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'rebuildSites' } },
      sort: '-createdAt',
      limit: 1,
    });
    await t.payload.jobs.runByID({ id: jobs[0]!.id });
    expect(await siteBuild()).toMatchObject({ status: 'live', liveNoticeVersion: NEW });

    const old = await submit(OLD);
    expect(old.status).toBe(409);
    const body = (await old.json()) as { message: string; errors: Record<string, string> };
    expect(body.message).toMatch(new RegExp(`privacy notice has changed.*${OLD}.*${NEW}.*Reload the page`));
    expect(body.errors.privacyNoticeVersion).toContain(NEW);
    const current = await submit(NEW);
    expect(current.status).toBe(201);
    expect(await consentOf(current)).toBe(NEW);
  });
});
