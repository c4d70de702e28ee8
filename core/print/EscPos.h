#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace comptoir::print {

// ESC/POS for 80 mm receipt printers, as a byte builder. Each command is the exact bytes of the
// reference (shared/reference/protocols.md §6); text is encoded in the code page selected
// (Windows-1252 by default, which has every French accent and the €).
class EscPos
{
public:
    enum class Justify { Left = 0, Center = 1, Right = 2 };
    enum class Barcode {
        UpcA = 65,
        UpcE = 66,
        Ean13 = 67,
        Ean8 = 68,
        Code39 = 69,
        Itf = 70,
        Codabar = 71,
        Code93 = 72,
        Code128 = 73
    };
    enum class QrLevel { L = 0, M = 1, Q = 2, H = 3 };

    EscPos& initialize();                                 // ESC @
    EscPos& codePage(int n);                              // ESC t n (16 = WPC1252, 19 = CP858)
    EscPos& bold(bool on);                                // ESC E n
    EscPos& underline(int mode);                          // ESC - n (0, 1, 2)
    EscPos& justify(Justify j);                           // ESC a n
    EscPos& printMode(quint8 mode);                       // ESC ! n
    EscPos& characterSize(int width, int height);         // GS ! n, 1..8 each
    EscPos& feed(int lines);                              // ESC d n
    EscPos& cut(bool partial = false, int feedLines = 3); // GS V A|B n
    EscPos& barcodeHeight(int dots);                      // GS h n
    EscPos& barcodeWidth(int module);                     // GS w n (2..6)
    EscPos& barcodeText(int position);                    // GS H n (0 none, 1 above, 2 below, 3 both)
    EscPos& font(int n);                                  // ESC M n (0 font A, 1 font B: smaller)
    // GS k m len data (function B). Code 128 data must begin with {A, {B or {C.
    Status barcode(Barcode type, const QByteArray& data);
    // A Code 128 barcode of text in code set B (ASCII 32 to 126): "{B", then the text with each "{"
    // doubled, since a "{" followed by a letter or digit switches code set or sends an FNC. Text
    // outside set B (an accent, a control character) or too long for one command adds nothing
    // and answers an error ("escpos.code128") the caller shows, printing the text instead.
    Status code128(const QString& text);
    EscPos& qrCode(const QByteArray& data, int size = 3, QrLevel level = QrLevel::L); // GS ( k, model 2
    EscPos& pulse(int pin = 0, int onMs = 120, int offMs = 240);                      // ESC p m t1 t2
    EscPos& text(const QString& text);      // encoded in the current code page
    EscPos& line(const QString& text = {}); // text + LF

    const QByteArray& bytes() const { return m_bytes; }

    // QString → code page bytes; characters the page lacks become '?'.
    static QByteArray encode(const QString& text, int codePage);

private:
    QByteArray m_bytes;
    int m_codePage = 16;
};

// Sends a whole job to a printer's device (a QSerialPort, a QTcpSocket to port 9100), at once:
// some printers misbehave on partial commands. Waits until written or the time limit.
Status sendJob(QIODevice& device, const QByteArray& job, int timeoutMs = 5000);

} // namespace comptoir::print
