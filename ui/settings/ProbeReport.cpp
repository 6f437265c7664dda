#include "ProbeReport.h"

#include <QCoreApplication>

namespace Ui {
ProbeReport ProbeReport::of(const Providers::ProviderConfig& provider,
                            const Providers::ProbeResult& result)
{
    ProbeReport report;
    report.ok = result.outcome == Chat::Outcome::Ok;
    if (report.ok) {
        QString text =
            QCoreApplication::translate("Ui::ProbeReport", "%1 is reachable and accepts the key")
                .arg(provider.name);
        if (result.modelListOffered) {
            text +=
                QCoreApplication::translate("Ui::ProbeReport", "; model list: %1 entries in %2 ms")
                    .arg(result.models.size())
                    .arg(result.modelsMs);
        }
        if (!result.chatModel.isEmpty()) {
            text += QCoreApplication::translate("Ui::ProbeReport",
                                                "; %1 answered a test request in %2 ms")
                        .arg(result.chatModel)
                        .arg(result.chatAttempt.totalMs);
        }
        report.text = text + u'.';
        return report;
    }
    const QString what =
        QStringLiteral("%1 — %2").arg(Chat::outcomeName(result.outcome), result.error);
    if (result.failedStep == QLatin1String("chat")) {
        report.text =
            QCoreApplication::translate(
                "Ui::ProbeReport",
                "Step 2 of 2 failed: the model list arrived, but a one-token test request to %1 "
                "did not get an answer.\n%2")
                .arg(result.chatModel, what);
    } else {
        report.text =
            QCoreApplication::translate(
                "Ui::ProbeReport",
                "Step 1 of 2 failed: %1 did not hand out its model list, which also checks that "
                "the service is reachable and accepts the key.\n%2")
                .arg(provider.baseUrl.host(), what);
    }
    const QString advice = Chat::outcomeAdvice(result.outcome);
    if (!advice.isEmpty())
        report.text +=
            u'\n' + QCoreApplication::translate("Ui::ProbeReport", "What to do: %1.").arg(advice);
    return report;
}

} // namespace Ui
