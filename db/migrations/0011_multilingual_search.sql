-- Multilingual search (docs/decisions/011-multilingual-search.md). Each case has one row per language in `case_search`, a
-- contentless FTS5 table (rowid = case rowid * 8 + language index) whose columns are filled with
-- text already folded and stemmed in JavaScript (db/src/search): its own text per language from
-- `search_text` (written by the projection), and, joined in SQL, the labels and synonyms of its
-- vocabulary terms (`term_search_text`, written by the seed), the names of its stakeholders
-- (`stakeholder_search_text`, written by the projection) and other names of its place.
DROP TRIGGER IF EXISTS `cases_fts_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `cases_fts_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `cases_fts_update`;
--> statement-breakpoint
DROP TABLE IF EXISTS `cases_fts`;
--> statement-breakpoint
CREATE TABLE `search_text` (
	`case_id` text NOT NULL,
	`lang` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`body` text NOT NULL,
	`places` text NOT NULL,
	PRIMARY KEY(`case_id`, `lang`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `term_search_text` (
	`scheme` text NOT NULL,
	`key` text NOT NULL,
	`lang` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`scheme`, `key`, `lang`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `stakeholder_search_text` (
	`stakeholder_id` text PRIMARY KEY NOT NULL,
	`text` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE VIRTUAL TABLE `case_search` USING fts5(
	title, terms, summary, body, places, actors,
	content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='2 3'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `case_search_vocab` USING fts5vocab(`case_search`, 'row');
--> statement-breakpoint
-- Synonyms live only here: a change to them is a change to published data.
CREATE TRIGGER `term_search_text_data_version_insert` AFTER INSERT ON `term_search_text` BEGIN
	UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `term_search_text_data_version_update` AFTER UPDATE ON `term_search_text` BEGIN
	UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `term_search_text_data_version_delete` AFTER DELETE ON `term_search_text` BEGIN
	UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
