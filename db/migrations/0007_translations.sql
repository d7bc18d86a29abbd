CREATE TABLE `translation_sets` (
	`kind` text NOT NULL,
	`record_id` text NOT NULL,
	`locale` text NOT NULL,
	`translated_by` text NOT NULL,
	`method` text NOT NULL,
	`reviewed` integer NOT NULL,
	`reviewed_by` text,
	PRIMARY KEY(`kind`, `record_id`, `locale`)
);
--> statement-breakpoint
CREATE TABLE `translations` (
	`kind` text NOT NULL,
	`record_id` text NOT NULL,
	`locale` text NOT NULL,
	`field` text NOT NULL,
	`en` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`kind`, `record_id`, `locale`, `en`, `field`)
);
--> statement-breakpoint
ALTER TABLE `record_heads` DROP COLUMN `doc`;
--> statement-breakpoint
CREATE TRIGGER `translation_sets_data_version_insert` AFTER INSERT ON `translation_sets` BEGIN
	UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `translation_sets_data_version_update` AFTER UPDATE ON `translation_sets` BEGIN
	UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `translation_sets_data_version_delete` AFTER DELETE ON `translation_sets` BEGIN
	UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `translations_data_version_insert` AFTER INSERT ON `translations` BEGIN
	UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `translations_data_version_update` AFTER UPDATE ON `translations` BEGIN
	UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `translations_data_version_delete` AFTER DELETE ON `translations` BEGIN
	UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
