// SPDX-License-Identifier: MIT
#include "core/export/jsonwriter.h"

#include "tests/support/catch.h"

#include <limits>
#include <string>

using namespace attlog;

TEST_CASE("JSON strings are escaped", "[export]")
{
    std::string out;
    JsonWriter::appendEscaped(out, "a\"b\\c\nd\te\x01"
                                   "f/Ж");
    CHECK(out == "\"a\\\"b\\\\c\\nd\\te\\u0001f/Ж\"");
}

TEST_CASE("JSON replaces invalid UTF-8 so the text stays valid", "[export]")
{
    std::string out;
    JsonWriter::appendEscaped(out, "ok\xFF"
                                   "x\xD0"
                                   "\xC0\xAF"
                                   "\xED\xA0\x80"
                                   "\xF0\x9F\x98\x80");
    CHECK(out == "\"ok\xEF\xBF\xBDx\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
                 "\xEF\xBF\xBD\xF0\x9F\x98\x80\"");
}

TEST_CASE("JSON nesting, commas and value kinds", "[export]")
{
    JsonWriter compact;
    compact.beginObject()
        .key("a")
        .value(std::int64_t{-12})
        .key("b")
        .beginArray()
        .value(true)
        .null()
        .value(1.5)
        .value(std::numeric_limits<double>::infinity())
        .endArray()
        .key("c")
        .beginObject()
        .endObject()
        .key("d")
        .value("текст")
        .endObject();
    CHECK(compact.text() == R"({"a":-12,"b":[true,null,1.5,null],"c":{},"d":"текст"})");

    JsonWriter pretty(true);
    pretty.beginArray()
        .beginObject()
        .key("k")
        .value(1)
        .endObject()
        .beginArray()
        .endArray()
        .endArray();
    CHECK(pretty.text() == "[\n  {\n    \"k\": 1\n  },\n  []\n]\n");
}
