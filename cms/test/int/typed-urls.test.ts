import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Where } from 'payload';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import { paragraphsToRichText } from '../../src/seed/richText.ts';
import { reviewDateFromNow } from '../../src/seed/reviewDate.ts';

/**
 * Every URL a person can type into the CMS: only https:// (http://localhost… outside production) is stored. Partner
 * staff once saved an event whose booking link was `javascript:alert(document.domain)`, and it went live.
 */
let t: TestPayload;
type Who = 'admin' | 'dudley';
const as = {} as Record<Who, Headers>;
const ids = {} as Record<'dudley' | 'dudleyEvent' | 'story', number | string>;

beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
  for (const who of ['admin', 'dudley'] as const)
    as[who] = await authHeaders(t.rest, `${who}@bfp.example`, DEMO_PASSWORD);
  const one = async (collection: 'partners' | 'events' | 'stories', where: Where) =>
    (await t.payload.find({ collection, where, limit: 1, depth: 0 })).docs[0]!.id;
  ids.dudley = await one('partners', { slug: { equals: 'dudley' } });
  ids.dudleyEvent = await one('events', { title: { equals: 'Fostering drop-in, Dudley' } });
  ids.story = await one('stories', { slug: { equals: 'tegans-story' } });
});
afterAll(() => t.cleanup());

const ATTACKS = [
  'javascript:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  ' JaVaScRiPt:alert(document.domain)',
  // The URL parser drops tabs and line breaks anywhere: both read as javascript:.
  'java\nscript:alert(document.domain)',
  '\tjavascript:alert(document.domain)',
];
const REFUSED = /must start with https:\/\/ — "(javascript|data|vbscript):…" is not allowed/;

/** Lexical's JSON for one paragraph holding a link (or an autolink, which the editor makes from a pasted address). */
function storyTextWithLink(url: string, type: 'link' | 'autolink' = 'link') {
  const text = (words: string) => ({
    type: 'text',
    text: words,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
    version: 1,
  });
  const text0 = paragraphsToRichText(['']);
  const paragraph = {
    ...text0.root.children[0]!,
    children: [
      text('To book, '),
      {
        type,
        version: 3,
        format: '',
        indent: 0,
        direction: 'ltr',
        fields: { linkType: 'custom', url, newTab: false },
        children: [text('use this form')],
      },
      text('.'),
    ],
  };
  return { root: { ...text0.root, children: [paragraph] } };
}

interface UrlField {
  /** As the test names it: collection.path. */
  name: string;
  collection: 'events' | 'partners' | 'stories';
  /** GraphQL's name for one document: createEvent, mutationEventInput … */
  single: 'Event' | 'Partner' | 'Story';
  /** The field as the person sees it: the message must name it. */
  label: string;
  writers: Who[];
  /** The data that sets the field to `url`. */
  set: (url: string) => Record<string, unknown>;
  get: (doc: Record<string, any>) => unknown;
  /** A valid new document, before the field is set. */
  newDoc: () => Promise<Record<string, unknown>>;
  /** An existing document the writer may update. */
  target: () => number | string;
  /** What else a GraphQL update of the document must carry besides the field. */
  graphqlUpdateAlso?: (id: number | string) => Promise<Record<string, unknown>>;
}

let made = 0;
const unique = () => `typed-url-${++made}`;

// Online: GraphQL spells the select value "in-person" as the enum in_person, REST as it is.
// Payload's GraphQL update input makes a group required when any field in it is (3.90): brand, coBranding, contact, privacy.
const partnerGroups = async (id: number | string) => {
  const { brand, coBranding, contact, privacy } = await t.payload.findByID({ collection: 'partners', id, depth: 0 });
  return { brand, coBranding, contact, privacy };
};

const eventDoc = async () => ({
  title: unique(),
  summary: 'An evening of questions.',
  startsAt: new Date(Date.now() + 864e5 * 30).toISOString(),
  format: 'online',
  partner: ids.dudley,
});

