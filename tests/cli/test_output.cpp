#include "cli/io/output.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <random>
#include <string>

using prep::io::JsonWriter;
using prep::io::Output;

TEST_CASE("Output: text goes to the sink on commit; held output can be discarded") {
  std::string sink;
  {
    Output out(sink);
    out.write("a ");
    out.integer(-42);
    out.print(" {}\n", "b");
    out.commit();
  }
  CHECK(sink == "a -42 b\n");
  sink.clear();
  Output out(sink);
  out.hold(true);
  out.write(std::string(200000, 'x'));
  CHECK(sink.empty());  // held: nothing leaves, even past the block size
  out.discard();
  out.commit();
  CHECK(sink.empty());
}

TEST_CASE("Output: unheld output leaves in blocks") {
  std::string sink;
  Output out(sink);
  out.write(std::string(100000, 'x'));
  CHECK(sink.size() == 100000);
}

TEST_CASE("Output: a large block written straight through keeps its place after buffered text") {
  std::string sink;
  Output out(sink);
  out.write("head ");
  const std::string block(70000, 'y');
  out.write(block);
  CHECK(sink == "head " + block);  // the buffered text first, then the block, not copied through the buffer
  out.put('!');
  out.commit();
  CHECK(sink == "head " + block + "!");
}

TEST_CASE("JsonWriter: nesting, commas, fields") {
  std::string sink;
  Output out(sink);
  JsonWriter json(out);
  json.begin_array();
  json.begin_object();
  json.field("start", std::int64_t{0});
  json.field("ok", true);
  json.key("list");
  json.begin_array();
  json.null();
  json.value("x");
  json.end_array();
  json.end_object();
  json.begin_array();
  json.end_array();
  json.end_array();
  json.finish();
  out.commit();
  CHECK(sink == "[{\"start\":0,\"ok\":true,\"list\":[null,\"x\"]},[]]\n");
}

TEST_CASE("JsonWriter: any byte string becomes valid JSON that reads back") {
  std::mt19937 rng(3);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const auto length = rng() % 12;
    for (unsigned i = 0; i < length; ++i) s.push_back(static_cast<char>(rng() % 256));
    std::string sink;
    Output out(sink);
    JsonWriter json(out);
    json.begin_array();
    json.value(s);
    json.end_array();
    out.commit();
    const auto parsed = nlohmann::json::parse(sink);  // throws if invalid
    const std::string back = parsed.at(0).get<std::string>();
    bool valid_utf8 = true;
    try {
      (void)nlohmann::json(s).dump();
    } catch (const nlohmann::json::exception&) {
      valid_utf8 = false;
    }
    if (valid_utf8) CHECK(back == s);
  }
}
