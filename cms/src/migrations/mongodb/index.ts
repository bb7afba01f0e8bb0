import type { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-mongodb';
import { layOutHomePage, type OldCampaignCopy } from '../homeLayout.ts';
import { database } from '../../database.ts';

type Migration = { name: string; up: (args: MigrateUpArgs) => Promise<void>; down: (args: MigrateDownArgs) => Promise<void> };

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
      const db = database(payload);
      if (db.name !== 'mongoose') throw new Error(`The MongoDB migrations ran on the ${db.name} adapter`);
      const globals = db.globals.collection;
      const doc = await globals.findOne({ globalType: 'campaign-copy' });
      await layOutHomePage({ payload, req }, { sections: (doc?.sections as OldCampaignCopy['sections']) ?? [], bridgeToFoster: doc?.bridgeToFoster as OldCampaignCopy['bridgeToFoster'] });
      await globals.updateOne({ globalType: 'campaign-copy' }, { $unset: { sections: '', bridgeToFoster: '' } });
    },
    down: async () => {
      throw new Error('The home page cannot go back to fixed sections: its blocks may hold copy the old shape has no place for.');
    },
  },
];
