#include "devices/DeviceConfig.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "Settings.h"

#include <QJsonDocument>

#include <cctype>

namespace comptoir::devices {

QByteArray unescapeBytes(const QString& text)
{
    QByteArray out;
    const QByteArray in = text.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '\\' || i + 1 >= in.size()) {
            out.append(in[i]);
            continue;
        }
        const char c = in[++i];
        if (c == 'r')
            out.append('\r');
        else if (c == 'n')
            out.append('\n');
        else if (c == 't')
            out.append('\t');
        else if (c == '\\')
            out.append('\\');
        else if (c == 'x' && i + 2 < in.size() && std::isxdigit(quint8(in[i + 1])) &&
                 std::isxdigit(quint8(in[i + 2]))) {
            out.append(QByteArray::fromHex(in.mid(i + 1, 2)));
            i += 2;
        } else {
            out.append('\\').append(c);
        }
    }
    return out;
}

QString escapeBytes(const QByteArray& bytes)
{
    QString out;
    for (const char c : bytes) {
        if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (c == '\t')
            out += QStringLiteral("\\t");
        else if (c == '\\')
            out += QStringLiteral("\\\\");
        else if (quint8(c) < 0x20 || quint8(c) > 0x7E)
            out += QStringLiteral("\\x") + QString::number(quint8(c), 16).rightJustified(2, QLatin1Char('0')).toUpper();
        else
            out += QLatin1Char(c);
    }
    return out;
}

QString dialectName(RfidDialect dialect)
{
    return dialect == RfidDialect::ThreeM ? QStringLiteral("3m") : QStringLiteral("feig");
}

RfidDialect dialectFromName(const QString& name)
{
    return name.compare(QLatin1String("3m"), Qt::CaseInsensitive) == 0 ? RfidDialect::ThreeM : RfidDialect::Feig;
}

namespace {

QSerialPort::Parity parityFromName(const QString& name)
{
    if (name == QLatin1String("even"))
        return QSerialPort::EvenParity;
    if (name == QLatin1String("odd"))
        return QSerialPort::OddParity;
    return QSerialPort::NoParity;
}

QString parityName(QSerialPort::Parity parity)
{
    return parity == QSerialPort::EvenParity  ? QStringLiteral("even")
           : parity == QSerialPort::OddParity ? QStringLiteral("odd")
                                              : QStringLiteral("none");
}

} // namespace

DeviceConfig DeviceConfig::load(const Settings& settings)
{
    using namespace comptoir::settings;
    DeviceConfig c;
    c.scannerLine.port = settings.value(ScannerPort);
    c.scannerLine.baud = settings.value(ScannerBaud);
    c.scannerLine.parity = parityFromName(settings.value(ScannerParity));
    c.scannerLine.stopBits = settings.value(ScannerStopBits) == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop;
    c.scannerFraming.prefix = unescapeBytes(settings.value(ScannerPrefix));
    c.scannerFraming.suffix = unescapeBytes(settings.value(ScannerSuffix));
    c.scannerFraming.interCharTimeoutMs = std::clamp(settings.value(ScannerPauseMs), 10, 2000);
    c.scannerFraming.stripCodabar = settings.value(ScannerStripCodabar);
    c.wedge = settings.value(WedgeEnabled);
    c.wedgeGapMs = std::clamp(settings.value(WedgeGapMs), 10, 200);
    c.pad.line.port = settings.value(RfidPort);
    c.pad.dialect = dialectFromName(settings.value(RfidDialectName));
    c.pad.line.baud = settings.value(RfidBaud);
    // FEIG readers default to even parity (protocols.md §3.2); 3M pads to none.
    c.pad.line.parity = c.pad.dialect == RfidDialect::Feig ? QSerialPort::EvenParity : QSerialPort::NoParity;
    c.pad.afiLeaving = quint8(settings.value(AfiLeaving) & 0xFF);
    c.pad.afiSecured = quint8(settings.value(AfiSecured) & 0xFF);
    c.ownIsil = settings.value(OwnIsil);
    const QJsonDocument names = QJsonDocument::fromJson(settings.value(IsilNames).toUtf8());
    const QJsonObject byIsil = names.object();
    for (auto it = byIsil.begin(); it != byIsil.end() && c.isilNames.size() < 1000; ++it)
        if (it.value().isString())
            c.isilNames.insert(it.key().toUpper(), it.value().toString().left(200));
    const QString rules = settings.value(BarcodeRulesJson);
    if (!rules.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(rules.toUtf8());
        if (doc.isArray() && !doc.array().isEmpty())
            c.rules = BarcodeRules::fromJson(doc.array());
    }
    return c;
}

QString DeviceConfig::ownerName(const QString& isil) const
{
    const auto bare = [](QString code) { return code.remove(QLatin1Char('-')).toUpper(); };
    for (auto it = isilNames.begin(); it != isilNames.end(); ++it)
        if (bare(it.key()) == bare(isil))
            return it.value();
    return QCoreApplication::translate("DeviceConfig", "a library outside the network (ISIL %1)").arg(isil);
}

void DeviceConfig::save(Settings& settings) const
{
    using namespace comptoir::settings;
    settings.setValue(ScannerPort, scannerLine.port);
    settings.setValue(ScannerBaud, int(scannerLine.baud));
    settings.setValue(ScannerParity, parityName(scannerLine.parity));
    settings.setValue(ScannerStopBits, scannerLine.stopBits == QSerialPort::TwoStop ? 2 : 1);
    settings.setValue(ScannerPrefix, escapeBytes(scannerFraming.prefix));
    settings.setValue(ScannerSuffix, escapeBytes(scannerFraming.suffix));
    settings.setValue(ScannerPauseMs, scannerFraming.interCharTimeoutMs);
    settings.setValue(ScannerStripCodabar, scannerFraming.stripCodabar);
    settings.setValue(WedgeEnabled, wedge);
    settings.setValue(WedgeGapMs, wedgeGapMs);
    settings.setValue(RfidPort, pad.line.port);
    settings.setValue(RfidDialectName, dialectName(pad.dialect));
    settings.setValue(RfidBaud, int(pad.line.baud));
    settings.setValue(AfiLeaving, int(pad.afiLeaving));
    settings.setValue(AfiSecured, int(pad.afiSecured));
    settings.setValue(OwnIsil, ownIsil);
    QJsonObject names;
    for (auto it = isilNames.begin(); it != isilNames.end(); ++it)
        names.insert(it.key(), it.value());
    settings.setValue(IsilNames, names.isEmpty()
                                     ? QString()
                                     : QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)));
    settings.setValue(BarcodeRulesJson,
                      QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace comptoir::devices
