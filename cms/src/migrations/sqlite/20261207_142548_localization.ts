import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { moveEnglishBack, moveTextsIntoEnglish } from '../localeCopies.ts';
import { onSqlite } from '../migrationSql.ts';

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // The slug indexes' names pass to the language tables: the old ones go first.
  await db.run(sql`DROP INDEX \`stories_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`_stories_v_version_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_slug_idx\`;`)
  await db.run(sql`CREATE TABLE \`partners_local_groups_locales\` (
  	\`name\` text NOT NULL,
  	\`meets\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners_local_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_local_groups_locales_locale_parent_id_unique\` ON \`partners_local_groups_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_languages_order_idx\` ON \`partners_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partners_languages_parent_idx\` ON \`partners_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_locales\` (
  	\`contact_office_hours\` text,
  	\`contact_address\` text,
  	\`local_offer\` text,
  	\`allowances_note\` text,
  	\`support_offer\` text,
  	\`privacy_notice_url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_locales_locale_parent_id_unique\` ON \`partners_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stories_written_in\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_written_in_order_idx\` ON \`stories_written_in\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stories_written_in_parent_idx\` ON \`stories_written_in\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_written_in_value_idx\` ON \`stories_written_in\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`stories_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_slug_idx\` ON \`stories_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_locales_locale_parent_id_unique\` ON \`stories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_version_written_in\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_version_written_in_order_idx\` ON \`_stories_v_version_written_in\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_written_in_parent_idx\` ON \`_stories_v_version_written_in\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_written_in_value_idx\` ON \`_stories_v_version_written_in\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_slug_idx\` ON \`_stories_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_stories_v_locales_locale_parent_id_unique\` ON \`_stories_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_rich_text_locales\` (
  	\`content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_rich_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_rich_text_locales_locale_parent_id_unique\` ON \`pages_blocks_rich_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_key_figure_locales\` (
  	\`figure\` text,
  	\`label\` text,
  	\`source\` text,
  	\`source_url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_key_figure\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_key_figure_locales_locale_parent_id_unique\` ON \`pages_blocks_key_figure_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_steps_steps_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_steps_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_steps_steps_locales_locale_parent_id_unique\` ON \`pages_blocks_steps_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_steps_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_steps_locales_locale_parent_id_unique\` ON \`pages_blocks_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_call_to_action_locales\` (
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text DEFAULT 'Check if you could foster',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_call_to_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_call_to_action_locales_locale_parent_id_unique\` ON \`pages_blocks_call_to_action_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_quote_locales\` (
  	\`text\` text,
  	\`attribution\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_quote\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_quote_locales_locale_parent_id_unique\` ON \`pages_blocks_quote_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_image_locales\` (
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_image\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_image_locales_locale_parent_id_unique\` ON \`pages_blocks_image_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_faqs_locales\` (
  	\`heading\` text DEFAULT 'Questions people ask',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_faqs_locales_locale_parent_id_unique\` ON \`pages_blocks_faqs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_story_list_locales\` (
  	\`heading\` text DEFAULT 'Stories from foster families',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_story_list\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_story_list_locales_locale_parent_id_unique\` ON \`pages_blocks_story_list_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_events_locales\` (
  	\`heading\` text DEFAULT 'Come and find out more',
  	\`fallback\` text DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_events_locales_locale_parent_id_unique\` ON \`pages_blocks_events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_allowances_table_locales\` (
  	\`heading\` text DEFAULT 'Weekly allowances and fees',
  	\`intro\` text,
  	\`fallback\` text DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_allowances_table\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_allowances_table_locales_locale_parent_id_uniqu\` ON \`pages_blocks_allowances_table_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_partner_contact_locales\` (
  	\`heading\` text DEFAULT 'Talk to our fostering team',
  	\`fallback\` text DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_partner_contact\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_partner_contact_locales_locale_parent_id_unique\` ON \`pages_blocks_partner_contact_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_local_offer_locales\` (
  	\`heading\` text DEFAULT 'What we offer our foster carers',
  	\`fallback\` text DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_local_offer\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_local_offer_locales_locale_parent_id_unique\` ON \`pages_blocks_local_offer_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_written_in\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_written_in_order_idx\` ON \`pages_written_in\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_written_in_parent_idx\` ON \`pages_written_in\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_written_in_value_idx\` ON \`pages_written_in\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`pages_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_locales_locale_parent_id_unique\` ON \`pages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_rich_text_locales\` (
  	\`content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_rich_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_rich_text_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_rich_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_key_figure_locales\` (
  	\`figure\` text,
  	\`label\` text,
  	\`source\` text,
  	\`source_url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_key_figure\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_key_figure_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_key_figure_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_steps_steps_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_steps_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_steps_steps_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_steps_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_steps_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_steps_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_call_to_action_locales\` (
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text DEFAULT 'Check if you could foster',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_call_to_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_call_to_action_locales_locale_parent_id_uniq\` ON \`_pages_v_blocks_call_to_action_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_quote_locales\` (
  	\`text\` text,
  	\`attribution\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_quote\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_quote_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_quote_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_image_locales\` (
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_image\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_image_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_image_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_faqs_locales\` (
  	\`heading\` text DEFAULT 'Questions people ask',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_faqs_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_faqs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_story_list_locales\` (
  	\`heading\` text DEFAULT 'Stories from foster families',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_story_list\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_story_list_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_story_list_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_events_locales\` (
  	\`heading\` text DEFAULT 'Come and find out more',
  	\`fallback\` text DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_events_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_allowances_table_locales\` (
  	\`heading\` text DEFAULT 'Weekly allowances and fees',
  	\`intro\` text,
  	\`fallback\` text DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_allowances_table\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_allowances_table_locales_locale_parent_id_un\` ON \`_pages_v_blocks_allowances_table_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_partner_contact_locales\` (
  	\`heading\` text DEFAULT 'Talk to our fostering team',
  	\`fallback\` text DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_partner_contact\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_partner_contact_locales_locale_parent_id_uni\` ON \`_pages_v_blocks_partner_contact_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_local_offer_locales\` (
  	\`heading\` text DEFAULT 'What we offer our foster carers',
  	\`fallback\` text DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_local_offer\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_local_offer_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_local_offer_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_written_in\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_written_in_order_idx\` ON \`_pages_v_version_written_in\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_written_in_parent_idx\` ON \`_pages_v_version_written_in\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_written_in_value_idx\` ON \`_pages_v_version_written_in\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_locales_locale_parent_id_unique\` ON \`_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`faqs_written_in\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_written_in_order_idx\` ON \`faqs_written_in\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faqs_written_in_parent_idx\` ON \`faqs_written_in\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_written_in_value_idx\` ON \`faqs_written_in\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`faqs_locales\` (
  	\`question\` text NOT NULL,
  	\`answer\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`faqs_locales_locale_parent_id_unique\` ON \`faqs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_written_in\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_written_in_order_idx\` ON \`events_written_in\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_written_in_parent_idx\` ON \`events_written_in\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_written_in_value_idx\` ON \`events_written_in\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`venue\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_rich_text_locales\` (
  	\`content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_rich_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_rich_text_locales_locale_parent_id_unique\` ON \`home_page_blocks_rich_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_key_figure_locales\` (
  	\`figure\` text,
  	\`label\` text,
  	\`source\` text,
  	\`source_url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_key_figure\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_key_figure_locales_locale_parent_id_unique\` ON \`home_page_blocks_key_figure_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_steps_steps_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_steps_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_steps_steps_locales_locale_parent_id_unique\` ON \`home_page_blocks_steps_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_steps_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_steps_locales_locale_parent_id_unique\` ON \`home_page_blocks_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_call_to_action_locales\` (
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text DEFAULT 'Check if you could foster',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_call_to_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_call_to_action_locales_locale_parent_id_uni\` ON \`home_page_blocks_call_to_action_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_quote_locales\` (
  	\`text\` text,
  	\`attribution\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_quote\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_quote_locales_locale_parent_id_unique\` ON \`home_page_blocks_quote_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_image_locales\` (
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_image\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_image_locales_locale_parent_id_unique\` ON \`home_page_blocks_image_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_faqs_locales\` (
  	\`heading\` text DEFAULT 'Questions people ask',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_faqs_locales_locale_parent_id_unique\` ON \`home_page_blocks_faqs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_story_list_locales\` (
  	\`heading\` text DEFAULT 'Stories from foster families',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_story_list\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_story_list_locales_locale_parent_id_unique\` ON \`home_page_blocks_story_list_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_events_locales\` (
  	\`heading\` text DEFAULT 'Come and find out more',
  	\`fallback\` text DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_events_locales_locale_parent_id_unique\` ON \`home_page_blocks_events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_allowances_table_locales\` (
  	\`heading\` text DEFAULT 'Weekly allowances and fees',
  	\`intro\` text,
  	\`fallback\` text DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_allowances_table\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_allowances_table_locales_locale_parent_id_u\` ON \`home_page_blocks_allowances_table_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_partner_contact_locales\` (
  	\`heading\` text DEFAULT 'Talk to our fostering team',
  	\`fallback\` text DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_partner_contact\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_partner_contact_locales_locale_parent_id_un\` ON \`home_page_blocks_partner_contact_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_local_offer_locales\` (
  	\`heading\` text DEFAULT 'What we offer our foster carers',
  	\`fallback\` text DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_local_offer\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_local_offer_locales_locale_parent_id_unique\` ON \`home_page_blocks_local_offer_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_written_in\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_written_in_order_idx\` ON \`home_page_written_in\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_written_in_parent_idx\` ON \`home_page_written_in\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_written_in_value_idx\` ON \`home_page_written_in\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`home_page_locales\` (
  	\`headline\` text,
  	\`intro\` text,
  	\`checker_intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_locales_locale_parent_id_unique\` ON \`home_page_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_blocks_rich_text_locales\` (
  	\`content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v_blocks_rich_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_blocks_rich_text_locales_locale_parent_id_uniqu\` ON \`_home_page_v_blocks_rich_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_blocks_key_figure_locales\` (
  	\`figure\` text,
  	\`label\` text,
  	\`source\` text,
  	\`source_url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v_blocks_key_figure\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_blocks_key_figure_locales_locale_parent_id_uniq\` ON \`_home_page_v_blocks_key_figure_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_blocks_steps_steps_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v_blocks_steps_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_blocks_steps_steps_locales_locale_parent_id_uni\` ON \`_home_page_v_blocks_steps_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_blocks_steps_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v_blocks_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_blocks_steps_locales_locale_parent_id_unique\` ON \`_home_page_v_blocks_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_blocks_call_to_action_locales\` (
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text DEFAULT 'Check if you could foster',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v_blocks_call_to_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_blocks_call_to_action_locales_locale_parent_id_\` ON \`_home_page_v_blocks_call_to_action_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_blocks_quote_locales\` (
  	\`text\` text,
  	\`attribution\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v_blocks_quote\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_blocks_quote_locales_locale_parent_id_unique\` ON \`_home_page_v_blocks_quote_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_blocks_image_locales\` (
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v_blocks_image\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_blocks_image_locales_locale_parent_id_unique\` ON \`_home_page_v_blocks_image_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_blocks_faqs_locales\` (
  	\`heading\` text DEFAULT 'Questions people ask',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v_blocks_faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_blocks_faqs_locales_locale_parent_id_unique\` ON \`_home_page_v_blocks_faqs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_blocks_story_list_locales\` (
  	\`heading\` text DEFAULT 'Stories from foster families',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v_blocks_story_list\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_blocks_story_list_locales_locale_parent_id_uniq\` ON \`_home_page_v_blocks_story_list_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_blocks_events_locales\` (
  	\`heading\` text DEFAULT 'Come and find out more',
  	\`fallback\` text DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v_blocks_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_blocks_events_locales_locale_parent_id_unique\` ON \`_home_page_v_blocks_events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_blocks_allowances_table_locales\` (
  	\`heading\` text DEFAULT 'Weekly allowances and fees',
  	\`intro\` text,
  	\`fallback\` text DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v_blocks_allowances_table\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_blocks_allowances_table_locales_locale_parent_i\` ON \`_home_page_v_blocks_allowances_table_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_blocks_partner_contact_locales\` (
  	\`heading\` text DEFAULT 'Talk to our fostering team',
  	\`fallback\` text DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v_blocks_partner_contact\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_blocks_partner_contact_locales_locale_parent_id\` ON \`_home_page_v_blocks_partner_contact_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_blocks_local_offer_locales\` (
  	\`heading\` text DEFAULT 'What we offer our foster carers',
  	\`fallback\` text DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v_blocks_local_offer\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_blocks_local_offer_locales_locale_parent_id_uni\` ON \`_home_page_v_blocks_local_offer_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_version_written_in\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_home_page_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_home_page_v_version_written_in_order_idx\` ON \`_home_page_v_version_written_in\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_home_page_v_version_written_in_parent_idx\` ON \`_home_page_v_version_written_in\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_home_page_v_version_written_in_value_idx\` ON \`_home_page_v_version_written_in\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_home_page_v_locales\` (
  	\`version_headline\` text,
  	\`version_intro\` text,
  	\`version_checker_intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_page_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_page_v_locales_locale_parent_id_unique\` ON \`_home_page_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  // Every existing text becomes its English version before its old column goes.
  await moveTextsIntoEnglish(onSqlite(db, sql.raw));
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_stories_v_snapshot_idx\` ON \`_stories_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_published_locale_idx\` ON \`_stories_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_body\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_home_page_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_home_page_v_snapshot_idx\` ON \`_home_page_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_home_page_v_published_locale_idx\` ON \`_home_page_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_home_page_v\` DROP COLUMN \`version_headline\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v\` DROP COLUMN \`version_intro\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v\` DROP COLUMN \`version_checker_intro\`;`)
  await db.run(sql`ALTER TABLE \`partners_local_groups\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`partners_local_groups\` DROP COLUMN \`meets\`;`)
  await db.run(sql`ALTER TABLE \`partners_local_groups\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`contact_office_hours\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`contact_address\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`local_offer\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`allowances_note\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`support_offer\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`privacy_notice_url\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_rich_text\` DROP COLUMN \`content\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_key_figure\` DROP COLUMN \`figure\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_key_figure\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_key_figure\` DROP COLUMN \`source\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_key_figure\` DROP COLUMN \`source_url\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_steps_steps\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_steps_steps\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_steps\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_call_to_action\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_call_to_action\` DROP COLUMN \`text\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_call_to_action\` DROP COLUMN \`button_label\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_quote\` DROP COLUMN \`text\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_quote\` DROP COLUMN \`attribution\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_image\` DROP COLUMN \`caption\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_faqs\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_story_list\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_events\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_events\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_allowances_table\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_allowances_table\` DROP COLUMN \`intro\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_allowances_table\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_partner_contact\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_partner_contact\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_local_offer\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_local_offer\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_rich_text\` DROP COLUMN \`content\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_key_figure\` DROP COLUMN \`figure\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_key_figure\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_key_figure\` DROP COLUMN \`source\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_key_figure\` DROP COLUMN \`source_url\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_steps_steps\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_steps_steps\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_steps\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_call_to_action\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_call_to_action\` DROP COLUMN \`text\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_call_to_action\` DROP COLUMN \`button_label\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_quote\` DROP COLUMN \`text\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_quote\` DROP COLUMN \`attribution\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_image\` DROP COLUMN \`caption\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_faqs\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_story_list\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_events\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_events\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_allowances_table\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_allowances_table\` DROP COLUMN \`intro\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_allowances_table\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_partner_contact\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_partner_contact\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_local_offer\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_local_offer\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`faqs\` DROP COLUMN \`question\`;`)
  await db.run(sql`ALTER TABLE \`faqs\` DROP COLUMN \`answer\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`venue\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`alt\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_rich_text\` DROP COLUMN \`content\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_key_figure\` DROP COLUMN \`figure\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_key_figure\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_key_figure\` DROP COLUMN \`source\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_key_figure\` DROP COLUMN \`source_url\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_steps_steps\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_steps_steps\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_steps\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_call_to_action\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_call_to_action\` DROP COLUMN \`text\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_call_to_action\` DROP COLUMN \`button_label\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_quote\` DROP COLUMN \`text\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_quote\` DROP COLUMN \`attribution\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_image\` DROP COLUMN \`caption\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_faqs\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_story_list\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_events\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_events\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_allowances_table\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_allowances_table\` DROP COLUMN \`intro\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_allowances_table\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_partner_contact\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_partner_contact\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_local_offer\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_local_offer\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`home_page\` DROP COLUMN \`headline\`;`)
  await db.run(sql`ALTER TABLE \`home_page\` DROP COLUMN \`intro\`;`)
  await db.run(sql`ALTER TABLE \`home_page\` DROP COLUMN \`checker_intro\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_rich_text\` DROP COLUMN \`content\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_key_figure\` DROP COLUMN \`figure\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_key_figure\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_key_figure\` DROP COLUMN \`source\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_key_figure\` DROP COLUMN \`source_url\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_steps_steps\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_steps_steps\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_steps\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_call_to_action\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_call_to_action\` DROP COLUMN \`text\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_call_to_action\` DROP COLUMN \`button_label\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_quote\` DROP COLUMN \`text\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_quote\` DROP COLUMN \`attribution\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_image\` DROP COLUMN \`caption\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_faqs\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_story_list\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_events\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_events\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_allowances_table\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_allowances_table\` DROP COLUMN \`intro\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_allowances_table\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_partner_contact\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_partner_contact\` DROP COLUMN \`fallback\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_local_offer\` DROP COLUMN \`heading\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_local_offer\` DROP COLUMN \`fallback\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_stories_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_stories_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_body\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_home_page_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_home_page_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v\` ADD \`version_headline\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v\` ADD \`version_intro\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v\` ADD \`version_checker_intro\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`ALTER TABLE \`partners_local_groups\` ADD \`name\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`partners_local_groups\` ADD \`meets\` text;`)
  await db.run(sql`ALTER TABLE \`partners_local_groups\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`contact_office_hours\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`contact_address\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`local_offer\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`allowances_note\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`support_offer\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`privacy_notice_url\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_rich_text\` ADD \`content\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_key_figure\` ADD \`figure\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_key_figure\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_key_figure\` ADD \`source\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_key_figure\` ADD \`source_url\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_steps_steps\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_steps_steps\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_steps\` ADD \`heading\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_call_to_action\` ADD \`heading\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_call_to_action\` ADD \`text\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_call_to_action\` ADD \`button_label\` text DEFAULT 'Check if you could foster';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_quote\` ADD \`text\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_quote\` ADD \`attribution\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_image\` ADD \`caption\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_faqs\` ADD \`heading\` text DEFAULT 'Questions people ask';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_story_list\` ADD \`heading\` text DEFAULT 'Stories from foster families';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_events\` ADD \`heading\` text DEFAULT 'Come and find out more';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_events\` ADD \`fallback\` text DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_allowances_table\` ADD \`heading\` text DEFAULT 'Weekly allowances and fees';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_allowances_table\` ADD \`intro\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_allowances_table\` ADD \`fallback\` text DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_partner_contact\` ADD \`heading\` text DEFAULT 'Talk to our fostering team';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_partner_contact\` ADD \`fallback\` text DEFAULT 'Call or e-mail us and we will get back to you within one working day.';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_local_offer\` ADD \`heading\` text DEFAULT 'What we offer our foster carers';`)
  await db.run(sql`ALTER TABLE \`pages_blocks_local_offer\` ADD \`fallback\` text DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_rich_text\` ADD \`content\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_key_figure\` ADD \`figure\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_key_figure\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_key_figure\` ADD \`source\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_key_figure\` ADD \`source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_steps_steps\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_steps_steps\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_steps\` ADD \`heading\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_call_to_action\` ADD \`heading\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_call_to_action\` ADD \`text\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_call_to_action\` ADD \`button_label\` text DEFAULT 'Check if you could foster';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_quote\` ADD \`text\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_quote\` ADD \`attribution\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_image\` ADD \`caption\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_faqs\` ADD \`heading\` text DEFAULT 'Questions people ask';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_story_list\` ADD \`heading\` text DEFAULT 'Stories from foster families';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_events\` ADD \`heading\` text DEFAULT 'Come and find out more';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_events\` ADD \`fallback\` text DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_allowances_table\` ADD \`heading\` text DEFAULT 'Weekly allowances and fees';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_allowances_table\` ADD \`intro\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_allowances_table\` ADD \`fallback\` text DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_partner_contact\` ADD \`heading\` text DEFAULT 'Talk to our fostering team';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_partner_contact\` ADD \`fallback\` text DEFAULT 'Call or e-mail us and we will get back to you within one working day.';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_local_offer\` ADD \`heading\` text DEFAULT 'What we offer our foster carers';`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_local_offer\` ADD \`fallback\` text DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.';`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`question\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`answer\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`title\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`summary\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`venue\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`alt\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_rich_text\` ADD \`content\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_key_figure\` ADD \`figure\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_key_figure\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_key_figure\` ADD \`source\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_key_figure\` ADD \`source_url\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_steps_steps\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_steps_steps\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_steps\` ADD \`heading\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_call_to_action\` ADD \`heading\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_call_to_action\` ADD \`text\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_call_to_action\` ADD \`button_label\` text DEFAULT 'Check if you could foster';`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_quote\` ADD \`text\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_quote\` ADD \`attribution\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_image\` ADD \`caption\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_faqs\` ADD \`heading\` text DEFAULT 'Questions people ask';`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_story_list\` ADD \`heading\` text DEFAULT 'Stories from foster families';`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_events\` ADD \`heading\` text DEFAULT 'Come and find out more';`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_events\` ADD \`fallback\` text DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.';`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_allowances_table\` ADD \`heading\` text DEFAULT 'Weekly allowances and fees';`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_allowances_table\` ADD \`intro\` text;`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_allowances_table\` ADD \`fallback\` text DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.';`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_partner_contact\` ADD \`heading\` text DEFAULT 'Talk to our fostering team';`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_partner_contact\` ADD \`fallback\` text DEFAULT 'Call or e-mail us and we will get back to you within one working day.';`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_local_offer\` ADD \`heading\` text DEFAULT 'What we offer our foster carers';`)
  await db.run(sql`ALTER TABLE \`home_page_blocks_local_offer\` ADD \`fallback\` text DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.';`)
  await db.run(sql`ALTER TABLE \`home_page\` ADD \`headline\` text;`)
  await db.run(sql`ALTER TABLE \`home_page\` ADD \`intro\` text;`)
  await db.run(sql`ALTER TABLE \`home_page\` ADD \`checker_intro\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_rich_text\` ADD \`content\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_key_figure\` ADD \`figure\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_key_figure\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_key_figure\` ADD \`source\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_key_figure\` ADD \`source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_steps_steps\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_steps_steps\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_steps\` ADD \`heading\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_call_to_action\` ADD \`heading\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_call_to_action\` ADD \`text\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_call_to_action\` ADD \`button_label\` text DEFAULT 'Check if you could foster';`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_quote\` ADD \`text\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_quote\` ADD \`attribution\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_image\` ADD \`caption\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_faqs\` ADD \`heading\` text DEFAULT 'Questions people ask';`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_story_list\` ADD \`heading\` text DEFAULT 'Stories from foster families';`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_events\` ADD \`heading\` text DEFAULT 'Come and find out more';`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_events\` ADD \`fallback\` text DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.';`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_allowances_table\` ADD \`heading\` text DEFAULT 'Weekly allowances and fees';`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_allowances_table\` ADD \`intro\` text;`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_allowances_table\` ADD \`fallback\` text DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.';`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_partner_contact\` ADD \`heading\` text DEFAULT 'Talk to our fostering team';`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_partner_contact\` ADD \`fallback\` text DEFAULT 'Call or e-mail us and we will get back to you within one working day.';`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_local_offer\` ADD \`heading\` text DEFAULT 'What we offer our foster carers';`)
  await db.run(sql`ALTER TABLE \`_home_page_v_blocks_local_offer\` ADD \`fallback\` text DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.';`)
  // The English versions go back into their own columns before the tables that hold them go.
  await moveEnglishBack(onSqlite(db, sql.raw));
  await db.run(sql`DROP TABLE \`partners_local_groups_locales\`;`)
  await db.run(sql`DROP TABLE \`partners_languages\`;`)
  await db.run(sql`DROP TABLE \`partners_locales\`;`)
  await db.run(sql`DROP TABLE \`stories_written_in\`;`)
  await db.run(sql`DROP TABLE \`stories_locales\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_written_in\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_rich_text_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_key_figure_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_steps_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_call_to_action_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_quote_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_image_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_faqs_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_story_list_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_events_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_allowances_table_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_partner_contact_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_local_offer_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_written_in\`;`)
  await db.run(sql`DROP TABLE \`pages_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_rich_text_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_key_figure_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_steps_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_call_to_action_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_quote_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_image_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_faqs_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_story_list_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_events_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_allowances_table_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_partner_contact_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_local_offer_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_written_in\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`faqs_written_in\`;`)
  await db.run(sql`DROP TABLE \`faqs_locales\`;`)
  await db.run(sql`DROP TABLE \`events_written_in\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_rich_text_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_key_figure_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_steps_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_call_to_action_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_quote_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_image_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_faqs_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_story_list_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_events_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_allowances_table_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_partner_contact_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_local_offer_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_written_in\`;`)
  await db.run(sql`DROP TABLE \`home_page_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_blocks_rich_text_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_blocks_key_figure_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_blocks_steps_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_blocks_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_blocks_call_to_action_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_blocks_quote_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_blocks_image_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_blocks_faqs_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_blocks_story_list_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_blocks_events_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_blocks_allowances_table_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_blocks_partner_contact_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_blocks_local_offer_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_version_written_in\`;`)
  await db.run(sql`DROP TABLE \`_home_page_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_slug_idx\` ON \`_stories_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_slug_idx\` ON \`stories\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
}
