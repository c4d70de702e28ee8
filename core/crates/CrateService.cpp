#include "crates/CrateService.h"

#include "Clock.h"
#include "Logging.h"
#include "store/Outbox.h"

#include <QRandomGenerator>
#include <QSet>

namespace comptoir::crates {

namespace {

QString isoMs(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString directionName(Crate::Direction d)
{
    return d == Crate::Direction::In ? QStringLiteral("in") : QStringLiteral("out");
}

QString stateName(Crate::State s)
{
    switch (s) {
    case Crate::State::Open:
        return QStringLiteral("open");
    case Crate::State::Sealed:
        return QStringLiteral("sealed");
    case Crate::State::Received:
        return QStringLiteral("received");
    }
    return QStringLiteral("open");
}

Crate::State stateFrom(const QString& name)
{
    if (name == QLatin1String("sealed"))
        return Crate::State::Sealed;
    if (name == QLatin1String("received"))
        return Crate::State::Received;
    return Crate::State::Open;
}

const QString Columns =
    QStringLiteral("c.seq, c.crate_id, c.direction, c.barcode, c.from_site, c.destination, c.state, c.opened_at, "
                   "c.sealed_at, c.received_at, (SELECT count(*) FROM crate_items i WHERE i.crate_seq = c.seq AND "
                   "i.removed_at IS NULL), c.departed_at, c.opened_by, c.sealed_by");

Crate fromQuery(const QSqlQuery& q)
{
    Crate c;
    c.seq = q.value(0).toLongLong();
    c.id = q.value(1).toString();
    c.direction = q.value(2).toString() == QLatin1String("in") ? Crate::Direction::In : Crate::Direction::Out;
    c.barcode = q.value(3).toString();
    c.from = q.value(4).toString();
    c.destination = q.value(5).toString();
    c.state = stateFrom(q.value(6).toString());
    c.openedAt = fromIso(q.value(7));
    c.sealedAt = fromIso(q.value(8));
    c.receivedAt = fromIso(q.value(9));
    c.count = q.value(10).toInt();
    c.departedAt = fromIso(q.value(11));
    c.openedBy = q.value(12).toString();
    c.sealedBy = q.value(13).toString();
    return c;
}

} // namespace

CrateService::CrateService(Outbox& outbox, const Clock& clock, const QString& site, const QString& staff,
                           QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_site(site)
    , m_staff(staff)
{
}

void CrateService::setDesk(const QString& site, const QString& staff)
{
    m_site = site;
    m_staff = staff;
}

Status CrateService::audit(const QString& event, qint64 seq, const QString& detail)
{
    // Queued by whoever listens (the write is not committed yet).
    Q_EMIT changed();
    return m_outbox.database()
        .exec(QStringLiteral("INSERT INTO audit(at, workstation, staff, event, action_uuid, detail) VALUES (?, '', ?, "
                             "?, NULL, ?)"),
              {isoMs(m_clock.now()), m_staff.isNull() ? QString(QLatin1String("")) : m_staff, event,
               QStringLiteral("crate %1 %2").arg(seq).arg(detail)})
        .status();
}

Result<Crate> CrateService::crateWhere(const QString& condition, const QVariantList& bindings)
{
    auto q = m_outbox.database().exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM crates c WHERE ") +
                                          condition + QStringLiteral(" ORDER BY c.seq DESC LIMIT 1"),
                                      bindings);
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{QStringLiteral("crate.unknown"), tr("No such crate at this counter.")};
    Crate c = fromQuery(q.value());
    q.value().finish();
    return c;
}

Result<Crate> CrateService::crate(qint64 seq)
{
    return crateWhere(QStringLiteral("c.seq = ?"), {seq});
}

Result<QString> CrateService::counterTag()
{
    Database& db = m_outbox.database();
    auto known = db.scalar(QStringLiteral("SELECT value FROM outbox_identity WHERE key = 'counter_tag'"));
    if (!known)
        return known.error();
    if (!known.value().isNull())
        return known.value().toString();
    // No 0/O, 1/I/L, U/V: read aloud or copied by hand without a mistake.
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTWXYZ23456789";
    QString tag;
    for (int i = 0; i < 4; ++i)
        tag += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    if (auto r = db.exec(QStringLiteral("INSERT INTO outbox_identity (key, value) VALUES ('counter_tag', ?)"), {tag});
        !r)
        return r.error();
    return tag;
}

Result<Crate> CrateService::openCrateFor(const QString& destination)
{
    auto existing =
        crateWhere(QStringLiteral("c.direction = 'out' AND c.state = 'open' AND c.destination = ?"), {destination});
    if (existing || existing.error().code != QLatin1String("crate.unknown"))
        return existing;
    const QDateTime now = m_clock.now();
    qint64 seq = 0;
    const Status made = m_outbox.database().transaction([&]() -> Status {
        auto insert = m_outbox.database().exec(
            QStringLiteral("INSERT INTO crates (crate_id, direction, from_site, destination, state, opened_at, staff) "
                           "VALUES ('', 'out', ?, ?, 'open', ?, ?)"),
            {m_site, destination, isoMs(now), m_staff.isNull() ? QString(QLatin1String("")) : m_staff});
        if (!insert)
            return insert.status();
        seq = insert.value().lastInsertId().toLongLong();
        // A one-off id: this site, the day, this counter's tag, the row. The row is unique in this
        // file, the tag among the desks of one site (a site has two or three: 4 characters of 30),
        // the site in the network: two desks of a site never make the same crate.
        auto tag = counterTag();
        if (!tag)
            return tag.status();
        const QString id = QStringLiteral("%1-%2-%3-%4")
                               .arg(m_site, now.toUTC().toString(QStringLiteral("yyMMdd")), tag.value())
                               .arg(seq);
        auto named =
            m_outbox.database().exec(QStringLiteral("UPDATE crates SET crate_id = ? WHERE seq = ?"), {id, seq});
        if (!named)
            return named.status();
        return audit(QStringLiteral("crate.open"), seq, destination);
    });
    if (!made)
        return made.error();
    qCInfo(lcStore) << "crate opened" << seq << "for" << destination;
    return crate(seq);
}

Status CrateService::addItem(qint64 seq, const QString& barcode, const QString& bag, int& position)
{
    position = 0;
    return m_outbox.database().transaction([&]() -> Status {
        auto where = m_outbox.database().exec(
            QStringLiteral("SELECT c.seq, c.destination, i.position FROM crate_items i JOIN crates c ON c.seq = "
                           "i.crate_seq WHERE i.barcode = ? AND i.removed_at IS NULL AND c.direction = 'out' AND "
                           "c.state IN ('open','sealed') AND c.departed_at IS NULL LIMIT 1"),
            {barcode});
        if (!where)
            return where.status();
        if (where.value().next()) {
            const qint64 other = where.value().value(0).toLongLong();
            const QString otherDestination = where.value().value(1).toString();
            position = where.value().value(2).toInt();
            where.value().finish();
            if (other == seq)
                return {}; // already in it: keeps its place
            return Error{QStringLiteral("crate.item_elsewhere"),
                         tr("This item is already in the crate for %1: take it out of that crate first.")
                             .arg(m_name(otherDestination))};
        }
        where.value().finish();
        auto next = m_outbox.database().scalar(
            QStringLiteral("SELECT COALESCE(max(position), 0) + 1 FROM crate_items WHERE crate_seq = ?"), {seq});
        if (!next)
            return next.status();
        auto insert = m_outbox.database().exec(
            QStringLiteral("INSERT INTO crate_items (crate_seq, barcode, position, added_at, bag) VALUES (?, ?, ?, ?, "
                           "?)"),
            {seq, barcode, next.value().toInt(), isoMs(m_clock.now()),
             bag.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(bag)});
        if (!insert)
            return insert.status();
        return audit(QStringLiteral("crate.add"), seq,
                     bag.isEmpty() ? barcode : barcode + QStringLiteral(" bag ") + bag);
    });
}

Result<Placement> CrateService::place(const QString& barcode, const QString& destination,
                                      const QString& destinationName)
{
    if (!canCarry(barcode))
        return Error{QStringLiteral("crate.barcode"), tr("This barcode cannot go on a crate label: %1").arg(barcode)};
    auto hop = nextHop(destination);
    if (!hop)
        return hop.error();
    // Via the hub: the item goes into the hub's crate, in the bag of its final destination.
    const QString bag = hop.value() == destination ? QString() : destination;
    auto open = openCrateFor(hop.value());
    if (!open)
        return open.error();
    Crate c = open.value();
    int position = 0;
    const Status written = addItem(c.seq, barcode, bag, position);
    if (!written)
        return written.error();
    auto now = crate(c.seq);
    if (!now)
        return now.error();
    // Its rank among the items in the crate now (an item scanned again keeps its place).
    if (position == 0) {
        position = now.value().count;
    } else {
        auto present = items(c.seq);
        position = present ? int(present.value().indexOf(barcode)) + 1 : now.value().count;
    }
    Placement p;
    p.crate = now.value();
    p.position = position;
    const QString name = destinationName.isEmpty() ? m_name(destination) : destinationName;
    if (bag.isEmpty()) {
        p.verdict = {VerdictKind::Transit,
                     tr("Crate for %1 — item %n", "the nth item put in the crate (ordinal)", p.position).arg(name),
                     tr("%n item(s) in this crate", "", p.crate.count)};
        return p;
    }
    int inBag = 0;
    if (auto inside = bags(c.seq))
        for (const auto& [where, count] : inside.value())
            if (where == bag)
                inBag = count;
    p.verdict = {VerdictKind::Transit,
                 tr("Crate for %1 (hub), bag for %2 — item %n", "the nth item put in the crate (ordinal)", p.position)
                     .arg(m_name(c.destination), name),
                 tr("%n item(s) in this crate", "", p.crate.count) + QStringLiteral(", ") +
                     tr("%n in the bag for %1", "", inBag).arg(name)};
    return p;
}

Result<Crate> CrateService::takeOut(const QString& barcode)
{
    auto c = crateWhere(QStringLiteral("c.direction = 'out' AND c.state = 'open' AND EXISTS (SELECT 1 FROM crate_items "
                                       "i WHERE i.crate_seq = c.seq AND i.barcode = ? AND i.removed_at IS NULL)"),
                        {barcode});
    if (!c) {
        if (c.error().code == QLatin1String("crate.unknown"))
            return Error{QStringLiteral("crate.unknown"), tr("This item is in no open crate.")};
        return c.error();
    }
    const Status written = m_outbox.database().transaction([&]() -> Status {
        auto update = m_outbox.database().exec(
            QStringLiteral("UPDATE crate_items SET removed_at = ? WHERE crate_seq = ? AND barcode = ? AND removed_at "
                           "IS NULL"),
            {isoMs(m_clock.now()), c.value().seq, barcode});
        if (!update)
            return update.status();
        return audit(QStringLiteral("crate.remove"), c.value().seq, barcode);
    });
    if (!written)
        return written.error();
    return crate(c.value().seq);
}

Result<Crate> CrateService::attachBox(qint64 seq, const QString& boxBarcode)
{
    auto c = crate(seq);
    if (!c)
        return c;
    if (c.value().direction != Crate::Direction::Out || c.value().state != Crate::State::Open)
        return Error{QStringLiteral("crate.state"), tr("Only an open crate can take a box.")};
    auto other = crateWithBox(boxBarcode);
    if (other && other.value().seq != seq)
        return Error{QStringLiteral("crate.item_elsewhere"),
                     tr("The box %1 is already the crate for %2.").arg(boxBarcode, other.value().destination)};
    const Status written = m_outbox.database().transaction([&]() -> Status {
        auto update =
            m_outbox.database().exec(QStringLiteral("UPDATE crates SET barcode = ? WHERE seq = ?"), {boxBarcode, seq});
        if (!update)
            return update.status();
        return audit(QStringLiteral("crate.box"), seq, boxBarcode);
    });
    if (!written)
        return written.error();
    return crate(seq);
}

Result<Crate> CrateService::crateWithBox(const QString& boxBarcode)
{
    return crateWhere(QStringLiteral("c.barcode = ? AND c.state IN ('open','sealed') AND c.departed_at IS NULL"),
                      {boxBarcode});
}

Result<QStringList> CrateService::items(qint64 seq)
{
    auto q = m_outbox.database().exec(QStringLiteral("SELECT barcode FROM crate_items WHERE crate_seq = ? AND "
                                                     "removed_at IS NULL ORDER BY position"),
                                      {seq});
    if (!q)
        return q.error();
    QStringList list;
    while (q.value().next())
        list.append(q.value().value(0).toString());
    return list;
}

Result<SealedCrate> CrateService::sealed(qint64 seq)
{
    auto c = crate(seq);
    if (!c)
        return c.error();
    if (c.value().direction != Crate::Direction::Out || c.value().state == Crate::State::Open)
        return Error{QStringLiteral("crate.state"), tr("This crate is not sealed.")};
    auto list = items(seq);
    if (!list)
        return list.error();
    SealedCrate s;
    s.crate = c.value();
    s.manifest = {c.value().id, c.value().from, c.value().destination, c.value().sealedAt, list.value()};
    auto texts = encodeManifest(s.manifest);
    if (!texts)
        return texts.error();
    s.qrTexts = texts.value();
    return s;
}

Result<SealedCrate> CrateService::seal(qint64 seq)
{
    auto c = crate(seq);
    if (!c)
        return c.error();
    if (c.value().direction != Crate::Direction::Out || c.value().state != Crate::State::Open)
        return Error{QStringLiteral("crate.state"), tr("This crate is already sealed.")};
    if (c.value().count == 0)
        return Error{QStringLiteral("crate.empty"), tr("This crate is empty: nothing to seal.")};
    auto list = items(seq);
    if (!list)
        return list.error();
    // Seconds: the manifest carries them, and the label must say what the file keeps.
    QDateTime at = m_clock.now().toUTC();
    at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
    const Manifest manifest{c.value().id, c.value().from, c.value().destination, at, list.value()};
    auto texts = encodeManifest(manifest);
    if (!texts)
        return texts.error();
    const Status written = m_outbox.database().transaction([&]() -> Status {
        auto update = m_outbox.database().exec(
            QStringLiteral("UPDATE crates SET state = 'sealed', sealed_at = ?, manifest = ? WHERE seq = ? AND state = "
                           "'open'"),
            {isoMs(at), texts.value().join(QLatin1Char('\n')), seq});
        if (!update)
            return update.status();
        return audit(QStringLiteral("crate.seal"), seq, QString::number(list.value().size()));
    });
    if (!written)
        return written.error();
    qCInfo(lcStore) << "crate sealed" << seq << list.value().size() << "items";
    return sealed(seq);
}

Result<Crate> CrateService::startReceiving(const Manifest& manifest)
{
    if (manifest.to != m_site)
        return Error{QStringLiteral("crate.not_here"),
                     tr("This crate is for %1, not for this site: send it on.").arg(manifest.to)};
    if (m_knownSite && !m_knownSite(manifest.from))
        return Error{QStringLiteral("crate.unknown_site"),
                     tr("This crate comes from %1, a site this network does not know: nothing is checked in. Set it "
                        "aside and ask the shuttle team.")
                         .arg(manifest.from)};
    auto existing = crateWhere(QStringLiteral("c.direction = 'in' AND c.from_site = ? AND c.crate_id = ?"),
                               {manifest.from, manifest.crate});
    if (existing) {
        if (existing.value().state == Crate::State::Received)
            return Error{
                QStringLiteral("crate.received_twice"),
                tr("This crate was received already, on %1: nothing is checked in twice.")
                    .arg(existing.value().receivedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")))};
        return existing; // receiving it still: continue
    }
    if (existing.error().code != QLatin1String("crate.unknown"))
        return existing.error();
    qint64 seq = 0;
    const QDateTime now = m_clock.now();
    const Status written = m_outbox.database().transaction([&]() -> Status {
        auto insert = m_outbox.database().exec(
            QStringLiteral("INSERT INTO crates (crate_id, direction, from_site, destination, state, opened_at, "
                           "sealed_at, staff) VALUES (?, 'in', ?, ?, 'sealed', ?, ?, ?)"),
            {manifest.crate, manifest.from, manifest.to, isoMs(now), isoMs(manifest.sealedAt),
             m_staff.isNull() ? QString(QLatin1String("")) : m_staff});
        if (!insert)
            return insert.status();
        seq = insert.value().lastInsertId().toLongLong();
        auto rows = m_outbox.database().prepare(
            QStringLiteral("INSERT INTO crate_items (crate_seq, barcode, position, added_at) VALUES (?, ?, ?, ?)"));
        if (!rows)
            return rows.status();
        int position = 0;
        for (const QString& item : manifest.items) {
            const Status s = m_outbox.database().run(rows.value(), {seq, item, ++position, isoMs(now)});
            if (!s)
                return s;
        }
        return audit(QStringLiteral("crate.receive.start"), seq,
                     QStringLiteral("%1 from %2").arg(manifest.crate, manifest.from));
    });
    if (!written)
        return written.error();
    return crate(seq);
}

Result<Crate> CrateService::incomingCrate(qint64 seq)
{
    auto c = crate(seq);
    if (c && c.value().direction != Crate::Direction::In)
        return Error{QStringLiteral("crate.state"), tr("This crate was not received here.")};
    return c;
}

Result<Receipt> CrateService::receipt(qint64 seq)
{
    auto c = incomingCrate(seq);
    if (!c)
        return c.error();
    Receipt r;
    r.crate = c.value();
    auto expected = items(seq);
    if (!expected)
        return expected.error();
    r.expected = expected.value();
    auto q = m_outbox.database().exec(
        QStringLiteral("SELECT barcode, expected, unscanned FROM crate_receipts WHERE crate_seq = ? ORDER BY "
                       "scanned_at, rowid"),
        {seq});
    if (!q)
        return q.error();
    QSet<QString> scanned;
    while (q.value().next()) {
        const QString barcode = q.value().value(0).toString();
        r.scanned.append(barcode);
        scanned.insert(barcode);
        if (q.value().value(2).toInt())
            r.unscanned.append(barcode);
        if (q.value().value(1).toInt())
            ++r.receivedExpected;
        else
            r.extras.append(barcode);
    }
    for (const QString& item : std::as_const(r.expected))
        if (!scanned.contains(item))
            r.missing.append(item);
    return r;
}

Result<Receipt> CrateService::receiveItem(qint64 seq, const QString& barcode)
{
    auto c = crate(seq);
    if (!c)
        return c.error();
    if (c.value().direction != Crate::Direction::In || c.value().state != Crate::State::Sealed)
        return Error{QStringLiteral("crate.state"), tr("This crate is not being received.")};
    auto twice = m_outbox.database().scalar(
        QStringLiteral("SELECT count(*) FROM crate_receipts WHERE crate_seq = ? AND barcode = ?"), {seq, barcode});
    if (!twice)
        return twice.error();
    if (twice.value().toInt() > 0)
        return Error{QStringLiteral("crate.item_twice"), tr("This item was scanned already in this crate.")};
    // Listed in two crates (sent twice by mistake, or a label printed again): received once only,
    // in the first crate it was scanned out of, within the last 12 hours.
    auto elsewhere = m_outbox.database().exec(
        QStringLiteral("SELECT c.crate_id, c.from_site FROM crate_receipts r JOIN crates c ON c.seq = r.crate_seq "
                       "WHERE r.barcode = ? AND r.crate_seq <> ? AND c.direction = 'in' AND r.scanned_at >= ? LIMIT 1"),
        {barcode, seq, isoMs(m_clock.now().addSecs(-12 * 3600))});
    if (!elsewhere)
        return elsewhere.error();
    if (elsewhere.value().next()) {
        const QString otherCrate = elsewhere.value().value(0).toString();
        const QString otherFrom = elsewhere.value().value(1).toString();
        elsewhere.value().finish();
        return Error{QStringLiteral("crate.item_twice"),
                     tr("This item was received already from the crate %1 (from %2): it is not checked in twice.")
                         .arg(otherCrate, m_name(otherFrom))};
    }
    elsewhere.value().finish();
    const Status written = m_outbox.database().transaction([&]() -> Status {
        auto insert = m_outbox.database().exec(
            QStringLiteral("INSERT INTO crate_receipts (crate_seq, barcode, scanned_at, expected) VALUES (?, ?, ?, "
                           "EXISTS (SELECT 1 FROM crate_items WHERE crate_seq = ? AND barcode = ? AND removed_at IS "
                           "NULL))"),
            {seq, barcode, isoMs(m_clock.now()), seq, barcode});
        if (!insert)
            return insert.status();
        return audit(QStringLiteral("crate.receive.item"), seq, barcode);
    });
    if (!written)
        return written.error();
    return receipt(seq);
}

Result<Receipt> CrateService::finishReceiving(qint64 seq)
{
    auto c = incomingCrate(seq);
    if (!c)
        return c.error();
    if (c.value().state == Crate::State::Received)
        return Error{QStringLiteral("crate.received_twice"), tr("This crate was received already.")};
    auto before = receipt(seq);
    if (!before)
        return before;
    const Status written = m_outbox.database().transaction([&]() -> Status {
        auto update = m_outbox.database().exec(
            QStringLiteral("UPDATE crates SET state = 'received', received_at = ? WHERE seq = ?"),
            {isoMs(m_clock.now()), seq});
        if (!update)
            return update.status();
        return audit(
            QStringLiteral("crate.receive.end"), seq,
            QStringLiteral("missing %1 extra %2").arg(before.value().missing.size()).arg(before.value().extras.size()));
    });
    if (!written)
        return written.error();
    return receipt(seq);
}

Result<QList<Crate>> CrateService::crates(Crate::Direction direction, Crate::State state)
{
    auto q = m_outbox.database().exec(QStringLiteral("SELECT ") + Columns +
                                          QStringLiteral(" FROM crates c WHERE c.direction = ? AND c.state = ? ORDER "
                                                         "BY c.destination, c.seq"),
                                      {directionName(direction), stateName(state)});
    if (!q)
        return q.error();
    QList<Crate> list;
    while (q.value().next())
        list.append(fromQuery(q.value()));
    return list;
}

Result<QList<Crate>> CrateService::receivedSince(const QDateTime& since)
{
    auto q = m_outbox.database().exec(QStringLiteral("SELECT ") + Columns +
                                          QStringLiteral(" FROM crates c WHERE c.direction = 'in' AND c.state = "
                                                         "'received' AND c.received_at >= ? ORDER BY c.received_at"),
                                      {isoMs(since)});
    if (!q)
        return q.error();
    QList<Crate> list;
    while (q.value().next())
        list.append(fromQuery(q.value()));
    return list;
}

Result<QString> CrateService::nextHop(const QString& destination)
{
    if (m_hub.isEmpty() || destination == m_hub || m_site == m_hub || destination == m_site)
        return destination;
    // A crate already filling for it directly stays its crate until sealed.
    auto direct =
        crateWhere(QStringLiteral("c.direction = 'out' AND c.state = 'open' AND c.destination = ?"), {destination});
    if (direct)
        return destination;
    if (direct.error().code != QLatin1String("crate.unknown"))
        return direct.error();
    const QString since = isoMs(m_clock.now().addDays(-14));
    auto working = m_outbox.database().scalar(
        QStringLiteral("SELECT count(DISTINCT substr(sealed_at, 1, 10)) FROM crates WHERE direction = 'out' AND state "
                       "<> 'open' AND sealed_at >= ?"),
        {since});
    if (!working)
        return working.error();
    auto served = m_outbox.database().scalar(
        QStringLiteral("SELECT count(DISTINCT substr(c.sealed_at, 1, 10)) FROM crates c WHERE c.direction = 'out' AND "
                       "c.state <> 'open' AND c.sealed_at >= ? AND (c.destination = ? OR EXISTS (SELECT 1 FROM "
                       "crate_items i WHERE i.crate_seq = c.seq AND i.bag = ? AND i.removed_at IS NULL))"),
        {since, destination, destination});
    if (!served)
        return served.error();
    return served.value().toInt() < working.value().toInt() ? m_hub : destination;
}

Result<QList<std::pair<QString, int>>> CrateService::bags(qint64 seq)
{
    auto q = m_outbox.database().exec(QStringLiteral("SELECT bag, count(*) FROM crate_items WHERE crate_seq = ? AND "
                                                     "removed_at IS NULL AND bag IS NOT NULL GROUP BY bag ORDER BY "
                                                     "bag"),
                                      {seq});
    if (!q)
        return q.error();
    QList<std::pair<QString, int>> list;
    while (q.value().next())
        list.append({q.value().value(0).toString(), q.value().value(1).toInt()});
    return list;
}

Result<QList<SealedCrate>> CrateService::departure(const std::function<bool(const QString&)>& leaves)
{
    auto open = crates(Crate::Direction::Out, Crate::State::Open);
    if (!open)
        return open.error();
    for (const Crate& c : open.value())
        if (c.count > 0 && (!leaves || leaves(c.destination))) {
            auto s = seal(c.seq);
            if (!s)
                return s.error();
        }
    auto waiting = crates(Crate::Direction::Out, Crate::State::Sealed);
    if (!waiting)
        return waiting.error();
    QList<qint64> leaving;
    for (const Crate& c : waiting.value())
        if (!c.departedAt.isValid() && (!leaves || leaves(c.destination)))
            leaving.append(c.seq);
    const Status written = m_outbox.database().transaction([&]() -> Status {
        for (qint64 seq : leaving) {
            auto update = m_outbox.database().exec(
                QStringLiteral("UPDATE crates SET departed_at = ? WHERE seq = ? AND departed_at IS NULL"),
                {isoMs(m_clock.now()), seq});
            if (!update)
                return update.status();
            if (Status s = audit(QStringLiteral("crate.depart"), seq, QString()); !s)
                return s;
        }
        return {};
    });
    if (!written)
        return written.error();
    QList<SealedCrate> list;
    for (qint64 seq : leaving) {
        auto s = sealed(seq);
        if (!s)
            return s.error();
        list.append(s.value());
    }
    return list;
}

Result<Receipt> CrateService::receiveAll(qint64 seq)
{
    auto c = incomingCrate(seq);
    if (!c)
        return c.error();
    if (c.value().state != Crate::State::Sealed)
        return Error{QStringLiteral("crate.received_twice"), tr("This crate was received already.")};
    auto before = receipt(seq);
    if (!before)
        return before;
    const QStringList rest = before.value().missing;
    const QString now = isoMs(m_clock.now());
    const Status written = m_outbox.database().transaction([&]() -> Status {
        auto rows = m_outbox.database().prepare(
            QStringLiteral("INSERT INTO crate_receipts (crate_seq, barcode, scanned_at, expected, unscanned) VALUES "
                           "(?, ?, ?, 1, 1)"));
        if (!rows)
            return rows.status();
        for (const QString& item : rest) {
            const Status s = m_outbox.database().run(rows.value(), {seq, item, now});
            if (!s)
                return s;
        }
        auto update = m_outbox.database().exec(
            QStringLiteral("UPDATE crates SET state = 'received', received_at = ? WHERE seq = ?"), {now, seq});
        if (!update)
            return update.status();
        return audit(
            QStringLiteral("crate.receive.all"), seq,
            QStringLiteral("%1 without scanning, extra %2").arg(rest.size()).arg(before.value().extras.size()));
    });
    if (!written)
        return written.error();
    return receipt(seq);
}

Result<QList<DoubleListing>> CrateService::listedElsewhere(qint64 seq)
{
    auto q = m_outbox.database().exec(
        QStringLiteral("SELECT i.barcode, c.seq FROM crate_items i JOIN crate_items o ON o.barcode = i.barcode AND "
                       "o.crate_seq <> i.crate_seq JOIN crates c ON c.seq = o.crate_seq WHERE i.crate_seq = ? AND "
                       "c.direction = 'in' AND c.state = 'sealed' AND NOT EXISTS (SELECT 1 FROM crate_receipts r "
                       "WHERE r.crate_seq = c.seq AND r.barcode = i.barcode) ORDER BY i.position"),
        {seq});
    if (!q)
        return q.error();
    QList<DoubleListing> list;
    while (q.value().next()) {
        DoubleListing d;
        d.barcode = q.value().value(0).toString();
        d.other.seq = q.value().value(1).toLongLong();
        list.append(d);
    }
    for (DoubleListing& d : list) {
        auto other = crate(d.other.seq);
        if (!other)
            return other.error();
        d.other = other.value();
    }
    return list;
}

Result<QList<CrateStep>> CrateService::history(const QString& barcode)
{
    auto q = m_outbox.database().exec(
        QStringLiteral("SELECT c.seq, i.bag, i.added_at, i.removed_at, NULL FROM crate_items i JOIN crates c ON c.seq "
                       "= i.crate_seq WHERE i.barcode = ? AND c.direction = 'out' UNION ALL SELECT c.seq, NULL, "
                       "r.scanned_at, NULL, r.unscanned FROM crate_receipts r JOIN crates c ON c.seq = r.crate_seq "
                       "WHERE r.barcode = ? ORDER BY 3 DESC"),
        {barcode, barcode});
    if (!q)
        return q.error();
    QList<CrateStep> list;
    QList<qint64> seqs;
    while (q.value().next()) {
        CrateStep step;
        seqs.append(q.value().value(0).toLongLong());
        step.bag = q.value().value(1).toString();
        step.at = fromIso(q.value().value(2));
        step.removedAt = fromIso(q.value().value(3));
        step.unscanned = q.value().value(4).toInt() != 0;
        list.append(step);
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto c = crate(seqs.at(i));
        if (!c)
            return c.error();
        list[i].crate = c.value();
    }
    return list;
}

// ---- Shared between the desks of a site

Result<Crate> CrateService::outCrate(const QString& id)
{
    return crateWhere(QStringLiteral("c.direction = 'out' AND c.crate_id = ?"), {id});
}

Result<Crate> CrateService::adopt(const QString& id, const QString& destination, const QString& openedBy,
                                  const QDateTime& openedAt)
{
    auto existing = outCrate(id);
    if (existing || existing.error().code != QLatin1String("crate.unknown"))
        return existing;
    qint64 seq = 0;
    const Status made = m_outbox.database().transaction([&]() -> Status {
        auto insert = m_outbox.database().exec(
            QStringLiteral("INSERT INTO crates (crate_id, direction, from_site, destination, state, opened_at, staff, "
                           "opened_by) VALUES (?, 'out', ?, ?, 'open', ?, ?, ?)"),
            {id, m_site, destination, isoMs(openedAt.isValid() ? openedAt : m_clock.now()),
             m_staff.isNull() ? QString(QLatin1String("")) : m_staff, openedBy});
        if (!insert)
            return insert.status();
        seq = insert.value().lastInsertId().toLongLong();
        return audit(QStringLiteral("shared.crate.adopt"), seq, openedBy);
    });
    if (!made)
        return made.error();
    qCInfo(lcStore) << "crate" << id << "opened at" << openedBy << "filled here too";
    return crate(seq);
}

Result<Placement> CrateService::placeInto(qint64 seq, const QString& barcode, const QString& destinationName)
{
    if (!canCarry(barcode))
        return Error{QStringLiteral("crate.barcode"), tr("This barcode cannot go on a crate label: %1").arg(barcode)};
    auto c = crate(seq);
    if (!c)
        return c.error();
    if (c.value().direction != Crate::Direction::Out || c.value().state != Crate::State::Open ||
        c.value().departedAt.isValid())
        return Error{QStringLiteral("crate.state"), tr("This crate is already sealed.")};
    int position = 0;
    const Status written = addItem(seq, barcode, {}, position);
    if (!written)
        return written.error();
    auto now = crate(seq);
    if (!now)
        return now.error();
    auto present = items(seq);
    Placement p;
    p.crate = now.value();
    p.position = present ? int(present.value().indexOf(barcode)) + 1 : now.value().count;
    const QString name = destinationName.isEmpty() ? m_name(p.crate.destination) : destinationName;
    p.verdict = {VerdictKind::Transit,
                 tr("Crate for %1 — item %n", "the nth item put in the crate (ordinal)", p.position).arg(name),
                 tr("%n item(s) in this crate", "", p.crate.count)};
    return p;
}

Result<int> CrateService::importItems(qint64 seq, const QList<std::pair<QString, QString>>& list)
{
    int added = 0;
    const Status written = m_outbox.database().transaction([&]() -> Status {
        for (const auto& [barcode, by] : list) {
            auto here = m_outbox.database().scalar(
                QStringLiteral("SELECT count(*) FROM crate_items WHERE crate_seq = ? AND barcode = ? AND removed_at "
                               "IS NULL"),
                {seq, barcode});
            if (!here)
                return here.status();
            if (here.value().toInt() > 0)
                continue;
            auto next = m_outbox.database().scalar(
                QStringLiteral("SELECT COALESCE(max(position), 0) + 1 FROM crate_items WHERE crate_seq = ?"), {seq});
            if (!next)
                return next.status();
            auto insert = m_outbox.database().exec(
                QStringLiteral("INSERT INTO crate_items (crate_seq, barcode, position, added_at, added_by) VALUES (?, "
                               "?, ?, ?, ?)"),
                {seq, barcode, next.value().toInt(), isoMs(m_clock.now()), by});
            if (!insert)
                return insert.status();
            ++added;
        }
        return added > 0 ? audit(QStringLiteral("shared.crate.import"), seq, QString::number(added)) : Status();
    });
    if (!written)
        return written.error();
    return added;
}

Status CrateService::sealedElsewhere(qint64 seq, const QString& sealedBy, const QDateTime& sealedAt)
{
    return m_outbox.database().transaction([&]() -> Status {
        const QString now = isoMs(m_clock.now());
        auto update = m_outbox.database().exec(
            QStringLiteral("UPDATE crates SET state = 'sealed', sealed_at = coalesce(sealed_at, ?), sealed_by = ?, "
                           "departed_at = coalesce(departed_at, ?) WHERE seq = ? AND direction = 'out' AND state IN "
                           "('open','sealed')"),
            {isoMs(sealedAt.isValid() ? sealedAt : m_clock.now()), sealedBy, now, seq});
        if (!update)
            return update.status();
        return audit(QStringLiteral("shared.crate.sealed_elsewhere"), seq, sealedBy);
    });
}

Status CrateService::bounce(qint64 seq, const QString& barcode)
{
    return m_outbox.database().transaction([&]() -> Status {
        auto update = m_outbox.database().exec(
            QStringLiteral("UPDATE crate_items SET removed_at = ? WHERE crate_seq = ? AND barcode = ? AND removed_at "
                           "IS NULL"),
            {isoMs(m_clock.now()), seq, barcode});
        if (!update)
            return update.status();
        return audit(QStringLiteral("shared.crate.bounce"), seq, barcode);
    });
}

} // namespace comptoir::crates
