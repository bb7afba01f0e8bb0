import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { layOutHomePageInSql, type OldCampaignCopy } from '../homeLayout.ts'
import { onSqlite } from '../migrationSql.ts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Read before the schema change below drops them; written back as the home page's blocks at the end.
  const sections = await db.all<{ heading: string; body: string }>(sql`SELECT heading, body FROM campaign_copy_sections ORDER BY _order`)
  const [bridgeToFoster] = await db.all<NonNullable<OldCampaignCopy['bridgeToFoster']>>(
    sql`SELECT bridge_to_foster_heading AS heading, bridge_to_foster_body AS body, bridge_to_foster_success_rate AS successRate FROM campaign_copy`,
  )
  await db.run(sql`CREATE TABLE \`partners_allowances_bands\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`age_band\` text NOT NULL,
  	\`weekly_allowance\` numeric NOT NULL,
  	\`weekly_fee\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_allowances_bands_order_idx\` ON \`partners_allowances_bands\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`partners_allowances_bands_parent_id_idx\` ON \`partners_allowances_bands\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_local_groups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`meets\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_local_groups_order_idx\` ON \`partners_local_groups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`partners_local_groups_parent_id_idx\` ON \`partners_local_groups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_faqs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Questions people ask',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_faqs_order_idx\` ON \`pages_blocks_faqs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_faqs_parent_id_idx\` ON \`pages_blocks_faqs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_faqs_path_idx\` ON \`pages_blocks_faqs\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_story_list\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Stories from foster families',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_story_list_order_idx\` ON \`pages_blocks_story_list\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_story_list_parent_id_idx\` ON \`pages_blocks_story_list\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_story_list_path_idx\` ON \`pages_blocks_story_list\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_events\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Come and find out more',
  	\`fallback\` text DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_events_order_idx\` ON \`pages_blocks_events\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_events_parent_id_idx\` ON \`pages_blocks_events\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_events_path_idx\` ON \`pages_blocks_events\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_allowances_table\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Weekly allowances and fees',
  	\`intro\` text,
  	\`fallback\` text DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_allowances_table_order_idx\` ON \`pages_blocks_allowances_table\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_allowances_table_parent_id_idx\` ON \`pages_blocks_allowances_table\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_allowances_table_path_idx\` ON \`pages_blocks_allowances_table\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_partner_contact\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Talk to our fostering team',
  	\`fallback\` text DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_partner_contact_order_idx\` ON \`pages_blocks_partner_contact\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_partner_contact_parent_id_idx\` ON \`pages_blocks_partner_contact\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_partner_contact_path_idx\` ON \`pages_blocks_partner_contact\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_local_offer\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'What we offer our foster carers',
  	\`fallback\` text DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_local_offer_order_idx\` ON \`pages_blocks_local_offer\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_local_offer_parent_id_idx\` ON \`pages_blocks_local_offer\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_local_offer_path_idx\` ON \`pages_blocks_local_offer\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_faqs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Questions people ask',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_faqs_order_idx\` ON \`_pages_v_blocks_faqs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_faqs_parent_id_idx\` ON \`_pages_v_blocks_faqs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_faqs_path_idx\` ON \`_pages_v_blocks_faqs\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_story_list\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Stories from foster families',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_story_list_order_idx\` ON \`_pages_v_blocks_story_list\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_story_list_parent_id_idx\` ON \`_pages_v_blocks_story_list\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_story_list_path_idx\` ON \`_pages_v_blocks_story_list\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_events\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Come and find out more',
  	\`fallback\` text DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_events_order_idx\` ON \`_pages_v_blocks_events\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_events_parent_id_idx\` ON \`_pages_v_blocks_events\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_events_path_idx\` ON \`_pages_v_blocks_events\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_allowances_table\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Weekly allowances and fees',
  	\`intro\` text,
  	\`fallback\` text DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_allowances_table_order_idx\` ON \`_pages_v_blocks_allowances_table\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_allowances_table_parent_id_idx\` ON \`_pages_v_blocks_allowances_table\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_allowances_table_path_idx\` ON \`_pages_v_blocks_allowances_table\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_partner_contact\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Talk to our fostering team',
  	\`fallback\` text DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_partner_contact_order_idx\` ON \`_pages_v_blocks_partner_contact\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_partner_contact_parent_id_idx\` ON \`_pages_v_blocks_partner_contact\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_partner_contact_path_idx\` ON \`_pages_v_blocks_partner_contact\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_local_offer\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'What we offer our foster carers',
  	\`fallback\` text DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_local_offer_order_idx\` ON \`_pages_v_blocks_local_offer\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_local_offer_parent_id_idx\` ON \`_pages_v_blocks_local_offer\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_local_offer_path_idx\` ON \`_pages_v_blocks_local_offer\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`content_html\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_rich_text_order_idx\` ON \`campaign_copy_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_rich_text_parent_id_idx\` ON \`campaign_copy_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_rich_text_path_idx\` ON \`campaign_copy_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_blocks_key_figure\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`figure\` text,
  	\`label\` text,
  	\`source\` text,
  	\`source_url\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_key_figure_order_idx\` ON \`campaign_copy_blocks_key_figure\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_key_figure_parent_id_idx\` ON \`campaign_copy_blocks_key_figure\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_key_figure_path_idx\` ON \`campaign_copy_blocks_key_figure\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_blocks_steps_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy_blocks_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_steps_steps_order_idx\` ON \`campaign_copy_blocks_steps_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_steps_steps_parent_id_idx\` ON \`campaign_copy_blocks_steps_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_blocks_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_steps_order_idx\` ON \`campaign_copy_blocks_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_steps_parent_id_idx\` ON \`campaign_copy_blocks_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_steps_path_idx\` ON \`campaign_copy_blocks_steps\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text DEFAULT 'Check if you could foster',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_call_to_action_order_idx\` ON \`campaign_copy_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_call_to_action_parent_id_idx\` ON \`campaign_copy_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_call_to_action_path_idx\` ON \`campaign_copy_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_blocks_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`attribution\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_quote_order_idx\` ON \`campaign_copy_blocks_quote\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_quote_parent_id_idx\` ON \`campaign_copy_blocks_quote\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_quote_path_idx\` ON \`campaign_copy_blocks_quote\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_blocks_image\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`caption\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_image_order_idx\` ON \`campaign_copy_blocks_image\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_image_parent_id_idx\` ON \`campaign_copy_blocks_image\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_image_path_idx\` ON \`campaign_copy_blocks_image\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_image_image_idx\` ON \`campaign_copy_blocks_image\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_blocks_faqs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Questions people ask',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_faqs_order_idx\` ON \`campaign_copy_blocks_faqs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_faqs_parent_id_idx\` ON \`campaign_copy_blocks_faqs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_faqs_path_idx\` ON \`campaign_copy_blocks_faqs\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_blocks_story_list\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Stories from foster families',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_story_list_order_idx\` ON \`campaign_copy_blocks_story_list\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_story_list_parent_id_idx\` ON \`campaign_copy_blocks_story_list\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_story_list_path_idx\` ON \`campaign_copy_blocks_story_list\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_blocks_events\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Come and find out more',
  	\`fallback\` text DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_events_order_idx\` ON \`campaign_copy_blocks_events\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_events_parent_id_idx\` ON \`campaign_copy_blocks_events\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_events_path_idx\` ON \`campaign_copy_blocks_events\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_blocks_allowances_table\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Weekly allowances and fees',
  	\`intro\` text,
  	\`fallback\` text DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_allowances_table_order_idx\` ON \`campaign_copy_blocks_allowances_table\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_allowances_table_parent_id_idx\` ON \`campaign_copy_blocks_allowances_table\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_allowances_table_path_idx\` ON \`campaign_copy_blocks_allowances_table\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_blocks_partner_contact\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Talk to our fostering team',
  	\`fallback\` text DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_partner_contact_order_idx\` ON \`campaign_copy_blocks_partner_contact\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_partner_contact_parent_id_idx\` ON \`campaign_copy_blocks_partner_contact\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_partner_contact_path_idx\` ON \`campaign_copy_blocks_partner_contact\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_blocks_local_offer\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'What we offer our foster carers',
  	\`fallback\` text DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_local_offer_order_idx\` ON \`campaign_copy_blocks_local_offer\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_local_offer_parent_id_idx\` ON \`campaign_copy_blocks_local_offer\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_blocks_local_offer_path_idx\` ON \`campaign_copy_blocks_local_offer\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaign_copy_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`faqs_id\` integer,
  	\`stories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_rels_order_idx\` ON \`campaign_copy_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_rels_parent_idx\` ON \`campaign_copy_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_rels_path_idx\` ON \`campaign_copy_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_rels_faqs_id_idx\` ON \`campaign_copy_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_rels_stories_id_idx\` ON \`campaign_copy_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`content_html\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_rich_text_order_idx\` ON \`_campaign_copy_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_rich_text_parent_id_idx\` ON \`_campaign_copy_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_rich_text_path_idx\` ON \`_campaign_copy_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_blocks_key_figure\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`figure\` text,
  	\`label\` text,
  	\`source\` text,
  	\`source_url\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_key_figure_order_idx\` ON \`_campaign_copy_v_blocks_key_figure\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_key_figure_parent_id_idx\` ON \`_campaign_copy_v_blocks_key_figure\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_key_figure_path_idx\` ON \`_campaign_copy_v_blocks_key_figure\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_blocks_steps_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v_blocks_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_steps_steps_order_idx\` ON \`_campaign_copy_v_blocks_steps_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_steps_steps_parent_id_idx\` ON \`_campaign_copy_v_blocks_steps_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_blocks_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_steps_order_idx\` ON \`_campaign_copy_v_blocks_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_steps_parent_id_idx\` ON \`_campaign_copy_v_blocks_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_steps_path_idx\` ON \`_campaign_copy_v_blocks_steps\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text DEFAULT 'Check if you could foster',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_call_to_action_order_idx\` ON \`_campaign_copy_v_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_call_to_action_parent_id_idx\` ON \`_campaign_copy_v_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_call_to_action_path_idx\` ON \`_campaign_copy_v_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_blocks_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`attribution\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_quote_order_idx\` ON \`_campaign_copy_v_blocks_quote\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_quote_parent_id_idx\` ON \`_campaign_copy_v_blocks_quote\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_quote_path_idx\` ON \`_campaign_copy_v_blocks_quote\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_blocks_image\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`caption\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_image_order_idx\` ON \`_campaign_copy_v_blocks_image\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_image_parent_id_idx\` ON \`_campaign_copy_v_blocks_image\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_image_path_idx\` ON \`_campaign_copy_v_blocks_image\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_image_image_idx\` ON \`_campaign_copy_v_blocks_image\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_blocks_faqs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Questions people ask',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_faqs_order_idx\` ON \`_campaign_copy_v_blocks_faqs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_faqs_parent_id_idx\` ON \`_campaign_copy_v_blocks_faqs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_faqs_path_idx\` ON \`_campaign_copy_v_blocks_faqs\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_blocks_story_list\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Stories from foster families',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_story_list_order_idx\` ON \`_campaign_copy_v_blocks_story_list\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_story_list_parent_id_idx\` ON \`_campaign_copy_v_blocks_story_list\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_story_list_path_idx\` ON \`_campaign_copy_v_blocks_story_list\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_blocks_events\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Come and find out more',
  	\`fallback\` text DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_events_order_idx\` ON \`_campaign_copy_v_blocks_events\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_events_parent_id_idx\` ON \`_campaign_copy_v_blocks_events\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_events_path_idx\` ON \`_campaign_copy_v_blocks_events\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_blocks_allowances_table\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Weekly allowances and fees',
  	\`intro\` text,
  	\`fallback\` text DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_allowances_table_order_idx\` ON \`_campaign_copy_v_blocks_allowances_table\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_allowances_table_parent_id_idx\` ON \`_campaign_copy_v_blocks_allowances_table\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_allowances_table_path_idx\` ON \`_campaign_copy_v_blocks_allowances_table\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_blocks_partner_contact\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Talk to our fostering team',
  	\`fallback\` text DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_partner_contact_order_idx\` ON \`_campaign_copy_v_blocks_partner_contact\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_partner_contact_parent_id_idx\` ON \`_campaign_copy_v_blocks_partner_contact\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_partner_contact_path_idx\` ON \`_campaign_copy_v_blocks_partner_contact\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_blocks_local_offer\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'What we offer our foster carers',
  	\`fallback\` text DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_local_offer_order_idx\` ON \`_campaign_copy_v_blocks_local_offer\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_local_offer_parent_id_idx\` ON \`_campaign_copy_v_blocks_local_offer\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_blocks_local_offer_path_idx\` ON \`_campaign_copy_v_blocks_local_offer\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`faqs_id\` integer,
  	\`stories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_rels_order_idx\` ON \`_campaign_copy_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_rels_parent_idx\` ON \`_campaign_copy_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_rels_path_idx\` ON \`_campaign_copy_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_rels_faqs_id_idx\` ON \`_campaign_copy_v_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_rels_stories_id_idx\` ON \`_campaign_copy_v_rels\` (\`stories_id\`);`)
  await db.run(sql`DROP TABLE \`campaign_copy_sections\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_version_sections\`;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`allowances_applies_from\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`allowances_note\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`support_offer\` text;`)
  await db.run(sql`ALTER TABLE \`pages_rels\` ADD \`faqs_id\` integer REFERENCES faqs(id);`)
  await db.run(sql`ALTER TABLE \`pages_rels\` ADD \`stories_id\` integer REFERENCES stories(id);`)
  await db.run(sql`CREATE INDEX \`pages_rels_faqs_id_idx\` ON \`pages_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_stories_id_idx\` ON \`pages_rels\` (\`stories_id\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_rels\` ADD \`faqs_id\` integer REFERENCES faqs(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v_rels\` ADD \`stories_id\` integer REFERENCES stories(id);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_faqs_id_idx\` ON \`_pages_v_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_stories_id_idx\` ON \`_pages_v_rels\` (\`stories_id\`);`)
  await db.run(sql`ALTER TABLE \`campaign_copy\` DROP COLUMN \`bridge_to_foster_heading\`;`)
  await db.run(sql`ALTER TABLE \`campaign_copy\` DROP COLUMN \`bridge_to_foster_body\`;`)
  await db.run(sql`ALTER TABLE \`campaign_copy\` DROP COLUMN \`bridge_to_foster_success_rate\`;`)
  await db.run(sql`ALTER TABLE \`_campaign_copy_v\` DROP COLUMN \`version_bridge_to_foster_heading\`;`)
  await db.run(sql`ALTER TABLE \`_campaign_copy_v\` DROP COLUMN \`version_bridge_to_foster_body\`;`)
  await db.run(sql`ALTER TABLE \`_campaign_copy_v\` DROP COLUMN \`version_bridge_to_foster_success_rate\`;`)
  await layOutHomePageInSql(onSqlite(db, sql.raw), { sections, bridgeToFoster })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaign_copy_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`body\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_copy_sections_order_idx\` ON \`campaign_copy_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_copy_sections_parent_id_idx\` ON \`campaign_copy_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaign_copy_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_version_sections_order_idx\` ON \`_campaign_copy_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaign_copy_v_version_sections_parent_id_idx\` ON \`_campaign_copy_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`DROP TABLE \`partners_allowances_bands\`;`)
  await db.run(sql`DROP TABLE \`partners_local_groups\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_faqs\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_story_list\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_events\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_allowances_table\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_partner_contact\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_local_offer\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_faqs\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_story_list\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_events\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_allowances_table\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_partner_contact\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_local_offer\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_blocks_key_figure\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_blocks_steps_steps\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_blocks_steps\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_blocks_quote\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_blocks_image\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_blocks_faqs\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_blocks_story_list\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_blocks_events\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_blocks_allowances_table\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_blocks_partner_contact\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_blocks_local_offer\`;`)
  await db.run(sql`DROP TABLE \`campaign_copy_rels\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_blocks_key_figure\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_blocks_steps_steps\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_blocks_steps\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_blocks_quote\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_blocks_image\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_blocks_faqs\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_blocks_story_list\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_blocks_events\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_blocks_allowances_table\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_blocks_partner_contact\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_blocks_local_offer\`;`)
  await db.run(sql`DROP TABLE \`_campaign_copy_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages_rels\`("id", "order", "parent_id", "path", "partners_id") SELECT "id", "order", "parent_id", "path", "partners_id" FROM \`pages_rels\`;`)
  await db.run(sql`DROP TABLE \`pages_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages_rels\` RENAME TO \`pages_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`pages_rels_order_idx\` ON \`pages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_parent_idx\` ON \`pages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_path_idx\` ON \`pages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_partners_id_idx\` ON \`pages_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v_rels\`("id", "order", "parent_id", "path", "partners_id") SELECT "id", "order", "parent_id", "path", "partners_id" FROM \`_pages_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v_rels\` RENAME TO \`_pages_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_order_idx\` ON \`_pages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_parent_idx\` ON \`_pages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_path_idx\` ON \`_pages_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_partners_id_idx\` ON \`_pages_v_rels\` (\`partners_id\`);`)
  await db.run(sql`ALTER TABLE \`campaign_copy\` ADD \`bridge_to_foster_heading\` text;`)
  await db.run(sql`ALTER TABLE \`campaign_copy\` ADD \`bridge_to_foster_body\` text;`)
  await db.run(sql`ALTER TABLE \`campaign_copy\` ADD \`bridge_to_foster_success_rate\` numeric;`)
  await db.run(sql`ALTER TABLE \`_campaign_copy_v\` ADD \`version_bridge_to_foster_heading\` text;`)
  await db.run(sql`ALTER TABLE \`_campaign_copy_v\` ADD \`version_bridge_to_foster_body\` text;`)
  await db.run(sql`ALTER TABLE \`_campaign_copy_v\` ADD \`version_bridge_to_foster_success_rate\` numeric;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`allowances_applies_from\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`allowances_note\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`support_offer\`;`)
}
