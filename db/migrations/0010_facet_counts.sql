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
--> statement-breakpoint
-- The map's points, one compact row per case with coordinates: where it is and the vocabulary position
-- of its first value in each dimension the map colours by, so that the server's cluster index of a
-- million cases reads one small table instead of looking up three typologies per case.
CREATE TABLE `case_points` (
	`rowid` integer PRIMARY KEY,
	`longitude` real NOT NULL,
	`latitude` real NOT NULL,
	`phase` integer,
	`policy_domain` integer,
	`collaboration_type` integer
);
--> statement-breakpoint
INSERT INTO case_points (rowid, longitude, latitude, phase, policy_domain, collaboration_type)
	SELECT c.rowid, c.longitude, c.latitude,
		(SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = c.id AND t.scheme = 'phase'),
		(SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = c.id AND t.scheme = 'policyDomain'),
		(SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = c.id AND t.scheme = 'collaborationType')
	FROM cases c WHERE c.latitude IS NOT NULL AND c.longitude IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER `cases_points_insert` AFTER INSERT ON `cases`
WHEN new.latitude IS NOT NULL AND new.longitude IS NOT NULL BEGIN
	INSERT INTO case_points (rowid, longitude, latitude) VALUES (new.rowid, new.longitude, new.latitude);
END;
--> statement-breakpoint
CREATE TRIGGER `cases_points_update` AFTER UPDATE OF latitude, longitude ON `cases` BEGIN
	DELETE FROM case_points WHERE rowid = old.rowid AND (new.latitude IS NULL OR new.longitude IS NULL);
	INSERT INTO case_points (rowid, longitude, latitude, phase, policy_domain, collaboration_type)
		SELECT new.rowid, new.longitude, new.latitude,
			(SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = new.id AND t.scheme = 'phase'),
			(SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = new.id AND t.scheme = 'policyDomain'),
			(SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = new.id AND t.scheme = 'collaborationType')
		WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL
		ON CONFLICT (rowid) DO UPDATE SET longitude = excluded.longitude, latitude = excluded.latitude;
END;
--> statement-breakpoint
CREATE TRIGGER `cases_points_delete` AFTER DELETE ON `cases` BEGIN
	DELETE FROM case_points WHERE rowid = old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `case_terms_points_insert` AFTER INSERT ON `case_terms`
WHEN new.scheme IN ('phase', 'policyDomain', 'collaborationType') BEGIN
	UPDATE case_points SET
		phase = CASE WHEN new.scheme = 'phase' THEN min(coalesce(phase, 1e9), (SELECT position FROM terms WHERE scheme = new.scheme AND key = new.key)) ELSE phase END,
		policy_domain = CASE WHEN new.scheme = 'policyDomain' THEN min(coalesce(policy_domain, 1e9), (SELECT position FROM terms WHERE scheme = new.scheme AND key = new.key)) ELSE policy_domain END,
		collaboration_type = CASE WHEN new.scheme = 'collaborationType' THEN min(coalesce(collaboration_type, 1e9), (SELECT position FROM terms WHERE scheme = new.scheme AND key = new.key)) ELSE collaboration_type END
	WHERE rowid = (SELECT rowid FROM cases WHERE id = new.case_id);
END;
--> statement-breakpoint
CREATE TRIGGER `case_terms_points_delete` AFTER DELETE ON `case_terms`
WHEN old.scheme IN ('phase', 'policyDomain', 'collaborationType') BEGIN
	UPDATE case_points SET
		phase = (SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = old.case_id AND t.scheme = 'phase'),
		policy_domain = (SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = old.case_id AND t.scheme = 'policyDomain'),
		collaboration_type = (SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = old.case_id AND t.scheme = 'collaborationType')
	WHERE rowid = (SELECT rowid FROM cases WHERE id = old.case_id);
END;
--> statement-breakpoint
CREATE TRIGGER `case_terms_points_update` AFTER UPDATE ON `case_terms` BEGIN
	UPDATE case_points SET
		phase = (SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = c.id AND t.scheme = 'phase'),
		policy_domain = (SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = c.id AND t.scheme = 'policyDomain'),
		collaboration_type = (SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = c.id AND t.scheme = 'collaborationType')
	FROM cases c WHERE c.id IN (old.case_id, new.case_id) AND case_points.rowid = c.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `terms_points_position` AFTER UPDATE OF position ON `terms`
WHEN new.scheme IN ('phase', 'policyDomain', 'collaborationType') AND old.position IS NOT new.position BEGIN
	UPDATE case_points SET
		phase = (SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = c.id AND t.scheme = 'phase'),
		policy_domain = (SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = c.id AND t.scheme = 'policyDomain'),
		collaboration_type = (SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = c.id AND t.scheme = 'collaborationType')
	FROM cases c WHERE case_points.rowid = c.rowid
	AND c.id IN (SELECT case_id FROM case_terms WHERE scheme = new.scheme AND key = new.key);
END;
