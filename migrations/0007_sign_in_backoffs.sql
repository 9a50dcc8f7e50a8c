CREATE TABLE "sign_in_backoffs" (
	"municipality_code" varchar(6) NOT NULL,
	"key" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone DEFAULT now() NOT NULL,
	"blocked_until" timestamp with time zone,
	CONSTRAINT "sign_in_backoffs_municipality_code_key_pk" PRIMARY KEY("municipality_code","key")
);
