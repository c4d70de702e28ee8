#pragma once

#include "Result.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

#include <functional>

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
    // How the dialog reaches the store: job(store) runs off the desk's thread (the link's store
    // thread, NetworkStoreLink::callStore), done(status) later on this one; false when nothing was
    // started (not connected). A test may run both at once.
    // done is not called once `context` (the dialog) is gone.
    using StoreCall = std::function<bool(QObject* context, std::function<Status(netstore::NetStore&)> job,
                                         std::function<void(const Status&)> done)>;
    // me: this desk's role in the store (the zones it holds show as "this desk").
    ZoneSplitDialog(StoreCall call, const QString& me, const QString& site, const QStringList& zones,
                    QWidget* parent = nullptr);

    // Reads the store again and shows it (the table waits meanwhile). The error when it could not
    // start, or when the store answered at once with one; else ok (the answer follows).
    Status reload();
    // Takes (or gives back) a zone for this desk, as ticking its box does; then reads again.
    Status setTaken(const QString& zone, bool take);
    // Who the dialog shows a zone is given to: "" (nobody), this desk's role, or another's.
    QString holder(const QString& zone) const { return m_holders.value(zone); }
    QTableWidget* table() const { return m_table; }
    QLabel* message() const { return m_message; }
    // A call to the store is out (the table waits).
    bool isWaiting() const { return m_waiting > 0; }
    // How long the table waits for an answer before it is freed (default 12 s: after the link's
    // own bound, when it goes on without the store).
    void setGiveUpAfter(int ms) { m_giveUpMs = ms; }

Q_SIGNALS:
    // A zone changed hands: the page reads the split again.
    void changed();

private:
    void fill(const QHash<QString, QString>& holders);
    Status call(std::function<Status(netstore::NetStore&)> job, std::function<void(const Status&)> done);

    StoreCall m_call;
    QString m_me;
    QString m_site;
    QStringList m_zones;
    QHash<QString, QString> m_holders;
    QTableWidget* m_table;
    QLabel* m_message;
    bool m_filling = false;
    int m_waiting = 0;
    int m_generation = 0; // calls of an earlier generation were given up
    int m_giveUpMs = 12000;
};

} // namespace comptoir
