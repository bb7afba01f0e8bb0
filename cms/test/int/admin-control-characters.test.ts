import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from 'payload';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import { paragraphsToRichText } from '../../src/seed/richText.ts';
import { postJson, validEnquiry } from './fixtures.ts';

/**
 * What staff type into the admin refuses control characters, field by field, with a 400 naming the field: PostgreSQL
 * cannot store a NUL (the save failed with a message nobody could act on) and SQLite kept it. Multi-line fields keep
 * their line breaks and tabs.
 */
let t: TestPayload;
let editor: Headers;
let admin: Headers;
let dudley: Headers;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
  const json = (headers: Headers) => (headers.set('Content-Type', 'application/json'), headers);
  editor = json(await authHeaders(t.rest, 'editor@bfp.example', DEMO_PASSWORD));
  admin = json(await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD));
  dudley = json(await authHeaders(t.rest, 'dudley@bfp.example', DEMO_PASSWORD));
});
afterAll(() => t.cleanup());

type Refusal = { errors?: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }> };

/** The fields a 400 names, and their messages, as the admin's form reads them to mark the fields. */
async function refusedFields(response: Response): Promise<Record<string, string>> {
  expect(response.status, await response.clone().text()).toBe(400);
  const body = (await response.json()) as Refusal;
  return Object.fromEntries(
    (body.errors ?? []).flatMap((error) => error.data?.errors ?? []).map(({ path, message }) => [path, message]),
  );
}

const count = async (collection: 'stories' | 'faqs' | 'pages') =>
  (await t.payload.count({ collection, overrideAccess: true, draft: true } as never)).totalDocs;

