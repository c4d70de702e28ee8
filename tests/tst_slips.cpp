// Slip templates (tokens, sections, problems), slip markup to ESC/POS, the library's own copies,
// and raw printing to a receipt printer over TCP 9100 and over a serial port (a socat pty pair).
#include "print/EscPos.h"
#include "print/RawPrinter.h"
#include "print/SlipMarkup.h"
#include "print/Template.h"
#include "print/TemplateStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSerialPort>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::print;

namespace {

TemplateContext context(std::initializer_list<std::pair<const char*, const char*>> values)
{
    TemplateContext c;
    for (const auto& [k, v] : values)
        c.values.insert(QString::fromUtf8(k), QString::fromUtf8(v));
    return c;
}

} // namespace

class TestSlips : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A count's plural for the template's own words: « 1 document », « 3 documents », never « (s) ».
    void templatePluralSections()
    {
        const QString t = QStringLiteral("{{count}} document{{#count.many}}s{{/count.many}} "
                                         "emprunté{{#count.many}}s{{/count.many}}{{^count.many}}!{{/count.many}}");
        for (const auto& [n, expected] :
             {std::pair{0, "0 document emprunté!"}, std::pair{1, "1 document emprunté!"},
              std::pair{2, "2 documents empruntés"}, std::pair{12, "12 documents empruntés"}}) {
            TemplateContext c;
            c.values.insert(QStringLiteral("count"), QString::number(n));
            QCOMPARE(renderTemplate(t, c), QString::fromUtf8(expected));
        }
        QVERIFY(checkTemplate(t, {QStringLiteral("count")}).isEmpty());
        QCOMPARE(checkTemplate(QStringLiteral("{{#other.many}}s{{/other.many}}"), {QStringLiteral("count")}).size(), 1);
        // Not a number: neither form.
        TemplateContext text;
        text.values.insert(QStringLiteral("count"), QStringLiteral("plusieurs"));
        QCOMPARE(renderTemplate(QStringLiteral("[{{#count.one}}1{{/count.one}}{{#count.many}}n{{/count.many}}]"), text),
                 QStringLiteral("[]"));
    }

    void valuesAndEscaping()
    {
        const TemplateContext c = context({{"patron.pickup_code", "0417"}, {"item.title", "Tom & <Jerry>"}});
        QCOMPARE(renderTemplate(QStringLiteral("Code {{patron.pickup_code}} / {{ item.title }}"), c),
                 QStringLiteral("Code 0417 / Tom & <Jerry>"));
        QCOMPARE(renderTemplate(QStringLiteral("<td>{{item.title}}</td>"), c, Escape::Html),
                 QStringLiteral("<td>Tom &amp; &lt;Jerry&gt;</td>"));
        // Unknown fields give nothing; comments vanish; a lone brace stays.
        QCOMPARE(renderTemplate(QStringLiteral("a{{nope}}b{{! note }}c { d }"), c), QStringLiteral("abc { d }"));
    }

    void sections()
    {
        TemplateContext c = context({{"site", "CENTRE"}, {"empty", ""}, {"yes", "1"}});
        TemplateContext z1 = context({{"zone.name", "Jeunesse"}});
        z1.lists.insert(QStringLiteral("lines"), {context({{"line.call_number", "J A PON"}})});
        TemplateContext z2 = context({{"zone.name", "Adultes"}});
        z2.lists.insert(QStringLiteral("lines"),
                        {context({{"line.call_number", "R SIM"}}), context({{"line.call_number", "BD HER"}})});
        c.lists.insert(QStringLiteral("zones"), {z1, z2});
        c.lists.insert(QStringLiteral("none"), {});
        const QString t =
            QStringLiteral("{{#zones}}[{{zone.name}}@{{site}}:{{#lines}}{{line.call_number}};{{/lines}}]{{/zones}}"
                           "{{#yes}}Y{{/yes}}{{#empty}}E{{/empty}}{{^empty}}!E{{/empty}}{{^none}}no "
                           "lines{{/none}}{{^zones}}X{{/zones}}");
        QCOMPARE(renderTemplate(t, c),
                 QStringLiteral("[Jeunesse@CENTRE:J A PON;][Adultes@CENTRE:R SIM;BD HER;]Y!Eno lines"));
        // Malformed: never closed, stray close: rendered as far as it goes, and reported.
        QCOMPARE(renderTemplate(QStringLiteral("a{{#yes}}b"), c), QStringLiteral("ab"));
        QCOMPARE(renderTemplate(QStringLiteral("a{{/yes}}b"), c), QStringLiteral("ab"));
    }

    void problemsAreReportedWithTheirLine()
    {
        const QStringList names = {QStringLiteral("item.title")};
        QVERIFY(checkTemplate(QStringLiteral("{{item.title}}"), names).isEmpty());
        const auto problems =
            checkTemplate(QStringLiteral("{{item.title}}\n{{item.titel}}\n{{#items}}\n{{/zones}}\n{{oops"), names,
                          {QStringLiteral("items")});
        QCOMPARE(problems.size(), 4);
        QCOMPARE(problems[0].line, 2);
        QVERIFY(problems[0].message.contains(QStringLiteral("item.titel")));
        QCOMPARE(problems[1].line, 4); // {{/zones}} closes nothing
        QCOMPARE(problems[2].line, 3); // {{#items}} never closed
        QCOMPARE(problems[3].line, 5); // {{ without }}
    }

    void templateSizeAndDepthBounded()
    {
        TemplateContext c = context({{"yes", "1"}});
        // Sections nest MaxSectionDepth deep; one level more is dropped.
        const auto nested = [](int depth) -> QString {
            return QStringLiteral("{{#yes}}").repeated(depth) + QStringLiteral("x") +
                   QStringLiteral("{{/yes}}").repeated(depth);
        };
        QCOMPARE(renderTemplate(nested(MaxSectionDepth), c), QStringLiteral("x"));
        QCOMPARE(renderTemplate(nested(MaxSectionDepth + 1), c), QString());
        // A template is read up to MaxTemplateChars; the rest is ignored, and checkTemplate says so.
        const QString full = QString(MaxTemplateChars - 7, u' ') + QStringLiteral("{{yes}}");
        QCOMPARE(renderTemplate(full, c).right(2), QStringLiteral(" 1"));
        QVERIFY(checkTemplate(full, {QStringLiteral("yes")}).isEmpty());
        const QString over = QString(MaxTemplateChars - 6, u' ') + QStringLiteral("{{yes}}");
        QVERIFY(!renderTemplate(over, c).contains(u'1'));
        QCOMPARE(checkTemplate(over, {QStringLiteral("yes")}).size(), 2); // too long; "{{" without "}}"
        // Problems: the first MaxTemplateProblems are listed.
        const QString unknowns = QStringLiteral("{{nope}}\n").repeated(MaxTemplateProblems + 50);
        QCOMPARE(checkTemplate(unknowns, {}).size(), MaxTemplateProblems);
        QCOMPARE(checkTemplate(unknowns, {}).last().line, MaxTemplateProblems);
    }

    void templateWorkBounded()
    {
        // Thousands of sections never closed: each close is looked for once, not once per section
        // (that was quadratic: seconds for a 60 KB template).
        QElapsedTimer timer;
        timer.start();
        const QString unclosed = QStringLiteral("{{#a}}").repeated(10000);
        QCOMPARE(renderTemplate(unclosed, {}), QString());
        QCOMPARE(checkTemplate(unclosed, {}, {QStringLiteral("a")}).size(), MaxTemplateProblems);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        // A list nested in itself repeats its body (list size)^depth times: 10^16 here. Rendering
        // stops at its bounds, keeps what it rendered and says it stopped.
        TemplateContext c;
        c.lists.insert(QStringLiteral("items"), QList<TemplateContext>(10, context({{"n", "x"}})));
        const QString bomb = QStringLiteral("{{#items}}").repeated(MaxSectionDepth) + QStringLiteral("{{n}}") +
                             QStringLiteral("{{/items}}").repeated(MaxSectionDepth);
        timer.restart();
        bool complete = true;
        const QString out = renderTemplate(bomb, c, Escape::None, &complete);
        QVERIFY(!complete);
        QVERIFY(!out.isEmpty());
        QVERIFY(out.size() <= MaxRenderedChars + 16);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        // The same at a size that fits: complete.
        const QString small = QStringLiteral("{{#items}}{{#items}}{{n}}{{/items}}{{/items}}");
        QCOMPARE(renderTemplate(small, c, Escape::None, &complete), QString(100, u'x'));
        QVERIFY(complete);
    }

    void slipMarkupBounded()
    {
        // MaxSlipLines lines are kept; beyond, the slip ends with "…".
        QList<SlipLine> lines = parseSlip(QStringLiteral("a\n").repeated(MaxSlipLines));
        QCOMPARE(lines.size(), MaxSlipLines);
        lines = parseSlip(QStringLiteral("a\n").repeated(MaxSlipLines + 500));
        QCOMPARE(lines.size(), MaxSlipLines + 1);
        QCOMPARE(lines.last().text, QStringLiteral("…"));
        // MaxDirectivesPerLine directives are read; more are text.
        lines = parseSlip(QStringLiteral("[bold]").repeated(MaxDirectivesPerLine) + QStringLiteral("x"));
        QCOMPARE(lines.first().text, QStringLiteral("x"));
        QVERIFY(lines.first().bold);
        lines = parseSlip(QStringLiteral("[bold]").repeated(MaxDirectivesPerLine + 1) + QStringLiteral("x"));
        QCOMPARE(lines.first().text, QStringLiteral("[bold]x"));
        // A QR code holds MaxQrBytes; a longer text is printed as text (its length would not fit
        // the command's 16-bit length either, past 65535).
        const QString fits = QString(MaxQrBytes, u'7');
        QVERIFY(slipToEscPos(parseSlip(QStringLiteral("[qr]") + fits)).contains("\x1d(k"));
        const QByteArray over = slipToEscPos(parseSlip(QStringLiteral("[qr]") + fits + u'7'));
        QVERIFY(!over.contains("\x1d(k"));
        QVERIFY(over.contains(QByteArray(MaxQrBytes + 1, '7')));
    }

    void markupLines()
    {
        const auto lines = parseSlip(QStringLiteral("# comment\n[center][big][bold]RÉSERVATION\n\n[barcode]3104\n"
                                                    "[center]\n[rule]\n[feed]\n[qr]https://x\n[note] kept\n[cut]"));
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines[0].text, QStringLiteral("RÉSERVATION"));
        QVERIFY(lines[0].bold);
        QCOMPARE(lines[0].size, SlipLine::Size::Big);
        QCOMPARE(lines[0].align, SlipLine::Align::Center);
        QCOMPARE(lines[1].kind, SlipLine::Kind::Barcode);
        QCOMPARE(lines[2].kind, SlipLine::Kind::Rule); // "[center]" with nothing after it is dropped
        QCOMPARE(lines[3].kind, SlipLine::Kind::Feed);
        QCOMPARE(lines[4].kind, SlipLine::Kind::Qr);
        QCOMPARE(lines[5].text, QStringLiteral("[note] kept")); // not a directive: text
        QCOMPARE(lines[6].kind, SlipLine::Kind::Cut);
    }

    void markupToEscPos()
    {
        const auto lines =
            parseSlip(QStringLiteral("[center][big][bold]Réservé\n[barcode]31042000000019\n[qr]CC12\n[cut]"));
        const QByteArray bytes = slipToEscPos(lines);
        // ESC @, ESC t 16 (WPC1252), centred, bold, double size, "R\xe9serv\xe9", back to normal.
        // Byte strings with NULs are compared as QByteArrays of their full length (a const char*
        // would stop at the first \x00 and never check what follows: here, bold and size off).
        QVERIFY(bytes.startsWith(QByteArrayLiteral("\x1b@\x1bt\x10")));
        QVERIFY(bytes.contains(QByteArrayLiteral("\x1b"
                                                 "a\x01\x1b"
                                                 "E\x01\x1d!\x11R\xe9serv\xe9\n\x1d!\x00\x1b"
                                                 "E\x00")));
        QVERIFY(bytes.contains(QByteArrayLiteral("\x1dkI\x10{B31042000000019")));
        // QR (model 2): store the data, then print it.
        QVERIFY(bytes.contains(QByteArray("\x1d(k\x07\x00\x31\x50\x30"
                                          "CC12",
                                          12)));
        QVERIFY(bytes.contains(QByteArray("\x1d(k\x03\x00\x31\x51\x30", 8)));
        // One cut, at the end (the template's [cut]).
        QCOMPARE(bytes.count(QByteArrayLiteral("\x1dVA")), 1);
        QVERIFY(bytes.endsWith(QByteArrayLiteral("\x1dVA\x03")));
        // No [cut] in the template: one is added.
        QVERIFY(slipToEscPos(parseSlip(QStringLiteral("x"))).endsWith(QByteArrayLiteral("\x1dVA\x03")));
        // A plain line after a bold big one: bold and double size are off again before it, and
        // the whole job is exactly this (NULs included).
        const QByteArray plainAfterBold = QByteArrayLiteral("\x1b@\x1bt\x10"
                                                            "\x1b"
                                                            "a\x00\x1b"
                                                            "E\x01\x1d!\x11"
                                                            "A\n\x1d!\x00\x1b"
                                                            "E\x00"
                                                            "\x1b"
                                                            "a\x00\x1b"
                                                            "E\x00"
                                                            "b\n\x1b"
                                                            "d\x02\x1dVA\x03");
        QCOMPARE(slipToEscPos(parseSlip(QStringLiteral("[bold][big]A\nb"))), plainAfterBold);
    }

    void shippedTemplatesAreCleanAndFilled()
    {
        TemplateStore store(QString(), QStringLiteral(COMPTOIR_SOURCE_DIR "/resources/templates"));
        for (const TemplateInfo& info : TemplateStore::kinds()) {
            const QString text = store.text(info.kind);
            QVERIFY2(!text.isEmpty(), qPrintable(info.fileName));
            const auto problems = checkTemplate(text, info.names, info.lists);
            QVERIFY2(problems.isEmpty(), qPrintable(info.fileName + QStringLiteral(": ") +
                                                    (problems.isEmpty() ? QString() : problems.first().message)));
            const QString filled =
                renderTemplate(text, TemplateStore::sample(info.kind), info.html ? Escape::Html : Escape::None);
            QVERIFY2(!filled.contains(QStringLiteral("{{")), qPrintable(info.fileName));
        }
        const QString hold = slipPlainText(parseSlip(
            renderTemplate(store.text(TemplateKind::HoldSlip), TemplateStore::sample(TemplateKind::HoldSlip))));
        QVERIFY(hold.contains(QStringLiteral("Code de retrait\u00A0: 0417")));
        QVERIFY(hold.contains(QStringLiteral("À retirer avant le 03/12/2026")));
        QVERIFY(!hold.contains(QStringLiteral("Hors ligne"))); // not provisional
        QVERIFY(!hold.contains(QStringLiteral("SAC")));        // not a bag
        const QString bag = slipPlainText(parseSlip(
            renderTemplate(store.text(TemplateKind::BagLabel), TemplateStore::sample(TemplateKind::BagLabel))));
        QVERIFY(bag.contains(QStringLiteral("– Astérix chez les Belges\n(BD GOS T.24)")));
        QVERIFY(bag.contains(QStringLiteral("Rendez-vous\u00A0: 24/11/2026 16:30")));
        const QString list = renderTemplate(store.text(TemplateKind::PullList),
                                            TemplateStore::sample(TemplateKind::PullList), Escape::Html);
        QVERIFY(list.indexOf(QStringLiteral("Jeunesse")) < list.indexOf(QStringLiteral("Adultes")));
        QVERIFY(list.contains(QStringLiteral("L&#x27;Élégance")) || list.contains(QStringLiteral("L'Élégance")));
    }

    // Code 128 (ESC/POS function B, m = 73): "{" followed by a letter or digit is a code set switch
    // or an FNC to the printer, so a "{" of the data is sent as "{{". Data outside code set B is
    // printed as text, and the caller gets a warning to show.
    void code128EscapesBracesAndFallsBackToText()
    {
        EscPos job;
        QVERIFY(job.code128(QStringLiteral("CC{B}1")).ok());
        QCOMPARE(job.bytes(), QByteArray("\x1dkI\x09{BCC{{B}1"));
        EscPos two;
        QVERIFY(two.code128(QStringLiteral("{{")).ok());
        QCOMPARE(two.bytes(), QByteArray("\x1dkI\x06{B{{{{"));
        const EscPosSlip braces = renderEscPos(parseSlip(QStringLiteral("[barcode]CC{1}7")));
        QVERIFY(braces.bytes.contains(QByteArray("\x1dkI\x09{BCC{{1}7")));
        QVERIFY(braces.warnings.isEmpty());
        // Outside set B: an accent, a control character. Text instead, and a warning naming it.
        for (const QString& data : {QStringLiteral("Réf-12"), QStringLiteral("A\tB")}) {
            EscPos refused;
            QVERIFY(!refused.code128(data).ok());
            QVERIFY(refused.bytes().isEmpty());
        }
        const EscPosSlip accent = renderEscPos(parseSlip(QStringLiteral("[barcode]Réf-12")));
        QVERIFY(!accent.bytes.contains(QByteArray("\x1dk")));
        QVERIFY(accent.bytes.contains(QByteArray("R\xe9"
                                                 "f-12\n")));
        QCOMPARE(accent.warnings.size(), 1);
        QVERIFY(accent.warnings.first().contains(QStringLiteral("Réf-12")));
        // Too long for one barcode command (255 bytes with "{B" and the escapes).
        EscPos longer;
        QVERIFY(!longer.code128(QString(200, QLatin1Char('{'))).ok());
        QVERIFY(longer.code128(QString(126, QLatin1Char('{'))).ok());
    }

    // [small] prints in font B (ESC M 1) and the next line is in font A again (ESC M 0).
    void smallPrintsInFontB()
    {
        const QByteArray bytes = slipToEscPos(parseSlip(QStringLiteral("[center][small]Merci !\nx")));
        QVERIFY(bytes.contains(QByteArray("\x1bM\x01Merci !\n\x1bM\x00", 14)));
        QVERIFY(bytes.indexOf(QByteArray("\x1bM\x00", 3)) < bytes.indexOf("x\n"));
        QVERIFY(!slipToEscPos(parseSlip(QStringLiteral("x"))).contains(QByteArray("\x1bM", 2)));
        QCOMPARE(slipColumns(SlipLine::Size::Normal), 48);
        QCOMPARE(slipColumns(SlipLine::Size::Big), 24);
        QCOMPARE(slipColumns(SlipLine::Size::Small), 64);
    }

    // Each shipped slip template, filled with long but real values (the longest names of a French
    // network, a long title, a full name), fits an 80 mm printer: 48 columns in the normal font,
    // 24 in double size, 64 in the small font; a barcode fits the paper's 576 dots.
    void shippedTemplatesFitTheColumns()
    {
        TemplateStore store(QString(), QStringLiteral(COMPTOIR_SOURCE_DIR "/resources/templates"));
        const QString library = QStringLiteral("Médiathèque intercommunale Marguerite-Yourcenar");
        const QString title = QStringLiteral("Le Seigneur des anneaux : Les Deux Tours");
        const QString call = QStringLiteral("843.914 YOU M");
        int checked = 0;
        for (const TemplateInfo& info : TemplateStore::kinds()) {
            if (info.html)
                continue; // a printed page, not a slip
            TemplateContext c = TemplateStore::sample(info.kind);
            const QList<std::pair<const char*, QString>> values = {
                {"library.name", library},
                {"pickup.name", library},
                {"transit.destination", QStringLiteral("Médiathèque Marguerite-Yourcenar")},
                {"transit.destination_code", QStringLiteral("SENGHOR")},
                {"patron.name", QStringLiteral("Marie-Charlotte DUPONT-DELACROIX")},
                {"patron.pickup_code", QStringLiteral("04170")},
                {"patron.shelf", QStringLiteral("DUP")},
                {"item.title", title},
                {"item.call_number", call},
                {"item.barcode", QStringLiteral("31042000000019")},
                {"hold.expiration_date", QStringLiteral("03/12/2026")},
                {"bag.number", QStringLiteral("12345")},
                {"bag.gathered", QStringLiteral("12")},
                {"bag.total", QStringLiteral("12")},
                {"order.number", QStringLiteral("12345")},
                {"order.barcode", QStringLiteral("CC12345")},
                {"order.count", QStringLiteral("12")},
                {"count", QStringLiteral("12")},
                {"appointment", QStringLiteral("24/11/2026 16:30")},
                {"provisional", QStringLiteral("1")}};
            for (const auto& [name, value] : values)
                c.values.insert(QString::fromLatin1(name), value);
            QList<TemplateContext> items;
            for (int i = 0; i < 3; ++i) {
                TemplateContext item;
                item.values = {{QStringLiteral("item.title"), title},
                               {QStringLiteral("item.call_number"), call},
                               {QStringLiteral("item.barcode"), QStringLiteral("3104200000002%1").arg(i)},
                               {QStringLiteral("item.due_date"), QStringLiteral("14/12/2026")}};
                items << item;
            }
            c.lists.insert(QStringLiteral("items"), items);
            const QList<SlipLine> lines = parseSlip(renderTemplate(store.text(info.kind), c));
            QVERIFY2(lines.size() > 5, qPrintable(info.fileName));
            for (const SlipLine& line : lines) {
                if (line.kind == SlipLine::Kind::Text) {
                    QVERIFY2(line.text.size() <= slipColumns(line.size),
                             qPrintable(QStringLiteral("%1: %2 characters, %3 columns: %4")
                                            .arg(info.fileName)
                                            .arg(line.text.size())
                                            .arg(slipColumns(line.size))
                                            .arg(line.text)));
                } else if (line.kind == SlipLine::Kind::Barcode) {
                    // Code 128: 11 modules a character, start and check 11 each, stop 13; 2 dots a module.
                    const int dots = ((int(line.text.size()) + 2) * 11 + 13) * 2;
                    QVERIFY2(dots <= 576, qPrintable(info.fileName + QStringLiteral(": ") + line.text));
                }
                ++checked;
            }
        }
        QVERIFY(checked > 40);
    }

    void libraryCopiesWinUntilReset()
    {
        QTemporaryDir dir;
        const QString own = dir.filePath(QStringLiteral("templates"));
        TemplateStore store(own, QStringLiteral(COMPTOIR_SOURCE_DIR "/resources/templates"));
        QVERIFY(!store.isEdited(TemplateKind::HoldSlip));
        QVERIFY(store.save(TemplateKind::HoldSlip, QStringLiteral("[big]{{patron.shelf}}")).ok());
        QVERIFY(store.isEdited(TemplateKind::HoldSlip));
        QCOMPARE(store.text(TemplateKind::HoldSlip), QStringLiteral("[big]{{patron.shelf}}"));
        QCOMPARE(QFileInfo(own + QStringLiteral("/hold-slip.txt")).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(store.text(TemplateKind::TransitSlip).contains(QStringLiteral("NAVETTE"))); // others: shipped
        QVERIFY(store.reset(TemplateKind::HoldSlip).ok());
        QVERIFY(store.text(TemplateKind::HoldSlip).contains(QStringLiteral("RÉSERVATION")));
    }

    void rawJobOverTcp()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* s = server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, this, [&received, s] { received += s->readAll(); });
        });
        RawPrinter printer;
        printer.configure(RawPrinter::Transport::Tcp, QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
        const QByteArray job = slipToEscPos(parseSlip(QStringLiteral("[bold]Réservé\n[barcode]3104")));
        int outcomes = 0;
        bool ok = false;
        printer.send(job, [&](Status s) {
            ++outcomes;
            ok = s.ok();
        });
        printer.send(job, [&](Status s) {
            ++outcomes;
            ok = ok && s.ok();
        }); // queued behind the first
        QTRY_COMPARE(outcomes, 2);
        QVERIFY(ok);
        QTRY_COMPARE(received, job + job);
    }

    void unreachablePrinterSaysSo()
    {
        QTcpServer probe; // a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        RawPrinter printer;
        printer.configure(RawPrinter::Transport::Tcp, QStringLiteral("127.0.0.1:%1").arg(port));
        std::optional<Status> outcome;
        printer.send("x", [&](Status s) { outcome = s; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().code, QStringLiteral("printer.unreachable"));
        // A printer that accepts and never reads is bounded by the time limit, not forever.
        RawPrinter serial;
        serial.configure(RawPrinter::Transport::Serial, QStringLiteral("/dev/nonexistent-printer"));
        std::optional<Status> missing;
        serial.send("x", [&](Status s) { missing = s; });
        QTRY_VERIFY(missing.has_value());
        QVERIFY(!missing->ok());
        QVERIFY(missing->error().message.contains(QStringLiteral("receipt printer")));
    }

    void rawJobOverASerialPort()
    {
        // A pseudo-terminal pair: the printer reads one end, Comptoir writes the other.
        QTemporaryDir dir;
        const QString printerEnd = dir.filePath(QStringLiteral("printer"));
        const QString deskEnd = dir.filePath(QStringLiteral("desk"));
        QProcess socat;
        socat.start(QStringLiteral("socat"), {QStringLiteral("pty,raw,echo=0,link=") + printerEnd,
                                              QStringLiteral("pty,raw,echo=0,link=") + deskEnd});
        QVERIFY(socat.waitForStarted());
        QTRY_VERIFY(QFileInfo::exists(printerEnd) && QFileInfo::exists(deskEnd));
        QSerialPort printerPort(QFileInfo(printerEnd).canonicalFilePath());
        QVERIFY(printerPort.open(QIODevice::ReadOnly));
        QByteArray received;
        connect(&printerPort, &QSerialPort::readyRead, this, [&] { received += printerPort.readAll(); });
        RawPrinter printer;
        printer.configure(RawPrinter::Transport::Serial, QFileInfo(deskEnd).canonicalFilePath(), 19200);
        const QByteArray job = slipToEscPos(parseSlip(QStringLiteral("[center]Navette → GIONO\n[cut]")));
        std::optional<Status> outcome;
        printer.send(job, [&](Status s) { outcome = s; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().message));
        QTRY_COMPARE(received, job);
        socat.terminate();
        socat.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestSlips)
#include "tst_slips.moc"
