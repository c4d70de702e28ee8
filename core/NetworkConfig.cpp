#include "NetworkConfig.h"

#include "Logging.h"
#include "Settings.h"
#include "print/Template.h"
#include "print/TemplateStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace comptoir {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("comptoir::NetworkConfig", text);
}

Error problem(int line, const QString& reason)
{
    return Error{QStringLiteral("network-config.invalid"),
                 line > 0 ? QCoreApplication::translate("comptoir", "Line %1: %2").arg(line).arg(reason) : reason};
}

// Keys that are each counter's own: where it is, who works there, its devices and printers.
const QStringList CounterOwn = {
    QStringLiteral("desk/site"),           QStringLiteral("desk/workstation"),  QStringLiteral("desk/staffLogin"),
    QStringLiteral("sip/login"),           QStringLiteral("sip/queueFile"),     QStringLiteral("slips/output"),
    QStringLiteral("slips/printerAddress"), QStringLiteral("slips/printerBaud"), QStringLiteral("slips/pdfFolder"),
    QStringLiteral("devices/scannerPort"), QStringLiteral("devices/scannerBaud"), QStringLiteral("devices/scannerParity"),
    QStringLiteral("devices/scannerStopBits"), QStringLiteral("devices/scannerPrefix"),
    QStringLiteral("devices/scannerSuffix"), QStringLiteral("devices/scannerPauseMs"),
    QStringLiteral("devices/scannerStripCodabar"), QStringLiteral("devices/wedge"), QStringLiteral("devices/wedgeGapMs"),
    QStringLiteral("devices/rfidPort"), QStringLiteral("devices/rfidDialect"), QStringLiteral("devices/rfidBaud"),
};

