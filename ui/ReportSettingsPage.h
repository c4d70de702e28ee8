#pragma once

#include <QWidget>

class QSpinBox;

namespace comptoir {

class Settings;

// Settings > Reports: the thresholds that turn a cell of the daily queue report red (reports/…):
// the share of a site's pending requests older than 48 h, the shares captured within 24 h and
// 48 h, the expired requests left on a hold shelf. What the network's configuration locks cannot
// be changed here.
class ReportSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportSettingsPage(Settings& settings, QWidget* parent = nullptr);
    QSpinBox* maxOver48h() const { return m_maxOver48h; }
    QSpinBox* minWithin24h() const { return m_minWithin24h; }
    QSpinBox* minWithin48h() const { return m_minWithin48h; }
    QSpinBox* maxExpired() const { return m_maxExpired; }
    void apply();

private:
    Settings& m_settings;
    QSpinBox* m_maxOver48h;
    QSpinBox* m_minWithin24h;
    QSpinBox* m_minWithin48h;
    QSpinBox* m_maxExpired;
};

} // namespace comptoir
