#pragma once

#include "Result.h"
#include "netstore/NetStore.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace comptoir {
class Clock;
}

namespace comptoir::netstore {

// A pull run (or the next-item mode) that shares its list with the site's other desks through the
// network store: it claims the lines it is about to walk to, a batch at a time, for ten minutes
// (renewed while the run goes on); lines another desk holds are skipped and said by whom; a line
// done is published (pull.pulled or pull.not_found) and disappears from every desk's list. A
// crashed desk's claims expire by themselves and the lines come back to the others' runs.
// Lines are the pull list's keys (the items' barcodes), in walking order.
class ClaimedRun
{
public:
    ClaimedRun(NetStore& store, const Clock& clock, const QString& site, const QStringList& lines, int batch = 10,
               const QString& zone = {});

    // Claims the next lines, in walking order, that no other desk holds; returns the newly claimed
    // ones (empty: nothing left to claim for this desk now).
    Result<QStringList> claimNext();
    // Extends this desk's open claims by another ten minutes (call it every few minutes).
    Status renew();
    // The line was pulled (found) or not found: published at once; an Outcome::Lost says another
    // desk pulled it first.
    Result<Outcome> finish(const QString& line, bool found);
    // Gives back the claims not done (the run stopped).
    Status stop();
    // Another desk did a line (NetStore::lineDone): it leaves this desk's run.
    void markDone(const QString& line, const QString& by);
    // Reads again which lines other desks hold or did (after a notification, or before a new pass).
    Status refresh();

    QStringList mine() const { return m_mine; }
    // Lines another desk holds now → that desk's role.
    const QHash<QString, QString>& heldElsewhere() const { return m_elsewhere; }
    // Lines done anywhere → the desk that did each.
    const QHash<QString, QString>& doneLines() const { return m_done; }
    bool isDone(const QString& line) const { return m_done.contains(line); }
    // A line this desk should not walk to: done anywhere, or claimed by another desk.
    bool isTaken(const QString& line, QString* by = nullptr) const;
    int remaining() const; // lines neither done nor held by another desk

private:
    void absorb(const QList<LineClaim>& claims);

    NetStore& m_store;
    const Clock& m_clock;
    QString m_site, m_zone;
    QStringList m_lines;
    int m_batch;
    qsizetype m_next = 0; // first line not looked at in this pass
    QStringList m_mine;
    QHash<QString, QString> m_elsewhere;
    QHash<QString, QString> m_done; // line → who did it
};

} // namespace comptoir::netstore
