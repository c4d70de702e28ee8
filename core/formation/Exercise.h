#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The guided course on the training library (comptoir --formation): exercises are data, one
// file per exercise (resources/formation/*.exercise, or a network's own folder), parsed strictly.
namespace comptoir::formation {

// What an exercise needs from the freshly seeded training library: chosen when the course
// starts, each exercise's subjects apart from the others'.
struct SetupStep
{
    enum class Kind {
        PullLines,     // "liste-à-prélever N": the first N lines of the site's pull list, in walking order
        ForHoldShelf,  // "étagère N": N lines to pull whose request is picked up here
        ForShuttle,    // "navette N": N lines to pull whose request is picked up at another site
        ForOrder,      // "commande N": N lines to pull that belong to a click & collect order
        WaitingPatron, // "lecteur-en-attente": a patron with requests waiting here (no order)
        ReadyOrder,    // "commande-prête": a click & collect order all waiting here
        PhonePatron,   // "lecteur-trois-réservations": a patron with exactly three requests
        ExpiredHolds,  // "réservations-expirées N": N expired requests waiting here
        CrateLines,    // "caisse N": N lines to pull for one other site (one crate)
        LockerHolds,   // "casiers N": N documents requested for pickup at the locker bank, one per patron
        DeliveryLines, // "livraison N": N lines to pull for one home delivery order
    };
    Kind kind = Kind::PullLines;
    int count = 1;
};

// A check against state (the training library's, read over its REST API, and the counter's
// outbox), never against the clicks that led there.
struct Check
{
    enum class Rule {
        Captured,     // "rendus": every subject document captured (its request no longer to pull)
        InOrder,      // "ordre": the subject documents checked in in the order of the list
        Routed,       // "affectés": each waiting here (W) or in transit to its pickup (T)
        RightCrate,   // "navette": each in transit is in the open or sealed crate of its pickup
        HandedOver,   // "prêtés": each subject document checked out (its request filled)
        OrderHanded,  // "commande-remise": the order filled and recorded as collected here
        Cancelled,    // "annulées": each subject request cancelled in the library system
        Answer,       // "réponse": the trainee's answer to the exercise's question is right
        CrateSealed,  // "caisse-scellée": the subject documents in one crate, sealed
        InLocker,     // "casiers": each in a locker door (outbox) and waiting there in the library system
        InParcel,     // "colis": each captured into its home delivery parcel (outbox)
    };
    Rule rule = Rule::Captured;
    QString message;    // when it fails; {n} {documents} {document} {site} {attendu} {réponse}
    QString messageOne; // the same when n is 1 (optional)
    int points = 1;
    int line = 0; // where it is written, for messages about the file
};

// The phone exercise's question, about the subject patron's requests.
struct Question
{
    enum class Expected { Waiting, InTransit, Pending };
    QString text;
    Expected expected = Expected::Waiting;
};

struct Exercise
{
    QString id; // the file's base name
    QString title;
    QString goal;
    QStringList hints; // given one at a time, on request
    int order = 100;   // place in the list
    QList<SetupStep> setup;
    QList<Check> checks;
    bool hasQuestion = false;
    Question question;

    int totalPoints() const;
};

// Bounds of an exercise file: everything beyond is refused with its line and the reason.
inline constexpr qsizetype MaxFileBytes = 64 * 1024;
inline constexpr qsizetype MaxLineBytes = 2048;
inline constexpr int MaxLines = 1000;
inline constexpr int MaxHints = 10;
inline constexpr int MaxSetupSteps = 10;
inline constexpr int MaxChecks = 20;
inline constexpr int MaxCount = 50;   // documents or requests in one setup step
inline constexpr int MaxPoints = 100; // per check

// Parses one exercise file (UTF-8). A malformed file is refused: error code "formation.syntax",
// message "Line N: reason" (or the reason alone for the whole file).
Result<Exercise> parseExercise(const QByteArray& text, const QString& id);

// Fills {placeholders} of a check's message; {n} also picks the singular form.
QString fillMessage(const Check& check, int n, const QStringList& documents, const QString& document = {},
                    const QString& site = {}, const QString& expected = {}, const QString& answer = {});

// The shipped exercises (":/formation/*.exercise") and a network's own ("*.exercise" in folder,
// when given), in their order; a file that does not parse is reported in problems and left out.
QList<Exercise> loadExercises(const QString& folder, QStringList* problems);

} // namespace comptoir::formation
