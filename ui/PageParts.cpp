#include "PageParts.h"
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QVBoxLayout>

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTableWidget>
#include <QTextDocument>

namespace comptoir {

QLabel* pageHeading(const QString& text, QWidget* parent)
{
    auto* heading = new QLabel(text, parent);
    QFont f = heading->font();
    f.setPointSize(18);
    f.setBold(true);
    heading->setFont(f);
    return heading;
}

void setupTable(QTableWidget* table)
{
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setTextElideMode(Qt::ElideRight);
    table->setWordWrap(false);
    QFont f = table->font();
    if (f.pointSizeF() < 11)
        f.setPointSizeF(11);
    table->setFont(f);
    table->verticalHeader()->setDefaultSectionSize(QFontMetrics(f).height() + 10);
}

QString elided(const QString& text, int chars)
{
    if (text.size() <= chars || chars < 2)
        return text;
    return text.left(chars - 1).trimmed() + QStringLiteral("\u2026");
}

bool writeHtmlPdf(const QString& html, const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
    return QFileInfo(path).size() > 0;
}

void previewHtml(QWidget* parent, const std::function<QString()>& html)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent, [html](QPrinter* target) {
        QTextDocument document;
        document.setHtml(html());
        document.print(target);
    });
    preview.exec();
}

QDateTime askAppointment(QWidget* parent, const QString& title, const QDateTime& current)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* edit =
        new QDateTimeEdit(current.isValid() ? current.toLocalTime() : QDateTime::currentDateTime().addDays(1), &dialog);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    layout->addWidget(new QLabel(QCoreApplication::translate("PageParts", "When will the patron come?"), &dialog));
    layout->addWidget(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted ? edit->dateTime() : QDateTime();
}

} // namespace comptoir
