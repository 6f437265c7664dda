#pragma once

#include <QString>

#include <optional>

namespace Routing {

/// One provider/model pair a request may go to.
struct Target {
    QString provider;
    QString model;

    /// "PROVIDER/MODEL"; the model part may itself contain '/' (OpenRouter's "openai/gpt-4o").
    static std::optional<Target> parse(QStringView text);
    QString id() const { return provider + u'/' + model; }
    friend bool operator==(const Target&, const Target&) = default;
};

} // namespace Routing
