#pragma once

#include <QStringList>
#include <QTextDocument>

namespace Ui {

/// A QTextDocument that never loads anything: model output may carry images pointing at a server
/// that learns from the request what was asked (a prompt-injection exfiltration channel), so
/// every image resource is answered with a local placeholder and every other resource with
/// nothing. Whatever was asked for is listed, so the view can say an image was not loaded.
class OfflineTextDocument final : public QTextDocument {
    Q_OBJECT

public:
    explicit OfflineTextDocument(QObject* parent = nullptr);

    /// Every resource the layout asked for, in order, none of them loaded.
    QStringList refusedResources() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    QStringList m_refused;
};

} // namespace Ui
