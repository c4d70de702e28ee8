#pragma once

#include "Result.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace comptoir {

// Barcodes on slips and labels, drawn as vectors through libzint (sharp on PDF and printers).
enum class Symbology { Code128, QrCode };

// Draws the symbol for `data` scaled into `box` (keeping its proportions, left-aligned).
// An error when libzint cannot encode the data.
Status drawBarcode(QPainter& painter, const QRectF& box, Symbology symbology, const QByteArray& data);

} // namespace comptoir
