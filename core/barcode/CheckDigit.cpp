#include "barcode/CheckDigit.h"

namespace comptoir::checkdigit {

namespace {

bool allDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

int digit(QChar c)
{
    return c.unicode() - u'0';
}

} // namespace

QString compute(Algorithm algorithm, const QString& data)
{
    switch (algorithm) {
    case Algorithm::None:
        return {};
    case Algorithm::Luhn: {
        if (!allDigits(data))
            return {};
        int total = 0;
        for (int i = 0; i < data.size(); ++i) {
            int d = digit(data[i]);
            if (i % 2 == 0) { // 1st, 3rd, … position from the left
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            total += d;
        }
        return QString::number((10 - total % 10) % 10);
    }
    case Algorithm::Weight31:
    case Algorithm::Ean13: {
        if (!allDigits(data) || (algorithm == Algorithm::Ean13 && data.size() != 12))
            return {};
        const int first = algorithm == Algorithm::Weight31 ? 3 : 1;
        const int second = algorithm == Algorithm::Weight31 ? 1 : 3;
        int total = 0;
        for (int i = 0; i < data.size(); ++i)
            total += digit(data[i]) * (i % 2 == 0 ? first : second);
        return QString::number((10 - total % 10) % 10);
    }
    case Algorithm::Isbn10: {
        if (data.size() != 9 || !allDigits(data))
            return {};
        int total = 0;
        for (int i = 0; i < 9; ++i)
            total += digit(data[i]) * (10 - i);
        const int check = (11 - total % 11) % 11;
        return check == 10 ? QStringLiteral("X") : QString::number(check);
    }
    }
    return {};
}

bool verify(Algorithm algorithm, const QString& code)
{
    if (algorithm == Algorithm::None)
        return true;
    if (code.size() < 2)
        return false;
    const QString expected = compute(algorithm, code.left(code.size() - 1));
    return !expected.isEmpty() && expected.compare(code.right(1), Qt::CaseInsensitive) == 0;
}

} // namespace comptoir::checkdigit
