ALTER TABLE `cases` ADD `language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `currencies` ADD `language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `stakeholders` ADD `language` text DEFAULT 'en' NOT NULL;