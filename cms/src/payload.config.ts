import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConfig } from 'payload';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import sharp from 'sharp';
import { s3Storage } from '@payloadcms/storage-s3';
import { readCmsEnv } from './env.ts';
import { databaseAdapter } from './db.ts';
import { database } from './database.ts';
import { Users } from './collections/Users/index.ts';
import { Media } from './collections/Media/index.ts';
import { Partners } from './collections/Partners/index.ts';
import { Stories } from './collections/Stories/index.ts';
import { Pages } from './collections/Pages/index.ts';
import { ENQUIRY_DASHBOARD, Enquiries } from './collections/Enquiries/index.ts';
import { Events } from './collections/Events/index.ts';
import { Bookings } from './collections/Bookings/index.ts';
import { Faqs } from './collections/Faqs/index.ts';
import { SiteBuilds } from './collections/SiteBuilds/index.ts';
import { DataProtectionLog } from './collections/DataProtectionLog/index.ts';
import { HomePage } from './globals/HomePage/index.ts';
import { emailAdapter } from './email.ts';
import { jobs } from './jobs/index.ts';
import { readinessEndpoint } from './health/readiness.ts';
import { RateLimitWindows } from './collections/RateLimitWindows/index.ts';
import { benchBareEnquiries } from './collections/BenchBareEnquiries/index.ts';
import { previewGrantEndpoints } from './previewGrants/endpoints.ts';
import { UK_DATE_TIME, withUkDates } from './admin/ukDates.ts';
import { withControlCharactersRefused } from './fields/controlCharacters.ts';
import { localization } from './localization/config.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const env = readCmsEnv();

export default databaseAdapter(env).then((db) =>
  buildConfig({
    serverURL: env.serverUrl,
    secret: env.payloadSecret,
    db,
    editor: lexicalEditor(),
    localization,
    sharp,
    admin: {
      user: Users.slug,
      importMap: { baseDir: dirname },
      meta: { titleSuffix: ' · Big Fostering Partnership CMS' },
      // Payload's default fetches each user's picture from Gravatar: an outside request on every admin page, telling a
      // third party who is signed in. The built-in avatar is drawn locally.
      avatar: 'default',
      dateFormat: UK_DATE_TIME,
      components: {
        beforeDashboard: [ENQUIRY_DASHBOARD],
        // Production has no "create first user" form: the first admin is made on the server (collections/Users/firstAdmin.ts).
        views: { createFirstUser: { Component: '/admin/FirstAdminByOperator/index.tsx#FirstAdminByOperator' } },
      },
    },
    collections: [
      Partners,
      Stories,
      Pages,
      Faqs,
      Events,
      Enquiries,
      Bookings,
      SiteBuilds,
      DataProtectionLog,
      Media,
      Users,
      RateLimitWindows,
      ...(env.benchBareCreate ? [benchBareEnquiries()] : []),
    ],
    endpoints: [readinessEndpoint, ...previewGrantEndpoints],
    globals: [HomePage],
    // The augmentation of 'payload' lives in payloadTypes.d.ts, not in the generated file: packages that import these
    // types without importing payload (the content loader) cannot resolve an augmentation of a module they never load.
    typescript: { outputFile: path.join(dirname, 'payload-types.ts'), declare: false },
    email: emailAdapter(env),
    jobs: jobs(),
    telemetry: false,
    onInit: async (payload) => {
      // node-postgres emits 'error' on a connection the server closes (PostgreSQL restarting), idle in the pool or held
      // by a transaction; with no listener that event ends the process. The pool replaces the connection by itself and
      // the query that needed it fails on its own, so a log line is all it needs.
      const db = database(payload);
      if (db.name !== 'postgres') return;
      const warn = (error: Error) => payload.logger.warn(`[database] a connection was closed: ${error.message}`);
      db.pool.on('error', warn);
      db.pool.on('connect', (client) => client.on('error', warn));
    },
    // Uploads in an S3-compatible bucket when one is configured, so every web instance serves every image without a
    // shared disk. Untested on these machines (no object store here); MEDIA_DIR on a shared folder is what runs.
    plugins: env.s3
      ? [
          s3Storage({
            collections: { media: true },
            bucket: env.s3.bucket,
            config: {
              region: env.s3.region,
              endpoint: env.s3.endpoint,
              forcePathStyle: env.s3.forcePathStyle,
              credentials: env.s3.accessKeyId
                ? { accessKeyId: env.s3.accessKeyId, secretAccessKey: env.s3.secretAccessKey ?? '' }
                : undefined,
            },
          }),
        ]
      : [],
  }).then((config) => withControlCharactersRefused(withUkDates(config))),
);
