import type { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-mongodb';
import { layOutHomePage, type OldCampaignCopy } from '../homeLayout.ts';
import type { Payload } from 'payload';
import { database } from '../../database.ts';

type Migration = {
  name: string;
  up: (args: MigrateUpArgs) => Promise<void>;
  down: (args: MigrateDownArgs) => Promise<void>;
};

/**
 * MongoDB has no table schema to create, so its migrations move data only, created with
 * `DATABASE_URL=mongodb://… npm run payload -- migrate:create <name>`. (No MongoDB server runs on our machines: these
 * are written to match the SQL adapters' migrations and are not run by the tests.)
 */
export const migrations: Migration[] = [
  {
    // The same move as the SQL adapters' partner_blocks_and_home_layout: the home page's fixed copy becomes blocks.
    name: '20261203_184256_partner_blocks_and_home_layout',
    up: async ({ payload, req }) => {
      // Read raw: the Mongoose schema no longer knows the old fields, so Payload would not return them.
      const globals = mongo(payload).globals.collection;
      const doc = await globals.findOne({ globalType: 'campaign-copy' });
      // Payload knows the global as "home-page" since home_page_rename: the document carries that name for the write.
      const asHomePage = async (write: () => Promise<void>) => {
        await globals.updateOne({ globalType: 'campaign-copy' }, { $set: { globalType: 'home-page' } });
        await write();
        await globals.updateOne({ globalType: 'home-page' }, { $set: { globalType: 'campaign-copy' } });
      };
      await layOutHomePage(
        { payload, req },
        {
          sections: (doc?.sections as OldCampaignCopy['sections']) ?? [],
          bridgeToFoster: doc?.bridgeToFoster as OldCampaignCopy['bridgeToFoster'],
        },
        asHomePage,
      );
      await globals.updateOne({ globalType: 'campaign-copy' }, { $unset: { sections: '', bridgeToFoster: '' } });
    },
    down: async () => {
      throw new Error(
        'The home page cannot go back to fixed sections: its blocks may hold copy the old shape has no place for.',
      );
    },
  },
  {
    // The same rename as the SQL adapters' home_page_rename.
    name: '20261207_004900_home_page_rename',
    up: async ({ payload }) => renameGlobal(payload, 'campaign-copy', 'home-page'),
    down: async ({ payload }) => renameGlobal(payload, 'home-page', 'campaign-copy'),
  },
];

function mongo(payload: Payload) {
  const db = database(payload);
  if (db.name !== 'mongoose') throw new Error(`The MongoDB migrations ran on the ${db.name} adapter`);
  return db;
}

/**
 * A global's new slug: its document, its versions (a collection named after the slug; a version written since, by the
 * layout migration above, may already be in the new one) and the rows that name it (an open document's lock, an
 * editor's preferences, a scheduled publish).
 */
async function renameGlobal(payload: Payload, from: string, to: string) {
  const db = mongo(payload);
  const native = db.connection.db!;
  await db.globals.collection.updateMany({ globalType: from }, { $set: { globalType: to } });
  const versions = await native.collection(`_${from}_versions`).find().toArray();
  if (versions.length) await native.collection(`_${to}_versions`).insertMany(versions);
  if ((await native.listCollections({ name: `_${from}_versions` }).toArray()).length)
    await native.collection(`_${from}_versions`).drop();
  // Payload's own collections, by their models: mongoose may have pluralised their collections' names.
  const { collections } = db;
  await collections['payload-locked-documents']!.collection.updateMany(
    { globalSlug: from },
    { $set: { globalSlug: to } },
  );
  await collections['payload-preferences']!.collection.updateMany(
    { key: `global-${from}` },
    { $set: { key: `global-${to}` } },
  );
  await collections['payload-jobs']!.collection.updateMany({ 'input.global': from }, { $set: { 'input.global': to } });
}
