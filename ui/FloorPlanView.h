#pragma once

#include <QString>
#include <QWidget>

class QSvgRenderer;

namespace comptoir {

// A site's floor plan (SVG) with one zone highlighted: the element whose id is the zone's id.
class FloorPlanView : public QWidget
{
    Q_OBJECT
public:
    explicit FloorPlanView(QWidget* parent = nullptr);

    // False when the file cannot be read as SVG (the view then shows nothing).
    bool load(const QString& path);
    bool isLoaded() const;
    void setHighlight(const QString& zoneId);
    QString highlight() const { return m_zone; }
    // Whether the plan has an element for this zone id.
    bool hasZone(const QString& zoneId) const;
    QSize sizeHint() const override { return {400, 250}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSvgRenderer* m_renderer;
    QString m_zone;
};

} // namespace comptoir
