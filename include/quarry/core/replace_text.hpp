#pragma once
// Replacing a string's contents with bytes a driver read, as each row's text field does.
#include <cstddef>
#include <string>

namespace quarry {

// By clear and append, which write each byte once: resize would zero-fill them first, and
// assign takes a general path (the source may overlap the string). Flattened: a call to the
// library's append costs as much as the copy.
[[gnu::flatten]] inline void replace_text(std::string& out, const char* bytes, std::size_t size) {
    out.clear();
    out.append(bytes, size);
}

}  // namespace quarry
