#pragma once

#include <QString>

namespace Chat {

enum class Role { System, User, Assistant };

/// One turn of a conversation, as sent to a provider.
struct Message {
    Role role = Role::User;
    QString text;

    friend bool operator==(const Message&, const Message&) = default;
};

} // namespace Chat
