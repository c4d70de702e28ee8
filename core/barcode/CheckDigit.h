#pragma once

#include <QString>

namespace comptoir::checkdigit {

// Check-digit algorithms found on library barcodes (reference: protocols.md §4.3–4.4).
enum class Algorithm {
    None,
    Luhn,     // "mod 10 type 1", L-to-R 2-1-2: 14-digit Codabar library barcodes
    Weight31, // GS1-style weights 3,1,3,… from the left (some vendors' 14-digit barcodes)
    Ean13,    // weights 1,3,1,3,… from the left over 12 digits
    Isbn10,   // weights 10..2, mod 11, 10 → X
};

// The check character for `data` (the digits without the check); empty when data is not valid
// input for the algorithm (non-digits, wrong length for EAN-13/ISBN-10).
QString compute(Algorithm algorithm, const QString& data);

// True when the last character of `code` is the right check character for the rest.
bool verify(Algorithm algorithm, const QString& code);

} // namespace comptoir::checkdigit