bool looksSecret(const QString& key)
{
    static const QRegularExpression secret(QStringLiteral("(password|passwd|secret|token|pin)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

const SettingInfo* infoOf(const QList<SettingInfo>& registry, const QString& key)
{
    for (const SettingInfo& info : registry)
        if (info.name == key)
            return &info;
    return nullptr;
}

// Checks a value against the setting's type; normalises booleans.
std::optional<QString> checkValue(const SettingInfo& info, const QString& value, QString* reason)
{
    switch (info.defaultValue.typeId()) {
    case QMetaType::Bool: {
        const QString v = value.toLower();
        if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1"))
            return QStringLiteral("true");
        if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0"))
            return QStringLiteral("false");
        *reason = QCoreApplication::translate("comptoir", "%1 is true or false, not “%2”.").arg(info.name, value);
        return std::nullopt;
    }
    case QMetaType::Int: {
        bool ok = false;
        value.toInt(&ok);
        if (!ok) {
            *reason = QCoreApplication::translate("comptoir", "%1 is a whole number, not “%2”.").arg(info.name, value);
            return std::nullopt;
        }
        return value;
    }
    default:
        return value;
    }
}

bool knownTemplate(const QString& fileName, print::TemplateInfo* found = nullptr)
{
    for (const print::TemplateInfo& info : print::TemplateStore::kinds())
        if (info.fileName == fileName) {
            if (found)
                *found = info;
            return true;
        }
    return false;
}

} // namespace

bool NetworkConfig::isCounterOwn(const QString& key)
{
    return CounterOwn.contains(key) || key.startsWith(QLatin1String("ui/")) || key.startsWith(QLatin1String("log/")) ||
           key.startsWith(QLatin1String("meta/"));
}

QMap<QString, QString> NetworkConfig::valuesFor(const QString& site) const
{
    QMap<QString, QString> values = settings;
    const auto own = sites.constFind(site);
    if (own != sites.constEnd())
        for (auto it = own->constBegin(); it != own->constEnd(); ++it)
            values.insert(it.key(), it.value());
    return values;
}

Result<NetworkConfig> NetworkConfig::parse(const QByteArray& bytes)
{
    if (bytes.size() > MaxFileBytes)
        return problem(0, tr("The file is larger than %1 MB: it is not a network configuration.")
                              .arg(MaxFileBytes / (1024 * 1024)));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return problem(0, tr("The file is not UTF-8 text."));

    enum class Section { None, Header, Settings, Site, Template, Locked };
    Section section = Section::None;
    QString current; // site id or template file name
    NetworkConfig config;
    int format = 0;
    int formatLine = 0;
    QMap<QString, int> seen; // "section\nkey" → line, for duplicates
    static const QRegularExpression keyValue(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9_./-]*)\s*=\s*(.*)$)"));
    static const QRegularExpression siteId(QStringLiteral(R"(^[A-Za-z0-9_-]{1,32}$)"));
    const QList<SettingInfo> registry = Settings::registry();

    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.size() > MaxLineBytes)
            return problem(number, tr("the line is longer than %1 characters.").arg(MaxLineBytes));
        const QString trimmed = line.trimmed();
        if (section == Section::Template && trimmed.startsWith(QLatin1Char('|'))) {
            QString& body = config.templates[current];
            if (body.count(QLatin1Char('\n')) >= MaxTemplateLines)
                return problem(number, tr("the template %1 has more than %2 lines.").arg(current).arg(MaxTemplateLines));
            QString content = trimmed.mid(1);
            if (content.startsWith(QLatin1Char(' ')))
                content.remove(0, 1);
            body += content + QLatin1Char('\n');
            continue;
        }
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';')))
            continue;
        if (trimmed.startsWith(QLatin1Char('['))) {
            if (!trimmed.endsWith(QLatin1Char(']')))
                return problem(number, tr("a section name ends with “]”."));
            const QString name = trimmed.mid(1, trimmed.size() - 2).simplified();
            if (name == QLatin1String("comptoir-network")) {
                section = Section::Header;
            } else if (name == QLatin1String("settings")) {
                section = Section::Settings;
            } else if (name == QLatin1String("locked")) {
                section = Section::Locked;
            } else if (name.startsWith(QLatin1String("site "))) {
                current = name.mid(5).trimmed();
                if (!siteId.match(current).hasMatch())
                    return problem(number, tr("“%1” is not a site code (letters, digits, - and _).").arg(current));
                if (config.sites.size() >= MaxSites && !config.sites.contains(current))
                    return problem(number, tr("more than %1 sites.").arg(MaxSites));
                config.sites[current]; // a site section may be empty
                section = Section::Site;
            } else if (name.startsWith(QLatin1String("template "))) {
                current = name.mid(9).trimmed();
                if (!knownTemplate(current))
                    return problem(number, tr("there is no slip template called “%1”.").arg(current));
                if (config.templates.contains(current))
                    return problem(number, tr("the template %1 is given twice.").arg(current));
                config.templates.insert(current, QString());
                section = Section::Template;
            } else {
                return problem(number, tr("unknown section [%1].").arg(name));
            }
            if (section != Section::Header && format == 0)
                return problem(number, tr("the file must start with the [comptoir-network] section and its format."));
            continue;
        }

        switch (section) {
        case Section::None:
            return problem(number, tr("this is not a Comptoir network configuration: it must start with "
                                      "[comptoir-network]."));
        case Section::Template:
            return problem(number, tr("each line of a template starts with “|”."));
        case Section::Locked: {
            const QString key = trimmed;
            const bool templateKey = key.startsWith(QLatin1String("template/")) && knownTemplate(key.mid(9));
            if (!templateKey && (!infoOf(registry, key) || isCounterOwn(key)))
                return problem(number, tr("%1 is not a network setting that can be locked.").arg(key));
            config.locked.insert(key);
            continue;
        }
        default:
            break;
        }

        const auto match = keyValue.match(trimmed);
        if (!match.hasMatch())
            return problem(number, tr("a line is “name = value”."));
        const QString key = match.captured(1);
        const QString value = match.captured(2).trimmed();
        if (value.size() > MaxLineBytes - 1024)
            return problem(number, tr("the value of %1 is longer than %2 characters.").arg(key).arg(MaxLineBytes - 1024));
        for (const QChar c : value)
            if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
                return problem(number, tr("the value of %1 holds a control character.").arg(key));
        if (section == Section::Header) {
            if (key == QLatin1String("format")) {
                bool ok = false;
                format = value.toInt(&ok);
                formatLine = number;
                if (!ok || format < 1)
                    return problem(number, tr("the format is a number, not “%1”.").arg(value));
                if (format > Format)
                    return problem(number, tr("format %1 was written by a newer version of Comptoir; this one reads "
                                              "format %2.")
                                               .arg(format)
                                               .arg(Format));
            } else if (key == QLatin1String("name")) {
                config.name = value;
            } else {
                return problem(number, tr("unknown entry “%1” in [comptoir-network].").arg(key));
            }
            continue;
        }
        const QString where = section == Section::Site ? current : QStringLiteral("settings");
        const QString seenKey = where + QLatin1Char('\n') + key;
        if (seen.contains(seenKey))
            return problem(number, tr("%1 is given twice (also on line %2).").arg(key).arg(seen.value(seenKey)));
        seen.insert(seenKey, number);
        if (looksSecret(key))
            return problem(number, tr("%1: passwords and secrets never go in this file; each counter enters them "
                                      "once and keeps them in its keychain.")
                                       .arg(key));
        const SettingInfo* info = infoOf(registry, key);
        if (!info)
            return problem(number, tr("unknown setting “%1”.").arg(key));
        if (isCounterOwn(key))
            return problem(number, tr("%1 is each counter's own setting; it cannot come from the network's file.")
                                       .arg(key));
        QString reason;
        const auto checked = checkValue(*info, value, &reason);
        if (!checked)
            return problem(number, reason);
        if (section == Section::Site)
            config.sites[current].insert(key, *checked);
        else
            config.settings.insert(key, *checked);
    }
    if (format == 0)
        return problem(formatLine > 0 ? formatLine : 1,
                       tr("this is not a complete Comptoir network configuration: [comptoir-network] with "
                          "“format = 1” is missing."));

    for (auto it = config.templates.constBegin(); it != config.templates.constEnd(); ++it) {
        print::TemplateInfo info;
        knownTemplate(it.key(), &info);
        const QList<print::TemplateProblem> problems = print::checkTemplate(it.value(), info.names, info.lists);
        if (!problems.isEmpty())
            return problem(0, tr("The template %1: line %2 of the template: %3")
                                  .arg(it.key())
                                  .arg(problems.first().line)
                                  .arg(problems.first().message));
    }
    for (const QString& key : std::as_const(config.locked)) {
        if (key.startsWith(QLatin1String("template/"))) {
            if (!config.templates.contains(key.mid(9)))
                return problem(0, tr("%1 is locked but the file gives no such template.").arg(key));
            continue;
        }
        bool given = config.settings.contains(key);
        for (auto site = config.sites.constBegin(); !given && site != config.sites.constEnd(); ++site)
            given = site->contains(key);
        if (!given)
            return problem(0, tr("%1 is locked but the file gives it no value.").arg(key));
    }
    return config;
}

