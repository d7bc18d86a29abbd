ALTER TABLE `workshop_members` ADD `removed_at` text;--> statement-breakpoint
ALTER TABLE `workshop_members` ADD `removed_by` text;--> statement-breakpoint
ALTER TABLE `workshop_members` ADD `write_id` text;--> statement-breakpoint
ALTER TABLE `workshops` ADD `events_pruned_through` integer DEFAULT 0 NOT NULL;