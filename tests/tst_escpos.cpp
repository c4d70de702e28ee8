#include "print/EscPos.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace comptoir::print;

// ESC/POS bytes against the reference's vectors (mike42/escpos-php's unit tests, each after ESC @).
class TestEscPos : public QObject
{
    Q_OBJECT

    static QByteArray init() { return QByteArray("\x1b@"); }

private Q_SLOTS:
    // French typography on a receipt printer: a page without a character prints its plain form
    // (on IBM437 the no-break spaces are spaces, ’ an apostrophe), never a '?'.
    void frenchTypographyOnAnyCodePage()
    {
        const QString text = QStringLiteral("Retrait\u202F: l\u2019étoile\u202F! « oui »\u2026");
        const QByteArray cp437 = comptoir::print::EscPos::encode(text, 0);
        QVERIFY2(!cp437.contains('?'), cp437.constData());
        QVERIFY(cp437.startsWith("Retrait : l'"));
        const QByteArray cp1252 = comptoir::print::EscPos::encode(text, 16);
        QVERIFY(!cp1252.contains('?'));
        QVERIFY(cp1252.contains(char(0x92))); // ’ exists in Windows-1252
    }

    void referenceVectors()
    {
        QCOMPARE(EscPos().initialize().bold(true).bytes(), QByteArray("\x1b@\x1b"
                                                                      "E\x01"));
        // Commands that end in a NUL: compared with their length, NUL included.
        QCOMPARE(EscPos().initialize().bold(false).bytes(), QByteArrayLiteral("\x1b@\x1b"
                                                                              "E\x00"));
        QCOMPARE(EscPos().bold(false).bytes().size(), 3);
        QCOMPARE(EscPos().justify(EscPos::Justify::Left).bytes(), QByteArrayLiteral("\x1b"
                                                                                    "a\x00"));
        QCOMPARE(EscPos().characterSize(1, 1).bytes(), QByteArrayLiteral("\x1d!\x00"));
        QCOMPARE(EscPos().underline(0).bytes(), QByteArrayLiteral("\x1b-\x00"));
        QCOMPARE(EscPos().initialize().justify(EscPos::Justify::Center).bytes(), QByteArray("\x1b@\x1b"
                                                                                            "a\x01"));
        QCOMPARE(EscPos().initialize().cut().bytes(), QByteArray("\x1b@\x1dVA\x03"));
        QCOMPARE(EscPos().initialize().barcodeHeight(10).bytes(), QByteArray("\x1b@\x1dh\x0a"));
        EscPos code39;
        QVERIFY(code39.initialize().barcode(EscPos::Barcode::Code39, "1234").ok());
        QCOMPARE(code39.bytes(), QByteArray("\x1b@\x1dkE\x04"
                                            "1234"));
        EscPos jan13;
        QVERIFY(jan13.initialize().barcode(EscPos::Barcode::Ean13, "0123456789012").ok());
        QCOMPARE(jan13.bytes(), QByteArray("\x1b@\x1dkC\x0d"
                                           "0123456789012"));
        EscPos codabar;
        QVERIFY(codabar.initialize().barcode(EscPos::Barcode::Codabar, "A012345A").ok());
        QCOMPARE(codabar.bytes(), QByteArray("\x1b@\x1dkG\x08"
                                             "A012345A"));
        EscPos code128;
        QVERIFY(code128.initialize().barcode(EscPos::Barcode::Code128, "{B012ABCDabcd").ok());
        QCOMPARE(code128.bytes(), QByteArray("\x1b@\x1dkI\x0d{B012ABCDabcd"));
        QCOMPARE(EscPos().initialize().qrCode("1234").bytes(), QByteArray("\x1b@\x1d(k\x04\x00"
                                                                          "1A2\x00\x1d(k\x03\x00"
                                                                          "1C\x03\x1d(k\x03\x00"
                                                                          "1E0\x1d(k\x07\x00"
                                                                          "1P01234\x1d(k\x03\x00"
                                                                          "1Q0",
                                                                          2 + 9 + 8 + 8 + 12 + 8));
        QCOMPARE(EscPos().initialize().pulse().bytes(), QByteArray("\x1b@\x1bp0<x"));
    }

    void refusals()
    {
        EscPos e;
        QVERIFY(!e.barcode(EscPos::Barcode::Code128, "31042000000019").ok()); // no {B
        QVERIFY(!e.barcode(EscPos::Barcode::Codabar, "31042000000019").ok()); // no start/stop
        QVERIFY(!e.barcode(EscPos::Barcode::Code39, QByteArray()).ok());
        QVERIFY(e.bytes().isEmpty()); // nothing half-written
    }

    void frenchTextInWindows1252()
    {
        const QByteArray bytes = EscPos().codePage(16).text(QStringLiteral("Étagère — 5 €, œuvre, 日")).bytes();
        QCOMPARE(bytes, QByteArray("\x1bt\x10\xc9tag\xe8re \x97 5 \x80, \x9cuvre, ?"));
    }

    void sizesAndModes()
    {
        QCOMPARE(EscPos().characterSize(2, 2).bytes(), QByteArray("\x1d!\x11"));
        QCOMPARE(EscPos().printMode(0x08 | 0x10).bytes(), QByteArray("\x1b!\x18"));
        QCOMPARE(EscPos().feed(4).cut(true, 0).bytes(), QByteArray("\x1b"
                                                                   "d\x04\x1dVB\x00",
                                                                   7));
    }

    // A network receipt printer (port 9100): the whole job arrives, byte for byte.
    void jobOverTcp()
    {
        QTcpServer printer;
        QVERIFY(printer.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&printer, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* s = printer.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, this, [&received, s] { received += s->readAll(); });
        });
        EscPos job;
        job.initialize().codePage(16).justify(EscPos::Justify::Center).bold(true).line(QStringLiteral("Étagère"));
        QVERIFY(job.barcode(EscPos::Barcode::Code128, "{B31042000000019").ok());
        job.cut();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, printer.serverPort());
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
        QVERIFY(sendJob(socket, job.bytes()).ok());
        QVERIFY(QTest::qWaitFor([&] { return received.size() == job.bytes().size(); }, 5000));
        QCOMPARE(received, job.bytes());
        socket.close();
        QVERIFY(!sendJob(socket, job.bytes()).ok()); // not connected: a clear error
    }
};

QTEST_GUILESS_MAIN(TestEscPos)
#include "tst_escpos.moc"
