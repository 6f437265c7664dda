#include "GatewayDialog.h"

#include "GatewayPanel.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace Ui {

GatewayDialog::GatewayDialog(Session::GatewayController& gateway, QWidget* parent)
    : QDialog(parent)
    , m_panel(new GatewayPanel(gateway))
{
    setObjectName(QStringLiteral("gatewayDialog"));
    setWindowTitle(tr("Local Gateway"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

} // namespace Ui
