// create_all and drop_all on every backend, checked against what each database then
// reports about its tables (tests/integration/catalog/): columns with their types,
// NOT NULL, defaults and auto-increment; primary keys, composite ones too; foreign keys
// with their actions; indexes, unique and composite. CHECK and UNIQUE are checked by
// what they refuse.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "integration/catalog/catalog.hpp"

using namespace quarry;

// Authors, their books, and shelves that hold books: given to create_all in reverse,
// they are created authors first.
QUARRY_TABLE(ddl_authors,
    (id,    std::int64_t,                primary_key, auto_increment),
    (email, std::string,                 unique),
    (name,  std::string,                 default("anonymous")),
    (born,  std::optional<std::int32_t>, check("born > 1800")),
    index(name));

QUARRY_TABLE(ddl_books,
    (id,        std::int64_t, primary_key, auto_increment),
    (author_id, std::int64_t, references(ddl_authors, id), on_delete(cascade), on_update(restrict)),
    (title,     std::string),
    (pages,     std::int32_t, default(100)),
    check("pages > 0"),
    unique_index(author_id, title));

QUARRY_TABLE(ddl_shelves,
    (room,    std::string),
    (number,  std::int32_t),
    (book_id, std::optional<std::int64_t>, references(ddl_books, id), on_delete(set_null)),
    primary_key(room, number),
    index(book_id, room));

using columns = std::vector<column_shape>;
using names = std::vector<std::string>;
using foreign_keys = std::vector<foreign_key_shape>;
using indexes = std::vector<index_shape>;

namespace {
template <class Backend>
std::string type(std::string_view sqlite, std::string_view mariadb, std::string_view postgresql) {
    return std::string(per_backend<Backend>(sqlite, mariadb, postgresql));
}
}  // namespace

TEMPLATE_TEST_CASE("create_all creates tables in foreign-key order, as declared", "[ddl]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    create_all(db, ddl_shelves, ddl_books, ddl_authors);
    using B = TestType;
    const std::string bigint = type<B>("integer", "bigint(20)", "bigint");
    const std::string integer = type<B>("integer", "int(11)", "integer");
    const std::string key_text = type<B>("text", "varchar(255)", "text");

    const auto authors = read_shape<B>(db, "ddl_authors");
    const std::string anonymous = type<B>("'anonymous'", "'anonymous'", "'anonymous'::text");
    CHECK(authors.columns == columns{{"id", bigint, true, std::nullopt, true},
                                     {"email", key_text, true, std::nullopt, false},
                                     {"name", key_text, true, anonymous, false},
                                     {"born", integer, false, std::nullopt, false}});
    CHECK(authors.primary_key == names{"id"});
    CHECK(authors.foreign_keys.empty());
    CHECK(authors.indexes == indexes{{"ix_ddl_authors_name", false, {"name"}}});

    const auto books = read_shape<B>(db, "ddl_books");
    CHECK(books.columns == columns{{"id", bigint, true, std::nullopt, true},
                                   {"author_id", bigint, true, std::nullopt, false},
                                   {"title", key_text, true, std::nullopt, false},
                                   {"pages", integer, true, "100", false}});
    CHECK(books.primary_key == names{"id"});
    CHECK(books.foreign_keys == foreign_keys{{"author_id", "ddl_authors", "id", "CASCADE", "RESTRICT"}});
    CHECK(books.indexes == indexes{{"ux_ddl_books_author_id_title", true, {"author_id", "title"}}});

    const auto shelves = read_shape<B>(db, "ddl_shelves");
    CHECK(shelves.columns == columns{{"room", key_text, true, std::nullopt, false},
                                     {"number", integer, true, std::nullopt, false},
                                     {"book_id", bigint, false, std::nullopt, false}});
    CHECK(shelves.primary_key == names{"room", "number"});
    // An unspecified ON UPDATE is the backend's default: RESTRICT on MariaDB.
    CHECK(shelves.foreign_keys ==
          foreign_keys{{"book_id", "ddl_books", "id", "SET NULL", type<B>("NO ACTION", "RESTRICT", "NO ACTION")}});
    CHECK(shelves.indexes == indexes{{"ix_ddl_shelves_book_id_room", false, {"book_id", "room"}}});
}

