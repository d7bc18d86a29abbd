-- Search with one index row per case instead of one per case and language (decision 011, "Speed"):
-- each column of `case_search` now holds the case's text in all six languages, so a match is one
-- row per case, ranked by bm25 without grouping a case's rows. rowid = the case's rowid. (Not
-- detail='column', which would halve the index: bm25 scores 0 on a contentless table without positions.)
DROP TABLE IF EXISTS `case_search_vocab`;
--> statement-breakpoint
DROP TABLE IF EXISTS `case_search`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `case_search` USING fts5(
	title, terms, summary, body, places, actors,
	content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='2 3'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `case_search_vocab` USING fts5vocab(`case_search`, 'row');
--> statement-breakpoint
-- The rows as db/src/search/statements.ts (indexCases) writes them, from the stored search text.
INSERT INTO case_search(rowid, title, terms, summary, body, places, actors)
SELECT c.rowid,
	(SELECT group_concat(s.title, ' ') FROM search_text s WHERE s.case_id = c.id),
	coalesce((SELECT group_concat(ts.text, ' ') FROM case_terms ct JOIN term_search_text ts
		ON ts.scheme = ct.scheme AND ts.key = ct.key WHERE ct.case_id = c.id), ''),
	(SELECT group_concat(s.summary, ' ') FROM search_text s WHERE s.case_id = c.id),
	(SELECT group_concat(s.body, ' ') FROM search_text s WHERE s.case_id = c.id),
	(SELECT group_concat(s.places, ' ') FROM search_text s WHERE s.case_id = c.id) || ' ' ||
		coalesce((SELECT group_concat(ts.text, ' ') FROM term_search_text ts
			WHERE ts.scheme = 'place' AND ts.key = c.country || ':' || coalesce(c.city, '')), ''),
	coalesce((SELECT group_concat(st.text, ' ') FROM participations p
		JOIN stakeholder_search_text st ON st.stakeholder_id = p.stakeholder_id WHERE p.case_id = c.id), '')
FROM cases c WHERE c.id IN (SELECT case_id FROM search_text);
