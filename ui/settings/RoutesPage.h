#pragma once

#include "SettingsServices.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Ui {

class InlineMessage;
class RouteEditor;
class TimeoutsForm;

/// Settings ▸ Routes: the routes (create, rename, remove), the selected route's editor, and the
/// timeouts every request has.
class RoutesPage final : public QWidget {
    Q_OBJECT

public:
    RoutesPage(SettingsServices services, QWidget* parent = nullptr);

    void selectRoute(const QString& name);
    QString selectedRoute() const;
    RouteEditor* editor() const { return m_editor; }

private:
    void reload();
    void showSelected();
    void startNaming(bool rename);
    void finishNaming();
    void confirmRemove();
    void remove(const QString& name);

    SettingsServices m_services;
    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_rename;
    QPushButton* m_remove;
    QWidget* m_naming;
    QLineEdit* m_name;
    QPushButton* m_nameOk;
    bool m_renaming = false;
    InlineMessage* m_message;
    QStackedWidget* m_stack;
    RouteEditor* m_editor;
    TimeoutsForm* m_timeouts;
};

} // namespace Ui
