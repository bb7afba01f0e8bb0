import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres';

/** The PostgreSQL twin of ./sqlite.ts (the same yardstick table, applied only with BENCH_BARE_CREATE=true). */
export const benchBareEnquiriesPostgres = {
  name: 'bench_bare_enquiries',
  async up({ db }: MigrateUpArgs): Promise<void> {
    await db.execute(sql`
     CREATE TYPE "public"."enum_bench_bare_enquiries_status_history_status" AS ENUM('new', 'contacted', 'home-visit-booked', 'application', 'approved', 'keep-in-touch', 'withdrawn');
    CREATE TYPE "public"."enum_bench_bare_enquiries_language" AS ENUM('en', 'cy');
    CREATE TYPE "public"."enum_bench_bare_enquiries_outcome" AS ENUM('likely-eligible', 'talk-to-us', 'not-eligible-now');
    CREATE TYPE "public"."enum_bench_bare_enquiries_contact_call_time" AS ENUM('morning', 'afternoon', 'evening', 'any');
    CREATE TYPE "public"."enum_bench_bare_enquiries_status" AS ENUM('new', 'contacted', 'home-visit-booked', 'application', 'approved', 'keep-in-touch', 'withdrawn');
    CREATE TYPE "public"."enum_bench_bare_enquiries_withdrawal_reason" AS ENUM('AW1', 'AW2', 'AW3', 'AW4', 'AW5', 'AW0');
    CREATE TYPE "public"."enum_bench_bare_enquiries_emails_team" AS ENUM('pending', 'sent', 'failed', 'cancelled');
    CREATE TYPE "public"."enum_bench_bare_enquiries_emails_carer" AS ENUM('pending', 'sent', 'failed', 'cancelled');
    CREATE TABLE "bench_bare_enquiries_status_history" (
    	"_order" integer NOT NULL,
    	"_parent_id" integer NOT NULL,
    	"id" varchar PRIMARY KEY NOT NULL,
    	"status" "enum_bench_bare_enquiries_status_history_status",
    	"at" timestamp(3) with time zone,
    	"by_id" integer
    );
    
    CREATE TABLE "bench_bare_enquiries" (
    	"id" serial PRIMARY KEY NOT NULL,
    	"reference" varchar NOT NULL,
    	"partner_id" integer NOT NULL,
    	"source_site" varchar,
    	"language" "enum_bench_bare_enquiries_language" DEFAULT 'en',
    	"outcome" "enum_bench_bare_enquiries_outcome" NOT NULL,
    	"answers" jsonb NOT NULL,
    	"findings" jsonb,
    	"contact_full_name" varchar,
    	"contact_email" varchar,
    	"contact_phone" varchar,
    	"contact_call_time" "enum_bench_bare_enquiries_contact_call_time",
    	"consent_given" boolean DEFAULT false NOT NULL,
    	"consent_given_at" timestamp(3) with time zone NOT NULL,
    	"consent_privacy_notice_version" varchar NOT NULL,
    	"email_updates_given" boolean DEFAULT false,
    	"email_updates_given_at" timestamp(3) with time zone,
    	"email_updates_wording" varchar,
    	"email_updates_wording_version" varchar,
    	"status" "enum_bench_bare_enquiries_status" DEFAULT 'new' NOT NULL,
    	"withdrawal_reason" "enum_bench_bare_enquiries_withdrawal_reason",
    	"call_back_by" timestamp(3) with time zone,
    	"first_contact_at" timestamp(3) with time zone,
    	"notes" varchar,
    	"idempotency_key" varchar,
    	"emails_team" "enum_bench_bare_enquiries_emails_team" DEFAULT 'pending',
    	"emails_carer" "enum_bench_bare_enquiries_emails_carer" DEFAULT 'pending',
    	"emails_attempts" numeric DEFAULT 0,
    	"emails_next_attempt_at" timestamp(3) with time zone,
    	"emails_claimed_until" timestamp(3) with time zone,
    	"emails_claim_token" varchar,
    	"emails_last_error" varchar,
    	"email_not_delivered" boolean DEFAULT false,
    	"anonymised_at" timestamp(3) with time zone,
    	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
    );
    
    ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bench_bare_enquiries_id" integer;
    ALTER TABLE "bench_bare_enquiries_status_history" ADD CONSTRAINT "bench_bare_enquiries_status_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
    ALTER TABLE "bench_bare_enquiries_status_history" ADD CONSTRAINT "bench_bare_enquiries_status_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bench_bare_enquiries"("id") ON DELETE cascade ON UPDATE no action;
    ALTER TABLE "bench_bare_enquiries" ADD CONSTRAINT "bench_bare_enquiries_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
    CREATE INDEX "bench_bare_enquiries_status_history_order_idx" ON "bench_bare_enquiries_status_history" USING btree ("_order");
    CREATE INDEX "bench_bare_enquiries_status_history_parent_id_idx" ON "bench_bare_enquiries_status_history" USING btree ("_parent_id");
    CREATE INDEX "bench_bare_enquiries_status_history_by_idx" ON "bench_bare_enquiries_status_history" USING btree ("by_id");
    CREATE UNIQUE INDEX "bench_bare_enquiries_reference_idx" ON "bench_bare_enquiries" USING btree ("reference");
    CREATE INDEX "bench_bare_enquiries_partner_idx" ON "bench_bare_enquiries" USING btree ("partner_id");
    CREATE UNIQUE INDEX "bench_bare_enquiries_idempotency_key_idx" ON "bench_bare_enquiries" USING btree ("idempotency_key");
    CREATE INDEX "bench_bare_enquiries_emails_emails_next_attempt_at_idx" ON "bench_bare_enquiries" USING btree ("emails_next_attempt_at");
    CREATE INDEX "bench_bare_enquiries_email_not_delivered_idx" ON "bench_bare_enquiries" USING btree ("email_not_delivered");
    CREATE INDEX "bench_bare_enquiries_updated_at_idx" ON "bench_bare_enquiries" USING btree ("updated_at");
    CREATE INDEX "bench_bare_enquiries_created_at_idx" ON "bench_bare_enquiries" USING btree ("created_at");
    ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bench_bare_enquiries_fk" FOREIGN KEY ("bench_bare_enquiries_id") REFERENCES "public"."bench_bare_enquiries"("id") ON DELETE cascade ON UPDATE no action;
    CREATE INDEX "payload_locked_documents_rels_bench_bare_enquiries_id_idx" ON "payload_locked_documents_rels" USING btree ("bench_bare_enquiries_id");`);
  },
  async down({ db }: MigrateDownArgs): Promise<void> {
    await db.execute(sql`
      ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bench_bare_enquiries_id";
      DROP TABLE "bench_bare_enquiries_status_history" CASCADE;
      DROP TABLE "bench_bare_enquiries" CASCADE;
      DROP TYPE "public"."enum_bench_bare_enquiries_status_history_status";
      DROP TYPE "public"."enum_bench_bare_enquiries_language";
      DROP TYPE "public"."enum_bench_bare_enquiries_outcome";
      DROP TYPE "public"."enum_bench_bare_enquiries_contact_call_time";
      DROP TYPE "public"."enum_bench_bare_enquiries_status";
      DROP TYPE "public"."enum_bench_bare_enquiries_withdrawal_reason";
      DROP TYPE "public"."enum_bench_bare_enquiries_emails_team";
      DROP TYPE "public"."enum_bench_bare_enquiries_emails_carer";`);
  },
};
