import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`rate_limit_windows\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rate_limit_windows_key_idx\` ON \`rate_limit_windows\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`rate_limit_windows_expires_at_idx\` ON \`rate_limit_windows\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`rate_limit_windows_updated_at_idx\` ON \`rate_limit_windows\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rate_limit_windows_created_at_idx\` ON \`rate_limit_windows\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`emails_team\` text DEFAULT 'pending';`)
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`emails_carer\` text DEFAULT 'pending';`)
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`emails_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`emails_next_attempt_at\` text;`)
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`emails_claimed_until\` text;`)
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`emails_last_error\` text;`)
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`email_not_delivered\` integer DEFAULT false;`)
  // Data: enquiries stored before the outbox had their e-mails as jobs. Completed jobs are gone (Payload deletes them),
  // so an enquiry without a waiting job was e-mailed; a waiting job becomes a due outbox entry, and a job that gave up
  // becomes "not delivered" for the team to see. The old jobs are then removed (their tasks no longer exist).
  await db.run(sql`UPDATE \`enquiries\` SET \`emails_team\` = 'sent', \`emails_carer\` = 'sent';`)
  for (const [task, column] of [['notifyPartnerOfEnquiry', 'emails_team'], ['acknowledgeEnquiry', 'emails_carer']] as const) {
    const jobsOf = (hasError: 0 | 1) =>
      sql`SELECT json_extract(\`input\`, '$.enquiry') FROM \`payload_jobs\` WHERE \`task_slug\` = ${task} AND \`completed_at\` IS NULL AND coalesce(\`has_error\`, 0) = ${hasError}`
    await db.run(sql`UPDATE \`enquiries\` SET ${sql.identifier(column)} = 'pending', \`emails_next_attempt_at\` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE CAST(\`id\` AS TEXT) IN (${jobsOf(0)});`)
    await db.run(sql`UPDATE \`enquiries\` SET ${sql.identifier(column)} = 'failed', \`email_not_delivered\` = 1 WHERE CAST(\`id\` AS TEXT) IN (${jobsOf(1)});`)
  }
  await db.run(sql`DELETE FROM \`payload_jobs\` WHERE \`task_slug\` IN ('notifyPartnerOfEnquiry', 'acknowledgeEnquiry');`)
  await db.run(sql`CREATE INDEX \`enquiries_emails_emails_next_attempt_at_idx\` ON \`enquiries\` (\`emails_next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_email_not_delivered_idx\` ON \`enquiries\` (\`email_not_delivered\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rate_limit_windows_id\` integer REFERENCES rate_limit_windows(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_windows_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_windows_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`rate_limit_windows\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` integer,
  	\`stories_id\` integer,
  	\`faqs_id\` integer,
  	\`events_id\` integer,
  	\`enquiries_id\` integer,
  	\`site_builds_id\` integer,
  	\`data_protection_log_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiries_id\`) REFERENCES \`enquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`data_protection_log_id\`) REFERENCES \`data_protection_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "partners_id", "stories_id", "faqs_id", "events_id", "enquiries_id", "site_builds_id", "data_protection_log_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "partners_id", "stories_id", "faqs_id", "events_id", "enquiries_id", "site_builds_id", "data_protection_log_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_data_protection_log_id_idx\` ON \`payload_locked_documents_rels\` (\`data_protection_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`enquiries_emails_emails_next_attempt_at_idx\`;`)
  await db.run(sql`DROP INDEX \`enquiries_email_not_delivered_idx\`;`)
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`emails_team\`;`)
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`emails_carer\`;`)
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`emails_attempts\`;`)
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`emails_next_attempt_at\`;`)
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`emails_claimed_until\`;`)
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`emails_last_error\`;`)
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`email_not_delivered\`;`)
}
