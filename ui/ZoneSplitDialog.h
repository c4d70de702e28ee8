#pragma once

#include "Result.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QLabel;
class QTableWidget;

namespace comptoir {

namespace netstore {
class NetStore;
}

// Pull list > Split zones: the site's shelf zones and the desk each is given to (read from the
// network store). Ticking a zone takes it for this desk, unticking gives it back; this desk's runs
// then claim only lines of its zones and of the zones given to nobody. A zone another desk holds
// can be taken from it (that desk's list follows at once).
class ZoneSplitDialog : public QDialog
{
    Q_OBJECT
public:
    ZoneSplitDialog(netstore::NetStore& store, const QString& site, const QStringList& zones,
                    QWidget* parent = nullptr);

    // Reads the store again and shows it.
    Status reload();
    // Takes (or gives back) a zone for this desk, as ticking its box does.
    Status setTaken(const QString& zone, bool take);
    // Who the dialog shows a zone is given to: "" (nobody), this desk's role, or another's.
    QString holder(const QString& zone) const { return m_holders.value(zone); }
    QTableWidget* table() const { return m_table; }
    QLabel* message() const { return m_message; }

Q_SIGNALS:
    // A zone changed hands: the page reads the split again.
    void changed();

private:
    void fill(const QHash<QString, QString>& holders);

    netstore::NetStore& m_store;
    QString m_site;
    QStringList m_zones;
    QHash<QString, QString> m_holders;
    QTableWidget* m_table;
    QLabel* m_message;
    bool m_filling = false;
};

} // namespace comptoir
