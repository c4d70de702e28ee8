#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::print {

// One line of a slip. Slip templates are text, one line per printed line, each starting with
// optional directives:
//   [center] [left] [right]   alignment          [bold]   bold
//   [big] [small]             size               [barcode] the text as a Code 128 barcode
//   [qr]                      the text as a QR code
//   [rule]  a horizontal line  [feed]  an empty line  [cut]  end of the slip (paper cut)
// Lines starting with '#' are comments. A line left empty once its fields are filled is dropped,
// so optional fields vanish with their line; use [feed] for space.
struct SlipLine
{
    enum class Kind { Text, Barcode, Qr, Rule, Feed, Cut };
    enum class Align { Left, Center, Right };
    enum class Size { Small, Normal, Big };
    Kind kind = Kind::Text;
    Align align = Align::Left;
    Size size = Size::Normal;
    bool bold = false;
    QString text;
    bool operator==(const SlipLine&) const = default;
};

// Bounds on a slip: a receipt of a thousand lines is already metres of paper; a line names its
// few directives once. Lines beyond MaxSlipLines are dropped (a last "…" line says so); directives
// beyond MaxDirectivesPerLine are text. A QR code holds at most MaxQrBytes (version 40, level L,
// byte mode): a longer [qr] text is printed as text, as a barcode the printer cannot draw is.
constexpr int MaxSlipLines = 1000;
constexpr int MaxDirectivesPerLine = 8;
constexpr qsizetype MaxQrBytes = 2953;

// The lines of a filled slip template.
QList<SlipLine> parseSlip(const QString& filled);

// Characters of a line on an 80 mm receipt printer (576 dots): 48 in the normal font (A, 12 dots),
// 24 in double size ([big]), 64 in the small font (B, 9 dots). Shipped templates fit these.
constexpr int SlipColumns = 48;
int slipColumns(SlipLine::Size size);

// A slip as ESC/POS bytes, and what could not be printed as asked (for the desk to show): a
// barcode printed as text because Code 128 set B cannot encode it, a QR code too long.
struct EscPosSlip
{
    QByteArray bytes;
    QStringList warnings;
};

// The slip as ESC/POS bytes for an 80 mm receipt printer: Windows-1252 text (French accents),
// bold, double size for [big], the small font (B) for [small], Code 128 (set B, "{" escaped) and
// QR codes, and a cut at the end (or at each [cut]).
EscPosSlip renderEscPos(const QList<SlipLine>& lines);
// Dots per module of a QR code of that many bytes on an 80 mm printer: `preferred`, or less when
// the symbol would be wider than the paper.
int qrModuleDots(qsizetype bytes, int preferred);
QByteArray slipToEscPos(const QList<SlipLine>& lines); // renderEscPos(lines).bytes

// The slip's text, one line per text line (for logs-free previews and tests).
QString slipPlainText(const QList<SlipLine>& lines);

} // namespace comptoir::print
