DROP INDEX `cases_title_idx`;--> statement-breakpoint
ALTER TABLE `cases` ADD `sort_title` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `cases_title_idx` ON `cases` (`sort_title`);--> statement-breakpoint
-- Hand-written: existing cases get their sort key at once, approximately (SQL folds neither accents nor
-- non-ASCII case); the next projection of a case writes the exact key (db/src/sort-key.ts).
UPDATE `cases` SET `sort_title` = lower(ltrim(`title`, '''"“”‘’«»„‚¿¡([{*-–— '));
