#include "TargetPicker.h"

#include "config/AppConfig.h"
#include "config/Profile.h"
#include "providers/ModelCache.h"
#include "routing/Route.h"

#include <QSet>
#include <QStandardItemModel>

namespace Ui {
namespace {

constexpr int kChoiceRole = Qt::UserRole + 1;

} // namespace

TargetPicker::TargetPicker(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("targetPicker"));
    setAccessibleName(tr("Route or model"));
    setToolTip(tr("Where your message goes: a route (with fallback) or one model"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(14);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT choiceChanged(choice());
    });
}

void TargetPicker::addHeader(const QString& text)
{
    addItem(text);
    auto* items = qobject_cast<QStandardItemModel*>(model());
    if (QStandardItem* item = items ? items->item(count() - 1) : nullptr) {
        item->setFlags(Qt::NoItemFlags);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
}

void TargetPicker::addChoice(const QString& text, const QString& choice, const QString& tip)
{
    addItem(text);
    setItemData(count() - 1, choice, kChoiceRole);
    setItemData(count() - 1, tip, Qt::ToolTipRole);
}

void TargetPicker::setChoices(const Config::AppConfig& config, const Config::Profile& profile)
{
    const QString keep = choice();
    m_filling = true;
    clear();
    if (!config.routes.isEmpty()) {
        addHeader(tr("Routes"));
        for (const Routing::Route& route : config.routes) {
            addChoice(QStringLiteral("  ") + route.name, route.name,
                      tr("Route %1: %n target(s), %2", nullptr, int(route.targets.size()))
                          .arg(route.name, Routing::strategyName(route.strategy)));
        }
    }
    // Models: what each provider listed when last fetched, and what the routes name.
    const Providers::ModelCache cache(profile.modelCacheDirectory());
    for (const Providers::ProviderConfig& provider : config.providers) {
        QStringList models;
        QSet<QString> seen;
        if (const auto listing = cache.load(provider.name)) {
            for (const Providers::ModelInfo& model : listing->models) {
                if (!seen.contains(model.id)) {
                    seen.insert(model.id);
                    models.append(model.id);
                }
            }
        }
        for (const Routing::Route& route : config.routes) {
            for (const Routing::TargetSpec& spec : route.targets) {
                if (spec.target.provider == provider.name && !seen.contains(spec.target.model)) {
                    seen.insert(spec.target.model);
                    models.append(spec.target.model);
                }
            }
        }
        if (models.isEmpty())
            continue;
        models.sort(Qt::CaseInsensitive);
        addHeader(provider.name);
        for (const QString& model : std::as_const(models)) {
            const QString id = provider.name + u'/' + model;
            addChoice(QStringLiteral("  ") + model, id, tr("Only %1, no fallback").arg(id));
        }
    }
    m_filling = false;
    setChoice(keep);
}

void TargetPicker::setChoice(const QString& wanted)
{
    QString target = wanted;
    if (target.isEmpty()) {
        // The default route, else the first thing listed.
        const int defaultRoute = findData(Routing::defaultRouteName(), kChoiceRole);
        target = defaultRoute >= 0 ? Routing::defaultRouteName() : QString();
    }
    m_filling = true;
    int index = target.isEmpty() ? -1 : findData(target, kChoiceRole);
    if (index < 0 && !target.isEmpty()) {
        addChoice(tr("  %1 (not configured)").arg(target), target,
                  tr("%1 is not in the configuration any more").arg(target));
        index = count() - 1;
    }
    if (index < 0) {
        for (int i = 0; i < count(); ++i) {
            if (!itemData(i, kChoiceRole).toString().isEmpty()) {
                index = i;
                break;
            }
        }
    }
    setCurrentIndex(index);
    m_filling = false;
}

QString TargetPicker::choice() const
{
    return currentData(kChoiceRole).toString();
}

} // namespace Ui
