import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { moveEnglishBack, moveTextsIntoEnglish } from '../localeCopies.ts'
import { onPostgres } from '../migrationSql.ts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum_partners_languages" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum_stories_written_in" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum__stories_v_version_written_in" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum__stories_v_published_locale" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum_pages_written_in" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum__pages_v_version_written_in" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum_faqs_written_in" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum_events_written_in" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum_home_page_written_in" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum__home_page_v_version_written_in" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum__home_page_v_published_locale" AS ENUM('en', 'cy');
  CREATE TABLE "partners_local_groups_locales" (
  	"name" varchar NOT NULL,
  	"meets" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "partners_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_partners_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "partners_locales" (
  	"contact_office_hours" varchar,
  	"contact_address" varchar,
  	"local_offer" varchar,
  	"allowances_note" varchar,
  	"support_offer" varchar,
  	"privacy_notice_url" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "stories_written_in" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_stories_written_in",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "stories_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_stories_v_version_written_in" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__stories_v_version_written_in",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_stories_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_blocks_rich_text_locales" (
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_key_figure_locales" (
  	"figure" varchar,
  	"label" varchar,
  	"source" varchar,
  	"source_url" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_steps_steps_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_steps_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_call_to_action_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar DEFAULT 'Check if you could foster',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_quote_locales" (
  	"text" varchar,
  	"attribution" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_image_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_faqs_locales" (
  	"heading" varchar DEFAULT 'Questions people ask',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_story_list_locales" (
  	"heading" varchar DEFAULT 'Stories from foster families',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_events_locales" (
  	"heading" varchar DEFAULT 'Come and find out more',
  	"fallback" varchar DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_allowances_table_locales" (
  	"heading" varchar DEFAULT 'Weekly allowances and fees',
  	"intro" varchar,
  	"fallback" varchar DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_partner_contact_locales" (
  	"heading" varchar DEFAULT 'Talk to our fostering team',
  	"fallback" varchar DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_local_offer_locales" (
  	"heading" varchar DEFAULT 'What we offer our foster carers',
  	"fallback" varchar DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_written_in" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pages_written_in",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text_locales" (
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_key_figure_locales" (
  	"figure" varchar,
  	"label" varchar,
  	"source" varchar,
  	"source_url" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_steps_steps_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_steps_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar DEFAULT 'Check if you could foster',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_quote_locales" (
  	"text" varchar,
  	"attribution" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_image_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_faqs_locales" (
  	"heading" varchar DEFAULT 'Questions people ask',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_story_list_locales" (
  	"heading" varchar DEFAULT 'Stories from foster families',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_events_locales" (
  	"heading" varchar DEFAULT 'Come and find out more',
  	"fallback" varchar DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_allowances_table_locales" (
  	"heading" varchar DEFAULT 'Weekly allowances and fees',
  	"intro" varchar,
  	"fallback" varchar DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_partner_contact_locales" (
  	"heading" varchar DEFAULT 'Talk to our fostering team',
  	"fallback" varchar DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_local_offer_locales" (
  	"heading" varchar DEFAULT 'What we offer our foster carers',
  	"fallback" varchar DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_version_written_in" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pages_v_version_written_in",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "faqs_written_in" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_faqs_written_in",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "faqs_locales" (
  	"question" varchar NOT NULL,
  	"answer" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_written_in" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_written_in",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"venue" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_rich_text_locales" (
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_key_figure_locales" (
  	"figure" varchar,
  	"label" varchar,
  	"source" varchar,
  	"source_url" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_steps_steps_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_steps_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_call_to_action_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar DEFAULT 'Check if you could foster',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_quote_locales" (
  	"text" varchar,
  	"attribution" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_image_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_faqs_locales" (
  	"heading" varchar DEFAULT 'Questions people ask',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_story_list_locales" (
  	"heading" varchar DEFAULT 'Stories from foster families',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_events_locales" (
  	"heading" varchar DEFAULT 'Come and find out more',
  	"fallback" varchar DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_allowances_table_locales" (
  	"heading" varchar DEFAULT 'Weekly allowances and fees',
  	"intro" varchar,
  	"fallback" varchar DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_partner_contact_locales" (
  	"heading" varchar DEFAULT 'Talk to our fostering team',
  	"fallback" varchar DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_local_offer_locales" (
  	"heading" varchar DEFAULT 'What we offer our foster carers',
  	"fallback" varchar DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_written_in" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_home_page_written_in",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "home_page_locales" (
  	"headline" varchar,
  	"intro" varchar,
  	"checker_intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_blocks_rich_text_locales" (
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_blocks_key_figure_locales" (
  	"figure" varchar,
  	"label" varchar,
  	"source" varchar,
  	"source_url" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_blocks_steps_steps_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_blocks_steps_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_blocks_call_to_action_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar DEFAULT 'Check if you could foster',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_blocks_quote_locales" (
  	"text" varchar,
  	"attribution" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_blocks_image_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_blocks_faqs_locales" (
  	"heading" varchar DEFAULT 'Questions people ask',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_blocks_story_list_locales" (
  	"heading" varchar DEFAULT 'Stories from foster families',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_blocks_events_locales" (
  	"heading" varchar DEFAULT 'Come and find out more',
  	"fallback" varchar DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_blocks_allowances_table_locales" (
  	"heading" varchar DEFAULT 'Weekly allowances and fees',
  	"intro" varchar,
  	"fallback" varchar DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_blocks_partner_contact_locales" (
  	"heading" varchar DEFAULT 'Talk to our fostering team',
  	"fallback" varchar DEFAULT 'Call or e-mail us and we will get back to you within one working day.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_blocks_local_offer_locales" (
  	"heading" varchar DEFAULT 'What we offer our foster carers',
  	"fallback" varchar DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_page_v_version_written_in" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__home_page_v_version_written_in",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_home_page_v_locales" (
  	"version_headline" varchar,
  	"version_intro" varchar,
  	"version_checker_intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
`)
  // Every existing text becomes its English version before its old column goes.
  await moveTextsIntoEnglish(onPostgres(db, sql.raw))
  await db.execute(sql`
  DROP INDEX "stories_slug_idx";
  DROP INDEX "_stories_v_version_version_slug_idx";
  DROP INDEX "pages_slug_idx";
  DROP INDEX "_pages_v_version_version_slug_idx";
  ALTER TABLE "_stories_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_stories_v" ADD COLUMN "published_locale" "enum__stories_v_published_locale";
  ALTER TABLE "_pages_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_pages_v" ADD COLUMN "published_locale" "enum__pages_v_published_locale";
  ALTER TABLE "_home_page_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_home_page_v" ADD COLUMN "published_locale" "enum__home_page_v_published_locale";
  ALTER TABLE "partners_local_groups_locales" ADD CONSTRAINT "partners_local_groups_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners_local_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_languages" ADD CONSTRAINT "partners_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_locales" ADD CONSTRAINT "partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_written_in" ADD CONSTRAINT "stories_written_in_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_locales" ADD CONSTRAINT "stories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_version_written_in" ADD CONSTRAINT "_stories_v_version_written_in_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_locales" ADD CONSTRAINT "_stories_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_rich_text_locales" ADD CONSTRAINT "pages_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_key_figure_locales" ADD CONSTRAINT "pages_blocks_key_figure_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_key_figure"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_steps_steps_locales" ADD CONSTRAINT "pages_blocks_steps_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_steps_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_steps_locales" ADD CONSTRAINT "pages_blocks_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action_locales" ADD CONSTRAINT "pages_blocks_call_to_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_quote_locales" ADD CONSTRAINT "pages_blocks_quote_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_quote"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_image_locales" ADD CONSTRAINT "pages_blocks_image_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_image"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faqs_locales" ADD CONSTRAINT "pages_blocks_faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_story_list_locales" ADD CONSTRAINT "pages_blocks_story_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_story_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_events_locales" ADD CONSTRAINT "pages_blocks_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_allowances_table_locales" ADD CONSTRAINT "pages_blocks_allowances_table_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_allowances_table"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_partner_contact_locales" ADD CONSTRAINT "pages_blocks_partner_contact_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_partner_contact"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_local_offer_locales" ADD CONSTRAINT "pages_blocks_local_offer_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_local_offer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_written_in" ADD CONSTRAINT "pages_written_in_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text_locales" ADD CONSTRAINT "_pages_v_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_key_figure_locales" ADD CONSTRAINT "_pages_v_blocks_key_figure_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_key_figure"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_steps_steps_locales" ADD CONSTRAINT "_pages_v_blocks_steps_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_steps_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_steps_locales" ADD CONSTRAINT "_pages_v_blocks_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action_locales" ADD CONSTRAINT "_pages_v_blocks_call_to_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_quote_locales" ADD CONSTRAINT "_pages_v_blocks_quote_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_quote"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_image_locales" ADD CONSTRAINT "_pages_v_blocks_image_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_image"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faqs_locales" ADD CONSTRAINT "_pages_v_blocks_faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_story_list_locales" ADD CONSTRAINT "_pages_v_blocks_story_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_story_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_events_locales" ADD CONSTRAINT "_pages_v_blocks_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_allowances_table_locales" ADD CONSTRAINT "_pages_v_blocks_allowances_table_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_allowances_table"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_partner_contact_locales" ADD CONSTRAINT "_pages_v_blocks_partner_contact_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_partner_contact"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_local_offer_locales" ADD CONSTRAINT "_pages_v_blocks_local_offer_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_local_offer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_written_in" ADD CONSTRAINT "_pages_v_version_written_in_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_written_in" ADD CONSTRAINT "faqs_written_in_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_written_in" ADD CONSTRAINT "events_written_in_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_rich_text_locales" ADD CONSTRAINT "home_page_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_key_figure_locales" ADD CONSTRAINT "home_page_blocks_key_figure_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_key_figure"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_steps_steps_locales" ADD CONSTRAINT "home_page_blocks_steps_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_steps_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_steps_locales" ADD CONSTRAINT "home_page_blocks_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_call_to_action_locales" ADD CONSTRAINT "home_page_blocks_call_to_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_quote_locales" ADD CONSTRAINT "home_page_blocks_quote_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_quote"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_image_locales" ADD CONSTRAINT "home_page_blocks_image_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_image"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_faqs_locales" ADD CONSTRAINT "home_page_blocks_faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_story_list_locales" ADD CONSTRAINT "home_page_blocks_story_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_story_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_events_locales" ADD CONSTRAINT "home_page_blocks_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_allowances_table_locales" ADD CONSTRAINT "home_page_blocks_allowances_table_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_allowances_table"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_partner_contact_locales" ADD CONSTRAINT "home_page_blocks_partner_contact_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_partner_contact"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_local_offer_locales" ADD CONSTRAINT "home_page_blocks_local_offer_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_local_offer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_written_in" ADD CONSTRAINT "home_page_written_in_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."home_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_locales" ADD CONSTRAINT "home_page_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_blocks_rich_text_locales" ADD CONSTRAINT "_home_page_v_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_blocks_key_figure_locales" ADD CONSTRAINT "_home_page_v_blocks_key_figure_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v_blocks_key_figure"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_blocks_steps_steps_locales" ADD CONSTRAINT "_home_page_v_blocks_steps_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v_blocks_steps_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_blocks_steps_locales" ADD CONSTRAINT "_home_page_v_blocks_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v_blocks_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_blocks_call_to_action_locales" ADD CONSTRAINT "_home_page_v_blocks_call_to_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_blocks_quote_locales" ADD CONSTRAINT "_home_page_v_blocks_quote_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v_blocks_quote"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_blocks_image_locales" ADD CONSTRAINT "_home_page_v_blocks_image_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v_blocks_image"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_blocks_faqs_locales" ADD CONSTRAINT "_home_page_v_blocks_faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v_blocks_faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_blocks_story_list_locales" ADD CONSTRAINT "_home_page_v_blocks_story_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v_blocks_story_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_blocks_events_locales" ADD CONSTRAINT "_home_page_v_blocks_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v_blocks_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_blocks_allowances_table_locales" ADD CONSTRAINT "_home_page_v_blocks_allowances_table_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v_blocks_allowances_table"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_blocks_partner_contact_locales" ADD CONSTRAINT "_home_page_v_blocks_partner_contact_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v_blocks_partner_contact"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_blocks_local_offer_locales" ADD CONSTRAINT "_home_page_v_blocks_local_offer_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v_blocks_local_offer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_version_written_in" ADD CONSTRAINT "_home_page_v_version_written_in_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_home_page_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_page_v_locales" ADD CONSTRAINT "_home_page_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_page_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "partners_local_groups_locales_locale_parent_id_unique" ON "partners_local_groups_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "partners_languages_order_idx" ON "partners_languages" USING btree ("order");
  CREATE INDEX "partners_languages_parent_idx" ON "partners_languages" USING btree ("parent_id");
  CREATE UNIQUE INDEX "partners_locales_locale_parent_id_unique" ON "partners_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "stories_written_in_order_idx" ON "stories_written_in" USING btree ("order");
  CREATE INDEX "stories_written_in_parent_idx" ON "stories_written_in" USING btree ("parent_id");
  CREATE INDEX "stories_written_in_value_idx" ON "stories_written_in" USING btree ("value");
  CREATE UNIQUE INDEX "stories_slug_idx" ON "stories_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "stories_locales_locale_parent_id_unique" ON "stories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_stories_v_version_written_in_order_idx" ON "_stories_v_version_written_in" USING btree ("order");
  CREATE INDEX "_stories_v_version_written_in_parent_idx" ON "_stories_v_version_written_in" USING btree ("parent_id");
  CREATE INDEX "_stories_v_version_written_in_value_idx" ON "_stories_v_version_written_in" USING btree ("value");
  CREATE INDEX "_stories_v_version_version_slug_idx" ON "_stories_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_stories_v_locales_locale_parent_id_unique" ON "_stories_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_rich_text_locales_locale_parent_id_unique" ON "pages_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_key_figure_locales_locale_parent_id_unique" ON "pages_blocks_key_figure_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_steps_steps_locales_locale_parent_id_unique" ON "pages_blocks_steps_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_steps_locales_locale_parent_id_unique" ON "pages_blocks_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_call_to_action_locales_locale_parent_id_unique" ON "pages_blocks_call_to_action_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_quote_locales_locale_parent_id_unique" ON "pages_blocks_quote_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_image_locales_locale_parent_id_unique" ON "pages_blocks_image_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_faqs_locales_locale_parent_id_unique" ON "pages_blocks_faqs_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_story_list_locales_locale_parent_id_unique" ON "pages_blocks_story_list_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_events_locales_locale_parent_id_unique" ON "pages_blocks_events_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_allowances_table_locales_locale_parent_id_uniqu" ON "pages_blocks_allowances_table_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_partner_contact_locales_locale_parent_id_unique" ON "pages_blocks_partner_contact_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_local_offer_locales_locale_parent_id_unique" ON "pages_blocks_local_offer_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_written_in_order_idx" ON "pages_written_in" USING btree ("order");
  CREATE INDEX "pages_written_in_parent_idx" ON "pages_written_in" USING btree ("parent_id");
  CREATE INDEX "pages_written_in_value_idx" ON "pages_written_in" USING btree ("value");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_rich_text_locales_locale_parent_id_unique" ON "_pages_v_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_key_figure_locales_locale_parent_id_unique" ON "_pages_v_blocks_key_figure_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_steps_steps_locales_locale_parent_id_unique" ON "_pages_v_blocks_steps_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_steps_locales_locale_parent_id_unique" ON "_pages_v_blocks_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_call_to_action_locales_locale_parent_id_uniq" ON "_pages_v_blocks_call_to_action_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_quote_locales_locale_parent_id_unique" ON "_pages_v_blocks_quote_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_image_locales_locale_parent_id_unique" ON "_pages_v_blocks_image_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_faqs_locales_locale_parent_id_unique" ON "_pages_v_blocks_faqs_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_story_list_locales_locale_parent_id_unique" ON "_pages_v_blocks_story_list_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_events_locales_locale_parent_id_unique" ON "_pages_v_blocks_events_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_allowances_table_locales_locale_parent_id_un" ON "_pages_v_blocks_allowances_table_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_partner_contact_locales_locale_parent_id_uni" ON "_pages_v_blocks_partner_contact_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_local_offer_locales_locale_parent_id_unique" ON "_pages_v_blocks_local_offer_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_version_written_in_order_idx" ON "_pages_v_version_written_in" USING btree ("order");
  CREATE INDEX "_pages_v_version_written_in_parent_idx" ON "_pages_v_version_written_in" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_written_in_value_idx" ON "_pages_v_version_written_in" USING btree ("value");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "faqs_written_in_order_idx" ON "faqs_written_in" USING btree ("order");
  CREATE INDEX "faqs_written_in_parent_idx" ON "faqs_written_in" USING btree ("parent_id");
  CREATE INDEX "faqs_written_in_value_idx" ON "faqs_written_in" USING btree ("value");
  CREATE UNIQUE INDEX "faqs_locales_locale_parent_id_unique" ON "faqs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_written_in_order_idx" ON "events_written_in" USING btree ("order");
  CREATE INDEX "events_written_in_parent_idx" ON "events_written_in" USING btree ("parent_id");
  CREATE INDEX "events_written_in_value_idx" ON "events_written_in" USING btree ("value");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_page_blocks_rich_text_locales_locale_parent_id_unique" ON "home_page_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_page_blocks_key_figure_locales_locale_parent_id_unique" ON "home_page_blocks_key_figure_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_page_blocks_steps_steps_locales_locale_parent_id_unique" ON "home_page_blocks_steps_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_page_blocks_steps_locales_locale_parent_id_unique" ON "home_page_blocks_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_page_blocks_call_to_action_locales_locale_parent_id_uni" ON "home_page_blocks_call_to_action_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_page_blocks_quote_locales_locale_parent_id_unique" ON "home_page_blocks_quote_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_page_blocks_image_locales_locale_parent_id_unique" ON "home_page_blocks_image_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_page_blocks_faqs_locales_locale_parent_id_unique" ON "home_page_blocks_faqs_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_page_blocks_story_list_locales_locale_parent_id_unique" ON "home_page_blocks_story_list_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_page_blocks_events_locales_locale_parent_id_unique" ON "home_page_blocks_events_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_page_blocks_allowances_table_locales_locale_parent_id_u" ON "home_page_blocks_allowances_table_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_page_blocks_partner_contact_locales_locale_parent_id_un" ON "home_page_blocks_partner_contact_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_page_blocks_local_offer_locales_locale_parent_id_unique" ON "home_page_blocks_local_offer_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_page_written_in_order_idx" ON "home_page_written_in" USING btree ("order");
  CREATE INDEX "home_page_written_in_parent_idx" ON "home_page_written_in" USING btree ("parent_id");
  CREATE INDEX "home_page_written_in_value_idx" ON "home_page_written_in" USING btree ("value");
  CREATE UNIQUE INDEX "home_page_locales_locale_parent_id_unique" ON "home_page_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_home_page_v_blocks_rich_text_locales_locale_parent_id_uniqu" ON "_home_page_v_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_home_page_v_blocks_key_figure_locales_locale_parent_id_uniq" ON "_home_page_v_blocks_key_figure_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_home_page_v_blocks_steps_steps_locales_locale_parent_id_uni" ON "_home_page_v_blocks_steps_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_home_page_v_blocks_steps_locales_locale_parent_id_unique" ON "_home_page_v_blocks_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_home_page_v_blocks_call_to_action_locales_locale_parent_id_" ON "_home_page_v_blocks_call_to_action_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_home_page_v_blocks_quote_locales_locale_parent_id_unique" ON "_home_page_v_blocks_quote_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_home_page_v_blocks_image_locales_locale_parent_id_unique" ON "_home_page_v_blocks_image_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_home_page_v_blocks_faqs_locales_locale_parent_id_unique" ON "_home_page_v_blocks_faqs_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_home_page_v_blocks_story_list_locales_locale_parent_id_uniq" ON "_home_page_v_blocks_story_list_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_home_page_v_blocks_events_locales_locale_parent_id_unique" ON "_home_page_v_blocks_events_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_home_page_v_blocks_allowances_table_locales_locale_parent_i" ON "_home_page_v_blocks_allowances_table_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_home_page_v_blocks_partner_contact_locales_locale_parent_id" ON "_home_page_v_blocks_partner_contact_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_home_page_v_blocks_local_offer_locales_locale_parent_id_uni" ON "_home_page_v_blocks_local_offer_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_home_page_v_version_written_in_order_idx" ON "_home_page_v_version_written_in" USING btree ("order");
  CREATE INDEX "_home_page_v_version_written_in_parent_idx" ON "_home_page_v_version_written_in" USING btree ("parent_id");
  CREATE INDEX "_home_page_v_version_written_in_value_idx" ON "_home_page_v_version_written_in" USING btree ("value");
  CREATE UNIQUE INDEX "_home_page_v_locales_locale_parent_id_unique" ON "_home_page_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_stories_v_snapshot_idx" ON "_stories_v" USING btree ("snapshot");
  CREATE INDEX "_stories_v_published_locale_idx" ON "_stories_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_home_page_v_snapshot_idx" ON "_home_page_v" USING btree ("snapshot");
  CREATE INDEX "_home_page_v_published_locale_idx" ON "_home_page_v" USING btree ("published_locale");
  ALTER TABLE "partners_local_groups" DROP COLUMN "name";
  ALTER TABLE "partners_local_groups" DROP COLUMN "meets";
  ALTER TABLE "partners_local_groups" DROP COLUMN "description";
  ALTER TABLE "partners" DROP COLUMN "contact_office_hours";
  ALTER TABLE "partners" DROP COLUMN "contact_address";
  ALTER TABLE "partners" DROP COLUMN "local_offer";
  ALTER TABLE "partners" DROP COLUMN "allowances_note";
  ALTER TABLE "partners" DROP COLUMN "support_offer";
  ALTER TABLE "partners" DROP COLUMN "privacy_notice_url";
  ALTER TABLE "stories" DROP COLUMN "title";
  ALTER TABLE "stories" DROP COLUMN "slug";
  ALTER TABLE "stories" DROP COLUMN "summary";
  ALTER TABLE "stories" DROP COLUMN "body";
  ALTER TABLE "_stories_v" DROP COLUMN "version_title";
  ALTER TABLE "_stories_v" DROP COLUMN "version_slug";
  ALTER TABLE "_stories_v" DROP COLUMN "version_summary";
  ALTER TABLE "_stories_v" DROP COLUMN "version_body";
  ALTER TABLE "pages_blocks_rich_text" DROP COLUMN "content";
  ALTER TABLE "pages_blocks_key_figure" DROP COLUMN "figure";
  ALTER TABLE "pages_blocks_key_figure" DROP COLUMN "label";
  ALTER TABLE "pages_blocks_key_figure" DROP COLUMN "source";
  ALTER TABLE "pages_blocks_key_figure" DROP COLUMN "source_url";
  ALTER TABLE "pages_blocks_steps_steps" DROP COLUMN "title";
  ALTER TABLE "pages_blocks_steps_steps" DROP COLUMN "description";
  ALTER TABLE "pages_blocks_steps" DROP COLUMN "heading";
  ALTER TABLE "pages_blocks_call_to_action" DROP COLUMN "heading";
  ALTER TABLE "pages_blocks_call_to_action" DROP COLUMN "text";
  ALTER TABLE "pages_blocks_call_to_action" DROP COLUMN "button_label";
  ALTER TABLE "pages_blocks_quote" DROP COLUMN "text";
  ALTER TABLE "pages_blocks_quote" DROP COLUMN "attribution";
  ALTER TABLE "pages_blocks_image" DROP COLUMN "caption";
  ALTER TABLE "pages_blocks_faqs" DROP COLUMN "heading";
  ALTER TABLE "pages_blocks_story_list" DROP COLUMN "heading";
  ALTER TABLE "pages_blocks_events" DROP COLUMN "heading";
  ALTER TABLE "pages_blocks_events" DROP COLUMN "fallback";
  ALTER TABLE "pages_blocks_allowances_table" DROP COLUMN "heading";
  ALTER TABLE "pages_blocks_allowances_table" DROP COLUMN "intro";
  ALTER TABLE "pages_blocks_allowances_table" DROP COLUMN "fallback";
  ALTER TABLE "pages_blocks_partner_contact" DROP COLUMN "heading";
  ALTER TABLE "pages_blocks_partner_contact" DROP COLUMN "fallback";
  ALTER TABLE "pages_blocks_local_offer" DROP COLUMN "heading";
  ALTER TABLE "pages_blocks_local_offer" DROP COLUMN "fallback";
  ALTER TABLE "pages" DROP COLUMN "title";
  ALTER TABLE "pages" DROP COLUMN "slug";
  ALTER TABLE "pages" DROP COLUMN "summary";
  ALTER TABLE "_pages_v_blocks_rich_text" DROP COLUMN "content";
  ALTER TABLE "_pages_v_blocks_key_figure" DROP COLUMN "figure";
  ALTER TABLE "_pages_v_blocks_key_figure" DROP COLUMN "label";
  ALTER TABLE "_pages_v_blocks_key_figure" DROP COLUMN "source";
  ALTER TABLE "_pages_v_blocks_key_figure" DROP COLUMN "source_url";
  ALTER TABLE "_pages_v_blocks_steps_steps" DROP COLUMN "title";
  ALTER TABLE "_pages_v_blocks_steps_steps" DROP COLUMN "description";
  ALTER TABLE "_pages_v_blocks_steps" DROP COLUMN "heading";
  ALTER TABLE "_pages_v_blocks_call_to_action" DROP COLUMN "heading";
  ALTER TABLE "_pages_v_blocks_call_to_action" DROP COLUMN "text";
  ALTER TABLE "_pages_v_blocks_call_to_action" DROP COLUMN "button_label";
  ALTER TABLE "_pages_v_blocks_quote" DROP COLUMN "text";
  ALTER TABLE "_pages_v_blocks_quote" DROP COLUMN "attribution";
  ALTER TABLE "_pages_v_blocks_image" DROP COLUMN "caption";
  ALTER TABLE "_pages_v_blocks_faqs" DROP COLUMN "heading";
  ALTER TABLE "_pages_v_blocks_story_list" DROP COLUMN "heading";
  ALTER TABLE "_pages_v_blocks_events" DROP COLUMN "heading";
  ALTER TABLE "_pages_v_blocks_events" DROP COLUMN "fallback";
  ALTER TABLE "_pages_v_blocks_allowances_table" DROP COLUMN "heading";
  ALTER TABLE "_pages_v_blocks_allowances_table" DROP COLUMN "intro";
  ALTER TABLE "_pages_v_blocks_allowances_table" DROP COLUMN "fallback";
  ALTER TABLE "_pages_v_blocks_partner_contact" DROP COLUMN "heading";
  ALTER TABLE "_pages_v_blocks_partner_contact" DROP COLUMN "fallback";
  ALTER TABLE "_pages_v_blocks_local_offer" DROP COLUMN "heading";
  ALTER TABLE "_pages_v_blocks_local_offer" DROP COLUMN "fallback";
  ALTER TABLE "_pages_v" DROP COLUMN "version_title";
  ALTER TABLE "_pages_v" DROP COLUMN "version_slug";
  ALTER TABLE "_pages_v" DROP COLUMN "version_summary";
  ALTER TABLE "faqs" DROP COLUMN "question";
  ALTER TABLE "faqs" DROP COLUMN "answer";
  ALTER TABLE "events" DROP COLUMN "title";
  ALTER TABLE "events" DROP COLUMN "summary";
  ALTER TABLE "events" DROP COLUMN "venue";
  ALTER TABLE "media" DROP COLUMN "alt";
  ALTER TABLE "home_page_blocks_rich_text" DROP COLUMN "content";
  ALTER TABLE "home_page_blocks_key_figure" DROP COLUMN "figure";
  ALTER TABLE "home_page_blocks_key_figure" DROP COLUMN "label";
  ALTER TABLE "home_page_blocks_key_figure" DROP COLUMN "source";
  ALTER TABLE "home_page_blocks_key_figure" DROP COLUMN "source_url";
  ALTER TABLE "home_page_blocks_steps_steps" DROP COLUMN "title";
  ALTER TABLE "home_page_blocks_steps_steps" DROP COLUMN "description";
  ALTER TABLE "home_page_blocks_steps" DROP COLUMN "heading";
  ALTER TABLE "home_page_blocks_call_to_action" DROP COLUMN "heading";
  ALTER TABLE "home_page_blocks_call_to_action" DROP COLUMN "text";
  ALTER TABLE "home_page_blocks_call_to_action" DROP COLUMN "button_label";
  ALTER TABLE "home_page_blocks_quote" DROP COLUMN "text";
  ALTER TABLE "home_page_blocks_quote" DROP COLUMN "attribution";
  ALTER TABLE "home_page_blocks_image" DROP COLUMN "caption";
  ALTER TABLE "home_page_blocks_faqs" DROP COLUMN "heading";
  ALTER TABLE "home_page_blocks_story_list" DROP COLUMN "heading";
  ALTER TABLE "home_page_blocks_events" DROP COLUMN "heading";
  ALTER TABLE "home_page_blocks_events" DROP COLUMN "fallback";
  ALTER TABLE "home_page_blocks_allowances_table" DROP COLUMN "heading";
  ALTER TABLE "home_page_blocks_allowances_table" DROP COLUMN "intro";
  ALTER TABLE "home_page_blocks_allowances_table" DROP COLUMN "fallback";
  ALTER TABLE "home_page_blocks_partner_contact" DROP COLUMN "heading";
  ALTER TABLE "home_page_blocks_partner_contact" DROP COLUMN "fallback";
  ALTER TABLE "home_page_blocks_local_offer" DROP COLUMN "heading";
  ALTER TABLE "home_page_blocks_local_offer" DROP COLUMN "fallback";
  ALTER TABLE "home_page" DROP COLUMN "headline";
  ALTER TABLE "home_page" DROP COLUMN "intro";
  ALTER TABLE "home_page" DROP COLUMN "checker_intro";
  ALTER TABLE "_home_page_v_blocks_rich_text" DROP COLUMN "content";
  ALTER TABLE "_home_page_v_blocks_key_figure" DROP COLUMN "figure";
  ALTER TABLE "_home_page_v_blocks_key_figure" DROP COLUMN "label";
  ALTER TABLE "_home_page_v_blocks_key_figure" DROP COLUMN "source";
  ALTER TABLE "_home_page_v_blocks_key_figure" DROP COLUMN "source_url";
  ALTER TABLE "_home_page_v_blocks_steps_steps" DROP COLUMN "title";
  ALTER TABLE "_home_page_v_blocks_steps_steps" DROP COLUMN "description";
  ALTER TABLE "_home_page_v_blocks_steps" DROP COLUMN "heading";
  ALTER TABLE "_home_page_v_blocks_call_to_action" DROP COLUMN "heading";
  ALTER TABLE "_home_page_v_blocks_call_to_action" DROP COLUMN "text";
  ALTER TABLE "_home_page_v_blocks_call_to_action" DROP COLUMN "button_label";
  ALTER TABLE "_home_page_v_blocks_quote" DROP COLUMN "text";
  ALTER TABLE "_home_page_v_blocks_quote" DROP COLUMN "attribution";
  ALTER TABLE "_home_page_v_blocks_image" DROP COLUMN "caption";
  ALTER TABLE "_home_page_v_blocks_faqs" DROP COLUMN "heading";
  ALTER TABLE "_home_page_v_blocks_story_list" DROP COLUMN "heading";
  ALTER TABLE "_home_page_v_blocks_events" DROP COLUMN "heading";
  ALTER TABLE "_home_page_v_blocks_events" DROP COLUMN "fallback";
  ALTER TABLE "_home_page_v_blocks_allowances_table" DROP COLUMN "heading";
  ALTER TABLE "_home_page_v_blocks_allowances_table" DROP COLUMN "intro";
  ALTER TABLE "_home_page_v_blocks_allowances_table" DROP COLUMN "fallback";
  ALTER TABLE "_home_page_v_blocks_partner_contact" DROP COLUMN "heading";
  ALTER TABLE "_home_page_v_blocks_partner_contact" DROP COLUMN "fallback";
  ALTER TABLE "_home_page_v_blocks_local_offer" DROP COLUMN "heading";
  ALTER TABLE "_home_page_v_blocks_local_offer" DROP COLUMN "fallback";
  ALTER TABLE "_home_page_v" DROP COLUMN "version_headline";
  ALTER TABLE "_home_page_v" DROP COLUMN "version_intro";
  ALTER TABLE "_home_page_v" DROP COLUMN "version_checker_intro";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "_stories_v_snapshot_idx";
  DROP INDEX "_stories_v_published_locale_idx";
  DROP INDEX "_pages_v_snapshot_idx";
  DROP INDEX "_pages_v_published_locale_idx";
  DROP INDEX "_home_page_v_snapshot_idx";
  DROP INDEX "_home_page_v_published_locale_idx";
  ALTER TABLE "partners_local_groups" ADD COLUMN "name" varchar;
  ALTER TABLE "partners_local_groups" ADD COLUMN "meets" varchar;
  ALTER TABLE "partners_local_groups" ADD COLUMN "description" varchar;
  ALTER TABLE "partners" ADD COLUMN "contact_office_hours" varchar;
  ALTER TABLE "partners" ADD COLUMN "contact_address" varchar;
  ALTER TABLE "partners" ADD COLUMN "local_offer" varchar;
  ALTER TABLE "partners" ADD COLUMN "allowances_note" varchar;
  ALTER TABLE "partners" ADD COLUMN "support_offer" varchar;
  ALTER TABLE "partners" ADD COLUMN "privacy_notice_url" varchar;
  ALTER TABLE "stories" ADD COLUMN "title" varchar;
  ALTER TABLE "stories" ADD COLUMN "slug" varchar;
  ALTER TABLE "stories" ADD COLUMN "summary" varchar;
  ALTER TABLE "stories" ADD COLUMN "body" jsonb;
  ALTER TABLE "_stories_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_stories_v" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "_stories_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_stories_v" ADD COLUMN "version_body" jsonb;
  ALTER TABLE "pages_blocks_rich_text" ADD COLUMN "content" jsonb;
  ALTER TABLE "pages_blocks_key_figure" ADD COLUMN "figure" varchar;
  ALTER TABLE "pages_blocks_key_figure" ADD COLUMN "label" varchar;
  ALTER TABLE "pages_blocks_key_figure" ADD COLUMN "source" varchar;
  ALTER TABLE "pages_blocks_key_figure" ADD COLUMN "source_url" varchar;
  ALTER TABLE "pages_blocks_steps_steps" ADD COLUMN "title" varchar;
  ALTER TABLE "pages_blocks_steps_steps" ADD COLUMN "description" varchar;
  ALTER TABLE "pages_blocks_steps" ADD COLUMN "heading" varchar;
  ALTER TABLE "pages_blocks_call_to_action" ADD COLUMN "heading" varchar;
  ALTER TABLE "pages_blocks_call_to_action" ADD COLUMN "text" varchar;
  ALTER TABLE "pages_blocks_call_to_action" ADD COLUMN "button_label" varchar DEFAULT 'Check if you could foster';
  ALTER TABLE "pages_blocks_quote" ADD COLUMN "text" varchar;
  ALTER TABLE "pages_blocks_quote" ADD COLUMN "attribution" varchar;
  ALTER TABLE "pages_blocks_image" ADD COLUMN "caption" varchar;
  ALTER TABLE "pages_blocks_faqs" ADD COLUMN "heading" varchar DEFAULT 'Questions people ask';
  ALTER TABLE "pages_blocks_story_list" ADD COLUMN "heading" varchar DEFAULT 'Stories from foster families';
  ALTER TABLE "pages_blocks_events" ADD COLUMN "heading" varchar DEFAULT 'Come and find out more';
  ALTER TABLE "pages_blocks_events" ADD COLUMN "fallback" varchar DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.';
  ALTER TABLE "pages_blocks_allowances_table" ADD COLUMN "heading" varchar DEFAULT 'Weekly allowances and fees';
  ALTER TABLE "pages_blocks_allowances_table" ADD COLUMN "intro" varchar;
  ALTER TABLE "pages_blocks_allowances_table" ADD COLUMN "fallback" varchar DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.';
  ALTER TABLE "pages_blocks_partner_contact" ADD COLUMN "heading" varchar DEFAULT 'Talk to our fostering team';
  ALTER TABLE "pages_blocks_partner_contact" ADD COLUMN "fallback" varchar DEFAULT 'Call or e-mail us and we will get back to you within one working day.';
  ALTER TABLE "pages_blocks_local_offer" ADD COLUMN "heading" varchar DEFAULT 'What we offer our foster carers';
  ALTER TABLE "pages_blocks_local_offer" ADD COLUMN "fallback" varchar DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.';
  ALTER TABLE "pages" ADD COLUMN "title" varchar;
  ALTER TABLE "pages" ADD COLUMN "slug" varchar;
  ALTER TABLE "pages" ADD COLUMN "summary" varchar;
  ALTER TABLE "_pages_v_blocks_rich_text" ADD COLUMN "content" jsonb;
  ALTER TABLE "_pages_v_blocks_key_figure" ADD COLUMN "figure" varchar;
  ALTER TABLE "_pages_v_blocks_key_figure" ADD COLUMN "label" varchar;
  ALTER TABLE "_pages_v_blocks_key_figure" ADD COLUMN "source" varchar;
  ALTER TABLE "_pages_v_blocks_key_figure" ADD COLUMN "source_url" varchar;
  ALTER TABLE "_pages_v_blocks_steps_steps" ADD COLUMN "title" varchar;
  ALTER TABLE "_pages_v_blocks_steps_steps" ADD COLUMN "description" varchar;
  ALTER TABLE "_pages_v_blocks_steps" ADD COLUMN "heading" varchar;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD COLUMN "heading" varchar;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD COLUMN "text" varchar;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD COLUMN "button_label" varchar DEFAULT 'Check if you could foster';
  ALTER TABLE "_pages_v_blocks_quote" ADD COLUMN "text" varchar;
  ALTER TABLE "_pages_v_blocks_quote" ADD COLUMN "attribution" varchar;
  ALTER TABLE "_pages_v_blocks_image" ADD COLUMN "caption" varchar;
  ALTER TABLE "_pages_v_blocks_faqs" ADD COLUMN "heading" varchar DEFAULT 'Questions people ask';
  ALTER TABLE "_pages_v_blocks_story_list" ADD COLUMN "heading" varchar DEFAULT 'Stories from foster families';
  ALTER TABLE "_pages_v_blocks_events" ADD COLUMN "heading" varchar DEFAULT 'Come and find out more';
  ALTER TABLE "_pages_v_blocks_events" ADD COLUMN "fallback" varchar DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.';
  ALTER TABLE "_pages_v_blocks_allowances_table" ADD COLUMN "heading" varchar DEFAULT 'Weekly allowances and fees';
  ALTER TABLE "_pages_v_blocks_allowances_table" ADD COLUMN "intro" varchar;
  ALTER TABLE "_pages_v_blocks_allowances_table" ADD COLUMN "fallback" varchar DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.';
  ALTER TABLE "_pages_v_blocks_partner_contact" ADD COLUMN "heading" varchar DEFAULT 'Talk to our fostering team';
  ALTER TABLE "_pages_v_blocks_partner_contact" ADD COLUMN "fallback" varchar DEFAULT 'Call or e-mail us and we will get back to you within one working day.';
  ALTER TABLE "_pages_v_blocks_local_offer" ADD COLUMN "heading" varchar DEFAULT 'What we offer our foster carers';
  ALTER TABLE "_pages_v_blocks_local_offer" ADD COLUMN "fallback" varchar DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.';
  ALTER TABLE "_pages_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "faqs" ADD COLUMN "question" varchar;
  ALTER TABLE "faqs" ADD COLUMN "answer" varchar;
  ALTER TABLE "events" ADD COLUMN "title" varchar;
  ALTER TABLE "events" ADD COLUMN "summary" varchar;
  ALTER TABLE "events" ADD COLUMN "venue" varchar;
  ALTER TABLE "media" ADD COLUMN "alt" varchar;
  ALTER TABLE "home_page_blocks_rich_text" ADD COLUMN "content" jsonb;
  ALTER TABLE "home_page_blocks_key_figure" ADD COLUMN "figure" varchar;
  ALTER TABLE "home_page_blocks_key_figure" ADD COLUMN "label" varchar;
  ALTER TABLE "home_page_blocks_key_figure" ADD COLUMN "source" varchar;
  ALTER TABLE "home_page_blocks_key_figure" ADD COLUMN "source_url" varchar;
  ALTER TABLE "home_page_blocks_steps_steps" ADD COLUMN "title" varchar;
  ALTER TABLE "home_page_blocks_steps_steps" ADD COLUMN "description" varchar;
  ALTER TABLE "home_page_blocks_steps" ADD COLUMN "heading" varchar;
  ALTER TABLE "home_page_blocks_call_to_action" ADD COLUMN "heading" varchar;
  ALTER TABLE "home_page_blocks_call_to_action" ADD COLUMN "text" varchar;
  ALTER TABLE "home_page_blocks_call_to_action" ADD COLUMN "button_label" varchar DEFAULT 'Check if you could foster';
  ALTER TABLE "home_page_blocks_quote" ADD COLUMN "text" varchar;
  ALTER TABLE "home_page_blocks_quote" ADD COLUMN "attribution" varchar;
  ALTER TABLE "home_page_blocks_image" ADD COLUMN "caption" varchar;
  ALTER TABLE "home_page_blocks_faqs" ADD COLUMN "heading" varchar DEFAULT 'Questions people ask';
  ALTER TABLE "home_page_blocks_story_list" ADD COLUMN "heading" varchar DEFAULT 'Stories from foster families';
  ALTER TABLE "home_page_blocks_events" ADD COLUMN "heading" varchar DEFAULT 'Come and find out more';
  ALTER TABLE "home_page_blocks_events" ADD COLUMN "fallback" varchar DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.';
  ALTER TABLE "home_page_blocks_allowances_table" ADD COLUMN "heading" varchar DEFAULT 'Weekly allowances and fees';
  ALTER TABLE "home_page_blocks_allowances_table" ADD COLUMN "intro" varchar;
  ALTER TABLE "home_page_blocks_allowances_table" ADD COLUMN "fallback" varchar DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.';
  ALTER TABLE "home_page_blocks_partner_contact" ADD COLUMN "heading" varchar DEFAULT 'Talk to our fostering team';
  ALTER TABLE "home_page_blocks_partner_contact" ADD COLUMN "fallback" varchar DEFAULT 'Call or e-mail us and we will get back to you within one working day.';
  ALTER TABLE "home_page_blocks_local_offer" ADD COLUMN "heading" varchar DEFAULT 'What we offer our foster carers';
  ALTER TABLE "home_page_blocks_local_offer" ADD COLUMN "fallback" varchar DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.';
  ALTER TABLE "home_page" ADD COLUMN "headline" varchar;
  ALTER TABLE "home_page" ADD COLUMN "intro" varchar;
  ALTER TABLE "home_page" ADD COLUMN "checker_intro" varchar;
  ALTER TABLE "_home_page_v_blocks_rich_text" ADD COLUMN "content" jsonb;
  ALTER TABLE "_home_page_v_blocks_key_figure" ADD COLUMN "figure" varchar;
  ALTER TABLE "_home_page_v_blocks_key_figure" ADD COLUMN "label" varchar;
  ALTER TABLE "_home_page_v_blocks_key_figure" ADD COLUMN "source" varchar;
  ALTER TABLE "_home_page_v_blocks_key_figure" ADD COLUMN "source_url" varchar;
  ALTER TABLE "_home_page_v_blocks_steps_steps" ADD COLUMN "title" varchar;
  ALTER TABLE "_home_page_v_blocks_steps_steps" ADD COLUMN "description" varchar;
  ALTER TABLE "_home_page_v_blocks_steps" ADD COLUMN "heading" varchar;
  ALTER TABLE "_home_page_v_blocks_call_to_action" ADD COLUMN "heading" varchar;
  ALTER TABLE "_home_page_v_blocks_call_to_action" ADD COLUMN "text" varchar;
  ALTER TABLE "_home_page_v_blocks_call_to_action" ADD COLUMN "button_label" varchar DEFAULT 'Check if you could foster';
  ALTER TABLE "_home_page_v_blocks_quote" ADD COLUMN "text" varchar;
  ALTER TABLE "_home_page_v_blocks_quote" ADD COLUMN "attribution" varchar;
  ALTER TABLE "_home_page_v_blocks_image" ADD COLUMN "caption" varchar;
  ALTER TABLE "_home_page_v_blocks_faqs" ADD COLUMN "heading" varchar DEFAULT 'Questions people ask';
  ALTER TABLE "_home_page_v_blocks_story_list" ADD COLUMN "heading" varchar DEFAULT 'Stories from foster families';
  ALTER TABLE "_home_page_v_blocks_events" ADD COLUMN "heading" varchar DEFAULT 'Come and find out more';
  ALTER TABLE "_home_page_v_blocks_events" ADD COLUMN "fallback" varchar DEFAULT 'No information events are planned just now. Call us instead: we are happy to talk it through.';
  ALTER TABLE "_home_page_v_blocks_allowances_table" ADD COLUMN "heading" varchar DEFAULT 'Weekly allowances and fees';
  ALTER TABLE "_home_page_v_blocks_allowances_table" ADD COLUMN "intro" varchar;
  ALTER TABLE "_home_page_v_blocks_allowances_table" ADD COLUMN "fallback" varchar DEFAULT 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.';
  ALTER TABLE "_home_page_v_blocks_partner_contact" ADD COLUMN "heading" varchar DEFAULT 'Talk to our fostering team';
  ALTER TABLE "_home_page_v_blocks_partner_contact" ADD COLUMN "fallback" varchar DEFAULT 'Call or e-mail us and we will get back to you within one working day.';
  ALTER TABLE "_home_page_v_blocks_local_offer" ADD COLUMN "heading" varchar DEFAULT 'What we offer our foster carers';
  ALTER TABLE "_home_page_v_blocks_local_offer" ADD COLUMN "fallback" varchar DEFAULT 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.';
  ALTER TABLE "_home_page_v" ADD COLUMN "version_headline" varchar;
  ALTER TABLE "_home_page_v" ADD COLUMN "version_intro" varchar;
  ALTER TABLE "_home_page_v" ADD COLUMN "version_checker_intro" varchar;
  ALTER TABLE "_stories_v" DROP COLUMN "snapshot";
  ALTER TABLE "_stories_v" DROP COLUMN "published_locale";
  ALTER TABLE "_pages_v" DROP COLUMN "snapshot";
  ALTER TABLE "_pages_v" DROP COLUMN "published_locale";
  ALTER TABLE "_home_page_v" DROP COLUMN "snapshot";
  ALTER TABLE "_home_page_v" DROP COLUMN "published_locale";`)
  // The English versions go back into their own columns before the tables that hold them go.
  await moveEnglishBack(onPostgres(db, sql.raw))
  await db.execute(sql`
  ALTER TABLE "partners_local_groups" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "faqs" ALTER COLUMN "question" SET NOT NULL;
  ALTER TABLE "faqs" ALTER COLUMN "answer" SET NOT NULL;
  ALTER TABLE "events" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "events" ALTER COLUMN "summary" SET NOT NULL;
  ALTER TABLE "media" ALTER COLUMN "alt" SET NOT NULL;
  ALTER TABLE "partners_local_groups_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partners_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partners_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories_written_in" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v_version_written_in" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_rich_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_key_figure_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_steps_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_call_to_action_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_quote_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_image_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_faqs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_story_list_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_allowances_table_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_partner_contact_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_local_offer_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_written_in" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_rich_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_key_figure_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_steps_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_call_to_action_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_quote_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_image_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_faqs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_story_list_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_allowances_table_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_partner_contact_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_local_offer_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_version_written_in" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "faqs_written_in" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "faqs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_written_in" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_rich_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_key_figure_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_steps_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_call_to_action_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_quote_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_image_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_faqs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_story_list_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_allowances_table_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_partner_contact_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_local_offer_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_written_in" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_blocks_rich_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_blocks_key_figure_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_blocks_steps_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_blocks_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_blocks_call_to_action_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_blocks_quote_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_blocks_image_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_blocks_faqs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_blocks_story_list_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_blocks_events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_blocks_allowances_table_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_blocks_partner_contact_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_blocks_local_offer_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_version_written_in" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_page_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "partners_local_groups_locales" CASCADE;
  DROP TABLE "partners_languages" CASCADE;
  DROP TABLE "partners_locales" CASCADE;
  DROP TABLE "stories_written_in" CASCADE;
  DROP TABLE "stories_locales" CASCADE;
  DROP TABLE "_stories_v_version_written_in" CASCADE;
  DROP TABLE "_stories_v_locales" CASCADE;
  DROP TABLE "pages_blocks_rich_text_locales" CASCADE;
  DROP TABLE "pages_blocks_key_figure_locales" CASCADE;
  DROP TABLE "pages_blocks_steps_steps_locales" CASCADE;
  DROP TABLE "pages_blocks_steps_locales" CASCADE;
  DROP TABLE "pages_blocks_call_to_action_locales" CASCADE;
  DROP TABLE "pages_blocks_quote_locales" CASCADE;
  DROP TABLE "pages_blocks_image_locales" CASCADE;
  DROP TABLE "pages_blocks_faqs_locales" CASCADE;
  DROP TABLE "pages_blocks_story_list_locales" CASCADE;
  DROP TABLE "pages_blocks_events_locales" CASCADE;
  DROP TABLE "pages_blocks_allowances_table_locales" CASCADE;
  DROP TABLE "pages_blocks_partner_contact_locales" CASCADE;
  DROP TABLE "pages_blocks_local_offer_locales" CASCADE;
  DROP TABLE "pages_written_in" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_key_figure_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_steps_steps_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_steps_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_quote_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_image_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_faqs_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_story_list_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_events_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_allowances_table_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_partner_contact_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_local_offer_locales" CASCADE;
  DROP TABLE "_pages_v_version_written_in" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "faqs_written_in" CASCADE;
  DROP TABLE "faqs_locales" CASCADE;
  DROP TABLE "events_written_in" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "home_page_blocks_rich_text_locales" CASCADE;
  DROP TABLE "home_page_blocks_key_figure_locales" CASCADE;
  DROP TABLE "home_page_blocks_steps_steps_locales" CASCADE;
  DROP TABLE "home_page_blocks_steps_locales" CASCADE;
  DROP TABLE "home_page_blocks_call_to_action_locales" CASCADE;
  DROP TABLE "home_page_blocks_quote_locales" CASCADE;
  DROP TABLE "home_page_blocks_image_locales" CASCADE;
  DROP TABLE "home_page_blocks_faqs_locales" CASCADE;
  DROP TABLE "home_page_blocks_story_list_locales" CASCADE;
  DROP TABLE "home_page_blocks_events_locales" CASCADE;
  DROP TABLE "home_page_blocks_allowances_table_locales" CASCADE;
  DROP TABLE "home_page_blocks_partner_contact_locales" CASCADE;
  DROP TABLE "home_page_blocks_local_offer_locales" CASCADE;
  DROP TABLE "home_page_written_in" CASCADE;
  DROP TABLE "home_page_locales" CASCADE;
  DROP TABLE "_home_page_v_blocks_rich_text_locales" CASCADE;
  DROP TABLE "_home_page_v_blocks_key_figure_locales" CASCADE;
  DROP TABLE "_home_page_v_blocks_steps_steps_locales" CASCADE;
  DROP TABLE "_home_page_v_blocks_steps_locales" CASCADE;
  DROP TABLE "_home_page_v_blocks_call_to_action_locales" CASCADE;
  DROP TABLE "_home_page_v_blocks_quote_locales" CASCADE;
  DROP TABLE "_home_page_v_blocks_image_locales" CASCADE;
  DROP TABLE "_home_page_v_blocks_faqs_locales" CASCADE;
  DROP TABLE "_home_page_v_blocks_story_list_locales" CASCADE;
  DROP TABLE "_home_page_v_blocks_events_locales" CASCADE;
  DROP TABLE "_home_page_v_blocks_allowances_table_locales" CASCADE;
  DROP TABLE "_home_page_v_blocks_partner_contact_locales" CASCADE;
  DROP TABLE "_home_page_v_blocks_local_offer_locales" CASCADE;
  DROP TABLE "_home_page_v_version_written_in" CASCADE;
  DROP TABLE "_home_page_v_locales" CASCADE;
  CREATE UNIQUE INDEX "stories_slug_idx" ON "stories" USING btree ("slug");
  CREATE INDEX "_stories_v_version_version_slug_idx" ON "_stories_v" USING btree ("version_slug");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_partners_languages";
  DROP TYPE "public"."enum_stories_written_in";
  DROP TYPE "public"."enum__stories_v_version_written_in";
  DROP TYPE "public"."enum__stories_v_published_locale";
  DROP TYPE "public"."enum_pages_written_in";
  DROP TYPE "public"."enum__pages_v_version_written_in";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_faqs_written_in";
  DROP TYPE "public"."enum_events_written_in";
  DROP TYPE "public"."enum_home_page_written_in";
  DROP TYPE "public"."enum__home_page_v_version_written_in";
  DROP TYPE "public"."enum__home_page_v_published_locale";`)
}
