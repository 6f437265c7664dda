#pragma once

#include "providers/ProviderProbe.h"

#include <QString>

namespace Ui {

/// A `providers test` result in words for the settings and the welcome flow: on success what was
/// checked and how long it took; on failure which of the two steps failed (the model list, or one
/// tiny chat request), what the provider said and what to do.
struct ProbeReport {
    bool ok = false;
    QString text;

    static ProbeReport of(const Providers::ProviderConfig& provider,
                          const Providers::ProbeResult& result);
};

} // namespace Ui