const FIELDS: UrlField[] = [
  {
    name: 'events.bookingUrl',
    collection: 'events',
    single: 'Event',
    label: 'Booking link',
    writers: ['admin', 'dudley'],
    set: (url) => ({ bookingUrl: url }),
    get: (doc) => doc.bookingUrl,
    newDoc: eventDoc,
    target: () => ids.dudleyEvent,
  },
  {
    name: 'events.onlineLink',
    collection: 'events',
    single: 'Event',
    label: 'Online event link',
    writers: ['admin', 'dudley'],
    set: (url) => ({ format: 'online', onlineLink: url }),
    get: (doc) => doc.onlineLink,
    newDoc: eventDoc,
    target: () => ids.dudleyEvent,
  },
  {
    name: 'partners.deployHookUrl',
    collection: 'partners',
    single: 'Partner',
    label: 'Deploy hook URL',
    writers: ['admin'],
    set: (url) => ({ deployHookUrl: url }),
    get: (doc) => doc.deployHookUrl,
    newDoc: async () => {
      const {
        id: _id,
        createdAt: _c,
        updatedAt: _u,
        ...record
      } = await t.payload.findByID({ collection: 'partners', id: ids.dudley, depth: 0 });
      const slug = unique();
      return {
        ...record,
        name: `${slug} Council`,
        shortName: slug,
        slug,
        siteDomain: `${slug}.example.org`,
        postcodeDistricts: [],
      };
    },
    target: () => ids.dudley,
    graphqlUpdateAlso: partnerGroups,
  },
  {
    name: 'partners.privacy.noticeUrl',
    collection: 'partners',
    single: 'Partner',
    label: 'Full privacy notice link',
    writers: ['admin'],
    set: (url) => ({
      privacy: {
        dataControllerName: 'Dudley Metropolitan Borough Council',
        noticeVersion: '2026-11',
        retentionMonths: 24,
        noticeUrl: url,
      },
    }),
    get: (doc) => doc.privacy?.noticeUrl,
    newDoc: async () => FIELDS[2]!.newDoc(),
    target: () => ids.dudley,
    graphqlUpdateAlso: partnerGroups,
  },
  {
    name: 'stories.body (a link in the text)',
    collection: 'stories',
    single: 'Story',
    label: 'Story text',
    writers: ['admin'],
    set: (url) => ({ body: storyTextWithLink(url) }),
    get: (doc) => JSON.stringify(doc.body),
    newDoc: async () => {
      const slug = unique();
      return {
        title: slug,
        slug,
        summary: 'A carer’s story.',
        body: paragraphsToRichText(['Some words.']),
        shownOn: 'all',
        safeguarding: { namesChanged: true, reviewBy: reviewDateFromNow() },
        _status: 'published',
      };
    },
    target: () => ids.story,
  },
];

const json = (headers: Headers) => {
  const copy = new Headers(headers);
  copy.set('Content-Type', 'application/json');
  return copy;
};

/** Everything a refused write could have touched: the collection's documents and the site builds it would request. */
async function snapshot(collection: UrlField['collection']) {
  const docs = await t.payload.find({ collection, pagination: false, depth: 0, draft: true, sort: 'id' });
  const builds = await t.payload.find({ collection: 'site-builds', pagination: false, depth: 0, sort: 'id' });
  return JSON.stringify({ docs: docs.docs, builds: builds.docs });
}

type RestError = { errors?: Array<{ message: string; data?: { errors?: Array<{ message: string; path: string }> } }> };
type GraphQLError = {
  errors?: Array<{
    message: string;
    extensions?: { statusCode?: number; data?: { errors?: Array<{ message: string; path: string }> } };
  }>;
};

function expectRefusal(message: string | undefined, detail: string | undefined, label: string) {
  // Payload's own line names the field ("The following field is invalid: Booking link"); ours says what is wrong.
  expect(message).toContain(label);
  expect(detail).toMatch(REFUSED);
  expect(detail).toContain(label);
}

