#include "HiddenInput.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>

struct HiddenInput::Saved {
    termios attributes;
};

HiddenInput::HiddenInput()
{
    if (!::isatty(STDIN_FILENO))
        return;
    m_saved = new Saved;
    if (::tcgetattr(STDIN_FILENO, &m_saved->attributes) != 0) {
        delete m_saved;
        m_saved = nullptr;
        return;
    }
    termios hidden = m_saved->attributes;
    hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) == 0;
}

HiddenInput::~HiddenInput()
{
    if (m_active)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved->attributes);
    delete m_saved;
}
#else
struct HiddenInput::Saved {};
HiddenInput::HiddenInput() = default;
HiddenInput::~HiddenInput() = default;
#endif
