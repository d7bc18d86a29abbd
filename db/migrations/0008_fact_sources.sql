ALTER TABLE `cases` ADD `start_source_id` text REFERENCES sources(id);--> statement-breakpoint
ALTER TABLE `cases` ADD `end_source_id` text REFERENCES sources(id);--> statement-breakpoint
ALTER TABLE `cases` ADD `status_source_id` text REFERENCES sources(id);--> statement-breakpoint
ALTER TABLE `cases` ADD `outcomes_source_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `lessons_source_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `related_cases` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `currencies` ADD `launch_source_id` text REFERENCES sources(id);--> statement-breakpoint
ALTER TABLE `currencies` ADD `end_source_id` text REFERENCES sources(id);--> statement-breakpoint
ALTER TABLE `currencies` ADD `status_source_id` text REFERENCES sources(id);--> statement-breakpoint
ALTER TABLE `relationships` ADD `planned` integer DEFAULT false NOT NULL;