#include "print/EscPos.h"

#include <QIODevice>
#include <QStringEncoder>

namespace comptoir::print {

namespace {

char byte(int v)
{
    return char(quint8(v));
}

} // namespace

EscPos& EscPos::initialize()
{
    m_bytes += "\x1b@";
    return *this;
}

EscPos& EscPos::codePage(int n)
{
    m_bytes += "\x1bt";
    m_bytes += byte(n);
    m_codePage = n;
    return *this;
}

EscPos& EscPos::bold(bool on)
{
    m_bytes += "\x1b"
               "E";
    m_bytes += byte(on ? 1 : 0);
    return *this;
}

EscPos& EscPos::underline(int mode)
{
    m_bytes += "\x1b-";
    m_bytes += byte(qBound(0, mode, 2));
    return *this;
}

EscPos& EscPos::justify(Justify j)
{
    m_bytes += "\x1b"
               "a";
    m_bytes += byte(int(j));
    return *this;
}

EscPos& EscPos::printMode(quint8 mode)
{
    m_bytes += "\x1b!";
    m_bytes += byte(mode);
    return *this;
}

EscPos& EscPos::characterSize(int width, int height)
{
    m_bytes += "\x1d!";
    m_bytes += byte(((qBound(1, width, 8) - 1) << 4) | (qBound(1, height, 8) - 1));
    return *this;
}

EscPos& EscPos::feed(int lines)
{
    m_bytes += "\x1b"
               "d";
    m_bytes += byte(qBound(0, lines, 255));
    return *this;
}

EscPos& EscPos::cut(bool partial, int feedLines)
{
    m_bytes += "\x1dV";
    m_bytes += partial ? 'B' : 'A';
    m_bytes += byte(qBound(0, feedLines, 255));
    return *this;
}

EscPos& EscPos::barcodeHeight(int dots)
{
    m_bytes += "\x1dh";
    m_bytes += byte(qBound(1, dots, 255));
    return *this;
}

EscPos& EscPos::barcodeWidth(int module)
{
    m_bytes += "\x1dw";
    m_bytes += byte(qBound(2, module, 6));
    return *this;
}

EscPos& EscPos::barcodeText(int position)
{
    m_bytes += "\x1dH";
    m_bytes += byte(qBound(0, position, 3));
    return *this;
}

EscPos& EscPos::font(int n)
{
    m_bytes += "\x1bM";
    m_bytes += byte(qBound(0, n, 1));
    return *this;
}

Status EscPos::code128(const QString& text)
{
    QByteArray data("{B");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7E)
            return Error{QStringLiteral("escpos.code128"),
                         QStringLiteral("\"%1\" holds characters Code 128 set B cannot encode").arg(text)};
        data += char(u);
        if (u == u'{')
            data += '{'; // "{{" is the "{" character itself
    }
    if (text.isEmpty() || data.size() > 255)
        return Error{QStringLiteral("escpos.code128"),
                     QStringLiteral("\"%1\" is empty or too long for one Code 128 barcode").arg(text)};
    return barcode(Barcode::Code128, data);
}

Status EscPos::barcode(Barcode type, const QByteArray& data)
{
    if (data.isEmpty() || data.size() > 255)
        return Error{QStringLiteral("escpos.barcode"), QStringLiteral("barcode data must be 1 to 255 bytes")};
    if (type == Barcode::Code128 && !(data.startsWith("{A") || data.startsWith("{B") || data.startsWith("{C")))
        return Error{QStringLiteral("escpos.barcode"), QStringLiteral("Code 128 data must begin with {A, {B or {C")};
    if (type == Barcode::Codabar) {
        auto stop = [](char c) { return c >= 'A' && c <= 'D'; };
        if (data.size() < 3 || !stop(data.front()) || !stop(data.back()))
            return Error{QStringLiteral("escpos.barcode"),
                         QStringLiteral("Codabar needs its start and stop letters (A–D)")};
    }
    m_bytes += "\x1dk";
    m_bytes += byte(int(type));
    m_bytes += byte(int(data.size()));
    m_bytes += data;
    return {};
}

EscPos& EscPos::qrCode(const QByteArray& data, int size, QrLevel level)
{
    auto command = [this](const QByteArray& body) {
        m_bytes += "\x1d(k";
        m_bytes += byte(int(body.size()) & 0xff);
        m_bytes += byte((int(body.size()) >> 8) & 0xff);
        m_bytes += body;
    };
    command(QByteArray("1A2\x00", 4));                     // model 2
    command(QByteArray("1C") + byte(qBound(1, size, 16))); // module size
    command(QByteArray("1E") + byte('0' + int(level)));    // error correction
    command(QByteArray("1P0") + data);                     // store
    command(QByteArray("1Q0"));                            // print
    return *this;
}

EscPos& EscPos::pulse(int pin, int onMs, int offMs)
{
    m_bytes += "\x1bp";
    m_bytes += byte(pin == 0 ? 48 : 49);
    m_bytes += byte(qBound(0, onMs / 2, 255));
    m_bytes += byte(qBound(0, offMs / 2, 255));
    return *this;
}

QByteArray EscPos::encode(const QString& text, int codePage)
{
    const char* name = codePage == 16   ? "windows-1252"
                       : codePage == 2  ? "IBM850"
                       : codePage == 19 ? "IBM00858"
                                        : "IBM437";
    const bool known = QStringEncoder(name).isValid();
    QByteArray out;
    out.reserve(text.size());
    // One character at a time, so that what the page lacks becomes '?' rather than stopping.
    for (const QChar c : text) {
        if (!known) {
            out += c.unicode() < 0x80 ? char(c.unicode()) : '?';
            continue;
        }
        QStringEncoder one(name);
        const QByteArray b = one(QString(c));
        if (!one.hasError() && !b.isEmpty()) {
            out += b;
            continue;
        }
        // French typography the page lacks, printed as its nearest plain form, never as '?'.
        switch (c.unicode()) {
        case 0x00A0: // no-break space
        case 0x202F: // narrow no-break space
        case 0x2009: // thin space
            out += ' ';
            break;
        case 0x2019: // ’
        case 0x2018:
            out += '\'';
            break;
        case 0x2026: // …
            out += "...";
            break;
        case 0x2013: // – —
        case 0x2014:
            out += '-';
            break;
        case 0x00AB: // « »
            out += "<<";
            break;
        case 0x00BB:
            out += ">>";
            break;
        default:
            out += '?';
        }
    }
    return out;
}

EscPos& EscPos::text(const QString& text)
{
    m_bytes += encode(text, m_codePage);
    return *this;
}

EscPos& EscPos::line(const QString& text)
{
    this->text(text);
    m_bytes += '\n';
    return *this;
}

Status sendJob(QIODevice& device, const QByteArray& job, int timeoutMs)
{
    if (!device.isOpen() || !device.isWritable())
        return Error{QStringLiteral("print.device"), QStringLiteral("the printer is not connected")};
    qint64 written = 0;
    while (written < job.size()) {
        const qint64 n = device.write(job.constData() + written, job.size() - written);
        if (n < 0)
            return Error{QStringLiteral("print.write"), device.errorString()};
        written += n;
    }
    while (device.bytesToWrite() > 0)
        if (!device.waitForBytesWritten(timeoutMs))
            return Error{QStringLiteral("print.timeout"), QStringLiteral("the printer did not take the job in time")};
    return {};
}

} // namespace comptoir::print
