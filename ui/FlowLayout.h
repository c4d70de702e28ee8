#pragma once

#include <QLayout>
#include <QList>

namespace comptoir {

// A row of a page's buttons and filters that wraps onto the next line when the page is narrower
// than the row (a 1280 px counter screen beside the navigation): the page's minimum width is its
// widest item's, not the sum of all of them. Items keep their order, left to right.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Lays the items out in `rect` (or only measures): the height used.
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_spacing;
};

} // namespace comptoir
