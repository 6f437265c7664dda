#include "TimeoutsForm.h"

#include "InlineMessage.h"
#include "config/ConfigStore.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace Ui {
namespace {

int toMs(const QDoubleSpinBox* seconds)
{
    return static_cast<int>(std::lround(seconds->value() * 1000));
}

} // namespace

TimeoutsForm::TimeoutsForm(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_connect(new QDoubleSpinBox)
    , m_firstToken(new QDoubleSpinBox)
    , m_stall(new QDoubleSpinBox)
    , m_total(new QDoubleSpinBox)
    , m_message(new InlineMessage)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const struct {
        QDoubleSpinBox* box;
        QString label;
        QString name;
        QString objectName;
        QString tip;
    } rows[] = {
        {m_connect, tr("&Connect:"), tr("Connect timeout"), QStringLiteral("connectTimeout"),
         tr("Until the request is on the wire")},
        {m_firstToken, tr("&First token:"), tr("First token timeout"),
         QStringLiteral("firstTokenTimeout"),
         tr("From the start until the first text or reasoning token (and a whole model list)")},
        {m_stall, tr("&Silence mid-stream:"), tr("Silence mid-stream timeout"),
         QStringLiteral("stallTimeout"), tr("Silence in the middle of a streamed answer")},
        {m_total, tr("&Whole request:"), tr("Whole request timeout"),
         QStringLiteral("totalTimeout"), tr("The whole request, from start to the last token")},
    };
    for (const auto& row : rows) {
        row.box->setObjectName(row.objectName);
        row.box->setAccessibleName(row.name);
        row.box->setToolTip(row.tip);
        row.box->setRange(0.001, 86'400);
        row.box->setDecimals(1);
        row.box->setSingleStep(1);
        row.box->setSuffix(tr(" s"));
        row.box->setKeyboardTracking(false);
        auto* label = new QLabel(row.label);
        label->setBuddy(row.box);
        form->addRow(label, row.box);
        connect(row.box, &QDoubleSpinBox::valueChanged, this, &TimeoutsForm::write);
    }
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("timeoutsMessage"));
    layout->addWidget(m_message);
    reload();
}

void TimeoutsForm::reload()
{
    const Providers::CallTimeouts& timeouts = m_services.config.config().timeouts;
    const QSignalBlocker b1(m_connect), b2(m_firstToken), b3(m_stall), b4(m_total);
    m_connect->setValue(timeouts.connectMs / 1000.0);
    m_firstToken->setValue(timeouts.firstTokenMs / 1000.0);
    m_stall->setValue(timeouts.stallMs / 1000.0);
    m_total->setValue(timeouts.totalMs / 1000.0);
}

void TimeoutsForm::write()
{
    const Providers::CallTimeouts wanted{toMs(m_connect), toMs(m_firstToken), toMs(m_stall),
                                         toMs(m_total)};
    const QString error = m_services.config.update([&](Config::AppConfig& config) {
        config.timeouts = wanted;
        return QString();
    });
    m_message->showError(error);
}

} // namespace Ui