TEMPLATE_TEST_CASE("tables made by create_all enforce their CHECK, UNIQUE and foreign keys", "[ddl]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    create_all(db, ddl_authors, ddl_books, ddl_shelves);
    db(insert_into(ddl_authors).set(ddl_authors.email = "ann@example.com", ddl_authors.born = 1990));
    CHECK_THROWS_AS(db(insert_into(ddl_authors).set(ddl_authors.email = "bob@example.com", ddl_authors.born = 1700)),
                    check_violation);
    CHECK_THROWS_AS(db(insert_into(ddl_authors).set(ddl_authors.email = "ann@example.com")), unique_violation);
    db(insert_into(ddl_books).set(ddl_books.author_id = 1, ddl_books.title = "Quarry"));
    CHECK_THROWS_AS(db(insert_into(ddl_books).set(ddl_books.author_id = 1, ddl_books.title = "Short",
                                                  ddl_books.pages = 0)),
                    check_violation);
    CHECK_THROWS_AS(db(insert_into(ddl_books).set(ddl_books.author_id = 1, ddl_books.title = "Quarry")),
                    unique_violation);
    CHECK_THROWS_AS(db(insert_into(ddl_books).set(ddl_books.author_id = 9, ddl_books.title = "Nobody's")),
                    foreign_key_violation);
    db(insert_into(ddl_shelves).set(ddl_shelves.room = "hall", ddl_shelves.number = 1, ddl_shelves.book_id = 1));
    CHECK_THROWS_AS(db(insert_into(ddl_shelves).set(ddl_shelves.room = "hall", ddl_shelves.number = 1)),
                    unique_violation);

    // The defaults, and the actions: deleting the author deletes the book, which empties the shelf.
    auto author = db(select(ddl_authors.name).from(ddl_authors)).one();
    CHECK(author.name == "anonymous");
    CHECK(db(select(ddl_books.pages).from(ddl_books)).one().pages == 100);
    db(delete_from(ddl_authors).where(ddl_authors.id == 1));
    CHECK(get<0>(db(select(count()).from(ddl_books)).one()) == 0);
    CHECK(db(select(ddl_shelves.book_id).from(ddl_shelves)).one().book_id == std::nullopt);
}

TEMPLATE_TEST_CASE("create_all again leaves existing tables alone; drop_all drops them in reverse order", "[ddl]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    create_all(db, ddl_authors, ddl_books, ddl_shelves);
    db(insert_into(ddl_authors).set(ddl_authors.email = "ann@example.com"));
    create_all(db, ddl_authors, ddl_books, ddl_shelves);
    CHECK(get<0>(db(select(count()).from(ddl_authors)).one()) == 1);

    std::vector<std::string> sent;
    db.on_statement([&](const statement_event& e) { sent.emplace_back(e.sql); });
    drop_all(db, ddl_authors, ddl_books, ddl_shelves);
    CHECK(sent == names{std::string(per_backend<TestType>(R"(DROP TABLE IF EXISTS "ddl_shelves")",
                                                          "DROP TABLE IF EXISTS `ddl_shelves`",
                                                          R"(DROP TABLE IF EXISTS "ddl_shelves")")),
                        std::string(per_backend<TestType>(R"(DROP TABLE IF EXISTS "ddl_books")",
                                                          "DROP TABLE IF EXISTS `ddl_books`",
                                                          R"(DROP TABLE IF EXISTS "ddl_books")")),
                        std::string(per_backend<TestType>(R"(DROP TABLE IF EXISTS "ddl_authors")",
                                                          "DROP TABLE IF EXISTS `ddl_authors`",
                                                          R"(DROP TABLE IF EXISTS "ddl_authors")"))});
    CHECK(read_shape<TestType>(db, "ddl_authors").columns.empty());
    drop_all(db, ddl_authors, ddl_books, ddl_shelves);  // nothing left to drop: no error
}

TEMPLATE_TEST_CASE("DDL can be prepared: run again, an existing table is a database_error and the connection goes on",
                   "[ddl][prepared]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    auto create = db.prepare(create_table(ddl_authors));
    db(create);
    db(insert_into(ddl_authors).set(ddl_authors.email = "ann@example.com"));
    CHECK_THROWS_AS(db(create), database_error);
    CHECK(get<0>(db(select(count()).from(ddl_authors)).one()) == 1);
    auto create_if_missing = db.prepare(create_table(ddl_authors).if_not_exists());
    db(create_if_missing);
    db(create_if_missing);
    CHECK(get<0>(db(select(count()).from(ddl_authors)).one()) == 1);
}
