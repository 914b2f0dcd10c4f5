-- Full-text search (hand-written: Prisma cannot describe tsvector columns, GIN indexes on them,
-- functions or triggers, so "ArticleSearch" is listed in prisma/external-tables.json and the
-- migration runner leaves it alone).
--
--   "ArticleSearch"  one row per article: what searches filter and sort on (edition, section,
--                    status, first publication), mirrored from "Article", and for public articles
--                    only a weighted tsvector of headline (A), standfirst, tags and authors (B)
--                    and body text (D), with a GIN index.
--
-- Statement-level triggers on "Article", "ArticleTag", "ArticleAuthor", "Tag" and "Author" keep it
-- in the transaction of every write, whoever makes it (the newsroom, the seed, the archive loader);
-- a bulk insert of a thousand articles refreshes them in one set-based statement.
--
-- Words are indexed as they are written (the 'simple' configuration: lower case, no stemming, no
-- stop words, language-neutral), with accents folded away: the same rules as SQLite's unicode61
-- tokenizer, so both databases find the same stories.

CREATE TABLE "ArticleSearch" (
    "articleId" INTEGER NOT NULL PRIMARY KEY,
    "editionCode" TEXT NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "document" TSVECTOR
);

CREATE INDEX "ArticleSearch_document_idx" ON "ArticleSearch" USING GIN ("document");

