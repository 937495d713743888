-- Queries on the warehouse that `trich load` fills, shown with their output on the sample drop in the
-- README; tests/sinks/duckdb.test.ts runs them on drops of its own.

-- Every office each person is reported to hold: when it was first and last reported, and by which
-- articles. An office is its role and organization when both are known ("Bí thư Tỉnh ủy" in an article
-- about Nghệ An is "Bí thư" of "Tỉnh ủy Nghệ An"), else its title as written.
SELECT person.name AS person,
       coalesce(p.role || ' ' || p.organization, p.title) AS office,
       min(p.reported) AS first_reported,
       max(p.reported) AS last_reported,
       list(DISTINCT p.article_id ORDER BY p.article_id) AS articles
FROM person_positions p
JOIN entities person ON person.entity_id = p.person_id
GROUP BY p.person_id, person.name, office
ORDER BY person, first_reported, office;

-- The legal documents cited most: citations, citing articles, and the dates of issue the articles give.
SELECT d.kind,
       d.number,
       count(*) AS citations,
       count(DISTINCT c.article_id) AS articles,
       list_sort(list_distinct(list(c.issued))) AS issued
FROM document_citations c
JOIN legal_documents d USING (document_id)
GROUP BY d.document_id, d.kind, d.number
ORDER BY citations DESC, articles DESC, d.number
LIMIT 10;
