#pragma once

#include "Result.h"
#include "print/Template.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace comptoir::print {

// What Comptoir prints from templates.
enum class TemplateKind {
    HoldSlip,
    TransitSlip,
    BagLabel,
    PickupReceipt,
    PullList,
    CrateLabel,
    CrateReceipt,
    RouteSheet,
    ParcelLabel
};

struct TemplateInfo
{
    TemplateKind kind;
    QString fileName;  // in resources/templates/ and in the library's own folder
    QString title;     // for the editor
    QStringList names; // fields it may use
    QStringList lists; // repeated sections it may use
    bool html = false; // HTML page (pull list) or slip markup
};

// The shipped (French) templates, each replaceable by the library: an edited copy lives in the
// workstation's data folder (owner-only) and wins over the shipped one until it is reset.
class TemplateStore
{
public:
    explicit TemplateStore(const QString& libraryDir = {}, const QString& shippedDir = QStringLiteral(":/templates"));

    // The shipped templates alone (pages use it until the library's store is set).
    static const TemplateStore& shipped();

    static QList<TemplateInfo> kinds();
    static TemplateInfo info(TemplateKind kind);
    // Sample values for the editor's preview.
    static TemplateContext sample(TemplateKind kind);

    QString text(TemplateKind kind) const;
    QString shippedText(TemplateKind kind) const;
    bool isEdited(TemplateKind kind) const;
    Status save(TemplateKind kind, const QString& text);
    Status reset(TemplateKind kind);
    QString libraryDir() const { return m_libraryDir; }
    // The network configuration's templates (by file name): they replace the shipped ones; a
    // counter's own edited copy wins unless the network locks that template.
    void setNetworkTemplates(const QMap<QString, QString>& templates, const QSet<QString>& lockedFiles);
    bool isLockedByNetwork(TemplateKind kind) const { return m_networkLocked.contains(info(kind).fileName); }
    // The library's own edited copies, by file name (for the network configuration's export).
    QMap<QString, QString> editedTemplates() const;

private:
    QString m_libraryDir, m_shippedDir;
    QMap<QString, QString> m_network;
    QSet<QString> m_networkLocked;
};

} // namespace comptoir::print
