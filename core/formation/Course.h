#pragma once

#include "Clock.h"
#include "Result.h"
#include "desk/ShelfLayout.h"
#include "formation/Exercise.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>

namespace comptoir {
class LocalStore;
namespace ils {
class KohaRestClient;
}
} // namespace comptoir

namespace comptoir::formation {

// A document an exercise is about, chosen when the course starts.
struct Document
{
    qint64 itemId = 0;
    qint64 holdId = 0; // the request it is for, when known (expired, waiting, a patron's)
    QString barcode, title, pickup;
    qint64 order = 0; // click & collect order (hold_group_id), 0 for a plain request
};

// What one exercise is about in this network.
struct Subjects
{
    QList<Document> documents;
    qint64 patronId = 0;
    QString patronCard, patronName;
    qint64 orderId = 0;
};

// What the checks read: the training library's state over its REST API, and the outbox.
struct State
{
    QHash<qint64, QString> itemHoldStatus;  // item id → status of a request holding it ("W", "T", "" pending)
    QHash<qint64, QString> itemHoldPickup;  // item id → that request's pickup library
    QHash<qint64, QString> holdStatus;      // hold id → status, for the requests still in the library system
    QHash<qint64, bool> checkedOut;         // item id → checked out
    int orderHoldsLeft = 0;                 // the order's requests still in the library system
    QList<QString> patronHoldStatuses;      // the patron's requests' statuses
    QStringList checkins;                   // barcodes checked in by this counter, in order (not discarded)
    QSet<QString> acknowledgedCheckins;     // of which the library system acknowledged
    QHash<QString, QString> crateDestination; // barcode → destination of the outgoing crate it is in
    QHash<QString, QString> crateId;          // barcode → that crate's id
    QHash<QString, QString> crateState;       // barcode → "open", "sealed"
    QSet<qint64> collectedOrders;
    QHash<QString, QString> lockerDoor; // barcode → label of the locker door it is in (loaded)
    QSet<QString> inParcel;             // barcodes captured into their home delivery parcel
};

struct CheckOutcome
{
    bool passed = false;
    QString message; // the check's own sentence when it fails
    int points = 0;  // earned
};

// One trainee's attempt at one exercise: time from its start to the first full pass, hints taken,
// score in percent (the points of the checks passed, less 10 per hint taken, never below 0).
struct Attempt
{
    Exercise exercise;
    Subjects subjects;
    QString setupProblem; // the network lacks what the exercise needs
    QDateTime started, finished;
    int hintsTaken = 0;
    int checksRun = 0;
    int score = 0;
    bool done = false;
    QString answer;
    QList<CheckOutcome> lastOutcomes;

    qint64 seconds(const QDateTime& now) const;
};

class Course : public QObject
{
    Q_OBJECT
public:
    Course(LocalStore& store, ils::KohaRestClient& rest, const Clock& clock, QObject* parent = nullptr);

    // Chooses each exercise's subjects from what the counter knows of its site after the first
    // sync (its cache), each exercise's apart from the others'.
    void prepare(const QList<Exercise>& exercises, const QString& site, const desk::ShelfLayout& layout);
    const QList<Attempt>& attempts() const { return m_attempts; }
    const Attempt& attempt(int index) const { return m_attempts.at(index); }
    QString site() const { return m_site; }
    QString libraryName(const QString& id) const;
    // The home delivery location and the locker bank (their ILS library ids) of this network,
    // before prepare(): the "livraison" and "casiers" subjects come from their requests.
    void setLocations(const QString& deliveryLocation, const QString& lockerBank);

    // Chooses again the subjects of the exercises the network lacked at prepare() and not started
    // yet: some arrive after the first sync (the locker bank's requests, the delivery orders).
    void retryMissing();
    void start(int index); // retries a missing exercise's subjects first
    // The next hint, or empty when all were given.
    QString nextHint(int index);
    void setAnswer(int index, const QString& answer);
    // Reads the state and runs the exercise's checks; done gets each check's outcome.
    void check(int index, std::function<void(const QList<CheckOutcome>&)> done);

    // The checks of an exercise on a state (no I/O).
    static QList<CheckOutcome> evaluate(const Attempt& attempt, const State& state, const QString& site,
                                        const std::function<QString(const QString&)>& libraryName);

Q_SIGNALS:
    void changed(int index);

private:
    Subjects resolve(const Exercise& ex, QString* problem);
    Result<State> readOutbox();
    void readIls(const Attempt& attempt, State state, std::function<void(Result<State>)> done);

    LocalStore& m_store;
    ils::KohaRestClient& m_rest;
    const Clock& m_clock;
    QString m_site, m_deliveryLocation, m_lockerBank;
    desk::ShelfLayout m_layout;
    QList<Attempt> m_attempts;
    QSet<qint64> m_takenItems, m_takenPatrons, m_takenHolds;
};

} // namespace comptoir::formation
