CREATE TABLE `workshop_feedback` (
	`id` text PRIMARY KEY NOT NULL,
	`workshop_id` text NOT NULL,
	`agenda_item_id` text NOT NULL,
	`member_id` text NOT NULL,
	`worked` text DEFAULT '' NOT NULL,
	`change` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`removed_at` text,
	`removed_by` text,
	`write_id` text,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `workshop_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`removed_by`) REFERENCES `workshop_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `workshop_feedback_workshop_idx` ON `workshop_feedback` (`workshop_id`,`agenda_item_id`);--> statement-breakpoint
ALTER TABLE `workshops` ADD `agenda` text;--> statement-breakpoint
ALTER TABLE `workshops` ADD `agenda_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `workshops` ADD `agenda_run` text;