#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

namespace comptoir {

class LocalStore;

// What a retention pass removed, for the log (counts only: never what was removed).
struct RetentionReport
{
    int actions = 0;    // settled actions whose patron identifiers were removed
    int auditLines = 0; // audit lines whose free-text detail was removed (staff and time kept)
    int orders = 0;     // click & collect orders collected before the limit, forgotten
    int patrons = 0;    // cached patrons no queue needs any more
    int slipFiles = 0;  // slip PDF files older than the limit, deleted
};

// The privacy setting made real. Comptoir keeps patron identifiers only while it needs them:
// - actions the library system settled (acknowledged or discarded) lose their patron card, name
//   and address after `days`; pending actions and those to review keep everything;
// - the audit trail keeps who did what and when, but its free-text details (reasons quoted from
//   the library system, which may name a patron) go after `days`;
// - collected click & collect orders are forgotten after `days`;
// - cached patrons that no request or pull line refers to go at once (the next sync brings back
//   those that come back);
// - slip PDFs in slipsDir older than `days` are deleted.
// Freed space is overwritten (secure_delete) and the WAL checkpointed and truncated, so no copy
// stays in either file. The default (30 days, settings::PatronRetentionDays) is far inside the
// CNIL's rule for libraries (norme simplifiée NS-009: the information about each loan is
// destroyed at the end of the fourth month after the document came back).
Result<RetentionReport> applyRetention(LocalStore& store, const QDateTime& now, int days, const QString& slipsDir = {});

} // namespace comptoir
