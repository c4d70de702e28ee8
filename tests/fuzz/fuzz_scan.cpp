// Fuzz target: what scanners send. Serial bytes through the framer (prefix, suffix, pauses,
// Codabar stripping), key texts through the keyboard-wedge detector, codes through the barcode
// rules with every check-digit algorithm.
#include "devices/BarcodeRules.h"
#include "devices/ScannerInput.h"

#include <cstddef>
#include <cstdint>

using namespace comptoir::devices;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 2, qsizetype(size) - 2);
    ScannerFraming framing;
    framing.prefix = (data[0] & 1) ? QByteArray("\x02") : QByteArray();
    framing.suffix = (data[0] & 2) ? QByteArray("\r\n") : (data[0] & 4) ? QByteArray() : QByteArray("\x03");
    framing.stripCodabar = data[0] & 8;
    framing.interCharTimeoutMs = 20 + data[1];
    ScannerFramer framer(framing);
    static const BarcodeRules rules(
        {{CodeKind::PatronCard, QStringLiteral("2[0-9]{13}"), comptoir::checkdigit::Algorithm::Luhn},
         {CodeKind::Item, QStringLiteral("3[0-9]{13}"), comptoir::checkdigit::Algorithm::Weight31},
         {CodeKind::Item, QStringLiteral("97[89][0-9]{10}"), comptoir::checkdigit::Algorithm::Ean13},
         {CodeKind::Item, QStringLiteral("[0-9]{9}[0-9X]"), comptoir::checkdigit::Algorithm::Isbn10},
         {CodeKind::Crate, QStringLiteral(".*"), comptoir::checkdigit::Algorithm::None}});
    qint64 now = 0;
    WedgeDetector wedge;
    for (qsizetype at = 0; at < bytes.size(); at += 3) {
        now += quint8(bytes[at]) % 100;
        for (const auto& piece : framer.feed(bytes.mid(at, 3), now)) {
            if (piece.code.isEmpty() == piece.garbled.isEmpty())
                __builtin_trap();
            if (!piece.code.isEmpty())
                (void)rules.classify(piece.code);
        }
        const QString text = QString::fromLatin1(bytes.mid(at, 1));
        const auto outcome = wedge.key(text, bytes[at] == '\r', now);
        if (outcome.decision == WedgeDetector::Decision::Scan) {
            (void)mapAzertyDigits(wedge.code());
            (void)rules.classify(wedge.code());
        }
    }
    (void)framer.poll(now + 1000);
    (void)wedge.timeout(now + 1000);
    return 0;
}
