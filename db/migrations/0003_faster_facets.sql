DROP INDEX `case_terms_term_idx`;--> statement-breakpoint
CREATE INDEX `case_terms_term_idx` ON `case_terms` (`scheme`,`key`,`case_id`);--> statement-breakpoint
DROP INDEX `cases_title_idx`;--> statement-breakpoint
CREATE INDEX `cases_title_idx` ON `cases` ("title" COLLATE NOCASE);