describe('control characters in the admin', () => {
  it('refuses a NUL in a story title over REST, even in a draft (drafts skip validation), storing nothing', async () => {
    const before = await count('stories');
    const response = await t.rest('/api/stories?draft=true', {
      method: 'POST',
      headers: editor,
      body: JSON.stringify({ title: 'Sam\u0000 and Jo', _status: 'draft' }),
    });
    const fields = await refusedFields(response);
    expect(fields.title).toMatch(/^Title contains a hidden control character/);
    expect(await count('stories')).toBe(before);
  });

  it('refuses a NUL in rich text, and keeps a tab and line breaks there', async () => {
    const refused = await t.rest('/api/stories?draft=true', {
      method: 'POST',
      headers: editor,
      body: JSON.stringify({
        title: 'Rich text',
        body: paragraphsToRichText(['Fine', 'Not\u0000 fine']),
        _status: 'draft',
      }),
    });
    expect(Object.keys(await refusedFields(refused))).toEqual(['body']);
    const kept = await t.rest('/api/stories?draft=true', {
      method: 'POST',
      headers: editor,
      body: JSON.stringify({
        title: 'Rich text',
        body: paragraphsToRichText(['A\ttab\nand a break']),
        _status: 'draft',
      }),
    });
    expect(kept.status, await kept.clone().text()).toBe(201);
  });

  it('names a field inside a block by its path', async () => {
    const before = await count('pages');
    const layout = [
      { blockType: 'keyFigure', figure: '12', label: 'groups a year', source: 'Sample' },
      { blockType: 'callToAction', heading: 'Start\u001b[31m here', buttonLabel: 'Check if you could foster' },
    ];
    const response = await t.rest('/api/pages', {
      method: 'POST',
      headers: editor,
      body: JSON.stringify({
        title: 'Support',
        slug: 'support-cc',
        summary: 'Where carers meet.',
        layout,
        shownOn: 'all',
      }),
    });
    const fields = await refusedFields(response);
    expect(Object.keys(fields)).toEqual(['layout.1.heading']);
    expect(fields['layout.1.heading']).toMatch(/^Heading contains a hidden control character/);
    expect(await count('pages')).toBe(before);
  });

  it('refuses a tab or line break in a single-line field, and keeps them in a multi-line one (an FAQ)', async () => {
    const before = await count('faqs');
    for (const question of ['Can I\tfoster?', 'Can I\nfoster?', 'Can I foster?\u007f']) {
      const fields = await refusedFields(
        await t.rest('/api/faqs', {
          method: 'POST',
          headers: editor,
          body: JSON.stringify({ question, answer: 'Yes.' }),
        }),
      );
      expect(Object.keys(fields)).toEqual(['question']);
    }
    const nul = await refusedFields(
      await t.rest('/api/faqs', {
        method: 'POST',
        headers: editor,
        body: JSON.stringify({ question: 'Can I foster?', answer: 'Yes.\u0000' }),
      }),
    );
    expect(nul.answer).toMatch(/^Answer contains a hidden control character .*line breaks and tabs are fine/);
    expect(await count('faqs')).toBe(before);
    const kept = await t.rest('/api/faqs', {
      method: 'POST',
      headers: editor,
      body: JSON.stringify({ question: 'Can I foster?', answer: 'Yes.\r\n\tMost people can.' }),
    });
    expect(kept.status, await kept.clone().text()).toBe(201);
  });

  it("refuses a NUL in a partner's name through the Local API, as a person and as the CMS itself, changing nothing", async () => {
    const { docs } = await t.payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } }, depth: 0 });
    const partner = docs[0]!;
    const adminUser = (await t.payload.find({ collection: 'users', where: { email: { equals: 'admin@bfp.example' } } }))
      .docs[0]!;
    for (const as of [{ overrideAccess: false, user: adminUser }, {}]) {
      const error = await t.payload
        .update({
          collection: 'partners',
          id: partner.id,
          data: { name: 'Dudley\u0000 Council' },
          context: { disableRebuild: true },
          ...as,
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).status).toBe(400);
      expect((error as ValidationError).data.errors).toEqual([
        expect.objectContaining({
          path: 'name',
          message: expect.stringMatching(/^Name contains a hidden control character/),
        }),
      ]);
    }
    expect((await t.payload.findByID({ collection: 'partners', id: partner.id, depth: 0 })).name).toBe(partner.name);
  });

  it("refuses a NUL in a partner's address over REST (a textarea in a group) and in a user's name", async () => {
    const { docs } = await t.payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } }, depth: 0 });
    const partner = docs[0]!;
    const fields = await refusedFields(
      await t.rest(`/api/partners/${partner.id}`, {
        method: 'PATCH',
        headers: admin,
        body: JSON.stringify({ contact: { ...partner.contact, address: '1 High St\u0000' } }),
      }),
    );
    expect(Object.keys(fields)).toEqual(['contact.address']);
    const me = (await (await t.rest('/api/users/me', { headers: admin })).json()) as { user: { id: number } };
    expect(
      Object.keys(
        await refusedFields(
          await t.rest(`/api/users/${me.user.id}`, {
            method: 'PATCH',
            headers: admin,
            body: JSON.stringify({ name: 'Demo\u0000 Admin' }),
          }),
        ),
      ),
    ).toEqual(['name']);
  });

  it("refuses a NUL in an enquiry's call notes, keeps line breaks there, and is not tripped by read-only values sent back", async () => {
    const submitted = await t.rest(
      '/api/enquiries/submit',
      postJson(validEnquiry({ partner: 'dudley', answers: { ...validEnquiry().answers, postcode: 'DY1 1AA' } })),
    );
    expect(submitted.status).toBe(201);
    const { reference } = (await submitted.json()) as { reference: string };
    const enquiry = (
      await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } }, depth: 0 })
    ).docs[0]!;
    const fields = await refusedFields(
      await t.rest(`/api/enquiries/${enquiry.id}`, {
        method: 'PATCH',
        headers: dudley,
        body: JSON.stringify({ notes: 'Called\u0000 at 10' }),
      }),
    );
    expect(Object.keys(fields)).toEqual(['notes']);
    // The e-mail outbox may hold a relay's multi-line reply; the admin's form sends it back with every save, and
    // field access drops it before the check.
    const saved = await t.rest(`/api/enquiries/${enquiry.id}`, {
      method: 'PATCH',
      headers: dudley,
      body: JSON.stringify({ notes: 'Called at 10.\nNo answer.', emails: { lastError: '421 busy\r\n421 try later' } }),
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
  });

  it('refuses a NUL in the Home page (a global)', async () => {
    const fields = await refusedFields(
      await t.rest('/api/globals/home-page?draft=true', {
        method: 'POST',
        headers: editor,
        body: JSON.stringify({ headline: 'Foster\u0000 with us', _status: 'draft' }),
      }),
    );
    expect(Object.keys(fields)).toEqual(['headline']);
  });
});

describe('queries', () => {
  it('answer a control character in a filter, an id or a sort with a 400 naming it, over REST and GraphQL', async () => {
    // On PostgreSQL each of these was a 500 "Something went wrong": it cannot take a NUL, even in a WHERE.
    for (const [path, part] of [
      ['/api/partners?where[name][equals]=a%00b', 'where'],
      ['/api/stories?where[slug][like]=%00', 'where'],
      ['/api/faqs?sort=%00', 'sort'],
    ] as const) {
      const response = await t.rest(path);
      expect(response.status, path).toBe(400);
      expect(((await response.json()) as Refusal).errors?.[0]?.message, path).toContain(
        `request's ${part} contains a hidden control character`,
      );
    }
    // Numeric ids (SQLite, PostgreSQL) cannot hold a NUL: no document has one (it was a 500 too, as was "abc").
    for (const path of ['/api/partners/%00', '/api/partners/abc']) expect((await t.rest(path)).status, path).toBe(404);
    const graphql = await t.graphql('query { Partners(where: { name: { equals: "a\\u0000b" } }) { docs { id } } }');
    expect(graphql.errors[0]?.extensions?.statusCode).toBe(400);
    expect(graphql.errors[0]?.message).toContain('contains a hidden control character');
    // A line break may be looked for, and an ordinary query still answers.
    expect((await t.rest('/api/partners?where[name][equals]=a%0Ab')).status).toBe(200);
    expect((await t.rest('/api/partners?where[name][equals]=Dudley')).status).toBe(200);
  });
});
