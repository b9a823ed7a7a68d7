#include "problems/sms_split.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "algorithms/utf8.hpp"
#include "problems/graphemes.hpp"

namespace ss = prep::problems::sms_split;

namespace {

ss::Settings rule(std::size_t limit, bool lines = false, bool words = false) {
  ss::Settings s;
  s.limit = limit;
  s.lines = lines;
  s.words = words;
  return s;
}

ss::Settings carrier(ss::EncodingChoice encoding, bool info = false) {
  ss::Settings s;
  s.mode = ss::Mode::carrier;
  s.encoding = encoding;
  s.info = info;
  return s;
}

std::string run(const std::string& text, const ss::Settings& settings) {
  prep::io::Input input = prep::io::Input::from_text("t", text);
  const auto messages = ss::parse(input, settings);
  std::string sink;
  prep::io::Output out(sink);
  ss::render(messages, settings, out);
  out.commit();
  return sink;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::vector<std::size_t> cluster_sizes(const std::string& text) {
  std::vector<std::size_t> ends;
  prep::problems::grapheme_cluster_ends(text, ends);
  std::vector<std::size_t> sizes;
  std::size_t start = 0;
  for (const std::size_t end : ends) {
    sizes.push_back(prep::algo::utf8::count_code_points(std::string_view(text).substr(start, end - start)));
    start = end;
  }
  return sizes;
}

}  // namespace

TEST_CASE("sms-split: grapheme clusters from utf8proc") {
  CHECK(cluster_sizes("").empty());
  CHECK(cluster_sizes("abc") == std::vector<std::size_t>{1, 1, 1});
  CHECK(cluster_sizes("a\r\nb") == std::vector<std::size_t>{1, 2, 1});
  CHECK(cluster_sizes("e\u0301x") == std::vector<std::size_t>{2, 1});
  CHECK(cluster_sizes("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466!") == std::vector<std::size_t>{7, 1});
  CHECK(cluster_sizes("\U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA\U0001F1FA") == std::vector<std::size_t>{2, 2, 1});
  CHECK(cluster_sizes("\U0001F44D\U0001F3FD") == std::vector<std::size_t>{2});
  CHECK(cluster_sizes("1\uFE0F\u20E3") == std::vector<std::size_t>{3});
  CHECK(cluster_sizes("\u1100\u1161\u11A8") == std::vector<std::size_t>{3});  // Hangul jamo L V T
  CHECK(cluster_sizes("\u00e9\u0301") == std::vector<std::size_t>{2});          // Latin-1 then a mark
}

TEST_CASE("sms-split: the rule in-process") {
  CHECK(run(std::string(160, 'a') + "\n", rule(160)) == std::string(160, 'a') + "\n");
  CHECK(run(std::string(161, 'a'), rule(160)) ==
        std::string(155, 'a') + "(1/2)\n" + std::string(6, 'a') + "(2/2)\n");
  CHECK(run("", rule(160)) == "\n");
  CHECK(run("abcdefghijkl\r\n", rule(11)) == "abcdef(1/2)\nghijkl(2/2)\n");
  CHECK(run("abcdefghijk", rule(10)) == "abcde(1/3)\nfghij(2/3)\nk(3/3)\n");
  CHECK(run("a\n\nb\n", rule(10, true)) == "a\n\nb\n\n");
  ss::Settings json = rule(11, true);
  json.json = true;
  CHECK(run("a\nabcdefghijkl\n", json) == "[[\"a\"],[\"abcdef(1/2)\",\"ghijkl(2/2)\"]]\n");
}

TEST_CASE("sms-split: carrier in-process") {
  CHECK(run(std::string(161, 'a'), carrier(ss::EncodingChoice::automatic, true)) == "encoding=GSM-7 segments=2\n153\n8\n");
  CHECK(run("Hi \U0001F600", carrier(ss::EncodingChoice::automatic, true)) == "encoding=UCS-2 segments=1\n5\n");
  CHECK(run(std::string(152, 'a') + "\u20ac" + std::string(8, 'b'), carrier(ss::EncodingChoice::gsm7)) ==
        std::string(152, 'a') + "\n\u20ac" + std::string(8, 'b') + "\n");
}

TEST_CASE("sms-split: bad input") {
  prep::io::Input bad_utf8 = prep::io::Input::from_text("t", "ab\xff");
  CHECK_THROWS_AS(ss::parse(bad_utf8, rule(160)), prep::io::InputError);
  prep::io::Input cyrillic = prep::io::Input::from_text("t", "\u043f\u0440\u0438\u0432\u0435\u0442");
  CHECK_THROWS_AS(ss::parse(cyrillic, carrier(ss::EncodingChoice::gsm7)), prep::io::InputError);
  prep::io::Input too_long = prep::io::Input::from_text("t", std::string(10, 'a'));
  CHECK_THROWS_AS(ss::parse(too_long, rule(6)), prep::io::InputError);
  prep::Options options;
  options.set_integer("limit", 5);
  CHECK_THROWS_AS(ss::settings(options), prep::io::UsageError);
  prep::Options words_and_encoding;
  words_and_encoding.set_flag("words", true);
  words_and_encoding.set("encoding", "auto");
  CHECK_THROWS_AS(ss::settings(words_and_encoding), prep::io::UsageError);
}

TEST_CASE("sms-split: random multi-byte messages, the printed segments give the message back") {
  std::mt19937_64 rng(61);
  const char* pieces[] = {"a", "b", " ", "\u00e9", "\u20ac", "\U0001F600", "\u0416", "(", "/", ")"};
  for (int round = 0; round < 300; ++round) {
    const std::size_t limit = 6 + rng() % 200;
    const std::size_t length = rng() % 3000;
    std::string message;
    for (std::size_t i = 0; i < length; ++i) message += pieces[rng() % std::size(pieces)];
    for (const bool words : {false, true}) {
      prep::io::Input input = prep::io::Input::from_text("t", message);
      const ss::Settings settings = rule(limit, false, words);
      ss::Messages messages;
      try {
        messages = ss::parse(input, settings);
      } catch (const prep::io::InputError&) {
        continue;  // limit too small for this message: tested in test_sms.cpp
      }
      std::string sink;
      prep::io::Output out(sink);
      ss::render(messages, settings, out);
      out.commit();
      const auto segments = lines_of(sink);
      const std::size_t n = segments.size();
      std::string joined;
      for (std::size_t i = 0; i < n; ++i) {
        std::string segment = segments[i];
        CHECK(prep::algo::utf8::count_code_points(segment) <= limit);
        if (n > 1) {
          std::string suffix = "(";  // built by appends: GCC 12 warns falsely (-Wrestrict) on "(" + to_string
          suffix.append(std::to_string(i + 1)).append("/").append(std::to_string(n)).append(")");
          REQUIRE(segment.size() >= suffix.size());
          CHECK(segment.substr(segment.size() - suffix.size()) == suffix);
          segment.resize(segment.size() - suffix.size());
        }
        joined += segment;
      }
      CHECK(joined == message);
    }
  }
}
