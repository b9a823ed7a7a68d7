#include "problems/problem.hpp"

#include <stdexcept>

#include "cli/io/text.hpp"

namespace prep {

Options Options::defaults(const std::vector<OptionSpec>& specs) {
  Options options;
  for (const OptionSpec& spec : specs) {
    if (!spec.default_value.empty()) options.set(spec.key, spec.default_value);
  }
  return options;
}

bool Options::flag(std::string_view key) const {
  const auto it = values_.find(key);
  return it != values_.end() && !it->second.empty() && it->second.back() == "true";
}

std::optional<std::int64_t> Options::integer(std::string_view key) const {
  const auto it = values_.find(key);
  if (it == values_.end() || it->second.empty()) return std::nullopt;
  const io::IntParse r = io::parse_int64(it->second.back());
  if (r.status != io::IntStatus::ok) throw io::UsageError("option " + std::string(key) + " needs an integer");
  return r.value;
}

std::optional<std::string> Options::text(std::string_view key) const {
  const auto it = values_.find(key);
  if (it == values_.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::vector<std::string> Options::texts(std::string_view key) const {
  const auto it = values_.find(key);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

void Options::set(std::string key, std::string value) {
  auto& values = values_[std::move(key)];
  values.assign(1, std::move(value));
}

void Options::add(std::string key, std::string value) { values_[std::move(key)].push_back(std::move(value)); }

void Options::merge(const Options& other) {
  for (const auto& [key, values] : other.values_) values_[key] = values;
}

void Options::set_flag(std::string key, bool on) { set(std::move(key), on ? "true" : "false"); }

void Options::set_integer(std::string key, std::int64_t value) { set(std::move(key), std::to_string(value)); }

}  // namespace prep
