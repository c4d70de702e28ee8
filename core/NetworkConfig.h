#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace comptoir {

class Settings;

// The settings IT provisions once for every counter of a network (/etc/comptoir/network.conf, or
// the file named by --network-config or COMPTOIR_NETWORK_CONFIG, or one imported from Settings):
// ILS addresses, sites' zones and shelves, barcode rules, slip templates, privacy, lockers,
// delivery, report thresholds. Each counter's own settings (its site, workstation, devices,
// printers, language) never come from it; what it lists under [locked] the counter cannot change.
// No secret ever goes in it: passwords stay in each counter's keychain.
//
//   [comptoir-network]      format = 1, name = …
//   [settings]              key = value, for every counter
//   [site CENTRE]           key = value, for the counters of that site only
//   [template hold-slip.txt] the template's text, each line written "| text"
//   [locked]                one key per line (or template/<file name>)
struct NetworkConfig
{
    static constexpr int Format = 1;
    // Bounds on what is read: a file is a few kilobytes; a shelf layout in JSON a few tens.
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
    static constexpr int MaxLineBytes = 256 * 1024;
    static constexpr int MaxSites = 1000;
    static constexpr int MaxTemplateLines = 2000;

    QString name;
    QMap<QString, QString> settings;
    QMap<QString, QMap<QString, QString>> sites;
    QMap<QString, QString> templates; // file name → text
    QSet<QString> locked;

    // The values that apply to a counter of this site: [settings], then its [site] section.
    QMap<QString, QString> valuesFor(const QString& site) const;
    bool isLocked(const QString& key) const { return locked.contains(key); }

    // Parses a file's bytes; a malformed or partial file is an error "line N: reason".
    static Result<NetworkConfig> parse(const QByteArray& bytes);
    static Result<NetworkConfig> load(const QString& path);
    QByteArray serialize() const;

    // Settings that are each counter's own and never come from the network's file.
    static bool isCounterOwn(const QString& key);
    // What a configured counter would write for its network: every network setting that differs
    // from its default, the site's own under its [site] section, the library's edited templates.
    static NetworkConfig fromCounter(const Settings& settings, const QString& site,
                                     const QMap<QString, QString>& editedTemplates, const QString& name);
};

// One line of the import preview: what a setting is now on this counter and what it becomes.
struct ConfigChange
{
    QString key;
    QString current;
    QString proposed;
    bool locked = false;
};

// What importing `config` would change on this counter (its site given): settings only, by key.
QList<ConfigChange> previewImport(const Settings& settings, const NetworkConfig& config, const QString& site);

// Where the provisioned file is looked for: the command line, then the environment, then /etc.
QString provisionedNetworkConfigPath(const QString& commandLinePath);

} // namespace comptoir
