-- Full-text search over cases (FTS5, external content: the text stays in `cases` once) and a
-- spatial index of case points (R*Tree). drizzle-kit cannot express virtual tables, hence SQL.
CREATE VIRTUAL TABLE `cases_fts` USING fts5(
	title, summary, description, city, region, outcomes, lessons,
	content='cases', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `cases_fts_insert` AFTER INSERT ON `cases` BEGIN
	INSERT INTO cases_fts(rowid, title, summary, description, city, region, outcomes, lessons)
	VALUES (new.rowid, new.title, new.summary, new.description, new.city, new.region, new.outcomes, new.lessons);
END;
--> statement-breakpoint
CREATE TRIGGER `cases_fts_delete` AFTER DELETE ON `cases` BEGIN
	INSERT INTO cases_fts(cases_fts, rowid, title, summary, description, city, region, outcomes, lessons)
	VALUES ('delete', old.rowid, old.title, old.summary, old.description, old.city, old.region, old.outcomes, old.lessons);
END;
--> statement-breakpoint
CREATE TRIGGER `cases_fts_update` AFTER UPDATE OF title, summary, description, city, region, outcomes, lessons ON `cases` BEGIN
	INSERT INTO cases_fts(cases_fts, rowid, title, summary, description, city, region, outcomes, lessons)
	VALUES ('delete', old.rowid, old.title, old.summary, old.description, old.city, old.region, old.outcomes, old.lessons);
	INSERT INTO cases_fts(rowid, title, summary, description, city, region, outcomes, lessons)
	VALUES (new.rowid, new.title, new.summary, new.description, new.city, new.region, new.outcomes, new.lessons);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `cases_rtree` USING rtree(id, min_lon, max_lon, min_lat, max_lat);
--> statement-breakpoint
CREATE TRIGGER `cases_rtree_insert` AFTER INSERT ON `cases`
WHEN new.latitude IS NOT NULL AND new.longitude IS NOT NULL BEGIN
	INSERT INTO cases_rtree VALUES (new.rowid, new.longitude, new.longitude, new.latitude, new.latitude);
END;
--> statement-breakpoint
CREATE TRIGGER `cases_rtree_update` AFTER UPDATE OF latitude, longitude ON `cases` BEGIN
	DELETE FROM cases_rtree WHERE id = old.rowid;
	INSERT INTO cases_rtree
	SELECT new.rowid, new.longitude, new.longitude, new.latitude, new.latitude
	WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `cases_rtree_delete` AFTER DELETE ON `cases` BEGIN
	DELETE FROM cases_rtree WHERE id = old.rowid;
END;
