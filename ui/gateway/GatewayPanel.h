#pragma once

#include "session/GatewayController.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Ui {

class ErrorNotice;

/// The local gateway at a glance (docs/GUI.md, Local gateway): a switch that turns it on and
/// off, the port, the address to give an OpenAI client with a button to copy it, the bearer
/// token (masked until the user reveals it) with copy and regenerate (after a confirmation), the
/// requests served as they happen, and what went wrong in words that say what to do. All state
/// lives in the Session::GatewayController it shows; this only follows its signals.
class GatewayPanel final : public QWidget {
    Q_OBJECT

public:
    explicit GatewayPanel(Session::GatewayController& gateway, QWidget* parent = nullptr);

    QCheckBox* enabledSwitch() const { return m_switch; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* addressField() const { return m_address; }
    QPushButton* copyAddressButton() const { return m_copyAddress; }
    QLineEdit* tokenField() const { return m_token; }
    QPushButton* revealButton() const { return m_reveal; }
    QPushButton* copyTokenButton() const { return m_copyToken; }
    QPushButton* regenerateButton() const { return m_regenerate; }
    QLabel* requestCountLabel() const { return m_requests; }
    ErrorNotice* errorNotice() const { return m_error; }
    /// The confirmation regenerate asks for, while it is open; else null.
    QMessageBox* regenerateConfirmation() const { return m_confirm; }

private:
    void showState();
    void showToken();
    void showRequestCount(qint64 total, int active);
    void showError(const QString& error);
    void confirmRegenerate();
    void copy(const QString& text, const QString& what);

    Session::GatewayController& m_gateway;
    QCheckBox* m_switch;
    QLabel* m_stateLabel;
    QSpinBox* m_port;
    QLineEdit* m_address;
    QPushButton* m_copyAddress;
    QLineEdit* m_token;
    QPushButton* m_reveal;
    QPushButton* m_copyToken;
    QPushButton* m_regenerate;
    QLabel* m_tokenNotice;
    QLabel* m_requests;
    QLabel* m_copied;
    ErrorNotice* m_error;
    QPointer<QMessageBox> m_confirm; ///< null once closed (it deletes itself)
};

} // namespace Ui
