-- Full-text search (hand-written: Prisma cannot describe FTS5 tables or triggers, so these tables
-- are listed in prisma/external-tables.json and the migration runner leaves them alone).
--
--   ArticleSearch         one row per article: what searches filter and sort on (edition, section,
--                         status, first publication in Unix seconds), mirrored from Article.
--   ArticleSearchText     FTS5 index of the public articles only (rowid = Article.id): headline,
--                         standfirst, body text, tag names, author names. Contentless: the text
--                         itself stays in Article, snippets are cut from there.
--   ArticleSearchRefresh  always empty: inserting an article id recomputes that article's two rows
--                         above (SQLite has no stored procedures; this trigger is the one place
--                         that knows how a search document is made).
--
-- Triggers on Article, ArticleTag, ArticleAuthor, Tag and Author keep both in the transaction of
-- every write, whoever makes it (the newsroom, the seed, the archive loader).
--
-- A later migration that redefines one of those five tables (Prisma copies it into "new_X" and
-- drops the old one) drops its triggers with it: re-create them in that migration from this file.
-- test/data/search.test.ts fails if they are missing.

CREATE TABLE "ArticleSearch" (
    "articleId" INTEGER NOT NULL PRIMARY KEY,
    "editionCode" TEXT NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "publishedAt" REAL
);

-- unicode61 folds case and Latin diacritics; the prefix indexes make "term"* queries cheap.
CREATE VIRTUAL TABLE "ArticleSearchText" USING fts5(
    headline, standfirst, body, tags, authors,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);

CREATE TABLE "ArticleSearchRefresh" ("articleId" INTEGER NOT NULL);

CREATE TRIGGER "ArticleSearchRefresh_run" AFTER INSERT ON "ArticleSearchRefresh" BEGIN
    DELETE FROM "ArticleSearchText" WHERE rowid = NEW."articleId";
    DELETE FROM "ArticleSearch" WHERE "articleId" = NEW."articleId";
    INSERT INTO "ArticleSearch" ("articleId", "editionCode", "sectionId", "status", "publishedAt")
        SELECT a."id", a."editionCode", a."sectionId", a."status", unixepoch(a."firstPublishedAt", 'subsec')
        FROM "Article" a WHERE a."id" = NEW."articleId";
    INSERT INTO "ArticleSearchText" (rowid, headline, standfirst, body, tags, authors)
        SELECT
            a."id",
            a."headline",
            a."standfirst",
            -- The body's plain text as bodyText() makes it: the text runs of each paragraph and
            -- heading joined as they are, blocks joined by a space, in document order.
            (SELECT group_concat(blocks."text", ' ' ORDER BY blocks."id")
               FROM (SELECT node."id",
                            (SELECT group_concat(run.value ->> '$.text', '' ORDER BY run."key")
                               FROM json_each(node.value, '$.content') run
                              WHERE run.value ->> '$.type' = 'text') AS "text"
                       FROM json_tree(CASE WHEN json_valid(a."body", 5) THEN a."body" ELSE '{}' END) node
                      WHERE node."type" = 'object'
                        AND node.value ->> '$.type' IN ('paragraph', 'heading')) blocks),
            (SELECT group_concat(t."name", ' ' ORDER BY l."position")
               FROM "ArticleTag" l JOIN "Tag" t ON t."id" = l."tagId"
              WHERE l."articleId" = a."id"),
            (SELECT group_concat(p."name", ' ' ORDER BY l."position")
               FROM "ArticleAuthor" l JOIN "Author" p ON p."id" = l."authorId"
              WHERE l."articleId" = a."id")
        FROM "Article" a
        WHERE a."id" = NEW."articleId" AND a."status" = 'PUBLISHED';
    DELETE FROM "ArticleSearchRefresh" WHERE "articleId" = NEW."articleId";
END;

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearchRefresh" ("articleId") VALUES (NEW."id");
END;

CREATE TRIGGER "Article_search_update" AFTER UPDATE ON "Article"
WHEN OLD."id" IS NOT NEW."id"
  OR OLD."status" IS NOT NEW."status"
  OR OLD."headline" IS NOT NEW."headline"
  OR OLD."standfirst" IS NOT NEW."standfirst"
  OR OLD."body" IS NOT NEW."body"
  OR OLD."sectionId" IS NOT NEW."sectionId"
  OR OLD."editionCode" IS NOT NEW."editionCode"
  OR OLD."firstPublishedAt" IS NOT NEW."firstPublishedAt"