describe.each(FIELDS)('$name refuses script and data links', (field) => {
  describe.each(field.writers)('written by %s', (who) => {
    it.each(ATTACKS)(
      'over REST: create and update with %j answer 400 naming the field, and change nothing',
      async (attack) => {
        const before = await snapshot(field.collection);
        const created = await t.rest(`/api/${field.collection}`, {
          method: 'POST',
          headers: json(as[who]),
          body: JSON.stringify({ ...(await field.newDoc()), ...field.set(attack) }),
        });
        const createBody = (await created.json()) as RestError;
        expect(created.status, JSON.stringify(createBody)).toBe(400);
        expectRefusal(createBody.errors?.[0]?.message, createBody.errors?.[0]?.data?.errors?.[0]?.message, field.label);

        const updated = await t.rest(`/api/${field.collection}/${field.target()}`, {
          method: 'PATCH',
          headers: json(as[who]),
          body: JSON.stringify(field.set(attack)),
        });
        const updateBody = (await updated.json()) as RestError;
        expect(updated.status, JSON.stringify(updateBody)).toBe(400);
        expectRefusal(updateBody.errors?.[0]?.message, updateBody.errors?.[0]?.data?.errors?.[0]?.message, field.label);
        expect(await snapshot(field.collection)).toBe(before);
      },
    );

    it.each(ATTACKS)(
      'over GraphQL: create and update with %j are refused with status 400 naming the field, and change nothing',
      async (attack) => {
        const before = await snapshot(field.collection);
        const create = await t.graphql(
          `mutation ($data: mutation${field.single}Input!) { create${field.single}(data: $data) { id } }`,
          {
            variables: { data: { ...(await field.newDoc()), ...field.set(attack) } },
            headers: as[who],
          },
        );
        expect(create.body.data?.[`create${field.single}`] ?? null, JSON.stringify(create.body)).toBeNull();
        const createError = (create.body as GraphQLError).errors?.[0];
        expect(createError?.extensions?.statusCode, JSON.stringify(create.body)).toBe(400);
        expectRefusal(createError?.message, createError?.extensions?.data?.errors?.[0]?.message, field.label);

        const update = await t.graphql(
          `mutation ($id: Int!, $data: mutation${field.single}UpdateInput!) { update${field.single}(id: $id, data: $data) { id } }`,
          {
            variables: {
              id: Number(field.target()),
              data: { ...(await field.graphqlUpdateAlso?.(field.target())), ...field.set(attack) },
            },
            headers: as[who],
          },
        );
        const updateError = (update.body as GraphQLError).errors?.[0];
        expect(updateError?.extensions?.statusCode, JSON.stringify(update.body)).toBe(400);
        expectRefusal(updateError?.message, updateError?.extensions?.data?.errors?.[0]?.message, field.label);
        expect(await snapshot(field.collection)).toBe(before);
      },
    );
  });

  it('accepts an https:// address over REST and GraphQL, stored without the spaces around it', async () => {
    const url = 'https://www.example.org/fostering/book?from=site';
    const who = field.writers.at(-1)!;
    const created = await t.rest(`/api/${field.collection}`, {
      method: 'POST',
      headers: json(as[who]),
      body: JSON.stringify({ ...(await field.newDoc()), ...field.set(` ${url}\n`) }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { doc } = (await created.json()) as { doc: Record<string, any> };
    expect(field.get(await t.payload.findByID({ collection: field.collection, id: doc.id, depth: 0 }))).toContain(
      field.collection === 'stories' ? `"url":"${url}"` : url,
    );
    expect(field.get(await t.payload.findByID({ collection: field.collection, id: doc.id, depth: 0 }))).not.toContain(
      ` ${url}`,
    );

    const other = `${url}&again=1`;
    const update = await t.graphql(
      `mutation ($id: Int!, $data: mutation${field.single}UpdateInput!) { update${field.single}(id: $id, data: $data) { id } }`,
      {
        variables: { id: Number(doc.id), data: { ...(await field.graphqlUpdateAlso?.(doc.id)), ...field.set(other) } },
        headers: as[who],
      },
    );
    expect(update.body.errors, JSON.stringify(update.body)).toBeUndefined();
    expect(field.get(await t.payload.findByID({ collection: field.collection, id: doc.id, depth: 0 }))).toContain(
      other,
    );
  });

  it('refuses the same in the admin’s inline check (the field’s validate)', async () => {
    const config = t.config.collections.find((c) => c.slug === field.collection)!;
    const path = field.name.split(' ')[0]!.split('.').slice(1);
    let found: any = { fields: config.fields };
    for (const name of path) found = found.fields.find((f: { name?: string }) => f.name === name);
    const value = field.collection === 'stories' ? storyTextWithLink(ATTACKS[0]!) : ATTACKS[0];
    const result = await found.validate(value, {
      ...found,
      req: { t: (key: string) => key },
      siblingData: {},
      data: {},
    });
    expect(result).toMatch(REFUSED);
  });
});

describe('what Payload would not have checked', () => {
  it('refuses an online link kept on an in-person event, where the field is hidden and its validate skipped', async () => {
    const before = await snapshot('events');
    const response = await t.rest(`/api/events/${ids.dudleyEvent}`, {
      method: 'PATCH',
      headers: json(as.dudley),
      body: JSON.stringify({ format: 'in-person', onlineLink: 'javascript:alert(document.domain)' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(
      /Online event link must start with https:\/\/ — \\?"javascript:…\\?" is not allowed/,
    );
    expect(await snapshot('events')).toBe(before);
  });

  it('refuses a bad link in a draft of a story, which Payload saves without validating', async () => {
    const before = await snapshot('stories');
    const response = await t.rest(`/api/stories/${ids.story}?draft=true`, {
      method: 'PATCH',
      headers: json(as.admin),
      body: JSON.stringify({ body: storyTextWithLink('javascript:alert(document.domain)'), _status: 'draft' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as RestError).errors?.[0]?.data?.errors?.[0]?.message).toBe(
      'Story text: the link “use this form” must start with https:// — "javascript:…" is not allowed',
    );
    expect(await snapshot('stories')).toBe(before);
  });

  it('refuses an autolink (an address the editor linked as it was pasted) like any link', async () => {
    const response = await t.rest(`/api/stories/${ids.story}`, {
      method: 'PATCH',
      headers: json(as.admin),
      body: JSON.stringify({ body: storyTextWithLink('data:text/html,<script>alert(1)</script>', 'autolink') }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Story text: the link “use this form” must start with https://');
  });

  it('keeps internal links to documents, which hold no typed URL', async () => {
    const body = storyTextWithLink('');
    const link = (body.root.children[0]!.children as unknown as Array<Record<string, any>>)[1]!;
    link.fields = { linkType: 'internal', doc: { relationTo: 'stories', value: ids.story }, newTab: false };
    const response = await t.rest(`/api/stories/${ids.story}`, {
      method: 'PATCH',
      headers: json(as.admin),
      body: JSON.stringify({ body }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
  });

  it('tells the partner staff which field and what to do for a plain http:// booking link', async () => {
    const response = await t.rest(`/api/events/${ids.dudleyEvent}`, {
      method: 'PATCH',
      headers: json(as.dudley),
      body: JSON.stringify({ bookingUrl: 'http://www.example.org/book' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as RestError).errors?.[0]?.data?.errors?.[0]).toMatchObject({
      path: 'bookingUrl',
      message: 'Booking link must start with https:// — "http://" is not secure (it is allowed only for localhost)',
    });
  });

  it('accepts http://localhost outside production (a test here), for a deploy hook on this machine', async () => {
    const response = await t.rest(`/api/partners/${ids.dudley}`, {
      method: 'PATCH',
      headers: json(as.admin),
      body: JSON.stringify({ deployHookUrl: 'http://127.0.0.1:4999/deploy/dudley' }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
  });
});
