#pragma once

#include <QByteArray>
#include <QString>

namespace comptoir::desk {

// Shelf order: call numbers compared the way a librarian walks the shelves.
//  - Numbers are numbers (T.2 < T.10, CD 2.1 < CD 10.2), and a number written with a decimal
//    point is a decimal (Dewey 843 < 843.2 < 843.21 < 843.3; PCDM4 classes alike).
//  - Words compare letter by letter without case or accents (R < RP, BD HER < BD HERGÉ).
//  - Spaces and punctuation only separate; at equal positions a number comes before a word, and
//    a shorter call number before a longer one it begins (BD HER < BD HER T.3).
// shelfKey() gives a byte string whose plain byte order is shelf order, so 100k pull-list lines
// sort with memcmp.
QByteArray shelfKey(const QString& callNumber);

// <0, 0, >0; equal keys are ordered by the text itself, so the order is total.
int compareShelf(const QString& a, const QString& b);

} // namespace comptoir::desk
