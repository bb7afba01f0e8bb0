import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { layOutHomePageInSql, type OldCampaignCopy } from '../homeLayout.ts'
import { onPostgres } from '../migrationSql.ts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Read before the schema change below drops them; written back as the home page's blocks at the end.
  const { rows: sections } = await db.execute<OldCampaignCopy['sections'][number]>(sql`SELECT heading, body FROM campaign_copy_sections ORDER BY _order`)
  const { rows: [bridgeToFoster] } = await db.execute<NonNullable<OldCampaignCopy['bridgeToFoster']>>(
    sql`SELECT bridge_to_foster_heading AS heading, bridge_to_foster_body AS body, bridge_to_foster_success_rate AS "successRate" FROM campaign_copy`,
  )
  await db.execute(sql`
   CREATE TABLE "partners_allowances_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"age_band" varchar NOT NULL,
  	"weekly_allowance" numeric NOT NULL,
  	"weekly_fee" numeric
  );
  
  CREATE TABLE "partners_local_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"meets" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "pages_blocks_faqs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Questions people ask',
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_story_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Stories from foster families',
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_events" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Come and find out more',
  	"fallback" varchar DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_allowances_table" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Weekly allowances and fees',
  	"intro" varchar,
  	"fallback" varchar DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_partner_contact" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Talk to our fostering team',
  	"fallback" varchar DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_local_offer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'What we offer our foster carers',
  	"fallback" varchar DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_faqs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Questions people ask',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_story_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Stories from foster families',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_events" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Come and find out more',
  	"fallback" varchar DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_allowances_table" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Weekly allowances and fees',
  	"intro" varchar,
  	"fallback" varchar DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_partner_contact" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Talk to our fostering team',
  	"fallback" varchar DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_local_offer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'What we offer our foster carers',
  	"fallback" varchar DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaign_copy_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"content_html" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaign_copy_blocks_key_figure" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"figure" varchar,
  	"label" varchar,
  	"source" varchar,
  	"source_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaign_copy_blocks_steps_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "campaign_copy_blocks_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaign_copy_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar DEFAULT 'Check if you could foster',
  	"block_name" varchar
  );
  
  CREATE TABLE "campaign_copy_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"attribution" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaign_copy_blocks_image" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaign_copy_blocks_faqs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Questions people ask',
  	"block_name" varchar
  );
  
  CREATE TABLE "campaign_copy_blocks_story_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Stories from foster families',
  	"block_name" varchar
  );
  
  CREATE TABLE "campaign_copy_blocks_events" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Come and find out more',
  	"fallback" varchar DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	"block_name" varchar
  );
  
  CREATE TABLE "campaign_copy_blocks_allowances_table" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Weekly allowances and fees',
  	"intro" varchar,
  	"fallback" varchar DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	"block_name" varchar
  );
  
  CREATE TABLE "campaign_copy_blocks_partner_contact" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Talk to our fostering team',
  	"fallback" varchar DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	"block_name" varchar
  );
  
  CREATE TABLE "campaign_copy_blocks_local_offer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'What we offer our foster carers',
  	"fallback" varchar DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	"block_name" varchar
  );
  
  CREATE TABLE "campaign_copy_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"faqs_id" integer,
  	"stories_id" integer
  );
  
  CREATE TABLE "_campaign_copy_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"content_html" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_blocks_key_figure" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"figure" varchar,
  	"label" varchar,
  	"source" varchar,
  	"source_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_blocks_steps_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_blocks_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar DEFAULT 'Check if you could foster',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"attribution" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_blocks_image" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_blocks_faqs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Questions people ask',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_blocks_story_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Stories from foster families',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_blocks_events" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Come and find out more',
  	"fallback" varchar DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_blocks_allowances_table" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Weekly allowances and fees',
  	"intro" varchar,
  	"fallback" varchar DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_blocks_partner_contact" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Talk to our fostering team',
  	"fallback" varchar DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_blocks_local_offer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'What we offer our foster carers',
  	"fallback" varchar DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"faqs_id" integer,
  	"stories_id" integer
  );
  
  ALTER TABLE "campaign_copy_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_version_sections" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "campaign_copy_sections" CASCADE;
  DROP TABLE "_campaign_copy_v_version_sections" CASCADE;
  ALTER TABLE "partners" ADD COLUMN "allowances_applies_from" timestamp(3) with time zone;
  ALTER TABLE "partners" ADD COLUMN "allowances_note" varchar;
  ALTER TABLE "partners" ADD COLUMN "support_offer" varchar;
  ALTER TABLE "pages_rels" ADD COLUMN "faqs_id" integer;
  ALTER TABLE "pages_rels" ADD COLUMN "stories_id" integer;
  ALTER TABLE "_pages_v_rels" ADD COLUMN "faqs_id" integer;
  ALTER TABLE "_pages_v_rels" ADD COLUMN "stories_id" integer;
  ALTER TABLE "partners_allowances_bands" ADD CONSTRAINT "partners_allowances_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_local_groups" ADD CONSTRAINT "partners_local_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faqs" ADD CONSTRAINT "pages_blocks_faqs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_story_list" ADD CONSTRAINT "pages_blocks_story_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_events" ADD CONSTRAINT "pages_blocks_events_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_allowances_table" ADD CONSTRAINT "pages_blocks_allowances_table_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_partner_contact" ADD CONSTRAINT "pages_blocks_partner_contact_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_local_offer" ADD CONSTRAINT "pages_blocks_local_offer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faqs" ADD CONSTRAINT "_pages_v_blocks_faqs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_story_list" ADD CONSTRAINT "_pages_v_blocks_story_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_events" ADD CONSTRAINT "_pages_v_blocks_events_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_allowances_table" ADD CONSTRAINT "_pages_v_blocks_allowances_table_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_partner_contact" ADD CONSTRAINT "_pages_v_blocks_partner_contact_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_local_offer" ADD CONSTRAINT "_pages_v_blocks_local_offer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_rich_text" ADD CONSTRAINT "campaign_copy_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_key_figure" ADD CONSTRAINT "campaign_copy_blocks_key_figure_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_steps_steps" ADD CONSTRAINT "campaign_copy_blocks_steps_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy_blocks_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_steps" ADD CONSTRAINT "campaign_copy_blocks_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_call_to_action" ADD CONSTRAINT "campaign_copy_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_quote" ADD CONSTRAINT "campaign_copy_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_image" ADD CONSTRAINT "campaign_copy_blocks_image_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_image" ADD CONSTRAINT "campaign_copy_blocks_image_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_faqs" ADD CONSTRAINT "campaign_copy_blocks_faqs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_story_list" ADD CONSTRAINT "campaign_copy_blocks_story_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_events" ADD CONSTRAINT "campaign_copy_blocks_events_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_allowances_table" ADD CONSTRAINT "campaign_copy_blocks_allowances_table_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_partner_contact" ADD CONSTRAINT "campaign_copy_blocks_partner_contact_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_blocks_local_offer" ADD CONSTRAINT "campaign_copy_blocks_local_offer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_rels" ADD CONSTRAINT "campaign_copy_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_rels" ADD CONSTRAINT "campaign_copy_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_copy_rels" ADD CONSTRAINT "campaign_copy_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_rich_text" ADD CONSTRAINT "_campaign_copy_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_key_figure" ADD CONSTRAINT "_campaign_copy_v_blocks_key_figure_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_steps_steps" ADD CONSTRAINT "_campaign_copy_v_blocks_steps_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v_blocks_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_steps" ADD CONSTRAINT "_campaign_copy_v_blocks_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_call_to_action" ADD CONSTRAINT "_campaign_copy_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_quote" ADD CONSTRAINT "_campaign_copy_v_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_image" ADD CONSTRAINT "_campaign_copy_v_blocks_image_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_image" ADD CONSTRAINT "_campaign_copy_v_blocks_image_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_faqs" ADD CONSTRAINT "_campaign_copy_v_blocks_faqs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_story_list" ADD CONSTRAINT "_campaign_copy_v_blocks_story_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_events" ADD CONSTRAINT "_campaign_copy_v_blocks_events_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_allowances_table" ADD CONSTRAINT "_campaign_copy_v_blocks_allowances_table_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_partner_contact" ADD CONSTRAINT "_campaign_copy_v_blocks_partner_contact_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_blocks_local_offer" ADD CONSTRAINT "_campaign_copy_v_blocks_local_offer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_rels" ADD CONSTRAINT "_campaign_copy_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_rels" ADD CONSTRAINT "_campaign_copy_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_rels" ADD CONSTRAINT "_campaign_copy_v_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "partners_allowances_bands_order_idx" ON "partners_allowances_bands" USING btree ("_order");
  CREATE INDEX "partners_allowances_bands_parent_id_idx" ON "partners_allowances_bands" USING btree ("_parent_id");
  CREATE INDEX "partners_local_groups_order_idx" ON "partners_local_groups" USING btree ("_order");
  CREATE INDEX "partners_local_groups_parent_id_idx" ON "partners_local_groups" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_faqs_order_idx" ON "pages_blocks_faqs" USING btree ("_order");
  CREATE INDEX "pages_blocks_faqs_parent_id_idx" ON "pages_blocks_faqs" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_faqs_path_idx" ON "pages_blocks_faqs" USING btree ("_path");
  CREATE INDEX "pages_blocks_story_list_order_idx" ON "pages_blocks_story_list" USING btree ("_order");
  CREATE INDEX "pages_blocks_story_list_parent_id_idx" ON "pages_blocks_story_list" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_story_list_path_idx" ON "pages_blocks_story_list" USING btree ("_path");
  CREATE INDEX "pages_blocks_events_order_idx" ON "pages_blocks_events" USING btree ("_order");
  CREATE INDEX "pages_blocks_events_parent_id_idx" ON "pages_blocks_events" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_events_path_idx" ON "pages_blocks_events" USING btree ("_path");
  CREATE INDEX "pages_blocks_allowances_table_order_idx" ON "pages_blocks_allowances_table" USING btree ("_order");
  CREATE INDEX "pages_blocks_allowances_table_parent_id_idx" ON "pages_blocks_allowances_table" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_allowances_table_path_idx" ON "pages_blocks_allowances_table" USING btree ("_path");
  CREATE INDEX "pages_blocks_partner_contact_order_idx" ON "pages_blocks_partner_contact" USING btree ("_order");
  CREATE INDEX "pages_blocks_partner_contact_parent_id_idx" ON "pages_blocks_partner_contact" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_partner_contact_path_idx" ON "pages_blocks_partner_contact" USING btree ("_path");
  CREATE INDEX "pages_blocks_local_offer_order_idx" ON "pages_blocks_local_offer" USING btree ("_order");
  CREATE INDEX "pages_blocks_local_offer_parent_id_idx" ON "pages_blocks_local_offer" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_local_offer_path_idx" ON "pages_blocks_local_offer" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_faqs_order_idx" ON "_pages_v_blocks_faqs" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_faqs_parent_id_idx" ON "_pages_v_blocks_faqs" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_faqs_path_idx" ON "_pages_v_blocks_faqs" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_story_list_order_idx" ON "_pages_v_blocks_story_list" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_story_list_parent_id_idx" ON "_pages_v_blocks_story_list" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_story_list_path_idx" ON "_pages_v_blocks_story_list" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_events_order_idx" ON "_pages_v_blocks_events" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_events_parent_id_idx" ON "_pages_v_blocks_events" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_events_path_idx" ON "_pages_v_blocks_events" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_allowances_table_order_idx" ON "_pages_v_blocks_allowances_table" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_allowances_table_parent_id_idx" ON "_pages_v_blocks_allowances_table" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_allowances_table_path_idx" ON "_pages_v_blocks_allowances_table" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_partner_contact_order_idx" ON "_pages_v_blocks_partner_contact" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_partner_contact_parent_id_idx" ON "_pages_v_blocks_partner_contact" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_partner_contact_path_idx" ON "_pages_v_blocks_partner_contact" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_local_offer_order_idx" ON "_pages_v_blocks_local_offer" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_local_offer_parent_id_idx" ON "_pages_v_blocks_local_offer" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_local_offer_path_idx" ON "_pages_v_blocks_local_offer" USING btree ("_path");
  CREATE INDEX "campaign_copy_blocks_rich_text_order_idx" ON "campaign_copy_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "campaign_copy_blocks_rich_text_parent_id_idx" ON "campaign_copy_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "campaign_copy_blocks_rich_text_path_idx" ON "campaign_copy_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "campaign_copy_blocks_key_figure_order_idx" ON "campaign_copy_blocks_key_figure" USING btree ("_order");
  CREATE INDEX "campaign_copy_blocks_key_figure_parent_id_idx" ON "campaign_copy_blocks_key_figure" USING btree ("_parent_id");
  CREATE INDEX "campaign_copy_blocks_key_figure_path_idx" ON "campaign_copy_blocks_key_figure" USING btree ("_path");
  CREATE INDEX "campaign_copy_blocks_steps_steps_order_idx" ON "campaign_copy_blocks_steps_steps" USING btree ("_order");
  CREATE INDEX "campaign_copy_blocks_steps_steps_parent_id_idx" ON "campaign_copy_blocks_steps_steps" USING btree ("_parent_id");
  CREATE INDEX "campaign_copy_blocks_steps_order_idx" ON "campaign_copy_blocks_steps" USING btree ("_order");
  CREATE INDEX "campaign_copy_blocks_steps_parent_id_idx" ON "campaign_copy_blocks_steps" USING btree ("_parent_id");
  CREATE INDEX "campaign_copy_blocks_steps_path_idx" ON "campaign_copy_blocks_steps" USING btree ("_path");
  CREATE INDEX "campaign_copy_blocks_call_to_action_order_idx" ON "campaign_copy_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "campaign_copy_blocks_call_to_action_parent_id_idx" ON "campaign_copy_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "campaign_copy_blocks_call_to_action_path_idx" ON "campaign_copy_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "campaign_copy_blocks_quote_order_idx" ON "campaign_copy_blocks_quote" USING btree ("_order");
  CREATE INDEX "campaign_copy_blocks_quote_parent_id_idx" ON "campaign_copy_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "campaign_copy_blocks_quote_path_idx" ON "campaign_copy_blocks_quote" USING btree ("_path");
  CREATE INDEX "campaign_copy_blocks_image_order_idx" ON "campaign_copy_blocks_image" USING btree ("_order");
  CREATE INDEX "campaign_copy_blocks_image_parent_id_idx" ON "campaign_copy_blocks_image" USING btree ("_parent_id");
  CREATE INDEX "campaign_copy_blocks_image_path_idx" ON "campaign_copy_blocks_image" USING btree ("_path");
  CREATE INDEX "campaign_copy_blocks_image_image_idx" ON "campaign_copy_blocks_image" USING btree ("image_id");
  CREATE INDEX "campaign_copy_blocks_faqs_order_idx" ON "campaign_copy_blocks_faqs" USING btree ("_order");
  CREATE INDEX "campaign_copy_blocks_faqs_parent_id_idx" ON "campaign_copy_blocks_faqs" USING btree ("_parent_id");
  CREATE INDEX "campaign_copy_blocks_faqs_path_idx" ON "campaign_copy_blocks_faqs" USING btree ("_path");
  CREATE INDEX "campaign_copy_blocks_story_list_order_idx" ON "campaign_copy_blocks_story_list" USING btree ("_order");
  CREATE INDEX "campaign_copy_blocks_story_list_parent_id_idx" ON "campaign_copy_blocks_story_list" USING btree ("_parent_id");
  CREATE INDEX "campaign_copy_blocks_story_list_path_idx" ON "campaign_copy_blocks_story_list" USING btree ("_path");
  CREATE INDEX "campaign_copy_blocks_events_order_idx" ON "campaign_copy_blocks_events" USING btree ("_order");
  CREATE INDEX "campaign_copy_blocks_events_parent_id_idx" ON "campaign_copy_blocks_events" USING btree ("_parent_id");
  CREATE INDEX "campaign_copy_blocks_events_path_idx" ON "campaign_copy_blocks_events" USING btree ("_path");
  CREATE INDEX "campaign_copy_blocks_allowances_table_order_idx" ON "campaign_copy_blocks_allowances_table" USING btree ("_order");
  CREATE INDEX "campaign_copy_blocks_allowances_table_parent_id_idx" ON "campaign_copy_blocks_allowances_table" USING btree ("_parent_id");
  CREATE INDEX "campaign_copy_blocks_allowances_table_path_idx" ON "campaign_copy_blocks_allowances_table" USING btree ("_path");
  CREATE INDEX "campaign_copy_blocks_partner_contact_order_idx" ON "campaign_copy_blocks_partner_contact" USING btree ("_order");
  CREATE INDEX "campaign_copy_blocks_partner_contact_parent_id_idx" ON "campaign_copy_blocks_partner_contact" USING btree ("_parent_id");
  CREATE INDEX "campaign_copy_blocks_partner_contact_path_idx" ON "campaign_copy_blocks_partner_contact" USING btree ("_path");
  CREATE INDEX "campaign_copy_blocks_local_offer_order_idx" ON "campaign_copy_blocks_local_offer" USING btree ("_order");
  CREATE INDEX "campaign_copy_blocks_local_offer_parent_id_idx" ON "campaign_copy_blocks_local_offer" USING btree ("_parent_id");
  CREATE INDEX "campaign_copy_blocks_local_offer_path_idx" ON "campaign_copy_blocks_local_offer" USING btree ("_path");
  CREATE INDEX "campaign_copy_rels_order_idx" ON "campaign_copy_rels" USING btree ("order");
  CREATE INDEX "campaign_copy_rels_parent_idx" ON "campaign_copy_rels" USING btree ("parent_id");
  CREATE INDEX "campaign_copy_rels_path_idx" ON "campaign_copy_rels" USING btree ("path");
  CREATE INDEX "campaign_copy_rels_faqs_id_idx" ON "campaign_copy_rels" USING btree ("faqs_id");
  CREATE INDEX "campaign_copy_rels_stories_id_idx" ON "campaign_copy_rels" USING btree ("stories_id");
  CREATE INDEX "_campaign_copy_v_blocks_rich_text_order_idx" ON "_campaign_copy_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_blocks_rich_text_parent_id_idx" ON "_campaign_copy_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_blocks_rich_text_path_idx" ON "_campaign_copy_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_campaign_copy_v_blocks_key_figure_order_idx" ON "_campaign_copy_v_blocks_key_figure" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_blocks_key_figure_parent_id_idx" ON "_campaign_copy_v_blocks_key_figure" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_blocks_key_figure_path_idx" ON "_campaign_copy_v_blocks_key_figure" USING btree ("_path");
  CREATE INDEX "_campaign_copy_v_blocks_steps_steps_order_idx" ON "_campaign_copy_v_blocks_steps_steps" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_blocks_steps_steps_parent_id_idx" ON "_campaign_copy_v_blocks_steps_steps" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_blocks_steps_order_idx" ON "_campaign_copy_v_blocks_steps" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_blocks_steps_parent_id_idx" ON "_campaign_copy_v_blocks_steps" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_blocks_steps_path_idx" ON "_campaign_copy_v_blocks_steps" USING btree ("_path");
  CREATE INDEX "_campaign_copy_v_blocks_call_to_action_order_idx" ON "_campaign_copy_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_blocks_call_to_action_parent_id_idx" ON "_campaign_copy_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_blocks_call_to_action_path_idx" ON "_campaign_copy_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_campaign_copy_v_blocks_quote_order_idx" ON "_campaign_copy_v_blocks_quote" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_blocks_quote_parent_id_idx" ON "_campaign_copy_v_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_blocks_quote_path_idx" ON "_campaign_copy_v_blocks_quote" USING btree ("_path");
  CREATE INDEX "_campaign_copy_v_blocks_image_order_idx" ON "_campaign_copy_v_blocks_image" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_blocks_image_parent_id_idx" ON "_campaign_copy_v_blocks_image" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_blocks_image_path_idx" ON "_campaign_copy_v_blocks_image" USING btree ("_path");
  CREATE INDEX "_campaign_copy_v_blocks_image_image_idx" ON "_campaign_copy_v_blocks_image" USING btree ("image_id");
  CREATE INDEX "_campaign_copy_v_blocks_faqs_order_idx" ON "_campaign_copy_v_blocks_faqs" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_blocks_faqs_parent_id_idx" ON "_campaign_copy_v_blocks_faqs" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_blocks_faqs_path_idx" ON "_campaign_copy_v_blocks_faqs" USING btree ("_path");
  CREATE INDEX "_campaign_copy_v_blocks_story_list_order_idx" ON "_campaign_copy_v_blocks_story_list" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_blocks_story_list_parent_id_idx" ON "_campaign_copy_v_blocks_story_list" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_blocks_story_list_path_idx" ON "_campaign_copy_v_blocks_story_list" USING btree ("_path");
  CREATE INDEX "_campaign_copy_v_blocks_events_order_idx" ON "_campaign_copy_v_blocks_events" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_blocks_events_parent_id_idx" ON "_campaign_copy_v_blocks_events" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_blocks_events_path_idx" ON "_campaign_copy_v_blocks_events" USING btree ("_path");
  CREATE INDEX "_campaign_copy_v_blocks_allowances_table_order_idx" ON "_campaign_copy_v_blocks_allowances_table" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_blocks_allowances_table_parent_id_idx" ON "_campaign_copy_v_blocks_allowances_table" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_blocks_allowances_table_path_idx" ON "_campaign_copy_v_blocks_allowances_table" USING btree ("_path");
  CREATE INDEX "_campaign_copy_v_blocks_partner_contact_order_idx" ON "_campaign_copy_v_blocks_partner_contact" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_blocks_partner_contact_parent_id_idx" ON "_campaign_copy_v_blocks_partner_contact" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_blocks_partner_contact_path_idx" ON "_campaign_copy_v_blocks_partner_contact" USING btree ("_path");
  CREATE INDEX "_campaign_copy_v_blocks_local_offer_order_idx" ON "_campaign_copy_v_blocks_local_offer" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_blocks_local_offer_parent_id_idx" ON "_campaign_copy_v_blocks_local_offer" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_blocks_local_offer_path_idx" ON "_campaign_copy_v_blocks_local_offer" USING btree ("_path");
  CREATE INDEX "_campaign_copy_v_rels_order_idx" ON "_campaign_copy_v_rels" USING btree ("order");
  CREATE INDEX "_campaign_copy_v_rels_parent_idx" ON "_campaign_copy_v_rels" USING btree ("parent_id");
  CREATE INDEX "_campaign_copy_v_rels_path_idx" ON "_campaign_copy_v_rels" USING btree ("path");
  CREATE INDEX "_campaign_copy_v_rels_faqs_id_idx" ON "_campaign_copy_v_rels" USING btree ("faqs_id");
  CREATE INDEX "_campaign_copy_v_rels_stories_id_idx" ON "_campaign_copy_v_rels" USING btree ("stories_id");
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_rels_faqs_id_idx" ON "pages_rels" USING btree ("faqs_id");
  CREATE INDEX "pages_rels_stories_id_idx" ON "pages_rels" USING btree ("stories_id");
  CREATE INDEX "_pages_v_rels_faqs_id_idx" ON "_pages_v_rels" USING btree ("faqs_id");
  CREATE INDEX "_pages_v_rels_stories_id_idx" ON "_pages_v_rels" USING btree ("stories_id");
  ALTER TABLE "campaign_copy" DROP COLUMN "bridge_to_foster_heading";
  ALTER TABLE "campaign_copy" DROP COLUMN "bridge_to_foster_body";
  ALTER TABLE "campaign_copy" DROP COLUMN "bridge_to_foster_success_rate";
  ALTER TABLE "_campaign_copy_v" DROP COLUMN "version_bridge_to_foster_heading";
  ALTER TABLE "_campaign_copy_v" DROP COLUMN "version_bridge_to_foster_body";
  ALTER TABLE "_campaign_copy_v" DROP COLUMN "version_bridge_to_foster_success_rate";`)
  await layOutHomePageInSql(onPostgres(db, sql.raw), { sections, bridgeToFoster })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "campaign_copy_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"body" varchar
  );
  
  CREATE TABLE "_campaign_copy_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"body" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "partners_allowances_bands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partners_local_groups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_faqs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_story_list" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_allowances_table" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_partner_contact" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_local_offer" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_faqs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_story_list" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_allowances_table" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_partner_contact" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_local_offer" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_blocks_key_figure" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_blocks_steps_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_blocks_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_blocks_quote" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_blocks_image" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_blocks_faqs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_blocks_story_list" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_blocks_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_blocks_allowances_table" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_blocks_partner_contact" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_blocks_local_offer" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_copy_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_blocks_key_figure" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_blocks_steps_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_blocks_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_blocks_quote" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_blocks_image" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_blocks_faqs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_blocks_story_list" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_blocks_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_blocks_allowances_table" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_blocks_partner_contact" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_blocks_local_offer" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaign_copy_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "partners_allowances_bands" CASCADE;
  DROP TABLE "partners_local_groups" CASCADE;
  DROP TABLE "pages_blocks_faqs" CASCADE;
  DROP TABLE "pages_blocks_story_list" CASCADE;
  DROP TABLE "pages_blocks_events" CASCADE;
  DROP TABLE "pages_blocks_allowances_table" CASCADE;
  DROP TABLE "pages_blocks_partner_contact" CASCADE;
  DROP TABLE "pages_blocks_local_offer" CASCADE;
  DROP TABLE "_pages_v_blocks_faqs" CASCADE;
  DROP TABLE "_pages_v_blocks_story_list" CASCADE;
  DROP TABLE "_pages_v_blocks_events" CASCADE;
  DROP TABLE "_pages_v_blocks_allowances_table" CASCADE;
  DROP TABLE "_pages_v_blocks_partner_contact" CASCADE;
  DROP TABLE "_pages_v_blocks_local_offer" CASCADE;
  DROP TABLE "campaign_copy_blocks_rich_text" CASCADE;
  DROP TABLE "campaign_copy_blocks_key_figure" CASCADE;
  DROP TABLE "campaign_copy_blocks_steps_steps" CASCADE;
  DROP TABLE "campaign_copy_blocks_steps" CASCADE;
  DROP TABLE "campaign_copy_blocks_call_to_action" CASCADE;
  DROP TABLE "campaign_copy_blocks_quote" CASCADE;
  DROP TABLE "campaign_copy_blocks_image" CASCADE;
  DROP TABLE "campaign_copy_blocks_faqs" CASCADE;
  DROP TABLE "campaign_copy_blocks_story_list" CASCADE;
  DROP TABLE "campaign_copy_blocks_events" CASCADE;
  DROP TABLE "campaign_copy_blocks_allowances_table" CASCADE;
  DROP TABLE "campaign_copy_blocks_partner_contact" CASCADE;
  DROP TABLE "campaign_copy_blocks_local_offer" CASCADE;
  DROP TABLE "campaign_copy_rels" CASCADE;
  DROP TABLE "_campaign_copy_v_blocks_rich_text" CASCADE;
  DROP TABLE "_campaign_copy_v_blocks_key_figure" CASCADE;
  DROP TABLE "_campaign_copy_v_blocks_steps_steps" CASCADE;
  DROP TABLE "_campaign_copy_v_blocks_steps" CASCADE;
  DROP TABLE "_campaign_copy_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_campaign_copy_v_blocks_quote" CASCADE;
  DROP TABLE "_campaign_copy_v_blocks_image" CASCADE;
  DROP TABLE "_campaign_copy_v_blocks_faqs" CASCADE;
  DROP TABLE "_campaign_copy_v_blocks_story_list" CASCADE;
  DROP TABLE "_campaign_copy_v_blocks_events" CASCADE;
  DROP TABLE "_campaign_copy_v_blocks_allowances_table" CASCADE;
  DROP TABLE "_campaign_copy_v_blocks_partner_contact" CASCADE;
  DROP TABLE "_campaign_copy_v_blocks_local_offer" CASCADE;
  DROP TABLE "_campaign_copy_v_rels" CASCADE;
  ALTER TABLE "pages_rels" DROP CONSTRAINT "pages_rels_faqs_fk";
  
  ALTER TABLE "pages_rels" DROP CONSTRAINT "pages_rels_stories_fk";
  
  ALTER TABLE "_pages_v_rels" DROP CONSTRAINT "_pages_v_rels_faqs_fk";
  
  ALTER TABLE "_pages_v_rels" DROP CONSTRAINT "_pages_v_rels_stories_fk";
  
  DROP INDEX "pages_rels_faqs_id_idx";
  DROP INDEX "pages_rels_stories_id_idx";
  DROP INDEX "_pages_v_rels_faqs_id_idx";
  DROP INDEX "_pages_v_rels_stories_id_idx";
  ALTER TABLE "campaign_copy" ADD COLUMN "bridge_to_foster_heading" varchar;
  ALTER TABLE "campaign_copy" ADD COLUMN "bridge_to_foster_body" varchar;
  ALTER TABLE "campaign_copy" ADD COLUMN "bridge_to_foster_success_rate" numeric;
  ALTER TABLE "_campaign_copy_v" ADD COLUMN "version_bridge_to_foster_heading" varchar;
  ALTER TABLE "_campaign_copy_v" ADD COLUMN "version_bridge_to_foster_body" varchar;
  ALTER TABLE "_campaign_copy_v" ADD COLUMN "version_bridge_to_foster_success_rate" numeric;
  ALTER TABLE "campaign_copy_sections" ADD CONSTRAINT "campaign_copy_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaign_copy_v_version_sections" ADD CONSTRAINT "_campaign_copy_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaign_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "campaign_copy_sections_order_idx" ON "campaign_copy_sections" USING btree ("_order");
  CREATE INDEX "campaign_copy_sections_parent_id_idx" ON "campaign_copy_sections" USING btree ("_parent_id");
  CREATE INDEX "_campaign_copy_v_version_sections_order_idx" ON "_campaign_copy_v_version_sections" USING btree ("_order");
  CREATE INDEX "_campaign_copy_v_version_sections_parent_id_idx" ON "_campaign_copy_v_version_sections" USING btree ("_parent_id");
  ALTER TABLE "partners" DROP COLUMN "allowances_applies_from";
  ALTER TABLE "partners" DROP COLUMN "allowances_note";
  ALTER TABLE "partners" DROP COLUMN "support_offer";
  ALTER TABLE "pages_rels" DROP COLUMN "faqs_id";
  ALTER TABLE "pages_rels" DROP COLUMN "stories_id";
  ALTER TABLE "_pages_v_rels" DROP COLUMN "faqs_id";
  ALTER TABLE "_pages_v_rels" DROP COLUMN "stories_id";`)
}
