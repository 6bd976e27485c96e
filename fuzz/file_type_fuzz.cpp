// libFuzzer target: file-type detection on arbitrary bytes must never read out of bounds, loop or crash,
// and whatever it accepts must carry a type. Build and run: scripts/fuzz.sh (or `make fuzz`).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/file_type.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (const auto t = sk::core::detect_file_type(bytes)) {
        if (t->name.empty() || t->content_type.empty()) std::abort();
    }
    return 0;
}
