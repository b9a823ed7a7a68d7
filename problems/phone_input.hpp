// phone_input.hpp — reading phone numbers and the files that go with them (vanity codes, prefix
// tables): the input-layer half of algorithms/phone.hpp, turning a bad character into an error at
// its line and column.
#pragma once

#include <string>
#include <string_view>

#include "cli/io/input.hpp"

namespace prep::problems {

// The record without its leading and trailing blanks: a number "as written".
std::string_view trim_blanks(std::string_view text);

// Replaces `digits` with the normalized digits of `written` (a view into the line last read from
// input). Throws InputError at the first character that may not appear in a phone number, or at
// the start of a number that has no digit at all; `what` names the thing in messages ("phone number").
void read_digits(const io::Input& input, std::string_view written, std::string& digits, std::string_view what);

// The character at the start of text (a whole UTF-8 sequence when it is one), quoted for a message.
std::string quote_char(std::string_view text);

}  // namespace prep::problems
