#include "desk/Privacy.h"

#include <QStringList>

namespace comptoir::desk {

NameDisplay nameDisplayFromSetting(const QString& value)
{
    if (value == QLatin1String("full"))
        return NameDisplay::Full;
    if (value == QLatin1String("code"))
        return NameDisplay::CodeOnly;
    return NameDisplay::Abbreviated;
}

QString pickupCode(const QString& cardNumber)
{
    const QString digits = cardNumber.trimmed();
    return digits.size() <= 4 ? digits : digits.right(4);
}

QString displayName(const QString& name, const QString& code, NameDisplay display)
{
    const int comma = int(name.indexOf(QLatin1Char(',')));
    const QString surname = (comma < 0 ? name : name.left(comma)).trimmed();
    const QString firstname = comma < 0 ? QString() : name.mid(comma + 1).trimmed();
    switch (display) {
    case NameDisplay::Full:
        return firstname.isEmpty() ? surname : firstname + QLatin1Char(' ') + surname;
    case NameDisplay::CodeOnly:
        return code;
    case NameDisplay::Abbreviated:
        break;
    }
    if (surname.isEmpty())
        return code;
    QString out = surname.left(3).toUpper();
    if (surname.size() > 3)
        out += QStringLiteral("…");
    if (!firstname.isEmpty())
        out += QLatin1Char(' ') + firstname.left(1).toUpper() + QLatin1Char('.');
    return out;
}

} // namespace comptoir::desk
