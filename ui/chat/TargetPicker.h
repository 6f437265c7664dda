#pragma once

#include <QComboBox>

namespace Config {
class Profile;
struct AppConfig;
} // namespace Config

namespace Ui {

/// Where a question goes: one of the configured routes, or one provider's model (the models the
/// provider listed when they were last fetched, and those the routes name). The choice is a
/// route name, or PROVIDER/MODEL; empty means the default route.
class TargetPicker final : public QComboBox {
    Q_OBJECT

public:
    explicit TargetPicker(QWidget* parent = nullptr);

    /// Lists the routes and models of this configuration, keeping the current choice if it is
    /// still there.
    void setChoices(const Config::AppConfig& config, const Config::Profile& profile);
    /// Selects a choice; one that is not listed (a route removed since) is added, marked missing.
    void setChoice(const QString& choice);
    QString choice() const;

Q_SIGNALS:
    void choiceChanged(const QString& choice);

private:
    void addHeader(const QString& text);
    void addChoice(const QString& text, const QString& choice, const QString& tip);
    bool m_filling = false;
};

} // namespace Ui
