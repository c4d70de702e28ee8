#include "desk/CallNumber.h"

#include <QVarLengthArray>

namespace comptoir::desk {

namespace {

// Token markers: end of a number < start of a decimal fraction < number < word.
constexpr char NumberEnd = '\x00';
constexpr char Fraction = '\x02';
constexpr char Number = '\x01';
constexpr char Word = '\x03';
constexpr char WordEnd = '\x00';

char foldLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') ? char(u - 32) : char(u);
    // Latin-1 letters with accents, the common case in French call numbers.
    static const char latin1[] = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsAAAAAAACEEEEIIIIDNOOOOO/OUUUUYTY";
    if (u >= 0xC0 && u <= 0xFF)
        return latin1[u - 0xC0];
    // Other scripts: accents off (NFD), then upper case; kept apart from ASCII.
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    const QChar upper = (decomposed.isEmpty() ? c : decomposed.front()).toUpper();
    if (upper.unicode() < 0x80)
        return char(upper.unicode());
    return char(0x80 | (upper.unicode() & 0x7f));
}

// The ligatures a French shelf files as two letters: ŒUVRE as OEUVRE, ÆSOPE as AESOPE.
const char* ligature(QChar c)
{
    switch (c.unicode()) {
    case 0x152: // Œ
    case 0x153: // œ
        return "OE";
    case 0xC6: // Æ
    case 0xE6: // æ
        return "AE";
    default:
        return nullptr;
    }
}

// A Cutter (Cutter–Sanborn) mark after a class number: at most this many letters, then digits
// with no space between (843.914 D113).
constexpr qsizetype CutterLetters = 3;

} // namespace

QByteArray shelfKey(const QString& callNumber)
{
    // Built in a stack buffer and copied once: this runs for every line of a pull list.
    QVarLengthArray<char, 128> key;
    const QChar* s = callNumber.constData();
    const qsizetype n = callNumber.size();
    const auto isAsciiDigit = [s](qsizetype k) { return s[k].unicode() >= '0' && s[k].unicode() <= '9'; };
    qsizetype i = 0;
    bool afterNumber = false; // the previous token was a number (a class number: 843.914)
    while (i < n) {
        const QChar c = s[i];
        if (isAsciiDigit(i)) {
            qsizetype j = i;
            while (j < n && isAsciiDigit(j))
                ++j;
            // Integer part, leading zeros off, length first so that 9 < 10.
            qsizetype start = i;
            while (start < j - 1 && s[start] == QLatin1Char('0'))
                ++start;
            key.append(Number);
            key.append(char(std::min<qsizetype>(j - start, 120)));
            for (qsizetype k = start; k < j; ++k)
                key.append(char(s[k].unicode()));
            // A decimal fraction: digits after "digits." compare as a decimal, digit by digit.
            if (j + 1 < n && (s[j] == QLatin1Char('.') || s[j] == QLatin1Char(',')) && isAsciiDigit(j + 1)) {
                qsizetype f = j + 1;
                while (f < n && isAsciiDigit(f))
                    ++f;
                qsizetype last = f;
                while (last > j + 1 && s[last - 1] == QLatin1Char('0'))
                    --last; // trailing zeros do not change a decimal
                if (last > j + 1) {
                    key.append(Fraction);
                    for (qsizetype k = j + 1; k < last; ++k)
                        key.append(char(s[k].unicode()));
                }
                j = f;
            }
            key.append(NumberEnd);
            i = j;
            afterNumber = true;
        } else if (c.isLetter()) {
            const qsizetype wordStart = i;
            key.append(Word);
            while (i < n && s[i].isLetter()) {
                if (const char* pair = ligature(s[i])) {
                    key.append(pair[0]);
                    key.append(pair[1]);
                } else {
                    key.append(foldLetter(s[i]));
                }
                ++i;
            }
            key.append(WordEnd);
            // A Cutter number: its digits are a decimal fraction (D113 is .113, before D94, .94),
            // written as a number with no integer part, so it also files before any whole number
            // there. Only right after a class number: elsewhere letters then digits are a volume
            // or a season written without a dot (T2 < T10, S1).
            if (afterNumber && i < n && i - wordStart <= CutterLetters && isAsciiDigit(i)) {
                qsizetype f = i;
                while (f < n && isAsciiDigit(f))
                    ++f;
                qsizetype last = f;
                while (last > i && s[last - 1] == QLatin1Char('0'))
                    --last;
                key.append(Number);
                key.append('\x00'); // no integer digits
                if (last > i) {
                    key.append(Fraction);
                    for (qsizetype k = i; k < last; ++k)
                        key.append(char(s[k].unicode()));
                }
                key.append(NumberEnd);
                i = f;
            }
            afterNumber = false;
        } else {
            ++i; // spaces and punctuation separate tokens
        }
    }
    return QByteArray(key.constData(), key.size());
}

int compareShelf(const QString& a, const QString& b)
{
    const QByteArray ka = shelfKey(a);
    const QByteArray kb = shelfKey(b);
    const int byKey = ka.compare(kb);
    if (byKey != 0)
        return byKey < 0 ? -1 : 1;
    return a.compare(b);
}

} // namespace comptoir::desk
