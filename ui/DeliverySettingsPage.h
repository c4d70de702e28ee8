#pragma once

#include "Result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace comptoir {

class Settings;

// Settings > Home delivery: every delivery/* setting (delivery/DeliveryConfig.h): the delivery
// location and who can be delivered, the cut-off, the courier's window, delivery days and closed
// days, the fee (and whether it goes to the patron's ILS account), the parcel limit and what an
// order over it becomes, where parcels brought back go, the billing file's encoding, how long
// addresses are kept, and the weight defaults. apply() writes them when they are valid, else says
// what is wrong (on the page too) and writes nothing.
class DeliverySettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeliverySettingsPage(Settings& settings, QWidget* parent = nullptr);
    Status apply();

    // For the tests and the desk.
    QLineEdit* location() const { return m_location; }
    QLineEdit* towns() const { return m_towns; }
    QTimeEdit* cutoff() const { return m_cutoff; }
    QTimeEdit* windowStart() const { return m_windowStart; }
    QTimeEdit* windowEnd() const { return m_windowEnd; }
    QDoubleSpinBox* fee() const { return m_fee; }
    QCheckBox* day(int dayOfWeek) const { return m_days[dayOfWeek - 1]; }
    QPlainTextEdit* closedDays() const { return m_closed; }
    QSpinBox* maxParcelGrams() const { return m_maxGrams; }
    QComboBox* overweight() const { return m_overweight; }
    QComboBox* broughtBack() const { return m_broughtBack; }
    QComboBox* encoding() const { return m_encoding; }
    QSpinBox* retentionDays() const { return m_retention; }
    QCheckBox* postFees() const { return m_postFees; }
    QLineEdit* debitType() const { return m_debitType; }
    QSpinBox* weightDefault(const QString& key) const;
    QLabel* problem() const { return m_problem; }

private:
    void load();

    Settings& m_settings;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_towns = nullptr;
    QLineEdit* m_postalCodes = nullptr;
    QLineEdit* m_categories = nullptr;
    QTimeEdit* m_cutoff = nullptr;
    QTimeEdit* m_windowStart = nullptr;
    QTimeEdit* m_windowEnd = nullptr;
    QDoubleSpinBox* m_fee = nullptr;
    QCheckBox* m_days[7] = {};
    QPlainTextEdit* m_closed = nullptr;
    QSpinBox* m_maxGrams = nullptr;
    QComboBox* m_overweight = nullptr;
    QComboBox* m_broughtBack = nullptr;
    QComboBox* m_encoding = nullptr;
    QSpinBox* m_retention = nullptr;
    QCheckBox* m_postFees = nullptr;
    QLineEdit* m_debitType = nullptr;
    QList<std::pair<QString, QSpinBox*>> m_weights;
    QLabel* m_problem = nullptr;
};

} // namespace comptoir
