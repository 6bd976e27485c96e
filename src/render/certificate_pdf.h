// The STEM School Label certificate as a one-page A4 PDF (Cairo + Pango), Dutch or English: the school,
// its municipality, the label level, the decision date, the last valid day, and the code with the URL
// anyone can check it at.
#pragma once

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
std::string render_certificate_pdf(const CertificateData& data);

}  // namespace sk::render