Result<NetworkConfig> NetworkConfig::load(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).size() > MaxFileBytes)
        return problem(0, tr("%1 is larger than %2 MB: it is not a network configuration.")
                              .arg(path)
                              .arg(MaxFileBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("network-config.unreadable"),
                     tr("The network configuration %1 cannot be read: %2").arg(path, file.errorString())};
    auto parsed = parse(file.read(MaxFileBytes + 1));
    if (!parsed)
        return Error{parsed.error().code, tr("%1: %2").arg(QFileInfo(path).fileName(), parsed.error().message)};
    return parsed;
}

QByteArray NetworkConfig::serialize() const
{
    auto oneLine = [](QString value) {
        value.replace(QLatin1Char('\n'), QLatin1Char(' '));
        value.remove(QLatin1Char('\r'));
        return value;
    };
    QString out;
    out += QStringLiteral("# Comptoir network configuration: for every counter of the network (see "
                          "/usr/share/doc/comptoir/examples/network.conf.example).\n");
    out += QStringLiteral("[comptoir-network]\nformat = %1\n").arg(Format);
    if (!name.isEmpty())
        out += QStringLiteral("name = %1\n").arg(oneLine(name));
    out += QStringLiteral("\n[settings]\n");
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it)
        out += it.key() + QStringLiteral(" = ") + oneLine(it.value()) + QLatin1Char('\n');
    for (auto site = sites.constBegin(); site != sites.constEnd(); ++site) {
        out += QStringLiteral("\n[site %1]\n").arg(site.key());
        for (auto it = site->constBegin(); it != site->constEnd(); ++it)
            out += it.key() + QStringLiteral(" = ") + oneLine(it.value()) + QLatin1Char('\n');
    }
    for (auto it = templates.constBegin(); it != templates.constEnd(); ++it) {
        out += QStringLiteral("\n[template %1]\n").arg(it.key());
        QString body = it.value();
        if (body.isEmpty())
            continue; // an empty template: its section alone reads back as empty
        if (body.endsWith(QLatin1Char('\n')))
            body.chop(1);
        for (const QString& line : body.split(QLatin1Char('\n')))
            out += (line.isEmpty() ? QStringLiteral("|") : QStringLiteral("| ") + line) + QLatin1Char('\n');
    }
    if (!locked.isEmpty()) {
        out += QStringLiteral("\n[locked]\n");
        QStringList keys(locked.cbegin(), locked.cend());
        keys.sort();
        for (const QString& key : std::as_const(keys))
            out += key + QLatin1Char('\n');
    }
    return out.toUtf8();
}

NetworkConfig NetworkConfig::fromCounter(const Settings& settings, const QString& site,
                                         const QMap<QString, QString>& editedTemplates, const QString& name)
{
    NetworkConfig config;
    config.name = name;
    for (const SettingInfo& info : Settings::registry()) {
        if (isCounterOwn(info.name) || looksSecret(info.name))
            continue;
        const QVariant value = settings.rawValue(info.name);
        if (!value.isValid())
            continue;
        const QString text = Settings::toText(value);
        if (text == Settings::toText(info.defaultValue))
            continue;
        // What is per site: the site's zones and shelves.
        if (info.name == QLatin1String("desk/shelfLayout") && !site.isEmpty())
            config.sites[site].insert(info.name, text);
        else
            config.settings.insert(info.name, text);
    }
    config.templates = editedTemplates;
    config.locked = settings.lockedKeys();
    return config;
}

QList<ConfigChange> previewImport(const Settings& settings, const NetworkConfig& config, const QString& site)
{
    QList<ConfigChange> changes;
    const QList<SettingInfo> registry = Settings::registry();
    const QMap<QString, QString> values = config.valuesFor(site);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const SettingInfo* info = infoOf(registry, it.key());
        const QVariant now = settings.rawValue(it.key());
        const QString current = now.isValid() ? Settings::toText(now) : (info ? Settings::toText(info->defaultValue) : QString());
        if (current != it.value())
            changes.append({it.key(), current, it.value(), config.isLocked(it.key())});
    }
    return changes;
}

QString provisionedNetworkConfigPath(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("COMPTOIR_NETWORK_CONFIG");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString system = QStringLiteral("/etc/comptoir/network.conf");
    return QFile::exists(system) ? system : QString();
}

} // namespace comptoir
