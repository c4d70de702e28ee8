#include "desk/SlipContext.h"

#include <QLocale>

namespace comptoir::desk {

print::TemplateContext baseSlipContext(const SlipParty& party)
{
    print::TemplateContext c;
    const QDateTime local = party.now.toLocalTime();
    c.values.insert(QStringLiteral("library.name"), party.libraryName);
    c.values.insert(QStringLiteral("workstation"), party.workstation);
    c.values.insert(QStringLiteral("date"), QLocale().toString(local.date(), QLocale::ShortFormat));
    c.values.insert(QStringLiteral("time"), QLocale().toString(local.time(), QStringLiteral("HH:mm")));
    return c;
}

print::TemplateContext crateLabelContext(const crates::SealedCrate& crate, const QString& fromName,
                                         const QString& destinationName, const SlipParty& party)
{
    print::TemplateContext c = baseSlipContext(party);
    const QDateTime sealed = crate.crate.sealedAt.toLocalTime();
    c.values.insert(QStringLiteral("crate.id"), crate.crate.id);
    c.values.insert(QStringLiteral("crate.box"), crate.crate.barcode);
    c.values.insert(QStringLiteral("crate.destination"),
                    destinationName.isEmpty() ? crate.crate.destination : destinationName);
    c.values.insert(QStringLiteral("crate.destination_code"), crate.crate.destination);
    c.values.insert(QStringLiteral("crate.from"), fromName.isEmpty() ? crate.crate.from : fromName);
    c.values.insert(QStringLiteral("crate.from_code"), crate.crate.from);
    c.values.insert(QStringLiteral("crate.count"), QString::number(crate.manifest.items.size()));
    c.values.insert(QStringLiteral("crate.sealed_date"), QLocale().toString(sealed.date(), QLocale::ShortFormat));
    c.values.insert(QStringLiteral("crate.sealed_time"), QLocale().toString(sealed.time(), QStringLiteral("HH:mm")));
    c.values.insert(QStringLiteral("crate.parts"), QString::number(crate.qrTexts.size()));
    QList<print::TemplateContext> codes;
    for (qsizetype i = 0; i < crate.qrTexts.size(); ++i) {
        print::TemplateContext qr;
        qr.values = {{QStringLiteral("qr.text"), crate.qrTexts.at(i)},
                     {QStringLiteral("qr.part"), QString::number(i + 1)}};
        codes.append(qr);
    }
    c.lists.insert(QStringLiteral("qr"), codes);
    return c;
}

QString shelfPosition(const QString& surnameCommaFirstname, const QString& pickupCode, NameDisplay display)
{
    if (display == NameDisplay::CodeOnly || surnameCommaFirstname.trimmed().isEmpty())
        return pickupCode;
    const QString surname = surnameCommaFirstname.section(QLatin1Char(','), 0, 0).trimmed();
    QString letters;
    for (const QChar c : surname.normalized(QString::NormalizationForm_D)) {
        if (c.isLetter() && c.category() != QChar::Mark_NonSpacing)
            letters += c.toUpper();
        if (letters.size() == 3)
            break;
    }
    return letters;
}

print::TemplateContext captureSlipContext(const CaptureResult& result, const QString& barcode,
                                          const QString& destinationName, const SlipParty& party)
{
    print::TemplateContext c = baseSlipContext(party);
    const QString code = pickupCode(result.outcome.holdPatronCard);
    c.values.insert(QStringLiteral("verdict.title"), result.verdict.title);
    if (!result.outcome.holdPatronName.isEmpty() || !code.isEmpty()) {
        c.values.insert(QStringLiteral("patron.name"), displayName(result.outcome.holdPatronName, code, party.display));
        c.values.insert(QStringLiteral("patron.pickup_code"), code);
        c.values.insert(QStringLiteral("patron.shelf"),
                        shelfPosition(result.outcome.holdPatronName, code, party.display));
    }
    c.values.insert(QStringLiteral("item.title"), result.outcome.title);
    c.values.insert(QStringLiteral("item.call_number"), result.outcome.callNumber);
    c.values.insert(QStringLiteral("item.barcode"), barcode);
    c.values.insert(QStringLiteral("transit.destination"), destinationName);
    c.values.insert(QStringLiteral("transit.destination_code"), result.destination);
    if (result.holdExpires.isValid())
        c.values.insert(QStringLiteral("hold.expiration_date"),
                        QLocale().toString(result.holdExpires, QLocale::ShortFormat));
    if (result.provisional)
        c.values.insert(QStringLiteral("provisional"), QStringLiteral("1"));
    return c;
}

} // namespace comptoir::desk