BEGIN
    INSERT INTO "ArticleSearchRefresh" ("articleId") SELECT OLD."id" WHERE OLD."id" IS NOT NEW."id";
    INSERT INTO "ArticleSearchRefresh" ("articleId") VALUES (NEW."id");
END;

CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
    INSERT INTO "ArticleSearchRefresh" ("articleId") VALUES (OLD."id");
END;

-- Links: only a public article's text depends on them (drafts are not in the index).
CREATE TRIGGER "ArticleTag_search_insert" AFTER INSERT ON "ArticleTag"
WHEN EXISTS (SELECT 1 FROM "ArticleSearch" WHERE "articleId" = NEW."articleId" AND "status" = 'PUBLISHED')
BEGIN
    INSERT INTO "ArticleSearchRefresh" ("articleId") VALUES (NEW."articleId");
END;

CREATE TRIGGER "ArticleTag_search_delete" AFTER DELETE ON "ArticleTag"
WHEN EXISTS (SELECT 1 FROM "ArticleSearch" WHERE "articleId" = OLD."articleId" AND "status" = 'PUBLISHED')
BEGIN
    INSERT INTO "ArticleSearchRefresh" ("articleId") VALUES (OLD."articleId");
END;

CREATE TRIGGER "ArticleTag_search_update" AFTER UPDATE OF "articleId", "tagId" ON "ArticleTag" BEGIN
    INSERT INTO "ArticleSearchRefresh" ("articleId") SELECT OLD."articleId" WHERE OLD."articleId" IS NOT NEW."articleId";
    INSERT INTO "ArticleSearchRefresh" ("articleId") VALUES (NEW."articleId");
END;

CREATE TRIGGER "ArticleAuthor_search_insert" AFTER INSERT ON "ArticleAuthor"
WHEN EXISTS (SELECT 1 FROM "ArticleSearch" WHERE "articleId" = NEW."articleId" AND "status" = 'PUBLISHED')
BEGIN
    INSERT INTO "ArticleSearchRefresh" ("articleId") VALUES (NEW."articleId");
END;

CREATE TRIGGER "ArticleAuthor_search_delete" AFTER DELETE ON "ArticleAuthor"
WHEN EXISTS (SELECT 1 FROM "ArticleSearch" WHERE "articleId" = OLD."articleId" AND "status" = 'PUBLISHED')
BEGIN
    INSERT INTO "ArticleSearchRefresh" ("articleId") VALUES (OLD."articleId");
END;

CREATE TRIGGER "ArticleAuthor_search_update" AFTER UPDATE OF "articleId", "authorId" ON "ArticleAuthor" BEGIN
    INSERT INTO "ArticleSearchRefresh" ("articleId") SELECT OLD."articleId" WHERE OLD."articleId" IS NOT NEW."articleId";
    INSERT INTO "ArticleSearchRefresh" ("articleId") VALUES (NEW."articleId");
END;

-- Renaming a tag or an author changes the text of every public article that carries it.
CREATE TRIGGER "Tag_search_rename" AFTER UPDATE OF "name" ON "Tag" WHEN OLD."name" IS NOT NEW."name" BEGIN
    INSERT INTO "ArticleSearchRefresh" ("articleId")
        SELECT l."articleId" FROM "ArticleTag" l
          JOIN "ArticleSearch" s ON s."articleId" = l."articleId" AND s."status" = 'PUBLISHED'
         WHERE l."tagId" = NEW."id";
END;

CREATE TRIGGER "Author_search_rename" AFTER UPDATE OF "name" ON "Author" WHEN OLD."name" IS NOT NEW."name" BEGIN
    INSERT INTO "ArticleSearchRefresh" ("articleId")
        SELECT l."articleId" FROM "ArticleAuthor" l
          JOIN "ArticleSearch" s ON s."articleId" = l."articleId" AND s."status" = 'PUBLISHED'
         WHERE l."authorId" = NEW."id";
END;

-- Articles that exist before this migration.
INSERT INTO "ArticleSearchRefresh" ("articleId") SELECT "id" FROM "Article";