-- Lower case without accents ("Café" → "cafe"): decompose, drop the combining accents, recompose.
CREATE FUNCTION "search_fold"(input TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT lower(normalize(regexp_replace(normalize(input, NFD), '[\u0300-\u036f]+', '', 'g'), NFC)) $$;

-- The body's plain text as bodyText() makes it: the text runs of each paragraph and heading
-- joined as they are, blocks joined by a space, in document order.
CREATE FUNCTION "search_body_text"(body JSONB) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(string_agg(runs."text", ' ' ORDER BY blocks.n), '')
    FROM jsonb_path_query(body, 'strict $.** ? (@.type == "paragraph" || @.type == "heading")')
         WITH ORDINALITY AS blocks(node, n)
    CROSS JOIN LATERAL (
        SELECT string_agg(run.value ->> 'text', '' ORDER BY run.k) AS "text"
        FROM jsonb_array_elements(
                 CASE WHEN jsonb_typeof(blocks.node -> 'content') = 'array' THEN blocks.node -> 'content' ELSE '[]' END
             ) WITH ORDINALITY AS run(value, k)
        WHERE run.value ->> 'type' = 'text'
    ) runs
$$;

-- The one place that knows how a search document is made: recomputes the rows of these articles.
CREATE FUNCTION "search_refresh"(ids INTEGER[]) RETURNS VOID
LANGUAGE plpgsql
AS $$
BEGIN
    DELETE FROM "ArticleSearch" s
    WHERE s."articleId" = ANY (ids) AND NOT EXISTS (SELECT 1 FROM "Article" a WHERE a."id" = s."articleId");

    INSERT INTO "ArticleSearch" ("articleId", "editionCode", "sectionId", "status", "publishedAt", "document")
    SELECT a."id", a."editionCode", a."sectionId", a."status"::TEXT, a."firstPublishedAt",
           CASE WHEN a."status" = 'PUBLISHED' THEN
               setweight(to_tsvector('simple', search_fold(a."headline")), 'A') ||
               setweight(to_tsvector('simple', search_fold(a."standfirst")), 'B') ||
               setweight(to_tsvector('simple', search_fold(
                   coalesce((SELECT string_agg(t."name", ' ' ORDER BY l."position")
                               FROM "ArticleTag" l JOIN "Tag" t ON t."id" = l."tagId"
                              WHERE l."articleId" = a."id"), '') || ' ' ||
                   coalesce((SELECT string_agg(p."name", ' ' ORDER BY l."position")
                               FROM "ArticleAuthor" l JOIN "Author" p ON p."id" = l."authorId"
                              WHERE l."articleId" = a."id"), ''))), 'B') ||
               setweight(to_tsvector('simple', search_fold(search_body_text(a."body"))), 'D')
           END
    FROM "Article" a
    WHERE a."id" = ANY (ids)
    ON CONFLICT ("articleId") DO UPDATE SET
        "editionCode" = EXCLUDED."editionCode",
        "sectionId" = EXCLUDED."sectionId",
        "status" = EXCLUDED."status",
        "publishedAt" = EXCLUDED."publishedAt",
        "document" = EXCLUDED."document";
END
$$;

CREATE FUNCTION "search_on_article_insert"() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM search_refresh(ARRAY(SELECT "id" FROM new_rows));
    RETURN NULL;
END
$$;

CREATE FUNCTION "search_on_article_update"() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM search_refresh(ARRAY(
        SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
        WHERE o."status" IS DISTINCT FROM n."status"
           OR o."headline" IS DISTINCT FROM n."headline"
           OR o."standfirst" IS DISTINCT FROM n."standfirst"
           OR o."body" IS DISTINCT FROM n."body"
           OR o."sectionId" IS DISTINCT FROM n."sectionId"
           OR o."editionCode" IS DISTINCT FROM n."editionCode"
           OR o."firstPublishedAt" IS DISTINCT FROM n."firstPublishedAt"
        UNION
        -- An id that changed: the old one is gone, the new one is new.
        (SELECT "id" FROM old_rows EXCEPT SELECT "id" FROM new_rows)
        UNION
        (SELECT "id" FROM new_rows EXCEPT SELECT "id" FROM old_rows)
    ));
    RETURN NULL;
END
$$;

CREATE FUNCTION "search_on_article_delete"() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
    DELETE FROM "ArticleSearch" WHERE "articleId" IN (SELECT "id" FROM old_rows);
    RETURN NULL;
END
$$;

-- Links (ArticleTag, ArticleAuthor): only a public article's text depends on them.
CREATE FUNCTION "search_on_link_change"() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM search_refresh(ARRAY(
            SELECT DISTINCT n."articleId" FROM new_rows n
            JOIN "ArticleSearch" s ON s."articleId" = n."articleId" AND s."status" = 'PUBLISHED'));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM search_refresh(ARRAY(
            SELECT DISTINCT o."articleId" FROM old_rows o
            JOIN "ArticleSearch" s ON s."articleId" = o."articleId" AND s."status" = 'PUBLISHED'));
    ELSE
        PERFORM search_refresh(ARRAY(
            SELECT "articleId" FROM old_rows UNION SELECT "articleId" FROM new_rows));
    END IF;
    RETURN NULL;
END
$$;

-- Renaming a tag or an author changes the text of every public article that carries it.
CREATE FUNCTION "search_on_tag_rename"() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM search_refresh(ARRAY(
        SELECT DISTINCT l."articleId"
        FROM new_rows n JOIN old_rows o ON o."id" = n."id" AND o."name" IS DISTINCT FROM n."name"
        JOIN "ArticleTag" l ON l."tagId" = n."id"
        JOIN "ArticleSearch" s ON s."articleId" = l."articleId" AND s."status" = 'PUBLISHED'));
    RETURN NULL;
END
$$;

CREATE FUNCTION "search_on_author_rename"() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM search_refresh(ARRAY(
        SELECT DISTINCT l."articleId"
        FROM new_rows n JOIN old_rows o ON o."id" = n."id" AND o."name" IS DISTINCT FROM n."name"
        JOIN "ArticleAuthor" l ON l."authorId" = n."id"
        JOIN "ArticleSearch" s ON s."articleId" = l."articleId" AND s."status" = 'PUBLISHED'));
    RETURN NULL;
END
$$;

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_article_insert();
CREATE TRIGGER "Article_search_update" AFTER UPDATE ON "Article"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_article_update();
CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_article_delete();

CREATE TRIGGER "ArticleTag_search_insert" AFTER INSERT ON "ArticleTag"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_link_change();
CREATE TRIGGER "ArticleTag_search_update" AFTER UPDATE ON "ArticleTag"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_link_change();
CREATE TRIGGER "ArticleTag_search_delete" AFTER DELETE ON "ArticleTag"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_link_change();

CREATE TRIGGER "ArticleAuthor_search_insert" AFTER INSERT ON "ArticleAuthor"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_link_change();
CREATE TRIGGER "ArticleAuthor_search_update" AFTER UPDATE ON "ArticleAuthor"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_link_change();
CREATE TRIGGER "ArticleAuthor_search_delete" AFTER DELETE ON "ArticleAuthor"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_link_change();

CREATE TRIGGER "Tag_search_rename" AFTER UPDATE ON "Tag"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_tag_rename();
CREATE TRIGGER "Author_search_rename" AFTER UPDATE ON "Author"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_author_rename();

-- Articles that exist before this migration.
SELECT search_refresh(ARRAY(SELECT "id" FROM "Article"));
