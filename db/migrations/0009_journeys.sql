CREATE TABLE `journeys` (
	`id` text PRIMARY KEY NOT NULL,
	`doc` text NOT NULL
);

--> statement-breakpoint
-- The journey is published data: changing it bumps the data version like every other table (0005).
CREATE TRIGGER `journeys_data_version_insert` AFTER INSERT ON `journeys` BEGIN
	UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `journeys_data_version_update` AFTER UPDATE ON `journeys` BEGIN
	UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `journeys_data_version_delete` AFTER DELETE ON `journeys` BEGIN
	UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
