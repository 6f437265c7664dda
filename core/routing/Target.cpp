#include "routing/Target.h"

namespace Routing {

std::optional<Target> Target::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0 || slash == text.size() - 1)
        return std::nullopt;
    return Target{text.left(slash).toString(), text.mid(slash + 1).toString()};
}

} // namespace Routing
