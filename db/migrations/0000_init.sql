CREATE TABLE `case_sources` (
	`case_id` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`case_id`, `source_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_sources_source_idx` ON `case_sources` (`source_id`);--> statement-breakpoint
CREATE TABLE `case_terms` (
	`case_id` text NOT NULL,
	`scheme` text NOT NULL,
	`key` text NOT NULL,
	PRIMARY KEY(`case_id`, `scheme`, `key`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`scheme`,`key`) REFERENCES `terms`(`scheme`,`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_terms_term_idx` ON `case_terms` (`scheme`,`key`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`description` text,
	`country` text NOT NULL,
	`region` text,
	`city` text,
	`latitude` real,
	`longitude` real,
	`location_precision` text,
	`location_note` text,
	`framework` integer DEFAULT false NOT NULL,
	`start_year` integer,
	`start_note` text,
	`end_year` integer,
	`status` text,
	`status_year` integer,
	`scale` text,
	`outcomes` text,
	`lessons` text,
	`coded_by` text
);
--> statement-breakpoint
CREATE INDEX `cases_country_idx` ON `cases` (`country`);--> statement-breakpoint
CREATE INDEX `cases_start_year_idx` ON `cases` (`start_year`);--> statement-breakpoint
CREATE INDEX `cases_title_idx` ON `cases` (`title`);--> statement-breakpoint
CREATE TABLE `currencies` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`summary` text,
	`country` text NOT NULL,
	`region` text,
	`city` text,
	`latitude` real,
	`longitude` real,
	`location_precision` text,
	`launch_year` integer,
	`launch_note` text,
	`end_year` integer,
	`status` text,
	`status_year` integer,
	`model` text,
	`unit_of_account` text,
	`convertibility` text,
	`backing` text,
	`demurrage` text,
	`issuance` text,
	`governance` text,
	`legal_form` text
);
--> statement-breakpoint
CREATE INDEX `currencies_country_idx` ON `currencies` (`country`);--> statement-breakpoint
CREATE TABLE `currency_cases` (
	`currency_id` text NOT NULL,
	`case_id` text NOT NULL,
	`note` text,
	PRIMARY KEY(`currency_id`, `case_id`),
	FOREIGN KEY (`currency_id`) REFERENCES `currencies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `currency_cases_case_idx` ON `currency_cases` (`case_id`);--> statement-breakpoint
CREATE TABLE `currency_figures` (
	`id` integer PRIMARY KEY NOT NULL,
	`currency_id` text NOT NULL,
	`metric` text NOT NULL,
	`value` real NOT NULL,
	`unit` text,
	`year` integer NOT NULL,
	`note` text,
	`source_id` text NOT NULL,
	FOREIGN KEY (`currency_id`) REFERENCES `currencies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `currency_sources` (
	`currency_id` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`currency_id`, `source_id`),
	FOREIGN KEY (`currency_id`) REFERENCES `currencies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `currency_sources_source_idx` ON `currency_sources` (`source_id`);--> statement-breakpoint
CREATE TABLE `currency_stakeholders` (
	`currency_id` text NOT NULL,
	`stakeholder_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`currency_id`, `stakeholder_id`, `role`),
	FOREIGN KEY (`currency_id`) REFERENCES `currencies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `participations` (
	`case_id` text NOT NULL,
	`stakeholder_id` text NOT NULL,
	`role` text NOT NULL,
	`note` text,
	PRIMARY KEY(`case_id`, `stakeholder_id`, `role`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `participations_stakeholder_idx` ON `participations` (`stakeholder_id`);--> statement-breakpoint
CREATE TABLE `relationship_sources` (
	`relationship_id` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`relationship_id`, `source_id`),
	FOREIGN KEY (`relationship_id`) REFERENCES `relationships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `relationship_sources_source_idx` ON `relationship_sources` (`source_id`);--> statement-breakpoint
CREATE TABLE `relationships` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`from_id` text NOT NULL,
	`to_id` text NOT NULL,
	`type` text NOT NULL,
	`directed` integer DEFAULT true NOT NULL,
	`start_year` integer,
	`end_year` integer,
	`basis` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `relationships_case_idx` ON `relationships` (`case_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`year` integer,
	`accessed` text,
	`language` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_url_unique` ON `sources` (`url`);--> statement-breakpoint
CREATE TABLE `stakeholder_sources` (
	`stakeholder_id` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`stakeholder_id`, `source_id`),
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stakeholder_sources_source_idx` ON `stakeholder_sources` (`source_id`);--> statement-breakpoint
CREATE TABLE `stakeholders` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`sse_form` text,
	`country` text,
	`city` text,
	`latitude` real,
	`longitude` real,
	`website` text,
	`description` text
);
--> statement-breakpoint
CREATE INDEX `stakeholders_name_idx` ON `stakeholders` (`name`);--> statement-breakpoint
CREATE INDEX `stakeholders_type_idx` ON `stakeholders` (`type`);--> statement-breakpoint
CREATE TABLE `term_labels` (
	`scheme` text NOT NULL,
	`key` text NOT NULL,
	`locale` text NOT NULL,
	`label` text NOT NULL,
	`definition` text,
	PRIMARY KEY(`scheme`, `key`, `locale`),
	FOREIGN KEY (`scheme`,`key`) REFERENCES `terms`(`scheme`,`key`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `terms` (
	`scheme` text NOT NULL,
	`key` text NOT NULL,
	`position` integer NOT NULL,
	`source_id` text,
	PRIMARY KEY(`scheme`, `key`),
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
