#include "BarcodePainter.h"

#include <QPainter>

#include <zint.h>

#include <memory>

namespace comptoir {

Status drawBarcode(QPainter& painter, const QRectF& box, Symbology symbology, const QByteArray& data)
{
    std::unique_ptr<zint_symbol, void (*)(zint_symbol*)> symbol(ZBarcode_Create(), ZBarcode_Delete);
    if (!symbol)
        return Error{QStringLiteral("barcode.memory"), QStringLiteral("libzint: no memory")};
    symbol->symbology = symbology == Symbology::QrCode ? BARCODE_QRCODE : BARCODE_CODE128;
    symbol->show_hrt = 0; // the text is printed by the slip itself
    const int encoded = ZBarcode_Encode_and_Buffer_Vector(
        symbol.get(), reinterpret_cast<const unsigned char*>(data.constData()), int(data.size()), 0);
    if (encoded >= ZINT_ERROR || !symbol->vector)
        return Error{QStringLiteral("barcode.encode"),
                     QStringLiteral("libzint cannot encode this: %1").arg(QString::fromLatin1(symbol->errtxt))};
    const zint_vector* vector = symbol->vector;
    if (vector->width <= 0 || vector->height <= 0)
        return Error{QStringLiteral("barcode.encode"), QStringLiteral("libzint produced an empty symbol")};
    const qreal scale = std::min(box.width() / vector->width, box.height() / vector->height);
    painter.save();
    painter.translate(box.topLeft());
    painter.scale(symbology == Symbology::Code128 ? box.width() / vector->width : scale,
                  symbology == Symbology::Code128 ? box.height() / vector->height : scale);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const zint_vector_rect* r = vector->rectangles; r; r = r->next)
        if (r->colour == -1 || r->colour == 7)
            painter.drawRect(QRectF(r->x, r->y, r->width, r->height));
    painter.restore();
    return {};
}

} // namespace comptoir
