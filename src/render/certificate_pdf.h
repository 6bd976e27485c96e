// The STEM School Label certificate as a one-page A4 PDF (Cairo + Pango), Dutch or English: the school,
// its municipality, the label level, the decision date, the last valid day, and the code with the URL
// anyone can check it at.
#pragma once

#include <cstdio>
#include <string>

#include "core/language.h"

namespace sk::render {

struct CertificateData {
    core::Language lang = core::Language::nl;
    std::string school_name;
    std::string municipality;    // may be empty
    std::string programme_name;
    std::string label;           // competent | proficient | expert
    std::string decided_on;      // 'YYYY-MM-DD'
    std::string valid_until;     // 'YYYY-MM-DD'
    std::string code;
    std::string verify_url;
};

// The PDF bytes. Throws std::runtime_error when Cairo fails.
// With `out`, the PDF is written to it as Cairo produces it and "" is returned (for a response sent
// from a file, render::write_pdf_file); otherwise the bytes are returned.
std::string render_certificate_pdf(const CertificateData& data, std::FILE* out = nullptr);

}  // namespace sk::render
