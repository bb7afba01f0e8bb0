import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Field } from 'payload';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import { SLUG } from '../../src/fields/slug/rule.ts';
import { paragraphsToRichText } from '../../src/seed/richText.ts';

let t: TestPayload;
let editor: Headers;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
  editor = await authHeaders(t.rest, 'editor@bfp.example', DEMO_PASSWORD);
  editor.set('Content-Type', 'application/json');
});
afterAll(() => t.cleanup());

const body = paragraphsToRichText(['A story, written with care.']);
type StoryDoc = { id: number | string; slug?: string | null; title: string };

/** A draft, as the admin's "Save draft" sends it: nothing but what is given. */
async function saveDraft(data: Record<string, unknown>): Promise<StoryDoc> {
  const response = await t.rest('/api/stories?draft=true', {
    method: 'POST',
    headers: editor,
    body: JSON.stringify({ ...data, _status: 'draft' }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { doc: StoryDoc }).doc;
}

async function patch(id: StoryDoc['id'], data: Record<string, unknown>): Promise<StoryDoc> {
  const response = await t.rest(`/api/stories/${id}?draft=true`, {
    method: 'PATCH',
    headers: editor,
    body: JSON.stringify(data),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { doc: StoryDoc }).doc;
}

describe("a story's slug", () => {
  it('is filled from the title when a story is saved without one, as lower-case words joined by hyphens', async () => {
    const doc = await saveDraft({ title: 'Sam’s first year: café & garden' });
    expect(doc.slug).toBe('sams-first-year-cafe-and-garden');
    expect(doc.slug).toMatch(SLUG);
  });

  it('is numbered when another story has that slug already', async () => {
    const first = await saveDraft({ title: 'A weekend together' });
    const second = await saveDraft({ title: 'A weekend together' });
    expect([first.slug, second.slug]).toEqual(['a-weekend-together', 'a-weekend-together-2']);
  });

  it('is never changed once it is there: a new title keeps the address', async () => {
    const given = await saveDraft({ title: 'Jo and Kim', slug: 'jo-kim' });
    expect(given.slug).toBe('jo-kim');
    expect((await patch(given.id, { title: 'Jo and Kim, two years on' })).slug).toBe('jo-kim');
  });

  it('is filled again from the title when emptied by hand', async () => {
    const doc = await saveDraft({ title: 'Emptied by hand', slug: 'something-else' });
    expect((await patch(doc.id, { slug: '' })).slug).toBe('emptied-by-hand');
  });
});

describe('publishing a story without its safeguarding record', () => {
  async function publish(data: Record<string, unknown>) {
    const response = await t.rest('/api/stories', {
      method: 'POST',
      headers: editor,
      body: JSON.stringify({ title: 'Not yet', summary: 's', body, shownOn: 'all', _status: 'published', ...data }),
    });
    expect(response.status).toBe(400);
    return (await response.json()) as {
      errors: Array<{ message: string; data: { errors: Array<{ path: string; message: string }> } }>;
    };
  }

  it('is refused in one sentence per missing item, and each field still carries its own message', async () => {
    const body = await publish({ slug: 'not-yet' });
    expect(body.errors[0]!.message).toBe(
      'This story cannot be published yet. Confirm names and identifying details are changed before publishing. Set a review date before publishing.',
    );
    expect(body.errors[0]!.data.errors.map((e) => e.path).sort()).toEqual([
      'safeguarding.namesChanged',
      'safeguarding.reviewBy',
    ]);
  });

  it('names the image consent and where it is held when the story has a consented image', async () => {
    const image = (
      await t.payload.find({ collection: 'media', where: { mimeType: { equals: 'image/png' } }, limit: 1 })
    ).docs[0]!;
    const body = await publish({
      slug: 'not-yet-with-image',
      image: image.id,
      safeguarding: { namesChanged: true, imageConsent: 'consented', reviewBy: '2027-06-15T12:00:00.000Z' },
    });
    expect(body.errors[0]!.message).toBe('This story cannot be published yet. Say where the written consent is held.');
  });

  it('names any other missing field in a sentence too, and never as a comma-split list', async () => {
    const body = await publish({ slug: 'not-yet-no-summary', summary: undefined });
    const { message } = body.errors[0]!;
    expect(message).toContain('Summary is required.');
    expect(message).toContain('Set a review date before publishing.');
    expect(message).not.toMatch(/invalid|:/);
  });
});

describe('the admin', () => {
  it("shows each image's picture: its thumbnail, or the file itself for an SVG logo", async () => {
    const admin = await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD);
    const { docs } = (await (await t.rest('/api/media?limit=100&depth=0', { headers: admin })).json()) as {
      docs: Array<{
        filename: string;
        mimeType: string;
        thumbnailURL: string | null;
        sizes: { thumbnail?: { filename?: string | null } };
      }>;
    };
    const logo = docs.find((d) => d.mimeType === 'image/svg+xml')!;
    expect(logo.thumbnailURL).toBe(`http://localhost:3999/api/media/file/${encodeURIComponent(logo.filename)}`);
    const photo = docs.find((d) => d.mimeType === 'image/png')!;
    expect(photo.sizes.thumbnail?.filename).toBeTruthy();
    expect(photo.thumbnailURL).toBe(
      `http://localhost:3999/api/media/file/${encodeURIComponent(photo.sizes.thumbnail!.filename!)}`,
    );
  });

  it('writes every date the UK way, with weeks from Monday, and draws avatars itself', () => {
    expect(t.config.admin.avatar).toBe('default');
    expect(t.config.admin.dateFormat).toBe('dd/MM/yyyy HH:mm');
    const dateFields: Array<{ where: string; field: Extract<Field, { type: 'date' }> }> = [];
    const walk = (where: string, fields: Field[]) => {
      for (const field of fields) {
        if (field.type === 'date') dateFields.push({ where: `${where}.${field.name}`, field });
        if ('fields' in field && Array.isArray(field.fields))
          walk('name' in field && field.name ? `${where}.${field.name}` : where, field.fields);
        if (field.type === 'tabs') for (const tab of field.tabs) walk(where, tab.fields);
      }
    };
    for (const entity of [...t.config.collections, ...t.config.globals]) walk(entity.slug, entity.fields);
    expect(dateFields.map((d) => d.where)).toEqual(
      expect.arrayContaining([
        'stories.safeguarding.reviewBy',
        'stories.createdAt',
        'enquiries.updatedAt',
        'events.startsAt',
      ]),
    );
    for (const { where, field } of dateFields) {
      const date = field.admin?.date as {
        displayFormat?: string;
        pickerAppearance?: string;
        overrides?: { calendarStartDay?: number };
      };
      expect(date.displayFormat, where).toMatch(/^(dd\/MM\/yyyy( HH:mm)?|HH:mm|MMMM yyyy)$/);
      expect(date.overrides?.calendarStartDay, where).toBe(1);
    }
    const picker = (where: string) => dateFields.find((d) => d.where === where)!.field.admin!.date;
    expect(picker('events.startsAt')).toMatchObject({ displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' });
    expect(picker('stories.updatedAt')).toMatchObject({
      pickerAppearance: 'dayAndTime',
      displayFormat: 'dd/MM/yyyy HH:mm',
    });
    expect(picker('stories.safeguarding.reviewBy')).toMatchObject({ displayFormat: 'dd/MM/yyyy' });
  });
});
