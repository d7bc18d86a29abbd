-- Facet counts kept in step with every write (seed, curators, contributions, imports), so the
-- unfiltered list and a filter on one facet value read their counts instead of counting a million
-- cases. case_facets lists every value a case counts under: its country, its typology terms of the
-- facet schemes, and the types of the stakeholders taking part (n: how many participations give it).
-- facet_counts holds how many cases count under each value, facet_pair_counts how many count under
-- two values at once. Triggers on case_facets keep both; triggers on the source tables keep case_facets.
CREATE TABLE `case_facets` (
	`case_id` text NOT NULL,
	`facet` text NOT NULL,
	`key` text NOT NULL,
	`n` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`case_id`, `facet`, `key`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `facet_counts` (
	`facet` text NOT NULL,
	`key` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`facet`, `key`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `facet_pair_counts` (
	`facet` text NOT NULL,
	`key` text NOT NULL,
	`other_facet` text NOT NULL,
	`other_key` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`facet`, `key`, `other_facet`, `other_key`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER `case_facets_count_insert` AFTER INSERT ON `case_facets` BEGIN
	INSERT INTO facet_counts (facet, key, count) VALUES (new.facet, new.key, 1)
		ON CONFLICT DO UPDATE SET count = count + 1;
	INSERT INTO facet_pair_counts (facet, key, other_facet, other_key, count)
		SELECT new.facet, new.key, o.facet, o.key, 1 FROM case_facets o
		WHERE o.case_id = new.case_id AND NOT (o.facet = new.facet AND o.key = new.key)
		ON CONFLICT DO UPDATE SET count = count + 1;
	INSERT INTO facet_pair_counts (facet, key, other_facet, other_key, count)
		SELECT o.facet, o.key, new.facet, new.key, 1 FROM case_facets o
		WHERE o.case_id = new.case_id AND NOT (o.facet = new.facet AND o.key = new.key)
		ON CONFLICT DO UPDATE SET count = count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_facets_count_delete` AFTER DELETE ON `case_facets` BEGIN
	UPDATE facet_counts SET count = count - 1 WHERE facet = old.facet AND key = old.key;
	UPDATE facet_pair_counts SET count = count - 1
		WHERE facet = old.facet AND key = old.key
		AND (other_facet, other_key) IN (SELECT facet, key FROM case_facets WHERE case_id = old.case_id);
	UPDATE facet_pair_counts SET count = count - 1
		WHERE other_facet = old.facet AND other_key = old.key
		AND (facet, key) IN (SELECT facet, key FROM case_facets WHERE case_id = old.case_id);
END;
--> statement-breakpoint
INSERT INTO case_facets (case_id, facet, key) SELECT id, 'country', country FROM cases;
--> statement-breakpoint
INSERT INTO case_facets (case_id, facet, key)
	SELECT case_id, scheme, key FROM case_terms WHERE scheme IN ('phase', 'policyDomain', 'collaborationType', 'need');
--> statement-breakpoint
INSERT INTO case_facets (case_id, facet, key, n)
	SELECT p.case_id, 'stakeholderType', s.type, count(*) FROM participations p JOIN stakeholders s ON s.id = p.stakeholder_id
	GROUP BY p.case_id, s.type;
--> statement-breakpoint
CREATE TRIGGER `cases_facets_insert` AFTER INSERT ON `cases` BEGIN
	INSERT INTO case_facets (case_id, facet, key) VALUES (new.id, 'country', new.country);
END;
--> statement-breakpoint
CREATE TRIGGER `cases_facets_update_country` AFTER UPDATE OF country ON `cases` WHEN old.country IS NOT new.country BEGIN
	DELETE FROM case_facets WHERE case_id = new.id AND facet = 'country';
	INSERT INTO case_facets (case_id, facet, key) VALUES (new.id, 'country', new.country);
END;
--> statement-breakpoint
CREATE TRIGGER `cases_facets_update_id` AFTER UPDATE OF id ON `cases` WHEN old.id IS NOT new.id BEGIN
	UPDATE case_facets SET case_id = new.id WHERE case_id = old.id;
END;
--> statement-breakpoint
-- Before the row goes, so that the link rows' own triggers (fired by the cascade) find nothing left to undo.
CREATE TRIGGER `cases_facets_delete` BEFORE DELETE ON `cases` BEGIN
	DELETE FROM case_facets WHERE case_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `case_terms_facets_insert` AFTER INSERT ON `case_terms`
WHEN new.scheme IN ('phase', 'policyDomain', 'collaborationType', 'need') BEGIN
	INSERT OR IGNORE INTO case_facets (case_id, facet, key) VALUES (new.case_id, new.scheme, new.key);
END;
--> statement-breakpoint
CREATE TRIGGER `case_terms_facets_delete` AFTER DELETE ON `case_terms` BEGIN
	DELETE FROM case_facets WHERE case_id = old.case_id AND facet = old.scheme AND key = old.key;
END;
--> statement-breakpoint
CREATE TRIGGER `case_terms_facets_update` AFTER UPDATE ON `case_terms` BEGIN
	DELETE FROM case_facets WHERE case_id = old.case_id AND facet = old.scheme AND key = old.key;
	INSERT OR IGNORE INTO case_facets (case_id, facet, key)
		SELECT new.case_id, new.scheme, new.key WHERE new.scheme IN ('phase', 'policyDomain', 'collaborationType', 'need');
END;
--> statement-breakpoint
CREATE TRIGGER `participations_facets_insert` AFTER INSERT ON `participations` BEGIN
	INSERT INTO case_facets (case_id, facet, key, n)
		SELECT new.case_id, 'stakeholderType', s.type, 1 FROM stakeholders s WHERE s.id = new.stakeholder_id
		ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `participations_facets_delete` AFTER DELETE ON `participations` BEGIN
	UPDATE case_facets SET n = n - 1 WHERE case_id = old.case_id AND facet = 'stakeholderType'
		AND key = (SELECT type FROM stakeholders WHERE id = old.stakeholder_id);
	DELETE FROM case_facets WHERE case_id = old.case_id AND facet = 'stakeholderType' AND n <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `participations_facets_update` AFTER UPDATE OF case_id, stakeholder_id ON `participations` BEGIN
	UPDATE case_facets SET n = n - 1 WHERE case_id = old.case_id AND facet = 'stakeholderType'
		AND key = (SELECT type FROM stakeholders WHERE id = old.stakeholder_id);
	DELETE FROM case_facets WHERE case_id = old.case_id AND facet = 'stakeholderType' AND n <= 0;
	INSERT INTO case_facets (case_id, facet, key, n)
		SELECT new.case_id, 'stakeholderType', s.type, 1 FROM stakeholders s WHERE s.id = new.stakeholder_id
		ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_facets_update_type` AFTER UPDATE OF type ON `stakeholders` WHEN old.type IS NOT new.type BEGIN
	UPDATE case_facets SET n = n - (SELECT count(*) FROM participations p WHERE p.stakeholder_id = new.id AND p.case_id = case_facets.case_id)
		WHERE facet = 'stakeholderType' AND key = old.type
		AND case_id IN (SELECT case_id FROM participations WHERE stakeholder_id = new.id);
	DELETE FROM case_facets WHERE facet = 'stakeholderType' AND key = old.type AND n <= 0
		AND case_id IN (SELECT case_id FROM participations WHERE stakeholder_id = new.id);
	INSERT INTO case_facets (case_id, facet, key, n)
		SELECT case_id, 'stakeholderType', new.type, count(*) FROM participations WHERE stakeholder_id = new.id
		GROUP BY case_id
		ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
-- Before the row goes, while its type is still there to be uncounted.
CREATE TRIGGER `stakeholders_facets_delete` BEFORE DELETE ON `stakeholders` BEGIN
	DELETE FROM participations WHERE stakeholder_id = old.id;
END;
