#pragma once

#include "SettingsServices.h"

#include <QWidget>

class QDoubleSpinBox;

namespace Ui {

class InlineMessage;

/// config.json "timeouts": how long every request may wait to connect, for the first token, in
/// silence mid-stream, and in all. Written at once.
class TimeoutsForm final : public QWidget {
    Q_OBJECT

public:
    TimeoutsForm(SettingsServices services, QWidget* parent = nullptr);

    void reload();

private:
    void write();

    SettingsServices m_services;
    QDoubleSpinBox* m_connect;
    QDoubleSpinBox* m_firstToken;
    QDoubleSpinBox* m_stall;
    QDoubleSpinBox* m_total;
    InlineMessage* m_message;
};

} // namespace Ui
